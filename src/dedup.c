/*
 * dedup.c — exact and near-duplicate detection (see dedup.h and docs/store.md).
 *
 * Method. Words (and numbers) of the cleaned text, lower-cased, are hashed; the exact signature
 * is a hash of their sequence. Every run of 4 words (a shingle) is hashed once; one-permutation
 * MinHash (Li, Owen & Zhang 2012) keeps, in each of 64 bins chosen by the top bits of the hash,
 * the smallest low half; empty bins are filled from the next non-empty bin ("densification",
 * Shrivastava 2017), so short texts still get a full signature. The fraction of equal bins
 * estimates the Jaccard similarity of the shingle sets. Candidates come from an LSH index:
 * 21 bands of 3 bins, each band hashed to a key; two texts with Jaccard J share a band with
 * probability 1 - (1 - J^3)^21 (0.94 at J = 0.5, 0.998 at J = 0.7), so near copies are found
 * without comparing all pairs. Only the first text of each duplicate group is indexed, so
 * 10,000 copies of one text cost one index entry.
 *
 * Aging: each group keeps the date and the arrival number of its last article; groups out of
 * the window (dedup.h) are skipped by lookups at once and dropped from memory by
 * pr_dedup_expire(), which compacts the arrays once a quarter of them is dead, so memory
 * follows the number of groups in the window, not the length of the stream.
 *
 * Limits: machine translations of one wire story by different engines share few 4-word runs
 * and are not copies here (they are grouped by story clustering instead); each band key walks at
 * most PR_LSH_WALK entries, so a flood of colliding keys cannot make a lookup slow.
 */
#include "dedup.h"
#include <string.h>

#define PR_LSH_WALK 64

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

void pr_dupsig_compute(const precis_doc *doc, pr_dupsig *sig)
{
    memset(sig, 0, sizeof *sig);
    for (size_t b = 0; b < PR_MH_K; b++) sig->mh[b] = UINT32_MAX;
    uint64_t win[4] = {0, 0, 0, 0};
    size_t nw = 0;
    uint64_t ex = 0x84222325cbf29ce4ull;
    for (size_t i = 0; i < doc->n_toks; i++) {
        const pr_token *t = &doc->toks[i];
        if (t->kind != PR_TOK_WORD && t->kind != PR_TOK_NUM) continue;
        const char *low = pr_tok_lower(doc, t);
        uint64_t th = mix64(pr_hash64(low, strlen(low)));
        ex = mix64(ex ^ th) + 0x9e3779b97f4a7c15ull;
        win[0] = win[1]; win[1] = win[2]; win[2] = win[3]; win[3] = th;
        if (++nw < 4) continue;
        uint64_t h = mix64(win[0] ^ rotl64(win[1], 17) ^ rotl64(win[2], 31) ^ rotl64(win[3], 47));
        uint32_t bin = (uint32_t)(h >> 58), v = (uint32_t)h;
        if (v < sig->mh[bin]) sig->mh[bin] = v;
        sig->n_shingles++;
    }
    sig->exact = nw ? (ex ? ex : 1) : 0;
    if (!sig->n_shingles) return;
    /* densification: an empty bin borrows the next non-empty one, offset by the distance so
     * that two texts agree on it only when they agree on the bin borrowed from */
    uint32_t orig[PR_MH_K];
    memcpy(orig, sig->mh, sizeof orig);
    for (size_t b = 0; b < PR_MH_K; b++) {
        if (orig[b] != UINT32_MAX) continue;
        for (size_t k = 1; k < PR_MH_K; k++) {
            size_t j = (b + k) % PR_MH_K;
            if (orig[j] != UINT32_MAX) { sig->mh[b] = orig[j] + (uint32_t)k * 0x9e3779b1u; break; }
        }
    }
}

double pr_dupsig_similarity(const pr_dupsig *a, const pr_dupsig *b)
{
    if (a->exact && a->exact == b->exact) return 1.0;
    if (!a->n_shingles || !b->n_shingles) return 0.0;
    unsigned eq = 0;
    for (size_t i = 0; i < PR_MH_K; i++) eq += a->mh[i] == b->mh[i];
    return (double)eq / PR_MH_K;
}

typedef struct lsh_entry { uint64_t key; uint32_t slot; uint32_t next; } lsh_entry;

#define DEAD UINT32_MAX  /* items[slot] of a group dropped, until the arrays are compacted */

struct pr_dedup {
    pr_dupsig *sigs; uint32_t *items; size_t n, cap, cap_items; /* slot -> signature, caller's item */
    int64_t *last_ts; uint64_t *last_clock; size_t cap_ts, cap_clock; /* slot -> last article */
    size_t n_dead;
    uint64_t *ex_keys; uint32_t *ex_vals; size_t ex_n, ex_cap; /* exact hash -> slot + 1 */
    uint32_t *heads; size_t nheads;                    /* band key -> entry + 1 */
    lsh_entry *ent; size_t n_ent, cap_ent;
    int64_t window_secs, newest_ts;
    uint64_t window_items, clock;
};

pr_dedup *pr_dedup_new(void)
{
    pr_dedup *d = pr_calloc(1, sizeof(pr_dedup));
    if (d) d->newest_ts = PR_TS_NONE;
    return d;
}

void pr_dedup_free(pr_dedup *d)
{
    if (!d) return;
    pr_free(d->sigs); pr_free(d->items);
    pr_free(d->last_ts); pr_free(d->last_clock);
    pr_free(d->ex_keys); pr_free(d->ex_vals);
    pr_free(d->heads); pr_free(d->ent);
    pr_free(d);
}

size_t pr_dedup_count(const pr_dedup *d) { return d ? d->n - d->n_dead : 0; }

size_t pr_dedup_memory(const pr_dedup *d)
{
    if (!d) return 0;
    return d->cap * sizeof(pr_dupsig) + d->cap_items * sizeof(uint32_t) + d->cap_ts * 8 + d->cap_clock * 8 +
           d->ex_cap * 12 + d->nheads * 4 + d->cap_ent * sizeof(lsh_entry);
}

void pr_dedup_set_window(pr_dedup *d, int64_t window_secs, uint64_t window_items)
{
    if (!d) return;
    d->window_secs = window_secs;
    d->window_items = window_items;
}

void pr_dedup_advance(pr_dedup *d, int64_t ts, uint64_t clock)
{
    if (!d) return;
    if (ts != PR_TS_NONE && (d->newest_ts == PR_TS_NONE || ts > d->newest_ts)) d->newest_ts = ts;
    if (clock > d->clock) d->clock = clock;
}

int64_t pr_dedup_newest(const pr_dedup *d) { return d ? d->newest_ts : PR_TS_NONE; }

bool pr_dedup_in_window(const pr_dedup *d, int64_t ts, uint64_t clock)
{
    if (ts != PR_TS_NONE && d->newest_ts != PR_TS_NONE)
        return d->window_secs <= 0 || d->newest_ts - ts <= d->window_secs;
    return d->window_items == 0 || clock >= d->clock || d->clock - clock <= d->window_items;
}

static inline bool alive(const pr_dedup *d, uint32_t slot)
{
    return d->items[slot] != DEAD && pr_dedup_in_window(d, d->last_ts[slot], d->last_clock[slot]);
}

void pr_dedup_touch(pr_dedup *d, uint32_t slot, int64_t ts, uint64_t clock)
{
    if (!d || slot >= d->n || d->items[slot] == DEAD) return;
    if (ts != PR_TS_NONE && (d->last_ts[slot] == PR_TS_NONE || ts > d->last_ts[slot])) d->last_ts[slot] = ts;
    if (clock > d->last_clock[slot]) d->last_clock[slot] = clock;
}

static uint64_t band_key(const pr_dupsig *s, size_t band)
{
    uint64_t h = 0x51ed27071c8f4ab5ull * (band + 1);
    for (size_t r = 0; r < PR_LSH_ROWS; r++) h = mix64(h ^ s->mh[band * PR_LSH_ROWS + r]);
    return h;
}

static bool ex_insert(pr_dedup *d, uint64_t key, uint32_t val)
{
    if ((d->ex_n + 1) * 2 > d->ex_cap) {
        size_t nc = d->ex_cap ? d->ex_cap * 2 : 1024;
        uint64_t *nk = pr_calloc(nc, sizeof *nk);
        uint32_t *nv = pr_calloc(nc, sizeof *nv);
        if (!nk || !nv) { pr_free(nk); pr_free(nv); return false; }
        for (size_t i = 0; i < d->ex_cap; i++) {
            if (!d->ex_vals[i]) continue;
            size_t j = (size_t)mix64(d->ex_keys[i]) & (nc - 1);
            while (nv[j]) j = (j + 1) & (nc - 1);
            nk[j] = d->ex_keys[i]; nv[j] = d->ex_vals[i];
        }
        pr_free(d->ex_keys); pr_free(d->ex_vals);
        d->ex_keys = nk; d->ex_vals = nv; d->ex_cap = nc;
    }
    size_t j = (size_t)mix64(key) & (d->ex_cap - 1);
    while (d->ex_vals[j]) {
        if (d->ex_keys[j] == key) {
            /* keep the first text with this hash while it is in the window */
            if (!alive(d, d->ex_vals[j] - 1)) d->ex_vals[j] = val;
            return true;
        }
        j = (j + 1) & (d->ex_cap - 1);
    }
    d->ex_keys[j] = key; d->ex_vals[j] = val; d->ex_n++;
    return true;
}

static uint32_t ex_find(const pr_dedup *d, uint64_t key)
{
    if (!d->ex_cap) return 0;
    size_t j = (size_t)mix64(key) & (d->ex_cap - 1);
    while (d->ex_vals[j]) {
        if (d->ex_keys[j] == key) return d->ex_vals[j];
        j = (j + 1) & (d->ex_cap - 1);
    }
    return 0;
}

static bool lsh_rehash(pr_dedup *d, size_t nh)
{
    uint32_t *h = pr_calloc(nh, sizeof *h);
    if (!h) return false;
    for (size_t e = 0; e < d->n_ent; e++) {
        size_t b = (size_t)d->ent[e].key & (nh - 1);
        d->ent[e].next = h[b];
        h[b] = (uint32_t)e + 1;
    }
    pr_free(d->heads);
    d->heads = h; d->nheads = nh;
    return true;
}

bool pr_dedup_add(pr_dedup *d, uint32_t item, const pr_dupsig *sig, int64_t ts, uint64_t clock)
{
    if (!d || !sig || item == DEAD) return false;
    if (d->n >= UINT32_MAX - 1) return false;
    if (!PR_GROW(d->sigs, d->cap, d->n + 1)) return false;
    if (!PR_GROW(d->last_ts, d->cap_ts, d->n + 1)) return false;
    if (!PR_GROW(d->last_clock, d->cap_clock, d->n + 1)) return false;
    if (!PR_GROW(d->items, d->cap_items, d->n + 1)) return false;
    uint32_t slot = (uint32_t)d->n;
    d->sigs[slot] = *sig;
    d->items[slot] = item;
    d->last_ts[slot] = ts;
    d->last_clock[slot] = clock;
    bool banded = sig->n_shingles >= PR_DUP_MIN_SHINGLES;
    /* every allocation first, so that a failure leaves the index as it was */
    if (banded) {
        if (!PR_GROW(d->ent, d->cap_ent, d->n_ent + PR_LSH_BANDS)) return false;
        if (d->n_ent + PR_LSH_BANDS > d->nheads && !lsh_rehash(d, d->nheads ? d->nheads * 2 : 4096))
            return false;
    }
    if (sig->exact && !ex_insert(d, sig->exact, slot + 1)) return false;
    if (banded) {
        for (size_t b = 0; b < PR_LSH_BANDS; b++) {
            lsh_entry *e = &d->ent[d->n_ent];
            e->key = band_key(sig, b);
            e->slot = slot;
            size_t hb = (size_t)e->key & (d->nheads - 1);
            e->next = d->heads[hb];
            d->heads[hb] = (uint32_t)d->n_ent + 1;
            d->n_ent++;
        }
    }
    d->n++;
    pr_dedup_advance(d, ts, clock);
    return true;
}

bool pr_dedup_find(const pr_dedup *d, const pr_dupsig *sig, uint32_t exclude, uint32_t *item,
                   double *sim, bool *exact, uint32_t *slot)
{
    if (!d || !sig || d->n == d->n_dead) return false;
    if (sig->exact) {
        uint32_t v = ex_find(d, sig->exact);
        if (v && d->items[v - 1] != exclude && alive(d, v - 1)) {
            *item = d->items[v - 1]; *sim = 1.0; *exact = true;
            if (slot) *slot = v - 1;
            return true;
        }
    }
    if (sig->n_shingles < PR_DUP_MIN_SHINGLES || !d->nheads) return false;
    /* candidates: at most PR_LSH_BANDS * PR_LSH_WALK, de-duplicated in a small list */
    uint32_t seen[PR_LSH_BANDS * 8];
    size_t n_seen = 0;
    double best = -1.0;
    uint32_t best_slot = 0;
    for (size_t b = 0; b < PR_LSH_BANDS; b++) {
        uint64_t key = band_key(sig, b);
        uint32_t e = d->heads[(size_t)key & (d->nheads - 1)];
        for (size_t walked = 0; e && walked < PR_LSH_WALK; walked++) {
            const lsh_entry *en = &d->ent[e - 1];
            e = en->next;
            if (en->key != key) continue;
            uint32_t s = en->slot;
            if (d->items[s] == exclude || !alive(d, s)) continue;
            bool dup = false;
            for (size_t k = 0; k < n_seen; k++) if (seen[k] == s) { dup = true; break; }
            if (dup) continue;
            if (n_seen < sizeof seen / sizeof seen[0]) seen[n_seen++] = s;
            double j = pr_dupsig_similarity(sig, &d->sigs[s]);
            if (j > best || (j == best && s < best_slot)) { best = j; best_slot = s; }
        }
    }
    if (best < PR_DUP_JACCARD) return false;
    *item = d->items[best_slot];
    *sim = best;
    *exact = false;
    if (slot) *slot = best_slot;
    return true;
}

/* Shrinks *p (n elements of size sz, capacity *cap) to about n + n/4 when it is more than
 * twice that; a failed realloc keeps the larger block. */
static void shrink(void **p, size_t *cap, size_t n, size_t sz)
{
    size_t want = n + n / 4 + 16;
    if (*cap <= 2 * want) return;
    void *q = pr_realloc(*p, want * sz);
    if (q) { *p = q; *cap = want; }
}

/* Rebuilds the exact table from the slots, in slot order (the first text of each hash is the
 * one kept), in arrays of ex_cap entries. */
static void ex_refill(pr_dedup *d)
{
    memset(d->ex_vals, 0, d->ex_cap * sizeof *d->ex_vals);
    d->ex_n = 0;
    for (size_t s = 0; s < d->n; s++) {
        uint64_t key = d->sigs[s].exact;
        if (!key) continue;
        size_t j = (size_t)mix64(key) & (d->ex_cap - 1);
        while (d->ex_vals[j] && d->ex_keys[j] != key) j = (j + 1) & (d->ex_cap - 1);
        if (d->ex_vals[j]) continue;
        d->ex_keys[j] = key; d->ex_vals[j] = (uint32_t)s + 1; d->ex_n++;
    }
}

/* Removes the dead slots in place (the order of the others is kept), renumbers the LSH
 * entries, rebuilds the chains and the exact table, and gives back the room not needed. In
 * place: the index is never held twice. false on OOM (nothing changed). */
static bool compact(pr_dedup *d)
{
    uint32_t *remap = pr_malloc((d->n ? d->n : 1) * sizeof *remap);
    if (!remap) return false;
    size_t k = 0;
    for (size_t s = 0; s < d->n; s++) {
        if (d->items[s] == DEAD) { remap[s] = DEAD; continue; }
        remap[s] = (uint32_t)k;
        d->sigs[k] = d->sigs[s]; d->items[k] = d->items[s];
        d->last_ts[k] = d->last_ts[s]; d->last_clock[k] = d->last_clock[s];
        k++;
    }
    size_t ne = 0;
    for (size_t e = 0; e < d->n_ent; e++) {
        uint32_t ns = remap[d->ent[e].slot];
        if (ns == DEAD) continue;
        d->ent[ne] = d->ent[e];
        d->ent[ne++].slot = ns;
    }
    pr_free(remap);
    d->n = k; d->n_dead = 0; d->n_ent = ne;
    shrink((void **)&d->sigs, &d->cap, k, sizeof *d->sigs);
    shrink((void **)&d->items, &d->cap_items, k, sizeof *d->items);
    shrink((void **)&d->last_ts, &d->cap_ts, k, sizeof *d->last_ts);
    shrink((void **)&d->last_clock, &d->cap_clock, k, sizeof *d->last_clock);
    shrink((void **)&d->ent, &d->cap_ent, ne, sizeof *d->ent);
    /* chains: fewer heads when the entries fell well below them */
    size_t nh = 4096;
    while (nh < ne) nh *= 2;
    if (d->nheads && (nh >= d->nheads || !lsh_rehash(d, nh))) {
        memset(d->heads, 0, d->nheads * sizeof *d->heads);
        for (size_t e = 0; e < d->n_ent; e++) {
            size_t b = (size_t)d->ent[e].key & (d->nheads - 1);
            d->ent[e].next = d->heads[b];
            d->heads[b] = (uint32_t)e + 1;
        }
    }
    /* exact table: smaller arrays when it is more than 4 times too big */
    size_t ec = 1024;
    while (ec < 2 * k + 2) ec *= 2;
    if (ec * 4 <= d->ex_cap) {
        uint64_t *nk = pr_malloc(ec * sizeof *nk);
        uint32_t *nv = pr_malloc(ec * sizeof *nv);
        if (nk && nv) {
            pr_free(d->ex_keys); pr_free(d->ex_vals);
            d->ex_keys = nk; d->ex_vals = nv; d->ex_cap = ec;
        } else { pr_free(nk); pr_free(nv); }
    }
    if (d->ex_cap) ex_refill(d);
    return true;
}

size_t pr_dedup_expire(pr_dedup *d, uint64_t *oldest_clock)
{
    if (oldest_clock) *oldest_clock = UINT64_MAX;
    if (!d) return 0;
    size_t dropped = 0;
    uint64_t oldest = UINT64_MAX;
    for (size_t s = 0; s < d->n; s++) {
        if (d->items[s] == DEAD) continue;
        if (!alive(d, (uint32_t)s)) { d->items[s] = DEAD; d->n_dead++; dropped++; }
        else if (d->last_clock[s] < oldest) oldest = d->last_clock[s];
    }
    /* compacting costs a pass over the index: only once a quarter of it is dead (a failed
     * compaction leaves the dead slots in place, skipped, for the next try) */
    if (d->n_dead && d->n_dead * 4 >= d->n) (void)compact(d);
    if (oldest_clock) *oldest_clock = oldest;
    return dropped;
}
