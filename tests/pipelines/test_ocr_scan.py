"""A scan of the bundled werkplan's pages, read by OCR, against what its text layer gives.

The pages: the title page, the table of contents, the Begroting chapter and two whole project
plans with their Gantt and budget tables (project 5.2 and project 9.1, whose staff-cost row
888 = 74 × 12 OCR has misread as 8388), found in the bundled PDF's sections; rasterised by
pypdfium2 and OCR'd once (tests/scans.py caches both in the system's temporary folder): at 300
dpi, and at 200 dpi turned 0.5° with grey noise, as a sheet fed askew through a cheap scanner.
"""

import json
import re

import pandas as pd
import pytest
from click.testing import CliRunner

from pipelines.cli import main
from tests.compare_datasets import misreads_corrected
from tests.conftest import PDF_2023
from tests.scans import scan

PROJECTS = ("project-5.2", "project-9.1")
ROW = ["row_kind", "organisation_raw", "role_raw", "rate", "hours", "amount"]


def scanned_pages(sections: pd.DataFrame) -> list[int]:
    chosen = sections[sections["kind"].isin(["titlepage", "toc"]) | (sections["title"] == "Begroting")
                      | sections["scope_id"].isin(PROJECTS) & (sections["kind"] == "project")]
    return sorted({page for _, s in chosen.iterrows() for page in range(s["page_start"], s["page_end"] + 1)})


SCANS = {"300 dpi": {"dpi": 300}, "200 dpi, askew, noisy": {"dpi": 200, "rotation": 0.5, "noise": 12}}
# How many numbers, at most, OCR reads with low confidence and no sum proves (listed as ``ocr_unproven``).  On
# this machine the 200-dpi scan lists three, each misread: Onderdeel C's overhead amount 21.137 (read "2437:")
# and its Movisie overhead hours 572 (read "972"), Onderdeel E's Movisie senior hours 966 (read "66").  Where
# tesseract computes with other processor instructions it may read a doubtful digit otherwise (CI's machine
# read the 572 right, at low confidence, and misread another number of its row, which a diagnosis corrected).
MOST_UNPROVEN = {"300 dpi": 0, "200 dpi, askew, noisy": 3}


@pytest.fixture(scope="module", params=list(SCANS))
def scanned(request, datasets_2023, tmp_path_factory):
    """(the scan's name, the bundled PDF's page numbers scanned, the output folder of ``werkplan run`` on it)."""
    pages = scanned_pages(datasets_2023.frames["sections"])
    pdf = scan(PDF_2023, pages, **SCANS[request.param])
    out = tmp_path_factory.mktemp("scan")
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(out), "--jobs", "2"])
    # The structure read from OCR text is doubtful (see test_its_doubtful_structure_goes_to_review).
    assert result.exit_code in (0, 4), result.output
    return request.param, pages, out / "werkplan-2023"


def _unproven(folder) -> list[str]:
    signals = json.loads((folder / "quality" / "validation.json").read_text())["quality_signals"]
    return [number.removeprefix("werkplan-2023/") for s in signals if s["kind"] == "ocr_unproven"
            for number in s["evidence"]]


def _same(value, other) -> bool:
    return value == other or pd.isna(value) and pd.isna(other)


def test_every_budget_row_on_the_scanned_pages_equals_the_bundled_pdfs(scanned, datasets_2023):
    # After the diagnoses' likely misreads are corrected, every number equals the bundled PDF's but for
    # numbers listed as unproven: nothing misread is published unflagged.
    name, pages, folder = scanned
    bundled = datasets_2023.frames["budget_lines"]
    bundled = bundled[bundled["page"].isin(pages)]
    read = misreads_corrected(pd.read_csv(folder / "budget_lines.csv"),
                              pd.read_csv(folder / "diagnoses.csv", dtype={"number_id": str}))
    assert len(read) == len(bundled) > 100
    expected = bundled[ROW].astype(object).where(bundled[ROW].notna(), None).assign(
        page=[pages.index(p) + 1 for p in bundled["page"]]).reset_index(drop=True)
    got = read[ROW + ["page"]].astype(object).where(read[ROW + ["page"]].notna(), None).reset_index(drop=True)
    for column in ("rate", "hours", "amount"):
        expected[column] = [None if v is None else int(v) for v in expected[column]]
        got[column] = [None if v is None else int(v) for v in got[column]]
    unproven = _unproven(folder)
    assert len(unproven) <= MOST_UNPROVEN[name]
    line_ids = [i.removeprefix("werkplan-2023/") for i in read["line_id"]]
    misread = [f"{line_ids[row]}/{column}" for column in ("rate", "hours", "amount")
               for row in range(len(got)) if not _same(got.at[row, column], expected.at[row, column])]
    assert set(misread) <= set(unproven)
    for number in unproven:
        line_id, field = number.rsplit("/", 1)
        got.at[line_ids.index(line_id), field] = expected.at[line_ids.index(line_id), field] = None
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_every_planned_cell_is_read_from_the_pixels(scanned, datasets_2023):
    # The scan has no shading rectangles: each month cell is looked at in the page image, the one OCR
    # straightened (its words stand where that image has them).  The month header's small print on its
    # grey row is partly lost by OCR; the months read and the year over them give every column.
    _, pages, folder = scanned
    bundled = datasets_2023.frames["planning"]
    bundled = bundled[bundled["page"].isin(pages)]
    read = pd.read_csv(folder / "planning.csv")
    cells = ["activity", "year", "month", "planned"]
    assert len(bundled) > 100 and bundled["planned"].sum() > 30
    assert read[cells].values.tolist() == bundled[cells].values.tolist()


def test_the_scan_is_said_to_be_read_by_ocr_with_every_numbers_confidence(scanned):
    _, _, folder = scanned
    metadata = json.loads((folder / "quality" / "validation.json").read_text())["metadata"]
    assert metadata["ocr"] is True and metadata["ocr_engine"].startswith("ocrmypdf ")
    assert pd.read_csv(folder.parent / "catalog.csv")["ocr"].tolist() == [True]
    numbers = pd.read_csv(folder / "numbers.csv")
    assert numbers["ocr_confidence"].notna().all()
    assert numbers["ocr_confidence"].median() > 0.9


def test_every_heading_on_the_scanned_pages_is_found_and_its_title_read(scanned, datasets_2023):
    # Structure from OCR text (one invisible font): the headings come from the numbering, the size OCR
    # measured and where a line stands.  All 34 sections that start on these pages are found, each titled
    # as printed: twice OCR read "4. Doelgroep" as "4, Doelgroep", and the other numbered headings' full
    # stop is taken.
    _, pages, folder = scanned
    bundled = datasets_2023.frames["sections"]
    bundled = bundled[bundled["page_start"].isin(pages)]
    sections = pd.read_csv(folder / "sections.csv")
    read = list(sections["title"])
    assert len(read) == len(bundled) == 34
    assert read == list(bundled["title"])
    # The table of contents holds no section, though at 200 dpi OCR measured "Begroting" under "Inhoud".
    assert sections.loc[sections["title"] == "Begroting", "section_id"].tolist() == ["werkplan-2023/begroting"]


def test_the_contents_titles_keep_their_quote_marks_as_printed(scanned, datasets_2023):
    # Tesseract read the marks of "Pabo’s" and "’Van" as a straight ' (the document prints none), and the
    # contents' reading cut the closing ’ of "… verbinding’" off with its leader: read again from their shapes,
    # learnt from the document's own ‘ and ’, all four words are read as printed at 300 dpi.  At 200 dpi, askew,
    # the ‘ of "‘Dubbele" is read as a double mark “ (two marks of ink for one character: not re-read) and
    # project 7.1's entry is lost; no straight mark is left.
    name, _, folder = scanned
    def marked_words(titles):
        return [word for title in titles for word in title.split() if re.search("[‘’'“”]", word)]

    printed = marked_words(datasets_2023.frames["toc"]["title"])
    read = marked_words(pd.read_csv(folder / "toc.csv")["title"])
    assert printed == ["‘Dubbele", "Pabo’s", "’Van", "verbinding’"]
    if name == "300 dpi":
        assert read == printed
    assert "'" not in "".join(read)


def test_every_table_gets_its_scope(scanned, datasets_2023):
    # The Begroting's subsections, set at the projects' size in OCR text, are no projects: they come
    # before the first "Project" heading.
    _, pages, folder = scanned
    bundled = datasets_2023.frames["budget_tables"]
    bundled = bundled[bundled["page_start"].isin(pages)]
    read = pd.read_csv(folder / "budget_tables.csv")
    assert list(zip(read["scope_id"], read["page_start"], strict=True)) == list(zip(
        bundled["scope_id"], [pages.index(p) + 1 for p in bundled["page_start"]], strict=True))
    assert len(read) == 10


REVIEW = {"300 dpi": ["project_tables_without_section", "toc_matches_few_headings"],
          "200 dpi, askew, noisy": ["project_tables_without_section", "toc_matches_few_headings"]}


def test_an_excerpt_of_pages_goes_to_review(scanned):
    # These 19 pages are an excerpt: the table of contents lists 42 headings of which 7 stand on them, and
    # the two project plans stand under no "Bijlage" heading.  What cannot be placed is said, not
    # published as sound.  Numbers no sum proves, if any, are a reason too.  (At 200 dpi OCR reads the
    # contents' dot leaders as letters; until session 23 its numbers, glued to those letters, ended the run
    # of entries after 4 of its 44 lines, and toc_partly_read was a reason: now 31 entries are read.)
    name, _, folder = scanned
    summary = json.loads((folder / "quality" / "validation.json").read_text())["summary"]
    assert summary["needs_review"] is True
    reasons = [reason.split(":")[0] for reason in summary["review_reasons"]]
    assert [reason for reason in reasons if reason != "ocr_unproven"] == REVIEW[name]
    assert ("ocr_unproven" in reasons) == bool(_unproven(folder))
