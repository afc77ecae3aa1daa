"""The werkplan as a tree of sections, each with clean text.

The tree follows the headings' levels (from typography).  A node's kind comes
from its numbering and place: onderdeel ("Onderdeel B"), bijlage, programmalijn,
project and sub-plan (as for budget scopes), a project's numbered subsections,
and plain sections.  Lines inside tables are left out of the text; the text
holds a marker with the table's id where the table stands.  Footnotes close the
text of the section that refers to them (:mod:`extract.pdf.footnotes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.pdf.footnotes import Footnote, FootnoteSettings, find_footnotes, reference_line
from extract.pdf.headings import Heading, body_size
from extract.pdf.model import Document, Line
from extract.pdf.series import usual_separator
from extract.pdf.text import Block, TextSettings, blocks_from_lines, document_vocabulary, line_pitch
from extract.pdf.toc import TocEntry

from ..settings import Settings, resolve
from . import ids
from .scope import ScopeResolver
from .title_page import find_title_page
from .vocabulary import HeadingWords, TitlePageWords


@dataclass(frozen=True)
class SectionSettings(Settings):
    # The bijlage holding the project plans: its section id is plain "bijlage".
    project_bijlage: str = "1"
    text: TextSettings = field(default_factory=TextSettings)
    footnotes: FootnoteSettings = field(default_factory=FootnoteSettings)


@dataclass
class Section:
    id: str
    parent_id: str | None
    # titlepage | toc | onderdeel | bijlage | programmalijn | group | project | subplan | project_section | section
    kind: str
    number: str | None
    title: str
    level: int
    page_start: int
    page_end: int
    scope_id: str | None = None  # for projects and sub-plans: the id their budget table carries
    scope_title: str | None = None  # ... and their title without its numbering
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # body lines owned by this node
    notes: list[list[Line]] = field(default_factory=list)  # its footnotes' lines, one list each, last in ``lines``

    @property
    def text(self) -> str:
        return "\n\n".join(b.render() for b in self.blocks)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class _Builder:
    def __init__(self, document: Document, headings: list[Heading], resolver: ScopeResolver, conf: SectionSettings,
                 words: HeadingWords, title_words: TitlePageWords):
        self.document = document
        self.resolver = resolver
        self.conf = conf
        self.words = words
        self.unique = ids.section_ids()
        self.title, self.title_page = find_title_page(document, headings, title_words)
        self.headings = [h for h in headings if h not in self.title_page]
        self.top_level = min((h.level for h in self.headings), default=1)
        # The body's levels, ranked: a style the title page alone uses leaves no gap among them.  The level right
        # under the projects stays, though no project has sub-plans: a project's numbered sections are two levels
        # under it (extract.pdf.headings.numbered_levels), in every edition (a 2032 edition without 2023's one
        # project with sub-plans put them all a level higher).
        levels = {h.level for h in self.headings} | ({resolver.project_level + 1} if resolver.project_level else set())
        self.ranks = {level: rank for rank, level in enumerate(sorted(levels), start=1)}
        # In an OCR text layer, the separator after their numbers most headings print: "4, Doelgroep" is
        # OCR's "4."; a typeset document's headings stay as printed.
        self.as_numbered = usual_separator(h.text for h in self.headings) if document.one_font else str

    def level_of(self, heading: Heading) -> int:
        """The heading's level in the body, counted from 1 over the levels the body's headings use
        (the title page's larger lines, ranked among them by size, take none)."""
        return self.ranks[heading.level]

    def node_for(self, heading: Heading, parent: Section | None, ancestors: list[Section]) -> Section:
        text, c, w = heading.text, self.conf, self.words
        kind, number, local = "section", None, ids.slug(text)
        in_bijlage = any(a.kind == "bijlage" for a in ancestors)
        scope = self.resolver.scope_at(heading.page, heading.top + 0.01) if in_bijlage else None
        if re.match(w.toc_pattern, text, re.I):
            kind, local = "toc", ids.TOC_SECTION
        elif heading.level == self.top_level and (m := re.match(w.onderdeel_pattern, text, re.I)):
            kind, number = "onderdeel", m.group(1).upper()
            local = ids.onderdeel_scope(number)
        elif heading.level == self.top_level and (m := re.match(w.bijlage_pattern, text, re.I)):
            kind, number = "bijlage", m.group(1)
            local = ids.bijlage_section(number, c.project_bijlage)
        elif m := re.match(w.programmalijn_pattern, text, re.I):
            kind, number, local = "programmalijn", m.group(1), ids.programmalijn_section(m.group(1))
        elif scope is not None and heading.level == self.resolver.project_level:
            kind, number, local = "project", scope.project, scope.project
        elif scope is not None and scope.kind == "subplan" and heading.level < (self.resolver.subsection_level or 99) \
                and parent is not None and parent.kind == "project":
            kind, number, local = "subplan", None, scope.subplan
        elif in_bijlage and parent is not None and parent.kind in ("project", "subplan"):
            kind = "project_section"
            if m := re.match(w.section_number_pattern, text):
                number, local = m.group(1), ids.slug(m.group(2))
        text = self.as_numbered(text)
        scoped = kind in ("project", "subplan") and scope is not None
        full = ids.child_section(parent.id if parent else None, local)
        return Section(id=self.unique(full), parent_id=parent.id if parent else None, kind=kind, number=number,
                       title=text, level=self.level_of(heading), page_start=heading.page, page_end=heading.page,
                       scope_id=scope.id if scoped else None, scope_title=scope.title if scoped else None)


# Over 60 lines: one pass over the document's lines that keeps the open sections' stack, the title page,
# footnotes and tables in step; split, each piece would take and return that same state.
def build_sections(
    document: Document,
    headings: list[Heading],
    resolver: ScopeResolver,
    table_lines: dict[int, str],
    settings: SectionSettings | dict | None = None,
    words: HeadingWords | dict | None = None,
    title_words: TitlePageWords | dict | None = None,
) -> list[Section]:
    """The section tree (top-level nodes in order).  ``table_lines`` maps ``id(line)`` to a table id."""
    conf = resolve(SectionSettings, settings)
    builder = _Builder(document, headings, resolver, conf, resolve(HeadingWords, words),
                       resolve(TitlePageWords, title_words))
    heading_of = {id(line): h for h in builder.headings for line in h.lines}
    title_lines = {id(line) for h in builder.title_page for line in h.lines}
    roots: list[Section] = []
    stack: list[Section] = []
    first_page = document.pages[0].number
    # A heading set as small as footnotes (a look's lowest level) ends a note set above it, as a table does.
    notes = find_footnotes(document, body_size(document), set(table_lines) | set(heading_of), conf.footnotes)
    note_lines = {id(line) for note in notes for line in note.lines}
    owner: dict[int, Section] = {}  # id() of each body line → its node; a footnote's first line → the node at it
    title_page = None
    if builder.title is not None:
        title_page = Section(id=builder.unique(ids.TITLE_PAGE_SECTION), parent_id=None, kind="titlepage", number=None,
                             title=builder.title, level=0,
                             page_start=first_page, page_end=first_page)
        roots.append(title_page)
    for line in document.lines():
        heading = heading_of.get(id(line))
        if heading is not None:
            if heading.lines[0] is not line:
                continue  # the second line of a wrapped title
            # The table of contents holds no sections: a heading after it is its sibling or above, even where
            # it is set smaller (OCR measured "Begroting" a point under "Inhoud").
            while stack and (stack[-1].level >= builder.level_of(heading) or stack[-1].kind == "toc"):
                stack.pop()
            parent = stack[-1] if stack else None
            node = builder.node_for(heading, parent, stack)
            (parent.children if parent else roots).append(node)
            stack.append(node)
            continue
        node = title_page if title_page is not None and (
            line.page == first_page or id(line) in title_lines) and not stack else (
            stack[-1] if stack else roots[-1] if roots else None)
        if node is not None:
            owner[id(line)] = node
            if id(line) not in note_lines:
                node.lines.append(line)
    body = list(document.lines())
    _file_footnotes(notes, owner, [ln for ln in body if id(ln) in owner and id(ln) not in note_lines
                                   and id(ln) not in table_lines], conf.footnotes)
    pitch = line_pitch(body)
    vocab = document_vocabulary(document)
    for root in roots:
        for node in root.walk():
            _group_projects(node)
            node.blocks = _blocks(node.lines, table_lines, pitch, vocab, conf.text)
            if node.lines:
                node.page_end = max(node.page_end, node.lines[-1].page)
            # Footnotes last, so that no sentence running over a page end is cut by them.
            node.blocks += [b for note in node.notes for b in blocks_from_lines(note, pitch, vocab, conf.text)]
            node.lines += [line for note in node.notes for line in note]
        _close_pages(root)
    return roots


def _group_projects(node: Section) -> None:
    """A heading of a bijlage that holds projects groups them ("Overige project" over "1. Kennisdossier …"),
    at whatever level the look set it."""
    if node.kind == "bijlage":
        for child in node.children:
            if child.kind == "section" and any(grandchild.kind == "project" for grandchild in child.children):
                child.kind = "group"


def retext_toc(node: Section, entries: list[TocEntry], document: Document,
               settings: SectionSettings | dict | None = None) -> None:
    """The table of contents' text as its entries were read, one block each: the title whole and
    its page number, no leader (a title wrapped over lines reads the same whichever line its number
    stands on); lines of no entry read as any section's."""
    conf = resolve(SectionSettings, settings)
    entry_of = {id(line): entry for entry in entries for line in entry.lines}
    pitch, vocab = line_pitch(list(document.lines())), document_vocabulary(document)
    blocks: list[Block] = []
    run: list[Line] = []
    for line in node.lines:
        entry = entry_of.get(id(line))
        if entry is None:
            run.append(line)
            continue
        if run:
            blocks += blocks_from_lines(run, pitch, vocab, conf.text)
            run = []
        if entry.lines[0] is line:
            page = "" if entry.printed_page is None else f" {entry.printed_page}"
            blocks.append(Block(kind="paragraph", text=f"{entry.title}{page}", page=line.page))
    if run:
        blocks += blocks_from_lines(run, pitch, vocab, conf.text)
    node.blocks = blocks


def _file_footnotes(notes: list[Footnote], owner: dict[int, Section], text_lines: list[Line],
                    conf: FootnoteSettings) -> None:
    """Each footnote to the node holding its reference (``text_lines``: the lines that may, in
    reading order); without one found, to the node where it stands.

    References come in their notes' order, which is the order of their numbers where no number is used twice
    (a typesetter may set a note on a page after the next one's: WeasyPrint look 8293 set note 14 at the foot of
    page 109 and note 13 at that of page 110, both referred to on page 107).  A note whose reference is not
    found near it is looked for between the references found for the notes before and after it, however far
    back: there and nowhere else it stands."""
    numbers = [note.number for note in notes]
    order = sorted(range(len(notes)), key=lambda i: int(numbers[i])) if len(set(numbers)) == len(numbers) \
        else list(range(len(notes)))
    found: dict[int, int | None] = {}
    start = 0
    for i in order:
        found[i] = reference_line(notes[i], text_lines, start, conf)
        start = found[i] if found[i] is not None else start
    for k, i in enumerate(order):
        after = next((found[j] for j in order[k + 1:] if found[j] is not None), None)
        if found[i] is None and after is not None:
            before = max((found[j] for j in order[:k] if found[j] is not None), default=0)
            found[i] = reference_line(notes[i], text_lines, before, conf, end=after)
    for i in order:
        node = owner.get(id(text_lines[found[i]] if found[i] is not None else notes[i].lines[0]))
        if node is not None:
            node.notes.append(notes[i].lines)


def _blocks(lines: list[Line], table_lines: dict[int, str], pitch: float, vocab,
            text: TextSettings) -> list[Block]:
    """The node's paragraphs and tables; a table stands once, where most of its lines are read."""
    blocks: list[Block] = []
    run: list[Line] = []
    current_table = None
    stray = _stray_table_lines(lines, table_lines)
    for line in lines:
        if id(line) in stray:
            continue
        table_id = table_lines.get(id(line))
        if table_id is None:
            run.append(line)
            current_table = None
            continue
        if run:
            blocks += blocks_from_lines(run, pitch, vocab, text)
            run = []
        if table_id != current_table:
            blocks.append(Block(kind="table", text="", page=line.page, table_id=table_id))
            current_table = table_id
    if run:
        blocks += blocks_from_lines(run, pitch, vocab, text)
    return blocks


def _stray_table_lines(lines: list[Line], table_lines: dict[int, str]) -> set[int]:
    """``id()`` of a table's lines read apart from the run of lines holding most of it: a piece the column
    reader put in the other column's text (a month name left of the gutter), whose place is the table's.  The
    text read around it runs on."""
    runs: list[tuple[str, list[int]]] = []
    previous = None
    for line in lines:
        table_id = table_lines.get(id(line))
        if table_id is not None and table_id != previous:
            runs.append((table_id, []))
        if table_id is not None:
            runs[-1][1].append(id(line))
        previous = table_id
    largest: dict[str, list[int]] = {}
    for table_id, run in runs:
        if len(run) > len(largest.get(table_id, ())):
            largest[table_id] = run
    return {line for table_id, run in runs if run is not largest[table_id] for line in run}


def _close_pages(node: Section) -> int:
    for child in node.children:
        node.page_end = max(node.page_end, _close_pages(child))
    return node.page_end
