/*
 * boiler.c — drop what is not article text from scraped plain text, line by line.
 *
 * Scraped text keeps one paragraph per line, with the page's furniture as lines of its own:
 * site menus, author bios, comment forms, photo credits and captions, "read more" link lines,
 * share prompts, a title line with markup remnants. Each line gets generic signals:
 *   - length in words, letter ratio, terminal punctuation (a sentence ends with . ! ? … or a
 *     closing quote after one), capitalised-word ratio, stopword density;
 *   - position (first line, tail after the last article paragraph, runs of short lines);
 *   - repetition (a line seen before in the same text);
 *   - cue phrases of the language (data/boilerplate/<lang>.txt: "reason|phrase", generic
 *     phrases of news sites such as "laisser un commentaire", "read more").
 * and rules combine them (see classify()). The first line is the title when it reads like one;
 * markup remnants ("<!-- -->") and a trailing site name ("| Atlantico.fr", "– Monde –
 * Actualités") are cut from it. Every dropped line is recorded with its reason.
 * Limits: a heading-like short line in the body is kept (it is not noise); a navigation line
 * that reads like a sentence is kept.
 */
#include "internal.h"
#include "numbers.h"
#include <ctype.h>
#include <string.h>

typedef struct line {
    size_t s, e;          /* trimmed span in doc->text */
    size_t words;         /* whitespace-separated chunks holding a letter or digit */
    size_t letters, visible;
    size_t capwords, stopwords;
    bool term;            /* ends like a sentence */
    const char *cue;      /* reason from the cue table, or NULL */
    bool cue_first;       /* the cue phrase opens the line */
    bool joined;          /* holds lines wrapped inside a sentence (newlines inside the span) */
    const char *reason;   /* decided: NULL = keep */
} line;

static bool is_closing_quote(int32_t cp) { return cp == 0xBB || cp == '"' || cp == 0x201D || cp == 0x2019 || cp == ')'; }
static bool is_term(int32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

/* Is the lower-cased word t[a, b), up to its first apostrophe (elided forms: l'armée counts
 * its article), a stopword? Lower-cases only as far as a stopword can be long (maxlen). */
static bool stop_prefix(const char *t, size_t a, size_t b, const pr_wordlist *stop, size_t maxlen)
{
    char w[64];
    size_t n = 0;
    if (!stop) return false;
    if (maxlen > sizeof w - 4) { /* a list with very long entries: the whole word, allocated */
        size_t ln;
        char *low = pr_utf8_lower(t + a, b - a, &ln);
        if (!low) return false;
        const char *ap = memchr(low, '\'', ln);
        bool r = pr_wordlist_hasn(stop, low, ap ? (size_t)(ap - low) : ln);
        pr_free(low);
        return r;
    }
    for (size_t i = a; i < b;) {
        int32_t cp = pr_utf8_next(t, b, &i);
        if (cp < 0) cp = 0xFFFD;
        if (cp == '\'' || cp == 0x2019 || cp == 0x02BC) break;
        if (cp < 0x80) {
            w[n++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
        } else {
            n += (size_t)pr_utf8_encode(pr_cp_lower(cp), w + n);
        }
        if (n > maxlen) return false;
    }
    return pr_wordlist_hasn(stop, w, n);
}

static size_t max_len(const pr_wordlist *wl)
{
    size_t m = 0;
    for (size_t k = 0; wl && k < wl->n; k++)
        if (wl->lens[k] > m) m = wl->lens[k];
    return m;
}

static void measure(const char *t, line *L, const pr_wordlist *stop, size_t maxlen)
{
    size_t i = L->s;
    bool inword = false, wordhas = false, first = true;
    size_t wstart = 0;
    while (i <= L->e) {
        size_t j = i;
        int32_t cp = i < L->e ? pr_utf8_next(t, L->e, &j) : ' ';
        if (i == L->e) j = i + 1;
        bool sp = pr_cp_is_space(cp);
        if (!sp && i < L->e) L->visible++;
        if (pr_cp_is_letter(cp)) L->letters++;
        if (!sp && !inword) { inword = true; wordhas = false; wstart = i; first = true; }
        if (inword && !sp && (pr_cp_is_letter(cp) || pr_cp_is_digit(cp))) {
            if (first && pr_cp_is_upper(cp)) L->capwords++;
            if (first) first = false;
            wordhas = true;
        }
        if (sp && inword) {
            inword = false;
            if (wordhas) {
                L->words++;
                /* stopword test on the word's letters, lower-cased */
                size_t a = wstart, b = i;
                while (a < b) { size_t k = a; if (pr_cp_is_letter(pr_utf8_next(t, b, &k))) break; a = k; }
                while (b > a) { size_t pl = pr_utf8_prev_len(t, b); size_t k = b - pl; if (pr_cp_is_letter(pr_utf8_next(t, b, &k))) break; b -= pl; }
                if (b > a && stop_prefix(t, a, b, stop, maxlen)) L->stopwords++;
            }
        }
        i = j;
    }
    /* terminal punctuation, looking through closing quotes */
    size_t e = L->e;
    for (int k = 0; k < 3 && e > L->s; k++) {
        size_t pl = pr_utf8_prev_len(t, e);
        size_t q = e - pl;
        int32_t cp = pr_utf8_next(t, e, &q);
        if (is_term(cp)) { L->term = true; break; }
        if (!is_closing_quote(cp) && !pr_cp_is_space(cp)) break;
        e -= pl;
    }
}

/* Byte pairs of a line, hashed into 4,096 bits: a phrase with a pair the line lacks cannot
 * occur in it, which spares most substring searches. */
typedef struct pairset { uint64_t bits[64]; } pairset;
static unsigned pair_hash(unsigned char a, unsigned char b) { return ((unsigned)a * 97u + b) & 4095u; }

static void pairs_of(const char *s, size_t n, pairset *ps)
{
    memset(ps, 0, sizeof *ps);
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned h = pair_hash((unsigned char)s[i], (unsigned char)s[i + 1]);
        ps->bits[h >> 6] |= (uint64_t)1 << (h & 63);
    }
}

static bool may_contain(const pairset *ps, const char *ph, size_t pl)
{
    for (size_t i = 0; i + 1 < pl; i++) {
        unsigned h = pair_hash((unsigned char)ph[i], (unsigned char)ph[i + 1]);
        if (!(ps->bits[h >> 6] & ((uint64_t)1 << (h & 63)))) return false;
    }
    return true;
}

/* A line of more words than this is dropped for a cue only when the cue is a link list's
 * ("related") and the line does not end like a sentence, or when a widget's words open it. */
#define CUE_LONG 60u

/* Is c (a byte of a cue phrase's edge) part of a word: a letter, a digit, or UTF-8? */
static bool edge_alnum(char c) { return (unsigned char)c >= 0x80 || pr_cp_is_letter((unsigned char)c) || (c >= '0' && c <= '9'); }

/* Cue phrase lookup: each entry "reason|phrase"; the phrase must occur at word boundaries. */
/* The static reason of a cue entry "reason|phrase" (bar points at its '|'). */
static const char *cue_reason(const char *ent, const char *bar)
{
    static const char *const reasons[] = {"comment-form", "share", "credit", "related",
                                          "newsletter", "cookie", "menu", "ad", "widget", "embed", "error"};
    for (size_t r = 0; r < sizeof reasons / sizeof *reasons; r++)
        if (strncmp(ent, reasons[r], (size_t)(bar - ent)) == 0 && reasons[r][bar - ent] == '\0') return reasons[r];
    return "boilerplate";
}

/* The phrase of cue entry k ("reason|phrase"): *bar at its '|', *pl its length; NULL for an
 * entry without one. */
static const char *cue_phrase(const pr_wordlist *cues, size_t k, const char **bar, size_t *pl)
{
    const char *ent = pr_wordlist_word(cues, k);
    *bar = memchr(ent, '|', cues->lens[k]);
    if (!*bar) return NULL;
    *pl = cues->lens[k] - (size_t)(*bar + 1 - ent);
    return *bar + 1;
}

/* Does the cue phrase ph[0..pl) found at low[at..] stand at word boundaries in low[0..n)? A
 * phrase that opens or ends on punctuation (", left,", "(photo)", "tags:") needs no boundary on
 * that side. */
static bool cue_bounded(const char *low, size_t n, size_t at, const char *ph, size_t pl)
{
    bool lb = at == 0 || !pr_cp_is_letter((unsigned char)low[at - 1]) || !edge_alnum(ph[0]);
    bool rb = at + pl >= n || !pr_cp_is_letter((unsigned char)low[at + pl]) || !edge_alnum(ph[pl - 1]);
    return lb && rb;
}

bool pr_cue_opens(const char *low, size_t n, const char *ph, size_t pl)
{
    return pl && pl <= n && memcmp(low, ph, pl) == 0 && cue_bounded(low, n, 0, ph, pl);
}

size_t pr_cue_phrases(const pr_wordlist *cues, const char *reason, const char **ph, size_t *len, size_t max)
{
    size_t n = 0;
    for (size_t k = 0; cues && k < cues->n && n < max; k++) {
        const char *bar;
        size_t pl;
        const char *p = cue_phrase(cues, k, &bar, &pl);
        if (p && pl && !strcmp(cue_reason(pr_wordlist_word(cues, k), bar), reason)) {
            ph[n] = p;
            len[n++] = pl;
        }
    }
    return n;
}

/* Cue phrase lookup: each entry "reason|phrase"; the phrase must occur at word boundaries.
 * Without `at`, the first entry found; with it, the one that starts earliest in the text (a
 * line that opens on a cue is the cue's), and *at is where. */
const char *pr_find_cue(const pr_wordlist *cues, const char *low, size_t n, size_t *at)
{
    if (!cues) return NULL;
    pairset ps;
    pairs_of(low, n, &ps);
    const char *best = NULL;
    size_t best_at = SIZE_MAX;
    for (size_t k = 0; k < cues->n; k++) {
        const char *ent = pr_wordlist_word(cues, k), *bar;
        size_t pl;
        const char *ph = cue_phrase(cues, k, &bar, &pl);
        if (!ph || !pl || !may_contain(&ps, ph, pl)) continue;
        for (const char *p = low; (p = strstr(p, ph)) != NULL; p++) {
            if (!cue_bounded(low, n, (size_t)(p - low), ph, pl)) continue;
            if (!at) return cue_reason(ent, bar);
            if ((size_t)(p - low) < best_at) { best_at = (size_t)(p - low); best = cue_reason(ent, bar); }
            break; /* later occurrences of this phrase start later */
        }
        if (best_at == 0) break;
    }
    if (at && best) *at = best_at;
    return best;
}

/* The cue that opens the lower-cased line low[0..n) (the first in the table's order), as
 * pr_find_cue() would find it, with *at = 0; NULL when none opens it. */
static const char *cue_at_start(const pr_wordlist *cues, const char *low, size_t n, size_t *at)
{
    if (!cues) return NULL;
    for (size_t k = 0; k < cues->n; k++) {
        const char *bar;
        size_t pl;
        const char *ph = cue_phrase(cues, k, &bar, &pl);
        if (!ph || !pr_cue_opens(low, n, ph, pl)) continue;
        *at = 0;
        return cue_reason(pr_wordlist_word(cues, k), bar);
    }
    return NULL;
}

/* "VIDÉO - ...", "LIRE AUSSI : ...": an all-capitals label then a dash or colon. */
static bool caps_label(const char *t, const line *L)
{
    size_t i = L->s, letters = 0;
    while (i < L->e) {
        size_t j = i;
        int32_t cp = pr_utf8_next(t, L->e, &j);
        if (pr_cp_is_lower(cp)) return false;
        if (pr_cp_is_letter(cp)) letters++;
        else if (cp == ' ' || cp == 0xA0) {
            size_t k = j;
            int32_t nx = k < L->e ? pr_utf8_next(t, L->e, &k) : 0;
            if (letters >= 3 && (pr_cp_is_dash(nx) || nx == ':')) return true;
            if (!pr_cp_is_upper(nx)) return false;
        } else if (!pr_cp_is_dash(cp)) return false;
        i = j;
    }
    return false;
}

/* A bio: several very short fragments ("Lecteur. Voyageur évangéliste. Fan de café.", quoted
 * or not). A line that quotes someone and goes on outside the quotation reports speech: '“Sir!
 * Sir!” he shouted at the officer. The crowd laughed. Nobody moved.' is news. */
static bool bio_like(const char *t, const line *L)
{
    size_t frags = 0, words = 0, words_in = 0, i = L->s;
    bool inword = false, straight = false;
    int quoted = 0;
    while (i < L->e) {
        size_t j = i;
        int32_t cp = pr_utf8_next(t, L->e, &j);
        if (pr_cp_is_space(cp)) inword = false;
        else if (!inword && pr_cp_is_letter(cp)) { inword = true; words++; words_in += quoted || straight; }
        if (cp == 0xAB || cp == 0x201C) quoted++;
        else if ((cp == 0xBB || cp == 0x201D) && quoted) quoted--;
        else if (cp == '"') straight = !straight;
        if ((cp == '.' || cp == '!') && (j >= L->e || t[j] == ' ' || t[j] == '"' || (unsigned char)t[j] == 0xC2))
            frags++; /* a full stop that ends a fragment, not one inside 19.9.2023 */
        i = j;
    }
    if (words_in && words_in < words) return false;
    return frags >= 3 && words <= frags * 4;
}

/* Cuts markup remnants and a trailing site name from a title; returns the cleaned copy. */
static char *clean_title(const char *t, size_t s, size_t e, pr_buf *cut)
{
    pr_buf b;
    pr_buf_init(&b);
    for (size_t i = s; i < e; i++) {
        if (t[i] == '<') {
            const char *gt = memchr(t + i, '>', e - i);
            if (gt) { pr_buf_put(cut, t + i, (size_t)(gt - (t + i)) + 1); i = (size_t)(gt - t); continue; }
        }
        pr_buf_putc(&b, t[i]);
    }
    /* trailing " | Site", " – Rubrique – Site": segments of at most 3 words after a separator */
    static const char *const seps[] = {" | ", " – ", " — ", " - ", " :: "};
    for (;;) {
        const char *best = NULL;
        size_t bl = 0;
        for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
            const char *p = b.data, *last = NULL;
            while (p && (p = strstr(p, seps[k])) != NULL) { last = p; p++; }
            if (last && (!best || last > best)) { best = last; bl = strlen(seps[k]); }
        }
        if (!best) break;
        const char *tail = best + bl;
        size_t words = 1;
        for (const char *p = tail; *p; p++) if (*p == ' ') words++;
        if (words > 3 || best == b.data) break;
        pr_buf_puts(cut, best);
        b.len = (size_t)(best - b.data);
        b.data[b.len] = '\0';
    }
    while (b.len && (b.data[b.len - 1] == ' ')) b.data[--b.len] = '\0';
    if (b.oom) { pr_buf_free(&b); return NULL; }
    return pr_buf_detach(&b, NULL);
}

/* ". X" inside the line: a paragraph that lost its final full stop, not a headline. */
static bool inner_sentence_end(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i + 2 < e; i++)
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ') {
            size_t k = i + 2;
            if (pr_cp_is_upper(pr_utf8_next(t, e, &k)) && i >= s + 3) return true;
        }
    return false;
}

/* Does line a end on a colon and line b open on a quote mark ("Sarah Palin:" above "“I do
 * believe …”")? Line a introduces a quote: it names its speaker and is article text, however
 * short. */
static bool introduces_quote(const char *t, const line *a, const line *b)
{
    if (a->e == a->s || t[a->e - 1] != ':' || b->e == b->s) return false;
    size_t k = b->s;
    int32_t cp = pr_utf8_next(t, b->e, &k);
    return cp == '"' || cp == 0xAB || cp == 0x201C || cp == 0x201E || cp == 0x2018;
}

/* The next whitespace-separated word of t[*i, e): its span in [*a, *b), trailing punctuation
 * left out; false at the end. */
static bool next_word(const char *t, size_t *i, size_t e, size_t *a, size_t *b)
{
    size_t k = *i;
    while (k < e && (t[k] == ' ' || t[k] == '\n' || t[k] == '\t')) k++;
    if (k >= e) return false;
    *a = k;
    while (k < e && t[k] != ' ' && t[k] != '\n' && t[k] != '\t') k++;
    *i = k;
    while (k > *a && t[k - 1] && strchr(".,;:!?\"')", t[k - 1])) k--;
    *b = k;
    return true;
}

/* Is t[a, b) a word of one of the n lines L that are kept, other than line `self` (ASCII
 * letters and digits or any byte of a multibyte character around it end a word)? */
static bool word_elsewhere(const char *t, const line *L, size_t n, size_t self, size_t a, size_t b)
{
    size_t len = b - a;
    for (size_t k = 0; k < n && len; k++) {
        if (k == self || L[k].reason) continue;
        for (size_t i = L[k].s; i + len <= L[k].e; i++) {
            if (t[i] != t[a] || memcmp(t + i, t + a, len) != 0) continue;
            bool left = i == L[k].s || !(isalnum((unsigned char)t[i - 1]) || (unsigned char)t[i - 1] >= 0x80);
            bool right = i + len >= L[k].e || !(isalnum((unsigned char)t[i + len]) || (unsigned char)t[i + len] >= 0x80);
            if (left && right) return true;
        }
    }
    return false;
}

/* A staff line at the article's foot: "Lucia Peters is BettyConfidential’s associate editor.",
 * "Jean Dupont est journaliste au service politique." A name of two or three capitalized words
 * opens it, then a copula of data/staff (kind c), then within STAFF_SPAN words a newsroom noun
 * (kind n); at most STAFF_WORDS words; and the article's kept lines name the author nowhere
 * else (a story about a journalist names them: "Juan Williams was a longtime reporter …" is news
 * there). */
#define STAFF_WORDS 20
#define STAFF_SPAN 6
#define STAFF_TAIL 3 /* kept lines from the foot where a staff line is looked for */
static bool staff_line(const char *t, const line *L, size_t nl, size_t self, const pr_wordlist *staff)
{
    const line *l = &L[self];
    size_t i = l->s, a = 0, b = 0, sa = 0, sb = 0, names = 0;
    if (!staff || l->words > STAFF_WORDS) return false;
    bool more;
    while ((more = next_word(t, &i, l->e, &a, &b))) {
        size_t k = a;
        if (a == b || !pr_cp_is_upper(pr_utf8_next(t, b, &k))) break;
        if (++names > 3) return false;
        sa = a;
        sb = b;
    }
    char w[64];
    size_t n = more && names >= 2 ? pr_fold(t + a, b - a, w, sizeof w) : 0;
    const char *kind = n ? pr_table_get(staff, w, n) : NULL;
    if (!kind || !strchr(kind, 'c')) return false;
    bool noun = false;
    for (int k = 0; k < STAFF_SPAN && !noun && next_word(t, &i, l->e, &a, &b); k++) {
        n = pr_fold(t + a, b - a, w, sizeof w);
        kind = n ? pr_table_get(staff, w, n) : NULL;
        noun = kind && strchr(kind, 'n');
    }
    return noun && !word_elsewhere(t, L, nl, self, sa, sb);
}

static void classify(precis_doc *doc, line *L, size_t n)
{
    const char *t = doc->text;
    for (size_t i = 0; i + 1 < n; i++)
        if (introduces_quote(t, &L[i], &L[i + 1])) L[i].term = true;
    /* repetition, cues, furniture shapes */
    for (size_t i = 0; i < n; i++) {
        line *l = &L[i];
        size_t len = l->e - l->s;
        for (size_t k = 0; k < i && !l->reason; k++)
            if (L[k].e - L[k].s == len && memcmp(t + L[k].s, t + l->s, len) == 0) {
                l->reason = "duplicate";
                /* a repeated non-sentence (a caption shown twice) is furniture both times */
                if (!l->term && (!L[k].reason || strcmp(L[k].reason, "duplicate") != 0)) L[k].reason = "duplicate";
            }
        if (l->reason) continue;
        if (l->cue) {
            bool weak = strcmp(l->cue, "menu") == 0 || strcmp(l->cue, "ad") == 0 || strcmp(l->cue, "related") == 0;
            if (l->words <= (weak ? 8u : CUE_LONG) || (strcmp(l->cue, "related") == 0 && !l->term)) { l->reason = l->cue; continue; }
            /* a line that opens on a widget's words is the widget's text, however long (a
             * web-archive crawl notice of 112 words) */
            if (l->cue_first && (strcmp(l->cue, "widget") == 0 || strcmp(l->cue, "newsletter") == 0 || strcmp(l->cue, "error") == 0)) {
                l->reason = l->cue;
                continue;
            }
        }
        if (l->words <= 12 && pr_span_has(t + l->s, l->e - l->s, "\xC2\xA9")) { l->reason = "credit"; continue; }
        if (l->words <= 4 && l->letters * 2 < l->visible) { l->reason = "credit"; continue; }
        /* "VIDÉO - titre d'un autre article", but not a dateline ("PARIS – Le président a …. ") */
        if (caps_label(t, l) && !l->term && !inner_sentence_end(t, l->s, l->e)) { l->reason = "related"; continue; }
        if (bio_like(t, l)) { l->reason = "bio"; continue; }
        if (!l->term && l->words <= 4 && l->capwords == l->words && l->words <= 2) { l->reason = "label"; continue; }
        if (!l->term && l->words >= 2 && l->words <= 4 && l->capwords == l->words) { l->reason = "byline"; continue; }
    }
    /* menus: runs of 3+ short non-sentence lines */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && L[j].words <= 6 && (!L[j].term || t[L[j].e - 1] == '?')) j++;
        if (j - i >= 3)
            for (size_t k = i; k < j; k++) if (!L[k].reason || strcmp(L[k].reason, "label") == 0) L[k].reason = "menu";
        i = j > i ? j : i + 1;
    }
    /* captions: the first line after a photo credit */
    for (size_t i = 0; i + 1 < n; i++)
        if (L[i].reason && strcmp(L[i].reason, "credit") == 0 && !L[i + 1].reason && L[i + 1].words <= 30 &&
            i + 2 < n)
            L[i + 1].reason = "caption";
    /* a staff line among the last lines kept */
    const pr_wordlist *staff = pr_wordlist_get("staff", doc->lang);
    for (size_t i = n, kept = 0; staff && i-- > 0 && kept < STAFF_TAIL;) {
        if (L[i].reason) continue;
        kept++;
        if (staff_line(t, L, n, i, staff)) L[i].reason = "bio";
    }
    /* tail: after the last article paragraph, lines that are not sentences */
    size_t last = n;
    for (size_t i = n; i-- > 0;)
        if (!L[i].reason && L[i].term && L[i].words >= 12) { last = i; break; }
    if (last < n)
        for (size_t i = last + 1; i < n; i++)
            if (!L[i].reason && !L[i].term) L[i].reason = "tail";
}

/* An error page served instead of the article ("The page you requested cannot be found", "Page
 * introuvable": cue reason "error"): the lines around the message are the page's too ("Click the
 * Back button to try another link"), unless an article's worth of text is left beside it
 * (PR_ERROR_PAGE_WORDS). Then every line goes, and the document has no article text. */
static void error_page(line *L, size_t n)
{
    bool error = false;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (L[i].reason) error |= strcmp(L[i].reason, "error") == 0;
        else kept += L[i].words;
    }
    if (!error || kept >= PR_ERROR_PAGE_WORDS) return;
    for (size_t i = 0; i < n; i++)
        if (!L[i].reason) L[i].reason = "error";
}

/* Is t[bs, be) the rest of the line t[as, ae), wrapped by a hard line break inside a sentence
 * ("agency charged with determining the probable cause" / "of transportation accidents")? The
 * first ends on a letter, a digit or a comma, the second opens on a lower-case letter. */
static bool wrapped(const char *t, size_t as, size_t ae, size_t bs, size_t be)
{
    if (ae <= as || be <= bs) return false;
    size_t j = ae - pr_utf8_prev_len(t, ae);
    int32_t last = pr_utf8_next(t, ae, &j);
    if (!(pr_cp_is_letter(last) || pr_cp_is_digit(last) || last == ',')) return false;
    j = bs;
    return pr_cp_is_lower(pr_utf8_next(t, be, &j));
}

/* Appends t[s, e) with each run of white space that holds a newline made one space. */
static void put_unwrapped(pr_buf *out, const char *t, size_t s, size_t e)
{
    size_t i = s;
    while (i < e) {
        size_t k = i;
        bool nl = false;
        while (k < e && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r' || t[k] == '\n')) nl |= t[k++] == '\n';
        if (k > i) { /* a run of white space */
            if (nl) pr_buf_putc(out, ' ');
            else pr_buf_put(out, t + i, k - i);
            i = k;
        } else {
            pr_buf_putc(out, t[i++]);
        }
    }
}

#define SIGNATURE_DATE 24
bool pr_post_signature(const char *t, size_t s, size_t e, size_t *at)
{
    for (size_t i = s; i + 3 < e; i++) {
        if (t[i] != '(' || t[i + 1] != '@') continue;
        size_t j = i + 2;
        while (j < e && (isalnum((unsigned char)t[j]) || t[j] == '_')) j++;
        if (j == i + 2 || j >= e || t[j] != ')') continue;
        for (size_t k = j + 1; k + 4 <= e && k < j + 1 + SIGNATURE_DATE; k++)
            if ((t[k] == '1' || t[k] == '2') && isdigit((unsigned char)t[k + 1]) && isdigit((unsigned char)t[k + 2]) &&
                isdigit((unsigned char)t[k + 3]) && !isdigit((unsigned char)t[k - 1]) &&
                (k + 4 == e || !isdigit((unsigned char)t[k + 4]))) {
                if (at) *at = i;
                return true;
            }
    }
    return false;
}

bool pr_in_post(const precis_doc *d, const pr_sent *s, pr_post_memo *m)
{
    if (s->start >= m->e) { /* a later line */
        const char *t = d->text;
        size_t a = s->start, b = s->start;
        while (a > 0 && t[a - 1] != '\n') a--;
        while (b < d->text_len && t[b] != '\n') b++;
        m->e = b > a ? b : a + 1;
        m->post = pr_post_signature(t, a, b, NULL);
    }
    return m->post;
}

/* The length of a media player's button labels that open t[s, e) (data/controls: "CLOSE Pete
 * Davidson appears to joke …", the scraper kept them before the player's caption) with the space
 * after them, or 0: the longest entry, then a space and a word in title case. */
static size_t controls_len(const pr_wordlist *wl, const char *t, size_t s, size_t e)
{
    size_t best = 0;
    for (size_t k = 0; wl && k < wl->n; k++) {
        size_t n = wl->lens[k], j = s + n + 1;
        if (n < best || e - s <= n + 1 || memcmp(t + s, pr_wordlist_word(wl, k), n) || t[s + n] != ' ') continue;
        if (pr_cp_is_upper(pr_utf8_next(t, e, &j)) && j < e && pr_cp_is_lower(pr_utf8_next(t, e, &j))) best = n;
    }
    return best ? best + 1 : 0;
}

precis_status pr_clean_lines(precis_doc *doc)
{
    const char *t = doc->text;
    size_t tl = doc->text_len;
    const pr_wordlist *stop = pr_wordlist_get("stopwords", doc->lang);
    const pr_wordlist *cues = pr_wordlist_get("boilerplate", doc->lang);
    const pr_wordlist *controls = pr_wordlist_get("controls", doc->lang);
    line *L = NULL;
    size_t n = 0, cap = 0;
    size_t maxlen = max_len(stop);
    pr_buf scratch; /* lower-case lines, reused */
    pr_buf_init(&scratch);
    for (size_t i = 0; i < tl;) {
        size_t e = i;
        while (e < tl && t[e] != '\n') e++;
        size_t s = i, te = e;
        while (s < te) { size_t k = s; if (!pr_cp_is_space(pr_utf8_next(t, te, &k))) break; s = k; }
        while (te > s) { size_t pl = pr_utf8_prev_len(t, te); size_t k = te - pl; if (!pr_cp_is_space(pr_utf8_next(t, te, &k))) break; te -= pl; }
        size_t cl = te > s ? controls_len(controls, t, s, te) : 0;
        if (cl) {
            if (!pr_doc_add_removed(doc, t + s, cl - 1, "widget")) { pr_free(L); pr_buf_free(&scratch); return PRECIS_ERR_NOMEM; }
            s += cl;
        }
        if (te > s) {
            /* a line wrapped inside a sentence goes on the line it continues */
            bool join = n > 0 && wrapped(t, L[n - 1].s, L[n - 1].e, s, te);
            if (!join && !PR_GROW(L, cap, n + 1)) { pr_free(L); pr_buf_free(&scratch); return PRECIS_ERR_NOMEM; }
            size_t k = join ? n - 1 : n;
            line l;
            memset(&l, 0, sizeof l);
            l.s = join ? L[k].s : s;
            l.e = te;
            l.joined = join;
            measure(t, &l, stop, maxlen);
            pr_buf_clear(&scratch);
            if (!pr_utf8_lower_put(&scratch, t + l.s, l.e - l.s)) { pr_free(L); pr_buf_free(&scratch); return PRECIS_ERR_NOMEM; }
            size_t at = SIZE_MAX;
            /* a long line that ends like a sentence is dropped for a cue only when the cue opens
             * it (below): only a cue at its start is looked for, not every cue's every place */
            if (l.words > CUE_LONG && l.term) l.cue = cue_at_start(cues, scratch.data, scratch.len, &at);
            else l.cue = pr_find_cue(cues, scratch.data, scratch.len, &at);
            l.cue_first = at == 0;
            L[k] = l;
            if (!join) n++;
        }
        i = e + 1;
    }
    pr_buf_free(&scratch);
    pr_buf cut, out;
    pr_buf_init(&cut);
    pr_buf_init(&out);
    size_t first = 0;
    /* title: the first line when it reads like a headline and more text follows (not a cue's
     * line: "Photos by Andy Lyons/Getty Images" is a credit) */
    if (n >= 2 && L[0].words <= 25 && !L[0].cue && (!L[0].term || t[L[0].e - 1] == '?' || t[L[0].e - 1] == '!') &&
        !inner_sentence_end(t, L[0].s, L[0].e) && !doc->title) {
        doc->title = clean_title(t, L[0].s, L[0].e, &cut);
        if (!doc->title) { pr_free(L); pr_buf_free(&cut); return PRECIS_ERR_NOMEM; }
        if (cut.len && !pr_doc_add_removed(doc, cut.data, cut.len, "markup")) goto oom;
        first = 1;
    }
    classify(doc, L + first, n - first);
    error_page(L + first, n - first);
    for (size_t i = first; i < n; i++) {
        if (L[i].reason) {
            if (!pr_doc_add_removed(doc, t + L[i].s, L[i].e - L[i].s, L[i].reason)) goto oom;
            continue;
        }
        if (out.len) pr_buf_putc(&out, '\n');
        if (L[i].joined) put_unwrapped(&out, t, L[i].s, L[i].e);
        else pr_buf_put(&out, t + L[i].s, L[i].e - L[i].s);
    }
    if (out.oom) goto oom;
    pr_free(L);
    pr_buf_free(&cut);
    pr_free(doc->text);
    doc->text = pr_buf_detach(&out, &doc->text_len);
    return doc->text ? PRECIS_OK : PRECIS_ERR_NOMEM;
oom:
    pr_free(L);
    pr_buf_free(&cut);
    pr_buf_free(&out);
    return PRECIS_ERR_NOMEM;
}
