"""Glyphs a font's text layer names as one and the same letter or digit: a text layer that misnames glyphs.

A PDF's text is what each font's map (its ToUnicode, or its encoding) names the
glyphs drawn.  A font draws each letter and digit with one glyph; where the map
names two of the font's glyphs as the same letter or digit, one of the two is
most likely another character misnamed.  Ghostscript 10.0's ``pdfwrite``, run
over a PDF Chromium printed, names the quote marks, the bullet and the dash
after digits ("euro’s" read "euro9s", "‘dubbele" "8dubbele", a bullet "3"), and
every such word is read and published wrong.  What it reads as cannot be set
right from the file; it is named, for review.  A typesetter may draw a letter
with two glyphs of one font on purpose (OpenType small capitals, old-style
figures beside lining ones): that too is named, and the review tells the two
apart by eye.  Fonts are told apart by name and by whether their codes are
kind, as a document may embed one font twice: once simple, coded by its
encoding, and once coded by glyph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import Page

# (font name, kind of font, character, code): one glyph a page draws, named as a letter or digit.
GlyphName = tuple[str, str, str, int]


def named_glyphs(glyphs) -> frozenset[GlyphName]:
    """``glyphs``: (font, character, code) as a reader decodes them (playa's fonts); those a font's ToUnicode map
    names as one letter or digit.  A font without one is read by its encoding's names for its codes, where two
    names of one letter are a typesetter's (a small capital's "a.sc" beside "a")."""
    return frozenset((font.fontname, type(font).__name__, text, code) for font, text, code in glyphs
                     if len(text) == 1 and text.isalnum() and getattr(font, "tounicode", None) is not None)


@dataclass(frozen=True)
class SharedName:
    """Two or more glyphs of one font named as one ``character``: each glyph's code and the pages it is drawn on,
    the glyph drawn on most pages first."""

    font: str
    character: str
    glyph_pages: tuple[tuple[int, tuple[int, ...]], ...]

    @property
    def rarer_pages(self) -> list[int]:
        """The pages where a glyph other than the most drawn one is drawn: where the text may be misread."""
        return sorted({page for _, pages in self.glyph_pages[1:] for page in pages})


def shared_names(pages: list[Page]) -> list[SharedName]:
    """Every letter or digit that two or more glyphs of one font are named as, over the document's pages."""
    drawn: dict[tuple[str, str, str], dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for page in pages:
        for font, kind, character, code in page.glyph_names:
            drawn[font, kind, character][code].add(page.number)
    return [SharedName(font, character, tuple((code, tuple(sorted(on))) for code, on in
                                              sorted(codes.items(), key=lambda item: (-len(item[1]), item[0]))))
            for (font, _, character), codes in sorted(drawn.items()) if len(codes) > 1]
