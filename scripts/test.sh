#!/usr/bin/env bash
# Set up (first time) and run the whole test suite.
source "$(dirname "$0")/bootstrap.sh"
python -m pytest "$@"
