/* cmd_eval_summarize.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_eval_summarize(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: eval_summarize: not implemented yet\n");
    return EXIT_USAGE;
}
