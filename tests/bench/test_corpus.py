"""The indexing corpus: PolNeAR when shared, generated articles otherwise; both must read as articles."""

from __future__ import annotations

from pathlib import Path

from newsbot.articles import read_article
from newsbot.bench.corpus import generate_articles, polnear_files


def test_generated_articles_are_valid_and_deterministic(tmp_path: Path) -> None:
    first = generate_articles(tmp_path / "a", 3)
    second = generate_articles(tmp_path / "b", 3)
    assert [p.read_text(encoding="utf-8") for p in first] == [p.read_text(encoding="utf-8") for p in second]
    for path in first:
        article = read_article(path)
        assert len(article.paragraphs) >= 9
        assert "“" in article.text or '"' in article.text


def test_polnear_has_train_and_dev(shared_dir: Path) -> None:
    files = polnear_files(shared_dir)
    assert len(files) == 924
    assert files == sorted(files[:840]) + sorted(files[840:])


def test_no_polnear_without_shared(tmp_path: Path) -> None:
    assert polnear_files(tmp_path) == []
