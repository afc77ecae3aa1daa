"""The whole job as plain function calls: PDF → extract → normalise → validate → write."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from expectations.crosscheck import printed_tables
from extract.pdf.integrity import readable_copy
from extract.pdf.model import DEFAULT_READER, InputError
from extract.pdf.workers import start_worker_server
from extract.werkplan.extraction import Extraction, extract_werkplan

from .datasets import Datasets, add_second_reading, build_datasets
from .processes import side_process
from .write import check_free_space, check_output_folder, write_datasets

REPORT_FOLDER = "quality"


@dataclass
class RunResult:
    output: Path
    extraction: Extraction
    datasets: Datasets
    summary: dict  # checks passed / failed, diagnoses: see pipelines.validation
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    signals: list[dict] = field(default_factory=list)  # extraction-quality signals: how well the PDF was read

    @property
    def report(self) -> Path:
        return self.output / REPORT_FOLDER / "report.html"


@contextmanager
def _timed(timings: dict[str, float], stage: str):
    started = time.perf_counter()
    yield
    timings[stage] = time.perf_counter() - started


def run_pipeline(pdf: str | Path, out_dir: str | Path = "output",
                 progress: Callable[[int, int], None] | None = None, reader: str = DEFAULT_READER,
                 password: str | None = None) -> RunResult:
    """Run every stage on one werkplan PDF and write datasets and report to ``out_dir/<document-id>/``.

    ``progress(pages_read, page_count)``, if given, is called as the PDF is read.
    ``reader`` picks the PDF parser (see :func:`extract.pdf.document.read_document`);
    ``password`` opens an encrypted PDF.  ``out_dir`` is checked first, so an
    unusable place fails before the work.

    camelot's second reading, and the great-expectations suites with the error
    localization, run in side processes (:mod:`pipelines.processes`), started now
    so that their imports go on while the PDF is read; camelot starts on the
    budget tables' pages as soon as they are found, and the suites run beside it.
    """
    check_free_space(check_output_folder(out_dir), [Path(pdf)])
    # Every process the run needs is started first: their imports go on beside this process's.
    camelot, great_expectations = side_process("camelot"), side_process("great-expectations")
    start_worker_server()
    from expectations.quality import integrity_signals, second_reading_failed
    from expectations.report import write_report

    from .validation import validate_datasets

    timings: dict[str, float] = {}
    with ExitStack() as held:
        readable: dict[str, Path] = {}

        def readable_pdf(document, integrity) -> Path:
            # The copy camelot and the report's crops can open (the file itself when sound), made once.
            if "path" not in readable:
                readable["path"] = held.enter_context(readable_copy(document.path, password, integrity))
            return readable["path"]

        def start_second_reading(document, integrity, tables) -> None:
            # As soon as the budget tables are known: camelot reads their pages while the
            # overview, planning and sections are read here.
            ruled = {page.number for page in document.pages if page.ruled}
            camelot.submit((str(readable_pdf(document, integrity)), printed_tables(tables), ruled))

        with _timed(timings, "extract"):
            try:
                extraction = extract_werkplan(pdf, progress=progress, reader=reader, password=password,
                                              on_budget_tables=start_second_reading)
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged file can break a parser anywhere
                raise InputError(
                    f"{pdf}: cannot be read ({type(exc).__name__}: {exc}); if other programs open it, please "
                    f"report this with the output of 'werkplan --debug run'") from exc
        reading_signals = integrity_signals(extraction.integrity, extraction.document.path.name)
        with _timed(timings, "normalise"):
            datasets = build_datasets(extraction)

        def check_and_localize(checks: list) -> tuple:
            # The suites and the localization run while camelot's reading is taken in: the checks
            # do not use it, the quality signals made after them do.
            great_expectations.submit(checks)
            try:
                readings, timings["second reading"] = camelot.result()
                add_second_reading(datasets, readings)
            except Exception as exc:  # noqa: BLE001 - the second reading only confirms; its failure is a signal
                reading_signals.append(second_reading_failed(extraction.document.path.name, exc))
            return great_expectations.result()

        with _timed(timings, "validate"):
            validation = validate_datasets(datasets, extraction.year, check_and_localize, reading_signals)

        def report(staging: Path) -> None:
            with _timed(timings, "report"):
                write_report(staging / REPORT_FOLDER, validation, datasets.frames, datasets.metadata,
                             readable_pdf(extraction.document, extraction.integrity))

        with _timed(timings, "write"):
            output = write_datasets(datasets, out_dir, extra=report)
    timings["write"] -= timings["report"]
    return RunResult(output=output, extraction=extraction, datasets=datasets, summary=validation.summary,
                     timings=timings, signals=validation.signals)
