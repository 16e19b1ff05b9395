# brief.sh — golden behaviour of `precis brief` on the bundled example story.
. "$(dirname "$0")/../cli_lib.sh"
EX=examples/karabakh

run brief "$EX"
rc_is 0
# what happened, the casualties, Macron's call, the evacuations
summary_has "offensive\|opération militaire"
summary_has "morts\|blessés"
summary_has "Macron"
summary_has "évacué"
# none of the noise lines of the scraped pages
for noise in "Laisser un commentaire" "Votre adresse e-mail" "Lecteur." "Article original publié" \
    "En savoir plus" "Atlantico.fr" "<!--" "Newsletter" "©" "partager cet article" "Gaspard Pettigrew" \
    "Photo:" "VIDÉO -" "suspendre les commentaires" "Internetaholic" "Le Figaro"; do
    out_lacks "$noise"
done
# within the budget (default 120 words), each summary sentence carries its sources
words=$(summary_words)
[ "$words" -le 120 ] || fail "summary has $words words, budget 120"
[ "$words" -ge 80 ] || fail "summary has only $words words"
n=$(sed -n '3,/^$/p' "$T/out" | grep -c '\[[0-9, ]*\]$')
[ "$n" -ge 3 ] || fail "only $n sourced sentences"
grep -q '^\[4\] 004_5568c2f5bfe2e384' "$T/out" || fail "sources list incomplete"
# at least one sentence is reported by several sources
grep -q '\[[0-9]*, [0-9]' "$T/out" || fail "no sentence credited to several sources"

# the verbless "Une opération dénoncée par le président de la République française." (source 2)
# completes the sentence before it, which the brief leaves out: it is not in the brief, unless
# no dictionary tells verbs (--dict-dir "")
out_lacks "Une opération dénoncée"
run brief --no-facts --dict-dir "" "$EX"
rc_is 0
out_has "Une opération dénoncée"
run brief --dict-dir
rc_is 2
err_is "precis: brief: --dict-dir needs a directory"

# the French dictionary the build cuts for precis (tools/gen_morphdict.c), which the CLI finds
# beside itself, gives the brief that Debian's whole dictionary gives, with the same fragment
# left out; without it the CLI still works, through the whole one
# (the build makes it when hunspell-tools' unmunch is installed, as scripts/install-deps.sh does)
DICT="$(dirname "$PRECIS")/share/precis/hunspell"
if command -v unmunch >/dev/null 2>&1 || [ -f "$DICT/fr.dic" ]; then
[ -f "$DICT/fr.dic" ] || fail "no cut dictionary in $DICT"
[ "$(sed -n 1p "$DICT/fr.dic")" -lt 20000 ] || fail "the cut dictionary has $(sed -n 1p "$DICT/fr.dic") entries"
run brief --format json --words 300 "$EX"
rc_is 0
cp "$T/out" "$T/cut.json"
out_lacks "Une opération dénoncée"
run brief --format json --words 300 --dict-dir /usr/share/hunspell "$EX"
rc_is 0
cmp -s "$T/out" "$T/cut.json" || fail "the cut dictionary and the whole one give different briefs"
fi

# a smaller budget is respected
run brief --words 40 "$EX"
rc_is 0
words=$(summary_words)
[ "$words" -le 40 ] || fail "--words 40 gave $words words"

# formats
run brief --format markdown "$EX"; rc_is 0; out_has "^# Synthèse"; out_has "^## Sources"; out_has "^## Chiffres"
run brief --format json "$EX"; rc_is 0; out_has '"summary"'; out_has '"removed_lines"'; out_has '"what": "dead"'
run brief --format html "$EX"; rc_is 0; out_has "<!DOCTYPE html>"; out_has '<html lang="fr">'; out_has "<h1>Synthèse</h1>"

# labels: the story's language by default (French here), English on request
run brief "$EX"; rc_is 0; out_has "^SYNTHÈSE — 4 sources"; out_has "morts: au moins 27"
run brief --labels en --format markdown "$EX"; rc_is 0; out_has "^# Brief"; out_has "dead\*\*: at least 27"
run brief --labels; rc_is 2; err_is "precis: brief: --labels needs a language code or auto"

# stdin
"$PRECIS" brief - <"$EX/002_187a70de33b9ef4b.txt" >"$T/out" 2>"$T/err" || fail "stdin brief failed"
out_has "Macron"

# a JSONL stream is one article per line (JSON escapes decoded, the given title and source
# kept), not one text: the example's four articles as four lines
python3 - "$EX" "$T/ex.jsonl" <<'PY'
import json, os, sys
d, out = sys.argv[1], sys.argv[2]
with open(out, "w") as f:
    for i, n in enumerate(sorted(os.listdir(d))):
        f.write(json.dumps({"id": "a%d" % i, "title": "Titre %d" % i, "source": "site%d" % i,
                            "text": open(os.path.join(d, n), encoding="utf-8").read()}) + "\n")
PY
run brief "$T/ex.jsonl"; rc_is 0
out_has "^SYNTHÈSE — 4 sources"; out_has "^\[4\] a3 — Titre 3 (site3; fr"; summary_has "Macron"; out_lacks '\u00e9'
run brief --format json "$T/ex.jsonl"; rc_is 0; out_has '"site": "site0"'
"$PRECIS" brief --jsonl - <"$T/ex.jsonl" >"$T/out" 2>"$T/err" || fail "stdin JSONL brief failed"
out_has "^SYNTHÈSE — 4 sources"
# a line that is no article names its line; --keep-going skips it
{ head -n 2 "$T/ex.jsonl"; echo '{"id": "x", "text": "cut sh'; tail -n 2 "$T/ex.jsonl"; } >"$T/bad.jsonl"
run brief "$T/bad.jsonl"; rc_is 3; out_empty
grep -q "^precis: $T/bad.jsonl:3: truncated JSON at column 27" "$T/err" || fail "bad line: $(cat "$T/err")"
run brief -k "$T/bad.jsonl"; rc_is 0; out_has "^SYNTHÈSE — 4 sources"
grep -q "bad.jsonl:3: .*(skipped)$" "$T/err" || fail "skipped line not told: $(cat "$T/err")"
# the sources list gives each article's site and date, and links its URL when it is http(s)
python3 - "$EX" "$T/meta.jsonl" <<'PY'
import json, os, sys
d, out = sys.argv[1], sys.argv[2]
names = sorted(os.listdir(d))
urls = ["https://example.org/a?x=1&y=2", "javascript:alert(1)"]
with open(out, "w") as f:
    for i, n in enumerate(names[:2]):
        f.write(json.dumps({"id": "m%d" % i, "title": "T<%d>" % i, "url": urls[i], "source": "Le Site",
                            "date": "2023-09-19T10:30:00Z",
                            "text": open(os.path.join(d, n), encoding="utf-8").read()}) + "\n")
PY
run brief "$T/meta.jsonl"; rc_is 0
out_has "^\[1\] m0 — T<0> (Le Site, 2023-09-19; fr, "; out_has "^    https://example.org/a?x=1&y=2$"
out_lacks "javascript:"
run brief -f markdown "$T/meta.jsonl"; rc_is 0
grep -q -F '1. **m0** — [T\<0\>](<https://example.org/a?x=1&y=2>) (Le Site, 2023-09-19; fr' "$T/out" || fail "markdown link: $(tail -n 3 "$T/out")"
run brief -f html "$T/meta.jsonl"; rc_is 0
out_has '<li id="src1">m0 — <a href="https://example.org/a?x=1&amp;y=2">T&lt;0&gt;</a> (Le Site, 2023-09-19)</li>'
out_has '<li id="src2">m1 — T&lt;1&gt; (Le Site, 2023-09-19)</li>'; out_lacks "javascript:"
run brief -f json "$T/meta.jsonl"; rc_is 0
out_has '"url": "https://example.org/a?x=1&y=2"'; out_has '"site": "Le Site"'; out_has '"date": "2023-09-19T10:30:00Z"'
# French counts zero in the singular ("0 ligne retirée"), English in the plural
printf '%s\n' '{"id": "z", "text": "Bakou a lancé mardi une opération militaire au Haut-Karabakh, selon les autorités locales."}' >"$T/zero.jsonl"
run brief "$T/zero.jsonl"; rc_is 0; out_has "^\[1\] z (fr, 14 mots, 0 ligne retirée)$"
run brief --labels en "$T/zero.jsonl"; rc_is 0; out_has "^\[1\] z (fr, 14 words, 0 lines removed)$"
# a quote whose speaker is not found says so in words, in the labels' language
printf 'Titre\nLe maire a parlé mardi. « Nous allons reconstruire le pont dès la semaine prochaine avec toute la ville. » La ville a voté un budget.\n' >"$T/q.txt"
run brief "$T/q.txt"; rc_is 0; out_has "^  “Nous allons reconstruire le pont .*” — auteur non identifié \[1\]$"
run brief --labels en "$T/q.txt"; rc_is 0; out_has "” — speaker not named \[1\]$"
# a summary with no readable sentence says so (here the only sentence speaks to the reader)
printf 'Titre de la page\nVous pouvez consulter notre site pour en savoir plus sur cette histoire de la ville.\n' >"$T/e.txt"
run brief "$T/e.txt"; rc_is 0; out_has "^SYNTHÈSE — 1 source, 0 mot$"; out_has "^(aucune phrase lisible dans les sources)$"
run brief -f html "$T/e.txt"; rc_is 0; out_has "^<p><em>aucune phrase lisible dans les sources</em></p>$"
# precis clean reads JSONL too: one article per line, each named by its line
run clean "$T/meta.jsonl"; rc_is 0; out_has "^==> $T/meta.jsonl:2 <==$"
run clean -f json "$T/meta.jsonl"; rc_is 0
[ "$(grep -c '"id":"m[01]"' "$T/out")" = 2 ] || fail "clean JSONL: $(head -c 300 "$T/out")"
# an article without text is set aside like an empty file
{ cat "$T/ex.jsonl"; echo '{"id": "e", "text": ""}'; } >"$T/empty.jsonl"
run brief "$T/empty.jsonl"; rc_is 0; out_has "^SYNTHÈSE — 4 sources"
grep -q "empty.jsonl:5" "$T/err" || fail "empty article not told: $(cat "$T/err")"

# the README shows what `make demo` prints: the same text, byte for byte (its first fenced block
# that opens on the brief's heading)
if [ -f README.md ]; then
    run brief "$EX"
    awk '/^```/{ if (inb) exit; getline; if ($0 ~ /^SYNTHÈSE/) { inb = 1; print; next } } inb' README.md >"$T/readme"
    [ -s "$T/readme" ] || fail "README has no demo output block"
    cmp -s "$T/readme" "$T/out" || fail "README's demo output differs from precis brief $EX: $(diff "$T/readme" "$T/out" | head -5)"
fi
finish
