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
