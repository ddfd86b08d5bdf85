"""Incremental builds: adding articles to a build, building the same inputs again, removing articles."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, URIRef

import kg.parallel
from kg.cache import Cache, Manifest
from kg.cli import cli
from kg.iri import graph_iri
from kg.model import Article, ArticleExtraction, LocalEntity, Mention
from kg.resolve import Resolver, resolve
from kg.store import graphs_of, store_path

DEV = Path(__file__).resolve().parent / "devset" / "dev"
FIRST = ("d01_telegram_block.md", "d03_memorial_liquidation.md")
MORE = ("d04_fbk_extremist.md", "d06_gorinov_sentence.md")
ITS = URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def folder(tmp_path: Path, name: str, files) -> Path:
    path = tmp_path / name
    path.mkdir()
    for f in files:
        shutil.copy(DEV / f, path / f)
    return path


def files_of(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def graph_ids(out: Path) -> list[str]:
    return sorted(Manifest.load(out / "cache").articles)


@pytest.fixture(scope="module")
def builds(build_with, tmp_path_factory):
    """A build of FIRST then MORE added, and a build of all four at once."""
    tmp = tmp_path_factory.mktemp("incremental")
    first, more = folder(tmp, "first", FIRST), folder(tmp, "more", MORE)
    grown = tmp / "grown"
    before = build_with([first], grown)
    snapshot = tmp / "before"
    shutil.copytree(grown, snapshot)
    added = build_with([more], grown)
    whole = build_with([first, more], tmp / "whole")
    return {"grown": grown, "before": snapshot, "whole": tmp / "whole", "first": first, "more": more,
            "summaries": (before, added, whole), "tmp": tmp}


def test_adding_articles_gives_the_build_of_all_of_them(builds):
    before, added, whole = builds["summaries"]
    assert (before.articles, added.articles, whole.articles) == (2, 4, 4)
    assert added.cached == 2  # the first two were not processed again
    assert files_of(builds["grown"]) == files_of(builds["whole"])
    assert graphs_of(store_path(builds["grown"])) == graphs_of(store_path(builds["whole"]))


def test_old_articles_keep_their_entity_iris(builds):
    def links(out):
        ds = Dataset()
        ds.parse(out / "graph.trig", format="trig")
        return {article: {(str(s), str(o)) for s, _, o in ds.graph(URIRef(graph_iri(article))).triples((None, ITS, None))}
                for article in graph_ids(builds["before"])}

    before, after = links(builds["before"]), links(builds["grown"])
    assert all(before.values()) and before == after


def test_building_the_same_inputs_again_changes_nothing(builds, build_with, monkeypatch):
    out = builds["grown"]
    files, store = files_of(out), graphs_of(store_path(out))

    def no_nlp(nlp, articles, debug=False):
        assert not list(articles), "an article was processed again"
        return iter(())

    monkeypatch.setattr(kg.parallel, "extract_docs", no_nlp)
    summary = build_with([builds["first"], builds["more"]], out)
    assert summary.cached == 4 and summary.articles == 4
    assert files_of(out) == files and graphs_of(store_path(out)) == store


def test_removing_an_article_gives_the_build_without_it(builds, build_with):
    tmp = builds["tmp"]
    out = tmp / "removed"
    shutil.copytree(builds["whole"], out)
    gone = next(i for i in graph_ids(out) if i.startswith("d06"))
    result = CliRunner().invoke(cli, ["remove", gone, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"removed:  {gone}" in result.output
    rest = folder(tmp, "rest", [*FIRST, MORE[0]])
    build_with([rest], tmp / "rest-build")
    assert files_of(out) == files_of(tmp / "rest-build")
    assert graphs_of(store_path(out)) == graphs_of(store_path(tmp / "rest-build"))
    assert graph_iri(gone) not in (out / "graph.trig").read_text(encoding="utf-8")


def test_removing_keeps_entities_other_articles_mention(builds):
    """An entity of several articles stays when one goes; one only the removed article names goes."""
    def entities_by_article(out):
        ds = Dataset()
        ds.parse(out / "graph.trig", format="trig")
        return {a: {str(o) for _, _, o in ds.graph(URIRef(graph_iri(a))).triples((None, ITS, None))} for a in graph_ids(out)}

    seen = entities_by_article(builds["whole"])
    gone = next(i for i in seen if i.startswith("d01"))
    others = set().union(*(v for k, v in seen.items() if k != gone))
    shared, own = seen[gone] & others, seen[gone] - others
    assert shared and own
    out = builds["tmp"] / "removed-d01"
    shutil.copytree(builds["whole"], out)
    assert CliRunner().invoke(cli, ["remove", gone, "--out", str(out)]).exit_code == 0
    text = (out / "graph.trig").read_text(encoding="utf-8")
    assert all(f"<{iri}> a " in text for iri in shared)
    assert not any(f"<{iri}>" in text for iri in own)


def test_removing_an_unknown_article_is_a_clear_error(builds, tmp_path):
    result = CliRunner().invoke(cli, ["remove", "no-such-article", "--out", str(builds["whole"])])
    assert result.exit_code == 1 and "no-such-article" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["remove", "x", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "no build" in result.output


def test_a_changed_article_replaces_its_graph(builds, build_with, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(builds["whole"], out)
    article = tmp_path / "in" / FIRST[0]
    article.parent.mkdir()
    article.write_text((DEV / FIRST[0]).read_text(encoding="utf-8") + "\nThe Kremlin declined to comment.\n",
                       encoding="utf-8")
    summary = build_with([article.parent], out)
    assert summary.articles == 4 and summary.cached == 3
    assert "The Kremlin declined to comment." in (out / "graph.trig").read_text(encoding="utf-8")
    [graph] = [g for n, g in graphs_of(store_path(out)).items() if n == f"<{graph_iri(Path(FIRST[0]).stem)}>"]
    assert any("declined to comment" in quad for quad in graph)


# --- resolution and the cache without the model ------------------------------------------------------


def extraction(article_id: str, names: list[str]) -> ArticleExtraction:
    entities = tuple(LocalEntity(f"Organization:{n.lower()}", "Organization", n, (n, n.upper()), f"Organization:{n.lower()}",
                                 (("lawNumber", article_id),)) for n in names)
    mentions = tuple(Mention(0, 1, n, "Organization", e.key, (0, 1), "test.v1", 0.5) for n, e in zip(names, entities))
    return ArticleExtraction(Article(article_id, "x"), ((0, 1),), mentions, entities)


def test_resolution_does_not_depend_on_the_order_articles_come_in(lexicon):
    extractions = [extraction(f"a{i}", random.Random(i).sample(["Memorial", "Meta", "Meduza", "Agora"], 2))
                   for i in range(12)]
    reference = resolve(extractions, lexicon)
    for seed in range(3):
        shuffled = extractions[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve(shuffled, lexicon) == reference
    streaming = Resolver(lexicon)
    for ex in reversed(extractions):
        streaming.add(ex)
    assert streaming.finish().entities == reference.entities
    assert all(streaming.links(ex) == reference.links[ex.article.id] for ex in extractions)
    memorial = next(e for e in reference.entities.values() if e.label == "Memorial")
    assert memorial.attr("lawNumber") == min(memorial.articles)  # structure from the first article by id


def test_cache_keys_follow_content_and_setup_not_origin(tmp_path):
    cache = Cache(tmp_path, "setup-1")
    a = Article("a", "text", title="T", origin="one.txt")
    assert cache.key(a) == cache.key(Article("a", "text", title="T", origin="elsewhere/two.txt"))
    assert cache.key(a) != cache.key(Article("a", "text!", title="T"))
    assert cache.key(a) != cache.key(Article("a", "text", title="T2"))
    assert cache.key(a) != Cache(tmp_path, "setup-2").key(a)
    ex = extraction("a", ["Memorial"])
    key, found = cache.get(a)
    assert found is None
    cache.put(key, ex)
    assert cache.get(Article("a", "x", origin="moved.txt"))[1] is None
    assert cache.load(key) == ex
    cache.path(key).write_bytes(b"not a pickle")
    assert cache.load(key) is None
