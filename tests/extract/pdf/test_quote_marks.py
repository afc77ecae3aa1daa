"""Quote marks read again from their shapes in the page image, learnt from the document's own marks
(extract/pdf/quote_marks.py).

The text layer is the bundled werkplan's own (its words and boxes), with its quote marks changed as tesseract
changed them in the 300-dpi scan; the pixels are that PDF's pages rendered into an image-only PDF.  So the
printed text is known mark by mark, and no OCR runs.
"""

import pytest
from reportlab.pdfbase.pdfmetrics import registerFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from extract.pdf.document import read_document
from extract.pdf.model import Line
from extract.pdf.pixels import PagePixels
from extract.pdf.quote_marks import mend_quote_marks
from tests.conftest import PDF_2023
from tests.scans import pages_of, scan

# The table of contents (project 6.2 "Pabo’s …", project 7.1 "… ’Van ongewenste polarisatie naar verbinding’")
# and the three pages of the bundled werkplan printing most quote marks: 13 ‘ and 42 ’ on the four.
PAGES = [2, 65, 67, 95]


# Words of these pages as tesseract read them in the 300-dpi scan.
TESSERACT_READ = {"’Van": "'Van", "verbinding’": "verbinding:", "Pabo’s": "Pabo's", "mbo’s": "mbo'’s"}


def _as_ocr_read(word: str, nth: int) -> str:
    """``word`` as tesseract read it (:data:`TESSERACT_READ`), else by its misreads there: one mark in three read
    as a straight ', one in thirteen the other way round (tesseract: 7 in 166)."""
    if word in TESSERACT_READ:
        return TESSERACT_READ[word]
    if nth % 3 == 0:
        return word.replace("’", "'", 1) if "’" in word else word.replace("‘", "'", 1)
    if nth % 13 == 0:
        return word.replace("’", "‘", 1) if "’" in word else word.replace("‘", "’", 1)
    return word


def _read_by_ocr(pages) -> dict[tuple[int, int, int], str]:
    """The pages' quote marks changed as :func:`_as_ocr_read` says; the printed text of each word changed."""
    printed, nth = {}, 0
    for page in pages:
        for line_index, line in enumerate(page.lines):
            words = list(line.words)
            for word_index, word in enumerate(words):
                if any(mark in word.text for mark in "‘’"):
                    nth += 1
                    read = _as_ocr_read(word.text, nth)
                    if read != word.text:
                        printed[(page.number, line_index, word_index)] = word.text
                        word.text = read
            page.lines[line_index] = Line(page=line.page, words=words, underlined=line.underlined)
    return printed


@pytest.mark.parametrize("scanned", [{"dpi": 300}, {"dpi": 200, "noise": 12}], ids=["300 dpi", "200 dpi, noisy"])
def test_a_quote_mark_misread_is_read_as_printed_from_its_shape(scanned):
    pdf = pages_of(PDF_2023, PAGES)
    pages = read_document(pdf).pages
    printed = _read_by_ocr(pages)
    assert len(printed) == 22
    heading = "Project 7.1 Kennisontwikkeling- en implementatie {}Van ongewenste polarisatie naar verbinding{}"
    assert heading.format("'", ":") in [line.text for line in pages[3].lines]
    pixels = PagePixels(scan(PDF_2023, PAGES, **scanned))
    try:
        mended = mend_quote_marks(pages, pixels)
    finally:
        pixels.close()
    read = {key: pages[key[0] - 1].lines[key[1]].words[key[2]].text for key in printed}
    # All but one: the superscript number of a footnote glued to a word ("‘ongewenst’15,") stands high as
    # quote marks do, so the word's marks and quote characters do not pair off, and it is left as read.
    assert mended == len(printed) - 1
    assert {key: text for key, text in read.items() if read[key] != printed[key]} == {(4, 32, 6): "‘ongewenst'15,"}
    assert heading.format("’", "’") in [line.text for line in pages[3].lines]
    assert any(line.text.startswith("Project 6.2 Pabo’s in de inclusieve samenleving") for line in pages[0].lines)


FONTS = {"DejaVuSans": "dejavu/DejaVuSans.ttf", "LiberationSans": "liberation/LiberationSans-Regular.ttf",
         "LiberationSans-Italic": "liberation/LiberationSans-Italic.ttf",
         "LiberationSerif": "liberation/LiberationSerif-Regular.ttf"}


def _printed(path, rows: list[tuple[str, str]], size: float = 11, leading: float = 16):
    """A born-digital page of ``rows`` (font, text) at ``size``, ``leading`` points apart, read into the model."""
    canvas = Canvas(str(path), pagesize=(595, 842))
    for row, (font, text) in enumerate(rows):
        registerFont(TTFont(font, f"/usr/share/fonts/truetype/{FONTS[font]}"))
        canvas.setFont(font, size)
        canvas.drawString(57, 800 - leading * row, text)
    canvas.save()
    return read_document(path).pages


def _mended(pages, born, tmp_path) -> int:
    pixels = PagePixels(scan(born, cache=tmp_path))
    try:
        return mend_quote_marks(pages, pixels)
    finally:
        pixels.close()


def test_a_print_of_straight_quotes_teaches_no_marks_and_nothing_is_mended(tmp_path):
    # A typewriter's quotes, straight: tesseract reading some of them as ‘ and ’ makes those readings no
    # samples of two shapes, for they are one; the text stays as read.
    born = tmp_path / "straight.pdf"
    pages = _printed(born, [("DejaVuSans", f"de pabo's en mbo's van 'Kennis {row}' in het 'veld'")
                            for row in range(24)])
    for line_index, line in enumerate(pages[0].lines):
        for index, word in enumerate(line.words):
            word.text = word.text.replace("'", "’" if index % 2 else "‘")
        pages[0].lines[line_index] = Line(page=line.page, words=line.words, underlined=line.underlined)
    read = [line.text for line in pages[0].lines]
    assert _mended(pages, born, tmp_path) == 0
    assert [line.text for line in pages[0].lines] == read
    assert read[0] == "de pabo’s en mbo’s van ’Kennis 0‘ in het ’veld’"


# Lines whose marks teach the shapes, read right.
TEACHING = "het ‘veld’ en de ‘praktijk’ van mbo’s en hbo’s"


def test_a_colons_upper_dot_standing_alone_is_no_quote_mark(tmp_path):
    # Liberation Sans at 7 pt, upright and italic: a colon's upper dot may have no ink right under it (in italic
    # the dots stand aside of each other), as a closing ’ read ":" has none; but it is as wide as tall, and a quote
    # mark stands at least 1.5 times as tall as wide.  All read right, nothing changes (without that test, six
    # colons became ’: "nu:" read "nu’").
    born = tmp_path / "colons.pdf"
    colons = ["en: ons: nu: was: over: mensen: rennen:", "zie: kies: Doel: Aanpak: Let op! nee! ja! zo! mis!"]
    rows = [("LiberationSans", TEACHING)] * 6 + [(font, text) for font in ("LiberationSans", "LiberationSans-Italic")
                                                 for text in colons * 3]
    pages = _printed(born, rows, size=7)
    read = [line.text for line in pages[0].lines]
    assert _mended(pages, born, tmp_path) == 0
    assert [line.text for line in pages[0].lines] == read


def test_a_mark_read_right_in_another_typeface_is_not_overturned(tmp_path):
    # Two typefaces, ’ mostly in one (DejaVu Sans) and ‘ mostly in the other (Liberation Serif): the two mean
    # shapes partly part the typefaces, and a sans ‘ stands nearer the mean of ’.  Tesseract's own reading of a
    # curly mark is overturned only by a mark far nearer the other shape.
    born = tmp_path / "typefaces.pdf"
    rows = ([("DejaVuSans", "de mbo’s en hbo’s en pabo’s en thema’s van ’s nachts")] * 8
            + [("DejaVuSans", "de ‘vraag’ en de ‘kern’")] * 3
            + [("LiberationSerif", "het ‘veld’ en ‘werk’ en ‘zorg’ en ‘mens’ en ‘doel’")] * 8)
    pages = _printed(born, rows, size=10)
    read = [line.text for line in pages[0].lines]
    assert _mended(pages, born, tmp_path) == 0
    assert [line.text for line in pages[0].lines] == read
