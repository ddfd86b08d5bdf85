"""The notebooks in notebooks/ run from top to bottom, are stored without outputs, and only use kg.

Each is executed with nbclient in a kernel of this Python (so it imports the kg under test),
from the notebooks folder, as a reader would run it. The kernel's TMPDIR is the test's own
temporary folder, so the build folder each notebook makes (tempfile.mkdtemp) goes with it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
BOOKS = sorted(NOTEBOOKS.glob("*.ipynb"))


def code_of(path: Path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells
            if c["cell_type"] == "code"]


def test_there_are_at_least_three_notebooks():
    assert len(BOOKS) >= 3, BOOKS


@pytest.mark.parametrize("path", BOOKS, ids=[p.stem for p in BOOKS])
def test_notebook_is_stored_without_outputs(path):
    book = json.loads(path.read_text(encoding="utf-8"))
    for cell in book["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, cell.get("id")
        assert "attachments" not in cell
    assert "widgets" not in book.get("metadata", {})


@pytest.mark.parametrize("path", BOOKS, ids=[p.stem for p in BOOKS])
def test_notebook_uses_kg_and_holds_no_extraction_logic(path):
    code = "\n".join(code_of(path))
    assert "from kg" in code or "import kg" in code
    for forbidden in ("import spacy", "kg.extract", "kg.relations", "kg.nlp", "kg.components", "Matcher("):
        assert forbidden not in code, forbidden


@pytest.mark.slow
@pytest.mark.parametrize("path", BOOKS, ids=[p.stem for p in BOOKS])
def test_notebook_runs(path, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(book, timeout=900, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute(env=dict(os.environ, TMPDIR=str(tmp_path)))  # raises CellExecutionError, naming the cell, if any cell fails
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("text/html" in o.get("data", {}) for o in outputs)  # at least one DataFrame shown
    assert list(tmp_path.glob("kg-notebook-*"))  # the notebook built into the folder it was given
