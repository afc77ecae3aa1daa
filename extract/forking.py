"""multiprocessing's helper processes forked from the run's process, not started as new interpreters.

multiprocessing starts its fork server and its resource tracker as new
interpreters (``python -c "from multiprocessing... import main; main(...)"``).
A new interpreter imports anew what the run's process has imported already: the
fork server imported pandas and the reader a second time, and the side
processes and page workers forked from it shared that copy, not the run's.
Forked from the run's process once it has imported them, every process of the
run shares one copy (on the bundled PDF, on an otherwise idle machine, the
run's summed PSS fell from 313 to 280 MiB, and a second of processor time went).

The fork runs the very code multiprocessing would have started the interpreter
with, after leaving the child as a new interpreter would find itself: only the
file descriptors passed to it (and the standard three), the standard streams on
them, default signal handlers, fresh multiprocessing singletons, and no exit
handler of the parent's.
"""

from __future__ import annotations

import faulthandler
import gc
import multiprocessing.util
import os
import signal
import sys
import threading
import traceback
import warnings
from collections.abc import Iterable
from contextlib import contextmanager
from multiprocessing import forkserver, resource_tracker

_SPAWN_ANEW = multiprocessing.util.spawnv_passfds
_freeze_caller = False  # see freeze_caller()

# Imported by the processes the run's fork server forks: its fork hook ends a child whose parent is not the server,
# and a helper forked from such a process would run it (a new interpreter has no fork hook).
_FORKED_BY_THE_SERVER = "extract.pdf.forkserver_setup"


def freeze_caller(freeze: bool) -> None:
    """Whether a process forking a helper first freezes its objects from the garbage collector (``gc.freeze``).

    Its collections then leave alone the pages it shares with the helper and the processes forked from it:
    on the bundled PDF the run's summed PSS is some 40 MiB less.  Only for a process that ends after its
    run (the ``werkplan`` command, a batch worker): an object frozen is never collected, also once it
    becomes garbage, and a program that goes on would keep every cycle of objects it held at that moment.
    """
    global _freeze_caller
    _freeze_caller = freeze


@contextmanager
def forked_helpers():
    """Inside the block, a helper process multiprocessing starts (``ensure_running()`` of the fork server
    or of the resource tracker) is forked from this process.

    Only from a process whose only thread of Python's is its main thread: a fork copies the locks
    another thread holds, and the child could wait on one forever; and not from a process the run's
    fork server forked.  Elsewhere the helper is started as a new interpreter, as multiprocessing does.
    """
    if (threading.active_count() > 1 or threading.current_thread() is not threading.main_thread()
            or _FORKED_BY_THE_SERVER in sys.modules):
        yield
        return
    multiprocessing.util.spawnv_passfds = _fork_helper
    try:
        yield
    finally:
        multiprocessing.util.spawnv_passfds = _SPAWN_ANEW


def _fork_helper(_executable: str, arguments: list[str], kept_fds: Iterable[int]) -> int:
    """``multiprocessing.util.spawnv_passfds`` by a fork: the child runs the ``-c`` code of ``arguments``."""
    code = arguments[arguments.index("-c") + 1]
    for stream in {sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__}:
        try:  # or what is still buffered would be written again by the helper's children
            stream.flush()
        except (AttributeError, OSError, ValueError):  # no stream (its descriptor closed at the start), or closed
            pass
    if _freeze_caller:
        gc.freeze()
    with warnings.catch_warnings():
        # Python 3.12 and later warn of any other thread: numpy's OpenBLAS threads, which its own fork
        # handlers stop and restart (the ones of Python's were counted above).
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid:
        return pid
    status = 1
    try:
        _as_new_interpreter(set(kept_fds))
        exec(code, {"__name__": "__main__"})  # noqa: S102 - multiprocessing's own line, as ``python -c`` runs it
        status = 0
    except SystemExit as ending:  # the fork server's way to end when its clients are gone
        status = ending.code if isinstance(ending.code, int) else int(ending.code is not None)
        if ending.code is not None and not isinstance(ending.code, int):
            print(ending.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001 - said as an interpreter would say it
        traceback.print_exc()
    finally:
        os._exit(status)  # this process's exit handlers are not the helper's


def _as_new_interpreter(kept_fds: set[int]) -> None:
    """Leave in the forked helper only what a new interpreter would have had."""
    # The parent's other descriptors go, a lock file's among them (the lock stays the parent's), but their
    # numbers stay taken, by /dev/null: an object of the parent's that still writes to one (pytest's log handler
    # in a library run) writes nowhere, where a number closed would be the next pipe the helper opens (its
    # children's log lines went into the fork server's alive pipe, and it ended).
    nowhere = os.open(os.devnull, os.O_RDWR)
    for fd in _open_descriptors():
        if fd > 2 and fd not in kept_fds and fd != nowhere:
            os.dup2(nowhere, fd, inheritable=False)
    os.close(nowhere)
    signal.set_wakeup_fd(-1)
    for number in signal.valid_signals():
        if callable(signal.getsignal(number)):  # ignored ones stay ignored, as across exec
            signal.signal(number, signal.SIG_DFL)
    faulthandler.disable()
    # Streams on the standard descriptors: the caller's may write to a descriptor closed above (pytest's capture).
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
    # Forked inside ensure_running(), so with its lock held and this module's stand-in for spawnv_passfds in
    # place: as a fresh import makes them.
    multiprocessing.util.spawnv_passfds = _SPAWN_ANEW
    forkserver._forkserver.__init__()
    resource_tracker._resource_tracker.__init__()


def _open_descriptors() -> list[int]:
    """This process's open file descriptors."""
    try:
        return [int(name) for name in os.listdir("/proc/self/fd")]
    except FileNotFoundError:  # no /proc: every number that is open
        return [fd for fd in range(os.sysconf("SC_OPEN_MAX")) if _is_open(fd)]


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True
