"""Memory of a whole process tree: summed PSS, from /proc (Linux).

PSS (proportional set size) counts a page shared by N processes as 1/N in each,
so the sum over a tree is what the tree costs the machine: forked workers
sharing their parent's pages are not counted twice, as summed RSS would.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path


def children() -> dict[int, list[int]]:
    """Parent pid → pids of the processes alive now (zombies left out)."""
    found: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state, parent = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:2]
        except (OSError, ValueError):
            continue
        if state != "Z":
            found.setdefault(int(parent), []).append(int(entry.name))
    return found


def descendants(pid: int) -> set[int]:
    """The live processes below ``pid`` (zombies left out)."""
    children_of = children()
    found, todo = set(), [pid]
    while todo:
        for child in children_of.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie has ended; its parent, or init, has not reaped it yet)."""
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            living.add(pid)
    return living


def described(pids: set[int]) -> list[str]:
    """Each of ``pids`` as ``/proc`` shows it now: pid, state, parent, the kernel function it waits in
    and its command line; what a test says of the processes a run left alive."""
    lines = []
    for pid in sorted(pids):
        folder = Path(f"/proc/{pid}")
        try:
            state, parent = (folder / "stat").read_text().rsplit(")", 1)[1].split()[:2]
            command = (folder / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            waiting = (folder / "wchan").read_text()
        except OSError:
            lines.append(f"{pid} (gone)")
            continue
        lines.append(f"{pid} state {state} parent {parent} waiting in {waiting or '-'}: {command[:160]}")
    return lines


def pss_kib(pid: int) -> int:
    """The process's PSS in KiB (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def tree_pss_mib(pid: int) -> tuple[float, int]:
    """Summed PSS of ``pid`` and its descendants, in MiB, and how many processes that is."""
    tree = {pid} | descendants(pid)
    return sum(map(pss_kib, tree)) / 1024, len(tree)


def open_fds(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return 0


class TreePeak(threading.Thread):
    """Samples the tree under ``pid`` every ``interval`` seconds until :meth:`stop`; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.02):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_mib, self.processes_at_peak, self.most_processes = 0.0, 0, 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.is_set():
            mib, count = tree_pss_mib(self.pid)
            if mib > self.peak_mib:
                self.peak_mib, self.processes_at_peak = mib, count
            self.most_processes = max(self.most_processes, count)
            time.sleep(self.interval)

    def stop(self) -> TreePeak:
        self._stopped.set()
        self.join()
        return self
