/*
 * rouge.c — ROUGE-1, ROUGE-2 and ROUGE-L of a summary against reference summaries.
 *
 * Definition (docs/rouge.md): texts are cut into Unicode word tokens — maximal runs of letters,
 * combining marks and numbers (Unicode categories L*, M*, N*), lower-cased code point by code
 * point — so accents count ("opération" is one token, unlike ROUGE-1.5.5, which turns it into
 * "op ration") and punctuation, apostrophes and hyphens separate tokens ("l'armée" is "l" +
 * "armée"). Optionally each token is replaced by its Snowball stem in the scorer's language.
 * The system summary is cut to its first `budget` tokens, which is ROUGE-1.5.5's `-l` with
 * words counted as tokens. ROUGE-N is clipped n-gram overlap (each reference n-gram matches at
 * most as often as it occurs); ROUGE-L is the longest common subsequence of the two token
 * sequences. Recall, precision and F1 (β = 1) are computed against each reference and averaged
 * over the references of a cluster, then over clusters.
 *
 * Method: n-grams become 64-bit keys of interned token ids, sorted, and counted by a merge;
 * the LCS uses two rows of the usual dynamic programme. Time O(n log n) + O(n·m) per
 * reference; memory O(n + m), reused from cluster to cluster.
 * Limits: a reference over PR_ROUGE_MAX_TOKENS tokens is cut there (the LCS is quadratic).
 */
#include "internal.h"
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define PR_ROUGE_MAX_TOKENS 100000u

struct precis_rouge {
    precis_ctx *ctx;
    char lang[8];
    unsigned flags;
    struct sb_stemmer *stemmer;   /* borrowed from the context; NULL = no stemming */
    precis_rouge_scores sum;      /* sums over clusters */
    size_t clusters, with_output;
    /* scratch, reused */
    pr_intern vocab;
    pr_buf tok;                   /* the token being built */
    uint32_t *sys, *ref;          /* token ids */
    size_t n_sys, cap_sys, n_ref, cap_ref;
    uint64_t *ks, *kr;            /* sorted n-gram keys */
    size_t cap_ks, cap_kr;
    uint32_t *row;                /* LCS rows (2 × (m + 1)) */
    size_t cap_row;
};

/* Appends the finished token in r->tok (stemmed if asked) to ids; false on OOM. */
static bool flush_token(precis_rouge *r, uint32_t **ids, size_t *n, size_t *cap)
{
    if (r->tok.len == 0) return true;
    const char *form = r->tok.data;
    size_t fl = r->tok.len;
    if (r->stemmer) {
        const sb_symbol *s = sb_stemmer_stem(r->stemmer, (const sb_symbol *)form, (int)fl);
        if (s) { form = (const char *)s; fl = (size_t)sb_stemmer_length(r->stemmer); }
    }
    uint32_t id = pr_intern_add(&r->vocab, form, fl);
    pr_buf_clear(&r->tok);
    if (id == UINT32_MAX || !pr_grow((void **)ids, cap, *n + 1, sizeof **ids)) return false;
    (*ids)[(*n)++] = id;
    return true;
}

/* Tokenizes text into ids (replacing their content), keeping at most `limit` tokens
 * (0 = PR_ROUGE_MAX_TOKENS). */
static bool tokenize(precis_rouge *r, const char *text, size_t len, size_t limit, uint32_t **ids,
                     size_t *n, size_t *cap)
{
    *n = 0;
    pr_buf_clear(&r->tok);
    if (limit == 0 || limit > PR_ROUGE_MAX_TOKENS) limit = PR_ROUGE_MAX_TOKENS;
    size_t i = 0;
    while (i < len && *n < limit) {
        int32_t cp = pr_utf8_next(text, len, &i);
        if (cp > 0 && pr_cp_is_word(cp)) {
            if (!pr_buf_put_cp(&r->tok, pr_cp_lower(cp))) return false;
        } else if (!flush_token(r, ids, n, cap)) {
            return false;
        }
    }
    if (*n < limit && !flush_token(r, ids, n, cap)) return false;
    pr_buf_clear(&r->tok);
    return true;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Sorted keys of the n-grams (n = 1 or 2) of ids into *keys; returns their count. */
static size_t ngram_keys(const uint32_t *ids, size_t n_ids, int n, uint64_t *keys)
{
    if (n_ids < (size_t)n) return 0;
    size_t k = n_ids - (size_t)n + 1;
    for (size_t i = 0; i < k; i++)
        keys[i] = n == 1 ? ids[i] : ((uint64_t)ids[i] << 32) | ids[i + 1];
    qsort(keys, k, sizeof *keys, cmp_u64);
    return k;
}

/* Clipped overlap of two sorted key lists: sum over keys of min(count in a, count in b). */
static size_t overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, hits = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j]) i++;
        else if (a[i] > b[j]) j++;
        else { hits++; i++; j++; }
    }
    return hits;
}

static size_t lcs(precis_rouge *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    uint32_t *prev = r->row, *cur = r->row + nb + 1;
    memset(prev, 0, (nb + 1) * sizeof *prev);
    cur[0] = 0;
    for (size_t i = 0; i < na; i++) {
        for (size_t j = 0; j < nb; j++)
            cur[j + 1] = a[i] == b[j] ? prev[j] + 1 : (cur[j] > prev[j + 1] ? cur[j] : prev[j + 1]);
        uint32_t *t = prev; prev = cur; cur = t;
    }
    return prev[nb];
}

static void set_prf(precis_rouge_score *s, size_t hits, size_t n_ref, size_t n_sys)
{
    s->recall = n_ref ? (double)hits / (double)n_ref : 0.0;
    s->precision = n_sys ? (double)hits / (double)n_sys : 0.0;
    s->f1 = s->recall + s->precision > 0
                ? 2.0 * s->recall * s->precision / (s->recall + s->precision) : 0.0;
}

static void add_score(precis_rouge_score *sum, const precis_rouge_score *s, double w)
{
    sum->recall += w * s->recall;
    sum->precision += w * s->precision;
    sum->f1 += w * s->f1;
}

static void add_scores(precis_rouge_scores *sum, const precis_rouge_scores *s, double w)
{
    add_score(&sum->r1, &s->r1, w);
    add_score(&sum->r2, &s->r2, w);
    add_score(&sum->rl, &s->rl, w);
}

precis_status precis_rouge_new(precis_ctx *ctx, const char *lang, unsigned flags, precis_rouge **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!ctx) return PRECIS_ERR_ARG;
    precis_rouge *r = pr_calloc(1, sizeof *r);
    if (!r) return pr_error(ctx, PRECIS_ERR_NOMEM, "rouge: out of memory");
    r->ctx = ctx;
    r->flags = flags;
    if (lang) {
        size_t n = strlen(lang);
        if (n >= sizeof r->lang) n = sizeof r->lang - 1;
        memcpy(r->lang, lang, n);
    }
    if (flags & PRECIS_ROUGE_STEM) r->stemmer = pr_ctx_stemmer(ctx, r->lang);
    pr_intern_init(&r->vocab);
    pr_buf_init(&r->tok);
    *out = r;
    return PRECIS_OK;
}

void precis_rouge_free(precis_rouge *r)
{
    if (!r) return;
    pr_intern_free(&r->vocab);
    pr_buf_free(&r->tok);
    pr_free(r->sys); pr_free(r->ref); pr_free(r->ks); pr_free(r->kr); pr_free(r->row);
    pr_free(r);
}

int precis_rouge_stems(const precis_rouge *r) { return r && r->stemmer != NULL; }

precis_status precis_rouge_add(precis_rouge *r, const char *summary, const char *const *refs,
                               size_t nrefs, unsigned budget_words, precis_rouge_scores *out)
{
    if (out) memset(out, 0, sizeof *out);
    if (!r || (nrefs && !refs)) return PRECIS_ERR_ARG;
    precis_ctx *ctx = r->ctx;
    /* The vocabulary lives for one cluster, so memory stays bounded over any data set. */
    pr_intern_free(&r->vocab);
    pr_intern_init(&r->vocab);
    if (!tokenize(r, summary ? summary : "", summary ? strlen(summary) : 0, budget_words, &r->sys,
                  &r->n_sys, &r->cap_sys))
        return pr_error(ctx, PRECIS_ERR_NOMEM, "rouge: out of memory");
    size_t ns1 = r->n_sys, ns2 = r->n_sys > 1 ? r->n_sys - 1 : 0;

    precis_rouge_scores acc;
    memset(&acc, 0, sizeof acc);
    size_t used = 0;
    for (size_t k = 0; k < nrefs; k++) {
        if (!refs[k]) continue;
        if (!tokenize(r, refs[k], strlen(refs[k]), 0, &r->ref, &r->n_ref, &r->cap_ref))
            return pr_error(ctx, PRECIS_ERR_NOMEM, "rouge: out of memory");
        if (r->n_ref == 0) continue; /* an empty reference says nothing */
        size_t need = r->n_sys > r->n_ref ? r->n_sys : r->n_ref;
        if (!PR_GROW(r->ks, r->cap_ks, need) || !PR_GROW(r->kr, r->cap_kr, need) ||
            !PR_GROW(r->row, r->cap_row, 2 * (r->n_ref + 1)))
            return pr_error(ctx, PRECIS_ERR_NOMEM, "rouge: out of memory");
        size_t nr1 = r->n_ref, nr2 = r->n_ref - 1;
        precis_rouge_scores s;
        for (int n = 1; n <= 2; n++) {
            size_t a = ngram_keys(r->sys, r->n_sys, n, r->ks);
            size_t b = ngram_keys(r->ref, r->n_ref, n, r->kr);
            size_t hits = overlap(r->ks, a, r->kr, b);
            set_prf(n == 1 ? &s.r1 : &s.r2, hits, n == 1 ? nr1 : nr2, n == 1 ? ns1 : ns2);
        }
        set_prf(&s.rl, lcs(r, r->sys, r->n_sys, r->ref, r->n_ref), nr1, ns1);
        add_scores(&acc, &s, 1.0);
        used++;
    }
    if (used == 0)
        return pr_error(ctx, PRECIS_ERR_EMPTY, "rouge: no reference with a word to score against");
    precis_rouge_scores mean;
    memset(&mean, 0, sizeof mean);
    add_scores(&mean, &acc, 1.0 / (double)used);
    add_scores(&r->sum, &mean, 1.0);
    r->clusters++;
    if (r->n_sys) r->with_output++;
    if (out) *out = mean;
    return PRECIS_OK;
}

size_t precis_rouge_mean(const precis_rouge *r, precis_rouge_scores *mean, size_t *with_output)
{
    if (mean) memset(mean, 0, sizeof *mean);
    if (with_output) *with_output = r ? r->with_output : 0;
    if (!r || r->clusters == 0) return 0;
    if (mean) add_scores(mean, &r->sum, 1.0 / (double)r->clusters);
    return r->clusters;
}
