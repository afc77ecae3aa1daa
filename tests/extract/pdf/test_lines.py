"""Grouping words into lines in reading order: a page in two columns read column by column."""

import json
from pathlib import Path

from extract.pdf.lines import (
    Gutter,
    _ColumnReader,
    align_columns,
    capital_sizes,
    carry_small_capitals,
    document_gutter,
    page_gutter,
    read_lines,
)
from extract.pdf.model import Line, Page, Word


def _words(text: str, x0: float, top: float, size: float = 10.0, fontname: str = "Times-Roman") -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 5.0 * len(token)
        words.append(Word(token, x, x + width, top, top + size, fontname, size, (0,)))
        x += width + 2.5
    return words


def _column(x0: float, first: str) -> list[list[Word]]:
    # 20 lines of running text filling a 200-point column.
    return [_words(f"{first}{n} " + "tekst " * 5 + "loopt door", x0, 100 + 14 * n) for n in range(20)]


def _column_page(number: int) -> Page:
    """A page of :func:`_column_words`, read: with another one, the document's gutter."""
    return Page(number=number, width=595, height=842, lines=read_lines(_column_words(), number, 0.45).lines)


def test_two_columns_are_read_one_after_the_other():
    header = _words("Werkplan Testplatform | 3 van 9 en nog wat tekst die over de goot loopt", 60, 40)
    left, right = _column(60, "links"), _column(300, "rechts")
    words = header + [w for line in left + right for w in line]
    lines = read_lines(words, 3, 0.45).lines
    texts = [ln.text for ln in lines]
    assert texts[0].startswith("Werkplan Testplatform")  # the running header stays whole, first
    assert texts[1:21] == [" ".join(w.text for w in line) for line in left]
    assert texts[21:] == [" ".join(w.text for w in line) for line in right]


def test_a_table_is_not_taken_for_two_columns():
    rows = [_words("Movisie Senior", 60, 100 + 14 * n) + _words("95", 300, 100 + 14 * n)
            + _words("63", 380, 100 + 14 * n) + _words("5.985", 460, 100 + 14 * n) for n in range(20)]
    lines = read_lines([w for row in rows for w in row], 3, 0.45).lines
    assert [ln.text for ln in lines] == ["Movisie Senior 95 63 5.985"] * 20


def test_words_split_only_by_a_change_of_font_are_one_word():
    # "Project" then a "." in another colour, touching: pdfplumber gives two words.
    project = Word("Project", 60, 95, 100, 110, "Times-Roman", 10, (0,))
    stop = Word(".", 95, 97.5, 100, 110, "Times-Roman", 10, (0, 0, 1))
    next_word = Word("Dit", 100, 115, 100, 110, "Times-Roman", 10, (0,))
    [line] = read_lines([project, stop, next_word], 1, 0.45).lines
    assert [w.text for w in line.words] == ["Project.", "Dit"]


def _texts(lines) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


def _rows(x0: float, first: str, top: float, count: int) -> list[list[Word]]:
    return [_words(f"{first}{n} " + "tekst " * 5 + "loopt door", x0, top + 14 * n) for n in range(count)]


def _column_words() -> list[Word]:
    """A page of two columns of 20 lines, its gutter from x 262.5 (the end of "x19 tekst … door") to 300."""
    return [w for line in _rows(60, "x", 100, 20) + _rows(300, "y", 100, 20) for w in line]


def _gutter():
    gutter = page_gutter(_column_words())
    assert (gutter.left, gutter.right) == (262.5, 300)
    return gutter


def test_a_page_whose_headings_run_across_its_gutter_shows_it_in_the_words_of_its_text():
    # Chromium look 10204: a heading across the page over each section, set larger than the text; 10 of 110 pages
    # showed their gutter, too few for the document's, and the columns of the rest were read row by row across it,
    # published.  The words in the text's size show it; a page of one column shows none either way.
    heading = _words("Onderdeel A projecten en benutting van kennis", 60, 80, size=19.0)
    sets = _rows(60, "a", 110, 10) + _rows(300, "b", 110, 10) + _rows(60, "c", 270, 10) + _rows(300, "d", 270, 10)
    middle = _words("Totaal onderdeel A: Projecten en Impact en implementatie en netwerken", 60, 250, size=19.0)
    words = [w for line in [heading, *sets[:20], middle, *sets[20:]] for w in line]
    assert page_gutter(words) == Gutter(257.5, 300)
    one_column = [_words("tekst " * 14 + "loopt door", 60, 110 + 14 * n) for n in range(20)]
    assert page_gutter([w for line in [heading, *one_column, middle] for w in line]) is None


def test_a_heading_across_the_page_ends_one_column_set_and_begins_the_next():
    # Eight lines a column, then a heading set across the page (short: it does not reach the gutter),
    # then a column set of four lines a column.  Read: the first set, the heading, the second set.
    top_left, top_right = _rows(60, "a", 100, 8), _rows(300, "b", 100, 8)
    heading = _words("Overig project", 60, 232, size=14)
    low_left, low_right = _rows(60, "c", 256, 4), _rows(300, "d", 256, 4)
    words = [w for line in top_left + top_right + [heading] + low_left + low_right for w in line]
    page = read_lines(words, 3, 0.45)
    assert [ln.text for ln in page.lines] == (
        _texts(top_left) + _texts(top_right) + ["Overig project"] + _texts(low_left) + _texts(low_right))
    assert page.column_sets == 2


def test_a_heading_inside_the_right_column_does_not_end_the_set():
    # The right column: five lines, a heading 22 points below them, six lines; the left column runs on
    # beside the heading, so the set goes on: left column whole, then right column whole.
    left = _rows(60, "a", 100, 12)
    right_top, right_low = _rows(300, "b", 100, 5), _rows(300, "c", 207, 6)
    heading = _words("Doelgroep", 300, 188, size=12)
    words = [w for line in left + right_top + [heading] + right_low for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45).lines]
    assert texts == _texts(left) + _texts(right_top) + ["Doelgroep"] + _texts(right_low)


def test_a_left_column_running_on_far_below_the_right_one_is_cut_where_the_set_ends():
    # Columns are balanced: a left column of 4 lines beside a right one of 4, then (a wide gap below)
    # a heading and its 6 lines in the left column with nothing beside them.  The heading and its lines
    # come after the right column.  (Most of this page's words stand left: the gutter is the one the
    # document's other pages show.)
    left, right = _rows(60, "a", 100, 4), _rows(300, "b", 100, 4)
    heading = _words("Resultaten", 60, 178, size=12)
    below = _rows(60, "c", 198, 6)
    words = [w for line in left + right + [heading] + below for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + _texts(right) + ["Resultaten"] + _texts(below)


def test_a_set_followed_by_two_headings_with_their_text_in_the_left_column_is_cut_above_the_first():
    # Seen in a two-column look of the 2023 text: a set of 4 lines a column, then "7. Resultaten" and its
    # 3 lines, then (the widest gap) "8. Planning" and its 2 lines, all in the left column.  Cut only at
    # the widest gap, the set took "7. Resultaten" and its lines into its left column, before the right
    # column, which then ran on into the text of section 7.
    left, right = _rows(60, "a", 100, 4), _rows(300, "b", 100, 4)
    results, results_text = _words("Resultaten", 60, 174, size=12), _rows(60, "c", 194, 3)
    planning, planning_text = _words("Planning", 60, 260, size=12), _rows(60, "d", 280, 2)
    words = [w for line in left + right + [results] + results_text + [planning] + planning_text for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == (_texts(left) + _texts(right) + ["Resultaten"] + _texts(results_text) + ["Planning"]
                     + _texts(planning_text))


def test_a_set_cut_below_its_left_column_keeps_the_right_ones_last_lines_beside_the_gap():
    # Seen in a two-column look of the 2023 text: the right column ends in a footnote whose last lines
    # stand beside the gap between the left column's end and the heading below the set.  Cut at the
    # left column's end, those lines were read after the heading, in the text of the next section.
    left, right = _rows(60, "a", 100, 4), _rows(300, "b", 100, 4)
    note = [_words(f"noot{n} tekst tekst tekst tekst tekst tekst", 300, 153 + 8 * n, size=7) for n in range(2)]
    heading, below = _words("Resultaten", 60, 200, size=12), _rows(60, "c", 220, 6)
    words = [w for line in left + right + note + [heading] + below for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + _texts(right) + _texts(note) + ["Resultaten"] + _texts(below)


def test_a_heading_below_a_left_column_that_stops_short_of_the_right_one_ends_the_set():
    # Seen in a two-column look of the 2023 text: a list set in two columns, 2 lines on the left and 5 on
    # the right, then "8. Planning" across the page (short: it stands in the left column), 18 points below
    # the right column's end.  Read before: the heading in the left column, before the right column's
    # list items, which went into the planning's section.
    left, right = _rows(60, "a", 100, 2), _rows(300, "b", 100, 5)
    heading = _words("Planning", 60, 184, size=12)
    words = [w for line in left + right + [heading] for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + _texts(right) + ["Planning"]


def test_a_gap_between_list_items_is_measured_in_the_size_of_the_text_not_of_the_pages_tables():
    # Seen in a two-column look of the 2023 text: a left column of 11 lines, its items 9 points apart,
    # beside a right column of 4; the page's budget table, across the page, is set at 7 points, and most
    # of the page's words are its.  Measured at 7 points, the gap between two items was a set's end:
    # the right column was read between the left column's items.
    left = _rows(60, "a", 100, 4) + _rows(60, "c", 161, 7)
    right = _rows(300, "b", 100, 4)
    table = [_words("Verwey-Jonker Instituut Senior onderzoeker 114 167 19.038", 60, 300 + 10 * n, size=7)
             for n in range(24)]
    words = [w for line in left + right + table for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts[:15] == _texts(left) + _texts(right)


def test_a_page_whose_table_crosses_the_gutter_is_read_in_columns_at_the_documents_gutter():
    # Page 3: two columns of 10 lines, then a table across the page.  The table's cells cross the gutter,
    # so the page shows no gutter of its own.  Pages 1 and 2 are two columns throughout.
    left, right = _rows(60, "a", 100, 10), _rows(300, "b", 100, 10)
    table = [_words("Verwey-Jonker Instituut", 60, 260 + 16 * n) + _words("Senior onderzoeker", 230, 260 + 16 * n)
             + _words("114", 400, 260 + 16 * n) + _words("12.882", 470, 260 + 16 * n) for n in range(5)]
    words = [w for line in left + right + table for w in line]
    assert read_lines(words, 3, 0.45).lines[0].text.startswith("a0 tekst tekst tekst tekst tekst loopt door b0")

    pages = [_column_page(1), _column_page(2),
             Page(number=3, width=595, height=842, lines=read_lines(words, 3, 0.45).lines)]
    align_columns(pages, 0.45)
    assert pages[2].column_sets == 1
    assert [ln.text for ln in pages[2].lines] == _texts(left) + _texts(right) + [
        "Verwey-Jonker Instituut Senior onderzoeker 114 12.882"] * 5
    # One page with columns is no evidence for the others: a document gutter needs two pages.
    gutter = page_gutter([w for ln in pages[0].lines for w in ln.words])
    assert document_gutter([gutter], 3) is None
    assert document_gutter([gutter, gutter], 3) == gutter


def test_a_gutter_a_few_pages_show_by_chance_is_no_documents():
    # Held-out look 7967 (A5, one column, monospaced and justified): the spaces of 3 pages of 241 lined up
    # down the page at one place, a gap no word crossed.  Taken for the document's gutter, every page
    # was read in columns wherever a line's stretched space stood there ("met burgers" / "nationaliteit"
    # read before "die een verplichte dubbele": sections 233 / 292).
    gutter = Gutter(140.2, 152.7)
    assert document_gutter([gutter] * 3, 230) is None
    assert document_gutter([gutter] * 28, 98) == gutter


def test_a_justified_list_item_beside_the_right_column_is_no_table_row():
    # A justified line of a list item in the left column: its marker set close before the text, its
    # spaces stretched wide ("•  Door      reflectie-      en").  Its row (with the right column's line
    # beside it) is no table row of three cells: the page is read column by column.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    item = [Word(text, x0, x1, 240, 250, "Times-Roman", 10, (0,))
            for text, x0, x1 in [("•", 60, 65), ("Door", 67.5, 87.5), ("reflectie-", 140, 190), ("en", 252.5, 262.5)]]
    left[10] = item
    page = read_lines([w for line in left + right for w in line], 3, 0.45)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right)
    assert (page.column_sets, page.column_doubts) == (1, 0)


def test_a_column_that_ends_a_paragraph_before_one_that_goes_on_mid_sentence_is_in_doubt():
    # The left column ends on a short line ("Resultaten", a heading or a paragraph's last line) level
    # with the right column's seventh line; the right column's first line goes on in lower case.  Read
    # left then right, the text jumps from a finished line into the middle of a sentence: the page has
    # nothing to tell whether "Resultaten" heads the right column's text or ends the left one's.
    left, right = _rows(60, "a", 100, 6) + [_words("Resultaten", 60, 184)], _rows(300, "b", 100, 7)
    page = read_lines([w for line in left + right for w in line], 3, 0.45)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right)
    assert (page.column_sets, page.column_doubts) == (1, 1)
    # The same page whose right column begins a sentence ("Het"): the text may start anew there.
    right[0] = _words("Het " + "tekst " * 5 + "loopt door", 300, 100)
    assert read_lines([w for line in left + right for w in line], 3, 0.45).column_doubts == 0


def test_a_table_whose_cells_stand_at_one_pitch_across_the_gutter_is_read_row_by_row():
    # Two columns of 6 lines, then a Gantt chart across the page whose month cells (100 points apart)
    # leave the gutter (262.5-300) free: "Jan." ends before it, "Feb." begins after it.  Its rows are
    # read whole, after both columns, not its months and marks split between them.
    left, right = _rows(60, "a", 100, 6), _rows(300, "b", 100, 6)
    months = [w for n, month in enumerate(["Jan.", "Feb.", "Mrt.", "Apr."]) for w in _words(month, 210 + 100 * n, 200)]
    marks = _words("Voorverkenning", 60, 214) + [w for n in range(4) for w in _words("●", 217 + 100 * n, 214)]
    page = read_lines([w for line in left + right + [months, marks] for w in line], 3, 0.45, gutter=_gutter())
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right) + [
        "Jan. Feb. Mrt. Apr.", "Voorverkenning ● ● ● ●"]


def test_a_short_paragraph_in_two_short_columns_is_read_column_by_column():
    # Two columns of 6 lines; under a heading across the page, a four-line paragraph balanced over two
    # columns whose lines are far from a column wide (long words in a narrow column).
    left, right = _rows(60, "a", 100, 6), _rows(300, "b", 100, 6)
    row = _words("Organisatie Onderzoeker Uurtarief (€) Aantal Bedrag (€)", 60, 190)
    short = [_words("Alle bovengenoemde", 60, 210), _words("activiteiten zullen", 60, 224),
             _words("simultaan worden", 300, 210), _words("uitgevoerd.", 300, 224)]
    page = read_lines([w for line in left + right + [row] + short for w in line], 3, 0.45, gutter=_gutter())
    assert [ln.text for ln in page.lines][-4:] == [
        "Alle bovengenoemde", "activiteiten zullen", "simultaan worden", "uitgevoerd."]
    # A Gantt chart's labels beside their marks, set the same way, are no columns: read row by row.
    gantt = [_words("Bekend maken mini-databank", 60, 210), _words("Eventueel bijdragen", 60, 224),
             _words("● ●", 300, 210), _words("● ● ● ●", 300, 224)]
    page = read_lines([w for line in left + right + [row] + gantt for w in line], 3, 0.45, gutter=_gutter())
    assert [ln.text for ln in page.lines][-2:] == ["Bekend maken mini-databank ● ●", "Eventueel bijdragen ● ● ● ●"]


def test_a_heading_across_the_page_whose_space_falls_on_the_gutter_stays_whole():
    # Look 7615 (Liberation Mono, 12 pt body, a 14-point gutter): "Bijlage 1. Uitgewerkte projectplannen", 17 pt,
    # its space a letter wide (10.2 pt) right over the gutter.  Read as two columns' lines, the title lost
    # "projectplannen", which became a heading of its own, and every project fell under it.
    def mono(text: str, x0: float, top: float, size: float) -> list[Word]:
        words, x = [], x0
        for token in text.split():
            words.append(Word(token, x, x + 0.6 * size * len(token), top, top + size, "LiberationMono", size, (0,)))
            x += 0.6 * size * (len(token) + 1)
        return words

    gutter = Gutter(left=286.0, right=300.0)
    heading = mono("Bijlage 1. Uitgewerkte projectplannen", 63.6, 60, 17)
    left, right = _rows(60, "a", 100, 8), _rows(300, "b", 100, 8)
    words = heading + [w for line in left + right for w in line]
    page = read_lines(words, 41, 0.45, gutter)
    assert [ln.text for ln in page.lines] == ["Bijlage 1. Uitgewerkte projectplannen", *_texts(left), *_texts(right)]


def test_a_heading_below_a_left_column_one_line_longer_than_the_right_one_ends_the_set():
    # Look 7616 (A5, two columns): the left column runs one line below the right one, then, 2.3 sizes below,
    # "Idee 1: Benchmark anti-" / "stagediscriminatiebeleid op mbo-scholen" across the page.  Its first line,
    # short of the gutter, was read as the left column's last line, before the right column: the title was
    # cut in two and sub-plan 4.1/idee-1 lost its name and budget table.
    left, right = _rows(60, "a", 100, 5), _rows(300, "b", 100, 4)
    heading = _words("Idee 1: Benchmark anti-", 60, 190, size=11, fontname="Times-BoldItalic")
    rest = _words("stagediscriminatiebeleid op mbo-scholen en nog meer woorden", 60, 204, size=11,
                  fontname="Times-BoldItalic")
    below = _rows(60, "c", 228, 3) + _rows(300, "d", 228, 3)
    words = [w for line in left + right + [heading, rest] + below for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts[:10] == _texts(left) + _texts(right) + ["Idee 1: Benchmark anti-"]


def test_a_paragraph_below_a_left_column_one_line_longer_than_the_right_one_stays_in_the_set():
    # Look 7601 (two columns): the left column runs on below the right one's end, a paragraph's break, then
    # the rest of its text ("• Profijtgroep: Gezinnen/cliënten …", in the text's print).  Read in its column.
    left, right = _rows(60, "a", 100, 5), _rows(300, "b", 100, 4)
    after = _rows(60, "c", 180, 1)
    words = [w for line in left + right + after for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + _texts(after) + _texts(right)


def test_a_synthesised_small_capitals_title_is_read_at_its_capitals_size():
    # Look 7752 set its top level in small capitals at 1.94 times the body: WeasyPrint draws "Onderdeel A:
    # Ontwikkeling en benutting" / "van kennis" with capitals at 19.4 pt and lower-case letters as capitals
    # at 15.5 pt.  Read at 15.5 pt (most characters), the top level ranked below the 17.5 pt second one.
    # Look 123 set "a. Thematische en/of regionale" / "kennisateliers" so.
    font = "PCXHTN+DejaVu-Sans-Bold-Small-Caps"

    def part(text: str, x0: float, top: float, size: float) -> Word:
        return Word(text, x0, x0 + 0.6 * size * len(text), top, top + size, font, size, (0,))

    first = [part("O", 60, 100, 19.4), part("nderdeel", 60 + 0.6 * 19.4, 103.9, 15.5), part("A:", 160, 100, 19.4)]
    # The second line's size computed again, its last digits not the same.
    second = [part("vAn", 60, 125, 15.5000000001), part("kennIs", 100, 125, 15.5000000001)]
    body = _words("Een alinea lopende tekst", 60, 150)
    lines = read_lines(first + second + body, 2, 0.45).lines
    assert [(line.text, line.size) for line in lines] == [
        ("Onderdeel A:", 19.4), ("vAn kennIs", 19.4), ("Een alinea lopende tekst", 10.0)]


def test_small_capitals_a_word_processor_sets_in_the_regular_font_are_read_at_their_capitals_size():
    # LibreOffice look 8105 set its top level in small capitals at 1.98 times the 12 pt body, in the regular
    # "DejaVuSans-Bold" (no small-capitals font): "I" at 23.8 pt, "NLEIDING" at 19.0.  Read at 19.0 (most
    # characters), the top level ranked below the second (21.2 pt): 1 of 291 sections right, outline and
    # tags stripped.  A footnote's mark, smaller and touching a word, and lower-case text at the smaller
    # size keep their size.
    font = "AAAA+DejaVuSans-Bold"

    def part(text: str, x0: float, top: float, size: float, fontname: str = font) -> Word:
        return Word(text, x0, x0 + 0.6 * size * len(text), top, top + size, fontname, size, (0,))

    heading = [part("I", 60, 100, 23.8), part("NLEIDING", 60 + 0.6 * 23.8, 104.8, 19.0)]
    second = [part("VAN", 60, 130, 19.0), part("KENNIS", 110, 130, 19.0)]
    body = [part("CBS", 60, 160, 19.0, "AAAA+DejaVuSans"), part("6", 60 + 0.6 * 19 * 3, 158, 12.0, "AAAA+DejaVuSans"),
            part("tekst", 120, 160, 19.0)]
    lines = read_lines(heading + second + body, 2, 0.45).lines
    assert [(line.text, line.size) for line in lines] == [
        ("INLEIDING", 23.8), ("VAN KENNIS", 23.8), ("CBS6 tekst", 19.0)]
    # Capitals beside lower-case words of their font and size are no small capitals (look 8686: a note's last
    # line, "het CBS.", set at the size of a heading's small capitals).
    note = [part("het", 60, 190, 19.0), part("CBS.", 60 + 0.6 * 19 * 4, 190, 19.0)]
    lines = read_lines(heading + note, 2, 0.45).lines
    assert [[(w.text, w.size) for w in line.words] for line in lines] == [
        [("INLEIDING", 23.8)], [("het", 19.0), ("CBS.", 19.0)]]
    # So are capitals alone on a line right under running text of their font and size (Chromium look 10178
    # stripped: "SZW.", a paragraph's last line, read at a heading's 16.7 pt, published as a project's sub-plan);
    # a line of small capitals with a capital of their font on it is one still, though a line's gap under the text,
    # also its words typed in lower case, set in small capitals alone ("VAN", "AANPAK").
    text = [part("het", 60, 150, 19.0), part("ministerie", 110, 150, 19.0), part("van", 250, 150, 19.0)]
    last = [part("SZW.", 60, 177, 19.0)]
    lines = read_lines(heading + text + last, 2, 0.45).lines
    assert [(line.text, line.size) for line in lines] == [
        ("INLEIDING", 23.8), ("het ministerie van", 19.0), ("SZW.", 19.0)]
    close = [part("P", 60, 177 - 4.8, 23.8), part("LAN", 60 + 0.6 * 23.8, 177, 19.0), part("VAN", 120, 177, 19.0),
             part("AANPAK", 170, 177, 19.0)]
    lines = read_lines(heading + text + close, 2, 0.45).lines
    assert [(line.text, line.size) for line in lines] == [
        ("INLEIDING", 23.8), ("het ministerie van", 19.0), ("PLAN VAN AANPAK", 23.8)]


def _page_of(number: int, words: list[Word]) -> Page:
    """A page as :func:`extract.pdf.layout.model_page` makes it of ``words``."""
    capital = capital_sizes(words)
    return Page(number, 420, 595, read_lines(words, number, 0.45, capital=capital).lines, small_capitals=capital)


def test_a_small_capitals_title_broken_over_a_page_end_is_read_at_its_capitals_size_on_both_pages():
    # Chromium look 10040 set "Onderdeel van een meerjarige programma" in synthesised small capitals, 18.1 pt
    # capitals and 12.75 pt lower-case letters, and broke it over a page's end: "PROGRAMMA", typed in lower
    # case, has no capital beside it atop the next page, so it was read at 12.75 pt, not as the title's rest.
    font = "AAAAAA+LiberationSans"

    def part(text: str, x0: float, top: float, size: float) -> Word:
        return Word(text, x0, x0 + 0.6 * size * len(text), top, top + size, font, size, (0,))

    body = _words("Een alinea lopende tekst over het werkplan", 51, 450, 11.0, font)
    title = [part("O", 51, 495, 18.1), part("NDERDEEL", 51 + 0.6 * 18.1, 499.2, 12.75), part("VAN", 140, 499.2, 12.75)]
    footer = _words("Werkplan 2023 | 4", 51, 560, 7.0, font)  # a running footer, in a smaller print, below it
    header = _words("Werkplan 2023 | 5", 51, 20, 7.0, font)
    opening = "Het voorliggende werkplan gaat over"
    next_page = [part("PROGRAMMA", 51, 38.7, 12.75), *_words(opening, 51, 65.6, 11.0, font)]
    # A page whose foot holds no such title keeps its capitals as they are, as does a page whose opening lines
    # are in another colour (a table's header in capitals).
    table_header = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.fontname, w.size, (0.5,)) for w in next_page[:1]]
    # The small capitals smaller than the next page's text (Chromium look 10336: 9 pt on a page of 12 pt text).
    larger_text = [part("PROGRAMMA", 51, 38.7, 12.75), *_words(opening, 51, 65.6, 14.0, font)]
    pages = [_page_of(4, body + title + footer), _page_of(5, header + next_page), _page_of(6, next_page),
             _page_of(7, body + title), _page_of(8, table_header + next_page[1:]),
             _page_of(9, body + title), _page_of(10, header + larger_text)]
    carry_small_capitals(pages, 0.45)
    assert [[(line.text, line.size) for line in page.lines] for page in pages] == [
        [("Een alinea lopende tekst over het werkplan", 11.0), ("ONDERDEEL VAN", 18.1), ("Werkplan 2023 | 4", 7.0)],
        [("Werkplan 2023 | 5", 7.0), ("PROGRAMMA", 18.1), ("Het voorliggende werkplan gaat over", 11.0)],
        [("PROGRAMMA", 12.8), ("Het voorliggende werkplan gaat over", 11.0)],  # a line's size to a tenth
        [("Een alinea lopende tekst over het werkplan", 11.0), ("ONDERDEEL VAN", 18.1)],
        [("PROGRAMMA", 12.8), ("Het voorliggende werkplan gaat over", 11.0)],
        [("Een alinea lopende tekst over het werkplan", 11.0), ("ONDERDEEL VAN", 18.1)],
        [("Werkplan 2023 | 5", 7.0), ("PROGRAMMA", 18.1), ("Het voorliggende werkplan gaat over", 14.0)]]


def test_print_smaller_than_the_text_atop_a_page_is_a_titles_rest_only_under_a_title_that_goes_on():
    # A helper's review of the rule for look 10336 (small capitals at 12.9 / 9 pt, text at 12): a 9 pt header or
    # table in the small capitals' print atop the next page was read at 12.9 pt, larger than the text, under a
    # title that ends ("ONDERDEEL A") or under text with a name in small capitals ("JANSEN") at the page's foot.
    font = "AAAAAA+LiberationSans"

    def part(text: str, x0: float, top: float, size: float) -> Word:
        return Word(text, x0, x0 + 0.6 * size * len(text), top, top + size, font, size, (0,))

    body = [w for i in range(6) for w in _words("Een alinea lopende tekst over het werkplan", 51, 300 + 16 * i, 12.0,
                                                font)]
    ending = [part("O", 51, 495, 12.9), part("NDERDEEL", 51 + 0.6 * 12.9, 498.9, 9.0), part("A", 140, 495, 12.9)]
    going_on = [part("O", 51, 495, 12.9), part("NDERDEEL", 51 + 0.6 * 12.9, 498.9, 9.0), part("VAN", 140, 498.9, 9.0)]
    name_in_text = [part("J", 51, 476, 12.0), part("ANSEN", 51 + 0.6 * 12, 479, 9.0),
                    *_words("en zo verder lopende tekst", 51, 520, 12.0, font)]
    text = [w for i in range(6) for w in _words("Het voorliggende werkplan gaat over", 51, 60 + 16 * i, 12.0, font)]
    header = _words("Werkplan 2023 | 5", 51, 20, 9.0, font)
    cells = [w for i in range(2) for w in _words(f"Activiteit {i} 2023", 51, 20 + 11 * i, 9.0, font)]
    rest = [part("PROGRAMMA", 51, 38.7, 9.0)]
    pages = [_page_of(4, body + ending), _page_of(5, cells + text), _page_of(6, body + name_in_text),
             _page_of(7, header + text), _page_of(8, body + going_on), _page_of(9, rest + text)]
    carry_small_capitals(pages, 0.45)
    assert [[(line.text, line.size) for line in page.lines[:2]] for page in pages[1::2]] == [
        [("Activiteit 0 2023", 9.0), ("Activiteit 1 2023", 9.0)],
        [("Werkplan 2023 | 5", 9.0), ("Het voorliggende werkplan gaat over", 12.0)],
        [("PROGRAMMA", 12.9), ("Het voorliggende werkplan gaat over", 12.0)]]


def test_a_set_above_a_running_footer_in_the_right_column_keeps_its_left_columns_last_line():
    # Look 7758 (two columns, a page number at the foot on the right): under "2. Doel(en) project" the left
    # column's 3 lines beside the right one's 2, the footer 44 points below the left column's end.  The
    # gap below the left column did not count as the set's end (only gaps between words did), so the set
    # was cut between two lines (set 1.5 sizes apart, half a size between them), and the left column's last
    # line read after the right one.
    top_left, top_right = _rows(60, "a", 100, 4), _rows(300, "b", 100, 4)
    heading = _words("Doel(en) project", 60, 176, size=9)
    left = [_words(f"c{n} " + "tekst " * 5 + "loopt door", 60, 190 + 15 * n) for n in range(3)]
    right = [_words(f"d{n} " + "tekst " * 5 + "loopt door", 300, 190 + 15 * n) for n in range(2)]
    footer = _words("Werkplan pagina 102", 420, 290, size=7)
    words = [w for line in top_left + top_right + [heading] + left + right + [footer] for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts[9:] == _texts(left) + _texts(right) + ["Werkplan pagina 102"]


def test_a_heading_beside_the_right_columns_gap_ends_the_set_when_the_right_column_starts_lower():
    # Looks 7758, 7761 (two columns): "7. Resultaten" in the left column, the right one empty beside it;
    # below, both columns begin a list, the right one's first item 4.8 points lower than the left one's
    # (the space before a list item, given up under the heading).  Taken for columns running on, the set
    # was not cut: the left column's list came before the right column's text of the section above.
    top_left, top_right = _rows(60, "a", 100, 8), _rows(300, "b", 100, 7)
    heading = _words("Resultaten", 60, 232, size=9, fontname="Times-Bold")
    low_left, low_right = _rows(60, "c", 250, 4), _rows(300, "d", 255, 4)
    words = [w for line in top_left + top_right + [heading] + low_left + low_right for w in line]
    page = read_lines(words, 3, 0.45, gutter=_gutter())
    assert [ln.text for ln in page.lines] == (
        _texts(top_left) + _texts(top_right) + ["Resultaten"] + _texts(low_left) + _texts(low_right))


def test_a_heading_inside_a_left_column_whose_foot_runs_on_in_the_right_columns_head_does_not_end_the_set():
    # The left column ends a sentence ("… Manifest."), then a heading in its column and its text, whose
    # sentence breaks at the column's foot and goes on at the right column's head ("nationaliteit moeten
    # …"), the left column 6 lines longer.  Cut as a set's end above the heading, the heading and its text
    # would be read after the right column, which goes on from them (look 7761 showed the pattern for a
    # list item: "… Keuzevrijheid in Nationaliteit." / "• Organiseren …" / "nationaliteit moeten …").
    left = _rows(60, "a", 100, 3) + [_words("thema zoals het Manifest tekst tekst.", 60, 142)]
    heading = _words("Doelgroep", 60, 166, size=12, fontname="Times-Bold")
    text = [_words("Organiseren van drie focusgroepen tekst", 60, 184),
            _words("met burgers die een verplichte dubbele", 60, 198)]
    right = [_words("nationaliteit moeten aanhouden totaal twintig mensen", 300, 100 + 14 * n) for n in range(2)]
    words = [w for line in left + [heading] + text + right for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + ["Doelgroep"] + _texts(text + right)


def test_a_list_item_in_the_texts_print_below_a_left_column_running_on_far_below_stays_in_the_set():
    # Look 7758 p.81 (two columns): under "6. Activiteiten" the left column runs 5 lines below the right
    # one's end, its list going on ("• via sociale media …", "• door het aanleveren … zoals Platform"), the
    # right column's head going on from it ("JEP, ESS, SSV …").  Taken for a heading and its text below the
    # set, the last items were read after the right column; lines in the text's print are no heading.
    left = _rows(60, "a", 100, 3) + [_words("en andere online media tekst.", 60, 142)]
    items = [_words("• via sociale media Twitter tekst.", 60, 170),
             _words("• door het aanleveren van tekst", 60, 184), _words("platforms zoals Platform", 60, 198)]
    right = [_words("JEP ESS SSV en de website tekst tekst", 300, 100 + 14 * n) for n in range(2)]
    words = [w for line in left + items + right for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left + items + right)


def test_a_list_in_the_right_column_is_read_as_a_column_beside_a_small_table_below_it():
    # Look 7764 p.98 (two columns, 11.5 pt): under "7. Resultaten" one list item on the left, its rest and
    # two more items on the right, their lines 10 and 20 points in from the right column's edge; below,
    # the planning and budget tables at 8-9 pt, read with them.  Measured in the tables' size, the right
    # column's lines began too far in for a column: the list was read row by row, its lines mixed.
    heading = _words("Resultaten", 60, 100, size=12, fontname="Times-Bold")
    left = [_words("• Inspirerend artikel met", 68, 124, size=11),
            _words("belemmerende en bevorderende", 78, 140, size=11)]
    right = [_words(text, 300 + indent, 124 + 16 * n, size=11) for n, (indent, text) in enumerate([
        (20, "factoren en verwijzingen naar"), (20, "goede voorbeelden."), (10, "• Twee korte portretten van"),
        (20, "succesvolle arbeidsmigranten in"), (20, "relatie tot hun taalvaardigheid."),
        (10, "• Verslag van de landelijke"), (20, "Kennisbijeenkomst.")])]
    table = [_words(f"Fase {n}. Quickscan interviews", 60, 260 + 12 * n, size=8) for n in range(12)]
    words = [w for line in [heading] + left + right + table for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts[:10] == ["Resultaten"] + _texts(left + right)


def test_a_page_of_a_few_lines_is_read_in_columns_at_the_documents_gutter():
    # Look 7764 p.24: a section's last 5 lines, 3 in the left column and 2 in the right, alone on a page.
    # Too few words to show a gutter, the page was read row by row: "… voorbeelden van diverse onderdelen
    # van het" / "manieren waarop KIS in deze periode Kennisplatform."
    left = [_words(text, 60, 100 + 14 * n) for n, text in enumerate(
        ["zijn slechts twee voorbeelden van", "manieren waarop KIS in deze", "versterkt inzet op synergie"])]
    right = [_words(text, 300, 100 + 14 * n) for n, text in enumerate(
        ["diverse onderdelen van het", "Kennisplatform."])]
    words = [w for line in left + right for w in line]

    pages = [_column_page(1), _column_page(2),
             Page(number=3, width=595, height=842, lines=read_lines(words, 3, 0.45).lines)]
    align_columns(pages, 0.45)
    assert [ln.text for ln in pages[2].lines] == _texts(left + right)
    assert pages[2].column_sets == 1


def test_a_page_whose_gutter_shows_wider_is_read_at_the_documents_gutter():
    # LibreOffice look 8544 p. 121: under two lines at the page's head, the left column's lines end short and the
    # right column's are list items, their marks 9 points in.  The page's own gutter, measured below its head, ran
    # from the left column's end to the marks, and the first row, "… Tevens zullen" ending near the right
    # column, was read across it: "… Tevens zullen Racismebestrijding) en het ministerie van we samenwerken …".
    left = [_words("goede contact meer vanuit KIS). Tevens zullen", 60, 100),
            _words("we samenwerken met de NCDR (Nationaal", 60, 114)]
    left += [_words(f"a{n:02d} tekst tekst tekst tekst tekst lopen met", 60, 100 + 14 * n) for n in range(2, 22)]
    right = [_words("Racismebestrijding) en het ministerie van", 300, 100),
             _words("Binnenlandse Zaken en Koninkrijksrelaties.", 300, 114)]
    right += [_words("•", 305, 100 + 14 * n) + _words(f"b{n:02d} tekst tekst tekst", 317, 100 + 14 * n)
              for n in range(2, 22)]
    words = [w for line in left + right for w in line]
    assert page_gutter(words) == Gutter(257.5, 305)
    alone = read_lines(words, 3, 0.45)
    assert alone.lines[0].text.endswith("Tevens zullen Racismebestrijding) en het ministerie van")
    pages = [_column_page(1), _column_page(2), Page(number=3, width=595, height=842, lines=alone.lines,
                                                    column_sets=alone.column_sets)]
    align_columns(pages, 0.45)
    assert [ln.text for ln in pages[2].lines] == _texts(left + right)


def test_a_page_of_one_list_items_lines_measures_its_indent_from_the_documents_left_column():
    # LibreOffice look 8492 (8.5 pt, justified, no outline): a page holds one list item's last three lines,
    # "• realisatie van … de pers te" / "benaderen en … de aandacht" | "van de media te brengen.", the last at
    # the right column's head under the item's text, 24 points right of the gutter.  Measured from the page's
    # leftmost word, the mark, the item's text is 12 points in, and the set was read row by row, published.
    mark = Word("•", 72, 76, 100, 110, "Times-Roman", 10.0, (0,))
    left = [[mark, *_words("realisatie van free publicity door actief", 84, 100)],
            _words("benaderen en onze rapporten onder", 84, 114)]
    right = [_words("van de media te brengen.", 324, 100)]
    words = [w for line in left + right for w in line]

    # Drawn as the program set them: the left column's lines, then the right one's.
    pages = [_column_page(1), _column_page(2),
             Page(number=3, width=595, height=842, lines=read_lines(words, 3, 0.45).lines, drawn=words)]
    align_columns(pages, 0.45)
    assert [ln.text for ln in pages[2].lines] == _texts(left + right)
    # The page alone, its own leftmost word the edge, reads the rows across the gutter.
    alone = read_lines(words, 3, 0.45, gutter=_gutter(), drawn=words)
    assert alone.lines[0].text == "• realisatie van free publicity door actief van de media te brengen."


def test_a_word_longer_than_the_left_column_runs_into_the_gutter_and_stays_in_its_column():
    # Look 7877 (A5, 11 pt monospaced): the list item "• Door reflectie- en" / "ontwikkelbijeenkomsten" /
    # "de input uit …", its long word alone on its line, running 11 points into the gutter beside the
    # right column's "een context van".  Taken for a line across the page, the row was read whole: the
    # left column's word after the right column's lines, and the text of both columns out of order.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    long_word = Word("ontwikkelbijeenkomsten", 72.5, 290, 240, 250, "Times-Roman", 10, (0,))
    left[10] = [*_words("•", 60, 240), long_word]
    page = read_lines([w for line in left + right for w in line], 3, 0.45, gutter=_gutter())
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right)
    assert page.column_sets == 1
    # A heading across the page whose second word ends in the gutter, its third beginning a space after it
    # where the right column's lines begin (look 7855's "1. Kennisdossier Roma, Sinti en"), stays whole.
    heading = [Word("1.", 60, 70, 80, 90, "Times-Roman", 10, (0,)),
               Word("Kennisdossier", 75, 293, 80, 90, "Times-Roman", 10, (0,)),
               Word("Roma,", 300, 330, 80, 90, "Times-Roman", 10, (0,))]
    # A line across the page whose word over the gutter is followed by a space, or follows a word of its
    # own line, is read whole where it stands.
    spaced = _words("x" * 45 + " tekst", 60, 80)
    after_word = [Word("Werkplan", 60, 100, 80, 90, "Times-Roman", 10, (0,)),
                  Word("Kennisplatform-Samenleven", 102.5, 287.5, 80, 90, "Times-Roman", 10, (0,)),
                  Word("2023", 300, 320, 80, 90, "Times-Roman", 10, (0,))]
    # A table's header cell over the gutter, short, the next cell in the right column (look 7878's overview:
    # "Movisie" / "Instituut"), stays whole.
    cells = [Word("Movisie", 262, 290, 80, 90, "Times-Roman", 10, (0,)),
             Word("Instituut", 300, 340, 80, 90, "Times-Roman", 10, (0,))]
    for across in (spaced, after_word, heading, cells):
        page = read_lines([w for line in [across] + left + right for w in line], 3, 0.45, gutter=_gutter())
        assert page.lines[0].text == " ".join(w.text for w in across)


def test_a_page_whose_gap_a_gantt_month_narrows_is_read_at_the_documents_gutter():
    # Look 7892 p.78: the gutter's gap narrowed by a Gantt chart's month ("Mrt.") that begins inside the
    # document's gutter (262.5-300), its gap falling on it; beside the left column, a right column of list
    # items' lines, indented 18 points.  Measured from the month, the right column's lines begin 22 points
    # (more than 2 sizes) in: no column, the page was read row by row, both columns' lines in turn.
    left = _rows(60, "a", 100, 20)
    right = [_words(f"b{n} " + "tekst " * 5 + "loopt door", 318, 100 + 14 * n) for n in range(20)]
    months = [w for n, month in enumerate(["Jan.", "Feb.", "Mrt.", "Apr.", "Mei."])
              for w in _words(month, 100 + 98 * n, 400)]
    footer = _words("Werkplan 2023 pagina 3", 60, 440)
    words = [w for line in left + right + [months, footer] for w in line]
    own = page_gutter(words)
    assert (own.left, own.right) == (262.5, 296)

    pages = [_column_page(1), _column_page(2),
             Page(number=3, width=595, height=842, lines=read_lines(words, 3, 0.45).lines)]
    align_columns(pages, 0.45)
    assert [ln.text for ln in pages[2].lines] == _texts(left + right) + [
        "Jan. Feb. Mrt. Apr. Mei.", "Werkplan 2023 pagina 3"]
    assert pages[2].column_sets == 1


def test_a_heading_in_the_texts_font_and_size_stands_apart_by_its_colour():
    # Held-out look 7923 (letter, two columns, 8.5 pt): section 3's text in two columns, 4 lines left and 3
    # right, then "4. Doelgroep" in the left column set in the text's font and size but grey (#444444) and
    # underlined, its list under it, the right column empty beside them.  Read as one set, the right
    # column's 3 lines ("inzicht in hoe informele netwerken …") went after the list, into section 4.
    def coloured(text: str, x0: float, top: float, color: tuple) -> list[Word]:
        return [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.fontname, w.size, color) for w in _words(text, x0, top)]

    left = _rows(60, "a", 100, 4)
    right = _rows(300, "b", 100, 3)
    heading = coloured("4. Doelgroep", 60, 170, (0.267, 0.267, 0.267))
    items = _rows(60, "c", 186, 4)
    words = [w for line in left + right + [heading] + items for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + _texts(right) + ["4. Doelgroep"] + _texts(items)
    # In black, the same line is the text's: the left column runs on beside nothing (a paragraph's break).
    black = [w for line in left + right + [_words("4. Doelgroep", 60, 170)] + items for w in line]
    texts = [ln.text for ln in read_lines(black, 3, 0.45, gutter=_gutter()).lines]
    assert texts == _texts(left) + ["4. Doelgroep"] + _texts(items) + _texts(right)


def test_the_lines_a_page_draws_out_of_turn_are_counted():
    # Two columns of 20 lines.  Drawn as they are read (left column, then right): none out of turn.
    # Drawn with the left column's last two lines after the right column (the author set them there:
    # the page is read in the wrong order), those two are out of turn.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    words = [w for line in left + right for w in line]
    as_read = read_lines(words, 3, 0.45, drawn=words)
    assert [ln.text for ln in as_read.lines] == _texts(left) + _texts(right)
    assert (as_read.column_sets, as_read.column_disorder) == (1, 0)
    drawn = [w for line in left[:18] + right + left[18:] for w in line]
    assert read_lines(words, 3, 0.45, drawn=drawn).column_disorder == 2
    assert read_lines(words, 3, 0.45).column_disorder is None  # the reader gave no content order


def test_the_document_reading_keeps_the_content_order_count_and_drops_the_drawn_words():
    # A page whose columns a table across the page hides (read at the document's gutter) draws its right
    # column first: both its lines read in the left column are out of turn.
    pages = [Page(number=n, width=420, height=595, lines=[], drawn=None) for n in (1, 2, 3)]
    for page in pages[:2]:
        page.lines, page.column_sets, page.column_doubts, page.column_disorder = read_lines(
            _column_words(), page.number, 0.45, drawn=_column_words())
    left, right = _rows(60, "a", 100, 2), _rows(300, "b", 100, 2)
    across = _words("Organisatie " * 12, 60, 90)
    words = across + [w for line in left + right for w in line]
    pages[2].lines = read_lines(words, 3, 0.45).lines
    pages[2].drawn = across + [w for line in right + left for w in line]
    align_columns(pages, 0.45)
    assert pages[2].column_sets == 1 and [ln.text for ln in pages[2].lines][1:] == _texts(left) + _texts(right)
    assert pages[2].column_disorder == 2
    assert [page.drawn for page in pages] == [None, None, None]


def test_a_side_of_one_line_is_a_column_where_the_content_draws_the_sides_apart():
    # Held-out look 7989 (notes set after their section, two columns): a section's last four lines in the
    # left column, its note the right column's one line beside the first.  From the layout alone it is
    # read row by row ("… loopt door 1 Alle bedragen"); the content stream draws the
    # whole left side, then the note: two columns.  A table drawn row by row stays rows.
    left = _rows(60, "a", 100, 4)
    note = [_words("1 Alle bedragen", 300, 100, size=7.0)]
    words = [w for line in left + note for w in line]
    gutter = Gutter(262.5, 300)
    as_rows = read_lines(words, 16, 0.45, gutter)
    assert (as_rows.column_sets, as_rows.lines[0].text) == (0, _texts(left)[0] + " " + _texts(note)[0])
    in_columns = read_lines(words, 16, 0.45, gutter, drawn=words)
    assert [ln.text for ln in in_columns.lines] == _texts(left) + _texts(note)
    assert (in_columns.column_sets, in_columns.column_disorder) == (1, 0)
    row_by_row = [w for line in left[:1] + note + left[1:] for w in line]
    assert read_lines(words, 16, 0.45, gutter, drawn=row_by_row).column_sets == 0



def test_a_side_of_figures_alone_is_a_tables_values_however_the_content_draws_it():
    # WeasyPrint look 8593 (A5, two columns, a budget table across them): a row's label wrapped over three lines,
    # its figures beside the first, the cell drawn before the figures.  Read in columns, the figures followed the
    # label's last line, and the next row's label was lost.
    label = [_words("Overhead", 60, 100), _words("Verwey-Jonker", 60, 114), _words("Instituut", 60, 128)]
    figures = [_words("5.030", 300, 100) + _words("23", 360, 100) + _words("115.690", 420, 100)]
    words = [w for line in label + figures for w in line]
    page = read_lines(words, 47, 0.45, Gutter(262.5, 300), drawn=words)
    assert [ln.text for ln in page.lines] == ["Overhead 5.030 23 115.690", "Verwey-Jonker", "Instituut"]
    assert page.column_sets == 0

def test_a_running_header_set_apart_above_the_columns_is_no_line_drawn_out_of_turn():
    # Held-out look 7937: the running header, right-aligned over the right column, stands 24 points above
    # the text and is drawn after the first column set's text.  It is the page's furniture, drawn where
    # the program draws it, not a column line out of turn; a first line of text drawn late is.
    header = _words("Werkplan KIS 2023", 380, 60)
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    words = header + [w for line in left + right for w in line]
    drawn = [w for line in left + right for w in line] + header
    assert read_lines(words, 5, 0.45, drawn=drawn).column_disorder == 0
    late = [w for line in left[1:] + right + [left[0]] for w in line] + header
    assert read_lines(words, 5, 0.45, drawn=late).column_disorder == 1


def test_a_row_the_content_draws_in_two_columns_is_read_in_its_columns():
    # Held-out look 8055: two columns, and below them a row read whole from the layout (a justified list
    # item's wide spaces taken for cells) whose left side, "• Een format voor mbo’s over", the content draws
    # with the left column, after its last line, and whose right side, "van de MBO Raad)", after the right
    # column's last line.  Each side goes on from its own column: it is read in them.  A table's row, drawn
    # cell by cell after the columns, stays a row.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    # Each side with a wide gap in it, as a table's cells stand apart.
    row = _words("Een format", 60, 380) + _words("voor", 147.5, 380) + _words("van de", 300, 380) + \
        _words("MBO Raad)", 367.5, 380)
    words = [w for line in left + right for w in line] + row
    as_columns = [w for line in left for w in line] + row[:3] + [w for line in right for w in line] + row[3:]
    page = read_lines(words, 80, 0.45, drawn=as_columns)
    assert [ln.text for ln in page.lines] == [*_texts(left), "Een format voor", *_texts(right), "van de MBO Raad)"]
    assert (page.column_sets, page.column_disorder) == (1, 0)
    as_table = read_lines(words, 80, 0.45, drawn=words)
    assert (as_table.lines[-1].text, as_table.column_disorder) == ("Een format voor van de MBO Raad)", 0)
    assert read_lines(words, 80, 0.45).lines[-1].text == "Een format voor van de MBO Raad)"  # no content order


def _justified_row_in_columns(row: int) -> tuple[list[list[Word]], list[list[Word]]]:
    """Two columns of 20 lines whose line ``row`` is justified on both sides, its spaces alike and as wide as the
    gap over the gutter: a Gantt chart's row of marks at one pitch, to the layout."""
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    top = 100 + 14 * row
    left[row] = _words("partijen", 60, top) + _words("en", 140, top) + _words("sectoren", 185, top)
    right[row] = _words("hier", 300, top) + _words("gaat", 395, top) + _words("om", 490, top)
    return left, right


def test_a_justified_row_inside_two_columns_is_read_in_them_where_the_content_draws_it_so():
    # Held-out look 8060 (justified two columns): in the middle of a page, a left line "partijen   en
    # sectoren   in   de" beside a right one "hier   gaat   om   een", their spaces as wide as the gutter,
    # was read as one row, cutting the columns in two sets: the lines above and below
    # it were read left, row, left, right (column_sets_cut).  The content draws each side after the line
    # above it on its side: both columns are read whole.
    left, right = _justified_row_in_columns(10)
    words = [w for line in left + right for w in line]
    page = read_lines(words, 15, 0.45, drawn=words)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right)
    assert (page.column_sets, page.column_disorder) == (1, 0)
    # The layout alone reads it as a table's row between two sets.
    assert "partijen en sectoren hier gaat om" in [ln.text for ln in read_lines(words, 15, 0.45).lines]
    # Drawn row by row (a table across the gutter), it stays a row.
    row_by_row = [w for line in left[:10] + right[:10] + [left[10] + right[10]] + left[11:] + right[11:]
                  for w in line]
    assert "partijen en sectoren hier gaat om" in [ln.text for ln in read_lines(words, 15, 0.45,
                                                                                drawn=row_by_row).lines]


def test_a_justified_first_row_is_read_in_columns_where_the_content_draws_its_left_side_first_on_the_page():
    # WeasyPrint look 8588 (A5, justified): the page's head, "onder   activiteit   4.   Om   dit" beside "pabo’s   en
    # andere", was read as one line across the gutter: no word is drawn before the left side's first to show it
    # goes on from a line above.  It is the first drawn on the page: the left column's start.
    left, right = _justified_row_in_columns(0)
    words = [w for line in left + right for w in line]
    page = read_lines(words, 126, 0.45, drawn=words)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right)
    # WeasyPrint look 8620: the set's first row under a heading across the page, drawn right after the heading,
    # whose last word stands right of the gutter.
    heading = _words("6. Activiteiten / plan van", 60, 80) + _words("aanpak", 300, 80)
    words = heading + words
    page = read_lines(words, 194, 0.45, drawn=words)
    assert [ln.text for ln in page.lines] == _texts([heading]) + _texts(left) + _texts(right)
    # Chromium look 10094: the running footer drawn first on the page, before the left column's first row, which
    # was then read whole across the gutter.  The footer, outside the text's band, is passed over.
    left, right = _justified_row_in_columns(0)
    footer = _words("Werkplan KIS 2023 pagina 60 van het werkplan", 200, 420)
    words = footer + [w for line in left + right for w in line]
    page = read_lines(words, 60, 0.45, drawn=words)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right) + _texts([footer])


def test_a_heading_across_the_page_drawn_after_the_column_set_above_it_is_read_after_the_set():
    # WeasyPrint look 8734 (A5, two columns, 10.6 pt monospaced headings, underlined), page 93 as the layout
    # read it (tests/fixtures): "3. Relatie tot programmalijn", its last word from left of the gutter into the
    # right column's room and none beyond, under a set whose right column goes on the left one's last sentence.
    # Drawn after the right column's last line, it was taken for a line of the left column, its underline ending
    # the set there, and the right column's text was read after it, in the next section (published, exit 0).  It
    # is a line across the page.
    fixture = json.loads((Path(__file__).parents[2] / "fixtures" / "look-8734-page-93.json").read_text())
    def words(rows):
        return [Word(text, x0, x1, top, bottom, font, size, (0,)) for text, x0, x1, top, bottom, font, size in rows]

    page = read_lines(words(fixture["words"]), 93, fixture["tolerance"], Gutter(*fixture["gutter"]),
                      drawn=words(fixture["drawn"]), rules=[tuple(rule) for rule in fixture["rules"]],
                      edge=fixture["edge"])
    texts = [line.text for line in page.lines]
    heading = texts.index("3. Relatie tot programmalijn")
    assert texts[texts.index("middel van het bevragen van") + 1] == "studenten van verschillende"
    assert texts[heading - 2:heading + 2] == ["betrekken bij de aanpak van", "stagediscriminatie.",
                                              "3. Relatie tot programmalijn", "Dit project past goed binnen onze"]


def test_a_left_columns_line_running_past_the_gutter_drawn_in_its_columns_turn_stays_in_the_column():
    # A review's case: a note's number and an address too long to break, past the gutter into the right column's
    # room, beside the right column's paragraph break; drawn in the left column's turn, after its line above.  Taken
    # for a line across the page, it cut the set in two and the right column's first half was read before it.
    left, right = _rows(60, "a", 100, 10), _rows(300, "b", 100, 10)
    left[5] = _words("11", 60, 170) + [Word("https://www.voorbeeld-gemeente.nl/werkplan", 75, 312, 170, 180,
                                            "Times-Roman", 10, (0,))]
    right[5] = []
    words = [w for line in left + right for w in line]
    page = read_lines(words, 3, 0.45, _gutter(), drawn=words)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts([line for line in right if line])


def _placed(text: str, x0: float, x1: float, top: float) -> Word:
    return Word(text, x0, x1, top, top + 9.0, "DejaVuSans", 9.0, (0,))


def test_a_table_the_content_draws_row_by_row_is_read_in_rows_though_its_sides_look_like_columns():
    # Held-out look 7997 (A5, two columns, ruled tables): a budget table run over a page's end, its header's
    # second line ("uren Uurtarief Kosten") and its first row's figures right of the gutter, each as wide as
    # a column's line, their gaps alike.  From the layout alone its sides are two columns: the header read
    # apart from its figures, the table lost (budget lines 369/420).  The content stream draws it cell by
    # cell, row after row, going from side to side and back three times: rows.  Drawn side by side: columns.
    header = [_placed("Organisatie", 45.9, 100.0, 100), _placed("Onderzoeker", 130.0, 183.7, 100),
              _placed("Aantal", 220.9, 253.8, 100)]
    header_rest = [_placed("uren", 230.4, 250.0, 110), _placed("Uurtarief", 272.0, 310.0, 110),
                   _placed("Kosten", 344.0, 372.0, 110)]
    label = [_placed("Verwey-Jonker", 45.9, 105.0, 122), _placed("Senior", 130.0, 160.0, 122),
             _placed("onderzoeker", 162.0, 206.0, 122)]
    figures = [_placed("2092", 230.9, 251.0, 122), _placed("114,00", 280.0, 308.0, 122),
               _placed("238.488,00", 325.0, 372.0, 122)]
    institute = [_placed("Instituut", 45.9, 83.4, 132)]
    words = header + header_rest + label + figures + institute
    gutter = Gutter(199.1, 213.9)
    row_by_row = header + header_rest + label[:1] + institute + label[1:] + figures
    as_drawn = read_lines(words, 54, 0.45, gutter, drawn=row_by_row)
    assert ([ln.text for ln in as_drawn.lines], as_drawn.column_sets) == (
        ["Organisatie Onderzoeker Aantal", "uren Uurtarief Kosten",
         "Verwey-Jonker Senior onderzoeker 2092 114,00 238.488,00", "Instituut"], 0)
    side_by_side = header[:2] + label + institute + header[2:] + header_rest + figures
    assert read_lines(words, 54, 0.45, gutter, drawn=side_by_side).column_sets == 1
    assert read_lines(words, 54, 0.45, gutter).column_sets == 1


def test_the_left_columns_lines_the_content_draws_after_the_right_column_follow_the_set():
    # Look 7924: a section's last paragraph in two columns, its sentence going on from the left column's
    # foot in the right one's head ("Op basis van de interviews" | "schrijven we een heldere …"), a note
    # below it; below the note, lower than the right column ends, the next sections' headings and list,
    # which the program draws after the whole right column.  From the layout alone the sentence that goes
    # on keeps them in the set (no cut below a sentence's end there), read before the right column; the
    # content order ends the set above them.
    left, right = _rows(60, "a", 100, 12), _rows(300, "b", 100, 8)
    note = _words("12 We verwachten interviews.", 60, 270, size=7.0)
    after = [_words("7. Resultaten", 60, 300, size=12.0), _words("• Factsheet met casussen gemeente.", 60, 320),
             _words("8. Planning", 60, 345, size=12.0)]
    words = [w for line in [*left, note, *right, *after] for w in line]
    gutter = Gutter(262.5, 300)
    as_drawn = read_lines(words, 55, 0.45, gutter, drawn=words)
    assert [ln.text for ln in as_drawn.lines] == _texts([*left, note, *right, *after])
    layout_only = [ln.text for ln in read_lines(words, 55, 0.45, gutter).lines]
    assert layout_only == _texts([*left, note, *after, *right])
    # Drawn with the left column (the program set them there): one set, read as the layout reads it.
    in_left = [w for line in [*left, note, *after, *right] for w in line]
    assert [ln.text for ln in read_lines(words, 55, 0.45, gutter, drawn=in_left).lines] == layout_only


def test_a_note_mid_column_the_content_draws_with_the_left_column_does_not_end_the_set():
    # LibreOffice look 8217 (notes printed under their paragraph): the left column's sentence broken by its
    # note in 7 pt ("Op basis van de interviews" / "12 We verwachten …" / "schrijven we een heldere …"), the
    # right column ending far above.  From the layout alone the note in another print ends the set: the right
    # column was read before the left column's last lines.  The content draws the whole left column first.
    left, right = _rows(60, "a", 100, 12), _rows(300, "b", 100, 4)
    note = _words("12 We verwachten interviews.", 60, 276, size=7.0)  # 12 points under the text: a size
    rest = _rows(60, "c", 288, 4)
    words = [w for line in [*left, note, *rest, *right] for w in line]
    gutter = Gutter(262.5, 300)
    assert [ln.text for ln in read_lines(words, 71, 0.45, gutter).lines] == _texts([*left, *right, note, *rest])
    assert [ln.text for ln in read_lines(words, 71, 0.45, gutter, drawn=words).lines] == _texts(
        [*left, note, *rest, *right])


def test_a_note_at_the_right_columns_foot_beside_the_left_columns_text_does_not_end_the_set():
    # LibreOffice look 8307 (notes at the foot of their column): the right column's text ends half-way down,
    # its note stands at its foot, level with the left column's text.  The gap above the note was taken for a
    # heading's place across the page: the left column was cut at its paragraph break beside it, and its last
    # paragraph read after the right column.
    first, second = _rows(60, "a", 100, 20), _rows(60, "c", 389, 8)  # a paragraph break 9 points deep
    right = _rows(300, "b", 100, 10)
    note = [_words("15 Polarisatie hoeft niet nadelig te zijn.", 300, 474.2, size=7.0),
            _words("Bijvoorbeeld om de emancipatie te bevorderen.", 300, 483.6, size=7.0)]
    words = [w for line in [*first, *second, *right, *note] for w in line]
    lines = read_lines(words, 78, 0.45, Gutter(262.5, 300)).lines
    assert [ln.text for ln in lines] == _texts([*first, *second, *right, *note])


def test_a_note_at_the_right_columns_foot_just_below_the_left_columns_last_line_does_not_end_the_set():
    # LibreOffice look 8661 (notes at the foot of their column): the right column's first note, the rest of a
    # note from the left column's foot, starts a point below the left column's last line of text, over which
    # the left column's notes stand under their rule.  The gap above it cut the left column at its paragraph
    # break, and the left column's last line was read after the right column (in review).
    first, second = _rows(60, "a", 100, 20), _rows(60, "c", 389, 2)  # a paragraph break 9 points deep
    right = _rows(300, "b", 100, 10)
    right_note = [_words("gevangenschap.", 322, 414, size=7.0),  # hung under the note's text
                  _words("6 Jaarrapport Integratie.", 300, 423.4, size=7.0)]
    left_note = [_words("5 Verwey-Jonker Instituut, 2014.", 60, 428, size=7.0)]
    words = [w for line in [*first, *second, *left_note, *right, *right_note] for w in line]
    lines = read_lines(words, 32, 0.45, Gutter(262.5, 300)).lines
    assert [ln.text for ln in lines] == _texts([*first, *second, *left_note, *right, *right_note])


def test_a_heading_under_the_left_column_just_above_a_running_footer_on_the_right_ends_the_set():
    # LibreOffice look 8600: "5. SAMENWERKING" under the left column, a few points above the running footer at
    # the right column's foot.  Only the text's print running on down to the right column's foot keeps the set
    # whole there; the heading, taken for that, was read inside the set, and the next set row by row.
    first, right = _rows(60, "a", 100, 19), _rows(300, "b", 100, 12)
    heading = [_words("5. SAMENWERKING", 60, 380, size=11.2, fontname="Times-Bold")]
    footer = [_words("Werkplan KIS 80", 300, 394, size=7.0)]
    words = [w for line in [*first, *heading, *right, *footer] for w in line]
    lines = read_lines(words, 80, 0.45, Gutter(262.5, 300)).lines
    assert [ln.text for ln in lines] == _texts([*first, *right, *heading, *footer])


def test_what_the_content_draws_after_the_right_column_beside_a_running_footer_ends_the_set():
    # LibreOffice look 9019: a list of four items in two columns, the right column ending on a paragraph's
    # rest; under the left column "7. Resultaten" and its item, the running footer at the right column's foot
    # level with the item.  The footer was taken for a note with the left column's text beside it, the set
    # was not cut, and its sides, the stream going back and forth, were read row by row: "• Fase 1: …
    # (afhankelijk die idealiter januari …" (in review).  The stream draws the heading after the right column.
    heading = [_words("6. Activiteiten", 60, 86, fontname="Times-Italic")]
    left, right = _rows(60, "a", 100, 6), _rows(300, "b", 100, 8)
    below = [_words("7. Resultaten", 60, 212, fontname="Times-Italic"), _words("• Eindrapport resultaten", 68, 226)]
    footer = [_words("Werkplan KIS 43", 340, 238, size=7.0)]
    drawn = [w for line in [*heading, *left, *right, *below, *footer] for w in line]
    lines = read_lines(drawn, 43, 0.45, Gutter(262.5, 300), drawn=drawn).lines
    assert [ln.text for ln in lines] == _texts([*heading, *left, *right, *below, *footer])


def test_the_stream_ends_the_set_where_a_list_s_marks_and_the_running_header_are_drawn_last():
    # WeasyPrint look 8768: "7. Resultaten", 5 points under a list set in two columns, was read in the left column
    # before the right one (in review).  The stream draws it after the right column, but it draws the list's marks
    # and the running header over the set after all the text, so the set's end went unseen.
    header = _words("Werkplan KIS 24 november 2022", 60, 27, size=7.0)
    heading = _words("6. Activiteiten", 60, 60, fontname="Times-Italic")
    items = [(_words("•", 60, 74 + 14 * n), _words(f"Fase {n}: tekst tekst tekst tekst loopt door", 70, 74 + 14 * n))
             for n in range(4)]
    right = _rows(300, "b", 74, 4)
    below = [_words("7. Resultaten", 60, 135, fontname="Times-Italic"), _words("Eindrapport resultaten", 70, 149)]
    marks = _words("•", 60, 149)
    drawn = [*heading, *(w for _, text in items for w in text), *(w for line in right for w in line),
             *(w for line in below for w in line), *(w for mark, _ in items for w in mark), *marks, *header]
    lines = read_lines(drawn, 41, 0.45, Gutter(262.5, 300), drawn=drawn).lines
    assert [ln.text for ln in lines] == [
        "Werkplan KIS 24 november 2022", "6. Activiteiten",
        *(f"• Fase {n}: tekst tekst tekst tekst loopt door" for n in range(4)), *_texts(right),
        "7. Resultaten", "• Eindrapport resultaten"]


def test_the_streams_order_is_the_texts_on_both_sides_list_marks_and_a_header_drawn_last_aside():
    # A review of looks 8768 and 9019's rules: a list in the right column too, its marks drawn after all the text,
    # and a running header at the right, over the set, drawn last: the right column's places ended after the
    # left column's lines below it, and "7. Resultaten" was read inside the set again (before the right column,
    # or row by row).
    def item(x: float, top: float, text: str) -> tuple[list, list]:
        return _words("•", x, top), _words(text, x + 10, top)

    header = _words("Werkplan KIS november 2022", 420, 27, size=7.0)
    heading = _words("6. Activiteiten", 60, 60, fontname="Times-Italic")
    left = [item(60, 74 + 14 * n, f"Fase {n}: tekst tekst tekst tekst loopt door") for n in range(4)]
    right = [item(300, 74 + 14 * n, f"b{n} tekst tekst tekst tekst loopt door") for n in range(4)]
    below = [_words("7. Resultaten", 60, 135, fontname="Times-Italic"), _words("Eindrapport resultaten", 70, 149)]
    mark = _words("•", 60, 149)
    drawn = [*heading, *(w for _, text in left + right for w in text), *(w for line in below for w in line),
             *(w for marks, _ in left + right for w in marks), *mark, *header]
    lines = [ln.text for ln in read_lines(drawn, 41, 0.45, Gutter(262.5, 300), drawn=drawn).lines]
    assert lines == ["Werkplan KIS november 2022", "6. Activiteiten",
                     *(f"• Fase {n}: tekst tekst tekst tekst loopt door" for n in range(4)),
                     *(f"• b{n} tekst tekst tekst tekst loopt door" for n in range(4)),
                     "7. Resultaten", "• Eindrapport resultaten"]


def test_a_note_under_the_left_column_the_stream_draws_after_the_right_one_is_read_after_it():
    # LibreOffice look 8932: "Begroting"'s two lines in each column, its note "1 Alle bedragen …" in 7 pt under the
    # left column's, drawn after the right column: leaving small print out of the order (for a footer on the
    # right) kept the note in the left column, read into the text ("In de1 Alle bedragen … laatste").
    left, right = _rows(60, "a", 108, 2), _rows(300, "b", 108, 2)
    note = _words("1 Alle bedragen staan in euro’s.", 60, 134.7, size=7.0)
    drawn = [w for line in [*left, *right, note] for w in line]
    lines = read_lines(drawn, 16, 0.45, Gutter(262.5, 300), drawn=drawn).lines
    assert [ln.text for ln in lines] == _texts([*left, *right, note])


def test_an_items_last_word_alone_on_its_line_keeps_its_place_in_the_streams_order():
    # LibreOffice look 8932: "• Publicatie … (zie fase" / "3)." under "7. Resultaten", the right column's item
    # beside them; "3)." is no word, and left out as a list's mark it had no place: it was cut from its set and
    # read after the right column ("(zie fase • Artikel(en) …").
    heading = _words("7. Resultaten", 60, 589, fontname="Times-Italic")
    item = [_words("• Publicatie waarin de kennis van het", 60, 603), _words("project is gebundeld (zie fase", 70, 617)]
    rest = _words("3).", 70, 631)
    right = [_words("• Artikel(en) op KIS.nl en andere", 300, 603), _words("vakmedia over het project.", 310, 617)]
    below = _words("8. Planning", 60, 654, fontname="Times-Italic")
    drawn = [w for line in [heading, *item, rest, *right, below] for w in line]
    lines = read_lines(drawn, 62, 0.45, Gutter(262.5, 300), drawn=drawn).lines
    assert [ln.text for ln in lines] == _texts([heading, *item, rest, *right, below])


def test_a_short_set_the_content_draws_one_side_first_is_columns_with_one_line_of_no_words():
    # LibreOffice look 8266 (A4, monospaced, two columns): under "7. Resultaten" at a page's foot, "2023" / "•
    # Artikel op de KIS-website" | "over de ontwikkelde" / "monitor.", the item's mark a few points lower than the
    # lines beside it.  "2023" is no words, so the set was read row by row: "2023 over de ontwikkelde" / "•
    # Artikel op de KIS-website monitor." (published, exit 0).  Drawn one side whole first, it is two columns.
    left = [_words("2023", 82, 696.7), _words("• Artikel op de KIS-website", 91, 719.2)]
    right = [_words("over de ontwikkelde", 327.5, 696.7), _words("monitor.", 327.5, 714.9)]
    words = [w for line in [*left, *right] for w in line]
    gutter = Gutter(300, 327.5)
    assert [ln.text for ln in read_lines(words, 87, 0.45, gutter, drawn=words).lines] == _texts([*left, *right])
    # Without the content's order, a line of no words keeps the set a table's rows.
    assert [ln.text for ln in read_lines(words, 87, 0.45, gutter).lines] == [
        "2023 over de ontwikkelde", "• Artikel op de KIS-website monitor."]
    # LibreOffice look 8708: the item alone beside the right column's one line, the item's rest.
    left = [_words("2023", 82, 696), _words("• Activiteit 1: het opstellen van de", 91, 712)]
    right = [_words("het mbo aanpakt.", 300, 696)]
    words = [w for line in [*left, *right] for w in line]
    gutter = Gutter(262.5, 300)
    assert [ln.text for ln in read_lines(words, 36, 0.45, gutter, drawn=words).lines] == _texts([*left, *right])


def test_a_short_set_whose_right_column_is_a_sentences_last_words_is_columns():
    # LibreOffice look 9009 in another edition (tests/editions.py; letter, monospaced, justified): at a page's
    # head the end of a paragraph, "ambities en verbeteracties waarmee" / "de pabo’s aan de slag willen gaan" |
    # "in 2024.", then notes across the page.  "in 2024." is two words, no line of words: the set was read row by
    # row, "… waarmee in 2024." / "de pabo’s …" (published).  Drawn one side whole first, it is two columns.
    left = [_words("ambities en verbeteracties waarmee", 60, 60.6),
            _words("de pabo’s aan de slag willen gaan", 60, 78.5)]
    right = [_words("in 2024.", 300, 60.6)]
    words = [w for line in [*left, *right] for w in line]
    gutter = Gutter(262.5, 300)
    assert [ln.text for ln in read_lines(words, 102, 0.45, gutter, drawn=words).lines] == _texts([*left, *right])
    # Without the content's order, one line beside two keeps the set a table's rows.
    assert [ln.text for ln in read_lines(words, 102, 0.45, gutter).lines][0] == \
        "ambities en verbeteracties waarmee in 2024."
    # LibreOffice look 8837 (letter, justified): "Gedurende het onderzoek richten we ons op de onderstaande" / "4
    # activiteiten. In 2023 zal hierin de focus liggen op activiteit" | "2 en 3.", a sentence's rest from a figure.
    # Read row by row, "… de onderstaande 2 en 3. 4 activiteiten." was published.
    left = [_words("Gedurende het onderzoek richten we ons op de", 60, 691.4),
            _words("4 activiteiten. In 2023 zal de focus op activiteit", 60, 705.8)]
    right = [_words("2 en 3.", 300, 691.4)]
    words = [w for line in [*left, *right] for w in line]
    assert [ln.text for ln in read_lines(words, 69, 0.45, gutter, drawn=words).lines] == _texts([*left, *right])
    # A side of figures alone, as a table's values, is no sentence's rest, however the content draws it.
    right = [_words("24 114 2.736", 300, 691.4)]
    words = [w for line in [*left, *right] for w in line]
    assert [ln.text for ln in read_lines(words, 69, 0.45, gutter, drawn=words).lines][0] == \
        "Gedurende het onderzoek richten we ons op de 24 114 2.736"


def test_a_line_the_content_draws_whole_before_the_lines_below_it_ends_the_set():
    # Held-out look 8041's title page (monospaced, justified, read at the document's gutter): "Financier:
    # directie Samenleving &" and "Integratie, ministerie van Sociale" are one line, its space as wide as the
    # gutter.  From the layout alone the sides are two columns, the line's second half read after the next
    # two lines; the content draws the lines below it after its right half: they are no part of a set.
    words = (_words("Financier: directie Samenleving &", 60, 300)
             + _words("Integratie, ministerie van Sociale", 300, 300)
             + _words("Zaken en Werkgelegenheid", 60, 314) + _words("Utrecht, november 2022", 60, 328))
    gutter = Gutter(262.5, 300)
    assert [ln.text for ln in read_lines(words, 1, 0.45, gutter).lines] == [
        "Financier: directie Samenleving &", "Zaken en Werkgelegenheid", "Utrecht, november 2022",
        "Integratie, ministerie van Sociale"]
    assert [ln.text for ln in read_lines(words, 1, 0.45, gutter, drawn=words).lines] == [
        "Financier: directie Samenleving & Integratie, ministerie van Sociale", "Zaken en Werkgelegenheid",
        "Utrecht, november 2022"]


def test_a_tables_header_drawn_cell_by_cell_is_no_line_drawn_out_of_turn():
    # Looks 7979 and 7955: below two columns, a budget table's header whose cells of two lines are set at
    # their foot ("Tarief" over "(€)", "Aantal" over "uren"), so "Tarief Aantal" stands above the row
    # "Organisatie  Senior Rol  (€)  uren Totaal", read whole.  The content draws the header cell by cell,
    # the words of the two lines in turn with each other: a table's cells, not a line out of turn (the
    # look was sent to review, every section read right).  A line drawn after the columns still counts.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    upper = _words("Tarief", 340, 440) + _words("Aantal", 395, 440)
    lower = (_words("Organisatie", 60, 452) + _words("Senior", 150, 452) + _words("Rol", 185, 452)
             + _words("(€)", 340, 452) + _words("uren", 395, 452) + _words("Totaal", 425, 452))
    columns = [w for line in left + right for w in line]
    words = columns + upper + lower
    cell_by_cell = columns + lower[:3] + [upper[0], lower[3], upper[1], lower[4], lower[5]]
    page = read_lines(words, 23, 0.45, Gutter(262.5, 300), drawn=cell_by_cell)
    assert [ln.text for ln in page.lines][-2:] == ["Tarief Aantal", "Organisatie Senior Rol (€) uren Totaal"]
    assert (page.column_sets, page.column_disorder) == (1, 0)
    late = [w for line in left[1:] + right for w in line] + left[0] + lower[:3] + \
        [upper[0], lower[3], upper[1], lower[4], lower[5]]
    assert read_lines(words, 23, 0.45, Gutter(262.5, 300), drawn=late).column_disorder == 1


def test_a_set_ended_by_the_content_order_keeps_a_right_column_that_ends_lower_than_the_left_one():
    # Held-out look 8141: the right column's last line, "doelgroepen.", stands lower than the left column's
    # last; the set's end goes below it, not halfway between the left column and the next heading.
    left, right = _rows(60, "a", 100, 12), _rows(300, "b", 100, 15)
    after = [_words("7. Resultaten", 60, 320, size=12.0), _words("• Factsheet met casussen gemeente.", 60, 340),
             _words("8. Planning", 60, 365, size=12.0)]
    words = [w for line in [*left, *right, *after] for w in line]
    page = read_lines(words, 50, 0.45, Gutter(262.5, 300), drawn=words)
    assert [ln.text for ln in page.lines] == _texts([*left, *right, *after])
    assert page.column_disorder == 0


def test_a_row_of_one_columns_read_whole_stays_in_its_column_where_the_content_draws_it_so():
    # Held-out look 8046 (justified): the right column's line "of ‘ongewenst’15, wat is het", its note's
    # mark read as a line of its own, leaves a narrow gap beside wide ones: a table's cells to the layout, a
    # row read whole that ended the set, the left column's next line "passen." read after it.  The content
    # draws it right after the line above it in its column.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 105, 20)
    right[15] = (_words("of", 300, 315) + _words("‘ongewenst’", 350, 315) + _words(",", 407, 315)
                 + _words("wat", 450, 315) + _words("is", 480, 315) + _words("het", 495, 315))
    words = [w for line in left + right for w in line]
    gutter = Gutter(262.5, 300)
    page = read_lines(words, 105, 0.45, gutter, drawn=words)
    assert [ln.text for ln in page.lines] == _texts(left) + _texts(right)
    assert (page.column_sets, page.column_disorder) == (1, 0)
    layout_only = [ln.text for ln in read_lines(words, 105, 0.45, gutter).lines]
    assert layout_only.index("of ‘ongewenst’ , wat is het") < layout_only.index(_texts(left)[16])


def test_a_right_column_of_list_items_a_word_processor_indents_is_read_as_a_column():
    # LibreOffice look 8104: the right column mostly list items, their text 20 points or more in from the
    # column's edge (a word processor's hanging indent; Word's is 0.63 cm), so most of its lines began
    # more than two sizes right of the gutter and the set was read row by row across it.
    left = _rows(60, "a", 100, 6)
    right = []
    for n in range(3):
        marker = Word("•", 300, 305, 100 + 28 * n, 110 + 28 * n, "Times-Roman", 10.0, (0,))
        right += [[marker, *_words(f"b{n} tekst tekst tekst loopt door", 326, 100 + 28 * n)],
                  _words(f"c{n} tekst tekst tekst tekst loopt door", 326, 114 + 28 * n)]
    words = [w for line in left + right for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=Gutter(262.5, 300)).lines]
    assert texts == _texts(left) + _texts(right)


def test_columns_whose_lines_both_hang_under_a_list_items_text_are_columns():
    # LibreOffice look 8104: a list item begun on the page before runs on under a heading in the left column
    # and on into the right one, every line 24 points in from its column's edge, no marker on the page.
    heading = _words("Resultaten", 60, 80)
    left, right = _rows(84, "a", 100, 3), _rows(324, "b", 100, 3)
    words = [w for line in [heading] + left + right for w in line]
    texts = [ln.text for ln in read_lines(words, 3, 0.45, gutter=Gutter(281.5, 300)).lines]
    assert texts == ["Resultaten"] + _texts(left) + _texts(right)


def test_an_item_going_on_into_the_right_column_hangs_as_in_the_left_though_a_table_sets_the_edge():
    # LibreOffice look 9023 in another edition (A5, 8 pt monospaced, justified): at a page's head "via sociale
    # media." / "• Kennis op maat: flexibele" | "beantwoording van vragen" / "van diverse stakeholders.", a Gantt
    # chart below whose cells begin 1.4 points right of the text's edge.  Measured from that edge, the item's text
    # (18.4 points in) and the right column's lines (19.9 points from the gutter) were 1.5 points apart: read row
    # by row, published.  A quarter of the size is the slack.
    def at(text, x0, top):
        return _words(text, x0, top, size=8.0)

    left = [at("via sociale media.", 73.8, 30), [Word("•", 62.5, 66.5, 48, 56, "Times-Roman", 8.0, (0,)),
                                                  *at("Kennis op maat: flexibele", 73.8, 48)]]
    right = [at("beantwoording van vragen", 238.3, 30), at("van diverse stakeholders.", 238.3, 43)]
    table = [at("1. Actualiseren", 55.4, 130) + at("X X X", 280, 130)]
    words = [w for line in [*left, *right, *table] for w in line]
    texts = [ln.text for ln in read_lines(words, 132, 0.45, gutter=Gutter(204.3, 218.4)).lines]
    assert texts[:4] == _texts([*left, *right])


def test_a_right_columns_note_hanging_under_its_number_leaves_the_set_in_columns():
    # LibreOffice look 8497 (A5, 8 pt): a section's three lines in the left column, its last, "lang(er) in
    # Nederland zal blijven11. In", at the right column's head over note 11, whose two last lines hang 17 points
    # in under the note's text.  Half the right column's lines begun more than two sizes in: read row by row,
    # "… zijn een voor lang(er) in Nederland …" published.
    left = [_words(text, 60, 100 + 12 * n, size=8.0) for n, text in enumerate(
        ["Oekraiense vluchtelingen zijn een voor", "Nederland nieuw groep nieuwkomers.",
         "Het lijkt aannemelijk dat deze groep"])]
    right = [_words("lang(er) in Nederland zal blijven. In", 300, 100, size=8.0),
             _words("11 https://www.clingendael.org/publication/", 300, 126, size=7.0),
             _words("long-term-protection-europe-needed-", 317, 135, size=7.0),
             _words("ukrainian-refugees", 317, 144, size=7.0)]
    words = [w for line in left + right for w in line]
    read = read_lines(words, 100, 0.45, gutter=Gutter(262.5, 300), drawn=words)
    assert [ln.text for ln in read.lines] == _texts(left + right)


def test_a_set_over_a_running_footer_ends_under_the_left_columns_last_line():
    # LibreOffice look 8239 p. 98: the right column ends half-way down, the left one runs on to the page's foot,
    # its last paragraph ("Fase 2: Praktijkonderzoek. …") after a paragraph's white, and the running footer (7 pt)
    # stands at the right column's foot.  The set was cut at the widest white over the footer, the paragraph's,
    # and that paragraph was read after the right column (on p. 60, the footer 4 points under the left column's
    # last line, the cut went through the white between two of its lines).
    left = [_words(f"a{n} tekst tekst tekst tekst loopt door", 60, 100 + 15 * n) for n in range(12)]
    left += [_words(f"c{n} tekst tekst tekst tekst loopt door", 60, 290 + 15 * n) for n in range(3)]
    right = [_words(f"b{n} tekst tekst tekst tekst loopt door", 300, 100 + 15 * n) for n in range(5)]
    footer = [_words("Werkplan Kennisplatform Inclusief Samenleven | 98", 330, 334, size=7.0)]
    words = [w for line in left + right + footer for w in line]
    texts = [ln.text for ln in read_lines(words, 98, 0.45, gutter=Gutter(262.5, 300), drawn=words).lines]
    assert texts == _texts(left + right + footer)
    # Only the page's lowest line is its foot: not a Gantt chart's year, its rows below, under a heading set small
    # at the left column's end (WeasyPrint look 8449: "8. Planning" over "2023", the heading read in the left
    # column before the right one, and the right column's lines in the planning section).
    lines = [Line(page=39, words=words) for words in [*left[:7], *right]]
    year = Line(page=39, words=_words("2023", 400, 240, size=7.0))
    for foot, at_foot in ((247.0, True), (300.0, False)):
        reader = _ColumnReader(Gutter(262.5, 300), 200, 10.0, 39, 0.45, edge=60, foot=foot)
        assert reader._page_foot(lines[:7], [*lines[7:], year], year) is at_foot


def test_a_set_over_a_note_of_two_lines_ends_under_the_left_columns_last_line():
    # LibreOffice look 8582 p. 122 (12 pt at a 21-point pitch): the left column one line longer than the right one,
    # a note of two lines (7 pt) under the right column, 4 points under the left one.  The set was cut at the
    # widest white over the note, the white between the left column's last two lines, and "nieuwkomers. Het lijkt
    # aannemelijk" was read after the right column ("… nieuw groep dat deze groep lang(er) in Nederland …").
    left = [_words(f"a{n} tekst tekst tekst tekst loopt door", 60, 100 + 17 * n) for n in range(10)]
    right = [_words(f"b{n} tekst tekst tekst tekst loopt door", 300, 100 + 17 * n) for n in range(9)]
    note = [_words("11 https://www.clingendael.org/publication/long-term-", 300, 267, size=7.0),
            _words("protection-europe-needed-ukrainian-refugees", 315, 275, size=7.0)]
    words = [w for line in left + right + note for w in line]
    texts = [ln.text for ln in read_lines(words, 122, 0.45, gutter=Gutter(262.5, 300), drawn=words).lines]
    assert texts == _texts(left + right + note)


def test_notes_at_the_foot_drawn_between_the_columns_are_no_lines_drawn_out_of_turn():
    # LibreOffice look 8104 draws a page's footnotes after the left column and before the right one; read
    # below both columns, they were counted out of turn and sent the document to review.  Lines of the
    # text's size drawn out of turn still count.
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    notes = [_words("8 Cijfers opvang vluchtelingen", 60, 392, size=7.0),
             _words("9 Zie bijvoorbeeld", 60, 401, size=7.0)]
    words = [w for line in left + right + notes for w in line]
    drawn = [w for line in left + notes + right for w in line]
    read = read_lines(words, 3, 0.45, gutter=_gutter(), drawn=drawn)
    assert [ln.text for ln in read.lines] == _texts(left) + _texts(right) + _texts(notes)
    assert read.column_disorder == 0
    late = [w for line in left[:18] + notes + right + left[18:] for w in line]
    assert read_lines(words, 3, 0.45, gutter=_gutter(), drawn=late).column_disorder == 2


def test_a_list_items_wrapped_last_word_keeps_its_set_in_columns():
    # LibreOffice look 8104: "• Publicatie waarin … (zie fase" / "3)." in the left column, one item in the
    # right one, drawn side after side.  "3)." has no word of three letters (a Gantt chart's marks have
    # none either), so the set was read row by row: "(zie fase • Artikel(en) … vakmedia. 3)."
    left = [_words("• Publicatie over kennis (zie fase", 60, 100), _words("3).", 72, 114)]
    right = [_words("• Artikel(en) op KIS.nl en andere vakmedia.", 300, 100)]
    words = [w for line in left + right for w in line]
    read = read_lines(words, 3, 0.45, gutter=Gutter(262.5, 300), drawn=words)
    assert [ln.text for ln in read.lines] == _texts(left) + _texts(right)


def test_a_row_the_content_draws_in_turn_over_the_gutter_is_a_tables_and_ends_the_set():
    # Held-out WeasyPrint look 8268 (A5, two columns): a Gantt chart below a paragraph set in two columns,
    # its month row "Jan." left of the gutter and "Feb. Mrt. Apr." right of it, the gaps between the months
    # too narrow to tell it from the columns' lines.  From the layout alone it is one more line of each
    # column ("Jan." read after the left column's text); in the look the set then held the chart's header
    # and, drawn row by row, was read row by row across the gutter.  The content draws the months one after
    # another, the left column's last word right before the right column's first: a table's row, read
    # whole, below the columns read one by one.
    left, right = _rows(60, "a", 100, 4), _rows(300, "b", 100, 4)
    months = [_placed("Jan.", 240.0, 258.0, 160), _placed("Feb.", 310.0, 328.0, 160),
              _placed("Mrt.", 360.0, 378.0, 160), _placed("Apr.", 410.0, 428.0, 160)]
    marks = [_placed("Voorverkenning", 60.0, 130.0, 174)] + [_placed("X", x, x + 5, 174) for x in (245, 315, 365)]
    words = [w for line in [*left, *right, months, marks] for w in line]
    gutter = Gutter(262.5, 300)
    as_drawn = read_lines(words, 73, 0.45, gutter, drawn=words)
    assert [ln.text for ln in as_drawn.lines] == [*_texts([*left, *right]), "Jan. Feb. Mrt. Apr.",
                                                    "Voorverkenning X X X"]
    layout_only = [ln.text for ln in read_lines(words, 73, 0.45, gutter).lines]
    assert layout_only[3:6] == ["a3 tekst tekst tekst tekst tekst loopt door", "Jan.", "Voorverkenning X"]


def test_a_page_read_in_no_columns_is_read_again_at_the_documents_gutter_it_shows():
    # Held-out LibreOffice look 8264 (A4, justified, two columns): page 58, read in the reader's worker, showed
    # no gutter there (its words as the reader gave them: a note's mark apart from its word), and every row
    # was read whole across the gutter; with its lines formed it shows the document's gutter, so it was never
    # read again: project 5.3's "Doel(en) project" published with its two columns interleaved.
    from extract.pdf.lines import group_rows

    rows_across = group_rows(_column_words(), 3, 0.45)
    pages = [_column_page(1), _column_page(2), Page(number=3, width=595, height=842, lines=rows_across)]
    assert rows_across[0].text.startswith("x0 tekst") and " y0 " in rows_across[0].text
    align_columns(pages, 0.45)
    assert pages[2].column_sets == 1
    assert [ln.text for ln in pages[2].lines] == [ln.text for ln in pages[0].lines]


def test_a_left_columns_first_line_running_into_the_gutter_is_no_line_across_the_page():
    # Held-out WeasyPrint look 8326 (letter, 11 pt monospaced, two columns): page 16's first line of the left
    # column, "breed maatschappelijk belang mee", ends 7 points into the gutter the page's other lines show, 15
    # points before the right column's "drie projecten na de zomer": less than 0.7 of that gutter, it was read
    # as one line across the page, "… belang mee drie projecten …" in Onderdeel B's text, exit 0.
    left = [_words("breed maatschappelijk belang mee", 140, 76)] + [
        _words("tekst loopt hier verder door", 140, 90 + 13 * n) for n in range(8)]
    right = [_words("drie projecten na de zomer", 307.3, 76)] + [
        _words("tekst gaat daar verder door", 307.3, 90 + 13 * n) for n in range(8)]
    words = [w for line in left + right for w in line]
    gutter = Gutter(285.6, 307.3)
    assert [ln.text for ln in read_lines(words, 16, 0.45, gutter).lines] == _texts(left) + _texts(right)
    # A heading across the page whose word begins where the right column does, after a space of its own.
    heading = _words("1. Kennisdossier Roma, Sinti", 172.3, 300) + _words("en woonwagenbewoners", 307.3, 300)
    assert heading[3].x1 == 304.8
    assert gutter.crosses(Line(page=16, words=heading), 150)


def test_a_line_of_no_letter_or_figure_drawn_out_of_turn_puts_no_text_out_of_turn():
    """LibreOffice look 8278 (A5, two columns): a Gantt header's "." under each month name, drawn cell by cell,
    was read as two lines, one after the first row's label; that line, drawn before it, sent the look to review
    with every dataset read right.  A line with a word drawn so still counts."""
    left, right = _rows(60, "a", 100, 20), _rows(300, "b", 100, 20)
    columns = [w for line in left + right for w in line]
    for text, disorder in ((". . . .", 0), (". x . .", 1)):
        extra = _words(text, 300, 380)
        page = read_lines(columns + extra, 23, 0.45, Gutter(262.5, 300), drawn=extra + columns)
        assert text in [ln.text for ln in page.lines]
        assert (page.column_sets, page.column_disorder) == (1, disorder)


def test_a_running_header_set_small_a_lines_gap_above_the_columns_is_read_first_and_counted_in_no_order():
    # LibreOffice look 8359 (letter, 9.5 pt text, the running header in 7 pt over the right column, 7 points above
    # the text, drawn first): a page opening with a section's last two lines in the left column and one in the
    # right.  The header was the right column's first line: the sides were no columns, read row by row across
    # the gutter ("… terrein van discriminerende voor hen om hen te mogen interviewen.", published).  On 37 pages
    # read right the header counted as a line drawn out of turn.
    header = _words("Werkplan Kennisplatform | 90", 332, 70, size=7.0)
    left = [_words("onderzoekers (zoals op het terrein", 74, 84), _words("algoritmes). We reserveren", 74, 98)]
    right = [_words("voor hen om hen te", 310, 84)]
    words = [w for line in [header, *left, *right] for w in line]
    page = read_lines(words, 90, 0.45, Gutter(262.5, 310), drawn=words)
    assert [ln.text for ln in page.lines] == _texts([header, *left, *right])
    assert (page.column_sets, page.column_disorder) == (1, 0)
    full = [_rows(60, "a", 84, 20), _rows(300, "b", 84, 20)]
    words = header + [w for side in full for line in side for w in line]
    assert read_lines(words, 7, 0.45, drawn=words).column_disorder == 0


def test_notes_at_both_columns_feet_below_a_right_column_of_two_lines_do_not_end_the_set():
    # LibreOffice look 8360 (A5, notes at the foot of their column): the right column holds two lines at its head
    # and its note at the page's foot, the left column runs down to its own notes.  The gap above the right
    # column's note cut the left column at a paragraph's end, and the right column's two lines were read in its
    # middle ("… mannenemancipatie. positie ten opzichte van vrouwen …", published wrong in review).
    first, second = _rows(60, "a", 100, 12), _rows(60, "c", 286, 8)  # a paragraph break 18 points deep
    right = _rows(300, "b", 100, 2)
    left_note = [_words("5 Verwey-Jonker Instituut, 2014.", 60, 410, size=7.0)]
    right_note = [_words("7 Uit: Meerjarenplan.", 300, 410, size=7.0)]
    words = [w for line in [*first, *second, *left_note, *right, *right_note] for w in line]
    lines = read_lines(words, 53, 0.45, Gutter(262.5, 300), drawn=words).lines
    assert [ln.text for ln in lines] == _texts([*first, *second, *left_note, *right, *right_note])


def test_notes_on_a_page_of_small_tables_are_told_by_the_size_of_the_text_in_columns():
    # LibreOffice look 8360 (A5): a page whose budget table's words, in 7 pt, outnumber the text's, in 8.5 pt; the
    # notes at the left column's foot, in 7 pt too, drawn before the right column, counted out of turn.
    table = [_words("Organisatie Functie Uren Tarief Kosten inhuur Movisie Senior", 60, 40 + 9 * n, size=7.0)
             for n in range(40)]
    left, right = _rows(60, "a", 420, 10), _rows(300, "b", 420, 10)
    note_lines = ["8 Cijfers opvang vluchtelingen uit", "Oekraïne in Nederland |", "Rijksoverheid.nl"]
    note = [_words(text, 60, 566 + 9 * n, size=7.0) for n, text in enumerate(note_lines)]
    words = [w for line in [*table, *left, *right, *note] for w in line]
    drawn = [w for line in [*table, *left, *note, *right] for w in line]
    assert read_lines(words, 103, 0.45, Gutter(262.5, 300), drawn=drawn).column_disorder == 0


def test_a_note_set_small_beside_the_left_columns_first_line_is_no_running_header():
    # LibreOffice look 8392 (A4, monospaced, notes under their paragraph): a page opens with a paragraph's last line
    # in the left column, its note in 7 pt at the right column's head, drawn after the column.  Taken as rows in the
    # small print above the text, the note's lines were a running header: read across the gutter ("aanpak van
    # polarisatie? 15 Polarisatie hoeft …"), the note in the middle of the next paragraph (published).
    left = [_words(text, 76, 64 + 18 * n) for n, text in enumerate(
        ["aanpak van polarisatie?", "5. Wanneer is polarisatie", "of ongewenst, wat is het", "kantelpunt, wanneer",
         "ingrijpen?"])]
    note = [_words(text, 319, 64 + 9 * n, size=7.0) for n, text in enumerate(
        ["15 Polarisatie hoeft niet per definitie nadelig of", "schadelijk te zijn, maar kan ook productief zijn.",
         "Bijvoorbeeld om de emancipatie van minderheidsgroepen", "te bevorderen."])]
    heading = [_words("2. Doel(en) project", 76, 165, size=12.0)]
    rest = _rows(76, "c", 183, 20)  # the left column runs on to the page's foot, the right one empty
    words = [w for line in [*left, *note, *heading, *rest] for w in line]
    lines = read_lines(words, 108, 0.45, Gutter(303.5, 319), drawn=words).lines
    assert [ln.text for ln in lines] == _texts([*left, *note, *heading, *rest])


def test_a_heading_whose_border_is_ruled_across_the_gutter_begins_a_column_set():
    # WeasyPrint look 8430 (letter, two columns, headings bordered across the page): under "6. Activiteiten", five
    # lines on the left and three on the right; "7. Resultaten", two lines below the right column's end, stands in
    # the left column over its border.  From the text alone the left column ran on into it, and the right column
    # was read after "7. Resultaten" ("januari 2024 van" / "7. Resultaten" / … / "start gaat/gaan.", in review).
    six = [_words("6. Activiteiten", 60, 100, size=8.6, fontname="DejaVuSans")]
    left, right = _rows(60, "a", 120, 5), _rows(300, "b", 120, 3)
    seven = [_words("7. Resultaten", 60, 190, size=8.6, fontname="DejaVuSans")]
    item = [_words("• Eindrapport resultaten enquête", 60, 208)]
    words = [w for line in [*six, *left, *right, *seven, *item] for w in line]
    rules = [(60, 520, 110), (60, 520, 200)]  # the headings' borders, across the page
    gutter = Gutter(262.5, 300)
    assert [ln.text for ln in read_lines(words, 56, 0.45, gutter, rules=rules).lines] == _texts(
        [*six, *left, *right, *seven, *item])
    # A table's top rule right under the left column's last line, in the text's print, cuts below it.
    table = [_words("Organisatie Rol Tarief Uren Kosten", 60, 200, size=8.0)]
    words = [w for line in [*left, *right, *table] for w in line]
    assert [ln.text for ln in read_lines(words, 56, 0.45, gutter, rules=[(60, 520, 195)]).lines] == _texts(
        [*left, *right, *table])
    # Nor does a table's top rule under a row of both columns, though the page's tables, set small, print more than
    # its text (LibreOffice look 8620, A5: a Gantt chart and a budget table in 7 pt under seven rows of 10.5 pt
    # text; the rule's row, in another print than the page's most, was taken for a heading over its border, and
    # "is en kan de richting van" / "2023 nog 35.000 beraamd." read as one line after both columns).
    table = [_words("Verwey-Jonker Instituut Senior onderzoeker 114 130 14.820 en meer", 60, 200 + 9 * n, size=7.0)
             for n in range(14)]
    words = [w for line in [*left, *right, *table] for w in line]
    assert [ln.text for ln in read_lines(words, 56, 0.45, gutter, rules=[(60, 520, 195)]).lines] == _texts(
        [*left, *right, *table])
    # Nor where the tables' cells of one side (a label wrapped: "Instituut") make their print the columns' (LibreOffice
    # look 8823, A5: "activiteiten zullen | uitgevoerd.", the text's last row over the Gantt chart's top rule, was
    # read across the gutter, "Alle bovengenoemde simultaan worden activiteiten zullen uitgevoerd.").
    left, right = _rows(60, "a", 120, 3), _rows(300, "b", 120, 3)
    cells = [_words("Stafkosten Verwey Jonker Instituut", 60, 175 + 9 * n, size=7.0) for n in range(20)]
    words = [w for line in [*left, *right, *cells] for w in line]
    assert [ln.text for ln in read_lines(words, 56, 0.45, gutter, rules=[(60, 520, 165)]).lines] == _texts(
        [*left, *right, *cells])


def test_a_sets_first_row_whose_right_side_the_content_draws_after_the_left_column_is_read_in_columns():
    # LibreOffice look 8407 (A5, justified): under "4. ACTIVITEITEN/ PLAN VAN AANPAK", "Om tot beantwoorden van de"
    # beside the right column's first line "thema,   zoals   de", its spaces as wide as the gap over the gutter, its
    # words narrower: a row of a table's cells at one pitch, read as one line across the page ("… van de thema,
    # zoals de onderzoeksvragen te komen", in review).  The content draws the whole left column, then the right one.
    def placed(parts: list[tuple[str, float, float]], top: float) -> list[Word]:
        return [Word(text, x0, x1, top, top + 11, "Times-Roman", 11, (0,)) for text, x0, x1 in parts]

    heading = [placed([("4.", 51.1, 61.3), ("ACTIVITEITEN/", 64, 135), ("AANPAK", 140, 180)], 248.6)]
    left = [placed([("Om", 51.1, 67.5), ("tot", 76.7, 88.2), ("beantwoorden", 97.4, 159.6), ("van", 168.7, 184.6),
                    ("de", 193.6, 204.0)], 264.5),
            placed([("onderzoeksvragen", 51.1, 140.2), ("te", 147.2, 156.4), ("komen,", 171.4, 204.0)], 279.6),
            placed([("voeren", 51.1, 83.5), ("we", 100.8, 114.2), ("volgende", 163.7, 203.9)], 294.8)]
    right = [placed([("thema,", 238.2, 267.8), ("zoals", 303.0, 325.6), ("de", 360.9, 371.3)], 264.5),
             placed([("initiatiefnemers", 238.2, 316.1), ("van", 324.6, 340.5), ("het", 357.8, 371.3)], 279.6),
             placed([("Manifest", 238.2, 280.4), ("Keuzevrijheid", 288.8, 354.6)], 294.8)]
    words = [w for line in [*heading, *left, *right] for w in line]
    lines = read_lines(words, 71, 0.45, Gutter(204.05, 218.4), drawn=words).lines
    assert [ln.text for ln in lines] == _texts([*heading, *left, *right])


def test_a_heading_across_the_gutter_whose_small_capitals_sit_lower_is_read_whole():
    # LibreOffice look 8431 (A4, small capitals): "ONDERDEEL A: ONTWIKKELING EN BENUTTING VAN KENNIS" across the
    # gutter, each capital's small letters a few points lower than the row's top.  The right side's first word is
    # drawn right after the left side's last, within the row: a line across the page, not a set's first row.
    def placed(parts: list[tuple[str, float, float, float]]) -> list[Word]:
        return [Word(text, x0, x1, top, top + 15.3, "DejaVuSerif", 15.3, (0,)) for text, x0, x1, top in parts]

    heading = [placed([("ONDERDEEL", 51.1, 143.3, 108.2), ("A:", 148.7, 166.2, 108.2),
                       ("ONTWIKKELING", 171.6, 290.8, 110.9), ("EN", 296.3, 316.7, 110.9),
                       ("BENUTTING", 322.1, 408.9, 110.9), ("KENNIS", 449.7, 506.4, 110.9)])]
    header = [_words("6", 285.6, 84.6, size=9.0)]  # the running header's page number, drawn first, left of the gutter
    left, right = _rows(51, "a", 131, 6), _rows(303.4, "b", 131, 6)
    words = [w for line in [*header, *heading, *left, *right] for w in line]
    # The content draws each capital apart from its small letters: "O", then "NTWIKKELING" set lower.
    piece = Word("NTWIKKELING", 184.9, 290.8, 111.3, 126.6, "DejaVuSerif", 15.3, (0,))
    drawn = [*words[:4], piece, *words[4:]]
    lines = read_lines(words, 6, 0.45, Gutter(286.1, 303.4), drawn=drawn).lines
    assert [ln.text for ln in lines] == _texts([*header, *heading, *left, *right])


def test_a_paragraphs_last_line_over_a_tables_top_rule_drawn_after_its_columns_line_above_stays_in_the_set():
    # Chromium look 10090 (A5, two columns): "Alle bovengenoemde / activiteiten zullen simultaan" beside "worden
    # uitgevoerd." over a Gantt chart's top rule, on a page whose most words are its tables' smaller print.  In
    # another print than that, the left column's last line was taken for a heading over its border and cut from
    # the set: "Alle bovengenoemde", "worden uitgevoerd.", "activiteiten zullen simultaan" (column_sets_cut).
    # The content draws it right after the left column's line above it: it is that column's next line.
    left = [_words("Alle bovengenoemde", 60, 100), _words("activiteiten zullen simultaan", 60, 114)]
    right = [_words("worden uitgevoerd.", 300, 100)]
    # A budget table's rows, their labels wrapped over two lines, each cell drawn whole.
    table = [_words("Stafkosten Verwey-Jonker", 60, 140 + 24 * n, size=8.0)
             + _words("Instituut", 60, 150 + 24 * n, size=8.0)
             + _words(f"29 12 34{n}", 330, 140 + 24 * n, size=8.0) for n in range(6)]
    words = [w for line in left + right + table for w in line]
    page = read_lines(words, 179, 0.45, Gutter(262.5, 300), drawn=words, rules=[(60, 540, 127)])
    assert [ln.text for ln in page.lines][:3] == ["Alle bovengenoemde", "activiteiten zullen simultaan",
                                                  "worden uitgevoerd."]
    # Drawn after the right column, as a heading across the page is, it stands apart over its border.
    late = [w for line in left[:1] + right + left[1:] + table for w in line]
    page = read_lines(words, 179, 0.45, Gutter(262.5, 300), drawn=late, rules=[(60, 540, 127)])
    assert [ln.text for ln in page.lines][:2] == ["Alle bovengenoemde worden uitgevoerd.",
                                                  "activiteiten zullen simultaan"]


def test_a_short_paragraph_of_a_line_each_side_a_word_broken_between_them_is_read_in_its_columns():
    # LibreOffice look 9123 (A5, two columns, words broken at lines' ends): "Alle bovengenoemde activiteiten zul-"
    # beside "len simultaan worden uitgevoerd.", drawn one after the other as a table's row is, was read as one row
    # ("zul- len").  A word broken at the left side's end that the right side goes on with: two columns' lines.
    left = _words("Alle bovengenoemde kernactiviteiten zul-", 60, 100)
    right = _words("len simultaan worden uitgevoerd.", 300, 100)
    table = [_words("Movisie Senior 36", 60, 130 + 12 * n) + _words(f"95 3.42{n}", 300, 130 + 12 * n) for n in range(3)]
    words = [w for line in [left, right, *table] for w in line]
    texts = [ln.text for ln in read_lines(words, 181, 0.45, Gutter(262.5, 300), drawn=words).lines]
    assert texts[:2] == ["Alle bovengenoemde kernactiviteiten zul-", "len simultaan worden uitgevoerd."]
    # A heading across the page whose space falls on the gutter, after "welzijn-", stays one line (LibreOffice look
    # 9138: read in two columns, the page's columns then row by row).
    above, below = (_rows(60, "a", 100, 8) + _rows(300, "b", 100, 8), _rows(60, "c", 240, 8) + _rows(300, "d", 240, 8))
    heading = _words("Programmalijn 6. Zorg-, welzijn-", 122.5, 218) + _words("en onderwijsprofessionals in", 285, 218)
    words = [w for line in above + [heading] + below for w in line]
    texts = [ln.text for ln in read_lines(words, 8, 0.45, Gutter(262.5, 300), drawn=words).lines]
    assert texts[16] == "Programmalijn 6. Zorg-, welzijn- en onderwijsprofessionals in"
    # A table's row is no sentence going on: "Project-" beside figures stays one row.
    row = _words("Stafkosten Project-", 60, 100) + _words("29 12 348", 300, 100)
    assert [ln.text for ln in read_lines(row, 181, 0.45, Gutter(262.5, 300), drawn=row).lines] == [
        "Stafkosten Project- 29 12 348"]


def test_a_name_or_a_bracketed_word_broken_between_two_one_line_columns_is_read_in_its_columns():
    # LibreOffice looks 9205 and 9210: a paragraph's last line balanced into two columns, "gen snel en volwaardig te
    # kunnen participeren in Ne-" beside "derland.", and "KIS wil bijdragen aan een positieve (meer-" beside
    # "voudige) identiteitsontwikkeling van", were read as one row each: "Ne-derland", "(meer-voudige)".
    text = [_words("de tekst van de pagina loopt hier door", 60, 300 + 14 * n) for n in range(6)]
    for broken, rest in (("gen snel en volwaardig participeren in Ne-", "derland."),
                         ("KIS wil bijdragen aan een positieve (meer-", "voudige) identiteitsontwikkeling van")):
        words = [*_words(broken, 60, 100), *_words(rest, 300, 100), *(w for line in text for w in line)]
        texts = [ln.text for ln in read_lines(words, 70, 0.45, Gutter(262.5, 300), drawn=words).lines]
        assert texts[:2] == [broken, rest]
    # A table's label broken in its cell, short of the gutter, stays in its row ("Deskundigheids-" beside "training
    # van docenten in het mbo").
    label = [*_words("Deskundigheids-", 60, 100), *_words("training van docenten in het mbo", 300, 100)]
    words = [*label, *(w for line in text for w in line)]
    texts = [ln.text for ln in read_lines(words, 70, 0.45, Gutter(262.5, 300), drawn=words).lines]
    assert texts[0] == "Deskundigheids- training van docenten in het mbo"
    # In a heading's print, larger than the running text's, a capital's word stays in the row: a heading across
    # the page whose space falls on the gutter.
    heading = _words("Programmalijn 6. Zorg- en Welzijn-", 60, 100, size=14.0) + _words("en onderwijs in", 300, 100,
                                                                                      size=14.0)
    words = [*heading, *(w for line in text for w in line)]
    texts = [ln.text for ln in read_lines(words, 70, 0.45, Gutter(262.5, 300), drawn=words).lines]
    assert texts[0] == "Programmalijn 6. Zorg- en Welzijn- en onderwijs in"
