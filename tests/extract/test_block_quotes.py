"""A paragraph set below "X said:" without quotation marks is X's words; sentences written for the test."""

from __future__ import annotations

import pytest

from .conftest import Extract

BLOCKS = [
    pytest.param(
        "The governor spoke on Tuesday. The governor added:\n\nIt's typical of the mayor. She knows nothing, but "
        "she blames the police first.\n\nThe mayor has not answered.",
        "It's typical of the mayor. She knows nothing, but she blames the police first",
        "The governor",
        id="added-colon-next-paragraph",
    ),
    pytest.param(
        "In a column last week, Hewitt writes:\n\nThe film names neither the president nor his aide, and no "
        "argument is made about them.\n",
        "The film names neither the president nor his aide, and no argument is made about them",
        "Hewitt",
        id="writes-colon",
    ),
    pytest.param(
        "In a speech last spring, the senator said:\n\nLet nobody be fooled – this budget is a tax on farmers.\n"
        "It cannot be amended or ignored, for it will empty the villages.\nI say this because I grew up there.\n\n"
        "The budget passed anyway.",
        "Let nobody be fooled – this budget is a tax on farmers.\nIt cannot be amended or ignored, for it will "
        "empty the villages.\nI say this because I grew up there",
        "the senator",
        id="a-block-set-line-by-line",
    ),
    pytest.param(
        "The union wrote:\n\nThe mill must stay open until the contract ends.\n\nThe owners said nothing more about "
        "the mill.",
        "The mill must stay open until the contract ends",
        "The union",
        id="a-blank-line-closes-the-block",
    ),
    pytest.param(
        "The union wrote:\n\nThe mill must stay open until the contract ends.\n<tweet>Save the mill.<tweet/>\n",
        "The mill must stay open until the contract ends",
        "The union",
        id="an-embedded-post-on-the-next-line-is-not-the-block",
    ),
    pytest.param("She wrote:\n\n- lower taxes\n", None, None, id="a-list-item-is-no-block"),
    pytest.param("Turnout rose. He said:\n\nSchools\n", None, None, id="a-heading-is-no-block"),
    pytest.param(
        "The plan, he said: a failure.\n\nVoters agreed with him on the plan.", None, None, id="words-on-the-line"
    ),
]


@pytest.mark.parametrize(("text", "quote", "mention"), BLOCKS)
def test_a_block_after_a_colon_is_the_speakers(
    extract: Extract, text: str, quote: str | None, mention: str | None
) -> None:
    statements = extract(text).statements
    if quote is None:
        colon = text.index(":")
        assert all(s.quote.start < colon for s in statements), [s.quote.text for s in statements]
        return
    found = [s for s in statements if s.quote.text == quote]
    assert found, [s.quote.text for s in statements]
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == mention
