"""OCR misreads: named by the error localization as likely misreads, and low-confidence numbers no sum proves."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest

from expectations.report.html import write_report
from expectations.verify.checks import all_checks, proven_numbers
from expectations.verify.localize import ocr_confusion
from expectations.verify.quality import review_reasons, unproven_numbers
from extract.pdf.ocr import OcrReading, OcrWord
from extract.werkplan.extraction import extract_werkplan
from extract.werkplan.numbers import dutch
from pipelines.normalise.datasets import build_datasets
from pipelines.validation import validate_datasets
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


@pytest.mark.parametrize("printed, consistent, confusion", [
    (8388, 888, "digit inserted"),  # 74 hours × 12 in project 9.1, as a 300-dpi scan was once read
    (888, 8388, "digit dropped"),
    (12582, 12852, "digits swapped"),
    (3300, 8300, "3 for 8"),
    (8300, 3300, "8 for 3"),
    (1750, 1150, "7 for 1"),
    (1080, 1000, "8 for 0"),
    (6465, 5465, "6 for 5"),
    (Decimal("114.05"), Decimal("114.50"), "digits swapped"),
    (12852, 12633, None),  # Onderdeel E's external costs in 2023: an error in the document, no misread
    (4750, 4550, None),  # 6 for 5 is a confusion, 7 for 5 not
    (-888, 888, None),
    (888, 888, None),
])
def test_a_typical_ocr_confusion_is_named(printed, consistent, confusion):
    assert ocr_confusion(printed, consistent) == confusion


@pytest.mark.parametrize("printed, consistent, confusion", [
    (124, 121, "4 for 1"),  # project 1.1's 121 staff costs' and overhead hours in the 300-dpi scan (0.69, 0.77)
    (134, 121, None),  # two digits read otherwise: no one misread
    (1241, 121, "digit inserted"),
])
def test_in_a_number_ocr_doubted_any_one_digit_may_be_read_for_another(printed, consistent, confusion):
    assert ocr_confusion(printed, consistent, doubted=True) == confusion
    assert ocr_confusion(124, 121) is None  # read surely, 4 for 1 is no typical confusion


@pytest.fixture(scope="module")
def consistent(tmp_path_factory):
    pdf = tmp_path_factory.mktemp("misread") / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    return extract_werkplan(pdf)


def _as_if_ocr(extraction, confidence: float) -> OcrReading:
    """An OCR reading whose one word on each page covers the page, read with ``confidence``."""
    words = {page.number: [OcrWord("woord", 0, 0, page.width, page.height, confidence)]
             for page in extraction.document.pages}
    return OcrReading(source=extraction.document.path, source_sha256=extraction.document.sha256,
                      path=extraction.document.path, language="nld", versions={"tesseract": "5"}, forced=False,
                      words=words)


def _misprint(datasets, amount: int, printed: int, column: str = "amount"):
    """The datasets with ``column`` of the first budget line of ``amount`` printed as ``printed``."""
    lines = datasets.frames["budget_lines"].copy()
    row = lines.index[lines["amount"] == amount][0]
    lines.loc[row, column] = printed
    numbers = datasets.frames["numbers"].copy()
    numbers.loc[numbers["number_id"] == f"{lines.loc[row, 'line_id']}/{column}", "value"] = printed
    datasets.frames = {**datasets.frames, "budget_lines": lines, "numbers": numbers}
    return lines.loc[row, "line_id"]


def _report_and_crop(folder, validation, datasets, extraction) -> tuple[str, str]:
    """The report written to ``folder`` (its whitespace as single spaces) and its one diagnosis crop, an image."""
    write_report(folder, validation, datasets.frames, datasets.metadata, extraction.document.path)
    report = " ".join((folder / "report.html").read_text(encoding="utf-8").split())
    [crop] = re.findall(r'<figure class="crop diagnosis-crop">.*?</figure>', report)
    assert "data:image/" in crop
    return report, crop


@pytest.mark.parametrize("ocr, label", [(True, "digit inserted"), (False, None)])
def test_a_wrong_number_read_by_ocr_is_a_likely_misread_and_printed_it_is_an_error(consistent, ocr, label,
                                                                                   tmp_path):
    datasets = build_datasets(consistent, ocr=_as_if_ocr(consistent, 0.62) if ocr else None)
    amounts = datasets.frames["budget_lines"]["amount"]
    amount = int(next(a for a in amounts[datasets.frames["budget_lines"]["row_kind"] == "staff"] if a >= 100))
    digits = str(amount)
    wrong = int(digits[0] + "3" + digits[1:])  # a 3 inserted, as 888 was read 8388
    line_id = _misprint(datasets, amount, wrong)
    validation = validate_datasets(datasets, consistent.year)
    [diagnosis] = validation.diagnoses
    [change] = diagnosis["changes"]
    assert (change["number_id"], change["printed"], change["consistent"]) == (f"{line_id}/amount", wrong, amount)
    assert change["likely_misread"] == label
    assert change["ocr_confidence"] == (0.62 if ocr else None)
    # The report shows the crop beside the value read and the consistent one, and says which it likely is.
    report, crop = _report_and_crop(tmp_path, validation, datasets, consistent)
    read = f"{'gelezen' if ocr else 'gedrukt'} {dutch(wrong)}, klopt met {dutch(amount)}"
    assert read + (" (waarschijnlijk verkeerd gelezen)" if ocr else "") + "</figcaption>" in crop
    assert ("waarschijnlijk verkeerd gelezen (cijfer ingevoegd), geen fout in het document; zekerheid 0.62"
            in report) == ocr


def test_low_confidence_numbers_no_sum_covers_are_unproven(consistent):
    datasets = build_datasets(consistent, ocr=_as_if_ocr(consistent, 0.5))
    numbers = datasets.frames["numbers"]
    covered = proven_numbers(all_checks(datasets.frames))
    assert set(numbers["number_id"]) <= covered  # in a werkplan read whole, every number is in some sum
    assert unproven_numbers(numbers, covered) == []
    alone = numbers["number_id"].iloc[0]
    [signal] = unproven_numbers(numbers, covered - {alone})
    assert (signal.kind, signal.evidence) == ("ocr_unproven", [alone])
    assert unproven_numbers(numbers.assign(ocr_confidence=0.95), covered - {alone}) == []
    assert unproven_numbers(numbers.assign(ocr_confidence=None), set()) == []  # the PDF's own text: not OCR


def test_a_low_confidence_number_only_failing_sums_hold_is_unproven(consistent):
    # A staff line's hours misread, as the bundled PDF's 300-dpi scan read project 1.1's 121 hours as 124:
    # its rate × hours comparison fails, so nothing proves its digits.
    datasets = build_datasets(consistent, ocr=_as_if_ocr(consistent, 0.69))
    staff = datasets.frames["budget_lines"][datasets.frames["budget_lines"]["row_kind"] == "staff"].iloc[0]
    line_id = _misprint(datasets, staff["amount"], staff["hours"] + 3, column="hours")
    proven = proven_numbers(all_checks(datasets.frames))
    assert f"{line_id}/hours" not in proven
    [signal] = unproven_numbers(datasets.frames["numbers"], proven)
    assert signal.kind == "ocr_unproven" and f"{line_id}/hours" in signal.evidence
    # Digits nothing proves send the document to review: not published as sound.
    assert review_reasons([dataclasses.asdict(signal)]) == [f"ocr_unproven: {signal.subject}"]


def _hours_misprinted(consistent, confidence: float | None):
    """The datasets with project 1.1's Movisie staff costs, 10 × 30 hours = 300, printed (or read, with
    ``confidence``) as 34 hours, as the bundled PDF's scan read 121 as 124; and the line's id."""
    datasets = build_datasets(consistent, ocr=None if confidence is None else _as_if_ocr(consistent, confidence))
    line_id = _misprint(datasets, 300, 34, column="hours")
    assert line_id == "werkplan-2030/project-1.1/005"
    return datasets, line_id


@pytest.mark.parametrize("confidence, label", [(0.69, "4 for 0"), (0.95, None)])
def test_misread_hours_are_diagnosed_at_their_rate_and_labelled_where_ocr_doubted_them(consistent, confidence, label,
                                                                                       tmp_path):
    # Read by OCR, the hours are the one number to change; a likely misread where OCR doubted them (4 for 0 is no
    # typical confusion).
    datasets, line_id = _hours_misprinted(consistent, confidence)
    validation = validate_datasets(datasets, consistent.year)
    [diagnosis] = validation.diagnoses
    [change] = diagnosis["changes"]
    assert (change["number_id"], change["field"], change["printed"], change["consistent"]) == (
        f"{line_id}/hours", "hours", 34, 30)
    assert (change["likely_misread"], change["hours_alternative"]) == (label, None)
    assert len(diagnosis["explains"]) == 3  # rate × hours, staff costs' hours, the projecten segment's hours
    report, crop = _report_and_crop(tmp_path, validation, datasets, consistent)
    assert f"gelezen 34, klopt met 30{' (waarschijnlijk verkeerd gelezen)' if label else ''}</figcaption>" in crop
    assert "<td>de uren zelf, tegen 10 per uur</td>" in report


def test_hours_printed_wrongly_in_a_pdfs_own_text_are_held_as_printed(consistent):
    # A typeset document's hours are held (its localization stays as fast as ever): 10 × 34 prices no amount the
    # sums allow, so there is no diagnosis, and the failures stay listed.
    datasets, _ = _hours_misprinted(consistent, None)
    validation = validate_datasets(datasets, consistent.year)
    assert validation.diagnoses == []
    assert (validation.summary["localizable"], validation.summary["comparisons_failed"]) == (False, 3)
