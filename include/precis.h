/*
 * precis.h — libprecis: sourced briefs from many news articles about one event.
 *
 * This header is the whole public API and its manual.
 *
 * Usage
 * -----
 *     precis_options opt = precis_options_default();
 *     opt.words = 120;
 *     precis_ctx *ctx;
 *     if (precis_ctx_new(&opt, &ctx) != PRECIS_OK) ...;
 *     precis_story *story;
 *     precis_story_new(ctx, &story);
 *     for each file:
 *         precis_doc *doc;
 *         if (precis_doc_from_file(ctx, path, &doc) != PRECIS_OK)
 *             fprintf(stderr, "%s\n", precis_ctx_errmsg(ctx));
 *         else
 *             precis_story_add(story, doc);          // story now owns doc
 *     precis_brief *brief;
 *     precis_story_brief(story, &brief);
 *     char *out; size_t n;
 *     precis_brief_render(brief, PRECIS_FORMAT_TEXT, &out, &n);
 *     fwrite(out, 1, n, stdout);
 *     precis_free(out);
 *     precis_brief_free(brief); precis_story_free(story); precis_ctx_free(ctx);
 *
 * Rules
 * -----
 * Errors:    every fallible function returns a precis_status (PRECIS_OK == 0). A one-line
 *            detail message naming the input and the reason is kept on the context:
 *            precis_ctx_errmsg(). precis_strerror() names a status.
 * Ownership: a function that gives memory back says so: "owned by the caller, free with X".
 *            Everything else returned (const char *, spans) is borrowed from the handle it came
 *            from and stays valid until that handle is freed. Every X_free(NULL) is a no-op.
 * Threads:   the library has no global mutable state. A precis_ctx (and everything made from it)
 *            may be used by one thread at a time; use one context per thread.
 * Printing:  the library never prints. Diagnostics go to options.log if set.
 * Text:      all strings in and out are UTF-8. Input of any kind (invalid UTF-8, NUL bytes,
 *            legacy encodings, huge lines) is accepted or rejected with a clear status; it is
 *            never a crash or a hang. Byte offsets (spans) index a document's cleaned text.
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PRECIS_VERSION_MAJOR 0
#define PRECIS_VERSION_MINOR 1
#define PRECIS_VERSION_PATCH 0
#define PRECIS_VERSION_STRING "0.1.0"

#if defined(PRECIS_BUILDING) && defined(__GNUC__)
#define PRECIS_API __attribute__((visibility("default")))
#else
#define PRECIS_API
#endif

/* ==== Errors and version ================================================================ */

typedef enum precis_status {
    PRECIS_OK = 0,
    PRECIS_ERR_NOMEM,    /* out of memory; the operation had no effect */
    PRECIS_ERR_ARG,      /* invalid argument (NULL handle, bad option value) */
    PRECIS_ERR_IO,       /* a file could not be opened or read */
    PRECIS_ERR_EMPTY,    /* the input holds no text (empty, only whitespace or only boilerplate) */
    PRECIS_ERR_BINARY,   /* the input is not text (binary data) */
    PRECIS_ERR_FORMAT,   /* malformed structured input (JSON, gzip, ...) */
    PRECIS_ERR_LIMIT,    /* a documented size or depth cap was reached */
    PRECIS_ERR_NOTFOUND, /* no such item (story id, record) */
    PRECIS_ERR_DB        /* the store failed (SQLite error; see the message) */
} precis_status;

/* A static English name for a status. Never NULL. */
PRECIS_API const char *precis_strerror(precis_status status);
/* The library's version string, e.g. "0.1.0" (static). */
PRECIS_API const char *precis_version(void);
/* Frees memory that the library handed to the caller (rendered output, copies). NULL is a no-op. */
PRECIS_API void precis_free(void *p);

/* ==== Options =========================================================================== */

typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0, /* for people on a terminal */
    PRECIS_FORMAT_MARKDOWN,
    PRECIS_FORMAT_JSON,     /* documented in docs/json-format.md */
    PRECIS_FORMAT_HTML
} precis_format;

typedef enum precis_log_level { PRECIS_LOG_DEBUG, PRECIS_LOG_INFO, PRECIS_LOG_WARN } precis_log_level;
typedef void (*precis_log_fn)(void *userdata, precis_log_level level, const char *message);

/* Switches (precis_options.flags). */
#define PRECIS_OPT_KEEP_BOILERPLATE (1u << 0) /* do not drop non-article lines (for debugging) */
#define PRECIS_OPT_NO_FACTS         (1u << 1) /* skip figures, entities and quotes in briefs */
#define PRECIS_OPT_EXACT            (1u << 2) /* also solve sentence selection exactly (ILP,
                                               * GLPK) within time_cap_ms: slower, rarely better */
#define PRECIS_OPT_NO_ANALYSIS      (1u << 3) /* precis_doc_new stops after extraction, cleaning
                                               * and language: no sentences nor tokens (their
                                               * counts are 0) until the document joins a story,
                                               * which analyses it; precis_store_add_doc refuses
                                               * it (precis_store_add analyses what it reads).
                                               * For cleaning only (precis clean) */

typedef struct precis_options {
    unsigned words;          /* brief word budget (default 120) */
    char lang[8];            /* "auto" (default) or an ISO 639-1 code forced on every document */
    char labels[8];          /* language of the headings and labels of text, Markdown and HTML
                              * briefs ("Chiffres", "au moins 27 morts"): "auto" (default) = the
                              * story's language when data/labels has it, else English; or a code
                              * ("en"). JSON keeps its English keys whatever this says */
    unsigned flags;          /* PRECIS_OPT_* */
    size_t max_input_bytes;  /* larger inputs are rejected with PRECIS_ERR_LIMIT (default 64 MiB) */
    double time_cap_ms;      /* cap on the optimizing part of summarization (default 200 ms) */
    /* Stores (precis_store_*, see docs/store.md): the window of the in-memory indexes. A story
     * whose last article is older than story_window_days before the newest date seen (default
     * 6), a duplicate group older than copy_window_days (default 7), or, for articles without
     * a date, one not touched in the last window_articles additions (default 50,000) is no
     * longer matched and leaves memory; it stays in the file (listed, briefed). 0 = default. */
    double story_window_days;
    double copy_window_days;
    size_t window_articles;
    /* The wall clock of stores, in Unix seconds (0 = time(NULL) at each addition): an article
     * dated more than a day after it is not trusted for the windows (treated as undated there,
     * its date kept as given; precis_add_result.future_date). Set it to test or replay. */
    int64_t now;
    precis_log_fn log;       /* optional diagnostics sink */
    void *log_userdata;
    /* Directory of Hunspell dictionaries with morphological data, LANG.aff and LANG.dic (NULL =
     * /usr/share/hunspell; "" = none). The French one (Debian's hunspell-fr, from Grammalecte)
     * tells which words can be conjugated verbs: a summary leaves out a sentence without one
     * ("Une opération dénoncée par le président.") unless it follows the sentence it completes.
     * A language without such a dictionary (English) is summarized without that rule. The
     * dictionary loads the first time a context needs it: about 50 ms for Debian's whole French
     * one, about 12 ms for the one `make install` puts in PREFIX/share/precis/hunspell (cut to
     * the entries precis reads; the same readings), which the precis program uses. The
     * context keeps its own copy of the string; a dictionary not in UTF-8 is not used. */
    const char *dict_dir;
} precis_options;

/* The safe defaults. */
PRECIS_API precis_options precis_options_default(void);

/* ==== Context =========================================================================== */

typedef struct precis_ctx precis_ctx;

/* Makes a context from options (NULL = defaults); *out is owned by the caller, free with
 * precis_ctx_free(). */
PRECIS_API precis_status precis_ctx_new(const precis_options *options, precis_ctx **out);
PRECIS_API void precis_ctx_free(precis_ctx *ctx);
/* The options in force (borrowed). */
PRECIS_API const precis_options *precis_ctx_options(const precis_ctx *ctx);
/* The detail message of the last failed call made with this context: one line, naming the
 * input and the reason ("examples/x.bin: binary data, not text"). Borrowed; "" if none. */
PRECIS_API const char *precis_ctx_errmsg(const precis_ctx *ctx);

/* ==== Documents: one article, read, cleaned and analysed ================================= */

typedef struct precis_doc precis_doc;

/* Reads one article from memory: any encoding precis knows (UTF-8 with or without BOM,
 * Windows-1252/Latin-1, HTML with any declared charset, gzip of these), cleans it (drops
 * boilerplate lines), detects its language, splits sentences, tokenizes and stems.
 * `id` names the article in outputs (copied; NULL = derived from the content); `path` is
 * informational (copied; may be NULL). *out is owned by the caller, free with precis_doc_free()
 * (unless handed to a story). Fails with PRECIS_ERR_EMPTY, _BINARY, _LIMIT or _NOMEM. */
PRECIS_API precis_status precis_doc_new(precis_ctx *ctx, const char *id, const char *path,
                                        const void *data, size_t len, precis_doc **out);
/* Same, reading the file at `path`; the id is the file's base name without extension. */
PRECIS_API precis_status precis_doc_from_file(precis_ctx *ctx, const char *path, precis_doc **out);
PRECIS_API void precis_doc_free(precis_doc *doc);

/* Borrowed strings, valid while the document lives. NULL when unknown. */
PRECIS_API const char *precis_doc_id(const precis_doc *doc);
PRECIS_API const char *precis_doc_path(const precis_doc *doc);
PRECIS_API const char *precis_doc_title(const precis_doc *doc);
PRECIS_API const char *precis_doc_lang(const precis_doc *doc);   /* "fr", "en", ... or "und" */
/* The cleaned, NFC-normalized article text: paragraphs separated by "\n". */
PRECIS_API const char *precis_doc_text(const precis_doc *doc, size_t *len);
PRECIS_API size_t precis_doc_words(const precis_doc *doc);
/* Characters repaired: bytes not valid in the input encoding, NULs and control characters,
 * which became U+FFFD, and C1 controls (U+0080..U+009F), which became the Windows-1252
 * characters they stood for ("\u0097" is an em dash). */
PRECIS_API size_t precis_doc_repaired_bytes(const precis_doc *doc);
/* The input encoding as detected: "utf-8", "windows-1252", ... (static). */
PRECIS_API const char *precis_doc_encoding(const precis_doc *doc);

/* Lines dropped by the cleaner, with the reason ("comment-form", "bio", "menu", ...). */
PRECIS_API size_t precis_doc_removed_count(const precis_doc *doc);
PRECIS_API const char *precis_doc_removed_text(const precis_doc *doc, size_t i);
PRECIS_API const char *precis_doc_removed_reason(const precis_doc *doc, size_t i);

/* Sentences as byte spans [start, end) of precis_doc_text() (none for a document made with
 * PRECIS_OPT_NO_ANALYSIS that has not joined a story). */
PRECIS_API size_t precis_doc_sentence_count(const precis_doc *doc);
PRECIS_API void precis_doc_sentence(const precis_doc *doc, size_t i, size_t *start, size_t *end);

/* Tokens: spans of precis_doc_text(), with their lower-cased form and Snowball stem
 * (both borrowed). kind: 0 word, 1 number, 2 punctuation, 3 symbol. */
typedef struct precis_token {
    size_t start, end;
    const char *lower;
    const char *stem;
    int kind;
    int is_stopword;
} precis_token;
PRECIS_API size_t precis_doc_token_count(const precis_doc *doc);
PRECIS_API void precis_doc_token(const precis_doc *doc, size_t i, precis_token *tok);

/* ==== Text utilities (each stage usable alone) ========================================== */

/* Splits `text` (UTF-8, `len` bytes) into sentences for language `lang` ("fr", "en", NULL =
 * generic rules); a line break always ends a sentence. Returns the number of sentences; the
 * first `cap` spans are written to starts/ends (may be NULL to count). `ctx` may be NULL. Never
 * allocates; text beyond 4 GiB - 1 bytes is not split. Method and measures: docs/sentences.md. */
PRECIS_API size_t precis_split_sentences(precis_ctx *ctx, const char *lang, const char *text,
                                         size_t len, size_t *starts, size_t *ends, size_t cap);
/* Guesses the language of a text: "fr", "en", "de", ... or "und". Static string. */
PRECIS_API const char *precis_detect_lang(precis_ctx *ctx, const char *text, size_t len);

/* ==== Stories and briefs =================================================================== */

typedef struct precis_story precis_story;
typedef struct precis_brief precis_brief;

/* An empty story; owned by the caller, free with precis_story_free(). */
PRECIS_API precis_status precis_story_new(precis_ctx *ctx, precis_story **out);
/* Adds a document; on PRECIS_OK the story owns `doc` (do not free it). On failure the caller
 * still owns it. */
PRECIS_API precis_status precis_story_add(precis_story *story, precis_doc *doc);
PRECIS_API size_t precis_story_doc_count(const precis_story *story);
/* The i-th document, borrowed from the story. */
PRECIS_API const precis_doc *precis_story_doc(const precis_story *story, size_t i);
PRECIS_API void precis_story_free(precis_story *story);

/* Writes the brief of a story within options.words words (whole sentences; when not one fits,
 * the best sentence cut to the budget, ending in "…"). *out is owned by the caller, free
 * with precis_brief_free(). The story must outlive the brief. */
PRECIS_API precis_status precis_story_brief(precis_story *story, precis_brief **out);
PRECIS_API void precis_brief_free(precis_brief *brief);

/* Summary sentences, in reading order. Text borrowed from the brief. A quotation that spans
 * sentences in its article is one item, all of it ("\"We are surprised. We were not told,\" she
 * said."), never half of it. */
PRECIS_API size_t precis_brief_sentence_count(const precis_brief *brief);
PRECIS_API const char *precis_brief_sentence_text(const precis_brief *brief, size_t i);
/* Documents (indexes into the story) reporting the content of sentence i: n written to `docs`
 * (capacity cap); returns the total. The first is the one the text was taken from. */
PRECIS_API size_t precis_brief_sentence_sources(const precis_brief *brief, size_t i, size_t *docs,
                                                size_t cap);
PRECIS_API size_t precis_brief_words(const precis_brief *brief);

/* Renders the brief. *out (NUL-terminated, *len bytes without the NUL) is owned by the caller,
 * free with precis_free(). */
PRECIS_API precis_status precis_brief_render(const precis_brief *brief, precis_format format,
                                             char **out, size_t *len);

/* ==== Facts: figures, entities, quotes (see docs/facts.md) ================================ */

/* -- Numbers: "27", "7 000", "120.000", "3,5 millions", "vingt-sept", "a dozen", "3/4", "12 %" */
typedef enum precis_number_kind {
    PRECIS_NUMBER_CARDINAL = 0, /* integers and decimals, in digits or words */
    PRECIS_NUMBER_FRACTION,     /* "3/4", "deux tiers", "one and a half" */
    PRECIS_NUMBER_PERCENT,      /* "12 %", "vingt pour cent"; value is 12, not 0.12 */
    PRECIS_NUMBER_ORDINAL       /* "3e", "troisième", "21st" (only with PRECIS_NUMBERS_ORDINALS) */
} precis_number_kind;

#define PRECIS_NUMBER_WORDS   (1u << 0) /* written, at least partly, in words */
#define PRECIS_NUMBER_VAGUE   (1u << 1) /* "des dizaines", "dozens", "hundreds": value is the unit */
#define PRECIS_NUMBER_ARTICLE (1u << 2) /* only "un"/"une": maybe an article, not a count */
#define PRECIS_NUMBER_GLUED   (1u << 3) /* letters glued to the digits: "29km", "14h30" */
#define PRECIS_NUMBER_NOVALUE (1u << 4) /* no value given ("a percentage"): value is NaN */
#define PRECIS_NUMBER_FROM_END (1u << 5)     /* relative ordinal: value is an offset from the end
                                               * ("last" 0, "avant-dernier" -1) */
#define PRECIS_NUMBER_FROM_CURRENT (1u << 6) /* relative ordinal: offset from the current item ("next" 1) */

typedef struct precis_number {
    size_t start, end;  /* byte span [start, end) in the text searched */
    size_t num_end;     /* end of the number alone (percents: before "%" or "pour cent") */
    double value;
    int kind;           /* precis_number_kind */
    unsigned flags;     /* PRECIS_NUMBER_* */
} precis_number;

/* Modes of precis_numbers_find(). */
#define PRECIS_NUMBERS_ORDINALS (1u << 0) /* report ordinals instead of cardinals/fractions/percents */

/* Finds the numbers in text[0..len) (UTF-8) for language lang ("fr", "en"; NULL or other:
 * both word tables). Writes the first `cap` results to out (NULL to count only), in text order,
 * and their total to *count. Linear time; fails only with PRECIS_ERR_NOMEM or _ARG. */
PRECIS_API precis_status precis_numbers_find(const char *lang, const char *text, size_t len,
                                             unsigned mode, precis_number *out, size_t cap,
                                             size_t *count);

/* -- Figures, entities, quotes of a story. Rendered as JSON:
 *   {"figures": [{"what", "values": [{"value", "qualifier", "sources", "text"}],
 *                 "status": "agree"|"compatible"|"disagree"|"rising"}],
 *    "entities": [{"name", "type", "variants", "role"?, "mentions", "sources"}],
 *    "quotes": [{"text", "speaker", "source"}]}
 * (docs/facts.md); text and Markdown show the same. */
typedef struct precis_facts precis_facts;
/* Extracts the facts of a story. *out is owned by the caller, free with precis_facts_free();
 * the story must outlive it. Fails only with PRECIS_ERR_NOMEM or _ARG. */
PRECIS_API precis_status precis_story_facts(const precis_story *story, precis_facts **out);
PRECIS_API void precis_facts_free(precis_facts *facts);
/* Renders facts (PRECIS_FORMAT_HTML renders as Markdown). *out (NUL-terminated, *len bytes) is
 * owned by the caller, free with precis_free(). */
PRECIS_API precis_status precis_facts_render(const precis_facts *facts, precis_format format,
                                             char **out, size_t *len);

/* ==== Extraction: main text and metadata of pages (see docs/clean.md) ===================== */

/* Metadata of a document read from a web page (NULL when the page does not give it, and for
 * plain text). Borrowed strings, valid while the document lives. The title is
 * precis_doc_title(); the language precis_doc_lang().
 *   authors      "Jane Doe, John Roe" (meta tags, JSON-LD, itemprop/rel="author")
 *   date         publication date, ISO 8601: "2023-09-19" or "2023-09-19T10:30:00+02:00"
 *   site         the site's name ("Le Monde"), from og:site_name or the JSON-LD publisher
 *   url          the canonical URL (link rel="canonical", og:url)
 *   description  the page's own summary (meta description, og:description) */
PRECIS_API const char *precis_doc_authors(const precis_doc *doc);
PRECIS_API const char *precis_doc_date(const precis_doc *doc);
PRECIS_API const char *precis_doc_site(const precis_doc *doc);
PRECIS_API const char *precis_doc_url(const precis_doc *doc);
PRECIS_API const char *precis_doc_description(const precis_doc *doc);

/* ==== Store, deduplication and stories from a stream (see docs/store.md) ================== */

/* A store is one SQLite file (WAL mode) holding articles, duplicate groups and stories. Articles
 * are added one at a time: each is analysed (precis_doc_new), compared with the articles already
 * stored (exact copies by hash, near copies by MinHash/LSH) and put into a story (online
 * clustering: it joins the most similar recent story or starts one). Additions are grouped in
 * transactions; precis_store_commit() (or closing) makes them durable: a crash loses at most
 * the additions since the last commit and never corrupts the file. Adding an id that is already
 * stored changes nothing, so re-adding the same input is idempotent.
 * One store handle per thread; it borrows the context it was opened with. */
typedef struct precis_store precis_store;

#define PRECIS_STORE_READONLY (1u << 0) /* open an existing store for reading only */

/* Opens (creating it if needed, unless PRECIS_STORE_READONLY) the store at `path` (":memory:"
 * for a store that lives only in memory), migrating an older schema. *out is owned by the
 * caller, free with precis_store_close(). Fails with PRECIS_ERR_DB (not a precis store, newer
 * schema, locked, ...), _IO or _NOMEM; the message is on the context. */
PRECIS_API precis_status precis_store_open(precis_ctx *ctx, const char *path, unsigned flags,
                                           precis_store **out);
/* Commits pending additions and closes. NULL is a no-op. Returns the commit's status. */
PRECIS_API precis_status precis_store_close(precis_store *store);
/* Makes every addition so far durable (one transaction). Additions are also committed
 * automatically every 2,000 articles. */
PRECIS_API precis_status precis_store_commit(precis_store *store);

/* One article to add. Strings are UTF-8 and NUL-terminated; NULL when unknown. */
typedef struct precis_article {
    const char *id;        /* the article's id; NULL: a stable id from the content ("h" + hex) */
    const void *data;      /* the text or HTML page (sniffed), any input precis_doc_new reads */
    size_t len;
    const char *title;     /* overrides a title found in the data */
    const char *url, *source;
    const char *date;      /* ISO 8601 ("2023-09-19", "2023-09-19T10:30:00Z", "...+02:00") */
    const char *lang;      /* ISO 639-1 code; NULL: detected */
    const char *path;      /* where it came from, for messages ("feed.jsonl:12"); may be NULL */
} precis_article;

/* Parses one JSON object (a line of a JSONL stream) into an article: "id" (string or number),
 * "text" or "html", and optional "title", "url", "date", "source", "lang" (null = absent; other
 * keys are ignored). *out and its strings are owned by the caller, free with
 * precis_article_free(). Fails with PRECIS_ERR_FORMAT and a message giving the reason and the
 * column ("invalid JSON at column 17: end of file expected", "no \"text\" or \"html\"").
 * `len` is capped by options.max_input_bytes (PRECIS_ERR_LIMIT). */
PRECIS_API precis_status precis_article_from_json(precis_ctx *ctx, const char *json, size_t len,
                                                  precis_article **out);
PRECIS_API void precis_article_free(precis_article *article);
/* Reads an article as a document (precis_doc_new on its data, named by its id), for a story
 * (precis_story_add) rather than a store: its url, title, date and source (as the site) win
 * over what was found in the data, and a stated lang over the detected one (unless the
 * context forces a language). *out is owned by the caller, free with precis_doc_free()
 * (unless handed to a story). Fails as precis_doc_new, or with PRECIS_ERR_ARG. */
PRECIS_API precis_status precis_doc_from_article(precis_ctx *ctx, const precis_article *article,
                                                 precis_doc **out);

typedef enum precis_add_kind {
    PRECIS_ADD_NEW = 0,    /* a new article, not a copy of a stored one */
    PRECIS_ADD_COPY,       /* an exact copy (same words) of a stored article */
    PRECIS_ADD_NEAR_COPY,  /* a near copy (re-post, edited or re-headed wire copy) */
    PRECIS_ADD_EXISTS      /* the id is already stored: nothing changed */
} precis_add_kind;

/* What happened to an added article. Strings are borrowed from the store and valid until the
 * next call on it. */
typedef struct precis_add_result {
    precis_add_kind kind;
    const char *id;        /* the article's id (given or derived) */
    const char *copy_of;   /* COPY / NEAR_COPY: the id of the first article of its group */
    double similarity;     /* NEAR_COPY: estimated share of common 4-word runs; story
                              similarity otherwise (0 for a new story) */
    int64_t story;         /* the story it is in now (after any merge it caused) */
    int new_story;         /* 1 if it started the story */
    int64_t merged_story;  /* a story merged into `story` by this addition, or 0 */
    int future_date;       /* 1 if its date is more than a day after the clock (options.now):
                              kept as given but not used to age the windows */
} precis_add_result;

/* Adds one article. `result` may be NULL. Fails with the statuses of precis_doc_new (the
 * article is not stored; the store is unchanged) or PRECIS_ERR_DB / _NOMEM. */
PRECIS_API precis_status precis_store_add(precis_store *store, const precis_article *article,
                                          precis_add_result *result);
/* Adds an analysed document (borrowed: the caller still owns and frees it); `date` and
 * `source` as in precis_article (NULL: the document's own metadata). */
PRECIS_API precis_status precis_store_add_doc(precis_store *store, const precis_doc *doc,
                                              const char *date, const char *source,
                                              precis_add_result *result);

/* Counts over the whole store. */
typedef struct precis_store_stats {
    size_t articles;       /* stored articles, copies included */
    size_t copies;         /* of which exact or near copies of another */
    size_t stories;        /* live stories (merged ones not counted) */
    int schema_version;
} precis_store_stats;
PRECIS_API precis_status precis_store_stats_get(precis_store *store, precis_store_stats *out);

/* A listing of stories, most recently active first. */
typedef struct precis_story_list precis_story_list;
typedef struct precis_story_info {
    int64_t id;
    const char *title;        /* a headline of the story (its first titled article), or NULL */
    size_t articles;          /* member articles, copies included */
    size_t sources;           /* independent sources: duplicate groups among the members */
    const char *first_seen;   /* ISO 8601 (article dates, else the time they were added) */
    const char *last_seen;
    size_t n_members;
    const char *const *members; /* member article ids, oldest first */
} precis_story_info;

/* Stories last seen at or after `since` (ISO 8601 date or time; NULL = all), at most `limit`
 * (0 = no limit). *out is owned by the caller, free with precis_story_list_free(). */
PRECIS_API precis_status precis_store_stories(precis_store *store, const char *since, size_t limit,
                                              precis_story_list **out);
PRECIS_API size_t precis_story_list_count(const precis_story_list *list);
/* Fills *info with story i; its strings are borrowed from the list. */
PRECIS_API void precis_story_list_get(const precis_story_list *list, size_t i,
                                      precis_story_info *info);
PRECIS_API void precis_story_list_free(precis_story_list *list);

/* Loads stored story `id` (a merged story's old id is followed to the story it joined) as a
 * precis_story for precis_story_brief(): one document per independent source (the first
 * article of each duplicate group), in the order they were added. *out is owned by the
 * caller, free with precis_story_free(). PRECIS_ERR_NOTFOUND when there is no such story. */
PRECIS_API precis_status precis_store_load_story(precis_store *store, int64_t id,
                                                 precis_story **out);

/* ==== Evaluation (see docs/quality.md) ===================================================== */

/* -- ROUGE (definition in docs/rouge.md): ROUGE-1, ROUGE-2 and ROUGE-L of summaries against
 * reference summaries, accumulated over clusters. Unicode word tokens, lower-cased, accents kept;
 * the summary is cut to a word budget like ROUGE-1.5.5 -l; scores are averaged over the
 * references of a cluster, then over clusters. */
typedef struct precis_rouge precis_rouge;
typedef struct precis_rouge_score { double recall, precision, f1; } precis_rouge_score;
typedef struct precis_rouge_scores { precis_rouge_score r1, r2, rl; } precis_rouge_scores;

#define PRECIS_ROUGE_STEM (1u << 0) /* compare Snowball stems of the scorer's language */

/* An empty accumulator for language `lang` ("fr", "en"; its stemmer is used with
 * PRECIS_ROUGE_STEM; a language without one is scored unstemmed, see precis_rouge_stems()).
 * *out is owned by the caller, free with precis_rouge_free(). */
PRECIS_API precis_status precis_rouge_new(precis_ctx *ctx, const char *lang, unsigned flags,
                                          precis_rouge **out);
PRECIS_API void precis_rouge_free(precis_rouge *r);
/* 1 when the accumulator really stems, else 0. */
PRECIS_API int precis_rouge_stems(const precis_rouge *r);
/* Scores one cluster: `summary` (NULL or "" scores 0) cut to its first `budget_words` tokens
 * (0 = no cut) against refs[0..nrefs). Writes the cluster's scores to *out (may be NULL) and adds
 * them to the means. Empty references are ignored; PRECIS_ERR_EMPTY (nothing added) when no
 * reference has a word. */
PRECIS_API precis_status precis_rouge_add(precis_rouge *r, const char *summary,
                                          const char *const *refs, size_t nrefs,
                                          unsigned budget_words, precis_rouge_scores *out);
/* Mean scores over the clusters added so far (zeros if none) into *mean (may be NULL); returns
 * the number of clusters; *with_output (may be NULL) gets how many had a non-empty summary. */
PRECIS_API size_t precis_rouge_mean(const precis_rouge *r, precis_rouge_scores *mean,
                                    size_t *with_output);

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_H */
