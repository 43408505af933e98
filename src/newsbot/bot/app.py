"""Building the bot: one function that returns the configured PTB `Application`.

Production and the local emulator use the same builder; only the token and the API base URL differ.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    BaseRateLimiter,
    Defaults,
    PersistenceInput,
    PicklePersistence,
)
from telegram.request import HTTPXRequest

from ..config import Settings
from ..errors import SettingsError
from .adding import register_intake
from .flood import PatientRateLimiter
from .handlers import DEPS_KEY, BotDeps, register_handlers
from .ratelimit import RateLimiter
from .request import RetryingRequest
from .service import AnswerService
from .texts import COMMANDS

__all__ = ["ALLOWED_UPDATES", "build_application", "quiet_http_logging", "start_polling", "stop_polling"]

log = logging.getLogger(__name__)

# The update types the bot handles; polling and the webhook both ask Telegram for exactly these.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
PERSISTENCE_FLUSH_SECONDS = 10


def quiet_http_logging() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token: keep it to warnings."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.WARNING:
            logger.setLevel(logging.WARNING)


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    """Register the command menu once the bot is initialised; start loading models in the background."""
    await application.bot.set_my_commands([BotCommand(name, description) for name, description in COMMANDS])
    warm_up = getattr(application.bot_data[DEPS_KEY].service, "warm_up", None)
    if callable(warm_up):  # a daemon thread: a bot that fails to start (or is stopped) exits without waiting
        threading.Thread(target=_logged(warm_up), name="warm-up", daemon=True).start()


def _logged(function: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            function()
        except Exception:
            if not threading.main_thread().is_alive():
                return  # the process is exiting: imports fail then, and nobody waits for the model
            log.exception("warming up the answer service failed; the first question will load it")

    return run


def build_application(
    settings: Settings,
    service: AnswerService,
    *,
    token: str | None = None,
    base_url: str | None = None,
    persistence_file: Path | None = None,
    rate_limiter: BaseRateLimiter | None = None,  # type: ignore[type-arg]
) -> Application:  # type: ignore[type-arg]
    """The bot: HTML defaults, concurrent updates, flood control, retries, persistence and all handlers.

    `token` and `base_url` default to the settings (`TELEGRAM_BOT_TOKEN`, `TELEGRAM_API_BASE_URL`);
    `newsbot chat` and the tests pass the emulator's instead.
    """
    quiet_http_logging()
    if token is None:
        if settings.telegram_bot_token is None:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set")
        token = settings.telegram_bot_token.get_secret_value()
    path = persistence_file or settings.persistence_file
    path.parent.mkdir(parents=True, exist_ok=True)
    persistence = PicklePersistence(
        filepath=path,
        store_data=PersistenceInput(bot_data=False, user_data=False, chat_data=True, callback_data=False),
        update_interval=PERSISTENCE_FLUSH_SECONDS,
    )
    application = (
        Application.builder()
        .token(token)
        .base_url(base_url or settings.telegram_api_base_url)
        .base_file_url(settings.file_base_for(base_url or settings.telegram_api_base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(True)
        .rate_limiter(rate_limiter if rate_limiter is not None else PatientRateLimiter())
        .request(RetryingRequest(connection_pool_size=64, read_timeout=15, write_timeout=15))
        .get_updates_request(HTTPXRequest(connection_pool_size=2))
        .persistence(persistence)
        .post_init(_post_init)
        .build()
    )
    application.bot_data[DEPS_KEY] = BotDeps(
        service=service,
        limiter=RateLimiter(settings.rate_limit_per_minute),
        max_question_chars=settings.max_question_chars,
    )
    register_intake(application, settings)  # first: a link or a file is read before it could be a question
    register_handlers(application)
    return application


async def start_polling(application: Application, *, poll_timeout: int = 10) -> None:  # type: ignore[type-arg]
    """Start the bot inside an already running event loop, as `run_polling` would (with `post_init`)."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES)


async def stop_polling(application: Application) -> None:  # type: ignore[type-arg]
    """Undo `start_polling`: stop fetching updates, finish running handlers, flush persistence."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()
