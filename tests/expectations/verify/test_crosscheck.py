import dataclasses
import pickle

import pytest

from expectations.verify.crosscheck import printed_tables, second_reading
from extract.werkplan.extraction import extract_werkplan
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan


@pytest.mark.parametrize("grid", [True, False])
def test_camelot_confirms_every_row_and_names_a_row_read_differently(tmp_path, grid):
    rows = budget_block([("Movisie", [("Senior", 95, 63), ("Junior", 67, 58)], 10, 22)], 10000)
    pdf = tmp_path / "werkplan.pdf"
    build_pdf(pdf, small_werkplan(2027, [(1, "Wonen", [("1.1", "Huisvesting", rows)])], {"grid": grid}))
    extraction = extract_werkplan(pdf)
    ruled = {p.number for p in extraction.document.pages if p.ruled}
    assert bool(ruled) is grid
    printed = printed_tables(extraction.tables)
    # What camelot's process is sent names no class of the document model: it need not import the readers.
    sent = pickle.dumps(printed)
    assert b"extract.werkplan" not in sent and b"expectations.verify.crosscheck" in sent
    [reading] = second_reading(str(pdf), printed, ruled)
    assert (reading.rows_compared, reading.rows_agreeing, reading.disagreeing_rows) == (7, 7, ())

    # A misread amount (5.895 for the printed 5.985) is not confirmed by camelot.
    table = extraction.tables[0]
    row = table.rows[0]
    misread = dataclasses.replace(row.cells["amount"], raw="5.895", value=5895)
    table.rows[0] = dataclasses.replace(row, cells={**row.cells, "amount": misread})
    [reading] = second_reading(str(pdf), printed_tables(extraction.tables), ruled)
    assert (reading.rows_agreeing, reading.disagreeing_rows) == (6, (0,))


def test_camelot_confirms_every_row_of_2023(datasets_2023, golden_lines):
    tables = datasets_2023.frames["budget_tables"]
    assert tables["row_count"].sum() == len(golden_lines) == 420
    assert tables["second_reading_agreeing"].sum() == 420
    assert set(tables["second_reading_disagreeing"]) == {""}
