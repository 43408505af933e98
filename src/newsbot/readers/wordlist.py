"""Words known to be words, for undoing line-end hyphenation without a dictionary download.

The bundled embedding model's vocabulary (`vocab.txt` of all-MiniLM-L6-v2, a package already installed) holds
about 20,000 whole English words; word pieces (`##…`), marks and tokens like `[CLS]` are left out. A missing
model package leaves the list empty, and readers fall back on the words of the document itself.
"""

from __future__ import annotations

import functools
import logging

from ..errors import ModelError

__all__ = ["known_words"]

log = logging.getLogger(__name__)


@functools.cache
def known_words() -> frozenset[str]:
    """Lower-case whole words of the embedding model's vocabulary."""
    from ..embedding import model_dir

    try:
        vocab = (model_dir() / "vocab.txt").read_text(encoding="utf-8")
    except (ModelError, OSError) as exc:
        log.debug("no vocabulary for hyphenation: %s", exc)
        return frozenset()
    return frozenset(token for token in vocab.split() if token.isalpha() and len(token) > 1)
