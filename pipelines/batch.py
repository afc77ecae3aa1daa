"""Many werkplannen in one run: a worker process per PDF, a catalog, and consecutive years compared.

A PDF whose SHA-256 is already in the output is skipped (``force`` runs it again).  A
different PDF for a year already in the output, such as a corrected re-issue, is refused
unless ``replace``.  Workers write into a staging folder; the parent publishes each
document when all are done, so a document that fails or is refused leaves the output as
it was and never touches the others.  Then ``catalog.csv``/``catalog.json`` are updated
and each pair of consecutive years is compared in ``compare/<a>-vs-<b>/``.

A worker reads one PDF and ends; it sends progress and outcome over a pipe of its own.  So a
worker that dies (SIGKILL, out of memory, a segfault or ``os._exit`` in a C library) is known by
its own process sentinel and fails its own PDF only (exit code ``EXIT_WORKER_ENDED``); the PDFs
read beside it are not touched and need no retry (a ``ProcessPoolExecutor`` would instead break
as a whole and fail every future still pending), and the PDFs not yet started start as usual.
"""

from __future__ import annotations

import dataclasses
import fcntl
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import wait as connection_wait
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from extract.lifetime import deaf_to_ctrl_c, die_with_parent, exit_on_terminate, how_it_ended, terminate_held
from extract.pdf.model import file_sha256
from extract.quiet import quiet_logging
from extract.scratch import scratch_folder, settle_temporary_folder
from pipelines.errors import (
    EXIT_INPUT,
    EXIT_TERMINATED,
    EXIT_UNEXPECTED,
    EXIT_WORKER_ENDED,
    LoadError,
    OutputError,
    exit_code,
)
from pipelines.normalise.datasets import pipeline_version, printable_name
from pipelines.normalise.frames import DTYPES, typed_frame
from pipelines.normalise.schema import CATALOG
from pipelines.output.compare import compare, write_comparison
from pipelines.output.folder import read_folder
from pipelines.output.package import write_catalog_package
from pipelines.output.write import check_free_space, link, publish_complete, set_aside_real_folder, write_frame
from pipelines.processes import end_all, keep_between_runs, shutdown

if TYPE_CHECKING:  # imported where a run starts: the settings import the extraction
    from pipelines.settings import RunOptions

# progress(pdf, pages_done, page_count, stage), called in the parent whatever worker reads the pdf
Progress = Callable[[Path, int, int, str], None]
COMPARE_FOLDER = "compare"
# Scratch folders in the output folder (a killed run's are removed by the next run: extract.scratch)
BATCH_STAGING, CATALOG_STAGING = ".batch.", ".catalog.staging-"
# The catalog's files, published together: links into the folder CATALOG_LINK points to (a CATALOG_VERSION)
CATALOG_FILES = ["catalog.csv", "catalog.json", "datapackage.json", "schemas/catalog.schema.json"]
CATALOG_LINK, CATALOG_VERSION = ".catalog", ".catalog.v-"


@dataclass
class Outcome:
    """What became of one PDF: written, skipped, failed (unusable input) or refused (its year is taken)."""

    pdf: Path
    status: str
    sha256: str | None = None
    message: str | None = None
    document_id: str | None = None
    year: int | None = None
    page_count: int | None = None
    pipeline_version: str | None = None
    ocr_engine: str | None = None  # the OCR programs and versions when the text was read by OCR
    summary: dict = field(default_factory=dict)  # checks passed / failed, diagnoses: see pipelines.validation
    counts: dict = field(default_factory=dict)  # rows per dataset
    signals: list[dict] = field(default_factory=list)  # extraction-quality signals (expectations.verify.quality)
    seconds: float | None = None
    output: Path | None = None  # the document's folder: in staging until published
    exit_code: int = EXIT_INPUT  # of a failed or refused document (pipelines.errors)
    traceback: str | None = None  # of an unexpected error, for ``werkplan --debug``


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    catalog: Path
    comparisons: list[Path]  # written in this run

    def with_status(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def find_pdfs(paths: Iterable[str | Path]) -> list[Path]:
    """The PDFs named or in the folders named (not recursive, by name), each once, in order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def outputs(out_dir: Path) -> dict[str, dict]:
    """The documents in ``out_dir``: document id → the metadata block of its ``document.json``."""
    found = {}
    for path in sorted(out_dir.glob("*/document.json")):
        if path.parent.name.startswith("."):
            continue  # a version folder or staging behind a document's link, not a document
        try:
            metadata = json.loads(path.read_text(encoding="utf-8"))["metadata"]
        except (OSError, ValueError, KeyError):
            continue  # not a document output; `werkplan load` says what is wrong with it
        found[metadata["document_id"]] = metadata
    return found


def _validation_summary(folder: Path) -> dict:
    path = folder / "quality" / "validation.json"
    return json.loads(path.read_text(encoding="utf-8")).get("summary", {}) if path.is_file() else {}


def _counts(frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    counts = {name: len(frame) for name, frame in frames.items()}
    counts["planning_tables"] = frames["planning"]["table_id"].nunique()
    return counts


def take_in(pdf: Path, staging: Path, progress: Callable[[int, int], None] | None = None,
            options: RunOptions | None = None) -> Outcome:
    """Run the pipeline on one PDF into ``staging``; a failure becomes the outcome, never an exception."""
    from pipelines.run import run_pipeline
    from pipelines.settings import RunOptions

    started = time.perf_counter()
    try:
        result = run_pipeline(pdf, staging, dataclasses.replace(options or RunOptions(), progress=progress))
    except Exception as exc:  # noqa: BLE001 - one document's defect must not stop the others
        code = exit_code(exc)
        if code is None:
            return Outcome(pdf, "failed", exit_code=EXIT_UNEXPECTED, traceback=traceback.format_exc(),
                           message=f"{pdf}: unexpected {type(exc).__name__}: {exc} "
                                   "(run 'werkplan --debug ...' for the traceback)")
        return Outcome(pdf, "failed", message=str(exc), exit_code=code)
    metadata = result.datasets.metadata
    return Outcome(pdf, "written", metadata["sha256"], document_id=metadata["document_id"], year=metadata["year"],
                   page_count=metadata["page_count"], pipeline_version=metadata["pipeline_version"],
                   ocr_engine=metadata["ocr_engine"], summary=result.summary,
                   counts=_counts(result.datasets.frames), signals=result.signals,
                   seconds=round(time.perf_counter() - started, 1), output=result.output)


def _take_in_worker(pdf: Path, staging: Path, options: RunOptions | None, connection, parent: int) -> None:
    """A batch worker: one PDF, its progress and outcome sent over ``connection``; ends with ``parent``."""
    die_with_parent(parent, signal.SIGTERM)
    settle_temporary_folder()
    exit_on_terminate()  # a worker ended by its parent removes its temporary files
    keep_between_runs(False)  # one PDF: each side process ends once it has answered
    quiet_logging()
    try:
        outcome = take_in(pdf, staging, lambda *progress: connection.send(("progress", *progress)), options)
        connection.send(("outcome", outcome))
    finally:
        try:
            # The worker ends after this PDF.  Its side processes are let end by themselves first: as the
            # worker ends, multiprocessing would terminate them, and the semaphores they hold (tqdm's, in
            # great-expectations') would be reported leaked on the terminal after the command.
            if os.getppid() == parent:
                shutdown()
        finally:
            # The run is gone (killed), and the worker with it, within the 2 s a killed run is given, also
            # when the run's end reached it while it waited for its side processes to end above (a
            # SIGTERM raised there): its `finally` blocks have removed its temporary files; nothing waits
            # for its side processes' answers (one may still be importing its libraries) or for the
            # interpreter's last collection over pandas' objects (over a second on a loaded machine).
            if os.getppid() != parent:
                signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ending already: a second signal is no news
                end_all()
                os._exit(EXIT_TERMINATED)


def _run_all(pdfs: list[Path], staging: Path, jobs: int, progress: Progress | None,
             options: RunOptions | None) -> list[Outcome]:
    """Each PDF in a fresh worker process, ``jobs`` at a time; alone, in this process.

    A worker that dies (killed, out of memory) fails its own PDF only: the others have workers of
    their own.  If this process is interrupted, the workers are ended before it goes on unwinding.
    """
    folders = [staging / str(i) for i in range(len(pdfs))]
    if len(pdfs) <= 1 or jobs == 1:
        return [take_in(pdf, folder, progress and (lambda d, t, s, pdf=pdf: progress(pdf, d, t, s)), options)
                for pdf, folder in zip(pdfs, folders, strict=False)]
    # spawn: the same start method on every platform and Python, no forking of a threaded parent
    context = multiprocessing.get_context("spawn")
    outcomes: dict[int, Outcome] = {}
    waiting = list(range(len(pdfs)))
    running: dict[int, tuple] = {}  # index → (process, connection)
    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                i = waiting.pop(0)
                ours, theirs = context.Pipe(duplex=False)
                process = context.Process(target=_take_in_worker, name=f"werkplan-batch-{i}",
                                          args=(pdfs[i], folders[i], options, theirs, os.getpid()))
                with deaf_to_ctrl_c(), terminate_held():
                    process.start()
                    running[i] = process, ours  # known before a SIGTERM held meanwhile unwinds this
                theirs.close()
            ready = set(connection_wait([c for _, c in running.values()] + [p.sentinel for p, _ in running.values()]))
            for i, (process, connection) in list(running.items()):
                ended = process.sentinel in ready
                if ended or connection in ready:  # an ended worker's last words are read before it is let go
                    _receive(i, pdfs[i], connection, outcomes, progress)
                if ended or connection.closed:
                    process.join()
                    connection.close()
                    del running[i]
                    outcomes.setdefault(i, Outcome(pdfs[i], "failed", exit_code=EXIT_WORKER_ENDED,
                                                   message=f"{pdfs[i]}: the worker process reading it ended "
                                                           f"unexpectedly ({how_it_ended(process.exitcode)})"))
    finally:
        _end_workers([process for process, _ in running.values()])
    return [outcomes[i] for i in range(len(pdfs))]


def _receive(i: int, pdf: Path, connection, outcomes: dict[int, Outcome], progress: Progress | None):
    """Take what worker ``i`` sent: progress, then its outcome; a closed connection closes ours."""
    try:
        while connection.poll():
            kind, *payload = connection.recv()
            if kind == "outcome":
                outcomes[i] = payload[0]
            elif progress:
                progress(pdf, *payload)
    except (EOFError, ConnectionError):
        connection.close()


def _end_workers(processes: list) -> None:
    """Ask the workers left (an interrupted batch) to end, and make sure they do."""
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=2)
        if process.is_alive():
            process.kill()
            process.join()


def _skipped(pdf: Path, sha256: str, metadata: dict, folder: Path) -> Outcome:
    return Outcome(pdf, "skipped", sha256, document_id=metadata["document_id"], year=metadata["year"],
                   page_count=metadata["page_count"], pipeline_version=metadata["pipeline_version"],
                   ocr_engine=metadata.get("ocr_engine"), summary=_validation_summary(folder), output=folder)


def _publish(outcome: Outcome, out_dir: Path, existing: dict[str, dict], replace: bool, taken: dict) -> None:
    """Move a written document from staging to ``out_dir``, unless its year is taken."""
    target = out_dir / outcome.document_id
    earlier = existing.get(outcome.document_id)
    if outcome.document_id in taken:
        outcome.status = "refused"
        outcome.message = (f"{outcome.pdf}: {outcome.document_id} is already taken in from "
                           f"{taken[outcome.document_id]} in this run")
    elif earlier and earlier["sha256"] != outcome.sha256 and not replace:
        outcome.status = "refused"
        outcome.message = (f"{outcome.pdf}: {target} holds another PDF of {outcome.year} "
                           f"({earlier['source_file']}, SHA-256 {earlier['sha256'][:12]}); "
                           f"--replace to take this one in instead")
    else:
        # The worker's output is a link to its complete version folder: that folder is published.
        outcome.output = publish_complete(outcome.output.resolve(), out_dir, outcome.document_id)
        taken[outcome.document_id] = outcome.pdf
        return
    outcome.output = None


def _plan(paths: Iterable[str | Path], out_dir: Path, existing: dict[str, dict], force: bool) -> list[Outcome]:
    """An outcome per PDF: pending (to run), skipped (its output is there) or failed (no such file)."""
    by_sha = {metadata["sha256"]: metadata for metadata in existing.values()}
    paths = [Path(p) for p in paths]
    outcomes = [Outcome(p, "failed", message=f"{p}: no PDF files in this folder")
                for p in paths if p.is_dir() and not find_pdfs([p])]
    seen: set[str] = set()
    for pdf in find_pdfs(paths):
        if not pdf.is_file():
            outcomes.append(Outcome(pdf, "failed", message=f"{pdf}: no such file"))
            continue
        sha256 = file_sha256(pdf)
        if sha256 in seen:
            continue  # the same file twice on the command line
        seen.add(sha256)
        if sha256 in by_sha and not force:
            metadata = by_sha[sha256]
            outcomes.append(_skipped(pdf, sha256, metadata, out_dir / metadata["document_id"]))
        else:
            outcomes.append(Outcome(pdf, "pending", sha256))
    return outcomes


def run_batch(paths: Iterable[str | Path], out_dir: str | Path = "output", jobs: int | None = None,
              force: bool = False, replace: bool = False, progress: Progress | None = None,
              options: RunOptions | None = None) -> BatchResult:
    """Take in every PDF of ``paths`` (files or folders) into ``out_dir``; see the module's description.

    ``options`` (reader, password, settings) apply to every PDF; their ``progress`` is replaced by
    ``progress(pdf, pages_done, page_count, stage)``.
    """
    out_dir = Path(out_dir)
    existing = outputs(out_dir)
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        if not existing:  # nothing to skip: every PDF named is read, and the room needed is known unread
            check_free_space(out_dir, find_pdfs(paths))
        outcomes = _plan(paths, out_dir, existing, force)  # reads each PDF whole, for its SHA-256
        todo = [i for i, o in enumerate(outcomes) if o.status == "pending"]
        if existing:  # the room for what is not taken in already, known only once each PDF is read
            check_free_space(out_dir, [outcomes[i].pdf for i in todo])
    except OutputError:
        if created:
            out_dir.rmdir()
        raise
    with scratch_folder(BATCH_STAGING, out_dir) as staging:
        ran = _run_all([outcomes[i].pdf for i in todo], staging, jobs or default_jobs(), progress, options)
        taken: dict[str, Path] = {}
        for i, outcome in zip(todo, ran, strict=False):
            outcome.sha256 = outcomes[i].sha256
            if outcome.status == "written":
                _publish(outcome, out_dir, existing, replace, taken)
            outcomes[i] = outcome
    written = {o.document_id for o in outcomes if o.status == "written"}
    comparisons = []
    if written or any(o.status == "skipped" for o in outcomes):
        with _locked(out_dir):
            comparisons = compare_years(out_dir, written)
            update_catalog(out_dir, outcomes)
    elif created:
        out_dir.rmdir()  # bad input leaves nothing behind, not even the folder
    return BatchResult(outcomes, out_dir / "catalog.csv", comparisons)


@contextmanager
def _locked(out_dir: Path):
    """One catalog update at a time per output folder, even from two commands at once."""
    with open(out_dir / ".catalog.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def comparison_pairs(out_dir: Path) -> list[tuple[str, str]]:
    """Consecutive years in the output: (earlier document id, later document id)."""
    ordered = sorted(outputs(out_dir).values(), key=lambda m: m["year"])
    return [(a["document_id"], b["document_id"]) for a, b in zip(ordered, ordered[1:], strict=False)]


def compare_years(out_dir: Path, changed: set[str]) -> list[Path]:
    """Compare each pair of consecutive years that is new or has a side written in this run."""
    written = []
    for a, b in comparison_pairs(out_dir):
        folder = out_dir / COMPARE_FOLDER / f"{a}-vs-{b}"
        if folder.is_dir() and not {a, b} & changed:
            continue
        try:
            sides = read_folder(out_dir / a), read_folder(out_dir / b)
        except LoadError:
            continue  # a damaged or older output folder: `werkplan load` names what is wrong with it
        write_comparison(compare(*sides), folder)
        written.append(folder)
    return written


def read_catalog(out_dir: Path) -> pd.DataFrame:
    path = Path(out_dir) / "catalog.csv"
    if not path.is_file():
        return typed_frame([], CATALOG.name)
    dtypes = {f.name: DTYPES[f.type] for f in CATALOG.fields}
    # A catalog written before a column was added reads with that column empty.
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8").reindex(
        columns=CATALOG.columns)


def _catalog_row(outcome: Outcome, status: str, taken_in_at: str | None) -> dict:
    return {
        "sha256": outcome.sha256, "document_id": outcome.document_id, "year": outcome.year,
        "source_file": printable_name(outcome.pdf), "page_count": outcome.page_count, "taken_in_at": taken_in_at,
        "pipeline_version": outcome.pipeline_version or pipeline_version(),
        "ocr": outcome.ocr_engine is not None, "ocr_engine": outcome.ocr_engine,
        "checks_passed": outcome.summary.get("checks_passed"), "checks_failed": outcome.summary.get("checks_failed"),
        "diagnoses": outcome.summary.get("numbers_to_change"), "seconds": outcome.seconds, "status": status,
        "needs_review": outcome.summary.get("needs_review"), "comparison": None,
    }


def update_catalog(out_dir: Path, outcomes: list[Outcome]) -> None:
    """Add the versions taken in to ``catalog.csv``/``.json`` (one row per PDF version); each file replaced whole."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")  # two runs within a second stay two versions, in order
    earlier = read_catalog(out_dir)
    rows = {r["sha256"]: r for r in earlier.astype(object).where(earlier.notna(), None).to_dict(orient="records")}
    for outcome in outcomes:
        if outcome.status == "written":
            for row in rows.values():
                if row["document_id"] == outcome.document_id and row["status"] == "current":
                    row["status"] = "replaced"
            rows[outcome.sha256] = _catalog_row(outcome, "current", now)
        elif outcome.status == "skipped" and outcome.sha256 not in rows:  # taken in before there was a catalog
            rows[outcome.sha256] = _catalog_row(outcome, "current", None)
    for a, b in comparison_pairs(out_dir):
        comparison = f"{COMPARE_FOLDER}/{a}-vs-{b}"
        for row in rows.values():
            if row["document_id"] == b and row["status"] == "current" and (out_dir / comparison).is_dir():
                row["comparison"] = comparison
    frame = typed_frame(sorted(rows.values(), key=lambda r: (r["year"], r["taken_in_at"] or "")), CATALOG.name)
    if (out_dir / "catalog.csv").is_file() and frame.equals(earlier):
        return
    with scratch_folder(CATALOG_STAGING, out_dir) as staging:
        files = staging / "catalog"
        (files / "schemas").mkdir(parents=True)
        write_frame(files, CATALOG.name, frame, {"updated_at": now, "pipeline_version": pipeline_version()})
        write_catalog_package(files, now, pipeline_version())
        _publish_catalog(files, out_dir)


def _publish_catalog(files: Path, out_dir: Path) -> None:
    """Make the folder ``files`` the catalog: one link swapped, so its CSV, JSON and package change together.

    ``OUT/catalog.csv`` and the other catalog files are links into ``OUT/.catalog``, the link to the
    current version ``OUT/.catalog.v-XXXX``; the versions it no longer points to are removed.  Call with
    the catalog's lock held.
    """
    version = Path(tempfile.mkdtemp(prefix=CATALOG_VERSION, dir=out_dir))
    os.replace(files, version)  # over the empty folder mkdtemp made to reserve the name
    set_aside_real_folder(out_dir / CATALOG_LINK, CATALOG_VERSION)
    link(version, out_dir / CATALOG_LINK)
    (out_dir / "schemas").mkdir(exist_ok=True)
    for name in CATALOG_FILES:
        inside = os.path.relpath(out_dir / CATALOG_LINK / name, (out_dir / name).parent)
        if not (out_dir / name).is_symlink() or os.readlink(out_dir / name) != inside:
            link(inside, out_dir / name)  # once per output folder (an earlier version's are files)
    for earlier in out_dir.glob(f"{CATALOG_VERSION}*"):
        if earlier.name != version.name:
            shutil.rmtree(earlier, ignore_errors=True)
