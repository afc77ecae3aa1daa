import subprocess

import pytest

from extract.pdf import ocr
from extract.pdf.model import InputError
from extract.pdf.ocr import OcrSettings, OcrWord, has_text_layer, missing_programs, ocr_pdf
from tests.conftest import PDF_2023
from tests.reboxing import Boxing, rebox
from tests.scans import scan


@pytest.fixture(scope="module")
def title_page_scan(tmp_path_factory):
    """The bundled PDF's title page at 300 dpi, an image without text."""
    return scan(PDF_2023, [1])


def test_a_scan_has_no_text_layer_and_the_bundled_pdf_has_one(title_page_scan):
    assert has_text_layer(PDF_2023)
    assert not has_text_layer(title_page_scan)


def test_without_ocrmypdf_the_refusal_names_the_packages_to_install(title_page_scan, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # neither ocrmypdf nor tesseract to be found
    assert missing_programs("nld+eng") == ["ocrmypdf", "tesseract-ocr", "tesseract-ocr-nld", "tesseract-ocr-eng"]
    with pytest.raises(InputError) as refused:
        ocr_pdf(title_page_scan, {"cache": str(tmp_path / "cache")})
    assert str(refused.value) == (f"{title_page_scan}: no text layer (scanned?) and OCR is not installed; install "
                                  "it with: apt-get install ocrmypdf tesseract-ocr tesseract-ocr-nld")


def test_a_language_model_that_is_not_installed_is_named():
    assert missing_programs("nld+xyz") == ["tesseract-ocr-xyz"]


def test_hocr_words_are_turned_from_pixels_into_points(tmp_path):
    hocr = ("<html><body><div class='ocr_page' title='image \"x.png\"; bbox 0 0 2480 3508; ppageno 0'>"
            "<span class='ocr_line' title='bbox 238 140 873 168'>"
            "<span class='ocrx_word' title='bbox 238 140 365 168; x_wconf 93'>Werkplan</span> "
            "<span class='ocrx_word' title='bbox 1830 142 1860 163; x_wconf 61'><strong>2023</strong></span>"
            "</span></div></body></html>")
    (tmp_path / "work" / "ocrmypdf.io.x").mkdir(parents=True)
    (tmp_path / "work" / "ocrmypdf.io.x" / "000001_ocr_tess.hocr").write_text(hocr, encoding="utf-8")
    words = ocr._hocr_words(tmp_path / "work", PDF_2023)[1]  # an A4 page
    # 2480 × 3508 pixels on an A4 page: 300 dpi, a pixel 0.24 pt
    assert [(w.text, w.confidence) for w in words] == [("Werkplan", 0.93), ("2023", 0.61)]
    assert [(w.x0, w.top, w.x1, w.bottom) for w in words] == [
        pytest.approx((238 * 0.24, 140 * 0.24, 365 * 0.24, 168 * 0.24), abs=0.1),
        pytest.approx((1830 * 0.24, 142 * 0.24, 1860 * 0.24, 163 * 0.24), abs=0.1)]


def test_hocr_words_of_a_page_with_a_bleed_cropped_off_stand_where_the_page_shows_them(tmp_path):
    """ocrmypdf keeps a page it does not straighten as it is, and tesseract reads its whole media box: the words of a
    scan whose crop box leaves out 20 pt around it were matched 20 pt right and low of the reader's, and scaled to
    the crop box."""
    hocr = ("<html><body><div class='ocr_page' title='image \"x.png\"; bbox 0 0 2480 3508; ppageno 0'>"
            "<span class='ocrx_word' title='bbox 238 140 365 168; x_wconf 93'>Werkplan</span></div></body></html>")
    (tmp_path / "work" / "ocrmypdf.io.x").mkdir(parents=True)
    (tmp_path / "work" / "ocrmypdf.io.x" / "000001_ocr_tess.hocr").write_text(hocr, encoding="utf-8")
    boxed = tmp_path / "bleed.pdf"
    rebox(PDF_2023, boxed, lambda _: Boxing(bleed=20))
    [word] = ocr._hocr_words(tmp_path / "work", boxed)[1]
    # The image shows 595.3 + 40 by 841.9 + 40 pt; the page shown begins 20 pt in.
    across, down = (595.3 + 40) / 2480, (841.9 + 40) / 3508
    assert (word.x0, word.top, word.x1, word.bottom) == pytest.approx(
        (238 * across - 20, 140 * down - 20, 365 * across - 20, 168 * down - 20), abs=0.05)


def test_a_number_gets_the_words_it_overlaps():
    reading = ocr.OcrReading(source=PDF_2023, source_sha256="", path=PDF_2023, language="nld", versions={},
                             forced=False, words={3: [OcrWord("12", 100, 50, 110, 58, 0.9),
                                                      OcrWord(".852", 110.5, 50, 125, 58, 0.4),
                                                      OcrWord("Totaal", 20, 50, 60, 58, 0.95)]})
    assert [w.text for w in reading.words_in(3, (100, 49.5, 125, 58.5))] == ["12", ".852"]
    assert reading.words_in(2, (100, 49.5, 125, 58.5)) == []


@pytest.mark.slow
def test_a_scan_is_ocrd_once_with_the_confidence_of_every_word(title_page_scan, tmp_path, monkeypatch):
    settings = OcrSettings(cache=str(tmp_path / "cache"))
    seen = []
    reading = ocr_pdf(title_page_scan, settings, jobs=1, progress=lambda done, total: seen.append((done, total)))
    assert reading.record()["ocr"] and reading.versions["tesseract"].startswith(("4.", "5."))
    texts = [word.text for word in reading.words[1]]
    assert {"Werkplan", "2023", "Verwey-Jonker"} <= set(texts), texts  # the title page's words
    assert all(0 <= word.confidence <= 1 for word in reading.words[1])
    assert has_text_layer(reading.path) and reading.source == title_page_scan
    assert set(seen) <= {(0, 1), (1, 1)}

    def no_ocr(*args, **kwargs):
        raise AssertionError(f"OCR ran again: {args}")

    monkeypatch.setattr(subprocess, "run", no_ocr)  # the second time, the cache answers
    again = ocr_pdf(title_page_scan, settings)
    assert again.path == reading.path and again.words == reading.words
    entries = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert entries == [f"{reading.source_sha256}-nld-sauvola-deskew-scan"]
