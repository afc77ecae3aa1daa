import json
import os
import re
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pandas as pd
import pypdfium2
import pytest
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.normalise.schema import DATASETS
from tests.conftest import PDF_2023, WERKPLAN
from tests.expectations.consistent import werkplan_blocks
from tests.scans import pages_of
from tests.werkplan_factory import PLAIN_HEADINGS, build_pdf


def test_help_lists_the_commands_and_options():
    runner = CliRunner()
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "run" in result.output
    result = runner.invoke(main, ["run", "--help"])
    assert result.exit_code == 0
    assert "--out" in result.output
    assert "Folder for the datasets" in result.output
    assert "--strict" in result.output
    assert "Exit with status 1 when any validation check fails or the" in result.output


@pytest.mark.parametrize("command, options", [
    (["run"], ["--out", "--strict", "--db", "--jobs", "--ocr", "--force", "--replace", "--reader", "--password",
              "--settings"]),
    (["load"], ["--db"]),
    (["compare"], ["--db", "--out"]),
])
def test_every_option_has_help_text(command, options):
    result = CliRunner().invoke(main, command + ["--help"])
    assert result.exit_code == 0
    for option in options:
        options_part = result.output.split("Options:", 1)[1]
        line = next(line for line in options_part.splitlines() if line.strip().startswith(option))
        # the option, its metavar if any, then its help text
        assert re.match(rf"\s*{option}( [A-Z]+)?\s+[A-Z][a-z]", line), line


@pytest.mark.parametrize("command", [WERKPLAN, [str(Path(sys.executable).parent / "werkplan")]],
                         ids=["python -c", "console script"])
def test_version_names_the_program_werkplan_however_it_is_started(command):
    root = Path(__file__).resolve().parents[2]
    version = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    ended = subprocess.run([*command, "--version"], capture_output=True, text=True, cwd=root,
                           env={**os.environ, "PYTHONPATH": str(root)}, timeout=60)
    assert (ended.returncode, ended.stdout, ended.stderr) == (0, f"werkplan, version {version}\n", "")


def test_help_does_not_import_great_expectations():
    code = "import sys; from pipelines.cli import main; print('great_expectations' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


@pytest.mark.parametrize("broken, strict, code", [(False, True, 0), (True, False, 0), (True, True, 1)])
def test_strict_exits_1_only_when_a_check_fails(tmp_path, broken, strict, code):
    def mutate(tables, overview):
        tables["project-1.1"].printed[0][4] = "4.650"

    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(mutate if broken else None))
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path)] + (["--strict"] if strict else []))
    assert result.exit_code == code, result.output
    lines = result.output.splitlines()
    assert lines[-1] == f"quality report: {tmp_path / 'werkplan-2030' / 'quality' / 'report.html'}"
    assert lines[-2].startswith("checks: 12 passed, 3 failed" if broken else "checks: 15 passed, 0 failed")
    assert (tmp_path / "werkplan-2030" / "quality" / "report.html").is_file()


def test_reader_option_picks_the_parser_and_both_give_the_same_datasets(tmp_path):
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(None))
    frames = {}
    for reader in ("pdfplumber", "playa"):
        result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path / reader), "--reader", reader])
        assert result.exit_code == 0, result.output
        folder = tmp_path / reader / "werkplan-2030"
        frames[reader] = {p.stem: pd.read_csv(p).drop(columns="extracted_at", errors="ignore")
                          for p in sorted(folder.glob("*.csv"))}
    assert len(frames["playa"]) == len(DATASETS)
    for name, frame in frames["pdfplumber"].items():
        pd.testing.assert_frame_equal(frames["playa"][name], frame, check_exact=False, atol=1e-6, obj=name)
    result = CliRunner().invoke(main, ["run", str(pdf), "--reader", "pdfium"])
    assert result.exit_code == 2
    assert "Invalid value for '--reader'" in result.output


def test_ocr_option_reads_every_page_by_ocr_and_says_so(tmp_path):
    # The bundled PDF's title page and project 1.1's budget: text, read again by OCR with --ocr.
    pdf = pages_of(PDF_2023, [1, 32])
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path), "--ocr", "--jobs", "2"])
    # The budget table's heading is on a page left out: its scope is unknown, and the document goes to review.
    assert result.exit_code == 4, result.output
    assert pd.read_csv(tmp_path / "catalog.csv")["ocr"].tolist() == [True]
    folder = tmp_path / "werkplan-2023"
    metadata = json.loads((folder / "quality" / "validation.json").read_text())["metadata"]
    assert (metadata["ocr"], metadata["source_file"], metadata["page_count"]) == (True, pdf.name, 2)
    assert metadata["ocr_engine"].startswith("ocrmypdf ") and ", tesseract " in metadata["ocr_engine"]
    lines = pd.read_csv(folder / "budget_lines.csv")
    # project 1.1's budget as printed: its staff rows and total
    assert {12882, 26275, 13743, 10000, 50018} <= set(lines["amount"]), lines["amount"].tolist()
    assert pd.read_csv(folder / "numbers.csv")["ocr_confidence"].between(0.3, 1).all()


def test_run_writes_every_dataset_as_csv_and_json(tmp_path):
    result = CliRunner().invoke(main, ["run", str(PDF_2023), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "31 budget tables, 420 budget lines, 6 overview rows, 292 sections, 25 projects, 24 planning tables",
        f"datasets written to {tmp_path / 'werkplan-2023'}",
        "checks: 12 passed, 3 failed, 0 not applicable (5 of 1575 comparisons failed)",
        f"quality report: {tmp_path / 'werkplan-2023' / 'quality' / 'report.html'}",
    ]
    folder = tmp_path / "werkplan-2023"
    names = ["document", "budget_tables", "budget_lines", "overview", "overview_amounts", "numbers",
             "sections", "toc", "planning", "projects", "programmalijnen", "checks", "check_failures", "diagnoses"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{n}.{ext}" for n in names for ext in ("csv", "json")] + ["datapackage.json", "quality", "schemas"])
    assert sorted(p.name for p in (folder / "quality").iterdir()) == ["report.html", "report.md", "tables.html",
                                                                          "validation.json"]
    failures = pd.read_csv(folder / "check_failures.csv")
    assert list(failures["difference"]) == [-219, -219, -219, -219, -1]
    diagnoses = pd.read_csv(folder / "diagnoses.csv")
    assert list(zip(diagnoses["number_id"], diagnoses["printed"], diagnoses["consistent"], strict=False)) == [
        ("werkplan-2023/onderdeel-e/013/amount", 12852, 12633),
        ("werkplan-2023/onderdeel-e/014/amount", 388708, 388489)]
    lines = pd.read_csv(folder / "budget_lines.csv", dtype=str, keep_default_na=False)
    total = lines[(lines["scope_id"] == "onderdeel-a") & (lines["row_kind"] == "table_total")].iloc[0]
    assert (total["amount"], total["amount_raw"]) == ("1213178", "1.213.178")
    hours = lines[(lines["scope_id"] == "onderdeel-b") & (lines["row_kind"] == "staff_costs")]
    assert list(hours["hours"]) == ["1678", "1350"]
    for column in ("rate", "hours", "amount"):
        assert lines[column].str.fullmatch(r"\d*").all(), column
    payload = json.loads((folder / "budget_lines.json").read_text(encoding="utf-8"))
    meta = payload["metadata"]
    assert meta["source_file"] == "werkplan-kis-2023.pdf"
    assert meta["sha256"] == "4247910c3360218d5620c919a71d9e24e317523a34c81a821f987b46ca008013"
    assert (meta["page_count"], meta["year"], meta["rows"]) == (123, 2023, 420)
    tables = pd.read_csv(folder / "budget_tables.csv")
    assert (tables["second_reading_agreeing"] == tables["row_count"]).all()
    assert tables["row_count"].sum() == 420
    assert meta["pipeline_version"] == "0.1.0"
    assert meta["extracted_at"].endswith("+00:00")
    first = payload["records"][0]
    assert (first["amount"], first["amount_raw"], first["role_raw"]) == (266418, "266.418", "Senior onderzoeker")


def test_unusable_input_exits_2_with_one_line_and_keeps_earlier_output(tmp_path):
    out = tmp_path / "out"
    earlier = out / "werkplan-2023"
    earlier.mkdir(parents=True)
    (earlier / "budget_lines.csv").write_text("earlier good output\n")
    bad = tmp_path / "notities.pdf"
    bad.write_text("geen pdf")
    result = CliRunner().invoke(main, ["run", str(bad), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"werkplan: error: {bad}: not a PDF file (no %PDF header)"]
    assert (earlier / "budget_lines.csv").read_text() == "earlier good output\n"
    assert sorted(p.name for p in out.iterdir()) == ["werkplan-2023"]


def test_a_structure_that_cannot_be_read_goes_to_review_and_is_not_loaded(tmp_path):
    """Headings set as body text: the tables cannot be filed under their projects.  The run writes everything
    for review, says why in one line, exits 4, marks the catalog and loads nothing until accepted."""
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(), styles=PLAIN_HEADINGS)
    out, db = tmp_path / "out", tmp_path / "werkplan.sqlite"
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(out), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 4, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    pages = len(pypdfium2.PdfDocument(pdf))
    # Only the 30-point title stands out; no other heading is found.
    assert result.stderr.splitlines() == [
        f"werkplan: review: {pdf}: the reading is doubtful (tables_without_scope: 7 van 7 begrotingstabellen; "
        f"few_headings: 0 koppen op {pages} pagina's); written to {out / 'werkplan-2030'} for review, not loaded "
        "(--accept-review to load it)"]
    payload = json.loads((out / "werkplan-2030" / "quality" / "validation.json").read_text(encoding="utf-8"))
    assert payload["summary"]["needs_review"] is True
    [unscoped] = [s for s in payload["quality_signals"] if s["kind"] == "tables_without_scope"]
    tables = pd.read_csv(out / "werkplan-2030" / "budget_tables.csv")
    assert unscoped["evidence"] == list(tables["table_id"]) and len(tables) == 7
    failures = pd.read_csv(out / "werkplan-2030" / "check_failures.csv")
    assert "overzicht A: geen tabel voor onderdeel-a" in set(failures["subject"])
    assert "Opbouw twijfelachtig" in (out / "werkplan-2030" / "quality" / "report.html").read_text(encoding="utf-8")
    catalog = pd.read_csv(out / "catalog.csv")
    assert catalog[["document_id", "needs_review"]].values.tolist() == [["werkplan-2030", True]]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM budget_lines").fetchone() == (0,)

    refused = CliRunner().invoke(main, ["load", str(out / "werkplan-2030"), "--db", f"sqlite:///{db}"])
    assert refused.exit_code == 4
    assert refused.stderr.startswith(f"werkplan: error: {out / 'werkplan-2030'}: not loaded, its structure needs "
                                     "review (tables_without_scope: 7 van 7 begrotingstabellen; few_headings")
    accepted = CliRunner().invoke(main, ["load", str(out / "werkplan-2030"), "--db", f"sqlite:///{db}",
                                         "--accept-review"])
    assert accepted.exit_code == 0, accepted.output
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM budget_lines").fetchone() == (76,)


def _one_error_line(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    [line] = result.stderr.splitlines()
    assert line.startswith("werkplan: error: ")
    return line.removeprefix("werkplan: error: ")


@pytest.mark.parametrize("make, problem", [
    (lambda tmp: "/proc/werkplan", "cannot write the output here ("),
    (lambda tmp: (tmp / "file").write_text("") or str(tmp / "file" / "out"), "cannot write the output here (Not a"),
])
def test_an_unusable_out_exits_3_before_reading_the_pdf(tmp_path, monkeypatch, make, problem):
    from pipelines import run as run_module

    def never(*args, **kwargs):
        raise AssertionError("the PDF was read")

    monkeypatch.setattr(run_module, "read_budget_tables", never)
    out = make(tmp_path)
    line = _one_error_line(CliRunner().invoke(main, ["run", str(PDF_2023), "--out", out]), 3)
    assert line.startswith(f"{out}: {problem}")


@pytest.mark.parametrize("url, problem", [
    ("postgresql://user@localhost:port/werkplan", "postgresql://localhost:port/werkplan: not a database URL ("),
    ("mysql://user@localhost/werkplan",
     "mysql://localhost/werkplan: unsupported database 'mysql' (use sqlite:///FILE or postgresql://host/db)"),
    ("sqlite:///", "sqlite:///: no database file named (use sqlite:///path/to/file.sqlite)"),
    ("sqlite://", "sqlite://: no database file named"),
    ("sqlite:///:memory:", "sqlite:///:memory:: no database file named"),
    ("sqlite:///nergens/werkplan.sqlite", "sqlite:///nergens/werkplan.sqlite: no such folder nergens"),
    ("werkplan.sqlite", "werkplan.sqlite: not a database URL ("),
])
def test_an_unusable_db_url_exits_3_before_reading_the_pdf(tmp_path, monkeypatch, url, problem):
    from pipelines import run as run_module

    monkeypatch.setattr(run_module, "read_budget_tables", lambda *a, **k: pytest.fail("the PDF was read"))
    monkeypatch.chdir(tmp_path)
    line = _one_error_line(CliRunner().invoke(main, ["run", str(PDF_2023), "--out", "out", "--db", url]), 3)
    assert line.startswith(problem)
    assert "user@" not in line  # a URL's user (and password) is never printed
    line = _one_error_line(CliRunner().invoke(main, ["load", "out/werkplan-2023", "--db", url]), 3)
    assert line.startswith(problem)


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(tmp_path, monkeypatch):
    from pipelines import run as run_module

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(run_module, "build_datasets", broken)
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path)])
    assert _one_error_line(result, 1) == (f"{pdf}: unexpected ZeroDivisionError: a bug (run 'werkplan --debug ...' "
                                          "for the traceback)")
    result = CliRunner().invoke(main, ["--debug", "run", str(pdf), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert 'raise ZeroDivisionError("a bug")' in result.stderr
    assert not (tmp_path / "werkplan-2030").exists()


def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path):
    pdf = tmp_path / os.fsdecode(b"werkplan-2030-\xe9.pdf")
    build_pdf(pdf, werkplan_blocks())
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    payload = json.loads((tmp_path / "out" / "werkplan-2030" / "budget_lines.json").read_text(encoding="utf-8"))
    assert payload["metadata"]["source_file"] == "werkplan-2030-\ufffd.pdf"
    missing = tmp_path / os.fsdecode(b"nergens-\xe9.pdf")
    line = _one_error_line(CliRunner().invoke(main, ["run", str(missing), "--out", str(tmp_path / "out")]), 2)
    assert line == f"{tmp_path}/nergens-\\udce9.pdf: no such file"


def test_an_encrypted_pdf_needs_its_password(tmp_path, monkeypatch):
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(), password="geheim")
    line = _one_error_line(CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path)]), 2)
    assert line == (f"{pdf}: encrypted; give the password with --password or the WERKPLAN_PDF_PASSWORD "
                    "environment variable")
    line = _one_error_line(CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path), "--password", "fout"]), 2)
    assert line == f"{pdf}: encrypted, and the password given does not open it"
    monkeypatch.setenv("WERKPLAN_PDF_PASSWORD", "geheim")
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2].startswith("checks: 15 passed, 0 failed")
    tables = pd.read_csv(tmp_path / "werkplan-2030" / "budget_tables.csv")
    assert (tables["second_reading_agreeing"] == tables["row_count"]).all()  # camelot read the decrypted copy


def test_strict_fails_on_a_pdf_that_needed_repair(tmp_path):
    from tests.damage import delete_page

    sound = tmp_path / "sound.pdf"
    build_pdf(sound, werkplan_blocks())
    pdf = tmp_path / "werkplan-2030.pdf"
    pdf.write_bytes(delete_page(sound.read_bytes(), 1))
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path / "out"), "--strict"])
    # The lost page held a project's heading: its table has no scope, so the document goes to review (4),
    # which outranks --strict's 1.
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines() == [
        f"werkplan: review: {pdf}: the reading is doubtful (tables_without_scope: 1 van 5 begrotingstabellen); "
        f"written to {tmp_path / 'out' / 'werkplan-2030'} for review"]
    assert ("the PDF needed repair: page objects missing from the file: page 2 of 5 (page numbers follow the page "
            "tree)") in result.stdout.splitlines()
    signals = json.loads((tmp_path / "out" / "werkplan-2030" / "quality" / "validation.json").read_text())
    assert [s["pages"] for s in signals["quality_signals"] if s["kind"] == "pdf_repaired"] == ["2"]


def test_the_readme_documents_every_exit_code():
    from pipelines import errors

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| (\d+) \| ", readme, re.M)}
    assert documented == {0} | set(errors.EXIT_CODES.values()) | {errors.EXIT_UNEXPECTED, errors.EXIT_CHECKS_FAILED,
                                                                  errors.EXIT_INTERRUPTED, errors.EXIT_TERMINATED}


def _werkplan(*args, cwd=None) -> subprocess.CompletedProcess:
    """``werkplan ARGS`` in a process of its own: what every process of the run prints is seen."""
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([*WERKPLAN, *map(str, args)],
                          capture_output=True, text=True, cwd=cwd or root, env={**os.environ, "PYTHONPATH": str(root)},
                          timeout=300)


def test_debug_lets_the_libraries_speak_and_is_quiet_without(tmp_path):
    from tests import damage

    sound = tmp_path / "sound.pdf"
    build_pdf(sound, werkplan_blocks())
    pdf = tmp_path / "werkplan-2030.pdf"
    pdf.write_bytes(damage.break_media_box(sound.read_bytes(), 1, 3))
    quiet = _werkplan("run", pdf, "--out", tmp_path / "quiet")
    assert (quiet.returncode, quiet.stderr) == (0, "")
    assert "the PDF needed repair: page 2: " in quiet.stdout
    spoken = _werkplan("--debug", "run", pdf, "--out", tmp_path / "spoken")
    assert spoken.returncode == 0
    assert "invalid in Page id 5, defaulting to US Letter (612x792)" in spoken.stderr  # playa's own log line
    help_text = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    assert ("--debug Show the full traceback when a command fails, and the libraries' log lines and warnings (from "
            "every process of the run), which are otherwise kept off the terminal.") in help_text


def test_an_output_folder_without_room_is_refused_before_reading(tmp_path):
    # A PDF whose output would not fit, as a sparse file: its size costs no disk space, and it is never read.
    out = tmp_path / "out"
    out.mkdir()
    stats = os.statvfs(out)
    pdf = tmp_path / "werkplan-2030.pdf"
    with open(pdf, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(stats.f_bavail * stats.f_frsize // 10 + (1 << 30))
    result = _werkplan("run", pdf, "--out", out)
    assert result.returncode == 3
    [line] = result.stderr.splitlines()
    assert re.fullmatch(rf"werkplan: error: {out}: not enough free disk space for the output \(\d+ MiB free, "
                        r"about \d+ MiB needed\); nothing was read", line)
    assert list(out.iterdir()) == []
