"""The whole job as plain function calls: PDF → extract → normalise → validate → write."""

from __future__ import annotations

import multiprocessing
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from extract.crosscheck import second_reading
from extract.document import DEFAULT_READER
from extract.werkplan import Extraction, extract_werkplan

from .datasets import Datasets, build_datasets
from .validation import add_validation_frames
from .write import write_datasets

REPORT_FOLDER = "quality"


@dataclass
class RunResult:
    output: Path
    extraction: Extraction
    datasets: Datasets
    summary: dict  # checks passed / failed, see expectations.report.summary
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    @property
    def report(self) -> Path:
        return self.output / REPORT_FOLDER / "report.html"


@contextmanager
def _timed(timings: dict[str, float], stage: str):
    started = time.perf_counter()
    yield
    timings[stage] = time.perf_counter() - started


@contextmanager
def _validation_process():
    """A forked process that imports great-expectations now and validates when sent the frames.

    It runs alongside the reading (a thread would not: importing is Python
    code, serialised with the reading by the interpreter lock), and is ended
    when the run ends, also on an error.
    """
    from expectations.suite import validate_when_sent

    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    process = context.Process(target=validate_when_sent, args=(theirs,), daemon=True)
    process.start()
    try:
        yield ours
    finally:
        process.kill()
        process.join()


def _validated(connection, frames: dict) -> list:
    connection.send(frames)
    kind, value = connection.recv()
    if kind == "error":
        raise value
    return value


def run_pipeline(pdf: str | Path, out_dir: str | Path = "output", show_progress: bool | None = None,
                 reader: str = DEFAULT_READER) -> RunResult:
    """Run every stage on one werkplan PDF and write datasets and report to ``out_dir/<document-id>/``.

    Progress is shown on a terminal only (``show_progress=None`` decides by stderr).
    ``reader`` picks the PDF parser (see :func:`extract.document.read_document`).
    """
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    timings: dict[str, float] = {}
    with _validation_process() as validator:
        return _run(pdf, out_dir, show_progress, reader, validator, timings)


def _run(pdf, out_dir, show_progress: bool, reader: str, validator, timings: dict[str, float]) -> RunResult:
    from expectations.quality import quality_signals
    from expectations.report import write_report

    with _timed(timings, "extract"), tqdm(unit="page", desc="reading PDF", disable=not show_progress,
                                          leave=False) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        extraction = extract_werkplan(pdf, progress=progress, reader=reader)
    with _timed(timings, "second reading"):
        ruled = {page.number for page in extraction.document.pages if page.ruled}
        readings = second_reading(str(extraction.document.path), extraction.tables, ruled)
    with _timed(timings, "normalise"):
        datasets = build_datasets(extraction, readings)
    with _timed(timings, "validate"):
        results = _validated(validator, datasets.frames)
        add_validation_frames(datasets, results)
        signals = quality_signals(datasets.frames, extraction.year)
    summary: dict = {}

    def report(staging: Path) -> None:
        with _timed(timings, "report"):
            summary.update(write_report(staging / REPORT_FOLDER, results, signals, datasets.frames,
                                        datasets.metadata, extraction.document.path))

    with _timed(timings, "write"):
        output = write_datasets(datasets, out_dir, extra=report)
    timings["write"] -= timings["report"]
    return RunResult(output=output, extraction=extraction, datasets=datasets, summary=summary, timings=timings)
