"""Error localization in the Fellegi–Holt sense: which printed numbers are wrong?

Every sum check over printed amounts is a linear equation (:class:`expectations.verify.checks.Equation`),
and so is a row's amount = rate × hours with rate and hours held as printed.  In a document read by OCR
the hours are unknowns too: the sums of hours are equations, and amount = rate × hours is linear in the
hours with the rate held as printed (the rate is their factor), so a misread hour count is found as such.
(In a typeset document hours stay held: with them the 993-page synthetic werkplan's runner-up took 10 s
to prove, without them 0.4 s.)
The smallest set of printed numbers whose change makes every equation hold is
found as a mixed-integer program, solved by HiGHS (``highspy``):
per printed number a value ``x`` and a binary ``z`` that says it changes, with
``|x − printed| ≤ M·z``, all equations as equality constraints, minimising the
number of changes.  Every set of the smallest size is enumerated by cutting off
each one found ("not all of these change") and solving again; the first larger
optimum is the runner-up, the size of the next-best explanation.  Numbers with cents are
solved in cents (every value times the power of ten that makes them whole), so the solver
always works on whole numbers and the consistent values come back exact.  A set whose values are
not whole in that unit is no explanation: hours that would make a wrong amount a product
(40,0001 × 114,47) are nothing the document could print.  It is cut off where it is no larger than the
smallest explanation; larger, it ends the search without a runner-up.  (Whole values as the program's own
constraint left the runner-up of a scan of the 2023 werkplan unfound in 10 s; this finds it in under one.)

A number read by OCR that a diagnosis changes is first suspected of being misread:
:func:`ocr_confusion` says whether the printed digits are the consistent ones with a typical OCR
confusion (a digit inserted, dropped or two swapped; 8↔3, 1↔7, 0↔8, 5↔6), or, in a word OCR itself
doubted, any one digit read for another, and the diagnosis is then labelled a likely misread rather
than an error in the document.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from expectations.verify.checks import Check, Equation
from extract.settings import Range, Settings, resolve
from extract.werkplan.numbers import Amount, exact

# HiGHS is imported where it solves, not here: a run localizes in its great-expectations process
# (pipelines.processes), and its main process only unpickles the Localization.  It is called through
# highspy, not scipy.optimize.milp: scipy.optimize takes 41 MiB of a process's memory, highspy 5.

@dataclass(frozen=True)
class LocalizationSettings(Settings):
    """How far the search for the smallest sets of wrong numbers goes."""

    # Smallest sets to enumerate at most.
    max_sets: int = 10
    # Seconds per solve.
    time_limit: float = 10.0
    limits = {"max_sets": Range(least=1), "time_limit": Range(above=0)}


# Digits OCR takes for one another (both ways).
OCR_CONFUSIONS = frozenset(frozenset(pair) for pair in ("83", "17", "08", "56"))


def ocr_confusion(printed: Amount, consistent: Amount, doubted: bool = False) -> str | None:
    """How OCR could have read ``consistent`` as ``printed`` (``"digit inserted"``, ``"digit dropped"``,
    ``"digits swapped"``, ``"3 for 8"``), or None when no single typical confusion does.

    In a word OCR ``doubted`` (read with low confidence) any one digit read for another counts too: the
    digits confused depend on the typeface and the scan (a 300-dpi scan of the 2023 werkplan read 121 as
    124 twice, at confidence 0.69 and 0.77), and OCR's own doubt is the evidence the pair list stands in for.
    """
    read, meant = (format(abs(v), "f").replace(".", "") for v in (printed, consistent))
    if (printed < 0) != (consistent < 0) or read == meant:
        return None
    if len(read) == len(meant) + 1 and any(read[:i] + read[i + 1:] == meant for i in range(len(read))):
        return "digit inserted"
    if len(read) + 1 == len(meant) and any(meant[:i] + meant[i + 1:] == read for i in range(len(meant))):
        return "digit dropped"
    if len(read) != len(meant):
        return None
    differ = [i for i in range(len(read)) if read[i] != meant[i]]
    if len(differ) == 2 and differ[1] == differ[0] + 1 and read[differ[0]] == meant[differ[1]] \
            and read[differ[1]] == meant[differ[0]]:
        return "digits swapped"
    if len(differ) == 1 and (doubted or frozenset(read[differ[0]] + meant[differ[0]]) in OCR_CONFUSIONS):
        return f"{read[differ[0]]} for {meant[differ[0]]}"
    return None


@dataclass(frozen=True)
class Change:
    number_id: str
    printed: Amount
    consistent: Amount


@dataclass
class Localization:
    sets: list[list[Change]]  # every smallest set of numbers to change, each with its consistent values
    # size of the next-best explanation (None: none, nothing to explain, max_sets reached, or the next best changes
    # to values that are not whole)
    runner_up: int | None
    equations: int
    seconds: float
    # False: no change of printed numbers satisfies every equation (rates, or hours held as printed, conflict), or none
    # with whole values was found in time
    solvable: bool = True


def equations_of(checks: list[Check]) -> list[Equation]:
    """The equation of every linear comparison of ``checks``, passing or failing."""
    return [equation for check in checks if check.kind == "pair" for equation in check.frame["equation"]
            if equation is not None]


def _unit(values: list[Amount]) -> int:
    """The power of ten that makes every value whole: 1 for whole euros, 100 for cents."""
    places = max((-value.as_tuple().exponent for value in values if isinstance(value, Decimal)), default=0)
    return 10 ** max(places, 0)


def _in_units(value: float, unit: int) -> Amount:
    """A whole number of the solver's units (:func:`_unit`) as the exact amount it stands for."""
    return exact(Decimal(int(value)) / unit)


@dataclass(frozen=True)
class _SparseMatrix:
    """A matrix as its nonzero entries, row by row: what HiGHS takes, and the products the search needs."""

    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    shape: tuple[int, int]

    def __matmul__(self, vector: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=self.values * vector[self.columns], minlength=self.shape[0])

    def dense_columns(self, columns: list[int]) -> np.ndarray:
        position = np.full(self.shape[1], -1)
        position[columns] = np.arange(len(columns))
        keep = position[self.columns] >= 0
        dense = np.zeros((self.shape[0], len(columns)))
        np.add.at(dense, (self.rows[keep], position[self.columns[keep]]), self.values[keep])
        return dense


def _system(equations: list[Equation]):
    """The equations as a matrix over the printed numbers, in units of :func:`_unit` (returned last)."""
    ids: dict[str, int] = {}
    printed: list[Amount] = []
    for equation in equations:
        for number_id, value in equation.left + equation.right:
            if number_id not in ids:
                ids[number_id] = len(ids)
                printed.append(value)
    unit = _unit(printed + [e.constant for e in equations])
    entries: list[tuple[int, int, float]] = []
    for row, equation in enumerate(equations):
        coefficients: dict[int, float] = {}
        for side, sign in ((equation.left, 1.0), (equation.right, -1.0)):
            for number_id, _ in side:
                column = ids[number_id]
                coefficients[column] = coefficients.get(column, 0.0) + sign * float(equation.factor(number_id))
        entries += [(row, column, value) for column, value in sorted(coefficients.items()) if value]
    rows, columns, values = (np.array([entry[i] for entry in entries], dtype=kind)
                             for i, kind in enumerate((int, int, float)))
    matrix = _SparseMatrix(rows, columns, values, (len(equations), len(ids)))
    constants = np.array([int(e.constant * unit) for e in equations], dtype=float)
    scaled = np.array([int(value * unit) for value in printed], dtype=float)
    return list(ids), scaled, matrix, constants, unit


class _Program:
    """The mixed-integer program over the values x and the switches z of the printed numbers (n each),
    minimising how many z are set.  Rows are added between solves; each solve is a new HiGHS instance."""

    def __init__(self, n: int, time_limit: float, tolerance: float) -> None:
        self.n = n
        self.options = {"output_flag": False, "time_limit": time_limit, "mip_rel_gap": 0.0,
                        "mip_feasibility_tolerance": tolerance}
        self.entries: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.row_lower = self.row_upper = np.zeros(0)
        self.column_lower = self.column_upper = np.zeros(0)

    def add_rows(self, rows, columns, values, lower, upper) -> None:
        """Rows ``lower ≤ A·(x, z) ≤ upper``, A given by its entries, ``rows`` counted from the first added here."""
        self.entries.append((np.asarray(rows) + len(self.row_lower), np.asarray(columns), np.asarray(values, float)))
        self.row_lower = np.concatenate([self.row_lower, lower])
        self.row_upper = np.concatenate([self.row_upper, upper])

    def bounds(self, lower: np.ndarray, upper: np.ndarray) -> None:
        self.column_lower, self.column_upper = lower, upper

    def solve(self) -> np.ndarray | None:
        """(x, z) of an optimum; None if there is none (infeasible) or none proven in the time limit."""
        import highspy

        rows, columns, values = (np.concatenate(part) for part in zip(*self.entries, strict=True))
        order = np.argsort(rows, kind="stable")
        program = highspy.HighsLp()
        program.num_col_, program.num_row_ = 2 * self.n, len(self.row_lower)
        program.col_cost_ = np.concatenate([np.zeros(self.n), np.ones(self.n)])
        program.col_lower_, program.col_upper_ = self.column_lower, self.column_upper
        program.row_lower_, program.row_upper_ = self.row_lower, self.row_upper
        program.integrality_ = [highspy.HighsVarType.kContinuous] * self.n + [highspy.HighsVarType.kInteger] * self.n
        program.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        program.a_matrix_.start_ = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=program.num_row_))])
        program.a_matrix_.index_, program.a_matrix_.value_ = columns[order], values[order]
        solver = _silent_highs()
        for name, value in self.options.items():
            solver.setOptionValue(name, value)
        solver.passModel(program)
        solver.run()
        if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.array(solver.getSolution().col_value)


def _silent_highs():
    """A HiGHS instance.  The first made in a process prints HiGHS' banner on the standard output, whatever
    the options say: it goes to /dev/null (nothing but the run's own lines reaches the terminal).  Where there is no
    standard output (closed), there is nothing to keep it from."""
    import highspy

    if sys.stdout is not None:
        sys.stdout.flush()
    try:
        terminal = os.dup(1)
    except OSError:
        return highspy.Highs()
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
        finally:
            os.close(devnull)
        return highspy.Highs()
    finally:
        os.dup2(terminal, 1)
        os.close(terminal)


def _consistent(matrix: _SparseMatrix, constants, printed, changed: list[int]) -> np.ndarray | None:
    """Values for the ``changed`` numbers that satisfy every equation, the others as printed; None if none do.

    Solved exactly again (the MILP's values carry solver tolerances).  For a smallest set they are unique: were
    they not, moving along the free direction until one number is back at its printed value would give a
    smaller set.
    """
    held = printed.copy()
    held[changed] = 0
    rest = constants - matrix @ held
    own = matrix.dense_columns(changed)
    values, *_ = np.linalg.lstsq(own, rest, rcond=None)
    values = np.round(values)
    return values if np.abs(own @ values - rest).max(initial=0) < 0.5 else None


def localize(equations: list[Equation], settings: LocalizationSettings | dict | None = None) -> Localization:
    """The smallest sets of printed numbers to change so that every equation holds (see the module)."""
    conf = resolve(LocalizationSettings, settings)
    started = time.perf_counter()
    ids, printed, matrix, constants, unit = _system(equations)
    n = len(ids)
    if not n or np.abs(matrix @ printed - constants).max() < 0.5:
        return Localization([], None, len(equations), time.perf_counter() - started)
    # No change needs to exceed twice the largest number involved; a tight M keeps HiGHS' tolerances meaningful.
    big_m = 2 * max(np.abs(printed).max(), np.abs(constants).max()) + 1
    # A change of one unit needs z ≥ 1/M, and hours times their rate move an amount by one unit with far less: under
    # HiGHS' default integrality tolerance (1e-6) such a z counts as 0 (a scan's runner-up came out 8, not 9; a
    # cent in a total went unseen).  Within the tolerance an hour count may move by M × tolerance uncounted, and its
    # amount by that times the rate: the tolerance keeps that under a tenth of a unit.  Without hours among the
    # unknowns the default stands, as it always has (a tighter one makes HiGHS print debugging lines on the
    # 993-page synthetic werkplan).
    largest_factor = max((abs(float(factor)) for e in equations for _, factor in e.factors), default=0.0)
    tolerance = max(min(1e-6, 0.1 / (big_m * max(1.0, largest_factor))), 1e-10) if largest_factor else 1e-6
    program = _Program(n, conf.time_limit, tolerance)
    program.add_rows(matrix.rows, matrix.columns, matrix.values, constants, constants)  # every equation holds
    each = np.arange(n)
    pair = (np.repeat(each, 2), np.ravel(np.column_stack([each, n + each])))  # rows and columns of x and z
    program.add_rows(*pair, np.tile([1.0, -big_m], n), np.full(n, -np.inf), printed)  # x − printed ≤ M·z
    program.add_rows(*pair, np.tile([1.0, big_m], n), printed, np.full(n, np.inf))  # printed − x ≤ M·z
    program.bounds(np.concatenate([printed - big_m, np.zeros(n)]), np.concatenate([printed + big_m, np.ones(n)]))
    sets: list[list[Change]] = []
    smallest = runner_up = None
    solvable = True
    while True:
        x = program.solve()
        if x is None:  # infeasible (or out of time): no further explanation
            solvable = bool(sets)
            break
        # A number counts as changed when its z says so or its value moved (within the tolerance z may not).
        changed = [i for i in range(n) if x[n + i] > 0.5 or abs(x[i] - printed[i]) >= 0.5]
        if not changed:  # the equations hold only within the solver's tolerances: nothing to cut off
            solvable = bool(sets)
            break
        values = _consistent(matrix, constants, printed, changed)  # None: not whole, no explanation (see the module)
        if smallest is not None and len(changed) > smallest:
            runner_up = len(changed) if values is not None else None
            break
        if values is not None:
            smallest = len(changed) if smallest is None else smallest
            sets.append(sorted((Change(ids[i], _in_units(printed[i], unit), _in_units(v, unit))
                                for i, v in zip(changed, values, strict=False)),
                               key=lambda change: change.number_id))
            if len(sets) >= conf.max_sets:
                break
        cut = [n + i for i in changed]  # not all of these change
        program.add_rows(np.zeros(len(cut), dtype=int), np.array(cut), np.ones(len(cut)), [-np.inf], [len(changed) - 1])
    # In the numbers' order, not the solver's: a diagnosis's id is its place, the same from one solver version to the
    # next (HiGHS itself found sets of one size in another order in 16 of 150 random systems than scipy's).
    sets.sort(key=lambda changes: [change.number_id for change in changes])
    return Localization(sets, runner_up, len(equations), time.perf_counter() - started, solvable)
