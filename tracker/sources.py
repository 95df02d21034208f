"""Read articles from files: text or HTML, any encoding, with a manifest of metadata.

Everything that can be wrong with a user's input is reported as an `InputError`
naming the file (and the manifest line) and the problem.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import trafilatura
from charset_normalizer import from_bytes

from tracker.domain import ArticleIn
from tracker.errors import InputError
from tracker.extraction.clean import Line, clean, default_boilerplate

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MANIFEST_COLUMNS = ("file", "published", "source", "url")
MIN_HTML_WORDS = 10
"""Fewer words than this after main-text extraction: a menu or an error page, not an article."""


@dataclass(frozen=True)
class ManifestEntry:
    published: date | None
    outlet: str | None
    url: str | None


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """`file,published,source,url` rows keyed by file name."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read manifest: {exc.strerror or exc}") from exc
    rows = csv.DictReader(decode(raw, path).splitlines())
    if rows.fieldnames is None or "file" not in rows.fieldnames:
        raise InputError(
            path, f"manifest needs a header with the columns {', '.join(MANIFEST_COLUMNS)}"
        )
    entries: dict[str, ManifestEntry] = {}
    for line, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            raise InputError(path, f"line {line}: the 'file' column is empty")
        published = (row.get("published") or "").strip()
        try:
            day = date.fromisoformat(published) if published else None
        except ValueError:
            raise InputError(
                path, f"line {line}: published date {published!r} is not YYYY-MM-DD"
            ) from None
        entries[name] = ManifestEntry(
            day, (row.get("source") or "").strip() or None, (row.get("url") or "").strip() or None
        )
    return entries


def decode(raw: bytes, path: Path) -> str:
    """Text of a file in whatever encoding it came in, NFC-normalised, BOM removed."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise InputError(path, "cannot tell the text encoding (is it a binary file?)") from None
        text = str(best)
    if "\x00" in text:
        raise InputError(path, "contains NUL bytes: not a text file")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def article_paths(paths: Iterable[Path]) -> list[Path]:
    """Article files named directly or found (recursively) in folders, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return list(dict.fromkeys(found))


def html_to_text(html: str, path: Path) -> tuple[str, str | None]:
    """Main text and title of a web page (menus, ads and comments dropped)."""
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True
    )
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise InputError(path, "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    return text, (meta.title if meta and meta.title else None)


def guess_title(text: str, lines: Sequence[Line]) -> str | None:
    """The last heading of four or more words before the body starts: menus and datelines
    come earlier or are shorter."""
    title = None
    for line in lines:
        if not line.heading:
            break
        words = re.findall(r"[^\W\d_]+", text[line.start : line.end])
        if len(words) >= 4:
            title = text[line.start : line.end]
    return title


def read_article(path: Path, entry: ManifestEntry | None = None) -> ArticleIn:
    """One article file as an `ArticleIn` (not yet cleaned: offsets stay valid)."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(path, f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    text = decode(raw, path)
    title = None
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text, path)
    if not text.strip():
        raise InputError(path, "the file is empty")
    entry = entry or ManifestEntry(None, None, None)
    cleaned = clean(text, default_boilerplate())
    if title is None:
        title = guess_title(text, cleaned.lines)
    return ArticleIn(
        file_name=path.name,
        text=text,
        title=title,
        outlet=entry.outlet,
        url=entry.url,
        published=entry.published or cleaned.stamp_date,
    )


def read_articles(
    paths: Iterable[Path], manifest: Path | None = None
) -> Iterator[ArticleIn | InputError]:
    """Every article under `paths`; unreadable ones are yielded as errors, not raised."""
    entries = read_manifest(manifest) if manifest else {}
    for path in article_paths(paths):
        try:
            yield read_article(path, entries.get(path.name))
        except InputError as error:
            yield error
