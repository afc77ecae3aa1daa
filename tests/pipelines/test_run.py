import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.werkplan import extraction as extraction_module
from pipelines.run import run_pipeline
from pipelines.settings import RunOptions
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


@pytest.fixture(scope="module")
def consistent_pdf(tmp_path_factory):
    pdf = tmp_path_factory.mktemp("consistent") / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    return pdf


def test_progress_goes_to_the_callback_and_nothing_to_the_terminal(consistent_pdf, tmp_path, capsys):
    calls = []
    result = run_pipeline(consistent_pdf, tmp_path / "out",
                          RunOptions(progress=lambda *call: calls.append(call)))
    pages = result.datasets.metadata["page_count"]
    assert calls == [(page, pages, "reading") for page in range(1, pages + 1)]  # a text layer: no OCR
    assert capsys.readouterr().err == ""
    # ocr: the look for a text layer (the PDF has one: nothing OCR'd)
    assert list(result.timings) == ["ocr", "read", "normalise", "second reading", "verify", "report", "publish"]
    assert result.timings["ocr"] < 1
    assert result.summary["checks_failed"] == 0


def test_the_main_process_imports_neither_great_expectations_camelot_the_solver_nor_sqlalchemy(consistent_pdf,
                                                                                              tmp_path):
    # A fresh interpreter: this test session imports them for other tests.  The run's side processes
    # import the first four (scipy with great-expectations); SQLAlchemy only a run with --db.
    probe = f"""
import sys
from pipelines.cli import main
main(["run", {str(consistent_pdf)!r}, "--out", {str(tmp_path / "out")!r}], standalone_mode=False)
print(sorted(name for name in ("great_expectations", "camelot", "highspy", "scipy", "sqlalchemy")
             if name in sys.modules))
"""
    output = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parents[2]).stdout
    assert output.splitlines()[-1] == "[]"
    assert "checks: 15 passed, 0 failed" in output


def test_a_run_in_a_process_with_no_later_run_lets_go_of_the_word_lists_once_the_document_is_read(consistent_pdf,
                                                                                                   tmp_path):
    # Loaded by the reading and kept for a later run of the process; a process with no later run (the
    # werkplan command) drops it before the checks (pyphen's patterns too: this PDF has no line-end hyphen).
    probe = f"""
from extract.pdf.text import dutch_words
from pipelines.processes import keep_between_runs
from pipelines.run import run_pipeline

for keep, out in ((True, "kept"), (False, "dropped")):
    keep_between_runs(keep)
    run_pipeline({str(consistent_pdf)!r}, {str(tmp_path)!r} + "/" + out)
    print(out, dutch_words.cache_info().currsize)
"""
    output = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parents[2]).stdout
    assert output.splitlines()[-2:] == ["kept 1", "dropped 0"]


def test_a_mistake_in_the_extraction_code_is_not_reported_as_an_unreadable_pdf(consistent_pdf, tmp_path, monkeypatch):
    # A KeyError in our own code (here: the overview finder) must surface as itself, with its traceback,
    # not as "cannot be read" about a sound file.
    def broken(document, settings):
        raise KeyError("a mistake in the overview finder")

    monkeypatch.setattr(extraction_module, "find_overview", broken)
    with pytest.raises(KeyError, match="overview finder"):
        run_pipeline(consistent_pdf, tmp_path / "out")
    assert not (tmp_path / "out" / "werkplan-2030").exists()


def test_the_validation_settings_reach_the_checks(consistent_pdf, tmp_path):
    # The consistent werkplan's project tables add up to Onderdeel A's "projecten" segment; told that
    # they add up to its "impact" segment, the run's rollup check fails, and only that one.
    result = run_pipeline(consistent_pdf, tmp_path / "out",
                          RunOptions(settings={"validation": {"projects_segment": "impact"}}))
    checks = result.datasets.frames["checks"]
    assert list(checks.loc[checks["status"] == "failed", "name"]) == ["projects_add_up_to_projects_segment"]
    package = json.loads((result.output / "datapackage.json").read_text(encoding="utf-8"))
    assert package["werkplan:settings"]["validation"] == {"projects_segment": "impact"}
