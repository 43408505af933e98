"""The phrase that opens a sentence before a cue set off by commas ("If the talks fail, the minister warned, prices
will rise") belongs to the content; a phrase that frames the saying, a quotation or a "that"-clause does not
change. Sentences written for the test, run through the whole extractor."""

from __future__ import annotations

import pytest

from .conftest import Case, Extract, check_case

FRONTED = [
    pytest.param(
        Case(
            "If the talks fail, the minister warned, fuel prices will rise sharply.",
            "If the talks fail, the minister warned, fuel prices will rise sharply",
            cue="warned",
            mention="the minister",
            fragments=("If the talks fail", "fuel prices will rise sharply"),
        ),
        id="condition",
    ),
    pytest.param(
        Case(
            "After the court upheld the new law, the lawyer said, most counties stopped their challenges.",
            "After the court upheld the new law, the lawyer said, most counties stopped their challenges",
            cue="said",
            fragments=("After the court upheld the new law", "most counties stopped their challenges"),
        ),
        id="time-clause",
    ),
    pytest.param(
        Case(
            "Though the first merger went smoothly, the banker said, the second one would be much harder.",
            "Though the first merger went smoothly, the banker said, the second one would be much harder",
            cue="said",
            fragments=("Though the first merger went smoothly", "the second one would be much harder"),
        ),
        id="concession",
    ),
    pytest.param(
        Case(
            "At times last year, people close to the governor said, the budget seemed out of reach.",
            "At times last year, people close to the governor said, the budget seemed out of reach",
            cue="said",
            fragments=("At times last year", "the budget seemed out of reach"),
        ),
        id="time-phrase",
    ),
]

UNCHANGED = [
    pytest.param(
        Case(
            "Asked about the budget, the mayor said, the city would not pay for the stadium.",
            "the city would not pay for the stadium",
            cue="said",
        ),
        id="participle-frames-the-saying",
    ),
    pytest.param(
        Case(
            "After the governor criticized him, the mayor warned, the city would sue the state.",
            "the city would sue the state",
            cue="warned",
        ),
        id="another-saying-prompted-it",
    ),
    pytest.param(
        Case(
            "If the talks fail, the minister warned, “fuel prices will rise sharply.”",
            "“fuel prices will rise sharply.”",
            cue="warned",
        ),
        id="quotation",
    ),
    pytest.param(
        Case(
            "If the talks fail, the minister warned that fuel prices will rise sharply.",
            "that fuel prices will rise sharply",
            cue="warned",
        ),
        id="that-clause",
    ),
    pytest.param(
        Case(
            "Yesterday, Smith said, the council voted to close the library.",
            "the council voted to close the library",
            cue="said",
        ),
        id="bare-time",
    ),
    pytest.param(
        Case("On Tuesday, Smith said, the bridge will stay shut.", "the bridge will stay shut", cue="said"),
        id="time-phrase",
    ),
]


@pytest.mark.parametrize("case", FRONTED)
def test_the_opening_phrase_before_an_inserted_cue_is_content(extract: Extract, case: Case) -> None:
    check_case(extract, case)


@pytest.mark.parametrize("case", UNCHANGED)
def test_a_framing_phrase_a_quotation_or_a_that_clause_stays_out(extract: Extract, case: Case) -> None:
    check_case(extract, case)
