/*
 * doc.c — one article: from raw bytes to analysed text.
 *
 * Pipeline: size cap -> gzip? (inflate) -> HTML? (html.c: main text + metadata)
 *           : plain text (decode.c: encoding, repair, NFC; boiler.c: drop non-article lines)
 *           -> language (lang.c, or forced) -> sentences (sentence.c) -> tokens + stems (token.c).
 * Every failure leaves nothing behind and sets the context's message "<path>: <reason>".
 */
#include "internal.h"
#include "html.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

bool pr_doc_add_removed(precis_doc *doc, const char *text, size_t n, const char *reason)
{
    if (!PR_GROW(doc->removed, doc->cap_removed, doc->n_removed + 1)) return false;
    char *t = pr_strndup(text, n);
    if (!t) return false;
    doc->removed[doc->n_removed].text = t;
    doc->removed[doc->n_removed].reason = reason;
    doc->n_removed++;
    return true;
}

void precis_doc_free(precis_doc *doc)
{
    if (!doc) return;
    pr_free(doc->id); pr_free(doc->path); pr_free(doc->title); pr_free(doc->url);
    pr_free(doc->date); pr_free(doc->site); pr_free(doc->authors); pr_free(doc->description);
    pr_free(doc->text);
    for (size_t i = 0; i < doc->n_removed; i++) pr_free(doc->removed[i].text);
    pr_free(doc->removed);
    pr_free(doc->sents);
    pr_free(doc->toks);
    pr_buf_free(&doc->pool);
    pr_free(doc);
}

/* A stable id from the content: "h" + 16 hex digits of FNV-1a 64. */
static char *content_id(const char *data, size_t len)
{
    uint64_t h = pr_hash64(data, len);
    char buf[24];
    snprintf(buf, sizeof buf, "h%016llx", (unsigned long long)h);
    return pr_strdup(buf);
}

static bool only_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp = pr_utf8_next(s, n, &i);
        if (!pr_cp_is_space(cp)) return false;
    }
    return true;
}

precis_status pr_doc_analyse(precis_doc *doc)
{
    pr_span *sp = NULL;
    size_t n = 0, cap = 0;
    if (!pr_split_sentences(doc->lang, doc->text, doc->text_len, &sp, &n, &cap)) {
        pr_free(sp);
        return PRECIS_ERR_NOMEM;
    }
    doc->n_sents = 0;
    if (!PR_GROW(doc->sents, doc->cap_sents, n + 1)) { pr_free(sp); return PRECIS_ERR_NOMEM; }
    uint32_t para = 0;
    size_t last_end = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t k = last_end; k < sp[i].start; k++)
            if (doc->text[k] == '\n') { para++; break; }
        pr_sent *s = &doc->sents[doc->n_sents++];
        memset(s, 0, sizeof *s);
        s->start = sp[i].start;
        s->end = sp[i].end;
        s->para = para;
        s->pos = (uint32_t)i;
        last_end = sp[i].end;
    }
    pr_free(sp);
    precis_status st = pr_tokenize(doc);
    doc->analysed = st == PRECIS_OK;
    return st;
}

static precis_status fail(precis_ctx *ctx, precis_doc *doc, precis_status st, const char *what,
                          const char *why)
{
    precis_doc_free(doc);
    return pr_error(ctx, st, "%s: %s", what, why ? why : precis_strerror(st));
}

precis_status precis_doc_new(precis_ctx *ctx, const char *id, const char *path, const void *data,
                             size_t len, precis_doc **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!ctx || (!data && len)) return pr_error(ctx, PRECIS_ERR_ARG, "precis_doc_new: invalid argument");
    const char *what = path ? path : id ? id : "<input>";
    if (len > ctx->opt.max_input_bytes)
        return pr_error(ctx, PRECIS_ERR_LIMIT, "%s: input of %zu bytes is larger than the limit of %zu bytes",
                        what, len, ctx->opt.max_input_bytes);
    precis_doc *doc = pr_calloc(1, sizeof *doc);
    if (!doc) return pr_error(ctx, PRECIS_ERR_NOMEM, "%s: out of memory", what);
    doc->ctx = ctx;
    pr_buf_init(&doc->pool);
    doc->id = id ? pr_strdup(id) : content_id(data, len);
    doc->path = path ? pr_strdup(path) : NULL;
    if (!doc->id || (path && !doc->path)) return fail(ctx, doc, PRECIS_ERR_NOMEM, what, NULL);

    if (len == 0) return fail(ctx, doc, PRECIS_ERR_EMPTY, what, "empty input");
    const char *why = NULL;
    char *inflated = NULL;
    size_t inflated_len = 0;
    precis_status st;
    if (pr_sniff_gzip(data, len)) {
        st = pr_gunzip(data, len, ctx->opt.max_input_bytes, &inflated, &inflated_len, &why);
        if (st != PRECIS_OK) return fail(ctx, doc, st, what, why);
        data = inflated;
        len = inflated_len;
    }
    /* HTML needs a '<' (pr_sniff_html looks for tags): plain text skips the sniffing */
    if (memchr(data, '<', len) && pr_sniff_html(data, len)) {
        st = pr_html_to_doc(doc, data, len, &why);
        pr_free(inflated);
        if (st != PRECIS_OK) return fail(ctx, doc, st, what, why);
    } else {
        pr_decoded dec;
        st = pr_decode_text(data, len, &dec, &why);
        pr_free(inflated);
        if (st != PRECIS_OK) return fail(ctx, doc, st, what, why);
        doc->text = dec.text;
        doc->text_len = dec.len;
        doc->repaired = dec.repaired;
        doc->encoding = dec.encoding;
        if (only_space(doc->text, doc->text_len))
            return fail(ctx, doc, PRECIS_ERR_EMPTY, what, "no text (empty or only whitespace)");
        if (strcmp(ctx->opt.lang, "auto") != 0) memcpy(doc->lang, ctx->opt.lang, sizeof doc->lang);
        else snprintf(doc->lang, sizeof doc->lang, "%s", pr_lang_detect(doc->text, doc->text_len));
        if (!(ctx->opt.flags & PRECIS_OPT_KEEP_BOILERPLATE)) {
            st = pr_clean_lines(doc);
            if (st != PRECIS_OK) return fail(ctx, doc, st, what, NULL);
        }
    }
    if (!doc->text || only_space(doc->text, doc->text_len))
        return fail(ctx, doc, PRECIS_ERR_EMPTY, what, "no article text (only boilerplate)");
    if (strcmp(ctx->opt.lang, "auto") != 0) memcpy(doc->lang, ctx->opt.lang, sizeof doc->lang);
    else if (!doc->lang[0] || strcmp(doc->lang, "und") == 0 || !pr_lang_get(doc->lang)) {
        const char *l = pr_lang_detect(doc->text, doc->text_len);
        if (strcmp(l, "und") != 0 || !doc->lang[0]) snprintf(doc->lang, sizeof doc->lang, "%s", l);
    }
    if (ctx->opt.flags & PRECIS_OPT_NO_ANALYSIS) {
        doc->words = pr_count_words(doc->text, doc->text_len);
    } else {
        st = pr_doc_analyse(doc);
        if (st != PRECIS_OK) return fail(ctx, doc, st, what, NULL);
    }
    *out = doc;
    return PRECIS_OK;
}

precis_status precis_doc_from_file(precis_ctx *ctx, const char *path, precis_doc **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!ctx || !path) return pr_error(ctx, PRECIS_ERR_ARG, "precis_doc_from_file: invalid argument");
    struct stat sb;
    if (stat(path, &sb) != 0)
        return pr_error(ctx, PRECIS_ERR_IO, "%s: %s", path, strerror(errno));
    if (S_ISDIR(sb.st_mode)) return pr_error(ctx, PRECIS_ERR_IO, "%s: is a directory", path);
    if ((size_t)sb.st_size > ctx->opt.max_input_bytes)
        return pr_error(ctx, PRECIS_ERR_LIMIT, "%s: file of %lld bytes is larger than the limit of %zu bytes",
                        path, (long long)sb.st_size, ctx->opt.max_input_bytes);
    FILE *f = fopen(path, "rb");
    if (!f) return pr_error(ctx, PRECIS_ERR_IO, "%s: %s", path, strerror(errno));
    pr_buf b;
    pr_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > ctx->opt.max_input_bytes) {
            fclose(f); pr_buf_free(&b);
            return pr_error(ctx, PRECIS_ERR_LIMIT, "%s: larger than the limit of %zu bytes", path,
                            ctx->opt.max_input_bytes);
        }
        if (!pr_buf_put(&b, chunk, n)) { fclose(f); pr_buf_free(&b); return pr_error(ctx, PRECIS_ERR_NOMEM, "%s: out of memory", path); }
    }
    bool err = ferror(f);
    fclose(f);
    if (err) { pr_buf_free(&b); return pr_error(ctx, PRECIS_ERR_IO, "%s: read error", path); }
    /* id: the base name without its extension */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t bl = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base) bl = (size_t)(dot - base);
    char *id = pr_strndup(base, bl);
    if (!id) { pr_buf_free(&b); return pr_error(ctx, PRECIS_ERR_NOMEM, "%s: out of memory", path); }
    precis_status st = precis_doc_new(ctx, id, path, b.data ? b.data : "", b.len, out);
    pr_free(id);
    pr_buf_free(&b);
    return st;
}

/* ---- accessors ---- */
const char *precis_doc_id(const precis_doc *d) { return d ? d->id : NULL; }
const char *precis_doc_path(const precis_doc *d) { return d ? d->path : NULL; }
const char *precis_doc_title(const precis_doc *d) { return d ? d->title : NULL; }
const char *precis_doc_lang(const precis_doc *d) { return d ? d->lang : NULL; }
const char *precis_doc_encoding(const precis_doc *d) { return d ? d->encoding : NULL; }
size_t precis_doc_words(const precis_doc *d) { return d ? d->words : 0; }
size_t precis_doc_repaired_bytes(const precis_doc *d) { return d ? d->repaired : 0; }
const char *precis_doc_text(const precis_doc *d, size_t *len)
{
    if (len) *len = d ? d->text_len : 0;
    return d ? d->text : NULL;
}
size_t precis_doc_removed_count(const precis_doc *d) { return d ? d->n_removed : 0; }
const char *precis_doc_removed_text(const precis_doc *d, size_t i)
{
    return d && i < d->n_removed ? d->removed[i].text : NULL;
}
const char *precis_doc_removed_reason(const precis_doc *d, size_t i)
{
    return d && i < d->n_removed ? d->removed[i].reason : NULL;
}
size_t precis_doc_sentence_count(const precis_doc *d) { return d ? d->n_sents : 0; }
void precis_doc_sentence(const precis_doc *d, size_t i, size_t *start, size_t *end)
{
    size_t s = 0, e = 0;
    if (d && i < d->n_sents) { s = d->sents[i].start; e = d->sents[i].end; }
    if (start) *start = s;
    if (end) *end = e;
}
size_t precis_doc_token_count(const precis_doc *d) { return d ? d->n_toks : 0; }
void precis_doc_token(const precis_doc *d, size_t i, precis_token *tok)
{
    if (!tok) return;
    memset(tok, 0, sizeof *tok);
    if (!d || i >= d->n_toks) return;
    const pr_token *t = &d->toks[i];
    tok->start = t->start;
    tok->end = t->end;
    tok->lower = pr_tok_lower(d, t);
    tok->stem = pr_tok_stem(d, t);
    tok->kind = t->kind;
    tok->is_stopword = (t->flags & PR_TF_STOP) != 0;
}
