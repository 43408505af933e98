"""From a parsed article to its records: statements, persons and dates, in one pass at index time.

Order matters: quotations and embedded posts are found on the raw text, reported speech on the parse; the
two are merged (`direct.py`), persons are clustered knowing who speaks, speakers are resolved, posts are
joined with the quotes that repeat them, and each statement gets the date that governs its cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..records import ArticleRecords, DateMention, Span, Statement
from .candidates import Candidate, Offsets, Regions
from .cues import OBJECT_CUES, is_speech_lemma
from .deks import DEK_PARAGRAPH, dek_statement
from .direct import DocIndex, attach_quotes
from .events import find_events
from .groups import resolve_groups
from .headline_about import about_headline
from .headline_gerunds import gerund_headline
from .headline_parts import cued_across_colon, without_comment
from .headline_titles import quotes_its_own_speaker, unowned_quotation
from .headline_verbs import headline_statement
from .headlines import is_headline, is_title_cased, object_end, sentence_cased, tail_end
from .labels import Label
from .markup import without_markup
from .persons import build_persons
from .posts import Post
from .quotes import QuoteLookup
from .reported import find_reported
from .spans import relative_source
from .speakers import SpeakerResolver
from .stacked import drop_stacked
from .unparsed import Unparsed, find_unparsed, line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..articles import Article

__all__ = ["extract_records"]

_NORMAL_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MATCH_WORDS = 6  # a post and a quotation are the same words when they share this many in a row


def extract_records(article: Article, docs: list[Doc], unparsed: Unparsed | None = None) -> ArticleRecords:
    """Every statement, person and date in `article`; `docs` are its paragraphs parsed by `segment`, and
    `unparsed` what `find_unparsed(article)` found while they were parsed (found here when not given)."""
    text = article.text
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    offsets = [p.start for p in article.paragraphs]
    if len(docs) != len(paragraphs):
        raise ValueError(f"{len(docs)} parsed paragraphs for {len(paragraphs)} paragraphs in {article.id}")
    found_in_text = unparsed if unparsed is not None else find_unparsed(article)
    meta, dates, yearless = found_in_text.meta, found_in_text.dates, found_in_text.yearless
    quotes, posts, labels = found_in_text.quotes, found_in_text.posts, found_in_text.labels
    post_regions = [(p.start, p.end) for p in posts] + [
        (line_start(text, t.name[0]), t.fragments[-1][1]) for t in labels
    ]
    excluded = Regions(post_regions + found_in_text.notes + found_in_text.tags)
    index = DocIndex(docs, offsets)
    lookup = QuoteLookup(quotes)

    reported: list[Candidate] = []
    parsed = list(docs)
    parsed[0] = sentence_cased(parsed[0])
    # Candidates read off the re-cased headline: their tokens are not the person index's tokens.
    recased: set[int] = set()
    for number, (doc, offset) in enumerate(zip(parsed, offsets, strict=True)):
        found = find_reported(doc, offset, number + 1, text)
        if number == 0 and parsed[0] is not docs[0]:
            found = [_to_headline_end(c, text, paragraphs[0]) for c in found]
            recased.update(id(c) for c in found)
        elif number == 0 and len(paragraphs) > 1 and is_headline(doc.text):
            for cand in found:
                _to_object_end(cand, doc, offset, text)
        if number == 0 and len(paragraphs) > 1:  # a headline has the article below it
            missed = headline_statement(doc, offset, found)
            if missed is not None:
                found.append(missed)
                recased.add(id(missed))
            examined = gerund_headline(doc.text, offset, found)
            if examined is not None:
                found.append(examined)
            spoken = about_headline(doc.text, offset, found)
            if spoken is not None:
                found.append(spoken)
                recased.add(id(spoken))
        if number == DEK_PARAGRAPH and len(paragraphs) > DEK_PARAGRAPH + 1:  # a dek has the article below it
            summary = dek_statement(doc, offset, found)
            if summary is not None:
                found.append(summary)
        for cand in found:
            cue_at = cand.cue[0] if cand.cue is not None else cand.start
            if excluded.covers(cue_at) or lookup.covering(cue_at) is not None:
                continue
            reported.append(cand)
    candidates = attach_quotes(text, quotes, reported, index, found_in_text.dash_bylines, excluded)
    if len(paragraphs) > 1:
        candidates = _checked_headline(candidates, text, paragraphs[0])
    candidates.extend(_labelled(text, label, index) for label in labels)
    candidates = drop_stacked(_drop_nested(candidates, text))
    candidates = without_markup(candidates, found_in_text.tags, text)
    for cand in candidates:
        if cand.speaker_token is not None and cand.mention is not None and lookup.covering(cand.mention[0]):
            cand.speaker_token, cand.mention = None, None

    speakers = {
        (c.paragraph - 1, c.speaker_token.i)
        for c in candidates
        if c.speaker_token is not None and c.paragraph >= 1 and id(c) not in recased
    }
    quoted: list[Offsets] = [f for q in quotes for f in q.fragments] + post_regions
    first = text[slice(*paragraphs[0])].strip()
    # A title-cased headline (one line, no sentence inside it or at its end) names nobody new.
    titled = len(paragraphs) > 1 and is_title_cased(first) and not first.endswith(".") and ". " not in first
    headline_paragraph = 0 if titled else None
    persons = build_persons(text, docs, offsets, quoted, speakers, headline=headline_paragraph)
    resolver = SpeakerResolver(persons, text, offsets)
    for cand in candidates:
        if id(cand) in recased and cand.speaker is None and cand.mention is not None:
            named = " ".join(text[cand.mention[0] : cand.mention[1]].split())
            cand.speaker = _person_named(named, persons.records_names()) or named
        if cand.speaker is None and cand.speaker_token is not None:
            cand.speaker = resolver.resolve(cand.speaker_token, cand.paragraph - 1, cand.mention)
        elif cand.speaker is not None and cand.origin in {"byline", "label"}:
            cand.speaker = _person_named(cand.speaker, persons.records_names()) or cand.speaker

    resolve_groups(candidates, persons.organisation_names())
    _relative_mentions(candidates, offsets)
    candidates = _join_posts(candidates, posts, text, index, persons.records_names())
    candidates.sort(key=lambda c: (c.start, c.end))
    starts = [d.start for d in dates]
    inside = Regions(quoted)
    when = _shared_post_dates(
        candidates, [_statement_date(c, dates, starts, _describing_clauses(c, offsets)) for c in candidates]
    )
    when = [
        d if d is not None else _date_from_previous_sentence(c, dates, starts, offsets, persons.person_at, inside)
        for c, d in zip(candidates, when, strict=True)
    ]
    statements = [_statement(i, c, article, d) for i, (c, d) in enumerate(zip(candidates, when, strict=True))]
    return ArticleRecords(
        article_id=article.id,
        meta=meta,
        statements=statements,
        persons=persons.records(),
        dates=dates,
        sources=found_in_text.credits,
        yearless=yearless,
        events=find_events(text, index, [*dates, *yearless]),
    )


def _labelled(text: str, label: Label, index: DocIndex) -> Candidate:
    start, end = label.fragments[0][0], label.fragments[-1][1]
    quoted = any(ch in text[start:end] for ch in '"“”‘')
    return Candidate(
        start=start,
        end=end,
        kind="direct" if quoted or label.turn else "indirect",
        paragraph=index.paragraph_of(start) + 1,
        origin="label",
        fragments=list(label.fragments) if len(label.fragments) > 1 else [],
        cue=label.colon,
        mention=label.name,
        speaker=" ".join(text[label.name[0] : label.name[1]].split()),
        date_anchor=(label.name[0], label.colon[1]),
    )


def _checked_headline(cands: list[Candidate], text: str, headline: Offsets) -> list[Candidate]:
    """`cands` without the headline's misread quotations and verbs, its statements cut before the paper's
    comment (`headline_parts`, `headline_titles`)."""
    kept: list[Candidate] = []
    for cand in cands:
        if cand.paragraph == 1:
            misread = cued_across_colon(cand, text, headline) or quotes_its_own_speaker(cand, text)
            if misread or unowned_quotation(cand):
                continue
            cand = without_comment(cand, text)
        kept.append(cand)
    return kept


def _to_headline_end(cand: Candidate, text: str, headline: Offsets) -> Candidate:
    """In a headline the words after the cue run to its end ("Calls Clinton ‘A Disgrace’ Over Comments"), or to
    its circumstances ("Endorses Ryan *With* Trump’s Blessing")."""
    if cand.cue is None or cand.start < cand.cue[1] or cand.fragments:
        return cand
    tail = text[cand.end : headline[1]]
    if any(mark in tail for mark in (",", ";", ":", " — ", " -- ")):
        return cand
    end = tail_end(text, cand.start, headline[1])
    while end > cand.start and text[end - 1] in " .":
        end -= 1
    cand.end = end if end > cand.start else cand.end
    return cand


def _to_object_end(cand: Candidate, doc: Doc, offset: int, text: str) -> None:
    """A headline's object after a judging verb ends before its occasion ("mocks Trump *on* Twitter")."""
    if cand.cue is None or cand.fragments or cand.start < cand.cue[1]:
        return
    verb = next((t for t in doc if offset + t.idx == cand.cue[0]), None)
    if verb is not None and verb.pos_ == "VERB":
        cand.end = object_end(verb, text, cand.start, cand.end)


def _drop_nested(cands: list[Candidate], text: str) -> list[Candidate]:
    """A statement inside another's words ("said she believes that …") is part of it, not a second one;
    statements on the attribution inside a quotation's gap are weighed among themselves."""
    kept: list[Candidate] = []
    in_gaps: list[Candidate] = []
    reach_end = -1
    reach: Candidate | None = None
    # Of two statements over the same words, the one with a source hosts the other ("The deal seemed close to
    # collapse, officials said": the officials' words, not the writer's judgement).
    for cand in sorted(_one_per_words(cands), key=lambda c: (c.start, -c.end, not _has_source(c))):
        inside = reach is not None and cand.end <= reach_end and cand.start >= reach.start and cand.origin != "post"
        if inside and reach is not None and _in_a_gap(cand, reach):
            in_gaps.append(cand)
            continue
        if inside and reach is not None and (cand.cue is None or reach.start <= cand.cue[0] < reach_end):
            if not _cut_before_coordinated_cue(reach, cand, text):
                continue
            reach_end = reach.end
        kept.append(cand)
        if cand.end > reach_end:
            reach_end, reach = cand.end, cand
    if not in_gaps:
        return kept
    return sorted([*kept, *_drop_nested(in_gaps, text)], key=lambda c: (c.start, -c.end))


def _in_a_gap(cand: Candidate, host: Candidate) -> bool:
    """`cand` hangs on the attribution between two pieces of the quotation `host` (`“…,” Carson said after
    hinting that “…” could come. “…”`): the writer's words after the cue, not the speaker's."""
    if host.kind != "direct" or host.cue is None or cand.start < host.cue[1]:
        return False
    return any(a[1] <= host.cue[0] and cand.end <= b[0] for a, b in pairwise(host.fragments))


def _one_per_words(cands: list[Candidate]) -> list[Candidate]:
    """Words two cues of one source claim ("replied that the loss was a fluke, as the numbers suggest";
    "Officials, briefed on the talks, said the deal is off") are one statement: the cue with a source keeps
    them, else the first. Words cited from a second source ("The mayor said rents rose, according to a city
    report") are two statements."""
    chosen: dict[tuple[int, int, tuple[Offsets, ...]], list[Candidate]] = {}
    for cand in cands:
        if cand.origin == "post":
            continue
        kept = chosen.setdefault((cand.start, cand.end, tuple(cand.fragments)), [])
        same = next((i for i, k in enumerate(kept) if not _two_sources(k, cand)), None)
        if same is None:
            kept.append(cand)
        elif not _has_source(kept[same]) and _has_source(cand):
            kept[same] = cand
    keep = {id(c) for kept in chosen.values() for c in kept}
    return [c for c in cands if c.origin == "post" or id(c) in keep]


def _has_source(cand: Candidate) -> bool:
    return cand.speaker_token is not None or cand.speaker is not None


def _two_sources(a: Candidate, b: Candidate) -> bool:
    """One of the two cites a second source for the words ("according to a city report") and both name one."""
    citing = any(c.cue_token is not None and c.cue_token.lower_ == "according" for c in (a, b))
    return citing and _has_source(a) and _has_source(b)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_ADDRESSING = frozenset({"encourage", "implore", "beg", "exhort", "invite", "challenge"})


def _form(tag: str) -> str:
    """The verb form for agreement of coordinated verbs; the tagger often confuses VBD and VBN, VBZ and VBP."""
    return {"VBN": "VBD", "VBP": "VBZ"}.get(tag, tag)


def _cut_before_coordinated_cue(host: Candidate, inner: Candidate, text: str) -> bool:
    """`tweeted that X was “a con” and encouraged Americans to …`: the second verb shares the first one's
    subject and form, so it is a second statement of the same source, not part of the first one's content.

    Cuts `host` before the "and" and returns True when `inner`'s cue is such a verb.
    """
    verb, cue = inner.cue_token, host.cue_token
    if verb is None or cue is None or host.cue is None or inner.cue is None or host.cue[1] > host.start:
        return False
    if verb.dep_ != "conj" or _form(verb.tag_) != _form(cue.tag_) or verb.pos_ != "VERB" or host.fragments:
        return False
    lemma = verb.lemma_.lower()
    if not (is_speech_lemma(lemma) or lemma in OBJECT_CUES or lemma in _ADDRESSING):
        return False  # "said the driver ignored the signal and refused to leave": an action, still reported
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    conj = verb.doc[verb.i - 1] if verb.i > 0 else verb
    if conj.dep_ != "cc" or conj.lower_ not in {"and", "but"}:
        return False
    cut = inner.cue[0] - (verb.idx - conj.idx)
    end = cut
    while end > host.start and text[end - 1] in " \t\u00a0,;":
        end -= 1
    if end <= host.start or not host.start < cut < host.end:
        return False
    host.end = end
    kept = text[host.start : host.end]
    if host.kind == "mixed" and not any(mark in kept for mark in '"“”«»'):
        host.kind = "indirect"
    return True


def _words(text: str) -> list[str]:
    return [w.lower() for w in _NORMAL_WORD.findall(text)]


def _person_named(name: str, known: Sequence[str]) -> str | None:
    words = name.lower().split()
    for person in known:
        if person.lower() == name.lower() or (words and person.lower().split()[-1:] == words[-1:]):
            return person
    return None


def _same_words(a: list[str], b: list[str]) -> bool:
    """Whether two texts share a run of words long enough to be the same statement (or are equal)."""
    if not a or not b:
        return False
    if a == b:
        return True
    n = min(_MATCH_WORDS, len(a), len(b))
    if n < 3:
        return False
    grams = {tuple(a[i : i + n]) for i in range(len(a) - n + 1)}
    return any(tuple(b[i : i + n]) in grams for i in range(len(b) - n + 1))


def _join_posts(
    candidates: list[Candidate], posts: Sequence[Post], text: str, index: DocIndex, known: Sequence[str]
) -> list[Candidate]:
    """Each post fragment either repeats a quotation elsewhere (one statement) or is a statement itself."""
    quoted = [(c, _words(text[c.start : c.end])) for c in candidates if c.kind in {"direct", "mixed", "post"}]
    for post in posts:
        name = " ".join(text[post.name[0] : post.name[1]].split())
        speaker = _person_named(name, known) or name
        loose: list[Offsets] = []
        for fragment in post.fragments:
            words = _words(text[fragment[0] : fragment[1]])
            host = next(
                (c for c, said in quoted if not (post.start <= c.start < post.end) and _same_words(said, words)),
                None,
            )
            if host is None:
                loose.append(fragment)
                continue
            host.repeats.append(fragment)
            host.kind = "post"
            host.date_anchor = post.date
            if host.speaker is None:
                host.speaker = speaker
                host.mention = host.mention or post.name
        if loose:
            candidates.append(
                Candidate(
                    start=loose[0][0],
                    end=loose[-1][1],
                    kind="post",
                    paragraph=index.paragraph_of(loose[0][0]) + 1,
                    origin="post",
                    fragments=loose if len(loose) > 1 else [],
                    cue=post.dash,
                    mention=post.name,
                    speaker=speaker,
                    date_anchor=post.date,
                )
            )
    return candidates


def _span(text: str, offsets: Offsets) -> Span:
    return Span(text=text[offsets[0] : offsets[1]], start=offsets[0], end=offsets[1])


def _describing_clauses(cand: Candidate, offsets: Sequence[int]) -> list[Offsets]:
    """Clauses that describe someone or something rather than the saying: the speaker's ("Trump, who
    campaigned here this week, tweeted …") and any relative clause of the cue's sentence that does not hold
    the cue ("criticised the fare rise, which takes effect in April"). Their dates say when something else
    happens, not when the words were said."""
    if cand.paragraph < 1:
        return []
    base = offsets[cand.paragraph - 1]
    clauses = [c for c in cand.speaker_token.children if c.dep_ in {"relcl", "acl"}] if cand.speaker_token else []
    cue = cand.cue_token
    if cue is not None:
        clauses += [t for t in cue.sent if t.dep_ == "relcl"]
        # "Tom Reed, who said on Friday that …": a clause holding the cue dates the saying.
        clauses = [c for c in clauses if c.doc is not cue.doc or not c.left_edge.i <= cue.i <= c.right_edge.i]
    return [(base + c.left_edge.idx, base + c.right_edge.idx + len(c.right_edge.text)) for c in clauses]


def _statement_date(
    cand: Candidate, dates: Sequence[DateMention], starts: Sequence[int], skip: Sequence[Offsets] = ()
) -> DateMention | None:
    """The date governing the cue: in the cue's sentence (or byline), outside the statement's own words and
    outside clauses describing the speaker (`skip`)."""
    if cand.date_anchor is None:
        return None
    lo, hi = cand.date_anchor
    pieces = cand.fragments or [(cand.start, cand.end)]
    best: DateMention | None = None
    best_distance = 0
    anchor = cand.cue[0] if cand.cue is not None else lo
    for mention in _dates_within(dates, starts, lo, hi):
        if any(a <= mention.start and mention.end <= b for a, b in skip):
            continue
        if (
            cand.origin not in {"post"}
            and cand.kind != "post"
            and any(a < mention.end and mention.start < b for a, b in pieces)
        ):
            continue
        distance = abs(mention.start - anchor)
        if best is None or distance < best_distance:
            best, best_distance = mention, distance
    return best


def _date_from_previous_sentence(
    cand: Candidate,
    dates: Sequence[DateMention],
    starts: Sequence[int],
    offsets: Sequence[int],
    person_at: Callable[[int, int], str | None],
    quoted: Regions,
) -> DateMention | None:
    """An undated statement continuing its speaker's dated action just before, in the same paragraph:
    "Cruz on Friday played down the idea … "There never was a grand alliance," he said." (Friday)."""
    token = cand.cue_token
    if token is None or cand.speaker is None or cand.paragraph < 1:
        return None
    sent = token.sent
    if sent.start == 0:
        return None
    previous = token.doc[sent.start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or person_at(cand.paragraph - 1, subject.i) != cand.speaker:
        return None
    base = offsets[cand.paragraph - 1]
    within = _dates_within(dates, starts, base + previous.start_char, base + previous.end_char)
    found = [d for d in within if d.granularity == "day" and not quoted.covers(d.start)]
    return found[0] if len(found) == 1 else None


def _dates_within(dates: Sequence[DateMention], starts: Sequence[int], lo: int, hi: int) -> Iterator[DateMention]:
    """The date mentions wholly inside [lo, hi), in order; `starts` are the mentions' start offsets."""
    for k in range(bisect.bisect_left(starts, lo), len(dates)):
        mention = dates[k]
        if mention.start >= hi:
            return
        if mention.end <= hi:
            yield mention


def _shared_post_dates(cands: Sequence[Candidate], found: list[DateMention | None]) -> list[DateMention | None]:
    """A statement made in the same sentence as a post-dated one by the same speaker shares its date
    ("In a post on X, Owaisi called Misri … and wrote, “…”": both are the post of May 11)."""

    def sentence(cand: Candidate) -> tuple[int, int] | None:
        token = cand.cue_token
        return None if token is None else (cand.paragraph, token.sent.start)

    dated = {
        (sentence(c), c.speaker): d
        for c, d in zip(cands, found, strict=True)
        if c.kind == "post" and d is not None and sentence(c) is not None
    }
    return [
        d if d is not None or c.speaker is None else dated.get((sentence(c), c.speaker))
        for c, d in zip(cands, found, strict=True)
    ]


def _relative_mentions(candidates: list[Candidate], offsets: Sequence[int]) -> None:
    """A source named through a relative clause is mentioned by its pronoun ("Smith, who said …": "who"), once
    the speaker is resolved from the noun it describes; like "he" in "he said", the pronoun is the mention."""
    for cand in candidates:
        if cand.cue_token is None or cand.speaker_token is None or cand.paragraph < 1:
            continue
        pronoun = relative_source(cand.cue_token, cand.speaker_token)
        if pronoun is not None:
            start = offsets[cand.paragraph - 1] + pronoun.idx
            cand.mention = (start, start + len(pronoun.text))


def _statement(number: int, cand: Candidate, article: Article, date: DateMention | None) -> Statement:
    text = article.text
    return Statement(
        id=number,
        article_id=article.id,
        quote=_span(text, (cand.start, cand.end)),
        fragments=[_span(text, f) for f in cand.fragments] if len(cand.fragments) > 1 else [],
        kind=cand.kind,
        speaker=cand.speaker,
        speaker_mention=_span(text, cand.mention) if cand.mention is not None else None,
        cue=_span(text, cand.cue) if cand.cue is not None else None,
        date=date.value if date is not None else None,
        date_text=date.text if date is not None else None,
        date_span=_span(text, (date.start, date.end)) if date is not None else None,
        paragraph=article.paragraph_at(cand.start),
        repeats=[_span(text, r) for r in cand.repeats],
    )
