"""Rates and amounts with cents: read, checked and written exactly, never through a float."""

import json
import sqlite3
from decimal import Decimal

import pandas as pd
import pytest

from extract.werkplan.extraction import extract_werkplan
from pipelines.normalise.datasets import build_datasets
from pipelines.output.database import load_folder
from pipelines.output.folder import read_folder
from pipelines.output.write import write_datasets
from pipelines.validation import validate_datasets, with_validation
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf

# Hourly rates with cents: 114,47 × 40 = 4.578,80; 95,07 × 30 = 2.852,10; 79,33 × 25 = 1.983,25; 67,35 × 50 = 3.367,50.
CENT_RATES = {("Verwey-Jonker Instituut", "Senior onderzoeker"): Decimal("114.47"),
              ("Verwey-Jonker Instituut", "Onderzoeker"): Decimal("79.33"),
              ("Movisie", "Senior"): Decimal("95.07"), ("Movisie", "Junior"): Decimal("67.35")}


def _validated(folder, mutate=None):
    pdf = folder / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(mutate, rates=CENT_RATES, style="cents"))
    datasets = build_datasets(extract_werkplan(pdf))
    validation = validate_datasets(datasets, 2030)
    return with_validation(datasets, validation), validation


@pytest.fixture(scope="module")
def consistent(tmp_path_factory):
    return _validated(tmp_path_factory.mktemp("cents"))


def test_amounts_with_cents_are_read_exactly_and_every_sum_holds(consistent):
    datasets, validation = consistent
    lines = datasets.frames["budget_lines"].set_index("line_id")
    first = lines.loc["werkplan-2030/project-1.1/000"]
    assert (first["rate_raw"], first["hours_raw"], first["amount_raw"]) == ("114,47", "40,00", "4.578,80")
    assert (first["rate"], first["hours"], first["amount"]) == (Decimal("114.47"), 40, Decimal("4578.80"))
    assert all(isinstance(v, (int, Decimal)) for v in lines["amount"].dropna())  # no float anywhere
    # 4.578,80 + 2.852,10 (staff) + stafkosten and overhead at whole rates + 1.000 external
    total = datasets.frames["budget_tables"].set_index("table_id").loc["werkplan-2030/project-1.1", "total_amount"]
    assert total == Decimal("4578.80") + Decimal("2852.10") + 40 * (12 + 23) + 30 * (10 + 22) + 1000
    assert validation.summary["checks_failed"] == 0 and validation.summary["comparisons"] > 50


def test_one_cent_wrong_is_found_and_named_exactly(tmp_path):
    def mutate(tables, overview):
        tables["project-1.1"].printed[0][4] = "4.578,81"

    datasets, validation = _validated(tmp_path, mutate)
    failures = datasets.frames["check_failures"]
    assert set(failures["difference"]) == {Decimal("0.01"), Decimal("-0.01")}
    [change] = datasets.frames["diagnoses"].to_dict(orient="records")
    assert change["number_id"] == "werkplan-2030/project-1.1/000/amount"
    assert (change["printed"], change["consistent"], change["difference"]) == (
        Decimal("4578.81"), Decimal("4578.80"), Decimal("0.01"))
    assert (validation.summary["diagnoses"], validation.summary["numbers_to_change"]) == (1, 1)


def test_cents_are_written_as_printed_digits_and_load_back_exactly(consistent, tmp_path):
    datasets, _ = consistent
    folder = write_datasets(datasets, tmp_path / "out")
    csv = pd.read_csv(folder / "budget_lines.csv", dtype=str).set_index("line_id")
    assert csv.loc["werkplan-2030/project-1.1/000", "amount"] == "4578.80"
    assert csv.loc["werkplan-2030/project-1.1/000", "hours"] == "40"
    records = json.loads((folder / "budget_lines.json").read_text())["records"]
    first = next(r for r in records if r["line_id"] == "werkplan-2030/project-1.1/000")
    assert (first["amount"], first["hours"]) == (4578.8, 40)  # JSON numbers, the printed decimal
    frames = read_folder(folder)
    amounts = frames["budget_lines"].set_index("line_id")["amount"]
    assert amounts.loc["werkplan-2030/project-1.1/000"] == Decimal("4578.80")
    load_folder(folder, f"sqlite:///{tmp_path / 'werkplan.sqlite'}")
    with sqlite3.connect(tmp_path / "werkplan.sqlite") as db:
        [(amount, hours)] = db.execute("select amount, hours from budget_lines where line_id = ?",
                                       ("werkplan-2030/project-1.1/000",)).fetchall()
    assert (amount, hours) == (4578.8, 40)
