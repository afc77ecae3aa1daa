"""multiprocessing's helper processes forked from the run's process, not started as new interpreters.

multiprocessing starts its fork server and its resource tracker as new
interpreters (``python -c "from multiprocessing... import main; main(...)"``).
A new interpreter imports anew what the run's process has imported already: the
fork server imported pandas and the reader a second time, and the side
processes and page workers forked from it shared that copy, not the run's.
Forked from the run's process once it has imported them, every process of the
run shares one copy (on the bundled PDF the run's summed PSS fell from 306 to
255 MiB, and a second of processor time went).

The fork runs the very code multiprocessing would have started the interpreter
with, after leaving the child as a new interpreter would find itself: only the
file descriptors passed to it (and the standard three), default signal
handlers, fresh multiprocessing singletons, and no exit handler of the parent's.
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


@contextmanager
def forked_helpers():
    """Inside the block, a helper process multiprocessing starts (``ensure_running()`` of the fork server
    or of the resource tracker) is forked from this process.

    Only from a process whose only thread of Python's is its main thread: a fork copies the locks
    another thread holds, and the child could wait on one forever.  Elsewhere the helper is started
    as a new interpreter, as multiprocessing does.
    """
    if threading.active_count() > 1 or threading.current_thread() is not threading.main_thread():
        yield
        return
    started_anew, multiprocessing.util.spawnv_passfds = multiprocessing.util.spawnv_passfds, _fork_helper
    try:
        yield
    finally:
        multiprocessing.util.spawnv_passfds = started_anew


def _fork_helper(_executable: str, arguments: list[str], kept_fds: Iterable[int]) -> int:
    """``multiprocessing.util.spawnv_passfds`` by a fork: the child runs the ``-c`` code of ``arguments``."""
    code = arguments[arguments.index("-c") + 1]
    sys.stdout.flush()  # or what is still buffered would be written again by the helper's children
    sys.stderr.flush()
    gc.freeze()  # this process's garbage collections leave the objects the helper shares alone: their pages stay shared
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
    except BaseException:  # noqa: BLE001 - said as an interpreter would say it
        traceback.print_exc()
    finally:
        os._exit(status)  # this process's exit handlers are not the helper's


def _as_new_interpreter(kept_fds: set[int]) -> None:
    """Leave in the forked helper only what a new interpreter would have had."""
    last = 2
    for fd in sorted(kept_fds):
        os.closerange(last + 1, fd)
        last = fd
    os.closerange(last + 1, os.sysconf("SC_OPEN_MAX"))  # a lock file's among them: the lock stays the parent's
    signal.set_wakeup_fd(-1)
    for number in signal.valid_signals():
        if callable(signal.getsignal(number)):  # ignored ones stay ignored, as across exec
            signal.signal(number, signal.SIG_DFL)
    faulthandler.disable()
    # Forked inside ensure_running(), so with its lock held: as a fresh import makes them.
    forkserver._forkserver.__init__()
    resource_tracker._resource_tracker.__init__()
