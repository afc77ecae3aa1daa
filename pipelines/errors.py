"""What can go wrong, as exception classes, and the exit status each one gives.

Every message names the file (or database) and the problem in one line; the
command line prints it as ``werkplan: error: <message>``.
"""

from __future__ import annotations

from extract.pdf.model import InputError

EXIT_CHECKS_FAILED = 1  # --strict and a check failed, or a quality signal says the PDF needed repair
EXIT_LOAD_FAILED = 1  # the database refused the load; it is unchanged
EXIT_INPUT = 2  # the input cannot be used: no such file, not a PDF, damaged, encrypted, not a werkplan
EXIT_OUTPUT = 3  # the output folder or the database target cannot be used
EXIT_NEEDS_REVIEW = 4  # written for review: the document's structure or digits are doubtful: not loaded
EXIT_UNEXPECTED = 1  # anything else: a bug, shown in full with --debug
EXIT_WORKER_ENDED = 1  # a batch worker died (killed, out of memory, a crash in a C library): its document failed
EXIT_INTERRUPTED = 128 + 2  # SIGINT (Ctrl-C), as a shell reports a process it ended
EXIT_TERMINATED = 128 + 15  # SIGTERM


class LoadError(Exception):
    """The folder (or the document asked for) cannot be loaded or compared; nothing was changed."""


class OutputError(Exception):
    """The output folder cannot be written; earlier output is untouched."""


class DatabaseTargetError(Exception):
    """The database URL cannot be used: unparseable, unsupported dialect, no place to write."""


class ReviewRequired(Exception):
    """The document's reading is doubtful (see its quality report): it is not loaded unless accepted."""


class LoadFailed(Exception):
    """The database refused the load (constraint error, lost connection); it is unchanged."""


EXIT_CODES: dict[type[BaseException], int] = {
    InputError: EXIT_INPUT,
    LoadError: EXIT_INPUT,
    OutputError: EXIT_OUTPUT,
    DatabaseTargetError: EXIT_OUTPUT,
    LoadFailed: EXIT_LOAD_FAILED,
    ReviewRequired: EXIT_NEEDS_REVIEW,
}


def exit_code(error: BaseException) -> int | None:
    """The exit status for a known error, None for anything else (a bug)."""
    for kind, code in EXIT_CODES.items():
        if isinstance(error, kind):
            return code
    return None
