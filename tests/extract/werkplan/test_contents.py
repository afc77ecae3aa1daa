"""The table of contents linked to the headings found: by title, and where OCR garbled a title, by place."""

from extract.pdf.toc import TocEntry
from extract.werkplan.contents import match_toc
from extract.werkplan.sections import Section


def _section(section_id: str, title: str, level: int, page: int) -> Section:
    return Section(id=section_id, parent_id=None, kind="section", number=None, title=title, level=level,
                   page_start=page, page_end=page)


def _entry(index: int, level: int, title: str, page: int) -> TocEntry:
    return TocEntry(index=index, level=level, title=title, printed_page=page, leader_as_text=True)


def test_an_entry_ocr_garbled_is_linked_to_the_one_heading_at_its_place():
    # The bundled PDF's 300-dpi scan: OCR read "Inleiding ....... 4" as "(AIEIINE annen EEE REECE …" and
    # "Overige project ....... 124" as "Overige PFOIGËE. erven …"; the ToC's later pages are one off the
    # headings' (9.3 printed 120, on page 119), and "Overige project" stands at the onderdelen's indent.
    sections = [_section("inleiding", "Inleiding", 1, 4), _section("leeswijzer", "Leeswijzer", 2, 4),
                _section("onderdeel-a", "Onderdeel A: Ontwikkeling en benutting van kennis", 1, 6),
                _section("9.3", "Project 9.3 Institutioneel racisme", 3, 119),
                _section("overige", "Overige project", 2, 122),
                _section("10.1", "1. Kennisdossier Roma, Sinti en woonwagenbewoners", 3, 122)]
    entries = [_entry(0, 1, "(AIEIINE annen EEE REECE TEEVEEESE", 4),
               _entry(1, 1, "Onderdeel A: Ontwikkeling en benutting van kennis … ev svvensovonsoon", 6),
               _entry(2, 3, "Project 9.3 Institutioneel racisme. annees sense", 120),
               _entry(3, 1, "Overige PFOIGËE. erven NEETER TEEN", 124),
               _entry(4, 3, "1. Kennisdossier Roma, Sinti en woonwagenbewoners……… sense", 124)]
    match_toc(entries, sections)
    assert [(e.section_id, e.actual_page) for e in entries] == [
        ("inleiding", 4), ("onderdeel-a", 6), ("9.3", 119), ("overige", 122), ("10.1", 122)]
    assert entries[1].title == "Onderdeel A: Ontwikkeling en benutting van kennis"  # cut where its heading ends
    # A text layer's entry (its leader no letters) that matches nothing stays unlinked.
    printed = [_entry(0, 1, "Woord vooraf", 4), _entry(1, 1, "Onderdeel A: Ontwikkeling en benutting van kennis", 6)]
    printed[0].leader_as_text = printed[1].leader_as_text = False
    match_toc(printed, sections)
    assert [e.section_id for e in printed] == [None, "onderdeel-a"]
