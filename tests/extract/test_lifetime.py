"""How an ended process is said: the words a dead batch worker's or side process's one line gives."""

import os
import signal
import subprocess
import sys
import time

import pytest

from extract.lifetime import how_it_ended
from tests.conftest import ROOT


@pytest.mark.parametrize("end, said", [
    ("os._exit(3)", "exit code 3"),
    ("os.kill(os.getpid(), signal.SIGSEGV)", "killed by SIGSEGV"),  # as a segfault in a C library ends it
    ("os.kill(os.getpid(), signal.SIGRTMIN + 1)", f"killed by signal {signal.SIGRTMIN + 1}"),
])
def test_how_a_process_ended_is_said_in_words(end, said, tmp_path):
    no_core = "resource.setrlimit(resource.RLIMIT_CORE, (0, 0))"
    ended = subprocess.run([sys.executable, "-c", f"import os, resource, signal; {no_core}; {end}"], cwd=tmp_path,
                           check=False)
    assert how_it_ended(ended.returncode) == said


def test_a_sigterm_while_terminate_is_held_is_handled_at_the_blocks_end():
    from extract.lifetime import terminate_held

    received = []
    earlier = signal.signal(signal.SIGTERM, lambda *_: received.append("SIGTERM"))
    try:
        with terminate_held():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)  # time for the signal to arrive
            assert received == []
        assert received == ["SIGTERM"]
    finally:
        signal.signal(signal.SIGTERM, earlier)


# A process whose SIGTERM exception is lost: raised in a __del__ the garbage collector calls, it is
# printed and dropped, and the process would go on for good.
LOSES_ITS_SIGTERM = """
import gc, os, signal, sys, time
from extract.lifetime import exit_on_terminate

class Garbage:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.01)  # the handler runs here, in __del__

exit_on_terminate()
garbage = Garbage()
garbage.cycle = garbage
del garbage
gc.collect()
print("went on", flush=True)
time.sleep(30)
"""


def test_a_process_ended_by_sigterm_ends_within_its_grace_also_when_the_exception_is_lost(tmp_path):
    from extract.lifetime import TERMINATE_GRACE_SECONDS

    started = time.monotonic()
    ended = subprocess.run([sys.executable, "-c", LOSES_ITS_SIGTERM], cwd=tmp_path, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=20, check=False)
    took = time.monotonic() - started
    assert "went on" in ended.stdout  # the exception was lost indeed
    assert "SystemExit" in ended.stderr
    assert ended.returncode == 128 + signal.SIGTERM
    assert TERMINATE_GRACE_SECONDS <= took < 10  # ended by the deadline, not by the 30 s sleep's end


# pypdfium2's tracker as a signal's exception leaves it when raised half-way through closing an
# object: the object is gone, its entry is not.  Then the process is ended by a signal.
PDFIUM_CLOSE_CUT_SHORT = """
import os, signal, sys, time, weakref
from pypdfium2.internal import bases

class Closed:
    pass

gone = Closed()
bases.ObjectTracker[Closed].add(weakref.ref(gone))
del gone
{end}
"""

ENDED_BY_SIGTERM = """
from extract.lifetime import exit_on_terminate
exit_on_terminate()
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(5)
"""

ENDED_BY_THE_COMMANDS_SIGTERM = """
import click
from pipelines.cli import ReportingGroup, Terminated

@click.group(cls=ReportingGroup)
def group():
    pass

@group.command()
def work():
    raise Terminated

group(["work"])
"""


@pytest.mark.parametrize("end, code, said", [
    (ENDED_BY_SIGTERM, 143, ""),
    (ENDED_BY_THE_COMMANDS_SIGTERM, 143, "werkplan: error: terminated (SIGTERM); nothing half-written was published\n"),
], ids=["a worker's SIGTERM", "the command's SIGTERM"])
def test_a_signals_ending_leaves_pdfiums_exit_handler_silent(end, code, said, tmp_path):
    ended = subprocess.run([sys.executable, "-c", PDFIUM_CLOSE_CUT_SHORT.format(end=end)], cwd=tmp_path,
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=20,
                           check=False)
    assert (ended.returncode, ended.stderr) == (code, said)
