"""Headings from the outline: each item anchored to the printed lines it points at."""

from pathlib import Path

from extract.pdf.heading_sources import outline_headings
from extract.pdf.headings import HeadingSettings
from extract.pdf.model import Document, Line, Page, Word
from extract.pdf.outline import OutlineItem

HEADING = "LiberationSerif"  # the h2 of look 7882: capitals (text-transform), its numbering generated


def _line(text: str, top: float, size: float, font: str = "LiberationSerif") -> Line:
    words, x = [], 57.0
    for part in text.split():
        words.append(Word(part, x, x + 0.6 * size * len(part), top, top + size, font, size, (0,)))
        x += 0.6 * size * (len(part) + 1)
    return Line(page=1, words=words)


def _anchored(lines: list[Line], items: list[OutlineItem]) -> list[str]:
    document = Document(path=Path("look.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    found, unanchored = outline_headings(document, items, HeadingSettings(),
                                         {id(line): i for i, line in enumerate(lines)})
    assert unanchored == []
    return [heading.text for heading in found]


def test_a_generated_numbering_the_outline_leaves_out_stays_with_its_heading_however_the_title_wraps():
    # Look 7882 (A5, headings in capitals, their numbering generated, an outline of the titles alone).
    # "PROGRAMMALIJN 6." stood alone on the heading's first line: the item anchored at the next line and
    # the numbering was lost (a section "professionals-in-de-super-diverse-samenleving", its projects
    # outside programmalijn 6).  "PROGRAMMALIJN 7. VAN": the title's first word too short to count, and
    # the item went to project 7.1's title below it, "… implementatie ’Van ongewenste polarisatie" /
    # "naar verbinding’", so project 7.1 was lost.
    body = "De samenleving is de afgelopen jaren diverser geworden en dat vraagt van professionals"
    lines = [_line("PROGRAMMALIJN 6.", 236.7, 18.7), _line("PROFESSIONALS IN DE", 260.0, 18.7),
             _line("(SUPER)DIVERSE SAMENLEVING", 283.4, 18.7), _line(body, 320, 11),
             _line("PROGRAMMALIJN 7. VAN", 362.7, 18.7), _line("ONGEWENSTE POLARISATIE NAAR", 386.0, 18.7),
             _line("VERBINDING", 409.4, 18.7),
             _line("Project 7.1 Kennisontwikkeling- en", 445.1, 16.7),
             _line("implementatie ’Van ongewenste polarisatie", 466.0, 16.7), _line("naar verbinding’", 486.9, 16.7),
             _line(body, 520, 11)]
    items = [OutlineItem(1, "Professionals in de (super)diverse samenleving", 1, 233.0),
             OutlineItem(1, "Van ongewenste polarisatie naar verbinding", 1, 359.3),
             OutlineItem(2, "Project 7.1 Kennisontwikkeling- en implementatie ’Van ongewenste polarisatie naar "
                            "verbinding’", 1, 442.1)]
    assert _anchored(lines, items) == [
        "PROGRAMMALIJN 6. PROFESSIONALS IN DE (SUPER)DIVERSE SAMENLEVING",
        "PROGRAMMALIJN 7. VAN ONGEWENSTE POLARISATIE NAAR VERBINDING",
        "Project 7.1 Kennisontwikkeling- en implementatie ’Van ongewenste polarisatie naar verbinding’"]


def test_a_short_line_above_a_heading_in_another_style_is_not_its_numbering():
    lines = [_line("Werkplan 2023", 214, 10), _line("Leeswijzer", 230, 18.7), _line("In dit werkplan", 260, 11)]
    assert _anchored(lines, [OutlineItem(0, "Leeswijzer", 1, 226.0)]) == ["Leeswijzer"]


def test_an_outline_title_is_never_found_at_a_words_end():
    # Look 7908 (letter, two columns, numbering generated): the item "Resultaten" of "7. Resultaten" was
    # anchored at the list item's second line "onderzoeksresultaten." just above it, its first 10 letters
    # taken for a numbering; with "Fase 7: Presentatie" above, project 5.1 got a sub-plan "Fase 7" that took
    # its planning and budget.
    body = "Het resultaat is de Rapportage over de monitor en de presentatie daarvan aan de gemeenten."
    lines = [_line("• Fase 7: Presentatie", 370.9, 12), _line("onderzoeksresultaten.", 387.7, 12),
             _line("7. Resultaten", 422.9, 12.4, "DejaVuSerif-Bold"), _line(body, 445.2, 12)]
    assert _anchored(lines, [OutlineItem(2, "Resultaten", 1, 418.0)]) == ["7. Resultaten"]


def test_a_title_wrapped_over_five_lines_is_anchored_whole():
    # Look 7931 (A5, two columns, project headings in capitals at 16.7 pt): "PROJECT 5.1 MONITOR" /
    # "ARBEIDSTOELEIDING EN" / … / "GEMEENTEN" took five lines, and the outline's item was anchored only
    # where a title took at most four: projects 5.1 and 7.1 were lost, their budget and planning too.
    lines = [_line("Programmalijn 5. Gelijke", 37.8, 17.7), _line("kansen voor nieuwkomers", 59.9, 17.7),
             _line("PROJECT 5.1 MONITOR", 92.7, 16.7), _line("ARBEIDSTOELEIDING EN", 113.6, 16.7),
             _line("INBURGERING STATUSHOUDERS", 134.5, 16.7), _line("EN GEZINSMIGRANTEN IN", 155.4, 16.7),
             _line("GEMEENTEN", 176.2, 16.7), _line("1. Vraagstuk", 208.9, 9.5),
             _line("De landelijke overheid en", 225.6, 10)]
    items = [OutlineItem(0, "Programmalijn 5. Gelijke kansen voor nieuwkomers", 1, 34.0),
             OutlineItem(1, "Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en "
                            "Gezinsmigranten in gemeenten", 1, 89.0)]
    assert _anchored(lines, items) == [
        "Programmalijn 5. Gelijke kansen voor nieuwkomers",
        "PROJECT 5.1 MONITOR ARBEIDSTOELEIDING EN INBURGERING STATUSHOUDERS EN GEZINSMIGRANTEN IN GEMEENTEN"]


def test_an_outline_item_whose_heading_runs_over_a_page_end_is_anchored_on_both_pages(headings_over_a_page_end):
    # Chromium look 10025: "Project 7.1 Kennisontwikkeling- en" / "implementatie ’Van ongewenste polarisatie"
    # at a page's foot, "naar verbinding’" atop the next: the item anchored nowhere and project 7.1 was lost
    # (its budget table without scope). The browser's outline joins the title's lines without a space.
    from extract.pdf.document import read_document
    from extract.pdf.outline import read_outline

    pdf = headings_over_a_page_end["outline"]
    items = read_outline(pdf)
    assert [(item.title, item.page) for item in items] == [
        ("PROGRAMMALIJN 6.PROFESSIONALS IN DE(SUPER)DIVERSESAMENLEVING", 1),
        ("Kennisontwikkeling en implementatie", 2)]
    document = read_document(pdf)
    found, unanchored = outline_headings(document, items, HeadingSettings(),
                                         {id(line): i for i, line in enumerate(document.lines())})
    assert unanchored == []
    assert [(h.text, [line.page for line in h.lines]) for h in found] == [
        ("PROGRAMMALIJN 6. PROFESSIONALS IN DE (SUPER)DIVERSE SAMENLEVING", [1, 1, 2, 2]),
        ("Project 7.1 Kennisontwikkeling en implementatie", [2, 2])]


def test_an_outline_title_is_not_anchored_in_a_line_of_text_that_ends_with_it():
    # Chromium look 10004: the outline's "Resultaten" (its "7." generated) anchored in the text's line "…
    # Analyse en verdieping resultaten.", near its destination: the words skipped before the title were no
    # numbering, and a section "verdieping resultaten." took the project's plan, planning and budget.
    lines = [_line("Fase 3: Analyse en", 100, 11), _line("verdieping resultaten.", 113, 11),
             _line("7. Resultaten", 140, 13, font="LiberationSans-Bold"), _line("Een eindrapport.", 160, 11)]
    assert _anchored(lines, [OutlineItem(depth=0, title="Resultaten", page=1, top=110)]) == ["7. Resultaten"]
    # A letter with its full stop is a numbering (Chromium look 10009: "c. Netwerkontwikkeling …", lost as
    # that rule's first form allowed capitals only, and the section read into the one before).
    lines = [_line("vorm vanaf 2024.", 100, 11), _line("c. Netwerkontwikkeling en", 130, 13, font="Bold"),
             _line("impact op programmaniveau", 146, 13, font="Bold")]
    item = OutlineItem(depth=0, title="Netwerkontwikkeling en impact op programmaniveau", page=1, top=125)
    assert _anchored(lines, [item]) == ["c. Netwerkontwikkeling en impact op programmaniveau"]


def test_an_outline_that_nests_items_in_their_own_kind_is_set_aside_and_says_where():
    # Ghostscript's pdfwrite over LibreOffice look 9351 nested each programmalijn of the Bijlage one level deeper
    # than the one before ("Programmalijn 3" inside "Programmalijn 2"): its projects were filed under the first.
    from extract.pdf.heading_sources import nested_in_their_kind, read_headings
    from extract.werkplan.vocabulary import HeadingWords

    numbering = HeadingWords().numbering()
    sound = [OutlineItem(0, "Bijlage 1. Uitgewerkte projectplannen", 1, 40.0),
             OutlineItem(1, "Programmalijn 2. Emancipatie en zelfbeschikking", 1, 80.0),
             OutlineItem(2, "Project 2.1 Borging van ontwikkelde toolkits", 1, 120.0),
             OutlineItem(3, "1. Vraagstuk", 1, 160.0),
             OutlineItem(1, "Programmalijn 3. Informele netwerken versterken", 1, 200.0),
             OutlineItem(2, "Project 3.1 Verkennen informele netwerken", 1, 240.0)]
    assert nested_in_their_kind(sound, numbering) == []
    broken = [*sound[:4], OutlineItem(2, "Programmalijn 3. Informele netwerken versterken", 1, 200.0),
              OutlineItem(3, "Project 3.1 Verkennen informele netwerken", 1, 240.0)]
    assert [(d.kind, d.text, d.detail) for d in nested_in_their_kind(broken, numbering)] == [
        ("nesting", "Programmalijn 3. Informele netwerken versterken",
         "nested in 'Programmalijn 2. Emancipatie en zelfbeschikking', numbered as its sibling: the outline set aside")]
    lines = [_line(item.title, item.top, 14 if item.depth < 3 else 11) for item in sound]
    document = Document(path=Path("look.pdf"), sha256="", metadata={}, pages=[Page(1, 420, 595, lines)])
    assert read_headings(document, outline=sound, numbering=numbering).source == "outline"
    reading = read_headings(document, outline=broken, numbering=numbering)
    assert (reading.source, [d.kind for d in reading.disagreements]) == ("typography", ["nesting"])


def test_an_outline_whose_items_of_one_kind_go_deeper_and_deeper_is_set_aside():
    # Ghostscript's pdfwrite over WeasyPrint look 9010, whose outline titles leave the programmalijnen's numbering
    # out ("Gelijke kansen voor nieuwkomers"): each went a level deeper, their sections "1. Vraagstuk" from depth
    # 3 to 8; 67 of 292 sections were read.  Look 9013's outline titles carry no numbers at all: a title the
    # outline gives three times or more ("Vraagstuk") is a kind too.  Three depths of one kind are a document's own
    # (numbered chapters, a project's sections, a sub-plan's).
    from extract.pdf.heading_sources import nested_in_their_kind
    from extract.werkplan.vocabulary import HeadingWords

    def plan(title: str, depth: int, page: int, numbered: bool = True) -> list[OutlineItem]:
        sections = ["1. Vraagstuk", "2. Doel(en) project"] if numbered else ["Vraagstuk", "Doel(en) project"]
        return [OutlineItem(depth, title, page, 40.0), OutlineItem(depth + 1, f"Monitor {title}", page, 80.0),
                *(OutlineItem(depth + 2, section, page, 120.0 + 40 * n) for n, section in enumerate(sections))]

    numbering = HeadingWords().numbering()
    own = [OutlineItem(0, "1. Inleiding", 1, 40.0), *plan("Opvoeding en ontwikkeling", 1, 2),
           OutlineItem(3, "Idee 1: Benchmark", 3, 40.0), OutlineItem(4, "1. Vraagstuk", 3, 80.0)]
    assert nested_in_their_kind(own, numbering) == []
    for numbered in (True, False):
        drifting = [item for n, title in enumerate(["Opvoeding", "Emancipatie", "Netwerken", "Gelijke kansen"])
                    for item in plan(title, n + 1, n + 2, numbered)]
        # Named once a kind: the numbered sections, or each title given four times ("Vraagstuk", "Doel(en) project").
        assert [(d.text, d.page, d.detail) for d in nested_in_their_kind(drifting, numbering)] == [
            ("1. Vraagstuk", 5, "at depth 6, one of 4 its kind stands at (3, 4, 5, 6): the outline set aside")
        ] if numbered else [
            ("Vraagstuk", 5, "at depth 6, one of 4 its kind stands at (3, 4, 5, 6): the outline set aside"),
            ("Doel(en) project", 5, "at depth 6, one of 4 its kind stands at (3, 4, 5, 6): the outline set aside")]
