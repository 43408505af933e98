"""A content said in a pro-form ("said as much", "said the same of …", "doesn't think so"), on sentences
written for the test. Each row: a sentence, the statement's words and its speaker's mention (or None when
the sentence must hold no statement)."""

from __future__ import annotations

import pytest

from .conftest import Extract, check_said

PROFORMS = [
    pytest.param("The party's chairman said as much in an interview on Friday.", "as much", "chairman", id="as-much"),
    pytest.param("Her own adviser indicated as much in an email.", "as much", "adviser", id="indicated-as-much"),
    pytest.param(
        "Half of the voters trust the mayor, while 70 percent said the same of the governor.",
        "the same of the governor",
        "percent",
        id="same-of",
    ),
    pytest.param("Several senators have said the same thing.", "the same thing", "senators", id="same-thing"),
    pytest.param("He doesn't think so.", "so", "He", id="think-so"),
    pytest.param("They felt the same way about the plan.", None, None, id="same-way"),
    pytest.param("He admitted the tax was high, but he does not defend it.", "it", "he", id="defend-it"),
    pytest.param("She spent a week discussing it with her lawyer.", None, None, id="handling-it"),
    pytest.param("The senator defended it.", "it", "senator", id="defended-a-bare-pronoun"),
    pytest.param("She thinks so much about the past.", None, None, id="so-much"),
    pytest.param("The mayor endorsed her on Tuesday.", "her", "mayor", id="endorsed-her"),
    pytest.param("Most of the delegates still oppose him.", "him", "delegates", id="oppose-him"),
    pytest.param("The two unions backed them in the primary.", "them", "unions", id="backed-them"),
    pytest.param("The coach praised him after the game.", None, None, id="praise-of-a-person-is-no-side"),
    pytest.param("Last month, 26 percent of the voters said the same.", "the same", "percent", id="same-as-subject"),
    pytest.param(
        "Few trust the mayor, and only 30 percent say the same about the governor.",
        "the same about the governor",
        "percent",
        id="same-about",
    ),
    pytest.param("Asked whether the deal was fair, the committee said yes.", "yes", "committee", id="said-yes"),
    pytest.param("The two leaders have said no to everything.", "no to everything", "leaders", id="said-no-to"),
    pytest.param("He said no decision had been made.", "no decision had been made", "He", id="no-as-determiner"),
    pytest.param("Would the senator vote for the bill? Smith said he would.", "he would", "Smith", id="elided-would"),
    pytest.param("Labor officials said it would not.", "it would not", "officials", id="elided-would-not"),
    pytest.param("Some strategists think it will.", "it will", "strategists", id="elided-think"),
    pytest.param("He said it was over.", "it was over", "He", id="not-elided"),
    pytest.param("They sang yes and danced.", None, None, id="yes-without-a-verb-of-saying"),
]


@pytest.mark.parametrize(("sentence", "content", "mention"), PROFORMS)
def test_a_proform_is_the_whole_content(
    extract: Extract, sentence: str, content: str | None, mention: str | None
) -> None:
    check_said(extract(sentence).statements, content, mention)
