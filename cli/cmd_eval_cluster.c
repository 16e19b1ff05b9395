/*
 * cmd_eval_cluster.c — `precis eval cluster`: story clustering against gold clusters, and
 * near-duplicate detection against a test set built from real articles.
 *
 * Clustering: every article of every DATASET.jsonl ({"id", "lang", "title", "text", "date"?,
 * "cluster"}) goes, as one stream (files in the order given, articles in date order where
 * dates exist, else file order; --shuffle SEED for a random order), into a fresh store
 * through the public API (precis_store_add), exactly as `precis add` would. The stories of the
 * store are then compared with the gold clusters: B-cubed precision/recall/F1 (Bagga & Baldwin
 * 1998: per article, the share of its predicted story that is in its gold cluster, and the
 * reverse), pairwise precision/recall/F1 and the number of clusters, per file and for the union.
 *
 * Near duplicates (--dups): from the first articles of the data sets (those of at least 150
 * words), copies are made by the edits that re-posting does: a different header and author bio,
 * light word edits (2 % of words dropped or changed), a cut last paragraph, all of these
 * together, and a heavier edit (10 %) — positives; the other articles of the same gold cluster
 * (independent reports of the same event) are the negatives. Precision and recall of
 * PRECIS_ADD_COPY / NEAR_COPY over these, plus the bundled seeds 001/003 when present.
 */
#include "cliutil.h"
#include "commands.h"
#include <jansson.h>
#include <precis.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
    "usage: precis eval cluster [options] [DATASET.jsonl...]\n"
    "  Streams the articles of the data sets (default ../shared/data/clustering/*.jsonl) into a\n"
    "  fresh store and scores its stories against the gold \"cluster\" of each article.\n"
    "options:\n"
    "  --shuffle SEED  feed the articles in a random order (seeded) instead of date/file order\n"
    "  --db FILE       keep the store in FILE (default: in memory)\n"
    "  --dups          evaluate near-duplicate detection instead (copies built by edits)\n"
    "  --seeds DIR     seed articles for --dups (default ../shared/seeds)\n"
    "  --audit FILE    also score against the gold as audited in FILE (tab-separated: article\n"
    "                  id, gold cluster, E|B|X, reason): an article judged B (background, another\n"
    "                  event) or X (no news, wrong page) stands alone; and print the ceiling, a\n"
    "                  clusterer that makes exactly the audited stories, scored on the gold\n"
    "  --check         exit 4 when B-cubed F1 of the union is below 0.95\n"
    "  -v, --verbose   list predicted stories that mix gold clusters\n";

#define DEFAULT_DIR "../shared/data/clustering"
static const char *const default_sets[] = {
    DEFAULT_DIR "/multinews_sample250_clustering.jsonl",
    DEFAULT_DIR "/rpm2_fr_dev_clustering.jsonl",
    DEFAULT_DIR "/wikinewssum_en_sample_clustering.jsonl",
};

typedef struct rec {
    precis_article *a;
    char *gold;       /* file index + ":" + gold cluster */
    char *date;
    int file;
    size_t pos;
    char *stored_id;  /* id in the store */
    char *copy_of;    /* stored id of the article it copies (NULL if none) */
    char *audited;    /* --audit: its gold when judged alone (B/X), else NULL */
    long pred;        /* predicted story id (-1 = not stored) */
} rec;

typedef struct recs { rec *r; size_t n, cap; } recs;

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

static int load_file(precis_ctx *ctx, const char *path, int file, recs *rs)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    size_t lineno = 0;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        if (len == 0) continue;
        precis_article *a = NULL;
        if (precis_article_from_json(ctx, line, (size_t)len, &a) != PRECIS_OK) {
            fprintf(stderr, "precis: %s:%zu: %s (skipped)\n", path, lineno, precis_ctx_errmsg(ctx));
            continue;
        }
        json_t *o = json_loadb(line, (size_t)len, 0, NULL);
        json_t *g = o ? json_object_get(o, "cluster") : NULL;
        const char *gs = g && json_is_string(g) ? json_string_value(g) : NULL;
        if (!gs) {
            fprintf(stderr, "precis: %s:%zu: no gold \"cluster\" (skipped)\n", path, lineno);
            json_decref(o);
            precis_article_free(a);
            continue;
        }
        if (rs->n == rs->cap) {
            rs->cap = rs->cap ? rs->cap * 2 : 1024;
            rec *nr = realloc(rs->r, rs->cap * sizeof *nr);
            if (!nr) { json_decref(o); precis_article_free(a); free(line); fclose(f); return -2; }
            rs->r = nr;
        }
        rec *r = &rs->r[rs->n];
        memset(r, 0, sizeof *r);
        size_t gl = strlen(gs) + 16;
        r->gold = malloc(gl);
        if (r->gold) snprintf(r->gold, gl, "%d:%s", file, gs);
        r->date = a->date ? xstrdup(a->date) : NULL;
        r->a = a;
        r->file = file;
        r->pos = rs->n;
        r->pred = -1;
        json_decref(o);
        if (!r->gold) { precis_article_free(a); free(line); fclose(f); return -2; }
        rs->n++;
    }
    free(line);
    fclose(f);
    return 0;
}

static int cmp_date(const void *x, const void *y)
{
    const rec *a = *(rec *const *)x, *b = *(rec *const *)y;
    int c = strcmp(a->date, b->date);
    if (c) return c;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Articles in date order where dates exist: dated articles are sorted among the positions
 * dated articles hold; undated ones keep theirs. */
static void date_order(recs *rs)
{
    size_t nd = 0;
    for (size_t i = 0; i < rs->n; i++) nd += rs->r[i].date != NULL;
    if (!nd) return;
    rec **d = malloc(nd * sizeof *d);
    rec *copy = malloc(rs->n * sizeof *copy);
    if (!d || !copy) { free(d); free(copy); return; }
    memcpy(copy, rs->r, rs->n * sizeof *copy);
    size_t k = 0;
    for (size_t i = 0; i < rs->n; i++) if (copy[i].date) d[k++] = &copy[i];
    qsort(d, nd, sizeof *d, cmp_date);
    k = 0;
    for (size_t i = 0; i < rs->n; i++) if (copy[i].date) rs->r[i] = *d[k++];
    free(d);
    free(copy);
}

static uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    return *s = x;
}

/* ---- scoring ---- */

typedef struct scores { double bp, br, bf, pp, pr, pf; size_t n, ngold, npred; } scores;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sorts the n strings of v and drops repeats; returns how many distinct ones remain, so that a
 * string's index (bsearch with cmp_str) numbers it densely. */
static size_t sort_unique(char **v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_str);
    size_t nl = 0;
    for (size_t i = 0; i < n; i++) if (!nl || strcmp(v[nl - 1], v[i])) v[nl++] = v[i];
    return nl;
}

/* Dense numbers for gold labels of rs (indices in `idx`). */
static void score(const recs *rs, const size_t *idx, size_t n, scores *out)
{
    memset(out, 0, sizeof *out);
    out->n = n;
    if (!n) return;
    /* gold ids: sort labels */
    char **labels = malloc(n * sizeof *labels);
    long *gold = malloc(n * sizeof *gold), *pred = malloc(n * sizeof *pred);
    if (!labels || !gold || !pred) { free(labels); free(gold); free(pred); return; }
    for (size_t i = 0; i < n; i++) labels[i] = rs->r[idx[i]].gold;
    size_t nl = sort_unique(labels, n);
    long next_single = -2;
    for (size_t i = 0; i < n; i++) {
        char **hit = bsearch(&rs->r[idx[i]].gold, labels, nl, sizeof *labels, cmp_str);
        gold[i] = hit ? (long)(hit - labels) : 0;
        pred[i] = rs->r[idx[i]].pred >= 0 ? rs->r[idx[i]].pred : next_single--; /* not stored: alone */
    }
    out->ngold = nl;
    /* counts by (pred), (gold), (pred, gold) via sorting pairs */
    typedef struct pg { long p, g; } pg;
    pg *v = malloc(n * sizeof *v);
    if (!v) { free(labels); free(gold); free(pred); return; }
    for (size_t i = 0; i < n; i++) { v[i].p = pred[i]; v[i].g = gold[i]; }
    /* simple O(n^2)-free counting with hashing is overkill for 1e3..1e4 items: sort */
    for (size_t i = 1; i < n; i++) { /* insertion sort by (p, g) — n is small */
        pg x = v[i];
        size_t j = i;
        while (j > 0 && (v[j - 1].p > x.p || (v[j - 1].p == x.p && v[j - 1].g > x.g))) { v[j] = v[j - 1]; j--; }
        v[j] = x;
    }
    double bp = 0, br = 0, pairs_both = 0, pairs_pred = 0, pairs_gold = 0;
    size_t *gsize = calloc(nl, sizeof *gsize);
    if (!gsize) { free(v); free(labels); free(gold); free(pred); return; }
    for (size_t i = 0; i < n; i++) gsize[gold[i]]++;
    for (size_t g = 0; g < nl; g++) pairs_gold += (double)gsize[g] * (gsize[g] - 1) / 2;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && v[j].p == v[i].p) j++;
        double ps = (double)(j - i);
        out->npred++;
        pairs_pred += ps * (ps - 1) / 2;
        size_t k = i;
        while (k < j) {
            size_t m = k;
            while (m < j && v[m].g == v[k].g) m++;
            double both = (double)(m - k);
            pairs_both += both * (both - 1) / 2;
            /* each of the `both` items: precision both/ps, recall both/|gold| */
            bp += both * (both / ps);
            br += both * (both / (double)gsize[v[k].g]);
            k = m;
        }
        i = j;
    }
    out->bp = bp / n;
    out->br = br / n;
    out->bf = out->bp + out->br > 0 ? 2 * out->bp * out->br / (out->bp + out->br) : 0;
    out->pp = pairs_pred > 0 ? pairs_both / pairs_pred : 1;
    out->pr = pairs_gold > 0 ? pairs_both / pairs_gold : 1;
    out->pf = out->pp + out->pr > 0 ? 2 * out->pp * out->pr / (out->pp + out->pr) : 0;
    free(gsize); free(v); free(labels); free(gold); free(pred);
}

static void print_scores(const char *name, const scores *s)
{
    printf("%-44s %6zu %6zu %6zu   %.3f %.3f %.3f   %.3f %.3f %.3f\n", name, s->n, s->ngold, s->npred,
           s->bp, s->br, s->bf, s->pp, s->pr, s->pf);
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* ---- near-duplicate test set ---- */

static const char *const headers[] = {
    "EXCLUSIVE — updated 14:32 — share this article",
    "Mis à jour le 19/09/2023 à 18h02 — Partager sur Facebook",
    "From our wire service | World news",
};
static const char *const bios[] = {
    "Jane Doe is a freelance reporter covering politics and foreign affairs. Follow her on X.",
    "« Lecteur. Voyageur évangéliste. Internetaholic indépendant. Fier spécialiste du Web. »",
    "Laisser un commentaire. Votre adresse e-mail ne sera pas publiée.",
};

/* Copies text with edits: mode bit 1 header, 2 bio, 4 word edits at `rate`, 8 cut the last
 * paragraph. Returns a malloc'd string. */
static char *make_variant(const char *text, unsigned mode, double rate, uint64_t *rng)
{
    size_t n = strlen(text);
    size_t cap = n * 2 + 512;
    char *out = malloc(cap);
    if (!out) return NULL;
    size_t o = 0;
    if (mode & 1) o += (size_t)snprintf(out + o, cap - o, "%s\n", headers[rng_next(rng) % 3]);
    size_t end = n;
    if (mode & 8) {
        size_t k = n;
        while (k > 0 && (text[k - 1] == '\n' || text[k - 1] == ' ')) k--;
        while (k > 0 && text[k - 1] != '\n') k--;
        if (k > n / 2) end = k;
    }
    size_t i = 0;
    while (i < end) {
        size_t j = i;
        while (j < end && text[j] != ' ' && text[j] != '\n') j++;
        bool edit = (mode & 4) && j > i && (double)(rng_next(rng) % 10000) < rate * 10000;
        if (edit) {
            unsigned kind = (unsigned)(rng_next(rng) % 2);
            if (kind == 1 && o + 6 < cap) { memcpy(out + o, "leur", 4); o += 4; } /* a changed word */
            /* kind 0: dropped */
        } else if (o + (j - i) < cap) {
            memcpy(out + o, text + i, j - i);
            o += j - i;
        }
        if (j < end && o + 1 < cap) out[o++] = text[j];
        i = j + 1;
    }
    if ((mode & 2) && o + 300 < cap) o += (size_t)snprintf(out + o, cap - o, "\n%s\n", bios[rng_next(rng) % 3]);
    out[o] = '\0';
    return out;
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool w = *s != ' ' && *s != '\n' && *s != '\t';
        if (w && !in) n++;
        in = w;
    }
    return n;
}

static int eval_dups(precis_ctx *ctx, recs *rs, const char *db, const char *seeds, bool verbose)
{
    precis_store *st;
    if (precis_store_open(ctx, db ? db : ":memory:", 0, &st) != PRECIS_OK) {
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
        return EXIT_FAILURE_;
    }
    static const struct { unsigned mode; double rate; const char *name; } kinds[] = {
        {1 | 2, 0, "header + bio"}, {4, 0.02, "2% word edits"}, {8, 0, "last paragraph cut"},
        {1 | 2 | 4 | 8, 0.02, "all of these"}, {4, 0.10, "10% word edits"},
    };
    enum { NK = sizeof kinds / sizeof kinds[0] };
    size_t tp[NK] = {0}, fn[NK] = {0}, fp = 0, fp_exact = 0, tn = 0, bases = 0;
    uint64_t rng = 0x9e3779b97f4a7c15ull;
    /* bases: per gold cluster, its first article of >= 150 words; then its variants, then the
     * other members of the cluster (negatives) */
    size_t i = 0;
    char idbuf[64];
    while (i < rs->n) {
        size_t j = i;
        while (j < rs->n && !strcmp(rs->r[j].gold, rs->r[i].gold)) j++;
        size_t b = i;
        while (b < j && count_words(rs->r[b].a->data) < 150) b++;
        if (b < j) {
            precis_article a = *rs->r[b].a;
            snprintf(idbuf, sizeof idbuf, "base-%zu", bases);
            a.id = idbuf;
            precis_add_result res;
            if (precis_store_add(st, &a, &res) == PRECIS_OK) {
                bases++;
                for (size_t k = 0; k < NK; k++) {
                    char *v = make_variant(rs->r[b].a->data, kinds[k].mode, kinds[k].rate, &rng);
                    if (!v) continue;
                    precis_article va = a;
                    snprintf(idbuf, sizeof idbuf, "var-%zu-%zu", bases, k);
                    va.id = idbuf;
                    va.data = v;
                    va.len = strlen(v);
                    if (precis_store_add(st, &va, &res) == PRECIS_OK) {
                        if (res.kind == PRECIS_ADD_COPY || res.kind == PRECIS_ADD_NEAR_COPY) tp[k]++;
                        else fn[k]++;
                    }
                    free(v);
                }
                for (size_t k = i; k < j; k++) {
                    if (k == b) continue;
                    precis_article na = *rs->r[k].a;
                    snprintf(idbuf, sizeof idbuf, "neg-%zu-%zu", bases, k);
                    na.id = idbuf;
                    if (precis_store_add(st, &na, &res) != PRECIS_OK) continue;
                    if (res.kind == PRECIS_ADD_COPY || res.kind == PRECIS_ADD_NEAR_COPY) {
                        fp++;
                        fp_exact += res.kind == PRECIS_ADD_COPY;
                        if (verbose) printf("  flagged: %s copy of %s (%.2f)\n", rs->r[k].a->id, res.copy_of, res.similarity);
                    } else tn++;
                }
            }
        }
        i = j;
    }
    size_t ttp = 0, tfn = 0;
    printf("near-duplicate detection: %zu base articles (>= 150 words), one copy per edit each;\n"
           "negatives: the other articles of the same gold cluster (%zu)\n", bases, fp + tn);
    printf("  %-22s %8s %8s\n", "edit", "found", "recall");
    for (size_t k = 0; k < NK; k++) {
        ttp += tp[k]; tfn += fn[k];
        printf("  %-22s %8zu %8.3f\n", kinds[k].name, tp[k], tp[k] + fn[k] ? (double)tp[k] / (tp[k] + fn[k]) : 0);
    }
    /* precision counts the false positives over all copies flagged */
    double p = ttp + fp ? (double)ttp / (ttp + fp) : 1, r = ttp + tfn ? (double)ttp / (ttp + tfn) : 0;
    printf("  all edits: precision %.3f recall %.3f F1 %.3f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    /* same-story articles flagged as copies: most are word-for-word identical pages that the
     * data sets hold twice ("Tweet with a location", one wire text under two ids); those are
     * real copies, so precision is also given without them */
    double p2 = ttp + fp - fp_exact ? (double)ttp / (ttp + fp - fp_exact) : 1;
    printf("  flagged among the %zu same-story articles: %zu, of which %zu identical to an earlier one\n"
           "  (real copies in the data); precision counting only the others as errors: %.3f\n",
           fp + tn, fp, fp_exact, p2);
    precis_store_close(st);
    /* the seeds: 001 and 003 carry the same wire story (two machine translations) */
    if (seeds) {
        precis_store *s2;
        if (precis_store_open(ctx, ":memory:", 0, &s2) == PRECIS_OK) {
            char *paths[1] = {(char *)seeds};
            (void)paths;
            const char *names[] = {"001_d6306359808934e9.txt", "002_187a70de33b9ef4b.txt",
                                   "003_e0b1685020b70630.txt", "004_5568c2f5bfe2e384.txt"};
            printf("seeds (%s):\n", seeds);
            for (size_t k = 0; k < 4; k++) {
                char path[4096];
                snprintf(path, sizeof path, "%s/%s", seeds, names[k]);
                FILE *f = fopen(path, "rb");
                if (!f) { printf("  %s: absent\n", names[k]); continue; }
                size_t len = 0;
                char *data = cli_read_stream(f, &len);
                fclose(f);
                if (!data) continue;
                precis_article a = {0};
                a.id = names[k];
                a.data = data;
                a.len = len;
                precis_add_result res;
                if (precis_store_add(s2, &a, &res) == PRECIS_OK)
                    printf("  %s: %s%s%s, story %lld (similarity %.2f)\n", names[k],
                           res.kind == PRECIS_ADD_NEW ? "new" : res.kind == PRECIS_ADD_COPY ? "copy of " : "near copy of ",
                           res.copy_of ? res.copy_of : "", res.new_story ? " (new story)" : "",
                           (long long)res.story, res.similarity);
                free(data);
            }
            precis_store_close(s2);
        }
    }
    return EXIT_OK;
}

/* Prints the scores of each data set (names[f], NULL = not loaded) and of their union, which
 * it also returns in *all; order is scratch for rs->n indices. */
static void print_table(const recs *rs, const char *const *names, int nf, size_t *order, scores *all)
{
    for (int f = 0; f < nf; f++) {
        if (!names[f]) continue;
        size_t k = 0;
        for (size_t i = 0; i < rs->n; i++) if (rs->r[i].file == f) order[k++] = i;
        scores s;
        score(rs, order, k, &s);
        print_scores(base_name(names[f]), &s);
    }
    for (size_t i = 0; i < rs->n; i++) order[i] = i;
    score(rs, order, rs->n, all);
    print_scores("union", all);
}

/* ---- --audit: an audit of the gold, article by article ---- */

static int cmp_rec_id(const void *a, const void *b)
{
    return strcmp((*(rec *const *)a)->a->id, (*(rec *const *)b)->a->id);
}

/* Reads the audit file: for each line "ID<TAB>CLUSTER<TAB>E|B|X[<TAB>reason]" ('#' lines and
 * blank lines skipped), an article judged B or X gets a gold of its own (r->audited). Every
 * line must name a loaded article and its gold cluster (so that a stale audit fails).
 * Returns EXIT_OK or an exit code after printing "precis: FILE:LINE: reason". */
static int load_audit(const char *path, recs *rs, size_t *judged, size_t *alone)
{
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "precis: %s: cannot read\n", path); return EXIT_BADINPUT; }
    rec **by_id = malloc((rs->n ? rs->n : 1) * sizeof *by_id);
    if (!by_id) { fclose(f); return EXIT_FAILURE_; }
    for (size_t i = 0; i < rs->n; i++) by_id[i] = &rs->r[i];
    qsort(by_id, rs->n, sizeof *by_id, cmp_rec_id);
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    int rc = EXIT_OK;
    *judged = *alone = 0;
    while (rc == EXIT_OK && (len = getline(&line, &cap, f)) > 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        if (len == 0 || line[0] == '#') continue;
        char *id = line, *gold = strchr(id, '\t'), *label = gold ? strchr(gold + 1, '\t') : NULL;
        if (!label) { fprintf(stderr, "precis: %s:%zu: expected ID<TAB>CLUSTER<TAB>E|B|X\n", path, lineno); rc = EXIT_BADINPUT; break; }
        *gold++ = '\0';
        *label++ = '\0';
        char *end = strchr(label, '\t');
        if (end) *end = '\0';
        if (strlen(label) != 1 || !strchr("EBX", label[0])) {
            fprintf(stderr, "precis: %s:%zu: label '%s' is not E, B or X\n", path, lineno, label);
            rc = EXIT_BADINPUT;
            break;
        }
        precis_article key_a = {0};
        key_a.id = id;
        rec key_r = {0};
        key_r.a = &key_a;
        rec *kp = &key_r;
        rec **hit = bsearch(&kp, by_id, rs->n, sizeof *by_id, cmp_rec_id);
        const char *g = hit ? strchr((*hit)->gold, ':') : NULL;
        if (!hit || !g || strcmp(g + 1, gold)) {
            fprintf(stderr, "precis: %s:%zu: no article '%s' in gold cluster '%s'\n", path, lineno, id, gold);
            rc = EXIT_BADINPUT;
            break;
        }
        (*judged)++;
        if (label[0] == 'E' || (*hit)->audited) continue;
        size_t n = strlen(id) + 8;
        (*hit)->audited = malloc(n);
        if (!(*hit)->audited) { rc = EXIT_FAILURE_; break; }
        snprintf((*hit)->audited, n, "alone:%s", id);
        (*alone)++;
    }
    free(line);
    free(by_id);
    fclose(f);
    return rc;
}

/* Swaps each judged article's gold with its audited one (twice = back). */
static void swap_audited(recs *rs)
{
    for (size_t i = 0; i < rs->n; i++)
        if (rs->r[i].audited) { char *t = rs->r[i].gold; rs->r[i].gold = rs->r[i].audited; rs->r[i].audited = t; }
}

/* The ceiling under the audit: every stored article in its audited gold story, a copy in its
 * original's, an article that could not be stored alone; scored against the published gold. */
static int audit_ceiling(recs *rs, char **ids, size_t nid, scores *out)
{
    size_t n = rs->n;
    long *saved = malloc(n * sizeof *saved), *by_id = malloc((nid + 1) * sizeof *by_id);
    char **labels = malloc(n * sizeof *labels);
    size_t *idx = malloc(n * sizeof *idx);
    if (!saved || !by_id || !labels || !idx) { free(saved); free(by_id); free(labels); free(idx); return EXIT_FAILURE_; }
    swap_audited(rs);
    for (size_t i = 0; i < n; i++) labels[i] = rs->r[i].gold;
    size_t nl = sort_unique(labels, n);
    for (size_t k = 0; k < nid; k++) by_id[k] = -1;
    for (size_t i = 0; i < n; i++) {
        saved[i] = rs->r[i].pred;
        idx[i] = i;
        char **g = bsearch(&rs->r[i].gold, labels, nl, sizeof *labels, cmp_str);
        rs->r[i].pred = rs->r[i].stored_id && g ? (long)(g - labels) : -1;
        char **h = rs->r[i].stored_id ? bsearch(&rs->r[i].stored_id, ids, nid, sizeof *ids, cmp_str) : NULL;
        if (h && !rs->r[i].copy_of) by_id[h - ids] = rs->r[i].pred;
    }
    for (size_t i = 0; i < n; i++) { /* copies follow their original */
        char **h = rs->r[i].copy_of ? bsearch(&rs->r[i].copy_of, ids, nid, sizeof *ids, cmp_str) : NULL;
        if (h && by_id[h - ids] >= 0) rs->r[i].pred = by_id[h - ids];
    }
    swap_audited(rs);
    score(rs, idx, n, out);
    for (size_t i = 0; i < n; i++) rs->r[i].pred = saved[i];
    free(saved); free(by_id); free(labels); free(idx);
    return EXIT_OK;
}

int cmd_eval_cluster(int argc, char **argv)
{
    const char *db = NULL, *seeds = "../shared/seeds", *audit = NULL;
    bool check = false, verbose = false, dups = false, shuffle = false;
    uint64_t seed = 1;
    char **files = malloc((size_t)(argc + 3) * sizeof *files);
    int nf = 0;
    if (!files) return EXIT_FAILURE_;
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { fputs(usage, stdout); free(files); return EXIT_OK; }
        else if (cli_opt_value(argc, argv, &i, NULL, "--db", &v)) {
            if (!v) { fprintf(stderr, "precis: eval cluster: --db needs a file\n"); free(files); return EXIT_USAGE; }
            db = v;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--seeds", &v)) {
            if (!v) { fprintf(stderr, "precis: eval cluster: --seeds needs a directory\n"); free(files); return EXIT_USAGE; }
            seeds = v;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--audit", &v)) {
            if (!v) { fprintf(stderr, "precis: eval cluster: --audit needs a file\n"); free(files); return EXIT_USAGE; }
            audit = v;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--shuffle", &v)) {
            char *end = NULL;
            unsigned long long s = v ? strtoull(v, &end, 10) : 0;
            if (!v || !*v || *end) { fprintf(stderr, "precis: eval cluster: --shuffle needs a number\n"); free(files); return EXIT_USAGE; }
            shuffle = true;
            seed = s ? s : 1;
        } else if (!strcmp(argv[i], "--check")) check = true;
        else if (!strcmp(argv[i], "--dups")) dups = true;
        else if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "--verbose")) verbose = true;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "precis: eval cluster: unknown option '%s' (see precis eval cluster --help)\n", argv[i]);
            free(files);
            return EXIT_USAGE;
        } else files[nf++] = argv[i];
    }
    bool defaults = nf == 0;
    if (defaults)
        for (size_t k = 0; k < sizeof default_sets / sizeof default_sets[0]; k++) files[nf++] = (char *)default_sets[k];
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) { free(files); return EXIT_FAILURE_; }
    recs rs = {0};
    int rc = EXIT_OK, loaded = 0;
    const char **names = calloc((size_t)nf, sizeof *names);
    for (int k = 0; k < nf && names; k++) {
        int r = load_file(ctx, files[k], k, &rs);
        if (r == -1) {
            if (defaults) { printf("eval cluster: %s absent, skipped\n", files[k]); continue; }
            fprintf(stderr, "precis: %s: cannot read\n", files[k]);
            rc = EXIT_BADINPUT;
            break;
        }
        if (r == -2) { fprintf(stderr, "precis: out of memory\n"); rc = EXIT_FAILURE_; break; }
        names[k] = files[k];
        loaded++;
    }
    if (rc == EXIT_OK && !names) rc = EXIT_FAILURE_;
    if (rc == EXIT_OK && !rs.n) {
        if (!loaded && defaults) printf("eval cluster: no data set found, nothing to do\n");
        else { fprintf(stderr, "precis: eval cluster: no article with a gold cluster\n"); rc = EXIT_BADINPUT; }
    }
    if (rc == EXIT_OK && rs.n && dups) {
        rc = eval_dups(ctx, &rs, db, seeds, verbose);
    } else if (rc == EXIT_OK && rs.n) {
        if (shuffle) {
            uint64_t s = seed * 0x9e3779b97f4a7c15ull | 1;
            for (size_t i = rs.n; i > 1; i--) {
                size_t j = (size_t)(rng_next(&s) % i);
                rec t = rs.r[i - 1]; rs.r[i - 1] = rs.r[j]; rs.r[j] = t;
            }
        } else {
            date_order(&rs);
        }
        precis_store *st = NULL;
        if (precis_store_open(ctx, db ? db : ":memory:", 0, &st) != PRECIS_OK) {
            fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
            rc = EXIT_FAILURE_;
        }
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        size_t failed = 0, copies = 0;
        for (size_t i = 0; st && i < rs.n && rc == EXIT_OK; i++) {
            precis_add_result res;
            precis_status s = precis_store_add(st, rs.r[i].a, &res);
            if (s == PRECIS_OK) {
                rs.r[i].stored_id = xstrdup(res.id);
                if (res.copy_of) rs.r[i].copy_of = xstrdup(res.copy_of);
                copies += res.kind == PRECIS_ADD_COPY || res.kind == PRECIS_ADD_NEAR_COPY;
            } else if (s == PRECIS_ERR_NOMEM || s == PRECIS_ERR_DB) {
                fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
                rc = EXIT_FAILURE_;
            } else {
                failed++;
                if (verbose) fprintf(stderr, "precis: %s (counted as a story of its own)\n", precis_ctx_errmsg(ctx));
            }
        }
        if (st && rc == EXIT_OK && precis_store_commit(st) != PRECIS_OK) {
            fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
            rc = EXIT_FAILURE_;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        precis_story_list *l = NULL;
        if (rc == EXIT_OK && precis_store_stories(st, NULL, 0, &l) != PRECIS_OK) {
            fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
            rc = EXIT_FAILURE_;
        }
        if (rc == EXIT_OK) {
            /* map stored ids to stories: sort (id, index) */
            size_t n = rs.n;
            size_t *order = malloc(n * sizeof *order);
            char **ids = malloc(n * sizeof *ids);
            if (!order || !ids) { free(order); free(ids); rc = EXIT_FAILURE_; }
            size_t nid = 0;
            for (size_t i = 0; rc == EXIT_OK && i < n; i++) if (rs.r[i].stored_id) ids[nid++] = rs.r[i].stored_id;
            if (rc == EXIT_OK) {
                qsort(ids, nid, sizeof *ids, cmp_str);
                long *pred_of = malloc((nid + 1) * sizeof *pred_of);
                for (size_t k = 0; pred_of && k < nid; k++) pred_of[k] = -1;
                for (size_t s = 0; pred_of && s < precis_story_list_count(l); s++) {
                    precis_story_info info;
                    precis_story_list_get(l, s, &info);
                    for (size_t m = 0; m < info.n_members; m++) {
                        char **hit = bsearch(&info.members[m], ids, nid, sizeof *ids, cmp_str);
                        if (hit) pred_of[hit - ids] = (long)info.id;
                    }
                }
                for (size_t i = 0; pred_of && i < n; i++) {
                    if (!rs.r[i].stored_id) continue;
                    char **hit = bsearch(&rs.r[i].stored_id, ids, nid, sizeof *ids, cmp_str);
                    rs.r[i].pred = hit ? pred_of[hit - ids] : -1;
                }
                free(pred_of);
                printf("precis eval cluster: %zu articles, %s order, %.0f articles/s (%zu not readable, %zu copies)\n",
                       n, shuffle ? "shuffled" : "date/file", secs > 0 ? (double)n / secs : 0.0, failed, copies);
                printf("%-44s %6s %6s %6s   %-17s   %s\n", "data set", "arts", "gold", "pred", "B3 P     R     F1",
                       "pairwise P R F1");
                scores all;
                print_table(&rs, names, nf, order, &all);
                if (audit) {
                    size_t judged = 0, alone = 0;
                    rc = load_audit(audit, &rs, &judged, &alone);
                    if (rc == EXIT_OK) {
                        printf("against the gold as audited in %s (%zu articles judged, %zu of them alone: B or X):\n",
                               audit, judged, alone);
                        swap_audited(&rs);
                        scores aud;
                        print_table(&rs, names, nf, order, &aud);
                        swap_audited(&rs);
                        scores ceil;
                        rc = audit_ceiling(&rs, ids, nid, &ceil);
                        if (rc == EXIT_OK) {
                            printf("ceiling: the audited stories exactly (copies with their original, unreadable alone),\n"
                                   "scored against the published gold:\n");
                            print_scores("union", &ceil);
                        }
                    }
                }
                if (verbose) {
                    for (size_t s = 0; s < precis_story_list_count(l); s++) {
                        precis_story_info info;
                        precis_story_list_get(l, s, &info);
                        const char *g0 = NULL;
                        bool mixed = false;
                        for (size_t i = 0; i < n; i++)
                            if (rs.r[i].pred == (long)info.id) {
                                if (!g0) g0 = rs.r[i].gold;
                                else if (strcmp(g0, rs.r[i].gold)) mixed = true;
                            }
                        if (!mixed) continue;
                        printf("story %lld mixes:", (long long)info.id);
                        for (size_t i = 0; i < n; i++)
                            if (rs.r[i].pred == (long)info.id) printf(" %s(%s)", rs.r[i].stored_id, rs.r[i].gold);
                        printf("\n");
                    }
                }
                if (check && all.bf < 0.95) {
                    printf("target missed: B-cubed F1 %.3f < 0.95\n", all.bf);
                    rc = EXIT_TARGET;
                }
            }
            free(order);
            free(ids);
        }
        precis_story_list_free(l);
        precis_store_close(st);
    }
    for (size_t i = 0; i < rs.n; i++) {
        precis_article_free(rs.r[i].a);
        free(rs.r[i].gold);
        free(rs.r[i].date);
        free(rs.r[i].stored_id);
        free(rs.r[i].copy_of);
        free(rs.r[i].audited);
    }
    free(rs.r);
    free(names);
    free(files);
    precis_ctx_free(ctx);
    return rc;
}
