"""The table of contents compared with the sections actually found.

Differences are reported, never fatal: a printed table of contents is often out of date.
"""

from __future__ import annotations

import difflib
from collections import Counter

from extract.pdf.model import Line
from extract.pdf.toc import TocEntry, TocSettings, entry_lines, title_ending_as, toc_key

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
    conf = resolve(TocSettings, settings)
    nodes = [n for root in sections for n in root.walk() if n.kind not in ("titlepage", "toc")]
    start = 0
    for entry in entries:
        best, best_score = None, 0.0
        for position in range(start, len(nodes)):
            score = _similarity(entry, toc_key(nodes[position].title), conf.title_prefix)
            if score > best_score:
                best, best_score = position, score
            if score == 1.0:
                break
        if best is not None and best_score >= conf.min_similarity:
            node = nodes[best]
            if entry.leader_as_text:
                entry.title = title_ending_as(entry, toc_key(node.title))
            entry.section_id, entry.section_title = node.id, node.title
            entry.actual_page, entry.title_similarity = node.page_start, round(best_score, 3)
            start = best + 1


def _similarity(entry: TocEntry, heading_key: str, prefix: int) -> float:
    """How alike the entry's title and a heading are; where the entry's leader was read as text, its title's
    start as long as the heading's against the heading (of at least ``prefix`` letters and digits)."""
    key = toc_key(entry.title)
    if entry.leader_as_text and len(heading_key) >= prefix:
        key = key[:len(heading_key)]
    return difflib.SequenceMatcher(None, key, heading_key).ratio()
