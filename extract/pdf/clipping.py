"""Text a page's clipping path hides: glyphs drawn where the page does not let them print.

A browser prints a line cut by a page's end on both pages, each clipped to its page's text area
(Chromium look 10031: the "Ï" of the next page's heading "… OEKRAÏENSE …" is drawn at this page's foot
too, only its two dots showing).  The text layer holds such a glyph whole.  A word whose middle lies
outside the clipping path of the text object it is drawn in is not printed, and is not read.

pdfium keeps each page object's clipping path (pdfminer.six and playa do not track one); a clipping path
is taken as its box, so what is kept is never less than what prints.  Text objects inside form XObjects
are not looked at.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


class Box(NamedTuple):
    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


class ClippedText(NamedTuple):
    """A text object drawn partly outside its clipping path: its box, and the clip's (pdfplumber's coordinates)."""

    drawn: Box
    clip: Box


def clipped_text(path: Path, password: str | None = None,
                 pages: Iterable[int] | None = None) -> dict[int, list[ClippedText]]:
    """Page number (from 1) → the page's text objects drawn partly outside their clipping path, on every
    page or those ``pages``; no page where pdfium cannot open the file or the page (the readers say what
    is wrong with it)."""
    try:
        document = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError:
        return {}
    found = {}
    try:
        for index in range(len(document)) if pages is None else sorted(number - 1 for number in pages):
            try:
                page = document[index]
            except pdfium.PdfiumError:
                continue
            try:
                if clipped := _page_clipped_text(page):
                    found[index + 1] = clipped
            finally:
                page.close()
    finally:
        document.close()
    return found


def _page_clipped_text(page) -> list[ClippedText]:
    height = page.get_height()
    clipped = []
    for number in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, number)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        clip = _clip_box(obj, height)
        if clip is None:
            continue
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *map(ctypes.byref, (left, bottom, right, top))):
            continue
        drawn = Box(left.value, height - top.value, right.value, height - bottom.value)
        if not (clip.holds(drawn.x0, drawn.top) and clip.holds(drawn.x1, drawn.bottom)):
            clipped.append(ClippedText(drawn, clip))
    return clipped


def _clip_box(obj, height: float) -> Box | None:
    """The box of the object's clipping path: where all of its paths overlap (None: no clipping path)."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    box = None
    for path in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for segment in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, path)):
            x, y = ctypes.c_float(), ctypes.c_float()
            pdfium_c.FPDFPathSegment_GetPoint(pdfium_c.FPDFClipPath_GetPathSegment(clip, path, segment),
                                              ctypes.byref(x), ctypes.byref(y))
            xs.append(x.value)
            ys.append(height - y.value)
        if not xs:
            continue
        path_box = Box(min(xs), min(ys), max(xs), max(ys))
        box = path_box if box is None else Box(max(box.x0, path_box.x0), max(box.top, path_box.top),
                                                min(box.x1, path_box.x1), min(box.bottom, path_box.bottom))
    return box


def hidden(word: dict, clipped: list[ClippedText]) -> bool:
    """The word's middle lies in a text object drawn partly outside its clipping path, outside that path."""
    x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(text.drawn.holds(x, y) and not text.clip.holds(x, y) for text in clipped)
