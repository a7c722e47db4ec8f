#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs the whole test suite under its own X server and session bus.
set -eu
cd "$(dirname "$0")/.."
./build-aux/setup.sh
# A screen larger than any test window, whose pointer (at the centre) is over none of them: a
# pointer resting on a row that a test rebuilds can make GTK 4.8 show a tooltip for a widget
# that is gone.
xvfb-run -a -s "-screen 0 2560x1600x24" dbus-run-session -- \
  meson test -C _build --print-errorlogs "$@"
