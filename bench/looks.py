"""Benchmark: the 2023 werkplan in random looks, each compared with the bundled PDF, dataset by dataset.

For each seed a look is drawn (tests/looks.py), built once with WeasyPrint, with
``--producer libreoffice`` by LibreOffice from an OpenDocument text (tests/office_looks.py), or
with ``--producer chromium`` printed from its HTML by headless Chromium (tests/chromium_looks.py;
kept under the system temp dir, keyed by a hash of the look, the producer, the builders
and the HTML) and read by the library as the tests read it (``extract_werkplan``, then
``build_datasets`` and ``validate_datasets``); a look with an outline or tags is
read again stripped of them.  Printed per seed: the look's properties on one
line, then per variant the outcome (``ok``, or the exit the command line would
give: ``exit 2`` for an input it refuses, ``crash`` for an error), the build and
extraction seconds, and items equal / items per dataset.  Last, "looks exact:
X/N" (a look is exact when every variant gives every dataset as expected).  With ``--distil`` each look's
built PDF is also printed again through Ghostscript's ``pdfwrite`` (what a "print to PDF" on a Linux desktop, or a
PDF/A converter, does to a file), and that copy read as a third variant, ``distilled``.  With ``--turn`` each
page of the look (stripped of its outline) is boxed otherwise, drawn per page, and shows as before: stored turned
(``/Rotate``) with its content turned back, its box moved to another origin, a bleed around it cropped off
(tests/reboxing.py): the variant ``turned``.  With ``--unspace`` the look's text layer (stripped of outline
and tags) loses its space characters, each left as a gap as wide (tests/unspacing.py), as TeX writes PDFs: the
variant ``unspaced``.  With ``--shuffle`` each page of the look (stripped) draws its text in a random order after
its other objects, shown as before (tests/shuffling.py), as programs that set text in frames draw it: the variant
``shuffled``.  With ``--editions`` each
seed also draws another edition of the text (tests/editions.py: some years on, some project plans
left out), set in the seed's look and compared with the bundled PDF's datasets as that edition gives
them (the checks not compared).

    python bench/looks.py --seeds N [--start K]     # seeds K .. K+N-1
    python bench/looks.py --seed 123 --seed 277     # these seeds
    python bench/looks.py --producer libreoffice --start 8100 --seeds 17
    python bench/looks.py --producer chromium --start 10000 --seeds 20
    python bench/looks.py --editions --start 9000 --seeds 10
    python bench/looks.py --producer chromium --distil --start 10325 --seeds 30
    python bench/looks.py --turn --start 0 --seeds 8
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout, not an installed copy
BUNDLED_PDF = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"


def read(pdf: Path) -> tuple[str, dict | None, float]:
    """(outcome, frames, seconds) of reading ``pdf`` as the tests do."""
    from extract.pdf.model import InputError
    from extract.werkplan import extract_werkplan
    from tests.compare_datasets import run_datasets

    started = time.perf_counter()
    try:
        frames = run_datasets(extract_werkplan(pdf))
    except InputError as exc:
        return f"exit 2: {exc}", None, time.perf_counter() - started
    except Exception as exc:  # noqa: BLE001 - a crash is an outcome to report, not to stop at
        return f"crash: {exc!r}", None, time.perf_counter() - started
    seconds = time.perf_counter() - started
    if "validation_error" in frames:
        return f"validation crash: {frames['validation_error']}", frames, seconds
    checks = frames["checks"]
    review = "; needs review: " + "; ".join(frames["review_reasons"]) if frames.get("review_reasons") else ""
    return f"ok ({int((checks.status == 'failed').sum())} checks failed{review})", frames, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=8, help="how many seeds, from --start on")
    parser.add_argument("--start", type=int, default=0, help="the first seed")
    parser.add_argument("--seed", type=int, action="append", help="a seed to run (repeatable; overrides --seeds)")
    parser.add_argument("--differences", type=int, default=3, help="differing items shown per dataset")
    parser.add_argument("--producer", choices=("weasyprint", "libreoffice", "chromium"), default="weasyprint",
                        help="what sets the looks: WeasyPrint from HTML, LibreOffice from an OpenDocument text "
                             "(needs soffice: apt-get install libreoffice-writer-nogui), or headless Chromium "
                             "printing the HTML")
    parser.add_argument("--distil", action="store_true",
                        help="also read each look's PDF printed again by Ghostscript's pdfwrite (needs gs)")
    parser.add_argument("--turn", action="store_true",
                        help="also read each look with its pages boxed otherwise: turned (/Rotate), moved, cropped")
    parser.add_argument("--unspace", action="store_true",
                        help="also read each look with no space characters in its text layer, each left as a gap")
    parser.add_argument("--shuffle", action="store_true",
                        help="also read each look with each page's text drawn in a random order, shown as before")
    parser.add_argument("--editions", action="store_true",
                        help="set another edition of the text per seed: some years on, some project plans left out")
    args = parser.parse_args()
    seeds = args.seed or list(range(args.start, args.start + args.seeds))

    from extract.werkplan import extract_werkplan
    from tests.compare_datasets import compare_datasets, run_datasets
    from tests.editions import Edition
    from tests.looks import Look, distilled, expected_frames, look_pdfs, shuffled, turned, unspaced
    from tests.typesettings import seed_blocks

    started = time.perf_counter()
    bundled = run_datasets(extract_werkplan(BUNDLED_PDF))
    blocks = seed_blocks(bundled["planning"])
    print(f"bundled PDF read in {time.perf_counter() - started:.1f} s")
    exact = unsafe = 0
    for seed in seeds:
        look, text, expected = Look.draw(seed).for_producer(args.producer), blocks, bundled
        print(look.describe(), flush=True)
        if args.editions:
            edition = Edition.draw(seed)
            text, expected = edition.blocks(blocks), edition.expected(bundled, blocks)
            print(f"  {edition.describe(blocks)}", flush=True)
        paths, built = look_pdfs(look, text, producer=args.producer)
        if args.distil:
            paths["distilled"] = distilled(paths["built"])
        if args.turn:  # an outline's destinations would point into the content as it stood: turned without one
            paths["turned"] = turned(paths["stripped" if look.outline else "built"])
        if args.unspace:  # gaps alone, with no outline or tags to lean on where the look has them
            paths["unspaced"] = unspaced(paths["stripped" if "stripped" in paths else "built"])
        if args.shuffle:
            paths["shuffled"] = shuffled(paths["stripped" if "stripped" in paths else "built"])
        all_exact = True
        for variant, pdf in paths.items():
            outcome, frames, seconds = read(pdf)
            built_text = "cached" if built is None else f"built {built:.1f} s"
            print(f"  {variant:<9} {outcome}; {built_text}, extracted {seconds:.1f} s  {pdf}")
            if frames is None:
                all_exact = False
                continue
            comparison = compare_datasets(f"{seed}/{variant}", expected_frames(expected, look, variant), frames,
                                          caseless=look.caps, cents=look.cents)
            all_exact &= comparison.exact
            # Not exact and not sent to review: wrong data would be published with exit 0.
            wrong = not comparison.exact and not frames.get("review_reasons")
            unsafe += wrong
            print(f"  {variant:<9} {comparison.summary()}{'  PUBLISHED WRONG' if wrong else ''}")
            for dataset, differences in comparison.differences.items():
                for difference in differences[:args.differences]:
                    print(f"      {dataset} {difference[:300]}")
        exact += all_exact
        print(flush=True)
    print(f"looks exact: {exact}/{len(seeds)}; variants published wrong (not exact, not sent to review): {unsafe}")


if __name__ == "__main__":
    main()
