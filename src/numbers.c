/*
 * numbers.c — numbers written in digits and in words, French and English.
 *
 * Method: the text is cut into atoms (digit groups, words, symbols). A digit atom reads the
 * usual news formats: "7 000" (space, NBSP or narrow NBSP groups), "120.000" (French thousands),
 * "1,234.5", "3,5" / "3.5", "1e10", "1,1^23", "3/4", glued multipliers "10k" and ordinal
 * suffixes "3e", "21st". Words are looked up, folded, in data/numwords/<lang>.txt, whose classes
 * (unit, teen, tens, hundred, scale, dozen, ordinal, fraction word, ...) drive a small
 * composition automaton: "quatre-vingt-dix-neuf", "mille deux cents", "two hundred and five",
 * "3,5 millions", "trois douzaines", then fractions ("deux tiers", "one and a half", "un sur
 * trois"), decimals in words ("deux cent virgule trois") and percents ("12 %", "vingt pour
 * cent"). The greedy longest reading wins; a reading that stops on a word that cannot continue
 * it ends there, and the next number starts after it.
 *
 * Reference: the Microsoft Recognizers-Text specs (precis eval numbers; docs/facts.md says what
 * is counted as correct and what is left out).
 * Limits: time and memory are linear in the input; a phrase has at most PHRASE_MAX atoms and a
 * digit run more than PR_NUM_MAX_DIGITS digits is not a number.
 */
#include "numbers.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PHRASE_MAX 64

/* ---- folding and table lookups ------------------------------------------------------------ */

static int32_t base_letter(int32_t c)
{
    if (c < 0xC0) return c;
    if (c >= 0xE0 && c <= 0xE5) return 'a';
    if (c == 0xE7) return 'c';
    if (c >= 0xE8 && c <= 0xEB) return 'e';
    if (c >= 0xEC && c <= 0xEF) return 'i';
    if (c == 0xF1) return 'n';
    if ((c >= 0xF2 && c <= 0xF6) || c == 0xF8) return 'o';
    if (c >= 0xF9 && c <= 0xFC) return 'u';
    if (c == 0xFD || c == 0xFF) return 'y';
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return '\'';
    return c;
}

size_t pr_fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* ASCII: lower-cased in place, no decoding (most words of most texts) */
            if (o + 1 >= cap) return 0;
            out[o++] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
            i++;
            continue;
        }
        int32_t c = pr_utf8_next(s, n, &i);
        if (c < 0) return 0;
        c = base_letter(pr_cp_lower(c));
        if (c == 0x153) { /* œ */
            if (o + 2 >= cap) return 0;
            out[o++] = 'o'; out[o++] = 'e';
            continue;
        }
        if (c == 0xE6) {
            if (o + 2 >= cap) return 0;
            out[o++] = 'a'; out[o++] = 'e';
            continue;
        }
        char u[4];
        int k = pr_utf8_encode(c, u);
        if (k <= 0 || o + (size_t)k >= cap) return 0;
        memcpy(out + o, u, (size_t)k);
        o += (size_t)k;
    }
    if (o >= cap) return 0;
    out[o] = 0;
    return o;
}

const char *pr_table_get(const pr_wordlist *wl, const char *key, size_t n)
{
    if (!wl || !n) return NULL;
    if (wl->kslots) { /* the keys' hash (tools/gen_langdata.c) */
        uint32_t h = pr_wordlist_hash_more(PR_WORDLIST_HASH0, key, n);
        size_t mask = wl->nslots - 1;
        for (size_t k = h & mask;; k = (k + 1) & mask) {
            uint32_t v = wl->kslots[k];
            if (!v) return NULL;
            const char *w = pr_wordlist_word(wl, v - 1);
            if (wl->lens[v - 1] > n && w[n] == '\t' && memcmp(w, key, n) == 0) return w + n + 1;
        }
    }
    size_t lo = 0, hi = wl->n;
    while (lo < hi) { /* lower bound of key + "\t" */
        size_t mid = lo + (hi - lo) / 2;
        const char *w = pr_wordlist_word(wl, mid);
        int c = strncmp(w, key, n);
        if (c == 0) c = (unsigned char)w[n] - '\t';
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= wl->n) return NULL;
    const char *w = pr_wordlist_word(wl, lo);
    return !strncmp(w, key, n) && w[n] == '\t' ? w + n + 1 : NULL;
}

const char *pr_tok_table(const pr_wordlist *wl, const precis_doc *d, const pr_token *t)
{
    if (t->flags & PR_TF_ASCII) /* its lower-case form is its fold, already made */
        return pr_table_get(wl, pr_tok_lower(d, t), t->end - t->start);
    char k[64];
    size_t n = pr_fold(d->text + t->start, t->end - t->start, k, sizeof k);
    return n ? pr_table_get(wl, k, n) : NULL;
}

char pr_tok_class(const pr_wordlist *wl, const precis_doc *d, const pr_token *t)
{
    const char *r = pr_tok_table(wl, d, t);
    return r ? r[0] : 0;
}

/* ---- atoms ----------------------------------------------------------------------------------- */

enum { AT_WORD = 1, AT_NUM, AT_SYM };
enum { NK_INT = 1, NK_DEC, NK_ORD, NK_POW, NK_FRAC, NK_BAD };

typedef struct atom {
    uint32_t s, e;
    uint8_t t;
    uint8_t gap;    /* before the atom: 0 adjacent, 1 spaces, 2 line break or start */
    char cls;       /* AT_WORD: lexicon class, 0 if none */
    uint8_t nk;     /* AT_NUM: NK_* */
    uint8_t glued;  /* AT_NUM: letters follow without a space */
    uint8_t plural; /* AT_WORD: surface form ends in "s" */
    uint8_t mult;   /* AT_NUM: a glued multiplier was read ("10k") */
    int32_t cp;     /* AT_SYM: the code point; AT_WORD: first code point of the surface form */
    double v;
    const char *cur; /* AT_WORD: its row of the currency tables (cur_class), NULL for none */
} atom;

typedef struct scan {
    const char *t;
    size_t len;
    bool fr, en;
    const pr_wordlist *wl[2];
    const pr_wordlist *rel[2]; /* relative ordinals ("last", "avant-dernier") */
    const pr_wordlist *cur[2]; /* currency words, for amounts in two parts */
    atom *a;
    size_t n, cap;
} scan;

static bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
/* A currency sign written before or after an amount: $, €, £, ¥. */
static bool money_sign(int32_t cp) { return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5; }
static bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Length of a group-separating space at t[p] (space, NBSP, narrow NBSP, thin space), or 0. */
static size_t group_space(const char *t, size_t len, size_t p)
{
    const unsigned char *u = (const unsigned char *)t;
    if (p < len && u[p] == ' ') return 1;
    if (p + 1 < len && u[p] == 0xC2 && u[p + 1] == 0xA0) return 2;
    if (p + 2 < len && u[p] == 0xE2 && u[p + 1] == 0x80 && (u[p + 2] == 0xAF || u[p + 2] == 0x89))
        return 3;
    return 0;
}

static size_t digit_run(const char *t, size_t len, size_t p)
{
    size_t q = p;
    while (q < len && is_ascii_digit(t[q])) q++;
    return q - p;
}

typedef struct numbuf { char b[PR_NUM_MAX_DIGITS + 8]; size_t n; bool over; } numbuf;
static void nb_put(numbuf *nb, const char *s, size_t k)
{
    if (nb->n + k >= PR_NUM_MAX_DIGITS) { nb->over = true; return; }
    memcpy(nb->b + nb->n, s, k);
    nb->n += k;
    nb->b[nb->n] = 0;
}

static bool suffix_is(const char *s, size_t n, const char *w) { return strlen(w) == n && !memcmp(s, w, n); }
/* Is atom b's text exactly w? */
static bool span_is(const scan *S, const atom *b, const char *w) { return suffix_is(S->t + b->s, b->e - b->s, w); }

/* Reads a number in digits at t[p]; fills a (AT_NUM) and returns the end. */
static size_t scan_digits(const scan *S, size_t p, atom *a)
{
    const char *t = S->t;
    size_t len = S->len, q = p;
    numbuf nb = {{0}, 0, false};
    bool dec = false;
    a->t = AT_NUM;
    a->nk = NK_INT;
    a->s = (uint32_t)p;
    /* a number right after "12," "12." "12/" "12-" is the next item of a list, a date, an
     * address or a phone number: it takes no separators of its own */
    bool in_list = p >= 2 && (t[p - 1] == ',' || t[p - 1] == '.' || t[p - 1] == '/' || t[p - 1] == '-') &&
                   is_ascii_digit(t[p - 2]);
    if (t[q] == '.' || t[q] == ',') { /* ".25", ",08" */
        nb_put(&nb, "0.", 2);
        q++;
        size_t r = digit_run(t, len, q);
        nb_put(&nb, t + q, r);
        q += r;
        dec = true;
    } else {
        size_t n0 = digit_run(t, len, q);
        nb_put(&nb, t + q, n0);
        q += n0;
        char thou = 0; /* 'S' (spaces), ',' or '.' once chosen */
        for (; !in_list;) {
            size_t sp = group_space(t, len, q);
            if (sp) {
                size_t r = digit_run(t, len, q + sp);
                if (!dec && r == 3 && n0 <= 3 && (thou == 0 || thou == 'S')) {
                    thou = 'S';
                    nb_put(&nb, t + q + sp, 3);
                    q += sp + 3;
                    continue;
                }
                break;
            }
            if (q >= len || (t[q] != ',' && t[q] != '.') || dec) break;
            char c = t[q];
            size_t r = digit_run(t, len, q + 1);
            if (!r) break;
            size_t after = q + 1 + r;
            bool next_same = after + 1 < len && t[after] == c && is_ascii_digit(t[after + 1]);
            bool next_other = after + 1 < len && (t[after] == ',' || t[after] == '.') &&
                              t[after] != c && is_ascii_digit(t[after + 1]);
            bool as_thousands;
            if (thou == c) {
                if (r != 3) break;
                as_thousands = true;
            } else if (thou) {
                as_thousands = false; /* the other mark: the decimal point */
            } else if (r != 3) {
                if (next_same) break; /* "22,24,26": a list */
                as_thousands = false;
            } else if (n0 > 3) {
                if (next_same) break;
                as_thousands = false;
            } else if (next_same || next_other) {
                as_thousands = true;
            } else {
                as_thousands = S->fr ? c == '.' : c == ',';
                if (S->fr && S->en) as_thousands = c == ',';
            }
            if (as_thousands) {
                thou = c;
                nb_put(&nb, t + q + 1, 3);
            } else {
                nb_put(&nb, ".", 1);
                nb_put(&nb, t + q + 1, r);
                dec = true;
            }
            q = after;
        }
    }
    if (nb.over) { a->nk = NK_BAD; a->e = (uint32_t)q; return q; }
    double v = strtod(nb.b, NULL);
    if (dec) a->nk = NK_DEC;
    /* exponents and powers */
    if (q + 1 < len && (t[q] == 'e' || t[q] == 'E')) {
        size_t k = q + 1;
        if (t[k] == '+' || t[k] == '-') k++;
        size_t r = digit_run(t, len, k);
        if (r && r < 4 && !(k + r < len && is_ascii_alpha(t[k + r]))) {
            v *= pow(10.0, strtod(t + q + 1, NULL));
            a->nk = NK_POW;
            q = k + r;
        }
    } else if (q + 1 < len && t[q] == '^') {
        size_t k = q + 1;
        int neg = 0;
        while (k < len && (t[k] == '+' || t[k] == '-') && k - q < 4) { if (t[k] == '-') neg++; k++; }
        size_t r = digit_run(t, len, k);
        if (r && r < 4) {
            double ex = strtod(t + k, NULL);
            v = pow(v, neg == 1 ? -ex : ex);
            a->nk = NK_POW;
            q = k + r;
        }
    } else if (q + 4 < len && t[q] == 'x' && t[q + 1] == '1' && t[q + 2] == '0' && t[q + 3] == '^') {
        size_t k = q + 4;
        bool neg = false;
        if (k < len && (t[k] == '+' || t[k] == '-')) { neg = t[k] == '-'; k++; }
        size_t r = digit_run(t, len, k);
        if (r && r < 4) {
            double ex = strtod(t + k, NULL);
            v *= pow(10.0, neg ? -ex : ex);
            a->nk = NK_POW;
            q = k + r;
        }
    } else if (q + 1 < len && t[q] == '/' && !dec && !in_list && is_ascii_digit(t[q + 1])) {
        size_t r = digit_run(t, len, q + 1);
        size_t after = q + 1 + r;
        bool date = after + 1 < len && (t[after] == '/' || t[after] == '.' || t[after] == '-') &&
                    is_ascii_digit(t[after + 1]);
        double den = strtod(t + q + 1, NULL);
        if (!date && r <= 6 && den > 0) {
            v /= den;
            a->nk = NK_FRAC;
            q = after;
        }
    }
    /* glued letters: multipliers, ordinal suffixes, or a unit ("29km") */
    if (q < len && (is_ascii_alpha(t[q]) || (unsigned char)t[q] == 0xC3)) {
        size_t k = q;
        while (k < len && k - q < 8) {
            if (is_ascii_alpha(t[k])) k++;
            else if ((unsigned char)t[k] == 0xC3 && k + 1 < len) k += 2; /* è, é */
            else break;
        }
        bool word_end = !(k < len && (is_ascii_alpha(t[k]) || (unsigned char)t[k] >= 0x80));
        const char *s = t + q;
        size_t n = k - q;
        double mult = 0;
        /* right after a currency sign, "m" and "b" are millions and billions: "£300m", "$5b" */
        bool money = a->gap == 0 && S->n && S->a[S->n - 1].t == AT_SYM && money_sign(S->a[S->n - 1].cp);
        if (word_end && a->nk != NK_FRAC) {
            if (suffix_is(s, n, "k") || suffix_is(s, n, "K")) mult = 1e3;
            else if (money && (suffix_is(s, n, "m") || suffix_is(s, n, "mn"))) mult = 1e6;
            else if (money && suffix_is(s, n, "b")) mult = 1e9;
            else if (suffix_is(s, n, "M") || suffix_is(s, n, "MM") || suffix_is(s, n, "mil") ||
                     suffix_is(s, n, "mln")) mult = 1e6;
            else if (suffix_is(s, n, "G") || suffix_is(s, n, "bn") || suffix_is(s, n, "bln") ||
                     suffix_is(s, n, "Md") || suffix_is(s, n, "Mds") || (S->en && !S->fr && (suffix_is(s, n, "b") || suffix_is(s, n, "B"))))
                mult = 1e9;
            else if (suffix_is(s, n, "tln") || suffix_is(s, n, "tn")) mult = 1e12;
        }
        if (mult) {
            v *= mult;
            a->mult = 1;
            q = k;
        } else if (word_end && a->nk == NK_INT &&
                   (suffix_is(s, n, "st") || suffix_is(s, n, "nd") || suffix_is(s, n, "rd") ||
                    suffix_is(s, n, "th") || suffix_is(s, n, "e") || suffix_is(s, n, "er") ||
                    suffix_is(s, n, "re") || suffix_is(s, n, "\xC3\xA8re") || suffix_is(s, n, "eme") ||
                    suffix_is(s, n, "\xC3\xA8me") || suffix_is(s, n, "ieme") ||
                    suffix_is(s, n, "i\xC3\xA8me") || suffix_is(s, n, "nde") || suffix_is(s, n, "es"))) {
            a->nk = NK_ORD;
            q = k;
        } else {
            a->glued = 1;
        }
    }
    a->v = v;
    a->e = (uint32_t)q;
    return q;
}

/* Class and value of a folded word, or 0. */
static char lex_class(const scan *S, const char *key, size_t n, double *v)
{
    for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < 2; k++) {
            if (!S->wl[k]) continue;
            size_t m = pass ? n - 1 : n;
            if (pass && (n < 3 || key[n - 1] != 's')) continue;
            const char *r = pr_table_get(S->wl[k], key, m);
            if (!r) continue;
            char c = r[0];
            if (pass && !strchr("OFSVZHo%", c)) continue;
            *v = r[1] == '\t' ? strtod(r + 2, NULL) : 0;
            return c;
        }
    }
    return 0;
}

static bool starts_with(const char *t, size_t len, size_t p, const char *w)
{
    size_t n = strlen(w);
    if (p + n > len) return false;
    for (size_t k = 0; k < n; k++) {
        char c = t[p + k];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[k]) return false;
    }
    return true;
}

static bool is_url(const char *t, size_t len, size_t p)
{
    return starts_with(t, len, p, "http://") || starts_with(t, len, p, "https://") ||
           starts_with(t, len, p, "www.");
}

static double vulgar(int32_t cp)
{
    switch (cp) {
    case 0xBD: return 0.5;
    case 0xBC: return 0.25;
    case 0xBE: return 0.75;
    case 0x2153: return 1.0 / 3;
    case 0x2154: return 2.0 / 3;
    case 0x2155: return 0.2;
    case 0x2156: return 0.4;
    case 0x2157: return 0.6;
    case 0x2158: return 0.8;
    case 0x2159: return 1.0 / 6;
    case 0x215A: return 5.0 / 6;
    case 0x215B: return 0.125;
    case 0x215C: return 0.375;
    case 0x215D: return 0.625;
    case 0x215E: return 0.875;
    default: return 0;
    }
}

/* The row of the currency tables for a folded word key[0..kn) (tokenize() keeps it in the atom
 * for cur_class()), NULL for none: a key of 16 bytes or more is no currency word. */
static const char *cur_row(const scan *S, const char *key, size_t kn)
{
    if (!kn || kn >= 16) return NULL;
    for (int k = 0; k < 2; k++) {
        const char *r = pr_table_get(S->cur[k], key, kn);
        if (r) return r;
    }
    return NULL;
}

static bool push_atom(scan *S, const atom *a)
{
    if (S->n == S->cap && !PR_GROW(S->a, S->cap, S->n + 1)) return false;
    S->a[S->n++] = *a;
    return true;
}

static bool tokenize(scan *S)
{
    const char *t = S->t;
    size_t len = S->len, i = 0;
    uint8_t gap = 2;
    char prev_key[48]; /* the fold of the last word read, atom prev_n */
    size_t prev_n = SIZE_MAX, prev_kn = 0;
    while (i < len) {
        size_t p = i;
        int32_t c = pr_utf8_next(t, len, &i);
        if (c == '\n' || c == '\r') { gap = 2; continue; }
        if (pr_cp_is_space(c) || c == '\t') { if (gap < 1) gap = 1; continue; }
        atom a;
        memset(&a, 0, sizeof a);
        a.gap = gap;
        gap = 0;
        bool lead_sep = (c == '.' || c == ',') && i < len && is_ascii_digit(t[i]) &&
                        (a.gap || (S->n && S->a[S->n - 1].t == AT_SYM));
        if ((c >= '0' && c <= '9') || lead_sep) {
            i = scan_digits(S, p, &a);
        } else if (pr_cp_is_letter(c) && is_url(t, len, p)) {
            /* numbers in a web address are not figures */
            while (i < len && t[i] != ' ' && t[i] != '\n' && t[i] != '\t') i++;
            gap = 1;
            continue;
        } else if (pr_cp_is_letter(c)) {
            size_t q = i;
            while (q < len) {
                size_t r = q;
                int32_t d = pr_utf8_next(t, len, &r);
                if (!pr_cp_is_letter(d)) break;
                q = r;
            }
            i = q;
            a.t = AT_WORD;
            a.s = (uint32_t)p;
            a.e = (uint32_t)q;
            a.cp = c;
            a.plural = t[q - 1] == 's';
            char key[48];
            size_t kn = pr_fold(t + p, q - p, key, sizeof key);
            if (kn) a.cls = lex_class(S, key, kn, &a.v);
            a.cur = cur_row(S, key, kn);
            /* two-word entries: "pour cent", "per cent", "out of"; the word before is folded
             * already when it was the last word read (prev_n) */
            if (S->n && S->a[S->n - 1].t == AT_WORD && a.gap == 1 && kn) {
                atom *pv = &S->a[S->n - 1];
                char k2[96];
                size_t pn = prev_n == S->n - 1 ? prev_kn : pr_fold(t + pv->s, pv->e - pv->s, k2, 48);
                if (prev_n == S->n - 1 && pn) memcpy(k2, prev_key, pn);
                if (pn && pn + 1 + kn < sizeof k2) {
                    k2[pn] = ' ';
                    memcpy(k2 + pn + 1, key, kn);
                    double v2;
                    char c2 = lex_class(S, k2, pn + 1 + kn, &v2);
                    if (c2) {
                        pv->e = a.e; pv->cls = c2; pv->v = v2; pv->plural = a.plural;
                        char k3[16];
                        pv->cur = cur_row(S, k3, pr_fold(t + pv->s, pv->e - pv->s, k3, sizeof k3));
                        prev_n = SIZE_MAX;
                        continue;
                    }
                }
            }
            prev_n = S->n; /* the index this word gets */
            prev_kn = kn;
            if (kn) memcpy(prev_key, key, kn);
        } else {
            a.t = AT_SYM;
            a.s = (uint32_t)p;
            a.e = (uint32_t)i;
            a.cp = c;
        }
        if (!push_atom(S, &a)) return false;
    }
    return true;
}

/* ---- composition ----------------------------------------------------------------------------- */

typedef struct comp {
    double total, h, r, last_scale;
    char rc;        /* class of the last small item: 0, U, T, D, N (digits), X (closed), A */
    bool small, hund, dec, words, any;
    int items;
} comp;

static double comp_value(const comp *c) { return c->total + c->h + c->r; }

static bool comp_add(comp *c, char cls, double v, bool fr, bool after_and)
{
    switch (cls) {
    case 'U': case 'T': case 'D':
        if (after_and && v == 0) return false;
        if (!c->small) {
            c->r = v; c->rc = cls; c->small = true;
        } else if (c->rc == 'D' && cls == 'U' && v >= 1 && fmod(c->r, 10) == 0) {
            c->r += v; c->rc = 'X';
        } else if (c->rc == 'D' && (c->r == 60 || c->r == 80) && cls == 'T') {
            c->r += v; c->rc = v == 10 ? 't' : 'X';
        } else if (((c->rc == 'T' && c->r == 10) || c->rc == 't') && cls == 'U' && v >= 7 && fr) {
            c->r += v; c->rc = 'X';
        } else if (c->rc == 'U' && c->r == 4 && cls == 'D' && v == 20 && fr) {
            c->r = 80; c->rc = 'D';
        } else {
            return false;
        }
        break;
    case 'N': /* digits */
        if (c->dec) return false;
        if (!c->any) { c->r = v; c->rc = 'N'; c->small = true; break; }
        if (c->small || v != floor(v) || v < 1) return false;
        if (c->hund && v >= 100) return false;
        if (!c->hund && c->last_scale && v >= 1000) return false;
        if (!c->hund && !c->last_scale) return false;
        c->r = v; c->rc = 'N'; c->small = true;
        break;
    case 'H':
        if (c->hund) return false;
        if (!c->small) { c->h = 100; }
        else if (c->r >= 1) { c->h = c->r * 100; c->r = 0; c->small = false; c->rc = 0; }
        else return false;
        c->hund = true;
        break;
    case 'S': {
        double g = c->h + c->r;
        if (!c->small && !c->hund) {
            if (c->any && c->rc != 'A') {
                if (!(c->last_scale && v > c->last_scale)) return false;
                g = 0;
            } else {
                g = 1;
            }
        }
        if (c->last_scale == 0 || v < c->last_scale) c->total += g * v;
        else if (v > c->last_scale) c->total = (c->total + g) * v;
        else return false;
        c->last_scale = v;
        c->h = c->r = 0; c->small = c->hund = false; c->rc = 0;
        break;
    }
    case 'A':
        if (c->any) return false;
        c->r = 1; c->small = true; c->rc = 'A';
        break;
    default:
        return false;
    }
    c->any = true;
    c->items++;
    return true;
}

typedef struct res {
    size_t j;             /* next atom */
    uint32_t s, e, ne;
    double v;
    int kind;
    unsigned flags;
} res;

/* The atom continuing a phrase after atom k: the next one on the same line, skipping a hyphen
 * between two words. Returns S->n when there is none. */
static size_t next_elem(const scan *S, size_t k)
{
    size_t x = k + 1;
    if (x >= S->n || S->a[x].gap > 1) return S->n;
    const atom *a = &S->a[x];
    if (a->t == AT_SYM && (a->cp == '-' || a->cp == 0x2010 || a->cp == 0x2011) && x + 1 < S->n &&
        S->a[x + 1].gap <= 1 && S->a[x + 1].t == AT_WORD && S->a[x + 1].cls &&
        S->a[k].t == AT_WORD && S->a[k].cls)
        return x + 1;
    return x;
}

static bool is_small_cls(char c) { return c == 'U' || c == 'T' || c == 'D'; }
static bool is_ord_cls(char c) { return c == 'O' || c == 'o' || c == 'F'; }

/* Whether the words from atom y are the numerator of a fraction ("and two thirds"). */
static bool ends_in_fraction(const scan *S, size_t y)
{
    for (int guard = 0; guard < PHRASE_MAX && y < S->n; guard++) {
        const atom *a = &S->a[y];
        if (a->t != AT_WORD && a->t != AT_NUM) return false;
        if (a->t == AT_WORD) {
            if (a->cls == 'O' || a->cls == 'F') return true;
            if (!(is_small_cls(a->cls) || a->cls == 'H' || a->cls == 'S')) return false;
        } else if (a->nk != NK_INT) {
            return false;
        }
        y = next_elem(S, y);
    }
    return false;
}

/* Composes a cardinal from atom k: words and digits. *last = last atom used. */
#define CP_AND 1u      /* "and"/"et" may join parts */
#define CP_NO_HUNDREDS 2u /* a plural hundred ("cents") ends the number: money after a unit */
static bool compose(const scan *S, size_t k, comp *c, size_t *last, unsigned flags)
{
    bool allow_and = flags & CP_AND;
    memset(c, 0, sizeof *c);
    const atom *a = &S->a[k];
    if (a->t == AT_NUM) {
        if (a->nk != NK_INT && a->nk != NK_DEC) return false;
        if (!comp_add(c, 'N', a->v, S->fr, false)) return false;
        c->dec = a->nk == NK_DEC;
    } else if (a->t == AT_WORD && (is_small_cls(a->cls) || a->cls == 'H' || a->cls == 'S' || a->cls == 'A')) {
        if (a->cls == 'H' && a->plural) return false; /* "cents" alone is not a number */
        if (!comp_add(c, a->cls, a->v, S->fr, false)) return false;
        c->words = true;
    } else {
        return false;
    }
    *last = k;
    for (int guard = 0; guard < PHRASE_MAX; guard++) {
        size_t x = next_elem(S, *last);
        if (x >= S->n) break;
        const atom *b = &S->a[x];
        comp save = *c;
        char bc = b->t == AT_WORD ? b->cls : 0;
        if (bc == 'V' && b->v >= 100) bc = b->v == 100 ? 'H' : 'S'; /* "five hundreds", "3 millions" */
        if (is_small_cls(bc) || bc == 'H' || bc == 'S') {
            if (c->rc == 'A' && bc != 'H' && bc != 'S') break;
            if (bc == 'H' && b->plural && (c->rc == 'N' || (flags & CP_NO_HUNDREDS)))
                break; /* "34 cents" is money, not 3400 */
            if (c->dec && bc != 'H' && bc != 'S') break;
            if (!comp_add(c, bc, b->v, S->fr, false)) { *c = save; break; }
            c->words = true;
            *last = x;
            continue;
        }
        if (b->t == AT_NUM && b->nk == NK_INT && !b->glued && b->gap == 1 && c->words) {
            if (!comp_add(c, 'N', b->v, S->fr, false)) { *c = save; break; }
            *last = x;
            continue;
        }
        if (allow_and && b->t == AT_WORD && b->cls == 'C' && c->rc != 'A' && !c->dec) {
            size_t y = next_elem(S, x);
            if (y >= S->n) break;
            const atom *d = &S->a[y];
            char dc = d->t == AT_NUM ? (d->nk == NK_INT && !d->glued ? 'N' : 0) : d->cls;
            if (!dc || !(is_small_cls(dc) || dc == 'N')) break;
            /* a fraction after "and" is a mixed number, handled by the caller */
            if (ends_in_fraction(S, y)) break;
            bool ok;
            if (S->fr && !S->en) /* "vingt et un", "soixante et onze" */
                ok = c->rc == 'D' && ((dc == 'U' && d->v == 1) || (dc == 'T' && d->v == 11));
            else
                ok = c->hund || (c->last_scale && !c->small) || (c->rc == 'D' && dc == 'U') ||
                     (S->fr && c->rc == 'D' && ((dc == 'U' && d->v == 1) || (dc == 'T' && d->v == 11)));
            if (!ok) break;
            if (c->hund && !c->small && dc != 'N' && d->v >= 100) break;
            if (!comp_add(c, dc, d->v, S->fr, true)) { *c = save; break; }
            if (dc != 'N') c->words = true;
            /* "3 hundred and 2 hundred": the part after "and" takes no larger unit */
            size_t w = next_elem(S, y);
            if (w < S->n && S->a[w].t == AT_WORD && (S->a[w].cls == 'H' || S->a[w].cls == 'S')) {
                comp probe = *c;
                if (!comp_add(&probe, S->a[w].cls, S->a[w].v, S->fr, false) ||
                    (S->a[w].cls == 'H' && save.hund)) { *c = save; break; }
            }
            *last = y;
            continue;
        }
        break;
    }
    return true;
}

/* An ordinal phrase from atom k: cardinal words ending with an ordinal word ("vingt-cinquième",
 * "hundred trillionth", "dixième"). Returns the ordinal value and the class of the ordinal word. */
static bool ordinal_phrase(const scan *S, size_t k, double *val, size_t *last, char *ocls)
{
    const atom *a = &S->a[k];
    if (a->t != AT_WORD) return false;
    if (is_ord_cls(a->cls)) { *val = a->v; *last = k; *ocls = a->cls; return a->cls != 'F' || true; }
    comp c;
    memset(&c, 0, sizeof c);
    if (!(is_small_cls(a->cls) || a->cls == 'H' || a->cls == 'S')) return false;
    if (!comp_add(&c, a->cls, a->v, S->fr, false)) return false;
    size_t at = k;
    for (int guard = 0; guard < PHRASE_MAX; guard++) {
        size_t x = next_elem(S, at);
        if (x >= S->n) return false;
        const atom *b = &S->a[x];
        bool and_ = false;
        if (b->t == AT_WORD && b->cls == 'C') {
            size_t y = next_elem(S, x);
            if (y >= S->n) return false;
            b = &S->a[y];
            x = y;
            and_ = true;
        }
        if (b->t != AT_WORD || !b->cls) return false;
        if (b->cls == 'O' || b->cls == 'o') {
            char oc = b->v < 10 ? 'U' : b->v < 20 ? 'T' : b->v < 100 ? 'D' : b->v == 100 ? 'H' : 'S';
            if (!comp_add(&c, oc, b->v, S->fr, and_)) return false;
            *val = comp_value(&c);
            *last = x;
            *ocls = 'O'; /* "twenty-first" is a denominator even though "first" alone is not */
            return true;
        }
        if (!(is_small_cls(b->cls) || b->cls == 'H' || b->cls == 'S')) return false;
        if (!comp_add(&c, b->cls, b->v, S->fr, and_)) return false;
        at = x;
    }
    return false;
}

/* A fraction starting at k: "a half", "un demi", "trois quarts", "two thirds", "un cinquième". */
static bool fraction_at(const scan *S, size_t k, double *val, size_t *last)
{
    const atom *a = &S->a[k];
    if (a->t == AT_WORD && a->cls == 'F' && a->v == 2 && S->fr) { /* "et demi" */
        *val = 0.5; *last = k; return true;
    }
    comp c;
    size_t l;
    if (a->t == AT_WORD && a->cls == 'A') {
        memset(&c, 0, sizeof c); c.r = 1; c.any = true; l = k;
    } else if (!compose(S, k, &c, &l, 0) || c.dec) {
        return false;
    }
    size_t x = next_elem(S, l);
    if (x >= S->n) return false;
    double den;
    size_t ol;
    char oc;
    if (!ordinal_phrase(S, x, &den, &ol, &oc) || oc == 'o' || den == 0) return false;
    *val = comp_value(&c) / den;
    *last = ol;
    return true;
}

static bool is_minus_sym(int32_t cp) { return cp == '-' || cp == 0x2212; }

static bool percent_after(const scan *S, size_t l, size_t *pl)
{
    size_t x = l + 1;
    if (x >= S->n || S->a[x].gap > 1) return false;
    const atom *b = &S->a[x];
    if ((b->t == AT_SYM && (b->cp == '%' || b->cp == 0x2030)) || (b->t == AT_WORD && b->cls == '%')) {
        *pl = x;
        return true;
    }
    return false;
}

/* Currency class of an atom: 'M' major unit ("dollars", "$"), 'm' minor ("cents"), 'X' a
 * million-prefixed ISO code ("MUSD"), or 0. */
static char cur_class(const atom *a, double *parts)
{
    if (parts) *parts = 100;
    if (a->t == AT_SYM) return money_sign(a->cp) ? 'M' : 0;
    if (a->t != AT_WORD || !a->cur) return 0;
    if (parts && a->cur[1] == '\t') *parts = strtod(a->cur + 2, NULL);
    return a->cur[0];
}

/* v to 12 significant digits: a decimal times a scale carries binary noise ("$8.3 million" is
 * 8.3 × 10^6 = 8300000.000000001), which would print as written. */
static double tidy(double v)
{
    if (!isfinite(v) || v == 0) return v;
    double k = 12.0 - ceil(log10(fabs(v)));
    if (k < -300 || k > 300) return v;
    double p = pow(10.0, k), r = round(v * p) / p;
    return isfinite(r) ? r : v;
}

/* Reads the cardinal, fraction or percent starting at atom i (cardinal mode). */
static bool parse_at(const scan *S, size_t i, res *R)
{
    const atom *A = S->a;
    size_t k = i;
    bool neg = false;
    memset(R, 0, sizeof *R);
    R->kind = PRECIS_NUMBER_CARDINAL;
    R->s = A[i].s;
    if (A[k].t == AT_WORD && A[k].cls == 'M') {
        size_t x = next_elem(S, k);
        if (x >= S->n || A[x].gap != 1) return false;
        neg = true;
        k = x;
    } else if (A[k].t == AT_SYM && is_minus_sym(A[k].cp) && k + 1 < S->n && A[k + 1].t == AT_NUM &&
               (A[k + 1].gap == 0 || (k == 0 && A[k + 1].gap == 1)) &&
               (A[k].gap >= 1 || (k && A[k - 1].t == AT_SYM && A[k - 1].cp != '-')) &&
               !(k && A[k - 1].t == AT_NUM)) { /* "75 -300mm" is a range */
        neg = true;
        k++;
    }
    const atom *a = &A[k];
    /* percent word first: "percent of 10", "pourcentage de vingt" */
    if (a->t == AT_WORD && a->cls == '%') {
        size_t x = next_elem(S, k);
        if (x < S->n && A[x].t == AT_WORD && A[x].cls == 'X') {
            size_t y = next_elem(S, x), l;
            comp c;
            if (y < S->n && compose(S, y, &c, &l, CP_AND)) {
                R->kind = PRECIS_NUMBER_PERCENT;
                R->v = comp_value(&c);
                R->e = R->ne = A[l].e;
                R->j = l + 1;
                R->flags = c.words ? PRECIS_NUMBER_WORDS : 0;
                return true;
            }
        }
        if (!neg) {
            R->kind = PRECIS_NUMBER_PERCENT;
            R->v = NAN;
            R->flags = PRECIS_NUMBER_NOVALUE | PRECIS_NUMBER_WORDS;
            R->e = R->ne = a->e;
            R->j = k + 1;
            return true;
        }
        return false;
    }
    if (a->t == AT_WORD && !a->cls && cur_class(a, NULL) == 'X') { /* "MAUD 60" */
        size_t x = next_elem(S, k), l;
        comp c;
        if (x < S->n && A[x].t == AT_NUM && compose(S, x, &c, &l, 0)) {
            R->v = (neg ? -1 : 1) * comp_value(&c) * 1e6;
            R->e = R->ne = A[l].e;
            R->j = l + 1;
            return true;
        }
        return false;
    }
    if (a->t == AT_SYM && a->cp == '%' && !neg && (i == 0 || A[i - 1].t != AT_NUM)) {
        R->kind = PRECIS_NUMBER_PERCENT;
        R->v = NAN;
        R->flags = PRECIS_NUMBER_NOVALUE;
        R->e = R->ne = a->e;
        R->j = k + 1;
        return true;
    }
    size_t l = k;
    double v = 0;
    unsigned flags = 0;
    if (a->t == AT_SYM && vulgar(a->cp) > 0) {
        v = vulgar(a->cp);
        R->kind = PRECIS_NUMBER_FRACTION;
    } else if (a->t == AT_NUM && a->nk == NK_INT && !a->glued && k + 1 < S->n &&
               S->a[k + 1].gap == 0 && S->a[k + 1].t == AT_SYM && vulgar(S->a[k + 1].cp) > 0) {
        v = a->v + vulgar(S->a[k + 1].cp); /* "2½" */
        l = k + 1;
        R->kind = PRECIS_NUMBER_FRACTION;
    } else if (a->t == AT_NUM && (a->nk == NK_POW || a->nk == NK_FRAC || a->glued)) {
        v = a->v;
        R->kind = a->nk == NK_FRAC ? PRECIS_NUMBER_FRACTION : PRECIS_NUMBER_CARDINAL;
        if (a->glued) flags |= PRECIS_NUMBER_GLUED;
    } else if (a->t == AT_NUM && (a->nk == NK_ORD || a->nk == NK_BAD)) {
        return false;
    } else if (a->t == AT_WORD && a->cls == 'F') {
        /* "half a dozen", "half million", "quarter million", "half" */
        size_t x = next_elem(S, k);
        double f = 1.0 / a->v;
        if (x < S->n && A[x].t == AT_WORD && A[x].cls == 'A') {
            size_t y = next_elem(S, x);
            if (y < S->n && A[y].t == AT_WORD && (A[y].cls == 'Z' || A[y].cls == 'S')) x = y;
        }
        if (x < S->n && A[x].t == AT_WORD && (A[x].cls == 'Z' || A[x].cls == 'S') && !A[x].plural) {
            v = f * A[x].v;
            l = x;
            R->kind = A[x].cls == 'Z' ? PRECIS_NUMBER_CARDINAL : PRECIS_NUMBER_FRACTION;
        } else if (a->v == 2 && S->en && a->plural == 0 && (a->cp == 'h' || a->cp == 'H')) {
            v = 0.5;
            R->kind = PRECIS_NUMBER_FRACTION;
        } else {
            return false;
        }
        flags |= PRECIS_NUMBER_WORDS;
    } else if (a->t == AT_WORD && a->cls == 'V' && a->plural) {
        /* "dozens", "des dizaines", "milliers", "tens of thousands" */
        v = a->v;
        flags |= PRECIS_NUMBER_VAGUE | PRECIS_NUMBER_WORDS;
        size_t x = next_elem(S, k);
        if (x < S->n && A[x].t == AT_WORD && A[x].cls == 'X') {
            size_t y = next_elem(S, x);
            if (y < S->n && A[y].t == AT_WORD && (A[y].cls == 'V' || A[y].cls == 'S') && A[y].v > v) {
                v *= A[y].v;
                l = y;
            }
        }
    } else {
        comp c;
        if (a->t == AT_WORD && a->cls == 'A') {
            /* "a dozen", "a hundred", "a fifth", "a half" */
            size_t x = next_elem(S, k);
            if (x >= S->n || A[x].t != AT_WORD) return false;
            char xc = A[x].cls;
            if (xc == 'Z') { v = 12; l = x; flags |= PRECIS_NUMBER_WORDS; goto tail; }
            if (xc == 'O' || xc == 'F' || is_small_cls(xc)) {
                double f;
                if (fraction_at(S, k, &f, &l)) {
                    v = f; R->kind = PRECIS_NUMBER_FRACTION; flags |= PRECIS_NUMBER_WORDS;
                    goto tail;
                }
                return false;
            }
            if (xc != 'H' && xc != 'S') return false;
        }
        if (!compose(S, k, &c, &l, CP_AND)) return false;
        v = comp_value(&c);
        if (c.words) flags |= PRECIS_NUMBER_WORDS;
        bool only_un = c.items == 1 && A[k].t == AT_WORD && A[k].v == 1 && A[k].cls == 'U';
        /* what may follow a cardinal */
        size_t x = next_elem(S, l);
        const atom *b = x < S->n ? &A[x] : NULL;
        if (b && b->t == AT_WORD && (b->cls == 'Z' || (b->cls == 'V' && b->v == 12))) { /* "trois douzaines", "two dozens" */
            double part = c.r ? c.r : 1;
            v = v - c.r + part * 12;
            l = x;
            only_un = false;
        } else if (b && b->t == AT_WORD && b->cls == 'V' && !c.dec) { /* "deux centaines", "une dizaine" */
            if (b->v == 12) v *= 12;
            else if (b->v >= 100 && !c.hund && !c.last_scale) v *= b->v;
            else if (b->v < 100 && !c.hund && !c.last_scale && !c.words) v *= b->v;
            else if (b->v < 100 && !c.hund && !c.last_scale) v *= b->v;
            else goto after;
            l = x;
            only_un = false;
        } else if (b && b->t == AT_WORD && b->cls == 'C') { /* mixed: "three and a half" */
            size_t y = next_elem(S, x), fl;
            double f;
            if (y < S->n && fraction_at(S, y, &f, &fl)) {
                double unit = (c.last_scale && !c.small && !c.hund) ? c.last_scale : 1;
                v += f * unit;
                l = fl;
                R->kind = PRECIS_NUMBER_FRACTION;
                size_t z = next_elem(S, l);
                if (z < S->n && A[z].t == AT_WORD && A[z].cls == 'S') {
                    if (c.last_scale && c.last_scale > A[z].v) v = comp_value(&c) + f * A[z].v;
                    else v *= A[z].v;
                    l = z;
                }
                only_un = false;
            }
        } else if (b && b->t == AT_WORD && b->cls == 'P' && !c.dec) { /* "deux cent virgule trois" */
            size_t y = next_elem(S, x);
            if (y < S->n && A[y].t == AT_WORD && is_small_cls(A[y].cls)) {
                char digs[PHRASE_MAX + 4];
                size_t nd = 0, yl = y;
                size_t z = y;
                bool all_digits = true;
                while (z < S->n && A[z].t == AT_WORD && A[z].cls == 'U' && nd < PHRASE_MAX) {
                    digs[nd++] = (char)('0' + (int)A[z].v);
                    yl = z;
                    z = next_elem(S, z);
                }
                if (nd < 2) {
                    comp d;
                    size_t dl;
                    if (compose(S, y, &d, &dl, 0)) {
                        double dv = comp_value(&d);
                        nd = (size_t)snprintf(digs, sizeof digs, "%.0f", dv);
                        yl = dl;
                        all_digits = false;
                    }
                }
                (void)all_digits;
                if (nd) {
                    double frac = strtod(digs, NULL) / pow(10.0, (double)nd);
                    v += frac;
                    l = yl;
                    only_un = false;
                }
            }
        } else if (b && b->t == AT_WORD && b->cls == 'R' && !c.dec) { /* "un sur trois", "1 in 20" */
            size_t y = next_elem(S, x), dl;
            comp d;
            if (y < S->n && compose(S, y, &d, &dl, CP_AND)) {
                double den = comp_value(&d);
                if (den > v && den > 0) {
                    v /= den;
                    l = dl;
                    R->kind = PRECIS_NUMBER_FRACTION;
                    only_un = false;
                }
            }
        } else if (b && b->t == AT_WORD && !b->cls && b->e - b->s == 1 && b->gap <= 1 &&
                   !c.words && !A[k].mult && (b->cp == 'k' || b->cp == 'K' || b->cp == 'G' || b->cp == 'M')) {
            size_t z = x + 1;
            if (z >= S->n || A[z].gap > 0 || A[z].t == AT_SYM) {
                v *= b->cp == 'G' ? 1e9 : b->cp == 'M' ? 1e6 : 1e3;
                l = x;
            }
        } else if (b && b->t == AT_WORD && !b->cls && b->gap == 1 && !c.words && !A[k].mult && x + 1 < S->n &&
                   A[x + 1].gap == 0 && A[x + 1].t == AT_SYM && money_sign(A[x + 1].cp) &&
                   (span_is(S, b, "Md") || span_is(S, b, "Mds") || span_is(S, b, "Mrd"))) {
            v *= 1e9; /* "1,2 Md€", "3 Mds$": milliards before the sign */
            l = x;
        } else if (b && b->t == AT_NUM && b->nk == NK_FRAC && b->gap == 1 && !c.words && !c.dec &&
                   c.items == 1 && v < 1000) { /* "2 1/4" */
            v += b->v;
            l = x;
            R->kind = PRECIS_NUMBER_FRACTION;
        } else if (b && b->t == AT_WORD && is_ord_cls(b->cls)) {
            double f, den;
            size_t ol;
            char oc;
            (void)f;
            if (!c.dec && ordinal_phrase(S, x, &den, &ol, &oc) && oc != 'o' && den > 0) {
                v /= den;
                l = ol;
                R->kind = PRECIS_NUMBER_FRACTION;
                only_un = false;
            }
        } else if (b && b->t == AT_WORD && (is_small_cls(b->cls) || b->cls == 'H' || b->cls == 'S') && c.words) {
            /* a word that cannot continue: maybe the start of a denominator ("un vingt-cinquième") */
            double den;
            size_t ol;
            char oc;
            if (!c.dec && ordinal_phrase(S, x, &den, &ol, &oc) && oc != 'o' && oc != 'F' && den > 0) {
                v /= den;
                l = ol;
                R->kind = PRECIS_NUMBER_FRACTION;
                only_un = false;
            }
        }
        /* amounts: "15 dollars 50", "treize euros et quarante-cinq cents", "75 USD million",
         * "30 MUSD" */
        size_t m = next_elem(S, l);
        double parts = 100, mparts = 100;
        char mc = (m < S->n && R->kind == PRECIS_NUMBER_CARDINAL) ? cur_class(&A[m], &parts) : 0;
        if (c.dec && mc != 'X') mc = 0;
        if (mc == 'X') {
            v *= 1e6;
            l = m;
        } else if (mc == 'M' || mc == 'N') {
            size_t y = next_elem(S, m);
            if (y < S->n && A[y].t == AT_WORD && A[y].cls == 'S' && !A[y].plural) {
                v *= A[y].v;
                l = y;
            } else {
                if (y < S->n && A[y].t == AT_WORD && A[y].cls == 'C') y = next_elem(S, y);
                comp d;
                size_t dl;
                if (y < S->n && A[y].gap > 0 && compose(S, y, &d, &dl, CP_NO_HUNDREDS) && !d.dec &&
                    comp_value(&d) >= 1 && comp_value(&d) < parts) {
                    size_t z = next_elem(S, dl);
                    char zc = z < S->n ? cur_class(&A[z], &mparts) : 0;
                    bool minor = zc == 'm' && mparts == parts;
                    bool more = z < S->n && (A[z].t == AT_NUM || (A[z].t == AT_WORD && is_small_cls(A[z].cls)) ||
                                             zc == 'M' || zc == 'N');
                    if (!more && (minor || mc == 'M')) {
                        v += comp_value(&d) / parts;
                        l = minor ? z : dl;
                    }
                }
            }
        }
        if (c.items == 1 && A[k].t == AT_WORD && A[k].v == 1 && l == k && k > 0 &&
            A[k - 1].t == AT_WORD && A[k - 1].cls == 'Q')
            return false; /* "the one", "which one": a pronoun */
    after:
        if (only_un) {
            char key[8];
            size_t kn = pr_fold(S->t + A[k].s, A[k].e - A[k].s, key, sizeof key);
            if ((kn == 2 && !memcmp(key, "un", 2)) || (kn == 3 && !memcmp(key, "une", 3)))
                flags |= PRECIS_NUMBER_ARTICLE;
        }
    }
tail:
    if (R->kind == PRECIS_NUMBER_FRACTION) {
        size_t z = next_elem(S, l);
        if (z < S->n && A[z].t == AT_WORD && A[z].cls == 'S' && v < 1) { v *= A[z].v; l = z; }
        else if (z < S->n && A[z].t == AT_WORD && A[z].cls == 'X' && v < 1) { /* "two thirds of a million" */
            size_t y = next_elem(S, z);
            if (y < S->n && A[y].t == AT_WORD && A[y].cls == 'A') y = next_elem(S, y);
            if (y < S->n && A[y].t == AT_WORD && A[y].cls == 'S' && !A[y].plural) { v *= A[y].v; l = y; }
        }
    }
    R->e = R->ne = A[l].e;
    size_t pl;
    if (percent_after(S, l, &pl)) {
        R->kind = PRECIS_NUMBER_PERCENT;
        R->e = A[pl].e;
        l = pl;
    }
    R->v = neg ? -v : v;
    R->flags = flags;
    R->j = l + 1;
    return true;
}

/* Relative ordinals from data/ordrel: "last", "next to last", "l'avant-dernier". */
static bool parse_relative_at(const scan *S, size_t i, res *R)
{
    const atom *A = S->a;
    if (A[i].t != AT_WORD || (!S->rel[0] && !S->rel[1])) return false;
    size_t ends[10];
    int ne = 0;
    for (size_t j = i; j < S->n && j < i + 16 && ne < 10; j++) {
        if (j > i && A[j].gap > 1) break;
        if (A[j].t == AT_WORD) ends[ne++] = j;
        else if (!(A[j].cp == '-' || A[j].cp == '\'' || A[j].cp == 0x2019)) break;
    }
    for (int k = ne - 1; k >= 0; k--) {
        char key[160], clean[160];
        size_t kn = pr_fold(S->t + A[i].s, A[ends[k]].e - A[i].s, key, sizeof key), m = 0;
        if (!kn) continue;
        for (size_t x = 0; x < kn; x++) { /* collapse spaces */
            if (key[x] == ' ' && m && clean[m - 1] == ' ') continue;
            clean[m++] = key[x];
        }
        for (int t = 0; t < 2; t++) {
            const char *r = pr_table_get(S->rel[t], clean, m);
            if (!r) continue;
            memset(R, 0, sizeof *R);
            R->kind = PRECIS_NUMBER_ORDINAL;
            R->s = A[i].s;
            R->e = R->ne = A[ends[k]].e;
            R->flags = PRECIS_NUMBER_WORDS | (r[0] == 'e' ? PRECIS_NUMBER_FROM_END : PRECIS_NUMBER_FROM_CURRENT);
            R->v = r[1] == '\t' ? strtod(r + 2, NULL) : 0;
            R->j = ends[k] + 1;
            return true;
        }
    }
    return false;
}

/* Ordinal mode: "3e", "21st", "vingt et unième", "hundred trillionth". */
static bool parse_ordinal_at(const scan *S, size_t i, res *R)
{
    const atom *a = &S->a[i];
    memset(R, 0, sizeof *R);
    R->kind = PRECIS_NUMBER_ORDINAL;
    if (a->t == AT_NUM) {
        if (a->nk != NK_ORD) return false;
        R->s = a->s; R->e = R->ne = a->e; R->v = a->v; R->j = i + 1;
        return true;
    }
    if (a->t != AT_WORD) return false;
    size_t k = i;
    bool art = false;
    if (a->cls == 'A') { k = next_elem(S, i); art = true; if (k >= S->n) return false; }
    double v;
    size_t l;
    char oc;
    if (!ordinal_phrase(S, k, &v, &l, &oc) || oc == 'F') return false;
    /* "a trillionth" is a fraction; "a first class", "and a third" are ordinals */
    if (!art && l == k && v >= 100 && i > 0 && S->a[i - 1].t == AT_WORD && S->a[i - 1].cls == 'A' &&
        S->a[i].gap <= 1)
        return false;
    if (art && l == k && v >= 100) return false; /* "a trillionth" is a fraction */
    if (art && l == k) { R->s = S->a[k].s; R->e = R->ne = S->a[l].e; R->v = v; R->j = l + 1; R->flags = PRECIS_NUMBER_WORDS; return true; }
    if (art) v *= 1; /* "a hundred trillionth" */
    R->s = a->s; R->e = R->ne = S->a[l].e; R->v = v; R->j = l + 1;
    R->flags = PRECIS_NUMBER_WORDS;
    return true;
}

/* The languages whose words make numbers in a text of `lang` (French, English, or both for any
 * other or none) and their number words (data/numwords), French first. */
static void scan_langs(scan *S, const char *lang)
{
    bool is_fr = lang && !strcmp(lang, "fr"), is_en = lang && !strcmp(lang, "en");
    S->fr = is_fr || !is_en;
    S->en = is_en || !is_fr;
    if (S->fr) S->wl[0] = pr_wordlist_get("numwords", "fr");
    if (S->en) S->wl[S->fr ? 1 : 0] = pr_wordlist_get("numwords", "en");
}

/* Could pr_numbers_find() find a number in sentence s of d (cardinal mode)? Read on the
 * sentence's tokens, which cut words where the parser does (at apostrophes, hyphens, anything
 * not a letter): a token of digits, a word holding a digit or a code point not a letter (a
 * mark), a vulgar fraction, or a word of the number tables (folded as the parser folds it, to
 * 47 bytes) of a class that makes a number by itself or with another such word (not "a", "and",
 * "of", "the", "point", "over", "minus": classes A C X Q P R M), or the plural of one, may make
 * one; a sentence with none of them holds no number. */
bool pr_numbers_maybe(const precis_doc *d, const pr_sent *s)
{
    /* the parser's number words for d's language, as pr_numbers_find() picks them */
    scan S;
    memset(&S, 0, sizeof S);
    scan_langs(&S, d->lang);
    for (uint32_t k = s->tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        const char *x = d->text + t->start;
        size_t n = t->end - t->start;
        if (t->kind == PR_TOK_NUM) return true;
        if (t->kind != PR_TOK_WORD) {
            size_t i = 0;
            if (vulgar(pr_utf8_next(x, n, &i)) > 0) return true;
            continue;
        }
        if (!(t->flags & PR_TF_ASCII)) {
            for (size_t i = 0; i < n;) {
                int32_t cp = pr_utf8_next(x, n, &i);
                if (!pr_cp_is_letter(cp)) return true;
            }
        } else {
            for (size_t i = 0; i < n; i++)
                if (is_ascii_digit(x[i])) return true;
        }
        /* the word's class as the parser reads it (lex_class(): its plural too) */
        char key[48];
        double v;
        size_t kn = pr_fold(x, n, key, sizeof key);
        char c = kn ? lex_class(&S, key, kn, &v) : 0;
        if (c && !strchr("ACXQPRM", c)) return true;
    }
    return false;
}

precis_status pr_numbers_find(const char *lang, const char *text, size_t len, unsigned mode,
                              precis_number *out, size_t cap, size_t *count)
{
    if (count) *count = 0;
    if (!text && len) return PRECIS_ERR_ARG;
    scan S;
    memset(&S, 0, sizeof S);
    S.t = text;
    S.len = len;
    scan_langs(&S, lang);
    if (S.fr) S.cur[0] = pr_wordlist_get("currency", "fr");
    if (S.en) S.cur[S.fr ? 1 : 0] = pr_wordlist_get("currency", "en");
    if (mode & PRECIS_NUMBERS_ORDINALS) {
        if (S.fr) S.rel[0] = pr_wordlist_get("ordrel", "fr");
        if (S.en) S.rel[S.fr ? 1 : 0] = pr_wordlist_get("ordrel", "en");
    }
    if (!tokenize(&S)) { pr_free(S.a); return PRECIS_ERR_NOMEM; }
    size_t found = 0, i = 0;
    while (i < S.n) {
        res R;
        bool ok = (mode & PRECIS_NUMBERS_ORDINALS)
                      ? parse_relative_at(&S, i, &R) || parse_ordinal_at(&S, i, &R)
                      : parse_at(&S, i, &R);
        if (!ok) { i++; continue; }
        if (out && found < cap) {
            precis_number *o = &out[found];
            o->start = R.s; o->end = R.e; o->num_end = R.ne;
            o->value = tidy(R.v); o->kind = R.kind; o->flags = R.flags;
        }
        found++;
        i = R.j > i ? R.j : i + 1;
    }
    pr_free(S.a);
    if (count) *count = found;
    return PRECIS_OK;
}

PRECIS_API precis_status precis_numbers_find(const char *lang, const char *text, size_t len,
                                             unsigned mode, precis_number *out, size_t cap,
                                             size_t *count)
{
    if (!count) return PRECIS_ERR_ARG;
    return pr_numbers_find(lang, text, len, mode, out, cap, count);
}
