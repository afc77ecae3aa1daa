"""Typed DataFrames built to the dataset descriptions of :mod:`pipelines.normalise.schema`."""

from __future__ import annotations

import pandas as pd

from extract.werkplan.numbers import exact_column
from pipelines.normalise.schema import ALL_DATASETS

# A decimal column is read as text (DTYPES) and made exact by exact_column.
DTYPES = {"integer": "Int64", "boolean": "boolean", "number": "Float64", "string": "string", "decimal": "string"}


def typed_frame(records: list[dict], dataset: str) -> pd.DataFrame:
    """A DataFrame with exactly the dataset's columns, in order, with nullable dtypes."""
    fields = ALL_DATASETS[dataset].fields
    frame = pd.DataFrame.from_records(records, columns=[f.name for f in fields])
    for f in fields:
        if f.type == "decimal":
            frame[f.name] = exact_column(frame[f.name])
            continue
        frame[f.name] = frame[f.name].astype(DTYPES[f.type])
        if f.type == "number":
            frame[f.name] = frame[f.name].round(3)
    return frame
