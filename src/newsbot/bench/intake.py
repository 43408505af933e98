"""Link to card: how long a reader waits between sending a link and seeing the article's card.

The real bot (PTB `Application`, the real Library and answerer) runs in this process against the emulator;
the link points at a loopback web server, so fetching costs next to nothing and the figure is reading,
extracting, embedding and storing. The card is shown as soon as the article's records exist; its buttons come
once the passages are embedded and stored (questions sent meanwhile wait), and both times are measured.
A warm-up link goes first (spaCy loads in the reading thread); then each
size is sent `rounds` times, each time a different article, so nothing is served from the content-hash
dedupe. Targets: p50 ≤ 2 s for a 6 KB article, and at most 1 s more for 50 KB more.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .figures import Figure
from .pages import serve_pages

if TYPE_CHECKING:
    from ..bot.emulator import SentMessage

__all__ = ["LinkToCard", "link_to_card_figures", "measure_link_to_card", "news_article"]

SMALL_BYTES = 6_000
LARGE_BYTES = 56_000
PDF_PAGES = 100
CARD_TIMEOUT = 300.0
_PARAGRAPHS = (
    '"We will rebuild the {thing} before the winter storms arrive, whatever it costs," said {name}, the '
    "harbour master, on Thursday.",
    "The port authority said repairs to berth {n} would start on Monday and take about {weeks} weeks, while "
    "ferries use the northern quay.",
    "Fishermen, who lost a week of catches during the closure, welcomed the news but asked for compensation. "
    '"A week without boats is a week without wages," said {other}, who chairs the local cooperative.',
    "The council's finance committee is expected to approve {money} million for the work when it meets on "
    "{day}, a spokeswoman said.",
)
_NAMES = ("Maria Lopez", "Tom Reed", "Ana Costa", "Omar Haddad", "Lena Park", "Ines Alvarez")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Friday")


def news_article(label: str, size: int) -> str:
    """A plain-text news article of about `size` bytes with quotes, speakers and dates, unique to `label`."""
    paragraphs: list[str] = []
    n = 0
    while sum(len(p) + 2 for p in paragraphs) < size:
        template = _PARAGRAPHS[n % len(_PARAGRAPHS)]
        paragraphs.append(template.format(
            thing=f"quay wall section {label}-{n}", name=_NAMES[n % len(_NAMES)], n=n + 1, weeks=3 + n % 5,
            other=_NAMES[(n + 3) % len(_NAMES)], money=2 + n % 9, day=_DAYS[n % len(_DAYS)],
        ))  # fmt: skip
        n += 1
    return f"---\ntitle: Harbour repairs {label}\npublished: 2024-06-14\n---\n" + "\n\n".join(paragraphs) + "\n"


@dataclass
class LinkToCard:
    """Seconds from sending a link to its card, per article size."""

    small: list[float] = field(default_factory=list)
    large: list[float] = field(default_factory=list)
    small_ready: list[float] = field(default_factory=list)  # until the card's buttons: stored, embeddings done
    large_ready: list[float] = field(default_factory=list)
    pdf: float | None = None  # a 100-page PDF sent as a document (full runs only)


def measure_link_to_card(index_dir: Path, scratch: Path, *, rounds: int, pdf: bool = True) -> LinkToCard:
    """Send links (and, with `pdf`, a 100-page PDF document) to a running bot and time each card (the index in
    `index_dir` is changed: use a copy)."""
    return asyncio.run(_measure(index_dir, scratch, rounds, pdf))


def hundred_page_pdf() -> bytes:
    """A 100-page PDF news report: the generated article's paragraphs laid out as wrapped lines."""
    from .documents import LINE_WIDTH, LINES_PER_PAGE, make_pdf, paginate, wrap

    text = news_article("pdf", PDF_PAGES * LINES_PER_PAGE * LINE_WIDTH)
    paragraphs = text.split("---\n", 2)[2].split("\n\n")
    return make_pdf(paginate(wrap(paragraphs))[:PDF_PAGES], title="Harbour repairs: the full report")


async def _measure(index_dir: Path, scratch: Path, rounds: int, pdf: bool) -> LinkToCard:
    from ..bot.app import build_application, start_polling, stop_polling
    from ..bot.emulator import BotApiEmulator
    from ..bot.service import load_service
    from ..config import load_settings

    settings = load_settings(
        NEWSBOT_INDEX_DIR=str(index_dir),
        NEWSBOT_PERSISTENCE_FILE=str(scratch / "intake-state.pickle"),
        NEWSBOT_ALLOW_PRIVATE_URLS=True,  # the loopback web server below
        NEWSBOT_ADDITIONS_PER_HOUR=10_000,
        NEWSBOT_MAX_ARTICLES_PER_CHAT=1_000,
        NEWSBOT_RATE_LIMIT_PER_MINUTE=1_000,
        TELEGRAM_BOT_TOKEN=None,
    )
    service = await asyncio.to_thread(load_service, settings)
    await asyncio.to_thread(service.warm_up)
    result = LinkToCard()
    with serve_pages() as web:
        async with BotApiEmulator() as emulator:
            app = build_application(settings, service, token=emulator.token, base_url=emulator.base_url)
            await start_polling(app, poll_timeout=2)
            try:
                state = emulator.state
                user = state.create_user("Bench")
                chat = state.private_chat(user)

                async def card_time(name: str, size: int, document: bytes | None = None) -> tuple[float, float]:
                    """Seconds to the card (shown once the records exist) and to its buttons (stored)."""
                    started = time.perf_counter()
                    if document is None:
                        sent = state.send_text(chat, user, web.add(f"/{name}", news_article(name, size)))
                    else:
                        sent = state.send_document(chat, user, document, name)

                    def status() -> list[SentMessage]:
                        return [m for m in state.bot_messages(chat["id"]) if m.message_id > sent.message_id]

                    if not await state.wait_until(lambda: any("paragraph" in m.text for m in status()), CARD_TIMEOUT):
                        raise RuntimeError(f"no card for {name} within {CARD_TIMEOUT:.0f} s")
                    shown = time.perf_counter() - started
                    if not await state.wait_until(lambda: any(m.buttons for m in status()), CARD_TIMEOUT):
                        raise RuntimeError(f"the card for {name} got no buttons within {CARD_TIMEOUT:.0f} s")
                    return shown, time.perf_counter() - started

                await card_time("warm-up.txt", SMALL_BYTES)
                for n in range(rounds):
                    shown, ready = await card_time(f"small-{n}.txt", SMALL_BYTES)
                    result.small.append(shown)
                    result.small_ready.append(ready)
                    shown, ready = await card_time(f"large-{n}.txt", LARGE_BYTES)
                    result.large.append(shown)
                    result.large_ready.append(ready)
                if pdf:
                    result.pdf, _ = await card_time("report.pdf", 0, hundred_page_pdf())
            finally:
                await stop_polling(app)
    return result


def link_to_card_figures(measured: LinkToCard) -> list[Figure]:
    small, large = _p50(measured.small), _p50(measured.large)
    small_ready, large_ready = _p50(measured.small_ready), _p50(measured.large_ready)
    figures = [
        Figure("link_to_card_6kb_p50", "link to card, 6 KB article, p50 (loopback fetch)", "s", small, None,
               "value<=", 2.0, note=f"{len(measured.small)} links; answers ready at p50 {small_ready:.2f} s"),
        Figure("link_to_card_per_50kb", "link to card, extra time for 50 KB more (p50 56 KB − p50 6 KB)", "s",
               large - small, None, "value<=", 1.0,
               note=f"56 KB card p50 {large:.2f} s, answers ready at p50 {large_ready:.2f} s"),
    ]  # fmt: skip
    if measured.pdf is not None:
        figures.append(Figure("document_to_card_pdf_100_pages", "document to card, a 100-page PDF", "s",
                              measured.pdf, None, "value<=", 30.0))  # fmt: skip
    return figures


def _p50(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
