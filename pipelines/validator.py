"""The great-expectations process: started once, ahead of the first run's checks, and kept.

Importing great-expectations takes seconds of CPU.  It is done in a process of
its own, started when a run begins, so it goes on while the PDF is read (a
thread would not: the import is Python code, serialised with the reading by the
interpreter lock).  The process then stays for later runs of this Python
process (a batch worker's next document, a test session), which so pay the
import once.  It is spawned, not forked: the parent may hold threads (progress,
the reader's pool), and a fork copies their locks.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading


class Validator:
    """One great-expectations process; :meth:`run_checks` sends checks and waits for the results."""

    def __init__(self) -> None:
        from expectations.suite import run_checks_when_sent

        context = multiprocessing.get_context("spawn")
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=run_checks_when_sent, args=(theirs,), daemon=True)
        self._process.start()
        theirs.close()
        self.owner = os.getpid()
        atexit.register(self.stop)

    @property
    def usable(self) -> bool:
        return self.owner == os.getpid() and self._process.is_alive()

    def run_checks(self, checks: list) -> list:
        try:
            self._connection.send(checks)
            kind, value = self._connection.recv()
        except BaseException:
            # An answer may still be on its way (an interrupt while waiting): it would
            # be taken for the next run's.  The process is ended and a new one made.
            self.close()
            raise
        if kind == "error":
            raise value
        return value

    def close(self) -> None:
        """End the process now (its answer, if any, is not wanted)."""
        self._process.kill()
        self._process.join()
        self._connection.close()

    def stop(self) -> None:
        """Let the process end by itself (it cleans up after great-expectations), or end it."""
        if self.owner != os.getpid() or self._connection.closed:
            return
        self._connection.close()  # the process's recv() ends
        self._process.join(timeout=5)
        if self._process.is_alive():
            self.close()


_current: Validator | None = None
_lock = threading.Lock()


def validator() -> Validator:
    """This process's great-expectations process, started if there is none (or it ended)."""
    global _current
    with _lock:
        if _current is None or not _current.usable:
            _current = Validator()
        return _current


def shutdown() -> None:
    """End this process's great-expectations process, if there is one (it ends at exit anyway)."""
    global _current
    with _lock:
        if _current is not None:
            _current.stop()
            _current = None
