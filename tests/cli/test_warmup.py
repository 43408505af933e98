"""`newsbot warm-up`, and a fresh clone's first question: the committed index is there, the ONNX file is not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.store import Manifest
from tests.conftest import session_cache_dir

BIN = Path(sys.executable).with_name("newsbot")
EXPORTING = "exporting it from the bundled weights"


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), *args], env=env, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def warmed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], subprocess.CompletedProcess[str]]:
    base = tmp_path_factory.mktemp("warm-up")
    env = dict(
        os.environ, NEWSBOT_INDEX_DIR=str(base / "index"), NEWSBOT_CACHE_DIR=str(session_cache_dir(tmp_path_factory))
    )
    return env, _run("warm-up", env=env)


def test_warm_up_builds_the_index_and_records_the_onnx_hash(
    warmed: tuple[dict[str, str], subprocess.CompletedProcess[str]],
) -> None:
    env, result = warmed
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready: 1 article(s) indexed; ONNX query model ")
    manifest = Manifest.model_validate_json((Path(env["NEWSBOT_INDEX_DIR"]) / "manifest.json").read_bytes())
    assert manifest.onnx_sha256 is not None
    assert manifest.onnx_sha256[:16] in result.stdout
    again = _run("warm-up", env=env)
    assert again.returncode == 0
    assert EXPORTING not in again.stderr


def test_a_fresh_clone_exports_on_its_first_question_only(
    warmed: tuple[dict[str, str], subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    """The index is fresh, the ONNX cache empty: the first `ask` exports (with a log line), later ones do not."""
    env, _ = warmed
    shutil.copytree(env["NEWSBOT_INDEX_DIR"], tmp_path / "index")
    clone = dict(env, NEWSBOT_INDEX_DIR=str(tmp_path / "index"), NEWSBOT_CACHE_DIR=str(tmp_path / "cache"))
    first = _run("ask", "Who defended Vikram Misri?", env=clone)
    assert first.returncode == 0, first.stderr
    assert "Asaduddin Owaisi" in first.stdout
    assert EXPORTING in first.stderr
    second = _run("ask", "Who defended Vikram Misri?", env=clone)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout
    assert EXPORTING not in second.stderr
