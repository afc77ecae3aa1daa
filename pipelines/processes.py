"""Side processes of a run: great-expectations and camelot, each started once and kept.

Importing great-expectations takes over a second of CPU, camelot about half a second.
Each is done in a process of its own, started when a run begins, so the imports
go on while the PDF is read (a thread would not: an import is Python code,
serialised with the reading by the interpreter lock).  Then camelot's second
reading and the great-expectations suites with the localization run beside each
other and beside the run's own checks; the run's main process imports neither
library, nor the localization's solver.  The processes stay for later runs of this Python process (a
test session, a program using the library), which so pay the imports once; a
process that runs one document and ends (the ``werkplan`` command, a batch
worker) calls ``keep_between_runs(False)`` instead, and each side process ends as
soon as it has sent its answer, before the run reads it: its memory (PSS on the
bundled PDF: 61 MiB camelot's, 114 MiB great-expectations') is not held through
the rest of the run (camelot's answer, about 1 KiB, waited in the pipe while its
process held its memory until the run came to verify).
They are forked from the run's fork server (:mod:`extract.pdf.workers`), not
from the run's process: that one may hold threads (progress, the reader's
pool), and a fork copies their locks; and what the server imported (pandas,
numpy) is shared by both, not imported by each.  They end when the server does,
and it when the run's process does, even when that is killed
(:mod:`extract.lifetime`), and they ignore Ctrl-C: the run is interrupted, and
ends them.
"""

from __future__ import annotations

import atexit
import gc
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable
from typing import Any

from extract.forking import freeze_caller
from extract.lifetime import deaf_to_ctrl_c, die_with_parent, exit_on_terminate, how_it_ended
from extract.pdf.workers import start_worker_server, worker_context
from extract.scratch import process_folder

# The temporary folder of each side process (see :func:`serve`).
SIDE_FOLDER_PREFIX = "werkplan-side-"


def serve(prepare: Callable[[], Any], handle: Callable[[Any], Any], connection, once: bool) -> None:
    """A side process's work: ``prepare()`` at once, then answer each request with ``handle(request)``.

    Answers (or the error) go back over ``connection``; the process ends after its first answer when
    ``once``, when the other end closes, or when the fork server it came from ends.
    """
    # Ended by SIGTERM rather than the server's SIGKILL, so multiprocessing's last exit step still removes its
    # temporary folder (below).
    die_with_parent(None, signal.SIGTERM)  # the server ending first is covered: it armed SIGKILL at the fork
    exit_on_terminate()
    # great-expectations' context makes a folder with mkdtemp() at every run's checks, camelot one per rendered page;
    # a process killed meanwhile left it in the system's temporary folder for good (the kill test, CI on 3.13:
    # end_all kills a process that has not ended half a second after SIGTERM).  In this process's own locked
    # folder they go when it ends, or with the next side process's sweep once it was killed.
    tempfile.tempdir = str(process_folder(SIDE_FOLDER_PREFIX))
    prepare()
    while True:
        try:
            request = connection.recv()
        except EOFError:
            break
        try:
            connection.send(("result", handle(request)))
        except Exception as exc:  # noqa: BLE001 - re-raised in the parent
            connection.send(("error", exc))
        if once:  # the answer waits in the connection's buffer: the memory goes back now, not when it is read
            break
    # The interpreter's last collection would go over every object great-expectations and pandas
    # made: most of a second, while the run waits for its processes to end.  The memory goes back
    # with the process; multiprocessing's exit step (its temporary folder) still runs.
    gc.freeze()


class SideProcess:
    """One process running :func:`serve`; :meth:`submit` sends a request, :meth:`result` waits for its answer.

    One request is answered at a time, in order.
    """

    def __init__(self, name: str, prepare: Callable[[], Any], handle: Callable[[Any], Any]) -> None:
        context = worker_context()
        start_worker_server()
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=serve, args=(prepare, handle, theirs, not _keep), daemon=True,
                                        name=name)
        with deaf_to_ctrl_c():
            self._process.start()
        theirs.close()
        self.name = name
        self.owner = os.getpid()
        self._waiting = False
        if not _started:
            # Registered after multiprocessing's own exit handler (set up as the process started), so
            # run before it: that one would terminate the processes instead of letting them end.
            atexit.register(stop_all, _started)
        _started.append(self)

    @property
    def usable(self) -> bool:
        return (self.owner == os.getpid() and not self._connection.closed and self._process.is_alive()
                and not self._waiting)

    def submit(self, request: Any) -> None:
        if self._waiting:
            raise RuntimeError(f"the {self.name} process has not answered the last request yet")
        self._waiting = True
        try:
            self._connection.send(request)
        except (EOFError, ConnectionError):
            self._ended()
        except BaseException:
            self.close()
            raise

    def result(self) -> Any:
        try:
            kind, value = self._connection.recv()
        except (EOFError, ConnectionError):
            self._ended()
        except BaseException:
            # An answer may still be on its way (an interrupt while waiting): it would be
            # taken for the next request's.  The process is ended and a new one made.
            self.close()
            raise
        self._waiting = False
        if not _keep:
            self._connection.close()  # the process's recv() ends: it ends by itself, joined at exit
        if kind == "error":
            raise value
        return value

    def _ended(self):
        self.close()
        raise RuntimeError(f"the {self.name} process ended unexpectedly "
                           f"({how_it_ended(self._process.exitcode)})") from None

    def call(self, request: Any) -> Any:
        self.submit(request)
        return self.result()

    def close(self) -> None:
        """End the process now (an answer on its way is not wanted); it still removes its temporary files."""
        self._process.terminate()
        self._wait_ended(grace=1.0)

    def _wait_ended(self, grace: float) -> None:
        """Wait ``grace`` seconds for the terminated process to end, then kill it."""
        self._process.join(timeout=grace)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._connection.close()

    def stop(self) -> None:
        """Let the process end by itself (it cleans up after its libraries), or end it."""
        stop_all([self])


def stop_all(processes: Iterable[SideProcess]) -> None:
    """:meth:`SideProcess.stop` for each of ``processes``, all asked at once so they end side by side."""
    ending = [process for process in processes if process.owner == os.getpid() and process._process.is_alive()]
    for process in ending:
        if process._waiting:
            process.close()  # busy with an interrupted run's request: it would finish that first
        else:
            process._connection.close()  # the process's recv() ends (closed already after its answer: see _keep)
    for process in ending:
        process._process.join(timeout=5)
        if process._process.is_alive():
            process.close()


def _import_great_expectations() -> None:
    from expectations.verify.suite import import_great_expectations

    import_great_expectations()
    import highspy  # noqa: F401 - the localization's solver, also needed at the first request


def _check_and_localize(request: tuple) -> tuple:
    from expectations.verify.suite import check_and_localize

    return check_and_localize(*request)  # the checks, and the localization's settings


def _import_camelot() -> None:
    from expectations.verify.crosscheck import import_camelot

    import_camelot()


def _second_reading(request: tuple) -> tuple[list, float]:
    """camelot's reading and how long it took (the run's timings show it beside the others)."""
    import time

    from expectations.verify.crosscheck import second_reading

    started = time.perf_counter()
    return second_reading(*request), time.perf_counter() - started


KINDS = {
    "great-expectations": (_import_great_expectations, _check_and_localize),
    "camelot": (_import_camelot, _second_reading),
}
_current: dict[str, SideProcess] = {}
_started: list[SideProcess] = []  # every side process this process started, ended at its exit
_lock = threading.Lock()
_keep = True  # side processes wait for later requests; see keep_between_runs()


def keep_between_runs(keep: bool) -> None:
    """Whether side processes wait for later runs' requests (the default), or each ends once it has
    answered (no later run in this process).  A process with no later run also freezes its objects as
    it forks the fork server, so that they stay shared (:func:`extract.forking.freeze_caller`), and a
    run in it lets go of the reading's word lists once the document is read (:func:`keeps_between_runs`)."""
    global _keep
    _keep = keep
    freeze_caller(not keep)


def keeps_between_runs() -> bool:
    """What :func:`keep_between_runs` set: whether a later run in this process may use what this one loaded."""
    return _keep


def side_process(kind: str) -> SideProcess:
    """This process's side process of ``kind`` (a key of :data:`KINDS`), started if there is none (or it ended)."""
    with _lock:
        process = _current.get(kind)
        if process is None or not process.usable:
            if process is not None and process.owner == os.getpid():
                process.close()  # ended, or left waiting for an answer by an interrupted run
            prepare, handle = KINDS[kind]
            process = _current[kind] = SideProcess(kind, prepare, handle)
        return process


def end_all() -> None:
    """End every side process this process started, together and at once: the run they served is gone.

    Each is terminated (it still removes its temporary files) and killed if it has not ended half a
    second later (one importing its libraries may not answer the signal sooner).  Exit handlers would
    instead wait for them to end by themselves.
    """
    with _lock:
        ending = [process for process in _started if process.owner == os.getpid() and process._process.is_alive()]
        for process in ending:
            process._process.terminate()
        for process in ending:
            process._wait_ended(grace=0.5)
        _current.clear()


def shutdown() -> None:
    """End this process's side processes (they end at exit anyway)."""
    with _lock:
        stop_all(_current.values())
        _current.clear()

