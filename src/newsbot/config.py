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
    telegram_api_file_url: str | None = Field(default=None, validation_alias="TELEGRAM_API_FILE_URL")
    webhook_secret: SecretStr | None = Field(default=None, repr=False, validation_alias="NEWSBOT_WEBHOOK_SECRET")
    cache_dir: Path = Field(default=Path(".newsbot/cache"), validation_alias="NEWSBOT_CACHE_DIR")
    allow_private_urls: bool = Field(default=False, validation_alias="NEWSBOT_ALLOW_PRIVATE_URLS")
    fetch_timeout_s: float = Field(default=15.0, gt=0, le=300, validation_alias="NEWSBOT_FETCH_TIMEOUT_S")
    fetch_max_bytes: int = Field(default=5_000_000, ge=1024, le=100_000_000, validation_alias="NEWSBOT_FETCH_MAX_BYTES")
    max_article_bytes: int = Field(
        default=20_000_000, ge=1024, le=100_000_000, validation_alias="NEWSBOT_MAX_ARTICLE_BYTES"
    )
    min_article_chars: int = Field(default=600, ge=50, le=100_000, validation_alias="NEWSBOT_MIN_ARTICLE_CHARS")
    max_articles_per_chat: int = Field(default=20, ge=1, le=1000, validation_alias="NEWSBOT_MAX_ARTICLES_PER_CHAT")
    additions_per_hour: int = Field(default=30, ge=1, le=10_000, validation_alias="NEWSBOT_ADDITIONS_PER_HOUR")
    read_workers: int = Field(default=1, ge=1, le=16, validation_alias="NEWSBOT_READ_WORKERS")
    parse_helper: bool = Field(default=True, validation_alias="NEWSBOT_PARSE_HELPER")
    log_level: str = Field(
        default="INFO", pattern=r"(?i)^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$", validation_alias="NEWSBOT_LOG_LEVEL"
    )

    @property
    def file_base_url(self) -> str:
        """Where Bot API files download from: `TELEGRAM_API_FILE_URL`, else the base with `/bot` → `/file/bot`."""
        return self.file_base_for(self.telegram_api_base_url)

    def file_base_for(self, api_base_url: str) -> str:
        """The file URL that goes with `api_base_url` (`/bot` → `/file/bot`), unless `TELEGRAM_API_FILE_URL` is set."""
        if self.telegram_api_file_url:
            return self.telegram_api_file_url
        base = api_base_url
        return base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base.rstrip("/") + "/file/bot"


def load_settings(**overrides: object) -> Settings:
    """Build `Settings`, turning pydantic's multi-line report into one line per bad key."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in err['loc']) or 'settings'}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"bad configuration: {problems}") from exc
