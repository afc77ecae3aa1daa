#!/usr/bin/env bash
# Set up (first time) and run the whole test suite; arguments go to pytest.
# PYTHON and VENV choose the interpreter and the venv (default python3, .venv): see scripts/test-pythons.sh.
# The Debian packages the tests need are installed while the venv is made (scripts/system-packages.sh),
# and a throwaway PostgreSQL is started on 127.0.0.1 (scripts/postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
install_system_packages
source scripts/bootstrap.sh
wait_system_packages
source scripts/postgres.sh
python -m pytest "$@"
