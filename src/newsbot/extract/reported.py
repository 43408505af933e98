"""Reported speech from the dependency parse: a cue, its content complement and its grammatical source.

"Misri confirmed that Pakistan's DGMO had contacted …", "The economy is strong, he said", "He called for
tax cuts", "According to the report, …". Direct quotation marks are handled in `quotes.py`; here any clause
counts, and the pipeline later decides whether the content is direct, indirect or mixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .according import according_by_commas, according_candidate
from .acts import is_act
from .asides import as_aside_candidate, host_clause, split_subject_aside_candidate
from .asked import interrupted_by_saying
from .attack_nouns import attack_noun_candidate
from .bare_objects import is_bare_noun
from .block_quotes import block_quote_candidate
from .broken_off import broken_off
from .candidates import Candidate, Offsets
from .circumstances import only_a_circumstance
from .clauses import (
    clause_tokens,
    closed_asides,
    closing_occasion,
    with_examples,
    without_final_appositive,
    without_final_participle,
    without_reporter_verb,
)
from .connectives import is_connective
from .content_edges import (
    across_colon,
    across_dash,
    across_false_split,
    across_restrictive_relative,
    after_announcing_noun,
    before_circumstance,
    before_comparison,
    before_dash,
    before_quoted_sentence,
    on_cue_line,
    past_inserted_cue,
)
from .coordinated import dangling_conjunct, second_that_clause
from .cues import (
    AS_CUES,
    CLAUSE_CUES,
    SPEECH_VERBS,
    cue_tokens,
    is_cue_lemma,
)
from .fronted import with_fronted_phrase
from .gapped_relatives import gapped_relative_candidate
from .impersonal import is_impersonal
from .in_sources import in_source_candidate, viewpoint_candidate
from .indirect import MIN_CONTENT_WORDS, SURFACE_WINDOW, indirect_candidate
from .interrupted import interrupted_saying
from .inverted import speaker_after_quotation, topic_of_quotation
from .light_verbs import light_verb_frame
from .linking import experiencer, linking_complement
from .modals import is_semi_modal
from .non_agents import is_non_agent_source
from .passives import passive_judgement
from .perception import sees_it_happen
from .proforms import elided_clause
from .questions import asks_the_reader
from .reasons import with_reason_clause
from .received import received_candidate
from .reportedly import reportedly_candidate
from .retagged import reparsed_clause, with_own_subject
from .spans import fragments, hull, subject_of, subtree_without, word_count
from .stance import OF_STANCE, about_candidate, in_favor_candidate, noun_candidate, stance_adjective_candidate
from .stance_objects import stance_object
from .standings import margin_after_object, placed_by_poll, standing_after_object, tally_goes_on
from .than_phrases import with_than_phrase
from .trailing import trailing_candidate
from .verb_frames import owned_topic, person_addressed, verb_content
from .verb_objects import attack_target, casts_in_quotes, judged, quoted_object

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_reported"]

# Contents this short ("spoke about it", "was confirmed") are rarely someone's statement; objects of a
# reporting verb ("cited the report") are kept.
_NEEDS_WORDS = frozenset({"prep", "passive", "ccomp", "that"})


def find_reported(doc: Doc, offset: int, paragraph: int, text: str, *, retag: bool = True) -> list[Candidate]:
    """Every cue in one paragraph's parse that has a content complement; with `retag`, also of cue verbs the
    tagger read as nouns (`retagged.py`)."""
    found: list[Candidate] = []
    starts = [t.idx for t in doc]
    asides = closed_asides(doc, offset)
    for token in doc:
        made = None
        if token.lower_ == "according" and token.dep_ == "prep":
            made = according_candidate(token, offset, paragraph, text)
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            made = made or according_by_commas(token, offset, paragraph, text)
        if made is not None:
            found.append(made)
        if token.lower_ == "according" or (token.i >= 2 and doc[token.i - 2].lower_ == "according"):
            continue
        if token.lower_ == "in" and token.dep_ == "prep":
            made = in_source_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.lower_ == "to" and token.dep_ == "prep":
            made = viewpoint_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
                continue
        if token.dep_ == "prep" and (
            token.lower_ == "about" or (token.lower_ == "of" and token.head.lemma_.lower() in OF_STANCE)
        ):
            made = about_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.pos_ == "ADV":
            made = reportedly_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
                continue
        if token.pos_ == "ADJ":
            made = stance_adjective_candidate(token, offset, paragraph, text)
            if made is not None:
                found.append(made)
            continue
        if token.pos_ == "NOUN":
            made = (
                noun_candidate(token, offset, paragraph, text)
                or in_favor_candidate(token, offset, paragraph, text)
                or attack_noun_candidate(token, offset, paragraph, text)
                or received_candidate(token, offset, paragraph, text)
                or trailing_candidate(token, offset, paragraph, text)
            )
            if made is not None:
                found.append(made)
            elif retag:
                found.extend(_retagged(token, offset, paragraph, text))
            continue
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        made = (
            as_aside_candidate(token, offset, paragraph, text)
            or split_subject_aside_candidate(token, offset, paragraph, text)
            or gapped_relative_candidate(token, offset, paragraph, text)
        )
        if made is not None:
            found.append(made)
            continue
        if not (
            is_cue_lemma(lemma)
            or lemma in AS_CUES
            or any(c.dep_ == "ccomp" for c in token.children)
            or casts_in_quotes(token)
            or attack_target(token)
            or judged(token)
            or quoted_object(token) is not None
            or stance_object(token) is not None
            or linking_complement(token)
            or passive_judgement(token)
            or light_verb_frame(token) is not None
            or placed_by_poll(token)
        ):
            continue
        if interrupted_by_saying(token):
            continue  # "Asked about the plan, he said, it is wrong": the occasion of the words, not a question
        content = verb_content(token)
        pieces: list[Offsets]
        how: str
        if content is not None:
            tokens, how = content
            tokens = tokens if how == "proform" else with_examples(tokens)
            tokens = without_final_participle(without_final_appositive(tokens, clause=how == "ccomp"))
            tokens = tokens if how == "proform" else without_reporter_verb(tokens, token)
            second = second_that_clause(token, tokens) if how in {"ccomp", "that"} else []
            tokens = [*tokens, *second, *(standing_after_object(token, tokens) if how == "dobj" else [])]
            tokens = [*tokens, *dangling_conjunct(token, tokens)]
            tokens = [*tokens, *(margin_after_object(token, tokens) if how == "dobj" else [])]
            if how in {"dobj", "prep"} and is_bare_noun(tokens):
                continue
            pieces = fragments(tokens, offset, text)
            if how in {"ccomp", "oprd", "prep", "dobj", "xcomp", "asked"} or second:
                pieces = [hull(pieces)] if pieces else []
        elif token.dep_ == "parataxis" and lemma in CLAUSE_CUES:
            # "The economy, he said, is strong": the host clause is the content.
            how = "parataxis"
            host = host_clause(token.head)
            closing = [c for c in host.children if c.i > token.i and closing_occasion(c)]
            pieces = fragments(subtree_without(host, token, *_framing_before(host, token), *closing), offset, text)
        else:
            addressed = person_addressed(token)
            following = _following_clause(token) if lemma in SPEECH_VERBS and not addressed else None
            if following is None:
                made = trailing_candidate(token, offset, paragraph, text) or block_quote_candidate(
                    token, offset, paragraph, text
                )
                if made is not None:
                    found.append(made)
                continue
            how = "surface"
            pieces = fragments(following, offset, text)
            pieces = [hull(pieces)] if pieces else []
        if how != "parataxis" and pieces and pieces[-1][0] > offset + token.idx:
            pieces = across_false_split(pieces, doc, starts, offset, text)
        if how not in {"parataxis", "linking"} and pieces and pieces[-1][0] > offset + token.idx:
            pieces = across_colon(pieces, doc, starts, offset, text)
            pieces = across_dash(pieces, doc, starts, offset, text)
            pieces = across_restrictive_relative(pieces, doc, starts, offset, text)
            pieces = after_announcing_noun(pieces, doc, starts, offset, text)
        if how in {"ccomp", "parataxis"} and pieces:
            pieces = with_fronted_phrase(past_inserted_cue(pieces, token, offset, text), token, offset, text)
        pieces = before_quoted_sentence(on_cue_line(pieces, text, offset + token.idx), text)
        if how != "parataxis" and pieces and pieces[-1][0] > offset + token.idx:
            pieces = before_dash(pieces, text, asides)
            pieces = before_comparison(before_circumstance(pieces, text), text)
            pieces = tally_goes_on(pieces, token, doc, starts, offset, text)
        elif how == "parataxis":
            pieces = before_circumstance(pieces, text)
        if not pieces or (
            how in _NEEDS_WORDS
            and word_count(text, pieces) < MIN_CONTENT_WORDS
            and not (how == "prep" and content is not None and owned_topic(content[0]))
            and not (how == "ccomp" and _elided(token))
        ):
            continue
        # "He said as the crowd cheered that …": the clause is the saying's, not the circumstance's.
        interrupted = interrupted_saying(token)
        cue = token if interrupted is None else interrupted[0]
        # "Cruz seemed lost": the writer's judgement, nobody's statement, unless it seemed so to someone.
        source = experiencer(token) if how == "linking" else subject_of(cue)
        if broken_off(pieces, cue, source, offset, text):
            continue
        light = light_verb_frame(token)
        cue_words = cue_tokens(cue) if light is None else light[1]
        found.append(indirect_candidate(pieces, paragraph, how, cue_words, source, offset))
    return [
        with_than_phrase(with_reason_clause(c, doc, starts, offset, text), doc, starts, offset, text)
        for c in found
        if not is_non_agent_source(c.cue_token, c.speaker_token)
        and not is_impersonal(c.cue_token)
        and not is_connective(c.cue_token)
        and not is_act(c.cue_token, c.speaker_token)
        and not asks_the_reader(c.cue_token)
        and not is_semi_modal(c.cue_token)
        and not sees_it_happen(c.cue_token)
        and not only_a_circumstance(c, offset)
        and not speaker_after_quotation(c, offset, text)
        and not topic_of_quotation(c, offset, text)
    ]


def _retagged(token: Token, offset: int, paragraph: int, text: str) -> list[Candidate]:
    """The statement of a cue verb the tagger read as a noun, read off its clause parsed again."""
    found = reparsed_clause(token)
    if found is None:
        return []
    made = find_reported(found.doc, offset + found.shift, paragraph, text, retag=False)
    return [c for c in (with_own_subject(c, found, offset) for c in made) if c is not None]


def _elided(verb: Token) -> bool:
    """Whether the verb's reported clause is a subject and an auxiliary standing for a verb phrase said before."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return len(clauses) == 1 and elided_clause(clauses[0])


def _framing_before(host: Token, cue: Token) -> list[Token]:
    """ "Asked about the plan, he said, “It is wrong.”": a participle clause that opens the sentence before the
    cue ("Asked …", "When asked …", "Speaking at a rally, …") frames the saying; the words reported start
    after the cue (the parser hung both on the quotation). Not "If Clinton is elected, he said, …": a
    condition with its own subject is part of the claim; nor a gerund before a clause with no subject of its
    own, which it is ("Riding alone at night, they said, can be dangerous")."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"} for c in host.children)
    tags = {"VBN", "VBG"} if has_subject else {"VBN"}
    return [c for c in host.children if c.dep_ == "advcl" and c.tag_ in tags and _frames(c, host, cue)]


def _frames(clause: Token, host: Token, cue: Token) -> bool:
    """The participle clause opens the sentence (after "when"/"after"/"while") before the cue."""
    return (
        clause.right_edge.i < cue.i
        and clause.i == clause.sent.start + (1 if clause.sent[0].lower_ in {"when", "after", "while"} else 0)
        and host.i > cue.i
    )


def _following_clause(verb: Token) -> list[Token] | None:
    """Content the parser failed to attach: "said after the convention he would not …", "reported at the
    time that …". The clause starts at "that" or at a subject a few words after the verb."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd"} for c in verb.children):
        return None
    if verb.dep_ == "amod" and verb.head.i > verb.i:
        return None  # "a lead in pledged delegates, but …": a participle that describes its noun says nothing
    if any(c.dep_ == "advcl" and interrupted_saying(c) is not None for c in verb.children):
        return None  # "said as the crowd cheered that …": read at "cheered", with this verb as its cue
    sent = verb.sent
    doc = verb.doc
    stop = min(sent.end, verb.i + SURFACE_WINDOW)
    j = verb.i
    while j + 1 < stop:
        j += 1
        word = doc[j]
        if word.is_punct and word.text not in {","}:
            return None
        head: Token | None = None
        if (word.lower_ == "that" and word.dep_ == "mark") or (
            word.dep_ in {"nsubj", "nsubjpass"} and word.head.i > j and word.head.pos_ in {"VERB", "AUX"}
        ):
            head = word.head
        if head is not None and head.dep_ == "relcl" and head.i > verb.i and _opens_with_wh(head):
            # A relative clause describes a noun on the way ("said Warren, whose campaign …", "said on Fox,
            # where he is a guest, that …"): it is nobody's words; the content, if any, comes after it.
            stop = min(sent.end, stop + head.right_edge.i - j)
            j = head.right_edge.i
            continue
        if head is not None and head.i > verb.i:
            first = min(word.i, head.left_edge.i)
            if first <= verb.i:
                return None
            clause = [t for t in clause_tokens(head) if t.i < sent.end]
            last = max(t.i for t in clause) if clause else head.i
            return [doc[k] for k in range(first, last + 1)]
    return None


def _opens_with_wh(clause: Token) -> bool:
    """A non-restrictive relative clause: a comma, then "who", "whose", "which", "where" or "when". Not one
    opened by "that", which the parser also takes for a relative pronoun ("reported at the time that …"), nor
    a restrictive one, which can be the topic's own ("marveling at all the Americans who had gotten him here")."""
    first = clause.left_edge
    wh = first.tag_ in {"WP", "WP$", "WRB"} or first.lower_ == "which"
    return wh and first.i > 0 and first.doc[first.i - 1].text == ","
