"""Real server processes for the tests: `kg serve` and an Oxigraph server, on loopback, always stopped.

Every wait is a bounded loop; every process is terminated (then killed) when the block ends.
"""

from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

START_SECONDS = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(15)


@contextmanager
def kg_serve(out: Path, logs: Path, *options: str):
    """Run `kg serve --out OUT --port 0 OPTIONS...`; yield the endpoint URL (http://127.0.0.1:PORT/sparql)."""
    logs.mkdir(parents=True, exist_ok=True)
    stdout, stderr = logs / "serve.out", logs / "serve.err"
    command = [sys.executable, "-m", "kg.cli", "serve", "--out", str(out), "--port", "0", *options]
    with open(stdout, "wb") as out_file, open(stderr, "wb") as err_file:
        process = subprocess.Popen(command, stdout=out_file, stderr=err_file, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            found = re.search(r"http://\S+/sparql", stdout.read_text(encoding="utf-8", errors="replace"))
            if found:
                yield found[0]
                break
            if process.poll() is not None:
                raise RuntimeError(f"kg serve exited {process.returncode}: {stderr.read_text()[-2000:]}")
            time.sleep(0.2)
        else:
            raise RuntimeError(f"kg serve did not start within {START_SECONDS} s: {stderr.read_text()[-2000:]}")
    finally:
        stop(process)


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the `oxigraph` server is not installed (pip install -e '.[dev]' installs it)")
    return found


@contextmanager
def oxigraph_server(location: Path, logs: Path, read_only: bool = False):
    """Run `oxigraph serve --location LOCATION --bind 127.0.0.1:PORT`; yield http://127.0.0.1:PORT."""
    port = free_port()
    logs.mkdir(parents=True, exist_ok=True)
    command = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{port}"]
    with open(logs / "oxigraph.log", "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"oxigraph exited {process.returncode}: {(logs / 'oxigraph.log').read_text()}")
            try:
                with urllib.request.urlopen(base + "/", timeout=2):
                    break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"oxigraph did not start within {START_SECONDS} s")
        yield base
    finally:
        stop(process)
