"""camelot's second reading, taken in after the datasets are built, fills the same columns as at build time."""

from expectations.verify.crosscheck import SecondReading
from pipelines.normalise.datasets import build_datasets, with_second_reading


def test_the_second_reading_added_later_is_the_one_given_at_build_time(extraction_2023, datasets_2023):
    # The run takes camelot's reading in while the checks run; the bundled PDF's rows are all confirmed.
    tables = datasets_2023.frames["budget_tables"]
    assert (tables["second_reading_agreeing"] == tables["row_count"]).all()
    first, second = extraction_2023.tables[:2]
    readings = [SecondReading(first.table_id, len(first.rows), len(first.rows) - 2, (3, 7)),
                SecondReading(second.table_id, len(second.rows), len(second.rows), ())]
    before = build_datasets(extraction_2023)
    later = with_second_reading(before, readings)
    assert before.frames["budget_tables"]["second_reading_agreeing"].isna().all()  # not changed: a new frame
    at_build = build_datasets(extraction_2023, readings).frames["budget_tables"]
    got = later.frames["budget_tables"]
    assert got.equals(at_build)
    assert list(got["second_reading_agreeing"][:2]) == [len(first.rows) - 2, len(second.rows)]
    assert list(got["second_reading_disagreeing"][:2]) == ["3,7", ""]
    assert got["second_reading_agreeing"][2:].isna().all() and str(got["second_reading_agreeing"].dtype) == "Int64"
