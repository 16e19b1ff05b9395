# gen_given.awk: given names of the 1990 US Census, from Debian's libtext-names-perl (the lists
# of first names in Text/Names.pm), for the generated table "census" that adds to data/given.
# Usage: awk -f tools/gen_given.awk Names.pm EXCLUDE... > census/all.txt
# Each EXCLUDE file (the English lexicon, the gazetteers of places and cities, data/given itself)
# lists words, one per line, a tab and more after it allowed: a census name among them is left
# out, since a capitalized English word or a place ("Bill", "Grant", "Austin", "Paris") tells no
# person, and data/given already has its own. So is a name of two letters ("Al" of "Al Jazeera",
# "Jo" of the French "JO") and a rare one, given to fewer than MIN_SHARE percent of the census's
# men or women ("German", "Santa", "Easter", "Porsche", "Dakota" are all below 0.01). Every name
# is "x", sex unknown: the census tells the sex most of its bearers have, and a pronoun bound by
# it would skip the others ("Devon Anderson", a woman, "she said").
BEGIN { MIN_SHARE = 0.01 }
FNR == 1 { file++ }
file == 1 && /^\$COMMON_(MALE|FEMALE)_FIRSTNAMES = <<ENDNAMES;/ { inlist = 1; next }
file == 1 && /^ENDNAMES/ { inlist = 0; next }
file == 1 && inlist && $1 ~ /^[A-Z][A-Z][A-Z]+$/ && $2 + 0 >= MIN_SHARE {
    given[tolower($1)] = "x"
    next
}
file > 1 && !/^#/ { split($0, f, "\t"); drop[f[1]] = 1 }
END {
    print "# generated from the 1990 US Census first names of Text/Names.pm (Debian libtext-names-perl),"
    print "# without English words, places, cities and the names of data/given: name, tab, x (sex unknown)"
    for (w in given)
        if (!(w in drop)) print w "\t" given[w]
}
