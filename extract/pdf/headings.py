"""Headings found from several cues together, so any typesetting works.

A line's *style* is its font family, weight, slant, size and colour; a heading's
is its first line's, and whether it is set in capitals where that alone sets
headings of one style apart (:func:`_capitals_apart`).  The body
style is the one carrying most characters.  A style is a heading style when

- lines in it match entries of the table of contents (the ToC calibrates: that
  style is a heading style, and the entry's indentation gives the level), or
- it is set larger than the body and bold, or much larger whatever the weight, or
- most of its lines (two at least) are numbered like headings (:class:`Numbering`, which the
  document's layer hands in: a werkplan's "Programmalijn 3", "Project 4.1", "Idee 1:",
  "1. Vraagstuk", "Onderdeel B"), or
- without a table of contents, most of its lines (two at least) stand alone:
  short, with body text right after.

Text in one font (an OCR text layer) has no styles to go by: there a heading is told by its
numbering and its place on the page (:meth:`_Cues._heading_in_one_font`), and headings numbering
on from one another ("c.", "d.", "e.") are siblings whatever size OCR measured (:mod:`.series`).

So bold headings at the body size, Word's larger non-bold coloured ones, italic
ones and ones smaller than the body text all count.  A heading's level comes,
in this order, from the ToC entry it matches, from its numbering (a sub-plan one
below the units, a unit's section two below: :class:`Numbering`), from the levels
the ToC gave its style, and otherwise from its size among the calibrated styles.
Without a table of contents the level is the rank of the style: larger first,
then bold, plain, italic.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from ..settings import resolve
from .lines import prose, table_row
from .model import Document, Line
from .series import levels_by_series, series_item
from .text import document_vocabulary, ends_open, join_wrapped, line_pitch
from .toc import entry_lines, toc_key


@dataclass(frozen=True)
class HeadingSettings:
    """What makes a line a heading, and how headings get their levels from the table of contents."""

    # A bold line is a heading when its size exceeds the body size by this many points ...
    min_size_step: float = 0.25
    # ... and a line of any weight when it is this many times the body size.
    plain_ratio: float = 1.3
    # A heading line this close below another of the same style continues it
    # (a title wrapped over two lines), in multiples of the font size.
    wrap_gap: float = 1.6
    # ... when it starts in lower case or the line above fills this share of the text width.
    wrap_fill: float = 0.8
    # A style is a heading style when at least this share of its lines is numbered so ...
    numbered_share: float = 0.6
    # ... or stands alone: no wider than this share of the text width, body text right after.
    standalone_width: float = 0.7
    standalone_share: float = 0.6
    # A ToC entry matches a heading line whose first characters (at least this many,
    # letters and digits only) begin the entry: a title wrapped in the text or the ToC.
    toc_prefix: int = 12
    # An entry the text does not have (an out-of-date ToC) is passed over: the next
    # heading may match any of this many entries.
    toc_lookahead: int = 3
    # A style carries a ToC level when at least this share of its matching lines has it.
    style_level_share: float = 0.25
    # An outline item's heading is looked for among this many lines from its destination, which may
    # stand this many points above the line (the space before a heading) ...
    outline_window: int = 8
    outline_slack: float = 24.0
    # ... and, where no run of lines spells the item's title, is the most similar line at least this similar.
    outline_similarity: float = 0.8
    # A printed heading may carry numbering the outline's title leaves out: up to this many letters and digits.
    outline_numbering: int = 16


@dataclass(frozen=True)
class Numbering:
    """How a document numbers its headings: a line numbered so is a heading whatever its style, and takes
    the level its numbering says.  This layer knows no document's words; the document's layer hands them in
    (:func:`extract.werkplan.vocabulary.HeadingWords.numbering`).

    Patterns are matched at the start of a line, case-insensitively except ``unit_section``, whose capital
    is part of the cue (but for text whose case says nothing: :func:`case_blind`); ``None`` where the
    document has no such numbering.
    """

    chapter: str | None = None  # a level of its own above the units ("Programmalijn 3")
    unit: str | None = None  # the unit of the document's plans ("Project 4.1")
    sub_unit: str | None = None  # inside a unit, one level below it ("Idee 1")
    unit_section: str | None = None  # inside a unit, two levels below it ("1. Vraagstuk")
    others: tuple[str, ...] = ()  # numbering that marks a heading but says no level ("Onderdeel B")

    def compiled(self, blind: bool = False) -> dict[str, re.Pattern]:
        """Each role's pattern compiled; a role without numbering matches nothing.  ``blind``: for text
        whose case says nothing (:func:`case_blind`), where ``unit_section`` too matches in any case."""
        def compile_(pattern: str | None, flags: int = re.IGNORECASE) -> re.Pattern:
            return re.compile(pattern, flags) if pattern else _NOTHING

        return {"chapter": compile_(self.chapter), "unit": compile_(self.unit), "sub_unit": compile_(self.sub_unit),
                "unit_section": compile_(self.unit_section, re.IGNORECASE if blind else 0)}

    def any_numbering(self, blind: bool = False) -> list[re.Pattern]:
        roles = self.compiled(blind)
        return [roles["chapter"], roles["unit"], roles["sub_unit"], roles["unit_section"],
                *(re.compile(p, re.IGNORECASE) for p in self.others)]


_NOTHING = re.compile(r"(?!)")
# A heading has a word of two letters at least, beside its number.
_WORD = re.compile(r"[^\W\d_]{2}")
# In one font (an OCR text layer) a line's size is measured from its height: a point either way.
ONE_FONT_SIZE_TOLERANCE = 1.0
# The share of a document's lines that end at one point (to the nearest) where its text is justified.
JUSTIFIED_SHARE = 0.25
# A title's own list marker: a letter or a number (of parts) and a full stop or bracket ("A.", "b)", "3.2.").
_LIST_MARK = re.compile(r"^\(?(?:[^\W\d_]|\d{1,2}(?:\.\d{1,2})*)[.)]\s")
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_LEADING_NUMBER = re.compile(r"^(\d+)[.,)]\s")
_WEIGHT = re.compile(r"[-,]?(bold|black|heavy|semibold|demi|italic|oblique|regular|roman|book|medium|light)",
                     re.IGNORECASE)


@dataclass
class Heading:
    text: str
    level: int
    size: float
    page: int
    top: float
    lines: list[Line]
    style: tuple = ()
    toc_level: int | None = None  # the level of the ToC entry it matches
    toc_entry: int | None = None  # the index of that entry


def body_size(document: Document) -> float:
    """The font size that carries most characters of the running text (0 for a document without text)."""
    return _size_of_most(running_text(list(document.lines())))


def _size_of_most(lines: list[Line]) -> float:
    """The font size that carries most characters of ``lines`` (0 where they have none)."""
    sizes = Counter()
    for line in lines:
        for word in line.words:
            sizes[round(word.size, 1)] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def running_text(lines: list[Line]) -> list[Line]:
    """The lines of paragraphs: lines of words (no table cells apart) with the paragraph's next line right
    under them, in their style and column; every line where none is.  Counting every line, a short
    document's tables (a werkplan's budgets, set a point smaller) outweigh its paragraphs, and the
    paragraphs' size reads as larger than the body's."""
    paragraph = [line for line, below in pairwise(lines) if _goes_on_below(line, below)]
    return paragraph or lines


def _goes_on_below(line: Line, below: Line) -> bool:
    """``below`` is the next line of ``line``'s paragraph: one line pitch under it, from the same left edge
    (within a size), in its font and size, both lines of words."""
    return (below.page == line.page and 0 < below.top - line.bottom < line.size
            and abs(below.x0 - line.x0) <= line.size and line_style(below)[:4] == line_style(line)[:4]
            and prose(line) and prose(below))


def line_style(line: Line) -> tuple:
    """(family, bold, italic, size, colour) of the font carrying most characters of the line, and whether
    the line is underlined: two heading levels may differ by that alone (look 7961: 20.6 pt italic purple,
    the lower level underlined)."""
    fonts = Counter()
    for word in line.words:
        fonts[(word.fontname, round(word.size * 2) / 2, word.color)] += len(word.text)
    fontname, size, color = fonts.most_common(1)[0][0]
    name = _SUBSET.sub("", fontname)
    lower = name.lower()
    family = _WEIGHT.sub("", name).rstrip("-,")
    bold = any(w in lower for w in ("bold", "black", "heavy", "semibold", "demi"))
    italic = "italic" in lower or "oblique" in lower
    return family, bold, italic, size, color, line.underlined


def case_blind(lines: list[Line]) -> bool:
    """Most of the lines' letters are set in a small-capitals font: every letter prints as a capital, and the
    case the text layer gives a letter is whichever its font's map names for the glyph both cases share
    ("6. actiViteiten / plan Van aanpak" printed for "6. Activiteiten / plan van aanpak"), no cue to the case
    the author typed."""
    chars = Counter()
    for line in lines:
        for word in line.words:
            chars[word.small_caps] += len(word.text)
    return chars[True] > chars[False]


class _Cues:
    def __init__(self, document: Document, conf: HeadingSettings, numbering: Numbering):
        self.conf = conf
        self.one_font = document.one_font
        self.lines = list(document.lines())
        self.styles = [line_style(line) for line in self.lines]
        running = running_text(self.lines)  # paragraphs' lines: the body's style and size are theirs
        chars = Counter()
        for line in running:
            chars[line_style(line)] += len(line.text)
        self.body = chars.most_common(1)[0][0]
        self.body_size = _size_of_most(running)
        self.vocabulary = document_vocabulary(document)  # for titles wrapped at a hyphen
        self.roles = numbering.compiled()
        self.numbered = numbering.any_numbering()
        self.blind_roles = numbering.compiled(blind=True)
        self.blind_numbered = numbering.any_numbering(blind=True)
        self.toc = entry_lines(self.lines, vocab=self.vocabulary)
        toc_ids = {id(line) for line in self.toc_lines()}
        keys = self.toc_keys = [toc_key(e.title) for e in self.toc]
        self.calibrated: dict[tuple, Counter] = defaultdict(Counter)
        self.toc_entry_of: dict[int, int] = {}  # a heading line's index -> the index of the entry it matched
        # Entries match headings in order, each once: a later heading with an
        # entry's title (a Begroting subsection named like an onderdeel) is not it.
        following = 0
        for index, (line, style) in enumerate(zip(self.lines, self.styles, strict=False)):
            if following >= len(keys) or style == self.body or id(line) in toc_ids:
                continue
            key = toc_key(line.text)
            if not key:
                continue
            title = self._wrapped_title_key(index, key)
            for j in range(following, min(following + conf.toc_lookahead, len(keys))):
                if key == keys[j] or (len(title) >= conf.toc_prefix and keys[j].startswith(title)):
                    self.calibrated[style][self.toc[j].level] += 1
                    self.toc_entry_of[index] = j
                    following = j + 1
                    break
        numbered_styles = self._numbered_styles(toc_ids)
        self.heading_styles = set(self.calibrated) | numbered_styles
        # Text in one font (an OCR text layer: no weight, colour or reliable size) has no styles to tell
        # headings by: its numbering and place on the page do (_heading_in_one_font).
        self.text_edges = (min((ln.x0 for ln in self.lines), default=0.0), right_margin(self.lines))
        # The usual white space between the lines of a paragraph.
        self.line_gap = max(line_pitch(self.lines) - self.body_size, 1.0)
        # Styles that nothing but their lines' standing alone makes heading styles (see lead_in).
        self.lead_in_styles: set[tuple] = set()
        if not self.calibrated:
            # Without a ToC to say which styles are headings, lines standing alone count
            # too (with one, emphasised lead-ins such as "Fase 2: Interviewen" stay text).
            standalone = self._standalone_styles(toc_ids) - numbered_styles
            self.heading_styles |= standalone
            self.lead_in_styles = standalone - self._styles_numbering_any()

    def _wrapped_title_key(self, index: int, key: str) -> str:
        """``key`` (the line's) with the keys of the lines that go on with its title, in its style right below
        it, until it is as long as a ToC entry's beginning must be to match: a chapter's title wrapped after
        its numbering ("Onderdeel A:" / "Ontwikkeling en" / "benutting van kennis" on a narrow page) is
        too short on its first line to tell one entry from another."""
        while len(key) < self.conf.toc_prefix and self.close_under(index, index + 1):
            index += 1
            key += toc_key(self.lines[index].text)
        return key

    def close_under(self, above: int, below: int) -> bool:
        """Line ``below`` stands right under line ``above`` in its style, as a wrapped title's next line does:
        on its page, less than a wrapped line's gap lower."""
        if below >= len(self.lines):
            return False
        upper, lower = self.lines[above], self.lines[below]
        return (lower.page == upper.page and self.same_style(above, below)
                and 0 <= lower.top - upper.bottom < self.conf.wrap_gap * lower.size)

    def continues_toc_title(self, title: str, line: str) -> bool:
        """The line carries on a title the table of contents prints whole (a title wrapped in the text)."""
        head, joined = toc_key(title), toc_key(f"{title} {line}")
        return any(key.startswith(joined) and key != head for key in self.toc_keys)

    def numbered_line(self, line: Line) -> bool:
        """The line is numbered like a heading (in any case where its case says nothing: :func:`case_blind`)."""
        patterns = self.blind_numbered if case_blind([line]) else self.numbered
        return any(p.match(line.text.strip()) for p in patterns)

    def closes_title(self, index: int) -> bool:
        """The line is a numbering alone ("ONDERDEEL A") with no line of its style going on under it: the
        end of the title above ("TOTAAL PROJECTEN" / "ONDERDEEL A"), not a numbering whose title follows
        on the next line ("PROGRAMMALIJN 6." / "PROFESSIONALS IN DE")."""
        line = self.lines[index]
        if len(line.words) > 2 or _WORD.search(" ".join(w.text for w in line.words[1:])) \
                or not self.numbered_line(line):
            return False
        return not self.close_under(index, index + 1)

    def roles_of(self, heading: Heading) -> dict[str, re.Pattern]:
        """The numbering's roles as the heading's text is matched with them (:meth:`Numbering.compiled`)."""
        return self.blind_roles if case_blind(heading.lines) else self.roles

    def toc_lines(self) -> list[Line]:
        return [line for entry in self.toc for line in entry.lines]

    def _numbered_styles(self, toc_ids: set[int]) -> set[tuple]:
        numbered, total = Counter(), Counter()
        before: tuple[Line, tuple] | None = None
        for line, style in zip(self.lines, self.styles, strict=False):
            above, before = before, (line, style)
            if style == self.body or id(line) in toc_ids:
                continue
            if above and above[1] == style and above[0].page == line.page \
                    and line.top - above[0].bottom < self.conf.wrap_gap * line.size:
                continue  # a title's next line: one title, counted once ("Idee 1: Benchmark … op" / "mbo-scholen")
            total[style] += 1
            if self.numbered_line(line):
                numbered[style] += 1
        # A style set larger than the body needs no share: its numbered lines are headings, and its others
        # are their peers (look 7601: "Programmalijn 3. …" and "Leeswijzer", "a. KIS-community" alike).
        return {s for s, n in numbered.items()
                if n >= 2 and (n >= self.conf.numbered_share * total[s] or self._larger_style(s))}

    def _larger_style(self, style: tuple) -> bool:
        """The style is set larger than the body, by as much as a bold heading's is at least."""
        return style[3] >= self.body_size + self.conf.min_size_step

    def _standalone_styles(self, toc_ids: set[int]) -> set[tuple]:
        """Styles whose lines mostly stand alone: short, with body text right after."""
        x0 = min((ln.x0 for ln in self.lines), default=0.0)
        width = max((ln.x1 for ln in self.lines), default=1.0) - x0
        alone, total = Counter(), Counter()
        for index, (line, style) in enumerate(zip(self.lines, self.styles, strict=False)):
            if style == self.body or id(line) in toc_ids:
                continue
            total[style] += 1
            following = self.styles[index + 1] if index + 1 < len(self.lines) else None
            if line.x1 - line.x0 <= self.conf.standalone_width * width and following == self.body \
                    and any(c.isalpha() for c in line.text):
                alone[style] += 1
        return {s for s, n in alone.items() if n >= 2 and n >= self.conf.standalone_share * total[s]}

    def is_heading(self, index: int) -> bool:
        line, style = self.lines[index], self.styles[index]
        if not any(c.isalpha() for c in line.text) or _marks(line):
            return False
        if index not in self.toc_entry_of and not self.numbered_line(line) and (
                table_row(line) or self._over_table_row(index)):
            # A table's header in the print of a level's headings (Chromium look 10107 stripped: "Organisatie  Rol
            # Uren  Tarief  Totaal (€)" bold at 9 pt, as "1. VRAAGSTUK" is; every budget table's header was read as
            # a section, and the budget headings' tables filed under them).  A numbered title may set its number, its
            # name and an amount apart ("Project 2.1  Huisvesting  € 45.000").
            return False
        if self.one_font:
            return self._heading_in_one_font(index)
        if style == self.body:
            # In the body's font, size and colour only capitals set a heading apart ("IDEE 1: BENCHMARK …",
            # LibreOffice look 8400 stripped: both sub-plans of project 4.1 lost, every section a level off), a
            # section's number too ("1. VRAAGSTUK", Chromium look 10158 stripped: 235 of 292 sections lost), but
            # not a list's first item ("1. MBO" right over "2. HBO") nor a table's row.
            return line.text.isupper() and (self._named_apart(index) or self.numbered_line(line)
                                             and self._space_above(index) and not table_row(line)
                                             and not self._list_goes_on(index))
        return style in self.heading_styles or self._set_larger(line) or self._named_apart(index)

    def _list_goes_on(self, index: int) -> bool:
        """The next line, right under the line numbered n (no space above it), is numbered n + 1: a list's."""
        number = _LEADING_NUMBER.match(self.lines[index].text)
        if number is None or index + 1 >= len(self.lines) or self._space_above(index + 1):
            return False
        following = _LEADING_NUMBER.match(self.lines[index + 1].text)
        return following is not None and int(following.group(1)) == int(number.group(1)) + 1

    def _over_table_row(self, index: int) -> bool:
        """The line is a table header's upper line: the lines right under it in its style run down to a table's
        row (:func:`table_row`), and it begins over the row's later cells, right of where the row begins (look
        10107's "Externe" / "Movisie  Verwey-Jonker  projectkosten /" over "Programmaonderdeel (€)  Instituut (€)
        inhuur (€)  Totaal (€)").  A title over a table in its print begins where the table does ("Begroting"
        over "Organisatie  Rol  Uren  Totaal (€)")."""
        line, below = self.lines[index], index
        while self.close_under(below, below + 1):
            below += 1
            row = self.lines[below]
            if table_row(row):
                return line.x0 > row.x0 + row.size
        return False

    def _named_apart(self, index: int) -> bool:
        """The line, in a style other than the body's (or in capitals) and no smaller, begins with a name the
        document's numbering gives a level ("Programmalijn 3", "Project 4.1", "Idee 1") with space above it
        (below it a title may wrap closer than the text's lines: look 8400's "IDEE 1: … OP MBO-" / "SCHOLEN"):
        a heading, though most lines of its style are run-in labels (WeasyPrint look 8421: "Idee 1: …" bold and
        underlined at the body's size, as the paragraphs' labels "Primaire doelgroepen:" are; both sub-plans of
        project 4.1 were lost and every section was a level off).  Not a section's number, which a list item may
        print, nor a name without a level ("Onderdeel A." begins a Gantt chart's rows, set smaller)."""
        line = self.lines[index]
        return line.size >= self.body_size - 0.5 and self.named_line(line) and self._space_above(index)

    def named_line(self, line: Line) -> bool:
        """The line begins with a name the numbering gives a level (see :meth:`_named_apart`)."""
        text = line.text.strip()
        return any(self.roles[role].match(text) for role in ("chapter", "unit", "sub_unit"))

    def figures_in_style_of(self, previous: int | None, index: int) -> bool:
        """The line holds no letters, only figures ("2023"), in the style of the heading line ``previous``:
        no heading by itself, but a title may wrap before its year ("Totstandkoming werkplan" / "2023")."""
        text = self.lines[index].text
        return (previous is not None and not self.one_font and self.styles[previous] == self.styles[index]
                and not any(c.isalpha() for c in text) and any(c.isdigit() for c in text))

    def _set_larger(self, line: Line) -> bool:
        """Larger than the body and bold, or much larger whatever the weight."""
        body, conf = self.body_size, self.conf
        return line.size >= body + conf.min_size_step and (line.bold or line.size >= body * conf.plain_ratio)

    def _styles_numbering_any(self) -> set[tuple]:
        """Styles with a line numbered like a heading, in any case (small capitals print "3. relatie tot
        programmalijn"): the style of a numbered level, whatever else it sets.  Not a style whose numbered lines
        are all named (:meth:`named_line`) and a minority of its lines: the labels' style, in which a few named
        headings are set too (look 8421's "Idee 1: …" among "Primaire doelgroepen:" and "Fase 1: Quickscan")."""
        caseless = [re.compile(p.pattern, p.flags | re.IGNORECASE) for p in self.numbered]
        numbered, named, total = Counter(), Counter(), Counter(self.styles)
        for line, style in zip(self.lines, self.styles, strict=False):
            if any(p.match(line.text.strip()) for p in caseless):
                numbered[style] += 1
                named[style] += self.named_line(line)
        return {style for style, count in numbered.items()
                if named[style] < count or count >= self.conf.numbered_share * total[style]}

    def lead_in(self, heading: Heading) -> bool:
        """Nothing but standing alone sets the heading apart: its style is a heading style only for that
        (no ToC entry, no line in it numbered like a heading) and it is not set larger.  So are a
        paragraph's bold label ("Primaire doelgroepen:") and a short bold line ("Fase 2: Interviewen"):
        inside a numbered section (:func:`_without_lead_ins`) they are its text."""
        return (heading.style in self.lead_in_styles and heading.toc_level is None
                and not self._set_larger(heading.lines[0]) and not self.named_line(heading.lines[0]))

    def _heading_in_one_font(self, index: int) -> bool:
        """In one font (an OCR text layer) a style is only the size OCR measured from a line's height, a
        point either way.  A line numbered like a heading and larger than the body is one, and so is a unit's
        small heading ("1. Vraagstuk", "Idee 2") measured at the body's size where it stands apart.  Any
        other line of a heading size (a table's header row may share it; a row whose shading OCR read as
        letters comes out tall) heads something only where it starts at the text's left edge or is
        centred, and a tall one where it also stands apart from the lines around it."""
        line, style, body = self.lines[index], self.styles[index], self.body_size
        text = line.text.strip()
        if index in self.toc_entry_of:
            return True
        if not _WORD.search(text):
            return False  # a list's letter, a bullet or a speck OCR read on a line of its own ("a", "»")
        if self.numbered_line(line):
            small = any(self.roles[role].match(text) for role in ("sub_unit", "unit_section"))
            if line.size > body or small and line.size == body and self._stands_apart(index):
                return True
        if style == self.body or not self._set_as_heading(line):
            return False
        return style in self.heading_styles or (line.size >= body * self.conf.plain_ratio and self._stands_apart(index))

    def same_style(self, first: int, second: int) -> bool:
        """Two lines in one style; in one font (OCR), sizes a point apart are one size measured twice."""
        a, b = self.styles[first], self.styles[second]
        return a == b or (self.one_font and abs(a[3] - b[3]) <= ONE_FONT_SIZE_TOLERANCE)

    def _set_as_heading(self, line: Line) -> bool:
        """The line starts at the text's left edge (within two of its sizes) or is centred on the text."""
        left, right = self.text_edges
        return line.x0 - left <= 2 * line.size or abs((line.x0 + line.x1) - (left + right)) <= 2 * line.size

    def _stands_apart(self, index: int) -> bool:
        """Space above the line of twice the usual gap between lines (or the page's top), and at least half
        of it below: a line set off as a heading is, not one of a paragraph or a table's rows."""
        line = self.lines[index]
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return self._space_above(index) and (
            below is None or below.page != line.page or below.top - line.bottom >= self.line_gap / 2)

    def _space_above(self, index: int) -> bool:
        """Space above the line of twice the usual gap between lines, or the page's top above it."""
        line = self.lines[index]
        above = self.lines[index - 1] if index > 0 else None
        return above is None or above.page != line.page or line.top - above.bottom >= 2 * self.line_gap


def _marks(line: Line) -> bool:
    """A row of marks, no title: letters standing alone, no word of two (look 8154 stripped: a Gantt chart's
    row "4.  x  x  x  x", its label's words wrapped below the number, was read as a numbered heading)."""
    return not _WORD.search(line.text) and sum(w.text.isalpha() for w in line.words) >= 2


def right_margin(lines: list[Line]) -> float:
    """Where full lines end: where a justified text's lines end, to the point, if a quarter of the lines or
    more end there; else the 95th percentile of the lines' right edges.

    Not the maximum: one line that runs wide (a table cell, a glyph a parser measures an em wide)
    would make every title line look short, and wrapped titles would not be joined.  Nor, in justified
    text, the percentile: look 8159 (justified, monospaced) has 70 % of its lines end at 356.8 and over 5 %
    run wider, to 366.6, where its title "ELKAAR VERSTERKENDE" / "ACTIVITEITEN" would have fit on one line.
    """
    edges = sorted(ln.x1 for ln in lines)
    if not edges:
        return 1.0
    percentile = edges[int(0.95 * (len(edges) - 1))]
    most, count = Counter(round(edge) for edge in edges).most_common(1)[0]
    if count >= JUSTIFIED_SHARE * len(edges) and most <= percentile:
        return max(edge for edge in edges if round(edge) == most)
    return percentile


def cut_title_lines(lines: list[Line], right: float) -> frozenset[int]:
    """The indexes of a title's lines (but the last) that hold one word ending within one of its letters of
    ``right``, where full lines end (:func:`right_margin`): a word too wide for the line, cut there by the word
    processor (LibreOffice look 8233, titles in capitals of 24 pt on A5: "NETWERKONTWIKKELIN" / "G",
    "PROGRAMMAONTWIKKE" / "LING").  The lines are joined with ``join_wrapped(..., cut=)``."""
    cut = set()
    for index, line in enumerate(lines[:-1]):
        letter = (line.x1 - line.x0) / max(len(line.text), 1)
        if len(line.words) == 1 and line.x1 >= right - letter:
            cut.add(index)
    return frozenset(cut)


def join_title(lines: list[Line], vocab: Counter, right: float) -> str:
    """A title printed over ``lines`` as one text, joined as running text is ("mbo-" / "scholen": "mbo-scholen"),
    and a word cut at ``right`` (:func:`cut_title_lines`) made whole."""
    return join_wrapped([ln.text for ln in lines], vocab, cut=cut_title_lines(lines, right))


def _join_wrapped(cues: _Cues, conf: HeadingSettings) -> list[Heading]:
    lines = cues.lines
    text_x0 = min((ln.x0 for ln in lines), default=0.0)
    width = max(right_margin(lines) - text_x0, 1.0)
    toc_ids = {id(line) for line in cues.toc_lines()}
    found: list[Heading] = []
    previous: int | None = None
    for index, line in enumerate(lines):
        heading = cues.is_heading(index)
        letter = len(line.text.strip()) == 1
        # A named title's next line need not be a heading by its style: its style is the title's (look 8421:
        # "Idee 1: Benchmark … op mbo-" / "scholen").  In one font every line's style is nearly every other's.
        named_above = previous is not None and not cues.one_font and cues.named_line(lines[previous])
        if id(line) in toc_ids or not (heading or named_above or cues.figures_in_style_of(previous, index)):
            previous = None
            continue
        last = found[-1] if found else None
        before = lines[previous] if previous is not None else None
        if (
            before is not None
            and last is not None
            and last.lines[-1] is before
            and cues.same_style(previous, index)
            and index not in cues.toc_entry_of
            # A letter alone goes on a title from where its lines begin (a word broken at the margin).
            and not (letter and abs(line.x0 - last.lines[0].x0) > 0.5 * line.size)
            and (before.page == line.page and line.top - before.bottom < conf.wrap_gap * line.size
                 and _goes_on_title(cues, index, last, before, text_x0, width)
                 # A title broken over a page's end: its last line there, its rest the next page's first (a
                 # browser keeps a heading with what follows it, not its lines together: Chromium look 10000,
                 # "PROGRAMMALIJN 6. PROFESSIONALS IN DE" / "(SUPER)DIVERSE SAMENLEVING"), where the lines show
                 # the wrap: a numbered title at a page's foot says nothing of the line in its print atop the next
                 # (a table's bold header).
                 # Its lines begin where the title's first does: a stray glyph at a page's right foot (Chromium
                 # look 10031: the "Ï" of the next page's "OEKRAÏENSE" drawn there too) fills no measure.
                 or line.page == before.page + 1 and all(len(ln.text.strip()) == 1 for ln in lines[previous + 1:index])
                 and abs(line.x0 - last.lines[0].x0) <= 0.5 * line.size
                 and (cues.closes_title(index) or not cues.numbered_line(line)
                      and _wrapped(line, before, text_x0, width, cues.conf)))
        ):
            last.text = join_wrapped([last.text, line.text], cues.vocabulary,
                                     cut=cut_title_lines([before, line], text_x0 + width))
            last.lines.append(line)
        elif heading and letter:
            # A letter alone begins no title, though it may end one: a browser breaks a word too long for the
            # measure at the margin ("PROGRAMMAONTWIKKELIN" / "G", Chromium look 10054).  A glyph a browser draws
            # at a page's foot too, clipped to its dots (look 10031's "Ï", left out where it is read:
            # extract.pdf.clipping, but for pages turned or cropped), is passed over: the title above it goes on
            # atop the next page.
            continue
        elif not heading:
            previous = None
            continue
        else:
            entry = cues.toc_entry_of.get(index)
            found.append(Heading(text=line.text, level=0, size=line.size, page=line.page, top=line.top,
                                 lines=[line], style=cues.styles[index], toc_entry=entry,
                                 toc_level=None if entry is None else cues.toc[entry].level))
        previous = index
    return found


def _goes_on_title(cues: _Cues, index: int, last: Heading, before: Line, text_x0: float, width: float) -> bool:
    """Line ``index``, close under ``before`` in its style, goes on the title of the heading ``last`` ends
    with: it closes the title (:meth:`_Cues.closes_title`), or has no numbering of its own and the title
    plainly wraps."""
    line = cues.lines[index]
    if cues.closes_title(index):
        return True
    return not cues.numbered_line(line) and (
        _wrapped(line, before, text_x0, width, cues.conf)
        or cues.continues_toc_title(last.text, line.text)
        # Right under a numbered title, in its style, a line with no number of its own goes on with the
        # title (a section with no text before the next would be empty): numbered as the document's
        # vocabulary numbers, or as a list ("A. THEMATISCHE EN/OF REGIONALE" / "KENNISATELIERS", LibreOffice
        # look 8151, where the first word would have fit above by half a point).  In the body's style, the text's
        # too, only in the capitals that set the title apart ("IDEE 1: … OP MBO-" / "SCHOLEN", look 8400; not a
        # year over a list, "6. ACTIVITEITEN / PLAN VAN AANPAK" over "2023", Chromium look 10158 stripped, read
        # "… AANPAK 2023" and published).
        or (cues.styles[index] != cues.body or line.text.isupper())
        and (cues.numbered_line(last.lines[0]) or _LIST_MARK.match(last.lines[0].text) is not None))


def _wrapped(line: Line, before: Line, text_x0: float, width: float, conf: HeadingSettings) -> bool:
    """The lines show that the typesetter wrapped ``before`` into ``line``: it goes on in lower case, ``before``
    fills the measure or ends where a title cannot, or the line's first word would not have fit after it."""
    return (line.text[:1].islower() or (before.x1 - text_x0) >= conf.wrap_fill * width or ends_open(before.text)
            # Within a quarter of its size of the margin counts as not fitting (a border's padding, small
            # capitals' spacing): LibreOffice wrapped "… REGIONALE" / "KENNISATELIERS" (look 8151), "Totaal
            # overzichten begroting" / "KIS2023" (8195) and "ONDERDEEL VAN EEN MEERJARIGE" / "PROGRAMMA" (8413,
            # 15.5 pt, bordered), which would have ended 0.1, 0.4 and 2.3 points short of where the text's lines end.
            or before.x1 + _space_width(before, line) + (line.words[0].x1 - line.words[0].x0)
            > text_x0 + width - 0.25 * line.size)


def _space_width(*lines: Line) -> float:
    """The space between words as ``lines`` print it (a monospaced font's is a letter's width, over twice
    a proportional one's); a quarter of their size where no line has two words."""
    gaps = [b.x0 - a.x1 for line in lines for a, b in pairwise(line.words)]
    return statistics.median(gaps) if gaps else 0.25 * lines[0].size


def _without_lead_ins(cues: _Cues, headings: list[Heading]) -> list[Heading]:
    """The headings but the lead-ins (:meth:`_Cues.lead_in`) inside a unit's numbered section ("6.
    Activiteiten / plan van aanpak"): there a line no other evidence makes a heading (a ToC entry, numbering,
    size, the style of a numbered level) labels the section's text, as the numbered subsections are the
    lowest level the numbering knows.  Outside one, such a line still heads what follows.  A heading opens
    a numbered section in any case: small capitals print "6. actiViteiten / plan Van aanpak".

    So is a line in the numbered section's own style with no numbering and no ToC entry of its own: that
    style is a heading style for its numbered lines, and a line in it without a number is neither a sibling
    (those are numbered) nor a level below (that would be set apart).  Look 7892 stripped set its sections
    "1. VRAAGSTUK" in bold at the body size, as its paragraphs' labels ("Het lesprogramma: Identity Project",
    "Primaire doelgroepen:"): each label became a sub-plan that took the project's sections."""
    unit_section = re.compile(cues.roles["unit_section"].pattern, cues.roles["unit_section"].flags | re.IGNORECASE)
    kept, section_style = [], None  # the style of the numbered section the headings are in, if any
    for heading in headings:
        opens_section = bool(unit_section.match(heading.text.strip()))
        if section_style is not None and not opens_section and (
                cues.lead_in(heading) or _label_in_style(cues, heading, section_style)):
            continue
        if not cues.lead_in(heading):
            section_style = heading.style if opens_section else None
        kept.append(heading)
    return kept


def _without_list_items(cues: _Cues, headings: list[Heading]) -> list[Heading]:
    """The headings but a numbered list inside a unit's numbered section: lines numbered like sections on their
    first line ("2. Opzetten of faciliteren van leernetwerken"), no more than a point over the body's size and
    with no ToC entry, that number back from the sections before them, rise from one another, and are followed
    by the section that goes on from those ("6. Activiteiten / plan van aanpak", "2. …", "3. …", "7.
    Resultaten": the 2023 scan's project 3.2 had two sections too many, the list's items; in one font, OCR's,
    nothing but their numbering made them headings).  So are a Gantt chart's labels in the print of the
    sections (Chromium look 10288: "8. PLANNING" in capitals at 8 pt, "2. Bestaande kennis doorontwikkelen en"
    at 8 pt under it, a label not read as numbered between two that are).  The unit's own numbering says they
    are none.  A list no section goes on from is kept (a unit whose heading was not read, its sections counting
    from 1 again), and so is an item that goes on from both the list and the sections (a list of two under "2."
    and then "3." may be either).

    The sections of a unit run between headings of another kind: unnumbered or numbered otherwise ("Project
    9.3 …", "Overige project"), set larger than the body, or listed in the ToC ("1. Kennisdossier …", a unit
    numbered as its group's item)."""
    def place(heading: Heading) -> int | None:
        return _section_number(cues, heading) if _minor(cues, heading) else None

    listed: set[int] = set()
    section, items = None, []  # the last section's number; the items of the list read after it
    for index, heading in enumerate([*headings, None]):  # None: the end, which ends a list too
        number = place(heading) if heading is not None else None
        if items:
            last = place(headings[items[-1]])
            if number == last + 1:
                items.append(index)  # the list goes on (or the sections do: kept if no section follows)
                continue
            if number == section + 1 and all(_one_print(cues, headings[i], heading) for i in items):
                listed.update(items)  # the sections go on after the list
            elif number is not None and number > last:
                items.append(index)  # the list goes on past an item not read as numbered (";" "KIS.nl;")
                continue
            else:
                section = last  # no section goes on: the items were sections, a series of their own
            items = []
        if number is None:
            section = None
        elif section is not None and number <= section:
            items = [index]
        else:
            section = number
    return [heading for index, heading in enumerate(headings) if index not in listed]


def _one_print(cues: _Cues, first: Heading, second: Heading) -> bool:
    """Two headings set alike, as the sections of one unit are; in one font (OCR) every size is measured, a point
    either way, and the numbering alone tells.  A group's items numbered as sections are not ("1. Kennisdossier
    Roma, …" at 11 pt, its sections "1. Vraagstuk" … "4. Begroting" at 10.5, then "2. Kennisdossier …": a review's
    case, whose first item lost its four sections)."""
    return cues.one_font or first.style == second.style


def _minor(cues: _Cues, heading: Heading) -> bool:
    """No more than a point over the body's size, with no ToC entry: nothing but its style or numbering makes the
    heading one."""
    return heading.size <= cues.body_size + ONE_FONT_SIZE_TOLERANCE and heading.toc_entry is None


def _section_number(cues: _Cues, heading: Heading) -> int | None:
    """The number of a heading numbered like a unit's section on its first line (as :meth:`_Cues.numbered_line`
    found it: "2. Bestaande kennis doorontwikkelen en" / "‘fine tunen’ …"), or None."""
    if not cues.roles_of(heading)["unit_section"].match(heading.lines[0].text.strip()):
        return None
    found = series_item(heading.text.strip())
    return found[1] if found else None


def _without_text_between_sections(cues: _Cues, headings: list[Heading]) -> list[Heading]:
    """The headings but those between a unit's sections numbered n and n + 1 that nothing but their style makes
    headings (:func:`_minor`, no name the numbering gives a level: "Idee 2", "Project 7.2"): the unit's numbering
    goes on over them, so they are section n's text.  Chromium look 10288 set its sections "8. PLANNING" in
    capitals at 8 pt, and project 9.1's Gantt chart its labels "Onderdeel A. Workshops." at 8 pt too: each was
    read as a heading, and the chart and the budget table under "9. BEGROTING" were filed under the last."""
    dropped: set[int] = set()
    previous: tuple[int, int] | None = None  # the index and number of the last section read
    for index, heading in enumerate(headings):
        number = _section_number(cues, heading) if _minor(cues, heading) else None
        if number is None:
            continue
        if previous is not None and number == previous[1] + 1 and _one_print(cues, headings[previous[0]], heading):
            between = range(previous[0] + 1, index)
            if all(_minor(cues, headings[i]) and not cues.named_line(headings[i].lines[0]) for i in between):
                dropped.update(between)
        previous = index, number
    return [heading for index, heading in enumerate(headings) if index not in dropped]


def _label_in_style(cues: _Cues, heading: Heading, section_style: tuple) -> bool:
    """The heading is set in the numbered section's style, but has neither a number nor a ToC entry."""
    return (heading.style == section_style and heading.toc_level is None
            and not cues.numbered_line(heading.lines[0]))


def _calibrations(cues: _Cues) -> dict[tuple, Counter]:
    """The levels the ToC gave each style's headings; in one font (OCR) a style's count in those of every
    size a point from its own too, one size measured twice (the 2023 scan measured "h. Handreiking
    terminologie" at 11 pt and "Elkaar versterkende activiteiten", a heading of its level, at 10)."""
    if not cues.one_font:
        return cues.calibrated
    return {style: sum((levels for other, levels in cues.calibrated.items()
                        if abs(other[3] - style[3]) <= ONE_FONT_SIZE_TOLERANCE), Counter())
            for style in cues.calibrated}


def _in_capitals(heading: Heading) -> bool:
    """The heading's letters are all capitals, two or more, as the text layer gives them (small capitals give no case
    to go by: :func:`case_blind`)."""
    return (sum(c.isalpha() for c in heading.text) >= 2 and heading.text.isupper()
            and not case_blind(heading.lines))


def _capitals_apart(headings: list[Heading]) -> None:
    """A style whose headings are set in capitals and not, two or more each, is two styles: capitals may be all
    that sets two levels apart (LibreOffice look 8282, stripped of outline and tags: its chapters and their sections
    both 19 pt bold italic teal, the sections in capitals, and every section was read as a chapter).  One heading
    in capitals among its peers is a title the author typed so ("KIS"), no style of its own."""
    cased = Counter((heading.style, _in_capitals(heading)) for heading in headings)
    for heading in headings:
        if cased[heading.style, True] >= 2 and cased[heading.style, False] >= 2:
            heading.style = (*heading.style, _in_capitals(heading))


def _levels_from_toc(cues: _Cues, headings: list[Heading], conf: HeadingSettings) -> None:
    def level_of_pattern(pattern) -> int | None:
        levels = Counter(h.toc_level for h in headings if h.toc_level and pattern.match(h.text))
        return levels.most_common(1)[0][0] if levels else None

    roles = cues.roles
    chapter_level = level_of_pattern(roles["chapter"])
    unit_level = level_of_pattern(roles["unit"])
    # The levels a style carries substantially: an entry indented out of line with
    # the others of its style ("Overige project" at the onderdelen's indent) takes the
    # nearest of them instead.
    calibrations = dict(_calibrations(cues))
    for heading in headings:
        if heading.toc_level and heading.style not in cues.calibrated:  # a style set apart by capitals
            calibrations.setdefault(heading.style, Counter())[heading.toc_level] += 1
    carried = {style: sorted(lvl for lvl, n in levels.items() if n >= conf.style_level_share * sum(levels.values()))
               for style, levels in calibrations.items()}
    style_levels = {style: levels[0] for style, levels in carried.items()}
    size_levels = sorted(((style[3], level) for style, level in style_levels.items()), reverse=True)
    deepest = max(style_levels.values())
    # A contents whose every entry was found, title for title, lists every heading at its levels: one of a listed
    # style that it leaves out, between headings it lists, is under the last one listed (WeasyPrint look 9055 in
    # another edition, stripped: its chapters and their sections alike, 12.5 pt bold blue underlined, its
    # contents of titles listing the chapters only; every section was read as a chapter).  Not in OCR text,
    # whose sizes are estimates, nor where entries were read run together (a title only begins a heading's).
    entries = {heading.toc_entry: heading for heading in headings if heading.toc_entry is not None}
    complete = not cues.one_font and bool(cues.toc) and len(entries) == len(cues.toc) and all(
        toc_key(heading.text) == cues.toc_keys[j] for j, heading in entries.items())
    last_listed = max((i for i, heading in enumerate(headings) if heading.toc_level), default=-1)
    listed_level = None  # the level of the last heading the contents lists
    in_unit = False
    for index, heading in enumerate(headings):
        text, roles = heading.text.strip(), cues.roles_of(heading)
        if heading.toc_level:
            levels, toc_level = carried[heading.style], _toc_level(cues, heading)
            level = toc_level if toc_level in levels else next((lvl for lvl in levels if lvl > toc_level), levels[-1])
        elif chapter_level and roles["chapter"].match(text):
            level = chapter_level
        elif unit_level and roles["unit"].match(text):
            level = unit_level
        elif unit_level and in_unit and roles["sub_unit"].match(text):
            level = unit_level + 1
        elif unit_level and in_unit and roles["unit_section"].match(text):
            level = unit_level + 2
        elif heading.style in style_levels:
            level = style_levels[heading.style]
            if complete and listed_level is not None and index < last_listed and level <= listed_level:
                level = listed_level + 1
        else:
            # An uncalibrated style ranks with the calibrated styles of its size or smaller.
            level = min((lvl for size, lvl in size_levels if size <= heading.style[3]), default=deepest + 1)
        if unit_level:
            in_unit = level >= unit_level if level <= unit_level else in_unit
        heading.level = level
        if heading.toc_level:
            listed_level = level


def _toc_level(cues: _Cues, heading: Heading) -> int:
    """The level the contents gives the heading: its entry's indent, but one above the next entry's where that one
    stands two levels or more further in, as a contents goes in by one level at a time (WeasyPrint look 9055 in
    another edition, stripped: "Overige project" at the chapters' indent over "1. Kennisdossier …" at the
    projects', its style the chapters' too, read as a chapter outside the Bijlage)."""
    entry = heading.toc_entry
    following = cues.toc[entry + 1] if entry is not None and entry + 1 < len(cues.toc) else None
    return following.level - 1 if following and following.level - heading.toc_level >= 2 else heading.toc_level


def levels_of_numbered_roles(headings: list[Heading], numbering: Numbering) -> None:
    """Every unit ("Project 9.1") at the level most units have, and every chapter ("Programmalijn 9")
    at the level most chapters have, above the units: what a table of contents would say, for a text
    whose sizes are OCR's estimates (a point either way) and whose contents OCR could not read."""
    roles = numbering.compiled()
    levels = {}
    for role in ("unit", "chapter"):
        numbered = [h for h in headings if roles[role].match(h.text.strip())]
        if numbered:
            levels[role] = Counter(h.level for h in numbered).most_common(1)[0][0]
            if role == "chapter" and "unit" in levels:
                # Units at the top level leave no level above: chapters stay beside them (the quality
                # signals then report projects outside their programmalijn).
                levels[role] = max(min(levels[role], levels["unit"] - 1), 1)
            for heading in numbered:
                heading.level = levels[role]


def numbered_levels(headings: list[Heading], numbering: Numbering) -> None:
    """Inside a unit (a werkplan's project), a sub-unit ("Idee 1") one level below the unit and a unit's
    section ("1. Vraagstuk") two below, whatever depth the source gave them: an outline nests a project's
    subsections right under it, or under its sub-plan, where the numbering says what they are.

    A unit is a heading numbered like one; every heading at its level (an item of an unnumbered
    group of projects) opens a unit too, and a heading above that level closes it, but for a sub-unit: its
    numbering says it is the unit's, whatever level its style ranks at (look 7606 set its sub-plans larger
    than its projects, and they closed project 4.1).
    """
    roles_by_case = {False: numbering.compiled(), True: numbering.compiled(blind=True)}
    unit_level, in_unit = None, False
    for heading in headings:
        text, roles = heading.text.strip(), roles_by_case[case_blind(heading.lines)]
        if unit_level is None and roles["unit"].match(text):
            unit_level = heading.level
        if unit_level is None:
            continue
        if in_unit and roles["sub_unit"].match(text):
            heading.level = unit_level + 1
        elif heading.level <= unit_level:
            in_unit = heading.level == unit_level
        elif in_unit and roles["unit_section"].match(text):
            heading.level = unit_level + 2


def _page_opening_styles(document: Document, headings: list[Heading]) -> set[tuple]:
    """Styles of two headings or more, most of which open their page: chapters, each begun on a new page.
    Of two styles of one size, that one is the higher level, whatever the weights say (look 7764 set its
    chapters "Onderdeel A: …" in plain italic at 1.74 times the body, its sections in bold italic capitals at
    1.73 times: both 20 pt, and bold ranked the sections first)."""
    first_lines = {page.number: id(page.lines[0]) for page in document.pages if page.lines}
    opening, total = Counter(), Counter()
    for heading in headings:
        total[heading.style] += 1
        opening[heading.style] += first_lines.get(heading.page) == id(heading.lines[0])
    return {style for style, n in total.items() if n >= 2 and opening[style] > n / 2}


def _chapters_above_units(cues: _Cues, headings: list[Heading], ranked: list[tuple]) -> None:
    """The chapters' style ranked right above the units' where the styles' ranks put it below: a chapter
    ("Programmalijn 1. …") holds units ("Project 1.1 …"), as the document's own numbering says, whatever the
    weights say (look 7904 set its chapters plain at 14.6 pt and its projects bold at 14.5: one size to a
    style, and bold ranked the projects above the chapters, which took every project that followed)."""
    def style_of(role: str) -> tuple | None:
        styles = Counter(h.style for h in headings if cues.roles_of(h)[role].match(h.text.strip()))
        return styles.most_common(1)[0][0] if styles else None

    chapter, unit = style_of("chapter"), style_of("unit")
    if chapter is None or unit is None or chapter == unit or ranked.index(chapter) < ranked.index(unit):
        return
    ranked.remove(chapter)
    ranked.insert(ranked.index(unit), chapter)


def find_headings(document: Document, settings: HeadingSettings | dict | None = None,
                  numbering: Numbering | None = None) -> list[Heading]:
    """All headings in reading order, wrapped titles joined, with their levels, from typography alone
    (:mod:`extract.pdf.heading_sources` puts the outline and the structure tree before it)."""
    conf = resolve(HeadingSettings, settings)
    cues = _Cues(document, conf, numbering or Numbering())
    found = _without_list_items(cues, _without_lead_ins(cues, _join_wrapped(cues, conf)))
    found = _without_text_between_sections(cues, found)
    _capitals_apart(found)
    # A ToC whose entries match headings of one level only (most of its headings are not in the text: an
    # excerpt of pages) ranks no styles: their sizes do.
    if len({level for levels in cues.calibrated.values() for level in levels}) > 1:
        _levels_from_toc(cues, found, conf)
    else:
        # Without a ToC: the rank of the style, larger first, then a style opening pages before one that
        # does not, then bold before plain before italic, then the style met first in the document.
        first_seen = {}
        for heading in found:
            first_seen.setdefault(heading.style, len(first_seen))
        openers = _page_opening_styles(document, found)
        ranked = sorted(first_seen, key=lambda st: (-st[3], st not in openers, not st[1], st[2], first_seen[st]))
        _chapters_above_units(cues, found, ranked)
        for heading in found:
            heading.level = ranked.index(heading.style) + 1
    if cues.one_font:
        levels_by_series(found, ONE_FONT_SIZE_TOLERANCE)
    return found
