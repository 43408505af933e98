"""A dek: the one-line summary under a headline ("Mayor vows to fight cuts to library hours").

A dek is written in headlinese like the headline above it, articles and auxiliaries dropped, so its verb in the
present tense ("vows", "asks", "weighs") looks like a plural noun to the parser. The headline's hand reading
(`headline_verbs`) applies to it too; a dek that opens with an article is a sentence, which the parser reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .headline_verbs import headline_statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .candidates import Candidate

__all__ = ["dek_statement"]

DEK_PARAGRAPH = 1  # the paragraph after the headline, counted from 0


def dek_statement(doc: Doc, offset: int, found: list[Candidate]) -> Candidate | None:
    """The statement of the dek `doc` (paragraph 2, at `offset`) whose verb the parser missed, or None;
    `found` are the candidates its parse gave."""
    if len(doc) == 0 or doc[0].tag_ == "DT":
        return None
    missed = headline_statement(doc, offset, found)
    if missed is not None:
        missed.paragraph = DEK_PARAGRAPH + 1
    return missed
