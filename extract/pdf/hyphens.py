"""Unicode's hyphen read by where the document prints it.

A typesetter that breaks words at a line's end may print its own hyphen there as "‐" (U+2010, HYPHEN), and the
author's hyphens as typed ("-", U+002D): WeasyPrint does ("profes‐" / "sionals" beside "Verwey-Jonker").  That
tells the two apart, which the hyphen-minus alone cannot ("Project-" / "ondersteuning": a compound, or a word
broken?).  Where a document prints "‐" only at words' ends, after a letter or digit ("Nisa4‐" / "Nisa"), never
for a word left out ("wet‐ en regelgeving" inside a line), each is such a break: read as a soft hyphen (U+00AD),
which the joining of lines drops (:func:`extract.pdf.text.join_wrapped`), and the document's vocabulary learns
that the hyphens its lines end in are the author's (:func:`extract.pdf.text.vocabulary`).  Where it prints "‐"
inside words too ("mbo‐scholen": a font that maps its one hyphen so), "‐" is the author's hyphen, read as "-";
so is the non-breaking hyphen (U+2011).

Where the typesetter marks its breaks as the author's hyphens ("-": Word, LibreOffice), the language's hyphenation
rules tell a break it cannot have made (:func:`breaks_at`: "wet-" / "en regelgeving" is no break of "weten").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

import pyphen

from .model import Line, Page, Word

HYPHEN, NON_BREAKING_HYPHEN, SOFT_HYPHEN = "\u2010", "\u2011", "\u00ad"


def mend_hyphens(pages: list[Page]) -> int:
    """Each "‐" and "‑" of the pages' lines read as the module says; how many words changed."""
    lines = [line for page in pages for line in [*page.lines, *page.furniture]]
    breaks_only = not any(HYPHEN in word.text.rstrip(HYPHEN) or not word.text.rstrip(HYPHEN)[-1:].isalnum()
                          and HYPHEN in word.text for line in lines for word in line.words) and not any(
        _left_out(a, b) for line in lines for a, b in pairwise(line.words))

    def mended(word: Word) -> Word:
        text = word.text.replace(NON_BREAKING_HYPHEN, "-")
        if breaks_only and text.endswith(HYPHEN):
            text = text[:-1] + SOFT_HYPHEN
        text = text.replace(HYPHEN, "-")
        return word if text == word.text else replace(word, text=text)

    changed = 0
    for page in pages:
        new = {}
        for lines in (page.lines, page.furniture):
            for index, line in enumerate(lines):
                words = [mended(word) for word in line.words]
                if any(a is not b for a, b in zip(words, line.words, strict=True)):
                    new.update((id(a), b) for a, b in zip(line.words, words, strict=True) if a is not b)
                    lines[index] = Line(page=line.page, words=words, underlined=line.underlined)
        if new and page.drawn is not None:  # the content order knows a word by its identity
            page.drawn = [new.get(id(word), word) for word in page.drawn]
        changed += len(new)
    return changed


def _left_out(word: Word, following: Word) -> bool:
    """"wet‐ en regelgeving" inside a line: the hyphen stands for a word left out, as only the author's does."""
    return word.text.endswith(HYPHEN) and following.text.lower() in ("en", "of", "tot", "als")


@lru_cache(maxsize=1)
def dutch_hyphenation() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")  # LibreOffice's Dutch hyphenation patterns, shipped with pyphen


def forget_hyphenation_patterns() -> None:
    """Let go of the patterns: pyphen keeps every dictionary it loaded in its module (``hdcache``), and
    :func:`dutch_hyphenation` the object that holds them."""
    dutch_hyphenation.cache_clear()
    pyphen.hdcache.clear()


def breaks_at(word: str, at: int) -> bool:
    """Whether Dutch hyphenation breaks ``word`` after its first ``at`` letters ("zo|als", not "wet|en": "we-ten")."""
    return at in dutch_hyphenation().positions(word.lower())
