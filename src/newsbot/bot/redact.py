"""A logging filter that keeps the bot token out of every log line, tracebacks included.

Quieting httpx (whose request lines contain the token) is the first defence; this filter is the second, for
anything else that might format a URL or an exception that holds it.
"""

from __future__ import annotations

import logging

__all__ = ["TokenRedactor", "install_token_redaction", "redact"]

REDACTED = "<token>"


def redact(text: str, secret: str) -> str:
    """`text` without `secret`; for a bot token (`123456:ABC…`) also without its secret half on its own."""
    if not secret:
        return text
    text = text.replace(secret, REDACTED)
    _, _, tail = secret.partition(":")
    return text.replace(tail, REDACTED) if len(tail) >= 8 else text


class TokenRedactor(logging.Filter):
    """Replace `secret` (see `redact`) in a record's message and traceback text."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        message = record.getMessage()
        if redact(message, self.secret) != message:
            record.msg = redact(message, self.secret)
            record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secret)
        return True


def install_token_redaction(secret: str, logger: logging.Logger | None = None) -> TokenRedactor:
    """Add the filter to every handler of `logger` (the root logger by default)."""
    redactor = TokenRedactor(secret)
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(redactor)
    return redactor
