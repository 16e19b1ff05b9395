/* cliutil.h — helpers shared by the subcommands: option values, formats, input walking. */
#ifndef PRECIS_CLIUTIL_H
#define PRECIS_CLIUTIL_H
#include <precis.h>
#include <stdbool.h>
#include <stddef.h>

/* The options every subcommand starts from: the library's defaults, with the French
 * morphological dictionary that the build cuts for precis (tools/gen_morphdict.c) when it lies
 * beside the program: DIR/share/precis/hunspell in the build tree (DIR/precis), or
 * PREFIX/share/precis/hunspell once installed (PREFIX/bin/precis). Without it the library reads
 * Debian's whole dictionary: the same readings, a slower first load. */
precis_options cli_options(void);
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
/* An input that cannot be read: prints "precis: " and the message, with " (skipped)" when
 * keep_going, then counts it in *skipped (EXIT_OK), or returns EXIT_BADINPUT without it. */
int cli_bad_input(bool keep_going, size_t *skipped, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Is the input at path a JSONL stream of articles (a name ending in .jsonl or .ndjson, or any
 * input with force: the --jsonl option)? */
bool cli_is_jsonl(const char *path, bool force);
/* Calls fn for each line of the JSONL stream at path ("-" = standard input) that is not blank,
 * without its line end, with "PATH:LINE" naming it and whether a newline ended it (a last line
 * without one may have been cut short). Stops at fn's first code other than EXIT_OK and
 * returns it; an input that cannot be opened or read is EXIT_BADINPUT ("precis: PATH: cannot
 * open" printed). */
typedef int (*cli_line_fn)(void *ud, const char *line, size_t len, const char *where, bool had_newline);
int cli_each_jsonl_line(const char *path, cli_line_fn fn, void *ud);
/* What a message about a JSONL line adds when no newline ended it: " (last line, no newline:
 * cut short?)", else "". */
const char *cli_cut_short(bool had_newline);
/* Reads one input ("-" = standard input) as a document. Prints "precis: PATH: reason" on
 * failure; with keep_going a bad input is skipped (*out NULL, *skipped + 1, EXIT_OK). With a
 * non-NULL status, the library's status is stored there, and an input with no text
 * (PRECIS_ERR_EMPTY) is left to the caller: nothing printed, *out NULL, EXIT_OK. */
int cli_read_doc(precis_ctx *ctx, const char *path, bool keep_going, size_t *skipped, precis_doc **out,
                 precis_status *status);
/* For each article of a JSONL input (cli_each_jsonl_line, precis_article_from_json,
 * precis_doc_from_article), calls fn with its document, which fn owns, or with NULL and the
 * status PRECIS_ERR_EMPTY when the article has no text (its message is on the context). A line
 * that is no article, or an article that cannot be read, is "precis: PATH:LINE: reason", and
 * is skipped (counted in *skipped) with keep_going, else ends the input (EXIT_BADINPUT). */
typedef int (*cli_doc_fn)(void *ud, precis_doc *doc, precis_status status);
int cli_each_jsonl_doc(precis_ctx *ctx, const char *path, bool keep_going, size_t *skipped, cli_doc_fn fn,
                       void *ud);
/* Loads every input as a document into story, every article of a JSONL input (cli_is_jsonl)
 * as one. An input with no article text (empty, or only boilerplate) is skipped with a
 * warning when another input has text, and is an error (exit code 3) when none has. */
int cli_load_story(precis_ctx *ctx, precis_story *story, char **paths, int npaths, bool keep_going, bool jsonl);
#endif
