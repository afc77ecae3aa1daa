"""Small werkplan PDFs of other shapes, built with reportlab for the tests.

A document is a list of blocks: ``("title", text)``, ``("h1".."h4", text)``,
``("p", text)``, ``("budget", rows, options)`` (options: grid, repeat_header, role_width),
``("planning", years, activities, grid, options)``,
``("pagebreak",)``, ``("spacer", points)``.
Budget rows are the printed strings; :func:`budget_block` makes them from numbers
so each test states its expected values directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HEADER = ["Organisatie", "Onderzoeker", "Uurtarief (€)", "Aantal", "Bedrag (€)"]

STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=30, leading=36),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=8, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=4),
    "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
    "h4": ParagraphStyle("h4", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4),
}

# Headings set like the body text: a typesetting whose headings no typography cue reveals.
PLAIN_HEADINGS = {level: STYLES["p"] for level in ("h1", "h2", "h3", "h4")}


def dutch(n: int | Decimal, style: str = "dots") -> str:
    """Print a number the way a werkplan might: 1.234, € 1.234, 1.234,-, 1 234, 1.234,00, € 1.234,50.
    Only the cents styles print a number with cents."""
    grouped = f"{int(n):,}".replace(",", ".")
    cents = f"{n:.2f}"[-2:]
    if cents != "00" and "cents" not in style:
        raise ValueError(f"{n} has cents; style {style!r} prints none")
    return {
        "dots": grouped,
        "plain": str(n),
        "euro": f"€ {grouped}",
        "comma-dash": f"{grouped},-",
        "spaces": grouped.replace(".", " "),
        "cents": f"{grouped},{cents}",
        "euro-cents": f"€ {grouped},{cents}",
    }[style]


@dataclass
class Expected:
    """What a test expects back for one printed row."""

    row_kind: str
    organisation: str | None
    role: str | None
    rate: int | None
    hours: int | None
    amount: int


@dataclass
class BudgetRows:
    printed: list[list[str]] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)
    # The header words, organisation, role, rate, hours, amount in that order, and the
    # left-to-right order the three numeric columns are printed in.
    header: tuple[str, ...] = tuple(HEADER)
    order: tuple[str, ...] = ("rate", "hours", "amount")

    def columns(self, cells: list[str]) -> list:
        """A row's five cells (organisation, role, rate, hours, amount) in the printed column order."""
        numeric = dict(zip(("rate", "hours", "amount"), cells[2:], strict=True))
        return list(cells[:2]) + [numeric[name] for name in self.order]


def budget_block(blocks, external: int, style: str = "dots", total_label: str = "Totaal Project",
                 header: tuple[str, ...] = tuple(HEADER), order: tuple[str, ...] = ("rate", "hours", "amount"),
                 ) -> BudgetRows:
    """Rows of one budget table: ``blocks`` is [(organisation, [(role, rate, hours)], staff_rate, overhead_rate)].

    ``header`` names the columns (organisation, role, rate, hours, amount); ``order`` is the
    order the rate, hours and amount columns are printed in.
    """
    out = BudgetRows(header=tuple(header), order=tuple(order))
    grand = 0
    for index, (org, staff, staff_rate, overhead_rate) in enumerate(blocks):
        if index:
            out.printed.append(list(header))
        org_total, hours_sum = 0, 0
        for role, rate, hours in staff:
            amount = rate * hours
            out.printed.append([org, role, _rate(rate, style), dutch(hours, style), dutch(amount, style)])
            out.expected.append(Expected("staff", org, role, rate, hours, amount))
            org_total += amount
            hours_sum += hours
        for kind, label, rate in (("staff_costs", "Stafkosten", staff_rate), ("overhead", "Overhead", overhead_rate)):
            amount = rate * hours_sum
            out.printed.append([f"{label} {org}", "", _rate(rate, style), dutch(hours_sum, style),
                                dutch(amount, style)])
            out.expected.append(Expected(kind, org, None, rate, hours_sum, amount))
            org_total += amount
        out.printed.append([f"Totaal {org}", "", "", "", dutch(org_total, style)])
        out.expected.append(Expected("org_total", org, None, None, None, org_total))
        grand += org_total
    out.printed.append(["Externe projectkosten / inhuur", "", "", "", dutch(external, style)])
    out.expected.append(Expected("external", None, None, None, None, external))
    grand += external
    out.printed.append([total_label, "", "", "", dutch(grand, style)])
    out.expected.append(Expected("table_total", None, None, None, None, grand))
    return out


def _rate(rate: int, style: str) -> str:
    """Rates as werkplannen print them: bare, or with cents where the amounts have cents."""
    return dutch(rate, style) if "cents" in style else str(rate)


CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)


def _budget_table(rows: BudgetRows, grid: bool, repeat_header: bool, role_width: int = 130) -> Table:
    # Label cells are paragraphs, so a label wider than its column wraps as in Word.
    data = [rows.columns(list(rows.header))] + [
        rows.columns([Paragraph(r[0], CELL), Paragraph(r[1], CELL)] + r[2:]) for r in rows.printed]
    # A numeric column is as wide as its header word needs, so headers never run into each other.
    numeric = zip(rows.columns([0, 0, 70, 50, 70])[2:], data[0][2:], strict=True)
    widths = [150, role_width] + [max(width, stringWidth(word, "Helvetica-Bold", 9) + 8) for width, word in numeric]
    table = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(style))
    return table


OVERVIEW_HEADER = ["Programmaonderdeel", "Movisie (€)", "Verwey-Jonker Instituut (€)",
                   "Externe projectkosten / inhuur (€)", "Totaal (€)"]


def _overview_table(rows: list[list[str]]) -> Table:
    bold = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=9, leading=11)
    data = [[Paragraph(h, bold) for h in OVERVIEW_HEADER]] + rows
    table = Table(data, colWidths=[170, 70, 80, 90, 60])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


# A font that has the marks Gantt tables print instead of shading ("●", "✓"); Helvetica has not.
MARK_FONT = "DejaVuSans"
registerFont(TTFont(MARK_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

MONTHS = ["Jan.", "Feb.", "Mrt.", "Apr.", "Mei.", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dec."]


def _planning_table(years: list[int], activities: list[tuple[str, set | str]], grid: bool,
                    repeat_header: bool = True, mark: str | None = None) -> Table:
    """A Gantt table: a year row, a month row, one row per activity with its planned
    (year, month) cells shaded (or holding ``mark``, a character such as "x"), or with a note
    (a string) across its month cells.  Over a page end the year and month rows repeat when
    ``repeat_header``."""
    columns = [(year, month) for year in years for month in range(1, 13)]
    year_row = [""] + [str(year) if month == 1 else "" for year, month in columns]
    month_row = [""] + [MONTHS[month - 1] for _, month in columns]
    note_style = ParagraphStyle("note", fontName="Helvetica", fontSize=8, leading=10)
    data = [year_row, month_row]
    for label, planned in activities:
        if isinstance(planned, str):
            data.append([Paragraph(label, CELL), Paragraph(planned, note_style)] + [""] * (len(columns) - 1))
        else:
            data.append([Paragraph(label, CELL)] + [mark if mark and key in planned else "" for key in columns])
    width = 300 / len(columns)
    table = Table(data, colWidths=[150] + [width] * len(columns), repeatRows=2 if repeat_header else 0)
    style = [("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 6), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for index in range(len(years)):
        style.append(("SPAN", (1 + 12 * index, 0), (12 * (index + 1), 0)))
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for row, (_, planned) in enumerate(activities, start=2):
        if isinstance(planned, str):
            style.append(("SPAN", (1, row), (-1, row)))
            continue
        for col, key in enumerate(columns, start=1):
            if key in planned and mark:
                style.append(("FONT", (col, row), (col, row), MARK_FONT, 6))
            elif key in planned:
                style.append(("BACKGROUND", (col, row), (col, row), colors.HexColor("#5B9BD5")))
    table.setStyle(TableStyle(style))
    return table


class _Heading(Paragraph):
    """A paragraph that knows its block kind and, once drawn, the height of its top on the page (for the outline)."""

    def __init__(self, text: str, style: ParagraphStyle, kind: str):
        super().__init__(text, style)
        self.werkplan_kind = kind
        self.werkplan_top = 0.0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 - reportlab's names
        self.werkplan_top = y + self.height
        super().drawOn(canvas, x, y, _sW)


def build_pdf(path, blocks, running_header: str = "Werkplan Testplatform", styles: dict | None = None,
              password: str | None = None, outline: bool = False, turn: int = 0) -> None:
    """Render ``blocks`` to an A4 PDF at ``path`` with a running header 'N van M', encrypted if ``password``.

    ``styles`` replaces some of :data:`STYLES` (e.g. :data:`PLAIN_HEADINGS`).  With ``outline`` the PDF has
    bookmarks: an outline item for each heading h1 … h4, at its level, pointing at the heading's line.  With
    ``turn`` (90, 180, 270) every page is stored turned (``/Rotate``) and its content turned back, so that it
    shows as without: as scanning and printing software store pages; the bookmarks point where the headings stand.
    """
    styles = {**STYLES, **(styles or {})}
    flowables = []
    for block in blocks:
        kind = block[0]
        if kind == "budget":
            options = block[2] if len(block) > 2 else {}
            flowables.append(_budget_table(block[1], options.get("grid", True), options.get("repeat_header", True),
                                           options.get("role_width", 130)))
            flowables.append(Spacer(1, 8))
        elif kind == "planning":
            options = block[4] if len(block) > 4 else {}
            flowables.append(_planning_table(block[1], block[2], block[3] if len(block) > 3 else True,
                                             options.get("repeat_header", True), options.get("mark")))
            flowables.append(Spacer(1, 8))
        elif kind == "overview":
            flowables.append(_overview_table(block[1]))
        elif kind == "pagebreak":
            flowables.append(PageBreak())
        elif kind == "spacer":
            flowables.append(Spacer(1, block[1]))
        else:
            flowables.append(_Heading(block[1], styles[kind], kind))

    def header(canvas, doc):
        if turn:
            width, height = A4
            # The content turned the other way, into the turned box (a, b, c, d, e, f); for the whole page.
            canvas.transform(*{90: (0, 1, -1, 0, height, 0), 180: (-1, 0, 0, -1, width, height),
                               270: (0, -1, 1, 0, 0, width)}[turn])
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, A4[1] - 30, f"{running_header} | {doc.page} van {doc.page_total}")
        canvas.restoreState()

    class _Doc(SimpleDocTemplate):
        page_total = 0

        def afterFlowable(self, flowable):  # noqa: N802 - reportlab's hook
            kind = getattr(flowable, "werkplan_kind", None)
            if outline and kind in ("h1", "h2", "h3", "h4"):
                key = f"h{id(flowable)}"
                self.canv.bookmarkHorizontal(key, 0, flowable.werkplan_top)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level=int(kind[1]) - 1)

    doc = _Doc(str(path), pagesize=A4, topMargin=60, bottomMargin=50, leftMargin=56, rightMargin=56,
               encrypt=password, rotation=turn)  # reportlab turns the box of a page turned a quarter
    # Two passes: the first counts pages so the header can say "N van M".
    doc.build(list(flowables), onFirstPage=header, onLaterPages=header)
    _Doc.page_total = doc.page
    doc.build(flowables, onFirstPage=header, onLaterPages=header)


def small_werkplan(year: int, projects, options=None, begroting=None, filler: int = 0, overview=None):
    """Blocks of a werkplan with a Begroting section and a Bijlage of projects.

    ``projects``: [(programmalijn number, programmalijn title, [(project number, title, BudgetRows)])].
    ``begroting``: [(heading, BudgetRows)] under the Begroting heading; a heading with
    rows None is followed by an ("overview", ...) block from ``overview``.
    ``filler``: paragraphs before each project budget, to push tables over a page end.
    """
    options = options or {}
    blocks = [("title", f"Werkplan {year}"), ("p", "Kennisplatform Inclusief Samenleven"), ("pagebreak",)]
    blocks.append(("h1", "Inleiding"))
    blocks.append(("p", "Dit werkplan beschrijft de activiteiten van het komende jaar."))
    if begroting:
        blocks.append(("h1", "Begroting"))
        for heading, rows in begroting:
            blocks += [("h2", heading), ("budget", rows, options) if rows is not None else ("overview", overview)]
    blocks += [("pagebreak",), ("h1", "Bijlage 1. Uitgewerkte projectplannen")]
    for number, title, items in projects:
        blocks.append(("h2", f"Programmalijn {number}. {title}"))
        for project_number, project_title, rows in items:
            blocks.append(("h3", f"Project {project_number} {project_title}"))
            blocks.append(("h4", "1. Vraagstuk"))
            blocks += [("p", "Een alinea over het vraagstuk van dit project. " * 6)] * (filler + 1)
            blocks += [("h4", "9. Begroting"), ("budget", rows, options)]
    return blocks
