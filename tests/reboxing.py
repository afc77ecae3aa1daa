"""Copies of a PDF whose pages are boxed otherwise but shown as before: stored turned (``/Rotate``) with their content
turned back, their box moved to another origin, a bleed around it cropped off; as scanning, printing and imposing
software store pages.  An outline's destinations are not moved: a copy of a PDF with one points beside its headings."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pypdfium2
import pypdfium2.raw as pdfium_c


class Boxing(NamedTuple):
    turn: int = 0  # /Rotate: 0, 90, 180 or 270
    across: float = 0.0  # the box's origin, points
    up: float = 0.0
    bleed: float = 0.0  # media box beyond the crop box on each side, points


def rebox(pdf: Path, copy: Path, boxing: Callable[[int], Boxing]) -> None:
    """Write ``copy``: ``pdf`` with page ``i`` (from 0) boxed as ``boxing(i)`` says."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            turn, across, up, bleed = boxing(index)
            left, bottom, right, top = page.get_mediabox()
            width, height = (top - bottom, right - left) if turn in (90, 270) else (right - left, top - bottom)
            # The content turned the other way into a box from (0, 0) (a, b, c, d, e, f), then moved.
            back = {0: (1, 0, 0, 1, -left, -bottom), 90: (0, 1, -1, 0, top, -left),
                    180: (-1, 0, 0, -1, right, top), 270: (0, -1, 1, 0, -bottom, right)}[turn]
            for matrix in (back, (1, 0, 0, 1, across, up)):
                pdfium_c.FPDFPage_TransFormWithClip(page.raw, ctypes.byref(pdfium_c.FS_MATRIX(*matrix)), None)
            page.set_mediabox(across - bleed, up - bleed, across + width + bleed, up + height + bleed)
            page.set_cropbox(across, up, across + width, up + height)
            page.set_rotation(turn)
        document.save(copy)
    finally:
        document.close()
