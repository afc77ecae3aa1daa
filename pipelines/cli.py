"""The ``werkplan`` command: a thin click layer over :mod:`pipelines.batch` and :mod:`pipelines.run`."""

from __future__ import annotations

import sys

import click

from extract.document import DEFAULT_READER, READERS

EXIT_CHECKS_FAILED = 1
EXIT_DATABASE = 1
EXIT_INPUT = 2
# Quality signals that mean the document's structure was read badly: said on stderr, not only in the report.
READING_FAILED = ("tables_without_scope", "tables_sharing_scope", "few_headings")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="werkplan")
def main() -> None:
    """Turn a KIS werkplan PDF into checked budget and section datasets."""


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
@click.option("--strict", is_flag=True, help="Exit with status 1 when any validation check fails.")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also load the datasets into this database (sqlite:///FILE or postgresql://...).")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Documents read at once, each in its own process; default: the number of cores.")
@click.option("--force", is_flag=True, help="Run a PDF again even if OUT already holds its output.")
@click.option("--replace", is_flag=True, help="Take in a different PDF for a year OUT already holds (a re-issue).")
@click.option("--reader", type=click.Choice(READERS), default=DEFAULT_READER, show_default=True, metavar="NAME",
              help=f"Parser reading the PDF into the document model: {' or '.join(READERS)} (the slower reference); "
                   "both give the same datasets.")
def run(pdfs: tuple[str, ...], out_dir: str, strict: bool, db_url: str | None, jobs: int | None, force: bool,
        replace: bool, reader: str) -> None:
    """Extract each PDF (or every PDF in a folder) into checked CSV and JSON datasets and a quality report
    under OUT/<document-id>/, update OUT/catalog.csv and compare consecutive years in OUT/compare/.

    A PDF already taken in (same SHA-256) is skipped. Exit status: 0 when every
    document succeeded (even if checks failed, unless --strict), 1 with --strict
    when a check failed, 2 when any PDF was unusable or refused.
    """
    from .batch import run_batch
    from .progress import progress_bars

    with progress_bars() as progress:
        result = run_batch(pdfs, out_dir, jobs=jobs, force=force, replace=replace, progress=progress,
                           reader=reader)
    loaded = _loaded_versions(db_url) if db_url and result.with_status("skipped") else {}
    for outcome in result.outcomes:
        if outcome.status == "written":
            _report_written(outcome, db_url)
        elif outcome.status == "skipped":
            click.echo(f"{outcome.pdf}: skipped, {outcome.output} holds it already (--force to run it again)")
            if db_url and loaded.get(outcome.document_id) != outcome.sha256:  # output made without this --db
                _load(outcome.output, db_url)
        else:
            click.echo(f"werkplan: error: {outcome.message}", err=True)
    for folder in result.comparisons:
        click.echo(f"comparison written to {folder}")
    if len(result.outcomes) > 1:
        tally = ", ".join(f"{len(result.with_status(s))} {s}" for s in ("written", "skipped", "failed", "refused"))
        click.echo(f"{tally}; catalog: {result.catalog}")
    if db_url and result.catalog.is_file():
        _load_catalog(result.catalog.parent, db_url)
    if result.with_status("failed") or result.with_status("refused"):
        sys.exit(EXIT_INPUT)
    if strict and any(o.summary["checks_failed"] for o in result.with_status("written")):
        sys.exit(EXIT_CHECKS_FAILED)


def _report_written(outcome, db_url: str | None) -> None:
    counts, summary = outcome.counts, outcome.summary
    click.echo(
        f"{counts['budget_tables']} budget tables, {counts['budget_lines']} budget lines, "
        f"{counts['overview']} overview rows, {counts['sections']} sections, "
        f"{counts['projects']} projects, {counts['planning_tables']} planning tables"
    )
    click.echo(f"datasets written to {outcome.output}")
    for signal in outcome.signals:
        if signal["kind"] in READING_FAILED:
            click.echo(f"werkplan: warning: {signal['subject']}: {signal['detail']}", err=True)
    click.echo(
        f"checks: {summary['checks_passed']} passed, {summary['checks_failed']} failed, "
        f"{summary['checks_not_applicable']} not applicable "
        f"({summary['comparisons_failed']} of {summary['comparisons']} comparisons failed)"
    )
    if db_url:
        _load(outcome.output, db_url)
    click.echo(f"quality report: {outcome.output / 'quality' / 'report.html'}")


def _load(folder, db_url: str | None) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from .database import LoadError, database_url, load_folder

    try:
        counts = load_folder(folder, db_url)
    except LoadError as exc:
        click.echo(f"werkplan: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except SQLAlchemyError as exc:
        click.echo(f"werkplan: error: {folder}: not loaded, database unchanged ({_reason(exc)})", err=True)
        sys.exit(EXIT_DATABASE)
    shown = database_url(db_url).split("@")[-1]
    click.echo(f"loaded {sum(counts.values())} rows into {shown} ({counts['budget_lines']} budget lines)")


def _reason(exc) -> str:
    """The driver's first line about a database error."""
    return str(exc.orig if getattr(exc, "orig", None) else exc).strip().splitlines()[0]


def _loaded_versions(db_url: str) -> dict[str, str]:
    from sqlalchemy.exc import SQLAlchemyError

    from .database import database_url, loaded_versions

    try:
        return loaded_versions(db_url)
    except SQLAlchemyError as exc:
        shown = database_url(db_url).split("@")[-1]
        click.echo(f"werkplan: error: {shown}: unusable database ({_reason(exc)})", err=True)
        sys.exit(EXIT_DATABASE)


def _load_catalog(out_dir, db_url: str) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from .batch import read_catalog
    from .database import load_catalog

    try:
        load_catalog(read_catalog(out_dir), db_url)
    except SQLAlchemyError as exc:
        click.echo(f"werkplan: error: {out_dir}/catalog.csv: not loaded, database unchanged ({_reason(exc)})",
                   err=True)
        sys.exit(EXIT_DATABASE)


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
