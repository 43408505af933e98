"""The article's own sources: wire credits, datelines, outlets it reports from, and bylines.

"(with Reuters inputs)", "WASHINGTON (AP) —", "— AFP" closing a paragraph, "KTVU reports", "according to The
Associated Press", "(Reporting by Jane Doe; Editing by John Roe)", "By Jane Doe". Each becomes a `Credit`
whose span is the words as written; the name is the agency, outlet or reporter. Pure regular expressions on
the text, so the credits of a file never depend on the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import Credit, CreditKind

__all__ = ["find_credits"]

# Wire services, by the forms articles credit them in; the value is the name a reader knows.
AGENCIES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "pti": "PTI",
    "ani": "ANI",
    "ians": "IANS",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "upi": "UPI",
    "efe": "EFE",
    "ansa": "ANSA",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "anadolu": "Anadolu",
    "press association": "PA",
    "pa": "PA",
    "cnn wire": "CNN Wire",
    "agencies": "agencies",
}
_AGENCY_ALT = "|".join(sorted((re.escape(k) for k in AGENCIES if k != "agencies"), key=len, reverse=True))
# Words that make a capitalised name a news outlet: "The Washington Post", "Fox News", "KTVU".
_MEDIA_WORDS = frozenset(
    {"news", "times", "post", "journal", "tribune", "herald", "guardian", "telegraph", "gazette", "press"}
    | {"tv", "radio", "broadcasting", "network", "channel", "magazine", "daily", "chronicle", "observer"}
    | {"cnn", "bbc", "nbc", "cbs", "abc", "fox", "npr", "msnbc", "politico", "axios", "reuters", "bloomberg"}
    | {"independent", "express", "mail", "mirror", "standard", "sun", "star", "today", "wire", "insider"}
)
_CALL_LETTERS = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$")
_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # a capitalised word; a dot only inside it ("U.S.")
_NAME = rf"(?:[Tt]he )?{_WORD}(?: (?:{_WORD}|of|and|&))*"
_PERSON = rf"{_WORD}(?: {_WORD}){{1,3}}"
# Capitalised words that open a sentence or clause rather than a name: "As The Washington Post reported".
_OPENERS = frozenset({"as", "and", "but", "so", "also", "then", "when", "while", "now", "meanwhile", "yet"})

_WITH_INPUTS = re.compile(
    rf"\((?:[Ww]ith|[Ii]nputs from|[Aa]dditional reporting by|[Ww]ritten with)\s+(?:inputs from\s+)?"
    rf"(?P<name>{_AGENCY_ALT}|agencies)(?:\s+inputs)?\)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .,'’-]{{1,40}}\((?P<name>{_AGENCY_ALT})\)\s*[-—–]", re.MULTILINE | re.IGNORECASE
)
_DASH_CREDIT = re.compile(rf"(?:^|(?<=[.”\"])\s*)(?P<dash>[-—–―]+)\s*(?P<name>{_AGENCY_ALT})\s*$", re.M | re.I)
_REPORTING_BY = re.compile(
    rf"\b(?P<label>(?:[Aa]dditional )?[Rr]eporting|[Ww]riting) by (?P<names>{_PERSON}(?:(?:,| and| &) {_PERSON})*)"
)
_REPORTS = re.compile(rf"(?P<name>{_NAME}) (?:reports|reported|first reported|was first to report)\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording to (?:a report (?:by|from|in) |reports? (?:by|from|in) )?(?P<name>{_NAME})")
_BYLINE = re.compile(rf"^[Bb]y (?P<names>{_PERSON}(?:(?:,| and| &) {_PERSON})*)[ \t]*$", re.MULTILINE)
_BYLINE_REACH = 600  # a byline stands near the top of the article


def _agency(name: str) -> str | None:
    return AGENCIES.get(" ".join(name.lower().split()))


def _outlet(name: str) -> str | None:
    """The outlet a capitalised name stands for, or None when it is no news medium."""
    agency = _agency(name)
    if agency is not None:
        return agency
    words = name.replace("’", "'").split()
    if len(words) == 1 and _CALL_LETTERS.match(words[0]):
        return name
    if any(w.lower().strip(".'") in _MEDIA_WORDS for w in words):
        return name[4:] if name.startswith(("The ", "the ")) else name
    return None


def _people(names: str) -> Iterator[str]:
    for part in re.split(r",| and | & ", names):
        part = part.strip()
        if part:
            yield part


def find_credits(text: str, body_start: int = 0) -> list[Credit]:
    """Every credit and reporting source in `text`, first occurrence of each name, in article order."""
    found: list[Credit] = []

    def add(start: int, end: int, name: str, kind: CreditKind) -> None:
        found.append(Credit(text=text[start:end], start=start, end=end, name=name, kind=kind))

    for pattern in (_WITH_INPUTS, _DATELINE, _DASH_CREDIT):
        for match in pattern.finditer(text, body_start):
            name = AGENCIES.get(match.group("name").lower(), match.group("name"))
            start = match.start("dash") if pattern is _DASH_CREDIT else match.start()
            end = match.end("name") if pattern is _DASH_CREDIT else match.end()
            add(start, end, name, "agency")
    for pattern in (_REPORTS, _ACCORDING):
        for match in pattern.finditer(text, body_start):
            name = match.group("name")
            start = match.start() if pattern is _ACCORDING else match.start("name")
            first, _, rest = name.partition(" ")
            if first.lower() in _OPENERS and rest:
                name = rest
                start += len(first) + 1 if pattern is _REPORTS else 0
            outlet = _outlet(name)
            if outlet is not None:
                add(start, match.end(), outlet, "agency" if _agency(name) else "outlet")
    for match in _REPORTING_BY.finditer(text, body_start):
        for person in _people(match.group("names")):
            add(match.start(), match.end(), person, "byline")
    for match in _BYLINE.finditer(text, body_start, min(len(text), body_start + _BYLINE_REACH)):
        for person in _people(match.group("names")):
            add(match.start(), match.end(), person, "byline")
    found.sort(key=lambda c: (c.start, c.end))
    kept: list[Credit] = []
    seen: set[str] = set()
    for credit in found:
        if credit.name.lower() not in seen:
            seen.add(credit.name.lower())
            kept.append(credit)
    return kept
