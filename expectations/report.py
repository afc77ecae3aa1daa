"""The audit report: ``report.html`` (self-contained), ``report.md`` and ``validation.json``.

Each failed comparison shows the printed and the implied value, and a crop of
the PDF page around every number involved with that number highlighted, so a
person can verify by eye.  Images are embedded as data URIs: the HTML loads
nothing from anywhere.
"""

from __future__ import annotations

import base64
import io
import json
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

import jinja2
import pandas as pd
import pdfplumber

from .quality import Signal
from .suite import CheckResult

CROP_SETTINGS = {
    "resolution": 130,  # dpi of the crops
    "margin": 28,  # points of context around the highlighted numbers
    "max_pages_per_failure": 3,
    "max_boxes_per_page": 12,
}

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("expectations", "templates"),
    autoescape=jinja2.select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def summary(results: list[CheckResult], frames: dict[str, pd.DataFrame]) -> dict:
    return {
        "budget_tables": len(frames["budget_tables"]),
        "budget_lines": len(frames["budget_lines"]),
        "numbers_read": len(frames["numbers"]),
        "sections": len(frames["sections"]),
        "checks": len(results),
        "checks_passed": sum(r.status == "passed" for r in results),
        "checks_failed": sum(r.status == "failed" for r in results),
        "checks_not_applicable": sum(r.status == "not_applicable" for r in results),
        "comparisons": sum(r.evaluated for r in results),
        "comparisons_failed": sum(r.failed for r in results),
    }


def _crops(pdf: pdfplumber.PDF, evidence: list[str], numbers: pd.DataFrame) -> list[dict]:
    """PNG crops (data URIs) of the pages holding ``evidence`` numbers, those numbers highlighted."""
    boxes = numbers[numbers["number_id"].isin(evidence)]
    by_page: dict[int, list] = defaultdict(list)
    for n in boxes.itertuples():
        by_page[int(n.page)].append((n.x0, n.top, n.x1, n.bottom, n.raw))
    crops = []
    conf = CROP_SETTINGS
    first = evidence[0] if evidence else None
    printed = boxes[boxes["number_id"] == first]
    printed_box = tuple(printed.iloc[0][["x0", "top", "x1", "bottom"]]) if len(printed) else None
    for page_number in sorted(by_page)[: conf["max_pages_per_failure"]]:
        page = pdf.pages[page_number - 1]
        found = by_page[page_number][: conf["max_boxes_per_page"]]
        top = max(0, min(b[1] for b in found) - conf["margin"])
        bottom = min(page.height, max(b[3] for b in found) + conf["margin"])
        region = page.crop((0, top, page.width, bottom))
        try:
            image = region.to_image(resolution=conf["resolution"])
        except Exception:  # noqa: BLE001 - a page of a damaged file pdfium cannot render gets no crop
            continue
        for box in found:
            is_printed = printed_box is not None and tuple(box[:4]) == printed_box
            image.draw_rect(box[:4], fill=(255, 80, 80, 45) if is_printed else (255, 215, 0, 60),
                            stroke=(200, 0, 0) if is_printed else (180, 130, 0), stroke_width=2)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        crops.append({
            "page": page_number,
            "numbers": [b[4] for b in found],
            "src": "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii"),
        })
    return crops


def _failures(results: list[CheckResult], pdf_path: Path, numbers: pd.DataFrame) -> list[dict]:
    entries = []
    with pdfplumber.open(pdf_path) as pdf:
        for result in results:
            for f in result.failures.itertuples():
                actual = None if pd.isna(f.actual) else int(f.actual)
                expected = None if pd.isna(f.expected) else int(f.expected)
                entries.append({
                    "check": result.name, "group": result.group, "description": result.description,
                    "subject": f.subject, "actual": actual, "expected": expected,
                    "difference": actual - expected if actual is not None and expected is not None else None,
                    "pages": f.pages, "detail": f.detail, "evidence": list(f.evidence),
                    "crops": _crops(pdf, list(f.evidence), numbers),
                })
    return entries


def _euro(value) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


_TEMPLATES.filters["euro"] = _euro


def write_report(folder: Path, results: list[CheckResult], signals: list[Signal],
                 frames: dict[str, pd.DataFrame], metadata: dict, pdf_path: Path) -> dict:
    """Write ``quality/report.html``, ``report.md`` and ``validation.json`` into ``folder``; return the summary."""
    folder.mkdir(parents=True, exist_ok=True)
    facts = summary(results, frames)
    failures = _failures(results, pdf_path, frames["numbers"])
    context = {
        "metadata": metadata, "summary": facts, "results": results, "failures": failures,
        "signals": [asdict(s) for s in signals],
        "tables": frames["budget_tables"].to_dict(orient="records"),
    }
    (folder / "report.html").write_text(_TEMPLATES.get_template("report.html.j2").render(**context), encoding="utf-8")
    (folder / "report.md").write_text(_TEMPLATES.get_template("report.md.j2").render(**context), encoding="utf-8")
    payload = {
        "metadata": metadata,
        "summary": facts,
        "checks": [{
            "name": r.name, "group": r.group, "description": r.description, "status": r.status,
            "evaluated": r.evaluated, "failed": r.failed,
            "failures": [{k: v for k, v in f.items() if k != "crops"} for f in failures if f["check"] == r.name],
            "great_expectations": r.great_expectations,
        } for r in results],
        "quality_signals": [asdict(s) for s in signals],
    }
    (folder / "validation.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n",
                                            encoding="utf-8")
    return facts
