"""Damaged copies of werkplannen from other sources than tests/test_fuzz.py's: two typesettings of the
2023 werkplan (an excerpt of it, some 20 pages: a damaged copy of all 123 is read twice over, which
took minutes a copy) and a generated next year's edition, with seeds of their own.

Each copy's outcome is one of three, written down in tests/test_fuzz_sources.py:
``equal`` (read, the data as the sound file's), ``flagged`` (read, a damage signal names what was
repaired, with the pages where one was read otherwise) or ``refused`` (one line naming the file).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.damage import break_media_box, damaged_pdfs
from tests.werkplan_factory import budget_block, small_werkplan

SEED = 2031
TYPESETTINGS = ("word-default", "small-lowest-level")
NEXT_YEAR = "next-year"
# The damage done to the typesettings: the kinds tests/test_fuzz.py found to differ most in what they
# do; the small next year's edition gets all.
ON_TYPESETTINGS = ("flip-1", "flip-10", "flip-200", "truncate-0.6", "truncate-0.995", "delete-second-page",
                   "delete-contents", "delete-font", "garble-xref", "wrong-startxref", "kid-nowhere",
                   "blank-page", "image-page", "media-box")
# Left out everywhere: cases about the file as a whole that tests/test_fuzz.py covers for any source.
LEFT_OUT = ("nested-", "all-", "empty-file", "header-only")


def excerpt(blocks: list) -> list:
    """The title page and the Bijlage's first programmalijn (project plans with their budget tables and
    Gantt plannings) of tests/typesettings.py's blocks."""
    headings = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading"]
    bijlage = next(i for i, b in headings if b.level == 1 and b.text.startswith("Bijlage 1"))
    second = next(i for i, b in headings if i > bijlage and b.text.startswith("Programmalijn 2."))
    return blocks[: headings[0][0]] + blocks[bijlage:second]


def next_year_blocks():
    """A 2031 edition: other projects and organisations than the typesettings' 2023 one."""
    one = budget_block([("Movisie", [("Senior adviseur", 98, 40)], 12, 25),
                        ("Verwey-Jonker Instituut", [("Onderzoeker", 81, 60)], 14, 26)], 1500)
    two = budget_block([("Pharos", [("Projectleider", 102, 36)], 10, 24)], 0)
    return small_werkplan(2031, [(1, "Wonen en zorg", [("1.1", "Buurtteams", one)]),
                                 (2, "Werk en inkomen", [("2.1", "Schulden", two)])])


def damages(source: str) -> dict[str, Callable[[bytes], bytes]]:
    """The damaged copies made of ``source``, by name."""
    made = {name: build for name, build in damaged_pdfs(SEED).items() if not name.startswith(LEFT_OUT)}
    made["media-box"] = lambda data: break_media_box(data, 1, SEED)
    if source == NEXT_YEAR:
        return made
    return {name: build for name, build in made.items() if name.startswith(ON_TYPESETTINGS)
            and (not name.startswith("flip-") or name.rsplit("-", 1)[0] in ON_TYPESETTINGS)}
