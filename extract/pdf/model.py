"""The document model: a PDF read once into pages of typed text lines, rectangles and rules.

Everything downstream (headings, tables, sections) works on this model, so the
PDF is parsed exactly once per run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

# The PDF parsers read_document can use (see extract/pdf/reader.py); both give the same model.
READERS = ("playa", "pdfplumber")
DEFAULT_READER = "playa"
# pdfminer.six (under pdfplumber) repairs damage that playa refuses: damaged files are read with it.
REFERENCE_READER = "pdfplumber"
# The invisible font of the text layer tesseract writes (ocrmypdf's renderer): no glyphs, only the words read.
OCR_FONT = "GlyphLessFont"
_SMALL_CAPS = re.compile(r"small[-_ ]?caps", re.IGNORECASE)


class InputError(Exception):
    """The input file cannot be used: not a PDF, unreadable, or not the document expected."""


class PageTimeout(InputError):
    """A page took longer than the time limit."""

    def __init__(self, path, page: int, seconds: float):
        super().__init__(f"{path}: page {page} took longer than {seconds:g} s to read (damaged PDF?)")


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

    @property
    def small_caps(self) -> bool:
        """Set in a small-capitals font, which says so in its name ("Liberation-Sans-Bold-Small-Caps",
        "Minion-SmallCaps")."""
        return _SMALL_CAPS.search(self.fontname) is not None

    @property
    def speck(self) -> bool:
        """Letters or digits boxed narrower than a seventh of the size each, which no font sets them: a
        rule's edge or a speck that OCR read as a character ("5" over a cell border)."""
        return self.text.isalnum() and self.x1 - self.x0 < self.size * len(self.text) / 7


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
    underlined: bool = False  # a rule is drawn under its text, end to end (extract.pdf.layout.mark_underlined)

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
    column_sets: int = 0  # sets of two columns read column by column (extract.pdf.lines); 0: one column
    column_doubts: int = 0  # jumps between columns where the text does not run on (extract.pdf.lines)
    column_disorder: int | None = None  # lines read in columns drawn out of turn (None: not known; extract.pdf.lines)
    overprinted: int = 0  # words two of whose characters are printed over each other (extract.pdf.words)
    # (font, letter or digit, code) of the glyphs the page draws (extract.pdf.glyph_names); None: not looked at
    glyph_names: frozenset | None = field(default=None, repr=False, compare=False)
    # The page's words in the order its content stream draws them (None: the reader does not say), kept
    # until the document's columns are read (extract.pdf.lines.align_columns).
    drawn: list[Word] | None = field(default=None, repr=False, compare=False)
    # How often that order steps from a line to the line right under it (extract.pdf.drawing_order.continuity);
    # None: not known.  An order that seldom does is not the order the text is read in: it is set aside.
    drawn_continuity: float | None = field(default=None, repr=False, compare=False)
    # (font, smaller size) -> capital size of the small capitals the page's own words show
    # (extract.pdf.lines.capital_sizes), for a title going on atop the next page.
    small_capitals: dict[tuple[str, float], float] = field(default_factory=dict, repr=False, compare=False)

    def rules_across(self, x0: float, x1: float, above: float, below: float) -> list[float]:
        """The heights of the horizontal rules from ``x0`` to ``x1`` (or wider) between ``above`` and
        ``below``: a table's row edges."""
        return sorted(y for left, right, y in self.h_rules if left <= x0 and right >= x1 and above <= y <= below)


@dataclass
class Document:
    path: Path
    sha256: str
    metadata: dict
    pages: list[Page]
    # The words the document prints (extract.pdf.text.document_vocabulary), worked out once for the
    # headings, planning and sections that resolve line-break hyphens with it.
    vocabulary: Counter | None = field(default=None, repr=False, compare=False)
    repaired_pages: dict[int, str] = field(default_factory=dict)  # page number → why and how it was read otherwise
    page_warnings: dict[int, list[str]] = field(default_factory=dict)  # page number → what the parsers logged
    # page number → the glyphs its clipping paths hide, left out of its lines (extract.pdf.clipping.HiddenText)
    hidden_text: dict[int, list] = field(default_factory=dict, repr=False, compare=False)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @cached_property
    def fonts(self) -> frozenset[str]:
        """The fonts of the body's words."""
        return frozenset(word.fontname for line in self.lines() for word in line.words)

    @property
    def one_font(self) -> bool:
        """Every word of the body in one font, as in an OCR text layer (its one invisible font): no weight,
        colour or reliable size, and a reading OCR may have got wrong."""
        return len(self.fonts) == 1

    @property
    def ocr_text_layer(self) -> bool:
        """Every word in the invisible font of tesseract's text layer (ocrmypdf's): the characters are what
        tesseract read, and the page's image is what was printed."""
        return self.fonts == {OCR_FONT}

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

