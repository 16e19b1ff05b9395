#!/bin/sh
# store_bench.sh BUILD SHARED [N] [dated|undated] — `make bench` part for the store (see bench/store_bench.c).
BUILD=${1:-build}; SHARED=${2:-../shared}; N=${3:-100000}; MODE=${4:-dated}
set -e
${CC:-cc} -std=c17 -D_POSIX_C_SOURCE=200809L -O2 -g -Iinclude bench/store_bench.c -o "$BUILD/store_bench" \
    "$BUILD/libprecis.a" $(pkg-config --libs libutf8proc libxml-2.0 sqlite3 jansson zlib hunspell) -lstemmer -lglpk -lm
"$BUILD/store_bench" "$SHARED" "$N" "${TMPDIR:-/tmp}/precis-store-bench-$$.db" "$MODE"
