from dataclasses import dataclass

from extract.pdf.series import levels_by_series, runs, series_item, usual_separator


@dataclass
class _Heading:
    text: str
    level: int
    size: float


def test_series_items_and_their_places():
    assert series_item("d. Raad van advies") == (("", True), 4)
    assert series_item("Onderdeel B. Portaalfunctie") == (("onderdeel", True), 2)
    assert series_item("4, Doelgroep") == (("", False), 4)
    assert series_item("Programmalijn 5. Gelijke kansen voor nieuwkomers") == (("programmalijn", False), 5)
    # A project's number goes on after its programmalijn's; a word and a lower-case word is no item.
    assert series_item("Project 4.2 Mkb ondersteunen in gelijke kansen") is None
    assert series_item("Totaal onderdeel A: Projecten en Impact") is None
    assert series_item("2023 Fase 1") is None
    # A capital that starts a word is no letter of a series ("Werving En selectie", "De Aanpak").
    assert series_item("Werving En selectie") is None
    assert series_item("De Aanpak") is None


def test_runs_go_on_across_other_headings_and_start_again_at_one():
    texts = ["Onderdeel A: Ontwikkeling en benutting van kennis", "1. Vraagstuk", "2. Doel en project",
             "Onderdeel B: Portaalfunctie", "1. Vraagstuk", "Onderdeel C: Verbinding"]
    headings = [_Heading(text, 1, 12.0) for text in texts]
    assert sorted([h.text for h in run] for run in runs(headings)) == [
        ["1. Vraagstuk"], ["1. Vraagstuk", "2. Doel en project"], [texts[0], texts[3], texts[5]]]


def test_a_numbering_starting_again_under_a_heading_of_its_series_does_not_end_that_run():
    # Chapters "1." to "5." at 12 pt, with sections "1." and "2." at 11 pt under chapter 2.
    headings = [_Heading("1. Inleiding", 1, 12.0), _Heading("2. Aanpak", 1, 12.0),
                _Heading("1. Vraagstuk", 2, 11.0), _Heading("2. Doel", 2, 11.0),
                _Heading("3. Planning", 1, 12.0), _Heading("4. Begroting", 1, 12.0), _Heading("5. Bijlagen", 1, 12.0)]
    assert sorted([h.text for h in run] for run in runs(headings)) == [
        ["1. Inleiding", "2. Aanpak", "3. Planning", "4. Begroting", "5. Bijlagen"], ["1. Vraagstuk", "2. Doel"]]
    levels_by_series(headings, tolerance=1.0)
    assert [h.level for h in headings] == [1, 1, 2, 2, 1, 1, 1]


def test_headings_numbering_on_take_their_siblings_level_where_ocr_measured_them_a_point_apart():
    # Onderdeel C of the bundled PDF, as OCR measured it at 300 dpi: "d." and "e." at 10 pt, the others at 11.
    titles = ["a. Thematische en/of regionale kennisateliers", "b. KIS-community",
              "c. Netwerkontwikkeling en impact op programmaniveau", "d. Raad van advies", "e. Leerstoel KIS",
              "f. KIS Wijkmonitor", "g. Ontsluiten externe publicaties", "h. Handreiking terminologie"]
    headings = [_Heading(t, 3 if t[0] in "de" else 2, 10.0 if t[0] in "de" else 11.0) for t in titles]
    # An unnumbered heading between them is no part of the run, and keeps its level.
    headings.insert(2, _Heading("Elkaar versterkende activiteiten", 3, 10.0))
    levels_by_series(headings, tolerance=1.0)
    assert [h.level for h in headings] == [2, 2, 3, 2, 2, 2, 2, 2, 2]


def test_a_heading_numbered_on_in_a_size_of_its_own_and_a_run_without_a_majority_keep_their_levels():
    big = [_Heading("1. Vraagstuk", 2, 11.0), _Heading("2. Doel en project", 2, 11.0),
           _Heading("3. Relatie tot programmalijn", 4, 8.0), _Heading("4. Doelgroep", 2, 11.0)]
    levels_by_series(big, tolerance=1.0)
    assert [h.level for h in big] == [2, 2, 4, 2]
    split = [_Heading(f"{n}. Kop", level, 10.0) for n, level in enumerate([2, 3, 2, 3], start=1)]
    levels_by_series(split, tolerance=1.0)
    assert [h.level for h in split] == [2, 3, 2, 3]


def test_a_numbered_text_takes_the_separator_most_numbered_texts_print():
    # Project 1.1's planning activities in the bundled PDF's scan: OCR read the fourth's full stop as a comma.
    activities = ["1. Deskresearch.", "2. Werving vaders en interviews.", "3. Ontwikkeling van portretten.",
                  "4, Netwerkbijeenkomsten/contacten partners.", "Fase 1. Werving", "Activiteit 1"]
    as_usual = usual_separator(activities)
    assert [as_usual(a) for a in activities] == [*activities[:3], "4. Netwerkbijeenkomsten/contacten partners.",
                                                 "Fase 1. Werving", "Activiteit 1"]
    # A tie changes nothing; nor does a number going on ("4.1"), one followed by another, or a year in a
    # sentence.
    as_printed = usual_separator(["1. Vraagstuk", "2, Doel"])
    assert [as_printed("1. Vraagstuk"), as_printed("2, Doel"), as_printed("4,1 uur")] == ["1. Vraagstuk", "2, Doel",
                                                                                          "4,1 uur"]
    assert [as_usual("3, 4 en 5 juni: trainingen"), as_usual("2023, een jaar van groei")] == [
        "3, 4 en 5 juni: trainingen", "2023, een jaar van groei"]
