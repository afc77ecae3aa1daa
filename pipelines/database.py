"""Load a document's datasets into a database through SQLAlchemy, all or nothing.

The schema comes from :mod:`pipelines.schema` and is created on first use.  One
``documents`` table records each loaded document.  Loading a document deletes
its earlier rows and inserts the new ones in one transaction, so a reload never
duplicates and a failure (constraint error, lost connection, killed process)
leaves the database as it was.  Other documents' rows are untouched.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, Integer, MetaData, Table, Text, create_engine,
                        event, func, select)
from sqlalchemy.engine import Engine

from .frames import DTYPES
from .schema import CATALOG, DATASETS

DEFAULT_DB = "output/werkplan.sqlite"
SQL_TYPES = {"integer": BigInteger, "number": Float, "boolean": Boolean, "string": Text}
TABLE_NAMES = {"document": "documents"}
# Parents before children, for inserting; children first for deleting.
LOAD_ORDER = ["document", "budget_tables", "budget_lines", "overview", "overview_amounts", "numbers", "sections",
              "toc", "planning", "projects", "programmalijnen", "checks", "check_failures", "diagnoses"]


class LoadError(Exception):
    """The folder cannot be loaded; nothing was changed."""


def table_name(dataset: str) -> str:
    return TABLE_NAMES.get(dataset, dataset)


def build_metadata() -> MetaData:
    metadata = MetaData()
    for name in LOAD_ORDER:
        dataset = DATASETS[name]
        references = {column: f"{table_name(target)}.{field}" for column, target, field in dataset.foreign_keys}
        columns = [
            Column(f.name, SQL_TYPES[f.type], *([ForeignKey(references[f.name])] if f.name in references else []),
                   primary_key=f.name == dataset.primary_key, nullable=not f.required, comment=f.description)
            for f in dataset.fields
        ]
        if name == "document":
            columns += [Column("loaded_at", Text, nullable=False, comment="When this document was loaded (UTC)."),
                        Column("checks_passed", BigInteger), Column("checks_failed", BigInteger),
                        Column("checks_not_applicable", BigInteger)]
        Table(table_name(name), metadata, *columns, comment=dataset.description)
    Table(CATALOG.name, metadata, *(Column(f.name, SQL_TYPES[f.type], primary_key=f.name == CATALOG.primary_key,
                                           nullable=not f.required, comment=f.description) for f in CATALOG.fields),
          comment=CATALOG.description)
    Table("loads", metadata,
          Column("load_id", Integer, primary_key=True, autoincrement=True),
          Column("document_id", Text, nullable=False),
          Column("sha256", Text, nullable=False, comment="SHA-256 of the PDF the loaded datasets came from."),
          Column("loaded_at", Text, nullable=False, comment="When it was loaded (UTC)."),
          comment="Every document version ever loaded; kept when a later version replaces its rows.")
    return metadata


METADATA = build_metadata()


def database_url(url: str | None) -> str:
    """SQLAlchemy URL; ``postgresql://`` uses the psycopg (3) driver; default: the SQLite file."""
    if not url:
        Path(DEFAULT_DB).parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_DB}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def connect(url: str | None) -> Engine:
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_foreign_keys(connection, _record):  # SQLite checks foreign keys only when asked
            connection.execute("PRAGMA foreign_keys=ON")
    return engine


def read_folder(folder: str | Path) -> dict[str, pd.DataFrame]:
    """A document's datasets from its output folder, typed by the schema."""
    folder = Path(folder)
    if not (folder / "datapackage.json").is_file():
        raise LoadError(f"{folder}: not a werkplan output folder (no datapackage.json)")
    frames = {}
    for name in LOAD_ORDER:
        path = folder / f"{name}.csv"
        if not path.is_file():
            raise LoadError(f"{path}: missing")
        dataset = DATASETS[name]
        dtypes = {f.name: DTYPES[f.type] for f in dataset.fields}
        try:
            frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
        except (ValueError, pd.errors.ParserError) as exc:
            raise LoadError(f"{path}: unreadable ({exc})") from exc
        if list(frame.columns) != dataset.columns:
            raise LoadError(f"{path}: columns differ from the werkplan schema")
        frames[name] = frame
    return frames


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def load_folder(folder: str | Path, url: str | None = None) -> dict[str, int]:
    """Load one output folder; return rows loaded per table.  Raises :class:`LoadError` or the driver's error."""
    folder = Path(folder)
    frames = read_folder(folder)
    [document_id] = frames["document"]["document_id"].unique()
    status = frames["checks"]["status"]
    loaded_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    documents = frames["document"].assign(
        loaded_at=loaded_at,
        checks_passed=int((status == "passed").sum()), checks_failed=int((status == "failed").sum()),
        checks_not_applicable=int((status == "not_applicable").sum()))
    engine = connect(url)
    counts = {}
    try:
        METADATA.create_all(engine)
        with engine.begin() as connection:  # one transaction: all of it or none of it
            for name in reversed(LOAD_ORDER):
                table = METADATA.tables[table_name(name)]
                connection.execute(table.delete().where(table.c.document_id == document_id))
            for name in LOAD_ORDER:
                table = METADATA.tables[table_name(name)]
                records = _records(documents if name == "document" else frames[name])
                if records:
                    connection.execute(table.insert(), records)
                counts[table.name] = len(records)
            connection.execute(METADATA.tables["loads"].insert(), {
                "document_id": document_id, "sha256": frames["document"]["sha256"].iloc[0], "loaded_at": loaded_at})
    finally:
        engine.dispose()
    return counts


def load_catalog(catalog: pd.DataFrame, url: str | None = None) -> int:
    """Replace the database's catalog by ``catalog`` (see pipelines.batch), in one transaction; return its rows."""
    records = _records(catalog)
    engine = connect(url)
    try:
        METADATA.create_all(engine)
        with engine.begin() as connection:
            table = METADATA.tables[CATALOG.name]
            connection.execute(table.delete())
            if records:
                connection.execute(table.insert(), records)
    finally:
        engine.dispose()
    return len(records)


@contextmanager
def reading(url: str | None):
    """A connection for reading, the schema created if it is not there yet."""
    engine = connect(url)
    try:
        METADATA.create_all(engine)
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def loaded_versions(url: str | None) -> dict[str, str]:
    """The documents in the database: document id → SHA-256 of the PDF its rows came from."""
    with reading(url) as connection:
        table = METADATA.tables[table_name("document")]
        return dict(connection.execute(select(table.c.document_id, table.c.sha256)).all())


def table_counts(url: str | None, document_id: str | None = None) -> dict[str, int]:
    """Rows per table (of one document, if given)."""
    out = {}
    with reading(url) as connection:
        for name in LOAD_ORDER:
            table = METADATA.tables[table_name(name)]
            query = select(func.count()).select_from(table)
            if document_id:
                query = query.where(table.c.document_id == document_id)
            out[table.name] = connection.execute(query).scalar_one()
    return out
