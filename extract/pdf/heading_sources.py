"""A document's headings from three sources, in order of trust, and where the sources disagree.

1. The outline (bookmarks): the author's own list, each item pointing at its heading's page and height.
   Each item is anchored to the printed line(s) it points at, so a heading keeps the document's text.
2. The structure tree of a tagged PDF (H1 … H6): the heading's marked content.
3. Typography (:func:`extract.pdf.headings.find_headings`): styles, the table of contents, numbering.

The most trusted source present gives the headings.  What stands before its first heading (a title
page, a table of contents the outline leaves out) comes from typography.  Every source below it is
compared with it: a heading one source has and the other does not, or at another level, is a
:class:`Disagreement` that names the heading, for the quality report.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..settings import resolve
from .headings import (
    Heading,
    HeadingSettings,
    Numbering,
    find_headings,
    join_title,
    levels_of_numbered_roles,
    line_style,
    numbered_levels,
    right_margin,
)
from .hyphens import HYPHEN, SOFT_HYPHEN
from .model import Document, Line
from .outline import OutlineItem, said_once
from .structure import Structure
from .text import document_vocabulary
from .toc import toc_key

OUTLINE, STRUCTURE_TREE, TYPOGRAPHY = "outline", "structure_tree", "typography"


@dataclass(frozen=True)
class Disagreement:
    kind: str  # missing (the trusted source has it, the other not) | extra (the other has it) | level | unanchored
    # | nesting (an outline item inside its own kind, or a kind at too many depths: see nested_in_their_kind)
    source: str  # the source compared with the trusted one
    text: str
    page: int
    detail: str = ""


@dataclass
class HeadingReading:
    headings: list[Heading]
    source: str  # the most trusted source present: outline | structure_tree | typography
    compared: list[str] = field(default_factory=list)  # the other sources it was compared with
    disagreements: list[Disagreement] = field(default_factory=list)


def read_headings(document: Document, settings: HeadingSettings | dict | None = None,
                  outline: list[OutlineItem] | None = None, structure: Structure | None = None,
                  numbering: Numbering | None = None) -> HeadingReading:
    """The headings of the most trusted source present, with the disagreements of the others."""
    conf = resolve(HeadingSettings, settings)
    numbering = numbering or Numbering()
    typographic = find_headings(document, conf, numbering)
    if document.one_font:  # OCR measured the sizes, a point either way: the numbering tells the levels
        levels_of_numbered_roles(typographic, numbering)
    # Inside a unit the numbering says the levels, as it does for the outline's and the tags' headings: a
    # style ranked between a unit's and its sub-plans' (the title page's) leaves no gap the others lack.
    numbered_levels(typographic, numbering)
    order = {id(line): index for index, line in enumerate(document.lines())}
    readings = []
    nested = nested_in_their_kind(outline or [], numbering)
    if outline and not nested:
        anchored, unanchored = outline_headings(document, outline, conf, order)
        if anchored:
            _align_with_toc(anchored, typographic)
            numbered_levels(anchored, numbering)
            readings.append((OUTLINE, anchored, unanchored))
    if structure is not None:
        tagged = tagged_headings(document, structure, order, conf)
        if tagged:
            numbered_levels(tagged, numbering)
            readings.append((STRUCTURE_TREE, tagged, []))
    readings.append((TYPOGRAPHY, typographic, []))
    source, trusted, unanchored = readings[0]
    if source != TYPOGRAPHY:
        first = order[id(trusted[0].lines[0])]
        trusted = [h for h in typographic if order[id(h.lines[0])] < first] + trusted
    reading = HeadingReading(headings=trusted, source=source, disagreements=nested + list(unanchored))
    for other, headings, _ in readings[1:]:
        reading.compared.append(other)
        reading.disagreements += compare_headings(trusted, headings, other)
    return reading


def nested_in_their_kind(outline: list[OutlineItem], numbering: Numbering) -> list[Disagreement]:
    """Outline items nested inside an item their numbering makes their sibling ("Programmalijn 3" inside
    "Programmalijn 2", a project inside a project, an "Idee 2" inside "Idee 1"): such an outline's nesting is not
    the author's, and it is set aside, typography and the structure tree reading the document.  Ghostscript's
    pdfwrite, run over LibreOffice's PDF, nested each programmalijn of the Bijlage one level deeper than the one
    before (look 9351: "Programmalijn 4" at depth 5), and their projects were filed under the first.  So is an
    outline whose items of one kind go deeper and deeper down the document (:func:`_drifting`)."""
    roles = numbering.compiled()
    kinds = [roles["chapter"], roles["unit"], roles["sub_unit"]]
    found, ancestors = [], []  # ancestors: the items the current one is nested in, outermost first
    for item in outline:
        del ancestors[item.depth:]
        kind = next((kind for kind in kinds if kind.match(item.title)), None)
        outer = next((a for a in ancestors if kind is not None and kind.match(a.title)), None)
        if outer is not None:
            found.append(Disagreement("nesting", OUTLINE, item.title, item.page,
                                      f"nested in {outer.title!r}, numbered as its sibling: the outline set aside"))
        ancestors.append(item)
    return found + _drifting(outline, [*kinds, roles["unit_section"]])


# A kind of numbered heading stands at up to three depths: a project's sections, a sub-plan's one deeper, and
# chapters a document may number alike ("1. Inleiding").
_DEPTHS_OF_A_KIND = 3
# A title the outline gives this many times is a kind of heading (a section every project has).
_REPEATED = 3


def _drifting(outline: list[OutlineItem], kinds: list[re.Pattern]) -> list[Disagreement]:
    """Items of one kind at more depths than a document nests a kind: an outline whose items go deeper and deeper
    down the document (Ghostscript's pdfwrite over WeasyPrint look 9010, whose outline titles leave the
    programmalijnen's numbering out: their sections "1. Vraagstuk" at depths 3, 4 … 8).  A kind is a numbering,
    or a title the outline gives three times or more (each project's "Vraagstuk", look 9013's titles without
    numbers).  Each such kind is named once, by its first item past its first three depths."""
    repeated = Counter(item.title.casefold() for item in outline)
    firsts: dict[str, dict[int, OutlineItem]] = defaultdict(dict)  # kind -> depth -> its first item there
    for item in outline:
        kind = next((kind.pattern for kind in kinds if kind.match(item.title)), None)
        if kind is None and repeated[item.title.casefold()] >= _REPEATED:
            kind = item.title.casefold()
        if kind is not None:
            firsts[kind].setdefault(item.depth, item)
    found = []
    for depths in firsts.values():
        if len(depths) > _DEPTHS_OF_A_KIND:
            depth, item = sorted(depths.items())[_DEPTHS_OF_A_KIND]
            found.append(Disagreement("nesting", OUTLINE, item.title, item.page,
                                      f"at depth {depth}, one of {len(depths)} its kind stands at "
                                      f"({', '.join(map(str, sorted(depths)))}): the outline set aside"))
    return found


def _align_with_toc(anchored: list[Heading], typographic: list[Heading]) -> None:
    """The outline's levels counted as the table of contents counts them, where it has one: its
    indentation is the document's own statement of levels, and an outline may count from another."""
    toc_levels = {id(line): h.toc_level for h in typographic if h.toc_level for line in h.lines}
    shifts = Counter(toc_levels[id(h.lines[0])] - h.level for h in anchored if id(h.lines[0]) in toc_levels)
    if shifts:
        shift = shifts.most_common(1)[0][0]
        for heading in anchored:
            heading.level = max(heading.level + shift, 1)
            heading.toc_level = toc_levels.get(id(heading.lines[0]))


def tagged_headings(document: Document, structure: Structure, order: dict[int, int] | None = None,
                    settings: HeadingSettings | dict | None = None) -> list[Heading]:
    """The structure tree's headings, as the document's lines inside each heading's box, in reading order
    (``order``: each line's place in the document; by default it is worked out).  A line of the heading's
    numbering alone right above it is the heading's too: a browser leaves what a stylesheet generates out of
    the heading's tagged content (Chromium look 10000: "Project 7.1" on its own line over the title)."""
    conf = resolve(HeadingSettings, settings)
    order = order or {id(line): index for index, line in enumerate(document.lines())}
    by_page = {page.number: page.lines for page in document.pages}
    vocab = document_vocabulary(document)
    right = right_margin(list(document.lines()))  # where full lines end: a title's word cut there goes on
    boxed = [[ln for box in tagged.boxes for ln in by_page.get(box.page, [])
              if box.top - 1 <= (ln.top + ln.bottom) / 2 <= box.bottom + 1] for tagged in structure.headings]
    used = {id(line) for lines in boxed for line in lines}
    found = []
    for tagged, lines in zip(structure.headings, boxed, strict=True):
        if lines:
            page_lines = by_page[lines[0].page]
            start = next(index for index, line in enumerate(page_lines) if line is lines[0])
            lines = _with_numbering_above(lines, page_lines, start, used, conf)
            found.append(Heading(text=join_title(lines, vocab, right), level=tagged.level,
                                 size=lines[0].size,
                                 page=tagged.page, top=lines[0].top, lines=lines, style=line_style(lines[0])))
    return sorted(found, key=lambda h: order[id(h.lines[0])])


def outline_headings(document: Document, outline: list[OutlineItem], conf: HeadingSettings,
                     order: dict[int, int]) -> tuple[list[Heading], list[Disagreement]]:
    """Each outline item anchored to the printed line(s) it points at, with its level.

    The level is the item's depth, shifted so that the outline's top level is level 1; an outline
    whose one top item holds all the others (the document's title) starts at its second level.
    """
    by_page = {page.number: page.lines for page in document.pages}
    vocab = document_vocabulary(document)
    right = right_margin(list(document.lines()))  # where full lines end: a title's word cut there goes on
    used: set[int] = set()
    found, unanchored = [], []
    top_items = [item for item in outline if item.depth == 0]
    shift = 1 if len(top_items) == 1 and len(outline) > 1 else 0
    for item in outline:
        lines = _anchor(item, by_page, used, conf)
        if not lines:
            unanchored.append(Disagreement("unanchored", OUTLINE, item.title, item.page,
                                           "the outline points at no line with this title"))
            continue
        used.update(id(line) for line in lines)
        found.append(Heading(text=join_title(lines, vocab, right), level=max(item.depth + 1 - shift, 1),
                             size=lines[0].size, page=lines[0].page, top=lines[0].top, lines=lines,
                             style=line_style(lines[0])))
    found.sort(key=lambda h: order[id(h.lines[0])])  # reading order: a right column after the left
    return found, unanchored


def _anchor(item: OutlineItem, by_page: dict[int, list[Line]], used: set[int], conf: HeadingSettings) -> list[Line]:
    """The line(s) of the item's page, at or below its destination, whose text is the item's title, or where
    it anchors nowhere, its title with a part given twice given once (:func:`~extract.pdf.outline.said_once`).

    A title wrapped over lines is the run of lines whose text together is the title.  Where the
    printed title differs a little from the outline's (quotes, a dropped word), the most similar line
    near the destination is taken, if it is similar enough.
    """
    lines = _anchor_title(item, toc_key(item.title), by_page, used, conf)
    once = said_once(item.title) if not lines else None
    return _anchor_title(item, toc_key(once), by_page, used, conf) if once else lines


def _anchor_title(item: OutlineItem, key: str, by_page: dict[int, list[Line]], used: set[int],
                  conf: HeadingSettings) -> list[Line]:
    if not key:
        return []
    # A destination may sit a little above its line (the space before the heading), or at the foot of
    # the page before it when the heading opens a page.
    for page in (item.page, item.page + 1):
        in_order = [ln for ln in by_page.get(page, []) if id(ln) not in used]
        lines = in_order
        if item.top is not None and page == item.page:
            # Nearest below the destination first: on a page in two columns, reading order puts the
            # whole left column before a heading at the top of the right one.
            lines = sorted((ln for ln in in_order if ln.bottom > item.top - conf.outline_slack), key=lambda ln: ln.top)
        lines = [ln for ln in lines if not _word_goes_on(ln, by_page)]  # a title's first line
        for line in lines[:conf.outline_window]:
            joined = _title_part(line.text, key, conf.outline_numbering)
            if not joined:
                continue
            run = [line]
            start = next(i for i, ln in enumerate(in_order) if ln is line)
            # A wrapped title goes on in reading order for as many lines as go on spelling it: a long
            # title in capitals on a narrow column takes five; at a page's foot, on the next page's first
            # lines (a browser keeps a heading with what follows, not its lines together: Chromium look 10025).
            next_page = [ln for ln in by_page.get(page + 1, []) if id(ln) not in used]
            for following in in_order[start + 1:] + next_page:
                if joined == key:
                    break
                more = joined + toc_key(following.text)
                if not key.startswith(more):
                    break
                joined = more
                run.append(following)
            if joined == key:
                return _with_numbering_above(run, in_order, start, used, conf)
        near = [(difflib.SequenceMatcher(None, key, toc_key(ln.text)).ratio(), -i, ln)
                for i, ln in enumerate(lines[:conf.outline_window])]
        if near:
            score, _, line = max(near, key=lambda s: s[:2])
            if score >= conf.outline_similarity:
                return [line]
    return []


def _word_goes_on(line: Line, by_page: dict[int, list[Line]]) -> bool:
    """The line goes on a word broken at the end of the line before it in reading order: it begins in lower case
    after a hyphen.  No title begins there (WeasyPrint look 8851, words broken at lines' ends: "Fase 7:
    Presentatie onderzoeks‐" / "resultaten." in the right column, level with "7. RESULTATEN" in the left one, the
    outline item "Resultaten" anchored in it: the project's last three sections, its Gantt chart and budget,
    filed under a section "resultaten.", published)."""
    lines = by_page.get(line.page, [])
    index = next((i for i, ln in enumerate(lines) if ln is line), 0)
    return index > 0 and lines[index - 1].text.endswith(("-", HYPHEN, SOFT_HYPHEN)) and line.text[:1].islower()


# A heading's numbering on a line of its own: "Project 7.1", "PROGRAMMALIJN 6.", "Idee 2:", "Onderdeel B:", "3.",
# "c." (Chromium look 10009: "c. Netwerkontwikkeling …", its letter generated); numbers of one or two digits a
# part, so that a bold line short and close above a heading ("Looptijd: 2024", "Trekker: Movisie") is not taken
# for one, and a lower-case letter with its full stop or bracket ("u" is a word).
_NUMBERING_ALONE = re.compile(r"^(?:[^\W\d_]+\s+)?(?:(?:\d{1,2}(?:\.\d{1,2})*|[A-Z])[.:)]?|[a-z][.:)])$")


def _with_numbering_above(run: list[Line], in_order: list[Line], start: int, used: set[int],
                          conf: HeadingSettings) -> list[Line]:
    """``run`` with the line right above it where that line is the heading's own numbering, which the
    outline leaves out (a stylesheet generates it), on a line of its own: "PROGRAMMALIJN 6." /
    "PROFESSIONALS IN DE" / "(SUPER)DIVERSE SAMENLEVING" in capitals on a narrow page.  That line is no
    longer than a numbering, in the heading's style, and set as close as the heading's own lines."""
    if start == 0:
        return run
    above, first = in_order[start - 1], run[0]
    number = toc_key(above.text)
    if (_NUMBERING_ALONE.match(above.text) and len(number) <= conf.outline_numbering and id(above) not in used
            and line_style(above) == line_style(first) and 0 <= first.top - above.bottom <= first.size):
        return [above, *run]
    return run


def _title_part(text: str, key: str, numbering: int) -> str:
    """The part of a line's text that begins the outline item's title (its letters and digits): the whole
    line, or what follows the heading's own numbering ("Onderdeel B:", "Project 1.1", whole words of at
    most ``numbering`` letters and digits that read as a numbering) where the outline leaves the numbering out
    (a stylesheet that generates it), however short ("PROGRAMMALIJN 7. VAN" / "ONGEWENSTE POLARISATIE NAAR" /
    "VERBINDING": the run of lines must spell the whole title); "" when the line does not begin the title.
    Never a word's end: "onderzoeksresultaten." does not begin "Resultaten"."""
    words, line_key = text.split(), toc_key(text)
    for count in range(len(words)):
        skipped = len(toc_key(" ".join(words[:count])))
        if skipped > numbering:
            break
        if count and not _NUMBERING_ALONE.match(" ".join(words[:count])):
            continue  # what it skips is a numbering, not any word (Chromium look 10004: "Resultaten" anchored in
            # "… en verdieping resultaten.", a section of the text)
        rest = line_key[skipped:]
        if rest and key.startswith(rest):
            return rest
    return ""


def compare_headings(trusted: list[Heading], other: list[Heading], source: str) -> list[Disagreement]:
    """Headings one source has and the other not, and those the two give different levels.

    Levels are compared after the most common difference between the two is taken away: an outline's
    depth and a table of contents' indentation may count from another level, and that is no disagreement.
    """
    def first_lines(headings):
        return {id(line): h for h in headings for line in h.lines}

    trusted_lines, other_lines = first_lines(trusted), first_lines(other)
    disagreements = []
    pairs = []
    for heading in trusted:
        match = next((other_lines[id(ln)] for ln in heading.lines if id(ln) in other_lines), None)
        if match is None:
            disagreements.append(Disagreement("missing", source, heading.text, heading.page,
                                              f"not a heading to the {source.replace('_', ' ')}"))
        else:
            pairs.append((heading, match))
    for heading in other:
        if not any(id(ln) in trusted_lines for ln in heading.lines):
            disagreements.append(Disagreement("extra", source, heading.text, heading.page,
                                              f"a heading only to the {source.replace('_', ' ')}"))
    offsets = Counter(match.level - heading.level for heading, match in pairs)
    offset = offsets.most_common(1)[0][0] if offsets else 0
    for heading, match in pairs:
        if match.level - offset != heading.level:
            disagreements.append(Disagreement("level", source, heading.text, heading.page,
                                              f"level {heading.level}, to the {source.replace('_', ' ')} "
                                              f"{match.level - offset}"))
    return sorted(disagreements, key=lambda d: d.page)
