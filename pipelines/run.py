"""The whole job as a sequence of named stages over plain data.

    ocr             a scan (no text layer), or any PDF with --ocr → a copy with tesseract's text layer
                    and every word's confidence (ocrmypdf, cached by the PDF's SHA-256); else nothing
    read            PDF → the budget tables (BudgetTablesRead), then the overview, planning and
                    sections (Extraction)
    second reading  camelot re-reads the budget tables' pages, in its side process: started as soon
                    as the tables are read, joined in verify
    normalise       Extraction → Datasets (typed DataFrames)
    verify          the great-expectations suites and the localization in their side process, the
                    second reading joined, quality signals → Validation, and the Datasets with the
                    second reading's columns and the validation datasets
    report          Validation and Datasets → quality/report.html, tables.html, report.md, validation.json
    publish         the datasets' files beside the report, and the staging folder made the output

Each stage returns what it made and the next takes it; none changes what an earlier one made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from expectations.verify.crosscheck import printed_tables
from extract.pdf.integrity import readable_copy
from extract.pdf.model import InputError
from extract.pdf.ocr import OcrReading, has_text_layer, ocr_pdf
from extract.pdf.text import forget_word_lists
from extract.pdf.workers import start_worker_server
from extract.werkplan.extraction import Extraction, read_budget_tables, read_overview_planning_sections
from pipelines.normalise.datasets import Datasets, build_datasets, with_second_reading
from pipelines.output.write import (
    check_free_space,
    check_output_folder,
    publish_staging,
    staging_folder,
    write_dataset_files,
)
from pipelines.processes import SideProcess, keeps_between_runs, side_process
from pipelines.settings import RunOptions, RunSettings

if TYPE_CHECKING:
    from pipelines.validation import Validation

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
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def run_pipeline(pdf: str | Path, out_dir: str | Path = "output", options: RunOptions | None = None) -> RunResult:
    """Run every stage on one werkplan PDF and write datasets and report to ``out_dir/<document-id>/``.

    ``options`` (:class:`~pipelines.settings.RunOptions`) gives the reader, the password, the
    settings and the progress callback; ``out_dir`` is checked first, so an unusable place
    fails before the work.

    camelot's second reading, and the great-expectations suites with the error localization,
    run in side processes (:mod:`pipelines.processes`), started now so that their imports go
    on while the PDF is read.
    """
    options = options or RunOptions()
    settings = options.resolved_settings()
    check_free_space(check_output_folder(out_dir), [Path(pdf)])
    # Every process the run needs is started first: their imports go on beside this process's.
    camelot, great_expectations = side_process("camelot"), side_process("great-expectations")
    start_worker_server()
    from expectations.report.html import write_report

    timings: dict[str, float] = {}
    with ExitStack() as held:
        with _timed(timings, "ocr"):
            scan = ocr_stage(pdf, options, settings)
        with _timed(timings, "read"), named_as_source(scan):
            found = read_budget_tables(scan.path if scan else pdf, settings, _staged(options.progress, "reading"),
                                       options.reader,
                                       options.password)
        # The copy camelot and the report's crops can open (the file itself when sound).
        readable = held.enter_context(readable_copy(found.document.path, options.password, found.integrity))
        # Second reading, started: camelot reads the budget tables' pages while the rest is read here.
        ruled = {page.number for page in found.document.pages if page.ruled}
        camelot.submit((str(readable), printed_tables(found.tables), ruled))
        with _timed(timings, "read"), named_as_source(scan):
            # The planning looks at the page images of the file read: OCR's copy, its pages straightened.
            extraction = read_overview_planning_sections(found)
        if not keeps_between_runs():
            forget_word_lists()  # the reading is done; what it held goes before the checks' processes peak
        if scan:  # the document is the scan: its name and SHA-256 are what the outputs and the catalog say
            found.document.path, found.document.sha256 = scan.source, scan.source_sha256
        with _timed(timings, "normalise"):
            datasets = build_datasets(extraction, ocr=scan)
        with _timed(timings, "verify"):
            datasets, validation = verify(datasets, extraction, settings, camelot, great_expectations, timings)
        with staging_folder(out_dir, datasets.document_id) as staging:
            with _timed(timings, "report"):
                write_report(staging / REPORT_FOLDER, validation, datasets.frames, datasets.metadata, readable,
                             settings.report, datasets.settings)
            with _timed(timings, "publish"):
                write_dataset_files(staging, datasets)
                output = publish_staging(staging, out_dir, datasets.document_id)
    return RunResult(output=output, extraction=extraction, datasets=datasets, summary=validation.summary,
                     timings=timings, signals=validation.signals)


def ocr_stage(pdf: str | Path, options: RunOptions, settings: RunSettings) -> OcrReading | None:
    """The OCR stage: a text layer for a PDF without one, or for every page with ``options.ocr``; None
    when the PDF's own text is read."""
    if not options.ocr and has_text_layer(pdf, options.password):
        return None
    if options.password:
        raise InputError(f"{pdf}: cannot OCR an encrypted PDF (ocrmypdf takes no password); decrypt it first")
    scan = ocr_pdf(pdf, settings.ocr, options.ocr_jobs, _staged(options.progress, "OCR"), force=options.ocr)
    if not any(scan.words.values()):
        raise InputError(f"{pdf}: no text layer, and OCR found no text either (blank pages?)")
    return scan


def _staged(progress: Callable[[int, int, str], None] | None, stage: str) -> Callable[[int, int], None] | None:
    """``progress`` told which stage's pages it counts ("OCR", "reading")."""
    return progress and (lambda done, total: progress(done, total, stage))


@contextmanager
def named_as_source(scan: OcrReading | None):
    """A refusal of the OCR'd copy names the scan it was made from."""
    try:
        yield
    except InputError as exc:
        if scan is None or str(scan.path) not in str(exc):
            raise
        raise InputError(f"{str(exc).replace(str(scan.path), str(scan.source))} (after OCR)") from exc


def verify(datasets: Datasets, extraction: Extraction, settings: RunSettings, camelot: SideProcess,
           great_expectations: SideProcess, timings: dict[str, float]) -> tuple[Datasets, Validation]:
    """The verify stage: the checks and their localization, the second reading joined, the quality signals.

    Returns the datasets with the second reading's columns and the validation datasets, and the
    :class:`~pipelines.validation.Validation`.
    """
    from expectations.verify.checks import all_checks, proven_numbers
    from expectations.verify.quality import (
        extraction_signals,
        integrity_signals,
        second_reading_failed,
        unproven_numbers,
    )
    from pipelines.validation import validation_of, with_validation

    checks = all_checks(datasets.frames, settings.validation)
    reading_signals = [*integrity_signals(extraction.integrity, extraction.document.path.name),
                       *extraction_signals(extraction, settings.quality),
                       *unproven_numbers(datasets.frames["numbers"], proven_numbers(checks), settings.quality)]
    # The suites and the localization run in their process while camelot's reading is taken in: the
    # checks do not use it, the quality signals made after them do.
    great_expectations.submit((checks, settings.localization))
    try:
        readings, timings["second reading"] = camelot.result()  # the second reading, joined here only
        datasets = with_second_reading(datasets, readings)
    except Exception as exc:  # noqa: BLE001 - the second reading only confirms; its failure is a signal
        reading_signals.append(second_reading_failed(extraction.document.path.name, exc))
    validation = validation_of(datasets, extraction.year, great_expectations.result(), reading_signals,
                               settings.quality)
    return with_validation(datasets, validation), validation
