/*
 * cmd_add.c — `precis add --db FILE PATH...`: adds articles to a store.
 *
 * Inputs: files (text or HTML; id = the file's base name without extension), directories (their
 * files in name order), "-" (standard input as one article) and JSONL streams (a file whose name
 * ends in .jsonl or .ndjson, or "--jsonl -" for standard input: one article per line, see
 * precis_article_from_json()). A line that is not valid JSON, or an article that cannot be
 * read, is reported with its line number and skipped; the others are added, and the exit code
 * is 3 at the end. Additions are committed in batches, and at the end; interrupting the command
 * loses at most the current batch, never what was committed.
 */
#include "cliutil.h"
#include "commands.h"
#include <precis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

static const char usage[] =
    "usage: precis add --db FILE [options] PATH...\n"
    "  Adds articles to the store FILE (created if needed): files and directories of text or\n"
    "  HTML, and JSONL streams (*.jsonl, *.ndjson: one article per line with \"id\", \"text\" or\n"
    "  \"html\", optional \"title\", \"url\", \"date\", \"source\", \"lang\").\n"
    "  Exact and near copies are grouped; each article joins a story or starts one.\n"
    "options:\n"
    "  --db FILE      the store (required)\n"
    "  --jsonl        read every PATH (and \"-\") as JSONL\n"
    "  -q, --quiet    no summary line\n"
    "  -v, --verbose  one line per article: id, outcome, story\n"
    "  --story-days D a story whose last article is more than D days older than the newest\n"
    "                 date seen takes no new articles (default 6)\n"
    "  --copy-days D  copies are looked for among the articles of the last D days (default 7)\n"
    "  --window N     undated articles: stories and copies untouched in the last N additions\n"
    "                 are no longer matched (default 50000)\n"
    "  (what leaves the window stays in the store: listed and briefed; see docs/store.md)\n"
    "exit codes: 0 ok, 1 internal or store failure, 2 usage, 3 some input could not be added\n";

typedef struct add_ud {
    precis_ctx *ctx;
    precis_store *st;
    bool jsonl, verbose;
    size_t added, copies, near, exists, bad, stories, future;
    int fatal;  /* exit code of a failure that stops everything, 0 if none */
} add_ud;

/* A positive number of days (fractions allowed), at most about 100 years. */
static bool parse_days(const char *v, double *out)
{
    char *end;
    if (!v || !*v) return false;
    double d = strtod(v, &end);
    if (*end || !(d > 0) || d > 36500) return false;
    *out = d;
    return true;
}

static int bad_days(const char *opt, const char *v, char **paths)
{
    fprintf(stderr, "precis: add: %s needs a number of days > 0 (got '%s')\n", opt, v ? v : "");
    free(paths);
    return EXIT_USAGE;
}

/* Adds one article; false when the store failed (stop). */
static bool add_one(add_ud *u, const precis_article *a, const char *where)
{
    precis_add_result res;
    precis_status s = precis_store_add(u->st, a, &res);
    if (s == PRECIS_ERR_DB || s == PRECIS_ERR_NOMEM) {
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(u->ctx));
        u->fatal = EXIT_FAILURE_;
        return false;
    }
    if (s != PRECIS_OK) {
        /* messages of precis_doc_new name the article by its path; JSONL ones by file:line */
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(u->ctx));
        u->bad++;
        return true;
    }
    u->future += res.future_date != 0;
    switch (res.kind) {
    case PRECIS_ADD_NEW: u->added++; u->stories += res.new_story != 0; break;
    case PRECIS_ADD_COPY: u->copies++; break;
    case PRECIS_ADD_NEAR_COPY: u->near++; break;
    case PRECIS_ADD_EXISTS: u->exists++; break;
    }
    if (u->verbose) {
        static const char *const kind[] = {"new", "copy", "near-copy", "exists"};
        printf("%s\t%s\t%s", where, res.id, kind[res.kind]);
        if (res.copy_of) printf(" of %s (%.2f)", res.copy_of, res.similarity);
        if (res.kind != PRECIS_ADD_EXISTS)
            printf("\tstory %lld%s", (long long)res.story, res.new_story ? " (new)" : "");
        if (res.merged_story) printf(" (merged story %lld)", (long long)res.merged_story);
        if (res.future_date) printf(" (future date ignored)");
        printf("\n");
    }
    return true;
}

static int add_line(void *p, const char *line, size_t len, const char *where, bool had_newline)
{
    add_ud *u = p;
    precis_article *a = NULL;
    precis_status s = precis_article_from_json(u->ctx, line, len, &a);
    if (s != PRECIS_OK) {
        fprintf(stderr, "precis: %s: %s%s\n", where, precis_ctx_errmsg(u->ctx), cli_cut_short(had_newline));
        u->bad++;
        return s == PRECIS_ERR_NOMEM ? (u->fatal = EXIT_FAILURE_) : EXIT_OK;
    }
    a->path = where;
    bool go = add_one(u, a, where);
    precis_article_free(a);
    return go ? EXIT_OK : (u->fatal ? u->fatal : EXIT_FAILURE_);
}

static int add_jsonl(add_ud *u, const char *path)
{
    int rc = cli_each_jsonl_line(path, add_line, u);
    if (rc == EXIT_BADINPUT) u->bad++; /* cannot open or read: told, and the next input goes on */
    return u->fatal;
}

static int add_path(void *p, const char *path)
{
    add_ud *u = p;
    if (u->fatal) return u->fatal;
    if (cli_is_jsonl(path, u->jsonl)) return add_jsonl(u, path);
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "precis: %s: cannot open\n", path);
        u->bad++;
        return EXIT_OK;
    }
    size_t len = 0;
    char *data = cli_read_stream(f, &len);
    if (f != stdin) fclose(f);
    if (!data) { fprintf(stderr, "precis: %s: cannot read\n", path); u->bad++; return EXIT_OK; }
    /* the id: the base name without its extension, as `precis brief` names files */
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    char *id = strdup(strcmp(path, "-") ? b : "stdin");
    if (!id) { free(data); u->fatal = EXIT_FAILURE_; return u->fatal; }
    char *dot = strrchr(id, '.');
    if (dot && dot != id) *dot = '\0';
    precis_article a = {0};
    a.id = id;
    a.data = data;
    a.len = len;
    a.path = path;
    add_one(u, &a, path);
    free(id);
    free(data);
    return u->fatal;
}

int cmd_add(int argc, char **argv)
{
    const char *db = NULL;
    add_ud u = {0};
    bool quiet = false;
    char **paths = malloc((size_t)argc * sizeof *paths);
    int np = 0;
    precis_options opt = cli_options();
    if (!paths) return EXIT_FAILURE_;
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { fputs(usage, stdout); free(paths); return EXIT_OK; }
        if (cli_opt_value(argc, argv, &i, NULL, "--db", &v)) {
            if (!v || !*v) { fprintf(stderr, "precis: add: --db needs a file\n"); free(paths); return EXIT_USAGE; }
            db = v;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--story-days", &v)) {
            if (!parse_days(v, &opt.story_window_days)) return bad_days("--story-days", v, paths);
        } else if (cli_opt_value(argc, argv, &i, NULL, "--copy-days", &v)) {
            if (!parse_days(v, &opt.copy_window_days)) return bad_days("--copy-days", v, paths);
        } else if (cli_opt_value(argc, argv, &i, NULL, "--window", &v)) {
            char *end = NULL;
            unsigned long long n = v && *v ? strtoull(v, &end, 10) : 0;
            if (!v || !*v || *end || n == 0 || v[0] == '-' || n > (unsigned long long)SIZE_MAX) {
                fprintf(stderr, "precis: add: --window needs a number of articles > 0 (got '%s')\n", v ? v : "");
                free(paths);
                return EXIT_USAGE;
            }
            opt.window_articles = (size_t)n;
        } else if (!strcmp(argv[i], "--jsonl")) u.jsonl = true;
        else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) quiet = true;
        else if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "--verbose")) u.verbose = true;
        else if (!strcmp(argv[i], "--")) { while (++i < argc) paths[np++] = argv[i]; }
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "precis: add: unknown option '%s' (see precis add --help)\n", argv[i]);
            free(paths);
            return EXIT_USAGE;
        } else paths[np++] = argv[i];
    }
    if (!db) { fprintf(stderr, "precis: add: --db FILE is required (see precis add --help)\n"); free(paths); return EXIT_USAGE; }
    if (!np) { fprintf(stderr, "precis: add: no input (see precis add --help)\n"); free(paths); return EXIT_USAGE; }
    if (precis_ctx_new(&opt, &u.ctx) != PRECIS_OK) { free(paths); return EXIT_FAILURE_; }
    if (precis_store_open(u.ctx, db, 0, &u.st) != PRECIS_OK) {
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(u.ctx));
        precis_ctx_free(u.ctx);
        free(paths);
        return EXIT_FAILURE_;
    }
    bool had = false;
    int rc = cli_each_input(paths, np, add_path, &u, &had);
    if (rc == EXIT_BADINPUT && !u.fatal) u.bad++; /* a directory without files, already reported */
    if (precis_store_close(u.st) != PRECIS_OK) {
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(u.ctx));
        if (!u.fatal) u.fatal = EXIT_FAILURE_;
    }
    if (!quiet) {
        fprintf(stderr, "precis: %s: %zu added (new stories: %zu), %zu copies, %zu near copies, %zu already stored, %zu failed",
                db, u.added, u.stories, u.copies, u.near, u.exists, u.bad);
        /* dates more than a day ahead of the clock: kept, not used to age stories */
        if (u.future) fprintf(stderr, ", %zu future dates ignored", u.future);
        fprintf(stderr, "\n");
    }
    precis_ctx_free(u.ctx);
    free(paths);
    if (u.fatal) return u.fatal;
    return u.bad ? EXIT_BADINPUT : EXIT_OK;
}
