"""Painted rectangles, underlines and running headers and footers."""

from extract.pdf.layout import LayoutSettings, _joined, _painted, mark_underlined, strip_furniture
from extract.pdf.model import Line, Page, Rect, Word


def test_a_frame_filled_even_odd_paints_only_its_bands():
    # A CSS border-bottom as WeasyPrint draws it: the border box and the padding box in one path,
    # filled even-odd (in either order); only the rule under the heading is painted.
    blue = (0.5, 0.62, 0.75)
    box, padding = Rect(85, 57.6, 541, 73.0, blue), Rect(85, 57.6, 541, 72.4, blue)
    assert _painted([padding, box]) == _painted([box, padding]) == [Rect(85, 72.4, 541, 73.0, blue)]
    # A cell's shading inside a filled box of another colour, or apart from it, stays as drawn.
    cell, grey = Rect(300, 60, 320, 70, (0.5, 0.8, 0.77)), Rect(85, 57.6, 541, 73.0, (0.9, 0.9, 0.9))
    assert _painted([grey, cell]) == [grey, cell]
    other = Rect(320, 60, 340, 70, (0.5, 0.8, 0.77))
    assert _painted([cell, other]) == [cell, other]


def test_the_edges_a_grid_draws_cell_by_cell_are_one_rule_across_the_table():
    cells = [(195, 520, 640.0), (45, 195, 640.04), (45, 300, 655), (310, 520, 655)]
    assert _joined(cells) == [(45, 520, 640.04), (45, 300, 655), (310, 520, 655)]


def _heading(text: str, x0: float, x1: float, top: float, size: float = 20.6) -> Line:
    return Line(page=10, words=[Word(text, x0, x1, top, top + size, "DejaVuSans-Oblique", size, (0.4, 0.2, 0.6))])


def test_a_rule_under_a_lines_text_end_to_end_underlines_it():
    # Look 7961 (page 10): "Programmalijn 1. Opvoeding en" (57.0-346.7, 295.1-315.7) with a rule at y 312.8
    # from 57.0 to 346.7, the underline of its level; "VADERS MEE AAN HET STUUR" (57.0-351.4, 264.2-283.9)
    # has the border of another level under its block: 57.0-368.2 at y 286.7, below the line's box.
    underlined = _heading("Programmalijn 1. Opvoeding en", 57.0, 346.7, 295.1)
    bordered = _heading("VADERS MEE AAN HET STUUR", 57.0, 351.4, 264.2, size=19.7)
    plain = _heading("Projecten 2023", 57.0, 195.6, 400.0)
    label = _heading("Doel a) Het versterken van de positie van vaders", 57.0, 346.7, 500.0)
    page = Page(number=10, width=420, height=595, lines=[underlined, bordered, plain, label],
                h_rules=[(57.0, 346.7, 312.8), (57.0, 368.2, 286.7), (57.0, 368.2, 287.5),
                         (57.0, 112.0, 517.0)])  # under "Doel a)" alone: a run-in label's underline
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [True, False, False, False]


def test_a_line_of_small_capitals_in_lower_case_is_underlined_too():
    # Look 8057 (page 20), a title in small capitals wrapped over two lines, both underlined: "Project 1.1: een
    # stevige … vaders mee aan het" (126.9-141.3, rule at 139.0) and "stuur" (147.5-158.6: lower-case letters
    # only, set as capitals a size smaller, stand lower than the line's 14.4 points; rule at 157.0).
    first = Line(page=20, words=[Word("Project", 51.4, 498.3, 126.9, 141.3, "LiberationSans-Bold", 14.4, (0.27,))])
    second = Line(page=20, words=[Word("stuur", 51.4, 89.4, 147.5, 158.6, "LiberationSans-Bold", 14.4, (0.27,))])
    page = Page(number=20, width=595, height=842, lines=[first, second],
                h_rules=[(51.4, 498.3, 139.0), (51.4, 89.4, 157.0)])
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [True, True]


def test_a_rule_just_under_a_box_that_ends_at_the_baseline_underlines_it_where_it_ends_with_the_text():
    # LibreOffice look 8301 (Liberation Sans, its descent not given: boxes end at the baseline), the projects'
    # and parts' headings set apart by their underline alone.  "Project 1.1: …" (73.8-401.3, 158.0-168.2) has its
    # rule 0.9 points under its box (73.8-401.6 at 169.1); "ONDERDEEL A: … BENUTTING VAN" (73.8-498.4, 16.7 pt),
    # wrapped over "KENNIS", has the space where it wraps underlined too (to 503.4).  Read as plain text,
    # typography found 0 of 25 projects in the look without outline.
    def line(words, top, size, font="LiberationSans"):
        return Line(page=28, words=[Word(text, x0, x1, top, top + size, font, size, (0,)) for text, x0, x1 in words])

    project = line([("Project", 73.8, 111.0), ("1.1:", 113.8, 131.0), ("Een", 133.8, 401.3)], 158.0, 10.2)
    part = line([("ONDERDEEL", 73.8, 177.7), ("A:", 182.3, 198.1), ("VAN", 464.2, 498.4)], 71.2, 16.7)
    kennis = line([("KENNIS", 73.8, 135.9)], 90.4, 16.7)
    # Look 8142 (Liberation Mono, 14 pt): "Programmalijn 7. … polarisatie," (42.6-496.2), wrapped, its rule to 504.6,
    # a monospaced space further, measured between its words (8.4 points), 1.7 points under its box.
    mono = line([("Programmalijn", 42.6, 151.8), ("7.", 160.2, 177.0), ("polarisatie,", 185.4, 496.2)], 259.8, 14.0,
                "LiberationMono-Bold")
    goes_on = line([("spanningen", 42.6, 244.2)], 275.6, 14.0, "LiberationMono-Bold")
    # Look 7961 (WeasyPrint): the border under the block of "… INTREDE OP DE" / "ARBEIDSMARKT (POST-ENTRY)"
    # (57.0-360.9, 19.7 pt) runs to the column's edge, 7.3 points past its last line, 2.8 points under its box.
    last = line([("ARBEIDSMARKT", 57.0, 200.0), ("(POST-ENTRY)", 205.5, 360.9)], 269.3, 19.7)
    page = Page(number=28, width=595, height=842, lines=[project, part, kennis, mono, goes_on, last],
                h_rules=[(73.8, 401.6, 169.1), (73.8, 503.4, 89.3), (73.8, 136.0, 108.5), (42.6, 504.6, 275.5),
                         (42.6, 244.2, 291.3), (57.0, 368.2, 291.8)])
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [True, True, True, True, True, False]


def test_a_wrapped_lines_underline_inside_its_box_runs_on_over_the_space_where_it_wraps():
    # LibreOffice look 9350 printed again by Ghostscript (Liberation Mono Bold 12.2 pt, page 30), the descent given:
    # "Project 2.1 Borging … informele" (65.3-511.8, 241.5-253.7) wrapped, its rule at 252.6 inside its box and
    # running 7.6 points on (to 519.4), a monospaced space.  The projects, set apart by their underline alone,
    # were read a level too deep and 7 of 25 lost.
    def line(words, top):
        return Line(page=30, words=[Word(text, x0, x1, top, top + 12.2, "XYZABC+LiberationMono-Bold", 12.2, (0.48,))
                                    for text, x0, x1 in words])

    title = [line([("Project", 65.3, 116.5), ("2.1", 123.8, 145.7), ("informele", 445.9, 511.8)], 241.5),
             line([("organisaties", 65.3, 153.1)], 256.2)]
    # The same print, not wrapped: a rule inside the box a space past the text is no underline of it.
    alone = line([("Project", 65.3, 116.5), ("2.2", 123.8, 145.7), ("eer", 445.9, 511.8)], 400.0)
    page = Page(number=30, width=612, height=792, lines=[*title, alone],
                h_rules=[(65.3, 519.4, 252.6), (65.3, 153.1, 267.3), (65.3, 519.4, 411.1)])
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [True, True, False]


def test_a_wrapped_lines_one_word_is_underlined_to_a_space_as_wide_as_its_prints_other_spaces():
    # LibreOffice look 8801 (A5, Liberation Mono 22.1 pt, page 176): "Programmalijn 6." / "Professionals in de" /
    # "(super)diverse" / "samenleving", each underlined, the rule under a line that wraps running a monospaced
    # space (13.3 points, as between the title's words) past its text.  Measured at a quarter of the size, the
    # one word's underline (13.7 points past "(super)diverse") was none: the title was read as two headings.
    def line(words, top):
        return Line(page=176, words=[Word(text, x0, x1, top, top + 22.1, "BAAAAA+LiberationMono", 22.1, (0.4,))
                                     for text, x0, x1 in words])

    title = [line([("Programmalijn", 57.0, 229.3), ("6.", 242.6, 269.1)], 47.3),
             line([("Professionals", 57.0, 229.3), ("in", 242.6, 269.1), ("de", 282.4, 308.9)], 72.4),
             line([("(super)diverse", 57.0, 242.4)], 97.4), line([("samenleving", 57.0, 202.6)], 122.5)]
    page = Page(number=176, width=420, height=595, lines=title,
                h_rules=[(56.8, 282.2, 72.1), (56.8, 321.9, 97.2), (56.8, 255.7, 122.2), (56.8, 202.6, 147.3)])
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [True, True, True, True]


def test_a_rule_under_the_last_line_of_a_wrapped_title_alone_is_its_blocks_border_though_the_line_fills_the_column():
    # WeasyPrint look 8465 (A5, page 31): "Onderdeel C: Verbinding," (42.9-264.4, 48.6-64.2, 15.6 pt) over
    # "signalering en netwerkontwikkeling" (42.9-358.5, 68.1-83.7); the border under the block, from 42.9 to the
    # column's edge at 359.7, 2.2 points under its box, ends 1.2 points past the text, as an underline would.
    def line(text, x1, top):
        return Line(page=31, words=[Word(text, 42.9, x1, top, top + 15.6, "DejaVuSans-BoldOblique", 15.6, (0.1,))])

    title = [line("Onderdeel C: Verbinding,", 264.4, 48.6), line("signalering en netwerkontwikkeling", 358.5, 68.1)]
    page = Page(number=31, width=420, height=595, lines=title, h_rules=[(42.9, 359.7, 85.9)])
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [False, False]
    # Alone, the same line and rule are an underline: nothing tells them apart.
    page.lines = page.lines[1:]
    mark_underlined([page])
    assert page.lines[0].underlined


def test_a_footer_recurring_at_the_pages_foot_is_furniture_but_a_recurring_line_above_the_text_is_not():
    # Held-out LibreOffice look 8256 (letter, 792 points): the footer "Werkplan Kennisplatform Inclusief
    # Samenleven 24 november 2022 | 21" at 695-705, 11 % of the page's height above its foot, outside the 12 %
    # band looked in before: read into the text, budget tables and overview (218 of 292 sections, exit 0).
    def line(page: int, top: float, text: str) -> Line:
        return Line(page=page, words=[Word(w, 50 + 60 * i, 100 + 60 * i, top, top + 9, "Sans", 9, (0,))
                                      for i, w in enumerate(text.split())])

    first = {20: "Samen met een netwerk van koplopers", 21: "intersectionaliteit dat we in concept",
             22: "adolescentiefase als een kerntaak"}
    last = {20: "partijen dat in", 21: "ontwikkelden en", 22: "wordt beschouwd (Erikson,"}
    pages = [Page(number=n, width=612, height=792, lines=[
        line(n, 60, first[n]), line(n, 655, "Totaal Movisie 481.578"), line(n, 675, last[n]),
        line(n, 695, f"Werkplan Kennisplatform Inclusief Samenleven 24 november 2022 | {n}")]) for n in (20, 21, 22)]
    strip_furniture(pages, LayoutSettings())
    assert [[ln.text for ln in page.furniture] for page in pages] == [
        [f"Werkplan Kennisplatform Inclusief Samenleven 24 november 2022 | {n}"] for n in (20, 21, 22)]
    # "Totaal Movisie 481.578" recurs at one height too, but text stands between it and the foot.
    assert all(len(page.lines) == 3 for page in pages)


def test_a_rule_under_letters_set_apart_runs_on_under_the_spacing_after_the_last():
    # LibreOffice look 9412 stripped (DejaVu Serif Bold 13.2 pt, letter spacing 0.3 em: 3.96 points), a sub-plan's
    # title wrapped over two lines, both underlined: "Idee 1: Benchmark anti-" (48.3-315.1, rule to 319.3) over
    # "stagediscriminatiebeleid op mbo-scholen" (48.3-502.8, rule to 507.3, 4.5 points on).  The last line was not
    # underlined, so not in the first one's style, and was published as a project of its own.  A letter-spaced
    # word ends where the spacing after its last letter does (extract.pdf.words): 502.8 + 3.96.
    def line(text, x1, top):
        return Line(page=42, words=[Word(text, 48.3, x1, top, top + 13.2, "DejaVuSerif-Bold", 13.2, (0.48,))])

    first, last = line("Idee 1: Benchmark anti-", 319.06, 368.1), line("stagediscriminatiebeleid", 506.76, 383.6)
    rules = [(48.3, 319.3, 382.5), (48.3, 507.3, 398.0)]
    page = Page(number=42, width=595, height=842, lines=[first, last], h_rules=rules)
    mark_underlined([page])
    assert [line.underlined for line in page.lines] == [True, True]
    unspaced = Page(number=42, width=595, height=842, lines=[line("Idee 1", 315.1, 368.1), line("x", 502.8, 383.6)],
                    h_rules=rules)
    mark_underlined([unspaced])
    assert [line.underlined for line in unspaced.lines] == [True, False]  # 4.5 points on is no underline
