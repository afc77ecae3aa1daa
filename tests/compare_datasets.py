"""Datasets of a werkplan set anew compared with the bundled PDF's, item by item.

Every dataset is compared item by item (a row, keyed by its id), apart from page
numbers, boxes and what depends on the file itself (hash, page count, the second
reading).  Section texts are compared word for word.  Used by the typesetting
tests, the random-look tests and ``bench/looks.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

import pandas as pd

# Columns that differ between typesettings of one text: where things stand, the
# file itself, and camelot's second reading (borderless tables read otherwise).
LAYOUT_COLUMNS = {
    "page", "page_start", "page_end", "actual_page", "page_matches", "pages", "x0", "top", "x1", "bottom",
    "amount_x0", "amount_top", "amount_x1", "amount_bottom", "label_line_count", "block_count",
    "second_reading_agreeing", "second_reading_disagreeing", "evidence", "position",
    "ocr_confidence",  # how sure OCR was: a scan's reading has it, a text layer's not
}  # a heading's level (sections, toc) is compared: the outline must come out the same in every look
# Printed pages in the table of contents are the bundled edition's; they are compared as printed.
COMPARED = ["sections", "projects", "programmalijnen", "planning", "budget_tables", "budget_lines", "overview",
            "overview_amounts", "numbers", "toc", "checks", "check_failures"]
KEYS = {"sections": "section_id", "projects": "project_id", "programmalijnen": "programmalijn_id",
        "planning": "planning_id", "budget_tables": "table_id", "budget_lines": "line_id",
        "overview": "overview_row_id", "overview_amounts": "overview_amount_id", "numbers": "number_id",
        "toc": "toc_entry_id", "checks": "check_id", "check_failures": "failure_id"}
# Columns that hold a heading's printed title: compared without case where a look sets headings in capitals.
TITLE_COLUMNS = {"title", "section_title", "scope_title", "scope_heading_raw", "heading_raw", "title_main_text",
                 "title_bijlage", "subject", "detail"}


def misreads_corrected(lines: pd.DataFrame, diagnoses: pd.DataFrame) -> pd.DataFrame:
    """The budget lines with every number the first diagnosis labels a likely misread set to its consistent
    value: a scan's rows as the sums prove them (a number the diagnosis finds printed wrongly stays)."""
    first = diagnoses[diagnoses["diagnosis_id"] == diagnoses["diagnosis_id"].min()] if len(diagnoses) else diagnoses
    lines = lines.copy()
    for _, change in first[first["likely_misread"].notna()].iterrows():
        line_id, field = change["number_id"].rsplit("/", 1)
        lines.loc[lines["line_id"] == line_id, field] = change["consistent"]
    return lines


def run_datasets(extraction) -> dict[str, pd.DataFrame]:
    """Datasets and validation frames of one extraction, with ``review_reasons``: why the run would send it
    to review (empty when it would publish it).  A validation that crashes leaves its frames out (and the
    comparison then reports every check as missing)."""
    from expectations.verify.quality import extraction_signals
    from pipelines.normalise.datasets import build_datasets
    from pipelines.validation import validate_datasets, with_validation

    datasets = build_datasets(extraction)
    try:
        signals = extraction_signals(extraction)
        validation = validate_datasets(datasets, extraction.year, reading_signals=signals)
        return {**with_validation(datasets, validation).frames, "review_reasons": validation.summary["review_reasons"]}
    except Exception as exc:  # noqa: BLE001 - reported as a difference, not hidden
        return {**datasets.frames, "validation_error": repr(exc)}


# A list item's marker glyph and a dot leader (its length, or whether it is printed as text at all) are
# the typesetter's choice.
MARKERS = {"•", "–", "▪", "◦", "-", "\uf0b7"}
LEADER = re.compile(r"[.…]{3,}|…")


# Whether a space followed a slash where a line broke ("deelname/ actieve", "groepen/gemeenschappen";
# "informele(migranten /vrouwen-)", "en / of") cannot be read from the page: the reader joins a word's
# slash without one, a slash standing alone as the document mostly prints it ("en / of"), and the
# comparison without one.
SLASH_BREAK = re.compile(r"(?<=/) (?=\w)")


# Nor whether a space followed a hyphen there ("KIS- toolkits", a slip in the 2023 text): the reader
# joins a compound broken at its hyphen without one (but before a conjunction: "wet- en regelgeving").
HYPHEN_BREAK = re.compile(r"(?<=\w-) (?!(?:en|of|als|tot)\b)(?=\w)")


# Nor whether a space stood before a footnote's mark that a line break carried to the next line: the 2023
# text sets most marks after their word ("attentheid’.17"), some after a space ("Utrecht). 2"); the reader
# puts a mark set small at a line's start after its word, the comparison the marks of the notes a section
# is expected to hold (the numbers its note paragraphs start with) without the space, on both sides (and
# without a paragraph's break, which words are compared without anyway: "sexting" / "2. De toolkits").
NOTE_NUMBER = re.compile(r"(?:^|\n\n)(\d{1,3}) ")


def note_marks(sections: pd.DataFrame) -> dict[str, set[str]]:
    """Section id → the numbers of the notes its text holds."""
    return {str(key): set(NOTE_NUMBER.findall(text)) for key, text in zip(
        sections["section_id"], sections["text"].fillna(""), strict=True)}


def _marks_glued(text: str, marks: set[str]) -> str:
    if not marks:
        return text
    return re.sub(rf"(?<=\S)\s+(?=(?:{'|'.join(sorted(marks))})[.,;:)]*(?:\s|$))", "", text)


def words(text: str | None, marks: set[str] = frozenset()) -> list[str]:
    """The words of a section's text as compared; ``marks``: its notes' numbers (:func:`note_marks`)."""
    joined = HYPHEN_BREAK.sub("", SLASH_BREAK.sub("", LEADER.sub(" ", _marks_glued(text or "", marks))))
    return ["•" if w in MARKERS else w for w in joined.split()]


def spelled_both_ways(sections: pd.DataFrame) -> dict[str, str]:
    """Words the document prints two ways that a line broken at their hyphen cannot tell apart (the
    document attests both) → how they are compared: ``"joined"``, a compound printed with and without its
    hyphen ("recruiters-opleidingen", "recruitersopleidingen"), without it; ``"suspended"``, a compound
    joined at its hyphen that the document also prints with its first part suspended before the next
    word (the source's typo "migratie-of", beside "migratie- of" eight times), as the two words."""
    texts = [text.split() for text in sections["text"].dropna()]
    printed = {_core(w) for words in texts for w in words}
    suspended = {_core(a + b) for words in texts for a, b in pairwise(words) if a.endswith("-") and a.strip("-")}
    joined = {w: "joined" for w in printed if "-" in w.strip("-") and w.replace("-", "") in printed}
    return joined | {w: "suspended" for w in printed & suspended if "-" in w.strip("-")}


def _core(word: str) -> str:
    return word.strip(".,;:()‘’'\"").lower()


def _one_spelling(word: str, both_ways: dict[str, str]) -> list[str]:
    how = both_ways.get(_core(word))
    if how == "suspended":
        head, tail = word.split("-", 1)
        return [f"{head}-", tail]
    return [word.replace("-", "")] if how else [word]


def _items(frame: pd.DataFrame, dataset: str, caseless: bool = False,
           both_ways: dict[str, str] | None = None, marks: dict[str, set[str]] | None = None) -> dict[str, dict]:
    columns = [c for c in frame.columns if c not in LAYOUT_COLUMNS]
    items = {}
    for record in frame[columns].astype(object).where(frame[columns].notna(), None).to_dict("records"):
        if dataset == "sections":
            own = (marks or {}).get(str(record["section_id"]), set())
            record["text"] = [part for w in words(record["text"], own) for part in _one_spelling(w, both_ways or {})]
            if record["kind"] == "toc":  # a page number beside a title's first line or its last is layout
                record["text"] = [w for w in record["text"] if not w.isdigit()]
        if caseless:
            record = {c: v.casefold() if c in TITLE_COLUMNS and isinstance(v, str) else v for c, v in record.items()}
        items[str(record[KEYS[dataset]])] = record
    return items


def compare(expected: pd.DataFrame, got: pd.DataFrame, dataset: str,
            caseless: bool = False) -> tuple[int, int, list[str]]:
    """(items equal, items, what differs) for one dataset; ``caseless``: titles compared without case."""
    both_ways = spelled_both_ways(expected) if dataset == "sections" else None
    marks = note_marks(expected) if dataset == "sections" else None
    want, have = _items(expected, dataset, caseless, both_ways, marks), _items(got, dataset, caseless, both_ways, marks)
    differences = []
    for key in sorted(set(want) | set(have)):
        if key not in have:
            differences.append(f"{key}: missing")
        elif key not in want:
            differences.append(f"{key}: not in the bundled PDF's")
        elif want[key] != have[key]:
            fields = [c for c in want[key] if want[key][c] != have[key].get(c)]
            differences.append(f"{key}: " + "; ".join(
                _difference(c, have[key].get(c), want[key][c]) for c in fields))
    return len(want) - sum(1 for d in differences if not d.endswith("not in the bundled PDF's")), \
        len(want), differences


def _difference(column: str, got, wanted) -> str:
    """``column got ≠ wanted``; for a text, the words around where the two part."""
    if isinstance(wanted, list) and isinstance(got, list):
        start = next((i for i, (a, b) in enumerate(zip(got, wanted, strict=False)) if a != b),
                     min(len(got), len(wanted)))
        start = max(start - 3, 0)
        return (f"{column} word {start}: …{' '.join(got[start:start + 10])}… ≠ "
                f"…{' '.join(wanted[start:start + 10])}…")
    return f"{column} {got!r} ≠ {wanted!r}"


@dataclass
class Comparison:
    """Every compared dataset of one PDF against the expected frames."""
    name: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # dataset → (items equal, items)
    differences: dict[str, list[str]] = field(default_factory=dict)  # dataset → what differs
    error: str | None = None  # a validation that crashed

    @property
    def exact(self) -> bool:
        return self.error is None and not any(self.differences.values())

    def report(self) -> list[str]:
        """One line per dataset: ``name dataset equal / items items equal``."""
        return [f"{self.name:>20} {dataset:<17} {equal:>5} / {total:<5} items equal"
                for dataset, (equal, total) in self.counts.items()]

    def summary(self) -> str:
        """``dataset equal/items`` for every dataset, in one line."""
        return " ".join(f"{dataset} {equal}/{total}" for dataset, (equal, total) in self.counts.items())

    def failures(self, limit: int = 80) -> str:
        lines = [f"{dataset} {d}" for dataset, found in self.differences.items() for d in found]
        counts = {dataset: len(found) for dataset, found in self.differences.items() if found}
        return f"differing items per dataset {counts}:\n" + "\n".join(lines[:limit])


# Whole-euro amounts printed with cents ("12.852,00", "27.500,00") or without ("12.852", "27.500,-"):
# the same value, compared as the same text where a look prints cents.
CENTS = re.compile(r"(\d),(?:00|-)(?!\d)")


def without_cents(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with whole-euro amounts in its text columns written without cents."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == "string":
            frame[column] = frame[column].str.replace(CENTS, r"\1", regex=True)
    return frame


def compare_datasets(name: str, expected: dict[str, pd.DataFrame], got: dict[str, pd.DataFrame],
                     caseless: bool = False, cents: bool = False) -> Comparison:
    """Every dataset of ``COMPARED`` in ``got`` (a run's frames) against ``expected`` (the bundled PDF's, or
    what a look is expected to give: see :func:`tests.looks.expected_frames`); ``cents``: amounts compared
    without their cents (:func:`without_cents`).  A dataset ``expected`` leaves out is not compared (another
    edition's checks: :mod:`tests.editions`)."""
    result = Comparison(name, error=got.get("validation_error"))
    for dataset in (dataset for dataset in COMPARED if dataset in expected):
        frame = got.get(dataset, expected[dataset].iloc[0:0])
        wanted = expected[dataset]
        if cents:
            frame, wanted = without_cents(frame), without_cents(wanted)
        equal, total, differences = compare(wanted, frame, dataset, caseless)
        result.counts[dataset] = (equal, total)
        result.differences[dataset] = differences
    return result
