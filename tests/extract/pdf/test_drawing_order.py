"""The order a page's content stream draws its words in."""

from extract.pdf.drawing_order import DrawingOrder
from extract.pdf.model import Word


def _word(text: str, x0: float) -> Word:
    return Word(text, x0, x0 + 5.0 * len(text), 100.0, 110.0, "Times-Roman", 10.0, (0,))


def test_each_word_has_its_place_and_the_word_drawn_before_it():
    mark, first, second = _word("•", 60), _word("Factsheet", 70), _word("met", 120)
    elsewhere = _word("Factsheet", 70)  # equal, but not a word of the page: no place
    order = DrawingOrder([first, mark, second])
    assert [order.place(w) for w in (first, mark, second, elsewhere)] == [0, 1, 2, None]
    assert order.places([second, elsewhere, first]) == [2, 0]
    assert order.before(second, passed_over=lambda w: w.text == "•") is first
    assert order.before(second, passed_over=lambda w: False) is mark
    assert order.before(first, passed_over=lambda w: False) is None
    assert order.before(elsewhere, passed_over=lambda w: False) is None
