"""The ``werkplan`` console script: :func:`pipelines.cli.main` in a process that ends after it.

SIGINT and SIGTERM end the command with one line and the status a shell gives a process each signal
ended (130, 143; :data:`pipelines.errors.EXIT_INTERRUPTED`, :data:`~pipelines.errors.EXIT_TERMINATED`),
whenever they come:

- while the process imports the command's libraries (its first tenth of a second), and while it ends
  (side processes joined, the resource tracker stopped), :func:`end_now` ends it at once: nothing is
  being written, and nothing is left to unwind.  Left to Python's defaults, SIGINT printed a traceback
  and SIGTERM ended the process without a line.  This module imports nothing of the command's before
  its handlers are set;
- while the command runs, they unwind it (:func:`pipelines.cli.terminate_as_interrupt`), and it says
  what it left published.
"""

from __future__ import annotations

import atexit
import faulthandler
import os
import sys
from signal import SIG_IGN, SIGINT, SIGTERM
from signal import signal as handle_signal

said: list[str] = []  # the lines the command printed on stderr (:func:`pipelines.cli.say`)


def end_now(signum, _frame) -> None:
    """End the process at once with the signal's status, and one line unless the command said one already
    (an exception raised here would print a traceback, from an import or from ``atexit``)."""
    if sys.stdout:
        sys.stdout.flush()
    if not said and sys.stderr:
        what = "interrupted (SIGINT)" if signum == SIGINT else "terminated (SIGTERM)"
        print(f"werkplan: error: {what} outside the command's work; nothing half-written was published",
              file=sys.stderr, flush=True)
    os._exit(128 + signum)  # pipelines.errors says so too; importing it here would widen the window above


def ignore_late_signals() -> None:
    """The last exit handler: after it the interpreter puts back the default of every signal a Python
    function handled, and a SIGINT then ended a run whose outputs were published with status -2 and
    no line.  Ignored (a disposition it leaves alone, for every thread), a signal that late changes
    nothing: the command's own status stands."""
    for number in (SIGINT, SIGTERM):
        handle_signal(number, SIG_IGN)


def command() -> None:
    """The ``werkplan`` console script."""
    for number in (SIGINT, SIGTERM):
        handle_signal(number, end_now)
    atexit.register(ignore_late_signals)  # before any exit handler of the run: runs after them all
    # A crash of the interpreter (a C library's segmentation fault) otherwise ends the command with no
    # line at all; Python's report names the library's call in every thread, for the bug report.
    faulthandler.enable(all_threads=True)

    from pipelines import cli
    from pipelines.processes import keep_between_runs

    keep_between_runs(False)  # no later run in this process: each side process ends once it has answered
    cli.main()
