"""Benchmark: the whole ``werkplan run`` against a bare pdfplumber ``extract_tables()`` pass.

Each measurement runs in its own child process, so peak memory (max RSS) is that
job's alone.  Both are measured in the same invocation on the same machine and
the ratio is printed; absolute seconds vary with load, the ratio much less.

    python bench/bench_run.py [PDF] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"


def child_run(pdf: str) -> dict:
    from pipelines.run import run_pipeline

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = run_pipeline(pdf, out)
        seconds = time.perf_counter() - started
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
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, pdf], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", default=str(DEFAULT_PDF))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each job; the median is reported")
    parser.add_argument("--child", choices=["run", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = child_run(args.pdf) if args.child == "run" else child_baseline(args.pdf)
        result["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return

    results = {kind: [measure(kind, args.pdf) for _ in range(args.repeat)] for kind in ("baseline", "run")}
    summary = {}
    for kind, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        summary[kind] = {
            "seconds": seconds,
            "pages": runs[0]["pages"],
            "max_rss_mib": max(r["max_rss_mib"] for r in runs),
            "stages": {s: statistics.median(r["stages"][s] for r in runs) for s in runs[0]["stages"]},
        }
    base, run = summary["baseline"], summary["run"]
    pages = run["pages"]
    print(f"PDF: {args.pdf} ({pages} pages), median of {args.repeat} runs each")
    print(f"{'job':<34}{'seconds':>9}{'s/page':>9}{'peak MiB':>10}")
    print(f"{'pdfplumber extract_tables() pass':<34}{base['seconds']:>9.2f}{base['seconds'] / pages:>9.3f}"
          f"{base['max_rss_mib']:>10.0f}")
    print(f"{'werkplan run':<34}{run['seconds']:>9.2f}{run['seconds'] / pages:>9.3f}{run['max_rss_mib']:>10.0f}")
    for stage, seconds in run["stages"].items():
        print(f"{'  stage: ' + stage:<34}{seconds:>9.2f}{seconds / pages:>9.3f}")
    print(f"ratio werkplan run / baseline: time {run['seconds'] / base['seconds']:.2f}x, "
          f"peak memory {run['max_rss_mib'] / base['max_rss_mib']:.2f}x")


if __name__ == "__main__":
    main()
