"""The PDF's outline (bookmarks): the author's own list of headings, with their nesting and places.

LibreOffice and WeasyPrint write one by default, Word when "create bookmarks using headings" is on.
Each item gives a title, its depth in the outline and a destination: a page and, mostly, the height
of the heading's line on it.  It is the most trusted source of a document's structure; the lines it
points at are found in :mod:`extract.pdf.headings`.  A PDF without one, or with one that cannot be
read, gives None and costs one look at its catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import playa
from playa.exceptions import PDFException
from playa.outline import DestinationXYZ

from .shown_page import from_screen

# A damaged outline can link its items in a loop: no more than this many are read.
MAX_ITEMS = 20_000
MAX_DEPTH = 32


@dataclass(frozen=True)
class OutlineItem:
    depth: int  # 0 for the outline's top level
    title: str
    page: int  # 1-based
    top: float | None  # the destination's height, points from the page's top; None when it names only a page


def read_outline(path: str | Path, password: str | None = None) -> list[OutlineItem] | None:
    """The outline's items in document order, or None when the PDF has none that points into it."""
    try:
        items = _read_outline(path, password)
    except (PDFException, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        return None  # a damaged outline counts as none: the structure tree and typography remain
    return items or None


def _read_outline(path: str | Path, password: str | None) -> list[OutlineItem]:
    with playa.open(path, password=password or "") as doc:
        if "Outlines" not in doc.catalog:
            return []
        items: list[OutlineItem] = []
        stack = [(iter(doc.outline), 0)]
        while stack and len(items) < MAX_ITEMS:
            children, depth = stack[-1]
            item = next(children, None)
            if item is None:
                stack.pop()
                continue
            destination = item.destination
            if destination is not None:
                items.append(OutlineItem(depth=depth, title=" ".join(item.title.split()),
                                         page=destination.page_idx + 1, top=_shown_top(destination)))
            if depth + 1 < MAX_DEPTH:
                stack.append((iter(item), depth + 1))
    return items


def _shown_top(destination) -> float | None:
    """The destination's height on the page as it is shown, points from its top (``/Rotate`` and the crop box
    applied: extract.pdf.shown_page); None when it gives none."""
    page = destination.page
    if page.rotate in (90, 270):
        # A page shown turned a quarter: its height on the screen is the *left* of the destination in the page's own
        # coordinates (playa's ``top`` turns the destination's top alone, and gives the page's edge for every item).
        left = destination.coords[0] if isinstance(destination, DestinationXYZ) else None
        top = None if left is None else destination.pos[1]
    else:
        top = destination.top
    return None if top is None else top + from_screen(page)[1]


# The fewest characters a part of a title printed twice has (a word or two, not a letter).
_TWICE_AT_LEAST = 8


def said_once(title: str) -> str | None:
    """The title with a part it gives twice running given once, or None where it gives none: Chromium names a
    heading broken over a page's end by the text of its two parts, the part at the page's foot and the whole,
    with no space between (look 10031: "PROJECT 5.3 … OEKRAÏENSEPROJECT 5.3 … OEKRAÏENSE VLUCHTELINGEN"; a short
    heading atop a page: "DOELDOEL").  A whole title twice counts at any length, a part from eight characters.
    For an item whose title anchors nowhere as it is (a title may repeat a word: "Werkplan Werkplan 2023")."""
    half = len(title) // 2
    if title and title[:half] == title[half:]:
        return title[:half]
    for start in range(len(title)):
        for length in range((len(title) - start) // 2, _TWICE_AT_LEAST - 1, -1):
            end = start + length
            if title.startswith(title[start:end], end) and not title[end - 1].isspace():
                return title[:start] + title[end:]
    return None
