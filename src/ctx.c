/*
 * ctx.c — the context: options, the last error message, and the Snowball stemmers.
 *
 * A context is the per-thread state of the library: Snowball stemmers are not re-entrant, so
 * each context creates its own on first use and frees them with the context.
 */
#include "internal.h"
#include <libstemmer.h>
#include <stdio.h>
#include <string.h>

const char *precis_version(void) { return PRECIS_VERSION_STRING; }

const char *precis_strerror(precis_status st)
{
    switch (st) {
    case PRECIS_OK: return "ok";
    case PRECIS_ERR_NOMEM: return "out of memory";
    case PRECIS_ERR_ARG: return "invalid argument";
    case PRECIS_ERR_IO: return "cannot read input";
    case PRECIS_ERR_EMPTY: return "no text";
    case PRECIS_ERR_BINARY: return "binary data, not text";
    case PRECIS_ERR_FORMAT: return "malformed input";
    case PRECIS_ERR_LIMIT: return "size limit reached";
    case PRECIS_ERR_NOTFOUND: return "not found";
    case PRECIS_ERR_DB: return "store error";
    }
    return "unknown status";
}

precis_options precis_options_default(void)
{
    precis_options o;
    memset(&o, 0, sizeof o);
    o.words = 120;
    memcpy(o.lang, "auto", 5);
    memcpy(o.labels, "auto", 5);
    o.max_input_bytes = (size_t)64 << 20;
    o.time_cap_ms = 200.0;
    o.story_window_days = 6.0;
    o.copy_window_days = 7.0;
    o.window_articles = 50000;
    return o;
}

precis_status precis_ctx_new(const precis_options *options, precis_ctx **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    precis_ctx *c = pr_calloc(1, sizeof *c);
    if (!c) return PRECIS_ERR_NOMEM;
    c->opt = options ? *options : precis_options_default();
    c->opt.lang[sizeof c->opt.lang - 1] = '\0';
    c->opt.labels[sizeof c->opt.labels - 1] = '\0';
    if (c->opt.words == 0) c->opt.words = 120;
    if (c->opt.max_input_bytes == 0) c->opt.max_input_bytes = (size_t)64 << 20;
    if (c->opt.lang[0] == '\0') memcpy(c->opt.lang, "auto", 5);
    /* !(x > 0) also catches NaN; a window of more than ~300 years is as good as none */
    if (!(c->opt.story_window_days > 0)) c->opt.story_window_days = 6.0;
    if (!(c->opt.copy_window_days > 0)) c->opt.copy_window_days = 7.0;
    if (c->opt.story_window_days > 1e5) c->opt.story_window_days = 1e5;
    if (c->opt.copy_window_days > 1e5) c->opt.copy_window_days = 1e5;
    if (c->opt.window_articles == 0) c->opt.window_articles = 50000;
    *out = c;
    return PRECIS_OK;
}

static void stem_cache_reset(precis_ctx *ctx);

void precis_ctx_free(precis_ctx *ctx)
{
    if (!ctx) return;
    for (size_t i = 0; i < ctx->n_stemmers; i++)
        if (ctx->stemmers[i].st) sb_stemmer_delete(ctx->stemmers[i].st);
    stem_cache_reset(ctx);
    pr_free(ctx);
}

const precis_options *precis_ctx_options(const precis_ctx *ctx) { return ctx ? &ctx->opt : NULL; }
const char *precis_ctx_errmsg(const precis_ctx *ctx) { return ctx ? ctx->err : ""; }

precis_status pr_error(precis_ctx *ctx, precis_status st, const char *fmt, ...)
{
    if (!ctx) return st;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ctx->err, sizeof ctx->err, fmt, ap);
    va_end(ap);
    return st;
}

void pr_log(precis_ctx *ctx, precis_log_level lvl, const char *fmt, ...)
{
    if (!ctx || !ctx->opt.log) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ctx->opt.log(ctx->opt.log_userdata, lvl, msg);
}

struct sb_stemmer *pr_ctx_stemmer(precis_ctx *ctx, const char *lang)
{
    const pr_lang *l = pr_lang_get(lang);
    if (!ctx || !l) return NULL;
    for (size_t i = 0; i < ctx->n_stemmers; i++)
        if (ctx->stemmers[i].lang == l->code) return ctx->stemmers[i].st;
    if (ctx->n_stemmers == PR_MAX_STEMMERS) return NULL;
    struct sb_stemmer *st = sb_stemmer_new(l->snowball, "UTF_8");
    ctx->stemmers[ctx->n_stemmers].lang = l->code;
    ctx->stemmers[ctx->n_stemmers].st = st; /* NULL (OOM) is cached too: no stemming */
    ctx->n_stemmers++;
    return st;
}

/* The cache holds at most STEM_CACHE_MAX words (a few MB); when full it starts over, so memory
 * stays bounded on any stream while a day of news (tens of thousands of distinct words per
 * language) mostly hits. Words longer than STEM_KEY_MAX bytes are stemmed uncached. */
#define STEM_CACHE_MAX 65536
#define STEM_KEY_MAX 128

static void stem_cache_reset(precis_ctx *ctx)
{
    pr_free(ctx->stem_slots);
    ctx->stem_slots = NULL;
    ctx->stem_nslots = ctx->stem_n = 0;
    pr_buf_free(&ctx->stem_pool); /* also clears a sticky out-of-memory flag */
}

/* Doubles the table (from 1,024 slots); false on OOM. */
static bool stem_cache_grow(precis_ctx *ctx)
{
    size_t nn = ctx->stem_nslots ? ctx->stem_nslots * 2 : 1024;
    struct pr_stem_slot *ns = pr_calloc(nn, sizeof *ns);
    if (!ns) return false;
    for (size_t k = 0; k < ctx->stem_nslots; k++) {
        const struct pr_stem_slot *o = &ctx->stem_slots[k];
        if (!o->klen1) continue;
        size_t i = o->hash & (nn - 1);
        while (ns[i].klen1) i = (i + 1) & (nn - 1);
        ns[i] = *o;
    }
    pr_free(ctx->stem_slots);
    ctx->stem_slots = ns;
    ctx->stem_nslots = nn;
    return true;
}

const char *pr_ctx_stem(precis_ctx *ctx, struct sb_stemmer *st, const char *w, size_t n, size_t *outlen)
{
    if (!ctx || !st) return NULL;
    size_t si = 0;
    while (si < ctx->n_stemmers && ctx->stemmers[si].st != st) si++;
    if (si == ctx->n_stemmers || n > STEM_KEY_MAX) {
        const sb_symbol *sym = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
        if (!sym) return NULL;
        *outlen = (size_t)sb_stemmer_length(st);
        return (const char *)sym;
    }
    uint32_t h = 2166136261u ^ (uint32_t)si;
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)w[k]) * 16777619u;
    size_t i = 0;
    if (ctx->stem_nslots) {
        size_t mask = ctx->stem_nslots - 1;
        for (i = h & mask; ctx->stem_slots[i].klen1; i = (i + 1) & mask) {
            const struct pr_stem_slot *e = &ctx->stem_slots[i];
            if (e->hash == h && e->klen1 == n + 1 && e->lang == si &&
                memcmp(ctx->stem_pool.data + e->off, w, n) == 0) {
                *outlen = e->slen;
                return ctx->stem_pool.data + e->off + n;
            }
        }
    }
    const sb_symbol *sym = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
    if (!sym) return NULL;
    size_t sl = (size_t)sb_stemmer_length(st);
    *outlen = sl;
    /* a word inside the cache's own pool (a stem it returned) would move under pr_buf_put */
    uintptr_t pool = (uintptr_t)ctx->stem_pool.data;
    if (sl > UINT16_MAX || (pool && (uintptr_t)w - pool < ctx->stem_pool.cap)) return (const char *)sym;
    bool fresh = false;
    if (ctx->stem_n >= STEM_CACHE_MAX || ctx->stem_pool.len + n + sl > UINT32_MAX) { stem_cache_reset(ctx); fresh = true; }
    if ((ctx->stem_n + 1) * 2 > ctx->stem_nslots) {
        if (!stem_cache_grow(ctx)) { stem_cache_reset(ctx); return (const char *)sym; }
        fresh = true;
    }
    if (fresh) { /* the slot found above is stale: probe again */
        size_t mask = ctx->stem_nslots - 1;
        for (i = h & mask; ctx->stem_slots[i].klen1; i = (i + 1) & mask) {}
    }
    size_t off = ctx->stem_pool.len;
    if (!pr_buf_put(&ctx->stem_pool, w, n) || !pr_buf_put(&ctx->stem_pool, sym, sl)) {
        /* out of memory: drop the cache, the stem is still good */
        stem_cache_reset(ctx);
        return (const char *)sym;
    }
    struct pr_stem_slot *e = &ctx->stem_slots[i];
    e->hash = h;
    e->off = (uint32_t)off;
    e->klen1 = (uint16_t)(n + 1);
    e->slen = (uint16_t)sl;
    e->lang = (uint8_t)si;
    ctx->stem_n++;
    return ctx->stem_pool.data + off + n;
}
