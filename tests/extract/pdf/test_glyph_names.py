from pathlib import Path

from extract.pdf.document import read_document
from extract.pdf.glyph_names import SharedName, shared_names
from extract.pdf.model import Page


def misnamed_quote_pdf(path: Path) -> Path:
    """One page in Helvetica, "Bedragen in euro’s, sinds 2019.", whose ToUnicode map names the closing quote
    (WinAnsi code 0x92) "9", as Ghostscript 10.0's pdfwrite names it over Chromium's PDF ("euro9s")."""
    tounicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
                 b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                 b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
                 b"1 beginbfchar <92> <0039> endbfchar\n"
                 b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    content = b"BT /F1 12 Tf 72 720 Td (Bedragen in euro\x92s, sinds 2019.) Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(content), content),
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(tounicode), tounicode),
    ]
    data, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(data))
    return path


def test_two_glyphs_a_fonts_map_names_as_one_digit_are_found_with_their_pages(tmp_path):
    document = read_document(misnamed_quote_pdf(tmp_path / "misnamed.pdf"))
    assert [w.text for line in document.lines() for w in line.words] == ["Bedragen", "in", "euro9s,", "sinds",
                                                                         "2019."]
    # The digit 9 (code 0x39) and the quote (0x92), both on page 1: the one on most pages (a tie: the lower code)
    # first.
    assert shared_names(document.pages) == [SharedName("Helvetica", "9", ((0x39, (1,)), (0x92, (1,))))]


def test_a_letter_two_glyphs_are_named_as_on_different_pages_names_the_rarer_ones_pages():
    def page(number: int, *codes: int) -> Page:
        return Page(number, 420, 595, [], glyph_names=frozenset(("F", "CIDFont", "9", code) for code in codes)
                    | {("F", "CIDFont", "8", 27), ("G", "CIDFont", "9", 5)})

    [shared] = shared_names([page(1, 28), page(2, 28, 1828), page(3, 28), page(4, 1828)])
    assert shared == SharedName("F", "9", ((28, (1, 2, 3)), (1828, (2, 4))))
    assert shared.rarer_pages == [2, 4]
    # One glyph per character in each font: nothing ("G"'s 9 is another font's glyph).
    assert shared_names([page(1, 28), page(2, 28)]) == []


def test_a_font_read_by_its_encoding_alone_is_left_out(tmp_path):
    # Without a ToUnicode map the encoding's glyph names name the codes: two names of one letter there are the
    # typesetter's ("a.sc" beside "a").
    pdf = misnamed_quote_pdf(tmp_path / "plain.pdf")
    pdf.write_bytes(pdf.read_bytes().replace(b" /ToUnicode 6 0 R", b" " * len(b" /ToUnicode 6 0 R")))
    document = read_document(pdf)
    assert "euro’s," in [w.text for line in document.lines() for w in line.words]
    assert shared_names(document.pages) == []
