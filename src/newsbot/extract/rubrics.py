"""Headline rubrics: "The Latest: Trump urges supporters to …" files a headline under a heading of the
paper's, and the heading before the colon is nobody's name, so it is no label of a source."""

from __future__ import annotations

__all__ = ["is_rubric"]

_RUBRICS = frozenset(
    rubric.strip()
    for rubric in """
    the latest|latest|breaking|breaking news|update|updated|live|live updates|analysis|news analysis|opinion
    |editorial|op-ed|commentary|perspective|column|exclusive|watch|video|photos|in pictures|fact check
    |factcheck|explainer|explained|review|podcast|correction|the daily|the briefing|morning briefing|newsletter
    """.replace("\n", "").split("|")
)


def is_rubric(label: str) -> bool:
    """Whether `label`, the words before a headline's colon, is a newspaper's rubric ("The Latest", "Analysis")."""
    return " ".join(label.split()).strip().lower() in _RUBRICS
