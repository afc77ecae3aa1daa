"""Scratch folders that go away: removed when their work ends however it ends, and by the next run
when a killed one left them.

A folder in use holds a lock (``flock`` on a file inside it) for as long as the process
that made it lives; the kernel lets go of the lock when that process ends, killed or
not.  So a folder whose lock can be taken is a left-over, and is removed.  A folder
without its lock file (its maker killed between making it and locking it) is in use
only while the process its name holds the number of lives (``<prefix><pid>-XXXXXXXX``), or,
in a name without one, while it is fresh: the lock is made right after the folder.
"""

from __future__ import annotations

import fcntl
import glob
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from multiprocessing.util import Finalize
from pathlib import Path

LOCK_FILE = ".in-use"
# A folder younger than this without its lock file may be one whose maker has not locked it yet.
FRESH_SECONDS = 60.0


@contextmanager
def scratch_folder(prefix: str, parent: str | Path | None = None):
    """A new folder ``<parent>/<prefix>XXXX`` (parent: the system's temporary folder), locked while the
    block runs and removed when it ends; left-overs of killed runs with the same prefix are removed first."""
    folder, lock = _locked_folder(prefix, parent)
    try:
        with lock:
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def process_folder(prefix: str) -> Path:
    """This process's folder ``<tmp>/<prefix>XXXX``, made on the first call: locked for as long as the process
    lives, and removed as it ends normally (by multiprocessing's last exit step, after multiprocessing's own
    clean-up) or by a later sweep once it has ended in any other way (killed, ``os._exit``)."""
    if _PROCESS_FOLDERS.get(prefix, (None, -1))[1] != os.getpid():  # none yet, or the parent's (forked)
        folder, lock = _locked_folder(prefix, None)
        _PROCESS_LOCKS.append(lock)  # the lock lasts as long as its open file: the process's life
        Finalize(None, shutil.rmtree, args=(folder, True), exitpriority=_AFTER_MULTIPROCESSING)
        _PROCESS_FOLDERS[prefix] = (folder, os.getpid())
    return _PROCESS_FOLDERS[prefix][0]


# multiprocessing removes its own temporary folder at priority -100; this one may hold it.
_AFTER_MULTIPROCESSING = -200
_PROCESS_FOLDERS: dict[str, tuple[Path, int]] = {}
_PROCESS_LOCKS: list = []


def settle_temporary_folder() -> None:
    """Fix this process's temporary folder (``tempfile.tempdir``) the way Python would, without its probe.

    On a process's first use Python tries each candidate folder by writing a file with a random name
    (``lr8e56kn``) and removing it; a process killed in between leaves that file behind, where nothing
    would ever sweep it.  The same candidates in the same order (``TMPDIR``, ``TEMP``, ``TMP``, the
    system's folders, the working folder), tried by their access rights, write nothing.  Called first by
    every process a run starts.
    """
    if tempfile.tempdir is not None:
        return
    candidates = [os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")]
    for folder in [*filter(None, candidates), "/tmp", "/var/tmp", "/usr/tmp", os.getcwd()]:
        if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            tempfile.tempdir = os.path.abspath(folder)
            return


def _locked_folder(prefix: str, parent: str | Path | None):
    """A new folder and its open, locked lock file; left-overs of ended processes are removed first."""
    sweep(prefix, parent)
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))
    try:
        lock = open(folder / f"{LOCK_FILE}.new", "wb")
        fcntl.flock(lock, fcntl.LOCK_EX)
        # Named only once locked: a sweep in between finds no lock file in a fresh folder, and leaves it.
        os.rename(folder / f"{LOCK_FILE}.new", folder / LOCK_FILE)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, lock


def sweep(prefix: str, parent: str | Path | None = None) -> list[Path]:
    """Remove the folders ``<parent>/<prefix>*`` that no live process holds; return them."""
    removed = []
    for folder in Path(parent or tempfile.gettempdir()).glob(f"{glob.escape(prefix)}*"):
        if folder.is_dir() and not folder.is_symlink() and not in_use(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def in_use(folder: Path) -> bool:
    try:
        with open(folder / LOCK_FILE, "rb") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(lock, fcntl.LOCK_UN)
            return False
    except FileNotFoundError:
        # Its maker may not have locked it yet; a maker killed before it did left it for good (the kill test,
        # CI on 3.13: a run's folder left by a killed run and kept by the next run, started within a minute).
        if maker := _MAKER.search(folder.name):
            return _alive(int(maker.group(1)))
        try:
            return time.time() - folder.stat().st_mtime < FRESH_SECONDS
        except FileNotFoundError:
            return True  # removed meanwhile: nothing to do


# The number of the process that made a folder, in its name: <prefix><pid>-<mkdtemp's eight letters>.
_MAKER = re.compile(r"(\d+)-[a-z0-9_]{8}$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's
    return True
