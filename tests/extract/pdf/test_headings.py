"""Headings from several cues: a small werkplan whose heading levels each use another cue."""

from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from extract.pdf.document import read_document
from extract.pdf.headings import Heading, body_size, find_headings, levels_of_numbered_roles, numbered_levels
from extract.pdf.model import Document, Line, Page, Word
from extract.werkplan.vocabulary import HeadingWords

# The werkplan's numbering, handed to the PDF layer as its vocabulary hands it in.
NUMBERING = HeadingWords().numbering()


def _ocr_line(text: str, top: float, size: float, x0: float = 57.0) -> Line:
    """A line of an OCR text layer (tesseract's GlyphLessFont), its size the one OCR measured."""
    words, x = [], x0
    for part in text.split():
        words.append(Word(part, x, x + 5 * len(part), top, top + size, "GlyphLessFont", size, (0,)))
        x += 5 * len(part) + 3
    return Line(page=1, words=words)


def _one_page(lines: list[Line]) -> Document:
    return Document(path=Path("scan.pdf"), sha256="", metadata={}, pages=[Page(1, 595, 842, lines)])

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
STYLES = {
    # level 1: larger, not bold, coloured (Word's default)
    1: ParagraphStyle("h1", fontName="Helvetica", fontSize=16, leading=20, textColor=colors.HexColor("#2F5496")),
    # level 2: bold at the body size
    2: ParagraphStyle("h2", fontName="Times-Bold", fontSize=11, leading=14),
    # level 3: italic at the body size, coloured
    3: ParagraphStyle("h3", fontName="Times-Italic", fontSize=11, leading=14, textColor=colors.HexColor("#1F3763")),
    # level 4 (the sub-plans) and 5 (a project's numbered subsections): smaller than the body
    4: ParagraphStyle("h4", fontName="Helvetica-BoldOblique", fontSize=10, leading=13),
    5: ParagraphStyle("h5", fontName="Helvetica-Bold", fontSize=9, leading=12),
}
TEXT = "Een alinea lopende tekst over het project, lang genoeg om een paar regels te vullen. " * 3

OUTLINE = [
    (1, "Inleiding"), (2, "Leeswijzer"), (1, "Bijlage 1. Uitgewerkte projectplannen"),
    (2, "Programmalijn 1. Wonen"), (3, "Project 1.1 Huisvesting"), (5, "1. Vraagstuk"), (5, "2. Doel(en) project"),
    (3, "Project 1.2 Buurten"), (4, "Idee 1: Een verkenning"), (5, "1. Vraagstuk"), (4, "Idee 2: Een monitor"),
    (5, "1. Vraagstuk"), (2, "Programmalijn 2. Werk"), (3, "Project 2.1 Stages"), (5, "1. Vraagstuk"),
]


def _build(path, with_toc: bool):
    story = [Paragraph("Werkplan 2031", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=30, leading=36)),
             PageBreak()]
    if with_toc:
        story.append(Paragraph("Inhoud", STYLES[1]))
        for level, title in OUTLINE:
            if level <= 3:
                story.append(Paragraph(f"{title} {'.' * 30} 3", ParagraphStyle(
                    f"toc{level}", parent=BODY, leftIndent=14 * (level - 1))))
        story.append(PageBreak())
    for level, title in OUTLINE:
        story += [Paragraph(title, STYLES[level]), Paragraph(TEXT, BODY), Paragraph(TEXT, BODY)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    path = tmp_path_factory.mktemp("headings") / "cues.pdf"
    _build(path, with_toc=True)
    return read_document(path)


def test_every_cue_makes_a_heading_at_its_level(document):
    found = [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING) if h.page > 1]
    assert found == [(1, "Inhoud")] + OUTLINE


def test_running_text_and_the_toc_are_no_headings(document):
    texts = {h.text for h in find_headings(document, numbering=NUMBERING)}
    assert not any("alinea" in t or "....." in t for t in texts)


def test_a_heading_over_a_page_end_is_one_heading(headings_over_a_page_end):
    # Chromium look 10000, untagged: "PROGRAMMALIJN 6." / "PROFESSIONALS IN DE" at a page's foot, "(SUPER)DIVERSE" /
    # "SAMENLEVING" at the next page's head were two headings, the first a programmalijn of no title.
    headings = find_headings(read_document(headings_over_a_page_end["plain"]), numbering=NUMBERING)
    assert [(h.text, [line.page for line in h.lines]) for h in headings] == [
        ("PROGRAMMALIJN 6. PROFESSIONALS IN DE (SUPER)DIVERSE SAMENLEVING", [1, 1, 2, 2]),
        ("Project 7.1 Kennisontwikkeling en implementatie", [2, 2])]


FILLER = "Een alinea lopende tekst over het project, lang genoeg om te vullen."


def _pages(path: Path, pages: list[list[tuple[str, float, float, float, str]]]) -> Document:
    """A PDF of A4 pages, each of strings placed as (font, size, x, y, text), a negative x setting its end at -x;
    read."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for placed in pages:
        for font, size, x, y, text in placed:
            canvas.setFont(font, size)
            (canvas.drawRightString(-x, y, text) if x < 0 else canvas.drawString(x, y, text))
        canvas.showPage()
    canvas.save()
    return read_document(path)


def _filler(font: str, size: float, top: float, count: int, pitch: float) -> list[tuple[str, float, float, float, str]]:
    return [(font, size, 57, top - pitch * n, FILLER) for n in range(count)]


def test_a_numbered_title_at_a_pages_foot_does_not_go_on_with_a_line_in_its_print_atop_the_next(tmp_path):
    # A review of the rule above: "Project 1.2 Monitor", bold at the body's size, the last line of a page, went on
    # with the next page's bold table header ("… Monitor Omschrijving Uren Tarief Kosten"): over a page's end
    # only the lines' own wrap counts, not the title's numbering.
    header = [("Times-Bold", 11, x, 780, text) for x, text in
              ((57, "Omschrijving"), (260, "Uren"), (340, "Tarief"), (430, "Kosten"))]
    row = [("Times-Roman", 11, x, 766, text) for x, text in ((57, "Onderzoek"), (260, "120"), (340, "95"),
                                                              (430, "11.400"))]
    document = _pages(tmp_path / "foot.pdf", [
        [("Times-Bold", 11, 57, 780, "Project 1.1 Kennisdossier Roma"), *_filler("Times-Roman", 11, 760, 50, 14),
         ("Times-Bold", 11, 57, 50, "Project 1.2 Monitor")],
        [*header, *row]])
    headings = find_headings(document, numbering=NUMBERING)
    assert ("Project 1.2 Monitor", [1]) in [(h.text, [line.page for line in h.lines]) for h in headings]


def test_a_letter_alone_at_a_pages_right_foot_is_no_heading_nor_part_of_the_next_pages(tmp_path):
    # Chromium look 10031: the "Ï" of "OEKRAÏENSE" in the next page's heading drawn at this page's right foot too,
    # in the heading's print: it was read as a heading filling the measure, going on over the page end ("Ï
    # PROJECT 5.3 …": the project lost), then as a sub-plan "i" of the project above.
    document = _pages(tmp_path / "glyph.pdf", [
        [("Helvetica-Bold", 13, 57, 780, "PROJECT 5.2 WERKEN AAN TAALVAARDIGHEID"),
         *_filler("Helvetica", 9, 760, 60, 11), ("Helvetica-Bold", 13, 530, 60, "Ï")],
        [("Helvetica-Bold", 13, 57, 780, "PROJECT 5.3 VERKENNING PARTICULIERE OPVANG OEKRAÏENSE"),
         ("Helvetica-Bold", 13, 57, 764, "VLUCHTELINGEN"), ("Helvetica", 9, 57, 740, FILLER)]])
    assert [(h.text, h.page) for h in find_headings(document, numbering=NUMBERING)] == [
        ("PROJECT 5.2 WERKEN AAN TAALVAARDIGHEID", 1),
        ("PROJECT 5.3 VERKENNING PARTICULIERE OPVANG OEKRAÏENSE VLUCHTELINGEN", 2)]


def test_a_letter_alone_at_a_pages_foot_is_passed_over_by_a_title_going_on_atop_the_next(tmp_path):
    # A title broken over a page's end, and the "Ï" of its rest drawn at the page's right foot too, where no
    # clipping path hides it (a page cropped: extract.pdf.clipping leaves it alone).  The letter went on the
    # title ("… OPVANG VAN Ï"), or ended it there, its rest a heading of its own.
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "broken.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    canvas.setFont("Helvetica", 9)
    for n in range(60):
        canvas.drawString(57, 780 - 11 * n, "Een alinea lopende tekst over het project, lang genoeg om te vullen.")
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(57, 100, "PROJECT 5.3 VERKENNING PARTICULIERE")
    canvas.drawString(57, 84, "OPVANG VAN")
    canvas.drawString(530, 60, "Ï")
    canvas.showPage()
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(57, 780, "OEKRAÏENSE VLUCHTELINGEN")
    canvas.drawString(57, 764, "IN GEMEENTEN")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(57, 740, "Een alinea lopende tekst over het project.")
    canvas.save()
    headings = find_headings(read_document(pdf), numbering=NUMBERING)
    assert [(h.text, [line.page for line in h.lines]) for h in headings] == [
        ("PROJECT 5.3 VERKENNING PARTICULIERE OPVANG VAN OEKRAÏENSE VLUCHTELINGEN IN GEMEENTEN", [1, 1, 2, 2])]


def test_a_letter_alone_ends_a_title_whose_last_word_a_browser_broke_at_the_margin(tmp_path):
    # Chromium look 10054 broke a word too long for an A5 page's measure at the margin, in 20.6 pt capitals:
    # "ONDERDEEL E." / "PROGRAMMALEIDING EN" / "PROGRAMMAONTWIKKELIN" / "G".  The "G" alone was no heading, so it
    # was read into the section's text, and the title published as "… PROGRAMMAONTWIKKELIN".
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "cut.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    cut = "PROGRAMMAONTWIKKELIN"
    right = 40 + stringWidth(cut, "Helvetica-Bold", 20)  # the measure the cut word fills
    canvas.setFont("Helvetica-Bold", 20)
    for top, text in ((780, "ONDERDEEL E."), (756, "PROGRAMMALEIDING EN"), (732, cut), (708, "G")):
        canvas.drawString(40, top, text)
    canvas.setFont("Helvetica", 9)
    for n in range(6):  # justified text, to the right margin; the word whole in it
        canvas.drawRightString(right, 680 - 11 * n, "Over de programmaontwikkeling en de leiding.")
    canvas.save()
    headings = find_headings(read_document(pdf), numbering=NUMBERING)
    assert [h.text for h in headings] == ["ONDERDEEL E. PROGRAMMALEIDING EN PROGRAMMAONTWIKKELING"]


def test_a_title_goes_on_over_a_page_end_only_from_where_its_lines_begin(tmp_path):
    # The same look: a line in a heading's print at a page's right foot fills the measure, but a title's lines
    # begin where its first does; the next page's heading is a heading of its own.
    document = _pages(tmp_path / "right.pdf", [
        [*_filler("Helvetica", 9, 780, 60, 11), ("Helvetica-Bold", 13, -538, 60, "Samenvatting")],
        [("Helvetica-Bold", 13, 57, 780, "Inleiding op het werkplan"), ("Helvetica", 9, 57, 760, FILLER)]])
    assert [(h.text, h.page) for h in find_headings(document, numbering=NUMBERING)] == [
        ("Samenvatting", 1), ("Inleiding op het werkplan", 2)]


def test_without_a_toc_numbering_and_weight_still_find_the_headings(tmp_path):
    path = tmp_path / "no-toc.pdf"
    _build(path, with_toc=False)
    # the title page aside
    headings = [h for h in find_headings(read_document(path), numbering=NUMBERING) if h.page > 1]
    top = min(h.level for h in headings)
    found = [(h.level - top + 1, h.text) for h in headings]
    # Without the ToC's calibration the styles still differ from the body, and rank by
    # size, then bold before plain before italic.
    assert found == OUTLINE


def test_in_text_of_one_font_a_numbered_line_larger_than_the_body_is_a_heading():
    # An OCR text layer (tesseract's GlyphLessFont): sizes are estimated per line, so the lines of one size are
    # no style to go by.  Project 9.1's page of the bundled PDF as a 300-dpi scan's OCR gives it.
    body = "Discriminatie is een groot probleem in onze samenleving en de aanpak ervan vraagt veel"
    lines = [_ocr_line("Programmalijn 9. Effectief verminderen van discriminatie", 85, 11),
             _ocr_line("Project 9.1 Effectieve aanpak discriminatie", 112, 11), _ocr_line("1. Vraagstuk", 136, 10),
             *[_ocr_line(body, 152 + 13 * i, 9) for i in range(12)],
             _ocr_line("Een zin die net groter gelezen is.", 320, 10.5),
             _ocr_line("1. een opsomming in de tekst", 340, 9)]
    found = find_headings(_one_page(lines), numbering=NUMBERING)
    assert [h.text for h in found] == ["Programmalijn 9. Effectief verminderen van discriminatie",
                                       "Project 9.1 Effectieve aanpak discriminatie", "1. Vraagstuk"]


def test_a_numbered_title_goes_on_on_a_line_of_its_style_that_starts_in_a_capital():
    # A look in small capitals ("ONDERWIJSPROFESSIONALS"), the first line short where a long word wrapped:
    # right under a numbered title, in its style, a line with no number goes on with the title.
    def line(text: str, top: float, size: float, font: str) -> Line:
        words, x = [], 57.0
        for part in text.split():
            words.append(Word(part, x, x + 0.5 * size * len(part), top, top + size, font, size, (0,)))
            x += 0.5 * size * len(part) + 3
        return Line(page=1, words=words)

    body = "Discriminatie is een groot probleem in onze samenleving en de aanpak ervan vraagt veel werk"
    lines = [line("Programmalijn 6. Zorg-, welzijn- en", 85, 14, "Helvetica-Bold"),
             line("Onderwijsprofessionals in de diverse samenleving", 103, 14, "Helvetica-Bold"),
             *[line(body, 125 + 13 * i, 10, "Times-Roman") for i in range(6)],
             line("Programmalijn 7. Voorkomen van polarisatie", 215, 14, "Helvetica-Bold"),
             *[line(body, 237 + 13 * i, 10, "Times-Roman") for i in range(6)]]
    document = Document(path=Path("caps.pdf"), sha256="", metadata={}, pages=[Page(1, 595, 842, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "Programmalijn 6. Zorg-, welzijn- en Onderwijsprofessionals in de diverse samenleving",
        "Programmalijn 7. Voorkomen van polarisatie"]


def _set(text: str, top: float, size: float, font: str, x0: float, width: float, space: float = 0.25) -> Line:
    """``text`` set in ``font`` at ``size`` from ``x0``, each character ``width`` times the size wide, each space
    ``space`` times it."""
    words, x = [], x0
    for part in text.split():
        words.append(Word(part, x, x + width * size * len(part), top, top + size, font, size, (0,)))
        x += width * size * len(part) + space * size
    return Line(page=1, words=words)


def test_a_heading_line_goes_on_when_its_first_word_would_not_have_fit_on_the_line_above():
    # Capitals (text-transform): "ELKAAR VERSTERKENDE" / "ACTIVITEITEN" — the first line is short only
    # because the long word that follows would not fit.  A short heading above another stays apart:
    # "ACTIVITEITEN" after "KORT" would have fit.
    def line(text: str, top: float, size: float, font: str) -> Line:
        return _set(text, top, size, font, x0=45.0, width=0.6)

    body = "De verschillende activiteiten en onderdelen van KIS"  # a column some 310 points wide
    lines = [line("ELKAAR VERSTERKENDE", 100, 18, "Helvetica"), line("ACTIVITEITEN", 122, 18, "Helvetica"),
             *[line(body, 150 + 13 * i, 10, "Times-Roman") for i in range(6)],
             line("KORT", 240, 18, "Helvetica"), line("ACTIVITEITEN", 262, 18, "Helvetica"),
             *[line(body, 290 + 13 * i, 10, "Times-Roman") for i in range(6)]]
    document = Document(path=Path("caps.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "ELKAAR VERSTERKENDE ACTIVITEITEN", "KORT", "ACTIVITEITEN"]


def test_a_first_word_that_would_have_reached_the_margin_within_a_hair_did_not_fit():
    # LibreOffice look 8195 (A5): "Totaal overzichten begroting" / "KIS2023", "KIS2023" 0.4 points short of where
    # the text's lines end after the line above: a word processor keeps a hair's room, and the two lines were
    # two sections.  Here "KIS2023" would end half a point short of the body's right edge.
    body = [_set("De verschillende activiteiten en onderdelen van KIS", top, 10, "Times-Roman", x0=45.0, width=0.6)
            for top in range(150, 228, 13)]
    edge = body[0].x1
    first = _set("TOTAAL OVERZICHTEN", 100, 18, "Helvetica", x0=edge - 0.5 - 75.6 - 4.5 - 188.1, width=0.6)
    second = _set("KIS2023", 122, 18, "Helvetica", x0=45.0, width=0.6)
    assert first.x1 + 4.5 + (second.x1 - second.x0) == pytest.approx(edge - 0.5)
    page = Page(1, 420, 595, [first, second, *body])
    document = Document(path=Path("hair.pdf"), sha256="", metadata={}, pages=[page])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == ["TOTAAL OVERZICHTEN KIS2023"]
    # LibreOffice look 8413 stripped (15.5 pt, bordered): "ONDERDEEL VAN EEN MEERJARIGE" / "PROGRAMMA", which would
    # have ended 2.3 points short (the border's padding took them): two sections, one empty (published).
    space = 0.25 * 15.5
    second = _set("PROGRAMMA", 120, 15.5, "Helvetica", x0=45.0, width=0.5)
    first_width = _set("ONDERDEEL VAN EEN MEERJARIGE", 100, 15.5, "Helvetica", x0=0.0, width=0.5).x1
    first = _set("ONDERDEEL VAN EEN MEERJARIGE", 100, 15.5, "Helvetica", width=0.5,
                 x0=edge - 2.3 - (second.x1 - second.x0) - space - first_width)
    assert first.x1 + space + (second.x1 - second.x0) == pytest.approx(edge - 2.3)
    page = Page(1, 420, 595, [first, second, *body])
    document = Document(path=Path("border.pdf"), sha256="", metadata={}, pages=[page])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == ["ONDERDEEL VAN EEN MEERJARIGE PROGRAMMA"]


def test_a_line_without_a_list_marker_right_under_a_title_with_one_goes_on_with_it():
    # LibreOffice look 8151 (no outline, tags or ToC entry for it): "A. THEMATISCHE EN/OF REGIONALE" /
    # "KENNISATELIERS", whose first word would have fit above by half a point (a border's padding took it), was
    # two sections.  Under a title that starts with its own letter or number, a line of its style with none
    # goes on with it, as under a title numbered as the document's vocabulary numbers.
    def line(text: str, top: float) -> Line:
        return _set(text, top, 18, "Helvetica", x0=45.0, width=0.6)

    body = [_set("De verschillende activiteiten en onderdelen van KIS", top, 10, "Times-Roman", x0=45.0, width=0.6)
            for top in range(150, 228, 13)]
    later = [replace(ln, page=1, words=[replace(w, top=w.top + 160, bottom=w.bottom + 160) for w in ln.words])
             for ln in body]
    lines = [line("A. REGIONALE", 100), line("ATELIERS", 122), *body, line("B. COMMUNITY", 260), *later]
    document = Document(path=Path("marks.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == ["A. REGIONALE ATELIERS", "B. COMMUNITY"]


def test_in_a_monospaced_font_a_heading_line_goes_on_where_its_first_word_and_a_letter_wide_space_would_not_fit():
    # Look 7458 (A5, DejaVu Sans Mono): "Totaal onderdeel A:" / "Projecten en Impact," / "implementatie en
    # netwerken", at 19.3 pt under a body at 11.5 pt whose longest line ends at 385 pt.  "Projecten" would
    # have fit after a proportional font's space, not after this font's, as wide as a letter.
    def line(text: str, top: float, size: float, font: str) -> Line:
        return _set(text, top, size, font, x0=54.0, width=0.6, space=0.6)

    body = "Gedetailleerdere begrotingen op projectniveau en"
    lines = [*[line(body, 300 + 14 * i, 11.5, "DejaVuSansMono") for i in range(6)],
             line("Totaal onderdeel A:", 405.7, 19.3, "DejaVuSansMono-Bold"),
             line("Projecten en Impact,", 429.9, 19.3, "DejaVuSansMono-Bold"),
             line("implementatie en netwerken", 454.0, 19.3, "DejaVuSansMono-Bold"),
             *[line(body, 490 + 14 * i, 11.5, "DejaVuSansMono") for i in range(6)]]
    document = Document(path=Path("mono.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "Totaal onderdeel A: Projecten en Impact, implementatie en netwerken"]


def test_a_title_wrapped_before_its_year_goes_on_on_a_line_of_figures_in_its_style():
    # A look of the 2023 text on A5, headings at 20.5 pt: "Totstandkoming werkplan" / "2023".  A line of
    # figures alone is no heading, but in the title's style right under it, it is the title's last word.
    def line(text: str, top: float, size: float, font: str) -> Line:
        return _set(text, top, size, font, x0=34.0, width=0.6)

    body = "In het werkplan 2023 wordt voortgebouwd op het KIS"
    lines = [line("Totstandkoming werkplan", 358, 20.5, "DejaVuSerif-Italic"),
             line("2023", 384, 20.5, "DejaVuSerif-Italic"),
             *[line(body, 413 + 14 * i, 11.5, "LiberationSans") for i in range(6)],
             line("Leeswijzer", 520, 20.5, "DejaVuSerif-Italic"),
             *[line(body, 550 + 14 * i, 11.5, "LiberationSans") for i in range(6)],
             line("2023", 640, 11.5, "LiberationSans")]  # figures in the body's style: text
    document = Document(path=Path("a5.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "Totstandkoming werkplan 2023", "Leeswijzer"]


def test_in_text_of_one_font_a_heading_is_told_by_its_place_not_its_measured_size():
    # Project 1.1's and 4.1's pages of the bundled PDF as a 300-dpi scan's OCR measures them: "1. Vraagstuk"
    # at the body's size, set off by a blank line above; a planning's months row at a heading's size, but
    # inside the table; a planning row whose shading OCR read as letters ("Activiteit 3 LT nn"), measured
    # 16 pt tall and overlapping the rows around it.
    body = "Ouders en andere informele opvoeders spelen een belangrijke rol, samen met pedagogische"
    lines = [_ocr_line("Programmalijn 1. Opvoeding en ontwikkeling jongeren", 85, 11),
             _ocr_line("Project 1.1: Een stevige identiteit ontwikkelen", 112, 11),
             _ocr_line("1. Vraagstuk", 137, 9), *[_ocr_line(body, 152 + 13.4 * i, 9) for i in range(10)],
             _ocr_line("2. Doel(en) project", 300, 9), *[_ocr_line(body, 315 + 13.4 * i, 9) for i in range(3)],
             _ocr_line("Onderdeel van een meerjarige programma", 370, 11), _ocr_line(body, 386, 9),
             _ocr_line("Jan. Feb. Mrt. Apr. Mei. Jun. Jul. Aug. Sep. Okt. Nov. Dec.", 420, 11, x0=219),
             _ocr_line("Activiteit 2 mi", 435.2, 8), _ocr_line("Activiteit 3 LT nn", 441.6, 16),
             _ocr_line("Activiteit 4", 458.2, 8),
             _ocr_line(body, 480, 9), _ocr_line("Project 1.2: Identity Project", 510, 11), _ocr_line(body, 526, 9)]
    found = find_headings(_one_page(lines), numbering=NUMBERING)
    assert [h.text for h in found] == ["Programmalijn 1. Opvoeding en ontwikkeling jongeren",
                                       "Project 1.1: Een stevige identiteit ontwikkelen", "1. Vraagstuk",
                                       "2. Doel(en) project", "Onderdeel van een meerjarige programma",
                                       "Project 1.2: Identity Project"]


def test_in_text_of_one_font_a_lists_letter_read_on_a_line_of_its_own_is_no_heading():
    # Onderdeel C's list "a. Kennisateliers." ... "h. Handreiking terminologie." in the bundled PDF's 300-dpi
    # scan: OCR read the letter "d." as "a" on a line of its own, measured 9.8 pt against the body's 9, at
    # the list's left edge; it became a section titled "a" holding the list's next items.
    body = "Het onderdeel Verbinding, signalering en netwerkontwikkeling bestaat in 2023 uit de volgende"
    lines = [_ocr_line("Onderdeel C: Verbinding, signalering en netwerkontwikkeling", 85, 14),
             *[_ocr_line(body, 110 + 13.4 * i, 9) for i in range(8)],
             _ocr_line("Activiteiten", 230, 11), _ocr_line(body, 250, 9),
             _ocr_line("Kennisateliers.", 270, 8, x0=78), _ocr_line("s Raad van advies.", 290, 9, x0=51),
             _ocr_line("a", 300, 9.8, x0=51), _ocr_line("am Leerstoel KIS.", 310, 9, x0=51),
             _ocr_line("Handreiking terminologie.", 330, 9, x0=78), _ocr_line("Jaarbijeenkomst", 360, 11),
             *[_ocr_line(body, 380 + 13.4 * i, 9) for i in range(4)],
             # Headings measured at 10 pt elsewhere make that size a heading size.
             _ocr_line("Project 1.1: Een stevige identiteit ontwikkelen", 450, 10), _ocr_line(body, 466, 9),
             _ocr_line("Project 1.2: Identity Project", 490, 10), _ocr_line(body, 506, 9)]
    found = find_headings(_one_page(lines), numbering=NUMBERING)
    assert [h.text for h in found] == ["Onderdeel C: Verbinding, signalering en netwerkontwikkeling",
                                       "Activiteiten", "Jaarbijeenkomst",
                                       "Project 1.1: Een stevige identiteit ontwikkelen",
                                       "Project 1.2: Identity Project"]


def test_in_text_of_one_font_sizes_a_point_apart_share_the_levels_the_toc_gave():
    # The bundled PDF's 300-dpi scan: OCR measured Onderdeel C's lettered headings at 11 pt and the unnumbered
    # "Elkaar versterkende activiteiten" after them, of their level, at 10, the size it measured two of the
    # ToC's level-3 headings at; that size's level made it a subsection of "h. Handreiking terminologie".
    def page(number: int, lines: list[tuple[str, float, float]]) -> Page:
        return Page(number, 595, 842, [Line(page=number, words=_ocr_line(text, top, size, x0).words)
                                       for text, top, size, x0 in lines])

    body = "De verschillende activiteiten en onderdelen van KIS dienen niet als losstaande elementen te"
    toc = [("Onderdeel C: Verbinding en signalering", 57), ("Jaarbijeenkomst", 67), ("a. Kennisateliers", 67),
           ("h. Handreiking terminologie", 67), ("Onderdeel D: Communicatie", 57), ("Programmalijn 1. Opvoeding", 67),
           ("Vaders in beeld", 77), ("Identiteit op school", 77), ("Jongeren online", 77)]
    contents = [("Inhoud", 60, 14, 57)] + [(f"{title} {'.' * 30} 2", 100 + 20 * i, 9, x0)
                                          for i, (title, x0) in enumerate(toc)]
    text, top = [], 60.0
    sizes = [14, 11, 11, 11, None, 14, 11, 10, 10, 11]
    for title, size in zip([t for t, _ in toc[:4]] + ["Elkaar versterkende activiteiten"]
                           + [t for t, _ in toc[4:]], sizes[:4] + [10] + sizes[5:], strict=True):
        text.append((title, top, size, 57))
        text += [(body, top + size + 6 + 13.4 * i, 9, 57) for i in range(3)]
        top += size + 60
    document = Document(path=Path("scan.pdf"), sha256="", metadata={},
                        pages=[page(1, contents), page(2, text)])
    found = [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING) if h.text != "Inhoud"]
    assert found == [(1, "Onderdeel C: Verbinding en signalering"), (2, "Jaarbijeenkomst"), (2, "a. Kennisateliers"),
                     (2, "h. Handreiking terminologie"), (2, "Elkaar versterkende activiteiten"),
                     (1, "Onderdeel D: Communicatie"), (2, "Programmalijn 1. Opvoeding"), (3, "Vaders in beeld"),
                     (3, "Identiteit op school"), (3, "Jongeren online")]


@pytest.mark.parametrize("numbered", [("4. Doelgroep", "5. Samenwerking"), ("4. doelgroep", "5. samenwerking")])
def test_a_bold_label_inside_a_numbered_section_is_its_text_not_a_heading(numbered):
    # No table of contents, no outline, no tags: Onderdeel C's "Jaarbijeenkomst" and Project 2.1's labels
    # "Primaire doelgroepen:" and "Profijtgroep:" all set bold at the body's size, each on a line of its own
    # with body text right after (the 2023 text, as the random looks set it).  Only standing alone sets
    # them apart; inside the numbered section "4. Doelgroep" the labels are its text, while outside a
    # numbered section such a line heads what follows.  In small capitals (look 7600) the numbered sections'
    # text reads "4. doelgroep" (the small letters' codes): they open a numbered section all the same.
    def line(text: str, top: float, size: float, font: str) -> Line:
        return _set(text, top, size, font, x0=57.0, width=0.5)

    body = "De doelgroep van dit project is tweeledig en bestaat uit een primaire doelgroep en een"
    lines, top = [], 60.0
    for text, size, font in [
            ("Onderdeel C: Verbinding, signalering en netwerkontwikkeling", 16, "Helvetica-Bold"),
            (body, 10, "Times-Roman"), ("Jaarbijeenkomst", 10, "Times-Bold"), (body, 10, "Times-Roman"),
            (body, 10, "Times-Roman"), ("Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw", 14,
                                        "Helvetica-Bold"),
            (numbered[0], 11, "Helvetica-Bold"), (body, 10, "Times-Roman"),
            ("Primaire doelgroepen:", 10, "Times-Bold"),
            ("• Professionals in wijkteams (zoals jongerenwerkers), opvoedondersteuning en", 10, "Times-Roman"),
            ("Profijtgroep:", 10, "Times-Bold"),
            ("• (Jonge) Vrouwen, LHBTI’s met een migratie- of vluchtachtergrond.", 10, "Times-Roman"),
            (numbered[1], 11, "Helvetica-Bold"), (body, 10, "Times-Roman"), (body, 10, "Times-Roman")]:
        top += 8 if size == 10 else 20
        lines.append(line(text, top, size, font))
        top += size
    document = Document(path=Path("labels.pdf"), sha256="", metadata={}, pages=[Page(1, 595, 842, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "Onderdeel C: Verbinding, signalering en netwerkontwikkeling", "Jaarbijeenkomst",
        "Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw", *numbered]


def test_in_ocr_text_the_numbering_gives_units_and_chapters_one_level_each():
    # The 200-dpi scan of project plans 5.2 and 9.1 as OCR measured their headings: "Project 5.2" 11 pt,
    # "Programmalijn 9." 11 pt, "Project 9.1" and its "1. Vraagstuk" both 10 pt.  The units take one level,
    # the chapter the level above, and a unit's numbered sections two below it (as numbered_levels sets).
    def heading(text: str, level: int) -> Heading:
        return Heading(text=text, level=level, size=0.0, page=1, top=0.0, lines=[])

    headings = [heading("De uitsplitsing van de uren en bedragen naar functieniveau is als volgt.", 3),
                heading("Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten", 4),
                heading("1. Vraagstuk", 5),
                heading("Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme", 4),
                heading("Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau", 5),
                heading("1. Vraagstuk", 5)]
    levels_of_numbered_roles(headings, NUMBERING)
    numbered_levels(headings, NUMBERING)
    assert [h.level for h in headings] == [3, 4, 6, 3, 4, 6]


def test_units_at_the_top_level_leave_chapters_at_the_top_level_too():
    # No level 0: OCR measured "Project 1.1" as large as the largest headings.
    headings = [Heading(text=text, level=1, size=0.0, page=1, top=0.0, lines=[]) for text in (
        "Programmalijn 1. Opvoeding en ontwikkeling jongeren", "Project 1.1 Een stevige basis")]
    levels_of_numbered_roles(headings, NUMBERING)
    assert [h.level for h in headings] == [1, 1]


# A bold small-capitals font as WeasyPrint names it: its letters print as capitals at 0.77 of the heading's
# size, and its text layer gives each letter the case the font's map names for the glyph both cases share.
SMALL_CAPS = "PJPQDX+Liberation-Sans-Bold-Small-Caps"
# Project 1.1's numbered sections as a look's small capitals print them (look 7438).
SMALL_CAPS_SECTIONS = ["1. Vraagstuk", "2. Doel(en) project", "3. relatie tot programmalijn", "5. samenwerking",
                       "6. actiViteiten / plan Van aanpak"]


def test_numbered_sections_in_small_capitals_are_headings_whatever_case_their_text_layer_gives():
    # A table of contents calibrates the bijlage's, programmalijn's and project's styles, so lines standing
    # alone are no cue; the sections' small capitals (9.8 pt, under the 11 pt body) are a heading style by
    # their numbering only, which the text layer's case hid from the capital cue in 3 lines of 5.
    def line(text: str, page: int, top: float, size: float, font: str, x0: float = 57.0) -> Line:
        return Line(page=page, words=_set(text, top, size, font, x0, width=0.5).words)

    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    toc = [("Bijlage 1. Uitgewerkte projectplannen", 57.0), ("Programmalijn 1. Opvoeding en jongeren", 67.0),
           ("Project 1.1: Een stevige identiteit", 77.0), ("Project 1.2: Identity project", 77.0)]
    contents = [line("Inhoud", 1, 60, 22, "Helvetica-BoldOblique")] + [
        line(f"{title} {'.' * 20} 2", 1, 100 + 20 * i, 11, "Helvetica", x0) for i, (title, x0) in enumerate(toc)]
    sections = [(s, 9.8, SMALL_CAPS) for s in SMALL_CAPS_SECTIONS]
    text, top = [], 60.0
    for title, size, font in [(toc[0][0], 22, "Helvetica-BoldOblique"), (toc[1][0], 20, "Helvetica-Bold"),
                              (toc[2][0], 18, "Helvetica-Oblique"), *sections,
                              (toc[3][0], 18, "Helvetica-Oblique"), *sections]:
        text.append(line(title, 2, top, size, font))
        text += [line(body, 2, top + size + 10 + 14 * i, 11, "Helvetica") for i in range(2)]
        top += size + 50
    # One long page: page breaks play no part here.
    pages = [Page(1, 595, 842, contents), Page(2, 595, top + 60, text)]
    document = Document(path=Path("small-caps.pdf"), sha256="", metadata={}, pages=pages)
    found = [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING) if h.text != "Inhoud"]
    assert found == [(1, toc[0][0]), (2, toc[1][0]), (3, toc[2][0]), *[(5, s) for s in SMALL_CAPS_SECTIONS],
                     (3, toc[3][0]), *[(5, s) for s in SMALL_CAPS_SECTIONS]]


def test_an_outline_nesting_small_capital_sections_under_a_project_has_them_two_below_it():
    # The outline of look 7438 puts a project's sections one below it; the numbering says two below.
    def heading(text: str, level: int, font: str) -> Heading:
        return Heading(text=text, level=level, size=0.0, page=1, top=0.0, lines=[_set(text, 0, 10, font, 57, 0.5)])

    headings = [heading("Project 1.1: Een stevige identiteit", 3, "Helvetica-Oblique"),
                *[heading(s, 4, SMALL_CAPS) for s in SMALL_CAPS_SECTIONS],
                heading("3. relatie tot programmalijn", 4, "Helvetica")]  # a case the font gives: text as typed
    numbered_levels(headings, NUMBERING)
    assert [h.level for h in headings] == [3, 5, 5, 5, 5, 5, 4]


def test_typography_gives_a_units_sub_plans_and_sections_the_levels_their_numbering_says():
    # Look 7444 without a table of contents: its styles rank by size, and the title page's "Verwey-Jonker
    # Instituut en Movisie" (bold, 10.5 pt) ranks between the projects (14 pt) and their sub-plans (10 pt).
    # The outline has no such level between them: 79 headings disagreed by one level with the outline.
    from extract.pdf.heading_sources import TYPOGRAPHY, read_headings

    def line(text: str, top: float, size: float, font: str) -> Line:
        return _set(text, top, size, font, x0=57.0, width=0.5)

    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    lines, top = [], 60.0
    for text, size, font in [("Verwey-Jonker Instituut en Movisie", 10.5, "Helvetica-Bold"),
                             ("Project 4.1 Aanpak stagediscriminatie", 14, "Helvetica-Bold"),
                             ("Idee 1: Benchmark op mbo-scholen", 10, "Helvetica-Oblique"),
                             ("1. Vraagstuk", 8, "Helvetica-BoldOblique"),
                             ("2. Doel(en) project", 8, "Helvetica-BoldOblique"),
                             ("Idee 2: Actieonderzoek onder studenten", 10, "Helvetica-Oblique"),
                             ("1. Vraagstuk", 8, "Helvetica-BoldOblique")]:
        lines.append(line(text, top, size, font))
        lines += [line(body, top + size + 10 + 12 * i, 9, "Times-Roman") for i in range(2)]
        top += size + 50
    document = Document(path=Path("ranks.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 60, lines)])
    reading = read_headings(document, numbering=NUMBERING)
    assert reading.source == TYPOGRAPHY
    assert [h.level for h in reading.headings] == [2, 1, 2, 3, 3, 2, 3]


def test_a_sub_plan_set_larger_than_its_project_stays_inside_it():
    # Look 7606 (no ToC) set its sub-plans ("Idee 1", bold 12.5 pt) larger than its projects (small capitals,
    # italic 10.5 pt): ranked by size they stood above project 4.1 and closed it, and the sections after them
    # fell out of the project.
    def heading(text: str, level: int) -> Heading:
        return Heading(text=text, level=level, size=0.0, page=1, top=0.0, lines=[_set(text, 0, 10, "Courier", 57, 0.6)])

    headings = [heading("Programmalijn 4. Gelijke kansen op de arbeidsmarkt", 4),
                heading("Project 4.1 Aanpak stagediscriminatie", 7),
                heading("Idee 1: Benchmark anti-stagediscriminatiebeleid op mbo-scholen", 5),
                heading("1. Vraagstuk", 8),
                heading("Idee 2: Actieonderzoek onder studenten tegen stagediscriminatie", 5),
                heading("1. Vraagstuk", 8),
                heading("Project 4.2 Mkb ondersteunen", 7),
                heading("Programmalijn 5. Gelijke kansen voor nieuwkomers", 4)]
    numbered_levels(headings, NUMBERING)
    assert [h.level for h in headings] == [4, 7, 8, 9, 8, 9, 7, 4]


def _row(cells: list[str], top: float, size: float, font: str) -> Line:
    """A table row: each cell set from its own column, 130 points apart."""
    words = []
    for column, cell in enumerate(cells):
        words += _set(cell, top, size, font, 57 + 130 * column, 0.5).words
    return Line(page=1, words=words)


def test_the_body_size_is_the_paragraphs_even_where_tables_carry_more_characters():
    # The command line's PDF whose headings are set as body text (10 pt, numbered "Programmalijn 1. …") and
    # whose budget tables, a point smaller, carry more characters than its paragraphs: counting every line,
    # the body was 9 pt, the paragraphs a style larger than the body with numbered lines, and every
    # paragraph a heading.
    paragraph = "Dit werkplan beschrijft de activiteiten van het komende jaar voor het programma"
    row = ["Verwey-Jonker Instituut", "Senior onderzoeker", "114", "50", "5.700"]
    lines, top = [], 60.0
    for number in (1, 2, 3):
        lines.append(_set(f"Programmalijn {number}. Opvoeding en ontwikkeling", top, 10, "Helvetica", 57, 0.5))
        lines += [_set(paragraph, top + 14 * (1 + i), 10, "Helvetica", 57, 0.5) for i in range(2)]
        lines += [_row(row, top + 48 + 14 * i, 9, "Helvetica") for i in range(8)]
        top += 48 + 14 * 8 + 20
    document = Document(path=Path("plain.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 60, lines)])
    assert body_size(document) == 10
    assert find_headings(document, numbering=NUMBERING) == []


def test_a_style_set_larger_than_the_body_with_lines_numbered_like_headings_is_a_heading_style():
    # Look 7601 stripped (no ToC, outline or tags): its second level is set 1.24 times the body, not bold, and
    # fewer than half its lines are numbered ("Programmalijn 3. …" beside "Leeswijzer", "a. KIS-community"):
    # none of them was a heading, and every project lost its programmalijn.
    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    # Most of them run wider than a heading standing alone does: no more than two stand alone.
    titles = ["Leeswijzer", "Onderdeel van meerjarenprogramma met ruimte voor flexibiliteit",
              "Programmalijn 1. Opvoeding en ontwikkeling jongeren", "Activiteiten",
              "Programmalijn 2. Emancipatie en zelfbeschikking", "a. Thematische en/of regionale kennisateliers",
              "Totaal Impact implementatie en netwerken van de negen"]
    lines, top = [], 60.0
    for title in titles:
        lines.append(_set(title, top, 14.5, "DejaVuSans", 57, 0.5))
        lines += [_set(body, top + 24 + 14 * i, 11.5, "DejaVuSerif", 57, 0.42) for i in range(3)]
        top += 90
    document = Document(path=Path("larger.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 60, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == titles


def _chapters_document(sections: list[list[str]], chapter: tuple[float, str], section: tuple[float, str],
                       body: tuple[float, str]) -> Document:
    """Three pages, each a chapter's title at its head and two sections, four lines of text before each section's
    title; ``chapter``, ``section`` and ``body``: (size, font) of each."""
    text = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    chapters = ["Inleiding", "Onderdeel A: Ontwikkeling en benutting van kennis", "Onderdeel B: Portaalfunctie"]
    pages = []
    for number, (title, titles) in enumerate(zip(chapters, sections, strict=True), start=1):
        lines, top = [_set(title, 60, *chapter, 57, 0.5)], 100.0
        for section_title in titles:
            lines += [_set(text, top + 14 * i, *body, 57, 0.42) for i in range(4)]
            lines.append(_set(section_title, top + 80, *section, 57, 0.5))
            top += 120
        for line in lines:
            line.page = number
        pages.append(Page(number, 595, 842, lines))
    return Document(path=Path("chapters.pdf"), sha256="", metadata={}, pages=pages)


def test_of_two_heading_styles_of_one_size_the_one_opening_pages_ranks_higher():
    # Look 7764 stripped (no ToC, outline or tags) set its chapters in plain italic at 1.74 times the body and
    # its sections in bold italic at 1.73 times, both 20 pt: bold ranked the sections above the chapters, and
    # the chapters ("Onderdeel A: …", each opening a page) lost every section, 1 of 291 read.
    document = _chapters_document([["Leeswijzer", "Totstandkoming"], ["Projecten 2023", "Activiteiten"],
                                   ["Jaarbijeenkomst", "KIS-community"]],
                                  chapter=(20, "LiberationSans-Italic"), section=(20, "LiberationSans-BoldItalic"),
                                  body=(11.5, "DejaVuSerif"))
    headings = find_headings(document, numbering=NUMBERING)
    assert [(h.text, h.level) for h in headings] == [
        ("Inleiding", 1), ("Leeswijzer", 2), ("Totstandkoming", 2),
        ("Onderdeel A: Ontwikkeling en benutting van kennis", 1), ("Projecten 2023", 2), ("Activiteiten", 2),
        ("Onderdeel B: Portaalfunctie", 1), ("Jaarbijeenkomst", 2), ("KIS-community", 2)]


def test_of_one_style_headings_in_capitals_are_a_level_of_their_own():
    # LibreOffice look 8282 stripped (a plain ToC it could not read, no outline or tags) set its chapters and
    # their sections both 19 pt bold italic teal, the sections in capitals: every section was read as a chapter.
    def document(sections: list[list[str]], chapter_size: float) -> Document:
        return _chapters_document(sections, chapter=(chapter_size, "LiberationSans-BoldItalic"),
                                  section=(19, "LiberationSans-BoldItalic"), body=(11, "LiberationSans"))

    headings = find_headings(document([["LEESWIJZER", "TOTSTANDKOMING"], ["PROJECTEN 2023", "ACTIVITEITEN"],
                                       ["JAARBIJEENKOMST", "KIS-COMMUNITY"]], 19), numbering=NUMBERING)
    assert [(h.text, h.level) for h in headings] == [
        ("Inleiding", 1), ("LEESWIJZER", 2), ("TOTSTANDKOMING", 2),
        ("Onderdeel A: Ontwikkeling en benutting van kennis", 1), ("PROJECTEN 2023", 2), ("ACTIVITEITEN", 2),
        ("Onderdeel B: Portaalfunctie", 1), ("JAARBIJEENKOMST", 2), ("KIS-COMMUNITY", 2)]
    # One title in capitals among its peers (an acronym typed so) is no level of its own.
    headings = find_headings(document([["Leeswijzer", "Totstandkoming"], ["Projecten 2023", "KIS"],
                                       ["Jaarbijeenkomst", "Community"]], 24), numbering=NUMBERING)
    assert [h.level for h in headings] == [1, 2, 2, 1, 2, 2, 1, 2, 2]


def test_a_numbering_alone_at_a_titles_end_closes_it_and_one_whose_title_follows_opens_a_heading():
    # Held-out look 7925 (A5, two columns, budget headings in capitals at 17.1 pt): "TOTAAL PROJECTEN" /
    # "ONDERDEEL A" over Onderdeel A's projects table.  The second line, numbered like a part, was read as
    # a heading of its own: the table went to a section "onderdeel-a" (two tables under one scope, 16
    # budget lines misfiled).  "PROGRAMMALIJN 6." alone, its title on the lines under it, still opens one.
    def line(text: str, top: float, size: float, font: str) -> Line:
        return _set(text, top, size, font, x0=45.7, width=0.6)

    body = "Gedetailleerdere begrotingen op projectniveau van"
    lines = [line("TOTAAL PROJECTEN", 54.7, 17.1, "DejaVuSerif-Bold"), line("ONDERDEEL A", 76.0, 17.1,
                                                                              "DejaVuSerif-Bold"),
             *[line(body, 110 + 13.6 * i, 10.5, "DejaVuSerif") for i in range(6)],
             line("PROGRAMMALIJN 6.", 220.0, 17.1, "DejaVuSerif-Bold"),
             line("PROFESSIONALS IN DE", 241.3, 17.1, "DejaVuSerif-Bold"),
             *[line(body, 275 + 13.6 * i, 10.5, "DejaVuSerif") for i in range(6)]]
    document = Document(path=Path("caps.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "TOTAAL PROJECTEN ONDERDEEL A", "PROGRAMMALIJN 6. PROFESSIONALS IN DE"]


def test_a_chapter_set_plain_at_its_projects_size_still_holds_them_as_the_numbering_says():
    # Look 7904 stripped (no ToC, outline or tags) set "Programmalijn 1. …" plain at 14.6 pt and "Project 1.1 …"
    # bold at 14.5 pt, one size to a style: bold ranked the projects above the programmalijnen, every
    # programmalijn ended up inside the project before it and 9 of 291 sections were read.
    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    titles = [("Programmalijn 1. Opvoeding en ontwikkeling jongeren", "DejaVuSerif"),
              ("Project 1.1 Een stevige identiteit ontwikkelen", "DejaVuSerif-Bold"),
              ("Project 1.2 Identity", "DejaVuSerif-Bold"),
              ("Programmalijn 2. Emancipatie en zelfbeschikking", "DejaVuSerif"),
              ("Project 2.1 Borging van ontwikkelde toolkits", "DejaVuSerif-Bold")]
    lines, top = [], 60.0
    for title, font in titles:
        lines.append(_set(title, top, 14.5, font, 57, 0.5))
        lines += [_set(body, top + 24 + 12 * i, 10, "DejaVuSerif", 57, 0.42) for i in range(3)]
        top += 80
    document = Document(path=Path("chapters.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 60, lines)])
    assert [(h.text, h.level) for h in find_headings(document, numbering=NUMBERING)] == [
        ("Programmalijn 1. Opvoeding en ontwikkeling jongeren", 1),
        ("Project 1.1 Een stevige identiteit ontwikkelen", 2), ("Project 1.2 Identity", 2),
        ("Programmalijn 2. Emancipatie en zelfbeschikking", 1), ("Project 2.1 Borging van ontwikkelde toolkits", 2)]


def test_a_label_in_the_style_of_a_projects_numbered_sections_is_their_text():
    # Look 7892 stripped set a project's sections ("1. VRAAGSTUK") in bold at the body size, as it set its
    # paragraphs' labels ("Het lesprogramma: Identity Project"): the style was a heading style for its numbered
    # lines, each label a heading too, and as a sub-plan it took the project's later sections (259 of 292 read).
    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    titles = [("Project 1.2: Identity Project", 14), ("1. VRAAGSTUK", 10), ("Het lesprogramma: Identity Project", 10),
              ("2. DOEL(EN) PROJECT", 10), ("3. RELATIE TOT PROGRAMMALIJN", 10)]
    lines, top = [], 60.0
    for title, size in titles:
        lines.append(_set(title, top, size, "LiberationSans-Bold", 57, 0.5))
        lines += [_set(body, top + 20 + 12 * i, 10, "LiberationSans", 57, 0.42) for i in range(3)]
        top += 70
    document = Document(path=Path("labels.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 60, lines)])
    assert [(h.text, h.level) for h in find_headings(document, numbering=NUMBERING)] == [
        ("Project 1.2: Identity Project", 1), ("1. VRAAGSTUK", 2), ("2. DOEL(EN) PROJECT", 2),
        ("3. RELATIE TOT PROGRAMMALIJN", 2)]


def test_a_tables_header_in_the_print_of_a_projects_numbered_sections_is_no_heading():
    # Chromium look 10107 stripped (no outline, no tags) set a project's sections ("8. BEGROTING") bold at 9 pt
    # and its tables' headers so too: each header was a section, "8. BEGROTING" and the header right under it one
    # title, and the overview's header of three lines ("Externe" over "Movisie  Verwey-Jonker  projectkosten /"
    # over its cells' last words) a section of its own.  A line of cells apart is a table's row, and lines in
    # its print right above one are its header's upper lines.
    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    bold = "LiberationSans-Bold"
    titles = ["1. VRAAGSTUK", "2. DOEL(EN) PROJECT", "3. RELATIE TOT PROGRAMMALIJN", "4. DOELGROEP", "5. SAMENWERKING",
              "6. ACTIVITEITEN", "7. RESULTATEN"]
    lines, top = [], 60.0
    for title in titles:
        lines.append(_set(title, top, 9, bold, 57, 0.55))
        lines += [_set(body, top + 16 + 12 * i, 10, "LiberationSans", 57, 0.42) for i in range(3)]
        top += 70
    lines += [_set("8. BEGROTING", top, 9, bold, 57, 0.55),
              _row(["Organisatie", "Rol", "Uren", "Totaal (€)"], top + 12, 9, bold)]
    lines += [_row(["Movisie", "Senior", "36", "3.420"], top + 24 + 12 * i, 9, "LiberationSans") for i in range(3)]
    top += 80
    lines.append(_set("Totaal overzichten begroting KIS2023", top, 18, "LiberationSans-Italic", 57, 0.5))
    top += 30
    lines += [_set("Externe", top, 9, bold, 447, 0.55), _set("Movisie Verwey-Jonker", top + 11, 9, bold, 187, 0.55),
              _row(["Programmaonderdeel", "(€)", "Instituut (€)", "Totaal (€)"], top + 22, 9, bold)]
    lines += [_row(["A Ontwikkeling", "512.693", "610.964", "1.213.178"], top + 34 + 12 * i, 9, "LiberationSans")
              for i in range(3)]
    document = Document(path=Path("headers.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 120, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        *titles, "8. BEGROTING", "Totaal overzichten begroting KIS2023"]


def test_a_title_over_a_table_in_its_print_and_a_numbered_title_with_its_parts_apart_stay_headings():
    # A review's cases: a title standing right over a table whose header is set in its print begins where the
    # table does, not over its later cells; and a numbered title may set its parts apart ("Project 2.1", its name,
    # its amount), as a table's row does.
    body = "Ouders en andere informele opvoeders spelen een belangrijke rol bij het gezond opgroeien"
    bold = "Arial-BoldMT"
    titles = ["Vraagstuk", "Doelen", "Doelgroep", "Samenwerking", "Activiteiten", "Resultaten"]
    lines, top = [], 60.0
    for title in titles:
        lines.append(_set(title, top, 11, bold, 57, 0.55))
        lines += [_set(body, top + 18 + 13 * i, 10, "ArialMT", 57, 0.42) for i in range(3)]
        top += 75
    lines += [_set("Begroting", top, 11, bold, 57, 0.55), _row(["Organisatie", "Rol", "Uren", "Totaal (€)"],
                                                                top + 17, 11, bold)]
    lines += [_row(["Movisie", "Senior", "36", "3.420"], top + 31 + 13 * i, 10, "ArialMT") for i in range(3)]
    document = Document(path=Path("over.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 120, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [*titles, "Begroting"]

    projects, lines, top = [], [], 60.0
    for number, name in enumerate(["Huisvesting statushouders", "Werk en inkomen", "Taal en school"], start=1):
        line = Line(page=1, words=[w for text, x0 in ((f"Project 2.{number}", 57), (name, 160), ("€ 45.000", 480))
                                   for w in _set(text, top, 12, bold, x0, 0.55).words])
        projects.append(f"Project 2.{number} {name} € 45.000")
        lines += [line, *[_set(body, top + 18 + 13 * i, 10, "ArialMT", 57, 0.42) for i in range(3)]]
        top += 75
    document = Document(path=Path("projects.pdf"), sha256="", metadata={}, pages=[Page(1, 595, top + 60, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == projects


def test_a_chapter_title_wrapped_after_its_numbering_still_matches_its_toc_entry():
    # Look 7880 stripped (A5, with a ToC) wrapped its chapters after their numbering:
    # "Onderdeel A:" / "Ontwikkeling en" / "benutting van kennis".  A first line that short begins no entry,
    # no chapter matched its own, and the budget's sections "Onderdeel B. Portaalfunctie" matched the chapters'
    # entries instead: their style took the chapters' level, and so did "Projecten 2023" (246 of 292 sections).
    body = "De kern van het programma bestaat, net als in de voorgaande perioden, uit concrete projecten"
    toc = [("Inleiding", 57), ("Onderdeel A: Ontwikkeling en benutting van kennis", 57),
           ("Onderdeel B: Portaalfunctie", 57), ("Onderdeel C: Verbinding en signalering", 57), ("Begroting", 57),
           ("Bijlage 1. Uitgewerkte projectplannen", 57), ("Programmalijn 1. Opvoeding", 71)]
    pages = [[_set("Inhoud", 40, 23, "DejaVuSans-Bold", 57, 0.5)]
             + [_set(f"{title} {'.' * 20} {i + 2}", 80 + 15 * i, 9, "DejaVuSerif", x0, 0.42)
                for i, (title, x0) in enumerate(toc)]]
    chapter, section = ("DejaVuSans-Bold", 23), ("DejaVuSans-BoldOblique", 18.5)
    for group in [[(["Inleiding"], chapter)],
                  [(["Onderdeel A:", "Ontwikkeling en", "benutting van kennis"], chapter),
                   (["Projecten 2023"], section)],
                  [(["Onderdeel B:", "Portaalfunctie"], chapter)],
                  [(["Onderdeel C:", "Verbinding en", "signalering"], chapter)],
                  [(["Begroting"], chapter), (["Onderdeel B. Portaalfunctie"], section),
                   (["Onderdeel C. Verbinding en signalering"], section)],
                  [(["Bijlage 1. Uitgewerkte projectplannen"], chapter), (["Programmalijn 1. Opvoeding"], section)]]:
        lines, top = [], 40.0
        for title_lines, (font, size) in group:
            for text in title_lines:
                lines.append(_set(text, top, size, font, 57, 0.5))
                top += size * 1.2
            lines += [_set(body, top + 8 + 18 * i, 12, "DejaVuSerif", 57, 0.42) for i in range(3)]
            top += 80
        pages.append(lines)
    for number, lines in enumerate(pages, start=1):
        for line in lines:
            line.page = number
    document = Document(path=Path("a5.pdf"), sha256="", metadata={},
                        pages=[Page(number, 420, 595, lines) for number, lines in enumerate(pages, start=1)])
    assert [(h.text, h.level) for h in find_headings(document, numbering=NUMBERING) if h.text != "Inhoud"] == [
        ("Inleiding", 1), ("Onderdeel A: Ontwikkeling en benutting van kennis", 1), ("Projecten 2023", 2),
        ("Onderdeel B: Portaalfunctie", 1), ("Onderdeel C: Verbinding en signalering", 1), ("Begroting", 1),
        ("Onderdeel B. Portaalfunctie", 2), ("Onderdeel C. Verbinding en signalering", 2),
        ("Bijlage 1. Uitgewerkte projectplannen", 1), ("Programmalijn 1. Opvoeding", 2)]


def test_in_justified_text_a_title_wraps_where_the_lines_end_not_where_wider_rows_do():
    # Held-out look 8159 (A5, justified, monospaced): 70 % of the lines end at 356.8, over 5 % (tables' rows,
    # ToC lines) run wider, to 366.6.  "ACTIVITEITEN" would have fit after "ELKAAR VERSTERKENDE" by that
    # wider edge, not by the text's: the title wraps (read as two headings, "Elkaar versterkende" with an empty
    # section, it was published wrong).
    def line(text: str, top: float, size: float, font: str, end: float | None = None) -> Line:
        set_ = _set(text, top, size, font, x0=37.18, width=0.6, space=0.6)
        if end is None:
            return set_
        last = set_.words[-1]  # justified: the last word moved to end at the margin
        return Line(page=1, words=[*set_.words[:-1], replace(last, x0=end - (last.x1 - last.x0), x1=end)])

    body = "De verschillende activiteiten en onderdelen"
    lines = [line("ELKAAR VERSTERKENDE", 100, 17, "LiberationMono-BoldItalic"),
             line("ACTIVITEITEN", 121.25, 17, "LiberationMono-BoldItalic"),
             *[line(body, 150 + 16 * i, 11.5, "LiberationMono", end=356.8) for i in range(40)],
             *[line("Totaal 12.882,00", 800 + 16 * i, 11.5, "LiberationMono", end=366.6) for i in range(5)]]
    document = Document(path=Path("justified.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 1000, lines)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == ["ELKAAR VERSTERKENDE ACTIVITEITEN"]


def test_a_row_of_marks_in_a_heading_style_is_no_heading():
    # Held-out look 8154 stripped (no outline, no tags): a Gantt chart's row "4.  x  x  x  x", its label
    # "Netwerkbijeenkomsten/ contacten partners." wrapped below the number, in the bold print of the
    # projects' numbered sections: numbered like them, it was read as a section "4. x x x x".  A title has
    # a word; letters standing alone are marks.
    lines = [_set("1. Vraagstuk", 100, 10, "Helvetica-Bold", x0=57, width=0.55),
             *[_set(TEXT[:80], 114 + 13 * i, 11, "Times-Roman", x0=57, width=0.45) for i in range(4)],
             _set("2. Doel", 180, 10, "Helvetica-Bold", x0=57, width=0.55),
             *[_set(TEXT[:80], 194 + 13 * i, 11, "Times-Roman", x0=57, width=0.45) for i in range(4)],
             _set("4. x x x x", 260, 10, "Helvetica-Bold", x0=57, width=0.55),
             *[_set(TEXT[:80], 274 + 13 * i, 11, "Times-Roman", x0=57, width=0.45) for i in range(4)]]
    document = _one_page(lines)
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == ["1. Vraagstuk", "2. Doel"]


def test_a_title_word_cut_at_the_margin_is_made_whole_in_capitals_too():
    """LibreOffice look 8233: titles in capitals of 24 pt on A5, a word too wide for the line cut where it
    ended, no hyphen: "NETWERKONTWIKKELIN" / "G", "PROGRAMMAONTWIKKE" / "LING" (the rest a word by itself)."""
    from collections import Counter

    from extract.pdf.headings import cut_title_lines, join_title

    def line(text: str, top: float, end: float) -> Line:
        words, x, letter = [], 30.0, (end - 30.0) / len(text)
        for part in text.split():
            words.append(Word(part, x, x + letter * len(part), top, top + 24, "Serif-Bold", 24, (0,)))
            x += letter * (len(part) + 1)
        return Line(page=1, words=words)

    vocab = Counter({"programmaontwikkeling": 3, "netwerkontwikkeling": 14})
    title = [line("ONDERDEEL E:", 47, 240), line("PROGRAMMALEIDING EN", 75, 386), line("PROGRAMMAONTWIKKE", 103, 375),
             line("LING", 131, 100)]
    assert cut_title_lines(title, right=390) == {2}
    assert join_title(title, vocab, right=390) == "ONDERDEEL E: PROGRAMMALEIDING EN PROGRAMMAONTWIKKELING"
    # A word that ends short of the margin by more than a letter fits: the next line is a word of its own.
    short = [line("SIGNALERING EN", 103, 275), line("NETWERKONTWIKKELIN", 131, 380), line("G", 159, 50)]
    assert join_title(short, vocab, right=390) == "SIGNALERING EN NETWERKONTWIKKELING"
    assert join_title(short, vocab, right=420) == "SIGNALERING EN NETWERKONTWIKKELIN G"
    # Cut at the margin, but the word they make is printed nowhere: two words.
    assert join_title([line("ONDERDEEL C:", 47, 241), line("VERBINDING", 75, 380), line("SIGNALERING", 103, 300)],
                      vocab, right=390) == "ONDERDEEL C: VERBINDING SIGNALERING"


def _subplans(contents: bool) -> Document:
    """Project 4.1's two sub-plans, their first sections and labels, project 4.2 after them; ``contents``: with a
    table of contents of titles only."""
    def line(text: str, top: float, size: float, font: str, underlined: bool = False) -> Line:
        return replace(_set(text, top, size, font, x0=57.0, width=0.5), underlined=underlined)

    body = "De doelgroep van dit project is tweeledig en bestaat uit een primaire doelgroep en een"
    rows = [("Project 4.1 Aanpak stagediscriminatie", 14, "Helvetica-Bold", False)]
    for number, title in [(1, "Benchmark anti-stagediscriminatiebeleid op mbo-"), (2, "Actieonderzoek onder")]:
        rows += [(f"Idee {number}: {title}", 10, "Times-Bold", True),
                 ("scholen" if number == 1 else "studenten", 10, "Times-Bold", True),
                 ("1. Vraagstuk", 9.5, "Times-Roman", True), (body, 10, "Times-Roman", False)]
        for label in ["Primaire doelgroepen:", "Profijtgroep:", "Fase 1: Quickscan", "Fase 2: Interviews"]:
            rows += [(label, 10, "Times-Bold", True), (body, 10, "Times-Roman", False),
                     (body, 10, "Times-Roman", False)]
        rows += [(gantt, 8, "Times-Roman", False)
                 for gantt in ["Onderdeel A. Begeleiding x x", "Project 4.1 afronden x x", "Artikelen in wijken x x",
                               "Workshops x x x", "Interviews x x", "Kennissynthese x"]]
    lines, top = [], 40.0
    for (text, size, font, underlined), before in zip(rows, [None, *rows], strict=False):
        wrapped = before is not None and before[0].startswith("Idee")
        top += 2 if wrapped or size == 10 and before and before[1] == 10 and not before[3] else 14
        lines.append(line(text, top, size, font, underlined))
        top += size
    lines += [line("Project 4.2 Mkb ondersteunen", top + 14, 14, "Helvetica-Bold"),
              line(body, top + 34, 10, "Times-Roman"),
              line("Project 4.3 Versterken positie werknemers", top + 60, 14, "Helvetica-Bold")]
    pages = [Page(2, 595, top + 100, [replace(ln, page=2) for ln in lines])]
    if contents:  # the ToC says which styles are headings
        toc = [line("Inhoud", 60, 14, "Helvetica-Bold")]
        for n, title in enumerate(["Project 4.1 Aanpak stagediscriminatie", "Project 4.2 Mkb ondersteunen",
                                   "Project 4.3 Versterken positie werknemers"]):
            entry = line(title, 90 + 14 * n, 10, "Times-Roman")
            toc.append(replace(entry, words=[*entry.words, *line("2", entry.top, 10, "Times-Roman").words]))
            toc[-1].words[-1] = replace(toc[-1].words[-1], x0=500, x1=505)
        pages.insert(0, Page(1, 595, 842, toc))
    return Document(path=Path("subplans.pdf"), sha256="", metadata={}, pages=pages)


@pytest.mark.parametrize("contents", [True, False])
def test_a_sub_plan_named_by_the_numbering_is_a_heading_though_its_style_is_mostly_labels(contents):
    # WeasyPrint look 8421 (A5, no outline, no tags): the sub-plans "Idee 1: …" set bold and underlined at the body's
    # size, wrapped, as the paragraphs' labels ("Primaire doelgroepen:", "Fase 1: Quickscan") are.  Two lines of
    # some ten in that style are numbered: it was no heading style, both sub-plans were lost, and project 4.1's
    # sections, sub-plan budgets and planning all fell to the project.  Gantt rows set smaller ("Onderdeel A.
    # Begeleiding", "Project 4.1 afronden"), standing apart, stay no headings.
    document = _subplans(contents)
    assert [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING) if h.text != "Inhoud"] == [
        (1, "Project 4.1 Aanpak stagediscriminatie"),
        (2, "Idee 1: Benchmark anti-stagediscriminatiebeleid op mbo-scholen"), (3, "1. Vraagstuk"),
        (2, "Idee 2: Actieonderzoek onder studenten"), (3, "1. Vraagstuk"),
        (1, "Project 4.2 Mkb ondersteunen"), (1, "Project 4.3 Versterken positie werknemers")]


def test_a_sub_plan_named_in_capitals_in_the_bodys_print_is_a_heading_and_its_title_wraps_close():
    # LibreOffice look 8400 stripped (A5, no outline): "IDEE 1: BENCHMARK … OP MBO-" / "SCHOLEN" in the body's font,
    # size and colour, set in capitals, its second line closer under it than the text's lines are; the numbered
    # sections in bold, smaller.
    def line(text: str, top: float, size: float = 10.0, font: str = "Times-Roman") -> Line:
        return _set(text, top, size, font, x0=57.0, width=0.5)

    body = "De doelgroep van dit project is tweeledig en bestaat uit een primaire doelgroep en een"
    lines = [line("Project 4.1 Aanpak stagediscriminatie", 40, 14, "Helvetica-Bold"), line(body, 62), line(body, 76),
             line("IDEE 1: BENCHMARK ANTI-STAGEDISCRIMINATIEBELEID OP MBO-", 100), line("SCHOLEN", 111.8),
             line("1. Vraagstuk", 130, 9.5, "Times-Bold"), line(body, 146), line(body, 160),
             line("2. Doel(en) project", 180, 9.5, "Times-Bold"), line(body, 196), line(body, 210),
             line("IDEE 2: ACTIEONDERZOEK", 234), line("1. Vraagstuk", 252, 9.5, "Times-Bold"), line(body, 268)]
    document = Document(path=Path("capitals.pdf"), sha256="", metadata={}, pages=[Page(1, 595, 842, lines)])
    assert [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING)] == [
        (1, "Project 4.1 Aanpak stagediscriminatie"),
        (2, "IDEE 1: BENCHMARK ANTI-STAGEDISCRIMINATIEBELEID OP MBO-SCHOLEN"), (3, "1. Vraagstuk"),
        (3, "2. Doel(en) project"), (2, "IDEE 2: ACTIEONDERZOEK"), (3, "1. Vraagstuk")]


def test_numbered_sections_in_capitals_in_the_bodys_print_are_headings_and_a_year_under_one_is_text():
    # Chromium look 10158 stripped (no outline, no tags): the numbered sections in the body's font, size and colour,
    # set apart by capitals alone ("1. VRAAGSTUK"), were no headings (235 of 292 sections lost, in review); read as
    # headings, the year over a list under "6. ACTIVITEITEN / PLAN VAN AANPAK" went on with its title ("… AANPAK
    # 2023", published).  A numbered list item in the body's print, not in capitals, stays text.
    def line(text: str, top: float, size: float = 10.0, font: str = "Times-Roman") -> Line:
        return _set(text, top, size, font, x0=57.0, width=0.5)

    body = "De doelgroep van dit project is tweeledig en bestaat uit een primaire doelgroep en een"
    lines = [line("Project 4.1 Aanpak stagediscriminatie", 40, 14, "Helvetica-Bold"), line(body, 62), line(body, 76),
             line("1. VRAAGSTUK", 100), line(body, 116), line(body, 130),
             line("1. Een eerste punt van de lijst", 144), line(body, 158),
             line("6. ACTIVITEITEN / PLAN VAN AANPAK", 182), line("2023", 204), line("• Activiteit 1: de monitor", 218),
             line("7. RESULTATEN", 242), line(body, 258),
             # A list of capitals, its first item with space above it, is no section.
             line("Het project richt zich op drie sectoren:", 272), line("1. MBO", 292), line("2. HBO", 306),
             line("3. WO", 320), line(body, 334)]
    document = Document(path=Path("capitals.pdf"), sha256="", metadata={}, pages=[Page(1, 595, 842, lines)])
    assert [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING)] == [
        (1, "Project 4.1 Aanpak stagediscriminatie"), (2, "1. VRAAGSTUK"), (2, "6. ACTIVITEITEN / PLAN VAN AANPAK"),
        (2, "7. RESULTATEN")]


def test_a_heading_a_complete_contents_leaves_out_in_a_style_it_lists_is_under_the_last_one_listed():
    # WeasyPrint look 9055 in another edition, stripped of outline and tags: chapters and their sections set alike
    # (bold, 12.5 pt, blue, underlined), a contents of titles listing the chapters only.  Every section was read
    # as a chapter; the contents, every entry of it found, says they are not.
    def line(page: int, text: str, top: float, size: float, font: str, colour=(0,), x0: float = 57.0) -> Line:
        words, x = [], x0
        for part in text.split():
            words.append(Word(part, x, x + 0.5 * size * len(part), top, top + size, font, size, colour))
            x += 0.5 * size * (len(part) + 1)
        return Line(page=page, words=words)

    chapters = ["Inleiding", "Onderdeel A: Ontwikkeling van kennis", "Begroting", "Bijlage 1. Projectplannen"]
    sections = {"Inleiding": ["Totstandkoming werkplan", "Leeswijzer"], "Onderdeel A: Ontwikkeling van kennis":
                ["Projecten 2031"], "Begroting": ["Totaal projecten onderdeel A"], "Bijlage 1. Projectplannen": []}
    blue = (0.18, 0.33, 0.59)
    contents = [line(1, "Inhoud", 60, 12.5, "Times-Bold", blue)]
    contents += [line(1, title, 90 + 14 * i, 8, "Times-Roman") for i, title in enumerate(chapters)]
    # In the Bijlage a group of projects listed at the chapters' indent, over its project at the projects'.
    bijlage = [("Programmalijn 1. Wonen", 70, 12.5), ("Project 1.1 Huisvesting", 83, 9), ("Programmalijn 2. Werk", 70,
               12.5), ("Project 2.1 Stages", 83, 9), ("Overige project", 57, 12.5), ("1. Kennisdossier Roma", 83, 9)]
    contents += [line(1, title, 90 + 14 * (len(chapters) + i), 8, "Times-Roman", x0=x0)
                 for i, (title, x0, _) in enumerate(bijlage)]
    text, top = [], 60.0
    body = "De verschillende activiteiten en onderdelen van KIS dienen niet als losstaande elementen te"
    alike = [title for chapter in chapters for title in [chapter, *sections[chapter]]]
    for title, size in [(title, 12.5) for title in alike] + [(title, size) for title, _, size in bijlage]:
        text.append(line(2, title, top, size, "Times-Bold", blue))
        text += [line(2, body, top + 20 + 11 * i, 8, "Times-Roman") for i in range(3)]
        top += 60
    document = Document(path=Path("look.pdf"), sha256="", metadata={},
                        pages=[Page(1, 595, 842, contents), Page(2, 595, 842 * 3, text)])
    found = [(h.level, h.text) for h in find_headings(document, numbering=NUMBERING) if h.text != "Inhoud"]
    assert found == [(1, "Inleiding"), (2, "Totstandkoming werkplan"), (2, "Leeswijzer"),
                     (1, "Onderdeel A: Ontwikkeling van kennis"), (2, "Projecten 2031"), (1, "Begroting"),
                     (2, "Totaal projecten onderdeel A"), (1, "Bijlage 1. Projectplannen"),
                     (2, "Programmalijn 1. Wonen"), (3, "Project 1.1 Huisvesting"), (2, "Programmalijn 2. Werk"),
                     (3, "Project 2.1 Stages"), (2, "Overige project"), (3, "1. Kennisdossier Roma")]


def test_in_text_of_one_font_a_numbered_list_inside_a_section_is_no_section():
    # Project 3.2's pages of the bundled PDF as a 300-dpi scan's OCR reads them: its activities, in section "6.
    # Activiteiten / plan van aanpak", are a numbered list whose items stand alone at the body's size, as the
    # sections do ("2. Opzetten of faciliteren van leernetwerken").  Their numbers do not go on from 6, and
    # "7. Resultaten" does: they are the section's text, not two sections more.  The next unit's sections,
    # under a heading listed in the ToC and numbered as its group's item, count from 1 again.
    def page(number: int, lines: list[tuple[str, float, float]]) -> Page:
        return Page(number, 595, 842, [Line(page=number, words=_ocr_line(text, top, size).words)
                                       for text, top, size in lines])

    toc = ["Programmalijn 3. Onderwijs", "Project 3.2 Informeel moskeeonderwijs", "Overige project",
           "1. Kennisdossier Roma, Sinti en woonwagenbewoners"]
    contents = [("Inhoud", 60, 14)] + [(f"{title} {'.' * 30} 2", 100 + 20 * i, 9) for i, title in enumerate(toc)]
    body = "Uit de gesprekken in de afgelopen jaren met moskeeën blijkt dat er een behoefte en bereidheid"
    text, top = [], 60.0
    for title, size in [("Programmalijn 3. Onderwijs", 14), ("Project 3.2 Informeel moskeeonderwijs", 11),
                        ("5. Samenwerking", 10), ("6. Activiteiten / plan van aanpak", 10),
                        ("1. Verspreiding en toelichting kwaliteitskader en uitbouwen netwerk en samenwerkingen", 9),
                        ("2. Opzetten of faciliteren van leernetwerken", 9),
                        ("3. Doorontwikkelen pedagogisch kwaliteitskader", 9), ("7. Resultaten", 9),
                        ("Overige project", 11), ("1. Kennisdossier Roma, Sinti en woonwagenbewoners", 10),
                        ("1. Vraagstuk", 9), ("2. Doel(en) project", 9)]:
        text.append((title, top, size))
        text += [(body, top + 16 + 13.4 * i, 9) for i in range(3)]
        top += 16 + 13.4 * 3 + 12
    document = Document(path=Path("scan.pdf"), sha256="", metadata={}, pages=[page(1, contents), page(2, text)])
    assert [h.text for h in find_headings(document, numbering=NUMBERING)] == [
        "Inhoud", "Programmalijn 3. Onderwijs", "Project 3.2 Informeel moskeeonderwijs", "5. Samenwerking",
        "6. Activiteiten / plan van aanpak", "7. Resultaten", "Overige project",
        "1. Kennisdossier Roma, Sinti en woonwagenbewoners", "1. Vraagstuk", "2. Doel(en) project"]


def test_in_text_of_one_font_a_list_longer_than_its_sections_number_is_its_text_and_a_restart_is_kept():
    # The list's numbers pass its section's ("2. Doel(en) project", items "1." to "4."): the items numbered
    # like the next sections are the list's too, and "3. Doelgroep" after them goes on from the sections.  A
    # unit numbered as its group's item with no ToC entry read ("1. Kennisdossier …", OCR garbled it): its
    # sections count from 1 again, and no section goes on from the one before them, so they stay.
    body = "Uit de gesprekken in de afgelopen jaren met moskeeën blijkt dat er een behoefte en bereidheid"
    lines, top = [], 60.0
    for title, size in [("Project 3.2 Informeel moskeeonderwijs", 11), ("1. Vraagstuk", 10),
                        ("2. Doel(en) project", 10), ("1. Verspreiding van het kwaliteitskader", 9),
                        ("2. Opzetten van leernetwerken", 9), ("3. Doorontwikkelen van het kwaliteitskader", 9),
                        ("4. Afronden van het instrument", 9), ("3. Doelgroep", 9), ("4. Samenwerking", 10),
                        ("Overige project", 14), ("1. Kennisdossier Roma, Sinti en woonwagenbewoners", 10),
                        ("1. Vraagstuk", 9), ("2. Doel(en) project", 9)]:
        lines.append(_ocr_line(title, top, size))
        lines += [_ocr_line(body, top + 16 + 13.4 * i, 9) for i in range(3)]
        top += 16 + 13.4 * 3 + 12
    assert [h.text for h in find_headings(_one_page(lines), numbering=NUMBERING)] == [
        "Project 3.2 Informeel moskeeonderwijs", "1. Vraagstuk", "2. Doel(en) project", "3. Doelgroep",
        "4. Samenwerking", "Overige project", "1. Kennisdossier Roma, Sinti en woonwagenbewoners", "1. Vraagstuk",
        "2. Doel(en) project"]


def test_a_gantt_charts_numbered_labels_in_the_print_of_the_sections_are_no_sections(tmp_path):
    # Chromium look 10288 (no table rules, sections in small capitals the browser makes of capitals at 8 pt): the
    # labels of project 7.1's Gantt chart are set at 8 pt too, numbered as sections are.  Those that wrap, their
    # first line with no full stop ("2. Bestaande kennis doorontwikkelen en"), were read as sections, and the
    # chart and the budget table under "9. BEGROTING" were filed under them.  Their numbers go back from 8, rise
    # past labels not read as numbered ("KIS.nl;", "(Audio)visuele"), and 9 goes on from 8: they are the
    # section's text.
    labels = ["1. Actualiseren kennisdossiers op KIS.nl;", "2. Bestaande kennis doorontwikkelen en",
              "‘fine tunen’, onder meer via actualisatie", "KIS-handreiking;", "3. Kennis, modellen en tools voor de",
              "aanpak van ongewenste polarisatie;", "4. (Audio)visuele producten ontwikkelen;",
              "5. Organiseren van 3 masterclasses;", "6. Flexibel antwoorden kennisvragen van",
              "gemeenten en professionals."]
    placed = [("Helvetica-Bold", 11, 57, 790, "Project 7.1 Kennisontwikkeling en implementatie"),
              ("Helvetica", 8, 57, 770, "7. RESULTATEN"), *_filler("Times-Roman", 9, 756, 6, 11),
              ("Helvetica", 8, 57, 680, "8. PLANNING"), ("Helvetica-Bold", 6.5, 300, 670, "2023"),
              *[("Helvetica-Bold", 6.5, 240 + 30 * n, 662, month) for n, month in enumerate(("Jan.", "Feb.", "Mrt."))]]
    placed += [("Helvetica", 8, 57, 650 - 10 * n, label) for n, label in enumerate(labels)]
    placed += [("Helvetica", 8, 57, 540, "9. BEGROTING"), *_filler("Times-Roman", 9, 526, 6, 11)]
    headings = find_headings(_pages(tmp_path / "gantt.pdf", [placed]), numbering=NUMBERING)
    assert [h.text for h in headings] == ["Project 7.1 Kennisontwikkeling en implementatie", "7. RESULTATEN",
                                          "8. PLANNING", "9. BEGROTING"]


def test_lines_in_the_print_of_the_sections_between_two_that_go_on_are_no_headings(tmp_path):
    # The same look's project 9.1: its Gantt chart's labels begin "Onderdeel A." and "Onderdeel B.", at 8 pt as
    # the sections are, each read as a heading, the chart and the budget table filed under the last.  "9.
    # BEGROTING" goes on from "8. PLANNING": what stands between is the section's.  Where the next section
    # does not go on ("1. VRAAGSTUK" after "9. BEGROTING"), a heading in that print between is kept.
    labels = ["Onderdeel A. Workshops.", "Onderdeel A. Begeleiding.", "Onderdeel B. Artikelen wijken en buurten."]
    placed = [("Helvetica-Bold", 11, 57, 790, "Project 9.1 Kennis over wijken en buurten"),
              ("Helvetica", 8, 57, 770, "8. PLANNING"), ("Helvetica-Bold", 6.5, 300, 760, "2023"),
              *[("Helvetica-Bold", 6.5, 240 + 30 * n, 752, month) for n, month in enumerate(("Jan.", "Feb.", "Mrt."))]]
    placed += [("Helvetica", 8, 57, 740 - 12 * n, label) for n, label in enumerate(labels)]
    placed += [("Helvetica", 8, 57, 690, "9. BEGROTING"), *_filler("Times-Roman", 9, 676, 6, 11),
               ("Helvetica", 8, 57, 600, "Onderdeel C. Verbinden"), *_filler("Times-Roman", 9, 586, 3, 11),
               ("Helvetica", 8, 57, 540, "1. VRAAGSTUK"), *_filler("Times-Roman", 9, 526, 3, 11),
               ("Helvetica", 8, 57, 480, "2. DOEL(EN) PROJECT"), *_filler("Times-Roman", 9, 466, 3, 11)]
    headings = find_headings(_pages(tmp_path / "labels.pdf", [placed]), numbering=NUMBERING)
    assert [h.text for h in headings] == ["Project 9.1 Kennis over wijken en buurten", "8. PLANNING", "9. BEGROTING",
                                          "Onderdeel C. Verbinden", "1. VRAAGSTUK", "2. DOEL(EN) PROJECT"]


def test_a_groups_items_numbered_as_sections_keep_their_sections(tmp_path):
    # A review's case: a group's items numbered as sections, set a little larger than their sections and with no ToC
    # entry.  "2. Kennisdossier …" goes on from "1. Kennisdossier …", and the first item's sections number back from
    # it: read as a list, they were lost.  Sections and the section going on after them are set alike, or they are
    # no list.
    placed, top = [("Helvetica-Bold", 14, 57, 800, "Overige projecten")], 780
    for item in ("1. Kennisdossier Roma, Sinti en woonwagenbewoners", "2. Kennisdossier Moslims in Nederland"):
        placed.append(("Helvetica-Bold", 11, 57, top, item))
        top -= 18
        for section in ("1. Vraagstuk", "2. Doel(en) project", "3. Doelgroep", "4. Begroting"):
            placed += [("Helvetica-Bold", 10.5, 57, top, section), *_filler("Times-Roman", 10, top - 14, 2, 12)]
            top -= 14 + 2 * 12 + 8
    headings = find_headings(_pages(tmp_path / "group.pdf", [placed]), numbering=NUMBERING)
    sections = ["1. Vraagstuk", "2. Doel(en) project", "3. Doelgroep", "4. Begroting"]
    assert [h.text for h in headings] == ["Overige projecten", "1. Kennisdossier Roma, Sinti en woonwagenbewoners",
                                          *sections, "2. Kennisdossier Moslims in Nederland", *sections]
