"""Headings from a tagged PDF's structure tree, and from typography, agree."""

from extract.pdf.document import read_document
from extract.pdf.heading_sources import OUTLINE, STRUCTURE_TREE, TYPOGRAPHY, tagged_headings
from extract.pdf.headings import find_headings
from extract.pdf.structure import read_structure
from tests.conftest import PDF_2023
from tests.typesettings import TAGGED


def test_an_untagged_pdf_has_no_structure():
    assert read_structure(PDF_2023) is None


def test_tagged_headings_and_levels_agree_with_the_outline_and_typography(typeset_pdfs, typeset_extractions):
    structure = read_structure(typeset_pdfs[TAGGED])
    assert structure is not None
    extraction = typeset_extractions[TAGGED]
    document = extraction.document
    tagged = tagged_headings(document, structure)
    # The PDF has an outline too, more trusted than the tags: its headings are the extraction's.
    assert (extraction.structure.source, extraction.structure.compared) == (OUTLINE, [STRUCTURE_TREE, TYPOGRAPHY])
    typographic = find_headings(document, numbering=extraction.settings.heading_words.numbering())
    title_page = document.pages[0].number
    assert [(h.text, h.level) for h in tagged if h.page != title_page] == \
        [(h.text, h.level) for h in extraction.headings if h.page != title_page]
    # Sources disagree only on the title page's levels (the outline nests "Verwey-Jonker Instituut en
    # Movisie" under the title, typography ranks it by its size).
    assert {d.page for d in extraction.structure.disagreements} == {title_page}
    # The title page's lines are tagged as headings of whatever level the author chose;
    # from the table of contents on, both readings give the same outline.
    assert [(h.text, h.level) for h in tagged if h.page != title_page] == \
        [(h.text, h.level) for h in typographic if h.page != title_page]
    assert [h.text for h in tagged if h.page == title_page] == \
        [h.text for h in typographic if h.page == title_page]
    # The outline of the werkplan's own text: Inhoud, Inleiding … Bijlage 1 at the top, the
    # projects (and "2.3 Overig project", "1. Kennisdossier …") at level 3.
    levels = {h.text: h.level for h in tagged}
    assert [h.text for h in tagged if h.level == 1 and h.page != title_page] == [
        "Inhoud", "Inleiding", "Onderdeel A: Ontwikkeling en benutting van kennis", "Onderdeel B: Portaalfunctie",
        "Onderdeel C: Verbinding, signalering en netwerkontwikkeling", "Onderdeel D: Communicatie",
        "Onderdeel E: Programmaleiding en programmaontwikkeling", "Begroting",
        "Bijlage 1. Uitgewerkte projectplannen"]
    assert sum(1 for h in tagged if h.level == 3) == 23
    assert levels["Idee 1: Benchmark anti-stagediscriminatiebeleid op mbo-scholen"] == 4
    assert sum(1 for h in tagged if h.level == 5) == 211


def test_a_tagged_heading_over_a_page_end_and_its_generated_numbering_are_one_heading(headings_over_a_page_end):
    # Chromium look 10000: the heading's box on both pages was one box on the second, and took in its text down
    # to where the first page's part ended; the browser leaves "Project 7.1", which the stylesheet generates on
    # a line of its own, out of the heading's tagged content.
    pdf = headings_over_a_page_end["tagged"]
    structure = read_structure(pdf)
    assert [(h.text, h.level, [box.page for box in h.boxes]) for h in structure.headings] == [
        ("PROGRAMMALIJN 6.PROFESSIONALS IN DE(SUPER)DIVERSESAMENLEVING", 2, [1, 2]),
        ("Kennisontwikkeling en implementatie", 3, [2])]
    tagged = tagged_headings(read_document(pdf), structure)
    assert [(h.text, h.page, [line.page for line in h.lines]) for h in tagged] == [
        ("PROGRAMMALIJN 6. PROFESSIONALS IN DE (SUPER)DIVERSE SAMENLEVING", 1, [1, 1, 2, 2]),
        ("Project 7.1 Kennisontwikkeling en implementatie", 2, [2, 2])]


def test_a_short_bold_line_right_above_a_tagged_heading_is_no_numbering_of_it(tmp_path):
    # A review of the rule above: a bold line short and close above a heading in its print was joined to it
    # ("Looptijd: 2024 Doelgroep", "Trekker: Movisie Aanpak"); only a numbering is.
    from tests.chromium_looks import print_html

    pdf = print_html("""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>
        @page { size: A5; margin: 40pt; } body { font: 11pt "DejaVu Serif"; line-height: 15pt; }
        p { margin: 0 0 4pt; } h3 { font: bold 11pt "DejaVu Serif"; margin: 6pt 0 2pt; }
        </style></head><body><h2>Project 1.1 Kennisdossier</h2><p>Een alinea lopende tekst over het project.</p>
        <p><b>Looptijd: 2024</b></p><h3>Doelgroep</h3><p>Professionals in het sociaal domein.</p>
        <p><b>Trekker:</b> Movisie</p><h3>Aanpak</h3><p>Een alinea lopende tekst.</p></body></html>""",
                     tmp_path / "tagged.pdf", tags=True)
    tagged = tagged_headings(read_document(pdf), read_structure(pdf))
    assert [(h.text, h.level) for h in tagged] == [("Project 1.1 Kennisdossier", 2), ("Doelgroep", 3), ("Aanpak", 3)]


def test_a_glyph_clipped_away_at_the_foot_of_the_page_before_is_no_part_of_a_tagged_heading(glyph_over_a_page_end):
    # Chromium tags the "Ï" it also draws, clipped, at page 1's foot as part of the heading atop page 2:
    # read as "ÏOEKRAÏENSE VLUCHTELINGEN", with a box on page 1.
    [heading] = read_structure(glyph_over_a_page_end).headings
    assert (heading.text, [box.page for box in heading.boxes]) == ("OEKRAÏENSE VLUCHTELINGEN", [2])
    # The glyphs the document read hid are taken as they are, not looked for again.
    hidden = read_document(glyph_over_a_page_end).hidden_text
    assert [(page, [row.text for row in rows]) for page, rows in hidden.items()] == [(1, ["Ï"])]
    [heading] = read_structure(glyph_over_a_page_end, hidden=hidden).headings
    assert (heading.text, [box.page for box in heading.boxes]) == ("OEKRAÏENSE VLUCHTELINGEN", [2])
    [heading] = read_structure(glyph_over_a_page_end, hidden={}).headings
    assert (heading.text, [box.page for box in heading.boxes]) == ("ÏOEKRAÏENSE VLUCHTELINGEN", [1, 2])
