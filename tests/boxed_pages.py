"""One-page PDFs written by hand whose page is boxed in ways no producer of the tests writes, each shown as the same
upright page: boxes inherited from the page tree, written upper right first, a crop box larger than the media box
or wholly outside it, fractions, /Rotate -90 or 450.  The page has a tagged heading the outline points at, a
filled rectangle, a rule, and a word its clipping path hides."""

from __future__ import annotations

from pathlib import Path

# name → media box, crop box, /Rotate, and which of them the page tree gives (inherited by the page)
CASES = {
    "media box inherited, moved": ((30, 40, 625, 882), None, 0, ("MediaBox",)),
    "everything inherited, turned": ((-20, 30, 600, 900), (0, 50, 580, 880), 90, ("MediaBox", "CropBox", "Rotate")),
    "crop box partly outside": ((0, 0, 595, 842), (-20, 100, 400, 900), 0, ()),
    "crop box upper right first": ((0, 0, 615, 862), (605, 852, 10, 10), 0, ()),
    "media box upper right first, moved": ((625, 882, 30, 40), None, 0, ()),
    "fractions, upside down": ((0.5, 0.25, 595.7, 842.3), (10.3, 12.7, 585.1, 830.9), 180, ()),
    "rotate -90, cropped, moved": ((-15, 25, 857, 640), (5, 35, 837, 630), -90, ()),
    "rotate 450": ((0, 0, 842, 595), None, 450, ()),
    "crop box wholly outside": ((0, 0, 595, 842), (700, 900, 800, 1000), 0, ()),
}


def write_boxed(path: Path, media, crop=None, rotate: int = 0, inherited=()) -> None:
    """The page boxed so (see :data:`CASES`), its content turned back to show upright."""
    shown = _shown(media, crop)
    turn = rotate % 360
    width, height = shown[2] - shown[0], shown[3] - shown[1]
    if turn in (90, 270):
        width, height = height, width
    x0, y0, x1, y1 = shown
    matrix = {0: (1, 0, 0, 1, x0, y0), 90: (0, 1, -1, 0, x1, y0), 180: (-1, 0, 0, -1, x1, y1),
              270: (0, -1, 1, 0, x0, y1)}[turn]
    content = f"q {' '.join(map(str, matrix))} cm\n{_page(width, height)}\nQ".encode()
    boxes = {"MediaBox": _array(media), "CropBox": _array(crop) if crop else None,
             "Rotate": str(rotate) if rotate else None}
    tree = "".join(f" /{key} {value}" for key, value in boxes.items() if value and key in inherited)
    own = "".join(f" /{key} {value}" for key, value in boxes.items() if value and key not in inherited)
    a, b, c, d, e, f = matrix
    left, top = 40, height - 48  # the heading's top left, as the page shows it
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /MarkInfo << /Marked true >> /StructTreeRoot 8 0 R >>",
        f"<< /Type /Pages /Kids [3 0 R] /Count 1{tree} >>".encode(),
        (f"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /StructParents 0{own}"
         " >>").encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
        (f"<< /Title (Hoofdstuk Een) /Parent 6 0 R /Dest [3 0 R /XYZ {a * left + c * top + e} "
         f"{b * left + d * top + f} 0] >>").encode(),
        b"<< /Type /StructTreeRoot /K 9 0 R /ParentTree 10 0 R >>",
        b"<< /Type /StructElem /S /H1 /P 8 0 R /Pg 3 0 R /K 0 >>",
        b"<< /Nums [0 [9 0 R]] >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def write_upright(path: Path, media, crop=None, rotate: int = 0, inherited=()) -> None:
    """The page :func:`write_boxed` shows, in a plain box from (0, 0)."""
    x0, y0, x1, y1 = _shown(media, crop)
    width, height = (y1 - y0, x1 - x0) if rotate % 360 in (90, 270) else (x1 - x0, y1 - y0)
    write_boxed(path, (0, 0, width, height))


def _page(width: float, height: float) -> str:
    """The page as shown, from its lower left corner: a tagged heading, two lines, a shaded box, a rule, and a word
    a clipping path hides."""
    words = [(40, height - 60, "Hoofdstuk Een"), (72.5, height - 200.25, "Alpha Beta Gamma"), (300, 100, "Onderaan"),
             (width - 150, height - 30, "Rechtsboven")]
    text = ["BT /F1 12 Tf"]
    for number, (x, y, word) in enumerate(words):
        text += ["/H1 << /MCID 0 >> BDC"] if number == 0 else []
        text.append(f"1 0 0 1 {x} {y} Tm ({word}) Tj")
        text += ["EMC"] if number == 0 else []
    return "\n".join([*text, "ET", "0.5 0.2 0.2 rg 50 300 120 40 re f", "1 w 60 250 m 400 250 l S",
                      "q 30 400 100 20 re W n BT /F1 12 Tf 1 0 0 1 35 394 Tm (Verborgen) Tj ET Q"])


def _shown(media, crop) -> tuple[float, float, float, float]:
    """The crop box within the media box, as a viewer shows it (the media box where they do not meet)."""
    def normal(box):
        return min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])

    m = normal(media)
    if crop is None:
        return m
    c = normal(crop)
    c = max(c[0], m[0]), max(c[1], m[1]), min(c[2], m[2]), min(c[3], m[3])
    return m if c[2] <= c[0] or c[3] <= c[1] else c


def _array(box) -> str:
    return "[" + " ".join(str(int(v)) if v == int(v) else repr(float(v)) for v in box) + "]"
