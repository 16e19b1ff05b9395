/*
 * cmd_brief.c — `precis brief`: read articles, print a sourced digest.
 * Inputs are all read and checked before anything is printed, so a bad input never leaves
 * half a brief on stdout.
 */
#include "commands.h"
#include "cliutil.h"
#include <precis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: precis brief [options] PATH...\n"
    "       precis brief [options] --db FILE --story ID\n"
    "  PATH is a file, a directory (its files, in name order) or - (standard input).\n"
    "  Files may be plain text (UTF-8, Windows-1252/Latin-1), HTML, or gzip of either; a\n"
    "  JSONL stream (*.jsonl, *.ndjson) gives one article per line: \"id\", \"text\" or\n"
    "  \"html\", optional \"title\", \"url\", \"date\", \"source\", \"lang\".\n"
    "options:\n"
    "  -w, --words N       word budget of the summary (default 120)\n"
    "  -f, --format F      text (default), markdown, json or html\n"
    "  -l, --lang L        auto (default), or a language code forced on every input (fr, en, ...)\n"
    "      --labels L      language of headings and labels: auto (default: the story's, when\n"
    "                      precis has its labels, else English) or a code (en, fr)\n"
    "      --jsonl         read every PATH (and -) as JSONL\n"
    "  -k, --keep-going    skip unreadable inputs (with a warning) instead of failing;\n"
    "                      inputs with no article text (only boilerplate) are always\n"
    "                      skipped with a warning when another input has text\n"
    "      --db FILE       a store made by precis add; with --story, brief a stored story\n"
    "      --story ID      the story id (see precis stories)\n"
    "      --keep-boilerplate  do not drop non-article lines\n"
    "      --no-facts      leave out the figures, people and places, and quotes\n"
    "      --exact         also select sentences by integer programming (slower)\n"
    "      --dict-dir DIR  Hunspell dictionaries with morphological data, LANG.aff and LANG.dic\n"
    "                      (default /usr/share/hunspell; \"\" for none): the French one tells\n"
    "                      sentences without a verb, which the summary takes only after the\n"
    "                      sentence they complete\n"
    "  -h, --help          this help\n"
    "exit codes: 0 ok, 1 internal failure, 2 usage error, 3 bad input\n";

int cmd_brief(int argc, char **argv)
{
    precis_options opt = cli_options();
    precis_format fmt = PRECIS_FORMAT_TEXT;
    bool keep_going = false, jsonl = false;
    const char *db = NULL, *story_id = NULL;
    int npaths = 0;
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    if (!paths) { fprintf(stderr, "precis: out of memory\n"); return EXIT_FAILURE_; }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage, stdout); free(paths); return EXIT_OK; }
        if (!strcmp(a, "-k") || !strcmp(a, "--keep-going")) { keep_going = true; continue; }
        if (!strcmp(a, "--jsonl")) { jsonl = true; continue; }
        if (!strcmp(a, "--keep-boilerplate")) { opt.flags |= PRECIS_OPT_KEEP_BOILERPLATE; continue; }
        if (!strcmp(a, "--no-facts")) { opt.flags |= PRECIS_OPT_NO_FACTS; continue; }
        if (!strcmp(a, "--exact")) { opt.flags |= PRECIS_OPT_EXACT; continue; }
        if (cli_opt_value(argc, argv, &i, NULL, "--dict-dir", &val)) {
            if (!val) { fprintf(stderr, "precis: brief: --dict-dir needs a directory\n"); free(paths); return EXIT_USAGE; }
            opt.dict_dir = val;
            continue;
        }
        if (cli_opt_value(argc, argv, &i, NULL, "--db", &val)) {
            if (!val) { fprintf(stderr, "precis: brief: --db needs a file\n"); free(paths); return EXIT_USAGE; }
            db = val;
            continue;
        }
        if (cli_opt_value(argc, argv, &i, NULL, "--story", &val)) {
            if (!val) { fprintf(stderr, "precis: brief: --story needs an id\n"); free(paths); return EXIT_USAGE; }
            story_id = val;
            continue;
        }
        if (cli_opt_value(argc, argv, &i, "-w", "--words", &val)) {
            if (!cli_words_value("brief", val, &opt.words)) { free(paths); return EXIT_USAGE; }
            continue;
        }
        if (cli_opt_value(argc, argv, &i, "-f", "--format", &val)) {
            if (!val || !cli_parse_format(val, &fmt)) {
                fprintf(stderr, "precis: brief: --format must be text, markdown, json or html\n");
                free(paths); return EXIT_USAGE;
            }
            continue;
        }
        if (cli_opt_value(argc, argv, &i, "-l", "--lang", &val)) {
            if (!cli_lang_value("brief", val, opt.lang, sizeof opt.lang, true)) { free(paths); return EXIT_USAGE; }
            continue;
        }
        if (cli_opt_value(argc, argv, &i, NULL, "--labels", &val)) {
            if (!val || !val[0] || strlen(val) >= sizeof opt.labels) {
                fprintf(stderr, "precis: brief: --labels needs a language code or auto\n");
                free(paths); return EXIT_USAGE;
            }
            snprintf(opt.labels, sizeof opt.labels, "%s", val);
            continue;
        }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "precis: brief: unknown option '%s' (see precis brief --help)\n", a);
            free(paths); return EXIT_USAGE;
        }
        paths[npaths++] = argv[i];
    }
    if ((db != NULL) != (story_id != NULL) || (db && npaths)) {
        fprintf(stderr, "precis: brief: --db and --story go together, without PATHs\n");
        free(paths); return EXIT_USAGE;
    }
    char *idend = NULL;
    long long sid = story_id ? strtoll(story_id, &idend, 10) : 0;
    if (story_id && (*idend || sid <= 0)) {
        fprintf(stderr, "precis: brief: --story needs a positive story id\n");
        free(paths); return EXIT_USAGE;
    }
    if (npaths == 0 && !db) {
        fprintf(stderr, "precis: brief: no input (give files, directories or -)\n%s", usage);
        free(paths); return EXIT_USAGE;
    }
    precis_ctx *ctx = NULL;
    precis_story *story = NULL;
    int rc = EXIT_OK;
    if (precis_ctx_new(&opt, &ctx) != PRECIS_OK || precis_story_new(ctx, &story) != PRECIS_OK) {
        fprintf(stderr, "precis: out of memory\n");
        rc = EXIT_FAILURE_;
        goto done;
    }
    if (db) {
        precis_store *store = NULL;
        precis_story *stored = NULL;
        precis_status st = precis_store_open(ctx, db, PRECIS_STORE_READONLY, &store);
        if (st == PRECIS_OK) st = precis_store_load_story(store, (int64_t)sid, &stored);
        if (st != PRECIS_OK) {
            fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
            rc = st == PRECIS_ERR_NOMEM ? EXIT_FAILURE_ : EXIT_BADINPUT;
        }
        precis_store_close(store);
        if (rc != EXIT_OK) goto done;
        precis_story_free(story);
        story = stored;
    } else {
        rc = cli_load_story(ctx, story, paths, npaths, keep_going, jsonl);
        if (rc != EXIT_OK) goto done;
    }
    precis_brief *brief = NULL;
    if (precis_story_brief(story, &brief) != PRECIS_OK) {
        fprintf(stderr, "precis: %s\n", precis_ctx_errmsg(ctx));
        rc = EXIT_FAILURE_;
        goto done;
    }
    char *out = NULL;
    size_t len = 0;
    if (precis_brief_render(brief, fmt, &out, &len) != PRECIS_OK) {
        fprintf(stderr, "precis: out of memory\n");
        rc = EXIT_FAILURE_;
    } else if (fwrite(out, 1, len, stdout) != len || fflush(stdout) != 0) {
        fprintf(stderr, "precis: cannot write output\n");
        rc = EXIT_FAILURE_;
    }
    precis_free(out);
    precis_brief_free(brief);
done:
    precis_story_free(story);
    precis_ctx_free(ctx);
    free(paths);
    return rc;
}
