"""Headings found from typography: bold lines set larger than the body text.

A heading's level is the rank of its font size among all heading sizes of the
document, so the scheme adapts to any typesetting instead of a list of titles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .document import Document, Line

DEFAULT_HEADING_SETTINGS = {
    # A bold line is a heading when its size exceeds the body size by this many points ...
    "min_size_step": 0.25,
    # ... and a line of any weight when it is this many times the body size.
    "plain_ratio": 1.3,
    # A heading line this close below another of the same style continues it
    # (a title wrapped over two lines), in multiples of the font size.
    "wrap_gap": 1.6,
    # ... when it starts in lower case or the line above fills this share of the text width.
    "wrap_fill": 0.8,
}


@dataclass
class Heading:
    text: str
    level: int
    size: float
    page: int
    top: float
    lines: list[Line]


def body_size(document: Document) -> float:
    """The font size that carries most characters: the running text (0 for a document without text)."""
    sizes = Counter()
    for line in document.lines():
        for word in line.words:
            sizes[round(word.size, 1)] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_heading_line(line: Line, body: float, conf: dict) -> bool:
    """Bold and larger than the body text, or much larger whatever the weight.

    Both, because the most common size can be the tables' (a table-heavy plan),
    and then plain paragraph text is a step above it too.
    """
    larger = line.size >= body + conf["min_size_step"] and (line.bold or line.size >= body * conf["plain_ratio"])
    return larger and any(c.isalpha() for c in line.text)


def find_headings(document: Document, settings: dict | None = None) -> list[Heading]:
    """All headings in reading order, wrapped titles joined, with levels from size."""
    conf = {**DEFAULT_HEADING_SETTINGS, **(settings or {})}
    body = body_size(document)
    text_x0 = min((ln.x0 for ln in document.lines()), default=0.0)
    text_x1 = max((ln.x1 for ln in document.lines()), default=1.0)
    width = max(text_x1 - text_x0, 1.0)
    found: list[Heading] = []
    previous: Line | None = None
    for line in document.lines():
        if not _is_heading_line(line, body, conf):
            previous = None
            continue
        last = found[-1] if found else None
        if (
            previous is not None
            and last is not None
            and last.lines[-1] is previous
            and previous.page == line.page
            and previous.size == line.size
            and previous.color == line.color
            and line.top - previous.bottom < conf["wrap_gap"] * line.size
            and (line.text[:1].islower() or (previous.x1 - text_x0) >= conf["wrap_fill"] * width)
        ):
            last.text = f"{last.text} {line.text}"
            last.lines.append(line)
        else:
            found.append(
                Heading(text=line.text, level=0, size=line.size, page=line.page, top=line.top, lines=[line])
            )
        previous = line
    sizes = sorted({h.size for h in found}, reverse=True)
    for heading in found:
        heading.level = sizes.index(heading.size) + 1
    return found
