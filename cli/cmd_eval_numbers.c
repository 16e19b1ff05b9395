/* cmd_eval_numbers.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_eval_numbers(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: eval_numbers: not implemented yet\n");
    return EXIT_USAGE;
}
