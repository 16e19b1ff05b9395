# lib.sh — helpers for CLI tests (sourced). $PRECIS is the binary under test.
# expect_run CODE STDOUT_FILE STDERR_FILE -- ARGS... : runs precis and checks the exit code.
fails=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
run() { "$PRECIS" "$@" >"$T/out" 2>"$T/err"; echo $? >"$T/rc"; }
rc_is() { [ "$(cat "$T/rc")" = "$1" ] || fail "exit code $(cat "$T/rc"), want $1 (stderr: $(cat "$T/err"))"; }
err_is() { [ "$(cat "$T/err")" = "$1" ] || fail "stderr '$(cat "$T/err")', want '$1'"; }
out_empty() { [ ! -s "$T/out" ] || fail "stdout not empty: $(head -c 200 "$T/out")"; }
out_has() { grep -q -- "$1" "$T/out" || fail "stdout lacks '$1'"; }
out_lacks() { ! grep -q -F -- "$1" "$T/out" || fail "stdout has noise '$1'"; }
finish() { [ "$fails" -eq 0 ] && echo "all passed" || { echo "$fails failed"; exit 1; }; }
# summary_words: words of the summary part of a text brief (line 3 to the first blank line),
# counted as the library counts them: chunks holding a letter or a digit, source marks excluded.
summary_words() {
    sed -n '3,/^$/p' "$T/out" | sed 's/ \[[0-9, ]*\]$//' | tr -s ' \t' '\n\n' |
        LC_ALL=C grep -c "$(printf '[A-Za-z0-9\303\305]')"
}
# summary_has PATTERN: the summary part of a text brief matches PATTERN (grep BRE)
summary_has() { sed -n '3,/^$/p' "$T/out" | grep -q -- "$1" || fail "summary lacks '$1'"; }
