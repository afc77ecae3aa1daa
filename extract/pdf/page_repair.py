"""A page the reader failed on, read by the next reader that can: one damaged page stays one damaged page.

The order: pdfminer.six (through pdfplumber), which repairs what it can; then
pdfium's characters and filled paths (:mod:`extract.pdf.pdfium_page`), which opens
pages whose box or resources the other two refuse; else the page is kept blank,
the size of the page before it.  What was done is said per page, for the
``pdf_repaired`` quality signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .model import REFERENCE_READER, Page
from .reader import LAST_READER, pdfium_raw_page, pdfplumber_page, read_page

A4 = (595.0, 842.0)  # points, until a page read says otherwise


def read_otherwise(path: Path, number: int, reader: str, password: str | None, finish: Callable,
                   size: tuple[float, float] | None) -> tuple[Page, str, list[str]]:
    """Page ``number`` by the readers after ``reader``: the page, how it was read, what the parsers logged."""
    logged: list[str] = []
    if reader != REFERENCE_READER:
        read = read_page(number, lambda: pdfplumber_page(path, number, password), finish)
        logged += read.warnings
        if read.failure is None:
            return read.page, "read with pdfminer.six instead", logged
    if reader != LAST_READER:
        read = read_page(number, lambda: pdfium_raw_page(path, number, password), finish)
        logged += read.warnings
        if read.failure is None:
            return read.page, "only its text and filled rectangles read, with pdfium", logged
    width, height = size or A4
    return Page(number=number, width=width, height=height, lines=[]), "no reader could read it: kept blank", logged
