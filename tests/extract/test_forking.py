"""multiprocessing's helpers forked from the run's process: forked only where that is safe, and left as a new
interpreter would be (no file, signal handler or exit handler of the parent's)."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Starts the fork server the way a run does, says what the test looks at, and waits for its stdin to close.
STARTS_THE_SERVER = """
import fcntl, json, signal, sys, threading
from multiprocessing import forkserver
from extract.pdf.workers import start_worker_server

held = open(sys.argv[1], "wb")
fcntl.flock(held, fcntl.LOCK_EX)
signal.signal(signal.SIGTERM, lambda *_: None)
if sys.argv[2] == "with a thread":
    threading.Thread(target=sys.stdin.read, daemon=True).start()
start_worker_server()
print(json.dumps({"server": forkserver._forkserver._forkserver_pid}), flush=True)
sys.stdin.read()
"""


def started_server(tmp_path: Path, threads: str) -> tuple[subprocess.Popen, int]:
    starter = subprocess.Popen([sys.executable, "-c", STARTS_THE_SERVER, str(tmp_path / "held.lock"), threads],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)})
    return starter, json.loads(starter.stdout.readline())["server"]


def caught_signals(pid: int) -> set[int]:
    status = Path(f"/proc/{pid}/status").read_text()
    mask = int(status.split("SigCgt:")[1].split()[0], 16)
    return {number for number in range(1, 65) if mask >> (number - 1) & 1}


@pytest.mark.parametrize("threads, forked", [("alone", True), ("with a thread", False)])
def test_the_fork_server_is_forked_from_a_process_that_has_no_other_thread(threads, forked, tmp_path):
    starter, server = started_server(tmp_path, threads)
    try:
        waited = time.monotonic()
        # The server handles SIGCHLD once it has imported its modules and serves.
        while signal.SIGCHLD not in (caught := caught_signals(server)) and time.monotonic() - waited < 30:
            time.sleep(0.05)
        command = Path(f"/proc/{server}/cmdline").read_bytes()
        open_files = [os.path.realpath(f"/proc/{server}/fd/{fd}") for fd in os.listdir(f"/proc/{server}/fd")]
    finally:
        starter.stdin.close()
        starter.wait(timeout=60)
        starter.stdout.close()
    assert signal.SIGCHLD in caught
    # Forked, it has the starter's command line; started anew, multiprocessing's own.
    assert (b"from multiprocessing.forkserver import main" not in command) is forked
    assert str(tmp_path / "held.lock") not in open_files  # the starter's lock is not held on by the server
    assert signal.SIGTERM not in caught  # the starter's handler is not the server's


# Forks helpers that end in three ways, after writing a line this process has not flushed; an exit handler
# of this process's says when it runs.
FORKS_HELPERS = """
import atexit, os, sys
from extract.forking import _fork_helper

atexit.register(print, "the parent's exit handler")
held = open(sys.argv[1], "w")
print("written before the forks")
seen = f"import os; print(os.readlink('/proc/self/fd/{held.fileno()}'), flush=True)"
for code in ["raise SystemExit(3)", "import sys; sys.stdout.flush()", "1 / 0", seen]:
    helper = _fork_helper(sys.executable, [sys.executable, "-c", code], [])
    print(os.waitstatus_to_exitcode(os.waitpid(helper, 0)[1]))
"""


def test_a_forked_helper_ends_as_a_new_interpreter_would(tmp_path):
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    ran = subprocess.run([sys.executable, "-c", FORKS_HELPERS, str(tmp_path / "held")], capture_output=True,
                         text=True, cwd=ROOT, env={**buffered, "PYTHONPATH": str(ROOT)}, check=True)
    # Exit status 3, 0 and 1 (an exception); the parent's buffered line and its exit handler once, from it alone.
    # A file the parent holds is /dev/null in the helper: its number is not the helper's next file.
    assert ran.stdout.splitlines() == ["written before the forks", "3", "0", "1", "/dev/null", "0",
                                       "the parent's exit handler"]
    assert ran.stderr.count("Traceback") == 1 and ran.stderr.rstrip().endswith("ZeroDivisionError: division by zero")


# A program that goes on after a run: a cycle of objects it held as the fork server was forked is collected once it
# is garbage (frozen, it never would be).  A process with no later run freezes them, so they stay shared.
KEEPS_A_CYCLE = """
import gc, sys, weakref
from pipelines.processes import keep_between_runs
from extract.pdf.workers import start_worker_server

class Node:
    def __init__(self):
        self.me = self

keep_between_runs(sys.argv[1] == "goes on")
node = Node()
alive = weakref.ref(node)
start_worker_server()
del node
gc.collect()
print(alive() is not None, gc.get_freeze_count() > 0)
"""


@pytest.mark.parametrize("process, kept_and_frozen", [("goes on", "False False"), ("ends", "True True")])
def test_only_a_process_that_ends_after_its_run_freezes_its_objects(process, kept_and_frozen):
    ran = subprocess.run([sys.executable, "-c", KEEPS_A_CYCLE, process], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert ran.stdout.strip() == kept_and_frozen


# Standard streams that are not the standard descriptors (pytest's capture writes to a file of its own) or none (a
# command started with its standard output closed), and a process forked by the server that starts a server of its
# own: each has its workers run.
STARTS_WORKERS = """
import logging, sys
from extract.pdf.workers import start_worker_server, worker_context

if sys.argv[1] == "streams elsewhere":
    sys.stdout, sys.stderr = open(sys.argv[2] + "/out", "w"), open(sys.argv[2] + "/err", "w")
    logging.basicConfig(stream=sys.stderr)  # pytest's log handler too
elif sys.argv[1] == "no standard output":
    sys.stdout = None
start_worker_server()
if sys.argv[1] == "nested":
    from nesting import nested
for _ in range(2):  # the second after the first wrote through the caller's handler
    worker = worker_context().Process(target=nested if sys.argv[1] == "nested" else logging.warning, args=("x",))
    worker.start()
    worker.join(60)
    sys.__stderr__.write(f"exit code {worker.exitcode}; ")
"""


NESTING = """
from extract.pdf.workers import start_worker_server, worker_context

def nested(_):
    start_worker_server()  # in a process the server forked: its own server is started anew
    with worker_context().Pool(1) as pool:
        assert pool.map(abs, [-1, -2]) == [1, 2]
"""


@pytest.mark.parametrize("case", ["streams elsewhere", "no standard output", "nested"])
def test_the_server_forked_runs_its_workers_whatever_the_callers_streams_and_origin(case, tmp_path):
    (tmp_path / "nesting.py").write_text(NESTING)
    ran = subprocess.run([sys.executable, "-c", STARTS_WORKERS, case, str(tmp_path)], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"}, timeout=120)
    assert (ran.returncode, ran.stderr) == (0, "exit code 0; exit code 0; ")
    if case == "streams elsewhere":  # what the workers wrote through the caller's streams went nowhere
        assert (tmp_path / "err").read_text() == ""
