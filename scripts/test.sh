#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, in parallel (see below); arguments go to pytest.
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
# The tests in as many processes as there are cores, at most four (pytest-xdist), a test file's tests in
# one process: each process makes the session's fixtures its tests use (the bundled PDF's run, the
# typesettings) for itself, while the test looks and scans are kept on disk, made once for all.  On two
# cores the suite takes 8.5 min instead of 13.6.  WERKPLAN_TEST_JOBS=1 runs it in this process.
jobs="${WERKPLAN_TEST_JOBS:-$(python -c 'import os; print(min(len(os.sched_getaffinity(0)), 4))')}"
if [ "$jobs" -gt 1 ]; then
  set -- --numprocesses "$jobs" --dist loadfile "$@"
fi
python -m pytest "$@"
