import pytest

from pipelines.run import run_pipeline
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


@pytest.mark.parametrize("show", [True, False])
def test_progress_only_when_asked(tmp_path, capsys, show):
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    result = run_pipeline(pdf, tmp_path / "out", show_progress=show)
    err = capsys.readouterr().err
    assert ("reading PDF" in err) is show
    assert set(result.timings) == {"extract", "second reading", "normalise", "validate", "report", "write"}
    assert result.summary["checks_failed"] == 0


def test_not_on_a_pipe_by_default(tmp_path, capsys):
    pdf = tmp_path / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    run_pipeline(pdf, tmp_path / "out")  # pytest's stderr is not a terminal
    assert capsys.readouterr().err == ""
