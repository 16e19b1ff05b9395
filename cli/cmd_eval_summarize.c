/*
 * cmd_eval_summarize.c — `precis eval summarize`: ROUGE of precis's briefs, and of other
 * systems' summaries, against reference summaries, with one scorer in one run.
 *
 * Input: the summarization JSONL of ../shared/README.md, one cluster per line:
 *   {"id", "lang", "docs": [{"id", "title", "text"}], "refs": ["...", ...]}
 * or --seeds DIR: the seed story (files 001..., reference = lines 1-3 of the file named 000...).
 * Each document is given to the library as its title line, a blank line, then its text.
 * Clusters without documents are not scored (nothing to summarize). Other systems' outputs
 * (--system NAME.jsonl, one {"id", "summary"} per line) are looked up by cluster id; a missing
 * one scores 0. The scorer is the library's (precis_rouge_*, docs/rouge.md); results print as
 * Markdown tables, stemmed then unstemmed, sorted by ROUGE-2 recall.
 */
#include "commands.h"
#include "cliutil.h"
#include <precis.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
    "usage: precis eval summarize [options] DATASET.jsonl\n"
    "       precis eval summarize [options] --seeds DIR\n"
    "  Writes a brief of each cluster and prints ROUGE-1, -2, -L recall, precision and F1\n"
    "  (x100, averaged over references then clusters), stemmed and unstemmed.\n"
    "options:\n"
    "  -w, --words N        word budget of briefs and of the scorer's cut (default 120;\n"
    "                       150 with --seeds)\n"
    "  -s, --system F.jsonl score another system's summaries too ({\"id\",\"summary\"} lines;\n"
    "                       named after the file); repeatable\n"
    "  -l, --lang L         language of the scorer's stemmer and of every document (default: the\n"
    "                       clusters' \"lang\" for the scorer, auto-detection for documents)\n"
    "      --seeds DIR      score the seed story in DIR instead of a data set\n"
    "      --name NAME      heading of the tables (default: the data set's file name)\n"
    "  -o, --output F       write precis's summaries to F as {\"id\",\"summary\"} lines\n"
    "      --per-cluster F  write each cluster's stemmed scores to F (tab-separated: id, system,\n"
    "                       R-1 R, R-2 R, R-L R, R-1 F, R-2 F)\n"
    "      --lead           score the lead baseline too: each cluster's first document, cut to\n"
    "                       the budget by the scorer (for single-document sets, which have no\n"
    "                       peers' outputs)\n"
    "      --no-precis      score only the --system files (and --lead)\n"
    "      --exact          precis also selects by integer programming (as precis brief --exact)\n"
    "      --check          exit 4 unless precis beats the best system by 1 point of ROUGE-2\n"
    "                       recall and also on ROUGE-1 recall (stemmed)\n"
    "  -h, --help           this help\n"
    "An absent data set is skipped with a message (exit 0).\n"
    "exit codes: 0 ok, 1 internal failure, 2 usage error, 3 bad input, 4 target missed\n";

typedef struct entry { char *id, *summary; } entry;

typedef struct sysrun {
    char name[64];
    entry *e;              /* summaries by cluster id (none for precis and lead) */
    bool lead;             /* the lead baseline: the cluster's first document */
    size_t n, hint;
    precis_rouge *sc[2];   /* [0] stemmed, [1] unstemmed */
} sysrun;

typedef struct run {
    precis_ctx *ctx;
    unsigned words;
    char lang[8];          /* scorer language; "" until the first cluster */
    bool do_precis;
    sysrun *sys;           /* sys[0] is precis when do_precis */
    size_t nsys;
    FILE *out;             /* --output */
    FILE *per;             /* --per-cluster */
    size_t clusters, skipped, failed_docs, empty_briefs;
    double ms_total, ms_max;
} run;

static void oom(void) { fprintf(stderr, "precis: out of memory\n"); }

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Loads a system's {"id","summary"} lines. Returns an exit code. */
static int load_system(const char *path, sysrun *s)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "precis: %s: %s\n", path, strerror(errno));
        return EXIT_BADINPUT;
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    snprintf(s->name, sizeof s->name, "%s", base);
    char *dot = strstr(s->name, ".jsonl");
    if (dot) *dot = '\0';
    char *line = NULL;
    size_t cap = 0, ncap = 0, lineno = 0;
    ssize_t len;
    int rc = EXIT_OK;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (len <= 1) continue;
        json_error_t err;
        json_t *j = json_loadb(line, (size_t)len, 0, &err);
        const char *id = json_string_value(json_object_get(j, "id"));
        const char *sum = json_string_value(json_object_get(j, "summary"));
        if (!j || !id || !sum) {
            fprintf(stderr, "precis: %s:%zu: not a {\"id\",\"summary\"} line\n", path, lineno);
            json_decref(j);
            rc = EXIT_BADINPUT;
            break;
        }
        if (s->n == ncap) {
            size_t nc = ncap ? ncap * 2 : 64;
            entry *ne = realloc(s->e, nc * sizeof *ne);
            if (!ne) { json_decref(j); oom(); rc = EXIT_FAILURE_; break; }
            s->e = ne;
            ncap = nc;
        }
        s->e[s->n].id = xstrdup(id);
        s->e[s->n].summary = xstrdup(sum);
        json_decref(j);
        if (!s->e[s->n].id || !s->e[s->n].summary) {
            free(s->e[s->n].id); free(s->e[s->n].summary);
            oom(); rc = EXIT_FAILURE_; break;
        }
        s->n++;
    }
    free(line);
    fclose(f);
    return rc;
}

/* The summary of cluster `id` in s, or NULL. Outputs usually follow the data set's order, so
 * the entry after the last one found is tried first. */
static const char *lookup(sysrun *s, const char *id)
{
    for (size_t k = 0; k < s->n; k++) {
        size_t i = (s->hint + k) % s->n;
        if (!strcmp(s->e[i].id, id)) { s->hint = i + 1; return s->e[i].summary; }
    }
    return NULL;
}

/* One cluster, borrowed from its source (JSON or seed files). */
typedef struct cluster {
    const char *id, *lang;
    size_t ndocs, nrefs;
    const char **doc_ids, **titles, **texts;
    const char **refs;
} cluster;

/* precis's brief of the cluster as text (one sentence a line), malloc'd; NULL on OOM. */
static char *precis_summary(run *r, const cluster *c, int *rc)
{
    precis_story *story = NULL;
    precis_brief *brief = NULL;
    char *text = NULL;
    size_t tlen = 0;
    if (precis_story_new(r->ctx, &story) != PRECIS_OK) { *rc = EXIT_FAILURE_; oom(); return NULL; }
    for (size_t d = 0; d < c->ndocs; d++) {
        const char *title = c->titles[d] ? c->titles[d] : "";
        const char *body = c->texts[d] ? c->texts[d] : "";
        size_t tl = strlen(title), bl = strlen(body);
        char *buf = malloc(tl + bl + 3);
        if (!buf) { *rc = EXIT_FAILURE_; oom(); goto done; }
        memcpy(buf, title, tl);
        size_t n = tl;
        if (tl) { buf[n++] = '\n'; buf[n++] = '\n'; }
        memcpy(buf + n, body, bl);
        n += bl;
        precis_doc *doc = NULL;
        precis_status st = precis_doc_new(r->ctx, c->doc_ids[d], NULL, buf, n, &doc);
        free(buf);
        if (st == PRECIS_ERR_NOMEM) { *rc = EXIT_FAILURE_; oom(); goto done; }
        if (st != PRECIS_OK) { r->failed_docs++; continue; } /* empty, binary: not an article */
        if (precis_story_add(story, doc) != PRECIS_OK) {
            precis_doc_free(doc); *rc = EXIT_FAILURE_; oom(); goto done;
        }
    }
    if (precis_story_doc_count(story) > 0) {
        precis_status st = precis_story_brief(story, &brief);
        if (st == PRECIS_ERR_NOMEM) { *rc = EXIT_FAILURE_; oom(); goto done; }
        if (st != PRECIS_OK)
            fprintf(stderr, "precis: eval summarize: cluster %s: %s\n", c->id,
                    precis_ctx_errmsg(r->ctx));
    }
    size_t ns = brief ? precis_brief_sentence_count(brief) : 0;
    for (size_t i = 0; i < ns; i++) tlen += strlen(precis_brief_sentence_text(brief, i)) + 1;
    text = malloc(tlen + 1);
    if (!text) { *rc = EXIT_FAILURE_; oom(); goto done; }
    tlen = 0;
    for (size_t i = 0; i < ns; i++) {
        const char *s = precis_brief_sentence_text(brief, i);
        size_t sl = strlen(s);
        memcpy(text + tlen, s, sl);
        tlen += sl;
        text[tlen++] = '\n';
    }
    if (tlen) tlen--; /* no final newline */
    text[tlen] = '\0';
    if (tlen == 0) r->empty_briefs++;
done:
    precis_brief_free(brief);
    precis_story_free(story);
    return text;
}

static int make_scorers(run *r, const char *lang)
{
    snprintf(r->lang, sizeof r->lang, "%s", lang && *lang ? lang : "und");
    for (size_t k = 0; k < r->nsys; k++)
        for (int v = 0; v < 2; v++)
            if (precis_rouge_new(r->ctx, r->lang, v == 0 ? PRECIS_ROUGE_STEM : 0, &r->sys[k].sc[v])
                != PRECIS_OK) {
                oom();
                return EXIT_FAILURE_;
            }
    return EXIT_OK;
}

static int score(run *r, sysrun *s, const cluster *c, const char *summary)
{
    for (int v = 0; v < 2; v++) {
        precis_rouge_scores m;
        precis_status st = precis_rouge_add(s->sc[v], summary, c->refs, c->nrefs, r->words, &m);
        if (st == PRECIS_OK && v == 0 && r->per &&
            fprintf(r->per, "%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", c->id, s->name,
                    100 * m.r1.recall, 100 * m.r2.recall, 100 * m.rl.recall, 100 * m.r1.f1,
                    100 * m.r2.f1) < 0)
            return EXIT_FAILURE_;
        if (st == PRECIS_ERR_NOMEM) { oom(); return EXIT_FAILURE_; }
        if (st != PRECIS_OK) {
            fprintf(stderr, "precis: eval summarize: cluster %s: %s\n", c->id,
                    precis_ctx_errmsg(r->ctx));
            return EXIT_BADINPUT;
        }
    }
    return EXIT_OK;
}

static int do_cluster(run *r, const cluster *c)
{
    if (c->ndocs == 0) { r->skipped++; return EXIT_OK; }
    int rc = EXIT_OK;
    if (!r->lang[0] && (rc = make_scorers(r, c->lang)) != EXIT_OK) return rc;
    r->clusters++;
    size_t k = 0;
    if (r->do_precis) {
        double t0 = now_ms();
        char *sum = precis_summary(r, c, &rc);
        double dt = now_ms() - t0;
        r->ms_total += dt;
        if (dt > r->ms_max) r->ms_max = dt;
        if (sum) rc = score(r, &r->sys[0], c, sum);
        if (sum && rc == EXIT_OK && r->out) {
            json_t *j = json_pack("{s:s, s:s}", "id", c->id, "summary", sum);
            char *line = j ? json_dumps(j, JSON_COMPACT) : NULL;
            if (!line || fprintf(r->out, "%s\n", line) < 0) rc = EXIT_FAILURE_;
            free(line);
            json_decref(j);
        }
        free(sum);
        if (rc != EXIT_OK) return rc;
        k = 1;
    }
    for (; k < r->nsys; k++) {
        const char *sum = r->sys[k].lead ? c->texts[0] : lookup(&r->sys[k], c->id);
        if ((rc = score(r, &r->sys[k], c, sum)) != EXIT_OK) return rc;
    }
    return EXIT_OK;
}

/* Reads an array of strings (or one string) into a malloc'd array of borrowed pointers. */
static const char **strings_of(json_t *a, size_t *n)
{
    *n = 0;
    if (json_is_string(a)) {
        const char **v = malloc(sizeof *v);
        if (v) { v[0] = json_string_value(a); *n = 1; }
        return v;
    }
    size_t m = json_array_size(a);
    const char **v = malloc((m ? m : 1) * sizeof *v);
    if (!v) return NULL;
    for (size_t i = 0; i < m; i++) {
        const char *s = json_string_value(json_array_get(a, i));
        if (s) v[(*n)++] = s;
    }
    return v;
}

static int run_jsonl(run *r, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "precis: %s: %s\n", path, strerror(errno));
        return EXIT_BADINPUT;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    int rc = EXIT_OK;
    while (rc == EXIT_OK && (len = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (len <= 1) continue;
        json_error_t err;
        json_t *j = json_loadb(line, (size_t)len, 0, &err);
        json_t *docs = json_object_get(j, "docs");
        char idbuf[32];
        cluster c = {0};
        c.id = json_string_value(json_object_get(j, "id"));
        if (!c.id) { snprintf(idbuf, sizeof idbuf, "line%zu", lineno); c.id = idbuf; }
        c.lang = r->lang[0] ? r->lang : json_string_value(json_object_get(j, "lang"));
        if (!j || !json_is_array(docs)) {
            fprintf(stderr, "precis: %s:%zu: not a cluster line (%s)\n", path, lineno,
                    j ? "no \"docs\" array" : err.text);
            json_decref(j);
            rc = EXIT_BADINPUT;
            break;
        }
        c.refs = strings_of(json_object_get(j, "refs"), &c.nrefs);
        size_t nd = json_array_size(docs);
        c.doc_ids = malloc((nd ? nd : 1) * sizeof *c.doc_ids);
        c.titles = malloc((nd ? nd : 1) * sizeof *c.titles);
        c.texts = malloc((nd ? nd : 1) * sizeof *c.texts);
        if (!c.refs || !c.doc_ids || !c.titles || !c.texts) {
            oom();
            rc = EXIT_FAILURE_;
        } else if (c.nrefs == 0) {
            fprintf(stderr, "precis: %s:%zu: cluster %s has no \"refs\"\n", path, lineno, c.id);
            rc = EXIT_BADINPUT;
        } else {
            for (size_t d = 0; d < nd; d++) {
                json_t *doc = json_array_get(docs, d);
                c.doc_ids[c.ndocs] = json_string_value(json_object_get(doc, "id"));
                c.titles[c.ndocs] = json_string_value(json_object_get(doc, "title"));
                c.texts[c.ndocs] = json_string_value(json_object_get(doc, "text"));
                if (c.texts[c.ndocs]) c.ndocs++;
            }
            rc = do_cluster(r, &c);
        }
        free(c.refs); free(c.doc_ids); free(c.titles); free(c.texts);
        json_decref(j);
    }
    free(line);
    fclose(f);
    return rc;
}

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t n = 0;
    char *s = cli_read_stream(f, &n);
    fclose(f);
    if (!s) return NULL;
    char *t = realloc(s, n + 1);
    if (!t) { free(s); return NULL; }
    t[n] = '\0';
    return t;
}

/* The seed story: every file of DIR in name order is an article, except the one whose name
 * starts with "000": its first three lines are the reference. */
static int run_seeds(run *r, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "precis: %s: %s\n", dir, strerror(errno));
        return EXIT_BADINPUT;
    }
    char *names[64];
    size_t nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nn < 64)
        if (de->d_name[0] != '.' && (names[nn] = xstrdup(de->d_name))) nn++;
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_name);
    char *texts[64], *ref = NULL;
    const char *ids[64], *titles[64];
    size_t nd = 0;
    int rc = EXIT_OK;
    for (size_t i = 0; i < nn && rc == EXIT_OK; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        char *t = read_file(path);
        if (!t) {
            fprintf(stderr, "precis: %s: %s\n", path, strerror(errno));
            rc = EXIT_BADINPUT;
        } else if (!strncmp(names[i], "000", 3)) {
            char *p = t;
            for (int k = 0; k < 3 && p; k++) p = strchr(p + (k > 0), '\n');
            if (p) *p = '\0';
            free(ref);
            ref = t;
        } else {
            ids[nd] = names[i]; titles[nd] = NULL; texts[nd++] = t;
        }
    }
    if (rc == EXIT_OK && (!ref || nd == 0)) {
        fprintf(stderr, "precis: %s: no 000 reference file or no article\n", dir);
        rc = EXIT_BADINPUT;
    }
    if (rc == EXIT_OK) {
        const char *refs[1] = {ref};
        cluster c = {.id = "karabakh", .lang = r->lang[0] ? r->lang : "fr", .ndocs = nd,
                     .nrefs = 1, .doc_ids = ids, .titles = titles, .texts = (const char **)texts,
                     .refs = refs};
        rc = do_cluster(r, &c);
    }
    for (size_t i = 0; i < nd; i++) free(texts[i]);
    for (size_t i = 0; i < nn; i++) free(names[i]);
    free(ref);
    return rc;
}

typedef struct row { const char *name; precis_rouge_scores m; size_t n, with; } row;

static int cmp_row(const void *a, const void *b)
{
    double x = ((const row *)a)->m.r2.recall, y = ((const row *)b)->m.r2.recall;
    return (x < y) - (x > y);
}

static void print_tables(run *r, const char *name, row *rows)
{
    for (int v = 0; v < 2; v++) {
        for (size_t k = 0; k < r->nsys; k++) {
            rows[k].name = r->sys[k].name;
            rows[k].n = precis_rouge_mean(r->sys[k].sc[v], &rows[k].m, &rows[k].with);
        }
        qsort(rows, r->nsys, sizeof *rows, cmp_row);
        char stem[48];
        if (v == 1) snprintf(stem, sizeof stem, "no stemming");
        else if (precis_rouge_stems(r->sys[0].sc[0])) snprintf(stem, sizeof stem, "stemming %s", r->lang);
        else snprintf(stem, sizeof stem, "no stemmer for %s", r->lang);
        printf("### %s%s\nclusters scored: %zu; budget %u words; %s; recall R, precision P, F1 F "
               "(x100)\n\n",
               name, v ? " (no stemming)" : "", r->clusters, r->words, stem);
        printf("| system | R-1 R | R-2 R | R-L R | R-1 F | R-2 F | R-L F | R-1 P | R-2 P | R-L P "
               "| clusters with output |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (size_t k = 0; k < r->nsys; k++) {
            const precis_rouge_scores *m = &rows[k].m;
            printf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %zu |\n",
                   rows[k].name, 100 * m->r1.recall, 100 * m->r2.recall, 100 * m->rl.recall,
                   100 * m->r1.f1, 100 * m->r2.f1, 100 * m->rl.f1, 100 * m->r1.precision,
                   100 * m->r2.precision, 100 * m->rl.precision, rows[k].with);
        }
        printf("\n");
    }
    if (r->do_precis && r->clusters)
        printf("precis: %.1f ms per cluster on average (max %.1f ms) over %zu clusters, "
               "documents and brief; %zu unusable documents, %zu empty briefs\n\n",
               r->ms_total / (double)r->clusters, r->ms_max, r->clusters, r->failed_docs,
               r->empty_briefs);
}

/* --check: precis (stemmed) must beat the best other system by 1 point of R-2 R and on R-1 R. */
static int check_target(run *r)
{
    if (!r->do_precis || r->nsys < 2) return EXIT_OK;
    precis_rouge_scores p, b, m;
    precis_rouge_mean(r->sys[0].sc[0], &p, NULL);
    memset(&b, 0, sizeof b);
    const char *b1 = "", *b2 = "";
    for (size_t k = 1; k < r->nsys; k++) {
        precis_rouge_mean(r->sys[k].sc[0], &m, NULL);
        if (m.r1.recall > b.r1.recall) { b.r1.recall = m.r1.recall; b1 = r->sys[k].name; }
        if (m.r2.recall > b.r2.recall) { b.r2.recall = m.r2.recall; b2 = r->sys[k].name; }
    }
    bool ok2 = 100 * p.r2.recall >= 100 * b.r2.recall + 1.0, ok1 = p.r1.recall > b.r1.recall;
    if (ok1 && ok2) return EXIT_OK;
    if (!ok2)
        fprintf(stderr, "precis: eval summarize: target missed: R-2 R %.2f < %.2f (%s) + 1\n",
                100 * p.r2.recall, 100 * b.r2.recall, b2);
    if (!ok1)
        fprintf(stderr, "precis: eval summarize: target missed: R-1 R %.2f <= %.2f (%s)\n",
                100 * p.r1.recall, 100 * b.r1.recall, b1);
    return EXIT_TARGET;
}

int cmd_eval_summarize(int argc, char **argv)
{
    run r = {.words = 0, .do_precis = true};
    const char *dataset = NULL, *seeds = NULL, *name = NULL, *outpath = NULL, *perpath = NULL;
    bool check = false, words_set = false, lead_added = false;
    precis_options opt = cli_options();
    int rc = EXIT_OK;
    r.sys = calloc((size_t)argc + 1, sizeof *r.sys);
    row *rows = calloc((size_t)argc + 1, sizeof *rows);
    if (!r.sys || !rows) { oom(); free(r.sys); free(rows); return EXIT_FAILURE_; }
    snprintf(r.sys[0].name, sizeof r.sys[0].name, "precis");
    r.nsys = 1;
    for (int i = 1; i < argc && rc == EXIT_OK; i++) {
        const char *a = argv[i], *val = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); goto done; }
        if (!strcmp(a, "--no-precis")) { r.do_precis = false; continue; }
        if (!strcmp(a, "--check")) { check = true; continue; }
        if (!strcmp(a, "--lead")) {
            if (!lead_added) {
                sysrun *l = &r.sys[r.nsys++];
                snprintf(l->name, sizeof l->name, "lead");
                l->lead = true;
                lead_added = true;
            }
            continue;
        }
        if (!strcmp(a, "--exact")) { opt.flags |= PRECIS_OPT_EXACT; continue; }
        if (cli_opt_value(argc, argv, &i, "-w", "--words", &val)) {
            if (!cli_words_value("eval summarize", val, &r.words)) rc = EXIT_USAGE;
            words_set = true;
        } else if (cli_opt_value(argc, argv, &i, "-s", "--system", &val)) {
            if (!val) { fprintf(stderr, "precis: eval summarize: --system needs a file\n"); rc = EXIT_USAGE; }
            else rc = load_system(val, &r.sys[r.nsys++]);
        } else if (cli_opt_value(argc, argv, &i, "-l", "--lang", &val)) {
            if (!cli_lang_value("eval summarize", val, r.lang, sizeof r.lang, false)) rc = EXIT_USAGE;
            else snprintf(opt.lang, sizeof opt.lang, "%s", val);
        } else if (cli_opt_value(argc, argv, &i, NULL, "--seeds", &val)) {
            if (!val) { fprintf(stderr, "precis: eval summarize: --seeds needs a directory\n"); rc = EXIT_USAGE; }
            seeds = val;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--name", &val)) {
            if (!val) { fprintf(stderr, "precis: eval summarize: --name needs a value\n"); rc = EXIT_USAGE; }
            name = val;
        } else if (cli_opt_value(argc, argv, &i, "-o", "--output", &val)) {
            if (!val) { fprintf(stderr, "precis: eval summarize: --output needs a file\n"); rc = EXIT_USAGE; }
            outpath = val;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--per-cluster", &val)) {
            if (!val) { fprintf(stderr, "precis: eval summarize: --per-cluster needs a file\n"); rc = EXIT_USAGE; }
            perpath = val;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "precis: eval summarize: unknown option '%s' (see --help)\n", a);
            rc = EXIT_USAGE;
        } else if (dataset) {
            fprintf(stderr, "precis: eval summarize: one data set at a time ('%s')\n", a);
            rc = EXIT_USAGE;
        } else {
            dataset = a;
        }
    }
    if (rc != EXIT_OK) goto done;
    if (!dataset == !seeds) {
        fprintf(stderr, "precis: eval summarize: give a DATASET.jsonl or --seeds DIR\n%s", usage);
        rc = EXIT_USAGE;
        goto done;
    }
    if (!r.do_precis) { /* drop the precis slot */
        memmove(r.sys, r.sys + 1, (r.nsys - 1) * sizeof *r.sys);
        r.nsys--;
        memset(&r.sys[r.nsys], 0, sizeof r.sys[r.nsys]);
        if (r.nsys == 0) {
            fprintf(stderr, "precis: eval summarize: --no-precis needs at least one --system or --lead\n");
            rc = EXIT_USAGE;
            goto done;
        }
    }
    const char *src = dataset ? dataset : seeds;
    FILE *probe = dataset ? fopen(dataset, "r") : NULL;
    DIR *dprobe = seeds ? opendir(seeds) : NULL;
    if (!probe && !dprobe) {
        fprintf(stderr, "precis: eval summarize: %s: %s; skipped\n", src, strerror(errno));
        goto done; /* absent data: not an error */
    }
    if (probe) fclose(probe);
    if (dprobe) closedir(dprobe);
    if (!words_set) r.words = seeds ? 150 : opt.words;
    opt.words = r.words;
    if (precis_ctx_new(&opt, &r.ctx) != PRECIS_OK) { oom(); rc = EXIT_FAILURE_; goto done; }
    if (r.lang[0] && (rc = make_scorers(&r, r.lang)) != EXIT_OK) goto done;
    if (outpath && !(r.out = fopen(outpath, "w"))) {
        fprintf(stderr, "precis: %s: %s\n", outpath, strerror(errno));
        rc = EXIT_BADINPUT;
        goto done;
    }
    if (perpath && !(r.per = fopen(perpath, "w"))) {
        fprintf(stderr, "precis: %s: %s\n", perpath, strerror(errno));
        rc = EXIT_BADINPUT;
        goto done;
    }
    if (r.per) fprintf(r.per, "id\tsystem\tR-1 R\tR-2 R\tR-L R\tR-1 F\tR-2 F\n");
    rc = seeds ? run_seeds(&r, seeds) : run_jsonl(&r, dataset);
    if (rc != EXIT_OK) goto done;
    if (r.clusters == 0) {
        fprintf(stderr, "precis: %s: no cluster with documents\n", src);
        rc = EXIT_BADINPUT;
        goto done;
    }
    if (!name) {
        const char *b = strrchr(src, '/');
        name = seeds ? "seeds (karabakh)" : b ? b + 1 : src;
    }
    char title[256];
    snprintf(title, sizeof title, "%s", name);
    char *dot = strstr(title, ".jsonl");
    if (dot) *dot = '\0';
    print_tables(&r, title, rows);
    if (fflush(stdout) != 0) { fprintf(stderr, "precis: cannot write output\n"); rc = EXIT_FAILURE_; }
    if (check && rc == EXIT_OK) rc = check_target(&r);
done:
    if (r.out && fclose(r.out) != 0 && rc == EXIT_OK) {
        fprintf(stderr, "precis: %s: cannot write\n", outpath);
        rc = EXIT_FAILURE_;
    }
    if (r.per && fclose(r.per) != 0 && rc == EXIT_OK) {
        fprintf(stderr, "precis: %s: cannot write\n", perpath);
        rc = EXIT_FAILURE_;
    }
    for (size_t k = 0; k <= (size_t)argc; k++) { /* unused slots are zero */
        for (size_t e = 0; e < r.sys[k].n; e++) { free(r.sys[k].e[e].id); free(r.sys[k].e[e].summary); }
        free(r.sys[k].e);
        precis_rouge_free(r.sys[k].sc[0]);
        precis_rouge_free(r.sys[k].sc[1]);
    }
    free(r.sys);
    free(rows);
    precis_ctx_free(r.ctx);
    return rc;
}
