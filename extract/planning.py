"""Planning (Gantt) tables: activities × months, planned months read from the shading.

A planning table is found by its header row of month names.  Its rows are the
bands between the table's horizontal rules (or, without rules, one band per
activity label line); a month is planned when a filled rectangle that is not
white stands in that month's column and the row's band.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Document, Line, Page, Rect, Word

DEFAULT_PLANNING_SETTINGS = {
    # Month names as printed (lower case, trailing dot ignored) → month number.
    "months": {
        "jan": 1, "feb": 2, "mrt": 3, "maart": 3, "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6,
        "jul": 7, "juli": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    },
    # A header row names at least this many months.
    "min_months": 3,
    # Body lines follow each other at most this many font sizes apart.
    "row_gap": 2.2,
    # A fill at least this light on every channel is background, not shading.
    "white": 0.95,
}


@dataclass(frozen=True)
class MonthColumn:
    year: int | None
    month: int
    raw: str
    x0: float
    x1: float


@dataclass
class PlanningRow:
    activity: str
    planned: list[MonthColumn]
    top: float
    bottom: float


@dataclass
class PlanningTable:
    page: int
    top: float
    months: list[MonthColumn]
    rows: list[PlanningRow]
    lines: list[Line] = field(default_factory=list)


def _month(word: str, months: dict) -> int | None:
    return months.get(word.lower().rstrip("."))


def month_tokens(word: Word, months: dict) -> list[tuple[str, float, float]]:
    """Month names in a word, with their x-spans: one, or several printed without
    spaces in narrow columns ("Jan.Feb.Mrt."), their spans shared out by characters."""
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    pattern = re.compile(rf"(?:{names})\.?", re.I)
    text = word.text
    matches = list(pattern.finditer(text))
    if not matches or "".join(m.group(0) for m in matches) != text:
        return []
    per_char = (word.x1 - word.x0) / len(text)
    return [(m.group(0), word.x0 + m.start() * per_char, word.x0 + m.end() * per_char) for m in matches]


def _header_months(line: Line, months: dict) -> list[tuple[str, float, float]]:
    return [token for word in line.words for token in month_tokens(word, months)]


def _is_shading(rect: Rect, white: float) -> bool:
    return rect.fill is not None and len(rect.fill) > 0 and not all(c >= white for c in rect.fill)


def _month_columns(header: Line, year_line: Line | None, conf: dict) -> list[MonthColumn]:
    tokens = _header_months(header, conf["months"])
    centres = [(x0 + x1) / 2 for _, x0, x1 in tokens]
    half = (centres[-1] - centres[0]) / max(len(centres) - 1, 1) / 2
    years = [int(w.text) for w in year_line.words] if year_line else []
    columns, year_index, previous = [], 0, 0
    for (text, _, _), centre in zip(tokens, centres):
        number = _month(text, conf["months"])
        if number <= previous and year_index + 1 < len(years):
            year_index += 1  # the months start again: next year
        previous = number
        columns.append(MonthColumn(years[year_index] if years else None, number, text,
                                   centre - half, centre + half))
    return columns


def _bands(page: Page, body: list[Line], left: float, right: float, top: float) -> list[tuple[float, float]]:
    """Row bands from the horizontal rules across the table, else one per label line."""
    bottom = body[-1].bottom + 1
    ys = sorted({round(y, 1) for x0, x1, y in page.h_rules
                 if x0 <= left and x1 >= right - 2 and top - 1 <= y <= bottom + 3})
    if len(ys) >= 2:
        return [(a, b) for a, b in zip(ys, ys[1:]) if b - a > 2]
    starts = [ln for ln in body if not ln.text[:1].islower()]
    return [(ln.top - 1, (starts[i + 1].top - 1) if i + 1 < len(starts) else bottom) for i, ln in enumerate(starts)]


def find_planning_tables(document: Document, settings: dict | None = None) -> list[PlanningTable]:
    conf = {**DEFAULT_PLANNING_SETTINGS, **(settings or {})}
    tables = []
    for page in document.pages:
        lines = page.lines
        for index, line in enumerate(lines):
            if len(_header_months(line, conf["months"])) < conf["min_months"]:
                continue
            above = lines[index - 1] if index else None
            year_line = above if above and all(re.fullmatch(r"(19|20)\d\d", w.text) for w in above.words) else None
            months = _month_columns(line, year_line, conf)
            body: list[Line] = []
            for candidate in lines[index + 1:]:
                last = body[-1] if body else line
                heading = candidate.bold and candidate.size > line.size + 1
                if heading or candidate.top - last.bottom > conf["row_gap"] * candidate.size:
                    break
                if candidate.x0 >= months[0].x0:  # text inside the month grid is not an activity
                    break
                body.append(candidate)
            if not body:
                continue
            left = min(ln.x0 for ln in body)
            right = months[-1].x1
            rows = []
            for band_top, band_bottom in _bands(page, body, left, right, line.bottom):
                label = " ".join(ln.text for ln in body if band_top <= (ln.top + ln.bottom) / 2 <= band_bottom)
                if not label:
                    continue
                shaded = [
                    m for m in months
                    if any(_is_shading(r, conf["white"]) and m.x0 <= (r.x0 + r.x1) / 2 <= m.x1
                           and band_top <= (r.top + r.bottom) / 2 <= band_bottom for r in page.rects)
                ]
                rows.append(PlanningRow(activity=label, planned=shaded, top=band_top, bottom=band_bottom))
            head = [year_line, line] if year_line else [line]
            tables.append(PlanningTable(page=page.number, top=head[0].top, months=months, rows=rows,
                                        lines=head + body))
    return tables
