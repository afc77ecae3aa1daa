#!/usr/bin/env bash
# Set up (first time) and run the pipeline on every werkplan in source_pdfs/ (the bundled 2023 one, and each
# year put beside it): datasets and reports in output/<document-id>/, the catalog in output/catalog.csv,
# comparisons in output/compare/, all loaded into output/werkplan.sqlite.  PDFs already taken in are skipped.
source "$(dirname "$0")/bootstrap.sh"
werkplan run source_pdfs/ --out output --db sqlite:///output/werkplan.sqlite "$@"
