"""Fingerprints of the code that shapes stored records, so an index built by older code is seen as stale."""

from __future__ import annotations

import functools
import hashlib
from importlib import resources

__all__ = ["extractor_version"]

# Modules whose output is stored in the index sidecars (passages have their own PASSAGE_SPLITTER_VERSION).
_SHAPING_MODULES = (
    "articles.py",
    "segment.py",
    "nlp.py",
    "attribute_matcher.py",
    "lemma_repair.py",
    "records.py",
)


@functools.cache
def extractor_version() -> str:
    """A short hash of the extraction sources: cheap to compute and needs no import of spaCy."""
    package = resources.files("newsbot")
    digest = hashlib.sha256()
    sources = [package / name for name in _SHAPING_MODULES]
    extract = package / "extract"
    sources += sorted((p for p in extract.iterdir() if p.name.endswith(".py")), key=lambda p: p.name)
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]
