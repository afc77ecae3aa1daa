"""The ``werkplan run`` command's work in a process forked from the fork server (pipelines.apart)."""

import os
import subprocess
import sys

import pytest

from extract.pdf.workers import start_worker_server, worker_context
from pipelines.apart import RemoteTraceback, call_apart
from pipelines.errors import OutputError
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


def _send_parent(connection) -> None:
    connection.send(os.getppid())


def parents_of_work_and_its_child(progress) -> tuple[int, int]:
    """In the work's process: its parent, and the parent of a process it starts (as a run starts its own)."""
    progress("pages", 1, 2)
    context = worker_context()
    start_worker_server()
    ours, theirs = context.Pipe(duplex=False)
    child = context.Process(target=_send_parent, args=(theirs,))
    child.start()
    theirs.close()
    parent = ours.recv()
    child.join()
    return os.getppid(), parent


def refuse_the_folder(folder: str, progress) -> None:
    raise OutputError(f"{folder}: cannot write the output here")


def test_the_work_and_the_processes_it_starts_are_forked_by_one_server():
    said = []
    work_parent, child_parent = call_apart(parents_of_work_and_its_child, (), lambda *done: said.append(done))
    assert work_parent != os.getpid()  # the fork server, not this process
    assert child_parent == work_parent  # not a second server of the work's own (pandas imported again)
    assert said == [("pages", 1, 2)]


def test_the_works_error_is_raised_with_its_traceback():
    with pytest.raises(OutputError, match="^/nergens: cannot write the output here$") as raised:
        call_apart(refuse_the_folder, ("/nergens",), None)
    assert isinstance(raised.value.__cause__, RemoteTraceback)
    assert 'raise OutputError(f"{folder}: cannot write the output here")' in str(raised.value.__cause__)


IMPORTS_AT_EXIT = ("import atexit, sys; atexit.register(lambda: print('imported:', "
                   "[m for m in ('pandas', 'extract.pdf.reader') if m in sys.modules], file=sys.stderr)); "
                   "from pipelines.cli import command; command()")


def test_the_run_commands_own_process_imports_neither_pandas_nor_the_reader(tmp_path):
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    done = subprocess.run([sys.executable, "-c", IMPORTS_AT_EXIT, "run", str(pdf), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "imported: []"
    assert f"datasets written to {tmp_path / 'out' / 'werkplan-2030'}" in done.stdout
    assert (tmp_path / "out" / "werkplan-2030" / "budget_lines.csv").is_file()
