def _planning(datasets, scope):
    frame = datasets.frames["planning"]
    rows = frame[frame["scope_id"] == scope]
    out = {}
    for activity, group in rows.groupby("activity_index"):
        out[group["activity"].iloc[0]] = [int(m) for m in group[group["planned"]]["month"]]
    return out


def test_planning_of_project_1_1_from_the_shading(datasets_2023):
    assert _planning(datasets_2023, "project-1.1") == {
        "1. Deskresearch.": [1, 2, 3, 4, 5],
        "2. Werving vaders en interviews.": [2, 3, 4],
        "3. Portretten maken.": [1, 2, 3, 4, 5, 6],
        "4. Netwerkbijeenkomsten/contacten partners.": [1, 2, 3, 4],
    }


def test_planning_rows_with_wrapped_labels(datasets_2023):
    assert _planning(datasets_2023, "project-2.2") == {
        "Fase 1. Voorbereidingssessie organiseren Financiële Zelfredzaamheid.": [6, 7, 8, 9, 10],
        "Nieuwsbrief 1.": [2, 3, 4],
        "Landelijke bijeenkomst Financiële Zelfredzaamheid.": [4, 5, 6, 7],
        "Fase 2. Voorbereidingssessie organiseren 2e bijeenkomst.": [4, 5, 6],
        "Nieuwsbrief 2.": [9, 10, 11],
        "Landelijke bijeenkomst.": [6, 7, 8, 9, 10, 11],
    }


def test_planning_covers_every_project_table(datasets_2023):
    frame = datasets_2023.frames["planning"]
    assert frame["table_id"].nunique() == 24
    years = frame.groupby("scope_id")["year"].first()
    # As printed: project 3.2's planning is headed "2022", project 5.3's has no year row.
    assert years["project-3.2"] == 2022
    assert str(years.get("project-5.3")) == "<NA>"
    assert set(years.dropna()) == {2022, 2023}
    months = frame[frame["scope_id"] == "project-1.1"].groupby("activity_index")["month_raw"].apply(list)
    assert months.iloc[0] == ["Jan.", "Feb.", "Mrt.", "Apr.", "Mei.", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov."]
    assert sorted(frame["scope_id"].unique())[:3] == ["project-1.1", "project-1.2", "project-10.1"]
    assert "project-4.1/idee-2" in set(frame["scope_id"])
