"""What an answer is, independent of where it is shown.

The answer layer returns these; `newsbot.bot` renders them as Telegram HTML and the CLI as plain text or
JSON. Quotes are `Citation`s, always verbatim slices of the article with their offsets.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Answer", "AnswerPart", "Citation", "QuestionKind"]

QuestionKind = Literal["who", "when", "what", "cast", "timeline", "quotes", "source", "credits", "help", "empty"]


class Citation(BaseModel):
    """A verbatim quote: `article_text[start:end] == quote`, in paragraph `paragraph` of `article_id`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    paragraph: int = Field(ge=1)
    article_id: str


class AnswerPart(BaseModel):
    """One piece of a reply: our own words (`text`), or a verbatim quote (`quote`, with its citation).

    `shortened` marks a quote cut short of its end; renderers show "…" after it, outside the article's words.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["text", "quote"]
    text: str
    citation: Citation | None = None
    shortened: bool = False


class Answer(BaseModel):
    """A reply to one question, with the structured parts the renderers need.

    `text` is the plain-text reply exactly as a user of the CLI sees it; `parts` is the same content for
    renderers that format (the bot). `speaker` is a canonical name when the answer is a person, `date` an
    ISO value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) when it is a date.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str
    kind: QuestionKind
    answered: bool
    text: str
    parts: list[AnswerPart] = Field(default_factory=list)
    speaker: str | None = None
    date: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    article_id: str | None = None

    def contract(self) -> dict[str, object]:
        """The stable JSON shape of `newsbot ask --json`."""
        return {
            "question": self.question,
            "kind": self.kind,
            "answered": self.answered,
            "text": self.text,
            "speaker": self.speaker,
            "date": self.date,
            "citations": [{"quote": c.quote, "start": c.start, "end": c.end} for c in self.citations],
        }
