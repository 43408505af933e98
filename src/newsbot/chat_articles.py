"""Which chat added which article: per-chat visibility, kept next to the index manifest.

An article a chat sends the bot is indexed once (by content hash) but listed and usable only in the chats
that added it; articles the operator indexed with the CLI are everyone's. This file records, per chat, the
articles it added, oldest first, so a quota can drop the oldest. It is written atomically, like the rest of
the index, and only under the index's write lock.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .store import atomic_write

__all__ = ["CHAT_ARTICLES_FILE", "ChatArticle", "ChatArticles"]

CHAT_ARTICLES_FILE = "chat-articles.json"

log = logging.getLogger(__name__)


class ChatArticle(BaseModel):
    """One article a chat added: its index id, where it came from (for the user, never a file path), when."""

    model_config = ConfigDict(extra="forbid")

    id: str
    source: str
    added: float


class _Visibility(BaseModel):
    model_config = ConfigDict(extra="forbid")

    chats: dict[str, list[ChatArticle]] = Field(default_factory=dict)


class ChatArticles:
    """The per-chat lists of one index directory."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / CHAT_ARTICLES_FILE
        self._data = self._read()

    def _read(self) -> _Visibility:
        try:
            return _Visibility.model_validate_json(self.path.read_bytes())
        except FileNotFoundError:
            return _Visibility()
        except (OSError, ValidationError, ValueError):
            # Losing who-added-what hides chat articles; it never loses an article or breaks the index.
            log.error("%s is damaged: starting with empty per-chat article lists", self.path)
            return _Visibility()

    def reload(self) -> None:
        self._data = self._read()

    def of_chat(self, chat_id: int) -> list[ChatArticle]:
        """The articles `chat_id` added, oldest first."""
        return list(self._data.chats.get(str(chat_id), []))

    def holders(self, article_id: str) -> int:
        """How many chats list `article_id`."""
        return sum(any(a.id == article_id for a in items) for items in self._data.chats.values())

    def add(self, chat_id: int, article_id: str, source: str, *, limit: int) -> list[ChatArticle]:
        """List `article_id` in the chat (again: it moves to the newest); return the oldest ones dropped."""
        items = [a for a in self._data.chats.get(str(chat_id), []) if a.id != article_id]
        items.append(ChatArticle(id=article_id, source=source, added=time.time()))
        dropped = items[: max(0, len(items) - limit)]
        self._data.chats[str(chat_id)] = items[len(dropped) :]
        return dropped

    def remove(self, chat_id: int, article_id: str) -> bool:
        items = self._data.chats.get(str(chat_id), [])
        kept = [a for a in items if a.id != article_id]
        if len(kept) == len(items):
            return False
        if kept:
            self._data.chats[str(chat_id)] = kept
        else:
            self._data.chats.pop(str(chat_id), None)
        return True

    def keep_only(self, article_ids: set[str]) -> None:
        """Forget entries whose article left the index (removed with the CLI)."""
        for key, items in list(self._data.chats.items()):
            kept = [a for a in items if a.id in article_ids]
            if kept:
                self._data.chats[key] = kept
            else:
                del self._data.chats[key]

    def save(self) -> None:
        atomic_write(self.path, self._data.model_dump_json(indent=1).encode("utf-8"))
