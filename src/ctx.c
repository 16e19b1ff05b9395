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
    o.max_input_bytes = (size_t)64 << 20;
    o.time_cap_ms = 200.0;
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
    if (c->opt.words == 0) c->opt.words = 120;
    if (c->opt.max_input_bytes == 0) c->opt.max_input_bytes = (size_t)64 << 20;
    if (c->opt.lang[0] == '\0') memcpy(c->opt.lang, "auto", 5);
    *out = c;
    return PRECIS_OK;
}

void precis_ctx_free(precis_ctx *ctx)
{
    if (!ctx) return;
    for (size_t i = 0; i < ctx->n_stemmers; i++)
        if (ctx->stemmers[i].st) sb_stemmer_delete(ctx->stemmers[i].st);
    pr_intern_free(&ctx->stem_keys);
    pr_free(ctx->stem_ent);
    pr_buf_free(&ctx->stem_pool);
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
    pr_intern_free(&ctx->stem_keys);
    pr_buf_free(&ctx->stem_pool); /* also clears a sticky out-of-memory flag */
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
    char key[STEM_KEY_MAX + 1];
    key[0] = (char)(si + 1);
    memcpy(key + 1, w, n);
    uint32_t known = pr_intern_find(&ctx->stem_keys, key, n + 1);
    if (known != UINT32_MAX) {
        *outlen = ctx->stem_ent[known].len;
        return ctx->stem_pool.data + ctx->stem_ent[known].off;
    }
    const sb_symbol *sym = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
    if (!sym) return NULL;
    size_t sl = (size_t)sb_stemmer_length(st);
    *outlen = sl;
    if (ctx->stem_keys.n >= STEM_CACHE_MAX || ctx->stem_pool.len + sl + 1 > UINT32_MAX) stem_cache_reset(ctx);
    /* a failure to cache is not an error: the stem is still returned */
    size_t id = ctx->stem_keys.n, off = ctx->stem_pool.len;
    if (!PR_GROW(ctx->stem_ent, ctx->stem_cap, id + 1) || !pr_buf_put(&ctx->stem_pool, sym, sl) ||
        pr_intern_add(&ctx->stem_keys, key, n + 1) != id) {
        /* out of memory: drop the cache rather than keep it inconsistent */
        stem_cache_reset(ctx);
        return (const char *)sym;
    }
    ctx->stem_ent[id].off = (uint32_t)off;
    ctx->stem_ent[id].len = (uint32_t)sl;
    return ctx->stem_pool.data + off;
}
