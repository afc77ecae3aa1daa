"""The table of contents as data: its entries, their levels and printed pages.

Entries are lines ending in a dot leader and a page number; their level is the
rank of their indentation.  A wrapped entry (a line in lower case continuing
the one above, or following one that ends where no title does, with the same
page) is joined to it.  extract.werkplan.contents
compares the entries with the sections found.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING

from ..settings import resolve
from .text import ends_open, join_wrapped

if TYPE_CHECKING:
    from .model import Line


@dataclass(frozen=True)
class TocSettings:
    # An entry: its title, a dot leader and the page number (groups "title" and "page").
    entry_pattern: str = r"^(?P<title>.*?[^.\s…])\s*[.…]{3,}\s*(?P<page>\d+)$"
    # An entry is linked to a heading at least this similar (difflib ratio of the letters and digits).
    min_similarity: float = 0.75
    # Where the leader is drawn as a graphic, or there is none: a page number standing apart (this many
    # font sizes from the title) at the end of a line, its right edge aligned (within this many points)
    # with those of at least ``min_entries`` lines that follow each other in the text ...
    number_gap: float = 1.0
    align_tolerance: float = 2.0
    min_entries: int = 3
    # ... making up at least this share of the lines between the first and the last of them: half, every title
    # wrapped once (LibreOffice look 8472, A5 in 12 pt monospaced: at three fifths the run ended at its 28th
    # entry, the 13 after it lost).
    block_share: float = 0.5
    # A table of contents of titles only (links, no page numbers): the lines after its heading whose
    # titles stand again, in the same order, as lines further on.
    heading_pattern: str = r"^(inhoud|inhoudsopgave|inhoudstafel|contents|table of contents)$"
    title_prefix: int = 12
    # Entries whose first lines start within this many points of each other are at one level (an OCR
    # text layer places lines a pixel or two apart).
    indent_tolerance: float = 2.0
    # Where the leader was read as text, page numbers align within this many points (an OCR text layer
    # sets a word's width from the recognised box, a few points off the printed glyphs).
    text_leader_align_tolerance: float = 4.5


@dataclass
class TocEntry:
    index: int
    level: int
    title: str
    printed_page: int | None  # None in a table of contents of titles only
    section_id: str | None = None
    section_title: str | None = None
    actual_page: int | None = None
    title_similarity: float = 0.0
    lines: list[Line] = field(default_factory=list, repr=False)  # as printed
    # Nothing set the page number apart from the title: the leader was read as text (an OCR text layer
    # reads a dot leader as letters), so the title may run on into it; the heading it matches tells where
    # it ends (:func:`title_ending_as`).
    leader_as_text: bool = False

    @property
    def title_matches(self) -> bool:
        return self.section_id is not None and toc_key(self.title) == toc_key(self.section_title or "")

    @property
    def page_matches(self) -> bool:
        return self.actual_page is not None and self.actual_page == self.printed_page


Join = Callable[[list[str]], str]  # a wrapped title's lines as one (:func:`extract.pdf.text.join_wrapped`)
# An entry as read: its lines as printed (its title's first line first), its title, its page number.
RawEntry = tuple[list["Line"], str, int | None]
_LEADER_START = re.compile(r"\s*(?:\.{2,}|…).*$")
_YEAR = re.compile(r"^(19|20)\d\d$")
# What closes a title after its last letter: quote marks and brackets.
_CLOSING_MARKS = re.compile(r"[’”'\")\]]*")


def toc_key(text: str) -> str:
    """Letters and digits only, lower case: how titles are compared."""
    return re.sub(r"[\W_]+", "", text.lower())


def entry_lines(lines: Iterable[Line], settings: TocSettings | dict | None = None,
                titles_from: int | None = None, vocab: Counter | None = None) -> list[TocEntry]:
    """ToC entries among ``lines``: lines ending in a dot leader and a page number; where there are none,
    lines ending in a page number set apart and aligned with the others' (a leader drawn as a graphic, or
    none); where there are none either, the titles after the table of contents' heading (or from line
    ``titles_from`` on, where the caller knows where the table of contents starts).  A title wrapped over
    lines is joined as running text is, with the document's vocabulary ``vocab`` ("(post-" / "entry)")."""
    conf = resolve(TocSettings, settings)
    lines = list(lines)
    join: Join = partial(join_wrapped, vocab=vocab if vocab is not None else Counter())
    contents = _contents_start(lines, conf, titles_from)
    raw, leader_as_text = _leader_entries(lines, conf, join), False
    if not raw:
        raw = _aligned_entries(lines, conf, join)
    if contents is not None and (not raw or _leaders_in_titles(raw)):
        # Leaders read as text (OCR read them as letters, "Portaalfunctie… ertaennncnddnase"): cut where they start.
        as_text = _aligned_entries(lines, conf, join, after=contents)
        raw, leader_as_text = (as_text, True) if as_text else (raw, False)
    if not raw:
        raw = _title_entries(lines, conf, contents, join)
    level_of = _indent_levels([printed[0].x0 for printed, _, _ in raw], conf.indent_tolerance)
    entries: list[TocEntry] = []
    for printed, title, page in raw:
        previous = entries[-1] if entries and entries[-1].printed_page == page else None
        open_title = previous and _open_title(previous.title, leader_as_text)
        if previous and (title[:1].islower() or open_title):
            previous.title = join([open_title or previous.title, title])
            previous.lines += printed
            continue
        entries.append(TocEntry(index=len(entries), level=level_of(printed[0].x0), title=title, printed_page=page,
                                lines=printed, leader_as_text=leader_as_text))
    return entries


def _leaders_in_titles(raw: list[RawEntry]) -> bool:
    """Whether most titles hold a dot leader: the numbers at the edge were read, but the leaders before them
    as text, not drawn (OCR at 200 dpi: "Onderdeel A: … kennis. … … ….nasesonv onse …")."""
    return 2 * sum(bool(_LEADER_START.search(title)) for _, title, _ in raw) > len(raw)


def _open_title(title: str, leader_as_text: bool) -> str | None:
    """The title up to where it stops where no title ends ("… creëren in"), or None: its next line, printed
    with the same page, goes on with it whatever its case (OCR capitalises as it reads).  A dot after the
    word is the leader's first; a leader read as text ("in. nansnnnn") is cut at such a dot."""
    # A leader read as letters may end in anything ("… nnsnnen en"): only the title before it counts.
    cuts = [title[:dot.start()] for dot in re.finditer(r"\. ", title)] if leader_as_text else [title]
    return next((cut.rstrip(".") for cut in cuts if ends_open(cut.rstrip("."))), None)


def _indent_levels(indents: list[float], tolerance: float) -> Callable[[float], int]:
    """A line's level: the rank of its indent among the entries', indents within ``tolerance`` of the one
    before them being one."""
    ordered = sorted(indents)
    starts = [x for i, x in enumerate(ordered) if i == 0 or x - ordered[i - 1] > tolerance]
    return lambda x: sum(start <= x for start in starts) or 1


def _contents_start(lines: list[Line], conf: TocSettings, titles_from: int | None) -> int | None:
    """Where the table of contents starts: ``titles_from`` where the caller knows, else the line after its
    heading ("Inhoud"), else None."""
    if titles_from is not None:
        return titles_from
    heading = re.compile(conf.heading_pattern, re.IGNORECASE)
    return next((i + 1 for i, line in enumerate(lines) if heading.match(line.text.strip())), None)


def title_ending_as(entry: TocEntry, heading_key: str) -> str:
    """The entry's title cut where its letters and digits have spelled as many as ``heading_key`` has, and the
    closing marks right after them ("… naar verbinding’"): where a title whose leader was read as text ends, by
    the heading it matches."""
    title, count = entry.title, 0
    for position, char in enumerate(title):
        count += bool(toc_key(char))
        if count == len(heading_key):
            return title[:position + 1] + _CLOSING_MARKS.match(title, position + 1).group()
    return title


_LEADER_ONLY = re.compile(r"^\s*[.…]{3,}\s*(?P<page>\d+)$")
# A title filling its line leaves room for a dot or two of the leader, or none: "… institutioneel racisme .110",
# "… Vaders mee aan het stuur. 30" (LibreOffice look 8293); or not even for a space: the number glued to the
# title's last word, after a dot or two or none (LibreOffice: "… en netwerkopbouw.38", "… bij EU-arbeidsmigranten81"),
# or after its closing bracket or quote ("… arbeidsmarkt (post-entry)71", look 8217); a leader of dots set apart
# cut to two or three ("… en zelfbeschikking. . .38", look 8299), or a cell of two dots and one ("… bij
# EU-arbeidsmigranten.. .81", a monospaced tab leader: look 8946).
_SHORT_LEADER = re.compile(
    r"^(?P<title>.*?[^.\s…])(?:\s+[.…]{0,2}\s*|[.…]{1,2}\s+|\s?[.…]{1,2}(?:\s[.…]{1,2})+\s*)(?P<page>\d+)$")
_GLUED_NUMBER = re.compile(r"^(?P<title>.*(?:[^\W\d_]|[)’”'\"]))[.…]{0,2}(?P<page>\d+)$")


def _leader_entries(lines: list[Line], conf: TocSettings, join: Join) -> list[RawEntry]:
    """Lines ending in a dot leader and a page number.  A title wrapped over lines ends on the line with
    the leader: the lines before it since the last entry are its start, when that line goes on in lower
    case ("… Gezinsmigranten" / "in gemeenten ....... 77"), holds the leader alone ("....... 71"), or
    goes on from them as a paragraph's lines do (:func:`_title_starts`).  Right under an entry (or atop the next
    page), its page number aligned with the entry's, a leader may be cut to a dot or two, or none, by a title
    filling its line (:data:`_SHORT_LEADER`, :data:`_GLUED_NUMBER`: a page number no lower than the entry's)."""
    pattern = re.compile(conf.entry_pattern)
    raw: list[RawEntry] = []
    started: list[Line] = []  # lines since the last entry, no entry themselves
    carried = _page_numbers_carried(lines)
    for index, (text, own) in enumerate(carried):
        # Atop the next page, right after the last entry, with entries going on under it: the contents go on.
        goes_on = not started and index + 1 < len(carried) and bool(
            pattern.match(carried[index + 1][0]) or _LEADER_ONLY.match(carried[index + 1][0]))
        match = pattern.match(text) or _LEADER_ONLY.match(text) or (
            _short_leader(text, raw[-1][2]) if raw and _aligned_under(raw[-1][0][-1], own[-1], conf, goes_on)
            else None) or (_cut_leader_atop(text, own[-1], raw[-1], started, conf) if raw else None)
        if match is None:
            started += own
            continue
        title, printed = match.groupdict().get("title") or "", own
        if raw and started and _NUMBERED_TITLE.match(title) and not _NUMBERED_TITLE.match(started[0].text) and (
                ends_open(raw[-1][1]) or started[0].text[:1].islower()
                or _closer_above(raw[-1][0][-1], started, own[0], _entry_spacing(raw, raw[-1][0][-1].page))):
            # The rest of the title above, its page number on its first line (a browser's contents set as a row,
            # the number at the first line's baseline: Chromium look 10025, "… Gezinsmigranten in .... 77" /
            # "gemeenten"; 10020, "… en inburgering .... 77" / "Statushouders en …"): this title begins as the
            # document numbers its titles, and that one ends open or its lines stand closer than the entries.
            above, above_title, above_page = raw[-1]
            raw[-1] = ([*above, *started], join([above_title, *(ln.text for ln in started)]), above_page)
            started = []
        if raw and started and (not title or title[:1].islower() or _title_starts(started, own[0], title)):
            # The entry stands where its title begins (its indent gives its level).
            title, printed = join([*(ln.text for ln in started), title]), [*started, *own]
        if title:
            raw.append((printed, title.strip(), int(match.group("page"))))
        started = []
    return raw


def _cut_leader_atop(text: str, line: Line, above: RawEntry, started: list[Line], conf: TocSettings) -> re.Match | None:
    """``text`` as an entry whose leader its title cut to a dot or two, opening the page after the entry ``above``
    (what stands between them is on that entry's page: the rest of its title), its page number aligned with that
    entry's and no lower (Chromium look 10136: "Project 5.2 … bij EU- .. 81" atop the contents' second page,
    after "Project 5.1 … en .. 77" / "inburgering …" / "gemeenten", was read into 5.1's title with the three
    entries after it).  The dots tell a leader from a paragraph's line ending in a figure."""
    entry = above[0][-1]
    match = _SHORT_LEADER.match(text)
    if (match is None or not _DOTS_BEFORE_NUMBER.search(text) or line.page != entry.page + 1
            or any(other.page != entry.page for other in started) or above[2] is None
            or int(match.group("page")) < above[2]):
        return None
    return match if _aligned_under(entry, line, conf, contents_go_on=True) else None


_DOTS_BEFORE_NUMBER = re.compile(r"\s[.…]{1,2}\s*\d+$")


def _closer_above(above: Line, started: list[Line], entry: Line, spacing: float | None) -> bool:
    """Lines between two entries stand closer to the entry above than to the one below, on one page: a title's
    lines are set closer than its entries are to each other.  Ending the page of the entry above, with the entry
    below atop the next, they stand closer under it than ``spacing``, the gap between the entries on its page,
    in its print, no further left (Chromium look 10163: "Project 5.1 … en inburgering .... 77" / "Statushouders
    en Gezinsmigranten in gemeenten" ending the contents' first page, the title read without its second line; a
    group's heading ending the page, "Bijlagen", set as an entry is, stays apart)."""
    if started[-1].page == above.page and entry.page == above.page + 1:
        return spacing is not None and all(_print(line) == _print(above) and line.x0 >= above.x0 - 1
                                           for line in started) and all(
            b.top - a.bottom < spacing - 0.1 * above.size for a, b in pairwise([above, *started]))
    if not above.page == started[0].page == entry.page:
        return False
    return started[0].top - above.bottom < entry.top - started[-1].bottom - 0.1 * entry.size


def _print(line: Line) -> tuple[str, bool, float]:
    return line.words[0].fontname, line.bold, round(line.size, 1)


def _entry_spacing(raw: list[RawEntry], page: int | None = None) -> float | None:
    """The median gap between consecutive entries on one page (``page``, if given), each one line or more, or None
    where there are no two."""
    gaps = [second[0][0].top - first[0][-1].bottom for first, second in pairwise(raw)
            if first[0][-1].page == second[0][0].page and page in (None, second[0][0].page)]
    return statistics.median(gaps) if gaps else None


def _short_leader(text: str, page_above: int | None) -> re.Match | None:
    """``text`` as an entry whose leader its title left no room for (:data:`_SHORT_LEADER`), or whose number is
    glued to it (:data:`_GLUED_NUMBER`), where that number goes on from the entry's above it (``page_above``):
    a table of contents runs forward, and figures a title ends in need not."""
    match = _SHORT_LEADER.match(text)
    if match is None and (match := _GLUED_NUMBER.match(text)) is not None:
        return match if page_above is not None and int(match.group("page")) >= page_above else None
    return match


_LEADER_AT_END = re.compile(r"[.…]{3,}\s*$")
_NUMBER_ONLY = re.compile(r"^\s*\d+\s*$")


def _page_numbers_carried(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Each line's text and the line; a line ending in a leader whose page number the next line holds
    alone (a monospaced look wrapped "Project 9.1 … op lokaal niveau........" / "110") is one with it."""
    carried: list[tuple[str, list[Line]]] = []
    for line in lines:
        if carried and _NUMBER_ONLY.match(line.text) and _LEADER_AT_END.search(carried[-1][0]) \
                and carried[-1][1][-1].page == line.page:
            text, own = carried[-1]
            carried[-1] = (f"{text} {line.text.strip()}", [*own, line])
        else:
            carried.append((line.text, [line]))
    return carried


def _aligned_under(entry: Line, line: Line, conf: TocSettings, contents_go_on: bool) -> bool:
    """The line stands on the entry's page, or, where the contents go on over the page end (``contents_go_on``: no
    line between them, an entry under it), at the top of the next, its last word's right edge where the entry's
    page number's is (LibreOffice look 8775: "Project 9.1 … op lokaal niveau. 110" opened the contents' second
    page, its leader cut to a dot; read with the next entry's title, it took that entry's place)."""
    return (entry.page == line.page or contents_go_on and line.page == entry.page + 1) \
        and abs(line.words[-1].x1 - entry.words[-1].x1) <= conf.align_tolerance


def _title_starts(started: list[Line], line: Line, title: str) -> bool:
    """Lines with no leader right above an entry's line, in its print, not indented further, each close
    under the one before: the start of its title ("Project 5.1 … Statushouders en" / "Gezinsmigranten
    in gemeenten ....... 77").  Or ending the page before the entry's, where they begin as the document numbers
    its titles and the entry's ``title`` does not (LibreOffice look 9246: "Project 5.1 Monitor … en inburgering"
    ending the contents' first page, "Statushouders en Gezinsmigranten in gemeenten .... 77" atop the second, the
    title read without its first line); a group's heading ending the page ("Bijlagen") stays apart."""
    in_print = all(ln.size == line.size and ln.bold == line.bold and ln.x0 <= line.x0 + 1 for ln in started)
    close = all(b.page == a.page and b.top - a.bottom <= line.size for a, b in pairwise(started))
    if line.page == started[-1].page + 1:
        return in_print and close and bool(_NUMBERED_TITLE.match(started[0].text)) and not _NUMBERED_TITLE.match(title)
    return in_print and close and line.page == started[-1].page and line.top - started[-1].bottom <= line.size


def _page_number(line: Line, conf: TocSettings, apart: bool = True) -> int | None:
    """The page number a line ends in, set apart from a title that is not a number itself (``apart``: by
    white space, a leader drawn as a graphic or none).  A year is none: no werkplan runs to 1,900 pages, and a
    justified line of the text may end in one at the margin where the page numbers end (LibreOffice look 8401
    stripped: "… De activiteiten voor 2023" on the page after the contents was read as its 42nd entry)."""
    words = line.words
    if len(words) < 2 or not words[-1].text.isdigit() or _YEAR.match(words[-1].text) \
            or not any(c.isalpha() for c in line.text):
        return None
    if words[-2].text.replace(".", "").replace(",", "").isdigit() and not _YEAR.match(words[-2].text):
        return None  # a row of a table of numbers, not a title ("… werkplan 2023   5" is one)
    return int(words[-1].text) if not apart or words[-1].x0 - words[-2].x1 >= conf.number_gap * line.size else None


def _aligned_entries(lines: list[Line], conf: TocSettings, join: Join, after: int | None = None) -> list[RawEntry]:
    """The longest run of lines ending in page numbers whose right edges align, mostly uninterrupted.

    A line of the run without a number is part of a wrapped title: of the entry above when it stands
    closer to it, or in lower case (the number stood on the title's first line), else of the entry below
    (on its last): :func:`_goes_on_above`.

    With ``after`` (the line after the contents' heading), the numbers need not stand apart: the run
    right under that heading (its first entry among the ``min_entries`` lines after it), whose leaders
    were read as text, each title cut where a dot leader visibly starts.
    """
    tolerance = conf.align_tolerance if after is None else conf.text_leader_align_tolerance
    numbered = [(i, _page_number(line, conf)) for i, line in enumerate(lines)] if after is None else \
        [(i, _page_number(lines[i], conf, apart=False)) for i in range(after, len(lines))]
    numbered = [(i, page) for i, page in numbered if page is not None]
    ending = _figures_ending_at(lines, tolerance)
    best: list[int] = []
    for start, (first, _) in enumerate(numbered):
        edge = lines[first].words[-1].x1
        run = [first]
        for index, _ in numbered[start + 1:]:
            if abs(lines[index].words[-1].x1 - edge) > tolerance:
                continue
            if ending(edge, run[0], index) < conf.block_share * (index - run[0] + 1):
                break
            run.append(index)
        if len(run) > len(best):
            best = run
        if after is not None:
            break  # only the run the contents' heading stands over
    if after is not None and best and best[0] - after >= conf.min_entries:
        return []
    pages = [int(lines[i].words[-1].text) for i in best]
    # A table of contents runs through the document: its page numbers hardly ever go back.
    if len(best) < conf.min_entries or sum(b < a for a, b in pairwise(pages)) > 0.1 * len(pages):
        return []
    edge = lines[best[0]].words[-1].x1
    best = _squeezed_in(lines, best, edge, tolerance, conf)
    stop = _lone_number_after(lines, best[-1], edge, tolerance, conf) or best[-1]
    raw: list[RawEntry] = []
    wrapped: list[Line] = []
    for index in range(best[0], stop + 1):
        line = lines[index]
        if index not in best and wrapped and _lone_page_number(line, edge, tolerance):
            # A title filling its line pushed its page number onto a line of its own.
            raw.append(([*wrapped, line], join([ln.text for ln in wrapped]), int(line.text)))
            wrapped = []
            continue
        if index not in best and raw and not wrapped and _goes_on_above(lines, index):
            above, title, page = raw[-1]
            raw[-1] = ([*above, line], join([title, line.text]), page)
            continue
        if index not in best:
            wrapped.append(line)
            continue
        title, page = _title_and_page(line)
        title = join([*(ln.text for ln in wrapped), title])
        title = _LEADER_START.sub("", title) if after is not None else title
        raw.append(([*wrapped, line], title, page))
        wrapped = []
    if raw and stop == best[-1] and _last_title_goes_on(lines, best, conf):  # "… Roma, Sinti en" / "woonwagenbewoners"
        above, title, page = raw[-1]
        raw[-1] = ([*above, lines[best[-1] + 1]], join([title, lines[best[-1] + 1].text]), page)
    return raw


def _figures_ending_at(lines: list[Line], tolerance: float) -> Callable[[float, int, int], int]:
    """How many of ``lines[first:last + 1]`` end in a figure at the right ``edge``: the entries' page numbers,
    set apart or not (a title filling its line), or alone on a line (pushed there by a long title).  A run of
    entries is that dense; counting only the numbers set apart, an A5 contents of wrapped titles (LibreOffice
    look 8298: "… benutting van kennis 6", "38" alone twice) was cut where they gather, and its first five
    entries lost."""
    figures = [(index, line.words[-1].x1) for index, line in enumerate(lines) if line.words[-1].text[-1:].isdigit()]

    @cache
    def ending_at(edge: float) -> list[int]:  # the indexes of the lines ending in a figure at ``edge``, in order
        return [index for index, x1 in figures if abs(x1 - edge) <= tolerance]

    def count(edge: float, first: int, last: int) -> int:
        indexes = ending_at(round(edge, 1))
        return bisect_right(indexes, last) - bisect_left(indexes, first)

    return count


def _title_and_page(line: Line) -> tuple[str, int]:
    """An entry line's title and page number: its last word, or the digits glued to it (:data:`_GLUED_NUMBER`)."""
    *title, last = (word.text for word in line.words)
    if not last.isdigit():
        glued = _GLUED_NUMBER.match(last)
        return " ".join([*title, glued.group("title")]), int(glued.group("page"))
    return " ".join(title), int(last)


def _squeezed_in(lines: list[Line], entries: list[int], edge: float, tolerance: float, conf: TocSettings) -> list[int]:
    """``entries`` (lines ending in a page number set apart, at the right ``edge``) with the lines between them
    whose number ends at that edge too, a space from a title that filled its line or glued to it, no lower than
    the entry's above (LibreOffice look 8175: "… Vaders mee aan het stuur 30", 9 points apart at 9.5 pt, went
    on with the next entry's title; look 8246: "… aan het stuur30"), and so the lines right under the last entry
    on its page (LibreOffice look 8457: the last entry "1. Kennisdossier Roma, Sinti en woonwagenbewoners124" was
    lost)."""
    found = set(entries)
    page = None
    for index in range(entries[0], len(lines)):
        line = lines[index]
        if index > entries[-1] and (index - 1 not in found or line.page != lines[index - 1].page):
            break
        number = _page_number(line, conf, apart=False)
        if number is None and len(line.words) > 1 and (glued := _GLUED_NUMBER.match(line.words[-1].text)):
            number = int(glued.group("page"))
        if index not in found and number is not None and page is not None and number >= page \
                and abs(line.words[-1].x1 - edge) <= tolerance:
            found.add(index)
        page = number if index in found else page
    return sorted(found)


def _lone_number_after(lines: list[Line], last: int, edge: float, tolerance: float, conf: TocSettings) -> int | None:
    """The line of a page number alone at the ``edge`` that closes the contents' last entry, after the entry
    ``last`` on its page: a title filling its lines pushed it there (LibreOffice look 8319, A5: "1.
    Kennisdossier Roma, Sinti en woonwagenbewoners" / "124", the last entry, was lost).  Lines of no page number
    may stand between, up to ``min_entries`` of them."""
    for index in range(last + 1, min(last + 1 + conf.min_entries, len(lines))):
        if lines[index].page != lines[last].page or _page_number(lines[index], conf, apart=False) is not None:
            return None
        if _lone_page_number(lines[index], edge, tolerance):
            return index if index > last + 1 else None
    return None


def _lone_page_number(line: Line, edge: float, tolerance: float) -> bool:
    """A line that is a number alone, ending where the entries' page numbers end."""
    return len(line.words) == 1 and line.text.isdigit() and abs(line.words[0].x1 - edge) <= tolerance


def _last_title_goes_on(lines: list[Line], entries: list[int], conf: TocSettings) -> bool:
    """The line after the contents' last entry (``entries``: the entries' numbered lines), with no number,
    goes on with its title: right under it on its page, closer than the entries are set to each other,
    starting no further left, in its print."""
    last = entries[-1]
    if last + 1 >= len(lines):
        return False
    entry, line = lines[last], lines[last + 1]
    spacing = [lines[b].top - lines[a].bottom for a, b in pairwise(entries)
               if b == a + 1 and lines[a].page == lines[b].page]
    return (bool(spacing) and line.page == entry.page and line.size == entry.size and line.x0 >= entry.x0 - 1
            and 0 <= line.top - entry.bottom < statistics.median(spacing) - 0.1 * line.size
            and _page_number(line, conf) is None)


# A title that begins with its number, after a word or not: "Project 5.1 …", "Programmalijn 5. …", "Onderdeel B: …",
# "2.3 Overig …".
_NUMBERED_TITLE = re.compile(r"^(?:[^\W\d_]+\s+)?(?:\d+(?:\.\d+)*|[A-Z])[.:]?\s")


def _goes_on_above(lines: list[Line], index: int) -> bool:
    """Whether a line without a page number goes on the title above it rather than begin the one below:
    it stands closer to the line above (a title's lines are set closer than its entries), or, where the
    gaps are alike, it starts in lower case.  The first line of a page has no line above it: its case alone
    tells (LibreOffice look 8164: "Programmalijn 9. Effectief verminderen van discriminatie en", opening the
    contents' second page, went on the title of the first page's last entry).  The last line of a page none
    below it: it goes on above unless it starts in a capital and the next page opens in lower case, going on
    with its title (look 8298: "Project 4.2 Mkb ondersteunen in gelijke kansen" / "creëren in 66"), or with
    its page number alone (look 8331: "Project 6.1 Diversiteitsensitief werken in de jeugdhulp" / "88"), or
    it begins as the document numbers its headings (look 8338: "Project 5.1 Monitor Arbeidstoeleiding en
    inburgering" / "Statushouders en Gezinsmigranten in gemeenten 77")."""
    line = lines[index]
    if lines[index - 1].page != line.page:
        return line.text[:1].islower()
    above = line.top - lines[index - 1].bottom
    if index + 1 < len(lines) and lines[index + 1].page != line.page:
        following = lines[index + 1].text
        return line.text[:1].islower() or not (following[:1].islower() or following.isdigit()
                                               or _NUMBERED_TITLE.match(line.text))
    below = lines[index + 1].top - line.bottom if index + 1 < len(lines) else above + line.size
    if abs(above - below) > 0.1 * line.size:
        return above < below
    return line.text[:1].islower()


def _wraps_title(lines: list[Line], index: int, raw: list[RawEntry]) -> bool:
    """A line of a contents of titles only, found nowhere further on, goes on with the title above it: right
    under its last line, closer than the entries are set to each other, starting no further left."""
    above, line = raw[-1][0][-1], lines[index]
    spacing = _entry_spacing(raw)
    return (lines[index - 1] is above and spacing is not None and line.page == above.page and line.size == above.size
            and line.x0 >= above.x0 - 1 and 0 <= line.top - above.bottom < spacing - 0.1 * line.size)


def _heads_next_page(lines: list[Line], index: int, raw: list[RawEntry]) -> bool:
    """A line of a contents of titles only opens the next page under the title above it, ending the page before,
    in its print and starting no further left, and not as the document numbers its titles: it may go on with that
    title, where the heading in the text does (LibreOffice look 8633: "Project 5.1 Monitor Arbeidstoeleiding en
    inburgering" / "Statushouders en Gezinsmigranten in gemeenten" over a page end, read as an entry of its own and
    its heading as another).  A group's heading and its first project's stand one under the other in the text
    too: "Programmalijn 8. …" / "Project 8.1 …", "Overige project" / "1. Kennisdossier …" (looks 8531, 8579)."""
    above, line = raw[-1][0][-1], lines[index]
    return (lines[index - 1] is above and line.page > above.page and line.size == above.size
            and line.x0 >= above.x0 - 1 and not _NUMBERED_TITLE.match(line.text))


def _spells_start(keys: list[str], index: int, key: str, prefix: int) -> bool:
    """The lines from ``index`` on spell the title ``key`` (letters and digits only), or its start of at least
    ``prefix`` letters and digits: a heading wrapped in the text, its first line short ("Onderdeel E:" /
    "Programmaleiding en" / "programmaontwikkeling" in a narrow column).  A ``key`` of that length may also
    be the start of the heading's line: the contents wrapped the title sooner than the text ("Project 4.2 Mkb
    … creëren in" / "werving en selectie", indented, beside the heading's one line)."""
    if len(key) >= prefix and keys[index].startswith(key):
        return True
    spelled = ""
    for line_key in keys[index:]:
        if not line_key or not key.startswith(spelled + line_key):
            return False
        spelled += line_key
        if spelled == key or len(spelled) >= prefix:
            return True
    return False


def _heading_goes_on(keys: list[str], found: int, raw: list[RawEntry], key: str) -> bool:
    """The heading the last entry was found at (its first line ``found``) spells that title and the line
    ``key`` after it: a line that stands further on as well (in a paragraph: "Statushouders en
    Gezinsmigranten in gemeenten …") goes on with the title where the text's heading does."""
    joined = toc_key(raw[-1][1]) + key
    return _spells_start(keys, found, joined, len(joined))


def _title_entries(lines: list[Line], conf: TocSettings, start: int | None, join: Join) -> list[RawEntry]:
    """Titles only: the lines after the contents' heading, each standing again further on, in order: whole, or
    its first line (at least ``title_prefix`` letters and digits) where a heading wraps."""
    if start is None:
        return []
    keys = [toc_key(line.text) for line in lines]
    raw, position = [], start
    for index in range(start, len(lines)):
        text = lines[index].text.strip()
        if raw and text[:1].islower():  # a wrapped title goes on
            above, title, _ = raw[-1]
            raw[-1] = ([*above, lines[index]], join([title, text]), None)
            continue
        key = keys[index]
        later = next((j for j in range(max(position, index + 1), len(lines))
                      if key and _spells_start(keys, j, key, conf.title_prefix)), None)
        wraps = bool(raw) and _wraps_title(lines, index, raw)
        # Found nowhere further on, a line right under a title goes on with it; one opening the next page, or
        # found further on, where the heading in the text spells it after the title (LibreOffice look 8889: the
        # heading wrapped "… Arbeidstoeleiding" / "en inburgering Statushouders en" / "Gezinsmigranten …").
        if later is None and wraps or (wraps or raw and _heads_next_page(lines, index, raw)) and _heading_goes_on(
                keys, position - 1, raw, key):
            above, title, _ = raw[-1]  # "… Statushouders en" / "Gezinsmigranten in gemeenten"
            raw[-1] = ([*above, lines[index]], join([title, text]), None)
            continue
        if later is None:
            break
        raw.append(([lines[index]], text, None))
        position = later + 1
    return raw if len(raw) >= conf.min_entries else []
