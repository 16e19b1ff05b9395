/*
 * ctx.c — the context: options, the last error message, the Snowball stemmers and the
 * morphological dictionaries (Hunspell).
 *
 * A context is the per-thread state of the library: Snowball stemmers are not re-entrant, so
 * each context creates its own on first use and frees them with the context; so with Hunspell.
 */
#include "internal.h"
#include <hunspell/hunspell.h>
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
    if (c->opt.dict_dir) { /* the context keeps its own copy */
        c->dict_dir = pr_strdup(c->opt.dict_dir);
        if (!c->dict_dir) { pr_free(c); return PRECIS_ERR_NOMEM; }
        c->opt.dict_dir = c->dict_dir;
    }
    *out = c;
    return PRECIS_OK;
}

static void stem_cache_reset(precis_ctx *ctx);

void precis_ctx_free(precis_ctx *ctx)
{
    if (!ctx) return;
    for (size_t i = 0; i < ctx->n_stemmers; i++)
        if (ctx->stemmers[i].st) sb_stemmer_delete(ctx->stemmers[i].st);
    for (size_t i = 0; i < ctx->n_morphs; i++)
        if (ctx->morphs[i].h) Hunspell_destroy(ctx->morphs[i].h);
    stem_cache_reset(ctx);
    pr_free(ctx->dict_dir);
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

/* The cached value of word w[0..n) under tag (a stemmer's index, or 0x80 | a dictionary's), or
 * NULL; *h gets the word's hash for cache_put(). */
static const char *cache_get(const precis_ctx *ctx, uint8_t tag, const char *w, size_t n, size_t *outlen, uint32_t *h)
{
    *h = 2166136261u ^ (uint32_t)tag;
    for (size_t k = 0; k < n; k++) *h = (*h ^ (unsigned char)w[k]) * 16777619u;
    if (!ctx->stem_nslots) return NULL;
    size_t mask = ctx->stem_nslots - 1;
    for (size_t i = *h & mask; ctx->stem_slots[i].klen1; i = (i + 1) & mask) {
        const struct pr_stem_slot *e = &ctx->stem_slots[i];
        if (e->hash == *h && e->klen1 == n + 1 && e->lang == tag && memcmp(ctx->stem_pool.data + e->off, w, n) == 0) {
            *outlen = e->slen;
            return ctx->stem_pool.data + e->off + n;
        }
    }
    return NULL;
}

/* Caches value v[0..vl) for word w[0..n) under tag (hash h from cache_get()). Returns the cached
 * copy, or v itself when it could not be cached (out of memory, too long, or w lies in the
 * cache's own pool and would move). */
static const char *cache_put(precis_ctx *ctx, uint8_t tag, uint32_t h, const char *w, size_t n, const char *v, size_t vl)
{
    uintptr_t pool = (uintptr_t)ctx->stem_pool.data;
    if (n > STEM_KEY_MAX || vl > UINT16_MAX || (pool && (uintptr_t)w - pool < ctx->stem_pool.cap)) return v;
    if (ctx->stem_n >= STEM_CACHE_MAX || ctx->stem_pool.len + n + vl > UINT32_MAX) stem_cache_reset(ctx);
    if ((ctx->stem_n + 1) * 2 > ctx->stem_nslots && !stem_cache_grow(ctx)) { stem_cache_reset(ctx); return v; }
    size_t mask = ctx->stem_nslots - 1, i = h & mask;
    while (ctx->stem_slots[i].klen1) i = (i + 1) & mask;
    size_t off = ctx->stem_pool.len;
    if (!pr_buf_put(&ctx->stem_pool, w, n) || !pr_buf_put(&ctx->stem_pool, v, vl)) {
        /* out of memory: drop the cache, the value is still good */
        stem_cache_reset(ctx);
        return v;
    }
    struct pr_stem_slot *e = &ctx->stem_slots[i];
    e->hash = h;
    e->off = (uint32_t)off;
    e->klen1 = (uint16_t)(n + 1);
    e->slen = (uint16_t)vl;
    e->lang = tag;
    ctx->stem_n++;
    return ctx->stem_pool.data + off + n;
}

const char *pr_ctx_stem(precis_ctx *ctx, struct sb_stemmer *st, const char *w, size_t n, size_t *outlen)
{
    if (!ctx || !st) return NULL;
    size_t si = 0;
    while (si < ctx->n_stemmers && ctx->stemmers[si].st != st) si++;
    uint32_t h = 0;
    if (si < ctx->n_stemmers && n <= STEM_KEY_MAX) {
        const char *hit = cache_get(ctx, (uint8_t)si, w, n, outlen, &h);
        if (hit) return hit;
    }
    const sb_symbol *sym = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
    if (!sym) return NULL;
    *outlen = (size_t)sb_stemmer_length(st);
    if (si == ctx->n_stemmers || n > STEM_KEY_MAX) return (const char *)sym;
    return cache_put(ctx, (uint8_t)si, h, w, n, (const char *)sym, *outlen);
}

/* ---- morphology ---- */
#ifndef PRECIS_DICT_DIR
#define PRECIS_DICT_DIR "/usr/share/hunspell"
#endif
#define MORPH_WORD_MAX 64

/* Does the file hold morphological fields ("po:") in its first 64 KiB? A spelling dictionary
 * without them (Debian's English ones) would call every word "unknown". */
static bool has_morphology(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char buf[4096 + 2] = {0};
    size_t total = 0, keep = 0;
    bool found = false;
    while (!found && total < ((size_t)1 << 16)) {
        size_t n = fread(buf + keep, 1, sizeof buf - keep, f);
        if (!n) break;
        total += n;
        n += keep;
        for (size_t i = 0; i + 3 <= n && !found; i++) found = buf[i] == 'p' && buf[i + 1] == 'o' && buf[i + 2] == ':';
        keep = n < 2 ? n : 2; /* a "po:" across two reads */
        memmove(buf, buf + n - keep, keep);
    }
    fclose(f);
    return found;
}

/* The language's dictionary (lazily loaded, about 50 ms for French), or NULL; *idx its slot. */
static struct Hunhandle *morph_dict(precis_ctx *ctx, const char *lang, size_t *idx)
{
    const pr_lang *l = pr_lang_get(lang);
    if (!l) return NULL;
    for (size_t i = 0; i < ctx->n_morphs; i++)
        if (ctx->morphs[i].lang == l->code) { *idx = i; return ctx->morphs[i].h; }
    if (ctx->n_morphs == PR_MAX_STEMMERS) return NULL;
    const char *dir = ctx->opt.dict_dir ? ctx->opt.dict_dir : PRECIS_DICT_DIR;
    Hunhandle *h = NULL;
    char aff[4096], dic[4096];
    if (dir[0] && (size_t)snprintf(aff, sizeof aff, "%s/%s.aff", dir, l->code) < sizeof aff &&
        (size_t)snprintf(dic, sizeof dic, "%s/%s.dic", dir, l->code) < sizeof dic) {
        FILE *f = fopen(aff, "rb");
        if (f) {
            fclose(f);
            if (has_morphology(dic)) h = Hunspell_create(aff, dic);
            /* words are looked up in UTF-8: a dictionary in another encoding would know none */
            const char *enc = h ? Hunspell_get_dic_encoding(h) : NULL;
            if (h && (!enc || (strcmp(enc, "UTF-8") && strcmp(enc, "utf-8")))) {
                Hunspell_destroy(h);
                h = NULL;
            }
        }
    }
    *idx = ctx->n_morphs;
    ctx->morphs[ctx->n_morphs].lang = l->code;
    ctx->morphs[ctx->n_morphs].h = h; /* NULL is kept too: no dictionary, not looked for again */
    ctx->n_morphs++;
    return h;
}

/* Grammalecte's tags of conjugated forms (indicative present, imperfect, simple past, future;
 * conditional; subjunctive present and imperfect), of nouns, and of determiners (articles,
 * demonstratives, possessives: po:det, po:detdem, po:detpos), prepositions, the pronouns that
 * stand before a verb ("le", "en": po:preverb), and subject and relative pronouns. */
static int morph_verdict(Hunhandle *h, const char *word)
{
    static const struct { const char *tag; int bit; } tags[] = {
        {"po:ipre", PR_MORPH_FINITE}, {"po:iimp", PR_MORPH_FINITE}, {"po:ipsi", PR_MORPH_FINITE},
        {"po:ifut", PR_MORPH_FINITE}, {"po:cond", PR_MORPH_FINITE}, {"po:spre", PR_MORPH_FINITE},
        {"po:simp", PR_MORPH_FINITE}, {"po:nom", PR_MORPH_NOMINAL},   {"po:det", PR_MORPH_DETPREP},
        {"po:prep", PR_MORPH_DETPREP}, {"po:preverb", PR_MORPH_PREVERB}, {"po:propersuj", PR_MORPH_SUBJ},
        {"po:prorel", PR_MORPH_SUBJ},  {"po:mg", PR_MORPH_GRAM}};
    char **list = NULL;
    int k = Hunspell_analyze(h, &list, word), v = 0;
    for (int i = 0; i < k; i++)
        for (size_t j = 0; j < sizeof tags / sizeof *tags; j++)
            if (strstr(list[i], tags[j].tag)) v |= tags[j].bit;
    if (list) Hunspell_free_list(h, &list, k);
    return v;
}

int pr_ctx_morph(precis_ctx *ctx, const char *lang, const char *w, size_t n)
{
    size_t mi = 0;
    Hunhandle *h = ctx && lang ? morph_dict(ctx, lang, &mi) : NULL;
    if (!h) return -1;
    if (n == 0 || n >= MORPH_WORD_MAX || memchr(w, 0, n)) return 0;
    uint8_t tag = (uint8_t)(0x80 | mi);
    uint32_t hash;
    size_t vl;
    const char *hit = cache_get(ctx, tag, w, n, &vl, &hash);
    if (hit && vl == 1) return hit[0] - '0';
    char word[MORPH_WORD_MAX];
    memcpy(word, w, n);
    word[n] = '\0';
    char v = (char)('0' + morph_verdict(h, word));
    cache_put(ctx, tag, hash, w, n, &v, 1);
    return v - '0';
}
