"""Ingest: files, folders and stdin -> Article or Skipped (kg.ingest)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import Skipped, content_id, parse_html, parse_text, read_inputs
from kg.model import Article

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"


def read_all(*paths, stdin=None) -> list[Article | Skipped]:
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def skipped(items) -> list[Skipped]:
    return [i for i in items if isinstance(i, Skipped)]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# --- Text with and without front matter ----------------------------------------------------


def test_front_matter_gives_every_key():
    [article] = read_all(INPUTS / "front_matter.txt")
    assert article.id == "fm-0001"
    assert article.title == "Blogger fined for a ‘repost’ in Ostrovets"
    assert article.url == "https://news.example.org/2019/03/14/blogger-fined"
    assert (article.published, article.published_from) == ("2019-03-14", "metadata")
    assert article.language == "en"
    assert article.source == "The Daily Ledger"
    assert article.text.startswith("A district court in Ostrovets")
    assert "---" not in article.text and "source:" not in article.text


def test_text_without_front_matter_keeps_all_text():
    path = INPUTS / "plain.txt"
    [article] = read_all(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title is None and article.url is None and article.source is None
    assert article.language == "en"
    assert article.id == content_id(article.text)
    assert article.origin == str(path)


def test_markdown_is_read_as_text_with_front_matter():
    [article] = read_all(INPUTS / "notes.md")
    assert article.title == "Notes on the Ostrovets case"
    assert article.published == "2019-04"
    assert article.text.startswith("# Notes on the Ostrovets case")


@pytest.mark.parametrize("front, complaint", [
    ("title: [unclosed\n", "yaml"),
    ("- just\n- a list\n", "mapping"),
    ("published: 2018-02-30\n", "date|day"),
    ("published: '2018-02-30'\n", "date"),
    ("published: next tuesday\n", "date"),
], ids=["not-yaml", "not-mapping", "impossible-yaml-date", "impossible-quoted-date", "not-a-date"])
def test_bad_front_matter_is_an_input_error_naming_the_file(tmp_path, front, complaint):
    path = write(tmp_path, "bad.txt", f"---\n{front}---\nA court fined a blogger.\n")
    with pytest.raises(InputError) as err:
        parse_text(path.read_text(encoding="utf-8"), str(path))
    message = str(err.value)
    assert message.startswith(str(path))
    assert re.search(complaint, message.lower())
    assert "\n" not in message


def test_bad_front_matter_is_skipped_not_raised(tmp_path):
    """read_inputs turns each bad input into a Skipped and goes on with the others."""
    bad = write(tmp_path, "a_bad.txt", "---\n- a list\n---\nText.\n")
    good = write(tmp_path, "b_good.txt", "A court fined a blogger.\n")
    items = read_all(bad, good)
    assert [s.origin for s in skipped(items)] == [str(bad)]
    assert skipped(items)[0].reason.startswith(str(bad))
    assert [a.origin for a in articles(items)] == [str(good)]


def test_impossible_unquoted_date_in_front_matter_is_skipped(tmp_path):
    bad = write(tmp_path, "a_bad.txt", "---\npublished: 2018-02-30\n---\nText.\n")
    good = write(tmp_path, "b_good.txt", "A court fined a blogger.\n")
    items = read_all(bad, good)
    assert [s.origin for s in skipped(items)] == [str(bad)]
    assert len(articles(items)) == 1


# --- HTML ----------------------------------------------------------------------------------


def test_html_main_text_without_boilerplate():
    [article] = read_all(INPUTS / "page.html")
    assert article.id == "ledger-2019-001"  # from <meta name="kg-id">
    assert article.title == "Court fines blogger over repost"
    assert (article.published, article.published_from) == ("2019-03-14", "metadata")
    assert "Ivan Petrovsky" in article.text
    assert "Rights groups said" in article.text
    for boilerplate in ("Subscribe now", "Privacy policy", "All rights reserved", "<p>"):
        assert boilerplate not in article.text


def html_without_date(body_sentence: str) -> str:
    html = (INPUTS / "page.html").read_text(encoding="utf-8")
    html = "\n".join(line for line in html.splitlines() if "published_time" not in line)
    html = html.replace("Copyright 2019 ", "").replace("ledger-2019-001", "ledger-one")
    return html.replace("<p>Rights groups said", f"<p>{body_sentence} Rights groups said")


def test_html_without_date_metadata_has_no_date():
    article = parse_html(html_without_date(""), "page.html")
    assert (article.published, article.published_from) == (None, None)


def test_html_year_in_body_is_not_a_publication_date():
    article = parse_html(html_without_date("In 2017, a similar case was closed."), "page.html")
    assert (article.published, article.published_from) == (None, None)


def test_html_without_text_is_skipped(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>x</title></head><body></body></html>")
    [item] = read_all(path)
    assert isinstance(item, Skipped) and str(path) in item.reason


# --- JSONL ---------------------------------------------------------------------------------


def test_jsonl_bad_line_is_skipped_with_its_number():
    path = INPUTS / "articles.jsonl"
    items = read_all(path)
    assert [a.id for a in articles(items)] == ["jl-1", "jl-3"]
    [bad] = skipped(items)
    assert bad.origin == f"{path}:2"
    assert bad.reason.startswith(f"{path}:2")
    first, third = articles(items)
    assert (first.title, first.published) == ("First", "2020-01-05")
    assert third.source == "Wire"
    assert first.origin == f"{path}:1" and third.origin == f"{path}:3"


@pytest.mark.parametrize("line, complaint", [
    ('["not", "an", "object"]', "object"),
    ('{"id": "x1", "title": "no text"}', "text"),
    ('{"id": "x1", "text": "Body.", "published": "2019-13-01"}', "date"),
], ids=["not-object", "no-text", "bad-date"])
def test_jsonl_bad_records(tmp_path, line, complaint):
    path = write(tmp_path, "a.jsonl", line + "\n" + '{"text": "A fine."}\n')
    items = read_all(path)
    [bad] = skipped(items)
    assert bad.origin == f"{path}:1" and complaint in bad.reason.lower()
    assert len(articles(items)) == 1


# --- stdin, folders, bad inputs ------------------------------------------------------------


@pytest.mark.parametrize("content, title", [
    ("---\ntitle: From a pipe\n---\nA court fined a blogger.\n", "From a pipe"),
    ("A court fined a blogger.\n", None),
], ids=["front-matter", "plain"])
def test_stdin_text(content, title):
    [article] = read_all("-", stdin=io.StringIO(content))
    assert article.title == title
    assert article.text == "A court fined a blogger.\n"
    assert article.origin == "<stdin>"


def test_stdin_jsonl():
    stream = io.StringIO('{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    assert [a.id for a in articles(read_all("-", stdin=stream))] == ["s1", "s2"]


def test_stdin_html():
    [article] = read_all("-", stdin=io.StringIO((INPUTS / "page.html").read_text(encoding="utf-8")))
    assert article.id == "ledger-2019-001" and "Ivan Petrovsky" in article.text
    assert "Subscribe now" not in article.text


def test_folder_is_recursive_and_sorted(tmp_path):
    write(tmp_path, "b.txt", "Second text.\n")
    write(tmp_path, "a/z.md", "First text.\n")
    write(tmp_path, "a/c/y.txt", "Nested text.\n")
    write(tmp_path, "c.jsonl", '{"text": "Last text."}\n')
    write(tmp_path, "ignored.pdf", "not an article")
    write(tmp_path, ".hidden/h.txt", "Hidden text.\n")
    origins = [a.origin for a in read_all(tmp_path)]
    assert origins == [str(tmp_path / "a/c/y.txt"), str(tmp_path / "a/z.md"), str(tmp_path / "b.txt"),
                       f"{tmp_path / 'c.jsonl'}:1"]


def test_unsupported_extension_is_skipped_naming_the_file(tmp_path):
    path = write(tmp_path, "report.pdf", "%PDF-1.4")
    [item] = read_all(path)
    assert isinstance(item, Skipped)
    assert item.origin == str(path) and str(path) in item.reason and ".pdf" in item.reason


@pytest.mark.parametrize("name, content", [
    ("empty.txt", ""),
    ("blank.txt", "  \n\n\t\n"),
    ("front_only.txt", "---\ntitle: Nothing here\n---\n"),
    ("empty.html", ""),
], ids=["empty", "blank", "front-matter-only", "empty-html"])
def test_empty_file_is_skipped(tmp_path, name, content):
    path = write(tmp_path, name, content)
    [item] = read_all(path)
    assert isinstance(item, Skipped) and item.reason.startswith(str(path))


def test_missing_file_is_skipped(tmp_path):
    path = tmp_path / "absent.txt"
    [item] = read_all(path)
    assert isinstance(item, Skipped) and item.reason.startswith(str(path))


@pytest.mark.parametrize("name, content", [
    ("UPPER.TXT", "A court fined a blogger.\n"),
    ("notes.markdown", "A court fined a blogger.\n"),
    ("lines.ndjson", '{"text": "A court fined a blogger."}\n'),
    ("page.htm", (INPUTS / "page.html").read_text(encoding="utf-8")),
], ids=["upper-case-suffix", "markdown", "ndjson", "htm"])
def test_other_supported_suffixes(tmp_path, name, content):
    [item] = read_all(write(tmp_path, name, content))
    assert isinstance(item, Article)
    assert "court" in item.text.lower()


def test_windows_line_endings_in_front_matter(tmp_path):
    path = write(tmp_path, "crlf.txt", "---\r\ntitle: CRLF\r\npublished: 2019-01-02\r\n---\r\nA court fined him.\r\n")
    [article] = read_all(path)
    assert (article.title, article.published) == ("CRLF", "2019-01-02")
    assert article.text.startswith("A court fined him.")


def test_byte_order_mark_does_not_hide_front_matter(tmp_path):
    path = write(tmp_path, "bom.txt", "\ufeff---\ntitle: With a BOM\n---\nA court fined a blogger.\n".encode("utf-8"))
    [article] = read_all(path)
    assert article.title == "With a BOM"
    assert article.text == "A court fined a blogger.\n"


def test_repeated_id_is_read_once(tmp_path):
    from kg.pipeline import Summary, read_articles

    one = write(tmp_path, "one.txt", "---\nid: same\n---\nFirst text.\n")
    two = write(tmp_path, "two.txt", "---\nid: same\n---\nSecond text.\n")
    summary = Summary()
    read = read_articles([one, two], summary)
    assert [a.origin for a in read] == [str(one)]
    assert [s.origin for s in summary.skipped] == [str(two)]
    assert "same" in summary.skipped[0].reason


def test_invalid_utf8_is_decoded_with_replacement(tmp_path):
    path = write(tmp_path, "latin.txt", "A court in Tver fined the caf\u00e9 owner.\n".encode("latin-1"))
    [article] = read_all(path)
    assert "caf\ufffd owner" in article.text
    assert article.text.startswith("A court in Tver")


# --- Ids -----------------------------------------------------------------------------------


def test_same_content_same_id_whatever_the_path(tmp_path):
    text = "A court in Tver fined a blogger for a repost.\n"
    one = write(tmp_path, "one.txt", text)
    two = write(tmp_path, "deep/er/two.md", text)
    first, second = articles(read_all(one, two))
    assert first.id == second.id == content_id(text)
    [from_stdin] = read_all("-", stdin=io.StringIO(text))
    assert from_stdin.id == first.id


def test_different_content_different_id(tmp_path):
    one = write(tmp_path, "one.txt", "A court fined a blogger.\n")
    two = write(tmp_path, "two.txt", "A court fined a journalist.\n")
    first, second = articles(read_all(one, two))
    assert first.id != second.id


def test_given_id_is_kept_and_content_hash_still_set(tmp_path):
    path = write(tmp_path, "x.txt", "---\nid: my-own-id\n---\nA court fined a blogger.\n")
    [article] = read_all(path)
    assert article.id == "my-own-id"
    assert len(article.content_hash) == 64


def test_unsafe_given_id_is_rejected(tmp_path):
    path = write(tmp_path, "x.txt", "---\nid: ../../etc/passwd\n---\nA court fined a blogger.\n")
    [item] = read_all(path)
    assert isinstance(item, Skipped) and "id" in item.reason


# --- Publication date ----------------------------------------------------------------------


@pytest.mark.parametrize("meta, body, expected", [
    ("published: 2018-10-01\n", "MOSCOW, Oct. 1, 2017 (Reuters) - Body.\n", ("2018-10-01", "metadata")),
    ("", "MOSCOW, Oct. 1, 2018 (Reuters) - A court fined a blogger.\n", ("2018-10-01", "dateline")),
    ("", "ST. PETERSBURG, September 5, 2019 /TASS/. A court fined a blogger.\n", ("2019-09-05", "dateline")),
    ("url: https://news.example.org/2019/03/14/story\n", "A court fined a blogger.\n", ("2019-03-14", "url")),
    ("url: https://news.example.org/2019/03/14/story\n", "KAZAN, Jun. 3, 2019 (Reuters) - Body.\n",
     ("2019-06-03", "dateline")),
    ("", "MOSCOW, October 1./TASS/. A court fined a blogger.\n", (None, None)),
    ("url: https://news.example.org/news/story-62512\n", "MOSCOW, October 1 (Reuters) - Body.\n", (None, None)),
    ("", "A court fined a blogger in 2018.\n", (None, None)),
    ("", "MOSCOW, Feb. 30, 2018 (Reuters) - Body.\n", (None, None)),
], ids=["metadata-wins", "dateline-with-year", "dateline-long-month", "url", "dateline-before-url",
        "dateline-no-year", "dateline-no-year-url-no-date", "year-in-text-only", "impossible-dateline"])
def test_publication_date(meta, body, expected):
    text = f"---\n{meta}---\n{body}" if meta else body
    article = parse_text(text, "x.txt")
    assert (article.published, article.published_from) == expected


# --- Decoding, binary files, control characters ----------------------------------------------


def read_noting(*paths, stdin=None, **options) -> tuple[list[Article | Skipped], list[str]]:
    notes: list[str] = []
    items = list(read_inputs([str(p) for p in paths], stdin=stdin, on_warning=notes.append, **options))
    return items, notes


def test_invalid_utf8_is_a_warning_naming_the_file_and_the_byte(tmp_path):
    path = write(tmp_path, "latin.txt", "A court in Tver fined the caf\u00e9 owner.\n".encode("latin-1"))
    [article], [note] = read_noting(path)
    assert isinstance(article, Article)
    assert note.startswith(str(path)) and "UTF-8" in note and "byte 29" in note


def test_valid_utf8_gives_no_warning(tmp_path):
    items, notes = read_noting(write(tmp_path, "ok.txt", "Суд оштрафовал блогера. 法院 — café.\n"))
    assert isinstance(items[0], Article) and notes == []


@pytest.mark.parametrize("content, complaint", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"A court fined\x00 a blogger.\n", "binary"),
    ("Très été à Zürich où ça".encode("latin-1") * 5, "not UTF-8"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),  # a UTF-16 byte-order mark, then a lone surrogate
], ids=["png", "nul", "mostly-latin1", "broken-utf16"])
def test_binary_or_undecodable_file_is_skipped(tmp_path, content, complaint):
    path = write(tmp_path, "x.txt", content)
    [item] = read_all(path)
    assert isinstance(item, Skipped) and item.reason.startswith(str(path)) and complaint in item.reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    text = "---\ntitle: Wide\n---\nA court fined a blogger.\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    [article] = read_all(write(tmp_path, "wide.txt", raw))
    assert article.title == "Wide" and article.text == "A court fined a blogger.\n"


def test_control_characters_become_spaces_one_for_one(tmp_path):
    body = "A court\x07 fined\x1b[1m a\x0b blogger\x7f in\x9b Tver.\tTabs,\r\nnewlines and NEL\x85 stay.\n"
    path = write(tmp_path, "ctrl.txt", body)
    [article], [note] = read_noting(path)
    assert len(article.text) == len(body)
    assert article.text == "A court  fined [1m a  blogger  in  Tver.\tTabs,\r\nnewlines and NEL\x85 stay.\n"
    assert note.startswith(str(path)) and "5 control" in note


def test_control_characters_in_metadata_are_cleaned(tmp_path):
    path = write(tmp_path, "meta.jsonl", '{"title": "A\\u0000B\\nC", "source": "\\u001bWire", "text": "Body."}\n')
    [article], _ = read_noting(path)
    assert article.title == "A B C" and article.source == "Wire"


# --- Size limits -----------------------------------------------------------------------------


def test_a_file_over_the_limit_is_skipped_and_one_at_the_limit_read(tmp_path):
    at = write(tmp_path, "at.txt", "x" * 99 + "\n")
    over = write(tmp_path, "over.txt", "x" * 100 + "\n")
    items = list(read_inputs([at, over], max_bytes=100))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Skipped) and items[1].reason.startswith(str(over))
    assert "100 bytes" in items[1].reason and "--max-bytes" in items[1].reason


def test_html_pages_may_be_larger_than_their_text(tmp_path):
    page = (INPUTS / "page.html").read_text(encoding="utf-8")
    path = write(tmp_path, "page.html", page)
    text_size = len(parse_html(page, "page.html").text.encode("utf-8"))
    limit = max(len(page.encode("utf-8")) // 5, text_size)
    [item] = read_inputs([path], max_bytes=limit)
    assert isinstance(item, Article)  # the page is larger than the limit, its text is not
    [item] = read_inputs([path], max_bytes=len(page.encode("utf-8")) // 20)
    assert isinstance(item, Skipped) and "HTML page" in item.reason


def test_a_jsonl_line_over_the_limit_is_skipped_by_number_and_the_rest_read(tmp_path):
    lines = ['{"id": "one", "text": "Short."}', '{"id": "two", "text": "%s"}' % ("y" * 5000),
             '{"id": "three", "text": "Also short."}']
    path = write(tmp_path, "big.jsonl", "\n".join(lines) + "\n")
    items = list(read_inputs([path], max_bytes=200))
    assert [a.id for a in articles(items)] == ["one", "three"]
    [bad] = skipped(items)
    assert bad.origin == f"{path}:2" and "limit" in bad.reason


def test_a_jsonl_file_is_not_limited_as_a_whole(tmp_path):
    lines = ['{"text": "Article number %d."}' % i for i in range(200)]
    path = write(tmp_path, "many.jsonl", "\n".join(lines))
    assert len(articles(read_inputs([path], max_bytes=100))) == 200


def test_stdin_over_the_limit_is_skipped():
    stream = io.BytesIO(b"A court fined a blogger. " * 10)
    stream.buffer = stream  # what a binary-backed sys.stdin offers
    [item] = read_inputs(["-"], stdin=stream, max_bytes=100)
    assert isinstance(item, Skipped) and item.reason.startswith("<stdin>") and "limit" in item.reason


def test_stdin_bytes_are_decoded_like_files():
    class Stdin:
        buffer = io.BytesIO("A court in Tver fined the caf\u00e9 owner.\n".encode("latin-1"))

    [article], [note] = read_noting("-", stdin=Stdin())
    assert "caf\ufffd" in article.text and note.startswith("<stdin>")


# --- JSONL edge cases ------------------------------------------------------------------------


def test_jsonl_records_split_on_newlines_only(tmp_path):
    """U+2028 and U+0085 are line breaks to str.splitlines but may sit inside a JSON string."""
    path = write(tmp_path, "seps.jsonl", '{"id": "s1", "text": "One\u2028two\x85three."}\n{"id": "s2", "text": "Four."}\n')
    assert [a.id for a in articles(read_all(path))] == ["s1", "s2"]


def test_jsonl_lone_surrogate_becomes_a_replacement_character(tmp_path):
    path = write(tmp_path, "sur.jsonl", '{"id": "s1", "text": "A court \\ud800 fined a blogger."}\n')
    [article], [note] = read_noting(path)
    assert "\ufffd" in article.text and note.startswith(f"{path}:1")
    article.text.encode("utf-8")  # storable


def test_jsonl_nested_too_deeply_is_one_bad_line(tmp_path):
    path = write(tmp_path, "deep.jsonl", "[" * 100_000 + "\n" + '{"text": "Fine."}\n')
    items = read_all(path)
    assert len(articles(items)) == 1
    [bad] = skipped(items)
    assert bad.origin == f"{path}:1"


def test_many_bad_jsonl_lines_are_listed_then_counted(tmp_path):
    lines = ["not json"] * 25 + ['{"text": "Good."}'] + ["still not"] * 5
    path = write(tmp_path, "noise.jsonl", "\n".join(lines) + "\n")
    items = read_all(path)
    assert len(articles(items)) == 1
    listed = skipped(items)
    assert [s.origin for s in listed[:10]] == [f"{path}:{n}" for n in range(1, 11)]
    [summary] = listed[10:]
    assert summary.origin == str(path) and "20 more" in summary.reason and "lines 11-31" in summary.reason


def test_deeply_nested_front_matter_is_an_input_error(tmp_path):
    path = write(tmp_path, "deep.txt", "---\ntitle: " + "[" * 5000 + "\n---\nText.\n")
    [item] = read_all(path)
    assert isinstance(item, Skipped) and item.reason.startswith(str(path))


@pytest.mark.parametrize("published, expected", [
    ("2018-10-01 10:30:00", "2018-10-01"), ("2018-10-01T10:30:00Z", "2018-10-01"), ("2018", "2018"),
], ids=["space-time", "iso-time", "year"])
def test_front_matter_timestamps(published, expected):
    assert parse_text(f"---\npublished: {published}\n---\nBody.\n", "x.txt").published == expected


# --- Folders ---------------------------------------------------------------------------------


def test_files_of_other_types_in_a_folder_are_one_warning(tmp_path):
    write(tmp_path, "a.txt", "A court fined a blogger.\n")
    for name in ("scan.pdf", "photo.jpg", "notes.docx", "data.csv"):
        write(tmp_path, name, b"\x00")
    items, [note] = read_noting(tmp_path)
    assert len(articles(items)) == 1 and not skipped(items)
    assert note.startswith(str(tmp_path)) and "4 file(s)" in note


def test_a_folder_without_articles_is_skipped(tmp_path):
    write(tmp_path, "scan.pdf", b"%PDF")
    [item] = read_all(tmp_path)
    assert isinstance(item, Skipped) and item.origin == str(tmp_path)


def test_thousands_of_files_are_read_in_order(tmp_path):
    names = [f"d{i % 7}/f{i:04d}.txt" for i in range(3000)]
    for i, name in enumerate(names):
        write(tmp_path, name, f"Article {i}.\n" if i % 10 else "")
    items = read_all(tmp_path)
    assert [i.origin for i in items] == sorted(str(tmp_path / n) for n in names)
    assert len(articles(items)) == 2700 and len(skipped(items)) == 300


@pytest.mark.parametrize("content, kind", [
    ("\ufeff{\"id\": \"b1\", \"text\": \"A court fined a blogger.\"}\n", "jsonl"),
    ("\ufeff" + (INPUTS / "page.html").read_text(encoding="utf-8"), "html"),
], ids=["jsonl", "html"])
def test_stdin_with_a_byte_order_mark_is_still_recognised(content, kind):
    class Stdin:
        buffer = io.BytesIO(content.encode("utf-8"))

    [article] = read_all("-", stdin=Stdin())
    assert isinstance(article, Article)
    assert article.id == ("b1" if kind == "jsonl" else "ledger-2019-001")


def test_noncharacters_become_replacement_characters(tmp_path):
    path = write(tmp_path, "nonchar.txt", "A court\uffff fined\ufffe a blogger.\n")
    [article], [note] = read_noting(path)
    assert article.text == "A court\ufffd fined\ufffd a blogger.\n" and "2 control" in note
