"""About forty damaged copies of a small werkplan through ``werkplan run``: read, flagged or refused.

Each ends one of three ways: exit 0 with the data of the sound file; exit 0
with a quality signal naming the damage; or exit 2 with one line naming the
file.  Never a traceback, never more than 60 s.
"""

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from tests.damage import damaged_pdfs
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

COMPARED = ["budget_tables", "budget_lines", "overview", "numbers", "sections", "toc", "projects"]
DAMAGE_SIGNALS = {"pdf_repaired", "image_only_pages", "second_reading_failed"}
PASSWORD = "geheim-2030"
# Outcomes known from what each damage does: a fragment of the error, or signals that must be among those
# given (an empty set: none may be).
KNOWN = {
    "delete-pages": (0, {"pdf_repaired"}),
    "delete-catalog": (0, {"pdf_repaired"}),
    "root-nowhere": (0, {"pdf_repaired"}),
    "delete-second-page": (0, {"pdf_repaired"}),
    "kid-nowhere": (0, {"pdf_repaired"}),
    "page-tree-cycle": (0, {"pdf_repaired"}),
    "wrong-count": (0, {"pdf_repaired"}),
    "wrong-startxref": (0, {"pdf_repaired"}),
    "image-page": (0, {"image_only_pages"}),
    "blank-page": (0, set()),
    "all-images": (2, "no text layer (scanned?); give it one with OCR first, e.g. ocrmypdf"),
    "all-blank": (2, "no text layer (scanned?)"),
    "empty-file": (2, "not a PDF file (no %PDF header)"),
    "encrypted-without-password": (2, "encrypted; give the password with --password or the WERKPLAN_PDF_PASSWORD"),
    "encrypted-with-password": (0, set()),
}


def blocks():
    rows = budget_block([("Movisie", [("Senior", 95, 30)], 10, 22), ("Verwey-Jonker Instituut",
                                                                      [("Onderzoeker", 79, 12)], 12, 23)], 500)
    return small_werkplan(2030, [(1, "Jongeren", [("1.1", "Vaders", rows)])])


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    """The sound small werkplan: its bytes and the datasets ``werkplan run`` makes of it."""
    folder = tmp_path_factory.mktemp("sound")
    pdf = folder / "werkplan-2030.pdf"
    build_pdf(pdf, blocks())
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return pdf.read_bytes(), _datasets(folder / "out" / "werkplan-2030")


def _datasets(folder: Path) -> dict[str, str]:
    return {name: (folder / f"{name}.csv").read_text(encoding="utf-8") for name in COMPARED}


CASES = damaged_pdfs()


@pytest.mark.parametrize("name", list(CASES) + ["encrypted-without-password", "encrypted-with-password"])
def test_a_damaged_pdf_is_read_flagged_or_refused(name, sound, tmp_path):
    pdf = tmp_path / "werkplan-2030.pdf"
    args = ["run", str(pdf), "--out", str(tmp_path / "out")]
    if name.startswith("encrypted"):
        build_pdf(pdf, blocks(), password=PASSWORD)
        args += ["--password", PASSWORD] if name.endswith("with-password") else []
    else:
        pdf.write_bytes(CASES[name](sound[0]))
    started = time.monotonic()
    result = CliRunner().invoke(main, args)
    assert time.monotonic() - started < 60
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    code, expected = KNOWN.get(name, (result.exit_code, None))
    assert result.exit_code == code, result.output
    if result.exit_code == 2:
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith(f"werkplan: error: {pdf}: ")
        assert expected is None or expected in line
        assert not (tmp_path / "out" / "werkplan-2030").exists()
        return
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    folder = tmp_path / "out" / "werkplan-2030"
    signals = json.loads((folder / "quality" / "validation.json").read_text(encoding="utf-8"))["quality_signals"]
    named = {s["kind"] for s in signals} & DAMAGE_SIGNALS
    if expected is not None:
        assert expected <= named if expected else not named, signals
    if not named:
        assert _datasets(folder) == sound[1], "the data differs and no signal names the damage"
