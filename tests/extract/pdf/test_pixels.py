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


def test_rules_are_found_in_the_image_and_shading_is_none(tmp_path):
    # A scan's grid, as a month row of the 2023 werkplan's Gantt tables draws it: a label column, then
    # month cells 28.35 pt wide, one shaded grey as the scan's shading is (about 0.44 dark), a name in one.
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "grid.pdf"
    drawing = canvas.Canvas(str(pdf), pagesize=(595, 842))
    edges = [53.0, 223.4, *(223.4 + 28.35 * k for k in range(1, 12))]
    top, bottom = 842 - 345.0, 842 - 356.0  # PDF coordinates: from the bottom
    drawing.setFillGray(0.56)
    drawing.rect(edges[3], bottom, edges[4] - edges[3], top - bottom, stroke=0, fill=1)
    drawing.setFillGray(0)
    drawing.setFont("Helvetica", 7)
    drawing.drawString(edges[1] + 8, bottom + 3, "Jan.")
    drawing.setLineWidth(0.5)
    for x in edges:
        drawing.line(x, top, x, bottom)
    drawing.line(edges[0], top, edges[-1], top)
    drawing.line(edges[0], bottom, edges[-1], bottom)
    drawing.save()
    pixels = PagePixels(pdf)
    try:
        found = pixels.vertical_rules(1, (0, 347.0, 595, 354.0))
        assert found == pytest.approx(edges, abs=0.5)
        assert pixels.horizontal_rules(1, (60.0, 340.0, 540.0, 360.0)) == pytest.approx([345.0, 356.0], abs=0.5)
    finally:
        pixels.close()
    assert PagePixels(tmp_path / "none.pdf").vertical_rules(1, (0, 0, 10, 10)) == []


def _horizontal_rules(pdf, box: tuple[float, float, float, float]) -> list[float]:
    pixels = PagePixels(pdf)
    try:
        return pixels.horizontal_rules(1, box)
    finally:
        pixels.close()


def test_a_slanted_thin_rule_is_found_and_a_dark_band_is_none(tmp_path):
    # A noisy 200-dpi scan of the 2023 werkplan that OCR straightened left its Gantt grid turned a tenth of a
    # degree or so: a rule across project 9.2's table (480 pt) drifts about a point, and a thin rule is a
    # grey a few pixels wide.  The rows of months at 345, 356.5 and 368 pt.  A band of dark shading 4 pt
    # high across the table is no rule.
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "slanted.pdf"
    drawing = canvas.Canvas(str(pdf), pagesize=(595, 842))
    drawing.rotate(0.12)  # about the page's bottom left corner: 1 pt over the table's 480 pt
    drawing.setStrokeGray(0.35)
    drawing.setLineWidth(0.4)
    for y in (345.0, 356.5, 368.0):
        drawing.line(57.0, 842 - y, 537.0, 842 - y)
    drawing.setFillGray(0.2)
    drawing.rect(57.0, 842 - 390.0, 480.0, 4.0, stroke=0, fill=1)
    drawing.save()
    found = _horizontal_rules(pdf, (57.0, 335.0, 537.0, 395.0))
    assert found == pytest.approx([344.5, 356.0, 367.5], abs=1.0)


def test_a_rule_along_a_dark_band_is_found(tmp_path):
    # A table header set white on dark grey (0.3) from 400 to 412 pt, the grid's black rule along its foot.
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "band.pdf"
    drawing = canvas.Canvas(str(pdf), pagesize=(595, 842))
    drawing.setFillGray(0.3)
    drawing.rect(57.0, 842 - 412.0, 480.0, 12.0, stroke=0, fill=1)
    drawing.setLineWidth(0.8)
    drawing.line(57.0, 842 - 412.4, 537.0, 842 - 412.4)
    drawing.save()
    found = _horizontal_rules(pdf, (57.0, 390.0, 537.0, 430.0))
    assert found == pytest.approx([412.4], abs=0.7)


def _year_on_a_band(path, year_x: float, top: float) -> float:
    """A page with "2023" in bold 9 pt on a light grey band from ``top`` down (as a Gantt table's year row in
    the 2023 werkplan), from ``year_x`` on; returns the year's width in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    drawing = canvas.Canvas(str(path), pagesize=(595, 842))
    drawing.setFillGray(0.85)
    drawing.rect(223.4, 842 - top - 12, 340, 12, stroke=0, fill=1)
    drawing.setFillGray(0)
    drawing.setFont("Helvetica-Bold", 9)
    drawing.drawString(year_x, 842 - top - 9, "2023")
    drawing.save()
    return stringWidth("2023", "Helvetica-Bold", 9)


def test_a_box_is_read_again_by_tesseract(tmp_path):
    width = _year_on_a_band(tmp_path / "year.pdf", 384.0, 200.0)
    pixels = PagePixels(tmp_path / "year.pdf")
    try:
        [(text, x0, x1)] = pixels.words(1, (223.4, 198.0, 563.4, 214.0), allowed="0123456789")
        assert text == "2023"
        assert (x0, x1) == pytest.approx((384.0, 384.0 + width), abs=1.5)
        assert pixels.words(1, (223.4, 300.0, 563.4, 316.0), allowed="0123456789") == []  # nothing printed
    finally:
        pixels.close()
    assert PagePixels(tmp_path / "none.pdf").words(1, (0, 0, 10, 10), allowed="0123456789") == []
