"""Werkplannen of other shapes: no ruling lines, tables over a page end, other years and projects."""

import pytest

from extract.pdf.model import InputError
from extract.werkplan.extraction import extract_werkplan
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

STAFF = [(f"Rol {i}", 50 + i, 10 * i) for i in range(1, 16)]


def _as_tuples(table):
    return [
        (
            r.row_kind,
            r.organisation_raw,
            r.role_raw,
            r.cells["rate"].value if "rate" in r.cells else None,
            r.cells["hours"].value if "hours" in r.cells else None,
            r.cells["amount"].value,
        )
        for r in table.rows
    ]


def _expected(rows):
    return [(e.row_kind, e.organisation, e.role, e.rate, e.hours, e.amount) for e in rows.expected]


@pytest.mark.parametrize(
    "grid, repeat_header, style",
    [
        (True, True, "dots"),
        (False, False, "dots"),
        (False, True, "euro"),
        (True, False, "spaces"),
        (False, False, "comma-dash"),
        (True, True, "plain"),
    ],
)
def test_a_table_running_over_a_page_end_is_read_whole(tmp_path, grid, repeat_header, style):
    rows = budget_block([("Verwey-Jonker Instituut", STAFF, 12, 23), ("Movisie", STAFF[:5], 10, 22)], 1234, style)
    pdf = tmp_path / "split.pdf"
    build_pdf(pdf, small_werkplan(2027, [(1, "Wonen", [("1.1", "Huisvesting", rows)])],
                                  {"grid": grid, "repeat_header": repeat_header}, filler=9))
    extraction = extract_werkplan(pdf)
    [table] = extraction.tables
    assert (table.page_start, table.page_end) == (3, 4)
    assert table.closed_by_total
    assert _as_tuples(table) == _expected(rows)
    assert table.rows[-1].cells["amount"].value == 128484


def test_another_year_with_other_projects_and_onderdelen(tmp_path):
    a_total = budget_block([("Movisie", [("Senior", 95, 100)], 10, 22)], 500)
    a_projects = budget_block([("Movisie", [("Senior", 95, 80)], 10, 22)], 400)
    a_impact = budget_block([("Movisie", [("Senior", 95, 20)], 10, 22)], 100)
    b_rows = budget_block([("Verwey-Jonker Instituut", [("Senior onderzoeker", 120, 40)], 12, 23)], 0, "euro", "Totaal")
    p11 = budget_block([("Movisie", [("Junior", 70, 30)], 10, 22)], 250)
    p21 = budget_block([("Verwey-Jonker Instituut", [("Onderzoeker", 80, 25)], 12, 23)], 0)
    p22 = budget_block([("Movisie", [("Expert", 115, 10)], 10, 22)], 50)
    blocks = small_werkplan(
        2026,
        [(1, "Wonen en leven", [("1.1", "Buurtnetwerken", p11)]),
         (2, "Werk", [("2.1", "Stages zonder drempels", p21), ("2.2", "Mentoren", p22)])],
        {"grid": False},
        begroting=[
            ("Totaal onderdeel A: Projecten en Impact, implementatie en netwerken", a_total),
            ("Totaal projecten onderdeel A", a_projects),
            ("Totaal Impact implementatie en netwerken", a_impact),
            ("Onderdeel B. Vraagbaak", b_rows),
        ],
    )
    pdf = tmp_path / "werkplan-2026.pdf"
    build_pdf(pdf, blocks)
    extraction = extract_werkplan(pdf)
    assert extraction.year == 2026
    assert extraction.document_id == "werkplan-2026"
    scopes = [(t.table_id, t.scope.kind, t.scope.title) for t in extraction.tables]
    assert scopes == [
        ("onderdeel-a", "onderdeel", "Totaal onderdeel A: Projecten en Impact, implementatie en netwerken"),
        ("onderdeel-a/projecten", "segment", "Totaal projecten onderdeel A"),
        ("onderdeel-a/impact", "segment", "Totaal Impact implementatie en netwerken"),
        ("onderdeel-b", "onderdeel", "Onderdeel B. Vraagbaak"),
        ("project-1.1", "project", "Buurtnetwerken"),
        ("project-2.1", "project", "Stages zonder drempels"),
        ("project-2.2", "project", "Mentoren"),
    ]
    by_id = {t.table_id: t for t in extraction.tables}
    assert _as_tuples(by_id["onderdeel-b"]) == _expected(b_rows)
    assert by_id["onderdeel-b"].rows[-1].cells["amount"].raw == "€ 6.200"  # 120 × 40 + 12 × 40 + 23 × 40
    assert _as_tuples(by_id["project-2.2"]) == _expected(p22)
    assert by_id["project-2.1"].scope.programmalijn == "2"


def test_a_pdf_that_is_not_a_werkplan_is_refused(tmp_path):
    pdf = tmp_path / "jaarverslag.pdf"
    build_pdf(pdf, [("title", "Jaarverslag 2023"), ("p", "Een verslag zonder begroting.")])
    with pytest.raises(InputError, match=r"jaarverslag\.pdf: not a werkplan"):
        extract_werkplan(pdf)


def test_a_werkplan_without_budget_tables_is_refused(tmp_path):
    pdf = tmp_path / "leeg.pdf"
    build_pdf(pdf, small_werkplan(2025, []))
    with pytest.raises(InputError, match=r"leeg\.pdf: no budget tables found"):
        extract_werkplan(pdf)


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"Organisatie;Bedrag\nMovisie;1.000\n", "not a PDF file"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", "unreadable PDF|has no pages"),
        (b"", "not a PDF file"),
    ],
)
def test_unusable_files_get_a_clear_error(tmp_path, content, problem):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError, match=rf"kapot\.pdf: ({problem})"):
        extract_werkplan(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match=r"nergens\.pdf: no such file"):
        extract_werkplan(tmp_path / "nergens.pdf")


@pytest.mark.parametrize("grid", [True, False])
def test_a_label_wrapped_over_two_lines_stays_one_row(tmp_path, grid):
    staff = [("Senior communicatieadviseur digitale media", 95, 40), ("Junior", 67, 10)]
    rows = budget_block([("Verwey-Jonker Instituut", staff, 12, 23)], 300)
    pdf = tmp_path / "wrapped.pdf"
    build_pdf(pdf, small_werkplan(2027, [(1, "Wonen", [("1.1", "Huisvesting", rows)])],
                                  {"grid": grid, "role_width": 110}))
    [table] = extract_werkplan(pdf).tables
    assert _as_tuples(table) == _expected(rows)
