"""Ingest: files, folders, stdin -> Article (one document's text -> Article is kg.documents).

Formats: ``.txt``/``.md`` with optional YAML front matter, ``.html``/``.htm``
(main text and metadata by trafilatura), ``.jsonl`` (one article per line,
read as a stream). Every problem with one input becomes a ``Skipped`` naming
the file (and line), so a caller can report it and carry on with the rest;
problems that do not stop an article from being read (undecodable bytes,
control characters, files of other types in a folder) go to ``on_warning``.

Limits, in the order they apply:
  * an article larger than ``max_bytes`` is skipped: a text file, one JSONL
    line, or the text of an HTML page (the page itself may be up to
    ``HTML_MARKUP_FACTOR`` times larger, since most of a page is markup); a
    JSONL file as a whole has no limit;
  * a file with NUL bytes is binary and skipped (UTF-16 with a byte-order
    mark is decoded); invalid UTF-8 is decoded with U+FFFD in place of the
    bad bytes and a warning, unless so much is invalid that it is not text;
  * then kg.documents cleans control characters, one character for one.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import (  # noqa: F401  (content_id, make_article: re-exported for callers of kg.ingest)
    FRONT_MATTER_KEYS, Warn, content_id, make_article, parse_html, parse_text)
from kg.errors import InputError
from kg.model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 1_000_000  # per article; spaCy's own default limit is 1,000,000 characters per text
HTML_MARKUP_FACTOR = 10
MAX_BAD_LINES = 10  # malformed JSONL lines reported one by one; the rest of a file's in one closing line
UNDECODABLE_SHARE = 0.1  # more undecodable characters than this share: not UTF-8 text


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, and why."""

    origin: str
    reason: str


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
        yield self.parse(self.decode(raw, str(path)), str(path), html=suffix in HTML_SUFFIXES)

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
        if b"".join(head).removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
            if head and not head[-1].endswith(b"\n"):
                skip_rest_of_line(binary)
            yield from self.read_jsonl(itertools.chain(head, capped_lines(binary, self.max_bytes)), "<stdin>")
            return
        raw = b"".join(head)
        raw += binary.read(max(0, cap - len(raw)))
        html = raw.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"<")
        self.check_size(len(raw), "<stdin>", HTML_MARKUP_FACTOR if html else 1)
        yield self.parse(self.decode(raw, "<stdin>"), "<stdin>", html=html)

    def parse(self, text: str, origin: str, html: bool) -> Article:
        if not html:
            return parse_text(text, origin, self.warn)
        article = parse_html(text, origin, self.warn)
        self.check_size(len(article.text.encode("utf-8")), origin)  # the page may be larger, its text not
        return article

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
                raise InputError(f"{origin}: not valid UTF-16 text though it starts with a UTF-16 byte-order mark") \
                    from None
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
