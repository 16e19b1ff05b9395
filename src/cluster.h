/*
 * cluster.h — online story clustering (cluster.c): each document joins the most similar live
 * story or starts a new one; stories that turn out to be one are merged.
 *
 * The clusterer keeps its state in memory (vocabulary with document frequencies, story
 * centroids, an inverted index over centroid terms); store.c persists it and restores it when
 * a store is opened. Story ids are dense, from 1; 0 means none.
 *
 * Window. Only stories in the window are candidates: a dated story (one with a dated article)
 * while its last article is at most window_days before the newest date seen, an undated one
 * while its last article is at most window_items arrivals old (the clock is a number the caller
 * gives each article, e.g. its seq in the store). pr_cluster_evict() drops the centroids and
 * postings of stories out of the window (and of merged ones) from memory; they are never
 * candidates again, and a copy of one of their articles does not revive them.
 */
#ifndef PRECIS_CLUSTER_H
#define PRECIS_CLUSTER_H

#include "internal.h"

#define PR_TS_NONE INT64_MIN    /* unknown time */

typedef struct pr_tw { uint32_t term; float w; } pr_tw;  /* a weighted term */

/* A document's term vector: sorted by term id, unit length. */
typedef struct pr_cvec { pr_tw *t; size_t n, cap; } pr_cvec;
void pr_cvec_free(pr_cvec *v);

typedef struct pr_cluster pr_cluster;

pr_cluster *pr_cluster_new(void);
void pr_cluster_free(pr_cluster *c);

/* -- restoring persisted state (terms first, in id order; then stories) -- */
/* Adds term `s` with id `id` (must equal the number of terms so far) and frequency df. */
bool pr_cluster_restore_term(pr_cluster *c, uint32_t id, const char *s, size_t n, uint32_t df);
void pr_cluster_restore_ndocs(pr_cluster *c, uint64_t ndocs);
/* Restores story `id` (ids in increasing order, gaps allowed). merged_into != 0: a merged story
 * (kept as a tombstone). */
bool pr_cluster_restore_story(pr_cluster *c, uint32_t id, const pr_tw *t, size_t n, uint32_t size,
                              int64_t last_ts, uint64_t last_clock, uint32_t merged_into);
/* The newest date and arrival clock seen before (they only move forward). */
void pr_cluster_restore_time(pr_cluster *c, int64_t newest_ts, uint64_t clock);
/* Makes sure new stories get ids above max_id (stories of the file not restored). */
bool pr_cluster_reserve(pr_cluster *c, uint32_t max_id);
/* Whether a story whose last article has time ts (PR_TS_NONE) and clock `clock` is in the
 * window now (with the params and clocks in force). */
bool pr_cluster_in_window(const pr_cluster *c, int64_t ts, uint64_t clock);
int64_t pr_cluster_newest(const pr_cluster *c);

/* -- adding documents -- */
/* Builds the term vector of doc (stems of content words; capitalized words inside sentences
 * also as language-independent names; words of `title` (NULL = doc's title) boosted) and
 * counts the document in the document frequencies. false on OOM. */
bool pr_cluster_vectorize(pr_cluster *c, const precis_doc *doc, const char *title, pr_cvec *out);

#define PR_MAX_MERGES 24   /* at most one per candidate story */
typedef struct pr_assign {
    uint32_t story;      /* story joined or started */
    bool is_new;
    double sim;          /* similarity to the story joined (0 for a new one) */
    /* merges it triggered, in order: story merges[k].from moved into merges[k].into */
    struct { uint32_t from, into; } merges[PR_MAX_MERGES];
    size_t n_merges;
} pr_assign;
/* Puts the document with vector v, time ts (PR_TS_NONE if unknown) and arrival clock `clock`
 * (non-decreasing) into a story. */
bool pr_cluster_assign(pr_cluster *c, const pr_cvec *v, int64_t ts, uint64_t clock, pr_assign *out);
/* A copy of an article already in `story` joins it without changing its centroid. */
void pr_cluster_touch(pr_cluster *c, uint32_t story, int64_t ts, uint64_t clock);
/* Drops from memory the centroids and postings of the stories out of the window and of merged
 * stories. *ids (borrowed until the next call) lists them, *n their number; *oldest_clock (may
 * be NULL) gets the smallest last-article clock of the stories kept (UINT64_MAX if none).
 * false on OOM (nothing dropped). Call it only when the dirty stories have been saved: a
 * dropped story's centroid is gone. */
bool pr_cluster_evict(pr_cluster *c, const uint32_t **ids, size_t *n, uint64_t *oldest_clock);
size_t pr_cluster_live_count(const pr_cluster *c); /* stories with a centroid in memory */
size_t pr_cluster_slots(const pr_cluster *c);      /* story records allocated (bounded by the window) */
/* The live story a (possibly merged) story id now belongs to. */
uint32_t pr_cluster_resolve(const pr_cluster *c, uint32_t story);

/* -- persistence hooks -- */
uint32_t pr_cluster_term_count(const pr_cluster *c);
const char *pr_cluster_term_str(const pr_cluster *c, uint32_t id);
uint32_t pr_cluster_term_df(const pr_cluster *c, uint32_t id);
uint64_t pr_cluster_ndocs(const pr_cluster *c);
/* Terms whose df changed since the last pr_cluster_clear_dirty() (new ones included). */
const uint32_t *pr_cluster_dirty_terms(const pr_cluster *c, size_t *n);
const uint32_t *pr_cluster_dirty_stories(const pr_cluster *c, size_t *n);
void pr_cluster_clear_dirty(pr_cluster *c);
/* Story state for saving; false if no such story in memory (never restored, or evicted).
 * *t borrowed until the next change. */
bool pr_cluster_story(const pr_cluster *c, uint32_t id, const pr_tw **t, size_t *n, uint32_t *size,
                      int64_t *last_ts, uint32_t *merged_into);
uint32_t pr_cluster_story_count(const pr_cluster *c); /* highest story id */
size_t pr_cluster_memory(const pr_cluster *c);

/* Tunables (cluster.c), exposed for the evaluation and the docs. */
typedef struct pr_cluster_params {
    double join;        /* minimum similarity to join a story */
    double merge;       /* minimum centroid similarity to merge two stories */
    double title_w;     /* weight of a title word occurrence (a body word counts 1) */
    double name_w;      /* weight of the name feature of a capitalized word */
    double pair_w;      /* weight of the name feature of two adjacent capitalized words */
    double half_life_days; /* similarity halves for each such span beyond one day apart */
    double window_days; /* dated stories idle longer than this are not candidates (<= 0: never) */
    uint64_t window_items; /* undated stories idle for more arrivals than this neither (0: never) */
    size_t doc_terms;   /* terms kept per document vector (at most 256) */
    size_t story_terms; /* terms kept per story centroid */
    double size_boost;  /* similarity to a story of n articles is multiplied by 1 + this * ln n */
    double idf_prior;   /* documents assumed seen before the stream, none with the term: idf =
                           log(1 + (N + idf_prior) / df); keeps the first articles of a stream
                           from counting their own topic's words as common */
} pr_cluster_params;
void pr_cluster_set_params(pr_cluster *c, const pr_cluster_params *p);
pr_cluster_params pr_cluster_get_params(const pr_cluster *c);

#endif
