"""A web page's publication date, and where it came from.

The date is the page's own metadata (meta tags, JSON-LD, `<time>`), read by htmldate with `original_date`
(the first publication, not the last update) and without its free-text search, which guesses from any date
printed on the page. A full date in the page's URL (`/2019/11/20/…`) wins when the metadata says otherwise:
newsrooms put the publication day in the path once, while templates fill metadata with defaults and
sidebars (a page of the benchmark says 2016 in its metadata and 2019 in its URL, and 2019 is right).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..records import PublishedFrom

__all__ = ["PageDate", "page_date"]

log = logging.getLogger(__name__)
_EMPTY_PAGE = "<html><body></body></html>"


@dataclass(frozen=True)
class PageDate:
    """An ISO date and the place it was read from."""

    value: str
    source: PublishedFrom


def page_date(html: str, url: str | None) -> PageDate | None:
    """The publication date from the page's metadata or its URL, or None when neither has one."""
    from htmldate import find_date

    try:
        from_page = find_date(html, extensive_search=False, original_date=True)
        from_url = find_date(_EMPTY_PAGE, url=url, extensive_search=False) if url else None
    except Exception as exc:  # htmldate is a heuristic library: a page it chokes on has no date, not a crash
        log.debug("htmldate failed: %s", exc)
        return None
    if from_url is not None and from_url != from_page:
        return PageDate(from_url, "url")
    if from_page is not None:
        return PageDate(from_page, "page metadata")
    return None
