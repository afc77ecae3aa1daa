"""`werkplan run --settings FILE.toml`: a werkplan whose budget header says "Prijs per uur" instead of
"Uurtarief" is read with the README's settings file, and the settings are recorded beside the datasets."""

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.settings import RunSettings, load_settings
from tests.werkplan_factory import HEADER, budget_block, build_pdf, small_werkplan

# The README's worked example, word for word.
SETTINGS = """\
# next-year.toml: the budget tables' rate column is now headed "Prijs per uur"
[budget.columns]
rate = ["uurtarief", "tarief", "prijs"]
"""

RENAMED = [word if word != "Uurtarief (€)" else "Prijs per uur" for word in HEADER]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("renamed")
    rows = budget_block([("Movisie", [("Senior", 95, 30), ("Junior", 71, 12)], 10, 22)], 500, header=tuple(RENAMED))
    pdf = folder / "werkplan-2031.pdf"
    build_pdf(pdf, small_werkplan(2031, [(1, "Jongeren", [("1.1", "Vaders", rows)])]))
    (folder / "next-year.toml").write_text(SETTINGS, encoding="utf-8")
    return folder, pdf, rows


def _rates(folder) -> list:
    lines = pd.read_csv(folder / "out" / "werkplan-2031" / "budget_lines.csv")
    return [None if pd.isna(rate) else int(rate) for rate in lines["rate"]]


def test_the_settings_file_reads_a_renamed_header_word(renamed):
    folder, pdf, rows = renamed
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(folder / "out"), "--force"])
    assert result.exit_code == 0, result.output
    assert _rates(folder) == [None] * len(rows.expected)  # the defaults do not know the new word
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(folder / "out"), "--force",
                                       "--settings", str(folder / "next-year.toml")])
    assert result.exit_code == 0, result.output
    assert _rates(folder) == [row.rate for row in rows.expected]
    output = folder / "out" / "werkplan-2031"
    recorded = json.loads((output / "datapackage.json").read_text(encoding="utf-8"))["werkplan:settings"]
    assert recorded["budget"]["columns"]["rate"] == ["uurtarief", "tarief", "prijs"]
    assert recorded["budget"]["columns"]["organisation"] == ["organisatie"]  # the defaults kept
    validation = json.loads((output / "quality" / "validation.json").read_text(encoding="utf-8"))
    assert validation["settings"] == recorded
    assert set(recorded) == {name for name in RunSettings.__dataclass_fields__}


@pytest.mark.parametrize("text, error", [
    ("[budget.columns]\norganisation = \"partner\"\n",
     "RunSettings.budget.columns.organisation: expected a list of strings, got str 'partner'"),
    ("[planing]\nrow_gap = 2\n", "unknown setting RunSettings.planing (known: "),
    ("[report]\nmax_boxes_per_page = 0\n", "RunSettings.report.max_boxes_per_page: expected a number at least 1"),
    ("[budget\n", "not a TOML file"),
])
def test_a_wrong_settings_file_is_refused_with_one_line_naming_it(renamed, tmp_path, text, error):
    folder, pdf, _ = renamed
    settings = tmp_path / "wrong.toml"
    settings.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path / "out"), "--settings", str(settings)])
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"werkplan: error: {settings}: ") and error in line, line
    assert not (tmp_path / "out").exists()


def test_the_list_form_of_the_readme_is_taken_as_a_tuple(tmp_path):
    settings = tmp_path / "partner.toml"
    settings.write_text('[budget.columns]\norganisation = ["organisatie", "partner"]\n', encoding="utf-8")
    assert load_settings(settings).budget.columns.organisation == ("organisatie", "partner")
