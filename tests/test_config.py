from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.config import DEFAULT_API_BASE_URL, load_settings
from newsbot.errors import SettingsError


def test_defaults_need_no_configuration() -> None:
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_base_url == DEFAULT_API_BASE_URL
    assert settings.index_dir == Path("index")
    assert settings.top_k == 5


def test_environment_and_dotenv_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=123:secret\nNEWSBOT_TOP_K=7\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSBOT_INDEX_DIR", "/srv/index")
    settings = load_settings()
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == "123:secret"
    assert "secret" not in repr(settings)
    assert settings.top_k == 7
    assert settings.index_dir == Path("/srv/index")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("NEWSBOT_TOP_K", "many"),
        ("NEWSBOT_TOP_K", "0"),
        ("NEWSBOT_LOG_LEVEL", "LOUD"),
        ("NEWSBOT_MAX_QUESTION_CHARS", "1"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_key(monkeypatch: pytest.MonkeyPatch, key: str, value: str) -> None:
    monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    message = str(info.value)
    assert key in message
    assert "\n" not in message
