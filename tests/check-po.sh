#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every .po is valid, and has no untranslated or fuzzy message against the strings the code has
# now (not only against the strings the .po happened to know).
set -eu
top=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$top"
xgettext --from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --keyword=g_dpgettext2:2c,3 --flag=g_strdup_printf:1:c-format \
  -f po/POTFILES.in -o "$work/ladder.pot" 2>"$work/xgettext.log" || { cat "$work/xgettext.log"; exit 1; }
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  msgfmt --check --output-file=/dev/null "po/$lang.po" || status=1
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/ladder.pot" -o "$work/$lang.po"
  stats=$(LC_ALL=C msgfmt --statistics --output-file=/dev/null "$work/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      status=1
      msgattrib --untranslated --only-fuzzy "$work/$lang.po" 2>/dev/null | head -40 || true
      msgattrib --untranslated "$work/$lang.po" | grep '^msgid' | head -40 ;;
  esac
done
# A message with a count in it goes through ngettext.
python3 tests/check-plurals.py "$work/ladder.pot" || status=1
exit $status
