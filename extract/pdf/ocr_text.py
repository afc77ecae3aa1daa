"""What OCR reads a page's print as, mended where the page's geometry shows what was printed.

Tesseract reads the bullet that opens a list item ("•") as a letter or a sign: in a 300-dpi scan of the
bundled werkplan 226 of its bullets read "e", 66 of those with "_" after them for the white before the item's
text, two "©".  Its box gives it away: a fifth of the text's size wide or less, where a letter "e" takes half
the size, and the item's text half a size or more further on.  Such a first word is the bullet it was.  The
white after an item's number is read as "_" too ("2. _ Opzetten", "1. _KIS"): no word of a Dutch text
begins with one.  And an item's number may be read as a letter of its shape ("ó." for "6."): under the item
numbered one less, at its indent, it is that number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.pdf.model import Line, Page

# What tesseract's Dutch model reads a list's bullet as.
BULLET_READINGS = frozenset({"e", "©", "°", "«", "»"})
BULLET = "•"
# A bullet's box is this part of the text's size wide at most (a letter "e" is about half of it) ...
BULLET_WIDTH = 0.3
# ... and the item's text begins this part of the size after it, at the least (a space is about a quarter).
BULLET_GAP = 0.5
# An item's number or letter ("2.", "(1)", "c."), after which OCR may read the white as "_".
ITEM_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]")


# Letters tesseract reads a digit as, by shape (the 2023 scan: project 7.1's planning item "6." read "ó.").
DIGIT_READINGS = {"ó": "6", "b": "6", "G": "6", "O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "S": "5", "s": "5",
                  "B": "8", "Z": "2", "z": "2", "g": "9", "q": "9"}
_NUMBERED_ITEM = re.compile(r"(\d)([.,)])")
_LETTERED_ITEM = re.compile(r"([^\W\d_])([.,)])")
# An item's indent matches another's within this many points.
INDENT_TOLERANCE = 2.0


def mend_item_numbers(pages: list[Page]) -> int:
    """Lines of an OCR text layer opening with an item's number read as a letter of its shape (:data:`DIGIT_READINGS`)
    get the number back where the last item above it on its page, at its indent, is numbered one less ("5," then
    "ó." is "6."): not where that item is lettered one less (a lettered list's "B." after "A.", a list numbered
    inside it between them).  How many lines were mended."""
    mended = 0
    for page in pages:
        above: list[tuple[float, re.Match]] = []  # the page's items so far: (indent, the number or letter read)
        for index, line in enumerate(page.lines):
            first = line.words[0]
            item = _NUMBERED_ITEM.fullmatch(first.text) or _LETTERED_ITEM.fullmatch(first.text)
            if item is None:
                continue
            last = next((m for x0, m in reversed(above) if abs(x0 - line.x0) <= INDENT_TOLERANCE), None)
            digit = DIGIT_READINGS.get(item.group(1))
            if digit and last is not None and last.group(1).isdigit() and int(last.group(1)) + 1 == int(digit) \
                    and not _letter_after(line.x0, above, item.group(1)):
                page.lines[index] = Line(page=line.page, words=[replace(first, text=digit + item.group(2)),
                                                                *line.words[1:]], underlined=line.underlined)
                mended += 1
                item = _NUMBERED_ITEM.fullmatch(page.lines[index].words[0].text)
            above.append((line.x0, item))
    return mended


def _letter_after(indent: float, above: list[tuple[float, re.Match]], letter: str) -> bool:
    """An item at ``indent`` above is lettered the letter before ``letter``: ``letter`` goes on its list."""
    return any(abs(x0 - indent) <= INDENT_TOLERANCE and m.group(1) == chr(ord(letter) - 1) for x0, m in above)


def mend_bullets(pages: list[Page]) -> int:
    """Lines of an OCR text layer opening with a bullet read as another sign get the bullet back, and the
    underscores read for the white after a bullet or an item's number are dropped; how many lines were mended."""
    mended = 0
    for page in pages:
        for index, line in enumerate(page.lines):
            bullet_line = _with_bullet(line)
            if bullet_line is not None:
                page.lines[index] = bullet_line
                mended += 1
    return mended


def _with_bullet(line: Line) -> Line | None:
    first, rest = line.words[0], line.words[1:]
    bullet = first.text in BULLET_READINGS and first.x1 - first.x0 <= BULLET_WIDTH * first.size
    if not (bullet or ITEM_NUMBER.fullmatch(first.text)):
        return None
    while rest and set(rest[0].text) == {"_"}:
        rest = rest[1:]
    if not rest or not rest[0].text.lstrip("_") or bullet and rest[0].x0 - first.x1 < BULLET_GAP * first.size:
        return None
    if not bullet and len(rest) == len(line.words) - 1 and not rest[0].text.startswith("_"):
        return None  # a number with no white read: as it was
    words = [replace(first, text=BULLET if bullet else first.text), replace(rest[0], text=rest[0].text.lstrip("_")),
             *rest[1:]]
    return Line(page=line.page, words=words, underlined=line.underlined)
