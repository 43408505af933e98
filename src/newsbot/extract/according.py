"""\"According to X, …\" and \"…, according to X\": the phrase's source and the clause it attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .content_edges import on_cue_line
from .cues import is_cue_lemma, is_speech_lemma
from .indirect import MIN_CONTENT_WORDS, SURFACE_WINDOW, indirect_candidate
from .spans import fragments, hull, subtree_without, token_span, trim, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["according_by_commas", "according_candidate", "joined_clauses"]

_CONTRAST = frozenset({"while", "whereas"})
# Joining words that turn to another account ("…, but witnesses said …"); "and" goes on with the same one.
_TURNING = frozenset({"but", "yet"})
_EMBEDDED = frozenset({"ccomp", "advcl", "acl", "relcl"})
_CLOSING_QUOTES = frozenset({'"', "”", "''", "’", "'"})


def according_by_commas(token: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    """ "According to X, …" or "…, according to X." that the parser did not read as a phrase: the source runs
    to the comma (or the sentence end), the content is the rest of the sentence."""
    sent = token.sent
    doc = token.doc
    to = doc[token.i + 1]
    if token.i == sent.start:
        comma = next((t for t in doc[to.i + 1 : sent.end] if t.text == ","), None)
        if comma is None:
            return None
        source_tokens = list(doc[to.i + 1 : comma.i])
        content = list(doc[comma.i + 1 : sent.end])
    elif token.i > sent.start and doc[token.i - 1].text == ",":
        source_tokens = [t for t in doc[to.i + 1 : sent.end] if not t.is_punct]
        content = list(doc[sent.start : token.i - 1])
    else:
        return None
    heads = [t for t in source_tokens if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    if not heads or len(source_tokens) > SURFACE_WINDOW:
        return None
    pieces = on_cue_line(fragments(content, offset, text), text, offset + token.idx)
    if not pieces or word_count(text, pieces) < MIN_CONTENT_WORDS:
        return None
    source_span = token_span(source_tokens, offset)
    mention = trim(text, *source_span) if source_span is not None else None
    return indirect_candidate([hull(pieces)], paragraph, "according", [token, to], heads[-1], offset, mention=mention)


def according_candidate(token: Token, offset: int, paragraph: int, text: str) -> Candidate | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = token.head
    if source is None or head.i == token.i:
        return None
    end = None
    if _hung_on_source_modifier(token, head):
        # "…, according to an email previously kept secret": the parser hung the phrase on the verb of the
        # source's own modifier; the phrase closes the clause before its comma.
        end = token.i - 1
        head = _last_clause_before(token)
    elif (relative := _closing_relative(token, head)) is not None:
        # "Weaver says it is proof they can close the gap in delegates, which stood at 263, according to the
        # AP": the cue's own statement is the speaker's; the phrase credits the relative clause before it.
        head = relative
    elif _set_off_after_subject(token, head):
        # "Other major cleavages, according to the poll, include …": the phrase hangs on the subject, and the
        # statement is the subject's clause.
        head = head.head
    # An opening phrase credits the whole sentence after it, joined clauses too ("According to the survey, 70
    # percent need help, and half live with their parents"); set in the middle, it stops before them.
    joined = joined_clauses(head, token)
    opening = _opens_sentence(token)
    if opening and all(t.lower_ in {"and", "but"} for t in joined if t.dep_ == "cc"):
        joined = []
    tokens = subtree_without(_clause_top(token, head, closing=end is not None), token, *joined)
    if opening:
        tokens = [t for t in tokens if t.i > token.i or t.pos_ != "CCONJ"]  # "But according to X, …"
        if not joined:
            tokens = _rest_of_sentence(token)
        tokens = _before_another_source(tokens, token)
    if end is not None:
        tokens = [t for t in tokens if t.i < end]
    elif _dash_after(token) and head.i < token.i:
        # "…, according to the poll - virtually the same as …": the writer's comment after the dash
        tokens = [t for t in tokens if t.i < token.i]
    pieces = on_cue_line(fragments(tokens, offset, text), text, offset + token.idx)
    if not pieces:
        return None
    return indirect_candidate(pieces, paragraph, "according", [token, to], source, offset)


def _dash_after(token: Token) -> bool:
    """ "…, according to X - <comment>": a dash right after the phrase."""
    doc = token.doc
    after = token.right_edge.i + 1
    return token.i > 0 and doc[token.i - 1].text == "," and after < len(doc) and doc[after].text in {"-", "--", "—"}


def _rest_of_sentence(token: Token) -> list[Token]:
    """What follows an opening "According to X," to the end of its sentence, whatever the parser hung on the
    phrase ("According to the AP, 571 of the 714 delegates — a group of party leaders — backed her, with …"),
    and on over a sentence the parser ended at a semicolon ("…, along with Tim Tebow; Rep. Marsha …")."""
    doc = token.doc
    end = token.sent.end
    while end < len(doc) and doc[end - 1].text == ";":
        end = doc[end].sent.end
    before = [t for t in doc[token.sent.start : token.i] if t.pos_ == "ADV"]  # "Now, according to X, …"
    return [*before, *doc[token.right_edge.i + 1 : end]]


def _closing_relative(token: Token, head: Token) -> Token | None:
    """The relative clause that ends right before ", according to X" when the phrase hangs on a cue verb
    with a content of its own ("denounced the deal, which would cut its tax rate, according to …")."""
    doc = token.doc
    if head.i > token.i or token.i < 2 or doc[token.i - 1].text != "," or head.dep_ not in {"ROOT", "conj"}:
        return None
    if not _reports_something(head):
        return None
    for word in (doc[token.i - 2], *doc[token.i - 2].ancestors):
        if word.i == head.i:
            return None
        if word.dep_ == "relcl":
            # set off by a comma: ", which stood at 263", not "a book that outed agents"
            return word if word.left_edge.i > 0 and doc[word.left_edge.i - 1].text == "," else None
    return None


def _before_another_source(tokens: list[Token], token: Token) -> list[Token]:
    """An opening "According to X, …" credits what follows up to a clause that names a source of its own:
    "According to the police report, the driver was sober, but witnesses said he was speeding" credits only
    "the driver was sober"; the witnesses' words are theirs. The clause starts after a semicolon, "but" or
    "yet" and has a speech verb with its subject; a clause after a comma only ("after examining her, the
    doctor insisted that …") or joined by "and" ("…, and she asked the bankers to …") goes on with the same
    account and stays."""
    doc = token.doc
    after = token.right_edge.i
    for verb in sorted(tokens, key=lambda t: t.i):
        if verb.i <= after or verb.pos_ != "VERB" or not is_speech_lemma(verb.lemma_.lower()):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
        if subject is None:
            continue
        last = subject.left_edge.i - 1
        while last > after and (doc[last].is_punct or doc[last].pos_ == "CCONJ"):
            last -= 1
        gap = doc[last + 1 : subject.left_edge.i]
        if last > after and any(t.text == ";" or t.lower_ in _TURNING for t in gap):
            return [t for t in tokens if t.i <= last]
    return tokens


def _opens_sentence(token: Token) -> bool:
    """ "According to X, …" at the start of its sentence, after at most a conjunction or an adverb ("But
    according to X, …", "Now, according to X, …")."""
    before = [t for t in token.doc[token.sent.start : token.i] if not t.is_punct]
    return len(before) <= 1 and all(t.pos_ in {"CCONJ", "ADV"} for t in before)


def _hung_on_source_modifier(token: Token, head: Token) -> bool:
    """ "…, according to sources who spoke to Fox News but were not authorized …": the phrase follows a comma
    and its head is a verb right after the source with no break between them, i.e. a verb of the source's own
    relative clause or participle that the parser made the phrase's head."""
    doc = token.doc
    if token.i <= token.sent.start + 1 or doc[token.i - 1].text != "," or head.i <= token.right_edge.i:
        return False
    if any(t.dep_ == "appos" for t in token.subtree):
        return False  # "…, according to X, Monday's speech represents …": the subject read as X's appositive
    if _last_clause_before(token).pos_ not in {"VERB", "AUX"}:
        return False  # "For Trump, according to X, …": no clause before the comma for the phrase to close
    return not any(t.is_punct for t in doc[token.right_edge.i + 1 : head.i])


def _last_clause_before(token: Token) -> Token:
    """The largest phrase ending before the comma that precedes `token`: the clause the phrase closes."""
    top = token.doc[token.i - 2]
    while top.head.i != top.i and top.head.i < token.i - 1:
        top = top.head
    return top


def _set_off_after_subject(token: Token, head: Token) -> bool:
    """ "X, according to Y, is …": the phrase between commas right after a subject, before the subject's verb."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} or not head.i < token.i < verb.i:
        return False
    doc = token.doc
    return doc[token.i - 1].text == "," and doc[token.right_edge.i + 1].text == ","


def joined_clauses(head: Token, after: Token) -> list[Token]:
    """The clauses of their own joined to `head` after `after`, and the "and"/"but" that joins them: "…,
    according to a report, and that buses were slower", "was reportedly on the boat, but they had left". A verb
    sharing the subject ("he was …, but is now …") stays; with no "and"/"but" of the sentence's own before the
    clause (a misparse), nothing is cut."""
    joined = [c for c in head.children if c.dep_ == "conj" and c.i > after.i and _own_clause(c)]
    joiners = [c for c in head.children if c.dep_ == "cc" and joined and after.i < c.i < joined[0].i]
    if not joiners or joined[0].left_edge.i <= joiners[-1].i:
        return []
    return [*joined, *joiners]


def _own_clause(verb: Token) -> bool:
    """A joined clause with its own subject or its own "that"."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} or (c.dep_ == "mark" and c.lower_ == "that") for c in verb.children
    )


def _closes_sentence(token: Token) -> bool:
    """ "…, according to X." with nothing but punctuation after X: the phrase credits what precedes it."""
    doc = token.doc
    after = doc[token.right_edge.i + 1 : token.sent.end]
    before = token.i - 1
    while before > token.sent.start and doc[before].text in _CLOSING_QUOTES:
        before -= 1  # '…, threatening "a long fight," according to X'
    return token.i > token.sent.start and doc[before].text == "," and all(t.is_punct for t in after)


def _clause_top(token: Token, head: Token, *, closing: bool = False) -> Token:
    """A closing phrase credits the whole sentence before it, not only the last of its joined clauses:
    "Sales rose, and profits doubled, according to X" or "A won the suburbs, while B led the city, …"."""
    if not (closing or _closes_sentence(token)):
        return head
    top = head
    while top.dep_ in {"conj", "advcl"} and top.head.i < top.i:
        if top.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in top.children):
            break
        top = top.head
    if any(t.dep_ in _EMBEDDED for t in [top, *top.ancestors]):
        # The parser hung the phrase on a clause inside the sentence ("… is worse than Obama's ever has been,
        # according to X", "resigned after allegations that he bit …, according to …"): it credits the sentence.
        top = top.sent.root
    own = {t.i for t in head.subtree}
    if any(t.i not in own and t.dep_ != "amod" and _reports_something(t) for t in top.subtree):
        return head  # "Smith said …, and sales rose, according to X": the earlier clause is Smith's statement
    return top


def _reports_something(verb: Token) -> bool:
    """A cue verb with a content of its own ("said …", "praised the budget"); "wrote to the developer" has
    none, so the phrase credits it too ("wrote to the developer, threatening a fight, according to X")."""
    return (
        verb.pos_ == "VERB"
        and is_cue_lemma(verb.lemma_.lower())
        and any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)
    )
