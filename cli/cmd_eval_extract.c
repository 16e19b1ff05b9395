/* cmd_eval_extract.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_eval_extract(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: eval_extract: not implemented yet\n");
    return EXIT_USAGE;
}
