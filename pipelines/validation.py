"""Validation results as datasets: one row per check, one per failing comparison."""

from __future__ import annotations

import pandas as pd

from expectations.suite import CheckResult

from .datasets import Datasets
from .frames import typed_frame

def add_validation_frames(datasets: Datasets, results: list[CheckResult]) -> None:
    doc_id = datasets.document_id
    checks, failures = [], []
    for result in results:
        check_id = f"{doc_id}/checks/{result.name}"
        checks.append({"check_id": check_id, "document_id": doc_id, "name": result.name, "group": result.group,
                       "description": result.description, "status": result.status,
                       "evaluated": result.evaluated, "failed": result.failed})
        for index, f in enumerate(result.failures.itertuples()):
            actual = None if pd.isna(f.actual) else int(f.actual)  # None, NaN or pandas' NA
            expected = None if pd.isna(f.expected) else int(f.expected)
            failures.append({
                "failure_id": f"{check_id}/{index:03d}", "check_id": check_id, "document_id": doc_id,
                "subject": f.subject, "actual": actual, "expected": expected,
                "difference": actual - expected if actual is not None and expected is not None else None,
                "pages": f.pages, "detail": f.detail, "evidence": " ".join(f.evidence),
            })
    datasets.frames["checks"] = typed_frame(checks, "checks")
    datasets.frames["check_failures"] = typed_frame(failures, "check_failures")
