"""`newsbot chat` and `newsbot serve` as a user runs them: real processes, a pseudo-terminal, the emulator.

The serve tests run the real command against the Bot API emulator in this test process (polling, then a
webhook with its secret from the environment), with the token in the environment and INFO logging on, and
check the token never reaches stderr; a rejected token and an unreachable Bot API end in one line.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pexpect
import pytest

from newsbot.bot.emulator import BotApiEmulator

BIN = Path(sys.executable).with_name("newsbot")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _env(base: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(
        NEWSBOT_INDEX_DIR=str(base / "index"),
        NEWSBOT_PERSISTENCE_FILE=str(base / "state" / "bot.pickle"),
        HF_HUB_OFFLINE="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with an index (the committed one when present, so the model runs only once)."""
    directory = tmp_path_factory.mktemp("bot-cli")
    committed = Path(__file__).resolve().parents[2] / "index"
    if (committed / "manifest.json").is_file():
        shutil.copytree(committed, directory / "index")
    return directory


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env, timeout=120, check=False)


def test_serve_without_a_token_says_what_to_do(base: Path) -> None:
    result = _run("serve", env=_env(base))
    assert result.returncode == 1
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "newsbot chat" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--webhook-url", "https://bot.example.org/hook"], "NEWSBOT_WEBHOOK_SECRET in .env or pass --secret-token"),
        (["--webhook-url", "https://bot.example.org/hook", "--secret-token", "no spaces!"], "A-Z"),
        (["--secret-token", "abc"], "--webhook-url"),
        (["--webhook-url", "bot.example.org", "--secret-token", "abc"], "https://"),
        (["--webhook-url", "http://bot.example.org/hook", "--secret-token", "abc"], "must be an https:// URL"),
    ],
)
def test_serve_checks_webhook_options(base: Path, args: list[str], message: str) -> None:
    result = _run("serve", *args, env=_env(base, TELEGRAM_BOT_TOKEN="123456:not-a-real-token"))
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "not-a-real-token" not in result.stderr


def test_serve_with_a_malformed_token_says_so_offline(base: Path) -> None:
    result = _run("serve", env=_env(base, TELEGRAM_BOT_TOKEN="123456:AAH pasted with a space"))
    assert result.returncode == 1
    assert result.stderr.startswith("newsbot: error: TELEGRAM_BOT_TOKEN is not a bot token")
    assert result.stderr.count("\n") == 1
    assert "pasted with a space" not in result.stderr


async def _serve_until_exit(env: dict[str, str], *args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        str(BIN), "serve", *args, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 120)
    return int(process.returncode or 0), stderr.decode()


async def test_serve_with_a_rejected_token_says_so_in_one_line(base: Path) -> None:
    token = "123456:AAHrejectedByTelegram0123456789"
    async with BotApiEmulator() as emulator:  # answers 401 to any other token, as Telegram does
        env = _env(base, TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=emulator.base_url)
        status, stderr = await _serve_until_exit(env)
    assert status == 1
    assert stderr.startswith("newsbot: error: the Bot API at 127.0.0.1:")
    assert "rejected TELEGRAM_BOT_TOKEN" in stderr
    assert stderr.count("\n") == 1, stderr
    assert "AAHrejectedByTelegram" not in stderr


async def test_serve_without_a_network_says_so_in_one_line(base: Path) -> None:
    port = _free_port()  # nothing listens there
    token = "123456:AAHunreachableToken0123456789"
    env = _env(base, TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot")
    status, stderr = await _serve_until_exit(env, "--drop-pending-updates")
    assert status == 1
    assert stderr.startswith(f"newsbot: error: could not reach the Bot API at 127.0.0.1:{port}")
    assert stderr.count("\n") == 1, stderr
    assert "AAHunreachableToken" not in stderr


@pytest.mark.slow
async def test_serve_on_a_busy_port_says_so_in_one_line(base: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        async with BotApiEmulator() as emulator:
            env = _env(
                base,
                TELEGRAM_BOT_TOKEN=emulator.token,
                TELEGRAM_API_BASE_URL=emulator.base_url,
                NEWSBOT_WEBHOOK_SECRET="s3cret",
            )
            url = f"http://127.0.0.1:{port}/telegram"
            args = ["--webhook-url", url, "--port", str(port), "--listen", "127.0.0.1"]
            status, stderr = await _serve_until_exit(env, *args)
    assert status == 1
    assert f"newsbot: error: could not listen on 127.0.0.1:{port} (Address already in use)" in stderr
    assert "Traceback" not in stderr
    assert [line for line in stderr.splitlines() if not line.startswith("INFO ")] == [stderr.splitlines()[-1]]
    assert emulator.token.split(":", 1)[1] not in stderr


@pytest.mark.parametrize(
    ("listen", "error"),
    [
        pytest.param("192.0.2.1", "could not listen on 192.0.2.1:{port} (", id="an-address-the-machine-lacks"),
        pytest.param("foo..bar", "--listen 'foo..bar' is no host name or address", id="no-host-name"),
    ],
)
async def test_serve_on_an_address_this_machine_lacks_says_so_in_one_line(base: Path, listen: str, error: str) -> None:
    async with BotApiEmulator() as emulator:
        env = _env(base, TELEGRAM_BOT_TOKEN=emulator.token, TELEGRAM_API_BASE_URL=emulator.base_url)
        port = _free_port()
        url = f"http://127.0.0.1:{port}/telegram"
        args = ["--webhook-url", url, "--secret-token", "s3cret", "--port", str(port), "--listen", listen]
        status, stderr = await _serve_until_exit(env, *args)
    assert status == 1
    assert stderr.splitlines()[-1].startswith("newsbot: error: " + error.format(port=port))
    assert "Traceback" not in stderr
    assert emulator.token.split(":", 1)[1] not in stderr


@pytest.fixture
def chat_process(base: Path) -> Iterator[pexpect.spawn]:
    child = pexpect.spawn(
        str(BIN),
        ["chat"],
        env=_env(base, NO_COLOR="1", TERM="xterm"),
        encoding="utf-8",
        timeout=240,
        dimensions=(50, 200),
    )
    try:
        yield child
    finally:
        if child.isalive():
            child.terminate(force=True)


@pytest.mark.slow
def test_newsbot_chat_in_a_terminal(chat_process: pexpect.spawn) -> None:
    child = chat_process
    child.expect("No TELEGRAM_BOT_TOKEN set: chatting with the bot through a local Telegram emulator")
    child.expect("you> ")
    child.sendline("Who defended Vikram Misri?")
    child.expect(r"buttons: \[1\] ¶3")
    answer = ANSI.sub("", child.before)
    assert "bot> Asaduddin Owaisi" in answer
    assert "│ Mr Vikram Misri is a decent and an Honest Hard working Diplomat" in answer
    child.expect("you> ")
    child.sendline("1")
    child.expect("you> ")
    paragraph = ANSI.sub("", child.before)
    assert "(Paragraph 3)" in paragraph
    assert "In a post on the social media platform X, Owaisi called Misri" in paragraph
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _serve_and_ask(emulator: BotApiEmulator, args: list[str], env: dict[str, str]) -> tuple[str, str]:
    """Run `newsbot serve ARGS`, ask one question once it is up, stop it with Ctrl-C; (reply, stderr)."""
    log_file = Path(env["NEWSBOT_PERSISTENCE_FILE"]).parent.parent / f"serve-{os.getpid()}-{id(emulator)}.log"
    with log_file.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            str(BIN), "serve", *args, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=sink
        )
    state = emulator.state
    try:

        def receiving() -> bool:  # long polling, or the webhook set (after any pending updates were dropped)
            commands = any(c.method == "setMyCommands" and c.ok for c in state.calls)
            return commands and (state.polls_started > 0 or state.webhook is not None)

        up = await state.wait_until(lambda: process.returncode is not None or receiving(), 240)
        assert up, f"the bot never started: {log_file.read_text()[-2000:]}"
        assert process.returncode is None, f"the bot stopped: {log_file.read_text()[-2000:]}"
        user = state.create_user("Ada")
        chat = state.private_chat(user)
        question = state.send_text(chat, user, "/who Owaisi")
        replies = await state.replies_after(chat["id"], question.message_id, timeout=120)
        assert replies, "no reply"
        return replies[0].text, ""
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(process.wait(), 60)
        except TimeoutError:
            process.kill()
            await process.wait()
        emulator.captured_stderr = log_file.read_text(encoding="utf-8", errors="replace")  # type: ignore[attr-defined]


@pytest.mark.slow
async def test_serve_polling_against_the_emulator(base: Path) -> None:
    async with BotApiEmulator() as emulator:
        env = _env(base, TELEGRAM_BOT_TOKEN=emulator.token, TELEGRAM_API_BASE_URL=emulator.base_url)
        reply, _ = await _serve_and_ask(emulator, [], env)
        stderr = emulator.captured_stderr  # type: ignore[attr-defined]
    assert "Asaduddin Owaisi" in reply
    assert "INFO" in stderr, "INFO logging was on"
    assert emulator.token not in stderr
    assert emulator.token.split(":", 1)[1] not in stderr
    assert any(c.method == "getUpdates" for c in emulator.state.calls)


@pytest.mark.slow
async def test_serve_webhook_checks_the_secret(base: Path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    async with BotApiEmulator() as emulator:
        env = _env(
            base,
            TELEGRAM_BOT_TOKEN=emulator.token,
            TELEGRAM_API_BASE_URL=emulator.base_url,
            NEWSBOT_WEBHOOK_SECRET="s3cret-Token_1",
        )
        args = ["--webhook-url", url, "--port", str(port), "--listen", "127.0.0.1", "--drop-pending-updates"]
        early = emulator.state.create_user("Early")
        early_chat = emulator.state.private_chat(early)
        emulator.state.send_text(early_chat, early, "sent while the bot was down")

        async def forged() -> int:
            """POST an update with the wrong secret, once the webhook server listens."""
            async with httpx.AsyncClient() as client:
                for _ in range(80):
                    try:
                        response = await client.post(
                            url, json={"update_id": 1}, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
                        )
                    except httpx.ConnectError:
                        await asyncio.sleep(0.25)
                        continue
                    return response.status_code
            return 0

        state = emulator.state
        task = asyncio.create_task(_serve_and_ask(emulator, args, env))
        assert await state.wait_until(lambda: state.webhook is not None, 240)
        assert state.webhook == {"url": url, "secret_token": "s3cret-Token_1", "max_connections": 40}
        assert await forged() == 403
        reply, _ = await task
        stderr = emulator.captured_stderr  # type: ignore[attr-defined]
    assert "Asaduddin Owaisi" in reply
    assert not any(c.method == "getUpdates" for c in emulator.state.calls)
    assert emulator.state.bot_messages(early_chat["id"]) == [], "--drop-pending-updates dropped it"
    assert emulator.token not in stderr
    assert "s3cret-Token_1" not in stderr
