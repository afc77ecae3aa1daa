"""Extraction-quality signals: where the reading needed repair or is less certain.

These are not checks of the document's arithmetic but of our reading of it; the
report lists them so an auditor knows where to look twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from extract.pdf.integrity import Integrity
from extract.werkplan import ids

# A werkplan sets a heading every page or two (the 2023 edition: 291 on 123 pages). Far fewer means
# the headings' typography was not recognised, so scopes, sections and projects cannot be trusted.
MIN_HEADINGS_PER_PAGE = 0.5


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
    "few_headings": "weinig koppen gevonden",
    "pdf_repaired": "PDF beschadigd en hersteld",
    "image_only_pages": "pagina's zonder tekst (afbeelding)",
    "second_reading_failed": "tweede lezing mislukt",
}


@dataclass
class Signal:
    kind: str
    subject: str
    detail: str
    pages: str
    evidence: list[str]


def reading_signals(frames: dict[str, pd.DataFrame]) -> list[Signal]:
    """Signs that the document's structure was read badly: tables without scope or sharing one, few headings."""
    signals = []
    tables = frames["budget_tables"]
    unscoped = tables[tables["scope_kind"] == "unknown"]
    if len(unscoped):
        share = "de meeste" if 2 * len(unscoped) > len(tables) else "sommige"
        signals.append(Signal(
            "tables_without_scope", f"{len(unscoped)} van {len(tables)} begrotingstabellen",
            f"{share} begrotingstabellen hebben geen onderwerp: er is geen kop van een onderdeel, project of "
            f"uitsplitsing boven herkend: " + ", ".join(unscoped["table_id"]),
            ",".join(str(p) for p in sorted(set(unscoped["page_start"]))), list(unscoped["table_id"])))
    scoped = tables[tables["scope_kind"] != "unknown"]
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
    if headings < MIN_HEADINGS_PER_PAGE * pages:
        signals.append(Signal(
            "few_headings", f"{headings} koppen op {pages} pagina's",
            f"minder dan {MIN_HEADINGS_PER_PAGE:g} kop per pagina herkend; de typografie van de koppen is "
            "waarschijnlijk niet gelezen, dus onderwerpen, secties en projecten zijn onbetrouwbaar", "", []))
    return signals


def quality_signals(frames: dict[str, pd.DataFrame], year: int) -> list[Signal]:
    signals = reading_signals(frames)
    tables = frames["budget_tables"]
    lines = frames["budget_lines"]
    for t in tables.itertuples():
        if pd.notna(t.second_reading_agreeing) and t.second_reading_agreeing < t.row_count:
            signals.append(Signal(
                "low_confidence_table", t.table_id,
                f"de tweede lezing (camelot) bevestigt {t.second_reading_agreeing} van {t.row_count} regels; "
                f"niet bevestigd: {t.second_reading_disagreeing}", f"{t.page_start}-{t.page_end}",
                [ids.number(ids.budget_line(t.table_id, int(i)), "amount") for i in str(t.second_reading_disagreeing).split(",") if i]))
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
        signals.append(Signal("image_only_pages", source, f"pagina's die een afbeelding zonder tekst zijn, niet gelezen: {pages}; "
                              "geef de PDF een tekstlaag met OCR (bijv. ocrmypdf) om ze te lezen", pages, []))
    return signals


def second_reading_failed(source: str, error: Exception) -> Signal:
    return Signal("second_reading_failed", source, f"camelot kon de PDF niet lezen ({type(error).__name__}: "
                  f"{error}); geen regel is door een tweede lezing bevestigd", "", [])
