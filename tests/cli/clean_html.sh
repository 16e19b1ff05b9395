# clean_html.sh — `precis clean` as a black box: web pages (plain, Latin-1, gzip, stdin),
# JSON output, scraped text, and bad input with exact messages and exit codes.
. "$(dirname "$0")/../cli_lib.sh"
G=tests/golden/html

run clean $G/en/article.html
rc_is 0
out_has "^The town council voted seven to two on Tuesday evening"
out_has "^A decade of debate$"
out_has "chosen by a public tender.$"
out_lacks "Share on"; out_lacks "cookies"; out_lacks "twenty years"; out_lacks "Most read"
out_lacks "All rights reserved"; out_lacks "Council approves new bridge"

# gzip and standard input give the same text
gzip -c $G/en/article.html >"$T/a.html.gz"
"$PRECIS" clean $G/en/article.html >"$T/plain.txt"
run clean "$T/a.html.gz"; rc_is 0
cmp -s "$T/out" "$T/plain.txt" || fail "gzip input gives another text"
"$PRECIS" clean - <$G/en/article.html >"$T/stdin.txt" 2>&1 || fail "stdin failed"
cmp -s "$T/stdin.txt" "$T/plain.txt" || fail "stdin gives another text"

# Latin-1 page, converted
run clean $G/fr/inondations-latin1.html
rc_is 0; out_has "à Orléans, où l'eau"; out_lacks "Accueil"

# JSON: one object per input, every field
run clean --format json $G/en/article.html
rc_is 0
for k in '"id":"article"' '"title":"Council approves new bridge over the river"' '"authors":"Jane Doe"' \
         '"date":"2023-09-19T14:05:00+02:00"' '"site":"The Valley Gazette"' '"lang":"en"' \
         '"url":"https://gazette.example/2023/09/19/bridge"' '"description":' '"text":"The town council' \
         '"reason":"comment"' '"reason":"nav"' '"reason":"share"' '"reason":"byline"'; do
    grep -qF -- "$k" "$T/out" || fail "json lacks $k"
done
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "json is not one line per input"

# several inputs: head(1)-style separators in text, one line each in JSON
run clean $G/en/article.html $G/fr/inondations-latin1.html
rc_is 0; out_has "^==> $G/en/article.html <==$"; out_has "^==> $G/fr/inondations-latin1.html <==$"
run clean -f json $G/en/article.html $G/fr/inondations-latin1.html
rc_is 0; [ "$(wc -l <"$T/out")" -eq 2 ] || fail "json lines: want 2"

# scraped plain text goes through the line cleaner
printf 'Accueil | Politique | Sport\nLe conseil municipal a voté mardi soir la construction d’une passerelle sur la Loire, après dix ans de débats.\nPartager sur Facebook\n' >"$T/scraped.txt"
run clean "$T/scraped.txt"
rc_is 0; out_has "passerelle sur la Loire"

# bad input: no article, empty page, binary, missing file, usage
run clean $G/en/homepage.html
rc_is 3; out_empty
err_is "precis: $G/en/homepage.html: no article text found in the page (an index, a home page or an empty body?)"
printf '<html><body>   </body></html>' >"$T/emptybody.html"
run clean "$T/emptybody.html"
rc_is 3; out_empty
printf '<html><body>' >"$T/bin.html"; head -c 3000 /bin/sh >>"$T/bin.html"
run clean "$T/bin.html"
rc_is 3; out_empty; err_is "precis: $T/bin.html: binary data, not HTML"
run clean /nonexistent.html
rc_is 3; err_is "precis: /nonexistent.html: No such file or directory"
run clean -k /nonexistent.html $G/en/article.html
rc_is 0; out_has "public tender"
run clean --format xml $G/en/article.html
rc_is 2; err_is "precis: clean: --format must be text or json"
run clean
rc_is 2

# truncated and corrupt gzip
head -c 300 "$T/a.html.gz" >"$T/trunc.gz"
run clean "$T/trunc.gz"
[ "$(cat "$T/rc")" = 0 ] || [ "$(cat "$T/rc")" = 3 ] || fail "truncated gzip: exit $(cat "$T/rc")"
printf '\037\213\010\000\000\000\000\000\000\003garbage-garbage-garbage' >"$T/bad.gz"
run clean "$T/bad.gz"
rc_is 3; err_is "precis: $T/bad.gz: corrupt gzip data"

# 100,000 nested elements: an answer, not a crash
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>"; printf "<p>The committee published its annual report on Monday, and the figures show that the number of visitors to the parks has doubled in ten years.</p></body></html>" }' >"$T/deep.html"
run clean "$T/deep.html"
[ "$(cat "$T/rc")" = 0 ] || [ "$(cat "$T/rc")" = 3 ] || fail "deep nesting: exit $(cat "$T/rc")"
finish
