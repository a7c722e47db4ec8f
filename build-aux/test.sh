#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs the whole test suite under its own X server and session bus.
set -eu
cd "$(dirname "$0")/.."
./build-aux/setup.sh
xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
  meson test -C _build --print-errorlogs "$@"
