"""The table of contents compared with the sections actually found.

Differences are reported, never fatal: a printed table of contents is often out of date.
"""

from __future__ import annotations

import difflib
from collections import Counter

from extract.pdf.model import Line
from extract.pdf.toc import TocEntry, TocSettings, entry_lines, toc_key

from ..settings import resolve
from .sections import Section


def parse_toc(toc: Section, following: list[Line], settings: TocSettings | dict | None = None,
              vocab: Counter | None = None) -> list[TocEntry]:
    """The entries of the table of contents' section; ``following`` are the document's lines after it, where
    the titles of a table of contents without page numbers stand again; ``vocab``: the document's words,
    for titles wrapped at a hyphen."""
    own = {id(line) for line in toc.lines}
    entries = [e for e in entry_lines([*toc.lines, *following], settings, titles_from=0, vocab=vocab)
               if id(e.lines[0]) in own]
    for index, entry in enumerate(entries):
        entry.index = index
    return entries


def match_toc(entries: list[TocEntry], sections: list[Section], settings: TocSettings | dict | None = None) -> None:
    """Link each entry to the most similar heading after the previous match (document order)."""
    min_similarity = resolve(TocSettings, settings).min_similarity
    nodes = [n for root in sections for n in root.walk() if n.kind not in ("titlepage", "toc")]
    start = 0
    for entry in entries:
        best, best_score = None, 0.0
        for position in range(start, len(nodes)):
            score = difflib.SequenceMatcher(None, toc_key(entry.title), toc_key(nodes[position].title)).ratio()
            if score > best_score:
                best, best_score = position, score
            if score == 1.0:
                break
        if best is not None and best_score >= min_similarity:
            node = nodes[best]
            entry.section_id, entry.section_title = node.id, node.title
            entry.actual_page, entry.title_similarity = node.page_start, round(best_score, 3)
            start = best + 1
