/* cmd_add.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_add(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: add: not implemented yet\n");
    return EXIT_USAGE;
}
