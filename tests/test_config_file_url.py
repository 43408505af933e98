"""Where documents download from: TELEGRAM_API_FILE_URL, else the API base with /bot → /file/bot."""

from __future__ import annotations

from newsbot.config import load_settings


def test_file_url_follows_the_api_base_unless_set() -> None:
    assert load_settings().file_base_url == "https://api.telegram.org/file/bot"
    local = load_settings(TELEGRAM_API_BASE_URL="http://127.0.0.1:8081/bot")
    assert local.file_base_url == "http://127.0.0.1:8081/file/bot"
    assert local.file_base_for("http://127.0.0.1:9/bot") == "http://127.0.0.1:9/file/bot"
    fixed = load_settings(TELEGRAM_API_FILE_URL="https://files.example/file/bot")
    assert fixed.file_base_for("http://127.0.0.1:9/bot") == "https://files.example/file/bot"
