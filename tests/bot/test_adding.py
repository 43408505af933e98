"""Articles users hand the bot, end to end: the real Library and Answerer, the real bot, the emulator, and a
loopback web server this module starts. Link → card → questions → other chats don't see it; documents;
forwarded posts; pasted text; groups; quotas; /forget; errors in plain words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsbot import readers
from newsbot.bot.app import stop_polling
from newsbot.bot.emulator import BotApiEmulator, SentMessage
from newsbot.bot.emulator.validate import parse_html
from newsbot.bot.service import LibraryService, load_service
from newsbot.config import Settings, load_settings
from tests.support.http_server import LoopbackServer, Page, http_server

from .conftest import Running, start_bot

__all__ = ["http_server"]  # the fixture used here
pytestmark = pytest.mark.slow

BOT = "newsbot_local_bot"
COMMITTED_INDEX = Path(__file__).resolve().parents[2] / "index"


def story(topic: str, speaker: str, quote: str) -> str:
    """A short article with one quoted speaker; each test uses its own words so no two share a text."""
    return (
        f"---\ntitle: {topic}\npublished: 2024-06-14\n---\n"
        f"The {topic.lower()} was announced on Thursday after a week of talks, officials said.\n\n"
        f'"{quote}," said {speaker}, who led the talks.\n\n'
        f"Residents said they welcomed the news about the {topic.lower()}.\n"
    )


HARBOUR = story("Harbour reopening", "Maria Lopez", "We are proud of the crews who worked through the night")


def _text(text: str, delay_s: float | None = None) -> Page:
    """An article served as a plain-text page; `delay_s` holds the answer back (to fill the reading queue)."""
    return Page(text.encode("utf-8"), content_type="text/plain; charset=utf-8", delay_s=delay_s)


@pytest.fixture
def real_settings(tmp_path: Path) -> Settings:
    """Each test its own copy of the index and bot state (the model is loaded once per process anyway)."""
    base = tmp_path
    if not (COMMITTED_INDEX / "manifest.json").is_file():
        pytest.skip("no committed index to start from")
    shutil.copytree(COMMITTED_INDEX, base / "index")
    return load_settings(
        NEWSBOT_INDEX_DIR=str(base / "index"),
        NEWSBOT_PERSISTENCE_FILE=str(base / "state.pickle"),
        NEWSBOT_RATE_LIMIT_PER_MINUTE=1000,
        NEWSBOT_ALLOW_PRIVATE_URLS=True,
        NEWSBOT_MAX_ARTICLES_PER_CHAT=2,
        NEWSBOT_READ_WORKERS=1,
        TELEGRAM_BOT_TOKEN=None,
    )


@pytest.fixture
def real_service(real_settings: Settings) -> LibraryService:
    return load_service(real_settings)


def _reading(message: SentMessage) -> bool:
    return message.text.endswith("…") and not message.buttons


async def _settled(real: Running, chat: dict[str, Any], after: int, timeout: float = 120) -> list[SentMessage]:
    """The bot's messages after `after`, once no status message is still "Fetching…", "Reading…" or in line."""

    def new() -> list[SentMessage]:
        return [m for m in real.state.bot_messages(chat["id"]) if m.message_id > after]

    def done() -> bool:
        return bool(new()) and not any(_reading(m) for m in new())

    assert await real.state.wait_until(done, timeout), [m.text for m in new()]
    return await real.state.replies_after(chat["id"], after, timeout=1)


def _valid(messages: list[SentMessage]) -> None:
    for message in messages:
        assert message.html is not None
        assert parse_html(message.html).text == message.text


async def _send_link(real: Running, chat: dict[str, Any], user: dict[str, Any], text: str) -> SentMessage:
    sent = real.state.send_text(chat, user, text)
    (card,) = await _settled(real, chat, sent.message_id)
    _valid([card])
    return card


async def test_link_becomes_the_chats_article_and_stays_in_that_chat(
    real: Running, http_server: LoopbackServer
) -> None:
    link = http_server.serve("/harbour.txt", _text(HARBOUR))
    state = real.state
    ada, bob = state.create_user("Ada"), state.create_user("Bob")
    chat, other = state.private_chat(ada), state.private_chat(bob)

    sent = state.send_text(chat, ada, link)

    def shown() -> bool:  # the card, from the moment its records exist (buttons come once it is stored)
        return any("paragraphs" in m.text for m in state.bot_messages(chat["id"]) if m.message_id > sent.message_id)

    assert await state.wait_until(shown, 120)
    early = await real.say(chat, ada, "Who is Maria Lopez?", timeout=60)  # waits for the article, then answers
    assert "We are proud of the crews who worked through the night" in early[0].text
    card = (await _settled(real, chat, sent.message_id))[0]  # then the answer
    assert card.edits[:2] == ["Fetching…", "Reading…"], card.text  # one status message, edited in place
    assert any(edit.endswith("Getting it ready for your questions…") for edit in card.edits)
    assert "Harbour reopening" in card.text
    assert "\nPublished 14 June 2024" in card.text
    assert "From a link" in card.text
    assert "3 paragraphs" in card.text
    assert "Quoted: Maria Lopez (1)\n" in card.text  # people by name, not "officials"
    assert [b["text"] for row in card.buttons for b in row] == ["Who is quoted", "Timeline", "All quotes"]
    assert http_server.url("") not in card.text
    assert "/tmp" not in card.text

    who = await real.say(chat, ada, "Who is Maria Lopez?", timeout=60)
    _valid(who)
    assert "Maria Lopez" in who[0].text
    assert "We are proud of the crews who worked through the night" in who[0].text

    state.press_button(chat, ada, card.message_id, card.callback_data[2])  # All quotes
    quotes = await state.replies_after(chat["id"], card.message_id + 2, timeout=60)
    _valid(quotes)
    assert "We are proud of the crews" in quotes[-1].text

    listed = await real.say(chat, ada, "/articles")
    assert "2. Harbour reopening (2024-06-14) ← this chat" in listed[0].text

    # Another chat neither lists it nor gets answers from it.
    theirs = await real.say(other, bob, "/articles")
    assert "Harbour" not in theirs[0].text
    assert "Send /use N with N from 1 to 1" in (await real.say(other, bob, "/use 2"))[0].text
    answer = await real.say(other, bob, "Who is Maria Lopez?", timeout=60)
    assert "We are proud" not in answer[0].text
    assert state.rejected_calls() == []


async def test_the_same_link_from_two_chats_is_read_once(
    real: Running, http_server: LoopbackServer, real_service: LibraryService
) -> None:
    link = http_server.serve(
        "/bridge.txt", _text(story("Bridge repairs", "Ines Alvarez", "The bridge will carry traffic again by spring"))
    )
    state = real.state
    first, second = state.create_user("Cy"), state.create_user("Di")
    before = len(real_service.articles())
    await _send_link(real, state.private_chat(first), first, link)
    card = await _send_link(real, state.private_chat(second), second, f"see this {link}")
    assert "Ines Alvarez (1)" in card.text
    assert len(real_service.articles()) == before + 1


async def test_a_document_is_downloaded_and_read(real: Running) -> None:
    state = real.state
    user = state.create_user("Eve")
    chat = state.private_chat(user)
    text = story("Library funding", "Priya Nair", "Every child deserves a library within walking distance")
    sent = state.send_document(chat, user, text.encode("utf-8"), "funding.md", mime_type="text/markdown")
    (card,) = await _settled(real, chat, sent.message_id)
    assert "Library funding" in card.text
    assert "From the file “funding.md”" in card.text
    answer = await real.say(chat, user, "/quotes Priya Nair", timeout=60)
    assert "Every child deserves a library within walking distance" in answer[0].text
    assert [c.method for c in state.calls if c.method == "getFile"] == ["getFile"]


async def test_unreadable_files_and_links_get_one_plain_sentence(real: Running, http_server: LoopbackServer) -> None:
    state = real.state
    user = state.create_user("Fay")
    chat = state.private_chat(user)
    sent = state.send_document(chat, user, b"\x00\x01binary", "scan.xyz")
    (reply,) = await _settled(real, chat, sent.message_id)
    assert "xyz" in reply.text
    assert "Traceback" not in reply.text
    assert "/" not in reply.text.replace("/who", "")
    missing = await _send_link(real, chat, user, http_server.url("/nowhere.txt"))
    assert "404" in missing.text
    assert not missing.buttons
    big = state.send_document(chat, user, b"x" * (20 * 1024 * 1024 + 1), "huge.txt")
    (too_big,) = await _settled(real, chat, big.message_id)
    assert too_big.text == "That file is 21.0 MB; I can read files of up to 20.0 MB."
    assert [c.method for c in state.calls].count("getFile") == 1  # scan.xyz only: huge.txt is refused unread


@pytest.mark.skipif(".pdf" not in readers.SUFFIXES, reason="the PDF reader is not in this build yet")
async def test_a_pdf_document(real: Running) -> None:
    state = real.state
    user = state.create_user("Gus")
    chat = state.private_chat(user)
    pdf = _pdf(["Council approves budget", '"We balanced the books without cuts," said Rosa Diaz, the treasurer.'])
    sent = state.send_document(chat, user, pdf, "budget.pdf", mime_type="application/pdf")
    (card,) = await _settled(real, chat, sent.message_id)
    assert "Rosa Diaz (1)" in card.text
    answer = await real.say(chat, user, "/quotes", timeout=60)
    assert "We balanced the books without cuts" in answer[0].text


async def test_a_forwarded_post_is_dated_by_its_origin(real: Running, real_service: LibraryService) -> None:
    state = real.state
    user = state.create_user("Hal")
    chat = state.private_chat(user)
    posted = int(dt.datetime(2025, 5, 11, 9, 30, tzinfo=dt.UTC).timestamp())
    text = (
        "Ferry strike ends after two days.\n\n"
        '"We have an agreement that protects every crew," said union leader Ana Costa on Saturday.'
    )
    sent = state.forward_channel_post(
        chat, user, text, channel_title="Harbour News", channel_username="harbournews", date=posted, post_id=7
    )
    (card,) = await _settled(real, chat, sent.message_id)
    assert "Published 11 May 2025 (when the post was published)" in card.text
    assert "From a post forwarded from Harbour News" in card.text
    assert "Ana Costa (1)" in card.text
    article_id = next(a.id for a in real_service.chat_articles(chat["id"]) if a.title and "Ferry" in a.title)
    meta = real_service.article(article_id).records.meta
    assert (meta.published, meta.published_from, meta.source) == ("2025-05-11", "forwarded post", "Harbour News")
    when = await real.say(chat, user, "/when", timeout=60)
    assert "10 May 2025" in when[0].text  # "on Saturday" before a Sunday post


async def test_pasted_text_becomes_an_article_but_a_long_question_does_not(real: Running) -> None:
    state = real.state
    user = state.create_user("Ivy")
    chat = state.private_chat(user)
    pasted = (
        "Rail line to reopen next month\n\n"
        "The coastal rail line will reopen next month after a landslide closed it in January, the operator "
        "said on Tuesday. Engineers have rebuilt the embankment and tested the track over several weekends. "
        '"Passengers will see faster journeys than before the closure," said Omar Haddad, the operator\'s '
        "chief engineer. Local businesses, which lost trade during the closure, welcomed the news. "
        "The regional council said it would review the safety of other embankments along the coast. "
        "Trains will run every half hour at first, and more often from the summer timetable onwards, it added."
    )
    sent = state.send_text(chat, user, pasted)
    (card,) = await _settled(real, chat, sent.message_id)
    assert "Rail line to reopen next month" in card.text
    assert "From a text you pasted" in card.text
    assert "Omar Haddad (1)" in card.text
    question = "Who said something? " * 40 + "Who said that?"
    answer = await real.say(chat, user, question, timeout=60)
    assert not answer[0].buttons or "Who is quoted" not in str(answer[0].buttons)
    assert "From a text you pasted" not in answer[0].text


async def test_in_a_group_a_reply_asks_about_the_link_and_a_bare_link_gets_no_reply(
    real: Running, http_server: LoopbackServer
) -> None:
    url = http_server.serve(
        "/school.txt", _text(story("School opening", "Lena Park", "The new school will open its doors in September"))
    )
    state = real.state
    poster, asker = state.create_user("Jo"), state.create_user("Kim")
    group = state.group_chat("Newsroom")
    link = state.send_text(group, poster, url)
    assert await real.quiet(group, link.message_id, seconds=1.5) == []

    ask = state.send_text(group, asker, "/who", reply_to=link.message_id)
    replies = await _settled(real, group, ask.message_id)
    _valid(replies)
    card, who = replies[0], replies[-1]
    assert "School opening" in card.text
    assert card.message["reply_to_message"]["message_id"] == ask.message_id
    assert "Lena Park" in who.text

    unaddressed = state.send_document(group, poster, b"A file nobody asked about.", "note.txt")
    assert await real.quiet(group, unaddressed.message_id, seconds=1.0) == []
    text = story("Pool renovation", "Rui Sato", "The pool will reopen with a new roof")
    handed = state.send_document(group, poster, text.encode(), "pool.txt", caption=f"@{BOT} read this")
    (pool_card,) = await _settled(real, group, handed.message_id)
    assert "Rui Sato (1)" in pool_card.text

    again = state.send_text(group, poster, f"@{BOT} what did Lena Park say?", reply_to=link.message_id)
    (answer,) = await real.state.replies_after(group["id"], again.message_id, timeout=60)  # read once: no new card
    assert "The new school will open its doors in September" in answer.text


async def test_quota_drops_the_oldest_and_forget_removes_one(real: Running) -> None:
    state = real.state
    user = state.create_user("Lou")
    chat = state.private_chat(user)
    for n, (topic, speaker) in enumerate([("Park cleanup", "Ann Ito"), ("Museum hours", "Ben Ola"),
                                           ("Market move", "Cal Poe")]):  # fmt: skip
        text = story(topic, speaker, f"This is statement number {n} about the {topic.lower()}")
        sent = state.send_document(chat, user, text.encode("utf-8"), f"{topic}.txt")
        (card,) = await _settled(real, chat, sent.message_id)
    assert "I dropped the oldest, “Park cleanup”" in card.text
    listed = (await real.say(chat, user, "/articles"))[0].text
    assert "Park cleanup" not in listed
    assert "2. Museum hours" in listed
    assert "3. Market move" in listed

    assert "shared with everyone" in (await real.say(chat, user, "/forget 1"))[0].text
    assert (await real.say(chat, user, "/forget 3"))[0].text == "Forgotten: Market move."
    listed = (await real.say(chat, user, "/articles"))[0].text
    assert "Market move" not in listed


async def test_additions_per_hour_and_the_reading_queue(
    emulator: BotApiEmulator, real_settings: Settings, real_service: LibraryService, http_server: LoopbackServer
) -> None:
    for name in ("queue-a", "queue-b", "queue-c"):
        text = story(f"Story {name}", "Max Roe", f"Line for {name}")
        http_server.serve(f"/{name}.txt", _text(text, delay_s=2.0 if name == "queue-a" else None))
    settings = real_settings.model_copy(update={"additions_per_hour": 1})
    app = await start_bot(emulator, settings, real_service)
    try:
        real = Running(emulator=emulator, app=app)
        state = real.state
        slow_user, quick_user = state.create_user("Mo"), state.create_user("Ned")
        slow_chat, quick_chat = state.private_chat(slow_user), state.private_chat(quick_user)
        slow = state.send_text(slow_chat, slow_user, http_server.url("/queue-a.txt"))
        assert await state.wait_until(lambda: bool(state.bot_messages(slow_chat["id"])), 30)
        quick = state.send_text(quick_chat, quick_user, http_server.url("/queue-b.txt"))
        (queued,) = await _settled(real, quick_chat, quick.message_id)
        assert "In line to be read (1 ahead of you)…" in queued.edits
        await _settled(real, slow_chat, slow.message_id)

        refused = await real.say(quick_chat, quick_user, http_server.url("/queue-c.txt"))
        assert re.search(r"You have added 1 articles in the last hour.*try again in about \d+ min", refused[0].text)
    finally:
        await stop_polling(app)


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with `lines` as text (enough for a PDF reader; written by hand, no library needed)."""
    body = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") ' " for line in lines
    ) + "ET"  # fmt: skip
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


async def test_terminal_chat_sends_a_path_as_a_document_and_a_link_as_a_link(
    real: Running, http_server: LoopbackServer, tmp_path: Path
) -> None:
    import io

    from newsbot.bot.chat import TerminalChat

    dam = http_server.serve(
        "/dam.txt", _text(story("Dam inspection", "Ola Berg", "The dam is safe for another decade"))
    )
    local = tmp_path / "orchard.txt"
    local.write_text(story("Orchard harvest", "Pia Lund", "The apples came early this year"), encoding="utf-8")
    out = io.StringIO()
    chat = TerminalChat(real.emulator, out=out, color=False, reply_timeout=120)
    lines = f"{dam}\n/send {local}\n{tmp_path / 'missing.txt'}\n/send {tmp_path / 'missing.txt'}\n/quit\n"
    await chat.run(io.StringIO(lines))
    screen = out.getvalue()
    assert "bot> Dam inspection" in screen
    assert "Quoted: Ola Berg (1)" in screen
    assert "(sent orchard.txt, " in screen
    assert "bot> Orchard harvest" in screen
    assert "From the file “orchard.txt”" in screen
    assert "buttons: [1] Who is quoted  [2] Timeline  [3] All quotes" in screen
    assert screen.count("(cannot send ") == 2
    assert real.state.rejected_calls() == []


async def test_a_damaged_index_is_a_plain_sentence_for_the_user(real: Running, real_settings: Settings) -> None:
    from newsbot.bot.service import ARTICLE_UNAVAILABLE

    for sidecar in (real_settings.index_dir / "articles").glob("*.json"):
        sidecar.write_text("{ truncated", encoding="utf-8")
    # As another process would leave it: a new manifest, so the running bot reloads rather than answering from
    # the copy its warm-up already holds in memory.
    manifest_path = real_settings.index_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["articles"].values():
        entry["sha256"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    state = real.state
    user = state.create_user("Oz")
    chat = state.private_chat(user)
    (reply,) = await real.say(chat, user, "/who", timeout=60)
    assert reply.text == ARTICLE_UNAVAILABLE
    assert "rebuild" not in reply.text


@pytest.mark.skipif(".html" not in readers.SUFFIXES, reason="the HTML reader is not in this build yet")
async def test_an_html_document(real: Running) -> None:
    state = real.state
    user = state.create_user("Pam")
    chat = state.private_chat(user)
    page = (
        "<html><head><title>Tunnel opens</title>"
        '<meta property="article:published_time" content="2025-03-02T08:00:00Z"></head><body><article>'
        "<h1>Tunnel opens</h1><p>The tunnel under the river opened on Sunday after six years of work.</p>"
        "<p>“It will change how this city moves,” said Vera Holm, the transport minister.</p>"
        "<p>Commuters queued before dawn to be among the first to drive through it.</p></article></body></html>"
    )
    sent = state.send_document(chat, user, page.encode("utf-8"), "tunnel.html", mime_type="text/html")
    (card,) = await _settled(real, chat, sent.message_id)
    assert "Tunnel opens" in card.text
    assert "Published 2 March 2025" in card.text
    assert "Vera Holm (1)" in card.text
