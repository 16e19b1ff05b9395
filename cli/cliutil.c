/* cliutil.c — helpers shared by the subcommands. */
#include "cliutil.h"
#include "commands.h"
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

precis_options cli_options(void)
{
    static char dir[4096]; /* the program's own state: the library keeps a copy */
    precis_options o = precis_options_default();
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return o;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return o;
    *slash = 0;
    static const char *const where[] = {"/share/precis/hunspell", "/../share/precis/hunspell"};
    for (size_t i = 0; i < sizeof where / sizeof *where; i++) {
        char probe[4096 + 64];
        if ((size_t)snprintf(dir, sizeof dir, "%s%s", exe, where[i]) >= sizeof dir) break;
        snprintf(probe, sizeof probe, "%s/fr.dic", dir);
        if (access(probe, R_OK) == 0) {
            o.dict_dir = dir;
            break;
        }
    }
    return o;
}

bool cli_opt_value(int argc, char **argv, int *i, const char *shrt, const char *lng, const char **val)
{
    const char *a = argv[*i];
    size_t ll = strlen(lng);
    if ((shrt && !strcmp(a, shrt)) || !strcmp(a, lng)) {
        *val = *i + 1 < argc ? argv[++*i] : NULL;
        return true;
    }
    if (!strncmp(a, lng, ll) && a[ll] == '=') { *val = a + ll + 1; return true; }
    return false;
}

bool cli_parse_format(const char *s, precis_format *fmt)
{
    if (!strcmp(s, "text")) *fmt = PRECIS_FORMAT_TEXT;
    else if (!strcmp(s, "markdown") || !strcmp(s, "md")) *fmt = PRECIS_FORMAT_MARKDOWN;
    else if (!strcmp(s, "json")) *fmt = PRECIS_FORMAT_JSON;
    else if (!strcmp(s, "html")) *fmt = PRECIS_FORMAT_HTML;
    else return false;
    return true;
}

bool cli_words_value(const char *cmd, const char *val, unsigned *words)
{
    char *end;
    long w = val ? strtol(val, &end, 10) : 0;
    if (!val || *end || w < 1 || w > 100000) {
        fprintf(stderr, "precis: %s: --words needs a number from 1 to 100000\n", cmd);
        return false;
    }
    *words = (unsigned)w;
    return true;
}

bool cli_lang_value(const char *cmd, const char *val, char *lang, size_t cap, bool or_auto)
{
    if (!val || !val[0] || strlen(val) >= cap) {
        fprintf(stderr, "precis: %s: --lang needs a language code%s\n", cmd, or_auto ? " or auto" : "");
        return false;
    }
    snprintf(lang, cap, "%s", val);
    return true;
}

bool cli_text_or_json(const char *cmd, const char *val, bool *json)
{
    if (val && !strcmp(val, "json")) *json = true;
    else if (val && !strcmp(val, "text")) *json = false;
    else { fprintf(stderr, "precis: %s: --format must be text or json\n", cmd); return false; }
    return true;
}

char *cli_read_stream(void *file, size_t *len)
{
    FILE *f = file;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    if (ferror(f)) { free(buf); return NULL; }
    *len = n;
    return buf;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int cli_each_input(char **paths, int npaths, cli_input_fn fn, void *ud, bool *had_input)
{
    for (int i = 0; i < npaths; i++) {
        const char *p = paths[i];
        struct stat sb;
        if (strcmp(p, "-") != 0 && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            DIR *dir = opendir(p);
            if (!dir) { fprintf(stderr, "precis: %s: %s\n", p, strerror(errno)); return EXIT_BADINPUT; }
            char **names = NULL;
            size_t n = 0, cap = 0;
            struct dirent *de;
            while ((de = readdir(dir)) != NULL) {
                if (de->d_name[0] == '.') continue;
                size_t need = strlen(p) + strlen(de->d_name) + 2;
                char *full = malloc(need);
                if (!full) break;
                snprintf(full, need, "%s%s%s", p, p[strlen(p) - 1] == '/' ? "" : "/", de->d_name);
                struct stat fs;
                if (stat(full, &fs) != 0 || !S_ISREG(fs.st_mode)) { free(full); continue; }
                if (n == cap) {
                    cap = cap ? cap * 2 : 16;
                    char **nn = realloc(names, cap * sizeof *nn);
                    if (!nn) { free(full); break; }
                    names = nn;
                }
                names[n++] = full;
            }
            closedir(dir);
            if (n) qsort(names, n, sizeof *names, cmp_str);
            int rc = EXIT_OK;
            if (n == 0) { fprintf(stderr, "precis: %s: directory has no files\n", p); rc = EXIT_BADINPUT; }
            for (size_t k = 0; k < n && rc == EXIT_OK; k++) {
                *had_input = true;
                rc = fn(ud, names[k]);
            }
            for (size_t k = 0; k < n; k++) free(names[k]);
            free(names);
            if (rc != EXIT_OK) return rc;
        } else {
            *had_input = true;
            int rc = fn(ud, p);
            if (rc != EXIT_OK) return rc;
        }
    }
    return EXIT_OK;
}

int cli_bad_input(bool keep_going, size_t *skipped, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("precis: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "%s\n", keep_going ? " (skipped)" : "");
    if (!keep_going) return EXIT_BADINPUT;
    (*skipped)++;
    return EXIT_OK;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

bool cli_is_jsonl(const char *path, bool force)
{
    return force || ends_with(path, ".jsonl") || ends_with(path, ".ndjson");
}

int cli_each_jsonl_line(const char *path, cli_line_fn fn, void *ud)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) { fprintf(stderr, "precis: %s: cannot open\n", path); return EXIT_BADINPUT; }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    char where[4096];
    int rc = EXIT_OK;
    while (rc == EXIT_OK && (len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        bool had_newline = len > 0 && line[len - 1] == '\n';
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        size_t k = 0;
        while (k < (size_t)len && (line[k] == ' ' || line[k] == '\t')) k++;
        if (k == (size_t)len) continue; /* blank line */
        snprintf(where, sizeof where, "%s:%zu", path, lineno);
        rc = fn(ud, line, (size_t)len, where, had_newline);
    }
    if (rc == EXIT_OK && ferror(f)) { fprintf(stderr, "precis: %s: read error\n", path); rc = EXIT_BADINPUT; }
    free(line);
    if (f != stdin) fclose(f);
    return rc;
}

const char *cli_cut_short(bool had_newline) { return had_newline ? "" : " (last line, no newline: cut short?)"; }

typedef struct jsonl_ud {
    precis_ctx *ctx;
    bool keep_going;
    size_t *skipped;
    cli_doc_fn fn;
    void *ud;
} jsonl_ud;

static int jsonl_doc(void *p, const char *line, size_t len, const char *where, bool had_newline)
{
    jsonl_ud *u = p;
    precis_article *a = NULL;
    precis_doc *doc = NULL;
    precis_status st = precis_article_from_json(u->ctx, line, len, &a);
    if (st == PRECIS_OK) {
        a->path = where;
        st = precis_doc_from_article(u->ctx, a, &doc);
    }
    precis_article_free(a);
    if (st == PRECIS_ERR_NOMEM) { fprintf(stderr, "precis: %s: out of memory\n", where); return EXIT_FAILURE_; }
    if (st == PRECIS_OK || st == PRECIS_ERR_EMPTY) return u->fn(u->ud, doc, st);
    /* the messages of precis_doc_new name the article by its path, "PATH:LINE"; those of
     * precis_article_from_json do not */
    const char *m = precis_ctx_errmsg(u->ctx);
    bool named = !strncmp(m, where, strlen(where));
    return cli_bad_input(u->keep_going, u->skipped, "%s%s%s%s", named ? "" : where, named ? "" : ": ", m,
                         cli_cut_short(had_newline));
}

int cli_each_jsonl_doc(precis_ctx *ctx, const char *path, bool keep_going, size_t *skipped, cli_doc_fn fn,
                       void *ud)
{
    jsonl_ud u = {ctx, keep_going, skipped, fn, ud};
    return cli_each_jsonl_line(path, jsonl_doc, &u);
}

int cli_read_doc(precis_ctx *ctx, const char *path, bool keep_going, size_t *skipped, precis_doc **out,
                 precis_status *status)
{
    precis_status st;
    *out = NULL;
    if (!strcmp(path, "-")) {
        size_t len = 0;
        char *data = cli_read_stream(stdin, &len);
        if (!data) { fprintf(stderr, "precis: -: cannot read standard input\n"); return EXIT_BADINPUT; }
        st = precis_doc_new(ctx, "stdin", "-", data, len, out);
        free(data);
    } else {
        st = precis_doc_from_file(ctx, path, out);
    }
    if (st == PRECIS_ERR_NOMEM) { fprintf(stderr, "precis: %s: out of memory\n", path); return EXIT_FAILURE_; }
    if (status) {
        *status = st;
        if (st == PRECIS_ERR_EMPTY) return EXIT_OK;
    }
    return st == PRECIS_OK ? EXIT_OK : cli_bad_input(keep_going, skipped, "%s", precis_ctx_errmsg(ctx));
}

typedef struct load_ud {
    precis_ctx *ctx;
    precis_story *story;
    bool keep_going, jsonl;
    size_t skipped;
    char **empty;  /* messages of the inputs with no article text, told at the end */
    size_t nempty;
} load_ud;

static int load_doc(void *p, precis_doc *doc, precis_status st)
{
    load_ud *u = p;
    if (st == PRECIS_ERR_EMPTY) {
        /* a page with no article text (only boilerplate, or empty) is a source that says
         * nothing, not a broken one: it is set aside and named at the end, and fails the run
         * only when no other input has text */
        char **e = realloc(u->empty, (u->nempty + 1) * sizeof *e);
        char *m = e ? strdup(precis_ctx_errmsg(u->ctx)) : NULL;
        if (e) u->empty = e;
        if (!m) { fprintf(stderr, "precis: out of memory\n"); return EXIT_FAILURE_; }
        u->empty[u->nempty++] = m;
        return EXIT_OK;
    }
    if (!doc) return EXIT_OK;
    if (precis_story_add(u->story, doc) != PRECIS_OK) {
        precis_doc_free(doc);
        fprintf(stderr, "precis: out of memory\n");
        return EXIT_FAILURE_;
    }
    return EXIT_OK;
}

static int load_one(void *p, const char *path)
{
    load_ud *u = p;
    if (cli_is_jsonl(path, u->jsonl)) return cli_each_jsonl_doc(u->ctx, path, u->keep_going, &u->skipped, load_doc, u);
    precis_doc *doc = NULL;
    precis_status st = PRECIS_OK;
    int rc0 = cli_read_doc(u->ctx, path, u->keep_going, &u->skipped, &doc, &st);
    if (rc0 != EXIT_OK) return rc0;
    return load_doc(u, doc, st);
}

int cli_load_story(precis_ctx *ctx, precis_story *story, char **paths, int npaths, bool keep_going, bool jsonl)
{
    load_ud u = {ctx, story, keep_going, jsonl, 0, NULL, 0};
    bool had = false;
    int rc = cli_each_input(paths, npaths, load_one, &u, &had);
    size_t ndocs = precis_story_doc_count(story);
    for (size_t i = 0; i < u.nempty; i++) {
        if (rc == EXIT_OK) fprintf(stderr, "precis: %s%s\n", u.empty[i], ndocs ? " (skipped)" : "");
        free(u.empty[i]);
    }
    free(u.empty);
    if (rc != EXIT_OK) return rc;
    if (ndocs == 0) {
        if (!u.nempty) fprintf(stderr, "precis: no readable article in the input\n");
        return EXIT_BADINPUT;
    }
    return EXIT_OK;
}
