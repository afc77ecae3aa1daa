"""Scratch folders that go away: removed when their work ends however it ends, and by the next run
when a killed one left them.

A folder in use holds a lock (``flock`` on a file inside it) for as long as the process
that made it lives; the kernel lets go of the lock when that process ends, killed or
not.  So a folder whose lock can be taken is a left-over, and is removed.  A folder
without its lock file is in use only while it is fresh: the lock is made right after
the folder.
"""

from __future__ import annotations

import fcntl
import glob
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".in-use"
# A folder younger than this without its lock file may be one whose maker has not locked it yet.
FRESH_SECONDS = 60.0


@contextmanager
def scratch_folder(prefix: str, parent: str | Path | None = None):
    """A new folder ``<parent>/<prefix>XXXX`` (parent: the system's temporary folder), locked while the
    block runs and removed when it ends; left-overs of killed runs with the same prefix are removed first."""
    sweep(prefix, parent)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        with open(folder / f"{LOCK_FILE}.new", "wb") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            # Named only once locked: a sweep in between finds no lock file in a fresh folder, and leaves it.
            os.rename(folder / f"{LOCK_FILE}.new", folder / LOCK_FILE)
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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
        try:
            return time.time() - folder.stat().st_mtime < FRESH_SECONDS
        except FileNotFoundError:
            return True  # removed meanwhile: nothing to do
