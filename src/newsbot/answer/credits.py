"""Who reported the article: the agencies, outlets and reporters it credits itself.

"Which agency reported this?", "Who wrote this article?", "Where is this story from?" are about the article,
not about anyone in it, so they are answered from `ArticleRecords.sources` (found by `extract/credits.py`),
each credit cited as written. When the text credits nobody, the page's own metadata (author, site) is said
as such, never put in quotation marks; with neither, the reply says the article doesn't say.
"""

from __future__ import annotations

from ..records import Credit
from .compose import Reply
from .view import ArticleView

__all__ = ["credits_reply"]

_KIND = {"agency": "a news agency", "outlet": "a news outlet", "byline": "reporter"}


def credits_reply(view: ArticleView, question: str) -> Reply:
    """The article's credits, each cited; else what the page says of itself; else that it doesn't say."""
    credits = view.article.records.sources
    meta = view.article.meta
    if credits:
        reply = Reply(view, question, "credits")
        names = _names(credits)
        reply.say(f"The article credits {_join(names)}:\n")
        for number, credit in enumerate(credits):
            reply.say(("\n" if number else "") + f"{credit.name} ({_KIND[credit.kind]}): ")
            reply.quote(credit)
        return reply
    given = [f"its author as {meta.author}" if meta.author else "", f"its site as {meta.site}" if meta.site else ""]
    given = [g for g in given if g]
    if given:
        reply = Reply(view, question, "credits")
        return reply.say(
            f"The article's text credits no agency or reporter; the page it came from gives {' and '.join(given)}."
        )
    reply = Reply(view, question, "credits", answered=False)
    return reply.say(
        "The article doesn't say which agency or reporter it comes from: it has no byline, dateline credit or "
        '"with … inputs" line.'
    )


def _names(credits: list[Credit]) -> list[str]:
    names: list[str] = []
    for credit in credits:
        if credit.name not in names:
            names.append(credit.name)
    return names


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
