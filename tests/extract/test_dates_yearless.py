from __future__ import annotations

from newsbot.extract.dates import find_dates
from newsbot.extract.dates_yearless import find_yearless
from newsbot.records import yearless_parts


def _yearless(text: str) -> dict[str, str]:
    return {d.text: d.value for d in find_yearless(text, find_dates(text, published=None))}


def test_month_and_day_without_a_year_keep_their_day() -> None:
    found = _yearless("The ferry sank on March 3. The 3rd of April was quiet. Talks resumed in June.")
    assert found == {"March 3": "--03-03", "The 3rd of April": "--04-03", "June": "--06"}


def test_weekdays_relative_dates_and_dates_with_a_year_are_not_yearless() -> None:
    found = _yearless("He was arrested on Tuesday, last month, two days ago, in 1994 and on May 2, 2011.")
    assert found == {}


def test_offsets_are_exact_slices() -> None:
    text = "Protests began on March 6 outside the ministry."
    (mention,) = find_yearless(text, find_dates(text, published=None))
    assert text[mention.start : mention.end] == mention.text == "March 6"


def test_yearless_parts() -> None:
    assert yearless_parts("--03-06") == (3, 6)
    assert yearless_parts("--12") == (12, None)
    assert yearless_parts("2025-03-06") is None
