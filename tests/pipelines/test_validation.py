"""The validation result built once: failures, diagnoses and the datasets made from them."""

import pandas as pd
import pytest

from expectations.verify.checks import COMPARISON_COLUMNS
from expectations.verify.suite import CheckResult
from extract.werkplan.extraction import extract_werkplan
from pipelines.normalise.datasets import build_datasets
from pipelines.validation import failure_rows, validate_datasets, with_validation
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


@pytest.fixture(scope="module")
def validated(tmp_path_factory):
    """The consistent built werkplan with project 1.1, row 0 (Senior onderzoeker, 114 × 40) printed as 4.674."""
    pdf = tmp_path_factory.mktemp("validation") / "werkplan-2030.pdf"

    def mutate(tables, overview):
        tables["project-1.1"].printed[0][4] = "4.674"

    build_pdf(pdf, werkplan_blocks(mutate))
    datasets = build_datasets(extract_werkplan(pdf))
    validation = validate_datasets(datasets, 2030)
    return with_validation(datasets, validation), validation


def test_the_wrong_amount_is_the_diagnosis_and_its_hours_alternative_is_named(validated):
    datasets, validation = validated
    [change] = datasets.frames["diagnoses"].to_dict(orient="records")
    assert (change["number_id"], change["table_id"], change["page"]) == (
        "werkplan-2030/project-1.1/000/amount", "werkplan-2030/project-1.1",
        int(datasets.frames["budget_lines"].set_index("line_id").loc["werkplan-2030/project-1.1/000", "page"]))
    assert (change["printed"], change["consistent"], change["difference"]) == (4674, 4560, 114)
    # 4.674 = 114 × 41: the printed amount fits 41 hours, so the 40 hours may be what is wrong
    assert (change["rate"], change["hours"], change["hours_alternative"]) == (114, 40, 41)
    # with rate and hours held, amount = rate × hours leaves no other explanation
    assert (change["sets"], change["runner_up_size"]) == (1, None)


def test_every_failure_is_explained_and_the_summary_counts_once(validated):
    datasets, validation = validated
    failures = datasets.frames["check_failures"]
    [diagnosis] = validation.diagnoses
    assert diagnosis["explains"] == list(failures["failure_id"])
    assert set(failures["difference"]) == {114, -114}
    assert validation.summary["comparisons_failed"] == len(failures) == validation.summary["comparisons_explained"]
    assert validation.summary["checks_failed"] == (datasets.frames["checks"]["status"] == "failed").sum()
    assert (validation.summary["diagnoses"], validation.summary["numbers_to_change"]) == (1, 1)


def test_a_comparison_without_expected_value_is_written_with_an_empty_difference():
    # As the checks build them: nullable Int64, so a missing value is pd.NA (which has no truth value).
    failures = pd.DataFrame.from_records(
        [{"subject": "overview A: no table for onderdeel-a", "actual": 1200, "expected": None, "evidence": ["x"],
          "pages": "3", "detail": "the onderdeel has no budget table of its own", "equation": None},
         {"subject": "table total", "actual": 10, "expected": 12, "evidence": [], "pages": "4", "detail": "",
          "equation": None}],
        columns=COMPARISON_COLUMNS).astype({"actual": "Int64", "expected": "Int64"})
    _, rows = failure_rows("werkplan-2030", [CheckResult("onderdeel_matches_overview", "rollups", "", "failed", 2,
                                                         failures, [])])
    assert [(r["actual"], r["expected"], r["difference"]) for r in rows] == [(1200, None, None), (10, 12, -2)]
    assert rows[0]["failure_id"] == "werkplan-2030/checks/onderdeel_matches_overview/000"
