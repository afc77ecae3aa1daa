"""The audit report: ``report.html``, ``tables.html`` (both self-contained), ``report.md`` and ``validation.json``.

It renders a :class:`pipelines.validation.Validation` and computes nothing of its
own.  It leads with the diagnoses (the numbers to change, each in a crop of the
page with its printed and consistent value); the failed comparisons follow,
grouped under the diagnosis that explains them.  ``tables.html`` shows every
budget table's crop beside its rows as extracted, marking the rows camelot did
not confirm and the numbers a diagnosis points at.  Images are data URIs: the
HTML loads nothing from anywhere.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import pandas as pd

from expectations.report.crops import CropSettings, Mark, PageImages
from expectations.verify.quality import SIGNAL_LABELS
from extract.settings import Range, Settings, resolve
from extract.werkplan import ids
from extract.werkplan.numbers import dutch, exact


@dataclass(frozen=True)
class ReportSettings(Settings):
    """What the audit report shows of each failure and table."""

    # Pages cropped per failing comparison, and marked numbers per page.
    max_pages_per_failure: int = 3
    max_boxes_per_page: int = 12
    # Points above a table's first number, so its crop shows the header row.
    header_room: int = 24
    crops: CropSettings = field(default_factory=CropSettings)
    limits = {"max_pages_per_failure": Range(least=1), "max_boxes_per_page": Range(least=1),
              "header_room": Range(least=0)}
# How the report names an OCR confusion (expectations.verify.localize.ocr_confusion); "3 for 8" is shown as is.
MISREAD_LABELS = {"digit inserted": "cijfer ingevoegd", "digit dropped": "cijfer weggevallen",
                  "digits swapped": "cijfers verwisseld"}
STATUS_LABELS = {"passed": "geslaagd", "failed": "gefaald", "not_applicable": "niet van toepassing"}
GROUP_LABELS = {"rows": "regels", "blocks": "blokken", "rollups": "optellingen", "structure": "structuur"}

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("expectations.report", "templates"),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _euro(value) -> str:
    return "—" if value is None or pd.isna(value) else dutch(exact(value))


_TEMPLATES.filters["euro"] = _euro
_TEMPLATES.globals.update(signal_labels=SIGNAL_LABELS, status_labels=STATUS_LABELS, group_labels=GROUP_LABELS,
                          misread_labels=MISREAD_LABELS, diagnosis_number=ids.diagnosis_number)


def _boxes(numbers: pd.DataFrame) -> dict[str, tuple[int, tuple[float, float, float, float], str]]:
    return {n.number_id: (int(n.page), (n.x0, n.top, n.x1, n.bottom), n.raw)
            for n in numbers.itertuples() if pd.notna(n.page)}


def _failure_crops(images: PageImages, evidence: list[str], boxes: dict, conf: ReportSettings) -> list[dict]:
    """Crops of the pages holding ``evidence``: the printed number (first) red, what it is compared with yellow."""
    by_page: dict[int, list] = defaultdict(list)
    for position, number_id in enumerate(evidence):
        if number_id in boxes:
            page, box, raw = boxes[number_id]
            by_page[page].append((Mark(box, "printed" if position == 0 else "part"), raw))
    crops = []
    for page in sorted(by_page)[: conf.max_pages_per_failure]:
        found = by_page[page][: conf.max_boxes_per_page]
        crops.append({"page": page, "numbers": [raw for _, raw in found],
                      "src": images.crop(page, [mark for mark, _ in found])})
    return crops


def _diagnoses(validation, failures: dict[str, dict], images: PageImages) -> list[dict]:
    out = []
    for diagnosis in validation.diagnoses:
        changes = [{**c, "src": images.crop(c["page"], [Mark((c["x0"], c["top"], c["x1"], c["bottom"]), "printed",
                                                              f"klopt: {_euro(c['consistent'])}")])}
                   for c in diagnosis["changes"]]
        out.append({**diagnosis, "changes": changes, "failures": [failures[i] for i in diagnosis["explains"]]})
    return out


def _unproven(signals: list[dict], numbers: pd.DataFrame, images: PageImages) -> list[dict]:
    """A crop of each number OCR read with low confidence that no sum covers (the signal ``ocr_unproven``)."""
    listed = [n for s in signals if s["kind"] == "ocr_unproven" for n in s["evidence"]]
    found = numbers.set_index("number_id").loc[listed] if listed else numbers.iloc[:0]
    return [{"page": int(n.page), "raw": n.raw, "ocr_confidence": float(n.ocr_confidence),
             "src": images.crop(int(n.page), [Mark((n.x0, n.top, n.x1, n.bottom), "printed")])}
            for n in found.itertuples()]


def _view(heading: dict, columns: list[str], rows: list[dict], changes: dict, boxes: dict,
          images: PageImages, header_room: float) -> dict:
    """One table's crops (a band per page) beside its rows; ``rows``: {index, label, unconfirmed, cells:
    [(number id, value)]} in the order of ``columns``."""
    marks = defaultdict(list)
    for row in rows:
        cells = []
        for number_id, value in row["cells"]:
            change = changes.get(number_id)
            cells.append({"value": None if value is None or pd.isna(value) else exact(value), "change": change})
            if number_id in boxes:
                page, box, _ = boxes[number_id]
                if change:
                    marks[page].append(Mark(box, "printed", f"klopt: {_euro(change['consistent'])}"))
                else:  # an unmarked box only sets the crop's extent
                    marks[page].append(Mark(box, "unconfirmed" if row["unconfirmed"] else ""))
        row["cells"] = cells
    crops = [{"page": page, "src": images.crop(page, [m for m in found if m.kind],
                                               top=min(m.box[1] for m in found) - header_room,
                                               bottom=max(m.box[3] for m in found))}
             for page, found in sorted(marks.items())]
    return {**heading, "columns": columns, "rows": rows, "crops": crops,
            "changes": sum(bool(c["change"]) for r in rows for c in r["cells"]),
            "unconfirmed": sum(r["unconfirmed"] for r in rows)}


def _table_views(frames: dict[str, pd.DataFrame], validation, boxes: dict, images: PageImages,
                 header_room: float) -> Iterator[dict]:
    """Every budget table and the overview: crops beside the rows as extracted, with the marks.

    One at a time, as the page is written: a thousand-page werkplan's crops take tens of MiB.
    """
    changes = {c["number_id"]: c for d in validation.diagnoses for c in d["changes"]}
    lines_of = {table_id: lines for table_id, lines in frames["budget_lines"].groupby("table_id", sort=False)}
    for table in frames["budget_tables"].itertuples():
        disagreeing = "" if pd.isna(table.second_reading_disagreeing) else str(table.second_reading_disagreeing)
        unconfirmed = {int(i) for i in disagreeing.split(",") if i.strip().isdigit()}
        rows = [{"index": line.row_index, "label": line.label_raw, "unconfirmed": line.row_index in unconfirmed,
                 "cells": [(ids.number(line.line_id, field), getattr(line, field))
                           for field in ("rate", "hours", "amount")]}
                for line in lines_of[table.table_id].itertuples()] if table.table_id in lines_of else []
        heading = {"table_id": table.table_id, "title": table.scope_title or table.scope_id,
                   "pages": _pages(table.page_start, table.page_end), "confirmed": table.second_reading_agreeing}
        yield _view(heading, ["Uurtarief", "Uren", "Bedrag"], rows, changes, boxes, images, header_room)
    overview, amounts = frames["overview"], frames["overview_amounts"]
    if len(overview):
        organisations = list(dict.fromkeys(amounts["organisation"]))
        by_cell = {(a.overview_row_id, a.organisation): (ids.number(a.overview_amount_id, "amount"), a.amount)
                   for a in amounts.itertuples()}
        rows = [{"index": r.row_index, "label": r.label_raw, "unconfirmed": False,
                 "cells": [by_cell.get((r.overview_row_id, o), ("", None)) for o in organisations]
                 + [(ids.number(r.overview_row_id, field), getattr(r, field)) for field in ("external_costs", "total")]}
                for r in overview.itertuples()]
        heading = {"table_id": ids.row_table(overview["overview_row_id"].iloc[0]),
                   "title": "Totaal overzichten begroting",
                   "pages": _pages(int(overview["page"].min()), int(overview["page"].max())), "confirmed": None}
        yield _view(heading, organisations + ["Externe kosten", "Totaal"], rows, changes, boxes, images, header_room)


def _pages(start, end) -> str:
    return f"pagina {start}" if start == end else f"pagina's {start}–{end}"


def write_report(folder: Path, validation, frames: dict[str, pd.DataFrame], metadata: dict, pdf_path: Path,
                 settings: ReportSettings | dict | None = None, run_settings: dict | None = None) -> None:
    """Write ``report.html``, ``tables.html``, ``report.md`` and ``validation.json`` into ``folder``.

    ``run_settings``, the run's whole settings tree as plain data, is recorded in ``validation.json``.
    """
    conf = resolve(ReportSettings, settings)
    folder.mkdir(parents=True, exist_ok=True)
    boxes = _boxes(frames["numbers"])
    images = PageImages(pdf_path, conf.crops)
    try:
        failures = {f["failure_id"]: {**f, "crops": _failure_crops(images, f["evidence"], boxes, conf)}
                    for f in validation.failures}
        context = {
            "metadata": metadata, "summary": validation.summary, "checks": validation.checks,
            "diagnoses": _diagnoses(validation, failures, images), "runner_up": validation.runner_up,
            "unexplained": [f for f in failures.values() if not f["diagnoses"]],
            "signals": validation.signals, "unproven": _unproven(validation.signals, frames["numbers"], images),
            "tables": _table_views(frames, validation, boxes, images, conf.header_room),
        }
        for name in ("report.html", "tables.html", "report.md"):
            # Streamed to the file: the page is never held whole.
            _TEMPLATES.get_template(f"{name}.j2").stream(**context).dump(str(folder / name), encoding="utf-8")
    finally:
        images.close()
    payload = {
        "metadata": metadata,
        "summary": validation.summary,
        "diagnoses": validation.diagnoses,
        "runner_up": validation.runner_up,
        "localization_seconds": round(validation.localization_seconds, 3),
        "checks": [{**{k: v for k, v in c.items() if k != "great_expectations"},
                    "failures": [{k: v for k, v in f.items() if k not in ("number_ids",)}
                                 for f in validation.failures if f["check_id"] == c["check_id"]],
                    "great_expectations": c["great_expectations"]} for c in validation.checks],
        "quality_signals": validation.signals,
    }
    if run_settings is not None:
        payload["settings"] = run_settings
    (folder / "validation.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n",
                                            encoding="utf-8")
