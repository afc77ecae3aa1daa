"""The order a page's content stream draws its words in.

A program writes a page's text in the order it sets it: a column whole before the next, a table's
cells row after row.  That is evidence the author's file holds, beside the layout's guess, of which
lines go together and in which turn (:mod:`extract.pdf.lines`).  The readers give each word the place
of its first character in the stream.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
