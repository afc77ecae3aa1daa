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
# Every case's outcome, written down: read with the sound file's data and no damage named (READ_EQUAL),
# read with exactly these damage signals named (the data may differ), or refused with exit 2 and one
# line holding this fragment.
READ_EQUAL = ("read equal", frozenset())


def flagged(*signals: str) -> tuple:
    return ("flagged", frozenset(signals))


def refused(fragment: str) -> tuple:
    return ("refused", fragment)


EXPECTED = {
    "flip-1-613632798": READ_EQUAL,
    "flip-1-826830923": flagged("pdf_repaired"),  # the page pdfplumber refuses read with pdfium
    "flip-3-798903445": refused("not a werkplan (no title 'Werkplan <year>' found)"),
    "flip-3-3276694": flagged("second_reading_failed"),
    "flip-10-1007316819": refused("not a werkplan (no title 'Werkplan <year>' found)"),
    "flip-10-983887370": refused("no budget tables found (is this a werkplan?)"),
    "flip-40-937921551": refused("unreadable PDF (PDFSyntaxError: No /Root object!"),
    "flip-200-819030169": refused("not a PDF file (no %PDF header)"),
    "truncate-0.05": refused("unreadable PDF (PSEOF: Unexpected EOF)"),
    "truncate-0.3": refused("unreadable PDF (PSEOF: Unexpected EOF)"),
    "truncate-0.6": refused("unreadable PDF (PSEOF: Unexpected EOF)"),
    "truncate-0.9": refused("unreadable PDF (PDFSyntaxError: No /Root object!"),
    "truncate-0.97": refused("unreadable PDF (PDFSyntaxError: No /Root object!"),
    "truncate-0.995": flagged("pdf_repaired"),
    "delete-first-page": refused("not a werkplan (no title 'Werkplan <year>' found)"),
    "delete-second-page": flagged("pdf_repaired"),
    "delete-contents": refused("no budget tables found (is this a werkplan?)"),
    "delete-font": flagged("pdf_repaired"),
    "delete-pages": flagged("pdf_repaired", "second_reading_failed"),
    "delete-catalog": flagged("pdf_repaired"),
    "garble-xref": flagged("pdf_repaired"),
    "remove-xref": flagged("pdf_repaired"),
    "wrong-startxref": flagged("pdf_repaired"),
    "remove-trailer": refused("unreadable PDF (PDFSyntaxError: No /Root object!"),
    "root-nowhere": flagged("pdf_repaired"),
    "page-tree-cycle": flagged("pdf_repaired"),
    "kid-nowhere": flagged("pdf_repaired"),
    "wrong-count": flagged("pdf_repaired"),
    "nested-arrays-200000": READ_EQUAL,
    "nested-arrays-50": READ_EQUAL,
    "nested-metadata-200000": READ_EQUAL,
    "nested-content-200000": READ_EQUAL,
    "blank-page": READ_EQUAL,
    "image-page": flagged("image_only_pages"),
    # pages rendered at 36 dpi: OCR'd first (pipelines.run.ocr_stage), too coarse to read a table from
    "all-images": refused("no budget tables found (is this a werkplan?) (after OCR)"),
    "all-blank": refused("no text layer, and OCR found no text either (blank pages?)"),
    "empty-file": refused("not a PDF file (no %PDF header)"),
    "header-only": refused("unreadable PDF (PDFSyntaxError: No /Root object!"),
    "encrypted-without-password": refused("encrypted; give the password with --password or the WERKPLAN_PDF_PASSWORD"),
    "encrypted-with-password": READ_EQUAL,
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


def test_every_case_has_its_outcome_written_down():
    assert set(EXPECTED) == set(CASES) | {"encrypted-without-password", "encrypted-with-password"}


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
    outcome, expected = EXPECTED[name]
    if outcome == "refused":
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith(f"werkplan: error: {pdf}: ") and expected in line, line
        assert not (tmp_path / "out" / "werkplan-2030").exists()
        return
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    folder = tmp_path / "out" / "werkplan-2030"
    signals = json.loads((folder / "quality" / "validation.json").read_text(encoding="utf-8"))["quality_signals"]
    assert {s["kind"] for s in signals} & DAMAGE_SIGNALS == expected, signals
    if outcome == "read equal":
        assert _datasets(folder) == sound[1], "the data differs and no signal names the damage"
