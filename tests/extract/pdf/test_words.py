"""extract.pdf.words joins characters into the very words pdfplumber's WordExtractor makes of them."""

import random

from pdfplumber.utils.text import WordExtractor

from extract.pdf.words import WORD_ATTRS, extract_words, x_tolerance_ratio

BLACK, RED = (0.0,), (1.0, 0.0, 0.0)


def char(text, x0, top, width=5.0, height=10.0, upright=True, font="Arial", size=10.0, color=BLACK):
    return (text, x0, top, x0 + width, top + height, upright, font, size, color)


def as_pdfplumber_char(c: tuple) -> dict:
    text, x0, top, x1, bottom, upright, font, size, color = c
    return {"text": text, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "doctop": top, "upright": upright,
            "fontname": font, "size": size, "non_stroking_color": color}


def assert_same_words(chars: list[tuple]) -> list[dict]:
    ours = ("content_index", "overprinted", "letter_spacing")  # what pdfplumber's words do not say
    words = [{key: value for key, value in word.items() if key not in ours} for word in extract_words(chars)]
    # as the pdfplumber reader asks
    extractor = WordExtractor(extra_attrs=WORD_ATTRS, keep_blank_chars=False,
                              x_tolerance_ratio=x_tolerance_ratio(c[0] for c in chars))
    reference = extractor.extract_words([as_pdfplumber_char(c) for c in chars])
    assert words == reference
    assert repr(words) == repr(reference)  # the same floats to the last bit, signed zeros too, keys in order
    return words


def text_of(chars: list[tuple]) -> list[str]:
    return [w["text"] for w in assert_same_words(chars)]


def test_ligatures_are_expanded():
    chars = [char("ﬁ", 10, 100), char("n", 15, 100), char("a", 20, 100), char("ﬀ", 30, 100), char("ﬃ", 35, 100)]
    assert text_of(chars) == ["fina", "ffffi"]


def test_a_change_of_font_size_or_colour_within_a_word_splits_it():
    chars = [char("B", 10, 100, font="Arial-Bold"), char("e", 15, 100), char("g", 20, 100, size=11.0),
             char("r", 25, 100, size=11.0, color=RED), char("o", 30, 100, color=RED), char("t", 35, 100, color=RED)]
    assert text_of(chars) == ["B", "e", "g", "r", "ot"]


# A space elsewhere on the page: the page's text layer has space characters.
SPACED = [char("x", 10, 300), char(" ", 15, 300), char("y", 20, 300)]


def test_gaps_up_to_the_tolerance_join_and_wider_ones_split():
    # At 10 pt the tolerance along the line is 2 pt; across it 3 pt.  ("z" and "a" touch: no letter spacing.)
    chars = [char("z", 5, 100), char("a", 10, 100), char("b", 17, 100), char("c", 24.000001, 100), char("d", 20, 140),
             char("e", 25, 142.9), char("f", 30, 145.8)]
    assert text_of(chars + SPACED) == ["zab", "c", "def", "x", "y"]  # d-e-f: one line, each 2.9 pt below the last


def test_on_a_page_without_space_characters_a_narrower_gap_ends_a_word():
    # "ONDERDEEL A" in Chromium's Liberation Serif at 17.1 pt, its space taken out of the text layer (as TeX
    # writes none): kerning leaves 3.0 pt between "L" and "A", 0.175 of the size, which a page with spaces
    # reads as one word.  Letters 1.7 pt apart (0.1 of the size: a heading's letter spacing, a justified line's
    # hyphen) stay one word.
    heading = [char("E", 10, 100, size=17.1), char("L", 15, 100, size=17.1), char("A", 23.0, 100, size=17.1),
               char("N", 40, 100, size=17.1), char("U", 46.7, 100, size=17.1)]
    assert text_of(heading) == ["EL", "A", "NU"]
    assert text_of(heading + SPACED) == ["ELA", "NU", "x", "y"]


def test_a_gap_without_a_space_character_breaks_the_word_by_its_width_against_the_font_size():
    # "1.1<tab>Een" as Word sets a list number: no space character, a 2.5 pt gap at 10 pt
    # (narrower than pdfplumber's fixed 3 pt); the same gap at 20 pt is a gap inside a word.
    def text(size):
        chars = [char("1", 10, 100, size=size), char(".", 15, 100, size=size), char("1", 20, 100, size=size)]
        return chars + [char(c, 27.5 + 5 * i, 100, size=size) for i, c in enumerate("Een")]

    assert text_of(text(10.0) + SPACED) == ["1.1", "Een", "x", "y"]
    assert text_of(text(20.0) + SPACED) == ["1.1Een", "x", "y"]


def test_overlapping_and_backward_characters():
    chars = [char("o", 10, 100), char("v", 12, 100), char("e", 12, 100, width=2.0), char("r", 11, 100),
             char("x", 40, 100), char("y", 39.5, 100.5)]
    assert text_of(chars) == ["orve", "yx"]


def test_blanks_and_characters_without_text():
    chars = [char("a", 10, 100), char(" ", 15, 100), char("b", 20, 100), char("", 25, 100), char("c", 30, 100),
             char("\xa0", 35, 100), char("(cid:7)", 40, 100)]
    assert text_of(chars) == ["a", "b", "", "c", "(cid:7)"]


def test_rotated_text_reads_top_to_bottom_in_columns():
    up = [char(t, 100, 200 + 6 * i, width=10, height=6, upright=False) for i, t in enumerate("omhoog")]
    down = [char(t, 101.5, 260 - 6 * i, width=10, height=6, upright=False) for i, t in enumerate("neer")]
    grouped = [char("x", 10, 100), char("y", 15, 100), *up, *down]
    assert text_of(grouped) == ["xy", "omhoog", "reen"]
    # Drawn in another order, the words are the same: "x" and "y" touch on one line, one word, where pdfplumber's
    # runs of characters drawn one after the other make them two.
    mixed = [char("x", 10, 100), *up, char("y", 15, 100), *down]
    assert [word["text"] for word in extract_words(mixed)] == ["xy", "omhoog", "reen"]


def test_lines_come_top_to_bottom_and_signed_zeros_survive():
    chars = [char("z", 0.0, 300), char("a", -0.0, 10), char("b", 5.0, 10.0, height=-0.0), char("c", 10, -0.0)]
    assert text_of(chars) == ["c", "ab", "z"]


def test_random_pages_give_pdfplumber_words(monkeypatch):
    # Characters strewn at random make lines no two of whose letters touch: letter spacing (letter_spacing), which
    # pdfplumber does not know.  The rest of the reading is pdfplumber's.
    import extract.pdf.words

    monkeypatch.setattr(extract.pdf.words, "letter_spacing", lambda line, reading: 0.0)
    rng = random.Random(9)
    texts = ["a", "b", "ﬁ", "ﬂ", " ", "", "1", "€", "(cid:3)"]
    chars = []
    for _ in range(3000):
        upright = rng.random() > 0.1
        chars.append(char(rng.choice(texts), rng.randrange(0, 400) / 4, rng.randrange(0, 200) / 3,
                          width=rng.choice([0.0, 2.5, 5.0, 6.1]), height=rng.choice([5.0, 10.0]), upright=upright,
                          font=rng.choice(["Arial", "Arial-Bold"]) if rng.random() < 0.05 else "Arial",
                          color=RED if rng.random() < 0.03 else BLACK))
    # pdfplumber's runs are characters of one print drawn one after the other, ours those of the whole page (in the
    # order each is first drawn): the characters given to both in that order make the same runs.
    prints = list(dict.fromkeys((c[5], c[6], c[7], c[8]) for c in chars))
    chars = [c for key in prints for c in chars if (c[5], c[6], c[7], c[8]) == key]
    words = assert_same_words(chars)
    assert len(words) > 500 and any(not w["upright"] for w in words)


def test_each_word_says_where_its_first_character_is_drawn():
    # Drawn as a page whose right column comes first in the content: "rechts", then "links ok", at one
    # height; pdfplumber's words come in one line, left to right.
    chars = [char(c, 200 + 5 * i, 100) for i, c in enumerate("rechts")]
    chars += [char(c, 10 + 5 * i, 100) for i, c in enumerate("links ok")]
    words = extract_words(chars)
    assert [(w["text"], w["content_index"]) for w in words] == [("links", 6), ("ok", 12), ("rechts", 0)]


def test_a_word_printed_over_another_is_told_but_a_letter_printed_twice_is_not():
    # WeasyPrint look 8287 (A5, two columns, monospaced): "antidiscriminatievoorzieningen," runs 7 points into
    # the right column's "onderwijsinstellingen."; their letters interleave into one word.
    from extract.pdf.words import overprinted

    left = [(57.0 + 5.7 * i, 62.7 + 5.7 * i, c) for i, c in enumerate("voorzieningen,")]
    right = [(left[-1][0] - 1.3 + 5.7 * i, left[-1][0] + 4.4 + 5.7 * i, c) for i, c in enumerate("onderwijs")]
    assert overprinted(sorted(left + right))
    assert not overprinted(left)
    # Kerning ("Te": a tenth of the size) and a bold faked by printing each letter twice, 0.5 point apart.
    assert not overprinted([(0.0, 6.1, "T"), (5.4, 10.9, "e")])
    assert not overprinted([(0.0, 5.0, "B"), (0.5, 5.5, "B"), (5.0, 10.0, "e"), (5.5, 10.5, "e")])
    [word] = extract_words([char(t, x0, 100, width=x1 - x0) for x0, x1, t in sorted(left + right)])
    assert word["overprinted"] and word["text"].startswith("voorzieningeno,n")


def test_letters_set_apart_stay_one_word_and_their_spaces_still_part_words():
    # A heading in letter spacing: "Onderdeel A" at 18 pt, 0.26 em (4.68 pt) between its letters, wider than the
    # 3.6 pt a page with spaces takes for a tab: read letter by letter ("O", "n", "d", …) before.  Its space stays
    # a space, and a gap a tab wider than the letters' still ends a word.
    def spaced(text, x0, top=100, pitch=10.0 + 4.68):
        return [char(c, x0 + pitch * i, top, width=10.0, size=18.0) for i, c in enumerate(text)]

    heading = spaced("Onderdeel", 10) + [char(" ", 10 + 9 * 14.68, 100, size=18.0)] + spaced("A:", 10 + 10 * 14.68)
    words = [word["text"] for word in extract_words(heading)]
    assert words == ["Onderdeel", "A:"]
    # Each ends where the spacing after its last letter does: an underline runs on under it (LibreOffice look 9412:
    # 4.5 points past "… mbo-scholen" at 13.2 pt, the line read as no title's, a project of its own published).
    assert [round(word["x1"], 2) for word in extract_words(heading)] == [142.12, 186.16]
    tabbed = spaced("1.1", 10) + spaced("Een", 10 + 3 * 14.68 + 4.0)  # 4 pt more between "1" and "E"
    assert [word["text"] for word in extract_words(tabbed)] == ["1.1", "Een"]
    # Letters that touch, as a print not spaced sets them, keep the tolerance as it was: 3.6 pt at 18 pt.
    assert [word["text"] for word in extract_words(spaced("ab", 10, pitch=13.5) + SPACED)] == ["ab", "x", "y"]
    assert [word["text"] for word in extract_words(spaced("ab", 10, pitch=13.7) + SPACED)] == ["a", "b", "x", "y"]


def test_characters_in_a_tables_cells_are_no_letter_spacing():
    # A Gantt chart's month initials in columns 12 pt apart, 10 pt (no label beside them in their font): every two
    # apart, their gaps 4 to 7.5 pt, read as letter spacing ("FMAM", "ASOND") before.  So were one-digit amounts in
    # 11 pt columns beside a label in bold ("3524"), and a page's characters strewn by a random drawing order.
    widths = {"J": 4.5, "F": 5.5, "M": 8.0, "A": 6.5, "S": 6.0, "O": 7.5, "N": 7.0, "D": 7.0}
    months = [char(c, 100 + 12 * i, 100, width=widths[c]) for i, c in enumerate("JFMAMJJASOND")]
    assert [word["text"] for word in extract_words(months + SPACED)] == [*"JFMAMJJASOND", "x", "y"]
    digits = [char(c, 100 + 11 * i, 100, width=5.6) for i, c in enumerate("3524")]
    assert [word["text"] for word in extract_words(digits + SPACED)] == ["3", "5", "2", "4", "x", "y"]


def test_a_line_that_cannot_show_its_letter_spacing_takes_its_fonts():
    # Chromium look 10394: "Idee 1" in small capitals at 0.14 em, the "I" at 22 pt alone in its line of that size,
    # "DEE" at 17.6 pt (two pairs: too few to show a spacing); the page's "NDERDEEL" (17.6 pt) shows 2.46 points.
    # Read "I dee 1" before, a sub-plan published as another.  Now "I" ends where the spacing after it does, touching
    # "DEE", as the reading of the line joins touching words.
    def spaced(text, x0, size, top=100.0, width=12.0):
        return [char(c, x0 + (width + 2.46) * i, top, width=width, size=size, font="Sans") for i, c in enumerate(text)]

    capital, small = [char("I", 10, 100, width=6.0, size=22.0, font="Sans")], spaced("DEE", 18.46, 17.6)
    other = spaced("NDERDEEL", 10, 17.6, top=300)
    words = extract_words(capital + small + other)
    assert [(w["text"], round(w["x1"], 2)) for w in words] == [("I", 18.46), ("DEE", 61.84), ("NDERDEEL", 125.68)]
    # Without a line in its font that shows it, a capital alone keeps its box.
    assert [(w["text"], w["x1"]) for w in extract_words(capital + SPACED)][0] == ("I", 16.0)
