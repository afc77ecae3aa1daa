"""Error localization: the 2023 werkplan, and wrong numbers injected into a built consistent werkplan."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from expectations.verify.checks import Equation, all_checks, block_checks, row_checks
from expectations.verify.localize import equations_of, localize
from extract.werkplan.extraction import extract_werkplan
from pipelines.normalise.datasets import build_datasets
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf

SEEDS = 120


def test_2023_names_the_two_numbers_in_onderdeel_e(datasets_2023):
    frames = datasets_2023.frames
    localization = localize(equations_of(all_checks(frames)))
    # Onderdeel E's own table (p. 26) prints external costs 12.852 and total 388.708; the overview,
    # its column sums and the function-level table all imply 12.633 and 388.489.
    assert [[(c.number_id, c.printed, c.consistent) for c in s] for s in localization.sets] == [[
        ("werkplan-2023/onderdeel-e/013/amount", 12852, 12633),
        ("werkplan-2023/onderdeel-e/014/amount", 388708, 388489),
    ]]
    # The other way round: the overview's E row, its total row and the function-level table (2 numbers each).
    assert localization.runner_up == 6
    assert localization.seconds <= 1.0
    print(f"2023: {localization.equations} equations, localized in {localization.seconds:.3f} s")


def test_2023_diagnoses_dataset_explains_four_failures_and_idee_2_stays_structural(datasets_2023):
    diagnoses = datasets_2023.frames["diagnoses"]
    assert list(diagnoses["row_label"]) == ["Externe projectkosten / inhuur", "Totaal"]
    assert set(diagnoses["page"]) == {26}
    assert set(diagnoses["runner_up_size"]) == {6} and set(diagnoses["sets"]) == {1}
    explained = set(diagnoses["explains"].iloc[0].split())
    failures = datasets_2023.frames["check_failures"]
    assert {f.subject for f in failures.itertuples() if f.failure_id in explained} == {
        "overzicht E tegen onderdeel-e: totaal", "overzicht E tegen onderdeel-e: externe kosten",
        "programma/functieniveau tegen onderdelen onderdeel-a, onderdeel-b, onderdeel-c, onderdeel-d, onderdeel-e: "
        "externe kosten bedrag",
        "programma/functieniveau tegen onderdelen onderdeel-a, onderdeel-b, onderdeel-c, onderdeel-d, onderdeel-e: "
        "tabeltotaal bedrag",
    }
    [structural] = [f for f in failures.itertuples() if f.failure_id not in explained]
    assert structural.subject == "deelplan project-4.1/idee-2 (Actieonderzoek onder studenten tegen stagediscriminatie)"


@pytest.fixture(scope="module")
def consistent_frames(tmp_path_factory):
    """The consistent built werkplan, extracted once; the tests inject errors into copies of its frames."""
    pdf = tmp_path_factory.mktemp("localize") / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    return build_datasets(extract_werkplan(pdf)).frames


def test_a_consistent_werkplan_gets_no_diagnosis(consistent_frames):
    localization = localize(equations_of(all_checks(consistent_frames)))
    assert localization.sets == [] and localization.runner_up is None
    assert localization.equations > 50


def _candidates(frames) -> dict[str, list[tuple[str, str]]]:
    """Where the test prints a wrong number: {table: [(number id, kind)]}."""
    kinds = {"staff": "line amount", "org_total": "organisation total", "table_total": "table total"}
    out: dict[str, list] = {}
    for line in frames["budget_lines"].itertuples():
        if line.row_kind in kinds:
            kind = "function-level cell" if line.scope_id == "programma/functieniveau" else kinds[line.row_kind]
            out.setdefault(line.table_id, []).append((f"{line.line_id}/amount", kind))
    out["overview"] = [(f"{r.overview_row_id}/{field}", "overview cell")
                       for r in frames["overview"].itertuples() for field in ("external_costs", "total")]
    out["overview"] += [(f"{r.overview_amount_id}/amount", "overview cell")
                        for r in frames["overview_amounts"].itertuples()]
    return out


def _printed(equations: list[Equation], values: dict[str, int]) -> list[Equation]:
    """The equations with some printed numbers replaced: {number id: value}."""
    def terms(side):
        return tuple((number_id, values.get(number_id, value)) for number_id, value in side)

    return [Equation(terms(e.left), terms(e.right), e.constant, e.factors) for e in equations]


def _holds(equations: list[Equation]) -> bool:
    return all(e.actual == e.expected for e in equations)


def test_errors_injected_into_the_frames_give_the_equations_of_injected_values(consistent_frames):
    """The fast test below injects into the equations' values; here the same through the frames, for one case."""
    lines = consistent_frames["budget_lines"].copy()
    row = lines.index[(lines["scope_id"] == "project-1.1") & (lines["row_index"] == 0)][0]
    lines.loc[row, "amount"] = 4650
    overview = consistent_frames["overview"].copy()
    overview.loc[0, "total"] += 17
    broken = {**consistent_frames, "budget_lines": lines, "overview": overview}
    values = {f"{lines.loc[row, 'line_id']}/amount": 4650,
              f"{overview.loc[0, 'overview_row_id']}/total": int(overview.loc[0, "total"])}
    assert equations_of(all_checks(broken)) == _printed(equations_of(all_checks(consistent_frames)), values)


def test_injected_wrong_numbers_are_found_where_they_are_the_unique_smallest_explanation(consistent_frames):
    equations = equations_of(all_checks(consistent_frames))
    printed = {number_id: value for e in equations for number_id, value in e.left + e.right}
    candidates = _candidates(consistent_frames)
    hits, not_unique, kinds = 0, 0, set()
    for seed in range(SEEDS):
        rng = random.Random(seed)
        injected = {}  # number id → (printed, consistent)
        for table in rng.sample(sorted(candidates), rng.randint(1, 3)):  # each wrong number in another table
            number_id, kind = rng.choice(candidates[table])
            injected[number_id] = (printed[number_id] + rng.choice([-1, 1]) * rng.randint(1, 3000), printed[number_id])
            kinds.add(kind)
        broken = _printed(equations, {n: wrong for n, (wrong, _) in injected.items()})
        localization = localize(broken)
        found = [{c.number_id: (c.printed, c.consistent) for c in s} for s in localization.sets]
        assert found, f"seed {seed}: no diagnosis for {injected}"
        size = len(found[0])
        assert size <= len(injected), f"seed {seed}: {found} is larger than the injected {injected}"
        for changes in found:  # every set reported explains everything: with its values all sums hold
            assert len(changes) == size
            assert _holds(_printed(broken, {n: value for n, (_, value) in changes.items()})), changes
        if found == [injected]:
            hits += 1
        else:
            # Not the unique smallest: a smaller set explains it, or others of its size do (and it is among them).
            assert size < len(injected) or (len(found) > 1 and injected in found), (
                f"seed {seed}: found {found}, injected {injected}")
            not_unique += 1
    print(f"\nlocalization over {SEEDS} seeds: hit rate {hits / SEEDS:.0%} ({hits}); the injected set is not the "
          f"unique smallest explanation in {not_unique / SEEDS:.0%} ({not_unique})")
    assert kinds == {"line amount", "organisation total", "table total", "overview cell", "function-level cell"}
    assert hits >= SEEDS // 2


def test_every_smallest_set_is_given_and_the_runner_up_size():
    # a = b and b = c are printed as a = 5, b = 3, c = 3: change a (to 3), or change b and c (to 5).
    equations = [Equation((("a", 5),), (("b", 3),)), Equation((("b", 3),), (("c", 3),))]
    localization = localize(equations)
    assert [[(c.number_id, c.consistent) for c in s] for s in localization.sets] == [[("a", 3)]]
    assert localization.runner_up == 2
    # a = b alone: changing a or changing b are equally small.
    localization = localize(equations[:1])
    # In the numbers' order, whatever order the solver found them in.
    assert [[(c.number_id, c.consistent) for c in s] for s in localization.sets] == [[("a", 3)], [("b", 5)]]
    assert localization.runner_up is None


def _movisie_block_of_project_1_1(stafkosten_hours: int, overhead_hours: int) -> pd.DataFrame:
    """Project 1.1's Movisie block as the bundled PDF prints it (p. 32), the staff costs' and overhead's
    hours (121) as given: Senior 95 × 63 = 5.985, Junior 67 × 58 = 3.886, Stafkosten 10 × 121 = 1.210,
    Overhead 22 × 121 = 2.662, Totaal Movisie 13.743."""
    rows = [("staff", "Senior", 95, 63, 5985), ("staff", "Junior", 67, 58, 3886),
            ("staff_costs", None, 10, stafkosten_hours, 1210), ("overhead", None, 22, overhead_hours, 2662),
            ("org_total", None, None, None, 13743)]
    table_id = "werkplan-2023/project-1.1"
    return pd.DataFrame([{
        "line_id": f"{table_id}/{index:03d}", "table_id": table_id, "row_index": index, "row_kind": kind,
        "organisation": "Movisie", "role": role, "label_raw": f"Movisie {role or kind}", "page": 32,
        "rate": rate, "hours": hours, "amount": amount,
        **{f"{field}_raw": None if value is None else str(value)
           for field, value in (("rate", rate), ("hours", hours), ("amount", amount))}}
        for index, (kind, role, rate, hours, amount) in enumerate(rows, start=6)])


def test_hours_read_by_ocr_are_changed_at_their_rate_not_held_as_printed():
    # The bundled PDF's 300-dpi scan read both 121s as "124,": their amounts are 10 × 121 and 22 × 121, and
    # 121 = 63 + 58 staff hours.  The two hours are the one smallest change; keeping either 124 means a
    # staff line's hours, its amount, both amounts at 124 hours and the total: 5.
    lines = _movisie_block_of_project_1_1(124, 124)
    localization = localize(equations_of(row_checks(lines, hours_unknown=True)
                                         + block_checks(lines, hours_unknown=True)))
    assert [[(c.number_id, c.printed, c.consistent) for c in s] for s in localization.sets] == [[
        ("werkplan-2023/project-1.1/008/hours", 124, 121),
        ("werkplan-2023/project-1.1/009/hours", 124, 121),
    ]]
    assert localization.runner_up == 5
    assert localize(equations_of(row_checks(_movisie_block_of_project_1_1(121, 121), hours_unknown=True))).sets == []
    # Held as printed (a typeset document's hours), the diagnosis blames three amounts printed right.
    held = localize(equations_of(row_checks(lines) + block_checks(lines)))
    assert [[(c.number_id, c.printed, c.consistent) for c in s] for s in held.sets] == [[
        ("werkplan-2023/project-1.1/008/amount", 1210, 1240),
        ("werkplan-2023/project-1.1/009/amount", 2662, 2728),
        ("werkplan-2023/project-1.1/010/amount", 13743, 13839),
    ]]


def test_equations_no_change_of_money_can_satisfy_give_no_diagnosis():
    # one amount that rates × hours held as printed price at 6 in one table and at 7 in another
    localization = localize([Equation((("a", 5),), (), 6), Equation((("a", 5),), (), 7)])
    assert (localization.sets, localization.solvable) == ([], False)



def test_the_solver_prints_nothing():
    # A fresh interpreter: HiGHS prints its banner on the standard output the first time a process makes a solver.
    probe = """
from expectations.verify.checks import Equation
from expectations.verify.localize import localize
localization = localize([Equation((("a", 5),), (("b", 3),)), Equation((("b", 3),), (("c", 3),))])
print([[(change.number_id, change.consistent) for change in found] for found in localization.sets])
"""
    result = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parents[3])
    assert (result.stdout, result.stderr) == ("[[('a', 3)]]\n", "")
    # Nor fails where there is no standard output.
    closed = "import os, sys\nos.close(1)\nsys.stdout = sys.stderr\n" + probe
    result = subprocess.run([sys.executable, "-c", closed], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parents[3])
    assert (result.stdout, result.stderr) == ("", "[[('a', 3)]]\n")
