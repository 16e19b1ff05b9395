/*
 * main.c — the precis command line: dispatch to one cmd_<name>.c per subcommand.
 * The CLI uses only the public API (include/precis.h).
 */
#include "commands.h"
#include <precis.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "usage: precis <command> [options] [PATH...]\n"
    "\n"
    "commands:\n"
    "  brief     write a short, sourced digest of articles about one event\n"
    "  clean     print the main text (and metadata) of articles and pages\n"
    "  add       add articles to a store (SQLite), grouping duplicates and stories\n"
    "  stories   list the stories of a store\n"
    "  eval      measure quality against reference data (sentences, extract, summarize,\n"
    "            numbers, facts, cluster)\n"
    "\n"
    "options:\n"
    "  -h, --help     this help (precis <command> --help for a command's)\n"
    "  -V, --version  print the version\n"
    "\n"
    "exit codes: 0 ok, 1 internal failure, 2 usage error, 3 bad input, 4 target missed (eval)\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
        printf("precis %s\n", precis_version());
        return EXIT_OK;
    }
    static const struct { const char *name; int (*fn)(int, char **); } cmds[] = {
        {"brief", cmd_brief}, {"clean", cmd_clean}, {"add", cmd_add},
        {"stories", cmd_stories}, {"eval", cmd_eval},
    };
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (!strcmp(cmd, cmds[i].name)) return cmds[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "precis: unknown command '%s' (see precis --help)\n", cmd);
    return EXIT_USAGE;
}
