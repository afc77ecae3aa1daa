"""The document model: a werkplan PDF read once into pages of typed text lines.

Everything downstream (headings, budget tables, sections) works on this model, so
the PDF is parsed exactly once per run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterator

from .settings import resolve

# The PDF parsers read_document can use (see extract/reader.py); both give the same model.
READERS = ("playa", "pdfplumber")
DEFAULT_READER = "playa"
# pdfminer.six (under pdfplumber) repairs damage that playa refuses: damaged files are read with it.
REFERENCE_READER = "pdfplumber"


@dataclass(frozen=True)
class LayoutSettings:
    """How words become lines and which lines are running headers and footers (PDF points unless stated)."""

    # Words whose vertical middles lie within this fraction of their font size
    # belong to the same text line.
    line_tolerance: float = 0.45
    # Only lines in this top/bottom band of a page can be running headers or footers.
    furniture_band: float = 0.12
    # A top/bottom line is furniture when its text, digits masked, recurs on at
    # least this share of the pages (and on two pages at the least).
    furniture_share: float = 0.5
    # ... and at the same height, in steps of this many points.
    furniture_height_step: float = 4.0


class WerkplanInputError(Exception):
    """The input file cannot be used: not a PDF, unreadable, or not a werkplan."""


# Slots: a 1,000-page document holds some 350,000 words.  Not frozen, though nothing changes a word
# once made: a frozen dataclass sets each field through object.__setattr__, which made building the
# words, and unpickling them from the page workers, three times slower.
@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    fontname: str
    size: float
    color: tuple

    def __reduce__(self):
        # Rebuilt by the constructor, not by dataclasses' slot state (a Python loop per word).
        return Word, (self.text, self.x0, self.x1, self.top, self.bottom, self.fontname, self.size, self.color)

    @property
    def bold(self) -> bool:
        return "bold" in self.fontname.lower()


@dataclass(slots=True)
class Line:
    """A text line: its words left to right, with their extent and main style worked out once.

    Every stage asks a line for its text, box and size many times over, so these
    are fields filled when the line is made; a line's words are not changed after.
    """

    page: int
    words: list[Word]
    text: str = field(init=False)
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    size: float = field(init=False)  # the font size carrying most characters of the line
    bold: bool = field(init=False)  # most characters are bold

    def __post_init__(self) -> None:
        words = self.words
        self.text = " ".join(w.text for w in words)
        self.x0 = words[0].x0
        self.x1 = max(w.x1 for w in words)
        self.top = min(w.top for w in words)
        self.bottom = max(w.bottom for w in words)
        sizes = Counter()
        bold = 0
        for w in words:
            sizes[round(w.size, 1)] += len(w.text)
            bold += len(w.text) if w.bold else 0
        self.size = sizes.most_common(1)[0][0]
        self.bold = bold * 2 > sum(sizes.values())

    @property
    def color(self) -> tuple:
        return self.words[0].color


@dataclass(frozen=True, slots=True)
class Rect:
    x0: float
    top: float
    x1: float
    bottom: float
    fill: tuple | None


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    furniture: list[Line] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    ruled: bool = False  # has drawn lines or rectangle edges (table grids)
    h_rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, y) of horizontal edges


@dataclass
class Document:
    path: Path
    sha256: str
    metadata: dict
    pages: list[Page]

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def lines(self) -> Iterator[Line]:
        """Body lines in reading order, running headers and footers left out."""
        for page in self.pages:
            yield from page.lines


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=None)  # one tuple per colour, shared by all words of that colour
def _color(value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (int, float)):
        return (round(float(value), 3),)
    return tuple(round(float(v), 3) for v in value)


def _gutter(words: list[Word]) -> float | None:
    """The x of the gap between two text columns, or None for a one-column page.

    A gutter is the only wide vertical gap in the middle of the text that no word
    crosses (running headers and footers at the page's top and bottom aside), with
    a good share of the words on either side.  A table has several such gaps (one
    per column), and full-width text crosses them all.
    """
    if len(words) < 40:
        return None
    size = sorted(w.size for w in words)[len(words) // 2]
    top, bottom = min(w.top for w in words) + 2 * size, max(w.bottom for w in words) - 2 * size
    inner = [w for w in words if w.top >= top and w.bottom <= bottom]
    if len(inner) < 40:
        return None
    left, right = min(w.x0 for w in inner), max(w.x1 for w in inner)
    gaps, reach = [], left
    for word in sorted(inner, key=lambda w: w.x0):
        if word.x0 - reach >= 1.5 * size:
            gaps.append((reach, word.x0))
        reach = max(reach, word.x1)
    if len(gaps) != 1 or not 0.3 < (sum(gaps[0]) / 2 - left) / (right - left) < 0.7:
        return None
    x = sum(gaps[0]) / 2
    sides = [[w for w in inner if w.x1 <= x], [w for w in inner if w.x0 >= x]]
    if not all(0.25 <= len(side) / len(inner) <= 0.75 for side in sides):
        return None
    # Columns of running text: most of their lines fill the column (table cells do not).
    for side in sides:
        rows = _group_rows(side, 0, 0.45)
        extent = max(w.x1 for w in side) - min(w.x0 for w in side)
        widths = sorted(r.x1 - r.x0 for r in rows)
        if widths[len(widths) // 2] < 0.7 * extent:
            return None
    return x


def _join_touching(words: list[Word]) -> list[Word]:
    """Words split only where the font or colour changes, with no space between
    ("Project" and a blue "."), are one word, as a reader sees them."""
    joined = [words[0]]
    for word in words[1:]:
        last = joined[-1]
        if word.x0 - last.x1 <= 0.1 * min(word.size, last.size) and word.x0 >= last.x0:
            main = last if len(last.text) >= len(word.text) else word
            joined[-1] = Word(text=last.text + word.text, x0=last.x0, x1=max(last.x1, word.x1),
                              top=min(last.top, word.top), bottom=max(last.bottom, word.bottom),
                              fontname=main.fontname, size=main.size, color=main.color)
        else:
            joined.append(word)
    return joined


def _group_rows(words: list[Word], page: int, tolerance: float) -> list[Line]:
    lines: list[list[Word]] = []
    middles = 0.0  # the sum of the last line's word middles
    for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        middle = (word.top + word.bottom) / 2
        if lines:
            last = lines[-1]
            if abs(middle - middles / len(last)) <= tolerance * max(word.size, last[0].size):
                last.append(word)
                middles += middle
                continue
        lines.append([word])
        middles = middle
    return [Line(page=page, words=_join_touching(sorted(ws, key=lambda w: w.x0))) for ws in lines]


def group_lines(words: list[Word], page: int, tolerance: float) -> list[Line]:
    """Group words into text lines by their vertical middle, then order each by x.

    On a page set in two columns the gutter is found first: each column is grouped
    on its own and the left one read first; lines running across the gutter (a
    running header) stay whole, before or after the columns.
    """
    lines = _group_rows(words, page, tolerance)
    gutter = _gutter(words)
    if gutter is None:
        return lines
    across = [ln for ln in lines if any(w.x0 < gutter < w.x1 for w in ln.words) or any(
        a.x1 <= gutter <= b.x0 and b.x0 - a.x1 < 1.5 * a.size for a, b in zip(ln.words, ln.words[1:]))]
    rest = [w for ln in lines if ln not in across for w in ln.words]
    columns = (_group_rows([w for w in rest if w.x1 <= gutter], page, tolerance)
               + _group_rows([w for w in rest if w.x1 > gutter], page, tolerance))
    start = min((ln.top for ln in columns), default=0.0)
    return [ln for ln in across if ln.top < start] + columns + [ln for ln in across if ln.top >= start]


def _inside(inner: Rect, outer: Rect, tolerance: float = 0.01) -> bool:
    return (outer.x0 - tolerance <= inner.x0 and inner.x1 <= outer.x1 + tolerance
            and outer.top - tolerance <= inner.top and inner.bottom <= outer.bottom + tolerance)


def _painted(rects: list[Rect]) -> list[Rect]:
    """The filled areas of a page: two filled rectangles in a row, of the same fill, one inside the
    other, are one path filled even-odd, a frame (how HTML typesetters draw a border: the border box minus
    the padding box), so it paints only the bands between the two, kept as thin rectangles (a rule under
    a heading, say), not the whole box."""
    painted: list[Rect] = []
    index = 0
    while index < len(rects):
        first = rects[index]
        second = rects[index + 1] if index + 1 < len(rects) else None
        if second is None or not first.fill or second.fill != first.fill or second == first or not (
                _inside(second, first) or _inside(first, second)):
            painted.append(first)
            index += 1
            continue
        outer, inner = (first, second) if _inside(second, first) else (second, first)
        bands = [Rect(outer.x0, outer.top, outer.x1, inner.top, outer.fill),
                 Rect(outer.x0, inner.bottom, outer.x1, outer.bottom, outer.fill),
                 Rect(outer.x0, inner.top, inner.x0, inner.bottom, outer.fill),
                 Rect(inner.x1, inner.top, outer.x1, inner.bottom, outer.fill)]
        painted += [band for band in bands if band.x1 - band.x0 > 0.01 and band.bottom - band.top > 0.01]
        index += 2
    return painted


def _model_page(raw, tolerance: float) -> Page:
    """A reader's page (words, rects, edges) as a :class:`Page`."""
    words = [
        Word(
            text=w["text"],
            x0=w["x0"],
            x1=w["x1"],
            top=w["top"],
            bottom=w["bottom"],
            fontname=w["fontname"],
            size=w["size"],
            color=_color(w["non_stroking_color"]),
        )
        for w in raw.words
    ]
    rects = _painted([
        Rect(
            x0=r["x0"],
            top=r["top"],
            x1=r["x1"],
            bottom=r["bottom"],
            fill=_color(r["non_stroking_color"]) if r["fill"] else None,
        )
        for r in raw.rects
    ])
    return Page(
        number=raw.number,
        width=raw.width,
        height=raw.height,
        lines=group_lines(words, raw.number, tolerance),
        rects=rects,
        ruled=bool(raw.edges),
        h_rules=[(e["x0"], e["x1"], e["top"]) for e in raw.edges if e["orientation"] == "h"],
    )


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def strip_furniture(pages: list[Page], settings: LayoutSettings) -> None:
    """Move running headers, footers and page numbers from ``lines`` to ``furniture``."""
    band = settings.furniture_band

    def edge_lines(page: Page) -> Iterator[Line]:
        for line in page.lines:
            if line.bottom < page.height * band or line.top > page.height * (1 - band):
                yield line

    # Furniture recurs with the same text at the same height; table rows that
    # merely look alike (digits masked) stand at different heights.
    def key(line: Line) -> tuple[str, int]:
        return _signature(line.text), round(line.top / settings.furniture_height_step)

    counts = Counter()
    for page in pages:
        counts.update({key(line) for line in edge_lines(page)})
    needed = max(2, settings.furniture_share * len(pages))
    recurring = {k for k, n in counts.items() if n >= needed}
    for page in pages:
        furniture = [ln for ln in edge_lines(page) if key(ln) in recurring]
        page.furniture = furniture
        page.lines = [ln for ln in page.lines if ln not in furniture]


def _unreadable(exc: Exception, password: str | None) -> str:
    """Why a parser refused the file, in words; pdfminer.six and playa name their errors alike."""
    wrapped = type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], Exception)
    cause = exc.args[0] if wrapped else exc
    kinds = {kind.__name__ for kind in type(cause).__mro__}
    if "PDFPasswordIncorrect" in kinds:
        return ("encrypted, and the password given does not open it" if password else
                "encrypted; give the password with --password or the WERKPLAN_PDF_PASSWORD environment variable")
    if "PDFEncryptionError" in kinds:
        return f"encrypted in a way that cannot be read ({cause})"
    return f"unreadable PDF ({type(cause).__name__}: {cause})"


def read_document(
    path: str | Path,
    settings: LayoutSettings | dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    reader: str = DEFAULT_READER,
    password: str | None = None,
) -> Document:
    """Read a PDF into a :class:`Document`: one pass over every page.

    ``reader`` picks the parser (:data:`READERS`); ``password`` opens an encrypted PDF.
    Raises :class:`WerkplanInputError` naming the file when it is missing, not
    a readable PDF, or encrypted and ``password`` does not open it.
    """
    # The parsers load only when a PDF is read, so the command line starts fast.
    from .reader import UnreadablePDF, open_pdf

    path = Path(path)
    conf = resolve(LayoutSettings, settings)
    if not path.is_file():
        raise WerkplanInputError(f"{path}: no such file")
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise WerkplanInputError(f"{path}: not a PDF file (no %PDF header)")
    try:
        # Each page is modelled where it is read: in the reader's worker processes.
        with open_pdf(path, reader, password, finish=partial(_model_page, tolerance=conf.line_tolerance)) as raw:
            metadata = raw.metadata
            pages = []
            for index, page in enumerate(raw.pages):
                pages.append(page)
                if progress:
                    progress(index + 1, raw.page_count)
    except UnreadablePDF as exc:
        raise WerkplanInputError(f"{path}: {_unreadable(exc.__cause__ or exc, password)}") from exc
    if not pages:
        raise WerkplanInputError(f"{path}: the PDF has no pages")
    strip_furniture(pages, conf)
    return Document(path=path, sha256=file_sha256(path), metadata=metadata, pages=pages)
