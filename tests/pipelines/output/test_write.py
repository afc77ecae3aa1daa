"""Publishing: whole or not at all, old or new at any moment, runs taking turns, usual permissions."""

import os
import pickle
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.errors import OutputError
from pipelines.output import write
from pipelines.output.folder import read_folder
from pipelines.output.write import check_output_folder, write_datasets
from pipelines.run import run_pipeline
from tests.expectations.consistent import werkplan_blocks
from tests.werkplan_factory import build_pdf

ROOT = Path(__file__).resolve().parents[3]


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def hidden(folder: Path) -> list[str]:
    """The lock file and the one version the output links to, with their random part masked."""
    return sorted(p.name.split(".v-")[0] + (".v-*" if ".v-" in p.name else "")
                  for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def datasets_2030(tmp_path_factory):
    """A small werkplan's datasets: cheap to write many times."""
    folder = tmp_path_factory.mktemp("y2030")
    build_pdf(folder / "werkplan-2030.pdf", werkplan_blocks())
    return run_pipeline(folder / "werkplan-2030.pdf", folder / "out").datasets


def test_outputs_are_replaced_whole(tmp_path, datasets_2023):
    target = write_datasets(datasets_2023, tmp_path)
    (target / "stale.csv").write_text("from an older run\n")
    write_datasets(datasets_2023, tmp_path)
    assert not (target / "stale.csv").exists()
    assert (target / "budget_lines.csv").read_text(encoding="utf-8").count("\n") == 421
    assert visible(tmp_path) == ["werkplan-2023"]
    assert hidden(tmp_path) == [".werkplan-2023.lock", ".werkplan-2023.v-*"]
    assert target.is_symlink() and target.is_dir()


def test_a_write_failing_midway_leaves_the_earlier_output(tmp_path, datasets_2030, monkeypatch):
    target = write_datasets(datasets_2030, tmp_path)
    before = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    calls = []
    real = write.write_frame

    def failing(folder, name, frame, metadata, tree=None):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(folder, name, frame, metadata, tree)

    monkeypatch.setattr(write, "write_frame", failing)
    with pytest.raises(OutputError, match=r"werkplan-2030: cannot write the output \(No space left on device\); "
                                          r"earlier output kept"):
        write_datasets(datasets_2030, tmp_path)
    assert {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert visible(tmp_path) == ["werkplan-2030"]
    assert hidden(tmp_path) == [".werkplan-2030.lock", ".werkplan-2030.v-*"]


def test_a_real_folder_of_an_earlier_version_is_replaced(tmp_path, datasets_2030):
    earlier = tmp_path / "werkplan-2030"
    earlier.mkdir()
    (earlier / "budget_lines.csv").write_text("earlier output\n")
    target = write_datasets(datasets_2030, tmp_path)
    assert target.is_symlink()
    read_folder(target)
    write_datasets(datasets_2030, tmp_path)  # the earlier real folder, moved aside, is cleaned now
    assert hidden(tmp_path) == [".werkplan-2030.lock", ".werkplan-2030.v-*"]


def test_folders_and_files_get_the_usual_permissions(tmp_path, datasets_2030):
    old = os.umask(0o022)
    try:
        target = write_datasets(datasets_2030, tmp_path)
    finally:
        os.umask(old)
    assert (target.resolve().stat().st_mode & 0o777) == 0o755
    assert ((target / "schemas").stat().st_mode & 0o777) == 0o755
    assert ((target / "budget_lines.csv").stat().st_mode & 0o777) == 0o644


def test_leftovers_of_a_killed_run_are_cleaned_by_the_next(tmp_path, datasets_2030):
    write_datasets(datasets_2030, tmp_path)
    (tmp_path / ".werkplan-2030.staging-abc123").mkdir()
    (tmp_path / ".werkplan-2030.staging-abc123" / "budget_lines.csv").write_text("half")
    (tmp_path / ".werkplan-2030.v-old").mkdir()
    os.symlink(".werkplan-2030.v-old", tmp_path / ".werkplan-2030.link-999")
    write_datasets(datasets_2030, tmp_path)
    assert hidden(tmp_path) == [".werkplan-2030.lock", ".werkplan-2030.v-*"]


@pytest.mark.parametrize("where", ["/proc/werkplan", "file/under", "readonly"])
def test_an_unusable_output_folder_is_refused_before_any_work(tmp_path, where):
    if where == "file/under":
        (tmp_path / "file").write_text("a file, not a folder")
    if where == "readonly":
        (tmp_path / "readonly").mkdir(mode=0o555)
        if os.access(tmp_path / "readonly", os.W_OK):  # root writes anywhere: an immutable folder instead
            (tmp_path / "readonly").chmod(0o755)
            (tmp_path / "readonly").rmdir()
            (tmp_path / "readonly").write_text("")  # a file where the folder should be
    out = Path(where) if where.startswith("/") else tmp_path / where
    with pytest.raises(OutputError, match=rf"^{out}: cannot write the output here \("):
        check_output_folder(out)


PUBLISHER = """
import pickle, sys
from pipelines.output.write import write_datasets
datasets = pickle.load(open(sys.argv[1], "rb"))
for _ in range(int(sys.argv[3])):
    write_datasets(datasets, sys.argv[2])
    print("published", flush=True)
"""


def _publishers(tmp_path, datasets, count: int, runs: int) -> list[subprocess.Popen]:
    pickled = tmp_path / "datasets.pickle"
    pickled.write_bytes(pickle.dumps(datasets))
    return [subprocess.Popen([sys.executable, "-c", PUBLISHER, str(pickled), str(tmp_path / "out"), str(runs)],
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
            for _ in range(count)]


def test_killed_at_random_moments_the_output_is_old_or_new_and_whole(tmp_path, datasets_2030):
    out = tmp_path / "out"
    write_datasets(datasets_2030, out)
    chance = random.Random(10)
    for _ in range(8):
        [child] = _publishers(tmp_path, datasets_2030, 1, 1000)
        assert child.stdout.readline() == b"published\n"  # publishing over and over from now on
        time.sleep(chance.uniform(0, 0.3))
        child.send_signal(chance.choice([signal.SIGKILL, signal.SIGTERM]))
        child.wait()
        read_folder(out / "werkplan-2030")  # complete, every file as its datapackage.json says
    write_datasets(datasets_2030, out)
    assert visible(out) == ["werkplan-2030"]
    assert hidden(out) == [".werkplan-2030.lock", ".werkplan-2030.v-*"]


def test_two_runs_at_once_take_turns(tmp_path, datasets_2030):
    out = tmp_path / "out"
    write_datasets(datasets_2030, out)
    children = _publishers(tmp_path, datasets_2030, 2, 5)
    while any(child.poll() is None for child in children):
        read_folder(out / "werkplan-2030")
    for child in children:
        assert child.returncode == 0, child.stderr.read().decode()
    assert hidden(out) == [".werkplan-2030.lock", ".werkplan-2030.v-*"]


def test_killed_while_replacing_an_earlier_real_folder_the_next_run_restores_the_link(tmp_path, datasets_2030):
    target = write_datasets(datasets_2030, tmp_path)
    version = target.resolve()
    target.unlink()  # as if killed after the real folder was moved aside and before the link was made
    (tmp_path / ".werkplan-2030.v-reserved").mkdir()  # a name reserved by the killed run, still empty
    write.clean_leftovers(tmp_path, "werkplan-2030")
    assert target.resolve() == version
    assert hidden(tmp_path) == [".werkplan-2030.lock", ".werkplan-2030.v-*"]
