"""Other editions: the 2023 text some years on, without some of its project plans.

The looks (:mod:`tests.looks`) set one text in many ways; a werkplan of another year differs in
what it says too: its year in the title, the ids, the Gantt charts and the text, and which
projects it plans.  ``Edition.draw(seed)`` draws both, independently of the seed's look
(``random.Random`` of its own): how many years on (1 to 9) and how many of the Bijlage's
project plans are left out (0 to 6), each with its entry in the table of contents.
:meth:`Edition.blocks` writes that text; :meth:`Edition.expected` gives the bundled PDF's
datasets as that edition must give them: every year in ids, titles and texts moved on, the
left-out projects' sections, tables, rows, numbers and planning gone (a group of projects left
with none is a plain section), the table of contents without their entries.  Printed numbers
stay as they are (an amount of 2.025 is no year).  The checks are not compared: the Begroting
chapter still sums every project of 2023.

    edition = Edition.draw(7)
    paths = look_pdfs(look, edition.blocks(blocks))
    compare_datasets(..., edition.expected(bundled, blocks), frames)
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

import pandas as pd

from tests.typesettings import Block

YEAR = re.compile(r"\b20[0-4]\d\b")
NUMBER = re.compile(r"[€\s]*[\d.,]+(,-)?")  # a table's printed amount, rate or count: never moved on
NUMBER_COLUMNS = {"raw", "rate_raw", "hours_raw", "amount_raw", "total_raw", "external_costs_raw"}
NOT_COMPARED = ("checks", "check_failures")


@dataclass(frozen=True)
class Edition:
    seed: int
    years: int  # how many years after 2023
    leave_out: int  # how many of the Bijlage's project plans are left out

    @classmethod
    def draw(cls, seed: int) -> Edition:
        rng = random.Random(f"edition-{seed}")
        return cls(seed, rng.randint(1, 9), rng.randint(0, 6))

    def describe(self, blocks: list[Block]) -> str:
        left_out = ", ".join(_number(blocks[i].text) for i in self._left_out(blocks)) or "none"
        return f"edition {2023 + self.years}, project plans left out: {left_out}"

    def blocks(self, blocks: list[Block]) -> list[Block]:
        """The text of this edition: the 2023 blocks moved on, the left-out plans and their ToC entries gone."""
        gone = self._gone(blocks)
        return [self._moved(block) for index, block in enumerate(blocks) if index not in gone]

    def expected(self, frames: dict, blocks: list[Block]) -> dict:
        """The bundled PDF's ``frames`` as this edition gives them (but for :data:`NOT_COMPARED`)."""
        scopes = [f"project-{_number(blocks[i].text)}" for i in self._left_out(blocks)]

        def gone(scope) -> bool:
            return isinstance(scope, str) and any(scope == s or scope.startswith(f"{s}/") for s in scopes)

        projects = frames["projects"]
        left_out = projects[projects.project_id.map(lambda p: gone(p.split("/", 1)[1]))]
        roots = list(left_out.section_id)
        sections = frames["sections"]
        in_plan = sections.section_id.map(lambda s: any(s == r or s.startswith(f"{r}/") for r in roots))
        toc = frames["toc"]
        entries = toc.section_id.isin(roots)
        kept = {
            "sections": _without_entries(_groups_emptied(sections[~in_plan & ~sections.scope_id.map(gone)]),
                                         toc[entries]),
            "projects": projects.drop(left_out.index),
            "toc": _renumbered(toc[~entries]),
            "numbers": frames["numbers"][~frames["numbers"].source_id.map(lambda s: gone(s.split("/", 1)[1]))],
            **{name: frames[name][~frames[name].scope_id.map(gone)] for name in ("planning", "budget_tables",
                                                                                  "budget_lines")},
        }
        expected = {name: kept.get(name, frame) for name, frame in frames.items() if name not in NOT_COMPARED}
        return {name: self._moved_frame(frame) if isinstance(frame, pd.DataFrame) else frame
                for name, frame in expected.items()}

    def _left_out(self, blocks: list[Block]) -> list[int]:
        """Indexes of the left-out plans' headings: the Bijlage's project headings, drawn."""
        bijlage = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.text.startswith("Bijlage"))
        plans = [i for i, b in enumerate(blocks) if i > bijlage and b.kind == "heading" and b.level == 3]
        return sorted(random.Random(f"left-out-{self.seed}").sample(plans, self.leave_out))

    def _gone(self, blocks: list[Block]) -> set[int]:
        """Indexes of the blocks left out: each plan up to the next heading of its level or above, and its
        entry in the table of contents with the lines it wraps over."""
        gone = set()
        for start in self._left_out(blocks):
            end = next((j for j in range(start + 1, len(blocks))
                        if blocks[j].kind == "heading" and blocks[j].level <= 3), len(blocks))
            gone.update(range(start, end))
            title = _spaced(blocks[start].text)  # the ToC spells "implementatie ’Van ongewenste  polarisatie"
            entry = next(j for j, b in enumerate(blocks) if b.kind == "toc" and title.startswith(_spaced(b.text)))
            gone.add(entry)
            while blocks[entry + 1].kind == "toc" and blocks[entry + 1].text[:1].islower():
                entry += 1
                gone.add(entry)
        return gone

    def _later(self, value):
        """A text with its years moved on (a paragraph "2023" too)."""
        return YEAR.sub(lambda m: str(int(m.group()) + self.years), value) if isinstance(value, str) else value

    def _moved(self, block: Block) -> Block:
        rows = [self._moved_frame(row) if isinstance(row, pd.DataFrame) else self._moved_cells(row)
                for row in block.rows]
        return replace(block, text=self._later(block.text), rows=rows,
                       extra={key: self._later(value) for key, value in block.extra.items()})

    def _moved_cells(self, row):
        """A table's row with its labels' years moved on; its printed numbers as they are."""
        if isinstance(row, (tuple, list)):
            return type(row)(self._moved_cells(cell) for cell in row)
        return row if isinstance(row, str) and NUMBER.fullmatch(row) else self._later(row)

    def _moved_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        moved = frame.copy()
        for column in moved.columns:
            if column == "year":
                later = lambda year: year if pd.isna(year) else year + self.years  # noqa: E731
            elif column not in NUMBER_COLUMNS and (moved[column].dtype == object
                                                   or pd.api.types.is_string_dtype(moved[column])):
                later = self._later
            else:
                continue
            # Built anew in the column's own type: arithmetic or a map would turn an object column's None (a
            # year or note the builder leaves out) into NaN.
            moved[column] = pd.Series([later(value) for value in moved[column]], index=moved.index,
                                      dtype=moved[column].dtype)
        return moved


def _number(title: str) -> str:
    """A plan's number as its scope names it ("Project 2.1 …": "2.1"; the unnumbered last plan: "10.1")."""
    found = re.search(r"(\d+)\.(\d+)", title)
    return f"{found.group(1)}.{found.group(2)}" if found else "10.1"


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _groups_emptied(sections: pd.DataFrame) -> pd.DataFrame:
    """A group of projects whose projects are all left out ("Overige project" without its one) is a section."""
    holding = set(sections.parent_id[sections.kind == "project"])
    sections = sections.copy()
    sections.loc[(sections.kind == "group") & ~sections.section_id.isin(holding), "kind"] = "section"
    return sections


def _without_entries(sections: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """The table of contents' section without the paragraphs of ``entries`` (each "title page")."""
    titles = tuple(entries.title)
    sections = sections.copy()
    is_toc = sections.kind == "toc"
    sections.loc[is_toc, "text"] = sections.loc[is_toc, "text"].map(
        lambda text: "\n\n".join(p for p in text.split("\n\n") if not p.startswith(titles)))
    return sections


def _renumbered(toc: pd.DataFrame) -> pd.DataFrame:
    """Entries numbered anew from 0, as a table of contents without the left-out ones is read."""
    toc = toc.copy()
    toc["entry_index"] = range(len(toc))
    toc["toc_entry_id"] = [f"{doc}/inhoud/{i:03d}" for i, doc in enumerate(toc.document_id)]
    return toc.reset_index(drop=True)
