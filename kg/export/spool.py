"""The events of a `full` view being gathered (kg.export.fullview), in a temporary SQLite file.

One row per event: its place on the timeline (day, article id, IRI), its node and its role edges
(pickled, ready to write: only this process reads the file, and pickle is twice as quick as JSON
here). Rows go in as the articles come and out in timeline order, so the events of a build are
never all in memory; the file (DIR/.fullview.*.tmp, removed by `close`, or by the next build when
a build is killed) holds them meanwhile.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kg.iri import node_id

PROTOCOL = pickle.HIGHEST_PROTOCOL


class EventSpool:
    """Event rows (day, article id, IRI, (node id, attributes), [(target, key, attributes)...]) on disk."""

    def __init__(self, workdir: Path | None = None):
        fd, self.path = tempfile.mkstemp(prefix=".fullview.", suffix=".tmp", dir=workdir)
        os.close(fd)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE events (day TEXT, article TEXT, iri TEXT, node BLOB, edges BLOB)")

    def add(self, rows: list[tuple]) -> None:
        self.db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)",
                            ((*key, pickle.dumps(node, PROTOCOL), pickle.dumps(edges, PROTOCOL))
                             for *key, node, edges in rows))

    def finish(self) -> None:
        self.db.execute("CREATE INDEX IF NOT EXISTS timeline ON events (day, article, iri)")
        self.db.commit()

    def nodes(self) -> Iterator[tuple[str, dict]]:
        for (row,) in self.db.execute("SELECT node FROM events ORDER BY day, article, iri"):
            yield pickle.loads(row)

    def edges(self) -> Iterator[tuple[str, str, str, dict]]:
        for iri, row in self.db.execute("SELECT iri, edges FROM events ORDER BY day, article, iri"):
            source = node_id(iri)
            for target, key, data in pickle.loads(row):
                yield source, target, key, data

    def close(self) -> None:
        self.db.close()
        Path(self.path).unlink(missing_ok=True)
