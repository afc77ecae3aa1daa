"""Eight real PDFs by other organisations, none a werkplan (../shared/real-world-pdfs/, its README says
what each is): each ends in exit 2 with exactly one line on stderr, as a user running the command sees it.

Run as ``werkplan run`` in a process of its own, so every process of the run writes to the
same terminal: a library's log line or a traceback from any of them would show.
"""

import os
import subprocess

import pytest

from tests.conftest import ROOT, WERKPLAN

REAL_WORLD = ROOT.parent / "shared" / "real-world-pdfs"
# What each is refused for, as known from the documents (their README).
EXPECTED = {
    "en-camelot-india-budget-2014-15.pdf": "not a werkplan",
    "en-tabula-frx-2012-disclosure.pdf": "not a werkplan",
    "nl-bbv-voorbeeldjaarrekening-gemeenten-2023.pdf": "not a werkplan",
    "nl-osa-beleidsplan-2025-2027.pdf": "not a werkplan",
    "nl-osa-jaarrekening-2023.pdf": "not a werkplan",
    "nl-osa-jaarrekening-2024.pdf": "not a werkplan",
    "nl-studiewijzer-ckv-2025.pdf": "not a werkplan",
    "nl-vws-woo-174020-opties-xlsx-ocr.pdf": "not a werkplan",
}


def test_the_folder_holds_the_eight_documents():
    assert sorted(p.name for p in REAL_WORLD.glob("*.pdf")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_real_pdf_that_is_not_a_werkplan_ends_in_one_line(name, tmp_path):
    pdf = REAL_WORLD / name
    run = subprocess.run([*WERKPLAN, "run", str(pdf),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300, check=False)
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""
    [line] = run.stderr.splitlines()
    assert line.startswith(f"werkplan: error: {pdf}: {EXPECTED[name]}")
    assert not (tmp_path / "out").exists()
