/*
 * intern.c — string interning: each distinct string gets a dense id (0, 1, 2, ...).
 * Open addressing with linear probing over a power-of-two table kept at most half full;
 * FNV-1a hashing. Used for stems and n-grams in story-level statistics.
 */
#include "internal.h"
#include <string.h>

uint64_t pr_hash64(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
    return h;
}

void pr_intern_init(pr_intern *in) { memset(in, 0, sizeof *in); }

void pr_intern_free(pr_intern *in)
{
    pr_buf_free(&in->pool);
    pr_free(in->offs);
    pr_free(in->slots);
    memset(in, 0, sizeof *in);
}

/* Slots hold (32-bit hash << 32) | (id + 1), 0 = empty: a probe compares strings only when
 * the hashes agree, and growing the table never re-reads the strings. */
static uint32_t hash32(const char *s, size_t n)
{
    uint64_t h = pr_hash64(s, n);
    return (uint32_t)(h ^ (h >> 32));
}

static size_t str_len(const pr_intern *in, uint32_t id)
{
    size_t end = id + 1 < in->n ? in->offs[id + 1] : in->pool.len;
    return end - in->offs[id] - 1;
}

static size_t probe(const pr_intern *in, const char *s, size_t n, uint32_t h, bool *found)
{
    size_t mask = in->nslots - 1;
    size_t i = h & mask;
    for (;;) {
        uint64_t v = in->slots[i];
        if (v == 0) { *found = false; return i; }
        if ((uint32_t)(v >> 32) == h) {
            uint32_t id = (uint32_t)v - 1;
            if (str_len(in, id) == n && memcmp(in->pool.data + in->offs[id], s, n) == 0) { *found = true; return i; }
        }
        i = (i + 1) & mask;
    }
}

uint32_t pr_intern_find(const pr_intern *in, const char *s, size_t n)
{
    if (!in->nslots) return UINT32_MAX;
    bool found;
    size_t i = probe(in, s, n, hash32(s, n), &found);
    return found ? (uint32_t)in->slots[i] - 1 : UINT32_MAX;
}

static bool rehash(pr_intern *in, size_t nslots)
{
    uint64_t *ns = pr_calloc(nslots, sizeof *ns);
    if (!ns) return false;
    for (size_t k = 0; k < in->nslots; k++) {
        uint64_t v = in->slots[k];
        if (!v) continue;
        size_t i = (uint32_t)(v >> 32) & (nslots - 1);
        while (ns[i]) i = (i + 1) & (nslots - 1);
        ns[i] = v;
    }
    pr_free(in->slots);
    in->slots = ns;
    in->nslots = nslots;
    return true;
}

uint32_t pr_intern_add(pr_intern *in, const char *s, size_t n)
{
    if ((in->n + 1) * 2 > in->nslots && !rehash(in, in->nslots ? in->nslots * 2 : 256)) return UINT32_MAX;
    bool found;
    uint32_t h = hash32(s, n);
    size_t i = probe(in, s, n, h, &found);
    if (found) return (uint32_t)in->slots[i] - 1;
    if (in->n >= UINT32_MAX - 1 || !PR_GROW(in->offs, in->cap, in->n + 1)) return UINT32_MAX;
    uint32_t off = (uint32_t)in->pool.len;
    if (!pr_buf_put(&in->pool, s, n) || !pr_buf_putc(&in->pool, '\0')) {
        in->pool.len = off; /* lengths come from the offsets: no partial string stays */
        if (in->pool.data) in->pool.data[off] = '\0';
        return UINT32_MAX;
    }
    in->offs[in->n] = off;
    in->slots[i] = (uint64_t)h << 32 | ((uint64_t)in->n + 1);
    return (uint32_t)in->n++;
}
