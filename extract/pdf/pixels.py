"""How dark a box of a page is, in the page's image: for what a scan prints only as pixels (a cell's shading).

Pages are rendered by pypdfium2 in grey, once each and only when asked about; a box's darkness is
the mean of ``1 - grey / 255`` over its pixels (0 white, 1 black).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium


class PagePixels:
    """The rendered pages of ``path`` at ``dpi``; a file pdfium cannot open has no pixels (darkness None)."""

    def __init__(self, path: str | Path, dpi: float = 72.0):
        self.path, self.scale = Path(path), dpi / 72
        self._pages: dict[int, np.ndarray] = {}
        self._document: pdfium.PdfDocument | None = None
        self._unreadable = False

    def _image(self, number: int) -> np.ndarray | None:
        if number not in self._pages:
            if self._unreadable:
                return None
            try:
                if self._document is None:
                    self._document = pdfium.PdfDocument(str(self.path))
                page = self._document[number - 1]
            except (pdfium.PdfiumError, OSError, IndexError):
                self._unreadable = True
                return None
            try:
                bitmap = page.render(scale=self.scale, grayscale=True)
                self._pages[number] = np.asarray(bitmap.to_pil().convert("L"), dtype=np.float32) / 255
            finally:
                page.close()
        return self._pages[number]

    def darkness(self, number: int, box: tuple[float, float, float, float]) -> float | None:
        """Mean darkness of ``box`` (x0, top, x1, bottom in points from the top left) on page ``number``."""
        image = self._image(number)
        if image is None:
            return None
        x0, top, x1, bottom = (round(v * self.scale) for v in box)
        window = image[max(top, 0):max(bottom, top + 1), max(x0, 0):max(x1, x0 + 1)]
        return float(1 - window.mean()) if window.size else None

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
        self._pages.clear()
