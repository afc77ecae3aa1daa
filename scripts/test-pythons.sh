#!/usr/bin/env bash
# Run the whole test suite on the oldest and the newest Python the dependencies support, each in its own
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
# The newest Python's venv is made while the oldest's suite runs: installing waits mostly on
# the network and the disk, and the suite on the processors.
newest_log="$(mktemp)"
PYTHON="$newest" VENV=".venv-$NEWEST" bash -c 'source scripts/bootstrap.sh' >"$newest_log" 2>&1 &
newest_setup=$!
echo "== Python $OLDEST ($oldest, .venv)"
PYTHON="$oldest" VENV=.venv bash scripts/test.sh "$@" || status=1
echo "== Python $NEWEST ($newest, .venv-$NEWEST)"
if wait "$newest_setup"; then
  PYTHON="$newest" VENV=".venv-$NEWEST" bash scripts/test.sh "$@" || status=1
else
  cat "$newest_log" >&2
  echo "test-pythons.sh: setting up .venv-$NEWEST failed" >&2
  status=1
fi
rm -f "$newest_log"
exit "$status"
