"""A child process of a run writes nothing to the terminal, on either stream, unless ``--debug``."""

import os
import subprocess
import sys

from extract.quiet import DEBUG_VARIABLE
from tests.conftest import ROOT

# What a C library writes past Python (HiGHS, scipy's solver, prints this line on its standard output
# whatever its output options say), and a traceback of a dying process.
CHILD = """
import os, sys
from extract.quiet import quiet_logging
quiet_logging()
os.write(1, b"HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();\\n")
print("print", flush=True)
os.write(2, b"Traceback (most recent call last):\\n")
"""


def _child(debug: bool) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != DEBUG_VARIABLE}
    return subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**env, "PYTHONPATH": str(ROOT), **({DEBUG_VARIABLE: "1"} if debug else {})})


def test_a_quiet_child_writes_nothing_on_its_standard_output_or_error():
    quiet = _child(debug=False)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_with_debug_the_child_speaks():
    spoken = _child(debug=True)
    assert spoken.stdout == "HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();\nprint\n"
    assert spoken.stderr == "Traceback (most recent call last):\n"
