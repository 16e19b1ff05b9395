/*
 * cmd_eval_extract.c — `precis eval extract [DIR...]`: main-text extraction and metadata
 * against public evaluation sets (read from ../shared/data/extraction by default).
 *
 * 1. trafilatura's evaluation set (a DIR holding evaldata.json): per page, every "with"
 *    snippet found in precis's text is a true positive, every one missing a false negative;
 *    every "without" snippet found is a false positive (the metric of trafilatura's
 *    tests/comparison.py). A page precis rejects counts all its "with" snippets as missed.
 *    Precision, recall and F1 overall and per language (languages.tsv). Text and snippets are
 *    compared after mapping no-break spaces to spaces, collapsing runs of spaces (browsers do
 *    the same when the snippets were copied) and deleting soft hyphens (invisible; precis
 *    removes them from its text, some snippets were copied with them).
 * 2. Readability's test pages (a DIR holding test-pages/NAME/expected-metadata.json): title,
 *    byline (authors) and publication date accuracy over the pages whose gold has the field.
 * Also prints throughput (pages/s, MB/s of HTML, extraction only, single thread).
 */
#include "cliutil.h"
#include "commands.h"
#include <jansson.h>
#include <precis.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static const char usage[] =
    "usage: precis eval extract [--verbose] [--check] [DIR...]\n"
    "  DIR  trafilatura-eval (holds evaldata.json) or readability-testpages (holds test-pages/);\n"
    "       default: both, under ../shared/data/extraction (absent sets are skipped)\n"
    "  --verbose  list every missed and every wrongly kept snippet\n"
    "  --check    exit 4 if F1 < 0.94 overall, on en or fr, or precision < 0.93\n";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool is_file(const char *p) { struct stat sb; return stat(p, &sb) == 0 && S_ISREG(sb.st_mode); }
static bool is_dir(const char *p) { struct stat sb; return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode); }
static long file_size(const char *p) { struct stat sb; return stat(p, &sb) == 0 ? (long)sb.st_size : 0; }

/* No-break spaces (U+00A0, U+202F) to spaces, runs of spaces and tabs to one. Returns a
 * malloc'd copy. */
static char *norm(const char *s)
{
    size_t n = strlen(s);
    char *o = malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool sp = c == ' ' || c == '\t';
        if (c == 0xC2 && (unsigned char)s[i + 1] == 0xAD) { i++; continue; } /* soft hyphen */
        if (c == 0xC2 && (unsigned char)s[i + 1] == 0xA0) { sp = true; i++; }
        else if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xAF) { sp = true; i += 2; }
        if (sp) { if (k && o[k - 1] != ' ') o[k++] = ' '; continue; }
        o[k++] = (char)c;
    }
    o[k] = 0;
    return o;
}

typedef struct counts { long tp, fn, fp, tn, pages; } counts;
typedef struct lang_counts { char lang[16]; counts c; } lang_counts;

static void print_prf(const char *name, const counts *c)
{
    double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
    double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("  %-8s pages %4ld  P %.3f  R %.3f  F1 %.3f  (tp %ld fn %ld fp %ld)\n", name, c->pages, p, r, f,
           c->tp, c->fn, c->fp);
}
static double f1_of(const counts *c)
{
    double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
    double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* languages.tsv: lang_guess, html_lang_attr, stopword_guess, file (tests/cache/X.html.gz), url */
static json_t *load_langs(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/languages.tsv", dir);
    json_t *m = json_object();
    FILE *f = fopen(path, "r");
    if (!f) return m;
    char line[8192];
    while (fgets(line, sizeof line, f)) {
        char *cols[5] = {0};
        int nc = 0;
        char *p = line;
        while (nc < 5) {
            cols[nc++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        if (nc < 4 || !strcmp(cols[0], "lang_guess")) continue;
        char *base = strrchr(cols[3], '/');
        base = base ? base + 1 : cols[3];
        size_t bl = strlen(base);
        if (bl > 3 && !strcmp(base + bl - 3, ".gz")) base[bl - 3] = 0;
        json_object_set_new(m, base, json_string(cols[0]));
    }
    fclose(f);
    return m;
}

static int eval_snippets(const char *dir, bool verbose, bool check)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/evaldata.json", dir);
    json_error_t err;
    json_t *data = json_load_file(path, 0, &err);
    if (!data || !json_is_object(data)) {
        fprintf(stderr, "precis: %s: %s\n", path, data ? "not a JSON object" : err.text);
        json_decref(data);
        return EXIT_BADINPUT;
    }
    json_t *langs = load_langs(dir);
    precis_options opt = cli_options();
    opt.flags |= PRECIS_OPT_NO_ANALYSIS; /* as precis clean: extraction only */
    precis_ctx *ctx;
    if (precis_ctx_new(&opt, &ctx) != PRECIS_OK) { json_decref(data); json_decref(langs); return EXIT_FAILURE_; }
    counts all = {0};
    lang_counts *per = NULL;
    size_t nper = 0;
    long failed = 0;
    double secs = 0, bytes = 0;
    const char *url;
    json_t *item;
    json_object_foreach(data, url, item) {
        const char *file = json_string_value(json_object_get(item, "file"));
        if (!file) continue;
        static const char *const sub[] = {"cache", "eval"};
        static const char *const ext[] = {".gz", ""};
        path[0] = 0;
        for (int s = 0; s < 2 && !path[0]; s++)
            for (int e = 0; e < 2 && !path[0]; e++) {
                snprintf(path, sizeof path, "%s/%s/%s%s", dir, sub[s], file, ext[e]);
                if (!is_file(path)) path[0] = 0;
            }
        char *text = NULL;
        if (path[0]) {
            precis_doc *doc = NULL;
            double t0 = now();
            precis_status st = precis_doc_from_file(ctx, path, &doc);
            secs += now() - t0;
            bytes += (double)file_size(path);
            if (st == PRECIS_OK) {
                size_t n;
                text = norm(precis_doc_text(doc, &n));
            } else {
                failed++;
                if (verbose) printf("FAIL %s: %s\n", file, precis_ctx_errmsg(ctx));
            }
            precis_doc_free(doc);
        } else if (verbose) printf("MISSING %s\n", file);
        const char *lang = json_string_value(json_object_get(langs, file));
        if (!lang) lang = "?";
        size_t li = 0;
        while (li < nper && strcmp(per[li].lang, lang)) li++;
        if (li == nper) {
            lang_counts *np = realloc(per, (nper + 1) * sizeof *per);
            if (!np) break;
            per = np;
            memset(&per[nper], 0, sizeof *per);
            snprintf(per[nper].lang, sizeof per[nper].lang, "%s", lang);
            nper++;
        }
        counts *pc = &per[li].c;
        all.pages++;
        pc->pages++;
        json_t *v;
        size_t i;
        json_array_foreach(json_object_get(item, "with"), i, v) {
            char *sn = norm(json_string_value(v) ? json_string_value(v) : "");
            bool hit = text && sn && strstr(text, sn);
            if (hit) { all.tp++; pc->tp++; } else { all.fn++; pc->fn++; if (verbose) printf("FN %s: %s\n", file, sn ? sn : ""); }
            free(sn);
        }
        json_array_foreach(json_object_get(item, "without"), i, v) {
            char *sn = norm(json_string_value(v) ? json_string_value(v) : "");
            bool hit = text && sn && strstr(text, sn);
            if (hit) { all.fp++; pc->fp++; if (verbose) printf("FP %s: %s\n", file, sn ? sn : ""); } else { all.tn++; pc->tn++; }
            free(sn);
        }
        free(text);
    }
    printf("extraction: trafilatura evaluation set (%s)\n", dir);
    print_prf("all", &all);
    /* languages by page count */
    for (size_t a = 0; a < nper; a++)
        for (size_t b = a + 1; b < nper; b++)
            if (per[b].c.pages > per[a].c.pages) { lang_counts t = per[a]; per[a] = per[b]; per[b] = t; }
    double f1_en = -1, f1_fr = -1;
    for (size_t a = 0; a < nper; a++) {
        print_prf(per[a].lang, &per[a].c);
        if (!strcmp(per[a].lang, "en")) f1_en = f1_of(&per[a].c);
        if (!strcmp(per[a].lang, "fr")) f1_fr = f1_of(&per[a].c);
    }
    printf("  pages rejected (no text): %ld\n", failed);
    printf("  reference on this set: trafilatura 2.2.0 P 0.906 R 0.944 F1 0.925\n");
    if (secs > 0)
        printf("  speed: %.0f pages/s, %.1f MB/s of (compressed) input, extraction + analysis, 1 thread\n",
               (double)all.pages / secs, bytes / secs / 1e6);
    double p = all.tp + all.fp ? (double)all.tp / (double)(all.tp + all.fp) : 0;
    int rc = EXIT_OK;
    if (check && (f1_of(&all) < 0.94 || p < 0.93 || (f1_en >= 0 && f1_en < 0.94) || (f1_fr >= 0 && f1_fr < 0.94))) {
        printf("  target missed: F1 >= 0.94 overall, en and fr; precision >= 0.93\n");
        rc = EXIT_TARGET;
    }
    free(per);
    precis_ctx_free(ctx);
    json_decref(data);
    json_decref(langs);
    return rc;
}

/* Case- and space-insensitive equality of two strings. */
static bool loose_eq(const char *a, const char *b)
{
    if (!a || !b) return false;
    char *x = norm(a), *y = norm(b);
    bool eq = false;
    if (x && y) {
        const char *p = x, *q = y;
        while (*p == ' ') p++;
        while (*q == ' ') q++;
        size_t lp = strlen(p), lq = strlen(q);
        while (lp && p[lp - 1] == ' ') lp--;
        while (lq && q[lq - 1] == ' ') lq--;
        if (lp == lq) {
            eq = true;
            for (size_t i = 0; i < lp && eq; i++) {
                int c1 = (unsigned char)p[i], c2 = (unsigned char)q[i];
                if (c1 >= 'A' && c1 <= 'Z') c1 += 32;
                if (c2 >= 'A' && c2 <= 'Z') c2 += 32;
                eq = c1 == c2;
            }
        }
    }
    free(x);
    free(y);
    return eq;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int eval_metadata(const char *dir, bool verbose)
{
    char base[4096];
    snprintf(base, sizeof base, "%s/test/test-pages", dir);
    if (!is_dir(base)) snprintf(base, sizeof base, "%s/test-pages", dir);
    DIR *d = opendir(base);
    if (!d) return EXIT_BADINPUT;
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char **nn = realloc(names, (n + 1) * sizeof *names);
        if (!nn) break;
        names = nn;
        names[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return EXIT_FAILURE_;
    long t_n = 0, t_ok = 0, a_n = 0, a_ok = 0, d_n = 0, d_ok = 0, pages = 0, rejected = 0;
    for (size_t i = 0; i < n; i++) {
        char mp[4096 + 512], sp[4096 + 512];
        snprintf(mp, sizeof mp, "%s/%s/expected-metadata.json", base, names[i]);
        snprintf(sp, sizeof sp, "%s/%s/source.html.gz", base, names[i]);
        if (!is_file(sp)) snprintf(sp, sizeof sp, "%s/%s/source.html", base, names[i]);
        json_t *gold = json_load_file(mp, 0, NULL);
        if (!gold || !is_file(sp)) { json_decref(gold); continue; }
        pages++;
        precis_doc *doc = NULL;
        if (precis_doc_from_file(ctx, sp, &doc) != PRECIS_OK) rejected++;
        const char *gt = json_string_value(json_object_get(gold, "title"));
        const char *ga = json_string_value(json_object_get(gold, "byline"));
        const char *gd = json_string_value(json_object_get(gold, "publishedTime"));
        if (gt && *gt) {
            t_n++;
            const char *t = precis_doc_title(doc);
            if (loose_eq(t, gt)) t_ok++;
            else if (verbose) printf("TITLE %s: want \"%s\" got \"%s\"\n", names[i], gt, t ? t : "");
        }
        if (ga && *ga) {
            a_n++;
            const char *a = precis_doc_authors(doc);
            /* the gold byline may carry "By " and roles; a match is our authors within it or equal */
            char *na = a ? norm(a) : NULL, *ng = norm(ga);
            bool ok = na && ng && *na && (loose_eq(na, ng) || strstr(ng, na) || strstr(na, ng));
            if (ok) a_ok++;
            else if (verbose) printf("AUTHOR %s: want \"%s\" got \"%s\"\n", names[i], ga, a ? a : "");
            free(na);
            free(ng);
        }
        if (gd && *gd) {
            d_n++;
            const char *dt = precis_doc_date(doc);
            /* the same calendar day as the gold's first 10 characters (YYYY-MM-DD) */
            if (dt && strlen(gd) >= 10 && !strncmp(dt, gd, 10)) d_ok++;
            else if (verbose) printf("DATE %s: want \"%s\" got \"%s\"\n", names[i], gd, dt ? dt : "");
        }
        precis_doc_free(doc);
        json_decref(gold);
    }
    printf("metadata: readability test pages (%s), %ld pages, %ld rejected\n", dir, pages, rejected);
    printf("  title   %3ld/%3ld = %.3f  (exact, ignoring case and spacing)\n", t_ok, t_n, t_n ? (double)t_ok / (double)t_n : 0);
    printf("  author  %3ld/%3ld = %.3f  (equal, or one contains the other)\n", a_ok, a_n, a_n ? (double)a_ok / (double)a_n : 0);
    printf("  date    %3ld/%3ld = %.3f  (same day)\n", d_ok, d_n, d_n ? (double)d_ok / (double)d_n : 0);
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    precis_ctx_free(ctx);
    return EXIT_OK;
}

int cmd_eval_extract(int argc, char **argv)
{
    bool verbose = false, check = false;
    const char *dirs[16];
    int nd = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { fputs(usage, stdout); return EXIT_OK; }
        if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "--verbose")) { verbose = true; continue; }
        if (!strcmp(argv[i], "--check")) { check = true; continue; }
        if (argv[i][0] == '-') { fprintf(stderr, "precis: eval extract: unknown option '%s'\n%s", argv[i], usage); return EXIT_USAGE; }
        if (nd < 16) dirs[nd++] = argv[i];
    }
    if (nd == 0) {
        dirs[nd++] = "../shared/data/extraction/trafilatura-eval";
        dirs[nd++] = "../shared/data/extraction/readability-testpages";
    }
    int rc = EXIT_OK;
    for (int i = 0; i < nd; i++) {
        char p[4096];
        if (!is_dir(dirs[i])) { printf("extraction: %s: not found, skipped\n", dirs[i]); continue; }
        snprintf(p, sizeof p, "%s/evaldata.json", dirs[i]);
        int r;
        if (is_file(p)) r = eval_snippets(dirs[i], verbose, check);
        else {
            char q[4096 + 32];
            snprintf(p, sizeof p, "%s/test-pages", dirs[i]);
            snprintf(q, sizeof q, "%s/test/test-pages", dirs[i]);
            if (!is_dir(p) && !is_dir(q)) { fprintf(stderr, "precis: %s: neither evaldata.json nor test-pages/ found\n", dirs[i]); r = EXIT_BADINPUT; }
            else r = eval_metadata(dirs[i], verbose);
        }
        if (r != EXIT_OK && rc == EXIT_OK) rc = r;
    }
    return rc;
}
