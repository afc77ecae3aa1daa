"""Scratch folders: removed when their work ends however it ends, and by the next run when a killed one left them."""

import os
import subprocess
import sys
import time

import pytest

from extract.scratch import LOCK_FILE, scratch_folder, sweep
from tests.conftest import ROOT

HOLDER = """
import sys, time
from extract.scratch import scratch_folder
with scratch_folder(".work.", sys.argv[1]) as folder:
    print(folder, flush=True)
    time.sleep(600)
"""


def test_a_folder_is_removed_when_its_block_ends_even_by_an_error(tmp_path):
    with pytest.raises(RuntimeError), scratch_folder(".work.", tmp_path) as folder:
        (folder / "half-written.csv").write_text("a,b\n")
        raise RuntimeError("the run failed")
    assert list(tmp_path.iterdir()) == []


def test_a_killed_holders_folder_is_swept_and_a_live_ones_is_kept(tmp_path):
    holders = [subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True,
                                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}) for _ in range(2)]
    killed, live = (holder.stdout.readline().strip() for holder in holders)
    holders[0].kill()
    holders[0].wait()
    try:
        assert sweep(".work.", tmp_path) == [tmp_path / os.path.basename(killed)]
        assert sorted(p.name for p in tmp_path.iterdir()) == [os.path.basename(live)]
    finally:
        holders[1].kill()
        holders[1].wait()


def test_a_folder_without_its_lock_file_is_kept_while_fresh(tmp_path):
    fresh, old = tmp_path / ".work.fresh", tmp_path / ".work.old"
    fresh.mkdir()
    old.mkdir()
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert sweep(".work.", tmp_path) == [old]
    assert not (fresh / LOCK_FILE).exists() and fresh.is_dir()


def test_a_folder_without_its_lock_file_whose_maker_has_ended_is_swept_though_fresh(tmp_path):
    # The kill test (CI on 3.13): a run killed between making its folder and locking it left the folder, which the
    # next run, started within the minute a fresh folder is kept, did not sweep.  The maker's number is in the
    # folder's name: a live maker's folder is kept, an ended one's swept.
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True).stdout.strip()
    left, making = tmp_path / f".work.{ended}-abcd_123", tmp_path / f".work.{os.getpid()}-abcd_123"
    left.mkdir()
    making.mkdir()
    assert sweep(".work.", tmp_path) == [left]
    assert making.is_dir()
    with scratch_folder(".work.", tmp_path) as folder:
        assert folder.name.startswith(f".work.{os.getpid()}-")


PROCESS_HOLDER = """
import os, sys
from extract.scratch import process_folder
folder = process_folder(".process.")
assert process_folder(".process.") == folder  # one per process
print(folder, flush=True)
if sys.argv[1] == "killed":
    sys.stdin.readline()
"""


@pytest.mark.parametrize("end", ["normal", "killed"])
def test_a_process_folder_goes_with_its_process_or_with_the_next_sweep(end, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", PROCESS_HOLDER, end], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)})
    folder = holder.stdout.readline().strip()
    assert os.path.dirname(folder) == str(tmp_path) and os.path.basename(folder).startswith(".process.")
    if end == "killed":
        assert sweep(".process.", tmp_path) == []  # alive: kept
        holder.kill()
    holder.wait()
    assert os.path.isdir(folder) == (end == "killed")
    assert sweep(".process.", tmp_path) == ([tmp_path / os.path.basename(folder)] if end == "killed" else [])
    assert list(tmp_path.iterdir()) == []


SETTLER = """
import tempfile
from extract.scratch import settle_temporary_folder

def probe():
    raise AssertionError("Python's probe file was written")

tempfile._get_default_tempdir = probe  # what Python calls to find the folder, writing a file in each candidate
settle_temporary_folder()
print(tempfile.gettempdir())
"""


@pytest.mark.parametrize("variable", ["TMPDIR", "TMP"])
def test_the_temporary_folder_is_the_one_python_would_pick_and_no_probe_file_is_written(variable, tmp_path):
    # A run killed while Python's probe file existed left it in TMPDIR (CI, the kill test: "lr8e56kn").
    environment = {name: value for name, value in os.environ.items() if name not in ("TMPDIR", "TEMP", "TMP")}
    settled = subprocess.run([sys.executable, "-c", SETTLER], capture_output=True, text=True, cwd=ROOT, check=True,
                             env={**environment, "PYTHONPATH": str(ROOT), variable: str(tmp_path)})
    assert settled.stdout.strip() == str(tmp_path)
    missing = subprocess.run([sys.executable, "-c", SETTLER], capture_output=True, text=True, cwd=ROOT, check=True,
                             env={**environment, "PYTHONPATH": str(ROOT), variable: str(tmp_path / "gone")})
    assert missing.stdout.strip() == "/tmp"  # a folder named that does not exist is passed over, as Python does
