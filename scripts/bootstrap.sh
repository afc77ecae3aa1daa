# Sourced by run.sh and test.sh: a virtual environment with the project installed from the lock file.
# PYTHON (default python3, 3.11 or newer) makes VENV (default .venv); on Debian it installs
# python3-venv when venv is missing.  requirements.lock pins every dependency (scripts/lock.sh remakes it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "bootstrap: $PYTHON is not Python 3.11 or newer (set PYTHON=/path/to/python3.x)" >&2
  exit 1
fi
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
  else
    echo "bootstrap: $PYTHON has no venv module; install python3-venv" >&2
    exit 1
  fi
fi
version() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }
if [ -x "$VENV/bin/python" ] && [ "$(version "$VENV/bin/python")" != "$(version "$PYTHON")" ]; then
  rm -rf "$VENV"  # made by another Python
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
pip_install() { "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$@"; }
pip_install --upgrade pip
pip_install --requirement requirements.lock
# The dependencies are all in place: the project itself adds nothing else.
pip_install --no-deps --editable .
export PATH="$PWD/$VENV/bin:$PATH"
