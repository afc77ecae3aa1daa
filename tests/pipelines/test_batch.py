"""Yearly ingestion: several werkplannen in one command, skipped when known, refused when their year is taken."""

import fcntl
import hashlib
import json
import os
import pty
import re
import shutil
import sqlite3
import struct
import subprocess
import termios
import time

import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

from bench.memory import alive, descendants, described
from pipelines.batch import find_pdfs, read_catalog, run_batch
from pipelines.cli import main
from pipelines.output.folder import read_folder
from pipelines.run import run_pipeline
from tests.conftest import PDF_2023, ROOT, WERKPLAN
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan


def build_werkplan(path, year: int, portaal_hours: int, projects) -> None:
    """A werkplan of ``year``: Onderdeel B with ``portaal_hours`` of a Movisie senior (95 + 10 + 22 per hour,
    plus 1.000 external), and projects [(number, title, hours)] of programmalijn 1."""
    def movisie(hours, external):
        return budget_block([("Movisie", [("Senior", 95, hours)], 10, 22)], external)

    build_pdf(path, small_werkplan(
        year, [(1, "Jongeren", [(number, title, movisie(hours, 0)) for number, title, hours in projects])],
        begroting=[("Onderdeel B. Portaal", movisie(portaal_hours, 1000))]))


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder) -> dict:
    """Every file under ``folder`` with its SHA-256."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def run(*args):
    return CliRunner().invoke(main, ["run", *map(str, args)])


@pytest.fixture(scope="session")
def sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("yearly")
    inbox = folder / "source_pdfs"
    inbox.mkdir()
    # B: 50 h × (95 + 10 + 22) + 1.000 = 7.350; 40 h: 6.080
    build_werkplan(inbox / "werkplan-2030.pdf", 2030, 50, [("1.1", "Vaders", 10), ("1.2", "Scholen", 20)])
    build_werkplan(inbox / "werkplan-2031.pdf", 2031, 40, [("1.1", "Vaders", 12), ("1.3", "Werkgevers", 4)])
    # the same year re-issued: 45 h in Onderdeel B, 6.715
    build_werkplan(folder / "werkplan-2031-herzien.pdf", 2031, 45, [("1.1", "Vaders", 12), ("1.3", "Werkgevers", 4)])
    corrupt = folder / "werkplan-2032.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return folder


@pytest.fixture(scope="session")
def yearly(sources):
    """The yearly routine once per session: two built werkplannen (a folder) and the bundled one, --jobs 2."""
    out = sources / "output"
    result = run(sources / "source_pdfs", PDF_2023, "--out", out, "--jobs", 2)
    return out, result


@pytest.fixture
def yearly_copy(yearly, tmp_path):
    """A private copy of the yearly output, for tests that change it."""
    out, _ = yearly
    return shutil.copytree(out, tmp_path / "output", symlinks=True)  # as cp -a: the links stay links


def test_folders_give_their_pdfs_in_name_order_each_once(sources):
    inbox = sources / "source_pdfs"
    assert find_pdfs([inbox, inbox / "werkplan-2031.pdf", PDF_2023]) == [
        inbox / "werkplan-2030.pdf", inbox / "werkplan-2031.pdf", PDF_2023]


def test_a_folder_without_pdfs_is_unusable_input(tmp_path):
    empty = tmp_path / "source_pdfs"
    empty.mkdir()
    result = run(empty, "--out", tmp_path / "output")
    assert result.exit_code == 2
    assert result.output.splitlines() == [f"werkplan: error: {empty}: no PDF files in this folder"]
    assert not (tmp_path / "output").exists()


def test_three_outputs_one_catalog(yearly, sources):
    out, result = yearly
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "catalog.csv", "catalog.json", "compare", "datapackage.json", "schemas",
        "werkplan-2023", "werkplan-2030", "werkplan-2031"]
    # the bundled werkplan's own report line, among the three
    assert "checks: 12 passed, 3 failed, 0 not applicable (5 of 1575 comparisons failed)" in result.output
    assert result.output.splitlines()[-1] == \
        f"3 written, 0 skipped, 0 failed, 0 refused; catalog: {out / 'catalog.csv'}"
    catalog = pd.read_csv(out / "catalog.csv")
    assert list(catalog["document_id"]) == ["werkplan-2023", "werkplan-2030", "werkplan-2031"]
    assert list(catalog["year"]) == [2023, 2030, 2031]
    assert list(catalog["source_file"]) == ["werkplan-kis-2023.pdf", "werkplan-2030.pdf", "werkplan-2031.pdf"]
    assert list(catalog["sha256"]) == [sha256(PDF_2023), sha256(sources / "source_pdfs" / "werkplan-2030.pdf"),
                                       sha256(sources / "source_pdfs" / "werkplan-2031.pdf")]
    assert list(catalog["status"]) == ["current"] * 3
    first = catalog.iloc[0]
    assert (first["page_count"], first["checks_passed"], first["checks_failed"], first["diagnoses"]) == (123, 12, 3, 2)
    assert catalog["seconds"].gt(0).all() and catalog["taken_in_at"].notna().all()


def test_catalog_is_described_and_valid(yearly):
    out, _ = yearly
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    [resource] = package["resources"]
    assert (resource["path"], resource["schema"]["primaryKey"]) == ("catalog.csv", ["sha256"])
    assert resource["hash"] == f"sha256:{sha256(out / 'catalog.csv')}"
    document = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, json.loads((out / "schemas" / "catalog.schema.json").read_text(encoding="utf-8")))
    assert [r["document_id"] for r in document["records"]] == ["werkplan-2023", "werkplan-2030", "werkplan-2031"]


def test_consecutive_years_are_compared(yearly):
    out, result = yearly
    assert sorted(p.name for p in (out / "compare").iterdir()) == ["werkplan-2023-vs-werkplan-2030",
                                                                    "werkplan-2030-vs-werkplan-2031"]
    assert f"comparison written to {out / 'compare' / 'werkplan-2030-vs-werkplan-2031'}" in result.output
    folder = out / "compare" / "werkplan-2030-vs-werkplan-2031"
    assert (folder / "onderdelen.csv").read_text() == "onderdeel,amount_a,amount_b,change\nB,7350,6080,-1270\n"
    assert (folder / "projects.csv").read_text() == (
        "change,project_a,project_b,title_a,title_b\nunchanged,1.1,1.1,Vaders,Vaders\n"
        "removed,1.2,,Scholen,\nadded,,1.3,,Werkgevers\n")
    catalog = pd.read_csv(out / "catalog.csv", keep_default_na=False)
    assert list(catalog["comparison"]) == ["", "compare/werkplan-2023-vs-werkplan-2030",
                                           "compare/werkplan-2030-vs-werkplan-2031"]


def test_a_second_run_skips_all_three(yearly_copy, sources):
    before = snapshot(yearly_copy)
    result = run(sources / "source_pdfs", PDF_2023, "--out", yearly_copy, "--jobs", 2)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{sources / 'source_pdfs' / 'werkplan-2030.pdf'}: skipped, {yearly_copy / 'werkplan-2030'} holds it already "
        "(--force to run it again)",
        f"{sources / 'source_pdfs' / 'werkplan-2031.pdf'}: skipped, {yearly_copy / 'werkplan-2031'} holds it already "
        "(--force to run it again)",
        f"{PDF_2023}: skipped, {yearly_copy / 'werkplan-2023'} holds it already (--force to run it again)",
        f"0 written, 3 skipped, 0 failed, 0 refused; catalog: {yearly_copy / 'catalog.csv'}",
    ]
    assert snapshot(yearly_copy) == before


def test_an_output_copied_with_its_links_followed_is_published_again(yearly, sources, tmp_path):
    """cp -rL (or copytree) makes OUT/.catalog a real folder: a link cannot replace it (IsADirectoryError)."""
    out = shutil.copytree(yearly[0], tmp_path / "output")  # links followed: every link is a real copy
    assert (out / ".catalog").is_dir() and not (out / ".catalog").is_symlink()
    before = pd.read_csv(out / "catalog.csv")
    result = run(sources / "source_pdfs" / "werkplan-2030.pdf", "--out", out, "--force")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"comparison written to {out / 'compare'}/werkplan-2030-vs-werkplan-2031"
    assert (out / ".catalog").is_symlink() and (out / "werkplan-2030").is_symlink()
    assert [p.name for p in out.glob(".catalog.v-*")] == [os.readlink(out / ".catalog")]  # the copies removed
    after = pd.read_csv(out / "catalog.csv")
    assert list(after["document_id"]) == ["werkplan-2023", "werkplan-2030", "werkplan-2031"]
    assert list(after["sha256"]) == list(before["sha256"])
    assert (after["taken_in_at"] != before["taken_in_at"]).tolist() == [False, True, False]


def test_skipped_documents_the_database_lacks_are_loaded(yearly_copy, sources):
    db = yearly_copy / "werkplan.sqlite"
    first = run(sources / "source_pdfs", PDF_2023, "--out", yearly_copy, "--db", f"sqlite:///{db}")
    assert first.exit_code == 0, first.output
    assert sum(line.startswith("loaded ") for line in first.output.splitlines()) == 3
    again = run(sources / "source_pdfs", PDF_2023, "--out", yearly_copy, "--db", f"sqlite:///{db}")
    assert again.exit_code == 0, again.output
    assert not any(line.startswith("loaded ") for line in again.output.splitlines())
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT document_id, status FROM catalog ORDER BY year").fetchall() == [
            ("werkplan-2023", "current"), ("werkplan-2030", "current"), ("werkplan-2031", "current")]
        assert connection.execute("SELECT COUNT(*) FROM budget_lines WHERE document_id = 'werkplan-2023'"
                                  ).fetchone() == (420,)


def test_a_corrupted_fourth_file_fails_alone(yearly_copy, sources):
    corrupt = sources / "werkplan-2032.pdf"
    before = snapshot(yearly_copy)
    result = CliRunner().invoke(main, ["run", str(sources / "source_pdfs"), str(PDF_2023), str(corrupt),
                                       "--out", str(yearly_copy), "--jobs", "2"])
    assert result.exit_code == 2
    [error] = [line for line in result.output.splitlines() if line.startswith("werkplan: error:")]
    assert error.startswith(f"werkplan: error: {corrupt}: unreadable PDF (")
    assert result.output.splitlines()[-1].startswith("0 written, 3 skipped, 1 failed, 0 refused")
    assert snapshot(yearly_copy) == before  # outputs, catalog and comparisons as they were


def run_on_a_terminal(*args) -> tuple[int, str, str]:
    """``werkplan run ARGS`` in a new process whose stderr is a terminal (a pty of 24 × 100); exit code, out, err."""
    master, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen([*WERKPLAN, "run", *map(str, args)],
                               stdout=subprocess.PIPE, stderr=terminal, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    os.close(terminal)
    err = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        err += chunk
    out = process.stdout.read().decode()
    os.close(master)
    return process.wait(), out, err.decode()


def test_a_failure_does_not_stop_the_worker_beside_it_and_bars_show_on_a_terminal(sources, tmp_path):
    pdf = sources / "source_pdfs" / "werkplan-2030.pdf"
    corrupt = sources / "werkplan-2032.pdf"
    code, out, err = run_on_a_terminal(corrupt, pdf, "--out", tmp_path, "--jobs", 2)
    assert code == 2
    assert f"werkplan: error: {corrupt}: unreadable PDF (" in err
    assert out.splitlines()[-1] == f"1 written, 0 skipped, 1 failed, 0 refused; catalog: {tmp_path / 'catalog.csv'}"
    assert (tmp_path / "werkplan-2030" / "budget_lines.csv").is_file()
    # the worker's progress reached the parent's bar, which knows the PDF's 3 pages
    assert re.search(r"reading werkplan-2030\.pdf: +\d+%\|[^|]*\| [0-3]/3 \[", err), err
    assert "reading werkplan-2032.pdf" not in err  # never opened as a PDF
    # The workers' side processes ended by themselves: no semaphore of theirs is reported leaked after the command.
    assert "leaked" not in err, err


def test_a_reissued_year_needs_replace(yearly_copy, sources):
    reissue = sources / "werkplan-2031-herzien.pdf"
    before = snapshot(yearly_copy)
    refused = run(reissue, "--out", yearly_copy)
    assert refused.exit_code == 2
    assert refused.output.splitlines() == [
        f"werkplan: error: {reissue}: {yearly_copy / 'werkplan-2031'} holds another PDF of 2031 (werkplan-2031.pdf, "
        f"SHA-256 {sha256(sources / 'source_pdfs' / 'werkplan-2031.pdf')[:12]}); --replace to take this one in instead"]
    assert snapshot(yearly_copy) == before

    db = yearly_copy / "werkplan.sqlite"
    loaded = CliRunner().invoke(main, ["load", str(yearly_copy / "werkplan-2031"), "--db", f"sqlite:///{db}"])
    assert loaded.exit_code == 0, loaded.output
    replaced = run(reissue, "--out", yearly_copy, "--replace", "--db", f"sqlite:///{db}")
    assert replaced.exit_code == 0, replaced.output
    assert json.loads((yearly_copy / "werkplan-2031" / "document.json").read_text())["metadata"]["sha256"] == \
        sha256(reissue)
    assert (yearly_copy / "compare" / "werkplan-2030-vs-werkplan-2031" / "onderdelen.csv").read_text() == \
        "onderdeel,amount_a,amount_b,change\nB,7350,6715,-635\n"
    catalog = pd.read_csv(yearly_copy / "catalog.csv")
    of_2031 = catalog[catalog["year"] == 2031]
    assert list(zip(of_2031["source_file"], of_2031["status"], strict=False)) == [
        ("werkplan-2031.pdf", "replaced"), ("werkplan-2031-herzien.pdf", "current")]
    # the database holds the catalog, and every version of 2031 it was given with its load time
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT source_file, status FROM catalog WHERE year = 2031 ORDER BY taken_in_at"
                                  ).fetchall() == list(zip(of_2031["source_file"], of_2031["status"], strict=False))
        loads = connection.execute("SELECT sha256, loaded_at FROM loads WHERE document_id = 'werkplan-2031' "
                                   "ORDER BY load_id").fetchall()
        assert [sha for sha, _ in loads] == [sha256(sources / "source_pdfs" / "werkplan-2031.pdf"), sha256(reissue)]
        assert all(loaded_at for _, loaded_at in loads)
        assert connection.execute("SELECT sha256 FROM documents WHERE year = 2031").fetchall() == [(sha256(reissue),)]


def test_two_pdfs_of_one_year_in_one_run_take_in_the_first(sources, tmp_path):
    first, second = sources / "source_pdfs" / "werkplan-2031.pdf", sources / "werkplan-2031-herzien.pdf"
    result = run_batch([first, second], tmp_path, jobs=1, replace=True)
    assert [o.status for o in result.outcomes] == ["written", "refused"]
    assert result.outcomes[1].message == f"{second}: werkplan-2031 is already taken in from {first} in this run"
    assert pd.read_csv(tmp_path / "catalog.csv")["sha256"].tolist() == [sha256(first)]


# On PYTHONPATH, this makes the batch worker reading werkplan-2031.pdf die by SIGKILL (as the kernel's
# out-of-memory killer ends a process; a segfault in a C library ends it as abruptly) as it starts writing
# its output: the first file it opens in the document's staging folder, with its datasets and report half
# made.  Only in a batch worker (a process multiprocessing spawned); nothing in the code under test knows.
# First it writes down how many other batch workers are alive beside it (in the file "beside").
CRASH_WERKPLAN_2031 = """
import os, signal, sys
from pathlib import Path

def crash(event, args):
    if event == "open" and ".werkplan-2031.staging-" in str(args[0]):
        from bench.memory import children
        beside = [pid for pid in children().get(os.getppid(), []) if pid != os.getpid()
                  and "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")]
        Path(__file__).with_name("beside").write_text(str(len(beside)))
        os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[-1:] == ["--multiprocessing-fork"]:
    sys.addaudithook(crash)
"""


def test_a_worker_that_dies_fails_its_own_document_only(sources, run_2023, tmp_path):
    inbox, hook, out = tmp_path / "inbox", tmp_path / "hook", tmp_path / "out"
    inbox.mkdir()
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(CRASH_WERKPLAN_2031, encoding="utf-8")
    shutil.copy(sources / "source_pdfs" / "werkplan-2031.pdf", inbox)
    build_werkplan(inbox / "werkplan-2033.pdf", 2033, 30, [("1.1", "Vaders", 8)])
    # --jobs 2, in the order given: the bundled PDF (123 pages) and 2031 (3) start together; 2031's worker
    # dies when its reading is done and the bundled PDF's is still reading; 2033 starts in its place.
    process = subprocess.Popen([*WERKPLAN, "run", str(PDF_2023), str(inbox), "--out", str(out), "--jobs", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": f"{hook}{os.pathsep}{ROOT}"})
    seen: set[int] = set()
    while process.poll() is None:
        seen |= descendants(process.pid)
        time.sleep(0.05)
    stdout, stderr = process.communicate()
    ended = time.monotonic()
    assert process.returncode == 1, stderr
    assert (hook / "beside").read_text() == "1"  # the bundled PDF's worker was reading when 2031's died
    assert stderr.splitlines() == [f"werkplan: error: {inbox / 'werkplan-2031.pdf'}: the worker process reading it "
                                   "ended unexpectedly (killed by SIGKILL)"]
    assert stdout.splitlines()[-1] == f"2 written, 0 skipped, 1 failed, 0 refused; catalog: {out / 'catalog.csv'}"
    catalog = read_catalog(out)
    assert catalog[["document_id", "source_file", "status"]].values.tolist() == [
        ["werkplan-2023", PDF_2023.name, "current"], ["werkplan-2033", "werkplan-2033.pdf", "current"]]
    # Nothing of 2031 and no scratch folder is left: only the two documents, their versions and the catalog's.
    assert sorted(p.name for p in out.iterdir() if "2031" in p.name or p.name.startswith(".batch.")) == []
    assert not [p for p in out.rglob("*") if ".staging-" in p.name]
    while alive(seen) and time.monotonic() - ended < 2:
        time.sleep(0.05)
    # the dead worker's own children (fork server, side processes) ended with it
    assert not alive(seen), described(alive(seen))
    # The others' datasets are a single run's.
    singles = {"werkplan-2023": run_2023.output,
               "werkplan-2033": run_pipeline(inbox / "werkplan-2033.pdf", tmp_path / "single").output}
    for document_id, single in singles.items():
        batch, alone = read_folder(out / document_id), read_folder(single)
        assert batch.keys() == alone.keys()
        for name, frame in alone.items():  # the time of each run apart
            pd.testing.assert_frame_equal(batch[name].drop(columns="extracted_at", errors="ignore"),
                                          frame.drop(columns="extracted_at", errors="ignore"),
                                          obj=f"{document_id} {name}")


def test_a_worker_the_runs_end_reaches_while_its_side_processes_end_ends_at_once(monkeypatch, tmp_path):
    """CI saw a killed `--jobs 2` run leave 7 processes alive after 2 s: the run's end (SIGTERM, from the
    kernel as the run died) reached a batch worker waiting for its side processes to end by themselves
    after its PDF.  The signal's SystemExit left that wait and the worker went the way of a normal exit,
    joining its children and collecting pandas' objects.  Now it ends them at once and exits, as when the
    run is found gone before the wait."""
    import pipelines.batch as batch

    ended, parent = [], 4321
    parents = iter([parent])  # the run is there as the worker starts to wait, then gone (init adopts it)

    def killed_while_waiting():
        raise SystemExit(143)  # what the SIGTERM handler raises

    class Exited(BaseException):
        pass

    def exit_now(code):
        raise Exited(code)

    monkeypatch.setattr(batch, "take_in", lambda *args: batch.Outcome(tmp_path / "a.pdf", "written"))
    monkeypatch.setattr(batch, "shutdown", killed_while_waiting)
    monkeypatch.setattr(batch, "end_all", lambda: ended.append("end_all"))
    monkeypatch.setattr(batch.os, "_exit", exit_now)
    monkeypatch.setattr(batch.os, "getppid", lambda: next(parents, 1))
    monkeypatch.setattr(batch, "die_with_parent", lambda *args: None)
    monkeypatch.setattr(batch, "exit_on_terminate", lambda: None)
    # This test's process keeps its handlers, temporary folder, side processes' lifetime and logging.
    for name in ("settle_temporary_folder", "keep_between_runs", "quiet_logging"):
        monkeypatch.setattr(batch, name, lambda *args: None)
    monkeypatch.setattr(batch.signal, "signal", lambda *args: None)

    class Connection:
        def send(self, message):
            pass

    with pytest.raises(Exited) as exited:
        batch._take_in_worker(tmp_path / "a.pdf", tmp_path, None, Connection(), parent)
    assert (exited.value.args, ended) == ((batch.EXIT_TERMINATED,), ["end_all"])
