import pytest

from extract.pdf.model import Line, Rect, Word
from extract.pdf.text import vocabulary
from extract.werkplan.extraction import extract_werkplan
from extract.werkplan.planning import (
    MonthColumn,
    PlanningRow,
    PlanningSettings,
    PlanningTable,
    _body,
    _in_grid,
    _label_rows,
    _marks,
    _month_columns,
    _months_from_rules,
    _rest_of_split_row,
    _wrapped_over,
)
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan


def _planning(datasets, scope):
    frame = datasets.frames["planning"]
    rows = frame[frame["scope_id"] == scope]
    out = {}
    for _, group in rows.groupby("activity_index"):
        out[group["activity"].iloc[0]] = [int(m) for m in group[group["planned"]]["month"]]
    return out


def test_planning_of_project_1_1_from_the_shading(datasets_2023):
    assert _planning(datasets_2023, "project-1.1") == {
        "1. Deskresearch.": [1, 2, 3, 4, 5],
        "2. Werving vaders en interviews.": [2, 3, 4],
        "3. Portretten maken.": [1, 2, 3, 4, 5, 6],
        "4. Netwerkbijeenkomsten/contacten partners.": [1, 2, 3, 4],
    }


def test_planning_rows_with_wrapped_labels(datasets_2023):
    assert _planning(datasets_2023, "project-2.2") == {
        "Fase 1. Voorbereidingssessie organiseren Financiële Zelfredzaamheid.": [6, 7, 8, 9, 10],
        "Nieuwsbrief 1.": [2, 3, 4],
        "Landelijke bijeenkomst Financiële Zelfredzaamheid.": [4, 5, 6, 7],
        "Fase 2. Voorbereidingssessie organiseren 2e bijeenkomst.": [4, 5, 6],
        "Nieuwsbrief 2.": [9, 10, 11],
        "Landelijke bijeenkomst.": [6, 7, 8, 9, 10, 11],
    }


def test_planning_covers_every_project_table(datasets_2023):
    frame = datasets_2023.frames["planning"]
    assert frame["table_id"].nunique() == 24
    years = frame.groupby("scope_id")["year"].first()
    # As printed: project 3.2's planning is headed "2022", project 5.3's has no year row.
    assert years["project-3.2"] == 2022
    assert str(years.get("project-5.3")) == "<NA>"
    assert set(years.dropna()) == {2022, 2023}
    months = frame[frame["scope_id"] == "project-1.1"].groupby("activity_index")["month_raw"].apply(list)
    assert months.iloc[0] == ["Jan.", "Feb.", "Mrt.", "Apr.", "Mei.", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov."]
    assert sorted(frame["scope_id"].unique())[:3] == ["project-1.1", "project-1.2", "project-10.1"]
    assert "project-4.1/idee-2" in set(frame["scope_id"])


@pytest.mark.parametrize("grid", [True, False])
def test_planning_over_two_years_with_and_without_grid(tmp_path, grid):
    activities = [
        ("1. Werving van scholen", {(2026, 11), (2026, 12), (2027, 1)}),
        ("2. Een activiteit met een lange naam die over twee regels loopt", {(2027, 3), (2027, 4)}),
        ("3. Rapportage", set()),
    ]
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    blocks[at:at] = [("h4", "8. Planning"), ("planning", [2026, 2027], activities, grid)]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    extraction = extract_werkplan(pdf)
    [planning] = extraction.planning
    assert planning.scope.id == "project-1.1"
    table = planning.table
    assert len(table.months) == 24
    assert [(m.year, m.month) for m in table.months[:2]] == [(2026, 1), (2026, 2)]
    assert [(m.year, m.month) for m in table.months[-1:]] == [(2027, 12)]
    got = [(r.activity, {(m.year, m.month) for m in r.planned}) for r in table.rows]
    assert got == activities
    # The table stands in the text as a marker, its words in no paragraph.
    planning_section = next(n for root in extraction.sections for n in root.walk() if n.title == "8. Planning")
    assert planning_section.text == "[tabel: werkplan-2026/planning/project-1.1]"


def test_two_planning_tables_of_one_project_get_their_own_ids(tmp_path):
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    blocks[at:at] = [("h4", "8. Planning"), ("planning", [2026], [("Fase 1", {(2026, 2)})]),
                     ("p", "En in het najaar:"), ("planning", [2026], [("Fase 2", {(2026, 9)})])]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    extraction = extract_werkplan(pdf)
    assert [p.table_id for p in extraction.planning] == ["planning/project-1.1", "planning/project-1.1#2"]
    assert [[(m.year, m.month) for m in p.table.rows[0].planned] for p in extraction.planning] == [
        [(2026, 2)], [(2026, 9)]]


def test_an_activity_with_a_note_instead_of_months_is_kept(extraction_2023):
    [planning] = [p for p in extraction_2023.planning if p.scope.id == "project-3.1"]
    last = planning.table.rows[-1]
    # As the seed text prints it: "Communicatie: verspreiden resultaten" / "Nader te bepalen. ... gedu-" /
    # "rende het traject".
    assert (last.activity, last.planned) == ("Communicatie: verspreiden resultaten", [])
    assert last.note == "Nader te bepalen. In ieder geval eind 2023 of begin 2024. Mogelijk ook gedurende het traject"
    assert [r.note for r in planning.table.rows[:-1]] == [None] * 4


def test_activity_labels_lose_line_break_hyphens_as_body_text_does(datasets_2023):
    # The seed text writes "mini-databank" within lines; the PDF breaks the label after "mini-".
    assert "Onderdeel B. Bekend maken mini-databank met bijeenkomsten." in _planning(datasets_2023, "project-9.1")
    frame = datasets_2023.frames["planning"]
    # A hyphen before a space is left only where Dutch elides a word part ("Uitkomst- en evaluatiestudie").
    assert set(frame["activity"][frame["activity"].str.contains(r"\w- \w", regex=True)]) == {
        "3. Uitkomst- en evaluatiestudie."}
    notes = frame.dropna(subset=["note"])
    assert set(notes["activity"]) == {"Communicatie: verspreiden resultaten"}
    assert not notes["planned"].any() and len(notes) == 12


LONG_ACTIVITIES = [
    (f"{i}. Activiteit nummer {i}", {(2026, 1 + i % 12), (2026, 1 + (i + 1) % 12)}) for i in range(1, 46)
]
LONG_ACTIVITIES[2] = ("3. Communicatie: verspreiden resultaten", "Nader te bepalen, in ieder geval eind 2026.")
LONG_ACTIVITIES[5] = ("6. Ontwikkeling netwerkprogramma informeel-<br/>formeel", {(2026, 4)})
LONG_ACTIVITIES[6] = ("7. Organiseren voorbereidings-<br/>sessie", {(2026, 5)})
LONG_ACTIVITIES[40] = ("41. Nog een notitie", "Nader te bepalen.")


@pytest.mark.parametrize("grid, repeat_header", [(True, True), (True, False), (False, True), (False, False)])
def test_a_planning_over_a_page_end_is_one_table(tmp_path, grid, repeat_header):
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    blocks[at:at] = [("h4", "8. Planning"), ("p", "Eerst komt er een voorbereidingssessie met de partners."),
                     ("planning", [2026], LONG_ACTIVITIES, grid, {"repeat_header": repeat_header})]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    extraction = extract_werkplan(pdf)
    [planning] = extraction.planning
    table = planning.table
    assert table.page_end == table.page + 1
    expected = [(label.replace("-<br/>", "-") if "informeel" in label else label.replace("-<br/>", ""),
                 set() if isinstance(planned, str) else planned, planned if isinstance(planned, str) else None)
                for label, planned in LONG_ACTIVITIES]
    got = [(r.activity, {(m.year, m.month) for m in r.planned}, r.note) for r in table.rows]
    assert got == expected
    assert {r.page for r in table.rows} == {table.page, table.page + 1}
    planning_section = next(n for root in extraction.sections for n in root.walk() if n.title == "8. Planning")
    assert planning_section.text.endswith("\n\n[tabel: werkplan-2026/planning/project-1.1]")


@pytest.mark.parametrize("grid", [True, False])
def test_text_after_a_page_end_does_not_continue_the_planning(tmp_path, grid):
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    activities = [("1. Werving van scholen", {(2026, 2)}), ("2. Rapportage", {(2026, 11)})]
    paragraph = "Na de planning volgt een alinea die op de volgende pagina begint en gewone tekst is."
    blocks[at:at] = [("h4", "8. Planning"), ("planning", [2026], activities, grid), ("pagebreak",), ("p", paragraph)]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    extraction = extract_werkplan(pdf)
    [planning] = extraction.planning
    assert planning.table.page_end == planning.table.page
    assert [(r.activity, {(m.year, m.month) for m in r.planned}) for r in planning.table.rows] == activities
    planning_section = next(n for root in extraction.sections for n in root.walk() if n.title == "8. Planning")
    assert planning_section.text == f"[tabel: werkplan-2026/planning/project-1.1]\n\n{paragraph}"


def _label(text: str, top: float, size: float = 8.0) -> Line:
    return Line(page=1, words=[Word(text, 50, 50 + 4 * len(text), top, top + size, "Helvetica", size, (0,))])


def _rows_of(lines, marks):
    return [" ".join(ln.text for ln in row) for row, _ in _label_rows(lines, marks)]


def test_unruled_rows_from_the_shaded_cells_beside_them():
    # Lines 10.5 apart within a cell, rows 4 points of padding further apart; every row shaded.
    lines = [_label("Fase 1. Voorbereiding", 100), _label("Financiële Zelfredzaamheid.", 110.5),
             _label("Nieuwsbrief 1.", 124.5), _label("Landelijke bijeenkomst", 138.5), _label("Zelfredzaamheid.", 149)]
    marks = [(98, 120.5), (122.5, 134.5), (136.5, 159)]
    assert _rows_of(lines, marks) == ["Fase 1. Voorbereiding Financiële Zelfredzaamheid.", "Nieuwsbrief 1.",
                                      "Landelijke bijeenkomst Zelfredzaamheid."]


def test_unruled_rows_without_shading_are_told_by_the_gap():
    # The third row has nothing planned: its wrapped label is told from the next row by the
    # gaps measured beside the shaded rows (a line's gap 2.5, a row's gap 6.5).
    lines = [_label("1. Deskresearch", 100), _label("en interviews.", 110.5), _label("2. Werving.", 125),
             _label("3. Communicatie:", 139.5), _label("Verspreiden resultaten", 150), _label("4. Rapportage.", 164.5)]
    marks = [(98, 120.5), (123, 135), (162.5, 174.5)]
    assert _rows_of(lines, marks) == ["1. Deskresearch en interviews.", "2. Werving.",
                                      "3. Communicatie: Verspreiden resultaten", "4. Rapportage."]


def test_unruled_rows_without_measured_gaps_go_on_only_in_lower_case():
    lines = [_label("1. Werving", 100), _label("van scholen", 110.5), _label("2. Rapportage", 121)]
    assert _rows_of(lines, []) == ["1. Werving van scholen", "2. Rapportage"]


def test_shaded_cells_of_one_row_share_one_mark():
    cells = [Rect(300, 98, 310, 120, (0.5, 0.6, 0.8)), Rect(310, 98, 320, 120, (0.5, 0.6, 0.8)),
             Rect(300, 122, 310, 134, (0.5, 0.6, 0.8))]
    assert _marks(cells) == [(98, 120), (122, 134)]


MONTHS = [MonthColumn(2023, m, f"M{m}", 200 + 20 * (m - 1), 220 + 20 * (m - 1)) for m in range(1, 13)]


def test_a_heading_ends_the_table_whatever_its_look():
    # A heading set like body text (regular weight, body size) right under the last row.
    lines = [_label("1. Deskresearch.", 100), _label("9. Begroting", 112, size=9.5)]
    labels, _, _, _ = _body(lines, None, MONTHS, PlanningSettings(), 6.5, frozenset({id(lines[1])}))
    assert [ln.text for ln in labels] == ["1. Deskresearch."]
    labels, _, _, _ = _body(lines, None, MONTHS, PlanningSettings(), 6.5)
    assert [ln.text for ln in labels] == ["1. Deskresearch.", "9. Begroting"]


def test_only_fills_within_the_month_grid_are_shading():
    assert _in_grid(Rect(240, 100, 260, 110, (0.5, 0.8, 0.77)), MONTHS)  # a cell
    assert _in_grid(Rect(240, 100, 320, 110, (0.5, 0.8, 0.77)), MONTHS)  # a bar over months
    assert not _in_grid(Rect(50, 100, 440, 101, (0.5, 0.6, 0.75)), MONTHS)  # a rule under a heading
    assert not _in_grid(Rect(50, 100, 150, 110, (0.92, 0.92, 0.92)), MONTHS)  # a row's background


def _header(words: list[tuple[str, float]], top: float) -> Line:
    return Line(page=1, words=[Word(text, x, x + 14, top, top + 8, "Helvetica", 8, (0,)) for text, x in words])


def test_month_names_ocr_lost_are_placed_by_those_read_and_the_year_over_them():
    # Project 9.1's Gantt header as a 300-dpi scan's OCR read it: "Jan. Sep. | Okt. | Nov. | Dec." of twelve
    # names at 27 points a column (January's centre at 225.6), and 2023 over the middle of the grid.
    year = _header([("2023", 365.4)], 99)
    read = _header([("Jan.", 218.6), ("Sep.", 434.6), ("|", 455), ("Okt.", 461.6), ("Nov.", 488.6),
                    ("Dec.", 515.6)], 111)
    columns = _month_columns(read, year, PlanningSettings())
    assert [(c.year, c.month) for c in columns] == [(2023, m) for m in range(1, 13)]
    assert [round((c.x0 + c.x1) / 2, 1) for c in columns] == [round(225.6 + 27 * i, 1) for i in range(12)]
    # A month placed by the others keeps no name as printed: none was read (a made-up "mei" was kept before).
    assert [c.raw for c in columns] == ["Jan.", *[None] * 7, "Sep.", "Okt.", "Nov.", "Dec."]
    # Without the year over them, or not one step a month apart, only the names read are months.
    assert [c.month for c in _month_columns(read, None, PlanningSettings())] == [1, 9, 10, 11, 12]
    uneven = _header([("Jan.", 218.6), ("Feb.", 262), ("Dec.", 515.6)], 111)
    assert [c.month for c in _month_columns(uneven, year, PlanningSettings())] == [1, 2, 12]


def test_a_row_cut_by_the_page_end_is_one_activity():
    vocab = vocabulary([])
    months = MONTHS[6:]

    def row(activity, planned, note=None):
        return PlanningRow(activity=activity, planned=planned, top=0, bottom=10, page=1, note=note)

    last = row("4. (Audio)visuele producten ontwikkelen", months)
    rest = [row("op een aansprekende manier;", months), row("5. Masterclasses;", MONTHS[:3])]
    assert _rest_of_split_row(last, rest, vocab) == rest[1:]
    assert last.activity == "4. (Audio)visuele producten ontwikkelen op een aansprekende manier;"
    # Marked with characters, the months stand beside the label's first line only: the rest has none
    # (project 9.2 in seed 2376, a ruled look with "X").
    last = row("Fase 5. Communicatie en", MONTHS[4:7])
    assert _rest_of_split_row(last, [row("voorbereiding 2024.", [])], vocab) == []
    assert (last.activity, [m.month for m in last.planned]) == ("Fase 5. Communicatie en voorbereiding 2024.",
                                                                [5, 6, 7])
    # The rest may open with a quote (project 7.1 in seed 7475, A5 with "●": "‘vindbaar maken’ voor de
    # doelgroepen;" under the header repeated on the next page was a row of its own, with no months).
    last = row("3. Kennis, modellen en tools voor de aanpak van ongewenste polarisatie beter", MONTHS[6:])
    assert _rest_of_split_row(last, [row("‘vindbaar maken’ voor de doelgroepen;", [])], vocab) == []
    assert last.activity == ("3. Kennis, modellen en tools voor de aanpak van ongewenste polarisatie beter "
                             "‘vindbaar maken’ voor de doelgroepen;")
    # A new activity, or one shaded otherwise, is a row of its own.
    last = row("4. Rapportage", months)
    assert _rest_of_split_row(last, [row("5. Masterclasses;", months)], vocab) != []
    assert _rest_of_split_row(last, [row("nog een rij", MONTHS[:3])], vocab) != []
    assert last.activity == "4. Rapportage"
    # A note cut by the page end goes on under the repeated month row, with no label beside it (LibreOffice look
    # 8323, project 3.1: "… eind 2023 of begin 2024. Mogelijk" / "ook gedurende het traject", its rest lost).
    last = row("Communicatie: verspreiden resultaten", [], note="Nader te bepalen. In ieder geval eind 2023 of "
                                                                 "begin 2024. Mogelijk")
    assert _rest_of_split_row(last, [row("", [], note="ook gedurende het traject")], vocab) == []
    assert last.note == "Nader te bepalen. In ieder geval eind 2023 of begin 2024. Mogelijk ook gedurende het traject"


def test_a_numbered_activity_cut_by_the_page_end_goes_on_in_a_line_without_its_own_number():
    # Held-out look 7969 (A5, monospaced, shaded): project 7.2's "3. Opstellen van de criteria en samenstellen
    # lijst" / "1.0 van levensgebieden/domeinen;" over a page end, shaded alike on both pages.  "1.0 van" was
    # an activity of its own, and took the place of "4. Afronden conceptversie …" (24 cells under wrong
    # labels, published as sound).
    vocab = vocabulary([])

    def row(activity, planned, note=None):
        return PlanningRow(activity=activity, planned=planned, top=0, bottom=10, page=1, note=note)

    last = row("3. Opstellen van de criteria en samenstellen lijst", MONTHS[4:8])
    rest = [row("1.0 van levensgebieden/ domeinen;", MONTHS[4:8]),
            row("4. Afronden conceptversie beoordelingskader versie 1.0.", MONTHS[6:9])]
    assert _rest_of_split_row(last, rest, vocab) == rest[1:]
    assert last.activity == "3. Opstellen van de criteria en samenstellen lijst 1.0 van levensgebieden/ domeinen;"
    # An unnumbered activity after numbered ones starts in a capital: a row of its own (held-out look 7961,
    # project 3.1: "4. Artikel(magazine)." with a note, then "Communicatie: verspreiden resultaten").
    last = row("4. Artikel(magazine).", [], note="Nader te bepalen.")
    assert _rest_of_split_row(last, [row("Communicatie: verspreiden resultaten", [])], vocab) != []
    assert last.activity == "4. Artikel(magazine)."


@pytest.mark.parametrize("mark", PlanningSettings().marks)
@pytest.mark.parametrize("grid", [True, False])
def test_planned_months_marked_with_a_character_instead_of_shading(tmp_path, mark, grid):
    activities = [
        ("1. Werving van scholen", {(2026, 11), (2026, 12), (2027, 1)}),
        ("2. Een activiteit met een lange naam die over twee regels loopt", {(2027, 3), (2027, 4)}),
        ("3. Rapportage", set()),
        ("4. Expert x bijeenkomst", {(2026, 6)}),  # a mark character in a label is text
    ]
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    blocks[at:at] = [("h4", "8. Planning"), ("planning", [2026, 2027], activities, grid, {"mark": mark})]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    [planning] = extract_werkplan(pdf).planning
    got = [(r.activity, {(m.year, m.month) for m in r.planned}, r.note) for r in planning.table.rows]
    assert got == [(label, planned, None) for label, planned in activities]


def test_marks_are_a_setting(tmp_path):
    activities = [("1. Werving", {(2026, 2), (2026, 3)}), ("2. Rapportage", {(2026, 9)})]
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    blocks[at:at] = [("h4", "8. Planning"), ("planning", [2026], activities, True, {"mark": "+"})]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    [default] = extract_werkplan(pdf).planning
    # "+" is no mark by default: the cells read as a note, nothing planned.
    assert [(r.planned, r.note) for r in default.table.rows] == [([], "+ +"), ([], "+")]
    [marked] = extract_werkplan(pdf, {"planning": {"marks": ["+"]}}).planning
    assert [{(m.year, m.month) for m in r.planned} for r in marked.table.rows] == [a[1] for a in activities]


def test_unruled_numbered_activities_go_on_over_a_line_set_close_whatever_its_first_letter():
    # Marks stand beside each row's first line only, so no gaps are measured: the activities' own
    # numbers tell a wrapped label ("KIS.nl;", 2 points below) from an unnumbered activity of its own
    # ("Communicatie: …", a row's 6 points below).
    lines = [_label("1. Actualiseren kennisdossiers op", 100), _label("KIS.nl;", 110),
             _label("2. Bestaande kennis doorontwikkelen", 124), _label("Communicatie: verspreiden", 138)]
    assert _rows_of(lines, [(98, 108), (122, 132)]) == [
        "1. Actualiseren kennisdossiers op KIS.nl;", "2. Bestaande kennis doorontwikkelen",
        "Communicatie: verspreiden"]


def _grid_page(number: int, top: float, rows: list[tuple[str, list[int]]], rules: list[float], size: float = 8):
    """A page of a planning: a month header at ``top``, then ``rows`` of (label, months marked "x") 16 points
    apart, the marks beside a label's first line, the lines it wraps to (at "\\n") 11 points apart; the
    grid's rules at ``rules``; the header and marks set at ``size``, the labels at 8 points."""
    from extract.pdf.model import Page

    months = ["Jan.", "Feb.", "Mrt.", "Apr.", "Mei", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dec."]

    def words(y, placed):
        return [Word(text, x, x + 12, y, y + size, "Helvetica", size, (0,)) for text, x in placed]

    lines = [Line(page=number, words=words(top, [(name, 262 + 25 * i) for i, name in enumerate(months)]))]
    y = top
    for label, marked in rows:
        first, *wrapped = label.split("\n")
        y += 16
        marks = words(y, [("x", 266 + 25 * (m - 1)) for m in marked])
        lines.append(Line(page=number, words=(_words_line(first, y, page=number).words if first else []) + marks))
        for part in wrapped:
            y += 11
            lines.append(_words_line(part, y, page=number))
    return Page(number, 595, 842, lines, h_rules=[(45, 560, y) for y in rules])


@pytest.mark.parametrize("width", [0.75, 2.25, 3.0])
def test_a_grid_drawn_as_filled_rectangles_is_no_shading(width):
    """A browser draws a table's borders as filled rectangles, 0.75 points wide and black: they were read as
    shading, and months no mark planned were planned (Chromium look 10000: "Jul.", "Aug." and "Okt." in every
    row of project 1.1's planning, published); nor are a word processor's borders of 2¼ and 3 points, or one
    such rule between the half-years of a thin grid (a review of the first rule, an absolute 2 points)."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    page = _grid_page(1, 100, [("Fase 1", [1, 2, 3]), ("Fase 2", [5])], [111, 127, 143])
    black = (0.0, 0.0, 0.0)
    page.rects = ([Rect(260 + 25 * i, 111, 260 + width + 25 * i, 143, black) for i in range(13)]
                  + [Rect(45, y, 560, y + width, black) for y in (111, 127, 143)]
                  + [Rect(410 - width / 2, 111, 410 + width / 2, 143, black)])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [page]))
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [("Fase 1", [1, 2, 3]), ("Fase 2", [5])]


def test_a_grid_row_cut_by_the_page_end_before_its_label_is_one_activity():
    """Seen in a look: "Fase 5"'s marks (Sep.–Dec.) at the foot of one page, below its row's top rule, its
    label under the header repeated on the next.  Read without the rules, the marks went to "Fase 4"."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 600, [("Fase 3", [2, 3]), ("Fase 4", [10, 11, 12]), ("", [9, 10, 11, 12])],
                       [611, 627, 643])
    second = _grid_page(2, 80, [("Fase 5", [])], [91, 107])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]))
    assert [(r.activity, [m.month for m in r.planned], r.split) for r in table.rows] == [
        ("Fase 3", [2, 3], False), ("Fase 4", [10, 11, 12], False), ("Fase 5", [9, 10, 11, 12], True)]


def test_a_header_repeated_over_nothing_at_the_next_pages_head_is_the_tables():
    """LibreOffice look 8573 (A4, marks "X"): project 3.1's planning ends at a page's foot, and its header row is
    repeated at the head of the next page over "9. Begroting".  Not read as the table's, "2023 Jan. Feb. …
    Dec." was the planning section's text, published."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 700, [("Fase 1", [1, 2]), ("Fase 2", [3, 4])], [711, 727, 743])
    second = _grid_page(2, 60, [], [])
    heading = _words_line("9. Begroting", 100, size=12, page=2)
    second.lines += [heading]
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]), headings=[heading])
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [("Fase 1", [1, 2]), ("Fase 2", [3, 4])]
    assert (table.page, table.page_end) == (1, 2)
    months = "Jan. Feb. Mrt. Apr. Mei Jun. Jul. Aug. Sep. Okt. Nov. Dec."
    assert [ln.text for ln in table.lines if ln.page == 2] == [months]


def test_a_table_set_smaller_than_the_footnotes_under_it_goes_on_on_the_next_page():
    """Look 7762 (A5, a grid with "x"): project 7.1's month header and its first row's marks (Okt.–Dec.), 6.5 pt,
    at a page's foot over footnote 15 (7 pt, under 9 pt text); the header repeated on the next page over the
    rows.  The note, larger than the table's print, was not taken for a footnote: the table was read as two,
    the first with one row and no label.  Read on, the next page's rows are told apart by the grid's rules
    (the first piece had none between rows): "KIS.nl;", which would have fit on the line above, is no row of its own."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 760, [("", [10, 11, 12])], [771], size=6.5)
    text = [_words_line("Organiseren van drie masterclasses over de aanpak van polarisatie in gemeenten.", 100 + 11 * i,
                        size=9) for i in range(20)]
    note = _words_line("15 Polarisatie hoeft niet per definitie nadelig of schadelijk te zijn.", 800, size=7)
    first.lines = text + first.lines + [note]
    second = _grid_page(2, 80, [("Fase 1. Actualiseren kennisdossiers", []),
                                ("Fase 2. Kennisdossiers\nKIS.nl;", [5, 6, 7, 8, 9, 10])],
                        [91, 107, 134], size=6.5)
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]))
    assert (table.page, table.page_end) == (1, 2)
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("Fase 1. Actualiseren kennisdossiers", [10, 11, 12]),
        ("Fase 2. Kennisdossiers KIS.nl;", [5, 6, 7, 8, 9, 10])]


def test_a_month_row_the_column_reader_cut_at_the_gutter_is_one_row():
    """Look 7446 (A5, two columns, marks "x"): project 2.3's planning crosses the gutter; the page read in
    columns put "Jan." (left of it) after the left column's text and "Feb. Mrt. Apr." under "2023" in the right
    column.  Read from the right piece alone, January's mark fell left of the months, into the label
    ("Voorverkenning x"), and January was planned in no row."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import _month_row_pieces, find_planning_tables

    def months(names: list[str], x0: float, top: float = 380.6) -> Line:
        return Line(page=1, words=[Word(name, x0 + 52.5 * i, x0 + 52.5 * i + 15, top, top + 6.5, "Helvetica", 6.5,
                                        (0,)) for i, name in enumerate(names)])

    left = [_words_line("contactpersoon bij SZW besloten of", 330, x0=37, size=10.5),
            _words_line("vervolgonderzoek", 343.6, x0=37, size=10.5)]
    right = [_words_line("2023 nog 35.000 beraamd.", 331, x0=208, size=10.5)]
    year = Line(page=1, words=[Word("2023", 253, 268, 368.8, 375.3, "Helvetica", 6.5, (0,))])
    row = _words_line("Voorverkenning", 393, x0=38)
    row = Line(page=1, words=row.words + [Word("x", 180 + 52.5 * i, 184 + 52.5 * i, 393, 401, "Helvetica", 8, (0,))
                                          for i in range(4)])
    page = Page(1, 420, 595, [*left, months(["Jan."], 174), *right, year, months(["Feb.", "Mrt.", "Apr."], 226.5),
                              row])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [page]))
    assert [(m.year, m.month, m.raw) for m in table.months] == [
        (2023, 1, "Jan."), (2023, 2, "Feb."), (2023, 3, "Mrt."), (2023, 4, "Apr.")]
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [("Voorverkenning", [1, 2, 3, 4])]
    assert page.lines[2] in table.lines  # "Jan.": the table's, not the text's
    # A table beside it in the other column starts its months again, or stands a gutter apart: its header is
    # no piece of this one.
    for beside in (["Jan.", "Feb.", "Mrt."], ["Apr.", "Mei", "Jun."]):
        header = months(beside, 250)
        other = Page(1, 420, 595, [months(["Jan.", "Feb.", "Mrt."], 20), header])
        assert _month_row_pieces(other, header, PlanningSettings()) == []
    # The year over the piece read first: the header, read at the last piece, has it too (LibreOffice look 8185,
    # A4 in two columns: "2023" over "Jan. Feb.", "Mrt. … Nov." after the right column's text; 44 planning
    # cells of project 1.1 without their year, published as sound).
    page = Page(1, 420, 595, [year, months(["Jan.", "Feb."], 174), *right, months(["Mrt.", "Apr."], 279), row])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [page]))
    assert [(m.year, m.month) for m in table.months] == [(2023, 1), (2023, 2), (2023, 3), (2023, 4)]
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [("Voorverkenning", [1, 2, 3, 4])]


def test_a_scans_month_cells_come_from_its_grid_where_ocr_lost_the_names():
    # Project 2.2's Gantt table in the bundled PDF's 300-dpi scan: OCR read "Jan." alone on its grey month
    # row; the grid's rules in the page image draw a label column and eleven month cells (January to
    # November), so the months read and the cells give every column.
    rules = [53.3, 223.6, 252.0, 280.3, 308.6, 337.0, 365.5, 393.8, 422.0, 450.5, 478.9, 507.2, 535.7]
    conf = PlanningSettings()
    months = _months_from_rules([("Jan.", 231.1, 245.0)], rules, conf)
    assert [name for name, _, _ in months] == ["Jan.", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
                                               "okt", "nov"]
    assert (months[0][1], months[-1][2]) == (223.6, 535.7)
    # Names read that stand out of month order with the cells are no such header.
    assert _months_from_rules([("Jan.", 231.1, 245.0), ("Mrt.", 260.0, 272.0)], rules, conf) is None


def test_an_unruled_rows_marks_at_a_page_foot_go_with_its_label_on_the_next_page():
    """Seen in a look (seed 7114, marks "x", no rules): the header and Fase 1's marks (Jun.–Okt.) at the foot
    of one page, its label under the header repeated on the next.  The first piece, having no label, was
    passed over, and Fase 1 was published with nothing planned."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 780, [("", [6, 7, 8, 9, 10])], [])
    second = _grid_page(2, 80, [("Fase 1. Ontwikkelen vragenlijst", []), ("Fase 2. Veldwerk", [8, 9, 10, 11])], [])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]))
    assert [(r.activity, [m.month for m in r.planned], r.page) for r in table.rows] == [
        ("Fase 1. Ontwikkelen vragenlijst", [6, 7, 8, 9, 10], 1), ("Fase 2. Veldwerk", [8, 9, 10, 11], 2)]


def test_an_unruled_rows_marks_left_at_a_page_foot_under_the_rows_above_go_with_its_label_on_the_next_page():
    """Seen in looks with marks and no rules (seed 7418, "X"): the page end cut Fase 3's row of project 2.1,
    its marks (Aug.–Sep.), smaller print than the labels, left under Fase 2's wrapped label, its label set
    under the header repeated on the next page.  The marks went to Fase 2 and Fase 3 had nothing planned."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 700, [("Fase 1. Werving en organisatie\nleerbijeenkomsten toolkits.", [5, 6, 7, 8]),
                                ("Fase 2. Aanscherpen toolkits,\nimplementatie leerbijeenkomsten.", [7, 8, 9]),
                                ("", [8, 9])], [])
    second = _grid_page(2, 80, [
        ("Fase 3. Netwerkopbouw en werving\norganisaties per regio (n=3).", []),
        ("Fase 4. Ontwikkeling netwerkprogramma\ninformeel-formeel.", [9, 10, 11]),
        ("Fase 5. Implementatie drie regionale\nnetwerkbijeenkomsten.", [8, 9, 10, 11]),
        ("Communicatie artikelen en sociale media.", [7, 8, 9, 10])], [])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]))
    assert [(r.activity, [m.month for m in r.planned], r.split) for r in table.rows] == [
        ("Fase 1. Werving en organisatie leerbijeenkomsten toolkits.", [5, 6, 7, 8], False),
        ("Fase 2. Aanscherpen toolkits, implementatie leerbijeenkomsten.", [7, 8, 9], False),
        ("Fase 3. Netwerkopbouw en werving organisaties per regio (n=3).", [8, 9], True),
        ("Fase 4. Ontwikkeling netwerkprogramma informeel-formeel.", [9, 10, 11], False),
        ("Fase 5. Implementatie drie regionale netwerkbijeenkomsten.", [8, 9, 10, 11], False),
        ("Communicatie artikelen en sociale media.", [7, 8, 9, 10], False)]


def test_marks_under_a_pages_only_row_go_with_the_label_on_the_next_page():
    """Seen in a grid look whose first piece held one row (seed 7402, "●"; one row draws no rule between
    rows, so it was read without rules): project 7.1's activity 2 (May–Oct.) left its marks under activity 1."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 740, [("1. Actualiseren kennisdossiers op KIS.nl;", [10, 11, 12]),
                                ("", [5, 6, 7, 8, 9, 10])], [])
    second = _grid_page(2, 80, [
        ("2. Bestaande kennis doorontwikkelen en\n‘fine tunen’, onder meer via actualisatie\nKIS-handreiking;", []),
        ("3. Kennis, modellen en tools voor de\naanpak van ongewenste polarisatie beter\n‘vindbaar maken’ voor "
         "de doelgroepen;", [7, 8, 9, 10, 11, 12])], [])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]))
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("1. Actualiseren kennisdossiers op KIS.nl;", [10, 11, 12]),
        ("2. Bestaande kennis doorontwikkelen en ‘fine tunen’, onder meer via actualisatie KIS-handreiking;",
         [5, 6, 7, 8, 9, 10]),
        ("3. Kennis, modellen en tools voor de aanpak van ongewenste polarisatie beter ‘vindbaar maken’ voor de "
         "doelgroepen;", [7, 8, 9, 10, 11, 12])]


def test_marks_centred_on_a_wrapped_label_at_a_page_foot_stay_with_it():
    """Marks set in the middle of a two-line cell stand between its label's lines, beside neither: they are
    that row's, also in the last row over a page end, not a row cut from its label."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    def marks(top: float, months: list[int]) -> Line:
        return Line(page=1, words=[Word("x", 266 + 25 * (m - 1), 278 + 25 * (m - 1), top, top + 8, "Helvetica", 8,
                                        (0,)) for m in months])

    [header] = _grid_page(1, 700, [], []).lines
    lines = [header, _words_line("Fase 1. Werving en organisatie", 716), marks(721.5, [5, 6, 7, 8]),
             _words_line("leerbijeenkomsten toolkits.", 727), _words_line("Fase 2. Aanscherpen toolkits,", 743),
             marks(748.5, [7, 8, 9]), _words_line("implementatie leerbijeenkomsten.", 754)]
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]))
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("Fase 1. Werving en organisatie leerbijeenkomsten toolkits.", [5, 6, 7, 8]),
        ("Fase 2. Aanscherpen toolkits, implementatie leerbijeenkomsten.", [7, 8, 9])]


def _words_line(text: str, top: float, x0: float = 50.0, size: float = 8.0, page: int = 1) -> Line:
    """A label line of words 4 points a character, a space of 2 between them."""
    words, x = [], x0
    for part in text.split():
        words.append(Word(part, x, x + 4 * len(part), top, top + size, "Helvetica", size, (0,)))
        x += 4 * len(part) + 2
    return Line(page=page, words=words)


def test_an_unruled_label_wrapped_by_the_typesetter_goes_on_whatever_its_first_letter():
    # Project 2.2's planning in a look with marks and no rules (seed 7107): "Financiële" would not have fit
    # after "organiseren" in the label column, so the typesetter wrapped it; "Evaluatie." would have fit
    # after "Nieuwsbrief 1.": a row of its own, with nothing planned.
    lines = [_words_line("Fase 1. Voorbereidingssessie organiseren", 100),
             _words_line("Financiële Zelfredzaamheid.", 112), _words_line("Nieuwsbrief 1.", 124),
             _words_line("Evaluatie.", 136)]
    marks = [(100, 108), (124, 132)]
    rows = [" ".join(ln.text for ln in row) for row, _ in _label_rows(lines, marks, label_right=240)]
    assert rows == ["Fase 1. Voorbereidingssessie organiseren Financiële Zelfredzaamheid.", "Nieuwsbrief 1.",
                    "Evaluatie."]


def test_a_scans_year_ocr_lost_on_its_shaded_band_is_read_again_from_the_page_image(tmp_path):
    # Project 1.2's Gantt table in the bundled PDF's 300-dpi scan: the page's OCR read the month row but not
    # "2023" over it, set on a grey band.  The text layer here is such a page's (one font, no year); the
    # page image prints the year.
    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables
    from tests.extract.pdf.test_pixels import _year_on_a_band

    _year_on_a_band(tmp_path / "scan.pdf", 392.0, 204.0)
    page = _grid_page(1, 216, [("Fase 1", [1, 2]), ("Fase 2", [3, 4, 5])], [])
    for line in page.lines:
        line.words = [Word(w.text, w.x0, w.x1, w.top, w.bottom, "GlyphLessFont", w.size, w.color) for w in line.words]
    [table] = find_planning_tables(Document(tmp_path / "scan.pdf", "", {}, [page]))
    assert {m.year for m in table.months} == {2023}
    assert [(r.activity, [(m.year, m.month) for m in r.planned]) for r in table.rows] == [
        ("Fase 1", [(2023, 1), (2023, 2)]), ("Fase 2", [(2023, 3), (2023, 4), (2023, 5)])]


def test_a_scans_month_row_ocr_lost_whole_is_read_again_from_the_page_image(tmp_path):
    # Project 4.3's Gantt table in the bundled PDF's 300-dpi scan: OCR read "2023" and the rows' labels, but
    # nothing of the month row under the year, a grey band of names between rules.  The text layer here
    # is such a page's; the page image prints the month row.
    from reportlab.pdfgen import canvas

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    names = ["Jan.", "Feb.", "Mrt.", "Apr.", "Mei.", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dec."]
    drawing = canvas.Canvas(str(tmp_path / "scan.pdf"), pagesize=(595, 842))
    drawing.setFillGray(0.85)
    drawing.rect(257, 842 - 228, 300, 12, stroke=0, fill=1)
    drawing.setFillGray(0)
    drawing.setFont("Helvetica-Bold", 8)
    for i, name in enumerate(names):
        drawing.drawString(261 + 25 * i, 842 - 225, name)
    drawing.setLineWidth(0.5)
    for i in range(13):
        drawing.line(257 + 25 * i, 842 - 216, 257 + 25 * i, 842 - 228)
    drawing.save()
    page = _grid_page(1, 216, [("Fase 1", [9, 10, 11]), ("Fase 2", [6, 7])], [])
    year = Line(page=1, words=[Word("2023", 398, 416, 205, 213, "GlyphLessFont", 8, (0,))])
    page.lines = [year] + [Line(page=1, words=[Word(w.text, w.x0, w.x1, w.top, w.bottom, "GlyphLessFont", w.size,
                                                     w.color) for w in line.words]) for line in page.lines[1:]]
    [table] = find_planning_tables(Document(tmp_path / "scan.pdf", "", {}, [page]))
    assert [(m.year, m.month) for m in table.months] == [(2023, month) for month in range(1, 13)]
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("Fase 1", [9, 10, 11]), ("Fase 2", [6, 7])]


def _scanned_gantt(path, rows: list[tuple[str, list[int], str]], months: int = 12):
    """A scan's Gantt table as ``path`` (its image: grid rules and grey shading) and the page its OCR gives
    (one font, no shading): a month header at 216, then ``rows`` of (label, months shaded, text OCR read in
    the grid) 16 points apart, the month cells 25 points wide from 257 on."""
    from reportlab.pdfgen import canvas

    from extract.pdf.model import Page

    drawing = canvas.Canvas(str(path), pagesize=(595, 842))
    bottom = 226 + 16 * len(rows)
    for k, (_, shaded, _) in enumerate(rows):
        drawing.setFillGray(0.56)
        for month in shaded:
            drawing.rect(257 + 25 * (month - 1), 842 - (242 + 16 * k), 25, 16, stroke=0, fill=1)
    drawing.setLineWidth(0.5)
    for x in [50, *(257 + 25 * i for i in range(months + 1))]:
        drawing.line(x, 842 - 214, x, 842 - bottom)
    for y in [214, *(226 + 16 * k for k in range(len(rows) + 1))]:
        drawing.line(50, 842 - y, 257 + 25 * months, 842 - y)
    drawing.save()
    names = ["Jan.", "Feb.", "Mrt.", "Apr.", "Mei.", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dec."]

    def line(top, placed):
        return Line(page=1, words=[Word(text, x, x + 5 * len(text), top, top + 8, "GlyphLessFont", 8, (0,))
                                   for text, x in placed])

    lines = [line(216, [(name, 261 + 25 * i) for i, name in enumerate(names[:months])])]
    for k, (label, _, read) in enumerate(rows):
        words = [(w, 55 + 45 * i) for i, w in enumerate(label.split())]
        words += [(w, 262 + 25 * (4 + 3 * i)) for i, w in enumerate(read.split())]
        lines.append(line(230 + 16 * k, words))
    return Page(1, 595, 842, lines)


def test_a_scans_table_all_of_whose_cells_are_shaded_goes_by_the_paper_beside_it(tmp_path):
    # Project 2.3's first Gantt table in the bundled PDF: one row, "Voorverkenning", January to April, all
    # four cells shaded: no light cell in it to go by.
    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    page = _scanned_gantt(tmp_path / "scan.pdf", [("Voorverkenning", [1, 2, 3, 4], "")], months=4)
    [table] = find_planning_tables(Document(tmp_path / "scan.pdf", "", {}, [page]))
    assert [(r.activity, [m.month for m in r.planned], r.note) for r in table.rows] == [
        ("Voorverkenning", [1, 2, 3, 4], None)]


def test_letters_ocr_read_in_a_scans_shaded_cells_are_no_note_and_words_on_white_cells_are(tmp_path):
    # Idee 2 of project 4.1 in the bundled PDF's scan: OCR read "LT nn" in Activiteit 3's grey cells.
    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    # Figures in a grid are no grey read as letters: a budget row under a table's last page ("Totaal Movisie
    # 3.048", seen in a look set in one font) keeps them, and no month is planned for it.
    page = _scanned_gantt(tmp_path / "scan.pdf", [("Activiteit 2", [4, 5, 6, 7, 8], ""),
                                                  ("Activiteit 3", [6, 7, 8, 9, 10, 11], "LT nn"),
                                                  ("Activiteit 4", [], "Nader te bepalen"),
                                                  ("Totaal Movisie", [12], "3.048")])
    [table] = find_planning_tables(Document(tmp_path / "scan.pdf", "", {}, [page]))
    assert [(r.activity, [m.month for m in r.planned], r.note) for r in table.rows] == [
        ("Activiteit 2", [4, 5, 6, 7, 8], None), ("Activiteit 3", [6, 7, 8, 9, 10, 11], None),
        ("Activiteit 4", [], "Nader te bepalen"), ("Totaal Movisie", [], "3.048")]


def test_a_heading_under_the_table_ends_it_on_its_page_however_small_the_print_after_it():
    """Look 7402: project 1.1's planning (8 pt) at a page's foot, then "9. Begroting" in small capitals
    (6.8 pt) and the budget table (7.5 pt) running on to the next page.  All smaller than the planning, they
    read as footnotes: the budget's rows on the next page were taken as more activities, planned in no month."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 560, [("1. Deskresearch.", [1, 2, 3, 4, 5]), ("2. Portretten maken.", [1, 2, 3, 4, 5, 6])],
                       [571, 587, 603])
    heading = _words_line("9. Begroting", 630, size=6.8)
    budget = [_words_line(f"Verwey-Jonker Instituut Onderzoeker 79 {62 + i} 4.898", 650 + 16 * i, size=7.5)
              for i in range(4)]
    first.lines += [heading, *budget]
    second = Page(2, 595, 842, [_words_line("Organisatie Functie Tarief (€) Uren Bedrag", 62, size=7.5, page=2),
                                _words_line("Movisie Senior 95 63 5.985", 78, size=7.5, page=2)],
                  h_rules=[(45, 560, y) for y in (58, 74, 90)])  # the budget table's grid
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]), headings=[heading])
    assert table.page_end == 1
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("1. Deskresearch.", [1, 2, 3, 4, 5]), ("2. Portretten maken.", [1, 2, 3, 4, 5, 6])]


def test_marks_a_page_read_in_columns_set_apart_from_their_row_are_still_its():
    """Look 7468 (A5, two columns, a grid with "●"): the column reader put the marks of idee 2's last two rows,
    measured 6.5 pt beside 8 pt labels, after the heading under the table; they were read as no months."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    def marks(top: float, months: list[int]) -> Line:
        return Line(page=1, words=[Word("●", 266 + 25 * (m - 1), 270 + 25 * (m - 1), top, top + 6.5, "Helvetica",
                                        6.5, (0,)) for m in months])

    grid = _grid_page(1, 100, [("Activiteit 5", [1, 2, 3, 4]), ("Activiteit 6", []), ("Activiteit 7", [])],
                      [112, 128, 144, 160])
    heading = Line(page=1, words=[Word("Project", 50, 110, 190, 207, "Helvetica-Bold", 17, (0,))])
    lines = [*grid.lines, heading, marks(131.5, [7, 8, 9, 10, 11, 12]), marks(147.5, [4, 5, 6, 7])]
    page = Page(1, 595, 842, lines, h_rules=grid.h_rules)
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [page]), headings=[heading])
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("Activiteit 5", [1, 2, 3, 4]), ("Activiteit 6", [7, 8, 9, 10, 11, 12]), ("Activiteit 7", [4, 5, 6, 7])]
    assert lines[-2] in table.lines and heading not in table.lines


def test_an_unruled_rows_note_the_page_end_carried_to_the_next_page_goes_with_its_label():
    """Held-out look 8162 (zebra, marks "X", no rules): project 3.1's last activity, "Communicatie: verspreiden
    resultaten", at the foot of one page with nothing beside it, its note "Nader te bepalen. …" under the header
    repeated on the next page, without a label.  The note was lost: 12 planned months with no note, published
    as sound."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    first = _grid_page(1, 740, [("4. Artikel(magazine).", [6, 7, 8, 9, 10, 11]),
                                ("Communicatie: verspreiden resultaten", [])], [])
    second = _grid_page(2, 80, [], [])
    note = [Word(text, x, x + 6 * len(text), 96, 104, "Helvetica", 8, (0,))
            for text, x in [("Nader", 262), ("te", 300), ("bepalen.", 316)]]
    second.lines.append(Line(page=2, words=note))
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [first, second]))
    assert [(r.activity, [m.month for m in r.planned], r.note) for r in table.rows] == [
        ("4. Artikel(magazine).", [6, 7, 8, 9, 10, 11], None),
        ("Communicatie: verspreiden resultaten", [], "Nader te bepalen.")]


def test_month_names_whose_periods_narrow_cells_wrapped_are_one_header_row():
    """LibreOffice look 8128 (A5, marks "●"): cells too narrow for "Feb." broke it after the name, the periods
    on a line of their own under the month row.  That line was read as the first activity's note (". . . .
    . . ."), its marks lost: 1,118 of 1,321 planning cells wrong, published with exit 0."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    def word(text: str, x0: float, top: float, size: float = 7) -> Word:
        return Word(text, x0, x0 + 0.55 * size * len(text), top, top + size, "DejaVuSerif", size, (0,))

    names = ["Jan.", "Feb", "Mrt", "Apr"]
    year = Line(page=1, words=[word("2023", 200, 380)])
    months = Line(page=1, words=[word(name, 200 + 20 * i, 390) for i, name in enumerate(names)])
    periods = Line(page=1, words=[word(".", 200 + 20 * i + 2, 398) for i in range(1, 4)])
    row = Line(page=1, words=[word("1.", 40, 412), word("Deskresearch.", 50, 412)]
               + [word("●", 202 + 20 * i, 412) for i in (0, 1, 2)])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [Page(1, 420, 595, [year, months, periods, row])]))
    assert [(m.year, m.month, m.raw) for m in table.months] == [
        (2023, 1, "Jan."), (2023, 2, "Feb."), (2023, 3, "Mrt."), (2023, 4, "Apr.")]
    assert [(r.activity, [m.month for m in r.planned], r.note) for r in table.rows] == [
        ("1. Deskresearch.", [1, 2, 3], None)]
    assert periods in table.lines  # the header's, in no section's text


def test_month_names_periods_read_as_two_lines_around_the_first_label_are_one_header_row():
    """LibreOffice look 8278 (A5, two columns, grid): the periods under the month names were read as two lines
    on one baseline, ". . ." under January to March before the first row's label and the rest after it.  The
    months from April on lost their period (27 cells with month_raw "Apr" for "Apr.")."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    def word(text: str, x0: float, top: float, size: float = 7) -> Word:
        return Word(text, x0, x0 + 0.55 * size * len(text), top, top + size, "DejaVuSansMono", size, (0,))

    year = Line(page=1, words=[word("2022", 200, 380)])
    months = Line(page=1, words=[word(name, 200 + 20 * i, 390) for i, name in enumerate(["Jan", "Feb", "Mrt", "Apr",
                                                                                        "Mei", "Jun"])])
    first_periods = Line(page=1, words=[word(".", 200 + 20 * i, 398) for i in range(3)])
    label = Line(page=1, words=[word("1.", 40, 412), word("Verspreiding", 50, 412)])
    rest_periods = Line(page=1, words=[word(".", 200 + 20 * i, 398) for i in range(3, 6)])
    marks = Line(page=1, words=[word("X", 200 + 20 * i, 412) for i in (3, 4, 5)])
    page = Page(1, 420, 595, [year, months, first_periods, label, rest_periods, marks])
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [page]))
    assert [(m.month, m.raw) for m in table.months] == [
        (1, "Jan."), (2, "Feb."), (3, "Mrt."), (4, "Apr."), (5, "Mei."), (6, "Jun.")]
    assert [(r.activity, [m.month for m in r.planned], r.note) for r in table.rows] == [
        ("1. Verspreiding", [4, 5, 6], None)]
    assert first_periods in table.lines and rest_periods in table.lines


def test_month_names_narrow_cells_broke_inside_are_one_header_row():
    """LibreOffice look 8156 (A5, marks "x"): cells too narrow for "Feb." broke it inside the name, "Fe" on the
    month row and "b." under it ("Jan Fe Mr Ap Me Jun Jul. Au Se"): no header, three tables read as text, 959 of
    1,321 planning cells lost, published with exit 0.  A line under names that are no months' is no header's."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    def word(text: str, x0: float, top: float, size: float = 7) -> Word:
        return Word(text, x0, x0 + 0.55 * size * len(text), top, top + size, "DejaVuSerif", size, (0,))

    def page(names, ends):
        year = Line(page=1, words=[word("2023", 200, 380)])
        months = Line(page=1, words=[word(name, 200 + 20 * i, 390) for i, name in enumerate(names)])
        below = Line(page=1, words=[word(end, 200 + 20 * i, 398) for i, end in ends])
        row = Line(page=1, words=[word("1.", 40, 412), word("Werving", 50, 412)]
                   + [word("x", 200 + 20 * i, 412) for i in (1, 2, 3)])
        return Document(Path("t.pdf"), "", {}, [Page(1, 420, 595, [year, months, below, row])]), below

    document, below = page(["Jan", "Fe", "Mr", "Ap", "Me", "Jun"], [(0, "."), (1, "b."), (2, "t."), (3, "r."),
                                                                    (4, "i."), (5, ".")])
    [table] = find_planning_tables(document)
    assert [(m.month, m.raw) for m in table.months] == [
        (1, "Jan."), (2, "Feb."), (3, "Mrt."), (4, "Apr."), (5, "Mei."), (6, "Jun.")]
    assert [(r.activity, [m.month for m in r.planned], r.note) for r in table.rows] == [("1. Werving", [2, 3, 4], None)]
    assert below in table.lines
    # "Ap" + "x." is no month: the line under it is the first row's, not the header's ("Jan" and "Jun" alone are
    # too few months for one).
    document, _ = page(["Jan", "Fe", "Mr", "Ap", "Me", "Jun"], [(1, "b."), (3, "x.")])
    assert find_planning_tables(document) == []


def test_a_label_a_word_processor_broke_over_the_page_end_goes_on_whatever_its_first_letter():
    """LibreOffice look 8108 (rules only): "Landelijke bijeenkomst Financiële" with its marks at the foot of
    page 36, "Zelfredzaamheid." alone under the header repeated on page 37.  Read as an activity of its own,
    no months: the activities after it were numbered one on (44 planning cells unequal, exit 0)."""
    month = MonthColumn(2023, 6, "Jun.", 300, 320)
    last = PlanningRow("Landelijke bijeenkomst Financiële", [month], 752, 760, 36)
    rows = [PlanningRow("Zelfredzaamheid.", [], 77, 85, 37),
            PlanningRow("Fase 2. Voorbereidingssessie", [month], 89, 97, 37)]
    assert [r.activity for r in _rest_of_split_row(last, rows, vocabulary([]))] == ["Fase 2. Voorbereidingssessie"]
    assert (last.activity, last.planned) == ("Landelijke bijeenkomst Financiële Zelfredzaamheid.", [month])
    # An activity of its own, with months, stays one.
    other = PlanningRow("Landelijke bijeenkomst.", [month], 752, 760, 36)
    assert len(_rest_of_split_row(other, [PlanningRow("Nieuwsbrief 2.", [month], 77, 85, 37)], vocabulary([]))) == 1


def test_a_label_broken_over_the_page_end_with_its_months_shaded_on_both_pages_is_one_activity():
    """LibreOffice look 8142 (A4, monospaced, shaded, no rules): "Landelijke bijeenkomst Financiële" shaded April
    to July at the foot of page 45, "Zelfredzaamheid." shaded April to July again under the header repeated on
    page 46.  It was an activity of its own: 44 planning cells under wrong labels, published as sound."""
    months = [MonthColumn(2023, m, None, 230 + 20 * m, 250 + 20 * m) for m in range(1, 12)]
    april_to_july = months[3:7]

    def piece(page, rows, labels):
        return PlanningTable(page=page, top=0, months=months, rows=rows,
                             lines=[_words_line(text, top, page=page) for text, top in labels])

    table = piece(45, [PlanningRow("Fase 1. Voorbereidingssessie organiseren Financiële Zelfredzaamheid.",
                                   months[5:10], 99, 122, 45),
                       PlanningRow("Landelijke bijeenkomst Financiële", april_to_july, 123, 134, 45)],
                  [("Fase 1. Voorbereidingssessie organiseren", 100), ("Financiële Zelfredzaamheid.", 112),
                   ("Landelijke bijeenkomst Financiële", 124)])
    second = "Fase 2. Voorbereidingssessie organiseren 2e bijeenkomst."
    rest = piece(46, [PlanningRow("Zelfredzaamheid.", april_to_july, 99, 110, 46),
                      PlanningRow(second, months[3:6], 111, 134, 46)],
                 [("Zelfredzaamheid.", 100), ("Fase 2. Voorbereidingssessie organiseren 2e", 112),
                  ("bijeenkomst.", 124)])
    # "Zelfredzaamheid." (64 points) would not have fit after "Financiële" (ending at 178) in the label column,
    # which "2e" ends (at 214).
    assert _wrapped_over(table, rest)
    last = table.rows[-1]
    assert [r.activity for r in _rest_of_split_row(last, rest.rows, vocabulary([]), wrapped=True)] == [second]
    assert (last.activity, last.planned) == ("Landelijke bijeenkomst Financiële Zelfredzaamheid.", april_to_july)
    # A short first word would have fit there: an activity of its own ("Slot.", 20 points), as is one that starts
    # with an activity's number, or one under a label that ends its sentence.
    short = piece(46, [PlanningRow("Slot.", april_to_july, 99, 110, 46)], [("Slot.", 100)])
    assert not _wrapped_over(table, short)
    numbered = piece(46, [PlanningRow("5. Zelfredzaamheid.", april_to_july, 99, 110, 46)],
                     [("5. Zelfredzaamheid.", 100)])
    assert not _wrapped_over(table, numbered)
    ended = PlanningRow("Landelijke bijeenkomst.", april_to_july, 123, 134, 45)
    assert len(_rest_of_split_row(ended, [PlanningRow("Zelfredzaamheid.", april_to_july, 99, 110, 46)],
                                  vocabulary([]), wrapped=True)) == 1
    # Shaded otherwise on the next page, it is a row of its own too.
    other = PlanningRow("Landelijke bijeenkomst Financiële", april_to_july, 123, 134, 45)
    assert len(_rest_of_split_row(other, [PlanningRow("Zelfredzaamheid.", months[8:10], 99, 110, 46)],
                                  vocabulary([]), wrapped=True)) == 1


def test_notes_in_the_tables_print_under_a_table_at_a_page_foot_are_no_activity():
    """LibreOffice look 8230 (A5, 8 pt body, 7 pt tables and notes): project 2.1's Gantt chart at a page's foot,
    its row "Fase 2. Aanscherpen toolkits," cut there, "implementatie leerbijeenkomsten." under the header
    repeated on the next page; between them, the page's note "4 ‘Cruciaal om met ouders …", in the table's print,
    running from the label column over the months.  It was read as an activity, which took the cut row's rest,
    and every activity below it moved up one: 55 planning cells wrong, published as sound."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    text = [_words_line("De bijeenkomsten worden georganiseerd met de informele organisaties van de regio", top,
                        size=10) for top in (100, 114, 128, 142)]
    first = _grid_page(1, 700, [("Fase 1. Werving", [5, 6, 7, 8]), ("Fase 2. Aanscherpen toolkits,", [7, 8, 9])],
                       [], size=7)
    note = _words_line("4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’ | Kennisplatform", 748, x0=48,
                       size=7)
    note_rest = _words_line("Inclusief Samenleven (kis.nl)", 757, x0=60, size=7)
    second = _grid_page(2, 80, [("implementatie leerbijeenkomsten.", []), ("Fase 3. Netwerkopbouw", [10, 11])],
                        [], size=7)
    pages = [Page(1, 595, 842, text + first.lines + [note, note_rest]), second]
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, pages))
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("Fase 1. Werving", [5, 6, 7, 8]),
        ("Fase 2. Aanscherpen toolkits, implementatie leerbijeenkomsten.", [7, 8, 9]),
        ("Fase 3. Netwerkopbouw", [10, 11])]
    assert note not in table.lines


def test_the_rest_of_a_note_under_the_notes_rule_below_a_table_at_a_page_foot_is_no_activity():
    """LibreOffice look 8785 (letter, 7 pt tables and notes, marks "X"): project 8.1's Gantt chart at a page's
    foot, its fourth row on the next page; under it, below the short rule a word processor draws over a page's
    notes, the rest of a note begun the page before, "Kremer, M., A. Parys & L. Verplanke (2019). …", in the
    table's print and without a number.  It was read as the fourth activity, which took the next page's row's
    months: published as sound."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.planning import find_planning_tables

    text = [_words_line("De resultaten van het etnografisch onderzoek uit 2022 vragen reflectie uit de praktijk", top,
                        size=10) for top in (100, 114, 128, 142)]
    first = _grid_page(1, 700, [("Fase 1. Reflectie en scoping;", [3, 4, 5, 6, 7]),
                                ("Fase 2A. Plan van aanpak;", [7, 8])], [], size=7)
    note = [_words_line("Kremer, M., A. Parys & L. Verplanke (2019). Alledaagse attentheid in een superdiverse wijk.",
                        748, x0=62, size=7), _words_line("Amsterdam.", 757, x0=62, size=7)]
    second = _grid_page(2, 80, [("Fase 3. Analyse en rapportage;", [9, 10, 11])], [], size=7)

    pages = [Page(1, 612, 792, text + first.lines + note, h_rules=[(45, 160, 744)]), second]
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, pages))
    assert [(r.activity, [m.month for m in r.planned]) for r in table.rows] == [
        ("Fase 1. Reflectie en scoping;", [3, 4, 5, 6, 7]), ("Fase 2A. Plan van aanpak;", [7, 8]),
        ("Fase 3. Analyse en rapportage;", [9, 10, 11])]


def test_a_label_of_nothing_but_its_number_at_a_page_foot_goes_on_with_the_row_on_the_next_page():
    """LibreOffice look 8289 (A5, grid, shaded): the row "4." shaded January to April at the foot of page 57,
    its words "Netwerkbijeenkomsten/contacte" / "n partners." under the header repeated on page 58, shaded
    again.  The number ends in a full stop, as a finished label does: 11 cells were published under "4."."""
    months = [MonthColumn(2023, m, None, 230 + 20 * m, 250 + 20 * m) for m in range(1, 12)]
    january_to_april = months[:4]
    last = PlanningRow("4.", january_to_april, 520, 530, 57)
    rest = [PlanningRow("Netwerkbijeenkomsten/contacte n partners.", january_to_april, 90, 110, 58),
            PlanningRow("5. Slotbijeenkomst.", months[9:11], 111, 120, 58)]
    assert [r.activity for r in _rest_of_split_row(last, rest, vocabulary([]), wrapped=True)] == ["5. Slotbijeenkomst."]
    assert (last.activity, last.planned) == ("4. Netwerkbijeenkomsten/contacte n partners.", january_to_april)
    # A label with words of its own, ended by a full stop, is finished: the next page's row is another.
    done = PlanningRow("3. Portretten maken.", january_to_april, 520, 530, 57)
    assert len(_rest_of_split_row(done, rest, vocabulary([]), wrapped=True)) == 2


def test_a_label_of_a_phase_and_its_number_at_a_page_foot_goes_on_with_its_name_under_the_repeated_header():
    """LibreOffice look 9023 (A5, two columns, marks "X"): project 2.2's row "Fase 1." marked January to May at
    the foot of page 67, its name "Voorbereidingssessie organiseren Financiële Zelfredzaamheid." under the header
    repeated on page 68, with no marks (they stand beside a label's first line).  The name was read as an
    activity of its own, and every row after it took the next one's marks: 66 cells published wrong."""
    months = [MonthColumn(2023, m, None, 230 + 20 * m, 250 + 20 * m) for m in range(1, 12)]
    last = PlanningRow("Fase 1.", months[:5], 505, 515, 67)
    rest = [PlanningRow("Voorbereidingssessie organiseren Financiële Zelfredzaamheid.", [], 64, 90, 68),
            PlanningRow("Nieuwsbrief 1.", months[2:5], 94, 100, 68)]
    assert [r.activity for r in _rest_of_split_row(last, rest, vocabulary([]))] == ["Nieuwsbrief 1."]
    assert (last.activity, last.planned) == (
        "Fase 1. Voorbereidingssessie organiseren Financiële Zelfredzaamheid.", months[:5])
    # A phase's label with words of its own, ended by a full stop, is finished: the next page's row is another.
    done = PlanningRow("Fase 1. Werving.", months[:5], 505, 515, 67)
    assert len(_rest_of_split_row(done, rest, vocabulary([]))) == 2
    # So is a word and its number where the table has another such whole label (a review's cases: the same
    # table's "Nieuwsbrief 1." above "Nieuwsbrief 2.", with "Landelijke bijeenkomst." unmarked after it; project
    # 9.3's "Activiteit 2." over "Activiteit 3.").
    second = PlanningRow("Nieuwsbrief 2.", months[8:11], 505, 515, 67)
    unmarked = [PlanningRow("Landelijke bijeenkomst.", [], 64, 74, 68),
                PlanningRow("Evaluatie.", months[10:], 78, 88, 68)]
    assert len(_rest_of_split_row(second, unmarked, vocabulary([]), others=("Fase 1. Voorbereidingssessie …",
                                                                           "Nieuwsbrief 1."))) == 2
    assert second.activity == "Nieuwsbrief 2."
    activity = PlanningRow("Activiteit 2.", months[5:9], 505, 515, 119)
    assert len(_rest_of_split_row(activity, [PlanningRow("Activiteit 3.", months[5:9], 64, 74, 120)],
                                  vocabulary([]), wrapped=True)) == 1
    assert activity.activity == "Activiteit 2."


def test_a_labels_last_word_reaching_into_the_first_months_cell_stays_in_the_label():
    """LibreOffice look 8391 (letter, 8.5 pt, a narrow label column): project 7.1's "… op een aansprekende manier
    voor het voetlicht te" / "brengen;", "te" a word space after "voetlicht" and its middle past where the January
    cell begins.  Read as the row's note, it cleared the row's twelve planned months (published, exit 0).  A mark
    in that cell stands at its middle."""
    from pathlib import Path

    from extract.pdf.model import Document
    from extract.werkplan.planning import find_planning_tables

    page = _grid_page(1, 100, [("1. Actualiseren", [1, 2]), ("", list(range(1, 13)))], [111, 127, 154, 170])
    label = _words_line("4. Producten voor het voetlicht te", 132, x0=135)  # "te" from 253, the cell from 255.5
    page.lines[2] = Line(page=1, words=label.words + page.lines[2].words)
    page.lines += [_words_line("brengen;", 143), _words_line("3. Masterclasses", 159)]
    [table] = find_planning_tables(Document(Path("t.pdf"), "", {}, [page]))
    assert [(r.activity, len(r.planned), r.note) for r in table.rows] == [
        ("1. Actualiseren", 2, None), ("4. Producten voor het voetlicht te brengen;", 12, None),
        ("3. Masterclasses", 0, None)]
