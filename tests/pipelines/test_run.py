import pytest

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
