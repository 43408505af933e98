"""End to end on the real answerer: the bundled article, the real Library and Answerer, the real bot.

Every quote the bot shows must be the article's own words, and every reply valid for Telegram.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path
from newsbot.bot.emulator import SentMessage
from newsbot.bot.emulator.validate import parse_html
from newsbot.bot.service import LibraryService, load_service
from newsbot.config import Settings, load_settings

from .conftest import Running

pytestmark = pytest.mark.slow

BOT = "newsbot_local_bot"
ARTICLE = bundled_article_path().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    base = tmp_path_factory.mktemp("real-bot")
    committed = Path(__file__).resolve().parents[2] / "index"
    if (committed / "manifest.json").is_file():
        shutil.copytree(committed, base / "index")
    return load_settings(
        NEWSBOT_INDEX_DIR=str(base / "index"),
        NEWSBOT_PERSISTENCE_FILE=str(base / "state.pickle"),
        NEWSBOT_RATE_LIMIT_PER_MINUTE=1000,
        TELEGRAM_BOT_TOKEN=None,
    )


@pytest.fixture(scope="module")
def real_service(real_settings: Settings) -> LibraryService:
    return load_service(real_settings)


def _quotes(message: SentMessage) -> list[str]:
    """The article text the message shows as quotes: blockquotes (minus the ¶ line) and inline “quotes”."""
    found = []
    for entity in message.entities:
        if entity["type"] in ("blockquote", "expandable_blockquote"):
            raw = message.text.encode("utf-16-le")[2 * entity["offset"] : 2 * (entity["offset"] + entity["length"])]
            found.append(re.sub(r"\n— ¶\d+$", "", raw.decode("utf-16-le")))
    found += re.findall(r"“([^”]+)” \(¶\d+\)", message.text)
    return found


def _check(messages: list[SentMessage]) -> None:
    assert messages, "the bot replied"
    for message in messages:
        assert message.html is not None
        assert parse_html(message.html).text == message.text
        for quote in _quotes(message):
            assert quote in ARTICLE, f"not verbatim: {quote!r}"


async def test_real_conversation(real: Running) -> None:
    state = real.state
    user = state.create_user("Ada")
    chat = state.private_chat(user)

    start = await real.say(chat, user, "/start", timeout=120)
    _check(start)
    assert "who said what, and when" in start[0].text

    answer = await real.say(chat, user, "Who defended Vikram Misri?", timeout=120)
    _check(answer)
    assert "Asaduddin Owaisi" in answer[0].text
    assert "Mr Vikram Misri is a decent and an Honest Hard working Diplomat" in answer[0].text
    assert "src:owaisi-defends-misri:3" in answer[-1].callback_data

    last = answer[-1]
    state.press_button(chat, user, last.message_id, "src:owaisi-defends-misri:3")
    paragraph = await state.replies_after(chat["id"], last.message_id, timeout=60)
    _check(paragraph)
    assert "In a post on the social media platform X, Owaisi called Misri" in paragraph[0].text

    who = await real.say(chat, user, "/who", timeout=60)
    _check(who)
    for name in ("Asaduddin Owaisi", "Vikram Misri", "Sophia Qureshi", "Vyomika Singh"):
        assert name in who[0].text

    when = await real.say(chat, user, "/when ceasefire", timeout=60)
    _check(when)
    assert "ceasefire agreement" in when[0].text

    quotes = await real.say(chat, user, "/quotes Misri", timeout=60)
    _check(quotes)
    assert "The attack in Pahalgam was marked with extreme barbarity" in quotes[0].text

    source = await real.say(chat, user, "/source 9", timeout=60)
    _check(source)
    assert 'Misri in the May 7 briefing said, "The attack in Pahalgam' in source[0].text
    assert not source[0].buttons

    articles = await real.say(chat, user, "/articles", timeout=60)
    assert "1. owaisi-defends-misri" in articles[0].text or "1. " in articles[0].text
    assert (await real.say(chat, user, "/use 1"))[0].text.startswith("This chat now asks about")

    tricky = await real.say(chat, user, "<b>Tom & Jerry</b> 😀 said what?", timeout=60)
    _check(tricky)
    assert "doesn't say" in tricky[0].text

    unknown = await real.say(chat, user, "/frobnicate")
    assert unknown[0].text.startswith("I don't know /frobnicate")

    group = state.group_chat("Desk")
    in_group = await real.say(group, user, f"/who@{BOT} Owaisi", timeout=60)
    _check(in_group)
    assert "Asaduddin Owaisi" in in_group[0].text
    mention = await real.say(group, user, f"@{BOT} when did Owaisi post about Misri?", timeout=60)
    _check(mention)
    assert "11 May 2025" in mention[0].text

    assert state.rejected_calls() == []
