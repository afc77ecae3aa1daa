"""The Data Package and JSON Schemas that travel with the data."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
from frictionless import validate

from pipelines.normalise.schema import DATASETS
from pipelines.output.package import _sha256

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def test_frictionless_validate_passes(run_2023):
    result = subprocess.run([str(FRICTIONLESS), "validate", str(run_2023.output / "datapackage.json")],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("VALID") == len(DATASETS)


def test_package_describes_types_units_keys_and_the_source(run_2023):
    package = json.loads((run_2023.output / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert package["sources"] == [{"title": "werkplan-kis-2023.pdf", "path": "werkplan-kis-2023.pdf",
                                   "sha256": "4247910c3360218d5620c919a71d9e24e317523a34c81a821f987b46ca008013"}]
    lines = next(r for r in package["resources"] if r["name"] == "budget-lines")
    fields = {f["name"]: f for f in lines["schema"]["fields"]}
    # An exact decimal (whole euros here, cents where printed): Frictionless' number.
    assert (fields["amount"]["type"], fields["amount"]["unit"]) == ("number", "EUR")
    assert (fields["hours"]["type"], fields["hours"]["unit"]) == ("number", "hours")
    assert fields["amount_raw"]["type"] == "string"
    assert lines["schema"]["primaryKey"] == ["line_id"]
    assert {"fields": ["table_id"], "reference": {"resource": "budget-tables", "fields": ["table_id"]}} in \
        lines["schema"]["foreignKeys"]
    assert lines["hash"] == f"sha256:{_sha256(run_2023.output / 'budget_lines.csv')}"


def test_a_broken_foreign_key_is_caught(run_2023, tmp_path):
    folder = tmp_path / "werkplan-2023"
    shutil.copytree(run_2023.output, folder)
    path = folder / "budget_lines.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        ",werkplan-2023/project-1.1,", ",werkplan-2023/project-99.9,", 1), encoding="utf-8")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["name"] == "budget-lines":
            resource["hash"] = f"sha256:{_sha256(path)}"
            resource["bytes"] = path.stat().st_size
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = validate(folder / "datapackage.json")
    assert not report.valid
    assert [e.type for e in report.tasks[2].errors] == ["foreign-key"]


def test_every_json_output_matches_its_json_schema(run_2023):
    for name in DATASETS:
        payload = json.loads((run_2023.output / f"{name}.json").read_text(encoding="utf-8"))
        schema = json.loads((run_2023.output / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(payload, schema)
    broken = json.loads((run_2023.output / "budget_lines.json").read_text(encoding="utf-8"))
    broken["records"][0]["amount"] = "266.418"
    schema = json.loads((run_2023.output / "schemas" / "budget_lines.schema.json").read_text(encoding="utf-8"))
    try:
        jsonschema.validate(broken, schema)
    except jsonschema.ValidationError as error:
        assert list(error.path) == ["records", 0, "amount"]
    else:
        raise AssertionError("a Dutch-formatted amount passed the JSON Schema")


def test_ids_are_stable_across_runs_and_carry_the_year(run_2023, tmp_path):
    from pipelines.run import run_pipeline
    from tests.conftest import PDF_2023

    again = run_pipeline(PDF_2023, tmp_path)
    for name in ("budget_lines", "budget_tables", "sections", "planning", "projects", "numbers", "check_failures"):
        assert (again.output / f"{name}.csv").read_bytes() == (run_2023.output / f"{name}.csv").read_bytes(), name
    for name, dataset in DATASETS.items():
        ids = run_2023.datasets.frames[name][dataset.primary_key]
        assert ids.is_unique, name
        assert ids.str.startswith("werkplan-2023").all(), name
