# brief_db.sh — precis brief --db FILE --story ID: a stored story is briefed like its files.
. "$(dirname "$0")/../cli_lib.sh"
"$PRECIS" add --db "$T/s.db" examples/karabakh 2>/dev/null || fail "add failed"
run brief --db "$T/s.db" --story 1
rc_is 0
summary_has "Macron"
out_has "^\[4\] 004_5568c2f5bfe2e384"
run brief --db "$T/s.db" --story 99
rc_is 3; out_empty; err_is "precis: $T/s.db: no story 99"
run brief --db "$T/s.db"
rc_is 2; out_empty; err_is "precis: brief: --db and --story go together, without PATHs"
run brief --db "$T/s.db" --story abc
rc_is 2; err_is "precis: brief: --story needs a positive story id"
run brief --db "$T/missing.db" --story 1
rc_is 3; out_empty
finish
