/* cliutil.h — helpers shared by the subcommands: option values, formats, input walking. */
#ifndef PRECIS_CLIUTIL_H
#define PRECIS_CLIUTIL_H
#include <precis.h>
#include <stdbool.h>
#include <stddef.h>

/* Matches "-x V", "--long V" and "--long=V" at argv[*i]; sets *val (NULL if missing) and
 * advances *i past a separate value. */
bool cli_opt_value(int argc, char **argv, int *i, const char *shrt, const char *lng, const char **val);
bool cli_parse_format(const char *s, precis_format *fmt);
/* Values of the options several subcommands share. Each checks val (NULL when missing), stores
 * it and returns true, or prints "precis: CMD: --opt needs ..." and returns false. */
bool cli_words_value(const char *cmd, const char *val, unsigned *words); /* --words: 1 to 100000 */
/* --lang: a code that fits in cap bytes; or_auto only changes the message ("... or auto") */
bool cli_lang_value(const char *cmd, const char *val, char *lang, size_t cap, bool or_auto);
bool cli_text_or_json(const char *cmd, const char *val, bool *json); /* --format text|json */
/* Reads all of a stream or file into a malloc'd buffer (caller frees); NULL on error (errno). */
char *cli_read_stream(void *file, size_t *len);
/* Expands PATHs (files, directories in name order, "-") and calls fn for each input with its
 * bytes (a file's path, or "-"). Returns an exit code; prints "precis: PATH: reason". */
typedef int (*cli_input_fn)(void *ud, const char *path);
int cli_each_input(char **paths, int npaths, cli_input_fn fn, void *ud, bool *had_input);
/* Reads one input ("-" = standard input) as a document. Prints "precis: PATH: reason" on
 * failure; with keep_going a bad input is skipped (*out NULL, *skipped + 1, EXIT_OK). With a
 * non-NULL status, the library's status is stored there, and an input with no text
 * (PRECIS_ERR_EMPTY) is left to the caller: nothing printed, *out NULL, EXIT_OK. */
int cli_read_doc(precis_ctx *ctx, const char *path, bool keep_going, size_t *skipped, precis_doc **out,
                 precis_status *status);
/* Loads every input as a document into story. An input with no article text (empty, or only
 * boilerplate) is skipped with a warning when another input has text, and is an error (exit
 * code 3) when none has. */
int cli_load_story(precis_ctx *ctx, precis_story *story, char **paths, int npaths, bool keep_going);
#endif
