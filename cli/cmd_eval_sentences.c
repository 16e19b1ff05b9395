/* cmd_eval_sentences.c — PLACEHOLDER: not implemented yet. */
#include "commands.h"
#include <stdio.h>

int cmd_eval_sentences(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "precis: eval_sentences: not implemented yet\n");
    return EXIT_USAGE;
}
