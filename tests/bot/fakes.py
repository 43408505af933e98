"""A tiny, real `AnswerService` for tests that are about the bot, not about answering.

It reads the bundled article and answers by keyword with verbatim paragraphs, so replies have quotes,
citations and buttons without loading any model. Not shipped: production uses `LibraryService`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from newsbot.answer.model import Answer, AnswerPart, Citation
from newsbot.articles import bundled_article_path, read_article


@dataclass(frozen=True)
class FakeArticle:
    id: str
    title: str | None
    published: str | None


class FakeService:
    """Answers from the bundled article (plus a second, synthetic article with a very long id)."""

    LONG_ID = "a-very-long-article-identifier-that-would-not-fit-in-callback-data-at-all"

    def __init__(self, *, delay: float = 0.0) -> None:
        self.article = read_article(bundled_article_path())
        self.delay = delay
        self.calls: list[tuple[str, str | None]] = []
        self.threads: set[str] = set()
        self._lock = threading.Lock()

    def last(self) -> tuple[str, str | None]:
        """The most recent (question, article_id) asked."""
        return self.calls[-1]

    def articles(self) -> list[FakeArticle]:
        return [
            FakeArticle(self.article.id, "Owaisi defends Misri", "2025-05-11"),
            FakeArticle(self.LONG_ID, "A <second> & longer story", None),
        ]

    def default_article_id(self) -> str:
        return self.article.id

    def ask(self, question: str, *, article_id: str | None = None) -> Answer:
        with self._lock:
            self.calls.append((question, article_id))
            self.threads.add(threading.current_thread().name)
        if self.delay:
            time.sleep(self.delay)
        article_id = article_id or self.article.id
        paragraphs = self.article.paragraphs
        if question.startswith("/source"):
            number = int(question.split()[1])
            para = self.article.paragraph(number)
            if para is None:
                return Answer(question=question, kind="source", answered=False, text=f"There is no paragraph {number}.")
            cite = Citation(quote=para.text, start=para.start, end=para.end, paragraph=number, article_id=article_id)
            return Answer(
                question=question,
                kind="source",
                answered=True,
                text=f"¶{number}: {para.text}",
                parts=[
                    AnswerPart(kind="text", text=f"Paragraph {number}:\n"),
                    AnswerPart(kind="quote", text=para.text, citation=cite),
                ],
                citations=[cite],
                article_id=article_id,
            )
        if question.startswith("/quotes"):
            parts: list[AnswerPart] = [AnswerPart(kind="text", text="Every paragraph, for the long-reply test:\n")]
            cites = []
            for para in paragraphs * 3:
                cite = Citation(
                    quote=para.text, start=para.start, end=para.end, paragraph=para.number, article_id=article_id
                )
                parts.append(AnswerPart(kind="quote", text=para.text, citation=cite))
                parts.append(AnswerPart(kind="text", text="\n"))
                cites.append(cite)
            return Answer(
                question=question,
                kind="quotes",
                answered=True,
                text="…",
                parts=parts,
                citations=cites,
                article_id=article_id,
            )
        para = paragraphs[2]
        quote = para.text[para.text.index("“") if "“" in para.text else 0 :][:120].strip() or para.text[:120]
        start = self.article.text.index(quote)
        cite = Citation(quote=quote, start=start, end=start + len(quote), paragraph=para.number, article_id=article_id)
        lead = f"Asaduddin Owaisi said (you asked: {question}):\n"
        return Answer(
            question=question,
            kind="who",
            answered=True,
            text=lead + f"“{quote}” (¶{para.number})",
            parts=[AnswerPart(kind="text", text=lead), AnswerPart(kind="quote", text=quote, citation=cite)],
            speaker="Asaduddin Owaisi",
            citations=[cite],
            article_id=article_id,
        )
