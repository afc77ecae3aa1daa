#!/usr/bin/env bash
# Set up (first time) and run the pipeline on the bundled 2023 werkplan:
# datasets and report in output/werkplan-2023/, loaded into output/werkplan.sqlite.
source "$(dirname "$0")/bootstrap.sh"
werkplan run source_pdfs/werkplan-kis-2023.pdf --out output --db sqlite:///output/werkplan.sqlite "$@"
