"""The `full` network view gathered in a process of its own while the build writes the RDF files and the store.

With `--jobs N` the extraction workers are done when writing starts, and one process would make
each article's graph, write it to the files and the store and gather the view while the other
cores idle. A `ViewProcess` makes the same graphs from the build's cache itself (kg.stream.BuildGraphs:
the same code on the same extractions, so the same graphs) and gathers and writes the view meanwhile
(kg.export.fullview). It writes the four files under temporary names; the build renames them in
`write`, at the point a one-process build writes them, so a build that is stopped leaves the
previous files as they were. The process stops when the build closes it or is gone.

The source goes to the process through a pipe from a thread of the build: the process reads it
only once it has started Python and imported what it needs (a second or so), and the build goes on
writing meanwhile instead of waiting for that.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from kg.errors import KGError
from kg.export import place_staged


class ViewProcess:
    """Gathers the full view of `source` (graphs that pickle, e.g. BuildGraphs.portable()) in a spawned
    process, its event spool in WORKDIR, its files staged in FOLDER; use it as a context manager."""

    def __init__(self, source, workdir: Path, folder: Path):
        data = ForkingPickler.dumps(source)  # first: a source that does not pickle fails before any process
        context = multiprocessing.get_context("spawn")
        self.results, sender = context.Pipe(duplex=False)
        receiver, self.source = context.Pipe(duplex=False)
        self.process = context.Process(target=run, args=(receiver, workdir, Path(folder), os.getpid(), sender),
                                       name="kg-fullview", daemon=True)
        self.process.start()
        sender.close()
        receiver.close()
        self.sending = threading.Thread(target=send, args=(self.source, data), name="kg-fullview-source",
                                        daemon=True)
        self.sending.start()
        self.folder, self.staged = Path(folder), {}

    def write(self, folder: Path) -> list[Path]:
        """Wait for the view and rename its files into place in FOLDER (the folder it was staged in)."""
        self.stage(folder)
        return self.place()

    def stage(self, folder: Path) -> dict[Path, Path]:
        """Wait for the view's files, staged in FOLDER: {path: temporary file}; `place` renames them, and
        `close` removes those it did not."""
        if Path(folder) != self.folder:
            raise ValueError(f"the view was staged in {self.folder}, not {folder}")
        while not self.results.poll(0.2):  # a process that dies early may not close its end of the pipe
            if not self.process.is_alive() and not self.results.poll(0):
                raise KGError(f"the process gathering the network view stopped (exit code {self.process.exitcode})")
        try:
            kind, found = self.results.recv()
        except (EOFError, OSError):
            raise KGError("the process gathering the network view stopped unexpectedly") from None
        if kind != "staged":
            raise KGError(f"gathering the network view failed: {found}")
        self.staged = dict(found)
        return dict(found)

    def place(self) -> list[Path]:
        """Rename the files of `stage` into place."""
        return place_staged(self.staged)

    def close(self) -> None:
        """Stop the process if it still runs; remove files it staged that were not renamed."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.sending.join()  # done: the process read the source, or is gone (the pipe is broken)
        self.source.close()
        try:
            if self.results.poll(0):  # files staged but never taken: the build failed meanwhile
                kind, found = self.results.recv()
                self.staged.update(found if kind == "staged" else {})
        except (EOFError, OSError):
            pass
        self.results.close()
        for tmp in self.staged.values():
            tmp.unlink(missing_ok=True)

    def __enter__(self) -> ViewProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def send(connection, data: bytes) -> None:
    """Send the pickled source to the view's process (in a thread of the build); a process already
    gone is reported by `ViewProcess.write`."""
    try:
        connection.send_bytes(data)
    except OSError:
        pass


def run(receiver, workdir: Path, folder: Path, build: int, sender) -> None:
    """The view's process."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # terminated: clean up on the way out
    try:
        source = receiver.recv()
    except (EOFError, OSError):  # the build is gone before sending it
        return
    finally:
        receiver.close()
    gather(source, workdir, folder, build, sender)


def gather(source, workdir: Path, folder: Path, build: int, sender) -> None:
    """Gather every graph of `source`, stage the files, send {path: temporary file}; stop as soon as the
    process BUILD is no longer this one's parent."""
    from kg.export import few_collections
    from kg.export.fullview import FullView

    try:
        with few_collections(), FullView(workdir) as view:
            for name, triples in source.graphs():
                if os.getppid() != build:  # the build is gone (killed): so is its view
                    return
                view.add(name, triples)
            view.stage(folder)
            staged = view.release()
    except Exception as err:  # reported by the build as one line
        sender.send(("error", str(err) if isinstance(err, KGError) else f"{type(err).__name__}: {err}"))
        return
    try:
        sender.send(("staged", staged))
    except OSError:  # the build is gone
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
