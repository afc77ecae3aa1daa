"""Side processes are started once per Python process, answer in order, and are replaced when gone."""

import os
import signal
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest

from expectations.verify.checks import Check, Equation
from extract.scratch import in_use, sweep
from pipelines.processes import SIDE_FOLDER_PREFIX, SideProcess, end_all, keep_between_runs, shutdown, side_process


def _check(actual: int, expected: int) -> Check:
    """A printed total ``actual`` against the sum ``expected`` of a row printed as 1 and one printed as the rest."""
    equation = Equation(left=(("t/total", actual),), right=(("t/a", 1), ("t/b", expected - 1)))
    frame = pd.DataFrame({"actual": [actual], "expected": [expected], "subject": ["t"], "evidence": [[]],
                          "pages": ["1"], "detail": [""], "equation": [equation]})
    return Check(name="som", group="g", description="d", kind="pair", frame=frame)


def test_later_runs_reuse_the_process_and_get_their_own_answers():
    first = side_process("great-expectations")
    [passed], nothing_wrong = first.call(([_check(3, 3)], None))
    second = side_process("great-expectations")
    [failed], wrong = second.call(([_check(3, 4)], None))
    assert second is first and second._process.pid != os.getpid()
    assert (passed.status, failed.status, failed.failed) == ("passed", "failed", 1)
    # The localization comes with the suites: any one of the three numbers, changed, makes 3 = 1 + 3 hold.
    assert nothing_wrong.sets == []
    assert sorted((c.number_id, c.printed, c.consistent) for [c] in wrong.sets) == [
        ("t/a", 1, 0), ("t/b", 3, 2), ("t/total", 3, 4)]


# camelot's process starts faster than great-expectations': the tests of replacing use it.
NOTHING_TO_READ = ("/nonexistent.pdf", [], set())  # no budget tables: no page is read


def test_a_process_that_ended_is_replaced():
    old = side_process("camelot")
    old.close()
    new = side_process("camelot")
    assert new is not old and new.usable
    readings, seconds = new.call(NOTHING_TO_READ)
    assert readings == [] and seconds >= 0


def test_a_process_left_waiting_by_an_interrupted_run_is_replaced():
    """An answer still on its way would be taken for the next run's: such a process is not used again."""
    old = side_process("camelot")
    old.submit(NOTHING_TO_READ)  # the run stops here, never taking the answer
    new = side_process("camelot")
    assert new is not old and not old._process.is_alive()
    assert new.call(NOTHING_TO_READ)[0] == []


def test_an_error_in_the_checks_reaches_the_caller_and_the_process_stays():
    checker = side_process("great-expectations")
    with pytest.raises(ValueError, match="unknown check kind 'nonsense'"):
        checker.call(([Check(name="x", group="g", description="d", kind="nonsense", frame=pd.DataFrame({"a": [1]}))],
                      None))
    assert side_process("great-expectations") is checker
    [result], _ = checker.call(([_check(2, 2)], None))
    assert result.status == "passed"


def test_a_process_killed_is_said_in_one_line_and_replaced():
    reader = side_process("camelot")
    os.kill(reader._process.pid, signal.SIGKILL)  # as the kernel's out-of-memory killer would
    reader._process.join()
    with pytest.raises(RuntimeError, match=r"^the camelot process ended unexpectedly \(killed by SIGKILL\)$"):
        reader.call(NOTHING_TO_READ)
    assert side_process("camelot") is not reader


def test_shutdown_lets_every_process_end_by_itself():
    """Not killed: each ends its own way (its temporary folder is removed as it ends)."""
    started = [side_process(kind) for kind in ("camelot", "great-expectations")]
    shutdown()
    assert [process._process.exitcode for process in started] == [0, 0]
    assert side_process("camelot") not in started  # the next run starts new ones


def test_end_all_ends_every_process_at_once_even_one_still_importing():
    """A batch worker whose run was killed: great-expectations' process, just started, is importing its
    libraries (seconds) and not reading its requests; it is not waited for."""
    started = [side_process(kind) for kind in ("camelot", "great-expectations")]
    asked = time.monotonic()
    end_all()
    took = time.monotonic() - asked
    assert not any(process._process.is_alive() for process in started)
    assert took < 1.5, f"end_all took {took:.2f} s"  # half a second of grace, then SIGKILL; not the 5 s of shutdown
    assert side_process("camelot") not in started


def test_a_process_not_kept_between_runs_ends_once_it_has_answered():
    """The werkplan command and a batch worker run one document: the process's memory goes back at once."""
    keep_between_runs(False)
    try:
        reader = side_process("camelot")
        assert reader.call(NOTHING_TO_READ)[0] == []
        reader._process.join(timeout=5)
        assert reader._process.exitcode == 0  # it ended by itself, not killed
        assert side_process("camelot") is not reader  # the next run starts a new one
    finally:
        keep_between_runs(True)


def test_what_a_side_process_leaves_in_its_temporary_folder_goes_with_it_even_killed():
    """great-expectations' context makes a folder with mkdtemp() at every run's checks; a process killed meanwhile
    (end_all kills one that has not ended half a second after SIGTERM) left it in the system's temporary folder
    (the kill test, CI on 3.13: ``tmpbfy9edo4``)."""
    killed, ended = (SideProcess("probe", dict, tempfile.mkdtemp) for _ in range(2))
    made = {process: Path(process.call("")) for process in (killed, ended)}
    for process, folder in made.items():
        own = folder.parent
        assert own.parent == Path(tempfile.gettempdir())
        assert own.name.startswith(f"{SIDE_FOLDER_PREFIX}{process._process.pid}-") and in_use(own)
    os.kill(killed._process.pid, signal.SIGKILL)
    killed._process.join()
    ended.stop()  # it ends by itself: its folder goes with it
    assert ended._process.exitcode == 0 and not made[ended].parent.exists()
    assert made[killed].parent in sweep(SIDE_FOLDER_PREFIX)  # as the next side process's start does
    assert not made[killed].parent.exists()
