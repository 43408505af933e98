"""Reading an article file into paragraphs with exact offsets.

Offsets index `open(path, encoding="utf-8").read()` (universal newlines, nothing else normalised), the
contract every other tool relies on. Front matter is parsed but kept in the text, so offsets still count
from the first character of the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import ArticleError
from .records import ArticleMeta, Paragraph, Sentence

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "article_id_for",
    "bundled_article_path",
    "parse_article",
    "read_article",
    "read_file_bytes",
]

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
BUNDLED_ARTICLE = "owaisi-defends-misri.txt"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Article:
    """An article as read from disk: the full text, its front matter and its paragraphs.

    `sentences` stays empty until `newsbot.segment` fills it, because splitting needs the spaCy parser and
    reading should not.
    """

    id: str
    path: str
    text: str
    sha256: str
    meta: ArticleMeta
    body_start: int
    paragraphs: list[Paragraph]
    sentences: list[Sentence] = field(default_factory=list)

    def paragraph(self, number: int) -> Paragraph | None:
        """The paragraph a reader would call `number` (1-based), if there is one."""
        if 1 <= number <= len(self.paragraphs):
            return self.paragraphs[number - 1]
        return None

    def paragraph_at(self, offset: int) -> int:
        """The number of the paragraph containing `offset` (the nearest one before it in a gap)."""
        number = 1
        for para in self.paragraphs:
            if para.start <= offset:
                number = para.number
            else:
                break
        return number


def bundled_article_path() -> Path:
    """The article that ships with the package, so a fresh install can answer at once."""
    return Path(str(resources.files("newsbot") / "data" / "articles" / BUNDLED_ARTICLE))


def article_id_for(path: Path) -> str:
    """A stable, readable id: the file name without its extension, lower-cased and slugged."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return slug or "article"


def read_file_bytes(path: Path, *, limit: int) -> bytes:
    """An article file's bytes, after the checks every reader shares (exists, not a folder, not over `limit`)."""
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(f"{path}: {size:,} bytes is over the {limit:,}-byte limit for an article")
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def read_article(path: Path, *, published: str | None = None) -> Article:
    """Read and check an article file; every problem becomes a one-line `ArticleError`."""
    raw = read_file_bytes(path, limit=MAX_ARTICLE_BYTES)
    if b"\x00" in raw:
        raise ArticleError(f"{path}: looks like a binary file, not UTF-8 text")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (bad byte at position {exc.start})") from exc
    with path.open(encoding="utf-8") as handle:  # universal newlines: the offset contract
        text = handle.read()
    return parse_article(text, article_id=article_id_for(path), path=str(path), published=published)


def parse_article(text: str, *, article_id: str, path: str = "", published: str | None = None) -> Article:
    """Split already-read text into front matter and paragraphs; `published` overrides the front matter."""
    meta_values, body_start = _front_matter(text)
    if published is not None:
        meta_values["published"] = published
    date = meta_values.get("published")
    if date is not None and not _valid_date(date):
        raise ArticleError(f"{path or article_id}: published date {date!r} is not YYYY-MM-DD")
    meta = ArticleMeta(
        title=meta_values.get("title"),
        published=date,
        source=meta_values.get("source"),
        url=meta_values.get("url"),
    )
    paragraphs = _paragraphs(text, body_start)
    if not paragraphs:
        raise ArticleError(f"{path or article_id}: the article is empty")
    if not any(ch.isalnum() for para in paragraphs for ch in para.text):
        raise ArticleError(f"{path or article_id}: no sentences (no words in the text)")
    return Article(
        id=article_id,
        path=path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=meta,
        body_start=body_start,
        paragraphs=paragraphs,
    )


def _valid_date(value: str) -> bool:
    if not _ISO_DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, 0
    values: dict[str, str] = {}
    for line in match.group("body").splitlines():
        kv = _FRONT_KEY.match(line)
        if kv is not None and kv.group("value"):
            values[kv.group("key").lower()] = kv.group("value").strip().strip("\"'")
    return values, match.end()


def _paragraphs(text: str, body_start: int) -> list[Paragraph]:
    """Blank-line separated blocks; a body without blank lines is one paragraph per line."""
    body = text[body_start:]
    separator = _BLANK_LINES if _BLANK_LINES.search(body) else re.compile(r"\n\s*")
    blocks: list[tuple[int, int]] = []
    cursor = 0
    for match in separator.finditer(body):
        blocks.append((cursor, match.start()))
        cursor = match.end()
    blocks.append((cursor, len(body)))
    paragraphs: list[Paragraph] = []
    for begin, end in blocks:
        chunk = body[begin:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        start = body_start + begin + (len(chunk) - len(chunk.lstrip()))
        stop = start + len(stripped)
        paragraphs.append(Paragraph(text=text[start:stop], start=start, end=stop, number=len(paragraphs) + 1))
    return paragraphs
