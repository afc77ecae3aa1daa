"""The whole 2023 werkplan typeset anew from its plain text, in several looks.

The user's plain text (tests/fixtures/werkplan-kis-2023.txt) is read into blocks
(headings with their level, paragraphs, list items, the table of contents, budget,
overview and planning tables) by this module's own rules, never by the code under
test, and set again with reportlab in other fonts, sizes, colours and margins.
Extracting such a PDF must give the same datasets as the bundled PDF.

The plain text carries no shading, so the planned months of each Gantt table are
taken from the bundled PDF's planning dataset (passed in as a frame); the
planning tests check those months against the document itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tests.golden.build_golden import PATTERNS as BUDGET_ROW_PATTERNS
from tests.werkplan_factory import MARK_FONT

SEED = Path(__file__).resolve().parent / "fixtures" / "werkplan-kis-2023.txt"

# Headings of levels 1 and 2 as the plain text prints them, read by hand from the
# document.  Projects, sub-plans ("Idee 1: ...") and a project's numbered
# subsections ("1. Vraagstuk") are recognised by their numbering below.
HEADINGS = {
    "Inhoud": 1, "Inleiding": 1, "Onderdeel van een meerjarige programma": 2, "Totstandkoming werkplan 2023": 2,
    "Leeswijzer": 2, "Onderdeel A: Ontwikkeling en benutting van kennis": 1,
    "Onderdeel van meerjarenprogramma met ruimte voor flexibiliteit": 2, "Projecten 2023": 2,
    "Overig project": 2, "Onderdeel B: Portaalfunctie": 1,
    "Onderdeel C: Verbinding, signalering en netwerkontwikkeling": 1, "Activiteiten": 2, "Jaarbijeenkomst": 2,
    "a. Thematische en/of regionale kennisateliers": 2, "b. KIS-community": 2,
    "c. Netwerkontwikkeling en impact op programmaniveau": 2, "d. Raad van advies": 2, "e. Leerstoel KIS": 2,
    "f. KIS Wijkmonitor": 2, "g. Ontsluiten externe publicaties": 2, "h. Handreiking terminologie": 2,
    "Elkaar versterkende activiteiten": 2, "Onderdeel D: Communicatie": 1,
    "Onderdeel E: Programmaleiding en programmaontwikkeling": 1, "Begroting": 1,
    "Onderdeel A projecten en benutting kennis": 2,
    "Totaal onderdeel A: Projecten en Impact, implementatie en netwerken": 2, "Totaal projecten onderdeel A": 2,
    "Totaal Impact implementatie en netwerken van de negen programmalijnen": 2, "Onderdeel B. Portaalfunctie": 2,
    "Onderdeel C. Verbinding, signalering en netwerkontwikkeling": 2, "Onderdeel D. Communicatie": 2,
    "Onderdeel E. Programmaleiding en programmaontwikkeling": 2, "Totaal overzichten begroting KIS2023": 2,
    "De uitsplitsing van de uren en bedragen naar functieniveau is als volgt.": 2,
    "Bijlage 1. Uitgewerkte projectplannen": 1, "Overige project": 2,
    "2.3 Overig project ‘Dubbele nationaliteit": 3, "1. Kennisdossier Roma, Sinti en woonwagenbewoners": 3,
}
PROGRAMMALIJN = re.compile(r"^Programmalijn \d+\. ")
PROJECT = re.compile(r"^Project \d+\.\d+")
SUBPLAN = re.compile(r"^Idee \d+:")
SUBSECTION = re.compile(r"^\d+\.\s?[A-Z][^.]{2,45}$")
RUNNING_HEADER = re.compile(r"^(Werkplan Kennisplatform Inclusief Samenleven|Kennisplatform Inclusief Samenleven –)"
                            r" .*\| (Pagina )?\d+ van \d+$")
# The plain text holds the targets of links, which the PDF does not print.
LINK = re.compile(r"^https?://\S+$")
# An entry's dot leader is sometimes lost in the plain text ("... in gemeenten 77"); the PDF prints it.
TOC_ENTRY = re.compile(r"^(?P<title>.*?\S)\s*(\.{3,})?\s*(?P<page>\d+)$")
ITEM = re.compile(r"^(•|\uf0b7|(\d+|[a-z])[.)]\s)")
MONTH_ROW = re.compile(r"^Jan\.?\s+Feb")
YEAR = re.compile(r"^(19|20)\d\d$")
# Footnote references the plain text glues to their word but the PDF sets apart
# (a superscript after a gap), read by hand from the bundled PDF.
FOOTNOTE_GAPS = {"opgenomen.1": "opgenomen. 1", "Utrecht).2": "Utrecht). 2", "gemeenten8.": "gemeenten 8.",
                 "(groeps)interviews12": "(groeps)interviews 12"}
# Each footnote's reference as the plain text prints it (after FOOTNOTE_GAPS), read by hand: its
# number is set as a superscript, and the note at the foot of the page the reference ends on.
REFERENCES = {1: "opgenomen. 1", 2: "Utrecht). 2", 3: "KIS-artikelen 3)", 4: "20224)", 5: "Instituut5", 6: "CBS6",
              7: "migratieachtergrond7", 8: "gemeenten 8.", 9: "kerk9", 10: "regio10", 11: "blijven11",
              12: "(groeps)interviews 12", 13: "inzichten13", 14: "pabo’s14", 15: "‘ongewenst’15",
              16: "polarisatie16", 17: "attentheid’.17"}
BOLD = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}
RUNNING_TEXT = "Werkplan Kennisplatform Inclusief Samenleven 24 november 2022"


def budget_cells(kind: str, groups: tuple) -> list[str]:
    """The five printed cells of a budget row (organisation, role, rate, hours, amount) from its parsed groups."""
    rest = groups[2 if kind == "staff" else 1:]
    values = ["".join(v for v in rest[i:i + 2] if v) for i in range(0, len(rest), 2)]
    if kind == "staff":
        return [groups[0], groups[1], *values]
    if kind in ("staff_costs", "overhead"):
        return [f"{'Stafkosten' if kind == 'staff_costs' else 'Overhead'} {groups[0]}", "", *values]
    if kind == "org_total":
        return [f"Totaal {groups[0]}", "", "", "", *values]
    return [groups[0], "", "", "", *values]


@dataclass
class Block:
    kind: str  # title | titleline | heading | para | item | footnote | toc | budget | overview | planning
    text: str = ""
    level: int = 0
    rows: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def _words(lines: list[str]) -> Counter:
    counts = Counter()
    for line in lines:
        for token in line.split():
            counts[token.strip(".,;:()‘’'“”\"!?")] += 1
    return counts


def _join(lines: list[str], vocabulary: Counter) -> str:
    """Lines of one paragraph joined; a line-break hyphen is kept only where the
    plain text spells the word with a hyphen elsewhere (or the part before it is
    an abbreviation in capitals), as a reader of the text would."""
    text = ""
    for line in lines:
        line = line.strip()
        if not text:
            text = line
            continue
        if text.endswith("-") and line[:1].islower():
            head = text.rsplit(" ", 1)[-1][:-1]
            tail = line.split(" ", 1)[0].strip(".,;:()‘’'“”\"!?")
            joined, hyphenated = head + tail, f"{head}-{tail}"
            if tail in ("en", "of"):  # "leerling- en schoolniveau": a word left open, not a break
                text = f"{text} {line}"
                continue
            keep = not head or head.isupper() or head[-1:].isdigit() or (
                vocabulary[hyphenated] > vocabulary[joined])
            text = text + line if keep else text[:-1] + line
        else:
            text = f"{text} {line}"
    for glued, apart in FOOTNOTE_GAPS.items():
        text = text.replace(glued, apart)
    return re.sub(r"\s+", " ", text)


def _seed_lines() -> list[str]:
    lines = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = raw.replace("\uf0b7", "•").strip()
        if LINK.match(line):
            continue
        lines.append("" if RUNNING_HEADER.match(line) else line)
    return lines


# Over 60 lines: the whole 2023 plain text turned into blocks, one branch per kind of line in the seed;
# a table of cases, read top to bottom.
def seed_blocks(planning_rows) -> list[Block]:
    """The werkplan's plain text as blocks.  ``planning_rows``: the bundled PDF's
    planning dataset (one row per activity and month)."""
    lines = _seed_lines()
    vocabulary = _words(lines)
    rows = planning_rows.astype(object).where(planning_rows.notna(), None)
    plannings = {scope: frame for scope, frame in rows.groupby("scope_id", sort=False)}
    blocks: list[Block] = []
    paragraph: list[str] = []
    # Footnotes stand where the plain text's page ended, often inside a sentence; they
    # are set after the paragraph they interrupt, at the foot of the page it ends on.
    footnotes: list[Block] = []

    def emit_footnotes():
        blocks.extend(footnotes)
        footnotes.clear()

    def flush():
        if paragraph:
            first = paragraph[0]
            if first[:1].islower() and blocks[-1].kind in ("para", "item"):
                blocks[-1].text = _join([blocks[-1].text] + paragraph, vocabulary)
            else:
                emit_footnotes()
                blocks.append(Block("item" if ITEM.match(first) else "para", _join(paragraph, vocabulary)))
            paragraph.clear()

    index, n = 0, len(lines)
    # Title page: everything before the table of contents.
    while lines[index] != "Inhoud":
        if lines[index]:
            blocks.append(Block("title" if lines[index].startswith("Werkplan ") else "titleline", lines[index]))
        index += 1
    blocks.append(Block("heading", "Inhoud", level=1))
    index += 1
    while lines[index] != "Inleiding":
        if match := TOC_ENTRY.match(lines[index]):
            title = match.group("title")
            # Indented as printed: "Overige project" stands with the onderdelen.
            level = 1 if re.match(r"^(Inleiding|Onderdeel|Begroting|Bijlage|Overige)", title) else (
                2 if re.match(r"^Programmalijn", title) else 3)
            if title[:1].islower() and blocks[-1].kind == "toc":
                level = blocks[-1].level
            blocks.append(Block("toc", title, level=level, extra={"page": match.group("page")}))
        index += 1
    in_bijlage = in_project = in_table = in_planning = False
    label_words: set[str] = set()
    scope = project = None
    subsection = 0
    footnote = 1  # the number of the next footnote
    table_rows: list = []
    while index < n:
        line = lines[index]
        index += 1
        if re.match(rf"^{footnote}\s+\S", line):
            index = _footnote(lines, index, footnote, footnotes, vocabulary)
            if not any(REFERENCES[footnote] in text for text in paragraph):
                _place_after_reference(blocks, footnotes.pop(), REFERENCES[footnote])
            footnote += 1
            continue
        if in_table:
            for kind, pattern in BUDGET_ROW_PATTERNS:
                if m := pattern.match(line):
                    table_rows.append((kind, m.groups()))
                    if kind == "table_total":
                        emit_footnotes()
                        blocks.append(Block("budget", rows=table_rows))
                        table_rows, in_table = [], False
                    break
            continue
        level = HEADINGS.get(line)
        if level is None and PROGRAMMALIJN.match(line):
            level = 2
        elif level is None and in_bijlage and PROJECT.match(line):
            level = 3
        elif level is None and in_bijlage and SUBPLAN.match(line):
            level = 4
        elif level is None and in_project and SUBSECTION.match(line) and int(line.split(".")[0]) == subsection + 1 \
                and not re.search(r"\b(en|op|van|de)$|[-;,]$", line):
            level = 5  # a project's subsections are numbered on: 1. Vraagstuk, 2. Doel(en) project, ...
        if level is not None:
            flush()
            emit_footnotes()
            title = line
            # A title wrapped over two lines goes on in the next, short line.
            while index < n and lines[index] and len(lines[index]) <= 40 and lines[index] not in HEADINGS and (
                    lines[index][:1].islower() or lines[index][:1] == "(" or title.endswith("-")):
                title = title[:-1] + lines[index] if title.endswith("-") else f"{title} {lines[index]}"
                index += 1
            title = re.sub(r"\s+", " ", title).strip()
            label_words = set()
            in_planning = level == 5 and "planning" in title.lower()
            subsection = int(title.split(".")[0]) if level == 5 else 0
            if title.startswith("Bijlage"):
                in_bijlage = True
            if level <= 2:
                in_project = False
            if level == 3:
                in_project = True
                number = re.search(r"(\d+)\.(\d+)", title)
                project = f"project-{number.group(1)}.{number.group(2)}" if number else "project-10.1"
                scope = project
            if level == 4:
                scope = f"{project}/idee-{title.split()[1].rstrip(':')}"
            blocks.append(Block("heading", title, level=level))
            if level == 2 and title.startswith("Totaal overzichten"):
                index = _overview(lines, index, blocks)
            continue
        if line.startswith("Organisatie Onderzoeker"):
            flush()
            in_table = True
            continue
        if in_planning and MONTH_ROW.match(line) and scope in plannings:
            if paragraph and YEAR.match(paragraph[-1]):
                paragraph.pop()  # the table's year row
            flush()
            emit_footnotes()
            if blocks[-1].kind == "para" and YEAR.match(blocks[-1].text):
                blocks.pop()
            frame = plannings.pop(scope)
            blocks.append(Block("planning", rows=[frame]))
            label_words = {w for label in [*frame.activity, *frame.note.dropna()]
                           for w in label.replace("- ", "-").split()}
            continue
        if label_words and line and all(w in label_words or w.rstrip("-") in "".join(label_words)
                                        for w in line.split()):
            continue  # a line of an activity label, in the table
        if label_words and line:
            label_words = set()
        if not line:
            flush()
            continue
        if ITEM.match(line):
            flush()
        paragraph.append(line)
    flush()
    emit_footnotes()
    return blocks


def _place_after_reference(blocks: list[Block], note: Block, reference: str) -> None:
    """``note`` after the last block holding ``reference`` (and the notes already after it)."""
    at = max(i for i, block in enumerate(blocks) if reference in block.text) + 1
    while at < len(blocks) and blocks[at].kind == "footnote":
        at += 1
    blocks.insert(at, note)


def _superscripts(text: str, markup: str) -> str:
    """Escaped ``text`` with each footnote reference's number set as a superscript (``markup``: its
    markup, ``{}`` for the number)."""
    text = _esc(text)
    for number, reference in REFERENCES.items():
        head, tail = reference.rsplit(str(number), 1)
        text = text.replace(_esc(reference), f"{_esc(head)}{markup.format(number)}{_esc(tail)}")
    return text


def _footnote(lines: list[str], index: int, number: int, footnotes: list[Block], vocabulary: Counter) -> int:
    """Footnote ``number``, whose first line is ``lines[index - 1]``, added to ``footnotes``; the index after it."""
    note = [lines[index - 1]]
    # It goes on over the next lines, and past a blank line amid a sentence.
    while index < len(lines) and not re.match(rf"^{number + 1}\s+\S", lines[index]) and not (
            lines[index] in HEADINGS or any(p.match(lines[index]) for p in (SUBSECTION, PROJECT, SUBPLAN))):
        if lines[index]:
            note.append(lines[index])
        elif not (index + 1 < len(lines) and lines[index + 1][:1].islower() and not note[-1].endswith(".")):
            break
        index += 1
    footnotes.append(Block("footnote", _join(note, vocabulary)))
    return index


def _overview(lines: list[str], index: int, blocks: list[Block]) -> int:
    """The overview table's rows, up to the next heading."""
    rows = []
    row = re.compile(r"^(?:([A-E]) (.+?)|(Totaal))\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$")
    while lines[index] not in HEADINGS:
        if m := row.match(lines[index]):
            label = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(3)
            rows.append([label, *m.groups()[3:]])
        index += 1
    blocks.append(Block("overview", rows=rows))
    return index


@dataclass(frozen=True)
class TableLook:
    """How budget and Gantt tables are printed: the budget header's words (for organisation, role,
    rate, hours, amount), the order of its rate, hours and amount columns, rates and amounts
    with cents ("12.852,00"), and a character in planned month cells instead of shading."""

    budget_header: tuple[str, ...] = ("Organisatie", "Onderzoeker", "Uurtarief (€)", "Aantal", "Bedrag (€)")
    budget_order: tuple[str, ...] = ("rate", "hours", "amount")
    cents: bool = False
    gantt_mark: str | None = None

    def budget_row(self, cells: list) -> list:
        """A row's five cells (organisation, role, rate, hours, amount) as this look prints them."""
        numeric = dict(zip(("rate", "hours", "amount"), cells[2:], strict=True))
        if self.cents:
            numeric = {name: _with_cents(value) if name != "hours" else value for name, value in numeric.items()}
        return list(cells[:2]) + [numeric[name] for name in self.budget_order]


def _with_cents(value: str) -> str:
    """A whole amount as printed with cents: "12.852" → "12.852,00", "27.500,-" → "27.500,00"; a dash stays."""
    return re.sub(r"(\d)(,-)?$", r"\1,00", value)


@dataclass(frozen=True)
class Typesetting:
    name: str
    body_font: str
    body_size: float
    heading_styles: dict  # level → (font, size, colour)
    margins: tuple[float, float, float, float]  # left, right, top, bottom
    table_font: str
    title_font: str
    grid: bool = True
    two_columns: str | None = None  # title of a level-1 section set in two columns
    planning_padding: float = 2.0
    split_tables: bool = False  # tables run over page ends (else they start on a new page)
    bullet_font: str | None = None
    tables: TableLook = TableLook()


TYPESETTINGS = {
    # 1. Headings in bold at the body size, only the top level larger; serif body.
    "bold-body-size": Typesetting(
        name="bold-body-size", body_font="Times-Roman", body_size=11,
        heading_styles={1: ("Times-Bold", 15, colors.black), 2: ("Times-Bold", 11, colors.black),
                        3: ("Times-Bold", 11, colors.black), 4: ("Times-BoldItalic", 11, colors.black),
                        5: ("Times-Bold", 11, colors.black)},
        margins=(70, 70, 72, 76), table_font="Times-Roman", title_font="Times-Bold",
        two_columns="Onderdeel C: Verbinding, signalering en netwerkontwikkeling"),
    # 2. Word's default look: larger, not bold, coloured; italic lower levels at body size.
    "word-default": Typesetting(
        name="word-default", body_font="Helvetica", body_size=10,
        heading_styles={1: ("Helvetica", 16, colors.HexColor("#2F5496")),
                        2: ("Helvetica", 13, colors.HexColor("#2F5496")),
                        3: ("Helvetica", 12, colors.HexColor("#1F3763")),
                        4: ("Helvetica-Oblique", 10, colors.HexColor("#2F5496")),
                        5: ("Helvetica-Oblique", 10, colors.HexColor("#1F3763"))},
        margins=(60, 60, 64, 72), table_font="Helvetica", title_font="Helvetica", grid=False),
    # 3. Sans-serif headings over a serif body, the lowest level smaller than the body;
    # borderless tables, budget and Gantt tables split over pages.
    "small-lowest-level": Typesetting(
        name="small-lowest-level", body_font="Times-Roman", body_size=11.5,
        heading_styles={1: ("Helvetica-Bold", 17, colors.black), 2: ("Helvetica-Bold", 13, colors.black),
                        3: ("Helvetica-Bold", 12, colors.black), 4: ("Helvetica-BoldOblique", 11, colors.black),
                        5: ("Helvetica-Bold", 9.5, colors.black)},
        margins=(80, 80, 70, 80), table_font="Helvetica", title_font="Helvetica-Bold", grid=False,
        planning_padding=4, split_tables=True),
}


def _activities(frame) -> list[tuple[str, set, str | None]]:
    """Each activity of a Gantt table: its label, planned (year, month) cells, and the note its
    month cells hold instead of shading (printed across them, as the bundled PDF does)."""
    return [(label, {(y, m) for y, m, planned in zip(g.year, g.month_raw, g.planned, strict=False) if planned},
             next((n for n in g.note if n), None))
            for (_, label), g in frame.groupby(["activity_index", "activity"], sort=True)]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Renderer:
    def __init__(self, setting: Typesetting):
        self.s = setting
        size = setting.body_size
        self.body = ParagraphStyle("body", fontName=setting.body_font, fontSize=size, leading=size * 1.3,
                                   spaceAfter=size * 0.6)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=18, firstLineIndent=-12)
        self.footnote = ParagraphStyle("footnote", fontName=setting.body_font, fontSize=7.5, leading=9)
        # Small and raised as a word processor sets it, its top about at the line's.
        self.superscript = f'<super size="{0.6 * size:.1f}" rise="{0.3 * size:.1f}">{{}}</super>'
        self.headings = {
            level: ParagraphStyle(f"h{level}", fontName=font, fontSize=hsize, leading=hsize * 1.3, textColor=colour,
                                  spaceBefore=hsize * 0.8, spaceAfter=hsize * 0.5, keepWithNext=True)
            for level, (font, hsize, colour) in setting.heading_styles.items()
        }
        self.loose_headings = {level: ParagraphStyle(f"{style.name}-loose", parent=style, keepWithNext=False)
                               for level, style in self.headings.items()}
        self.cell = ParagraphStyle("cell", fontName=setting.table_font, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=BOLD[setting.table_font])
        # Small enough that no entry wraps before its page number.
        self.toc = {level: ParagraphStyle(f"toc{level}", parent=self.body, fontSize=7.5, leading=10,
                                          leftIndent=14 * (level - 1), spaceAfter=2) for level in (1, 2, 3)}

    def width(self, frame_width: float) -> float:
        return frame_width

    def table_style(self, header_rows: int) -> list:
        style = [("FONT", (0, 0), (-1, -1), self.s.table_font, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if self.s.grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:
            style.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.75, colors.black))
        return style

    def budget(self, rows, width: float) -> Table:
        look = self.s.tables
        header = look.budget_row(list(look.budget_header))
        data = [header]
        for kind, groups in rows:
            cells = look.budget_row(budget_cells(kind, groups))
            if kind == "staff" and data[-1][0] == "" and len(data) > 1:
                data.append(list(header))  # each organisation's block has its header row
            data.append([Paragraph(_esc(cells[0]), self.cell), Paragraph(_esc(cells[1]), self.cell), *cells[2:]])
            if kind in ("org_total", "external"):
                data.append(["", "", "", "", ""])
        fractions = [0.3, 0.26, 0.15, 0.12, 0.17]
        table = Table(data, colWidths=[f * width for f in fractions], repeatRows=1)
        table.setStyle(TableStyle(self.table_style(1) + [("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
        return table

    def overview(self, rows, width: float) -> Table:
        head = ["Programmaonderdeel", "Movisie (€)", "Verwey-Jonker Instituut (€)",
                "Externe projectkosten / inhuur (€)", "Totaal (€)"]
        data = [[Paragraph(h, self.cell_bold) for h in head]] + rows
        table = Table(data, colWidths=[f * width for f in (0.34, 0.14, 0.19, 0.19, 0.14)])
        table.setStyle(TableStyle(self.table_style(1) + [("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                                         ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]))
        return table

    def planning(self, frame, width: float) -> Table:
        months = frame[frame.activity_index == frame.activity_index.min()]
        columns = list(zip(months.year, months.month_raw, strict=False))
        activities = _activities(frame)
        years = [y for y in dict.fromkeys(months.year) if y is not None]
        header = []
        if years:
            header.append([""] + [str(int(y)) if (y, m) == next(c for c in columns if c[0] == y) else ""
                                  for y, m in columns])
        header.append([""] + [m for _, m in columns])
        mark = self.s.tables.gantt_mark
        data = header + [[Paragraph(_esc(label), self.cell)]
                         + ([Paragraph(_esc(note), self.cell)] + [""] * (len(columns) - 1) if note else
                            [mark if mark and key in planned else "" for key in columns])
                         for label, planned, note in activities]
        label_width = 0.36 * width
        table = Table(data, colWidths=[label_width] + [(width - label_width) / len(columns)] * len(columns),
                      repeatRows=len(header))
        style = self.table_style(len(header)) + [
            ("FONT", (1, 0), (-1, len(header) - 1), self.s.table_font, 6.5), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, len(header)), (-1, -1), self.s.planning_padding),
            ("BOTTOMPADDING", (0, len(header)), (-1, -1), self.s.planning_padding)]
        if years:
            start = 1
            for year in years:
                span = sum(1 for y, _ in columns if y == year)
                style.append(("SPAN", (start, 0), (start + span - 1, 0)))
                start += span
        for row, (_, planned, note) in enumerate(activities, start=len(header)):
            if note:
                style.append(("SPAN", (1, row), (-1, row)))
            for col, key in enumerate(columns, start=1):
                if key in planned and mark:
                    style.append(("FONT", (col, row), (col, row), MARK_FONT, 6.5))
                elif key in planned:
                    style.append(("BACKGROUND", (col, row), (col, row), colors.HexColor("#8EAADB")))
        table.setStyle(TableStyle(style))
        return table


class _Footnote(Flowable):
    """Takes no room where it stands; its note is set at the foot of the page it falls on."""

    def __init__(self, paragraph: Paragraph):
        super().__init__()
        self.paragraph = paragraph

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv._footnotes = [*getattr(self.canv, "_footnotes", []), self.paragraph]


# Over 60 lines: one document in one look, every block kind's flowable in one place (see seed_blocks).
def build_typesetting(setting: Typesetting, blocks: list[Block], path: Path) -> Path:
    """Set ``blocks`` in ``setting``'s look as an A4 PDF at ``path``."""
    r = _Renderer(setting)
    left, right, top, bottom = setting.margins
    width, height = A4
    frame_width = width - left - right
    single = Frame(left, bottom, frame_width, height - top - bottom, id="single")
    gutter = 24
    column = (frame_width - gutter) / 2
    columns = [Frame(left, bottom, column, height - top - bottom, id="left"),
               Frame(left + column + gutter, bottom, column, height - top - bottom, id="right")]

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(setting.body_font, 8)
        canvas.drawString(left, height - top + 24, f"{RUNNING_TEXT} | {doc.page} van {doc.page_total}")
        canvas.restoreState()
        canvas._footnotes = []

    def footnotes(canvas, doc):
        notes = getattr(canvas, "_footnotes", [])
        heights = [note.wrap(frame_width, bottom)[1] for note in notes]
        y = bottom - 6  # the notes hang below the text frame, in the bottom margin
        for note, note_height in zip(notes, heights, strict=False):
            y -= note_height
            note.drawOn(canvas, left, y)

    class _Doc(BaseDocTemplate):
        page_total = 0

    doc = _Doc(str(path), pagesize=A4, title="Werkplan 2023", leftMargin=left, rightMargin=right, topMargin=top,
               bottomMargin=bottom)
    doc.addPageTemplates([PageTemplate("one", [single], onPage=furniture, onPageEnd=footnotes),
                          PageTemplate("two", columns, onPage=furniture, onPageEnd=footnotes)])
    def story() -> list:
        flowables: list = []
        in_columns = False
        title_style = ParagraphStyle("title", fontName=setting.title_font, fontSize=32, leading=40, spaceAfter=30)
        platform = ParagraphStyle("platform", fontName=setting.body_font, fontSize=20, leading=26, spaceBefore=160)
        title_line = ParagraphStyle("titleline", parent=r.body, spaceBefore=6)
        organisations = ParagraphStyle("orgs", parent=title_line, fontName=BOLD[setting.body_font],
                                       fontSize=setting.body_size + 1, spaceBefore=120)
        for index, block in enumerate(blocks):
            if block.kind == "titleline" and not flowables:
                flowables.append(Paragraph(_esc(block.text), platform))
            elif block.kind == "title":
                flowables.append(Paragraph(_esc(block.text), title_style))
            elif block.kind == "titleline":
                first = not any(isinstance(f, Paragraph) and f.style is organisations for f in flowables)
                flowables.append(Paragraph(_esc(block.text), organisations if first else title_line))
            elif block.kind == "heading":
                if block.text == "Inhoud" or (block.level == 1 and block.text != "Inleiding" and not in_columns):
                    if block.text == setting.two_columns:
                        flowables.append(NextPageTemplate("two"))
                        in_columns = True
                    flowables.append(PageBreak())
                elif block.level == 1 and in_columns:
                    flowables += [NextPageTemplate("one"), PageBreak()]
                    in_columns = False
                elif block.text == "Inleiding":
                    flowables.append(PageBreak())
                table_next = index + 1 < len(blocks) and blocks[index + 1].kind in ("budget", "planning")
                # Kept with a whole table, a heading moves the table to the next page; a word
                # processor keeps it with the table's first row only, and the table splits.
                style = r.loose_headings[block.level] if setting.split_tables and table_next \
                    else r.headings[block.level]
                flowables.append(Paragraph(_esc(block.text), style))
            elif block.kind == "toc":
                dots = "." * 8
                flowables.append(Paragraph(_esc(block.text) + dots + block.extra["page"], r.toc[block.level]))
            elif block.kind == "para":
                flowables.append(Paragraph(_superscripts(block.text, r.superscript), r.body))
            elif block.kind == "footnote":
                flowables.append(_Footnote(Paragraph(_esc(block.text), r.footnote)))
            elif block.kind == "item":
                # The standard fonts' bullet is read back as "(cid:127)"; Symbol's is a bullet.
                text = re.sub(r"^•", '<font name="Symbol">•</font>', _superscripts(block.text, r.superscript))
                flowables.append(Paragraph(text, r.item))
            else:
                table_width = column if in_columns else frame_width
                table = {"budget": r.budget, "overview": r.overview, "planning": r.planning}[block.kind]
                # A blank paragraph after a table, as a word processor leaves one.
                flowables += [table(block.rows[0] if block.kind == "planning" else block.rows, table_width),
                              Spacer(1, 20)]
        return flowables

    # Two passes: the first counts the pages so the running header can say "N van M".
    doc.build(story())
    _Doc.page_total = doc.page
    doc.build(story())
    return path


TAGGED = "tagged"

# Number columns, Gantt cells, superscripts and footnotes, as the HTML typesettings set them.
TABLE_CSS = """\
td.n, th.n { text-align: right; }
td.label { width: 40%; }
table.planning td, table.planning th { font-size: 6.5pt; text-align: center; padding: 2pt 1pt; }
table.planning td.label { text-align: left; font-size: 8pt; width: 36%; }
td.planned { background: #8EAADB; }
table.planning td.note { text-align: left; font-size: 8pt; }
sup { font-size: 60%; vertical-align: 3pt; line-height: 0; }
.fn { float: footnote; font-size: 7pt; line-height: 1.2; }
.fn::footnote-call, .fn::footnote-marker { content: none; }
"""

# 4. A tagged PDF (PDF/UA, with a structure tree) from HTML with WeasyPrint:
# sans-serif body, headings in dark red of falling sizes, the lowest two at the
# body size (italic, then bold), tables with only a rule under the header.
TAGGED_CSS = """
@page { size: A4; margin: 2.4cm 2cm 2.2cm 2.6cm;
        @top-left { content: "RUNNING | " counter(page) " van " counter(pages); font: 7.5pt sans-serif; } }
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 15pt; font-weight: bold; color: #8B1A1A; break-before: page; margin: 0 0 8pt; }
h1.first { break-before: auto; }
h2 { font-size: 12pt; font-weight: bold; color: #8B1A1A; margin: 12pt 0 4pt; }
h3 { font-size: 11pt; font-weight: bold; color: #5A1010; margin: 10pt 0 4pt; }
h4 { font-size: 9.5pt; font-style: italic; font-weight: normal; color: #5A1010; margin: 8pt 0 3pt; }
h5 { font-size: 9.5pt; font-weight: bold; margin: 8pt 0 3pt; }
h1, h2, h3, h4, h5 { break-after: avoid; }
p { margin: 0 0 5pt; text-align: left; }
ul { margin: 0 0 5pt; padding-left: 16pt; }
ul.numbered { list-style: none; }
.titlepage { break-after: page; }
.platform { font-size: 19pt; font-weight: normal; color: black; margin-top: 150pt; }
.title { font-size: 30pt; color: black; }
.organisations { font-size: 10.5pt; color: black; margin-top: 120pt; }
.toc { font-size: 7.5pt; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 4pt 0 10pt; }
thead { display: table-header-group; }
th { text-align: left; font-weight: normal; border-bottom: 0.75pt solid black; padding: 2pt 3pt;
     vertical-align: bottom; }
td { padding: 2pt 3pt; vertical-align: top; }
""".replace("RUNNING", RUNNING_TEXT) + TABLE_CSS


def _budget_html(rows, look: TableLook) -> str:
    head = "<tr>" + "".join(f"<th{' class=n' if i > 1 else ''}>{_esc(word)}</th>"
                            for i, word in enumerate(look.budget_row(list(look.budget_header)))) + "</tr>"
    body, blank = [], "<tr><td colspan=5>&#160;</td></tr>"
    for kind, groups in rows:
        cells = look.budget_row(budget_cells(kind, groups))
        if kind == "staff" and body and body[-1] == blank:
            body.append(head)
        body.append("<tr>" + "".join(f"<td{' class=n' if i > 1 else ''}>{_esc(c)}</td>"
                                     for i, c in enumerate(cells)) + "</tr>")
        if kind in ("org_total", "external"):
            body.append(blank)
    return f"<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def _overview_html(rows) -> str:
    head = "".join(f"<th{' class=n' if i else ''}>{h}</th>" for i, h in enumerate(
        ["Programmaonderdeel", "Movisie (€)", "Verwey-Jonker Instituut (€)", "Externe projectkosten / inhuur (€)",
         "Totaal (€)"]))
    body = "".join("<tr>" + "".join(f"<td class={'n' if i else 'label'}>{_esc(c)}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _planning_html(frame, look: TableLook) -> str:
    months = frame[frame.activity_index == frame.activity_index.min()]
    columns = list(zip(months.year, months.month_raw, strict=False))
    years = [y for y in dict.fromkeys(months.year) if y is not None]
    head = ""
    if years:
        head += "<tr><th></th>" + "".join(
            f"<th colspan={sum(1 for y, _ in columns if y == year)}>{int(year)}</th>" for year in years) + "</tr>"
    head += "<tr><th></th>" + "".join(f"<th>{m}</th>" for _, m in columns) + "</tr>"
    body = ""
    for label, planned, note in _activities(frame):
        if note:
            cells = f"<td colspan={len(columns)} class=note>{_esc(note)}</td>"
        elif look.gantt_mark:
            cells = "".join(f"<td>{look.gantt_mark if key in planned else ''}</td>" for key in columns)
        else:
            cells = "".join(f"<td{' class=planned' if key in planned else ''}></td>" for key in columns)
        body += f"<tr><td class=label>{_esc(label)}</td>{cells}</tr>"
    return f"<table class=planning><thead>{head}</thead><tbody>{body}</tbody></table>"


# A heading's own numbering, as the document prints it before the title: what a stylesheet can generate.
NUMBERING = re.compile(r"^(Programmalijn \d+\.|Project \d+\.\d+:?|Idee \d+:|Onderdeel [A-E][:.]|Bijlage \d+\.|"
                       r"\d+\.\d+|\d+\.|[a-h]\.)\s+(?=\S)")


@dataclass(frozen=True)
class Markup:
    """How :func:`tagged_html` marks the werkplan up, beyond what its stylesheet does; the defaults give the
    named HTML typesettings.

    ``toc``: ``dots`` (eight dots as text between title and page), ``leader`` (a CSS ``leader('.')``: dots as
    text up to the page number at the right margin), ``drawn`` (a dotted rule drawn between them, no dots in
    the text), ``plain`` (the page number at the right margin, nothing between), ``titles`` (titles only,
    each a link to its heading, no page numbers) or ``none`` (no table of contents, no "Inhoud").
    ``numbering``: heading levels whose numbering ("Project 1.1", "1.") is generated by the stylesheet
    (``attr(data-num)`` in a ``::before``) rather than written in the heading's text.  ``labels``: how a run-in
    label at the start of a paragraph ("Doel a)", "Fase 2:", "Primaire doelgroepen:", :data:`RUN_IN_LABEL`)
    is set: ``none`` (as the text around it), ``bold``, ``bold-underline`` or ``italic``; with ``label_lines``
    a short paragraph that starts with one ("Fase 2: Interviewen") is set so whole, a short line in a
    numbered subsection.  The text stays the document's own: only its markup changes.  ``footnotes``:
    ``foot`` (a CSS footnote at the foot of the page), ``paragraph`` (set small after the paragraph holding
    its reference) or ``section`` (after the last block before the next heading).  ``columns``: runs of
    paragraphs and list items in a two-column box.  (How tables are printed is a :class:`TableLook`.)
    """

    toc: str = "dots"
    numbering: frozenset = frozenset()
    footnotes: str = "foot"
    columns: bool = False
    labels: str = "none"
    label_lines: bool = False


# A run-in label at the start of a body paragraph, as the document prints them: "Doel a)", "Fase 1:",
# "Fase 2A.", "Primaire doelgroepen:", "Ter toelichting:".  A paragraph no longer than SHORT_LINE characters
# that starts with one is a line of its own ("Fase 2: Interviewen").
RUN_IN_LABEL = re.compile(r"^(Doel [a-z]\)|Fase \d+[A-Z]?[:.]|[A-Z][a-z]+(?: [a-z]+)?:)(?=\s|$)")
SHORT_LINE = 60
LABEL_TAGS = {"bold": ("<strong>", "</strong>"), "bold-underline": ("<strong><u>", "</u></strong>"),
              "italic": ("<em>", "</em>")}


def _paragraph_html(text: str, markup: Markup, sup: str) -> str:
    """A body paragraph, its run-in label (or, with ``markup.label_lines``, the whole of a short paragraph
    that starts with one) set as ``markup.labels`` says."""
    match = RUN_IN_LABEL.match(text) if markup.labels != "none" else None
    if not match:
        return f"<p>{_superscripts(text, sup)}</p>"
    end = len(text) if markup.label_lines and len(text) <= SHORT_LINE else match.end()
    start_tag, end_tag = LABEL_TAGS[markup.labels]
    return f"<p>{start_tag}{_esc(text[:end])}{end_tag}{_superscripts(text[end:], sup)}</p>"


def _toc_html(block: Block, markup: Markup, anchors: dict[str, str]) -> str:
    indent = f'style="margin-left: {14 * (block.level - 1)}pt"'
    title, page = _esc(block.text), block.extra["page"]
    if markup.toc == "dots":
        return f'<p class="toc" {indent}>{title}........{page}</p>'
    if markup.toc == "titles":
        target = anchors.get(block.text)
        return f'<p class="toc" {indent}>' + (f'<a href="#{target}">{title}</a>' if target else title) + "</p>"
    # leader, drawn, plain: the page number at the right margin, after a leader, a drawn rule or nothing
    return (f'<p class="toc toc-{markup.toc}" {indent}><span class="toc-title">{title}</span>'
            f'<span class="toc-fill"></span><span class="toc-page">{page}</span></p>')


def _heading_html(block: Block, markup: Markup, anchor: str | None) -> str:
    attributes, text = f' id="{anchor}"' if anchor else "", block.text
    if block.level in markup.numbering and (match := NUMBERING.match(text)):
        attributes += f' data-num="{_esc(match.group(1))}"'
        text = text[match.end():]
    return f"<h{block.level}{attributes}>{_esc(text)}</h{block.level}>"


def _anchors(blocks: list[Block], markup: Markup) -> tuple[dict[str, str], dict[int, str]]:
    """For a ToC of linked titles: each ToC title's anchor, and the anchor of each heading (by block index)
    an entry links to: the first heading after the ToC with the entry's title."""
    if markup.toc != "titles":
        return {}, {}
    by_title, by_block = {}, {}
    titles = {b.text for b in blocks if b.kind == "toc"}
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.text in titles and block.text not in by_title:
            by_title[block.text] = by_block[index] = f"h{index}"
    return by_title, by_block


def tagged_html(blocks: list[Block], css: str = TAGGED_CSS, markup: Markup = Markup(),
                tables: TableLook = TableLook()) -> str:
    """The werkplan as one HTML document in the look of the stylesheet ``css``, marked up as ``markup`` says,
    its tables printed as ``tables``."""
    parts, title_done = ['<div class="titlepage">'], False
    anchors, heading_anchors = _anchors(blocks, markup)
    pending: list[str] = []  # footnotes set at the end of their section
    in_columns = False
    sup = "<sup>{}</sup>"
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            parts += pending
            pending.clear()
        text_block = block.kind in ("para", "item", "footnote")
        if markup.columns and text_block != in_columns:
            parts.append('<div class="cols">' if text_block else "</div>")
            in_columns = text_block
        if block.kind == "titleline" and not title_done and len(parts) == 1:
            parts.append(f'<h2 class="platform">{_esc(block.text)}</h2>')
        elif block.kind == "title":
            parts.append(f'<h1 class="title first">{_esc(block.text)}</h1>')
        elif block.kind == "titleline" and not title_done:
            parts.append(f'<h2 class="organisations">{_esc(block.text)}</h2>')
            title_done = True
        elif block.kind == "titleline":
            parts.append(f"<p>{_esc(block.text)}</p>")
        elif block.kind == "heading":
            if block.text == "Inhoud":
                parts.append("</div>")
                if markup.toc == "none":
                    continue
            parts.append(_heading_html(block, markup, heading_anchors.get(index)))
        elif block.kind == "toc":
            if markup.toc != "none":
                parts.append(_toc_html(block, markup, anchors))
        elif block.kind == "para":
            parts.append(_paragraph_html(block.text, markup, sup))
        elif block.kind == "footnote":
            if markup.footnotes == "foot":
                parts.append(f'<p><span class="fn">{_esc(block.text)}</span></p>')
            else:
                (pending if markup.footnotes == "section" else parts).append(
                    f'<p class="note">{_esc(block.text)}</p>')
        elif block.kind == "item":
            if block.text.startswith("•"):
                parts.append(f"<ul><li>{_superscripts(block.text[1:].strip(), sup)}</li></ul>")
            else:
                parts.append(f'<ul class="numbered"><li>{_superscripts(block.text, sup)}</li></ul>')
        elif block.kind == "budget":
            parts.append(_budget_html(block.rows, tables))
        elif block.kind == "overview":
            parts.append(_overview_html(block.rows))
        elif block.kind == "planning":
            parts.append(_planning_html(block.rows[0], tables))
    parts += pending + (["</div>"] if in_columns else [])
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Werkplan 2023</title>'
            f"<style>{css}</style></head><body>{''.join(parts)}</body></html>")


def _strip(document, pdf) -> None:
    """A WeasyPrint finisher that strips the outline and the structure tree from the catalogue, as a PDF
    tool stripping them from a finished file does (the marked content stays in the pages' streams)."""
    for key in ("Outlines", "StructTreeRoot", "MarkInfo", "PageMode"):
        pdf.catalog.pop(key, None)


def write_html_pdf(html: str, paths: dict[str, Path], tagged: bool) -> dict[str, Path]:
    """``html`` set by WeasyPrint once and written to ``paths["built"]`` (tagged as PDF/UA-1, with a structure
    tree, when ``tagged``; with an outline unless the stylesheet says ``bookmark-level: none``) and, when
    given, to ``paths["stripped"]``: the same pages without outline and tags."""
    import weasyprint

    options = {"pdf_variant": "pdf/ua-1"} if tagged else {}
    document = weasyprint.HTML(string=html).render(**options)
    for variant, path in paths.items():
        document.write_pdf(path, finisher=_strip if variant == "stripped" else None, **options)
    return paths


def build_tagged(blocks: list[Block], path: Path, css: str = TAGGED_CSS, tagged: bool = True,
                 tables: TableLook = TableLook()) -> Path:
    """The werkplan set by WeasyPrint in the look of ``css`` at ``path``: a tagged PDF (PDF/UA-1, with a
    structure tree), or with ``tagged=False`` a plain one whose headings only typography shows;
    its tables printed as ``tables``."""
    return write_html_pdf(tagged_html(blocks, css, tables=tables), {"built": path}, tagged)["built"]


HOUSE_STYLE = "house-style"

# 5. A municipal house style, untagged, from HTML with WeasyPrint: US Letter, a sans-serif
# body (DejaVu Sans, 9.5 pt, line height 1.4); headings at the body size and regular weight
# (the top level a little larger), set apart only by colour and a rule drawn under them
# (a CSS border); budget tables without grid but with zebra-striped rows and right-aligned
# numbers; Gantt cells shaded teal with thin white borders; a footer "Werkplan KIS 2023 —
# pagina N" instead of a running header.
HOUSE_STYLE_CSS = """
@page { size: letter; margin: 0.8in 0.9in 1in 1.1in;
        @bottom-right { content: "Werkplan KIS 2023 — pagina " counter(page); font: 7pt "DejaVu Sans";
                        color: #555555; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.4; }
h1, h2, h3, h4, h5 { font-size: 9.5pt; font-weight: normal; font-style: normal; break-after: avoid;
                     border-bottom: 0.6pt solid #7F9FBF; padding-bottom: 1.5pt; margin: 11pt 0 5pt; }
h1 { font-size: 11pt; color: #003B71; border-bottom: 1.2pt solid #003B71; break-before: page; margin-top: 0; }
h1.first { break-before: auto; }
h2 { color: #005A9C; }
h3 { color: #0B7A75; }
h4 { color: #6A3D9A; }
h5 { color: #7A4B00; border-bottom-style: dotted; }
p { margin: 0 0 6pt; text-align: left; }
ul { margin: 0 0 6pt; padding-left: 18pt; }
ul.numbered { list-style: none; }
.titlepage { break-after: page; }
.titlepage h1, .titlepage h2 { border: none; color: #003B71; font-weight: normal; }
.platform { font-size: 18pt; margin-top: 140pt; }
.title { font-size: 28pt; }
.organisations { font-size: 10.5pt; margin-top: 110pt; }
.toc { font-size: 7.5pt; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 5pt 0 12pt; }
thead { display: table-header-group; }
th { text-align: left; font-weight: normal; color: #003B71; padding: 2.5pt 4pt; vertical-align: bottom; }
td { padding: 2.5pt 4pt; vertical-align: top; }
table:not(.planning) tbody tr:nth-child(even) td { background: #EBEBEB; }
""" + TABLE_CSS + """
table.planning td, table.planning th { border: 0.5pt solid white; }
td.planned { background: #7FCDC4; }
.fn { line-height: 1.25; }
"""


# Looks of the tables alone, over the other typesettings: a budget headed "Organisatie | Functie |
# Uren | Tarief (€) | Kosten (€)" (hours before the rate) with rates and amounts in cents, set like
# word-default; and Gantt months marked "x" instead of shaded, in the house style.
OTHER_BUDGET_WORDS = "other-budget-words"
GANTT_MARKS = "gantt-marks"
TABLE_LOOKS = {
    OTHER_BUDGET_WORDS: TableLook(budget_header=("Organisatie", "Functie", "Tarief (€)", "Uren", "Kosten (€)"),
                                  budget_order=("hours", "rate", "amount"), cents=True),
    GANTT_MARKS: TableLook(gantt_mark="x"),
}


def build_table_look(name: str, blocks: list[Block], path: Path) -> Path:
    """The werkplan with the tables of look ``name`` (:data:`TABLE_LOOKS`)."""
    look = TABLE_LOOKS[name]
    if name == GANTT_MARKS:
        # Rows kept whole: WeasyPrint would otherwise split a row between its marks (6.5 pt, they
        # fit) and its label (8 pt, it does not), a cut the reading does not yet mend.
        return build_tagged(blocks, path, HOUSE_STYLE_CSS + "table.planning tr { break-inside: avoid; }",
                            tagged=False, tables=look)
    return build_typesetting(replace(TYPESETTINGS["word-default"], name=name, tables=look), blocks, path)
