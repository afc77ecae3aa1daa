"""A published output folder read back: every file checked against its ``datapackage.json``,
every column typed by the schema.

Apart from :mod:`pipelines.output.database`: a run compares a new year with the one before it by
reading both folders, and so needs no database library.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from extract.pdf.model import file_sha256
from extract.werkplan.numbers import exact_column
from pipelines.errors import LoadError
from pipelines.normalise.frames import DTYPES
from pipelines.normalise.schema import DATASETS
from pipelines.output.package import csv_rows
from pipelines.output.write import read_locked

# Parents before children, for inserting; children first for deleting.
LOAD_ORDER = ["document", "budget_tables", "budget_lines", "overview", "overview_amounts", "numbers", "sections",
              "toc", "planning", "projects", "programmalijnen", "checks", "check_failures", "diagnoses"]


def verify_folder(folder: Path) -> dict:
    """``datapackage.json`` of ``folder``, once every file it lists matches it.

    Raises :class:`LoadError` naming the first file that is missing, has other
    rows or another SHA-256, or lies in the folder without being described.
    """
    package_path = folder / "datapackage.json"
    if not folder.is_dir():
        raise LoadError(f"{folder}: no such folder")
    if not package_path.is_file():
        raise LoadError(f"{folder}: not a werkplan output folder (no datapackage.json)")
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
        resources = {r["path"]: r for r in package["resources"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise LoadError(f"{package_path}: unreadable ({exc})") from exc
    described = {"datapackage.json"} | set(resources) | {r.get("json", {}).get("path") for r in resources.values()}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name not in described:
            raise LoadError(f"{path}: not described in datapackage.json (the folder was changed after the run)")
    for name in LOAD_ORDER:
        path = folder / f"{name}.csv"
        resource = resources.get(path.name)
        if resource is None:
            raise LoadError(f"{package_path}: does not describe {path.name}")
        if not path.is_file():
            raise LoadError(f"{path}: missing")
        try:
            rows = csv_rows(path)
        except (UnicodeDecodeError, csv.Error) as exc:
            raise LoadError(f"{path}: unreadable ({exc})") from exc
        if "rows" in resource and rows != resource["rows"]:
            raise LoadError(f"{path}: {rows} rows where datapackage.json says {resource['rows']}")
        if resource.get("hash") != f"sha256:{file_sha256(path)}":
            raise LoadError(f"{path}: SHA-256 differs from datapackage.json (the file was changed after the run)")
    return package


def read_folder(folder: str | Path) -> dict[str, pd.DataFrame]:
    """A document's datasets from its output folder, verified against datapackage.json and typed by the schema.

    Read from one version of the output while no run may remove it.
    """
    with read_locked(Path(folder)) as folder:
        verify_folder(folder)
        frames = {}
        for name in LOAD_ORDER:
            path = folder / f"{name}.csv"
            dataset = DATASETS[name]
            dtypes = {f.name: DTYPES[f.type] for f in dataset.fields}
            try:
                frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
                for f in dataset.fields:
                    if f.type == "decimal":
                        frame[f.name] = exact_column(frame[f.name])
            except (ValueError, ArithmeticError, pd.errors.ParserError) as exc:
                raise LoadError(f"{path}: unreadable ({exc})") from exc
            if list(frame.columns) != dataset.columns:
                raise LoadError(f"{path}: columns differ from the werkplan schema")
            frames[name] = frame
    return frames


def review_reasons(folder: str | Path) -> list[str]:
    """Why the document in an output folder needs review (empty when it does not)."""
    path = Path(folder) / "quality" / "validation.json"
    summary = json.loads(path.read_text(encoding="utf-8")).get("summary", {}) if path.is_file() else {}
    return summary.get("review_reasons", [])
