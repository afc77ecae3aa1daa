"""List marks drawn as shapes: a browser prints a list item's disc as a filled path, not a "•" glyph.

The text then reads "Kader intersectionaliteit …" where the page shows "• Kader …", and a list reads as
running text (Chromium look 10000: every list of the werkplan).  A small filled round shape standing
before the first word of a line, as high as its letters' middle, is the mark a text bullet would be: it is
given to the page as a word "•" in that word's print, drawn just before it.
"""

from __future__ import annotations

# A disc is as wide as it is high, give or take this share.
_ROUND = 0.35
# Its size against the font size of the word after it: a bullet is a fraction of the letters' height.
_SMALLEST, _LARGEST = 0.15, 0.6
# The word after it begins within this many font sizes to its right.
_GAP = 3.0
# A word ending closer than this many font sizes before it, and closer than its gap to the word after it
# times this, makes it a dot inside a line ("A • B": a space on either side); a column's gutter is wider
# (Chromium look 10003: 1.7 sizes between the left column's line and the right column's mark; a gutter of
# one em with the list's indent of one em leaves 0.95 size, wider than the mark's gap to its text).
_APART = 1.0
_WIDER = 1.5


def filled_discs(paths: list[dict]) -> list[dict]:
    """Of a page's curves (dicts with x0, x1, top, bottom, fill, stroke and non_stroking_color), those about round,
    filled in ink or drawn as a ring (a browser marks a nested list's items with a circle): not a white dot."""
    return [{key: path[key] for key in ("x0", "x1", "top", "bottom")} for path in paths
            if (path.get("fill") and not _white(path.get("non_stroking_color")) or path.get("stroke"))
            and path["bottom"] > path["top"]
            and abs((path["x1"] - path["x0"]) / (path["bottom"] - path["top"]) - 1) <= _ROUND]


def _white(color) -> bool:
    """A fill as light as paper on every channel (grey, RGB or CMYK's none)."""
    if not color:
        return False
    values = list(color)
    return all(v >= 0.95 for v in values) if len(values) != 4 else all(v <= 0.05 for v in values)


def drawn_bullets(words: list[dict], discs: list[dict]) -> list[dict]:
    """A word dict "•" for each disc that marks the line of the word it stands before."""
    marks = []
    for disc in discs:
        middle = (disc["top"] + disc["bottom"]) / 2
        beside = [w for w in words if w["top"] < middle < w["bottom"]]
        after = [w for w in beside if w["x0"] >= disc["x1"]]
        if not after:
            continue
        first = min(after, key=lambda w: w["x0"])
        size = first["size"]
        gap = first["x0"] - disc["x1"]
        close = min(_APART * size, _WIDER * gap)
        before = [w for w in beside if w["x1"] <= disc["x0"] and disc["x0"] - w["x1"] < close]
        if (before or gap > _GAP * size
                or not _SMALLEST * size <= disc["bottom"] - disc["top"] <= _LARGEST * size
                # the letters' middle: between a third and three quarters of the way down the word's box
                or not first["top"] + (first["bottom"] - first["top"]) / 3 <= middle
                <= first["top"] + 0.75 * (first["bottom"] - first["top"])):
            continue
        mark = {**first, "text": "•", "x0": disc["x0"], "x1": disc["x1"], "overprinted": False}
        if "content_index" in first:
            mark["content_index"] = first["content_index"] - 0.5
        marks.append(mark)
    return marks
