"""Reading a PDF into the document model: the file checked, its pages read and modelled, running
headers and footers set apart.  A page the reader fails on is read by the next reader that can
(:mod:`extract.pdf.page_repair`); the file is refused only when no reader opens it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..settings import resolve
from .clipping import hidden_text
from .hyphens import mend_hyphens
from .layout import (
    LayoutSettings,
    leave_out_hidden,
    mark_underlined,
    model_page,
    set_aside_scrambled_order,
    strip_furniture,
)
from .lines import align_columns, carry_small_capitals
from .model import DEFAULT_READER, Document, InputError, PageTimeout, file_sha256
from .ocr_text import mend_bullets, mend_item_numbers
from .page_repair import read_otherwise
from .pixels import PagePixels
from .quote_marks import mend_quote_marks
from .reader import PdfminerException, UnreadablePDF, open_pdf


def _unreadable(exc: UnreadablePDF, password: str | None) -> str:
    """Why a parser refused the file, in words; pdfminer.six and playa name their errors alike."""
    cause = exc.__cause__
    if isinstance(cause, PdfminerException) and cause.args and isinstance(cause.args[0], Exception):
        cause = cause.args[0]
    kinds = {kind.__name__ for kind in type(cause).__mro__}
    if "PDFPasswordIncorrect" in kinds:
        return ("encrypted, and the password given does not open it" if password else
                "encrypted; give the password with --password or the WERKPLAN_PDF_PASSWORD environment variable")
    if "PDFEncryptionError" in kinds:
        return f"encrypted in a way that cannot be read ({cause})"
    return f"unreadable PDF ({exc})"


def read_document(
    path: str | Path,
    settings: LayoutSettings | dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    reader: str = DEFAULT_READER,
    password: str | None = None,
    page_seconds: float | None = None,
) -> Document:
    """Read a PDF into a :class:`Document`: one pass over every page.

    ``reader`` picks the parser (:data:`READERS`); ``password`` opens an encrypted PDF.  A page read
    in a worker process that takes longer than ``page_seconds`` raises :class:`PageTimeout` (pages
    read in this process are timed by the caller: :func:`extract.pdf.integrity.page_time_limit`).
    Raises :class:`InputError` naming the file when it is missing, not
    a readable PDF, or encrypted and ``password`` does not open it.
    """
    path = Path(path)
    conf = resolve(LayoutSettings, settings)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise InputError(f"{path}: not a PDF file (no %PDF header)")
    finish = partial(model_page, tolerance=conf.line_tolerance)
    pages, repaired, warnings = [], {}, {}
    try:
        # Each page is modelled where it is read: in the reader's worker processes.
        with open_pdf(path, reader, password, finish=finish, page_seconds=page_seconds) as raw:
            metadata = raw.metadata
            for index, read in enumerate(raw.pages):
                if read.timed_out:
                    raise PageTimeout(path, read.number, page_seconds)
                page, logged = read.page, read.warnings
                if read.failure is not None:
                    size = (pages[-1].width, pages[-1].height) if pages else None
                    page, how, more = read_otherwise(path, read.number, reader, password, finish, size)
                    repaired[read.number] = f"{reader} could not read it ({read.failure}); {how}"
                    logged = logged + more
                if logged:
                    warnings[read.number] = logged
                pages.append(page)
                if progress:
                    progress(index + 1, raw.page_count)
    except UnreadablePDF as exc:
        raise InputError(f"{path}: {_unreadable(exc, password)}") from exc
    if not pages:
        raise InputError(f"{path}: the PDF has no pages")
    set_aside_scrambled_order(pages, conf.line_tolerance)
    hidden = hidden_text(path, password, page_count=len(pages))
    leave_out_hidden(pages, hidden, conf.line_tolerance)
    carry_small_capitals(pages, conf.line_tolerance)
    align_columns(pages, conf.line_tolerance)
    mend_hyphens(pages)
    strip_furniture(pages, conf)
    mark_underlined(pages)
    document = Document(path=path, sha256=file_sha256(path), metadata=metadata, pages=pages,
                        repaired_pages=repaired, page_warnings=warnings, hidden_text=hidden)
    if document.one_font:  # an OCR text layer
        mend_bullets(pages)
        mend_item_numbers(pages)
    if document.ocr_text_layer:  # a born-digital text layer holds the marks as printed
        pixels = PagePixels(path)
        try:
            mend_quote_marks(pages, pixels)
        finally:
            pixels.close()
    return document
