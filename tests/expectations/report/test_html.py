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


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


def _all_shown(images) -> None:
    for index in range(images.count()):
        image = images.nth(index)
        image.scroll_into_view_if_needed()
        assert image.is_visible()
        assert image.evaluate("img => img.complete && img.naturalWidth > 300 && img.naturalHeight > 40")


def test_report_leads_with_the_diagnosis_and_its_crop_and_loads_nothing_from_the_network(broken_run, browser):
    report = broken_run.report
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    assert page.title() == "Kwaliteitsrapport werkplan-2030"
    [diagnosis] = page.locator("div.diagnosis").all()
    assert diagnosis.locator("h3").inner_text() == "1 gedrukt getal verklaart 3 gefaalde vergelijkingen"
    assert diagnosis.locator("td.printed").all_inner_texts() == ["4.650"]
    assert diagnosis.locator("td.consistent").all_inner_texts() == ["4.560"]
    crops = diagnosis.locator("figure.diagnosis-crop img")
    assert crops.count() == 1
    _all_shown(crops)
    assert "gedrukt 4.650, klopt met 4.560" in diagnosis.locator("figure.diagnosis-crop").inner_text()
    # the failed comparisons follow inside the diagnosis that explains them
    failures = diagnosis.locator("div.failure")
    assert failures.count() == 3
    assert failures.nth(0).locator("h4").inner_text() == (
        "amount_is_rate_times_hours: werkplan-2030/project-1.1 regel 0 (Verwey-Jonker Instituut Senior onderzoeker)")
    assert failures.nth(0).locator("td.num").all_inner_texts()[:3] == ["4.650", "4.560", "90"]
    _all_shown(failures.locator("img"))
    assert page.locator("div.failure").count() == 3  # none left without a diagnosis
    assert page.locator("td.failed", has_text="gefaald").count() == 3
    page.locator("#tables-link").click()
    page.wait_for_load_state("load")
    assert page.title() == "Tabel voor tabel werkplan-2030"
    views = page.locator("section.table-view")
    assert views.count() == len(broken_run.datasets.frames["budget_tables"]) + 1 == 8  # and the overview
    _all_shown(page.locator("section.table-view img"))
    [marked] = page.locator("td.diagnosis").all()
    assert marked.inner_text() == "4.650 → 4.560"
    page.close()
    assert requests == [report.as_uri(), report.with_name("tables.html").as_uri()]


def test_report_markdown_and_json(broken_run):
    folder = broken_run.report.parent
    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert "### 1 gedrukt getal verklaart 3 gefaalde vergelijkingen" in markdown
    assert "#### amount_is_rate_times_hours: werkplan-2030/project-1.1 regel 0" in markdown
    assert "- gedrukt 4.650, verwacht 4.560, verschil 90" in markdown
    payload = json.loads((folder / "validation.json").read_text(encoding="utf-8"))
    assert payload["summary"]["checks_failed"] == 3
    assert (payload["summary"]["diagnoses"], payload["summary"]["comparisons_explained"]) == (1, 3)
    [change] = payload["diagnoses"][0]["changes"]
    assert (change["number_id"], change["printed"], change["consistent"]) == (
        "werkplan-2030/project-1.1/000/amount", 4650, 4560)
    assert change["hours_alternative"] is None  # 4.650 is no whole number of hours at 114
    check = next(c for c in payload["checks"] if c["name"] == "amount_is_rate_times_hours")
    assert check["status"] == "failed"
    assert check["failures"][0]["evidence"][0] == "werkplan-2030/project-1.1/000/amount"
    assert check["great_expectations"][0]["expectation_config"]["type"] == "expect_column_pair_values_to_be_equal"
    assert check["great_expectations"][0]["result"]["unexpected_count"] == 1
    html = broken_run.report.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html


SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(2)>'


def _escaped(text: str) -> str:
    """reportlab reads markup in paragraphs: escape it so the PDF prints the text itself."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """A werkplan whose project title holds a script tag and whose role label an img with onerror."""
    folder = tmp_path_factory.mktemp("hostile")

    def mutate(tables, overview):
        tables["project-1.1"].printed[0][1] = "Senior onderzoeker " + _escaped(IMAGE)
        tables["project-1.1"].printed[0][4] = "4.650"

    blocks = [("h3", f"{block[1]} {_escaped(SCRIPT)}") if block[:2] == ("h3", "Project 1.1 Vaders") else block
              for block in werkplan_blocks(mutate)]
    pdf = folder / "werkplan-2030.pdf"
    build_pdf(pdf, blocks)
    return run_pipeline(pdf, folder / "out")


def test_text_from_the_pdf_is_escaped_in_both_html_files(hostile_run, browser):
    lines = hostile_run.datasets.frames["budget_lines"]
    assert lines["label_raw"].str.contains(IMAGE, regex=False).any()  # the PDF text did reach the datasets
    assert hostile_run.datasets.frames["budget_tables"]["scope_title"].str.contains(SCRIPT, regex=False).any()
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for name, shown in (("report.html", IMAGE), ("tables.html", SCRIPT)):
        page.goto(hostile_run.report.with_name(name).as_uri())
        page.wait_for_load_state("load")
        assert page.locator("script").count() == 0
        assert page.locator("img[onerror]").count() == 0
        assert shown in page.locator("body").inner_text()
    page.close()
    assert dialogs == []
