#!/usr/bin/env bash
# Remake requirements.lock, the exact pins that scripts/bootstrap.sh installs, from the version ranges in
# pyproject.toml: one universal lock for every Python the project supports (3.11 and newer).
# Pins already in the lock are kept where the ranges allow; `bash scripts/lock.sh --upgrade` takes the newest.
# uv runs from a throwaway venv, so the project's own venv stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
tool="$(mktemp -d)"
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
"$tool/bin/python" -m pip install --quiet --disable-pip-version-check uv==0.13.9
"$tool/bin/uv" pip compile pyproject.toml --extra test --universal --python-version 3.11 --quiet \
  --custom-compile-command "bash scripts/lock.sh" -o requirements.lock "$@"
