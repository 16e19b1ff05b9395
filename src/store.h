/*
 * store.h — internals of the SQLite store (store.c) shared with tests.
 */
#ifndef PRECIS_STORE_H
#define PRECIS_STORE_H

#include "internal.h"

#define PR_STORE_SCHEMA 2          /* the schema this build writes */
#define PR_STORE_BATCH 2000        /* additions per automatic commit */

/* Opens like precis_store_open() but migrates a new or older store only up to `version`
 * (tests of migrations build an old store this way). */
precis_status pr_store_open_version(precis_ctx *ctx, const char *path, unsigned flags, int version,
                                    precis_store **out);

/* Parses an ISO 8601 date or time ("2023-09-19", "2023-09-19T10:30", "...:00Z",
 * "...+02:00", "2023-09-19 10:30:00") to seconds since 1970-01-01 UTC. false if malformed. */
bool pr_parse_iso_time(const char *s, int64_t *out);
/* Formats seconds since the epoch as "YYYY-MM-DDTHH:MM:SSZ" (buf of at least 24 bytes). */
void pr_format_iso_time(int64_t t, char *buf, size_t size);

/* Bytes of memory held by the store's in-memory indexes (dedup + clustering). */
size_t pr_store_memory(const precis_store *st);
/* Duplicate groups and stories held in memory (the window). */
void pr_store_window(const precis_store *st, size_t *groups, size_t *stories);
/* Story records allocated in memory (the store's and the clustering's): bounded by the window. */
void pr_store_story_slots(const precis_store *st, size_t *store, size_t *cluster);

#endif
