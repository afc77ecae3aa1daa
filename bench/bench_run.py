"""Benchmark: the whole ``werkplan run`` against a bare pdfplumber ``extract_tables()`` pass.

Each measurement runs in its own child process, so peak memory (max RSS) is that
job's alone; the reader's worker processes are reported apart (the largest one).
The whole tree's memory is sampled beside them every 20 ms: the summed PSS of the
job and every process below it (bench/memory.py), its peak and how many processes
held it.
Runs of the two jobs alternate and the best of ``--repeat`` is reported: on a
shared machine the best run is the one least disturbed by others.  The same
figures follow for a synthetic werkplan of about ``--pages`` pages, against the
first PDF's per page and peak memory: the 2023 werkplan set anew from its plain
text with its programmalijnen repeated and renumbered (Programmalijn 10, Project
10.1, ...), the table of contents, Onderdeel A's tables, the overview and the
function-level breakdown raised to match, so every id is unique and the sums hold
as on 2023 (bench/synthetic.py).  It is built once and kept under the system temp
dir, keyed by a hash of the seed, the builders and the size.

    python bench/bench_run.py [PDF] [--repeat N] [--pages N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout, not an installed copy
DEFAULT_PDF = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"


def child_run(pdf: str) -> dict:
    from pipelines.processes import keep_between_runs, shutdown
    from pipelines.run import run_pipeline

    keep_between_runs(False)  # one run, as the werkplan command makes

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = run_pipeline(pdf, out)
        seconds = time.perf_counter() - started
    shutdown()  # so the side processes' memory and processor time are counted with the children's
    # The page workers are the forkserver's children: stopping it (waiting for it) counts them too.
    # A private call (the standard library's tests use it); there is no public one.
    from multiprocessing import forkserver

    forkserver._forkserver._stop()
    return {"seconds": seconds, "pages": result.datasets.metadata["page_count"], "stages": result.timings}


def child_baseline(pdf: str) -> dict:
    import pdfplumber

    started = time.perf_counter()
    with pdfplumber.open(pdf) as document:
        pages = len(document.pages)
        for page in document.pages:
            page.extract_tables()
            page.close()
    return {"seconds": time.perf_counter() - started, "pages": pages, "stages": {}}


def measure(kind: str, pdf: str) -> dict:
    from bench.memory import TreePeak

    child = subprocess.Popen([sys.executable, __file__, "--child", kind, pdf], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreePeak(child.pid)
    sampler.start()
    output, errors = child.communicate()
    sampler.stop()
    if child.returncode:
        raise RuntimeError(f"the {kind} job failed ({child.returncode}): {errors}")
    return {**json.loads(output.strip().splitlines()[-1]), "tree_pss_mib": sampler.peak_mib,
            "tree_processes": sampler.processes_at_peak}


def best(runs: list[dict]) -> dict:
    fastest = min(runs, key=lambda r: r["seconds"])
    return {**fastest, **{key: max(r[key] for r in runs) for key in ("max_rss_mib", "worker_rss_mib", "tree_pss_mib")}}


def benchmark(pdf: str, repeat: int) -> dict:
    runs: dict[str, list[dict]] = {"baseline": [], "run": []}
    for _ in range(repeat):
        for kind in runs:
            runs[kind].append(measure(kind, pdf))
    return {kind: best(r) for kind, r in runs.items()}


def report(title: str, result: dict) -> None:
    base, run = result["baseline"], result["run"]
    pages = run["pages"]
    print(title)
    print(f"  {'job':<46}{'seconds':>9}{'ms/page':>9}{'CPU s':>8}{'peak MiB':>10}{'worker MiB':>12}"
          f"{'tree PSS MiB':>14}")
    print(f"  {'pdfplumber extract_tables() pass':<46}{base['seconds']:>9.2f}{base['seconds'] / pages * 1000:>9.1f}"
          f"{base['cpu_seconds']:>8.1f}{base['max_rss_mib']:>10.0f}{'':>12}{base['tree_pss_mib']:>14.0f}")
    print(f"  {'werkplan run':<46}{run['seconds']:>9.2f}{run['seconds'] / pages * 1000:>9.1f}"
          f"{run['cpu_seconds']:>8.1f}{run['max_rss_mib']:>10.0f}{run['worker_rss_mib']:>12.0f}"
          f"{run['tree_pss_mib']:>14.0f}  ({run['tree_processes']} processes at the peak)")
    for stage, seconds in run["stages"].items():
        print(f"  {'  ' + stage:<46}{seconds:>9.2f}{seconds / pages * 1000:>9.1f}")
    print(f"  ratio werkplan run / pdfplumber pass: time {run['seconds'] / base['seconds']:.2f}x, "
          f"CPU time {run['cpu_seconds'] / base['cpu_seconds']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", default=str(DEFAULT_PDF))
    parser.add_argument("--repeat", type=int, default=2, help="runs of each job, alternating; the best is reported")
    parser.add_argument("--pages", type=int, default=1000, help="size of the synthetic werkplan; 0 skips it")
    parser.add_argument("--child", choices=["run", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = child_run(args.pdf) if args.child == "run" else child_baseline(args.pdf)
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        result["max_rss_mib"] = own.ru_maxrss / 1024
        result["worker_rss_mib"] = children.ru_maxrss / 1024
        # Processor time of the job and its processes: what a busy machine distorts least.
        result["cpu_seconds"] = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
        print(json.dumps(result))
        return

    small = benchmark(args.pdf, args.repeat)
    report(f"{args.pdf}: best of {args.repeat} runs each", small)
    if not args.pages:
        return
    from bench.synthetic import synthetic_werkplan

    big_pdf, built = synthetic_werkplan(args.pages)
    if built["built_seconds"] is not None:
        print(f"built the synthetic werkplan in {built['built_seconds']:.1f} s: {big_pdf}")
    big = benchmark(str(big_pdf), 1)
    pages = big["run"]["pages"]
    report(f"synthetic werkplan: the 2023 content with {len(built['extra'])} more programmalijnen, renumbered "
           f"({pages} pages), one run each", big)
    per_page = {size: r["run"]["seconds"] / r["run"]["pages"] for size, r in (("small", small), ("big", big))}
    print(f"{pages} against {small['run']['pages']} pages: time per page {per_page['big'] / per_page['small']:.2f}x, "
          f"peak memory {big['run']['max_rss_mib']:.0f} against {small['run']['max_rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
