"""The index committed in `index/` is the one today's code would build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbot.articles import bundled_article_path, read_article
from newsbot.embedding import MODEL_SHA256
from newsbot.library import BUNDLED_PREFIX
from newsbot.passages import PASSAGE_SPLITTER_VERSION
from newsbot.versions import extractor_version

COMMITTED = Path(__file__).resolve().parents[1] / "index"


def test_committed_index_is_fresh() -> None:
    manifest_path = COMMITTED / "manifest.json"
    if not manifest_path.is_file():
        pytest.fail("index/manifest.json is missing: run `make index` and commit index/")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    stale = "is stale: run `make index` and commit index/"
    assert manifest["model_sha256"] == MODEL_SHA256, stale
    assert manifest["splitter_version"] == PASSAGE_SPLITTER_VERSION, stale
    assert manifest["extractor_version"] == extractor_version(), stale
    bundled = [e for e in manifest["articles"].values() if e["path"].startswith(BUNDLED_PREFIX)]
    assert len(bundled) == 1, "the committed index must hold the bundled article"
    assert bundled[0]["sha256"] == read_article(bundled_article_path()).sha256, stale
