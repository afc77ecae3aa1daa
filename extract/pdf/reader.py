"""Reading a PDF's pages into words, rectangles and ruling edges, with a choice of parser.

Two readers give the same result:

- ``playa`` (the default): playa-pdf interprets each page, about three times
  faster than pdfminer.six, in worker processes.  Characters get the boxes
  pdfminer.six gives them, ``playa.miner`` sorts paths into lines, rectangles
  and curves as pdfminer.six does, and :mod:`extract.pdf.words` joins the
  characters into words as pdfplumber's word extractor does, so words, boxes
  and edges equal pdfplumber's (tests/extract/pdf/test_reader.py).  Reading
  characters is most of a page's processor time, so the usual case, horizontal
  text in a font with widths, is computed here from the text object's strings,
  with playa's arithmetic but without a playa object per glyph; rotated text,
  vertical and Type 3 fonts go through playa's glyphs.
- ``pdfplumber``: the reference, pdfplumber over pdfminer.six.
- ``pdfium`` (:data:`LAST_READER`, not offered to users): pdfium's characters and filled
  rectangles (:mod:`extract.pdf.pdfium_page`), for a file neither of the others opens.

Only words, rectangles and edges leave a page: characters are dropped as soon as
the page's words are made, so memory does not grow with the characters.  A
``finish`` function given to :func:`open_pdf` turns each page into what the
caller keeps (the document model's page) where the page was read: in the
worker processes, in parallel.  A page the reader fails on does not fail the
document: its :class:`PageRead` says why, and the caller reads it otherwise.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

import pdfplumber
import playa
import pypdfium2 as pdfium
from pdfminer.pdfpage import PDFPage
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page as PlumberPage
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from playa.content import PathObject, TextObject
from playa.exceptions import PDFException
from playa.font import Type3Font
from playa.miner import LTChar, LTLine, LTRect, process_object
from playa.pdftypes import PSLiteral, num_value, resolve1
from playa.utils import decode_text, mult_matrix, transform_bbox

from .bullets import filled_discs
from .complaints import parser_warnings
from .glyph_names import named_glyphs, unswapped
from .model import DEFAULT_READER, READERS
from .pdfium_page import pdfium_page
from .shown_page import normal_box, shown_box
from .words import extract_words
from .workers import start_worker_server, worker_context

# Each worker process holds its own parser state (about 35 MiB); more than this gains little.
MAX_WORKERS = 4
# The reader of last resort: opens files whose cross-reference table and trailer are beyond the others.
LAST_READER = "pdfium"


class UnreadablePDF(Exception):
    """The parser could not read the file; the message names the parser's error.

    Raised where the file is opened (``__cause__`` is the parser's error, so an encryption error can be
    told apart); a page the parser fails on is not raised but told in its :class:`PageRead`.
    """


# What pdfminer.six and playa raise on a damaged file: their own errors (PSException is the base of
# pdfminer.six's), which no code of ours raises, and so may be caught wherever a page is taken ...
PARSER_ERRORS = (PSException, PDFException, PdfminerException, MalformedPDFException)
# ... and the built-in ones their parsers let through on malformed objects (a string where a number
# belongs, a missing key, a short array; playa's tokenizer running off the end of a truncated file,
# and a parser's generator meeting that end: "generator raised StopIteration"), caught only around
# a call into a parser.
DAMAGE = (*PARSER_ERRORS, ValueError, KeyError, TypeError, IndexError, StopIteration, RuntimeError)


def unreadable(exc: Exception) -> UnreadablePDF:
    """The :class:`UnreadablePDF` for a parser's error; pdfplumber wraps pdfminer.six's, which is named."""
    return UnreadablePDF(_named(exc))


def _named(exc: Exception) -> str:
    """A parser's error as "Kind: message"; pdfplumber wraps pdfminer.six's, which is named instead."""
    if isinstance(exc, UnreadablePDF):
        return str(exc)  # named already
    wrapped = isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], Exception)
    cause = exc.args[0] if wrapped else exc
    return f"{type(cause).__name__}: {cause}"


@contextmanager
def parser_call():
    """Around a call into a parser: what a damaged file makes it raise becomes :class:`UnreadablePDF`."""
    try:
        yield
    except DAMAGE as exc:
        raise unreadable(exc) from exc


@dataclass
class RawPage:
    number: int
    width: float
    height: float
    words: list[dict]  # pdfplumber word dicts: text, x0, x1, top, bottom and WORD_ATTRS
    rects: list[dict]  # x0, top, x1, bottom, fill (bool), non_stroking_color
    edges: list[dict]  # x0, x1, top, orientation ("h", "v" or None), in pdfplumber's order
    discs: list[dict] = field(default_factory=list)  # small filled round shapes: x0, x1, top, bottom
    # The glyphs drawn that the fonts name as a letter or digit (extract.pdf.glyph_names); None: not looked at
    # (only the default reader looks, at its upright text's glyphs).
    glyph_names: frozenset | None = None


@dataclass
class PageRead:
    """One page as the reader left it: what ``finish`` made of it, or why the reader failed on it."""

    number: int
    page: Any | None
    failure: str | None = None
    warnings: list[str] = field(default_factory=list)  # what the parser logged while reading it
    timed_out: bool = False  # read in a worker, it took longer than the time limit


class _PageTimedOut(Exception):
    pass


@contextmanager
def _page_alarm(seconds: float | None):
    """Raise :class:`_PageTimedOut` in this process's main thread after ``seconds`` (None: no limit)."""
    if seconds is None:
        yield
        return

    def expired(_signum, _frame):
        raise _PageTimedOut

    earlier = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, earlier)


@dataclass
class RawDocument:
    metadata: dict  # the PDF's document information, string values only
    page_count: int
    pages: Iterator[PageRead]  # lazy: each page is read (and finished) when it is reached


@contextmanager
def open_pdf(path: Path, reader: str = DEFAULT_READER, password: str | None = None,
             workers: int | None = None, finish: Callable[[RawPage], Any] | None = None,
             page_seconds: float | None = None) -> Iterator[RawDocument]:
    """Open ``path`` with ``reader``; the :class:`RawDocument` is valid inside the ``with`` block.

    playa reads the pages in ``workers`` processes (default: one per available
    core, at most :data:`MAX_WORKERS`; documents of a few pages are read in this
    process).  ``finish``, if given, is applied to each :class:`RawPage` there
    (it must pickle: a module-level function or a partial of one), and the
    document's pages are :class:`PageRead` of its results.  Parser errors while
    opening become :class:`UnreadablePDF`; a parser error on a page becomes its
    :attr:`PageRead.failure`.  A page read in a worker process that takes longer than
    ``page_seconds`` is given up (:attr:`PageRead.timed_out`): the worker times it itself.
    """
    if reader not in (*READERS, LAST_READER):
        raise ValueError(f"unknown reader {reader!r}; choose one of {', '.join(READERS)}")
    if workers is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        workers = min(MAX_WORKERS, cores)
    opener = {"playa": partial(_playa_document, workers=workers, page_seconds=page_seconds),
              "pdfplumber": _pdfplumber_document, LAST_READER: _pdfium_document}[reader]
    with _parser_opened(opener(path, password, finish or _unchanged)) as raw:
        # Only taking the next page is guarded, not the caller's work on it: a page's own damage
        # comes back in its PageRead (see read_page), and ``finish`` is never guarded.
        yield replace(raw, pages=_guarded(raw.pages))


@contextmanager
def _parser_opened(opened) -> Iterator[RawDocument]:
    """Enter and leave a parser's open file (``opened``), its damage named as :class:`UnreadablePDF`.

    Leaving is guarded too: a parser may read the file again as it closes it.  RecursionError is
    not caught: the caller names it (objects nested too deeply).
    """
    with parser_call():
        raw = opened.__enter__()
    try:
        yield raw
    except BaseException as exc:
        with parser_call():
            if opened.__exit__(type(exc), exc, exc.__traceback__):
                return
        raise
    with parser_call():
        opened.__exit__(None, None, None)


def _guarded(pages: Iterator[Any]) -> Iterator[Any]:
    pages = iter(pages)
    while True:
        try:
            page = next(pages)
        except StopIteration:
            return
        except PARSER_ERRORS as exc:
            raise unreadable(exc) from exc
        yield page


def _unchanged(page: RawPage) -> RawPage:
    return page


def read_page(number: int, read: Callable[[], RawPage], finish: Callable, seconds: float | None = None) -> PageRead:
    """``finish(read())`` as page ``number``'s :class:`PageRead`, with what the parser logged meanwhile.

    A parser error (:data:`DAMAGE`, raised by ``read``, a call into a parser) is the page's failure;
    an error of ``finish`` (the caller's code) is raised as it is.  With ``seconds`` (only in a worker
    process's main thread), a page that takes longer is given up.
    """
    with parser_warnings(number) as warnings:
        try:
            with _page_alarm(seconds):
                try:
                    raw = read()
                except (*DAMAGE, UnreadablePDF) as exc:  # pdfium's PdfiumError is a RuntimeError
                    return PageRead(number, None, _named(exc), warnings)
                return PageRead(number, finish(raw), None, warnings)
        except _PageTimedOut:
            return PageRead(number, None, "took too long", warnings, timed_out=True)


@contextmanager
def _pdfplumber_pages_only(path: Path, password: str | None):
    """``pdfplumber.open``, closed without making every page: its ``close`` goes over ``pdf.pages``, and one
    page box that is not numbers would fail them all.  Each page read here is closed as it is read."""
    with parser_call():  # a parser that fails as it opens the file raises here, not in our generator
        pdf = pdfplumber.open(path, password=password)
    try:
        yield pdf
    finally:
        pdf.stream.close()  # all that pdf.close() does besides closing the pages


@contextmanager
def _pdfplumber_document(path: Path, password: str | None, finish: Callable) -> Iterator[RawDocument]:
    with _pdfplumber_pages_only(path, password) as pdf:
        metadata = {k: v for k, v in (pdf.metadata or {}).items() if isinstance(v, str)}
        # The page objects, not pdfplumber's pages: making those reads every page's box, and one
        # box that is not numbers would fail them all.
        with parser_call():  # as pdfplumber's own pages do: the page tree is unreadable
            objects = list(PDFPage.create_pages(pdf.doc))
        pages = (read_page(number, partial(_pdfplumber_page, pdf, page, number), finish)
                 for number, page in enumerate(objects, start=1))
        yield RawDocument(metadata=metadata, page_count=len(objects), pages=pages)


def pdfplumber_page(path: Path, number: int, password: str | None) -> RawPage:
    """Page ``number`` (from 1) alone, read with pdfplumber."""
    with _pdfplumber_pages_only(path, password) as pdf:
        for index, page in enumerate(PDFPage.create_pages(pdf.doc), start=1):
            if index == number:
                return _pdfplumber_page(pdf, page, number)
    raise UnreadablePDF(f"no page {number}")


@contextmanager
def _pdfium_document(path: Path, password: str | None, finish: Callable) -> Iterator[RawDocument]:
    try:
        document = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        raise UnreadablePDF(f"PdfiumError: {exc}") from exc
    try:
        count = len(document)
        metadata = {k: v for k, v in document.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
    finally:
        document.close()
    yield RawDocument(metadata=metadata, page_count=count,
                      pages=(read_page(number, partial(pdfium_raw_page, path, number, password), finish)
                             for number in range(1, count + 1)))


def pdfium_raw_page(path: Path, number: int, password: str | None) -> RawPage:
    """Page ``number`` (from 1) alone, read with pdfium: words and filled rectangles, no ruling edges."""
    width, height, words, rects = pdfium_page(path, number, password)
    return RawPage(number=number, width=width, height=height, words=words, rects=rects, edges=[])


def _pdfplumber_page(pdf, page_object, number: int) -> RawPage:
    # pdfminer.six lays the page out from its media box's first corner as written, pdfplumber from its lower left
    # (a box written upper right first read 595 pt left and 842 pt low): both from the lower left.
    page_object.mediabox = normal_box(page_object.mediabox)
    page_object.cropbox = normal_box(page_object.cropbox)
    pdf_page = PlumberPage(pdf, page_object, page_number=number, initial_doctop=0)
    try:
        page = RawPage(
            number=pdf_page.page_number,
            width=pdf_page.width,
            height=pdf_page.height,
            words=_placed_words(pdf_page),
            rects=[{"x0": r["x0"], "top": r["top"], "x1": r["x1"], "bottom": r["bottom"],
                    "fill": r.get("fill"), "non_stroking_color": r.get("non_stroking_color")}
                   for r in pdf_page.rects],
            edges=[{"x0": e["x0"], "x1": e["x1"], "top": e["top"], "orientation": e["orientation"]}
                   for e in pdf_page.edges],
            discs=filled_discs(pdf_page.curves),
        )
        return _as_shown(page, pdf_page, page_object)
    finally:
        pdf_page.close()  # drops the page's cached characters and layout


def _as_shown(page: RawPage, pdf_page, page_object) -> RawPage:
    """pdfplumber's page moved to the page as shown (extract.pdf.shown_page).  pdfplumber measures x in user space
    (pdfminer.six's layout plus the turned media box's left) and top from its own point, the media box's height
    above the layout's origin less its bottom: on a page whose media box starts at (0, 0), shows all of it, both
    are the page as shown."""
    left, bottom, right, top = shown_box(page_object.mediabox, page_object.cropbox, page_object.rotate)
    across, down = pdf_page.mediabox[0] + left, pdf_page.height + pdf_page.mediabox[1] - top
    size = {"width": right - left, "height": top - bottom}
    if not across and not down:
        return page if (page.width, page.height) == (size["width"], size["height"]) else replace(page, **size)

    def moved(item: dict) -> dict:
        return {**item, **{key: item[key] - across for key in ("x0", "x1") if key in item},
                **{key: item[key] - down for key in ("top", "bottom", "doctop") if key in item}}

    return replace(page, **size, words=[moved(w) for w in page.words],
                   rects=[moved(r) for r in page.rects], edges=[moved(e) for e in page.edges],
                   discs=[moved(d) for d in page.discs])


def _placed_words(pdf_page) -> list[dict]:
    """The page's words, made of its characters (which pdfplumber lists in content order) as the playa reader
    makes them (extract.pdf.words: pdfplumber's word extraction, with a tolerance for pages without spaces and
    for letters set apart), each with ``content_index`` and ``overprinted``."""
    return extract_words([(char["text"], char["x0"], char["top"], char["x1"], char["bottom"], char["upright"],
                           char["fontname"], char["size"], char["non_stroking_color"]) for char in pdf_page.chars])


@contextmanager
def _playa_document(path: Path, password: str | None, finish: Callable, workers: int,
                    page_seconds: float | None) -> Iterator[RawDocument]:
    if workers > 1:
        start_worker_server()  # here, not lazily where the pool's first page is sent: see the function
    # "page" space: pdfminer.six's coordinates, which playa.miner's boxes assume.
    with parser_call():  # a parser that fails as it opens the file raises here, not in our generator
        pdf = playa.open(path, space="page", password=password or "", max_workers=workers,
                         mp_context=worker_context())
    with pdf:
        if not pdf.catalog:  # playa only logs this; pdfminer.six refuses the file, and so do we
            raise UnreadablePDF("no document catalog (/Root)")
        # In order; with workers, pages are read in parallel processes and sent back.
        pages = pdf.pages.map(partial(_finished_page, finish, page_seconds, os.getpid()))
        yield RawDocument(metadata=_playa_metadata(pdf), page_count=len(pdf.pages), pages=pages)


def _playa_metadata(pdf) -> dict:
    """The document information dictionary, decoded as pdfplumber decodes it."""
    info = resolve1(pdf.trailer.get("Info"))
    metadata = {}
    for key, value in (info.items() if isinstance(info, dict) else ()):
        value = resolve1(value)
        if isinstance(value, PSLiteral):  # a name such as /False
            value = value.name
        if isinstance(value, bytes):
            value = decode_text(value)
        if isinstance(value, str):
            metadata[key] = value
    return metadata


def _finished_page(finish: Callable, page_seconds: float | None, opener: int, page) -> PageRead:
    # Timed here only in a worker: in the opening process the caller times the pages (a second
    # SIGALRM timer would replace its own).
    in_worker = os.getpid() != opener
    return read_page(page.page_idx + 1, partial(_playa_page, page), finish, page_seconds if in_worker else None)


def _playa_page(page) -> RawPage:
    # The page as shown (extract.pdf.shown_page): playa's "page" space, from the shown box's top left corner.
    left, bottom, right, top = shown_box(page.mediabox, page.cropbox, page.rotate)
    chars, rects, lines, curves = [], [], [], []
    fonts: dict[int, _FontGlyphs] = {}  # by id: the page's font objects live as long as the page
    for obj in page.flatten():  # content stream order, form XObjects included, as pdfminer.six
        if isinstance(obj, TextObject):
            chars += _chars(obj, fonts, left, top)
        elif isinstance(obj, PathObject):
            for item in process_object(obj):
                if isinstance(item, LTRect):
                    rects.append(item)
                elif isinstance(item, LTLine):
                    lines.append(item)
                else:
                    curves.append(item)

    def box(item) -> dict:
        x0, y0, x1, y1 = item.bbox
        return {"x0": x0 - left, "x1": x1 - left, "top": top - y1, "bottom": top - y0}

    # Edges as pdfplumber's page.edges lists them: lines, then each rectangle's
    # four sides, then each curve's segments.
    edges = []
    for line in lines:
        b = box(line)
        edges.append({"x0": b["x0"], "x1": b["x1"], "top": b["top"],
                      "orientation": "h" if b["top"] == b["bottom"] else "v"})
    rect_dicts = []
    for rect in rects:
        b = box(rect)
        rect_dicts.append({**b, "fill": rect.fill, "non_stroking_color": _color_values(rect.non_stroking_color)})
        edges += [{"x0": b["x0"], "x1": b["x1"], "top": b["top"], "orientation": "h"},
                  {"x0": b["x0"], "x1": b["x1"], "top": b["top"] + rect.height, "orientation": "h"},
                  {"x0": b["x0"], "x1": b["x0"], "top": b["top"], "orientation": "v"},
                  {"x0": b["x1"], "x1": b["x1"], "top": b["top"], "orientation": "v"}]
    for curve in curves:
        points = [(x - left, top - y) for x, y in curve.pts]
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            edges.append({"x0": min(ax, bx), "x1": max(ax, bx), "top": min(ay, by),
                          "orientation": "v" if ax == bx else ("h" if ay == by else None)})
    return RawPage(
        number=page.page_idx + 1,
        width=right - left,
        height=top - bottom,
        words=extract_words(chars),
        rects=rect_dicts,
        edges=edges,
        discs=filled_discs([{**box(curve), "fill": curve.fill, "stroke": curve.stroke,
                             "non_stroking_color": _color_values(curve.non_stroking_color)} for curve in curves]),
        # Each string's glyphs decoded once per page (_FontGlyphs): every glyph the page draws upright.
        glyph_names=named_glyphs((glyphs.font, text, code) for glyphs in fonts.values()
                                 for decoded in glyphs.values() for text, code, _ in decoded),
    )


def _chars(text: TextObject, fonts: dict, left: float, top: float) -> list[tuple]:
    """pdfminer.six's characters of a text object, as extract.pdf.words' character tuples, on the page as shown
    from its corner ``left``, ``top`` in playa's "page" space."""
    font = text.gstate.font
    if font is None:
        return []  # playa yields no glyphs without a font
    if id(font) not in fonts:
        fonts[id(font)] = _FontGlyphs(font)
    glyphs = fonts[id(font)]
    chars = None if glyphs.descent is None else _horizontal_chars(text, glyphs, left, top)
    return _glyph_chars(text, glyphs.descent, left, top) if chars is None else chars


class _FontGlyphs(dict):
    """A font's strings, each decoded into (text, code, width) glyphs once per page: a page
    shows the same few strings thousands of times (a TJ array often holds one character
    between kerning adjustments), and decoding is the dearest step of a glyph."""

    def __init__(self, font):
        super().__init__()
        self.font = font
        self.descent = _pdfminer_descent(font)

    def __missing__(self, string: bytes) -> tuple[tuple[str, int, float], ...]:
        font = self.font
        glyphs = self[string] = tuple(
            (f"(cid:{cid})" if text is None else unswapped(text), cid, font.hdisp(cid))
            for cid, text in font.decode(string))
        return glyphs


def _horizontal_chars(text: TextObject, glyphs: _FontGlyphs, shown_left: float,
                      shown_top: float) -> list[tuple] | None:
    """The characters of a horizontal text object, computed as playa's ``TextObject.__iter__`` and
    pdfminer.six's LTChar compute them, operation for operation (so every float is the same), but
    without an object per glyph.  None if the text is rotated so that a box's corners swap
    (the rare case playa's own glyphs handle).

    A glyph's rendering matrix is (A, B, C, D, E, F): playa's scaling matrix (font size, horizontal
    scaling, rise) times the text line matrix and CTM, translated to the glyph's offset ``pos``
    along the line; only E and F depend on ``pos``.  Its box is that matrix applied to
    (0, descent, width, descent + 1), as LTChar makes it.
    """
    gstate = text.gstate
    fontsize, scaling = gstate.fontsize, gstate.scaling * 0.01
    if fontsize == 0.0:
        charspace = wordspace = 0.0
    else:  # in unscaled text space units, as playa keeps them
        charspace, wordspace = gstate.charspace / fontsize, gstate.wordspace / fontsize
    if glyphs.font.multibyte:
        wordspace = 0  # as playa does (its fonts are all single-byte as of 1.1: CID fonts get word spacing too)
    a, b, c, d, e, f = mult_matrix(text.line_matrix, text.ctm)
    # mult_matrix(scaling matrix, translated line matrix), term by term (the zeros keep signed zeros).
    A, B = a * (fontsize * scaling) + c * 0, b * (fontsize * scaling) + d * 0
    C, D = a * 0 + c * fontsize, b * 0 + d * fontsize
    if A * C < 0 or B * D < 0:
        return None
    rise_x, rise_y = a * 0 + c * gstate.rise, b * 0 + d * gstate.rise
    pos, y = text._glyph_offset  # playa keeps the offset private; its glyphs start there too
    y_c, y_d = y * c, y * d
    descent = glyphs.descent
    top = descent + 1
    low_x, low_y, top_x, top_y = A * 0 + C * descent, B * 0 + D * descent, C * top, D * top
    upright = A * D * scaling > 0 and B * C <= 0
    fontname, color = glyphs.font.fontname, _color_values(gstate.ncolor)
    chars = []
    for arg in text.args:
        if isinstance(arg, (int, float)):
            pos -= arg * 0.001 * fontsize * scaling
            continue
        for char, cid, width in glyphs[arg]:
            E = rise_x + (pos * a + y_c + e)
            F = rise_y + (pos * b + y_d + f)
            x0, y0, x1, y1 = low_x + E, low_y + F, A * width + top_x + E, B * width + top_y + F
            # min and max as playa's get_bound takes them: the first of equals
            x0, x1 = (x1, x0) if x1 < x0 else (x0, max(x0, x1))
            y0, y1 = (y1, y0) if y1 < y0 else (y0, max(y0, y1))
            chars.append((char, x0 - shown_left, shown_top - y1, x1 - shown_left, shown_top - y0, upright,
                          fontname, y1 - y0, color))
            advance = width + charspace
            if cid == 32:
                advance += wordspace
            pos += advance * fontsize * scaling
    if text._next_glyph_offset is None:
        # Where the next text object starts, as playa's iteration would have left it; unset,
        # playa computes it again, with other rounding.
        text._next_glyph_offset = (pos, y)
    return chars


def _glyph_chars(text: TextObject, descent: float | None, left: float, top: float) -> list[tuple]:
    """The characters of any text object, from playa's glyphs: boxes from pdfminer.six's
    ``descent``, or, without one, playa.miner's LTChar."""
    scaling = text.gstate.scaling * 0.01
    font = text.gstate.font
    fontname, color = font.fontname, _color_values(text.gstate.ncolor)
    chars = []
    for glyph in text:
        a, b, c, d, _, _ = matrix = glyph.matrix
        if descent is None:
            char = LTChar(glyph)
            (x0, y0, x1, y1), size = char.bbox, char.size
        else:
            x0, y0, x1, y1 = transform_bbox(matrix, (0, descent, font.hdisp(glyph.cid), descent + 1))
            size = y1 - y0
        text = f"(cid:{glyph.cid})" if glyph.text is None else unswapped(glyph.text)
        chars.append((text, x0 - left, top - y1, x1 - left, top - y0,
                      a * d * scaling > 0 and b * c <= 0, fontname, size, color))
    return chars


def _pdfminer_descent(font) -> float | None:
    """The descent (in text space) pdfminer.six puts under a character of ``font``.

    pdfminer.six takes the descriptor's Descent as printed (0 when absent);
    playa replaces a zero Ascent and Descent by the font box's, as LibreOffice's
    subset fonts have them, which would move every box down.  None for Type 3
    and vertical fonts: their characters go through playa.miner's LTChar.
    """
    if isinstance(font, Type3Font) or font.vertical:
        return None
    descriptor = resolve1(getattr(font, "descriptor", None)) or {}
    return -abs(num_value(resolve1(descriptor.get("Descent", 0)))) * font.matrix[3]


def _color_values(color) -> tuple | None:
    """playa's colour (values and an optional pattern name) as pdfminer.six's tuple of components."""
    return None if color is None else tuple(color.values)
