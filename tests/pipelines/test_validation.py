import pandas as pd

from expectations.checks import COMPARISON_COLUMNS
from expectations.suite import CheckResult
from pipelines.datasets import Datasets
from pipelines.validation import add_validation_frames


def test_a_comparison_without_expected_value_is_written_with_an_empty_difference():
    # As the checks build them: nullable Int64, so a missing value is pd.NA (which has no truth value).
    failures = pd.DataFrame.from_records(
        [{"subject": "overview A: no table for onderdeel-a", "actual": 1200, "expected": None, "evidence": ["x"],
          "pages": "3", "detail": "the onderdeel has no budget table of its own"},
         {"subject": "table total", "actual": 10, "expected": 12, "evidence": [], "pages": "4", "detail": ""}],
        columns=COMPARISON_COLUMNS).astype({"actual": "Int64", "expected": "Int64"})
    datasets = Datasets(document_id="werkplan-2030", metadata={})
    add_validation_frames(datasets, [CheckResult("onderdeel_matches_overview", "rollups", "", "failed", 2,
                                                 failures, [])])
    rows = datasets.frames["check_failures"].to_dict(orient="records")
    assert [(r["actual"], r["expected"]) for r in rows] == [(1200, None), (10, 12)]
    assert pd.isna(rows[0]["difference"]) and rows[1]["difference"] == -2
    assert rows[0]["failure_id"] == "werkplan-2030/checks/onderdeel_matches_overview/000"
