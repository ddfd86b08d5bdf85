"""Fuzzing the build: for any text, and for texts chosen to hurt, the pipeline's stages (read -> extract_all
-> build_graph) do not crash, every span's offsets slice the stored text to its anchor, and the graph
serializes, parses back the same and conforms to the SHACL shapes.

The stages run in memory with the session's spaCy pipeline; the number of examples is bounded so the
suite stays quick (raise it locally with HYPOTHESIS_PROFILE=deep).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import pipeline
from kg.errors import InputError
from kg.export.rdf import union
from kg.ingest import Reader, make_article
from kg.iri import graph_iri
from kg.model import Article, ArticleExtraction
from kg.vocab import NIF

pyshacl = pytest.importorskip("pyshacl")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"
settings.register_profile("fuzz", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("deep", max_examples=500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile("deep" if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else "fuzz")

# Pieces of the language kg looks for, so random texts reach the rules and not only the tokenizer.
FRAGMENTS = [
    "Ivan Petrov", "Petrov", "he", "she", "the court", "the Supreme Court of Russia", "Tverskoy District Court",
    "Moscow City Court", "Roskomnadzor", "the Prosecutor General's Office", "Prosecutor General Yuri Chaika",
    "Memorial human rights group", "Meduza", "Telegram", "Google", "the Justice Ministry", "the State Duma",
    "under Part 2 of Article 282 of the Criminal Code", "Article 20.3.1 of the Code of Administrative Offenses",
    "Articles 280 and 282.2", "the Yarovaya law", "Federal Law No. 149-FZ", "a foreign agent", "undesirable",
    "fined", "sentenced", "to two years in prison", "a fine of 30,000 rubles", "blocked", "banned", "signed",
    "a decree", "passed a new resolution", "appealed", "was detained", "asked the government to stop",
    "denied", "did not", "will", "said", "according to", "on September 20", "last week", "in 2018",
    "on 31 February 2018", "2018-13-45", "between 2015 and 2017", "571 of 762 cases", "a 40% increase",
    ".", ",", ";", ":", "\n", "\n\n", " ", "“", "”", "«", "»", "(", ")", "—", "'s", "’s", "...", "!", "?",
]
PIECES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12))
TEXTS = st.builds(lambda parts, sep: sep.join(parts), st.lists(PIECES, max_size=40),
                  st.sampled_from([" ", "", ". ", "\n", ", "]))
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.sampled_from(["2018", "2018-10"]))


def article_from(text: str, published: str | None = None, article_id: str = "fuzz") -> Article | None:
    meta = {"id": article_id, **({"published": published} if published else {})}
    try:
        return make_article(text, meta, article_id)
    except InputError:  # an empty text, or a date ingest refuses: reported, not built
        return None


def build(nlp, article: Article) -> tuple[ArticleExtraction, Dataset]:
    [extraction] = pipeline.extract_all(nlp, [article])  # no summary: an exception fails the test
    return extraction, pipeline.build_graph([extraction], nlp)


# --- what must hold for every build -----------------------------------------------------------------


def check_model_spans(ex: ArticleExtraction) -> None:
    """Every offset of the extraction points into the stored text, in order."""
    n = len(ex.article.text)

    def inside(start: int, end: int, what) -> None:
        assert 0 <= start <= end <= n, (what, start, end, n)

    for begin, end in ex.sentences:
        inside(begin, end, "sentence")
    for m in ex.mentions:
        inside(m.start, m.end, m)
        assert m.start < m.end, m
        inside(*m.sentence, m)
    for r in ex.relations:
        inside(r.evidence.start, r.evidence.end, r)
        inside(*r.evidence.sentence, r)
    for e in ex.events:
        inside(*e.trigger, e)
        inside(e.evidence.start, e.evidence.end, e)
    for s in ex.statistics:
        inside(s.evidence.start, s.evidence.end, s)
    keys = {e.key for e in ex.entities}
    assert {m.entity for m in ex.mentions} <= keys
    assert {k for r in ex.relations for k in (r.subject, r.object)} <= keys


def check_graph_spans(g: Graph, text: str) -> None:
    """Every NIF string with offsets slices the article text to exactly its nif:anchorOf."""
    spans = set(g.subjects(NIF.beginIndex, None))
    for span in spans:
        begin, end = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        assert 0 <= begin <= end <= len(text), (span, begin, end)
        anchor = g.value(span, NIF.anchorOf)
        if (span, RDF.type, NIF.Context) in g:
            assert str(g.value(span, NIF.isString)) == text
        else:
            assert anchor is not None and str(anchor) == text[begin:end], span
            assert re.search(r"#char=(\d+),(\d+)$", str(span)).groups() == (str(begin), str(end))


def check_round_trip(ds: Dataset) -> None:
    graph = union(ds)
    assert isomorphic(Graph().parse(data=graph.serialize(format="turtle"), format="turtle"), graph)
    back = Dataset()
    back.parse(data=ds.serialize(format="trig"), format="trig")
    assert isomorphic(union(back), graph)


@pytest.fixture(scope="module")
def shapes() -> tuple[Graph, Graph]:
    return (Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle"),
            Graph().parse(ONTOLOGY / "kg.ttl", format="turtle"))


def check_shapes(graph: Graph, shapes: tuple[Graph, Graph]) -> None:
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes[0], ont_graph=shapes[1], inference="none",
                                           advanced=False)
    assert conforms, report


def check_all(ex: ArticleExtraction, ds: Dataset) -> None:
    check_model_spans(ex)
    graph = union(ds)
    check_graph_spans(graph, ex.article.text)
    check_round_trip(ds)


# --- properties ---------------------------------------------------------------------------------------


@PROFILE
@given(text=TEXTS, published=PUBLISHED)
def test_any_text_builds_with_valid_spans(nlp, text, published):
    article = article_from(text, published)
    if article is None:
        return
    check_all(*build(nlp, article))


@settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 3))
@given(text=TEXTS)
def test_any_text_builds_a_graph_that_conforms_to_the_shapes(nlp, shapes, text):
    article = article_from(text, "2018-10-01")
    if article is None:
        return
    _, ds = build(nlp, article)
    check_shapes(union(ds), shapes)


@settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 2))
@given(text=st.text(min_size=1, max_size=300))
def test_any_unicode_text_builds(nlp, text):
    """Raw Unicode from every plane, controls included (ingest cleans them one for one)."""
    article = article_from(text)
    if article is None:
        return
    assert len(article.text) == len(text)
    check_all(*build(nlp, article))


@settings(PROFILE, max_examples=200)
@given(raw=st.binary(max_size=400), kind=st.sampled_from(["a.txt", "a.md", "a.jsonl", "a.html"]))
def test_any_bytes_are_read_or_skipped_never_raised(tmp_path_factory, raw, kind):
    path = tmp_path_factory.mktemp("bytes") / kind
    path.write_bytes(raw)
    for item in Reader(max_bytes=300).read([path]):
        if isinstance(item, Article):
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", item.text + (item.title or ""))
            item.text.encode("utf-8")
        else:
            assert item.reason.startswith(str(path)) and "\n" not in item.reason


# --- adversarial texts -------------------------------------------------------------------------------

NAMES = ["Ivan Petrov", "Anna Smirnova", "Oleg Orlov", "Lev Ponomarev", "Yuri Chaika"]
CITIES = ["Tver", "Kazan", "Omsk", "Perm", "Barnaul"]
ADVERSARIAL = {
    "very-long-sentence": "The Moscow City Court fined " + ", ".join(
        f"{n} of {c}" for n, c in zip(NAMES * 40, CITIES * 40)) + " under Article 282 of the Criminal Code.",
    "no-punctuation": " ".join(("the supreme court of russia fined ivan petrov under article 282 of the criminal "
                                "code on september 20 2018 and roskomnadzor blocked telegram").split() * 40),
    "repeated-names": "The court fined " + ", ".join(["Navalny"] * 1000) + ".",
    "repeated-full-names": " ".join(f"{n} said." for n in NAMES * 40),
    "mixed-scripts": ("Суд в Москве оштрафовал Ивана Петрова. The Tverskoy District Court fined Ivan Petrov under "
                      "Article 282 of the Criminal Code. 最高法院 ruled. قالت المحكمة. अदालत ने कहा. "
                      "Roskomnadzor blocked Telegram (Телеграм) in 2018."),
    "right-to-left": ("\u202eThe Supreme Court\u202c of Russia \u200fruled\u200e that Meduza is a foreign agent. "
                      "\u05d1\u05d9\u05ea \u05d4\u05de\u05e9\u05e4\u05d8 fined Ivan Petrov. \u2067Roskomnadzor\u2069 "
                      "blocked \u0645\u062d\u0643\u0645\u0629 under Article 20.3.1 of the Code of Administrative "
                      "Offenses."),
    "control-characters": ("The\x00 Tverskoy\x01 District Court\x07 fined\x1b[31m Ivan Petrov\x0b under\x0c Article\x1f "
                           "282\x7f of the Criminal Code\x9b.\r\nRoskomnadzor\x85 blocked\u2028Telegram\u2029."),
    "emoji-and-combining": ("The court 👩‍⚖️ fined Ivan Petrov 🇷🇺 under Article 282. Rene\u0301e Zu\u0308rich "
                            "said Pe\u0301trov\u200d was detained."),
    "one-giant-token": "a" * 20000,
    "nested-brackets": "(" * 500 + "the Supreme Court fined Ivan Petrov under Article 282" + ")" * 500,
    "impossible-numbers": ("Under Part 99999 of Article 99999999999999999999.9.9.9.9 of the Criminal Code, on "
                           "31 February 2018, on 2018-13-45, in the year 99999 and on 0000-00-00, the court fined "
                           "him 1e309 rubles, 10^1000 percent more than in the 1st century BC."),
    "only-punctuation": "... ,,, ;;; !!! ??? --- ((( ))) “” «» '' \"\" " * 20,
    "crlf-and-separators": "The court\r\nfined Ivan Petrov.\r\rRoskomnadzor\u2028blocked Telegram.\u2029\u0085End.",
    "markup-in-text": ("<script>alert(1)</script> The court fined <b>Ivan Petrov</b> &amp; \"Meduza\" under "
                       "Article 282 {of} the [Criminal] Code | `x` ^ \\ <http://evil.example/> _:b0 ."),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_builds(nlp, name):
    text = ADVERSARIAL[name]
    article = article_from(text, "2018-10-01", article_id=name)
    assert article is not None and len(article.text) == len(text)
    ex, ds = build(nlp, article)
    check_all(ex, ds)


def test_adversarial_texts_together_conform_to_the_shapes(nlp, shapes):
    """All of them in one build (entities merged across articles), validated once."""
    articles = [article_from(text, "2018-10-01", article_id=name) for name, text in sorted(ADVERSARIAL.items())
                if name not in ("repeated-names", "repeated-full-names")]
    extractions = pipeline.extract_all(nlp, articles)
    ds = pipeline.build_graph(extractions, nlp)
    graph = union(ds)
    assert len(set(graph.subjects(RDF.type, None))) > len(articles)
    check_shapes(graph, shapes)
    for ex in extractions:
        check_graph_spans(ds.graph(graph_of(ex)), ex.article.text)


def graph_of(ex: ArticleExtraction) -> URIRef:
    return URIRef(graph_iri(ex.article.id))


def test_control_characters_leave_no_trace_in_literals(nlp):
    article = article_from(ADVERSARIAL["control-characters"], "2018-10-01", "ctrl")
    _, ds = build(nlp, article)
    for o in union(ds).objects():
        if isinstance(o, Literal):
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", str(o)), o
