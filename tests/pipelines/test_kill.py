"""``werkplan run`` killed at random moments (seeded): SIGKILL, SIGTERM, SIGINT to its process group.

After each kill no process the run started is alive 2 s later (every descendant seen
while it ran is looked up in /proc), SIGTERM and SIGINT end it with one line and exit
143 or 130, and the published output is the earlier one or the new one, whole.  After
the kills, the next run publishes and leaves no staging folder behind, and nothing in the
temporary folder (its own, ``TMPDIR``): multiprocessing's socket folders and the like of the killed
runs are gone with it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from bench.memory import alive, descendants, described
from extract.scratch import LOCK_FILE, in_use
from pipelines.output.folder import read_folder
from tests.conftest import ROOT, WERKPLAN
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

SEED = 18
GRACE_SECONDS = 2.0
# (signal, how many moments) per case; the moments fall where the run starts its processes, reads,
# validates and writes (a small werkplan takes 3 to 8 s on a loaded two-core machine).
KILLS = [(signal.SIGKILL, 4), (signal.SIGTERM, 3), (signal.SIGINT, 3)]
# Seconds after the run started its first process: its signal handlers are set by then.  (Counted from
# the command's start, the moment would depend on how long Python takes to import on a loaded machine.)
EARLIEST, LATEST = 0.2, 4.5
EXIT_CODES = {signal.SIGTERM: 143, signal.SIGINT: 130}
STAGING = (".batch.", ".catalog.staging-", ".werkplan-2030.staging-", ".werkplan-2031.staging-")


def start(args: list[str], temporary: Path) -> subprocess.Popen:
    return subprocess.Popen([*WERKPLAN, "run", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temporary)},
                            start_new_session=True)


def kill_at(process: subprocess.Popen, how: int, moment: float) -> set[int]:
    """Send ``how`` at ``moment`` s after the run started its first process (SIGINT to the process
    group, as Ctrl-C does); the descendants seen meanwhile."""
    seen: set[int] = set()
    while not seen and process.poll() is None:
        seen |= descendants(process.pid)
        time.sleep(0.02)
    started = time.monotonic()
    while time.monotonic() - started < moment and process.poll() is None:
        seen |= descendants(process.pid)
        time.sleep(0.02)
    if process.poll() is None:
        seen |= descendants(process.pid)
        if how == signal.SIGINT:
            os.killpg(process.pid, how)
        else:
            process.send_signal(how)
    return seen


def _held(temporary: Path) -> list[str]:
    """The run folders in ``temporary`` a live process holds locked."""
    return sorted(path.name for path in temporary.iterdir() if (path / LOCK_FILE).exists() and in_use(path))


def published_whole(out: Path) -> list[str]:
    """The documents published in ``out``, each read whole (read_folder checks every file against
    datapackage.json); raises if one is not."""
    return sorted(path.name for path in out.iterdir() if path.name.startswith("werkplan-") and read_folder(path))


def left_staging(out: Path) -> list[str]:
    return sorted(path.name for path in out.iterdir() if path.name.startswith(STAGING))


def blocks(year: int):
    rows = budget_block([("Movisie", [("Senior", 95, 30)], 10, 22)], 500)
    return small_werkplan(year, [(1, "Jongeren", [("1.1", "Vaders", rows)])])


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdfs")
    for year in (2030, 2031):
        build_pdf(folder / f"werkplan-{year}.pdf", blocks(year))
    return folder


@pytest.fixture
def temporary():
    """A temporary folder for the runs, short: a fork server's socket path under it must fit 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="kill-"))
    yield folder
    shutil.rmtree(folder)


@pytest.mark.parametrize("case", ["one PDF", "a folder with --jobs 2"])
def test_a_killed_run_leaves_no_process_and_no_folder_behind(case, pdfs, tmp_path, temporary):
    out = tmp_path / "out"
    args = [str(pdfs / "werkplan-2030.pdf")] if case == "one PDF" else [str(pdfs), "--jobs", "2"]
    args += ["--out", str(out), "--force"]
    chance = random.Random(f"{SEED}-{case}")
    moments = [(how, chance.uniform(EARLIEST, LATEST)) for how, count in KILLS for _ in range(count)]
    chance.shuffle(moments)
    for how, moment in moments:
        before = published_whole(out) if out.exists() else []
        process = start(args, temporary)
        seen = kill_at(process, how, moment)
        _, stderr = process.communicate(timeout=60)
        ended = time.monotonic()
        while alive(seen) and time.monotonic() - ended < GRACE_SECONDS:
            time.sleep(0.05)
        where = f"{signal.Signals(how).name} at {moment:.2f} s"
        assert not alive(seen), f"{where}: processes left alive:\n" + "\n".join(described(alive(seen)))
        if process.returncode == 0:  # the run ended before the signal
            assert stderr == "", where
        elif how == signal.SIGKILL:
            assert process.returncode == -signal.SIGKILL, (where, stderr)
        else:
            assert process.returncode == EXIT_CODES[how], (where, process.returncode, stderr)
            assert len(stderr.splitlines()) == 1, (where, stderr)
            assert stderr.startswith(f"werkplan: error: {'interrupted' if how == signal.SIGINT else 'terminated'}")
        if out.exists():
            assert set(before) <= set(published_whole(out)), where
    # Every process of the killed runs has ended, also one forked as a run ended, after the processes seen
    # at the signal were looked at: none holds its folder's lock.  The next run's sweep removes only folders
    # no live process holds (CI, 3.13: one held at that sweep was left after the run below).
    ended = time.monotonic()
    while (held := _held(temporary)) and time.monotonic() - ended < GRACE_SECONDS:
        time.sleep(0.05)
    assert held == [], f"folders a process of a killed run still holds: {held}"
    process = start(args, temporary)
    _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr) == (0, "")
    expected = ["werkplan-2030"] if case == "one PDF" else ["werkplan-2030", "werkplan-2031"]
    assert published_whole(out) == expected
    assert left_staging(out) == []
    assert sorted(path.name for path in temporary.iterdir()) == []

