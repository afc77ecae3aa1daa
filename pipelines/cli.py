"""The ``werkplan`` command: a thin click layer over :mod:`pipelines.run`."""

from __future__ import annotations

import sys

import click

from extract.document import DEFAULT_READER, READERS, WerkplanInputError

EXIT_CHECKS_FAILED = 1
EXIT_DATABASE = 1
EXIT_INPUT = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="werkplan")
def main() -> None:
    """Turn a KIS werkplan PDF into checked budget and section datasets."""


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
@click.option("--strict", is_flag=True, help="Exit with status 1 when any validation check fails.")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also load the datasets into this database (sqlite:///FILE or postgresql://...).")
@click.option("--reader", type=click.Choice(READERS), default=DEFAULT_READER, show_default=True, metavar="NAME",
              help=f"Parser reading the PDF into the document model: {' or '.join(READERS)} (the slower reference); "
                   "both give the same datasets.")
def run(pdf: str, out_dir: str, strict: bool, db_url: str | None, reader: str) -> None:
    """Extract PDF into checked CSV and JSON datasets and a quality report under OUT/<document-id>/.

    Exit status: 0 when extraction succeeded (even if checks failed, unless
    --strict), 1 with --strict when a check failed, 2 for unusable input.
    """
    from .run import run_pipeline

    try:
        result = run_pipeline(pdf, out_dir, reader=reader)
    except WerkplanInputError as exc:
        click.echo(f"werkplan: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
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
    if db_url:
        _load(result.output, db_url)
    click.echo(f"quality report: {result.report}")
    if strict and summary["checks_failed"]:
        sys.exit(EXIT_CHECKS_FAILED)


def _load(folder, db_url: str | None) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from .database import LoadError, database_url, load_folder

    try:
        counts = load_folder(folder, db_url)
    except LoadError as exc:
        click.echo(f"werkplan: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except SQLAlchemyError as exc:
        reason = str(exc.orig if getattr(exc, "orig", None) else exc).strip().splitlines()[0]
        click.echo(f"werkplan: error: {folder}: not loaded, database unchanged ({reason})", err=True)
        sys.exit(EXIT_DATABASE)
    shown = database_url(db_url).split("@")[-1]
    click.echo(f"loaded {sum(counts.values())} rows into {shown} ({counts['budget_lines']} budget lines)")


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Database URL (sqlite:///FILE or postgresql://...); default sqlite:///output/werkplan.sqlite.")
def load(folder: str, db_url: str | None) -> None:
    """Load a document's output FOLDER into a database, replacing that document's earlier rows."""
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
    from .database import LoadError

    try:
        a, b = load_side(doc_a, db_url), load_side(doc_b, db_url)
    except LoadError as exc:
        click.echo(f"werkplan: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    comparison = compare_documents(a, b)
    folder = Path(out_dir) if out_dir else Path("output") / "compare" / f"{comparison.a}-vs-{comparison.b}"
    write_comparison(comparison, folder)
    click.echo(render(comparison), nl=False)
    click.echo(f"comparison written to {folder}")
