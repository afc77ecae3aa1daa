"""The table of contents as data: its entries, their levels and printed pages.

Entries are lines ending in a dot leader and a page number; their level is the
rank of their indentation.  A wrapped entry (a line in lower case continuing
the one above, with the same page) is joined to it.  extract.werkplan.contents
compares the entries with the sections found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..settings import resolve

if TYPE_CHECKING:
    from .model import Line


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
