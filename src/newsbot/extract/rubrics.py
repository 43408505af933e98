"""Headline rubrics: "The Latest: Trump urges supporters to …" files a headline under a heading of the
paper's, and the heading before the colon is nobody's name, so it is no label of a source. The same words
head the lines of an article that are no speech (`BYLINE:`, `CLARIFICATION:`), and a site's kicker
("WOW:", "Revealed:") is a heading too."""

from __future__ import annotations

__all__ = ["heads_contact", "is_note", "is_rubric"]

_RUBRICS = frozenset(
    rubric.strip()
    for rubric in """
    the latest|latest|breaking|breaking news|update|updated|live|live updates|analysis|news analysis|opinion
    |editorial|op-ed|commentary|perspective|column|exclusive|watch|video|photos|in pictures|fact check
    |factcheck|explainer|explained|review|podcast|correction|the daily|the briefing|morning briefing|newsletter
    |clarification|photo|graphic|chart
    |wow|boom|busted|look|listen|revealed|bombshell|just in|leaked|just leaked|must see|must watch|shocking
    """.replace("\n", "").split("|")
)


def is_rubric(label: str) -> bool:
    """Whether `label`, the words before a headline's colon, is a newspaper's rubric ("The Latest", "Analysis")."""
    words = _words(label)
    return words in _RUBRICS or words in _NOTES


# Headings of the paper's notes about the article itself: what follows them reports nobody's words.
_CONTACTS = frozenset({"byline", "email", "e-mail"})
_NOTES = frozenset({"correction", "corrections", "clarification", "editor's note", "editor’s note"}) | _CONTACTS


def is_note(label: str) -> bool:
    """Whether `label` heads a note of the paper's own (`CLARIFICATION:`, `Editor's note:`, `BYLINE:`)."""
    return _words(label) in _NOTES


def heads_contact(label: str) -> bool:
    """Whether `label` heads a byline or contact line (`BYLINE:`, `Email:`), which is a note only when a name
    or an address follows, not a sentence."""
    return _words(label) in _CONTACTS


def _words(label: str) -> str:
    return " ".join(label.split()).lower()
