/* cmd_eval_sentences.c — `precis eval sentences [--golden FILE] [--ud PATH...] [--verbose]`:
 * the sentence splitter (precis_split_sentences) against
 *   - the golden rules of pySBD / pragmatic_segmenter (JSON Lines: lang, source, text,
 *     expected): a case is right when the sentences produced, whitespace collapsed, are
 *     exactly the expected list. Cases whose expected sentences do not hold the same
 *     non-space characters as the text (they expect text cleaning, not splitting) are not
 *     scored and are counted apart;
 *   - Universal Dependencies treebanks (CoNLL-U): the `# text = ` sentences of a paragraph
 *     (`# newpar`), else of a document (`# newdoc`), else of the whole file, are joined with
 *     one space and split again; boundaries inside each joined text are compared with the
 *     gold ones (precision, recall, F1), and a gold sentence counts as exactly found when
 *     both its ends and nothing inside it are predicted boundaries.
 * Defaults: ../shared/data/sentences/golden-rules/pysbd_cases.jsonl and
 * ../shared/data/sentences/ud; an absent default is skipped with a message (exit 0).
 * Method and figures: docs/sentences.md. */
#include "commands.h"
#include <precis.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DATA_DIR "../shared/data/sentences"

static const char usage[] =
    "usage: precis eval sentences [--golden FILE] [--ud DIR_OR_FILE...] [--verbose]\n"
    "  --golden FILE  pySBD golden-rule cases, JSON Lines {lang, source, text, expected}\n"
    "                 (default " DATA_DIR "/golden-rules/pysbd_cases.jsonl)\n"
    "  --ud PATH...   CoNLL-U files, or directories searched for *.conllu\n"
    "                 (default " DATA_DIR "/ud)\n"
    "  --verbose      print the golden cases that fail (en and fr) and UD boundary errors\n"
    "With neither --golden nor --ud, both defaults are measured; absent defaults are skipped.\n"
    "Exit: 0 measured (or skipped), 2 usage, 3 unreadable input, 1 internal error.\n";

/* ---- growing arrays ---- */

typedef struct { size_t *v; size_t n, cap; } sizes;

static bool sizes_push(sizes *a, size_t x)
{
    if (a->n == a->cap) {
        size_t nc = a->cap ? a->cap * 2 : 256;
        size_t *p = realloc(a->v, nc * sizeof *p);
        if (!p) return false;
        a->v = p;
        a->cap = nc;
    }
    a->v[a->n++] = x;
    return true;
}

typedef struct { char *s; size_t n, cap; } sbuf;

static bool sbuf_put(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (nc < b->n + n + 1) nc *= 2;
        char *p = realloc(b->s, nc);
        if (!p) return false;
        b->s = p;
        b->cap = nc;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return true;
}

/* Splits text; fills starts/ends (grown as needed). Returns the count, or (size_t)-1 on OOM. */
static size_t split(precis_ctx *ctx, const char *lang, const char *text, size_t len, sizes *st,
                    sizes *en)
{
    size_t n = precis_split_sentences(ctx, lang, text, len, st->v, en->v, st->cap);
    if (n > st->cap) {
        size_t *a = realloc(st->v, n * sizeof *a);
        if (!a) return (size_t)-1;
        st->v = a;
        size_t *b = realloc(en->v, n * sizeof *b);
        if (!b) return (size_t)-1;
        en->v = b;
        st->cap = en->cap = n;
        n = precis_split_sentences(ctx, lang, text, len, st->v, en->v, st->cap);
    }
    st->n = en->n = n;
    return n;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* s[0..n) with whitespace runs collapsed to one space and trimmed, into b (reset). */
static bool collapse(sbuf *b, const char *s, size_t n)
{
    b->n = 0;
    if (!sbuf_put(b, "", 0)) return false;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        if (is_ws(s[i])) { sp = b->n > 0; continue; }
        if (sp && !sbuf_put(b, " ", 1)) return false;
        sp = false;
        if (!sbuf_put(b, s + i, 1)) return false;
    }
    return true;
}

static void strip_ws(sbuf *b, const char *s)
{
    b->n = 0;
    sbuf_put(b, "", 0);
    for (; *s; s++)
        if (!is_ws(*s)) sbuf_put(b, s, 1);
}

/* ---- golden rules ---- */

static const struct { const char *name; const char *code; } lang_names[] = {
    {"english", "en"}, {"english_clean", "en"}, {"english(regression)", "en"},
    {"french", "fr"}, {"deutsch", "de"}, {"spanish", "es"}, {"italian", "it"},
    {"dutch", "nl"}, {"danish", "da"}, {"russian", "ru"}, {"portuguese", "pt"},
};

static const char *lang_code(const char *name)
{
    for (size_t i = 0; i < sizeof lang_names / sizeof lang_names[0]; i++)
        if (!strcmp(name, lang_names[i].name)) return lang_names[i].code;
    return NULL;
}

typedef struct { char name[96]; const char *code; size_t cases, scored, right; } ggroup;

static int eval_golden(precis_ctx *ctx, const char *path, bool explicit_path, bool verbose)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (!explicit_path && errno == ENOENT) {
            printf("golden rules: %s not found, skipped\n\n", path);
            return EXIT_OK;
        }
        fprintf(stderr, "precis: %s: %s\n", path, strerror(errno));
        return EXIT_BADINPUT;
    }
    ggroup g[64];
    size_t ng = 0, lineno = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    sizes st = {0}, en = {0};
    sbuf got = {0}, want = {0}, a = {0}, b = {0};
    int rc = EXIT_OK;
    while ((r = getline(&line, &lcap, f)) > 0) {
        lineno++;
        json_error_t jerr;
        json_t *c = json_loads(line, 0, &jerr);
        const char *lang = c ? json_string_value(json_object_get(c, "lang")) : NULL;
        const char *src = c ? json_string_value(json_object_get(c, "source")) : NULL;
        const char *text = c ? json_string_value(json_object_get(c, "text")) : NULL;
        json_t *exp = c ? json_object_get(c, "expected") : NULL;
        if (!lang || !text || !json_is_array(exp)) {
            fprintf(stderr, "precis: %s:%zu: not a golden-rule case {lang, text, expected}\n", path,
                    lineno);
            json_decref(c);
            rc = EXIT_BADINPUT;
            break;
        }
        char name[96];
        const char *file = src ? src : "";
        const char *sl = strrchr(file, '/');
        size_t fl = strcspn(sl ? sl + 1 : file, ":.");
        snprintf(name, sizeof name, "%s (%.*s)", lang, (int)fl, sl ? sl + 1 : file);
        size_t k = 0;
        while (k < ng && strcmp(g[k].name, name)) k++;
        if (k == ng) {
            if (ng == sizeof g / sizeof g[0]) { json_decref(c); continue; }
            memset(&g[ng], 0, sizeof g[ng]);
            snprintf(g[ng].name, sizeof g[ng].name, "%s", name);
            g[ng].code = lang_code(lang);
            ng++;
        }
        g[k].cases++;
        /* scorable: the expected sentences hold exactly the text's non-space characters */
        size_t text_len = strlen(text);
        strip_ws(&a, text);
        sbuf joined = {0};
        for (size_t e = 0; e < json_array_size(exp); e++) {
            const char *s = json_string_value(json_array_get(exp, e));
            if (s) sbuf_put(&joined, s, strlen(s));
        }
        strip_ws(&b, joined.s ? joined.s : "");
        free(joined.s);
        if (a.n != b.n || memcmp(a.s, b.s, a.n) != 0) { json_decref(c); continue; }
        g[k].scored++;
        if (split(ctx, g[k].code, text, text_len, &st, &en) == (size_t)-1) {
            json_decref(c);
            rc = EXIT_FAILURE_;
            break;
        }
        bool ok = st.n == json_array_size(exp);
        for (size_t e = 0; ok && e < st.n; e++) {
            const char *s = json_string_value(json_array_get(exp, e));
            collapse(&got, text + st.v[e], en.v[e] - st.v[e]);
            collapse(&want, s, strlen(s));
            ok = got.n == want.n && memcmp(got.s, want.s, got.n) == 0;
        }
        if (ok) g[k].right++;
        else if (verbose && g[k].code && (!strcmp(g[k].code, "en") || !strcmp(g[k].code, "fr"))) {
            printf("FAIL %s #%lld\n", name, json_integer_value(json_object_get(c, "idx")));
            for (size_t e = 0; e < json_array_size(exp); e++)
                printf("  want: %s\n", json_string_value(json_array_get(exp, e)));
            for (size_t e = 0; e < st.n; e++)
                printf("  got:  %.*s\n", (int)(en.v[e] - st.v[e]), text + st.v[e]);
        }
        json_decref(c);
    }
    free(line);
    fclose(f);
    free(st.v), free(en.v), free(got.s), free(want.s), free(a.s), free(b.s);
    if (rc != EXIT_OK) return rc;

    printf("Golden rules (%s): exact sentence lists, whitespace collapsed\n", path);
    printf("%-44s %-4s %6s %7s %6s %7s\n", "set (lang, source)", "code", "cases", "scored",
           "right", "%");
    size_t en_s = 0, en_r = 0, fr_s = 0, fr_r = 0, all_s = 0, all_r = 0;
    for (size_t k = 0; k < ng; k++) {
        printf("%-44s %-4s %6zu %7zu %6zu %7.1f\n", g[k].name, g[k].code ? g[k].code : "-",
               g[k].cases, g[k].scored, g[k].right,
               g[k].scored ? 100.0 * (double)g[k].right / (double)g[k].scored : 0.0);
        if (!strcmp(g[k].name, "english (test_english)")) en_s += g[k].scored, en_r += g[k].right;
        if (!strcmp(g[k].name, "french (test_french)")) fr_s += g[k].scored, fr_r += g[k].right;
        all_s += g[k].scored, all_r += g[k].right;
    }
    printf("%-44s %-4s %6s %7zu %6zu %7.1f\n", "English golden rules (pySBD: 97.9)", "en", "",
           en_s, en_r, en_s ? 100.0 * (double)en_r / (double)en_s : 0.0);
    printf("%-44s %-4s %6s %7zu %6zu %7.1f\n", "French golden rules", "fr", "", fr_s, fr_r,
           fr_s ? 100.0 * (double)fr_r / (double)fr_s : 0.0);
    printf("%-44s %-4s %6s %7zu %6zu %7.1f\n", "English + French golden rules", "", "",
           en_s + fr_s, en_r + fr_r,
           en_s + fr_s ? 100.0 * (double)(en_r + fr_r) / (double)(en_s + fr_s) : 0.0);
    printf("%-44s %-4s %6s %7zu %6zu %7.1f\n", "all scored cases, every language", "", "", all_s,
           all_r, all_s ? 100.0 * (double)all_r / (double)all_s : 0.0);
    printf("(cases not scored expect text cleaning: their sentences differ from the text "
           "in more than whitespace)\n\n");
    return EXIT_OK;
}

/* ---- UD treebanks ---- */

typedef struct { size_t sents, gold, pred, tp, exact, gold_p, tp_p; } ustats;

static void ustats_add(ustats *a, const ustats *b)
{
    a->sents += b->sents, a->gold += b->gold, a->pred += b->pred, a->tp += b->tp;
    a->exact += b->exact, a->gold_p += b->gold_p, a->tp_p += b->tp_p;
}

/* Does the sentence ending at e close with terminal punctuation (then quotes or brackets)? */
static bool punct_end(const char *t, size_t s, size_t e)
{
    while (e > s) {
        unsigned char c = (unsigned char)t[e - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') { e--; continue; }
        if (e - s >= 2 && (unsigned char)t[e - 2] == 0xC2 && c == 0xBB) { e -= 2; continue; }  /* » */
        if (e - s >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
            (c == 0x9D || c == 0x99 || c == 0xAF)) { e -= 3; continue; }  /* ” ’ NNBSP */
        break;
    }
    if (e == s) return false;
    unsigned char c = (unsigned char)t[e - 1];
    return c == '.' || c == '!' || c == '?' ||
           (e - s >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 && c == 0xA6);
}

/* Scores one unit: text (sentences joined by spaces), gold sentence starts/ends. */
static int score_unit(precis_ctx *ctx, const char *lang, const sbuf *text, const sizes *gs,
                      const sizes *ge, sizes *st, sizes *en, ustats *u, bool verbose,
                      const char *path)
{
    if (!gs->n) return EXIT_OK;
    if (split(ctx, lang, text->s, text->n, st, en) == (size_t)-1) return EXIT_FAILURE_;
    u->sents += gs->n;
    u->gold += gs->n - 1;
    u->pred += st->n ? st->n - 1 : 0;
    /* boundaries are sentence starts after the first; both lists are increasing */
    size_t p = 1;
    for (size_t g = 1; g < gs->n; g++) {
        while (p < st->n && st->v[p] < gs->v[g]) p++;
        bool hit = p < st->n && st->v[p] == gs->v[g];
        if (hit) u->tp++;
        if (punct_end(text->s, gs->v[g - 1], ge->v[g - 1])) u->gold_p++, u->tp_p += hit;
    }
    /* exact sentences: start and end predicted, no predicted start strictly inside */
    p = 0;
    for (size_t g = 0; g < gs->n; g++) {
        while (p < st->n && st->v[p] < gs->v[g]) p++;
        if (p < st->n && st->v[p] == gs->v[g] && en->v[p] == ge->v[g]) u->exact++;
    }
    if (verbose) {  /* boundary errors, with 50 bytes of context on each side */
        size_t a = 1, b = 1;
        while (a < gs->n || b < st->n) {
            size_t x = a < gs->n ? gs->v[a] : (size_t)-1, y = b < st->n ? st->v[b] : (size_t)-1;
            if (x == y) { a++, b++; continue; }
            size_t at = x < y ? x : y;
            size_t lo = at > 50 ? at - 50 : 0, hi = at + 50 < text->n ? at + 50 : text->n;
            printf("  %s %s: %.*s | %.*s\n", path, x < y ? "missed" : "false ", (int)(at - lo),
                   text->s + lo, (int)(hi - at), text->s + at);
            if (x < y) a++; else b++;
        }
    }
    return EXIT_OK;
}

static int eval_conllu(precis_ctx *ctx, const char *path, ustats *u, bool verbose)
{
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "precis: %s: %s\n", path, strerror(errno)); return EXIT_BADINPUT; }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *lang = !strncmp(base, "fr_", 3) ? "fr" : !strncmp(base, "en_", 3) ? "en" : NULL;
    /* does the file mark paragraphs or documents? */
    bool has_par = false, has_doc = false;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    while ((r = getline(&line, &lcap, f)) > 0) {
        if (!strncmp(line, "# newpar", 8)) has_par = true;
        if (!strncmp(line, "# newdoc", 8)) has_doc = true;
    }
    rewind(f);
    sbuf text = {0};
    sizes gs = {0}, ge = {0}, st = {0}, en = {0};
    int rc = EXIT_OK;
    while (rc == EXIT_OK && (r = getline(&line, &lcap, f)) > 0) {
        bool brk = (has_par && !strncmp(line, "# newpar", 8)) || (has_doc && !strncmp(line, "# newdoc", 8));
        if (brk && gs.n) {
            rc = score_unit(ctx, lang, &text, &gs, &ge, &st, &en, u, verbose, base);
            text.n = 0, gs.n = 0, ge.n = 0;
        }
        if (strncmp(line, "# text = ", 9)) continue;
        char *s = line + 9, *e = line + r;
        while (e > s && is_ws(e[-1])) e--;
        while (s < e && is_ws(*s)) s++;
        if (e == s) continue;
        if (text.n && !sbuf_put(&text, " ", 1)) rc = EXIT_FAILURE_;
        if (!sizes_push(&gs, text.n) || !sbuf_put(&text, s, (size_t)(e - s)) ||
            !sizes_push(&ge, text.n))
            rc = EXIT_FAILURE_;
    }
    if (rc == EXIT_OK) rc = score_unit(ctx, lang, &text, &gs, &ge, &st, &en, u, verbose, base);
    free(line);
    fclose(f);
    free(text.s), free(gs.v), free(ge.v), free(st.v), free(en.v);
    if (rc == EXIT_FAILURE_) fprintf(stderr, "precis: eval sentences: out of memory\n");
    return rc;
}

typedef struct { char **v; size_t n, cap; } strs;

static bool strs_push(strs *a, const char *s)
{
    if (a->n == a->cap) {
        size_t nc = a->cap ? a->cap * 2 : 16;
        char **p = realloc(a->v, nc * sizeof *p);
        if (!p) return false;
        a->v = p, a->cap = nc;
    }
    return (a->v[a->n] = strdup(s)) != NULL && ++a->n;
}

static int cmp_str(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* Adds the *.conllu files under dir (recursively, in name order) to out. */
static int collect(const char *dir, strs *out, int depth)
{
    DIR *d = opendir(dir);
    if (!d) { fprintf(stderr, "precis: %s: %s\n", dir, strerror(errno)); return EXIT_BADINPUT; }
    strs names = {0};
    struct dirent *de;
    while ((de = readdir(d)))
        if (de->d_name[0] != '.' && !strs_push(&names, de->d_name)) { closedir(d); return EXIT_FAILURE_; }
    closedir(d);
    qsort(names.v, names.n, sizeof *names.v, cmp_str);
    int rc = EXIT_OK;
    for (size_t i = 0; i < names.n; i++) {
        size_t need = strlen(dir) + strlen(names.v[i]) + 2;
        char *p = malloc(need);
        if (!p) { rc = EXIT_FAILURE_; break; }
        snprintf(p, need, "%s/%s", dir, names.v[i]);
        struct stat sb;
        size_t nl = strlen(names.v[i]);
        if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode) && depth < 4) rc = collect(p, out, depth + 1);
        else if (nl > 7 && !strcmp(names.v[i] + nl - 7, ".conllu") && !strs_push(out, p)) rc = EXIT_FAILURE_;
        free(p);
        if (rc != EXIT_OK) break;
    }
    for (size_t i = 0; i < names.n; i++) free(names.v[i]);
    free(names.v);
    return rc;
}

static void print_row(const char *name, const char *lang, const ustats *u)
{
    double P = u->pred ? (double)u->tp / (double)u->pred : 0.0;
    double R = u->gold ? (double)u->tp / (double)u->gold : 0.0;
    double F = P + R > 0 ? 2 * P * R / (P + R) : 0.0;
    printf("%-46s %-4s %6zu %6zu %6zu %6.3f %6.3f %6.3f %7.3f %7.1f\n", name, lang, u->sents,
           u->gold, u->pred, P, R, F, u->gold_p ? (double)u->tp_p / (double)u->gold_p : 0.0,
           u->sents ? 100.0 * (double)u->exact / (double)u->sents : 0.0);
}

static int eval_ud(precis_ctx *ctx, char **paths, int np, bool explicit_path, bool verbose)
{
    strs files = {0};
    int rc = EXIT_OK;
    for (int i = 0; i < np && rc == EXIT_OK; i++) {
        struct stat sb;
        if (stat(paths[i], &sb) != 0) {
            if (!explicit_path && errno == ENOENT) {
                printf("UD treebanks: %s not found, skipped\n", paths[i]);
                continue;
            }
            fprintf(stderr, "precis: %s: %s\n", paths[i], strerror(errno));
            rc = EXIT_BADINPUT;
        } else if (S_ISDIR(sb.st_mode)) {
            rc = collect(paths[i], &files, 0);
        } else if (!strs_push(&files, paths[i])) {
            rc = EXIT_FAILURE_;
        }
    }
    if (rc == EXIT_OK && files.n) {
        printf("UD treebanks: boundaries inside paragraphs (else documents, else whole files)\n");
        printf("%-46s %-4s %6s %6s %6s %6s %6s %6s %7s %7s\n", "file", "lang", "sents", "gold-b",
               "pred-b", "P", "R", "F1", "R-punct", "exact%");
        ustats tot[2] = {{0}};
        for (size_t i = 0; i < files.n && rc == EXIT_OK; i++) {
            ustats u = {0};
            rc = eval_conllu(ctx, files.v[i], &u, verbose);
            if (rc != EXIT_OK) break;
            const char *base = strrchr(files.v[i], '/');
            base = base ? base + 1 : files.v[i];
            bool fr = !strncmp(base, "fr_", 3);
            print_row(base, fr ? "fr" : !strncmp(base, "en_", 3) ? "en" : "-", &u);
            /* the derived Sequoia news file repeats sentences of the train file: not added */
            if (!strstr(base, "annodis")) ustats_add(&tot[fr ? 0 : 1], &u);
        }
        if (rc == EXIT_OK) {
            print_row("all French files (annodis excluded)", "fr", &tot[0]);
            print_row("all English files", "en", &tot[1]);
            printf("(gold-b/pred-b: boundaries inside the joined texts; R-punct: recall of the gold "
                   "boundaries after a sentence that ends in . ! ? or …\n (then quotes or "
                   "brackets); exact%%: gold sentences found with both ends and no split inside)\n\n");
        }
    }
    for (size_t i = 0; i < files.n; i++) free(files.v[i]);
    free(files.v);
    return rc;
}

int cmd_eval_sentences(int argc, char **argv)
{
    const char *golden = NULL;
    char **ud = NULL;
    int nud = 0;
    bool verbose = false, want_ud = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage, stdout);
            return EXIT_OK;
        } else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) {
            verbose = true;
        } else if (!strcmp(argv[i], "--golden")) {
            if (++i >= argc) { fprintf(stderr, "precis: eval sentences: --golden needs a FILE\n"); return EXIT_USAGE; }
            golden = argv[i];
        } else if (!strncmp(argv[i], "--golden=", 9)) {
            golden = argv[i] + 9;
        } else if (!strcmp(argv[i], "--ud")) {
            want_ud = true;
            ud = argv + i + 1;
            while (i + 1 < argc && strncmp(argv[i + 1], "--", 2)) i++, nud++;
            if (!nud) { fprintf(stderr, "precis: eval sentences: --ud needs a path\n"); return EXIT_USAGE; }
        } else {
            fprintf(stderr, "precis: eval sentences: unknown argument '%s'\n%s", argv[i], usage);
            return EXIT_USAGE;
        }
    }
    bool defaults = !golden && !want_ud;
    precis_ctx *ctx = NULL;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) {
        fprintf(stderr, "precis: eval sentences: out of memory\n");
        return EXIT_FAILURE_;
    }
    int rc = EXIT_OK;
    if (golden || defaults)
        rc = eval_golden(ctx, golden ? golden : DATA_DIR "/golden-rules/pysbd_cases.jsonl",
                         golden != NULL, verbose);
    if (rc == EXIT_OK && (want_ud || defaults)) {
        char *def[] = {DATA_DIR "/ud"};
        rc = want_ud ? eval_ud(ctx, ud, nud, true, verbose) : eval_ud(ctx, def, 1, false, verbose);
    }
    precis_ctx_free(ctx);
    return rc;
}
