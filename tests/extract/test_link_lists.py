"""A newsletter's reading list: other papers' headlines, bylines and first lines are nobody's statements.

Each row is a line written for the test, set in a short article and read by the real pipeline.
"""

from __future__ import annotations

import pytest

from newsbot.extract.link_lists import find_link_items

from .conftest import Extract

HEADLINE = "Arts and business roundup\n\n"

LINK_ITEMS = [
    pytest.param(
        'FAREWELL—"The Corner Club to close at the end of June," by Times\' Anna Reyes: "The Corner Club, a '
        'small stage that gave many bands their start, will close, its owner said." http://example.com/a1.',
        id="rubric-title-byline-excerpt-link",
    ),
    pytest.param(
        '—"Old letters could fetch a fortune at auction," by Boston Globe\'s Peter J. Lane: http://example.com/b2.',
        id="dash-title-byline-link",
    ),
    pytest.param(
        '—"Singer refuses to cut her hair for the role," by the New York Post\'s Mary Stone http://example.com/c3.',
        id="byline-then-link-without-colon",
    ),
    pytest.param(
        '"Museum accused of hiding its oldest painting?" by Post\'s Kate Bell: "A visitor is suing the museum, '
        'claiming it keeps the work in a basement."',
        id="question-title-and-an-excerpt-with-a-cue",
    ),
]


@pytest.mark.parametrize("line", LINK_ITEMS)
def test_a_reading_list_line_holds_no_statement(extract: Extract, line: str) -> None:
    text = HEADLINE + line + "\n"
    assert extract(text).statements == []
    start = len(HEADLINE)
    assert find_link_items(text, [(start, start + len(line))]) == [(start, start + len(line))]


STATEMENTS = [
    pytest.param('"We will win this race," Smith said on Monday.', id="quotation-then-cue"),
    pytest.param('"We will win," by all accounts, was what Smith told the crowd.', id="by-without-a-byline"),
    pytest.param('"It is over," Smith said, by way of a farewell to the paper\'s readers.', id="by-after-the-cue"),
]


@pytest.mark.parametrize("line", STATEMENTS)
def test_a_quotation_followed_by_by_is_still_a_statement(extract: Extract, line: str) -> None:
    text = HEADLINE + line + "\n"
    assert [s.kind for s in extract(text).statements] == ["direct"]
    start = len(HEADLINE)
    assert find_link_items(text, [(start, start + len(line))]) == []
