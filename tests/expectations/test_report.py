"""The audit report as a person sees it: rendered in a real headless Chromium (Debian's)."""

import json

import pytest
from playwright.sync_api import sync_playwright

from pipelines.run import run_pipeline
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory):
    """A built werkplan with one wrong amount (project 1.1, row 0: 4.650 for 114 × 40 = 4.560)."""
    folder = tmp_path_factory.mktemp("report")

    def mutate(tables, overview):
        tables["project-1.1"].printed[0][4] = "4.650"

    pdf = folder / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks(mutate))
    return run_pipeline(pdf, folder / "out")


def test_report_renders_with_failures_and_crops_and_nothing_from_the_network(broken_run):
    report = broken_run.report
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        assert page.title() == "Kwaliteitsrapport werkplan-2030"
        failures = page.locator("div.failure")
        assert failures.count() == 3
        assert failures.nth(0).locator("h3").inner_text() == (
            "amount_is_rate_times_hours: werkplan-2030/project-1.1 row 0 (Verwey-Jonker Instituut Senior onderzoeker)")
        assert failures.nth(0).locator("td.num").all_inner_texts()[:3] == ["4.650", "4.560", "90"]
        images = page.locator("div.failure img")
        assert images.count() >= 3
        for index in range(images.count()):
            image = images.nth(index)
            image.scroll_into_view_if_needed()
            assert image.is_visible()
            assert image.evaluate("img => img.complete && img.naturalWidth > 300 && img.naturalHeight > 40")
        assert page.locator("td.failed", has_text="failed").count() == 3
        browser.close()
    assert requests == [report.as_uri()]


def test_report_markdown_and_json(broken_run):
    folder = broken_run.report.parent
    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert "### amount_is_rate_times_hours: werkplan-2030/project-1.1 row 0" in markdown
    assert "- gedrukt 4.650, verwacht 4.560, verschil 90" in markdown
    payload = json.loads((folder / "validation.json").read_text(encoding="utf-8"))
    assert payload["summary"]["checks_failed"] == 3
    check = next(c for c in payload["checks"] if c["name"] == "amount_is_rate_times_hours")
    assert check["status"] == "failed"
    assert check["failures"][0]["evidence"][0] == "werkplan-2030/project-1.1/000/amount"
    assert check["great_expectations"][0]["expectation_config"]["type"] == "expect_column_pair_values_to_be_equal"
    assert check["great_expectations"][0]["result"]["unexpected_count"] == 1
    html = broken_run.report.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
