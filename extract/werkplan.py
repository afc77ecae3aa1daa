"""One call from a PDF path to everything the werkplan says in numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .budget import BudgetRow, Column, classify_rows, find_budget_tables
from .document import Document, WerkplanInputError, read_document
from .headings import Heading, find_headings
from .overview import OverviewTable, find_overview
from .scope import Scope, ScopeResolver

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
class Extraction:
    document: Document
    year: int
    document_id: str
    headings: list[Heading]
    tables: list[BudgetTable]
    overview: OverviewTable | None


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

    ``settings`` may hold the keys ``layout``, ``headings``, ``scope``, ``budget``
    and ``overview``, each a dict overriding that module's documented defaults.
    """
    settings = settings or {}
    document = read_document(path, settings.get("layout"), progress)
    headings = find_headings(document, settings.get("headings"))
    year = werkplan_year(document, headings)
    resolver = ScopeResolver(headings, settings.get("scope"))
    tables: list[BudgetTable] = []
    seen: dict[str, int] = {}
    for raw in find_budget_tables(document, settings.get("budget")):
        scope = resolver.scope_at(raw.page_start, raw.top)
        seen[scope.id] = seen.get(scope.id, 0) + 1
        table_id = scope.id if seen[scope.id] == 1 else f"{scope.id}#{seen[scope.id]}"
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
    return Extraction(
        document=document,
        year=year,
        document_id=f"werkplan-{year}",
        headings=headings,
        tables=tables,
        overview=find_overview(document, settings.get("overview")),
    )
