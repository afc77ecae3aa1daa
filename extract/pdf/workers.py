"""Where a run's processes come from: a fork server that imported the reader and pandas.

Page workers (and the run's side processes, :mod:`pipelines.processes`) are forked
from a server process that imported :mod:`extract.pdf.reader` and pandas, never
from the caller: a run's process holds threads (progress, the side processes'
pipes), and a fork copies their locks (Python 3.12 and later warn of the
deadlocks that can follow).  What the server imported is shared by every
process forked from it, page for page, until one of them writes to a page.
The server itself is forked from the caller once the caller has imported the
same modules, while it has no other thread (:mod:`extract.forking`): then
pandas and numpy, some 60 MiB, are in memory once for the caller, the server and
the side processes.  The server is started by the first read, or ahead of it by
:func:`start_worker_server`.  The server and the processes it forks end when the
caller's process ends, however it ends (:mod:`extract.pdf.forkserver_setup`).
"""

from __future__ import annotations

import importlib
import multiprocessing
import multiprocessing.util
import os
import tempfile
from multiprocessing import forkserver
from pathlib import Path

from extract.forking import forked_helpers
from extract.lifetime import deaf_to_ctrl_c
from extract.scratch import process_folder

# What the run's process imports too (jinja2: its report; great-expectations uses it as well): the server forked
# from it shares its copy.
SHARED = ["extract.pdf.reader", "pandas", "jinja2"]
# Imported by the server before it forks anything; the last one freezes what they made (see there).
PRELOAD = ["extract.pdf.forkserver_setup", *SHARED, "extract.pdf.forkserver_ready"]

# The folder of a run's process that holds multiprocessing's (see :func:`_multiprocessing_folder_in`).
PROCESS_FOLDER_PREFIX = "werkplan-mp-"
# The fork server's socket is <tmp>/werkplan-mp-<pid>-XXXXXXXX/pymp-XXXXXXXX/listener-XXXXXXXX (a pid of 7 digits at
# most), and a socket's path holds at most 107 bytes on Linux: under a longer temporary folder multiprocessing keeps
# its own place.
_LONGEST_PARENT = 107 - len("/werkplan-mp-NNNNNNN-XXXXXXXX/pymp-XXXXXXXX/listener-XXXXXXXX")


def worker_context():
    """The multiprocessing context the reader's pool makes its workers with."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_worker_server() -> None:
    """Start the fork server now, if it is not running (a read calls this first)."""
    worker_context()
    if len(os.fsencode(tempfile.gettempdir())) <= _LONGEST_PARENT:
        _multiprocessing_folder_in(process_folder(PROCESS_FOLDER_PREFIX))
    for module in SHARED:  # the server is forked once this process has them (see extract.forking)
        importlib.import_module(module)
    with deaf_to_ctrl_c(), forked_helpers():
        forkserver.ensure_running()


def _multiprocessing_folder_in(parent: Path) -> None:
    """Have multiprocessing make its temporary folder (the fork server's socket) in ``parent``.

    multiprocessing removes its ``pymp-*`` folder at a normal exit only: a run killed, or a batch worker
    ended by ``os._exit``, left one in the system's temporary folder each time, and nothing could tell
    which of them another program's live fork server still used.  Inside this process's own locked
    folder it goes with the next run's sweep.  Nothing if multiprocessing made its folder already.
    """
    earlier, tempfile.tempdir = tempfile.tempdir, str(parent)
    try:
        multiprocessing.util.get_temp_dir()
    finally:
        tempfile.tempdir = earlier
