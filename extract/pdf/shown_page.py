"""The page as it is shown: its crop box, turned by ``/Rotate``, measured from its top left corner.

playa and pdfminer.six lay a page out in its user space turned by ``/Rotate``, from the turned
media box's lower left corner; pdfplumber then measures x in user space and top from a point
of its own; pdfium gives user space.  A viewer shows, and pdfium renders, the crop box (within
the media box), turned.  Every reader gives its page in that frame, as the report's crops and
the Gantt charts' pixels see it.  On a page whose media box starts at (0, 0) and whose crop
box is the media box, this frame is the layout's, turned upside down: nothing moves.
(A look whose boxes start elsewhere, or crop a bleed, was read with every line 2 × the
origin too low or too high, and collapsed: 0 of 292 sections.)
"""

from __future__ import annotations

from collections.abc import Callable

Box = tuple[float, float, float, float]


def shown_box(mediabox: Box, cropbox: Box | None, rotate: int) -> Box:
    """Where the page as shown lies in the readers' layout space (user space turned by ``rotate``, from the turned
    media box's lower left corner): x0, y0, x1, y1.  A crop box outside the media box shows the media box."""
    x0, y0, x1, y1 = normal_box(mediabox)
    crop = normal_box(cropbox) if cropbox else (x0, y0, x1, y1)
    crop = max(crop[0], x0), max(crop[1], y0), min(crop[2], x1), min(crop[3], y1)
    if crop[2] <= crop[0] or crop[3] <= crop[1]:
        crop = (x0, y0, x1, y1)
    turn = _turn(x0, y0, x1, y1, rotate)
    (ax, ay), (bx, by) = turn(crop[0], crop[1]), turn(crop[2], crop[3])
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def user_to_shown(shown: Box, rotate: int) -> Callable[[float, float, float, float], Box]:
    """A box in user space (left, bottom, right, top) to the page as shown: x0, top, x1, bottom; ``shown`` is the
    box the page shows in user space (its crop box within its media box: pdfium's page bounding box)."""
    turn = _turn(*normal_box(shown), rotate)  # about the shown box itself: the media box's corner drops out
    _, _, _, top = shown_box(shown, None, rotate)

    def place(x0: float, y0: float, x1: float, y1: float) -> Box:
        (ax, ay), (bx, by) = turn(x0, y0), turn(x1, y1)
        return min(ax, bx), top - max(ay, by), max(ax, bx), top - min(ay, by)

    return place


def shown_pdfium_page(document, index: int):
    """pdfium's page ``index`` (from 0), showing what the other readers read: where its crop box lies wholly outside
    its media box, pdfium shows an empty box (renders fail, words land nowhere), playa and pdfminer.six the media
    box."""
    page = document[index]
    left, bottom, right, top = page.get_bbox()
    if right <= left or top <= bottom:
        page.set_cropbox(*page.get_mediabox())
    return page


def pdfium_to_shown(page) -> Callable[[float, float, float, float], Box]:
    """:func:`user_to_shown` for a pdfium page: its bounding box (crop box within media box, inherited or not) turned
    by its rotation."""
    return user_to_shown(page.get_bbox(), page.get_rotation())


def from_screen(page) -> tuple[float, float]:
    """What to add to x and to y in playa's "screen" space (the turned media box from its top left corner: the
    outline's destinations, the structure tree's boxes) for the page as shown; ``page`` a playa page."""
    left, _, _, top = shown_box(page.mediabox, page.cropbox, page.rotate)
    return -left, top - shown_box(page.mediabox, None, page.rotate)[3]


def _turn(x0: float, y0: float, x1: float, y1: float, rotate: int) -> Callable[[float, float], tuple[float, float]]:
    """User space to the layout space: pdfminer.six's initial matrix for the page (playa's "page" space is the same);
    a rotation that is no quarter turn is none, as both take it."""
    return {90: lambda x, y: (y - y0, x1 - x), 180: lambda x, y: (x1 - x, y1 - y),
            270: lambda x, y: (y1 - y, x - x0)}.get(rotate % 360, lambda x, y: (x - x0, y - y0))


def normal_box(box) -> Box:
    """Any two opposite corners, as the standard allows, to lower left and upper right."""
    ax, ay, bx, by = (float(value) for value in box)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)
