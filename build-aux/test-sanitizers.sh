#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole suite once more, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (Meson's b_sanitize). Leaks are checked in the unit suite; GTK's own caches make them
# meaningless in the GUI suite. Run build-aux/setup.sh (or test.sh) first.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f _build-asan/build.ninja ]; then
  meson setup _build-asan -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C _build-asan
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0"
ASAN_OPTIONS=detect_leaks=1 \
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
  meson test -C _build-asan --print-errorlogs --suite unit
ASAN_OPTIONS=detect_leaks=0 \
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
  meson test -C _build-asan --print-errorlogs --suite gui --suite data
