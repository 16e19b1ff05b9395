#!/bin/sh
# tools/eval_cluster_orders.sh [BUILD] [SHARED] [SHUFFLES] — story clustering figures averaged
# over arrival orders: `precis eval cluster` in file order and with --shuffle 1..SHUFFLES
# (default 3), on the union of SHARED/data/clustering/*.jsonl (each set's figures inside the
# union, then the union) and on each set alone. Prints the mean B-cubed F1 and pairwise F1.
#
# Why: one order is a noisy figure. Before the idf prior, RPM2 (10 topics of 20 articles)
# alone scored 0.770 B-cubed F1 in file order and 0.841 on average over four orders (a few
# merges of large topics decide it); differences of +-0.005 between two variants in one order
# are within that noise (docs/store.md, "Story clustering").
BUILD=${1:-build}
SHARED=${2:-../shared}
N=${3:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
PRECIS="$ROOT/$BUILD/precis"
DATA="$SHARED/data/clustering"
[ -x "$PRECIS" ] || { echo "eval_cluster_orders: $PRECIS not built (run make)" >&2; exit 1; }
set -- "$DATA"/*.jsonl
[ -e "$1" ] || { echo "eval_cluster_orders: no data set in $DATA" >&2; exit 1; }
orders="file"
i=1
while [ "$i" -le "$N" ]; do orders="$orders $i"; i=$((i + 1)); done
tmp=${TMPDIR:-/tmp}/precis-orders-$$
trap 'rm -f "$tmp"' EXIT INT TERM
: >"$tmp"
for o in $orders; do
    opt=""
    [ "$o" = file ] || opt="--shuffle $o"
    # rows: "data set  arts gold pred  B3 P R F1  pairwise P R F1"
    "$PRECIS" eval cluster $opt "$@" | awk 'NR > 2 { print "in-union", $1, $7, $10 }' >>"$tmp" || exit 1
    for f in "$@"; do
        "$PRECIS" eval cluster $opt "$f" | tail -n 1 | awk -v n="$(basename "$f")" '{ print "alone", n, $7, $10 }' >>"$tmp" || exit 1
    done
done
echo "precis eval cluster, mean over $(echo $orders | wc -w) orders (file order, --shuffle 1..$N)"
awk '{ k = $1 " " $2; if (!(k in c)) order[++n] = k; b[k] += $3; p[k] += $4; c[k]++ }
     END { printf "%-10s %-44s %8s %12s\n", "", "data set", "B3 F1", "pairwise F1"
           for (i = 1; i <= n; i++) { k = order[i]; split(k, a, " ")
               printf "%-10s %-44s %8.3f %12.3f\n", a[1], a[2], b[k] / c[k], p[k] / c[k] } }' "$tmp"
