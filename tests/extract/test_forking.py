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
print("written before the forks")
for code in ["raise SystemExit(3)", "import sys; sys.stdout.flush()", "1 / 0"]:
    helper = _fork_helper(sys.executable, [sys.executable, "-c", code], [])
    print(os.waitstatus_to_exitcode(os.waitpid(helper, 0)[1]))
"""


def test_a_forked_helper_ends_as_a_new_interpreter_would():
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    ran = subprocess.run([sys.executable, "-c", FORKS_HELPERS], capture_output=True, text=True, cwd=ROOT,
                         env={**buffered, "PYTHONPATH": str(ROOT)}, check=True)
    # Exit status 3, 0 and 1 (an exception); the parent's buffered line and its exit handler once, from it alone.
    assert ran.stdout.splitlines() == ["written before the forks", "3", "0", "1", "the parent's exit handler"]
    assert ran.stderr.count("Traceback") == 1 and ran.stderr.rstrip().endswith("ZeroDivisionError: division by zero")
