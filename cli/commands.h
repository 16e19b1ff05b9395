/* commands.h — one function per subcommand, each in cli/cmd_<name>.c.
 * Each returns a process exit code (enum exit_code) and prints its own errors as
 * "precis: <subject>: <reason>" on stderr. */
#ifndef PRECIS_CLI_COMMANDS_H
#define PRECIS_CLI_COMMANDS_H

enum exit_code {
    EXIT_OK = 0,        /* success */
    EXIT_FAILURE_ = 1,  /* an internal failure (out of memory, I/O error on output) */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_BADINPUT = 3,  /* an input could not be used (missing, empty, binary, malformed) */
    EXIT_TARGET = 4     /* an evaluation ran but missed its target (eval --check) */
};

int cmd_brief(int argc, char **argv);
int cmd_clean(int argc, char **argv);
int cmd_add(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_eval(int argc, char **argv);            /* dispatches to the cmd_eval_* below */
int cmd_eval_sentences(int argc, char **argv);
int cmd_eval_extract(int argc, char **argv);
int cmd_eval_summarize(int argc, char **argv);
int cmd_eval_numbers(int argc, char **argv);
int cmd_eval_facts(int argc, char **argv);
int cmd_eval_cluster(int argc, char **argv);

#endif
