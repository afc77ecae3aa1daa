from pathlib import Path

import pytest

from pipelines.progress import progress_bars
from pipelines.run import run_pipeline
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


@pytest.fixture(scope="module")
def consistent_pdf(tmp_path_factory):
    pdf = tmp_path_factory.mktemp("consistent") / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    return pdf


def test_progress_goes_to_the_callback_and_nothing_to_the_terminal(consistent_pdf, tmp_path, capsys):
    calls = []
    result = run_pipeline(consistent_pdf, tmp_path / "out", progress=lambda done, total: calls.append((done, total)))
    pages = result.datasets.metadata["page_count"]
    assert calls == [(page, pages) for page in range(1, pages + 1)]
    assert capsys.readouterr().err == ""
    assert set(result.timings) == {"extract", "second reading", "normalise", "validate", "report", "write"}
    assert result.summary["checks_failed"] == 0


def test_bars_one_per_document_on_a_terminal(capsys):
    with progress_bars(show=True) as progress:
        for done in (1, 2):
            progress(Path("werkplan-2030.pdf"), done, 2)
            progress(Path("werkplan-2031.pdf"), done, 2)
    err = capsys.readouterr().err
    assert "reading werkplan-2030.pdf" in err and "reading werkplan-2031.pdf" in err


def test_no_bars_on_a_pipe():
    with progress_bars() as progress:  # pytest's stderr is not a terminal
        assert progress is None
