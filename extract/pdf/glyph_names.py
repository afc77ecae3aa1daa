"""Glyphs a font's text layer names wrongly: two glyphs named as one letter or digit, a ligature's bytes swapped.

A PDF's text is what each font's map (its ToUnicode, or its encoding) names the
glyphs drawn.  A font draws each letter and digit with one glyph; where the map
names two of the font's glyphs as the same letter or digit, one of the two is
most likely another character misnamed.  Ghostscript 10.0's ``pdfwrite``, run
over a PDF Chromium printed, names the quote marks, the bullet and the dash as
digits ("euro’s" read "euro9s", "‘dubbele" "8dubbele", a bullet "3"), and every
such word was read and published wrong.  What such a glyph is cannot be told
from the file: it is named, for review.  A typesetter may draw a letter with two
glyphs of one font on purpose (OpenType small capitals, old-style figures beside
lining ones): that too is named, and the review tells the two apart by eye.
Only the glyphs of the default reader's upright text are checked (not under
``--reader pdfplumber``, nor pages pdfium read after damage, Type 3 fonts, text
turned or mirrored).

The same program, run over LibreOffice's PDFs, names a ligature's letters in
UTF-16 with each code unit's bytes swapped ("昀椀" for "fi", "e昀昀ectief"), as
many PDFs in the world do: that is undone as the glyph is read
(:func:`unswapped`), where each unit holds a letter; "ffl" it names 6600 D200,
which cannot be read back: such a word is named for review (:func:`swapped_unread`).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .model import Page

# A ligature's letters as a map writes them in UTF-16 with each code unit's two bytes swapped: "fi" (0066 0069)
# as 6600 6900, "昀椀".  Ghostscript's pdfwrite writes them so, and many PDFs in the world carry them.
_SWAPPED_ASCII = re.compile(r"[\u2100-\u7e00]{2,}")

# (font, character, code): one glyph a page draws that its font's ToUnicode map names as a letter or digit.  The
# font is its name and a fingerprint of its map: LibreOffice names its subsets alike in every document
# ("BAAAAA+LiberationSans"), so two documents joined into one hold two fonts of one name.
GlyphName = tuple[str, str, int]


def named_glyphs(glyphs) -> frozenset[GlyphName]:
    """``glyphs``: (font, character, code) as a reader decodes them (playa's fonts); those a font's ToUnicode map
    names as one letter or digit.  A font without one is read by its encoding's names for its codes, where two
    names of one letter are a typesetter's (a small capital's "a.sc" beside "a")."""
    return frozenset((f"{font.fontname}#{_fingerprint(font.tounicode):08x}", text, code) for font, text, code in glyphs
                     if len(text) == 1 and text.isalnum() and getattr(font, "tounicode", None) is not None)


@lru_cache(maxsize=64)  # one map per font, asked for on every page the font is drawn on
def _fingerprint(tounicode) -> int:
    """The map's codes and what it names them, as a number the same in every process."""
    return zlib.crc32(repr(sorted(getattr(tounicode, "bytes2unicode", {}).items())).encode())


def unswapped(text: str) -> str:
    """A glyph's text, its letters' bytes put back in order where the map swapped them: a glyph named as two or more
    characters (a ligature), each of whose code points ends in a zero byte after a printable ASCII one ("昀椀",
    U+6600 U+6900, for "fi").  No script prints two or more such code points for one glyph."""
    if len(text) < 2 or not _SWAPPED_ASCII.fullmatch(text) or any(ord(c) & 0xFF for c in text):
        return text
    return "".join(chr(ord(c) >> 8) for c in text)


def swapped_unread(word: str) -> bool:
    """The word holds a glyph named in swapped bytes that :func:`unswapped` could not put back: a code point of two
    bytes, the second zero, beside a Latin letter ("o昀툀ine": Ghostscript named "ffl" 6600 D200)."""
    return any(0x2100 <= ord(c) <= 0xFF00 and not ord(c) & 0xFF
               and any(n.isascii() and n.isalpha() for n in word[max(i - 1, 0):i + 2]) for i, c in enumerate(word))


@dataclass(frozen=True)
class SharedName:
    """Two or more glyphs of one font named as one ``character``: each glyph's code and the pages it is drawn on,
    the glyph drawn on most pages first."""

    font: str  # its name, as the PDF gives it
    character: str
    glyph_pages: tuple[tuple[int, tuple[int, ...]], ...]

    @property
    def rarer_pages(self) -> list[int]:
        """The pages where a glyph other than the most drawn one is drawn: where the text may be misread."""
        return sorted({page for _, pages in self.glyph_pages[1:] for page in pages})


def shared_names(pages: list[Page]) -> list[SharedName]:
    """Every letter or digit that two or more glyphs of one font are named as, over the document's pages (those a
    reader checked: see :attr:`~extract.pdf.model.Page.glyph_names`)."""
    drawn: dict[tuple[str, str], dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for page in pages:
        for font, character, code in page.glyph_names or ():
            drawn[font, character][code].add(page.number)
    return [SharedName(font.rpartition("#")[0], character,
                       tuple((code, tuple(sorted(on))) for code, on in
                             sorted(codes.items(), key=lambda item: (-len(item[1]), item[0]))))
            for (font, character), codes in sorted(drawn.items()) if len(codes) > 1]
