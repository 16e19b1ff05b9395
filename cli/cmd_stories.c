/* cmd_stories.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_stories(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: stories: not implemented yet\n");
    return EXIT_USAGE;
}
