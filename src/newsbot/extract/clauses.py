"""Where a content clause starts and stops on the parse: what the parser hung on it by mistake is cut, what
completes it (the object's preposition, ", including …", coordinated bare verbs) is added."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import (
    NOUN_CUES,
    SPEECH_VERBS,
    is_cue_lemma,
    word_set,
)
from .groups import DOCUMENT_NOUNS
from .indirect import QUOTE_CHARS
from .spans import RELATIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "CIRCUMSTANCE",
    "OPEN_CLAUSE_WORDS",
    "PROGRAMME_NOUNS",
    "SETTING_NOUNS",
    "bare_verbs_after",
    "clause_tokens",
    "closed_asides",
    "closing_occasion",
    "comma_before",
    "coordinated",
    "for_clause",
    "has_subject",
    "is_channel",
    "is_setting",
    "opens_with_that",
    "time_of_saying",
    "with_examples",
    "with_prep",
    "without_final_appositive",
    "without_final_participle",
    "without_reporter_verb",
]

_OBJECT_TAIL = frozenset({"ccomp", "advcl", "xcomp", "prep", "acl"})
_ARGUMENT_PREPS = frozenset({"as", "about", "of", "for", "over", "against", "on", "with", "in"})
# Where words are said: "attacked Machado in early-morning tweets" says how, not whom; "endorsed Clinton in the
# race" narrows the object. The documents that speak for whoever issued them are channels too.
_CHANNELS = DOCUMENT_NOUNS | frozenset(
    [
        "interview",
        "speech",
        "diatribe",
        "video",
        "broadcast",
        "briefing",
        "address",
        "debate",
        "hearing",
        "essay",
        "editorial",
        "column",
        "article",
        "op-ed",
        "book",
        "conference",
        "appearance",
        "session",
        "tirade",
        "rant",
        "e-mail",
        "note",
        "opinion",
        "decision",
        "order",
    ]
)
_CLAUSE_BREAK = frozenset({",", ";", ":", "—", "–", "--", "(", "."})
CIRCUMSTANCE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})  # "spoke on Tuesday", "spoke in Ottawa"
# Common nouns of a place or a time, which say where or when the words were said, not what of: "criticized
# the mayor in the city hall", "praised the crews in the past".
SETTING_NOUNS = word_set(
    """
    hall room chamber office building square street city town village capital country state province region
    district neighborhood neighbourhood studio courtroom courthouse stadium arena church mosque temple school
    hospital hotel airport station park headquarters embassy home house center centre venue auditorium lobby
    garden palace campus floor podium stage
    morning afternoon evening night weekend past meantime interim
    """
)
# Prepositions that can put a setting after the object; "over", "for", "about", "of" take the matter instead
# ("criticized the governor over the state of the roads").
_SETTING_PREPS = frozenset({"in", "at", "on", "inside", "outside", "during", "from", "near", "throughout"})
_WHEN = frozenset({"when", "while", "after", "before", "since", "until", "once"})
_CONTRAST = frozenset({"although", "though", "while", "whereas", "but"})


def clause_tokens(root: Token) -> list[Token]:
    """A content clause without what the parser hung on it by mistake.

    Cut are a conjoined clause that is itself a cue ("… by March and suggested that …": a second statement;
    "…, and rights groups warned that …": another reporter's), a finite verb the parser joined to an
    infinitive, and a non-restrictive relative clause on a noun-phrase content ("Trump, who says he is honored").
    """
    cut: list[Token] = []
    for child in root.children:
        if (
            child.dep_ == "conj"
            and child.i > root.i
            and child.lemma_.lower() in SPEECH_VERBS
            and (not any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children) or _another_reporter(child))
        ) or _finite_after_infinitive(root, child):
            cut.append(child)
            joiners = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < child.i]
            if joiners:
                cut.append(max(joiners, key=lambda c: c.i))
        elif (
            child.dep_ in {"relcl", "acl"} and child.i > root.i and comma_before(child) and not _closed_aside(child)
        ) or (
            child.dep_ == "advcl"
            and child.i > root.i
            and comma_before(child)
            and (_contrastive(child) or is_cue_lemma(child.lemma_.lower()) or child.tag_ in {"VBG", "VBN"})
        ):
            cut.append(child)
    # A time phrase before the clause's subject dates the report, it is not part of it ("told … this
    # weekend he would …").
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    lead = [
        c
        for c in root.children
        if subject is not None
        and c.i < subject.i
        and c.dep_ in {"npadvmod", "prep"}
        and c.ent_type_ in {"DATE", "TIME"}
    ]
    skip = {t.i for c in lead for t in c.subtree}
    if not cut:
        return [t for t in root.subtree if t.i not in skip]
    first_cut = min(t.left_edge.i for t in cut)
    return [t for t in root.subtree if t.i < first_cut and t.i not in skip]


def _finite_after_infinitive(root: Token, child: Token) -> bool:
    """A finite verb cannot be coordinated with a "to"-infinitive: "a promise to transform the economy but
    are likely to draw fire" goes on the sentence, not the promise."""
    return (
        child.dep_ == "conj"
        and child.i > root.i
        and root.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
        and child.tag_ in {"VBZ", "VBP", "VBD"}
    )


def _another_reporter(verb: Token) -> bool:
    """A conjoined speech verb with its own subject and clause reports a new statement: "…, and rights groups
    warned that …". Not a determiner taken for a subject ("that said will …", "said" as an adjective)."""
    subject = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ != "DT"
        and subject.lower_ not in RELATIVE
        and any(g.dep_ == "ccomp" and g.i > verb.i for g in verb.children)
    )


def _closed_aside(clause: Token) -> bool:
    """A relative clause set off by commas on both sides, with the statement going on after it ("a task
    force, which would include the military, to crack down on …"): it sits inside the content."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    if (
        clause.dep_ != "relcl"
        or is_cue_lemma(clause.lemma_.lower())
        or after + 1 >= len(doc)
        or doc[after].text != ","
        or doc[after + 1].sent.start != clause.sent.start
    ):
        return False
    going_on = doc[after + 1]
    if going_on.is_punct or going_on.pos_ == "CCONJ" or going_on.lower_ in RELATIVE:
        return False
    # Not when the words after it report the whole sentence: "…, which he denied, the footage showed".
    shared = next((a for a in going_on.ancestors if clause in a.subtree), None)
    return shared is not None and not is_cue_lemma(shared.lemma_.lower())


def closed_asides(doc: Doc, offset: int) -> dict[int, int]:
    """Where each relative clause that sits inside its sentence opens (the comma before it), and where the
    sentence goes on after it."""
    return {
        offset + doc[token.left_edge.i - 1].idx: offset + doc[token.right_edge.i + 2].idx
        for token in doc
        if token.dep_ == "relcl" and comma_before(token) and _closed_aside(token)
    }


def without_final_appositive(tokens: list[Token], *, clause: bool = False) -> list[Token]:
    """A content ends before an appositive that closes it: "he did not support Mr. Trump, the presumed
    favorite" is about Mr. Trump; the description is the writer's. In a reported clause (`clause`) a
    "noun, noun and noun" series the parser took for an appositive stays: "said he had peppered Mr. Trump,
    his family members and advisers with suggestions"."""
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ != "appos" or token.i < token.head.i or token.right_edge.i != last:
            continue
        if clause and _listed(token):
            continue
        left = token.left_edge.i
        doc = token.doc
        if left == 0 or doc[left - 1].text != "," or (left - 1) not in inside:
            continue
        return [t for t in tokens if t.i < left - 1]
    return tokens


def _listed(appositive: Token) -> bool:
    """An "appositive" with a coordinated noun, not introduced by "a"/"an" (which describes: "Don Beyer, a
    former governor and ambassador"), is the rest of a series."""
    first = appositive.left_edge
    return (
        any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in appositive.children)
        and first.lower_ not in {"a", "an"}
        and first.like_num is False
    )


def without_final_participle(tokens: list[Token]) -> list[Token]:
    """A content ends before a participle clause that closes it after a comma and a manner adverb: "he would
    consider it an insult if they stayed home, implicitly putting his name on the line" is the writer's gloss
    on the saying. A participle that reports in turn (", vowing to …", ", saying that …") is a second saying
    of the speaker's, not part of the first, unless it stands inside a quotation."""
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ not in {"advcl", "acl"} or token.tag_ != "VBG" or token.i < token.head.i:
            continue
        if token.right_edge.i != last:
            continue
        left = token.left_edge.i
        doc = token.doc
        if left == 0 or doc[left - 1].text != "," or (left - 1) not in inside:
            continue
        if token.dep_ == "acl" and not _reports_again(token, tokens):
            continue
        manner = doc[left : token.i]
        glossed = len(manner) > 0 and all(t.pos_ == "ADV" and t.lower_.endswith("ly") for t in manner)
        if not glossed and not (left == token.i and _reports_again(token, tokens)):
            continue  # ", thereby avoiding …", ", screaming …": the content's own events
        return [t for t in tokens if t.i < left - 1]
    return tokens


_QUOTATION_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _reports_again(participle: Token, tokens: list[Token]) -> bool:
    """Whether a closing participle is a verb of saying outside any quotation the content opened."""
    if not is_cue_lemma(participle.lemma_.lower()):
        return False
    marks = [t for t in tokens if t.i < participle.i and t.text in _QUOTATION_MARKS]
    return len(marks) % 2 == 0


def without_reporter_verb(tokens: list[Token], cue: Token) -> list[Token]:
    """A content ends before a verb joined to its end by "and"/"but" that goes on the reporter, not the
    reported: "has said she wants to establish a safe zone and has expressed support for …", "continues to
    insist that he will fight on and refuses to answer questions", "championed gay rights and extended
    benefits to …". Such a verb has no subject of its own and the cue's form but not the form of the verb
    (or noun) the parser joined it to; with the same form as both ("said he heard gunfire and suspected …")
    it stays."""
    if not tokens:
        return tokens
    inside = {t.i for t in tokens}
    last = max(inside)
    reporter = _finite_form(_finite_cue(cue))
    for token in sorted(tokens, key=lambda t: t.i):
        joined = token.head
        if (
            token.dep_ != "conj"
            or token.pos_ not in {"VERB", "AUX"}
            or joined.i >= token.i
            or joined.i not in inside
            or token.right_edge.i != last
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)
        ):
            continue
        joiners = [c for c in joined.children if c.dep_ == "cc" and joined.i < c.i < token.i]
        if not joiners or not _goes_on_reporter(token, joined, cue, reporter):
            continue
        first = min(token.left_edge.i, joiners[-1].i)
        doc = token.doc
        while first - 1 in inside and (doc[first - 1].text == "," or doc[first - 1].pos_ == "CCONJ"):
            first -= 1
        return [t for t in tokens if t.i < first]
    return tokens


def _goes_on_reporter(verb: Token, joined: Token, cue: Token, reporter: tuple[str, str]) -> bool:
    """Whether a verb joined by "and"/"but" is the reporter's: in the cue's form, which no verb of the content
    before it has. A bare past tense is too common on both sides to tell ("said she could not support him but
    understood why")."""
    if _withholds_more(verb, joined):
        return True
    form = _finite_form(verb)
    if joined.pos_ not in {"VERB", "AUX"}:
        return verb.tag_ == cue.tag_  # a verb joined to a noun: "acknowledging mistakes and learning from them"
    if form != reporter or form == ("", "VBD"):
        return False
    own = [t for t in verb.doc[cue.i + 1 : verb.i] if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}]
    return all(_finite_form(t) != form for t in own)


# Telling more, which a reporter can decline after a statement: "…, but would not offer details", "… and
# declined to name the donors".
_TELLING_MORE = frozenset(
    {"say", "elaborate", "identify", "offer", "comment", "disclose", "name", "specify", "provide", "give"}
    | {"discuss", "reveal", "explain", "answer", "detail", "release", "confirm", "address", "respond", "speculate"}
)
_DECLINING = frozenset({"decline", "refuse"})


def _withholds_more(verb: Token, joined: Token) -> bool:
    """A verb joined after a content by "and"/"but" that withholds what was not said ("and would not identify
    …", "but declined to provide …") is the reporter's, whatever its form: the reported speaker does not decline
    in the third person within their own words. Not after "or" ("what to say or not say")."""
    if not any(c.dep_ == "cc" and c.lower_ in {"and", "but"} and joined.i < c.i < verb.i for c in joined.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _DECLINING:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _TELLING_MORE for c in verb.children)
    return lemma in _TELLING_MORE and any(c.dep_ == "neg" for c in verb.children)


def _finite_cue(cue: Token) -> Token:
    """The finite verb a non-finite cue hangs on: "continues" for "continues to insist"."""
    while cue.dep_ == "xcomp" and cue.tag_ in {"VB", "VBG"} and cue.head.pos_ in {"VERB", "AUX"}:
        cue = cue.head
    return cue


def _finite_form(verb: Token) -> tuple[str, str]:
    """A verb's form as its first auxiliary (or "to") and that word's tag: "has said" and "has expressed" are
    ("have", "VBZ"), "said" is ("", "VBD"), "to establish" is ("to", "TO")."""
    helper = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), None)
    if helper is None:
        return "", verb.tag_
    return helper.lemma_.lower(), helper.tag_


def bare_verbs_after(verb: Token, tokens: list[Token]) -> list[Token]:
    """Bare verbs the parser hung on the cue (or its host) that go on an infinitive content: "wants to cut
    taxes, grow the economy and create jobs", "promising to meet and in some cases exceed the goals". A
    bare verb without its own subject or auxiliary cannot be coordinated with a finite or -ing cue."""
    if verb.tag_ == "VB" or not tokens:
        return []
    doc = verb.doc
    end = max(t.i for t in tokens)
    hosts = [verb, *(verb.head for _ in [0] if verb.dep_ in {"advcl", "xcomp", "conj"})]
    extra: list[Token] = []
    for host in hosts:
        for child in host.children:
            if child.i <= end or child.dep_ not in {"conj", "dep"} or child.pos_ != "VERB":
                continue
            bare = child.tag_ == "VB" or (child.tag_ == "VBP" and host.tag_ in {"VBD", "VBZ", "VBG", "VBN"})
            if not bare or any(g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for g in child.children):
                continue
            between = doc[end + 1 : child.left_edge.i]
            if len(between) > 2 or not all(t.text == "," or t.pos_ == "CCONJ" for t in between):
                continue
            extra.extend(clause_tokens(child))
            end = max(t.i for t in extra)
    return extra


def coordinated(verb: Token, clause: Token) -> bool:
    """A "complement" after ", but …" is a new clause the parser hung on the verb."""
    if clause.i < verb.i:
        return False
    doc = verb.doc
    return any(doc[i].pos_ == "CCONJ" for i in range(verb.i + 1, clause.left_edge.i))


def _contrastive(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in clause.children)


def comma_before(token: Token) -> bool:
    """The phrase under `token` opens after a comma, a dash or a bracket: an aside, not a complement."""
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in {",", "—", "–", "("}


def with_prep(verb: Token, obj: Token, preps: frozenset[str]) -> list[Token]:
    """An object plus the verb's following "for …"/"of …"/"as …" phrase: "blamed Trump for the loss"."""
    tokens = clause_tokens(obj)
    for child in verb.children:
        if child.dep_ == "prep" and child.i > obj.i and child.lower_ in preps:
            tokens.extend(child.subtree)
            break
    # What the parser hung on the verb right after the object usually still describes it ("remarks Trump had
    # made about Machado"), up to a comma.
    doc = verb.doc
    end = max(t.i for t in tokens)
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i > end and _noun_joined_to_verb(child, end):
            # "condemned the test as “reckless” and a “grave threat”": a noun cannot be coordinated with the
            # verb, so it goes on the object.
            tokens.extend([*doc[end + 1 : child.left_edge.i], *child.subtree])
            end = max(t.i for t in tokens)
            continue
        if child.i > end and _recipient(child, end):
            # "offers loans to parents": who the object goes to completes it.
            tokens.extend([child, *(t for g in child.children for t in clause_tokens(g))])
            break
        if child.i <= end or child.dep_ not in _OBJECT_TAIL:
            continue
        if any(doc[k].text in _CLAUSE_BREAK for k in range(end + 1, child.left_edge.i + 1)):
            break
        if child.left_edge.i != end + 1 or any(g.ent_type_ in CIRCUMSTANCE for g in child.children):
            break
        if (
            child.dep_ == "prep"
            and child.lower_ in _SETTING_PREPS
            and any(g.dep_ == "pobj" and is_setting(g) for g in child.children)
        ):
            break
        if child.dep_ == "prep" and (child.lower_ not in _ARGUMENT_PREPS or _channel_of_saying(child)):
            break
        if time_of_saying(child):
            break
        tokens.extend(child.subtree)
        end = max(t.i for t in tokens)
    return tokens


def is_setting(head: Token) -> bool:
    """Whether a preposition's object names where or when ("in Ottawa", "on Tuesday", "in the city hall",
    "in the morning"), which is no part of what was said."""
    if head.ent_type_ in CIRCUMSTANCE:
        return True
    return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() in SETTING_NOUNS


# Words that open an open clause, the content of a question: "asked whether …", "questions about how …".
OPEN_CLAUSE_WORDS = word_set("whether if how what why who whom which when where")

# Programmes that words are said on: "a “clown” on his radio show", "spoke later on the same show".
PROGRAMME_NOUNS = word_set("show program programme podcast radio television broadcast")
# Gatherings and programmes that words are said at or on: "asked about it at a rally", "a “clown” on his radio show".
OCCASION_NOUNS = PROGRAMME_NOUNS | word_set(
    """
    rally meeting forum event stop summit luncheon breakfast dinner fundraiser roundtable gathering visit tour
    interview conference briefing debate hearing speech appearance session
    """
)


def is_occasion(noun: Token) -> bool:
    """Whether a noun says at what or through what words were said ("at a rally", "on his show", "in a
    tweet", "in a statement") rather than what of: one test for every rule that cuts such a phrase off."""
    lemma = noun.lemma_.lower()
    return lemma in OCCASION_NOUNS or lemma in _CHANNELS or (lemma in SETTING_NOUNS and not noun.ent_type_)


def closing_occasion(word: Token) -> bool:
    """ "…, he said, in an interview with the Times.": a phrase of where or through what words were said that
    runs to the end of the sentence belongs to the saying, not to what was said."""
    place = next((g for g in word.children if g.dep_ == "pobj"), None)
    if word.dep_ != "prep" or place is None or not is_occasion(place):
        return False
    return all(t.is_punct for t in word.doc[word.right_edge.i + 1 : word.sent.end])


def _channel_of_saying(prep: Token) -> bool:
    """ "in a statement", "in his remarks", "in an interview": the channel the words came through."""
    return prep.lower_ == "in" and any(g.dep_ == "pobj" and is_channel(g) for g in prep.children)


def is_channel(noun: Token) -> bool:
    """A noun that names how words came out: "statement", "remarks", "interview", "speech", "tweet"."""
    lemma = noun.lemma_.lower()
    return lemma in NOUN_CUES or lemma in _CHANNELS or is_cue_lemma(lemma)


def with_examples(tokens: list[Token]) -> list[Token]:
    """A content runs on over the ", including …" phrase right after it, wherever the parser hung the phrase:
    "condemned the rules, including a levy on farms" names examples of what was condemned."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = max(t.i for t in tokens)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "including":
        return tokens
    phrase = doc[end + 2]
    if phrase.dep_ != "prep" or phrase.left_edge.i != phrase.i:
        return tokens
    return [*tokens, *phrase.subtree]


def _noun_joined_to_verb(child: Token, end: int) -> bool:
    """A noun the parser coordinated with the cue verb, right after the object ("… and a threat")."""
    between = child.doc[end : child.left_edge.i]  # from the object's last word: "as reckless and" may hold the "and"
    return (
        child.dep_ in {"conj", "dobj"}
        and child.pos_ in {"NOUN", "PROPN"}
        and 1 <= len(between) <= 3
        and between[-1].pos_ == "CCONJ"
        and all(t.pos_ == "CCONJ" or t.text == "," for t in between[1:])
    )


def _recipient(child: Token, end: int) -> bool:
    """A "to …" phrase right after the object, without quoted words (those are compared, not given)."""
    return (
        child.dep_ in {"prep", "dative"}
        and child.lower_ == "to"
        and child.i == end + 1
        and not any(t.text in QUOTE_CHARS for t in child.subtree)
    )


def has_subject(clause: Token) -> bool:
    """A clause with its own subject ("after hackers attacked …") tells an event, not a time phrase."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def time_of_saying(clause: Token) -> bool:
    """A "when …"/"after …" clause on the cue after its object dates the saying: "described her as a reformer
    when she ran for office". Not "when it comes to …", which narrows the object."""
    return (
        clause.dep_ == "advcl"
        and clause.left_edge.lower_ in _WHEN
        and not (clause.lemma_ == "come" and any(c.lower_ == "it" for c in clause.children))
    )


def opens_with_that(clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def for_clause(head: Token) -> list[Token]:
    """ "called for Trump to drop out", "pushed for the law to be repealed", "calls for Sanders to quit": what is
    called for is a whole clause with its own subject, which the parser reads as an adverbial clause marked by
    "for"; the clause without "for" is the content. `head` is the cue verb or noun; [] when there is none."""
    for clause in head.rights:
        if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if mark is None or mark.i != clause.left_edge.i:
            continue
        if any(t.pos_ != "ADV" for t in head.doc[head.i + 1 : mark.i]):
            continue  # "called the meeting for members to vote": a purpose, not what was called for
        return [t for t in clause_tokens(clause) if t.i != mark.i]
    return []
