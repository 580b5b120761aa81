#!/bin/sh
# Refresh the Persian catalogues from the source and compile them.
#
#   scripts/update_translations.sh            every catalogue
#   scripts/update_translations.sh cases      one feature's (made if it does not exist yet)
#
# One catalogue per UI feature package: the strings of ui/<name>/ go to
# resources/translations/<name>_fa.ts when that file exists (or is asked for by name); every
# other file of ui/ goes to secretariat_fa.ts (the shell's). Two branches adding strings to
# two features never touch the same .ts file.
# 1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of the
#    catalogue's files (new ones are "unfinished", strings no longer in the source dropped);
# 2. translate the unfinished entries (Qt Linguist: pyside6-linguist, or any editor);
# 3. run this script again: pyside6-lrelease compiles each .qm.
# tests/ui/shell/test_translations.py fails while anything is untranslated or stale.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
BIN_DIR="$("$PYTHON" -c 'import os, sys; print(os.path.dirname(sys.executable))')"
lupdate="$BIN_DIR/pyside6-lupdate"; [ -x "$lupdate" ] || lupdate=pyside6-lupdate
lrelease="$BIN_DIR/pyside6-lrelease"; [ -x "$lrelease" ] || lrelease=pyside6-lrelease
DIR=resources/translations

features() {  # the UI feature packages that have their own catalogue
  for ts in "$DIR"/*_fa.ts; do
    name=$(basename "$ts" _fa.ts)
    [ "$name" = secretariat ] || echo "$name"
  done
}

sources_of() {  # the .py files whose strings go to catalogue $1
  if [ "$1" = secretariat ]; then
    skip=""
    for f in $(features); do skip="$skip -path ui/$f -prune -o"; done
    # shellcheck disable=SC2086 # $skip is a list of find arguments
    find ui $skip -name '*.py' -print | LC_ALL=C sort
  else
    find "ui/$1" -name '*.py' | LC_ALL=C sort
  fi
}

update() {
  # shellcheck disable=SC2046 # one argument per file is what we want
  "$lupdate" -locations none -no-obsolete $(sources_of "$1") -ts "$DIR/$1_fa.ts"
  "$lrelease" "$DIR/$1_fa.ts" -qm "$DIR/$1_fa.qm"
}

if [ $# -gt 0 ]; then
  for name in "$@"; do
    [ -d "ui/$name" ] || [ "$name" = secretariat ] || { echo "no ui/$name package" >&2; exit 2; }
    update "$name"
  done
  [ -e "$DIR/secretariat_fa.ts" ] && update secretariat  # its share of ui/ just shrank
else
  for name in secretariat $(features); do update "$name"; done
fi
