"""Shared fixtures: the bundled 2023 werkplan is read once per test session."""

from __future__ import annotations

import csv
import os
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from extract.pdf.ocr import CACHE_VARIABLE
from pipelines.run import run_pipeline
from tests import scans

ROOT = Path(__file__).resolve().parent.parent
# The ``werkplan`` console script as a command line, run from a checkout (PYTHONPATH=ROOT).
WERKPLAN = [sys.executable, "-c", "from pipelines.console import command; command()"]
PDF_2023 = ROOT / "source_pdfs" / "werkplan-kis-2023.pdf"
GOLDEN = Path(__file__).resolve().parent / "golden"
# OCR is expensive: the tests' OCR'd copies are kept with their scans, for this session and the next.
os.environ.setdefault(CACHE_VARIABLE, str(scans.cache_folder() / "ocr"))


@pytest.fixture(scope="session")
def run_2023(tmp_path_factory):
    """The whole pipeline on the bundled PDF, once per test session."""
    return run_pipeline(PDF_2023, tmp_path_factory.mktemp("output"))


@pytest.fixture(scope="session")
def extraction_2023(run_2023):
    return run_2023.extraction


@pytest.fixture(scope="session")
def datasets_2023(run_2023):
    return run_2023.datasets


@pytest.fixture(scope="session")
def golden_lines():
    with open(GOLDEN / "budget_lines_2023.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="session")
def postgres_server():
    """The PostgreSQL that scripts/test.sh starts on 127.0.0.1 (a real server, never a mock)."""
    url = os.environ.get("WERKPLAN_TEST_POSTGRES_URL")
    if not url:
        pytest.fail("WERKPLAN_TEST_POSTGRES_URL is not set: run the suite with scripts/test.sh, "
                    "which starts PostgreSQL")
    return url


@contextmanager
def fresh_postgres_database(server: str):
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    import psycopg

    name = f"werkplan_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server):
    with fresh_postgres_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """An empty database of each kind: a fresh SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'werkplan.sqlite'}"
    else:
        with fresh_postgres_database(request.getfixturevalue("postgres_server")) as url:
            yield url


@pytest.fixture(scope="session")
def headings_over_a_page_end(tmp_path_factory):
    """:data:`tests.chromium_looks.HEADINGS_OVER_A_PAGE_END` printed by Chromium: ``tagged``, with an ``outline``
    (tagged too: the browser makes its outline from the tags), and ``plain`` (neither)."""
    from tests.chromium_looks import HEADINGS_OVER_A_PAGE_END, print_html

    folder = tmp_path_factory.mktemp("chromium")
    return {name: print_html(HEADINGS_OVER_A_PAGE_END, folder / f"{name}.pdf", outline=name == "outline",
                             tags=name != "plain") for name in ("tagged", "outline", "plain")}


@pytest.fixture(scope="session")
def glyph_over_a_page_end(tmp_path_factory) -> Path:
    """:data:`tests.chromium_looks.GLYPH_OVER_A_PAGE_END` printed by Chromium, with tags and outline."""
    from tests.chromium_looks import GLYPH_OVER_A_PAGE_END, print_html

    return print_html(GLYPH_OVER_A_PAGE_END, tmp_path_factory.mktemp("chromium") / "glyph.pdf", outline=True, tags=True)


@pytest.fixture(scope="session")
def typeset_pdfs(tmp_path_factory, datasets_2023):
    """The whole werkplan set anew in each look of tests/typesettings.py, built once per session."""
    from tests.typesettings import (
        HOUSE_STYLE,
        HOUSE_STYLE_CSS,
        TAGGED,
        TYPESETTINGS,
        build_tagged,
        build_typesetting,
        seed_blocks,
    )

    folder = tmp_path_factory.mktemp("typesettings")
    blocks = seed_blocks(datasets_2023.frames["planning"])
    pdfs = {name: build_typesetting(setting, blocks, folder / f"werkplan-2023-{name}.pdf")
            for name, setting in TYPESETTINGS.items()}
    pdfs[TAGGED] = build_tagged(blocks, folder / f"werkplan-2023-{TAGGED}.pdf")
    pdfs[HOUSE_STYLE] = build_tagged(blocks, folder / f"werkplan-2023-{HOUSE_STYLE}.pdf", HOUSE_STYLE_CSS,
                                     tagged=False)
    return pdfs


@pytest.fixture(scope="session")
def typeset_extractions(typeset_pdfs):
    """Each typesetting read by the pipeline's extraction, once per session."""
    from extract.werkplan.extraction import extract_werkplan

    return {name: extract_werkplan(pdf) for name, pdf in typeset_pdfs.items()}


# Fixtures that read a whole document (the bundled 2023 PDF, its five typesettings, the yearly series of
# test_batch): a test that uses one is end-to-end and slow.  So are the modules that run the whole
# pipeline once per case.
WHOLE_DOCUMENT_FIXTURES = {"run_2023", "typeset_pdfs", "sources", "yearly", "synthetic"}
SLOW_MODULES = {"test_fuzz.py", "test_batch.py", "test_cli.py", "test_database.py", "test_html.py",
                "test_compare.py", "test_write.py", "test_processes.py", "test_synthetic.py", "test_localize.py",
                "test_run.py", "test_suite.py", "test_settings_file.py", "test_ocr_scan.py"}


def pytest_collection_modifyitems(items):
    for item in items:
        if WHOLE_DOCUMENT_FIXTURES & set(getattr(item, "fixturenames", ())) or item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
