"""The domain lexicon: known entities with aliases, job titles and places.

Data lives in ``ontology/lexicon/*.yaml`` (see its README); users add files
with ``--lexicon FILE``. Entries of a later file override earlier ones with the
same id, so a user can correct a built-in entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from kg.errors import LexiconError
from kg.model import ENTITY_TYPES
from kg.paths import ontology_dir

SPECIAL_FILES = {"titles.yaml", "places.yaml", "given_names.yaml"}
QUOTE_PAIRS = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "′": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
QUOTES = str.maketrans(QUOTE_PAIRS)


def unify_quotes(text: str) -> str:
    """`text.translate(QUOTES)`, made of one C-speed replace per quote the text holds (translate
    looks every character up in a dict: a hundred times slower on an article)."""
    for quote, plain in QUOTE_PAIRS.items():
        if quote in text:
            text = text.replace(quote, plain)
    return text


def fold(text: str) -> str:
    """The matching key of a name: quotes unified, case and spacing folded, 'the' and 's dropped."""
    text = " ".join(unify_quotes(text).split()).lower()
    if text.startswith("the "):
        text = text[4:]
    return text[:-2] if text.endswith("'s") else text  # the text ends in no line break for "$" to pass


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    kind: str | None = None
    country: str | None = None
    parent: str | None = None
    owner: str | None = None
    city: str | None = None
    code: bool = False
    provision_prefix: str | None = None
    number: str | None = None
    adopted: str | None = None
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    variants: tuple[str, ...]
    body: str | None
    role: str


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    label: str
    aliases: tuple[str, ...]
    kind: str | None = None  # city | region | country ...
    adjective: str | None = None  # the form used before a noun: "Chechen", "Moscow region"
    country: str | None = None


@dataclass
class Lexicon:
    entries: dict[str, Entry] = field(default_factory=dict)
    titles: list[Title] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    given_names: set[str] = field(default_factory=set)  # first names and their variants, as written

    def code_for_prefix(self, prefix: str) -> Entry | None:
        return next((e for e in self.entries.values() if e.provision_prefix == prefix), None)

    def place_names(self) -> dict[str, str]:
        """Folded place name -> place id (built once; the lexicon is complete once loaded)."""
        return self._place_index

    @cached_property
    def _place_index(self) -> dict[str, str]:
        return {fold(name): p.id for p in self.places.values() for name in (p.label, *p.aliases)}

    @cached_property
    def russian_regions(self) -> dict[str, str]:
        """Folded name or adjective of a Russian region or city (not the country) -> place id: "tatarstan",
        "bashkir", "moscow region" (what names a regional branch of a federal body)."""
        return {fold(name): p.id for p in self.places.values() if p.country == "RU" and p.kind != "country"
                for name in (p.label, *p.aliases, *([p.adjective] if p.adjective else []))}

    @cached_property
    def country_names(self) -> dict[str, str]:
        """Folded name of a country -> place id ("united states", "britain" ...)."""
        return {fold(name): p.id for p in self.places.values() if p.kind == "country" for name in (p.label, *p.aliases)}

    @cached_property
    def place_regex(self) -> re.Pattern:
        """Any folded place name as a whole word, longest first."""
        names = sorted(self._place_index, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)" if names else r"(?!x)x")

    @cached_property
    def title_suffix(self) -> list[tuple[re.Pattern, Title, str]]:
        """For each job title naming a body: a regex finding it right before a name."""
        return [(re.compile(rf"(?:^|\W){re.escape(name)}\s*$", re.I), title, name)
                for title in self.titles if title.body for name in (title.title, *title.variants)]

    @cached_property
    def title_suffix_by_body(self) -> dict[str, list[int]]:
        """The entity key of each body a title names ("lex:<id>") -> the positions of its titles in title_suffix."""
        found: dict[str, list[int]] = {}
        for i, (_, title, _) in enumerate(self.title_suffix):
            found.setdefault(f"lex:{title.body}", []).append(i)
        return found


def default_files() -> list[Path]:
    folder = ontology_dir() / "lexicon"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


# libyaml's safe loader when PyYAML has it (the same data, about ten times faster to read), else PyYAML's own
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(extra: Iterable[str | Path] = ()) -> Lexicon:
    """The built-in lexicon plus the user's files, in that order."""
    lexicon = Lexicon()
    for path in [*default_files(), *map(Path, extra)]:
        add_file(lexicon, Path(path))
    return lexicon


def add_file(lexicon: Lexicon, path: Path) -> None:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or []
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"{path}: cannot read lexicon ({' '.join(str(err).split())})") from None
    if isinstance(data, dict):  # a user file may group lists under keys: {entries: [...], titles: [...]}
        items = [(key, item) for key, value in data.items() for item in (value or [])]
    elif isinstance(data, list):
        items = [(path.stem, item) for item in data]
    else:
        raise LexiconError(f"{path}: a lexicon file is a YAML list of entries")
    for group, item in items:
        if not isinstance(item, dict):
            raise LexiconError(f"{path}: every entry must be a mapping, got {item!r}")
        add_item(lexicon, group, item, path)


def add_item(lexicon: Lexicon, group: str, item: dict, path: Path) -> None:
    if group == "given_names":  # {name: Alexei, variants: [Aleksei, Alexey]}
        lexicon.given_names.update(str(n) for n in (item.get("name"), *(item.get("variants") or ())) if n)
    elif group == "titles" or ("title" in item and "role" in item):
        lexicon.titles.append(Title(item["title"], tuple(item.get("variants") or ()), item.get("body"), item["role"]))
    elif group == "places":
        place = Place(item["id"], item["label"], tuple(item.get("aliases") or ()), item.get("kind"),
                      item.get("adjective"), item.get("country"))
        lexicon.places[place.id] = place
    else:
        lexicon.entries[item.get("id", "?")] = make_entry(item, path)


def make_entry(item: dict, path: Path) -> Entry:
    missing = [k for k in ("id", "type", "label") if not item.get(k)]
    if missing:
        raise LexiconError(f"{path}: entry {item.get('id') or item.get('label')!r} lacks {', '.join(missing)}")
    if item["type"] not in ENTITY_TYPES:
        raise LexiconError(f"{path}: entry {item['id']!r} has unknown type {item['type']!r}")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(item["id"])):
        raise LexiconError(f"{path}: entry id {item['id']!r} must be lowercase letters, digits and '-'")
    known = {f for f in Entry.__slots__}
    fields = {k: v for k, v in item.items() if k in known}
    fields["aliases"] = tuple(str(a) for a in item.get("aliases") or ())
    for key in ("number", "adopted", "country"):
        if key in fields and fields[key] is not None:
            fields[key] = str(fields[key])
    return Entry(**fields)
