#!/bin/sh
# make bench: builds bench/bench.c against the library and runs it; prints the machine too.
BUILD=${1:-build}; SHARED=${2:-../shared}
set -e
${CC:-cc} -std=c17 -D_POSIX_C_SOURCE=200809L -O2 -g -Iinclude bench/bench.c -o "$BUILD/bench" \
    "$BUILD/libprecis.a" $(pkg-config --libs libutf8proc libxml-2.0 sqlite3 jansson zlib hunspell) -lstemmer -lglpk -lm
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
"$BUILD/bench" "$SHARED" "$BUILD/share/precis/hunspell"
for extra in bench/*_bench.sh; do [ -f "$extra" ] && sh "$extra" "$BUILD" "$SHARED"; done
exit 0
