#!/usr/bin/env bash
# Set up (first time) and run the whole test suite; arguments go to pytest.
# PYTHON and VENV choose the interpreter and the venv (default python3, .venv): see scripts/test-pythons.sh.
# The report test drives Debian's Chromium, the tagged-PDF typesetting is made with WeasyPrint (Pango and
# a font) and the database tests use a real PostgreSQL: what is missing is installed (needs root), while
# the venv is made, and PostgreSQL is started on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null || missing+=(chromium)
ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || missing+=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
apt_log="$(mktemp)"
apt_install=""
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "test.sh: the tests need ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >"$apt_log" 2>&1 &
  apt_install=$!
fi
source scripts/bootstrap.sh
if [ -n "$apt_install" ] && ! wait "$apt_install"; then
  cat "$apt_log" >&2
  echo "test.sh: installing ${missing[*]} failed" >&2
  exit 1
fi
rm -f "$apt_log"
source scripts/postgres.sh
python -m pytest "$@"
