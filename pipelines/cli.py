"""The ``werkplan`` command: a thin click layer over :mod:`pipelines.batch` and :mod:`pipelines.run`.

Every failure ends as one line on stderr and an exit status from
:mod:`pipelines.errors`; ``werkplan --debug ...`` shows the traceback instead,
and lets the libraries' log lines through in every process of the run.
SIGINT (Ctrl-C) and SIGTERM end a command the same way, with 130 and 143 as a
shell reports a process those signals ended; nothing half-written is published.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import sys
import threading
import traceback
import warnings
from contextlib import contextmanager
from signal import SIGINT, SIGTERM, default_int_handler
from signal import signal as handle_signal

import click

from extract.lifetime import quiet_pdfium_exit
from extract.pdf.model import DEFAULT_READER, READERS
from extract.quiet import DEBUG_VARIABLE, start_resource_tracker_quietly
from extract.scratch import settle_temporary_folder
from pipelines import console
from pipelines.errors import (
    EXIT_CHECKS_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NEEDS_REVIEW,
    EXIT_TERMINATED,
    EXIT_UNEXPECTED,
    LoadFailed,
    OutputError,
    exit_code,
)

# A command's objects (a document model, its datasets) go back with the process: the interpreter's
# last garbage collection over them took up to half a second of every command.
atexit.register(gc.freeze)

PASSWORD_VARIABLE = "WERKPLAN_PDF_PASSWORD"


def one_line(message: str) -> str:
    """The message on one line, printable whatever bytes a file name held."""
    return " ".join(str(message).split()).encode("utf-8", "backslashreplace").decode("utf-8")


def say(line: str) -> None:
    """A line on stderr (an error, a document held for review)."""
    console.said.append(line)
    click.echo(line, err=True)


def fail(message: str, code: int) -> None:
    say(f"werkplan: error: {one_line(message)}")
    sys.exit(code)


@contextmanager
def quiet_libraries():
    """Keep the libraries' log lines and warnings off the terminal: an error is one line.

    The parsers' warnings about a damaged file are collected and reported as quality signals instead.
    """
    root = logging.getLogger()
    handler = logging.NullHandler()  # a handler on the root keeps Python's last-resort printer quiet
    root.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.removeHandler(handler)


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C's KeyboardInterrupt, so every ``finally`` runs."""


def _terminate(_signum, _frame):
    raise Terminated


@contextmanager
def debug_environment():
    """``--debug`` for this process and the processes it starts (they read the environment)."""
    earlier = os.environ.get(DEBUG_VARIABLE)
    os.environ[DEBUG_VARIABLE] = "1"
    try:
        yield
    finally:
        if earlier is None:
            del os.environ[DEBUG_VARIABLE]
        else:
            os.environ[DEBUG_VARIABLE] = earlier


@contextmanager
def terminate_as_interrupt():
    """SIGTERM raises :class:`Terminated` while a command runs, SIGINT :class:`KeyboardInterrupt`."""
    earlier = {number: handle_signal(number, handler)
               for number, handler in ((SIGINT, default_int_handler), (SIGTERM, _terminate))}
    try:
        yield
    finally:
        for number, handler in earlier.items():
            handle_signal(number, handler)


class ReportingGroup(click.Group):
    """Turns every error of every command into one line and its exit status."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            quiet_pdfium_exit()
            fail("interrupted (SIGINT); nothing half-written was published", EXIT_INTERRUPTED)
        except Terminated:
            quiet_pdfium_exit()
            fail("terminated (SIGTERM); nothing half-written was published", EXIT_TERMINATED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - the one place every failure is reported
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exception(exc)
            code = exit_code(exc)
            if code is None:
                fail(f"unexpected {type(exc).__name__}: {exc} (run 'werkplan --debug ...' for the traceback)",
                     EXIT_UNEXPECTED)
            fail(str(exc), code)


@click.group(cls=ReportingGroup, context_settings={"help_option_names": ["-h", "--help"]})
# prog_name: click takes the name from sys.argv[0] otherwise, which is "-c" under `python -c ...`
@click.version_option(package_name="werkplan", prog_name="werkplan")
@click.option("--debug", is_flag=True,
              help="Show the full traceback when a command fails, and the libraries' log lines and warnings "
                   "(from every process of the run), which are otherwise kept off the terminal.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn a KIS werkplan PDF into checked budget and section datasets."""
    ctx.obj = {"debug": debug}
    settle_temporary_folder()
    ctx.with_resource(debug_environment() if debug else quiet_libraries())
    start_resource_tracker_quietly()
    if threading.current_thread() is threading.main_thread():  # where Python lets a signal be handled
        ctx.with_resource(terminate_as_interrupt())


@main.command()
@click.argument("pdfs", nargs=-1, required=True, metavar="PDF_OR_FOLDER...", type=click.Path(path_type=str))
@click.option(
    "--out",
    "out_dir",
    default="output",
    show_default=True,
    type=click.Path(file_okay=False, path_type=str),
    help="Folder for the datasets; they go to OUT/<document-id>/.",
)
@click.option("--strict", is_flag=True,
              help="Exit with status 1 when any validation check fails or the PDF needed repair.")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also load the datasets into this database (sqlite:///FILE or postgresql://...).")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Documents read at once, each in its own process, and pages a scan's OCR reads at once; "
                   "default: the number of cores.")
@click.option("--ocr", is_flag=True,
              help="Read every page by OCR (ocrmypdf, tesseract's Dutch model), even where the PDF "
                   "has a text layer; a PDF without one (a scan) is OCR'd anyway. The result is cached by the "
                   "PDF's SHA-256 (setting ocr.cache).")
@click.option("--force", is_flag=True, help="Run a PDF again even if OUT already holds its output.")
@click.option("--replace", is_flag=True, help="Take in a different PDF for a year OUT already holds (a re-issue).")
@click.option("--reader", type=click.Choice(READERS), default=DEFAULT_READER, show_default=True, metavar="NAME",
              help=f"Parser reading the PDF into the document model: {' or '.join(READERS)} (the slower reference); "
                   "both give the same datasets.")
@click.option("--password", default=None, metavar="PASSWORD", envvar=PASSWORD_VARIABLE, show_envvar=True,
              help="Password of encrypted PDFs (better through the environment variable).")
@click.option("--settings", "settings_file", default=None, metavar="FILE",
              help="Settings over the defaults from a TOML file, its tables named by group ([budget.columns], "
                   "[planning], ...): a new year's vocabulary without code. See the README.")
@click.option("--accept-review", is_flag=True,
              help="Load documents whose structure needs review into --db all the same (once their quality "
                   "report has been checked).")
def run(pdfs: tuple[str, ...], out_dir: str, strict: bool, db_url: str | None, jobs: int | None, ocr: bool,
        force: bool, replace: bool, reader: str, password: str | None, settings_file: str | None,
        accept_review: bool) -> None:
    """Extract each PDF (or every PDF in a folder) into checked CSV and JSON datasets and a quality report
    under OUT/<document-id>/, update OUT/catalog.csv and compare consecutive years in OUT/compare/.

    A PDF already taken in (same SHA-256) is skipped. Exit status: 0 when every
    document succeeded (even if checks failed, unless --strict), 1 with --strict
    when a check failed or a PDF needed repair, or when a PDF's worker process
    died (the other PDFs go on), 2 when any PDF was unusable or
    refused, 3 for an unusable --out or --db, 4 when a document's structure is
    doubtful: written for review and not loaded (the highest status wins).
    """
    from pipelines.batch import run_batch
    from pipelines.output.write import check_output_folder
    from pipelines.progress import progress_bars
    from pipelines.settings import RunOptions, load_settings

    options = RunOptions(reader=reader, password=password, ocr=ocr, ocr_jobs=jobs,
                         settings=load_settings(settings_file) if settings_file else None)
    if db_url:  # SQLAlchemy imported only then: a run without --db is spared it (about 20 MiB)
        from pipelines.output.database import check_database_url

        check_database_url(db_url)
    check_output_folder(out_dir, keep_created=False)
    with progress_bars() as progress:
        result = run_batch(pdfs, out_dir, jobs=jobs, force=force, replace=replace, progress=progress,
                           options=options)
    loaded = _loaded_versions(db_url) if db_url and result.with_status("skipped") else {}
    repaired = review = False
    for outcome in result.outcomes:
        if outcome.status in ("failed", "refused"):
            if outcome.traceback and click.get_current_context().find_root().obj.get("debug"):
                click.echo(outcome.traceback, err=True, nl=False)
            say(f"werkplan: error: {one_line(outcome.message)}")
            continue
        if outcome.status == "written":
            repaired |= _report_written(outcome)
        else:
            click.echo(f"{outcome.pdf}: skipped, {outcome.output} holds it already (--force to run it again)")
        held_back = _held_for_review(outcome, db_url, accept_review)
        review |= bool(outcome.summary.get("needs_review"))
        # A skipped document is loaded when its output was made without this --db.
        unloaded = outcome.status == "written" or loaded.get(outcome.document_id) != outcome.sha256
        if db_url and unloaded and not held_back:
            _load(outcome.output, db_url, accept_review)
        if outcome.status == "written":
            click.echo(f"quality report: {outcome.output / 'quality' / 'report.html'}")
    for folder in result.comparisons:
        click.echo(f"comparison written to {folder}")
    if len(result.outcomes) > 1:
        tally = ", ".join(f"{len(result.with_status(s))} {s}" for s in ("written", "skipped", "failed", "refused"))
        click.echo(f"{tally}; catalog: {result.catalog}")
    if db_url and result.catalog.is_file():
        _load_catalog(result.catalog.parent, db_url)
    codes = [o.exit_code for o in result.with_status("failed") + result.with_status("refused")]
    if codes or review:
        sys.exit(max(codes + [EXIT_NEEDS_REVIEW] * review))
    if strict and (repaired or any(o.summary["checks_failed"] for o in result.with_status("written"))):
        sys.exit(EXIT_CHECKS_FAILED)


def _held_for_review(outcome, db_url: str | None, accept_review: bool) -> bool:
    """Say so when a document's reading (structure or digits) is doubtful; True when it is therefore not to
    be loaded."""
    if not outcome.summary.get("needs_review"):
        return False
    say(f"werkplan: review: {outcome.pdf}: the reading is doubtful "
        f"({'; '.join(outcome.summary['review_reasons'])}); written to {outcome.output} for review"
        + ("" if accept_review or not db_url else ", not loaded (--accept-review to load it)"))
    return not accept_review


def _report_written(outcome) -> bool:
    """Say what one document gave; True when its PDF needed repair."""
    counts, summary = outcome.counts, outcome.summary
    click.echo(
        f"{counts['budget_tables']} budget tables, {counts['budget_lines']} budget lines, "
        f"{counts['overview']} overview rows, {counts['sections']} sections, "
        f"{counts['projects']} projects, {counts['planning_tables']} planning tables"
    )
    click.echo(f"datasets written to {outcome.output}")
    click.echo(
        f"checks: {summary['checks_passed']} passed, {summary['checks_failed']} failed, "
        f"{summary['checks_not_applicable']} not applicable "
        f"({summary['comparisons_failed']} of {summary['comparisons']} comparisons failed)"
    )
    damage = [s["detail"] for s in outcome.signals if s["kind"] == "pdf_repaired"]
    if damage:
        click.echo(f"the PDF needed repair: {'; '.join(damage)}")
    return bool(damage)


def _load(folder, db_url: str | None, accept_review: bool = False) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from pipelines.output.database import check_database_url, load_folder, shown_url

    if db_url:
        check_database_url(db_url)
    try:
        counts = load_folder(folder, db_url, accept_review)
    except SQLAlchemyError as exc:
        raise LoadFailed(f"{folder}: not loaded, database unchanged ({_reason(exc)})") from exc
    click.echo(f"loaded {sum(counts.values())} rows into {shown_url(db_url)} ({counts['budget_lines']} budget lines)")


def _reason(exc) -> str:
    """The driver's first line about a database error."""
    return str(exc.orig if getattr(exc, "orig", None) else exc).strip().splitlines()[0]


def _loaded_versions(db_url: str) -> dict[str, str]:
    from sqlalchemy.exc import SQLAlchemyError

    from pipelines.output.database import loaded_versions, shown_url

    try:
        return loaded_versions(db_url)
    except SQLAlchemyError as exc:
        raise LoadFailed(f"{shown_url(db_url)}: unusable database ({_reason(exc)})") from exc


def _load_catalog(out_dir, db_url: str) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from pipelines.batch import read_catalog
    from pipelines.output.database import load_catalog

    try:
        load_catalog(read_catalog(out_dir), db_url)
    except SQLAlchemyError as exc:
        raise LoadFailed(f"{out_dir}/catalog.csv: not loaded, database unchanged ({_reason(exc)})") from exc


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Database URL (sqlite:///FILE or postgresql://...); default sqlite:///output/werkplan.sqlite.")
@click.option("--accept-review", is_flag=True,
              help="Load it even though its structure needs review (once its quality report has been checked).")
def load(folder: str, db_url: str | None, accept_review: bool) -> None:
    """Load a document's output FOLDER into a database, replacing that document's earlier rows.

    Every file is checked against datapackage.json (SHA-256 and rows) first.  A document whose structure
    needs review is refused (exit status 4) unless --accept-review is given.
    """
    _load(folder, db_url, accept_review)


@main.command()
@click.argument("doc_a")
@click.argument("doc_b")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Database to read documents given by id or year from; default sqlite:///output/werkplan.sqlite.")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False, path_type=str),
              help="Folder for the comparison files; default output/compare/<a>-vs-<b>.")
def compare(doc_a: str, doc_b: str, db_url: str | None, out_dir: str | None) -> None:
    """Compare two werkplannen: DOC_A and DOC_B are output folders, or document ids or years in --db."""
    from pathlib import Path

    from pipelines.output.compare import compare as compare_documents
    from pipelines.output.compare import load_side, render, write_comparison

    a, b = load_side(doc_a, db_url), load_side(doc_b, db_url)
    comparison = compare_documents(a, b)
    folder = Path(out_dir) if out_dir else Path("output") / "compare" / f"{comparison.a}-vs-{comparison.b}"
    try:
        write_comparison(comparison, folder)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write the comparison ({exc.strerror or exc})") from exc
    click.echo(render(comparison), nl=False)
    click.echo(f"comparison written to {folder}")
