"""The order a page's content stream draws its words in.

A program writes a page's text in the order it sets it: a column whole before the next, a table's
cells row after row.  That is evidence the author's file holds, beside the layout's guess, of which
lines go together and in which turn (:mod:`extract.pdf.lines`).  The readers give each word the place
of its first character in the stream.

Not every program draws the text in the order it is read: one that sets text in frames (InDesign, Word's text
boxes) or edits a PDF afterwards may draw a page's lines in any order.  Such an order is no evidence, and read as
evidence it reads two columns as a table's rows (a look's stripped PDF with each page's text objects drawn in a
random order: 41 of 292 sections right).  :func:`continuity` tells the two apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from statistics import median

from .model import Word


class DrawingOrder:
    """The page's words in the order they are drawn, each word's place by its identity; a word the layout
    joined or resized as it read has the place of the drawn word it begins with."""

    def __init__(self, drawn: list[Word]):
        self.drawn = drawn
        self._places = {id(word): place for place, word in enumerate(drawn)}
        self._starts: dict[float, list[int]] = {}
        for place, word in enumerate(drawn):
            self._starts.setdefault(round(word.x0, 1), []).append(place)

    def place(self, word: Word) -> int | None:
        place = self._places.get(id(word))
        if place is None:
            # A word and a note's mark touching it, read as one ("migratieachtergrond7."); small capitals read
            # at their capitals' size: the drawn word at its start, within its box.
            place = next((at for at in self._starts.get(round(word.x0, 1), ())
                          if word.text.startswith(self.drawn[at].text)
                          and word.top - 0.5 <= self.drawn[at].top and self.drawn[at].bottom <= word.bottom + 0.5),
                         None)
        return place

    def places(self, words: Iterable[Word]) -> list[int]:
        """The places of those of ``words`` that have one, in their order."""
        return [place for place in map(self.place, words) if place is not None]

    def before(self, word: Word, passed_over: Callable[[Word], bool]) -> Word | None:
        """The word drawn last before ``word``, those ``passed_over`` aside; None if there is none or ``word``
        has no place."""
        place = self.place(word)
        if place is None:
            return None
        return next((w for w in reversed(self.drawn[:place]) if not passed_over(w)), None)


# A page's drawing order is read as evidence where this share of its steps from one line to another goes to the
# line right under it.  Measured on the pages of 15 looks of three producers and the bundled PDF (pages with ten
# such steps or more): 0.42 at the least (a Gantt chart drawn cell by cell), most of them over 0.7; their text
# drawn in a random order: 0.30 at the most, most of them under 0.1.
PAGE_CONTINUITY = 0.2
# A document's pages in the middle of that measure (its median): a program that draws its text out of the order
# it is read does so on every page, where some pages (few lines, a table) may happen to look otherwise; under
# the least an authored page gives (a document of budget and Gantt pages alone: 0.46).  Its pages are read
# without their order, but those whose own order holds as an authored page's does (KEPT_CONTINUITY).
DOCUMENT_CONTINUITY = 0.35
KEPT_CONTINUITY = 0.5
# Steps from one line to another that show a page's order: a page of a few lines shows none.
FEWEST_STEPS = 10


def continuity(drawn: list[Word]) -> float | None:
    """The share of the steps from one line to another, in the order ``drawn``, that go to the line right under
    (the next word's top within a line's height and a half under the last one's foot, or level with its lower
    half); None where there are fewer than :data:`FEWEST_STEPS` such steps."""
    steps = under = 0
    for last, word in pairwise(drawn):
        height = last.bottom - last.top
        if abs((last.top + last.bottom) - (word.top + word.bottom)) / 2 < 0.5 * min(height, word.bottom - word.top):
            continue  # the same line
        steps += 1
        under += -0.5 * height <= word.top - last.bottom <= 1.5 * height
    return under / steps if steps >= FEWEST_STEPS else None


def scrambled(continuities: Iterable[float | None]) -> bool:
    """Whether the pages of a document, with these :func:`continuity` measures, draw their text out of the
    order it is read (pages whose own order holds, :data:`KEPT_CONTINUITY`, keep it all the same)."""
    known = [value for value in continuities if value is not None]
    return bool(known) and median(known) < DOCUMENT_CONTINUITY
