# Sourced by test.sh and test-pythons.sh: the Debian packages the tests need, installed in one apt-get run
# when missing (needs root): Chromium for the report test, Pango and a font for WeasyPrint (the tagged
# typesetting), PostgreSQL for the database tests, ocrmypdf and tesseract's Dutch model for OCR (a scan),
# LibreOffice's Writer and its Dutch hyphenation patterns for looks a word processor sets (tests/office_looks.py),
# the Liberation fonts the looks and
# the quote-mark tests set text in, Ghostscript to print looks again (tests/looks.py distilled; ocrmypdf needs it too).
# install_system_packages starts the install in the background and sets SYSTEM_PACKAGES_PID (empty when
# nothing is missing); wait_system_packages waits for it.
missing_system_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || missing+=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
  command -v ocrmypdf >/dev/null || missing+=(ocrmypdf)
  command -v gs >/dev/null || missing+=(ghostscript)
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  [ -f /usr/share/hyphen/hyph_nl_NL.dic ] || missing+=(hyphen-nl)
  [ -f /usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf ] || missing+=(fonts-liberation)
  { command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx nld; } || missing+=(tesseract-ocr-nld)
  echo "${missing[*]}"
}

install_system_packages() {
  SYSTEM_PACKAGES="$(missing_system_packages)"
  SYSTEM_PACKAGES_PID=""
  SYSTEM_PACKAGES_LOG="$(mktemp)"
  [ -n "$SYSTEM_PACKAGES" ] || return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "the tests need $SYSTEM_PACKAGES (apt-get install $SYSTEM_PACKAGES)" >&2
    return 1
  fi
  # shellcheck disable=SC2086 # a list of package names
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $SYSTEM_PACKAGES) \
    >"$SYSTEM_PACKAGES_LOG" 2>&1 &
  SYSTEM_PACKAGES_PID=$!
}

wait_system_packages() {
  if [ -n "$SYSTEM_PACKAGES_PID" ] && ! wait "$SYSTEM_PACKAGES_PID"; then
    cat "$SYSTEM_PACKAGES_LOG" >&2
    echo "installing $SYSTEM_PACKAGES failed" >&2
    return 1
  fi
  rm -f "$SYSTEM_PACKAGES_LOG"
}
