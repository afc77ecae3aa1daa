"""Crops render only their band, and the band is what the whole page shows there."""

import pypdfium2
from PIL import ImageChops

from expectations.report.crops import CropSettings, PageImages
from tests.boxed_pages import CASES, write_boxed, write_upright
from tests.conftest import PDF_2023


def test_a_band_is_the_same_pixels_as_that_part_of_the_whole_page():
    scale = CropSettings().resolution / 72
    whole = pypdfium2.PdfDocument(str(PDF_2023))[0].render(scale=scale).to_pil().convert("RGB")
    images = PageImages(PDF_2023)
    top, bottom = 100.4, 317.9  # points; not on the pixel grid
    band = images.band(1, top, bottom)
    expected = whole.crop((0, int(top * scale), whole.width, int(bottom * scale)))
    assert band.size == expected.size
    assert ImageChops.difference(band, expected).getbbox() is None


def test_a_band_past_the_page_end_stops_at_the_page_end():
    scale = CropSettings().resolution / 72
    images = PageImages(PDF_2023)
    height = pypdfium2.PdfDocument(str(PDF_2023))[0].get_height()
    assert images.band(1, height - 50, height + 80).height == int(height * scale) - int((height - 50) * scale)


def test_a_band_wholly_past_the_page_end_is_its_last_point_not_an_error():
    """Evidence set beyond the page's box (a page read in the wrong turn, text drawn past its edge) ended the run in
    pdfium's "Crop exceeds page dimensions"."""
    scale = CropSettings().resolution / 72
    images = PageImages(PDF_2023)
    height = pypdfium2.PdfDocument(str(PDF_2023))[0].get_height()
    assert images.band(1, height + 20, height + 80).height == int(height * scale) - int((height - 1) * scale)
    assert images.band(1, -30, 0.5).height == int(1 * scale)  # and wholly above its top: its first point


def test_a_file_pdfium_cannot_open_gives_a_band_that_says_so(tmp_path):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    band = PageImages(broken).band(3, 0, 60)
    assert band.size == (int(595 * CropSettings().resolution / 72), int(60 * CropSettings().resolution / 72))


def test_a_page_whose_crop_box_lies_outside_its_media_box_shows_the_media_box(tmp_path):
    """pdfium gives such a page an empty box, and its render raised; playa and pdfminer.six read the media box."""
    pdf, upright = tmp_path / "cropped-away.pdf", tmp_path / "upright.pdf"
    write_boxed(pdf, *CASES["crop box wholly outside"])
    write_upright(upright, *CASES["crop box wholly outside"])
    band, shown = PageImages(pdf).band(1, 100, 300), PageImages(upright).band(1, 100, 300)
    assert band.size == shown.size == (shown.width, int(300 * CropSettings().resolution / 72) -
                                       int(100 * CropSettings().resolution / 72))
    assert ImageChops.difference(band, shown).getbbox() is None
