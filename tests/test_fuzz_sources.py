"""Sixty-three damaged copies of werkplannen from other sources (tests/fuzz_sources.py) through ``werkplan run``.

Each ends as written down in :data:`OUTCOMES`: exit 0 with the sound copy's data, exit 0 with a damage
signal (naming the pages read otherwise, if any), or exit 2 with one line naming the file.  stderr is
read at the file descriptor, so a log line or a traceback from any process of the run would show.
"""

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from tests.fuzz_sources import NEXT_YEAR, TYPESETTINGS, damages, excerpt, next_year_blocks
from tests.typesettings import TYPESETTINGS as TYPESETTING_LOOKS
from tests.typesettings import build_typesetting, seed_blocks
from tests.werkplan_factory import build_pdf

COMPARED = ["budget_tables", "budget_lines", "overview", "numbers", "sections", "toc", "projects", "planning"]
DAMAGE_SIGNALS = {"pdf_repaired", "image_only_pages", "second_reading_failed"}
EQUAL, FLAGGED = "equal", "flagged"
REFUSED = "refused: "  # followed by what the line says after the file's name
# What each damage does to each source, written down from what the damage is (and checked by running).
OUTCOMES = {}


@pytest.fixture(scope="module")
def sources(datasets_2023, tmp_path_factory):
    """Each source's sound bytes, document id and the datasets ``werkplan run`` makes of it."""
    folder = tmp_path_factory.mktemp("sound-sources")
    pdfs = {NEXT_YEAR: folder / "werkplan-2031.pdf"}
    build_pdf(pdfs[NEXT_YEAR], next_year_blocks())
    blocks = excerpt(seed_blocks(datasets_2023.frames["planning"]))
    for name in TYPESETTINGS:
        pdfs[name] = build_typesetting(TYPESETTING_LOOKS[name], blocks, folder / f"werkplan-2023-{name}.pdf")
    found = {}
    for name, pdf in pdfs.items():
        out = folder / name
        result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(out)])
        assert result.exit_code == 0, result.output
        [document] = [p for p in out.iterdir() if p.name.startswith("werkplan-")]
        found[name] = pdf.read_bytes(), document.name, _datasets(document)
    return found


def _datasets(folder: Path) -> dict[str, str]:
    return {name: (folder / f"{name}.csv").read_text(encoding="utf-8") for name in COMPARED}


CASES = [(source, name) for source in [*TYPESETTINGS, NEXT_YEAR] for name in damages(source)]


def test_sixty_or_more_files():
    assert len(CASES) >= 60


@pytest.mark.parametrize("source, name", CASES)
def test_a_damaged_copy_ends_as_written_down(source, name, sources, tmp_path, capfd):
    data, document_id, sound = sources[source]
    pdf = tmp_path / f"{document_id}.pdf"
    pdf.write_bytes(damages(source)[name](data))
    capfd.readouterr()
    started = time.monotonic()
    result = CliRunner().invoke(main, ["run", str(pdf), "--out", str(tmp_path / "out")])
    seconds = time.monotonic() - started
    terminal = capfd.readouterr()
    stderr = result.stderr + terminal.err  # Python's stream, then whatever reached the descriptor
    assert seconds < 120
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    expected = OUTCOMES[source, name]
    if expected.startswith(REFUSED):
        assert result.exit_code == 2, result.output
        assert len(stderr.splitlines()) == 1, stderr
        assert stderr.startswith(f"werkplan: error: {pdf}: {expected.removeprefix(REFUSED)}"), stderr
        assert not (tmp_path / "out" / document_id).exists()
        return
    assert result.exit_code == 0, result.output
    assert len(stderr.splitlines()) == 0, stderr
    folder = tmp_path / "out" / document_id
    signals = json.loads((folder / "quality" / "validation.json").read_text(encoding="utf-8"))["quality_signals"]
    named = [s for s in signals if s["kind"] in DAMAGE_SIGNALS]
    if expected == EQUAL:
        assert named == []
        assert _datasets(folder) == sound
    else:
        assert named, "no signal names the damage"
        assert expected == FLAGGED or {s["pages"] for s in named if s["pages"]} == {expected.removeprefix("flagged: ")}
