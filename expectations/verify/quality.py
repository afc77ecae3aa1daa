"""Extraction-quality signals: where the reading needed repair or is less certain.

These are not checks of the document's arithmetic but of our reading of it; the
report lists them so an auditor knows where to look twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import pandas as pd

from extract.pdf.glyph_names import shared_names, swapped_unread
from extract.pdf.integrity import Integrity
from extract.pdf.toc import toc_key
from extract.settings import Range, Settings, resolve
from extract.werkplan import ids
from extract.werkplan.budget import NUMERIC_COLUMNS
from extract.werkplan.kinds import RowKind, ScopeKind
from extract.werkplan.planning import goes_on

if TYPE_CHECKING:
    from extract.pdf.heading_sources import HeadingReading
    from extract.pdf.model import Document, Line, Page
    from extract.pdf.text import Block
    from extract.werkplan.budget import BudgetRow, Column
    from extract.werkplan.extraction import BudgetTable, Extraction, ScopedPlanning
    from extract.werkplan.vocabulary import RowKeywords

# Signals that the document's structure cannot be trusted (scopes, sections and projects may be misfiled), or
# that a table was not read whole (a budget table cut before its total row, an overview missing onderdelen,
# a budget row's label given to another row).
# A document with one of them is written for review and not loaded into a database unless accepted.
STRUCTURE_DOUBTFUL = ("tables_without_scope", "tables_sharing_scope", "few_headings", "toc_matches_few_headings",
                      "structure_sources_disagree", "project_tables_without_section", "toc_unread",
                      "overview_rows_missing", "table_without_total_row", "toc_partly_read",
                      "planning_tables_sharing_scope", "column_sets_cut", "planning_marks_without_label",
                      "planning_label_cut", "planning_note_without_words", "budget_labels_doubtful",
                      "projects_outside_programmalijn", "text_overprinted", "words_cut_guessed",
                      "section_numbering_split", "glyphs_named_alike", "glyphs_unreadable")
# ... or that numbers were read whose digits nothing proves (OCR'd with low confidence, no sum that holds).
DIGITS_DOUBTFUL = ("ocr_unproven",)


@dataclass(frozen=True)
class QualitySettings(Settings):
    """When the extraction-quality signals are raised."""

    # A werkplan sets a heading every page or two (the 2023 edition: 291 on 123 pages). Far fewer means
    # the headings' typography was not recognised, so scopes, sections and projects cannot be trusted.
    min_headings_per_page: float = 0.5
    # A table of contents whose entries mostly match no heading, or sources of structure (outline, structure
    # tree, typography) that disagree on more than this share of the headings, mean the structure was read
    # wrongly.
    min_toc_matched: float = 0.5
    max_disagreeing: float = 0.25
    # A number read by OCR less surely than this (tesseract's word confidence, 0-1) that no sum check covers
    # is listed as unproven (ocr_unproven): nothing but OCR vouches for its digits.
    min_ocr_confidence: float = 0.9
    limits = {"min_headings_per_page": Range(least=0), "min_toc_matched": Range(least=0, most=1),
              "max_disagreeing": Range(least=0, most=1), "min_ocr_confidence": Range(least=0, most=1)}


# What each kind of signal is called in the (Dutch) report.
SIGNAL_LABELS = {
    "low_confidence_table": "tweede lezing wijkt af",
    "table_without_total_row": "tabel zonder totaalregel",
    "table_over_pages": "tabel over twee pagina's",
    "wrapped_cell_joined": "omschrijving over meer regels",
    "number_joined_from_parts": "getal uit delen samengevoegd",
    "toc_entry_not_found": "inhoudsopgave: kop niet gevonden",
    "toc_title_differs": "inhoudsopgave: titel wijkt af",
    "toc_pages_differ": "inhoudsopgave: pagina's wijken af",
    "planning_without_year": "planning zonder jaar",
    "planning_year_differs": "planning in een ander jaar",
    "planning_over_pages": "planning over twee pagina's",
    "tables_without_scope": "tabellen zonder onderwerp",
    "tables_sharing_scope": "tabellen onder één onderwerp",
    "planning_tables_sharing_scope": "planningen onder één onderwerp",
    "column_sets_cut": "tekst in kolommen: leesvolgorde afgeleid",
    "text_overprinted": "tekst over andere tekst gedrukt",
    "words_cut_guessed": "woorden afgebroken op de kantlijn: lezing geraden",
    "glyphs_named_alike": "tekstlaag noemt verschillende tekens hetzelfde",
    "glyphs_unreadable": "tekstlaag noemt tekens onleesbaar",
    "planning_marks_without_label": "planning: markeringen zonder activiteit",
    "planning_label_cut": "planning: activiteit die midden in een omschrijving begint",
    "planning_note_without_words": "planning: toelichting zonder woorden",
    "budget_labels_doubtful": "begrotingsregels: omschrijving twijfelachtig",
    "projects_outside_programmalijn": "projecten buiten hun programmalijn",
    "section_numbering_split": "genummerde secties doorgenummerd onder een andere kop",
    "few_headings": "weinig koppen gevonden",
    "project_tables_without_section": "projectbegroting zonder projectsectie",
    "toc_unread": "inhoudsopgave niet gelezen",
    "toc_partly_read": "inhoudsopgave grotendeels niet gelezen",
    "overview_rows_missing": "totaaloverzicht onvolledig gelezen",
    "toc_matches_few_headings": "inhoudsopgave past bij weinig koppen",
    "structure_sources_disagree": "bronnen van de opbouw spreken elkaar tegen",
    "structure_source_differs": "bronnen van de opbouw verschillen op enkele koppen",
    "pdf_repaired": "PDF beschadigd en hersteld",
    "image_only_pages": "pagina's zonder tekst (afbeelding)",
    "second_reading_failed": "tweede lezing mislukt",
    "ocr_unproven": "met OCR onzeker gelezen, door geen optelling bevestigd",
}


SOURCE_NAMES = {"outline": "outline", "structure_tree": "structuurboom (tags)", "typography": "typografie"}


@dataclass
class Signal:
    kind: str
    subject: str
    detail: str
    pages: str
    evidence: list[str]


def reading_signals(frames: dict[str, pd.DataFrame], settings: QualitySettings | dict | None = None) -> list[Signal]:
    """Signs that the document's structure was read badly: tables without scope or sharing one, few headings."""
    least = resolve(QualitySettings, settings).min_headings_per_page
    signals = []
    tables = frames["budget_tables"]
    unscoped = tables[tables["scope_kind"] == ScopeKind.UNKNOWN]
    if len(unscoped):
        share = "de meeste" if 2 * len(unscoped) > len(tables) else "sommige"
        signals.append(Signal(
            "tables_without_scope", f"{len(unscoped)} van {len(tables)} begrotingstabellen",
            f"{share} begrotingstabellen hebben geen onderwerp: er is geen kop van een onderdeel, project of "
            f"uitsplitsing boven herkend: " + ", ".join(unscoped["table_id"]),
            ",".join(str(p) for p in sorted(set(unscoped["page_start"]))), list(unscoped["table_id"])))
    scoped = tables[tables["scope_kind"] != ScopeKind.UNKNOWN]
    shared = scoped[scoped.duplicated("scope_id", keep=False)]
    if len(shared):
        # Each part of the werkplan has one budget table: several under one scope mean missed headings.
        groups = shared.groupby("scope_id", sort=False)["table_id"].agg(list)
        signals.append(Signal(
            "tables_sharing_scope", f"{len(shared)} begrotingstabellen onder {len(groups)} onderwerpen",
            "meerdere begrotingstabellen staan onder één onderwerp, dus de koppen ertussen zijn waarschijnlijk "
            "niet herkend: " + "; ".join(f"{scope}: {', '.join(t)}" for scope, t in groups.items()),
            ",".join(str(p) for p in sorted(set(shared["page_start"]))), list(shared["table_id"])))
    pages = int(frames["document"]["page_count"].iloc[0])
    headings = int((frames["sections"]["kind"] != "titlepage").sum())
    if headings < least * pages:
        signals.append(Signal(
            "few_headings", f"{headings} koppen op {pages} pagina's",
            f"minder dan {least:g} kop per pagina herkend; de typografie van de koppen is "
            "waarschijnlijk niet gelezen, dus onderwerpen, secties en projecten zijn onbetrouwbaar", "", []))
    # A project's budget table is found under its heading; a project plan that is no section of the
    # bijlage means the headings' levels were read wrongly, so the sections cannot be trusted.
    projects = tables[tables["scope_kind"].isin([ScopeKind.PROJECT, ScopeKind.SUBPLAN])]
    orphans = projects[~projects["table_id"].isin(set(frames["projects"]["budget_table_id"].dropna()))]
    if len(orphans):
        signals.append(Signal(
            "project_tables_without_section", f"{len(orphans)} van {len(projects)} projectbegrotingen",
            "projectbegrotingen zonder projectsectie in de bijlage: de niveaus van de koppen zijn waarschijnlijk "
            "verkeerd gelezen: " + ", ".join(orphans["table_id"]),
            ",".join(str(p) for p in sorted(set(orphans["page_start"]))), list(orphans["table_id"])))
    return signals


def projects_outside_programmalijn(projects: pd.DataFrame, programmalijnen: pd.DataFrame) -> list[Signal]:
    """Projects whose number names a programmalijn of the bijlage ("Project 1.1" of Programmalijn 1) but
    whose section is not under that programmalijn's: the headings' levels were read wrongly (a
    programmalijn heading read at a project's level or below), however right the scopes are."""
    sections = dict(zip(programmalijnen["number"], programmalijnen["section_id_bijlage"], strict=True))

    def outside_its_own(number, section) -> bool:
        own = sections.get(str(number).split(".")[0])
        # A project without a section is another signal's (project_tables_without_section).
        return isinstance(own, str) and isinstance(section, str) and not section.startswith(f"{own}/")

    outside = projects[[outside_its_own(number, section)
                        for number, section in zip(projects["project"], projects["section_id"], strict=True)]]
    if outside.empty:
        return []
    return [Signal("projects_outside_programmalijn", f"{len(outside)} van {len(projects)} projecten",
                   "projecten staan niet onder de programmalijn die hun nummer noemt: de niveaus van de koppen "
                   "zijn waarschijnlijk verkeerd gelezen: " + ", ".join(outside["project_id"]),
                   ",".join(str(p) for p in sorted(set(outside["page_start"]))), list(outside["project_id"]))]


def section_numbering_split(sections: pd.DataFrame) -> list[Signal]:
    """A project's or sub-plan's numbered sections whose first goes on from the number before it, under another
    heading ("7. Resultaten", then "SZW.", then "8. Planning" under it): the document's own numbering says the
    heading between them parents neither (Chromium look 10178 stripped: a paragraph's last line, "SZW.", read as a
    sub-plan's heading; project 4.2's planning and budget were filed under it and published)."""
    numbered = sections[(sections["kind"] == "project_section")
                        & sections["number"].astype("string").str.fullmatch(r"\d+").fillna(False)]
    titles = dict(zip(sections["section_id"], sections["title"], strict=True))
    split, before = [], None  # before: the numbered section above, as (its parent, its number)
    for row in numbered.sort_values("position").itertuples():
        number = int(row.number)
        if before is not None and row.parent_id != before[0] and number == before[1] + 1:
            split.append((row.parent_id, row.page_start, f"{number}. volgt op {before[1]}."))
        before = (row.parent_id, number)
    if not split:
        return []
    return [Signal("section_numbering_split", f"{len(split)} koppen",
                   "de nummering van de secties loopt door onder een andere kop, die dus geen kop is of op een "
                   "ander niveau staat: " + "; ".join(f"{titles.get(parent)!r} (p. {page}): {how}"
                                                       for parent, page, how in split),
                   ",".join(str(page) for page in sorted({page for _, page, _ in split})),
                   [parent for parent, _, _ in split])]


def toc_signals(frames: dict[str, pd.DataFrame], settings: QualitySettings | dict | None = None) -> list[Signal]:
    """A table of contents most of whose entries match no heading (the headings were not recognised), or
    none of whose entries could be read."""
    toc = frames["toc"]
    if toc.empty and (frames["sections"]["kind"] == "toc").any():
        return [Signal("toc_unread", "inhoudsopgave zonder regels", "de inhoudsopgave is gevonden maar geen van "
                       "haar regels is gelezen; de koppen zijn niet aan haar getoetst", "", [])]
    matched = int(toc["section_id"].notna().sum())
    if len(toc) and matched < resolve(QualitySettings, settings).min_toc_matched * len(toc):
        return [Signal("toc_matches_few_headings", f"{matched} van {len(toc)} regels van de inhoudsopgave",
                       "minder dan de helft van de inhoudsopgave past bij een gevonden kop; de koppen zijn "
                       "waarschijnlijk niet herkend", "", [])]
    return _toc_incomplete(toc, frames["sections"]) or _toc_skips_siblings(toc, frames["sections"])


def _toc_incomplete(toc: pd.DataFrame, sections: pd.DataFrame) -> list[Signal]:
    """Many headings after the last one a table of contents lists, of levels it lists (more than a
    quarter as many as it has lines): its last lines were not read (a table of contents running over
    pages it was not followed onto).  A table of contents may leave out headings of a level it shows
    here and there, not all of them from some point on."""
    listed_ids = set(toc["section_id"].dropna())
    if not listed_ids:
        return []
    listed = sections[sections["section_id"].isin(listed_ids)]
    after = sections["position"] > listed["position"].max()
    left_out = sections[after & sections["level"].isin(set(listed["level"]))]
    if len(left_out) <= max(2, len(toc) / 4):
        return []
    return [Signal("toc_partly_read", f"{len(left_out)} koppen buiten de inhoudsopgave",
                   f"de inhoudsopgave noemt {len(toc)} koppen maar niet de {len(left_out)} koppen van dezelfde "
                   "niveaus na de laatste, "
                   "bijvoorbeeld " + "; ".join(repr(t) for t in left_out["title"].head(5)) + ": haar regels zijn "
                   "waarschijnlijk niet alle gelezen",
                   ",".join(str(p) for p in sorted(set(left_out["page_start"]))[:20]),
                   list(left_out["section_id"].head(20)))]


def _toc_skips_siblings(toc: pd.DataFrame, sections: pd.DataFrame) -> list[Signal]:
    """Headings a table of contents leaves out between ones it lists, while it lists their siblings (same
    parent, same level): a line of it was not read (a title wrapped over lines, say), so its entries
    after it are matched to the wrong headings."""
    listed_ids = set(toc["section_id"].dropna())
    if not listed_ids:
        return []
    listed = sections[sections["section_id"].isin(listed_ids)]
    families = set(zip(listed["parent_id"], listed["level"], strict=True))
    within = sections[(sections["position"] < listed["position"].max()) & ~sections["section_id"].isin(listed_ids)
                      & ~sections["kind"].isin(["toc", "titlepage"])]
    skipped = within[[pair in families for pair in zip(within["parent_id"], within["level"], strict=True)]]
    if skipped.empty:
        return []
    return [Signal("toc_partly_read", f"{len(skipped)} koppen overgeslagen in de inhoudsopgave",
                   "de inhoudsopgave noemt de koppen naast deze maar niet deze: "
                   + "; ".join(repr(t) for t in skipped["title"].head(5)) + "; een regel ervan is waarschijnlijk "
                   "niet gelezen", ",".join(str(p) for p in sorted(set(skipped["page_start"]))[:20]),
                   list(skipped["section_id"].head(20)))]


def planning_scope_signals(frames: dict[str, pd.DataFrame]) -> list[Signal]:
    """Several planning tables under one scope: a project plan has one planning, so the headings between
    them were missed, or one table was read as two (its rows out of order)."""
    planning = frames["planning"]
    tables = planning.drop_duplicates("table_id")
    shared = tables[tables["scope_id"].notna() & tables.duplicated("scope_id", keep=False)]
    if shared.empty:
        return []
    groups = shared.groupby("scope_id", sort=False)["table_id"].agg(list)
    return [Signal("planning_tables_sharing_scope", f"{len(shared)} planningen onder {len(groups)} onderwerpen",
                   "meerdere planningen staan onder één onderwerp: de koppen ertussen zijn niet herkend of één "
                   "planning is als twee gelezen: "
                   + "; ".join(f"{scope}: {', '.join(t)}" for scope, t in groups.items()),
                   ",".join(str(int(p)) for p in sorted(set(shared["page"].dropna()))), list(shared["table_id"]))]


def overview_signals(frames: dict[str, pd.DataFrame]) -> list[Signal]:
    """An overview that leaves out onderdelen the budget tables have, or its total row: its rows were not
    all read (its sums cannot be checked without the total)."""
    overview = frames["overview"]
    if overview.empty:
        return []
    signals = []
    budgeted = set(frames["budget_tables"]["onderdeel"].dropna())
    missing = sorted(budgeted - set(overview["onderdeel"].dropna()))
    if missing:
        signals.append(Signal("overview_rows_missing", f"{len(missing)} van {len(budgeted)} onderdelen",
                              "het totaaloverzicht heeft geen regel voor onderdeel " + ", ".join(missing) + ", dat "
                              "wel begrotingstabellen heeft: de regels van het overzicht zijn niet alle gelezen",
                              str(int(overview["page"].min())), []))
    if not (overview["row_kind"] == "total").any():
        table_id = ids.in_document(str(overview["document_id"].iloc[0]), ids.OVERVIEW_TABLE)
        signals.append(Signal("table_without_total_row", table_id,
                              "het totaaloverzicht eindigt zonder totaalregel: de regels zijn niet alle gelezen en "
                              "de kolomtotalen zijn niet te toetsen", str(int(overview["page"].max())), []))
    return signals


def extraction_signals(extraction: Extraction, settings: QualitySettings | dict | None = None) -> list[Signal]:
    """What reading the document's structure found doubtful: its sources disagreeing (see
    :func:`structure_signals`), or a table of contents most of whose lines were read as no entry."""
    signals = structure_signals(extraction.structure, settings)
    toc = next((n for root in extraction.sections for n in root.walk() if n.kind == "toc"), None)
    read = {id(line) for entry in extraction.toc for line in entry.lines}
    unread = [line for line in toc.lines if id(line) not in read] if toc is not None and read else []
    if len(unread) > len(read):
        signals.append(Signal("toc_partly_read", f"{len(unread)} van {len(toc.lines)} regels van de inhoudsopgave",
                              "de meeste regels van de inhoudsopgave zijn als geen regel gelezen, bijvoorbeeld "
                              + "; ".join(repr(line.text) for line in unread[:5]),
                              ",".join(str(p) for p in sorted({line.page for line in unread})), []))
    elif lost := _headings_unread(unread, extraction):
        signals.append(Signal("toc_partly_read", f"{len(lost)} regels van de inhoudsopgave niet gelezen",
                              "regels van de inhoudsopgave die een kop van het document noemen zijn als geen regel "
                              "gelezen: " + "; ".join(repr(line.text) for line in lost[:5]),
                              ",".join(str(p) for p in sorted({line.page for line in lost})), []))
    return (signals + column_signals(extraction.document.pages) + overprint_signals(extraction.document)
            + misnamed_glyph_signals(extraction.document)
            + cut_word_signals([block for root in extraction.sections for node in root.walk() for block in node.blocks],
                               extraction.planning)
            + marks_without_label_signals(extraction.planning, extraction.settings.planning.marks,
                                          extraction.document_id)
            + label_cut_signals(extraction.planning, extraction.document_id)
            + note_without_words_signals(extraction.planning, extraction.document_id)
            + budget_label_signals(extraction.tables, extraction.settings.budget.row_kinds, extraction.document_id))


def _headings_unread(unread: list, extraction: Extraction) -> list:
    """Lines of the table of contents read as no entry that begin a heading's title of the document (eight
    letters or more): an entry lost (LibreOffice look 8319, A5: its last, "1. Kennisdossier Roma, Sinti en
    woonwagenbewoners" / "124", and the run exited 0)."""
    titles = [toc_key(node.title) for root in extraction.sections for node in root.walk()
              if node.kind not in ("toc", "titlepage")]
    keys = [toc_key(line.text.rstrip("0123456789 .…")) for line in unread]
    return [line for line, key in zip(unread, keys, strict=True)
            if len(key) >= 8 and any(title.startswith(key) for title in titles)]


def budget_label_signals(tables: list[BudgetTable], keywords: RowKeywords, document_id: str) -> list[Signal]:
    """Budget rows whose label cannot be the one printed for them (:func:`_label_doubt`).  The row's kind,
    and so the checks over it, rest on its label."""
    names = {row.organisation_raw for table in tables for row in table.rows
             if row.row_kind == RowKind.STAFF and row.organisation_raw}
    doubtful = [(ids.in_document(document_id, ids.budget_line(table.table_id, row.row_index)), row, reason)
                for table in tables for row in table.rows
                if (reason := _label_doubt(row, keywords, any(other.role_raw for other in table.rows))
                    or _header_in_label(row, table.columns) or _total_of_nothing(row, table.rows)
                    or _name_after_a_names_end(row, names))]
    if not doubtful:
        return []
    return [Signal("budget_labels_doubtful", f"{len(doubtful)} begrotingsregels",
                   "de omschrijving van deze regels is niet die van hun waarden, dus hun soort en de "
                   "optellingen erover zijn onzeker: "
                   + "; ".join(f"{line_id} (p. {row.page}): {reason}" for line_id, row, reason in doubtful),
                   ",".join(str(p) for p in sorted({row.page for _, row, _ in doubtful})),
                   [ids.number(line_id, "amount") for line_id, row, _ in doubtful if "amount" in row.cells])]


# Words that join two parts of one label ("Overhead en stafkosten"), so a kind's word after one is no new row.
_LABEL_JOINERS = ("en", "and", "&", "+", "/")


# A sentence's end inside a label, another begun after it: a word of four letters or more (no abbreviation:
# "o.a.", "Drs.") ending in a full stop, a capital after it.  Labels name an organisation and a function; a
# footnote or a paragraph read into one ends a sentence ("1 Alle bedragen staan in euro’s. Verwey-Jonker …").
_SENTENCE_END = re.compile(r"[a-zà-ÿ’']{4,}[.!?]\s+[A-ZÀ-Þ]")


def _label_doubt(row: BudgetRow, keywords: RowKeywords, roles_printed: bool) -> str | None:
    """Why ``row``'s label is not its own, if it is not: values without a label, or a staff line without
    the function the table's other staff lines have (``roles_printed``; its lines were given to another
    row, or lost), a sentence ended inside it (:data:`_SENTENCE_END`), or a label that begins a staff costs,
    overhead or total row again after its start ("Overhead Verwey-Jonker Instituut Stafkosten …": two rows'
    labels joined).  Not doubted: a total,
    which names what it sums ("Totaal externe kosten", "Subtotaal stafkosten"), a kind's word after a
    joiner ("Overhead en stafkosten"), and the role ("Externe adviseur"): only the words before it count."""
    if row.cells and not row.label_raw:
        return "waarden zonder omschrijving"
    if row.row_kind == RowKind.STAFF and roles_printed and not row.role_raw:
        return f"personeelsregel zonder functie: {row.label_raw!r}"
    if _SENTENCE_END.search(row.label_raw):
        return f"een zin in de omschrijving: {row.label_raw!r}"
    words = row.label_raw.removesuffix(row.role_raw or "").lower().split()
    if not words or words[0].startswith(keywords.total):
        return None
    again = (*keywords.staff_costs, *keywords.overhead, *keywords.total)
    if any(word.startswith(again) and before not in _LABEL_JOINERS for before, word in pairwise(words)):
        return f"twee soorten regels in één omschrijving: {row.label_raw!r}"
    return None


def _name_after_a_names_end(row: BudgetRow, names: set[str]) -> str | None:
    """An organisation the document's staff rows name (``names``) after words that end one of them: a name
    wrapped at a page's foot whose rest went on the next row ("Instituut Movisie", "Instituut Verwey-Jonker
    Instituut": LibreOffice look 8231, published with four checks failing, exit 0)."""
    organisation = row.organisation_raw or ""
    for name in names:
        piece = organisation.removesuffix(f" {name}")
        if piece != organisation and any(other.endswith(f" {piece}") for other in names):
            return f"het eind van een organisatie voor een andere: {organisation!r}"
    return None


def _total_of_nothing(row: BudgetRow, rows: list[BudgetRow]) -> str | None:
    """An organisation's total as its table's first row: the lines it sums are not in the text read
    (LibreOffice looks 8107 and 8161 lose the rows of a table split after a heading at a page's foot).  Totals
    one under another later in a table ("Totaal Project", "Totaal externe kosten") may sum what is above."""
    if row.row_kind != RowKind.ORG_TOTAL or row is not rows[0]:
        return None
    return f"een totaal zonder regels erboven: {row.label_raw!r}"


def _header_in_label(row: BudgetRow, columns: dict[str, Column]) -> str | None:
    """A value column's header as printed in its table, of two words or more ("Aantal uren", "Totaal (€)"),
    inside ``row``'s label: a header row's cell that a page end moved apart from it, read as a label."""
    label = f" {' '.join(row.label_raw.lower().split())} "
    for name in NUMERIC_COLUMNS:
        printed = columns[name].printed.lower() if name in columns else ""
        if len(printed.split()) > 1 and f" {printed} " in label:
            return f"kop van een kolom in de omschrijving: {row.label_raw!r}"
    return None


def marks_without_label_signals(planning: list[ScopedPlanning], marks: tuple[str, ...],
                                document_id: str) -> list[Signal]:
    """Planning lines of marks alone ("x x x x"), no activity beside them: a row split over a page end
    (its marks on one page, its label on the next) or a label set apart from its marks, so the marks
    were given to another row."""
    def only_marks(line: Line) -> bool:
        return bool(line.words) and all(set(w.text) <= set(marks) for w in line.words)

    def beside(line: Line, other: Line) -> bool:
        return line.page == other.page and other.top <= (line.top + line.bottom) / 2 <= other.bottom

    signals = []
    for scoped in planning:
        split = [row for row in scoped.table.rows if row.split]  # read whole from the grid's rules
        # A line of marks beside a label line is that label's, read apart (a page read in columns).
        worded = [line for line in scoped.table.lines if not only_marks(line)]
        alone = [line for line in scoped.table.lines
                 if only_marks(line) and not any(beside(line, other) for other in worded)
                 and not any(row.page == line.page and row.top <= line.top <= row.bottom for row in split)]
        alone += [line for row in scoped.table.rows if not row.activity
                  for line in scoped.table.lines if line.page == row.page and row.top <= line.top <= row.bottom]
        if alone:
            signals.append(Signal("planning_marks_without_label", ids.in_document(document_id, scoped.table_id),
                                  f"{len(alone)} regel(s) met alleen markeringen, zonder activiteit ernaast: de "
                                  "markeringen zijn mogelijk bij een andere activiteit gelezen",
                                  ",".join(str(p) for p in sorted({line.page for line in alone})), []))
    return signals


def label_cut_signals(planning: list[ScopedPlanning], document_id: str) -> list[Signal]:
    """Planning rows whose activity starts as a wrapped label's continuation does, in lower case (after any
    opening bracket or quote: :func:`~extract.werkplan.planning.goes_on`): the rest of a label read as a row
    of its own, so the rows' boundaries, and with them which months are whose, are in doubt."""
    signals = []
    for scoped in planning:
        cut = [row for row in scoped.table.rows if goes_on(row.activity)]
        if cut:
            signals.append(Signal("planning_label_cut", ids.in_document(document_id, scoped.table_id),
                                  f"{len(cut)} activiteit(en) die midden in een omschrijving beginnen, bijvoorbeeld "
                                  f"{cut[0].activity!r}: de rest van een omschrijving is mogelijk als eigen "
                                  "activiteit gelezen", ",".join(str(p) for p in sorted({row.page for row in cut})),
                                  []))
    return signals


def note_without_words_signals(planning: list[ScopedPlanning], document_id: str) -> list[Signal]:
    """Planning rows whose note (text printed across the month cells instead of marks) holds no word of two
    letters: pieces of the month header that narrow cells broke ("Ok" / "t.", "Feb" / "."), read as a
    row's note, so the rows under it, and which months are whose, are in doubt."""
    signals = []
    for scoped in planning:
        broken = [row for row in scoped.table.rows
                  if row.note is not None and not any(sum(c.isalpha() for c in word) >= 2 for word in row.note.split())]
        if broken:
            signals.append(Signal("planning_note_without_words", ids.in_document(document_id, scoped.table_id),
                                  f"{len(broken)} activiteit(en) met een toelichting zonder woorden, bijvoorbeeld "
                                  f"{broken[0].note!r}: mogelijk stukken van de maandkoppen, de maanden van de "
                                  "activiteiten eronder zijn onzeker",
                                  ",".join(str(p) for p in sorted({row.page for row in broken})), []))
    return signals


def column_signals(pages: list[Page]) -> list[Signal]:
    """Pages in two columns whose reading order is in doubt (extract.pdf.lines).  Where the reader gives
    the order in which the page's content stream draws its words, a page is in doubt when the stream
    draws lines of its columns out of turn: the author's program writes the text in the order it set
    it, so a column read in the wrong place shows there.  (Measured on 16 two-column random looks read
    with the 2023 werkplan's every section right or not: the six read right had no page out of turn,
    and each of the five with a section out of order because of its columns had one.)  Without that
    order, as before: a page read in several column sets, cut apart where a heading or a table stands,
    or where the reading jumps from one column's foot to the next column's head out of a finished
    sentence into one that goes on mid-sentence (such jumps show on pages read right too: 15 of 20
    held-out looks read right had one)."""
    out_of_turn = [page for page in pages if page.column_sets and page.column_disorder]
    unproven = [page for page in pages if page.column_sets and page.column_disorder is None
                and (page.column_doubts or page.column_sets > 1)]
    named = sorted(out_of_turn + unproven, key=lambda page: page.number)
    if not named:
        return []
    return [Signal("column_sets_cut", f"{len(named)} pagina's in kolommen",
                   f"op {len(named)} pagina's staat tekst in twee kolommen waarvan de leesvolgorde niet vaststaat, "
                   "dus de tekst van secties kan in een volgende sectie terechtkomen: op "
                   f"{len(out_of_turn)} daarvan tekent het bestand "
                   f"{sum(page.column_disorder for page in out_of_turn)} regels in een andere volgorde dan ze "
                   f"gelezen zijn; op {len(unproven)} (het bestand zegt geen volgorde) is de volgorde uit de "
                   "opmaak afgeleid, onderbroken door koppen of tabellen over de hele breedte of met sprongen "
                   "waar de tekst niet doorloopt",
                   ",".join(str(page.number) for page in named[:30]), [])]


def overprint_signals(document: Document) -> list[Signal]:
    """Pages where words are printed over other words (extract.pdf.words.overprinted): their letters interleave
    in the text read, which no reading order untangles (WeasyPrint look 8287: a word too long for its column
    run into the next column's line, read "antidiscriminatievoorzieningeno,nderwijsinstellingen.").  Not in an
    OCR text layer (one font), whose letters' boxes are the OCR engine's estimates and may overlap."""
    named = [] if document.one_font else [page for page in document.pages if page.overprinted]
    if not named:
        return []
    return [Signal("text_overprinted", f"{sum(page.overprinted for page in named)} woorden over andere tekst",
                   f"op {len(named)} pagina's staan woorden over andere tekst heen gedrukt (een woord dat buiten "
                   "zijn kolom doorloopt): hun letters lopen in de gelezen tekst door elkaar",
                   ",".join(str(page.number) for page in named[:30]), [])]


def misnamed_glyph_signals(document: Document) -> list[Signal]:
    """Fonts whose text layer names two of their glyphs as one letter or digit (extract.pdf.glyph_names): one of
    them is most likely another character misnamed (Ghostscript's pdfwrite over Chromium's PDF: "euro’s" read
    "euro9s"), and its words are read wrong.  The evidence names each font, character and glyph code (as PDF tools
    show it, in hexadecimal) with its pages, and the words on the rarer glyphs' pages that print such a digit
    beside letters, where a misnamed glyph shows."""
    unread = [(line.page, word.text) for line in document.lines() for word in line.words
              if swapped_unread(word.text)]
    signals = [] if not unread else [Signal(
        "glyphs_unreadable", f"{len(unread)} woorden",
        "de tekstlaag noemt een teken (een ligatuur als 'ffl') in UTF-16 met verwisselde bytes die niet tot letters "
        "terug te lezen zijn: die woorden zijn verkeerd gelezen",
        ",".join(str(page) for page in sorted({page for page, _ in unread})[:30]),
        [f"p. {page}: {text}" for page, text in unread[:20]])]
    shared = shared_names(document.pages)
    if not shared:
        return signals
    evidence = []
    for name in shared:
        glyphs = "; ".join(f"code {code:#04x} op {len(pages)} pagina's ({', '.join(map(str, pages[:8]))}"
                           f"{', …' if len(pages) > 8 else ''})" for code, pages in name.glyph_pages)
        evidence.append(f"{name.font}: '{name.character}' = {glyphs}")
    doubtful: dict[tuple[str, int], set[str]] = defaultdict(set)  # (font, page) -> its characters in doubt
    for name in shared:
        for page in name.rarer_pages:
            doubtful[name.font, page].add(name.character)
    beside_letters = [f"p. {line.page}: {word.text}" for line in document.lines() for word in line.words
                      if _beside_letters(word.text, doubtful.get((word.fontname, line.page), ()))]
    fonts = {name.font for name in shared}
    return signals + [Signal("glyphs_named_alike", f"{len(shared)} tekens in {len(fonts)} lettertypen",
                   "de tekstlaag noemt twee of meer verschillende tekens (glyphs) van één lettertype met dezelfde "
                   "letter of hetzelfde cijfer: een van de twee is waarschijnlijk een ander teken (een "
                   "aanhalingsteken of opsommingsteken dat als cijfer gelezen wordt), dus tekst met die letter of "
                   "dat cijfer kan verkeerd gelezen zijn; welk teken het goede is, zegt het bestand niet",
                   ",".join(str(page) for page in sorted({p for name in shared for p in name.rarer_pages})[:30]),
                   evidence + beside_letters[:20])]


def _beside_letters(text: str, characters: Collection[str]) -> bool:
    """A digit of ``characters`` printed right beside a letter ("euro9s", "8dubbele"), as no number is printed."""
    return any(c in characters and c.isdigit() and any(n.isalpha() for n in text[max(i - 1, 0):i + 2])
               for i, c in enumerate(text))


def cut_word_signals(blocks: list[Block], planning: list[ScopedPlanning]) -> list[Signal]:
    """Paragraphs, and planning labels, with a word cut at the margin read as two where one would be a word too, or
    a hyphen at a line's end read as a break or a compound's by a guess (extract.pdf.text.guessed_cuts,
    guessed_cell_cuts, guessed_hyphens): which is printed is a guess, so the text may be wrong.  The evidence names
    each, with its page: "p. 83: RTL-Nieuws / RTLNieuws", as read and the other reading."""
    named = [(block.page, word) for block in blocks for word in block.guessed_words]
    named += [(row.page, word) for scoped in planning for row in scoped.table.rows for word in row.guessed_words]
    if not named:
        return []
    return [Signal("words_cut_guessed", f"{len(named)} woorden",
                   "woorden zijn op de kantlijn afgebroken zonder afbreekstreepje (te breed voor hun regel of cel), "
                   "of met een streepje dat ook het koppelteken van een samenstelling kan zijn, en zowel de twee "
                   "stukken als het woord dat ze samen maken zijn woorden: of het één woord is of twee, of met of "
                   "zonder koppelteken, is geraden",
                   ",".join(str(page) for page in sorted({page for page, _ in named})[:30]),
                   [f"p. {page}: {word}" for page, word in sorted(named, key=lambda named: named[0])])]


def structure_signals(reading: HeadingReading, settings: QualitySettings | dict | None = None) -> list[Signal]:
    """Where the sources of the document's structure (outline, structure tree, typography) disagree.

    Each disagreement names its heading.  Against the source the headings came from, a few are usual (a
    title page line one source counts as a heading); on more than a quarter of the headings the reading
    is doubtful.
    """
    most = resolve(QualitySettings, settings).max_disagreeing
    signals = []
    for source in dict.fromkeys(d.source for d in reading.disagreements):
        found = [d for d in reading.disagreements if d.source == source]
        doubtful = len(found) > most * max(len(reading.headings), 1)
        subject = (f"{len(found)} items van de outline wijzen naar geen kop" if source == reading.source else
                   f"{len(found)} koppen: {SOURCE_NAMES[reading.source]} tegen {SOURCE_NAMES[source]}")
        signals.append(Signal(
            "structure_sources_disagree" if doubtful else "structure_source_differs", subject,
            "; ".join(f"{d.text!r} (p. {d.page}): {d.detail}" for d in found[:40])
            + (f"; en {len(found) - 40} meer" if len(found) > 40 else ""),
            ",".join(str(p) for p in sorted({d.page for d in found})), []))
    return signals


def review_reasons(signals: list[dict]) -> list[str]:
    """The signals that put the document's structure or digits in doubt, as 'kind: subject'."""
    return [f"{s['kind']}: {s['subject']}" for s in signals if s["kind"] in STRUCTURE_DOUBTFUL + DIGITS_DOUBTFUL]


def quality_signals(frames: dict[str, pd.DataFrame], year: int,
                    settings: QualitySettings | dict | None = None) -> list[Signal]:
    signals = (reading_signals(frames, settings) + toc_signals(frames, settings) + overview_signals(frames)
               + planning_scope_signals(frames)
               + projects_outside_programmalijn(frames["projects"], frames["programmalijnen"])
               + section_numbering_split(frames["sections"]))
    tables = frames["budget_tables"]
    lines = frames["budget_lines"]
    for t in tables.itertuples():
        if pd.notna(t.second_reading_agreeing) and t.second_reading_agreeing < t.row_count:
            signals.append(Signal(
                "low_confidence_table", t.table_id,
                f"de tweede lezing (camelot) bevestigt {t.second_reading_agreeing} van {t.row_count} regels; "
                f"niet bevestigd: {t.second_reading_disagreeing}", f"{t.page_start}-{t.page_end}",
                [ids.number(ids.budget_line(t.table_id, int(i)), "amount")
                 for i in str(t.second_reading_disagreeing).split(",") if i]))
        if not t.closed_by_total:
            signals.append(Signal("table_without_total_row", t.table_id,
                                  "de tabel eindigt zonder totaalregel", f"{t.page_start}-{t.page_end}", []))
        if t.page_end != t.page_start:
            signals.append(Signal("table_over_pages", t.table_id, "de tabel loopt door over een paginagrens en is "
                                  "samengevoegd", f"{t.page_start}-{t.page_end}", []))
    for r in lines[lines["label_line_count"] > 1].itertuples():
        signals.append(Signal("wrapped_cell_joined", r.line_id,
                              f"omschrijving samengevoegd uit {r.label_line_count} gedrukte regels: {r.label_raw!r}",
                              str(r.page), [ids.number(r.line_id, "amount")]))
    numbers = frames["numbers"]
    for n in numbers[numbers["raw"].str.contains(r"\d \d", regex=True)].itertuples():
        signals.append(Signal("number_joined_from_parts", n.number_id, f"{n.raw!r} gelezen als {n.value}",
                              str(n.page), [n.number_id]))
    for e in frames["toc"].itertuples():
        if pd.isna(e.section_id):
            signals.append(Signal("toc_entry_not_found", e.toc_entry_id, f"inhoudsopgave {e.title!r} (pagina "
                                  f"{e.printed_page}) past bij geen kop", str(e.printed_page), []))
        elif not e.title_matches:
            signals.append(Signal("toc_title_differs", e.toc_entry_id,
                                  f"inhoudsopgave {e.title!r}, kop {e.section_title!r}", str(e.actual_page), []))
    toc = frames["toc"]
    moved = toc[toc["section_id"].notna() & ~toc["page_matches"].astype(bool)]
    if len(moved):
        offsets = (moved["actual_page"] - moved["printed_page"]).value_counts().to_dict()
        signals.append(Signal("toc_pages_differ", f"{len(moved)} van {len(toc)} regels van de inhoudsopgave",
                              "gedrukte pagina tegen gevonden pagina (verschil: regels): "
                              + ", ".join(f"{int(k):+d}: {v}" for k, v in sorted(offsets.items())), "", []))
    planning = frames["planning"]
    for table_id, group in planning.groupby("table_id", sort=False):
        pages = sorted(set(group["page"].dropna().astype(int)))
        if len(pages) > 1:
            signals.append(Signal("planning_over_pages", table_id, "de planning loopt door over een paginagrens "
                                  "en is samengevoegd", f"{pages[0]}-{pages[-1]}", []))
        years = set(group["year"].dropna().astype(int))
        if not years:
            signals.append(Signal("planning_without_year", table_id, "de planning noemt maanden maar geen jaar",
                                  str(group["page"].iloc[0]), []))
        elif years != {year}:
            signals.append(Signal("planning_year_differs", table_id,
                                  f"de planning staat onder {sorted(years)} in het werkplan voor {year}",
                                  str(group["page"].iloc[0]), []))
    return signals


def integrity_signals(integrity: Integrity, source: str) -> list[Signal]:
    """The repairs the PDF needed (``werkplan run --strict`` fails on these) and its image-only pages."""
    pages = ",".join(map(str, sorted({*integrity.missing, *integrity.repaired_pages})))
    signals = [Signal("pdf_repaired", source, damage, pages, []) for damage in integrity.damage]
    if integrity.image_only_pages:
        pages = ",".join(map(str, integrity.image_only_pages))
        signals.append(Signal("image_only_pages", source,
                              f"pagina's die een afbeelding zonder tekst zijn, niet gelezen: {pages}; "
                              "geef de PDF een tekstlaag met OCR (bijv. ocrmypdf) om ze te lezen", pages, []))
    return signals


def unproven_numbers(numbers: pd.DataFrame, proven: set[str],
                     settings: QualitySettings | dict | None = None) -> list[Signal]:
    """Numbers OCR read with a confidence below ``min_ocr_confidence`` whose number id no comparison of a
    sum check that holds covers (``proven``, :func:`expectations.verify.checks.proven_numbers`): their
    digits are proven by nothing."""
    least = resolve(QualitySettings, settings).min_ocr_confidence
    doubtful = numbers[(numbers["ocr_confidence"] < least) & ~numbers["number_id"].isin(proven)]
    if doubtful.empty:
        return []
    shown = ", ".join(f"{n.raw} (p. {n.page}, zekerheid {n.ocr_confidence:.2f})" for n in doubtful.itertuples())
    return [Signal("ocr_unproven", f"{len(doubtful)} getallen", "met OCR gelezen met een zekerheid onder "
                   f"{least:g} en door geen optelling of vermenigvuldiging bevestigd: {shown}",
                   ",".join(str(p) for p in sorted(set(doubtful["page"]))), list(doubtful["number_id"]))]


def second_reading_failed(source: str, error: Exception) -> Signal:
    return Signal("second_reading_failed", source, f"camelot kon de PDF niet lezen ({type(error).__name__}: "
                  f"{error}); geen regel is door een tweede lezing bevestigd", "", [])
