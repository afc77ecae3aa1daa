"""The order a page's content stream draws its words in."""

from extract.pdf.drawing_order import DrawingOrder
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
