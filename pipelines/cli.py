"""The ``werkplan`` command: a thin click layer over :mod:`pipelines.run`.

Every failure ends as one line on stderr and an exit status from
:mod:`pipelines.errors`; ``werkplan --debug ...`` shows the traceback instead.
"""

from __future__ import annotations

import logging
import sys
import traceback
import warnings
from contextlib import contextmanager

import click

from .errors import EXIT_CHECKS_FAILED, EXIT_UNEXPECTED, LoadFailed, OutputError, exit_code

PASSWORD_VARIABLE = "WERKPLAN_PDF_PASSWORD"


def one_line(message: str) -> str:
    """The message on one line, printable whatever bytes a file name held."""
    return " ".join(str(message).split()).encode("utf-8", "backslashreplace").decode("utf-8")


def fail(message: str, code: int) -> None:
    click.echo(f"werkplan: error: {one_line(message)}", err=True)
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


class ReportingGroup(click.Group):
    """Turns every error of every command into one line and its exit status."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit,
                KeyboardInterrupt):
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
@click.version_option(package_name="werkplan")
@click.option("--debug", is_flag=True, help="Show the full traceback when a command fails.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn a KIS werkplan PDF into checked budget and section datasets."""
    ctx.obj = {"debug": debug}
    if not debug:
        ctx.with_resource(quiet_libraries())


@main.command()
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=str))
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
@click.option("--password", default=None, metavar="PASSWORD", envvar=PASSWORD_VARIABLE, show_envvar=True,
              help="Password of an encrypted PDF (better through the environment variable).")
def run(pdf: str, out_dir: str, strict: bool, db_url: str | None, password: str | None) -> None:
    """Extract PDF into checked CSV and JSON datasets and a quality report under OUT/<document-id>/.

    Exit status: 0 when extraction succeeded (even if checks failed, unless
    --strict), 1 with --strict when a check failed or the PDF needed repair,
    2 for unusable input, 3 for an unusable --out or --db.
    """
    from .database import check_database_url
    from .run import run_pipeline

    if db_url:
        check_database_url(db_url)
    result = run_pipeline(pdf, out_dir, password=password)
    frames = result.datasets.frames
    summary = result.summary
    click.echo(
        f"{len(frames['budget_tables'])} budget tables, {len(frames['budget_lines'])} budget lines, "
        f"{len(frames['overview'])} overview rows, {len(frames['sections'])} sections, "
        f"{len(frames['projects'])} projects, {frames['planning']['table_id'].nunique()} planning tables"
    )
    click.echo(f"datasets written to {result.output}")
    click.echo(
        f"checks: {summary['checks_passed']} passed, {summary['checks_failed']} failed, "
        f"{summary['checks_not_applicable']} not applicable "
        f"({summary['comparisons_failed']} of {summary['comparisons']} comparisons failed)"
    )
    damage = result.extraction.integrity.damage
    if damage:
        click.echo(f"the PDF needed repair: {'; '.join(damage)}")
    if db_url:
        _load(result.output, db_url)
    click.echo(f"quality report: {result.report}")
    if strict and (summary["checks_failed"] or damage):
        sys.exit(EXIT_CHECKS_FAILED)


def _load(folder, db_url: str | None) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from .database import check_database_url, load_folder, shown_url

    if db_url:
        check_database_url(db_url)
    try:
        counts = load_folder(folder, db_url)
    except SQLAlchemyError as exc:
        reason = str(exc.orig if getattr(exc, "orig", None) else exc).strip().splitlines()[0]
        raise LoadFailed(f"{folder}: not loaded, database unchanged ({reason})") from exc
    click.echo(f"loaded {sum(counts.values())} rows into {shown_url(db_url)} ({counts['budget_lines']} budget lines)")


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Database URL (sqlite:///FILE or postgresql://...); default sqlite:///output/werkplan.sqlite.")
def load(folder: str, db_url: str | None) -> None:
    """Load a document's output FOLDER into a database, replacing that document's earlier rows.

    Every file is checked against datapackage.json (SHA-256 and rows) first.
    """
    _load(folder, db_url)


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

    from .compare import compare as compare_documents
    from .compare import load_side, render, write_comparison

    a, b = load_side(doc_a, db_url), load_side(doc_b, db_url)
    comparison = compare_documents(a, b)
    folder = Path(out_dir) if out_dir else Path("output") / "compare" / f"{comparison.a}-vs-{comparison.b}"
    try:
        write_comparison(comparison, folder)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write the comparison ({exc.strerror or exc})") from exc
    click.echo(render(comparison), nl=False)
    click.echo(f"comparison written to {folder}")
