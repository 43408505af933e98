from __future__ import annotations

import concurrent.futures
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from newsbot.embedding import MODEL_SHA256, Embedder, load_embedder, model_dir, verify_weights
from newsbot.errors import ModelError


def test_bundled_weights_match_the_pinned_hash() -> None:
    assert verify_weights(model_dir()) == MODEL_SHA256


def test_tampered_weights_fail_cleanly(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(model_dir(), copy)
    weights = copy / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256") as info:
        Embedder(copy)
    assert "reinstall" in str(info.value)


def test_missing_weights_fail_cleanly(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        verify_weights(tmp_path)


def test_vectors_are_normalised_and_semantic() -> None:
    embedder = load_embedder()
    vectors = embedder.encode(["The minister defended the diplomat.", "He stood up for the envoy.", "Rain in Spain."])
    assert vectors.shape == (3, embedder.dimension) == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    assert embedder.encode([]).shape == (0, 384)


def test_threads_that_ask_at_once_share_one_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot's warm-up thread and the first question can both want the model; only one copy may load."""
    import newsbot.embedding as embedding

    built: list[object] = []

    class SlowEmbedder:
        def __init__(self) -> None:
            time.sleep(0.2)
            built.append(self)

    monkeypatch.setattr(embedding, "Embedder", SlowEmbedder)
    embedding._load_embedder.cache_clear()
    try:
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda _: embedding.load_embedder(), range(4)))
    finally:
        embedding._load_embedder.cache_clear()  # later tests load the real model again
    assert len(built) == 1
    assert all(model is built[0] for model in got)
