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
    # A part without a vowel is no syllable, so no typesetter breaks a word after it: a lower-case
    # abbreviation, whose compound keeps its hyphen (the 2023 text: "een stage-/bpv-plaats tijdens").
    ("een stage-/bpv-", "plaats tijdens", {}, "een stage-/bpv-plaats tijdens"),
    # A compound the word list spells with its hyphen keeps it; so does a web address.
    ("van een bottom-", "up proces,", {}, "van een bottom-up proces,"),
    ("11 https://www.clingendael.org/publication/long-term-protection-europe-", "needed-ukrainian-refugees", {},
     "11 https://www.clingendael.org/publication/long-term-protection-europe-needed-ukrainian-refugees"),
    # But no name in an address begins with one: the typesetter broke it after its dot.
    ("De KIS Wijkmonitor www.-", "kis-wijkmonitor.nl biedt", {}, "De KIS Wijkmonitor www.kis-wijkmonitor.nl biedt"),
    # A soft hyphen always joins.
    ("sa\u00ad", "menwerking", {}, "samenwerking"),
])
def test_line_break_hyphens(before, after, vocab, joined):
    assert join_hyphenated(before, after, Counter(vocab)) == joined


def test_join_lines_keeps_a_spaced_dash():
    assert join_lines(["vaders –", "naast moeders -", "bij de"], Counter()) == "vaders – naast moeders - bij de"


def test_a_web_address_broken_before_a_slash_goes_on_without_a_space():
    # LibreOffice look 9073 in another edition (A5, 8 pt monospaced, justified): note 11 read "…/publication
    # /long-term-protection-…", published.  A slash starting a line after anything but a web address is a word.
    address = "11 https://www.clingendael.org/publication"
    assert join_lines([address, "/long-term-protection-europe-needed-", "ukrainian-refugees"], Counter()) == (
        "11 https://www.clingendael.org/publication/long-term-protection-europe-needed-ukrainian-refugees")
    assert join_lines(["ouders", "/verzorgers"], Counter()) == "ouders /verzorgers"


def test_a_web_address_cut_at_the_margin_inside_a_word_goes_on_without_a_space():
    # LibreOffice look 9008 (A5, two columns, 7 pt monospaced notes): note 11's address alone on its line, cut at
    # the margin inside "publication", read "…/publicati on/long-term-…", published.  An address that ends its
    # line short of the margin is whole, whatever follows ("en/of", "t/m", another address: a review's cases).
    lines = ["https://www.clingendael.org/publicati", "on/long-term-protection-europe-", "needed-ukrainian-refugees"]
    assert join_lines(lines, Counter(), cut=frozenset({0})) == (
        "https://www.clingendael.org/publication/long-term-protection-europe-needed-ukrainian-refugees")
    assert join_lines(["https://www.kis.nl", "en/of de websites"], Counter()) == "https://www.kis.nl en/of de websites"
    assert join_lines(["www.kis.nl/wijkmonitor,", "t/m de"], Counter(), cut=frozenset({0})) == (
        "www.kis.nl/wijkmonitor, t/m de")
    assert join_lines(["https://www.kis.nl", "voor meer"], Counter()) == "https://www.kis.nl voor meer"


def test_a_web_address_broken_after_its_name_goes_on_without_a_space():
    # LibreOffice look 8597 (justified): project 7.1's results read "… maatschappelijkestabiliteit. nl. • Artikelen
    # …", published.  After an abbreviation's full stop a line beginning in lower case is a word ("bijv." / "net").
    assert join_lines(["op de website maatschappelijkestabiliteit.", "nl. • Artikelen /columns op KIS.nl"],
                      Counter()) == "op de website maatschappelijkestabiliteit.nl. • Artikelen /columns op KIS.nl"
    assert join_lines(["een adres als kis.", "nl/artikel/jongerenwerkers-ga-gesprek"], Counter()) == (
        "een adres als kis.nl/artikel/jongerenwerkers-ga-gesprek")
    assert join_lines(["landen, bijv.", "net als Nederland"], Counter()) == "landen, bijv. net als Nederland"
    assert join_lines(["in 2023.", "nl. staat voor"], Counter()) == "in 2023. nl. staat voor"


def test_an_amount_in_dutch_notation_at_a_line_end_is_no_broken_word():
    # Onderdeel B of the 2023 werkplan in a monospaced look: "… circa € 25.000,-" / "voor (de start van) …".
    assert join_lines(["budget van circa € 25.000,-", "voor (de start van)"], Counter()) == (
        "budget van circa € 25.000,- voor (de start van)")


def test_a_line_ending_in_a_conjunction_and_a_hyphen_goes_on_with_the_compound_it_shortens():
    assert join_lines(["KIS-producten en -", "rapporten"], Counter()) == "KIS-producten en -rapporten"
    assert join_lines(["Programmaleiding en -", "ontwikkeling"], Counter()) == "Programmaleiding en -ontwikkeling"


def test_a_word_a_narrow_cell_broke_without_a_hyphen_is_one_word_again():
    """LibreOffice look 8156 (A5): words too wide for their cells, broken anywhere ("Communicatieadviseu" / "r",
    "Netwerkbijeenkomsten/contacte" / "n partners."), were two in a budget row's function and an activity."""
    vocab = Counter({"contacten": 16, "toolboxen": 2, "ervoor": 3})
    assert join_lines(["Communicatieadviseu", "r"], vocab, cell=True) == "Communicatieadviseur"
    assert join_lines(["4. Netwerkbijeenkomsten/contacte", "n partners."], vocab, cell=True) == (
        "4. Netwerkbijeenkomsten/contacten partners.")
    # Two words stay two, though the document prints them as one elsewhere; an unknown word with no piece
    # printed alone, or a longer second piece no word it makes is printed, stays apart too.
    assert join_lines(["de toolbox", "en de"], vocab, cell=True) == "de toolbox en de"
    assert join_lines(["daar er", "voor"], vocab, cell=True) == "daar er voor"
    assert join_lines(["Communicatieadviseu", "rs en"], vocab, cell=True) == "Communicatieadviseu rs en"
    # A word of two letters alone on its line after a line of one word (WeasyPrint look 8268, A5 Gantt label).
    assert join_lines(["3. Ontwikkelen", "tools/instrumenten", "en", "praktijkvoorbeelden."], vocab, cell=True) == (
        "3. Ontwikkelen tools/instrumenten en praktijkvoorbeelden.")
    # Running text keeps its line ends, but after a line of one word too wide for it (look 8201, two narrow
    # columns): a word processor breaks no other word of a paragraph that way.
    assert join_lines(["4. Netwerkbijeenkomsten/contacte", "n partners."], vocab) == (
        "4. Netwerkbijeenkomsten/contacte n partners.")
    vocab["expertmeetings"] = 1
    assert join_lines(["• Deelname aan", "klankbordgroepen/expertmeeting", "s en participatie"], vocab) == (
        "• Deelname aan klankbordgroepen/expertmeetings en participatie")


def _lines(*texts: str) -> list[Line]:
    return [Line(page=1, words=[Word(w, 0, 1, 10 * i, 10 * i + 9, "Regular", 10, (0,)) for w in text.split()])
            for i, text in enumerate(texts)]


def test_a_typesetter_that_breaks_words_is_told_by_the_parts_before_its_line_end_hyphens():
    # "meerja" and "doelgroe" are no words: this typesetter breaks words, and the vocabulary decides each
    # hyphen.
    breaking = vocabulary(_lines("het meerja-", "renprogramma en de diversiteitsensitieve aanpak", "andere doelgroe-",
                                 "pen benaderen", "x"))
    assert breaking.breaks_words
    assert join_hyphenated("voor diversiteit-", "sensitieve", breaking) == "voor diversiteitsensitieve"
    # Only whole words before the hyphens at line ends: each is the author's, kept.
    whole = vocabulary(_lines("de KIS-", "community en diversiteitsensitieve aanpak voor diversiteit-",
                              "sensitieve leerkrachten", "x"))
    assert not whole.breaks_words
    assert join_hyphenated("voor diversiteit-", "sensitieve", whole) == "voor diversiteit-sensitieve"


# The hyphens at the line ends of looks of the 2023 text (seeds 7107, 7114 and 7012) that never break a
# word: every one is the author's.  "co" is no word (in neither the document nor the word list), "bpv"
# an abbreviation, "bottom-up" a compound the word list knows, "europe-" in a web address; the rest are
# whole words.
LOOK_LINE_ENDS = [
    ("heeft de gemeente Amsterdam (in kind co-", "financiering) bijgedragen aan de trainingen"),
    ("gesolliciteerd te hebben op een stage-/bpv-", "plaats tijdens hun mbo-opleiding."),
    ("gesolliciteerd te hebben op een stage-/bpv-", "plaats tijdens hun mbo-opleiding."),
    ("hoe zij binnen verschillende vakken wat-", "werkt-kennis met betrekking tot"),
    ("vrouwen met een migratie-", "of vluchtachtergrond en de"),
    ("Inmiddels wordt echter al een e-", "learning ontwikkeld voor deze"),
    ("dataverzameling, een eerste data-", "analyse en daarop meteen een"),
    ("Hoe ervaren huidige pabo-", "studenten de mate waarin"),
    ("verandering aanbrengen op curriculum-", "en managementniveau rondom"),
    ("onderzoeken, wet-", "en regelgeving, mensenrechten"),
    ("KIS in 2022 aan zo’n dertig interventie-", "ontwikkelaars een workshop"),
    ("het zorgen dat antidiscriminatie-", "interventies die lokaal"),
]


ENGLISH_LINE_ENDS = [
    ("We gaan uit van een bottom-", "up proces, waarbij het vooral"),
    ("11 https://www.clingendael.org/publication/long-term-protection-europe-", "needed-ukrainian-refugees"),
]


@pytest.mark.parametrize("ends", [LOOK_LINE_ENDS[:1] + LOOK_LINE_ENDS[3:], LOOK_LINE_ENDS,
                                  LOOK_LINE_ENDS[:1] + ENGLISH_LINE_ENDS + LOOK_LINE_ENDS[3:]],
                         ids=["7107", "7114", "7012"])
def test_one_odd_part_before_a_line_end_hyphen_is_no_habit_of_breaking_words(ends):
    vocab = vocabulary(_lines(*[text for pair in ends for text in pair]))
    assert not vocab.breaks_words
    assert join_lines([*ends[0]], vocab) == (
        "heeft de gemeente Amsterdam (in kind co-financiering) bijgedragen aan de trainingen")
    assert join_lines([*LOOK_LINE_ENDS[1]], vocab) == (
        "gesolliciteerd te hebben op een stage-/bpv-plaats tijdens hun mbo-opleiding.")


def test_a_document_whose_only_line_end_hyphen_follows_an_odd_part_shows_no_habit_either():
    vocab = vocabulary(_lines(*LOOK_LINE_ENDS[0], "x"))
    assert not vocab.breaks_words
    assert join_lines([*LOOK_LINE_ENDS[0]], vocab) == (
        "heeft de gemeente Amsterdam (in kind co-financiering) bijgedragen aan de trainingen")


def test_first_parts_dutch_sets_a_hyphen_after_and_compounds_the_word_list_hyphenates_show_no_habit_either():
    # LibreOffice look 9254 never broke a word; its line ends "co-" / "financiering" (no word) and "anti-" /
    # "discriminatie-interventies" (the document prints "antidiscriminatie" whole elsewhere: its author spells it both
    # ways) made a habit of breaking, with "up-to-" / "date" ("to" no word), and "cofinanciering" and
    # "antidiscriminatie-interventies" were published.  The word list sets a hyphen after "co" and "anti" (14 and 39
    # entries), and spells "up-to-date" so.
    ends = [LOOK_LINE_ENDS[0], ("zijn in 2022 meer dan 20 anti-", "discriminatie-interventies beschreven en"),
            ("van institutioneel racisme up-to-", "date maken."), ("de websites van Movisie en Verwey-", "Jonker en"),
            ("de online discriminatie-", "ervaringen van jongeren"), ("bij de taalontwikkeling van EU-",
                                                                       "arbeidsmigranten. Arbeidsmigranten")]
    vocab = vocabulary(_lines(*[text for pair in ends for text in pair], "om antidiscriminatie-interventies in",
                              "te zetten en antidiscriminatie in", "x"))
    assert not vocab.breaks_words
    assert [join_lines([*pair], vocab) for pair in ends[:3]] == [
        "heeft de gemeente Amsterdam (in kind co-financiering) bijgedragen aan de trainingen",
        "zijn in 2022 meer dan 20 anti-discriminatie-interventies beschreven en",
        "van institutioneel racisme up-to-date maken."]


def test_a_part_that_is_no_word_before_a_hyphen_the_document_shows_to_be_a_break_is_joined_all_the_same():
    # One break among the author's hyphens is no habit; but "meerja" is no word, and the document
    # prints "meerjarenprogramma": the typesetter broke it here.
    vocab = vocabulary(_lines("het KIS-meerjarenprogramma en", "de meerja-", "renprogramma en", *[
        text for pair in LOOK_LINE_ENDS[3:] for text in pair]))
    assert not vocab.breaks_words
    assert join_lines(["de meerja-", "renprogramma"], vocab) == "de meerjarenprogramma"
    assert join_lines(["vakken wat-", "werkt-kennis"], vocab) == "vakken wat-werkt-kennis"


def test_a_typesetter_breaks_words_when_more_than_one_word_shows_it():
    # Two parts that are no word ("meerja", "doelgroe") among the same whole words: a habit.
    vocab = vocabulary(_lines("de meerja-", "renprogramma en", "andere doelgroe-", "pen benaderen", *[
        text for pair in LOOK_LINE_ENDS[3:] for text in pair]))
    assert vocab.breaks_words
    assert join_lines(["de meerja-", "renprogramma"], vocab) == "de meerjarenprogramma"


def test_a_compound_printed_without_its_hyphen_gets_it_back_from_the_document():
    vocab = Counter({"antidiscriminatie-interventies": 13, "antidiscriminatieinterventies": 1, "interventies": 40})
    assert join_lines(["voor", "antidiscriminatieinterventies benaderen"], vocab) == (
        "voor antidiscriminatie-interventies benaderen")
    # Printed glued as often as hyphenated (or more): the document's own spelling, left alone.
    vocab = Counter({"diversiteit-sensitieve": 1, "diversiteitsensitieve": 2})
    assert restore_hyphen("diversiteitsensitieve", vocab) == "diversiteitsensitieve"


def test_word_lists_let_go_of_are_loaded_again_when_asked():
    import gc
    import weakref

    import pyphen

    from extract.pdf.hyphens import breaks_at, dutch_hyphenation
    from extract.pdf.text import DutchWords, dutch_words, forget_word_lists

    words = dutch_words()
    assert "relatie" in words and words.hyphened_after("co") == 14 and not words.hyphens_compounds_of("co")
    assert breaks_at("zoals", 2)
    held = weakref.ref(words), weakref.ref(dutch_hyphenation().hd)
    del words
    forget_word_lists()
    gc.collect()
    assert held[0]() is None and held[1]() is None  # no cache keeps either, the methods' and pyphen's neither
    assert not pyphen.hdcache and DutchWords.hyphened_after.cache_info().currsize == 0
    assert "relatie" in dutch_words() and "relat" not in dutch_words()
    assert breaks_at("zoals", 2) and not breaks_at("weten", 3)  # "zo|als", not "wet|en": "we-ten"


def test_the_dutch_word_list_answers_for_whole_words_in_any_case():
    from extract.pdf.text import dutch_words

    words = dutch_words()
    assert "relatie" in words and "Beleid" in words and "'s avonds" in words
    # Only whole entries: a word's beginning or an unknown word is not in it.
    assert "relat" not in words and "kennisplatformwerkplan" not in words
    # A plural's apostrophe as printed, curly: Chromium look 10131 (A5, monospaced, narrow columns) read
    # "geselecteerde" / "thema’s en", a word alone at the margin, as one word cut there: "thema’s" was no word.
    assert "thema’s" in words and "pabo’s" in words
    assert join_lines(["rondom de", "geselecteerde", "thema’s en doelgroepen"], Counter(), cut=frozenset({1})) == (
        "rondom de geselecteerde thema’s en doelgroepen")


def test_a_line_ending_in_an_article_conjunction_preposition_comma_or_colon_ends_open():
    from extract.pdf.text import ends_open

    # Look 7917 stripped set "Totaal onderdeel A:" / "Projecten en Impact," / "implementatie en netwerken"
    # in monospaced italics; the colon's line stood as a heading of its own, and was published so.
    assert [ends_open(t) for t in ["ONDERDEEL A PROJECTEN EN", "TOTAAL IMPACT VAN DE", "Polarisatie,",
                                   "Totaal onderdeel A:", "Onderdeel B: Portaalfunctie",
                                   "Vaders mee aan het stuur"]] == [True, True, True, True, False, False]


def test_a_reference_mark_carried_over_a_line_end_goes_back_after_the_word_it_marks():
    # A look of the 2023 text at 8 pt put note 17's mark, set at 4.8 pt, at the start of the next line.
    from extract.pdf.text import blocks_from_lines

    def line(top: float, text: str, small: str | None = None) -> Line:
        return Line(page=75, words=[Word(w, 64.0 + 30 * i, 90.0 + 30 * i, top, top + 8, "DejaVuSerif",
                                         4.8 if w == small else 8.0, (0,)) for i, w in enumerate(text.split())])

    lines = [line(254, "en pleiten Kremer et al (2019) voor ‘alledaagse attentheid’."),
             line(266, "17 Wat betekent dit concreet, welke interventies zijn", small="17"),
             line(278, "2023 staat in het teken van drie thema’s.")]  # figures at the body's size stay
    assert [b.text for b in blocks_from_lines(lines, 12.0, Counter())] == [
        "en pleiten Kremer et al (2019) voor ‘alledaagse attentheid’.17 Wat betekent dit concreet, welke "
        "interventies zijn 2023 staat in het teken van drie thema’s."]


def test_a_word_cut_at_the_margin_joins_its_rest_but_a_rest_that_is_a_word_stays_apart():
    """LibreOffice look 8233 (12 pt monospaced, A5 columns of 21 letters): words wider than the column cut where
    the line ends, no hyphen ("ontwikkelbijeenkomste" / "n de input", "diversiteitsensitiviteit" / ". We").
    A rest that is a word by itself ("levensgebieden/domein" / "en met") goes on the piece when the document
    prints the word they make, anywhere, also as the only word of a line (this look's long words always are);
    else the two stay apart."""
    from extract.pdf.text import blocks_from_lines

    def line(top: float, text: str, x0: float = 50.0) -> Line:
        words, x = [], x0
        for part in text.split():
            words.append(Word(part, x, x + 7.2 * len(part), top, top + 12, "Mono", 12, (0,)))
            x += 7.2 * (len(part) + 1)
        return Line(page=1, words=words)

    vocab = vocabulary([line(0, "de toolbox en de tools")])  # "en" printed inside a line
    [block] = blocks_from_lines([line(100, "Door reflectie- en"), line(117, "ontwikkelbijeenkomste"),
                                 line(134, "n de input uit"), line(151, "voorgaande samen")], 17, vocab)
    assert block.text == "Door reflectie- en ontwikkelbijeenkomsten de input uit voorgaande samen"
    [block] = blocks_from_lines([line(100, "ontwikkelen van"), line(117, "diversiteitsensitiviteit"),
                                 line(134, ". We hebben in 2023")], 17, vocab)
    assert block.text == "ontwikkelen van diversiteitsensitiviteit. We hebben in 2023"
    cut_pieces = [line(100, "een lijst met"), line(117, "levensgebieden/domein"), line(134, "en met voorbeelden")]
    [block] = blocks_from_lines(cut_pieces, 17, vocab)
    assert block.text == "een lijst met levensgebieden/domein en met voorbeelden"
    elsewhere = vocabulary([line(100, "over de"), line(117, "antidiscriminatiebeleid"), line(134, "en de domeinen"),
                            line(151, "koepels en de")])
    [block] = blocks_from_lines(cut_pieces, 17, elsewhere)
    assert block.text == "een lijst met levensgebieden/domeinen met voorbeelden"
    [block] = blocks_from_lines([line(100, "over het lokale"), line(117, "antidiscriminatiebele"),
                                 line(134, "id. Ervaring is")], 17, elsewhere)
    assert block.text == "over het lokale antidiscriminatiebeleid. Ervaring is"
    # A rest of three letters or fewer the document never prints inside a line is a word's last letters (look
    # 8260); one it prints there ("en") may be a word, and stays apart where the word they make is printed nowhere.
    [block] = blocks_from_lines([line(100, "ten behoeve van"), line(117, "diversiteitssensitivite"),
                                 line(134, "it. • Fase 1")], 17, elsewhere)
    assert block.text == "ten behoeve van diversiteitssensitiviteit. • Fase 1"
    # A conjunction or an article right before a stop ends no clause: the rest ends the word (look 8361).
    [block] = blocks_from_lines([line(100, "koepels en"), line(117, "samenwerkingsverband"), line(134, "en. Het")],
                                17, elsewhere)
    assert (block.text, block.guessed_words) == ("koepels en samenwerkingsverbanden. Het", ())
    # A piece that ends in no word, whose word with the rest does, was cut inside that word (look 8288); a piece
    # that ends in a word may be a whole compound ("ontwikkelbijeenkomst" / "en"), and stays apart.
    [block] = blocks_from_lines([line(100, "het bevorderen van"), line(117, "ontwikkelmogelijkhed"),
                                 line(134, "en, het tegengaan")], 17, elsewhere)
    assert block.text == "het bevorderen van ontwikkelmogelijkheden, het tegengaan"
    [block] = blocks_from_lines([line(100, "Door reflectie- en"), line(117, "ontwikkelbijeenkomst"),
                                 line(134, "en de input uit")], 17, elsewhere)
    assert block.text == "Door reflectie- en ontwikkelbijeenkomst en de input uit"
    # A list item that goes on in the next column: its lines there tell where this column's lines end.
    [block] = blocks_from_lines([line(100, "• communicatieondersteuni"), line(20, "ng bij de organisaties", 240),
                                 line(37, "van KIS-bijeenkomsten;", 240)], 17, elsewhere)
    assert block.text == "communicatieondersteuning bij de organisaties van KIS-bijeenkomsten;"
    # Both readings words, and neither printed whole elsewhere: kept apart, and counted as a guess (look 8287).
    # A piece the document prints whole elsewhere, with a punctuation mark after it, is no guess (look 8233).
    guessed = [line(100, "waaronder MiND,"), line(117, "antidiscriminatievoorziening"), line(134, "en, leden van")]
    [block] = blocks_from_lines(guessed, 17, elsewhere)
    assert (block.text, block.guessed_words) == ("waaronder MiND, antidiscriminatievoorziening en, leden van",
                                                 ("antidiscriminatievoorziening en / antidiscriminatievoorzieningen",))
    used = vocabulary([line(0, "over de antidiscriminatievoorziening."), line(17, "koepels en de")])
    assert blocks_from_lines(guessed, 17, used)[0].guessed_words == ()
    [block] = blocks_from_lines([line(100, "koepels en"), line(117, "samenwerkingsverbanden"), line(134, "en de")],
                                17, elsewhere)
    assert (block.text, block.guessed_words) == ("koepels en samenwerkingsverbanden en de", ())  # "…verbandenen"
    # Cut after a full stop inside the word (a web address, look 8285): the rest goes on in lower case.
    [block] = blocks_from_lines([line(100, "leeraanbod op de website"), line(117, "maatschappelijkestabiliteit."),
                                 line(134, "nl.")], 17, vocab)
    assert block.text == "leeraanbod op de website maatschappelijkestabiliteit.nl."
    # A word that fits stands short of the lines around it: no cut, whatever follows.
    [block] = blocks_from_lines([line(100, "de samenwerking met"), line(117, "rondom"), line(134, "n de input uit")],
                                17, vocab)
    assert block.text == "de samenwerking met rondom n de input uit"
    # Nor does a word short of the paragraph's one full line, among lines of one word (WeasyPrint look 8585: the
    # web address "maatschappelijkestabiliteit.nl" printed elsewhere joined the two words).
    address = vocabulary([line(0, "maatschappelijkestabiliteit.nl.")])
    [block] = blocks_from_lines([line(100, "JEP, ESS, SSV en de"), line(117, "website"), line(134, "maatschappelijke"),
                                 line(151, "stabiliteit.")], 17, address)
    assert block.text == "JEP, ESS, SSV en de website maatschappelijke stabiliteit."
    # A word's last letter, cut at the margin, opens no list item ("arbeidsmarktdiscriminati" / "e. De …").
    [block] = blocks_from_lines([line(100, "gelijke kansen tegen"), line(117, "arbeidsmarktdiscriminati"),
                                 line(134, "e. De terminologie")], 17, vocab)
    assert block.text == "gelijke kansen tegen arbeidsmarktdiscriminatie. De terminologie"


def test_a_word_cut_before_a_letter_wider_than_its_own_is_cut_at_the_margin():
    # LibreOffice look 8820 (A5, two justified columns, DejaVu Sans 11 pt): "klankbordgroepen/expert" alone on its
    # line, 6.1 points short of the column's edge, its letters 6.1 points wide on average (a slash, a "t" and an
    # "r" among them); the letter that did not fit opens "meetings", whose letters are 6.4 wide.  Measured by its
    # own letters it stood short of the margin: "expert meetings", published, where the document prints
    # "expertmeetings".
    from extract.pdf.text import blocks_from_lines

    def line(top: float, *words: tuple[str, float, float]) -> Line:
        return Line(page=181, words=[Word(text, x0, x1, top, top + 11, "DejaVuSans", 11, (0,))
                                     for text, x0, x1 in words])

    lines = [line(38.9, ("Deelname", 228.3, 284.5), ("aan", 353.8, 374.3)),
             line(55.5, ("klankbordgroepen/expert", 228.3, 368.1)),
             line(72.1, ("meetings", 228.3, 279.6), ("en", 288.7, 302.5), ("participatie", 311.6, 374.2)),
             line(88.7, ("in", 228.3, 238.3), ("het", 245.3, 263.3), ("netwerk", 270.2, 314.9),
                  ("Preventie", 321.8, 374.1)), line(105.3, ("Polarisatie.", 228.3, 290.0))]
    vocab = vocabulary([line(0, ("twee", 0, 20), ("expertmeetings", 25, 100), ("met", 105, 120))])
    [block] = blocks_from_lines(lines, 16.6, vocab)
    assert block.text == ("Deelname aan klankbordgroepen/expertmeetings en participatie in het netwerk Preventie "
                          "Polarisatie.")


def test_a_word_cut_before_an_m_in_a_ragged_column_is_cut_at_the_margin():
    # Chromium look 10022 (A5, two ragged columns, DejaVu Serif 10 pt, words too wide broken at the margin):
    # "klankbordgroepen/expert" 7.4 points short of the paragraph's longest line, its letters 5.6 wide, the "m"
    # that did not fit 9.4: "expert meetings", published.
    from extract.pdf.text import blocks_from_lines

    def line(top: float, *words: tuple[str, float, float]) -> Line:
        return Line(page=160, words=[Word(text, x0, x1, top, top + 10, "DejaVuSerif", 10, (0,))
                                     for text, x0, x1 in words])

    lines = [line(234.4, ("Deelname", 233.2, 283.0), ("aan", 287.4, 305.5)),
             line(247.2, ("klankbordgroepen/expert", 233.2, 362.3)),
             line(260.7, ("meetings", 233.2, 284.1), ("en", 288.5, 301.2), ("participatie", 305.6, 362.4),
                  ("in", 366.8, 369.7)),
             line(273.4, ("het", 233.2, 250.4), ("netwerk", 254.8, 296.0), ("Preventie", 300.4, 346.0))]
    vocab = vocabulary([line(0, ("twee", 0, 20), ("expertmeetings", 25, 100), ("met", 105, 120))])
    [block] = blocks_from_lines(lines, 12.9, vocab)
    assert block.text == "Deelname aan klankbordgroepen/expertmeetings en participatie in het netwerk Preventie"


def test_a_letter_that_ends_the_word_a_lone_piece_began_goes_on_it():
    # LibreOffice look 8570 (justified, two columns): "vluchtelingenachtergron" alone on its line, 7 points short of
    # the margin, its "d" on the next.  The piece ends in no word, and with the letter in "achtergrond"; the word
    # itself is printed nowhere else.  A piece that is a word itself keeps a letter after it apart.
    from extract.pdf.text import join_wrapped

    assert join_wrapped(["mensen met een", "migratie-of", "vluchtelingenachtergron", "d en / of mensen van"],
                        Counter()) == "mensen met een migratie-of vluchtelingenachtergrond en / of mensen van"
    assert join_wrapped(["de tweede", "vraag", "a en b"], Counter()) == "de tweede vraag a en b"


def test_a_cells_piece_of_no_word_goes_on_with_the_next_lines_first_into_a_word():
    # LibreOffice look 9023 in another edition (A5, 7 pt Gantt labels, 8 pt budget cells): "4." /
    # "Netwerkbijeenkomsten/contac" / "ten partners." ("ten" is a word, "contac" none) and "Verwey-Jonker Instituut
    # Projectondersteuni" / "ng" in every table ("ng" is in the word list, an abbreviation) were kept apart and
    # published, with nothing in review.
    vocab = Counter({"contacten": 1})
    assert join_lines(["4.", "Netwerkbijeenkomsten/contac", "ten partners."], vocab, cell=True) == (
        "4. Netwerkbijeenkomsten/contacten partners.")
    assert join_lines(["4.", "Netwerkbijeenkomsten/contac", "ten partners."], Counter(), cell=True) == (
        "4. Netwerkbijeenkomsten/contacten partners.")
    assert join_lines(["Projectondersteuni", "ng"], Counter(), cell=True) == "Projectondersteuning"
    # A piece that is a word stays a word: "contact" / "en partners." is the guess of look 8316 (below).
    assert join_lines(["4.", "Netwerkbijeenkomsten/contact", "en partners."], Counter(), cell=True) == (
        "4. Netwerkbijeenkomsten/contact en partners.")


# The label's cut as read, and the other reading.
CUT = ["Netwerkbijeenkomsten/contact en / Netwerkbijeenkomsten/contacten"]


def test_a_cells_line_of_one_word_kept_apart_where_both_readings_are_words_is_a_guess():
    # LibreOffice look 8316 (A5, a Gantt chart's label column of 32 letters): "4." / "Netwerkbijeenkomsten/contact" /
    # "en partners." for "Netwerkbijeenkomsten/contacten partners.".  The document prints "contact" and
    # "contacten": the cell's edge cannot say whether a word too wide was cut or the next one wrapped, and the
    # label was published as "… contact en partners." (exit 0).  Counted as a guess; no guess where the word
    # they make is printed nowhere, or the line holds more than one word.
    from extract.pdf.text import guessed_cell_cuts

    def line(text: str) -> Line:
        return Line(page=1, words=[Word(w, 10 * i, 10 * i + 8, 0, 9, "Sans", 9, (0,))
                                   for i, w in enumerate(text.split())])

    both = vocabulary([line("het leggen van contacten met"), line("contact met de gemeente")])
    label = ["4.", "Netwerkbijeenkomsten/contact", "en partners."]
    assert join_lines(label, both, cell=True) == "4. Netwerkbijeenkomsten/contact en partners."
    assert guessed_cell_cuts(label, both) == CUT
    assert guessed_cell_cuts(["4. Netwerkbijeenkomsten/contact", "en partners."], both) == CUT
    assert guessed_cell_cuts(label, vocabulary([line("contact met de gemeente")])) == []
    assert guessed_cell_cuts(["2. Werving vaders en", "interviews."], both) == []


def test_a_cells_line_of_one_word_goes_on_into_the_word_the_document_prints_where_it_never_prints_the_two():
    # LibreOffice looks 8501, 8511 and 8515 (A5): the Gantt label "Netwerkbijeenkomsten/contact" / "en partners."
    # in a document printing "contacten" 19 times and "contact en" never went to review as a guess (above).  The
    # document's own use decides: the word cut at the cell's edge.  Where it prints the two side by side, or the
    # word they make once only, the guess stays; a rest longer than three letters is a word of its own ("Project" /
    # "ondersteuning", a label the 2023 werkplan prints both ways).
    from extract.pdf.text import guessed_cell_cuts

    def line(text: str) -> Line:
        return Line(page=1, words=[Word(w, 10 * i, 10 * i + 8, 0, 9, "Sans", 9, (0,))
                                   for i, w in enumerate(text.split())])

    label = ["4.", "Netwerkbijeenkomsten/contact", "en partners."]
    used = [line("het leggen van contacten met"), line("contact met de gemeente"), line("de contacten met")]
    vocab = vocabulary(used)
    assert join_lines(label, vocab, cell=True) == "4. Netwerkbijeenkomsten/contacten partners."
    assert guessed_cell_cuts(label, vocab) == []
    side_by_side = vocabulary([*used, line("het contact en de steun")])
    assert join_lines(label, side_by_side, cell=True) == "4. Netwerkbijeenkomsten/contact en partners."
    assert guessed_cell_cuts(label, side_by_side) == CUT
    both_ways = vocabulary([line("de projectondersteuning voor"), line("een projectondersteuning voor")])
    assert join_lines(["Verwey-Jonker Instituut", "Project", "ondersteuning"], both_ways, cell=True) == (
        "Verwey-Jonker Instituut Project ondersteuning")


def test_a_typesetter_breaking_words_with_the_authors_hyphen_is_read_by_the_document_and_the_language():
    # WeasyPrint look 8829 breaks words with "-", as Word and LibreOffice do: 28 of 292 sections were published
    # wrong ("ge-dachtengoed", "zo- als", "partij- en", "Caribisch-Neder-landse").  The line after the break is
    # counted in the vocabulary by being there; a word of its own is printed inside lines.
    vocab = vocabulary(_lines("het ge-", "dachtengoed en de meerja-", "renprogramma zoals de andere doelgroe-",
                              "pen en partijen zoals Nisa4Nisa en de weten en zorgen en LHBTI’s in", "x"))
    assert vocab.breaks_words
    vocab["kis-wijkmonitor"] += 1  # "www.kis-wijkmonitor.nl" inside a line
    read = {
        ("door het ge-", "dachtengoed uit"): "door het gedachtengoed uit",
        # A word the document prints whole, broken where Dutch breaks it: joined, before a conjunction or a capital,
        # in a web address too.
        ("netwerken, zo-", "als in het"): "netwerken, zoals in het",
        ("andere partij-", "en worden"): "andere partijen worden",
        ("aan Nisa4-", "Nisa en"): "aan Nisa4Nisa en",
        ("vrouwen en LHB-", "TI’s in"): "vrouwen en LHBTI’s in",
        ("De KIS Wijkmonitor www.kis-wijkmo-", "nitor.nl biedt"): "De KIS Wijkmonitor www.kis-wijkmonitor.nl biedt",
        # Where Dutch breaks no word ("we-ten", "zor-gen"), the hyphen stands for a word left out.
        ("onderzoeken, wet-", "en regelgeving"): "onderzoeken, wet- en regelgeving",
        ("de zorg-", "en hulpverlening"): "de zorg- en hulpverlening",
        # Where it breaks one before its last syllable (LibreOffice looks 9150, 9155), the word after the conjunction
        # tells: a compound that makes the part a word ("groeikansen") leaves a word out, punctuation none.
        ("succesvol op te groei-", "en in een context"): "succesvol op te groeien in een context",
        ("op het vuur gooi-", "en. KIS en"): "op het vuur gooien. KIS en",
        ("de groei-", "en ontwikkelingskansen"): "de groei- en ontwikkelingskansen",
        ("de bij-", "en/of nascholing"): "de bij- en/of nascholing",
        ("in de bij-", "en de nascholing"): "in de bij- en de nascholing",  # "bijscholing", past the article
        # A compound's first word, its last part making a word of the part ("onderzo|ekers": "zoekers") does not.
        ("belangstellenden zo-", "als onderzoekers, medewerkers"): "belangstellenden zoals onderzoekers, medewerkers",
        ("worden (zo-", "als minder advies"): "worden (zoals minder advies",  # WeasyPrint 8898: "mi|nder", "zonder"
        # A plural neither printed inside a line nor in the word list, but two words of it (LibreOffice look 9249:
        # "veldpartij- en zeer" published, no guess); not a name ("Roma- en Sinti-").
        ("gemeenten en veldpartij-", "en zeer gewaardeerd"): "gemeenten en veldpartijen zeer gewaardeerd",
        ("met Roma-", "en Sinti-sleutelfiguren"): "met Roma- en Sinti-sleutelfiguren",
        # A hashtag holds no hyphen: broken (LibreOffice look 9246: "#DatMeen-" / "JeNiet" kept by a guess).
        ("andere #DatMeen-", "JeNiet op"): "andere #DatMeenJeNiet op",
    }
    assert {lines: join_lines(list(lines), vocab) for lines in read} == read
    # The word whole printed elsewhere says nothing against a compound after the conjunction.
    vocab["groeien"] += 1
    assert join_lines(["de groei-", "en ontwikkelingskansen"], vocab) == "de groei- en ontwikkelingskansen"
    from extract.pdf.text import guessed_hyphens

    # An article: a compound's first word?
    assert guessed_hyphens(["zowel de opgroei-", "en de opvoedfase"], vocab) == ["opgroeien / opgroei- en"]
    assert guessed_hyphens(["gemeenten en veldpartij-", "en zeer gewaardeerd"], vocab) == []
    assert guessed_hyphens(["belangstellenden zo-", "als onderzoekers, medewerkers"], vocab) == []  # "zoals" printed
    # Where the address is printed nowhere whole, the word broken is its compound's last, printed whole (LibreOffice
    # look 9147).
    del vocab["kis-wijkmonitor"]
    vocab["wijkmonitor"] += 7
    assert join_lines(["de www.kis-wijkmoni-", "tor.nl biedt"], vocab) == "de www.kis-wijkmonitor.nl biedt"


def test_two_words_either_side_of_a_break_the_language_allows_are_a_guess():
    # Neither "stagepact" nor "stage-pact" printed elsewhere: a compound of two words or a word broken?  Dutch writes
    # compounds whole but where two vowels would read as one ("media-uitingen", where Dutch hyphenation breaks no
    # word either: no guess); the guess follows that, and is counted.  A compound the word list spells with its
    # hyphen ("data-analyse") is no guess; nor is a hyphen the author's compounds show theirs ("wat-werkt-kennis").
    from extract.pdf.text import guessed_hyphens

    vocab = vocabulary(_lines("de meerja-", "renprogramma en andere doelgroe-", "pen met stage en pact en de",
                              "wat-werkt-kennis en", "x"))
    assert vocab.breaks_words
    read = {("het stage-", "pact van OCW"): "het stagepact van OCW",
            ("dertig interventie-", "ontwikkelaars een"): "dertig interventieontwikkelaars een",
            ("de media-", "uitingen van"): "de media-uitingen van",
            ("de wat-werkt-", "onderzoeken van"): "de wat-werkt-onderzoeken van",
            ("de wat-", "werkt-onderzoeken van"): "de wat-werkt-onderzoeken van"}
    assert {lines: join_lines(list(lines), vocab) for lines in read} == read
    assert guessed_hyphens(["het stage-", "pact van OCW, dertig interventie-", "ontwikkelaars, een eerste data-",
                            "analyse en de media-", "uitingen en de wat-werkt-", "onderzoeken en de meerja-",
                            "renprogramma"], vocab) == ["stagepact / stage-pact",
                                                        "interventieontwikkelaars / interventie-ontwikkelaars"]
    # A first word the word list joins with a hyphen, "niet-" (408 entries so, "niet-westers"; 46 joined, "nietig"):
    # the author's hyphen, no guess (LibreOffice looks 9198, 9200: "nietcognitieve" published by a guess).  Not where
    # the word list joins the two ("nietig", "cofinanciering"), in any form: "interim-" sets a hyphen in most of its
    # compounds, but "interimcontract" is whole (a guess, as before).
    read = {("de persoonlijke en niet-", "cognitieve ontwikkeling"): "de persoonlijke en niet-cognitieve ontwikkeling",
            ("het is niet-", "ig verklaard"): "het is nietig verklaard",
            ("in kind co-", "financiering"): "in kind cofinanciering",
            ("het interim-", "contracten"): "het interimcontracten"}
    assert {lines: join_lines(list(lines), vocab) for lines in read} == read
    assert guessed_hyphens(["de persoonlijke en niet-", "cognitieve ontwikkeling"], vocab) == []
    assert guessed_hyphens(["het interim-", "contracten"], vocab) == ["interimcontracten / interim-contracten"]
    # Inside a sentence a capital heads a name, compounded with a hyphen, or a name broken: a guess; at a sentence's
    # start a capital says nothing.  A name the word list lacks, which the document joins to other words with a
    # hyphen, is joined so to a word inside a sentence (LibreOffice look 9161: "Instagram-" / "waardig" beside
    # "Instagram-account" published joined), no guess; not to a name's ending ("Amsterdam-" / "mers", "TikTok-" /
    # "kers"), nor at a sentence's start.
    vocab = vocabulary(_lines("de meerja-", "renprogramma en andere doelgroe-", "pen met Roma en Sinti en de",
                              "op Instagram en Amsterdam en TikTok en een Instagram-account en TikTok-video’s",
                              "en stagediscriminatie en stagediscriminatie-onderzoek", "x"))
    assert guessed_hyphens(["Roma- en Sinti-", "sleutelfiguren en een tweede Plat-", "formbijeenkomst. Ge-",
                            "durende het"], vocab) == ["Sintisleutelfiguren / Sinti-sleutelfiguren",
                                                       "Platformbijeenkomst / Plat-formbijeenkomst"]
    # A name the word list lacks that the document prints on its own is joined to a word with a hyphen, as Dutch
    # spelling has it, no guess (LibreOffice look 9230: "Movisie-" / "project" read whole by a guess).  Not one the
    # word list has, though the document prints it capitalised only ("Kamer-" / "brieven": "Kamerbrieven"?), nor a
    # piece of a word ("Kennisplat-" / "form").
    from extract.pdf.text import hyphen_reading

    vocab.update(["movisie", "kamer", "brieven", "project"])
    read = {("het Movisie-", "project van"): ("het Movisie-project van", False),
            ("de Kamer-", "brieven over"): ("de Kamerbrieven over", True),
            ("het Kennisplat-", "form en"): ("het Kennisplatform en", False)}
    assert {lines: hyphen_reading(*lines, vocab) for lines in read} == read
    assert join_lines(["producties die Instagram-", "waardig zijn"], vocab) == "producties die Instagram-waardig zijn"
    assert join_lines(["de Amsterdam-", "mers"], vocab) == "de Amsterdammers"  # the word list has it
    assert join_lines(["de Instagram-", "mers van"], vocab) == "de Instagrammers van"
    assert guessed_hyphens(["producties die Instagram-", "waardig zijn", "en Amsterdam-", "mers en de Instagram-",
                            "mers en vooral TikTok-", "kers en", "vloggers. Stagediscriminatie-", "beleid is"],
                           vocab) == ["Instagrammers / Instagram-mers", "TikTokkers / TikTok-kers",
                                      "Stagediscriminatiebeleid / Stagediscriminatie-beleid"]
    # A capital after the hyphen: a name's two words or one name broken ("Relatie-" / "Wijs")?  Kept, by a guess,
    # unless the document prints either ("Verwey-Jonker").
    vocab["verwey-jonker"] += 1
    assert join_lines(["en Relatie-", "Wijs. Onder"], vocab) == "en Relatie-Wijs. Onder"
    assert guessed_hyphens(["en Relatie-", "Wijs. Onder het Verwey-", "Jonker Instituut"], vocab) == [
        "Relatie-Wijs / RelatieWijs"]
    # A word broken before a conjunction as its last syllable, or a compound's word left out before a compound the
    # document and the word list do not know?  A guess; before a short word none.
    assert guessed_hyphens(["op te groei-", "en in de bloei-", "en vernieuwing"], vocab) == ["bloeien / bloei- en"]
    # A typesetter that never breaks words leaves only the author's hyphens: no guess.
    whole = vocabulary(_lines(*[text for pair in LOOK_LINE_ENDS for text in pair], "met stage en pact", "x"))
    assert not whole.breaks_words
    assert guessed_hyphens(["het stage-", "pact van OCW"], whole) == []


def test_a_breaking_typesetters_hyphen_is_judged_on_the_word_it_ends_and_the_text_joined_so_far():
    # A review's cases, in a document whose typesetter breaks words with "-".
    from extract.pdf.text import guessed_hyphens

    vocab = vocabulary(_lines("de meerja-", "renprogramma en andere doelgroe-", "pen en de zorg- en welzijnssector",
                              "mail info@verweyjonker.nl of bel", "x"))
    assert vocab.breaks_words and vocab["verweyjonker"] == 0  # an e-mail address's parts are no words
    # Another hyphenator breaks after a compound's "s" where pyphen's patterns do not: no word before it, joined.
    assert join_lines(["de erkennings-", "trajecten van"], vocab) == "de erkenningstrajecten van"
    # No word ends in the hyphen; a web address with no "www." keeps its own; over three lines, no guess.
    assert join_lines(["het bedraagt € 25.000,--", "per jaar"], vocab) == "het bedraagt € 25.000,--per jaar"
    assert join_lines(["zie kis.nl/over-", "ons en meer"], vocab) == "zie kis.nl/over-ons en meer"
    address = ["zie https://www.kis.nl/publicaties/", "over-", "ons en meer"]
    assert join_lines(address, vocab) == "zie https://www.kis.nl/publicaties/over-ons en meer"
    assert guessed_hyphens(address, vocab) == []
    # "zorg- en" leaves a word out; it says nothing of "zorg-" / "dragen": a guess.
    assert guessed_hyphens(["dat zij zorg-", "dragen voor"], vocab) == ["zorgdragen / zorg-dragen"]
    # A word before the hyphen, no word the document prints after it: broken or compound ("anti-" /
    # "stagediscriminatiebeleid", a title in LibreOffice look 9114)?  Joined, by a guess.
    assert join_lines(["benchmark anti-", "stagediscriminatiebeleid op"], vocab) == (
        "benchmark antistagediscriminatiebeleid op")
    assert guessed_hyphens(["benchmark anti-", "stagediscriminatiebeleid op"], vocab) == [
        "antistagediscriminatiebeleid / anti-stagediscriminatiebeleid"]


def test_a_typesetter_breaking_words_whose_parts_are_words_is_told_by_the_words_it_breaks_printed_whole():
    # LibreOffice look 9123: its few breaks mostly left parts that are words ("zul-" / "len", "fa-" / "se", "bren-"
    # / "gen"), among the author's own hyphens, and it was read as a typesetter that never breaks words ("zul-len").
    # Words the document prints whole, broken where Dutch breaks them, show it.
    author = [text for pair in LOOK_LINE_ENDS for text in pair]
    vocab = vocabulary(_lines(*author, "wij zullen de fase brengen en", "zij zul-", "len in deze fa-", "se iets",
                              "bren-", "gen", "x"))
    assert vocab.breaks_words
    assert join_lines(["zij zul-", "len in"], vocab) == "zij zullen in"
    # Printed both ways once each inside lines, a word broken there is read as printed with its hyphen, by a guess.
    from extract.pdf.text import hyphen_reading

    vocab = vocabulary(_lines("de meerja-", "renprogramma en andere doelgroe-", "pen en anti-racisme en antiracisme en",
                              "x"))
    assert hyphen_reading("van anti-", "racisme en", vocab) == ("van anti-racisme en", True)


def test_a_compound_the_document_hyphenates_in_a_word_broken_again_keeps_its_hyphen_whatever_the_word_list():
    # LibreOffice look 9249: "pabo-" / "studenten" read "pabostudenten" as the word list spells it, no guess, where
    # another line of the document ends "pabo-stu-" / "denten": the author's hyphen, inside a word broken again.
    from extract.pdf.text import dutch_words, hyphen_reading

    assert "pabostudenten" in dutch_words()
    lines = ["de meerja-", "renprogramma en andere doelgroe-", "pen en de groep zijn pabo-stu-", "denten en", "x"]
    vocab = vocabulary(_lines(*lines))
    assert hyphen_reading("onder pabo-", "studenten en", vocab) == ("onder pabo-studenten en", False)
    # Without it, the word list's spelling.
    vocab = vocabulary(_lines(*lines[:2], "pen en de groep zijn pabo", "x"))
    assert hyphen_reading("onder pabo-", "studenten en", vocab) == ("onder pabostudenten en", False)
    # Nor where the document also joins them ("antidiscriminatie" beside "anti-discri-", LibreOffice look 9226).
    vocab = vocabulary(_lines(*lines[:3], "denten en een pabostudent", "x"))
    assert hyphen_reading("onder pabo-", "studenten en", vocab) == ("onder pabostudenten en", False)
    # Nor does a web address's path, whose hyphens stand for spaces ("…/zorg-verzeke-" / "raars").
    vocab = vocabulary(_lines(*lines[:2], "pen en zie www.zorg.nl/kennisbank/zorg-verzeke-", "raars-en-gemeenten", "x"))
    assert hyphen_reading("met de zorg-", "verzekeraars", vocab) == ("met de zorgverzekeraars", False)


def test_a_hashtag_going_on_in_a_capital_was_broken_by_the_typesetter():
    # LibreOffice look 9246: "#DatMeen-" / "JeNiet" kept by a guess.  A word after a hashtag joins it with the
    # author's hyphen ("#MeToo-beweging": not read whole without a guess), as do all hyphens where the typesetter
    # marks its own breaks.
    from extract.pdf.text import hyphen_reading

    vocab = vocabulary(_lines("de meerja-", "renprogramma en andere doelgroe-", "pen en de", "x"))
    assert hyphen_reading("andere #DatMeen-", "JeNiet op", vocab) == ("andere #DatMeenJeNiet op", False)
    assert hyphen_reading("de #MeToo-", "beweging is", vocab) != ("de #MeToobeweging is", False)
    vocab.breaks_words = False
    assert hyphen_reading("andere #DatMeen-", "JeNiet op", vocab) == ("andere #DatMeen-JeNiet op", False)
