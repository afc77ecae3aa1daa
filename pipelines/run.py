"""The whole job as plain function calls: PDF → extract → normalise → validate → write."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tqdm import tqdm

from extract.crosscheck import second_reading
from extract.document import WerkplanInputError
from extract.integrity import readable_copy
from extract.werkplan import Extraction, extract_werkplan

from .datasets import Datasets, build_datasets
from .validation import add_validation_frames
from .write import check_output_folder, write_datasets

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


def run_pipeline(pdf: str | Path, out_dir: str | Path = "output", show_progress: bool | None = None,
                 password: str | None = None) -> RunResult:
    """Run every stage on one werkplan PDF and write datasets and report to ``out_dir/<document-id>/``.

    Progress is shown on a terminal only (``show_progress=None`` decides by stderr).
    ``out_dir`` is checked first, so an unusable place fails before the work.
    """
    from expectations.quality import integrity_signals, quality_signals, second_reading_failed
    from expectations.report import write_report
    from expectations.suite import validate

    check_output_folder(out_dir)
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    timings: dict[str, float] = {}
    with _timed(timings, "extract"), tqdm(unit="page", desc="reading PDF", disable=not show_progress,
                                          leave=False) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            extraction = extract_werkplan(pdf, progress=progress, password=password)
        except WerkplanInputError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged file can break a parser anywhere
            raise WerkplanInputError(f"{pdf}: cannot be read ({type(exc).__name__}: {exc}); if other programs "
                                     f"open it, please report this with the output of 'werkplan --debug run'") from exc
    extra_signals = integrity_signals(extraction.integrity, extraction.document.path.name)
    readable_pdf = partial(readable_copy, extraction.document.path, password, extraction.integrity)
    with _timed(timings, "second reading"), readable_pdf() as readable:
        ruled = {page.number for page in extraction.document.pages if page.ruled}
        try:
            readings = second_reading(str(readable), extraction.tables, ruled)
        except Exception as exc:  # noqa: BLE001 - the second reading only confirms; its failure is a signal
            readings = None
            extra_signals.append(second_reading_failed(extraction.document.path.name, exc))
    with _timed(timings, "normalise"):
        datasets = build_datasets(extraction, readings)
    with _timed(timings, "validate"):
        results = validate(datasets.frames)
        add_validation_frames(datasets, results)
        signals = extra_signals + quality_signals(datasets.frames, extraction.year)
    summary: dict = {}

    def report(staging: Path) -> None:
        with _timed(timings, "report"), readable_pdf() as readable:
            summary.update(write_report(staging / REPORT_FOLDER, results, signals, datasets.frames,
                                        datasets.metadata, readable))

    with _timed(timings, "write"):
        output = write_datasets(datasets, out_dir, extra=report)
    timings["write"] -= timings["report"]
    return RunResult(output=output, extraction=extraction, datasets=datasets, summary=summary, timings=timings)
