/* cmd_eval.c — `precis eval <what>`: dispatch to the evaluations. */
#include "commands.h"
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "usage: precis eval <what> [options] [DATA...]\n"
    "  sentences   sentence boundaries vs golden rules and UD treebanks\n"
    "  extract     main-text extraction vs the trafilatura evaluation set\n"
    "  summarize   ROUGE of briefs (and other systems) vs reference summaries\n"
    "  numbers     number parsing vs Recognizers-Text specs\n"
    "  facts       figures, entities, quotes vs a hand-written gold file\n"
    "  cluster     story clustering vs gold clusters (B-cubed, pairwise F1)\n"
    "Data default to ../shared/data; an absent data set is skipped with a message.\n";

int cmd_eval(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    static const struct { const char *name; int (*fn)(int, char **); } subs[] = {
        {"sentences", cmd_eval_sentences}, {"extract", cmd_eval_extract},
        {"summarize", cmd_eval_summarize}, {"numbers", cmd_eval_numbers},
        {"facts", cmd_eval_facts}, {"cluster", cmd_eval_cluster},
    };
    for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
        if (!strcmp(argv[1], subs[i].name)) return subs[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "precis: eval: unknown evaluation '%s' (see precis eval --help)\n", argv[1]);
    return EXIT_USAGE;
}
