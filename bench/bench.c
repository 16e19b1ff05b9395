/*
 * bench.c — throughput and latency of libprecis (public API only). Not a test: it prints
 * figures. Usage: bench [SHARED_DIR]
 *   1. analysis throughput: decode + clean + sentences + tokens + stems over every article
 *      available (examples, and the summarization sets of SHARED_DIR/data/mds when present),
 *      repeated to at least 20 MB: MB/s and articles/s;
 *   2. brief latency for the bundled example (median of 30 runs);
 *   3. brief latency for stories of 10..400 articles (the curve must grow linearly with the
 *      number of sentences).
 */
#include <jansson.h>
#include <precis.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *data; size_t len; } art;
static art *arts;
static size_t narts, caparts;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void add_art(const char *s, size_t n)
{
    if (narts == caparts) {
        caparts = caparts ? caparts * 2 : 256;
        arts = realloc(arts, caparts * sizeof *arts);
        if (!arts) exit(1);
    }
    arts[narts].data = malloc(n + 1);
    if (!arts[narts].data) exit(1);
    memcpy(arts[narts].data, s, n);
    arts[narts].data[n] = 0;
    arts[narts].len = n;
    narts++;
}

static void load_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, 1 << 20, f) : 0;
    fclose(f);
    if (n) add_art(buf, n);
    free(buf);
}

static void load_jsonl(const char *path, size_t max_clusters)
{
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char *line = NULL;
    size_t cap = 0, k = 0;
    while (getline(&line, &cap, f) > 0 && k < max_clusters) {
        json_t *c = json_loads(line, 0, NULL);
        json_t *docs = json_object_get(c, "docs");
        for (size_t i = 0; i < json_array_size(docs); i++) {
            json_t *d = json_array_get(docs, i);
            const char *t = json_string_value(json_object_get(d, "text"));
            const char *ti = json_string_value(json_object_get(d, "title"));
            if (!t || strlen(t) < 200) continue;
            size_t need = strlen(t) + (ti ? strlen(ti) : 0) + 2;
            char *s = malloc(need);
            if (!s) exit(1);
            snprintf(s, need, "%s\n%s", ti ? ti : "", t);
            add_art(s, strlen(s));
            free(s);
        }
        json_decref(c);
        k++;
    }
    free(line);
    fclose(f);
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}
/* The median of t[0 .. n), n >= 1 (sorts t). */
static double median(double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp_d);
    return t[n / 2];
}

/* One brief of the texts t[0 .. n) as a story of n documents in ctx: the ms it takes to read
 * them and write the brief; their sentences are added to *sentences. */
static double time_brief(precis_ctx *ctx, const art *t, size_t n, size_t *sentences)
{
    precis_story *st;
    if (precis_story_new(ctx, &st) != PRECIS_OK) return 0;
    *sentences = 0;
    double t0 = now_ms();
    for (size_t i = 0; i < n; i++) {
        precis_doc *d;
        char id[32];
        snprintf(id, sizeof id, "a%zu", i);
        if (t[i].data && precis_doc_new(ctx, id, NULL, t[i].data, t[i].len, &d) == PRECIS_OK) {
            *sentences += precis_doc_sentence_count(d);
            precis_story_add(st, d);
        }
    }
    precis_brief *b = NULL;
    precis_story_brief(st, &b);
    double ms = now_ms() - t0;
    precis_brief_free(b);
    precis_story_free(st);
    return ms;
}

/* Median ms of `reps` briefs of arts[first .. first+n): each in a new context (cold: the
 * French dictionary loads, from dict_dir, NULL for the library's default; the stem cache starts
 * empty) or all in one (warm, as a program that briefs many stories; one brief beforehand fills
 * it). */
static double brief_ms(size_t first, size_t n, int reps, bool warm, const char *dict_dir, size_t *sentences)
{
    precis_options opt = precis_options_default();
    opt.dict_dir = dict_dir;
    double t[65];
    if (reps > 64) reps = 64;
    if (first > narts) first = narts;
    if (n > narts - first) n = narts - first;
    precis_ctx *keep = NULL;
    int skip = 0; /* runs not counted: the first, which warms a kept context */
    if (warm) {
        precis_ctx_new(&opt, &keep);
        skip = 1;
    }
    for (int r = 0; r < reps + skip; r++) {
        precis_ctx *ctx = keep;
        if (!ctx) precis_ctx_new(&opt, &ctx);
        t[r] = time_brief(ctx, arts + first, n, sentences);
        if (!keep) precis_ctx_free(ctx);
    }
    precis_ctx_free(keep);
    return median(t + skip, reps);
}

/* The same articles briefed as `groups` documents, each `per` articles joined on one line (no line
 * break at all: a scraped page or a transcript can be one line of 100 KB). A scan that reads a
 * sentence's line from its start costs the square of the line here and nothing in the stories
 * above. Median of `reps` warm runs, in ms. */
static double brief_oneline_ms(size_t first, size_t groups, size_t per, int reps, size_t *sentences)
{
    precis_options opt = precis_options_default();
    precis_ctx *ctx = NULL;
    art *docs = calloc(groups, sizeof *docs);
    if (!docs || precis_ctx_new(&opt, &ctx) != PRECIS_OK) { free(docs); return 0; }
    for (size_t g = 0; g < groups; g++) {
        size_t n = 0;
        for (size_t i = first + g * per; i < first + (g + 1) * per && i < narts; i++) n += arts[i].len + 1;
        if (!(docs[g].data = malloc(n + 1))) continue;
        for (size_t i = first + g * per; i < first + (g + 1) * per && i < narts; i++) {
            for (size_t k = 0; k < arts[i].len; k++) docs[g].data[docs[g].len++] = arts[i].data[k] == '\n' ? ' ' : arts[i].data[k];
            docs[g].data[docs[g].len++] = ' ';
        }
    }
    double t[65];
    if (reps > 64) reps = 64;
    for (int r = 0; r < reps + 1; r++) t[r] = time_brief(ctx, docs, groups, sentences); /* the first warms */
    for (size_t g = 0; g < groups; g++) free(docs[g].data);
    free(docs);
    precis_ctx_free(ctx);
    return median(t + 1, reps);
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    const char *cut = argc > 2 ? argv[2] : NULL; /* the cut French dictionary (tools/gen_morphdict.c) */
    static const char *const ex[] = {
        "examples/karabakh/001_d6306359808934e9.txt", "examples/karabakh/002_187a70de33b9ef4b.txt",
        "examples/karabakh/003_e0b1685020b70630.txt", "examples/karabakh/004_5568c2f5bfe2e384.txt"};
    for (size_t i = 0; i < 4; i++) load_file(ex[i]);
    char path[4096];
    snprintf(path, sizeof path, "%s/data/mds/multinews_test_sample250.jsonl", shared);
    load_jsonl(path, 150);
    snprintf(path, sizeof path, "%s/data/mds/rpm2_fr_dev.jsonl", shared);
    load_jsonl(path, 20);
    if (narts < 100) /* no shared data: repeat the example */
        for (size_t i = 0; narts < 400; i++) add_art(arts[i % 4].data, arts[i % 4].len);
    size_t bytes = 0;
    for (size_t i = 0; i < narts; i++) bytes += arts[i].len;
    printf("precis %s bench: %zu articles, %.1f MB of input\n", precis_version(), narts, (double)bytes / 1e6);

    /* 1. analysis throughput */
    precis_ctx *ctx;
    precis_ctx_new(NULL, &ctx);
    size_t done = 0, nart = 0, sents = 0, toks = 0;
    double t0 = now_ms();
    while (done < 20000000) {
        for (size_t i = 0; i < narts; i++) {
            precis_doc *d;
            if (precis_doc_new(ctx, "b", NULL, arts[i].data, arts[i].len, &d) == PRECIS_OK) {
                sents += precis_doc_sentence_count(d);
                toks += precis_doc_token_count(d);
                precis_doc_free(d);
            }
            done += arts[i].len;
            nart++;
        }
    }
    double el = now_ms() - t0;
    precis_ctx_free(ctx);
    printf("analysis (decode+clean+split+tokenize+stem): %.1f MB/s, %.0f articles/s, %.0f sentences/s, %.2f M tokens/s\n",
           (double)done / 1e6 / (el / 1e3), (double)nart / (el / 1e3), (double)sents / (el / 1e3),
           (double)toks / 1e6 / (el / 1e3));

    /* 2. the example */
    size_t ns;
    double ms = brief_ms(0, 4, 31, false, NULL, &ns), wms = brief_ms(0, 4, 31, true, NULL, &ns);
    printf("brief of examples/karabakh (4 articles, %zu sentences): %.2f ms in a new context (loads Debian's\n"
           "  whole French dictionary), %.2f ms in a warm one (median of 31, read+analyse+brief)\n", ns, ms, wms);
    if (cut) {
        double cms = brief_ms(0, 4, 31, false, cut, &ns);
        printf("  %.2f ms in a new context that loads the cut dictionary the precis program uses (%s)\n", cms, cut);
    }

    /* 3. growth */
    printf("brief latency by story size (articles from the summarization sets, warm context):\n");
    printf("  %8s %10s %10s %12s\n", "articles", "sentences", "ms", "us/sentence");
    static const size_t sizes[] = {10, 25, 50, 100, 200, 400};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        if (sizes[k] + 4 > narts) break;
        double m = brief_ms(4, sizes[k], sizes[k] <= 100 ? 11 : 3, true, NULL, &ns);
        printf("  %8zu %10zu %10.2f %12.2f\n", sizes[k], ns, m, 1e3 * m / (double)(ns ? ns : 1));
    }
    /* 4. long lines: the same 100 articles as 5 documents of 20 articles, each on one line */
    if (104 <= narts) {
        double m = brief_oneline_ms(4, 5, 20, 5, &ns);
        printf("  the same 100 articles as 5 documents, each one line (~80 KB): %zu sentences, %.2f ms, %.2f us/sentence\n",
               ns, m, 1e3 * m / (double)(ns ? ns : 1));
    }
    for (size_t i = 0; i < narts; i++) free(arts[i].data);
    free(arts);
    return 0;
}
