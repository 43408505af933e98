"""A source that cannot hold a stance: machines, buildings, landforms, weather and abstractions ("A yellow
bulldozer pushed the mound", "their toxic beliefs want to be alive"); not inhabited places, which news
lets act for their people ("the city appealed the ruling"). Such a subject speaks only through the verbs documents and reports use ("the law says", "the
numbers show"); with any other cue the "statement" is an event or a parse error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import SPEECH_VERBS, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DOCUMENT_VERBS", "NON_AGENTS", "is_non_agent_source"]


# Common nouns for things without a mind. Not the nouns that head a group of people ("a number of experts",
# "establishment figures", "a think tank"), nor inhabited places, which news writing lets act for the people
# in them ("the town welcomed Trump"); landforms (river, lake) are things.
NON_AGENTS = word_set(
    """
    bulldozer truck car train bus plane aircraft jet ship boat vehicle machine engine tractor crane drone
    helicopter rocket missile computer phone device robot camera
    building house tower bridge road street highway wall fence dam tunnel room floor door window roof
    river mountain valley lake sea ocean
    weather storm rain wind snow fire flood hurricane earthquake air water sun sky tide heat cold
    belief language tone rhetoric test price tag cost rate lack way money tax economy
    law rule bill plan policy proposal measure program programme system process approach
    """
)

# What a document, a law or a set of figures can do with words: any verb of speech ("the law guarantees that …").
DOCUMENT_VERBS = (
    word_set(
        """
    say show find suggest indicate state note report conclude estimate predict reveal claim argue warn describe
    cite detail recommend propose call urge demand require ask add write mention highlight question confirm deny
    accuse criticize criticise blame praise outline express support oppose endorse list explain stress emphasize
    emphasise declare announce assert allege charge project forecast document tell read accord according
    """
    )
    | SPEECH_VERBS
)


def is_non_agent_source(cue: Token | None, source: Token | None) -> bool:
    """The cue's source is a common noun for a thing without a mind, and the cue is no document's verb. A thing
    with an owner stands for the owner ("Mr. Trump's tone seems to encourage aggression")."""
    if cue is None or source is None:
        return False
    return (
        source.pos_ == "NOUN"
        and not source.ent_type_
        and source.lemma_.lower() in NON_AGENTS
        and cue.lemma_.lower() not in DOCUMENT_VERBS
        and not any(c.dep_ == "poss" for c in source.children)
    )
