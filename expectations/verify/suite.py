"""Run the checks as great-expectations suites and keep each failure's evidence.

great-expectations is imported here only, when validation runs (or ahead of
it, in a process of its own: :mod:`pipelines.processes`), so the CLI starts
fast; its analytics are switched off before import and it runs on an
ephemeral context (nothing written, no network).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pandas as pd

from expectations.verify.checks import COMPARISON_COLUMNS, Check, all_checks
from expectations.verify.imports import import_without
from expectations.verify.localize import Localization, LocalizationSettings, equations_of, localize
from extract.werkplan import ids


@dataclass
class CheckResult:
    name: str
    group: str
    description: str
    status: str  # passed | failed | not_applicable
    evaluated: int
    failures: pd.DataFrame  # COMPARISON_COLUMNS, one row per failing comparison
    great_expectations: list[dict]  # the suite's results as great-expectations reports them

    @property
    def failed(self) -> int:
        return len(self.failures)


# great-expectations imports altair (its charts), jsonschema and scipy.stats (for expectations of those kinds) as it
# is imported: over a second of processor time, more than a third of the import, for modules these
# suites never use.  They are deferred instead: imported, whole, on first use.
DEFERRED_IMPORTS = ("altair", "jsonschema", "scipy.stats")
# great-expectations' SQL support is an optional extra, taken up when SQLAlchemy is installed (it is, for
# `--db`): another half second of the import.  The suites run on pandas, so great-expectations is
# imported as where SQLAlchemy is not installed.
HIDDEN_IMPORTS = ("sqlalchemy",)


def import_great_expectations():
    """Import great-expectations with its analytics off and :data:`DEFERRED_IMPORTS` deferred."""
    os.environ["GX_ANALYTICS_ENABLED"] = "False"
    return import_without("great_expectations", deferred=DEFERRED_IMPORTS, hidden=HIDDEN_IMPORTS)


def _context():
    gx = import_great_expectations()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return gx, context


def _expectations(gx, check: Check) -> list:
    if check.kind == "pair":
        return [gx.expectations.ExpectColumnPairValuesToBeEqual(column_A="actual", column_B="expected")]
    if check.kind == "not_null":
        return [gx.expectations.ExpectColumnValuesToNotBeNull(column=c) for c in check.columns]
    if check.kind == "non_negative":
        return [gx.expectations.ExpectColumnValuesToBeBetween(column=c, min_value=0) for c in check.columns]
    if check.kind == "not_in_set":
        return [gx.expectations.ExpectColumnValuesToNotBeInSet(column=c, value_set=list(check.value_set))
                for c in check.columns]
    raise ValueError(f"unknown check kind {check.kind!r}")


COLUMN_CHECK_LABELS = {"not_null": "ontbreekt", "non_negative": "negatief", "not_in_set": "niet toegestane waarde"}


def _failure_rows(check: Check, frame: pd.DataFrame, result) -> list[dict]:
    column = result.expectation_config.kwargs.get("column")
    rows = []
    for index in result.result.get("unexpected_index_list") or []:
        row = frame.loc[index]
        if check.kind == "pair":
            rows.append({c: row[c] for c in COMPARISON_COLUMNS})
        else:
            ident = row.get("line_id", row.get("table_id"))
            value = row[column]
            rows.append({"subject": f"{ident}: {column} = {value}",
                         "actual": int(value) if pd.notna(value) and str(value).lstrip("-").isdigit() else None,
                         "expected": None,
                         "evidence": [ids.number(ident, column)],
                         "pages": str(row.get("page", row.get("page_start", ""))),
                         "detail": f"{COLUMN_CHECK_LABELS[check.kind]}: {column}", "equation": None})
    return rows


def run_checks(checks: list[Check]) -> list[CheckResult]:
    gx, context = _context()
    # One asset and batch definition for all checks, each check's frame a batch of it; suites are
    # validated on the batch, not saved: every asset, suite or validation definition added to the
    # context is written out as YAML again, which took half the suites' time.
    checks_batch = (context.data_sources.add_pandas("werkplan").add_dataframe_asset("checks")
                    .add_batch_definition_whole_dataframe("checks"))
    results = []
    for check in checks:
        frame = check.frame.reset_index(drop=True)
        if frame.empty:
            results.append(CheckResult(check.name, check.group, check.description, "not_applicable", 0,
                                       pd.DataFrame(columns=COMPARISON_COLUMNS), []))
            continue
        if check.kind == "pair":
            # GE compares plain numbers; NA stays NaN.  Both sides are exact (ints, Decimals with cents)
            # below 10^13, where distinct values have distinct nearest floats: equal as floats is equal.
            data = frame[["actual", "expected"]].astype("float64")
        else:
            data = frame[list(check.columns)].astype(object).where(frame[list(check.columns)].notna(), None)
        suite = gx.ExpectationSuite(name=check.name, expectations=_expectations(gx, check))
        outcome = checks_batch.get_batch(batch_parameters={"dataframe": data}).validate(suite, result_format="COMPLETE")
        failures = [row for result in outcome.results for row in _failure_rows(check, frame, result)]
        results.append(CheckResult(
            check.name, check.group, check.description, "passed" if outcome.success else "failed", len(frame),
            pd.DataFrame.from_records(failures, columns=COMPARISON_COLUMNS),
            [r.to_json_dict() for r in outcome.results],
        ))
    return results


def check_and_localize(checks: list[Check], settings: LocalizationSettings | None = None,
                       ) -> tuple[list[CheckResult], Localization]:
    """The suites' results of ``checks`` and the localization of their equations: the work of
    validation that needs great-expectations and HiGHS, which a run does in a process of its own."""
    return run_checks(checks), localize(equations_of(checks), settings)


def validate(frames: dict[str, pd.DataFrame]) -> list[CheckResult]:
    """Every check of :mod:`expectations.verify.checks` on one document's datasets."""
    return run_checks(all_checks(frames))
