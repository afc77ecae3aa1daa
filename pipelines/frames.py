"""Typed DataFrames: one place that says which columns are integers, booleans or coordinates."""

from __future__ import annotations

import pandas as pd

INTEGER_COLUMNS = {
    "row_index", "page", "page_start", "page_end", "row_count", "total_amount", "rate", "hours", "amount",
    "external_costs", "total", "value", "second_reading_agreeing", "level", "position", "block_count",
    "entry_index", "printed_page", "actual_page", "activity_index", "year", "month", "budget_total",
    "page_count", "label_line_count", "evaluated", "failed", "actual", "expected", "difference",
}
BOOLEAN_COLUMNS = {"closed_by_total", "title_matches", "page_matches", "planned"}
FLOAT_COLUMNS = {"x0", "x1", "top", "bottom", "amount_x0", "amount_x1", "amount_top", "amount_bottom",
                 "title_similarity"}


def typed_frame(records: list[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns``, typed by name (nullable integers, booleans, floats, strings)."""
    frame = pd.DataFrame.from_records(records, columns=columns)
    for column in columns:
        if column in INTEGER_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column in BOOLEAN_COLUMNS:
            frame[column] = frame[column].astype("boolean")
        elif column in FLOAT_COLUMNS:
            frame[column] = frame[column].astype("Float64").round(3)
        else:
            frame[column] = frame[column].astype("string")
    return frame
