"""The ``werkplan`` command: a thin click layer over :mod:`pipelines.run`."""

from __future__ import annotations

import sys

import click

from extract.document import WerkplanInputError

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
def run(pdf: str, out_dir: str) -> None:
    """Extract PDF into CSV and JSON datasets under OUT/<document-id>/."""
    from .run import run_pipeline

    try:
        result = run_pipeline(pdf, out_dir)
    except WerkplanInputError as exc:
        click.echo(f"werkplan: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    frames = result.datasets.frames
    click.echo(
        f"{len(frames['budget_tables'])} budget tables, {len(frames['budget_lines'])} budget lines, "
        f"{len(frames['overview'])} overview rows, {len(frames['sections'])} sections, "
        f"{len(frames['projects'])} projects, {frames['planning']['table_id'].nunique()} planning tables"
    )
    click.echo(f"datasets written to {result.output}")
