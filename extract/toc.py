"""The table of contents as data, compared with the headings actually found.

Entries are lines ending in a dot leader and a page number; their level is the
rank of their indentation.  A wrapped entry (a line in lower case continuing
the one above, with the same page) is joined to it.  Differences from the
headings found are reported, never fatal: a printed ToC is often out of date.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .settings import resolve

if TYPE_CHECKING:
    from .document import Line
    from .sections import Section


@dataclass(frozen=True)
class TocSettings:
    # An entry: its title, a dot leader and the page number (groups "title" and "page").
    entry_pattern: str = r"^(?P<title>.*?[^.\s…])\s*[.…]{3,}\s*(?P<page>\d+)$"
    # An entry is linked to a heading at least this similar (difflib ratio of the letters and digits).
    min_similarity: float = 0.75


@dataclass
class TocEntry:
    index: int
    level: int
    title: str
    printed_page: int
    section_id: str | None = None
    section_title: str | None = None
    actual_page: int | None = None
    title_similarity: float = 0.0
    lines: list[Line] = field(default_factory=list, repr=False)  # as printed

    @property
    def title_matches(self) -> bool:
        return self.section_id is not None and toc_key(self.title) == toc_key(self.section_title or "")

    @property
    def page_matches(self) -> bool:
        return self.actual_page is not None and self.actual_page == self.printed_page


def toc_key(text: str) -> str:
    """Letters and digits only, lower case: how titles are compared."""
    return re.sub(r"[\W_]+", "", text.lower())


def entry_lines(lines: Iterable[Line], settings: TocSettings | dict | None = None) -> list[TocEntry]:
    """ToC entries among ``lines``: lines ending in a dot leader and a page number."""
    entry_pattern = re.compile(resolve(TocSettings, settings).entry_pattern)
    raw = []
    for line in lines:
        match = entry_pattern.match(line.text)
        if match:
            raw.append((line, match.group("title").strip(), int(match.group("page"))))
    indents = sorted({round(line.x0) for line, _, _ in raw})
    entries: list[TocEntry] = []
    for line, title, page in raw:
        level = indents.index(round(line.x0)) + 1
        previous = entries[-1] if entries else None
        if previous and title[:1].islower() and page == previous.printed_page:
            previous.title = f"{previous.title} {title}"
            previous.lines.append(line)
            continue
        entries.append(TocEntry(index=len(entries), level=level, title=title, printed_page=page, lines=[line]))
    return entries


def parse_toc(toc: Section, settings: TocSettings | dict | None = None) -> list[TocEntry]:
    return entry_lines(toc.lines, settings)


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
