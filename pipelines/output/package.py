"""The data travels described: a Frictionless Data Package (v2) and JSON Schemas.

``datapackage.json`` describes every CSV (fields, types, units, primary and
foreign keys, each file's SHA-256, size and number of rows, which
``werkplan load`` verifies) and names the source PDF with its SHA-256.
``schemas/<dataset>.schema.json`` describes the matching JSON file.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from pipelines.normalise.schema import CATALOG, DATASETS, Dataset, Field

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
# Frictionless' types have JSON's names; its number holds a decimal exactly ("114.50").
JSON_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean", "decimal": "number"}


def resource_name(dataset: str) -> str:
    return dataset.replace("_", "-")


def _field(f: Field) -> dict:
    out = {"name": f.name, "type": JSON_TYPES[f.type], "description": f.description}
    if f.unit:
        out["unit"] = f.unit
    if f.required:
        out["constraints"] = {"required": True}
    return out


def _table_schema(dataset: Dataset) -> dict:
    schema = {"fields": [_field(f) for f in dataset.fields], "primaryKey": [dataset.primary_key],
              "missingValues": [""]}
    keys = []
    for column, target, target_field in dataset.foreign_keys:
        reference = {"fields": [target_field]}
        if target != dataset.name:  # a reference within the same table names no resource
            reference["resource"] = resource_name(target)
        keys.append({"fields": [column], "reference": reference})
    if keys:
        schema["foreignKeys"] = keys
    return schema


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _metadata_schema(dataset: Dataset) -> dict:
    """The ``metadata`` block of a JSON file: the source PDF's, or for the catalog when it was updated."""
    common = {"pipeline_version": {"type": "string"}, "dataset": {"const": dataset.name},
              "rows": {"type": "integer", "minimum": 0}}
    if not dataset.per_document:
        return {"type": "object", "required": ["updated_at", *common],
                "properties": {"updated_at": {"type": "string"}, **common}}
    return {
        "type": "object",
        "required": ["document_id", "source_file", "sha256", "page_count", "year", "extracted_at", *common],
        "properties": {
            "document_id": {"type": "string"}, "source_file": {"type": "string"},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "page_count": {"type": "integer"},
            "year": {"type": "integer"}, "extracted_at": {"type": "string"}, **common,
        },
    }


def csv_rows(path: Path) -> int:
    """Records in a CSV file with a header row (a quoted field may hold line breaks)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def json_schema(dataset: Dataset) -> dict:
    """JSON Schema (2020-12) of ``<dataset>.json``: a metadata block and records (or the section tree)."""
    properties = {f.name: {"type": [JSON_TYPES[f.type], "null"] if not f.required else JSON_TYPES[f.type],
                           "description": f.description} for f in dataset.fields}
    metadata = _metadata_schema(dataset)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": f"werkplan {dataset.name}.json",
              "description": dataset.description, "type": "object", "properties": {"metadata": metadata}}
    if dataset.tree:
        node = {
            "type": "object",
            "required": ["section_id", "kind", "title", "page_start", "page_end", "blocks", "children"],
            "properties": {
                "section_id": {"type": "string"}, "kind": {"type": "string"}, "number": {"type": ["string", "null"]},
                "title": {"type": "string"}, "page_start": {"type": "integer"}, "page_end": {"type": "integer"},
                "scope_id": {"type": ["string", "null"]},
                "blocks": {"type": "array", "items": {
                    "type": "object", "required": ["kind", "page"],
                    "properties": {"kind": {"enum": ["paragraph", "list_item", "table"]}, "page": {"type": "integer"},
                                   "text": {"type": "string"}, "marker": {"type": ["string", "null"]},
                                   "table_id": {"type": "string"}}}},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            },
        }
        schema["$defs"] = {"node": node}
        schema["required"] = ["metadata", "tree"]
        schema["properties"]["tree"] = {"type": "array", "items": {"$ref": "#/$defs/node"}}
    else:
        schema["required"] = ["metadata", "records"]
        schema["properties"]["records"] = {"type": "array", "items": {
            "type": "object", "properties": properties, "required": dataset.columns, "additionalProperties": False}}
    return schema


def _resource(folder: Path, dataset: Dataset) -> dict:
    """The resource describing ``<dataset>.csv`` in ``folder``; writes its JSON Schema to ``schemas/``."""
    csv_path = folder / f"{dataset.name}.csv"
    schema_path = folder / "schemas" / f"{dataset.name}.schema.json"
    schema_path.parent.mkdir(exist_ok=True)
    schema_path.write_text(json.dumps(json_schema(dataset), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {
        "name": resource_name(dataset.name), "type": "table", "title": dataset.title,
        "description": dataset.description, "path": csv_path.name, "scheme": "file", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "hash": f"sha256:{_sha256(csv_path)}",
        "bytes": csv_path.stat().st_size, "rows": csv_rows(csv_path), "schema": _table_schema(dataset),
        "json": {"path": f"{dataset.name}.json", "schema": f"schemas/{dataset.name}.schema.json"},
    }


def _write_json(path: Path, payload: dict) -> None:
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_package(folder: Path, metadata: dict, settings: dict | None = None) -> None:
    """Write ``datapackage.json`` and ``schemas/*.schema.json`` for the datasets already in ``folder``.

    ``settings``, the run's settings tree as plain data, is recorded as the package's ``werkplan:settings``
    (a custom property, as Data Package v2 allows): what the datasets were read with.
    """
    resources = [_resource(folder, d) for d in DATASETS.values() if (folder / f"{d.name}.csv").exists()]
    package = {
        "$schema": PROFILE,
        "name": metadata["document_id"],
        "title": f"KIS werkplan {metadata['year']}",
        "description": "Budget tables, sections, planning and validation results extracted from the werkplan "
                       "of the Kennisplatform Inclusief Samenleven by the werkplan pipeline.",
        "version": metadata["pipeline_version"],
        "created": metadata["extracted_at"],
        "sources": [{"title": metadata["source_file"], "path": metadata["source_file"],
                     "sha256": metadata["sha256"]}],
        "keywords": ["KIS", "werkplan", "begroting"],
        "resources": resources,
    }
    if settings is not None:
        package["werkplan:settings"] = settings
    _write_json(folder / "datapackage.json", package)


def write_catalog_package(folder: Path, updated_at: str, version: str) -> None:
    """``datapackage.json`` and ``schemas/catalog.schema.json`` of an output folder's catalog."""
    _write_json(folder / "datapackage.json", {
        "$schema": PROFILE,
        "name": "werkplan-catalog",
        "title": "KIS werkplannen taken in",
        "description": "Every werkplan PDF version the werkplan pipeline took in or refused in this output folder; "
                       "each document's own datasets are described in <document-id>/datapackage.json.",
        "version": version,
        "created": updated_at,
        "keywords": ["KIS", "werkplan", "catalog"],
        "resources": [_resource(folder, CATALOG)],
    })
