"""Another edition of the text (tests/editions.py): what it prints, and what it must give."""

from __future__ import annotations

import pytest

from tests.editions import Edition


@pytest.fixture(scope="module")
def blocks_2023(datasets_2023):
    from tests.typesettings import seed_blocks

    return seed_blocks(datasets_2023.frames["planning"])


def test_an_edition_is_drawn_from_its_seed_apart_from_the_look():
    assert Edition.draw(3) == Edition(seed=3, years=4, leave_out=4)
    assert Edition.draw(3) != Edition.draw(4)


def test_the_text_moves_its_years_on_and_leaves_out_the_drawn_plans_with_their_toc_entries(blocks_2023):
    edition = Edition(seed=3, years=4, leave_out=4)
    assert edition.describe(blocks_2023) == "edition 2027, project plans left out: 1.1, 1.2, 2.1, 9.2"
    text = edition.blocks(blocks_2023)
    assert [b.text for b in text if b.kind == "title"] == ["Werkplan 2027"]
    headings = [b.text for b in text if b.kind == "heading"]
    assert "Projecten 2027" in headings and "Projecten 2023" not in headings
    assert not any(h.startswith(("Project 1.1", "Project 1.2", "Project 2.1", "Project 9.2")) for h in headings)
    # The 2023 ToC prints 41 entries over 43 lines ("Project 2.1 … netwerkopbouw" / "informele organisaties").
    assert sum(b.kind == "toc" for b in blocks_2023) == 43
    assert sum(b.kind == "toc" for b in text) == 43 - 5
    # The Gantt charts plan months of 2022 and 2023 (some print no year).
    years = {year for b in text if b.kind == "planning" for year in b.rows[0].year if year is not None}
    assert years == {2026, 2027}


def test_the_expected_datasets_lose_the_plans_rows_and_keep_printed_numbers(blocks_2023, datasets_2023):
    frames = datasets_2023.frames
    expected = Edition(seed=3, years=4, leave_out=4).expected(frames, blocks_2023)
    assert "checks" not in expected and "check_failures" not in expected
    assert len(expected["projects"]) == 25 - 4
    assert len(expected["budget_tables"]) == 31 - 4
    assert set(expected["budget_tables"].document_id) == {"werkplan-2027"}
    assert not expected["budget_lines"].scope_id.isin(["project-1.1", "project-1.2", "project-2.1",
                                                       "project-9.2"]).any()
    assert list(expected["toc"].toc_entry_id[:10]) == [f"werkplan-2027/inhoud/{i:03d}" for i in range(10)]
    assert len(expected["toc"]) == 41 - 4
    toc_text = expected["sections"].loc[expected["sections"].kind == "toc", "text"].iloc[0]
    assert "Project 1.2: Identity Project" not in toc_text and "Project 2.2 Platform Eer en Vrijheid" in toc_text
    # Project 1.1's table is gone; the Begroting chapter's first table keeps its 2023 amounts as printed.
    first = expected["numbers"].iloc[0]
    assert first.raw == frames["numbers"].iloc[0].raw and first.number_id.startswith("werkplan-2027/")
    assert set(expected["planning"].year.dropna()) == {2026, 2027}
    assert expected["planning"].planning_id.iloc[0].startswith("werkplan-2027/planning/project-2.2/")
