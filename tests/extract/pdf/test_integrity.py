"""The file's own structure against what was read: page numbers from the page tree, damage named."""

import threading
import time
from collections import Counter

import pdfplumber
import pytest

from extract.pdf import document as document_module
from extract.pdf.headings import body_size
from extract.pdf.integrity import check_integrity, read_checked, readable_copy
from extract.pdf.model import InputError
from extract.werkplan.extraction import extract_werkplan
from tests import damage
from tests.conftest import PDF_2023
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    """A five-page werkplan (title page, Begroting, Bijlage) and what is read from it."""
    pdf = tmp_path_factory.mktemp("sound") / "werkplan-2030.pdf"
    build_pdf(pdf, werkplan_blocks())
    return pdf, extract_werkplan(pdf)


def _rows(extraction) -> Counter:
    """Budget rows as (page, label, amount as printed)."""
    return Counter((r.page, r.label_raw, r.cells["amount"].raw) for t in extraction.tables for r in t.rows)


def test_a_sound_file_has_no_damage(sound):
    pdf, extraction = sound
    integrity = extraction.integrity
    assert (integrity.slots, integrity.pages_read, integrity.tree_count) == (5, 5, 5)
    assert (integrity.damage, integrity.missing, integrity.image_only_pages) == ([], [], [])


def test_page_numbers_come_from_the_page_tree_when_a_page_object_is_gone(sound, tmp_path):
    pdf, extraction = sound
    broken = tmp_path / "werkplan-2030.pdf"
    broken.write_bytes(damage.delete_page(pdf.read_bytes(), 1))
    damaged = extract_werkplan(broken)
    assert [p.number for p in damaged.document.pages] == [1, 3, 4, 5]
    assert damaged.integrity.missing == [2]
    assert damaged.integrity.damage == ["page objects missing from the file: page 2 of 5 (page numbers follow the "
                                        "page tree)"]
    rows = _rows(damaged)
    assert {page for page, _, _ in rows} == {3, 4, 5}
    assert rows <= _rows(extraction)  # every row read is in the sound file, on the same page


def test_a_rebuilt_xref_and_a_wrong_page_count_are_named(sound, tmp_path):
    pdf = sound[0]
    broken = tmp_path / "werkplan-2030.pdf"
    broken.write_bytes(damage.wrong_count(damage.wrong_startxref(pdf.read_bytes())))
    integrity = extract_werkplan(broken).integrity
    assert "the cross-reference table was broken and had to be rebuilt" in integrity.damage
    assert "the page tree says 9 pages but lists 5" in integrity.damage


def test_image_only_pages_are_listed_and_a_scan_is_refused(sound, tmp_path):
    pdf = sound[0]
    scanned_page = tmp_path / "werkplan-2030.pdf"
    scanned_page.write_bytes(damage.add_image_page(pdf.read_bytes()))
    assert extract_werkplan(scanned_page).integrity.image_only_pages == [6]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(damage.all_images(pdf.read_bytes()))
    with pytest.raises(InputError) as refused:
        extract_werkplan(scan)
    assert str(refused.value) == (f"{scan}: no text layer (scanned?); give it one with OCR first, e.g. ocrmypdf "
                                  "--language nld scan.pdf scan-ocr.pdf")


def test_a_page_that_takes_too_long_is_refused(sound, monkeypatch):
    real = document_module.model_page

    def slow(raw_page, tolerance):
        if raw_page.number == 3:
            time.sleep(600)  # a parser spinning on this page
        return real(raw_page, tolerance)

    monkeypatch.setattr(document_module, "model_page", slow)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"werkplan-2030\.pdf: page 3 took longer than 5 s to read "
                                                 r"\(damaged PDF\?\)$"):
        read_checked(sound[0], settings={"page_seconds": 5})
    assert time.monotonic() - started < 60


def test_endless_nesting_is_refused(sound, monkeypatch):
    def deep(*args, **kwargs):
        return deep(*args, **kwargs)

    monkeypatch.setattr(document_module, "model_page", deep)
    with pytest.raises(InputError, match=r"werkplan-2030\.pdf: objects nested too deeply to read"):
        read_checked(sound[0])


def test_a_document_without_text_has_no_body_size_and_no_text_layer(sound):
    document = sound[1].document
    empty = type(document)(path=document.path, sha256=document.sha256, metadata={},
                           pages=[type(p)(number=p.number, width=p.width, height=p.height, lines=[])
                                  for p in document.pages])
    assert body_size(empty) == 0.0
    with pytest.raises(InputError, match="no text layer"):
        check_integrity(empty)


def test_the_readable_copy_keeps_a_lost_page_blank_and_drops_the_encryption(sound, tmp_path):
    pdf = sound[0]
    broken = tmp_path / "werkplan-2030.pdf"
    broken.write_bytes(damage.delete_page(pdf.read_bytes(), 1))
    integrity = extract_werkplan(broken).integrity
    with readable_copy(broken, None, integrity) as copy, pdfplumber.open(copy) as reread:
        headers = [(page.extract_text() or "").split("\n")[0] for page in reread.pages]
    assert headers == ["Werkplan Testplatform | 1 van 5", "", "Werkplan Testplatform | 3 van 5",
                       "Werkplan Testplatform | 4 van 5", "Werkplan Testplatform | 5 van 5"]
    encrypted = tmp_path / "versleuteld.pdf"
    build_pdf(encrypted, werkplan_blocks(), password="geheim")
    with readable_copy(encrypted, "geheim", extract_werkplan(encrypted, password="geheim").integrity) as copy:
        with pdfplumber.open(copy) as reread:
            assert reread.pages[0].extract_text().startswith("Werkplan Testplatform | 1 van 5")
    with readable_copy(pdf, None, sound[1].integrity) as copy:
        assert copy == pdf  # a sound file is read as it is


def test_a_page_tree_nested_deeper_than_the_limit_is_named(sound, tmp_path):
    pdf = sound[0]
    deep = tmp_path / "werkplan-2030.pdf"
    deep.write_bytes(damage.deep_page_tree(pdf.read_bytes(), 70))
    document, integrity = read_checked(deep)
    assert "the page tree nests deeper than 64 levels" in integrity.damage
    assert integrity.missing == [] and integrity.slots == 0


def slow_on_page_7(raw_page, tolerance):
    """The document model's page, after a parser spinning for ten minutes on page 7."""
    if raw_page.number == 7:
        time.sleep(600)
    return document_module.model_page(raw_page, tolerance)


def test_a_page_that_takes_too_long_in_a_worker_is_refused_from_any_thread(monkeypatch):
    # Read in worker processes (the bundled PDF has more pages than the workers take in one batch),
    # from a thread other than the main one, where no SIGALRM of this process could bound it.
    monkeypatch.setattr(document_module, "model_page", slow_on_page_7)
    failures = []
    started = time.monotonic()
    reading = threading.Thread(target=lambda: failures.append(_refusal(PDF_2023, 3)))
    reading.start()
    reading.join()
    assert failures == [f"{PDF_2023}: page 7 took longer than 3 s to read (damaged PDF?)"]
    assert time.monotonic() - started < 60


def _refusal(pdf, seconds: float) -> str | None:
    try:
        read_checked(pdf, settings={"page_seconds": seconds})
    except InputError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize("seed", [3, 7])
def test_a_page_whose_box_no_reader_but_pdfium_reads_is_one_damaged_page(sound, tmp_path, seed):
    pdf, extraction = sound
    broken = tmp_path / "werkplan-2030.pdf"
    broken.write_bytes(damage.break_media_box(pdf.read_bytes(), 1, seed))
    document, integrity = read_checked(broken)
    assert integrity.repaired_pages == [2]
    assert integrity.damage[0].startswith("page 2: pdfplumber could not read it (MalformedPDFException: Bounding box "
                                          "contains non-number coordinate(s)")
    assert integrity.damage[0].endswith("; only its text and filled rectangles read, with pdfium")
    # every other page as in the sound file, and page 2's words all there
    sound_pages = extraction.document.pages
    assert [[ln.text for ln in p.lines] for p in document.pages[2:]] == \
        [[ln.text for ln in p.lines] for p in sound_pages[2:]]
    words = lambda page: sorted(w.text for ln in page.lines + page.furniture for w in ln.words)  # noqa: E731
    assert words(document.pages[1]) == words(sound_pages[1])
