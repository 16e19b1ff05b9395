/*
 * internal.h — shared internals of libprecis (never installed).
 *
 * Memory: every allocation goes through pr_malloc/pr_calloc/pr_realloc/pr_strdup (alloc.c), so
 * that tests can fail the N-th allocation. Out of memory is reported as PRECIS_ERR_NOMEM, never
 * an abort.
 * Names: internal cross-file helpers use the pr_ prefix; public ones precis_.
 */
#ifndef PRECIS_INTERNAL_H
#define PRECIS_INTERNAL_H

#include "precis.h"
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct sb_stemmer;
struct Hunhandle;

/* Does s[0..n) hold the string w (not empty)? */
static inline bool pr_span_has(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    for (size_t i = 0; m && i + m <= n; i++)
        if (s[i] == w[0] && !memcmp(s + i, w, m)) return true;
    return false;
}

/* ---- allocation (alloc.c) ---- */
void *pr_malloc(size_t n);
void *pr_calloc(size_t n, size_t size);
void *pr_realloc(void *p, size_t n);
char *pr_strdup(const char *s);
char *pr_strndup(const char *s, size_t n);
void pr_free(void *p);
/* Test hook: make the n-th allocation from now fail (0 = never). Not thread-safe; tests only. */
void pr_alloc_fail_after(long n);

/* Grows *arr (of *cap elements of `size` bytes) to hold at least `need`; false on OOM. */
bool pr_grow(void **arr, size_t *cap, size_t need, size_t size);
#define PR_GROW(arr, cap, need) pr_grow((void **)&(arr), &(cap), (need), sizeof(*(arr)))

/* ---- byte buffer (buf.c) ---- */
typedef struct pr_buf {
    char *data; /* always NUL-terminated when len > 0 or after pr_buf_cstr() */
    size_t len, cap;
    bool oom;   /* sticky: set when an append failed */
} pr_buf;
void pr_buf_init(pr_buf *b);
void pr_buf_free(pr_buf *b);
void pr_buf_clear(pr_buf *b);
bool pr_buf_put(pr_buf *b, const void *p, size_t n);
bool pr_buf_reserve(pr_buf *b, size_t n);             /* room for n more bytes (and the NUL) */
bool pr_buf_puts(pr_buf *b, const char *s);
bool pr_buf_putc(pr_buf *b, char c);
bool pr_buf_printf(pr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool pr_buf_put_cp(pr_buf *b, int32_t cp);            /* one code point as UTF-8 */
const char *pr_buf_cstr(pr_buf *b);                   /* "" when empty */
char *pr_buf_detach(pr_buf *b, size_t *len);          /* caller owns; buffer reset */

/* ---- UTF-8 helpers (utf8.c) ---- */
/* The ASCII cases are inline (they are most of the text); the rest calls utf8.c. */
int32_t pr_utf8_next_mb(const char *s, size_t n, size_t *i);
bool pr_cp_is_letter_u(int32_t cp);
bool pr_cp_is_digit_u(int32_t cp);
bool pr_cp_is_upper_u(int32_t cp);
bool pr_cp_is_lower_u(int32_t cp);
bool pr_cp_is_space_u(int32_t cp);
bool pr_cp_is_punct_u(int32_t cp);
/* Decodes one code point at s[*i] (n bytes total); advances *i; returns -1 on invalid input
 * (and advances by one byte). */
static inline int32_t pr_utf8_next(const char *s, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c < 0x80) { (*i)++; return (int32_t)c; }
    return pr_utf8_next_mb(s, n, i);
}
/* Length of the code point ending just before s[i], 1..4 (1 if invalid). */
size_t pr_utf8_prev_len(const char *s, size_t i);
int pr_utf8_encode(int32_t cp, char out[4]);
/* The Windows-1252 character of byte c (0x00..0xFF): c itself but for 0x80..0x9F, whose
 * five undefined positions give U+FFFD. */
int32_t pr_cp1252(unsigned char c);
static inline bool pr_cp_is_letter(int32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return pr_cp_is_letter_u(cp);
}
static inline bool pr_cp_is_digit(int32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return pr_cp_is_digit_u(cp);
}
static inline bool pr_cp_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return pr_cp_is_upper_u(cp);
}
static inline bool pr_cp_is_lower(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return pr_cp_is_lower_u(cp);
}
/* includes NBSP, narrow NBSP, thin space */
static inline bool pr_cp_is_space(int32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return pr_cp_is_space_u(cp);
}
static inline bool pr_cp_is_punct(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
               (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
    return pr_cp_is_punct_u(cp);
}
bool pr_cp_is_dash(int32_t cp);
bool pr_cp_is_bullet(int32_t cp); /* •, ▪, ◦, ●, ■ … opening a list item */
bool pr_cp_is_apostrophe(int32_t cp);
bool pr_cp_is_mark(int32_t cp);        /* combining mark (Mn, Mc, Me) */
bool pr_cp_is_word(int32_t cp);        /* letter, mark or number: what ROUGE and budgets count */
int32_t pr_cp_lower(int32_t cp);
/* Quotation marks open at a point of a text read forwards: « » and “ ” nest (a closing mark
 * with none open is ignored), straight quotes alternate. pr_quotes_step() takes each code point
 * in turn; a quotation is open when pr_quotes_open(). */
typedef struct pr_quotes { int guil, curly; bool straight; } pr_quotes;
static inline void pr_quotes_step(pr_quotes *q, int32_t cp)
{
    if (cp == 0xAB) q->guil++;
    else if (cp == 0xBB) { if (q->guil) q->guil--; }
    else if (cp == 0x201C) q->curly++;
    else if (cp == 0x201D) { if (q->curly) q->curly--; }
    else if (cp == '"') q->straight = !q->straight;
}
static inline bool pr_quotes_open(const pr_quotes *q) { return q->guil || q->curly || q->straight; }
/* Lower-cased (case-folded, NFC) copy of s[0..n): caller owns, pr_free. */
char *pr_utf8_lower(const char *s, size_t n, size_t *outlen);
/* Sorts v[0, n) and drops repeats in place; returns the new count (summarize.c: concept ids,
 * quotes' word pairs in facts.c). */
size_t pr_u32_uniq(uint32_t *v, size_t n);
/* How many values the sorted, repeat-free a[0, na) and b[0, nb) have in common. */
static inline size_t pr_u32_shared(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t i = 0, j = 0, m = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) { m++; i++; j++; }
        else if (a[i] < b[j]) i++;
        else j++;
    }
    return m;
}
/* Appends the same lower-cased form to b (no NUL counted in b->len); false on OOM. */
bool pr_utf8_lower_put(pr_buf *b, const char *s, size_t n);

/* Decoding of raw input (decode.c): detects binary data, BOMs, UTF-8 vs Windows-1252,
 * repairs invalid bytes to U+FFFD (counted), maps NUL to U+FFFD, normalizes to NFC,
 * CRLF/CR to LF. *out owned by the caller (pr_free). */
typedef struct pr_decoded {
    char *text;
    size_t len;
    size_t repaired;        /* invalid bytes replaced by U+FFFD */
    const char *encoding;   /* static name */
} pr_decoded;
precis_status pr_decode_text(const char *data, size_t len, pr_decoded *out, const char **why);

/* ---- string interning (intern.c): dense ids for strings, for term statistics ---- */
typedef struct pr_intern {
    pr_buf pool;          /* NUL-terminated strings */
    uint32_t *offs;       /* id -> offset in pool */
    size_t n, cap;
    uint64_t *slots;      /* open addressing: hash << 32 | (id + 1), 0 = empty */
    size_t nslots;
} pr_intern;
void pr_intern_init(pr_intern *in);
void pr_intern_free(pr_intern *in);
/* Id of s[0..n), adding it if new; UINT32_MAX on OOM. */
uint32_t pr_intern_add(pr_intern *in, const char *s, size_t n);
/* Id of s[0..n) or UINT32_MAX if absent. */
uint32_t pr_intern_find(const pr_intern *in, const char *s, size_t n);
static inline const char *pr_intern_str(const pr_intern *in, uint32_t id) { return in->pool.data + in->offs[id]; }
uint64_t pr_hash64(const void *data, size_t n);

/* ---- language data (generated from data/<table>/<lang>.txt by tools/gen_langdata.sh) ---- */
typedef struct pr_wordlist {
    const char *table; /* "stopwords", "abbrev", ... */
    const char *lang;  /* "fr", "en", ... */
    const char *text;         /* the words, sorted by strcmp and unique, each ending in NUL, one
                               * after the other (one array: no relocation per word) */
    const uint32_t *offs;     /* where each word starts in text: pr_wordlist_word() */
    size_t n;
    const uint16_t *lens;     /* byte length of each word */
    const uint32_t *slots;    /* open addressing, FNV-1a 32: word index + 1, 0 = empty */
    size_t nslots;            /* a power of two */
    const uint32_t *kslots;   /* a "key<TAB>value" table's keys, the same way (nslots); else NULL */
} pr_wordlist;
/* Word k of a list (k < wl->n). */
static inline const char *pr_wordlist_word(const pr_wordlist *wl, size_t k) { return wl->text + wl->offs[k]; }
extern const pr_wordlist pr_langdata[];
extern const size_t pr_langdata_count;
/* Open addressing over pr_langdata by FNV-1a of "table/lang": index + 1, 0 for empty. */
extern const uint32_t pr_langdata_slots[];
extern const size_t pr_langdata_nslots;
/* The list for (table, lang), or NULL. */
const pr_wordlist *pr_wordlist_get(const char *table, const char *lang);
bool pr_wordlist_has(const pr_wordlist *wl, const char *word);
/* The same with the word's hash already computed (FNV-1a 32, as the generated tables). */
#define PR_WORDLIST_HASH0 2166136261u
static inline uint32_t pr_wordlist_hash_step(uint32_t h, unsigned c) { return (h ^ c) * 16777619u; }
/* h carried on over the bytes s[0..n) (from PR_WORDLIST_HASH0: the hash of s). */
static inline uint32_t pr_wordlist_hash_more(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) h = pr_wordlist_hash_step(h, (unsigned char)s[i]);
    return h;
}
static inline bool pr_wordlist_hasn_h(const pr_wordlist *wl, const char *word, size_t n, uint32_t h)
{
    if (!wl || !wl->nslots) return false;
    size_t mask = wl->nslots - 1;
    for (size_t k = h & mask;; k = (k + 1) & mask) {
        uint32_t v = wl->slots[k];
        if (!v) return false;
        if (wl->lens[v - 1] == n && memcmp(wl->text + wl->offs[v - 1], word, n) == 0) return true;
    }
}
/* Inline: called for every token by several passes. */
static inline bool pr_wordlist_hasn(const pr_wordlist *wl, const char *word, size_t n)
{
    if (!wl || !wl->nslots) return false;
    return pr_wordlist_hasn_h(wl, word, n, pr_wordlist_hash_more(PR_WORDLIST_HASH0, word, n));
}

/* ---- languages (lang.c) ---- */
/* Known languages: code, Snowball algorithm name. */
typedef struct pr_lang {
    const char *code;     /* ISO 639-1 */
    const char *snowball; /* libstemmer algorithm name */
} pr_lang;
const pr_lang *pr_lang_get(const char *code); /* NULL if unknown */
const char *pr_lang_detect(const char *text, size_t len); /* static code or "und" */
/* pr_lang_detect(), and in *share (when not NULL) the share of the words of text (its first
 * 32 KiB) in the stopword list of language code (0 for a language precis has no list for):
 * one reading of the text for both. */
const char *pr_lang_detect_share(const char *text, size_t len, const char *code, float *share);
/* That share alone (one word list read instead of every language's). */
float pr_lang_share(const char *code, const char *text, size_t len);
bool pr_is_stopword(const char *lang, const char *lower, size_t n);

/* ---- context (ctx.c) ---- */
#define PR_MAX_STEMMERS 16
struct precis_ctx {
    precis_options opt;
    char err[512];
    struct { const char *lang; struct sb_stemmer *st; } stemmers[PR_MAX_STEMMERS];
    size_t n_stemmers;
    struct { const char *lang; struct Hunhandle *h; } morphs[PR_MAX_STEMMERS]; /* pr_ctx_morph */
    size_t n_morphs;
    char *dict_dir;    /* opt.dict_dir's copy, owned */
    /* Stem cache (pr_ctx_stem): open addressing, the word then its stem in stem_pool. */
    /* It also holds pr_ctx_morph's verdicts (a one-byte value; lang = 0x80 | the dictionary). */
    struct pr_stem_slot { uint32_t hash, off; uint16_t klen1, slen; uint8_t lang; } *stem_slots;
    size_t stem_nslots, stem_n;
    pr_buf stem_pool;
};
/* Sets the context's detail message; returns st. */
precis_status pr_error(precis_ctx *ctx, precis_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void pr_log(precis_ctx *ctx, precis_log_level lvl, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Stemmer for a language (lazily created), or NULL when there is none. */
struct sb_stemmer *pr_ctx_stemmer(precis_ctx *ctx, const char *lang);
/* Snowball stem of the lower-case word w[0..n) by st (one of ctx's stemmers), cached per
 * context (Snowball costs ~2,000 instructions a word; news repeats its words). Returns NULL
 * when st is NULL or stemming failed (out of memory); else a pointer owned by the context,
 * valid until the next call, of *outlen bytes (not NUL-terminated). */
const char *pr_ctx_stem(precis_ctx *ctx, struct sb_stemmer *st, const char *w, size_t n, size_t *outlen);
/* What the language's morphological dictionary (precis_options.dict_dir) says the lower-case
 * word w[0..n) can be: PR_MORPH_FINITE (a conjugated verb: "dénonce", "a", "sont"),
 * PR_MORPH_NOMINAL (a noun: "président", "opération") and the others below, any of them
 * together, or 0 (none, or unknown). -1 when the language has no such dictionary. Cached per
 * context. */
#define PR_MORPH_FINITE 1
#define PR_MORPH_NOMINAL 2
#define PR_MORPH_DETPREP 4 /* a determiner or a preposition ("le", "du", "en", "par") */
#define PR_MORPH_PREVERB 8 /* a pronoun before a verb ("le", "en", "leur", "ne") */
#define PR_MORPH_SUBJ 16   /* a subject or relative pronoun ("il", "on", "qui") */
#define PR_MORPH_GRAM 32   /* a grammatical word: adverb, conjunction, preposition, pronoun
                            * ("plus", "entre", "contre", "cela", "soit") */
int pr_ctx_morph(precis_ctx *ctx, const char *lang, const char *w, size_t n);

/* ---- documents (doc.c) ---- */
typedef enum pr_tok_kind { PR_TOK_WORD = 0, PR_TOK_NUM = 1, PR_TOK_PUNCT = 2, PR_TOK_SYM = 3 } pr_tok_kind;
#define PR_TF_STOP    (1u << 0) /* stopword */
#define PR_TF_CAP     (1u << 1) /* starts with an upper-case letter */
#define PR_TF_ALLCAP  (1u << 2)
#define PR_TF_SENT0   (1u << 3) /* first word of its sentence */
#define PR_TF_ASCII   (1u << 4) /* its text is ASCII, shorter than 63 bytes: its lower-case form is its
                                   * fold (pr_fold()), which table lookups use as it is */

typedef struct pr_token {
    uint32_t start, end;   /* span in doc->text */
    uint32_t lower;        /* offset in doc->pool (NUL-terminated) */
    uint32_t stem;         /* offset in doc->pool (NUL-terminated) */
    uint32_t sent;         /* sentence index */
    uint8_t kind;
    uint8_t flags;
} pr_token;

typedef struct pr_sent {
    uint32_t start, end;   /* span in doc->text */
    uint32_t tok0, tok1;   /* tokens [tok0, tok1) */
    uint32_t para;         /* paragraph index */
    uint32_t words;        /* word + number tokens */
    uint32_t pos;          /* position in the document's sentences (0-based) */
} pr_sent;

typedef struct pr_removed {
    char *text;
    const char *reason;    /* static */
} pr_removed;

struct precis_doc {
    precis_ctx *ctx;
    char *id, *path, *title, *url, *date, *site, *authors, *description;
    char lang[8];
    const char *encoding;
    size_t repaired;
    char *text; size_t text_len;       /* cleaned NFC text, paragraphs separated by '\n' */
    pr_removed *removed; size_t n_removed, cap_removed;
    pr_sent *sents; size_t n_sents, cap_sents;
    pr_token *toks; size_t n_toks, cap_toks;
    pr_buf pool;                        /* lower/stem strings of tokens */
    size_t words;
    bool analysed;                      /* sentences and tokens made (PRECIS_OPT_NO_ANALYSIS) */
};
/* Records a dropped line (copied). */
bool pr_doc_add_removed(precis_doc *doc, const char *text, size_t n, const char *reason);
/* Re-runs sentence splitting and tokenization over doc->text (after the text changed). */
precis_status pr_doc_analyse(precis_doc *doc);
static inline const char *pr_tok_lower(const precis_doc *d, const pr_token *t) { return d->pool.data + t->lower; }
static inline const char *pr_tok_stem(const precis_doc *d, const pr_token *t) { return d->pool.data + t->stem; }
/* The dictionary's reading of token t, lowercased (pr_ctx_morph: PR_MORPH_* bits, -1 with no
 * dictionary for d's language). */
static inline int pr_tok_morph(precis_ctx *ctx, const precis_doc *d, const pr_token *t)
{
    const char *lw = pr_tok_lower(d, t);
    return pr_ctx_morph(ctx, d->lang, lw, strlen(lw));
}
/* Is token t an apostrophe, straight or curly (the mark of an elision: "l'", "d’")? */
static inline bool pr_tok_apostrophe(const precis_doc *d, const pr_token *t)
{
    const char *p = d->text + t->start;
    size_t pl = t->end - t->start;
    return (pl == 1 && *p == '\'') || (pl == 3 && !memcmp(p, "\xe2\x80\x99", 3));
}

/* ---- sentence splitting (sentence.c) ---- */
typedef struct pr_span { uint32_t start, end; } pr_span;
/* Splits text[0..len) into sentences; appends spans to *out (growing it). Paragraph breaks
 * ('\n') always end a sentence. Returns false on OOM. */
bool pr_split_sentences(const char *lang, const char *text, size_t len, pr_span **out, size_t *n,
                        size_t *cap);

/* ---- tokens (token.c) ---- */
/* Tokenizes the sentences of doc (doc->sents filled), filling doc->toks and the pool. */
precis_status pr_tokenize(precis_doc *doc);

/* ---- boilerplate (boiler.c) ---- */
/* Words of article text beside an error notice ("Page not found") below which a page is only
 * the error page, in plain text (boiler.c) and in HTML (html.c) alike. */
#define PR_ERROR_PAGE_WORDS 150u
/* Drops non-article lines of plain scraped text: in place on doc->text, recording
 * doc->removed; sets doc->title from a title line when there is one. */
precis_status pr_clean_lines(precis_doc *doc);

/* ---- stories and briefs (story.c, summarize.c, render.c) ---- */
struct precis_story {
    precis_ctx *ctx;
    precis_doc **docs;
    size_t n_docs, cap_docs;
};

typedef struct pr_bsent {
    char *text;            /* the sentence as printed (whitespace collapsed) */
    size_t doc, sent;      /* where it was taken from */
    size_t *src;           /* documents reporting it; src[0] == doc */
    size_t n_src;
    size_t words;
} pr_bsent;

struct precis_brief {
    const precis_story *story;
    pr_bsent *s;
    size_t n, cap;
    size_t words;
    struct precis_facts *facts; /* figures, entities, quotes (facts.c), or NULL */
};

/* Counts words strictly: maximal runs of letters, marks and digits, so "l’Azerbaïdjan",
 * "Haut-Karabakh" and "7 000" are two words each. A reader's count (space-separated chunks)
 * is never larger, so a brief within this count is within the budget however one counts, and
 * ROUGE's "-l" truncation (which counts the same way) never cuts its last sentence. */
size_t pr_count_words(const char *s, size_t n);

/* The story's language: the one most of its words are written in ("und" aside), or NULL
 * (story.c). */
const char *pr_story_lang(const precis_story *st);
/* The labels of the story's rendered briefs (data/labels/<lang>.txt, "key<TAB>label"), chosen by
 * the context's options.labels, or NULL for English (story.c). */
const pr_wordlist *pr_story_labels(const precis_story *st);
/* The label of key in labels, or key itself when labels is NULL or lacks it (story.c). */
const char *pr_label(const pr_wordlist *labels, const char *key);
/* A cue phrase of `cues` ("reason|phrase" entries) found at word boundaries in the lower-cased
 * text low[0, n): its reason (static), or NULL (boiler.c). With `at`, also where it starts. */
const char *pr_find_cue(const pr_wordlist *cues, const char *low, size_t n, size_t *at);
/* Does the cue phrase ph[0, pl) open the lower-cased text low[0, n), at a word boundary
 * (boiler.c)? */
bool pr_cue_opens(const char *low, size_t n, const char *ph, size_t pl);
/* The phrases of the entries of `cues` whose reason is `reason` ("credit"): up to max of them in
 * ph[] (pointers into the list) and their lengths in len[]; returns their number (boiler.c). */
size_t pr_cue_phrases(const pr_wordlist *cues, const char *reason, const char **ph, size_t *len, size_t max);
/* Does t[s, e) hold an embedded post's signature: "— Holly Dagres (@hdagres) June 21, 2015", a
 * handle in brackets then, within a few bytes, a year ("20 septembre 2023" in a French page)?
 * The post is another's words the page shows. *at (when not NULL): where "(@" is (boiler.c). */
bool pr_post_signature(const char *t, size_t s, size_t e, size_t *at);
/* Does sentence s lie on the line of an embedded post (pr_post_signature() anywhere on it)? The
 * post's words are its author's, all its sentences, not only the one holding the signature.
 * Sentences are asked about in order, each document's from a zeroed `m`: each line is scanned
 * once (boiler.c). */
typedef struct pr_post_memo { size_t e; bool post; } pr_post_memo; /* the line ends at e */
bool pr_in_post(const precis_doc *d, const pr_sent *s, pr_post_memo *m);
/* The summarizer (summarize.c): pr_summ_new reads the story's candidate sentences and their
 * concepts, weights and support once (*out owned by the caller, freed with pr_summ_free);
 * pr_summ_select chooses, orders and attributes sentences into brief for a word budget, and may
 * be called again with another budget (story.c does, to make room for given names). */
typedef struct summ pr_summ;
precis_status pr_summ_new(const precis_story *story, pr_summ **out);
precis_status pr_summ_select(pr_summ *S, unsigned budget, precis_brief *brief);
void pr_summ_free(pr_summ *S);

#endif
