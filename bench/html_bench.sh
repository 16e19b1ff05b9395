#!/bin/sh
# html_bench.sh — run by make bench (bench/run.sh): HTML extraction speed and memory.
BUILD=${1:-build}; SHARED=${2:-../shared}
${CC:-cc} -std=c17 -D_POSIX_C_SOURCE=200809L -O2 -g -Iinclude $(pkg-config --cflags libxml-2.0) bench/html_bench.c -o "$BUILD/html_bench" \
    "$BUILD/libprecis.a" $(pkg-config --libs libutf8proc libxml-2.0 sqlite3 jansson zlib hunspell) -lstemmer -lglpk -lm || exit 1
"$BUILD/html_bench" "$SHARED"
