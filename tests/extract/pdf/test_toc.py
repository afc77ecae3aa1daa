"""Table of contents entries however the leader is set: dots in the text, drawn, none, or titles only.

Hand-made lines with the titles and printed pages of the 2023 werkplan's table of contents.
"""

from collections import Counter
from dataclasses import replace

import pytest

from extract.pdf.model import Line, Word
from extract.pdf.toc import TocEntry, entry_lines, title_ending_as, toc_key

ENTRIES = [("Inleiding", 4, 0), ("Onderdeel van een meerjarige programma", 4, 1),
           ("Totstandkoming werkplan 2023", 5, 1), ("Leeswijzer", 5, 1),
           ("Onderdeel A: Ontwikkeling en benutting van kennis", 6, 0), ("Onderdeel B: Portaalfunctie", 32, 0)]
RIGHT = 520.0  # where the page numbers end


def _line(top: float, x0: float, parts: list[tuple[str, float | None]], size: float = 10.0) -> Line:
    """Words at ``x0`` on; a part with an x sets its words from there (a number at the right margin)."""
    words, x = [], x0
    for text, at in parts:
        x = at if at is not None else x
        for token in text.split():
            words.append(Word(token, x, x + 5 * len(token), top, top + size, "Regular", size, (0,)))
            x += 5 * len(token) + 3
    return Line(page=2, words=words)


def _number(page: int) -> tuple[str, float]:
    return str(page), RIGHT - 5 * len(str(page))


def _toc(kind: str) -> list[Line]:
    lines = [_line(60, 50, [("Inhoud", None)], 16)]
    for n, (title, page, level) in enumerate(ENTRIES):
        x0 = 50 + 14 * level
        if kind == "text leaders":
            parts = [(f"{title}{'.' * 12}{page}", None)]
        elif kind == "titles only":
            parts = [(title, None)]
        else:  # a leader drawn as a graphic, or none: the number stands at the right margin
            parts = [(title, None), _number(page)]
        lines.append(_line(100 + 14 * n, x0, parts))
    return lines


def _body() -> list[Line]:
    """The headings again, each with a line of text after it."""
    lines = []
    for n, (title, _, _) in enumerate(ENTRIES):
        lines += [_line(300 + 30 * n, 50, [(title, None)], 12),
                  _line(315 + 30 * n, 50, [("Tekst van de sectie.", None)])]
    return lines


@pytest.mark.parametrize("kind", ["text leaders", "drawn or no leaders", "titles only"])
def test_entries_titles_levels_and_pages_whatever_the_leader(kind):
    entries = entry_lines(_toc(kind) + _body())
    assert [(e.title, e.level) for e in entries] == [(title, level + 1) for title, _, level in ENTRIES]
    pages = [page for _, page, _ in ENTRIES] if kind != "titles only" else [None] * len(ENTRIES)
    assert [e.printed_page for e in entries] == pages


def test_a_title_of_a_contents_of_titles_only_wrapped_before_a_capital_is_one_entry():
    # Look 7609 (A5, two columns): "Project 5.1 Monitor … Statushouders en" / "Gezinsmigranten in gemeenten", 4
    # points apart where entries stand 6 apart; the heading in the text wraps elsewhere, so the second line
    # stands nowhere further on.
    titles = ["Project 4.4 HRM-opleidingen", "Programmalijn 5. Gelijke kansen voor nieuwkomers",
              "Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en",
              "Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten"]
    toc = [_line(60, 50, [("Inhoud", None)], 16), _line(100, 64, [(titles[0], None)], 8),
           _line(114, 50, [(titles[1], None)], 8), _line(128, 64, [(titles[2], None)], 8),
           _line(140, 64, [("Gezinsmigranten in gemeenten", None)], 8), _line(154, 64, [(titles[3], None)], 8)]
    body = [_line(300, 50, [(titles[0], None)], 12), _line(330, 50, [(titles[1], None)], 12),
            _line(360, 50, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering", None)], 12),
            _line(375, 50, [("Statushouders en Gezinsmigranten in gemeenten", None)], 12),
            _line(400, 50, [(titles[3], None)], 12)]
    assert [e.title for e in entry_lines(toc + body)] == [
        *titles[:2], f"{titles[2]} Gezinsmigranten in gemeenten", titles[3]]


def test_a_title_of_a_contents_of_titles_only_wrapped_over_a_page_end_is_one_entry():
    # LibreOffice look 8633 (A5): "Project 5.1 Monitor Arbeidstoeleiding en inburgering" ends the contents' first
    # page, "Statushouders en Gezinsmigranten in gemeenten" opens its second, where the entries stand.  Read as an
    # entry of its own, the heading's last two lines were a section of their own, filed with project 10.1.
    titles = ["Programmalijn 5. Gelijke kansen voor nieuwkomers",
              "Project 5.1 Monitor Arbeidstoeleiding en inburgering",
              "Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten"]
    rest = "Statushouders en Gezinsmigranten in gemeenten"
    toc = [_line(60, 50, [("Inhoud", None)], 16), _line(100, 50, [(titles[0], None)], 8),
           _line(114, 64, [(titles[1], None)], 8),
           Line(page=3, words=_line(60, 64, [(rest, None)], 8).words),
           Line(page=3, words=_line(74, 64, [(titles[2], None)], 8).words)]

    def body(*texts: str) -> list[Line]:
        return [Line(page=9, words=_line(300 + 15 * n, 50, [(text, None)], 12).words) for n, text in enumerate(texts)]

    wrapped = body(titles[0], "Project 5.1 Monitor", "Arbeidstoeleiding en inburgering", "Statushouders en",
                   "Gezinsmigranten in gemeenten", titles[2])
    assert [e.title for e in entry_lines(toc + wrapped)] == [titles[0], f"{titles[1]} {rest}", titles[2]]
    # The heading wrapped so that no line of it begins the rest (LibreOffice look 8889: "… Arbeidstoeleiding" / "en
    # inburgering Statushouders en" / "Gezinsmigranten in gemeenten"): it still spells it after the title.  The
    # contents' reading stopped there, 16 of its lines unread (in review).
    otherwise = body(titles[0], "Project 5.1 Monitor Arbeidstoeleiding", "en inburgering Statushouders en",
                     "Gezinsmigranten in gemeenten", titles[2])
    assert [e.title for e in entry_lines(toc + otherwise)] == [titles[0], f"{titles[1]} {rest}", titles[2]]
    # Where the heading ends without it, the line opening the page is an entry of its own.
    apart = body(titles[0], titles[1], "1. Vraagstuk", rest, titles[2])
    assert [e.title for e in entry_lines(toc + apart)] == [*titles[:2], rest, titles[2]]
    # A numbered title opening the page is an entry, though its heading stands right under the one above
    # (LibreOffice looks 8531 and 8579: "Overige project" / "1. Kennisdossier …", "Programmalijn 8. …" / "Project
    # 8.1 …", each read as one entry).
    group, first = "Programmalijn 8. Samenleven in superdiversiteit", "Project 8.1 Publieke familiariteit in de wijk"
    toc = [_line(60, 50, [("Inhoud", None)], 16), _line(100, 50, [(titles[0], None)], 8),
           _line(114, 50, [(group, None)], 8), Line(page=3, words=_line(60, 50, [(first, None)], 8).words)]
    assert [e.title for e in entry_lines(toc + body(titles[0], group, first))] == [titles[0], group, first]


def test_a_title_wrapped_onto_the_line_with_its_number_is_one_entry():
    lines = [_line(100, 50, [("Inleiding", None), _number(4)]),
             _line(114, 50, [("Onderdeel A: Ontwikkeling en benutting van kennis en van nog veel meer", None)]),
             _line(128, 50, [("dingen", None), _number(6)]),
             _line(142, 50, [("Onderdeel B: Portaalfunctie", None), _number(32)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Inleiding", 4), ("Onderdeel A: Ontwikkeling en benutting van kennis en van nog veel meer dingen", 6),
        ("Onderdeel B: Portaalfunctie", 32)]


def test_a_title_wrapped_after_the_line_with_its_number_is_one_entry():
    # A layout that sets the number beside the title's first line: the rest follows in lower case.
    lines = [_line(100, 50, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering", None), _number(24)]),
             _line(114, 50, [("statushouders in gemeenten", None)]),
             _line(128, 50, [("Project 5.2 Werken aan taalvaardigheid", None), _number(25)]),
             _line(142, 50, [("Project 5.3 Gezond oud worden", None), _number(26)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering statushouders in gemeenten", 24),
        ("Project 5.2 Werken aan taalvaardigheid", 25), ("Project 5.3 Gezond oud worden", 26)]


def test_a_title_wrapped_after_its_dot_leader_goes_on_the_entry_above_when_the_next_begins_numbered():
    # Chromium look 10025: a browser's contents set as rows, the leader and number at the title's first line's
    # baseline: "Project 5.1 … Gezinsmigranten in …. 77" / "gemeenten" / "Project 5.2 … …. 81" read the second
    # entry as "gemeenten Project 5.2 …" (published).  The title above ends open, the next begins numbered.
    lines = [_line(100, 50, [("Project 5.1 Monitor Statushouders en Gezinsmigranten in ........", None), _number(77)]),
             _line(110, 50, [("gemeenten", None)]),
             _line(123, 50, [("Project 5.2 Werken aan taalvaardigheid ........", None), _number(81)]),
             _line(136, 50, [("Tekst van een nieuwe", None)]),
             _line(146, 50, [("Inleiding ........", None), _number(85)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 5.1 Monitor Statushouders en Gezinsmigranten in gemeenten", 77),
        ("Project 5.2 Werken aan taalvaardigheid", 81), ("Tekst van een nieuwe Inleiding", 85)]
    # Chromium look 10020: "… Arbeidstoeleiding en inburgering …. 77" / "Statushouders en gezinsmigranten", a title
    # that could end there, its rest in a capital, set closer to it than the next entry is.
    lines = [_line(100, 50, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering ........", None), _number(77)]),
             _line(110, 50, [("Statushouders en gezinsmigranten", None)]),
             _line(123, 50, [("Project 5.2 Werken aan taalvaardigheid ........", None), _number(81)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en gezinsmigranten", 77),
        ("Project 5.2 Werken aan taalvaardigheid", 81)]
    # Chromium look 10163: so at the foot of the contents' first page, the next entry atop the second; read without
    # its second line (in review).  A line standing as far under it as the entries stand apart (a group's heading,
    # "Bijlagen"), or in another print, is none of the title.
    from dataclasses import replace

    group = _line(84, 50, [("Programmalijn 5. Gelijke kansen ........", None), _number(77)])
    atop = replace(_line(60, 50, [("Project 5.2 Werken aan taalvaardigheid ........", None), _number(81)]), page=3)
    title = "Project 5.1 Monitor Arbeidstoeleiding en inburgering"
    for second, read in ((lines[1], f"{title} Statushouders en gezinsmigranten"),
                         (_line(116, 50, [("Bijlagen", None)]), title),
                         (_line(110, 50, [("Statushouders en gezinsmigranten", None)], size=7.0), title)):
        assert [(e.title, e.printed_page) for e in entry_lines([group, lines[0], second, atop])][1:] == [
            (read, 77), ("Project 5.2 Werken aan taalvaardigheid", 81)]


def test_a_title_wrapped_at_a_page_end_goes_on_the_entry_above():
    # Numbers beside titles' first lines, no leaders: "niveau", the last line of page 2, ends project 9.1's
    # title; the next page's first entry stands no nearer to it (its top is less than the line's).
    from dataclasses import replace

    lines = [_line(733, 64, [("Project 8.1 Publieke familiariteit in de (super)diverse wijk", None), _number(106)]),
             _line(748, 64, [("Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal", None),
                             _number(110)]),
             _line(761, 64, [("niveau", None)]),
             replace(_line(62, 64, [("Project 9.2 Online discriminatie aanpakken", None), _number(115)]), page=3),
             replace(_line(78, 64, [("Project 9.3 Institutioneel racisme", None), _number(120)]), page=3)]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 8.1 Publieke familiariteit in de (super)diverse wijk", 106),
        ("Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau", 110),
        ("Project 9.2 Online discriminatie aanpakken", 115), ("Project 9.3 Institutioneel racisme", 120)]


def test_the_last_entrys_title_wrapped_after_its_number_is_whole():
    # Look 7458: the contents' last entry, its number beside its first line, its title's end on the next.
    lines = [_line(100, 64, [("Project 9.3 Institutioneel racisme", None), _number(120)]),
             _line(115, 64, [("Overige project", None), _number(124)]),
             _line(130, 64, [("1. Kennisdossier Roma, Sinti en", None), _number(124)]),
             _line(142, 64, [("woonwagenbewoners", None)]),
             _line(400, 64, [("Inleiding", None)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)][-1] == (
        "1. Kennisdossier Roma, Sinti en woonwagenbewoners", 124)


def test_a_table_of_numbers_is_no_table_of_contents():
    # Budget rows end in right-aligned numbers too, but after other numbers, and not in page order.
    rows = [_line(100 + 14 * n, 50, [(f"Movisie Senior onderzoeker {rate} {hours}", None), _number(amount)])
            for n, (rate, hours, amount) in enumerate([(120, 74, 888), (95, 6, 570), (114, 3, 342), (86, 5, 430)])]
    assert entry_lines(rows) == []
    # ... nor are a few lines that each end in a year set apart.
    labels = [_line(100 + 14 * n, 50, [(f"Planning {label}", None), _number(year)])
              for n, (label, year) in enumerate([("start", 2025), ("midden", 2023), ("eind", 2024)])]
    assert entry_lines(labels) == []


def test_a_title_wrapped_before_its_dot_leader_is_one_entry_at_its_first_line():
    # A title filling the line: its leader and number go on the next line, alone or after the title's
    # last words in lower case.  The entry stands where the title begins (the indent gives the level).
    lines = [_line(100, 50, [("Programmalijn 4. Gelijke kansen op de arbeidsmarkt" + "." * 12 + "61", None)]),
             _line(114, 64, [("Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt", None)]),
             _line(128, 66, [("." * 40 + "71", None)]),
             _line(142, 64, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders", None)]),
             _line(156, 64, [("in gemeenten" + "." * 30 + "77", None)]),
             _line(170, 64, [("Project 5.2 Werken aan taalvaardigheid" + "." * 12 + "81", None)])]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)] == [
        ("Programmalijn 4. Gelijke kansen op de arbeidsmarkt", 61, 1),
        ("Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt", 71, 2),
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders in gemeenten", 77, 2),
        ("Project 5.2 Werken aan taalvaardigheid", 81, 2)]


def test_a_page_number_wrapped_alone_under_its_leader_is_the_entrys():
    # A monospaced look (seed 7754): the leader fills the line and its number "110" goes on the next line
    # alone.  Read before: "110" and the next entry's line taken as the start of that entry's title.
    lines = [_line(86, 64, [("Project 8.1 Publieke familiariteit in de (super)diverse wijk" + "." * 8 + "106", None)]),
             _line(100, 50, [("Programmalijn 9. Effectief verminderen van discriminatie en institutioneel", None)]),
             _line(112, 50, [("racisme" + "." * 8 + "110", None)]),
             _line(126, 64, [("Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau" + "." * 8,
                              None)]),
             _line(138, 64, [("110", None)]),
             _line(152, 64, [("Project 9.2 Online discriminatie aanpakken" + "." * 8 + "115", None)])]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)] == [
        ("Project 8.1 Publieke familiariteit in de (super)diverse wijk", 106, 2),
        ("Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme", 110, 1),
        ("Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau", 110, 2),
        ("Project 9.2 Online discriminatie aanpakken", 115, 2)]


def test_a_page_number_a_title_without_a_leader_pushed_onto_a_line_of_its_own_is_the_entrys():
    # A monospaced look LibreOffice set (8101), the numbers at the right margin after a tab: "Programmalijn 9.
    # Effectief ... racisme" fills its line and the tab puts "110" on the next line alone, at the margin.
    # Read before: "110" and the next entry's title taken as one title (toc 35 of 41 entries right).
    lines = [_line(58, 64, [("Project 7.2 Afwegingskader polarisatie", None), _number(101)]),
             _line(72, 50, [("Programmalijn 8. Samenleven in superdiversiteit", None), _number(106)]),
             _line(86, 64, [("Project 8.1 Publieke familiariteit in de (super)diverse wijk", None), _number(106)]),
             _line(100, 50, [("Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme",
                              None)]),
             _line(112, 50, [_number(110)]),
             _line(126, 64, [("Project 9.1 Effectieve aanpak discriminatie verminderen", None), _number(110)]),
             _line(140, 64, [("Project 9.2 Online discriminatie aanpakken", None), _number(115)])]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)][2:] == [
        ("Project 8.1 Publieke familiariteit in de (super)diverse wijk", 106, 2),
        ("Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme", 110, 1),
        ("Project 9.1 Effectieve aanpak discriminatie verminderen", 110, 2),
        ("Project 9.2 Online discriminatie aanpakken", 115, 2)]


def test_a_wrapped_title_without_a_leader_goes_on_the_entry_it_stands_closer_to():
    # Numbers at the right margin (a drawn leader): "Gezinsmigranten in gemeenten" starts in capitals,
    # yet stands 2 points below its title's first line and 6 above the next entry: it goes on above.
    # "(post-" / "entry)" is joined as the document prints it elsewhere ("post-entry").
    lines = [_line(100, 64, [("Project 4.3 Versterken positie werknemers (post-", None), _number(71)]),
             _line(112, 64, [("entry)", None)]),
             _line(128, 64, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en", None),
                             _number(77)]),
             _line(140, 64, [("Gezinsmigranten in gemeenten", None)]),
             _line(156, 64, [("Project 5.2 Werken aan taalvaardigheid", None), _number(81)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines, vocab=Counter({"post-entry": 2}))] == [
        ("Project 4.3 Versterken positie werknemers (post-entry)", 71),
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten", 77),
        ("Project 5.2 Werken aan taalvaardigheid", 81)]


def test_a_title_whose_leader_line_starts_in_capitals_or_a_bracket_is_one_entry_with_all_its_lines():
    # An A5 look: the titles wrap before their leaders, the second line starting with "(" or a capital;
    # the lines with no leader go on as a paragraph's do (same print, no further indent, close under).
    lines = [_line(100, 64, [("Project 4.4 HRM-opleidingen" + "." * 30 + "74", None)]),
             _line(114, 64, [("Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt", None)]),
             _line(126, 64, [("(post-entry)" + "." * 30 + "71", None)]),
             _line(140, 64, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en", None)]),
             _line(152, 64, [("Gezinsmigranten in gemeenten" + "." * 30 + "77", None)])]
    entries = entry_lines(lines)
    assert [(e.title, e.printed_page) for e in entries] == [
        ("Project 4.4 HRM-opleidingen", 74),
        ("Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt (post-entry)", 71),
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten", 77)]
    # Every printed line is its entry's: the table of contents' text is read from its entries.
    assert [len(e.lines) for e in entries] == [1, 2, 2]
    assert [line for e in entries for line in e.lines] == lines


def test_a_line_with_no_leader_set_apart_from_the_entry_below_is_no_part_of_its_title():
    lines = [_line(100, 64, [("Project 4.4 HRM-opleidingen" + "." * 30 + "74", None)]),
             _line(130, 50, [("Bijlagen", None)], size=12),  # a heading of the table of contents
             _line(150, 64, [("Bijlage 1. Uitgewerkte projectplannen" + "." * 30 + "29", None)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 4.4 HRM-opleidingen", 74), ("Bijlage 1. Uitgewerkte projectplannen", 29)]


def _read_as_letters(top: float, x0: float, text: str, page: int, right: float = RIGHT) -> Line:
    """A ToC line of an OCR text layer: the dot leader read as letters (tesseract's reading of the bundled
    PDF's contents at 300 dpi), running up to the page number with no space to set it apart."""
    line = _line(top, x0, [(text, None)])
    last = line.words[-1]
    number = Word(str(page), last.x1 + 3, right + (x0 - 57) / 6, top, top + 10, "GlyphLessFont", 10, (0,))
    return Line(page=2, words=[*line.words, number])


def test_a_leader_ocr_read_as_letters_under_the_contents_heading():
    # Indents a pixel apart (57.1, 57.6) are one level; page numbers end within a few points of each other.
    lines = [_line(60, 57.8, [("Inhoud", None)], 13),
             _read_as_letters(100, 57.1, "Onderdeel A: Ontwikkeling en benutting van kennis … … ev svvensovonsoon", 6),
             _read_as_letters(114, 57.1, "Onderdeel B: Portaalfunctiessrrsersereenversenrs eneen", 12),
             _read_as_letters(128, 57.6, "Begroting... nee senvensee nerve", 21),
             _read_as_letters(142, 67.4, "Programmalijn 1. Opvoeding en ontwikkeling jongeren … nnn", 30),
             _read_as_letters(156, 77.5, "Project 1.1: Een stevige identiteit ontwikkelen … nonneneen", 30)]
    entries = entry_lines(lines)
    assert [(e.title, e.printed_page, e.level) for e in entries] == [
        ("Onderdeel A: Ontwikkeling en benutting van kennis", 6, 1),
        ("Onderdeel B: Portaalfunctiessrrsersereenversenrs eneen", 12, 1),  # cut by the heading it matches
        ("Begroting", 21, 1), ("Programmalijn 1. Opvoeding en ontwikkeling jongeren", 30, 2),
        ("Project 1.1: Een stevige identiteit ontwikkelen", 30, 3)]
    assert all(e.leader_as_text for e in entries)
    assert title_ending_as(entries[1], toc_key("Onderdeel B: Portaalfunctie")) == "Onderdeel B: Portaalfunctie"
    # Without the contents' heading over them, numbers not set apart make no table of contents ...
    assert entry_lines(lines[1:]) == []
    # ... nor do numbered lines further down, a planning's rows "Activiteit 1" … "Activiteit 4".
    rows = [_read_as_letters(400 + 14 * n, 57.1, "Activiteit", n + 1) for n in range(4)]
    text = [_line(200 + 14 * n, 57.1, [(f"Regel {word} van de inleiding.", None)])
            for n, word in enumerate(["een", "twee", "drie", "vier"])]
    assert entry_lines([lines[0], *text, *rows]) == []


def test_a_title_cut_by_its_heading_keeps_the_closing_mark_after_its_last_letter():
    # The bundled PDF's 300-dpi scan: project 7.1's entry, its leader read as "…… … ………….", cut where the
    # heading's letters end kept "… naar verbinding" without the closing ’ printed after it.
    heading = "Project 7.1 Kennisontwikkeling- en implementatie ’Van ongewenste polarisatie naar verbinding’"
    entry = TocEntry(index=31, level=3, title=heading + " …… … ………….", printed_page=96, leader_as_text=True)
    assert title_ending_as(entry, toc_key(heading)) == heading
    entry.title = "Project 7.2 Afwegingskader polarisatie nnsenn"  # letters on: cut at the last letter
    assert title_ending_as(entry, toc_key("Project 7.2 Afwegingskader polarisatie")) == (
        "Project 7.2 Afwegingskader polarisatie")


def test_a_leader_ocr_read_as_letters_before_numbers_set_apart_is_cut_from_the_titles():
    # The 200-dpi scan of the bundled PDF: OCR read the leaders as letters but set most numbers apart, so the
    # entries were read as a contents of numbers at the margin with the leaders' letters in their titles, or
    # (until session 23) the run was cut after 4 of its 44 lines.  Most titles hold a leader: cut them there.
    texts = [("Onderdeel A: Ontwikkeling en benutting van kennis … … ev svvensovonsoon", 6),
             ("Onderdeel B: Portaalfunctie… ertaennncnddnase", 12), ("Begroting... nee senvensee nerve", 21),
             ("Programmalijn 1. Opvoeding en ontwikkeling jongeren … nnn", 30),
             ("Project 1.1: Een stevige identiteit ontwikkelen … nonneneen", 30)]
    lines = [_line(60, 57.8, [("Inhoud", None)], 13),
             *(_line(100 + 14 * n, 57.1, [(text, None), _number(page)]) for n, (text, page) in enumerate(texts))]
    entries = entry_lines(lines)
    assert [(e.title, e.printed_page) for e in entries] == [
        ("Onderdeel A: Ontwikkeling en benutting van kennis", 6), ("Onderdeel B: Portaalfunctie", 12),
        ("Begroting", 21), ("Programmalijn 1. Opvoeding en ontwikkeling jongeren", 30),
        ("Project 1.1: Een stevige identiteit ontwikkelen", 30)]
    assert all(e.leader_as_text for e in entries)


def test_a_title_ending_where_no_title_ends_goes_on_on_the_next_line_with_its_page_whatever_its_case():
    # The bundled PDF prints Project 4.2's title over two lines, each with the page (66); OCR capitalises
    # the second ("Werving En ...") and reads the first line's leader as letters after a dot.
    title = "Project 4.2 Mkb ondersteunen in gelijke kansen creëren in"
    printed = [_line(100, 64, [(title + "." * 20 + "66", None)]),
               _line(114, 64, [("Werving en selectie" + "." * 30 + "66", None)]),
               _line(128, 64, [("Project 4.3 Versterken positie werknemers" + "." * 20 + "71", None)])]
    assert [(e.title, e.printed_page) for e in entry_lines(printed)] == [
        ("Project 4.2 Mkb ondersteunen in gelijke kansen creëren in Werving en selectie", 66),
        ("Project 4.3 Versterken positie werknemers", 71)]
    ocr = [_line(60, 57.8, [("Inhoud", None)], 13),
           _read_as_letters(100, 64, title + ". nansnnnnesensererensnnnnennserverse", 66),
           _read_as_letters(114, 64, "Werving En SSlECHE nee", 66),
           _read_as_letters(128, 64, "Project 4.3 Versterken positie werknemers … eeen", 71)]
    entries = entry_lines(ocr)
    assert [(e.title, e.printed_page) for e in entries] == [
        (title + " Werving En SSlECHE nee", 66), ("Project 4.3 Versterken positie werknemers", 71)]
    # A leader read as letters may end in a word no title ends with ("… nnsnnen en"): the title before
    # the leader ends as titles do, and the entry below on the same page is one of its own.
    garbled = [_line(60, 57.8, [("Inhoud", None)], 13),
               _read_as_letters(100, 57.1, "Inleiding. nnsnnnnen en", 4),
               _read_as_letters(114, 57.1, "Onderdeel van een meerjarige programma … neen", 4),
               _read_as_letters(128, 57.1, "Totstandkoming werkplan 2023 … eeen", 5)]
    assert [e.printed_page for e in entry_lines(garbled)] == [4, 4, 5]
    # Two entries on one page stay two where the first ends as a title does.
    same_page = [_line(100, 64, [("Inleiding" + "." * 30 + "4", None)]),
                 _line(114, 64, [("Onderdeel van een meerjarige programma" + "." * 20 + "4", None)])]
    assert len(entry_lines(same_page)) == 2


def test_a_title_of_a_contents_of_titles_only_whose_heading_wraps_after_a_short_first_line_is_found():
    # Look 7602 (A5, two columns): the heading "Onderdeel E: Programmaleiding en programmaontwikkeling" wraps over
    # three lines, the first ("onderdeel e:", small capitals) too short to stand for the title alone.  The entry
    # was taken for the Begroting's "Onderdeel E. …" further on, and "Begroting" after it was found nowhere: the
    # contents ended there, 6 of 41 entries.
    titles = ["Onderdeel D: Communicatie", "Onderdeel E: Programmaleiding en programmaontwikkeling", "Begroting",
              "Bijlage 1. Uitgewerkte projectplannen"]
    toc = [_line(60, 50, [("Inhoud", None)], 16),
           *[_line(100 + 14 * n, 50, [(title, None)], 8) for n, title in enumerate(titles)]]
    body = [_line(270, 50, [("Werkplan 2023", None)], 10), _line(300, 50, [("onderdeel d: communIcAtIe", None)], 14),
            _line(330, 50, [("onderdeel e:", None)], 14), _line(346, 50, [("ProgrAmmAleIdIng en", None)], 14),
            _line(362, 50, [("ProgrAmmAontwIkkelIng", None)], 14), _line(400, 50, [("begrotIng", None)], 14),
            _line(430, 50, [("Onderdeel E. Programmaleiding en programmaontwikkeling", None)], 12),
            _line(460, 50, [("bIjlAge 1. uItgewerkte ProjectPlAnnen", None)], 14)]
    assert [e.title for e in entry_lines(toc + body)] == titles


@pytest.mark.parametrize("leader", [".", ""])
def test_an_entry_whose_title_fills_its_line_with_a_leader_of_one_dot_or_none_is_an_entry(leader):
    # Looks 7615 (Liberation Mono) and 7618: "Programmalijn 9. … institutioneel racisme .110", the leader cut to
    # one dot, or to none ("… racisme 110"), its page number where the others' stand.  The line was taken for
    # the start of the next entry's title, and the six entries after it shifted by one.
    titles = ["Project 8.1 Publieke familiariteit in de (super)diverse wijk",
              "Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme",
              "Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau"]
    lines = [_line(100, 64, [(titles[0], None), ("." * 12, None), _number(106)]),
             _line(114, 50, [(titles[1], None), (f"{leader}110", RIGHT - 5 * len(f"{leader}110"))]),
             _line(128, 64, [(titles[2], None), ("." * 12, None), _number(110)])]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)] == [
        (titles[0], 106, 2), (titles[1], 110, 1), (titles[2], 110, 2)]


def test_an_entry_whose_leader_of_dots_set_apart_is_cut_to_three_is_an_entry():
    # LibreOffice look 8299 (A5, leaders of dots and spaces): "Programmalijn 2. Emancipatie en zelfbeschikking.
    # . .38", the leader cut to three dots by a title filling its line, was read as the start of the next
    # entry's title: toc 11 of 41 entries right.
    leader = "." * 12
    lines = [_line(100, 64, [(f"Project 1.2: Identity Project{leader}", None), _number(34)]),
             _line(114, 50, [("Programmalijn 2. Emancipatie en", None), ("zelfbeschikking. . .38", RIGHT - 106)]),
             _line(128, 64, [(f"Project 2.1 Borging van ontwikkelde toolkits{leader}", None), _number(38)])]
    assert lines[1].words[-1].x1 == RIGHT
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 1.2: Identity Project", 34), ("Programmalijn 2. Emancipatie en zelfbeschikking", 38),
        ("Project 2.1 Borging van ontwikkelde toolkits", 38)]


def test_an_entry_whose_monospaced_leader_is_cut_to_two_dots_and_one_is_an_entry():
    # LibreOffice look 8946 (A5, DejaVu Sans Mono 8 pt, tab leaders): "Project 5.2 Werken aan taalvaardigheid bij
    # EU-arbeidsmigranten.. .81", the leader's cells cut to two dots and one by a title filling its line, was read
    # as the start of the next entry's title: three entries shifted, sent to review.
    leader = "." * 12
    titles = ["Project 5.1 Discriminatie op de arbeidsmarkt", "Project 5.2 Werken aan taalvaardigheid bij "
              "EU-arbeidsmigranten", "Project 5.3 Verkenning particuliere opvang Oekraïense vluchtelingen"]
    lines = [_line(100, 64, [(titles[0] + leader, None), _number(78)]),
             _line(114, 64, [("Project 5.2 Werken aan taalvaardigheid bij", None),
                             ("EU-arbeidsmigranten.. .81", RIGHT - 123)]),
             _line(128, 64, [(titles[2] + leader, None), _number(84)])]
    assert lines[1].words[-1].x1 == RIGHT
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        (titles[0], 78), (titles[1], 81), (titles[2], 84)]


def test_an_entry_whose_leader_is_one_dot_right_after_its_title_and_a_space_is_an_entry():
    # LibreOffice look 8293 (A4, text leaders): "… Vaders mee aan het stuur. 30", the leader cut to one dot glued
    # to the title, a space before the page number.  The line was taken for the start of the next entry's
    # title: 32 of 41 entries shifted, sent to review.
    titles = ["Programmalijn 1. Opvoeding en ontwikkeling jongeren",
              "Project 1.1: Een stevige identiteit ontwikkelen: Vaders mee aan het stuur",
              "Project 1.2: Identity Project"]
    lines = [_line(100, 50, [(titles[0], None), ("." * 12, None), _number(30)]),
             _line(114, 64, [(titles[1] + ".", None), ("30", RIGHT - 10)]),
             _line(128, 64, [(titles[2], None), ("." * 12, None), _number(34)])]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)] == [
        (titles[0], 30, 1), (titles[1], 30, 2), (titles[2], 34, 2)]


def test_an_entry_whose_leader_is_cut_to_a_dot_atop_the_contents_next_page_is_an_entry():
    # LibreOffice look 8775 (letter, text leaders): the contents' second page opens with "Project 9.1 … op lokaal
    # niveau. 110", the leader cut to one dot, its page number where the first page's numbers stand.  It was
    # taken for the start of the next entry's title: the three entries after it each took the next one's place
    # (sent to review).  A line atop the next page with no entry under it, or after lines of no entry, is none.
    titles = ["Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme",
              "Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau",
              "Project 9.2 Online discriminatie aanpakken"]
    lines = [_line(700, 50, [(titles[0], None), ("." * 12, None), _number(110)]),
             replace(_line(60, 64, [(titles[1] + ".", None), ("110", RIGHT - 15)]), page=3),
             replace(_line(74, 64, [(titles[2], None), ("." * 12, None), _number(115)]), page=3)]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)] == [
        (titles[0], 110, 1), (titles[1], 110, 2), (titles[2], 115, 2)]
    last = replace(_line(700, 50, [(titles[2], None), ("." * 12, None), _number(115)]), page=2)
    text = [replace(_line(60 + 14 * i, 50, [("Met de activiteiten van dit jaar bereiken we zo ruim", None),
                                            (number, RIGHT - 5 * len(number))]), page=3)
            for i, number in enumerate(["1500", "en"])]
    assert [e.title for e in entry_lines([last, *text])] == [titles[2]]
    body = [last, replace(_line(60, 50, [("Inleiding", None)], 16), page=3),
            replace(_line(90, 50, [("Het kennisplatform werkt in 2023 aan de doelen van het jaar", None),
                                   ("2023", RIGHT - 20)]), page=3)]
    assert [e.title for e in entry_lines(body)] == [titles[2]]


def test_an_entry_whose_leader_is_cut_atop_the_next_page_after_a_title_wrapped_under_its_number_is_an_entry():
    # Chromium look 10136 (A5, monospaced): a browser sets an entry's number at its title's first line, the title
    # wrapping under it.  "Project 5.1 … en .. 77" / "inburgering …" / "gemeenten" ended the contents' first page;
    # the second opened with "Project 5.2 … bij EU- .. 81" / "arbeidsmigranten", and it and the three entries after
    # it were read into 5.1's title (sent to review).  A paragraph's line atop the next page, ending in a figure
    # with no leader's dots before it, is still none.
    first = ["Project 5.1 Monitor Arbeidstoeleiding en", "inburgering Statushouders en Gezinsmigranten in", "gemeenten"]
    second = ["Project 5.2 Werken aan taalvaardigheid bij EU-", "arbeidsmigranten"]
    lines = [_line(686, 50, [("Programmalijn 5. Gelijke kansen voor nieuwkomers", None), ("." * 12, None),
                             _number(77)]),
             _line(700, 64, [(first[0], None), ("..", RIGHT - 30), _number(77)]),
             _line(712, 64, [(first[1], None)]), _line(724, 64, [(first[2], None)]),
             replace(_line(60, 64, [(second[0], None), ("..", RIGHT - 30), _number(81)]), page=3),
             replace(_line(72, 64, [(second[1], None)]), page=3),
             replace(_line(86, 64, [("Project 5.3 Verkenning particuliere opvang", None), ("..", RIGHT - 30),
                                    _number(84)]), page=3)]
    lines = [replace(line, page=2) if line.page != 3 else line for line in lines]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)][1:] == [
        (" ".join(first), 77), ("Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten", 81),
        ("Project 5.3 Verkenning particuliere opvang", 84)]
    body = [*lines[:4], replace(_line(60, 64, [("In de loop van 2023 bereiken we zo ruim", None),
                                               _number(120)]), page=3)]
    assert [e.printed_page for e in entry_lines(body)] == [77, 77]  # Programmalijn 5 and 5.1 only


def test_a_wrapped_title_of_a_contents_of_titles_only_whose_second_line_a_paragraph_also_begins_is_one_entry():
    # Look 7602 (A5, two columns): "Project 5.1 Monitor … inburgering" / "Statushouders en Gezinsmigranten in
    # gemeenten", 3.6 points apart where entries stand 5.6 apart.  A narrow column's paragraph further on has a
    # line "statushouders en", so the second line was found again and read as an entry of its own, every entry
    # after it one off.  The heading in the text spells the title with it.
    titles = ["Programmalijn 5. Gelijke kansen voor nieuwkomers",
              "Project 5.1 Monitor Arbeidstoeleiding en inburgering",
              "Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten"]
    wrapped = "Statushouders en Gezinsmigranten in gemeenten"
    toc = [_line(60, 50, [("Inhoud", None)], 16), _line(100, 50, [(titles[0], None)], 9),
           _line(114.6, 64, [(titles[1], None)], 9), _line(127.2, 64, [(wrapped, None)], 9),
           _line(141.8, 64, [(titles[2], None)], 9)]
    body = [_line(300, 50, [("Werkplan 2023", None)], 10), _line(330, 50, [(titles[0], None)], 12),
            _line(360, 50, [("Project 5.1 Monitor Arbeidstoeleiding en", None)], 12),
            _line(375, 50, [("inburgering Statushouders en Gezinsmigranten", None)], 12),
            _line(390, 50, [("in gemeenten", None)], 12),
            _line(420, 50, [("Gemeenten begeleiden", None)], 10), _line(432, 50, [("statushouders en", None)], 10),
            _line(444, 50, [("gezinsmigranten. Nu de", None)], 10), _line(470, 50, [(titles[2], None)], 12)]
    assert [e.title for e in entry_lines(toc + body)] == [
        titles[0], f"{titles[1]} {wrapped}", titles[2]]


def test_a_title_of_a_contents_of_titles_only_wrapped_sooner_than_its_heading_is_found():
    # Looks 7866 and 7867 (A4, one column, titles only): the contents, indented, wrapped "Project 4.2 Mkb
    # ondersteunen in gelijke kansen creëren in" / "werving en selectie", which the text sets as one line; the
    # entry's first line was found nowhere, and the contents ended there, 20 of 41 entries.
    titles = ["Project 4.1 Aanpak stagediscriminatie",
              "Project 4.2 Mkb ondersteunen in gelijke kansen creëren in werving en selectie",
              "Project 4.3 Versterken positie werknemers", "Project 4.4 HRM-opleidingen"]
    toc = [_line(60, 50, [("Inhoud", None)], 16), _line(100, 78, [(titles[0], None)], 9),
           _line(114, 78, [("Project 4.2 Mkb ondersteunen in gelijke kansen creëren in", None)], 9),
           _line(125, 78, [("werving en selectie", None)], 9),
           *[_line(139 + 14 * n, 78, [(title, None)], 9) for n, title in enumerate(titles[2:])]]
    body = [line for n, title in enumerate(titles)
            for line in (_line(300 + 30 * n, 50, [(title, None)], 11),
                         _line(315 + 30 * n, 50, [("Tekst van het project.", None)]))]
    assert [e.title for e in entry_lines(toc + body)] == titles


def test_a_page_number_glued_to_a_title_that_filled_its_line_is_the_entrys():
    # LibreOffice look 8172 (A5, dot leaders): "… toolkits en netwerkopbouw.38" (the leader cut to one dot, no
    # space) over "informele organisaties.......38" (a title with a line break: LibreOffice prints the number
    # on both lines), and "… bij EU-arbeidsmigranten81", the number glued to the title.  Both were read as the
    # start of the next entry's title: toc 24 of 41 entries right, in review.
    leader = "." * 12
    lines = [_line(100, 50, [(f"Programmalijn 2. Emancipatie en zelfbeschikking{leader}", None), _number(38)]),
             _line(114, 64, [("Project 2.1 Borging van ontwikkelde toolkits en", None),
                             ("netwerkopbouw.38", RIGHT - 5 * len("netwerkopbouw.38"))]),
             _line(128, 64, [(f"informele organisaties{leader}", None), _number(38)]),
             _line(142, 64, [(f"Project 5.1 Monitor Arbeidstoeleiding{leader}", None), _number(77)]),
             _line(156, 64, [("Project 5.2 Werken aan taalvaardigheid bij",
                              None), ("EU-arbeidsmigranten81", RIGHT - 5 * len("EU-arbeidsmigranten81"))]),
             _line(170, 64, [("Project 5.3 Verkenning particuliere opvang Oekraïense", None)]),
             _line(184, 64, [(f"vluchtelingen{leader}", None), _number(84)])]
    assert [(e.title, e.printed_page, e.level) for e in entry_lines(lines)] == [
        ("Programmalijn 2. Emancipatie en zelfbeschikking", 38, 1),
        ("Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw informele organisaties", 38, 2),
        ("Project 5.1 Monitor Arbeidstoeleiding", 77, 2),
        ("Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten", 81, 2),
        ("Project 5.3 Verkenning particuliere opvang Oekraïense vluchtelingen", 84, 2)]


def test_a_page_number_a_space_from_a_title_that_filled_its_line_is_the_entrys():
    # LibreOffice look 8175 (no leaders, the numbers at the right margin after a tab): "… Vaders mee aan het
    # stuur 30" filled its line, its number a space apart (less than the gap that sets numbers apart), and was
    # read as the start of the next entry's title ("… stuur 30 Project 1.2: Identity Project", page 34).
    lines = [_line(100, 50, [("Programmalijn 1. Opvoeding en ontwikkeling jongeren", None), _number(30)]),
             _line(114, 64, [("Project 1.1: Een stevige identiteit ontwikkelen: Vaders mee aan het", None),
                             ("stuur", 478), ("30", RIGHT - 10)]),
             _line(128, 64, [("Project 1.2: Identity Project", None), _number(34)]),
             _line(142, 50, [("Programmalijn 2. Emancipatie en zelfbeschikking", None), _number(38)])]
    assert lines[1].words[-1].x0 - lines[1].words[-2].x1 < 10  # closer than a size: not set apart
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Programmalijn 1. Opvoeding en ontwikkeling jongeren", 30),
        ("Project 1.1: Een stevige identiteit ontwikkelen: Vaders mee aan het stuur", 30),
        ("Project 1.2: Identity Project", 34), ("Programmalijn 2. Emancipatie en zelfbeschikking", 38)]


def test_a_page_number_glued_to_a_title_ending_in_a_bracket_is_the_entrys():
    # LibreOffice look 8217 (letter, dot leaders): "… op de arbeidsmarkt (post-entry)71", the number glued to the
    # title's closing bracket, was read as the start of the next entry's title: toc 21 of 41 entries right.
    leader = "." * 12
    glued = "(post-entry)71"
    lines = [_line(100, 64, [(f"Project 4.2 Mkb ondersteunen{leader}", None), _number(66)]),
             _line(114, 64, [("Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt", None),
                             (glued, RIGHT - 5 * len(glued))]),
             _line(128, 64, [(f"Project 4.4 HRM-opleidingen{leader}", None), _number(74)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 4.2 Mkb ondersteunen", 66),
        ("Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt (post-entry)", 71),
        ("Project 4.4 HRM-opleidingen", 74)]


def test_a_page_number_glued_to_a_title_without_a_leader_that_filled_its_line_is_the_entrys():
    # LibreOffice look 8246 (leaders drawn, so none in the text): "… Vaders mee aan het stuur30", the number
    # glued to the title's last word, was read as the start of the next entry's title, and every entry after
    # it a line off: toc 9 of 41 entries right.
    lines = [_line(100, 50, [("Programmalijn 1. Opvoeding en ontwikkeling jongeren", None), _number(30)]),
             _line(114, 64, [("Project 1.1: Een stevige identiteit ontwikkelen: Vaders mee aan het", None),
                             ("stuur30", RIGHT - 35)]),
             _line(128, 64, [("Project 1.2: Identity Project", None), _number(34)]),
             _line(142, 50, [("Programmalijn 2. Emancipatie en zelfbeschikking", None), _number(38)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Programmalijn 1. Opvoeding en ontwikkeling jongeren", 30),
        ("Project 1.1: Een stevige identiteit ontwikkelen: Vaders mee aan het stuur", 30),
        ("Project 1.2: Identity Project", 34), ("Programmalijn 2. Emancipatie en zelfbeschikking", 38)]


def test_a_page_number_glued_to_the_last_entrys_title_is_the_entrys():
    # LibreOffice look 8457 (A5, leaders drawn): the contents' last entry "1. Kennisdossier Roma, Sinti en
    # woonwagenbewoners124", its title filling its line, was lost (toc 40 of 41, in review): only lines between
    # the entries set apart were looked at for a glued number.
    glued = "woonwagenbewoners124"
    lines = [_line(100, 50, [("Programmalijn 9. Effectief verminderen", None), _number(110)]),
             _line(114, 64, [("Project 9.2 Online discriminatie aanpakken", None), _number(115)]),
             _line(128, 64, [("Project 9.3 Institutioneel racisme", None), _number(120)]),
             _line(142, 50, [("Overige project", None), _number(124)]),
             _line(156, 64, [("1. Kennisdossier Roma, Sinti en", None), (glued, RIGHT - 5 * len(glued))]),
             Line(page=3, words=[Word("Inleiding", 50, 95, 60, 76, "Regular", 16, (0,))])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)][-2:] == [
        ("Overige project", 124), ("1. Kennisdossier Roma, Sinti en woonwagenbewoners", 124)]


def test_a_contents_whose_every_title_wraps_once_is_read_whole():
    # LibreOffice look 8472 (A5, 12 pt monospaced, leaders drawn): most titles wrapped over two lines, their page
    # numbers on the second; the run of entries ended where fewer than three lines in five ended in a number,
    # at the 28th entry of 41.
    lines = [_line(86, 50, [("Inleiding", None), _number(4)])] + [line for n in range(12) for line in (
        _line(100 + 28 * n, 64, [(f"Project {n + 1}.1 Een titel die de regel", None)]),
        _line(114 + 28 * n, 64, [("helemaal vult", None), _number(30 + 4 * n)]))]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [("Inleiding", 4)] + [
        (f"Project {n + 1}.1 Een titel die de regel helemaal vult", 30 + 4 * n) for n in range(12)]


def test_a_year_ending_a_justified_line_at_the_margin_is_no_page_number():
    # LibreOffice look 8401 stripped (A4, 11 pt monospaced, justified, no leaders): on the page after the contents,
    # "… De activiteiten voor 2023", its year at the margin where the page numbers end, became a 42nd entry
    # taking the whole Inleiding as its title; the Inleiding section was lost (published).
    entries = [_line(100 + 14 * n, 50, [(f"Project {n + 1}.1 Een project", None), _number(30 + 4 * n)])
               for n in range(12)]
    text = [Line(page=3, words=_line(80 + 14 * n, 50, [("tekst " * 9, None)]).words) for n in range(10)]
    year = Line(page=3, words=_line(220, 50, [("jaar doelen. De activiteiten voor", None), _number(2023)]).words)
    found = entry_lines([*entries, *text, year])
    assert [(e.title, e.printed_page) for e in found] == [(f"Project {n + 1}.1 Een project", 30 + 4 * n)
                                                          for n in range(12)]


def test_a_wrapped_titles_last_line_whose_leader_it_cut_to_a_dot_is_the_entrys():
    # LibreOffice look 8362 (A5, dot leaders): "Project 5.1 Monitor Arbeidstoeleiding en inburgering" /
    # "Statushouders en Gezinsmigranten in gemeenten.77", the title's second line leaving room for one dot, the
    # number glued to it, was read as the start of the next entry's title, and the entries after it a line off
    # (toc 24 of 41 right, in review as one heading skipped).
    leader = "." * 12
    glued = "gemeenten.77"
    lines = [_line(100, 50, [(f"Programmalijn 5. Gelijke kansen voor nieuwkomers{leader}", None), _number(77)]),
             _line(114, 64, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering", None)]),
             _line(128, 64, [("Statushouders en Gezinsmigranten in", None), (glued, RIGHT - 5 * len(glued))]),
             _line(142, 64, [("Project 5.2 Werken aan taalvaardigheid bij EU-", None)]),
             _line(156, 64, [(f"arbeidsmigranten{leader}", None), _number(81)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Programmalijn 5. Gelijke kansen voor nieuwkomers", 77),
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten", 77),
        ("Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten", 81)]


def test_a_contents_of_wrapped_titles_is_read_from_its_first_entry():
    # LibreOffice look 8298 (A5, 12 pt, leaders drawn): most titles wrap, some numbers are glued ("… kennis 6",
    # a space apart) or stand alone ("38").  Counting only the numbers set apart, the run of entries was cut
    # where they gather: its first four entries were lost and the ToC matched 0 of 41 headings.
    lines = [_line(84, 50, [("Inleiding", None), _number(4)]),
             _line(99, 50, [("Onderdeel A: Ontwikkeling en benutting van", None), ("kennis", RIGHT - 42),
                            ("6", RIGHT - 5)]),
             _line(114, 50, [("Onderdeel B: Portaalfunctie", None), _number(12)]),
             _line(129, 50, [("Onderdeel C: Verbinding, signalering en", None)]),
             _line(143, 50, [("netwerkontwikkeling", None), _number(13)]),
             _line(159, 50, [("Programmalijn 2. Emancipatie en zelfbeschikking", None)]),
             _line(173, 50, [_number(38)]),
             _line(188, 64, [("Project 2.1 Borging van ontwikkelde toolkits en", None)]),
             _line(202, 64, [("netwerkopbouw", None), _number(38)]),
             _line(217, 50, [("Programmalijn 3. Informele netwerken versterken", None)]),
             _line(231, 50, [_number(49)]),
             _line(246, 64, [("Project 3.1 Verkennen informele netwerken", None), _number(49)])]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Inleiding", 4), ("Onderdeel A: Ontwikkeling en benutting van kennis", 6), ("Onderdeel B: Portaalfunctie", 12),
        ("Onderdeel C: Verbinding, signalering en netwerkontwikkeling", 13),
        ("Programmalijn 2. Emancipatie en zelfbeschikking", 38),
        ("Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw", 38),
        ("Programmalijn 3. Informele netwerken versterken", 49), ("Project 3.1 Verkennen informele netwerken", 49)]


def test_a_title_started_at_a_pages_foot_and_going_on_in_lower_case_on_the_next_is_one_entry():
    # LibreOffice look 8298: "Project 4.2 Mkb ondersteunen in gelijke kansen", the contents' first page's last
    # line, goes on in "creëren in 66" on the next; it was joined to the entry above ("… stagediscriminatie").
    lines = [_line(100, 64, [("Project 4.1 Aanpak stagediscriminatie", None), _number(59)]),
             _line(115, 64, [("Project 4.2 Mkb ondersteunen in gelijke kansen", None)]),
             _line(60, 64, [("creëren in", None), _number(66)]),
             _line(74, 64, [("werving en selectie", None), _number(66)]),
             _line(89, 64, [("Project 4.3 Versterken positie werknemers", None), _number(71)])]
    for line in lines[2:]:
        line.page = 3
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 4.1 Aanpak stagediscriminatie", 59),
        ("Project 4.2 Mkb ondersteunen in gelijke kansen creëren in werving en selectie", 66),
        ("Project 4.3 Versterken positie werknemers", 71)]
    # Or the next page opens with its page number alone (look 8331: "Project 6.1 Diversiteitsensitief werken in
    # de jeugdhulp" / "88", joined to the entry above, and every entry after it a line off).
    lines = [_line(86, 64, [("Project 5.3 Verkenning particuliere opvang", None), _number(84)]),
             _line(100, 50, [("Programmalijn 6. Professionals in de (super)diverse", None)]),
             _line(114, 50, [("samenleving", None), _number(88)]),
             _line(128, 64, [("Project 6.1 Diversiteitsensitief werken in de jeugdhulp", None)]),
             _line(60, 64, [_number(88)]),
             _line(74, 64, [("Project 6.2 Pabo’s in de inclusieve samenleving", None), _number(91)]),
             _line(88, 50, [("Programmalijn 7. Van ongewenste polarisatie naar verbinding", None), _number(96)])]
    for line in lines[4:]:
        line.page = 3
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Project 5.3 Verkenning particuliere opvang", 84),
        ("Programmalijn 6. Professionals in de (super)diverse samenleving", 88),
        ("Project 6.1 Diversiteitsensitief werken in de jeugdhulp", 88),
        ("Project 6.2 Pabo’s in de inclusieve samenleving", 91),
        ("Programmalijn 7. Van ongewenste polarisatie naar verbinding", 96)]
    # Or it begins as the document numbers its headings, the next page going on in a capital (look 8338:
    # "Project 5.1 Monitor Arbeidstoeleiding en inburgering" / "Statushouders en Gezinsmigranten in gemeenten 77").
    lines = [_line(100, 50, [("Programmalijn 5. Gelijke kansen voor nieuwkomers", None), _number(77)]),
             _line(114, 64, [("Project 5.1 Monitor Arbeidstoeleiding en inburgering", None)]),
             _line(60, 64, [("Statushouders en Gezinsmigranten in gemeenten", None), _number(77)]),
             _line(74, 64, [("Project 5.2 Werken aan taalvaardigheid", None), _number(81)]),
             _line(88, 64, [("Project 5.3 Verkenning particuliere opvang", None), _number(84)])]
    for line in lines[2:]:
        line.page = 3
    assert [(e.title, e.printed_page) for e in entry_lines(lines)][:2] == [
        ("Programmalijn 5. Gelijke kansen voor nieuwkomers", 77),
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten", 77)]
    # So with dot leaders (LibreOffice look 9246, A5: read without its first line, in review), the first line of
    # the title on the page before in the entries' print; a group's heading ending the page, not numbered as the
    # document numbers its titles, is none of the title below ("Bijlagen" / "Overige project").
    leaders = [_line(line.words[0].top, line.x0, [(f"{line.text.rsplit(maxsplit=1)[0]}{'.' * 12}{line.text.split()[-1]}"
                                                   if line.text.split()[-1].isdigit() else line.text, None)])
               for line in lines]
    for line, laid in zip(lines, leaders, strict=True):
        laid.page = line.page
    assert [(e.title, e.printed_page) for e in entry_lines(leaders)][:3] == [
        ("Programmalijn 5. Gelijke kansen voor nieuwkomers", 77),
        ("Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten", 77),
        ("Project 5.2 Werken aan taalvaardigheid", 81)]
    group = [replace(leaders[0], words=_line(114, 64, [("Bijlagen", None)]).words),
             replace(leaders[2], words=_line(60, 64, [(f"Overige project{'.' * 12}124", None)]).words)]
    assert [(e.title, e.printed_page) for e in entry_lines([leaders[0], *group])] == [
        ("Programmalijn 5. Gelijke kansen voor nieuwkomers", 77), ("Overige project", 124)]


def test_the_last_entrys_page_number_pushed_onto_a_line_of_its_own_closes_it():
    # LibreOffice look 8319 (A5, 12 pt, leaders drawn): the contents' last entry, "1. Kennisdossier Roma, Sinti en
    # woonwagenbewoners" / "124", was lost after "Overige project 124": the run of entries ended at the last
    # number set apart on a line with its title (published, exit 0).
    lines = [_line(100, 64, [("Project 9.3 Institutioneel racisme", None), _number(120)]),
             _line(114, 50, [("Overige project", None), _number(124)]),
             _line(128, 64, [("1. Kennisdossier Roma, Sinti en woonwagenbewoners", None)]),
             _line(142, 64, [_number(124)])]
    assert [(e.title, e.printed_page) for e in entry_lines([*_toc("plain")[1:4], *lines])][-3:] == [
        ("Project 9.3 Institutioneel racisme", 120), ("Overige project", 124),
        ("1. Kennisdossier Roma, Sinti en woonwagenbewoners", 124)]


def test_the_first_line_of_the_contents_next_page_starts_an_entry_when_it_starts_in_a_capital():
    # LibreOffice look 8164 (letter, no leaders): "Programmalijn 9. Effectief verminderen van discriminatie en"
    # opened the contents' second page, its number on the line under it.  Measured against the first page's
    # last line, it stood "closer" to it and went on that entry's title.
    from dataclasses import replace

    lines = [_line(700, 50, [("Programmalijn 8. Samenleven in superdiversiteit", None), _number(106)]),
             _line(714, 64, [("Project 8.1 Publieke familiariteit in de (super)diverse wijk", None), _number(106)]),
             replace(_line(50, 50, [("Programmalijn 9. Effectief verminderen van discriminatie en", None)]), page=3),
             replace(_line(64, 50, [("institutioneel racisme", None), _number(110)]), page=3),
             replace(_line(78, 64, [("Project 9.1 Effectieve aanpak discriminatie", None), _number(110)]), page=3)]
    assert [(e.title, e.printed_page) for e in entry_lines(lines)] == [
        ("Programmalijn 8. Samenleven in superdiversiteit", 106),
        ("Project 8.1 Publieke familiariteit in de (super)diverse wijk", 106),
        ("Programmalijn 9. Effectief verminderen van discriminatie en institutioneel racisme", 110),
        ("Project 9.1 Effectieve aanpak discriminatie", 110)]
