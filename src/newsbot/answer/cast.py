"""Who is in the article: the cast list for "/who" and one person's profile for "/who NAME"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Person, Span
from .compose import Reply, inferred_note, person_label, statement_lead
from .terms import words

if TYPE_CHECKING:
    from .view import ArticleView

__all__ = ["cast_reply", "profile_reply", "role_evidence"]

_MAX_INTRO_CHARS = 200
_TITLE_WORDS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "the"])
_MAX_PROFILE_QUOTES = 4
_PROFILE_QUOTE_CHARS = 300


def _count(n: int) -> str:
    return "not quoted" if n == 0 else f"{n} statement{'s' if n != 1 else ''}"


def cast_reply(view: ArticleView, question: str) -> Reply:
    """Every person (and speaking organisation) with role and statement count, in order of appearance."""
    reply = Reply(view, question, "cast")
    listed = [
        view.persons[name]
        for name in view.person_order
        if view.persons[name].kind == "person" or view.by_speaker.get(name)
    ]
    unnamed = [s for s in view.by_speaker if s not in view.persons]
    if not listed and not unnamed:
        reply.answered = False
        return reply.say("The article names no people.")
    reply.say(f"People in the article ({len(listed)}):")
    for person in listed:
        n = len(view.distinct(view.by_speaker.get(person.name, [])))
        reply.say(f"\n• {person_label(view, person.name).replace(', ', ' — ', 1)}; {_count(n)}")
        intro = person.introduction
        if intro is not None and intro.end - intro.start <= _MAX_INTRO_CHARS:
            reply.say(", introduced as ").quote(intro)
    if unnamed:
        counted = ", ".join(f"{s} ({len(view.by_speaker[s])})" for s in unnamed)
        reply.say(f"\nAlso quoted without a name: {counted}.")
    return reply


def role_evidence(view: ArticleView, person: Person) -> Span | None:
    """The first place the article puts one of the person's roles right next to their name."""
    text = view.text
    lowered_roles = [r.lower() for r in person.roles if r.strip()]
    for mention in sorted(person.mentions, key=lambda m: m.start):
        before = text[max(0, mention.start - 80) : mention.start].lower()
        after = text[mention.end : mention.end + 80].lower()
        for role in lowered_roles:
            stripped = before.rstrip(" ,")
            if stripped.endswith(role) or stripped.endswith(role + "'s"):
                start = mention.start - (len(before) - stripped.rfind(role))
                return Span(text=text[start : mention.end], start=start, end=mention.end)
            if after.lstrip(" ,").startswith(role):
                end = mention.end + (len(after) - len(after.lstrip(" ,"))) + len(role)
                return Span(text=text[mention.start : end], start=mention.start, end=end)
    return None


def _bare_name(view: ArticleView, name: str, span: Span) -> bool:
    """Whether `span` is only a way of naming `name` ("Fiorina", "Mr Misri"), telling nothing more."""
    alias_words = {w for alias, owner in view.alias_map.items() if owner == name for w in alias}
    return all(w in alias_words or w in _TITLE_WORDS for w in words(span.text))


def profile_reply(view: ArticleView, question: str, name: str, *, reply: Reply | None = None) -> Reply:
    """Who `name` is (role, how the article introduces them) and what they said, with dates.

    With `reply`, the profile is appended to it (several people in one answer).
    """
    person = view.persons.get(name)
    reply = reply if reply is not None else Reply(view, question, "who", speaker=name)
    roles = ", ".join(view.roles(name))
    reply.say(f"{name}" + (f" — {roles}." if roles else "."))
    if person is not None:
        evidence = role_evidence(view, person)
        intro = person.introduction
        if (intro is None or _bare_name(view, name, intro)) and name in view.first_sentence:
            # The records give no more than the name: the sentence that first mentions them says who they are.
            sentence = view.sentences[view.first_sentence[name]].passage
            intro = Span(text=sentence.text, start=sentence.start, end=sentence.end)
        if intro is not None:
            reply.say("\nThe article introduces them: ").quote(intro, max_chars=_MAX_INTRO_CHARS)
        if evidence is not None and not reply.cited(evidence.start, evidence.end):
            reply.say("\nAlso: ").quote(evidence)
    said = view.distinct(view.by_speaker.get(name, []))
    if not said:
        reply.say(f"\nThe article quotes {name} nowhere.")
        return reply
    reply.say(f"\nQuoted {len(said)} time{'s' if len(said) != 1 else ''}:")
    for i in said[:_MAX_PROFILE_QUOTES]:
        st = view.statements[i].statement
        lead = statement_lead(view, st).removeprefix(person_label(view, name)).lstrip(", ")
        reply.say(f"\n• {lead} ")
        for piece in view.statements[i].citable:
            reply.quote(piece, max_chars=_PROFILE_QUOTE_CHARS)
    if len(said) > _MAX_PROFILE_QUOTES:
        reply.say(f"\n… and {len(said) - _MAX_PROFILE_QUOTES} more (/quotes {name}).")
    reply.say(inferred_note(view.article.meta, [view.statements[i].statement.date_text for i in said]))
    return reply
