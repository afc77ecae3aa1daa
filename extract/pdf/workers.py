"""Where the page workers come from: a fork server that imported the reader.

Page workers are forked from a server process that imported :mod:`extract.pdf.reader`,
never from the caller: a run's process holds threads (progress, the side
processes' pipes), and a fork copies their locks (Python 3.12 and later warn of
the deadlocks that can follow).  The server is started by the first read, or
ahead of it by :func:`start_worker_server`, so that its import of the reader (a
third of a second) goes on while the caller does other work.  This module
imports no parser: starting the server early costs the caller nothing.  The
server and its workers end when the caller's process ends, however it ends
(:mod:`extract.pdf.forkserver_setup`).
"""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver

from extract.lifetime import deaf_to_ctrl_c


def worker_context():
    """The multiprocessing context the reader's pool makes its workers with."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["extract.pdf.forkserver_setup", "extract.pdf.reader"])
    return context


def start_worker_server() -> None:
    """Start the fork server now, if it is not running (a read calls this first)."""
    worker_context()
    with deaf_to_ctrl_c():
        forkserver.ensure_running()
