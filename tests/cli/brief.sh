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
finish
