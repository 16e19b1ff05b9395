/*
 * alloc.c — the one place libprecis allocates.
 *
 * Policy: allocation failure is an ordinary error (PRECIS_ERR_NOMEM) that every caller
 * propagates; nothing aborts. pr_alloc_fail_after() lets tests fail the N-th allocation to
 * check that policy (it is the only mutable static here, and exists for tests alone).
 */
#include "internal.h"
#include <stdlib.h>
#include <string.h>

static long fail_countdown; /* test hook only; 0 = disabled */

void pr_alloc_fail_after(long n) { fail_countdown = n; }

static bool should_fail(void)
{
    if (fail_countdown <= 0) return false;
    return --fail_countdown == 0;
}

void *pr_malloc(size_t n)
{
    if (should_fail()) return NULL;
    return malloc(n ? n : 1);
}

void *pr_calloc(size_t n, size_t size)
{
    if (should_fail()) return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void *pr_realloc(void *p, size_t n)
{
    if (should_fail()) return NULL;
    return realloc(p, n ? n : 1);
}

char *pr_strndup(const char *s, size_t n)
{
    char *d = pr_malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *pr_strdup(const char *s) { return s ? pr_strndup(s, strlen(s)) : NULL; }

void pr_free(void *p) { free(p); }

bool pr_grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return true;
    size_t nc = *cap ? *cap : 8;
    while (nc < need) {
        if (nc > SIZE_MAX / 2 / size) return false;
        nc *= 2;
    }
    void *p = pr_realloc(*arr, nc * size);
    if (!p) return false;
    *arr = p;
    *cap = nc;
    return true;
}

void precis_free(void *p) { free(p); }
