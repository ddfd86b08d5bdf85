"""Calibrated confidence per rule (ontology/confidence.yaml, made by `kg calibrate`).

`of(rule, prior)` is the confidence a record made by `rule` gets: its prior (the value the rule
states in code for this record) shifted by the rule's calibration, the calibrated value minus the
rule's mean prior on the development set, so records of one rule keep their order. Rules not seen
on the development set keep their priors.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kg.paths import ontology_dir

# libyaml's safe loader when PyYAML has it (the same data, read about ten times faster), as kg.lexicon reads
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path | None = None) -> dict[str, float]:
    """rule -> shift (calibrated confidence minus mean prior)."""
    path = path or ontology_dir() / "confidence.yaml"
    if not path.is_file():
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
    return {rule: float(row["confidence"]) - float(row["prior"]) for rule, row in data.items()}


TABLE: dict[str, float] = load()


def of(rule: str, prior: float) -> float:
    return round(min(max(prior + TABLE.get(rule, 0.0), 0.0), 1.0), 3)
