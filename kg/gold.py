"""Gold files of `kg evaluate` (the format of ../shared/eval/README.md), and the form names are compared in.

A gold file is one article's entities (id, type, name, aliases, date) and relations (s, rel, o, evidence,
date); `load_gold` reads one, `load_gold_dir` a folder of them. A file that cannot be read or lacks a
required key raises GoldError, whose one-line message names the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kg.errors import InputError

ENTITY_TYPES = ("Person", "Organization", "GovernmentBody", "Court", "Law", "LegalProvision",
                "Ruling")
RELATION_KINDS = {"role_in": "roleIn", "owns": "owns", "part_of": "partOf", "issued": "issued",
                  "concerns": "concerns", "charged_under": "chargedUnder",
                  "sanctioned": "sanctioned", "petitioned": "petitioned"}


class GoldError(InputError, ValueError):
    """A gold file cannot be parsed or lacks a required key (the message names the file)."""


# Gold


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    date: str | None = None


@dataclass(frozen=True)
class GoldRelation:
    s: str
    rel: str
    o: str
    evidence: str = ""
    date: str | None = None


@dataclass(frozen=True)
class Gold:
    doc: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    published: str | None = None


def _require(record: dict, keys: tuple[str, ...], where: str) -> None:
    if not isinstance(record, dict):
        raise ValueError(f"{where} is not a JSON object")
    missing = [key for key in keys if key not in record]
    if missing:
        raise ValueError(f"{where} lacks {', '.join(repr(k) for k in missing)}")


def _parse_entity(record: dict, where: str) -> GoldEntity:
    _require(record, ("id", "type", "name"), where)
    if record["type"] not in ENTITY_TYPES:
        raise ValueError(f"{where} has unknown type {record['type']!r}")
    aliases = record.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ValueError(f"{where} has 'aliases' that are not a list of strings")
    return GoldEntity(record["id"], record["type"], record["name"], tuple(aliases),
                      record.get("date"))


def _parse_relation(record: dict, where: str, ids: set[str]) -> GoldRelation:
    _require(record, ("s", "rel", "o"), where)
    if record["rel"] not in RELATION_KINDS:
        raise ValueError(f"{where} has unknown rel {record['rel']!r}")
    unknown = [record[k] for k in ("s", "o") if record[k] not in ids]
    if unknown:
        raise ValueError(f"{where} refers to unknown entity {unknown[0]!r}")
    return GoldRelation(record["s"], record["rel"], record["o"], record.get("evidence", ""),
                        record.get("date"))


def _parse_gold(data: dict) -> Gold:
    if not isinstance(data, dict):
        raise ValueError("top level is not a JSON object")
    _require(data, ("doc", "entities"), "top level")
    entities = tuple(_parse_entity(e, f"entities[{i}]") for i, e in enumerate(data["entities"]))
    ids = {e.id for e in entities}
    relations = tuple(_parse_relation(r, f"relations[{i}]", ids)
                      for i, r in enumerate(data.get("relations") or ()))
    return Gold(data["doc"], entities, relations, data.get("published"))


def load_gold(path: str | Path | IO[str]) -> Gold:
    """Read one gold JSON file (a path or an open text file); GoldError names the file."""
    name = getattr(path, "name", path)
    try:
        if hasattr(path, "read"):
            return _parse_gold(json.load(path))
        with open(path, encoding="utf-8") as handle:
            return _parse_gold(json.load(handle))
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as error:
        raise GoldError(f"{name}: bad gold file: {error}") from error


def load_gold_dir(folder: str | Path) -> dict[str, Gold]:
    """Every *.json gold file of a folder, keyed by its "doc" id (which must be unique)."""
    golds: dict[str, Gold] = {}
    for path in sorted(Path(folder).glob("*.json")):
        gold = load_gold(path)
        if gold.doc in golds:
            raise GoldError(f"{path}: doc {gold.doc!r} already has a gold file in {folder}")
        golds[gold.doc] = gold
    return golds


# Names

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "′": "'", "‚": "'",
                         "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})
# "Russia's" -> "Russia", "Witnesses' " -> "Witnesses " (after quotes are unified)
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)")


def normalize(name: str) -> str:
    """The form names are compared in: casefolded, quotes unified, spaces collapsed,
    a leading "the " and possessive 's dropped."""
    text = " ".join(name.translate(_QUOTES).casefold().split())
    text = _POSSESSIVE.sub("", text)
    return text[4:] if text.startswith("the ") else text
