"""Load a document's datasets into a database through SQLAlchemy, all or nothing.

The schema comes from :mod:`pipelines.normalise.schema` and is created on first use.  One
``documents`` table records each loaded document.  Loading a document deletes
its earlier rows and inserts the new ones in one transaction, so a reload never
duplicates and a failure (constraint error, lost connection, killed process)
leaves the database as it was.  Other documents' rows are untouched.  The
schema is created inside that same transaction, so a refused load leaves no
empty tables behind, and every file is checked against ``datapackage.json``
(row count and SHA-256) before anything is loaded.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from pipelines.errors import DatabaseTargetError, ReviewRequired
from pipelines.normalise.schema import CATALOG, DATASETS
from pipelines.output.folder import LOAD_ORDER, read_folder, review_reasons

DEFAULT_DB = "output/werkplan.sqlite"
SUPPORTED_DIALECTS = {"sqlite", "postgresql"}
LOAD_LOCK_KEY = 0x7765726B706C616E  # "werkplan": the PostgreSQL advisory lock loads take turns on
# Money and hours as NUMERIC with cents: exact in PostgreSQL; SQLite keeps whole values as
# integers and cents as REAL, which SQLAlchemy reads back as the Decimal of two places stored.
SQL_TYPES = {"integer": BigInteger, "number": Float, "boolean": Boolean, "string": Text,
             "decimal": Numeric(20, 2)}
TABLE_NAMES = {"document": "documents"}


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


def check_database_url(url: str) -> str:
    """The SQLAlchemy URL for ``url``, or :class:`DatabaseTargetError` saying why it cannot be used.

    ``postgresql://`` uses the psycopg (3) driver.  An SQLite URL must name a file
    in an existing folder: an in-memory database would vanish with the load.
    """
    shown = shown_url(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseTargetError(f"{shown}: not a database URL ({exc})") from exc
    dialect = {"postgres": "postgresql"}.get(parsed.get_backend_name(), parsed.get_backend_name())
    if dialect not in SUPPORTED_DIALECTS:
        raise DatabaseTargetError(f"{shown}: unsupported database '{dialect}' (use sqlite:///FILE or "
                                  f"postgresql://host/db)")
    if dialect == "postgresql":
        return str(parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        raise DatabaseTargetError(f"{shown}: no database file named (use sqlite:///path/to/file.sqlite)")
    folder = Path(database).parent
    if not folder.is_dir():
        raise DatabaseTargetError(f"{shown}: no such folder {folder}")
    return url


def shown_url(url: str | None) -> str:
    """The URL as printed in messages: without user and password."""
    return re.sub(r"//[^/@]*@", "//", url or f"sqlite:///{DEFAULT_DB}")


def database_url(url: str | None) -> str:
    """The SQLAlchemy URL to connect to; default: the SQLite file."""
    if not url:
        Path(DEFAULT_DB).parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_DB}"
    return check_database_url(url)


def connect(url: str | None) -> Engine:
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        # Python's sqlite3 commits DDL outside any transaction; with its own transaction handling
        # off and an explicit BEGIN, CREATE TABLE is part of the load's transaction, as on PostgreSQL.
        @event.listens_for(engine, "connect")
        def _sqlite_connect(connection, _record):
            connection.isolation_level = None
            connection.execute("PRAGMA foreign_keys=ON")  # SQLite checks foreign keys only when asked

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock at once: concurrent loads take turns
    return engine


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def load_folder(folder: str | Path, url: str | None = None, accept_review: bool = False) -> dict[str, int]:
    """Load one output folder; return rows loaded per table.

    Raises :class:`LoadError` for a folder that does not match its datapackage.json,
    :class:`ReviewRequired` for a document whose reading is doubtful (its validation says
    ``needs_review``) unless ``accept_review``, :class:`DatabaseTargetError` for an unusable URL,
    or the driver's error.
    """
    frames = read_folder(folder)
    reasons = review_reasons(folder)
    if reasons and not accept_review:
        raise ReviewRequired(f"{folder}: not loaded, its structure needs review ({'; '.join(reasons)}); "
                             "see its quality report, and load it with --accept-review once checked")
    [document_id] = frames["document"]["document_id"].unique()
    status = frames["checks"]["status"]
    loaded_at = datetime.now(UTC).isoformat(timespec="seconds")
    documents = frames["document"].assign(
        loaded_at=loaded_at,
        checks_passed=int((status == "passed").sum()), checks_failed=int((status == "failed").sum()),
        checks_not_applicable=int((status == "not_applicable").sum()))
    engine = connect(url)
    counts = {}
    try:
        with engine.begin() as connection:  # one transaction: the schema, all rows, or none of it
            if engine.dialect.name == "postgresql":  # concurrent loads take turns, as on SQLite
                connection.execute(select(func.pg_advisory_xact_lock(LOAD_LOCK_KEY)))
            METADATA.create_all(connection)
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
        with engine.begin() as connection:  # the schema and the catalog, or none of it
            METADATA.create_all(connection)
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
        with engine.begin() as connection:
            METADATA.create_all(connection)
        with engine.connect() as connection:
            yield connection
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseTargetError(f"{shown_url(url)}: cannot read the database ({reason})") from exc
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
