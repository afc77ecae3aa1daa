from pathlib import Path

from extract.pdf.document import read_document
from extract.pdf.glyph_names import SharedName, shared_names, swapped_unread, unswapped
from extract.pdf.model import Page

ASCII = b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
QUOTE_AS_NINE = b"1 beginbfchar <92> <0039> endbfchar\n"


def _pdf(path: Path, content: bytes, maps: list[bytes | None]) -> Path:
    """One page drawing ``content`` with fonts /F1, /F2 … in Helvetica, each with the ToUnicode map of ``maps``
    (its bfrange and bfchar lines; None: no map, the encoding names the codes)."""
    fonts, streams = [], []
    for lines in maps:
        tounicode = b""
        if lines is not None:
            cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
                    b"1 begincodespacerange <00> <FF> endcodespacerange\n" + lines
                    + b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
            streams.append(b"<< /Length %d >>\nstream\n%b\nendstream" % (len(cmap), cmap))
            tounicode = b" /ToUnicode %d 0 R" % (5 + len(maps) + len(streams) - 1)
        fonts.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding%b >>"
                     % tounicode)
    resources = b" ".join(b"/F%d %d 0 R" % (n + 1, 5 + n) for n in range(len(maps)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << %b >> >> /Contents 4 0 R >>"
        % resources,
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(content), content),
        *fonts, *streams,
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


def misnamed_quote_pdf(path: Path) -> Path:
    """"Bedragen in euro’s, sinds 2019." in Helvetica, whose ToUnicode map names the closing quote (WinAnsi code
    0x92) "9", as Ghostscript 10.0's pdfwrite names it over Chromium's PDF ("euro9s")."""
    return _pdf(path, b"BT /F1 12 Tf 72 720 Td (Bedragen in euro\x92s, sinds 2019.) Tj ET", [ASCII + QUOTE_AS_NINE])


def _words(pdf: Path) -> list[str]:
    return [w.text for line in read_document(pdf).lines() for w in line.words]


def test_two_glyphs_a_fonts_map_names_as_one_digit_are_found_with_their_pages(tmp_path):
    document = read_document(misnamed_quote_pdf(tmp_path / "misnamed.pdf"))
    assert [w.text for line in document.lines() for w in line.words] == ["Bedragen", "in", "euro9s,", "sinds",
                                                                         "2019."]
    # The digit 9 (code 0x39) and the quote (0x92), both on page 1: the one on most pages (a tie: the lower code)
    # first.
    assert shared_names(document.pages) == [SharedName("Helvetica", "9", ((0x39, (1,)), (0x92, (1,))))]


def test_fonts_of_one_name_with_other_maps_are_other_fonts(tmp_path):
    # LibreOffice names its subsets alike in every document ("BAAAAA+LiberationSans") and numbers their glyphs
    # as they are first used: two of its documents joined into one (a werkplan with an annex appended) hold two
    # fonts of one name, each naming another code "9".  Each names one glyph so.
    pdf = _pdf(tmp_path / "joined.pdf", b"BT /F1 12 Tf 72 720 Td (sinds 2019) Tj /F2 12 Tf 0 -20 Td (in 20\x921) Tj ET",
               [ASCII, b"1 beginbfrange <20> <38> <0020> endbfrange\n" + QUOTE_AS_NINE])
    document = read_document(pdf)
    assert [w.text for line in document.lines() for w in line.words] == ["sinds", "2019", "in", "2091"]
    assert shared_names(document.pages) == []


def test_a_letter_two_glyphs_are_named_as_on_different_pages_names_the_rarer_ones_pages():
    def page(number: int, *codes: int) -> Page:
        return Page(number, 420, 595, [], glyph_names=frozenset(("F#1", "9", code) for code in codes)
                    | {("F#1", "8", 27), ("G#1", "9", 5)})

    [shared] = shared_names([page(1, 28), page(2, 28, 1828), page(3, 28), page(4, 1828)])
    assert shared == SharedName("F", "9", ((28, (1, 2, 3)), (1828, (2, 4))))
    assert shared.rarer_pages == [2, 4]
    # One glyph per character in each font: nothing ("G"'s 9 is another font's glyph); nor on a page not looked at.
    assert shared_names([page(1, 28), page(2, 28), Page(3, 420, 595, [])]) == []


def test_a_font_read_by_its_encoding_alone_is_left_out(tmp_path):
    # Without a ToUnicode map the encoding's glyph names name the codes: two names of one letter there are the
    # typesetter's ("a.sc" beside "a").
    document = read_document(_pdf(tmp_path / "plain.pdf", b"BT /F1 12 Tf 72 720 Td (euro\x92s 2019) Tj ET", [None]))
    assert [w.text for line in document.lines() for w in line.words] == ["euro’s", "2019"]
    assert shared_names(document.pages) == []


def ligatures_pdf(path: Path) -> Path:
    """"profijtgroepen effectief offline" with the ligatures "fi", "ff" and "ffl", named as Ghostscript's pdfwrite
    names them over LibreOffice's PDF: 6600 6900 ("昀椀"), 6600 6600, and 6600 D200 for "ffl"."""
    ligatures = b"3 beginbfchar <1C> <66006900> <1D> <66006600> <1E> <6600D200> endbfchar\n"
    return _pdf(path, b"BT /F1 12 Tf 72 720 Td (pro\x1cjtgroepen e\x1dectief o\x1eine) Tj ET", [ASCII + ligatures])


def test_a_ligatures_letters_whose_bytes_the_map_swapped_are_read_in_order(tmp_path):
    # LibreOffice look 9347 printed again by Ghostscript read "pro昀椀jtgroepen", "e昀昀ectief", published.  Its "ffl"
    # cannot be read back ("o昀툀ine"): named for review (tests/expectations/verify/test_quality.py).
    assert _words(ligatures_pdf(tmp_path / "ligatures.pdf")) == ["profijtgroepen", "effectief", "o昀툀ine"]
    assert (unswapped("昀椀"), unswapped("ﬁ"), unswapped("一"), unswapped("一二")) == ("fi", "ﬁ", "一", "一二")
    assert [swapped_unread(word) for word in ("o昀툀ine", "profijtgroepen", "一二", "Pokémon", "昀")] == [
        True, False, False, False, False]
