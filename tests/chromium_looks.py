"""A random look printed by a browser: the look's HTML made into a PDF by headless Chromium.

WeasyPrint and LibreOffice set every other look; a browser's "print to PDF" (Skia's PDF back end) draws
text, rules and cells in its own way, and leaves out what only a paged-media engine does.  The look's HTML
is :class:`tests.looks.Look`'s own, with four of its properties set as a browser can:

- a table of contents with a CSS ``leader('.')``, which browsers do not implement, gets its dots from a
  filler between title and page number, cut where the number begins (dots as text up to the right margin,
  as the leader prints them);
- a word too wide for its line is broken at the margin (``overflow-wrap: break-word``), as a word processor
  breaks it, where a browser would clip it at the column's edge;
- footnotes at the foot of the page (``float: footnote``, paged media only) are printed after the
  paragraph of their reference, and a look with an outline is tagged too: the browser makes its outline from
  the structure tree (:meth:`tests.looks.Look.for_producer` says so, and the expected datasets follow the look
  it returns).

The outline comes from the headings (``--generate-pdf-document-outline``), the structure tree from the
HTML (a browser tags what it prints unless told ``--disable-pdf-tagging``), as the look says (``built``);
``stripped`` is the same HTML printed again without either.

    paths = write_chromium_pdf(look, blocks, {"built": ..., "stripped": ...})
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from tests.typesettings import Block

# Dots enough for the widest page: the filler cuts them where the page number begins.  A word too wide for its
# line is broken at the margin, as a word processor breaks it: a browser clips what overflows a column (Chromium
# look 10003 printed "klankbordgroepen/expertmeeting" without its "s", the look's text no longer the seed's).
_BROWSER_CSS = """
body { overflow-wrap: break-word; }
.toc-leader { display: flex; align-items: baseline; }
.toc-leader .toc-title::after { content: none; }
.toc-leader .toc-fill { flex: 1; min-width: 12pt; overflow: hidden; white-space: nowrap; margin: 0 2pt; }
.toc-leader .toc-fill::before { content: "%s"; }
""" % ("." * 300)


@cache
def chromium() -> str:
    """The browser's executable; RuntimeError when none is installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    return found


@cache
def chromium_version() -> str:
    """``chromium --version`` (part of a built look's cache key); "" when it is not installed."""
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return ""
    return subprocess.run([chromium(), "--version"], capture_output=True, text=True, check=True).stdout.strip()


def chromium_html(look, blocks: list[Block]) -> str:
    """The look's HTML as the browser prints it: its stylesheet and the leader a browser cannot draw."""
    return look.html(blocks).replace("</style>", f"{_BROWSER_CSS}</style>", 1)


def print_html(html: str, path: Path, outline: bool = False, tags: bool = False) -> Path:
    """``html`` printed to ``path`` by headless Chromium, with an outline of its headings and a structure tree
    or without."""
    with tempfile.TemporaryDirectory(prefix="werkplan-chromium-") as work:
        source = Path(work) / "page.html"
        source.write_text(html, encoding="utf-8")
        # The browser tags what it prints unless told not to.
        flags = [*(["--generate-pdf-document-outline"] if outline else []),
                 "--export-tagged-pdf" if tags else "--disable-pdf-tagging"]
        # A profile of its own: a second browser at once would otherwise share the first's.
        subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work}/profile", *flags, f"--print-to-pdf={path}", source.as_uri()],
                       check=True, capture_output=True, timeout=300)
    return path


def write_chromium_pdf(look, blocks: list[Block], paths: dict[str, Path]) -> dict[str, Path]:
    """``blocks`` in ``look`` printed by headless Chromium into ``paths["built"]`` (with the outline and tags
    the look has) and, when given, ``paths["stripped"]`` (printed without them)."""
    html = chromium_html(look, blocks)
    for variant, path in paths.items():
        keep = variant == "built"
        print_html(html, path, outline=look.outline and keep, tags=look.tags and keep)
    return paths


# A page of text with a heading that runs over the page's end (the browser keeps it with the paragraph after
# it, two of its four lines on each page), then a heading whose numbering the stylesheet generates on a line of
# its own: as Chromium look 10000 printed "PROGRAMMALIJN 6. PROFESSIONALS IN DE" / "(SUPER)DIVERSE
# SAMENLEVING" and "Project 7.1" over its title.
HEADINGS_OVER_A_PAGE_END = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: 320pt 260pt; margin: 20pt; }
body { font: 10pt "DejaVu Serif"; line-height: 14pt; margin: 0; }
p { margin: 0 0 6pt; }
h2 { font: 16pt "DejaVu Serif"; line-height: 20pt; text-transform: uppercase; margin: 8pt 0 4pt; color: #6A3D9A; }
h3 { font: bold 13pt "DejaVu Serif"; line-height: 16pt; margin: 8pt 0 4pt; }
h3::before { content: attr(data-num); display: block; }
</style></head><body>
<p>Eerste alinea van de tekst die een paar regels beslaat en zo de bladzijde vult tot aan de kop onderaan,
waar die over de paginagrens loopt.</p>
<p>Tweede alinea met nog wat tekst om de ruimte te vullen zodat de kop van de programmalijn laag op de
bladzijde staat en niet heel past.</p>
<p>Derde alinea, kort.</p>
<p>Vierde alinea, die nog twee regels tekst beslaat om de kop omlaag te duwen.</p>
<h2>Programmalijn 6. Professionals in de (super)diverse samenleving</h2>
<p>De tekst van de programmalijn.</p>
<h3 data-num="Project 7.1">Kennisontwikkeling en implementatie</h3>
<p>De tekst van het project.</p>
</body></html>"""

# A heading atop a page whose "Ï" Chromium also draws at the foot of the page before, clipped to its text area so
# that only the dots show (look 10031): the glyph is in that page's text layer, in the heading's tags there and in
# its outline title twice ("OEKRAÏENSE VLUCHTELINGENOEKRAÏENSE VLUCHTELINGEN").
GLYPH_OVER_A_PAGE_END = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: 320pt 200pt; margin: 20pt; }
body { font: 10pt "DejaVu Sans"; line-height: 14pt; margin: 0; }
p { margin: 0 0 6pt; }
h2 { font: bold 16pt "DejaVu Sans"; line-height: 16pt; text-transform: uppercase; margin: 8pt 0 4pt;
     border-bottom: 1pt solid #444; }
</style></head><body>
""" + "<p>Een regel tekst.</p>" * 5 + "<p>" + "woord " * 20 + """</p>
<h2>Oekraïense vluchtelingen</h2>
<p>De tekst van het project.</p>
</body></html>"""
