"""Validate devset gold files against their articles.

Usage: python check_gold.py [DEVSET_DIR] [--prefix d] [--articles dev] [--gold gold]

DEVSET_DIR defaults to the folder of this script. Articles are read from every
subfolder except the gold folders (.md/.txt with optional YAML front matter, .html
via tag stripping, .jsonl with one article per line). The development gold is in
gold/, the held-out gold in heldout_gold/ (apart, so that work on the development
set never lists it); --gold names one of them, else both are checked, the
held-out files reported only when they fail. For each <gold folder>/<id>.json
whose id matches --prefix (default: all), check: JSON parses; doc/published present;
entity ids unique; types/kinds valid; every relation s/o is an entity id;
every alias and every evidence quote (with "..." elisions) occurs verbatim in
the article body; evidence at most 25 words.
"""
import html
import json
import re
import sys
from pathlib import Path

import yaml

TYPES = {"Person", "Organization", "GovernmentBody", "Court", "Law", "LegalProvision", "Ruling"}
RELS = {"role_in", "owns", "part_of", "issued", "concerns", "charged_under", "sanctioned", "petitioned"}
GOLD_DIRS = ("gold", "heldout_gold")  # development gold, held-out gold
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def strip_front_matter(text):
    """(front matter, body); the front matter must be YAML that kg itself can read."""
    meta = {}
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            try:
                loaded = yaml.safe_load(text[3:end])
            except yaml.YAMLError as err:
                raise ValueError(f"front matter is not valid YAML ({' '.join(str(err).split())[:120]})") from None
            meta = {str(k): str(v) for k, v in (loaded or {}).items()}
            text = text[end + 4:]
    return meta, text


def html_body(text):
    meta = {}
    for name, content in re.findall(r'<meta\s+name="([^"]+)"\s+content="([^"]*)"', text):
        meta[name] = content
    m = re.search(r"<article[^>]*>(.*?)</article>", text, re.S)
    body = m.group(1) if m else text
    body = re.sub(r"<h1[^>]*>.*?</h1>", " ", body, flags=re.S)  # title is metadata
    body = re.sub(r"<[^>]+>", " ", body)
    return meta, html.unescape(body)


def load_articles(root):
    docs = {}
    for p in sorted(root.rglob("*")):
        if not p.is_file() or any(part in GOLD_DIRS for part in p.relative_to(root).parts):
            continue
        if p.suffix in (".md", ".txt"):
            try:
                meta, body = strip_front_matter(p.read_text(encoding="utf-8"))
            except ValueError as err:
                sys.exit(f"FAIL {p}: {err}")
            docs[meta.get("id", p.stem)] = (meta.get("published"), body, p)
        elif p.suffix in (".html", ".htm"):
            meta, body = html_body(p.read_text(encoding="utf-8"))
            docs[meta.get("kg-id", p.stem)] = (meta.get("date"), body, p)
        elif p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    o = json.loads(line)
                    docs[o["id"]] = (o.get("published"), o["text"], p)
    return docs


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def quote_in(quote, body):
    parts = [norm_ws(x) for x in re.split(r"\s*(?:\.\.\.|…)\s*", quote) if x.strip()]
    pos = 0
    for part in parts:
        i = body.find(part, pos)
        if i == -1:
            return False
        pos = i + len(part)
    return True


def check(gold_path, docs):
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = g.get("doc")
    if doc != gold_path.stem:
        errs.append(f"doc {doc!r} != file stem")
    if doc not in docs:
        return [f"no article for {doc}"], g
    pub, body, _ = docs[doc]
    body = norm_ws(body)
    if g.get("published") != pub:
        errs.append(f"published {g.get('published')} != article {pub}")
    ids = set()
    for e in g["entities"]:
        if e["id"] in ids:
            errs.append(f"duplicate id {e['id']}")
        ids.add(e["id"])
        if e["type"] not in TYPES:
            errs.append(f"{e['id']} bad type {e['type']}")
        if not e.get("aliases"):
            errs.append(f"{e['id']} no aliases")
        for a in e.get("aliases", []):
            if norm_ws(a) not in body:
                errs.append(f"{e['id']} alias not in body: {a!r}")
        if e.get("date") is not None:
            if e["type"] not in ("Law", "Ruling"):
                errs.append(f"{e['id']} date on non Law/Ruling")
            if not DATE_RE.match(e["date"]):
                errs.append(f"{e['id']} bad date {e['date']}")
    seen = set()
    for r in g["relations"]:
        key = (r["s"], r["rel"], r["o"])
        if key in seen:
            errs.append(f"duplicate relation {key}")
        seen.add(key)
        if r["s"] not in ids or r["o"] not in ids:
            errs.append(f"relation {key} unknown id")
        if r["rel"] not in RELS:
            errs.append(f"relation {key} bad kind")
        if r.get("date") is not None and not DATE_RE.match(r["date"]):
            errs.append(f"relation {key} bad date {r['date']}")
        ev = r.get("evidence", "")
        if len(ev.split()) > 25:
            errs.append(f"relation {key} evidence > 25 words")
        if not quote_in(ev, body):
            errs.append(f"relation {key} evidence not in body: {ev!r}")
    return errs, g


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    prefix = ""
    if "--prefix" in argv:
        prefix = argv[argv.index("--prefix") + 1]
        args = [a for a in args if a != prefix]
    folders = GOLD_DIRS
    if "--gold" in argv:
        folders = (argv[argv.index("--gold") + 1],)
        args = [a for a in args if a != folders[0]]
    sub = None
    if "--articles" in argv:
        sub = argv[argv.index("--articles") + 1]
        args = [a for a in args if a != sub]
    root = Path(args[0]) if args else Path(__file__).parent
    docs = load_articles(root / sub if sub else root)
    bad = 0
    ne = nr = n = 0
    paths = [p for folder in folders for p in sorted((root / folder).glob(f"{prefix}*.json"))]
    for gp in paths:
        try:
            errs, g = check(gp, docs)
        except Exception as ex:  # noqa: BLE001
            errs, g = [f"cannot check: {ex!r}"], None
        if g:
            n += 1
            ne += len(g["entities"])
            nr += len(g["relations"])
        if errs:
            bad += 1
            print(f"FAIL {gp.name}")
            for e in errs:
                print("   ", e)
        elif gp.parent.name == "gold" or len(folders) == 1:  # held-out lines only when asked for
            words = len(docs[g["doc"]][1].split())
            print(f"ok   {gp.name}: {len(g['entities'])} entities, {len(g['relations'])} relations, {words} words")
    print(f"{n} gold files, {ne} entities, {nr} relations, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
