"""Fixtures for the answer tests: the real model once per session, hand-built libraries over it."""

from __future__ import annotations

import pytest

from newsbot.articles import bundled_article_path
from newsbot.embedding import Embedder, load_embedder

from .support import HandLibrary, HashEncoder, owaisi_article


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return load_embedder()


@pytest.fixture(scope="session")
def owaisi_library(embedder: Embedder) -> HandLibrary:
    library = HandLibrary(embedder)
    library.add(*owaisi_article(bundled_article_path()))
    return library


@pytest.fixture(scope="session")
def hashed_library() -> HandLibrary:
    library = HandLibrary(HashEncoder())
    library.add(*owaisi_article(bundled_article_path()))
    return library
