"""The fast playa reader gives the same document model as pdfplumber, the reference."""

import dataclasses

import pandas as pd
import pypdfium2
import pytest

from extract.pdf.document import read_document
from extract.pdf.model import READERS, InputError
from extract.pdf.reader import open_pdf
from extract.werkplan.extraction import extract_werkplan
from pipelines.normalise.datasets import build_datasets
from tests.conftest import PDF_2023
from tests.reboxing import Boxing, rebox
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

BOX_TOLERANCE = 0.5  # points
STAFF = [(f"Rol {i}", 50 + i, 10 * i) for i in range(1, 16)]


def _word_differences(where: str, a, b) -> list[str]:
    if (a.text, a.fontname, a.color) != (b.text, b.fontname, b.color):
        return [f"{where}: {a.text!r} {a.fontname} {a.color} against {b.text!r} {b.fontname} {b.color}"]
    off = max(abs(getattr(a, k) - getattr(b, k)) for k in ("x0", "x1", "top", "bottom"))
    if off > BOX_TOLERANCE or abs(a.size - b.size) > 1e-6:
        return [f"{where}: {a.text!r} box off by {off:.3f} pt, size {a.size} against {b.size}"]
    return []


def _close(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= BOX_TOLERANCE for x, y in zip(a, b, strict=False))


def model_differences(reference, other) -> list[str]:
    """Every place where ``other``'s document model differs from ``reference``'s."""
    found = []
    if reference.metadata != other.metadata:
        found.append(f"metadata {reference.metadata} against {other.metadata}")
    if len(reference.pages) != len(other.pages):
        return found + [f"{len(reference.pages)} pages against {len(other.pages)}"]
    for a, b in zip(reference.pages, other.pages, strict=False):
        page = f"page {a.number}"
        if (a.number, a.width, a.height, a.ruled) != (b.number, b.width, b.height, b.ruled):
            found.append(f"{page}: number, size or ruled differ")
        for kind in ("lines", "furniture"):
            lines_a, lines_b = getattr(a, kind), getattr(b, kind)
            if [ln.text for ln in lines_a] != [ln.text for ln in lines_b]:
                found.append(f"{page}: {kind} read as other text")
                continue
            for line_a, line_b in zip(lines_a, lines_b, strict=False):
                for word_a, word_b in zip(line_a.words, line_b.words, strict=False):
                    found += _word_differences(page, word_a, word_b)
        if len(a.rects) != len(b.rects) or any(
            ra.fill != rb.fill or not _close((ra.x0, ra.top, ra.x1, ra.bottom), (rb.x0, rb.top, rb.x1, rb.bottom))
            for ra, rb in zip(a.rects, b.rects, strict=False)
        ):
            found.append(f"{page}: rectangles differ")
        if len(a.h_rules) != len(b.h_rules) or not all(_close(x, y)
                                                       for x, y in zip(a.h_rules, b.h_rules, strict=True)):
            found.append(f"{page}: horizontal rules differ")
    return found


@pytest.fixture(scope="module")
def pdfplumber_2023():
    """The bundled werkplan extracted with the reference reader (the session's run used the default)."""
    return extract_werkplan(PDF_2023, reader="pdfplumber")


def test_playa_reads_the_2023_werkplan_as_pdfplumber_does(extraction_2023, pdfplumber_2023):
    reference, fast = pdfplumber_2023.document, extraction_2023.document
    assert model_differences(reference, fast) == []
    # The comparison sees the content: 123 pages, the budget pages ruled, shaded planning cells.
    assert len(fast.pages) == 123
    assert sum(len(p.lines) for p in fast.pages) > 3000
    assert any(r.fill for p in fast.pages for r in p.rects)
    assert any(p.h_rules for p in fast.pages)


@pytest.fixture(scope="module")
def typesettings(tmp_path_factory):
    """Werkplannen from the factory: a ruled table over a page end, and an unruled one."""
    folder = tmp_path_factory.mktemp("typesettings")
    rows = budget_block([("Verwey-Jonker Instituut", STAFF, 12, 23), ("Movisie", STAFF[:5], 10, 22)], 1234)
    paths = []
    for grid in (True, False):
        path = folder / f"split-{'ruled' if grid else 'unruled'}.pdf"
        build_pdf(path, small_werkplan(2027, [(1, "Wonen", [("1.1", "Huisvesting", rows)])],
                                       {"grid": grid, "repeat_header": grid}, filler=9))
        paths.append(path)
    return paths


def test_playa_reads_the_test_typesettings_as_pdfplumber_does(typesettings):
    """Equal but for one known case: the € of an unembedded Helvetica.

    The core-14 font metrics have no Euro glyph, so pdfminer.six makes it 0 pt
    wide and playa one em (the real width is 0.556 em).  reportlab does not embed
    Helvetica; a werkplan from a word processor embeds its fonts with their widths.
    """
    for path in typesettings:
        reference = read_document(path, reader="pdfplumber")
        fast = read_document(path, reader="playa")
        differences = model_differences(reference, fast)
        assert [d for d in differences if "(€)" not in d] == [], path.name
        assert len(differences) <= 2 * len(reference.pages)  # "Uurtarief (€)", "Bedrag (€)" in each header
        assert len(fast.pages) == 4
    ruled, unruled = (read_document(p) for p in typesettings)
    assert any(p.ruled for p in ruled.pages)
    assert not any(p.ruled for p in unruled.pages)


def test_a_difference_is_found(typesettings):
    """The comparison is not blind: a moved word and a lost rule are reported."""
    reference = read_document(typesettings[0])
    changed = read_document(typesettings[0])
    assert model_differences(reference, changed) == []
    page = next(p for p in changed.pages if p.h_rules)
    page.h_rules.pop()
    line = changed.pages[0].lines[0]
    word = line.words[0]
    line.words[0] = dataclasses.replace(word, top=word.top + 1)
    assert model_differences(reference, changed) == [
        f"page 1: {word.text!r} box off by 1.000 pt, size {word.size} against {word.size}",
        f"page {page.number}: horizontal rules differ",
    ]


def test_an_unknown_reader_is_refused():
    with pytest.raises(ValueError, match="unknown reader 'pdfbox'"):
        read_document(PDF_2023, reader="pdfbox")  # pdfium is the last reader, kept from users by the CLI


@pytest.mark.parametrize("reader", READERS)
def test_a_broken_pdf_is_unreadable_with_either_reader(tmp_path, reader):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(InputError, match=r"kapot\.pdf: unreadable PDF"):
        read_document(path, reader=reader)


def test_both_readers_give_the_same_2023_datasets(extraction_2023, pdfplumber_2023):
    """Every dataset of the bundled werkplan, read by pdfplumber, equals the default reading."""
    fast = build_datasets(extraction_2023).frames
    reference = build_datasets(pdfplumber_2023).frames
    assert sorted(fast) == sorted(reference)
    assert len(fast["budget_lines"]) == 420
    for name, frame in reference.items():
        if "extracted_at" in frame:
            frame, other = frame.drop(columns="extracted_at"), fast[name].drop(columns="extracted_at")
        else:
            other = fast[name]
        pd.testing.assert_frame_equal(other, frame, check_exact=False, atol=1e-6, obj=name)


@pytest.fixture(scope="module")
def text_cases(tmp_path_factory):
    """A page of what the reader computes itself: spacing operators, kerning, rise, scaling (in
    values that round), a multi-byte font, rotated, mirrored and sheared text, a zero and a
    negative font size, text objects that start where the last one ended."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("text-cases") / "text-cases.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdf.setFont("Helvetica", 11)  # /F1 below
    pdf.drawString(40, 820, "Begroting fi € 1.213.178")
    y = 800
    for state in ("0.37 Tc", "4.3 Tw", "-0.61 Tc 3.7 Tw", "93.7 Tz", "51.3 Tz", "-61.3 Tz", "2.9 Ts", "0 Tz",
                  "/F1 0 Tf", "/F1 -9.3 Tf"):
        pdf.addLiteral(f"q BT /F1 10.7 Tf 1 0 0 1 40.3 {y} Tm {state} (Uren en tarieven, kosten per jaar) Tj "
                       "[(Pro) -117.3 (ject) 301.7 ( 1.1) -2000 (Wonen)] TJ ( na) Tj ET Q")
        y -= 16
    for matrix in ("-1 0 0 1 300.1", "1 0 0 -1 40.2", "1 0.2 0 1 40.3", "1 0 0.3 1 40.4", "0.53 0 0 2.1 40.5",
                   "0 1 -1 0 500.6", "0.7071 0.7071 -0.7071 0.7071 300.7"):
        pdf.addLiteral(f"q 1 0 0 1 0.25 -0.5 cm BT /F1 9.7 Tf 1.3 Ts 0.21 Tc {matrix} {y} Tm (Kosten) Tj "
                       "T* [(Tot) -37.1 (aal)] TJ ( per jaar) Tj ET Q")
        y -= 24
    pdf.setFont("HeiseiMin-W3", 12)
    pdf.addLiteral("4.1 Tw")  # applied to code 32 ("?" in Adobe-Japan1): playa spaces CID codes so
    pdf.drawString(40, y, "日本語 ab? 123")
    pdf.showPage()
    pdf.save()
    return path


def test_characters_equal_playas_glyphs_exactly(text_cases, monkeypatch):
    """The characters the reader computes from a text object's strings are playa's glyphs with
    pdfminer.six's boxes to the last bit, and each text object starts where playa's glyphs
    would have left the last one."""
    import playa
    from playa.content import TextObject

    from extract.pdf import reader

    computed_objects = rotated_objects = 0
    with playa.open(text_cases, space="page") as pdf:
        height = pdf.pages[0].height
        for text in pdf.pages[0].flatten(TextObject):
            glyphs = reader._FontGlyphs(text.gstate.font)
            computed = reader._horizontal_chars(text, glyphs, 0, height)
            if computed is None:  # rotated so that a box's corners swap (45°): playa's glyphs
                rotated_objects += 1
            else:
                computed_objects += 1
                assert repr(computed) == repr(reader._glyph_chars(text, glyphs.descent, 0, height))
    assert (computed_objects, rotated_objects) == (50, 3)

    def pages(path):
        with reader.open_pdf(path, "playa", workers=1) as raw:
            return [(p.page.words, p.page.rects, p.page.edges) for p in raw.pages]

    computed = pages(text_cases)
    monkeypatch.setattr(reader, "_horizontal_chars", lambda *args: None)  # every text object through playa's glyphs
    assert repr(computed) == repr(pages(text_cases))
    words = [w["text"] for w in computed[0][0]]
    assert {"Begroting", "fi", "€", "Uren", "Wonen", "Kosten", "Totaal", "日本語"} <= set(words)


def _failing_finish(page):
    raise TypeError("a mistake in the code that models a page")


@pytest.mark.parametrize("reader", READERS)
def test_an_error_in_the_callers_code_is_not_taken_for_a_damaged_file(reader, tmp_path):
    # Only what the parser raises on the file is "unreadable"; the caller's KeyError and the
    # page-modelling function's TypeError come out as they are (a damaged-file message would hide them).
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, small_werkplan(2030, [(1, "Jongeren", [("1.1", "Vaders", budget_block(
        [("Movisie", [("Senior", 95, 10)], 10, 22)], 0))])], filler=12))
    with pytest.raises(KeyError, match="caller"), open_pdf(pdf, reader, workers=2) as raw:
        next(iter(raw.pages))
        raise KeyError("the caller")
    with pytest.raises(TypeError, match="models a page"):
        with open_pdf(pdf, reader, workers=2, finish=_failing_finish) as raw:
            next(iter(raw.pages))


@pytest.mark.parametrize("reader", [*READERS, "pdfium"])
def test_every_reader_says_in_what_order_the_page_draws_its_words(reader):
    # Page 26 of the bundled PDF, the overview of the budget: its header's cells are drawn cell by cell
    # ("Programmaonderdeel (€)", then "Movisie", …), while "Externe" and "Verwey-Jonker", the first
    # lines of higher cells, stand above them on the page.
    with open_pdf(PDF_2023, reader, workers=1) as document:
        page = next(read.page for read in document.pages if read.number == 26)
    drawn = [word["text"] for word in sorted(page.words, key=lambda word: word["content_index"])]
    at = drawn.index("Programmaonderdeel")
    assert drawn[at:at + 5] == ["Programmaonderdeel", "Movisie", "(€)", "Verwey-Jonker", "Instituut"]


@pytest.mark.parametrize("reader", [*READERS, "pdfium"])
def test_every_reader_reads_a_page_boxed_otherwise_as_it_is_shown(reader, tmp_path):
    """A page stored turned (``/Rotate``, its content turned back), in a box from another origin, or with a bleed
    cropped off, shows as the upright one: each reader gives the same words at the same places.  (playa placed the
    words across a page turned a quarter, and with a box from (30, 40) every line 80 pt too low, pdfplumber 80 pt
    too high; pdfium gave no turn.  A look boxed so read 0 of its 292 sections right.)"""
    upright = tmp_path / "werkplan.pdf"
    build_pdf(upright, small_werkplan(2030, [(1, "Jongeren", [("1.1", "Vaders", budget_block(
        [("Movisie", [("Senior", 95, 10)], 10, 22)], 0))])]))
    boxings = [Boxing(), Boxing(turn=90), Boxing(turn=180), Boxing(turn=270), Boxing(across=30, up=40),
               Boxing(across=-25, up=-35, bleed=15), Boxing(turn=90, across=30, up=40, bleed=10)]
    readings = []
    for number, boxing in enumerate(boxings):
        pdf = tmp_path / f"boxed-{number}.pdf"
        rebox(upright, pdf, lambda _, boxing=boxing: boxing)
        with open_pdf(pdf, reader, workers=1) as document:
            page = next(read.page for read in document.pages if read.number == 3)
        readings.append((round(page.width), round(page.height), [(w["text"], w["x0"], w["top"]) for w in page.words]))
    upright = readings[0]
    assert upright[:2] == (595, 842)
    # (pdfium's boxes stand a little higher: it gives no font's descent)
    assert [(text, round(x0, 1)) for text, x0, _ in upright[2][6:9]] == [("Bijlage", 62.0), ("1.", 118.9),
                                                                          ("Uitgewerkte", 136.7)]
    for (width, height, words), boxing in zip(readings[1:], boxings[1:], strict=True):
        assert (width, height) == upright[:2], boxing
        assert [text for text, *_ in words] == [text for text, *_ in upright[2]]
        # the same places, but for pdfium's single precision (149.549 against 149.551)
        assert max(abs(a - b) for (_, *place), (_, *shown) in zip(words, upright[2], strict=True)
                   for a, b in zip(place, shown, strict=True)) < 0.01


@pytest.mark.parametrize("reader", [*READERS, "pdfium"])
def test_every_reader_reads_a_page_without_space_characters_as_the_page_with_them(reader, tmp_path):
    """TeX, and other programs that place each word themselves, draw no space characters: the words stand apart by
    their gaps alone (tests/unspacing.py takes the spaces out of a PDF and leaves their widths).  A line whose
    spaces are set narrow (word spacing -1 pt: a gap of 1.78 pt at 10 pt, 0.178 of the size, as kerning narrows a
    heading's space) was read as one word on such a page; with its spaces, as the words."""
    from reportlab.pdfgen.canvas import Canvas

    from tests.unspacing import unspace

    spaced, unspaced = tmp_path / "spaced.pdf", tmp_path / "unspaced.pdf"
    canvas = Canvas(str(spaced), pagesize=(595, 842))
    text = canvas.beginText(72, 700)
    text.setFont("Helvetica", 10)
    text.textLine("Begroting Onderdeel A: projecten en benutting kennis")
    text.setWordSpace(-1.0)
    text.textLine("Het programma kent negen programmalijnen en 25 projecten.")
    canvas.drawText(text)
    canvas.save()
    assert unspace(spaced, unspaced) == 13
    readings = []
    for pdf in (spaced, unspaced):
        with open_pdf(pdf, reader, workers=1) as document:
            readings.append([(word["text"], round(word["x0"], 2)) for word in next(iter(document.pages)).page.words])
    assert [text for text, _ in readings[1]] == ["Begroting", "Onderdeel", "A:", "projecten", "en", "benutting",
                                                  "kennis", "Het", "programma", "kent", "negen", "programmalijnen",
                                                  "en", "25", "projecten."]
    assert readings[1] == readings[0]
    shown = [pypdfium2.PdfDocument(pdf)[0].render().to_pil().tobytes() for pdf in (spaced, unspaced)]
    assert shown[0] == shown[1]  # the copy shows as the original, bit for bit
