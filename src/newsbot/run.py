"""`make run`: the bot with a token, the local chat without one."""

from __future__ import annotations

import sys

from .cli import main as cli_main
from .config import load_settings
from .errors import NewsbotError

__all__ = ["main"]


def main() -> None:
    try:
        settings = load_settings()
    except NewsbotError as exc:
        sys.exit(f"newsbot: error: {exc}")
    if settings.telegram_bot_token is not None and settings.telegram_bot_token.get_secret_value():
        cli_main(["serve"])
    else:
        print("TELEGRAM_BOT_TOKEN is not set: opening the local chat (the same bot, on a local Telegram emulator).")
        cli_main(["chat"])


if __name__ == "__main__":
    main()
