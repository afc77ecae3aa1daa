"""Extraction-quality signals: where the reading needed repair or is less certain.

These are not checks of the document's arithmetic but of our reading of it; the
report lists them so an auditor knows where to look twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from extract.integrity import Integrity


@dataclass
class Signal:
    kind: str
    subject: str
    detail: str
    pages: str
    evidence: list[str]


def quality_signals(frames: dict[str, pd.DataFrame], year: int) -> list[Signal]:
    signals: list[Signal] = []
    tables = frames["budget_tables"]
    lines = frames["budget_lines"]
    for t in tables.itertuples():
        if pd.notna(t.second_reading_agreeing) and t.second_reading_agreeing < t.row_count:
            signals.append(Signal(
                "low_confidence_table", t.table_id,
                f"camelot's second reading confirms {t.second_reading_agreeing} of {t.row_count} rows; "
                f"rows not confirmed: {t.second_reading_disagreeing}", f"{t.page_start}-{t.page_end}",
                [f"{t.table_id}/{int(i):03d}/amount" for i in str(t.second_reading_disagreeing).split(",") if i]))
        if not t.closed_by_total:
            signals.append(Signal("table_without_total_row", t.table_id,
                                  "the table ended without a total row", f"{t.page_start}-{t.page_end}", []))
        if t.page_end != t.page_start:
            signals.append(Signal("table_over_pages", t.table_id, "the table continues over a page end and was "
                                  "joined", f"{t.page_start}-{t.page_end}", []))
    for r in lines[lines["label_line_count"] > 1].itertuples():
        signals.append(Signal("wrapped_cell_joined", r.line_id,
                              f"label joined from {r.label_line_count} printed lines: {r.label_raw!r}", str(r.page),
                              [f"{r.line_id}/amount"]))
    numbers = frames["numbers"]
    for n in numbers[numbers["raw"].str.contains(r"\d \d", regex=True)].itertuples():
        signals.append(Signal("number_joined_from_parts", n.number_id, f"{n.raw!r} read as {n.value}",
                              str(n.page), [n.number_id]))
    for e in frames["toc"].itertuples():
        if pd.isna(e.section_id):
            signals.append(Signal("toc_entry_not_found", e.toc_entry_id, f"ToC entry {e.title!r} (page "
                                  f"{e.printed_page}) matches no heading", str(e.printed_page), []))
        elif not e.title_matches:
            signals.append(Signal("toc_title_differs", e.toc_entry_id,
                                  f"ToC {e.title!r} vs heading {e.section_title!r}", str(e.actual_page), []))
    toc = frames["toc"]
    moved = toc[toc["section_id"].notna() & ~toc["page_matches"].astype(bool)]
    if len(moved):
        offsets = (moved["actual_page"] - moved["printed_page"]).value_counts().to_dict()
        signals.append(Signal("toc_pages_differ", f"{len(moved)} of {len(toc)} ToC entries",
                              "printed page vs page found (offset: entries): "
                              + ", ".join(f"{int(k):+d}: {v}" for k, v in sorted(offsets.items())), "", []))
    planning = frames["planning"]
    for table_id, group in planning.groupby("table_id", sort=False):
        years = set(group["year"].dropna().astype(int))
        if not years:
            signals.append(Signal("planning_without_year", table_id, "the planning names months but no year",
                                  str(group["page"].iloc[0]), []))
        elif years != {year}:
            signals.append(Signal("planning_year_differs", table_id,
                                  f"the planning is headed {sorted(years)} in the werkplan for {year}",
                                  str(group["page"].iloc[0]), []))
    return signals


def integrity_signals(integrity: Integrity, source: str) -> list[Signal]:
    """The repairs the PDF needed (``werkplan run --strict`` fails on these) and its image-only pages."""
    signals = [Signal("pdf_repaired", source, damage, ",".join(map(str, integrity.missing)), [])
               for damage in integrity.damage]
    if integrity.image_only_pages:
        pages = ",".join(map(str, integrity.image_only_pages))
        signals.append(Signal("image_only_pages", source, f"pages that are an image without text, not read: {pages}; "
                              "give the PDF a text layer with OCR (e.g. ocrmypdf) to read them", pages, []))
    return signals


def second_reading_failed(source: str, error: Exception) -> Signal:
    return Signal("second_reading_failed", source, f"camelot could not read the PDF ({type(error).__name__}: "
                  f"{error}); no row is confirmed by a second reading", "", [])
