"""The extractor fingerprint covers every module that shapes stored records."""

from __future__ import annotations

from importlib import resources

from newsbot import versions


def test_every_shaping_module_exists_and_the_pipeline_edits_are_covered() -> None:
    package = resources.files("newsbot")
    assert all((package / name).is_file() for name in versions._SHAPING_MODULES)
    # The parse itself is shaped outside extract/: the attribute-ruler lookup and the lemma repair.
    assert {"nlp.py", "attribute_matcher.py", "lemma_repair.py"} <= set(versions._SHAPING_MODULES)


def test_the_fingerprint_is_short_and_stable() -> None:
    first = versions.extractor_version()
    versions.extractor_version.cache_clear()
    assert versions.extractor_version() == first
    assert len(first) == 16
