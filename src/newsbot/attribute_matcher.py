"""The attribute ruler's matches, looked up by token instead of trying every rule on every token.

spaCy's `attribute_ruler` (tag → part of speech and morphology, plus word exceptions) runs a `Matcher` with
179 rule sets over each token: a fifth of the whole parse time. Nearly all its rules look at one token's tag,
lower-case form, dependency and whether it is a space, so which rules match a token depends only on those
four values. `SignatureMatcher` evaluates the one-token rules once per distinct combination and remembers
the answer; the few longer rules ("gon na", "ai n't") stay with a spaCy `Matcher`. The matches, and so the
annotations, are exactly the ruler's own (tested against the stock pipeline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

__all__ = ["SignatureMatcher", "use_signature_matcher"]

Match = tuple[int, int, int, int]  # (rule number, match id, start, end): the ruler's own `match` format
Signature = tuple[str, str, str, bool]
_READ = {
    "TAG": lambda s: s[0],
    "LOWER": lambda s: s[1],
    "DEP": lambda s: s[2],
    "IS_SPACE": lambda s: s[3],
}


class SignatureMatcher:
    """`match(doc)` as `AttributeRuler.match` gives it, with one-token rules cached per token signature."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.matcher import Matcher

        self._single: list[tuple[int, int, list[tuple[str, Any]]]] = []
        self._longer = Matcher(ruler.vocab)
        for rule in range(len(ruler.attrs)):
            match_id = ruler.vocab.strings[str(rule)]
            _, patterns = ruler.matcher.get(match_id)
            for pattern in patterns:
                tests = _one_token_tests(pattern)
                if tests is None:
                    self._longer.add(match_id, [pattern])
                else:
                    self._single.append((rule, match_id, tests))
        self._seen: dict[Signature, list[tuple[int, int]]] = {}

    def match(self, doc: Doc) -> list[Match]:
        matches: list[Match] = []
        for token in doc:
            signature = _signature(token)
            found = self._seen.get(signature)
            if found is None:
                found = self._seen[signature] = self._rules_for(signature)
            i = token.i
            matches.extend((rule, match_id, i, i + 1) for rule, match_id in found)
        if len(self._longer):
            for match_id, start, end in self._longer(doc, allow_missing=True):
                matches.append((int(doc.vocab.strings[match_id]), match_id, start, end))
        matches.sort()
        return matches

    def _rules_for(self, signature: Signature) -> list[tuple[int, int]]:
        return [
            (rule, match_id)
            for rule, match_id, tests in self._single
            if all(_passes(_READ[key](signature), test) for key, test in tests)
        ]


def use_signature_matcher(nlp: Language) -> None:
    """Give the pipeline's `attribute_ruler` a `SignatureMatcher` (nothing to do without one)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
    ruler.match = SignatureMatcher(ruler).match  # type: ignore[method-assign]


def _signature(token: Token) -> Signature:
    return token.tag_, token.lower_, token.dep_, token.is_space


def _one_token_tests(pattern: list[dict[str, Any]]) -> list[tuple[str, Any]] | None:
    """A one-token pattern's tests on the signature's attributes, or None when it needs the real Matcher."""
    if len(pattern) != 1:
        return None
    tests: list[tuple[str, Any]] = []
    for key, value in pattern[0].items():
        if key not in _READ:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
                return None
            kind, argument = next(iter(value.items()))
            tests.append((key, (kind, re.compile(argument) if kind == "REGEX" else frozenset(argument))))
        elif isinstance(value, str | bool):
            tests.append((key, ("==", value)))
        else:
            return None
    return tests


def _passes(value: str | bool, test: tuple[str, Any]) -> bool:
    kind, argument = test
    if kind == "==":
        return bool(value == argument)
    if kind == "IN":
        return value in argument
    if kind == "NOT_IN":
        return value not in argument
    return isinstance(value, str) and argument.search(value) is not None
