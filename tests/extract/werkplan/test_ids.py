import pytest

from extract.werkplan import ids


def test_document_ids_from_year_or_id():
    assert ids.document_id(2023) == "werkplan-2023"
    assert ids.document_id_of("2024") == ids.document_id_of("werkplan-2024") == "werkplan-2024"
    assert ids.local_part("werkplan-2023/project-4.1/idee-1") == "project-4.1/idee-1"


def test_scope_ids_build_and_parse():
    assert ids.onderdeel_scope("B") == "onderdeel-b"
    assert ids.segment_scope("A", "projecten") == "onderdeel-a/projecten"
    assert ids.subplan_scope("4.1", "idee-1") == "project-4.1/idee-1"
    assert ids.project_of_scope("project-4.1/idee-1") == ("4.1", "idee-1")
    assert ids.project_of_scope(ids.project_scope("10.1")) == ("10.1", None)
    assert ids.unknown_scope() == "unknown"
    assert ids.unknown_scope("Bijlage 2. Begroting 2.0") == "unknown/bijlage-2.-begroting-2.0"


@pytest.mark.parametrize("text, keep, expected", [
    ("Idee 1", ".", "idee-1"), ("2. Doel(en) project", "", "2-doel-en-project"),
    ("Financiële zelfredzaamheid", "", "financiele-zelfredzaamheid"), ("Project 4.1", ".", "project-4.1"),
])
def test_slug(text, keep, expected):
    assert ids.slug(text, keep) == expected


def test_a_second_table_or_section_of_one_name_is_numbered():
    table = ids.table_ids()
    assert [table("project-1.1"), table("project-1.1"), table("planning/project-1.1")] == [
        "project-1.1", "project-1.1#2", "planning/project-1.1"]
    section = ids.section_ids()
    assert [section("bijlage/pl-1/1.1/vraagstuk"), section("bijlage/pl-1/1.1/vraagstuk")] == [
        "bijlage/pl-1/1.1/vraagstuk", "bijlage/pl-1/1.1/vraagstuk-2"]


def test_row_number_and_check_ids():
    line = ids.budget_line(ids.in_document("werkplan-2023", "onderdeel-a"), 4)
    assert ids.number(line, "amount") == "werkplan-2023/onderdeel-a/004/amount"
    assert ids.overview_amount(ids.overview_row("werkplan-2023", 2), 1) == "werkplan-2023/overzicht/002/1"
    assert ids.planning_cell("werkplan-2023/planning/project-1.1", 0, None, 3) == \
        "werkplan-2023/planning/project-1.1/00/0-03"
    assert ids.check_failure(ids.check("werkplan-2023", "rate_is_consistent"), 7) == \
        "werkplan-2023/checks/rate_is_consistent/007"
    assert ids.toc_entry("werkplan-2023", 12) == "werkplan-2023/inhoud/012"
    assert ids.programmalijn("werkplan-2023", "4") == "werkplan-2023/pl-4"
    assert ids.child_section(ids.bijlage_section("1", "1"), "pl-4") == "bijlage/pl-4"
    assert ids.bijlage_section("2", "1") == "bijlage-2"
