#!/bin/sh
# Refresh the Persian catalogue from the source and compile it.
#
#   scripts/update_translations.sh
#
# 1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string in
#    ui/ into resources/translations/secretariat_fa.ts (new ones are "unfinished",
#    strings no longer in the source are dropped);
# 2. translate the unfinished entries (Qt Linguist: pyside6-linguist, or any editor);
# 3. run this script again: pyside6-lrelease compiles secretariat_fa.qm.
# tests/ui/test_translations.py fails while anything is untranslated or stale.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
BIN_DIR="$("$PYTHON" -c 'import os, sys; print(os.path.dirname(sys.executable))')"
lupdate="$BIN_DIR/pyside6-lupdate"; [ -x "$lupdate" ] || lupdate=pyside6-lupdate
lrelease="$BIN_DIR/pyside6-lrelease"; [ -x "$lrelease" ] || lrelease=pyside6-lrelease
TS=resources/translations/secretariat_fa.ts
QM=resources/translations/secretariat_fa.qm

# shellcheck disable=SC2046 # one argument per file is what we want
"$lupdate" -locations none -no-obsolete $(find ui -name '*.py' | LC_ALL=C sort) -ts "$TS"
"$lrelease" "$TS" -qm "$QM"
