"""How dark a box of a page is, in the page's image: for what a scan prints only as pixels (a cell's shading).

Pages are rendered by pypdfium2 in grey, once each and only when asked about; a box's darkness is
the mean of ``1 - grey / 255`` over its pixels (0 white, 1 black).  A box can also be read again by
tesseract, alone: OCR of a whole page now and then loses a word set on a shaded band (a Gantt table's year).
"""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from .shown_page import shown_pdfium_page

# The slant (degrees) left in a scan OCR straightened, which a rule may have and still be found.
SKEW = 0.15


def _runs(indices: np.ndarray) -> list[np.ndarray]:
    """``indices`` (ascending) split into runs of consecutive ones."""
    return np.split(indices, np.flatnonzero(np.diff(indices) > 1) + 1) if indices.size else []


class PagePixels:
    """The rendered pages of ``path`` at ``dpi``; a file pdfium cannot open has no pixels (darkness None)."""

    def __init__(self, path: str | Path, dpi: float = 72.0):
        self.path, self.scale = Path(path), dpi / 72
        self._pages: dict[int, np.ndarray] = {}
        self._document: pdfium.PdfDocument | None = None
        self._open: tuple[int, pdfium.PdfPage] | None = None  # the page last asked for (:meth:`_page`)
        self._unreadable = False

    def _page(self, number: int) -> pdfium.PdfPage | None:
        """Page ``number``, kept open until another is asked for: loading a scan's page decodes its image, some
        five times the cost of rendering a word's box of it."""
        if self._unreadable:
            return None
        if self._open is not None and self._open[0] == number:
            return self._open[1]
        self._close_page()
        try:
            if self._document is None:
                self._document = pdfium.PdfDocument(str(self.path))
            self._open = (number, shown_pdfium_page(self._document, number - 1))
        except (pdfium.PdfiumError, OSError, IndexError):
            self._unreadable = True
            return None
        return self._open[1]

    def _close_page(self) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None

    def _image(self, number: int) -> np.ndarray | None:
        if number not in self._pages:
            page = self._page(number)
            if page is None:
                return None
            self._pages[number] = _grey(page.render(scale=self.scale, grayscale=True).to_pil())
        return self._pages[number]

    def darkness(self, number: int, box: tuple[float, float, float, float]) -> float | None:
        """Mean darkness of ``box`` (x0, top, x1, bottom in points from the top left) on page ``number``."""
        image = self._image(number)
        if image is None:
            return None
        x0, top, x1, bottom = (round(v * self.scale) for v in box)
        window = image[max(top, 0):max(bottom, top + 1), max(x0, 0):max(x1, x0 + 1)]
        return float(1 - window.mean()) if window.size else None

    def vertical_rules(self, number: int, box: tuple[float, float, float, float]) -> list[float]:
        """Where vertical rules cross ``box`` (x0, top, x1, bottom in points) from top to bottom, in points
        from the page's left (:meth:`_rules`)."""
        return self._rules(number, box, vertical=True)

    def horizontal_rules(self, number: int, box: tuple[float, float, float, float]) -> list[float]:
        """Where horizontal rules cross ``box`` from side to side, in points from the page's top."""
        return self._rules(number, box, vertical=False)

    def _rules(self, number: int, box: tuple[float, float, float, float], vertical: bool, dpi: float = 300.0,
               dark: float = 0.55, share: float = 0.95, thickest: float = 1.5) -> list[float]:
        """Rules crossing ``box``: pixel columns (rows) darker than ``dark`` over ``share`` of its height
        (width), the box rendered at ``dpi``, each run of them one rule at its middle.  A pixel counts as
        dark where one within :data:`SKEW` of it across the rule is: a scan straightened by OCR to a
        tenth of a degree or so still lets a rule drift a few pixels over a table's width, and a thin
        rule scanned at 200 dpi is a grey two pixels wide.  A cell's shading, a lighter grey, is no rule;
        nor is a letter, which fills no cell from edge to edge; nor a band of darker shading, thicker
        than ``thickest`` points, though a rule along its edge, darker than the band, is one."""
        darkness = self.ink(number, box, dpi)
        if darkness is None:
            return []
        if vertical:
            darkness = darkness.T
        reach = 1 + math.ceil(darkness.shape[1] * math.tan(math.radians(SKEW)) / 2)
        widened = darkness.copy()
        for step in range(1, reach + 1):
            widened[step:] = np.maximum(widened[step:], darkness[:-step])
            widened[:-step] = np.maximum(widened[:-step], darkness[step:])
        x0, top = (max(v, 0) for v in box[:2])
        scale = dpi / 72
        lines = np.flatnonzero((widened > dark).mean(axis=1) >= share)
        thin = thickest * scale + 2 * reach
        rules = []
        for run in _runs(lines):
            if len(run) > thin:  # a band: the lines of it much darker than the band are a rule on its edge
                level = widened[run].mean(axis=1)
                rules += [part for part in _runs(run[level >= np.median(level) + 0.2]) if len(part) <= thin]
            else:
                rules.append(run)
        return [float((x0 if vertical else top) + (run.mean() + 0.5) / scale) for run in rules]

    def ink(self, number: int, box: tuple[float, float, float, float], dpi: float = 300.0) -> np.ndarray | None:
        """``box`` (x0, top, x1, bottom in points) of page ``number`` rendered at ``dpi``, each pixel's darkness
        (0 white, 1 black), rows from the top; None where the page has no pixels."""
        crop = self._crop(number, box, dpi)
        return None if crop is None else 1 - _grey(crop)

    def words(self, number: int, box: tuple[float, float, float, float], allowed: str | None = None,
              dpi: float = 300.0) -> list[tuple[str, float, float]]:
        """The words tesseract reads in ``box`` (a block of text), of the characters ``allowed`` only if given,
        each with its left and right in points: [] where it reads none, or is not installed."""
        crop = self._crop(number, box, dpi)
        if crop is None or shutil.which("tesseract") is None:
            return []
        png = io.BytesIO()
        crop.save(png, format="PNG")
        try:
            only = ["-c", f"tessedit_char_whitelist={allowed}"] if allowed else []
            done = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6", *only, "tsv"], input=png.getvalue(),
                                  capture_output=True, timeout=30, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        except (OSError, subprocess.TimeoutExpired):
            return []
        x0, scale = max(box[0], 0), dpi / 72
        found = []
        for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
            cells = row.split("\t")
            if len(cells) == 12 and cells[11].strip():
                left, width = int(cells[6]), int(cells[8])
                found.append((cells[11].strip(), x0 + left / scale, x0 + (left + width) / scale))
        return found

    def _crop(self, number: int, box: tuple[float, float, float, float], dpi: float):
        """``box`` of page ``number`` rendered in grey at ``dpi`` (a PIL image), or None."""
        page = self._page(number)
        if page is None:
            return None
        x0, top, x1, bottom = (max(v, 0) for v in box)
        width, height = page.get_size()
        return page.render(scale=dpi / 72, grayscale=True,
                           crop=(x0, max(height - bottom, 0), max(width - x1, 0), top)).to_pil()

    def close(self) -> None:
        self._close_page()
        if self._document is not None:
            self._document.close()
            self._document = None
        self._pages.clear()


def _grey(image) -> np.ndarray:
    """A rendered page (a PIL image) as grey levels 0 (black) to 1 (white)."""
    return np.asarray(image.convert("L"), dtype=np.float32) / 255
