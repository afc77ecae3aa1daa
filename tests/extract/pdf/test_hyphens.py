"""Unicode's hyphen read by where the document prints it, and where Dutch breaks a word."""

from pathlib import Path

from extract.pdf.hyphens import breaks_at, mend_hyphens
from extract.pdf.model import Document, Line, Page, Word
from extract.pdf.text import document_vocabulary, join_lines


def _page(*texts: str) -> Page:
    lines = [Line(page=1, words=[Word(w, 10.0 * i, 10.0 * i + 9, 12.0 * row, 12.0 * row + 10, "Serif", 10, (0,))
                                 for i, w in enumerate(text.split())]) for row, text in enumerate(texts)]
    return Page(1, 595, 842, lines)


def test_a_hyphen_printed_only_at_line_ends_is_the_typesetters_break():
    # WeasyPrint look 8826 (its breaks marked "‐", U+2010, the author's hyphens "-"): "sociale profes‐" / "sionals"
    # was published as "profes- sionals" and 260 of 292 sections differed.  "‐" stands only at lines' ends: each is
    # a break, and the lines' "-" are the author's.
    page = _page("in Nederland: sociale profes\u2010", "sionals, onderzoekers en de KIS-", "community, Verwey-Jonker",
                 "zoals Nisa4\u2010", "Nisa")  # after a digit too (WeasyPrint look 8848)
    assert mend_hyphens([page]) == 2
    lines = [line.text for line in page.lines]
    assert lines[0] == "in Nederland: sociale profes\u00ad"
    vocab = document_vocabulary(Document(Path("x.pdf"), "", {}, [page]))
    assert not vocab.breaks_words
    assert join_lines(lines[:3], vocab) == "in Nederland: sociale professionals, onderzoekers en de KIS-community, " \
                                           "Verwey-Jonker"


def test_a_hyphen_printed_inside_words_too_is_the_authors():
    # A font that maps its one hyphen glyph to U+2010: "mbo‐scholen" inside a line, "Verwey‐" at a line's end.
    page = _page("de mbo\u2010scholen en het Verwey\u2010", "Jonker Instituut", "een non\u2011profit")
    assert mend_hyphens([page]) == 3
    assert [line.text for line in page.lines] == ["de mbo-scholen en het Verwey-", "Jonker Instituut",
                                                  "een non-profit"]
    assert mend_hyphens([_page("geen streepjes hier")]) == 0


def test_dutch_breaks_words_where_its_hyphenation_patterns_say():
    assert breaks_at("zoals", 2) and breaks_at("partijen", 6) and breaks_at("Gedachtengoed", 2)
    assert not breaks_at("weten", 3) and not breaks_at("zorgen", 4)  # "wet- en", "zorg- en": a word left out


def test_a_hyphen_alone_or_for_a_word_left_out_is_the_authors_whatever_else_the_document_prints():
    # A review's case: a font that maps every hyphen to U+2010, in a document that prints none inside a word: a dash
    # standing alone ("januari ‐ maart") and "wet‐ en regelgeving" inside a line are the author's, so is "Verwey‐".
    for text in ("januari \u2010 maart", "de wet\u2010 en regelgeving"):
        page = _page(text, "het Verwey\u2010", "Jonker Instituut")
        mend_hyphens([page])
        assert page.lines[1].text == "het Verwey-", text
