"""One document -> Article: front matter, HTML extraction, cleaning, ids and publication dates.

`kg.ingest` finds, reads and decodes the inputs; this module turns the text of one document
(with its metadata) into an Article, or raises an InputError naming its origin.

Cleaning: control characters other than tab, newline and carriage return (C0, DEL, C1 but NEL)
become spaces, lone surrogates and the noncharacters U+FFFE/U+FFFF become U+FFFD, one character
for one, before any NLP: the stored text is what every evidence offset points into, and every
export (XML included) can hold it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable

import yaml

from kg.errors import InputError
from kg.model import Article

FRONT_MATTER_KEYS = {"id", "title", "url", "published", "language", "source"}
# "---\n<yaml>\n---\n" at the very start of a text file
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# what the cleaning replaces: C0 controls but \t \n \r, DEL, C1 controls but NEL (by spaces); lone
# surrogates and the noncharacters U+FFFE, U+FFFF, which neither UTF-8 files nor XML can hold (by U+FFFD)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
BROKEN = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
ARTICLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}")
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
# a wire dateline at the top of the body: "MOSCOW, October 1 (Reuters) -", "MOSCOW, Oct. 1, 2018 /TASS/."
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'\-]{2,40},\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.M)
# a date in a URL path: /2018/08/15/
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")

Warn = Callable[[str], None]


class FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, but dates stay text: `check_date` says what is wrong with an impossible one."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def content_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_text(text: str, origin: str, warn: Warn | None = None) -> Article:
    """A .txt/.md document, with optional YAML front matter."""
    meta: dict = {}
    match = FRONT_MATTER.match(text)
    if match:
        try:
            meta = yaml.load(match.group(1), Loader=FrontMatterLoader) or {}
        except (yaml.YAMLError, ValueError) as err:
            raise InputError(f"{origin}: front matter is not valid YAML ({one_line(err)})") from None
        except RecursionError:
            raise InputError(f"{origin}: front matter is nested too deeply") from None
        if not isinstance(meta, dict):
            raise InputError(f"{origin}: front matter must be a mapping of keys to values")
        text = text[match.end():]
    return make_article(text, meta, origin, warn)


def parse_html(html: str, origin: str, warn: Warn | None = None) -> Article:
    """An HTML page: main text and metadata extracted with trafilatura."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    if not html.strip():
        raise InputError(f"{origin}: empty file")
    try:
        doc = trafilatura.bare_extraction(clean(html)[0], with_metadata=True, include_comments=False,
                                          include_tables=False, date_extraction_params={
                                              "extensive_search": False, "original_date": True})
    except Exception as err:  # noqa: BLE001  (a hostile page can break the parser in many ways; skip it)
        raise InputError(f"{origin}: the HTML could not be parsed ({type(err).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{origin}: no article text found in the HTML")
    text = re.sub(r"\n+", "\n\n", doc.text.strip()) + "\n"
    meta = {"title": doc.title, "url": doc.url, "published": doc.date, "source": doc.sitename}
    meta["id"] = html_meta(html, ("kg-id", "kg:id", "article-id"))
    return make_article(text, {k: v for k, v in meta.items() if v}, origin, warn)


def html_meta(html: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        match = re.search(rf'<meta\s+name=["\']{re.escape(name)}["\']\s+content=["\']([^"\']+)["\']', html, re.I)
        if match:
            return match.group(1).strip()
    return None


def clean(text: str) -> tuple[str, int]:
    """Control characters (but tab, newline, carriage return, NEL) -> spaces; lone surrogates, U+FFFE and
    U+FFFF -> U+FFFD.

    One character for one, so the cleaned text has the length of the original. Returns the text and
    how many characters were replaced.
    """
    text, controls = CONTROL.subn(" ", text)
    text, broken = BROKEN.subn("\ufffd", text)
    return text, controls + broken


def make_article(text: str, meta: dict, origin: str, warn: Warn | None = None) -> Article:
    text, replaced = clean(text)
    if replaced and warn:
        warn(f"{origin}: {replaced} control or invalid character(s) replaced")
    if not text.strip():
        raise InputError(f"{origin}: empty article text")
    meta = {k: v for k, v in meta.items() if k in FRONT_MATTER_KEYS}
    for key, value in meta.items():
        if isinstance(value, (dict, list, tuple, set)):
            raise InputError(f"{origin}: {key!r} must be a single value, not a {type(value).__name__}")
    published, source = published_date(meta.get("published"), text, meta.get("url"), origin)
    article_id = str(meta["id"]).strip() if meta.get("id") else content_id(text)
    if not ARTICLE_ID.fullmatch(article_id):
        raise InputError(f"{origin}: article id {article_id[:80]!r} must be letters, digits, '_', '.', '-'")
    return Article(
        id=article_id, text=text, title=str_or_none(meta.get("title")), url=str_or_none(meta.get("url")),
        published=published, published_from=source, language=str_or_none(meta.get("language")) or "en",
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
    match = URL_DATE.search(str(url or ""))
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
    text = str(value).strip()[:10] if re.match(r"^\d{4}-\d\d-\d\d[T ]", str(value)) else str(value).strip()
    match = ISO_DATE.match(text)
    if not match:
        raise InputError(f"{origin}: published {str(value)[:40]!r} is not a date (use YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InputError(f"{origin}: published {text!r} is not a real date") from None
    return text


def str_or_none(value) -> str | None:
    return " ".join(clean(str(value))[0].split()) or None if value is not None else None


def one_line(err: Exception) -> str:
    return " ".join(str(err).split())
