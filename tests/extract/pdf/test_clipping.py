"""Text a clipping path hides is not read (extract/pdf/clipping.py)."""

import pytest

from extract.pdf.clipping import Box, ClippedText, clipped_text, hidden
from extract.pdf.document import read_document
from extract.pdf.model import READERS


def test_a_glyph_drawn_outside_its_clipping_path_is_found(glyph_over_a_page_end):
    # Chromium draws the "Ï" of page 2's heading at page 1's foot too: its box (180–195 pt from the top) lies
    # all but a point below the text area it is clipped to, which ends 20 pt above the page's 200 pt foot.
    # On page 2 the heading's own "Ï" pokes its dots 1.5 pt above the text area: clipped too, but printed.
    found = clipped_text(glyph_over_a_page_end)
    assert list(found) == [1, 2]
    [foot], [head] = found[1], found[2]
    assert (round(foot.drawn.top), round(foot.drawn.bottom)) == (179, 194)
    assert (round(foot.clip.top), round(foot.clip.bottom)) == (20, 180)
    assert (round(head.drawn.top, 1), round(head.clip.top, 1)) == (18.7, 20.2)
    assert list(clipped_text(glyph_over_a_page_end, pages=[2])) == [2]


@pytest.mark.parametrize("reader", READERS)
def test_a_glyph_a_clipping_path_hides_is_not_read(glyph_over_a_page_end, reader):
    pages = read_document(glyph_over_a_page_end, reader=reader).pages
    words = "woord " * 8
    assert [[line.text for line in page.lines] for page in pages] == [
        ["Een regel tekst."] * 5 + [words.strip(), words.strip(), "woord woord woord woord"],
        ["OEKRAÏENSE VLUCHTELINGEN", "De tekst van het project."]]


def test_a_word_is_hidden_when_its_middle_lies_outside_its_text_objects_clipping_path():
    drawn = Box(50, 100, 60, 112)  # a glyph 12 pt high
    word = {"x0": 50, "x1": 60, "top": 100, "bottom": 112}
    assert hidden(word, [ClippedText(drawn, Box(0, 0, 300, 103))])  # 3 of its 12 points print
    assert not hidden(word, [ClippedText(drawn, Box(0, 0, 300, 109))])  # 9 of them print
    # Clipped text elsewhere on the page hides nothing of it.
    assert not hidden(word, [ClippedText(Box(200, 100, 210, 112), Box(0, 0, 300, 103))])
