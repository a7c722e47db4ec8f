#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the benchmarks; prints Markdown tables for bench/README.md.
# Needs a display: run under xvfb-run. Uses a private home so nothing real is touched.
set -eu
cd "$(dirname "$0")/.."
ninja -C _build bench/bench-core bench/bench-startup bench/bench-plan
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       XDG_CACHE_HOME="$home/cache" GSETTINGS_BACKEND=memory \
       GSETTINGS_SCHEMA_DIR="$PWD/_build/data" LANG=C.UTF-8 LANGUAGE=C
mkdir -p "$XDG_DATA_HOME/io.github.pmladder.Ladder/profiles"
cp data/samples/anna-petrova-saas-enterprise.json "$XDG_DATA_HOME/io.github.pmladder.Ladder/profiles/"
./_build/bench/bench-core data/samples
echo
./_build/bench/bench-startup
echo
./_build/bench/bench-startup --undo
echo
for n in 30 1000 20000; do ./_build/bench/bench-plan "$n"; done
for n in 0 1000 10000; do ./_build/bench/bench-plan "$n" progress; done
