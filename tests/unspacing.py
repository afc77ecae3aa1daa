"""Copies of a PDF whose text layer has no space characters: each space is left out of the string it was drawn in and
its width kept as a gap (a ``TJ`` adjustment), so the pages look the same.  TeX, and many programs that place every
word themselves, write PDFs so: the reader finds the words by their gaps alone."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path

import pikepdf
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.fontmetrics import FONT_METRICS


@dataclass(frozen=True)
class _Font:
    code_length: int  # bytes a character code takes: 2 in a Type0 font (Identity-H), else 1
    spaces: frozenset[int]  # the codes its ToUnicode map gives as " "
    widths: dict[int, float] = field(default_factory=dict)  # glyph space (1/1000 of the size)
    default_width: float = 0.0


@dataclass(frozen=True)
class _TextState:
    font: _Font | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scaling: float = 100.0


def unspace(pdf: Path, copy: Path) -> int:
    """Write ``copy``: ``pdf`` with every space character taken out of its pages' text (and their forms'), each
    replaced by a gap as wide.  The number of spaces taken out."""
    taken = 0
    with pikepdf.open(pdf) as document:
        fonts: dict[tuple[int, int], _Font] = {}
        done: set[tuple[int, int]] = set()
        for page in document.pages:
            taken += _unspace_stream(document, page.obj, page.resources, fonts, done)
        document.save(copy)
    return taken


def _unspace_stream(document: pikepdf.Pdf, owner, resources, fonts: dict, done: set,
                    state: _TextState = _TextState()) -> int:
    """Rewrite the content of ``owner`` (a page, or a form XObject drawn with text ``state``) and of the forms it
    draws: a form is rewritten where it is first drawn, in the text state there, which it inherits."""
    taken = 0
    font_resources = resources.get("/Font", pikepdf.Dictionary())
    saved, rewritten = [], []
    for operands, operator in pikepdf.parse_content_stream(owner):
        op = str(operator)
        if op == "q":
            saved.append(state)
        elif op == "Q" and saved:
            state = saved.pop()
        elif op == "Tf":
            font = font_resources.get(str(operands[0]))
            state = replace(state, font=_font(font, fonts) if font is not None else None, size=float(operands[1]))
        elif op in ("Tc", "Tw", "Tz"):
            state = replace(state, **{{"Tc": "char_spacing", "Tw": "word_spacing", "Tz": "scaling"}[op]:
                                      float(operands[0])})
        elif op == "Do":
            form = resources.get("/XObject", pikepdf.Dictionary()).get(str(operands[0]))
            if form is not None and form.get("/Subtype") == "/Form" and form.objgen not in done:
                done.add(form.objgen)
                taken += _unspace_stream(document, form, form.get("/Resources", resources), fonts, done, state)
        if op == '"':
            state = replace(state, word_spacing=float(operands[0]), char_spacing=float(operands[1]))
        if op in ("Tj", "TJ", "'", '"') and state.font and state.font.spaces and state.size:
            if op == '"':
                rewritten += [([operands[0]], pikepdf.Operator("Tw")), ([operands[1]], pikepdf.Operator("Tc"))]
            if op in ("'", '"'):
                rewritten.append(([], pikepdf.Operator("T*")))
            shown = operands[0] if op == "TJ" else [operands[-1]]
            array, count = _without_spaces(shown, state)
            taken += count
            rewritten.append(([pikepdf.Array(array)], pikepdf.Operator("TJ")))
            continue
        rewritten.append((operands, operator))
    data = pikepdf.unparse_content_stream(rewritten)
    if isinstance(owner, pikepdf.Stream):
        owner.write(data)
    else:
        owner.Contents = document.make_stream(data)
    return taken


def _without_spaces(shown, state: _TextState) -> tuple[list, int]:
    """A ``TJ`` array drawing ``shown`` (strings and adjustments) as before, but for its spaces, each now a gap."""
    font, array, count = state.font, [], 0
    for item in shown:
        if not isinstance(item, pikepdf.String):
            array.append(item)
            continue
        data, run = bytes(item), b""
        for start in range(0, len(data) - font.code_length + 1, font.code_length):
            piece = data[start:start + font.code_length]
            code = int.from_bytes(piece, "big")
            if code not in font.spaces:
                run += piece
                continue
            # The advance the space had: its width, the character spacing, and the word spacing, which applies
            # to the single byte 32 only (PDF 32000-1, 9.3.3); as an adjustment, in thousandths of the size.
            spacing = state.char_spacing + (state.word_spacing if piece == b" " else 0.0)
            width = font.widths.get(code, font.default_width) + spacing * 1000 / state.size
            array += [pikepdf.String(run), -width] if run else [-width]
            run, count = b"", count + 1
        if run:
            array.append(pikepdf.String(run))
    return array, count


def _font(font, fonts: dict) -> _Font:
    """What :func:`_without_spaces` needs of ``font``: kept by its object number (a font written in place, with
    none, is read each time).  A Type3 font (its widths in its own units) and a Type0 font not coded as its glyphs'
    numbers (``Identity-H`` or ``-V``) are left as they are: no spaces."""
    key = font.objgen if font.is_indirect else None
    if key in fonts:
        return fonts[key]
    subtype, spaces = font.get("/Subtype"), frozenset()
    if subtype == "/Type3" or subtype == "/Type0" and str(font.get("/Encoding")) not in ("/Identity-H",
                                                                                          "/Identity-V"):
        pass
    elif "/ToUnicode" in font:
        unicode_map = FileUnicodeMap()
        CMapParser(unicode_map, BytesIO(font.ToUnicode.read_bytes())).run()
        spaces = frozenset(code for code, text in unicode_map.cid2unichr.items() if text == " ")
    elif not _remaps_space(font.get("/Encoding")):
        spaces = frozenset({32})  # a simple font's standard encodings set the space at 32
    if subtype == "/Type0":
        descendant = font.DescendantFonts[0]
        parsed = _Font(2, spaces, _cid_widths(descendant.get("/W", pikepdf.Array())),
                       float(descendant.get("/DW", 1000)))
    else:
        first = int(font.get("/FirstChar", 0))
        widths = {first + i: float(width) for i, width in enumerate(font.get("/Widths", pikepdf.Array()))}
        if not widths and str(font.get("/BaseFont", ""))[1:] in FONT_METRICS:  # one of the 14 standard fonts
            widths = {32: float(FONT_METRICS[str(font.BaseFont)[1:]][1][" "])}
        missing = font.get("/FontDescriptor", pikepdf.Dictionary()).get("/MissingWidth", 0)
        parsed = _Font(1, spaces, widths, float(missing))
    if key is not None:
        fonts[key] = parsed
    return parsed


def _remaps_space(encoding) -> bool:
    """An encoding dictionary whose ``/Differences`` name another glyph at 32."""
    differences = list(encoding.get("/Differences", ())) if isinstance(encoding, pikepdf.Dictionary) else []
    code = None
    for item in differences:
        if isinstance(item, int):
            code = int(item)
            continue
        if code == 32:
            return str(item) != "/space"
        code = code + 1 if code is not None else None
    return False


def _cid_widths(entries) -> dict[int, float]:
    """A CID font's ``/W`` array: ``c [w1 w2 …]`` and ``first last w`` entries."""
    widths, items, index = {}, list(entries), 0
    while index < len(items):
        first = int(items[index])
        if isinstance(items[index + 1], pikepdf.Array):
            widths.update({first + i: float(w) for i, w in enumerate(items[index + 1])})
            index += 2
        else:
            widths.update({code: float(items[index + 2]) for code in range(first, int(items[index + 1]) + 1)})
            index += 3
    return widths
