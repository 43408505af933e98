"""Persons: titles become roles, surnames and honorifics merge into one person."""

from __future__ import annotations

import pytest

from newsbot.extract.persons import person_noun
from newsbot.nlp import load_nlp
from newsbot.records import Person

from .conftest import Extract


def person(people: list[Person], name: str) -> Person:
    hits = [p for p in people if p.name == name]
    assert hits, [p.name for p in people]
    return hits[0]


def test_titles_and_surnames_merge(extract: Extract) -> None:
    text = (
        "Foreign Minister Ann Smith arrived on Monday. Smith met reporters.\n\n"
        "Later Minister Smith said the talks had failed. Ms Ann Smith then left."
    )
    records = extract(text)
    smith = person(records.persons, "Ann Smith")
    assert "Foreign Minister" in smith.roles
    assert {"Smith", "Minister Smith", "Ms Ann Smith"} <= set(smith.aliases)
    assert len([p for p in records.persons if "Smith" in p.name]) == 1
    assert all(text[m.start : m.end] == m.text for m in smith.mentions)
    assert len(smith.mentions) == 4


def test_appositive_role_and_introduction(extract: Extract) -> None:
    text = "The party's leader, Tom Reed, criticised the budget. Reed said it would hurt families."
    records = extract(text)
    reed = person(records.persons, "Tom Reed")
    assert "party's leader" in reed.roles
    assert reed.introduction is not None
    assert reed.introduction.text.startswith("party's leader, Tom Reed")


def test_acronym_role_gets_a_short_form(extract: Extract) -> None:
    text = "The National Farmers Union (NFU) President, Ann Smith, said prices would rise."
    records = extract(text)
    smith = person(records.persons, "Ann Smith")
    assert "NFU President" in smith.roles


def test_names_only_inside_quotes_are_not_persons(extract: Extract) -> None:
    text = '"We love Watan Aziz," Ann Smith said.'
    records = extract(text)
    assert [p.name for p in records.persons] == ["Ann Smith"]


def test_a_team_named_after_a_person_does_not_take_her_surname(extract: Extract) -> None:
    text = (
        "Senator Ann Smith spoke in Ohio on Monday. Team Smith said the rally was a success.\n\n"
        "Later Smith said she would return in June."
    )
    records = extract(text)
    smith = person(records.persons, "Ann Smith")
    assert "Smith" in smith.aliases
    team = [p for p in records.persons if p.name == "Team Smith"]
    assert all("Smith" not in p.aliases for p in team)


def test_a_full_name_the_model_calls_an_organisation_joins_the_surname_that_speaks() -> None:
    """Order of mentions must not matter: the mislabelled full name comes first, the speaking surname later."""
    from spacy.tokens import Span

    from newsbot.extract.persons import build_persons
    from newsbot.nlp import load_nlp

    nlp = load_nlp()
    first = "The mayor toured the plant with former software executive Dana Fiorelli on Monday."
    second = "Fiorelli told reporters the plant would stay open."
    docs = [nlp(first), nlp(second)]
    name = next(t.i for t in docs[0] if t.text == "Dana")
    docs[0].ents = [Span(docs[0], name, name + 2, label="ORG")]  # the model's mistake, made certain
    docs[1].ents = [Span(docs[1], 0, 1, label="ORG")]
    text = first + "\n\n" + second
    index = build_persons(text, docs, [0, len(first) + 2], [], {(1, 0)})
    assert "Dana Fiorelli" in index.records_names()
    assert index.person_at(1, 0) == "Dana Fiorelli"


NAMES = [
    pytest.param(
        "Anne Hart-Davis, a historian, said the archive was lost.\n\nHart-Davis added that copies existed.",
        "Anne Hart-Davis",
        {"Hart-Davis"},
        id="hyphenated-surname",
    ),
    pytest.param(
        "Dr. Maria Chen said the vaccine works.\n\nChen added that trials would go on.",
        "Maria Chen",
        {"Dr. Maria Chen", "Chen"},
        id="doctor",
    ),
    pytest.param(
        "Prof. Alan Brooks said the data were wrong.\n\nBrooks added that he would publish.",
        "Alan Brooks",
        {"Prof. Alan Brooks", "Brooks"},
        id="professor",
    ),
    pytest.param(
        "Lt. Gen. Mark Ross said the troops would leave.\n\nRoss added that the base would close.",
        "Mark Ross",
        {"Ross"},
        id="military-titles",
    ),
    pytest.param(
        "European Commission President Ursula von der Leyen said the deal was fair.\n\n"
        "Von der Leyen added that talks would go on.",
        "Ursula von der Leyen",
        {"Von der Leyen"},
        id="particles-von-der",
    ),
    pytest.param(
        "Syrian President Bashar al-Assad said the war was over.\n\nAssad added that elections would follow.",
        "Bashar al-Assad",
        {"Assad"},
        id="particle-al-with-hyphen",
    ),
    pytest.param(
        "Martin Luther King Jr. said the march would go on.\n\nKing added that it would be peaceful.",
        "Martin Luther King",
        {"King"},
        id="generational-suffix",
    ),
]


@pytest.mark.parametrize(("text", "name", "aliases"), NAMES)
def test_a_name_and_its_short_forms_are_one_person(extract: Extract, text: str, name: str, aliases: set[str]) -> None:
    records = extract(text)
    found = person(records.persons, name)
    assert aliases <= set(found.aliases) | {found.name}, found.aliases
    short = name.split()[-1].split("-")[-1]
    assert [p.name for p in records.persons if short in p.name] == [name]
    assert all(s.speaker == name for s in records.statements)


def test_titles_become_roles(extract: Extract) -> None:
    records = extract("Lt. Gen. Mark Ross said the troops would leave. Judge Ellen Park said the case would resume.")
    assert any("Gen" in role for role in person(records.persons, "Mark Ross").roles)
    assert "Judge" in person(records.persons, "Ellen Park").roles


def test_a_mononym_that_speaks_is_a_person(extract: Extract) -> None:
    records = extract("Shakira said the concert would go ahead.")
    assert records.statements[0].speaker == "Shakira"


def test_a_first_name_introduced_as_someone_new_is_not_the_famous_namesake(extract: Extract) -> None:
    text = (
        "Bill Clinton spoke in Ohio on Monday.\n\n"
        "Bill, a retired teacher who came to the rally, said the speech was too long."
    )
    records = extract(text)
    said = next(s for s in records.statements if "too long" in s.quote.text)
    assert said.speaker != "Bill Clinton"


def test_a_first_name_alone_joins_the_one_person_with_that_name(extract: Extract) -> None:
    text = "Hillary Clinton spoke in Ohio on Monday.\n\nHillary said the economy was the main issue."
    records = extract(text)
    assert records.statements[0].speaker == "Hillary Clinton"


def _persons_with_labels(paragraphs: list[str], labels: list[list[tuple[str, str]]], **kwargs: object) -> list[Person]:
    """`build_persons` on parsed paragraphs whose entity labels are set by the test: (words, label) pairs make
    the model's mistakes certain."""
    from spacy.tokens import Span

    from newsbot.extract.persons import build_persons
    from newsbot.nlp import load_nlp

    nlp = load_nlp()
    docs = [nlp(p) for p in paragraphs]
    for doc, wanted in zip(docs, labels, strict=True):
        ents = []
        for words, label in wanted:
            start = doc.text.index(words)
            span = doc.char_span(start, start + len(words), label=label)
            assert span is not None
            ents.append(span)
        doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in ents]
    offsets = [0]
    for p in paragraphs[:-1]:
        offsets.append(offsets[-1] + len(p) + 2)
    text = "\n\n".join(paragraphs)
    return build_persons(text, docs, offsets, [], set(), **kwargs).records()  # type: ignore[arg-type]


def test_a_place_or_a_thing_the_model_calls_a_person_is_not_one() -> None:
    people = _persons_with_labels(
        ["Flights left Heathrow Airport on time while Ann Smith waited.", "Heathrow Airport reopened later."],
        [[("Heathrow Airport", "PERSON"), ("Ann Smith", "PERSON")], [("Heathrow Airport", "FAC")]],
    )
    assert [p.name for p in people] == ["Ann Smith"]


def test_a_name_mostly_labelled_otherwise_is_not_a_person() -> None:
    people = _persons_with_labels(
        ["Sales of the Zenbook rose while Ann Smith watched.", "The Zenbook sold out.", "Zenbook is cheap."],
        [[("Zenbook", "PERSON"), ("Ann Smith", "PERSON")], [("Zenbook", "PRODUCT")], [("Zenbook", "PRODUCT")]],
    )
    assert [p.name for p in people] == ["Ann Smith"]


def test_a_title_cased_headline_names_nobody_new() -> None:
    people = _persons_with_labels(
        ["Senator Slams Wall Street Greed", "Senator Ann Smith spoke on Monday."],
        [[("Wall Street Greed", "PERSON")], [("Ann Smith", "PERSON")]],
        headline=0,
    )
    assert [p.name for p in people] == ["Ann Smith"]


def test_the_introduction_is_the_stories_own_phrase_not_a_caption(extract: Extract) -> None:
    text = (
        "Ann Smith speaks at a rally in Ohio. (AP Photo/John Doe)\n\n"
        "Ann Smith, the mayor of Springfield, said the plant would stay open."
    )
    smith = person(extract(text).persons, "Ann Smith")
    assert smith.introduction is not None
    assert smith.introduction.text.startswith("Ann Smith, the mayor of Springfield")


def test_the_introduction_skips_share_buttons(extract: Extract) -> None:
    text = "Share on Facebook Ann Smith\n\nMayor Ann Smith said the plant would stay open."
    smith = person(extract(text).persons, "Ann Smith")
    assert smith.introduction is not None
    assert smith.introduction.start > text.index("\n\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Acme Corp said profits fell in the spring.", "Acme Corp", id="company"),
        pytest.param("Heathrow Airport said flights would resume on Monday.", "Heathrow Airport", id="airport"),
        pytest.param(
            "The Justice Department said the inquiry was over.", "Justice Department", id="title-like-first-word"
        ),
    ],
)
def test_a_speaking_organisation_is_marked_as_one(extract: Extract, text: str, name: str) -> None:
    records = extract(text)
    assert [(p.name, p.kind) for p in records.persons] == [(name, "organisation")]
    assert records.statements[0].speaker == name


def test_a_hyphen_tagged_as_a_proper_noun_is_no_name_and_breaks_nothing(extract: Extract) -> None:
    # spaCy tags the "-" in "a2-0" NNP; a chain of nothing but that hyphen once crashed person building.
    records = extract(
        '"We will rebuild the quay wall section a2-0 before the winter storms arrive, whatever it costs," said '
        "Maria Lopez, the harbour master, on Thursday."
    )
    assert [s.speaker for s in records.statements] == ["Maria Lopez"]
    assert all(p.name.strip("-") for p in records.persons)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "The mayor of Lindqvist Harbour, Greta Oyelaran, declared a day of mourning.",
            "Greta Oyelaran",
            "mayor of Lindqvist Harbour",
            id="role-of-place-before-name",
        ),
        pytest.param(
            "The chief executive of Brannock Mills, Ivo Marchetti, resigned on Monday.",
            "Ivo Marchetti",
            "chief executive of Brannock Mills",
            id="role-of-company-before-name",
        ),
    ],
)
def test_a_name_set_off_after_a_role_phrase_is_its_holder(extract: Extract, text: str, name: str, role: str) -> None:
    holder = person(extract(text).persons, name)
    assert holder.kind == "person"
    assert role in holder.roles
    assert holder.introduction is not None
    assert holder.introduction.text.endswith(name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Maryam Lilac, an Iranian journalist visiting Oslo, told the Guardian that she saw the fire.",
            "Maryam Lilac",
            "Iranian journalist",
            id="journalist",
        ),
        pytest.param(
            "Christian Marovic, a former mayor of Lyon and currently president of the Regional Council of "
            "Dalmatia-Istria, said the port would reopen.",
            "Christian Marovic",
            "former mayor of Lyon",
            id="coordinated-roles-keep-the-first",
        ),
    ],
)
def test_a_full_name_described_as_a_person_is_one_whatever_its_label(
    extract: Extract, text: str, name: str, role: str
) -> None:
    described = person(extract(text).persons, name)
    assert described.kind == "person"
    assert role in described.roles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ann Smith said the road was closed. Many people took to Twitter, using the hashtag.",
            id="took-to-twitter",
        ),
        pytest.param(
            'Ann Smith, writing on Twitter: "The road is closed." Many people took to Twitter to share it.',
            id="writing-on-twitter",
        ),
    ],
)
def test_a_platform_is_nobody(extract: Extract, text: str) -> None:
    names = {p.name for p in extract(text).persons if p.kind == "person"}
    assert names == {"Ann Smith"}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        pytest.param(
            "Opposition leader Marco Reyes attacked the ministry.\n\nReyes told BFM TV that the driver fired.",
            "Reyes",
            id="told-at-sentence-start",
        ),
        pytest.param(
            "Marco Reyes spoke first.\n\nReyes praised the fishermen, who reached the wreck first, and said they were "
            "heroes.",
            "Reyes",
            id="praised-at-sentence-start",
        ),
    ],
)
def test_a_surname_the_model_tags_as_a_noun_still_names_the_person(extract: Extract, text: str, surname: str) -> None:
    records = extract(text)
    full = next(p for p in records.persons if p.name.endswith(surname))
    assert surname in full.aliases
    assert [s.speaker for s in records.statements][-1] == full.name


@pytest.mark.parametrize(
    ("sentence", "word", "is_person"),
    [
        ("The student spoke first.", "student", True),
        ("The correspondent spoke first.", "correspondent", True),
        ("The opponent spoke first.", "opponent", True),
        ("The organiser spoke first.", "organiser", True),
        ("The incident shocked the town.", "incident", False),
        ("The government spoke first.", "government", False),
        ("The event ended early.", "event", False),
        ("The paper ran the story.", "paper", False),
        ("The sector grew fast.", "sector", False),
        ("The committee met on Monday.", "committee", False),
        ("The settlement held.", "settlement", False),
    ],
)
def test_person_noun_tells_people_from_things_with_agent_endings(sentence: str, word: str, is_person: bool) -> None:
    token = next(t for t in load_nlp()(sentence) if t.lower_ == word)
    assert person_noun(token) is is_person
