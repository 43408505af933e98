"""Settings from the environment and `.env`, validated once at start-up.

Every key is documented in `.env.example`; a bad value becomes a `SettingsError` that names the key.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import SettingsError

__all__ = ["DEFAULT_API_BASE_URL", "Settings", "load_settings"]

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    """Runtime configuration; the Telegram token is a `SecretStr` so it never prints by accident."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True)

    telegram_bot_token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(default=DEFAULT_API_BASE_URL, validation_alias="TELEGRAM_API_BASE_URL")
    index_dir: Path = Field(default=Path("index"), validation_alias="NEWSBOT_INDEX_DIR")
    top_k: int = Field(default=5, ge=1, le=50, validation_alias="NEWSBOT_TOP_K")
    max_question_chars: int = Field(default=1000, ge=10, le=4000, validation_alias="NEWSBOT_MAX_QUESTION_CHARS")
    rate_limit_per_minute: int = Field(default=20, ge=1, le=1000, validation_alias="NEWSBOT_RATE_LIMIT_PER_MINUTE")
    persistence_file: Path = Field(
        default=Path(".newsbot/bot-state.pickle"), validation_alias="NEWSBOT_PERSISTENCE_FILE"
    )
    log_level: str = Field(
        default="INFO", pattern=r"(?i)^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$", validation_alias="NEWSBOT_LOG_LEVEL"
    )


def load_settings(**overrides: object) -> Settings:
    """Build `Settings`, turning pydantic's multi-line report into one line per bad key."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in err['loc']) or 'settings'}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"bad configuration: {problems}") from exc
