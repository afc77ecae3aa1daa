"""Soak: many runs in a row, to see that nothing grows: memory, open files, processes.

1. ``--runs`` consecutive runs (default 50) of ``run_pipeline`` in this one Python process,
   as a service or a notebook would call the library.  After each: the summed PSS of this
   process and every process below it, its open file descriptors and its live child processes.
2. One ``werkplan run`` over a folder of ``--copies`` copies (default 20) of the PDF with ``--jobs 2``,
   each copy a file of its own (a different number of bytes after its end), so each is read in full;
   all but the first are then refused as a second PDF of the same year (exit 2, a line each).  The
   same three figures, sampled every second while it runs, then what is left after it ended
   (nothing may be).

The figures are printed, not judged: they must not grow from run to run.

    python bench/soak.py [PDF] [--runs N] [--copies N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout, not an installed copy
DEFAULT_PDF = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"


def figures(pid: int) -> str:
    from bench.memory import descendants, open_fds, tree_pss_mib

    pss, _ = tree_pss_mib(pid)
    return f"tree PSS {pss:6.0f} MiB, open fds {open_fds(pid):3d}, live children {len(descendants(pid)):2d}"


def library_runs(pdf: Path, runs: int) -> None:
    from pipelines.run import run_pipeline

    with tempfile.TemporaryDirectory() as out:
        for number in range(1, runs + 1):
            started = time.perf_counter()
            run_pipeline(pdf, out)
            print(f"run {number:3d}: {time.perf_counter() - started:5.1f} s, {figures(os.getpid())}", flush=True)


def folder_run(pdf: Path, copies: int) -> None:
    from bench.memory import alive, descendants

    with tempfile.TemporaryDirectory() as work:
        inbox = Path(work) / "inbox"
        inbox.mkdir()
        data = pdf.read_bytes()
        for number in range(copies):
            (inbox / f"copy-{number:02d}.pdf").write_bytes(data + b"%" * number)
        command = [sys.executable, "-c", "from pipelines.console import command; command()", "run", str(inbox),
                   "--out", str(Path(work) / "out"), "--jobs", "2"]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        seen: set[int] = set()
        started = time.monotonic()
        while process.poll() is None:
            seen |= descendants(process.pid)
            print(f"{time.monotonic() - started:6.0f} s: {figures(process.pid)}", flush=True)
            time.sleep(1)
        _, errors = process.communicate()
        time.sleep(2)  # the time the run's processes have to end after it
        left = alive(seen)
        print(f"werkplan run over {copies} copies ended with {process.returncode} after "
              f"{time.monotonic() - started:.0f} s; {len(errors.splitlines())} lines on stderr; "
              f"{len(seen)} processes started, {len(left)} left alive; "
              f"left in the output folder: {sorted(p.name for p in (Path(work) / 'out').glob('.batch.*'))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--runs", type=int, default=50, help="consecutive library runs in this process")
    parser.add_argument("--copies", type=int, default=20, help="copies of the PDF in the folder run")
    args = parser.parse_args()
    library_runs(args.pdf, args.runs)
    folder_run(args.pdf, args.copies)


if __name__ == "__main__":
    main()
