"""The checks: exactly the real inconsistencies of 2023, and errors injected into built werkplannen."""

import subprocess
import sys
from pathlib import Path

from expectations.verify.suite import validate
from extract.werkplan.extraction import extract_werkplan
from pipelines.normalise.datasets import build_datasets
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


def _failures(results):
    return {r.name: [(f.subject, f.actual, f.expected) for f in r.failures.itertuples()]
            for r in results if r.status == "failed"}


def test_2023_fails_exactly_on_the_documents_own_inconsistencies(datasets_2023):
    results = validate(datasets_2023.frames)
    assert {r.name: r.status for r in results} == {
        "amount_is_rate_times_hours": "passed", "staff_line_is_complete": "passed",
        "values_are_non_negative": "passed", "rate_is_consistent": "passed",
        "staff_costs_hours_are_staff_hours": "passed", "overhead_hours_are_staff_hours": "passed",
        "organisation_total_is_sum_of_lines": "passed", "table_total_is_organisations_plus_external": "passed",
        "projects_add_up_to_projects_segment": "passed", "segments_add_up_to_onderdeel": "passed",
        "onderdeel_matches_overview": "failed", "overview_total_is_column_sum": "passed",
        "function_levels_add_up": "failed", "project_has_one_budget_table": "failed", "table_has_scope": "passed",
    }
    onderdelen = ("programma/functieniveau tegen onderdelen onderdeel-a, onderdeel-b, onderdeel-c, onderdeel-d, "
                  "onderdeel-e")
    assert _failures(results) == {
        # Onderdeel E's own table (p. 26) has external costs 12.852 and total 388.708;
        # the overview prints 12.633 and 388.489 for E: 219 less.
        "onderdeel_matches_overview": [
            ("overzicht E tegen onderdeel-e: totaal", 388489, 388708),
            ("overzicht E tegen onderdeel-e: externe kosten", 12633, 12852),
        ],
        # The function-level breakdown (p. 27) follows the overview, so it too is 219 under
        # the onderdelen's own tables added up (external 211.802, total 2.648.397).
        "function_levels_add_up": [
            (f"{onderdelen}: externe kosten bedrag", 211583, 211802),
            (f"{onderdelen}: tabeltotaal bedrag", 2648178, 2648397),
        ],
        # Idee 2 under project 4.1 (pp. 62-64) has a planning but no "Begroting".
        "project_has_one_budget_table": [
            ("deelplan project-4.1/idee-2 (Actieonderzoek onder studenten tegen stagediscriminatie)", 0, 1),
        ],
    }


def _validate_built(tmp_path, mutate=None):
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(mutate))
    return validate(build_datasets(extract_werkplan(pdf)).frames)


def test_a_consistent_werkplan_passes_every_check(tmp_path):
    results = _validate_built(tmp_path)
    assert {r.status for r in results} == {"passed"}
    assert sum(r.evaluated for r in results) > 100


def _set(rows, index, column, text):
    rows.printed[index][column] = text


def test_a_wrong_amount_is_found_in_its_table_and_row(tmp_path):
    # project 1.1, row 0: Verwey-Jonker Instituut Senior onderzoeker 114 × 40 = 4.560, printed as 4.650.
    results = _validate_built(tmp_path, lambda tables, overview: _set(tables["project-1.1"], 0, 4, "4.650"))
    failures = _failures(results)
    assert failures["amount_is_rate_times_hours"] == [
        ("werkplan-2030/project-1.1 regel 0 (Verwey-Jonker Instituut Senior onderzoeker)", 4650, 4560)]
    assert failures["organisation_total_is_sum_of_lines"] == [
        ("werkplan-2030/project-1.1: totaal Verwey-Jonker Instituut", 4560 + 480 + 920, 4650 + 480 + 920)]
    assert [s for s, _, _ in failures["projects_add_up_to_projects_segment"]] == [
        "onderdeel-a/projecten tegen alle projecttabellen: Verwey-Jonker Instituut Senior onderzoeker bedrag"]
    assert set(failures) == {"amount_is_rate_times_hours", "organisation_total_is_sum_of_lines",
                             "projects_add_up_to_projects_segment"}


def test_a_wrong_total_is_found_in_its_table(tmp_path):
    def wrong_total(tables, overview):
        _set(tables["project-1.2"], -1, 4, "9.999")

    failures = _failures(_validate_built(tmp_path, wrong_total))
    [(subject, actual, _)] = failures["table_total_is_organisations_plus_external"]
    assert (subject, actual) == ("werkplan-2030/project-1.2: tabeltotaal", 9999)
    assert [s for s, _, _ in failures["projects_add_up_to_projects_segment"]] == [
        "onderdeel-a/projecten tegen alle projecttabellen: tabeltotaal bedrag"]
    assert set(failures) == {"table_total_is_organisations_plus_external", "projects_add_up_to_projects_segment"}


def test_an_overview_row_that_disagrees_with_its_section(tmp_path):
    def wrong_overview(tables, overview):
        overview[1][2] = "1.234"  # B, Verwey-Jonker Instituut column

    failures = _failures(_validate_built(tmp_path, wrong_overview))
    [(subject, actual, expected)] = failures["onderdeel_matches_overview"]
    assert (subject, actual) == ("overzicht B tegen onderdeel-b: Verwey-Jonker Instituut", 1234)
    [(subject, actual, _)] = failures["overview_total_is_column_sum"]
    assert subject == "overzicht, totaalrij: Verwey-Jonker Instituut"
    assert set(failures) == {"onderdeel_matches_overview", "overview_total_is_column_sum"}


def test_a_negative_value_fails_the_column_check_with_its_line(datasets_2023):
    from expectations.verify.checks import row_checks
    from expectations.verify.suite import run_checks

    lines = datasets_2023.frames["budget_lines"].copy()
    lines.loc[0, "hours"] = -5
    [non_negative] = [c for c in row_checks(lines) if c.name == "values_are_non_negative"]
    [result] = run_checks([non_negative])
    assert result.status == "failed"
    assert [(f.subject, f.actual) for f in result.failures.itertuples()] == [
        ("werkplan-2023/onderdeel-a/000: hours = -5", -5)]


def test_great_expectations_is_imported_without_the_modules_the_suites_do_not_use():
    # A fresh interpreter: this session may have imported the modules already.
    probe = """
import sys
from expectations.verify.suite import DEFERRED_IMPORTS, import_great_expectations
gx = import_great_expectations()
print(sorted(type(sys.modules[name]).__name__ for name in DEFERRED_IMPORTS), "sqlalchemy" in sys.modules)
print(sys.modules["scipy.stats"].norm.cdf(0.0), type(sys.modules["scipy.stats"]).__name__)
import sqlalchemy  # the finder is gone: the database loading of the same process still has it
print(any(type(finder).__name__ == "_Hidden" for finder in sys.meta_path), sqlalchemy.__name__)
"""
    lines = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                           cwd=Path(__file__).parents[3]).stdout.splitlines()
    assert lines == ["['DeferredModule', 'DeferredModule', 'DeferredModule'] False", "0.5 module",
                     "False sqlalchemy"]
