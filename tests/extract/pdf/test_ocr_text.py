"""An OCR text layer's bullets and items' numbers read as letters, mended by their boxes and their lists
(extract/pdf/ocr_text.py)."""

from extract.pdf.model import Line, Page, Word
from extract.pdf.ocr_text import mend_bullets, mend_item_numbers

SIZE = 11.0


def _line(*words: tuple[str, float, float], top: float = 300.0) -> Line:
    """A line of (text, x0, x1) in the OCR layer's one font."""
    return Line(page=7, words=[Word(text, x0, x1, top, top + SIZE, "GlyphLessFont", SIZE, (0,))
                               for text, x0, x1 in words])


def test_a_bullet_read_as_a_narrow_letter_is_a_bullet_and_the_white_read_after_a_mark_is_dropped():
    # Boxes as tesseract gave them in the bundled werkplan's 300-dpi scan (page 7, "Onze uitgangspunten"): the
    # bullet read "e", 1.8 points wide, the item's text 15.2 points on; with "_" read in the white between.
    lines = [
        _line(("e", 58.0, 59.8), ("We", 75.0, 90.0), ("dragen", 93.0, 125.0), ("bij", 128.0, 140.0)),
        _line(("e", 58.0, 59.8), ("_", 66.0, 69.3), ("Wij", 75.0, 92.0), ("nemen", 95.0, 125.0)),
        _line(("©", 58.0, 59.9), ("_Op-maat-advies", 75.0, 150.0), ("aan", 153.0, 170.0)),
        _line(("2.", 58.0, 66.0), ("_", 70.0, 73.0), ("Opzetten", 79.0, 120.0), ("of", 123.0, 132.0)),
        _line(("1.", 58.0, 66.0), ("_KIS", 79.0, 100.0), ("stimuleert", 103.0, 150.0)),
        # Read right: left as they are.
        _line(("2.", 58.0, 66.0), ("Welke", 79.0, 110.0), ("rol", 113.0, 128.0)),
        _line(("e", 58.0, 63.5), ("mail", 75.0, 95.0)),  # a letter's box, half the size wide: no bullet
        _line(("e", 58.0, 59.8), ("We", 62.0, 77.0)),  # a space after it: no item's text set apart
    ]
    page = Page(number=7, width=595, height=842, lines=lines)
    assert mend_bullets([page]) == 5
    assert [line.text for line in page.lines] == [
        "• We dragen bij", "• Wij nemen", "• Op-maat-advies aan", "2. Opzetten of", "1. KIS stimuleert",
        "2. Welke rol", "e mail", "e We"]
    assert page.lines[1].words[1].x0 == 75.0  # the item's words keep their boxes


def test_an_items_number_read_as_a_letter_of_its_shape_under_the_item_numbered_one_less_is_that_number():
    # Project 7.1's planning in the bundled werkplan's 300-dpi scan: its activities "1." to "5," and then "ó.
    # Flexibel antwoorden kennisvragen", the 6 read as "ó"; the activity was taken for a label's rest (review).
    def item(number: str, text: str, top: float, x0: float = 57.0) -> Line:
        return _line((number, x0, x0 + 8), (text, x0 + 12, x0 + 80), top=top)

    lines = [item("4.", "(Audio)visuele", 100), _line(("voetlicht", 57, 90), top=112), item("5,", "Organiseren", 124),
             item("ó.", "Flexibel", 136),
             # At another indent, or under the item its letter goes on from, a letter stays as it was read.
             item("S.", "Stafkosten", 150, x0=80),
             item("A.", "Kennis", 170), item("7.", "Portaal", 182), item("B.", "Verbinding", 194)]
    page = Page(number=7, width=595, height=842, lines=lines)
    assert mend_item_numbers([page]) == 1
    assert [line.text for line in page.lines] == [
        "4. (Audio)visuele", "voetlicht", "5, Organiseren", "6. Flexibel", "S. Stafkosten", "A. Kennis", "7. Portaal",
        "B. Verbinding"]
