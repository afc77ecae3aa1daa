#!/usr/bin/env bash
# Run the whole test suite on the oldest Python the dependencies support and its fast part on the newest, each in its own
# venv made from requirements.lock: 3.11 in .venv, 3.13 in .venv-3.13.  Each Python is taken from PATH
# (python3.11) or from pyenv (~/.pyenv/versions/3.11.*).  Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
OLDEST=3.11
NEWEST=3.13

find_python() {
  local version=$1 candidate
  for candidate in "python$version" \
      $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}/versions/$version".*/bin/python 2>/dev/null | sort -V | tail -n 1); do
    if "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$version'.split('.'))))" \
        >/dev/null 2>&1; then
      echo "$candidate"
      return
    fi
  done
  echo "test-pythons.sh: Python $version not found (python$version on PATH, or pyenv install $version)" >&2
  return 1
}

status=0
oldest="$(find_python "$OLDEST")"
newest="$(find_python "$NEWEST")"
# The system packages first, once (two apt-get runs at once would wait on each other's lock); then
# both suites at once, each in its own venv with its own PostgreSQL: a suite leaves a processor
# idle much of the time, and the two together take about a third less than one after the other.
source scripts/system-packages.sh
install_system_packages
wait_system_packages
logs="$(mktemp -d)"
PYTHON="$oldest" VENV=.venv bash scripts/test.sh "$@" >"$logs/oldest" 2>&1 &
oldest_run=$!
# The newest Python runs the fast part (every module imported, every unit): what differs between Pythons
# shows there, and the end-to-end tests, run whole on the oldest, would double CI's time for nothing new.
PYTHON="$newest" VENV=".venv-$NEWEST" bash scripts/test.sh -m "not slow" "$@" >"$logs/newest" 2>&1 &
newest_run=$!
wait "$oldest_run" || status=1
wait "$newest_run" || status=1
echo "== Python $OLDEST ($oldest, .venv)"
cat "$logs/oldest"
echo "== Python $NEWEST ($newest, .venv-$NEWEST)"
cat "$logs/newest"
rm -rf "$logs"
exit "$status"
