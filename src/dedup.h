/*
 * dedup.h — exact and near-duplicate detection over a stream of documents (dedup.c).
 *
 * Exact duplicates: a 64-bit hash of the document's word sequence (lower-cased words and
 * numbers, so layout, punctuation and case do not matter).
 * Near duplicates: one-permutation MinHash (64 bins, densified) of word 4-shingles, indexed by
 * LSH (21 bands of 3 bins); a candidate is confirmed when the estimated Jaccard similarity of
 * the shingle sets is at least PR_DUP_JACCARD. No pairwise comparison of the whole corpus.
 */
#ifndef PRECIS_DEDUP_H
#define PRECIS_DEDUP_H

#include "internal.h"

#define PR_MH_K 64          /* MinHash bins */
#define PR_LSH_BANDS 21     /* bands of PR_LSH_ROWS bins (bins 0..62 are banded) */
#define PR_LSH_ROWS 3
#define PR_DUP_JACCARD 0.4  /* estimated shingle Jaccard at or above which two texts are copies */
#define PR_DUP_MIN_SHINGLES 12 /* shorter texts are only matched exactly */

typedef struct pr_dupsig {
    uint64_t exact;            /* hash of the word sequence; 0 = no words */
    uint32_t n_shingles;       /* word 4-shingles seen (with repeats) */
    uint32_t mh[PR_MH_K];      /* MinHash bins */
} pr_dupsig;

/* Signature of a document (no allocation). */
void pr_dupsig_compute(const precis_doc *doc, pr_dupsig *sig);
/* Estimated Jaccard similarity of the two shingle sets, 0..1. */
double pr_dupsig_similarity(const pr_dupsig *a, const pr_dupsig *b);

#ifndef PR_TS_NONE
#define PR_TS_NONE INT64_MIN    /* unknown time (as in cluster.h) */
#endif

/* An index of signatures; items are numbers given by the caller (a store uses article seqs).
 *
 * Aging. Each indexed group remembers the time (date, seconds) and the clock (arrival
 * counter, e.g. the article seq) of its last article. A dated group (one with a time) is in
 * the window while the newest time seen is at most window_secs after its own; an undated
 * group while the newest clock seen is at most window_items after its own. Groups out of the
 * window are never returned by pr_dedup_find() and are dropped from memory by
 * pr_dedup_expire(). Windows <= 0 never age. */
typedef struct pr_dedup pr_dedup;
pr_dedup *pr_dedup_new(void);
void pr_dedup_free(pr_dedup *d);
void pr_dedup_set_window(pr_dedup *d, int64_t window_secs, uint64_t window_items);
/* Moves the index's clock forward to time ts (PR_TS_NONE: no date) and arrival `clock`. */
void pr_dedup_advance(pr_dedup *d, int64_t ts, uint64_t clock);
int64_t pr_dedup_newest(const pr_dedup *d);
/* Indexes the signature of `item` (any number the caller uses to name a text; items may be
 * sparse), a group whose last article has time ts and clock `clock`. Index only the first
 * text of each duplicate group. false on OOM. */
bool pr_dedup_add(pr_dedup *d, uint32_t item, const pr_dupsig *sig, int64_t ts, uint64_t clock);
/* The best earlier copy of `sig` in the window: returns true and sets *item and *sim (1.0 for
 * an exact duplicate) when there is one; *slot (may be NULL) names it for pr_dedup_touch()
 * until the next pr_dedup_add/expire. `exclude` (UINT32_MAX = none) is never returned. */
bool pr_dedup_find(const pr_dedup *d, const pr_dupsig *sig, uint32_t exclude, uint32_t *item,
                   double *sim, bool *exact, uint32_t *slot);
/* A copy joined the group at `slot`: its last article is now at ts / clock. */
void pr_dedup_touch(pr_dedup *d, uint32_t slot, int64_t ts, uint64_t clock);
/* Drops the groups out of the window from memory (signature, exact hash, LSH entries);
 * returns how many. *oldest_clock (may be NULL) gets the smallest last-article clock of the
 * groups kept (UINT64_MAX if none). */
size_t pr_dedup_expire(pr_dedup *d, uint64_t *oldest_clock);
/* Whether a group with last time ts and clock `clock` would be in the window now. */
bool pr_dedup_in_window(const pr_dedup *d, int64_t ts, uint64_t clock);
size_t pr_dedup_count(const pr_dedup *d);   /* groups in memory */
size_t pr_dedup_memory(const pr_dedup *d);

#endif
