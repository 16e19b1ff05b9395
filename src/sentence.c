/*
 * sentence.c — sentence boundaries for French and English news, with a generic fallback.
 *
 * Method: a rule-based, single-pass splitter in the manner of Punkt's orthographic heuristics
 * and pySBD/pragmatic_segmenter's golden rules, reduced to what news text needs. Each line
 * ('\n', U+2028, U+2029) is split on its own: a line break always ends a sentence, so title
 * and heading lines are sentences of their own. Inside a line, every run of terminal
 * punctuation (". ! ? …", CJK and Ethiopic stops) together with the closing quotes and
 * brackets that follow it (French spacing before » included) is a candidate; it is a
 * boundary when what follows looks like a sentence start and what precedes is not an
 * abbreviation that keeps the sentence going:
 *   - after the candidate, a lower-case word never starts a sentence ("." a déclaré ...);
 *   - "?" "!" "…" before an upper-case letter, a digit or an opening quote end the sentence;
 *   - a full stop after a word from data/abbrev_pre (M., Dr, St., e.g.) never does;
 *   - after another abbreviation (data/abbrev: Co., Jan., p., U.S.-like dotted letter groups,
 *     single-letter initials), only before a capitalized function word or pronoun ("in the
 *     U.S. The ...", "you and I. Did ...") or a word followed by a comma, or an opening quote;
 *     never before a digit or a bracket ("Kmart Holding Corp. (KMRT.O) will buy ...");
 *   - a number or a letter that opens a sentence ("1. Le ...", "a) ...") is a list marker,
 *     and a following marker of the same list ("... 2. Le ...") starts a new sentence;
 *   - with no space after the stop ("fin.Le début"), only a lower-case letter or digit, then
 *     a capitalized word, and never inside URLs, e-mail addresses or domains (Atlantico.fr);
 *   - spaced ellipses follow MLA usage (". . ." inside, ". . . ." ends).
 * Spans exclude surrounding whitespace; empty spans are not produced.
 *
 * Limits: linear time (each byte is read a bounded number of times: words before a stop are
 * looked at over at most WORD_MAX bytes, URLs over URL_SCAN); texts beyond 4 GiB - 1 are
 * split up to that offset only (spans are 32-bit). No allocation except the output array.
 * Measured in docs/sentences.md (`precis eval sentences`).
 */
#include "internal.h"
#include <string.h>

#define WORD_MAX 64   /* bytes of the word before a stop that are examined */
#define URL_SCAN 256  /* bytes scanned back for '@' or '/' before a stop with no space */
#define KEY_MAX 64    /* longest folded word looked up in the lists */

typedef bool (*emit_fn)(void *ud, size_t start, size_t end);

typedef struct splitter {
    const char *t;
    size_t ls, le;                 /* current line [ls, le) */
    const pr_wordlist *abbr[2];    /* data/abbrev: the language's list (or en + fr) */
    const pr_wordlist *pre[2];     /* data/abbrev_pre */
    const pr_wordlist *stop[2];    /* data/stopwords */
    const pr_wordlist *def[2];     /* data/definite */
    emit_fn emit;
    void *ud;
    size_t s;                      /* start of the current sentence */
    size_t first;                  /* its first content byte (after spaces and bullets) */
    int list_next;                 /* value of the next list marker expected, 0 = none */
    char list_kind;                /* 'd' digits, 'a' letters */
    char list_suf;                 /* '.', ')', ']' for ".)", '(' for "(a)" */
    bool caseless;                 /* the line is written without capitals ("i" aside) */
    size_t qat, qn;                /* straight quotes counted on the line: qn in [ls, qat) */
} splitter;

enum wclass { W_PLAIN, W_ABBR, W_PRE, W_LIST };

/* ---- code point classes ---- */

static int32_t cp_at(const char *t, size_t n, size_t i, size_t *next)
{
    size_t k = i;
    int32_t c = pr_utf8_next(t, n, &k);
    if (next) *next = k;
    return c < 0 ? 0xFFFD : c;
}

static int32_t cp_before(const char *t, size_t lo, size_t i, size_t *start)
{
    size_t pl = pr_utf8_prev_len(t, i);
    if (pl > i - lo) pl = 1;
    if (start) *start = i - pl;
    return cp_at(t, i, i - pl, NULL);
}

static bool is_space(int32_t c) { return c != '\n' && pr_cp_is_space(c); }

/* Stops that need a following space (or a case change) to end a sentence. */
static bool is_stop_q(int32_t c)
{
    return c == '!' || c == '?' || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
           c == 0x061F || c == 0x06D4 || c == 0x0964 || c == 0x0965 || c == 0x0589;
}

/* Stops of scripts written without spaces between sentences: always a boundary. */
static bool is_stop_strong(int32_t c)
{
    return c == 0x3002 || c == 0xFF0E || c == 0xFF01 || c == 0xFF1F || c == 0xFF61 ||
           c == 0x1362 || c == 0x1367 || c == 0x1368 || c == 0x104B;
}

static bool is_term(int32_t c)
{
    if (c < 0x80) return c == '.' || c == '!' || c == '?';
    return c == 0x2026 || is_stop_q(c) || is_stop_strong(c);
}

static bool is_closer(int32_t c)
{
    return c == '"' || c == '\'' || c == 0x2019 || c == 0x201D || c == 0xBB || c == 0x203A ||
           c == ')' || c == ']' || c == '}' || c == 0x300D || c == 0x300F || c == 0xFF09 ||
           c == 0x3011;
}

static bool is_opener(int32_t c)
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x2039 ||
           c == 0x201E || c == '(' || c == '[' || c == '{' || c == 0xBF || c == 0xA1 ||
           c == 0x300C || c == 0x300E || c == 0xFF08 || c == '`' || pr_cp_is_dash(c) ||
           pr_cp_is_bullet(c);
}

static bool is_upperish(int32_t c) { return pr_cp_is_letter(c) && !pr_cp_is_lower(c); }

/* Lower-cases t[a, b) into buf; returns its length, 0 if it does not fit or is invalid. */
static size_t fold(const char *t, size_t a, size_t b, char *buf, size_t cap)
{
    size_t o = 0;
    for (size_t k = a; k < b;) {
        int32_t c = pr_utf8_next(t, b, &k);
        if (c < 0) return 0;
        char e[4];
        int m = pr_utf8_encode(pr_cp_lower(c), e);
        if (o + (size_t)m > cap) return 0;
        memcpy(buf + o, e, (size_t)m);
        o += (size_t)m;
    }
    return o;
}

static bool in_lists(const pr_wordlist *const wl[2], const char *w, size_t n)
{
    return n && (pr_wordlist_hasn(wl[0], w, n) || pr_wordlist_hasn(wl[1], w, n));
}

/* ---- output ---- */

static bool push(splitter *S, size_t a, size_t b)
{
    while (a < b) {
        size_t k;
        if (!is_space(cp_at(S->t, b, a, &k))) break;
        a = k;
    }
    while (b > a) {
        size_t k;
        if (!is_space(cp_before(S->t, a, b, &k))) break;
        b = k;
    }
    return b <= a || S->emit(S->ud, a, b);
}

/* ---- list markers: "1." "2.)" "3)" "a." "b)" followed by a space ---- */

static int parse_marker(const char *t, size_t le, size_t p, char *kind, char *suf)
{
    int v = 0;
    size_t k = p;
    bool paren = k < le && t[k] == '(';
    if (paren) k++;
    if (k < le && t[k] >= '0' && t[k] <= '9') {
        size_t d0 = k;
        while (k < le && t[k] >= '0' && t[k] <= '9' && k - d0 < 3) v = v * 10 + (t[k++] - '0');
        if (k - d0 > 2 || (k < le && t[k] >= '0' && t[k] <= '9')) return 0;
        *kind = 'd';
    } else if (k < le && t[k] >= 'a' && t[k] <= 'z') {
        v = t[k++] - 'a' + 1;
        *kind = 'a';
    } else {
        return 0;
    }
    if (paren) {
        if (k >= le || t[k] != ')') return 0;
        *suf = '(';
        k++;
    } else if (k < le && t[k] == '.' && k + 1 < le && t[k + 1] == ')') { *suf = ']'; k += 2; }
    else if (k < le && (t[k] == '.' || t[k] == ')')) *suf = t[k++];
    else return 0;
    if (k >= le || !is_space(cp_at(t, le, k, NULL))) return 0;
    return v;
}

/* A sentence starts at p: find its first content byte and whether it opens a list. */
static void sentence_begins(splitter *S, size_t p)
{
    S->s = p;
    size_t k = p;
    while (k < S->le) {
        size_t nx;
        int32_t c = cp_at(S->t, S->le, k, &nx);
        if (!is_space(c) && !pr_cp_is_bullet(c)) break;
        k = nx;
    }
    S->first = k;
    S->list_next = parse_marker(S->t, S->le, k, &S->list_kind, &S->list_suf);
    if (S->list_next) S->list_next++;
}

static bool cut(splitter *S, size_t at)
{
    if (!push(S, S->s, at)) return false;
    sentence_begins(S, at);
    return true;
}

/* ---- the word before a full stop ---- */

static bool is_roman(const char *t, size_t a, size_t b)
{
    if (b - a > 4) return false;
    for (size_t k = a; k < b; k++)
        if (!strchr("IVXLC", t[k]) || !t[k]) return false;
    return b > a;
}

/* "U.S", "a.m", "Ph.D", "LL.AA.II.RR": letter groups of 1-2 joined by dots (or "-"). */
static bool is_dotted(const char *t, size_t a, size_t b)
{
    size_t seg = 0, dots = 0;
    for (size_t k = a; k < b;) {
        size_t nx;
        int32_t c = cp_at(t, b, k, &nx);
        if (c == '.' || c == '-') {
            if (!seg && c == '.') return false;
            if (c == '.') dots++;
            seg = 0;
        } else if (pr_cp_is_letter(c)) {
            if (++seg > 2) return false;
        } else {
            return false;
        }
        k = nx;
    }
    return dots > 0;
}

static enum wclass classify(splitter *S, size_t b)
{
    const char *t = S->t;
    size_t ts = b;
    while (ts > S->ls) {
        size_t k;
        if (is_space(cp_before(t, S->ls, ts, &k))) break;
        ts = k;
        if (b - ts > WORD_MAX) return W_PLAIN;
    }
    while (ts < b) {
        size_t nx;
        int32_t c = cp_at(t, b, ts, &nx);
        if (!is_opener(c)) break;
        ts = nx;
    }
    if (ts < S->first && S->first < b) ts = S->first;  /* "Tuesday.Mr." cut before "Mr" */
    if (ts >= b) return W_PLAIN;
    if (ts == S->first) {  /* "1.", "a.", "B.", "IV." opening a sentence: a list marker */
        bool digits = b - ts <= 2;
        for (size_t k = ts; k < b && digits; k++) digits = t[k] >= '0' && t[k] <= '9';
        if (digits || (b - ts == 1 && ((t[ts] >= 'a' && t[ts] <= 'z') || (t[ts] >= 'A' && t[ts] <= 'Z'))) ||
            is_roman(t, ts, b))
            return W_LIST;
    }
    for (size_t k = ts; k < b && k - ts < 8;) {  /* "l'art.", "d’env.": the word after the elision */
        size_t nx;
        if (pr_cp_is_apostrophe(cp_at(t, b, k, &nx)) && k > ts && b - nx >= 2) { ts = nx; break; }
        k = nx;
    }
    char key[KEY_MAX];
    size_t kn = fold(t, ts, b, key, sizeof key);
    size_t nx;
    int32_t c0 = cp_at(t, b, ts, &nx);
    bool one_letter = nx == b && pr_cp_is_letter(c0);
    if (in_lists(S->pre, key, kn)) {
        /* a lower-case one after a number is a unit, which may end a sentence ("a wall of
         * 10 ft. The ..."), while "Ft. Benning", "St. Louis" go on */
        bool unit = ts >= S->ls + 2 && t[ts - 1] == ' ' && t[ts - 2] >= '0' && t[ts - 2] <= '9';
        return (one_letter || unit) && pr_cp_is_lower(c0) ? W_ABBR : W_PRE;
    }
    if (in_lists(S->abbr, key, kn)) return W_ABBR;
    /* two-word abbreviations ("p. ex."): the word before, its stop, a space, this word */
    if (kn && ts >= S->ls + 3 && t[ts - 1] == ' ' && t[ts - 2] == '.') {
        size_t ps = ts - 2;
        while (ps > S->ls && ts - ps < 8) {
            size_t k;
            if (is_space(cp_before(t, S->ls, ps, &k))) break;
            ps = k;
        }
        char key2[KEY_MAX];
        size_t k2 = fold(t, ps, b, key2, sizeof key2);
        if (in_lists(S->pre, key2, k2)) return W_PRE;
        if (in_lists(S->abbr, key2, k2)) return W_ABBR;
    }
    if (one_letter || is_dotted(t, ts, b)) return W_ABBR;
    return W_PLAIN;
}

/* The end of the run of letters at k (k itself when none), counting them into *n and telling
 * whether every one is a capital. */
static size_t letters_end(const char *t, size_t le, size_t k, size_t *n, bool *caps)
{
    size_t nx;
    int32_t c;
    *n = 0, *caps = true;
    while (k < le && pr_cp_is_letter(c = cp_at(t, le, k, &nx))) {
        if (!pr_cp_is_upper(c)) *caps = false;
        ++*n;
        k = nx;
    }
    return k;
}

/* Is [w, e) a word of two letters or more, all capitals (a ticker, an acronym)? */
static bool all_caps(const char *t, size_t w, size_t e)
{
    size_t n;
    bool caps;
    return letters_end(t, e, w, &n, &caps) == e && caps && n >= 2;
}

/* Is the word after the one ending at e written in capitals too (a line in capitals:
 * "U.S. TROOPS LEAVE")? */
static bool shouting(const splitter *S, size_t e)
{
    size_t w = e, n;
    bool caps;
    while (w < S->le && !is_space(cp_at(S->t, S->le, w, NULL))) w++;
    while (w < S->le && S->t[w] == ' ') w++;
    letters_end(S->t, S->le, w, &n, &caps);
    return caps && n >= 2;
}

/* Does the word at w look like the start of a new sentence after an abbreviation: a
 * function word or pronoun ("The", "Il"), or any word directly followed by a comma? */
static bool starts_clause(splitter *S, size_t w, bool initial)
{
    const char *t = S->t;
    size_t e = w;
    while (e < S->le && e - w <= KEY_MAX) {
        size_t nx;
        if (!pr_cp_is_letter(cp_at(t, S->le, e, &nx))) break;
        e = nx;
    }
    if (e == w || (e < S->le && t[e] == '.')) return false;  /* "J.-C.", "R. R." */
    if (all_caps(t, w, e) && !shouting(S, e)) return false;  /* "Inc. AMZN, -1.29%", "Corp. US:XBTC" */
    if (e < S->le && t[e] == ',' && !initial) return true;  /* "U.S. However," */
    char key[KEY_MAX];
    size_t kn = fold(t, w, e, key, sizeof key);
    return in_lists(S->stop, key, kn);
}

/* Is the word before the stop at b a single letter ("Victor A. McKusick, ...")? */
static bool single_letter_before(const splitter *S, size_t b)
{
    size_t p, q;
    if (b <= S->ls || !pr_cp_is_letter(cp_before(S->t, S->ls, b, &p))) return false;
    return p <= S->ls || !pr_cp_is_letter(cp_before(S->t, S->ls, p, &q));
}

/* Does the word before the stop at b open in lower case ("though" of "though.I")? */
static bool lower_word_before(const splitter *S, size_t b)
{
    size_t p = b, q;
    int32_t first = 0;
    while (p > S->ls) {
        int32_t c = cp_before(S->t, S->ls, p, &q);
        if (!pr_cp_is_letter(c)) break;
        first = c;
        p = q;
    }
    return first && pr_cp_is_lower(first);
}

/* Is the word before the stop at b a capitalized one after a comma and a word in capitals,
 * the state or country of a dateline ("HANFORD, Calif.", "LAKE BUENA VISTA, Fla.")? */
static bool dateline_state(const splitter *S, size_t b)
{
    const char *t = S->t;
    size_t p = b, q, first = b;
    while (p > S->ls) {  /* the word: letters and inner periods ("N.C.") */
        int32_t c = cp_before(t, S->ls, p, &q);
        if (!pr_cp_is_letter(c) && c != '.') break;
        if (pr_cp_is_letter(c)) first = q;
        p = q;
    }
    if (first == b || !pr_cp_is_upper(cp_at(t, b, first, NULL))) return false;
    if (p < S->ls + 3 || t[p - 1] != ' ' || t[p - 2] != ',') return false;
    p -= 2;
    size_t n = 0;
    while (p > S->ls) {
        int32_t c = cp_before(t, S->ls, p, &q);
        if (!pr_cp_is_letter(c)) break;
        if (!pr_cp_is_upper(c)) return false;
        n++;
        p = q;
    }
    return n >= 2;
}

/* ---- the decision at a run of stops ---- */

/* No space after the stop: "fin.Le début", "1,000.That" split; "U.S.", "3.5", "Atlantico.fr",
 * "Jane.Doe@example.com", "www.testurl.Awesome.com" do not. With spaced, one space may stand
 * before the stop (tokenized text: 'for @thekatvond ."She'). */
static bool glued_boundary(splitter *S, size_t b, size_t m, bool q, bool spaced)
{
    const char *t = S->t;
    if (b <= S->ls) return false;
    size_t pb;
    int32_t pc = cp_before(t, S->ls, b, &pb);
    if (spaced && pc == ' ' && pb > S->ls) pc = cp_before(t, S->ls, pb, NULL);
    /* a closing quote between the word and the stop: '"rigoureuses".Jusqu'ici' */
    if ((pc == '"' || pc == 0x201D || pc == 0xBB) && pb > S->ls) pc = cp_before(t, S->ls, pb, NULL);
    if (!(pr_cp_is_lower(pc) || (!q && pr_cp_is_digit(pc)))) return false;
    size_t nx, ny;
    if (!is_upperish(cp_at(t, S->le, m, &nx)) || nx >= S->le) return false;
    int32_t c2 = cp_at(t, S->le, nx, &ny);
    /* a capital, then lower case or an elision ("L'OMS", "D’après"); or a word in capitals
     * between two words in lower case ("though.I jumped", "fin.À partir", "planning.GBM was";
     * not the variants "Sober.I to", "Cabir.C and", "Mydoom.AG and") */
    bool elided = (c2 == '\'' || c2 == 0x2019) && ny < S->le && pr_cp_is_letter(cp_at(t, S->le, ny, NULL));
    size_t w2 = nx;  /* past the capitals: "planning.GBM was" as "though.I jumped" */
    while (w2 < S->le && is_upperish(cp_at(t, S->le, w2, &ny))) w2 = ny;
    bool one = w2 < S->le && t[w2] == ' ' && w2 + 1 < S->le && pr_cp_is_lower(cp_at(t, S->le, w2 + 1, NULL)) &&
               lower_word_before(S, b);
    if (!pr_cp_is_lower(c2) && !elided && !one) return false;
    for (size_t k = b; k > S->ls && b - k < URL_SCAN;) {
        size_t p;
        int32_t c = cp_before(t, S->ls, k, &p);
        if (is_space(c)) break;
        if (c == '@' || c == '/' || c == '.' || c == ':') return false;
        k = p;
    }
    size_t e = m;
    while (e < S->le && e - m <= URL_SCAN) {
        int32_t c = cp_at(t, S->le, e, &nx);
        if (!pr_cp_is_letter(c)) {
            if (c == '@' || c == '/') return false;
            if (c == '.' && nx < S->le && pr_cp_is_letter(cp_at(t, S->le, nx, NULL))) return false;
            break;
        }
        e = nx;
    }
    return true;
}

/* Is position i inside a short cry or question quoted and then attributed: a quotation opened
 * before it on its line (within QUOTE_SPAN bytes) closes after it, QUOTE_CRY_WORDS words or
 * fewer later with no full stop in between, and a lower-case word, a comma or a dash follows
 * the closing mark ('“Sir! Sir!” he shouted', '« Halte ! Halte ! », a crié le policier')? The
 * "!" there ends what one person cried, not the sentence that reports it. A quotation that goes
 * on with a sentence of its own, or one followed by a new sentence, is split as usual. */
#define QUOTE_SPAN 300
#define QUOTE_CRY_WORDS 4
static bool inside_quote(const splitter *S, size_t i)
{
    const char *t = S->t;
    size_t lo = i - S->ls > QUOTE_SPAN ? i - QUOTE_SPAN : S->ls;
    /* a scan from lo can start inside a code point: step to the next lead byte */
    while (lo < i && ((unsigned char)t[lo] & 0xC0) == 0x80) lo++;
    pr_quotes q = {0, 0, false};
    for (size_t k = lo; k < i;) {
        size_t nx;
        pr_quotes_step(&q, cp_at(t, i, k, &nx));
        k = nx;
    }
    if (!pr_quotes_open(&q)) return false;
    int guil = q.guil, curly = q.curly;
    bool straight = q.straight;
    size_t hi = S->le - i > QUOTE_SPAN ? i + QUOTE_SPAN : S->le;
    int words = 0;
    bool in = false;
    for (size_t k = i; k < hi;) {
        size_t nx;
        int32_t c = cp_at(t, S->le, k, &nx);
        bool letter = pr_cp_is_letter(c);
        if (letter && !in && ++words > QUOTE_CRY_WORDS) return false;
        in = letter;
        /* a full stop, or another quotation opening: this one is not a short cry */
        if (c == '.' || (guil && c == 0xAB) || (curly && c == 0x201C) || (straight && c == '"' && t[k - 1] == ' '))
            return false;
        bool closes = (guil && c == 0xBB) || (curly && c == 0x201D) || (straight && c == '"' && k > 0 && t[k - 1] != ' ');
        if (closes) {
            size_t m = nx;
            while (m < S->le && is_space(cp_at(t, S->le, m, &nx))) m = nx;
            if (m >= S->le) return false;
            int32_t d = cp_at(t, S->le, m, NULL);
            return pr_cp_is_lower(d) || d == ',' || pr_cp_is_dash(d);
        }
        k = nx;
    }
    return false;
}

/* The straight quotes on the line before i (i never decreases within a line). */
static size_t quotes_before(splitter *S, size_t i)
{
    for (; S->qat < i; S->qat++) S->qn += S->t[S->qat] == '"';
    return S->qn;
}

/* A run of stops starts at i. Sets *resume to where scanning goes on and *at to the boundary
 * (0 when there is none). */
static void decide(splitter *S, size_t i, size_t *resume, size_t *at)
{
    const char *t = S->t;
    size_t le = S->le, k = i, first_dot_end = 0;
    int dots = 0;
    bool q = false, ell = false, strong = false, spaced = false, closed = false;
    int32_t closer = 0;
    size_t closer_at = 0;
    *at = 0;
    while (k < le) {
        size_t nx;
        int32_t c = cp_at(t, le, k, &nx);
        if (c == '.') {
            if (++dots == 1) first_dot_end = nx;
            k = nx;
            if (!q && !ell && !closed && k + 1 < le && t[k] == ' ' && t[k + 1] == '.') {
                spaced = true;
                k++;
            }
        } else if (is_stop_q(c)) {
            q = true, k = nx;
        } else if (c == 0x2026) {
            ell = true, k = nx;
        } else if (is_stop_strong(c)) {
            strong = true, k = nx;
        } else if (is_closer(c)) {
            closed = true, closer = c, closer_at = k, k = nx;
        } else if (is_space(c)) {
            /* French spacing inside a closing guillemet: "fin. »" */
            size_t m = nx;
            while (m < le && is_space(cp_at(t, le, m, &nx))) m = nx;
            if (m >= le) break;
            int32_t d = cp_at(t, le, m, &nx);
            if (d != 0xBB && d != 0x203A) break;
            closed = true, closer = d, k = nx;
        } else {
            break;
        }
    }
    *resume = k;
    if (!spaced && dots >= 2) ell = true;
    size_t m = k;
    bool sp = false;
    while (m < le) {
        size_t nx;
        if (!is_space(cp_at(t, le, m, &nx))) break;
        sp = true;
        m = nx;
    }
    if (m >= le || strong) { *at = k; return; }
    if (!sp) {
        /* glued after the stop, or after a closing guillemet: "Twitter. »Emmanuel" */
        bool typo_close = closer == 0xBB || closer == 0x201D;
        if ((!closed || typo_close) && glued_boundary(S, i, m, q, false)) {
            *at = k;
        } else if (closer == '"' && closer_at + 1 == k &&
                   glued_boundary(S, i, m, q, true)) {
            /* a straight quote glued on both sides ('experience."But I', 'fin."Le') ends the
             * sentence either way (a space may stand before the stop in tokenized text: 'for
             * @thekatvond ."She'): after the quote when it closes one opened before on the line
             * (an odd count of straight quotes before the stop: a quotation may hold several
             * sentences), before it when it opens the next */
            *at = quotes_before(S, i) % 2 ? k : closer_at;
        }
        return;
    }
    /* what follows: skip opening quotes, brackets, dashes, bullets */
    size_t w = m;
    bool opened = false, bracket = false, dashed = false;
    for (int n = 0; w < le && n < 8; n++) {
        size_t nx;
        int32_t c = cp_at(t, le, w, &nx);
        if (is_opener(c) || (opened && is_space(c))) {
            if (!opened) bracket = c == '(' || c == '[';
            if (!opened) dashed = pr_cp_is_dash(c);
            opened = opened || is_opener(c);
            w = nx;
        } else break;
    }
    if (w >= le) { *at = k; return; }
    if (i > S->ls) {  /* "[...]", "(...)": an elision mark, not a stop */
        int32_t pc = cp_before(t, S->ls, i, NULL);
        if (pc == '[' || pc == '(') return;
    }
    int32_t c = cp_at(t, le, w, NULL);
    bool lower = pr_cp_is_lower(c);
    if (lower && !opened && (le - w >= 7 && (!memcmp(t + w, "http://", 7) || !memcmp(t + w, "https:/", 7) ||
                                             !memcmp(t + w, "www.", 4))))
        lower = false;  /* a URL after a stop starts a sentence */
    if (lower && (!S->caseless || ell || spaced)) return;
    bool upper = is_upperish(c) || lower, digit = pr_cp_is_digit(c);
    bool startish = upper || digit || opened || (!pr_cp_is_punct(c) && !pr_cp_is_letter(c));
    if (!startish) return;
    if (spaced) {
        bool isolated = i <= S->ls || is_space(cp_before(t, S->ls, i, NULL));
        if (isolated) {
            if (dots >= 4) *at = k;        /* "period . . . . Next" */
        } else if (dots >= 4) {
            *at = *resume = first_dot_end;  /* "compounds. . . . The": the stop, then ". . ." */
        } else {
            *at = k;
        }
        return;
    }
    if (q || ell) {
        if (!closed && q && inside_quote(S, i)) return;
        *at = k;
        return;
    }
    /* the state of a dateline before its dash or agency: "HANFORD, Calif. -- An 18-year-old
     * ...", "REDMOND, Wash. (AP) —" ("Wash." being no abbreviation elsewhere) */
    if ((dashed || bracket) && dateline_state(S, i)) return;
    switch (classify(S, i)) {
    case W_PRE:
    case W_LIST:
        return;
    case W_ABBR:
        /* a bracket after an abbreviation goes on with the sentence: "Kmart Holding Corp.
         * (KMRT.O: Quote) will buy …", "Sears, Roebuck & Co. (S.N) in a deal …" */
        if (digit || bracket) return;
        if (opened || (upper && starts_clause(S, w, single_letter_before(S, i)))) *at = k;
        return;
    case W_PLAIN:
        *at = k;
        return;
    }
}

/* ---- lines ---- */

/* The next marker of the current list, or a new list of the same kind ("... 2) b 1) c"). */
static bool list_continues(const splitter *S, int v, char kind, char suf)
{
    return v && kind == S->list_kind && suf == S->list_suf && (v == S->list_next || v == 1);
}

/* Lines with no capital letter but the pronoun "I"/"i" (chat, e-mail): there a lower-case
 * word after a stop can start a sentence. */
static bool line_caseless(const char *t, size_t ls, size_t le)
{
    for (size_t k = ls; k < le;) {
        size_t nx;
        int32_t c = cp_at(t, le, k, &nx);
        if (is_upperish(c)) {
            bool pronoun = c == 'I' && (k == ls || t[k - 1] == ' ') &&
                           (nx >= le || !pr_cp_is_letter(cp_at(t, le, nx, NULL)));
            if (!pronoun) return false;
        }
        k = nx;
    }
    return true;
}

/* A heading run into the sentence after it, with no stop between (text taken from separate
 * page elements: "Man Charged With Animal Cruelty After Biting His Dog The pet owner says …",
 * "Events Meriting Careful Monitoring (Green Zone) 1 The chance of collision …", "Au moins 27
 * morts Les combats ont fait …"): at i a capitalized definite article (data/definite), then a
 * space and a lower-case word, after a capitalized word or a number with no punctuation in
 * between. "selon Le Monde", "Serie A", "le film La vie est belle" do not match, nor does a
 * heading in sentence case ("Au moins 27 morts Les combats …"): nothing tells it from prose. */
static bool glued_heading(const splitter *S, size_t i)
{
    const char *t = S->t;
    size_t e, nx;
    int32_t c = cp_at(t, S->le, i, &nx);
    if (!is_upperish(c)) return false;
    for (e = nx; e < S->le; e = nx) {
        c = cp_at(t, S->le, e, &nx);
        if (!pr_cp_is_letter(c)) break;
        if (!pr_cp_is_lower(c)) return false;
    }
    if (e >= S->le || !is_space(cp_at(t, S->le, e, &nx))) return false;
    if (nx >= S->le || !pr_cp_is_lower(cp_at(t, S->le, nx, NULL))) return false;
    char key[KEY_MAX];
    size_t kn = fold(t, i, e, key, sizeof key);
    if (!in_lists(S->def, key, kn)) return false;
    /* the word before: letters, digits, hyphens and apostrophes up to the space, opening on a
     * capital or a digit ("Haut-Karabakh", "L'Express") */
    size_t p = i, q;
    while (p > S->ls && is_space(cp_before(t, S->ls, p, &q))) p = q;
    size_t w = p;
    bool any = false;
    while (w > S->ls) {
        int32_t b = cp_before(t, S->ls, w, &q);
        if (!pr_cp_is_letter(b) && !pr_cp_is_digit(b) && b != '-' && b != '\'' && b != 0x2019) break;
        any = any || b != '-';
        w = q;
    }
    if (!any || (w > S->ls && !is_space(cp_before(t, S->ls, w, &q)))) return false;
    int32_t f = cp_at(t, p, w, NULL);
    return is_upperish(f) || pr_cp_is_digit(f);
}

/* Does a heading end glued to the sentence after it, with neither a stop nor a space: at i a
 * capital right after three letters in lower case, opening a definite article (data/definite)
 * followed by a space and a lower-case word, or an elided one ("… à ParisLe groupe a …",
 * "Alerte sur les feux de forêtsL'été 2020 est …": scraped intertitles)? Not inside a name:
 * "LeBron", "DeLaSalle" go on with letters, and brands end on other function words
 * ("LinkedIn profile", "GoFundMe campaign", "23andMe made"). */
static bool glued_opener(const splitter *S, size_t i)
{
    const char *t = S->t;
    size_t p = i, q, e, nx;
    int letters = 0;
    while (p > S->ls && letters < 3) {
        int32_t b = cp_before(t, S->ls, p, &q);
        if (!pr_cp_is_lower(b)) return false;
        letters++;
        p = q;
    }
    if (letters < 3) return false;
    for (e = i; e < S->le; e = nx) {
        int32_t c = cp_at(t, S->le, e, &nx);
        if (!pr_cp_is_letter(c)) break;
        if (e > i && !pr_cp_is_lower(c)) return false;
    }
    if (e >= S->le) return false;
    int32_t c = cp_at(t, S->le, e, &nx);
    bool elided = c == '\'' || c == 0x2019;
    if (elided ? !(nx < S->le && pr_cp_is_letter(cp_at(t, S->le, nx, NULL)))
               : !(is_space(c) && nx < S->le && pr_cp_is_lower(cp_at(t, S->le, nx, NULL))))
        return false;
    char key[KEY_MAX];
    size_t kn = fold(t, i, e, key, sizeof key);
    if (!kn || kn + 1 >= sizeof key) return false;
    if (elided) key[kn++] = '\'';  /* "l'", as data/definite writes it */
    return in_lists(S->def, key, kn);
}

/* A dateline run into the heading before it (a page's title and story taken as one line:
 * "Former CFO likely to help prosecutors ALEXANDRIA, Va. -- Former Boeing Chief Financial
 * Officer ...", "... opening date of November 16 LAKE BUENA VISTA, Fla. -- Fans of ..."): at i
 * words in capitals, after a word ending in a lower-case letter or a digit, then a state or
 * country (", Va.", ", Georgia") or an agency in brackets ("(AP)", "(Reuters)"), or both, and
 * a dash. A name in capitals with none of them ("by ISIS -- the group") is no dateline. */
static bool glued_dateline(const splitter *S, size_t i)
{
    const char *t = S->t;
    size_t le = S->le, p = i, q, n, letters = 0;
    bool caps;
    /* (most words fail here: two capitals open the word) */
    if (i + 1 >= le || !((t[i] >= 'A' && t[i] <= 'Z') || (unsigned char)t[i] >= 0x80) ||
        !((t[i + 1] >= 'A' && t[i + 1] <= 'Z') || (unsigned char)t[i + 1] >= 0x80))
        return false;
    while (p > S->ls && is_space(cp_before(t, S->ls, p, &q))) p = q;
    if (p == i || p <= S->ls) return false;
    int32_t b = cp_before(t, S->ls, p, NULL);
    if (!pr_cp_is_lower(b) && !pr_cp_is_digit(b)) return false;
    size_t k = i;
    for (;;) {  /* "LAKE BUENA VISTA" */
        size_t e = letters_end(t, le, k, &n, &caps);
        if (n < 2 || !caps) return false;
        letters += n;
        k = e;
        size_t e2 = k + 1 < le && t[k] == ' ' ? letters_end(t, le, k + 1, &n, &caps) : k;
        if (e2 == k || n < 2 || !caps) break;
        k++;
    }
    if (letters < 3) return false;
    bool place = false, agency = false;
    if (k + 2 < le && t[k] == ',' && t[k + 1] == ' ') {  /* ", Va." */
        size_t e = letters_end(t, le, k + 2, &n, &caps);
        if (!n || !pr_cp_is_upper(cp_at(t, le, k + 2, NULL)) || (caps && n > 2)) return false;
        k = e < le && t[e] == '.' ? e + 1 : e;
        place = true;
    }
    if (k + 1 < le && t[k] == ' ' && t[k + 1] == '(') {  /* "(AP)" */
        size_t e = letters_end(t, le, k + 2, &n, &caps);
        if (!n || n > 12 || !pr_cp_is_upper(cp_at(t, le, k + 2, NULL)) || e >= le || t[e] != ')') return false;
        k = e + 1;
        agency = true;
    }
    if (!place && !agency) return false;
    size_t nx;
    if (k >= le || t[k] != ' ' || k + 1 >= le || !pr_cp_is_dash(cp_at(t, le, k + 1, &nx))) return false;
    while (nx < le && pr_cp_is_dash(cp_at(t, le, nx, &q))) nx = q;
    return nx < le && is_space(cp_at(t, le, nx, NULL));
}

static bool split_line(splitter *S, size_t ls, size_t le)
{
    const char *t = S->t;
    S->ls = ls;
    S->le = le;
    S->caseless = line_caseless(t, ls, le);
    S->qat = ls, S->qn = 0;
    sentence_begins(S, ls);
    bool after_space = true;
    for (size_t i = ls; i < le;) {
        size_t nx;
        int32_t c = cp_at(t, le, i, &nx);
        if (is_space(c)) { after_space = true; i = nx; continue; }
        if (after_space && i > S->first) {
            /* a bullet, or the next marker of the list this sentence opened, starts a sentence */
            char kind = 0, suf = 0;
            int v = S->list_next ? parse_marker(t, le, i, &kind, &suf) : 0;
            if (pr_cp_is_bullet(c) || list_continues(S, v, kind, suf) || glued_heading(S, i) ||
                glued_dateline(S, i)) {
                if (!cut(S, i)) return false;
            }
        }
        /* (ASCII tested first: this runs on every character) */
        if (!after_space && i > S->first && (c < 0x80 ? c >= 'A' && c <= 'Z' : is_upperish(c)) &&
            ((t[i - 1] >= 'a' && t[i - 1] <= 'z') || (unsigned char)t[i - 1] >= 0x80) && glued_opener(S, i) &&
            !cut(S, i))
            return false;
        after_space = false;
        if (is_term(c)) {
            size_t resume, at;
            decide(S, i, &resume, &at);
            if (at && !cut(S, at)) return false;
            i = resume > i ? resume : nx;
            continue;
        }
        i = nx;
    }
    return push(S, S->s, le);
}

/* The language's list `name`, or with no such list the English and French ones together. */
static void lists_for(const pr_wordlist *wl[2], const char *name, const char *lang)
{
    const pr_wordlist *l = lang ? pr_wordlist_get(name, lang) : NULL;
    wl[0] = l ? l : pr_wordlist_get(name, "en");
    wl[1] = l ? NULL : pr_wordlist_get(name, "fr");
}

static bool split(const char *lang, const char *text, size_t len, emit_fn emit, void *ud)
{
    if (!text) return true;
    if (len > UINT32_MAX) len = UINT32_MAX;
    splitter S;
    memset(&S, 0, sizeof S);
    S.t = text;
    S.emit = emit;
    S.ud = ud;
    const pr_wordlist *a = lang ? pr_wordlist_get("abbrev", lang) : NULL;
    if (a) {
        S.abbr[0] = a;
        S.pre[0] = pr_wordlist_get("abbrev_pre", lang);
    } else {  /* unknown language: French and English abbreviations, common in any news */
        S.abbr[0] = pr_wordlist_get("abbrev", "en");
        S.abbr[1] = pr_wordlist_get("abbrev", "fr");
        S.pre[0] = pr_wordlist_get("abbrev_pre", "en");
        S.pre[1] = pr_wordlist_get("abbrev_pre", "fr");
    }
    lists_for(S.stop, "stopwords", lang);
    lists_for(S.def, "definite", lang);
    size_t ls = 0;
    for (size_t i = 0; i < len; i++) {
        const unsigned char *u = (const unsigned char *)text + i;
        size_t brk = 0;
        if (*u == '\n') brk = 1;
        else if (*u == 0xE2 && i + 2 < len && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) brk = 3;
        if (!brk) continue;
        if (!split_line(&S, ls, i)) return false;
        i += brk - 1;
        ls = i + 1;
    }
    return split_line(&S, ls, len);
}

/* ---- entry points ---- */

typedef struct grow_ud { pr_span **out; size_t *n, *cap; } grow_ud;

static bool emit_grow(void *ud, size_t start, size_t end)
{
    grow_ud *g = ud;
    if (!pr_grow((void **)g->out, g->cap, *g->n + 1, sizeof **g->out)) return false;
    (*g->out)[*g->n].start = (uint32_t)start;
    (*g->out)[*g->n].end = (uint32_t)end;
    (*g->n)++;
    return true;
}

bool pr_split_sentences(const char *lang, const char *text, size_t len, pr_span **out, size_t *n,
                        size_t *cap)
{
    grow_ud g = {out, n, cap};
    return split(lang, text, len, emit_grow, &g);
}

typedef struct arr_ud { size_t *starts, *ends, cap, n; } arr_ud;

static bool emit_arr(void *ud, size_t start, size_t end)
{
    arr_ud *a = ud;
    if (a->n < a->cap) {
        if (a->starts) a->starts[a->n] = start;
        if (a->ends) a->ends[a->n] = end;
    }
    a->n++;
    return true;
}

size_t precis_split_sentences(precis_ctx *ctx, const char *lang, const char *text, size_t len,
                              size_t *starts, size_t *ends, size_t cap)
{
    (void)ctx;
    arr_ud a = {starts, ends, cap, 0};
    split(lang, text, len, emit_arr, &a);
    return a.n;
}
