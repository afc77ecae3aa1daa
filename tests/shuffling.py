"""Copies of a PDF whose pages draw their text in another order, shown as before: each page's text objects (pdfium's:
one a string shown, a line or a run of one) drawn in a random order after its other objects (rules, shading,
images).  Programs that set text in frames (InDesign, Word's text boxes) or edit a PDF afterwards draw a page's text
in an order of their own, not the order it is read in."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c


def shuffle_text(pdf: Path, copy: Path, seed: int) -> int:
    """Write ``copy``: ``pdf`` with the text objects of every page drawn in an order drawn from ``seed``, after the
    page's other objects.  The number of text objects moved.  (A text object drawn under a shape that covers it
    would show: the tests' producers draw none so.)"""
    chance, moved = random.Random(seed), 0
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            count = pdfium_c.FPDFPage_CountObjects(page.raw)
            objects = [pdfium_c.FPDFPage_GetObject(page.raw, k) for k in range(count)]
            for handle in objects:
                pdfium_c.FPDFPage_RemoveObject(page.raw, handle)
            is_text = [pdfium_c.FPDFPageObj_GetType(handle) == pdfium_c.FPDF_PAGEOBJ_TEXT for handle in objects]
            texts = [handle for handle, text in zip(objects, is_text, strict=True) if text]
            others = [handle for handle, text in zip(objects, is_text, strict=True) if not text]
            chance.shuffle(texts)
            for handle in others + texts:
                pdfium_c.FPDFPage_InsertObject(page.raw, handle)
            if not pdfium_c.FPDFPage_GenerateContent(page.raw):
                raise RuntimeError(f"{pdf}: pdfium could not write page {index + 1} again")
            moved += len(texts)
        document.save(copy)
    finally:
        document.close()
    return moved
