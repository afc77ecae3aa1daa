"""The web of sums in a werkplan, as comparison tables: one row per thing compared.

Every comparison has the value the document prints (``actual``), the value the
rest of the document implies (``expected``), what is compared (``subject``) and
its evidence: the ids of the numbers involved, which the report locates on the
page.  A comparison that is linear in printed amounts (a sum, or an amount =
rate × hours with both held as printed) also carries its :class:`Equation`; in a
document read by OCR so does one linear in its hours (their sums, and amount =
rate × hours with the rate held: ``hours_unknown``).  Its ``actual`` and ``expected`` are computed from that one
description, which the error localization (:mod:`expectations.verify.localize`) reads
too.  The great-expectations suites (:mod:`expectations.verify.suite`) decide which
rows pass.  These functions are plain pandas over the pipeline's datasets.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from extract.settings import Settings, resolve
from extract.werkplan import ids
from extract.werkplan.kinds import RowKind, ScopeKind
from extract.werkplan.numbers import Amount, dutch, exact, exact_column


@dataclass(frozen=True)
class ValidationSettings(Settings):
    """What the checks take from the document's vocabulary."""

    # The segment of an onderdeel (a scope's segment word, see ScopeSettings.segments) that all
    # project tables add up to.
    projects_segment: str = "projecten"


COMPARISON_COLUMNS = ["subject", "actual", "expected", "evidence", "pages", "detail", "equation"]
VALUE_KINDS = tuple(kind for kind in RowKind if kind.has_rate)  # staff, staff_costs, overhead

Terms = tuple[tuple[str, Amount], ...]  # (number id, printed value: exact, an int or a Decimal with cents)


@dataclass(frozen=True)
class Equation:
    """A sum check over printed numbers: sum of ``left`` = sum of ``right`` + ``constant``, each term times its
    factor (1 unless ``factors`` gives its number another).

    With rates and hours held as printed a row's amount = rate × hours is
    ``Equation(((amount id, amount),), (), constant=rate * hours)``; with the hours unknown too it is
    ``Equation(((amount id, amount),), ((hours id, hours),), factors=((hours id, rate),))``.
    """

    left: Terms
    right: Terms = ()
    constant: Amount = 0
    factors: Terms = ()  # (number id, the printed rate it is multiplied by)

    def factor(self, number_id: str) -> Amount:
        return next((factor for factored, factor in self.factors if factored == number_id), 1)

    def _side(self, terms: Terms) -> Amount:
        return sum(self.factor(number_id) * value for number_id, value in terms)

    @property
    def actual(self) -> Amount:
        return self._side(self.left)

    @property
    def expected(self) -> Amount:
        return self._side(self.right) + self.constant

    @property
    def number_ids(self) -> list[str]:
        return [number_id for number_id, _ in self.left + self.right]


# Comparisons read rows as records (``DataFrame.itertuples``): grouping and filtering
# hundreds of small blocks in plain Python is many times faster than in pandas.
def _records(frame: pd.DataFrame) -> list:
    return list(frame.itertuples(index=False))


def _terms(rows: list, field: str, id_column: str = "line_id") -> Terms:
    return tuple((ids.number(getattr(r, id_column), field), exact(getattr(r, field)))
                 for r in rows if pd.notna(getattr(r, field)))


def _raws(rows: list, field: str) -> list[str]:
    """The values of ``field`` as printed, where printed."""
    return [raw for r in rows if pd.notna(raw := getattr(r, f"{field}_raw"))]


def _printed_sum(rows: list, field: str) -> Amount:
    return sum(exact(v) for r in rows if pd.notna(v := getattr(r, field)))


def _sum(subject: str, left: Terms, right: Terms, pages: str, detail: str, constant: Amount = 0,
         factors: Terms = (), evidence: list[str] | None = None) -> dict:
    """A comparison row whose printed and implied values are those of one :class:`Equation`."""
    equation = Equation(left, right, constant, factors)
    return {"subject": subject, "actual": equation.actual, "expected": equation.expected,
            "evidence": evidence if evidence is not None else equation.number_ids, "pages": pages,
            "detail": detail, "equation": equation}


@dataclass
class Check:
    name: str
    group: str  # rows | blocks | rollups | structure
    description: str
    frame: pd.DataFrame  # comparison rows (COMPARISON_COLUMNS) or the dataset rows a column check reads
    kind: str = "pair"  # pair: actual == expected; not_null / non_negative / not_in_set: column checks
    columns: tuple[str, ...] = ()
    value_set: tuple[str, ...] = ()


def proven_numbers(checks: list[Check]) -> set[str]:
    """The ids of the numbers some comparison of a sum, product or rate check holds against others, and
    that comparison holds: a number only failing comparisons hold is no more proven than one in none."""
    return {number_id for check in checks if check.kind == "pair"
            for evidence, actual, expected in zip(check.frame["evidence"], check.frame["actual"],
                                                  check.frame["expected"], strict=True)
            if not (pd.isna(actual) or pd.isna(expected)) and actual == expected for number_id in evidence}


def _page_list(pages: str) -> str:
    """"27,20,26,26" → "20,26,27"; ranges such as "62-64" are kept as printed."""
    parts = {p.strip() for p in str(pages).split(",") if p.strip()}
    return ",".join(sorted(parts, key=lambda p: int(p.split("-")[0]) if p.split("-")[0].isdigit() else 0))


def _comparisons(records: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(records, columns=COMPARISON_COLUMNS)
    frame["pages"] = frame["pages"].map(_page_list)
    for column in ("actual", "expected"):
        frame[column] = exact_column(frame[column])
    return frame


def _pages(rows: list) -> str:
    return ",".join(str(p) for p in sorted({int(r.page) for r in rows if pd.notna(r.page)}))


def _ids(rows: list, field: str) -> list[str]:
    return [ids.number(r.line_id, field) for r in rows]


def _key(row) -> str:
    return row.role if row.row_kind == "staff" else row.row_kind


# --- rows -------------------------------------------------------------------------------------------

def _product(r, hours_unknown: bool) -> dict:
    subject, pages = f"{r.table_id} regel {r.row_index} ({r.label_raw})", str(r.page)
    detail = f"{r.rate_raw} × {r.hours_raw} = {r.amount_raw}?"
    evidence = [ids.number(r.line_id, "amount"), ids.number(r.line_id, "rate"), ids.number(r.line_id, "hours")]
    if pd.isna(r.amount) or pd.isna(r.rate) or pd.isna(r.hours):
        return {"subject": subject, "actual": r.amount,
                "expected": None if pd.isna(r.rate) or pd.isna(r.hours) else exact(r.rate) * exact(r.hours),
                "evidence": evidence, "pages": pages, "detail": detail, "equation": None}
    amount = ((ids.number(r.line_id, "amount"), exact(r.amount)),)
    if not hours_unknown:
        return _sum(subject, amount, (), pages, detail, constant=exact(exact(r.rate) * exact(r.hours)),
                    evidence=evidence)
    hours = ids.number(r.line_id, "hours")
    return _sum(subject, amount, ((hours, exact(r.hours)),), pages, detail, factors=((hours, exact(r.rate)),),
                evidence=evidence)


def _most_common(values: pd.Series):
    """The most common value; None where none was read (a table whose rate column was not recognised)."""
    modes = values.mode()
    return modes.iloc[0] if len(modes) else None


def row_checks(lines: pd.DataFrame, hours_unknown: bool = False) -> list[Check]:
    valued = lines[lines["row_kind"].isin(VALUE_KINDS)]
    products = _comparisons([_product(r, hours_unknown) for r in valued.itertuples()])
    staff = lines[lines["row_kind"] == "staff"]
    rate_of = valued.assign(key=[_key(r) for r in valued.itertuples()])
    modal = rate_of.groupby(["organisation", "key"])["rate"].agg(_most_common)
    rates = _comparisons([
        {"subject": f"{r.organisation} / {r.key} in {r.table_id} regel {r.row_index}", "actual": r.rate,
         "expected": modal[(r.organisation, r.key)], "evidence": [ids.number(r.line_id, "rate")], "pages": str(r.page),
         "detail": f"tarief {r.rate_raw}; elders in het document {modal[(r.organisation, r.key)]}", "equation": None}
        for r in rate_of.itertuples() if pd.notna(r.organisation) and pd.notna(r.key)  # a role read: a key
    ])
    return [
        Check("amount_is_rate_times_hours", "rows",
              "Elke regel voor personeel, stafkosten en overhead: bedrag = uurtarief × aantal uren.", products),
        Check("staff_line_is_complete", "rows",
              "Elke personeelsregel heeft organisatie, functie, uurtarief, uren en bedrag.", staff, kind="not_null",
              columns=("organisation", "role", "rate", "hours", "amount")),
        Check("values_are_non_negative", "rows", "Uurtarieven, uren en bedragen zijn niet negatief.",
              lines, kind="non_negative", columns=("rate", "hours", "amount")),
        Check("rate_is_consistent", "rows",
              "Dezelfde organisatie en functie (of stafkosten, overhead) heeft in het hele document één uurtarief.",
              rates),
    ]


# --- blocks -----------------------------------------------------------------------------------------

def _groups(rows: list, *keys: str) -> dict[tuple, list]:
    """Rows by the values of ``keys``, in order of first appearance; rows missing a key are left out."""
    groups: dict[tuple, list] = {}
    for r in rows:
        key = tuple(getattr(r, k) for k in keys)
        if all(pd.notna(k) for k in key):
            groups.setdefault(key, []).append(r)
    return groups


def _total(subject: str, total, parts: list, pages: str) -> dict:
    """A printed total against the sum of its printed parts' amounts."""
    detail = f"{total.amount_raw} tegen {' + '.join(_raws(parts, 'amount'))}"
    if pd.isna(total.amount):
        return {"subject": subject, "actual": None, "expected": _printed_sum(parts, "amount"),
                "evidence": [ids.number(total.line_id, "amount")] + _ids(parts, "amount"), "pages": pages,
                "detail": detail,
                "equation": None}
    return _sum(subject, ((ids.number(total.line_id, "amount"), exact(total.amount)),), _terms(parts, "amount"),
                pages, detail)


def _staff_hours(subject: str, row, staff: list, pages: str, hours_unknown: bool) -> dict:
    """A row's printed hours (staff costs, overhead) against the sum of its block's staff hours."""
    evidence = [ids.number(row.line_id, "hours")] + _ids(staff, "hours")
    detail = f"{row.hours_raw} uur tegen personeelsuren {' + '.join(_raws(staff, 'hours'))}"
    if pd.isna(row.hours):
        return {"subject": subject, "actual": None, "expected": _printed_sum(staff, "hours"), "evidence": evidence,
                "pages": pages, "detail": detail, "equation": None}
    return _hours_equation(_sum(subject, ((evidence[0], exact(row.hours)),), _terms(staff, "hours"), pages, detail,
                                evidence=evidence), hours_unknown)


def _hours_equation(record: dict, hours_unknown: bool) -> dict:
    """A comparison of hours keeps its equation for the localization only where the hours are unknowns."""
    return record if hours_unknown else {**record, "equation": None}


def block_checks(lines: pd.DataFrame, hours_unknown: bool = False) -> list[Check]:
    hours = {"staff_costs": [], "overhead": []}
    labels = {"staff_costs": "stafkosten", "overhead": "overhead"}
    totals = []
    rows = _records(lines)
    for (table_id, organisation), block in _groups(rows, "table_id", "organisation").items():
        staff = [r for r in block if r.row_kind == "staff"]
        pages = _pages(block)
        for kind in hours:
            for r in (r for r in block if r.row_kind == kind):
                hours[kind].append(_staff_hours(f"{table_id}: {labels[kind]} {organisation}", r, staff, pages,
                                                hours_unknown))
        parts = [r for r in block if r.row_kind in VALUE_KINDS]
        for r in (r for r in block if r.row_kind == "org_total"):
            totals.append(_total(f"{table_id}: totaal {organisation}", r, parts, pages))
    table_totals = []
    for (table_id,), table in _groups(rows, "table_id").items():
        parts = [r for r in table if r.row_kind in ("org_total", "external")]
        for r in (r for r in table if r.row_kind == "table_total"):
            table_totals.append(_total(f"{table_id}: tabeltotaal", r, parts, _pages(table)))
    return [
        Check("staff_costs_hours_are_staff_hours", "blocks",
              "In elk organisatieblok zijn de uren stafkosten gelijk aan de som van de personeelsuren.",
              _comparisons(hours["staff_costs"])),
        Check("overhead_hours_are_staff_hours", "blocks",
              "In elk organisatieblok zijn de uren overhead gelijk aan de som van de personeelsuren.",
              _comparisons(hours["overhead"])),
        Check("organisation_total_is_sum_of_lines", "blocks",
              "Elk organisatietotaal is de som van de bedragen voor personeel, stafkosten en overhead.",
              _comparisons(totals)),
        Check("table_total_is_organisations_plus_external", "blocks",
              "Elk tabeltotaal is de som van de organisatietotalen en de externe kosten.", _comparisons(table_totals)),
    ]


# --- rollups ----------------------------------------------------------------------------------------

KIND_LABELS = {"staff": "", "staff_costs": "stafkosten", "overhead": "overhead", "org_total": "totaal",
               "external": "externe kosten", "table_total": "tabeltotaal"}
FIELD_LABELS = {"hours": "uren", "amount": "bedrag"}


def _measures(lines: pd.DataFrame, role_of=None) -> pd.DataFrame:
    """Hours and amounts by (row kind, organisation, role) — the shape in which tables add up."""
    groups: dict[tuple, list] = {}
    for r in _records(lines):
        role = (role_of(r) if role_of else r.role) if r.row_kind == "staff" else ""
        if pd.isna(role):
            continue  # a staff line without a role adds up to no role's figure
        organisation = "" if pd.isna(r.organisation) else r.organisation
        groups.setdefault((r.row_kind, organisation, role), []).append(r)
    records = []
    for (kind, org, role), rows in groups.items():
        for field in ("hours", "amount"):
            if any(pd.notna(getattr(r, field)) for r in rows):
                records.append({"row_kind": kind, "organisation": org, "role": role, "field": field,
                                "value": _printed_sum(rows, field), "terms": _terms(rows, field),
                                "pages": _pages(rows)})
    return pd.DataFrame.from_records(records, columns=["row_kind", "organisation", "role", "field", "value",
                                                       "terms", "pages"])


def _sum_detail(left: Terms, right: Terms, most: int = 12) -> str:
    """"1.500 tegen 1.000 + 400 + …": the printed values on each side, a long side by its count."""
    def side(terms: Terms) -> str:
        if len(terms) > most:
            return f"de som van {len(terms)} getallen ({dutch(sum(v for _, v in terms))})"
        return " + ".join(dutch(v) for _, v in terms) or "niets"

    return f"{side(left)} tegen {side(right)}"


def _compare_measures(actual: pd.DataFrame, expected: pd.DataFrame, label: str, hours_unknown: bool) -> pd.DataFrame:
    keys = ["row_kind", "organisation", "role", "field"]
    merged = actual.merge(expected, on=keys, how="outer", suffixes=("_actual", "_expected"))
    records = []
    for r in merged.itertuples():
        what = " ".join(p for p in (KIND_LABELS[r.row_kind], r.organisation, r.role) if p)
        left = r.terms_actual if isinstance(r.terms_actual, tuple) else ()
        right = r.terms_expected if isinstance(r.terms_expected, tuple) else ()
        pages = ",".join(p for p in (r.pages_actual, r.pages_expected) if isinstance(p, str) and p)
        record = _sum(f"{label}: {what} {FIELD_LABELS[r.field]}", left, right, pages, _sum_detail(left, right))
        records.append(_hours_equation(record, hours_unknown) if r.field == "hours" else record)
    return _comparisons(records)


def function_level_of(function_table: pd.DataFrame):
    """Map an (organisation, role) onto the breakdown's function level.

    A role the breakdown names is its own level; any other (the communication
    roles) is the level with the same organisation and hourly rate, as the
    werkplan prices each level at one rate.
    """
    staff = function_table[function_table["row_kind"] == "staff"]
    named = set(zip(staff["organisation"], staff["role"], strict=False))
    by_rate: dict[tuple, list[str]] = {}
    for r in staff.itertuples():
        by_rate.setdefault((r.organisation, r.rate), []).append(r.role)

    def role_of(row) -> str:
        if (row.organisation, row.role) in named:
            return row.role
        levels = by_rate.get((row.organisation, row.rate), [])
        return levels[0] if len(levels) == 1 else f"{row.role} (geen functieniveau)"

    return role_of


def rollup_checks(lines: pd.DataFrame, tables: pd.DataFrame, overview: pd.DataFrame,
                  overview_amounts: pd.DataFrame,
                  projects_segment: str = ValidationSettings.projects_segment,
                  hours_unknown: bool = False) -> list[Check]:
    scope_of = tables.set_index("table_id")["scope_id"]
    kind_of = tables.set_index("table_id")["scope_kind"]
    lines = lines.assign(scope_id=lines["table_id"].map(scope_of), scope_kind=lines["table_id"].map(kind_of))
    project_lines = lines[lines["scope_kind"].isin([ScopeKind.PROJECT, ScopeKind.SUBPLAN])]
    segments = tables[tables["scope_kind"] == ScopeKind.SEGMENT]
    checks = []

    segment_frames, onderdeel_segments = [], {}
    for segment in segments.itertuples():
        onderdeel_segments.setdefault(segment.onderdeel, []).append(segment.scope_id)
        if segment.segment == projects_segment:
            segment_frames.append(_compare_measures(
                _measures(lines[lines["scope_id"] == segment.scope_id]), _measures(project_lines),
                f"{segment.scope_id} tegen alle projecttabellen", hours_unknown))
    checks.append(Check("projects_add_up_to_projects_segment", "rollups",
                        "Alle projecttabellen opgeteld (per organisatie, functie, stafkosten, overhead, externe "
                        "kosten en totalen) zijn gelijk aan het projectensegment van het onderdeel.",
                        _concat(segment_frames)))

    whole_frames = []
    for letter, scope_ids in onderdeel_segments.items():
        whole = lines[lines["scope_id"] == ids.onderdeel_scope(letter)]
        if len(whole) and len(scope_ids) > 1:
            whole_frames.append(_compare_measures(
                _measures(whole), _measures(lines[lines["scope_id"].isin(scope_ids)]),
                f"{ids.onderdeel_scope(letter)} tegen {' + '.join(scope_ids)}", hours_unknown))
    checks.append(Check("segments_add_up_to_onderdeel", "rollups",
                        "De segmenten van een onderdeel opgeteld zijn gelijk aan de eigen tabel van het onderdeel.",
                        _concat(whole_frames)))

    checks.append(Check("onderdeel_matches_overview", "rollups",
                        "De eigen tabel van elk onderdeel (organisatietotalen, externe kosten, totaal) is gelijk aan "
                        "zijn rij in het totaaloverzicht.",
                        _overview_comparisons(lines, tables, overview, overview_amounts)))
    checks.append(Check("overview_total_is_column_sum", "rollups",
                        "De totaalrij van het overzicht is kolom voor kolom de som van de rijen.",
                        _overview_sums(overview, overview_amounts)))

    function_tables = tables[tables["table_kind"] == "function_levels"]
    function_frames = []
    onderdeel_tables = tables[tables["scope_kind"] == "onderdeel"]["scope_id"]
    for table in function_tables.itertuples():
        breakdown = lines[lines["table_id"] == table.table_id]
        parts = lines[lines["scope_id"].isin(onderdeel_tables)]
        function_frames.append(_compare_measures(
            _measures(breakdown), _measures(parts, function_level_of(breakdown)),
            f"{table.scope_id} tegen onderdelen {', '.join(sorted(onderdeel_tables))}", hours_unknown))
    checks.append(Check("function_levels_add_up", "rollups",
                        "De uitsplitsing naar functieniveau is gelijk aan de eigen tabellen van de onderdelen, "
                        "opgeteld per organisatie en functieniveau (een functie tegen het tarief van een niveau telt "
                        "als dat niveau).",
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
            records.append({"subject": f"overzicht {row.onderdeel}: geen tabel voor {scope_id}", "actual": row.total,
                            "expected": None, "evidence": [ids.number(row.overview_row_id, "total")],
                            "pages": str(row.page),
                            "detail": "het onderdeel heeft geen eigen begrotingstabel", "equation": None})
            continue
        wanted = [("totaal", row.total, row.total_raw, ids.number(row.overview_row_id, "total"),
                   table[table["row_kind"] == "table_total"]),
                  ("externe kosten", row.external_costs, row.external_costs_raw,
                   ids.number(row.overview_row_id, "external_costs"), table[table["row_kind"] == "external"])]
        for amount in overview_amounts[overview_amounts["overview_row_id"] == row.overview_row_id].itertuples():
            wanted.append((amount.organisation, amount.amount, amount.amount_raw,
                           ids.number(amount.overview_amount_id, "amount"),
                           table[(table["row_kind"] == "org_total") & (table["organisation"] == amount.organisation)]))
        for what, value, raw, number_id, source in wanted:
            subject = f"overzicht {row.onderdeel} tegen {scope_id}: {what}"
            source = _records(source)
            pages = f"{row.page},{_pages(source)}"
            detail = f"overzicht {raw}; tabel {', '.join(_raws(source, 'amount')) or 'niets'}"
            if pd.isna(value) or not source:
                records.append({"subject": subject, "actual": value,
                                "expected": _printed_sum(source, "amount") if source else None,
                                "evidence": [number_id] + _ids(source, "amount"), "pages": pages, "detail": detail,
                                "equation": None})
            else:
                records.append(_sum(subject, ((number_id, exact(value)),), _terms(source, "amount"), pages, detail))
    return _comparisons(records)


def _overview_sums(overview, overview_amounts) -> pd.DataFrame:
    records = []
    body, totals = overview[overview["row_kind"] == "onderdeel"], overview[overview["row_kind"] == "total"]
    labels = {"total": "totaal", "external_costs": "externe kosten"}
    for total in totals.itertuples():
        for field in ("total", "external_costs"):
            detail = f"{getattr(total, field + '_raw')} tegen {' + '.join(body[field + '_raw'].dropna())}"
            records.append(_column_sum(f"overzicht, totaalrij: {labels[field]}",
                                       ids.number(total.overview_row_id, field),
                                       getattr(total, field), _terms(_records(body), field, "overview_row_id"),
                                       str(total.page), detail))
        amounts = overview_amounts.merge(overview[["overview_row_id", "row_kind"]], on="overview_row_id")
        for organisation, group in amounts.groupby("organisation", sort=False):
            parts = group[group["row_kind"] == "onderdeel"]
            for r in group[group["row_kind"] == "total"].itertuples():
                records.append(_column_sum(
                    f"overzicht, totaalrij: {organisation}", ids.number(r.overview_amount_id, "amount"), r.amount,
                    _terms(_records(parts), "amount", "overview_amount_id"), str(r.page),
                    f"{r.amount_raw} tegen {' + '.join(parts['amount_raw'].dropna())}"))
    return _comparisons(records)


def _column_sum(subject: str, number_id: str, value, parts: Terms, pages: str, detail: str) -> dict:
    if pd.isna(value):
        return {"subject": subject, "actual": None, "expected": sum(v for _, v in parts),
                "evidence": [number_id] + [i for i, _ in parts], "pages": pages, "detail": detail, "equation": None}
    return _sum(subject, ((number_id, exact(value)),), parts, pages, detail)


# --- structure --------------------------------------------------------------------------------------

def structure_checks(tables: pd.DataFrame, projects: pd.DataFrame) -> list[Check]:
    parents = set(projects.loc[projects["kind"] == "subplan", "project"])
    leaves = projects[~((projects["kind"] == "project") & projects["project"].isin(parents))]
    counts = tables.groupby("scope_id").size()
    kinds = {"project": "project", "subplan": "deelplan"}
    per_project = _comparisons([
        {"subject": f"{kinds.get(p.kind, p.kind)} {ids.local_part(p.project_id)} ({p.title})",
         "actual": int(counts.get(ids.local_part(p.project_id), 0)), "expected": 1, "evidence": [],
         "pages": f"{p.page_start}-{p.page_end}", "detail": f"begrotingstabellen gevonden voor {p.section_id}",
         "equation": None}
        for p in leaves.itertuples()
    ])
    return [
        Check("project_has_one_budget_table", "structure",
              "Elk project in de inhoud heeft precies één begrotingstabel; een project met deelplannen één per "
              "deelplan.", per_project),
        Check("table_has_scope", "structure", "Elke begrotingstabel heeft een scope, gelezen uit de koppen erboven.",
              tables, kind="not_in_set", columns=("scope_kind",), value_set=(ScopeKind.UNKNOWN.value,)),
    ]


def all_checks(frames: dict[str, pd.DataFrame], settings: ValidationSettings | dict | None = None) -> list[Check]:
    conf = resolve(ValidationSettings, settings)
    lines, tables = frames["budget_lines"], frames["budget_tables"]
    # Numbers OCR read may be misread, hours as well as amounts: there the hours are unknowns to localize too.
    hours_unknown = bool(frames["numbers"]["ocr_confidence"].notna().any())
    return (row_checks(lines, hours_unknown) + block_checks(lines, hours_unknown)
            + rollup_checks(lines, tables, frames["overview"], frames["overview_amounts"], conf.projects_segment,
                            hours_unknown)
            + structure_checks(tables, frames["projects"]))
