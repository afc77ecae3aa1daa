import pdfplumber
import pytest

from extract.pdf.pixels import PagePixels
from tests.conftest import PDF_2023


def test_a_box_is_as_dark_as_its_pixels(tmp_path):
    with pdfplumber.open(PDF_2023) as pdf:  # project 9.1's Gantt table, its cells shaded blue
        page = next(p for p in pdf.pages if any(r["non_stroking_color"] == (0.356862745, 0.6078431372, 0.8352941176)
                                                for r in p.rects))
        blue = next(r for r in page.rects if r["non_stroking_color"] == (0.356862745, 0.6078431372, 0.8352941176))
    pixels = PagePixels(PDF_2023)
    try:
        inside = (blue["x0"] + 2, blue["top"] + 2, blue["x1"] - 2, blue["bottom"] - 2)
        # rendered in grey, that blue is about 0.57 light
        assert pixels.darkness(page.page_number, inside) == pytest.approx(0.43, abs=0.05)
        assert pixels.darkness(page.page_number, (5, 5, 40, 20)) == 0.0  # the white margin
    finally:
        pixels.close()
    assert PagePixels(tmp_path / "none.pdf").darkness(1, (0, 0, 10, 10)) is None
