"""The ``werkplan`` command: a thin click layer over :mod:`pipelines.run`."""

from __future__ import annotations

import sys

import click

from extract.document import WerkplanInputError

EXIT_CHECKS_FAILED = 1
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
def run(pdf: str, out_dir: str, strict: bool) -> None:
    """Extract PDF into checked CSV and JSON datasets and a quality report under OUT/<document-id>/.

    Exit status: 0 when extraction succeeded (even if checks failed, unless
    --strict), 1 with --strict when a check failed, 2 for unusable input.
    """
    from .run import run_pipeline

    try:
        result = run_pipeline(pdf, out_dir)
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
    click.echo(f"quality report: {result.report}")
    if strict and summary["checks_failed"]:
        sys.exit(EXIT_CHECKS_FAILED)
