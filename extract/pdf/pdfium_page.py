"""The last reader of a page: pdfium's characters and filled paths, for a page the parsers cannot read.

pdfium opens pages that playa and pdfminer.six refuse (a box that is not numbers,
resources that do not resolve).  It gives no font descriptor's descent, so boxes
and sizes differ slightly from the other readers': enough to keep a damaged
page's words and table shading, not to match the others to the point.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .shown_page import pdfium_to_shown, shown_pdfium_page
from .words import extract_words


def pdfium_page(path: Path, number: int, password: str | None) -> tuple[float, float, list[dict], list[dict]]:
    """Width, height, words and filled rectangles of page ``number`` (from 1), as the other readers give them."""
    document = pdfium.PdfDocument(path, password=password)
    try:
        page = shown_pdfium_page(document, number - 1)
        width, height = page.get_size()  # as the page is shown (/Rotate applied), as the other readers give it
        shown = pdfium_to_shown(page)  # pdfium's boxes are in user space
        text = page.get_textpage()
        chars = []
        for index in range(text.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(text.raw, index)
            if code in (0, 10, 13):
                continue  # line ends pdfium made up
            if pdfium_c.FPDFText_IsGenerated(text.raw, index):
                # A space pdfium made up, where its gap is a space of the font's, parts two words as a space drawn
                # would (pdfium takes some programs' spaces for its own: Chromium's).  pdfium sets it at the
                # baseline, on no line: it stands at the end of the character before.
                if code == 32 and chars:
                    _, _, top, x1, bottom, *attributes = chars[-1]
                    chars.append((" ", x1, top, x1, bottom, *attributes))
                continue
            chars.append(_char(text, index, code, shown))
        rects = [rect for rect in (_filled_rect(obj, shown) for obj in page.get_objects()) if rect]
        return width, height, extract_words(chars), rects
    finally:
        document.close()


def _char(text, index: int, code: int, shown) -> tuple:
    x0, top, x1, bottom = shown(*text.get_charbox(index, loose=True))  # the font's height, as the other readers'
    name = ctypes.create_string_buffer(128)
    pdfium_c.FPDFText_GetFontInfo(text.raw, index, name, len(name), None)
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    pdfium_c.FPDFText_GetFillColor(text.raw, index, *map(ctypes.byref, (r, g, b, a)))
    colour = (r.value / 255, g.value / 255, b.value / 255)
    return (chr(code), x0, top, x1, bottom, True, name.value.decode("latin-1"),
            pdfium_c.FPDFText_GetFontSize(text.raw, index), colour)


def _filled_rect(obj, shown) -> dict | None:
    if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
        return None
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
        return None
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    pdfium_c.FPDFPageObj_GetFillColor(obj.raw, *map(ctypes.byref, (r, g, b, a)))
    x0, top, x1, bottom = shown(*obj.get_bounds())
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True,
            "non_stroking_color": (r.value / 255, g.value / 255, b.value / 255)}
