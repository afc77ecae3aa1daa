"""The programme overview: one row per programmaonderdeel, one column per organisation.

Its header cells run over several lines ("Verwey-Jonker / Instituut (€)"); they
are rebuilt by matching each header fragment to the value column it is aligned
with, so the column set (organisations, external costs, total) is read from the
document rather than assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.pdf.model import Document, Line, Word
from extract.pdf.text import Vocabulary, document_vocabulary, join_wrapped

from ..settings import Range, Settings, resolve
from .budget import Cell, _value_tokens
from .numbers import parse_amount
from .vocabulary import OVERVIEW_EXTERNAL_WORDS, OVERVIEW_MARKER, OVERVIEW_TOTAL_WORDS


@dataclass(frozen=True)
class OverviewSettings(Settings):
    # A header word that marks the overview table.
    marker: str = OVERVIEW_MARKER
    # First words of a total row's label and of the total column's header.
    total_words: tuple[str, ...] = OVERVIEW_TOTAL_WORDS
    # First word of the external costs column's header.
    external_words: tuple[str, ...] = OVERVIEW_EXTERNAL_WORDS
    # Header lines sit within this many times the font size of each other.
    header_gap: float = 1.5
    limits = {"header_gap": Range(above=0)}


@dataclass(frozen=True)
class OverviewColumn:
    index: int
    header_raw: str
    kind: str  # organisation | external | total
    organisation: str | None


@dataclass
class OverviewRow:
    row_index: int
    row_kind: str  # onderdeel | total
    label_raw: str
    onderdeel: str | None
    cells: list[Cell]
    page: int


@dataclass
class OverviewTable:
    page: int
    top: float
    columns: list[OverviewColumn]
    rows: list[OverviewRow]
    lines: list[Line]  # header band and data lines


def _column_kind(header: str, conf: OverviewSettings) -> tuple[str, str | None]:
    lowered = header.lower()
    if any(lowered.startswith(w) for w in conf.total_words):
        return "total", None
    if any(lowered.startswith(w) for w in conf.external_words):
        return "external", None
    return "organisation", re.sub(r"\s*\(€\)\s*$", "", header).strip()


def find_overview(document: Document, settings: OverviewSettings | dict | None = None) -> OverviewTable | None:
    """The overview table, or None when the document has none."""
    conf = resolve(OverviewSettings, settings)
    lines = list(document.lines())
    for index, line in enumerate(lines):
        if any(w.text.lower().startswith(conf.marker) for w in line.words):
            return _read_overview(lines, index, conf, document_vocabulary(document))
    return None


def _header_band(lines: list[Line], index: int, conf: OverviewSettings) -> tuple[list[Line], int]:
    """Header lines around the marker line, and the index of the first data line."""
    marker = lines[index]
    band = [marker]
    step = conf.header_gap * marker.size
    i = index - 1
    while i >= 0 and lines[i].page == marker.page and band[0].top - lines[i].bottom <= step \
            and lines[i].size <= marker.size + 0.5 and not _value_tokens(lines[i].words)[1]:
        band.insert(0, lines[i])
        i -= 1
    j = index + 1
    # A line set over the band's last (header cells staggered) is header too, whatever a stray mark in it
    # reads as: OCR reads a cell's edge as a digit ("Instituut (€) 8").
    while j < len(lines) and lines[j].page == marker.page \
            and (not _value_tokens(lines[j].words)[1] or lines[j].top < band[-1].bottom) \
            and lines[j].top - band[-1].bottom <= step:
        band.append(lines[j])
        j += 1
    return band, j


# Over 60 lines: the overview's header cells span several printed lines and are rebuilt by alignment
# in one pass with its rows; split, the column spans would have to travel between the halves.
def _read_overview(lines: list[Line], index: int, conf: OverviewSettings, vocab: Vocabulary) -> OverviewTable | None:
    band, j = _header_band(lines, index, conf)
    data, wrapped, repeated = _data_rows(lines, j, conf, {line.text for line in band})
    if not data:
        return None
    width = max(len(tokens) for _, _, tokens in data)
    anchors = [0.0] * width
    for _, _, tokens in data:
        if len(tokens) == width:
            anchors = [last.x1 for _, _, last in tokens]
            break
    label_x1 = min(first.x0 for _, _, tokens in data for _, first, _ in tokens)
    # Where the labels' ink ends: a header word left of the first value but starting right of every
    # label is a left-aligned header over right-aligned values ("Movisie (€)" over "512.693" in a
    # wide column), not the label column's.
    label_ink = [w.x1 for i, (_, label, _) in enumerate(data)
                 for w in [*label, *(w for ln in wrapped.get(i, []) for w in ln.words)]]
    labels_end = max(label_ink, default=label_x1)
    fragments: list[list[list[str]]] = [[] for _ in range(width)]  # per column, per header line, its words
    for line in band:
        for column in fragments:
            column.append([])
        for word in line.words:
            if (word.x1 < label_x1 and word.x0 < labels_end) or word.speck:
                continue
            # A header word belongs to the column whose span holds its middle (right-aligned
            # numbers: a column ends at its values' right edge), so left-aligned, centred and
            # right-aligned headers land right, however close neighbouring headers stand.
            # A quarter of the size's slack: a word OCR boxed a point wider ("projectkosten /").
            middle = (word.x0 + word.x1) / 2 - line.size / 4
            fragments[next((k for k in range(width) if middle <= anchors[k]), width - 1)][-1].append(word.text)
    columns = []
    for k, parts in enumerate(fragments):
        # A header wrapped in its cell: its lines joined as running text is ("Verwey-" / "Jonker").
        header = join_wrapped([" ".join(words) for words in parts if words], vocab, cell=True)
        kind, organisation = _column_kind(header, conf)
        columns.append(OverviewColumn(index=k, header_raw=header, kind=kind, organisation=organisation))
    rows = []
    for row_index, (line, label, tokens) in enumerate(data):
        label_raw = join_wrapped([text for text in [" ".join(w.text for w in label)] if text]
                                 + [ln.text for ln in wrapped.get(row_index, [])], vocab, cell=True)
        first = label_raw.split(" ", 1)[0]
        is_total = any(label_raw.lower().startswith(t) for t in conf.total_words)
        cells = [
            Cell(raw=text, value=parse_amount(text), page=line.page, x0=f.x0,
                 top=min(f.top, last.top), x1=last.x1, bottom=max(f.bottom, last.bottom))
            for text, f, last in tokens
        ]
        if len(cells) < width:  # a row with empty cells: align by right edges
            placed: list[Cell | None] = [None] * width
            for cell in cells:
                placed[min(range(width), key=lambda k: abs(anchors[k] - cell.x1))] = cell
            cells = placed
        rows.append(
            OverviewRow(
                row_index=row_index,
                row_kind="total" if is_total else "onderdeel",
                label_raw=label_raw,
                onderdeel=first if (len(first) == 1 and first.isupper() and not is_total) else None,
                cells=cells,
                page=line.page,
            )
        )
    return OverviewTable(page=band[0].page, top=band[0].top, columns=columns, rows=rows,
                         lines=band + repeated
                         + [ln for i, (line, _, _) in enumerate(data) for ln in [line, *wrapped.get(i, [])]])


def _data_rows(lines: list[Line], j: int, conf: OverviewSettings,
               header: set[str]) -> tuple[list, dict[int, list[Line]], list[Line]]:
    """The rows from ``lines[j]`` on to the total row: each row's line, label words and values; by row
    index, the lines its label runs on to; and the ``header`` lines repeated over a page end, under
    which the table goes on."""
    data: list[tuple[Line, list[Word], list]] = []
    wrapped: dict[int, list[Line]] = {}
    repeated: list[Line] = []
    while j < len(lines):
        label, tokens = _value_tokens(lines[j].words)
        if not tokens:
            if data and lines[j].page > data[-1][0].page and lines[j].text in header:
                repeated.append(lines[j])
                j += 1
                continue
            if not (data and (_label_runs_on(lines[j], data[-1], wrapped.get(len(data) - 1, []))
                              or _label_moved(lines[j], data[-1]) or _label_goes_over(lines[j], data[-1], repeated))):
                break
            wrapped.setdefault(len(data) - 1, []).append(lines[j])
            j += 1
            continue
        data.append((lines[j], label, tokens))
        j += 1
        if any(" ".join(w.text for w in label).lower().startswith(t) for t in conf.total_words):
            break
    # The header repeated at the next page's head with no row under it, the total row last on its page: the
    # table's bottom border went over the page end (LibreOffice look 8410: the repeat read as the text of the
    # section, published).
    while data and j < len(lines) and lines[j].page > data[-1][0].page and lines[j].text in header:
        repeated.append(lines[j])
        j += 1
    return data, wrapped, repeated


def _label_runs_on(line: Line, row: tuple[Line, list[Word], list], before: list[Line]) -> bool:
    """A line with no amounts right below a row (or the lines its label ran on to), within the label
    column: the row's label wrapped in its cell ("A Ontwikkeling en benutting van" / "kennis")."""
    above = before[-1] if before else row[0]
    first_value = row[2][0][1]
    return (line.page == above.page and line.top - above.bottom <= 0.8 * above.size
            and line.x1 < first_value.x0 and bool(row[1]) and line.x0 >= row[1][0].x0 - 0.5 * above.size)


def _label_moved(line: Line, row: tuple[Line, list[Word], list]) -> bool:
    """A line with no amounts in the label column of a later page, under a row that has values and no
    label: the row's label, which a page end moved over (an HTML export keeps a wrapped cell's lines
    together, as CSS's widows and orphans ask, and its one-line cells stay)."""
    return not row[1] and line.page > row[0].page and line.x1 < row[2][0][1].x0


def _label_goes_over(line: Line, row: tuple[Line, list[Word], list], repeated: list[Line]) -> bool:
    """A line with no amounts in the label column, right under the header repeated on a later page, going on
    in lower case: the row's label, cut by the page end (LibreOffice look 8473: "A Ontwikkeling en benutting
    van" at a page's foot, "kennis" under the repeated header; the other four rows were lost)."""
    return (bool(repeated) and repeated[-1].page == line.page > row[0].page and line.text[:1].islower()
            and line.x1 < row[2][0][1].x0)
