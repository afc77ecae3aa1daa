import dataclasses

import pytest

from extract.settings import SettingsError, resolve
from extract.werkplan.budget import BudgetSettings
from extract.werkplan.extraction import WerkplanSettings, extract_werkplan
from extract.werkplan.planning import PlanningSettings
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan


def test_defaults_and_an_instance_pass_through():
    assert resolve(BudgetSettings) == BudgetSettings()
    settings = BudgetSettings(wrap_gap=2.0)
    assert resolve(BudgetSettings, settings) is settings
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.wrap_gap = 3.0


def test_a_partial_override_keeps_the_other_defaults():
    settings = resolve(BudgetSettings, {"wrap_gap": 2.5})
    assert settings.wrap_gap == 2.5
    assert settings.column_gap == BudgetSettings().column_gap == 0.9


def test_nested_settings_merge_deeply():
    settings = resolve(WerkplanSettings, {"budget": {"row_kinds": {"total": ("eindtotaal",)}},
                                          "sections": {"text": {"paragraph_gap": 1.3}},
                                          "planning": {"months": {"januari": 1}}})
    assert settings.budget.row_kinds.total == ("eindtotaal",)
    assert settings.budget.row_kinds.overhead == ("overhead",)
    assert settings.budget.columns == BudgetSettings().columns
    assert settings.sections.text.paragraph_gap == 1.3
    assert settings.sections.text.dashes == ("-", "–")
    assert settings.heading_words.bijlage_pattern == r"^bijlage\s+(\d+)\b"
    months = settings.planning.months
    assert (months["januari"], months["mrt"], len(months)) == (1, 3, len(PlanningSettings().months) + 1)
    assert settings.scope.function_level_scope == "programma/functieniveau"


@pytest.mark.parametrize("override, named", [
    ({"planing": {}}, "WerkplanSettings.planing"),
    ({"layout": {"line_tolerence": 0.5}}, "WerkplanSettings.layout.line_tolerence"),
    ({"headings": {"project": r"^projekt"}}, "WerkplanSettings.headings.project"),
    ({"integrity": {"page_second": 5}}, "WerkplanSettings.integrity.page_second"),
    ({"budget": {"row_kinds": {"totals": ["totaal"]}}}, "WerkplanSettings.budget.row_kinds.totals"),
    ({"scope": {"segment": {}}}, "WerkplanSettings.scope.segment"),
])
def test_an_unknown_key_is_an_error_naming_it(override, named):
    with pytest.raises(SettingsError, match=rf"unknown setting {named} \(known: "):
        resolve(WerkplanSettings, override)


def test_layout_headings_and_integrity_are_settings_objects_too():
    settings = resolve(WerkplanSettings, {"layout": {"line_tolerance": 0.6},
                                          "heading_words": {"project_pattern": r"^projekt\s+(\d+)\.(\d+)\b"},
                                          "integrity": {"page_seconds": 5}})
    assert (settings.layout.line_tolerance, settings.layout.furniture_share) == (0.6, 0.5)
    assert settings.heading_words.project_pattern == r"^projekt\s+(\d+)\.(\d+)\b"
    assert settings.heading_words.subplan_pattern == r"^idee\s+(\d+)\b"
    assert (settings.integrity.page_seconds, settings.integrity.max_tree_depth) == (5, 64)


def test_a_group_must_be_a_dict():
    with pytest.raises(SettingsError, match="WerkplanSettings.budget: expected a dict of settings, got int"):
        resolve(WerkplanSettings, {"budget": 3})


def test_extract_werkplan_takes_plain_dicts(tmp_path):
    with pytest.raises(SettingsError, match="WerkplanSettings.toc.entry"):
        extract_werkplan(tmp_path / "never-read.pdf", settings={"toc": {"entry": ""}})
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    at = blocks.index(("h4", "9. Begroting"))
    blocks[at:at] = [("h4", "8. Planning"), ("planning", [2026], [("Fase 1", {(2026, 2)})])]
    pdf = tmp_path / "planning.pdf"
    build_pdf(pdf, blocks)
    assert len(extract_werkplan(pdf).planning) == 1
    # A header row must now name more months than a year has: no planning is found.
    assert extract_werkplan(pdf, settings={"planning": {"min_months": 13}}).planning == []


def test_a_scope_setting_changes_the_table_it_concerns(tmp_path):
    # The consistent werkplan has a function-level breakdown ("De uitsplitsing naar functieniveau").
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    function_levels = [t.scope.id for t in extract_werkplan(pdf).tables if t.kind == "function_levels"]
    assert function_levels == ["programma/functieniveau"]
    extraction = extract_werkplan(pdf, settings={"scope": {"function_level_scope": "programma/functies"}})
    assert [t.scope.id for t in extraction.tables if t.kind == "function_levels"] == ["programma/functies"]
    assert [t.scope.id for t in extraction.tables if t.kind != "function_levels"] == [
        t.scope.id for t in extract_werkplan(pdf).tables if t.kind != "function_levels"]


def test_one_heading_word_changes_headings_scopes_and_sections_together(tmp_path):
    # A werkplan whose plans are headed "Plan 1.1 ..." rather than "Project 1.1 ...": the vocabulary says so
    # in one place, and the headings' levels, the tables' scopes and the sections all follow.
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows), ("1.2", "Ouders", rows)])])
    blocks = [("h3", block[1].replace("Project ", "Plan ")) if block[0] == "h3" else block for block in blocks]
    pdf = tmp_path / "werkplan-2026.pdf"
    build_pdf(pdf, blocks)
    assert not any(table.scope.kind == "project" for table in extract_werkplan(pdf).tables)
    words = {"project_pattern": r"^plan\s+(\d+)\.(\d+)\b",
             "project_number_pattern": r"^(?:plan\s+)?(\d+)\.(\d+)\b[:.]?\s*(.*)$"}
    extraction = extract_werkplan(pdf, settings={"heading_words": words})
    assert [(t.scope.id, t.scope.title) for t in extraction.tables] == [("project-1.1", "Scholen"),
                                                                         ("project-1.2", "Ouders")]
    projects = [(s.number, s.title) for root in extraction.sections for s in root.walk() if s.kind == "project"]
    assert projects == [("1.1", "Plan 1.1 Scholen"), ("1.2", "Plan 1.2 Ouders")]


def test_a_list_is_taken_where_a_tuple_is_meant():
    # The README's list form: the header words stay hashable (budget.py caches per HeaderWords).
    settings = resolve(WerkplanSettings, {"budget": {"columns": {"organisation": ["organisatie", "partner"]}}})
    assert settings.budget.columns.organisation == ("organisatie", "partner")
    assert hash(settings.budget.columns)
    assert resolve(WerkplanSettings, {"planning": {"row_gap": 3}}).planning.row_gap == 3.0


@pytest.mark.parametrize("override, message", [
    ({"budget": {"columns": {"organisation": "organisatie"}}},
     "WerkplanSettings.budget.columns.organisation: expected a list of strings, got str 'organisatie'"),
    ({"budget": {"row_kinds": {"total": ["totaal", 3]}}},
     "WerkplanSettings.budget.row_kinds.total[1]: expected string, got int 3"),
    ({"planning": {"row_gap": "2"}}, "WerkplanSettings.planning.row_gap: expected number, got str '2'"),
    ({"planning": {"white": 1.5}}, "WerkplanSettings.planning.white: expected a number at most 1, got 1.5"),
    ({"planning": {"months": {"januari": "1"}}},
     "WerkplanSettings.planning.months.januari: expected whole number, got str '1'"),
    ({"integrity": {"max_tree_depth": 0}},
     "WerkplanSettings.integrity.max_tree_depth: expected a number at least 1, got 0"),
    ({"integrity": {"page_seconds": True}}, "WerkplanSettings.integrity.page_seconds: expected number, got bool True"),
    ({"heading_words": {"project_pattern": "(project"}},
     "WerkplanSettings.heading_words.project_pattern: not a regular expression (missing ), unterminated subpattern"),
    ({"heading_words": {"segments": {"impact": 3}}},
     "WerkplanSettings.heading_words.segments.impact: expected string, got int 3"),
    ({"sections": {"text": {"dashes": ["-", None]}}},
     "WerkplanSettings.sections.text.dashes[1]: expected string, got NoneType None"),
])
def test_a_wrong_value_is_an_error_naming_its_key(override, message):
    with pytest.raises(SettingsError) as raised:
        resolve(WerkplanSettings, override)
    assert str(raised.value).startswith(message), str(raised.value)


def test_a_settings_object_made_directly_is_checked_too():
    with pytest.raises(SettingsError, match=r"^wrap_gap: expected a number more than 0, got -1.0$"):
        BudgetSettings(wrap_gap=-1)
