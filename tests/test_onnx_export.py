"""The ONNX export: made once per weights hash, checked before use, re-exported when missing or damaged."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import onnx
import pytest

import newsbot.onnx_export as onnx_export
from newsbot.embedding import MODEL_SHA256
from newsbot.errors import ModelError
from newsbot.onnx_export import INPUT_NAMES, OUTPUT_NAME, OnnxModel, ensure_onnx, find_onnx, onnx_path
from tests.conftest import session_cache_dir


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> OnnxModel:
    return ensure_onnx(session_cache_dir(tmp_path_factory))


def _copy(model: OnnxModel, cache: Path) -> Path:
    target = onnx_path(cache)
    target.parent.mkdir(parents=True)
    shutil.copy2(model.path, target)
    shutil.copy2(model.path.with_name("model.onnx.sha256"), target.with_name("model.onnx.sha256"))
    return target


def test_the_file_is_keyed_by_the_weights_hash_and_checked(exported: OnnxModel, tmp_path: Path) -> None:
    assert exported.path.parent.name == MODEL_SHA256
    assert find_onnx(exported.path.parents[2]) == exported
    assert find_onnx(tmp_path) is None


def test_one_graph_with_dynamic_batch_and_sequence_axes(exported: OnnxModel) -> None:
    graph = onnx.load(str(exported.path), load_external_data=False).graph
    assert [i.name for i in graph.input] == list(INPUT_NAMES)
    for tensor in graph.input:
        dims = tensor.type.tensor_type.shape.dim
        assert [d.dim_param for d in dims] == ["batch", "sequence"]
    (output,) = graph.output
    assert output.name == OUTPUT_NAME
    assert output.type.tensor_type.shape.dim[0].dim_param == "batch"
    assert output.type.tensor_type.shape.dim[1].dim_value == 384
    ops = {node.op_type for node in graph.node}
    assert {"ReduceSum", "Div"} <= ops  # mean pooling and normalisation are inside the graph


def test_a_damaged_file_is_exported_again_with_a_log_line(
    exported: OnnxModel, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    target = _copy(exported, tmp_path)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    assert find_onnx(tmp_path) is None
    with caplog.at_level(logging.INFO, logger="newsbot.onnx_export"):
        repaired = ensure_onnx(tmp_path)
    assert "is damaged: exporting it" in caplog.text
    assert repaired.path == target
    assert find_onnx(tmp_path) == repaired


def test_without_torch_a_missing_file_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(onnx_export, "_torch_available", lambda: False)
    with pytest.raises(ModelError, match="newsbot warm-up") as info:
        ensure_onnx(tmp_path)
    assert "missing" in str(info.value)
    assert "\n" not in str(info.value)


def test_without_torch_an_intact_file_is_enough(
    exported: OnnxModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy(exported, tmp_path)
    monkeypatch.setattr(onnx_export, "_torch_available", lambda: False)
    assert ensure_onnx(tmp_path).sha256 == exported.sha256


def test_a_lost_digest_counts_as_damage(exported: OnnxModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _copy(exported, tmp_path)
    target.with_name("model.onnx.sha256").unlink()
    monkeypatch.setattr(onnx_export, "_torch_available", lambda: False)
    with pytest.raises(ModelError, match="damaged"):
        ensure_onnx(tmp_path)
