"""Text a clipping path hides is not read (extract/pdf/clipping.py)."""

import pytest

from extract.pdf.clipping import Box, HiddenText, hidden_text, is_hidden
from extract.pdf.document import read_document
from extract.pdf.model import READERS
from tests.reboxing import Boxing, rebox


def test_a_glyph_drawn_outside_its_clipping_path_is_found(glyph_over_a_page_end):
    # Chromium draws the "Ï" of page 2's heading at page 1's foot too: its box (179–198 pt from the top, the
    # font's height) lies all but a point below the text area it is clipped to, which ends 20 pt above the page's
    # 200 pt foot.  On page 2 the heading's own "Ï" pokes its dots 1.5 pt above the text area: clipped, but its
    # middle prints.
    found = hidden_text(glyph_over_a_page_end)
    assert list(found) == [1]
    [foot] = found[1]
    assert (foot.text, round(foot.box.top), round(foot.box.bottom)) == ("Ï", 179, 198)
    assert hidden_text(glyph_over_a_page_end, pages=[2]) == {}
    # A file whose page tree pdfium counts otherwise than the reader: its page numbers might not be the reader's.
    assert hidden_text(glyph_over_a_page_end, page_count=3) == {}


@pytest.mark.parametrize("reader", READERS)
def test_a_glyph_a_clipping_path_hides_is_not_read(glyph_over_a_page_end, reader):
    pages = read_document(glyph_over_a_page_end, reader=reader).pages
    words = "woord " * 8
    assert [[line.text for line in page.lines] for page in pages] == [
        ["Een regel tekst."] * 5 + [words.strip(), words.strip(), "woord woord woord woord"],
        ["OEKRAÏENSE VLUCHTELINGEN", "De tekst van het project."]]


def test_a_word_is_hidden_when_its_middle_lies_on_hidden_glyphs_that_spell_it():
    row = HiddenText("externe partij", Box(160, 80, 218, 92))  # a label's end cut at its cell's edge
    assert is_hidden("partij", 200, 80, 218, 92, [row])
    # The amount printed in the next cell, over the hidden glyphs, is no part of them.
    assert not is_hidden("8.500", 164, 80, 190, 92, [row])
    assert not is_hidden("partij", 300, 80, 318, 92, [row])  # elsewhere on the page


@pytest.mark.parametrize("boxing", [Boxing(turn=90, across=30, up=40, bleed=10), Boxing(turn=180, bleed=12),
                                    Boxing(across=-20, up=15)], ids=["turned, moved, cropped", "upside down, cropped",
                                                                     "moved"])
def test_glyphs_hidden_on_a_page_boxed_otherwise_are_found_where_it_shows_them(glyph_over_a_page_end, boxing,
                                                                               tmp_path):
    """Pages turned, cropped or moved to another origin were left alone (pdfium's boxes are in the page's own
    coordinates): the hidden glyph was read at page 1's foot."""
    boxed = tmp_path / "boxed.pdf"
    rebox(glyph_over_a_page_end, boxed, lambda _: boxing)
    [foot] = hidden_text(boxed)[1]
    assert (foot.text, round(foot.box.top), round(foot.box.bottom)) == ("Ï", 179, 198)
    assert hidden_text(boxed)[1][0].box == pytest.approx(hidden_text(glyph_over_a_page_end)[1][0].box, abs=0.01)
    assert [line.text for line in read_document(boxed).pages[0].lines][-1] == "woord woord woord woord"
