"""Page layout: words grouped into lines (columns split at a gutter), painted rectangles, and the
running headers and footers set apart from the body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..settings import Range, Settings
from .model import Line, Page, Rect, Word


@dataclass(frozen=True)
class LayoutSettings(Settings):
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
    limits = {"line_tolerance": Range(above=0), "furniture_band": Range(least=0, most=1),
              "furniture_share": Range(least=0, most=1), "furniture_height_step": Range(above=0)}

@cache  # one tuple per colour, shared by all words of that colour
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
        a.x1 <= gutter <= b.x0 and b.x0 - a.x1 < 1.5 * a.size for a, b in zip(ln.words, ln.words[1:], strict=False))]
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


def model_page(raw, tolerance: float) -> Page:
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

