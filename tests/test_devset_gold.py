"""The development set's gold files pass the checker, and every article's front matter is what kg reads."""
from __future__ import annotations

import sys
from pathlib import Path

DEVSET = Path(__file__).parent / "devset"
sys.path.insert(0, str(DEVSET))

import check_gold  # noqa: E402

from kg.documents import parse_text  # noqa: E402  (kg's own reader)


def test_every_gold_file_passes_the_checker(capsys):
    assert check_gold.main([str(DEVSET)]) == 0, capsys.readouterr().out[-2000:]


def test_kg_reads_every_article_with_its_id_and_date():
    for path in sorted([*DEVSET.glob("dev/*.md"), *DEVSET.glob("heldout/*.md")]):
        article = parse_text(path.read_text(encoding="utf-8"), str(path))
        assert article.id == path.stem and article.published, path.name
