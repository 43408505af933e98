"""The ONNX Runtime query embedder against the reference, sentence-transformers: same token ids, same vectors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsbot.embedding import Embedder, load_embedder
from newsbot.onnx_export import ensure_onnx
from newsbot.query_embedding import QueryEmbedder, load_query_embedder
from tests.conftest import session_cache_dir

LONG = " ".join(f"Minister{i} said the talks on item {i} would resume in Geneva next week." for i in range(60))

TEXTS = [
    "Who defended Vikram Misri?",
    "",
    "   ",
    "  leading and trailing spaces  ",
    "Quoted 🎉🔥 emoji, 👩🏽‍💻 and flags 🇮🇳 in a tweet",
    "東京で首相が会見した。北京和首尔也发表了声明。서울에서 기자회견",
    "control\x00characters\x07 and\x1b[31m escapes\x1c\x1d\x1e\x1f and \u200b zero width\ufeff",
    "Ünïcödé áccents, ß, Æsir, İstanbul, naïve café",
    "مرحبا بالعالم — Привет, мир — γειά σου κόσμε",
    "tabs\tand\nnew\nlines\r\nand \u00a0non-breaking spaces",
    "https://example.org/path?q=1&r=2 #hashtag @handle $100 5% 10:30",
    LONG,
    LONG + " and more",
    "x" * 3000,
    "/when did Misri describe the Pahalgam attack?",
]


@pytest.fixture(scope="module")
def reference() -> Embedder:
    return load_embedder()


@pytest.fixture(scope="module")
def query(tmp_path_factory: pytest.TempPathFactory) -> QueryEmbedder:
    return QueryEmbedder(ensure_onnx(session_cache_dir(tmp_path_factory)))


def test_the_long_texts_really_exceed_the_truncation_length(reference: Embedder) -> None:
    assert len(reference.word_piece_offsets(LONG)) > 256


def test_token_ids_are_those_sentence_transformers_feeds_the_model(reference: Embedder, query: QueryEmbedder) -> None:
    expected = reference.model.preprocess(TEXTS)["input_ids"].tolist()
    assert query.token_ids(TEXTS) == expected
    assert len(expected[0]) == 256  # truncated at max_seq_length, padded to the longest: not tokenizer.json's 128
    for text in TEXTS:
        assert query.token_ids([text]) == reference.model.preprocess([text])["input_ids"].tolist()


def test_vectors_match_sentence_transformers(reference: Embedder, query: QueryEmbedder) -> None:
    expected = reference.encode(TEXTS, threads=1)
    batch = query.encode(TEXTS)
    singles = np.vstack([query.encode([text]) for text in TEXTS])
    for got in (batch, singles):
        assert got.shape == expected.shape == (len(TEXTS), 384)
        assert got.dtype == np.float32
        assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
        cosines = (got * expected).sum(axis=1)
        assert cosines.min() >= 0.9999, dict(zip(TEXTS, cosines.tolist(), strict=True))


def test_batches_of_any_size_give_the_same_vectors(query: QueryEmbedder) -> None:
    whole = query.encode(TEXTS, batch_size=64)
    small = query.encode(TEXTS, batch_size=3, threads=2)
    assert (whole * small).sum(axis=1).min() >= 0.99999
    assert query.encode([]).shape == (0, 384)


def test_word_pieces_match_the_reference(reference: Embedder, query: QueryEmbedder) -> None:
    for text in TEXTS:
        assert query.word_piece_offsets(text) == reference.word_piece_offsets(text)


def test_one_embedder_per_cache_directory(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = session_cache_dir(tmp_path_factory)
    assert load_query_embedder(cache) is load_query_embedder(cache)


def test_the_module_imports_no_torch() -> None:
    code = (
        "import sys, newsbot.query_embedding;"
        "heavy = {'torch', 'transformers', 'sentence_transformers', 'spacy'} & {m.split('.')[0] for m in sys.modules};"
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent
    )
    assert result.stdout.strip() == "[]"
