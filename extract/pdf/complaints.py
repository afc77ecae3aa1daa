"""What the PDF parsers log while they read: collected, per page where a page was being read.

pdfminer.six and playa repair a damaged file silently and say so only in their logs.
Those lines are collected (and kept off the terminal, :mod:`extract.quiet`) for the
quality report; a sound werkplan reads without a single one.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager

# The parsers' own loggers.
PARSER_LOGGERS = ("pdfminer", "pdfplumber", "playa")


class _Collected(logging.Handler):
    def __init__(self, page: int | None):
        super().__init__(logging.WARNING)
        self.page = page
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if self.page is not None:
            record.werkplan_page = self.page  # a collector around the whole reading leaves it to this one
        self.records.append(record)


@contextmanager
def parser_warnings(page: int | None = None):
    """Yield the list of what the parsers warn about inside the block, filled when it ends.

    With ``page``, the warnings while that page is read; without, those no page collector
    inside the block took (opening the file, its cross-reference table, its page tree).
    """
    handler = _Collected(page)
    loggers = [logging.getLogger(name) for name in PARSER_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)
    messages: list[str] = []
    try:
        yield messages
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
        messages[:] = [r.getMessage() for r in handler.records
                       if page is not None or getattr(r, "werkplan_page", None) is None]
