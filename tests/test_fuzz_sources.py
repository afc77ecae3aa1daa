"""Sixty-three damaged copies of werkplannen from other sources (tests/fuzz_sources.py) through ``werkplan run``.

Each ends as written down in :data:`OUTCOMES`: exit 0 with the sound copy's data, exit 0 with a damage
signal (naming the pages read otherwise, if any), the same with exit 4 and a review line where the damage
leaves the structure doubtful, or exit 2 with one line naming the file.  stderr is read at the file
descriptor, so a log line or a traceback from any process of the run would show.
"""

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from pipelines.errors import EXIT_NEEDS_REVIEW
from tests.fuzz_sources import NEXT_YEAR, TYPESETTINGS, damages, excerpt, next_year_blocks
from tests.typesettings import TYPESETTINGS as TYPESETTING_LOOKS
from tests.typesettings import build_typesetting, seed_blocks
from tests.werkplan_factory import build_pdf

COMPARED = ["budget_tables", "budget_lines", "overview", "numbers", "sections", "toc", "projects", "planning"]
DAMAGE_SIGNALS = {"pdf_repaired", "image_only_pages", "second_reading_failed"}
EQUAL, FLAGGED = "equal", "flagged"
REFUSED = "refused: "  # followed by what the line says after the file's name
# Read, but the reading is doubtful: exit 4, a "werkplan: review:" line on stderr; followed by the outcome.
REVIEW = "review, "
# pdfminer.six's refusal of a file without a catalog, as far as the outcome quotes it
NO_ROOT = 'refused: unreadable PDF (PDFSyntaxError: No /Root object! - Is this really a PD'

# What each damage does to each source, and how many lines it gives on stderr: one for a refusal,
# else a "werkplan: warning:" line per reading the damage spoiled (tables without a scope, ...).
# "flagged: P" lists the pages the damage signals name (";" between signals naming other pages).
# Written down from running each once: where a damage falls (a flip in a content stream or in the
# cross-reference table) follows from its seed, not from a rule.
OUTCOMES = {
    # word-default
    ('word-default', 'flip-1-385335868'): ('flagged: 3', 0),
    ('word-default', 'flip-1-712902301'): ('flagged', 0),
    ('word-default', 'flip-10-987254053'): ('review, flagged: 2,3,4,7,8', 1),
    ('word-default', 'flip-10-952049091'): ('review, flagged: 2,4,7,8', 1),
    ('word-default', 'flip-200-475274893'): ('refused: no budget tables found (is this a werkplan?)', 1),
    ('word-default', 'truncate-0.6'): ('refused: unreadable PDF (PSEOF: Unexpected EOF)', 1),
    ('word-default', 'truncate-0.995'): (NO_ROOT, 1),
    ('word-default', 'delete-second-page'): ('review, flagged: 2', 1),
    ('word-default', 'delete-contents'): ('flagged', 0),
    ('word-default', 'delete-font'): ('review, flagged', 1),
    ('word-default', 'garble-xref'): ('flagged', 0),
    ('word-default', 'wrong-startxref'): ('flagged', 0),
    ('word-default', 'kid-nowhere'): ('review, flagged: 2', 1),
    ('word-default', 'blank-page'): ('equal', 0),
    ('word-default', 'image-page'): ('flagged: 10', 0),
    ('word-default', 'media-box'): ('flagged: 2', 0),
    # small-lowest-level
    ('small-lowest-level', 'flip-1-385335868'): ('flagged: 3', 0),
    ('small-lowest-level', 'flip-1-712902301'): ('flagged: 3', 0),
    ('small-lowest-level', 'flip-10-987254053'): ('flagged: 3,4,5,10', 0),
    ('small-lowest-level', 'flip-10-952049091'): ('review, flagged: 2,4,10', 1),
    ('small-lowest-level', 'flip-200-475274893'): ('refused: no budget tables found (is this a werkplan?)', 1),
    ('small-lowest-level', 'truncate-0.6'): ('refused: unreadable PDF (PSEOF: Unexpected EOF)', 1),
    ('small-lowest-level', 'truncate-0.995'): (NO_ROOT, 1),
    ('small-lowest-level', 'delete-second-page'): ('review, flagged: 2', 1),
    ('small-lowest-level', 'delete-contents'): ('flagged', 0),
    ('small-lowest-level', 'delete-font'): ('flagged', 0),
    ('small-lowest-level', 'garble-xref'): ('flagged', 0),
    ('small-lowest-level', 'wrong-startxref'): ('flagged', 0),
    ('small-lowest-level', 'kid-nowhere'): ('review, flagged: 2', 1),
    ('small-lowest-level', 'blank-page'): ('equal', 0),
    ('small-lowest-level', 'image-page'): ('flagged: 11', 0),
    ('small-lowest-level', 'media-box'): ('flagged: 2', 0),
    # next-year
    ('next-year', 'flip-1-385335868'): ('flagged: 2', 0),
    ('next-year', 'flip-1-712902301'): ('equal', 0),
    ('next-year', 'flip-3-788661005'): ('flagged: 3', 0),
    ('next-year', 'flip-3-592176144'): ('flagged: 3', 0),
    ('next-year', 'flip-10-987254053'): ('refused: no budget tables found (is this a werkplan?)', 1),
    ('next-year', 'flip-10-952049091'): ('refused: no budget tables found (is this a werkplan?)', 1),
    ('next-year', 'flip-40-420145371'): ('refused: unreadable PDF (PSSyntaxError: Invalid dictionary construct', 1),
    ('next-year', 'flip-200-475274893'): ('refused: unreadable PDF (PSSyntaxError: Invalid dictionary construct', 1),
    ('next-year', 'truncate-0.05'): (NO_ROOT, 1),
    ('next-year', 'truncate-0.3'): (NO_ROOT, 1),
    ('next-year', 'truncate-0.6'): ('refused: unreadable PDF (PSEOF: Unexpected EOF)', 1),
    ('next-year', 'truncate-0.9'): (NO_ROOT, 1),
    ('next-year', 'truncate-0.97'): (NO_ROOT, 1),
    ('next-year', 'truncate-0.995'): ('flagged', 0),
    ('next-year', 'delete-first-page'): ("refused: not a werkplan (no title 'Werkplan <year>' found)", 1),
    ('next-year', 'delete-second-page'): ('flagged: 2', 0),
    ('next-year', 'delete-contents'): ('refused: no budget tables found (is this a werkplan?)', 1),
    ('next-year', 'delete-font'): ('flagged', 0),
    ('next-year', 'delete-pages'): ('flagged', 0),
    ('next-year', 'delete-catalog'): ('flagged', 0),
    ('next-year', 'garble-xref'): ('flagged', 0),
    ('next-year', 'remove-xref'): ('flagged', 0),
    ('next-year', 'wrong-startxref'): ('flagged', 0),
    ('next-year', 'remove-trailer'): (NO_ROOT, 1),
    ('next-year', 'root-nowhere'): ('flagged', 0),
    ('next-year', 'page-tree-cycle'): ('flagged', 0),
    ('next-year', 'kid-nowhere'): ('flagged: 2', 0),
    ('next-year', 'wrong-count'): ('flagged', 0),
    ('next-year', 'blank-page'): ('equal', 0),
    ('next-year', 'image-page'): ('flagged: 4', 0),
    ('next-year', 'media-box'): ('flagged: 2', 0),
}


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
    expected, stderr_lines = OUTCOMES[source, name]
    assert len(stderr.splitlines()) == stderr_lines, stderr
    if expected.startswith(REFUSED):
        assert result.exit_code == 2, result.output
        assert stderr.startswith(f"werkplan: error: {pdf}: {expected.removeprefix(REFUSED)}"), stderr
        assert not (tmp_path / "out" / document_id).exists()
        return
    review = expected.startswith(REVIEW)
    expected = expected.removeprefix(REVIEW)
    assert result.exit_code == (EXIT_NEEDS_REVIEW if review else 0), result.output
    assert all(line.startswith(("werkplan: warning: ", "werkplan: review: ")) for line in stderr.splitlines()), stderr
    assert any(line.startswith("werkplan: review: ") for line in stderr.splitlines()) == review, stderr
    folder = tmp_path / "out" / document_id
    signals = json.loads((folder / "quality" / "validation.json").read_text(encoding="utf-8"))["quality_signals"]
    named = [s for s in signals if s["kind"] in DAMAGE_SIGNALS]
    if expected == EQUAL:
        assert named == []
        assert _datasets(folder) == sound
    else:
        assert named, "no signal names the damage"
        pages = ";".join(sorted({s["pages"] for s in named if s["pages"]}))
        assert (f"{FLAGGED}: {pages}" if pages else FLAGGED) == expected, named
