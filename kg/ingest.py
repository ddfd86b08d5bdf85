"""Ingest: files, folders, stdin -> Article.

Formats: ``.txt``/``.md`` with optional YAML front matter, ``.html``/``.htm``
(main text and metadata by trafilatura), ``.jsonl`` (one article per line).
Every problem with one input becomes an ``InputError`` naming the file, so a
caller can report it and carry on with the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.errors import InputError
from kg.model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
FRONT_MATTER_KEYS = {"id", "title", "url", "published", "language", "source"}

# "---\n<yaml>\n---\n" at the very start of a text file
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
# a wire dateline at the top of the body: "MOSCOW, October 1 (Reuters) -", "MOSCOW, Oct. 1, 2018 /TASS/."
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'\-]{2,40},\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.M)
# a date in a URL path: /2018/08/15/
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, and why."""

    origin: str
    reason: str


def content_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def discover(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Expand folders recursively (sorted, so runs are reproducible); keep '-' for stdin."""
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def read_inputs(paths: Iterable[str | Path], stdin=None) -> Iterator[Article | Skipped]:
    """Yield an Article for every readable article and a Skipped for every bad input."""
    for path in discover(paths):
        try:
            if path == "-":
                yield from read_stdin(stdin or sys.stdin)
            else:
                yield from read_file(path)
        except InputError as err:
            yield Skipped(str(path), str(err))


def read_stdin(stream) -> Iterator[Article | Skipped]:
    text = stream.read()
    stripped = text.lstrip()
    if stripped.startswith("{"):
        yield from parse_jsonl(text, "<stdin>")
    elif stripped[:1] == "<":
        yield parse_html(text, "<stdin>")
    else:
        yield parse_text(text, "<stdin>")


def read_file(path: Path) -> Iterator[Article | Skipped]:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r}; use .txt, .md, .html or .jsonl")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    text = raw.decode("utf-8-sig", errors="replace")  # a byte-order mark must not hide front matter
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text, str(path))
    elif suffix in HTML_SUFFIXES:
        yield parse_html(text, str(path))
    else:
        yield parse_text(text, str(path))


def parse_text(text: str, origin: str) -> Article:
    """A .txt/.md document, with optional YAML front matter."""
    meta: dict = {}
    match = FRONT_MATTER.match(text)
    if match:
        try:
            meta = yaml.safe_load(match.group(1)) or {}
        except (yaml.YAMLError, ValueError) as err:  # PyYAML raises ValueError for 2018-02-30
            raise InputError(f"{origin}: front matter is not valid YAML ({one_line(err)})") from None
        if not isinstance(meta, dict):
            raise InputError(f"{origin}: front matter must be a mapping of keys to values")
        text = text[match.end():]
    return make_article(text, meta, origin)


def parse_html(html: str, origin: str) -> Article:
    """An HTML page: main text and metadata extracted with trafilatura."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    if not html.strip():
        raise InputError(f"{origin}: empty file")
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{origin}: no article text found in the HTML")
    text = re.sub(r"\n+", "\n\n", doc.text.strip()) + "\n"
    meta = {"title": doc.title, "url": doc.url, "published": doc.date, "source": doc.sitename}
    meta["id"] = html_meta(html, ("kg-id", "kg:id", "article-id"))
    return make_article(text, {k: v for k, v in meta.items() if v}, origin)


def html_meta(html: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        match = re.search(rf'<meta\s+name=["\']{re.escape(name)}["\']\s+content=["\']([^"\']+)["\']', html, re.I)
        if match:
            return match.group(1).strip()
    return None


def parse_jsonl(text: str, origin: str) -> Iterator[Article | Skipped]:
    """One JSON object per line; a bad line is reported with its number and skipped."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(f"{where}: a JSON object is expected on each line")
            body = record.get("text")
            if not isinstance(body, str):
                raise InputError(f"{where}: missing 'text' string")
            meta = {k: record.get(k) for k in FRONT_MATTER_KEYS if record.get(k) is not None}
            yield make_article(body, meta, where)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"{where}: invalid JSON ({err.msg} at column {err.colno})")
        except InputError as err:
            yield Skipped(where, str(err))


def make_article(text: str, meta: dict, origin: str) -> Article:
    if not text.strip():
        raise InputError(f"{origin}: empty article text")
    unknown = set(meta) - FRONT_MATTER_KEYS
    meta = {k: v for k, v in meta.items() if k not in unknown}
    published, source = published_date(meta.get("published"), text, meta.get("url"), origin)
    article_id = str(meta["id"]).strip() if meta.get("id") else content_id(text)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}", article_id):
        raise InputError(f"{origin}: article id {article_id!r} must be letters, digits, '_', '.', '-'")
    return Article(
        id=article_id, text=text, title=str_or_none(meta.get("title")), url=str_or_none(meta.get("url")),
        published=published, published_from=source, language=str(meta.get("language") or "en"),
        source=str_or_none(meta.get("source")), origin=origin,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


def published_date(value, text: str, url: str | None, origin: str) -> tuple[str | None, str | None]:
    """Publication date from metadata, else the dateline, else the URL; else unknown."""
    if value:
        return check_date(value, origin), "metadata"
    match = DATELINE.search(text[:400])
    if match and match.group("year") and match.group("month").lower()[:3] in {m[:3] for m in MONTHS}:
        month = next(i for m, i in MONTHS.items() if m.startswith(match.group("month").lower()[:3]))
        try:
            day = dt.date(int(match.group("year")), month, int(match.group("day")))
            return day.isoformat(), "dateline"
        except ValueError:
            pass
    match = URL_DATE.search(url or "")
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat(), "url"
        except ValueError:
            pass
    return None, None


def check_date(value, origin: str) -> str:
    """Accept a date, or an ISO string 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' that exists."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()[:10] if re.match(r"^\d{4}-\d\d-\d\dT", str(value)) else str(value).strip()
    match = ISO_DATE.match(text)
    if not match:
        raise InputError(f"{origin}: published {value!r} is not a date (use YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InputError(f"{origin}: published {value!r} is not a real date") from None
    return text


def str_or_none(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def one_line(err: Exception) -> str:
    return " ".join(str(err).split())
