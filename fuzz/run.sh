#!/bin/sh
# Runs each libFuzzer target for SECONDS seconds from its seed corpus (fuzz/corpus/<name>/) and
# replays the kept crashers (fuzz/regressions/<name>/). Prints "N passed, N failed".
SECONDS_EACH=$1; shift
pass=0; fail=0
for bin in "$@"; do
    name=$(basename "$bin")
    corpus=fuzz/corpus/${name#fuzz_}
    work=$(mktemp -d)
    [ -d "$corpus" ] && cp -r "$corpus"/. "$work"/ 2>/dev/null
    reg=fuzz/regressions/${name#fuzz_}
    ok=1
    if [ -d "$reg" ] && [ -n "$(ls -A "$reg" 2>/dev/null)" ]; then
        "$bin" -runs=1 "$reg"/* >/dev/null 2>&1 || ok=0
    fi
    if [ $ok -eq 1 ]; then
        "$bin" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$work/" "$work" >"$work.log" 2>&1 || ok=0
    fi
    if [ $ok -eq 1 ]; then pass=$((pass + 1)); echo "ok   fuzz/$name";
    else fail=$((fail + 1)); echo "FAIL fuzz/$name"; tail -n 30 "$work.log" 2>/dev/null; ls "$work"/crash-* 2>/dev/null; fi
    rm -rf "$work" "$work.log"
done
echo "$pass passed, $fail failed"
[ -n "${RESULTS:-}" ] && echo "$pass $fail" >>"$RESULTS"
[ "$fail" -eq 0 ]
