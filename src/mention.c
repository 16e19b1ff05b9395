/*
 * mention.c — people named in full at their first mention in a brief.
 *
 * A brief takes its sentences from anywhere in its sources, so its first sentence about a person
 * may be one that its author wrote after introducing them: "Tapper correctly persisted …",
 * "Finley was a Big Loser". A reader of the brief has not read that introduction. As news
 * writing does (full name at the first mention, surname after), the brief gives the person's
 * given names before a surname written alone when the brief has not named them yet, from the
 * story's entities (facts.c): "Jake Tapper correctly persisted …". Nothing is added
 *   - inside a quotation (a quotation is printed as it was said);
 *   - after a title or another capitalized word ("M. Macron", "Mr. Trump", "George W. Bush"),
 *     unless it opens the sentence and the story writes it in lower case too ("Selon Macron",
 *     "President Obama" at the start of a sentence); before a capitalized word ("Trump Tower"),
 *     a hyphen ("Clinton-era") or a full stop inside the sentence ("Hon.");
 *   - after a determiner (data/determiners: "the Trump administration"), or a determiner and a
 *     noun ("le rapport Leonetti"): the name is used as an adjective;
 *   - when the words it adds would take the brief over its budget.
 * A word of data/elision ("de", "que") before a given name opening on a vowel is elided
 * ("d’Emmanuel Macron").
 */
#include "internal.h"
#include "facts.h"
#include "numbers.h"
#include <limits.h>
#include <string.h>

typedef struct span { size_t s, e; } span;

/* The word right before position `at`: the run of non-space characters before it (spaces
 * skipped back) without its leading marks ("(Nathan" -> "Nathan"), or an empty span. */
static span word_before(const char *t, size_t at)
{
    size_t e = at;
    while (e > 0 && (t[e - 1] == ' ')) e--;
    size_t s = e;
    while (s > 0 && t[s - 1] != ' ') s--;
    while (s < e) {
        size_t k = s;
        int32_t c = pr_utf8_next(t, e, &k);
        if (pr_cp_is_letter(c)) break;
        s = k;
    }
    span r = { s, e };
    return r;
}

/* The end of the word (letters and marks) that goes on at i. */
static size_t word_end(const char *t, size_t n, size_t i)
{
    while (i < n) {
        size_t k = i;
        int32_t c = pr_utf8_next(t, n, &k);
        if (!pr_cp_is_letter(c) && !pr_cp_is_mark(c)) break;
        i = k;
    }
    return i;
}

/* Does the sentence hold, before `at`, a word that folds like w ("Joaquin" for "Joaquín")? */
static bool said_before(const char *t, size_t at, const char *w, size_t wn)
{
    char key[96], k2[96];
    size_t kn = pr_fold(w, wn, key, sizeof key), i = 0;
    if (!kn) return false;
    while (i < at) {
        size_t s = i;
        int32_t c = pr_utf8_next(t, at, &i);
        if (!pr_cp_is_letter(c)) continue;
        i = word_end(t, at, i);
        size_t n2 = pr_fold(t + s, i - s, k2, sizeof k2);
        if (n2 == kn && !memcmp(key, k2, kn)) return true;
    }
    return false;
}

static bool is_title_case(const char *t, size_t s, size_t e)
{
    size_t i = s;
    int32_t c0 = pr_utf8_next(t, e, &i);
    if (!pr_cp_is_upper(c0) || i >= e) return false;
    int32_t c1 = pr_utf8_next(t, e, &i);
    return pr_cp_is_lower(c1);
}

static bool is_upper_at(const char *t, size_t n, size_t i)
{
    if (i >= n) return false;
    int32_t c = pr_utf8_next(t, n, &i);
    return pr_cp_is_upper(c);
}

/* Is the word [s, e) of t, folded, in the table wl (NULL: in none)? */
static bool word_in(const pr_wordlist *wl, const char *t, size_t s, size_t e)
{
    char k[32];
    size_t n = wl && e > s ? pr_fold(t + s, e - s, k, sizeof k) : 0;
    return n && pr_wordlist_hasn(wl, k, n);
}

static bool vowel_initial(const char *s)
{
    size_t i = 0, n = strlen(s);
    int32_t c = pr_cp_lower(pr_utf8_next(s, n, &i));
    /* the first letter, accents aside: a e i o u y h and their accented forms */
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h' ||
           (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) || (c >= 0xF2 && c <= 0xF6) ||
           (c >= 0xF9 && c <= 0xFC);
}

/* Rewrites one sentence; *added gets the words it gained. Returns `in` itself when nothing
 * changed, else a new string (the caller frees it and, if it wants, `in`); NULL when out of
 * memory, `in` untouched either way. */
static char *name_people(const pr_facts *F, char *in, bool *introduced, const pr_wordlist *det,
                         const pr_wordlist *elide, unsigned room, unsigned *added, bool dry)
{
    char *t = in;
    size_t n = strlen(t), i = 0;
    pr_quotes q = {0, 0, false};
    *added = 0;
    while (i < n) {
        size_t ws = i;
        int32_t cp = pr_utf8_next(t, n, &i);
        pr_quotes_step(&q, cp);
        if (!pr_cp_is_letter(cp)) continue;
        size_t we = word_end(t, n, i);
        i = we;
        if (!is_title_case(t, ws, we)) continue;
        if (ws > 0 && t[ws - 1] != ' ') continue;           /* "d'Obama", "Jean-Yves", "/Getty" */
        if (we < n && (t[we] == '-' || (t[we] >= '0' && t[we] <= '9'))) continue; /* "Clinton-era" */
        if (we + 1 < n && t[we] == '.') continue;          /* an abbreviation: "Hon. Donald" */
        size_t nx = we;
        while (nx < n && t[nx] == ' ') nx++;
        if (nx > we && is_upper_at(t, n, nx)) continue;     /* "Trump Tower", "Sanders Theatre" */
        char given[96];
        uint32_t e = pr_facts_person(F, t + ws, we - ws, given, sizeof given);
        if (e == UINT32_MAX || introduced[e]) continue;
        /* the given names' words already before it, from the last ("Le" of "Jean-Yves Le Drian") */
        size_t ins = ws, gl = strlen(given);
        while (gl > 0) {
            size_t gs = gl;
            while (gs > 0 && given[gs - 1] != ' ') gs--;
            span pw = word_before(t, ins);
            if (pw.e == pw.s || pw.e - pw.s != gl - gs || memcmp(t + pw.s, given + gs, gl - gs)) break;
            ins = pw.s;
            gl = gs > 0 ? gs - 1 : 0;
        }
        if (gl == 0) { introduced[e] = true; continue; }   /* named in full */
        size_t g1 = 0;
        while (g1 < gl && given[g1] != ' ') g1++;
        if (said_before(t, ins, given, g1)) { introduced[e] = true; continue; } /* 'Joaquin "El Chapo" Guzmán' */
        span pw = word_before(t, ins);
        bool has_pw = false; /* a word joined to the name: not cut off by a comma or a bracket */
        if (pw.e > pw.s) {
            size_t k = pw.e - pr_utf8_prev_len(t, pw.e);
            int32_t c = pr_utf8_next(t, pw.e, &k);
            has_pw = pr_cp_is_letter(c) || pr_cp_is_mark(c) || c == '.';
        }
        if (has_pw && is_upper_at(t, pw.e, pw.s)) {
            /* a title or a name before it ("M. Macron", "George W. Bush", "Lord Burnett"),
             * unless it is the sentence's first word and a common one ("Selon Macron") */
            bool opening = word_before(t, pw.s).e == 0;
            if (!opening || !pr_facts_common_word(F, t + pw.s, pw.e - pw.s)) { introduced[e] = true; continue; }
        }
        if (pr_quotes_open(&q)) continue;                   /* a quotation stays as said */
        if (has_pw && word_in(det, t, pw.s, pw.e)) continue; /* "the Trump administration" */
        if (has_pw) {                                       /* "le rapport Leonetti", "la loi Evin" */
            span p2 = word_before(t, pw.s);
            if (word_in(det, t, p2.s, p2.e)) continue;
        }
        introduced[e] = true;
        unsigned w = (unsigned)pr_count_words(given, gl);
        if (w > room) continue;
        if (dry) { room -= w; *added += w; continue; }
        bool el = word_in(elide, t, pw.s, pw.e) && vowel_initial(given);
        pr_buf b;
        pr_buf_init(&b);
        if (el) {
            pr_buf_put(&b, t, pw.e - 1);                    /* "de" -> "d", "que" -> "qu" */
            pr_buf_puts(&b, strstr(t, "\xE2\x80\x99") ? "\xE2\x80\x99" : "'");
        } else {
            pr_buf_put(&b, t, ins);
        }
        pr_buf_put(&b, given, gl);
        pr_buf_putc(&b, ' ');
        size_t at = b.len;
        pr_buf_put(&b, t + ins, n - ins);
        size_t len = 0;
        char *nt = b.oom ? NULL : pr_buf_detach(&b, &len);
        pr_buf_free(&b);
        if (t != in) pr_free(t);                            /* a copy of ours, rewritten before */
        if (!nt) return NULL;
        t = nt;
        i = at + (we - ins);
        n = len;
        room -= w;
        *added += w;
    }
    return t;
}

precis_status pr_brief_name_people(precis_brief *b, const pr_facts *F, unsigned budget, unsigned *needed)
{
    if (needed) *needed = 0;
    if (!b || !F || !F->nents) return PRECIS_OK;
    bool *introduced = pr_calloc(F->nents, sizeof *introduced);
    if (!introduced) return PRECIS_ERR_NOMEM;
    const char *lang = pr_story_lang(b->story);
    const pr_wordlist *det = lang ? pr_wordlist_get("determiners", lang) : NULL;
    const pr_wordlist *elide = lang ? pr_wordlist_get("elision", lang) : NULL;
    for (size_t k = 0; k < b->n; k++) {
        unsigned room = needed ? UINT_MAX : b->words < budget ? (unsigned)(budget - b->words) : 0, added = 0;
        char *nt = name_people(F, b->s[k].text, introduced, det, elide, room, &added, needed != NULL);
        if (!nt) { pr_free(introduced); return PRECIS_ERR_NOMEM; }
        if (needed) { *needed += added; continue; }
        if (nt != b->s[k].text) pr_free(b->s[k].text);
        b->s[k].text = nt;
        b->s[k].words += added;
        b->words += added;
    }
    pr_free(introduced);
    return PRECIS_OK;
}
