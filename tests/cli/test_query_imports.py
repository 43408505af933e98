"""While the index is fresh, answering never imports torch, transformers, sentence-transformers or spaCy.

Each command runs as a real process (`ask`, `search`, `serve` on the Bot API emulator, `chat` in a
pseudo-terminal) through a wrapper that writes the heavy modules loaded, at exit, to a file.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from newsbot.bot.emulator import BotApiEmulator
from tests.conftest import session_cache_dir

HEAVY = ("torch", "transformers", "sentence_transformers", "spacy")
BIN = Path(sys.executable).with_name("newsbot")
PROBE = """
import atexit, json, sys
def _report():
    loaded = sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[2].split(',')))
    with open(sys.argv[1], 'w') as out:
        json.dump(loaded, out)
atexit.register(_report)
from newsbot.cli import main
main(sys.argv[3:])
"""


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a user whose index is fresh: `newsbot warm-up` has run once."""
    base = tmp_path_factory.mktemp("no-torch")
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(
        NEWSBOT_INDEX_DIR=str(base / "index"),
        NEWSBOT_PERSISTENCE_FILE=str(base / "state" / "bot.pickle"),
        NEWSBOT_CACHE_DIR=str(session_cache_dir(tmp_path_factory)),
        PYTHONUNBUFFERED="1",
    )
    warm = subprocess.run([str(BIN), "warm-up"], env=env, capture_output=True, text=True, timeout=600, check=False)
    assert warm.returncode == 0, warm.stderr
    return env


def _probe(tmp_path: Path) -> tuple[list[str], Path]:
    report = tmp_path / "modules.json"
    return [sys.executable, "-c", PROBE, str(report), ",".join(HEAVY)], report


def _loaded(report: Path) -> list[str]:
    assert report.is_file(), "the process did not exit normally"
    loaded = json.loads(report.read_text())
    assert isinstance(loaded, list)
    return loaded


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["ask", "Who defended Vikram Misri?"], "Asaduddin Owaisi"),
        (["ask", "--json", "/when"], '"kind"'),
        (["search", "Misri decent diplomat", "--k", "2"], "owaisi"),
    ],
)
def test_questions_from_the_command_line(fresh: dict[str, str], tmp_path: Path, args: list[str], expected: str) -> None:
    command, report = _probe(tmp_path)
    result = subprocess.run([*command, *args], env=fresh, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert _loaded(report) == []


def test_indexing_parses_but_embeds_without_sentence_transformers(fresh: dict[str, str], tmp_path: Path) -> None:
    """Indexing loads spaCy (the probe sees it; spaCy's thinc imports torch when installed) and embeds with
    ONNX Runtime, not sentence-transformers."""
    command, report = _probe(tmp_path)
    shutil.copytree(fresh["NEWSBOT_INDEX_DIR"], tmp_path / "index")
    env = dict(fresh, NEWSBOT_INDEX_DIR=str(tmp_path / "index"))
    article = Path(__file__).resolve().parents[1] / "data" / "indiana-governor-endorses-cruz.txt"
    result = subprocess.run(
        [*command, "index", "add", str(article)], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded = _loaded(report)
    assert "spacy" in loaded
    assert "sentence_transformers" not in loaded
    assert "transformers" not in loaded


async def test_serve_answers_without_torch(fresh: dict[str, str], tmp_path: Path) -> None:
    command, report = _probe(tmp_path)
    async with BotApiEmulator() as emulator:
        env = dict(fresh, TELEGRAM_BOT_TOKEN=emulator.token, TELEGRAM_API_BASE_URL=emulator.base_url)
        process = await asyncio.create_subprocess_exec(
            *command, "serve", env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
        )
        state = emulator.state
        try:
            up = await state.wait_until(
                lambda: (
                    process.returncode is not None or any(c.method == "setMyCommands" and c.ok for c in state.calls)
                ),
                240,
            )
            assert up, "the bot never started"
            assert process.returncode is None, "the bot stopped"
            user = state.create_user("Ada")
            chat = state.private_chat(user)
            question = state.send_text(chat, user, "Who defended Vikram Misri?")
            replies = await state.replies_after(chat["id"], question.message_id, timeout=120)
            assert replies, "no reply"
            assert "Asaduddin Owaisi" in replies[0].text
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 60)
            except TimeoutError:
                process.kill()
                await process.wait()
    assert _loaded(report) == []


def test_chat_answers_without_torch(fresh: dict[str, str], tmp_path: Path) -> None:
    command, report = _probe(tmp_path)
    child = pexpect.spawn(
        command[0],
        [*command[1:], "chat"],
        env=dict(fresh, NO_COLOR="1", TERM="xterm"),
        encoding="utf-8",
        timeout=240,
        dimensions=(50, 200),
    )
    try:
        child.expect("you> ")
        child.sendline("Who defended Vikram Misri?")
        child.expect("Asaduddin Owaisi")
        child.expect("you> ")
        child.sendline("/quit")
        child.expect(pexpect.EOF)
    finally:
        if child.isalive():
            child.terminate(force=True)
    child.close()
    assert child.exitstatus == 0
    assert _loaded(report) == []
