"""Where kg finds its data (ontology, lexicon, patterns, queries)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def ontology_dir() -> Path:
    """The ontology folder: $KG_ONTOLOGY, else the one beside the package (editable installs)."""
    return Path(os.environ.get("KG_ONTOLOGY") or REPO / "ontology")
