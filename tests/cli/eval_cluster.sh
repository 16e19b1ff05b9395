# eval_cluster.sh — precis eval cluster: B-cubed and pairwise scores of a small stream whose
# stories are known (computed by hand below), --audit (an audit of the gold) and its
# ceiling, and the usage and input errors.
. "$(dirname "$0")/../cli_lib.sh"

# json_text FILE: the file as a JSON string body (backslashes, quotes, newlines escaped)
json_text() { sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/ /g' "$1" | awk '{printf "%s\\n", $0}'; }
# seven articles: the four example articles on one event (gold k), a central-bank article
# (gold b), a football report that the gold wrongly puts under k (as scraped gold data does: a
# wrong page kept under a story) and the central-bank page again under another id, which the
# gold puts under k too (the same page kept under two stories, as in Multi-News)
{
    for f in examples/karabakh/*.txt; do
        printf '{"id": "%s", "lang": "fr", "cluster": "k", "text": "' "$(basename "$f" .txt | cut -c1-3)"
        json_text "$f"
        printf '"}\n'
    done
    printf '{"id": "bce", "lang": "fr", "cluster": "b", "title": "La BCE relève ses taux", "text": "La Banque centrale européenne a relevé jeudi ses taux directeurs d un quart de point pour lutter contre l inflation, qui reste élevée dans la zone euro. Christine Lagarde a indiqué que la lutte contre la hausse des prix n était pas terminée et que le conseil des gouverneurs suivrait les données."}\n'
    printf '{"id": "bce2", "lang": "fr", "cluster": "k", "title": "La BCE relève ses taux", "text": "La Banque centrale européenne a relevé jeudi ses taux directeurs d un quart de point pour lutter contre l inflation, qui reste élevée dans la zone euro. Christine Lagarde a indiqué que la lutte contre la hausse des prix n était pas terminée et que le conseil des gouverneurs suivrait les données."}\n'
    printf '{"id": "foot", "lang": "fr", "cluster": "k", "title": "Le PSG s impose à Marseille", "text": "Le Paris Saint-Germain a battu l Olympique de Marseille trois buts à zéro dimanche soir au Vélodrome. Kylian Mbappé a marqué deux fois en première période avant que Vitinha ne scelle le score en fin de match devant soixante mille spectateurs."}\n'
} >"$T/set.jsonl"

# stories: {001 002 003 004} {bce bce2: a copy} {foot}; gold: k = the four + foot + bce2
# (6), b = bce. B-cubed precision (4 + 1/2 + 1/2 + 1) / 7 = 0.857; recall (4 x 4/6 + 1/6 +
# 1 + 1/6) / 7 = 0.571; F1 0.686. Pairs: gold 15, predicted 7, shared 6: 0.857 0.400 0.545.
run eval cluster "$T/set.jsonl"
rc_is 0
out_has "^precis eval cluster: 7 articles, date/file order, .* (0 not readable, 1 copies)"
out_has "^set.jsonl  *7  *2  *3   0.857 0.571 0.686   0.857 0.400 0.545$"
out_has "^union  *7  *2  *3   0.857 0.571 0.686   0.857 0.400 0.545$"
run eval cluster --check "$T/set.jsonl"
rc_is 4; out_has "^target missed: B-cubed F1 0.686 < 0.95"
run eval cluster -v "$T/set.jsonl"
rc_is 0; out_has "^story [0-9]* mixes: bce(0:b) bce2(0:k)$"

# the audit: the football page judged X stands alone. Audited gold: k = the four + bce2 (5),
# b = bce, foot. Recall (4 x 4/5 + 1/5 + 1 + 1) / 7 = 0.771, F1 0.812; pairs 6 of 10: 0.600.
printf '# id\tcluster\tlabel\treason\n001\tk\tE\tthe offensive\n002\tk\tE\n003\tk\tE\n004\tk\tE\t\nfoot\tk\tX\tfootball, wrong page\n' >"$T/audit.tsv"
run eval cluster --audit "$T/audit.tsv" "$T/set.jsonl"
rc_is 0
out_has "^against the gold as audited in $T/audit.tsv (5 articles judged, 1 of them alone: B or X):"
out_has "^set.jsonl  *7  *3  *3   0.857 0.771 0.812   0.857 0.600 0.706$"
# the ceiling: the audited stories exactly, except that the copy bce2 goes with its original
# bce (as precis's copy grouping does) — which is what precis made: its published-gold score
out_has "^scored against the published gold:"
[ "$(grep -c "^union  *7  *2  *3   0.857 0.571 0.686" "$T/out")" = 2 ] || fail "ceiling line: $(tail -n 1 "$T/out")"

# two files: the union is scored over every article once, audited or not. other.jsonl adds a
# weather article (its own story and gold). Published union: precision (4 + 1/2 + 1/2 + 1 + 1)
# / 8 = 0.875, recall (4 x 4/6 + 1 + 1/6 + 1/6 + 1) / 8 = 0.625, F1 0.729; audited: recall
# (4 x 4/5 + 1 + 1/5 + 1 + 1) / 8 = 0.800, F1 0.836; pairs 6 of 7 predicted, of 15 / 10 gold.
printf '{"id": "storm", "lang": "fr", "cluster": "w", "title": "Tempête sur la Bretagne", "text": "Une tempête a frappé les côtes bretonnes dans la nuit de lundi, avec des rafales à 150 km/h. Des milliers de foyers ont été privés d électricité et plusieurs routes ont été coupées par des chutes d arbres."}\n' >"$T/other.jsonl"
run eval cluster --audit "$T/audit.tsv" "$T/set.jsonl" "$T/other.jsonl"
rc_is 0
out_has "^other.jsonl  *1  *1  *1   1.000 1.000 1.000   1.000 1.000 1.000$"
[ "$(grep -c "^union  *8  *3  *4   0.875 0.625 0.729   0.857 0.400 0.545$" "$T/out")" = 2 ] || fail "published union and ceiling: $(grep union "$T/out")"
out_has "^union  *8  *4  *4   0.875 0.800 0.836   0.857 0.600 0.706$"

# errors: a stale or malformed audit fails with its line, before anything is scored against it
printf 'foot\tb\tX\n' >"$T/stale.tsv"
run eval cluster --audit "$T/stale.tsv" "$T/set.jsonl"
rc_is 3
grep -q "^precis: $T/stale.tsv:1: no article 'foot' in gold cluster 'b'$" "$T/err" || fail "stale: $(cat "$T/err")"
printf '# ok\n\nfoot\tk\tmaybe\treason\n' >"$T/bad.tsv"
run eval cluster --audit "$T/bad.tsv" "$T/set.jsonl"
rc_is 3
grep -q "^precis: $T/bad.tsv:3: label 'maybe' is not E, B or X$" "$T/err" || fail "bad label: $(cat "$T/err")"
printf 'foot k X\n' >"$T/spaces.tsv"
run eval cluster --audit "$T/spaces.tsv" "$T/set.jsonl"
rc_is 3
grep -q "^precis: $T/spaces.tsv:1: expected ID<TAB>CLUSTER<TAB>E|B|X$" "$T/err" || fail "spaces: $(cat "$T/err")"
run eval cluster --audit "$T/none.tsv" "$T/set.jsonl"
rc_is 3
grep -q "^precis: $T/none.tsv: cannot read$" "$T/err" || fail "missing audit: $(cat "$T/err")"
run eval cluster --audit
rc_is 2; err_is "precis: eval cluster: --audit needs a file"
run eval cluster --frobnicate
rc_is 2; err_is "precis: eval cluster: unknown option '--frobnicate' (see precis eval cluster --help)"
run eval cluster "$T/absent.jsonl"
rc_is 3; err_is "precis: $T/absent.jsonl: cannot read"
printf '{"id": "x", "text": "no gold here"}\n' >"$T/nogold.jsonl"
run eval cluster "$T/nogold.jsonl"
rc_is 3
grep -q "^precis: $T/nogold.jsonl:1: no gold \"cluster\" (skipped)$" "$T/err" || fail "no gold: $(cat "$T/err")"
grep -q "^precis: eval cluster: no article with a gold cluster$" "$T/err" || fail "no gold end: $(cat "$T/err")"
finish
