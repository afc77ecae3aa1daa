"""Words grouped into text lines, in reading order: rows by their vertical middle, and on a page set
in two columns each column read whole, top to bottom, the left one first.

The gutter between two columns is found from the text itself.  A page may mix a column set with
full-width things (a table, a heading set across both columns, a running header): those lines cross
the gutter and stay whole, read where they stand, and a column set before them is read before them.
A heading set across the page that is short enough not to cross the gutter stands in the left column
with nothing beside it: the column set above it ends there (see :meth:`_ColumnReader.sets`).  Where
the reading jumps from one column's foot to the next column's head, the text must run on; where it
does not, the page's reading order is in doubt (:func:`_doubtful_jumps`).  Better evidence, where the
reader gives it, is the order in which the page's content stream draws the lines: the author's program
writes a page's text in the order it set it, so a column read in the wrong place shows as lines drawn
out of turn (:func:`_drawn_out_of_turn`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import NamedTuple

from .drawing_order import DrawingOrder
from .model import Line, Page, Word
from .text import ends_open

# A gap between two words of a row this many font sizes wide parts a table's cells.
WIDE_GAP = 1.5
# A document in two columns shows its gutter on many of its pages (28-53 % of the random looks'; tables
# and headings across the page hide it on the others); a few pages of a document in one column may show
# one by chance: a monospaced font's justified spaces lined up down the page (3 of 241 in look 7967).
GUTTER_SHARE = 0.1
# A gutter is at least this many font sizes wide (LaTeX sets 10 pt between columns of 10 pt text; the
# widest space of a justified line is narrower, and a gutter is the same gap on every line).
GUTTER_GAP = 0.8
# A column set ends where its right column has a vertical gap this many font sizes high, a spanning line
# stands beside that gap in the left column, and both columns go on level with each other below it.
SET_BREAK = 2.0
# A list item's letter: "a.", "b)", "(c)".
LETTER_ITEM = re.compile(r"^\(?[a-z][.)]$")


def _join_touching(words: list[Word]) -> list[Word]:
    """Words split only where the font or colour changes, with no space between
    ("Project" and a blue "."), are one word, as a reader sees them."""
    joined = [words[0]]
    for word in words[1:]:
        last = joined[-1]
        if word.x0 - last.x1 <= 0.1 * min(word.size, last.size) and word.x0 >= last.x0:
            main = last if len(last.text) >= len(word.text) else word
            joined[-1] = Word(text=last.text + word.text, x0=last.x0, x1=max(last.x1, word.x1),
                              top=min(last.top, word.top), bottom=max(last.bottom, word.bottom),
                              fontname=main.fontname, size=main.size, color=main.color)
        else:
            joined.append(word)
    return joined


def at_capital_size(words: list[Word], capital: dict[tuple[str, float], float]) -> list[Word]:
    """The words, those of synthesised small capitals at the size of their capitals.  Small capitals set
    lower-case letters as capitals a size smaller ("InleIdIng": I at 19.4 pt, the rest at 15.5 pt); the
    size the author set is the capitals'.  A page's words where the two sizes touch in one word say which
    smaller size goes with which capital size, also for a line without a capital ("vAn kennIs", a
    title's second line).  A font named as small capitals says so (WeasyPrint); a word processor sets
    them in the regular font a size smaller (LibreOffice: "I" at 23.8 pt, "NLEIDING" at 19.0), where
    only capitals touching capitals count.  ``capital``: which smaller size goes with which capital size
    (:func:`capital_sizes`)."""
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.fontname, capital[_font_size(w)], w.color)
            if _font_size(w) in capital and (w.small_caps or _capitals(w.text) and (
                _beside_larger_capital(w, words) or not _in_lower_case_text(w, words)))
            else w for w in words]


def _touching(a: Word, b: Word) -> bool:
    """Two words of one line, one ending where the other begins: letters of one word at two sizes."""
    return min(abs(a.x0 - b.x1), abs(b.x0 - a.x1)) <= 0.1 * min(a.size, b.size) and a.top < b.bottom \
        and b.top < a.bottom


def _beside_larger_capital(word: Word, words: list[Word]) -> bool:
    """A larger capital of the word's font stands on its line: a line of small capitals ("P" / "LAN VAN AANPAK",
    each word typed in lower case printed in small capitals alone)."""
    return any(other.fontname == word.fontname and other.size > word.size + 0.1 and _capitals(other.text)
               and other.top < word.bottom and word.top < other.bottom for other in words)


def _in_lower_case_text(word: Word, words: list[Word]) -> bool:
    """A word in the regular font stands beside a word of its font and size with a lower-case letter, a space
    or two away on its line, or right under one, a line's gap below: capitals in running text ("het CBS."),
    which small capitals, all capitals, never have (LibreOffice look 8686: a note's last line set at the size of
    a heading's small capitals, read at their capitals' size and so taken for the text's; Chromium look 10178
    stripped: "SZW.", a paragraph's last line alone, the text's 12 pt the size of a heading's small capitals,
    read at 16.7 pt as a heading, "project 4.2/szw." published)."""
    def lower_case(other: Word) -> bool:
        return other is not word and _font_size(other) == _font_size(word) and not _capitals(other.text) \
            and any(c.islower() for c in other.text)

    return any(lower_case(other) and (
        other.top < word.bottom and word.top < other.bottom
        and min(abs(other.x0 - word.x1), abs(word.x0 - other.x1)) <= 2 * word.size
        or 0 <= word.top - other.bottom <= 0.75 * word.size and other.x0 < word.x1 and word.x0 < other.x1)
        for other in words)


def _capitals(text: str) -> bool:
    """Letters, all capitals (punctuation aside): what small capitals print."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def capital_sizes(words: list[Word]) -> dict[tuple[str, float], float]:
    """(font, smaller size) -> capital size, from letters of one small-capitals font touching at two sizes."""
    candidates = [w for w in words if w.small_caps or _capitals(w.text)]
    capital = {}
    for small in candidates:
        for large in candidates:
            if large.fontname == small.fontname and large.size > small.size + 0.1 and _touching(large, small):
                capital[_font_size(small)] = max(large.size, capital.get(_font_size(small), 0))
    return capital


def _font_size(word: Word) -> tuple[str, float]:
    """The word's font and size, the size to a tenth of a point (one size computed twice may differ in its
    last digits)."""
    return word.fontname, round(word.size, 1)


def group_rows(words: list[Word], page: int, tolerance: float) -> list[Line]:
    """Words whose vertical middles lie within ``tolerance`` of their font size form one line, ordered by x."""
    lines: list[list[Word]] = []
    middles = 0.0  # the sum of the last line's word middles
    for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        middle = (word.top + word.bottom) / 2
        if lines:
            last = lines[-1]
            if abs(middle - middles / len(last)) <= tolerance * max(word.size, last[0].size):
                last.append(word)
                middles += middle
                continue
        lines.append([word])
        middles = middle
    return [Line(page=page, words=_join_touching(sorted(ws, key=lambda w: w.x0))) for ws in lines]


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _cell_gaps(words: list[Word]) -> list[float]:
    """The gaps between a table row's cells among ``words`` (one side of a gutter, left to right): wide,
    and wider by far than the narrowest space there (a justified line stretches its spaces alike, wide
    as they may be in a narrow column)."""
    spaces = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    # A list item's marker ("•", "a.", "1)") is set a fixed indent before its text: that space is not
    # stretched.  (A table's first cell may be a letter or a number: "C", "12".)
    marker = len(spaces) > 1 and _item_marker(words[0])
    stretched = spaces[1:] if marker else spaces
    return [space for space, a, b in zip(spaces, words, words[1:], strict=False)
            if space >= max(WIDE_GAP * min(a.size, b.size), 2 * min(stretched))]


def _item_marker(word: Word) -> bool:
    """A list item's marker: "•", "a.", "1)", "(c)"."""
    return len(word.text) <= 3 and not word.text.isalnum()


def _apart_from_marks(line: Line) -> list[Word]:
    """The line's words but a list's marks; all of them where it holds nothing else (an item's last word, "3).",
    alone on its line: LibreOffice look 8932)."""
    return [w for w in line.words if not _item_marker(w)] or line.words


def _item_indents(lines: list[Line], edge: float, size: float) -> list[float]:
    """How far right of a column's ``edge`` its list items' text begins: the word after a marker set within
    two sizes of the edge."""
    return [ln.words[1].x0 - edge for ln in lines if len(ln.words) > 1 and _item_marker(ln.words[0])
            and ln.words[0].x0 - edge <= 2 * size]


def prose(line: Line) -> bool:
    """A line of words, not a table's cells (no cells apart, a word of three letters or more: not a
    Gantt chart's marks, "x x x")."""
    return not _cell_gaps(line.words) and any(sum(c.isalpha() for c in w.text) >= 3 for w in line.words)


def table_row(line: Line) -> bool:
    """A line of three cells apart or more: a table's row, no title (a title may have one wide gap: a tab after its
    number, "Project 1.1" and its name)."""
    return len(_cell_gaps(line.words)) >= 2


def _sentence_tail(line: Line) -> bool:
    """A line that is one word ending a sentence or a clause, the rest of a wrapped line ("3).", "(n=3)."), or a
    few words going on in lower case to a stop ("in 2024.": LibreOffice look 9009 in another edition, the right
    column's one line beside the left column's two, read row by row across the gutter), or from a figure with a
    word among them ("2 en 3.", the rest of "… op activiteit": LibreOffice look 8837, read into the left column's
    first line, published): running text, however few its letters (a table's mark has no stop, a Gantt chart's
    month a capital, a row of figures no word)."""
    first = line.text[:1]
    goes_on = first.islower() or first.isdigit() and any(w.text.isalpha() for w in line.words)
    few = len(line.words) == 1 or len(line.words) <= 3 and goes_on and not _cell_gaps(line.words)
    return few and line.text[-1] in ".,;:)"


def _running_text(side: list[Word]) -> bool:
    """Lines of running text mostly fill their column; a table's cells do not."""
    rows = group_rows(side, 0, 0.45)
    extent = max(w.x1 for w in side) - min(w.x0 for w in side)
    return _median([r.x1 - r.x0 for r in rows]) >= 0.7 * extent


def _columns_at(words: list[Word], x: float, left: float, right: float) -> bool:
    """Whether ``words`` (none crossing ``x``) are two columns of running text parted at ``x``."""
    if not 0.3 < (x - left) / (right - left) < 0.7:
        return False
    sides = [[w for w in words if w.x1 <= x], [w for w in words if w.x0 >= x]]
    return all(0.25 <= len(side) / len(words) <= 0.75 for side in sides) and all(map(_running_text, sides))


@dataclass(frozen=True)
class Gutter:
    """The gap between a page's two columns: where the left column ends at the most, and where the
    right one begins."""

    left: float
    right: float

    @property
    def x(self) -> float:
        return (self.left + self.right) / 2

    def crosses(self, line: Line, width: float) -> bool:
        """A line running across the gutter: a word over it, or words either side much closer than the
        gutter is wide, or closer than a gutter is at their size (a space, not the gutter: a heading's
        space, a letter wide in a monospaced font, may be nearly as wide as a gutter set for the body).
        A left column's word running into the gutter (:meth:`overhangs`; ``width``: a column's) does not
        cross it."""
        return not self.overhangs(line, width) and (any(w.x0 < self.x < w.x1 for w in line.words) or any(
            a.x1 <= self.x <= b.x0 and b.x0 - a.x1 < max(0.7 * (self.right - self.left),
                                                         GUTTER_GAP * min(a.size, b.size))
            and not self.spaced_apart(line, a, b)
            for a, b in zip(line.words, line.words[1:], strict=False)))

    def spaced_apart(self, line: Line, a: Word, b: Word) -> bool:
        """Whether ``b`` begins where the right column does and its gap after ``a`` is half as wide again as the
        line's other spaces at the most: two columns' lines, the left one running into the gutter as the page's
        other lines do not (the gutter measured below a page's first lines; WeasyPrint look 8326, 11 pt
        monospaced: "… belang mee" ending 7 points into it, 15 points before "drie projecten"), not a line
        across the page whose word begins there after a space of its own ("1. Kennisdossier Roma, Sinti en")."""
        spaces = [d.x0 - c.x1 for c, d in pairwise(line.words) if c is not a]
        return len(spaces) >= 2 and b.x0 >= self.right - 0.5 and b.x0 - a.x1 > 1.5 * _median(spaces)

    def overhangs(self, line: Line, width: float) -> bool:
        """Whether the line holds a left column's word longer than the column (``width`` wide), running into
        the gutter, beside the right column's line: the word, most of a column wide, stands alone on its line
        in the left column (after a list item's marker: a typesetter that cannot break a word sets it on a
        line of its own and lets it run over, as a browser does), and the line's next word, if any, begins in
        the right column, more than a space after the long word's end.  Look 7877: "ontwikkelbijeenkomsten"
        in an A5 column of 11 pt monospaced text, 11 points into the gutter, beside the right column's "een
        context van".  (A table's cell over the gutter is short: look 7878's "Movisie" in the overview's
        header.  A heading across the page, "1. Kennisdossier Roma, Sinti en", may have its second word end
        in the gutter and its third begin where the right column does: a space after it.)"""
        left = [w for w in line.words if w.x0 < self.x]
        if (not left or left[-1].x1 <= self.left or left[-1].x1 - left[-1].x0 < 0.7 * width
                or not all(map(_item_marker, left[:-1]))):
            return False
        long_word, rest = left[-1], line.words[len(left):]
        return not rest or (rest[0].x0 >= self.right - 0.5 * rest[0].size
                            and rest[0].x0 - long_word.x1 >= GUTTER_GAP * min(long_word.size, rest[0].size))

    def sides(self, words: list[Word]) -> tuple[list[Word], list[Word]]:
        """The words of the left column and those of the right one: a word belongs to the column it
        begins in (a word too long for the left column runs on into the gutter, :meth:`overhangs`)."""
        return [w for w in words if w.x0 < self.x], [w for w in words if w.x0 >= self.x]

    def whole(self, line: Line, width: float) -> bool:
        """A line read whole, where it stands: it crosses the gutter (``width``: a column's), or it is a
        table's row (cells apart, or cells set at one pitch right across the gutter)."""
        return self.crosses(line, width) or self.evenly_across(line) or sum(
            len(_cell_gaps(side)) for side in self.sides(line.words)) >= 2

    def evenly_across(self, line: Line) -> bool:
        """A row of a table's cells at one pitch (a Gantt chart's months or marks) that runs across the
        gutter: the gaps between the right-hand words and the gap over the gutter are alike, twice the
        gutter wide or more, and wider than each of those words (short cells far apart: a justified
        line's spaces may be as wide, but its words are wider)."""
        left, right = self.sides(line.words)
        if len(right) < 3 or not left:
            return False
        gaps = [right[0].x0 - left[-1].x1] + [b.x0 - a.x1 for a, b in zip(right, right[1:], strict=False)]
        middle = _median(gaps)
        return (middle >= max(2 * (self.right - self.left), WIDE_GAP * right[0].size)
                and all(abs(gap - middle) <= 0.25 * middle for gap in gaps)
                and all(w.x1 - w.x0 < middle for w in [left[-1], *right]))


def _open_gutter(words: list[Word], size: float) -> Gutter | None:
    """The only wide vertical gap in the middle of the text that no word crosses (running headers and
    footers at the page's top and bottom aside), with running text on either side.  A table has several
    such gaps (one per column), and full-width text crosses them all.  Headings set larger than the text
    may run across the page between column sets: where the page's words show no gutter, the words of the
    text's size may (Chromium look 10204, two columns under a heading across the page for each section: 10 of
    110 pages showed the gutter, too few for the document's, and 194 of 291 sections were read row by row
    across it, published)."""
    top, bottom = min(w.top for w in words) + 2 * size, max(w.bottom for w in words) - 2 * size
    inner = [w for w in words if w.top >= top and w.bottom <= bottom]
    return _gutter_between(inner, size) or _gutter_between([w for w in inner if w.size <= size + 0.5], size)


def _gutter_between(words: list[Word], size: float) -> Gutter | None:
    """The only gap :func:`_open_gutter` looks for among ``words``, or None."""
    if len(words) < 40:
        return None
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    gaps, reach = [], left
    for word in sorted(words, key=lambda w: w.x0):
        if word.x0 - reach >= GUTTER_GAP * size:
            gaps.append((reach, word.x0))
        reach = max(reach, word.x1)
    if len(gaps) != 1:
        return None
    gutter = Gutter(*gaps[0])
    return gutter if _columns_at(words, gutter.x, left, right) else None


@dataclass(frozen=True)
class _ColumnReader:
    """Reads the words between two full-width lines of a page in columns (see :meth:`read`)."""

    gutter: Gutter
    width: float  # a column's width
    size: float  # the page's body text size
    page: int
    tolerance: float
    order: DrawingOrder | None = None  # where the content stream draws each word, if the reader says
    edge: float = 0.0  # where the page's text begins on the left: the left column's edge
    foot: float = float("inf")  # where the page's lowest word ends
    text_print: tuple[str, float, tuple] | None = None  # the running text's (:func:`_text_print`), as read_lines has it

    def rows(self, words: list[Word]) -> list[Line]:
        return group_rows(words, self.page, self.tolerance)

    def sets(self, words: list[Word]) -> list[list[Word]]:
        """``words`` cut where one column set ends and the next begins.

        A heading set across the page but shorter than a column stands in the left column with an empty
        right column beside it.  The cut goes through the widest empty band above it, where the right
        column's gap begins, when both columns go on level with each other below the heading (a column
        set starts its columns together, :meth:`under_heading`), or the left column has nothing below it,
        or what goes on on the right does not begin where the right column does (a table's caption or
        cells: no column).  A heading inside the right column does not cut: the left column beside it
        runs on; nor do notes at the right column's foot, with the left column's text beside them.
        """
        left, right = map(self.rows, self.gutter.sides(words))
        text_print = _text_print(words)
        text_lines = len(_without_notes(right, self.size))
        first_note = right[text_lines] if text_lines < len(right) else None  # at the right column's foot
        cuts = []
        for above, below in zip(right, right[1:], strict=False):
            level = [ln.top for ln in left if ln.top >= below.top - 0.25 * self.size]
            column_start = below.x0 - self.gutter.right <= 2 * self.size
            if below.top - above.bottom < SET_BREAK * self.size or (
                    column_start and level and level[0] > below.top + 0.25 * self.size
                    and not self.under_heading(left, above, below, text_print)) or (
                    below is first_note and not self._drawn_after(left, right, above)
                    and self._beside_text(left, above, below, text_print)):
                continue
            if self._page_foot(left, right, below):
                # The set ends over the page's foot, under the left column's last line: a cut at a wider band
                # higher up would go through the left column where it runs on (LibreOffice look 8239: the right
                # column ending half-way down, the running footer at its foot, and the left column's last
                # paragraph read after the right column).
                cuts.append((max(above.bottom, *(ln.bottom for ln in left)) + below.top) / 2)
                continue
            # The empty bands across both columns between the two right-hand lines, widest first; the
            # lower line closes the last band (the left column may end well above it: a running footer).
            edges = sorted([(w.top, w.bottom) for w in words if w.bottom > above.top and w.top < below.top]
                           + [(below.top, below.bottom)])
            bands, reach = [], above.bottom
            for top, bottom in edges:
                if top > reach:
                    bands.append((top - reach, (reach + top) / 2))
                reach = max(reach, bottom)
            if bands and max(bands)[0] >= 0.5 * self.size:
                cuts.append(max(bands)[1])
        sets, rest = [], words
        for cut in cuts:
            sets.append([w for w in rest if w.bottom <= cut])
            rest = [w for w in rest if w.bottom > cut]
        return [part for column_set in [*sets, rest] if column_set for part in self.balanced(column_set)]

    def _page_foot(self, left: list[Line], right: list[Line], below: Line) -> bool:
        """``below`` and the right column's lines under it, down to the page's lowest, are in a smaller print than
        the text's, below the left column's last line: the page's foot (a running footer, notes), no column
        (LibreOffice look 8582: a note of two lines under the right column's last line, the left column one line
        longer).  Not a table's first line under a heading the left column ends in (WeasyPrint look 8449: "8.
        Planning", set small, over its Gantt chart's year, the chart's rows under it)."""
        foot = right[next(index for index, line in enumerate(right) if line is below):]
        return (right[-1].bottom >= self.foot - 0.5 and all(line.size < 0.9 * self.size for line in foot)
                and below.top > max(ln.bottom for ln in left))

    def _drawn_after(self, left: list[Line], right: list[Line], above: Line) -> bool:
        """Whether the content stream draws the left column's text below ``above`` after the right column's
        lines down to ``above``: what follows the set, set by the author's program after its right column,
        not the left column running on beside the right one's gap (LibreOffice look 9019: "7. Resultaten" and
        its item under a list set in two columns, the running footer at the right column's foot taken for a
        note beside them, and the list read row by row).  False where the reader gives no order."""
        if self.order is None:
            return False
        lower = [self._text_drawn([ln]) for ln in left if ln.top > above.bottom]
        lower = [places for places in lower if places]
        upper = self._text_drawn(right[:right.index(above) + 1])
        return bool(lower) and bool(upper) and min(map(min, lower)) > max(upper)

    def _text_drawn(self, lines: list[Line]) -> list[int]:
        """Where the content stream draws the words of ``lines`` in the text's print: a list's marks may be drawn
        apart from their items' text, and a running header or footer, set small, after everything (WeasyPrint
        look 8768: both after "7. Resultaten" under a list set in two columns)."""
        return self.order.places(w for ln in lines if ln.size >= 0.9 * self.size for w in _apart_from_marks(ln))

    def _beside_text(self, left: list[Line], above: Line, note: Line, text_print: tuple[str, float, tuple]) -> bool:
        """Whether the left column runs on beside the right column's gap from ``above`` down to ``note``, the first
        of the notes at the right column's foot, so that no heading across the page stands in that gap: it runs
        on in the text's size level with the note (look 8307: the gap cut the left column at a paragraph's end
        half-way down, its rest read after the right column), or its own notes stand level with it and no line
        in another print than the text's stands in it below ``above`` (LibreOffice look 8360, A5: two lines at
        the right column's head, the left column's text down to its notes, cut at a paragraph's end and the
        right column read in the middle of the left one)."""
        def level(line: Line, within: float = 0.0) -> bool:
            return line.top <= note.bottom and line.bottom >= note.top - within

        text = [ln for ln in left if ln.size >= 0.9 * self.size]
        # The text's last line may end just above the note's, the notes' rule over them in the left column
        # (LibreOffice look 8661: "… Instituut⁵ blijkt" a point above "gevangenschap.", a note's rest); not a
        # heading in the gap (look 8600: "5. SAMENWERKING" over the running footer, in the right column).
        if any(level(ln) or level(ln, 0.5 * self.size) and not _other_print(ln, text_print) for ln in text):
            return True
        beside_gap = [ln for ln in text if above.bottom < ln.top < note.top]
        return (bool(beside_gap) and not any(_other_print(ln, text_print) for ln in beside_gap)
                and any(level(ln) for ln in left if ln.size < 0.9 * self.size))

    def under_heading(self, left: list[Line], above: Line, below: Line, text_print: tuple[str, float, tuple]) -> bool:
        """Whether the left column goes on under a heading (a line in another print than the text's)
        standing beside the right column's gap between ``above`` and ``below``, its next line up to a
        size above ``below``: the columns start together, the right one lower by the space before its
        first paragraph or list item, which the left one's first gives up under the heading."""
        return any(head.top > above.bottom and below.top - self.size <= first.top <= below.top
                   and _other_print(head, text_print) for head, first in pairwise(left))

    def balanced(self, words: list[Word]) -> list[list[Word]]:
        """A column set whose left column runs on far below its right one, cut at the widest gap of the
        left column below the right one's end: columns are balanced (a set's columns end within a few
        lines of each other), so what stands below is no part of the set (a heading across the page, in
        another print than the text's, and its text, the right column beside them empty; a list item in
        the text's print goes on in the set: look 7758's list run 5 lines below the right column).  What
        stays above the cut is cut again while its left column still runs on far below the right one: of
        two headings with their text below the set,
        the wider gap may be the one before the second.  A set whose left column stops short, the right
        one ending beside its gap, is cut there too when something follows in the left column below that gap
        (a heading across the page, under a short list set in two columns), and so is one whose left column
        runs on below the right one's end into a gap wider than any between the lines of a column beside the
        other, with a line in another print than the text's below it: a heading (look 7616's "Idee 1:
        Benchmark anti-", wrapped, its first line short of the gutter; look 2971's "5. Samenwerking"), not a
        paragraph (look 7601's "• Profijtgroep: …").  Only the part of a gap below the right column's end
        counts, and the cut goes there: the right column (a footnote's last lines beside the left column's
        gap) stays whole in its set.  No cut goes below a sentence's end where the right column's head goes
        on from the left column's foot mid-sentence: the left column runs on to its foot in the set (look
        7761: a list item broken over the columns below one that ends, the left column 5 lines longer)."""
        left, right = map(self.rows, self.gutter.sides(words))
        if len(left) < 2 or not right:
            return [words]
        end = right[-1].bottom
        below = self.drawn_below(left, right)
        if below is not None:
            return [*self.balanced([w for w in words if w.bottom <= below]), [w for w in words if w.bottom > below]]
        if self.drawn_in_left_column(left, right):
            return [words]
        far = left[-1].top - right[-1].top > 3 * SET_BREAK * self.size
        # The widest white space between lines of a column beside the other one: a paragraph's break at most.
        inside = max((b.top - a.bottom for side in (left, right) for a, b in pairwise(side) if b.bottom <= end),
                     default=0.0)
        text_print = _text_print(words)
        runs_on = _goes_on(right[0]) and not _ends_sentence(left[-1])
        gaps = [(below.top - max(above.bottom, end), max(above.bottom, end))
                for above, below in zip(left, left[1:], strict=False)
                if below.top > end and not (runs_on and _ends_sentence(above)) and (
                    far and above.top >= right[-1].top - SET_BREAK * self.size and _other_print(below, text_print)
                    or above.bottom < end and below.top - above.bottom >= SET_BREAK * self.size
                    or above.bottom >= end and below.top - above.bottom > inside
                    and _other_print(below, text_print))]
        if not gaps or max(gaps)[0] < self.size:
            return [words]
        cut = max(gaps)[1]
        return [*self.balanced([w for w in words if w.bottom <= cut]), [w for w in words if w.bottom > cut]]

    def columns(self, left: list[Line], right: list[Line]) -> bool:
        """Whether two sides are columns of running text: the right one's lines mostly begin where the
        right column does (a table's amounts stand apart), and each side has a line nearly a column wide,
        or both have two lines or more, all of words (:func:`prose`: a short paragraph set in two short
        columns, its words too long to fill them: "Alle bovengenoemde | simultaan worden"), or, all of
        words, the content stream draws one side whole before the other (:meth:`drawn_apart`).  Where a line
        begins is measured in the size of the set's text: a list's lines begin indented under its marks, and
        the page's tables, set small, may be read with the set (look 7764: 18 points in, 2 sizes of a 9 pt
        table under a list set at 11.5 pt)."""
        if len(left) == len(right) == 1 and _word_broken_across(Line(page=self.page, words=left[0].words
                                                                      + right[0].words), self.gutter,
                                                                 self.text_print):
            return True
        if not (left and right and len(left) + len(right) > 2) or self.drawn_row_by_row(left, right):
            return False
        size = _median([ln.size for ln in left + right])
        # Where the left column's lines begin, measured from its edge, and where list items' text begins in
        # either column.
        indents = [ln.x0 - self.edge for ln in left if ln.x0 - self.edge <= 3 * size]
        indents += _item_indents(left, self.edge, size) + _item_indents(right, self.gutter.right, size)
        # The right column's notes at its foot hang their lines under the note's text, not the column's edge
        # (LibreOffice look 8497: a section's last line there over a note of three lines, read row by row).
        starts = sorted(self._start(ln, indents) for ln in _without_notes(right, size))
        # Drawn one side whole before the other, one line may be no words: a year over a list ("2023" / "•
        # Artikel op de KIS-website" | "over de ontwikkelde" / "monitor.", LibreOffice looks 8266 and 8708, the
        # latter with the item alone beside the right column's one line, read row by row).  But each side holds
        # words: a side of figures alone is a table's values, however the stream draws it (WeasyPrint look 8593,
        # A5 in two columns: a budget row's label wrapped over three lines, its figures beside the first).
        is_words = [prose(ln) or _sentence_tail(ln) for ln in left + right]
        drawn_apart = self.drawn_apart(left, right) and any(is_words[:len(left)]) and any(is_words[len(left):])
        return starts[len(starts) // 2] <= 2 * size and (
            all(max(ln.x1 - ln.x0 for ln in side) >= 0.7 * self.width for side in (left, right))
            or (min(len(left), len(right)) >= 2 or drawn_apart)
            and sum(is_words) >= len(is_words) - drawn_apart)

    def _start(self, line: Line, indents: list[float]) -> float:
        """How far right of the gutter a line begins; a line indented as the left column's lines are, or
        hanging under a list item's text (``indents``: how far right of its column's edge they begin), begins
        where the column does.  A word processor indents an item's text 20 to 36 points: LibreOffice look
        8104, its right column mostly list items, or an item's lines run on from the left column's foot or
        from the page before, was read row by row across the gutter."""
        start = line.x0 - self.gutter.right
        # To a quarter of the text's size: the left column's edge is the page's leftmost word, which may be a
        # table's cell a point or two in (look 9023 in another edition, 8 pt: an item going on from the left
        # column at a page's head, 1.5 points off, was read row by row).
        slack = max(1.5, 0.25 * line.size)
        return 0.0 if any(abs(start - indent) <= slack for indent in indents) else start

    def drawn_row_by_row(self, left: list[Line], right: list[Line]) -> bool:
        """Whether the content stream goes from one side to the other and back three times or more: a
        table's rows, drawn cell by cell, row after row, not two columns, each drawn whole (a note or a
        running footer drawn after both columns goes back once; a list's marks, which a program may draw
        apart from their items' text, are left out).  Look 7997: a budget table run over a page's end, its
        header's second line ("uren Uurtarief Kosten") and first row's figures right of the gutter, was
        read as two columns."""
        if self.order is None:
            return False
        sides = [(place, index) for index, side in enumerate((left, right)) for line in side
                 for place in self.order.places(w for w in line.words if not _item_marker(w))]
        order = [index for _, index in sorted(sides)]
        return sum(a != b for a, b in pairwise(order)) >= 3

    def drawn_apart(self, left: list[Line], right: list[Line]) -> bool:
        """Whether the content stream draws all of one side before any of the other: as the author's
        program set two columns, not a table's rows, drawn row by row (look 7989: a section's last
        four lines in the left column, its footnote the right column's one line beside the first; read
        row by row, the note ran into the text's first line)."""
        if self.order is None:
            return False
        drawn = [self.order.places(w for line in side for w in line.words) for side in (left, right)]
        return all(drawn) and (max(drawn[0]) < min(drawn[1]) or max(drawn[1]) < min(drawn[0]))

    def drawn_below(self, left: list[Line], right: list[Line]) -> float | None:
        """Where the set ends, if the content stream says: above the left column's lines below the right
        column's end that it draws after the whole right column, the left column's lines above them before
        it: what follows the set in the left column, not part of it (look 7924: a section's last
        paragraph broken over the columns, its sentence going on from the left column's foot in the right
        one's head, and below the left column the next sections, "7. Resultaten" and "8. Planning", set
        there by the program after the right column).  None where the stream draws no such order."""
        if self.order is None:
            return None
        # On the right only the text's words count (:meth:`_text_drawn`: a running header or footer there is drawn
        # last of all), on the left every word but a list's marks, of the lines beside the right column's text or
        # below it: a note there in small print is drawn before the right column or after it, as it belongs
        # (LibreOffice look 8932: after it, under the left column's last line, read after the right column).
        text = [line for line in right if line.size >= 0.9 * self.size]
        right_drawn = self._text_drawn(text)
        if not right_drawn:
            return None
        drawn = [self.order.places(_apart_from_marks(line)) for line in left]
        beside = [line.bottom > text[0].top for line in left]
        for k in range(1, len(left)):
            before = [place for places, level in zip(drawn[:k], beside, strict=False) if level for place in places]
            after = [place for places in drawn[k:] for place in places]
            if (left[k].top >= right[-1].bottom and after and max(before, default=-1) < min(right_drawn)
                    and min(after) > max(right_drawn)):
                # Below the right column's end too: its last line may stand lower than the left one's.
                return (max(left[k - 1].bottom, right[-1].bottom) + left[k].top) / 2
        return None

    def drawn_in_left_column(self, left: list[Line], right: list[Line]) -> bool:
        """Whether the content stream draws every line of the left column below the right column's end
        before the whole right column, as the author's program set its left column: the set runs on there
        (look 8217: a footnote printed under its paragraph, mid-column, in a smaller print, was taken for
        what follows the set, and the right column was read before the left one's last 11 lines; look 8307:
        the right column's text ending half-way down, its note at its foot).  Not where notes stand at the
        left column's foot, below its text: a word processor may draw them before the right column too (look
        8104); the layout places them."""
        if self.order is None:
            return False
        right_drawn = self.order.places(w for line in right for w in line.words)
        # The right column's text ends above its notes (look 8307: a note at the foot of the right column).
        running = [line for line in left if line.top >= _without_notes(right, self.size)[-1].bottom]
        drawn = [self.order.places(line.words) for line in running]
        return (bool(right_drawn) and bool(running) and all(drawn) and max(map(max, drawn)) < min(right_drawn)
                and len(_without_notes(left, self.size)) == len(left))

    def read(self, words: list[Word]) -> tuple[list[Line], int]:
        """Each column set's left column, then its right one; a set whose sides are not columns of
        running text (a table's rows, a label and its amount) is read row by row.  With the number of
        sets read in columns."""
        lines, sets = [], 0
        for column_set in self.sets(words):
            head, text = _head_apart(self.rows(column_set), self.size)
            left, right = map(self.rows, self.gutter.sides([word for line in text for word in line.words]))
            in_columns = self.columns(left, right)
            lines += head + left + right if in_columns else self.rows(column_set)
            sets += in_columns
        return lines, sets


def _print(word: Word) -> tuple[str, float, tuple]:
    """A word's font, size and ink: a heading set in the text's font and size may stand apart by its
    colour alone (look 7923's "4. Doelgroep", grey #444444 and underlined beside black text)."""
    return word.fontname, round(word.size, 1), _ink(word.color)


def _ink(color: tuple) -> tuple:
    """A colour as RGB to a tenth, whichever space it is given in (grey, RGB, CMYK; none: black), so that
    black is one ink however a producer writes it."""
    if len(color) == 1:
        color = color * 3
    elif len(color) == 4:
        c, m, y, k = color
        color = tuple(1 - min(1.0, part + k) for part in (c, m, y))
    elif len(color) != 3:
        color = (0.0, 0.0, 0.0)
    return tuple(round(part, 1) for part in color)


def _other_print(line: Line, text_print: tuple[str, float, tuple]) -> bool:
    """A line none of whose words is in the running text's print: a heading's."""
    return all(_print(w) != text_print for w in line.words)


def _text_print(words: list[Word]) -> tuple[str, float, tuple]:
    """The font, size and ink carrying most of the words' characters: the running text's."""
    chars = Counter()
    for word in words:
        chars[_print(word)] += len(word.text)
    return chars.most_common(1)[0][0]


def _page_size(words: list[Word]) -> float:
    return _median([w.size for w in words])


def _goes_on(line: Line) -> bool:
    """A line that carries on a sentence: it begins in lower case, and not with a list item's letter
    ("a.", "(b)")."""
    first = line.words[0].text
    return first[:1].islower() and not LETTER_ITEM.match(first)


def _ends_sentence(line: Line) -> bool:
    return line.text.endswith((".", "!", "?", ":"))


def _doubtful_jumps(lines: list[Line], width: float, bottom: float) -> int:
    """Where the reading order goes back up the page (from a column's foot to the next column's head)
    and the text does not run on there: the line before the jump ends a sentence or a paragraph (it
    ends in ".", "!", "?" or ":", or fills less than half a column: a paragraph's last line, a
    heading), and the line after it carries on a sentence (:func:`_goes_on`).  A column set cut in the
    wrong place, or a heading, a table or another set read inside one, shows as such a jump.  The page's
    lowest line set apart below the one before it (a running footer, a page number) is no part of the
    text: the line before it is taken."""
    jumps = 0
    for index in range(len(lines) - 1):
        above, below = lines[index], lines[index + 1]
        if index and above.bottom >= bottom - 1 and above.top - lines[index - 1].bottom > above.words[0].size:
            above = lines[index - 1]
        jumps += (below.top < above.top and _goes_on(below)
                  and (_ends_sentence(above) or above.x1 - above.x0 < 0.5 * width))
    return jumps


class PageLines(NamedTuple):
    lines: list[Line]  # in reading order
    column_sets: int  # how many sets of two columns were read column by column (0: the page is one column)
    column_doubts: int  # jumps between columns where the text does not run on (:func:`_doubtful_jumps`)
    # Lines read in columns that the content stream draws out of turn (:func:`_drawn_out_of_turn`); None
    # where the page is one column or the reader gives no content order.
    column_disorder: int | None = None


def _without_notes(lines: list[Line], size: float) -> list[Line]:
    """The lines less the notes at the page's foot: lines in a smaller print than the text's ``size`` below
    its lowest line.  A word processor may draw them anywhere (LibreOffice, look 8104: after the left
    column, before the right one)."""
    lowest = max((ln.bottom for ln in lines if ln.size >= 0.9 * size), default=None)
    return [ln for ln in lines if lowest is None or ln.size >= 0.9 * size or ln.top < lowest]


def _head_apart(lines: list[Line], size: float) -> tuple[list[Line], list[Line]]:
    """A running header, and the other lines: lines above the highest word in the text's ``size``.  A word
    processor draws it first, and it may stand over a column a line's gap above the text, no further apart than
    the text's own lines (LibreOffice look 8359, letter, 9.5 pt text: "Werkplan … | 90" over the right column,
    read as that column's first line: the two columns under it, one line on the right, were read as rows
    across the gutter, and on 37 pages whose columns were read right the header was a line drawn out of turn).
    Words, not lines: a row may join the text's first line to a note set small beside it, at the right
    column's head (look 8392: "aanpak van polarisatie? 15 Polarisatie hoeft …")."""
    highest = min((w.top for ln in lines for w in ln.words if w.size >= 0.9 * size), default=None)
    head = [ln for ln in lines if highest is not None and ln.bottom <= highest]
    return head, [ln for ln in lines if not any(ln is line for line in head)]


def _drawn_out_of_turn(lines: list[Line], order: DrawingOrder) -> int:
    """How many of ``lines`` (in reading order) the content stream draws out of turn: the lines less the
    longest run of them drawn in reading order (a longest increasing subsequence of the place its first
    word is drawn at).  A line none of whose words has a place (words joined or resized as they were
    read) is left out, and so are a table's cells (:func:`_drawn_as_cells`) and lines of no letter or figure:
    they hold no text to put out of turn (LibreOffice look 8278: a Gantt header's "." under each month name,
    drawn cell by cell and read as two lines, one of them after the first row's label)."""
    placed = [(line, order.places(line.words)) for line in lines if any(c.isalnum() for c in line.text)]
    placed = [(line, drawn) for line, drawn in placed if drawn]
    cells = _drawn_as_cells(placed)
    tails: list[int] = []  # tails[k]: the least last place of a run of k + 1 lines in turn
    for index, (_, drawn) in enumerate(placed):
        if index not in cells:
            at = bisect_left(tails, min(drawn))
            tails[at:at + 1] = [min(drawn)]
    return len(placed) - len(cells) - len(tails)


def _drawn_as_cells(placed: list[tuple[Line, list[int]]]) -> set[int]:
    """Which of the lines (with the places their words are drawn at) are a table's cells: drawn each in one
    stretch, their words in turn with those of a line level with them or next to it.  A header's cells of
    two lines, set at their foot, are drawn cell by cell ("Organisatie Rol" below "Tarief Aantal", from "Tarief
    (€)" and "Aantal uren": looks 7979, 7955), which the lines read row by row take out of turn; the lines of
    columns are drawn one after another, never word for word in turn.  A line drawn in more than one stretch
    (a program that draws a bold word apart from the rest) is no cell."""
    stretch = [(min(drawn), max(drawn)) for _, drawn in placed]
    compact = [last - first < 2 * len(drawn) for (first, last), (_, drawn) in zip(stretch, placed, strict=True)]
    cells = set()
    for i, j in combinations(range(len(placed)), 2):
        (a, _), (b, _) = placed[i], placed[j]
        if compact[i] and compact[j] and stretch[i][0] <= stretch[j][1] and stretch[j][0] <= stretch[i][1] \
                and abs(a.top - b.top) <= 2 * max(a.size, b.size):
            cells |= {i, j}
    return cells


def _words_both_sides(row: Line, gutter: Gutter, width: float) -> bool:
    """A row read whole that does not cross the gutter, with words on both sides of it: a table's row, or
    two columns' lines the layout took for one (look 8055: a justified list item's wide spaces taken for
    a table's cells, "• Een format voor mbo’s over" beside "van de MBO Raad)").  Its two sides are put to
    the content order's test as two lines, the left one first: a table draws its row's cells so, two
    columns do not.  A row of marks or figures on one side is a table's (a Gantt chart's label may wrap
    and be drawn whole before its marks)."""
    return not gutter.crosses(row, width) and all(
        any(sum(c.isalpha() for c in w.text) >= 3 for w in side) for side in gutter.sides(row.words))


def _drawn_in_columns(row: Line, gutter: Gutter, order: DrawingOrder, band: tuple[float, float]) -> bool:
    """Whether the content stream draws each side of a row the layout would read whole right after a
    line above it on the same side, its right side after the left column's lines below it, or its left side
    after a heading across the page: two columns' lines (or one column's), each going on from its own column,
    not a table's row, whose cells follow one another, nor a line across the page, drawn end to end.  Look 8060:
    a justified line's wide spaces taken for a table's cells ("partijen   en   sectoren   in   de" beside "hier
    gaat   om   een"); look 8040: a left column's word running into the gutter up to the right column's line
    ("samenwerking(sverbanden)en gasten.").  A list's marks, which a program may draw apart from their items'
    text, are passed over, and so are a running header's and footer's words, outside the page's text ``band``
    (:func:`_text_band`), which a program may draw first (Chromium look 10094: the footer drawn before a page's
    first row, "klankbordgroep zal bestaan uit" beside "trainer, zodat de", read whole across the gutter)."""
    def passed_over(word: Word) -> bool:
        return _item_marker(word) or word.bottom < band[0] or word.top > band[1]

    sides = gutter.sides(row.words)
    first_left = next((w for w in sides[0] if not _item_marker(w)), None)
    drawn_before = None if first_left is None else order.before(first_left, passed_over=passed_over)
    if not sides[1] and any(w.x0 < gutter.x and w.x1 > gutter.right for w in sides[0]) \
            and not (drawn_before is not None and drawn_before.x0 < gutter.x and drawn_before.top < row.top):
        # A word from the left of the gutter on into the right column's room, and none beyond it, not drawn right
        # after the left column's line above: a line across the page (WeasyPrint look 8734: "3. Relatie tot
        # programmalijn", a heading across the page under a column set, drawn after the right column's last line,
        # was read into the left column and the right column's text after it).  A left column's line drawn in its
        # turn stays in it (an address too long to break, past the gutter).
        return False
    for index, side in enumerate(sides):
        if not side:  # a row of one column's (look 8046: a justified line, its note's mark set apart)
            continue
        first = next((w for w in side if not _item_marker(w)), None)
        before = None if first is None else order.before(first, passed_over=passed_over)
        if before is None:
            if index == 0 and first is not None and order.place(first) is not None:
                # The page's first word drawn begins the left column (WeasyPrint look 8588: a page's head
                # "onder   activiteit   4.   Om   dit" beside "pabo’s   en   andere", both justified, read
                # as one line across the gutter).
                continue
            return False
        if (before.x0 >= gutter.x) != bool(index):
            # Drawn after the other side: the right side of a set's first row, after the left column drawn
            # whole, down past it (LibreOffice look 8407: "Om tot beantwoorden van de" beside a justified
            # "thema,   zoals   de", read as one line across the gutter, in review); the left side after a
            # heading across the page above it, its last word right of the gutter (WeasyPrint look 8620: "6.
            # Activiteiten / plan van aanpak" over "Onderdeel A: gericht op" beside "komen   tot   een").  A
            # table's row is told by its right side, drawn right after its left one.
            below = before.top > row.bottom  # below the row, not a piece of it set lower
            if not (below if index else before.bottom <= row.top):
                return False
        elif before.top >= row.top:
            return False
    return True


def _word_broken_across(row: Line, gutter: Gutter, text_print: tuple[str, float, tuple] | None = None) -> bool:
    """A row whose left side ends in a word broken at the line's end and whose right side goes on with it, in
    words: a short paragraph set in two columns, a line each ("Alle bovengenoemde activiteiten zul-" / "len
    simultaan worden uitgevoerd.", LibreOffice look 9123, words broken at lines' ends: drawn one line after the
    other, as a table's row is, and read as one row, "zul- len"), not a table's row (its cells are no sentence
    going on)."""
    left, right = gutter.sides(row.words)
    if not (left and right):
        return False
    last = left[-1].text
    tail = Line(page=row.page, words=right)
    # A word in lower case, the gutter's width apart from the right side: not a heading across the page whose space
    # falls on the gutter ("Programmalijn 6. Zorg-, welzijn- en onderwijsprofessionals in", LibreOffice look 9138,
    # was read in two columns and the page's two columns row by row).  A name or a word opening a sentence is
    # broken so too, in the running text's print, which a heading's is not ("participeren in Ne-" / "derland.",
    # "(meer-" / "voudige) identiteitsontwikkeling", LibreOffice looks 9205 and 9210: a paragraph's last lines
    # balanced into two columns, read as one row, "Ne-derland" published in review).
    # A line broken at its end fills its column, as a table's label broken in its cell does not ("Deskundigheids-"
    # beside "training van docenten").
    apart = right[0].x0 - left[-1].x1 >= 0.7 * (gutter.right - gutter.left)
    fills = gutter.left - left[-1].x1 <= 2 * left[-1].size
    letter = next((c for c in last if c.isalpha()), "")
    in_text = letter.islower() or letter.isupper() and text_print is not None \
        and _print(left[-1]) == _print(right[0]) == text_print
    return apart and fills and last.endswith("-") and in_text and last[-2:-1].isalpha() and _goes_on(tail) \
        and prose(tail)


def _drawn_across(row: Line, gutter: Gutter, order: DrawingOrder) -> bool:
    """Whether the content stream draws a row the layout would read in columns left to right, the first
    word right of the gutter right after the last one left of it: a table's row (its cells drawn in turn),
    not two columns' lines, each drawn with its own column (a line of the left column is followed by the
    column's next line).  Look 8268: a Gantt chart's month row in an A5 column set, "Jan." left of the
    gutter, "Feb. Mrt. Apr." right of it, its cells too close to be told from the columns' lines by their
    gaps, was read into the right column's text and the text above it row by row across the gutter."""
    left, right = gutter.sides(row.words)
    drawn = order.places(row.words)
    return bool(left and right) and len(drawn) == len(row.words) > 2 and drawn == sorted(drawn) \
        and drawn[len(left)] == drawn[len(left) - 1] + 1


def _text_band(rows: list[Line]) -> tuple[float, float]:
    """From the top of the page's first row to the bottom of its last, less a first or last row set apart
    from the next by more than a line's height: a running header or footer, which a program may draw
    anywhere in the page's content (look 7937's, right-aligned over the right column, is drawn after
    the first column set's text)."""
    top, bottom = rows[0].top, rows[-1].bottom
    if len(rows) > 2 and rows[1].top - rows[0].bottom > rows[0].size:
        top = rows[1].top
    if len(rows) > 2 and rows[-1].top - rows[-2].bottom > rows[-1].size:
        bottom = rows[-2].bottom
    return top, bottom


def read_lines(words: list[Word], page: int, tolerance: float, gutter: Gutter | None = None,
               drawn: list[Word] | None = None, rules: list[tuple[float, float, float]] = (),
               edge: float | None = None, capital: dict[tuple[str, float], float] | None = None,
               text_print: tuple[str, float, tuple] | None = None) -> PageLines:
    """The page's text lines in reading order (see the module's doc), parted at ``gutter`` when given,
    else at the gutter this page shows (:func:`page_gutter`).  ``drawn``: the words in the order the
    page's content stream draws them, where the reader says; ``rules``: the page's horizontal rules (x0, x1,
    y), those across the gutter ending a column set (:func:`_rule_breaks`); ``edge``: where the document's
    left column begins, if known (the page's leftmost word may stand further in); ``capital``: the small
    capitals' sizes where not the page's own (:func:`capital_sizes`); ``text_print``: the document's running text's
    print (:func:`_text_print`), if known, else the page's (a page of tables prints more in theirs)."""
    words = at_capital_size(words, capital if capital is not None else capital_sizes(words))
    rows = group_rows(words, page, tolerance)
    # Too few words show no gutter of their own; at the document's, a page's last few lines are columns.
    if not words or gutter is None and len(words) < 40:
        return PageLines(rows, 0, 0)
    gutter = gutter or _open_gutter(words, _page_size(words))
    if gutter is None:
        return PageLines(rows, 0, 0)
    # A column is about half the text's width, less the gutter.
    width = (max(w.x1 for w in words) - min(w.x0 for w in words) - (gutter.right - gutter.left)) / 2
    order = None if drawn is None else DrawingOrder(drawn)
    text_top, text_bottom = _text_band(rows)
    text_print = text_print or _text_print(words)
    whole_rows = {id(row) for row in rows if not _word_broken_across(row, gutter, text_print) and (
        order is not None and _drawn_across(row, gutter, order) or gutter.whole(row, width)
        and not (order is not None and _drawn_in_columns(row, gutter, order, (text_top, text_bottom))))}
    # The text's print is the columns': a page's tables, set small across it, may print more (LibreOffice look 8620).
    breaks = _rule_breaks(rows, rules, gutter, [w for row in rows if id(row) not in whole_rows for w in row.words],
                          order)
    lines, sets, between, in_columns = [], 0, [], []
    for row in [*rows, None]:  # None: the end of the page, where the last words between are read
        whole = row is None or id(row) in whole_rows
        if between and (whole or id(row) in breaks):
            # Gaps are measured in the size of the text read, not the page's: a page's tables and
            # notes, set small, would make the gap between two list items as wide as a set's end.
            reader = _ColumnReader(gutter, width, _page_size(between), page, tolerance, order,
                                   min(w.x0 for w in words) if edge is None else min(edge, *(w.x0 for w in words)),
                                   max(w.bottom for w in words), text_print)
            read, count = reader.read(between)
            lines += read
            # A table's row read whole in a set stands on both sides; its cells of two lines are drawn
            # cell by cell, not line by line, so only the columns' lines are put to the test.
            in_columns += [line for line in read if (line.x1 <= gutter.right or line.x0 >= gutter.left)
                           and text_top <= line.top and line.bottom <= text_bottom]
            sets += count
            between = []
        if not whole:
            between += row.words
        elif row is not None:
            lines.append(row)
            if text_top <= row.top and row.bottom <= text_bottom and _words_both_sides(row, gutter, width):
                in_columns += [Line(page=page, words=side) for side in gutter.sides(row.words)]
    if not sets:
        return PageLines(lines, 0, 0)
    # The size of the text in columns, not of the page's words: a page of tables set small has its notes, at the
    # columns' foot, in the size of most of its words (LibreOffice look 8360: three notes counted out of turn).
    size = _page_size([word for line in in_columns for word in line.words] or words)
    disorder = None if order is None else _drawn_out_of_turn(_without_notes(in_columns, size), order)
    return PageLines(lines, sets, _doubtful_jumps(lines, width, max(w.bottom for w in words)), disorder)


def _rule_breaks(rows: list[Line], rules: list[tuple[float, float, float]], gutter: Gutter,
                 in_columns: list[Word], order: DrawingOrder | None = None) -> set[int]:
    """The ``id()`` of the rows a column set ends above, at a rule drawn across the gutter: the row right above
    the rule, within a line's height, where it is in another print than the text's and stands in the left column
    alone (a heading's border, ruled across the page), else the row under it.  No column runs through such a
    rule.  WeasyPrint look 8430: "7. Resultaten" over its border, two lines below the right column's end, was read
    in the left column before the right one, which so went on in the wrong section ("januari 2024 van" / "start
    gaat/gaan.").  A row on both sides over a table's top rule is the columns' last (LibreOffice look 8823: on a
    page of tables in 7 pt, the text's last row "activiteiten zullen | uitgevoerd." in 11.5 pt was read across
    the gutter, the paragraph's words out of order).  The text's print is that of ``in_columns``, the words of
    the rows not read whole.  A row the content stream draws right after the left column's line above it goes
    on in that column, whatever its print (:func:`_drawn_after_line_above`)."""
    text_print = _text_print(in_columns or [word for row in rows for word in row.words])
    breaks = set()
    for x0, x1, y in rules:
        if x0 >= gutter.left or x1 <= gutter.right:
            continue
        above = max((row for row in rows if row.bottom <= y + 1 and y - row.bottom <= row.size),
                    key=lambda row: row.bottom, default=None)
        below = min((row for row in rows if row.top >= y), key=lambda row: row.top, default=None)
        if above is not None and above.x1 <= gutter.right and _other_print(above, text_print) and not (
                order is not None and _drawn_after_line_above(above, gutter, order)):
            breaks.add(id(above))
        elif below is not None:
            breaks.add(id(below))
    return breaks


def _drawn_after_line_above(row: Line, gutter: Gutter, order: DrawingOrder) -> bool:
    """Whether the content stream draws ``row`` right after a word of the line above it in the left column: the
    column's next line, not a heading across the page, which comes after the right column beside the set (Chromium
    look 10090: "activiteiten zullen simultaan", a paragraph's last line in the left column over a Gantt chart's
    top rule, on a page whose most words are the tables' smaller print, was taken for a heading over its border and
    cut from the set, its right column's "worden uitgevoerd." read before it)."""
    first = next((w for w in row.words if not _item_marker(w)), None)
    before = None if first is None else order.before(first, passed_over=_item_marker)
    return before is not None and before.x1 <= gutter.x and 0 <= row.top - before.bottom <= row.size


def page_gutter(words: list[Word]) -> Gutter | None:
    """The gutter of a page set in two columns that no line crosses, or None."""
    return _open_gutter(words, _page_size(words)) if len(words) >= 40 else None


def document_gutter(gutters: list[Gutter], pages: int) -> Gutter | None:
    """The gutter of a document whose pages show theirs: the middle one, when another page's lies
    within a few points of it and at least a share of the ``pages`` that could show one
    (:data:`GUTTER_SHARE`) do.  A page whose columns share it with a table or a heading set across the
    page shows none of its own, yet its columns stand where the other pages' do."""
    if len(gutters) < max(2, GUTTER_SHARE * pages):
        return None
    middle = sorted(gutters, key=lambda g: g.x)[len(gutters) // 2]
    return middle if sum(abs(g.x - middle.x) <= 3 for g in gutters) >= 2 else None


def carry_small_capitals(pages: list[Page], tolerance: float) -> None:
    """Read a title's rest atop a page in the small capitals its start at the foot of the page before is set
    in, at their capitals' size: a title broken over a page's end has its rest atop the next page, where a
    line typed in lower case has no capital to tell its size by (Chromium look 10040: "ONDERDEEL VAN EEN
    MEERJARIGE" at 18.1 pt, "PROGRAMMA" read at 12.75, so the lines were not one title).  The page before ends
    in that title, and the page begins with lines all in its font, smaller size and colour; other lines in a
    smaller print than a page's text (a running header or footer) aside.  The small capitals may be smaller
    than the text (Chromium look 10336: "INSTITUTIONEEL RACISME" at 9 pt atop a page of 12 pt text, its title
    published without it): such a line is taken only where the line at the foot is set larger than its page's
    text and cannot end a title (:func:`~extract.pdf.text.ends_open`: "… DISCRIMINATIE EN"), not for a
    running header or a table in that print under a title that ends, or under text with small capitals in it."""
    for before, page in pairwise(pages):
        foot = next(iter(_in_text_print(sorted(before.lines, key=lambda line: -line.top))), None)
        if foot is None:
            continue
        at_foot = {(w.fontname, round(w.size, 1), w.color) for w in foot.words}
        carried = {key: size for key, size in before.small_capitals.items()
                   if key not in page.small_capitals and (key[0], round(size, 1)) in {f[:2] for f in at_foot}}
        colours = {colour for *_, colour in at_foot}
        text_print = {id(line) for line in _in_text_print(page.lines)}
        title_goes_on = round(foot.size, 1) > _text_size(before.lines) and ends_open(foot.text)
        opening = []
        for line in sorted(page.lines, key=lambda line: line.top):
            if id(line) not in text_print and not title_goes_on:
                continue
            if all(_font_size(w) in carried and w.color in colours for w in line.words):
                opening += line.words
            elif id(line) in text_print:
                break
        if not opening:
            continue
        ids = {id(w) for w in opening}
        words = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.fontname, carried[_font_size(w)], w.color)
                 if id(w) in ids else w for line in page.lines for w in line.words]
        (page.lines, page.column_sets, page.column_doubts,
         page.column_disorder) = read_lines(words, page.number, tolerance, drawn=page.drawn, rules=page.h_rules,
                                            capital=page.small_capitals)


def _in_text_print(lines: list[Line]) -> list[Line]:
    """The lines not in a smaller print than most of their page's characters (a running header or footer is)."""
    text_size = _text_size(lines)
    return [line for line in lines if round(line.size, 1) >= text_size]


def _text_size(lines: list[Line]) -> float:
    """The size, to a tenth of a point, that most of the page's characters are set in (0 for no characters)."""
    sizes = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0


def align_columns(pages: list[Page], tolerance: float) -> None:
    """Read the pages of a two-column document in columns at the gutter its pages show, where a page
    shows none of its own (a table or a heading across the page crosses it) or another one: the gap
    between a table's cells that happens to run down the page, or a gap narrowed by a word that begins
    inside the document's gutter, left of where the right column's lines begin on the other pages (a
    Gantt chart's month whose gap falls on the gutter: look 7892's "Mrt.", 3.7 points in, and a right
    column of list items, indented, then taken for no column).  The pages' words in drawing order are
    dropped here, their last use."""
    words = {page.number: [w for ln in page.lines for w in ln.words] for page in pages}
    shown = {number: gutter for number, page_words in words.items() if (gutter := page_gutter(page_words))}
    gutter = document_gutter(list(shown.values()), sum(len(page_words) >= 40 for page_words in words.values()))
    # Where the left column begins on the pages in columns: a page of one list item's lines begins at its mark,
    # indented (LibreOffice look 8492: an item's last line at the right column's head, under the item's text, read
    # row by row across the gutter, its text measured from the mark).
    edge = _median([min(w.x0 for w in words[number]) for number in shown]) if shown else None
    text_print = _text_print([w for page_words in words.values() for w in page_words]) if gutter else None
    for page in pages:
        own = shown.get(page.number)
        # The right column's lines begin at one x on every page (to a point, for rounding): a page whose right
        # column holds only list items, their marks indented, shows its gutter wider (LibreOffice look 8544: a
        # row at its head ending near the right column's text read across the gutter).  A page read in no
        # columns is read again too: its gutter may show only now, its running footer taken off (LibreOffice look
        # 8264: a page number centred under the gutter hid it, and both columns of a section were read as rows).
        if gutter is not None and (own is None or abs(own.x - gutter.x) > 3 or abs(own.right - gutter.right) > 1
                                   or not page.column_sets):
            (page.lines, page.column_sets, page.column_doubts,
             page.column_disorder) = read_lines(words[page.number], page.number, tolerance, gutter, page.drawn,
                                                page.h_rules, edge, text_print=text_print)
        page.drawn = None
