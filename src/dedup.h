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

/* An index of signatures; items are dense numbers given by the caller (0, 1, 2, ...). */
typedef struct pr_dedup pr_dedup;
pr_dedup *pr_dedup_new(void);
void pr_dedup_free(pr_dedup *d);
/* Indexes the signature of `item` (any number the caller uses to name a text; items may be
 * sparse). Index only the first text of each duplicate group. false on OOM. */
bool pr_dedup_add(pr_dedup *d, uint32_t item, const pr_dupsig *sig);
/* The best earlier copy of `sig`: returns true and sets *item and *sim (1.0 for an exact
 * duplicate) when there is one. `exclude` (UINT32_MAX = none) is never returned. */
bool pr_dedup_find(const pr_dedup *d, const pr_dupsig *sig, uint32_t exclude, uint32_t *item,
                   double *sim, bool *exact);
size_t pr_dedup_count(const pr_dedup *d);
size_t pr_dedup_memory(const pr_dedup *d);

#endif
