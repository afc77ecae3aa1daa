"""Processes that end with the one that started them, whatever way it ends.

A run starts page workers (forked by a fork server), side processes and batch
workers.  When the run's process is killed (``kill -9``, a scheduler's timeout,
the out-of-memory killer) none of its exit handlers run, so the children are
told by the kernel instead: ``PR_SET_PDEATHSIG`` sends them a signal when their
parent ends.  Linux only; elsewhere children end when the pipes to their parent
close (side processes and batch workers; page workers wait on their pool).

The kernel sends the signal when the *thread* that made the child ends, not the
process: children are started from the main thread (the fork server forks its
workers from its own main thread), and a fork server started from another
thread that ends is started again on the next read.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None, how: int = signal.SIGKILL) -> None:
    """Have the kernel send ``how`` to this process when its parent ends.

    ``parent`` is the pid the parent had: if it ended before this was set, this process ends now.  Ctrl-C reaches
    every process of the terminal's foreground group: a child ignores it and
    ends when the run does, so only the run itself says it was interrupted.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(how), 0, 0, 0)
    if parent is not None and os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(128 + how)


def how_it_ended(exitcode: int) -> str:
    """An ended process's exit status in words: the signal that killed it, or the code it exited with."""
    if exitcode >= 0:
        return f"exit code {exitcode}"
    try:
        return f"killed by {signal.Signals(-exitcode).name}"
    except ValueError:  # a real-time signal other than SIGRTMIN and SIGRTMAX has no name
        return f"killed by signal {-exitcode}"


# How long a process ended by SIGTERM has for its ``finally`` blocks and exit handlers before it ends
# at once: every process of a run ends within 2 s of the run's end, and a side process's own end may
# come a moment after its batch worker's.
TERMINATE_GRACE_SECONDS = 1.0


def exit_on_terminate() -> None:
    """Let SIGTERM end this process as an exception does: ``finally`` blocks and exit handlers run
    (camelot's temporary folders are removed), where SIGTERM's default would skip them.

    Within :data:`TERMINATE_GRACE_SECONDS`, whatever the process is doing: Python raises the exception
    where its main thread happens to be, and there it can be lost (in a ``__del__`` or a weakref
    callback the garbage collector called, it is printed and dropped) or wait (a C library's long
    call, an exit handler joining a process).  A thread of its own ends the process then.
    """
    signal.signal(signal.SIGTERM, _terminated)


def quiet_pdfium_exit() -> None:
    """Keep pypdfium2's exit handler from writing on stderr after a signal ended the work.

    The signal's exception is raised wherever the main thread is, also half-way through pypdfium2
    closing an object: the object is gone but its entry stays in pypdfium2's tracker, and the exit
    handler then wrote "Weakref ... was not cleaned up from ObjectTracker?" under the run's one line
    (the kill test saw it once in CI).  Only its warnings are silenced, and only for such an ending:
    on any other exit a still-open object is news.
    """
    from pypdfium2_cfg import DEBUG_AUTOCLOSE  # its settings only: loads no pdfium

    DEBUG_AUTOCLOSE.value = logging.ERROR


def _terminated(signum, _frame):
    code = 128 + signum
    quiet_pdfium_exit()
    try:
        deadline = threading.Timer(TERMINATE_GRACE_SECONDS, os._exit, args=(code,))
        deadline.daemon = True
        deadline.start()
    except RuntimeError:  # the interpreter is ending already: it starts no thread, and needs none
        pass
    raise SystemExit(code)


@contextmanager
def terminate_held():
    """A SIGTERM arriving inside the block is handled at its end, by the handler in place then.

    A spawned process reads what its parent sends it as it starts: a SIGTERM ending the parent
    half-way through ``Process.start()`` left the child to print a traceback ("EOFError: Ran out of
    input") on the terminal (the kill test saw it once in many).  Held, the SIGTERM comes once the
    child is started and known, and the parent ends it.  A Python handler, not a signal mask: the
    process has other threads, and the kernel gives a signal a thread that does not block it.
    Python handles signals in its main thread only: elsewhere the block holds nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived = []
    handler = signal.signal(signal.SIGTERM, lambda signum, _frame: arrived.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, handler)
        if arrived:
            signal.raise_signal(signal.SIGTERM)


@contextmanager
def deaf_to_ctrl_c():
    """Processes started inside the block start with SIGINT blocked (the mask survives fork and exec).

    Ctrl-C reaches every process of the terminal's foreground group, also a child still importing
    before it could ignore the signal (it would print a KeyboardInterrupt traceback); only the run
    is to be interrupted.  Blocks it for the calling thread only, the one that starts the processes.
    """
    earlier = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, earlier)
