# eval_summarize.sh — precis eval summarize: scores of other systems computed by hand (a
# summary equal to the reference scores 100, a missing one 0, words past the budget are cut
# before scoring), the lead baseline (--lead), precis's own briefs (-o, --per-cluster), --check,
# and the errors.
. "$(dirname "$0")/../cli_lib.sh"
cat >"$T/set.jsonl" <<'E'
{"id": "c1", "lang": "en", "docs": [{"id": "a", "title": "Storm hits coast", "text": "A powerful storm hit the northern coast on Monday, killing at least 12 people. Officials said thousands of homes lost power."}, {"id": "b", "title": "Deadly storm", "text": "At least 12 people died when a storm struck the northern coast on Monday. Rescue teams searched flooded villages."}], "refs": ["A storm hit the northern coast on Monday, killing at least 12 people."]}
{"id": "c2", "lang": "en", "docs": [{"id": "c", "title": "Bank raises rates", "text": "The central bank raised its main interest rate by a quarter point on Thursday to fight inflation."}], "refs": ["The central bank raised rates by a quarter point."]}
{"id": "c3", "lang": "en", "docs": [], "refs": ["A cluster without documents is not scored."]}
E
# "half": the reference of c1 word for word, nothing for c2: 100 and 0, averaged 50
printf '{"id": "c1", "summary": "A storm hit the northern coast on Monday, killing at least 12 people."}\n' >"$T/half.jsonl"
# "long": both references, c1's followed by words past a 13-word budget, which are cut
printf '{"id": "c1", "summary": "A storm hit the northern coast on Monday, killing at least 12 people. Words past the budget are cut before scoring."}\n{"id": "c2", "summary": "The central bank raised rates by a quarter point."}\n' >"$T/long.jsonl"

run eval summarize "$T/set.jsonl" --words 20 --system "$T/half.jsonl" -o "$T/o.jsonl" --per-cluster "$T/pc.tsv" --check
rc_is 0
out_has "^clusters scored: 2; budget 20 words; stemming en;"
out_has "^| half | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 | 1 |$"
out_has "^| precis | .* | 2 |$"
out_has "^### set (no stemming)"
out_has "^precis: .* ms per cluster on average .* over 2 clusters, documents and brief; 0 unusable documents, 0 empty briefs"
# precis's briefs: one line per cluster scored, the storm's toll in c1, the rate rise in c2
[ "$(wc -l <"$T/o.jsonl")" = 2 ] || fail "-o lines: $(cat "$T/o.jsonl")"
grep -qi '^{"id":"c1","summary":".*at least 12 people' "$T/o.jsonl" || fail "c1 brief: $(cat "$T/o.jsonl")"
grep -q '^{"id":"c2","summary":"The central bank raised its main interest rate' "$T/o.jsonl" || fail "c2 brief: $(cat "$T/o.jsonl")"
grep -q "^c1	half	100.00	100.00	100.00	100.00	100.00$" "$T/pc.tsv" || fail "per-cluster c1: $(cat "$T/pc.tsv")"
grep -q "^c2	half	0.00	0.00	0.00	0.00	0.00$" "$T/pc.tsv" || fail "per-cluster c2: $(cat "$T/pc.tsv")"
grep -q "^c1	precis	" "$T/pc.tsv" || fail "per-cluster precis: $(cat "$T/pc.tsv")"

run eval summarize "$T/set.jsonl" --words 13 --system "$T/long.jsonl" --no-precis
rc_is 0
out_has "^| long | 100.00 | 100.00 | 100.00 | 100.00 | 100.00 | 100.00 | 100.00 | 100.00 | 100.00 | 2 |$"
out_lacks "| precis"
# --lead: each cluster's first document cut to 13 words by the scorer. c1: "a powerful storm hit
# ... at least 12" has 12 of the reference's 13 words and 10 of its 12 bigrams; c2: "the central
# bank raised its main interest rate by a quarter point on" has all 9 words stemmed ("rate"),
# 8 unstemmed, and 7 of 8 bigrams. R-1 (92.31 + 100) / 2, R-2 (83.33 + 87.50) / 2, unstemmed
# R-1 (92.31 + 88.89) / 2.
run eval summarize "$T/set.jsonl" --words 13 --lead --no-precis
rc_is 0
out_has "^| lead | 96.15 | 85.42 | 96.15 | "
out_has "^| lead | 90.60 | 79.17 | 90.60 | "
out_lacks "| precis"
run eval summarize "$T/set.jsonl" --no-precis
rc_is 2
grep -q "^precis: eval summarize: --no-precis needs at least one --system or --lead$" "$T/err" || fail "no system: $(cat "$T/err")"
# --check: precis cannot beat a system that writes the references
run eval summarize "$T/set.jsonl" --words 20 --system "$T/long.jsonl" --check
rc_is 4
grep -q "^precis: eval summarize: target missed: R-2 R .* < 100.00 (long) + 1$" "$T/err" || fail "check: $(cat "$T/err")"

# errors
run eval summarize
rc_is 2
run eval summarize "$T/set.jsonl" --words 0
rc_is 2
run eval summarize "$T/set.jsonl" --system "$T/none.jsonl"
rc_is 3
grep -q "$T/none.jsonl" "$T/err" || fail "missing system: $(cat "$T/err")"
printf '{"id": "c1", "docs": [{"id": "a", "text": "x"}], "refs": ["y"]}\n{"id": "c2", "docs": \n' >"$T/bad.jsonl"
run eval summarize "$T/bad.jsonl" --words 20
rc_is 3
grep -q "^precis: $T/bad.jsonl:2: not a cluster line" "$T/err" || fail "bad line: $(cat "$T/err")"
finish
