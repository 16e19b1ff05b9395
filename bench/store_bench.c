/*
 * store_bench.c — throughput of `precis add` (read + clean + dedup + cluster + store) on a
 * stream built from real articles, and how the cost per article grows with the store.
 * Usage: store_bench SHARED_DIR [N=100000] [DB=/tmp/precis-store-bench.db] [dated|undated]
 *
 * The stream: every article of SHARED/data/clustering/*.jsonl is a "base". Story s takes a base
 * at random and has 1..8 articles over a day; each article keeps a random 45 % of the base's
 * sentences in order, 25 % of another article's and two stray sentences, so articles are
 * distinct (a few are near copies) and stories overlap in vocabulary as real ones do. Dates run
 * over 30 days ("dated", the default), or articles carry no date at all ("undated": stories
 * and copies can then only age by arrival order).
 * Prints articles/s overall, ms per 1,000 articles at each decade of store size, peak RSS.
 */
#include <jansson.h>
#include <precis.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* Internal counters of libprecis (src/store.h), reachable because the bench links the static
 * library: bytes held by the in-memory indexes, groups and stories in the window. */
size_t pr_store_memory(const precis_store *st);
void pr_store_window(const precis_store *st, size_t *groups, size_t *stories);

static double rss_mb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, res = 0;
    if (f) { if (fscanf(f, "%ld %ld", &pages, &res) != 2) res = 0; fclose(f); }
    return (double)res * (double)sysconf(_SC_PAGESIZE) / 1048576.0;
}

typedef struct { char *text; size_t len; size_t *s, *e; size_t ns; } base;
static base *bases;
static size_t nb, capb;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }

static void load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *o = json_loads(line, 0, NULL);
        json_t *t = o ? json_object_get(o, "text") : NULL;
        if (t && json_is_string(t) && json_string_length(t) > 400) {
            if (nb == capb) { capb = capb ? capb * 2 : 1024; bases = realloc(bases, capb * sizeof *bases); }
            base *b = &bases[nb++];
            b->len = json_string_length(t);
            b->text = strdup(json_string_value(t));
            size_t n = precis_split_sentences(NULL, NULL, b->text, b->len, NULL, NULL, 0);
            b->s = malloc((n + 1) * sizeof *b->s);
            b->e = malloc((n + 1) * sizeof *b->e);
            b->ns = precis_split_sentences(NULL, NULL, b->text, b->len, b->s, b->e, n);
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    size_t n = argc > 2 ? (size_t)strtoull(argv[2], NULL, 10) : 100000;
    const char *db = argc > 3 ? argv[3] : "/tmp/precis-store-bench.db";
    int undated = argc > 4 && strcmp(argv[4], "undated") == 0;
    static const char *const sets[] = {"multinews_sample250_clustering.jsonl", "rpm2_fr_dev_clustering.jsonl",
                                       "wikinewssum_en_sample_clustering.jsonl"};
    char path[4096];
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/data/clustering/%s", shared, sets[i]);
        load(path);
    }
    if (nb < 10) { printf("store bench: no articles under %s/data/clustering, skipped\n", shared); return 0; }
    char wal[4200], shm[4200];
    snprintf(wal, sizeof wal, "%s-wal", db);
    snprintf(shm, sizeof shm, "%s-shm", db);
    unlink(db); unlink(wal); unlink(shm);
    precis_ctx *ctx;
    precis_store *st;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK || precis_store_open(ctx, db, 0, &st) != PRECIS_OK) {
        fprintf(stderr, "store bench: cannot open %s\n", db);
        return 1;
    }
    size_t cap = 1 << 20;
    char *buf = malloc(cap);
    size_t done = 0, story = 0, copies = 0, bytes = 0;
    size_t marks[] = {1000, 2000, 5000, 10000, 20000, 50000, 100000, 150000, 200000, 250000, 300000, 500000, 1000000};
    size_t mi = 0, last_mark = 0;
    double t0 = now(), tlast = t0;
    printf("store bench: %zu %s articles from %zu real texts into %s\n", n, undated ? "undated" : "dated", nb, db);
    printf("  %9s %14s %12s %10s %9s %8s %8s\n", "articles", "ms/1000 here", "articles/s", "index MB", "RSS MB",
           "groups", "stories");
    while (done < n) {
        base *b = &bases[rnd() % nb];
        size_t members = 1 + rnd() % 8;
        int64_t day = (int64_t)(story * 30 / (n / 4 + 1));
        for (size_t m = 0; m < members && done < n; m++) {
            size_t o = 0;
            /* 45 % of the story's base, 25 % of another article, two stray sentences */
            base *c2 = &bases[rnd() % nb];
            for (int part = 0; part < 2; part++) {
                base *src = part ? c2 : b;
                unsigned keep = part ? 25 : 45;
                for (size_t k = 0; k < src->ns; k++) {
                    if (rnd() % 100 >= keep) continue;
                    size_t l = src->e[k] - src->s[k];
                    if (o + l + 2 >= cap) break;
                    memcpy(buf + o, src->text + src->s[k], l);
                    o += l;
                    buf[o++] = ' ';
                }
                buf[o++] = '\n';
            }
            for (int x = 0; x < 2; x++) {
                base *c = &bases[rnd() % nb];
                if (!c->ns) continue;
                size_t k = rnd() % c->ns, l = c->e[k] - c->s[k];
                if (o + l + 2 >= cap) break;
                buf[o++] = '\n';
                memcpy(buf + o, c->text + c->s[k], l);
                o += l;
            }
            buf[o] = '\0';
            char id[32], date[40];
            snprintf(id, sizeof id, "b%zu", done);
            int64_t t = 1695081600 + day * 86400 + (int64_t)(rnd() % 86400);
            time_t tt = (time_t)t;
            struct tm tm;
            gmtime_r(&tt, &tm);
            strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
            precis_article a = {0};
            a.id = id; a.data = buf; a.len = o; a.date = undated ? NULL : date;
            precis_add_result r;
            precis_status s = precis_store_add(st, &a, &r);
            if (s == PRECIS_ERR_DB || s == PRECIS_ERR_NOMEM) { fprintf(stderr, "store bench: %s\n", precis_ctx_errmsg(ctx)); return 1; }
            copies += s == PRECIS_OK && (r.kind == PRECIS_ADD_COPY || r.kind == PRECIS_ADD_NEAR_COPY);
            bytes += o;
            done++;
            if (mi < sizeof marks / sizeof marks[0] && done == marks[mi]) {
                double tn = now();
                size_t wg = 0, ws = 0;
                pr_store_window(st, &wg, &ws);
                printf("  %9zu %14.1f %12.0f %10.1f %9.1f %8zu %8zu\n", done,
                       (tn - tlast) * 1000.0 / (double)(done - last_mark) * 1000.0, (double)(done - last_mark) / (tn - tlast),
                       (double)pr_store_memory(st) / 1048576.0, rss_mb(), wg, ws);
                tlast = tn; last_mark = done; mi++;
            }
        }
        story++;
    }
    precis_store_commit(st);
    double total = now() - t0;
    precis_store_stats ss;
    precis_store_stats_get(st, &ss);
    precis_store_close(st);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    FILE *f = fopen(db, "rb");
    long dbsize = 0;
    if (f) { fseek(f, 0, SEEK_END); dbsize = ftell(f); fclose(f); }
    printf("  total: %zu articles (%.1f MB of text) in %.1f s = %.0f articles/s; %zu copies, %zu stories (%zu generated)\n",
           done, (double)bytes / 1e6, total, (double)done / total, copies, ss.stories, story);
    printf("  peak RSS %.0f MB (bases in memory included), store file %.0f MB\n", (double)ru.ru_maxrss / 1024.0,
           (double)dbsize / 1e6);
    precis_ctx_free(ctx);
    unlink(db); unlink(wal); unlink(shm);
    return 0;
}
