"""Progress bars for the command line: one per document, on a terminal only."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm


@contextmanager
def progress_bars(show: bool | None = None):
    """A ``progress(pdf, pages_done, page_count, stage)`` callback drawing a bar per PDF, labelled with its
    stage ("OCR werkplan.pdf", then "reading werkplan.pdf"), or None when not shown.

    ``show=None`` shows the bars when stderr is a terminal, so piped output stays clean.
    """
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        yield None
        return
    bars: dict[Path, tqdm] = {}
    positions: dict[Path, int] = {}

    def progress(pdf: Path, done: int, total: int, stage: str) -> None:
        label = f"{stage} {pdf.name}"
        bar = bars.get(pdf)
        if bar is not None and bar.desc != label:  # the next stage: a new bar in the same place
            bar.close()
            bar = None
        if bar is None:
            position = positions.setdefault(pdf, len(positions))
            bar = bars[pdf] = tqdm(total=total, unit="page", desc=label, position=position, leave=False)
        bar.update(done - bar.n)

    try:
        yield progress
    finally:
        for bar in bars.values():
            bar.close()
