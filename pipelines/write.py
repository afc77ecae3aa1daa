"""Writers: every dataset as CSV and JSON, published all at once or not at all.

Files are written into a fresh staging folder beside the target; only when all
are complete does the staging folder replace ``<out>/<document-id>/``.  A run
that fails midway leaves the previous output as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .datasets import Datasets
from .package import write_package


def _records(frame: pd.DataFrame) -> list[dict]:
    """JSON-ready records: pandas' missing values become null, integers stay integers."""
    return json.loads(frame.to_json(orient="records", force_ascii=False))


def write_frame(folder: Path, name: str, frame: pd.DataFrame, metadata: dict, tree: list | None = None) -> None:
    """``NAME.csv`` and ``NAME.json``; the JSON holds ``tree`` instead of flat records when given."""
    frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")
    payload = {"metadata": {**metadata, "dataset": name, "rows": len(frame)}}
    if tree is not None:
        payload["tree"] = tree
    else:
        payload["records"] = _records(frame)
    with open(folder / f"{name}.json", "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def publish(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging``; on any failure the old ``target`` stays."""
    backup = None
    if target.exists():
        backup = target.with_name(f".{target.name}.previous")
        if backup.exists():
            shutil.rmtree(backup)
        os.replace(target, backup)
    try:
        os.replace(staging, target)
    except BaseException:
        if backup is not None:
            os.replace(backup, target)
        raise
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)


def write_datasets(datasets: Datasets, out_dir: str | Path, extra=None) -> Path:
    """Write all datasets to ``out_dir/<document-id>/``, atomically.

    ``extra``, if given, is called with the staging folder to add more files
    (reports) before publication.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / datasets.document_id
    staging = Path(tempfile.mkdtemp(prefix=f".{datasets.document_id}.", dir=out_dir))
    try:
        for name, frame in datasets.frames.items():
            write_frame(staging, name, frame, datasets.metadata, datasets.trees.get(name))
        write_package(staging, datasets.metadata)
        if extra is not None:
            extra(staging)
        publish(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
