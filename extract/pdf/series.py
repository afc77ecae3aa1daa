"""Series in a document's own numbering: "a.", "b.", "c." …, "Onderdeel B", "Onderdeel C" …, "4.", "5." ….

Headings that number on from one another are siblings, whatever size they were
measured at.  OCR measures a line's size from its height, a point either way,
so "d. Raad van advies" can come out a point smaller than "c." and "e." around it
and be taken for a level of its own; its series says otherwise.  And a document
prints one separator after its numbers: "4, Doelgroep" among "N. …" is OCR's
reading of a full stop (:func:`usual_separator`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from statistics import median
from typing import TypeVar

# A word and a capital or a number ("Onderdeel B", "Programmalijn 5", "Bijlage 1."; not "Project 1.1",
# whose number goes on), or a small letter or number and a full stop, a comma as OCR reads one, or a bracket
# ("c.", "4,", "b)").
_ITEM = re.compile(r"^(?:(?P<word>[^\W\d_]+)\s+(?P<named>[A-Z]|\d+)\b(?![.,]?\d)|(?P<listed>[a-z]|\d+)[.,)](?!\d))")
# A number and the separator after it, at the start of a title ("4. Doelgroep", "4, Doelgroep"; not "4.1",
# "3, 4 en 5 juni" or "2023, een jaar").
_NUMBERED = re.compile(r"^(\d+)([.,])(?=\s*[A-Z])")
# A series decides its items' level from this many on.
MIN_RUN = 3

T = TypeVar("T")


def series_item(text: str) -> tuple[tuple[str, bool], int] | None:
    """(the series: its word, lower case, and whether it counts in letters; the item's place in it), or None
    for a text numbered no way a series is."""
    m = _ITEM.match(text.strip())
    if m is None:
        return None
    ordinal = m.group("named") or m.group("listed")
    letters = not ordinal.isdigit()
    place = ord(ordinal.lower()) - ord("a") + 1 if letters else int(ordinal)
    return ((m.group("word") or "").lower(), letters), place


def runs(headings: Iterable[T]) -> list[list[T]]:
    """The runs of ``headings`` (with ``text`` and ``size``) numbering on from one another, each in order.
    Headings of other series may stand between two of a run, and a series starting again ("1. Vraagstuk"
    under chapter "1.") starts a run beside the one it interrupts: the next item goes on the run it follows
    whose last item is the closest in size (the latest of equals)."""
    begun: dict[tuple[str, bool], list[list[T]]] = defaultdict(list)  # every run of a series, in order begun
    for heading in headings:
        found = series_item(heading.text)
        if found is None:
            continue
        series, place = found
        followed = [run for run in begun[series] if series_item(run[-1].text)[1] == place - 1]
        if followed:
            min(reversed(followed), key=lambda run: abs(run[-1].size - heading.size)).append(heading)
        else:
            begun[series].append([heading])
    return [run for series_runs in begun.values() for run in series_runs]


def siblings_level(levels: list[int]) -> int | None:
    """The level most items of a run (``MIN_RUN`` at least) have, where more than half have it."""
    if len(levels) < MIN_RUN:
        return None
    level, count = Counter(levels).most_common(1)[0]
    return level if count * 2 > len(levels) else None


def levels_by_series(headings: list, tolerance: float) -> None:
    """Set each heading of a numbered run to the level most of its run has, where its size is within
    ``tolerance`` of theirs (measured alike: a point apart in OCR); a heading numbered on but set larger or
    smaller than that, or one whose level its ToC entry gave, is left alone."""
    for run in runs(headings):
        level = siblings_level([h.level for h in run])
        if level is None:
            continue
        usual = median(h.size for h in run if h.level == level)
        for heading in run:
            if abs(heading.size - usual) <= tolerance and not getattr(heading, "toc_level", None):
                heading.level = level


def usual_separator(texts: Iterable[str]) -> Callable[[str], str]:
    """A function giving a numbered text the separator after its number ("." or ",") that most numbered
    ``texts`` print, where its own is printed fewer times; any other text it gives back as it is."""
    counts = Counter(m.group(2) for text in texts if (m := _NUMBERED.match(text)))
    usual, most = counts.most_common(1)[0] if counts else (None, 0)

    def as_usual(text: str) -> str:
        m = _NUMBERED.match(text)
        if m is None or counts[m.group(2)] >= most:
            return text
        return m.group(1) + usual + text[m.end():]

    return as_usual
