"""Loading into SQLite and a real PostgreSQL: schema, reloads, other years, failures that change nothing."""

import csv
import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError

from pipelines.cli import main
from pipelines.output import database
from pipelines.output.database import database_url, load_folder, table_counts
from pipelines.output.folder import LOAD_ORDER
from pipelines.output.package import _sha256
from pipelines.run import run_pipeline
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def run_2030(tmp_path_factory):
    folder = tmp_path_factory.mktemp("y2030")
    pdf = folder / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    return run_pipeline(pdf, folder / "out")


def rehash(folder: Path, path: Path) -> None:
    """Make ``datapackage.json`` agree with an edited file again."""
    package_path = folder / "datapackage.json"
    package = json.loads(package_path.read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["path"] == path.name)
    resource["hash"] = f"sha256:{_sha256(path)}"
    package_path.write_text(json.dumps(package), encoding="utf-8")


def _csv_rows(folder: Path, name: str) -> int:
    with open(folder / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def _sums(url):
    engine = create_engine(database_url(url))
    with engine.connect() as connection:
        result = connection.execute(text(
            "SELECT document_id, COUNT(*), SUM(amount), SUM(hours) FROM budget_lines GROUP BY document_id "
            "ORDER BY document_id")).all()
    engine.dispose()
    return [tuple(int(v) if not isinstance(v, str) else v for v in row) for row in result]


# Every budget line of 2023 added up (from tests/golden/budget_lines_2023.csv): 420 rows,
# amounts 22.350.613, hours 179.661.
def test_load_creates_the_schema_and_every_row(run_2023, db_url):
    counts = load_folder(run_2023.output, db_url)
    assert counts["budget_lines"] == 420
    assert counts == {table: _csv_rows(run_2023.output, name) for name, table in
                      ((n, database.table_name(n)) for n in LOAD_ORDER)}
    engine = create_engine(database_url(db_url))
    inspector = inspect(engine)
    assert inspector.get_pk_constraint("budget_lines")["constrained_columns"] == ["line_id"]
    assert {"referred_table": "budget_tables", "constrained_columns": ["table_id"]} in [
        {k: fk[k] for k in ("referred_table", "constrained_columns")}
        for fk in inspector.get_foreign_keys("budget_lines")]
    types = {c["name"]: c["type"].__class__.__name__.upper() for c in inspector.get_columns("budget_lines")}
    assert types["amount"] == "NUMERIC" and types["line_id"] == "TEXT"  # exact, cents where printed
    with engine.connect() as connection:
        document = connection.execute(text(
            "SELECT year, sha256, page_count, pipeline_version, checks_passed, checks_failed FROM documents")).one()
        diagnoses = connection.execute(text(
            "SELECT g.printed, g.consistent, g.page, n.raw FROM diagnoses g "
            "JOIN numbers n ON n.number_id = g.number_id "
            "ORDER BY g.change_id")).all()
    engine.dispose()
    assert [tuple(row) for row in diagnoses] == [(12852, 12633, 26, "12.852"), (388708, 388489, 26, "388.708")]
    assert tuple(document) == (2023, "4247910c3360218d5620c919a71d9e24e317523a34c81a821f987b46ca008013", 123,
                               "0.1.0", 12, 3)


def test_reload_replaces_and_another_year_adds(run_2023, run_2030, db_url):
    load_folder(run_2023.output, db_url)
    load_folder(run_2023.output, db_url)
    assert table_counts(db_url, "werkplan-2023")["budget_lines"] == 420
    load_folder(run_2030.output, db_url)
    lines_2030 = run_2030.datasets.frames["budget_lines"]
    assert _sums(db_url) == [
        ("werkplan-2023", 420, 22350613, 179661),
        ("werkplan-2030", len(lines_2030), int(lines_2030["amount"].sum()), int(lines_2030["hours"].sum())),
    ]
    assert table_counts(db_url, "werkplan-2023")["sections"] == 292
    assert table_counts(db_url)["documents"] == 2


def test_sqlite_and_postgresql_hold_the_same(run_2023, tmp_path, postgres_url):
    sqlite_url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    load_folder(run_2023.output, sqlite_url)
    load_folder(run_2023.output, postgres_url)
    assert table_counts(sqlite_url) == table_counts(postgres_url)
    assert _sums(sqlite_url) == _sums(postgres_url) == [("werkplan-2023", 420, 22350613, 179661)]


def test_a_constraint_error_midway_leaves_the_database_as_it_was(run_2023, run_2030, tmp_path, db_url):
    load_folder(run_2023.output, db_url)
    before = table_counts(db_url)
    broken = tmp_path / "werkplan-2030"
    shutil.copytree(run_2030.output, broken)
    path = broken / "budget_lines.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        ",werkplan-2030/project-1.2,", ",werkplan-2030/project-9.9,", 1), encoding="utf-8")
    rehash(broken, path)  # a folder that passes the file checks but breaks a foreign key
    with pytest.raises(IntegrityError):
        load_folder(broken, db_url)
    assert table_counts(db_url) == before
    result = CliRunner().invoke(main, ["load", str(broken), "--db", db_url])
    assert result.exit_code == 1
    assert result.output.startswith(f"werkplan: error: {broken}: not loaded, database unchanged (")
    assert table_counts(db_url) == before


KILLER = """
import os, signal, sys
from sqlalchemy import event
from pipelines.output import database
real_connect = database.connect
def connect(url):
    engine = real_connect(url)
    @event.listens_for(engine, "after_execute")
    def killed(conn, clause, *args):
        if getattr(clause, "is_insert", False) and clause.table.name == "budget_lines":
            os.kill(os.getpid(), signal.SIGKILL)  # a real process, killed in the middle of its load
    return engine
database.connect = connect
database.load_folder(sys.argv[1], sys.argv[2])
"""


def test_a_process_killed_during_the_load_changes_nothing(run_2023, run_2030, db_url):
    load_folder(run_2030.output, db_url)
    before = table_counts(db_url)
    child = subprocess.run([sys.executable, "-c", KILLER, str(run_2023.output), db_url], cwd=ROOT,
                           capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert table_counts(db_url) == before
    assert table_counts(db_url, "werkplan-2023")["documents"] == 0
    load_folder(run_2023.output, db_url)
    assert table_counts(db_url, "werkplan-2023")["budget_lines"] == 420


def test_a_lost_connection_changes_nothing(run_2023, run_2030, postgres_url, monkeypatch):
    load_folder(run_2030.output, postgres_url)
    before = table_counts(postgres_url)
    real_connect = database.connect

    def connect(url):
        engine = real_connect(url)

        @event.listens_for(engine, "after_execute")
        def lose(conn, clause, *args):
            if getattr(clause, "is_insert", False) and clause.table.name == "sections":
                pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
                other = create_engine(database_url(postgres_url))
                with other.connect() as admin:
                    admin.execute(text(f"SELECT pg_terminate_backend({pid})"))
                other.dispose()
        return engine

    monkeypatch.setattr(database, "connect", connect)
    with pytest.raises(OperationalError):
        load_folder(run_2023.output, postgres_url)
    monkeypatch.undo()
    assert table_counts(postgres_url) == before


def _readme_queries():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", readme, re.S)


def test_the_readme_queries_run_on_the_sqlite_database(run_2023, tmp_path):
    db = tmp_path / "werkplan.sqlite"
    load_folder(run_2023.output, f"sqlite:///{db}")
    queries = _readme_queries()
    assert len(queries) == 4
    connection = sqlite3.connect(db)
    per_programmalijn, per_role, to_change, failed = (connection.execute(q).fetchall() for q in queries)
    # Programmalijn 1: projects 1.1 (50.018) and 1.2 (50.017).
    assert per_programmalijn[0] == (2023, "1", 100035)
    assert len(per_programmalijn) == 9
    # Verwey-Jonker Instituut, Senior onderzoeker: the function-level breakdown prints 4.782 hours (p. 27).
    assert (2023, "Verwey-Jonker Instituut", "Senior onderzoeker", 4782) in per_role
    assert to_change == [
        (2023, "werkplan-2023/onderdeel-e", "Externe projectkosten / inhuur", 26, 12852, 12633, 4),
        (2023, "werkplan-2023/onderdeel-e", "Totaal", 26, 388708, 388489, 4),
    ]
    assert [row[:2] + row[3:6] for row in failed] == [
        (2023, "function_levels_add_up", 211583, 211802, -219),
        (2023, "function_levels_add_up", 2648178, 2648397, -219),
        (2023, "onderdeel_matches_overview", 388489, 388708, -219),
        (2023, "onderdeel_matches_overview", 12633, 12852, -219),
        (2023, "project_has_one_budget_table", 0, 1, -1),
    ]


def test_loading_a_folder_that_is_not_a_werkplan_output_is_refused(tmp_path):
    folder = tmp_path / "notities"
    folder.mkdir()
    result = CliRunner().invoke(main, ["load", str(folder), "--db", f"sqlite:///{tmp_path / 'w.sqlite'}"])
    assert result.exit_code == 2
    assert result.output.strip() == f"werkplan: error: {folder}: not a werkplan output folder (no datapackage.json)"


def _tampered(source: Path, folder: Path, how: str) -> Path:
    shutil.copytree(source, folder, symlinks=False)
    lines = folder / "budget_lines.csv"
    if how == "truncated":
        text = lines.read_text(encoding="utf-8")
        lines.write_text("".join(text.splitlines(keepends=True)[:205]), encoding="utf-8")  # header + 204 rows
    elif how == "edited":
        lines.write_text(lines.read_text(encoding="utf-8").replace(",266418,266.418,", ",266419,266.419,", 1),
                         encoding="utf-8")
    elif how == "missing":
        lines.unlink()
    elif how == "extra":
        (folder / "budget_lines_extra.csv").write_text("line_id\nx\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("how, problem", [
    ("truncated", "budget_lines.csv: 204 rows where datapackage.json says 420"),
    ("edited", "budget_lines.csv: SHA-256 differs from datapackage.json (the file was changed after the run)"),
    ("missing", "budget_lines.csv: missing"),
    ("extra", "budget_lines_extra.csv: not described in datapackage.json (the folder was changed after the run)"),
])
def test_a_tampered_folder_is_refused_and_the_database_keeps_its_rows(run_2023, tmp_path, how, problem):
    url = f"sqlite:///{tmp_path / 'werkplan.sqlite'}"
    load_folder(run_2023.output, url)
    before = _sums(url)
    folder = _tampered(run_2023.output, tmp_path / "werkplan-2023", how)
    result = CliRunner().invoke(main, ["load", str(folder), "--db", url])
    assert result.exit_code == 2
    assert result.stderr == f"werkplan: error: {folder}/{problem}\n"
    assert _sums(url) == before == [("werkplan-2023", 420, 22350613, 179661)]


def test_a_refused_load_leaves_no_tables_behind(run_2030, db_url):
    engine = create_engine(database_url(db_url))
    with engine.begin() as connection:  # a table of another shape under one of our names
        connection.execute(text("CREATE TABLE budget_lines (line_id TEXT PRIMARY KEY, note TEXT)"))
    engine.dispose()
    result = CliRunner().invoke(main, ["load", str(run_2030.output), "--db", db_url])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"werkplan: error: {run_2030.output}: not loaded, database unchanged (")
    engine = create_engine(database_url(db_url))
    assert inspect(engine).get_table_names() == ["budget_lines"]
    engine.dispose()


LOADER = "import sys; from pipelines.output.database import load_folder; load_folder(sys.argv[1], sys.argv[2])"


def test_two_loads_at_once_take_turns(run_2030, db_url):
    children = [subprocess.Popen([sys.executable, "-c", LOADER, str(run_2030.output), db_url], cwd=ROOT,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for child in children:
        assert child.wait() == 0, child.stderr.read()
    lines = run_2030.datasets.frames["budget_lines"]
    assert _sums(db_url) == [("werkplan-2030", len(lines), int(lines["amount"].sum()), int(lines["hours"].sum()))]


RELOADER = """
import sys
from pipelines.output.database import load_folder
while True:
    load_folder(sys.argv[1], sys.argv[2])
    print("loaded", flush=True)
"""


def test_loads_killed_at_random_moments_leave_whole_documents(run_2030, db_url):
    import random
    import time

    load_folder(run_2030.output, db_url)
    expected = table_counts(db_url)
    chance = random.Random(7)
    for _ in range(5):
        child = subprocess.Popen([sys.executable, "-c", RELOADER, str(run_2030.output), db_url], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout.readline() == b"loaded\n", child.stderr.read()  # reloading over and over from now on
        time.sleep(chance.uniform(0, 0.5))
        child.send_signal(chance.choice([signal.SIGKILL, signal.SIGTERM]))
        child.wait()
        assert table_counts(db_url) == expected  # every row of the document, never a part
