"""Crops of the PDF for the report: each page rendered once, cut and marked with PIL.

Boxes are in PDF points from the page's top left, as in the ``numbers`` dataset.
Crops are PNG data URIs, so the report loads nothing from anywhere.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import pypdfium2
from PIL import Image, ImageDraw, ImageFont

from extract.pdf.shown_page import shown_pdfium_page
from extract.settings import Range, Settings, resolve


@dataclass(frozen=True)
class CropSettings(Settings):
    """How the report's page crops are rendered."""

    # Dots per inch of the rendered pages.
    resolution: int = 100
    # Points of context above and below the marked numbers.
    margin: int = 24
    # Pixels: the consistent value written beside a number.
    note_size: int = 13
    limits = {"resolution": Range(least=10, most=600), "margin": Range(least=0), "note_size": Range(least=4)}

# (fill, outline) of each kind of mark
MARKS = {
    "printed": ((255, 80, 80, 70), (200, 0, 0)),  # the number checked or to change
    "part": ((255, 215, 0, 80), (180, 130, 0)),  # numbers the expected value follows from
    "unconfirmed": ((80, 140, 255, 60), (30, 80, 200)),  # a row camelot's second reading did not confirm
}


@dataclass(frozen=True)
class Mark:
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in points
    kind: str  # a key of MARKS, or "" for a box that is not drawn
    note: str = ""  # text written beside the box (a consistent value)


class PageImages:
    """Renders bands of the pages of one PDF.

    Only the band a crop shows is rendered, never a whole page kept: a report
    crops some forty pages, and their full images would take over 100 MiB.
    """

    def __init__(self, path, settings: CropSettings | dict | None = None):
        self.settings = resolve(CropSettings, settings)
        try:
            self._pdf = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:  # a damaged file pdfminer.six repaired but pdfium cannot open
            self._pdf = None
        self.scale = self.settings.resolution / 72

    def band(self, number: int, top: float, bottom: float) -> Image.Image:
        """Page ``number`` from ``top`` to ``bottom`` (points from the top), full width."""
        try:
            if self._pdf is None:
                raise pypdfium2.PdfiumError("the file could not be opened")
            page = shown_pdfium_page(self._pdf, number - 1)
            height = page.get_height()
            # On the whole page's pixel grid, so a band looks as the page does; a band wholly past the page's end
            # (text set beyond its box) is the page's last point of height, not an error that ends the run.
            bottom = min(max(bottom, 1.0), height)
            top = int(max(min(top, bottom - 1), 0.0) * self.scale) / self.scale
            bottom = int(bottom * self.scale) / self.scale
            # pdfium crops from each side: left, bottom, right, top
            image = page.render(scale=self.scale, crop=(0, height - bottom, 0, top)).to_pil().convert("RGB")
            page.close()
            return image
        except pypdfium2.PdfiumError:  # a page of a damaged file: say so in the crop instead of failing
            return self._unrenderable(number, bottom - top)

    def _unrenderable(self, number: int, height: float) -> Image.Image:
        image = Image.new("RGB", (int(595 * self.scale), max(int(height * self.scale), 40)), (235, 235, 235))
        ImageDraw.Draw(image).text((20, 10), f"pagina {number} kan niet worden weergegeven (beschadigd)",
                                   fill=(120, 0, 0), font=ImageFont.load_default(size=self.settings.note_size))
        return image

    def crop(self, number: int, marks: list[Mark], top: float | None = None, bottom: float | None = None) -> str:
        """A data URI of the full-width band of page ``number`` around ``marks`` (or from ``top`` to ``bottom``)."""
        margin = self.settings.margin
        top = max(0.0, (min(m.box[1] for m in marks) if top is None else top) - margin)
        bottom = (max(m.box[3] for m in marks) if bottom is None else bottom) + margin
        band = self.band(number, top, bottom)
        overlay = Image.new("RGBA", band.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        font = ImageFont.load_default(size=self.settings.note_size)
        for mark in marks:
            fill, outline = MARKS[mark.kind]
            x0, y0, x1, y1 = (mark.box[0] * self.scale, (mark.box[1] - top) * self.scale,
                              mark.box[2] * self.scale, (mark.box[3] - top) * self.scale)
            draw.rectangle((x0 - 2, y0 - 2, x1 + 2, y1 + 2), fill=fill, outline=outline, width=2)
            if mark.note:
                # the consistent value, in red, just right of the box (left of it near the right edge)
                left, upper, right, lower = draw.textbbox((0, 0), mark.note, font=font)
                width = right - left
                x = x1 + 8 if x1 + 8 + width < band.width else x0 - 8 - width
                y = (y0 + y1 - (lower - upper)) / 2 - upper
                draw.rectangle((x - 3, y + upper - 3, x + width + 3, y + lower + 3), fill=(255, 255, 255, 240),
                               outline=outline, width=2)
                draw.text((x, y), mark.note, fill=outline, font=font)
        marked = Image.alpha_composite(band.convert("RGBA"), overlay).convert("RGB")
        # 256 colours hold text, rules and marks; the PNG is a third the size and made four times faster.
        buffer = io.BytesIO()
        marked.quantize(256, method=Image.Quantize.FASTOCTREE).save(buffer, format="PNG", compress_level=3)
        return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
