#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A short fuzzing run for CI: the three libFuzzer targets (profile, framework, CSV) for 20 seconds
# each (FUZZ_SECONDS to change it), seeded from the files in the tree. A crashing input is kept in _fuzz/crashes/ and the run
# fails; put it in tests/data/fuzz/ (or fuzz-framework/, fuzz-csv/) once fixed. Run setup.sh first.
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}

missing=""
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

if [ ! -f _fuzz/build.ninja ]; then
  CC=clang meson setup _fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C _fuzz tests/fuzz/fuzz-profile tests/fuzz/fuzz-framework tests/fuzz/fuzz-csv
mkdir -p _fuzz/crashes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile" "$work/framework" "$work/framework-seed" "$work/csv"
./_build/src/ladder --export-framework "$work/framework-seed/builtin.json" >/dev/null

status=0
./_fuzz/tests/fuzz/fuzz-profile "$work/profile" data/samples tests/data/good tests/data/bad \
  tests/data/fuzz -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
  -artifact_prefix=_fuzz/crashes/profile- > "$work/profile.log" 2>&1 || status=1
tail -n 12 "$work/profile.log"
./_fuzz/tests/fuzz/fuzz-framework "$work/framework" "$work/framework-seed" \
  tests/data/fuzz-framework -max_total_time="$seconds" -max_len=131072 -print_final_stats=1 \
  -artifact_prefix=_fuzz/crashes/framework- > "$work/framework.log" 2>&1 || status=1
tail -n 12 "$work/framework.log"
./_fuzz/tests/fuzz/fuzz-csv "$work/csv" tests/data/fuzz-csv -max_total_time="$seconds" \
  -max_len=65536 -print_final_stats=1 -artifact_prefix=_fuzz/crashes/csv- \
  > "$work/csv.log" 2>&1 || status=1
tail -n 12 "$work/csv.log"
if [ "$status" -ne 0 ] || [ -n "$(ls _fuzz/crashes)" ]; then
  echo "fuzzing found inputs that crash: $(ls _fuzz/crashes)" >&2
  exit 1
fi
echo "fuzzing: ${seconds} s per target, no crash"
