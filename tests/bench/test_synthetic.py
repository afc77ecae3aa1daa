"""The synthetic werkplan of bench/synthetic.py: renumbered copies, sums that still hold.

A small one is built (the seed plus a copy of programmalijn 4, the one with
sub-plans and a 2023 failure of its own), read and validated once.  What it must
hold is counted from the plain text of the seed, not from the code under test.
"""

from __future__ import annotations

import re

import pytest

from bench.synthetic import build_synthetic
from extract.werkplan.extraction import extract_werkplan
from pipelines.normalise.datasets import build_datasets
from pipelines.validation import validate_datasets, with_validation
from tests.typesettings import SEED

COPIED = [4]  # seed programmalijnen added after the seed's own, as 10, 11, ...
ID_COLUMNS = {"budget_tables": "table_id", "budget_lines": "line_id", "sections": "section_id", "toc": "toc_entry_id",
              "numbers": "number_id", "projects": "project_id", "programmalijnen": "programmalijn_id",
              "planning": "planning_id", "overview": "overview_row_id"}


def seed_projects() -> tuple[dict[int, dict[int, list[int]]], int]:
    """From the seed's plain text: {programmalijn: {project: [idee numbers]}} of Bijlage 1, and how many
    items the unnumbered "Overige project" group has in the table of contents."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    bijlage = lines.index("Bijlage 1. Uitgewerkte projectplannen")
    projects: dict[int, dict[int, list[int]]] = {}
    current = None
    for line in lines[bijlage:]:
        if m := re.match(r"^(?:Project )?(\d+)\.(\d+)\b", line):
            current = projects.setdefault(int(m.group(1)), {}).setdefault(int(m.group(2)), [])
        elif m := re.match(r"^Idee (\d+):", line):
            current.append(int(m.group(1)))
    toc = lines[lines.index("Inhoud"):lines.index("Inleiding")]
    group = next(i for i, line in enumerate(toc) if line.startswith("Overige project"))
    items = sum(1 for line in toc[group + 1:] if re.match(r"^\d+\. .*\.{3,} *\d+$", line))
    return projects, items


def project_ids(projects: dict[int, dict[int, list[int]]], group_items: int) -> set[str]:
    ids = {f"project-{n}.{m}" for n, plan in projects.items() for m in plan}
    ids |= {f"project-{n}.{m}/idee-{k}" for n, plan in projects.items() for m, ideas in plan.items() for k in ideas}
    return ids | {f"project-{max(projects) + 1}.{i}" for i in range(1, group_items + 1)}


SEED_PROJECTS, GROUP_ITEMS = seed_projects()
# Copied programmalijn → its number in the synthetic werkplan.
NEW_NUMBERS = {old: new for new, old in enumerate(COPIED, start=max(SEED_PROJECTS) + 1)}
COPIED_PROJECT = re.compile(rf"project-({'|'.join(map(str, COPIED))})\.")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, datasets_2023):
    pdf = build_synthetic(tmp_path_factory.mktemp("synthetic") / "synthetic.pdf", COPIED,
                          planning=datasets_2023.frames["planning"])
    extraction = extract_werkplan(pdf)
    datasets = build_datasets(extraction)
    return with_validation(datasets, validate_datasets(datasets, extraction.year)).frames


def local(frame, column):
    return {i.split("/", 1)[1] for i in frame[column]}


def renumbered(text: str) -> str:
    return COPIED_PROJECT.sub(lambda m: f"project-{NEW_NUMBERS[int(m.group(1))]}.", text)


def test_projects_are_the_seeds_and_the_renumbered_copies(synthetic):
    projects = {**SEED_PROJECTS, **{new: SEED_PROJECTS[old] for old, new in NEW_NUMBERS.items()}}
    assert local(synthetic["projects"], "project_id") == project_ids(projects, GROUP_ITEMS)
    assert set(synthetic["programmalijnen"]["number"].astype(int)) == set(projects)


def test_every_id_is_unique(synthetic):
    for dataset, column in ID_COLUMNS.items():
        ids = synthetic[dataset][column]
        assert ids.is_unique, f"{dataset}: {ids[ids.duplicated()].tolist()[:5]}"
        assert not ids.str.contains("#").any(), dataset


def test_copied_tables_are_the_originals_renumbered(synthetic, datasets_2023):
    fields = ["row_kind", "organisation", "role", "rate", "hours", "amount"]
    original = datasets_2023.frames["budget_lines"]
    copied = original[original["scope_id"].str.match(COPIED_PROJECT)]
    assert len(copied)
    for scope_id, lines in copied.groupby("scope_id"):
        twin = synthetic["budget_lines"][synthetic["budget_lines"]["scope_id"] == renumbered(scope_id)]
        assert twin[fields].astype(str).values.tolist() == lines[fields].astype(str).values.tolist(), scope_id


def test_copied_toc_entries_are_found(synthetic):
    toc = synthetic["toc"]
    for old, new in NEW_NUMBERS.items():
        copies = toc[toc["title"].str.match(rf"^(Programmalijn {new}\.|Project {new}\.)")]
        assert len(copies) == 1 + len(SEED_PROJECTS[old])
        assert copies["title_matches"].all()


def test_only_the_2023_editions_own_failures_repeat(synthetic, datasets_2023):
    """Every sum that holds on 2023 holds here; a 2023 failure fails again by the same difference, a
    copied project's own once more for its copy."""
    def failures(frames):
        f = frames["check_failures"]
        return {(c.rsplit("/", 1)[1], s, int(a) - int(e)) for c, s, a, e in
                zip(f["check_id"], f["subject"], f["actual"], f["expected"], strict=False)}

    bundled = failures(datasets_2023.frames)
    wanted = bundled | {(c, renumbered(s), d) for c, s, d in bundled if COPIED_PROJECT.search(s)}
    assert len(wanted) > len(bundled)  # the copy carries a 2023 failure of its own
    assert failures(synthetic) == wanted
    evaluated = dict(zip(synthetic["checks"]["name"], synthetic["checks"]["evaluated"], strict=False))
    assert evaluated["overview_total_is_column_sum"] and evaluated["function_levels_add_up"]
