"""Is the PDF whole?  What its own structure says, set against what was read.

pdfminer repairs a damaged file silently: a broken cross-reference table is
rebuilt by scanning, a page object that is gone is skipped, and the pages after
it move up one number.  This module walks the page tree itself, so page numbers
are the tree's (a missing page keeps its number free), and names the damage
for the quality report.  It also refuses files without any text layer and
bounds the time one page may take.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFDocument, PDFXRefFallback
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import LIT

from ..scratch import scratch_folder
from ..settings import Range, Settings, resolve
from .complaints import parser_warnings
from .document import read_document
from .layout import LayoutSettings
from .model import DEFAULT_READER, REFERENCE_READER, Document, InputError, PageTimeout
from .reader import DAMAGE, LAST_READER


@dataclass(frozen=True)
class IntegritySettings(Settings):
    """What a damaged or hostile file may cost, and how its damage is reported."""

    # Seconds one page may take to read before the file is refused as one that makes the parser spin.
    page_seconds: float = 30.0
    # Page trees nest a few levels; deeper than this is damage (or an attack), not a document.
    max_tree_depth: int = 64
    # Distinct parser warnings quoted in the damage note (each cut to this many characters).
    warnings_quoted: int = 3
    warning_length: int = 90
    limits = {"page_seconds": Range(above=0), "max_tree_depth": Range(least=1), "warnings_quoted": Range(least=0),
              "warning_length": Range(least=1)}


# The readable copies' folders in the system's temporary folder.
READABLE_COPY_PREFIX = "werkplan-readable-"

_PAGES, _PAGE, _IMAGE = LIT("Pages"), LIT("Page"), LIT("Image")


@dataclass
class Integrity:
    """What the file's structure says; ``damage`` lists, in words, every repair the reading needed."""

    xref_rebuilt: bool
    tree_count: int | None  # /Count of the page tree's root, as stored
    slots: int  # pages the page tree lists, present or not
    missing: list[int]  # page numbers whose page object is gone
    pages_read: int
    image_only_pages: list[int] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    repaired_pages: list[int] = field(default_factory=list)  # pages the reader failed on, read otherwise


@dataclass
class _Slot:
    present: bool
    has_images: bool = False


@contextmanager
def page_time_limit(path: Path, seconds: float):
    """Yield a ``progress(done, total)`` hook that restarts a ``seconds`` timer at every page.

    The timer is a SIGALRM, which Python delivers to the main thread only: in any other thread
    only the pages read in worker processes are bounded (each worker times its own pages).
    """
    if threading.current_thread() is not threading.main_thread():
        yield lambda done, total: None
        return
    state = {"page": 1}

    def expired(_signum, _frame):
        raise PageTimeout(path, state["page"], seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)

    def progress(done: int, _total: int) -> None:
        state["page"] = done + 1
        signal.setitimer(signal.ITIMER_REAL, seconds)

    try:
        yield progress
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _has_images(page: dict) -> bool:
    try:
        resources = resolve1(page.get("Resources")) or {}
        objects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
        streams = [resolve1(ref) for ref in objects.values()] if isinstance(objects, dict) else []
    except Exception:  # noqa: BLE001 - resources that do not resolve hold no image we can see
        return False
    return any(getattr(stream, "attrs", {}).get("Subtype") is _IMAGE for stream in streams)


def _walk(node_ref, inherited: dict, depth: int, seen: set, notes: list[str], conf: IntegritySettings) -> list[_Slot]:
    """The leaves of the page tree below ``node_ref``, in order, as pdfminer reads them."""
    if depth > conf.max_tree_depth:
        notes.append(f"the page tree nests deeper than {conf.max_tree_depth} levels")
        return []
    objid = node_ref.objid if isinstance(node_ref, PDFObjRef) else None
    if objid is not None and objid in seen:
        notes.append("the page tree refers back to itself")
        return []
    seen.add(objid)
    try:
        node = resolve1(node_ref)
    except Exception:  # noqa: BLE001 - any failure to resolve is a missing object
        node = None
    if not isinstance(node, dict):
        return [_Slot(present=False)]
    kind = node.get("Type", node.get("type"))
    if kind is _PAGES and "Kids" in node:
        kids = resolve1(node["Kids"])
        attrs = {**inherited, "Resources": node["Resources"]} if "Resources" in node else inherited
        slots = []
        for kid in kids if isinstance(kids, list) else []:
            slots += _walk(kid, attrs, depth + 1, seen, notes, conf)
        return slots
    if kind is _PAGE:
        return [_Slot(present=True, has_images=_has_images({**inherited, **node}))]
    return [_Slot(present=False)]


def _read_structure(path: Path, password: str | None,
                    conf: IntegritySettings) -> tuple[bool, int | None, list[_Slot], list[str]]:
    notes: list[str] = []
    with open(path, "rb") as handle:
        document = PDFDocument(PDFParser(handle), password or "")
        rebuilt = any(isinstance(xref, PDFXRefFallback) for xref in document.xrefs)
        root = document.catalog.get("Pages")
        if not isinstance(resolve1(root), dict):
            lost = "catalog" if not document.catalog else "page tree"
            return rebuilt, None, [], [f"the document's {lost} is missing: its pages were found by scanning the file"]
        count = resolve1(resolve1(root).get("Count"))
        slots = _walk(root, {}, 0, set(), notes, conf)
    return rebuilt, count if isinstance(count, int) else None, slots, notes


def _renumber(document: Document, numbers: list[int]) -> None:
    for page, number in zip(document.pages, numbers, strict=False):
        page.number = number
        for line in page.lines + page.furniture:
            line.page = number


def check_integrity(document: Document, password: str | None = None, settings: IntegritySettings | dict | None = None,
                    warnings: list[str] = ()) -> Integrity:
    """Compare ``document`` (as read) with the file's page tree; renumber its pages by the tree.

    ``warnings`` are what the parser warned about while reading outside any page (see
    :func:`~extract.pdf.complaints.parser_warnings`); the document holds its pages' own.

    Raises :class:`InputError` when no page has any text: a scan needs OCR first.
    """
    conf = resolve(IntegritySettings, settings)
    path = document.path
    if not any(page.lines or page.furniture for page in document.pages):
        raise InputError(f"{path}: no text layer (scanned?); give it one with OCR first, "
                                 f"e.g. ocrmypdf --language nld {path.name} {path.stem}-ocr.pdf")
    try:
        with parser_warnings():  # the same problems again: they were collected while reading
            rebuilt, count, slots, notes = _read_structure(path, password, conf)
    except RecursionError as exc:
        raise InputError(f"{path}: objects nested too deeply to read (damaged PDF?)") from exc
    except DAMAGE as exc:  # the pages were read; only their numbering is in doubt
        rebuilt, count, slots = False, None, []
        notes = [f"the page tree could not be read ({type(exc).__name__}: {exc})"]
    present = [number for number, slot in enumerate(slots, start=1) if slot.present]
    integrity = Integrity(xref_rebuilt=rebuilt, tree_count=count, slots=len(slots),
                          missing=[n for n, slot in enumerate(slots, start=1) if not slot.present],
                          pages_read=len(document.pages), damage=list(dict.fromkeys(notes)))
    if rebuilt:
        integrity.damage.append("the cross-reference table was broken and had to be rebuilt")
    for number, how in sorted(document.repaired_pages.items()):
        integrity.damage.append(f"page {number}: {how}")
    integrity.repaired_pages = sorted(document.repaired_pages)
    if warnings or document.page_warnings:
        integrity.damage.append(_warnings_note(list(warnings), document.page_warnings, conf))
    if integrity.missing:
        integrity.damage.append(f"page objects missing from the file: page {', '.join(map(str, integrity.missing))} of "
                                f"{len(slots)} (page numbers follow the page tree)")
    if count is not None and count != len(slots):
        integrity.damage.append(f"the page tree says {count} pages but lists {len(slots)}")
    if len(present) == len(document.pages):
        _renumber(document, present)
    elif slots:
        integrity.damage.append(f"the page tree lists {len(present)} pages but {len(document.pages)} were read "
                                f"(page numbers are in reading order)")
    has_images = {number for number, slot in enumerate(slots, start=1) if slot.present and slot.has_images}
    integrity.image_only_pages = [p.number for p in document.pages
                                  if not (p.lines or p.furniture) and p.number in has_images]
    return integrity


def _warnings_note(warnings: list[str], page_warnings: dict[int, list[str]], conf: IntegritySettings) -> str:
    """The parsers' warnings in one note: how many, on which pages, the first few distinct ones quoted."""
    every = warnings + [w for number in sorted(page_warnings) for w in page_warnings[number]]
    where = [f"page {number}: {len(page_warnings[number])}" for number in sorted(page_warnings)]
    if warnings:
        where.append(f"the file's structure: {len(warnings)}")
    distinct = list(dict.fromkeys(w[: conf.warning_length] for w in every))
    return (f"the PDF parser worked around damage ({len(every)} warnings; {', '.join(where)}): "
            + "; ".join(distinct[: conf.warnings_quoted]) + ("; ..." if len(distinct) > conf.warnings_quoted else ""))


def read_checked(path: str | Path, layout: LayoutSettings | dict | None = None,
                 settings: IntegritySettings | dict | None = None, progress=None,
                 password: str | None = None, reader: str = DEFAULT_READER) -> tuple[Document, Integrity]:
    """:func:`read_document` with a time limit per page and a guard against endless nesting, then
    :func:`check_integrity`.  ``layout`` and ``settings`` are :class:`~extract.pdf.layout.LayoutSettings`
    and :class:`IntegritySettings` (or dicts of overrides).

    A file the fast reader refuses, or one that needed repair, is read again with the reference
    reader: pdfminer.six repairs what it can and the page tree's numbering is checked against it.
    A file both refuse is read with pdfium, the last reader; refused by it too, the reference's
    reason is given.
    """
    conf = resolve(IntegritySettings, settings)
    path = Path(path)
    if reader == REFERENCE_READER:
        return _read_and_check(path, layout, conf, progress, password, reader)
    try:
        document, integrity = _read_and_check(path, layout, conf, progress, password, reader)
    except PageTimeout:
        raise
    except InputError:
        try:
            return _read_and_check(path, layout, conf, progress, password, REFERENCE_READER)
        except PageTimeout:
            raise
        except InputError as refused:
            return _read_last(path, layout, conf, progress, password, refused)
    if integrity.damage:
        try:
            return _read_and_check(path, layout, conf, progress, password, REFERENCE_READER)
        except PageTimeout:
            raise
        except InputError:
            pass  # the reference refuses what the fast reader read, with its repairs: that reading stands
    return document, integrity


def _read_last(path: Path, layout: LayoutSettings | dict | None, conf: IntegritySettings, progress,
               password: str | None, refused: InputError) -> tuple[Document, Integrity]:
    """Every page read with pdfium, as the note in the damage says; else ``refused`` is raised."""
    try:
        document, integrity = _read_and_check(path, layout, conf, progress, password, LAST_READER)
    except PageTimeout:
        raise
    except InputError:
        raise refused from None
    why = str(refused).split(": ", 1)[-1]
    integrity.damage.insert(0, f"neither playa nor pdfminer.six could open the file ({why}): "
                               "every page read with pdfium, its text and filled rectangles only")
    return document, integrity


def _read_and_check(path: Path, layout: LayoutSettings | dict | None, conf: IntegritySettings, progress,
                    password: str | None, reader: str) -> tuple[Document, Integrity]:
    with page_time_limit(path, conf.page_seconds) as restart, parser_warnings() as warnings:
        def on_page(done: int, total: int) -> None:
            restart(done, total)
            if progress:
                progress(done, total)

        try:
            document = read_document(path, layout, on_page, reader, password, conf.page_seconds)
        except RecursionError as exc:
            raise InputError(f"{path}: objects nested too deeply to read (damaged PDF?)") from exc
    return document, check_integrity(document, password, conf, warnings)


@contextmanager
def readable_copy(path: Path, password: str | None, integrity: Integrity):
    """``path``, or a temporary copy that readers without a password or page-tree numbering can use.

    camelot and the report's crops count pages by position and take no password;
    the copy has no encryption and a blank page where a page object is missing,
    so position N is page N of the tree.  If pdfium cannot open the file either,
    the file itself (those readers then fail, and say so).
    """
    if not password and not integrity.missing:
        yield path
        return
    with scratch_folder(READABLE_COPY_PREFIX) as folder:
        copy = folder / path.name
        try:
            source = pdfium.PdfDocument(path, password=password)
        except pdfium.PdfiumError:
            yield path
            return
        # A fresh document with the readable pages imported: editing the damaged one in place crashes pdfium.
        document = pdfium.PdfDocument.new()
        try:
            size = (595.0, 842.0)  # A4, until a page says otherwise
            for index in range(len(source)):
                try:
                    page = source[index]
                except pdfium.PdfiumError:  # a page object that is gone keeps its place, blank
                    document.new_page(*size)
                    continue
                size = page.get_size()
                page.close()
                document.import_pages(source, [index])
            document.save(copy)
        finally:
            document.close()
            source.close()
        yield copy
