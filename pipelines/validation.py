"""Validation, built once: the checks, their failures with differences, the diagnoses and a summary.

:func:`validate_datasets` runs the great-expectations suites and the error
localization on one description of the checks (:mod:`expectations.verify.checks`) and
returns a :class:`Validation` of plain data.  The datasets ``checks``,
``check_failures`` and ``diagnoses`` are made from it; the report only renders
it and the database only stores those datasets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace

import pandas as pd

from expectations.verify.checks import Check, ValidationSettings, all_checks
from expectations.verify.localize import Localization, ocr_confusion
from expectations.verify.quality import QualitySettings, Signal, quality_signals, review_reasons
from expectations.verify.suite import CheckResult, check_and_localize
from extract.settings import resolve
from extract.werkplan import ids
from extract.werkplan.numbers import Amount, exact
from pipelines.normalise.datasets import Datasets
from pipelines.normalise.frames import typed_frame


@dataclass
class Validation:
    summary: dict
    checks: list[dict]  # the checks dataset's rows, each with its great-expectations results
    failures: list[dict]  # the check_failures dataset's rows, evidence as a list, plus the diagnoses explaining each
    diagnoses: list[dict]  # one per smallest set of numbers to change: its changes and the failures it explains
    runner_up: int | None  # numbers the next-best explanation changes
    signals: list[dict] = field(default_factory=list)  # extraction-quality signals
    localization_seconds: float = 0.0


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _exact(value) -> Amount | None:
    return None if value is None or pd.isna(value) else exact(value)


def failure_rows(doc_id: str, results) -> tuple[list[dict], list[dict]]:
    checks, failures = [], []
    for result in results:
        check_id = ids.check(doc_id, result.name)
        checks.append({"check_id": check_id, "document_id": doc_id, "name": result.name, "group": result.group,
                       "description": result.description, "status": result.status,
                       "evaluated": result.evaluated, "failed": result.failed,
                       "great_expectations": result.great_expectations})
        for index, f in enumerate(result.failures.itertuples()):
            actual, expected = _exact(f.actual), _exact(f.expected)
            failures.append({
                "failure_id": ids.check_failure(check_id, index), "check_id": check_id, "document_id": doc_id,
                "check": result.name, "description": result.description,
                "subject": f.subject, "actual": actual, "expected": expected,
                "difference": actual - expected if actual is not None and expected is not None else None,
                "pages": f.pages, "detail": f.detail, "evidence": list(f.evidence),
                "number_ids": sorted(f.equation.number_ids) if f.equation is not None else [], "diagnoses": [],
            })
    return checks, failures


def _where(frames: dict[str, pd.DataFrame]):
    """number id → (table, row label, rate, printed hours) of the row the number stands in."""
    numbers = frames["numbers"].set_index("number_id")
    lines = frames["budget_lines"].set_index("line_id")
    overview = frames["overview"].set_index("overview_row_id")
    amounts = frames["overview_amounts"].set_index("overview_amount_id")

    def where(number_id: str) -> dict:
        n = numbers.loc[number_id]
        confidence = n["ocr_confidence"]
        place = {"number_id": number_id, "field": n["field"], "page": _int(n["page"]),
                 **{b: float(n[b]) for b in ("x0", "top", "x1", "bottom")}, "rate": None, "hours": None,
                 "ocr_confidence": None if pd.isna(confidence) else float(confidence)}
        if n["source"] == "budget_lines":
            line = lines.loc[n["source_id"]]
            return {**place, "table_id": line["table_id"], "row_label": line["label_raw"],
                    "rate": _exact(line["rate"]), "hours": _exact(line["hours"])}
        if n["source"] == "overview_amounts":
            amount = amounts.loc[n["source_id"]]
            row = overview.loc[amount["overview_row_id"]]
            return {**place, "table_id": ids.row_table(amount["overview_row_id"]),
                    "row_label": f"{row['label_raw']} / {amount['organisation']}"}
        return {**place, "table_id": ids.row_table(n["source_id"]),
                "row_label": overview.loc[n["source_id"]]["label_raw"]}

    return where


def _hours_alternative(place: dict, printed: int) -> int | None:
    """For a row's amount: whole hours that the printed amount is the product of at the printed rate, if not the
    printed hours."""
    rate, hours = place["rate"], place["hours"]
    if place["field"] != "amount" or not rate or printed % rate:
        return None
    return int(printed // rate) if printed // rate != hours else None


def _diagnoses(doc_id: str, localization: Localization, failures: list[dict], frames,
               least_confidence: float) -> list[dict]:
    """One per smallest set of ``localization``; a change of a number OCR read is labelled with the confusion
    that likely misread it (OCR doubted the number when it read it with less than ``least_confidence``)."""
    where = _where(frames)
    diagnoses = []
    for index, changes in enumerate(localization.sets, start=1):
        diagnosis_id = ids.diagnosis(doc_id, index)
        changed = {c.number_id for c in changes}
        explains = [f for f in failures if changed.intersection(f["number_ids"])]
        for f in explains:
            f["diagnoses"].append(diagnosis_id)
        rows = []
        for change in changes:
            place = where(change.number_id)
            # A number read by OCR is first suspected of being misread, not printed wrongly.
            confidence = place["ocr_confidence"]
            misread = None if confidence is None else ocr_confusion(change.printed, change.consistent,
                                                                    doubted=confidence < least_confidence)
            rows.append({**place, "printed": change.printed, "consistent": change.consistent,
                         "difference": change.printed - change.consistent,
                         "hours_alternative": _hours_alternative(place, change.printed), "likely_misread": misread})
        diagnoses.append({"diagnosis_id": diagnosis_id, "changes": rows,
                          "explains": [f["failure_id"] for f in explains]})
    for diagnosis in diagnoses:
        diagnosis["alternatives"] = [[c["number_id"] for c in d["changes"]] for d in diagnoses if d is not diagnosis]
    return diagnoses


def _summary(frames, checks: list[dict], failures: list[dict], diagnoses: list[dict],
             localization: Localization) -> dict:
    return {
        "budget_tables": len(frames["budget_tables"]),
        "budget_lines": len(frames["budget_lines"]),
        "numbers_read": len(frames["numbers"]),
        "sections": len(frames["sections"]),
        "checks": len(checks),
        "checks_passed": sum(c["status"] == "passed" for c in checks),
        "checks_failed": sum(c["status"] == "failed" for c in checks),
        "checks_not_applicable": sum(c["status"] == "not_applicable" for c in checks),
        "comparisons": sum(c["evaluated"] for c in checks),
        "comparisons_failed": len(failures),
        "diagnoses": len(diagnoses),
        "numbers_to_change": len(diagnoses[0]["changes"]) if diagnoses else 0,
        "comparisons_explained": sum(bool(f["diagnoses"]) for f in failures),
        "runner_up": localization.runner_up,
        "localizable": localization.solvable,
    }


CheckRunner = Callable[[list[Check]], tuple[list[CheckResult], Localization]]


def validate_datasets(datasets: Datasets, year: int, check_runner: CheckRunner = check_and_localize,
                      reading_signals: list[Signal] = (), settings: ValidationSettings | dict | None = None,
                      quality: QualitySettings | dict | None = None) -> Validation:
    """Check one document's datasets and localize the wrong numbers (see :func:`validation_of`)."""
    checks = all_checks(datasets.frames, settings)
    return validation_of(datasets, year, check_runner(checks), reading_signals, quality)


def validation_of(datasets: Datasets, year: int, results: tuple[list[CheckResult], Localization],
                  reading_signals: list[Signal] = (), quality: QualitySettings | dict | None = None) -> Validation:
    """The :class:`Validation` of one document from its checks' ``results`` and their localization.

    ``results`` come from :func:`expectations.verify.suite.check_and_localize`, which :mod:`pipelines.run`
    calls in a process that imported great-expectations and the solver while the PDF was read.
    ``reading_signals`` are what reading the file found (repairs, image-only pages), put before the
    datasets' own signals.  The datasets are not changed: :func:`with_validation` adds the
    validation datasets.
    """
    frames = datasets.frames
    check_results, localization = results
    check_rows, failures = failure_rows(datasets.document_id, check_results)
    diagnoses = _diagnoses(datasets.document_id, localization, failures, frames,
                           resolve(QualitySettings, quality).min_ocr_confidence)
    signals = [asdict(s) for s in [*reading_signals, *quality_signals(frames, year, quality)]]
    summary = _summary(frames, check_rows, failures, diagnoses, localization)
    # A doubtful structure is written for review, never published as sound (pipelines.cli, pipelines.output.database).
    summary["review_reasons"] = review_reasons(signals)
    summary["needs_review"] = bool(summary["review_reasons"])
    return Validation(summary, check_rows, failures, diagnoses, localization.runner_up, signals, localization.seconds)


def with_validation(datasets: Datasets, validation: Validation) -> Datasets:
    """``datasets`` with the validation datasets ``checks``, ``check_failures`` and ``diagnoses`` added."""
    doc_id = datasets.document_id
    checks = typed_frame(validation.checks, "checks")
    check_failures = typed_frame(
        [{**f, "evidence": " ".join(f["evidence"])} for f in validation.failures], "check_failures")
    rows = []
    for diagnosis in validation.diagnoses:
        for position, change in enumerate(diagnosis["changes"]):
            rows.append({
                **change, "change_id": ids.diagnosis_change(diagnosis["diagnosis_id"], position), "document_id": doc_id,
                "diagnosis_id": diagnosis["diagnosis_id"], "set_size": len(diagnosis["changes"]),
                "sets": len(validation.diagnoses), "runner_up_size": validation.runner_up,
                "explains": " ".join(diagnosis["explains"]), "explains_count": len(diagnosis["explains"]),
                "alternative_sets": "; ".join(" ".join(s) for s in diagnosis["alternatives"]),
            })
    return replace(datasets, frames={**datasets.frames, "checks": checks, "check_failures": check_failures,
                                     "diagnoses": typed_frame(rows, "diagnoses")})
