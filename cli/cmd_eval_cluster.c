/* cmd_eval_cluster.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_eval_cluster(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: eval_cluster: not implemented yet\n");
    return EXIT_USAGE;
}
