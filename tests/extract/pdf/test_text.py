from collections import Counter

import pytest

from extract.pdf.model import Line, Word
from extract.pdf.text import join_hyphenated, join_lines, restore_hyphen, vocabulary


@pytest.mark.parametrize("before, after, vocab, joined", [
    # The document's own words decide first.
    ("in re-", "latie tot", {"relatie": 3}, "in relatie tot"),
    ("het KIS-", "meerjarenprogramma", {"kis-meerjarenprogramma": 1}, "het KIS-meerjarenprogramma"),
    ("de meerja-", "renprogramma", {"meerjarenprogramma": 2}, "de meerjarenprogramma"),
    ("van diversiteit-", "sensitieve", {"diversiteit-sensitieve": 1, "diversiteitsensitieve": 1},
     "van diversiteit-sensitieve"),
    # Then the Dutch word list: a known joined word, or two known parts.
    ("het be-", "leid", {}, "het beleid"),
    ("een plat pdf-", "document.", {}, "een plat pdf-document."),
    # A capital after the hyphen is a name: Zuid-Holland.
    ("regio Zuid-", "Holland", {}, "regio Zuid-Holland"),
    ("het HRM-", "beleid", {}, "het HRM-beleid"),
    # A soft hyphen always joins.
    ("sa\u00ad", "menwerking", {}, "samenwerking"),
])
def test_line_break_hyphens(before, after, vocab, joined):
    assert join_hyphenated(before, after, Counter(vocab)) == joined


def test_join_lines_keeps_a_spaced_dash():
    assert join_lines(["vaders –", "naast moeders -", "bij de"], Counter()) == "vaders – naast moeders - bij de"


def test_a_line_ending_in_a_conjunction_and_a_hyphen_goes_on_with_the_compound_it_shortens():
    assert join_lines(["KIS-producten en -", "rapporten"], Counter()) == "KIS-producten en -rapporten"
    assert join_lines(["Programmaleiding en -", "ontwikkeling"], Counter()) == "Programmaleiding en -ontwikkeling"


def _lines(*texts: str) -> list[Line]:
    return [Line(page=1, words=[Word(w, 0, 1, 10 * i, 10 * i + 9, "Regular", 10, (0,)) for w in text.split()])
            for i, text in enumerate(texts)]


def test_a_typesetter_that_breaks_words_is_told_by_the_parts_before_its_line_end_hyphens():
    # "meerja" is no word: this typesetter breaks words, and the vocabulary decides each hyphen.
    breaking = vocabulary(_lines("het meerja-", "renprogramma en de diversiteitsensitieve aanpak", "x"))
    assert breaking.breaks_words
    assert join_hyphenated("voor diversiteit-", "sensitieve", breaking) == "voor diversiteitsensitieve"
    # Only whole words before the hyphens at line ends: each is the author's, kept.
    whole = vocabulary(_lines("de KIS-", "community en diversiteitsensitieve aanpak voor diversiteit-",
                              "sensitieve leerkrachten", "x"))
    assert not whole.breaks_words
    assert join_hyphenated("voor diversiteit-", "sensitieve", whole) == "voor diversiteit-sensitieve"


def test_a_compound_printed_without_its_hyphen_gets_it_back_from_the_document():
    vocab = Counter({"antidiscriminatie-interventies": 13, "antidiscriminatieinterventies": 1, "interventies": 40})
    assert join_lines(["voor", "antidiscriminatieinterventies benaderen"], vocab) == (
        "voor antidiscriminatie-interventies benaderen")
    # Printed glued as often as hyphenated (or more): the document's own spelling, left alone.
    vocab = Counter({"diversiteit-sensitieve": 1, "diversiteitsensitieve": 2})
    assert restore_hyphen("diversiteitsensitieve", vocab) == "diversiteitsensitieve"


def test_the_dutch_word_list_answers_for_whole_words_in_any_case():
    from extract.pdf.text import dutch_words

    words = dutch_words()
    assert "relatie" in words and "Beleid" in words and "'s avonds" in words
    # Only whole entries: a word's beginning or an unknown word is not in it.
    assert "relat" not in words and "kennisplatformwerkplan" not in words


def test_a_line_ending_in_an_article_conjunction_preposition_or_comma_ends_open():
    from extract.pdf.text import ends_open

    assert [ends_open(t) for t in ["ONDERDEEL A PROJECTEN EN", "TOTAAL IMPACT VAN DE", "Polarisatie,",
                                   "Onderdeel B: Portaalfunctie", "Vaders mee aan het stuur"]] == [
        True, True, True, False, False]
