/*
 * idmap.h — a map from 32-bit ids (not 0) to 32-bit values (not 0): open addressing, linear
 * probing, at most half full, deletion by backward shift (no tombstones). Used to key the
 * in-memory records of live stories by story id (cluster.c, store.c), so that their memory
 * follows the stories in the window, not every id ever created.
 */
#ifndef PR_IDMAP_H
#define PR_IDMAP_H

#include "internal.h"
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef struct pr_idmap {
    uint32_t *key, *val;   /* key 0: empty */
    size_t cap, n;         /* cap: 0 or a power of two */
} pr_idmap;

static inline size_t pr_idmap_home(const pr_idmap *m, uint32_t k)
{
    uint32_t h = k * 0x9E3779B1u;
    return (size_t)(h ^ (h >> 15)) & (m->cap - 1);
}

/* The value of key k, 0 if absent. */
static inline uint32_t pr_idmap_get(const pr_idmap *m, uint32_t k)
{
    if (!m->cap) return 0;
    size_t mask = m->cap - 1;
    for (size_t i = pr_idmap_home(m, k);; i = (i + 1) & mask) {
        if (m->key[i] == k) return m->val[i];
        if (!m->key[i]) return 0;
    }
}

static inline void pr_idmap_put_nogrow(pr_idmap *m, uint32_t k, uint32_t v)
{
    size_t mask = m->cap - 1;
    size_t i = pr_idmap_home(m, k);
    while (m->key[i] && m->key[i] != k) i = (i + 1) & mask;
    if (!m->key[i]) { m->key[i] = k; m->n++; }
    m->val[i] = v;
}

/* Resizes to ncap slots (a power of two, more than twice n). False on OOM (map unchanged). */
static inline bool pr_idmap_resize(pr_idmap *m, size_t ncap)
{
    uint32_t *nk = pr_calloc(ncap, sizeof *nk), *nv = pr_malloc(ncap * sizeof *nv);
    if (!nk || !nv) { pr_free(nk); pr_free(nv); return false; }
    pr_idmap o = *m;
    m->key = nk; m->val = nv; m->cap = ncap; m->n = 0;
    for (size_t i = 0; i < o.cap; i++)
        if (o.key[i]) pr_idmap_put_nogrow(m, o.key[i], o.val[i]);
    pr_free(o.key); pr_free(o.val);
    return true;
}

/* Sets key k (not 0) to v (not 0). False on OOM (map unchanged). */
static inline bool pr_idmap_put(pr_idmap *m, uint32_t k, uint32_t v)
{
    if ((m->n + 1) * 2 > m->cap && !pr_idmap_resize(m, m->cap ? m->cap * 2 : 16)) return false;
    pr_idmap_put_nogrow(m, k, v);
    return true;
}

/* Removes key k if present; gives room back when the map is less than 1/8 full. */
static inline void pr_idmap_del(pr_idmap *m, uint32_t k)
{
    if (!m->cap) return;
    size_t mask = m->cap - 1, i = pr_idmap_home(m, k);
    while (m->key[i] != k) {
        if (!m->key[i]) return;
        i = (i + 1) & mask;
    }
    /* backward shift: an entry after the hole moves into it unless its home lies cyclically
     * in (hole, entry] */
    for (size_t j = (i + 1) & mask; m->key[j]; j = (j + 1) & mask) {
        size_t h = pr_idmap_home(m, m->key[j]);
        bool stays = i <= j ? (h > i && h <= j) : (h > i || h <= j);
        if (stays) continue;
        m->key[i] = m->key[j]; m->val[i] = m->val[j];
        i = j;
    }
    m->key[i] = 0;
    m->n--;
    if (m->cap > 64 && m->n * 8 < m->cap) pr_idmap_resize(m, m->cap / 2); /* on OOM it stays */
}

static inline void pr_idmap_free(pr_idmap *m)
{
    pr_free(m->key); pr_free(m->val);
    memset(m, 0, sizeof *m);
}

static inline size_t pr_idmap_memory(const pr_idmap *m) { return m->cap * 8; }

#endif
