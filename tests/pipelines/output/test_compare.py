"""Year over year, on two built werkplannen with a changed set of projects."""

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.run import run_pipeline
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan


def _movisie(role, rate, hours):
    return [("Movisie", [(role, rate, hours)], 10, 22)]


def _vji(role, rate, hours):
    return [("Verwey-Jonker Instituut", [(role, rate, hours)], 12, 23)]


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years")
    y2030 = small_werkplan(2030, [
        (1, "Jongeren", [("1.1", "Vaders", budget_block(_movisie("Senior", 95, 10), 100)),   # 950+100+220+100 = 1.370
                         ("1.2", "Scholen", budget_block(_vji("Onderzoeker", 79, 10), 0))]),  # 790+120+230 = 1.140
        (2, "Werk", [("2.1", "Stages", budget_block(_movisie("Junior", 67, 20), 0)),          # 1.340+200+440 = 1.980
                     ("2.2", "Mentoren", budget_block(_movisie("Junior", 67, 5), 0))]),       # 335+50+110 = 495
    ], begroting=[("Onderdeel B. Portaal", budget_block(_movisie("Senior", 95, 50), 1000))])  # 4.750+500+1.100+1.000
    y2031 = small_werkplan(2031, [
        # 970+100+220+100
        (1, "Jongeren", [("1.1", "Vaders en moeders", budget_block(_movisie("Senior", 97, 10), 100))]),
        (2, "Werk", [("2.1", "Stages", budget_block(_movisie("Junior", 67, 30), 0)),          # 2.010+300+660 = 2.970
                     ("2.2", "Scholen", budget_block(_vji("Onderzoeker", 79, 12), 0)),        # 948+144+276 = 1.368
                     ("2.3", "Werkgevers", budget_block(_vji("Onderzoeker", 79, 4), 0))]),    # 316+48+92 = 456
    ], begroting=[("Onderdeel B. Portaal", budget_block(_movisie("Senior", 97, 40), 500))])   # 3.880+400+880+500
    outputs = []
    for year, blocks in ((2030, y2030), (2031, y2031)):
        pdf = folder / f"werkplan-{year}.pdf"
        build_pdf(pdf, blocks)
        outputs.append(run_pipeline(pdf, folder / "out").output)
    return folder, outputs


def _expected_tables(folder):
    return {
        "onderdelen.csv": "onderdeel,amount_a,amount_b,change\nB,7350,5660,-1690\n",
        "programmalijnen.csv": "programmalijn,amount_a,amount_b,change\n1,2510,1390,-1120\n2,2475,4794,2319\n",
        # Projects pair by number first; a title change under the same number is a rename.
        "projects.csv": "change,project_a,project_b,title_a,title_b\nrenamed,1.1,1.1,Vaders,Vaders en moeders\n"
                        "unchanged,2.1,2.1,Stages,Stages\nrenamed,2.2,2.2,Mentoren,Scholen\n"
                        "removed,1.2,,Scholen,\nadded,,2.3,,Werkgevers\n",
        "rates.csv": "organisation,role,rate_a,rate_b,change\nMovisie,Senior,95,97,2\n",
    }


def test_compare_two_output_folders(years, tmp_path):
    folder, (a, b) = years
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "--out", str(tmp_path / "cmp")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# werkplan-2030 → werkplan-2031\n")
    assert "| Movisie | Senior | 95 | 97 | 2 |" in result.output
    for name, content in _expected_tables(folder).items():
        assert (tmp_path / "cmp" / name).read_text(encoding="utf-8") == content, name
    assert result.output.splitlines()[-1] == f"comparison written to {tmp_path / 'cmp'}"


def test_compare_two_loaded_years(years, tmp_path, db_url):
    folder, outputs = years
    for output in outputs:
        assert CliRunner().invoke(main, ["load", str(output), "--db", db_url]).exit_code == 0
    result = CliRunner().invoke(main, ["compare", "2030", "werkplan-2031", "--db", db_url,
                                       "--out", str(tmp_path / "cmp")])
    assert result.exit_code == 0, result.output
    for name, content in _expected_tables(folder).items():
        assert (tmp_path / "cmp" / name).read_text(encoding="utf-8") == content, name


def test_compare_names_a_missing_document(tmp_path):
    result = CliRunner().invoke(main, ["compare", "2031", "2040", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}"])
    assert result.exit_code == 2
    assert result.output.strip() == "werkplan: error: 2031: no such document in the database"


def test_a_project_under_a_new_number_is_renumbered():
    import pandas as pd

    from pipelines.output.compare import _projects

    def side(rows):
        return {"projects": pd.DataFrame(rows, columns=["project", "subplan", "title"])}

    a = side([("3.1", None, "Taalcafés in de wijk"), ("3.2", None, "Moskeeonderwijs")])
    b = side([("3.2", None, "Moskeeonderwijs"), ("3.4", None, "Taalcafés in de wijk")])
    assert _projects(a, b).values.tolist() == [
        ["unchanged", "3.2", "3.2", "Moskeeonderwijs", "Moskeeonderwijs"],
        ["renumbered", "3.1", "3.4", "Taalcafés in de wijk", "Taalcafés in de wijk"],
    ]


def test_compare_with_a_missing_folder_is_one_line(tmp_path, years):
    missing = tmp_path / "werkplan-2099"
    result = CliRunner().invoke(main, ["compare", str(years[1][0]), str(missing),
                                       "--db", f"sqlite:///{tmp_path / 'w.sqlite'}"])
    assert result.exit_code == 2
    assert result.stderr == f"werkplan: error: {missing}: no such folder\n"


def test_compare_into_an_unusable_folder_exits_3(tmp_path, years):
    (tmp_path / "file").write_text("")
    result = CliRunner().invoke(main, ["compare", str(years[1][0]), str(years[1][1]),
                                       "--out", str(tmp_path / "file" / "compare")])
    assert result.exit_code == 3
    assert result.stderr == f"werkplan: error: {tmp_path}/file/compare: cannot write the comparison (Not a directory)\n"
