# errors.sh — bad input and bad usage: exact messages, exit codes, nothing on stdout.
. "$(dirname "$0")/../cli_lib.sh"

run brief /nonexistent/file.txt
rc_is 3; out_empty; err_is "precis: /nonexistent/file.txt: No such file or directory"

: >"$T/empty.txt"
run brief "$T/empty.txt"
rc_is 3; out_empty; err_is "precis: $T/empty.txt: empty input"

printf '  \n\n \t\n' >"$T/blank.txt"
run brief "$T/blank.txt"
rc_is 3; out_empty; err_is "precis: $T/blank.txt: no text (empty or only whitespace)"

head -c 3000 /bin/sh >"$T/bin.dat"
run brief "$T/bin.dat"
rc_is 3; out_empty; err_is "precis: $T/bin.dat: binary data, not text"

mkdir "$T/nodir"
run brief "$T/nodir"
rc_is 3; out_empty; err_is "precis: $T/nodir: directory has no files"

# one bad input among good ones: fail without half a brief, or skip it with -k
cp examples/karabakh/002_187a70de33b9ef4b.txt "$T/good.txt"
run brief "$T/good.txt" "$T/bin.dat"
rc_is 3; out_empty
run brief -k "$T/good.txt" "$T/bin.dat"
rc_is 0; out_has "Macron"; err_is "precis: $T/bin.dat: binary data, not text (skipped)"

# a page with only boilerplate is a source with nothing to say: skipped with a warning when
# another input has text, even without -k; an error when no input has
printf '\n\nTweet with a location\n \n You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more\n' >"$T/tweet.txt"
run brief "$T/tweet.txt"
rc_is 3; out_empty; err_is "precis: $T/tweet.txt: no article text (only boilerplate)"
run brief "$T/good.txt" "$T/tweet.txt" "$T/empty.txt"
rc_is 0; out_has "Macron"; out_has "^\[1\] good"
err_is "precis: $T/tweet.txt: no article text (only boilerplate) (skipped)
precis: $T/empty.txt: empty input (skipped)"
run brief "$T/tweet.txt" "$T/empty.txt"
rc_is 3; out_empty
err_is "precis: $T/tweet.txt: no article text (only boilerplate)
precis: $T/empty.txt: empty input"

# usage errors
run brief
rc_is 2; out_empty
run brief --words abc examples/karabakh
rc_is 2; out_empty; err_is "precis: brief: --words needs a number from 1 to 100000"
run brief --format pdf examples/karabakh
rc_is 2; err_is "precis: brief: --format must be text, markdown, json or html"
run brief --bogus examples/karabakh
rc_is 2; err_is "precis: brief: unknown option '--bogus' (see precis brief --help)"
run frobnicate
rc_is 2; err_is "precis: unknown command 'frobnicate' (see precis --help)"

# help and version
run --help; rc_is 0; out_has "usage: precis"
run brief --help; rc_is 0; out_has "usage: precis brief"
run --version; rc_is 0; out_has "^precis [0-9]"

# a Latin-1 file is read and converted; invalid UTF-8 is repaired
printf 'Le pr\351sident fran\347ais a appel\351 mardi \340 la fin imm\351diate de l\47op\351ration militaire dans la r\351gion.\n' >"$T/latin1.txt"
run brief "$T/latin1.txt"
rc_is 0; out_has "président français"
printf 'Le pr\303\251sident a parl\303\251 du conflit dans la r\303\251gion \377 mardi soir devant la presse.\n' >"$T/bad.txt"
run brief --format json "$T/bad.txt"
rc_is 0; out_has '"repaired_bytes": 1'
finish
