"""Exporters: one module per format; each writes atomically (temporary file, then rename)."""

from __future__ import annotations

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
