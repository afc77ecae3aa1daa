"""One call from a PDF path to everything the werkplan says: budgets, planning, sections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extract.pdf.heading_sources import HeadingReading, read_headings
from extract.pdf.headings import Heading, HeadingSettings
from extract.pdf.integrity import Integrity, IntegritySettings, read_checked
from extract.pdf.layout import LayoutSettings
from extract.pdf.model import DEFAULT_READER, Document, InputError, Line
from extract.pdf.outline import read_outline
from extract.pdf.structure import read_structure
from extract.pdf.text import document_vocabulary
from extract.pdf.toc import TocEntry, TocSettings

from ..settings import Settings, resolve
from . import ids
from .budget import BudgetRow, BudgetSettings, Column, classify_rows, find_budget_tables
from .contents import match_toc, parse_toc
from .kinds import ScopeKind
from .overview import OverviewSettings, OverviewTable, find_overview
from .planning import PlanningSettings, PlanningTable, find_planning_tables
from .scope import Scope, ScopeResolver, ScopeSettings
from .sections import Section, SectionSettings, build_sections, retext_toc
from .title_page import title_page_fields, werkplan_year
from .vocabulary import HeadingWords, TitlePageWords


@dataclass(frozen=True)
class WerkplanSettings(Settings):
    """All settings of one extraction; each group is its module's settings object."""

    layout: LayoutSettings = field(default_factory=LayoutSettings)
    integrity: IntegritySettings = field(default_factory=IntegritySettings)
    headings: HeadingSettings = field(default_factory=HeadingSettings)
    heading_words: HeadingWords = field(default_factory=HeadingWords)  # the vocabulary of headings
    budget: BudgetSettings = field(default_factory=BudgetSettings)
    scope: ScopeSettings = field(default_factory=ScopeSettings)
    overview: OverviewSettings = field(default_factory=OverviewSettings)
    planning: PlanningSettings = field(default_factory=PlanningSettings)
    sections: SectionSettings = field(default_factory=SectionSettings)  # with .text, the clean-text settings
    toc: TocSettings = field(default_factory=TocSettings)
    title_page: TitlePageWords = field(default_factory=TitlePageWords)


@dataclass
class BudgetTable:
    table_id: str  # the scope id, made unique within the document
    kind: str  # budget | function_levels
    scope: Scope
    page_start: int
    page_end: int
    closed_by_total: bool
    columns: dict[str, Column]
    rows: list[BudgetRow]


@dataclass
class ScopedPlanning:
    table_id: str
    scope: Scope
    table: PlanningTable


@dataclass
class BudgetTablesRead:
    """The first stage of reading a werkplan: the document model, its headings and year, and the budget tables.

    It is enough to start camelot's second reading (:mod:`pipelines.run` does) while
    :func:`read_overview_planning_sections` reads the overview, planning and sections from it.
    """

    document: Document
    integrity: Integrity  # the file's own structure against what was read; the repairs it needed
    structure: HeadingReading  # the headings, from the most trusted source, and what the others said
    year: int
    document_id: str
    resolver: ScopeResolver
    tables: list[BudgetTable]
    line_tables: dict[int, str]  # id(line) → id of the budget table that line belongs to
    settings: WerkplanSettings

    @property
    def headings(self) -> list[Heading]:
        return self.structure.headings


@dataclass
class Extraction:
    document: Document
    year: int
    document_id: str
    structure: HeadingReading  # the headings, from the most trusted source, and what the others said
    tables: list[BudgetTable]
    overview: OverviewTable | None
    planning: list[ScopedPlanning]
    sections: list[Section]
    toc: list[TocEntry]
    title_page: dict
    line_tables: dict[int, str]  # id(line) → id of the table that line belongs to
    integrity: Integrity  # the file's own structure against what was read; the repairs it needed
    settings: WerkplanSettings  # resolved: what it was read with (a pipeline's tree, with its own groups)

    @property
    def headings(self) -> list[Heading]:
        return self.structure.headings


def _after(document: Document, section: Section) -> list[Line]:
    """The document's lines after a section's own."""
    lines = list(document.lines())
    if not section.lines:
        return []
    last = section.lines[-1]
    return lines[next(i for i, line in enumerate(lines) if line is last) + 1:]


def extract_werkplan(
    path: str | Path,
    settings: WerkplanSettings | dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    reader: str = DEFAULT_READER,
    password: str | None = None,
) -> Extraction:
    """Read a werkplan PDF into budget tables with scopes, the overview, planning and sections.

    ``settings`` is a :class:`WerkplanSettings` or a plain dict of overrides keyed by
    its groups (``{"planning": {"row_gap": 2.5}}``); an unknown key or a wrong value raises
    :class:`~extract.settings.SettingsError` naming it.  ``reader`` picks the PDF
    parser (see :func:`extract.pdf.document.read_document`); ``password`` opens an
    encrypted PDF.  The two stages, :func:`read_budget_tables` and :func:`read_overview_planning_sections`, can
    be called apart to start work on the tables before the rest is read.
    """
    return read_overview_planning_sections(read_budget_tables(path, settings, progress, reader, password))


def read_budget_tables(
    path: str | Path,
    settings: WerkplanSettings | dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    reader: str = DEFAULT_READER,
    password: str | None = None,
) -> BudgetTablesRead:
    """Read the PDF, its headings and year, and find the budget tables and their scopes."""
    settings = resolve(WerkplanSettings, settings)
    document, integrity = read_checked(path, settings.layout, settings.integrity, progress, password, reader)
    structure = read_headings(document, settings.headings, read_outline(path, password),
                              read_structure(path, password, document.hidden_text), settings.heading_words.numbering())
    headings = structure.headings
    year = werkplan_year(document, headings, settings.title_page)
    resolver = ScopeResolver(headings, settings.scope, settings.heading_words)
    document_id = ids.document_id(year)
    table_lines: dict[int, str] = {}
    tables: list[BudgetTable] = []
    unique = ids.table_ids()
    for raw in find_budget_tables(document, settings.budget, settings.sections.footnotes):
        scope = resolver.scope_at(raw.page_start, raw.top)
        table_id = unique(scope.id)
        table_lines.update({id(line): ids.in_document(document_id, table_id) for line in raw.lines})
        tables.append(
            BudgetTable(
                table_id=table_id,
                kind="function_levels" if scope.kind == ScopeKind.PROGRAMME else "budget",
                scope=scope,
                page_start=raw.page_start,
                page_end=raw.page_end,
                closed_by_total=raw.closed_by_total,
                columns=raw.columns,
                rows=classify_rows(raw, settings.budget),
            )
        )
    if not tables:
        raise InputError(f"{document.path}: no budget tables found (is this a werkplan?)")
    return BudgetTablesRead(document=document, integrity=integrity, structure=structure, year=year,
                            document_id=document_id, resolver=resolver, tables=tables, line_tables=table_lines,
                            settings=settings)


def read_overview_planning_sections(found: BudgetTablesRead) -> Extraction:
    """The overview, planning tables, sections, table of contents and title page, after the budget tables."""
    settings, document, document_id, resolver = found.settings, found.document, found.document_id, found.resolver
    table_lines = dict(found.line_tables)
    overview = find_overview(document, settings.overview)
    if overview is not None:
        overview_id = ids.in_document(document_id, ids.OVERVIEW_TABLE)
        table_lines.update({id(line): overview_id for line in overview.lines})
    planning = []
    unique = ids.table_ids()  # planning ids ("planning/<scope>") never meet the budget tables' scope ids
    for table in find_planning_tables(document, settings.planning,
                                      [line for heading in found.headings for line in heading.lines],
                                      settings.sections.footnotes):
        scope = resolver.scope_at(table.page, table.top)
        planning_id = unique(ids.planning_table(scope.id))
        table_lines.update({id(line): ids.in_document(document_id, planning_id) for line in table.lines})
        planning.append(ScopedPlanning(table_id=planning_id, scope=scope, table=table))
    sections = build_sections(document, found.headings, resolver, table_lines, settings.sections,
                              settings.heading_words, settings.title_page)
    title_page = next((s for s in sections if s.kind == "titlepage"), None)
    toc_node = next((n for root in sections for n in root.walk() if n.kind == "toc"), None)
    vocab = document_vocabulary(document)
    toc = parse_toc(toc_node, _after(document, toc_node), settings.toc, vocab) if toc_node else []
    if toc:
        retext_toc(toc_node, toc, document, settings.sections)
    match_toc(toc, sections, settings.toc)
    return Extraction(
        document=document,
        year=found.year,
        document_id=document_id,
        structure=found.structure,
        tables=found.tables,
        overview=overview,
        planning=planning,
        sections=sections,
        toc=toc,
        title_page=title_page_fields(title_page.title, title_page.lines, settings.title_page) if title_page else {},
        line_tables=table_lines,
        integrity=found.integrity,
        settings=settings,
    )
