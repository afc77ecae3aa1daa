#!/usr/bin/env bash
# Set up (first time) and run the whole test suite; arguments go to pytest.
# PYTHON and VENV choose the interpreter and the venv (default python3, .venv): see scripts/test-pythons.sh.
# The report test drives Debian's Chromium and the database tests a real PostgreSQL:
# both are installed when missing (needs root) and PostgreSQL is started on 127.0.0.1.
source "$(dirname "$0")/bootstrap.sh"
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: the report test needs Debian's chromium (apt-get install chromium)" >&2
    exit 1
  fi
fi
# The tagged-PDF typesetting is made with WeasyPrint, which needs Pango and a font.
if ! ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null
  else
    echo "test.sh: the typesetting tests need Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)" >&2
    exit 1
  fi
fi
source scripts/postgres.sh
python -m pytest "$@"
