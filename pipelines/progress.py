"""Progress bars for the command line: one per document, on a terminal only."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm


@contextmanager
def progress_bars(show: bool | None = None):
    """A ``progress(pdf, pages_read, page_count)`` callback drawing a bar per PDF, or None when not shown.

    ``show=None`` shows the bars when stderr is a terminal, so piped output stays clean.
    """
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        yield None
        return
    bars: dict[Path, tqdm] = {}

    def progress(pdf: Path, done: int, total: int) -> None:
        bar = bars.get(pdf)
        if bar is None:
            bar = bars[pdf] = tqdm(total=total, unit="page", desc=f"reading {pdf.name}", position=len(bars),
                                   leave=False)
        bar.update(done - bar.n)

    try:
        yield progress
    finally:
        for bar in bars.values():
            bar.close()
