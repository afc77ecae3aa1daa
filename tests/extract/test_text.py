from collections import Counter

import pytest

from extract.text import join_hyphenated, join_lines


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


def test_the_dutch_word_list_answers_for_whole_words_in_any_case():
    from extract.text import dutch_words

    words = dutch_words()
    assert "relatie" in words and "Beleid" in words and "'s avonds" in words
    # Only whole entries: a word's beginning or an unknown word is not in it.
    assert "relat" not in words and "kennisplatformwerkplan" not in words
