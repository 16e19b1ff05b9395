#!/bin/sh
# Runs every unit test binary and every CLI golden/error test against BUILD (default build).
# Prints one line per test and a closing "N passed, N failed" line; exit 1 on any failure.
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
pass=0; fail=0; failed=""
for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    if out=$("$t" 2>&1); then
        pass=$((pass + 1)); echo "ok   $name"
    else
        fail=$((fail + 1)); failed="$failed $name"; echo "FAIL $name"; echo "$out" | tail -n 30
    fi
done
for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .sh)
    if out=$(PRECIS="$ROOT/$BUILD/precis" sh "$t" 2>&1); then
        pass=$((pass + 1)); echo "ok   cli/$name"
    else
        fail=$((fail + 1)); failed="$failed cli/$name"; echo "FAIL cli/$name"; echo "$out" | tail -n 40
    fi
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ -n "${RESULTS:-}" ] && echo "$pass $fail" >>"$RESULTS"
[ "$fail" -eq 0 ]
