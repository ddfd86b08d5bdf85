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
