/* cmd_eval_facts.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_eval_facts(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: eval_facts: not implemented yet\n");
    return EXIT_USAGE;
}
