/*
 * cluster.c — online story clustering (single pass, no global re-run).
 *
 * Method (the "incremental TF-IDF centroid" family used by news monitors such as EMM and by
 * Miranda et al. 2018, simplified):
 *   - a document is a sparse vector of terms: Snowball stems of its content words (stopwords
 *     dropped), the words of its title counted title_w times, and for every two adjacent
 *     capitalized words (a name: "Jonas Vingegaard", "New Zealand") a language-independent
 *     feature "@jonas_vingegaard" (pair_w), so that articles in different languages about the
 *     same people and places still meet, and a name shared by two articles weighs more than
 *     its two words shared apart. (A single capitalized word as "@" + word, name_w, is off by
 *     default: it mostly repeats the stem.) Weights are log(1 + tf) * log(1 + (N + P) / df)
 *     with document frequencies counted online and P = idf_prior (500) documents assumed
 *     seen before the stream, none of them with the term: without it, the first articles of
 *     a stream, often many on one topic, make that topic's words common (df close to N) and
 *     their weight near the minimum, so the topic's articles stay apart (a cold start: RPM2
 *     first in a stream scored 0.770 B-cubed F1, 0.903 with the prior); once N is in the
 *     thousands the prior fades. The PR_DOC_TERMS heaviest terms are kept and the vector is
 *     unit length.
 *   - a story is the sum of its members' vectors (its PR_STORY_TERMS heaviest terms). The
 *     similarity of a document to a story is the cosine with that centroid, multiplied by a time
 *     decay when both have dates: full within a day, halved every half_life_days after that,
 *     and zero beyond window_days (a story ages).
 *   - candidates come from an inverted index (term -> stories whose centroid holds it), walked
 *     only for the document's own terms that are not too common; each posting list is capped at
 *     PR_POST_CAP entries (stale and oldest entries are dropped first), so the cost of adding
 *     an article does not grow with the corpus. The best PR_CANDIDATES by shared term weight
 *     are scored exactly.
 *   - the document joins the best story if the similarity reaches `join`, else it starts one.
 *   - merging: every time a story grows, its centroid is compared with the stories the new
 *     article had as candidates (at sizes 2, 4, 8, ... and every 16 articles, with candidates
 *     looked up from its own centroid instead); each that reaches the threshold is merged, the
 *     smaller into the larger, best first. The threshold is `merge` between two grown stories,
 *     but `join` when one of them is a single article: that is a late join of an article that
 *     arrived before its story had formed.
 *   - a story ages: dated stories idle for more than window_days (6: beyond 5.64 days the decay
 *     keeps any cosine under `join`, so dropping them changes no decision) and undated ones
 *     idle for more than window_items arrivals are no longer candidates; pr_cluster_evict()
 *     frees their centroids and postings, so memory follows the window, not the stream.
 *   - stories in memory live in slots (cstory), found by story id through a hash map; the
 *     posting lists, candidate lists and live list hold slots, and a slot freed by
 *     pr_cluster_evict() is reused, so the per-story memory is bounded by the window (not by
 *     every story id ever created).
 * Limits: a story's centroid keeps its PR_STORY_TERMS heaviest terms only; the vocabulary
 * (document frequencies) is kept for the whole stream.
 */
#include "cluster.h"
#include "idmap.h"
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PR_DOC_TERMS_MAX 256
#define PR_POST_CAP 512
#define PR_CANDIDATES 24
#define PR_COMMON_DF 0.08      /* terms in more than this share of documents are not walked */

typedef struct cterm {
    uint32_t df;
    bool dirty;
    uint32_t *post; uint32_t npost, cappost;
} cterm;

typedef struct cstory {
    pr_tw *t; uint32_t n, cap;
    uint32_t id;            /* the story id held by this slot */
    float norm;
    uint32_t size;          /* documents whose vectors were summed */
    int64_t last_ts;
    uint64_t last_clock;    /* arrival clock of its last article */
    uint32_t merged_into;
    uint32_t stamp, pmark;  /* query and compaction marks */
    float acc;
    bool dirty, exists;
    bool evicted;           /* out of the window: centroid and postings dropped from memory */
} cstory;

struct pr_cluster {
    pr_intern voc;
    cterm *terms; size_t cap_terms;
    uint64_t ndocs;
    cstory *st; size_t n_st, cap_st;      /* slots of the stories in memory; st[0] unused */
    pr_idmap map;                         /* story id -> slot */
    uint32_t *freel; size_t n_free, cap_free; /* slots freed by pr_cluster_evict */
    uint32_t next_id;                     /* the id of the next new story */
    uint32_t *dterm; size_t n_dterm, cap_dterm;
    uint32_t *dst; size_t n_dst, cap_dst;
    uint32_t stamp, pstamp;
    uint32_t *touched; size_t n_touched, cap_touched;
    float *acc; size_t cap_acc; uint32_t *acc_stamp; size_t cap_acc_stamp; /* per-term scratch */
    uint32_t *dterms_doc; size_t cap_dterms_doc;
    pr_tw *tmp; size_t cap_tmp;
    int64_t newest_ts;
    uint64_t clock;                       /* newest arrival clock seen */
    uint32_t *live; size_t n_live, cap_live; /* stories whose centroid is in memory */
    uint32_t *evl; size_t n_evl, cap_evl;    /* stories dropped by the last pr_cluster_evict */
    pr_cluster_params p;
};

static const pr_cluster_params default_params = {
    .join = 0.20, .merge = 0.30, .title_w = 3.0, .name_w = 0.0, .pair_w = 1.0,
    .half_life_days = 2.0, .window_days = 6.0, .window_items = 50000, .doc_terms = 64, .story_terms = 160, .size_boost = 0.0,
    .idf_prior = 500,
};

void pr_cvec_free(pr_cvec *v)
{
    if (!v) return;
    pr_free(v->t);
    v->t = NULL; v->n = v->cap = 0;
}

pr_cluster *pr_cluster_new(void)
{
    pr_cluster *c = pr_calloc(1, sizeof *c);
    if (!c) return NULL;
    pr_intern_init(&c->voc);
    c->newest_ts = PR_TS_NONE;
    c->p = default_params;
    if (!PR_GROW(c->st, c->cap_st, 1)) { pr_free(c); return NULL; }
    memset(&c->st[0], 0, sizeof c->st[0]);
    c->n_st = 1;
    c->next_id = 1;
    return c;
}

void pr_cluster_free(pr_cluster *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->voc.n; i++) pr_free(c->terms[i].post);
    pr_free(c->terms);
    pr_intern_free(&c->voc);
    for (size_t i = 0; i < c->n_st; i++) pr_free(c->st[i].t);
    pr_free(c->st);
    pr_free(c->dterm); pr_free(c->dst); pr_free(c->touched);
    pr_free(c->acc); pr_free(c->acc_stamp); pr_free(c->dterms_doc); pr_free(c->tmp);
    pr_free(c->live); pr_free(c->evl);
    pr_idmap_free(&c->map); pr_free(c->freel);
    pr_free(c);
}

void pr_cluster_set_params(pr_cluster *c, const pr_cluster_params *p)
{
    if (!c || !p) return;
    c->p = *p;
    if (c->p.doc_terms < 1 || c->p.doc_terms > PR_DOC_TERMS_MAX) c->p.doc_terms = PR_DOC_TERMS_MAX;
    if (c->p.story_terms < 1) c->p.story_terms = 1;
    if (!(c->p.idf_prior >= 0)) c->p.idf_prior = 0;
}
pr_cluster_params pr_cluster_get_params(const pr_cluster *c) { return c ? c->p : default_params; }

/* ---- vocabulary ---- */

static uint32_t term_id(pr_cluster *c, const char *s, size_t n)
{
    /* room for one more term first, so that an interned term always has its slots */
    size_t need = c->voc.n + 1;
    if (!PR_GROW(c->terms, c->cap_terms, need) || !PR_GROW(c->acc, c->cap_acc, need) ||
        !PR_GROW(c->acc_stamp, c->cap_acc_stamp, need))
        return UINT32_MAX;
    size_t before = c->voc.n;
    uint32_t id = pr_intern_add(&c->voc, s, n);
    if (id == UINT32_MAX || c->voc.n == before) return id;
    memset(&c->terms[id], 0, sizeof c->terms[id]);
    c->acc_stamp[id] = 0;
    return id;
}

bool pr_cluster_restore_term(pr_cluster *c, uint32_t id, const char *s, size_t n, uint32_t df)
{
    if (id != c->voc.n) return false;
    uint32_t got = term_id(c, s, n);
    if (got != id) return false;
    c->terms[id].df = df;
    return true;
}

void pr_cluster_restore_ndocs(pr_cluster *c, uint64_t ndocs) { c->ndocs = ndocs; }
uint32_t pr_cluster_term_count(const pr_cluster *c) { return (uint32_t)c->voc.n; }
const char *pr_cluster_term_str(const pr_cluster *c, uint32_t id) { return pr_intern_str(&c->voc, id); }
uint32_t pr_cluster_term_df(const pr_cluster *c, uint32_t id) { return c->terms[id].df; }
uint64_t pr_cluster_ndocs(const pr_cluster *c) { return c->ndocs; }

const uint32_t *pr_cluster_dirty_terms(const pr_cluster *c, size_t *n) { *n = c->n_dterm; return c->dterm; }
const uint32_t *pr_cluster_dirty_stories(const pr_cluster *c, size_t *n) { *n = c->n_dst; return c->dst; }

void pr_cluster_clear_dirty(pr_cluster *c)
{
    for (size_t i = 0; i < c->n_dterm; i++) c->terms[c->dterm[i]].dirty = false;
    for (size_t i = 0; i < c->n_dst; i++) {
        uint32_t sl = pr_idmap_get(&c->map, c->dst[i]);
        if (sl) c->st[sl].dirty = false;
    }
    c->n_dterm = c->n_dst = 0;
}

/* Marks the story in slot sl as changed (the dirty list holds story ids). */
static bool mark_story(pr_cluster *c, uint32_t sl)
{
    if (c->st[sl].dirty) return true;
    if (!PR_GROW(c->dst, c->cap_dst, c->n_dst + 1)) return false;
    c->dst[c->n_dst++] = c->st[sl].id;
    c->st[sl].dirty = true;
    return true;
}

/* A fresh query stamp (marks in stories and terms older than it are stale). */
static void next_stamp(pr_cluster *c)
{
    if (++c->stamp != 0) return;
    for (size_t i = 0; i < c->n_st; i++) c->st[i].stamp = 0;
    memset(c->acc_stamp, 0, c->voc.n * sizeof *c->acc_stamp);
    c->stamp = 1;
}

/* ---- vectors ---- */

static int cmp_tw_w(const void *a, const void *b)
{
    float x = ((const pr_tw *)a)->w, y = ((const pr_tw *)b)->w;
    if (x != y) return x > y ? -1 : 1;
    uint32_t s = ((const pr_tw *)a)->term, t = ((const pr_tw *)b)->term;
    return s < t ? -1 : s > t;
}

static int cmp_tw_term(const void *a, const void *b)
{
    uint32_t s = ((const pr_tw *)a)->term, t = ((const pr_tw *)b)->term;
    return s < t ? -1 : s > t;
}

/* Keeps the k heaviest of t[0..n) sorted by term id; returns the new count. */
static size_t keep_top(pr_tw *t, size_t n, size_t k)
{
    if (n == 0) return 0;
    if (n > k) {
        qsort(t, n, sizeof *t, cmp_tw_w);
        n = k;
    }
    qsort(t, n, sizeof *t, cmp_tw_term);
    return n;
}

static bool acc_add(pr_cluster *c, const char *s, size_t n, float w, size_t *nd)
{
    uint32_t id = term_id(c, s, n);
    if (id == UINT32_MAX) return false;
    if (c->acc_stamp[id] != c->stamp) {
        c->acc_stamp[id] = c->stamp;
        c->acc[id] = 0;
        if (!PR_GROW(c->dterms_doc, c->cap_dterms_doc, *nd + 1)) return false;
        c->dterms_doc[(*nd)++] = id;
    }
    c->acc[id] += w;
    return true;
}

/* Title words: runs of letters, digits and marks, lower-cased, stopwords dropped, stemmed. */
static bool add_title(pr_cluster *c, const precis_doc *doc, const char *title, size_t *nd)
{
    struct sb_stemmer *stem = doc->ctx ? pr_ctx_stemmer(doc->ctx, doc->lang) : NULL;
    size_t n = strlen(title), i = 0;
    while (i < n) {
        size_t s = i;
        int32_t cp = pr_utf8_next(title, n, &i);
        if (!pr_cp_is_letter(cp) && !pr_cp_is_digit(cp)) continue;
        size_t e = i;
        while (e < n) {
            size_t k = e;
            int32_t q = pr_utf8_next(title, n, &k);
            if (!pr_cp_is_letter(q) && !pr_cp_is_digit(q) && !pr_cp_is_mark(q)) break;
            e = k;
        }
        i = e;
        size_t ll = 0;
        char *low = pr_utf8_lower(title + s, e - s, &ll);
        if (!low) return false;
        bool letter = false;
        for (size_t k = 0; k < ll;) { if (pr_cp_is_letter(pr_utf8_next(low, ll, &k))) { letter = true; break; } }
        if (ll >= 2 && letter && !pr_is_stopword(doc->lang, low, ll)) {
            const char *form = low;
            size_t fl = ll;
            if (stem) {
                const sb_symbol *sym = sb_stemmer_stem(stem, (const sb_symbol *)low, (int)ll);
                if (sym) { form = (const char *)sym; fl = (size_t)sb_stemmer_length(stem); }
            }
            if (!acc_add(c, form, fl, (float)c->p.title_w, nd)) { pr_free(low); return false; }
        }
        pr_free(low);
    }
    return true;
}

bool pr_cluster_vectorize(pr_cluster *c, const precis_doc *doc, const char *title, pr_cvec *out)
{
    out->n = 0;
    next_stamp(c);
    size_t nd = 0;
    char name[128];
    for (size_t i = 0; i < doc->n_toks; i++) {
        const pr_token *t = &doc->toks[i];
        if (c->p.pair_w > 0 && i > 0 && t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_STOP)) {
            const pr_token *u = &doc->toks[i - 1];
            if (u->kind == PR_TOK_WORD && (u->flags & PR_TF_CAP) && !(u->flags & PR_TF_STOP)) {
                const char *a = pr_tok_lower(doc, u), *b = pr_tok_lower(doc, t);
                size_t la = strlen(a), lb = strlen(b);
                if (la + lb + 3 <= sizeof name) {
                    name[0] = '@'; memcpy(name + 1, a, la); name[1 + la] = '_'; memcpy(name + 2 + la, b, lb);
                    if (!acc_add(c, name, la + lb + 2, (float)c->p.pair_w, &nd)) return false;
                }
            }
        }
        if (t->kind != PR_TOK_WORD || (t->flags & PR_TF_STOP)) continue;
        const char *stem = pr_tok_stem(doc, t);
        size_t sl = strlen(stem);
        if (sl < 2) continue;
        if (!acc_add(c, stem, sl, 1.0f, &nd)) return false;
        if (c->p.name_w > 0 && (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_SENT0)) {
            const char *low = pr_tok_lower(doc, t);
            size_t ll = strlen(low);
            if (ll + 2 <= sizeof name) {
                name[0] = '@';
                memcpy(name + 1, low, ll);
                if (!acc_add(c, name, ll + 1, (float)c->p.name_w, &nd)) return false;
            }
        }
    }
    if (!title) title = doc->title;
    if (title && !add_title(c, doc, title, &nd)) return false;
    c->ndocs++;
    if (!PR_GROW(out->t, out->cap, nd)) return false;
    if (!PR_GROW(c->dterm, c->cap_dterm, c->n_dterm + nd)) return false;
    for (size_t k = 0; k < nd; k++) {
        uint32_t id = c->dterms_doc[k];
        cterm *ct = &c->terms[id];
        ct->df++;
        if (!ct->dirty) { ct->dirty = true; c->dterm[c->n_dterm++] = id; }
        double idf = log(1.0 + ((double)c->ndocs + c->p.idf_prior) / ct->df);
        out->t[k].term = id;
        out->t[k].w = (float)(log(1.0 + c->acc[id]) * idf);
    }
    out->n = keep_top(out->t, nd, c->p.doc_terms);
    double norm = 0;
    for (size_t k = 0; k < out->n; k++) norm += (double)out->t[k].w * out->t[k].w;
    norm = sqrt(norm);
    if (norm > 0)
        for (size_t k = 0; k < out->n; k++) out->t[k].w = (float)(out->t[k].w / norm);
    return true;
}

/* ---- stories ---- */

static float vec_norm(const pr_tw *t, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += (double)t[i].w * t[i].w;
    return (float)sqrt(s);
}

static double dot(const pr_tw *a, size_t na, const pr_tw *b, size_t nb)
{
    double s = 0;
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (a[i].term == b[j].term) { s += (double)a[i].w * b[j].w; i++; j++; }
        else if (a[i].term < b[j].term) i++;
        else j++;
    }
    return s;
}

static bool story_has(const cstory *s, uint32_t term)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->t[mid].term == term) return true;
        if (s->t[mid].term < term) lo = mid + 1; else hi = mid;
    }
    return false;
}

/* Whether a story whose last article has time ts and clock `clock` is out of the window: a
 * dated one more than window_days before the newest date seen, an undated one more than
 * window_items arrivals ago. */
static bool out_of_window(const pr_cluster *c, int64_t ts, uint64_t clock)
{
    if (ts != PR_TS_NONE && c->newest_ts != PR_TS_NONE)
        return c->p.window_days > 0 && (double)(c->newest_ts - ts) > c->p.window_days * 86400.0;
    return c->p.window_items && c->clock > clock && c->clock - clock > c->p.window_items;
}

static bool retired(const pr_cluster *c, const cstory *s)
{
    return s->evicted || out_of_window(c, s->last_ts, s->last_clock);
}

bool pr_cluster_in_window(const pr_cluster *c, int64_t ts, uint64_t clock) { return !out_of_window(c, ts, clock); }

/* A new mark for one pass over a posting list (stories seen in it carry it in pmark); when
 * the counter wraps, every mark is cleared first. */
static void next_pstamp(pr_cluster *c)
{
    if (++c->pstamp == 0) {
        for (size_t i = 0; i < c->n_st; i++) c->st[i].pmark = 0;
        c->pstamp = 1;
    }
}

/* Drops stale entries (merged stories, terms no longer in the centroid, retired stories,
 * repeats) and, if the list is still long, its oldest entries. */
static void compact_postings(pr_cluster *c, uint32_t term)
{
    cterm *ct = &c->terms[term];
    next_pstamp(c);
    uint32_t k = 0;
    for (uint32_t i = ct->npost; i-- > 0;) {  /* newest first, so repeats keep the newest */
        cstory *s = &c->st[ct->post[i]];
        if (s->merged_into || s->pmark == c->pstamp || !story_has(s, term) || retired(c, s)) continue;
        s->pmark = c->pstamp;
        ct->post[k++] = ct->post[i];
    }
    if (k > PR_POST_CAP / 2) k = PR_POST_CAP / 2;
    /* reverse back to oldest-first order */
    for (uint32_t a = 0, b = k ? k - 1 : 0; a < b; a++, b--) {
        uint32_t x = ct->post[a]; ct->post[a] = ct->post[b]; ct->post[b] = x;
    }
    ct->npost = k;
}

static bool post_add(pr_cluster *c, uint32_t term, uint32_t story)
{
    cterm *ct = &c->terms[term];
    if (ct->npost >= PR_POST_CAP) compact_postings(c, term);
    if (ct->npost == ct->cappost) {
        uint32_t nc = ct->cappost ? ct->cappost * 2 : 4;
        if (nc > PR_POST_CAP) nc = PR_POST_CAP;
        uint32_t *np = pr_realloc(ct->post, nc * sizeof *np);
        if (!np) return false;
        ct->post = np; ct->cappost = nc;
    }
    ct->post[ct->npost++] = story;
    return true;
}

/* A cleared slot for story id (a freed one first), mapped from id; 0 on OOM. Pointers into
 * c->st are invalid after it. */
static uint32_t new_slot(pr_cluster *c, uint32_t id)
{
    if (id == 0 || id >= UINT32_MAX - 1) return 0;
    uint32_t sl;
    if (c->n_free) sl = c->freel[c->n_free - 1];
    else {
        if (c->n_st >= UINT32_MAX - 1 || !PR_GROW(c->st, c->cap_st, c->n_st + 1)) return 0;
        sl = (uint32_t)c->n_st;
    }
    if (!pr_idmap_put(&c->map, id, sl)) return 0;
    if (c->n_free) c->n_free--;
    else c->n_st++;
    memset(&c->st[sl], 0, sizeof c->st[sl]);
    c->st[sl].id = id;
    if (id >= c->next_id) c->next_id = id + 1;
    return sl;
}

/* Sets story s's centroid to the top of t[0..n) (sorted by term id) and indexes new terms. */
static bool set_centroid(pr_cluster *c, uint32_t sl, pr_tw *t, size_t n)
{
    n = n > c->p.story_terms ? keep_top(t, n, c->p.story_terms) : n;
    cstory *s = &c->st[sl];
    /* index the terms that enter the centroid */
    size_t i = 0, j = 0;
    while (j < n) {
        if (i < s->n && s->t[i].term == t[j].term) { i++; j++; }
        else if (i < s->n && s->t[i].term < t[j].term) i++;
        else { if (!s->merged_into && !post_add(c, t[j].term, sl)) return false; j++; }
    }
    if (n > s->cap) {
        pr_tw *nt = pr_realloc(s->t, n * sizeof *nt);
        if (!nt) return false;
        s->t = nt; s->cap = (uint32_t)n;
    }
    if (n) memcpy(s->t, t, n * sizeof *t);
    s->n = (uint32_t)n;
    s->norm = vec_norm(s->t, s->n);
    return true;
}

/* tmp := a + f * b (both sorted by term id). */
static bool sum_into_tmp(pr_cluster *c, const pr_tw *a, size_t na, const pr_tw *b, size_t nb, size_t *n)
{
    if (!PR_GROW(c->tmp, c->cap_tmp, na + nb)) return false;
    size_t i = 0, j = 0, k = 0;
    while (i < na || j < nb) {
        if (j >= nb || (i < na && a[i].term < b[j].term)) c->tmp[k++] = a[i++];
        else if (i >= na || b[j].term < a[i].term) c->tmp[k++] = b[j++];
        else { c->tmp[k].term = a[i].term; c->tmp[k++].w = a[i++].w + b[j++].w; }
    }
    *n = k;
    return true;
}

bool pr_cluster_restore_story(pr_cluster *c, uint32_t id, const pr_tw *t, size_t n, uint32_t size,
                              int64_t last_ts, uint64_t last_clock, uint32_t merged_into)
{
    if (id == 0 || pr_idmap_get(&c->map, id)) return false;
    if (!PR_GROW(c->live, c->cap_live, c->n_live + 1)) return false;
    uint32_t sl = new_slot(c, id);
    if (!sl) return false;
    c->live[c->n_live++] = sl;
    cstory *s = &c->st[sl];
    s->exists = true;
    s->size = size;
    s->last_ts = last_ts;
    s->last_clock = last_clock;
    if (last_clock > c->clock) c->clock = last_clock;
    s->merged_into = merged_into;
    if (last_ts != PR_TS_NONE && (c->newest_ts == PR_TS_NONE || last_ts > c->newest_ts)) c->newest_ts = last_ts;
    for (size_t i = 0; i < n; i++) if (t[i].term >= c->voc.n) return false;
    if (!PR_GROW(c->tmp, c->cap_tmp, n)) return false;
    if (n) {
        memcpy(c->tmp, t, n * sizeof *t);
        qsort(c->tmp, n, sizeof *t, cmp_tw_term);
    }
    return set_centroid(c, sl, c->tmp, n);
}

uint32_t pr_cluster_story_count(const pr_cluster *c) { return c->next_id - 1; }
size_t pr_cluster_live_count(const pr_cluster *c) { return c ? c->n_live : 0; }
size_t pr_cluster_slots(const pr_cluster *c) { return c ? c->cap_st : 0; }

void pr_cluster_restore_time(pr_cluster *c, int64_t newest_ts, uint64_t clock)
{
    if (newest_ts != PR_TS_NONE && (c->newest_ts == PR_TS_NONE || newest_ts > c->newest_ts)) c->newest_ts = newest_ts;
    if (clock > c->clock) c->clock = clock;
}

bool pr_cluster_reserve(pr_cluster *c, uint32_t max_id)
{
    if (max_id >= UINT32_MAX - 1) return false;
    if (max_id >= c->next_id) c->next_id = max_id + 1;
    return true;
}
int64_t pr_cluster_newest(const pr_cluster *c) { return c->newest_ts; }

bool pr_cluster_story(const pr_cluster *c, uint32_t id, const pr_tw **t, size_t *n, uint32_t *size,
                      int64_t *last_ts, uint32_t *merged_into)
{
    uint32_t sl = id ? pr_idmap_get(&c->map, id) : 0;
    if (!sl || !c->st[sl].exists || c->st[sl].evicted) return false;
    const cstory *s = &c->st[sl];
    *t = s->t; *n = s->n; *size = s->size; *last_ts = s->last_ts; *merged_into = s->merged_into;
    return true;
}

uint32_t pr_cluster_resolve(const pr_cluster *c, uint32_t story)
{
    for (size_t hops = 0; story && hops < 1000; hops++) {
        uint32_t sl = pr_idmap_get(&c->map, story);
        if (!sl || !c->st[sl].merged_into) break;
        story = c->st[sl].merged_into;
    }
    return story;
}

static double decay(const pr_cluster *c, int64_t ts, int64_t last)
{
    if (ts == PR_TS_NONE || last == PR_TS_NONE) return 1.0;
    double dt = fabs((double)(ts - last)) / 86400.0;
    if (dt > c->p.window_days) return 0.0;
    if (dt <= 1.0) return 1.0;
    return pow(0.5, (dt - 1.0) / c->p.half_life_days);
}

/* The candidates of a query vector q (unit length): up to PR_CANDIDATES story slots written to
 * cand, by the weight of the query terms their centroids share (`exclude`: a slot). */
static size_t candidates(pr_cluster *c, const pr_tw *q, size_t nq, uint32_t exclude, uint32_t *cand)
{
    next_stamp(c);
    c->n_touched = 0;
    double common = c->ndocs >= 200 ? PR_COMMON_DF * (double)c->ndocs : 1e300;
    /* the window as two integer cut-offs, tested for every posting (same rule as retired()) */
    int64_t min_ts = INT64_MIN;
    uint64_t min_clock = 0;
    if (c->newest_ts != PR_TS_NONE && c->p.window_days > 0) {
        double w = c->p.window_days * 86400.0;
        min_ts = (double)c->newest_ts - w > -9e18 ? c->newest_ts - (int64_t)floor(w) : INT64_MIN + 1;
    }
    if (c->p.window_items && c->clock > c->p.window_items) min_clock = c->clock - c->p.window_items;
    for (size_t i = 0; i < nq; i++) {
        const cterm *ct = &c->terms[q[i].term];
        if ((double)ct->df > common) continue;
        for (uint32_t k = 0; k < ct->npost; k++) {
            uint32_t sid = ct->post[k];
            cstory *s = &c->st[sid];
            if (sid == exclude || s->merged_into || s->evicted) continue;
            if (s->last_ts != PR_TS_NONE && c->newest_ts != PR_TS_NONE ? s->last_ts < min_ts : s->last_clock < min_clock)
                continue; /* out of the window */
            if (s->stamp != c->stamp) {
                if (!PR_GROW(c->touched, c->cap_touched, c->n_touched + 1)) return 0;
                s->stamp = c->stamp;
                s->acc = 0;
                c->touched[c->n_touched++] = sid;
            }
            s->acc += q[i].w;
        }
    }
    size_t n = 0;
    for (size_t i = 0; i < c->n_touched; i++) {
        uint32_t sid = c->touched[i];
        float a = c->st[sid].acc;
        if (n == PR_CANDIDATES && a <= c->st[cand[n - 1]].acc) continue;
        size_t pos = n < PR_CANDIDATES ? n++ : n - 1;
        while (pos > 0 && c->st[cand[pos - 1]].acc < a) { cand[pos] = cand[pos - 1]; pos--; }
        cand[pos] = sid;
    }
    return n;
}

/* Merges the story in slot `from` into the one in slot `into`. */
static bool merge_stories(pr_cluster *c, uint32_t from, uint32_t into)
{
    cstory *a = &c->st[from], *b = &c->st[into];
    size_t n;
    if (!sum_into_tmp(c, b->t, b->n, a->t, a->n, &n)) return false;
    if (!set_centroid(c, into, c->tmp, n)) return false;
    a = &c->st[from]; b = &c->st[into];
    b->size += a->size;
    if (a->last_ts != PR_TS_NONE && (b->last_ts == PR_TS_NONE || a->last_ts > b->last_ts)) b->last_ts = a->last_ts;
    if (a->last_clock > b->last_clock) b->last_clock = a->last_clock;
    a->merged_into = b->id;
    return mark_story(c, from) && mark_story(c, into);
}

typedef struct scand { double sim; uint32_t id, sl; } scand; /* story id and slot */

static int cmp_scand(const void *a, const void *b)
{
    const scand *x = a, *y = b;
    if (x->sim != y->sim) return x->sim > y->sim ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Minimum centroid similarity for merging stories of sizes a and b: a story of one article
 * merging is a late join (the join threshold); two grown stories need `merge`. */
static double merge_threshold(const pr_cluster *c, uint32_t a, uint32_t b)
{
    uint32_t m = a < b ? a : b;
    if (m <= 1) return c->p.join;
    return c->p.merge;
}

static double story_sim(const pr_cluster *c, const cstory *s, const cstory *o)
{
    if (s->norm <= 0 || o->norm <= 0) return 0;
    return dot(s->t, s->n, o->t, o->n) / ((double)s->norm * o->norm) * decay(c, s->last_ts, o->last_ts);
}

/* Merges the story in slot `id` with the candidate stories that pass merge_threshold(), best
 * first. The candidates (slots) are `given` (nc of them) or, when given is NULL, looked up with
 * the story's own heaviest terms. Ties are broken by story id. */
static bool maybe_merge(pr_cluster *c, uint32_t id, const uint32_t *given, size_t ngiven, pr_assign *out)
{
    cstory *s = &c->st[id];
    if (s->norm <= 0) return true;
    uint32_t cand[PR_CANDIDATES];
    size_t nc = 0;
    if (given) {
        for (size_t i = 0; i < ngiven && nc < PR_CANDIDATES; i++)
            if (given[i] != id) cand[nc++] = given[i];
    } else {
        /* query: the story's heaviest terms, unit length */
        pr_tw q[PR_DOC_TERMS_MAX];
        size_t nq = s->n;
        if (!PR_GROW(c->tmp, c->cap_tmp, nq)) return false;
        memcpy(c->tmp, s->t, nq * sizeof *q);
        nq = keep_top(c->tmp, nq, c->p.doc_terms);
        memcpy(q, c->tmp, nq * sizeof *q);
        float qn = vec_norm(q, nq);
        for (size_t i = 0; i < nq; i++) q[i].w /= qn;
        nc = candidates(c, q, nq, id, cand);
    }
    scand sims[PR_CANDIDATES];
    size_t ns = 0;
    for (size_t i = 0; i < nc; i++) {
        double sim = story_sim(c, s, &c->st[cand[i]]);
        if (sim > 0) { sims[ns].sim = sim; sims[ns].id = c->st[cand[i]].id; sims[ns].sl = cand[i]; ns++; }
    }
    if (!ns) return true;
    qsort(sims, ns, sizeof sims[0], cmp_scand);
    /* every candidate that passes, best first; the similarity is recomputed after a merge
     * changed this story's centroid */
    for (size_t i = 0; i < ns && out->n_merges < PR_MAX_MERGES; i++) {
        uint32_t oid = sims[i].sl;
        s = &c->st[id];
        const cstory *o = &c->st[oid];
        if (o->merged_into) continue;
        double sim = i == 0 ? sims[i].sim : story_sim(c, s, o);
        if (sim < merge_threshold(c, s->size, o->size)) continue;
        uint32_t from = id, into = oid;
        if (o->size < s->size || (o->size == s->size && o->id > s->id)) { from = oid; into = id; }
        uint32_t from_id = c->st[from].id, into_id = c->st[into].id;
        if (!merge_stories(c, from, into)) return false;
        out->merges[out->n_merges].from = from_id;
        out->merges[out->n_merges++].into = into_id;
        if (out->story == from_id) out->story = into_id;
        if (from == id) break;
    }
    return true;
}

bool pr_cluster_assign(pr_cluster *c, const pr_cvec *v, int64_t ts, uint64_t clock, pr_assign *out)
{
    memset(out, 0, sizeof *out);
    if (ts != PR_TS_NONE && (c->newest_ts == PR_TS_NONE || ts > c->newest_ts)) c->newest_ts = ts;
    if (clock > c->clock) c->clock = clock;
    uint32_t cand[PR_CANDIDATES];
    size_t nc = v->n ? candidates(c, v->t, v->n, 0, cand) : 0;
    double best = 0;
    uint32_t bid = 0;
    for (size_t i = 0; i < nc; i++) {
        const cstory *s = &c->st[cand[i]];
        if (s->norm <= 0 || retired(c, s)) continue;
        double sim = dot(v->t, v->n, s->t, s->n) / s->norm * decay(c, ts, s->last_ts);
        /* a centroid of many articles is smoother than one article: a document shares a smaller
         * part of it, so the same evidence scores lower; size_boost compensates */
        if (s->size > 1) sim *= 1.0 + c->p.size_boost * log((double)s->size);
        if (sim > best || (sim == best && bid && s->id < c->st[bid].id)) { best = sim; bid = cand[i]; }
    }
    if (bid && best >= c->p.join) {
        cstory *s = &c->st[bid];
        size_t n;
        if (!sum_into_tmp(c, s->t, s->n, v->t, v->n, &n)) return false;
        if (!set_centroid(c, bid, c->tmp, n)) return false;
        s = &c->st[bid];
        s->size++;
        if (ts != PR_TS_NONE && (s->last_ts == PR_TS_NONE || ts > s->last_ts)) s->last_ts = ts;
        if (clock > s->last_clock) s->last_clock = clock;
        if (!mark_story(c, bid)) return false;
        out->story = s->id;
        out->sim = best;
        /* a grown story may now reach stories that the article's own candidates hold (a
         * story of one article left behind earlier is then a late join); at sizes 2, 4, 8, ...
         * and every 16 it also looks up candidates with its own terms */
        uint32_t z = s->size;
        bool full = (z & (z - 1)) == 0 || z % 16 == 0;
        return maybe_merge(c, bid, full ? NULL : cand, nc, out);
    }
    if (!PR_GROW(c->live, c->cap_live, c->n_live + 1)) return false;
    uint32_t id = new_slot(c, c->next_id);
    if (!id) return false;
    c->live[c->n_live++] = id;
    cstory *s = &c->st[id];
    s->exists = true;
    s->size = 1;
    s->last_ts = ts;
    s->last_clock = clock;
    if (!PR_GROW(c->tmp, c->cap_tmp, v->n)) return false;
    if (v->n) memcpy(c->tmp, v->t, v->n * sizeof *v->t);
    if (!set_centroid(c, id, c->tmp, v->n)) return false;
    if (!mark_story(c, id)) return false;
    out->story = c->st[id].id;
    out->is_new = true;
    return true;
}

void pr_cluster_touch(pr_cluster *c, uint32_t story, int64_t ts, uint64_t clock)
{
    if (ts != PR_TS_NONE && (c->newest_ts == PR_TS_NONE || ts > c->newest_ts)) c->newest_ts = ts;
    if (clock > c->clock) c->clock = clock;
    story = pr_cluster_resolve(c, story);
    uint32_t sl = story ? pr_idmap_get(&c->map, story) : 0;
    if (!sl) return;
    cstory *s = &c->st[sl];
    /* a story out of the window (or not in memory) stays as it is: a copy does not revive it */
    if (!s->exists || retired(c, s)) return;
    if (clock > s->last_clock) s->last_clock = clock;
    if (ts != PR_TS_NONE && (s->last_ts == PR_TS_NONE || ts > s->last_ts)) { s->last_ts = ts; mark_story(c, sl); }
}

/* Drops the entries of stories no longer in memory, of terms no longer in a story's centroid
 * and repeats from term's posting list, and gives back the room it does not need. */
static void purge_postings(pr_cluster *c, uint32_t term)
{
    cterm *ct = &c->terms[term];
    next_pstamp(c);
    uint32_t k = 0;
    for (uint32_t i = 0; i < ct->npost; i++) {
        cstory *s = &c->st[ct->post[i]];
        if (s->evicted || s->merged_into || s->pmark == c->pstamp || !story_has(s, term)) continue;
        s->pmark = c->pstamp; /* a story listed twice (its term left the centroid and came back) */
        ct->post[k++] = ct->post[i];
    }
    ct->npost = k;
    if (k == 0) { pr_free(ct->post); ct->post = NULL; ct->cappost = 0; return; }
    if (k * 4 <= ct->cappost) {
        uint32_t nc = k * 2 > 4 ? k * 2 : 4;
        uint32_t *np = pr_realloc(ct->post, nc * sizeof *np);
        if (np) { ct->post = np; ct->cappost = nc; }
    }
}

bool pr_cluster_evict(pr_cluster *c, const uint32_t **ids, size_t *n, uint64_t *oldest_clock)
{
    *ids = NULL; *n = 0;
    c->n_evl = 0;
    uint64_t oldest = UINT64_MAX;
    size_t nev = 0;
    for (size_t i = 0; i < c->n_live; i++) {
        const cstory *s = &c->st[c->live[i]];
        if (s->merged_into || retired(c, s)) nev++;
        else if (s->last_clock < oldest) oldest = s->last_clock;
    }
    if (oldest_clock) *oldest_clock = oldest;
    if (!nev) return true;
    if (!PR_GROW(c->evl, c->cap_evl, nev) || !PR_GROW(c->freel, c->cap_free, c->n_free + nev))
        return false; /* nothing changed */
    size_t k = 0;
    for (size_t i = 0; i < c->n_live; i++) {
        uint32_t sl = c->live[i];
        cstory *s = &c->st[sl];
        if (!s->merged_into && !retired(c, s)) { c->live[k++] = sl; continue; }
        c->evl[c->n_evl++] = s->id;
        /* the slot is free for a new story once no posting refers to it: they are all purged
         * below, before this function returns */
        pr_idmap_del(&c->map, s->id);
        c->freel[c->n_free++] = sl;
        pr_free(s->t);
        s->t = NULL; s->n = s->cap = 0; s->norm = 0;
        s->evicted = true;
    }
    c->n_live = k;
    /* every posting list: besides the stories dropped now, entries left behind when a term
     * fell out of a centroid would otherwise pile up to the cap of each list */
    for (size_t i = 0; i < c->voc.n; i++)
        if (c->terms[i].npost) purge_postings(c, (uint32_t)i);
    if (k * 4 <= c->cap_live && c->cap_live > 64) {
        size_t nc = k * 2 > 64 ? k * 2 : 64;
        uint32_t *nl = pr_realloc(c->live, nc * sizeof *nl);
        if (nl) { c->live = nl; c->cap_live = nc; }
    }
    *ids = c->evl; *n = c->n_evl;
    return true;
}

size_t pr_cluster_memory(const pr_cluster *c)
{
    if (!c) return 0;
    size_t m = c->voc.pool.cap + c->voc.cap * 4 + c->voc.nslots * 4 + c->cap_terms * sizeof(cterm) +
               c->cap_acc * 8 + c->cap_st * sizeof(cstory) + (c->cap_live + c->cap_evl + c->cap_free) * 4 +
               pr_idmap_memory(&c->map);
    for (size_t i = 0; i < c->voc.n; i++) m += c->terms[i].cappost * 4;
    for (size_t i = 0; i < c->n_st; i++) m += c->st[i].cap * sizeof(pr_tw);
    return m;
}
