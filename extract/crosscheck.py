"""A second, independent reading of each budget table's pages with camelot.

pdfplumber word positions are the primary reading.  camelot reads the same pages
by ruling lines (lattice) or, where a page has none, by text alignment (stream);
a row "agrees" when either reading of camelot has the same label and value strings.
Disagreement is an extraction-quality signal for the audit report, not an error.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass

import camelot

from .werkplan import BudgetTable


@dataclass(frozen=True)
class SecondReading:
    table_id: str
    rows_compared: int
    rows_agreeing: int
    disagreeing_rows: tuple[int, ...]


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _camelot_rows(pdf: str, pages: list[int], flavor: str) -> dict[int, Counter]:
    found: dict[int, Counter] = {p: Counter() for p in pages}
    if not pages:
        return found
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # camelot warns for every page area without a table
        tables = camelot.read_pdf(pdf, pages=",".join(map(str, pages)), flavor=flavor)
    for table in tables:
        for row in table.df.itertuples(index=False):
            found[int(table.page)][_normal(" ".join(str(c) for c in row))] += 1
    return found


def _signature(row) -> str:
    return _normal(" ".join([row.label_raw] + [c.raw for c in row.cells.values()]))


def second_reading(pdf: str, tables: list[BudgetTable], ruled_pages: set[int]) -> list[SecondReading]:
    """Compare every budget row with camelot's readings of its page.

    Stream reads every page; lattice, which needs ruling lines, only ``ruled_pages``.
    """
    pages = sorted({row.page for table in tables for row in table.rows})
    stream = _camelot_rows(pdf, pages, "stream")
    lattice = _camelot_rows(pdf, [p for p in pages if p in ruled_pages], "lattice")
    rows_on_page = {p: stream[p] | lattice.get(p, Counter()) for p in pages}
    readings = []
    for table in tables:
        disagreeing = []
        for row in table.rows:
            available = rows_on_page[row.page]
            signature = _signature(row)
            if available[signature] > 0:
                available[signature] -= 1
            else:
                disagreeing.append(row.row_index)
        readings.append(
            SecondReading(
                table_id=table.table_id,
                rows_compared=len(table.rows),
                rows_agreeing=len(table.rows) - len(disagreeing),
                disagreeing_rows=tuple(disagreeing),
            )
        )
    return readings
