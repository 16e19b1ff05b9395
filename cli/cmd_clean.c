/*
 * cmd_clean.c — `precis clean`: the main text (and metadata) of each input, as precis reads it.
 * Input kinds are detected by content: HTML (any charset), plain text, gzip of either.
 * Text output: the cleaned text of each input; with several inputs each one is preceded by a
 * "==> PATH <==" line, as head(1) does. JSON output: one object per input and per line
 * (JSON Lines), fields documented in docs/clean.md.
 */
#include "commands.h"
#include "cliutil.h"
#include <jansson.h>
#include <precis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char usage[] =
    "usage: precis clean [options] PATH...\n"
    "  Prints the main text of each input: a web page (HTML in any charset), scraped plain\n"
    "  text, or gzip of either. PATH is a file, a directory (its files, in name order) or -.\n"
    "  A JSONL stream (*.jsonl, *.ndjson) gives one article per line (see precis brief --help).\n"
    "options:\n"
    "  -f, --format F      text (default) or json (one object per input and line:\n"
    "                      id, path, title, authors, date, site, lang, url, description,\n"
    "                      text, removed: [{text, reason}])\n"
    "  -l, --lang L        auto (default), or a language code forced on every input\n"
    "      --jsonl         read every PATH (and -) as JSONL\n"
    "  -k, --keep-going    skip unreadable inputs (with a message) instead of stopping\n"
    "      --keep-boilerplate  keep every line of plain-text input\n"
    "  -h, --help          this help\n"
    "exit codes: 0 ok, 1 internal failure, 2 usage error, 3 bad input\n";

typedef struct clean_ud {
    precis_ctx *ctx;
    bool json, keep_going, many, jsonl;
    size_t done, skipped;
} clean_ud;

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static int print_doc(clean_ud *u, const precis_doc *doc)
{
    size_t n;
    const char *text = precis_doc_text(doc, &n);
    if (!u->json) {
        if (u->many) printf("%s==> %s <==\n", u->done ? "\n" : "", precis_doc_path(doc) ? precis_doc_path(doc) : "-");
        fwrite(text, 1, n, stdout);
        if (n && text[n - 1] != '\n') putchar('\n');
        return ferror(stdout) ? EXIT_FAILURE_ : EXIT_OK;
    }
    json_t *o = json_object();
    json_t *removed = json_array();
    if (!o || !removed) { json_decref(o); json_decref(removed); return EXIT_FAILURE_; }
    json_object_set_new(o, "id", str_or_null(precis_doc_id(doc)));
    json_object_set_new(o, "path", str_or_null(precis_doc_path(doc)));
    json_object_set_new(o, "title", str_or_null(precis_doc_title(doc)));
    json_object_set_new(o, "authors", str_or_null(precis_doc_authors(doc)));
    json_object_set_new(o, "date", str_or_null(precis_doc_date(doc)));
    json_object_set_new(o, "site", str_or_null(precis_doc_site(doc)));
    json_object_set_new(o, "lang", str_or_null(precis_doc_lang(doc)));
    json_object_set_new(o, "url", str_or_null(precis_doc_url(doc)));
    json_object_set_new(o, "description", str_or_null(precis_doc_description(doc)));
    json_object_set_new(o, "text", json_stringn(text, n));
    for (size_t i = 0; i < precis_doc_removed_count(doc); i++) {
        json_t *r = json_object();
        json_object_set_new(r, "text", str_or_null(precis_doc_removed_text(doc, i)));
        json_object_set_new(r, "reason", str_or_null(precis_doc_removed_reason(doc, i)));
        json_array_append_new(removed, r);
    }
    json_object_set_new(o, "removed", removed);
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    if (!s) return EXIT_FAILURE_;
    puts(s);
    free(s);
    return ferror(stdout) ? EXIT_FAILURE_ : EXIT_OK;
}

static int clean_doc(void *p, precis_doc *doc, precis_status st)
{
    clean_ud *u = p;
    if (st == PRECIS_ERR_EMPTY) /* a JSONL article with no text: as for a file */
        return cli_bad_input(u->keep_going, &u->skipped, "%s", precis_ctx_errmsg(u->ctx));
    int rc = print_doc(u, doc);
    u->done++;
    precis_doc_free(doc);
    if (rc != EXIT_OK) fprintf(stderr, "precis: clean: cannot write the output\n");
    return rc;
}

static int clean_one(void *p, const char *path)
{
    clean_ud *u = p;
    if (cli_is_jsonl(path, u->jsonl)) {
        u->many = true; /* several articles: each under its "PATH:LINE" */
        return cli_each_jsonl_doc(u->ctx, path, u->keep_going, &u->skipped, clean_doc, u);
    }
    precis_doc *doc = NULL;
    int rc0 = cli_read_doc(u->ctx, path, u->keep_going, &u->skipped, &doc, NULL);
    if (rc0 != EXIT_OK || !doc) return rc0;
    return clean_doc(u, doc, PRECIS_OK);
}

int cmd_clean(int argc, char **argv)
{
    precis_options opt = cli_options();
    opt.flags |= PRECIS_OPT_NO_ANALYSIS; /* cleaning needs no sentences nor tokens */
    clean_ud u = {0};
    int npaths = 0;
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    if (!paths) { fprintf(stderr, "precis: out of memory\n"); return EXIT_FAILURE_; }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); free(paths); return EXIT_OK; }
        if (!strcmp(a, "-k") || !strcmp(a, "--keep-going")) { u.keep_going = true; continue; }
        if (!strcmp(a, "--jsonl")) { u.jsonl = true; continue; }
        if (!strcmp(a, "--keep-boilerplate")) { opt.flags |= PRECIS_OPT_KEEP_BOILERPLATE; continue; }
        if (cli_opt_value(argc, argv, &i, "-f", "--format", &val)) {
            if (!cli_text_or_json("clean", val, &u.json)) { free(paths); return EXIT_USAGE; }
            continue;
        }
        if (cli_opt_value(argc, argv, &i, "-l", "--lang", &val)) {
            if (!cli_lang_value("clean", val, opt.lang, sizeof opt.lang, true)) { free(paths); return EXIT_USAGE; }
            continue;
        }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "precis: clean: unknown option '%s'\n%s", a, usage);
            free(paths); return EXIT_USAGE;
        }
        paths[npaths++] = argv[i];
    }
    if (npaths == 0) { fputs(usage, stderr); free(paths); return EXIT_USAGE; }
    if (precis_ctx_new(&opt, &u.ctx) != PRECIS_OK) { fprintf(stderr, "precis: out of memory\n"); free(paths); return EXIT_FAILURE_; }
    u.many = npaths > 1;
    for (int i = 0; i < npaths && !u.many; i++) {
        struct stat sb; /* a directory means several inputs */
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode)) u.many = true;
    }
    bool had = false;
    int rc = cli_each_input(paths, npaths, clean_one, &u, &had);
    if (rc == EXIT_OK && u.done == 0) {
        fprintf(stderr, "precis: clean: no readable input\n");
        rc = EXIT_BADINPUT;
    }
    precis_ctx_free(u.ctx);
    free(paths);
    return rc;
}
