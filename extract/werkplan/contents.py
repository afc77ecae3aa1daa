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
            _link(entry, node, best_score)
            start = best + 1
    _link_garbled(entries, nodes)


def _link(entry: TocEntry, node: Section, similarity: float) -> None:
    entry.section_id, entry.section_title = node.id, node.title
    entry.actual_page, entry.title_similarity = node.page_start, round(similarity, 3)


def _link_garbled(entries: list[TocEntry], nodes: list[Section]) -> None:
    """An entry whose leader was read as text (OCR) and whose title matched nothing ("(AIEIINE annen …"
    for "Inleiding"), linked by place: the one heading between its neighbours' headings (at the level
    the entries of its ToC level matched, where there is one) that starts on the page it gives
    (shifted as the matched entries on either side shift theirs)."""
    position = {node.id: i for i, node in enumerate(nodes)}
    by_id = {node.id: node for node in nodes}
    # The heading level the entries of each ToC level matched.
    levels = {level: Counter(by_id[e.section_id].level for e in entries if e.section_id and e.level == level)
              for level in {e.level for e in entries}}
    linked = {e.section_id for e in entries if e.section_id}
    for index, entry in enumerate(entries):
        if entry.section_id or not entry.leader_as_text or entry.printed_page is None:
            continue
        previous = next((e for e in reversed(entries[:index]) if e.section_id), None)
        following = next((e for e in entries[index + 1:] if e.section_id), None)
        before = position[previous.section_id] if previous else -1
        after = position[following.section_id] if following else len(nodes)
        # A printed page may be off by the shift of the matched entries on either side of it.
        pages = {entry.printed_page + e.actual_page - e.printed_page for e in (previous, following)
                 if e and e.printed_page is not None}
        level = levels[entry.level].most_common(1)[0][0] if levels[entry.level] else None
        there = [n for n in nodes[before + 1:after] if n.page_start in pages and n.id not in linked]
        # At that level where one stands there; an entry indented out of line with its level ("Overige
        # project" at the onderdelen's indent) is the one heading there is.
        there = [n for n in there if n.level == level] or there
        if len(there) == 1:
            _link(entry, there[0], difflib.SequenceMatcher(None, toc_key(entry.title), toc_key(there[0].title)).ratio())
            linked.add(there[0].id)


def _similarity(entry: TocEntry, heading_key: str, prefix: int) -> float:
    """How alike the entry's title and a heading are; where the entry's leader was read as text, its title's
    start as long as the heading's against the heading (of at least ``prefix`` letters and digits)."""
    key = toc_key(entry.title)
    if entry.leader_as_text and len(heading_key) >= prefix:
        key = key[:len(heading_key)]
    return difflib.SequenceMatcher(None, key, heading_key).ratio()
