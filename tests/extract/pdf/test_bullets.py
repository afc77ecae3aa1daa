"""List marks drawn as shapes read as the "•" a text bullet prints."""

import pytest
from reportlab.pdfgen.canvas import Canvas

from extract.pdf.bullets import drawn_bullets, filled_discs
from extract.pdf.document import read_document
from extract.pdf.model import READERS


def _word(text: str, x0: float, top: float, size: float = 12.0, index: int = 0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + size,
            "fontname": "DejaVuSansMono", "size": size, "non_stroking_color": (0,), "content_index": index}


def _disc(x0: float, top: float, width: float = 3.8) -> dict:
    return {"x0": x0, "x1": x0 + width, "top": top, "bottom": top + width}


def test_a_disc_before_a_lines_first_word_is_its_bullet():
    # Chromium look 10000: a 3.8-point disc 5.5 points left of a 12-point line's first word, at its letters'
    # middle, drawn as a path; the item read "Kader intersectionaliteit …" without its "•".
    words = [_word("Kader", 50.7, 424.4, index=7), _word("intersectionaliteit", 86, 424.4, index=13)]
    [mark] = drawn_bullets(words, [_disc(41.2, 429.0)])
    assert (mark["text"], mark["x0"], mark["size"], mark["fontname"], mark["content_index"]) == (
        "•", 41.2, 12.0, "DejaVuSansMono", 6.5)


@pytest.mark.parametrize(("disc", "why"), [
    (_disc(138, 429.0), "a word stands just before it: a dot inside the line"),
    (_disc(41.2, 426.0, width=9.0), "as large as a capital: a drawing, not a mark"),
    (_disc(41.2, 433.5), "at the letters' foot, a full stop's place"),
    (_disc(5.0, 429.0), "five sizes before the word"),
])
def test_a_disc_elsewhere_is_no_bullet(disc, why):
    words = [_word("Kader", 50.7, 424.4), _word("tekst", 100, 424.4), _word("loopt", 150, 424.4)]
    assert drawn_bullets(words, [disc]) == [], why


def test_a_disc_across_a_gutter_from_the_left_columns_line_is_its_lines_bullet():
    # Chromium look 10003, two columns: the right column's item mark 19 points (1.7 sizes) right of the left
    # column's line beside it was taken for a dot inside that line.
    words = [_word("jongeren", 243.3, 369.8, size=11.5), _word("Formele", 322.2, 369.8, size=11.5)]
    assert [mark["x0"] for mark in drawn_bullets(words, [_disc(310.5, 373.4, width=3.6)])] == [310.5]


def test_a_disc_a_gutter_narrower_than_a_size_from_the_left_column_is_its_lines_bullet():
    # A review of the rule above: a gutter of one em and the list's indent of one em leave 10.5 points (0.95
    # size) between the left column's justified line and the mark, twice the mark's gap to its text.
    words = [_word("goot", 223.8, 100, size=11.0), _word("Nog", 267.4, 100, size=11.0)]
    assert [mark["x0"] for mark in drawn_bullets(words, [_disc(258.3, 104.0, width=3.6)])] == [258.3]


def test_round_shapes_filled_in_ink_or_drawn_as_rings_are_discs():
    paths = [{**_disc(10, 10), "fill": True, "non_stroking_color": (0.0,)},
             {**_disc(10, 30), "fill": False, "stroke": True},  # a nested item's ring
             {**_disc(10, 50), "fill": True, "non_stroking_color": (1.0, 1.0, 1.0)},  # a white dot
             {**_disc(10, 70), "fill": False, "stroke": False},  # a clipping path: not drawn
             {"x0": 10, "x1": 30, "top": 90, "bottom": 94, "fill": True}]  # a bar
    assert filled_discs(paths) == [_disc(10, 10), _disc(10, 30)]


@pytest.mark.parametrize("reader", READERS)
def test_both_readers_give_a_drawn_bullet_to_its_line(tmp_path, reader):
    pdf = tmp_path / "list.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 200))
    canvas.setFont("Helvetica", 10)
    canvas.drawString(40, 150, "Resultaten:")
    for y, text in ((130, "Een kader voor de praktijk."), (115, "Portretten van vaders.")):
        canvas.circle(44, y + 3.5, 1.8, stroke=0, fill=1)
        canvas.drawString(52, y, text)
    canvas.save()
    [page] = read_document(pdf, reader=reader).pages
    assert [line.text for line in page.lines] == [
        "Resultaten:", "• Een kader voor de praktijk.", "• Portretten van vaders."]
