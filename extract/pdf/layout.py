"""Page layout: a reader's page as a :class:`Page` (its lines from :mod:`.lines`), painted rectangles,
and the running headers and footers set apart from the body."""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, takewhile
from operator import itemgetter

from ..settings import Range, Settings
from .bullets import drawn_bullets
from .clipping import HiddenText, is_hidden
from .drawing_order import KEPT_CONTINUITY, PAGE_CONTINUITY, continuity, scrambled
from .lines import capital_sizes, read_lines
from .model import Line, Page, Rect, Word


@dataclass(frozen=True)
class LayoutSettings(Settings):
    """How words become lines and which lines are running headers and footers (PDF points unless stated)."""

    # Words whose vertical middles lie within this fraction of their font size
    # belong to the same text line.
    line_tolerance: float = 0.45
    # Only lines in this top/bottom band of a page can be running headers or footers: a generous bound (a
    # LibreOffice look set its footer 86 points above the foot of a 792-point page, 11 % of its height), for
    # only recurring lines with nothing but furniture between them and the page's edge are taken.
    furniture_band: float = 0.2
    # A top/bottom line is furniture when its text, digits masked, recurs on at
    # least this share of the pages (and on two pages at the least).
    furniture_share: float = 0.5
    # ... and at the same height, in steps of this many points.
    furniture_height_step: float = 4.0
    limits = {"line_tolerance": Range(above=0), "furniture_band": Range(least=0, most=1),
              "furniture_share": Range(least=0, most=1), "furniture_height_step": Range(above=0)}

@cache  # one tuple per colour, shared by all words of that colour
def _color(value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (int, float)):
        return (round(float(value), 3),)
    return tuple(round(float(v), 3) for v in value)


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


def model_page(raw, tolerance: float) -> Page:
    """A reader's page (words, rects, edges, list marks drawn as discs) as a :class:`Page`."""
    placed = raw.words + drawn_bullets(raw.words, raw.discs)
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
        for w in placed
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
    # The readers give each word the place its first character has in the page's content stream.
    drawn = continuous = None
    if all("content_index" in w for w in placed):
        drawn = [word for _, word in sorted(zip((w["content_index"] for w in placed), words, strict=True),
                                            key=lambda placed: placed[0])]
        continuous = continuity(drawn)
        if continuous is not None and continuous < PAGE_CONTINUITY:
            drawn = None  # drawn in no order the text is read in (extract.pdf.drawing_order)
    h_rules = _joined([(e["x0"], e["x1"], e["top"]) for e in raw.edges if e["orientation"] == "h"])
    capital = capital_sizes(words)
    lines, column_sets, column_doubts, column_disorder = read_lines(words, raw.number, tolerance, drawn=drawn,
                                                                    rules=h_rules, capital=capital)
    return Page(
        number=raw.number,
        width=raw.width,
        height=raw.height,
        lines=lines,
        column_sets=column_sets,
        column_doubts=column_doubts,
        column_disorder=column_disorder,
        overprinted=sum(bool(w.get("overprinted")) for w in raw.words),
        glyph_names=raw.glyph_names,
        drawn=drawn,
        drawn_continuity=continuous,
        rects=rects,
        ruled=bool(raw.edges),
        h_rules=h_rules,
        small_capitals=capital,
    )


def set_aside_scrambled_order(pages: list[Page], tolerance: float) -> None:
    """Read the pages again without the order their content streams draw the words in, where the document's
    pages draw their text out of the order it is read (:func:`extract.pdf.drawing_order.scrambled`), but for a
    page whose own order holds."""
    if not scrambled(page.drawn_continuity for page in pages):
        return
    for page in pages:
        if page.drawn is None or page.drawn_continuity is not None and page.drawn_continuity >= KEPT_CONTINUITY:
            continue
        page.drawn = None
        page.lines, page.column_sets, page.column_doubts, page.column_disorder = read_lines(
            [w for line in page.lines for w in line.words], page.number, tolerance, rules=page.h_rules,
            capital=page.small_capitals)


def leave_out_hidden(pages: list[Page], hidden: dict[int, list[HiddenText]], tolerance: float) -> None:
    """Read the pages again without the words a clipping path hides (:mod:`extract.pdf.clipping`), where
    they hold any."""
    for page in pages:
        rows = hidden.get(page.number)
        if not rows:
            continue
        words = [w for line in page.lines for w in line.words]
        printed = [w for w in words if not is_hidden(w.text, w.x0, w.top, w.x1, w.bottom, rows)]
        if len(printed) == len(words):
            continue
        drawn = None if page.drawn is None else [
            w for w in page.drawn if not is_hidden(w.text, w.x0, w.top, w.x1, w.bottom, rows)]
        page.drawn = drawn
        page.lines, page.column_sets, page.column_doubts, page.column_disorder = read_lines(
            printed, page.number, tolerance, drawn=drawn, rules=page.h_rules, capital=page.small_capitals)


def mark_underlined(pages: list[Page]) -> None:
    """Mark the lines under whose text a rule is drawn, from the text's start to its end (to half a size), below
    its baseline and within its box (measured from its foot: a line of small capitals in lower case stands
    lower than its size, look 8057's "stuur"): an underline.  Not a border under a heading's block (as wide as the
    column, below the line's box: look 7961's "VADERS MEE AAN HET STUUR", its text 294 points wide, the
    rule 311 and 3 points below), nor a table's rule (under its row's cells, below the text).  Where the font
    gives no descent the box ends at the baseline, and the underline stands just below it (LibreOffice look
    8301's Liberation Sans: 0.9 points under "Project 1.1: …" at 10.2 pt, its projects' only heading cue): a
    rule there, up to 0.15 of a size down, is an underline when it starts and ends where the text does, to a
    tenth of a size, or, on a line its text goes on from (the next line right under it in its print), a space
    further: the space where it wraps is underlined too (5 points at 16.7 pt; in a monospaced font 8.4 points
    at 14 pt, look 8142), a space measured between the line's words, or on a line of one word between the words of
    the page's lines in its print (LibreOffice look 8801: "(super)diverse", a wrapped 22 pt monospaced title's one
    word, 13.7 points short of its underline's end; its title was read as two headings).  A border, as deep, stands
    under a block's last line and runs on to the column's edge (look 7961: 7.3 points past "ARBEIDSMARKT
    (POST-ENTRY)" at 19.7 pt, 2.8 points under its box); where that line fills the column, the border ends
    where an underline would, and only its block tells them apart: an underline marks every line of a
    wrapped text, a border the last alone (WeasyPrint look 8465: "Onderdeel C: Verbinding," over
    "signalering en netwerkontwikkeling", 358.5 points of a 359.7-point column, read as two headings).  The
    space where a line wraps is underlined within its box too, where the font gives its descent (LibreOffice
    look 9350 printed again by Ghostscript, which writes the descent LibreOffice leaves out: "Project 2.1 …" in
    Liberation Mono, the rule 7.6 points past its text and inside its box; its projects read a level too deep)."""
    for page in pages:
        rules = sorted(page.h_rules, key=itemgetter(2))  # by height: a table's grid has hundreds
        heights = [y for _, _, y in rules]
        spaces = _spaces_by_typeface(page.lines)
        for line, after in zip(page.lines, [*page.lines[1:], None], strict=False):
            within = rules[bisect_right(heights, line.bottom - 0.35 * line.size):bisect_left(heights, line.bottom)]
            under = rules[bisect_left(heights, line.bottom):bisect_right(heights, line.bottom + 0.15 * line.size)]
            space = min((b.x0 - a.x1 for a, b in pairwise(line.words)),
                        default=spaces.get(_typeface(line.words[-1]), 0.25 * line.size))
            beyond = max(space, 0.25 * line.size) if after is not None and _goes_on_under(line, after) else 0.0
            line.underlined = _spans(line, within, 0.5 * line.size, max(0.5 * line.size, beyond + 0.1 * line.size)) \
                or _spans(line, under, 0.1 * line.size, beyond + 0.1 * line.size)
        for line, after in pairwise(page.lines):
            if after.underlined and not line.underlined and _goes_on_under(line, after):
                after.underlined = False


def _typeface(word: Word) -> tuple[str, float]:
    """A word's font and size (to half a point): where its spaces are alike."""
    return word.fontname, round(word.size * 2) / 2


def _spaces_by_typeface(lines: list[Line]) -> dict[tuple[str, float], float]:
    """The usual space between two words of ``lines`` in each typeface (font and size), where words stand apart."""
    gaps: dict[tuple[str, float], list[float]] = {}
    for line in lines:
        for a, b in pairwise(line.words):
            if _typeface(a) == _typeface(b):
                gaps.setdefault(_typeface(a), []).append(b.x0 - a.x1)
    return {key: statistics.median(values) for key, values in gaps.items()}


def _goes_on_under(line: Line, after: Line) -> bool:
    """Whether ``after`` stands right under ``line``, in its print: the same text going on."""
    return (after.words[0].fontname == line.words[-1].fontname and abs(after.size - line.size) <= 0.1
            and 0 <= after.top - line.bottom <= 0.6 * line.size)


def _spans(line: Line, rules: list[tuple[float, float, float]], slack: float, beyond: float) -> bool:
    """Whether one of ``rules`` runs from the line's start to its end, to ``slack``, or on to ``beyond`` it."""
    return any(abs(x0 - line.x0) <= slack and -slack <= x1 - line.x1 <= beyond for x0, x1, _ in rules)


def _joined(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Horizontal edges at one height that touch or overlap, as one rule (x0, x1, y): a table grid
    draws each cell's edge, and a rule across the table is what a reader of it sees."""
    joined: list[tuple[float, float, float]] = []
    for x0, x1, y in sorted(rules, key=lambda rule: (round(rule[2], 1), rule[0])):
        if joined and round(joined[-1][2], 1) == round(y, 1) and x0 <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], x1), joined[-1][2])
        else:
            joined.append((x0, x1, y))
    return joined


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
        # From each edge of the page inwards, up to the first line that does not recur: a line that recurs
        # below the text's first line or above its last is part of the text.
        by_height = sorted(edge_lines(page), key=lambda ln: ln.top)
        upper, lower = page.height * band, page.height * (1 - band)
        top = list(takewhile(lambda ln, upper=upper: ln.bottom < upper and key(ln) in recurring, by_height))
        foot = list(takewhile(lambda ln, lower=lower: ln.top > lower and key(ln) in recurring, reversed(by_height)))
        furniture = {id(ln) for ln in top + foot}
        page.furniture = [ln for ln in page.lines if id(ln) in furniture]
        page.lines = [ln for ln in page.lines if id(ln) not in furniture]

