"""Planning (Gantt) tables: activities × months, planned months read from shading or marks.

A planning table is found by its header row of month names.  Its rows are the
bands between the table's horizontal rules (or, without rules, one band per
activity label line); a month is planned when a filled rectangle that is not
white, or a mark character ("x", "●", "✓"), stands in that month's column and the
row's band.  Other text inside the month grid is a note that stands in place of
planned months ("Nader te bepalen …").
A table that reaches the end of its page continues at the top of the next,
with or without a repeated month header.  Labels and notes wrapped with a
line-break hyphen are joined the way body text is (:mod:`extract.pdf.text`).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise, takewhile

from extract.pdf.footnotes import FootnotePrint, FootnoteSettings
from extract.pdf.model import Document, Line, Page, Rect, Word
from extract.pdf.pixels import PagePixels
from extract.pdf.series import usual_separator
from extract.pdf.text import document_vocabulary, dutch_words, guessed_cell_cuts, join_lines

from ..settings import Range, Settings, resolve
from .vocabulary import MONTHS

_YEAR = re.compile(r"(19|20)\d\d")
# Points kept clear of the page's edge and of a table's border where the paper beside it is looked at.
_PAPER_GAP = 4.0
# The widest gap between two words of one cell's line, in their size: a space (a cell's padding is wider).
_WORD_SPACE = 0.4


@dataclass(frozen=True)
class PlanningSettings(Settings):
    # Month names as printed (lower case, trailing dot ignored) → month number.
    months: dict[str, int] = field(default_factory=lambda: dict(MONTHS))
    # A header row names at least this many months.
    min_months: int = 3
    # Body lines follow each other at most this many font sizes apart.
    row_gap: float = 2.2
    # A fill at least this light on every channel is background, not shading.
    white: float = 0.95
    # A fill lower than this (points), or narrower than this or a quarter of a month's column, is a rule, not a
    # cell's shading: a browser draws a table's borders as filled rectangles (Chromium look 10000: its grid's
    # 0.75-point rules planned months no mark planned), and a word processor's thickest border is 3 points.
    rule_width: float = 3.5
    # Characters that mark a planned month when printed in its cell instead of shading.
    marks: tuple[str, ...] = ("x", "X", "●", "✓", "•")
    # A table with neither shading rectangles nor marks (a scan: its shading is pixels) is read from the page
    # image: a month cell is planned when its middle is darker (0 white, 1 black) than the table's lightest
    # cell, or the paper beside the table, by at least this much.  The 2023 werkplan's blue shading
    # rendered in grey is about 0.4 darker.
    pixel_margin: float = 0.2
    # Resolution the page image is rendered at for that.
    pixel_dpi: float = 72.0
    limits = {"min_months": Range(least=1), "row_gap": Range(above=0), "white": Range(least=0, most=1),
              "rule_width": Range(least=0),
              "pixel_margin": Range(above=0, most=1), "pixel_dpi": Range(above=0)}


@dataclass(frozen=True)
class MonthColumn:
    year: int | None
    month: int
    raw: str | None  # as printed; None where the name was not read (a scan's month placed by its grid)
    x0: float
    x1: float


@dataclass
class PlanningRow:
    activity: str
    planned: list[MonthColumn]
    top: float
    bottom: float
    page: int
    note: str | None = None  # text printed in the month cells instead of shading
    # Cut in two by a page end in a grid: its label on one page, its marks or note on the other.
    split: bool = False
    guessed_words: tuple[str, ...] = ()  # its label's words read by a guess (text.guessed_cell_cuts)


@dataclass
class PlanningTable:
    page: int
    top: float
    months: list[MonthColumn]
    rows: list[PlanningRow]
    lines: list[Line] = field(default_factory=list)
    page_end: int | None = None  # the last page, when the table runs over a page end
    ruled: bool = False  # its rows told apart by a grid's rules

    def __post_init__(self):
        self.page_end = self.page_end or self.page


def _month(word: str, months: dict) -> int | None:
    return months.get(word.lower().rstrip("."))


@lru_cache(maxsize=8)
def _month_pattern(names: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\.?", re.IGNORECASE)


def month_tokens(word: Word, pattern: re.Pattern) -> list[tuple[str, float, float]]:
    """Month names (``pattern``: :func:`_month_pattern`) in a word, with their x-spans: one, or several
    printed without spaces in narrow columns ("Jan.Feb.Mrt."), their spans shared out by characters."""
    text = word.text
    if not pattern.match(text):  # most words: asked of every line of the document
        return []
    matches = list(pattern.finditer(text))
    if "".join(m.group(0) for m in matches) != text:
        return []
    per_char = (word.x1 - word.x0) / len(text)
    return [(m.group(0), word.x0 + m.start() * per_char, word.x0 + m.end() * per_char) for m in matches]


def _header_months(line: Line, months: dict) -> list[tuple[str, float, float]]:
    pattern = _month_pattern(tuple(months))
    return [token for word in line.words for token in month_tokens(word, pattern)]


def _is_mark(word: Word, marks: tuple[str, ...]) -> bool:
    return all(char in marks for char in word.text)


def _mark_boxes(words: list[Word]) -> list[Rect]:
    """Where marks stand, as boxes read like shaded cells: one per mark character, a word of
    several marks (neighbouring cells set without a space between) shared out by characters."""
    boxes = []
    for word in words:
        per_char = (word.x1 - word.x0) / len(word.text)
        boxes += [Rect(word.x0 + i * per_char, word.top, word.x0 + (i + 1) * per_char, word.bottom, None)
                  for i in range(len(word.text))]
    return boxes


def _is_shading(rect: Rect, conf: PlanningSettings, months: list[MonthColumn]) -> bool:
    pitch = statistics.median(m.x1 - m.x0 for m in months)
    return (rect.fill is not None and len(rect.fill) > 0 and not all(c >= conf.white for c in rect.fill)
            and rect.bottom - rect.top >= conf.rule_width and rect.x1 - rect.x0 >= max(conf.rule_width, pitch / 4))


def _in_grid(rect: Rect, months: list[MonthColumn]) -> bool:
    """A fill within the month grid (up to a column's width over its edges): a month cell's shading, or a
    bar over several; not a row's background or a rule reaching into the label column or past the grid."""
    width = months[0].x1 - months[0].x0
    return months[0].x0 - width <= rect.x0 and rect.x1 <= months[-1].x1 + width


def _whole_year(tokens: list[tuple[str, float, float]], year_line: Line | None,
                conf: PlanningSettings) -> list[tuple[str, float, float]]:
    """The twelve months of a one-year header some of whose names were lost (OCR drops small print on a
    shaded row): the names read stand at one step per month, so every month's place follows from them,
    and the year printed over the grid stands at its middle.  Otherwise ``tokens`` as they are."""
    numbers = [_month(text, conf.months) for text, _, _ in tokens]
    if year_line is None or len(year_line.words) != 1 or not 2 <= len(tokens) < 12 \
            or any(b <= a for a, b in pairwise(numbers)):
        return tokens
    centres = [(x0 + x1) / 2 for _, x0, x1 in tokens]
    step = (centres[-1] - centres[0]) / (numbers[-1] - numbers[0])
    year = year_line.words[0]
    middle = (year.x0 + year.x1) / 2
    if step <= 0 or any(abs(middle + (n - 6.5) * step - c) > step / 4 for n, c in zip(numbers, centres, strict=True)):
        return tokens  # not one step per month, or the year does not stand over a January-to-December grid
    # each month by its shortest name
    names = {number: name for name, number in sorted(conf.months.items(), key=lambda item: -len(item[0]))}
    read = dict(zip(numbers, tokens, strict=True))
    first = centres[0] - (numbers[0] - 1) * step  # January's centre
    return [read.get(n) or (names[n], first + (n - 1.5) * step, first + (n - 0.5) * step) for n in range(1, 13)]


def _months_from_rules(tokens: list[tuple[str, float, float]], rules: list[float],
                       conf: PlanningSettings) -> list[tuple[str, float, float]] | None:
    """A scan's month columns where OCR lost month names: the cells between the grid's vertical rules
    (``rules``, from the page image) as wide as those holding the names read, numbered on from them,
    within one year.  None where the names read do not stand one to a cell in month order."""
    cells = list(pairwise(rules))
    placed = []
    for text, x0, x1 in tokens:
        cell = next((i for i, (left, right) in enumerate(cells) if left <= (x0 + x1) / 2 <= right), None)
        if cell is None:
            return None
        placed.append((cell, _month(text, conf.months), text))
    cell, month, _ = placed[0]
    if any(k - cell != m - month for k, m, _ in placed):
        return None
    width = cells[cell][1] - cells[cell][0]
    first = last = cell
    while first > max(cell - month + 1, 0) and abs(cells[first - 1][1] - cells[first - 1][0] - width) <= width / 8:
        first -= 1
    while last < min(cell + 12 - month, len(cells) - 1) and abs(cells[last + 1][1] - cells[last + 1][0] - width) \
            <= width / 8:
        last += 1
    read = {k: text for k, _, text in placed}
    names = {number: name for name, number in sorted(conf.months.items(), key=lambda item: -len(item[0]))}
    return [(read.get(k) or names[month + k - cell], *cells[k]) for k in range(first, last + 1)]


def _month_columns(header: Line, year_line: Line | None, conf: PlanningSettings,
                   rules: list[float] = ()) -> list[MonthColumn]:
    """The month columns under ``header``; ``rules``: a scan's vertical grid rules, where the names OCR lost
    are placed by the cells they draw (:func:`_months_from_rules`), else by the step of those read."""
    read = _header_months(header, conf.months)
    tokens = (_months_from_rules(read, list(rules), conf) if rules and read else None) or \
        _whole_year(read, year_line, conf)
    centres = [(x0 + x1) / 2 for _, x0, x1 in tokens]
    half = (centres[-1] - centres[0]) / max(len(centres) - 1, 1) / 2
    years = [int(w.text) for w in year_line.words] if year_line else []
    printed = {_month(text, conf.months) for text, _, _ in read}  # the months placed from the others are not
    columns, year_index, previous = [], 0, 0
    for (text, _, _), centre in zip(tokens, centres, strict=False):
        number = _month(text, conf.months)
        if number <= previous and year_index + 1 < len(years):
            year_index += 1  # the months start again: next year
        previous = number
        columns.append(MonthColumn(years[year_index] if years else None, number, text if number in printed else None,
                                   centre - half, centre + half))
    return columns


def _bands(page: Page, body: list[Line], left: float, right: float, top: float, bottom: float,
           marks: list[tuple[float, float]] = (), grid: bool | None = None, pixels: PagePixels | None = None,
           label_right: float = float("inf")) -> tuple[list[tuple[float, float]], bool]:
    """Row bands from the horizontal rules across the table (ruled: True; on a scan, ``pixels``, those of
    the page image across the months), else from the label lines grouped into rows (:func:`_label_rows`) and
    the rows of marks a page end cut from their label (:func:`_marks_cut_from_label`), each band reaching down
    to the next row."""
    rules = page.rules_across(left, right - 2, top - 1, bottom + 3)
    if not rules and not page.ruled and pixels is not None:
        rules = pixels.horizontal_rules(page.number, (left, top - 1, right, bottom + 3))
    ys = sorted({round(y, 1) for y in rules})
    # A grid rules every row; rules above and below the rows alone (a table set with three rules) do not.
    # ``grid``: what the table's first piece showed, for the rest of it after a page end.
    inside = [y for y in ys if body and body[0].bottom < y < body[-1].top]
    if len(ys) >= 2 and (bool(inside) if grid is None else grid):
        bands = [(a, b) for a, b in pairwise(ys) if b - a > 2]
        if bottom > ys[-1] + 2:  # a row the page end cut before its bottom rule
            bands.append((ys[-1], bottom))
        return bands, True
    rows = _label_rows(body, marks, label_right)
    starts = sorted([min(row[0].top, mark[0]) if mark else row[0].top for row, mark in rows]
                    + [mark[0] for mark in _marks_cut_from_label(body, marks, rows)])
    return [(start - 1, (starts[i + 1] - 1) if i + 1 < len(starts) else bottom)
            for i, start in enumerate(starts)], False


def _marks_cut_from_label(body: list[Line], marks: list[tuple[float, float]],
                          rows: list[tuple[list[Line], tuple | None]]) -> list[tuple[float, float]]:
    """The rows of marks beside no label line, set wholly above the first label line or below the last (all of
    them, where there are no label lines): a row the page end cut in two, its marks on one page and its label
    on the other (joined again by :func:`_rest_of_split_row`).  A row of marks can stand against no other row's
    label there: the row above ends with its last line."""
    beside = {mark for _, mark in rows}
    return [mark for mark in marks if mark not in beside
            and (not body or mark[1] < body[0].top or mark[0] > body[-1].bottom)]


def _marks(rects: list[Rect]) -> list[tuple[float, float]]:
    """The vertical spans of the shaded month cells, one per row: the cells of one row share it."""
    spans: list[tuple[float, float]] = []
    for rect in sorted(rects, key=lambda r: r.top):
        middle = (rect.top + rect.bottom) / 2
        if spans and spans[-1][0] <= middle <= spans[-1][1]:
            continue
        spans.append((rect.top, rect.bottom))
    return spans


_ACTIVITY_NUMBER = re.compile(r"\d{1,2}[.)]\s")
# A label of nothing but an activity's number, or a word and its number ("4.", "Fase 1.", "Stap 2:"); a label
# "Fase 1" without the number's full stop may be whole.
_NUMBER_ALONE = re.compile(r"(?:[^\W\d_]+ )?\d{1,2}[.):]")


def goes_on(text: str) -> bool:
    """A label line that continues the one above: it starts in lower case, after any opening bracket
    or quote ("(gedurende hele project …)"); a new activity starts with a capital or its number."""
    return bool(re.match(r"[(\[‘'\"]*[a-zà-ÿ]", text))


def _label_rows(lines: list[Line], marks: list[tuple[float, float]],
                label_right: float = float("inf")) -> list[tuple[list[Line], tuple | None]]:
    """Label lines grouped into rows, with each row's shading span (or None) — without rules.

    A line beside a row's shaded cells belongs to that row; one beside no shading (a wrapped
    label's continuation, or a row with nothing planned) joins the row above when the gap to it
    is a line's gap, not a row's: the two kinds of gap are measured between the lines beside
    shading.  Where they cannot be told apart (marks, which stand beside a row's first line only, give no
    line gaps), a line that starts in lower case goes on (:func:`goes_on`), and where the activities are
    numbered, an unnumbered line set close below; so does a line with no number, beside no marks, set
    close below, whose first word would not have fit after the line above in the label column (as wide
    as its widest label, left of the months at ``label_right``): the typesetter wrapped it ("Fase 1.
    Voorbereidingssessie organiseren" / "Financiële Zelfredzaamheid.")."""
    def mark_of(line: Line):
        middle = (line.top + line.bottom) / 2
        return next((m for m in marks if m[0] <= middle <= m[1]), None)

    marked = [mark_of(line) for line in lines]
    within = [b.top - a.bottom for a, b, ma, mb in zip(lines, lines[1:], marked, marked[1:], strict=False)
              if ma and ma == mb]
    between = [b.top - a.bottom for a, b, ma, mb in zip(lines, lines[1:], marked, marked[1:], strict=False)
               if ma and mb and ma != mb]
    size = min((line.size for line in lines), default=0)
    if between and (not within or max(within) < min(between) - size / 4):
        limit = (max(within) + min(between)) / 2 if within else min(between) - size / 4
    else:
        limit = None
    # Activities numbered by the author ("1. …", "2. …"): a line without a number, close below the one
    # above, goes on its row whatever its first letter ("KIS.nl;").
    numbered = [bool(_ACTIVITY_NUMBER.match(line.text)) for line in lines]
    by_number = len(lines) > 1 and numbered[0] and sum(numbered) >= 2
    # Where the labels end: their words left of the months (``label_right``), the widest the column.
    ends = [max((w.x1 for w in line.words if w.x1 <= label_right), default=line.x0) for line in lines]
    column = max(ends, default=0.0)
    rows: list[tuple[list[Line], tuple | None]] = []
    for index, (line, mark, has_number) in enumerate(zip(lines, marked, numbered, strict=False)):
        if rows:
            last, last_mark = rows[-1]
            gap = line.top - last[-1].bottom
            # Set solid in its cell (about half a line's height apart at most), a line with no number or marks of
            # its own whose first word would not have fit on the line above goes on that label.
            solid = not has_number and gap <= 0.6 * line.size
            wrapped = solid and not mark and _would_not_fit(line, ends[index - 1], column)
            if mark and last_mark:
                joins = mark == last_mark
            elif limit is not None:
                joins = gap <= limit or wrapped
            else:
                # ... and so does, among numbered activities, an unnumbered line; a row stands further apart.
                joins = goes_on(line.text) or (by_number and solid) or wrapped
            if joins:
                rows[-1] = (last + [line], last_mark or mark)
                continue
        rows.append(([line], mark))
    return rows


def _would_not_fit(line: Line, end: float, column: float) -> bool:
    """The first word of ``line`` would not have fit after a label line ending at ``end``, a space apart, in
    a label column ending at ``column``: the typesetter wrapped the label there."""
    first = line.words[0]
    return end + line.size / 4 + (first.x1 - first.x0) > column


def _body(lines: list[Line], previous: Line | None, months: list[MonthColumn], conf: PlanningSettings,
          header_size: float, headings: frozenset[int] = frozenset(),
          ) -> tuple[list[Line], list[Line], list[Word], list[Line]]:
    """The table's lines following ``previous``: activity label parts (left of the month grid), note
    parts and marks (inside it) and the printed lines they come from.  A heading (``headings``: the
    ``id()`` of the document's heading lines; without them, a bold line larger than the header) ends
    the table."""
    grid_left, grid_right = months[0].x0, months[-1].x1
    labels: list[Line] = []
    notes: list[Line] = []
    marks: list[Word] = []
    printed: list[Line] = []
    for candidate in lines:
        last = max(printed, key=lambda ln: ln.bottom, default=previous)
        heading = id(candidate) in headings or (candidate.bold and candidate.size > header_size + 1)
        if heading or (last is not None and candidate.top - last.bottom > conf.row_gap * candidate.size):
            break
        left = _label_words(candidate, months)
        grid = [w for w in candidate.words if w not in left and grid_left <= (w.x0 + w.x1) / 2 <= grid_right]
        if len(left) + len(grid) < len(candidate.words):
            break  # text beyond the month grid: not this table
        # A label and a note set on one baseline were read as one line: split them at the grid.
        if left:
            labels.append(candidate if not grid else Line(page=candidate.page, words=left))
        if grid and all(_is_mark(w, conf.marks) for w in grid):
            marks += grid
        elif grid:
            notes.append(candidate if not left else Line(page=candidate.page, words=grid))
        printed.append(candidate)
    return labels, notes, marks, printed


def _label_words(line: Line, months: list[MonthColumn]) -> list[Word]:
    """The words of ``line`` left of the month grid, and a label's last word that reaches into the first month's
    cell, a word space after the label's word before it and ending before that cell's middle (LibreOffice look
    8391: "… voor het voetlicht te" / "brengen;" in a narrow label column, "te" read as the row's note, which
    cleared its twelve planned months, published).  A note or a mark in the cell stands a cell's padding
    further on."""
    words = sorted(line.words, key=lambda w: w.x0)
    label = [w for w in words if (w.x0 + w.x1) / 2 < months[0].x0]
    rest = words[len(label):]
    if label and rest and rest[0].x0 - label[-1].x1 <= _WORD_SPACE * rest[0].size \
            and rest[0].x1 < (months[0].x0 + months[0].x1) / 2:
        label.append(rest[0])
    return label


def _read_body(page: Page, start: int, previous: Line | None, months: list[MonthColumn], conf: PlanningSettings,
               header_size: float, headings: frozenset[int] = frozenset(), head: list[Line] = (),
               footnotes: FootnotePrint | None = None) -> tuple[list[Line], list[Line], list[Word], list[Line]]:
    """:func:`_body` from the page's line ``start`` on (the lines of the table's header ``head`` left out:
    :func:`_month_row_pieces` may be read after it) to the page's notes (:func:`_note_over_grid`), with the
    lines of marks set apart from it (:func:`_marks_set_apart`)."""
    lines = [ln for ln in page.lines[start:] if not any(ln is h for h in head)]
    if footnotes is not None:
        lines = list(takewhile(lambda ln: not _note_over_grid(ln, page, months, footnotes), lines))
    labels, notes, marks, printed = _body(lines, previous, months, conf, header_size, headings)
    apart = _marks_set_apart(page.lines, printed, months, conf)
    return labels, notes, marks + [w for line in apart for w in line.words], printed + apart


def _note_over_grid(line: Line, page: Page, months: list[MonthColumn], footnotes: FootnotePrint) -> bool:
    """``line`` opens the page's notes (:meth:`FootnotePrint.opens_foot`) and runs on over the month grid's left
    edge as a line of text does (a word over it, or a space's gap): no row's label, which ends in its column.
    LibreOffice look 8230: a table at the page's foot over notes in its own 7 pt print, "4 ‘Cruciaal om met
    ouders vroegtijdig …" was read as an activity, with the rest of the row the page end cut."""
    edge = months[0].x0
    left, right = [w for w in line.words if w.x0 < edge], [w for w in line.words if w.x0 >= edge]
    runs_on = any(w.x1 > edge for w in left) or bool(left and right and right[0].x0 - left[-1].x1 < line.size)
    return runs_on and footnotes.opens_foot(line, page)


def _marks_set_apart(lines: list[Line], printed: list[Line], months: list[MonthColumn],
                     conf: PlanningSettings) -> list[Line]:
    """Lines of marks alone in the month grid, beside the table's printed lines (from the first's top to the
    last's bottom) but not among them in reading order: a page read in columns puts a row's marks that
    reach past the gutter, measured in a size of their own, after the heading that cuts the columns."""
    if not printed:
        return []
    top, bottom = min(ln.top for ln in printed), max(ln.bottom for ln in printed)
    taken = {id(ln) for ln in printed}
    return [ln for ln in lines if id(ln) not in taken and ln.words and top <= (ln.top + ln.bottom) / 2 <= bottom
            and all(_is_mark(w, conf.marks) and months[0].x0 <= (w.x0 + w.x1) / 2 <= months[-1].x1
                    for w in ln.words)]


def _distance(line: Line, band: list[Line]) -> float:
    """How far a line's middle is from a band's label lines (0 when beside them)."""
    middle = (line.top + line.bottom) / 2
    return max(band[0].top - middle, middle - band[-1].bottom, 0)


def _pixel_shading(page: Page, bands: list[tuple[float, float]], months: list[MonthColumn],
                   conf: PlanningSettings, pixels: PagePixels, left: float) -> list[Rect]:
    """The month cells the page image shades: the middle of each cell (half its width and height, clear of
    rules and borders) darker than the lightest cell by ``conf.pixel_margin``, each as a shaded box.  Where
    even the lightest cell is that much darker than the paper left of the table (from ``left``, where there
    is a margin), every cell is shaded: the paper is what they are darker than."""
    cells = []
    for top, bottom in bands:
        height = bottom - top
        for m in months:
            width = m.x1 - m.x0
            box = (m.x0 + width / 4, top + height / 4, m.x1 - width / 4, bottom - height / 4)
            cells.append((box, pixels.darkness(page.number, box)))
    known = [darkness for _, darkness in cells if darkness is not None]
    if not known:
        return []
    margin = left - 2 * _PAPER_GAP
    paper = pixels.darkness(page.number, (_PAPER_GAP, bands[0][0], margin, bands[-1][1])) \
        if margin > _PAPER_GAP else None
    lightest = min(known)
    if paper is not None and lightest - paper >= conf.pixel_margin:
        lightest = paper  # every cell is shaded
    return [Rect(*box, fill=(0.0,)) for box, darkness in cells
            if darkness is not None and darkness - lightest >= conf.pixel_margin]


def _has_word(text: str, vocab) -> bool:
    """Some word of four letters or more in ``text`` that the document prints elsewhere too, or Dutch has
    (OCR reads grey as short ones: "nee", "een")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)]
    return any(vocab[w] > 1 or w in dutch_words() for w in words)


def _rows(page: Page, labels: list[Line], notes: list[Line], marks: list[Word], months: list[MonthColumn],
          top: float, conf: PlanningSettings, vocab, pixels: PagePixels | None = None,
          grid: bool | None = None) -> tuple[list[PlanningRow], bool]:
    """The rows of a table (piece) and whether a grid's rules told them apart."""
    left = min((ln.x0 for ln in labels), default=months[0].x0)  # no label: a row's rest after a page end
    bottom = max([ln.bottom for ln in labels + notes] + [w.bottom for w in marks]) + 1
    fills = [r for r in page.rects if _is_shading(r, conf, months) and _in_grid(r, months)] + _mark_boxes(marks)
    in_grid = [r for r in fills if top <= (r.top + r.bottom) / 2 <= bottom
               and months[0].x0 <= (r.x0 + r.x1) / 2 <= months[-1].x1]
    bands, ruled = _bands(page, labels, left, months[-1].x1, top, bottom, _marks(in_grid), grid, pixels,
                          months[0].x0)
    if not bands and not labels and notes:
        # A row's note the page end carried to the next page, under the repeated header, without its label
        # (look 8162: "Nader te bepalen. …", the label "Communicatie: verspreiden resultaten" on the page
        # before): one row, joined to the cut one by :func:`_rest_of_split_row`.
        bands = [(min(ln.top for ln in notes) - 1, bottom)]

    def inside(line: Line, band: tuple[float, float]) -> bool:
        return band[0] <= (line.top + line.bottom) / 2 <= band[1]

    members = [[ln for ln in labels if inside(ln, band)] for band in bands]
    from_pixels = not in_grid and pixels is not None
    if from_pixels:  # no shading drawn and no marks: a scan's shading is pixels
        fills = _pixel_shading(page, bands, months, conf, pixels, left)
    low, high = min((b[0] for b in bands), default=0), max((b[1] for b in bands), default=0)
    shading = [r for r in fills if low <= (r.top + r.bottom) / 2 <= high]
    note_of: dict[int, list[Line]] = {}
    for note in notes:
        if ruled:
            index = next((i for i, band in enumerate(bands) if inside(note, band)), None)
        else:  # without rules a note may start above its label: it belongs to the nearest label
            index = min((i for i, m in enumerate(members) if m), key=lambda i: _distance(note, members[i]),
                        default=0 if not labels else None)
        if index is not None:
            note_of.setdefault(index, []).append(note)
    rows = []
    for index, (band_top, band_bottom) in enumerate(bands):
        note = join_lines([ln.text for ln in note_of[index]], vocab, cell=True) if index in note_of else None
        shaded = [
            m for m in months
            if any(m.x0 <= (r.x0 + r.x1) / 2 <= m.x1 and band_top <= (r.top + r.bottom) / 2 <= band_bottom
                   for r in shading)
        ]
        if not members[index] and not (shaded or note):
            continue  # kept: a row's marks or note whose label is on the page before or after
        if from_pixels and shaded and note and not _has_word(note, vocab) and not any(c.isdigit() for c in note):
            note = None  # letters OCR saw in the grey of shaded cells ("LT nn"), not a note
        shaded = [] if note else shaded
        texts = [ln.text for ln in members[index]]
        rows.append(PlanningRow(activity=join_lines(texts, vocab, cell=True), planned=shaded, top=band_top,
                                bottom=band_bottom, page=page.number, note=note,
                                guessed_words=tuple(guessed_cell_cuts(texts, vocab))))
    return rows, ruled


def _header_at(page: Page, index: int, conf: PlanningSettings, pixels: PagePixels | None = None,
               ocr: bool = False) -> tuple[list[Line], list[MonthColumn]] | None:
    """The header lines (year row, month row) and month columns of a table whose month row is the page's
    line ``index``.  On a scan (``pixels``, a page with no drawn rules) a row with a month name under a
    year, or two, is one too where the grid's rules in the page image give the other months' cells.  In
    an OCR text layer (``ocr``) a year OCR lost over the month row is read again in the page image."""
    lines = page.lines
    line = lines[index]
    read = _header_months(line, conf.months)
    if not read:
        return None
    pieces = _month_row_pieces(page, line, conf)
    # The year over the month row, over any of its pieces: a page read in columns puts it before the piece
    # under it (LibreOffice look 8185: "2023" over "Jan. Feb." in the left column, "Mrt. … Nov." in the right,
    # the header read at that last piece without its year).
    starts = [i for i, ln in enumerate(lines) if i and any(ln is row for row in [line, *pieces])]
    year_line = next((lines[i - 1] for i in starts if all(_YEAR.fullmatch(w.text) for w in lines[i - 1].words)),
                     None)
    if year_line is None and ocr and pixels is not None:
        year_line = _year_in_image(page, line, read[0][1], pixels)
    if not pieces:
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is not None and _name_ends_under(line, below, conf.months):
            # The ends may be read as several lines on one baseline, the rest after the first row's label
            # (LibreOffice look 8278: "." under Jan to Mrt, then the label, then "." under Apr to Dec).
            ends = [ln for ln in lines if ln is below or ln is not line and abs(ln.top - below.top) <= 0.25 * below.size
                    and _name_ends_under(line, ln, conf.months)]
            row = _with_name_ends(line, Line(page=page.number, words=[w for ln in ends for w in ln.words]))
            header = _header(page, row, _header_months(row, conf.months), year_line, conf, pixels)
            # ``below`` last: the table's rows are read from the line after the header's last one on.
            return (header[0][:-1] + [line, *(ln for ln in ends if ln is not below), below], header[1]) \
                if header else None
        return _header(page, line, read, year_line, conf, pixels)
    if any(ln is piece for ln in lines[index + 1:] for piece in pieces):
        return None  # the header is read at its last piece in reading order, which its rows follow
    row = Line(page=page.number, words=sorted([w for ln in [line, *pieces] for w in ln.words], key=lambda w: w.x0))
    header = _header(page, row, _header_months(row, conf.months), year_line, conf, pixels)
    return (header[0][:-1] + pieces + [line], header[1]) if header else None


def _name_ends_under(row: Line, below: Line, months: dict) -> bool:
    """Whether ``below`` holds only the ends of month names ``row`` holds without them: cells too narrow for
    "Feb." break it after the name or in it.  Each end, a period ("Feb" / "."), or letters and a period that
    make the name above it a month's ("Fe" / "b.", "Ok" / "t."), stands under that name (LibreOffice looks
    8128 and 8156, A5: the line of ends read as the first activity's note, or the month row as no header;
    1,118 and 959 of 1,321 planning cells lost, published with exit 0)."""
    def ends(rest: Word) -> bool:
        name = _named_above(rest, row)
        return name is not None and (rest.text == "." or re.fullmatch(r"[^\W\d_]{1,2}\.", rest.text) is not None
                                     and _month(name.text + rest.text, months) is not None)

    return bool(below.words) and 0 <= below.top - row.bottom <= 0.5 * row.size and all(map(ends, below.words))


def _named_above(rest: Word, row: Line) -> Word | None:
    """The word of ``row`` without a period whose end ``rest`` (of a month name) stands under."""
    middle = (rest.x0 + rest.x1) / 2
    return next((w for w in row.words if not w.text.endswith(".")
                 and w.x0 <= middle <= w.x1 + 0.5 * w.size), None)


def _with_name_ends(row: Line, below: Line) -> Line:
    """Month row ``row`` with each name's end in ``below`` joined to the name above it ("Fe" + "b." = "Feb.")."""
    ended = {id(_named_above(rest, row)): rest for rest in below.words}
    return Line(page=row.page, words=[
        Word(w.text + ended[id(w)].text, w.x0, max(w.x1, ended[id(w)].x1), w.top, w.bottom, w.fontname, w.size,
             w.color)
        if id(w) in ended else w for w in row.words])


def _month_row_pieces(page: Page, line: Line, conf: PlanningSettings) -> list[Line]:
    """The other lines of month names alone on month row ``line``'s baseline that carry its months on, one
    step apart, left or right: a page read in columns cuts a month row that crosses the gutter ("Jan." read in
    the left column, "Feb. Mrt. Apr." in the right).  A table beside it in the other column starts its months
    again, or stands a gutter apart."""
    pattern = _month_pattern(tuple(conf.months))
    middle = (line.top + line.bottom) / 2
    pieces = [ln for ln in page.lines if ln is not line and ln.top <= middle <= ln.bottom
              and all(month_tokens(w, pattern) for w in ln.words)]
    if not pieces:
        return []
    tokens = sorted(_header_months(Line(page=page.number, words=[w for ln in [line, *pieces] for w in ln.words]),
                                   conf.months), key=lambda token: token[1])
    numbers = [_month(text, conf.months) for text, _, _ in tokens]
    steps = [(b[1] + b[2] - a[1] - a[2]) / 2 for a, b in pairwise(tokens)]
    in_order = all(b == a % 12 + 1 for a, b in pairwise(numbers))
    return pieces if in_order and max(steps) <= 1.25 * min(steps) else []


def _header(page: Page, line: Line, read: list[tuple[str, float, float]], year_line: Line | None,
            conf: PlanningSettings, pixels: PagePixels | None) -> tuple[list[Line], list[MonthColumn]] | None:
    """The header of month row ``line``, whose month names are ``read``, under ``year_line`` (see
    :func:`_header_at`), or None."""
    rules = pixels.vertical_rules(page.number, (0, line.top, page.width, line.bottom)) \
        if 0 < len(read) < 12 and (year_line or len(read) > 1) and pixels is not None and not page.ruled else []
    months = _month_columns(line, year_line, conf, rules) if read else []
    if len(months) < conf.min_months:
        return None
    return ([year_line, line] if year_line else [line]), months


def _header_in_image(page: Page, index: int, conf: PlanningSettings,
                     pixels: PagePixels) -> tuple[list[Line], list[MonthColumn]] | None:
    """The header of a scan's Gantt table whose month row the page's OCR lost whole (set on a shaded band):
    under line ``index``, a year alone, the band a line high is read again in the page image, as
    :func:`_header_at` reads a month row OCR read."""
    lines = page.lines
    year_line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    height = year_line.bottom - year_line.top
    if not all(_YEAR.fullmatch(w.text) for w in year_line.words) or following is None \
            or following.top < year_line.bottom + height or _header_months(following, conf.months):
        return None
    read = pixels.words(page.number, (0, year_line.bottom, page.width, min(year_line.bottom + 2.2 * height,
                                                                             following.top)))
    if not read:
        return None
    first, top, bottom = year_line.words[0], year_line.bottom + 0.6 * height, year_line.bottom + 1.6 * height
    months = Line(page=page.number, words=[Word(text, x0, x1, top, bottom, first.fontname, year_line.size,
                                                first.color) for text, x0, x1 in read])
    return _header(page, months, _header_months(months, conf.months), year_line, conf, pixels)


def _year_in_image(page: Page, header: Line, left: float, pixels: PagePixels) -> Line | None:
    """The year over a scan's month row from ``left`` on, read again in the page image where the page's OCR
    lost it (set on a shaded band, it was taken for a picture): a line of its own, as OCR would have made."""
    top = header.top - 2 * (header.bottom - header.top)
    read = pixels.words(page.number, (left, top, page.width, header.top), allowed="0123456789")
    if len(read) != 1 or not _YEAR.fullmatch(read[0][0]):
        return None
    (text, x0, x1), first = read[0], header.words[0]
    return Line(page=page.number, words=[Word(text, x0, x1, top, header.top, first.fontname, header.size,
                                              first.color)])


def _continuation(page: Page, table: PlanningTable, conf: PlanningSettings, vocab,
                  headings: frozenset[int] = frozenset(), pixels: PagePixels | None = None,
                  footnotes: FootnotePrint | None = None) -> PlanningTable | None:
    """The rows of ``table`` at the top of the next page, under a repeated header or none, down to its notes."""
    lines = page.lines
    if not lines:
        return None
    header = _header_at(page, 1, conf, pixels) if len(lines) > 1 else None
    header = header if header and header[0][0] is lines[0] else _header_at(page, 0, conf, pixels)
    if header:
        head, months = header
        if [m.month for m in months] != [m.month for m in table.months]:
            return None
        start = next(i for i, ln in enumerate(lines) if ln is head[-1]) + 1
        labels, notes, marks, printed = _read_body(page, start, head[-1], months, conf, head[-1].size, headings,
                                                   head, footnotes)
        top = head[-1].bottom
    else:
        # No repeated header: rows start at the page top, in the columns of the table's first piece.
        head, months = [], table.months
        labels, notes, marks, printed = _read_body(page, 0, None, months, conf, max(ln.size for ln in table.lines),
                                                   headings, footnotes=footnotes)
        top = labels[0].top - labels[0].size if labels else 0
    if head and not (labels or notes or marks):
        # The header alone: the table ended at the page's foot, and the word processor repeated its header
        # row on the next page over nothing (LibreOffice look 8573: "2023 Jan. … Dec." over "9. Begroting",
        # read as the planning section's text).  Its lines are the table's, not text.
        return PlanningTable(page=page.number, top=head[0].top, months=months, rows=[], lines=head)
    if not (labels or (head and (notes or marks))):
        return None
    # A first piece of marks alone (its rows' labels all on this page) shows no rows its rules could tell apart.
    grid = table.ruled if any(row.activity for row in table.rows) else None
    rows, ruled = _rows(page, labels, notes, marks, months, top, conf, vocab, pixels, grid)
    if not head and not ruled and not any(r.planned for r in rows):
        return None  # neither header, rules nor shading: text after the table, not more of it
    return PlanningTable(page=page.number, top=(head or printed)[0].top, months=months, rows=rows,
                         lines=head + printed)


def _ends_page(page: Page, table: PlanningTable, headings: frozenset[int] = frozenset(),
               footnotes: FootnotePrint | None = None) -> bool:
    """Nothing but smaller print, or the page's footnotes (``footnotes``: how they are set), follows the table
    on its page.  A table may be set smaller than the notes (a month header at 6.5 pt over 7 pt notes).  A
    heading after it (``headings``: the ``id()`` of the document's heading lines), set as small as it may be,
    heads what the page goes on with: a budget table in smaller print under "9. Begroting" is no footnote."""
    last = max(ln.bottom for ln in table.lines)
    size = max(ln.size for ln in table.lines)
    after = [ln for ln in page.lines if ln.top > last]
    if any(id(ln) in headings for ln in after):
        return False
    return all(ln.size < size for ln in after) or (footnotes is not None and footnotes.holds(after, page))


def _rest_of_split_row(last: PlanningRow, rows: list[PlanningRow], vocab, wrapped: bool = False,
                       others: tuple[str, ...] = ()) -> list[PlanningRow]:
    """``rows`` of a table's next piece, the first joined to ``last`` when the page end cut that row
    in two: its label goes on in lower case (after any opening bracket or quote: "‘vindbaar maken’ …"), as a
    wrapped label does (:func:`goes_on`), starts with a figure that is no activity number under a
    numbered one (:func:`_numbered_otherwise`), or, under a label that ends no sentence, has neither months
    nor a note or was ``wrapped`` there (:func:`_wrapped_over`); and its month cells are shaded as the cut
    row's are, hold the rest of its note, or hold nothing (marks stand beside a label's first line only, on
    the page before).  A first row without label is the rest of ``last``'s: its months and note go on it.
    ``others``: the labels of the table's rows above ``last``."""
    first = rows[0] if rows else None
    if first is not None and (not last.activity or not first.activity):
        # A row cut in two by the page end in a grid: its label on one page, its marks or note on the other.
        last.activity, last.split = last.activity or first.activity, True
        last.planned += [m for m in first.planned if (m.year, m.month) not in {(p.year, p.month) for p in last.planned}]
        # A note cut by the page end goes on there (LibreOffice look 8323: "… begin 2024. Mogelijk" / "ook
        # gedurende het traject" under the repeated month row, its rest lost and published, exit 0).
        notes = [note for note in (last.note, first.note) if note]
        last.note = join_lines(notes, vocab, cell=True) if notes else None
        return rows[1:]
    # A first row with neither months nor a note under a label that ends no sentence is no activity: every
    # planned one has either (a word processor breaks a row over the page end, LibreOffice look 8108:
    # "Landelijke bijeenkomst Financiële" / "Zelfredzaamheid.").  A label of nothing but its activity's
    # number has its words still to come (look 8289: "4." / "Netwerkbijeenkomsten/contacte n partners."; look
    # 9023: "Fase 1." / "Voorbereidingssessie organiseren …", a phase's name under the repeated header), unless the
    # table has another such label, whole ("Nieuwsbrief 1." over "Nieuwsbrief 2.", "Activiteit 1." … "Activiteit 3.").
    label = last.activity.rstrip()
    word = label.split()[0] if " " in label else None
    whole_alike = word is not None and any(
        _NUMBER_ALONE.fullmatch(o.rstrip()) and o.split()[0] == word for o in (*others, *(r.activity for r in rows)))
    open_label = not label.endswith((".", ";", ":", "!", "?")) or (
        _NUMBER_ALONE.fullmatch(label) is not None and not whole_alike)
    carried = first is not None and open_label and (wrapped or not first.planned and first.note is None)
    if first is None or not (goes_on(first.activity) or _numbered_otherwise(last.activity, first.activity)
                             or carried):
        return rows
    months = [(m.year, m.month) for m in first.planned]
    if first.note is None and months and months != [(m.year, m.month) for m in last.planned]:
        return rows
    last.activity = join_lines([last.activity, first.activity], vocab, cell=True)
    if first.note is not None:
        last.note = join_lines([last.note, first.note], vocab, cell=True) if last.note else first.note
    return rows[1:]


def _wrapped_over(table: PlanningTable, piece: PlanningTable) -> bool:
    """The first word of the label of ``piece``'s first row (the table's next piece, on the next page) would
    not have fit after the last label line of ``table``'s last row, in the label column of both
    (:func:`_would_not_fit`): the typesetter broke that label over the page end, and the row with it, its
    months shaded on both pages (LibreOffice look 8142: "Landelijke bijeenkomst Financiële" /
    "Zelfredzaamheid.").  A line that starts with an activity's number starts an activity."""
    grid_left = table.months[0].x0

    def label(line: Line) -> list[Word]:
        return [w for w in line.words if (w.x0 + w.x1) / 2 < grid_left]

    def label_lines(row: PlanningRow, lines: list[Line]) -> list[Line]:
        return [Line(page=ln.page, words=words) for ln in lines
                if ln.page == row.page and row.top <= (ln.top + ln.bottom) / 2 <= row.bottom and (words := label(ln))]

    above = label_lines(table.rows[-1], table.lines) if table.rows else []
    below = label_lines(piece.rows[0], piece.lines) if piece.rows else []
    if not above or not below or _ACTIVITY_NUMBER.match(below[0].text):
        return False
    column = max(w.x1 for ln in table.lines + piece.lines for w in label(ln))
    return _would_not_fit(below[0], above[-1].x1, column)


def _numbered_otherwise(above: str, label: str) -> bool:
    """``label`` starts with a figure that is no activity number where the one ``above`` has one: among
    numbered activities, a line that is no activity of its own ("1.0 van levensgebieden/" goes on "3. …
    samenstellen lijst"); an unnumbered one that starts in a capital is ("Communicatie: verspreiden …")."""
    return bool(_ACTIVITY_NUMBER.match(above)) and label[:1].isdigit() and not _ACTIVITY_NUMBER.match(label)


def find_planning_tables(document: Document, settings: PlanningSettings | dict | None = None,
                         headings: Iterable[Line] = (), footnotes: FootnoteSettings | None = None,
                         ) -> list[PlanningTable]:
    """The document's planning tables; ``headings``: the lines of its headings, where tables end;
    ``footnotes``: how its footnotes are told (a table at a page's foot over them goes on on the next page).

    Where a table has neither shading rectangles nor marks, its cells are looked at in the page image
    (:class:`~extract.pdf.pixels.PagePixels`, rendered only for such a page).
    """
    conf = resolve(PlanningSettings, settings)
    pixels = PagePixels(document.path, conf.pixel_dpi)
    try:
        return _planning_tables(document, conf, headings, pixels,
                                FootnotePrint.of(document, footnotes or FootnoteSettings()))
    finally:
        pixels.close()


def _planning_tables(document: Document, conf: PlanningSettings, headings: Iterable[Line],
                     pixels: PagePixels, footnotes: FootnotePrint) -> list[PlanningTable]:
    stops = frozenset(id(line) for line in headings)
    vocab = document_vocabulary(document)
    tables: list[PlanningTable] = []
    pages = document.pages
    continued: set[int] = set()  # id() of lines already read as a table's continuation
    ocr = document.one_font  # an OCR text layer: what its OCR lost may be read again in the page image
    for position, page in enumerate(pages):
        lines = page.lines
        for index, line in enumerate(lines):
            if id(line) in continued:
                continue
            header = _header_at(page, index, conf, pixels, ocr) or (
                _header_in_image(page, index, conf, pixels) if ocr else None)
            if header is None:
                continue
            head, months = header
            line = head[-1]  # the month row (read again in the page image, it is none of the page's lines)
            labels, notes, marks, printed = _read_body(page, index + 1, line, months, conf, line.size, stops, head,
                                                       footnotes)
            # A header at a page's foot with only marks under it: a row the page end cut before its label,
            # which stands under the header repeated on the next page.
            if not labels and not (marks and position + 1 < len(pages)):
                continue
            rows, ruled = _rows(page, labels, notes, marks, months, line.bottom, conf, vocab, pixels)
            table = PlanningTable(page=page.number, top=head[0].top, months=months, rows=rows, lines=head + printed,
                                  ruled=ruled)
            piece, piece_page = table, page
            for following in pages[position + 1:]:
                if not _ends_page(piece_page, piece, stops, footnotes):
                    break
                piece, piece_page = _continuation(following, table, conf, vocab, stops, pixels, footnotes), following
                if piece is None:
                    break
                table.rows += _rest_of_split_row(table.rows[-1], piece.rows, vocab, _wrapped_over(table, piece),
                                                  tuple(r.activity for r in table.rows[:-1]))
                table.lines += piece.lines
                table.page_end = piece.page
                continued.update(id(ln) for ln in piece.lines)
            tables.append(table)
    if ocr:  # the separator after their numbers most activities print: "4, Afronden" is OCR's "4."
        as_numbered = usual_separator(row.activity for table in tables for row in table.rows)
        for table in tables:
            for row in table.rows:
                row.activity = as_numbered(row.activity)
    return tables
