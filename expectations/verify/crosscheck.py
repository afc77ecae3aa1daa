"""A second, independent reading of each budget table's pages with camelot.

The document model is the primary reading.  camelot reads the same pages by
ruling lines (lattice, from the PDF's vector lines: no page is rendered) and by
text alignment (stream); a row "agrees" when either reading of camelot has the
same label and value strings.  Stream only reads the pages where lattice left a
row unconfirmed (or that have no ruling lines), which gives the same result as
reading every page both ways.  Disagreement is an extraction-quality signal for
the audit report, not an error.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from expectations.verify.imports import import_without

if TYPE_CHECKING:
    from extract.werkplan.extraction import BudgetTable


class PrintedRow(NamedTuple):
    row_index: int
    page: int
    signature: str  # label and value strings as printed, spaces normalised


@dataclass(frozen=True)
class PrintedTable:
    """What camelot is to confirm of a budget table: each row's page and printed strings.

    Plain data: the process camelot reads in gets no document model, so it does not
    import the PDF readers (almost half a second of its processor time).
    """

    table_id: str
    rows: tuple[PrintedRow, ...]


def printed_tables(tables: list[BudgetTable]) -> list[PrintedTable]:
    return [PrintedTable(table.table_id, tuple(PrintedRow(row.row_index, row.page, _signature(row))
                                               for row in table.rows))
            for table in tables]


@dataclass(frozen=True)
class SecondReading:
    table_id: str
    rows_compared: int
    rows_agreeing: int
    disagreeing_rows: tuple[int, ...]


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# camelot imports OpenCV as it is imported (36 MiB of a process's memory); only its reading of rendered pages uses
# it, and this reading renders none.
DEFERRED_IMPORTS = ("cv2",)


def import_camelot():
    """Import camelot with :data:`DEFERRED_IMPORTS` deferred (:mod:`expectations.verify.imports`)."""
    return import_without("camelot", deferred=DEFERRED_IMPORTS)


def _camelot_rows(pdf: str, pages: list[int], flavor: str) -> dict[int, Counter]:
    found: dict[int, Counter] = {p: Counter() for p in pages}
    if not pages:
        return found
    camelot = import_camelot()  # here, not at the top: a run reads with camelot in a process of its own
    options = {"engine": "vector"} if flavor == "lattice" else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # camelot warns for every page area without a table
        tables = camelot.read_pdf(pdf, pages=",".join(map(str, pages)), flavor=flavor, **options)
    for table in tables:
        for row in table.df.itertuples(index=False):
            found[int(table.page)][_normal(" ".join(str(c) for c in row))] += 1
    return found


def _signature(row) -> str:
    return _normal(" ".join([row.label_raw] + [c.raw for c in row.cells.values()]))


def _disagreeing(tables: list[PrintedTable], rows_on_page: dict[int, Counter]) -> list[list[int]]:
    """Per table, the rows no camelot row on their page matches (each camelot row matches once)."""
    available = {page: Counter(rows) for page, rows in rows_on_page.items()}
    result = []
    for table in tables:
        disagreeing = []
        for row in table.rows:
            if available[row.page][row.signature] > 0:
                available[row.page][row.signature] -= 1
            else:
                disagreeing.append(row.row_index)
        result.append(disagreeing)
    return result


def second_reading(pdf: str, tables: list[PrintedTable], ruled_pages: set[int]) -> list[SecondReading]:
    """Compare every budget row with camelot's readings of its page.

    Lattice, which needs ruling lines, reads the ``ruled_pages``; stream reads the
    pages where a row is still unconfirmed.
    """
    pages = sorted({row.page for table in tables for row in table.rows})
    lattice = _camelot_rows(pdf, [p for p in pages if p in ruled_pages], "lattice")
    rows_on_page = {p: lattice.get(p, Counter()) for p in pages}
    unconfirmed = sorted({
        row.page
        for table, disagreeing in zip(tables, _disagreeing(tables, rows_on_page), strict=False)
        for row in table.rows if row.row_index in disagreeing
    })
    stream = _camelot_rows(pdf, unconfirmed, "stream")
    rows_on_page = {p: rows | stream.get(p, Counter()) for p, rows in rows_on_page.items()}
    return [
        SecondReading(
            table_id=table.table_id,
            rows_compared=len(table.rows),
            rows_agreeing=len(table.rows) - len(disagreeing),
            disagreeing_rows=tuple(disagreeing),
        )
        for table, disagreeing in zip(tables, _disagreeing(tables, rows_on_page), strict=False)
    ]
