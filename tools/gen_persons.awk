# gen_persons.awk: English nouns that only ever name a person, from Debian's WordNet (wordnet-base).
# Usage: awk -f tools/gen_persons.awk data.verb data.adj data.adv data.noun > persons/en.txt
# A word is kept when every sense WordNet gives it is a noun of the lexicographer file noun.person
# (number 18): "juror", "foreman", "fiance", "paramedic". A word that is also a verb, an
# adjective or an adverb ("host", "native", "judge"), or a noun of another file ("maker", a
# firm too; "member", "operator") is left out, and so are compounds, names ("Lincoln"),
# participles ("accused") and words of two letters.
function hex(s,    v, i) {
    v = 0
    for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", tolower(substr(s, i, 1))) - 1
    return v
}
FNR == 1 { file++ }
/^  / { next }                          # the license header
{
    n = hex($4)
    for (i = 0; i < n; i++) {
        w = $(5 + 2 * i)
        sub(/\(.*\)$/, "", w)             # an adjective's marker, "(a)"
        if (file < 4 || $2 != 18) other[tolower(w)] = 1
        else if (w ~ /^[a-z]+$/) person[w] = 1 # not "Lincoln", a name
    }
}
END {
    print "# generated from WordNet 3.0 (Debian wordnet-base): nouns of noun.person only"
    for (w in person)
        if (!(w in other) && w !~ /ed$/ && length(w) > 2) print w
}
