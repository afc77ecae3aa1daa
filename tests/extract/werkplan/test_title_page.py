"""The title page is found by the line naming the document and its year, whatever its style."""

import pytest
from reportlab.lib.styles import ParagraphStyle

from extract.werkplan.extraction import extract_werkplan
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan

TITLE_STYLES = {
    "larger than every heading": None,  # the factory's 30 pt title
    "smaller than the chapters": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12, leading=15),
    "set like the body text": ParagraphStyle("title", fontName="Helvetica", fontSize=10, leading=13),
}


@pytest.mark.parametrize("title_style", TITLE_STYLES)
def test_the_title_page_in_any_style(tmp_path, title_style):
    rows = budget_block([("Movisie", [("Senior", 95, 10)], 10, 22)], 0)
    blocks = small_werkplan(2026, [(1, "Jongeren", [("1.1", "Scholen", rows)])])
    blocks[1:1] = [("p", "Verwey-Jonker Instituut en Movisie"), ("p", "Utrecht, november 2025")]
    style = TITLE_STYLES[title_style]
    pdf = tmp_path / "werkplan-2026.pdf"
    build_pdf(pdf, blocks, styles={"title": style} if style else None)
    extraction = extract_werkplan(pdf)
    assert (extraction.year, extraction.title_page) == (2026, {
        "title": "Werkplan 2026",
        "platform": "Kennisplatform Inclusief Samenleven",
        "organisations": "Verwey-Jonker Instituut en Movisie",
        "place": "Utrecht",
        "date": "november 2025",
    })
    # The title page is a section of its own; the first chapter starts after it.
    assert [(s.kind, s.title) for s in extraction.sections][:2] == [("titlepage", "Werkplan 2026"),
                                                                    ("section", "Inleiding")]
