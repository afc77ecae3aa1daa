import pytest

from pipelines import write
from pipelines.write import write_datasets


def test_outputs_are_replaced_whole(tmp_path, datasets_2023):
    target = write_datasets(datasets_2023, tmp_path)
    (target / "stale.csv").write_text("from an older run\n")
    write_datasets(datasets_2023, tmp_path)
    assert not (target / "stale.csv").exists()
    assert (target / "budget_lines.csv").read_text(encoding="utf-8").count("\n") == 421
    assert sorted(p.name for p in tmp_path.iterdir()) == ["werkplan-2023"]


def test_a_write_failing_midway_leaves_the_earlier_output(tmp_path, datasets_2023, monkeypatch):
    target = write_datasets(datasets_2023, tmp_path)
    before = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    calls = []
    real = write.write_frame

    def failing(folder, name, frame, metadata, tree=None):
        calls.append(name)
        if len(calls) == 3:
            raise OSError("disk full")
        real(folder, name, frame, metadata, tree)

    monkeypatch.setattr(write, "write_frame", failing)
    with pytest.raises(OSError, match="disk full"):
        write_datasets(datasets_2023, tmp_path)
    assert {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["werkplan-2023"]
