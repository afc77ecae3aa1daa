"""The section tree of the 2023 werkplan, against the document."""

import re
from pathlib import Path

import pytest

from extract.werkplan.extraction import extract_werkplan
from tests.werkplan_factory import budget_block, build_pdf

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "werkplan-kis-2023.txt"


@pytest.fixture(scope="module")
def nodes(extraction_2023):
    return {n.id: n for root in extraction_2023.sections for n in root.walk()}


def test_programmalijnen_keep_both_titles(datasets_2023):
    pl = datasets_2023.frames["programmalijnen"]
    assert list(pl["number"]) == [str(n) for n in range(1, 10)]
    assert list(pl["title_bijlage"]) == [
        "Programmalijn 1. Opvoeding en ontwikkeling jongeren",
        "Programmalijn 2. Emancipatie en zelfbeschikking",
        "Programmalijn 3. Informele netwerken versterken",
        "Programmalijn 4. Gelijke kansen op de arbeidsmarkt",
        "Programmalijn 5. Gelijke kansen voor nieuwkomers",
        "Programmalijn 6. Professionals in de (super)diverse samenleving",
        "Programmalijn 7. Van ongewenste polarisatie naar verbinding",
        "Programmalijn 8. Samenleven in superdiversiteit",
        "Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme",
    ]
    assert list(pl["title_main_text"]) == [
        "Programmalijn 1. Opvoeding en ontwikkeling jongeren",
        "Programmalijn 2. Emancipatie en zelfbeschikking",
        "Programmalijn 3. Versterken informele netwerken",
        "Programmalijn 4. Gelijke kansen op de arbeidsmarkt",
        "Programmalijn 5. Gelijke kansen voor nieuwkomers",
        "Programmalijn 6. Zorg-, welzijn- en onderwijsprofessionals in de diverse samenleving",
        "Programmalijn 7. Voorkomen van ongewenste polarisatie, spanningen en segregatie",
        "Programmalijn 8. Samenleven in (super)diversiteit",
        "Programmalijn 9. Effectief discriminatie en institutioneel racisme verminderen",
    ]


PROJECTS = [
    # (project, subplan, programmalijn, title, page_start, page_end, budget total)
    ("1.1", None, "1", "Een stevige identiteit ontwikkelen: Vaders mee aan het stuur", 29, 32, 50018),
    ("1.2", None, "1", "Identity Project", 33, 36, 50017),
    ("2.1", None, "2", "Borging van ontwikkelde toolkits en netwerkopbouw informele organisaties", 37, 41, 62651),
    ("2.2", None, "2", "Platform Eer en Vrijheid", 42, 45, 60733),
    ("2.3", None, "2", "Overig project ‘Dubbele nationaliteit", 46, 47, 50000),
    ("3.1", None, "3", "Verkennen informele netwerken", 48, 52, 49141),
    ("3.2", None, "3", "Informeel moskeeonderwijs", 53, 57, 50080),
    ("4.1", None, "4", "Aanpak stagediscriminatie", 58, 64, None),
    ("4.1", "idee-1", "4", "Benchmark anti-stagediscriminatiebeleid op mbo-scholen", 58, 61, 50686),
    ("4.1", "idee-2", "4", "Actieonderzoek onder studenten tegen stagediscriminatie", 62, 64, None),
    ("4.2", None, "4", "Mkb ondersteunen in gelijke kansen creëren in werving en selectie", 65, 69, 50879),
    ("4.3", None, "4", "Versterken positie werknemers na intrede op de arbeidsmarkt (post-entry)", 70, 72, 34871),
    ("4.4", None, "4", "HRM-opleidingen", 73, 75, 12520),
    ("5.1", None, "5", "Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten",
     76, 79, 74998),
    ("5.2", None, "5", "Werken aan taalvaardigheid bij EU-arbeidsmigranten", 80, 82, 25326),
    ("5.3", None, "5", "Verkenning particuliere opvang Oekraïense vluchtelingen", 83, 86, 35122),
    ("6.1", None, "6", "Diversiteitsensitief werken in de jeugdhulp", 87, 89, 55338),
    ("6.2", None, "6", "Pabo’s in de inclusieve samenleving", 90, 94, 49952),
    ("7.1", None, "7", "Kennisontwikkeling- en implementatie ’Van ongewenste polarisatie naar verbinding’",
     95, 99, 54962),
    ("7.2", None, "7", "Afwegingskader polarisatie", 100, 103, 55038),
    ("8.1", None, "8", "Publieke familiariteit in de (super)diverse wijk", 104, 107, 65104),
    ("9.1", None, "9", "Effectieve aanpak discriminatie verminderen op lokaal niveau", 108, 112, 62744),
    ("9.2", None, "9", "Online discriminatie aanpakken", 113, 117, 49012),
    ("9.3", None, "9", "Institutioneel racisme", 118, 121, 58519),
    ("10.1", None, None, "Kennisdossier Roma, Sinti en woonwagenbewoners", 122, 123, 33178),
]


def test_projects_with_titles_pages_and_budget_totals(datasets_2023):
    projects = datasets_2023.frames["projects"]
    got = [
        (r.project, None if r.subplan is None or str(r.subplan) == "<NA>" else r.subplan,
         None if str(r.programmalijn) == "<NA>" else r.programmalijn, r.title, r.page_start, r.page_end,
         None if str(r.budget_total) == "<NA>" else r.budget_total)
        for r in projects.itertuples()
    ]
    assert got == PROJECTS


def test_onderdelen_and_chapters_page_ranges(nodes):
    ranges = {k: (nodes[k].page_start, nodes[k].page_end) for k in
              ["onderdeel-a", "onderdeel-b", "onderdeel-c", "onderdeel-d", "onderdeel-e", "begroting", "bijlage",
               "inleiding", "inhoud"]}
    assert ranges == {
        "onderdeel-a": (6, 10), "onderdeel-b": (11, 11), "onderdeel-c": (12, 16), "onderdeel-d": (17, 18),
        "onderdeel-e": (19, 19), "begroting": (20, 27), "bijlage": (28, 123), "inleiding": (4, 5),
        "inhoud": (2, 3),
    }
    assert nodes["onderdeel-a"].title == "Onderdeel A: Ontwikkeling en benutting van kennis"


STANDARD = ["vraagstuk", "doel-en-project", "relatie-tot-programmalijn", "doelgroep", "samenwerking",
            "activiteiten-plan-van-aanpak", "resultaten", "planning", "begroting"]


def test_every_project_has_its_subsections_in_order(nodes):
    children = {n.id: [c.id.rsplit("/", 1)[1] for c in n.children] for n in nodes.values()}
    for project in ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1",
                    "6.2", "7.1", "7.2", "8.1", "9.1", "9.2", "9.3"]:
        pl = project.split(".")[0]
        assert children[f"bijlage/pl-{pl}/{project}"] == STANDARD, project
    assert children["bijlage/pl-4/4.1"] == ["idee-1", "idee-2"]
    assert children["bijlage/pl-4/4.1/idee-1"] == STANDARD
    assert children["bijlage/pl-4/4.1/idee-2"] == STANDARD[:-1]  # Idee 2 has no Begroting
    assert children["bijlage/pl-2/2.3"] == [
        "vraagstuk", "doel-en-doelgroep-voorverkenning", "onderzoeksvragen-voorverkenning",
        "activiteiten-plan-van-aanpak-voorverkenning", "planning-en-resultaat", "begroting"]
    assert [nodes[f"bijlage/pl-2/2.3/{c}"].number for c in children["bijlage/pl-2/2.3"]] == list("123456")
    assert nodes["bijlage/overige-project/10.1/begroting"].title == "8. Begroting"
    assert nodes["bijlage/overige-project/10.1"].kind == "project"
    assert nodes["bijlage/pl-4/4.1/idee-1/vraagstuk"].kind == "project_section"
    kinds = [n.kind for n in nodes.values()]
    assert (kinds.count("project"), kinds.count("subplan"), kinds.count("project_section")) == (23, 2, 211)
    assert len(nodes) == 292


def _sentences(node):
    flat = " ".join(" ".join(b.text for b in node.blocks if b.kind != "table").split())
    return re.findall(r"\S.*?[.!?](?=\s|$)", flat)


@pytest.mark.parametrize("section, first, last", [
    ("inleiding",
     "Kennisplatform Inclusief Samenleven (KIS) zet zich sinds de start in 2015 in om inclusief samenleven in "
     "relatie tot migratieachtergrond te bevorderen en kansenongelijkheid te verminderen.",
     "We nemen een onafhankelijke positie in."),
    ("bijlage/pl-1/1.1/vraagstuk",
     "Ouders en andere informele opvoeders spelen een belangrijke rol, samen met pedagogische professionals uit "
     "het onderwijs en jeugddomein, bij het gezond en evenwichtig opgroeien van jongeren.",
     "Waar zij wel worden bereikt via specifieke op hen afgestemde aanpakken, is de betrokkenheid van vaders vaak "
     "groot en ontstaat bewustwording over het belang van hun rol."),
    ("bijlage/pl-1/1.1/doel-en-project",
     "Het doel van het project in 2023 is om eerste stappen te zetten op weg naar maatwerk in de ondersteuning "
     "van vaders – naast moeders - bij de identiteitsontwikkeling van jongens en meisjes in een context van "
     "ongelijkheid.",
     "Samen met een netwerk van koplopers en partijen, dat in 2022 is uitgebreid, die open staan voor het "
     "ontwikkelen van inzichten en dit willen doorvertalen naar de bredere reguliere praktijk van "
     "opvoedondersteuning over hoe vaders beter te bereiken en ondersteunen rond deze vraagstukken."),
    ("onderdeel-e",
     None,
     "Hierbij wordt gekeken naar zowel de wetenschappelijke kwaliteit van producten als naar de impact en "
     "mogelijkheden voor implementatie van de ontwikkelde kennis."),
])
def test_first_and_last_sentences(nodes, section, first, last):
    sentences = _sentences(nodes[section])
    if first:
        assert sentences[0] == first
    assert sentences[-1] == last


def test_list_items_and_table_markers(nodes):
    resultaten = nodes["bijlage/pl-1/1.1/resultaten"].blocks
    assert [(b.kind, b.marker) for b in resultaten] == [("list_item", "•")] * 3
    assert resultaten[0].text == "Kader intersectionaliteit is vertaald naar de praktijk met partners (product)."
    begroting = nodes["bijlage/pl-1/1.1/begroting"]
    assert [(b.kind, b.table_id) for b in begroting.blocks] == [("table", "werkplan-2023/project-1.1")]
    assert nodes["bijlage/pl-1/1.1/planning"].text == "[tabel: werkplan-2023/planning/project-1.1]"


def test_no_running_header_or_page_number_in_any_section(datasets_2023):
    texts = datasets_2023.frames["sections"]["text"].fillna("")
    assert not texts.str.contains("24 november 2022").any()
    assert not texts.str.contains(r"\b\d+ van 123\b").any()
    assert not texts.str.contains("Werkplan Kennisplatform Inclusief Samenleven").any()


def _seed_vocabulary():
    """Words of the user's text; a line-end hyphen counts as a break unless the hyphenated word occurs inside a line."""
    text = SEED.read_text(encoding="utf-8")
    inside = set(re.findall(r"\w+(?:-\w+)+", re.sub(r"-\s*\n\s*", "\x00", text)))
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    for head, tail in re.findall(r"(\w+)-\s*\n\s*(\w+)", text):
        words.add((head + tail).lower())
        if f"{head}-{tail}" in inside:
            words.update({head.lower(), tail.lower()})
    return words


def test_no_word_split_by_a_line_break_hyphen(nodes):
    vocabulary = _seed_vocabulary()
    text = " ".join(b.text for n in nodes.values() for b in n.blocks)
    unknown = sorted({w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in vocabulary})
    assert unknown == []


def test_every_body_line_lands_in_exactly_one_section_or_table(extraction_2023, nodes):
    owned = {}
    for node in nodes.values():
        for line in node.lines:
            assert id(line) not in owned, line.text
            owned[id(line)] = node.id
    heading_lines = {id(ln) for h in extraction_2023.headings for ln in h.lines}
    missing = [ln.text for ln in extraction_2023.document.lines()
               if id(ln) not in owned and id(ln) not in heading_lines]
    assert missing == []
    # Nothing lost: the blocks hold exactly the characters of the lines outside tables.
    tables = extraction_2023.line_tables
    for node in nodes.values():
        body = "".join(ln.text for ln in node.lines if id(ln) not in tables)
        blocks = "".join((b.marker or "") + b.text for b in node.blocks if b.kind != "table")
        if node.kind == "toc":  # the text of its entries as read: leaders and page numbers are layout
            body, blocks = re.sub(r"[.…]{3,}|\d+", "", body), re.sub(r"\d+", "", blocks)
        assert re.sub(r"[\s\-]", "", blocks) == re.sub(r"[\s\-]", "", body), node.id
        in_tables = {tables[id(ln)] for ln in node.lines if id(ln) in tables}
        assert in_tables == {b.table_id for b in node.blocks if b.kind == "table"}, node.id


def test_table_of_contents_is_data_and_compared(datasets_2023):
    toc = datasets_2023.frames["toc"]
    assert len(toc) == 41
    first = toc.iloc[0]
    assert (first["title"], first["printed_page"], first["level"], first["actual_page"]) == ("Inleiding", 4, 1, 4)
    wrapped = toc[toc["title"].str.startswith("Project 2.1")].iloc[0]
    assert wrapped["title"] == "Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw informele organisaties"
    assert toc["title_matches"].all()
    begroting = toc[toc["title"] == "Begroting"].iloc[0]
    assert (begroting["printed_page"], begroting["actual_page"], begroting["page_matches"]) == (21, 20, False)
    assert toc["page_matches"].sum() == 2  # only Inleiding (4) and Onderdeel A (6) sit where the ToC says
    assert list(toc["level"].value_counts().sort_index()) == [9, 9, 23]


def test_title_page(extraction_2023):
    assert extraction_2023.title_page == {
        "title": "Werkplan 2023",
        "platform": "Kennisplatform Inclusief Samenleven",
        "organisations": "Verwey-Jonker Instituut en Movisie",
        "funder": "directie Samenleving & Integratie, ministerie van Sociale Zaken en Werkgelegenheid",
        "place": "Utrecht",
        "date": "november 2022",
    }


def test_footnotes_close_the_section_that_refers_to_them(nodes):
    # As the seed text prints them: footnote 4 refers from "(zie KIS-artikelen van 20224)." under
    # "7. Resultaten" and stands at the foot of the page of "8. Planning"; footnote 12 stands inside a
    # sentence that runs over a page end ("... rondom de particuliere" / "opvang in de gemeente").
    resultaten = nodes["bijlage/pl-2/2.1/resultaten"]
    assert resultaten.blocks[-1].text.startswith("4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’")
    assert nodes["bijlage/pl-2/2.1/planning"].text == "[tabel: werkplan-2023/planning/project-2.1]"
    activiteiten = nodes["bijlage/pl-5/5.3/activiteiten-plan-van-aanpak"].text
    assert "rondom de particuliere opvang in de gemeente." in activiteiten
    assert activiteiten.endswith("\n\n12 We verwachten in totaal tussen de 20 en 24 (groeps)interviews uit te voeren.")
    assert nodes["begroting"].text.endswith("opgenomen. 1\n\n1 Alle bedragen staan in euro’s.")


def test_a_bijlage_without_project_headings_keeps_its_subheadings_as_sections(tmp_path):
    # No "Project N.N" heading, so no project level: the bijlage's subheadings are plain sections.
    rows = budget_block([("Movisie", [("Onderzoeker", 100, 10)], 10, 5)], 1000)
    blocks = [("title", "Werkplan 2031"), ("p", "Kennisplatform"), ("pagebreak",), ("h1", "Begroting"),
              ("h2", "Onderdeel B. Portaal"), ("budget", rows), ("pagebreak",), ("h1", "Bijlage 1. Bronnen"),
              ("h2", "Gesprekken"), ("p", "Met wie we spraken."), ("h2", "Literatuur"), ("p", "Wat we lazen.")]
    build_pdf(tmp_path / "werkplan-2031.pdf", blocks)
    sections = [(s.kind, s.title) for root in extract_werkplan(tmp_path / "werkplan-2031.pdf").sections
                for s in root.walk()]
    assert sections[-3:] == [("bijlage", "Bijlage 1. Bronnen"), ("section", "Gesprekken"), ("section", "Literatuur")]


def test_a_typeset_numbered_subsection_keeps_the_separator_it_prints(tmp_path):
    # Only an OCR text layer's "4, Doelgroep" is read as the "4." most numbered headings print (the scan's
    # test: tests/pipelines/test_ocr_scan.py); a typeset PDF prints what its author typed.
    rows = budget_block([("Movisie", [("Onderzoeker", 100, 10)], 10, 5)], 1000)
    blocks = [("title", "Werkplan 2031"), ("p", "Kennisplatform"), ("pagebreak",), ("h1", "Bijlage 1. Projecten"),
              ("h2", "Project 1.1 Een project"), ("h3", "1. Vraagstuk"), ("p", "Wat er speelt."),
              ("h3", "2. Doel en project"), ("p", "Wat er speelt."), ("h3", "3, Doelgroep"), ("p", "Wie."),
              ("h3", "4. Begroting"), ("budget", rows)]
    build_pdf(tmp_path / "werkplan-2031.pdf", blocks)
    sections = [s for root in extract_werkplan(tmp_path / "werkplan-2031.pdf").sections for s in root.walk()]
    assert [(s.number, s.title) for s in sections if s.kind == "project_section"] == [
        ("1", "1. Vraagstuk"), ("2", "2. Doel en project"), ("3", "3, Doelgroep"), ("4", "4. Begroting")]


def test_a_projects_numbered_sections_stand_two_levels_under_it_though_no_project_has_sub_plans(tmp_path):
    # Another edition (tests/editions.py, LibreOffice look 9013): 2023's text without project 4.1, the one project
    # with sub-plans ("Idee 1"), read its 185 project sections at level 4, not 5 as in every 2023 look.
    rows = budget_block([("Movisie", [("Onderzoeker", 100, 10)], 10, 5)], 1000)
    blocks = [("title", "Werkplan 2031"), ("p", "Kennisplatform"), ("pagebreak",),
              ("h1", "Bijlage 1. Uitgewerkte projectplannen"), ("h2", "Programmalijn 1. Opvoeding"),
              ("h3", "Project 1.1 Een project"), ("h4", "1. Vraagstuk"), ("p", "Wat er speelt."),
              ("h4", "2. Begroting"), ("budget", rows)]
    build_pdf(tmp_path / "werkplan-2031.pdf", blocks)
    sections = [s for root in extract_werkplan(tmp_path / "werkplan-2031.pdf").sections for s in root.walk()]
    assert [(s.kind, s.level) for s in sections if s.kind != "titlepage"] == [
        ("bijlage", 1), ("programmalijn", 2), ("project", 3), ("project_section", 5), ("project_section", 5)]


def test_a_heading_as_small_as_a_footnote_is_not_part_of_the_note_above_it(tmp_path):
    # Seen in a look whose numbered subsections are set small (9 pt small capitals under an 11.5 pt body):
    # footnote 4 of project 2.1, set right after its paragraph, then "8. Planning"; the heading was read
    # as the note's last line and its section lost.
    from reportlab.lib.styles import ParagraphStyle

    rows = budget_block([("Movisie", [("Onderzoeker", 100, 10)], 10, 5)], 1000)
    small = {"h4": ParagraphStyle("h4", fontName="Helvetica-Bold", fontSize=8, leading=10, spaceBefore=6),
             "note": ParagraphStyle("note", fontName="Helvetica", fontSize=7, leading=8.5)}
    blocks = [("title", "Werkplan 2031"), ("p", "Kennisplatform"), ("pagebreak",), ("h1", "Begroting"),
              ("h2", "Onderdeel B. Portaal"), ("budget", rows), ("pagebreak",),
              ("h1", "Bijlage 1. Uitgewerkte projectplannen"), ("h2", "Programmalijn 2. Zelfbeschikking"),
              ("h3", "Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw"), ("h4", "7. Resultaten"),
              ("p", "Leerbijeenkomsten voor professionals en informele werkers. " * 12),  # the body's size
              ("p", "Implementatie van de toolkits over shame sexting en achterlating in het jongerenwerk4."),
              ("note", "4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’ | Kennisplatform Inclusief "
                       "Samenleven (kis.nl)"),
              ("h4", "8. Planning"), ("p", "Alle bovengenoemde activiteiten zullen simultaan worden uitgevoerd.")]
    build_pdf(tmp_path / "werkplan-2031.pdf", blocks, styles=small)
    sections = {s.title: s for root in extract_werkplan(tmp_path / "werkplan-2031.pdf").sections
                for s in root.walk()}
    assert "8. Planning" in sections
    assert "Planning" not in sections["7. Resultaten"].text


def test_a_heading_of_the_bijlage_holding_projects_is_their_group_at_any_level(tmp_path):
    # Look 7603: "Overige project" set as the programmalijnen are, over its item "1. Kennisdossier …" set as
    # the projects are, with a style of the Inleiding ranked between them: no level lies between the group
    # and its projects, yet it holds one.
    from reportlab.lib.styles import ParagraphStyle

    rows = budget_block([("Movisie", [("Onderzoeker", 100, 10)], 10, 5)], 1000)
    between = {"h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=6),
               "h2b": ParagraphStyle("h2b", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=6)}
    blocks = [("title", "Werkplan 2031"), ("p", "Kennisplatform"), ("pagebreak",), ("h1", "Inleiding"),
              ("h2b", "Achtergrond"), ("p", "Waarom dit werkplan."), ("pagebreak",),
              ("h1", "Bijlage 1. Uitgewerkte projectplannen"), ("h2", "Programmalijn 1. Opvoeding"),
              ("h3", "Project 1.1 Vaders mee aan het stuur"), ("h4", "1. Vraagstuk"), ("p", "Wat er speelt."),
              ("h4", "2. Begroting"), ("budget", rows), ("h2", "Overige project"),
              ("h3", "1. Kennisdossier Roma, Sinti en woonwagenbewoners"), ("h4", "1. Vraagstuk"),
              ("p", "Wat er speelt."), ("h4", "2. Begroting"), ("budget", rows)]
    build_pdf(tmp_path / "werkplan-2031.pdf", blocks, styles=between)
    sections = [s for root in extract_werkplan(tmp_path / "werkplan-2031.pdf").sections for s in root.walk()]
    assert [(s.kind, s.title, s.scope_id) for s in sections if s.kind in ("programmalijn", "group", "project")] == [
        ("programmalijn", "Programmalijn 1. Opvoeding", None),
        ("project", "Project 1.1 Vaders mee aan het stuur", "project-1.1"),
        ("group", "Overige project", None),
        ("project", "1. Kennisdossier Roma, Sinti en woonwagenbewoners", "project-2.1")]


def test_a_table_piece_read_in_the_other_columns_text_stands_with_the_table():
    """Look 7446 (A5, two columns): project 2.3's planning crosses the gutter, and the page read in columns put
    its "Jan." in the left column's text, between "vervolgonderzoek" and "wenselijk".  The section read
    "… vervolgonderzoek [tabel] wenselijk …" and the table again after it; the table stands once, where most
    of it is read, and the sentence runs on."""
    from collections import Counter

    from extract.pdf.model import Line, Word
    from extract.pdf.text import TextSettings
    from extract.werkplan.sections import _blocks

    def line(text: str, top: float, x0: float = 37) -> Line:
        words, x = [], x0
        for part in text.split():
            words.append(Word(part, x, x + 6 * len(part), top, top + 10.5, "Helvetica", 10.5, (0,)))
            x += 6 * len(part) + 3
        return Line(page=85, words=words)

    text = [line("contactpersoon bij SZW besloten of vervolgonderzoek", 330), line("wenselijk is.", 343)]
    table = [line("Jan.", 380.6, x0=174), line("2023", 368.8, x0=253), line("Feb. Mrt. Apr.", 380.6, x0=226),
             line("Voorverkenning x x x x", 393, x0=38)]
    tables = {id(ln): "planning/project-2.3" for ln in table}
    blocks = _blocks([text[0], table[0], text[1], *table[1:]], tables, 12.6, Counter(), TextSettings())
    assert [(b.kind, b.text, b.table_id) for b in blocks] == [
        ("paragraph", "contactpersoon bij SZW besloten of vervolgonderzoek wenselijk is.", None),
        ("table", "", "planning/project-2.3")]


def test_notes_set_out_of_their_order_close_the_section_that_refers_to_them_in_their_order():
    # Held-out WeasyPrint look 8293: notes 13 and 14 both refer from project 6.2's "Vraagstuk" on page 107; the
    # typesetter set note 14 at the foot of page 109 and note 13 at that of page 110, three pages on, further
    # back than a reference is looked for by itself.  Note 13 went to the section where it stands.
    from extract.pdf.footnotes import Footnote, FootnoteSettings
    from extract.pdf.model import Line, Word
    from extract.werkplan.sections import Section, _file_footnotes

    def line(page: int, top: float, text: str, size: float = 11.0) -> Line:
        return Line(page=page, words=[Word(w, 50 + 40 * i, 85 + 40 * i, top, top + size, "Regular", size, (0,))
                                      for i, w in enumerate(text.split())])

    def section(name: str, page: int) -> Section:
        return Section(name, None, "project_section", None, name, 3, page, page)

    vraagstuk, resultaten = section("vraagstuk", 107), section("resultaten", 110)
    text = [line(107, 100, "de eerste inzichten13 van het onderzoek"), line(107, 114, "met drie pabo’s14 aan de slag"),
            line(110, 100, "Overzicht voor pabo’s van belangrijke randvoorwaarden")]
    owner = {id(text[0]): vraagstuk, id(text[1]): vraagstuk, id(text[2]): resultaten}
    fourteen = Footnote("14", 109, [line(109, 780, "14 Het aantal pabo’s zal afhangen van de interventies.", 7)])
    thirteen = Footnote("13", 110, [line(110, 780, "13 Ten tijde van dit schrijven is het projectteam bezig.", 7)])
    _file_footnotes([fourteen, thirteen], owner, text, FootnoteSettings())
    assert (vraagstuk.notes, resultaten.notes) == ([thirteen.lines, fourteen.lines], [])
