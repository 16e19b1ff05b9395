/*
 * token.c — words, numbers and punctuation of each sentence, with lower-case forms and
 * Snowball stems (libstemmer, per language, from the context's stemmer cache).
 *
 * Rules: a word is a run of letters, marks and digits; apostrophes split it after an elided
 * article or pronoun (l'armée -> "l", "armée"; Macron's -> "macron", "s"); hyphens split it
 * (Haut-Karabakh -> "haut", "karabakh"), so that spelling variants of compounds still match.
 * A number is a run of digits with inner separators that are digit-group marks: "120.000",
 * "3,5", "19.9.2023", "7 000" (space, NBSP or narrow NBSP followed by exactly three digits).
 * Any other non-space code point is one punctuation or symbol token.
 */
#include "internal.h"
#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

static bool is_mark(int32_t cp)
{
    if (cp < 0x300) return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
}

static bool is_group_space(int32_t cp) { return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009; }

/* Length of a number starting at i (digits known), or 0. */
static size_t scan_number(const char *t, size_t n, size_t i)
{
    size_t j = i;
    while (j < n) {
        size_t k = j;
        int32_t cp = pr_utf8_next(t, n, &k);
        if (pr_cp_is_digit(cp)) { j = k; continue; }
        if ((cp == '.' || cp == ',') && k < n) {
            size_t k2 = k;
            int32_t nx = pr_utf8_next(t, n, &k2);
            if (pr_cp_is_digit(nx)) { j = k; continue; }
        }
        if (is_group_space(cp) && k < n) {
            /* exactly three digits then a non-digit */
            size_t k2 = k;
            int d = 0;
            while (k2 < n && d < 4) {
                size_t k3 = k2;
                if (!pr_cp_is_digit(pr_utf8_next(t, n, &k3))) break;
                k2 = k3;
                d++;
            }
            /* only when the part before is 1-3 digits long (a digit group) */
            size_t grp = 0, b = j;
            while (b > i && t[b - 1] >= '0' && t[b - 1] <= '9') { b--; grp++; }
            if (d == 3 && grp >= 1 && grp <= 3) { j = k; continue; }
        }
        break;
    }
    return j - i;
}

static uint32_t pool_add(pr_buf *pool, const char *s, size_t n)
{
    uint32_t off = (uint32_t)pool->len;
    pr_buf_put(pool, s, n);
    pr_buf_putc(pool, '\0');
    return off;
}

/* Does the number t[s, e) hold a group space (anything but ASCII digits, '.' and ',')? */
static bool has_group_space(const char *t, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (!((t[k] >= '0' && t[k] <= '9') || t[k] == '.' || t[k] == ',')) return true;
    return false;
}

static bool add_token(precis_doc *doc, struct sb_stemmer *st, const pr_wordlist *stop, size_t s,
                      size_t e, pr_tok_kind kind, uint32_t sent, bool first)
{
    if (doc->n_toks == doc->cap_toks && !PR_GROW(doc->toks, doc->cap_toks, doc->n_toks + 1)) return false;
    pr_token *t = &doc->toks[doc->n_toks];
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)s;
    t->end = (uint32_t)e;
    t->kind = (uint8_t)kind;
    t->sent = sent;
    /* the lower-case form goes straight into the pool */
    pr_buf *pool = &doc->pool;
    t->lower = (uint32_t)pool->len;
    if (!pr_utf8_lower_put(pool, doc->text + s, e - s)) return false;
    size_t ln = pool->len - t->lower;
    if (ln == e - s && ln < 63) {
        const char *src = doc->text + s;
        size_t k = 0;
        while (k < ln && (unsigned char)src[k] < 0x80) k++;
        if (k == ln) t->flags |= PR_TF_ASCII;
    }
    if (pool->len + 2 <= pool->cap) pool->data[++pool->len] = '\0'; /* keep the NUL already there */
    else if (!pr_buf_putc(pool, '\0')) return false;
    t->stem = t->lower;
    if (kind == PR_TOK_NUM && has_group_space(doc->text, s, e)) {
        /* "7 000", "7000" and "7 000" (NBSP) are one number: the stem drops group spaces */
        pr_buf d;
        pr_buf_init(&d);
        size_t k = s;
        while (k < e) {
            size_t k0 = k;
            int32_t c = pr_utf8_next(doc->text, e, &k);
            if (!is_group_space(c)) pr_buf_put(&d, doc->text + k0, k - k0);
        }
        if (d.oom) { pr_buf_free(&d); return false; }
        if (d.len != ln) t->stem = pool_add(pool, d.data, d.len);
        pr_buf_free(&d);
    }
    if (kind == PR_TOK_WORD) {
        size_t i = s;
        int32_t c0 = pr_utf8_next(doc->text, e, &i);
        if (pr_cp_is_upper(c0)) {
            t->flags |= PR_TF_CAP;
            bool all = true;
            size_t k = s;
            while (k < e) { int32_t c = pr_utf8_next(doc->text, e, &k); if (pr_cp_is_lower(c)) { all = false; break; } }
            if (all && e - s > 1) t->flags |= PR_TF_ALLCAP;
        }
        if (first) t->flags |= PR_TF_SENT0;
        const char *low = pool->data + t->lower;
        if (pr_wordlist_hasn(stop, low, ln)) t->flags |= PR_TF_STOP;
        size_t sl;
        const char *sym = pr_ctx_stem(doc->ctx, st, low, ln, &sl);
        if (sym && (sl != ln || memcmp(sym, low, ln) != 0)) t->stem = pool_add(pool, sym, sl);
    }
    if (pool->oom) return false;
    doc->n_toks++;
    return true;
}

precis_status pr_tokenize(precis_doc *doc)
{
    struct sb_stemmer *st = pr_ctx_stemmer(doc->ctx, doc->lang);
    const pr_wordlist *stop = pr_wordlist_get("stopwords", doc->lang);
    const char *t = doc->text;
    doc->n_toks = 0;
    doc->words = 0;
    pr_buf_clear(&doc->pool);
    for (size_t si = 0; si < doc->n_sents; si++) {
        pr_sent *s = &doc->sents[si];
        size_t n = s->end;
        size_t i = s->start;
        s->tok0 = (uint32_t)doc->n_toks;
        s->words = 0;
        bool first = true;
        while (i < n) {
            size_t j = i;
            int32_t cp = pr_utf8_next(t, n, &j);
            if (pr_cp_is_space(cp) || cp < 0) { i = j; continue; }
            if (pr_cp_is_digit(cp)) {
                size_t len = scan_number(t, n, i);
                /* a number glued to letters (COVID-19 is split by the hyphen; 3e, 2nd) stays a word */
                size_t e = i + len, k = e;
                int32_t nx = k < n ? pr_utf8_next(t, n, &k) : 0;
                if (k > e && pr_cp_is_letter(nx)) goto word;
                if (!add_token(doc, st, stop, i, e, PR_TOK_NUM, (uint32_t)si, false)) return PRECIS_ERR_NOMEM;
                s->words++;
                first = false;
                i = e;
                continue;
            }
        word:
            if (pr_cp_is_letter(cp) || pr_cp_is_digit(cp)) {
                size_t e = j;
                while (e < n) {
                    size_t k = e;
                    int32_t c = pr_utf8_next(t, n, &k);
                    if (pr_cp_is_letter(c) || pr_cp_is_digit(c) || is_mark(c)) { e = k; continue; }
                    break;
                }
                if (!add_token(doc, st, stop, i, e, PR_TOK_WORD, (uint32_t)si, first)) return PRECIS_ERR_NOMEM;
                s->words++;
                first = false;
                i = e;
                continue;
            }
            pr_tok_kind kind = pr_cp_is_punct(cp) ? PR_TOK_PUNCT : PR_TOK_SYM;
            if (!add_token(doc, st, stop, i, j, kind, (uint32_t)si, false)) return PRECIS_ERR_NOMEM;
            i = j;
        }
        s->tok1 = (uint32_t)doc->n_toks;
        doc->words += s->words;
    }
    return PRECIS_OK;
}
