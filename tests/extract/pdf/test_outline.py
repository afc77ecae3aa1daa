"""Headings from the outline first: the author's bookmarks, anchored to the lines they point at."""

import pytest

from extract.pdf.document import read_document
from extract.pdf.heading_sources import OUTLINE, TYPOGRAPHY, outline_headings, read_headings
from extract.pdf.headings import HeadingSettings
from extract.pdf.outline import read_outline, said_once
from extract.werkplan.extraction import extract_werkplan
from tests.conftest import PDF_2023
from tests.werkplan_factory import PLAIN_HEADINGS, budget_block, build_pdf, small_werkplan


def test_the_bundled_pdfs_outline_gives_its_headings_and_agrees_with_typography(extraction_2023):
    outline = read_outline(PDF_2023)
    # 290 bookmarks, from Inleiding (page 4, at the top of its text) to the last project's Begroting.
    assert len(outline) == 290
    assert (outline[0].depth, outline[0].title, outline[0].page, round(outline[0].top)) == (0, "Inleiding", 4, 71)
    assert (outline[-1].depth, outline[-1].title) == (3, "8. Begroting")  # the Kennisdossier has eight
    reading = extraction_2023.structure
    assert reading.source == OUTLINE and reading.compared == [TYPOGRAPHY]
    assert reading.disagreements == []  # every item found, at the level typography gives it
    # The title page and the table of contents, which the outline leaves out, come from typography.
    assert [h.text for h in reading.headings[:4]] == ["Kennisplatform Inclusief Samenleven", "Werkplan 2023",
                                                      "Verwey-Jonker Instituut en Movisie", "Inhoud"]
    assert len(reading.headings) == 294


def _werkplan(outline: bool, path, turn: int = 0):
    rows = budget_block([("Movisie", [("Senior", 95, 30), ("Junior", 71, 12)], 10, 22)], 500)
    other = budget_block([("Verwey-Jonker Instituut", [("Senior", 110, 20)], 12, 30)], 800)
    blocks = small_werkplan(2031, [(1, "Jongeren", [("1.1", "Vaders", rows)]), (2, "Werk", [("2.1", "Stages", other)])])
    build_pdf(path, blocks, styles=PLAIN_HEADINGS, outline=outline, turn=turn)
    return path


def test_headings_set_as_body_text_are_read_from_the_outline(tmp_path):
    """A typesetting whose headings no typography reveals: with bookmarks, every table is filed under its
    project; the outline and typography disagreeing is named heading by heading."""
    pdf = _werkplan(True, tmp_path / "werkplan-2031.pdf")
    extraction = extract_werkplan(pdf)
    assert extraction.structure.source == OUTLINE
    assert [(t.table_id, t.scope.title) for t in extraction.tables] == [("project-1.1", "Vaders"),
                                                                         ("project-2.1", "Stages")]
    assert [(h.level, h.text) for h in extraction.headings if h.page > 1] == [
        (1, "Inleiding"), (1, "Bijlage 1. Uitgewerkte projectplannen"), (2, "Programmalijn 1. Jongeren"),
        (3, "Project 1.1 Vaders"), (5, "1. Vraagstuk"), (5, "9. Begroting"), (2, "Programmalijn 2. Werk"),
        (3, "Project 2.1 Stages"), (5, "1. Vraagstuk"), (5, "9. Begroting")]
    missing = [d.text for d in extraction.structure.disagreements if d.kind == "missing"]
    assert missing == ["Inleiding", "Bijlage 1. Uitgewerkte projectplannen", "Programmalijn 1. Jongeren",
                       "Project 1.1 Vaders", "1. Vraagstuk", "9. Begroting", "Programmalijn 2. Werk",
                       "Project 2.1 Stages", "1. Vraagstuk", "9. Begroting"]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_pages_stored_turned_are_read_as_they_are_shown(tmp_path, turn):
    """Pages stored turned (``/Rotate``), their content turned back, as scanning and printing software store them:
    the words were placed across the page (a quarter turn: read in a box of the page's width and height swapped)
    and a quarter-turned page's bookmarks all pointed at its edge; no heading was found, the report's crop failed."""
    upright = _werkplan(True, tmp_path / "werkplan-2031.pdf")
    turned = _werkplan(True, tmp_path / f"werkplan-2031-{turn}.pdf", turn=turn)
    assert read_outline(turned) == read_outline(upright)
    assert [(i.page, round(i.top)) for i in read_outline(turned)[:3]] == [(2, 66), (3, 66), (3, 83)]
    reading, expected = extract_werkplan(turned), extract_werkplan(upright)
    assert [(t.table_id, t.scope.title) for t in reading.tables] == [("project-1.1", "Vaders"),
                                                                     ("project-2.1", "Stages")]
    assert [[(r.label_raw, r.page, r.cells) for r in t.rows] for t in reading.tables] == [
        [(r.label_raw, r.page, r.cells) for r in t.rows] for t in expected.tables]
    assert [(h.page, h.level, h.text) for h in reading.headings] == [
        (h.page, h.level, h.text) for h in expected.headings]
    assert [d.kind for d in reading.structure.disagreements] == [d.kind for d in expected.structure.disagreements]


def test_without_the_outline_the_same_pdf_has_no_scopes(tmp_path):
    pdf = _werkplan(False, tmp_path / "werkplan-2031.pdf")
    assert read_outline(pdf) is None
    extraction = extract_werkplan(pdf)
    assert extraction.structure.source == TYPOGRAPHY
    assert [t.scope.kind for t in extraction.tables] == ["unknown", "unknown"]


def test_an_outline_item_pointing_at_no_such_line_is_named(tmp_path):
    pdf = _werkplan(True, tmp_path / "werkplan-2031.pdf")
    document = read_document(pdf)
    outline = read_outline(pdf)
    wrong = [*outline, type(outline[0])(depth=0, title="Bijlage 2. Afkortingen", page=2, top=100.0)]
    reading = read_headings(document, outline=wrong)
    [unanchored] = [d for d in reading.disagreements if d.kind == "unanchored"]
    assert (unanchored.text, unanchored.page, unanchored.source) == ("Bijlage 2. Afkortingen", 2, OUTLINE)



def test_an_outline_title_chromium_gives_twice_over_a_page_end_anchors_once(glyph_over_a_page_end):
    # Chromium names the heading by the text of its two parts, the one at page 1's foot (a clipped "Ï") and the
    # whole, and points at page 1's foot: the item anchored nowhere.
    items = read_outline(glyph_over_a_page_end)
    assert [(item.title, item.page) for item in items] == [("OEKRAÏENSE VLUCHTELINGENOEKRAÏENSE VLUCHTELINGEN", 1)]
    document = read_document(glyph_over_a_page_end)
    found, unanchored = outline_headings(document, items, HeadingSettings(),
                                         {id(line): i for i, line in enumerate(document.lines())})
    assert unanchored == []
    assert [(h.text, h.page) for h in found] == [("OEKRAÏENSE VLUCHTELINGEN", 2)]


def test_a_title_given_twice_is_given_once_a_title_that_repeats_a_word_is_not():
    assert said_once("DOELDOEL") == "DOEL"  # a short heading atop a page
    # A heading broken after its second line: the part before the page's end, then the part after it twice.
    assert said_once("PROJECT 5.3 VERKENNING VANOEKRAÏENSE VLUCHTELINGENOEKRAÏENSE VLUCHTELINGENIN GEMEENTEN") == (
        "PROJECT 5.3 VERKENNING VANOEKRAÏENSE VLUCHTELINGENIN GEMEENTEN")
    assert said_once("Kennis over kennis") is None
    assert said_once("Werkplan Werkplan 2023") is None  # a space between: a word the title repeats
    assert said_once("Inleiding") is None
