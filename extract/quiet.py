"""Libraries' log lines, warnings and tracebacks kept off the terminal, in every process of a run.

A run says what went wrong in one line; what the PDF parsers complained about is
collected per page for the quality report (:mod:`extract.pdf.integrity`).  With
``werkplan --debug`` the environment variable :data:`DEBUG_VARIABLE` is set, and
every process lets its libraries speak (child processes inherit it).
"""

from __future__ import annotations

import logging
import os
import warnings

DEBUG_VARIABLE = "WERKPLAN_DEBUG"


def debugging() -> bool:
    return bool(os.environ.get(DEBUG_VARIABLE))


def quiet_logging() -> None:
    """In a child process: no log line, warning or traceback of it reaches the terminal.

    A handler on the root logger keeps Python's last-resort printer quiet; the standard
    error stream goes to /dev/null, as a traceback of a dying process or a C library's
    message would go there.  So does the standard output, which only the run's own process
    writes to: HiGHS (the localization's solver) has printed a stray line
    "HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();" there whatever
    its output options say (ERGO-Code/HiGHS#2783).  Collecting handlers
    (:func:`extract.pdf.integrity.parser_warnings`) still get every record.
    """
    if debugging():
        return
    logging.getLogger().addHandler(logging.NullHandler())
    warnings.simplefilter("ignore")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def start_resource_tracker_quietly() -> None:
    """Start multiprocessing's resource tracker now, with its standard error on /dev/null.

    It outlives the run's processes by a moment and says on its standard error what they left
    (a semaphore of a process killed with the run): said on the terminal after the run's own
    one line.  It takes the standard error it starts with, so it is started here, quietly.
    """
    from multiprocessing import resource_tracker

    from extract.forking import forked_helpers

    if debugging():
        return
    terminal, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        with forked_helpers():
            resource_tracker.ensure_running()
    finally:
        os.dup2(terminal, 2)
        os.close(terminal)
        os.close(devnull)
