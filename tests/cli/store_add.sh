# store_add.sh — precis add / precis stories: files, directories, JSONL (with bad lines),
# copies, idempotent re-add, JSON listing, usage errors, a killed add.
. "$(dirname "$0")/../cli_lib.sh"
DB="$T/s.db"

# the bundled example: four articles about one event, one story
run add --db "$DB" examples/karabakh
rc_is 0
grep -q "4 added (new stories: 1), 0 copies, 0 near copies, 0 already stored, 0 failed" "$T/err" || fail "add summary: $(cat "$T/err")"
run stories --db "$DB"
rc_is 0; out_has "^1 .* 4 .* 4 "
# re-adding the same input changes nothing
run add --db "$DB" examples/karabakh
rc_is 0
grep -q "0 added (new stories: 0), 0 copies, 0 near copies, 4 already stored" "$T/err" || fail "re-add: $(cat "$T/err")"

# JSONL: a copy with a new header, a new story, an invalid line, a cut last line
{
    printf '{"id": "copy-1", "title": "Repost", "date": "2023-09-19T18:00:00Z", "text": "Mis à jour à 18h\\n'
    sed 's/\\/\\\\/g; s/"/\\"/g' examples/karabakh/002_187a70de33b9ef4b.txt | awk '{printf "%s\\n", $0}'
    printf '"}\n'
    printf '{"id": "bce-1", "title": "La BCE relève ses taux", "date": "2023-09-20", "source": "Le Journal", "text": "La Banque centrale européenne a relevé ses taux directeurs d un quart de point pour lutter contre l inflation, qui reste élevée dans la zone euro. Christine Lagarde a indiqué que la lutte n était pas terminée."}\n'
    printf '{"id": "broken", "text": }\n'
    printf '{"id": "notext"}\n'
    printf '{"id": "cut", "text": "La Banque centrale'
} >"$T/feed.jsonl"
run add --db "$DB" -v "$T/feed.jsonl"
rc_is 3
grep -q "^precis: $T/feed.jsonl:3: invalid JSON at column" "$T/err" || fail "line 3 message: $(cat "$T/err")"
grep -q "^precis: $T/feed.jsonl:4: no \"text\" or \"html\"" "$T/err" || fail "line 4 message: $(cat "$T/err")"
grep -q "^precis: $T/feed.jsonl:5: truncated JSON .*(last line, no newline: cut short?)" "$T/err" || fail "line 5 message: $(cat "$T/err")"
out_has "feed.jsonl:1	copy-1	near-copy of 002_187a70de33b9ef4b"
out_has "feed.jsonl:2	bce-1	new	story 2 (new)"
grep -q "2 added\|1 added" "$T/err" || fail "jsonl summary: $(cat "$T/err")"

run stories --db "$DB" --format json
rc_is 0
out_has '"members"'
out_has '"copy-1"'
out_has '"sources": 4'
out_has '"articles": 5'
out_has '"title": "La BCE relève ses taux"'
run stories --db "$DB" --since 2023-09-20
rc_is 0; out_has "^2 .*La BCE"
run stories --db "$DB" --since 2999-01-01
rc_is 0; out_lacks "BCE"

# usage and bad stores
run add examples/karabakh
rc_is 2; err_is "precis: add: --db FILE is required (see precis add --help)"
run add --db "$DB"
rc_is 2; err_is "precis: add: no input (see precis add --help)"
run stories --db "$DB" --since yesterday
rc_is 2; err_is "precis: 'yesterday' is not an ISO 8601 date (YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM])"
run stories --db "$T/none.db"
rc_is 3; out_empty
echo "not a database at all, only text, and long enough to fill a header......" >"$T/x.db"
run add --db "$T/x.db" examples/karabakh
rc_is 1; out_empty

# the story window from the command line: the same event two days later is a new story with
# --story-days 1, the same story by default (6 days)
i=0
for f in examples/karabakh/00*; do
    case $i in 0) d=2023-09-19T10:00:00Z;; 1) d=2023-09-19T12:00:00Z;; 2) d=2023-09-21T10:00:00Z;; *) d=2023-09-21T12:00:00Z;; esac
    printf '{"id": "w%d", "date": "%s", "text": "' $i $d
    sed 's/\\/\\\\/g; s/"/\\"/g' "$f" | awk '{printf "%s\\n", $0}'
    printf '"}\n'
    i=$((i + 1))
done >"$T/days.jsonl"
run add --db "$T/w1.db" -v "$T/days.jsonl"
rc_is 0; out_has "days.jsonl:4	w3	new	story 1$"
run add --db "$T/w2.db" -v --story-days 1 "$T/days.jsonl"
rc_is 0; out_has "days.jsonl:2	w1	new	story 1$"; out_has "days.jsonl:3	w2	new	story 2 (new)"; out_has "days.jsonl:4	w3	new	story 2$"
run add --db "$T/w3.db" --story-days -1 "$T/days.jsonl"
rc_is 2; err_is "precis: add: --story-days needs a number of days > 0 (got '-1')"
run add --db "$T/w3.db" --copy-days=x "$T/days.jsonl"
rc_is 2; err_is "precis: add: --copy-days needs a number of days > 0 (got 'x')"
run add --db "$T/w3.db" --window 0 "$T/days.jsonl"
rc_is 2; err_is "precis: add: --window needs a number of articles > 0 (got '0')"

# a date far in the future (2093, a typo or a bad feed) in the middle of the stream: reported,
# not used to age stories, so the next articles still join their story
{
    head -n 1 "$T/days.jsonl"
    printf '{"id": "typo", "date": "2093-09-19", "text": "La Banque centrale européenne a relevé ses taux directeurs d un quart de point pour lutter contre l inflation, qui reste élevée dans la zone euro."}\n'
    tail -n 3 "$T/days.jsonl"
} >"$T/future.jsonl"
run add --db "$T/f.db" -v "$T/future.jsonl"
rc_is 0
out_has "future.jsonl:2	typo	new	story 2 (new) (future date ignored)"
out_has "future.jsonl:3	w1	new	story 1$"; out_has "future.jsonl:5	w3	new	story 1$"
grep -q "5 added (new stories: 2), 0 copies, 0 near copies, 0 already stored, 0 failed, 1 future dates ignored" "$T/err" || fail "future summary: $(cat "$T/err")"
run stories --db "$T/f.db" --format json
rc_is 0; out_lacks '2093'

# a killed add: what was committed stays, the store opens and accepts more
i=0
while [ $i -lt 3000 ]; do
    printf '{"id": "k%d", "text": "Dépêche numéro %d sur le sujet %d : un événement local a eu lieu dans la ville %d, selon les autorités, qui ont publié un communiqué sur le déroulement des faits."}\n' $i $i $((i % 50)) $((i % 7))
    i=$((i + 1))
done >"$T/big.jsonl"
"$PRECIS" add --db "$T/k.db" -q "$T/big.jsonl" 2>/dev/null &
pid=$!
sleep 1
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
run stories --db "$T/k.db" --format json
rc_is 0
run add --db "$T/k.db" "$T/big.jsonl"
rc_is 0
grep -q "3000 already stored\|already stored" "$T/err" || fail "after kill: $(cat "$T/err")"
run stories --db "$T/k.db" --format json
rc_is 0
n=$(grep -c '"k[0-9]*"' "$T/out")
[ "$n" -eq 3000 ] || fail "after kill and re-add: $n of 3000 articles listed"
finish
