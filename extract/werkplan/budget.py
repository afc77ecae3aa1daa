"""Budget tables: found by their header row, read row by row from word positions.

A budget table starts at a header row naming its columns (Organisatie, a role
column, Uurtarief, Aantal, Bedrag) and ends at its total row.  Columns come from
the header's word positions, so tables with or without ruling lines read the same
way; a table that runs past the bottom of a page continues on the next, with or
without a repeated header.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from extract.pdf.footnotes import FootnotePrint, FootnoteSettings
from extract.pdf.model import Document, Line, Page, Word
from extract.pdf.text import Vocabulary, document_vocabulary, join_wrapped

from ..settings import Range, Settings, resolve
from .kinds import RowKind
from .numbers import is_amount, parse_amount
from .vocabulary import HeaderWords, RowKeywords


@dataclass(frozen=True)
class BudgetSettings(Settings):
    columns: HeaderWords = field(default_factory=HeaderWords)
    row_kinds: RowKeywords = field(default_factory=RowKeywords)
    # Header words further apart than this many times the font size start a new column.
    column_gap: float = 0.9
    # A label-only line joins the table (a wrapped cell) when it is no further from
    # the table's last line than this many times the font size.
    wrap_gap: float = 1.8
    limits = {"column_gap": Range(above=0), "wrap_gap": Range(above=0)}


NUMERIC_COLUMNS = ("rate", "hours", "amount")
REQUIRED_COLUMNS = ("organisation", "hours", "amount")  # a budget header names at least these
_DASHES = {"-", "—", "–"}
_CURRENCY = {"€"}


@dataclass(frozen=True)
class Column:
    name: str
    x0: float
    x1: float
    printed: str = ""  # its header's words as printed ("Aantal uren", "Totaal (€)")


@dataclass(frozen=True)
class Cell:
    """One printed value: the string as printed, its parsed integer and where it stands."""

    raw: str
    value: int
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class RawRow:
    page: int
    top: float
    bottom: float
    org_words: list[Word] = field(default_factory=list)
    role_words: list[Word] = field(default_factory=list)
    cells: dict[str, Cell] = field(default_factory=dict)
    # The document's words, to join a cell wrapped over lines as running text ("Verwey-" / "Jonker").
    vocab: Vocabulary = field(default_factory=Vocabulary, repr=False, compare=False)

    @property
    def org_text(self) -> str:
        return _cell_text(self.org_words, self.vocab)

    @property
    def role_text(self) -> str:
        return _cell_text(self.role_words, self.vocab)

    @property
    def label(self) -> str:
        return " ".join(t for t in (self.org_text, self.role_text) if t)

    @property
    def label_lines(self) -> int:
        """How many printed lines the label was joined from (more than one: a wrapped cell)."""
        return len({round(w.top) for w in self.org_words + self.role_words}) or 1


@dataclass
class BudgetRow:
    row_index: int
    row_kind: RowKind
    label_raw: str
    organisation_raw: str | None
    role_raw: str | None
    cells: dict[str, Cell]
    page: int
    label_lines: int = 1


@dataclass
class RawTable:
    columns: dict[str, Column]
    rows: list[RawRow]
    header_lines: list[Line]
    closed_by_total: bool = False
    lines: list[Line] = field(default_factory=list)  # every line the table consumed

    @property
    def page_start(self) -> int:
        return self.header_lines[0].page

    @property
    def top(self) -> float:
        return self.header_lines[0].top

    @property
    def page_end(self) -> int:
        return max([r.page for r in self.rows] + [self.page_start])


def _cell_text(words: list[Word], vocab: Vocabulary) -> str:
    """A cell's words, line by line, its lines joined where the cell wrapped them."""
    lines: list[list[str]] = []
    for before, word in zip([None, *words], words, strict=False):
        if before is None or abs(word.top - before.top) > word.size / 2:  # the next line (or page)
            lines.append([])
        lines[-1].append(word.text)
    return join_wrapped([" ".join(line) for line in lines], vocab, cell=True)


def _starts(text: str, prefixes) -> bool:
    return any(text.lower().startswith(p) for p in prefixes)


@lru_cache(maxsize=8)
def _column_words(words: HeaderWords) -> tuple[tuple[str, tuple[str, ...]], ...]:
    # Every line of the document is tried as a header: the settings are turned into pairs once.
    return tuple(asdict(words).items())


def _column_name(word: Word, words: HeaderWords) -> str | None:
    text = word.text.lower()
    return next((name for name, prefixes in _column_words(words) if text.startswith(prefixes)), None)


def _names_required(words: list[Word], settings: BudgetSettings) -> bool:
    """The words name every column a budget header must have."""
    prefixes = dict(_column_words(settings.columns))
    texts = [word.text.lower() for word in words]
    return all(any(text.startswith(prefixes[name]) for text in texts) for name in REQUIRED_COLUMNS)


def header_columns(line: Line, settings: BudgetSettings) -> dict[str, Column] | None:
    """Column spans of a budget header row, or None when the line is no such header."""
    # Every line of the document is asked; nearly all lack a word naming one of the columns
    # a header must have, and are answered here.
    if not _names_required(line.words, settings):
        return None
    # Header words close together are one column's ("Aantal uren"), unless a word names
    # another column than the words before it: right-aligned headers of narrow columns
    # may stand closer than a word gap ("Tarief (€) Aantal uren").
    groups: list[tuple[str | None, list[Word]]] = []
    for word in line.words:
        name = _column_name(word, settings.columns)
        close = groups and word.x0 - groups[-1][1][-1].x1 <= settings.column_gap * word.size
        if close and None in (name, groups[-1][0]) or close and name == groups[-1][0]:
            groups[-1] = (groups[-1][0] or name, groups[-1][1] + [word])
        else:
            groups.append((name, [word]))
    columns: dict[str, Column] = {}
    unnamed: list[Column] = []
    for name, group in groups:
        span = (group[0].x0, max(w.x1 for w in group))
        if name and name not in columns:
            columns[name] = Column(name, *span, " ".join(w.text for w in group))
        else:
            unnamed.append(Column("role", *span, " ".join(w.text for w in group)))
    if not columns.keys() >= set(REQUIRED_COLUMNS):
        return None
    if "role" not in columns:  # a role column headed by a word the settings do not know
        org = columns["organisation"]
        first_numeric = min(columns[n].x0 for n in NUMERIC_COLUMNS if n in columns)
        roles = [c for c in unnamed if org.x1 < c.x0 < first_numeric]
        if roles:
            columns["role"] = roles[0]
    return columns


def _value_tokens(words: list[Word], min_x1: float = 0.0) -> tuple[list[Word], list[tuple[str, Word, Word]]]:
    """Split a row's words into label words and the trailing printed values.

    A value is a parseable number, with a currency sign or digit groups split
    by spaces joined to it; values are the run of such tokens after the label
    that end right of ``min_x1`` (so "Rol 1" in a label column stays text).
    """
    tokens: list[tuple[str, Word, Word]] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i]
        text, first = word.text, word
        # Join "1 234 567" and "€ 12.345", printed as separate words.
        while i > 0 and (
            (re.fullmatch(r"\d{3}([.,].*)?", first.text) and re.fullmatch(r"\d{1,3}", words[i - 1].text)
             and first.x0 - words[i - 1].x1 < 0.5 * word.size)
            or words[i - 1].text == "€"
        ):
            i -= 1
            text, first = f"{words[i].text} {text}", words[i]
        if word.x1 <= min_x1 or not is_amount(text) or (text in _DASHES and (
                i == 0 or word.x0 - words[i - 1].x1 < word.size)):
            break  # a dash a word's space from the label ends it ("Programmaleiding en -" / "ontwikkeling")
        tokens.insert(0, (text, first, word))
        i -= 1
    label = words[: i + 1]
    return label, tokens


def _assign(tokens, columns: dict[str, Column]) -> dict[str, tuple[str, Word, Word]]:
    """Assign values to numeric columns in the header's order, nearest right edges first."""
    names = sorted((n for n in NUMERIC_COLUMNS if n in columns), key=lambda n: columns[n].x0)
    if len(tokens) > len(names):
        tokens = tokens[-len(names):]
    best, best_cost = None, None
    for combo in itertools.combinations(names, len(tokens)):
        cost = sum(abs(last.x1 - columns[name].x1) for name, (_, _, last) in zip(combo, tokens, strict=False))
        if best_cost is None or cost < best_cost:
            best, best_cost = combo, cost
    return dict(zip(best or (), tokens, strict=False))


def values_start(columns: dict[str, Column]) -> float:
    """Values end right of the first numeric header's left edge; label text ends before it."""
    return min(columns[n].x0 for n in NUMERIC_COLUMNS if n in columns) - 2.0


def parse_row(line: Line, columns: dict[str, Column], vocab: Vocabulary) -> RawRow:
    label, tokens = _value_tokens(line.words, values_start(columns))
    row = RawRow(page=line.page, top=line.top, bottom=line.bottom, vocab=vocab)
    _add_label(row, label, columns)
    for name, (text, first, last) in _assign(tokens, columns).items():
        row.cells[name] = Cell(
            raw=text,
            value=parse_amount(text),
            page=line.page,
            x0=first.x0,
            top=min(first.top, last.top),
            x1=last.x1,
            bottom=max(first.bottom, last.bottom),
        )
    return row


def _in_role_column(word: Word, columns: dict[str, Column]) -> bool:
    # A quarter of the print's size: where a scan's OCR put a word that starts the column ("Senior"
    # 1.1 pt left of "Onderzoeker" over it, 200 dpi); an organisation's words start a column's width left.
    role = columns.get("role")
    return role is not None and word.x0 >= role.x0 - word.size / 4


def _add_label(row: RawRow, words: list[Word], columns: dict[str, Column]) -> None:
    for word in words:
        row.top, row.bottom = min(row.top, word.top), max(row.bottom, word.bottom)
        (row.role_words if _in_role_column(word, columns) else row.org_words).append(word)


def _is_heading_like(line: Line, table_size: float) -> bool:
    return line.size > table_size + 0.5


def find_budget_tables(document: Document, settings: BudgetSettings | dict | None = None,
                       footnotes: FootnoteSettings | None = None) -> list[RawTable]:
    """Every budget table of the document, rows as printed, in reading order; ``footnotes``: how its footnotes
    are told (those at the foot of a page a table goes on over are not the table's)."""
    conf = resolve(BudgetSettings, settings)
    notes = FootnotePrint.of(document, footnotes or FootnoteSettings())
    foot: set[int] = set()  # id() of a page's footnotes under a table that goes on over its end
    tables: list[RawTable] = []
    table: RawTable | None = None
    pending: list[Line] = []  # label-only lines not yet given to a row
    currency: list[Line] = []  # currency signs wrapped above the values of the next row
    last: Line | None = None
    pages = {page.number: page for page in document.pages}
    vocab = document_vocabulary(document)
    lines = list(document.lines())
    header_parts: set[int] = set()  # id() of a two-line header's second line, read with the first
    for index, line in enumerate(lines):
        if id(line) in header_parts:
            continue
        columns, header = _header(lines, index, conf)
        if columns is not None:
            header_parts.update(id(part) for part in header[1:])
            if table is None or table.closed_by_total and not _cut_cell_under(lines, index + len(header), table,
                                                                               header):
                table = RawTable(columns=columns, rows=[], header_lines=header)
                tables.append(table)
                pending = []
            else:  # a second organisation block, or the header repeated after a page break
                # A header owns no label: lines wrapped before it (at a page end) end the row above,
                # but for those a grid's rule sets apart: a row split over the page end.
                wrapped, pending = _ruled_off(pending, table, pages, conf) if table.rows else ([], [])
                for line_above in wrapped:
                    _add_label(table.rows[-1], line_above.words, table.columns)
                    table.lines.append(line_above)
                table.columns = columns
            table.lines += header
            currency, last = [], header[-1]
            continue
        if table is not None and _goes_on_last_row(line, last, table, conf, notes, pages[line.page]):
            last = line
            continue
        if table is None or table.closed_by_total:
            continue
        size = table.header_lines[0].size
        _, tokens = _value_tokens(line.words, values_start(table.columns))
        if _footnote_under(line, bool(tokens), size, pages[line.page], notes, foot):
            continue
        # OCR measures a bold row a point larger than the rest: in its text layer a line with values in
        # the table's columns is a row, whatever its size.
        if _is_heading_like(line, size) and not (tokens and document.one_font):
            table = _ended(table, pending, conf)
            continue
        if (after := _currency_over_value(line, last, table, currency, pending)) is not None:
            last = after
            continue
        if _header_part(line, table, conf):
            # Part of a header row cut by a page end ("Uurtarief Bedrag" / "(€) (€)"), or a unit under a column's
            # name ("Tarief" / "(€)"): the rows are measured from it (LibreOffice editions look 9104, A5: the
            # label "Instituut" a page end moved under the repeated header and its "(€)" ended the table).
            table.lines.append(line)
            last = line
            continue
        if tokens:
            row = parse_row(line, table.columns, vocab)
            _prefix_currency(row, currency, table.columns)
            _place_pending(table, row, pending, pages, conf.row_kinds, tables)
            table.rows.append(row)
            table.lines += pending + [line]
            pending, currency, last = [], [], line
            if _starts(row.label, conf.row_kinds.total) and _is_table_total(row, table, conf):
                table.closed_by_total = True
            continue
        near = last is not None and (
            line.page != last.page or line.top - last.bottom <= conf.wrap_gap * line.size
            or _in_grid(line, last, table, pages[line.page])
            or _opens_row_over_page_end(lines, index, last, table, conf, pages)
        )
        if near and line.x1 <= max(c.x1 for c in table.columns.values()) + 2:
            pending.append(line)
            last = line
            continue
        # A line far below ends the table, but for a footnote as small as its print at the page's foot.
        table = table if _in_page_foot(line, size, pages[line.page], or_equal=True) else _ended(table, pending, conf)
    _ended(table, pending, conf)
    return tables


def _ended(table: RawTable | None, pending: list[Line], conf: BudgetSettings) -> None:
    """End ``table`` (None: the reader's table from now on).  Label lines no row took are its last row's
    label where that row has none and they went on over the page end after it: its values left at a
    page's foot ("34.871"), its label ("Totaal" / "Project") under the header repeated on the next page,
    and no row after it."""
    last = table.rows[-1] if table is not None and table.rows else None
    if last is None or last.label or not pending or pending[0].page <= last.page:
        return None
    for line in pending:
        _add_label(last, line.words, table.columns)
    table.lines += pending
    table.closed_by_total = _starts(last.label, conf.row_kinds.total) and _is_table_total(last, table, conf)
    return None


def _header(lines: list[Line], index: int, conf: BudgetSettings) -> tuple[dict[str, Column] | None, list[Line]]:
    """The budget header at ``lines[index]``: the line alone, or with the line or two under it where the
    header's cells wrap (bottom-aligned cells put "Uurtarief" and "Bedrag" a line above "Organisatie … (€)";
    WeasyPrint look 8400 read "Organisatie Onderzoeker Tarief", "Aantal" and "uren Kosten" as three lines,
    and the table's first rows as text)."""
    line = lines[index]
    columns = header_columns(line, conf)
    if columns is not None:
        return columns, [line, *_header_parts_under(lines, index, columns, conf)]
    parts = [line]
    for below in lines[index + 1:index + 3]:
        words = [word for part in parts for word in part.words] + below.words
        # Lines are a header only when every word of them is a column's name or a unit ("(€)").
        if below.page != line.page or below.top - max(part.bottom for part in parts) > conf.wrap_gap * line.size \
                or not _header_words(words, conf):
            break
        parts.append(below)
        if _names_required(words, conf):
            return header_columns(Line(page=line.page, words=sorted(words, key=lambda word: word.x0)), conf), parts
    return columns, [line]


def _header_parts_under(lines: list[Line], index: int, columns: dict[str, Column], conf: BudgetSettings) -> list[Line]:
    """The lines right under a whole header at ``lines[index]`` that are parts of it (:func:`_header_part`: a cell
    wrapped, "Aantal" / "uren"; not a value's currency sign under the header's repeat, "€" / "240.765").  The
    table's rows are measured from the last of them: LibreOffice look 8376 (A5, a header repeated over a page
    end) ended project 2.2's table at the gap from "Aantal" down to the row's label that went on under the
    header ("Instituut g"), and read its other eleven rows as text."""
    parts = [lines[index]]
    for below in lines[index + 1:index + 3]:
        if below.page != parts[0].page or below.top - parts[-1].bottom > conf.wrap_gap * below.size \
                or any(c.isdigit() for c in below.text) or not _header_words(below.words, conf) \
                or not any(_column_name(word, conf.columns) for word in below.words) \
                or not (len(below.words) > 1 or below.x0 >= values_start(columns)) \
                or not all(_under_its_column(word, columns, conf) for word in below.words):
            break
        parts.append(below)
    return parts[1:]


def _under_its_column(word: Word, columns: dict[str, Column], conf: BudgetSettings) -> bool:
    """A word of a header's wrapped cell stands under the column it names (a unit under any): not a total row's
    label in the first column, "Totaal" naming the amounts' column ("Totaal (€)"), with a currency sign wrapped
    over its value (WeasyPrint look 8869: "Totaal €" / "240.765" under the header repeated over a page end, read as
    the header's second line, the table's total published without its label)."""
    column = columns.get(_column_name(word, conf.columns) or "")
    return column is None or word.x0 < column.x1 + word.size and word.x1 > column.x0 - word.size


def _wraps_label(line: Line, last: Line | None, table: RawTable, conf: BudgetSettings) -> bool:
    """``line`` goes on the label of the row ending at ``last``: close under it, in print no larger
    than the table's, and left of the values (a paragraph after a table runs across them)."""
    return (last is not None and line.page == last.page and line.size <= table.header_lines[0].size + 0.5
            and line.top - last.bottom <= conf.wrap_gap * line.size and line.x1 <= values_start(table.columns))


def _header_part(line: Line, table: RawTable, conf: BudgetSettings) -> bool:
    """``line`` holds only column names and units, without a figure: a part of a header row, never a label,
    when it has two words or more ("Uurtarief Bedrag"), or stands in the values' columns, where no label
    goes (an amount column's "Totaal" / "(€)" that a page end moved alone under the repeated header)."""
    return (not any(c.isdigit() for c in line.text) and _header_words(line.words, conf)
            and (len(line.words) > 1 or line.x0 >= values_start(table.columns)))


def _header_words(words: list[Word], conf: BudgetSettings) -> bool:
    """Every word a column's name or a unit ("(€)")."""
    return all(_column_name(word, conf.columns) or not any(c.isalpha() for c in word.text) for word in words)


def _goes_on_last_row(line: Line, last: Line | None, table: RawTable, conf: BudgetSettings, notes: FootnotePrint,
                      page: Page) -> bool:
    """``line`` goes on the table's last row: it ends a value a narrow cell cut (:func:`_ends_value`), or a
    total closed the table before its label was whole ("Totaal Verwey-Jonker" / "Instituut": the total of an
    organisation, not of the table, once its label is whole), but for a line that opens the page's notes
    (LibreOffice look 8230, a 7 pt table over 7 pt notes: "Totaal Project" / "1 Alle bedragen staan in
    euro’s.").  Either may follow a total that closed it."""
    if not table.rows:
        return False
    row = table.rows[-1]
    if not _ends_value(line, row, table.columns, last):
        if not (table.closed_by_total and _wraps_label(line, last, table, conf)) or notes.opens_foot(line, page):
            return False
        _add_label(row, line.words, table.columns)
    table.lines.append(line)
    table.closed_by_total = table.closed_by_total and _is_table_total(row, table, conf)
    return True


_CENTS_CUT = re.compile(r",\d?$")


def _ends_value(line: Line, row: RawRow, columns: dict[str, Column], above: Line | None = None) -> bool:
    """``line`` ends with a figure or two that end a value of ``row`` cut in its cents (:func:`_cut_cell`): a
    cell too narrow for the amount wrapped it ("1.234.567,0" / "0", LibreOffice looks 8157 and 8174, A5), and
    the figures were read as a row of their own, amount 0.  They go on the value, and the words on the row's
    label ("Totaal Verwey-Jonker" / "Instituut")."""
    name = _cut_cell(line, row, columns, above)
    if name is None:
        return False
    *label, end = line.words
    cell = row.cells[name]
    raw = cell.raw + end.text
    row.cells[name] = replace(cell, raw=raw, value=parse_amount(raw), bottom=end.bottom)
    _add_label(row, label, columns)
    row.bottom = max(row.bottom, end.bottom)
    return True


def _cut_cell(line: Line, row: RawRow, columns: dict[str, Column], above: Line | None = None) -> str | None:
    """The name of ``row``'s value cut in its cents whose last figures ``line`` ends with, aligned with it, after
    label words or none: right under it, or, the row at a page's foot, right under ``above``, the line before
    ``line`` on the next page (the header repeated there: LibreOffice look 8514, A5, a table's total in cents
    broken before its last figure over a page end, that figure read as a table of its own)."""
    *label, end = line.words
    if not end.text.isdigit() or len(end.text) > 2 or any(w.x1 > values_start(columns) for w in label):
        return None
    over_page = above is not None and above.page == line.page and 0 <= end.top - above.bottom <= end.size
    for name, cell in row.cells.items():
        under = cell.page == line.page and 0 <= end.top - cell.bottom <= end.size
        if _CENTS_CUT.search(cell.raw) and abs(cell.x1 - end.x1) <= end.size / 2 \
                and (under or cell.page < line.page and over_page):
            return name
    return None


def _cut_cell_under(lines: list[Line], index: int, table: RawTable, header: list[Line]) -> bool:
    """The line at ``index``, right under a ``header`` repeated over a page end, ends a value of the table's last
    row cut in its cents (:func:`_cut_cell`): the table goes on, though a total closed it."""
    return (index < len(lines) and bool(table.rows) and header[-1].page > table.rows[-1].page
            and _cut_cell(lines[index], table.rows[-1], table.columns, header[-1]) is not None)


def _footnote_under(line: Line, has_values: bool, size: float, page: Page, notes: FootnotePrint,
                    foot: set[int]) -> bool:
    """``line`` is a footnote below a table that goes on over the page end: smaller print than the table's
    (:func:`_in_page_foot`), or in the page's notes (``foot``: their ``id()``, gathered here) from a line without
    values that opens them (LibreOffice look 8144, a 7 pt table over 7 pt notes: "1 Alle bedragen staan in
    euro’s." was read into the next page's first label)."""
    if id(line) in foot or not has_values and notes.opens_foot(line, page):
        foot.update(id(ln) for ln in page.lines if ln.top >= line.top)
        return True
    return _in_page_foot(line, size, page)


def _in_page_foot(line: Line, size: float, page, or_equal: bool = False) -> bool:
    """Smaller print than the table's (``or_equal``: or as small), with nothing larger below it on its page."""
    def small(other: Line) -> bool:
        return other.size < size or or_equal and other.size <= size

    return small(line) and all(small(other) for other in page.lines if other.top >= line.top)


def _ruled_apart(page: Page, above: float, below: float, line: Line) -> bool:
    """A grid's rule runs between ``above`` and ``below`` (y) where ``line``'s text starts: a row's edge."""
    return any(above < y < below and x0 <= line.x0 + 2 <= x1 for x0, x1, y in page.h_rules)


def _in_grid(line: Line, last: Line, table: RawTable, page: Page) -> bool:
    """``line`` starts a row of the table's grid: just under a rule across the table, at most an
    empty row below ``last`` (a grid's spacer row puts more than a wrapped line's gap between them)."""
    left = min(column.x0 for column in table.columns.values())
    right = max(column.x1 for column in table.columns.values())
    rules = page.rules_across(left, right, last.bottom, line.top)
    return bool(rules) and line.top - max(rules) <= line.size and line.top - last.bottom <= 4 * line.size


def _opens_row_over_page_end(lines: list[Line], index: int, last: Line, table: RawTable, conf: BudgetSettings,
                             pages: dict[int, Page]) -> bool:
    """``lines[index]``, a label without values starting where a label column does, is the last of the
    table's print on its page, at most an empty row below the row above, and the next page opens with a
    header: the table's repeated, under which the row's values go on (an HTML export breaks a row over the
    page end: "Totaal" at the foot, its "€ 123.456,00" on the next page)."""
    line, size = lines[index], table.header_lines[0].size
    if line.page != last.page or line.top - last.bottom > 4 * line.size:
        return False
    below = index + 1
    while below < len(lines) and lines[below].page == line.page:
        if not _in_page_foot(lines[below], size, pages[line.page]):
            return False
        below += 1
    starts = [column.x0 for name, column in table.columns.items() if name in ("organisation", "role")]
    return (below < len(lines) and any(abs(line.x0 - x0) <= line.size / 4 for x0 in starts)
            and line.x1 <= values_start(table.columns) and _header(lines, below, conf)[0] is not None)


def _ruled_off(pending: list[Line], table: RawTable, pages: dict[int, Page],
               conf: BudgetSettings) -> tuple[list[Line], list[Line]]:
    """``pending`` lines before a repeated header: those that go on the row above, and those from the
    first line a rule, or more than a wrapped line's gap, sets apart from the line before it (a row that
    goes on over the page end)."""
    bottom, page = table.rows[-1].bottom, table.rows[-1].page
    for index, line in enumerate(pending):
        if line.page == page and (_ruled_apart(pages[page], bottom, line.top, line)
                                  or line.top - bottom > conf.wrap_gap * line.size):
            return pending[:index], pending[index:]
        bottom, page = line.bottom, line.page
    return pending, []


def _place_pending(table: RawTable, row: RawRow, pending: list[Line], pages: dict[int, Page],
                   keywords: RowKeywords, tables: list[RawTable]) -> None:
    """Give wrapped label lines to the row above or below, the lines of one cell together: those a row
    kind's first word settles (:func:`_label_begins`), then each to the row no grid rule sets apart from
    it, else the nearer; once a line goes below, the lines after it go too.  ``tables``: the document's
    tables read so far, whose staff rows name its organisations."""
    previous = table.rows[-1] if table.rows else None
    above_at_least, below_from = _label_begins(pending, previous, row, keywords, table.columns)
    if pending and _cell_moved(pending, table, row, keywords, tables):
        above_at_least = below_from = len(pending)
    # Where the row above ends so far: its values line, or the last line given to it (over a page end).
    edge = (previous.page, previous.bottom) if previous is not None else None
    below: list[Line] = []
    for index, line in enumerate(pending):
        if below or index >= below_from or (index >= above_at_least and _nearer_below(line, edge, row, pages)):
            below.append(line)
        else:
            _add_label(previous, line.words, table.columns)
            edge = (line.page, line.bottom)
    _put_before_label(row, below, table.columns)


def _cell_moved(pending: list[Line], table: RawTable, row: RawRow, keywords: RowKeywords,
                tables: list[RawTable]) -> bool:
    """``pending`` lines over a page end, all in one label column, are the row above's cell of it: that
    row has its other label cell but nothing in this one, and the row below has its own on its values
    line.  An HTML export keeps a wrapped cell's two lines together (CSS's widows and orphans): at a page
    end the row's one-line cells stay, and its organisation ("Verwey-Jonker" / "Instituut") or function
    ("Junior" / "onderzoeker") goes over to the next page.  A row a row kind's word begins ("Stafkosten
    …") has no function to miss, nor one to take: under the row above's function, a line in the function
    column goes on with it (LibreOffice look 8260: "Project" at a page's foot, "ondersteuning" under the
    header repeated on the next page, above "Stafkosten Verwey-").  Lines in the organisation column that
    begin no row go on the row above's organisation, begun already, when the row below begins its label
    with a row kind's word on its values line (nothing stands before that word; so do lines in both label
    columns, LibreOffice look 8316: "Verwey-Jonker Projectondersteunin" / "Instituut … g" above
    "Stafkosten …"), or when they end a name
    the document's tables print as a staff row's organisation there and would not below (LibreOffice looks
    8296 and 8304: "Stafkosten Verwey-Jonker" or "Totaal Verwey-Jonker" at a page's foot, "Instituut" under
    the repeated header, read "Instituut Overhead Verwey-Jonker Instituut" and "Instituut Movisie"; look 8231:
    the table's first row so cut, its name printed whole in the tables before).  A row with
    no label at all, its values alone at a page's foot, takes the lines over the page end whatever their
    columns, when the row below has its own label on its values line (WeasyPrint look 8364: "30 57,00
    1.710,00", then "Verwey-Jonker Junior" / "Instituut onderzoeker" under the repeated header).  A function
    that goes on in lower case goes on the row above's when the row below begins its own on its values line
    (LibreOffice look 8473: "Movisie | Senior" at a page's foot, "communicatieadviseur" under the header
    repeated on the next, above "Movisie | Junior", read "communicatieadviseur Junior communicatieadviseur")."""
    previous = table.rows[-1] if table.rows else None
    if previous is None or not pending or pending[0].page <= previous.page:
        return False
    if not previous.label and (row.org_words or row.role_words):
        return True
    columns = table.columns
    in_role = {_in_role_column(word, columns) for line in pending for word in line.words}
    if len(in_role) == 1 and _goes_on_a_word(previous.role_words if True in in_role else previous.org_words,
                                              pending[0].text, previous.vocab):
        return True
    if in_role == {True} and previous.role_words and not row.role_words and keywords.begins_row(row.org_text):
        return True
    if in_role == {True} and previous.role_words and row.role_words and pending[0].text[:1].islower():
        return True  # a function goes on: the row below begins its own on its values line (look 8473)
    if in_role == {True}:  # the row below has its own function, or is of a kind that has none ("Stafkosten …")
        return (not previous.role_words and bool(previous.org_words)
                and (bool(row.role_words) or keywords.begins_row(row.org_text))
                and not keywords.begins_row(previous.org_text))
    if previous.org_words and not any(keywords.begins_row(line.text) for line in pending):
        if keywords.begins_row(row.org_text):
            return True  # nothing stands before a row kind's word, in either label column (look 8316)
        names = {_org_key(other.org_text) for read in tables for other in read.rows if other.role_words}
        wrapped = " ".join(line.text for line in pending)
        kinds = (*keywords.staff_costs, *keywords.overhead, *keywords.total)
        return in_role == {False} and _org_key(_strip_keyword(f"{previous.org_text} {wrapped}", kinds)) in names \
            and _org_key(f"{wrapped} {row.org_text}") not in names
    return in_role == {False} and not previous.org_words and bool(previous.role_words) and bool(row.org_words)


def _goes_on_a_word(cell: list[Word], line: str, vocab: Vocabulary) -> bool:
    """``line`` goes on the last word of a cell whose words are ``cell``: the cell wrapped inside a word
    ("Senior communicatieadviseu" / "r") or after its hyphen ("Verwey-" / "Jonker")."""
    text = _cell_text(cell, vocab)
    return bool(text) and join_wrapped([text, line], vocab, cell=True) != f"{text} {line.strip()}"


def _label_begins(pending: list[Line], previous: RawRow | None, row: RawRow, keywords: RowKeywords,
                  columns: dict[str, Column]) -> tuple[int, int]:
    """How many ``pending`` lines at least go to the row above, and from which one on all go to the row
    below, as far as a row kind's first word ("Stafkosten …", "Overhead …") tells: a line that starts with
    one begins a label, so it is the first line of a row's label that has not begun yet.  That is the row
    above's when it has no label at all (its label went over a page end, or stands under its values) and
    the line comes first, else the row below's when its own label does not begin with such a word.  A
    label already begun cannot take it: the line goes to the other row, with the lines after it.  Two
    such lines, where both rows are free, begin the label of each ("Externe" / "projectkosten /" /
    "inhuur" for the values a page end left above, "Totaal €" for those below).  Where
    the words tell nothing: (0, len(pending)).  A line in the role column ("Externe adviseur") begins none."""
    unsettled = 0, len(pending)
    begins = [index for index, line in enumerate(pending)
              if keywords.begins_row(line.text) and not _in_role_column(line.words[0], columns)]
    if not begins or previous is None:
        return unsettled
    above_free = begins[0] == 0 and not previous.label
    below_free = not keywords.begins_row(row.org_text)
    if len(begins) == 2 and above_free and below_free:
        # Two labels begun: the first the row above's, the second the row below's.
        return begins[1], begins[1]
    if len(begins) != 1:
        return unsettled
    if above_free and not below_free:
        return 1, len(pending)
    if below_free and not above_free:
        return begins[0], begins[0]
    return unsettled


def _nearer_below(line: Line, edge: tuple[int, float] | None, row: RawRow, pages: dict[int, Page]) -> bool:
    """``line`` goes on the label of the row below rather than the row above ending at ``edge`` (page,
    bottom; None: the table has no row above, so every line goes below): the one no grid rule sets apart
    from it, else the nearer on its page."""
    if edge is None:
        return True
    page = pages[line.page]
    above = edge[0] == line.page
    below = row.page == line.page
    ruled_above = above and _ruled_apart(page, edge[1], line.top, line)
    ruled_below = below and _ruled_apart(page, line.bottom, row.top, line)
    if ruled_above != ruled_below:
        return ruled_above
    gap_above = line.top - edge[1] if above else float("inf")
    gap_below = row.top - line.bottom if below else float("inf")
    return not gap_above < gap_below


def _put_before_label(row: RawRow, lines: list[Line], columns: dict[str, Column]) -> None:
    """Lines standing above a row's values line begin its label."""
    own_org, own_role = row.org_words, row.role_words
    row.org_words, row.role_words = [], []
    for line in lines:
        _add_label(row, line.words, columns)
    row.org_words += own_org
    row.role_words += own_role


def _currency_over_value(line: Line, last: Line | None, table: RawTable, currency: list[Line],
                         pending: list[Line]) -> Line | None:
    """When ``line`` prints nothing but currency signs in the value columns ("€" over its amount, a value
    cell wrapped), the table's last line after it (``last``, or ``line`` where it has a label); else None.
    The signs go to ``currency``, for the next row's value; a label before them ("Totaal €" over
    "123.456,00") to ``pending``, as a wrapped label line."""
    start = values_start(table.columns)
    signs = [word for word in line.words if word.x0 >= start]
    if not signs or not all(word.text in _CURRENCY for word in signs):
        return None
    currency.append(Line(page=line.page, words=signs))
    table.lines.append(line)
    if label := [word for word in line.words if word.x0 < start]:
        pending.append(Line(page=line.page, words=label))
        return line
    return last


def _prefix_currency(row: RawRow, currency: list[Line], columns: dict[str, Column]) -> None:
    """The currency sign printed on the line above a value goes before it, as if on its line."""
    for sign in (word for line in currency for word in line.words):
        name = min(row.cells, key=lambda n: abs(columns[n].x1 - sign.x1), default=None)
        if name is not None:
            cell = row.cells[name]
            row.cells[name] = replace(cell, raw=f"{sign.text} {cell.raw}", x0=min(cell.x0, sign.x0),
                                      top=min(cell.top, sign.top))


def _org_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _is_table_total(row: RawRow, table: RawTable, conf: BudgetSettings) -> bool:
    """A total row naming no organisation of the table, nor the start of one's name: "Totaal Verwey-" is an
    organisation's total whose label a page end cut ("Jonker" / "Instituut" under the repeated header).  A
    table's first row that names something is no table's total, with nothing above it to sum: LibreOffice
    looks 8107 and 8161 lose the rows of a table split after a heading at a page's foot, and the next page
    opens with "Totaal Verwey-Jonker Instituut", then Movisie's rows, which were read as text."""
    rest = _org_key(_strip_keyword(row.label, conf.row_kinds.total))
    if rest and all(other is row for other in table.rows):
        return False
    orgs = {_org_key(r.org_text) for r in table.rows if r is not row and r.org_text}
    orgs |= {_org_key(_strip_keyword(r.label, (*conf.row_kinds.staff_costs, *conf.row_kinds.overhead)))
             for r in table.rows}
    return not rest or not any(org.startswith(rest) for org in orgs if org)


def _strip_keyword(label: str, keywords) -> str:
    for keyword in keywords:
        if label.lower().startswith(keyword):
            return label[len(keyword):].strip()
    return label


def classify_rows(table: RawTable, settings: BudgetSettings | dict | None = None) -> list[BudgetRow]:
    """Give each printed row its kind and organisation, as printed."""
    kinds = resolve(BudgetSettings, settings).row_kinds
    rows: list[BudgetRow] = []
    organisation: str | None = None
    for index, raw in enumerate(table.rows):
        label = raw.label
        role = None
        if _starts(label, kinds.staff_costs):
            kind, org = RowKind.STAFF_COSTS, _strip_keyword(label, kinds.staff_costs)
        elif _starts(label, kinds.overhead):
            kind, org = RowKind.OVERHEAD, _strip_keyword(label, kinds.overhead)
        elif _starts(label, kinds.external):
            kind, org = RowKind.EXTERNAL, None
        elif _starts(label, kinds.total):
            if table.closed_by_total and index == len(table.rows) - 1:
                kind, org = RowKind.TABLE_TOTAL, None
            else:
                kind, org = RowKind.ORG_TOTAL, _strip_keyword(label, kinds.total)
        else:
            kind = RowKind.STAFF
            # An organisation printed once per block is carried down its rows.
            org = raw.org_text or organisation
            role = raw.role_text or None
        if kind in (RowKind.STAFF, RowKind.STAFF_COSTS, RowKind.OVERHEAD, RowKind.ORG_TOTAL) and org:
            organisation = org
        rows.append(
            BudgetRow(
                row_index=index,
                row_kind=kind,
                label_raw=label,
                organisation_raw=org or None,
                role_raw=role,
                cells=raw.cells,
                page=raw.page,
                label_lines=raw.label_lines,
            )
        )
    return rows
