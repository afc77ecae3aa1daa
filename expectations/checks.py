"""The web of sums in a werkplan, as comparison tables: one row per thing compared.

Every comparison has the value the document prints (``actual``), the value the
rest of the document implies (``expected``), what is compared (``subject``) and
its evidence: the ids of the numbers involved, which the report locates on the
page.  The great-expectations suites (:mod:`expectations.suite`) decide which
rows pass.  These functions are plain pandas over the pipeline's datasets.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from extract import ids
from extract.scope import ScopeSettings

COMPARISON_COLUMNS = ["subject", "actual", "expected", "evidence", "pages", "detail"]
VALUE_KINDS = ("staff", "staff_costs", "overhead")


@dataclass
class Check:
    name: str
    group: str  # rows | blocks | rollups | structure
    description: str
    frame: pd.DataFrame  # comparison rows (COMPARISON_COLUMNS) or the dataset rows a column check reads
    kind: str = "pair"  # pair: actual == expected; not_null / non_negative / not_in_set: column checks
    columns: tuple[str, ...] = ()
    value_set: tuple[str, ...] = ()


def _page_list(pages: str) -> str:
    """"27,20,26,26" → "20,26,27"; ranges such as "62-64" are kept as printed."""
    parts = {p.strip() for p in str(pages).split(",") if p.strip()}
    return ",".join(sorted(parts, key=lambda p: int(p.split("-")[0]) if p.split("-")[0].isdigit() else 0))


def _comparisons(records: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records, columns=COMPARISON_COLUMNS)
    frame["pages"] = frame["pages"].map(_page_list)
    for column in ("actual", "expected"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _pages(lines: pd.DataFrame) -> str:
    return ",".join(str(p) for p in sorted(set(lines["page"].dropna().astype(int))))


def _ids(lines: pd.DataFrame, field: str) -> list[str]:
    return [ids.number(line_id, field) for line_id in lines["line_id"]]


def _key(row) -> str:
    return row.role if row.row_kind == "staff" else row.row_kind


# --- rows -------------------------------------------------------------------------------------------

def row_checks(lines: pd.DataFrame) -> list[Check]:
    valued = lines[lines["row_kind"].isin(VALUE_KINDS)]
    products = _comparisons([
        {"subject": f"{r.table_id} row {r.row_index} ({r.label_raw})", "actual": r.amount,
         "expected": None if pd.isna(r.rate) or pd.isna(r.hours) else int(r.rate) * int(r.hours),
         "evidence": [ids.number(r.line_id, f) for f in ("amount", "rate", "hours")], "pages": str(r.page),
         "detail": f"{r.rate_raw} × {r.hours_raw} = {r.amount_raw}?"}
        for r in valued.itertuples()
    ])
    staff = lines[lines["row_kind"] == "staff"]
    rate_of = valued.assign(key=[_key(r) for r in valued.itertuples()])
    modal = rate_of.groupby(["organisation", "key"])["rate"].agg(lambda s: s.mode().iloc[0])
    rates = _comparisons([
        {"subject": f"{r.organisation} / {r.key} in {r.table_id} row {r.row_index}", "actual": r.rate,
         "expected": modal[(r.organisation, r.key)], "evidence": [ids.number(r.line_id, "rate")], "pages": str(r.page),
         "detail": f"rate {r.rate_raw}; elsewhere in the document {modal[(r.organisation, r.key)]}"}
        for r in rate_of.itertuples() if pd.notna(r.organisation)
    ])
    return [
        Check("amount_is_rate_times_hours", "rows",
              "Every staff, stafkosten and overhead line: amount = hourly rate × hours.", products),
        Check("staff_line_is_complete", "rows",
              "Every staff line has organisation, role, rate, hours and amount.", staff, kind="not_null",
              columns=("organisation", "role", "rate", "hours", "amount")),
        Check("values_are_non_negative", "rows", "Rates, hours and amounts are non-negative whole numbers.",
              lines, kind="non_negative", columns=("rate", "hours", "amount")),
        Check("rate_is_consistent", "rows",
              "The same organisation and role (or stafkosten, overhead) has one rate across the document.", rates),
    ]


# --- blocks -----------------------------------------------------------------------------------------

def _blocks(lines: pd.DataFrame):
    """(table_id, organisation, rows of that organisation's block) for every block."""
    for (table_id, organisation), block in lines[lines["organisation"].notna()].groupby(
            ["table_id", "organisation"], sort=False):
        yield table_id, organisation, block


def block_checks(lines: pd.DataFrame) -> list[Check]:
    hours = {"staff_costs": [], "overhead": []}
    totals = []
    for table_id, organisation, block in _blocks(lines):
        staff = block[block["row_kind"] == "staff"]
        for kind in hours:
            for r in block[block["row_kind"] == kind].itertuples():
                hours[kind].append({
                    "subject": f"{table_id}: {kind} {organisation}", "actual": r.hours,
                    "expected": int(staff["hours"].sum()),
                    "evidence": [ids.number(r.line_id, "hours")] + _ids(staff, "hours"), "pages": _pages(block),
                    "detail": f"{r.hours_raw} hours against staff hours {' + '.join(staff['hours_raw'])}"})
        parts = block[block["row_kind"].isin(VALUE_KINDS)]
        for r in block[block["row_kind"] == "org_total"].itertuples():
            totals.append({
                "subject": f"{table_id}: total {organisation}", "actual": r.amount,
                "expected": int(parts["amount"].sum()),
                "evidence": [ids.number(r.line_id, "amount")] + _ids(parts, "amount"), "pages": _pages(block),
                "detail": f"{r.amount_raw} against {' + '.join(parts['amount_raw'])}"})
    table_totals = []
    for table_id, table in lines.groupby("table_id", sort=False):
        parts = table[table["row_kind"].isin(["org_total", "external"])]
        for r in table[table["row_kind"] == "table_total"].itertuples():
            table_totals.append({
                "subject": f"{table_id}: table total", "actual": r.amount, "expected": int(parts["amount"].sum()),
                "evidence": [ids.number(r.line_id, "amount")] + _ids(parts, "amount"), "pages": _pages(table),
                "detail": f"{r.amount_raw} against {' + '.join(parts['amount_raw'])}"})
    return [
        Check("staff_costs_hours_are_staff_hours", "blocks",
              "In each organisation block, the stafkosten hours equal the sum of the staff hours.",
              _comparisons(hours["staff_costs"])),
        Check("overhead_hours_are_staff_hours", "blocks",
              "In each organisation block, the overhead hours equal the sum of the staff hours.",
              _comparisons(hours["overhead"])),
        Check("organisation_total_is_sum_of_lines", "blocks",
              "Each organisation total equals the sum of its staff, stafkosten and overhead amounts.",
              _comparisons(totals)),
        Check("table_total_is_organisations_plus_external", "blocks",
              "Each table total equals the organisation totals plus the external costs.", _comparisons(table_totals)),
    ]


# --- rollups ----------------------------------------------------------------------------------------

def _measures(lines: pd.DataFrame, role_of=None) -> pd.DataFrame:
    """Hours and amounts by (row kind, organisation, role) — the shape in which tables add up."""
    frame = lines.assign(
        role_key=[(role_of(r) if role_of else r.role) if r.row_kind == "staff" else "" for r in lines.itertuples()],
        org_key=lines["organisation"].fillna(""),
    )
    records = []
    for (kind, org, role), group in frame.groupby(["row_kind", "org_key", "role_key"], sort=False):
        for field in ("hours", "amount"):
            values = group[field].dropna()
            if len(values):
                records.append({"row_kind": kind, "organisation": org, "role": role, "field": field,
                                "value": int(values.sum()), "evidence": _ids(group[group[field].notna()], field),
                                "pages": _pages(group)})
    return pd.DataFrame.from_records(records, columns=["row_kind", "organisation", "role", "field", "value",
                                                       "evidence", "pages"])


def _compare_measures(actual: pd.DataFrame, expected: pd.DataFrame, label: str) -> pd.DataFrame:
    keys = ["row_kind", "organisation", "role", "field"]
    merged = actual.merge(expected, on=keys, how="outer", suffixes=("_actual", "_expected"))
    records = []
    for r in merged.itertuples():
        what = " ".join(p for p in (r.row_kind, r.organisation, r.role) if p)
        records.append({
            "subject": f"{label}: {what} {r.field}",
            "actual": 0 if pd.isna(r.value_actual) else int(r.value_actual),
            "expected": 0 if pd.isna(r.value_expected) else int(r.value_expected),
            "evidence": (r.evidence_actual if isinstance(r.evidence_actual, list) else [])
            + (r.evidence_expected if isinstance(r.evidence_expected, list) else []),
            "pages": ",".join(p for p in (r.pages_actual, r.pages_expected) if isinstance(p, str) and p),
            "detail": "",
        })
    return _comparisons(records)


def function_level_of(function_table: pd.DataFrame):
    """Map an (organisation, role) onto the breakdown's function level.

    A role the breakdown names is its own level; any other (the communication
    roles) is the level with the same organisation and hourly rate, as the
    werkplan prices each level at one rate.
    """
    staff = function_table[function_table["row_kind"] == "staff"]
    named = set(zip(staff["organisation"], staff["role"]))
    by_rate: dict[tuple, list[str]] = {}
    for r in staff.itertuples():
        by_rate.setdefault((r.organisation, r.rate), []).append(r.role)

    def role_of(row) -> str:
        if (row.organisation, row.role) in named:
            return row.role
        levels = by_rate.get((row.organisation, row.rate), [])
        return levels[0] if len(levels) == 1 else f"{row.role} (no function level)"

    return role_of


def rollup_checks(lines: pd.DataFrame, tables: pd.DataFrame, overview: pd.DataFrame,
                  overview_amounts: pd.DataFrame,
                  projects_segment: str = ScopeSettings.projects_segment) -> list[Check]:
    scope_of = tables.set_index("table_id")["scope_id"]
    kind_of = tables.set_index("table_id")["scope_kind"]
    lines = lines.assign(scope_id=lines["table_id"].map(scope_of), scope_kind=lines["table_id"].map(kind_of))
    project_lines = lines[lines["scope_kind"].isin(["project", "subplan"])]
    segments = tables[tables["scope_kind"] == "segment"]
    checks = []

    segment_frames, onderdeel_segments = [], {}
    for segment in segments.itertuples():
        onderdeel_segments.setdefault(segment.onderdeel, []).append(segment.scope_id)
        if segment.segment == projects_segment:
            segment_frames.append(_compare_measures(
                _measures(lines[lines["scope_id"] == segment.scope_id]), _measures(project_lines),
                f"{segment.scope_id} vs all project tables"))
    checks.append(Check("projects_add_up_to_projects_segment", "rollups",
                        "All project tables added up (per organisation, role, stafkosten, overhead, external costs "
                        "and totals) equal the onderdeel's projects segment.",
                        _concat(segment_frames)))

    whole_frames = []
    for letter, scope_ids in onderdeel_segments.items():
        whole = lines[lines["scope_id"] == ids.onderdeel_scope(letter)]
        if len(whole) and len(scope_ids) > 1:
            whole_frames.append(_compare_measures(
                _measures(whole), _measures(lines[lines["scope_id"].isin(scope_ids)]),
                f"{ids.onderdeel_scope(letter)} vs {' + '.join(scope_ids)}"))
    checks.append(Check("segments_add_up_to_onderdeel", "rollups",
                        "The segments of an onderdeel added up equal the onderdeel's own table.", _concat(whole_frames)))

    checks.append(Check("onderdeel_matches_overview", "rollups",
                        "Each onderdeel's own table (organisation totals, external costs, total) equals its row in "
                        "the overview.", _overview_comparisons(lines, tables, overview, overview_amounts)))
    checks.append(Check("overview_total_is_column_sum", "rollups",
                        "The overview's total row equals the sum of its rows, column by column.",
                        _overview_sums(overview, overview_amounts)))

    function_tables = tables[tables["table_kind"] == "function_levels"]
    function_frames = []
    onderdeel_tables = tables[tables["scope_kind"] == "onderdeel"]["scope_id"]
    for table in function_tables.itertuples():
        breakdown = lines[lines["table_id"] == table.table_id]
        parts = lines[lines["scope_id"].isin(onderdeel_tables)]
        function_frames.append(_compare_measures(
            _measures(breakdown), _measures(parts, function_level_of(breakdown)),
            f"{table.scope_id} vs onderdelen {', '.join(sorted(onderdeel_tables))}"))
    checks.append(Check("function_levels_add_up", "rollups",
                        "The breakdown by function level equals the onderdelen's own tables added up per "
                        "organisation and function level (roles priced at a level's rate count as that level).",
                        _concat(function_frames)))
    return checks


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(frames, ignore_index=True) if frames else _comparisons([])


def _overview_comparisons(lines, tables, overview, overview_amounts) -> pd.DataFrame:
    records = []
    for row in overview[overview["row_kind"] == "onderdeel"].itertuples():
        scope_id = ids.onderdeel_scope(str(row.onderdeel))
        table = lines[lines["scope_id"] == scope_id]
        if table.empty:
            records.append({"subject": f"overview {row.onderdeel}: no table for {scope_id}", "actual": row.total,
                            "expected": None, "evidence": [ids.number(row.overview_row_id, "total")], "pages": str(row.page),
                            "detail": "the onderdeel has no budget table of its own"})
            continue
        wanted = [("total", row.total, row.total_raw, ids.number(row.overview_row_id, "total"), table[table["row_kind"] == "table_total"]),
                  ("external costs", row.external_costs, row.external_costs_raw, ids.number(row.overview_row_id, "external_costs"),
                   table[table["row_kind"] == "external"])]
        for amount in overview_amounts[overview_amounts["overview_row_id"] == row.overview_row_id].itertuples():
            wanted.append((amount.organisation, amount.amount, amount.amount_raw, ids.number(amount.overview_amount_id, "amount"),
                           table[(table["row_kind"] == "org_total") & (table["organisation"] == amount.organisation)]))
        for what, value, raw, evidence, source in wanted:
            records.append({
                "subject": f"overview {row.onderdeel} vs {scope_id}: {what}", "actual": value,
                "expected": int(source["amount"].sum()) if len(source) else None,
                "evidence": [evidence] + _ids(source, "amount"), "pages": f"{row.page},{_pages(source)}",
                "detail": f"overview {raw}; table {', '.join(source['amount_raw']) or 'nothing'}"})
    return _comparisons(records)


def _overview_sums(overview, overview_amounts) -> pd.DataFrame:
    records = []
    body, totals = overview[overview["row_kind"] == "onderdeel"], overview[overview["row_kind"] == "total"]
    for total in totals.itertuples():
        for field in ("total", "external_costs"):
            records.append({
                "subject": f"overview total row: {field}", "actual": getattr(total, field),
                "expected": int(body[field].sum()),
                "evidence": [ids.number(total.overview_row_id, field)]
                + [ids.number(i, field) for i in body["overview_row_id"]],
                "pages": str(total.page), "detail": f"{getattr(total, field + '_raw')} against {' + '.join(body[field + '_raw'])}"})
        amounts = overview_amounts.merge(overview[["overview_row_id", "row_kind"]], on="overview_row_id")
        for organisation, group in amounts.groupby("organisation", sort=False):
            total_row = group[group["row_kind"] == "total"]
            parts = group[group["row_kind"] == "onderdeel"]
            for r in total_row.itertuples():
                records.append({
                    "subject": f"overview total row: {organisation}", "actual": r.amount,
                    "expected": int(parts["amount"].sum()),
                    "evidence": [ids.number(r.overview_amount_id, "amount")]
                    + [ids.number(i, "amount") for i in parts["overview_amount_id"]],
                    "pages": str(r.page), "detail": f"{r.amount_raw} against {' + '.join(parts['amount_raw'])}"})
    return _comparisons(records)


# --- structure --------------------------------------------------------------------------------------

def structure_checks(tables: pd.DataFrame, projects: pd.DataFrame) -> list[Check]:
    parents = set(projects.loc[projects["kind"] == "subplan", "project"])
    leaves = projects[~((projects["kind"] == "project") & projects["project"].isin(parents))]
    counts = tables.groupby("scope_id").size()
    per_project = _comparisons([
        {"subject": f"{p.kind} {ids.local_part(p.project_id)} ({p.title})",
         "actual": int(counts.get(ids.local_part(p.project_id), 0)), "expected": 1, "evidence": [],
         "pages": f"{p.page_start}-{p.page_end}", "detail": f"budget tables found for {p.section_id}"}
        for p in leaves.itertuples()
    ])
    return [
        Check("project_has_one_budget_table", "structure",
              "Every project in the outline has exactly one budget table; a project with sub-plans, one per "
              "sub-plan.", per_project),
        Check("table_has_scope", "structure", "Every budget table has a scope read from the headings above it.",
              tables, kind="not_in_set", columns=("scope_kind",), value_set=("unknown",)),
    ]


def all_checks(frames: dict[str, pd.DataFrame]) -> list[Check]:
    lines, tables = frames["budget_lines"], frames["budget_tables"]
    return (row_checks(lines) + block_checks(lines)
            + rollup_checks(lines, tables, frames["overview"], frames["overview_amounts"])
            + structure_checks(tables, frames["projects"]))
