import pandas as pd

from expectations.verify.quality import overview_signals, quality_signals, reading_signals, toc_signals


def _frames(scope_kinds: list[str], headings: int, pages: int, scope_ids=None) -> dict[str, pd.DataFrame]:
    tables = pd.DataFrame({"table_id": [f"werkplan-2030/t{i}" for i in range(len(scope_kinds))],
                           "scope_kind": scope_kinds, "page_start": range(2, 2 + len(scope_kinds)),
                           "scope_id": scope_ids or [f"s{i}" for i in range(len(scope_kinds))]})
    sections = pd.DataFrame({"kind": ["titlepage"] + ["section"] * headings})
    # Each project table belongs to its project's section.
    projects = pd.DataFrame({"budget_table_id": tables.loc[tables["scope_kind"] == "project", "table_id"]})
    return {"budget_tables": tables, "sections": sections, "document": pd.DataFrame({"page_count": [pages]}),
            "projects": projects}


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
              "overview": pd.DataFrame({"onderdeel": ["A", None], "page": [26, 26]})}
    [signal] = overview_signals(frames)
    assert (signal.kind, signal.subject, signal.pages) == ("overview_rows_missing", "2 van 3 onderdelen", "26")
    assert signal.detail.startswith("het totaaloverzicht heeft geen regel voor onderdeel B, E,")
