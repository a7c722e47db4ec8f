#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The unit suite under valgrind's memcheck: any invalid read or write, or use of an
# uninitialised value, fails the run. Slow (a few minutes); not part of CI.
set -eu
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || apt-get install -y -qq valgrind
ninja -C _build
G_SLICE=always-malloc G_DEBUG=gc-friendly \
  meson test -C _build --suite unit --timeout-multiplier 20 --print-errorlogs \
  --wrapper "valgrind --error-exitcode=1 --errors-for-leak-kinds=none --track-origins=yes --quiet"
