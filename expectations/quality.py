"""Extraction-quality signals: where the reading needed repair or is less certain.

These are not checks of the document's arithmetic but of our reading of it; the
report lists them so an auditor knows where to look twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


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
}


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
                f"de tweede lezing (camelot) bevestigt {t.second_reading_agreeing} van {t.row_count} regels; "
                f"niet bevestigd: {t.second_reading_disagreeing}", f"{t.page_start}-{t.page_end}",
                [f"{t.table_id}/{int(i):03d}/amount" for i in str(t.second_reading_disagreeing).split(",") if i]))
        if not t.closed_by_total:
            signals.append(Signal("table_without_total_row", t.table_id,
                                  "de tabel eindigt zonder totaalregel", f"{t.page_start}-{t.page_end}", []))
        if t.page_end != t.page_start:
            signals.append(Signal("table_over_pages", t.table_id, "de tabel loopt door over een paginagrens en is "
                                  "samengevoegd", f"{t.page_start}-{t.page_end}", []))
    for r in lines[lines["label_line_count"] > 1].itertuples():
        signals.append(Signal("wrapped_cell_joined", r.line_id,
                              f"omschrijving samengevoegd uit {r.label_line_count} gedrukte regels: {r.label_raw!r}",
                              str(r.page), [f"{r.line_id}/amount"]))
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
        years = set(group["year"].dropna().astype(int))
        if not years:
            signals.append(Signal("planning_without_year", table_id, "de planning noemt maanden maar geen jaar",
                                  str(group["page"].iloc[0]), []))
        elif years != {year}:
            signals.append(Signal("planning_year_differs", table_id,
                                  f"de planning staat onder {sorted(years)} in het werkplan voor {year}",
                                  str(group["page"].iloc[0]), []))
    return signals
