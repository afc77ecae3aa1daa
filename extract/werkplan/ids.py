"""Every id the pipeline writes, built and parsed here only.

Ids are paths under the document id, so they are the same on every run and never
collide between years::

    werkplan-2023                                   document
    werkplan-2023/project-4.1/idee-1                budget table (its scope; a second one gets "#2")
    werkplan-2023/project-4.1/idee-1/004            budget line (row index)
    werkplan-2023/project-4.1/idee-1/004/amount     number read from the PDF (source id / field)
    werkplan-2023/overzicht/002/1                   overview row, and its organisation column
    werkplan-2023/planning/project-1.1/00/2023-01   planning table, activity and month
    werkplan-2023/bijlage/pl-4/4.1/idee-1/vraagstuk section (a second one of a path gets "-2")
    werkplan-2023/inhoud/007                        table-of-contents entry
    werkplan-2023/pl-4                              programmalijn
    werkplan-2023/checks/rate_is_consistent/000     check and failing comparison

Scope ids (``onderdeel-a``, ``onderdeel-a/projecten``, ``project-1.1``,
``project-4.1/idee-1``) name what a table budgets, within one document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable


def slug(text: str, keep: str = "") -> str:
    """Lower-case ASCII words joined by "-"; characters in ``keep`` (e.g. ".") stay."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(rf"[^a-z0-9{re.escape(keep)}]+", "-", ascii_text.lower()).strip("-")


# --- document ---------------------------------------------------------------------------------------

def document_id(year: int | str) -> str:
    return f"werkplan-{year}"


def document_id_of(name: str) -> str:
    """A document named by its id (``werkplan-2023``) or its year (``2023``)."""
    return name if name.startswith(document_id("")) else document_id(name)


def in_document(doc_id: str, local_id: str) -> str:
    """A local id (scope, table, section) made unique across documents."""
    return f"{doc_id}/{local_id}"


def local_part(qualified_id: str) -> str:
    """The id within its document: ``werkplan-2023/project-1.1`` → ``project-1.1``."""
    return qualified_id.split("/", 1)[1]


# --- scopes -----------------------------------------------------------------------------------------

def onderdeel_scope(letter: str) -> str:
    return f"onderdeel-{letter.lower()}"


def segment_scope(letter: str, segment: str) -> str:
    return f"{onderdeel_scope(letter)}/{segment}"


def project_scope(number: str) -> str:
    return f"project-{number}"


def subplan_scope(project_number: str, subplan: str) -> str:
    return f"{project_scope(project_number)}/{subplan}"


def unknown_scope(heading: str | None = None) -> str:
    return f"unknown/{slug(heading, keep='.')}" if heading is not None else "unknown"


def project_of_scope(scope_id: str) -> tuple[str, str | None]:
    """(project number, sub-plan or None) of a project or sub-plan scope id."""
    project, _, subplan = scope_id.partition("/")
    return project.removeprefix("project-"), subplan or None


def project_key(project: str, subplan: str | None) -> str:
    """A project or sub-plan as compared between years (its number, not its document): ``4.1``, ``4.1/idee-1``."""
    return project if subplan is None else f"{project}/{subplan}"


def project_key_order(key: str) -> list:
    """Sorts project keys by their numbers: 2.1 before 10.1, 4.1 before 4.1/idee-1."""
    return [int(p) if p.isdigit() else p for p in key.replace("/", ".").split(".")]


# --- tables, lines, numbers -------------------------------------------------------------------------

OVERVIEW_TABLE = "overzicht"


def planning_table(scope_id: str) -> str:
    return f"planning/{scope_id}"


def table_ids() -> Callable[[str], str]:
    """A table id once per document: a second table of one scope gets "#2"."""
    seen: dict[str, int] = {}

    def unique(wanted: str) -> str:
        seen[wanted] = seen.get(wanted, 0) + 1
        return wanted if seen[wanted] == 1 else f"{wanted}#{seen[wanted]}"

    return unique


def budget_line(table_id: str, row_index: int) -> str:
    return f"{table_id}/{row_index:03d}"


def row_table(row_id: str) -> str:
    """The table a budget line or overview row stands in: ``…/project-1.1/004`` → ``…/project-1.1``."""
    return row_id.rsplit("/", 1)[0]


def overview_row(doc_id: str, row_index: int) -> str:
    return budget_line(in_document(doc_id, OVERVIEW_TABLE), row_index)


def overview_amount(row_id: str, column_index: int) -> str:
    return f"{row_id}/{column_index}"


def number(source_id: str, field: str) -> str:
    """A number read from the PDF: the row it stands in and its field (amount, rate, hours...)."""
    return f"{source_id}/{field}"


def planning_cell(table_id: str, activity_index: int, year: int | None, month: int) -> str:
    return f"{table_id}/{activity_index:02d}/{year or 0}-{month:02d}"


# --- sections ---------------------------------------------------------------------------------------

TITLE_PAGE_SECTION = "titel"
TOC_SECTION = "inhoud"


def bijlage_section(number: str, project_bijlage: str) -> str:
    """The bijlage holding the project plans is plain "bijlage"; any other is "bijlage-<number>"."""
    return "bijlage" if number == project_bijlage else f"bijlage-{number}"


def programmalijn_section(number: str) -> str:
    return f"pl-{number}"


def child_section(parent_id: str | None, local: str) -> str:
    return f"{parent_id}/{local}" if parent_id else local


def section_ids() -> Callable[[str], str]:
    """A section id once per document: a second section of one path gets "-2"."""
    taken: set[str] = set()

    def unique(wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in taken:
            n += 1
            candidate = f"{wanted}-{n}"
        taken.add(candidate)
        return candidate

    return unique


def toc_entry(doc_id: str, index: int) -> str:
    return in_document(doc_id, f"{TOC_SECTION}/{index:03d}")


def programmalijn(doc_id: str, number: str) -> str:
    return in_document(doc_id, programmalijn_section(number))


# --- validation -------------------------------------------------------------------------------------

def check(doc_id: str, name: str) -> str:
    return in_document(doc_id, f"checks/{name}")


def check_failure(check_id: str, index: int) -> str:
    return f"{check_id}/{index:03d}"


def diagnosis(doc_id: str, index: int) -> str:
    """One smallest set of printed numbers whose change makes every sum hold."""
    return in_document(doc_id, f"diagnoses/{index}")


def diagnosis_number(diagnosis_id: str) -> str:
    """A diagnosis's number within its document: ``werkplan-2023/diagnoses/2`` → ``2``."""
    return diagnosis_id.rsplit("/", 1)[1]


def diagnosis_change(diagnosis_id: str, position: int) -> str:
    return f"{diagnosis_id}/{position}"
