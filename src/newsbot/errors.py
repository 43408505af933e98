"""Errors a user can act on.

Anything raised as a `NewsbotError` reaches the user as one line (the CLI prints it and exits non-zero, the
bot replies with it); anything else is a bug and is logged with its traceback.
"""

from __future__ import annotations

__all__ = ["ArticleError", "FetchError", "IndexCorruptError", "ModelError", "NewsbotError", "SettingsError"]


class NewsbotError(Exception):
    """A problem with the user's input or environment, explained in one line."""


class ArticleError(NewsbotError):
    """An article file that cannot be read as a news article."""


class ModelError(NewsbotError):
    """A bundled model that is missing or not the one we verified."""


class IndexCorruptError(NewsbotError):
    """An index on disk that cannot be loaded."""


class SettingsError(NewsbotError):
    """A configuration value that does not validate."""


class FetchError(ArticleError):
    """A link that cannot be fetched safely: refused address, timeout, too large, wrong content type."""
