"""Footnotes read apart from the text and filed by their reference (hand-made lines)."""

from dataclasses import replace
from pathlib import Path

from extract.pdf.footnotes import FootnoteSettings, find_footnotes, reference_line, under_separator
from extract.pdf.model import Document, Line, Page, Word


def _line(page: int, top: float, text: str, size: float = 10.0, small: str | None = None) -> Line:
    """A line of words at ``size``; the word ``small`` (if any) set at 6 points, as a superscript."""
    words, x = [], 50.0
    for token in text.split():
        word_size = 6.0 if token == small else size
        words.append(Word(token, x, x + 5 * len(token), top, top + size, "Regular", word_size, (0,)))
        x += 5 * len(token) + 3
    return Line(page=page, words=words)


def test_footnotes_are_the_small_numbered_lines_at_the_foot_of_a_page():
    body = [_line(1, 100, "We voeren (groeps)interviews12 uit met betrokken particulieren."),
            _line(1, 114, "Op basis van de interviews")]
    foot = [_line(1, 770, "11 https://www.clingendael.org/publication/long-term-protection-europe-needed-", 8),
            _line(1, 780, "ukrainian-refugees", 8), _line(1, 790, "12 We verwachten in totaal 20 interviews.", 8)]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, body + foot)]), 10.0, set(),
                           FootnoteSettings())
    assert [(n.number, n.page, [ln.text for ln in n.lines]) for n in notes] == [
        ("11", 1, [foot[0].text, "ukrainian-refugees"]), ("12", 1, [foot[2].text])]
    # Small print that starts with no number is no footnote; a table's lines end the search.
    assert find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, body + foot[1:2])]), 10.0, set(),
                          FootnoteSettings()) == []
    assert find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, body + foot)]), 10.0,
                          {id(ln) for ln in foot}, FootnoteSettings()) == []


def test_under_a_small_body_a_note_a_point_smaller_is_a_footnote_and_a_line_a_point_smaller_under_a_large_one_is_not():
    # Seen in a look of the 2023 text set at 8 pt with its notes at 7 pt: the Begroting's note 1 stayed in
    # the text of the table's section.  At 12 pt and more, a note is still set 1.5 pt smaller at least.
    body = [_line(1, 100, "Alle bedragen staan in euro’s.1 De begroting volgt.", 8.0),
            _line(1, 112, "Op basis van de uren per functie.", 8.0)]
    foot = [_line(1, 790, "1 Alle bedragen staan in euro’s.", 7.0)]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, body + foot)]), 8.0, set(),
                           FootnoteSettings())
    assert [(n.number, [ln.text for ln in n.lines]) for n in notes] == [("1", ["1 Alle bedragen staan in euro’s."])]
    large = [_line(1, 100, "Alle bedragen staan in euro’s.1 De begroting volgt.", 12.0),
             _line(1, 790, "1 Alle bedragen staan in euro’s.", 11.0)]
    assert find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, large)]), 12.0, set(),
                          FootnoteSettings()) == []


def _note(number: str, page: int):
    document = Document(Path("t.pdf"), "", {}, [Page(page, 595, 842, [_line(page, 780, f"{number} Een noot.", 8)])])
    return find_footnotes(document, 10.0, set(), FootnoteSettings())[0]


def test_a_reference_is_found_by_its_shape_on_the_notes_page_or_before():
    lines = [_line(1, 100, "Zie paragraaf 4 voor de doelgroepen."),         # before the previous reference
             _line(1, 114, "(zie ook eerdere KIS-artikelen 3). Voor een"),  # the previous note's
             _line(2, 100, "1. Een genummerd punt"),                         # a list item's number
             _line(2, 114, "(zie KIS-artikelen van 20224)."),                # a superscript merged into a year
             _line(2, 128, "Uit onderzoek van het Verwey-Jonker Instituut5 blijkt"),
             _line(2, 142, "van het CBS 6 is te zien", small="6")]
    assert reference_line(_note("4", 2), lines, 1, FootnoteSettings()) == 3
    assert reference_line(_note("4", 2), lines, 0, FootnoteSettings()) == 0  # on its own beats merged
    assert reference_line(_note("5", 2), lines, 3, FootnoteSettings()) == 4  # glued to a word
    assert reference_line(_note("6", 2), lines, 4, FootnoteSettings()) == 5  # set small
    assert reference_line(_note("1", 2), lines, 0, FootnoteSettings()) is None  # only a list item's number
    assert reference_line(_note("3", 5), lines, 0, FootnoteSettings()) is None  # too many pages back


def test_a_note_set_right_after_the_paragraph_that_refers_to_it_is_a_footnote():
    """Seen in a look that prints each note under its paragraph, not at the page's foot."""
    lines = [_line(1, 100, "Particuliere opvang is in trek8 bij gemeenten."),
             _line(1, 114, "(bijna) 100% is."),
             _line(1, 130, "8 Cijfers opvang vluchtelingen uit Oekraïne.", 7),
             _line(1, 146, "De volgende alinea van de tekst."),
             _line(1, 162, "3 Kleine regel zonder verwijzing erboven.", 7),  # no reference in view: text
             _line(1, 178, "En nog meer tekst.")]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]), 10.0, set(),
                           FootnoteSettings())
    assert [(n.number, [ln.text for ln in n.lines]) for n in notes] == [("8", [lines[2].text])]


def test_notes_come_in_reading_order_whether_set_under_their_paragraph_or_at_the_foot():
    """Look 7600 (each note at the end of its section): project 2.1's note 3 under "6. Activiteiten", note 4
    the page's last lines.  In the order they are read, each reference is sought after the one before."""
    lines = [_line(29, 300, "media en de websites van KIS, LKHA en HALT (zie ook eerdere KIS-artikelen 3)."),
             _line(29, 504, "3 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’", 7),
             _line(29, 600, "nader te specificeren (zie KIS-artikelen van 20224)."),
             _line(29, 694, "Een artikel over de regionale bijeenkomsten met vier betrokkenen."),
             _line(29, 709, "4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’", 7)]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [Page(29, 595, 842, lines)]), 10.0, set(),
                           FootnoteSettings())
    assert [(n.number, n.lines[0].top) for n in notes] == [("3", 504), ("4", 709)]


def test_a_reference_carried_to_the_start_of_a_line_counts_but_a_list_items_number_does_not():
    """Seen in a look of project 2.1 at 11.5 pt: note 3's mark, carried to the next line, merged with the
    ")." after it (set at the body's size); the year "2023" above ends in the 3, and "(zie paragraaf 4)."
    would then have taken note 4, whose mark is merged into "2022" ("20224).")."""
    lines = [_line(47, 390, "de trainingen (faciliteren van de ruimte, consumpties). In 2023 willen we ons in"),
             _line(47, 605, "doelgroepen van dit project (zie paragraaf 4). Vervolgens zullen we de tools op basis"),
             _line(48, 61, "3). Voor een leerbijeenkomst zullen we een journalist uitnodigen die een artikel"),
             _line(48, 482, "doelgroep nader te specificeren (zie KIS-artikelen van 20224)."),
             _line(48, 500, "3. Een genummerd punt")]  # a list item's number
    third = reference_line(_note("3", 48), lines, 0, FootnoteSettings())
    assert third == 2
    assert reference_line(_note("4", 48), lines, third, FootnoteSettings()) == 3
    assert reference_line(_note("3", 48), lines[3:], 0, FootnoteSettings()) is None


def test_a_mark_merged_into_a_year_is_the_years_fifth_figure_not_a_years_last():
    """LibreOffice look 9028 in another edition (every year moved on by three): note 4, its mark merged into
    "20224).", printed at the next page's head, went with "(Bureau Omlo; 2024)" under the next project's
    heading: the last number ending in a 4 was taken, and the note filed in the wrong section (published)."""
    lines = [_line(29, 482, "doelgroep nader te specificeren (zie KIS-artikelen van 20224)."),
             _line(30, 400, "blijkt volgens de recente evaluatie (Bureau Omlo; 2024) nog steeds")]
    assert reference_line(_note("4", 30), lines, 0, FootnoteSettings()) == 0


def test_a_note_at_the_foot_of_the_left_column_that_goes_on_at_the_head_of_the_right_one_is_read_whole():
    # Seen in a two-column look of the 2023 text (notes set after their paragraph): note 4 stands at the
    # left column's foot and its last two lines at the head of the right column, then that column's
    # text.  Read before: the note without those two lines, which stayed in the text of the section.
    left = [_line(1, 700, "nader te specificeren (zie KIS-artikelen van 20224)."),
            _line(1, 752, "4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’ |", 7),
            _line(1, 760, "Kennisplatform Inclusief Samenleven (kis.nl)De rol van jongerenwerkers", 7)]
    right = [Line(1, [replace(w, x0=w.x0 + 250, x1=w.x1 + 250) for w in line.words]) for line in (
        _line(1, 594, "en professionals bij zelfbeschikking | Kennisplatform Inclusief", 7),
        _line(1, 602, "Samenleven (kis.nl)", 7), _line(1, 616, "• Drie regionale netwerkbijeenkomsten voor"))]
    document = Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, left + right)])
    notes = find_footnotes(document, 10.0, set(), FootnoteSettings())
    assert [(n.number, [ln.text for ln in n.lines]) for n in notes] == [
        ("4", [left[1].text, left[2].text, "en professionals bij zelfbeschikking | Kennisplatform Inclusief",
               "Samenleven (kis.nl)"])]


def test_the_notes_of_a_page_come_in_reading_order_as_their_references_are_looked_for():
    # A note set after its paragraph (3) is read before the one at the page's foot (4); listed the other
    # way, note 4's reference was looked for first, found in "(zie paragraaf 4)." of an earlier section,
    # and note 3 was looked for from there on.
    lines = [_line(1, 100, "Zie paragraaf 4). Voor de communicatie (zie eerdere KIS-artikelen 3)."),
             _line(1, 114, "3 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’", 7),
             _line(1, 130, "Twee artikelen (zie KIS-artikelen van 20224)."),
             _line(1, 790, "4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’", 7)]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [Page(1, 595, 842, lines)]), 10.0, set(),
                           FootnoteSettings())
    assert [(n.number, n.lines[0].top) for n in notes] == [("3", 114), ("4", 790)]


def test_a_note_the_page_ends_in_goes_on_at_the_head_of_the_next_page_or_at_its_foot():
    # Seen in a two-column look of the 2023 text (look 7614, notes set after their paragraph): note 4 ends
    # page 36's right column, and its last two lines head page 37's left column.  Read before: those two
    # lines stayed in the text of the section "Resultaten", before its next bullet.
    ending = [_line(36, 700, "nader te specificeren (zie KIS-artikelen van 20224)."),
              _line(36, 752, "4 ‘Cruciaal om met ouders vroegtijdig in gesprek te gaan’ |", 7),
              _line(36, 760, "Kennisplatform Inclusief Samenleven (kis.nl)De rol van jongerenwerkers", 7)]
    rest = [_line(37, 60, "en professionals bij zelfbeschikking | Kennisplatform Inclusief", 7),
            _line(37, 68, "Samenleven (kis.nl)", 7)]
    text = [_line(37, 82, "• Drie regionale netwerkbijeenkomsten voor informele en")]

    def notes_of(first: list[Line], second: list[Line]) -> list[tuple[str, list[str]]]:
        document = Document(Path("t.pdf"), "", {}, [Page(36, 595, 842, first), Page(37, 595, 842, second)])
        return [(n.number, [ln.text for ln in n.lines]) for n in find_footnotes(document, 10.0, set(),
                                                                              FootnoteSettings())]

    whole = ("4", [ending[1].text, ending[2].text, rest[0].text, rest[1].text])
    assert notes_of(ending, rest + text) == [whole]
    # Continued at the next page's foot, before that page's own note 5 (as LaTeX sets it).
    foot = [Line(37, [replace(w, top=w.top + 700, bottom=w.bottom + 700) for w in line.words]) for line in rest]
    own = _line(37, 790, "5 Een eigen noot.", 7)
    assert notes_of(ending, text + foot + [own]) == [whole, ("5", [own.text])]
    # Where the page ended in its text, small print heading the next page is no note's rest.
    assert notes_of(ending[1:] + ending[:1], rest + text) == [("4", [ending[1].text, ending[2].text])]


def test_a_notes_line_that_starts_with_a_number_other_than_the_next_notes_goes_on_with_it():
    # Held-out look 7971 (notes set after their section, two columns of 8 pt): note 12 wraps after "20 en",
    # its second line starting "24 (groeps)interviews".  Read before: a note 24 of its own, left in the
    # text ("doelgroepen. 24 (groeps)interviews uit te voeren.12 We verwachten …").  Note 13 after it
    # is a note: notes are numbered one after another.
    lines = [_line(83, 68, "We voeren ten behoeve van elke casus (groeps)interviews12 uit."),
             _line(83, 78, "en infographic naar de doelgroepen, met Divosa13."),
             _line(83, 91, "12 We verwachten in totaal tussen de 20 en", 7),
             _line(83, 99, "24 (groeps)interviews uit te voeren.", 7),
             _line(83, 107, "13 Zie de website van Divosa.", 7),
             _line(83, 132, "Resultaten")]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [Page(83, 595, 842, lines)]), 10.0, set(),
                           FootnoteSettings())
    assert [(n.number, [ln.text for ln in n.lines]) for n in notes] == [
        ("12", [lines[2].text, lines[3].text]), ("13", [lines[4].text])]
    # Its second line heads the next page: it goes on with note 12 there too.
    document = Document(Path("t.pdf"), "", {}, [Page(82, 595, 842, lines[:3]), Page(83, 595, 842, lines[3:])])
    notes = find_footnotes(document, 10.0, set(), FootnoteSettings())
    assert [(n.number, [ln.text for ln in n.lines]) for n in notes] == [
        ("12", [lines[2].text, lines[3].text]), ("13", [lines[4].text])]


def test_a_note_set_at_the_foot_of_the_page_after_the_next_notes_is_a_note_of_its_own():
    # Held-out WeasyPrint look 8293 (A4, notes at the page's foot): notes 13 and 14 are both referred to on
    # page 107; note 14 stands at the foot of page 109, ending its sentence, and note 13 at the foot of page
    # 110.  Read before: note 13 was taken for the rest of note 14 (a note's line may start with a number).
    ended = _line(109, 780, "14 Het aantal pabo’s zal afhangen van de interventies.", 7)
    late = _line(110, 780, "13 Ten tijde van dit schrijven is het projectteam bezig.", 7)
    text = [_line(110, 100, "De pabo’s werken aan het curriculum.")]
    document = Document(Path("t.pdf"), "", {}, [Page(109, 595, 842, [_line(109, 100, "Tekst."), ended]),
                                                 Page(110, 595, 842, [*text, late])])
    notes = find_footnotes(document, 10.0, set(), FootnoteSettings())
    assert [(n.number, n.page, [ln.text for ln in n.lines]) for n in notes] == [
        ("14", 109, [ended.text]), ("13", 110, [late.text])]


def test_notes_set_out_of_turn_are_notes_of_their_own():
    # Held-out WeasyPrint look 8558 (A4, 11 pt monospaced, notes at the page's foot): notes 8 to 12 are referred
    # to on pages 86 to 88; note 8 stands at the foot of page 87, 10 and 11 at that of page 88, and 9 at that of
    # page 89, over note 12.  Read before: "9 …" and "12 …" were one note, and so were 8, 10 and 11.
    pages = [Page(87, 595, 842, [_line(87, 100, "Tekst."), _line(87, 780, "8 Cijfers opvang vluchtelingen.", 7)]),
             Page(88, 595, 842, [_line(88, 100, "Tekst."), _line(88, 772, "10 Zie bijvoorbeeld: Over ons.", 7),
                                 _line(88, 780, "11 https://www.clingendael.org/publication", 7)]),
             Page(89, 595, 842, [_line(89, 100, "Tekst."), _line(89, 772, "9 Zie bijvoorbeeld: In Actie.", 7),
                                 _line(89, 780, "12 We verwachten in totaal tussen de 20 en 24 interviews.", 7)])]
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, pages), 10.0, set(), FootnoteSettings())
    assert [(n.number, n.page) for n in notes] == [("8", 87), ("10", 88), ("11", 88), ("9", 89), ("12", 89)]
    # Held-out WeasyPrint look 8561 (notes after their section): note 10 ends page 54, after its section's text;
    # note 12, at the end of the next page's section, is no rest of it (note 11 stands in between, in the text).
    ending = Page(54, 595, 842, [_line(54, 100, "Tekst."), _line(54, 780, "10 Zie bijvoorbeeld: NUTwente.nl", 7)])
    section_end = Page(55, 595, 842, [_line(55, 100, "Tekst."), _line(55, 780, "12 We verwachten interviews.", 7)])
    notes = find_footnotes(Document(Path("t.pdf"), "", {}, [ending, section_end]), 10.0, set(), FootnoteSettings())
    assert [(n.number, n.page, len(n.lines)) for n in notes] == [("10", 54, 1), ("12", 55, 1)]


def test_a_reference_far_back_is_found_between_those_of_the_notes_before_and_after_it():
    lines = [_line(100, 100, "de interviews12 met betrokkenen."), _line(107, 100, "en de inzichten13 van het"),
             _line(107, 114, "onderzoek met drie pabo’s14 aan de slag"), _line(110, 100, "in 13 gemeenten")]
    # Three pages back from note 13's page: too far to look by itself, but before note 14's reference.
    assert reference_line(_note("13", 110), lines, 0, FootnoteSettings()) == 3
    assert reference_line(_note("13", 110), lines, 0, FootnoteSettings(), end=2) == 1


def test_a_mark_set_small_is_found_further_back_than_a_number_on_its_own_and_also_alone_on_its_line():
    # Held-out WeasyPrint look 8319 (A5, 12 pt): note 2 at the foot of page 87, its mark set small after
    # "Utrecht)." on page 84, and "Doel 2" on page 86.  Look 8315: the mark after "opgenomen." carried over the
    # line end, a line of its own at 7.2 pt under the 12 pt text.  Both notes went to the wrong section.
    lines = [_line(84, 100, "onderwijs (van Kentalis en Hogeschool Utrecht). 2 Deelnemers, zoals 35", small="2"),
             _line(86, 100, "Doel 2 nemen we in 2023 mee in doel b) van dit project.")]
    assert reference_line(_note("2", 87), lines, 0, FootnoteSettings()) == 0
    assert reference_line(_note("2", 87), lines[1:], 0, FootnoteSettings()) == 0  # without it: the number alone
    carried = [_line(28, 144, "van het totale programma in 2022 opgenomen."), _line(28, 163, "1", size=7.2),
               _line(28, 199, "Onderdeel A projecten 1 en benutting kennis")]
    assert reference_line(_note("1", 28), carried, 0, FootnoteSettings()) == 1


def test_the_notes_separator_is_the_pages_lowest_short_rule_alone_at_its_height():
    # LibreOffice look 8785 (letter): the rule over the page's notes, 65 to 181 points at y 692 (a thin bar's two
    # edges), above "Kremer, M., A. Parys & L. Verplanke (2019). …", the rest of a note begun the page before.
    def moved(line: Line, dx: float) -> Line:
        return Line(page=line.page, words=[replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in line.words])

    note = moved(_line(1, 694.7, "Kremer, M., A. Parys & L. Verplanke (2019). Alledaagse attentheid", 7), 32)
    above = _line(1, 675.8, "Fase 2B. Praktijkonderzoek; X X X", 7)

    def page(*rules: tuple[float, float, float], lines=(above, note)) -> Page:
        return Page(1, 612, 792, list(lines), h_rules=list(rules))

    separator = [(65.2, 180.6, 691.8), (65.2, 180.6, 692.3)]
    assert under_separator(note, page(*separator))
    # A table's cell edges: side by side at one height, or rows' edges below.
    assert not under_separator(note, page(*separator, (180.6, 300.0, 692.0)))
    assert not under_separator(note, page(*separator, (65.2, 180.6, 760.0)))
    # A rule too long, above the line above, or in another column (ending left of the line) is none either.
    assert not under_separator(note, page((65.2, 560.0, 692.0)))
    assert not under_separator(note, page((65.2, 180.6, 670.0)))
    right_column = moved(note, 250)
    assert not under_separator(right_column, page(*separator, lines=(above, right_column)))
