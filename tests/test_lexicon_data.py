"""Validate the domain lexicon data in ontology/lexicon/*.yaml.

Checks: every file parses; required keys; id syntax and global uniqueness;
entity types; cross references (parent/owner/city/body); alias uniqueness
across entries; codes carry a provision_prefix; titles and places are well formed.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "ontology" / "lexicon"

ENTITY_FILES = [
    "government.yaml",
    "courts.yaml",
    "laws.yaml",
    "organizations.yaml",
    "media.yaml",
    "platforms.yaml",
    "people.yaml",
    "rulings.yaml",
]
TITLES_FILE = "titles.yaml"
PLACES_FILE = "places.yaml"
NAMES_FILE = "given_names.yaml"
ALL_FILES = ENTITY_FILES + [TITLES_FILE, PLACES_FILE, NAMES_FILE]

TYPES = {"Person", "Organization", "GovernmentBody", "Court", "Law", "LegalProvision", "Ruling"}
ROLES = {"spokesperson", "head", "deputy_head", "judge", "prosecutor", "lawyer", "member",
         "founder", "employee", "official"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
COUNTRY_RE = re.compile(r"^([A-Z]{2}|INT|EU)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# file -> types allowed in it
FILE_TYPES = {
    "government.yaml": {"GovernmentBody"},
    "courts.yaml": {"Court"},
    "laws.yaml": {"Law", "LegalProvision"},
    "organizations.yaml": {"Organization"},
    "media.yaml": {"Organization"},
    "platforms.yaml": {"Organization"},
    "people.yaml": {"Person"},
    "rulings.yaml": {"Ruling"},
}
ENTITY_KEYS = {"id", "type", "label", "aliases", "kind", "country", "parent", "owner", "city",
               "code", "provision_prefix", "number", "numbers", "adopted", "case_sensitive",
               "note", "shared_aliases", "article_required"}
TITLE_KEYS = {"title", "variants", "body", "role", "note"}
PLACE_KEYS = {"id", "label", "aliases", "adjective", "kind", "country", "note", "case_sensitive"}

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})
# Keys under which kg/provisions.py recognises code names; the lexicon entry of each code must
# carry exactly this provision_prefix so that provisions link to it.
BUILTIN_CODE_KEYS = {"ru-cc", "ru-coao", "ru-cpc", "ru-civil", "ru-constitution", "echr", "iccpr", "udhr"}


def norm_alias(text: str) -> str:
    """Normalization used for collision checks: curly quotes, leading 'the ', case, spaces."""
    s = text.translate(_QUOTES).strip()
    s = re.sub(r"\s+", " ", s)
    s = s.lower()
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s


def load(name: str):
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def data():
    return {name: load(name) for name in ALL_FILES}


@pytest.mark.parametrize("name", ALL_FILES)
def test_file_parses_as_nonempty_list(name):
    doc = load(name)
    assert isinstance(doc, list) and doc, f"{name} must be a non-empty YAML list"
    assert all(isinstance(e, dict) for e in doc), f"{name}: every entry must be a mapping"


def test_readme_exists():
    assert (LEXICON_DIR / "README.md").is_file()


def _is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v)


@pytest.mark.parametrize("name", ENTITY_FILES)
def test_entity_entries_well_formed(data, name):
    problems = []
    for i, e in enumerate(data[name]):
        where = f"{name}[{i}] {e.get('id')!r}"
        for key in ("id", "type", "label", "aliases"):
            if key not in e:
                problems.append(f"{where}: missing {key}")
        unknown = set(e) - ENTITY_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if not isinstance(e.get("id"), str) or not ID_RE.match(e.get("id", "")):
            problems.append(f"{where}: bad id")
        if e.get("type") not in TYPES:
            problems.append(f"{where}: bad type {e.get('type')!r}")
        elif e["type"] not in FILE_TYPES[name]:
            problems.append(f"{where}: type {e['type']} not expected in {name}")
        if not isinstance(e.get("label"), str) or not e["label"].strip():
            problems.append(f"{where}: empty label")
        if not isinstance(e.get("aliases"), list) or not all(
                isinstance(a, str) and a.strip() for a in e.get("aliases", [])):
            problems.append(f"{where}: aliases must be a list of non-empty strings")
        if "country" in e and not COUNTRY_RE.match(str(e["country"])):
            problems.append(f"{where}: bad country {e['country']!r}")
        if "case_sensitive" in e and not isinstance(e["case_sensitive"], bool):
            problems.append(f"{where}: case_sensitive must be a boolean")
        if "article_required" in e and not isinstance(e["article_required"], bool):
            problems.append(f"{where}: article_required must be a boolean")
        if "code" in e and not isinstance(e["code"], bool):
            problems.append(f"{where}: code must be a boolean")
        if e.get("code") and not (isinstance(e.get("provision_prefix"), str)
                                  and ID_RE.match(e["provision_prefix"])):
            problems.append(f"{where}: code without a valid provision_prefix")
        if "adopted" in e and not DATE_RE.match(str(e["adopted"])):
            problems.append(f"{where}: adopted must be YYYY-MM-DD (quoted)")
        if "numbers" in e and not _is_str_list(e["numbers"]):
            problems.append(f"{where}: numbers must be a list of strings")
        if "number" in e and not isinstance(e["number"], str):
            problems.append(f"{where}: number must be a string")
        if "shared_aliases" in e and not _is_str_list(e["shared_aliases"]):
            problems.append(f"{where}: shared_aliases must be a list of strings")
        for a in e.get("aliases", []) or []:
            if isinstance(a, str) and a != a.strip():
                problems.append(f"{where}: alias with surrounding spaces {a!r}")
    assert not problems, "\n".join(problems)


def test_titles_well_formed(data):
    problems = []
    for i, t in enumerate(data[TITLES_FILE]):
        where = f"titles[{i}] {t.get('title')!r}"
        for key in ("title", "variants", "body", "role"):
            if key not in t:
                problems.append(f"{where}: missing {key}")
        unknown = set(t) - TITLE_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if not isinstance(t.get("title"), str) or not t["title"].strip():
            problems.append(f"{where}: empty title")
        if not isinstance(t.get("variants"), list) or not all(
                isinstance(v, str) and v.strip() for v in t.get("variants", [])):
            problems.append(f"{where}: variants must be a list of strings")
        if t.get("role") not in ROLES:
            problems.append(f"{where}: bad role {t.get('role')!r}")
        if t.get("body") is not None and not isinstance(t.get("body"), str):
            problems.append(f"{where}: body must be an id or null")
    assert not problems, "\n".join(problems)


def test_places_well_formed(data):
    problems = []
    for i, p in enumerate(data[PLACES_FILE]):
        where = f"places[{i}] {p.get('id')!r}"
        for key in ("id", "label", "aliases", "adjective"):
            if key not in p:
                problems.append(f"{where}: missing {key}")
        unknown = set(p) - PLACE_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if not isinstance(p.get("id"), str) or not ID_RE.match(p.get("id", "")):
            problems.append(f"{where}: bad id")
        if not isinstance(p.get("adjective"), str) or not p["adjective"].strip():
            problems.append(f"{where}: adjective must be a non-empty string")
        if not isinstance(p.get("aliases"), list):
            problems.append(f"{where}: aliases must be a list")
        if "country" in p and not COUNTRY_RE.match(str(p["country"])):
            problems.append(f"{where}: bad country")
    assert not problems, "\n".join(problems)


def _all_id_entries(data):
    for name in ENTITY_FILES + [PLACES_FILE]:
        for e in data[name]:
            yield name, e


def test_ids_unique_across_files(data):
    seen = {}
    dups = []
    for name, e in _all_id_entries(data):
        i = e.get("id")
        if i in seen:
            dups.append(f"{i}: {seen[i]} and {name}")
        seen[i] = name
    assert not dups, "duplicate ids:\n" + "\n".join(dups)


def test_references_resolve(data):
    entities = {e["id"]: e for n in ENTITY_FILES for e in data[n]}
    places = {p["id"] for p in data[PLACES_FILE]}
    bodies = {e["id"] for n in ("government.yaml", "courts.yaml") for e in data[n]}
    problems = []
    for name in ENTITY_FILES:
        for e in data[name]:
            for key in ("parent", "owner"):
                if key in e:
                    ref = e[key]
                    if ref not in entities:
                        problems.append(f"{name} {e['id']}: {key} {ref!r} unknown")
                    elif ref == e["id"]:
                        problems.append(f"{name} {e['id']}: {key} points to itself")
            if "city" in e and e["city"] not in places:
                problems.append(f"{name} {e['id']}: city {e['city']!r} not in places.yaml")
    for t in data[TITLES_FILE]:
        if t.get("body") is not None and t["body"] not in bodies:
            problems.append(f"titles {t['title']!r}: body {t['body']!r} not in government/courts")
    assert not problems, "\n".join(problems)


def test_parent_chains_have_no_cycles(data):
    entities = {e["id"]: e for n in ENTITY_FILES for e in data[n]}
    for key in ("parent", "owner"):
        for start in entities:
            seen, cur = set(), start
            while cur is not None and cur in entities:
                assert cur not in seen, f"{key} cycle through {start}"
                seen.add(cur)
                cur = entities[cur].get(key)


def test_aliases_not_claimed_by_two_ids(data):
    claims = defaultdict(set)
    shared = defaultdict(set)
    for name, e in _all_id_entries(data):
        forms = [e["label"]] + list(e.get("aliases") or [])
        for form in forms:
            claims[norm_alias(form)].add(e["id"])
        for form in e.get("shared_aliases") or []:
            shared[norm_alias(form)].add(e["id"])
    conflicts = []
    for form, ids in sorted(claims.items()):
        if len(ids) > 1 and not ids <= shared.get(form, set()):
            conflicts.append(f"{form!r}: {sorted(ids)}")
    assert not conflicts, "aliases claimed by several entries:\n" + "\n".join(conflicts)


def test_title_variants_unique(data):
    claims = defaultdict(list)
    for t in data[TITLES_FILE]:
        forms = {norm_alias(f) for f in [t["title"]] + list(t.get("variants") or [])}
        for form in forms:
            claims[form].append(t["title"])
    dups = [f"{f!r}: {ts}" for f, ts in claims.items() if len(ts) > 1]
    assert not dups, "title forms claimed twice:\n" + "\n".join(dups)


def test_no_alias_is_a_bare_generic_word(data):
    """Aliases like 'Court' or 'Ministry' would swamp the matcher."""
    generic = {"court", "ministry", "government", "police", "parliament", "committee",
               "council", "agency", "service", "law", "code", "party", "group", "media",
               "company", "office", "prosecutor", "president", "constitution", "article"}
    bad = []
    for name, e in _all_id_entries(data):
        for form in [e["label"]] + list(e.get("aliases") or []):
            if norm_alias(form) in generic:
                bad.append(f"{name} {e['id']}: {form!r}")
    assert not bad, "\n".join(bad)


def test_short_acronyms_are_case_sensitive(data):
    """An all-caps alias of 2-4 letters that is also an English word needs case_sensitive."""
    words = {"is", "it", "at", "us", "am", "an", "as", "on", "or", "so", "to", "up", "we",
             "go", "no", "do", "me", "my", "he", "be", "by", "if", "in", "of", "ok", "fan",
             "sk", "mid", "ned", "tor", "max", "mash", "baza", "ira", "sova", "rt"}
    bad = []
    for name, e in _all_id_entries(data):
        if e.get("case_sensitive"):
            continue
        for form in [e["label"]] + list(e.get("aliases") or []):
            if form.isupper() and form.lower() in words:
                bad.append(f"{name} {e['id']}: {form!r}")
    assert not bad, "\n".join(bad)


def test_minimum_breadth(data):
    minimum = {"government.yaml": 60, "courts.yaml": 50, "laws.yaml": 40,
               "organizations.yaml": 60, "media.yaml": 50, "platforms.yaml": 40,
               "people.yaml": 60, "titles.yaml": 80, "places.yaml": 80}
    short = {n: len(data[n]) for n, m in minimum.items() if len(data[n]) < m}
    assert not short, f"files below the agreed breadth: {short}"


def test_title_forms_agree_with_entity_aliases(data):
    """A string that is both a title form and an entity alias must point at the same body."""
    owner = {}
    for name, e in _all_id_entries(data):
        for form in [e["label"]] + list(e.get("aliases") or []):
            owner[norm_alias(form)] = e["id"]
    bad = []
    for t in data[TITLES_FILE]:
        for form in [t["title"]] + list(t.get("variants") or []):
            ent = owner.get(norm_alias(form))
            if ent is not None and ent != t.get("body"):
                bad.append(f"title {form!r} (body {t.get('body')}) is also an alias of {ent}")
    assert not bad, "\n".join(bad)


def test_provision_prefixes_unique_and_cover_builtin_code_keys(data):
    prefixes = defaultdict(list)
    for name in ENTITY_FILES:
        for e in data[name]:
            if e.get("provision_prefix"):
                prefixes[e["provision_prefix"]].append(e["id"])
                assert e.get("code") is True, f"{e['id']}: provision_prefix without code: true"
    dups = {k: v for k, v in prefixes.items() if len(v) > 1}
    assert not dups, f"provision_prefix used twice: {dups}"
    missing = BUILTIN_CODE_KEYS - set(prefixes)
    assert not missing, f"no lexicon entry for the parser's code keys {sorted(missing)}"


def test_given_names_well_formed(data):
    problems, seen = [], {}
    for i, item in enumerate(data[NAMES_FILE]):
        if set(item) - {"name", "variants", "note"} or not isinstance(item.get("variants"), list):
            problems.append(f"given_names[{i}]: keys are name, variants (a list), note")
            continue
        for form in [item.get("name"), *item["variants"]]:
            if not isinstance(form, str) or not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", form):
                problems.append(f"given_names[{i}]: {form!r} is not one capitalized word")
            elif seen.get(form, i) != i and form != "Sasha":  # Sasha is both Alexander and Alexandra
                problems.append(f"given_names[{i}]: {form!r} already listed at [{seen[form]}]")
            seen.setdefault(form, i)
    assert not problems, "\n".join(problems)


def test_given_names_reach_the_lexicon():
    from kg.lexicon import load

    lexicon = load()
    assert {"Alexei", "Aleksei", "Lyudmila", "Dasha"} <= lexicon.given_names
    assert {"united states", "britain", "russia"} <= set(lexicon.country_names)
    assert "moscow" not in lexicon.country_names
