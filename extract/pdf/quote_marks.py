"""Quote marks of an OCR text layer read again from their shapes, learnt from the document's own marks.

Tesseract tells a typographic quote mark from another only roughly.  In a 300-dpi scan of the bundled
werkplan, which prints no straight quote, it read 128 of its ’ and ‘ as a straight ', 7 of its ’ as ‘, a
title's closing ’ as ":", and "mbo’s" as "mbo'’s" ("Project 6.2 Pabo's …").  The page image shows which
it was: a quote mark is a mark of ink standing in the upper half of its word with nothing under it (the
dot of an "i" has its stem under it, a colon's upper dot its lower one) and taller than wide, a ‘ heavy
at its foot, a ’ at its head.  Which shape is which is learnt from the document itself: the marks
tesseract read as ‘ and as ’ are samples of how this print sets them (most of them read right: 159 of
166 there), and every mark is read as the one whose mean shape it is nearer to.  There, that gave all
128 straight ones and 166 of 166 curly ones as printed.

Nothing is mended where the document does not teach it: fewer than :data:`LEAST_SAMPLES` of either
mark, or two mean shapes not set apart (a print whose quotes are straight: tesseract's ‘ and ’ are
then the same straight mark); nor a mark about as near to both; nor a word whose marks and quote
characters do not pair off one to one (a footnote's superscript number glued to it stands high too).
Not told apart: a straight mark in a print that otherwise sets ‘ and ’ (a foot's 5', a typed 'n) is
read as the curly one nearer it; a double mark (“ ”), two marks of ink for one character, is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from .model import Line, Page
from .pixels import PagePixels

OPENING, CLOSING = "‘", "’"
# The characters tesseract reads a quote mark as, in a word: a run of them is one mark ("mbo'’s").
QUOTE_RUN = re.compile(r"['‘’]+")
# A word's last character, read where the print has a closing quote mark (project 7.1's "verbinding:").
PUNCTUATION_READINGS = frozenset(":!")
# Darkness from which a pixel is ink.
INK = 0.5
# A mark's shape: its ink scaled into this many rows and columns.
SHAPE = (12, 6)
# A mark of fewer pixels than this share of its word's ink height squared is a speck of the scan.
SPECK = 0.02
# A quote mark stands at least this many times as tall as it is wide (1.6 and more in the bundled werkplan's
# scan): a colon's upper dot (about 1), italic or with its lower dot lost in a poor scan, or a hyphen over a word's
# descender, is none.
TALL = 1.5
# Each mark is learnt from at least this many of the document's marks read as it ...
LEAST_SAMPLES = 5
# ... and the two mean shapes stand this many times further apart than a sample from its own (squared distances).
SET_APART = 2.0
# Rounds of taking the means again, at most.
MOST_ROUNDS = 20
# A mark is read as the nearer shape where it is at most this share as far from it as from the other ...
NEARER = 0.6
# ... and a mark tesseract read as ‘ or ’ is read as the other only where it is this much nearer to it: in a print
# of two typefaces whose ‘ stand mostly in one and ’ in the other, the means may part the typefaces, not the marks
# (the scan's 7 marks read the other way round are all within 0.28).
NEARER_THAN_READ = 0.3


def word_marks(ink: np.ndarray) -> list[tuple[int, int, np.ndarray]]:
    """The quote-like marks of a word's image ``ink`` (darkness, rows from the top), left to right: marks of
    ink whose foot stands above the middle of the word's ink with no other ink under them, :data:`TALL`, each as
    (its left, its right in pixels, its shape: :data:`SHAPE`)."""
    from scipy import ndimage  # only a scan's reading needs it
    dark = ink > INK
    rows = np.flatnonzero(dark.any(axis=1))
    if not rows.size:
        return []
    middle, height = (rows[0] + rows[-1]) / 2, rows[-1] - rows[0]
    labels, _ = ndimage.label(dark, structure=np.ones((3, 3)))
    marks = []
    for label, (ys, xs) in enumerate(ndimage.find_objects(labels), start=1):
        own = labels[ys, xs] == label
        under = labels[ys.stop:, xs]
        if ys.stop - 1 >= middle or own.sum() < SPECK * height ** 2 or np.any((under > 0) & (under != label)) \
                or ys.stop - ys.start < TALL * (xs.stop - xs.start):
            continue
        marks.append((xs.start, xs.stop, _shape(np.where(own, ink[ys, xs], 0))))
    return sorted(marks, key=lambda mark: mark[0])


def _shape(ink: np.ndarray) -> np.ndarray:
    from PIL import Image
    image = Image.fromarray((ink * 255).astype(np.uint8)).resize(SHAPE[::-1], Image.BILINEAR)
    return np.asarray(image, dtype=np.float32) / 255


class QuoteShapes:
    """The mean shape of the document's ‘ and of its ’, learnt from its marks tesseract read as them."""

    def __init__(self, means: dict[str, np.ndarray]):
        self.means = means

    @classmethod
    def learn(cls, samples: dict[str, list[np.ndarray]]) -> QuoteShapes | None:
        """The shapes of ``samples`` (marks by what tesseract read them as), or None where they do not teach
        them apart: too few of either, or the means of tesseract's readings not set apart (a print of one
        straight mark read now as one, now as the other).  Those means then only start the shapes: each mark
        goes to the mean it is nearer to and the means are taken again, until no mark moves (two-means
        clustering), so the marks read the other way round do not blur the shapes."""
        if any(mark not in samples for mark in (OPENING, CLOSING)):
            return None
        shapes = np.array([shape for mark in (OPENING, CLOSING) for shape in samples[mark]])
        closing = np.arange(len(shapes)) >= len(samples[OPENING])  # as tesseract read them
        for round_ in range(MOST_ROUNDS):
            if min(closing.sum(), (~closing).sum()) < LEAST_SAMPLES:
                return None
            means = np.array([shapes[~closing].mean(axis=0), shapes[closing].mean(axis=0)])
            distances = ((shapes[:, None] - means[None]) ** 2).sum(axis=(2, 3))
            spread = distances[np.arange(len(shapes)), closing.astype(int)].mean()
            if round_ == 0 and _distance(*means) < SET_APART * spread:
                return None
            nearer_closing = distances.argmin(axis=1) == 1
            if (nearer_closing == closing).all():
                break
            closing = nearer_closing
        return cls({OPENING: means[0], CLOSING: means[1]})

    def which(self, shape: np.ndarray, read_as: str) -> str | None:
        """The mark ``shape`` is, tesseract having read it as ``read_as``; None where it is about as near to both
        (:data:`NEARER`, :data:`NEARER_THAN_READ`)."""
        near, far = sorted((_distance(shape, mean), mark) for mark, mean in self.means.items())
        overturned = read_as in self.means and near[1] != read_as
        return near[1] if near[0] <= (NEARER_THAN_READ if overturned else NEARER) * far[0] else None


def _distance(shape: np.ndarray, other: np.ndarray) -> float:
    return float(((shape - other) ** 2).sum())


def mend_quote_marks(pages: list[Page], pixels: PagePixels) -> int:
    """Quote marks of an OCR text layer (:data:`QUOTE_RUN`, and a last :data:`PUNCTUATION_READINGS` standing
    where a mark is) read again from their shapes on the page image (:class:`QuoteShapes`); how many words
    changed."""
    found = []  # (page, line index, word index, [(start, end) of the text read as a mark], [the marks' shapes])
    for page in pages:
        for line_index, line in enumerate(page.lines):
            for word_index, word in enumerate(line.words):
                runs = [match.span() for match in QUOTE_RUN.finditer(word.text)]
                last = len(word.text) - 1 if word.text[-1:] in PUNCTUATION_READINGS else None
                if not runs and last is None:
                    continue
                ink = pixels.ink(page.number, _word_box(line, word_index))
                paired = None if ink is None else _paired(runs, last, ink)
                if paired:
                    found.append((page, line_index, word_index, *paired))
    samples: dict[str, list[np.ndarray]] = {OPENING: [], CLOSING: []}
    for page, line_index, word_index, spans, shapes in found:
        text = page.lines[line_index].words[word_index].text
        for (start, end), shape in zip(spans, shapes, strict=True):
            if text[start:end] in samples:
                samples[text[start:end]].append(shape)
    shapes_learnt = QuoteShapes.learn(samples)
    if shapes_learnt is None:
        return 0
    mended = 0
    for page, line_index, word_index, spans, shapes in found:
        line = page.lines[line_index]
        word = line.words[word_index]
        text = word.text
        for (start, end), shape in reversed(list(zip(spans, shapes, strict=True))):
            text = text[:start] + (shapes_learnt.which(shape, text[start:end]) or text[start:end]) + text[end:]
        if text != word.text:
            words = [*line.words[:word_index], replace(word, text=text), *line.words[word_index + 1:]]
            page.lines[line_index] = Line(page=line.page, words=words, underlined=line.underlined)
            mended += 1
    return mended


def _word_box(line: Line, index: int) -> tuple[float, float, float, float]:
    """Word ``index`` of ``line`` with the white on either side up to its neighbours (half its size where it has
    none): a text layer's box may end inside the word's last mark."""
    word, words = line.words[index], line.words
    left = min(words[index - 1].x1 + 0.5 if index else word.x0 - word.size / 2, word.x0)
    right = max(words[index + 1].x0 - 0.5 if index + 1 < len(words) else word.x1 + word.size / 2, word.x1)
    return left, word.top - 1, right, word.bottom + 1


def _paired(runs: list[tuple[int, int]], last: int | None, ink: np.ndarray) -> tuple[list, list] | None:
    """The spans of a word's text read as marks and the marks of its image ``ink``, paired one to one: the runs of
    quote characters ``runs``, and its last character where it is a :data:`PUNCTUATION_READINGS` (at ``last``), the
    word's image has one mark more and that mark ends it (the ink read as ":" is a closing mark).  None where they
    do not pair off, or there is nothing to pair."""
    marks = word_marks(ink)
    if len(marks) == len(runs) > 0:
        return runs, [shape for *_, shape in marks]
    ends = np.flatnonzero((ink > INK).any(axis=0))
    if last is not None and len(marks) == len(runs) + 1 and marks[-1][1] > ends[-1]:
        return [*runs, (last, last + 1)], [shape for *_, shape in marks]
    return None
