"""Benchmark: the bundled werkplan as a scan, OCR'd and read, against its own text layer, dataset by dataset.

Every page of the bundled PDF is rasterised (pypdfium2, grey, ``--dpi``) into an image-only PDF,
which ``werkplan run`` OCRs (ocrmypdf, tesseract's Dutch model, ``--jobs`` pages at a time) and
reads.  Printed: the time OCR and the run took, items equal per dataset (tests/compare_datasets.py,
items keyed by their ids), budget rows equal by content and order, as read and with the likely misreads
of the first diagnosis corrected (ids hold the scope, so a row under a misread heading is unequal by id
only), every number whose value differs from the text layer's where it stands and whether a diagnosis
names it (as a likely misread) or the signal ``ocr_unproven`` lists it, and the signals that send the
document to review.  The scan and its OCR are cached under the system temp dir (tests/scans.py): a second
run costs the reading only.

    python bench/ocr.py [--dpi 300] [--jobs N] [--pages 1-3,20-27] [--rotation 0.5] [--noise 12] [--differences 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout, not an installed copy
BUNDLED_PDF = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"
ROW = ["row_kind", "organisation_raw", "role_raw", "rate", "hours", "amount"]


def page_list(text: str) -> list[int]:
    pages = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        pages += list(range(int(first), int(last or first) + 1))
    return pages


def rows_equal(expected, got) -> int:
    """Budget rows equal in content, position by position."""
    def rows(frame):
        return [tuple(None if pd.isna(v) else v for v in row) for row in frame[ROW].itertuples(index=False)]
    return sum(a == b for a, b in zip(rows(expected), rows(got), strict=False))


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def titles_equal(expected: pd.DataFrame, got: pd.DataFrame) -> tuple[int, int, int]:
    """Sections of the text layer found by id in the scan's; of those, titles equal; and titles equal once
    typographic quotes are read as straight ones (tesseract reads "Pabo’s" as "Pabo's")."""
    both = expected.merge(got, on="section_id", suffixes=("_text", "_scan"))
    plain = both["title_text"].str.translate(_QUOTES) == both["title_scan"].str.translate(_QUOTES)
    return len(both), int((both["title_text"] == both["title_scan"]).sum()), int(plain.sum())


def planned_equal(expected: pd.DataFrame, got: pd.DataFrame) -> int:
    """Planning cells whose planned flag equals the text layer's, matched by table, activity position
    and month (ids hold the year, which OCR may lose from a header)."""
    keys = ["table_id", "activity_index", "month"]
    both = expected.merge(got, on=keys, suffixes=("_text", "_scan"))
    return int((both["planned_text"] == both["planned_scan"]).sum())


def misreads(bundled: pd.DataFrame, read: pd.DataFrame, diagnoses: pd.DataFrame, signals: list[dict],
             pages: list[int]) -> tuple[int, list[str]]:
    """Every number of the text layer on the scanned ``pages`` found in the scan where it stands (same page,
    box centres within 3 pt: ids hold scopes, which OCR may read otherwise): (numbers found, a line for
    each one read otherwise, saying what names it)."""
    diagnosed = diagnoses.drop_duplicates("number_id").set_index("number_id")
    unproven = {n for s in signals if s["kind"] == "ocr_unproven" for n in s["evidence"]}
    found, lines = 0, []
    for number in bundled[bundled["page"].isin(pages)].itertuples():
        on_page = read[read["page"] == pages.index(number.page) + 1]
        near = on_page[((on_page["x0"] + on_page["x1"]) / 2 - (number.x0 + number.x1) / 2).abs().lt(3)
                       & ((on_page["top"] + on_page["bottom"]) / 2 - (number.top + number.bottom) / 2).abs().lt(3)]
        if near.empty:
            continue
        found += 1
        got = near.iloc[0]
        if got["value"] == number.value:
            continue
        if got["number_id"] in diagnosed.index:
            change = diagnosed.loc[got["number_id"]]
            how = "no typical OCR confusion" if pd.isna(change["likely_misread"]) else change["likely_misread"]
            named = f"diagnosed: {change['printed']} → {change['consistent']} ({how})"
        else:
            named = "unproven (ocr_unproven)" if got["number_id"] in unproven else "NOT NAMED"
        lines.append(f"{number.number_id} (p. {number.page}): read {got['raw']!r} (confidence "
                     f"{got['ocr_confidence']}), printed {number.raw!r}; {named}")
    return found, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=300, help="resolution of the scan")
    parser.add_argument("--jobs", type=int, default=None, help="pages tesseract reads at once (default: cores)")
    parser.add_argument("--pages", default=None, help="pages of the bundled PDF to scan (default: all)")
    parser.add_argument("--rotation", type=float, default=0.0, help="degrees each page is turned (askew)")
    parser.add_argument("--noise", type=float, default=0.0, help="grey noise added, standard deviation 0-255")
    parser.add_argument("--differences", type=int, default=3, help="differing items shown per dataset")
    args = parser.parse_args()

    from extract.pdf.ocr import CACHE_VARIABLE
    from tests import scans

    os.environ.setdefault(CACHE_VARIABLE, str(scans.cache_folder() / "ocr"))
    from pipelines.run import run_pipeline
    from pipelines.settings import RunOptions
    from tests.compare_datasets import compare_datasets, misreads_corrected

    with tempfile.TemporaryDirectory(prefix="werkplan-bench-ocr-") as out:
        bundled = run_pipeline(BUNDLED_PDF, Path(out) / "text").datasets.frames
        started = time.perf_counter()
        scan = scans.scan(BUNDLED_PDF, page_list(args.pages) if args.pages else None, args.dpi,
                          rotation=args.rotation, noise=args.noise)
        print(f"scan: {scan} ({time.perf_counter() - started:.1f} s)")
        started = time.perf_counter()
        result = run_pipeline(scan, Path(out) / "scan", RunOptions(ocr_jobs=args.jobs))
        seconds = time.perf_counter() - started
    frames = result.datasets.frames
    print(f"run: {seconds:.1f} s, of which OCR {result.timings['ocr']:.1f} s "
          f"({frames['document']['page_count'].iloc[0]} pages, {result.datasets.metadata['ocr_engine']})")
    comparison = compare_datasets("ocr", bundled, frames)
    print("\n".join(comparison.report()))
    for dataset, differences in comparison.differences.items():
        for difference in differences[:args.differences]:
            print(f"      {dataset} {difference[:300]}")
    sections = bundled["sections"]
    sections = sections[sections["page_start"].isin(page_list(args.pages))] if args.pages else sections
    by_id, titles, plain = titles_equal(sections, frames["sections"])
    print(f"sections: {len(frames['sections'])} read, {len(sections)} in the text layer; found by id: {by_id}, "
          f"titles equal: {titles}, equal but for the quotes' shape: {plain}")
    lines = bundled["budget_lines"]
    lines = lines[lines["page"].isin(page_list(args.pages))] if args.pages else lines
    corrected = misreads_corrected(frames["budget_lines"], frames["diagnoses"])
    print(f"budget rows equal by content and order: {rows_equal(lines, frames['budget_lines'])} / {len(lines)} "
          f"as read, {rows_equal(lines, corrected)} with the misreads corrected (read: {len(frames['budget_lines'])})")
    planning = bundled["planning"]
    planned = planning[planning["page"].isin(page_list(args.pages))] if args.pages else planning
    print(f"planned cells: {frames['planning']['planned'].sum()} read, {planned['planned'].sum()} in the text layer; "
          f"cells equal by table, row and month: {planned_equal(planned, frames['planning'])} / {len(planned)}")
    pages = page_list(args.pages) if args.pages else list(range(1, int(frames["document"]["page_count"].iloc[0]) + 1))
    found, otherwise = misreads(bundled["numbers"], frames["numbers"], frames["diagnoses"], result.signals, pages)
    print(f"numbers of the text layer found where they stand: {found} / "
          f"{bundled['numbers']['page'].isin(pages).sum()}; read otherwise: {len(otherwise)}")
    print("\n".join(f"  {line}" for line in otherwise))
    print(f"checks failed: {result.summary['checks_failed']}, diagnoses: {result.summary['diagnoses']}, "
          f"review: {'; '.join(result.summary['review_reasons']) or 'no'}")


if __name__ == "__main__":
    main()
