"""Clean and normalise: an :class:`~extract.werkplan.Extraction` becomes typed DataFrames.

Ids are built from the document id (``werkplan-<year>``) and the scope read from
the headings, so the same PDF gives the same ids on every run and machine, and
two years never share one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from extract.settings import as_record
from extract.werkplan import ids
from extract.werkplan.kinds import RowKind
from pipelines.normalise.frames import typed_frame
from pipelines.normalise.labels import canonical_labels, named_within, normalise, tidy
from pipelines.normalise.section_datasets import section_frames

if TYPE_CHECKING:  # types only: writing and loading datasets (werkplan load) import no PDF reader
    from expectations.verify.crosscheck import SecondReading
    from extract.pdf.ocr import OcrReading
    from extract.werkplan.budget import Cell
    from extract.werkplan.extraction import Extraction


def printable_name(path: Path) -> str:
    """A file's name as UTF-8 text; bytes that are not UTF-8 (kept by the OS as surrogates) become U+FFFD."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def pipeline_version() -> str:
    try:
        return version("werkplan")
    except PackageNotFoundError:  # running from a checkout without install
        return "0+unknown"


@dataclass
class Datasets:
    """Every dataset of one document, plus the metadata block that travels with them."""

    document_id: str
    metadata: dict
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    trees: dict[str, list] = field(default_factory=dict)  # nested JSON datasets (the section tree)
    settings: dict | None = None  # the settings the document was read with, as plain data (datapackage.json)


def _number(document_id: str, source: str, source_id: str, name: str, cell: Cell) -> dict:
    return {
        "number_id": ids.number(source_id, name),
        "document_id": document_id,
        "source": source,
        "source_id": source_id,
        "field": name,
        "raw": cell.raw,
        "value": cell.value,
        "page": cell.page,
        "x0": cell.x0,
        "top": cell.top,
        "x1": cell.x1,
        "bottom": cell.bottom,
        "ocr_confidence": None,
    }


def _budget_records(extraction: Extraction, roles: dict, organisations: dict) -> tuple[list, list, list]:
    """Records of the budget_tables and budget_lines datasets, and of the numbers read in them."""
    doc_id = extraction.document_id
    tables, lines, numbers = [], [], []
    for table in extraction.tables:
        table_id = ids.in_document(doc_id, table.table_id)
        total = next((r.cells["amount"].value for r in table.rows
                      if r.row_kind == RowKind.TABLE_TOTAL and "amount" in r.cells), None)
        scope = table.scope
        tables.append({
            "table_id": table_id, "document_id": doc_id, "scope_id": scope.id, "scope_kind": scope.kind,
            "scope_title": scope.title, "scope_heading_raw": scope.heading, "table_kind": table.kind,
            "onderdeel": scope.onderdeel, "segment": scope.segment, "programmalijn": scope.programmalijn,
            "project": scope.project, "subplan": scope.subplan, "page_start": table.page_start,
            "page_end": table.page_end, "row_count": len(table.rows),
            "closed_by_total": table.closed_by_total, "total_amount": total,
            "second_reading_agreeing": None, "second_reading_disagreeing": None,
        })
        for row in table.rows:
            line_id = ids.budget_line(table_id, row.row_index)
            amount = row.cells.get("amount")
            record = {
                "line_id": line_id, "table_id": table_id, "document_id": doc_id, "scope_id": scope.id,
                "row_index": row.row_index, "row_kind": row.row_kind, "label_raw": row.label_raw,
                "organisation_raw": row.organisation_raw,
                "organisation": normalise(row.organisation_raw, organisations),
                "role_raw": row.role_raw, "role": normalise(row.role_raw, roles), "page": row.page,
                "label_line_count": row.label_lines,
                "amount_x0": amount.x0 if amount else None, "amount_top": amount.top if amount else None,
                "amount_x1": amount.x1 if amount else None, "amount_bottom": amount.bottom if amount else None,
            }
            for name in ("rate", "hours", "amount"):
                cell = row.cells.get(name)
                record[name] = cell.value if cell else None
                record[f"{name}_raw"] = cell.raw if cell else None
                if cell:
                    numbers.append(_number(doc_id, "budget_lines", line_id, name, cell))
            lines.append(record)
    return tables, lines, numbers


def _overview_records(extraction: Extraction, organisations: dict, numbers: list) -> tuple[list, list]:
    """Records of the overview and overview_amounts datasets; the numbers read in them are added to ``numbers``."""
    doc_id = extraction.document_id
    overview_rows, overview_amounts = [], []
    if extraction.overview:
        columns = extraction.overview.columns
        for row in extraction.overview.rows:
            row_id = ids.overview_row(doc_id, row.row_index)
            record = {
                "overview_row_id": row_id, "document_id": doc_id, "row_index": row.row_index,
                "row_kind": row.row_kind, "onderdeel": row.onderdeel, "label_raw": row.label_raw,
                "page": row.page, "external_costs": None, "external_costs_raw": None,
                "total": None, "total_raw": None,
            }
            for column, cell in zip(columns, row.cells, strict=False):
                if cell is None:
                    continue
                if column.kind == "organisation":
                    amount_id = ids.overview_amount(row_id, column.index)
                    overview_amounts.append({
                        "overview_amount_id": amount_id, "overview_row_id": row_id, "document_id": doc_id,
                        "organisation_raw": column.organisation,
                        "organisation": normalise(column.organisation, organisations),
                        "column_raw": column.header_raw, "amount": cell.value, "amount_raw": cell.raw,
                        "page": cell.page,
                    })
                    numbers.append(_number(doc_id, "overview_amounts", amount_id, "amount", cell))
                else:
                    name = "total" if column.kind == "total" else "external_costs"
                    record[name], record[f"{name}_raw"] = cell.value, cell.raw
                    numbers.append(_number(doc_id, "overview", row_id, name, cell))
            overview_rows.append(record)
    return overview_rows, overview_amounts


def build_datasets(
    extraction: Extraction,
    readings: list[SecondReading] | None = None,
    extracted_at: datetime | None = None,
    ocr: OcrReading | None = None,
) -> Datasets:
    """Typed, normalised DataFrames for the budget tables, their lines, the overview and every number read.

    ``readings`` (camelot's second reading) adds, per table, how many rows it confirmed
    (see :func:`with_second_reading`, which adds them to datasets built without).  ``ocr``, the
    OCR of a scan, gives every number the confidence of the words it was read from.
    """
    doc_id = extraction.document_id
    document = extraction.document
    all_rows = [row for table in extraction.tables for row in table.rows]
    roles = canonical_labels(r.role_raw for r in all_rows)
    budget_orgs = [r.organisation_raw for r in all_rows]
    overview_orgs = [c.organisation for c in extraction.overview.columns if c.organisation] \
        if extraction.overview else []
    organisations = canonical_labels(budget_orgs + overview_orgs)
    for org in overview_orgs:
        organisations[tidy(org)] = organisations[tidy(named_within(org, budget_orgs))]
    tables, lines, numbers = _budget_records(extraction, roles, organisations)
    overview_rows, overview_amounts = _overview_records(extraction, organisations, numbers)
    if ocr:
        for number in numbers:
            words = ocr.words_in(number["page"], (number["x0"], number["top"], number["x1"], number["bottom"]))
            number["ocr_confidence"] = min((word.confidence for word in words), default=None)

    metadata = {
        "document_id": doc_id,
        # a file name that is not UTF-8 keeps its readable part (the undecodable bytes as U+FFFD)
        "source_file": printable_name(document.path),
        "sha256": document.sha256,
        "page_count": document.page_count,
        "year": extraction.year,
        "extracted_at": (extracted_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "pipeline_version": pipeline_version(),
        "ocr": ocr is not None,
        "ocr_engine": ocr.engine if ocr else None,
    }
    document_row = {**metadata, **{f"title_page_{k}": v for k, v in extraction.title_page.items()}}
    frames = {
        "document": typed_frame([document_row], "document"),
        "budget_tables": typed_frame(tables, "budget_tables"),
        "budget_lines": typed_frame(lines, "budget_lines"),
        "overview": typed_frame(overview_rows, "overview"),
        "overview_amounts": typed_frame(overview_amounts, "overview_amounts"),
        "numbers": typed_frame(numbers, "numbers"),
    }
    text_frames, trees = section_frames(extraction, frames["budget_tables"])
    frames.update(text_frames)
    datasets = Datasets(document_id=doc_id, metadata=metadata, frames=frames, trees=trees,
                        settings=as_record(extraction.settings))
    return with_second_reading(datasets, readings) if readings else datasets


def with_second_reading(datasets: Datasets, readings: list[SecondReading]) -> Datasets:
    """``datasets`` with, per budget table, how many rows camelot's second reading confirmed and which not.

    A new :class:`Datasets` sharing every frame but ``budget_tables``, which is a new frame.
    """
    tables = datasets.frames["budget_tables"].copy()
    reading_of = {ids.in_document(datasets.document_id, r.table_id): r for r in readings}
    found = [reading_of.get(table_id) for table_id in tables["table_id"]]
    tables["second_reading_agreeing"] = pd.array([r.rows_agreeing if r else None for r in found], dtype="Int64")
    tables["second_reading_disagreeing"] = pd.array(
        [",".join(map(str, r.disagreeing_rows)) if r else None for r in found], dtype="string")
    return replace(datasets, frames={**datasets.frames, "budget_tables": tables})
