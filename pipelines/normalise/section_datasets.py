"""Sections, table of contents, planning, projects and programmalijnen as DataFrames."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from extract.werkplan import ids
from pipelines.normalise.frames import typed_frame

if TYPE_CHECKING:  # types only: see pipelines.normalise.datasets
    from extract.werkplan.extraction import Extraction
    from extract.werkplan.sections import Section


def _tree(node: Section, doc_id: str) -> dict:
    return {
        "section_id": ids.in_document(doc_id, node.id),
        "kind": node.kind,
        "number": node.number,
        "title": node.title,
        "page_start": node.page_start,
        "page_end": node.page_end,
        "scope_id": node.scope_id,
        "blocks": [
            {"kind": b.kind, "page": b.page, **({"table_id": b.table_id} if b.kind == "table" else
                                               {"text": b.text, "marker": b.marker})}
            for b in node.blocks
        ],
        "children": [_tree(child, doc_id) for child in node.children],
    }


def _nodes(extraction: Extraction) -> list[Section]:
    return [node for root in extraction.sections for node in root.walk()]


def _ancestor(node: Section, kind: str, parents: dict[str, Section]) -> Section | None:
    """The nearest section of ``kind`` above ``node``."""
    ancestor = parents.get(node.parent_id)
    while ancestor is not None and ancestor.kind != kind:
        ancestor = parents.get(ancestor.parent_id)
    return ancestor


# Over 60 lines: one record per dataset row for sections, table of contents, planning, projects and
# programmalijnen, each a flat list of field assignments read top to bottom; no logic to split out.
def section_frames(extraction: Extraction, budget_tables: pd.DataFrame) -> tuple[dict, dict]:
    """Frames for sections, toc, planning, projects, programmalijnen; and the section tree."""
    doc_id = extraction.document_id
    nodes = _nodes(extraction)
    sections = [{
        "section_id": ids.in_document(doc_id, n.id), "document_id": doc_id,
        "parent_id": ids.in_document(doc_id, n.parent_id) if n.parent_id else None, "kind": n.kind, "number": n.number,
        "title": n.title, "level": n.level, "position": i, "page_start": n.page_start, "page_end": n.page_end,
        "scope_id": n.scope_id, "block_count": len(n.blocks), "text": n.text,
    } for i, n in enumerate(nodes)]

    toc = [{
        "toc_entry_id": ids.toc_entry(doc_id, e.index), "document_id": doc_id, "entry_index": e.index,
        "level": e.level, "title": e.title, "printed_page": e.printed_page,
        "section_id": ids.in_document(doc_id, e.section_id) if e.section_id else None, "section_title": e.section_title,
        "actual_page": e.actual_page, "title_matches": e.title_matches, "page_matches": e.page_matches,
        "title_similarity": e.title_similarity,
    } for e in extraction.toc]

    planning = []
    for scoped in extraction.planning:
        table_id = ids.in_document(doc_id, scoped.table_id)
        for index, row in enumerate(scoped.table.rows):
            planned = {(m.year, m.month) for m in row.planned}
            for month in scoped.table.months:
                planning.append({
                    "planning_id": ids.planning_cell(table_id, index, month.year, month.month),
                    "table_id": table_id, "document_id": doc_id, "scope_id": scoped.scope.id,
                    "activity_index": index, "activity": row.activity, "year": month.year, "month": month.month,
                    "month_raw": month.raw, "planned": (month.year, month.month) in planned,
                    "note": row.note, "page": row.page,
                })

    # A project's own table is the first under its scope; more than one is a reading signal (tables_sharing_scope).
    budget_by_scope = budget_tables.drop_duplicates("scope_id").set_index("scope_id")
    projects = []
    programmalijnen: dict[str, dict] = {}
    parents = {n.id: n for n in nodes}
    for node in nodes:
        if node.kind == "programmalijn":
            entry = programmalijnen.setdefault(node.number, {
                "programmalijn_id": ids.programmalijn(doc_id, node.number), "document_id": doc_id,
                "number": node.number,
                "title_main_text": None, "title_bijlage": None, "section_id_main_text": None,
                "section_id_bijlage": None,
            })
            where = "bijlage" if _ancestor(node, "bijlage", parents) else "main_text"
            entry[f"title_{where}"] = node.title
            entry[f"section_id_{where}"] = ids.in_document(doc_id, node.id)
        if node.kind not in ("project", "subplan"):
            continue
        ancestor = _ancestor(node, "programmalijn", parents)
        programmalijn = ancestor.number if ancestor else None
        project, subplan = ids.project_of_scope(node.scope_id)
        has_budget = node.scope_id in budget_by_scope.index
        projects.append({
            "project_id": ids.in_document(doc_id, node.scope_id), "document_id": doc_id,
            "section_id": ids.in_document(doc_id, node.id), "kind": node.kind, "project": project, "subplan": subplan,
            "programmalijn": programmalijn, "title": node.scope_title, "heading_raw": node.title,
            "page_start": node.page_start,
            "page_end": node.page_end,
            "budget_table_id": budget_by_scope.loc[node.scope_id, "table_id"] if has_budget else None,
            "budget_total": budget_by_scope.loc[node.scope_id, "total_amount"] if has_budget else None,
        })

    frames = {
        "sections": typed_frame(sections, "sections"),
        "toc": typed_frame(toc, "toc"),
        "planning": typed_frame(planning, "planning"),
        "projects": typed_frame(projects, "projects"),
        "programmalijnen": typed_frame(list(programmalijnen.values()), "programmalijnen"),
    }
    trees = {"sections": [_tree(root, doc_id) for root in extraction.sections]}
    return frames, trees
