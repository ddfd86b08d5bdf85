"""Measuring one run: wall and CPU time, peak memory, and where the time of a kg build goes.

`run(cmd)` starts a command and reports its wall time, its CPU time (user + system, its
own and that of the children it waited for), the peak RSS of its largest process
(`ru_maxrss` from wait4) and the peak memory of its whole process tree (the sum of PSS
over the tree, sampled every 0.5 s, so worker processes count and shared pages count once).
CPU time is the steadier number on a busy machine; wall time is what a user waits.

`StageClock` times named library functions inside a process, exclusively: while a nested
timed function runs, the outer one's clock stops, so the stages add up to the whole.
"""

from __future__ import annotations

import functools
import inspect
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Measurement:
    cmd: list[str]
    returncode: int
    wall_seconds: float
    cpu_seconds: float
    peak_rss_mb: float  # the largest single process
    peak_tree_mb: float  # the whole process tree (PSS, sampled)
    stdout: str
    stderr: str
    killed: str | None = None

    def as_dict(self) -> dict:
        return {"returncode": self.returncode, "wall_seconds": round(self.wall_seconds, 3),
                "cpu_seconds": round(self.cpu_seconds, 3), "peak_rss_mb": round(self.peak_rss_mb, 1),
                "peak_tree_mb": round(self.peak_tree_mb, 1), "killed": self.killed}


def run(cmd: list[str], max_tree_mb: float | None = None, timeout: float | None = None,
        cwd: Path | None = None) -> Measurement:
    """Run CMD to completion; kill it (and say so) if its tree grows past MAX_TREE_MB or it runs past
    TIMEOUT seconds (a timed-out child first gets SIGUSR1, which makes ours dump their Python stacks)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, start_new_session=True)
        sampler = TreeSampler(proc.pid, max_tree_mb, timeout)
        sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # the harness is stopped: stop the run too
            sampler.kill("harness stopped")
            sampler.stop()
            raise
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
        out.seek(0)
        err.seek(0)
        return Measurement(cmd, proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                           sampler.peak / 2**20, out.read(), err.read(), sampler.killed)


class TreeSampler(threading.Thread):
    """Samples the memory of a process and all its descendants until stopped; enforces the limits."""

    def __init__(self, pid: int, limit_mb: float | None, timeout: float | None = None, interval: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.limit, self.interval = pid, limit_mb, interval
        self.deadline = time.monotonic() + timeout if timeout else None
        self.peak, self.killed = 0, None
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            used = sum(memory_of(p) for p in tree_of(self.pid))
            self.peak = max(self.peak, used)
            if self.limit and used > self.limit * 2**20 and not self.killed:
                self.kill(f"process tree passed {self.limit:.0f} MB; killed")
            if self.deadline and time.monotonic() > self.deadline and not self.killed:
                self.kill("timed out; killed (Python stacks at that moment are in its stderr)", signal.SIGUSR1)
            self.done.wait(self.interval)

    def kill(self, why: str, first: signal.Signals | None = None):
        self.killed = why
        try:
            if first:
                os.kill(self.pid, first)
                self.done.wait(3)
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def stop(self):
        self.done.set()
        self.join()


def tree_of(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def memory_of(pid: int) -> int:
    """Bytes: PSS when the kernel gives it, else RSS; 0 for a process that is gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def rss_mb() -> tuple[float, float]:
    """(current, peak) RSS of this process in MB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            values[line[:5]] = int(line.split()[1]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


@dataclass
class Stage:
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    calls: int = 0
    rss_after_mb: float = 0.0  # the largest RSS seen when this stage handed back control


@dataclass
class StageClock:
    """Exclusive wall and CPU time per stage, and a memory timeline: each time the process's RSS
    passes its previous high by 25 MB, (seconds since start, stage running, RSS MB) is noted."""

    stages: dict[str, Stage] = field(default_factory=dict)
    stack: list[list] = field(default_factory=list)  # [name, wall started, cpu started]
    rss: float = 0.0
    rss_read: float = 0.0
    started: float = field(default_factory=time.perf_counter)
    timeline: list[tuple[float, str, float]] = field(default_factory=list)

    def enter(self, name: str):
        now, cpu = time.perf_counter(), time.process_time()
        if self.stack:
            self.charge(self.stack[-1], now, cpu)
        self.stages.setdefault(name, Stage()).calls += 1
        self.stack.append([name, now, cpu])

    def leave(self):
        now, cpu = time.perf_counter(), time.process_time()
        top = self.stack.pop()
        self.charge(top, now, cpu)
        if now - self.rss_read > 0.05:  # /proc is read at most 20 times a second
            self.rss, self.rss_read = rss_mb()[0], now
            if self.rss > (self.timeline[-1][2] if self.timeline else 0) + 25:
                self.timeline.append((round(now - self.started, 1), top[0], round(self.rss)))
        stage = self.stages[top[0]]
        stage.rss_after_mb = max(stage.rss_after_mb, self.rss)
        if self.stack:
            self.stack[-1][1:] = [now, cpu]

    def charge(self, frame: list, now: float, cpu: float):
        stage = self.stages[frame[0]]
        stage.seconds += now - frame[1]
        stage.cpu_seconds += cpu - frame[2]

    def wrap(self, name: str, func):
        """FUNC timed under NAME; a generator it returns is timed on every step."""
        clock = self

        def steps(gen):
            while True:
                clock.enter(name)
                try:
                    item = next(gen)
                except StopIteration:
                    return
                finally:
                    clock.leave()
                yield item

        @functools.wraps(func)
        def timed(*args, **kwargs):
            clock.enter(name)
            try:
                result = func(*args, **kwargs)
            finally:
                clock.leave()
            return steps(result) if inspect.isgenerator(result) else result

        return timed

    def report(self) -> dict:
        return {name: {"seconds": round(s.seconds, 3), "cpu_seconds": round(s.cpu_seconds, 3), "calls": s.calls,
                       "rss_after_mb": round(s.rss_after_mb, 1)}
                for name, s in sorted(self.stages.items(), key=lambda kv: -kv[1].cpu_seconds)}


def instrument(clock: StageClock, targets: list[tuple[str, str]]) -> list[str]:
    """Time each (stage, `module:qualname`) of TARGETS under its stage; returns the targets not found.

    A function imported by name into another kg module (`from kg.resolve import resolve`), or
    held in a module-level dict (a table of writers), is replaced there too.
    """
    import importlib

    missing = []
    for stage, target in targets:
        module_name, _, qualname = target.partition(":")
        try:
            owner = importlib.import_module(module_name)
            *path, attr = qualname.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, attr)
        except (ImportError, AttributeError):
            missing.append(target)
            continue
        timed = clock.wrap(stage, original)
        setattr(owner, attr, timed)
        rebind(original, timed)
    return missing


def rebind(original, timed) -> None:
    for name, module in list(sys.modules.items()):
        if not (name == "kg" or name.startswith("kg.")) or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if value is original:
                setattr(module, attr, timed)
            elif isinstance(value, dict):
                for key, item in list(value.items()):
                    if item is original:
                        value[key] = timed
