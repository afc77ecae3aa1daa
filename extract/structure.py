"""Headings from a tagged PDF's structure tree.

Word, LibreOffice and WeasyPrint can export a structure tree (accessible PDFs
from public bodies are expected to have one).  Where the tree names headings
(H1 … H6, or H nested in sections), they are taken from it with their levels:
the author's own outline, whatever the typography.  An untagged PDF costs one
look at its catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import playa

_NUMBERED = re.compile(r"^H([1-6])$")


@dataclass(frozen=True)
class TaggedHeading:
    level: int
    text: str
    page: int  # 1-based
    top: float  # the heading's box, points from the page's top
    bottom: float


@dataclass(frozen=True)
class Structure:
    headings: list[TaggedHeading]
    tables: int  # Table elements
    list_items: int  # LI elements


def _level(element) -> int | None:
    if match := _NUMBERED.match(element.type):
        return int(match.group(1))
    if element.type == "H":  # unnumbered: its depth among the sections around it
        depth, parent = 1, element.parent
        while parent is not None and getattr(parent, "type", None) == "Sect":
            depth += 1
            parent = parent.parent
        return depth
    return None


def read_structure(path: str | Path) -> Structure | None:
    """The tagged headings of a PDF, or None when it has no structure tree (or no headings)."""
    with playa.open(path) as doc:
        if not doc.is_tagged or doc.structure is None:
            return None
        headings, tables, items = [], 0, 0
        for element in doc.structure.find_all():
            kind = element.type
            tables += kind == "Table"
            items += kind == "LI"
            level = _level(element)
            page, box = element.page, element.bbox
            if level is None or page is None or box is None:
                continue
            text = " ".join(element.text.split())
            if text:
                headings.append(TaggedHeading(level=level, text=text, page=page.page_idx + 1,
                                              top=box[1], bottom=box[3]))
    if not headings:
        return None
    return Structure(headings=headings, tables=tables, list_items=items)
