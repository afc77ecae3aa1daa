"""The page as it is shown: its crop box within its media box, turned by /Rotate, from its top left corner."""

import playa
import pytest

from extract.pdf.clipping import hidden_text
from extract.pdf.outline import read_outline
from extract.pdf.reader import open_pdf
from extract.pdf.shown_page import from_screen, shown_box, user_to_shown
from extract.pdf.structure import read_structure
from tests.boxed_pages import CASES, write_boxed, write_upright
from tests.reboxing import Boxing, rebox
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

# A4 stored turned a quarter (841.9 wide, 595.3 high), its box from (10, 20), a 20 pt bleed cropped off.
MEDIA, CROP = (10, 20, 891.9, 655.3), (30, 40, 871.9, 635.3)


def test_the_shown_box_in_the_layout_space_of_the_readers():
    # Not turned: the crop box from the media box's lower left corner.
    assert shown_box(MEDIA, CROP, 0) == pytest.approx((20, 20, 861.9, 615.3))
    # A quarter turn: 595.3 wide, 841.9 high, as a viewer shows it.
    assert shown_box(MEDIA, CROP, 90) == pytest.approx((20, 20, 615.3, 861.9))
    assert shown_box(MEDIA, CROP, 270) == pytest.approx((20, 20, 615.3, 861.9))
    assert shown_box(MEDIA, CROP, -90) == shown_box(MEDIA, CROP, 270)
    # Corners in any order; no crop box, or one outside the media box, shows the media box.
    assert shown_box((891.9, 655.3, 10, 20), None, 0) == pytest.approx((0, 0, 881.9, 635.3))
    assert shown_box(MEDIA, (900, 700, 950, 800), 0) == pytest.approx((0, 0, 881.9, 635.3))


def test_a_box_in_user_space_to_the_page_as_shown():
    # A word 40 pt from the crop box's left and 100 pt below its top, 60 by 10 pt, on the page as shown.
    upright = user_to_shown(CROP, 0)
    assert upright(70, 525.3, 130, 535.3) == pytest.approx((40, 100, 100, 110))
    # Turned a quarter clockwise when shown: the page's own left edge is the shown top, its bottom the shown left.
    turned = user_to_shown(CROP, 90)
    assert turned(130, 100, 140, 160) == pytest.approx((60, 100, 120, 110))
    # Upside down: the page's own lower right corner is the shown top left.
    assert user_to_shown(CROP, 180)(771.9, 80, 831.9, 90) == pytest.approx((40, 40, 100, 50))


def test_playas_screen_space_moved_to_the_page_as_shown(tmp_path):
    """The outline's destinations and the structure tree's boxes are in playa's screen space: from the media box's
    top left corner; a bleed around the page moves them by its width."""
    upright = tmp_path / "upright.pdf"
    build_pdf(upright, small_werkplan(2030, [(1, "Jongeren", [("1.1", "Vaders", budget_block(
        [("Movisie", [("Senior", 95, 10)], 10, 22)], 0))])]))
    boxed = tmp_path / "boxed.pdf"
    rebox(upright, boxed, lambda _: Boxing(turn=90, across=30, up=40, bleed=10))
    with playa.open(boxed) as document:
        assert from_screen(document.pages[0]) == pytest.approx((-10, -10))
    with playa.open(upright) as document:
        assert from_screen(document.pages[0]) == (0, 0)


def test_the_outline_and_the_structure_tree_place_headings_on_the_page_as_shown(glyph_over_a_page_end, tmp_path):
    """A bleed cropped off around each page (the content stays where it is): the outline's destination and the
    tagged heading's box stand where they stood, not 15 pt lower."""
    boxed = tmp_path / "bleed.pdf"
    rebox(glyph_over_a_page_end, boxed, lambda _: Boxing(bleed=15))
    [item] = read_outline(boxed)
    assert (item.page, round(item.top, 1)) == (1, 179.4)
    [heading] = read_structure(boxed).headings
    assert [(box.page, round(box.top, 1), round(box.bottom, 1)) for box in heading.boxes] == [(2, 18.9, 37.5)]
    assert (read_outline(boxed), read_structure(boxed)) == (read_outline(glyph_over_a_page_end),
                                                            read_structure(glyph_over_a_page_end))


def _reading(pdf, reader: str) -> tuple:
    with open_pdf(pdf, reader, workers=1) as document:
        [read] = list(document.pages)
    page = read.page
    return (page.width, page.height, sorted((w["text"], w["x0"], w["top"]) for w in page.words),
            [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects])


def _flat(rows) -> list:
    return [value for row in rows for value in row]


@pytest.mark.parametrize("case", list(CASES))
def test_a_page_boxed_as_no_producer_of_the_tests_boxes_it_reads_as_it_is_shown(case, tmp_path):
    """Each reader gives the same words and shading as on the same page upright (each compared with itself: pdfium
    gives no font descent), and the outline, the structure tree and the hidden word stand where they do there.  (The
    readers disagreed by 10 to 195 pt on these pages; pdfium gave a crop box outside the media box as an empty page,
    whose render failed.)"""
    boxed, upright = tmp_path / "boxed.pdf", tmp_path / "upright.pdf"
    write_boxed(boxed, *CASES[case])
    write_upright(upright, *CASES[case])
    for reader in ("playa", "pdfplumber", "pdfium"):
        got, expected = _reading(boxed, reader), _reading(upright, reader)
        assert [text for text, *_ in got[2]] == ["Alpha", "Beta", "Een", "Gamma", "Hoofdstuk", "Onderaan",
                                                 "Rechtsboven", "Verborgen"], reader  # hidden: not read later
        assert [text for text, *_ in got[2]] == [text for text, *_ in expected[2]]
        assert got[:2] == pytest.approx(expected[:2], abs=0.01), reader
        assert _flat(place for _, *place in got[2]) == pytest.approx(_flat(place for _, *place in expected[2]),
                                                                     abs=0.05), reader
        assert _flat(got[3]) == pytest.approx(_flat(expected[3]), abs=0.05), reader
    assert [item.top for item in read_outline(boxed)] == pytest.approx([item.top for item in read_outline(upright)])
    [heading] = read_structure(boxed).headings
    [shown] = read_structure(upright).headings
    assert _flat((box.page, box.top, box.bottom) for box in heading.boxes) == pytest.approx(
        _flat((box.page, box.top, box.bottom) for box in shown.boxes), abs=0.05)
    [[hidden]], [[seen]] = hidden_text(boxed).values(), hidden_text(upright).values()
    assert (hidden.text, *hidden.box) == pytest.approx((seen.text, *seen.box), abs=0.05)
