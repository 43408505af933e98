"""sha256 of large files (model weights, the ONNX export), cached per file so a warm start does not re-hash.

The cache maps `path:size:mtime_ns` to the digest in `$XDG_CACHE_HOME/newsbot/verified-weights.json`: a file
rewritten in place gets a new mtime and is hashed again. Losing the cache only costs a re-hash.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

__all__ = ["file_sha256", "forget"]

# Entries kept in the cache file: a few model files per installation, with room for old ones.
_MAX_ENTRIES = 16

log = logging.getLogger(__name__)


def file_sha256(path: Path) -> str:
    """The file's sha256 in hex, from the cache when the file is unchanged since it was last hashed."""
    stamp = _stamp(path)
    cache = _cache_file()
    known = _read_cache(cache)
    cached = known.get(stamp)
    if isinstance(cached, str):
        return cached
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    actual = digest.hexdigest()
    known[stamp] = actual
    _write_cache(cache, dict(list(known.items())[-_MAX_ENTRIES:]))
    return actual


def forget(path: Path) -> None:
    """Drop the cached digest of `path` (a file about to be replaced)."""
    cache = _cache_file()
    known = _read_cache(cache)
    prefix = f"{path.resolve()}:"
    kept = {k: v for k, v in known.items() if not k.startswith(prefix)}
    if len(kept) != len(known):
        _write_cache(cache, kept)


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsbot" / "verified-weights.json"


def _stamp(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


def _read_cache(cache: Path) -> dict[str, object]:
    try:
        known = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def _write_cache(cache: Path, known: dict[str, object]) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        log.debug("could not cache file hashes in %s", cache)
