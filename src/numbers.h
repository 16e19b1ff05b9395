/*
 * numbers.h — numbers written in digits and in words (French, English): spans and values.
 * Internal to libprecis; the public entry point is precis_numbers_find() in precis.h.
 */
#ifndef PRECIS_NUMBERS_H
#define PRECIS_NUMBERS_H

#include "internal.h"

/* Folds a word for table lookups: lower case, Latin accents removed ("Cinquième" ->
 * "cinquieme"), typographic apostrophes to '\''. Writes at most cap-1 bytes and a NUL; returns
 * the length, or 0 when the word does not fit (such a word is in no table). */
size_t pr_fold(const char *s, size_t n, char *out, size_t cap);

/* Looks up key[0..n) in a table whose entries are "key<TAB>rest": returns "rest" (borrowed,
 * static) or NULL. By the keys' hash when the table has one (tools/gen_langdata.c), else by
 * binary search over the sorted entries. */
const char *pr_table_get(const pr_wordlist *wl, const char *key, size_t n);

/* pr_table_get for token t of d, folded (pr_fold); NULL for a word longer than 63 bytes. */
const char *pr_tok_table(const pr_wordlist *wl, const precis_doc *d, const pr_token *t);

/* The main kind of token t in a table of word<TAB>kinds (the first letter of its entry), or 0. */
char pr_tok_class(const pr_wordlist *wl, const precis_doc *d, const pr_token *t);

/* Finds the numbers of text[0..len) for language lang ("fr", "en"; anything else uses the
 * French table, then the English one, for words). Writes up to cap results to out (may be NULL
 * to count) and the total to *count. mode: PRECIS_NUMBERS_*. Time and memory are linear in len;
 * a run of digits longer than PR_NUM_MAX_DIGITS is not a number. Fails only on OOM. */
#define PR_NUM_MAX_DIGITS 60
/* Could pr_numbers_find() find a number in sentence s of d? false only when it cannot (no
 * digit, fraction sign nor number word among its tokens): a cheap test to skip the parse. */
bool pr_numbers_maybe(const precis_doc *d, const pr_sent *s);
precis_status pr_numbers_find(const char *lang, const char *text, size_t len, unsigned mode,
                              precis_number *out, size_t cap, size_t *count);

#endif
