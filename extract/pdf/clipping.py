"""Text a page's clipping path hides: glyphs drawn where the page does not let them print.

A browser prints a line cut by a page's end on both pages, each clipped to its page's text area
(Chromium look 10031: the "Ï" of the next page's heading "… OEKRAÏENSE …" is drawn at this page's foot
too, only its two dots showing).  The text layer holds such a glyph whole.  A glyph whose middle lies
outside the clipping path of the text object it is drawn in is not printed; a word read there that is
those glyphs is not read.  The glyphs are tied to their own object by their text as well as their place:
a cell's label cut at the cell's edge hides its end, not the amount printed over it in the next cell.

pdfium keeps each page object's clipping path (pdfminer.six and playa do not track one); a clipping path
is taken as its box, so what is kept is never less than what prints.  Boxes are those of the page as shown
(extract.pdf.shown_page), as the readers give them: turned, cropped, from any origin.  Left alone: a file whose
page tree pdfium counts otherwise.  Text objects inside form XObjects are not looked at.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .shown_page import pdfium_to_shown, shown_pdfium_page


class Box(NamedTuple):
    x0: float
    top: float
    x1: float
    bottom: float

    def holds(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


class HiddenText(NamedTuple):
    """Glyphs of one text object its clipping path hides, in a row: their text and their box (pdfplumber's
    coordinates: points from the page's top left)."""

    text: str
    box: Box


def hidden_text(path, password: str | None = None, pages: Iterable[int] | None = None,
                page_count: int | None = None) -> dict[int, list[HiddenText]]:
    """Page number (from 1) → the glyphs the page's clipping paths hide, on every page or those ``pages``;
    none where pdfium cannot open the file or the page (the readers say what is wrong with it), or counts
    other than ``page_count`` pages."""
    try:
        document = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError:
        return {}
    found = {}
    try:
        if page_count is not None and len(document) != page_count:
            return {}
        for index in range(len(document)) if pages is None else sorted(number - 1 for number in pages):
            try:
                page = shown_pdfium_page(document, index)
            except pdfium.PdfiumError:
                continue
            try:
                if hidden := _page_hidden_text(page):
                    found[index + 1] = hidden
            finally:
                page.close()
    finally:
        document.close()
    return found


def _page_hidden_text(page) -> list[HiddenText]:
    shown = pdfium_to_shown(page)
    clips = {}  # text object's address → its clipping path's box, for objects drawn partly outside it
    for number in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, number)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        clip = _clip_box(obj, shown)
        if clip is None:
            continue
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *map(ctypes.byref, (left, bottom, right, top))):
            continue
        x0, y0, x1, y1 = shown(left.value, bottom.value, right.value, top.value)
        if not (clip.holds(x0, y0) and clip.holds(x1, y1)):
            clips[ctypes.cast(obj, ctypes.c_void_p).value] = clip
    return _hidden_glyphs(page, clips, shown) if clips else []


def _hidden_glyphs(page, clips: dict[int, Box], shown) -> list[HiddenText]:
    """The glyphs of the objects in ``clips`` whose middle lies outside their object's clip, in rows."""
    text_page = page.get_textpage()
    try:
        rows: list[tuple[int, list[str], list[tuple]]] = []
        for index in range(text_page.count_chars()):
            owner = ctypes.cast(pdfium_c.FPDFText_GetTextObject(text_page.raw, index), ctypes.c_void_p).value
            clip = clips.get(owner)
            if clip is None:
                continue
            box = shown(*text_page.get_charbox(index, loose=True))
            if clip.holds((box[0] + box[2]) / 2, (box[1] + box[3]) / 2):
                continue
            char = chr(pdfium_c.FPDFText_GetUnicode(text_page.raw, index))
            if rows and rows[-1][0] == owner and rows[-1][2][-1][4] == index - 1:
                rows[-1][1].append(char)
                rows[-1][2].append((*box, index))
            else:
                rows.append((owner, [char], [(*box, index)]))
    finally:
        text_page.close()
    return [HiddenText("".join(chars), Box(min(b[0] for b in boxes), min(b[1] for b in boxes),
                                           max(b[2] for b in boxes), max(b[3] for b in boxes)))
            for _, chars, boxes in rows]


def _clip_box(obj, shown) -> Box | None:
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
            ys.append(y.value)
        if not xs:
            continue
        path_box = Box(*shown(min(xs), min(ys), max(xs), max(ys)))
        box = path_box if box is None else Box(max(box.x0, path_box.x0), max(box.top, path_box.top),
                                                min(box.x1, path_box.x1), min(box.bottom, path_box.bottom))
    return box


def is_hidden(text: str, x0: float, top: float, x1: float, bottom: float, hidden: list[HiddenText]) -> bool:
    """A word (its text and box) is glyphs a clipping path hides: its middle lies on a row of them that
    holds its text."""
    x, y, letters = (x0 + x1) / 2, (top + bottom) / 2, "".join(text.split())
    return bool(letters) and any(row.box.holds(x, y) and letters in "".join(row.text.split()) for row in hidden)
