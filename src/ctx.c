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

void precis_ctx_free(precis_ctx *ctx)
{
    if (!ctx) return;
    for (size_t i = 0; i < ctx->n_stemmers; i++)
        if (ctx->stemmers[i].st) sb_stemmer_delete(ctx->stemmers[i].st);
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
