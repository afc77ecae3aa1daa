"""The validation result built once: failures, diagnoses and the datasets made from them."""

import pytest

from extract.werkplan import extract_werkplan
from pipelines.datasets import build_datasets
from pipelines.validation import validate_datasets
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
    return datasets, validate_datasets(datasets, 2030)


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
