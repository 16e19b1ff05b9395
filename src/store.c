/*
 * store.c — the SQLite store: articles, duplicate groups, stories (the only file that includes
 * sqlite3.h). Format and guarantees: docs/store.md.
 *
 * Durability. The file is in WAL mode with synchronous=NORMAL: a transaction that committed
 * survives the process being killed (and the file is never left corrupt); a power cut may lose
 * the last transactions but not the file. Additions are grouped in one transaction per
 * PR_STORE_BATCH articles (or precis_store_commit()), which holds the articles, their groups
 * and stories, and the clustering state (vocabulary, story centroids) together, so that what
 * a reopened store knows always matches what it stored.
 *
 * State. Deduplication (dedup.c) and clustering (cluster.c) keep their indexes in memory for a
 * window of recent stories and groups (options story_window_days, copy_window_days,
 * window_articles); what leaves the window is dropped from memory at a commit (sweep()) and
 * stays in the file. The indexes are rebuilt from the file on the first addition after opening:
 * the whole vocabulary, and the centroids and MinHash signatures of the window only, found by
 * reading the articles from meta `window_seq` on; a store opened only to read pays nothing. A generation counter in `meta` detects another process
 * writing the same store between two of our transactions; the add then fails cleanly rather
 * than writing from stale state.
 *
 * Errors. A failed statement rolls back the open transaction and leaves the handle unusable
 * for writing (PRECIS_ERR_DB): what was committed stays, the in-memory indexes are not
 * trusted any more. SQLite allocates with its own allocator (configuring it would be global
 * state); everything else goes through pr_malloc.
 */
#include "store.h"
#include "cluster.h"
#include "dedup.h"
#include "idmap.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct sstory {
    char *title;
    uint32_t articles, sources;
    int64_t first, last;        /* seen times (article date, else time added) */
    uint32_t merged_into;
    uint32_t id;                /* the story this slot holds */
    bool dirty, exists;
} sstory;

enum {
    Q_EXISTS, Q_INSERT, Q_CANON, Q_MOVE, Q_TERM_INS, Q_TERM_UPD, Q_STORY_PUT, Q_META_PUT,
    Q_META_GET, Q_STORY_UPD, Q_STORY_GET, Q_COUNT
};

static const char *const sql_text[Q_COUNT] = {
    [Q_EXISTS] = "SELECT seq, input_hash FROM articles WHERE id = ?1",
    [Q_INSERT] = ("INSERT INTO articles(seq, id, input_hash, title, url, source, date, ts, added, lang,"
                 " text, exact_hash, sig, dup_of, dup_sim, story, words)"
                 " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"),
    [Q_CANON] = "SELECT id, story FROM articles WHERE seq = ?1",
    [Q_MOVE] = "UPDATE articles SET story = ?1 WHERE story = ?2",
    [Q_TERM_INS] = "INSERT INTO terms(id, term, df) VALUES(?1, ?2, ?3)",
    [Q_TERM_UPD] = "UPDATE terms SET df = ?2 WHERE id = ?1",
    [Q_STORY_PUT] = ("INSERT OR REPLACE INTO stories(id, title, articles, sources, first_seen, last_seen,"
                    " merged_into, size, clu_ts, centroid) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
    [Q_META_PUT] = "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
    [Q_META_GET] = "SELECT value FROM meta WHERE key = ?1",
    /* a story out of the in-memory window: its counts change (a copy joined), not its centroid */
    [Q_STORY_UPD] = ("UPDATE stories SET title = coalesce(title, ?2), articles = ?3, sources = ?4, first_seen = ?5,"
                    " last_seen = ?6 WHERE id = ?1"),
    [Q_STORY_GET] = ("SELECT title, articles, sources, first_seen, last_seen, merged_into, size, clu_ts, centroid"
                    " FROM stories WHERE id = ?1"),
};

#define PR_FUTURE_SLACK 86400  /* seconds a date may be ahead of the clock (see add_doc) */
#define PR_SWEEP_EVERY 1000  /* additions between two evictions from the in-memory window */

struct precis_store {
    precis_ctx *ctx;
    sqlite3 *db;
    char *path;
    unsigned flags;
    sqlite3_stmt *q[Q_COUNT];
    bool in_tx, broken, loaded;
    int64_t generation;
    size_t pending;
    int64_t next_seq;
    uint32_t persisted_terms;
    pr_dedup *dedup;
    pr_cluster *clu;
    sstory *st; size_t n_st, cap_st;            /* records of the stories in memory (slots; st[0] unused) */
    pr_idmap smap;                              /* story id -> slot in st */
    uint32_t *sfree; size_t n_sfree, cap_sfree; /* slots given back by sweep() */
    uint32_t *dirty; size_t n_dirty, cap_dirty;
    uint32_t *extra; size_t n_extra, cap_extra; /* story rows read back for a copy (evicted ones) */
    int64_t last_sweep, window_seq;             /* see sweep() */
    pr_cvec vec;
    char *res_id, *res_copy;
    pr_buf blob;
};

/* ---- dates ---- */

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static bool digits(const char *s, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
}

bool pr_parse_iso_time(const char *s, int64_t *out)
{
    if (!s) return false;
    while (*s == ' ') s++;
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' || !digits(s + 8, 2, &d))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
    const char *p = s + 10;
    int64_t off = 0;
    if (*p == 'T' || *p == 't' || (*p == ' ' && p[1] >= '0' && p[1] <= '9')) {
        p++;
        if (!digits(p, 2, &h) || p[2] != ':' || !digits(p + 3, 2, &mi)) return false;
        p += 5;
        if (*p == ':') {
            if (!digits(p + 1, 2, &sec)) return false;
            p += 3;
            if (*p == '.' || *p == ',') { p++; while (*p >= '0' && *p <= '9') p++; }
        }
        if (h > 24 || mi > 59 || sec > 60) return false;
        if (*p == 'Z' || *p == 'z') p++;
        else if (*p == '+' || *p == '-') {
            int oh, om = 0;
            if (!digits(p + 1, 2, &oh)) return false;
            const char *q = p + 3;
            if (*q == ':') q++;
            if (digits(q, 2, &om)) q += 2;
            off = (int64_t)(oh * 3600 + om * 60) * (*p == '-' ? -1 : 1);
            p = q;
        }
    }
    while (*p == ' ') p++;
    if (*p) return false;
    *out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + sec - off;
    return true;
}

void pr_format_iso_time(int64_t t, char *buf, size_t size)
{
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t rem = t - days * 86400;
    /* civil_from_days (H. Hinnant) */
    int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    snprintf(buf, size, "%04lld-%02u-%02uT%02d:%02d:%02dZ", (long long)y, m, d, (int)(rem / 3600),
             (int)(rem / 60 % 60), (int)(rem % 60));
}

/* ---- errors and statements ---- */

static precis_status db_fail(precis_store *st, const char *what)
{
    precis_status r = pr_error(st->ctx, PRECIS_ERR_DB, "%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
    if (st->in_tx) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        st->in_tx = false;
        st->broken = true; /* in-memory state is ahead of the file: no more writes */
    }
    return r;
}

static precis_status oom(precis_store *st)
{
    if (st->in_tx) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        st->in_tx = false;
        st->broken = true;
    }
    return pr_error(st->ctx, PRECIS_ERR_NOMEM, "%s: out of memory", st->path);
}

static sqlite3_stmt *stmt(precis_store *st, int which)
{
    if (!st->q[which] && sqlite3_prepare_v3(st->db, sql_text[which], -1, SQLITE_PREPARE_PERSISTENT,
                                            &st->q[which], NULL) != SQLITE_OK)
        return NULL;
    sqlite3_reset(st->q[which]);
    sqlite3_clear_bindings(st->q[which]);
    return st->q[which];
}

static bool exec(precis_store *st, const char *sql) { return sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK; }

/* Reads an integer of the meta table into *v (0 when absent); *present (may be NULL) tells
 * whether the key is there with a non-NULL value. */
static bool meta_int_opt(precis_store *st, const char *key, int64_t *v, bool *present)
{
    sqlite3_stmt *s = stmt(st, Q_META_GET);
    if (!s) return false;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    bool there = rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL;
    if (present) *present = there;
    *v = there ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static bool meta_int(precis_store *st, const char *key, int64_t *v) { return meta_int_opt(st, key, v, NULL); }

static bool meta_put_int(precis_store *st, const char *key, int64_t v)
{
    sqlite3_stmt *s = stmt(st, Q_META_PUT);
    if (!s) return false;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, v);
    bool ok = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_reset(s);
    return ok;
}

/* ---- schema and migrations ---- */

/* Each migration takes the schema from version i to i + 1, inside one transaction together
 * with the new user_version; a store is never left half-migrated. */
static const char *const migrations[] = {
    /* 0 -> 1: the first schema */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value);"
    "CREATE TABLE articles(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " input_hash INTEGER NOT NULL, title TEXT, url TEXT, source TEXT, date TEXT, ts INTEGER,"
    " added INTEGER NOT NULL, lang TEXT, text TEXT NOT NULL, exact_hash INTEGER, sig BLOB,"
    " dup_of INTEGER, dup_sim REAL, story INTEGER NOT NULL);"
    "CREATE INDEX articles_story ON articles(story);"
    "CREATE TABLE stories(id INTEGER PRIMARY KEY, title TEXT, articles INTEGER NOT NULL,"
    " sources INTEGER NOT NULL, first_seen INTEGER, last_seen INTEGER, merged_into INTEGER,"
    " size INTEGER NOT NULL, clu_ts INTEGER, centroid BLOB);"
    "CREATE TABLE terms(id INTEGER PRIMARY KEY, term TEXT NOT NULL, df INTEGER NOT NULL);"
    "INSERT INTO meta VALUES('application', 'precis');",
    /* 1 -> 2: word counts of articles (unknown for older rows), stories by recency */
    "ALTER TABLE articles ADD COLUMN words INTEGER;"
    "CREATE INDEX stories_last_seen ON stories(last_seen);",
};

static precis_status migrate(precis_store *st, int target)
{
    int64_t ver = 0;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "cannot read the schema version");
    if (sqlite3_step(s) == SQLITE_ROW) ver = sqlite3_column_int64(s, 0);
    else { sqlite3_finalize(s); return db_fail(st, "cannot read the schema version"); }
    sqlite3_finalize(s);
    if (ver > PR_STORE_SCHEMA)
        return pr_error(st->ctx, PRECIS_ERR_DB, "%s: store schema version %lld is newer than this precis (%d)",
                        st->path, (long long)ver, PR_STORE_SCHEMA);
    if (ver == 0) {
        /* a new file, or some other SQLite database: refuse the latter */
        int64_t tables = 0;
        if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_master", -1, &s, NULL) != SQLITE_OK)
            return db_fail(st, "not a database");
        if (sqlite3_step(s) == SQLITE_ROW) tables = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        if (tables > 0)
            return pr_error(st->ctx, PRECIS_ERR_DB, "%s: an SQLite database, but not a precis store", st->path);
    }
    if (ver >= target) return PRECIS_OK;
    if (st->flags & PRECIS_STORE_READONLY)
        return pr_error(st->ctx, PRECIS_ERR_DB, "%s: %s", st->path,
                        ver == 0 ? "no store here (read-only open)" : "store needs migrating (open it for writing once)");
    if (!exec(st, "BEGIN IMMEDIATE")) return db_fail(st, "cannot lock the store");
    for (int64_t v = ver; v < target; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %lld", (long long)(v + 1));
        if (!exec(st, migrations[v]) || !exec(st, pragma)) {
            precis_status r = pr_error(st->ctx, PRECIS_ERR_DB, "%s: migration to schema %lld failed: %s",
                                       st->path, (long long)(v + 1), sqlite3_errmsg(st->db));
            exec(st, "ROLLBACK");
            return r;
        }
    }
    if (!exec(st, "COMMIT")) { precis_status r = db_fail(st, "cannot commit the migration"); exec(st, "ROLLBACK"); return r; }
    return PRECIS_OK;
}

precis_status pr_store_open_version(precis_ctx *ctx, const char *path, unsigned flags, int version,
                                    precis_store **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!ctx || !path || version < 1 || version > PR_STORE_SCHEMA)
        return pr_error(ctx, PRECIS_ERR_ARG, "precis_store_open: invalid argument");
    precis_store *st = pr_calloc(1, sizeof *st);
    if (!st || !(st->path = pr_strdup(path))) {
        pr_free(st);
        return pr_error(ctx, PRECIS_ERR_NOMEM, "%s: out of memory", path);
    }
    st->ctx = ctx;
    st->flags = flags;
    pr_buf_init(&st->blob);
    int oflags = (flags & PRECIS_STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &st->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        precis_status r = pr_error(ctx, PRECIS_ERR_DB, "%s: cannot open the store: %s", path,
                                   st->db ? sqlite3_errmsg(st->db) : "out of memory");
        precis_store_close(st);
        return r;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, 10000);
    precis_status r = PRECIS_OK;
    if (!(flags & PRECIS_STORE_READONLY)) {
        /* WAL: readers never block the writer; a killed writer leaves the last commit intact */
        if (!exec(st, "PRAGMA journal_mode=WAL") || !exec(st, "PRAGMA synchronous=NORMAL"))
            r = db_fail(st, "cannot open the store");
    }
    if (r == PRECIS_OK) r = migrate(st, version);
    if (r != PRECIS_OK) {
        st->in_tx = false;
        precis_store_close(st);
        return r;
    }
    *out = st;
    return PRECIS_OK;
}

precis_status precis_store_open(precis_ctx *ctx, const char *path, unsigned flags, precis_store **out)
{
    return pr_store_open_version(ctx, path, flags, PR_STORE_SCHEMA, out);
}

/* ---- in-memory state ---- */

/* The store's record of story id in memory, or NULL. The records are slots found through a
 * hash map and reused after sweep(), so they follow the window, not every story id ever made. */
static sstory *story_find(const precis_store *st, uint32_t id)
{
    uint32_t sl = pr_idmap_get(&st->smap, id);
    return sl ? &st->st[sl] : NULL;
}

/* The record of story id (not 0), a cleared one if it had none; NULL on OOM. Pointers to other
 * records are invalid after it. */
static sstory *story_slot(precis_store *st, uint32_t id)
{
    sstory *ss = story_find(st, id);
    if (ss || id == 0) return ss;
    uint32_t sl;
    if (st->n_sfree) sl = st->sfree[st->n_sfree - 1];
    else {
        if (st->n_st == 0) { /* slot 0 stays unused */
            if (!PR_GROW(st->st, st->cap_st, 1)) return NULL;
            memset(&st->st[0], 0, sizeof st->st[0]);
            st->n_st = 1;
        }
        if (st->n_st >= UINT32_MAX - 1 || !PR_GROW(st->st, st->cap_st, st->n_st + 1)) return NULL;
        sl = (uint32_t)st->n_st;
    }
    if (!pr_idmap_put(&st->smap, id, sl)) return NULL;
    if (st->n_sfree) st->n_sfree--;
    else st->n_st++;
    ss = &st->st[sl];
    memset(ss, 0, sizeof *ss);
    ss->id = id;
    return ss;
}

/* Forgets the record of story id (its slot is reused); on OOM it stays. */
static void story_drop(precis_store *st, uint32_t id)
{
    uint32_t sl = pr_idmap_get(&st->smap, id);
    if (!sl || !PR_GROW(st->sfree, st->cap_sfree, st->n_sfree + 1)) return;
    pr_free(st->st[sl].title);
    memset(&st->st[sl], 0, sizeof st->st[sl]);
    pr_idmap_del(&st->smap, id);
    st->sfree[st->n_sfree++] = sl;
}

/* Marks the record ss as changed (the dirty list holds story ids). */
static bool mark_dirty(precis_store *st, sstory *ss)
{
    if (ss->dirty) return true;
    if (!PR_GROW(st->dirty, st->cap_dirty, st->n_dirty + 1)) return false;
    st->dirty[st->n_dirty++] = ss->id;
    ss->dirty = true;
    return true;
}

static void put_u32(unsigned char *p, uint32_t v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24); }
static uint32_t get_u32(const unsigned char *p) { return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

/* Signature blob: n_shingles, then the PR_MH_K bins, little-endian 32-bit. */
#define SIG_BYTES (4 * (1 + PR_MH_K))

/* A story row into st->st[id] (title, counts, seen times) and, when `clu` is set, its
 * clustering state into *size, *cts and the centroid into *tw. 0: done, 1: no such row,
 * -1: database error, -2: out of memory. */
typedef struct story_row { uint32_t size; int64_t cts; pr_tw *tw; size_t n, cap; } story_row;

static int read_story(precis_store *st, uint32_t id, story_row *clu)
{
    sqlite3_stmt *s = stmt(st, Q_STORY_GET);
    if (!s) return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) { sqlite3_reset(s); return rc == SQLITE_DONE ? 1 : -1; }
    sstory *ss = story_slot(st, id);
    if (!ss) { sqlite3_reset(s); return -2; }
    pr_free(ss->title);
    memset(ss, 0, sizeof *ss);
    ss->id = id;
    ss->exists = true;
    const char *title = (const char *)sqlite3_column_text(s, 0);
    if (title && !(ss->title = pr_strdup(title))) { sqlite3_reset(s); return -2; }
    ss->articles = (uint32_t)sqlite3_column_int64(s, 1);
    ss->sources = (uint32_t)sqlite3_column_int64(s, 2);
    ss->first = sqlite3_column_int64(s, 3);
    ss->last = sqlite3_column_int64(s, 4);
    ss->merged_into = (uint32_t)sqlite3_column_int64(s, 5);
    if (clu) {
        clu->size = (uint32_t)sqlite3_column_int64(s, 6);
        clu->cts = sqlite3_column_type(s, 7) == SQLITE_NULL ? PR_TS_NONE : sqlite3_column_int64(s, 7);
        const unsigned char *b = sqlite3_column_blob(s, 8);
        size_t nb = (size_t)sqlite3_column_bytes(s, 8) / 8;
        if (!PR_GROW(clu->tw, clu->cap, nb + 1)) { sqlite3_reset(s); return -2; }
        for (size_t i = 0; i < nb; i++) {
            clu->tw[i].term = get_u32(b + 8 * i);
            uint32_t w = get_u32(b + 8 * i + 4);
            memcpy(&clu->tw[i].w, &w, 4);
        }
        clu->n = nb;
    }
    sqlite3_reset(s);
    return 0;
}

/* The store's record of story id, read back from the file if it is not in memory (a story out
 * of the window that a copy joins); an error is reported. */
static precis_status ensure_story(precis_store *st, uint32_t id)
{
    const sstory *ss = story_find(st, id);
    if (ss && ss->exists) return PRECIS_OK;
    int k = read_story(st, id, NULL);
    if (k == -1) return db_fail(st, "cannot read stories");
    if (k == -2) return oom(st);
    if (k == 1) return PRECIS_OK; /* a new story */
    if (!PR_GROW(st->extra, st->cap_extra, st->n_extra + 1)) return oom(st);
    st->extra[st->n_extra++] = id;
    return PRECIS_OK;
}

typedef struct wref { uint32_t key; int64_t ts; int64_t seq; } wref;

static int cmp_wref(const void *a, const void *b)
{
    const wref *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Sorts refs by key and folds each key's entries into one: latest time and seq. */
static size_t fold_refs(wref *r, size_t n)
{
    if (!n) return 0;
    qsort(r, n, sizeof *r, cmp_wref);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k && r[k - 1].key == r[i].key) {
            if (r[i].ts != PR_TS_NONE && (r[k - 1].ts == PR_TS_NONE || r[i].ts > r[k - 1].ts)) r[k - 1].ts = r[i].ts;
            if (r[i].seq > r[k - 1].seq) r[k - 1].seq = r[i].seq;
        } else r[k++] = r[i];
    }
    return k;
}

/* Rebuilds the in-memory indexes from the file: the whole vocabulary, and only the stories and
 * duplicate groups of the window. Every article from meta `window_seq` on (the oldest last
 * article of anything that was in the window at the last commit) is read; the stories and
 * groups they belong to are restored when they are still in the window. */
static precis_status load_state(precis_store *st)
{
    st->dedup = pr_dedup_new();
    st->clu = pr_cluster_new();
    if (!st->dedup || !st->clu) return oom(st);
    const precis_options *o = &st->ctx->opt;
    pr_cluster_params p = pr_cluster_get_params(st->clu);
    p.window_days = o->story_window_days;
    p.window_items = o->window_articles;
    pr_cluster_set_params(st->clu, &p);
    pr_dedup_set_window(st->dedup, (int64_t)(o->copy_window_days * 86400.0), o->window_articles);
    sqlite3_stmt *s = NULL;
    int rc;
    /* vocabulary */
    if (sqlite3_prepare_v2(st->db, "SELECT id, term, df FROM terms ORDER BY id", -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "cannot read terms");
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(s, 1);
        int n = sqlite3_column_bytes(s, 1);
        if (!pr_cluster_restore_term(st->clu, (uint32_t)sqlite3_column_int64(s, 0), t ? t : "", (size_t)n,
                                     (uint32_t)sqlite3_column_int64(s, 2))) {
            sqlite3_finalize(s);
            return pr_error(st->ctx, PRECIS_ERR_DB, "%s: damaged store (terms table)", st->path);
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) return db_fail(st, "cannot read terms");
    st->persisted_terms = pr_cluster_term_count(st->clu);
    int64_t v, newest = PR_TS_NONE, max_story = 0;
    bool have;
    if (!meta_int(st, "documents", &v)) return db_fail(st, "cannot read meta");
    pr_cluster_restore_ndocs(st->clu, (uint64_t)v);
    /* clocks: the last seq, the newest date (kept in meta since schema 2 stores of this
     * version; older files: the latest story date) */
    if (sqlite3_prepare_v2(st->db, "SELECT coalesce(max(seq), 0) FROM articles", -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "cannot read articles");
    st->next_seq = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) + 1 : 1;
    sqlite3_finalize(s);
    if (st->next_seq >= UINT32_MAX)
        return pr_error(st->ctx, PRECIS_ERR_LIMIT, "%s: the store holds the most articles it can", st->path);
    if (!meta_int_opt(st, "newest_ts", &v, &have)) return db_fail(st, "cannot read meta");
    if (have) newest = v;
    else {
        if (sqlite3_prepare_v2(st->db, "SELECT max(clu_ts) FROM stories", -1, &s, NULL) != SQLITE_OK)
            return db_fail(st, "cannot read stories");
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) newest = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    if (!meta_int_opt(st, "window_seq", &v, &have)) return db_fail(st, "cannot read meta");
    st->window_seq = have && v > 0 ? v : 1;
    st->last_sweep = st->next_seq;
    pr_cluster_restore_time(st->clu, newest, (uint64_t)(st->next_seq - 1));
    pr_dedup_advance(st->dedup, newest, (uint64_t)(st->next_seq - 1));
    if (sqlite3_prepare_v2(st->db, "SELECT coalesce(max(id), 0) FROM stories", -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "cannot read stories");
    if (sqlite3_step(s) == SQLITE_ROW) max_story = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (max_story < 0 || max_story >= UINT32_MAX - 1 || !pr_cluster_reserve(st->clu, (uint32_t)max_story))
        return pr_error(st->ctx, PRECIS_ERR_DB, "%s: damaged store (story ids)", st->path);
    /* the articles of the window: which groups and stories they touched, and when */
    wref *gr = NULL, *sr = NULL;
    size_t ng = 0, cg = 0, ns = 0, cs = 0;
    if (sqlite3_prepare_v2(st->db, "SELECT seq, ts, dup_of, story FROM articles WHERE seq >= ?1 ORDER BY seq",
                           -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "cannot read articles");
    sqlite3_bind_int64(s, 1, st->window_seq);
    precis_status r = PRECIS_OK;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t seq = sqlite3_column_int64(s, 0);
        int64_t ts = sqlite3_column_type(s, 1) == SQLITE_NULL ? PR_TS_NONE : sqlite3_column_int64(s, 1);
        int64_t g = sqlite3_column_type(s, 2) == SQLITE_NULL ? seq : sqlite3_column_int64(s, 2);
        int64_t sid = sqlite3_column_int64(s, 3);
        if (g <= 0 || g >= UINT32_MAX || sid <= 0 || sid > max_story) { r = pr_error(st->ctx, PRECIS_ERR_DB, "%s: damaged store (article %lld)", st->path, (long long)seq); break; }
        if (!PR_GROW(gr, cg, ng + 1) || !PR_GROW(sr, cs, ns + 1)) { r = oom(st); break; }
        gr[ng++] = (wref){(uint32_t)g, ts, seq};
        sr[ns++] = (wref){(uint32_t)sid, ts, seq};
    }
    sqlite3_finalize(s);
    if (r == PRECIS_OK && rc != SQLITE_DONE) r = db_fail(st, "cannot read articles");
    ng = fold_refs(gr, ng);
    ns = fold_refs(sr, ns);
    /* stories still in the window (their time is the story's, the clock their last article's) */
    story_row row = {0};
    for (size_t i = 0; r == PRECIS_OK && i < ns; i++) {
        int k = read_story(st, sr[i].key, &row);
        if (k == -1) { r = db_fail(st, "cannot read stories"); break; }
        if (k == -2) { r = oom(st); break; }
        const sstory *ss = story_find(st, sr[i].key);
        if (k == 1 || !ss || ss->merged_into || !pr_cluster_in_window(st->clu, row.cts, (uint64_t)sr[i].seq)) {
            story_drop(st, sr[i].key);
            continue;
        }
        if (!pr_cluster_restore_story(st->clu, sr[i].key, row.tw, row.n, row.size, row.cts, (uint64_t)sr[i].seq, 0))
            r = pr_error(st->ctx, PRECIS_ERR_DB, "%s: damaged store (story %u)", st->path, sr[i].key);
    }
    pr_free(row.tw);
    /* duplicate groups still in the window: the signature of their first article */
    s = NULL;
    if (r == PRECIS_OK && sqlite3_prepare_v2(st->db, "SELECT exact_hash, sig FROM articles WHERE seq = ?1", -1, &s, NULL) != SQLITE_OK)
        r = db_fail(st, "cannot read articles");
    for (size_t i = 0; r == PRECIS_OK && i < ng; i++) {
        if (!pr_dedup_in_window(st->dedup, gr[i].ts, (uint64_t)gr[i].seq)) continue;
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, gr[i].key);
        if (sqlite3_step(s) != SQLITE_ROW) { r = db_fail(st, "cannot read articles"); break; }
        pr_dupsig sig;
        memset(&sig, 0, sizeof sig);
        sig.exact = (uint64_t)sqlite3_column_int64(s, 0);
        const unsigned char *b = sqlite3_column_blob(s, 1);
        if (b && sqlite3_column_bytes(s, 1) == SIG_BYTES) {
            sig.n_shingles = get_u32(b);
            for (size_t k = 0; k < PR_MH_K; k++) sig.mh[k] = get_u32(b + 4 + 4 * k);
        }
        if (!pr_dedup_add(st->dedup, gr[i].key, &sig, gr[i].ts, (uint64_t)gr[i].seq)) r = oom(st);
    }
    sqlite3_finalize(s);
    pr_free(gr); pr_free(sr);
    if (r != PRECIS_OK) return r;
    st->loaded = true;
    return PRECIS_OK;
}

/* Opens the write transaction of a batch (checking nobody else wrote since ours). */
static precis_status begin(precis_store *st)
{
    if (st->in_tx) return PRECIS_OK;
    if (!exec(st, "BEGIN IMMEDIATE")) return db_fail(st, "cannot lock the store for writing");
    st->in_tx = true;
    int64_t gen;
    if (!meta_int(st, "generation", &gen)) return db_fail(st, "cannot read meta");
    if (!st->loaded) {
        st->generation = gen;
        precis_status r = load_state(st);
        if (r != PRECIS_OK) {
            if (st->in_tx) { exec(st, "ROLLBACK"); st->in_tx = false; }
            st->broken = true;
            return r;
        }
    } else if (gen != st->generation) {
        exec(st, "ROLLBACK");
        st->in_tx = false;
        st->broken = true;
        return pr_error(st->ctx, PRECIS_ERR_DB, "%s: the store was changed by another process; open it again",
                        st->path);
    }
    return PRECIS_OK;
}

/* Writes the dirty clustering state and story rows (inside the open transaction). */
/* Binds the columns a story row always has (id, title, articles, sources, first, last seen) to
 * parameters 1-6 of Q_STORY_PUT or Q_STORY_UPD. */
static void bind_story_row(sqlite3_stmt *s, int64_t id, const sstory *ss)
{
    sqlite3_bind_int64(s, 1, id);
    if (ss->title) sqlite3_bind_text(s, 2, ss->title, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, ss->articles);
    sqlite3_bind_int64(s, 4, ss->sources);
    sqlite3_bind_int64(s, 5, ss->first);
    sqlite3_bind_int64(s, 6, ss->last);
}

static precis_status flush(precis_store *st)
{
    if (!st->in_tx || !st->loaded) return PRECIS_OK;
    size_t nt;
    const uint32_t *terms = pr_cluster_dirty_terms(st->clu, &nt);
    for (size_t i = 0; i < nt; i++) {
        uint32_t id = terms[i];
        bool fresh = id >= st->persisted_terms;
        sqlite3_stmt *s = stmt(st, fresh ? Q_TERM_INS : Q_TERM_UPD);
        if (!s) return db_fail(st, "cannot write terms");
        sqlite3_bind_int64(s, 1, id);
        if (fresh) {
            sqlite3_bind_text(s, 2, pr_cluster_term_str(st->clu, id), -1, SQLITE_STATIC);
            sqlite3_bind_int64(s, 3, pr_cluster_term_df(st->clu, id));
        } else {
            sqlite3_bind_int64(s, 2, pr_cluster_term_df(st->clu, id));
        }
        if (sqlite3_step(s) != SQLITE_DONE) return db_fail(st, "cannot write terms");
    }
    /* terms interned but never counted (none today) still need rows for ids to stay dense */
    for (uint32_t id = st->persisted_terms, n = pr_cluster_term_count(st->clu); id < n; id++) {
        if (pr_cluster_term_df(st->clu, id)) continue;
        sqlite3_stmt *s = stmt(st, Q_TERM_INS);
        if (!s) return db_fail(st, "cannot write terms");
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_text(s, 2, pr_cluster_term_str(st->clu, id), -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 3, 0);
        if (sqlite3_step(s) != SQLITE_DONE) return db_fail(st, "cannot write terms");
    }
    st->persisted_terms = pr_cluster_term_count(st->clu);
    size_t ns;
    const uint32_t *cs = pr_cluster_dirty_stories(st->clu, &ns);
    for (size_t i = 0; i < ns; i++) {
        sstory *ss = story_slot(st, cs[i]);
        if (!ss || !mark_dirty(st, ss)) return oom(st);
    }
    for (size_t i = 0; i < st->n_dirty; i++) {
        uint32_t id = st->dirty[i];
        sstory *ss = story_find(st, id);
        if (!ss) continue; /* cannot happen: a dirty record is not dropped */
        const pr_tw *t = NULL;
        size_t n = 0;
        uint32_t size = 0, merged = 0;
        int64_t cts = PR_TS_NONE;
        if (!pr_cluster_story(st->clu, id, &t, &n, &size, &cts, &merged)) {
            /* out of the in-memory window: the row keeps its centroid */
            sqlite3_stmt *s = stmt(st, Q_STORY_UPD);
            if (!s) return db_fail(st, "cannot write stories");
            bind_story_row(s, id, ss);
            if (sqlite3_step(s) != SQLITE_DONE) return db_fail(st, "cannot write stories");
            ss->dirty = false;
            continue;
        }
        pr_buf_clear(&st->blob);
        for (size_t k = 0; k < n; k++) {
            unsigned char b[8];
            uint32_t w;
            memcpy(&w, &t[k].w, 4);
            put_u32(b, t[k].term);
            put_u32(b + 4, w);
            pr_buf_put(&st->blob, b, 8);
        }
        if (st->blob.oom) return oom(st);
        sqlite3_stmt *s = stmt(st, Q_STORY_PUT);
        if (!s) return db_fail(st, "cannot write stories");
        bind_story_row(s, id, ss);
        if (ss->merged_into) sqlite3_bind_int64(s, 7, ss->merged_into);
        sqlite3_bind_int64(s, 8, size);
        if (cts != PR_TS_NONE) sqlite3_bind_int64(s, 9, cts);
        sqlite3_bind_blob(s, 10, st->blob.len ? st->blob.data : "", (int)st->blob.len, SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) return db_fail(st, "cannot write stories");
        ss->dirty = false;
    }
    st->n_dirty = 0;
    pr_cluster_clear_dirty(st->clu);
    if (!meta_put_int(st, "documents", (int64_t)pr_cluster_ndocs(st->clu))) return db_fail(st, "cannot write meta");
    return PRECIS_OK;
}

/* Drops what left the window from memory (after a flush: nothing is dirty) and notes the
 * oldest article a reopen must read back (meta window_seq). On OOM nothing is dropped. */
static void sweep(precis_store *st)
{
    uint64_t og = UINT64_MAX, os = UINT64_MAX;
    const uint32_t *ids = NULL;
    size_t n = 0;
    pr_dedup_expire(st->dedup, &og);
    if (!pr_cluster_evict(st->clu, &ids, &n, &os)) return;
    for (size_t i = 0; i < n; i++) {
        const sstory *ss = story_find(st, ids[i]);
        if (ss && !ss->dirty) story_drop(st, ids[i]);
    }
    /* rows read back for copies: written by the flush, not needed any more */
    for (size_t i = 0; i < st->n_extra; i++) {
        const sstory *ss = story_find(st, st->extra[i]);
        if (!ss || ss->dirty) continue;
        const pr_tw *t; size_t tn; uint32_t size, merged; int64_t cts;
        if (pr_cluster_story(st->clu, st->extra[i], &t, &tn, &size, &cts, &merged)) continue;
        story_drop(st, st->extra[i]);
    }
    st->n_extra = 0;
    uint64_t oldest = og < os ? og : os;
    st->window_seq = oldest == UINT64_MAX ? st->next_seq : (int64_t)oldest;
    st->last_sweep = st->next_seq;
}

precis_status precis_store_commit(precis_store *st)
{
    if (!st) return PRECIS_ERR_ARG;
    if (st->broken) return pr_error(st->ctx, PRECIS_ERR_DB, "%s: the store failed earlier; open it again", st->path);
    if (!st->in_tx) return PRECIS_OK;
    precis_status r = flush(st);
    if (r != PRECIS_OK) return r;
    if (st->loaded) {
        /* a sweep costs a pass over the window: at most every PR_SWEEP_EVERY additions, or
         * sooner when the window is small (amortized O(1) per addition either way) */
        size_t groups, stories;
        pr_store_window(st, &groups, &stories);
        int64_t since = st->next_seq - st->last_sweep;
        if (since >= PR_SWEEP_EVERY || (since > 0 && (size_t)since * 4 >= groups + stories)) sweep(st);
        int64_t newest = pr_cluster_newest(st->clu);
        if ((newest != PR_TS_NONE && !meta_put_int(st, "newest_ts", newest)) ||
            !meta_put_int(st, "window_seq", st->window_seq))
            return db_fail(st, "cannot write meta");
    }
    if (!meta_put_int(st, "generation", st->generation + 1)) return db_fail(st, "cannot write meta");
    if (!exec(st, "COMMIT")) return db_fail(st, "cannot commit");
    st->in_tx = false;
    st->generation++;
    st->pending = 0;
    return PRECIS_OK;
}

precis_status precis_store_close(precis_store *st)
{
    if (!st) return PRECIS_OK;
    precis_status r = PRECIS_OK;
    if (st->in_tx && !st->broken) r = precis_store_commit(st);
    if (st->in_tx) exec(st, "ROLLBACK");
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(st->q[i]);
    if (st->db) sqlite3_close(st->db);
    pr_dedup_free(st->dedup);
    pr_cluster_free(st->clu);
    for (size_t i = 0; i < st->n_st; i++) pr_free(st->st[i].title);
    pr_free(st->st);
    pr_idmap_free(&st->smap);
    pr_free(st->sfree);
    pr_free(st->dirty);
    pr_free(st->extra);
    pr_cvec_free(&st->vec);
    pr_free(st->res_id); pr_free(st->res_copy);
    pr_buf_free(&st->blob);
    pr_free(st->path);
    pr_free(st);
    return r;
}

size_t pr_store_memory(const precis_store *st)
{
    if (!st) return 0;
    return pr_dedup_memory(st->dedup) + pr_cluster_memory(st->clu) + st->cap_st * sizeof(sstory) +
           pr_idmap_memory(&st->smap) + st->cap_sfree * 4;
}

void pr_store_story_slots(const precis_store *st, size_t *store, size_t *cluster)
{
    *store = st ? st->cap_st : 0;
    *cluster = st ? pr_cluster_slots(st->clu) : 0;
}

void pr_store_window(const precis_store *st, size_t *groups, size_t *stories)
{
    *groups = st ? pr_dedup_count(st->dedup) : 0;
    *stories = st ? pr_cluster_live_count(st->clu) : 0;
}

/* ---- adding ---- */

static bool set_res(char **slot, const char *s)
{
    pr_free(*slot);
    *slot = s ? pr_strdup(s) : NULL;
    return !s || *slot;
}

/* Looks an id up: 0 if absent, else its seq; *hash gets its input hash. -1 on error. */
static int64_t find_id(precis_store *st, const char *id, uint64_t *hash)
{
    sqlite3_stmt *s = stmt(st, Q_EXISTS);
    if (!s) return -1;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    int64_t seq = 0;
    if (rc == SQLITE_ROW) { seq = sqlite3_column_int64(s, 0); *hash = (uint64_t)sqlite3_column_int64(s, 1); }
    else if (rc != SQLITE_DONE) seq = -1;
    sqlite3_reset(s);
    return seq;
}

/* Decides the id an input is stored under: `id` itself, or when `id` is taken by different
 * content, id + "~" + 8 hex digits of the content hash. Returns 1 if that id is already
 * stored (nothing to do), 0 if it is free, -1 on a database error. */
static int resolve_id(precis_store *st, const char *id, uint64_t hash, char **out)
{
    uint64_t h = 0;
    int64_t seq = find_id(st, id, &h);
    if (seq < 0) return -1;
    if (!set_res(out, id)) return -2;
    if (seq == 0) return 0;
    if (h == hash) return 1;
    size_t n = strlen(id);
    char *alt = pr_malloc(n + 12);
    if (!alt) return -2;
    snprintf(alt, n + 12, "%s~%08x", id, (unsigned)(hash >> 32));
    pr_free(*out);
    *out = alt;
    seq = find_id(st, alt, &h);
    return seq < 0 ? -1 : seq > 0;
}

static precis_status add_doc(precis_store *st, const precis_doc *doc, const char *id, uint64_t input_hash,
                             const char *title, const char *date, const char *source,
                             precis_add_result *res)
{
    int64_t ts = PR_TS_NONE, added = st->ctx->opt.now ? st->ctx->opt.now : (int64_t)time(NULL);
    if (date && !pr_parse_iso_time(date, &ts)) ts = PR_TS_NONE;
    /* a date after the clock (plus a day: time zones, feeds ahead of UTC) would move the
     * windows' newest date ahead and evict every live story at once: the article is undated
     * for the windows (and its seen time is when it was added); its date text is kept */
    if (ts != PR_TS_NONE && ts > added && ts - added > PR_FUTURE_SLACK) { ts = PR_TS_NONE; res->future_date = 1; }
    int64_t seen = ts != PR_TS_NONE ? ts : added;
    int64_t seq = st->next_seq;
    if (seq >= UINT32_MAX - 1) return pr_error(st->ctx, PRECIS_ERR_LIMIT, "%s: the store holds the most articles it can", st->path);

    pr_dupsig sig;
    pr_dupsig_compute(doc, &sig);
    uint32_t canon = 0, slot = 0;
    double dsim = 0;
    bool exact = false;
    uint32_t story = 0;
    uint64_t clock = (uint64_t)seq;  /* the arrival clock of the windows */
    pr_dedup_advance(st->dedup, ts, clock);
    bool is_copy = pr_dedup_find(st->dedup, &sig, UINT32_MAX, &canon, &dsim, &exact, &slot);
    if (is_copy) {
        sqlite3_stmt *s = stmt(st, Q_CANON);
        if (!s) return db_fail(st, "cannot read articles");
        sqlite3_bind_int64(s, 1, canon);
        if (sqlite3_step(s) != SQLITE_ROW) { sqlite3_reset(s); return db_fail(st, "damaged store (duplicate group)"); }
        if (!set_res(&st->res_copy, (const char *)sqlite3_column_text(s, 0))) { sqlite3_reset(s); return oom(st); }
        story = pr_cluster_resolve(st->clu, (uint32_t)sqlite3_column_int64(s, 1));
        sqlite3_reset(s);
        pr_dedup_touch(st->dedup, slot, ts, clock);
        pr_cluster_touch(st->clu, story, ts, clock);
        precis_status r = ensure_story(st, story);
        if (r != PRECIS_OK) return r;
        res->kind = exact ? PRECIS_ADD_COPY : PRECIS_ADD_NEAR_COPY;
        res->copy_of = st->res_copy;
        res->similarity = dsim;
    } else {
        if (!pr_cluster_vectorize(st->clu, doc, title, &st->vec)) return oom(st);
        pr_assign a;
        if (!pr_cluster_assign(st->clu, &st->vec, ts, clock, &a)) return oom(st);
        story = a.story;
        res->kind = PRECIS_ADD_NEW;
        res->similarity = a.sim;
        res->new_story = a.is_new;
        if (!pr_dedup_add(st->dedup, (uint32_t)seq, &sig, ts, clock)) return oom(st);
        for (size_t k = 0; k < a.n_merges; k++) {
            /* the merged story's articles and counts move to the one it joined */
            uint32_t from = a.merges[k].from, into = a.merges[k].into;
            sqlite3_stmt *s = stmt(st, Q_MOVE);
            if (!s) return db_fail(st, "cannot merge stories");
            sqlite3_bind_int64(s, 1, into);
            sqlite3_bind_int64(s, 2, from);
            if (sqlite3_step(s) != SQLITE_DONE) return db_fail(st, "cannot merge stories");
            if (!story_slot(st, from) || !story_slot(st, into)) return oom(st);
            sstory *f = story_find(st, from), *t = story_find(st, into);
            t->articles += f->articles;
            t->sources += f->sources;
            if (f->exists && (!t->exists || f->first < t->first)) t->first = f->first;
            if (f->exists && (!t->exists || f->last > t->last)) t->last = f->last;
            if (!t->title && f->title) { t->title = f->title; f->title = NULL; }
            f->merged_into = into;
            if (!mark_dirty(st, f) || !mark_dirty(st, t)) return oom(st);
            if (!res->merged_story) res->merged_story = from;
        }
    }
    sstory *ss = story_slot(st, story);
    if (!ss) return oom(st);
    if (!ss->exists) { ss->exists = true; ss->first = ss->last = seen; }
    ss->articles++;
    if (!is_copy) ss->sources++;
    if (seen < ss->first) ss->first = seen;
    if (seen > ss->last) ss->last = seen;
    const char *t = title ? title : doc->title;
    if (!ss->title && t && *t && !(ss->title = pr_strdup(t))) return oom(st);
    if (!mark_dirty(st, ss)) return oom(st);

    unsigned char sigb[SIG_BYTES];
    put_u32(sigb, sig.n_shingles);
    for (size_t i = 0; i < PR_MH_K; i++) put_u32(sigb + 4 + 4 * i, sig.mh[i]);
    sqlite3_stmt *s = stmt(st, Q_INSERT);
    if (!s) return db_fail(st, "cannot store the article");
    sqlite3_bind_int64(s, 1, seq);
    sqlite3_bind_text(s, 2, id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, (int64_t)input_hash);
    if (t) sqlite3_bind_text(s, 4, t, -1, SQLITE_STATIC);
    if (doc->url) sqlite3_bind_text(s, 5, doc->url, -1, SQLITE_STATIC);
    const char *src = source ? source : doc->site;
    if (src) sqlite3_bind_text(s, 6, src, -1, SQLITE_STATIC);
    if (date || doc->date) sqlite3_bind_text(s, 7, date ? date : doc->date, -1, SQLITE_STATIC);
    if (ts != PR_TS_NONE) sqlite3_bind_int64(s, 8, ts);
    sqlite3_bind_int64(s, 9, added);
    sqlite3_bind_text(s, 10, doc->lang, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 11, doc->text, (int)doc->text_len, SQLITE_STATIC);
    if (sig.exact) sqlite3_bind_int64(s, 12, (int64_t)sig.exact);
    if (!is_copy) sqlite3_bind_blob(s, 13, sigb, SIG_BYTES, SQLITE_STATIC);
    if (is_copy) { sqlite3_bind_int64(s, 14, canon); sqlite3_bind_double(s, 15, dsim); }
    sqlite3_bind_int64(s, 16, story);
    sqlite3_bind_int64(s, 17, (int64_t)doc->words);
    if (sqlite3_step(s) != SQLITE_DONE) return db_fail(st, "cannot store the article");
    sqlite3_reset(s);
    st->next_seq++;
    res->story = story;
    if (++st->pending >= PR_STORE_BATCH) return precis_store_commit(st);
    return PRECIS_OK;
}

static precis_status writable(precis_store *st)
{
    if (st->flags & PRECIS_STORE_READONLY)
        return pr_error(st->ctx, PRECIS_ERR_ARG, "%s: store opened read-only", st->path);
    if (st->broken) return pr_error(st->ctx, PRECIS_ERR_DB, "%s: the store failed earlier; open it again", st->path);
    return begin(st);
}

precis_status precis_store_add_doc(precis_store *st, const precis_doc *doc, const char *date,
                                   const char *source, precis_add_result *result)
{
    precis_add_result dummy;
    if (!result) result = &dummy;
    memset(result, 0, sizeof *result);
    if (!st || !doc) return PRECIS_ERR_ARG;
    if (!doc->analysed)
        return pr_error(st->ctx, PRECIS_ERR_ARG, "%s: made with PRECIS_OPT_NO_ANALYSIS (no sentences nor tokens): "
                        "a store needs an analysed document", doc->id);
    precis_status r = writable(st);
    if (r != PRECIS_OK) return r;
    uint64_t h = pr_hash64(doc->text, doc->text_len);
    int k = resolve_id(st, doc->id, h, &st->res_id);
    if (k == -1) return db_fail(st, "cannot read articles");
    if (k == -2) return oom(st);
    result->id = st->res_id;
    if (k == 1) { result->kind = PRECIS_ADD_EXISTS; return PRECIS_OK; }
    return add_doc(st, doc, st->res_id, h, NULL, date, source, result);
}

/* The document of article a, named `id`: metadata given with the article wins over what was
 * found in it (url, title, date, source as its site; a stated language re-analyses the text in
 * it, unless the context forces one). With `analyse`, a context made with
 * PRECIS_OPT_NO_ANALYSIS still gets sentences and tokens (a store needs them). */
static precis_status doc_of_article(precis_ctx *ctx, const precis_article *a, const char *id, bool analyse,
                                    precis_doc **out)
{
    precis_doc *doc = NULL;
    *out = NULL;
    precis_status r = precis_doc_new(ctx, id, a->path, a->data ? a->data : "", a->len, &doc);
    if (r != PRECIS_OK) return r;
    bool nomem = false;
    const char *const give[4] = {a->url, a->title, a->date, a->source};
    char **field[4] = {&doc->url, &doc->title, &doc->date, &doc->site};
    for (int i = 0; i < 4 && !nomem; i++)
        if (give[i] && *give[i]) {
            pr_free(*field[i]);
            nomem = !(*field[i] = pr_strdup(give[i]));
        }
    if (nomem) r = PRECIS_ERR_NOMEM;
    bool relang = a->lang && *a->lang && strcmp(a->lang, doc->lang) != 0 && strlen(a->lang) < sizeof doc->lang &&
                  strcmp(ctx->opt.lang, "auto") == 0;
    if (r == PRECIS_OK && relang) snprintf(doc->lang, sizeof doc->lang, "%s", a->lang);
    /* stopwords and stems of the stated language; or a first analysis the store needs */
    if (r == PRECIS_OK && ((relang && doc->analysed) || (analyse && !doc->analysed))) r = pr_doc_analyse(doc);
    if (r != PRECIS_OK) {
        precis_doc_free(doc);
        return pr_error(ctx, PRECIS_ERR_NOMEM, "out of memory");
    }
    *out = doc;
    return PRECIS_OK;
}

precis_status precis_doc_from_article(precis_ctx *ctx, const precis_article *a, precis_doc **out)
{
    if (out) *out = NULL;
    if (!ctx || !a || !out || (!a->data && a->len)) return pr_error(ctx, PRECIS_ERR_ARG, "precis_doc_from_article: invalid argument");
    return doc_of_article(ctx, a, a->id && *a->id ? a->id : NULL, false, out);
}

precis_status precis_store_add(precis_store *st, const precis_article *a, precis_add_result *result)
{
    precis_add_result dummy;
    if (!result) result = &dummy;
    memset(result, 0, sizeof *result);
    if (!st || !a || (!a->data && a->len)) return PRECIS_ERR_ARG;
    precis_status r = writable(st);
    if (r != PRECIS_OK) return r;
    uint64_t h = pr_hash64(a->data, a->len);
    char hid[24];
    const char *id = a->id;
    if (!id || !*id) {
        snprintf(hid, sizeof hid, "h%016llx", (unsigned long long)h);
        id = hid;
    }
    int k = resolve_id(st, id, h, &st->res_id);
    if (k == -1) return db_fail(st, "cannot read articles");
    if (k == -2) return oom(st);
    result->id = st->res_id;
    if (k == 1) { result->kind = PRECIS_ADD_EXISTS; return PRECIS_OK; }
    precis_doc *doc = NULL;
    r = doc_of_article(st->ctx, a, st->res_id, true, &doc);
    if (r != PRECIS_OK) return r;
    r = add_doc(st, doc, st->res_id, h, NULL, a->date, a->source, result);
    precis_doc_free(doc);
    return r;
}

/* ---- reading ---- */

precis_status precis_store_stats_get(precis_store *st, precis_store_stats *out)
{
    if (!st || !out) return PRECIS_ERR_ARG;
    memset(out, 0, sizeof *out);
    precis_status r = flush(st);
    if (r != PRECIS_OK) return r;
    static const char *const q[3] = {
        "SELECT count(*) FROM articles", "SELECT count(*) FROM articles WHERE dup_of IS NOT NULL",
        "SELECT count(*) FROM stories WHERE merged_into IS NULL"};
    size_t *dst[3] = {&out->articles, &out->copies, &out->stories};
    for (int i = 0; i < 3; i++) {
        sqlite3_stmt *s;
        if (sqlite3_prepare_v2(st->db, q[i], -1, &s, NULL) != SQLITE_OK) return db_fail(st, "cannot read the store");
        if (sqlite3_step(s) == SQLITE_ROW) *dst[i] = (size_t)sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW) out->schema_version = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    return PRECIS_OK;
}

typedef struct lstory {
    precis_story_info info;
    char *title;
    char first[24], last[24];
    char **members;
} lstory;

struct precis_story_list {
    lstory *s;
    size_t n, cap;
};

size_t precis_story_list_count(const precis_story_list *l) { return l ? l->n : 0; }

void precis_story_list_get(const precis_story_list *l, size_t i, precis_story_info *info)
{
    if (!info) return;
    memset(info, 0, sizeof *info);
    if (!l || i >= l->n) return;
    *info = l->s[i].info;
}

void precis_story_list_free(precis_story_list *l)
{
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) {
        pr_free(l->s[i].title);
        for (size_t k = 0; k < l->s[i].info.n_members; k++) pr_free(l->s[i].members[k]);
        pr_free(l->s[i].members);
    }
    pr_free(l->s);
    pr_free(l);
}

precis_status precis_store_stories(precis_store *st, const char *since, size_t limit, precis_story_list **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!st) return PRECIS_ERR_ARG;
    int64_t since_ts = INT64_MIN;
    if (since && !pr_parse_iso_time(since, &since_ts))
        return pr_error(st->ctx, PRECIS_ERR_ARG, "'%s' is not an ISO 8601 date (YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM])", since);
    precis_status r = flush(st);
    if (r != PRECIS_OK) return r;
    precis_story_list *l = pr_calloc(1, sizeof *l);
    if (!l) return pr_error(st->ctx, PRECIS_ERR_NOMEM, "%s: out of memory", st->path);
    sqlite3_stmt *s = NULL, *m = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT id, title, articles, sources, first_seen, last_seen FROM stories"
                           " WHERE merged_into IS NULL AND last_seen >= ?1 ORDER BY last_seen DESC, id DESC"
                           " LIMIT ?2", -1, &s, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(st->db, "SELECT id FROM articles WHERE story = ?1 ORDER BY seq", -1, &m, NULL) != SQLITE_OK) {
        sqlite3_finalize(s);
        precis_story_list_free(l);
        return db_fail(st, "cannot read stories");
    }
    sqlite3_bind_int64(s, 1, since_ts);
    sqlite3_bind_int64(s, 2, limit ? (int64_t)limit : -1);
    int rc;
    r = PRECIS_OK;
    while (r == PRECIS_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (!PR_GROW(l->s, l->cap, l->n + 1)) { r = PRECIS_ERR_NOMEM; break; }
        lstory *ls = &l->s[l->n++];
        memset(ls, 0, sizeof *ls);
        ls->info.id = sqlite3_column_int64(s, 0);
        const char *t = (const char *)sqlite3_column_text(s, 1);
        if (t && !(ls->title = pr_strdup(t))) { r = PRECIS_ERR_NOMEM; break; }
        ls->info.title = ls->title;
        ls->info.articles = (size_t)sqlite3_column_int64(s, 2);
        ls->info.sources = (size_t)sqlite3_column_int64(s, 3);
        pr_format_iso_time(sqlite3_column_int64(s, 4), ls->first, sizeof ls->first);
        pr_format_iso_time(sqlite3_column_int64(s, 5), ls->last, sizeof ls->last);
        ls->info.first_seen = ls->first;
        ls->info.last_seen = ls->last;
        sqlite3_reset(m);
        sqlite3_bind_int64(m, 1, ls->info.id);
        size_t cap = 0;
        while ((rc = sqlite3_step(m)) == SQLITE_ROW) {
            if (!PR_GROW(ls->members, cap, ls->info.n_members + 1)) { r = PRECIS_ERR_NOMEM; break; }
            char *id = pr_strdup((const char *)sqlite3_column_text(m, 0));
            if (!id) { r = PRECIS_ERR_NOMEM; break; }
            ls->members[ls->info.n_members++] = id;
        }
        ls->info.members = (const char *const *)ls->members;
        if (r == PRECIS_OK && rc != SQLITE_DONE) r = PRECIS_ERR_DB;
    }
    if (r == PRECIS_OK && rc != SQLITE_DONE) r = PRECIS_ERR_DB;
    if (r == PRECIS_ERR_DB) r = pr_error(st->ctx, r, "%s: cannot read stories: %s", st->path, sqlite3_errmsg(st->db));
    else if (r == PRECIS_ERR_NOMEM) r = pr_error(st->ctx, r, "%s: out of memory", st->path);
    sqlite3_finalize(s);
    sqlite3_finalize(m);
    if (r != PRECIS_OK) { precis_story_list_free(l); return r; }
    *out = l;
    return PRECIS_OK;
}

/* A document rebuilt from its stored cleaned text (not cleaned again, so it is exactly the
 * text that was stored), with its metadata. */
static precis_status stored_doc(precis_store *st, sqlite3_stmt *s, precis_doc **out)
{
    precis_doc *doc = pr_calloc(1, sizeof *doc);
    if (!doc) return PRECIS_ERR_NOMEM;
    doc->ctx = st->ctx;
    pr_buf_init(&doc->pool);
    doc->encoding = "utf-8";
    const char *col[5];
    for (int i = 0; i < 5; i++) col[i] = (const char *)sqlite3_column_text(s, i);
    const char *lang = (const char *)sqlite3_column_text(s, 5);
    const char *text = (const char *)sqlite3_column_text(s, 6);
    size_t tl = (size_t)sqlite3_column_bytes(s, 6);
    bool ok = (doc->id = pr_strdup(col[0] ? col[0] : "")) != NULL;
    char **dst[4] = {&doc->title, &doc->url, &doc->site, &doc->date};
    for (int i = 0; i < 4; i++) if (ok && col[i + 1] && !(*dst[i] = pr_strdup(col[i + 1]))) ok = false;
    if (ok && !(doc->text = pr_strndup(text ? text : "", tl))) ok = false;
    if (!ok) { precis_doc_free(doc); return PRECIS_ERR_NOMEM; }
    doc->text_len = tl;
    snprintf(doc->lang, sizeof doc->lang, "%s", lang ? lang : "und");
    precis_status r = pr_doc_analyse(doc);
    if (r != PRECIS_OK) { precis_doc_free(doc); return r; }
    *out = doc;
    return PRECIS_OK;
}

precis_status precis_store_load_story(precis_store *st, int64_t id, precis_story **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!st) return PRECIS_ERR_ARG;
    precis_status r = flush(st);
    if (r != PRECIS_OK) return r;
    /* follow merges */
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT merged_into FROM stories WHERE id = ?1", -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "cannot read stories");
    bool found = false;
    for (int hops = 0; hops < 1000; hops++) {
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, id);
        if (sqlite3_step(s) != SQLITE_ROW) break;
        found = true;
        if (sqlite3_column_type(s, 0) == SQLITE_NULL) break;
        id = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
    if (!found) return pr_error(st->ctx, PRECIS_ERR_NOTFOUND, "%s: no story %lld", st->path, (long long)id);
    precis_story *story = NULL;
    r = precis_story_new(st->ctx, &story);
    if (r != PRECIS_OK) return r;
    if (sqlite3_prepare_v2(st->db, "SELECT id, title, url, source, date, lang, text FROM articles"
                           " WHERE story = ?1 AND dup_of IS NULL ORDER BY seq", -1, &s, NULL) != SQLITE_OK) {
        precis_story_free(story);
        return db_fail(st, "cannot read articles");
    }
    sqlite3_bind_int64(s, 1, id);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        precis_doc *doc = NULL;
        r = stored_doc(st, s, &doc);
        if (r == PRECIS_OK && (r = precis_story_add(story, doc)) != PRECIS_OK) precis_doc_free(doc);
        if (r != PRECIS_OK) break;
    }
    if (r == PRECIS_OK && rc != SQLITE_DONE) r = pr_error(st->ctx, PRECIS_ERR_DB, "%s: cannot read articles: %s", st->path, sqlite3_errmsg(st->db));
    else if (r == PRECIS_ERR_NOMEM) r = pr_error(st->ctx, r, "%s: out of memory", st->path);
    sqlite3_finalize(s);
    if (r == PRECIS_OK && precis_story_doc_count(story) == 0)
        r = pr_error(st->ctx, PRECIS_ERR_NOTFOUND, "%s: story %lld has no articles", st->path, (long long)id);
    if (r != PRECIS_OK) { precis_story_free(story); return r; }
    *out = story;
    return PRECIS_OK;
}

/* ---- JSONL articles ---- */

#include <jansson.h>

precis_status precis_article_from_json(precis_ctx *ctx, const char *json, size_t len, precis_article **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!ctx || (!json && len)) return pr_error(ctx, PRECIS_ERR_ARG, "precis_article_from_json: invalid argument");
    if (len > ctx->opt.max_input_bytes)
        return pr_error(ctx, PRECIS_ERR_LIMIT, "line of %zu bytes is larger than the limit of %zu bytes", len,
                        ctx->opt.max_input_bytes);
    json_error_t err;
    json_t *o = json_loadb(json ? json : "", len, 0, &err);
    if (!o) {
        bool truncated = strstr(err.text, "premature end") || strstr(err.text, "end of file");
        return pr_error(ctx, PRECIS_ERR_FORMAT, "%s JSON at column %d: %s", truncated ? "truncated" : "invalid",
                        err.column > 0 ? err.column : (int)err.position + 1, err.text);
    }
    if (!json_is_object(o)) {
        json_decref(o);
        return pr_error(ctx, PRECIS_ERR_FORMAT, "not a JSON object");
    }
    static const char *const keys[] = {"id", "title", "url", "source", "date", "lang"};
    const char *val[6] = {0};
    char idnum[32];
    precis_status r = PRECIS_OK;
    for (int i = 0; i < 6 && r == PRECIS_OK; i++) {
        json_t *v = json_object_get(o, keys[i]);
        if (!v || json_is_null(v)) continue;
        if (json_is_string(v)) val[i] = json_string_value(v);
        else if (i == 0 && json_is_integer(v)) {
            snprintf(idnum, sizeof idnum, "%lld", (long long)json_integer_value(v));
            val[i] = idnum;
        } else r = pr_error(ctx, PRECIS_ERR_FORMAT, "\"%s\" is not a string", keys[i]);
    }
    json_t *body = json_object_get(o, "html");
    if (!body || json_is_null(body)) body = json_object_get(o, "text");
    if (r == PRECIS_OK && (!body || !json_is_string(body)))
        r = pr_error(ctx, PRECIS_ERR_FORMAT, body && !json_is_null(body) ? "\"text\" is not a string"
                                                                         : "no \"text\" or \"html\"");
    if (r != PRECIS_OK) { json_decref(o); return r; }
    size_t blen = json_string_length(body);
    /* one block: the struct, then the body, then each string */
    size_t need = sizeof(precis_article) + blen + 1;
    for (int i = 0; i < 6; i++) if (val[i]) need += strlen(val[i]) + 1;
    precis_article *a = pr_calloc(1, need);
    if (!a) { json_decref(o); return pr_error(ctx, PRECIS_ERR_NOMEM, "out of memory"); }
    char *p = (char *)(a + 1);
    memcpy(p, json_string_value(body), blen);
    p[blen] = '\0';
    a->data = p;
    a->len = blen;
    p += blen + 1;
    const char **dst[6] = {&a->id, &a->title, &a->url, &a->source, &a->date, &a->lang};
    for (int i = 0; i < 6; i++) {
        if (!val[i]) continue;
        size_t n = strlen(val[i]);
        memcpy(p, val[i], n + 1);
        *dst[i] = p;
        p += n + 1;
    }
    json_decref(o);
    *out = a;
    return PRECIS_OK;
}

void precis_article_free(precis_article *a) { pr_free(a); }
