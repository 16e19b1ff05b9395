/*
 * cmd_stories.c — `precis stories --db FILE [--since DATE] [--format text|json]`: the stories
 * of a store, most recently active first.
 * Text: one line per story (id, articles, independent sources, first and last seen, title).
 * JSON: {"stories": [{"id", "title", "articles", "sources", "first_seen", "last_seen",
 * "members": [ids]}]} (docs/store.md).
 */
#include "cliutil.h"
#include "commands.h"
#include <jansson.h>
#include <precis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: precis stories --db FILE [--since DATE] [--limit N] [--format text|json]\n"
    "  Lists the stories of a store, most recently active first: id, articles, independent\n"
    "  sources (copies counted once), first and last seen, title; in JSON also the ids of\n"
    "  the member articles. Brief one with: precis brief --db FILE --story ID\n"
    "options:\n"
    "  --db FILE        the store (required)\n"
    "  --since DATE     only stories seen at or after DATE (YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM])\n"
    "  --limit N        at most N stories\n"
    "  --min-sources N  only stories with at least N independent sources\n"
    "  -f, --format F   text (default) or json\n";

int cmd_stories(int argc, char **argv)
{
    const char *db = NULL, *since = NULL;
    size_t limit = 0, min_sources = 0;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { fputs(usage, stdout); return EXIT_OK; }
        if (cli_opt_value(argc, argv, &i, NULL, "--db", &v)) {
            if (!v || !*v) { fprintf(stderr, "precis: stories: --db needs a file\n"); return EXIT_USAGE; }
            db = v;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--since", &v)) {
            if (!v) { fprintf(stderr, "precis: stories: --since needs a date\n"); return EXIT_USAGE; }
            since = v;
        } else if (cli_opt_value(argc, argv, &i, NULL, "--limit", &v) ||
                   cli_opt_value(argc, argv, &i, NULL, "--min-sources", &v)) {
            bool is_limit = strstr(argv[i], "limit") || (i > 0 && strstr(argv[i - 1], "limit"));
            char *end = NULL;
            unsigned long long n = v ? strtoull(v, &end, 10) : 0;
            if (!v || !*v || *end || v[0] == '-') {
                fprintf(stderr, "precis: stories: %s needs a number\n", is_limit ? "--limit" : "--min-sources");
                return EXIT_USAGE;
            }
            if (is_limit) limit = (size_t)n; else min_sources = (size_t)n;
        } else if (cli_opt_value(argc, argv, &i, "-f", "--format", &v)) {
            if (!cli_text_or_json("stories", v, &json)) return EXIT_USAGE;
        } else {
            fprintf(stderr, "precis: stories: unknown option '%s' (see precis stories --help)\n", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (!db) { fprintf(stderr, "precis: stories: --db FILE is required (see precis stories --help)\n"); return EXIT_USAGE; }
    precis_ctx *ctx;
    precis_options opt = cli_options();
    if (precis_ctx_new(&opt, &ctx) != PRECIS_OK) return EXIT_FAILURE_;
    precis_store *st = NULL;
    precis_story_list *l = NULL;
    precis_status s = precis_store_open(ctx, db, PRECIS_STORE_READONLY, &st);
    if (s == PRECIS_OK) s = precis_store_stories(st, since, min_sources ? 0 : limit, &l);
    if (s != PRECIS_OK) {
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
        precis_store_close(st);
        precis_ctx_free(ctx);
        return s == PRECIS_ERR_ARG ? EXIT_USAGE : s == PRECIS_ERR_DB ? EXIT_BADINPUT : EXIT_FAILURE_;
    }
    int rc = EXIT_OK;
    json_t *arr = json ? json_array() : NULL;
    size_t shown = 0;
    if (!json) printf("%-6s %8s %8s  %-20s  %-20s  %s\n", "story", "articles", "sources", "first seen", "last seen", "title");
    for (size_t i = 0; i < precis_story_list_count(l) && (!limit || shown < limit); i++) {
        precis_story_info in;
        precis_story_list_get(l, i, &in);
        if (in.sources < min_sources) continue;
        shown++;
        if (json) {
            json_t *m = json_array(), *o = json_object();
            for (size_t k = 0; k < in.n_members; k++) json_array_append_new(m, json_string(in.members[k]));
            json_object_set_new(o, "id", json_integer(in.id));
            json_object_set_new(o, "title", in.title ? json_string(in.title) : json_null());
            json_object_set_new(o, "articles", json_integer((json_int_t)in.articles));
            json_object_set_new(o, "sources", json_integer((json_int_t)in.sources));
            json_object_set_new(o, "first_seen", json_string(in.first_seen));
            json_object_set_new(o, "last_seen", json_string(in.last_seen));
            json_object_set_new(o, "members", m);
            json_array_append_new(arr, o);
        } else {
            /* one line per story: titles keep to one line */
            printf("%-6lld %8zu %8zu  %-20s  %-20s  ", (long long)in.id, in.articles, in.sources, in.first_seen,
                   in.last_seen);
            for (const char *t = in.title ? in.title : "(untitled)"; *t; t++) putchar(*t == '\n' || *t == '\t' ? ' ' : *t);
            putchar('\n');
        }
    }
    if (json) {
        json_t *root = json_object();
        json_object_set_new(root, "stories", arr);
        char *out = json_dumps(root, JSON_INDENT(2));
        if (!out) rc = EXIT_FAILURE_;
        else { fputs(out, stdout); fputc('\n', stdout); free(out); }
        json_decref(root);
    }
    if (fflush(stdout) != 0) rc = EXIT_FAILURE_;
    precis_story_list_free(l);
    precis_store_close(st);
    precis_ctx_free(ctx);
    return rc;
}
