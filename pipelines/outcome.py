"""The PDFs a batch (:mod:`pipelines.batch`) is given, and what became of each: apart from the batch's code.

The ``werkplan run`` command counts the PDFs, and receives these outcomes from the process its
work is done in (:mod:`pipelines.apart`); this module imports neither pandas nor the reader, so
neither does the command's process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.errors import EXIT_INPUT


@dataclass
class Outcome:
    """What became of one PDF: written, skipped, failed (unusable input) or refused (its year is taken)."""

    pdf: Path
    status: str
    sha256: str | None = None
    message: str | None = None
    document_id: str | None = None
    year: int | None = None
    page_count: int | None = None
    pipeline_version: str | None = None
    ocr_engine: str | None = None  # the OCR programs and versions when the text was read by OCR
    summary: dict = field(default_factory=dict)  # checks passed / failed, diagnoses: see pipelines.validation
    counts: dict = field(default_factory=dict)  # rows per dataset
    signals: list[dict] = field(default_factory=list)  # extraction-quality signals (expectations.verify.quality)
    seconds: float | None = None
    output: Path | None = None  # the document's folder: in staging until published
    exit_code: int = EXIT_INPUT  # of a failed or refused document (pipelines.errors)
    traceback: str | None = None  # of an unexpected error, for ``werkplan --debug``


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    catalog: Path
    comparisons: list[Path]  # written in this run

    def with_status(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]


def find_pdfs(paths: Iterable[str | Path]) -> list[Path]:
    """The PDFs named or in the folders named (not recursive, by name), each once, in order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())
