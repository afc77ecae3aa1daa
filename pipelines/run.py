"""The whole job as plain function calls: PDF → extract → normalise → write."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from extract.werkplan import extract_werkplan

from .datasets import Datasets, build_datasets
from .write import write_datasets


@dataclass
class RunResult:
    output: Path
    datasets: Datasets


def run_pipeline(pdf: str | Path, out_dir: str | Path = "output", show_progress: bool | None = None) -> RunResult:
    """Run every stage on one werkplan PDF and write its datasets to ``out_dir/<document-id>/``.

    Progress is shown on a terminal only (``show_progress=None`` decides by stderr).
    """
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    with tqdm(total=None, unit="page", desc="reading PDF", disable=not show_progress, leave=False) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        extraction = extract_werkplan(pdf, progress=progress)
    datasets = build_datasets(extraction)
    output = write_datasets(datasets, out_dir)
    return RunResult(output=output, datasets=datasets)
