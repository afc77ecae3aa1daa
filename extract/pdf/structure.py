"""Headings from a tagged PDF's structure tree.

Word, LibreOffice and WeasyPrint can export a structure tree (accessible PDFs
from public bodies are expected to have one).  Where the tree names headings
(H1 … H6, or H nested in sections), they are taken from it with their levels:
the author's own outline, whatever the typography.  An untagged PDF costs one
look at its catalogue.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import playa
from playa.exceptions import PDFException
from playa.structure import ContentItem, Element

from .clipping import HiddenText, hidden_text, is_hidden
from .shown_page import from_screen

_NUMBERED = re.compile(r"^H([1-6])$")
# Grouping elements a heading can stand in; paragraphs, tables and lists are not
# descended into (their tags are not read: tables and list items come from typography).
_CONTAINERS = {"Document", "DocumentFragment", "Part", "Sect", "Div", "Art", "NonStruct", "Aside", "TOC", "TOCI"}


@dataclass(frozen=True)
class TaggedBox:
    """Where a heading's marked content stands on one page."""
    page: int  # 1-based
    top: float  # points from the page's top
    bottom: float


@dataclass(frozen=True)
class TaggedHeading:
    level: int
    text: str
    # Per page, in page order: a heading may run over a page's end (a browser keeps a heading with what follows,
    # not its lines together: Chromium look 10000), and one box over both pages took in the next page's text.
    boxes: tuple[TaggedBox, ...]

    @property
    def page(self) -> int:
        return self.boxes[0].page


@dataclass(frozen=True)
class Structure:
    headings: list[TaggedHeading]


def _walk(node, depth: int, found: list) -> None:
    for kid in node:
        if not isinstance(kid, Element):
            continue
        kind = kid.type
        if match := _NUMBERED.match(kind):
            found.append((int(match.group(1)), kid))
        elif kind == "H":  # unnumbered: its depth among the sections around it
            found.append((depth, kid))
        elif kind in _CONTAINERS:
            _walk(kid, depth + (kind == "Sect"), found)


def read_structure(path: str | Path, password: str | None = None,
                   hidden: dict[int, list[HiddenText]] | None = None) -> Structure | None:
    """The tagged headings of a PDF, or None when it has no structure tree (or no headings).

    A structure tree that cannot be read (a damaged file) counts as none: typography is the fallback.
    ``hidden``: the glyphs the PDF's clipping paths hide, by page, where known (a :class:`Document`'s
    ``hidden_text``); else they are found on the headings' pages.
    """
    try:
        return _read_structure(path, password, hidden)
    except (PDFException, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        return None


def _read_structure(path: str | Path, password: str | None,
                    hidden: dict[int, list[HiddenText]] | None) -> Structure | None:
    with playa.open(path, password=password or "") as doc:
        if not doc.is_tagged or doc.structure is None:
            return None
        found: list = []
        _walk(doc.structure, 1, found)
        # A heading's text and box are those of its marked content, read once per page.
        wanted: dict[int, dict[int, int]] = defaultdict(dict)  # page index → mcid → heading
        for index, (_, element) in enumerate(found):
            for item in element.contents:
                if isinstance(item, ContentItem) and item.page is not None:
                    wanted[item.page.page_idx][item.mcid] = index
        texts = defaultdict(list)
        boxes: dict[int, dict[int, list]] = defaultdict(dict)  # heading → page → [top, bottom]
        # Glyphs a clipping path hides are no part of a heading (extract.pdf.clipping).
        if hidden is None:
            hidden = hidden_text(path, password, pages=(page_index + 1 for page_index in wanted),
                                 page_count=len(doc.pages))
        for page_index, mcids in sorted(wanted.items()):
            across, down = from_screen(doc.pages[page_index])  # to the page as shown, as the readers give it
            for obj in doc.pages[page_index].texts:
                index = mcids.get(obj.mcid)
                if index is None:
                    continue
                x0, top, x1, bottom = obj.bbox
                x0, top, x1, bottom = x0 + across, top + down, x1 + across, bottom + down
                if is_hidden("".join(obj.chars), x0, top, x1, bottom, hidden.get(page_index + 1, [])):
                    continue
                texts[index].append(obj.chars)
                box = boxes[index].get(page_index + 1)
                boxes[index][page_index + 1] = [top, bottom] if box is None else [min(box[0], top), max(box[1], bottom)]
    headings = [
        TaggedHeading(level=level, text=" ".join("".join(texts[i]).split()),
                      boxes=tuple(TaggedBox(page, *box) for page, box in sorted(boxes[i].items())))
        for i, (level, _) in enumerate(found) if i in boxes
    ]
    if not headings:
        return None
    return Structure(headings=headings)
