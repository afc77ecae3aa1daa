"""The same werkplan in other typesettings gives the same datasets as the bundled PDF.

Every dataset is compared item by item (a row, keyed by its id), apart from page
numbers, boxes and what depends on the file itself (hash, page count, the second
reading).  Section texts are compared word for word.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.compare_datasets import compare_datasets, run_datasets, without_cents
from tests.typesettings import HOUSE_STYLE, TABLE_LOOKS, TAGGED, TYPESETTINGS, build_table_look, seed_blocks


@pytest.fixture(scope="session")
def typeset_datasets(typeset_extractions):
    """Datasets and validation of each typesetting, once per session."""
    return {name: run_datasets(extraction) for name, extraction in typeset_extractions.items()}


def _heading(extraction, title: str):
    return next(h for h in extraction.headings if h.text == title)


def test_the_typesettings_show_what_they_are_meant_to(typeset_extractions):
    """Each look really has the trait it stands for, as read back from its PDF."""
    from extract.pdf.headings import body_size, line_style
    from extract.pdf.structure import read_structure
    from extract.werkplan import ids

    bold = typeset_extractions["bold-body-size"]
    body = body_size(bold.document)
    leeswijzer = _heading(bold, "Leeswijzer")
    assert leeswijzer.style[1] and leeswijzer.size == body  # bold at the body size
    def starts(page):
        return [line.x0 for line in page.lines if len(line.text) > 20]

    columns = [page.number for page in bold.document.pages
               if starts(page) and max(starts(page)) - min(starts(page)) > 0.3 * page.width]
    assert columns  # a section set in two columns, read column by column

    word = typeset_extractions["word-default"]
    body = body_size(word.document)
    inleiding, vraagstuk = _heading(word, "Inleiding"), _heading(word, "1. Vraagstuk")
    assert not inleiding.style[1] and inleiding.size > body and inleiding.style[4] not in ((0,), (0, 0, 0))
    assert vraagstuk.style[2] and vraagstuk.size == body  # italic at the body size

    small = typeset_extractions["small-lowest-level"]
    assert _heading(small, "1. Vraagstuk").size < body_size(small.document)
    assert any(t.page_end > t.page_start for t in small.tables)  # a budget table over a page end

    house = typeset_extractions[HOUSE_STYLE]
    document = house.document
    assert read_structure(document.path) is None  # untagged: headings only from typography
    assert all((page.width, page.height) == (612, 792) for page in document.pages)  # US Letter
    body = body_size(document)
    leeswijzer = _heading(house, "Leeswijzer")
    style = leeswijzer.style  # (family, bold, italic, size, colour)
    assert not style[1] and not style[2] and leeswijzer.size == body and "dejavu" in style[0].lower()
    assert style[4] != line_style(next(ln for ln in document.lines() if ln.size == body))[4]
    # A rule drawn under the heading (a CSS border: an even-odd frame), not a box behind its text.
    line = leeswijzer.lines[-1]
    page = next(p for p in document.pages if p.number == leeswijzer.page)
    fills = [r for r in page.rects if r.fill and r.x0 <= line.x0 and r.x1 >= line.x1]
    assert any(r.bottom - r.top < 2 and 0 <= r.top - line.bottom < 6 for r in fills)
    assert not any(r.top <= line.top and r.bottom >= line.bottom for r in fills)
    # Budget tables without a grid but with zebra-striped rows: light grey fills behind every other row.
    table = next(t for t in house.tables if t.page_start == t.page_end and len(t.rows) > 6)
    page = next(p for p in document.pages if p.number == table.page_start)
    table_id = ids.in_document(house.document_id, table.table_id)
    rows = [ln for ln in page.lines if house.line_tables.get(id(ln)) == table_id]
    grey = [r for r in page.rects if r.fill and len(set(r.fill)) == 1 and 0.8 < r.fill[0] < 0.95]
    striped = [any(r.top <= (ln.top + ln.bottom) / 2 <= r.bottom for r in grey) for ln in rows]
    assert sum(striped) >= 3 and len(striped) - sum(striped) >= 3
    # Planned months shaded teal (green over red), not the bundled PDF's blue.
    planned = next(row for row in house.planning[0].table.rows if row.planned)
    page = next(p for p in document.pages if p.number == planned.page)
    cells = [r for r in page.rects if r.fill and planned.top <= (r.top + r.bottom) / 2 <= planned.bottom
             and r.x0 >= planned.planned[0].x0 - 5]
    assert cells and all(r.fill[1] > r.fill[0] for r in cells)
    # A footer "… pagina N" at the foot of most pages instead of a running header.
    footers = [ln for p in document.pages for ln in p.furniture if ln.top > 0.9 * p.height]
    assert len(footers) > 0.8 * document.page_count and all("pagina" in ln.text for ln in footers)
    assert not any(ln.bottom < 0.1 * p.height for p in document.pages for ln in p.furniture)


@pytest.mark.parametrize("name", [*TYPESETTINGS, TAGGED, HOUSE_STYLE])
def test_same_datasets_as_bundled_pdf(name, typeset_datasets, datasets_2023, capsys):
    assert_same_datasets(name, typeset_datasets[name], datasets_2023, capsys)


def assert_same_datasets(name: str, frames: dict, datasets_2023, capsys, normalise=lambda frame: frame) -> None:
    """Every dataset of ``frames`` equals the bundled PDF's, item by item (both passed through ``normalise``)."""
    assert "validation_error" not in frames, frames.get("validation_error")
    frames = {name: normalise(frame) if isinstance(frame, pd.DataFrame) else frame for name, frame in frames.items()}
    expected = {name: normalise(frame) for name, frame in datasets_2023.frames.items()}
    comparison = compare_datasets(name, expected, frames)
    with capsys.disabled():
        print("\n" + "\n".join(comparison.report()))
    assert comparison.exact, comparison.failures()


@pytest.fixture(scope="session")
def table_look_datasets(tmp_path_factory, datasets_2023):
    """Datasets and validation of the werkplan in each table look, once per session."""
    from extract.werkplan.extraction import extract_werkplan

    folder = tmp_path_factory.mktemp("table-looks")
    blocks = seed_blocks(datasets_2023.frames["planning"])
    return {name: run_datasets(extract_werkplan(build_table_look(name, blocks, folder / f"werkplan-2023-{name}.pdf")))
            for name in TABLE_LOOKS}


@pytest.mark.parametrize("name", TABLE_LOOKS)
def test_same_datasets_as_bundled_pdf_whatever_the_table_words_and_marks(name, table_look_datasets, datasets_2023,
                                                                       capsys):
    frames = table_look_datasets[name]
    assert_same_datasets(name, frames, datasets_2023, capsys,
                         without_cents if TABLE_LOOKS[name].cents else lambda frame: frame)
    planning = frames["planning"]
    assert (len(planning), int(planning["planned"].sum())) == (1321, 462)
