"""Worker processes that run the queries of `kg serve`, so that a runaway query can be stopped.

pyoxigraph cannot interrupt a query from another thread, so every query runs in one of a few
worker processes, each holding the build (in memory by default; DIR/store/ opened in place,
read-only unless updates are allowed, with --on-disk). The server
waits for an answer at most `timeout` seconds; a worker that has not answered by then is killed
and replaced, so a cartesian product or a deep property path costs one worker for `timeout`
seconds and nothing else. Workers also get an address-space limit, so a query that tries to
hold too much in memory dies alone instead of taking the machine with it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import queue
import resource
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KGError


@dataclass(frozen=True)
class Reply:
    """One HTTP answer, made by a worker (or by the pool when the worker could not answer)."""
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = field(default=())


def text_reply(status: int, message: str, *headers: tuple[str, str]) -> Reply:
    return Reply(status, (message + "\n").encode("utf-8"), headers=tuple(headers))


# --- inside a worker process --------------------------------------------------------------------


def die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies (best effort; elsewhere a no-op)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def limit_memory(megabytes: int) -> None:
    if megabytes > 0:
        size = megabytes * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_AS, (size, size))
        except (ValueError, OSError):
            pass


def worker_main(conn, out: str, writable: bool, in_memory: bool, memory_mb: int) -> None:
    """Open the build, say so, then answer requests until the server closes the pipe."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    from kg import server_answer  # imported here: the worker's heavy imports stay out of the server
    try:
        store = server_answer.open_build(Path(out), writable, in_memory)
    except KGError as err:
        conn.send(("error", str(err)))
        return
    limit_memory(memory_mb)
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        conn.send(server_answer.answer(store, request))


# --- in the server ------------------------------------------------------------------------------


class Worker:
    def __init__(self, context, out: Path, writable: bool, in_memory: bool, memory_mb: int, start_timeout: float):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, str(out), writable, in_memory, memory_mb),
                                       daemon=True, name="kg-serve-worker")
        self.process.start()
        child.close()
        if not self.conn.poll(start_timeout):
            self.kill()
            raise KGError(f"a query worker did not open {out} within {start_timeout:.0f} s")
        try:
            kind, message = self.conn.recv()
        except (EOFError, OSError):
            kind, message = "error", f"a query worker could not open {out} (it exited)"
        if kind != "ready":
            self.kill()
            raise KGError(message)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """`size` workers; `ask(request, timeout)` runs one request on a free worker."""

    def __init__(self, out: Path, size: int = 2, writable: bool = False, in_memory: bool = True, memory_mb: int = 0,
                 start_timeout: float = 300.0):
        self.out, self.writable, self.in_memory = out, writable, in_memory
        self.memory_mb, self.start_timeout = memory_mb, start_timeout
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.workers: set[Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        self.wanted: queue.Queue[int] = queue.Queue()
        for _ in range(size):
            self.add(self.start())
        threading.Thread(target=self.spawn_replacements, daemon=True, name="kg-serve-spawner").start()

    def start(self) -> Worker:
        return Worker(self.context, self.out, self.writable, self.in_memory, self.memory_mb, self.start_timeout)

    def add(self, worker: Worker) -> None:
        with self.lock:
            if self.closed:
                worker.kill()
                return
            self.workers.add(worker)
        self.idle.put(worker)

    def retire(self, worker: Worker) -> None:
        """Kill a worker and have the spawner thread start its replacement."""
        with self.lock:
            self.workers.discard(worker)
        worker.kill()
        self.wanted.put(1)

    def spawn_replacements(self) -> None:
        """One long-lived thread starts every replacement: Linux sends a worker its parent-death signal
        when the thread that started it ends, so a short-lived thread would take its worker along."""
        while not self.closed:
            self.wanted.get()
            for attempt in range(3):
                if self.closed:
                    return
                try:
                    self.add(self.start())
                    break
                except KGError as err:
                    print(f"kg serve: could not start a query worker: {err}", file=sys.stderr, flush=True)
                    time.sleep(1 + attempt)

    def ask(self, request: dict, timeout: float) -> Reply:
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            return text_reply(503, f"busy: no query worker became free within {timeout:g} s; try again later",
                              ("Retry-After", "5"))
        try:
            worker.conn.send(request)
            if worker.conn.poll(timeout):
                reply = worker.conn.recv()
                self.idle.put(worker)
                return reply
        except (EOFError, OSError):
            self.retire(worker)
            return text_reply(500, "the query stopped its worker (it may have needed more memory than "
                              "kg serve --memory-limit allows)")
        self.retire(worker)
        return text_reply(503, f"query timed out after {timeout:g} s (kg serve --timeout sets the limit)")

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers, self.workers = list(self.workers), set()
        for worker in workers:
            worker.kill()
        self.wanted.put(0)  # wakes the spawner so that it sees the pool is closed
