/*
 * lang.c — languages precis knows, and language identification.
 *
 * Method: function-word profiles. Over the first 32 KiB, each word is looked up in every
 * language's stopword list (data/stopwords/<lang>.txt); the language with the most hits wins
 * if the hits make at least 15 % of the words and at least 4 hits. Function words are the most
 * frequent and most language-specific tokens of running text, so this is reliable on news
 * articles (hundreds of words) and degrades to "und" on lists, menus and very short texts.
 * Limits: closely related languages with shared function words (es/pt, nl/de) need a few
 * sentences; languages without a list come out "und" (precis then uses generic rules).
 */
#include "internal.h"
#include <string.h>

static const pr_lang langs[] = {
    {"fr", "french"}, {"en", "english"}, {"de", "german"}, {"es", "spanish"},
    {"it", "italian"}, {"pt", "portuguese"}, {"nl", "dutch"},
};
#define N_LANGS (sizeof langs / sizeof langs[0])

const pr_lang *pr_lang_get(const char *code)
{
    if (!code) return NULL;
    for (size_t i = 0; i < N_LANGS; i++)
        if (strcmp(langs[i].code, code) == 0) return &langs[i];
    return NULL;
}

bool pr_is_stopword(const char *lang, const char *lower, size_t n)
{
    return pr_wordlist_hasn(pr_wordlist_get("stopwords", lang), lower, n);
}

/* Words of the first 32 KiB of text, and how many of them are in each language's list. */
static size_t count_hits(const char *text, size_t len, size_t hits[N_LANGS], unsigned use)
{
    if (len > 32768) len = 32768;
    const pr_wordlist *wl[N_LANGS];
    for (size_t k = 0; k < N_LANGS; k++) {
        wl[k] = use & (1u << k) ? pr_wordlist_get("stopwords", langs[k].code) : NULL;
        hits[k] = 0;
    }
    size_t words = 0, i = 0;
    char w[64];
    while (i < len) {
        unsigned char b = (unsigned char)text[i];
        if (b < 0x80) {  /* ASCII: no decoding */
            if (!(((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))) { i++; continue; }
        } else {
            size_t j = i;
            int32_t cp = pr_utf8_next(text, len, &j);
            if (!pr_cp_is_letter(cp)) { i = j; continue; }
        }
        /* a word: letters, with inner apostrophes split off (l'armée -> l, armée); its
         * lower-case form is hashed as it is built, once for all the lists */
        size_t wn = 0;
        bool fits = true;
        uint32_t h = PR_WORDLIST_HASH0;
        while (i < len) {
            unsigned char c = (unsigned char)text[i];
            if (c < 0x80) {
                if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) break;
                if (wn + 1 < sizeof w) { w[wn++] = (char)(c | 0x20); h = pr_wordlist_hash_step(h, c | 0x20); }
                else fits = false;
                i++;
                continue;
            }
            size_t k = i;
            int32_t cp = pr_utf8_next(text, len, &k);
            if (!pr_cp_is_letter(cp)) break;
            char u[4];
            int n = pr_utf8_encode(pr_cp_lower(cp), u);
            if (wn + (size_t)n < sizeof w) {
                for (int m = 0; m < n; m++) { w[wn++] = u[m]; h = pr_wordlist_hash_step(h, (unsigned char)u[m]); }
            } else {
                fits = false;
            }
            i = k;
        }
        words++;
        if (!fits) continue;
        for (size_t k = 0; k < N_LANGS; k++)
            if (wl[k] && pr_wordlist_hasn_h(wl[k], w, wn, h)) hits[k]++;
    }
    return words;
}

const char *pr_lang_detect(const char *text, size_t len)
{
    return pr_lang_detect_share(text, len, NULL, NULL);
}

const char *pr_lang_detect_share(const char *text, size_t len, const char *code, float *share)
{
    size_t hits[N_LANGS];
    size_t words = count_hits(text, len, hits, (1u << N_LANGS) - 1);
    if (share) {
        const pr_lang *l = code ? pr_lang_get(code) : NULL;
        *share = l && words ? (float)hits[l - langs] / (float)words : 0.f;
    }
    size_t best = 0;
    for (size_t k = 1; k < N_LANGS; k++)
        if (hits[k] > hits[best]) best = k;
    if (hits[best] < 4 || hits[best] * 100 < words * 15) return "und";
    return langs[best].code;
}

float pr_lang_share(const char *code, const char *text, size_t len)
{
    const pr_lang *l = pr_lang_get(code);
    if (!l || !text) return 0.f;
    size_t hits[N_LANGS], k = (size_t)(l - langs);
    size_t words = count_hits(text, len, hits, 1u << k);
    return words ? (float)hits[k] / (float)words : 0.f;
}

const char *precis_detect_lang(precis_ctx *ctx, const char *text, size_t len)
{
    (void)ctx;
    if (!text) return "und";
    return pr_lang_detect(text, len);
}

/* ---- word lists ---- */

bool pr_wordlist_has(const pr_wordlist *wl, const char *word)
{
    return pr_wordlist_hasn(wl, word, strlen(word));
}

/* The registry's hash by "table/lang" (tools/gen_langdata.c): one hash and usually one pair of
 * comparisons. The summarizer and the facts pass ask for tables by name for every sentence. */
const pr_wordlist *pr_wordlist_get(const char *table, const char *lang)
{
    if (!table || !lang || !pr_langdata_nslots) return NULL;
    uint32_t h = pr_wordlist_hash_more(PR_WORDLIST_HASH0, table, strlen(table));
    h = pr_wordlist_hash_more(pr_wordlist_hash_step(h, '/'), lang, strlen(lang));
    size_t mask = pr_langdata_nslots - 1;
    for (size_t k = h & mask;; k = (k + 1) & mask) {
        uint32_t v = pr_langdata_slots[k];
        if (!v) return NULL;
        const pr_wordlist *wl = &pr_langdata[v - 1];
        if (!strcmp(wl->table, table) && !strcmp(wl->lang, lang)) return wl;
    }
}
