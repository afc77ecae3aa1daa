from pathlib import Path

from extract.pdf.model import Document, Line, Page, Word
from extract.werkplan.overview import find_overview


def _line(page: int, top: float, *placed: tuple[str, float]) -> Line:
    """A 9-point line of words, each (text, x0), five points a letter."""
    return Line(page=page, words=[Word(text, x, x + 5 * len(text), top, top + 9, "Regular", 9, (0,))
                                  for text, x in placed])


def _overview(*pages: tuple[int, list[Line]]):
    return find_overview(Document(Path("t.pdf"), "", {}, [Page(number, 595, 842, lines) for number, lines in pages]))


def test_overview_rows_are_read_with_their_multi_line_headers(extraction_2023, datasets_2023):
    overview = extraction_2023.overview
    assert [c.header_raw for c in overview.columns] == [
        "Movisie (€)", "Verwey-Jonker Instituut (€)", "Externe projectkosten / inhuur (€)", "Totaal (€)",
    ]
    assert [c.kind for c in overview.columns] == ["organisation", "organisation", "external", "total"]
    rows = datasets_2023.frames["overview"]
    assert list(rows["label_raw"]) == [
        "A Ontwikkeling en benutting van kennis",
        "B Portaal en vraagbaak",
        "C Verbinding, signalering en netwerken",
        "D Communicatie",
        "E Programmaleiding en -ontwikkeling",
        "Totaal",
    ]
    assert list(rows["onderdeel"].fillna("")) == ["A", "B", "C", "D", "E", ""]
    assert list(rows["row_kind"]) == ["onderdeel"] * 5 + ["total"]
    assert list(rows["external_costs"]) == [89521, 17019, 52410, 40000, 12633, 211583]
    assert list(rows["total"]) == [1213178, 371671, 240765, 434075, 388489, 2648178]
    assert list(rows["total_raw"]) == ["1.213.178", "371.671", "240.765", "434.075", "388.489", "2.648.178"]
    assert set(rows["page"]) == {26}


def test_overview_amounts_per_organisation(datasets_2023):
    amounts = datasets_2023.frames["overview_amounts"]
    movisie = amounts[amounts["organisation"] == "Movisie"]
    vji = amounts[amounts["organisation"] == "Verwey-Jonker Instituut"]
    assert list(movisie["amount"]) == [512693, 156870, 68764, 197475, 155242, 1091044]
    assert list(vji["amount"]) == [610964, 197782, 119591, 196600, 220614, 1345551]
    assert list(vji["column_raw"].unique()) == ["Verwey-Jonker Instituut (€)"]


def test_overview_labels_wrapped_in_their_cells_are_whole_and_a_dash_in_a_label_is_no_amount():
    """Seen in an A5 look: "A Ontwikkeling en benutting" / "van kennis", and "E Programmaleiding en -" /
    "ontwikkeling", whose "-" is the label's, not an empty amount cell."""
    def line(top, *placed):
        return _line(1, top, *placed)

    lines = [line(100, ("Programmaonderdeel", 50), ("Movisie", 250), ("Totaal", 330)),
             line(115, ("A", 50), ("Ontwikkeling", 58), ("en", 120), ("benutting", 133), ("512.693", 250),
                  ("1.213.178", 320)),
             line(127, ("van", 50), ("kennis", 70)),
             line(142, ("E", 50), ("Programmaleiding", 58), ("en", 140), ("-", 153), ("155.242", 250),
                  ("388.489", 325)),
             line(154, ("ontwikkeling", 50)),
             line(169, ("Totaal", 50), ("667.935", 250), ("1.601.667", 320))]
    overview = _overview((1, lines))
    assert [row.label_raw for row in overview.rows] == [
        "A Ontwikkeling en benutting van kennis", "E Programmaleiding en -ontwikkeling", "Totaal"]
    assert [[cell.raw for cell in row.cells] for row in overview.rows] == [
        ["512.693", "1.213.178"], ["155.242", "388.489"], ["667.935", "1.601.667"]]


def test_a_row_whose_label_a_page_end_moved_under_the_repeated_header_is_one_row():
    """Seen in held-out look 7751 (A5, two columns, a grid): row C's amounts at the foot of page 35 with
    an empty label cell, its two label lines ("C Verbinding, signalering en" / "netwerken") on page 36
    under the header repeated.  Read before: the overview ended at the header, rows C, D, E and the total
    lost (2 of 6 rows equal)."""
    def header(page, top):
        return [_line(page, top, ("Movisie", 250)), _line(page, top + 12, ("Programmaonderdeel", 50), ("(€)", 262),
                                                                           ("Totaal", 330))]

    first = [*header(35, 600),
             _line(35, 630, ("B", 50), ("Portaal", 58), ("en", 100), ("vraagbaak", 113), ("156.870", 250),
                  ("371.671", 325)),
             _line(35, 648, ("68.764", 255), ("240.765", 325))]
    second = [*header(36, 60),
              _line(36, 90, ("C", 50), ("Verbinding,", 58), ("signalering", 115), ("en", 172)),
              _line(36, 102, ("netwerken", 50)),
              _line(36, 117, ("D", 50), ("Communicatie", 58), ("197.475", 250), ("434.075", 325)),
              _line(36, 132, ("Totaal", 50), ("422.109", 250), ("1.046.511", 320))]
    overview = _overview((35, first), (36, second))
    assert [(row.onderdeel, row.label_raw, [cell.raw for cell in row.cells], row.page) for row in overview.rows] == [
        ("B", "B Portaal en vraagbaak", ["156.870", "371.671"], 35),
        ("C", "C Verbinding, signalering en netwerken", ["68.764", "240.765"], 35),
        ("D", "D Communicatie", ["197.475", "434.075"], 36),
        (None, "Totaal", ["422.109", "1.046.511"], 36)]
    # The header repeated is the table's, in no section's text.
    assert {id(line) for line in second} <= {id(line) for line in overview.lines}


def test_a_header_repeated_alone_at_the_next_pages_head_after_the_total_is_the_tables():
    """LibreOffice look 8410 (A5, no rules): the total row last on page 46, the header's three lines repeated at
    page 47's head with no row under them (the table's bottom border went over the page end).  They were read as
    the Begroting section's text, published."""
    def header(page, top):
        return [_line(page, top, ("Programmaonderdeel", 50), ("Movisie", 250), ("Totaal", 330)),
                _line(page, top + 10, ("(€)", 262), ("(€)", 340))]

    first = [*header(46, 600),
             _line(46, 630, ("A", 50), ("Ontwikkeling", 58), ("512.693", 250), ("1.213.178", 320)),
             _line(46, 648, ("Totaal", 50), ("512.693", 250), ("1.213.178", 320))]
    second = [*header(47, 49), _line(47, 99, ("De", 50), ("uitsplitsing", 65), ("naar", 130), ("functieniveau", 155))]
    overview = _overview((46, first), (47, second))
    assert [(row.label_raw, [cell.raw for cell in row.cells]) for row in overview.rows] == [
        ("A Ontwikkeling", ["512.693", "1.213.178"]), ("Totaal", ["512.693", "1.213.178"])]
    assert [id(line) in {id(own) for own in overview.lines} for line in second] == [True, True, False]


def test_a_label_the_page_end_cut_goes_on_under_the_header_repeated_in_lower_case():
    """LibreOffice look 8473 (A5, rules only): "A Ontwikkeling en benutting van" with its amounts last on page 40,
    "kennis" under the header repeated at page 41's head, then rows B to the total.  The overview ended at
    "kennis": five of six rows lost (in review)."""
    def header(page, top):
        return [_line(page, top, ("Programmaonderdeel", 50), ("Movisie", 250), ("Totaal", 330)),
                _line(page, top + 10, ("(€)", 262), ("(€)", 340))]

    first = [*header(40, 700), _line(40, 730, ("A", 50), ("Ontwikkeling", 58), ("en", 120), ("benutting", 133),
                                     ("van", 183), ("512.693", 250), ("1.213.178", 320))]
    second = [*header(41, 49), _line(41, 79, ("kennis", 50)),
              _line(41, 94, ("B", 50), ("Portaal", 58), ("156.870", 250), ("371.671", 325)),
              _line(41, 109, ("Totaal", 50), ("669.563", 250), ("1.584.849", 320))]
    overview = _overview((40, first), (41, second))
    assert [(row.label_raw, [cell.raw for cell in row.cells], row.page) for row in overview.rows] == [
        ("A Ontwikkeling en benutting van kennis", ["512.693", "1.213.178"], 40),
        ("B Portaal", ["156.870", "371.671"], 41), ("Totaal", ["669.563", "1.584.849"], 41)]
    # A row's label begins with its capital: under the repeated header it is no cut label going on.
    second[2] = _line(41, 79, ("Kennis", 50))
    assert [row.label_raw for row in _overview((40, first), (41, second)).rows] == ["A Ontwikkeling en benutting van"]


def test_a_left_aligned_header_over_right_aligned_values_is_their_column_s():
    """Seen in looks set by LibreOffice (8105, 8106: published with exit 0): a table's header cells
    left-aligned, its amounts right-aligned in wide columns, so "Movisie (€)" ends left of "512.693"
    begins.  Read before: the header was taken for the label column's, the Movisie amounts had no
    organisation (6 of 12 overview amounts right)."""
    def line(top, *placed):
        return _line(1, top, *placed)

    lines = [line(100, ("Programmaonderdeel", 50), ("Movisie", 200), ("(€)", 237), ("Totaal", 300), ("(€)", 332)),
             line(115, ("A", 50), ("Ontwikkeling", 58), ("512.693", 255), ("1.213.178", 340)),
             line(130, ("Totaal", 50), ("512.693", 255), ("1.213.178", 340))]
    overview = _overview((1, lines))
    assert [(column.header_raw, column.kind, column.organisation) for column in overview.columns] == [
        ("Movisie (€)", "organisation", "Movisie"), ("Totaal (€)", "total", None)]
