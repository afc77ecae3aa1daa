"""A synthetic werkplan of any size: the 2023 werkplan's programmalijnen repeated, renumbered.

The 2023 plain text is read into blocks and typeset with the test typesetting
builder (:mod:`tests.typesettings`).  After the seed's nine programmalijnen come
more: programmalijn 10 is a copy of programmalijn ``extra[0]``, 11 of
``extra[1]``, and so on.  Each copy is renumbered where the document numbers it:
its heading ("Programmalijn 10."), its projects ("Project 10.1", "10.3 Overig
project"), in the main text, in Bijlage 1 and in the table of contents (whose
printed pages move on as the bundled edition's would).  A project's sub-plans
(Idee 1, Idee 2) and numbered subsections keep their numbers.  The unnumbered
"Overige project" group that follows is numbered on by the reader, as ever.

The sums stay what they were: the copied project tables, added up per row kind,
organisation and role, are added to the tables that total them (the projects
segment of Onderdeel A and Onderdeel A's own table), to Onderdeel A's row and
the total row of the overview, and to the function-level breakdown (a role the
breakdown does not name counts as the level with its organisation and hourly
rate).  So every check that holds on the 2023 edition holds on the synthetic one;
what fails on 2023 fails again, and a project's own failure once per copy.

    path, info = synthetic_werkplan(pages=1000)   # cached under the system temp dir
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, replace
from itertools import cycle
from pathlib import Path

from tests.golden import build_golden
from tests.typesettings import (
    PROGRAMMALIJN,
    SEED,
    TYPESETTINGS,
    Block,
    build_typesetting,
    seed_blocks,
)

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_PDF = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"
# Ruled tables, one column but for one section, headings in bold: the closest to the bundled PDF.
TYPESETTING = "bold-body-size"

# The tables that total the project tables, by the heading above them in the seed.
ONDERDEEL_A = "Totaal onderdeel A: Projecten en Impact, implementatie en netwerken"
PROJECTS_SEGMENT = "Totaal projecten onderdeel A"
FUNCTION_LEVELS = "De uitsplitsing van de uren en bedragen naar functieniveau is als volgt."
# The overview's rows for Onderdeel A and the total, and its value columns in the order the
# typesetting sets them (tests.typesettings._Renderer.overview): what each column adds up.
OVERVIEW_ROWS = re.compile(r"^(A |Totaal$)")
OVERVIEW_COLUMNS = [("org_total", "Movisie"), ("org_total", "Verwey-Jonker Instituut"), ("external",),
                    ("table_total",)]

PROGRAMMALIJN_NUMBER = re.compile(r"^(Programmalijn )(\d+)")
PROJECT_NUMBER = re.compile(r"^((?:Project )?)(\d+)(\.\d+)")


# --- renumbering ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """One programmalijn's blocks in one place: ``where`` is toc, main (Onderdeel A) or bijlage."""
    where: str
    number: int
    start: int
    end: int


def programmalijn_spans(blocks: list[Block]) -> list[Span]:
    """Every programmalijn's run of blocks: its heading (or ToC entry) up to the next of its level or higher."""
    bijlage = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.text.startswith("Bijlage"))
    spans = []
    for start, block in enumerate(blocks):
        if block.kind in ("heading", "toc") and block.level == 2 and PROGRAMMALIJN.match(block.text):
            end = next((i for i in range(start + 1, len(blocks))
                        if blocks[i].kind == block.kind and 0 < blocks[i].level <= 2), len(blocks))
            where = "toc" if block.kind == "toc" else "bijlage" if start > bijlage else "main"
            spans.append(Span(where, int(PROGRAMMALIJN_NUMBER.match(block.text).group(2)), start, end))
    return spans


def _renumbered(block: Block, old: int, new: int, page_shift: int) -> Block:
    if block.kind not in ("heading", "toc") or not 2 <= block.level <= 3:
        return block
    text = PROGRAMMALIJN_NUMBER.sub(lambda m: f"{m.group(1)}{new}", block.text)
    text = PROJECT_NUMBER.sub(lambda m: f"{m.group(1)}{new}{m.group(3)}" if int(m.group(2)) == old else m.group(0),
                              text)
    extra = {**block.extra, "page": str(int(block.extra["page"]) + page_shift)} if block.kind == "toc" else block.extra
    return replace(block, text=text, extra=extra)


def _toc_page(block: Block) -> int:
    return int(block.extra["page"])


def synthetic_blocks(blocks: list[Block], extra: list[int]) -> list[Block]:
    """``blocks`` (the seed's) with programmalijnen ``extra`` (seed numbers) added after the seed's own,
    renumbered on from the last, and the totals of Onderdeel A, the overview and the function levels
    raised by the added project tables."""
    spans = programmalijn_spans(blocks)
    last = max(s.number for s in spans)
    by_place = {(s.where, s.number): s for s in spans}
    added: dict[str, list[Block]] = {where: [] for where in ("toc", "main", "bijlage")}
    toc_end = max(s.end for s in spans if s.where == "toc")
    page = _toc_page(blocks[toc_end])  # where the entry after the programmalijnen stands
    for new, old in enumerate(extra, start=last + 1):
        toc = by_place["toc", old]
        shift = page - _toc_page(blocks[toc.start])
        page += _toc_page(blocks[toc.end]) - _toc_page(blocks[toc.start])
        for where, target in added.items():
            span = by_place[where, old]
            target += [_renumbered(b, old, new, shift) for b in blocks[span.start:span.end]]
    shift_after = page - _toc_page(blocks[toc_end])
    copied_tables = [b.rows for b in added["bijlage"] if b.kind == "budget"]
    out: list[Block] = []
    heading = None
    ends = {max(s.end for s in spans if s.where == where): where for where in added}
    for index, block in enumerate(blocks):
        if index in ends:
            out += added[ends[index]]
        if block.kind == "toc" and index >= toc_end:
            block = replace(block, extra={**block.extra, "page": str(_toc_page(block) + shift_after)})
        elif block.kind == "budget" and heading in (ONDERDEEL_A, PROJECTS_SEGMENT, FUNCTION_LEVELS):
            block = replace(block, rows=_raised(block.rows, copied_tables, by_level=heading == FUNCTION_LEVELS))
        elif block.kind == "overview":
            block = replace(block, rows=_overview_raised(block.rows, _totals(copied_tables)))
        if block.kind == "heading":
            heading = block.text
        out.append(block)
    return out


# --- sums ---------------------------------------------------------------------------------------------
# A budget row is (kind, groups) as tests/golden/build_golden.py's PATTERNS parse it: the label
# groups, then (currency sign, number) pairs; hours and amount are the last two pairs' numbers.

def _value(raw: str) -> int:
    return build_golden.number(raw)


def _printed(value: int, like: str) -> str:
    """``value`` printed as ``like`` is: with thousands dots, unless ``like`` is a large number without."""
    if "." not in like and _value(like) >= 1000:
        return str(value)
    return f"{value:,}".replace(",", ".")


def _role_key(role: str) -> str:
    return re.sub(r"[\s-]", "", role).lower()


def _key(kind: str, groups: tuple) -> tuple:
    if kind == "staff":
        return kind, groups[0], _role_key(groups[1])
    if kind in ("staff_costs", "overhead", "org_total"):
        return kind, groups[0]
    return (kind,)


def _fields(kind: str, groups: tuple) -> dict[str, int]:
    """Field → index in ``groups`` of the numbers that add up: hours and amount, or an amount."""
    if kind in ("staff", "staff_costs", "overhead"):
        return {"hours": len(groups) - 3, "amount": len(groups) - 1}
    return {"amount": len(groups) - 1}


def _totals(tables: list[list]) -> Counter:
    """Hours and amounts of ``tables`` added up per (row key, field)."""
    totals: Counter = Counter()
    for rows in tables:
        for kind, groups in rows:
            for field, index in _fields(kind, groups).items():
                totals[_key(kind, groups), field] += _value(groups[index])
    return totals


def _rates(tables: list[list]) -> dict[tuple, int]:
    return {_key(kind, groups): _value(groups[-5]) for rows in tables for kind, groups in rows if kind == "staff"}


def _raised(rows: list, tables: list[list], by_level: bool) -> list:
    """``rows`` with ``tables`` added.  A staff role the rows do not name goes, in a function-level
    breakdown, to the one row of its organisation at its rate."""
    keys = {_key(kind, groups): (kind, groups) for kind, groups in rows}
    target: dict[tuple, tuple] = {}
    for key, rate in _rates(tables).items():
        if key in keys:
            target[key] = key
            continue
        same_rate = [k for k, (kind, groups) in keys.items()
                     if kind == "staff" and groups[0] == key[1] and _value(groups[-5]) == rate]
        if not by_level or len(same_rate) != 1:
            raise ValueError(f"no row for {key} at {rate} in the table that totals it")
        target[key] = same_rate[0]
    added: Counter = Counter()
    for (key, field), value in _totals(tables).items():
        if key not in keys and key not in target:
            raise ValueError(f"no row for {key} in the table that totals it")
        added[target.get(key, key), field] += value
    raised = []
    for kind, groups in rows:
        groups = list(groups)
        for field, index in _fields(kind, groups).items():
            groups[index] = _printed(_value(groups[index]) + added[_key(kind, groups), field], groups[index])
        raised.append((kind, tuple(groups)))
    return raised


def _overview_raised(rows: list[list[str]], added: Counter) -> list[list[str]]:
    raised = []
    for label, *values in rows:
        if OVERVIEW_ROWS.match(label):
            values = [_printed(_value(v) + added[key, "amount"], v)
                      for v, key in zip(values, OVERVIEW_COLUMNS, strict=False)]
        raised.append([label, *values])
    return raised


# --- the PDF ----------------------------------------------------------------------------------------

def planning_rows(pdf: Path = BUNDLED_PDF):
    """The bundled PDF's planning dataset: the planned months the plain text cannot give."""
    from extract.werkplan.extraction import extract_werkplan
    from pipelines.normalise.datasets import build_datasets

    return build_datasets(extract_werkplan(pdf)).frames["planning"]


def build_synthetic(path: Path, extra: list[int], planning=None, typesetting: str = TYPESETTING) -> Path:
    """The synthetic werkplan with programmalijnen ``extra`` added, as a PDF at ``path``."""
    blocks = seed_blocks(planning_rows() if planning is None else planning)
    return build_typesetting(TYPESETTINGS[typesetting], synthetic_blocks(blocks, extra), path)


def page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def extra_for_pages(blocks: list[Block], pages: int, typeset) -> list[int]:
    """Programmalijnen to add for about ``pages`` pages.  ``typeset(extra)`` gives the page count of a
    build; the seed alone and the seed with one copy of each programmalijn give the pages a copy
    takes, shared among the programmalijnen as the bundled edition's table of contents shares them."""
    spans = [s for s in programmalijn_spans(blocks) if s.where == "toc"]
    edition_pages = {s.number: _toc_page(blocks[s.end]) - _toc_page(blocks[s.start]) for s in spans}
    one_each = sorted(edition_pages)
    seed_pages = typeset([])
    per_page = (typeset(one_each) - seed_pages) / sum(edition_pages.values())
    extra, total = [], seed_pages
    for number in cycle(one_each):
        step = edition_pages[number] * per_page
        if total + step / 2 > pages:
            return extra
        extra.append(number)
        total += step


def _cache_key(pages: int, typesetting: str) -> str:
    digest = hashlib.sha256(f"{pages}|{typesetting}".encode())
    for source in (SEED, BUNDLED_PDF, Path(build_golden.__file__), ROOT / "tests" / "typesettings.py",
                   Path(__file__)):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def synthetic_werkplan(pages: int = 1000, typesetting: str = TYPESETTING,
                       cache: Path | None = None) -> tuple[Path, dict]:
    """The synthetic werkplan of about ``pages`` pages, built once and kept in ``cache`` (the system
    temp dir by default) under a hash of the seed, the builders and the size.  Returns its path and
    ``{"extra": programmalijnen added, "built_seconds": None when it came from the cache}``."""
    folder = cache or Path(tempfile.gettempdir()) / "werkplan-synthetic"
    path = folder / f"werkplan-synthetic-{pages}-{_cache_key(pages, typesetting)}.pdf"
    info_path = path.with_suffix(".extra")
    if path.exists() and info_path.exists():
        return path, {"extra": [int(n) for n in info_path.read_text().split()], "built_seconds": None}
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    blocks = seed_blocks(planning_rows())
    with tempfile.TemporaryDirectory(dir=folder) as work:
        def typeset(extra: list[int]) -> Path:
            return build_typesetting(TYPESETTINGS[typesetting], synthetic_blocks(blocks, extra),
                                     Path(work) / f"synthetic-{len(extra)}.pdf")

        extra = extra_for_pages(blocks, pages, lambda extra: page_count(typeset(extra)))
        built = typeset(extra)
        info_path.write_text(" ".join(map(str, extra)))
        os.replace(built, path)  # whole or not at all
    return path, {"extra": extra, "built_seconds": time.perf_counter() - started}
