"""Footnotes: read apart from the text they interrupt, filed with the text that refers to them.

A footnote is print smaller than the body text at the foot of a page, starting
with its number ("12 We verwachten …").  Typesetters put it at the foot of the
page of its reference, or of a later one, and a page end may fall inside a
sentence or between two sections; so the note goes with the line holding its
reference (the number set small after a word, "(groeps)interviews¹²", glued to
it, "opgenomen.1", or on its own), searched from the note's page back; only a
note whose reference is not found stays where the page ends.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..settings import Range, Settings
from .headings import body_size
from .model import Document, Line, Page, Word
from .text import set_small

# A reference mark alone on its line is set smaller than the line before it by this share at least (a
# superscript is some 60 % of its text's size).
_SMALLER = 0.8
# How many numbers on from a note the next one read under it may be: notes set out of turn (:func:`_next_note`).
NOTES_AHEAD = 3


@dataclass(frozen=True)
class FootnoteSettings(Settings):
    # A footnote is set at least this many points smaller than the body text, or this share of the
    # body's size where that is less (an 8 pt body's notes at 7 pt) ...
    step: float = 1.5
    step_share: float = 0.125
    # ... and starts with its number.
    pattern: str = r"^(\d{1,3})\s+\S"
    # Its reference is looked for on its own page and this many pages before.
    pages_back: int = 2
    limits = {"step": Range(above=0), "step_share": Range(above=0, most=1), "pages_back": Range(least=0)}

    def largest(self, body_size: float) -> float:
        """The largest size a footnote is set at under body text of ``body_size``."""
        return body_size - min(self.step, self.step_share * body_size)


@dataclass(frozen=True)
class FootnotePrint:
    """How the document's footnotes are set: no larger than ``largest``, each starting with its number (or, the
    rest of a note begun the page before, under the notes' separator: :func:`under_separator`)."""
    largest: float
    numbered: re.Pattern

    @classmethod
    def of(cls, document: Document, conf: FootnoteSettings) -> FootnotePrint:
        return cls(conf.largest(body_size(document)), re.compile(conf.pattern))

    def holds(self, lines: list[Line], page: Page) -> bool:
        """``lines`` (of ``page``) are footnotes: set no larger than notes are, the first starting with its number
        or under the notes' separator (:func:`under_separator`: the rest of a note the page before began)."""
        return bool(lines) and all(ln.size <= self.largest for ln in lines) \
            and (bool(self.numbered.match(lines[0].text)) or under_separator(lines[0], page))

    def opens_foot(self, line: Line, page: Page) -> bool:
        """``line`` starts the footnotes at its page's foot: it and every line below it hold notes' print."""
        return self.holds([line, *(ln for ln in page.lines if ln.top > line.top)], page)


def under_separator(line: Line, page: Page) -> bool:
    """Right above ``line``, under the line above it, stands the short rule a word processor draws over a page's
    notes: shorter than a third of the page's width, from the line's left or further left into its column, and
    the page's lowest rule, alone at its height (a thin bar's two edges are one rule; a table's cell edges stand
    side by side, and rows' edges below).  LibreOffice look 8785: the rest of a note begun the page before,
    "Kremer, M., A. Parys & L. Verplanke (2019). …", under a Gantt chart going on over the page end, in its 7 pt
    print and without a number, was read as the chart's row."""
    above = max((ln.bottom for ln in page.lines if ln.bottom <= line.top), default=0.0)
    lowest = max((y for _, _, y in page.h_rules), default=None)
    for x0, x1, y in page.h_rules:
        if above < y < line.top and x1 - x0 < page.width / 3 and x0 <= line.x0 + 1 < x1 and y >= lowest - 1:
            return all(abs(a - x0) <= 1 and abs(b - x1) <= 1 for a, b, z in page.h_rules if abs(z - y) <= 1)
    return False


@dataclass
class Footnote:
    number: str
    page: int
    lines: list[Line] = field(default_factory=list)


def find_footnotes(document: Document, body_size: float, skip: set[int],
                   conf: FootnoteSettings) -> list[Footnote]:
    """The footnotes of every page: its runs of lines smaller than the body text (in reading order),
    from the first line that starts with a number, one note per number; the run at the page's foot
    as it stands, a run inside the text where its reference stands above it.  ``skip``: ``id()`` of
    lines in tables and headings."""
    numbered = re.compile(conf.pattern)
    notes: list[Footnote] = []
    open_note: Footnote | None = None  # the note the previous page's reading ended in
    for position, page in enumerate(document.pages):
        earlier = [line for before in document.pages[max(position - conf.pages_back, 0):position]
                   for line in before.lines]
        lowest: set[int] = set()
        for line in sorted(page.lines, key=lambda ln: ln.top, reverse=True):
            if id(line) in skip or line.size > conf.largest(body_size):
                break
            lowest.add(id(line))
        runs = _small_runs(page.lines, body_size, skip, conf)
        # A run that reaches the page's foot is its notes, whole where a column's foot cuts one and
        # it goes on at the head of the next column (the lines that follow it in reading order).
        foot = [run for run in runs if any(id(line) in lowest for line in run)]
        if open_note is not None:
            # A note set out of turn, under the next ones, is no rest of theirs (WeasyPrint look 8558: note 9 at
            # the foot of the page after note 11's, which ended the page before).
            before = int(open_note.number)
            missing = set(range(before - NOTES_AHEAD, before)) - {int(note.number) for note in notes}
            rest = _rest_of_note(runs, foot, page.lines, open_note, numbered, missing)
            open_note.lines += rest
            # Its rest may start with a number (not the next note's): no note of its own.
            runs, foot = _without(runs, rest), _without(foot, rest)
        found = _notes([line for run in foot for line in run], page.number, numbered)
        found += [note for inside in runs if inside not in foot
                  for note in _notes(inside, page.number, numbered)
                  if _referenced_above(note, earlier + page.lines, inside[0], conf)]
        # In reading order: their references are looked for in that order (:func:`reference_line`), and a
        # note set after its paragraph may be read before the notes at the page's foot.
        position = {id(line): index for index, line in enumerate(page.lines)}
        found.sort(key=lambda note: position[id(note.lines[0])])
        notes += found
        open_note = found[-1] if found and page.lines and found[-1].lines[-1] is page.lines[-1] else None
    return notes


def _rest_of_note(runs: list[list[Line]], foot: list[list[Line]], lines: list[Line], open_note: Footnote,
                  numbered: re.Pattern, missing: set[int]) -> list[Line]:
    """The small lines that start the page's notes before the next note's, where the previous page's
    reading ended inside ``open_note``: its rest, set at the head of the next column (the page's first
    lines) or at the foot of the next page before that page's own notes.  A line that starts with a number
    after a note that ends its sentence starts a note of its own, whatever its number (WeasyPrint look 8293 set
    note 13 at the foot of the page after note 14's), and so does one of the notes before it not read yet
    (``missing``)."""
    first = [run for run in runs if run[0] is lines[0]] + foot[:1]
    if first and numbered.match(first[0][0].text) and open_note.lines[-1].text.rstrip().endswith((".", "!", "?")):
        return []
    return list(itertools.takewhile(lambda line: not _next_note(line, open_note.number, numbered, missing),
                                    first[0])) \
        if first else []


def _without(runs: list[list[Line]], taken: list[Line]) -> list[list[Line]]:
    taken_ids = {id(line) for line in taken}
    return [kept for run in runs if (kept := [line for line in run if id(line) not in taken_ids])]


def _notes(run: list[Line], page: int, numbered: re.Pattern) -> list[Footnote]:
    """The notes of a run of small lines: from its first line that starts with a number, a note where a
    line starts with the next number.  A note's line may start with another number: "12 We verwachten in
    totaal tussen de 20 en" / "24 (groeps)interviews uit te voeren."."""
    notes: list[Footnote] = []
    start = next((i for i, line in enumerate(run) if numbered.match(line.text)), None)
    for line in run[start:] if start is not None else []:
        if not notes or _next_note(line, notes[-1].number, numbered):
            notes.append(Footnote(numbered.match(line.text).group(1), page))
        notes[-1].lines.append(line)
    return notes


def _next_note(line: Line, number: str, numbered: re.Pattern, missing: set[int] = frozenset()) -> bool:
    """Whether ``line`` starts a note after note ``number``: notes are numbered one after another, but a
    typesetter may set one a page or two after the next ones (WeasyPrint look 8558: note 9 under note 12's,
    notes 10 and 11 a page before; read before, "9 … Rotterdam" and "12 We verwachten …" were one note), so the
    next note may be up to :data:`NOTES_AHEAD` numbers on.  A note's line that starts with a number further on
    goes on with it ("12 We verwachten in totaal tussen de 20 en" / "24 (groeps)interviews …"), unless it is
    one of the ``missing`` notes, set out of turn."""
    return bool(m := numbered.match(line.text)) and (
        int(number) < int(m.group(1)) <= int(number) + NOTES_AHEAD or int(m.group(1)) in missing)


def _small_runs(lines: list[Line], body_size: float, skip: set[int], conf: FootnoteSettings) -> list[list[Line]]:
    """Runs of small print between body lines, in reading order: notes at the page's foot, and notes a
    typesetter sets right after the paragraph that refers to them."""
    runs: list[list[Line]] = [[]]
    for line in lines:
        small = id(line) not in skip and line.size <= conf.largest(body_size)
        if small:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _referenced_above(note: Footnote, lines: list[Line], first: Line, conf: FootnoteSettings) -> bool:
    """The note's reference (:func:`reference_line`) stands in a line above it, on its page or the pages
    before: a note set inside the text only counts as one with its reference in view."""
    above = lines[:next(i for i, line in enumerate(lines) if line is first)]
    return reference_line(note, above, 0, conf) is not None


def reference_line(note: Footnote, lines: list[Line], start: int, conf: FootnoteSettings,
                   end: int | None = None) -> int | None:
    """Where in ``lines`` (body text in reading order) the note's reference stands: from ``start``
    (the reference of the note before it: references come in their notes' order), on the note's
    page or the pages before it, or, with ``end`` (the reference of the note after it), before ``end`` on
    any page.  A number set smaller than its line (or alone on a line of its own, smaller than the line
    before: a mark the typesetter carried over the line end), on any page from ``start`` on, else one glued
    to a word, else one on its own (but a list item's number, "1", "1." or "2)", at the start of a line: a
    mark carried there is followed by what closes its sentence, "3)."), else one glued to a number
    ("20224)": a superscript merged into the year before it, a year's four figures); of several, the last.  A
    mark set small is looked for further back than the others: WeasyPrint set note 2 three pages after its mark
    ("Utrecht).²", look 8319), where "Doel 2" stood in between."""
    number = re.escape(note.number)
    glued = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[.)’'”])){number}[.,;:)]*$")
    alone = re.compile(rf"^{number}[.,;:)]*$")
    list_number = re.compile(rf"^{number}[.)]?$")
    # A year's four figures before it: "2024)" is no mark glued to "202" (look 9028, an edition moved on to 2026,
    # filed note 4 of "van 20224)." with "(Bureau Omlo; 2024)" a page on).
    after_number = re.compile(rf"(?<!\d)(?:19|20)\d\d{number}[.,;:)]*$")

    def small(i: int, word: Word) -> bool:
        line = lines[i]
        carried = len(line.words) == 1 and i > 0 and line.size < _SMALLER * lines[i - 1].size
        return (set_small(word, line) or carried) and bool(glued.search(word.text) or alone.match(word.text))

    ranks = (lambda i, w: glued.search(w.text),
             lambda i, w: alone.match(w.text) and not (w is lines[i].words[0] and list_number.match(w.text)),
             lambda i, w: after_number.search(w.text))
    before_note = [i for i in range(start, len(lines) if end is None else end) if lines[i].page <= note.page]
    window = before_note if end is not None else [
        i for i in before_note if lines[i].page >= note.page - conf.pages_back]
    for rank, among in [(small, before_note), *((rank, window) for rank in ranks)]:
        found = [i for i in among if any(rank(i, w) for w in lines[i].words)]
        if found:
            return found[-1]
    return None
