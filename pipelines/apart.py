"""The ``werkplan run`` command's work done in a process forked from the fork server, not in its own.

pandas and the reader are imported once, by the fork server (:mod:`extract.pdf.workers`), and
every process it forks shares those pages until it writes to them.  Done in the command's own
process, a run imported them a second time (PSS on the bundled PDF: 105 MiB for that process at
the run's peak, pandas 42 of it).  Done in a process the server forks, the run shares them, and
the command's process holds click and what prints the results (8 MiB).  The run's page workers
and side processes are forked by the same server (:func:`extract.pdf.workers.fork_through_parent_server`).

The work's progress and its result (or its error, with its traceback) come back over a pipe.
The process ends with the command's however that ends: killed, through the server (it dies
with the command's process, and its children with it); interrupted or terminated, it is
terminated and unwinds (its temporary folders are removed) before the command goes on.
"""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Callable
from typing import Any

from extract.lifetime import deaf_to_ctrl_c, exit_on_terminate, how_it_ended
from extract.pdf.workers import start_worker_server, worker_context
from extract.quiet import quiet_logging

# Seconds a terminated work process is given to unwind (remove its temporary folders) before it is killed.
GRACE = 1.5


class RemoteTraceback(Exception):
    """The traceback of an error raised in the work's process: the cause of the error raised here."""

    def __str__(self) -> str:
        return self.args[0]


def call_apart(work: Callable[..., Any], arguments: tuple, progress: Callable[..., None] | None) -> Any:
    """``work(*arguments, progress=...)`` in a process forked from the fork server: its result, or its error.

    ``work`` is a module's function (the server imports it); each call of the ``progress`` it is given is
    made with the same arguments here (it is given None when ``progress`` is None).
    """
    start_worker_server()
    context = worker_context()
    ours, theirs = context.Pipe(duplex=False)
    process = context.Process(target=_work_here, args=(work, arguments, progress is not None, theirs),
                              name="werkplan-run")
    with deaf_to_ctrl_c():
        process.start()
    theirs.close()
    try:
        answer = _answer(ours, process, progress)
    except BaseException:
        process.terminate()  # interrupted, or the answer lost: the work's process unwinds, or it is given up on
        raise
    finally:
        ours.close()
        _ended(process)
    if answer[0] == "error":
        _, error, remote = answer
        raise error from RemoteTraceback(remote)
    return answer[1]


def _answer(ours, process, progress: Callable[..., None] | None) -> tuple:
    """The work's answer, ("result", value) or ("error", exception, traceback); its progress passed on to
    ``progress`` meanwhile."""
    while True:
        try:
            kind, *payload = ours.recv()
        except EOFError:
            process.join()
            raise RuntimeError(f"the process doing the run ended unexpectedly "
                               f"({how_it_ended(process.exitcode)})") from None
        if kind == "progress":
            progress(*payload)
        else:
            return kind, *payload


def _ended(process) -> None:
    """Wait for the work's process to end (by itself once it has answered, or terminated); kill it after GRACE."""
    process.join(timeout=GRACE)
    if process.is_alive():
        process.kill()
        process.join()


def _work_here(work: Callable[..., Any], arguments: tuple, with_progress: bool, connection) -> None:
    """The work's process: runs ``work`` and sends its progress and its result or error over ``connection``."""
    from pipelines.processes import end_all, keep_between_runs, shutdown

    exit_on_terminate()  # terminated (the command interrupted): `finally` blocks remove temporary folders
    keep_between_runs(False)  # one run: each side process ends once it has answered
    quiet_logging()
    try:
        progress = (lambda *done: connection.send(("progress", *done))) if with_progress else None
        result = work(*arguments, progress=progress)
    except Exception as exc:  # noqa: BLE001 - raised again in the command's process
        _send_error(connection, exc)
    except BaseException:
        end_all()  # terminated: nothing waits for the side processes' answers
        raise
    else:
        connection.send(("result", result))
    shutdown()


def _send_error(connection, exc: Exception) -> None:
    """``exc`` and its traceback over ``connection``; one that cannot be pickled as a RuntimeError naming it."""
    remote = traceback.format_exc()
    try:
        connection.send(("error", exc, remote))
    except (pickle.PicklingError, TypeError, AttributeError):
        connection.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}"), remote))
