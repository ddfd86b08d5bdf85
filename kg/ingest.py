"""Ingest: files, folders, stdin -> Article.

Formats: ``.txt``/``.md`` with optional YAML front matter, ``.html``/``.htm``
(main text and metadata by trafilatura), ``.jsonl`` (one article per line,
read as a stream). Every problem with one input becomes a ``Skipped`` naming
the file (and line), so a caller can report it and carry on with the rest;
problems that do not stop an article from being read (undecodable bytes,
control characters, files of other types in a folder) go to ``on_warning``.

Limits and cleaning, in the order they apply:
  * an article larger than ``max_bytes`` is skipped: a text file, one JSONL
    line, or the text of an HTML page (the page itself may be up to
    ``HTML_MARKUP_FACTOR`` times larger, since most of a page is markup);
  * a file with NUL bytes is binary and skipped (UTF-16 with a byte-order
    mark is decoded); invalid UTF-8 is decoded with U+FFFD in place of the
    bad bytes and a warning, unless so much is invalid that it is not text;
  * control characters other than tab, newline and carriage return (C0, DEL,
    C1 but NEL) become spaces, lone surrogates and U+FFFE/U+FFFF become U+FFFD,
    one character for one, before any NLP: the stored text is what every
    evidence offset points into, and every export (XML included) can hold it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.errors import InputError
from kg.model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
FRONT_MATTER_KEYS = {"id", "title", "url", "published", "language", "source"}
MAX_BYTES = 1_000_000  # per article; spaCy's own default limit is 1,000,000 characters per text
HTML_MARKUP_FACTOR = 10
MAX_BAD_LINES = 10  # malformed JSONL lines reported one by one; the rest of a file's in one closing line
UNDECODABLE_SHARE = 0.1  # more undecodable characters than this share: not UTF-8 text

# "---\n<yaml>\n---\n" at the very start of a text file
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# what the cleaning replaces: C0 controls but \t \n \r, DEL, C1 controls but NEL (by spaces); lone
# surrogates and the noncharacters U+FFFE, U+FFFF, which neither UTF-8 files nor XML can hold (by U+FFFD)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
BROKEN = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
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


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, and why."""

    origin: str
    reason: str


def content_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_inputs(paths: Iterable[str | Path], stdin=None, *, max_bytes: int = MAX_BYTES,
                on_warning: Warn | None = None) -> Iterator[Article | Skipped]:
    """Yield an Article for every readable article and a Skipped for every bad input."""
    return Reader(max_bytes, on_warning or (lambda message: None)).read(paths, stdin)


def folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(readable files, files of other types) under `folder`, sorted; hidden files and folders left out."""
    files = sorted(p for p in folder.rglob("*")
                   if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    return [p for p in files if p.suffix.lower() in SUFFIXES], [p for p in files if p.suffix.lower() not in SUFFIXES]


@dataclass
class Reader:
    """Reads inputs under one size limit, reporting non-fatal problems to `warn`."""

    max_bytes: int = MAX_BYTES
    warn: Warn = field(default=lambda message: None)

    def read(self, paths: Iterable[str | Path], stdin=None) -> Iterator[Article | Skipped]:
        for raw in paths:
            path = Path(raw)
            if str(raw) == "-":
                yield from self.guard("<stdin>", lambda: self.read_stdin(stdin or sys.stdin))
            elif path.is_dir():
                yield from self.read_folder(path)
            else:
                yield from self.guard(str(path), lambda: self.read_file(path))

    @staticmethod
    def guard(origin: str, read: Callable[[], Iterator[Article | Skipped]]) -> Iterator[Article | Skipped]:
        try:
            yield from read()
        except InputError as err:
            yield Skipped(origin, str(err))

    def read_folder(self, folder: Path) -> Iterator[Article | Skipped]:
        usable, others = folder_files(folder)
        if others:
            names = ", ".join(p.name for p in others[:3]) + (", ..." if len(others) > 3 else "")
            self.warn(f"{folder}: {len(others)} file(s) of other types ignored ({names}); "
                      "kg reads .txt, .md, .html and .jsonl")
        if not usable:
            yield Skipped(str(folder), f"{folder}: no .txt, .md, .html or .jsonl file in this folder")
        for path in usable:
            yield from self.guard(str(path), lambda: self.read_file(path))

    def read_file(self, path: Path) -> Iterator[Article | Skipped]:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r}; use .txt, .md, .html or .jsonl")
        try:
            with path.open("rb") as stream:
                if suffix in JSONL_SUFFIXES:
                    yield from self.read_jsonl(capped_lines(stream, self.max_bytes), str(path))
                    return
                raw = self.read_capped(stream, str(path), HTML_MARKUP_FACTOR if suffix in HTML_SUFFIXES else 1)
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
        text = self.decode(raw, str(path))
        yield (parse_html if suffix in HTML_SUFFIXES else parse_text)(text, str(path), self)

    def read_stdin(self, stream) -> Iterator[Article | Skipped]:
        binary = getattr(stream, "buffer", None)
        if binary is None:  # a text stream (tests, embedding): back to bytes, so one path reads both
            binary = io.BytesIO(stream.read().encode("utf-8", "surrogatepass"))
        cap = self.max_bytes * HTML_MARKUP_FACTOR + 1
        head = []
        while line := binary.readline(cap):  # up to the first line that is not blank
            head.append(line)
            if line.strip():
                break
        if b"".join(head).lstrip().startswith(b"{"):
            if head and not head[-1].endswith(b"\n"):
                skip_rest_of_line(binary)
            yield from self.read_jsonl(itertools.chain(head, capped_lines(binary, self.max_bytes)), "<stdin>")
            return
        raw = b"".join(head)
        raw += binary.read(max(0, cap - len(raw)))
        html = raw.lstrip().startswith(b"<")
        self.check_size(len(raw), "<stdin>", HTML_MARKUP_FACTOR if html else 1)
        yield (parse_html if html else parse_text)(self.decode(raw, "<stdin>"), "<stdin>", self)

    def read_capped(self, stream, origin: str, factor: int) -> bytes:
        """At most the limit (times `factor`) in bytes; more is an InputError, found without reading it all."""
        raw = stream.read(self.max_bytes * factor + 1)
        self.check_size(len(raw), origin, factor)
        return raw

    def check_size(self, size: int, origin: str, factor: int = 1) -> None:
        limit = self.max_bytes * factor
        if size > limit:
            raise InputError(f"{origin}: larger than the limit of {limit:,} bytes"
                             f"{' for an HTML page' if factor > 1 else ''}; skipped (raise it with --max-bytes)")

    def read_jsonl(self, lines: Iterable[bytes], origin: str) -> Iterator[Article | Skipped]:
        """One JSON object per line (split on \\n only); a bad line is reported with its number and skipped."""
        bad: list[int] = []
        for number, line in enumerate(lines, 1):
            where = f"{origin}:{number}"
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
                if b"\x00" in line[:8192]:
                    raise InputError(f"{origin}: binary file (it contains NUL bytes), not JSON lines")
            if not line.strip():
                continue
            item = self.jsonl_record(line, where)
            if isinstance(item, Skipped):
                bad.append(number)
                if len(bad) > MAX_BAD_LINES:
                    continue
            yield item
        if len(bad) > MAX_BAD_LINES:
            rest = bad[MAX_BAD_LINES:]
            yield Skipped(origin, f"{origin}: {len(rest)} more malformed line(s) skipped "
                                  f"(lines {rest[0]}-{rest[-1]}); only the first {MAX_BAD_LINES} are listed")

    def jsonl_record(self, line: bytes, where: str) -> Article | Skipped:
        try:
            self.check_size(len(line.rstrip(b"\r\n")), where)
            record = json.loads(self.decode(line, where))
            if not isinstance(record, dict):
                raise InputError(f"{where}: a JSON object is expected on each line")
            body = record.get("text")
            if not isinstance(body, str):
                raise InputError(f"{where}: missing 'text' string")
            meta = {k: record.get(k) for k in FRONT_MATTER_KEYS if record.get(k) is not None}
            return make_article(body, meta, where, self.warn)
        except json.JSONDecodeError as err:
            return Skipped(where, f"{where}: invalid JSON ({err.msg} at column {err.colno})")
        except (InputError, RecursionError) as err:  # json raises RecursionError on very deep nesting
            return Skipped(where, str(err) if isinstance(err, InputError) else f"{where}: JSON nested too deeply")

    def decode(self, raw: bytes, origin: str) -> str:
        """UTF-8 (or UTF-16 with a byte-order mark); invalid bytes become U+FFFD with a warning."""
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                return raw.decode("utf-16")
            except UnicodeDecodeError:
                raise InputError(f"{origin}: not valid UTF-16 text though it starts with a UTF-16 byte-order mark")
        if b"\x00" in raw:
            raise InputError(f"{origin}: binary file (it contains NUL bytes), not text")
        try:
            return raw.decode("utf-8-sig")  # a byte-order mark must not hide front matter
        except UnicodeDecodeError as err:
            first = err.start
        text = raw.decode("utf-8-sig", errors="replace")
        replaced = text.count("\ufffd")
        if replaced > UNDECODABLE_SHARE * len(text):
            raise InputError(f"{origin}: not UTF-8 text ({replaced} of {len(text)} characters undecodable); "
                             "convert it to UTF-8")
        self.warn(f"{origin}: invalid UTF-8 from byte {first}; {replaced} undecodable byte sequence(s) "
                  "replaced by U+FFFD")
        return text


def capped_lines(stream, limit: int) -> Iterator[bytes]:
    """The lines of a binary stream (split on \\n only); a line longer than `limit` comes back cut to
    limit + 2 bytes, so it fails the size check, without ever being held whole in memory."""
    while line := stream.readline(limit + 2):
        if len(line) == limit + 2 and not line.endswith(b"\n"):
            skip_rest_of_line(stream)
        yield line


def skip_rest_of_line(stream) -> None:
    while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
        pass


def parse_text(text: str, origin: str, reader: Reader | None = None) -> Article:
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
    return make_article(text, meta, origin, reader.warn if reader else None)


def parse_html(html: str, origin: str, reader: Reader | None = None) -> Article:
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
    if reader:
        reader.check_size(len(text.encode("utf-8", "surrogatepass")), origin)
    meta = {"title": doc.title, "url": doc.url, "published": doc.date, "source": doc.sitename}
    meta["id"] = html_meta(html, ("kg-id", "kg:id", "article-id"))
    return make_article(text, {k: v for k, v in meta.items() if v}, origin, reader.warn if reader else None)


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
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}", article_id):
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
        raise InputError(f"{origin}: published {value!r} is not a real date") from None
    return text


def str_or_none(value) -> str | None:
    return " ".join(clean(str(value))[0].split()) or None if value is not None else None


def one_line(err: Exception) -> str:
    return " ".join(str(err).split())
