"""Year over year: two werkplannen side by side.

Budgets per onderdeel and per programmalijn, projects added, removed and
renamed (same number, other title) or renumbered (same title, other number),
and hourly rates that changed per organisation and role.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from extract.werkplan import ids
from extract.werkplan.numbers import exact_column
from pipelines.errors import LoadError
from pipelines.normalise.frames import typed_frame
from pipelines.output.folder import read_folder

NEEDED = ["document", "budget_tables", "budget_lines", "projects"]


@dataclass
class Comparison:
    a: str
    b: str
    onderdelen: pd.DataFrame
    programmalijnen: pd.DataFrame
    projects: pd.DataFrame
    rates: pd.DataFrame


def frames_from_database(url: str | None, document: str) -> dict[str, pd.DataFrame]:
    """A loaded document's frames; ``document`` is its id (werkplan-2023) or year (2023)."""
    # Here, not at the top: a run compares output folders, and is spared SQLAlchemy's import.
    from sqlalchemy import select

    from pipelines.output.database import METADATA, reading, table_name

    document_id = ids.document_id_of(document)
    frames = {}
    with reading(url) as connection:
        for name in NEEDED:
            table = METADATA.tables[table_name(name)]
            rows = connection.execute(select(table).where(table.c.document_id == document_id)).mappings().all()
            frames[name] = typed_frame([dict(r) for r in rows], name)
    if frames["document"].empty:
        raise LoadError(f"{document}: no such document in the database")
    return frames


DOCUMENT_NAME = re.compile(r"(werkplan-)?\d{4}")


def load_side(spec: str, url: str | None) -> dict[str, pd.DataFrame]:
    """An output folder's frames, or a loaded document's when ``spec`` is a year or document id."""
    if DOCUMENT_NAME.fullmatch(spec) and not Path(spec).is_dir():
        return frames_from_database(url, spec)
    return read_folder(spec)


def _exact(frame: pd.DataFrame) -> pd.DataFrame:
    """Amounts or rates of two documents as exact numbers (:func:`~extract.werkplan.numbers.exact_column`)."""
    return frame.apply(lambda column: pd.Series(exact_column(column), index=column.index))


def _side_by_side(a: pd.Series, b: pd.Series, key: str) -> pd.DataFrame:
    frame = _exact(pd.DataFrame({"amount_a": a, "amount_b": b}))
    frame.index.name = key
    frame["change"] = frame["amount_b"] - frame["amount_a"]
    return frame.reset_index()


def _onderdelen(frames) -> pd.Series:
    tables = frames["budget_tables"]
    own = tables[tables["scope_kind"] == "onderdeel"]
    return own.set_index("onderdeel")["total_amount"]


def _programmalijnen(frames) -> pd.Series:
    projects = frames["projects"].copy()
    projects["programmalijn"] = projects["programmalijn"].fillna("overig")
    return projects.groupby("programmalijn")["budget_total"].sum(min_count=1)


def _project_key(row) -> str:
    return ids.project_key(row.project, None if pd.isna(row.subplan) else row.subplan)


def _projects(a, b) -> pd.DataFrame:
    side = {name: {_project_key(r): r.title for r in frames["projects"].itertuples()}
            for name, frames in (("a", a), ("b", b))}
    records = []
    for key in sorted(side["a"].keys() & side["b"].keys(), key=ids.project_key_order):
        title_a, title_b = side["a"][key], side["b"][key]
        records.append({"change": "unchanged" if title_a == title_b else "renamed", "project_a": key,
                        "project_b": key, "title_a": title_a, "title_b": title_b})
    removed = {k: side["a"][k] for k in side["a"].keys() - side["b"].keys()}
    added = {k: side["b"][k] for k in side["b"].keys() - side["a"].keys()}
    for key_a, title_a in sorted(removed.items(), key=lambda kv: ids.project_key_order(kv[0])):
        match = next((k for k, t in added.items() if difflib.SequenceMatcher(None, title_a, t).ratio() >= 0.9), None)
        if match:
            records.append({"change": "renumbered", "project_a": key_a, "project_b": match, "title_a": title_a,
                            "title_b": added.pop(match)})
        else:
            records.append({"change": "removed", "project_a": key_a, "project_b": None, "title_a": title_a,
                            "title_b": None})
    for key_b, title_b in sorted(added.items(), key=lambda kv: ids.project_key_order(kv[0])):
        records.append({"change": "added", "project_a": None, "project_b": key_b, "title_a": None,
                        "title_b": title_b})
    return pd.DataFrame.from_records(records, columns=["change", "project_a", "project_b", "title_a", "title_b"])


def _rates(frames) -> pd.Series:
    lines = frames["budget_lines"]
    valued = lines[lines["row_kind"].isin(["staff", "staff_costs", "overhead"]) & lines["rate"].notna()]
    keyed = valued.assign(role=valued["role"].where(valued["row_kind"] == "staff", valued["row_kind"]))
    return keyed.groupby(["organisation", "role"])["rate"].agg(lambda s: s.mode().iloc[0])


def compare(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> Comparison:
    rates = _exact(pd.DataFrame({"rate_a": _rates(a), "rate_b": _rates(b)}))
    rates["change"] = rates["rate_b"] - rates["rate_a"]
    rates = rates[rates["change"].fillna(1) != 0].reset_index()
    return Comparison(
        a=a["document"]["document_id"].iloc[0], b=b["document"]["document_id"].iloc[0],
        onderdelen=_side_by_side(_onderdelen(a), _onderdelen(b), "onderdeel"),
        programmalijnen=_side_by_side(_programmalijnen(a), _programmalijnen(b), "programmalijn"),
        projects=_projects(a, b),
        rates=rates,
    )


def _markdown(frame: pd.DataFrame) -> str:
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    rows = ["| " + " | ".join("" if pd.isna(v) else str(v) for v in row) + " |"
            for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])


def render(comparison: Comparison) -> str:
    changed = comparison.projects[comparison.projects["change"] != "unchanged"]
    parts = [f"# {comparison.a} → {comparison.b}",
             "## Begroting per onderdeel (EUR)", _markdown(comparison.onderdelen),
             "## Begroting per programmalijn (EUR, projecten)", _markdown(comparison.programmalijnen),
             "## Projecten: toegevoegd, vervallen, hernoemd, hernummerd", _markdown(changed),
             "## Gewijzigde uurtarieven (EUR/uur)", _markdown(comparison.rates)]
    return "\n\n".join(parts) + "\n"


def write_comparison(comparison: Comparison, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tables = {"onderdelen": comparison.onderdelen, "programmalijnen": comparison.programmalijnen,
              "projects": comparison.projects, "rates": comparison.rates}
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    payload = {"a": comparison.a, "b": comparison.b,
               **{name: json.loads(frame.to_json(orient="records", force_ascii=False))
                  for name, frame in tables.items()}}
    (folder / "comparison.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / "comparison.md").write_text(render(comparison), encoding="utf-8")
    return folder
