"""Shared fixtures: the bundled 2023 werkplan is read once per test session."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.werkplan import extract_werkplan
from pipelines.datasets import build_datasets

ROOT = Path(__file__).resolve().parent.parent
PDF_2023 = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def extraction_2023():
    return extract_werkplan(PDF_2023)


@pytest.fixture(scope="session")
def datasets_2023(extraction_2023):
    return build_datasets(extraction_2023)


@pytest.fixture(scope="session")
def golden_lines():
    with open(GOLDEN / "budget_lines_2023.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
