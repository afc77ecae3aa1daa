"""Every budget row of the 2023 werkplan against the hand-checked golden file."""

import pytest

from extract.pdf.model import Line, Word
from extract.werkplan.budget import BudgetSettings, header_columns
from extract.werkplan.extraction import extract_werkplan
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

FIELDS = ["row_kind", "organisation_raw", "role_raw", "rate_raw", "hours_raw", "amount_raw",
          "rate", "hours", "amount", "page"]


def _actual_rows(datasets):
    lines = datasets.frames["budget_lines"]
    out = {}
    for record in lines.to_dict(orient="records"):
        key = (record["scope_id"], int(record["row_index"]))
        out[key] = {f: ("" if record[f] is None or str(record[f]) == "<NA>" else str(record[f])) for f in FIELDS}
    return out


def test_every_budget_row_matches_the_document(datasets_2023, golden_lines):
    actual = _actual_rows(datasets_2023)
    expected = {(g["table_id"], int(g["row_index"])): {f: g[f] for f in FIELDS} for g in golden_lines}
    problems = []
    for key in sorted(expected.keys() | actual.keys()):
        if key not in actual:
            problems.append(f"{key[0]} row {key[1]}: missing")
        elif key not in expected:
            problems.append(f"{key[0]} row {key[1]}: not in the document ({actual[key]})")
        else:
            for field in FIELDS:
                if actual[key][field] != expected[key][field]:
                    problems.append(
                        f"{key[0]} row {key[1]} {field}: got {actual[key][field]!r}, "
                        f"document says {expected[key][field]!r}"
                    )
    assert not problems, "\n".join(problems)
    assert len(actual) == 420


def test_table_scopes_come_from_the_headings(datasets_2023):
    tables = datasets_2023.frames["budget_tables"].set_index("scope_id")
    assert len(tables) == 31
    assert tables.loc["onderdeel-a", "scope_kind"] == "onderdeel"
    assert tables.loc["onderdeel-a/projecten", "segment"] == "projecten"
    assert tables.loc["onderdeel-a/impact", "scope_heading_raw"] == (
        "Totaal Impact implementatie en netwerken van de negen programmalijnen"
    )
    assert tables.loc["onderdeel-a/impact", "onderdeel"] == "A"
    assert tables.loc["onderdeel-c", "scope_title"] == "Onderdeel C. Verbinding, signalering en netwerkontwikkeling"
    assert tables.loc["programma/functieniveau", "table_kind"] == "function_levels"
    assert tables.loc["project-1.1", "scope_title"] == "Een stevige identiteit ontwikkelen: Vaders mee aan het stuur"
    assert tables.loc["project-1.1", "programmalijn"] == "1"
    assert tables.loc["project-2.3", "scope_title"] == "Overig project ‘Dubbele nationaliteit"
    assert tables.loc["project-4.1/idee-1", "scope_kind"] == "subplan"
    assert tables.loc["project-4.1/idee-1", "scope_title"] == "Benchmark anti-stagediscriminatiebeleid op mbo-scholen"
    assert tables.loc["project-4.1/idee-1", "project"] == "4.1"
    assert tables.loc["project-5.1", "scope_title"] == (
        "Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten"
    )
    assert tables.loc["project-10.1", "scope_title"] == "Kennisdossier Roma, Sinti en woonwagenbewoners"
    assert tables.loc["project-10.1", "page_start"] == 123
    assert tables.loc["project-9.3", "total_amount"] == 58519
    assert tables["closed_by_total"].all()
    projects = sorted(tables[tables["scope_kind"].isin(["project", "subplan"])].index)
    assert len(projects) == 23


def test_roles_are_normalised_with_the_raw_spelling_kept(datasets_2023):
    lines = datasets_2023.frames["budget_lines"]
    staff = lines[lines["row_kind"] == "staff"]
    pairs = set(zip(staff["role_raw"], staff["role"], strict=False))
    assert ("Project ondersteuning", "Projectondersteuning") in pairs
    assert ("Project-ondersteuning", "Projectondersteuning") in pairs
    assert ("Project-Assistent", "Project-Assistent") in pairs
    assert sorted(staff["role"].unique()) == [
        "Communicatieadviseur", "Expert", "Junior", "Junior communicatieadviseur", "Junior onderzoeker",
        "Ondersteuning", "Onderzoeker", "Project-Assistent", "Projectondersteuning", "Senior",
        "Senior communicatieadviseur", "Senior onderzoeker",
    ]
    assert sorted(lines["organisation"].dropna().unique()) == ["Movisie", "Verwey-Jonker Instituut"]


def test_amount_cells_have_a_bounding_box_on_their_page(datasets_2023):
    lines = datasets_2023.frames["budget_lines"]
    total = lines[(lines["scope_id"] == "onderdeel-a") & (lines["row_kind"] == "table_total")].iloc[0]
    assert total["amount_raw"] == "1.213.178"
    assert total["page"] == 20
    # The amount stands in the right-hand (Bedrag) column of an A4 page, below the heading.
    assert 450 < total["amount_x0"] < total["amount_x1"] < 595
    assert 100 < total["amount_top"] < total["amount_bottom"] < 842


def test_header_columns_need_organisation_hours_and_amount():
    def line(*texts):
        words, x = [], 50.0
        for text in texts:
            words.append(Word(text, x, x + 6 * len(text), 100, 109, "Bold", 9, (0,)))
            x += 6 * len(text) + 40
        return Line(page=1, words=words)

    columns = header_columns(line("Organisatie", "Functie", "Uurtarief", "Aantal", "Bedrag"), BudgetSettings())
    assert list(columns) == ["organisation", "role", "rate", "hours", "amount"]
    assert header_columns(line("Jan.", "Feb.", "Mrt."), BudgetSettings()) is None


def test_values_printed_in_parts_are_joined():
    from extract.werkplan.budget import _value_tokens

    def words(*placed):
        return [Word(text, x, x + 5 * len(text), 100, 109, "Regular", 9, (0,)) for text, x in placed]

    # "Totaal Project" then 1 234 567 with thin gaps, and a label ending in a number far from its value.
    label, tokens = _value_tokens(words(("Totaal", 50), ("Project", 85), ("1", 480), ("234", 487), ("567", 504)))
    assert [w.text for w in label] == ["Totaal", "Project"]
    assert [t[0] for t in tokens] == ["1 234 567"]
    label, tokens = _value_tokens(words(("Rol", 50), ("1", 70), ("€", 470), ("12.345", 478)), min_x1=300)
    assert [w.text for w in label] == ["Rol", "1"]
    assert [t[0] for t in tokens] == ["€ 12.345"]


def _placed(page, top, *placed, size=9):
    """A line of words at (text, x), each 5 points a letter wide."""
    return Line(page=page, words=[Word(text, x, x + 5 * len(text), top, top + size, "Regular", size, (0,))
                                  for text, x in placed])


_HEADER = [("Organisatie", 50), ("Onderzoeker", 200), ("Uurtarief", 330), ("Aantal", 400), ("Bedrag", 460)]


def test_a_label_wrapped_at_a_page_end_stays_with_its_row_under_a_repeated_header():
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    line = _placed
    first = [line(1, 600, *_HEADER), line(1, 615, ("Movisie", 50), ("Senior", 200), ("95", 340), ("10", 410),
                                         ("950", 470)),
             line(1, 630, ("Stafkosten", 50), ("Verwey-Jonker", 100), ("12", 410), ("950", 470)),
             line(1, 641, ("Instituut", 50))]  # the label's second line, the last line of the page
    second = [line(2, 80, *_HEADER), line(2, 95, ("Totaal", 50), ("1.900", 470))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [row.label_raw for row in classify_rows(table)] == [
        "Movisie Senior", "Stafkosten Verwey-Jonker Instituut", "Totaal"]
    assert first[-1] in table.lines


def test_footnotes_below_a_table_do_not_end_it_before_the_page_end():
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    line = _placed
    first = [line(1, 600, *_HEADER), line(1, 615, ("Movisie", 50), ("Senior", 200), ("95", 340), ("10", 410),
                                          ("950", 470)),
             line(1, 780, ("4", 50), ("Zie", 60), ("de", 80), ("artikelen", 95), ("van", 145), ("2022.", 165), size=7)]
    second = [line(2, 80, ("Movisie", 50), ("Junior", 200), ("57", 340), ("10", 410), ("570", 470)),
              line(2, 95, ("Totaal", 50), ("1.520", 470))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [row.label_raw for row in classify_rows(table)] == ["Movisie Senior", "Movisie Junior", "Totaal"]
    assert first[-1] not in table.lines  # the footnote stays text


def test_a_footnote_as_small_as_the_table_at_the_page_foot_does_not_end_it():
    """Seen in an A5 look with an 8 pt body: tables and footnotes both set at 7 pt.  Onderdeel A's table
    runs over the page end, under the page's footnote 1 ("Alle bedragen staan in euro's."): the table
    goes on under the header repeated on the next page, the note stays text."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    line = _placed
    first = [line(1, 600, *_HEADER, size=7),
             line(1, 615, ("Movisie", 50), ("Project-Assistent", 200), ("53", 340), ("263", 405), ("13.939", 460),
                  size=7),
             line(1, 629, ("Stafkosten", 50), ("Movisie", 105), ("10", 340), ("4451", 400), ("44.510", 460), size=7),
             line(1, 656, ("1", 40), ("Alle", 50), ("bedragen", 75), ("staan", 120), ("in", 150), ("euro’s.", 162),
                  size=7)]
    second = [line(2, 80, *_HEADER, size=7),
              line(2, 95, ("Overhead", 50), ("Movisie", 100), ("22", 340), ("4451", 400), ("97.922", 460), size=7),
              line(2, 110, ("Totaal", 50), ("Project", 85), ("1.213.178", 445), size=7)]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [row.label_raw for row in classify_rows(table)] == [
        "Movisie Project-Assistent", "Stafkosten Movisie", "Overhead Movisie", "Totaal Project"]
    assert table.closed_by_total
    assert first[-1] not in table.lines  # the footnote stays text


def test_a_row_split_over_a_page_end_in_a_grid_is_one_row():
    """Seen in an A5 look: a grid row's label ("Totaal") at the foot of a page, its value ("€" over
    "240.765") under the header repeated on the next; a rule sets the label apart from the row above."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER), _placed(1, 615, ("Externe", 50), ("projectkosten", 90), ("/", 160),
                                                  ("52.410", 470)),
             _placed(1, 627, ("inhuur", 50)),  # the label's second line, in its cell
             _placed(1, 660, ("Totaal", 50))]  # the next row, below a rule (and an empty row)
    second = [_placed(2, 80, *_HEADER), _placed(2, 95, ("€", 495)), _placed(2, 107, ("240.765", 465))]
    rules = [(45, 520, 640), (45, 520, 655)]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first, h_rules=rules),
                                                Page(2, 595, 842, second, h_rules=[(45, 520, 92), (45, 520, 120)])])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == ["Externe projectkosten / inhuur", "Totaal"]
    assert (rows[-1].cells["amount"].raw, rows[-1].cells["amount"].value) == ("€ 240.765", 240765)
    assert table.closed_by_total


def test_a_total_whose_label_and_currency_sign_open_a_page_under_the_repeated_header_is_no_part_of_it():
    """WeasyPrint look 8869 (A5, zebra rows): the table's total alone on the next page under the repeated header,
    its sign wrapped on the label's line ("Totaal €" / "240.765").  "Totaal" names the amounts' column, so the
    line was read as the header's second line and the total published without its label."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER), _placed(1, 615, ("Externe", 50), ("projectkosten", 90), ("/", 160),
                                                  ("inhuur", 170), ("52.410", 470))]
    second = [_placed(2, 80, *_HEADER), _placed(2, 95, ("Totaal", 50), ("€", 495)), _placed(2, 107, ("240.765", 465))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == ["Externe projectkosten / inhuur", "Totaal"]
    assert (rows[-1].cells["amount"].raw, rows[-1].cells["amount"].value) == ("€ 240.765", 240765)
    assert table.closed_by_total


def test_a_total_whose_currency_sign_wraps_with_its_label_closes_the_table():
    """Seen in an A5 look with cents: Onderdeel C's total "€ 240.765,00" wraps in its cell, the sign on the
    label's line ("Totaal €"), the amount under it.  "Totaal" also names an amount column, so the line
    was taken for part of a header and the table went on unclosed."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    lines = [_placed(1, 100, *_HEADER),
             _placed(1, 115, ("Movisie", 50), ("Expert", 200), ("113,00", 330), ("108", 410), ("12.204,00", 455)),
             _placed(1, 130, ("Externe", 50), ("projectkosten", 90), ("/", 160), ("inhuur", 170),
                     ("52.410,00", 455)),
             _placed(1, 150, ("Totaal", 50), ("€", 495)), _placed(1, 160, ("240.765,00", 450))]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]))
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == ["Movisie Expert", "Externe projectkosten / inhuur", "Totaal"]
    assert (rows[-1].cells["amount"].raw, rows[-1].cells["amount"].value) == ("€ 240.765,00", 240765)
    assert table.closed_by_total
    assert lines[-2] in table.lines  # "Totaal €" is the table's, not text after it


def test_an_organisations_total_wrapped_in_its_cell_does_not_end_the_table():
    """"Totaal Verwey-Jonker" / "Instituut": the total of an organisation of the table, not the table's."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    lines = [_placed(1, 100, *_HEADER),
             _placed(1, 115, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114", 340), ("10", 410),
                     ("1.140", 470)),
             _placed(1, 130, ("Stafkosten", 50), ("Verwey-", 105), ("12", 340), ("10", 410), ("120", 470)),
             _placed(1, 141, ("Jonker", 50), ("Instituut", 85)),
             _placed(1, 156, ("Totaal", 50), ("Verwey-Jonker", 85), ("1.260", 470)),
             _placed(1, 167, ("Instituut", 50)),
             _placed(1, 190, *_HEADER),
             _placed(1, 205, ("Movisie", 50), ("Senior", 200), ("95", 340), ("10", 410), ("950", 470)),
             _placed(1, 220, ("Totaal", 50), ("Project", 85), ("2.210", 470))]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]))
    assert [row.label_raw for row in classify_rows(table)] == [
        "Verwey-Jonker Instituut Senior", "Stafkosten Verwey-Jonker Instituut", "Totaal Verwey-Jonker Instituut",
        "Movisie Senior", "Totaal Project"]


def test_an_organisations_total_cut_by_a_page_end_does_not_end_the_table():
    """Held-out look 7961 (A5, every label cell wrapped): project 4.3's "Totaal" / "Verwey-" at a page's foot,
    "Jonker" / "Instituut" under the header repeated on the next page.  "Totaal Verwey-" named no
    organisation whole, so it closed the table: Movisie's rows became a table of their own ("#2", 7 budget
    lines misfiled, the project's total 24.651 for 34.871)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER),
             _placed(1, 615, ("Overhead", 50), ("231", 410), ("5.313", 470)),
             _placed(1, 628, ("Verwey-", 50)), _placed(1, 641, ("Jonker", 50)), _placed(1, 654, ("Instituut", 50)),
             _placed(1, 672, ("Totaal", 50), ("24.651", 465)), _placed(1, 685, ("Verwey-", 50))]
    second = [_placed(2, 53, *_HEADER), _placed(2, 68, ("Jonker", 50)), _placed(2, 82, ("Instituut", 50)),
              _placed(2, 117, *_HEADER),
              _placed(2, 134, ("Movisie", 50), ("Expert", 200), ("113", 340), ("90", 410), ("10.170", 465)),
              _placed(2, 152, ("Totaal", 50), ("10.170", 465)), _placed(2, 165, ("Movisie", 50)),
              _placed(2, 200, ("Totaal", 50), ("Project", 85), ("34.821", 465))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == [
        "Overhead Verwey-Jonker Instituut", "Totaal Verwey-Jonker Instituut", "Movisie Expert", "Totaal Movisie",
        "Totaal Project"]
    assert [row.row_kind for row in rows] == ["overhead", "org_total", "staff", "org_total", "table_total"]


def test_a_label_a_page_end_moved_from_its_values_goes_back_though_the_next_rows_label_follows_it():
    """Held-out look 7967 (A5, monospaced, no rules): "52.410" alone at a page's foot, its label "Externe" /
    "projectkosten /" / "inhuur" under the header repeated on the next page, then "Totaal €" over
    "240.765".  All four label lines went to the total: Onderdeel C's table had no total row and its
    external costs were a Movisie staff line."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER),
             _placed(1, 615, ("Movisie", 50), ("Senior", 200), ("95", 340), ("268", 410), ("25.460", 465)),
             _placed(1, 632, ("Totaal", 50), ("Movisie", 85), ("25.460", 465)),
             _placed(1, 665, ("52.410", 465))]
    second = [_placed(2, 58, *_HEADER), _placed(2, 73, ("Externe", 50)), _placed(2, 85, ("projectkosten", 50),
                                                                             ("/", 120)),
              _placed(2, 98, ("inhuur", 50)), _placed(2, 131, ("Totaal", 50), ("€", 495)),
              _placed(2, 144, ("77.870", 465))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == [
        "Movisie Senior", "Totaal Movisie", "Externe projectkosten / inhuur", "Totaal"]
    assert [row.row_kind for row in rows] == ["staff", "org_total", "external", "table_total"]
    assert table.closed_by_total


def test_a_last_rows_label_a_page_end_moved_under_the_repeated_header_goes_back_to_its_values():
    """Held-out look 8036 (A5, grid): project 4.3's "34.871" alone at a page's foot, "Totaal" / "Project"
    under the header repeated on the next page, then the next project's heading.  The label was left to
    the section's text and the total read as a Movisie staff line (table without total, 5 checks failed)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER),
             _placed(1, 615, ("Movisie", 50), ("Expert", 200), ("113", 340), ("50", 410), ("5.650", 465)),
             _placed(1, 632, ("Totaal", 50), ("5.650", 465)), _placed(1, 643, ("Movisie", 50)),
             _placed(1, 675, ("34.871", 465))]
    second = [_placed(2, 44, *_HEADER), _placed(2, 68, ("Totaal", 50)), _placed(2, 79, ("Project", 50)),
              _placed(2, 107, ("PROJECT", 50), ("4.4", 120), ("HRM-OPLEIDINGEN", 150), size=18.4)]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == ["Movisie Expert", "Totaal Movisie", "Totaal Project"]
    assert [row.row_kind for row in rows] == ["staff", "org_total", "table_total"]
    assert table.closed_by_total


# Header words of other werkplannen (for organisation, role, rate, hours, amount), the order the
# rate, hours and amount columns are printed in, and how amounts are spelled.
HEADER_VARIANTS = [
    (("Organisatie", "Onderzoeker", "Uurtarief (€)", "Aantal", "Bedrag (€)"), ("rate", "hours", "amount"), "dots"),
    (("Organisatie", "Functie", "Tarief (€)", "Uren", "Kosten (€)"), ("hours", "rate", "amount"), "cents"),
    (("Organisatie", "Rol", "Tarief", "Aantal uren", "Totaal (€)"), ("hours", "rate", "amount"), "euro-cents"),
    (("Organisatie", "Functie", "Tarief (€)", "Aantal uren", "Totaal (€)"), ("rate", "hours", "amount"), "cents"),
    (("Organisatie", "Onderzoeker", "Uurtarief", "Uren", "Kosten"), ("rate", "hours", "amount"), "comma-dash"),
    (("Organisatie", "Rol", "Uurtarief", "Aantal", "Bedrag"), ("hours", "rate", "amount"), "euro"),
]


@pytest.mark.parametrize("header, order, style", HEADER_VARIANTS)
def test_columns_are_read_from_the_header_words_and_their_order(tmp_path, header, order, style):
    staff = [("Senior onderzoeker", 114, 36), ("Junior onderzoeker", 85, 120), ("Projectleider", 98, 7)]
    rows = budget_block([("Verwey-Jonker Instituut", staff, 12, 23), ("Movisie", staff[1:], 10, 22)], 2750,
                        style, header=header, order=order)
    pdf = tmp_path / "header.pdf"
    build_pdf(pdf, small_werkplan(2027, [(1, "Wonen", [("1.1", "Huisvesting", rows)])]))
    [table] = extract_werkplan(pdf).tables
    got = [(r.row_kind, r.organisation_raw, r.role_raw, *(r.cells[n].value if n in r.cells else None
                                                          for n in ("rate", "hours", "amount")))
           for r in table.rows]
    assert got == [(e.row_kind, e.organisation, e.role, e.rate, e.hours, e.amount) for e in rows.expected]
    # The printed text is kept as printed, cents and currency sign included.
    first = table.rows[0].cells
    assert (first["rate"].raw, first["hours"].raw, first["amount"].raw) == tuple(rows.printed[0][2:])


def test_a_header_row_cut_by_the_page_end_gives_no_label():
    """Seen in a look never tuned to: a grid's repeated header row cut by the page end, its words on
    two pages ("Organisatie Onderzoeker Aantal" / "Uurtarief Bedrag" + "(€) (€)"), went into labels."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER),
             _placed(1, 615, ("Movisie", 50), ("Senior", 200), ("95", 340), ("10", 410), ("950", 470)),
             _placed(1, 630, ("Totaal", 50), ("Movisie", 85), ("950", 470)),
             _placed(1, 650, ("Organisatie", 50), ("Onderzoeker", 200), ("Aantal", 400))]
    second = [_placed(2, 80, *_HEADER), _placed(2, 95, ("Uurtarief", 330), ("Bedrag", 460)),
              _placed(2, 106, ("(€)", 340), ("(€)", 470)),
              _placed(2, 121, ("Movisie", 50), ("Junior", 200), ("67", 340), ("10", 410), ("670", 470)),
              _placed(2, 136, ("Totaal", 50), ("Project", 85), ("1.620", 470))]
    rules = [(45, 520, 612), (45, 520, 627), (45, 520, 645)]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first, h_rules=rules), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [row.label_raw for row in classify_rows(table)] == [
        "Movisie Senior", "Totaal Movisie", "Movisie Junior", "Totaal Project"]


def test_a_header_cell_a_page_end_moved_alone_gives_no_label():
    """Seen in look 7616 (a grid, the amount column headed "Totaal" / "(€)"): the Movisie block's header row
    at a page foot lost its two-line amount cell to the next page, where it stood alone under the repeated
    header; its lines, one word each, went into the label of the Verwey-Jonker total above
    ("Totaal Verwey-Jonker Instituut Totaal (€)"), so that organisation's total was lost to the checks."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    # Cells set at their foot: "Totaal" stands a line above the rest of the header.
    header = [("Organisatie", 50), ("Onderzoeker", 200), ("Uurtarief", 330), ("Aantal", 400), ("(€)", 465)]
    first = [_placed(1, 589, ("Totaal", 460)), _placed(1, 600, *header),
             _placed(1, 615, ("Verwey-Jonker", 50), ("Senior", 200), ("95", 340), ("10", 410), ("950", 470)),
             _placed(1, 630, ("Totaal", 50), ("Verwey-Jonker", 85), ("950", 470)),
             _placed(1, 662, *header[:4])]
    second = [_placed(2, 69, ("Totaal", 460)), _placed(2, 80, *header),
              _placed(2, 95, ("Totaal", 460)), _placed(2, 106, ("(€)", 465)),
              _placed(2, 132, ("Movisie", 50), ("Junior", 200), ("67", 340), ("10", 410), ("670", 470)),
              _placed(2, 147, ("Totaal", 50), ("Movisie", 85), ("670", 470))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [row.label_raw for row in classify_rows(table)] == [
        "Verwey-Jonker Senior", "Totaal Verwey-Jonker", "Movisie Junior", "Totaal Movisie"]


def test_a_label_carried_over_a_page_end_goes_back_to_its_values():
    """Seen in look 7409 (cells set at their top, no rules): project 7.1's "Stafkosten Verwey-Jonker
    Instituut" row split at the page end, its values at the foot of page 99 and its label's two lines
    under the header repeated on page 100, above the overhead row.  A label that starts with a row
    kind's word begins a row; the overhead row's label begins on its own line, the row above has none."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(99, 700, *_HEADER),
             _placed(99, 718, ("Verwey-Jonker", 50), ("Instituut", 120), ("Projectondersteuning", 200), ("44", 340),
                     ("43", 410), ("1.892", 465)),
             _placed(99, 733, ("12", 340), ("312", 405), ("3.744", 465))]
    second = [_placed(100, 77, *_HEADER), _placed(100, 90, ("Stafkosten", 50), ("Verwey-Jonker", 105)),
              _placed(100, 100, ("Instituut", 50)),
              _placed(100, 115, ("Overhead", 50), ("Verwey-Jonker", 100), ("Instituut", 170), ("23", 340),
                      ("312", 405), ("7.176", 465)),
              _placed(100, 130, ("Totaal", 50), ("Verwey-Jonker", 85), ("Instituut", 155), ("37.721", 460))]
    document = Document(Path("t.pdf"), "", {}, [Page(99, 595, 842, first), Page(100, 595, 842, second)])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [(row.row_kind, row.label_raw, row.organisation_raw) for row in rows] == [
        ("staff", "Verwey-Jonker Instituut Projectondersteuning", "Verwey-Jonker Instituut"),
        ("staff_costs", "Stafkosten Verwey-Jonker Instituut", "Verwey-Jonker Instituut"),
        ("overhead", "Overhead Verwey-Jonker Instituut", "Verwey-Jonker Instituut"),
        ("org_total", "Totaal Verwey-Jonker Instituut", "Verwey-Jonker Instituut")]
    assert [(rows[1].cells["rate"].value, rows[1].cells["hours"].value, rows[1].cells["amount"].value)] == [
        (12, 312, 3744)]
    assert (rows[1].page, rows[1].label_lines) == (99, 2)


def test_an_organisation_a_page_end_moved_under_the_next_rows_label_goes_back_to_its_row():
    """Seen in held-out look 7753 (no rules, cells set at their top): project 10.1's projectondersteuning
    row at the foot of page 225 with its function and values but no organisation: the cell's two lines
    ("Verwey-Jonker" / "Instituut", kept together as CSS's widows and orphans ask) head page 226, above
    the staff costs row.  Read before: the row without organisation, and "Verwey-Jonker Instituut
    Stafkosten Verwey-Jonker Instituut" as one label."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(225, 700, *_HEADER),
             _placed(225, 718, ("Verwey-Jonker", 50), ("Senior", 200), ("onderzoeker", 235), ("114,00", 330),
                     ("24", 410), ("2.736,00", 455)),
             _placed(225, 729, ("Instituut", 50)),
             _placed(225, 748, ("Projectondersteuning", 200), ("44,00", 335), ("5", 415), ("220,00", 460))]
    second = [_placed(226, 77, ("Verwey-Jonker", 50)), _placed(226, 88, ("Instituut", 50)),
              _placed(226, 106, ("Stafkosten", 50), ("Verwey-Jonker", 105), ("12,00", 335), ("29", 410),
                      ("348,00", 460)),
              _placed(226, 117, ("Instituut", 50)),
              _placed(226, 135, ("Totaal", 50), ("Verwey-Jonker", 85), ("Instituut", 155), ("3.304,00", 450))]
    document = Document(Path("t.pdf"), "", {}, [Page(225, 595, 842, first), Page(226, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [(row.row_kind, row.label_raw, row.organisation_raw) for row in classify_rows(table)] == [
        ("staff", "Verwey-Jonker Instituut Senior onderzoeker", "Verwey-Jonker Instituut"),
        ("staff", "Verwey-Jonker Instituut Projectondersteuning", "Verwey-Jonker Instituut"),
        ("staff_costs", "Stafkosten Verwey-Jonker Instituut", "Verwey-Jonker Instituut"),
        ("org_total", "Totaal Verwey-Jonker Instituut", "Verwey-Jonker Instituut")]


def test_a_function_a_page_end_moved_under_the_repeated_header_goes_back_to_its_row():
    """Seen in look 7803 (A5, no rules): project 8.1's junior researcher at the foot of page 185 with its
    organisation and values, its function's two lines ("Junior" / "onderzoeker") under the header
    repeated on page 186, above the project support row.  Read before, and published as sound: the row
    without function, and "Junior onderzoeker Project-ondersteuning" as the next row's function."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(185, 700, *_HEADER),
             _placed(185, 718, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("95", 340), ("10", 410),
                     ("950", 470)),
             _placed(185, 736, ("Verwey-Jonker", 50), ("Instituut", 120), ("42", 340), ("67", 410), ("2.814", 460))]
    second = [_placed(186, 77, *_HEADER), _placed(186, 92, ("Junior", 200)), _placed(186, 103, ("onderzoeker", 200)),
              _placed(186, 121, ("Verwey-Jonker", 50), ("Instituut", 120), ("Projectondersteuning", 200),
                      ("44", 340), ("41", 410), ("1.804", 465)),
              _placed(186, 139, ("Stafkosten", 50), ("Verwey-Jonker", 105), ("12", 340), ("93", 410),
                      ("1.116", 465))]
    document = Document(Path("t.pdf"), "", {}, [Page(185, 595, 842, first), Page(186, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [(row.label_raw, row.role_raw) for row in classify_rows(table)] == [
        ("Verwey-Jonker Instituut Senior", "Senior"),
        ("Verwey-Jonker Instituut Junior onderzoeker", "Junior onderzoeker"),
        ("Verwey-Jonker Instituut Projectondersteuning", "Projectondersteuning"),
        ("Stafkosten Verwey-Jonker", None)]


def test_a_function_a_page_end_moved_above_a_staff_costs_row_goes_back_to_its_row():
    """Seen in look 7882 (A5, no rules): project 6.1's project support line at the foot of page 138 with its
    organisation and values, its function's two lines ("Project" / "ondersteuning") under the header repeated
    on page 139, above the staff costs row, which has no function of its own to take them: they went into
    its organisation ("Stafkosten Verwey-Jonker Instituut Project ondersteuning")."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(138, 700, *_HEADER),
             _placed(138, 718, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114", 340),
                     ("150", 410), ("17.100", 460)),
             _placed(138, 736, ("Verwey-Jonker", 50), ("Instituut", 120), ("44", 340), ("36", 410), ("1.584", 460))]
    second = [_placed(139, 77, *_HEADER), _placed(139, 92, ("Project", 200)), _placed(139, 103, ("ondersteuning", 200)),
              _placed(139, 121, ("Stafkosten", 50), ("Verwey-Jonker", 105), ("12", 340), ("250", 410),
                      ("3.000", 465)),
              _placed(139, 139, ("Overhead", 50), ("Verwey-Jonker", 100), ("23", 340), ("250", 410), ("5.750", 465))]
    document = Document(Path("t.pdf"), "", {}, [Page(138, 595, 842, first), Page(139, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [(row.label_raw, row.role_raw) for row in classify_rows(table)] == [
        ("Verwey-Jonker Instituut Senior", "Senior"),
        ("Verwey-Jonker Instituut Project ondersteuning", "Project ondersteuning"),
        ("Stafkosten Verwey-Jonker", None), ("Overhead Verwey-Jonker", None)]


def test_a_label_wrapped_above_its_values_begins_the_row():
    """Cells set at their foot: the label's first line stands above its values line.  It begins the
    label: project 7.1's "Stafkosten Verwey-Jonker" / "Instituut 12 312 3.744" is a staff costs row."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    lines = [_placed(99, 100, *_HEADER),
             _placed(99, 118, ("Verwey-Jonker", 50), ("Instituut", 120), ("Projectondersteuning", 200), ("44", 340),
                     ("43", 410), ("1.892", 465)),
             _placed(99, 135, ("Stafkosten", 50), ("Verwey-Jonker", 105)),
             _placed(99, 145, ("Instituut", 50), ("12", 340), ("312", 405), ("3.744", 465)),
             _placed(99, 162, ("Overhead", 50), ("Verwey-Jonker", 100), ("Instituut", 170), ("23", 340),
                     ("312", 405), ("7.176", 465))]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(99, 595, 842, lines)]))
    assert [(row.row_kind, row.label_raw) for row in classify_rows(table)] == [
        ("staff", "Verwey-Jonker Instituut Projectondersteuning"),
        ("staff_costs", "Stafkosten Verwey-Jonker Instituut"),
        ("overhead", "Overhead Verwey-Jonker Instituut")]


def test_a_label_line_over_the_first_row_goes_to_it_across_a_grid_rule():
    """An organisation set in a grid row of its own over its first staff row, a rule between: with no
    row above, the line begins the first row's label (it raised an error in a look with group rows)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    lines = [_placed(1, 100, *_HEADER), _placed(1, 116, ("Movisie", 50)),
             _placed(1, 132, ("Senior", 200), ("95", 340), ("10", 410), ("950", 470)),
             _placed(1, 147, ("Totaal", 50), ("950", 470))]
    rules = [(45, 520, 112), (45, 520, 128), (45, 520, 143)]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines, h_rules=rules)]))
    assert [(row.row_kind, row.label_raw, row.cells["amount"].value) for row in classify_rows(table)] == [
        ("staff", "Movisie Senior", 950), ("table_total", "Totaal", 950)]


def test_a_row_split_over_a_page_end_without_rules_is_one_row():
    """Held-out look 7931 (A5, two columns, tables without rules, amounts with cents): Onderdeel C's total
    row broke over the page end, "Totaal" at the page's foot a row's gap under "Externe projectkosten /"
    "inhuur", its "€" over "240.765,00" under the header repeated on the next page.  "Totaal" ended the
    table and went to the section's text; the amount became a row of Movisie's, the table had no total."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(1, 600, *_HEADER), _placed(1, 615, ("Movisie", 50), ("Expert", 200), ("113,00", 330),
                                                  ("108", 410), ("12.204,00", 455)),
             _placed(1, 643, ("Externe", 50), ("projectkosten", 90), ("/", 160), ("52.410,00", 455)),
             _placed(1, 653, ("inhuur", 50)),  # the label's second line, in its cell
             _placed(1, 682, ("Totaal", 50))]  # the next row, a row's gap below
    second = [_placed(2, 80, *_HEADER), _placed(2, 95, ("€", 495)), _placed(2, 107, ("240.765,00", 450))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    [table] = find_budget_tables(document)
    rows = classify_rows(table)
    assert [row.label_raw for row in rows] == ["Movisie Expert", "Externe projectkosten / inhuur", "Totaal"]
    assert [row.row_kind for row in rows] == ["staff", "external", "table_total"]
    assert (rows[-1].cells["amount"].raw, rows[-1].cells["amount"].value) == ("€ 240.765,00", 240765)
    assert table.closed_by_total


def test_a_line_at_a_page_end_far_below_an_open_table_is_not_its_row():
    """A paragraph's line at the foot of a page, far below a table, stays text even when the next page
    opens with a budget header."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import find_budget_tables

    first = [_placed(1, 600, *_HEADER), _placed(1, 615, ("Movisie", 50), ("Expert", 200), ("113,00", 330),
                                                  ("108", 410), ("12.204,00", 455)),
             _placed(1, 700, ("Zie", 50), ("bijlage", 70))]
    second = [_placed(2, 80, *_HEADER), _placed(2, 95, ("Movisie", 50), ("Junior", 200), ("57,00", 330),
                                                 ("10", 410), ("570,00", 455))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, first), Page(2, 595, 842, second)])
    tables = find_budget_tables(document)
    assert all(first[-1] not in table.lines for table in tables)


def test_a_footnote_set_as_small_as_the_table_under_a_table_that_goes_on_over_the_page_end_is_no_label():
    """LibreOffice look 8144 (letter, 11 pt body, notes at the page's foot): the budget table, at 7 pt as its
    notes are, goes on over the page end, and footnote "1 Alle bedragen staan in euro’s." at the foot between
    its two parts was read into the next page's first label ("1 Alle bedragen staan in euro’s. Verwey-Jonker
    Instituut Projectondersteuning"): three checks failed, published as sound, and the note left its section."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    def prose(page, top, text):
        words = text.split()
        starts = [50 + sum(5 * len(w) + 3 for w in words[:n]) for n in range(len(words))]
        return _placed(page, top, *zip(words, starts, strict=True), size=11)

    body = [prose(1, 46, "De begroting van het programma staat hieronder, per project en per"),
            prose(1, 59, "organisatie, zoals in 2022 opgenomen.1 De tarieven zijn die van")]
    table = [_placed(1, 100, *_HEADER, size=7),
             _placed(1, 112, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114", 340),
                     ("2092", 410), ("238.488", 465), size=7),
             _placed(1, 124, ("Verwey-Jonker", 50), ("Instituut", 120), ("Junior", 200), ("57", 340), ("893", 410),
                     ("50.901", 465), size=7)]
    note = _placed(1, 140, ("1", 43), ("Alle", 56), ("bedragen", 80), ("staan", 125), ("in", 155), ("euro’s.", 168),
                   size=7)
    rest = [_placed(2, 60, *_HEADER, size=7),
            _placed(2, 72, ("Verwey-Jonker", 50), ("Instituut", 120), ("Projectondersteuning", 200), ("44", 340),
                    ("16", 410), ("704", 465), size=7)]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 612, 792, body + table + [note]), Page(2, 612, 792, rest)])
    [found] = find_budget_tables(document)
    assert [row.label_raw for row in classify_rows(found)] == [
        "Verwey-Jonker Instituut Senior", "Verwey-Jonker Instituut Junior",
        "Verwey-Jonker Instituut Projectondersteuning"]
    assert note not in found.lines  # its section's text keeps it


def test_a_footnote_right_under_a_tables_total_in_its_print_is_no_part_of_the_totals_label():
    """LibreOffice look 8230 (A5, 8 pt body, 7 pt tables and notes): the note "1 Alle bedragen staan in euro’s."
    stands a line under the table's "Totaal Project" at the page's foot, left of the values, as a label's
    wrapped line would: it was read into the total's label ("Totaal Project 1 Alle bedragen staan in euro’s."),
    published as sound."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    def prose(top, text):
        words = text.split()
        starts = [50 + sum(5 * len(w) + 3 for w in words[:n]) for n in range(len(words))]
        return _placed(1, top, *zip(words, starts, strict=True), size=8)

    body = [prose(top, "De begroting van het programma staat hieronder, per project en per organisatie")
            for top in (46, 57, 68)]
    table = [_placed(1, 100, *_HEADER, size=7),
             _placed(1, 112, ("Verwey-Jonker", 50), ("Senior", 200), ("114,00", 330), ("2092", 410),
                     ("238.488,00", 455), size=7),
             _placed(1, 124, ("Totaal", 50), ("Project", 85), ("238.488,00", 455), size=7)]
    note = _placed(1, 135, ("1", 43), ("Alle", 56), ("bedragen", 80), ("staan", 125), ("in", 155), ("euro’s.", 168),
                   size=7)
    [found] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 420, 595, body + table + [note])]))
    assert [row.label_raw for row in classify_rows(found)] == ["Verwey-Jonker Senior", "Totaal Project"]
    assert note not in found.lines


def test_a_table_that_opens_with_an_organisations_total_goes_on_under_it():
    """LibreOffice look 8161 (held out): LibreOffice loses the rows of project 2.3's budget, split after a heading
    at a page's foot; the next page opens with the repeated header and "Totaal Verwey-Jonker Instituut 27.418".
    Read as the table's total, it closed the table at once, and Movisie's rows under it went into the section's
    text.  With nothing above it to sum, it is an organisation's total; the rows under it stay the table's."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    lines = [_placed(1, 100, *_HEADER),
             _placed(1, 115, ("Totaal", 50), ("Verwey-Jonker", 85), ("Instituut", 155), ("27.418", 465)),
             _placed(1, 130, ("Movisie", 50), ("Senior", 200), ("95", 340), ("40", 410), ("3.800", 465)),
             _placed(1, 145, ("Totaal", 50), ("Movisie", 85), ("3.800", 465)),
             _placed(1, 160, ("Totaal", 50), ("Project", 85), ("31.218", 465))]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]))
    assert [(row.label_raw, row.row_kind) for row in classify_rows(table)] == [
        ("Totaal Verwey-Jonker Instituut", "org_total"), ("Movisie Senior", "staff"),
        ("Totaal Movisie", "org_total"), ("Totaal Project", "table_total")]
    assert table.closed_by_total
    # A table of one total row that names nothing is still closed by it.
    [alone] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, [
        _placed(1, 100, *_HEADER), _placed(1, 115, ("Totaal", 50), ("27.418", 465))])]))
    assert alone.closed_by_total


def test_cents_a_narrow_cell_wrapped_under_their_amount_go_on_it():
    """LibreOffice look 8174 (A5, amounts in cents): "1.213.178,00" too wide for its cell, set "1.213.178,0" over
    "0", both right-aligned; and "Totaal Verwey-Jonker" / "Instituut 0", the label's last word beside the
    cents.  The "0" was read as a row of its own (amount 0) or as text after the table."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    def cents(top: float, *label) -> Line:
        return _placed(1, top, *label, ("0", 505))  # right-aligned under the amount, which ends at 510

    lines = [_placed(1, 100, *_HEADER),
             _placed(1, 115, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114,00", 330),
                     ("10", 410), ("1.140,00", 470)),
             _placed(1, 130, ("Totaal", 50), ("Verwey-Jonker", 85), ("1.140,0", 475)), cents(139, ("Instituut", 50)),
             _placed(1, 154, ("Movisie", 50), ("Senior", 200), ("95,00", 335), ("10", 410), ("950,00", 480)),
             _placed(1, 169, ("Totaal", 50), ("Project", 85), ("2.090,0", 475)), cents(178)]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]))
    rows = classify_rows(table)
    assert [(row.label_raw, row.cells["amount"].raw, row.cells["amount"].value) for row in rows] == [
        ("Verwey-Jonker Instituut Senior", "1.140,00", 1140), ("Totaal Verwey-Jonker Instituut", "1.140,00", 1140),
        ("Movisie Senior", "950,00", 950), ("Totaal Project", "2.090,00", 2090)]
    assert table.closed_by_total and lines[-1] in table.lines
    # A figure under an amount whose cents are whole is none of them: a value of its own.
    whole = [_placed(1, 100, *_HEADER),
             _placed(1, 115, ("Movisie", 50), ("Senior", 200), ("95,00", 335), ("10", 410), ("950,00", 480)),
             cents(124)]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, whole)]))
    assert [row.cells["amount"].raw for row in classify_rows(table)] == ["950,00", "0"]


def test_cents_a_page_end_moved_under_the_repeated_header_go_on_the_tables_total():
    """LibreOffice look 8514 (A5, grid, amounts in cents): the table's total at a page's foot, "Totaal Project" /
    "1.140.889,0", its cell's last "0" on the next page under the repeated header.  The total had closed the
    table, so the header opened a table of its own with one row, amount 0 (two tables under one heading: sent to
    review).  The cents go on the total; a row with values of its own under the header is another table."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(47, 700, *_HEADER),
             _placed(47, 715, ("Movisie", 50), ("Senior", 200), ("95,00", 335), ("10", 410), ("950,00", 480)),
             _placed(47, 730, ("Totaal", 50), ("Project", 85), ("1.140.889,0", 455))]
    cents = [_placed(48, 60, *_HEADER), _placed(48, 75, ("0", 505))]
    tables = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(47, 595, 842, first),
                                                                 Page(48, 595, 842, cents)]))
    assert [[(row.label_raw, row.cells["amount"].raw) for row in classify_rows(table)] for table in tables] == [
        [("Movisie Senior", "950,00"), ("Totaal Project", "1.140.889,00")]]
    another = [_placed(48, 60, *_HEADER),
               _placed(48, 75, ("Movisie", 50), ("Senior", 200), ("95,00", 335), ("10", 410), ("950,00", 480))]
    tables = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(47, 595, 842, first),
                                                                 Page(48, 595, 842, another)]))
    assert [len(table.rows) for table in tables] == [2, 1]


def test_a_functions_last_line_a_page_end_moved_above_a_row_without_function_goes_back_to_its_row():
    """LibreOffice look 8260 (A5, grid): project 6.1's project support row at the foot of page 189, "Project" in its
    function cell, "ondersteuning" under the header repeated on page 190, above "Stafkosten Verwey-" / "Jonker
    Instituut".  Read before, and published as sound: the function "Project", and "ondersteuning" as the staff
    costs row's organisation (two checks failed)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(189, 700, *_HEADER),
             _placed(189, 718, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114", 340), ("150", 410),
                     ("17.100", 455)),
             _placed(189, 736, ("Verwey-Jonker", 50), ("Instituut", 120), ("Project", 200), ("44", 340), ("36", 410),
                     ("1.584", 460))]
    second = [_placed(190, 77, *_HEADER), _placed(190, 92, ("ondersteuning", 200)),
              _placed(190, 106, ("Stafkosten", 50), ("Verwey-", 105), ("12", 340), ("186", 410), ("2.232", 460)),
              _placed(190, 117, ("Jonker", 50), ("Instituut", 85)),
              _placed(190, 135, ("Totaal", 50), ("Verwey-Jonker", 85), ("Instituut", 155), ("20.916", 450))]
    document = Document(Path("t.pdf"), "", {}, [Page(189, 595, 842, first), Page(190, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [(row.row_kind, row.label_raw, row.organisation_raw, row.role_raw) for row in classify_rows(table)] == [
        ("staff", "Verwey-Jonker Instituut Senior", "Verwey-Jonker Instituut", "Senior"),
        ("staff", "Verwey-Jonker Instituut Project ondersteuning", "Verwey-Jonker Instituut", "Project ondersteuning"),
        ("staff_costs", "Stafkosten Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None),
        ("org_total", "Totaal Verwey-Jonker Instituut", "Verwey-Jonker Instituut", None)]


def test_an_organisations_last_word_a_page_end_moved_under_the_repeated_header_goes_back_to_its_row():
    """LibreOffice looks 8296 and 8304 (A5, rules only): "Stafkosten Verwey-Jonker" or "Totaal Verwey-Jonker" at a
    page's foot, "Instituut" under the header repeated on the next page, above "Overhead Verwey-Jonker" /
    "Instituut" or "Movisie Expert".  Read before: "Instituut Overhead Verwey-Jonker Instituut" (a staff row of
    that organisation) and "Instituut Movisie", both sent to review (budget_labels_doubtful).  The row below
    begins with a row kind's word, or "Instituut" ends the name the table prints as its staff rows'
    organisation ("Verwey-Jonker Instituut") and would begin none ("Instituut Movisie")."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    def read(foot_label: str, below: Line) -> list[tuple[str, str, str | None]]:
        first = [_placed(40, 700, *_HEADER),
                 _placed(40, 718, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114", 340),
                         ("150", 410), ("17.100", 455)),
                 _placed(40, 736, (foot_label, 50), ("Verwey-Jonker", 105), ("12", 340), ("150", 410), ("1.800", 460))]
        second = [_placed(41, 55, *_HEADER), _placed(41, 68, ("Instituut", 50)), below,
                  _placed(41, 135, ("Totaal", 50), ("Project", 85), ("99.999", 450))]
        document = Document(Path("t.pdf"), "", {}, [Page(40, 595, 842, first), Page(41, 595, 842, second)])
        [table] = find_budget_tables(document)
        return [(row.row_kind, row.label_raw, row.organisation_raw) for row in classify_rows(table)]

    overhead = _placed(41, 80, ("Overhead", 50), ("Verwey-Jonker", 100), ("23", 340), ("150", 410), ("3.450", 460))
    assert read("Stafkosten", overhead)[1:3] == [
        ("staff_costs", "Stafkosten Verwey-Jonker Instituut", "Verwey-Jonker Instituut"),
        ("overhead", "Overhead Verwey-Jonker", "Verwey-Jonker")]
    movisie = _placed(41, 80, ("Movisie", 50), ("Expert", 200), ("113", 340), ("100", 410), ("11.300", 455))
    assert read("Totaal", movisie)[1:3] == [
        ("org_total", "Totaal Verwey-Jonker Instituut", "Verwey-Jonker Instituut"),
        ("staff", "Movisie Expert", "Movisie")]


def test_a_rows_whole_label_a_page_end_moved_under_the_repeated_header_goes_back_to_its_values():
    """WeasyPrint look 8364 (A5, rules only): a row's values alone at page 180's foot ("30 57,00 1.710,00"), its
    label's two lines ("Verwey-Jonker Junior" / "Instituut onderzoeker") under the header repeated on page 181,
    above "Verwey-Jonker Project-" / "Instituut ondersteuning".  Read before: a row without label, and both
    labels on the next row (budget_labels_doubtful, in review)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(180, 700, *_HEADER),
             _placed(180, 718, ("Verwey-Jonker", 50), ("Senior", 200), ("114,00", 330), ("136", 410),
                     ("15.504,00", 465)),
             _placed(180, 729, ("Instituut", 50), ("onderzoeker", 200)),
             _placed(180, 744, ("57,00", 335), ("30", 410), ("1.710,00", 470))]
    second = [_placed(181, 44, *_HEADER), _placed(181, 58, ("Verwey-Jonker", 50), ("Junior", 200)),
              _placed(181, 69, ("Instituut", 50), ("onderzoeker", 200)),
              _placed(181, 84, ("Verwey-Jonker", 50), ("Project-", 200), ("44,00", 335), ("41", 410),
                      ("1.804,00", 470)),
              _placed(181, 95, ("Instituut", 50), ("ondersteuning", 200)),
              _placed(181, 110, ("Totaal", 50), ("Project", 85), ("19.018,00", 465))]
    document = Document(Path("t.pdf"), "", {}, [Page(180, 595, 842, first), Page(181, 595, 842, second)])
    [table] = find_budget_tables(document)
    assert [(row.label_raw, row.cells["amount"].raw) for row in classify_rows(table)] == [
        ("Verwey-Jonker Instituut Senior onderzoeker", "15.504,00"),
        ("Verwey-Jonker Instituut Junior onderzoeker", "1.710,00"),
        ("Verwey-Jonker Instituut Projectondersteuning", "1.804,00"), ("Totaal Project", "19.018,00")]


def test_a_functions_last_letter_a_page_end_moved_under_the_repeated_header_goes_back_to_its_word():
    """LibreOffice look 8364 (A5, monospaced, rules only): Onderdeel D's first row at page 44's foot, its function
    broken inside the word ("Senior" / "communicatieadviseu"), the "r" under the header repeated on page 45, above
    "Verwey-Jonker Communicatieadviseu" / "Instituut r".  Read before, and published as sound: "Senior
    communicatieadviseu" and "r Communicatieadviseur", the name printed whole nowhere before (exit 0)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(44, 700, *_HEADER),
             _placed(44, 718, ("Verwey-Jonker", 50), ("Senior", 200), ("79,00", 335), ("1.100", 405),
                     ("86.900,00", 460)),
             _placed(44, 727, ("Instituut", 50), ("communicatieadviseu", 200))]
    second = [_placed(45, 40, *_HEADER), _placed(45, 53, ("r", 200)),
              _placed(45, 65, ("Verwey-Jonker", 50), ("Communicatieadviseu", 200), ("57,00", 335), ("585", 410),
                      ("33.345,00", 460)),
              _placed(45, 74, ("Instituut", 50), ("r", 200)),
              _placed(45, 90, ("Totaal", 50), ("Verwey-Jonker", 85), ("120.245,00", 455))]
    document = Document(Path("t.pdf"), "", {}, [Page(44, 420, 595, first), Page(45, 420, 595, second)])
    [table] = find_budget_tables(document)
    assert [(row.organisation_raw, row.role_raw) for row in classify_rows(table)] == [
        ("Verwey-Jonker Instituut", "Senior communicatieadviseur"),
        ("Verwey-Jonker Instituut", "Communicatieadviseur"), ("Verwey-Jonker", None)]


def test_a_function_going_on_in_lower_case_over_a_page_end_goes_back_above_a_row_with_its_own():
    """LibreOffice look 8473 (A5, rules only): Onderdeel D's "Movisie | Senior" at page 39's foot,
    "communicatieadviseur" under the header repeated on page 40, above "Movisie | Junior" / "communicatieadviseur".
    Read before: "Senior" and "communicatieadviseur Junior communicatieadviseur" (in review for another reason)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    first = [_placed(39, 700, *_HEADER),
             _placed(39, 718, ("Movisie", 50), ("Senior", 200), ("95", 340), ("600", 405), ("57.000", 460))]
    second = [_placed(40, 40, *_HEADER), _placed(40, 53, ("communicatieadviseur", 200)),
              _placed(40, 65, ("Movisie", 50), ("Junior", 200), ("67", 340), ("1.225", 405), ("82.075", 460)),
              _placed(40, 74, ("communicatieadviseur", 200)),
              _placed(40, 90, ("Totaal", 50), ("Movisie", 85), ("139.075", 460))]
    document = Document(Path("t.pdf"), "", {}, [Page(39, 420, 595, first), Page(40, 420, 595, second)])
    [table] = find_budget_tables(document)
    assert [(row.organisation_raw, row.role_raw) for row in classify_rows(table)] == [
        ("Movisie", "Senior communicatieadviseur"), ("Movisie", "Junior communicatieadviseur"), ("Movisie", None)]


def test_an_organisations_last_word_a_page_end_moved_goes_back_where_earlier_tables_print_the_name_whole():
    """LibreOffice look 8231 (A5, rules only): project 4.2's table opens at a page's foot with "Verwey-Jonker Senior
    onderzoeker", its "Instituut" under the header repeated on the next page, above "Verwey-Jonker Onderzoeker".
    The table itself prints the name whole nowhere before; the document's earlier tables do.  Read before:
    "Instituut Verwey-Jonker Instituut Onderzoeker" (four checks failed, exit 0)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    earlier = [_placed(24, 100, *_HEADER),
               _placed(24, 115, ("Verwey-Jonker", 50), ("Instituut", 120), ("Senior", 200), ("114", 340), ("245", 410),
                       ("27.930", 455)),
               _placed(24, 130, ("Totaal", 50), ("Project", 85), ("27.930", 455))]
    first = [_placed(66, 718, *_HEADER),
             _placed(66, 736, ("Verwey-Jonker", 50), ("Senior", 200), ("114", 340), ("130", 410), ("14.820", 455))]
    second = [_placed(67, 55, *_HEADER), _placed(67, 68, ("Instituut", 50)),
              _placed(67, 80, ("Verwey-Jonker", 50), ("Onderzoeker", 200), ("79", 340), ("120", 410), ("9.480", 460)),
              _placed(67, 89, ("Instituut", 50)),
              _placed(67, 104, ("Totaal", 50), ("Project", 85), ("24.300", 455))]
    pages = [Page(24, 595, 842, earlier), Page(66, 595, 842, first), Page(67, 595, 842, second)]
    [_, table] = find_budget_tables(Document(Path("t.pdf"), "", {}, pages))
    assert [row.label_raw for row in classify_rows(table)] == [
        "Verwey-Jonker Instituut Senior", "Verwey-Jonker Instituut Onderzoeker", "Totaal Project"]


def test_a_header_read_as_three_lines_is_one_header():
    """WeasyPrint look 8400 (A5, rules only): the header's "Aantal uren" wrapped, bottom-aligned, so the header was
    read as "Organisatie Onderzoeker Tarief", "Aantal" and "uren Kosten": no header, and the table's first rows
    text (Onderdeel A's projects segment 9 of 16 rows, published with three more checks failing, exit 0)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    lines = [_placed(35, 355.3, ("Organisatie", 43), ("Onderzoeker", 135), ("Tarief", 240)),
             _placed(35, 344.5, ("Aantal", 280)), _placed(35, 355.3, ("uren", 290), ("Kosten", 344)),
             _placed(35, 370.7, ("Verwey-Jonker", 43), ("Senior", 135), ("114,00", 237), ("2092", 290),
                     ("238.488,00", 328)),
             _placed(35, 385.5, ("Totaal", 43), ("Project", 78), ("238.488,00", 328))]
    [table] = find_budget_tables(Document(Path("t.pdf"), "", {}, [Page(35, 420, 595, lines)]))
    first, total = classify_rows(table)
    assert (first.label_raw, first.cells["rate"].raw, first.cells["hours"].raw) == ("Verwey-Jonker Senior", "114,00",
                                                                                   "2092")
    assert (total.label_raw, len(table.header_lines)) == ("Totaal Project", 3)


def test_rows_under_a_repeated_header_whose_cell_wraps_are_measured_from_its_last_line():
    """LibreOffice look 8376 (A5, 7 pt): project 2.2's table over a page end, its header repeated as "Organisatie
    Functie Tarief Aantal Kosten" / "uren", then the last row's label's rest ("Instituut g") and the rows.
    Measured from the header's first line, the gap down to "Instituut g" ended the table: eleven rows were read as
    text (in review: a table without a total row)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    header = [("Organisatie", 52), ("Functie", 147), ("Tarief", 231), ("Aantal", 277), ("Kosten", 330)]

    def head(page, top):
        return [_placed(page, top, *header, size=7), _placed(page, top + 9.1, ("uren", 277), size=7)]

    first = [*head(89, 484.6),
             _placed(89, 505.6, ("Verwey-Jonker", 52), ("Senior", 147), ("114,00", 231), ("60", 285),
                     ("6.840,00", 330), size=7),
             _placed(89, 514.7, ("Instituut", 52), size=7),
             _placed(89, 547.7, ("Verwey-Jonker", 52), ("Projectondersteunin", 147), ("44,00", 231), ("16", 285),
                     ("704,00", 330), size=7)]
    second = [*head(90, 28.6), _placed(90, 49.7, ("Instituut", 52), ("g", 147), size=7),
              _placed(90, 61.6, ("Stafkosten", 52), ("Verwey-", 105), ("12,00", 231), ("76", 285), ("912,00", 330),
                      size=7),
              _placed(90, 70.7, ("Jonker", 52), ("Instituut", 85), size=7),
              _placed(90, 82.7, ("Totaal", 52), ("Project", 85), ("8.456,00", 330), size=7)]
    document = Document(Path("t.pdf"), "", {}, [Page(89, 420, 595, first), Page(90, 420, 595, second)])
    [table] = find_budget_tables(document)
    assert [(row.label_raw, row.cells["amount"].raw) for row in classify_rows(table)] == [
        ("Verwey-Jonker Instituut Senior", "6.840,00"), ("Verwey-Jonker Instituut Projectondersteuning", "704,00"),
        ("Stafkosten Verwey-Jonker Instituut", "912,00"), ("Totaal Project", "8.456,00")]


def test_rows_under_a_repeated_header_whose_unit_stands_under_it_are_measured_from_the_unit():
    """LibreOffice editions look 9104 (A5, 7 pt, no rules): the table "Totaal projecten onderdeel A" over a page
    end, its header repeated as "Organisatie Rol Uren Tarief Bedrag" / "(€)" under "Tarief", then the rest of the
    last row's label ("Instituut") and the rows.  Measured from the header's names, the gap down to "Instituut"
    ended the table: fourteen rows were read as text (in review: a table without a total row)."""
    from pathlib import Path

    from extract.pdf.model import Document, Page
    from extract.werkplan.budget import classify_rows, find_budget_tables

    header = [("Organisatie", 55), ("Rol", 165), ("Uren", 250), ("Tarief", 295), ("Bedrag", 340)]

    def head(page, top):
        return [_placed(page, top, *header, size=7), _placed(page, top + 9.1, ("(€)", 295), size=7)]

    first = [*head(50, 511.4),
             _placed(50, 532.4, ("Verwey-Jonker", 55), ("Senior", 165), ("onderzoeker", 195), ("2092", 260),
                     ("114", 305), ("238.488", 345), size=7),
             _placed(50, 541.5, ("Instituut", 55), size=7),
             _placed(50, 553.5, ("Verwey-Jonker", 55), ("Onderzoeker", 165), ("1097", 260), ("79", 310),
                     ("86.663", 350), size=7)]
    second = [*head(51, 45.6), _placed(51, 66.7, ("Instituut", 55), size=7),
              _placed(51, 78.6, ("Movisie", 55), ("Expert", 165), ("567", 265), ("113", 305), ("64.071", 350), size=7),
              _placed(51, 99.7, ("Totaal", 55), ("Project", 90), ("389.222", 345), size=7),
              _placed(51, 120.2, ("Totaal", 55), ("Impact", 170), size=20.9)]
    document = Document(Path("t.pdf"), "", {}, [Page(50, 420, 595, first), Page(51, 420, 595, second)])
    [table] = find_budget_tables(document)
    assert [(row.label_raw, row.cells["amount"].raw) for row in classify_rows(table)] == [
        ("Verwey-Jonker Instituut Senior onderzoeker", "238.488"), ("Verwey-Jonker Instituut Onderzoeker", "86.663"),
        ("Movisie Expert", "64.071"), ("Totaal Project", "389.222")]
