#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/POTFILES.in lists every file with translatable strings, and every file it lists exists.
set -eu
cd "$1"
status=0
for f in $(grep -rlE '(^|[^a-zA-Z_])(N?_|C_|g_dngettext|ngettext)\(|translatable="yes"' \
             src ui data --include='*.c' --include='*.ui' --include='*.in' --include='*.xml'); do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "missing from po/POTFILES.in: $f"
    status=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in); do
  [ -f "$f" ] || { echo "listed in po/POTFILES.in but missing: $f"; status=1; }
done
exit $status
