#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and starts Ladder from the build tree, with its settings schema and translations.
set -eu
cd "$(dirname "$0")/.."
./build-aux/setup.sh
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
export LADDER_LOCALEDIR="$PWD/_build/po"
exec ./_build/src/ladder "$@"
