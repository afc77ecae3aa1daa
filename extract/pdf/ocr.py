"""A text layer for a scan: ocrmypdf (tesseract) run as a subprocess, its result cached.

A PDF without any text (a scan) is read after OCR: ``ocrmypdf -l <language>`` gives it
tesseract's invisible text layer, and the reading goes on over that copy as over any PDF.

**Confidence.**  The text layer says nothing of how sure tesseract was of a word.  Tesseract
writes an hOCR file beside its PDF when it is given the config variable
``tessedit_create_hocr 1``; ocrmypdf hands config files on to tesseract
(``--tesseract-config``), and keeps its working folder (``-k``) in the ``TMPDIR`` it is
given.  So one recognition gives both the text layer and every word's box and confidence
(``x_wconf``, 0-100): no second OCR pass.  The boxes are in the page image's pixels; they are
turned into points from the page's top left, as the document model's.

**Cache.**  The OCR'd copy, the words and the engine's versions are kept in
``<cache>/<SHA-256 of the input>-<language>-<thresholding>[-deskew]-<mode>/`` (:attr:`OcrSettings.cache`, by
default ``$WERKPLAN_OCR_CACHE``, else ``$XDG_CACHE_HOME/werkplan/ocr`` or ``~/.cache/werkplan/ocr``):
a second run of the same file costs a hash.  A folder is made under a scratch name and renamed when complete, so a
killed OCR leaves no half a cache entry.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pypdfium2 as pdfium

from ..scratch import scratch_folder
from ..settings import Settings, resolve
from .model import InputError, file_sha256
from .shown_page import shown_box, shown_pdfium_page

ENGINE = "ocrmypdf"
# The cache folder when the setting ocr.cache is empty; without it, the user's cache folder.
CACHE_VARIABLE = "WERKPLAN_OCR_CACHE"
# Scratch folders of OCR runs in progress, inside the cache folder.
OCR_SCRATCH_PREFIX = ".ocr-"
# Seconds between two looks at how many pages tesseract has done.
PROGRESS_INTERVAL = 0.5
_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_CONFIDENCE = re.compile(r"x_wconf (\d+)")


@dataclass(frozen=True)
class OcrSettings(Settings):
    """How a scan is given a text layer."""

    # Tesseract's language model(s), joined with "+" ("nld", "nld+eng"); Debian: tesseract-ocr-<language>.
    language: str = "nld"
    # How tesseract turns the page grey into black and white (ocrmypdf --tesseract-thresholding: auto, otsu,
    # adaptive-otsu, sauvola).  sauvola, adaptive, keeps small print on a shaded row (a table's header) that
    # the global otsu loses.
    thresholding: str = "sauvola"
    # Straighten each page before OCR (ocrmypdf --deskew): a sheet fed askew slants its table rows.
    deskew: bool = True
    # Folder of the OCR'd copies; empty: $WERKPLAN_OCR_CACHE, else $XDG_CACHE_HOME/werkplan/ocr
    # (~/.cache/werkplan/ocr).
    cache: str = ""

    def cache_folder(self) -> Path:
        if self.cache or os.environ.get(CACHE_VARIABLE):
            return Path(self.cache or os.environ[CACHE_VARIABLE]).expanduser()
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "werkplan" / "ocr"


@dataclass(frozen=True)
class OcrWord:
    """A word as tesseract read it: text, box in points from the page's top left, confidence 0-1."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float


@dataclass
class OcrReading:
    """A scan given a text layer: ``path`` is the OCR'd copy, ``source`` the scan it was made from."""

    source: Path
    source_sha256: str
    path: Path
    language: str
    versions: dict[str, str]  # program → version
    forced: bool  # every page OCR'd, a text layer it had replaced (--ocr), not only a scan's
    words: dict[int, list[OcrWord]] = field(default_factory=dict, repr=False)  # page number → words

    @property
    def engine(self) -> str:
        return ", ".join(f"{name} {version}" for name, version in self.versions.items())

    def record(self) -> dict:
        """What the outputs say of the OCR: ``ocr``, the engine and its versions, the language."""
        return {"ocr": True, "engine": ENGINE, "versions": dict(self.versions), "language": self.language,
                "forced": self.forced}

    def words_in(self, page: int, box: tuple[float, float, float, float]) -> list[OcrWord]:
        """The words on ``page`` whose box overlaps ``box`` (x0, top, x1, bottom) by more than half of either."""
        x0, top, x1, bottom = box
        found = []
        for word in self.words.get(page, ()):
            width = min(x1, word.x1) - max(x0, word.x0)
            height = min(bottom, word.bottom) - max(top, word.top)
            if width <= 0 or height <= 0:
                continue
            if width > 0.5 * min(x1 - x0, word.x1 - word.x0) and height > 0.5 * min(bottom - top,
                                                                                    word.bottom - word.top):
                found.append(word)
        return found


def has_text_layer(path: str | Path, password: str | None = None) -> bool:
    """Whether any page of ``path`` has text; a file or page pdfium cannot open counts as having it (the
    readers then say what is wrong with it)."""
    try:
        document = pdfium.PdfDocument(str(path), password=password)
    except (pdfium.PdfiumError, OSError):
        return True
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                if page.get_textpage().count_chars() > 0:
                    return True
            finally:
                page.close()
        return False
    except pdfium.PdfiumError:  # a damaged page: the readers say what is wrong with it
        return True
    finally:
        document.close()


def missing_programs(language: str) -> list[str]:
    """The Debian packages OCR needs that are not installed: ocrmypdf, and tesseract with each language."""
    missing = [] if shutil.which("ocrmypdf") else ["ocrmypdf"]
    languages = language.split("+")
    if not shutil.which("tesseract"):
        return missing + ["tesseract-ocr"] + [f"tesseract-ocr-{lang}" for lang in languages]
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout
    installed = {line.strip() for line in listed.splitlines()[1:]}
    return missing + [f"tesseract-ocr-{lang}" for lang in languages if lang not in installed]


def _version(program: str) -> str:
    shown = subprocess.run([program, "--version"], capture_output=True, text=True, check=False)
    first = (shown.stdout or shown.stderr).strip().splitlines()[0]
    return first.split()[-1]


def ocr_pdf(path: str | Path, settings: OcrSettings | dict | None = None, jobs: int | None = None,
            progress: Callable[[int, int], None] | None = None, force: bool = False) -> OcrReading:
    """``path`` with a text layer: from the cache, or OCR'd now with ``jobs`` tesseract processes.

    ``force`` OCRs every page, replacing a text layer a page has (ocrmypdf ``--force-ocr``); else
    a page with text is an error of ocrmypdf's.  ``progress(pages_done, page_count)`` is called as
    pages are recognised.  Raises :class:`InputError` when OCR is not installed or fails.
    """
    conf = resolve(OcrSettings, settings)
    path = Path(path)
    sha256 = file_sha256(path)
    entry = conf.cache_folder() / (f"{sha256}-{conf.language}-{conf.thresholding}{'-deskew' if conf.deskew else ''}"
                                   f"-{'forced' if force else 'scan'}")
    if not (entry / "engine.json").is_file():
        missing = missing_programs(conf.language)
        if missing:
            raise InputError(f"{path}: no text layer (scanned?) and OCR is not installed; "
                             f"install it with: apt-get install {' '.join(missing)}")
        _make_entry(path, entry, conf, jobs, progress, force)
    engine = json.loads((entry / "engine.json").read_text(encoding="utf-8"))
    words = json.loads((entry / "words.json").read_text(encoding="utf-8"))
    return OcrReading(source=path, source_sha256=sha256, path=entry / "ocr.pdf", language=conf.language,
                      versions=engine["versions"], forced=force,
                      words={int(page): [OcrWord(*word) for word in page_words] for page, page_words in words.items()})


def _make_entry(path: Path, entry: Path, conf: OcrSettings, jobs: int | None,
                progress: Callable[[int, int], None] | None, force: bool) -> None:
    entry.parent.mkdir(parents=True, exist_ok=True)
    with scratch_folder(OCR_SCRATCH_PREFIX, entry.parent) as scratch:
        built, work = scratch / "entry", scratch / "work"
        built.mkdir()
        work.mkdir()
        config = scratch / "hocr.config"
        config.write_text("tessedit_create_hocr 1\n", encoding="ascii")
        command = ["ocrmypdf", "-l", conf.language, "--output-type", "pdf", "--optimize", "0", "-k",
                   "--tesseract-thresholding", conf.thresholding, *(["--deskew"] if conf.deskew else []),
                   "--tesseract-config", str(config), *(["--force-ocr"] if force else []),
                   *(["--jobs", str(jobs)] if jobs else []), str(path), str(built / "ocr.pdf")]
        with _PageProgress(work, _page_count(path), progress):
            done = subprocess.run(command, capture_output=True, text=True, check=False,
                                  env={**os.environ, "TMPDIR": str(work)})
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if line.strip()]
            raise InputError(f"{path}: OCR failed (ocrmypdf exit status {done.returncode}: "
                             f"{lines[-1].strip() if lines else 'no message'})")
        words = {page: [list(asdict(word).values()) for word in page_words]
                 for page, page_words in _hocr_words(work, built / "ocr.pdf").items()}
        (built / "words.json").write_text(json.dumps(words), encoding="utf-8")
        versions = {"ocrmypdf": _version("ocrmypdf"), "tesseract": _version("tesseract")}
        (built / "engine.json").write_text(json.dumps({"engine": ENGINE, "versions": versions}), encoding="utf-8")
        try:
            os.rename(built, entry)
        except OSError:
            if not (entry / "engine.json").is_file():  # not another run's complete entry: a real failure
                raise


def _page_count(path: Path) -> int:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return 0
    try:
        return len(document)
    finally:
        document.close()


class _PageProgress:
    """Calls ``progress(pages_done, total)`` from a thread while ocrmypdf runs, counting tesseract's hOCR files."""

    def __init__(self, work: Path, total: int, progress: Callable[[int, int], None] | None):
        self.work, self.total, self.progress = work, total, progress
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _count(self) -> int:
        return sum(1 for _ in self.work.glob("*/*_ocr_tess.hocr"))

    def _watch(self) -> None:
        seen = -1
        while not self.stop.wait(PROGRESS_INTERVAL):
            done = self._count()
            if done != seen:
                self.progress(done, self.total)
                seen = done

    def __enter__(self):
        if self.progress:
            self.thread.start()
        return self

    def __exit__(self, *_exc):
        if self.progress:
            self.stop.set()
            self.thread.join()


class _HocrWords(HTMLParser):
    """The ``ocrx_word`` spans of an hOCR page: (text, pixel box, confidence), and the page's pixel size."""

    def __init__(self):
        super().__init__()
        self.size: tuple[int, int] | None = None
        self.words: list[tuple[str, tuple[int, ...], int]] = []
        self._word: tuple[tuple[int, ...], int] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        kind, title = values.get("class", ""), values.get("title", "")
        box = _BBOX.search(title)
        if kind == "ocr_page" and box:
            self.size = (int(box.group(3)), int(box.group(4)))
        elif kind == "ocrx_word" and box:
            confidence = _CONFIDENCE.search(title)
            self._word = (tuple(map(int, box.groups())), int(confidence.group(1)) if confidence else 0)
            self._text = []

    def handle_data(self, data):
        if self._word is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "span" and self._word is not None:
            text = "".join(self._text).strip()
            if text:
                self.words.append((text, *self._word))
            self._word = None


def _hocr_words(work: Path, ocr_pdf_path: Path) -> dict[int, list[OcrWord]]:
    """Every hOCR word of the run in ``work``, its box turned from image pixels into the page's points."""
    document = pdfium.PdfDocument(str(ocr_pdf_path))
    try:
        frames = [_image_frame(shown_pdfium_page(document, index)) for index in range(len(document))]
    finally:
        document.close()
    pages: dict[int, list[OcrWord]] = {}
    for hocr in sorted(work.glob("*/*_ocr_tess.hocr")):
        number = int(hocr.name.split("_")[0])
        parser = _HocrWords()
        parser.feed(hocr.read_text(encoding="utf-8"))
        if parser.size is None or number > len(frames):
            continue
        width, height, across, down = frames[number - 1]
        sx, sy = width / parser.size[0], height / parser.size[1]
        pages[number] = [OcrWord(text, round(x0 * sx + across, 2), round(y0 * sy + down, 2), round(x1 * sx + across, 2),
                                 round(y1 * sy + down, 2), confidence / 100)
                         for text, (x0, y0, x1, y1), confidence in parser.words]
    return pages


def _image_frame(page) -> tuple[float, float, float, float]:
    """What the OCR's image of a pdfium page shows, the whole media box turned (its width and height in points), and
    what to add to x and to top for the page as shown (extract.pdf.shown_page: a scan cropped was matched 40 pt off)."""
    mediabox, rotate = page.get_mediabox(), page.get_rotation()
    _, _, width, height = shown_box(mediabox, None, rotate)
    left, _, _, top = shown_box(mediabox, page.get_bbox(), rotate)
    return width, height, -left, top - height
