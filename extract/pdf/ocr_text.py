"""What OCR reads a page's print as, mended where the page's geometry shows what was printed.

Tesseract reads the bullet that opens a list item ("•") as a letter or a sign: in a 300-dpi scan of the
bundled werkplan 226 of its bullets read "e", 66 of those with "_" after them for the white before the item's
text, two "©".  Its box gives it away: a fifth of the text's size wide or less, where a letter "e" takes half
the size, and the item's text half a size or more further on.  Such a first word is the bullet it was.  The
white after an item's number is read as "_" too ("2. _ Opzetten", "1. _KIS"): no word of a Dutch text
begins with one.
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
