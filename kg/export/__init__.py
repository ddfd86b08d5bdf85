"""Exporters: one module per format; each writes atomically (temporary file, then rename)."""

from __future__ import annotations

import gc
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


def temporary_beside(path: Path) -> Path:
    """A new empty file `.NAME.*.tmp` beside `path` (a build removes any left by a build that was killed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def put_in_place(tmp: Path, path: Path) -> None:
    """Rename the finished temporary file `tmp` over `path`, with an ordinary file's permissions."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
    os.replace(tmp, path)


def place_staged(staged: dict[Path, Path]) -> list[Path]:
    """Rename each staged temporary file over its path ({path: temporary file}, emptied as it goes)."""
    placed = []
    for path, tmp in list(staged.items()):
        put_in_place(tmp, path)
        del staged[path]
        placed.append(path)
    return placed


@contextmanager
def atomic_path(path: Path):
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds."""
    tmp = temporary_beside(path)
    try:
        yield tmp
        put_in_place(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


YOUNG_OBJECTS = 50_000  # allocations between collections of the youngest generation (Python's: 700)
_holding = [0]  # nested few_collections blocks: the outermost one holds and restores


@contextmanager
def few_collections():
    """Run the block with Python's cycle collector mostly out of the way, then restore it.

    A build allocates millions of short-lived containers (a triple is a tuple) and frees them by
    reference counting; the collector's passes find next to nothing to free, but with Python's
    thresholds they cost about 2 s CPU per 1,000 articles when writing the outputs, and more per
    article as the build grows: its full passes re-scan everything alive (the spaCy model, the
    resolution, the view being gathered), which grows with the corpus (measured at 5,000 articles:
    over 4 ms per article). Everything alive when the block starts is frozen (never scanned again until
    it ends) and the youngest generation is collected every YOUNG_OBJECTS allocations instead of 700.
    """
    if _holding[0]:
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
    _holding[0] += 1
    try:
        yield
    finally:
        _holding[0] -= 1
        gc.set_threshold(*thresholds)
        gc.unfreeze()
