"""The order a page's content stream draws its words in."""

import random

from extract.pdf.drawing_order import PAGE_CONTINUITY, DrawingOrder, continuity, scrambled
from extract.pdf.model import Word


def _word(text: str, x0: float) -> Word:
    return Word(text, x0, x0 + 5.0 * len(text), 100.0, 110.0, "Times-Roman", 10.0, (0,))


def test_each_word_has_its_place_and_the_word_drawn_before_it():
    mark, first, second = _word("•", 60), _word("Factsheet", 70), _word("met", 120)
    elsewhere = _word("Factsheet", 200)  # not a word of the page: no place
    order = DrawingOrder([first, mark, second])
    assert [order.place(w) for w in (first, mark, second, elsewhere)] == [0, 1, 2, None]
    assert order.places([second, elsewhere, first]) == [2, 0]
    assert order.before(second, passed_over=lambda w: w.text == "•") is first
    assert order.before(second, passed_over=lambda w: False) is mark
    assert order.before(first, passed_over=lambda w: False) is None
    assert order.before(elsewhere, passed_over=lambda w: False) is None


def test_a_word_the_layout_joined_or_resized_has_the_place_of_the_word_it_begins_with():
    # LibreOffice look 8100: "migratieachtergrond" and its note's mark "7", touching, read as one word, the
    # right column's only line; without a place the content order could not say the sides were drawn apart,
    # and the set was read row by row ("qua migratieachtergrond7. sociaaleconomische").
    word, mark = _word("migratieachtergrond", 300), Word("7", 395, 398, 98.0, 104.0, "Times-Roman", 6.0, (0,))
    order = DrawingOrder([_word("qua", 60), word, mark])
    joined = Word("migratieachtergrond7", 300, 398, 98.0, 110.0, "Times-Roman", 10.0, (0,))
    resized = Word("migratieachtergrond", 300, 395, 100.0, 110.0, "Times-Roman", 12.0, (0,))
    assert [order.place(w) for w in (joined, resized)] == [1, 1]
    # Another word starting there, or one on another line, is none of them.
    assert order.place(_word("migratie", 300)) is None
    assert order.place(Word("migratieachtergrond", 300, 395, 130.0, 140.0, "Times-Roman", 10.0, (0,))) is None


def _column_page() -> list[Word]:
    """Two columns of 12 lines, 3 words a line, 12 points apart, drawn as a program sets them: the left column
    whole, line by line, then the right one."""
    return [Word(f"w{side}{line}{k}", x0 + 40 * k, x0 + 40 * k + 30, 100.0 + 12 * line, 110.0 + 12 * line,
                 "Times-Roman", 10.0, (0,))
            for side, x0 in enumerate((60, 320)) for line in range(12) for k in range(3)]


def test_an_order_that_steps_to_the_line_under_is_continuous_and_a_random_one_not():
    drawn = _column_page()
    # 23 steps between lines: 22 to the line under, 1 from the left column's foot to the right one's head.
    assert continuity(drawn) == 22 / 23
    shuffled = drawn[:]
    random.Random(7).shuffle(shuffled)
    assert continuity(shuffled) < PAGE_CONTINUITY
    # A table drawn cell by cell, row by row, each cell of two lines: half its steps go up to the next cell.
    cells = [Word(f"c{row}{cell}{line}", 60 + 100 * cell, 90 + 100 * cell, 100.0 + 24 * row + 12 * line,
                  110.0 + 24 * row + 12 * line, "Times-Roman", 10.0, (0,))
             for row in range(6) for cell in range(3) for line in range(2)]
    assert continuity(cells) == 23 / 35
    # Fewer than ten steps between lines show nothing.
    assert continuity(drawn[:27]) is None


def test_a_document_is_drawn_out_of_order_where_its_pages_in_the_middle_are():
    assert scrambled([0.9, 0.1, 0.05, None, 0.3])  # median 0.2
    assert not scrambled([0.9, 0.1, 0.8, None])
    assert not scrambled([None, None])
    # Budget and Gantt pages alone, drawn cell by cell (a look's annex: 0.42 to 0.56): drawn as set.
    assert not scrambled([0.42, 0.46, 0.44, 0.56, 0.5])
