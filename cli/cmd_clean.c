/* cmd_clean.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_clean(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: clean: not implemented yet\n");
    return EXIT_USAGE;
}
