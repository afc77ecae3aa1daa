"""One call from a PDF path to everything the werkplan says: budgets, planning, sections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .budget import BudgetRow, Column, classify_rows, find_budget_tables
from .document import Document, WerkplanInputError, read_document
from .headings import Heading, find_headings
from .overview import OverviewTable, find_overview
from .planning import PlanningTable, find_planning_tables
from .scope import Scope, ScopeResolver
from .sections import Section, build_sections
from .structure import read_structure
from .toc import TocEntry, match_toc, parse_toc

_YEAR = re.compile(r"\b(20\d\d)\b")


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
class Extraction:
    document: Document
    year: int
    document_id: str
    headings: list[Heading]
    tables: list[BudgetTable]
    overview: OverviewTable | None
    planning: list[ScopedPlanning]
    sections: list[Section]
    toc: list[TocEntry]
    title_page: dict
    line_tables: dict[int, str]  # id(line) → id of the table that line belongs to


def title_page_fields(sections: list[Section]) -> dict:
    """Title, platform, organisations, funder, place and date as printed on the title page."""
    page = next((s for s in sections if s.kind == "titlepage"), None)
    if page is None:
        return {}
    fields = {"title": page.title}
    for line in page.lines:
        text = line.text.strip()
        if text == page.title:
            continue
        if re.match(r"^financier\b", text, re.I):
            fields["funder"] = text.split(":", 1)[-1].strip()
        elif m := re.match(r"^([^\W\d][\w\s-]*),\s*(.*\d{4})$", text):
            fields["place"], fields["date"] = m.group(1), m.group(2)
        elif " en " in text and "organisations" not in fields:
            fields["organisations"] = text
        elif "platform" not in fields:
            fields["platform"] = text
    return fields


def werkplan_year(document: Document, headings: list[Heading]) -> int:
    """The plan year: the year in the title page's largest heading, else the metadata title."""
    first_page = [h for h in headings if h.page == document.pages[0].number]
    for heading in sorted(first_page, key=lambda h: -h.size):
        if "werkplan" in heading.text.lower() and (m := _YEAR.search(heading.text)):
            return int(m.group(1))
    title = document.metadata.get("Title", "")
    if "werkplan" in title.lower() and (m := _YEAR.search(title)):
        return int(m.group(1))
    raise WerkplanInputError(f"{document.path}: not a werkplan (no title 'Werkplan <year>' found)")


def extract_werkplan(
    path: str | Path,
    settings: dict | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Extraction:
    """Read a werkplan PDF into budget tables with scopes and the overview.

    ``settings`` may hold the keys ``layout``, ``headings``, ``scope``, ``budget``,
    ``overview``, ``planning`` and ``sections``, each a dict overriding that
    module's documented defaults.
    """
    settings = settings or {}
    document = read_document(path, settings.get("layout"), progress)
    headings = find_headings(document, settings.get("headings"), read_structure(path))
    year = werkplan_year(document, headings)
    resolver = ScopeResolver(headings, settings.get("scope"))
    document_id = f"werkplan-{year}"
    table_lines: dict[int, str] = {}
    tables: list[BudgetTable] = []
    seen: dict[str, int] = {}

    def unique(wanted: str) -> str:
        """A table id once per document: a second table of one scope gets "#2"."""
        seen[wanted] = seen.get(wanted, 0) + 1
        return wanted if seen[wanted] == 1 else f"{wanted}#{seen[wanted]}"

    for raw in find_budget_tables(document, settings.get("budget")):
        scope = resolver.scope_at(raw.page_start, raw.top)
        table_id = unique(scope.id)
        table_lines.update({id(line): f"{document_id}/{table_id}" for line in raw.lines})
        tables.append(
            BudgetTable(
                table_id=table_id,
                kind="function_levels" if scope.id == "programma/functieniveau" else "budget",
                scope=scope,
                page_start=raw.page_start,
                page_end=raw.page_end,
                closed_by_total=raw.closed_by_total,
                columns=raw.columns,
                rows=classify_rows(raw, settings.get("budget")),
            )
        )
    if not tables:
        raise WerkplanInputError(f"{document.path}: no budget tables found (is this a werkplan?)")
    overview = find_overview(document, settings.get("overview"))
    if overview is not None:
        table_lines.update({id(line): f"{document_id}/overzicht" for line in overview.lines})
    planning = []
    for table in find_planning_tables(document, settings.get("planning")):
        scope = resolver.scope_at(table.page, table.top)
        planning_id = unique(f"planning/{scope.id}")
        table_lines.update({id(line): f"{document_id}/{planning_id}" for line in table.lines})
        planning.append(ScopedPlanning(table_id=planning_id, scope=scope, table=table))
    sections = build_sections(document, headings, resolver, table_lines, settings.get("sections"))
    toc_node = next((n for root in sections for n in root.walk() if n.kind == "toc"), None)
    toc = parse_toc(toc_node) if toc_node else []
    match_toc(toc, sections)
    return Extraction(
        document=document,
        year=year,
        document_id=document_id,
        headings=headings,
        tables=tables,
        overview=overview,
        planning=planning,
        sections=sections,
        toc=toc,
        title_page=title_page_fields(sections),
        line_tables=table_lines,
    )
