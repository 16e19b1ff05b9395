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

static size_t probe(const pr_intern *in, const char *s, size_t n, bool *found)
{
    size_t mask = in->nslots - 1;
    size_t i = (size_t)pr_hash64(s, n) & mask;
    for (;;) {
        uint32_t v = in->slots[i];
        if (v == 0) { *found = false; return i; }
        const char *t = in->pool.data + in->offs[v - 1];
        if (strncmp(t, s, n) == 0 && t[n] == '\0') { *found = true; return i; }
        i = (i + 1) & mask;
    }
}

uint32_t pr_intern_find(const pr_intern *in, const char *s, size_t n)
{
    if (!in->nslots) return UINT32_MAX;
    bool found;
    size_t i = probe(in, s, n, &found);
    return found ? in->slots[i] - 1 : UINT32_MAX;
}

static bool rehash(pr_intern *in, size_t nslots)
{
    uint32_t *ns = pr_calloc(nslots, sizeof *ns);
    if (!ns) return false;
    uint32_t *old = in->slots;
    size_t oldn = in->nslots;
    in->slots = ns;
    in->nslots = nslots;
    for (size_t k = 0; k < oldn; k++) {
        if (!old[k]) continue;
        const char *t = in->pool.data + in->offs[old[k] - 1];
        bool found;
        size_t i = probe(in, t, strlen(t), &found);
        ns[i] = old[k];
    }
    pr_free(old);
    return true;
}

uint32_t pr_intern_add(pr_intern *in, const char *s, size_t n)
{
    if ((in->n + 1) * 2 > in->nslots && !rehash(in, in->nslots ? in->nslots * 2 : 256)) return UINT32_MAX;
    bool found;
    size_t i = probe(in, s, n, &found);
    if (found) return in->slots[i] - 1;
    if (in->n >= UINT32_MAX - 1 || !PR_GROW(in->offs, in->cap, in->n + 1)) return UINT32_MAX;
    uint32_t off = (uint32_t)in->pool.len;
    if (!pr_buf_put(&in->pool, s, n) || !pr_buf_putc(&in->pool, '\0')) return UINT32_MAX;
    in->offs[in->n] = off;
    in->slots[i] = (uint32_t)in->n + 1;
    return (uint32_t)in->n++;
}
