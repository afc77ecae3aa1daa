import dataclasses

import pytest

from extract.settings import SettingsError, resolve
from extract.werkplan.budget import BudgetSettings
from extract.werkplan.extraction import WerkplanSettings, extract_werkplan
from extract.werkplan.planning import PlanningSettings
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
    assert settings.sections.bijlage_pattern == r"^bijlage\s+(\d+)\b"
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
                                          "headings": {"project_pattern": r"^projekt\s+\d+\.\d+\b"},
                                          "integrity": {"page_seconds": 5}})
    assert (settings.layout.line_tolerance, settings.layout.furniture_share) == (0.6, 0.5)
    assert settings.headings.project_pattern == r"^projekt\s+\d+\.\d+\b"
    assert settings.headings.subplan_pattern == r"^idee\s+\d+\b"
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
    extraction = extract_werkplan(pdf, settings={"planning": {"min_months": 13},
                                                 "scope": {"function_level_scope": "functies"}})
    assert extraction.planning == []
    assert [t.scope.id for t in extraction.tables] == ["project-1.1"]
