"""pdfplumber's word extraction, for characters kept as tuples.

The playa reader makes some 300,000 characters for the bundled werkplan;
pdfplumber's ``WordExtractor`` wants each as a dict and spends more time
reading those dicts than joining words.  :func:`extract_words` takes
characters as plain tuples and gives the word dicts that
``WordExtractor(extra_attrs=WORD_ATTRS, keep_blank_chars=False).extract_words``
gives for the same characters as dicts, with pdfplumber's other defaults: the
same words, in the same order, with the same floats (tests/extract/pdf/test_words.py).
It follows pdfplumber's steps, and uses pdfplumber's own line clustering:

1. runs of characters with the same uprightness, font name, size and colour;
2. each run clustered into lines (upright: by top; rotated: by x0, read top to bottom);
3. each line cut into words at blanks, at gaps and jumps larger than the tolerance,
   and around characters without text (pdfplumber's punctuation test matches "" alone);
   along a line the tolerance is a share of the font size (:data:`X_TOLERANCE_RATIO`,
   pdfplumber's ``x_tolerance_ratio``), not pdfplumber's fixed 3 pt;
4. a word's box the union of its characters', its text with ligatures expanded.

Each word also says where its first character stands in the page's content stream (``content_index``):
pdfplumber's words keep no such order, and the author's program draws a page's text in the order it
set it, which is evidence for the reading order of columns (extract.pdf.lines).  And whether two of its
characters are printed over each other (``overprinted``, :func:`overprinted`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from pdfplumber.utils.clustering import cluster_objects
from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

# What extract_words is asked for, the same for both readers.
WORD_ATTRS = ["fontname", "size", "non_stroking_color"]
# A gap between letters wider than this many times the font size breaks the word, with or
# without a space character: a tab after a list number ("1.1<tab>Een") leaves only a gap, at
# 10 pt often narrower than pdfplumber's fixed 3 pt.  A space is 0.23 (Calibri) to 0.28
# (Helvetica) of the size; what a tab leaves between a dot leader and its page number in
# the bundled PDF, up to 0.18, stays one word, as pdfplumber's 3 pt kept it.
X_TOLERANCE_RATIO = 0.2
# On a page whose text layer has no space character at all (TeX, and other programs that place each word
# themselves, draw none) a word ends at a gap only, and kerning takes a share of a space off its gap: "L" / "A" of
# a heading's "ONDERDEEL A", 0.175 of the size in Chromium's Liberation Serif (a space is 0.25), was read as one
# word.  Inside a word letters stand up to 0.11 of the size apart: LibreOffice sets a justified line's hyphen
# 0.06 to 0.11 after its letter (look 9400, monospaced), a heading's letter spacing may be 0.12.
UNSPACED_X_TOLERANCE_RATIO = 0.15

# A character: (text, x0, top, x1, bottom, upright, *WORD_ATTRS), in pdfplumber's top-left coordinates;
# its text is a string (pdfplumber's "(cid:N)" for a code without one).
TEXT, X0, TOP, X1, BOTTOM, UPRIGHT, FONTNAME, SIZE, COLOR = range(9)


def _run_key(char: tuple) -> tuple:
    """What characters of one run share: their uprightness, font, size (to a thousandth of a point: a size
    worked out from a text matrix written again comes out 10.995000000000005 for one character, 10.994999999999976
    for the next) and colour."""
    return char[UPRIGHT], char[FONTNAME], round(char[SIZE], 3), char[COLOR]


class _Reading(NamedTuple):
    """How characters of one orientation form lines and words, as pdfplumber reads them."""

    line_key: Callable  # lines are clusters of this coordinate, within line_tolerance
    line_tolerance: float
    order: Callable  # a line's characters are sorted by this
    start: int  # a character's extent along the line, from start to end
    end: int
    across: int  # its place across the line
    gap_tolerance: float | None  # a gap wider than this along the line starts a new word
    jump_tolerance: float | None  # and so does a jump across the line
    # (None: x_tolerance_ratio() times the size of the word's last character, which pdfplumber
    # applies to the x tolerance: along upright lines, across rotated ones)


# Upright text reads left to right in lines top to bottom; rotated text top to bottom in
# lines left to right, with the tolerances swapped (pdfplumber's defaults).
_UPRIGHT = _Reading(itemgetter(TOP), DEFAULT_Y_TOLERANCE, itemgetter(X0, X0), X0, X1, TOP,
                    None, DEFAULT_Y_TOLERANCE)
_ROTATED = _Reading(itemgetter(X0), DEFAULT_X_TOLERANCE, itemgetter(TOP, BOTTOM), TOP, BOTTOM, X0,
                    DEFAULT_Y_TOLERANCE, None)


def x_tolerance_ratio(texts: Iterable[str]) -> float:
    """The share of a character's size a gap along its line must exceed to end a word, on a page whose characters'
    texts are ``texts``: :data:`UNSPACED_X_TOLERANCE_RATIO` where none is a space, else :data:`X_TOLERANCE_RATIO`."""
    return X_TOLERANCE_RATIO if any(text == " " for text in texts) else UNSPACED_X_TOLERANCE_RATIO


def extract_words(chars: list[tuple]) -> list[dict]:
    """The words of ``chars`` (in content order) as pdfplumber's word dicts, with ``content_index``."""
    place = {id(char): index for index, char in enumerate(chars)}
    ratio = x_tolerance_ratio(char[TEXT] for char in chars)
    words = []
    # Runs of one print over the whole page, in the order each is first drawn: a program may draw a page's characters
    # in any order (Chromium look 10393 with its glyphs drawn at random read "Ditgeldt", "intersectoineel"), and
    # pdfplumber's runs of characters drawn one after the other broke words up where another print came between.
    runs: dict[tuple, list[tuple]] = {}
    for char in chars:
        runs.setdefault(_run_key(char), []).append(char)
    lines = []
    for run in runs.values():
        reading = _UPRIGHT if run[0][UPRIGHT] else _ROTATED
        for line in cluster_objects(run, reading.line_key, reading.line_tolerance):
            line = sorted(line, key=reading.order)
            lines.append((line, reading, letter_spacing(line, reading)))
    # A line that cannot show its letter spacing, none of its letters touching (a small capital alone, "Idee" in
    # small capitals at two sizes; the capitals of a title's words) is set in its font's, where the page's other
    # lines in that font show one (Chromium look 10394: "I dee 1", a sub-plan published as another).
    spaced: dict[str, float] = {}
    for line, _, spacing in lines:
        if spacing:
            spaced[line[0][FONTNAME]] = max(spaced.get(line[0][FONTNAME], 0.0), spacing)
    for line, reading, spacing in lines:
        if not spacing and spaced and all(b[reading.start] - a[reading.end] > LETTER_SPACED[0] * a[SIZE]
                                          for a, b in _letter_pairs(line)):
            spacing = spaced.get(line[0][FONTNAME], 0.0)
        for word in _split(line, reading, ratio, spacing):
            boxes = [(char[reading.start], char[reading.end], char[TEXT]) for char in word]
            found = _word(word) | {"content_index": place[id(word[0])], "overprinted": overprinted(boxes)}
            if spacing:
                found["letter_spacing"] = spacing
                if reading is _UPRIGHT:  # the spacing after its last letter is the word's: it touches what follows
                    found["x1"] += spacing
                    found["width"] += spacing
            words.append(found)
    return words


def overprinted(boxes: list[tuple[float, float, str]]) -> bool:
    """Whether two characters of a word (start, end and text, in order along the line) are printed over each
    other: the next begins less than half the narrower one's width after the last one begins, and they are
    not one letter printed twice (a bold faked by printing it again a little to the right) nor an accent set
    over its letter.  A word run over another, as a browser lets a word too long for its column run into the
    next one (WeasyPrint look 8287: "antidiscriminatievoorzieningen," over the right column's
    "onderwijsinstellingen.", read as "antidiscriminatievoorzieningeno,nderwijsinstellingen."): text no
    reading can untangle.  Kerning moves a letter back by a fraction of the one before it ("W." in "SZW.": the
    stop begins 7 of the W's 9 points after it)."""
    return any(b[0] - a[0] < 0.5 * min(a[1] - a[0], b[1] - b[0]) and a[2] != b[2]
               and not (_mark(a[2]) or _mark(b[2])) for a, b in pairwise(boxes))


def _mark(text: str) -> bool:
    """An accent or other mark set over or beside a letter: "¨", a combining diaeresis."""
    return all(unicodedata.category(c)[0] == "M" or unicodedata.category(c) in ("Sk", "Lm") for c in text)


def letter_spacing(line: list[tuple], reading: _Reading) -> float:
    """How far apart a sorted line's print sets its letters, where it spaces them out (a heading set in letter
    spacing, 0.26 em: read letter by letter before): where three pairs of its characters or more with no blank
    between them show it, none touching, their gaps alike (kerning aside: their middle half spread no wider than
    the letters' steps from one start to the next), the lower quartile of those gaps (a wider one is a tab's);
    else 0.  Letters of a print not so spaced touch, or overlap by their kerning.  Characters in a table's cells
    (a Gantt chart's marks, month initials, one-digit amounts in a font of their own) stand a column's width apart:
    further than a letter spacing sets them, and their steps are alike where their gaps are not."""
    start, end, size = reading.start, reading.end, line[0][SIZE]
    pairs = _letter_pairs(line)
    if len(pairs) < 3:
        return 0.0
    gaps = sorted(b[start] - a[end] for a, b in pairs)
    steps = sorted(b[start] - a[start] for a, b in pairs)
    quarter, three_quarters = len(pairs) // 4, 3 * len(pairs) // 4
    spacing = gaps[quarter]
    if (gaps[0] <= LETTER_SPACED[0] * size or spacing > LETTER_SPACED[1] * size
            or gaps[three_quarters] - spacing > max(steps[three_quarters] - steps[quarter], LETTER_SPACED[0] * size)):
        return 0.0
    return spacing


def _letter_pairs(line: list[tuple]) -> list[tuple[tuple, tuple]]:
    """The line's characters one after the other with no blank between them."""
    return [(a, b) for a, b in pairwise(line) if not (a[TEXT].isspace() or b[TEXT].isspace())]


# Letters more than this share of their size apart (no font's kerning sets them so) and no more than this (the
# widest letter spacing a heading takes) are set in letter spacing.
LETTER_SPACED = (0.03, 0.35)


def _split(line: list[tuple], reading: _Reading, ratio: float, spacing: float) -> list[list[tuple]]:
    """The characters of a sorted line, cut into words at gaps wider than ``ratio`` times a character's size (or
    the reading's own tolerance) beyond the line's ``spacing`` (:func:`letter_spacing`)."""
    start, end, across = reading.start, reading.end, reading.across
    gap, jump = reading.gap_tolerance, reading.jump_tolerance
    words, word = [], []
    for char in line:
        text = char[TEXT]
        if text.isspace() or not text:
            if word:
                words.append(word)
            word = []
            if not text:  # a character without text is a word of its own
                words.append([char])
        elif word and (char[start] < (last := word[-1])[start]
                       or char[start] > last[end] + spacing + (ratio * last[SIZE] if gap is None else gap)
                       or abs(char[across] - last[across]) > (ratio * last[SIZE] if jump is None else jump)):
            words.append(word)
            word = [char]
        else:
            word.append(char)
    if word:
        words.append(word)
    return words


def _word(chars: list[tuple]) -> dict:
    texts, x0s, tops, x1s, bottoms, *_ = zip(*chars, strict=False)
    first = chars[0]
    x0, top, x1, bottom = min(x0s), min(tops), max(x1s), max(bottoms)
    return {
        "text": "".join(map(LIGATURES.get, texts, texts)),
        "x0": x0, "x1": x1, "top": top,
        "doctop": top + (first[TOP] - first[TOP]),  # pdfplumber adds the page's offset in the document: 0 here
        "bottom": bottom, "upright": first[UPRIGHT], "height": bottom - top, "width": x1 - x0,
        "direction": "ltr" if first[UPRIGHT] else "ttb",
        "fontname": first[FONTNAME], "size": first[SIZE], "non_stroking_color": first[COLOR],
    }
