/*
 * buf.c — a growable byte buffer (in the spirit of sds, without the header trick).
 * Appends report failure and also set a sticky `oom` flag, so a long series of appends can be
 * checked once at the end.
 */
#include "internal.h"
#include <stdio.h>
#include <string.h>

void pr_buf_init(pr_buf *b) { memset(b, 0, sizeof *b); }

void pr_buf_free(pr_buf *b)
{
    pr_free(b->data);
    pr_buf_init(b);
}

void pr_buf_clear(pr_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

bool pr_buf_reserve(pr_buf *b, size_t n)
{
    if (b->oom) return false;
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 64;
        while (nc < b->len + n + 1) {
            if (nc > SIZE_MAX / 2) { b->oom = true; return false; }
            nc *= 2;
        }
        char *d = pr_realloc(b->data, nc);
        if (!d) { b->oom = true; return false; }
        b->data = d;
        b->cap = nc;
        b->data[b->len] = '\0';
    }
    return true;
}

bool pr_buf_put(pr_buf *b, const void *p, size_t n)
{
    if (!pr_buf_reserve(b, n)) return false;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

bool pr_buf_puts(pr_buf *b, const char *s) { return pr_buf_put(b, s, strlen(s)); }
bool pr_buf_putc(pr_buf *b, char c) { return pr_buf_put(b, &c, 1); }

bool pr_buf_printf(pr_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { b->oom = true; return false; }
    if ((size_t)n < sizeof small) return pr_buf_put(b, small, (size_t)n);
    char *big = pr_malloc((size_t)n + 1);
    if (!big) { b->oom = true; return false; }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    bool ok = pr_buf_put(b, big, (size_t)n);
    pr_free(big);
    return ok;
}

bool pr_buf_put_cp(pr_buf *b, int32_t cp)
{
    char u[4];
    int n = pr_utf8_encode(cp, u);
    return pr_buf_put(b, u, (size_t)n);
}

const char *pr_buf_cstr(pr_buf *b) { return b->data ? b->data : ""; }

char *pr_buf_detach(pr_buf *b, size_t *len)
{
    char *d = b->data;
    if (!d) d = pr_strdup("");
    if (len) *len = b->len;
    pr_buf_init(b);
    return d;
}
