"""Painted rectangles: what a page's fills paint."""

from extract.pdf.layout import _joined, _painted
from extract.pdf.model import Rect


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
