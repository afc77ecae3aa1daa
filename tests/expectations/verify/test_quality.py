import pandas as pd

from expectations.verify.quality import (
    STRUCTURE_DOUBTFUL,
    budget_label_signals,
    column_signals,
    cut_word_signals,
    label_cut_signals,
    marks_without_label_signals,
    misnamed_glyph_signals,
    note_without_words_signals,
    overprint_signals,
    overview_signals,
    planning_scope_signals,
    projects_outside_programmalijn,
    quality_signals,
    reading_signals,
    review_reasons,
    section_numbering_split,
    toc_signals,
)
from extract.pdf.model import Line, Page, Word
from extract.werkplan.budget import BudgetRow, Cell, Column
from extract.werkplan.extraction import BudgetTable, ScopedPlanning
from extract.werkplan.kinds import RowKind
from extract.werkplan.planning import PlanningRow, PlanningTable
from extract.werkplan.vocabulary import RowKeywords


def _frames(scope_kinds: list[str], headings: int, pages: int, scope_ids=None) -> dict[str, pd.DataFrame]:
    tables = pd.DataFrame({"table_id": [f"werkplan-2030/t{i}" for i in range(len(scope_kinds))],
                           "scope_kind": scope_kinds, "page_start": range(2, 2 + len(scope_kinds)),
                           "scope_id": scope_ids or [f"s{i}" for i in range(len(scope_kinds))]})
    kinds = ["titlepage"] + ["section"] * headings
    sections = pd.DataFrame({"section_id": [f"s{i}" for i in range(len(kinds))], "parent_id": None, "kind": kinds,
                             "number": None, "title": "Kop", "position": range(len(kinds)), "page_start": 1})
    # Each project table belongs to its project's section.
    projects = pd.DataFrame({"budget_table_id": tables.loc[tables["scope_kind"] == "project", "table_id"]})
    projects = projects.assign(project=None, section_id=None)
    return {"budget_tables": tables, "sections": sections, "document": pd.DataFrame({"page_count": [pages]}),
            "projects": projects, "programmalijnen": pd.DataFrame({"number": [], "section_id_bijlage": []})}


def test_tables_without_scope_are_listed():
    [signal] = reading_signals(_frames(["unknown", "project", "unknown", "unknown"], headings=20, pages=10))
    assert (signal.kind, signal.subject) == ("tables_without_scope", "3 van 4 begrotingstabellen")
    assert signal.evidence == ["werkplan-2030/t0", "werkplan-2030/t2", "werkplan-2030/t3"]
    assert signal.detail.startswith("de meeste begrotingstabellen hebben geen onderwerp")
    assert signal.detail.endswith("werkplan-2030/t0, werkplan-2030/t2, werkplan-2030/t3")
    assert signal.pages == "2,4,5"


def test_tables_sharing_a_scope_are_listed():
    frames = _frames(["onderdeel"] * 4 + ["project"], headings=20, pages=10,
                     scope_ids=["onderdeel-e", "onderdeel-a", "onderdeel-e", "onderdeel-e", "project-1.1"])
    [signal] = reading_signals(frames)
    assert (signal.kind, signal.subject, signal.pages) == ("tables_sharing_scope",
                                                           "3 begrotingstabellen onder 1 onderwerpen",
                                                           "2,4,5")
    assert signal.detail.endswith("onderdeel-e: werkplan-2030/t0, werkplan-2030/t2, werkplan-2030/t3")


def test_few_headings_for_the_pages():
    [signal] = reading_signals(_frames(["project"], headings=4, pages=10))
    assert (signal.kind, signal.subject) == ("few_headings", "4 koppen op 10 pagina's")
    assert reading_signals(_frames(["project"], headings=5, pages=10)) == []


def test_the_2023_werkplan_is_read_well(datasets_2023):
    assert reading_signals(datasets_2023.frames) == []


def test_a_planning_over_a_page_end_is_signalled():
    planning = pd.DataFrame({"table_id": ["werkplan-2030/planning/project-1.1"] * 3, "year": [2030] * 3,
                             "scope_id": ["project-1.1"] * 3,
                             "page": [4, 4, 5]})
    frames = {**_frames(["project"], headings=20, pages=10), "planning": planning,
              "budget_lines": pd.DataFrame({"label_line_count": []}),
              "numbers": pd.DataFrame({"raw": pd.Series([], dtype="string")}),
              "toc": pd.DataFrame({"section_id": [], "page_matches": []}),
              "overview": pd.DataFrame({"onderdeel": pd.Series([], dtype="string"), "page": []})}
    frames["budget_tables"] = frames["budget_tables"].assign(second_reading_agreeing=None, closed_by_total=True,
                                                             page_end=2, row_count=1, onderdeel=None)
    [signal] = quality_signals(frames, 2030)
    assert (signal.kind, signal.subject, signal.pages) == (
        "planning_over_pages", "werkplan-2030/planning/project-1.1", "4-5")


def test_project_tables_without_a_project_section_are_listed():
    frames = _frames(["project", "project", "onderdeel"], headings=20, pages=10)
    frames["projects"] = frames["projects"].iloc[:1]  # the second project's plan is no section
    [signal] = reading_signals(frames)
    assert (signal.kind, signal.subject, signal.evidence) == (
        "project_tables_without_section", "1 van 2 projectbegrotingen", ["werkplan-2030/t1"])


def test_a_table_of_contents_without_entries_read_and_an_overview_missing_onderdelen():
    frames = {"toc": pd.DataFrame({"section_id": []}), "sections": pd.DataFrame({"kind": ["titlepage", "toc"]})}
    [signal] = toc_signals(frames)
    assert (signal.kind, signal.subject) == ("toc_unread", "inhoudsopgave zonder regels")
    frames = {"budget_tables": pd.DataFrame({"onderdeel": ["A", "B", None, "E"]}),
              "overview": pd.DataFrame({"onderdeel": ["A", None], "page": [26, 26], "row_kind": ["onderdeel", "total"],
                                        "document_id": ["werkplan-2023"] * 2})}
    [signal] = overview_signals(frames)
    assert (signal.kind, signal.subject, signal.pages) == ("overview_rows_missing", "2 van 3 onderdelen", "26")
    assert signal.detail.startswith("het totaaloverzicht heeft geen regel voor onderdeel B, E,")


def test_a_table_of_contents_read_only_up_to_a_page_end():
    # The table of contents lists a programmalijn and its two projects, then stops (its next page was
    # not read as part of it); the document goes on with another programmalijn and three projects.
    titles = ["Inhoud", "Programmalijn 1", "Project 1.1", "1. Vraagstuk", "Project 1.2",
              "Programmalijn 2", "Project 2.1", "Project 2.2", "Project 2.3"]
    sections = pd.DataFrame({"section_id": [f"s{i}" for i in range(9)], "title": titles, "position": range(9),
                             "kind": ["toc", "programmalijn", "project", "section", "project",
                                      "programmalijn", "project", "project", "project"],
                             "level": [1, 1, 2, 3, 2, 1, 2, 2, 2], "page_start": [2, 3, 3, 3, 5, 7, 7, 9, 11],
                             "parent_id": [None, None, "s1", "s2", "s1", None, "s5", "s5", "s5"]})
    toc = pd.DataFrame({"section_id": ["s1", "s2", "s4"]})
    [signal] = toc_signals({"toc": toc, "sections": sections})
    assert (signal.kind, signal.subject, signal.pages, signal.evidence) == (
        "toc_partly_read", "4 koppen buiten de inhoudsopgave", "7,9,11", ["s5", "s6", "s7", "s8"])
    # Two headings after the last it lists are no sign: a table of contents may leave some out.
    assert toc_signals({"toc": toc, "sections": sections.iloc[:7]}) == []
    # A project left out between its listed siblings: a line of the table of contents was not read.
    [signal] = toc_signals({"toc": pd.DataFrame({"section_id": ["s1", "s4", "s5", "s6", "s7", "s8"]}),
                            "sections": sections})
    assert (signal.kind, signal.subject, signal.pages, signal.evidence) == (
        "toc_partly_read", "1 koppen overgeslagen in de inhoudsopgave", "3", ["s2"])


def test_the_2023_table_of_contents_is_read_whole(datasets_2023):
    assert toc_signals(datasets_2023.frames) == []


def test_planning_tables_sharing_a_scope_are_listed(datasets_2023):
    # Project 1.2's planning read as two tables (the second's rows out of order), on pages 27 and 28.
    planning = pd.DataFrame({"table_id": ["p/1.1", "p/1.2", "p/1.2", "p/1.2#2"], "page": [25, 27, 27, 28],
                             "scope_id": ["project-1.1", "project-1.2", "project-1.2", "project-1.2"]})
    [signal] = planning_scope_signals({"planning": planning})
    assert (signal.kind, signal.subject, signal.pages, signal.evidence) == (
        "planning_tables_sharing_scope", "2 planningen onder 1 onderwerpen", "27,28", ["p/1.2", "p/1.2#2"])
    assert planning_scope_signals(datasets_2023.frames) == []  # the 2023 werkplan: one planning a project


def test_pages_whose_column_reading_is_a_guess_are_listed():
    # No content order known: pages 2-5 in columns, read in 1, 2, 3 and 1 sets; on pages 3 and 5 the
    # reading jumps to a column that goes on mid-sentence after one that ended a sentence.
    pages = [Page(number=n, width=420, height=595, lines=[], column_sets=sets, column_doubts=doubts)
             for n, sets, doubts in [(1, 0, 0), (2, 1, 0), (3, 2, 1), (4, 3, 0), (5, 1, 2)]]
    [signal] = column_signals(pages)
    assert (signal.kind, signal.subject, signal.pages) == ("column_sets_cut", "3 pagina's in kolommen", "3,4,5")
    assert "op 0 daarvan tekent het bestand 0 regels" in signal.detail and "op 3 (het bestand" in signal.detail
    assert column_signals(pages[:2]) == []  # one column set whose text runs on where the reading jumps


def test_the_content_order_decides_where_the_reader_gives_it():
    # Pages 2-4 in columns with the order their content draws the lines known: page 3 draws 2 lines of
    # its columns out of turn and is named; pages 2 and 4 draw them as read and are not, whatever their
    # sets and jumps; page 5 has no content order (another reader) and is judged by its sets.
    pages = [Page(number=n, width=420, height=595, lines=[], column_sets=sets, column_doubts=doubts,
                  column_disorder=disorder)
             for n, sets, doubts, disorder in [(1, 0, 0, None), (2, 3, 1, 0), (3, 1, 0, 2), (4, 2, 0, 0),
                                               (5, 2, 0, None)]]
    [signal] = column_signals(pages)
    assert (signal.subject, signal.pages) == ("2 pagina's in kolommen", "3,5")
    assert "op 1 daarvan tekent het bestand 2 regels in een andere volgorde" in signal.detail
    assert "op 1 (het bestand zegt geen volgorde)" in signal.detail
    assert column_signals(pages[:2] + pages[3:4]) == []


def test_glyphs_a_font_names_alike_doubt_the_text_and_show_the_words_a_misnamed_digit_stands_in(tmp_path):
    from extract.pdf.document import read_document
    from tests.extract.pdf.test_glyph_names import ligatures_pdf, misnamed_quote_pdf

    [signal] = misnamed_glyph_signals(read_document(misnamed_quote_pdf(tmp_path / "misnamed.pdf")))
    assert (signal.kind, signal.subject, signal.pages) == ("glyphs_named_alike", "1 tekens in 1 lettertypen", "1")
    assert signal.evidence == ["Helvetica: '9' = code 0x39 op 1 pagina's (1); code 0x92 op 1 pagina's (1)",
                               "p. 1: euro9s,"]  # not "2019.": no letter beside its 9
    assert "glyphs_named_alike" in STRUCTURE_DOUBTFUL
    [signal] = misnamed_glyph_signals(read_document(ligatures_pdf(tmp_path / "ligatures.pdf")))
    assert (signal.kind, signal.subject, signal.pages, signal.evidence) == (
        "glyphs_unreadable", "1 woorden", "1", ["p. 1: o昀툀ine"])  # "fi" and "ff" read back: "profijtgroepen"
    assert "glyphs_unreadable" in STRUCTURE_DOUBTFUL


def test_pages_with_words_printed_over_other_words_are_listed_and_doubt_the_reading():
    # WeasyPrint look 8287: on page 185 a word too long for the left column runs over the right column's line.
    # In an OCR text layer (one font) the letters' boxes are estimates and may overlap: no signal.
    from pathlib import Path

    from extract.pdf.model import Document

    def line(font: str) -> Line:
        return Line(page=185, words=[Word("onderwijsinstellingen.", 50, 150, 100, 110, font, 10, (0,))])

    pages = [Page(number=n, width=420, height=595, lines=[line("DejaVuSansMono-Bold"), line("DejaVuSansMono")],
                  overprinted=count) for n, count in [(184, 0), (185, 1)]]
    [signal] = overprint_signals(Document(Path("t.pdf"), "", {}, pages))
    assert (signal.kind, signal.subject, signal.pages) == ("text_overprinted", "1 woorden over andere tekst", "185")
    assert "text_overprinted" in STRUCTURE_DOUBTFUL
    assert overprint_signals(Document(Path("t.pdf"), "", {}, pages[:1])) == []
    for page in pages:
        page.lines = [line("GlyphLessFont")]
    assert overprint_signals(Document(Path("t.pdf"), "", {}, pages)) == []


def test_paragraphs_with_a_word_cut_at_the_margin_read_by_a_guess_doubt_the_reading():
    from extract.pdf.text import Block

    blocks = [Block("paragraph", "waaronder MiND, antidiscriminatievoorziening en, leden van", 88,
                    guessed_words=("antidiscriminatievoorziening en / antidiscriminatievoorzieningen",)),
              Block("paragraph", "koepels en samenwerkingsverband en. Het informeel-formeel", 91,
                    guessed_words=("samenwerkingsverband en / samenwerkingsverbanden",
                                   "informeel-formeel / informeelformeel")),
              Block("paragraph", "ontwikkelbijeenkomsten de input", 12)]
    [signal] = cut_word_signals(blocks, [])
    assert (signal.kind, signal.subject, signal.pages) == ("words_cut_guessed", "3 woorden", "88,91")
    # Each word on its page, as read and the other reading: what an auditor looks for on the page.
    assert signal.evidence == ["p. 88: antidiscriminatievoorziening en / antidiscriminatievoorzieningen",
                               "p. 91: samenwerkingsverband en / samenwerkingsverbanden",
                               "p. 91: informeel-formeel / informeelformeel"]
    assert "words_cut_guessed" in STRUCTURE_DOUBTFUL
    assert cut_word_signals(blocks[2:], []) == []
    # A planning label so cut (LibreOffice look 8316: "Netwerkbijeenkomsten/contact" / "en partners.").
    row = PlanningRow("4. Netwerkbijeenkomsten/contact en partners.", [], 408, 426, 54,
                      guessed_words=("Netwerkbijeenkomsten/contact en / Netwerkbijeenkomsten/contacten",))
    planning = [ScopedPlanning("planning/project-1.1", None, PlanningTable(54, 340, [], [row]))]
    [signal] = cut_word_signals(blocks[2:], planning)
    assert (signal.subject, signal.pages, signal.evidence) == (
        "1 woorden", "54", ["p. 54: Netwerkbijeenkomsten/contact en / Netwerkbijeenkomsten/contacten"])


def test_an_overview_without_its_total_row():
    # Five onderdelen read, the total row not (it stood on the next page and was not followed there).
    overview = pd.DataFrame({"document_id": ["werkplan-2023"] * 5, "onderdeel": list("ABCDE"),
                             "row_kind": ["onderdeel"] * 5, "page": [26] * 5})
    frames = {"overview": overview, "budget_tables": pd.DataFrame({"onderdeel": list("ABCDE")})}
    [signal] = overview_signals(frames)
    assert (signal.kind, signal.subject, signal.pages) == ("table_without_total_row", "werkplan-2023/overzicht", "26")
    with_total = pd.concat([overview, pd.DataFrame({"document_id": ["werkplan-2023"], "onderdeel": [None],
                                                    "row_kind": ["total"], "page": [27]})])
    assert overview_signals({**frames, "overview": with_total}) == []


def test_planning_marks_without_an_activity_beside_them():
    # Project 5.1's Gantt table: its second row split over a page end, the row's marks on page 63 and its
    # label on page 64; the marks stand alone on their line and were given to the row above.
    def line(text: str, x0: float, top: float) -> Line:
        return Line(page=63, words=[Word(t, x0 + 30 * i, x0 + 30 * i + 6, top, top + 8, "Sans", 8, (0,))
                                    for i, t in enumerate(text.split())])

    lines = [line("Jan. Feb. Mrt.", 240, 734), line("Fase 1. Ontwikkelen x x x", 80, 746), line("enquête.", 80, 756),
             line("x x x x", 405, 769)]
    planning = [ScopedPlanning("planning/project-5.1", None, PlanningTable(63, 734, [], [], lines=lines))]
    [signal] = marks_without_label_signals(planning, ("x", "X", "●"), "werkplan-2023")
    assert (signal.kind, signal.subject, signal.pages) == (
        "planning_marks_without_label", "werkplan-2023/planning/project-5.1", "63")
    assert marks_without_label_signals([ScopedPlanning("planning/project-5.1", None, PlanningTable(
        63, 734, [], [], lines=lines[:3]))], ("x",), "werkplan-2023") == []
    # Marks beside a label line, read as a line of their own (a page read in columns, look 7468), are its.
    beside = [line("Activiteit 6", 80, 780), Line(page=63, words=[Word("x", 405, 411, 779.5, 786, "Sans", 6.5, (0,))])]
    assert marks_without_label_signals([ScopedPlanning("planning/project-5.1", None, PlanningTable(
        63, 734, [], [], lines=lines[:3] + beside))], ("x",), "werkplan-2023") == []


def test_planning_activity_starting_mid_label():
    # Project 7.1's Gantt table in look 7475 (A5, "●"): its third label cut by the page end, the rest under
    # the header repeated on page 162 was read as an activity of its own, with no months.
    def row(activity: str, page: int) -> PlanningRow:
        return PlanningRow(activity=activity, planned=[], top=60, bottom=90, page=page)

    rows = [row("3. Kennis, modellen en tools voor de aanpak van ongewenste polarisatie beter", 161),
            row("‘vindbaar maken’ voor de doelgroepen;", 162), row("4. (Audio)visuele producten ontwikkelen", 162)]
    planning = [ScopedPlanning("planning/project-7.1", None, PlanningTable(161, 391, [], rows))]
    [signal] = label_cut_signals(planning, "werkplan-2023")
    assert (signal.kind, signal.subject, signal.pages) == (
        "planning_label_cut", "werkplan-2023/planning/project-7.1", "162")
    assert "planning_label_cut: werkplan-2023/planning/project-7.1" in review_reasons([signal.__dict__])
    # Activities as the 2023 werkplan starts them: numbered, "Fase 1.", or a capital.
    whole = [row(text, 63) for text in ("1. Deskresearch.", "Fase 1. Ontwikkelen enquête.", "Nieuwsbrief 1.")]
    assert label_cut_signals([ScopedPlanning("planning/project-5.1", None, PlanningTable(63, 734, [], whole))],
                             "werkplan-2023") == []


def _budget_row(index: int, kind: RowKind, label: str, organisation: str | None, role: str | None,
                amount: str, page: int) -> BudgetRow:
    value = int(amount.replace(".", ""))
    return BudgetRow(index, kind, label, organisation, role, {"amount": Cell(amount, value, page, 480, 700, 500, 709)},
                     page)


def test_budget_rows_whose_label_is_not_their_own():
    # Project 7.1 as look 7409 read it before labels carried over a page end went back to their values:
    # the staff costs row kept its values and lost its label, glued to the overhead row's.
    rows = [
        _budget_row(2, RowKind.STAFF, "Verwey-Jonker Instituut Projectondersteuning", "Verwey-Jonker Instituut",
                    "Projectondersteuning", "1.892", 99),
        _budget_row(3, RowKind.STAFF, "", "Verwey-Jonker Instituut", None, "3.744", 99),
        _budget_row(4, RowKind.OVERHEAD, "Overhead Verwey-Jonker Instituut Stafkosten Verwey-Jonker Instituut",
                    "Verwey-Jonker Instituut Stafkosten Verwey-Jonker Instituut", None, "7.176", 100),
        _budget_row(5, RowKind.ORG_TOTAL, "Totaal Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None,
                    "37.721", 100),
    ]
    table = BudgetTable("project-7.1", "budget", None, 99, 100, True, {}, rows)
    [signal] = budget_label_signals([table], RowKeywords(), "werkplan-2023")
    assert (signal.kind, signal.subject, signal.pages) == ("budget_labels_doubtful", "2 begrotingsregels", "99,100")
    assert signal.evidence == ["werkplan-2023/project-7.1/003/amount", "werkplan-2023/project-7.1/004/amount"]
    assert "werkplan-2023/project-7.1/003 (p. 99): waarden zonder omschrijving" in signal.detail
    assert ("werkplan-2023/project-7.1/004 (p. 100): twee soorten regels in één omschrijving: 'Overhead "
            "Verwey-Jonker Instituut Stafkosten Verwey-Jonker Instituut'") in signal.detail
    # The rows' kinds, and the sums over them, rest on a misreading: the document goes to review.
    assert review_reasons([{"kind": signal.kind, "subject": signal.subject}]) == [
        "budget_labels_doubtful: 2 begrotingsregels"]


def test_a_staff_line_without_the_function_the_tables_other_staff_lines_have_is_doubtful():
    # Project 8.1 as look 7803 read it before a function moved over a page end went back to its row, and
    # published as sound: the junior researcher without function, its "Junior onderzoeker" in the next
    # row's.  (That label, two functions joined, shows nothing a word can tell.)
    rows = [
        _budget_row(1, RowKind.STAFF, "Verwey-Jonker Instituut Senior onderzoeker", "Verwey-Jonker Instituut",
                    "Senior onderzoeker", "4.788", 185),
        _budget_row(2, RowKind.STAFF, "Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None, "2.814", 185),
        _budget_row(3, RowKind.STAFF, "Verwey-Jonker Instituut Junior onderzoeker Project-ondersteuning",
                    "Verwey-Jonker Instituut", "Junior onderzoeker Project-ondersteuning", "1.804", 186),
    ]
    table = BudgetTable("project-8.1", "budget", None, 185, 186, True, {}, rows)
    [signal] = budget_label_signals([table], RowKeywords(), "werkplan-2023")
    assert (signal.subject, signal.pages, signal.evidence) == (
        "1 begrotingsregels", "185", ["werkplan-2023/project-8.1/002/amount"])
    assert ("werkplan-2023/project-8.1/002 (p. 185): personeelsregel zonder functie: 'Verwey-Jonker Instituut'"
            in signal.detail)
    # A table that prints no function at all (its staff lines are an organisation's hours) raises none.
    alone = BudgetTable("project-8.1", "budget", None, 185, 185, True, {}, [rows[1]])
    assert budget_label_signals([alone], RowKeywords(), "werkplan-2023") == []


def test_a_value_columns_header_inside_a_label_is_doubtful():
    # Onderdeel D as look 7872 read it before a header's cells a page end moved alone were told from labels:
    # the hours column's "Aantal" / "uren" went into the function of the row under the repeated header.
    # Project 8.1 as look 7616 read it: the amount column's "Totaal" / "(€)" in the organisation's total.
    columns = {"organisation": Column("organisation", 68, 150, "Organisatie"), "role": Column("role", 224, 300, "Rol"),
               "hours": Column("hours", 381, 410, "Aantal uren"), "rate": Column("rate", 420, 460, "Uurtarief"),
               "amount": Column("amount", 475, 520, "Totaal (€)")}
    rows = [
        _budget_row(5, RowKind.STAFF, "Movisie Aantal uren Senior communicatieadviseur", "Movisie",
                    "Aantal uren Senior communicatieadviseur", "57.000", 31),
        _budget_row(6, RowKind.ORG_TOTAL, "Totaal Verwey-Jonker Instituut Totaal (€)",
                    "Verwey-Jonker Instituut Totaal (€)", None, "610.964", 31),
        # Printed labels: a single header word ("Uurtarief", "Kosten") may be a label's word, and is no cue.
        _budget_row(7, RowKind.STAFF, "Movisie Senior", "Movisie", "Senior", "25.460", 31),
        _budget_row(8, RowKind.ORG_TOTAL, "Totaal externe kosten", None, None, "4.962", 31),
    ]
    table = BudgetTable("onderdeel-d", "budget", None, 30, 31, True, columns, rows)
    [signal] = budget_label_signals([table], RowKeywords(), "werkplan-2023")
    assert (signal.subject, signal.pages) == ("2 begrotingsregels", "31")
    assert ("werkplan-2023/onderdeel-d/005 (p. 31): kop van een kolom in de omschrijving: "
            "'Movisie Aantal uren Senior communicatieadviseur'") in signal.detail
    assert "werkplan-2023/onderdeel-d/006 (p. 31): kop van een kolom in de omschrijving" in signal.detail


def test_budget_labels_as_printed_raise_no_signal():
    # Project 7.1 read right.  Two rows it does not have: a role may begin with a row kind's word ("Externe
    # adviseur", in another year's wording), and a row's organisation may be carried down its block (its
    # label then only the role).  Totals name what they sum, and a label may join two kinds with "en".
    rows = [
        _budget_row(3, RowKind.STAFF_COSTS, "Stafkosten Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None,
                    "3.744", 99),
        _budget_row(4, RowKind.OVERHEAD, "Overhead Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None,
                    "7.176", 99),
        _budget_row(6, RowKind.STAFF, "Movisie Externe adviseur", "Movisie", "Externe adviseur", "4.465", 99),
        _budget_row(7, RowKind.STAFF, "Junior", "Movisie", "Junior", "3.350", 99),
        _budget_row(12, RowKind.EXTERNAL, "Externe projectkosten / inhuur", None, None, "4.962", 99),
        _budget_row(13, RowKind.TABLE_TOTAL, "Totaal Project", None, None, "54.962", 99),
        _budget_row(14, RowKind.ORG_TOTAL, "Totaal externe kosten", None, None, "4.962", 99),
        _budget_row(15, RowKind.ORG_TOTAL, "Subtotaal stafkosten", None, None, "3.744", 99),
        _budget_row(16, RowKind.OVERHEAD, "Overhead en stafkosten Movisie", "Movisie", None, "10.920", 99),
    ]
    table = BudgetTable("project-7.1", "budget", None, 99, 99, True, {}, rows)
    assert budget_label_signals([table], RowKeywords(), "werkplan-2023") == []


def test_projects_not_under_the_programmalijn_their_number_names():
    # Look 7456 stripped (no outline, tags or ToC): "Programmalijn 1. Opvoeding en ontwikkeling jongeren" read
    # a level below its projects, so Project 1.1 and 1.2 stood right under Bijlage 1 while every scope was
    # right.  The "Overige project" 10.1 names no programmalijn of the bijlage and is not counted.
    programmalijnen = pd.DataFrame({"number": ["1", "2"], "section_id_bijlage": [
        "werkplan-2023/bijlage/pl-1", "werkplan-2023/bijlage/pl-2"]})
    read = pd.DataFrame({
        "project_id": ["werkplan-2023/project-1.1", "werkplan-2023/project-1.2", "werkplan-2023/project-2.1",
                       "werkplan-2023/project-10.1"],
        "project": ["1.1", "1.2", "2.1", "10.1"],
        "section_id": ["werkplan-2023/bijlage/1.1", "werkplan-2023/bijlage/1.2", "werkplan-2023/bijlage/pl-2/2.1",
                       "werkplan-2023/bijlage/overige-project/10.1"],
        "page_start": [30, 34, 38, 101]})
    [signal] = projects_outside_programmalijn(read, programmalijnen)
    assert (signal.kind, signal.subject, signal.evidence) == (
        "projects_outside_programmalijn", "2 van 4 projecten",
        ["werkplan-2023/project-1.1", "werkplan-2023/project-1.2"])
    assert signal.pages == "30,34"
    as_printed = read.assign(section_id=[
        "werkplan-2023/bijlage/pl-1/1.1", "werkplan-2023/bijlage/pl-1/1.2", "werkplan-2023/bijlage/pl-2/2.1",
        "werkplan-2023/bijlage/overige-project/10.1"])
    assert projects_outside_programmalijn(as_printed, programmalijnen) == []
    # A project whose section was not found is project_tables_without_section's to report.
    assert projects_outside_programmalijn(as_printed.assign(section_id=[None, *as_printed["section_id"][1:]]),
                                          programmalijnen) == []


def test_a_planning_note_without_words_is_a_broken_month_header():
    # LibreOffice look 8128 (A5): narrow cells broke month names ("Ok" / "t.", "Aug" / "g."); the pieces, read
    # as the first activity's note, shifted which months are whose: 892 of 1,321 cells wrong, exit 0.
    def row(activity: str, note: str | None) -> PlanningRow:
        return PlanningRow(activity=activity, planned=[], top=60, bottom=90, page=31, note=note)

    broken = [row("1. Werving van nieuwe scholen.", ". . t. . i. . g. . . v. ."), row("2. Uitvoering lessen.", None)]
    planning = [ScopedPlanning("planning/project-1.2", None, PlanningTable(31, 391, [], broken))]
    [signal] = note_without_words_signals(planning, "werkplan-2023")
    assert (signal.kind, signal.subject, signal.pages) == (
        "planning_note_without_words", "werkplan-2023/planning/project-1.2", "31")
    assert "planning_note_without_words: werkplan-2023/planning/project-1.2" in review_reasons([signal.__dict__])
    # A note as the 2023 werkplan prints one across the months.
    worded = [row("5. Afronding.", "Nader te bepalen. In ieder geval eind 2023 of begin 2024.")]
    assert note_without_words_signals([ScopedPlanning("planning/project-3.1", None, PlanningTable(
        40, 300, [], worded))], "werkplan-2023") == []


def test_a_sentence_ended_inside_a_label_is_doubtful():
    # Onderdeel A's budget as LibreOffice look 8144 read it before a page's notes set as small as the table
    # were told from it: footnote 1 went into the label of the row under the header repeated on the next page.
    # Its organisation's total, the overhead hours and the projects' sum then failed as if the document erred.
    read = "1 Alle bedragen staan in euro’s. Verwey-Jonker Instituut Projectondersteuning"
    rows = [_budget_row(3, RowKind.STAFF, read, "1 Alle bedragen staan in euro’s. Verwey-Jonker Instituut",
                        "Projectondersteuning", "16.720", 32)]
    table = BudgetTable("onderdeel-a/projecten", "budget", None, 31, 32, True, {}, rows)
    [signal] = budget_label_signals([table], RowKeywords(), "werkplan-2023")
    assert (signal.subject, signal.pages, signal.evidence) == (
        "1 begrotingsregels", "32", ["werkplan-2023/onderdeel-a/projecten/003/amount"])
    assert f"werkplan-2023/onderdeel-a/projecten/003 (p. 32): een zin in de omschrijving: {read!r}" in signal.detail
    # Abbreviations end in a full stop too, and are no sentence's end.
    for label in ("Movisie o.a. Adviseur", "Drs. Jansen Senior adviseur", "Stichting St. Joris Projectleider"):
        rows = [_budget_row(1, RowKind.STAFF, label, label.rsplit(" ", 1)[0], label.rsplit(" ", 1)[1], "1.140", 9)]
        assert budget_label_signals([BudgetTable("project-1.1", "budget", None, 9, 9, True, {}, rows)],
                                    RowKeywords(), "werkplan-2023") == []


def test_an_organisations_total_as_its_tables_first_row_is_doubtful():
    # Project 2.3 as LibreOffice looks 8107 and 8161 print it: LibreOffice lost the rows of the table, split
    # after a heading at a page's foot, and the next page opens with "Totaal Verwey-Jonker Instituut".  Five
    # checks failed as if the document erred, and nothing sent it to review.
    rows = [_budget_row(0, RowKind.ORG_TOTAL, "Totaal Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None,
                        "27.418", 38),
            _budget_row(1, RowKind.STAFF, "Movisie Senior", "Movisie", "Senior", "3.800", 38),
            _budget_row(2, RowKind.ORG_TOTAL, "Totaal Movisie", "Movisie", None, "3.800", 38),
            _budget_row(3, RowKind.TABLE_TOTAL, "Totaal Project", None, None, "31.218", 38),
            _budget_row(4, RowKind.ORG_TOTAL, "Totaal externe kosten", None, None, "0", 38)]
    table = BudgetTable("project-2.3", "budget", None, 37, 38, True, {}, rows)
    [signal] = budget_label_signals([table], RowKeywords(), "werkplan-2023")
    # One row: Movisie's total, under its line, and a total of a kind of costs under the table's are no doubt.
    assert (signal.subject, signal.pages, signal.evidence) == (
        "1 begrotingsregels", "38", ["werkplan-2023/project-2.3/000/amount"])
    assert ("werkplan-2023/project-2.3/000 (p. 38): een totaal zonder regels erboven: 'Totaal Verwey-Jonker "
            "Instituut'") in signal.detail


def test_a_contents_line_naming_a_heading_read_as_no_entry_is_an_entry_lost():
    # LibreOffice look 8319: the contents' last entry ("1. Kennisdossier Roma, Sinti en woonwagenbewoners" / "124")
    # was read as no entry, two lines of 66: published, exit 0.  A line that begins a heading's title is an entry
    # lost; the page number alone, the contents' heading, or words no heading begins with are not.
    from types import SimpleNamespace

    from expectations.verify.quality import _headings_unread

    def node(title: str, kind: str = "section") -> SimpleNamespace:
        return SimpleNamespace(title=title, kind=kind)

    nodes = [node("Inhoud", "toc"), node("Overige project"), node("1. Kennisdossier Roma, Sinti en woonwagenbewoners")]
    extraction = SimpleNamespace(sections=[SimpleNamespace(walk=lambda: nodes)])
    unread = [Line(page=3, words=[Word(text, 50, 60, top, top + 12, "Sans", 12, (0,)) for text in words.split()])
              for top, words in ((50, "Inhoud"), (488, "1. Kennisdossier Roma, Sinti en woonwagenbewoners"),
                                 (502, "124"), (520, "Zie ook de bijlage"))]
    assert [line.text for line in _headings_unread(unread, extraction)] == [
        "1. Kennisdossier Roma, Sinti en woonwagenbewoners"]


def test_an_organisation_after_the_end_of_another_ones_name_is_doubtful():
    # LibreOffice look 8231, project 4.2: "Verwey-Jonker Senior onderzoeker" at a page's foot, "Instituut" under the
    # repeated header, read as the start of the next row: "Instituut Verwey-Jonker Instituut Onderzoeker".  Four
    # checks failed, exit 0.  "Instituut" ends a name the document's staff rows print: a name's rest carried over.
    rows = [
        _budget_row(0, RowKind.STAFF, "Verwey-Jonker Senior onderzoeker", "Verwey-Jonker", "Senior onderzoeker",
                    "14.820", 66),
        _budget_row(1, RowKind.STAFF, "Instituut Verwey-Jonker Instituut Onderzoeker",
                    "Instituut Verwey-Jonker Instituut", "Onderzoeker", "9.480", 67),
        _budget_row(2, RowKind.STAFF, "Movisie Senior", "Movisie", "Senior", "9.500", 67)]
    earlier = _budget_row(0, RowKind.STAFF, "Verwey-Jonker Instituut Senior onderzoeker", "Verwey-Jonker Instituut",
                          "Senior onderzoeker", "27.930", 24)
    tables = [BudgetTable("onderdeel-a", "budget", None, 24, 24, True, {}, [earlier]),
              BudgetTable("project-4.2", "budget", None, 66, 67, True, {}, rows)]
    [signal] = budget_label_signals(tables, RowKeywords(), "werkplan-2023")
    assert (signal.subject, signal.evidence) == ("1 begrotingsregels", ["werkplan-2023/project-4.2/001/amount"])
    assert "het eind van een organisatie voor een andere: 'Instituut Verwey-Jonker Instituut'" in signal.detail
    # "Movisie" after the end of no name, and names as printed, raise none.
    assert budget_label_signals(tables[:1] + [BudgetTable("project-4.2", "budget", None, 66, 67, True, {},
                                                          rows[2:])], RowKeywords(), "werkplan-2023") == []


def test_numbered_sections_going_on_under_another_heading_split_the_numbering():
    # Chromium look 10178 stripped: "SZW.", a paragraph's last line, read as a heading at a sub-plan's level between
    # project 4.2's "7. Resultaten" and "8. Planning"; the planning and budget were filed under it, published.
    # Sub-plans numbering their sections from 1 again ("Idee 1", "Idee 2") split nothing.
    def sections(rows):
        return pd.DataFrame([{"section_id": f"d/{sid}", "parent_id": f"d/{parent}" if parent else None, "kind": kind,
                              "number": number, "title": title, "position": i, "page_start": page}
                             for i, (sid, parent, kind, number, title, page) in enumerate(rows)])

    project = [("4.1", None, "project", "4.1", "Project 4.1", 70),
               ("4.1/idee-1", "4.1", "subplan", None, "Idee 1", 70),
               ("4.1/idee-1/a", "4.1/idee-1", "project_section", "1", "1. Vraagstuk", 70),
               ("4.1/idee-1/b", "4.1/idee-1", "project_section", "2", "2. Doel", 71),
               ("4.1/idee-2", "4.1", "subplan", None, "Idee 2", 72),
               ("4.1/idee-2/a", "4.1/idee-2", "project_section", "1", "1. Vraagstuk", 72),
               ("4.2", None, "project", "4.2", "Project 4.2", 75),
               ("4.2/a", "4.2", "project_section", "6", "6. Activiteiten", 76),
               ("4.2/b", "4.2", "project_section", "7", "7. Resultaten", 77)]
    assert section_numbering_split(sections(project)) == []
    read = sections([*project, ("4.2/szw", "4.2", "subplan", None, "SZW.", 77),
                     ("4.2/szw/a", "4.2/szw", "project_section", "8", "8. Planning", 77),
                     ("4.2/szw/b", "4.2/szw", "project_section", "9", "9. Begroting", 78)])
    [signal] = section_numbering_split(read)
    assert (signal.kind, signal.subject, signal.pages, signal.evidence) == (
        "section_numbering_split", "1 koppen", "77", ["d/4.2/szw"])
    assert "'SZW.' (p. 77): 8. volgt op 7." in signal.detail
