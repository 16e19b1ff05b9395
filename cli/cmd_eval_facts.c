/* cmd_eval_facts.c — `precis eval facts [--gold FILE] [--verbose] [--check] [DIR]`: figures,
 * quotes and entities of a story against a hand-written gold file (default: the bundled
 * example examples/karabakh and tests/golden/facts/karabakh.gold.tsv), precision and recall
 * each, and the time to extract the facts of a 10-article story. Scoring (docs/facts.md):
 *   figures   (document, what, qualifier, value) tuples, system tuples from every value x source;
 *   quotes    same document, text starting with the gold's first words and ending with its last
 *             words; "with speaker" also needs the speaker to contain (or be contained in) one
 *             of the gold's names, case-insensitively;
 *   entities  an entity shown matches a gold entity when one of its spellings is one of the gold's.
 * Target: precision and recall >= 0.9 each; --check exits with 4 below it. */
#include "cliutil.h"
#include "commands.h"
#include <precis.h>
#include <jansson.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define MAXG 512

typedef struct gline { char kind[8], f[4][512]; bool used; } gline;

static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

static void lower_ascii(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 1 < cap; s++) out[o++] = (*s >= 'A' && *s <= 'Z') ? (char)(*s - 'A' + 'a') : *s;
    out[o] = 0;
}

static bool doc_is(const char *src, const char *gold) { return !strncmp(src, gold, strlen(gold)); }

static bool speaker_ok(const char *sys, const char *alts)
{
    if (!sys || !*sys) return false;
    char s[512], buf[512];
    lower_ascii(sys, s, sizeof s);
    snprintf(buf, sizeof buf, "%s", alts);
    for (char *tok = strtok(buf, "|"); tok; tok = strtok(NULL, "|")) {
        char a[512];
        lower_ascii(tok, a, sizeof a);
        if (strstr(s, a) || strstr(a, s)) return true;
    }
    return false;
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return m <= n && !memcmp(s + n - m, suf, m);
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 1.0; }

static int load_story(precis_ctx *ctx, const char *dir, int copies, precis_story **st)
{
    struct dirent **ents;
    int n = scandir(dir, &ents, NULL, alphasort);
    if (n < 0) return -1;
    if (precis_story_new(ctx, st) != PRECIS_OK) return -1;
    int added = 0;
    for (int c = 0; c < copies || (copies == 0 && c < 1); c++) {
        for (int i = 0; i < n; i++) {
            if (ents[i]->d_name[0] == '.') continue;
            if (copies && added >= copies) break;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
            precis_doc *d;
            if (precis_doc_from_file(ctx, path, &d) != PRECIS_OK) continue;
            if (precis_story_add(*st, d) != PRECIS_OK) precis_doc_free(d);
            else added++;
        }
        if (!copies) break;
    }
    for (int i = 0; i < n; i++) free(ents[i]);
    free(ents);
    return added;
}

int cmd_eval_facts(int argc, char **argv)
{
    const char *gold_path = "tests/golden/facts/karabakh.gold.tsv", *dir = "examples/karabakh";
    bool verbose = false, check = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--gold") && i + 1 < argc) gold_path = argv[++i];
        else if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "--verbose")) verbose = true;
        else if (!strcmp(argv[i], "--check")) check = true;
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: precis eval facts [--gold FILE] [--verbose] [--check] [DIR]\n"
                   "Figures, quotes and entities of the story in DIR (default %s) vs a gold file\n"
                   "(default %s); --check exits with 4 below 0.9.\n", dir, gold_path);
            return EXIT_OK;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "precis: eval facts: unknown option '%s'\n", argv[i]);
            return EXIT_USAGE;
        } else dir = argv[i];
    }
    FILE *gf = fopen(gold_path, "r");
    if (!gf) { printf("eval facts: %s not found, skipped\n", gold_path); return EXIT_OK; }
    static gline G[MAXG];
    int ng = 0;
    char line[4096];
    while (fgets(line, sizeof line, gf) && ng < MAXG) {
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        char *f[6];
        int n = split_tabs(line, f, 6);
        if (n < 3) continue;
        memset(&G[ng], 0, sizeof G[ng]);
        snprintf(G[ng].kind, sizeof G[ng].kind, "%s", f[0]);
        for (int k = 1; k < n && k < 5; k++) snprintf(G[ng].f[k - 1], 512, "%s", f[k]);
        ng++;
    }
    fclose(gf);

    precis_ctx *ctx;
    precis_options opt = cli_options();
    if (precis_ctx_new(&opt, &ctx) != PRECIS_OK) return EXIT_FAILURE_;
    precis_story *st;
    if (load_story(ctx, dir, 0, &st) <= 0) {
        fprintf(stderr, "precis: %s: no readable article\n", dir);
        precis_ctx_free(ctx);
        return EXIT_BADINPUT;
    }
    precis_facts *facts;
    char *js = NULL;
    size_t jl;
    if (precis_story_facts(st, &facts) != PRECIS_OK ||
        precis_facts_render(facts, PRECIS_FORMAT_JSON, &js, &jl) != PRECIS_OK) {
        fprintf(stderr, "precis: eval facts: out of memory\n");
        return EXIT_FAILURE_;
    }
    precis_facts_free(facts);
    json_error_t jerr;
    json_t *root = json_loadb(js, jl, 0, &jerr);
    precis_free(js);
    if (!root) { fprintf(stderr, "precis: eval facts: bad JSON: %s\n", jerr.text); return EXIT_FAILURE_; }

    /* figures */
    long sys_f = 0, hit_f = 0, gold_f = 0, ghit_f = 0;
    size_t i, k, s;
    json_t *row, *val, *src;
    json_array_foreach(json_object_get(root, "figures"), i, row) {
        const char *what = json_string_value(json_object_get(row, "what"));
        json_array_foreach(json_object_get(row, "values"), k, val) {
            double v = json_number_value(json_object_get(val, "value"));
            const char *q = json_string_value(json_object_get(val, "qualifier"));
            json_array_foreach(json_object_get(val, "sources"), s, src) {
                const char *id = json_string_value(src);
                sys_f++;
                bool hit = false;
                for (int g = 0; g < ng; g++) {
                    if (strcmp(G[g].kind, "figure") || !doc_is(id, G[g].f[0]) || strcmp(what, G[g].f[1]) ||
                        strcmp(q ? q : "", G[g].f[2]) || atof(G[g].f[3]) != v) continue;
                    hit = true;
                    G[g].used = true;
                }
                if (hit) hit_f++;
                else if (verbose) printf("  figure not in gold: %.3s %s %s %g\n", id, what, q, v);
            }
        }
    }
    for (int g = 0; g < ng; g++) {
        if (strcmp(G[g].kind, "figure")) continue;
        gold_f++;
        if (G[g].used) ghit_f++;
        else if (verbose) printf("  figure missed: %s %s %s %s\n", G[g].f[0], G[g].f[1], G[g].f[2], G[g].f[3]);
    }
    /* quotes */
    long sys_q = 0, hit_q = 0, hit_qs = 0, gold_q = 0, ghit_q = 0;
    json_t *qo;
    /* every quote extracted: the ones listed and the repeats merged into them */
    json_t *allq = json_array();
    json_t *q0;
    json_array_foreach(json_object_get(root, "quotes"), i, q0) {
        json_array_append(allq, q0);
        json_t *rq;
        size_t qk;
        json_array_foreach(json_object_get(q0, "repeats"), qk, rq) json_array_append(allq, rq);
    }
    json_array_foreach(allq, i, qo) {
        const char *text = json_string_value(json_object_get(qo, "text"));
        const char *spk = json_string_value(json_object_get(qo, "speaker"));
        const char *id = json_string_value(json_object_get(qo, "source"));
        sys_q++;
        int match = -1;
        for (int g = 0; g < ng && match < 0; g++)
            if (!strcmp(G[g].kind, "quote") && !G[g].used && doc_is(id, G[g].f[0]) &&
                !strncmp(text, G[g].f[2], strlen(G[g].f[2])) && ends_with(text, G[g].f[3]))
                match = g;
        if (match < 0) {
            if (verbose) printf("  quote not in gold: %.3s \"%.60s\"\n", id, text);
            continue;
        }
        G[match].used = true;
        hit_q++;
        if (speaker_ok(spk, G[match].f[1])) hit_qs++;
        else if (verbose) printf("  wrong speaker: %.3s \"%.40s\": %s, gold %s\n", id, text, spk ? spk : "(none)", G[match].f[1]);
    }
    json_decref(allq);
    for (int g = 0; g < ng; g++) {
        if (strcmp(G[g].kind, "quote")) continue;
        gold_q++;
        if (G[g].used) ghit_q++;
        else if (verbose) printf("  quote missed: %s \"%s…%s\"\n", G[g].f[0], G[g].f[2], G[g].f[3]);
    }
    /* entities */
    long sys_e = 0, hit_e = 0, gold_e = 0, ghit_e = 0;
    json_t *eo;
    json_array_foreach(json_object_get(root, "entities"), i, eo) {
        sys_e++;
        const char *names[16];
        int nn = 0;
        names[nn++] = json_string_value(json_object_get(eo, "name"));
        json_t *v;
        json_array_foreach(json_object_get(eo, "variants"), k, v) if (nn < 16) names[nn++] = json_string_value(v);
        bool hit = false;
        for (int g = 0; g < ng; g++) {
            if (strcmp(G[g].kind, "entity")) continue;
            char buf[512];
            snprintf(buf, sizeof buf, "%s", G[g].f[1]);
            bool m = false;
            for (char *tok = strtok(buf, "|"); tok && !m; tok = strtok(NULL, "|"))
                for (int x = 0; x < nn && !m; x++) m = names[x] && !strcasecmp(names[x], tok);
            if (m) { hit = true; G[g].used = true; }
        }
        if (hit) hit_e++;
        else if (verbose) printf("  entity not in gold: %s\n", names[0]);
    }
    for (int g = 0; g < ng; g++) {
        if (strcmp(G[g].kind, "entity")) continue;
        gold_e++;
        if (G[g].used) ghit_e++;
        else if (verbose) printf("  entity missed: %s\n", G[g].f[1]);
    }
    json_decref(root);
    precis_story_free(st);

    /* speed: a 10-article story */
    double ms = 0;
    int runs = 20;
    if (load_story(ctx, dir, 10, &st) > 0) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        for (int r = 0; r < runs; r++) {
            if (precis_story_facts(st, &facts) == PRECIS_OK) precis_facts_free(facts);
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        ms = ((double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6) / runs;
        precis_story_free(st);
    }
    precis_ctx_free(ctx);

    double fp = ratio(hit_f, sys_f), fr = ratio(ghit_f, gold_f);
    double qp = ratio(hit_q, sys_q), qr = ratio(ghit_q, gold_q);
    double sp = ratio(hit_qs, sys_q), sr = ratio(hit_qs, gold_q);
    double ep = ratio(hit_e, sys_e), er = ratio(ghit_e, gold_e);
    printf("figures               precision %.3f (%ld/%ld)  recall %.3f (%ld/%ld)\n", fp, hit_f, sys_f, fr, ghit_f, gold_f);
    printf("quotes                precision %.3f (%ld/%ld)  recall %.3f (%ld/%ld)\n", qp, hit_q, sys_q, qr, ghit_q, gold_q);
    printf("quotes with speaker   precision %.3f (%ld/%ld)  recall %.3f (%ld/%ld)\n", sp, hit_qs, sys_q, sr, hit_qs, gold_q);
    printf("entities              precision %.3f (%ld/%ld)  recall %.3f (%ld/%ld)\n", ep, hit_e, sys_e, er, ghit_e, gold_e);
    printf("speed                 %.2f ms for the facts of a 10-article story (mean of %d runs)\n", ms, runs);
    bool below = fp < 0.9 || fr < 0.9 || qp < 0.9 || qr < 0.9 || sp < 0.9 || sr < 0.9 || ep < 0.9 || er < 0.9;
    return check && below ? EXIT_TARGET : EXIT_OK;
}
