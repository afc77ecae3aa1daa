"""A random look set by a word processor: the werkplan as an OpenDocument text, made into a PDF by LibreOffice.

Every look of :mod:`tests.looks` was set by WeasyPrint, so a cue that holds only for its PDFs (how it draws a
table, names a small-capitals font, orders a page's text) passed unseen.  Here the same blocks, in the same
look drawn from the same seed, are written with odfpy as a document a word processor keeps (headings with
their outline level, real footnotes, tables with shaded cells, a header or footer with the page number, a
table of contents with tab stops) and LibreOffice lays it out and writes the PDF, with its outline and tags
as the look says (``built``) and without (``stripped``: the same layout exported again).

What a word processor sets otherwise than a stylesheet: the numbering is the headings' text (no generated
numbering); a table of contents with a leader draws it with tab-leader dots, a "drawn" one as a tab with no
leader; headers of table cells are left-aligned over right-aligned amounts; small capitals are the regular
font a size smaller; each table is as wide as the text.

    paths = write_office_pdf(look, blocks, {"built": ..., "stripped": ...})
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (
    Columns,
    FontFace,
    Footer,
    Header,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    SectionProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    H,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListStyle,
    Note,
    NoteBody,
    NoteCitation,
    P,
    PageNumber,
    Section,
    Span,
    Tab,
)

from tests.typesettings import REFERENCES, RUN_IN_LABEL, RUNNING_TEXT, SHORT_LINE, Block, _activities, budget_cells

PAGE_WIDTH_MM = {"A4": 210.0, "letter": 215.9, "A5": 148.0}
PAGE_HEIGHT_MM = {"A4": 297.0, "letter": 279.4, "A5": 210.0}
OVERVIEW_HEADER = ["Programmaonderdeel", "Movisie (€)", "Verwey-Jonker Instituut (€)",
                   "Externe projectkosten / inhuur (€)", "Totaal (€)"]
CELL_RULE = "0.5pt solid #000000"


@cache
def libreoffice_version() -> str:
    """``soffice --version`` (part of a built look's cache key); "" when LibreOffice is not installed."""
    soffice = shutil.which("soffice")
    if not soffice:
        return ""
    return subprocess.run([soffice, "--version"], capture_output=True, text=True, check=True).stdout.strip()


class _Document:
    """The werkplan's blocks as an OpenDocument text in ``look``."""

    def __init__(self, look):
        self.look = look
        self.odt = OpenDocumentText()
        self.names = 0
        self.text_width_mm = PAGE_WIDTH_MM[look.page] - look.margins[1] - look.margins[3]
        for family in {look.body_font, look.heading_font}:
            self.odt.fontfacedecls.addElement(FontFace(name=family, fontfamily=family))
        self.body = self._paragraph(look.body_size, align="justify" if look.justify else "start",
                                    line=f"{round(look.line_height * 100)}%", below="0.15cm",
                                    hyphenate=look.hyphens != "none")
        self.small = self._paragraph(7, below="0.1cm")
        self.cell = {kind: self._paragraph(7, below="0cm", align=align, bold=kind == "header")
                     for kind, align in (("text", "start"), ("number", "end"), ("header", "start"))}
        self.title = {"platform": self._paragraph(19, above="4cm"), "title": self._paragraph(30, bold=True),
                      "organisations": self._paragraph(10.5, bold=True, above="3cm"), "line": self._paragraph(9)}
        self.headings = {level: self._heading(level, heading) for level, heading in enumerate(look.headings, 1)}
        self.superscript = self._add(Style(name="Sup", family="text"), TextProperties(textposition="super 58%"))
        label = {"bold": {"fontweight": "bold"}, "italic": {"fontstyle": "italic"}, "none": {},
                 "bold-underline": {"fontweight": "bold", **self._underline()}}[look.labels]
        self.label = self._add(Style(name="Label", family="text"), TextProperties(**label))
        self.bullets = ListStyle(name="Bullets")
        bullet = ListLevelStyleBullet(level=1, bulletchar="•")
        bullet.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.4cm"))
        self.bullets.addElement(bullet)
        self.odt.automaticstyles.addElement(self.bullets)
        columns = SectionProperties()
        columns.addElement(Columns(columncount="2", columngap="0.5cm"))
        self.columns = self._add(Style(name="Columns", family="section"), columns)
        self.toc = {}
        self._pages()

    def _name(self, prefix: str) -> str:
        self.names += 1
        return f"{prefix}{self.names}"

    def _add(self, style: Style, *properties) -> Style:
        for prop in properties:
            style.addElement(prop)
        self.odt.automaticstyles.addElement(style)
        return style

    @staticmethod
    def _underline() -> dict:
        return {"textunderlinestyle": "solid", "textunderlinewidth": "auto", "textunderlinecolor": "font-color"}

    def _paragraph(self, size: float, align: str = "start", line: str = "115%", below: str = "0.1cm",
                   bold: bool = False, above: str = "0cm", hyphenate: bool = False) -> Style:
        # Words broken at lines' ends by LibreOffice's Dutch patterns (Debian's hyphen-nl), marked as it marks them.
        language = {"language": "nl", "country": "NL", "hyphenate": "true"} if hyphenate else {}
        return self._add(Style(name=self._name("P"), family="paragraph"),
                         TextProperties(fontsize=f"{size}pt", fontname=self.look.body_font,
                                        fontweight="bold" if bold else "normal", **language),
                         ParagraphProperties(textalign=align, lineheight=line, marginbottom=below, margintop=above))

    def _heading(self, level: int, heading) -> Style:
        look = self.look
        text = {"fontsize": f"{look.body_size * heading.ratio:.1f}pt", "fontname": look.heading_font,
                "fontweight": "bold" if heading.bold else "normal", "color": heading.colour,
                "fontstyle": "italic" if heading.italic else "normal",
                **(self._underline() if heading.rule == "underline" else {}),
                **{"uppercase": {"texttransform": "uppercase"}, "small-caps": {"fontvariant": "small-caps"},
                   "none": {}}[heading.caps],
                **({"letterspacing": f"{heading.tracking * look.body_size * heading.ratio:.2f}pt"}
                   if heading.tracking else {})}
        paragraph = {"margintop": "0.35cm", "marginbottom": "0.15cm", "keepwithnext": "always",
                     # A chapter starts a page, the first one too: the title page stands alone.
                     **({"breakbefore": "page"} if level == 1 else {}),
                     **({"borderbottom": f"0.75pt solid {heading.colour}", "padding": "0.05cm"}
                        if heading.rule == "border" else {})}
        style = Style(name=f"Heading {level}", family="paragraph", defaultoutlinelevel=str(level))
        style.addElement(TextProperties(**text))
        style.addElement(ParagraphProperties(**paragraph))
        self.odt.styles.addElement(style)
        return style

    def _pages(self) -> None:
        look = self.look
        top, right, bottom, left = look.margins
        layout = self._add(PageLayout(name="Page"), PageLayoutProperties(
            pagewidth=f"{PAGE_WIDTH_MM[look.page]}mm", pageheight=f"{PAGE_HEIGHT_MM[look.page]}mm",
            margintop=f"{top}mm", marginright=f"{right}mm", marginbottom=f"{bottom}mm", marginleft=f"{left}mm",
            printorientation="portrait"))
        master = MasterPage(name="Standard", pagelayoutname=layout)
        if look.furniture != "none":
            align = {"left": "start", "center": "center", "right": "end"}[look.furniture_side]
            furniture = Header() if look.furniture == "header" else Footer()
            line = P(stylename=self._paragraph(7, align=align), text=f"{RUNNING_TEXT} | ")
            line.addElement(PageNumber(selectpage="current", text="1"))
            furniture.addElement(line)
            master.addElement(furniture)
        self.odt.masterstyles.addElement(master)

    def _text(self, paragraph: P, text: str, notes: dict[int, str] | None) -> None:
        """``text`` into ``paragraph``, each footnote reference's number a superscript, or with ``notes`` the
        footnote itself (its number the reference's)."""
        for number, reference in REFERENCES.items():
            if reference in text:
                head, tail = reference.rsplit(str(number), 1)
                before, after = text.split(reference, 1)
                paragraph.addText(before + head)
                if notes is not None and number in notes:
                    note = Note(noteclass="footnote", id=f"note{number}")
                    note.addElement(NoteCitation(label=str(number), text=str(number)))
                    body = NoteBody()
                    body.addElement(P(stylename=self.small, text=notes[number]))
                    note.addElement(body)
                    paragraph.addElement(note)
                else:
                    paragraph.addElement(Span(stylename=self.superscript, text=str(number)))
                self._text(paragraph, tail + after, notes)
                return
        paragraph.addText(text)

    def _table(self, rows: list[list], header_rows: int, widths: list[float], numeric: set[int],
               shaded: list[set[int]] | None = None) -> Table:
        """A table as wide as the text; a cell is its text, ``(text, columns spanned)`` or None (covered);
        ``shaded``: per row, the cells shaded as planned (no zebra stripes then)."""
        look = self.look
        name = self._name("T")
        table = Table(name=name, stylename=self._add(Style(name=name, family="table"), TableProperties(
            width=f"{self.text_width_mm / 10:.2f}cm", align="left")))
        scale = self.text_width_mm / 10 / sum(widths)
        for width in widths:
            column = Style(name=self._name("K"), family="table-column")
            table.addElement(TableColumn(stylename=self._add(
                column, TableColumnProperties(columnwidth=f"{width * scale:.2f}cm"))))
        header = TableHeaderRows()
        table.addElement(header)
        for r, row in enumerate(rows):
            line = TableRow()
            (header if r < header_rows else table).addElement(line)
            for c, content in enumerate(row):
                if content is None:
                    line.addElement(CoveredTableCell())
                    continue
                text, span = content if isinstance(content, tuple) else (content, 1)
                properties = {"padding": "0.05cm", **self._rules(r, header_rows, len(rows))}
                if shaded is not None and c in shaded[r]:
                    properties["backgroundcolor"] = look.shade
                elif look.tables == "zebra" and shaded is None and r >= header_rows and (r - header_rows) % 2:
                    properties["backgroundcolor"] = "#EBEBEB"
                cell = TableCell(stylename=self._add(Style(name=self._name("C"), family="table-cell"),
                                                     TableCellProperties(**properties)),
                                 valuetype="string", numbercolumnsspanned=span)
                kind = "header" if r < header_rows else "number" if c in numeric else "text"
                cell.addElement(P(stylename=self.cell[kind], text=text))
                line.addElement(cell)
        return table

    def _rules(self, row: int, header_rows: int, rows: int) -> dict:
        if self.look.tables == "grid":
            return {"border": CELL_RULE}
        if self.look.tables != "rules":
            return {}
        return {**({"bordertop": CELL_RULE} if row == 0 else {}),
                **({"borderbottom": CELL_RULE} if row in (header_rows - 1, rows - 1) else {})}

    def _toc_line(self, block: Block) -> P:
        look = self.look
        if block.level not in self.toc:
            leader = {"leader": {"leaderstyle": "dotted", "leadertext": "."}}.get(look.toc, {})
            stops = TabStops()
            indent = 0.5 * (block.level - 1)
            # Tab stops count from the paragraph's indent (LibreOffice's default): every page number at the
            # right margin, as a word processor's own table of contents sets them.
            stops.addElement(TabStop(position=f"{self.text_width_mm / 10 - indent:.2f}cm", type="right", **leader))
            paragraph = ParagraphProperties(marginleft=f"{indent}cm", marginbottom="0.05cm")
            paragraph.addElement(stops)
            self.toc[block.level] = self._add(
                Style(name=self._name("Toc"), family="paragraph"),
                TextProperties(fontsize=f"{look.body_size}pt", fontname=look.body_font), paragraph)
        line = P(stylename=self.toc[block.level])
        page = block.extra["page"]
        if look.toc == "dots":
            line.addText(f"{block.text}........{page}")
        else:
            line.addText(block.text)
            if look.toc != "titles":
                line.addElement(Tab())
                line.addText(str(page))
        return line

    def _paragraph_of(self, text: str, notes) -> P:
        paragraph = P(stylename=self.body)
        match = RUN_IN_LABEL.match(text) if self.look.labels != "none" else None
        if match:
            end = len(text) if self.look.label_lines and len(text) <= SHORT_LINE else match.end()
            paragraph.addElement(Span(stylename=self.label, text=text[:end]))
            text = text[end:]
        self._text(paragraph, text, notes)
        return paragraph

    def _planning(self, frame) -> Table:
        months = frame[frame.activity_index == frame.activity_index.min()]
        columns = list(zip(months.year, months.month_raw, strict=False))
        rows, shaded = [], []
        if any(year is not None for year, _ in columns):
            rows.append([""] + [(str(int(year)), sum(1 for y, _ in columns if y == year))
                                if i == 0 or columns[i - 1][0] != year else None
                                for i, (year, _) in enumerate(columns)])
        rows.append([""] + [month for _, month in columns])
        header_rows = len(rows)
        shaded += [set()] * header_rows
        mark = self.look.table_look().gantt_mark
        for label, planned, note in _activities(frame):
            if note:
                rows.append([label, (note, len(columns))] + [None] * (len(columns) - 1))
                shaded.append(set())
            else:
                rows.append([label] + [(mark or "") if key in planned else "" for key in columns])
                shaded.append(set() if mark else {i + 1 for i, key in enumerate(columns) if key in planned})
        return self._table(rows, header_rows, [6] + [9.5 / len(columns)] * len(columns), set(), shaded)

    def write(self, blocks: list[Block], path: Path) -> Path:
        look, body = self.look, self.odt.text
        self.notes = ({int(b.text.split()[0]): b.text.split(" ", 1)[1] for b in blocks if b.kind == "footnote"}
                      if look.footnotes == "foot" else None)
        self.pending: list[P] = []  # footnotes set at the end of their section
        self.container, in_columns, self.title_done = body, False, False
        for block in blocks:
            text_block = block.kind in ("para", "item", "footnote")
            if look.columns == 2 and text_block != in_columns:
                self.container = Section(name=self._name("S"), stylename=self.columns) if text_block else body
                if text_block:
                    body.addElement(self.container)
                in_columns = text_block
            if block.kind == "heading":
                for note in self.pending:
                    body.addElement(note)
                self.pending.clear()
            if block.kind in ("para", "item", "footnote"):
                self._running_text(block)
            else:
                self._set_apart(block)
        for note in self.pending:
            body.addElement(note)
        self.odt.save(str(path))
        return path

    def _running_text(self, block: Block) -> None:
        """A paragraph, list item or footnote, in the text's columns."""
        look = self.look
        if block.kind == "para":
            self.container.addElement(self._paragraph_of(block.text, self.notes))
        elif block.kind == "footnote" and look.footnotes != "foot":
            note = P(stylename=self.small, text=block.text)
            (self.pending.append if look.footnotes == "section" else self.container.addElement)(note)
        elif block.kind == "item":
            paragraph = P(stylename=self.body)
            bullet = block.text.startswith("•")
            self._text(paragraph, block.text[1:].strip() if bullet else block.text, self.notes)
            if bullet:
                items, item = List(stylename=self.bullets), ListItem()
                item.addElement(paragraph)
                items.addElement(item)
                paragraph = items
            self.container.addElement(paragraph)

    def _set_apart(self, block: Block) -> None:
        """The title page, a heading, a line of contents or a table."""
        look, body = self.look, self.odt.text
        if block.kind == "title":
            body.addElement(P(stylename=self.title["title"], text=block.text))
        elif block.kind == "titleline":
            kind = "line" if self.title_done else "organisations" if body.childNodes else "platform"
            self.title_done = self.title_done or kind == "organisations"
            body.addElement(P(stylename=self.title[kind], text=block.text))
        elif block.kind == "heading" and not (block.text == "Inhoud" and look.toc == "none"):
            self.container.addElement(H(outlinelevel=block.level, stylename=self.headings[block.level],
                                        text=block.text))
        elif block.kind == "toc" and look.toc != "none":
            body.addElement(self._toc_line(block))
        elif block.kind == "budget":
            printed = look.table_look()
            rows = [printed.budget_row(list(look.budget_header))]
            rows += [printed.budget_row(budget_cells(kind, groups)) for kind, groups in block.rows]
            body.addElement(self._table(rows, 1, [4.5, 4, 2.2, 2.2, 2.6], {2, 3, 4}))
        elif block.kind == "overview":
            body.addElement(self._table([OVERVIEW_HEADER] + [list(row) for row in block.rows], 1,
                                        [5, 2.6, 2.8, 2.8, 2.4], {1, 2, 3, 4}))
        elif block.kind == "planning":
            body.addElement(self._planning(block.rows[0]))


def _export_options(outline: bool, tags: bool) -> str:
    def flag(value: bool) -> str:
        return f'{{"type":"boolean","value":"{str(value).lower()}"}}'

    return f'pdf:writer_pdf_Export:{{"ExportBookmarks":{flag(outline)},"UseTaggedPDF":{flag(tags)}}}'


def write_office_pdf(look, blocks: list[Block], paths: dict[str, Path]) -> dict[str, Path]:
    """``blocks`` in ``look`` as an OpenDocument text, laid out by LibreOffice into ``paths["built"]`` (with
    the outline and tags the look has) and, when given, ``paths["stripped"]`` (exported without them)."""
    soffice = shutil.which("soffice")
    if not soffice:
        raise RuntimeError("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="werkplan-office-") as work:
        source = _Document(look).write(blocks, Path(work) / "werkplan.odt")
        for variant, path in paths.items():
            keep = variant == "built"
            folder = Path(work) / variant
            # A profile of its own: a second LibreOffice at once would otherwise wait on the first's lock.
            subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                            "--convert-to", _export_options(look.outline and keep, look.tags and keep),
                            "--outdir", str(folder), str(source)], check=True, capture_output=True)
            shutil.move(folder / "werkplan.pdf", path)
    return paths
