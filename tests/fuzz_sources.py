"""Damaged copies of werkplannen from other sources than tests/test_fuzz.py's: two typesettings of the
2023 werkplan and a generated next year's edition, with seeds of their own.

Each copy's outcome is one of three, written down in tests/test_fuzz_sources.py:
``equal`` (read, the data as the sound file's), ``flagged`` (read, a damage signal names what was
repaired, with the pages where one was read otherwise) or ``refused`` (one line naming the file).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.damage import break_media_box, damaged_pdfs
from tests.werkplan_factory import budget_block, small_werkplan

SEED = 2031
TYPESETTINGS = ("bold-body-size", "word-default")
NEXT_YEAR = "next-year"
# The damage done to the 123-page typesettings: the kinds tests/test_fuzz.py found to differ most in
# what they do (each of those runs reads 123 pages, some twice); the small next year's edition gets all.
ON_TYPESETTINGS = ("flip-1", "flip-10", "flip-200", "truncate-0.6", "truncate-0.995", "delete-second-page",
                   "delete-contents", "delete-font", "garble-xref", "wrong-startxref", "kid-nowhere",
                   "blank-page", "image-page", "media-box")
# Left out everywhere: cases about the file as a whole that tests/test_fuzz.py covers for any source.
LEFT_OUT = ("nested-", "all-", "empty-file", "header-only")


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
