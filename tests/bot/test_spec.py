"""The emulator's methods and parameters against the official, machine-readable Bot API spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbot.bot.emulator.methods import METHODS
from newsbot.bot.emulator.state import BotState


@pytest.fixture(scope="module")
def spec(shared_dir: Path) -> dict[str, Any]:
    """`../shared/telegram/bot-api.json`; the test skips where `../shared` is absent."""
    path = shared_dir / "telegram" / "bot-api.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return dict(json.loads(path.read_text(encoding="utf-8"))["methods"])


def test_every_emulated_method_exists_with_the_same_parameters(spec: dict[str, Any]) -> None:
    for name, params in METHODS.items():
        assert name in spec, f"{name} is not a Bot API method"
        official = {f["name"]: f for f in spec[name].get("fields", [])}
        for param in params:
            assert param.name in official, f"{name}.{param.name} is not in the spec"
            field = official[param.name]
            assert param.types == " or ".join(field["types"]), f"{name}.{param.name} type differs"
            assert param.required == field["required"], f"{name}.{param.name} requiredness differs"
        ours = {p.name for p in params}
        missing_required = [n for n, f in official.items() if f["required"] and n not in ours]
        assert not missing_required, f"{name} lacks required {missing_required}"


def test_every_method_is_implemented() -> None:
    for name in METHODS:
        assert callable(getattr(BotState, f"api_{name}", None)), name


def test_the_methods_the_bot_uses_are_emulated() -> None:
    used = {
        "getMe",
        "getUpdates",
        "deleteWebhook",
        "setWebhook",
        "getWebhookInfo",
        "sendMessage",
        "editMessageText",
        "sendChatAction",
        "answerCallbackQuery",
        "setMyCommands",
        "getMyCommands",
        "getFile",
        "close",
        "logOut",
    }
    assert used <= set(METHODS)
