"""Grouping words into lines: two-column pages are split at the gutter first."""

from extract.pdf.layout import _painted, group_lines
from extract.pdf.model import Rect, Word


def _words(text: str, x0: float, top: float, size: float = 10.0, fontname: str = "Times-Roman") -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 5.0 * len(token)
        words.append(Word(token, x, x + width, top, top + size, fontname, size, (0,)))
        x += width + 2.5
    return words


def _column(x0: float, first: str) -> list[list[Word]]:
    # 20 lines of running text filling a 200-point column.
    return [_words(f"{first}{n} " + "tekst " * 5 + "loopt door", x0, 100 + 14 * n) for n in range(20)]


def test_two_columns_are_read_one_after_the_other():
    header = _words("Werkplan Testplatform | 3 van 9 en nog wat tekst die over de goot loopt", 60, 40)
    left, right = _column(60, "links"), _column(300, "rechts")
    words = header + [w for line in left + right for w in line]
    lines = group_lines(words, 3, 0.45)
    texts = [ln.text for ln in lines]
    assert texts[0].startswith("Werkplan Testplatform")  # the running header stays whole, first
    assert texts[1:21] == [" ".join(w.text for w in line) for line in left]
    assert texts[21:] == [" ".join(w.text for w in line) for line in right]


def test_a_table_is_not_taken_for_two_columns():
    rows = [_words("Movisie Senior", 60, 100 + 14 * n) + _words("95", 300, 100 + 14 * n)
            + _words("63", 380, 100 + 14 * n) + _words("5.985", 460, 100 + 14 * n) for n in range(20)]
    lines = group_lines([w for row in rows for w in row], 3, 0.45)
    assert [ln.text for ln in lines] == ["Movisie Senior 95 63 5.985"] * 20


def test_words_split_only_by_a_change_of_font_are_one_word():
    # "Project" then a "." in another colour, touching: pdfplumber gives two words.
    project = Word("Project", 60, 95, 100, 110, "Times-Roman", 10, (0,))
    stop = Word(".", 95, 97.5, 100, 110, "Times-Roman", 10, (0, 0, 1))
    next_word = Word("Dit", 100, 115, 100, 110, "Times-Roman", 10, (0,))
    [line] = group_lines([project, stop, next_word], 1, 0.45)
    assert [w.text for w in line.words] == ["Project.", "Dit"]


def test_a_frame_filled_even_odd_paints_only_its_bands():
    # A CSS border-bottom as WeasyPrint draws it: the border box and the padding box in one path,
    # filled even-odd (in either order); only the rule under the heading is painted.
    blue = (0.5, 0.62, 0.75)
    box, padding = Rect(85, 57.6, 541, 73.0, blue), Rect(85, 57.6, 541, 72.4, blue)
    assert _painted([padding, box]) == _painted([box, padding]) == [Rect(85, 72.4, 541, 73.0, blue)]
    # A cell's shading inside a filled box of another colour, or apart from it, stays as drawn.
    cell, grey = Rect(300, 60, 320, 70, (0.5, 0.8, 0.77)), Rect(85, 57.6, 541, 73.0, (0.9, 0.9, 0.9))
    assert _painted([grey, cell]) == [grey, cell]
    other = Rect(320, 60, 340, 70, (0.5, 0.8, 0.77))
    assert _painted([cell, other]) == [cell, other]
