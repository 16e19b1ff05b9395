/*
 * facts.c — figures, entities and quotes of a story, and where the sources disagree.
 *
 * Figures: every number of a sentence (numbers.c) that counts something. The thing counted is
 * the first counted noun after it, looked up in data/quantities/<lang>.txt, which maps
 * inflections and languages to one concept ("morts", "tués", "killed" -> "dead"); a generic
 * noun ("habitants", "civils") gives way to an event word of the clause ("... ont été
 * évacués" -> "evacuated", "deux civils ... morts" -> "dead (civilians)"). The qualifier just
 * before it comes from data/qualifiers ("au moins" -> "at least"); "dont deux civils" is a part
 * of the figure before it. Numbers that count nothing known (years, dates, ages, fractions)
 * are left out.
 * Agreement: a row is one fact. A toll (a concept of an event word: dead, injured …) has one row
 * per concept; other figures of a concept share a row when they give the same value or their
 * sentences share the words around them, never when one document gives both (build_rows).
 * Each row's values become intervals (exact, at least, more than, about = ±10 %, up to, ...):
 * one value = agree, intervals with a common point = compatible, else disagree.
 * Entities: runs of capitalized words (not a sentence's first stopword), typed by cues in
 * data/entities (roles before a person, organization words); spelling variants merge through a
 * consonant skeleton (Pashinyan = Pachinian, Karabakh = Karabagh), a lone surname joins the one
 * full name ending with it (never when two people share it).
 * Quotes: « », “ ” and "…" pairs within a paragraph (a quote may hold several sentences), of at
 * least 4 words; the speaker comes from data/attrib: a verb of saying after the quote ("»,
 * a déclaré X", "said X") or before it ("X a déclaré que «"), "selon X", and a pronoun
 * ("a-t-il déclaré") takes the previous speaker.
 * Limits: PR_FACTS_MAX_* items per story; each stage is linear in the text (quotes search each
 * closing mark once per paragraph), entity lookup goes through hash indexes (full name, last word).
 */
#include "facts.h"
#include "numbers.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAX_NUMS_PER_SENT 64

/* ---- helpers ----------------------------------------------------------------------------------- */

static size_t tok_fold(const precis_doc *d, const pr_token *t, char *out, size_t cap)
{
    return pr_fold(d->text + t->start, t->end - t->start, out, cap);
}

/* The kinds table wl gives the word s[0..n), folded (lower case, no accents), or NULL. */
static const char *word_kinds(const pr_wordlist *wl, const char *s, size_t n)
{
    char k[64];
    size_t kn = pr_fold(s, n, k, sizeof k);
    return kn ? pr_table_get(wl, k, kn) : NULL;
}

/* A capitalized word that does not open its sentence. */
static bool capital_inside(const pr_token *t) { return (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_SENT0); }

/* Does the table give token t the kind k (an entry may carry several kinds: "conseil<TAB>oh")? */
static bool tok_has_kind(const pr_wordlist *wl, const precis_doc *d, const pr_token *t, char k)
{
    const char *r = pr_tok_table(wl, d, t);
    return r && strchr(r, k) != NULL;
}

static bool tok_is(const precis_doc *d, const pr_token *t, const char *w)
{
    char k[64];
    size_t n = tok_fold(d, t, k, sizeof k);
    return n && !strcmp(k, w);
}

static bool tok_punct(const pr_token *t) { return t->kind == PR_TOK_PUNCT; }
static bool tok_char(const precis_doc *d, const pr_token *t, char c)
{
    return t->end == t->start + 1 && d->text[t->start] == c;
}

/* A mark that ends a phrase: punctuation other than a hyphen or an apostrophe (which join the
 * words of a name: "Jean-Luc", "d'Orsay"). */
static bool phrase_break(const precis_doc *d, const pr_token *t)
{
    return tok_punct(t) && !tok_char(d, t, '-') && !tok_is(d, t, "'");
}

size_t pr_name_skeleton(const char *s, size_t n, char *out, size_t cap)
{
    char f[128];
    size_t fn = pr_fold(s, n, f, sizeof f), o = 0;
    if (!fn || !cap) return 0;
    for (size_t i = 0; i < fn && o + 1 < cap; i++) {
        char c = f[i], nx = i + 1 < fn ? f[i + 1] : 0;
        if (!((c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80)) continue; /* spaces, '-', '\'' */
        if ((c == 's' || c == 'c') && nx == 'h') { c = 's'; i++; }
        else if (c == 's' && nx == 'c' && i + 2 < fn && f[i + 2] == 'h') { c = 's'; i += 2; }
        else if ((c == 'k' || c == 'g') && nx == 'h') { c = 'k'; i++; }
        else if (c == 'h') continue;
        if (c == 'y') c = 'i';
        if (c == 'c' || c == 'g' || c == 'q') c = 'k';
        if (c == 'w') c = 'v';
        if (o && out[o - 1] == c) continue;
        out[o++] = c;
    }
    out[o] = 0;
    return o;
}

static bool add_doc(size_t **docs, size_t *n, size_t *cap, size_t d)
{
    for (size_t i = 0; i < *n; i++)
        if ((*docs)[i] == d) return true;
    if (*n == *cap && !pr_grow((void **)docs, cap, *n + 1, sizeof **docs)) return false;
    (*docs)[(*n)++] = d;
    return true;
}

/* ---- figures ------------------------------------------------------------------------------------- */

typedef struct lang_tabs {
    const pr_wordlist *quant, *qual, *attrib, *ent, *stop, *rel, *age, *def, *dem, *qlab, *det, *part, *pre,
        *persons, *nym, *countries;
} lang_tabs;

/* The language whose tables (data/<table>/<lang>.txt) document d is read with: its own; for a
 * language precis has none for, the story's (a Portuguese source in an English story: names and
 * their particles are read as the rest of the story reads them), else English, as for a story of
 * no known language (pr_facts_extract). tabs_for() gives those tables. */
static const char *tabs_lang(const pr_facts *F, const precis_doc *d)
{
    return pr_wordlist_get("entities", d->lang) ? d->lang : pr_wordlist_get("entities", F->lang) ? F->lang : "en";
}

static lang_tabs tabs_for(const pr_facts *F, const precis_doc *d)
{
    const char *l = tabs_lang(F, d);
    lang_tabs t = {pr_wordlist_get("quantities", l), pr_wordlist_get("qualifiers", l),
                   pr_wordlist_get("attrib", l), pr_wordlist_get("entities", l), pr_wordlist_get("stopwords", l),
                   pr_wordlist_get("relative", l), pr_wordlist_get("ages", l), pr_wordlist_get("definite", l),
                   pr_wordlist_get("demonstrative", l), pr_wordlist_get("quotelabels", l),
                   pr_wordlist_get("determiners", l), pr_wordlist_get("partof", l), pr_wordlist_get("abbrev_pre", l),
                   pr_wordlist_get("persons", l), pr_wordlist_get("demonyms", l), pr_wordlist_get("countries", l)};
    return t;
}

/* Is w (n bytes) a people's adjective or noun of data/demonyms (`nym`, with the country names
 * `countries`): one no ending makes ("French", "Saudis"), or a country's or a region's name with
 * one of the table's endings, its plural too ("Israeli", "Americans", "Chinese", "South Korean")? */
static bool demonym(const pr_wordlist *nym, const pr_wordlist *countries, const char *w, size_t n)
{
    char f[64];
    size_t fn = nym ? pr_fold(w, n, f, sizeof f) : 0;
    if (fn < 4 || fn + 8 > sizeof f) return false;
    const char *r = pr_table_get(nym, f, fn);
    if (r && r[0] == 'd') return true;
    for (size_t m = fn; m + 1 >= fn && m >= 4; m--) { /* as written, then without a plural's "s" */
        if (m < fn) {
            if (f[m] != 's') break;
            r = pr_table_get(nym, f, m);
            if (r && r[0] == 'd') return true;
        }
        for (size_t cut = 1; cut <= 3 && cut + 3 <= m; cut++) {
            char key[8] = "-";
            memcpy(key + 1, f + m - cut, cut);
            const char *rule = pr_table_get(nym, key, cut + 1);
            if (!rule || rule[0] != 'r' || rule[1] != '\t') continue;
            for (const char *a = rule + 2; *a;) { /* the letters put back: ". o", ". a e y ium" */
                size_t al = strcspn(a, " ");
                char base[72];
                size_t bl = m - cut, put = al == 1 && a[0] == '.' ? 0 : al;
                memcpy(base, f, bl);
                if (bl + put < sizeof base) {
                    memcpy(base + bl, a, put);
                    bl += put;
                    const char *b = pr_table_get(nym, base, bl);
                    if (bl >= 4 && ((countries && pr_wordlist_hasn(countries, base, bl)) || (b && b[0] == 'b')))
                        return true;
                }
                a += al;
                while (*a == ' ') a++;
            }
        }
    }
    return false;
}

/* Canonical qualifier written just before text[pos] (within the sentence), or "". */
static const char *qualifier_before(const lang_tabs *T, const char *text, size_t sent_start,
                                    size_t pos, size_t *qstart)
{
    size_t from = pos > sent_start + 40 ? pos - 40 : sent_start;
    while (from < pos && ((unsigned char)text[from] & 0xC0) == 0x80) from++;
    char f[128];
    size_t fn = pr_fold(text + from, pos - from, f, sizeof f);
    if (!fn || !T->qual) return "";
    while (fn && (f[fn - 1] == ' ' || (unsigned char)f[fn - 1] == 0xA0 || (unsigned char)f[fn - 1] == 0xC2)) fn--;
    const char *best = "";
    size_t bestlen = 0;
    for (size_t i = 0; i < T->qual->n; i++) {
        const char *w = pr_wordlist_word(T->qual, i);
        const char *tab = strchr(w, '\t');
        if (!tab) continue;
        size_t wl = (size_t)(tab - w);
        bool elided = wl && w[wl - 1] == '\''; /* "plus d'" */
        size_t end = fn;
        if (!elided && wl <= fn && memcmp(f + fn - wl, w, wl) == 0) end = fn;
        else if (elided && wl <= fn && memcmp(f + fn - wl, w, wl) == 0) end = fn;
        else continue;
        size_t b = end - wl;
        if (b > 0 && !(f[b - 1] == ' ' || f[b - 1] == '\'' || f[b - 1] == '(' || f[b - 1] == ',')) continue;
        if (wl > bestlen) { bestlen = wl; best = tab + 1; }
    }
    if (bestlen && qstart) {
        /* map back approximately: the qualifier starts bestlen folded bytes before pos */
        size_t p = pos, k = 0;
        while (p > sent_start && k < bestlen) {
            size_t l = pr_utf8_prev_len(text, p);
            p -= l;
            if (text[p] != ' ' || k) k++;
        }
        *qstart = p;
    }
    return best;
}

static const char *EVENT_QUALIFIED = "dead injured evacuated missing displaced arrested hospitalized";

static bool event_qualifies(const char *c)
{
    size_t n = strlen(c);
    const char *p = strstr(EVENT_QUALIFIED, c);
    return p && (p[n] == ' ' || p[n] == 0) && (p == EVENT_QUALIFIED || p[-1] == ' ');
}

/* Is token t a year written in four digits (1000-2099)? */
static bool year_token(const precis_doc *d, const pr_token *t)
{
    if (t->kind != PR_TOK_NUM || t->end - t->start != 4) return false;
    const char *x = d->text + t->start;
    for (int i = 0; i < 4; i++)
        if (x[i] < '0' || x[i] > '9') return false;
    return x[0] == '1' || (x[0] == '2' && x[1] == '0');
}

/* Is a figure of sentence s whose time expression is [ws, we) from the past: dated by a year
 * more than a year before its document's ("la guerre de six semaines en 2020" in a 2023 page),
 * or by any year when the document is undated (reports of an event date it by days, "mardi";
 * a year dates what they recall)? Not a year's results told the next year ("in 2012" in a
 * 2013 page), nor a span that lasts until now, its word before the year in the same clause
 * ("148 women exonerated since 1989", "Since the death penalty was reinstated in California
 * in 1977, 10 people": data/yearsince). */
#define SINCE_REACH 12 /* words back from the year to the span's word, inside its clause */
static bool dated_past(const precis_doc *d, const pr_sent *s, uint32_t ws, uint32_t we)
{
    const pr_wordlist *since = pr_wordlist_get("yearsince", d->lang);
    uint32_t k = s->tok0;
    while (k < s->tok1 && !(d->toks[k].start >= ws && d->toks[k].end <= we && year_token(d, &d->toks[k]))) k++;
    if (k == s->tok1) return false;
    int y = atoi(d->text + d->toks[k].start);
    for (uint32_t j = k, back = 0; j > s->tok0 && back < SINCE_REACH; back++) {
        const pr_token *t = &d->toks[--j];
        if (t->kind == PR_TOK_PUNCT) break;
        if (since && pr_wordlist_has(since, pr_tok_lower(d, t))) return false;
    }
    /* the document's date is ISO 8601 (html_meta.c): its year first */
    int dy = d->date && d->date[0] >= '1' && d->date[0] <= '2' ? atoi(d->date) : 0;
    return !dy || y < dy - 1;
}

/* Is token t (lower case) a word of the list? */
static bool word_of(const pr_wordlist *wl, const precis_doc *d, const pr_token *t)
{
    return wl && pr_wordlist_has(wl, pr_tok_lower(d, t));
}

#define WHEN_MAX_GAP 40 /* bytes between a figure and its time: further, it dates another clause */
/* The time expression nearest [fs, fe) in sentence s: a run of words of data/timewords/<lang>
 * (days, parts of the day, months) with the numbers and function words inside it ("mardi
 * matin", "19 septembre 2023", "Tuesday evening"), or a date in digits ("19.9.2023"). */
static void find_when(const precis_doc *d, const pr_sent *s, size_t fs, size_t fe, uint32_t *ws, uint32_t *we)
{
    const pr_wordlist *tw = pr_wordlist_get("timewords", d->lang), *yp = pr_wordlist_get("yearprep", d->lang);
    size_t best = SIZE_MAX;
    *ws = *we = 0;
    for (uint32_t k = s->tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        const char *lw = pr_tok_lower(d, t);
        bool dated = t->kind == PR_TOK_NUM && strchr(lw, '.') && strchr(strchr(lw, '.') + 1, '.');
        /* "en 2020", "in 2012": a year after a year's preposition (data/yearprep) */
        bool year = k + 1 < s->tok1 && t->kind == PR_TOK_WORD && word_of(yp, d, t) && year_token(d, &d->toks[k + 1]);
        if (!dated && !year && !(t->kind == PR_TOK_WORD && pr_wordlist_has(tw, lw))) continue;
        uint32_t a = k, b = k + 1;
        if (a > s->tok0 && d->toks[a - 1].kind == PR_TOK_NUM) a--;           /* "19 septembre" */
        while (b < s->tok1) {                                               /* "… 2023", "… matin" */
            const pr_token *u = &d->toks[b];
            const char *ul = pr_tok_lower(d, u);
            if ((u->kind == PR_TOK_WORD && pr_wordlist_has(tw, ul)) || year_token(d, u))
                b++;
            else break;
        }
        size_t xs = d->toks[a].start, xe = d->toks[b - 1].end;
        if (xs < fe && xe > fs) continue; /* part of the figure itself */
        size_t dist = xe <= fs ? fs - xe : xs - fe;
        if (dist < best && dist <= WHEN_MAX_GAP) { best = dist; *ws = (uint32_t)xs; *we = (uint32_t)xe; }
        k = b - 1;
    }
}

/* Is number N (text [nstart, nend), first token after it ti) part of a date: next to a month
 * name ("17 octobre", "April 12", "septembre 2007"), or a bare year (four digits, 1000-2099)
 * that no counted noun follows (`counted`) or that a year's preposition opens? */
static bool date_number(const precis_doc *d, const pr_sent *s, size_t ti, const precis_number *N, size_t nstart,
                        size_t nend, bool counted)
{
    const pr_wordlist *mon = pr_wordlist_get("months", d->lang);
    if (mon && ti < s->tok1 && d->toks[ti].kind == PR_TOK_WORD && pr_wordlist_has(mon, pr_tok_lower(d, &d->toks[ti])))
        return true;
    size_t k = ti;
    while (k > s->tok0 && d->toks[k - 1].start >= nstart) k--; /* the number's first token */
    size_t m = k > s->tok0 + 1 && tok_char(d, &d->toks[k - 1], '.') ? k - 1 : k; /* "Feb. 26" */
    if (mon && m > s->tok0 && d->toks[m - 1].kind == PR_TOK_WORD && pr_wordlist_has(mon, pr_tok_lower(d, &d->toks[m - 1])))
        return true; /* "April 12", "Feb. 26", "septembre 2007" */
    bool year = !(N->flags & PRECIS_NUMBER_WORDS) && N->kind == PRECIS_NUMBER_CARDINAL && nend - nstart == 4 &&
                N->value >= 1000 && N->value < 2100 && N->value == floor(N->value);
    if (!year) return false;
    if (!counted) return true;
    /* a counted noun after it, but a year's preposition before it: "elle parle en 2006 de
     * positions", "until 2015 when he was arrested" (data/yearprep) */
    return k > s->tok0 && d->toks[k - 1].kind == PR_TOK_WORD &&
           word_of(pr_wordlist_get("yearprep", d->lang), d, &d->toks[k - 1]);
}

/* The kind data/ages gives token t: its spelling in lower case first, accents kept ("dès", which
 * folds to the article "des"), then folded. */
static const char *age_kinds(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    if (t->kind != PR_TOK_WORD || !T->age) return NULL;
    const char *lw = pr_tok_lower(d, t), *r = pr_table_get(T->age, lw, strlen(lw));
    return r ? r : pr_tok_table(T->age, d, t);
}

static char age_kind(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    const char *r = age_kinds(T, d, t);
    return r ? r[0] : 0;
}

/* The first token of the number (its qualifier from qstart on) whose unit is token u of
 * sentence s: the token before it is the word that opens the phrase ("âgé de", "à", "for"). */
static size_t number_start(const precis_doc *d, const pr_sent *s, size_t qstart, size_t u)
{
    size_t b = u;
    while (b > s->tok0 && d->toks[b - 1].end > qstart) b--;
    return b;
}

/* The concept of a unit of length squared, in place: "km" -> "km²", "metres" -> "m²",
 * "miles" -> "square miles", "feet" -> "square feet"; other units are left as they are. */
static void area_of(char *what, size_t cap)
{
    static const char *const units[][2] = {
        {"km", "km\u00b2"}, {"metres", "m\u00b2"}, {"miles", "square miles"}, {"feet", "square feet"}, {"yards", "square yards"}};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (!strcmp(what, units[i][0])) { snprintf(what, cap, "%s", units[i][1]); return; }
}

/* Does a complement follow token a ("5 ans de prison", "3 years of war": data/ages kind c)? */
static bool after_ends_with_complement(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t a)
{
    return a < s->tok1 && age_kind(T, d, &d->toks[a]) == 'c';
}

/* Does the number of years or months whose qualifier starts at qstart and whose unit is token u
 * give a person's age (data/ages)? "âgée de 46 ans", "dès l'âge de 13 ans", "aged 46 years",
 * "cette femme de 34 ans", "Charles Milhaud, 65 ans, a effectué", "Mohamed, 2 ans et demi,",
 * "(23 ans)", "à 37 ans, un retour" (not "condamné à 5 ans", not "à 3 ans de prison"),
 * "46 years old"; or a time before now ("il y a 4 ans", "four years ago") or from another event
 * ("five months after the election"; qual: the number's canonical qualifier)? 0: neither; 1: one
 * of them; 2: an age in apposition to a name, whose last word's bytes go to [*na, *nb) ("Alberto
 * Contador, 26 ans,", "Guillaume Blot (23 ans)"). */
static int age_or_ago(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t qstart, const char *qual,
                      size_t u, bool age_unit, size_t *na, size_t *nb)
{
    if (!T->age) return 0;
    size_t b = number_start(d, s, qstart, u);
    size_t a = u + 1; /* the token after the unit, past "et demi" / "and a half" */
    char next = a < s->tok1 ? age_kind(T, d, &d->toks[a]) : 0;
    if (a + 1 < s->tok1 && next == 'j' && age_kind(T, d, &d->toks[a + 1]) == 'h')
        a += 2;
    else if (a + 2 < s->tok1 && next == 'j' && age_kind(T, d, &d->toks[a + 2]) == 'h')
        a += 3; /* "and a half" */
    /* "four days ago", "il y a quinze jours": when, not how long */
    if (next == 'o') return 1;
    /* "five months after the election", "trois jours plus tard" (kind l): when too, unless a word
     * of duration opens the span (kind D: "for six months before assuming", "pendant deux ans
     * avant") or a bound qualifies it ("at least 15 years before", "up to 11 years after") */
    if (next == 'l' && strcmp(qual, "at least") && strcmp(qual, "up to") && strcmp(qual, "at most") &&
        !(b > s->tok0 && age_kind(T, d, &d->toks[b - 1]) == 'D'))
        return 1;
    if (b >= s->tok0 + 2 && age_kind(T, d, &d->toks[b - 2]) == 'o' && age_kind(T, d, &d->toks[b - 1]) == 'r') return 1;
    if (!age_unit) return 0;
    if (a < s->tok1 && age_kind(T, d, &d->toks[a]) == 'a') return 1;
    if (b == s->tok0) return 0;
    const pr_token *p = &d->toks[b - 1];
    if (age_kind(T, d, p) == 'b') return 1;
    bool after_ends = a >= s->tok1 || tok_char(d, &d->toks[a], ',') || tok_char(d, &d->toks[a], ')') ||
                      tok_char(d, &d->toks[a], '.') || tok_char(d, &d->toks[a], ';');
    /* in apposition: between commas or brackets after a word */
    if ((tok_char(d, p, ',') || tok_char(d, p, '(')) && after_ends && b >= s->tok0 + 2 &&
        d->toks[b - 2].kind == PR_TOK_WORD) {
        /* the name's last word, which finds the person however the source writes the name */
        const pr_token *w = &d->toks[b - 2];
        if (!(w->flags & PR_TF_CAP)) return 1;
        *na = w->start;
        *nb = w->end;
        return 2;
    }
    /* back over "de", "d'", "of", "the" (kinds c, d) to an age word or a person: "l'âge de",
     * "femme de" */
    size_t j = b;
    for (int back = 0; back < 3 && j > s->tok0; back++) {
        const pr_token *t = &d->toks[--j];
        if (pr_tok_apostrophe(d, t)) continue;
        char k = age_kind(T, d, t);
        if (k == 'c' || k == 'd') continue;
        if (k == 'b' && back > 0) return 1;
        if (k == 'p' && back > 0 && !after_ends_with_complement(T, d, s, a)) return 1;
        break;
    }
    /* "à 37 ans", "il a 46 ans": an age, unless a span precedes it ("condamné à", "il y a") or
     * a complement follows ("à 3 ans de prison") */
    if (age_kind(T, d, p) == 'r' && !after_ends_with_complement(T, d, s, a) &&
        !(b >= s->tok0 + 2 && (age_kind(T, d, &d->toks[b - 2]) == 'x' ||
                               (pr_tok_apostrophe(d, &d->toks[b - 2]) && b >= s->tok0 + 3 &&
                                age_kind(T, d, &d->toks[b - 3]) == 'x'))))
        return 1;
    return 0;
}

/* Is the number of hours whose qualifier starts at qstart and whose unit is token u a time of day:
 * a part of the day after it ("cinq heures du matin"), or a word of data/ages kind H right before
 * it ("à 19 heures", "vers 20 heures") or kind J and "de" ("le journal de 19 heures") and no
 * complement after the unit (not "à 24 heures de l'échéance")? */
static bool clock_time(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t qstart, size_t u)
{
    /* a part of the day after the unit, past joining words (kinds T and u): "cinq heures du
     * matin", "21 heures hier soir", "3 heures de l'après-midi" */
    for (size_t k = u + 1; k < s->tok1 && k <= u + 6; k++) {
        const pr_token *t = &d->toks[k];
        if (pr_tok_apostrophe(d, t) || tok_char(d, t, '-')) continue;
        const char *r = age_kinds(T, d, t);
        if (r && strchr(r, 'T')) return true;
        if (!r || !strchr(r, 'u')) break;
    }
    size_t b = number_start(d, s, qstart, u);
    const char *r = b > s->tok0 ? age_kinds(T, d, &d->toks[b - 1]) : NULL;
    /* "le journal de 19 heures": an appointment of the day (kind J), "de" (kind c), the hour */
    const char *r2 = b > s->tok0 + 1 && r && r[0] == 'c' ? age_kinds(T, d, &d->toks[b - 2]) : NULL;
    return ((r && strchr(r, 'H')) || (r2 && strchr(r2, 'J'))) && !after_ends_with_complement(T, d, s, u + 1);
}

static bool ending_of(const lang_tabs *T, const precis_doc *d, const pr_token *t, char kind);

/* The data/quantities kind of token t, or 0. */
static char quant_kind(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    const char *r = pr_tok_table(T->quant, d, t);
    const char *tab = r ? strchr(r, '\t') : NULL;
    return tab ? tab[1] : 0;
}

/* Does a word that denies what happens to those a number counts (data/quantities kind z: "none",
 * "aucun") come before the number (its first token n0) in its clause, within DENY_SPAN words:
 * "none of the 132 passengers and five crew members on board (were) injured" counts passengers
 * and crew members, no one injured? */
#define DENY_SPAN 8
static bool denied_count(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t n0)
{
    for (size_t j = n0; j > s->tok0 && j + DENY_SPAN > n0; j--) {
        const pr_token *t = &d->toks[j - 1];
        if (tok_punct(t) && !pr_tok_apostrophe(d, t) && !tok_char(d, t, '-')) return false;
        if (t->kind == PR_TOK_WORD && quant_kind(T, d, t) == 'z') return true;
    }
    return false;
}

/* The row of data/quantities for token t when it is a currency sign ("$", "€": a punctuation or
 * symbol token of kind c), else NULL. */
static const char *currency_sign(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    if (t->kind == PR_TOK_WORD || t->kind == PR_TOK_NUM) return NULL;
    const char *r = pr_tok_table(T->quant, d, t);
    const char *tab = r ? strchr(r, '\t') : NULL;
    return tab && tab[1] == 'c' ? r : NULL;
}

#define TOLL_SPAN 4
static precis_status figures_of_doc(pr_facts *F, size_t di)
{
    const precis_doc *d = F->story->docs[di];
    lang_tabs T = tabs_for(F, d);
    const pr_wordlist *aux = pr_wordlist_get("auxiliary", d->lang); /* see the event search below */
    if (!T.quant) return PRECIS_OK;
    precis_number nums[MAX_NUMS_PER_SENT];
    /* an embedded post's links, handle and date count nothing ("it's duty 4 people 2 report
     * death"); its words are a quote (post_quote()) */
    pr_post_memo post = {0, false};
    for (size_t si = 0; si < d->n_sents; si++) {
        const pr_sent *s = &d->sents[si];
        if (pr_in_post(d, s, &post) || !pr_numbers_maybe(d, s)) continue;
        size_t cnt = 0;
        precis_status st = pr_numbers_find(d->lang, d->text + s->start, s->end - s->start, 0, nums,
                                           MAX_NUMS_PER_SENT, &cnt);
        if (st) return st;
        if (cnt > MAX_NUMS_PER_SENT) cnt = MAX_NUMS_PER_SENT;
        int last_main = -1;
        for (size_t k = 0; k < cnt; k++) {
            const precis_number *N = &nums[k];
            if (N->flags & (PRECIS_NUMBER_NOVALUE | PRECIS_NUMBER_GLUED)) continue;
            if (N->kind == PRECIS_NUMBER_PERCENT) continue;
            size_t nstart = s->start + N->start, nend = s->start + N->num_end;
            size_t limit = k + 1 < cnt ? s->start + nums[k + 1].start : s->end;
            size_t prevend = k ? s->start + nums[k - 1].end : s->start;
            size_t ti = s->tok0;
            while (ti < s->tok1 && d->toks[ti].start < nend) ti++;
            /* the counted noun */
            const char *noun = NULL, *gen = NULL;
            char genkind = 0, nounkind = 0;
            size_t noun_end = nend, noun_tok = 0;
            int unknown = 0;
            bool others = false; /* "quatorze autres otages": a remainder, not the count */
            bool counts_other = false; /* a word the table does not know follows: "deux voitures" */
            bool part = false; /* "one of the victims", "l'un des otages": a part, not the count */
            bool area = false; /* a unit of length squared: "square", "sq" (kind A), "carrés", "²" (kind a) */
            /* a currency sign right before the digits ("$300bn", "US$5 billion", "£3m"): an
             * amount of that currency, whatever noun follows ("a debt of $300bn and many of its
             * members"); its qualifier ends before the sign ("more than $300bn") */
            size_t qpos = nstart;
            {
                size_t n1 = number_start(d, s, nstart, ti);
                const pr_token *g = n1 > s->tok0 ? &d->toks[n1 - 1] : NULL;
                if (g && g->end == nstart && g->end > prevend && (noun = currency_sign(&T, d, g))) {
                    nounkind = 'c';
                    qpos = g->start;
                }
                /* or right after them, unless it opens the next amount: "5 $", "300 M€" */
                const pr_token *a = ti < s->tok1 ? &d->toks[ti] : NULL;
                bool next_amount = a && ti + 1 < s->tok1 && d->toks[ti + 1].start == a->end &&
                                   d->text[a->end] >= '0' && d->text[a->end] <= '9'; /* "four $50,000 payments" */
                if (!noun && a && a->start < limit && !next_amount && (noun = currency_sign(&T, d, a))) {
                    nounkind = 'c';
                    noun_end = a->end;
                    noun_tok = ti;
                }
            }
            for (size_t j = ti; j < s->tok1 && j < ti + 6 && !part && !noun; j++) {
                const pr_token *t = &d->toks[j];
                if (t->start >= limit) break;
                if (tok_punct(t)) {
                    if (tok_char(d, t, '\'') || tok_char(d, t, '-')) continue;
                    if (area && tok_char(d, t, '.')) continue; /* "5 sq. miles" */
                    if (!strcmp(pr_tok_lower(d, t), "'")) continue;
                    break;
                }
                const char *r = pr_tok_table(T.quant, d, t);
                if (r) {
                    const char *tab = strchr(r, '\t');
                    char kind = tab ? tab[1] : 'n';
                    if (kind == 'p' || kind == 'P') {
                        /* right after the number, a partitive: "of" and a determiner, or an
                         * article holding one ("des", "du"); elsewhere a function word */
                        size_t x = j + 1;
                        while (x < s->tok1 && pr_tok_apostrophe(d, &d->toks[x])) x++;
                        part = j == ti && (kind == 'P' || (x < s->tok1 && (word_of(T.det, d, &d->toks[x]) ||
                                                                           quant_kind(&T, d, &d->toks[x]) == 'D')));
                        continue;
                    }
                    if (kind == 'D') continue;
                    if (kind == 'A') { area = true; continue; } /* "17 million square kilometres" */
                    if (kind == 'a') break; /* squares the unit before it; counts nothing ("un carré de fidèles") */
                    if (kind == 'z') break; /* it denies what comes after it */
                    if (kind == 'T') break; /* "un bilan", "one toll": a toll counts nothing itself */
                    /* a unit capitalized is a name's word or a heading's ("20 Minutes", the
                     * newspaper; "22 MINUTES DE SUSPENSE") */
                    if (kind == 'm' && (t->flags & PR_TF_CAP)) break;
                    /* nor is a letter elided before an apostrophe ("qui m'a fait confiance") */
                    if (kind == 'm' && t->end - t->start == 1 && j + 1 < s->tok1 && d->toks[j + 1].start == t->end &&
                        pr_tok_apostrophe(d, &d->toks[j + 1]))
                        break;
                    if (kind == 'o' && j == ti) { others = true; continue; }
                    if (kind == 'e' || kind == 'o') break;
                    if (kind == 'i') { /* a person in the singular: one, or not what the number counts */
                        if (N->value != 1) break;
                        kind = 'q';
                    }
                    if (kind == 'g' || kind == 'q') { gen = r; genkind = kind; noun_end = t->end; break; }
                    noun = r; noun_end = t->end; nounkind = kind; noun_tok = j;
                    break;
                }
                if (t->flags & PR_TF_STOP) continue;
                /* a people's adjective before the noun ("two more American troops", "five Iraqi
                 * police officers"; data/entities kind G) */
                if ((t->flags & PR_TF_CAP) && j + 1 < s->tok1 && d->toks[j + 1].kind == PR_TOK_WORD &&
                    !(d->toks[j + 1].flags & PR_TF_CAP) && ending_of(&T, d, t, 'G'))
                    continue;
                if (!(t->flags & PR_TF_CAP)) counts_other = true;
                if (++unknown > 1 || (t->flags & PR_TF_CAP)) {
                    if (t->flags & PR_TF_CAP) { /* "120.000 Arméniens": people of a place */
                        gen = NULL;
                    }
                    break;
                }
            }
            if (part) continue;
            /* an event word of the clause names generic people or nothing */
            size_t qstart = qpos;
            const char *qual = qualifier_before(&T, d->text, s->start, qpos, &qstart);
            const char *event = NULL;
            size_t n0 = number_start(d, s, nstart, ti); /* the number's first token */
            bool denied = denied_count(&T, d, s, n0);
            if (denied && nounkind == 'b') noun = NULL; /* "neither of the two pilots was injured" */
            /* a time of day: "executed at 10 a.m.", "at 8 pm" */
            if (ti < s->tok1 && d->toks[ti].kind == PR_TOK_WORD && d->toks[ti].start <= nend + 1) {
                const char *w = pr_tok_lower(d, &d->toks[ti]);
                bool ampm = !strcmp(w, "am") || !strcmp(w, "pm");
                if ((!strcmp(w, "a") || !strcmp(w, "p")) && ti + 2 < s->tok1 && tok_char(d, &d->toks[ti + 1], '.') &&
                    d->toks[ti + 1].start == d->toks[ti].end && d->toks[ti + 2].start == d->toks[ti + 1].end)
                    ampm = !strcmp(pr_tok_lower(d, &d->toks[ti + 2]), "m");
                if (ampm) continue;
            }
            /* the first of two numbers joined by a function word shares the second's noun
             * ("deux mineurs de 9 et 11 ans", "âgés de 30 et 22 ans"): no event counts it */
            bool paired = !noun && !gen && k + 1 < cnt && ti + 1 < s->tok1 && d->toks[ti].kind == PR_TOK_WORD &&
                          (d->toks[ti].flags & PR_TF_STOP) && d->toks[ti + 1].start == s->start + nums[k + 1].start;
            /* a bare number may count what the verb before it does ("killing 11 and wounding
             * six"), not when a word the table does not know follows it ("deux voitures"), nor
             * "of" ("hundreds of times"), nor a clock's colon ("killed about 8:20 p.m."), nor
             * when it opens a range of percents ("killing between 10 to 80 percent") */
            bool bare = !gen && ti < s->tok1 && d->toks[ti].start < limit;
            if (bare) {
                const pr_token *x = &d->toks[ti];
                char xk = quant_kind(&T, d, x);
                bare = x->kind == PR_TOK_WORD ? ((x->flags & (PR_TF_STOP | PR_TF_CAP)) && xk != 'p' && xk != 'P') || xk == 'o'
                                              : !tok_char(d, x, ':') && !tok_char(d, x, '-');
                if (k + 1 < cnt && nums[k + 1].kind == PRECIS_NUMBER_PERCENT && nums[k + 1].start - N->end < 12) bare = false;
                if (paired) bare = false;
            } else if (!gen) {
                bare = true; /* the sentence ends on the number */
            }
            if (!noun && (gen || bare) && !denied) {
                /* the verb right before the number and its people: "killed at least 16 people
                 * and wounded 38 others", "a tué 27 personnes"; or before a bare number:
                 * "killing 11 and wounding six before police took him" */
                size_t j = number_start(d, s, qstart, ti);
                if (j > s->tok0 && d->toks[j - 1].end > prevend) {
                    const char *r = pr_tok_table(T.quant, d, &d->toks[j - 1]);
                    const char *tab = r ? strchr(r, '\t') : NULL;
                    if (tab && (tab[1] == 'e' || tab[1] == 'b')) event = r;
                }
            }
            if (!noun && !event && !denied && !paired && (gen || !counts_other)) {
                /* for a bare number ("three on behalf of passengers who died") the event word
                 * must be close and in the same clause */
                size_t span = gen ? 12 : 8;
                /* the next number, when no counted word follows it, is the subject of what comes
                 * after it ("15,000 people attended … and twenty two were arrested") */
                size_t next_end = k + 1 < cnt ? s->start + nums[k + 1].num_end : SIZE_MAX;
                /* nor, counted word or not, when an auxiliary stands before it: the first number
                 * had its own verb ("Trois mineurs ont été mis en examen et un mineur a été
                 * blessé"; not "Quatre policiers et neuf gendarmes sont décédés") */
                bool verb = false;
                for (size_t j = ti; j < s->tok1 && j < ti + span; j++) {
                    const pr_token *t = &d->toks[j];
                    if (tok_punct(t) && (tok_char(d, t, ';') || tok_char(d, t, '.') || (!gen && tok_char(d, t, ','))))
                        break;
                    if (t->start >= next_end) {
                        next_end = SIZE_MAX;
                        if (verb || !(t->kind == PR_TOK_WORD && pr_tok_table(T.quant, d, t))) break;
                    }
                    if (next_end != SIZE_MAX && t->kind == PR_TOK_WORD && word_of(aux, d, t)) verb = true;
                    const char *r = pr_tok_table(T.quant, d, t);
                    if (r) {
                        const char *tab = strchr(r, '\t');
                        if (tab && (tab[1] == 'e' || tab[1] == 'b')) {
                            if (j > ti && d->toks[j - 1].kind == PR_TOK_NUM) break; /* another figure's noun */
                            /* between an article or "of" and a noun, an adjective of that noun
                             * ("the release of detained travelers"; not "among the dead", "a
                             * trouvé la mort dans …") */
                            if (j > ti && j + 1 < s->tok1 && d->toks[j - 1].kind == PR_TOK_WORD &&
                                (word_of(T.det, d, &d->toks[j - 1]) || quant_kind(&T, d, &d->toks[j - 1]) == 'p') &&
                                d->toks[j + 1].kind == PR_TOK_WORD && !(d->toks[j + 1].flags & (PR_TF_STOP | PR_TF_CAP)))
                                continue;
                            event = r;
                            break;
                        }
                    }
                }
                if (!event && (gen || bare)) { /* "peuplée de 120 000 civils" */
                    size_t j = ti;
                    for (int back = 0; back < 4 && j > s->tok0; back++) {
                        j--;
                        const pr_token *t = &d->toks[j];
                        if (t->end <= prevend || t->start >= nstart) { if (t->end <= prevend) break; continue; }
                        if (tok_punct(t)) break;
                        const char *r = pr_tok_table(T.quant, d, t);
                        if (r) {
                            const char *tab = strchr(r, '\t');
                            if (tab && tab[1] == 'e') { event = r; break; }
                        }
                    }
                }
            }
            /* a bare number after the noun of a toll and a preposition, in its clause: "the
             * death toll now stands at 11" (data/quantities kind T; not "took a heavy toll on
             * the 2,000 residents", whose number counts residents), also when
             * a word the table does not know follows ("s'élève à 75 dans le district") */
            if (!noun && !event && !denied && bare && n0 > s->tok0 && (d->toks[n0 - 1].flags & PR_TF_STOP) &&
                d->toks[n0 - 1].end > prevend) {
                for (size_t j = n0 - 1, w = 0; j > s->tok0 && w < TOLL_SPAN;) {
                    const pr_token *t = &d->toks[--j];
                    if (t->end <= prevend) break;
                    if (pr_tok_apostrophe(d, t)) continue; /* "le bilan s'est alourdi à 75" */
                    if (tok_punct(t)) break;
                    if (quant_kind(&T, d, t) == 'T') { event = pr_tok_table(T.quant, d, t); break; }
                    w++;
                }
            }
            char what[64];
            const char *c = noun ? noun : event ? event : gen;
            if (!c) continue;
            /* a date, not a count: a day before a month ("le 17 octobre avoir perdu"), a year
             * after one ("En septembre 2007, elle avait perdu") or in four bare digits with no
             * counted noun of its own ("in 1984, … died"); a fraction counts no one ("les deux
             * tiers de sa valeur") */
            if (date_number(d, s, ti, N, nstart, nend, noun != NULL)) continue;
            /* a person's age is a row of its own when a name comes with it ("Jérôme Kerviel, 31
             * ans,": "age (Jérôme Kerviel)"), and no figure of the story without one ("cette
             * femme de 34 ans", "dès l'âge de 13 ans"); nor is a time before now ("il y a 4 ans") */
            size_t name_a = 0, name_b = 0;
            int age = noun && nounkind == 'm'
                          ? age_or_ago(&T, d, s, qstart, qual, noun_tok, !strncmp(noun, "years\t", 6) || !strncmp(noun, "months\t", 7),
                                       &name_a, &name_b) : 0;
            if (age == 1) continue;
            if (noun && nounkind == 'm' && !strncmp(noun, "hours\t", 6) && clock_time(&T, d, s, qstart, noun_tok)) continue;
            /* a number glued by a hyphen to a word is an adjective: "25-year-old", "six-reactor" */
            if (ti + 1 < s->tok1 && d->toks[ti].start == nend && tok_char(d, &d->toks[ti], '-') &&
                d->toks[ti + 1].start == d->toks[ti].end && d->toks[ti + 1].kind == PR_TOK_WORD)
                continue;
            if (N->kind == PRECIS_NUMBER_FRACTION && N->value < 1) continue;
            /* a number written as a capitalized word inside a sentence is part of a title or a
             * name: "Zero Dark Thirty", "Two and a Half Men", "Seven Days" */
            if (n0 > s->tok0 && n0 < s->tok1 && d->toks[n0].kind == PR_TOK_WORD && (d->toks[n0].flags & PR_TF_CAP) &&
                !tok_punct(&d->toks[n0 - 1]))
                continue;
            /* digits right after a capitalized word inside a clause belong to a name when no
             * counted noun of their own follows (an event word may: "Duck 07 died", "le Duck 07
             * a coulé", "Flight 370"; not "BNP Paribas 2,55 milliards d'euros") */
            if ((!noun || nounkind == 'b') && qstart == nstart && d->text[nstart] >= '0' && d->text[nstart] <= '9' &&
                n0 >= s->tok0 + 2 && d->toks[n0 - 1].end == nstart - 1 && d->toks[n0 - 1].kind == PR_TOK_WORD &&
                (d->toks[n0 - 1].flags & PR_TF_CAP) && d->toks[n0 - 2].kind == PR_TOK_WORD)
                continue;
            size_t cl = (size_t)(strchr(c, '\t') ? strchr(c, '\t') - c : (ptrdiff_t)strlen(c));
            snprintf(what, sizeof what, "%.*s", (int)cl, c);
            if (noun && nounkind == 'm' && noun_tok + 1 < s->tok1 && noun_tok + 1 > ti &&
                d->toks[noun_tok + 1].start <= noun_end + 1 && quant_kind(&T, d, &d->toks[noun_tok + 1]) == 'a')
                area = true; /* after the unit: "kilomètres carrés", "km²" */
            if (noun && nounkind == 'm' && area) area_of(what, sizeof what);
            if (age) snprintf(what, sizeof what, "age");
            /* "les deux hommes", "the two men": people the text already named, not a count */
            if (!noun && !event && gen && N->value == 2 && qstart == nstart && n0 > s->tok0 &&
                d->toks[n0 - 1].kind == PR_TOK_WORD && (word_of(T.def, d, &d->toks[n0 - 1]) || word_of(T.dem, d, &d->toks[n0 - 1])))
                continue;
            /* one person of a kind with nothing happening to them ("a woman", "one man") is no
             * figure */
            if (!noun && !event && gen && genkind == 'q' && N->value == 1) continue;
            if (!noun && event && gen && genkind == 'q' && event_qualifies(what)) {
                size_t gl = (size_t)(strchr(gen, '\t') - gen);
                snprintf(what, sizeof what, "%.*s (%.*s)", (int)cl, c, (int)gl, gen);
            }
            /* "un"/"une" counts only the noun right after it ("un mort"), not "un hommage aux victimes" */
            if ((N->flags & PRECIS_NUMBER_ARTICLE) && (!noun || unknown)) continue;
            if (others) {
                size_t wl = strlen(what);
                snprintf(what + wl, sizeof what - wl, " (others)");
            }
            /* "dont deux civils": a part of the previous figure (data/partof) */
            int parent = -1;
            for (size_t j = ti; j > s->tok0 && j + 3 > ti && nounkind != 'c'; j--) {
                /* (not an amount: "more than $25,000 …, including $500 checks") */
                const pr_token *t = &d->toks[j - 1];
                if (t->end > nstart) continue;
                if (t->kind == PR_TOK_WORD && word_of(T.part, d, t)) {
                    parent = last_main;
                    break;
                }
            }
            if (N->flags & PRECIS_NUMBER_VAGUE) qual = "several";
            /* told in a relative clause ("the truck attack that killed 86 people", "Breivik, who
             * shot and killed 77"): it describes the noun before it, often an earlier event */
            bool background = false;
            if (T.rel) {
                size_t j = number_start(d, s, qstart, ti);
                for (int back = 0; back < 4 && j > s->tok0 && !background; back++) {
                    const pr_token *t = &d->toks[--j];
                    if (t->end <= prevend || tok_punct(t)) break;
                    char w[64];
                    size_t wn = tok_fold(d, t, w, sizeof w);
                    background = wn && pr_wordlist_hasn(T.rel, w, wn);
                }
            }
            /* a part that is generic people ("95.829 personnes hospitalisées, dont 56.038
             * personnes …") or an event alone ("84.344 personnes, dont 3.076 sont décédées") is
             * a figure of its own, not "hospitalized (people)" nor "people (dead)" */
            if (parent >= 0 && ((!noun && gen && genkind == 'g') || (!gen && (event || (noun && nounkind == 'b')))))
                parent = -1;
            if (parent >= 0) {
                const char *sub = gen ? gen : c;
                size_t sl = (size_t)(strchr(sub, '\t') ? strchr(sub, '\t') - sub : (ptrdiff_t)strlen(sub));
                const char *pw = F->figs[parent].what;
                const char *paren = strchr(pw, ' ');
                int pl = paren ? (int)(paren - pw) : (int)strlen(pw);
                snprintf(what, sizeof what, "%.*s (%.*s)", pl, pw, (int)sl, sub);
            }
            if (F->nfigs >= PR_FACTS_MAX_FIGS) return PRECIS_OK;
            if (!PR_GROW(F->figs, F->capfigs, F->nfigs + 1)) return PRECIS_ERR_NOMEM;
            pr_fig *g = &F->figs[F->nfigs];
            memset(g, 0, sizeof *g);
            g->doc = di;
            g->sent = (uint32_t)si;
            g->start = (uint32_t)qstart;
            g->end = (uint32_t)(noun_end > nend ? noun_end : nend);
            g->value = N->value;
            g->qual = qual;
            g->parent = parent;
            g->nflags = N->flags;
            g->measure = noun && nounkind == 'm' && parent < 0;
            g->money = noun && nounkind == 'c' && parent < 0;
            g->background = background;
            g->name_start = (uint32_t)name_a;
            g->name_end = (uint32_t)name_b;
            find_when(d, s, g->start, g->end, &g->when_start, &g->when_end);
            g->past = !age && dated_past(d, s, g->when_start, g->when_end); /* an age is today's */
            if (g->past) g->background = true;
            snprintf(g->what, sizeof g->what, "%s", what);
            if (parent < 0 && !age) last_main = (int)F->nfigs;
            F->nfigs++;
        }
    }
    return PRECIS_OK;
}

typedef struct ival { double lo, hi; } ival;

/* A qualifier's value as an interval. A round bound ("more than 60", "fewer than 200") is itself
 * rounded: it includes the round figure another source gives ("60 positions"), where "more
 * than 27" excludes 27. */
static ival interval_of(double v, const char *q, bool measure)
{
    ival r = {v, v};
    double eps = fabs(v) * 1e-9 + 1e-9;
    bool round = measure || (v >= 10 && v == floor(v) && fmod(v, 10.0) == 0.0);
    if (!strcmp(q, "at least")) r.hi = INFINITY;
    else if (!strcmp(q, "more than")) { r.lo = round ? v : v + eps; r.hi = INFINITY; }
    else if (!strcmp(q, "fewer than")) { r.lo = 0; r.hi = round ? v : v - eps; }
    else if (!strcmp(q, "up to") || !strcmp(q, "at most")) r.lo = 0;
    else if (!strcmp(q, "about")) { r.lo = v * 0.9; r.hi = v * 1.1; }
    else if (!strcmp(q, "nearly")) { r.lo = v * 0.9; }
    else if (!strcmp(q, "several")) { r.hi = v * 100; }
    else if (!*q && v >= 100 && v == floor(v) && v < 1e18) {
        /* an exact figure ending in zeros is rounded at its last digit ("750 millions" for
         * 751, "5 milliards" for 4,9), by at most 5 % */
        double unit = 1;
        while (fmod(v, unit * 10) == 0) unit *= 10;
        double tol = fmin(unit / 2, v * 0.05) * 0.999; /* 140 and 150 do not meet at 145 */
        if (unit > 1) { r.lo = v - tol; r.hi = v + tol; }
    }
    return r;
}

/* Do two figures' values meet, their qualifiers read as intervals? */
static bool compatible(const pr_fig *a, const pr_fig *b)
{
    ival x = interval_of(a->value, a->qual, a->measure), y = interval_of(b->value, b->qual, b->measure);
    return x.lo <= y.hi && y.lo <= x.hi;
}

/* The earliest publication date among the documents giving value v, or NULL when one of them
 * is undated. Dates are ISO 8601 (html_meta.c normalises them), so they compare as strings. */
static const char *first_date(const pr_facts *F, const pr_fval *v)
{
    const char *first = NULL;
    for (size_t j = 0; j < v->ndocs; j++) {
        const char *d = F->story->docs[v->docs[j]]->date;
        if (!d || !d[0]) return NULL;
        if (!first || strcmp(d, first) < 0) first = d;
    }
    return first;
}

/* Every value dated, and ordered by first report the values never decrease while the dates
 * strictly increase: a count that rose, not a contradiction. */
static bool rising(const pr_facts *F, const pr_frow *row)
{
    const char *dates[64];
    size_t n = row->nvals;
    if (n < 2 || n > 64) return false;
    for (size_t k = 0; k < n; k++)
        if (!(dates[k] = first_date(F, &row->vals[k]))) return false;
    for (size_t a = 0; a < n; a++)
        for (size_t b = 0; b < n; b++) {
            if (a == b) continue;
            int c = strcmp(dates[a], dates[b]);
            /* an earlier report with a larger value, or two values on the same date, contradict */
            if (c < 0 && row->vals[a].value > row->vals[b].value) return false;
            if (c == 0 && row->vals[a].value != row->vals[b].value) return false;
        }
    return true;
}

/* Does row a come before row b in the table: the event's figures before those every source
 * dates in the past (pr_frow.past); then reported by more sources; among as many sources, a
 * toll first, then other counts, amounts, and last measures ("2 civilians dead" before "a war
 * of 6 weeks"); then in order of appearance. */
static int row_class(const pr_frow *r) { return r->toll ? 0 : r->measure ? 3 : r->money ? 2 : 1; }
static bool row_before(const pr_frow *a, const pr_frow *b)
{
    if (a->past != b->past) return b->past;
    if (a->nsrc != b->nsrc) return a->nsrc > b->nsrc;
    if (row_class(a) != row_class(b)) return row_class(a) < row_class(b);
    return a->first < b->first;
}

/* Is `what` (its part before " (") a concept data/quantities gives to an event word (kinds b
 * and e: "morts", "blessés", "évacués", "peuplée")? A story has one toll of each, so every
 * figure of such a concept is a value of one row, whatever its sentence says around it. */
static bool story_wide(const pr_wordlist *q, const char *what)
{
    if (!q) return false;
    size_t wl = strcspn(what, " ");
    if (what[wl] == ' ' && what[wl + 1] != '(') wl = strlen(what); /* "artillery pieces" */
    for (size_t i = 0; i < q->n; i++) {
        const char *c = strchr(pr_wordlist_word(q, i), '\t');
        if (!c++) continue;
        const char *k = strchr(c, '\t');
        if (!k || (size_t)(k - c) != wl || memcmp(c, what, wl)) continue;
        if (strchr(k + 1, 'b') || strchr(k + 1, 'e')) return true;
    }
    return false;
}

/* The context of a figure: the stems of the content words (not stopwords, not numbers, at
 * least 3 bytes) among the FIG_CONTEXT words before and after it in its sentence, outside its
 * own span, as sorted ids of an intern table, with a bit for each written as a name
 * (capitalized, not opening the sentence). */
#define FIG_CONTEXT 8
#define FIG_CONTEXT_MAX (2 * FIG_CONTEXT)
typedef struct figctx {
    uint32_t id[FIG_CONTEXT_MAX];
    uint16_t name; /* bit k: id[k] is a name */
    int n;
} figctx;

static bool fig_context(const pr_facts *F, const pr_fig *g, pr_intern *in, figctx *c)
{
    const precis_doc *d = F->story->docs[g->doc];
    const pr_sent *s = &d->sents[g->sent];
    uint32_t a, b = s->tok0;
    while (b < s->tok1 && d->toks[b].start < g->end) b++; /* first token after the span */
    a = b;
    while (a > s->tok0 && d->toks[a - 1].start >= g->start) a--; /* first token of the span */
    uint32_t id[FIG_CONTEXT_MAX];
    bool nm[FIG_CONTEXT_MAX];
    int n = 0;
    for (int dir = 0; dir < 2; dir++) {
        uint32_t k = dir ? b : a;
        for (int w = 0; w < FIG_CONTEXT;) {
            if (dir ? k >= s->tok1 : k <= s->tok0) break;
            const pr_token *t = dir ? &d->toks[k++] : &d->toks[--k];
            if (t->kind != PR_TOK_WORD) continue;
            w++;
            if (t->flags & PR_TF_STOP) continue;
            const char *st = pr_tok_stem(d, t);
            size_t sl = strlen(st);
            if (sl < 3) continue;
            uint32_t x = pr_intern_add(in, st, sl);
            if (x == UINT32_MAX) return false;
            bool name = (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_SENT0);
            int j = 0;
            while (j < n && id[j] != x) j++;
            if (j < n) { nm[j] = nm[j] || name; continue; }
            id[n] = x;
            nm[n++] = name;
        }
    }
    for (int i = 1; i < n; i++) /* insertion sort: at most 16 */
        for (int j = i; j > 0 && id[j - 1] > id[j]; j--) {
            uint32_t x = id[j]; id[j] = id[j - 1]; id[j - 1] = x;
            bool y = nm[j]; nm[j] = nm[j - 1]; nm[j - 1] = y;
        }
    c->n = n;
    c->name = 0;
    for (int i = 0; i < n; i++) {
        c->id[i] = id[i];
        if (nm[i]) c->name |= (uint16_t)(1u << i);
    }
    return true;
}

/* Words two figures' contexts share (*all), and those of them that tell what they measure
 * (the return): names, and words that half the story's documents or more do not use
 * (`common`: in a story about bank losses "perte" and "banque" surround every amount). */
static int shared_words(const figctx *a, const figctx *b, const uint8_t *common, int *all)
{
    int i = 0, j = 0, m = 0;
    *all = 0;
    while (i < a->n && j < b->n) {
        if (a->id[i] == b->id[j]) {
            bool name = ((a->name >> i) & 1) || ((b->name >> j) & 1);
            if (name || !common[a->id[i]]) m++;
            (*all)++;
            i++;
            j++;
        } else if (a->id[i] < b->id[j]) i++;
        else j++;
    }
    return m;
}

/* How much figure i belongs with figure j of the same concept: above FIG_CONTEXT_MAX for the
 * same value; for values within FIG_NEAR of each other ("361 millions" and "360 millions")
 * one more than the context words they share, when they share one; for close values (within
 * FIG_CLOSE: "4,9 milliards" and "5 milliards", Contador "25 ans" and "26 ans") the context
 * words they share, any of them; for values further apart (200 000 and 5 milliards) the
 * telling words only. */
#define FIG_NEAR 1.05
#define FIG_CLOSE 1.5
static int affinity(const pr_fig *gi, const pr_fig *gj, const figctx *ci, const figctx *cj, const uint8_t *common)
{
    if (gi->value == gj->value) return FIG_CONTEXT_MAX + 1;
    int all, telling = shared_words(ci, cj, common, &all);
    double lo = fmin(gi->value, gj->value), hi = fmax(gi->value, gj->value);
    if (lo > 0 && hi <= lo * FIG_NEAR && all) return all + 1; /* 361 and 360 million people */
    return lo > 0 && hi <= lo * FIG_CLOSE ? all : telling;
}

/* Rows are built from value groups: the figures of one concept giving the same value (a
 * wire figure that five outlets repeat is one fact whatever each sentence says around it).
 * Groups of a concept then merge when they tell the same fact, the most alike pairs first
 * (affinity(), then the nearer values), so that "Alberto Contador, 25 ans" meets "Alberto
 * Contador, 26 ans" before "Lance Armstrong, 37 ans" of the same sentence:
 * - a toll (story_wide: dead, injured, evacuated …) merges with any group of its concept;
 * - any other count, an amount or a duration only with one whose figures share FIG_SHARED
 *   context words with its own ("6,4 milliards d'euros d'augmentation de capital à Dexia" and
 *   "plus de 6 milliards d'euros pour Dexia") and whose values are less than FIG_FAR times
 *   apart;
 * - never two sets that a document gives both of: "prêts sur quinze ans … sur vingt ans",
 *   "600 millions, réévaluées depuis à 751" are two facts, or a revision, not a disagreement.
 * Each group is compared with at most FIG_ROW_SCAN earlier groups, each comparison reads at
 * most FIG_PAIRS figure pairs, so the cost stays linear in the figures. */
#define FIG_SHARED 2
#define FIG_FAR 1.5 /* "3 milliards" each and "6,4 milliards" together, "200 000 euros" and "5
                        * milliards" by the same trader: two facts */
#define FIG_ROW_SCAN 256
#define FIG_PAIRS 64
typedef struct vgroup {
    size_t first;    /* first figure (groups are made in figure order) */
    size_t *figs; size_t n, cap;
    size_t root;     /* union-find parent */
    size_t *docs; size_t ndocs, capdocs; /* the set's documents, kept at its root */
    bool wide;
} vgroup;

typedef struct gedge { size_t a, b; int aff; double ratio; } gedge;

static int cmp_gedge(const void *x, const void *y)
{
    const gedge *p = x, *q = y;
    if (p->aff != q->aff) return p->aff > q->aff ? -1 : 1;
    if (p->ratio != q->ratio) return p->ratio < q->ratio ? -1 : 1;
    if (p->b != q->b) return p->b < q->b ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

static size_t group_root(vgroup *G, size_t g)
{
    while (G[g].root != g) {
        G[g].root = G[G[g].root].root;
        g = G[g].root;
    }
    return g;
}

/* Merges the groups of one fact (see above); false on OOM. */
static bool merge_groups(const pr_facts *F, vgroup *G, size_t ng, const figctx *ctx, const uint8_t *common)
{
    gedge *E = NULL;
    size_t ne = 0, cap = 0;
    for (size_t gi = 0; gi < ng; gi++) {
        const vgroup *g = &G[gi];
        const pr_fig *fg = &F->figs[g->first];
        size_t scanned = 0;
        for (size_t r = gi; r-- > 0 && scanned < FIG_ROW_SCAN;) {
            const vgroup *h = &G[r];
            const pr_fig *fh = &F->figs[h->first];
            if (strcmp(fh->what, fg->what) || (h->wide != g->wide && fh->value != fg->value)) continue;
            /* a figure of the past that the event's contradicts is another fact, not a
             * disagreement ("served 30 years" since 1987, "could serve for 40 years"); one it
             * agrees with may be the same ("près de 5 milliards d'euros en 2007", "4,9 milliards") */
            if (fh->past != fg->past && !compatible(fg, fh)) continue;
            scanned++;
            int aff = -1;
            size_t pairs = 0;
            for (size_t i = 0; i < g->n && pairs < FIG_PAIRS; i++)
                for (size_t j = 0; j < h->n && pairs < FIG_PAIRS; j++, pairs++) {
                    int x = affinity(&F->figs[g->figs[i]], &F->figs[h->figs[j]], &ctx[g->figs[i]], &ctx[h->figs[j]], common);
                    if (x > aff) aff = x;
                }
            double lo = fmin(fabs(fg->value), fabs(fh->value)), hi = fmax(fabs(fg->value), fabs(fh->value));
            double ratio = lo > 0 ? hi / lo : INFINITY;
            if (aff < (g->wide ? 0 : FIG_SHARED) || (!g->wide && ratio > FIG_FAR)) continue;
            if (!PR_GROW(E, cap, ne + 1)) { pr_free(E); return false; }
            E[ne++] = (gedge){r, gi, aff, ratio};
        }
    }
    if (ne) qsort(E, ne, sizeof *E, cmp_gedge);
    for (size_t k = 0; k < ne; k++) {
        size_t a = group_root(G, E[k].a), b = group_root(G, E[k].b);
        if (a == b) continue;
        /* (one value told twice, as the toll and in a relative clause, is one fact) */
        bool clash = false;
        for (size_t i = 0; i < G[a].ndocs && !clash && E[k].ratio != 1.0; i++)
            for (size_t j = 0; j < G[b].ndocs && !clash; j++) clash = G[a].docs[i] == G[b].docs[j];
        if (clash) continue;
        if (b < a) { size_t t = a; a = b; b = t; } /* the earlier group is the root */
        for (size_t j = 0; j < G[b].ndocs; j++)
            if (!add_doc(&G[a].docs, &G[a].ndocs, &G[a].capdocs, G[b].docs[j])) { pr_free(E); return false; }
        G[b].root = a;
    }
    pr_free(E);
    return true;
}

/* common[id]: the context word `id` of `in` is used by half the story's documents or more
 * (stories of four documents or more; in smaller ones no word is common). */
static uint8_t *common_words_of(const pr_facts *F, const pr_intern *in)
{
    uint8_t *common = pr_calloc(in->n + 1, 1);
    size_t *df = pr_calloc(in->n + 1, sizeof *df), *last = pr_malloc((in->n + 1) * sizeof *last);
    if (!common || !df || !last) { pr_free(common); pr_free(df); pr_free(last); return NULL; }
    size_t nd = F->story->n_docs;
    for (size_t k = 0; k < in->n; k++) last[k] = SIZE_MAX;
    for (size_t di = 0; di < nd && nd >= 4; di++) {
        const precis_doc *d = F->story->docs[di];
        for (size_t k = 0; k < d->n_toks; k++) {
            const pr_token *t = &d->toks[k];
            if (t->kind != PR_TOK_WORD || (t->flags & PR_TF_STOP)) continue;
            const char *st = pr_tok_stem(d, t);
            uint32_t x = pr_intern_find(in, st, strlen(st));
            if (x == UINT32_MAX || last[x] == di) continue;
            last[x] = di;
            if (++df[x] * 2 >= nd) common[x] = 1;
        }
    }
    pr_free(df);
    pr_free(last);
    return common;
}

static precis_status build_rows(pr_facts *F)
{
    figctx *ctx = pr_malloc((F->nfigs + 1) * sizeof *ctx);
    size_t *gof = pr_malloc((F->nfigs + 1) * sizeof *gof); /* figure -> its value group */
    vgroup *G = NULL;
    size_t ng = 0, capg = 0;
    uint8_t *common = NULL;
    pr_intern in;
    pr_intern_init(&in);
    precis_status st = PRECIS_OK;
    if (!ctx || !gof) st = PRECIS_ERR_NOMEM;
    /* value groups, through a key "what<TAB>value" */
    pr_intern keys;
    pr_intern_init(&keys);
    for (size_t i = 0; i < F->nfigs && !st; i++) {
        const pr_fig *g = &F->figs[i];
        if (!fig_context(F, g, &in, &ctx[i])) { st = PRECIS_ERR_NOMEM; break; }
        char key[96];
        /* a toll told in a relative clause is a group of its own, not the story's toll */
        bool toll = story_wide(pr_wordlist_get("quantities", F->story->docs[g->doc]->lang), g->what);
        int kl = snprintf(key, sizeof key, "%s\t%.17g%s", g->what, g->value, toll && g->background ? "\tb" : "");
        size_t before = keys.n;
        uint32_t id = pr_intern_add(&keys, key, (size_t)kl);
        if (id == UINT32_MAX) { st = PRECIS_ERR_NOMEM; break; }
        if (keys.n > before) {
            if (!PR_GROW(G, capg, ng + 1)) { st = PRECIS_ERR_NOMEM; break; }
            memset(&G[ng], 0, sizeof G[ng]);
            G[ng].first = i;
            G[ng].root = ng;
            G[ng].wide = toll && !g->background;
            ng++;
        }
        vgroup *vg = &G[id]; /* ids are given in order, one per group */
        if (!PR_GROW(vg->figs, vg->cap, vg->n + 1)) { st = PRECIS_ERR_NOMEM; break; }
        vg->figs[vg->n++] = i;
        if (!add_doc(&vg->docs, &vg->ndocs, &vg->capdocs, g->doc)) { st = PRECIS_ERR_NOMEM; break; }
        gof[i] = id;
    }
    pr_intern_free(&keys);
    if (!st && !(common = common_words_of(F, &in))) st = PRECIS_ERR_NOMEM;
    if (!st && !merge_groups(F, G, ng, ctx, common)) st = PRECIS_ERR_NOMEM;
    /* rows: one per root group, in order of first figure; values in figure order */
    size_t *rowix = st ? NULL : pr_malloc((ng + 1) * sizeof *rowix);
    if (!st && !rowix) st = PRECIS_ERR_NOMEM;
    for (size_t gi = 0; gi < ng && !st; gi++) {
        if (group_root(G, gi) != gi) continue;
        if (!PR_GROW(F->rows, F->caprows, F->nrows + 1)) { st = PRECIS_ERR_NOMEM; break; }
        rowix[gi] = F->nrows;
        pr_frow *row = &F->rows[F->nrows++];
        memset(row, 0, sizeof *row);
        snprintf(row->what, sizeof row->what, "%s", F->figs[G[gi].first].what);
        row->first = G[gi].first;
        row->measure = F->figs[G[gi].first].measure;
        row->money = F->figs[G[gi].first].money;
        row->toll = G[gi].wide;
        row->past = true; /* until a figure of it is not */
    }
    for (size_t i = 0; i < F->nfigs && !st; i++) {
        const pr_fig *g = &F->figs[i];
        pr_frow *row = &F->rows[rowix[group_root(G, gof[i])]];
        if (!g->past) row->past = false;
        pr_fval *v = NULL;
        for (size_t k = 0; k < row->nvals; k++)
            if (row->vals[k].value == g->value && !strcmp(row->vals[k].qual, g->qual)) { v = &row->vals[k]; break; }
        if (!v) {
            if (!PR_GROW(row->vals, row->capvals, row->nvals + 1)) { st = PRECIS_ERR_NOMEM; break; }
            v = &row->vals[row->nvals++];
            memset(v, 0, sizeof *v);
            v->value = g->value;
            v->qual = g->qual;
            v->nflags = g->nflags;
            v->fig = i;
        }
        if (!add_doc(&v->docs, &v->ndocs, &v->capdocs, g->doc)) st = PRECIS_ERR_NOMEM;
    }
    for (size_t gi = 0; gi < ng; gi++) { pr_free(G[gi].figs); pr_free(G[gi].docs); }
    pr_free(G);
    pr_free(rowix);
    pr_free(gof);
    pr_free(ctx);
    pr_free(common);
    pr_intern_free(&in);
    if (st) return st;
    for (size_t r = 0; r < F->nrows; r++) {
        pr_frow *row = &F->rows[r];
        size_t *seen = NULL, ns = 0, cs = 0;
        for (size_t k = 0; k < row->nvals; k++)
            for (size_t j = 0; j < row->vals[k].ndocs; j++)
                if (!add_doc(&seen, &ns, &cs, row->vals[k].docs[j])) { pr_free(seen); return PRECIS_ERR_NOMEM; }
        pr_free(seen);
        row->nsrc = ns;
        if (row->nvals <= 1) { row->status = PR_FIG_AGREE; continue; }
        ival all = {-INFINITY, INFINITY};
        for (size_t k = 0; k < row->nvals; k++) {
            ival iv = interval_of(row->vals[k].value, row->vals[k].qual, row->measure);
            if (iv.lo > all.lo) all.lo = iv.lo;
            if (iv.hi < all.hi) all.hi = iv.hi;
        }
        row->status = all.lo <= all.hi ? PR_FIG_COMPATIBLE : PR_FIG_DISAGREE;
        if (row->status == PR_FIG_DISAGREE && rising(F, row)) row->status = PR_FIG_RISING;
    }
    for (size_t a = 1; a < F->nrows; a++) {
        pr_frow x = F->rows[a];
        size_t b = a;
        while (b > 0 && row_before(&x, &F->rows[b - 1])) {
            F->rows[b] = F->rows[b - 1];
            b--;
        }
        F->rows[b] = x;
    }
    return PRECIS_OK;
}

/* ---- entities ------------------------------------------------------------------------------------ */

static char ent_kind(const lang_tabs *T, const precis_doc *d, const pr_token *t) { return pr_tok_class(T->ent, d, t); }

static bool cap_word(const precis_doc *d, const pr_token *t)
{
    return t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP) && t->end - t->start > 1;
}

/* Does the word w[0..n) end like the entries of kind k of table wl written with a leading dash
 * ("-ale	j": an adjective, "européenne", "nationale"; "-iens	g": a people, "Arméniens"; "-ly	a":
 * an adverb), an ending of 2 to 7 bytes with at least `stem` bytes before it? */
static bool ends_like(const pr_wordlist *wl, const char *w, size_t n, char kind, size_t stem)
{
    for (size_t l = 2; l <= 7 && l + stem <= n; l++) {
        char suf[9];
        suf[0] = '-';
        memcpy(suf + 1, w + n - l, l);
        suf[l + 1] = 0;
        const char *r = pr_table_get(wl, suf, l + 1);
        if (r && strchr(r, kind)) return true;
    }
    return false;
}

/* ends_like() on token t folded (no accents: the tables' entries are folded). */
static bool ending_in(const pr_wordlist *wl, const precis_doc *d, const pr_token *t, char kind, size_t stem)
{
    char k[64];
    size_t n = tok_fold(d, t, k, sizeof k);
    return ends_like(wl, k, n, kind, stem);
}

/* ends_like() on token t in lower case with its accents: "-é" of "appelé" (an entry that folding
 * would make "-e", the ending of "raconte"). */
static bool ending_accented(const pr_wordlist *wl, const precis_doc *d, const pr_token *t, char kind, size_t stem)
{
    const char *w = pr_tok_lower(d, t);
    return ends_like(wl, w, strlen(w), kind, stem);
}

static bool ending_of(const lang_tabs *T, const precis_doc *d, const pr_token *t, char kind)
{
    return ending_in(T->ent, d, t, kind, 1);
}

/* Is token k a word of table wl with kind c? When an apostrophe glued to it comes next (before
 * token `end`), it is looked up elided: "l'", "s'". */
static bool word_of_kind(const pr_wordlist *wl, const precis_doc *d, size_t k, size_t end, char c)
{
    const pr_token *t = &d->toks[k];
    if (t->kind != PR_TOK_WORD) return false;
    char key[64];
    size_t n = tok_fold(d, t, key, sizeof key - 1);
    if (!n) return false;
    if (k + 1 < end && pr_tok_apostrophe(d, &d->toks[k + 1]) && d->toks[k + 1].start == t->end) key[n++] = '\'';
    const char *r = pr_table_get(wl, key, n);
    return r && strchr(r, c);
}

/* Is token k a capitalized word written right after token k-1 (at most one space between): the
 * next word of a name ("Mark Zuckerberg", "Jean-Luc")? */
static bool glued_cap(const precis_doc *d, size_t k)
{
    return k > 0 && k < d->n_toks && cap_word(d, &d->toks[k]) && d->toks[k].start <= d->toks[k - 1].end + 1;
}

/* Do tokens k, k+1 hold a hyphen and a syllable in lower case of at most five letters, glued to
 * each other and to the capitalized word k-1, that end a name ("Tsai Ing-wen", "Kim Jong-un",
 * "Ban Ki-moon"): no adjective's ending (data/entities kind E: "New York-based", "Cold War-era")
 * and no hyphenated particle after it ("Mar-a-Lago"; tokens end at `end`)? Or an apostrophe and
 * a syllable of three to six letters, a transliterated name's ("Moshe Ya'alon"; not a
 * contraction nor a possessive, "'s", "'ll", "'ve", nor a function word elided before it, as a
 * heading glued to a sentence runs: "RICL'une")? */
static bool name_syllable(const lang_tabs *T, const precis_doc *d, size_t k, size_t end)
{
    if (k == 0 || k + 1 >= end || d->toks[k].start != d->toks[k - 1].end || !cap_word(d, &d->toks[k - 1]))
        return false;
    bool apos = pr_tok_apostrophe(d, &d->toks[k]);
    if (!apos && !tok_char(d, &d->toks[k], '-')) return false;
    const pr_token *x = &d->toks[k + 1];
    unsigned char c = (unsigned char)d->text[x->start];
    size_t len = x->end - x->start;
    return x->kind == PR_TOK_WORD && x->start == d->toks[k].end && ((c >= 'a' && c <= 'z') || c >= 0x80) &&
           !(x->flags & PR_TF_CAP) && (apos ? len >= 3 && len <= 6 && !(x->flags & PR_TF_STOP) : len <= 5) &&
           !tok_has_kind(T->ent, d, x, 'E') &&
           !(k + 2 < end && tok_char(d, &d->toks[k + 2], '-') && d->toks[k + 2].start == x->end);
}

/* Do tokens k.. hold a hyphen, a word in lower case joining a hyphenated name's parts (kind H:
 * "du", "en", "sur", "upon"; not "to", which joins two names), a hyphen and a capitalized word,
 * all glued to each other and to token k-1 ("Bouches" + "-du-Rhône")? */
static bool hyphen_particle(const lang_tabs *T, const precis_doc *d, size_t k, size_t end)
{
    if (k == 0 || k + 3 >= end) return false;
    const pr_token *t = d->toks;
    for (size_t i = k; i < k + 4; i++)
        if (t[i].start != t[i - 1].end) return false;
    return tok_char(d, &t[k], '-') && tok_char(d, &t[k + 2], '-') && t[k + 1].kind == PR_TOK_WORD &&
           !(t[k + 1].flags & PR_TF_CAP) && tok_has_kind(T->ent, d, &t[k + 1], 'H') && cap_word(d, &t[k + 3]);
}

/* A French institution named by a head word in lower case before its name ("le ministère de la
 * Défense", "ministère des Affaires étrangères"): a head word of `kind` (i: an institution,
 * "ministère", "présidence"; m: a minister, "ministre de la Justice") in lower case, "de" +
 * article or "des"/"du", then the capitalized name at token j. Returns the head's token, or j
 * when there is none. */
static size_t lower_head(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j, char kind)
{
    size_t k = j;
    /* an article (kind d): "la", "les", or the elided "l'" */
    if (k > s->tok0 && pr_tok_apostrophe(d, &d->toks[k - 1])) {
        if (k - 1 > s->tok0 && word_of_kind(T->ent, d, k - 2, k, 'd')) k -= 2;
        else return j;
    } else if (k > s->tok0 && word_of_kind(T->ent, d, k - 1, k, 'd')) {
        k--;
    }
    if (k == s->tok0) return j;
    const pr_token *p = &d->toks[k - 1];
    /* the joining word: "de" before the article (kind k), "des"/"du" holding it (kind q) */
    bool de = tok_has_kind(T->ent, d, p, 'k');
    if (!(de || (k == j && tok_has_kind(T->ent, d, p, 'q')))) return j;
    if (de && k == j) return j; /* "de" needs its article here: "de Paris" is not a ministry's */
    if (k - 1 == s->tok0) return j;
    const pr_token *hd = &d->toks[k - 2];
    if (hd->kind != PR_TOK_WORD || (hd->flags & PR_TF_CAP) || !tok_has_kind(T->ent, d, hd, kind)) return j;
    return k - 2;
}

/* French writes an institution's name with its complements in lower case ("Union européenne",
 * "Conseil de sécurité", "Assemblée nationale", "Banque centrale européenne", "Syndicat de la
 * magistrature", "Commission nationale de l'informatique et des libertés", "Ligue des droits de
 * l'Homme"): after a head word (kind h), up to two adjectives (an ending of kind j), then up to
 * LOWER_COMPLEMENTS complements, each "de" (kind k) with or without its article ("la", "l'":
 * kind d), the elided "d'", or "des"/"du" (kind q), then a noun in lower case and an adjective;
 * the later ones maybe after "et" (kind z); the noun may be a capitalized word, not in
 * capitals, after an article or another complement ("Ministère de la Défense", "Ligue des
 * Droits de l'Homme"; "de l'ONU" is another name, "Banque de France" is joined as a name).
 * Returns the end of the name. */
#define LOWER_COMPLEMENTS 3
static bool lower_adjective(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t e)
{
    const pr_token *u = e < s->tok1 ? &d->toks[e] : NULL;
    if (!u || u->kind != PR_TOK_WORD || (u->flags & (PR_TF_CAP | PR_TF_STOP)) || !ending_of(T, d, u, 'j')) return false;
    /* not a verb with an adjective's ending ("la Commission bancaire rappelle") */
    int morph = pr_tok_morph(d->ctx, d, u);
    return !(morph > 0 && (morph & PR_MORPH_FINITE));
}
static size_t lower_complement(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t e)
{
    for (int a = 0; a < 2 && lower_adjective(T, d, s, e); a++) e++;
    for (int c = 0; c < LOWER_COMPLEMENTS; c++) {
        size_t x = e;
        if (c > 0 && x < s->tok1 && tok_has_kind(T->ent, d, &d->toks[x], 'z')) x++;
        if (x + 1 >= s->tok1) break;
        bool elided = pr_tok_apostrophe(d, &d->toks[x + 1]), article = false;
        if (elided && word_of_kind(T->ent, d, x, s->tok1, 'k')) { /* "d'administration" */
            x += 2;
        } else if (!elided && tok_has_kind(T->ent, d, &d->toks[x], 'k')) {
            x++;
            article = word_of_kind(T->ent, d, x, s->tok1, 'd');
            if (article) /* "la", or "l" and its apostrophe */
                x += x + 1 < s->tok1 && pr_tok_apostrophe(d, &d->toks[x + 1]) ? 2 : 1;
        } else if (tok_has_kind(T->ent, d, &d->toks[x], 'q')) {
            x++;
            article = true;
        } else {
            break;
        }
        if (x >= s->tok1) break;
        const pr_token *n = &d->toks[x];
        bool lower = n->kind == PR_TOK_WORD && !(n->flags & (PR_TF_CAP | PR_TF_STOP));
        bool capital = (c > 0 || article) && cap_word(d, n) && !(n->flags & PR_TF_ALLCAP);
        if (!lower && !capital) break;
        e = x + 1;
        if (lower_adjective(T, d, s, e)) e++;
    }
    return e;
}

/* ---- entity lookup: full skeleton -> entity; key -> chain of entities in creation order ---- */

/* The entity whose full skeleton is `full`, or UINT32_MAX. */
static uint32_t ent_by_full(const pr_facts *F, const char *full)
{
    uint32_t id = pr_intern_find(&F->ifull, full, strlen(full));
    return id == UINT32_MAX || id >= F->capfull ? UINT32_MAX : F->full_ent[id];
}

/* Maps `full` to entity `to` (UINT32_MAX: to none). False on OOM. */
static bool set_full(pr_facts *F, const char *full, uint32_t to)
{
    uint32_t id = pr_intern_add(&F->ifull, full, strlen(full));
    if (id == UINT32_MAX) return false;
    if (id >= F->capfull) {
        size_t old = F->capfull;
        if (!PR_GROW(F->full_ent, F->capfull, (size_t)id + 1)) return false;
        for (size_t k = old; k < F->capfull; k++) F->full_ent[k] = UINT32_MAX;
    }
    F->full_ent[id] = to;
    return true;
}

/* The first entity (in creation order) whose key is `key`, or UINT32_MAX. */
static uint32_t first_with_key(const pr_facts *F, const char *key)
{
    uint32_t id = pr_intern_find(&F->ikey, key, strlen(key));
    return id == UINT32_MAX || id >= F->capkey ? UINT32_MAX : F->key_head[id];
}

/* Appends entity `ent` to the chain of its key. False on OOM. */
static bool link_key(pr_facts *F, uint32_t ent)
{
    pr_ent *e = &F->ents[ent];
    uint32_t id = pr_intern_add(&F->ikey, e->key, strlen(e->key));
    if (id == UINT32_MAX) return false;
    if (id >= F->capkey) {
        size_t old = F->capkey, cap2 = F->capkey;
        if (!PR_GROW(F->key_head, F->capkey, (size_t)id + 1)) return false;
        if (!PR_GROW(F->key_tail, cap2, F->capkey)) return false;
        for (size_t k = old; k < F->capkey; k++) F->key_head[k] = F->key_tail[k] = UINT32_MAX;
    }
    if (F->key_head[id] == UINT32_MAX) F->key_head[id] = ent;
    else F->ents[F->key_tail[id]].knext = ent;
    F->key_tail[id] = ent;
    return true;
}

/* Skeleton of a name without place prefixes ("Haut-", "Nagorny"): whole and last word. */
static void name_keys(const lang_tabs *T, const precis_doc *d, size_t t0, size_t t1, char *full,
                      char *last)
{
    size_t o = 0;
    full[0] = last[0] = 0;
    for (size_t j = t0; j < t1; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind != PR_TOK_WORD && t->kind != PR_TOK_NUM) continue; /* (a number: "France 2") */
        if (j + 1 < t1 && ent_kind(T, d, t) == 'a') continue;
        /* a middle initial: "George W. Bush" is "George Bush" */
        if (j > t0 && j + 1 < t1 && t->end == t->start + 1 && d->toks[j + 1].start == t->end &&
            d->text[t->end] == '.')
            continue;
        char sk[96];
        size_t n = 0;
        if (t->kind == PR_TOK_NUM) /* its digits as they are: "France 2" is not "France" */
            for (size_t i = t->start; i < t->end && n + 1 < sizeof sk; i++) sk[n++] = d->text[i];
        else n = pr_name_skeleton(d->text + t->start, t->end - t->start, sk, sizeof sk);
        sk[n] = 0;
        if (!n) continue;
        /* a syllable glued by an apostrophe (name_syllable()) ends the word before it ("Ya'alon" is one word,
         * keyed as the skeleton of the whole) */
        if (j >= t0 + 2 && o && pr_tok_apostrophe(d, &d->toks[j - 1]) && name_syllable(T, d, j - 1, t1)) {
            size_t ln = strlen(last);
            n = pr_name_skeleton(d->text + d->toks[j - 2].start, t->end - d->toks[j - 2].start, sk, sizeof sk);
            if (n && ln <= o && o - ln + n + 1 < 96) {
                memcpy(full + o - ln, sk, n + 1);
                o = o - ln + n;
                memcpy(last, sk, n + 1);
            }
            continue;
        }
        if (o + n + 2 < 96) { if (o) full[o++] = ' '; memcpy(full + o, sk, n + 1); o += n; }
        memcpy(last, sk, n + 1);
    }
}

static bool in_gazetteer(const char *name);
static bool given_first(const char *name, size_t len);
static char given_sex(const char *name);
static bool named_person(const pr_ent *e);
static bool misspelt(const char *a, const char *b);

/* Entity e takes `name` as its name; the name it had becomes one of its spellings when there is
 * room, and its "seen inside a sentence" bit (midmask bit 0) moves with it. */
static void rename_ent(pr_ent *e, const char *name)
{
    if (e->nvar < PR_ENT_MAX_VARIANTS) {
        memcpy(e->variants[e->nvar++], e->name, sizeof e->name);
        e->midmask = (e->midmask & ~1u) | ((e->midmask & 1u) << e->nvar);
    } else {
        e->midmask &= ~1u;
    }
    snprintf(e->name, sizeof e->name, "%s", name);
}

/* Is the name written without a lower-case ASCII letter ("PARIS", "QUESTION")? */
static bool in_capitals(const char *name)
{
    for (const char *c = name; *c; c++)
        if (*c >= 'a' && *c <= 'z') return false;
    return true;
}

/* Is the role a title of address alone ("Mr", "Mme", "Monsieur": data/entities kind T)? */
static bool address_title(const lang_tabs *T, const char *role)
{
    const char *r = strchr(role, ' ') ? NULL : word_kinds(T->ent, role, strlen(role));
    return r && strchr(r, 'T') != NULL;
}

static bool org_word(const lang_tabs *T, const precis_doc *d, const pr_token *t);
static const char *last_word(const char *name);

/* Is the lower-case word at token t an organization's word, in the singular or the plural
 * ("agences régionales", "agencies")? */
static bool org_word_plural(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    if (org_word(T, d, t)) return true;
    char k[64];
    size_t n = tok_fold(d, t, k, sizeof k);
    if (n < 4) return false;
    const char *r = NULL;
    if (k[n - 1] == 's' || k[n - 1] == 'x') r = pr_table_get(T->ent, k, n - 1);
    if (!r && n > 4 && !strcmp(k + n - 3, "ies")) { k[n - 3] = 'y'; r = pr_table_get(T->ent, k, n - 2); }
    return r && (strchr(r, 'o') || strchr(r, 'O'));
}

/* Is the one-word name at token t0 an abbreviation in parentheses of the lower-case words right
 * before them: "electroencephalography (EEG)", "deoxyribonucleic acid (DNA)", "consumer price
 * index (CPI)"? Its letters, in order, within those words, the first opening them (up to as
 * many words as it has letters), and no organization's word among them. An organization's name
 * is written in capitals in English ("Federal Emergency Management Agency (FEMA)"; "the federal
 * agency (FEMA)" has no m), and French ones hold an organization's word ("agences régionales
 * hospitalières (ARH)"). */
static bool term_abbrev(const lang_tabs *T, const precis_doc *d, size_t t0)
{
    const pr_token *a = &d->toks[t0];
    if (t0 < 2 || !tok_char(d, &d->toks[t0 - 1], '(') || a->end - a->start > 6) return false;
    char ab[8];
    size_t an = 0;
    for (size_t i = a->start; i < a->end; i++) {
        char c = d->text[i];
        if (c < 'A' || c > 'Z') return false;
        ab[an++] = (char)(c | 0x20);
    }
    if (an < 2) return false;
    size_t first = t0 - 1, words = 0; /* the run of lower-case words before "(" */
    while (first > 0 && words < an) {
        const pr_token *u = &d->toks[first - 1];
        if (u->kind != PR_TOK_WORD || (u->flags & PR_TF_CAP)) break;
        first--;
        words++;
    }
    for (size_t s = t0 - 1; words && s-- > first;) { /* the run's start, nearest first */
        if ((d->text[d->toks[s].start] | 0x20) != ab[0]) continue;
        size_t k = 1;
        for (size_t j = s; j < t0 - 1 && k < an; j++)
            for (size_t i = d->toks[j].start + (j == s); i < d->toks[j].end && k < an; i++)
                if ((d->text[i] | 0x20) == ab[k]) k++;
        if (k < an) continue;
        /* an organization written in lower case ("l'agence mondiale antidopage (AMA)") */
        for (size_t j = s; j < t0 - 1; j++)
            if (org_word_plural(T, d, &d->toks[j])) return false;
        return true;
    }
    return false;
}
static bool is_article(const lang_tabs *T, const precis_doc *d, const pr_token *t);
/* Is the name at token t0 the medium whose space a word of data/entities kind M names, joined
 * by "de"/"of" and an article: "dans les colonnes du Parisien", "à l'antenne de France Inter",
 * "sur les ondes d'Europe 1", "in the pages of the Guardian"? */
static bool medium_before(const lang_tabs *T, const precis_doc *d, size_t t0)
{
    size_t q = t0;
    if (q >= 2 && pr_tok_apostrophe(d, &d->toks[q - 1])) q--;           /* l' d' */
    if (q >= 1 && is_article(T, d, &d->toks[q - 1])) q--;              /* la, l, the */
    if (q >= 2 && pr_tok_apostrophe(d, &d->toks[q - 1])) q--;
    if (q < 2 || d->toks[q - 1].kind != PR_TOK_WORD) return false;
    const pr_token *of = &d->toks[q - 1];
    if (!tok_has_kind(T->ent, d, of, 'k') && !tok_has_kind(T->ent, d, of, 'q') && !tok_is(d, of, "d")) return false;
    const pr_token *u = &d->toks[q - 2];
    return u->kind == PR_TOK_WORD && !(u->flags & PR_TF_CAP) && tok_has_kind(T->ent, d, u, 'M');
}

/* Does the token hold a digit (a code: "P300", "A330")? */
static bool tok_digit(const precis_doc *d, const pr_token *t)
{
    for (size_t i = t->start; i < t->end; i++)
        if (d->text[i] >= '0' && d->text[i] <= '9') return true;
    return false;
}

static size_t acronym_form(const char *w, char *up);
static bool acronym_fits(const char *up, size_t n, const char *ini, size_t nw, uint32_t stop, bool older);
static size_t defined_by(const precis_doc *d, size_t t0, size_t t1, size_t lim, char *up);
static size_t name_initials(const char *lang, const char *name, size_t len, char *ini, size_t cap, uint32_t *stop);

static size_t possessive_end(const precis_doc *d, size_t k);

/* Is the name at [t0, t1) a body's by a noun beside it that only a body has (data/entities kind
 * B): after it, past a possessive ("Wal-Mart's general counsel", "LinkedIn accounts", "Microsoft
 * executives"), or before it and "of" / "de" ("chairman of Microsoft", "le PDG de Renault",
 * "les salariés d'Alstom")? A person's name seldom has these: a person's spokesman, staff or
 * lawyers are no such words. */
static bool body_noun_near(const lang_tabs *T, const precis_doc *d, size_t t0, size_t t1)
{
    size_t k = t1 < d->n_toks ? possessive_end(d, t1) : 0;
    if (!k) k = t1;
    if (k < d->n_toks && d->toks[k].kind == PR_TOK_WORD && !(d->toks[k].flags & PR_TF_CAP) &&
        tok_has_kind(T->ent, d, &d->toks[k], 'B'))
        return true;
    if (t0 < 2) return false;
    size_t p = t0 - 1;
    if (pr_tok_apostrophe(d, &d->toks[p])) p--;
    const pr_token *j = &d->toks[p];
    if (p == 0 || j->kind != PR_TOK_WORD || (j->flags & PR_TF_CAP) ||
        !(tok_has_kind(T->ent, d, j, 'k') || tok_has_kind(T->ent, d, j, 'q') ||
          (j->end - j->start == 1 && (d->text[j->start] | 0x20) == 'd' &&
           (d->text[j->end] == '\'' || (unsigned char)d->text[j->end] == 0xe2))))
        return false;
    const pr_token *u = &d->toks[p - 1];
    return u->kind == PR_TOK_WORD && !(u->flags & PR_TF_CAP) && tok_has_kind(T->ent, d, u, 'B');
}

/* Is `word` the first word of a name of several words of the story ("Tour" of "Tour de France")? */
static bool opens_a_name(const pr_facts *F, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i < F->nents; i++)
        if (F->ents[i].ntok > 1 && !strncmp(F->ents[i].name, word, n) && F->ents[i].name[n] == ' ') return true;
    return false;
}

static bool before_verb(const lang_tabs *T, const precis_doc *d, const pr_token *t);

/* The word of list wl right before token j, tokens from lo on: a whole one (word_of(): "le",
 * "the") or one elided before an apostrophe, which the list writes with it ("l'"). Its token,
 * or NULL. */
static const pr_token *list_word_before(const pr_wordlist *wl, const precis_doc *d, size_t lo, size_t j)
{
    if (!wl || j <= lo) return NULL;
    const pr_token *p = &d->toks[j - 1];
    if (!pr_tok_apostrophe(d, p)) return word_of(wl, d, p) ? p : NULL;
    if (j < lo + 2 || d->toks[j - 2].kind != PR_TOK_WORD) return NULL;
    char el[16];
    p = &d->toks[j - 2];
    return snprintf(el, sizeof el, "%s'", pr_tok_lower(d, p)) < (int)sizeof el && pr_wordlist_has(wl, el) ? p : NULL;
}

/* Is the name at token t0 right after a definite article (data/definite): "the", "le", the
 * elided "l'" ("le journal L'Equipe a révélé": a title's); a whole one in capitals only when it
 * opens the sentence ("Le Vatican a précisé"; "The" inside a sentence is a name's word)? */
static bool definite_before(const lang_tabs *T, const precis_doc *d, size_t t0)
{
    const pr_token *a = list_word_before(T->def, d, 0, t0);
    if (!a) return false;
    return a != &d->toks[t0 - 1] || !(a->flags & PR_TF_CAP) || (a->flags & PR_TF_SENT0); /* elided, or so */
}

/* The row of data/attrib for token x when it is a word, else NULL; does row r hold kind c? */
static const char *attrib_row(const lang_tabs *T, const precis_doc *d, size_t x)
{
    return d->toks[x].kind == PR_TOK_WORD ? pr_tok_table(T->attrib, d, &d->toks[x]) : NULL;
}
static bool row_has(const char *r, char c) { return r && strchr(r, c); }

/* The subject of the clause a name's verb of saying reports, from token k on, past time words,
 * an article's phrase and "that" (data/attrib kinds x, d, w, Q; "Apple said Wednesday it had no
 * plans", "Carnival said in a statement that it"): "he" or "she" (kind h) counts for a person
 * (e->hesub), "it" (kind E) for a thing or a body (e->itsub), unless a form of "be" follows it,
 * past an auxiliary, or an apostrophe ("Obama said it was time", "it would be", "it's"): an
 * impersonal "it" tells nothing of the name. */
static void said_pronoun(const lang_tabs *T, const precis_doc *d, size_t k, pr_ent *e)
{
    size_t end = k + 6 < d->n_toks ? k + 6 : d->n_toks;
    const char *r = k < end ? attrib_row(T, d, k) : NULL;
    while (k < end && (row_has(r, 'x') || row_has(r, 'd') || row_has(r, 'w') || row_has(r, 'Q')) && !row_has(r, 'h') &&
           !row_has(r, 'E'))
        r = ++k < end ? attrib_row(T, d, k) : NULL;
    if (row_has(r, 'h')) { e->hesub++; return; }
    if (!row_has(r, 'E') || k + 1 >= d->n_toks || d->toks[k + 1].kind != PR_TOK_WORD) return; /* "it's" */
    const char *v = attrib_row(T, d, k + 1);
    if (row_has(v, 'B')) return;
    /* an auxiliary ("would", "has", "did not") before "be": impersonal too */
    for (size_t x = k + 2; x < d->n_toks && x < k + 4 && (row_has(v, 'k') || row_has(v, 'b')); x++)
        if (row_has(v = attrib_row(T, d, x), 'B')) return;
    e->itsub++;
}

static precis_status add_mention(pr_facts *F, const lang_tabs *T, size_t di, size_t t0, size_t t1,
                                 const char *role)
{
    const precis_doc *d = F->story->docs[di];
    char full[96], last[96], name[96];
    /* a medium's number is part of its name: "au micro de France 2", "d'Europe 1" */
    if (t1 < d->n_toks && d->toks[t1].kind == PR_TOK_NUM && d->toks[t1].start == d->toks[t1 - 1].end + 1 &&
        d->text[d->toks[t1 - 1].end] == ' ' && d->toks[t1].end - d->toks[t1].start <= 2 && medium_before(T, d, t0))
        t1++;
    name_keys(T, d, t0, t1, full, last);
    if (!full[0]) return PRECIS_OK;
    size_t a = d->toks[t0].start, b = d->toks[t1 - 1].end, o = 0;
    for (size_t i = a; i < b && o + 1 < sizeof name; i++) {
        char c = d->text[i] == '\n' ? ' ' : d->text[i];
        if (c == ' ' && o && name[o - 1] == ' ') continue;
        name[o++] = c;
    }
    if (o >= sizeof name - 1) return PRECIS_OK;
    name[o] = 0;
    int ntok = 0;
    bool org = false, pref = false;
    char klast = 0;
    bool joined = false; /* the last word comes after a particle or an elision ("d'Ile") */
    for (size_t j = t0; j < t1; j++) {
        if (d->toks[j].kind != PR_TOK_WORD) continue;
        if (j == t0 || d->toks[j].start > d->toks[j - 1].end) ntok++;
        char k = ent_kind(T, d, &d->toks[j]);
        if (org_word(T, d, &d->toks[j])) org = true;
        if (k == 'a' || k == 'p') pref = true;
        joined = j > t0 && (d->toks[j - 1].kind != PR_TOK_WORD || klast == 'n' || klast == 'k' || klast == 'q');
        klast = k;
    }
    /* a place's word right after the organization's ends its name: the place outweighs it
     * ("Centre County"; but "County Board", "Caisse d'Épargne d'Ile-de-France" stay
     * organizations) */
    if (org && klast == 'p' && ntok > 1 && !joined) org = false;
    /* one word in capitals of 2 to 6 letters that no table knows: an acronym (NASA, FBI, TASS);
     * a place written in capitals (a dateline: PARIS) gets its type back when it is met in its
     * usual spelling (below) */
    if (ntok == 1 && !org && !pref && t1 == t0 + 1 && (d->toks[t0].flags & PR_TF_ALLCAP) && !tok_digit(d, &d->toks[t0]) &&
        d->toks[t0].end - d->toks[t0].start >= 2 && d->toks[t0].end - d->toks[t0].start <= 6 && !(role && *role) &&
        !pr_facts_common_word(F, name, strlen(name))) /* a shouted word: "BRAVO" and "bravo" */
        org = true;
    pr_ent_type type = org ? PR_ENT_ORG : (role && *role) ? PR_ENT_PERSON
                       : (ntok >= 2 && !pref) ? PR_ENT_PERSON : PR_ENT_PLACE;
    /* find the entity */
    pr_ent *e = NULL;
    uint32_t fi = ent_by_full(F, full);
    if (fi != UINT32_MAX) e = &F->ents[fi];
    /* a lone word joins the one longer name ending with it; a place stands alone ("China", not
     * "Northeast China") */
    if (!e && ntok == 1 && !in_gazetteer(name)) {
        pr_ent *cand = NULL;
        int hits = 0;
        /* an acronym joins no name that writes the word otherwise ("UN", "Kim Jong Un") */
        bool acro = (d->toks[t0].flags & PR_TF_ALLCAP) && d->toks[t0].end - d->toks[t0].start <= 3;
        for (uint32_t i = first_with_key(F, last); i != UINT32_MAX; i = F->ents[i].knext)
            if (F->ents[i].ntok > 1 && F->ents[i].type != PR_ENT_ORG && (!acro || in_capitals(last_word(F->ents[i].name)))) {
                cand = &F->ents[i];
                hits++;
            }
        if (hits == 1) e = cand;
    }
    /* a full name completing a lone word seen before, unless another person's full name ends
     * with that word too: the lone "Kerviel" of a story on Jérôme Kerviel is his, not his
     * brother Olivier's, named later; nor a word of an event's name (data/entities kind v) that
     * opens another name ("le Tour", twenty times beside "Tour de France", is that, not the "Pro
     * Tour" named later; "Day" before "Happy Abandonment Day" is completed); nor a known given
     * name by a name that opens on none ("Julia", fifty times, is not "MailOnline Julia" of
     * "told MailOnline Julia inflicted …") */
    if (!e && ntok > 1 && type == PR_ENT_PERSON) {
        bool named_before = false;
        for (uint32_t i = first_with_key(F, last); i != UINT32_MAX && !named_before; i = F->ents[i].knext)
            named_before = F->ents[i].ntok > 1 && F->ents[i].type == PR_ENT_PERSON;
        for (uint32_t i = first_with_key(F, last); !named_before && i != UINT32_MAX && !e; i = F->ents[i].knext)
            if (F->ents[i].ntok == 1 && F->ents[i].type != PR_ENT_ORG && !in_gazetteer(F->ents[i].name) &&
                !(F->ents[i].cue == 'v' && opens_a_name(F, F->ents[i].name)) &&
                !(given_first(F->ents[i].name, strlen(F->ents[i].name)) && !given_first(name, strlen(name)))) {
                e = &F->ents[i];
                if (!set_full(F, e->full, UINT32_MAX) || !set_full(F, full, i)) return PRECIS_ERR_NOMEM;
                snprintf(e->full, sizeof e->full, "%s", full);
                e->ntok = ntok;
                rename_ent(e, name);
                e->type = type;
            }
    }
    if (!e) {
        if (F->nents >= PR_FACTS_MAX_ENTITIES) return PRECIS_OK;
        if (!PR_GROW(F->ents, F->capents, F->nents + 1)) return PRECIS_ERR_NOMEM;
        uint32_t ix = (uint32_t)F->nents;
        e = &F->ents[F->nents++];
        memset(e, 0, sizeof *e);
        snprintf(e->name, sizeof e->name, "%s", name);
        snprintf(e->full, sizeof e->full, "%s", full);
        snprintf(e->key, sizeof e->key, "%s", last);
        e->ntok = ntok;
        e->type = type;
        e->first_doc = di;
        e->first_start = d->toks[t0].start;
        e->knext = UINT32_MAX;
        if (!set_full(F, e->full, ix) || !link_key(F, ix)) return PRECIS_ERR_NOMEM;
    } else {
        bool known = !strcmp(e->name, name);
        for (size_t v = 0; v < e->nvar && !known; v++) known = !strcmp(e->variants[v], name);
        if (!known && e->nvar < PR_ENT_MAX_VARIANTS) {
            /* a name in capitals (a dateline) gives way to its usual spelling */
            if (in_capitals(e->name) && !in_capitals(name)) {
                rename_ent(e, name);
                e->type = type;
            } else {
                snprintf(e->variants[e->nvar++], 96, "%s", name);
            }
        }
        if (type == PR_ENT_PERSON && e->type == PR_ENT_PLACE && ntok > 1) e->type = PR_ENT_PERSON;
    }
    /* a role names a person: before an organization it is the title it belongs to
     * ("médiateur de la République du Karabakh"), not the organization's */
    /* a title of address ("Mme", "Mr") gives way to a role the story tells later */
    if (role && *role && !org && (!e->role[0] || (address_title(T, e->role) && !address_title(T, role))))
        snprintf(e->role, sizeof e->role, "%s", role);
    e->mentions++;
    if (!(d->toks[t0].flags & PR_TF_SENT0)) {
        e->mid++;
        if (!strcmp(e->name, name)) e->midmask |= 1u;
        for (size_t v = 0; v < e->nvar; v++)
            if (!strcmp(e->variants[v], name)) e->midmask |= 1u << (v + 1);
    }
    /* the word in lower case right before the name: a preposition of place ("in"), an article */
    const pr_token *pw = t0 > 0 && d->toks[t0 - 1].kind == PR_TOK_WORD ? &d->toks[t0 - 1] : NULL;
    bool at_place = pw && !cap_word(d, pw) && ent_kind(T, d, pw) == 'l';
    if (at_place) e->loc++;
    if (definite_before(T, d, t0)) {
        e->article++;
        const pr_token *nx = t1 < d->n_toks ? &d->toks[t1] : NULL;
        if (!nx || tok_punct(nx) || (nx->flags & PR_TF_STOP) || tok_has_kind(T->attrib, d, nx, 'v')) e->headart++;
    }
    /* "Akron, Ohio": one word followed by a comma and a place of the gazetteers, which ends the
     * phrase, is a place too (not a person's name: "John Smith, Texas"; nor a surname before a
     * clause whose subject is a place: "Selon Hajiyev, Bakou n'est disposé …") */
    if (ntok == 1 && t1 + 1 < d->n_toks && tok_char(d, &d->toks[t1], ',') && cap_word(d, &d->toks[t1 + 1]) &&
        (t1 + 2 >= d->n_toks || tok_punct(&d->toks[t1 + 2]))) {
        char nx[64];
        const pr_token *u = &d->toks[t1 + 1];
        if (u->end - u->start < sizeof nx) {
            snprintf(nx, sizeof nx, "%.*s", (int)(u->end - u->start), d->text + u->start);
            if (in_gazetteer(nx)) e->loc++;
        }
    }
    if (medium_before(T, d, t0)) e->orgcue++;
    /* a lower-case word just before the name, past an opening quote mark: "la banque Natixis",
     * "chez Nexity", "le film « Zero Dark Thirty »" */
    if (t0 > 0) {
        size_t p = t0 - 1;
        if (p > 0 && tok_punct(&d->toks[p]) && !phrase_break(d, &d->toks[p - 1]) &&
            (tok_char(d, &d->toks[p], '"') || d->toks[p].end - d->toks[p].start > 1)) /* « “ */
            p--;
        const pr_token *u = &d->toks[p];
        if (u->kind == PR_TOK_WORD && !(u->flags & PR_TF_CAP)) {
            if (tok_has_kind(T->ent, d, u, 'c')) e->orgcue++;
            if (tok_has_kind(T->ent, d, u, 'w')) e->workcue++;
            if (T->persons && pr_wordlist_has(T->persons, pr_tok_lower(d, u))) e->personcue++;
        }
    }
    if (body_noun_near(T, d, t0, t1)) e->orgcue++;
    /* a verb of saying right after the name, or past auxiliaries and adverbs ("Fatma a affirmé",
     * "Obama has also said") */
    size_t sv = t1;
    while (sv < d->n_toks && sv < t1 + 3 && d->toks[sv].kind == PR_TOK_WORD && !capital_inside(&d->toks[sv]) &&
           before_verb(T, d, &d->toks[sv]) && !tok_has_kind(T->attrib, d, &d->toks[sv], 'v'))
        sv++;
    if (!at_place && sv < d->n_toks && d->toks[sv].kind == PR_TOK_WORD && tok_has_kind(T->attrib, d, &d->toks[sv], 'v') &&
        !tok_has_kind(T->attrib, d, &d->toks[sv], 'U') && !capital_inside(&d->toks[sv])) {
        e->says++;
        if (sv + 1 < d->n_toks && tok_has_kind(T->attrib, d, &d->toks[sv + 1], 'N')) e->thing++; /* "Apple said its" */
        else said_pronoun(T, d, sv + 1, e);
    }
    /* ", which" (kind N) after the name is a thing's or a body's; ", who" (kind t) a person's */
    if (t1 + 1 < d->n_toks && tok_char(d, &d->toks[t1], ',') && d->toks[t1 + 1].kind == PR_TOK_WORD) {
        if (tok_has_kind(T->attrib, d, &d->toks[t1 + 1], 'N')) e->thing++;
        else if (tok_has_kind(T->attrib, d, &d->toks[t1 + 1], 't')) e->who++;
    }
    if (ntok == 1 && t1 == t0 + 1 && term_abbrev(T, d, t0)) e->termabbr++;
    char up[8];
    if (!e->acro[0] && defined_by(d, t0, t1, d->n_toks, up)) memcpy(e->acro, up, sizeof e->acro);
    if (ntok == 1 && e->ntok == 1 && t1 == t0 + 1) e->cue = ent_kind(T, d, &d->toks[t0]);
    if (!add_doc(&e->docs, &e->ndocs, &e->capdocs, di)) return PRECIS_ERR_NOMEM;
    return PRECIS_OK;
}

static precis_status entities_in_sents(pr_facts *F, size_t di, const lang_tabs *TT, const pr_intern *lower);
static bool lower_elsewhere(const precis_doc *d, const pr_token *t, const pr_intern *lower);

/* Does token k open its sentence, a clause after a colon ("a hypothetical: Say JonBenet had
 * …") or an item of a list of headlines run together ("| Two Republicans to play pivotal role
 * |"), where any word is capitalized? (Not after an opening quotation mark: a title quoted keeps
 * its first word, "Morning Joe", "Game of Thrones".) */
static bool opens_clause(const precis_doc *d, size_t k)
{
    if (d->toks[k].flags & PR_TF_SENT0) return true;
    return k > 0 && (tok_char(d, &d->toks[k - 1], ':') || tok_char(d, &d->toks[k - 1], '|'));
}

static precis_status entities_of_doc(pr_facts *F, size_t di)
{
    const precis_doc *d = F->story->docs[di];
    lang_tabs T = tabs_for(F, d);
    /* words the document also writes in lower case: capitalized only because they open a
     * sentence ("Although Lacy said", "However"), they are not part of a name */
    pr_intern sets[2]; /* [0] words written in lower case, [1] capitalized inside a sentence */
    pr_intern_init(&sets[0]);
    pr_intern_init(&sets[1]);
    precis_status rc = PRECIS_OK;
    for (size_t k = 0; k < d->n_toks && !rc; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD || ((t->flags & PR_TF_CAP) && opens_clause(d, k))) continue;
        const char *lw = pr_tok_lower(d, t);
        if (pr_intern_add(&sets[(t->flags & PR_TF_CAP) != 0], lw, strlen(lw)) == UINT32_MAX) rc = PRECIS_ERR_NOMEM;
    }
    if (!rc) rc = entities_in_sents(F, di, &T, sets);
    pr_intern_free(&sets[0]);
    pr_intern_free(&sets[1]);
    return rc;
}

static bool span_is_place(const precis_doc *d, size_t a, size_t b, bool cities);

/* Do tokens from k on make a dateline's place: one to three words in capitals naming a place of
 * the gazetteers or a city, then a comma, a bracket or a dash ("WASHINGTON,", "NEW YORK
 * (Reuters)"; not a surname in capitals, "Jean DUPONT, maire de …")? */
static bool dateline_at(const precis_doc *d, size_t k, size_t end)
{
    size_t k0 = k;
    for (size_t n = 0; k < end && n < 3; k++, n++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD || !(t->flags & PR_TF_ALLCAP)) break;
    }
    if (k == k0 || k >= end) return false;
    const pr_token *p = &d->toks[k];
    size_t q = p->start;
    int32_t c = pr_utf8_next(d->text, p->end, &q);
    return (c == ',' || c == '(' || pr_cp_is_dash(c)) && span_is_place(d, d->toks[k0].start, d->toks[k - 1].end, true);
}

/* A capitalized word opening a sentence or a clause (opens_clause()) that the document
 * otherwise writes in lower case and never capitalizes elsewhere ("Perhaps", "Although", "a
 * hypothetical: Say JonBenet had …"; not "New" of "New Zealand"). */
static bool lower_elsewhere(const precis_doc *d, const pr_token *t, const pr_intern *sets)
{
    if (!opens_clause(d, (size_t)(t - d->toks))) return false;
    const char *lw = pr_tok_lower(d, t);
    size_t n = strlen(lw);
    return pr_intern_find(&sets[0], lw, n) != UINT32_MAX && pr_intern_find(&sets[1], lw, n) == UINT32_MAX;
}

/* Is token t a word the document writes in lower case, or never capitalizes inside a sentence? */
static bool lower_word(const pr_token *t, const pr_intern *sets, const precis_doc *d)
{
    const char *lw = pr_tok_lower(d, t);
    size_t n = strlen(lw);
    return pr_intern_find(&sets[0], lw, n) != UINT32_MAX || pr_intern_find(&sets[1], lw, n) == UINT32_MAX;
}

/* A people named as a noun ("les Arméniens", "des Français"): French capitalizes it and writes
 * the same word in lower case as an adjective ("séparatistes arméniens"); a word with a
 * people's ending (kind g: "-iens", "-ais") that the story also writes in lower case is not
 * a name ("Rennes", "Calais" keep their capital). */
static bool people_word(const pr_facts *F, const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    if (t->end - t->start < 6 || !ending_of(T, d, t, 'g')) return false; /* not "Trois" */
    const char *lw = pr_tok_lower(d, t);
    return pr_intern_find(&F->lower_all, lw, strlen(lw)) != UINT32_MAX;
}

/* Is token j a people's noun in the singular (kind f: "-ain", "-ien", "-ol") before a person's
 * name, as French writes "l'Américain Lopez Lomong", "l'Espagnol Alberto Contador", or a
 * people's adjective of data/demonyms before a given name ("Americans Richard Axel") or a name
 * of two words that look like no English words ("Croatian Marin Cilic")? It says who the person
 * is; it is no part of the name. The name after it opens on a given name, or is two
 * capitalized words after an article ("le Jamaïcain Usain Bolt"; "Le Républicain Lorrain", a
 * newspaper, is one word). "Julien", "Alain" are given names. */
static bool lexicon_words(const char *name);
static bool nationality_before(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j)
{
    const pr_token *t = &d->toks[j], *u = j + 1 < s->tok1 ? &d->toks[j + 1] : NULL;
    if (!u || !cap_word(d, u) || given_first(d->text + t->start, t->end - t->start)) return false;
    bool f = ending_of(T, d, t, 'f');
    if (!f && !demonym(T->nym, T->countries, d->text + t->start, t->end - t->start)) return false;
    if (given_first(d->text + u->start, u->end - u->start)) return true;
    if (!f) {
        if (u->start != t->end + 1) return false;
        if (ent_kind(T, d, u) == 'R') return true; /* "Saudi King Salman" */
        /* a name of two words after it, the first no English word and neither an organization's
         * ("Croatian Marin Cilic"; not "American Heart Association", "Canadian Light Infantry") */
        const pr_token *w = j + 2 < s->tok1 ? &d->toks[j + 2] : NULL, *x = j + 3 < s->tok1 ? &d->toks[j + 3] : NULL;
        char uw[64];
        if (!w || !cap_word(d, w) || w->start != u->end + 1 || (x && cap_word(d, x) && x->start <= w->end + 1) ||
            u->end - u->start >= sizeof uw)
            return false;
        snprintf(uw, sizeof uw, "%.*s", (int)(u->end - u->start), d->text + u->start);
        return !lexicon_words(uw) && !ent_kind(T, d, u) && !ent_kind(T, d, w) && !org_word(T, d, w);
    }
    return list_word_before(T->det, d, s->tok0, j) && j + 2 < s->tok1 && cap_word(d, &d->toks[j + 2]) &&
           d->toks[j + 2].start > u->end;
}

/* Is token j an acronym in capitals (2 to 6 letters) right before a given name, a party's or an
 * employer's that qualifies the person ("le député UMP Jean Leonetti", "BBC John Simpson")? It
 * is no part of the person's name. */
static bool acronym_before(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j)
{
    const pr_token *t = &d->toks[j], *u = j + 1 < s->tok1 ? &d->toks[j + 1] : NULL;
    if (!u || !(t->flags & PR_TF_ALLCAP) || t->end - t->start < 2 || t->end - t->start > 6 || !cap_word(d, u) ||
        (u->flags & PR_TF_ALLCAP) || u->start != t->end + 1)
        return false;
    return given_first(d->text + u->start, u->end - u->start) && !given_first(d->text + t->start, t->end - t->start) &&
           !ent_kind(T, d, t); /* "USS Carl Vinson" */
}

/* Is token k the prefix of a surname glued to it by an apostrophe (data/entities kind P: "O'Leary",
 * "D'Angelo"): one capital letter, the apostrophe, a capitalized word, with no space (the
 * sentence ends at `end`)? The French "L'Azerbaïdjan" is an article, not such a prefix. */
static bool apostrophe_prefix(const lang_tabs *T, const precis_doc *d, size_t k, size_t end)
{
    if (k + 2 >= end) return false;
    const pr_token *t = &d->toks[k], *a = &d->toks[k + 1], *w = &d->toks[k + 2];
    if (t->kind != PR_TOK_WORD || t->end != t->start + 1 || !(t->flags & PR_TF_CAP)) return false;
    if (a->start != t->end || w->start != a->end || !pr_tok_apostrophe(d, a) || !cap_word(d, w)) return false;
    char key[4] = {(char)(d->text[t->start] | 0x20), '\'', 0, 0};
    const char *r = pr_table_get(T->ent, key, 2);
    return r && strchr(r, 'P');
}

static bool city_name(const char *name);

/* Is token t a word of an organization's name (data/entities kind o or O)? */
static bool org_word(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    /* a word of two letters is the acronym only in capitals: "UN", not the "Un" of "Kim Jong Un" */
    if (t->end - t->start <= 2 && !(t->flags & PR_TF_ALLCAP)) return false;
    return t->kind == PR_TOK_WORD && (tok_has_kind(T->ent, d, t, 'o') || tok_has_kind(T->ent, d, t, 'O'));
}

/* Does a word of tokens [j, e) name an organization? */
static bool org_word_in(const lang_tabs *T, const precis_doc *d, size_t j, size_t e)
{
    for (size_t x = j; x < e; x++)
        if (org_word(T, d, &d->toks[x])) return true;
    return false;
}

/* Is the text [a, b) of the document a known place (the gazetteers; with `cities`, the cities
 * too)? A name too long for the lookup is none. */
static bool span_is_place(const precis_doc *d, size_t a, size_t b, bool cities)
{
    char name[96];
    if (b <= a || b - a >= sizeof name) return false;
    memcpy(name, d->text + a, b - a);
    name[b - a] = 0;
    return in_gazetteer(name) || (cities && city_name(name));
}

/* Is entity kind k a word that joins a name to its complement or its article (kinds k, q, d, n:
 * "of", "du", "la", "de")? */
static bool joiner_kind(char k) { return k == 'k' || k == 'q' || k == 'd' || k == 'n'; }

/* Is the name [j, e) of two words or more, followed by "of" and a known place ("Ida Lockett of
 * Sacramento", "Queen Rania of Jordan"): a person and where they are from, not one name? Not when
 * a word of the name is one the entity table knows other than a title (kinds r, R: "Bank of England",
 * "University of California", "United States of America") or the name ends on a plural ("Boy
 * Scouts of America"). The place is the capitalized words after "of" (at e). */
static bool person_of_place(const lang_tabs *T, const precis_doc *d, size_t j, size_t e, size_t end)
{
    size_t words = 0;
    for (size_t x = j; x < e; x++) {
        const pr_token *t = &d->toks[x];
        if (t->kind != PR_TOK_WORD) continue;
        words++;
        /* a word the entity table knows (other than a title) names a thing or a place ("United
         * States of America", "Democratic Republic of Congo", "Western District of Missouri") */
        char k = ent_kind(T, d, t);
        if (k && k != 'r' && k != 'R') return false;
    }
    /* a plural ends a group's name ("Boy Scouts of America", "Communications Workers of America") */
    const pr_token *last = &d->toks[e - 1];
    if (words < 2 || (last->end > last->start && (d->text[last->end - 1] | 0x20) == 's')) return false;
    size_t p0 = e + 1, p1 = p0;
    while (p1 < end && p1 < p0 + 3 && cap_word(d, &d->toks[p1])) p1++;
    return p1 > p0 && span_is_place(d, d->toks[p0].start, d->toks[p1 - 1].end, true);
}

/* Capitalized words [j, e) before a role word (at e; the sentence ends at `end`): do they name
 * something of their own (1: an organization, "NBC News President …", or a known place, "Texas
 * Gov. Rick Perry"), the name ending before the role, or are they the first words of the title
 * (-1: "Defense Secretary Donald Rumsfeld", "Vice President Pence", "Finance Minister"), which
 * names nobody? 0 when the role word is inside an organization's name. */
static int role_inside(const lang_tabs *T, const precis_doc *d, size_t j, size_t e, size_t end)
{
    /* an organization's word after it makes the whole an organization's name ("Massachusetts
     * General Hospital"): 0, the name goes on */
    for (size_t x = e + 1; x < end && cap_word(d, &d->toks[x]); x++)
        if (org_word(T, d, &d->toks[x])) return 0;
    if (org_word_in(T, d, j, e)) return 1;
    return span_is_place(d, d->toks[j].start, d->toks[e - 1].end, false) ? 1 : -1;
}

/* Does the word between a role and a name end the title: the role is no longer the name's?
 *   a function word other than a complement's joiner or its article ("General Casey and General
 *   Abizaid", "president at brokerage firm Cuttone", "president will stop Donald Trump"; "Secretary
 *   of State", "ministre de la Défense", "chief of the …", "chairman and CEO" go on);
 *   a verb form by its ending (kind x: "judge granted Mia Farrow", "lawyer representing Shane
 *   Bauer");
 *   a lower-case word right after a capitalized name that the role went with ("President Bush
 *   received John McCain", "secretary Sean Spicer reiterated Trump"), unless that name is an
 *   organization's word ("chief White House photographer") or the complement of a joiner
 *   ("directeur général du Crédit agricole"). */
static bool title_break(const lang_tabs *T, const precis_doc *d, size_t from, size_t k)
{
    const pr_token *u = &d->toks[k];
    if (u->kind != PR_TOK_WORD) return false;
    char kind = ent_kind(T, d, u);
    if (kind == 'r') return false;
    bool joiner = joiner_kind(kind);
    if (u->flags & PR_TF_CAP) return false;
    if (u->flags & PR_TF_STOP) {
        /* an elided article ("de l'Economie") */
        if (joiner || word_of_kind(T->ent, d, k, k + 2, 'd')) return false;
        /* the article of a complement ("of the", "de la"); a conjunction (kind z) between two
         * role words joins two titles ("chairman and CEO") */
        const pr_token *p = k > from ? &d->toks[k - 1] : NULL, *nx = &d->toks[k + 1];
        char pk = p && p->kind == PR_TOK_WORD ? ent_kind(T, d, p) : 0;
        bool pjoin = pk == 'k' || pk == 'q' || pk == 'n';
        bool nrole = nx->kind == PR_TOK_WORD && ent_kind(T, d, nx) == 'r' && !tok_has_kind(T->ent, d, nx, 'T');
        return !(pjoin || (kind == 'z' && pk == 'r' && nrole));
    }
    if (ending_of(T, d, u, 'x')) return true;
    if (k <= from) return false;
    const pr_token *p = &d->toks[k - 1];
    if (p->kind != PR_TOK_WORD || !(p->flags & PR_TF_CAP) || ent_kind(T, d, p) == 'r') return false;
    if (org_word(T, d, p)) return false;
    /* the capitalized word opens a joiner's complement */
    size_t b = k - 1;
    while (b > from && d->toks[b - 1].kind == PR_TOK_WORD && (d->toks[b - 1].flags & PR_TF_CAP) &&
           ent_kind(T, d, &d->toks[b - 1]) != 'r')
        b--;
    if (b > from) {
        if (joiner_kind(ent_kind(T, d, &d->toks[b - 1]))) return false;
    }
    return true;
}

/* The role in apposition before a name at tokens [j, e) of sentence s: "La ministre française de
 * l'Economie, Christine Lagarde, a estimé …". The phrase before the comma opens its clause on
 * articles, then a role word, and holds no word that ends a title (title_break); the name closes
 * the apposition (a comma or the sentence's end after it). role[] is left as it is otherwise. */
static void apposed_role(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j, size_t e, char *role,
                         size_t cap)
{
    if (j < s->tok0 + 3 || !tok_char(d, &d->toks[j - 1], ',')) return;
    if (e < s->tok1 && !tok_char(d, &d->toks[e], ',') && !tok_char(d, &d->toks[e], '.')) return;
    size_t c = j - 1, b = c;
    while (b > s->tok0 && c - b < 14 && !phrase_break(d, &d->toks[b - 1])) b--;
    /* the title opens its clause, or follows an article ("a déclaré mardi le porte-parole du
     * ministère de la Défense, Anar Eyvazov", "dont le maire de la ville de Martuni, Aznavour
     * Saghyan"): the nearest such role word to the name */
    size_t r = c;
    for (size_t k = c; k-- > b && r == c;)
        if (d->toks[k].kind == PR_TOK_WORD && ent_kind(T, d, &d->toks[k]) == 'r' && (k == b || is_article(T, d, &d->toks[k - 1])))
            r = k;
    if (r >= c) return;
    for (size_t k = r + 1; k < c; k++) {
        const pr_token *u = &d->toks[k], *p = &d->toks[k - 1];
        if (title_break(T, d, r, k) || u->kind == PR_TOK_NUM) return;
        /* a name inside: the title is its holder's ("Executive producer Joel Fields, Keri
         * Russell", "Chief Deputy Jason Kamerud of the Carver County, Minnesota") */
        if (cap_word(d, u) && ent_kind(T, d, u) != 'r' && p->kind == PR_TOK_WORD &&
            ((!(p->flags & PR_TF_CAP) && !(p->flags & PR_TF_STOP)) || ((p->flags & PR_TF_CAP) && ent_kind(T, d, p) == 'r')))
            return;
    }
    /* a place after a comma is where, not who ("the mayor of Gatineau, Quebec") */
    if (span_is_place(d, d->toks[j].start, d->toks[e - 1].end, false)) return;
    size_t a0 = d->toks[r].start, a1 = d->toks[c - 1].end;
    if (a1 > a0 && a1 - a0 < cap) snprintf(role, cap, "%.*s", (int)(a1 - a0), d->text + a0);
}

#define APPOSED_MAX 12 /* tokens of a title in apposition after a name (role_after_name) */

/* The role in apposition after a name at tokens [j, e) of sentence s: "a déclaré Gegham Stepanyan,
 * médiateur de la République du Karabakh, selon …", "Hikmet Hajiyev, conseiller du président
 * azerbaïdjanais pour la politique étrangère.", "John Smith, a spokesman for the company, said".
 * After the comma, articles, then a role word; the title goes on up to a word that ends it
 * (title_break: "pour la politique étrangère", "for the company"), a comma, a full stop or the
 * sentence's end, within APPOSED_MAX tokens. role[] is left as it is otherwise. */
static void role_after_name(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j, size_t e, char *role,
                            size_t cap)
{
    if (e + 1 >= s->tok1 || !tok_char(d, &d->toks[e], ',')) return;
    /* a person's name: two words or more ("Prudent, le maire de Londres" opens a sentence), not
     * only words of the lexicon unless a given name opens it ("Internet Explorer, spokesman") */
    size_t words = 0;
    for (size_t k = j; k < e; k++) words += d->toks[k].kind == PR_TOK_WORD;
    char name[96];
    size_t nl = d->toks[e - 1].end - d->toks[j].start;
    if (words < 2 || nl >= sizeof name) return;
    snprintf(name, sizeof name, "%.*s", (int)nl, d->text + d->toks[j].start);
    if (lexicon_words(name) && !given_first(name, nl)) return;
    size_t r = e + 1;
    while (r < s->tok1 && d->toks[r].kind == PR_TOK_WORD && is_article(T, d, &d->toks[r])) r++;
    /* a word that opens a title before its role word ("ancien président polonais", "ex-ministre",
     * "former chairman": data/entities kind A), part of the role */
    size_t r0 = r;
    while (r < s->tok1 && r < r0 + 3 && d->toks[r].kind == PR_TOK_WORD && !(d->toks[r].flags & PR_TF_CAP) &&
           tok_has_kind(T->ent, d, &d->toks[r], 'A')) {
        r++;
        if (r < s->tok1 && tok_char(d, &d->toks[r], '-')) r++;
    }
    if (r >= s->tok1 || d->toks[r].kind != PR_TOK_WORD || (d->toks[r].flags & PR_TF_CAP) ||
        ent_kind(T, d, &d->toks[r]) != 'r' || tok_has_kind(T->ent, d, &d->toks[r], 'T'))
        return;
    /* a role only before another role word ("premier média" is none) */
    if (tok_has_kind(T->ent, d, &d->toks[r], 'u') &&
        !(r + 1 < s->tok1 && d->toks[r + 1].kind == PR_TOK_WORD && ent_kind(T, d, &d->toks[r + 1]) == 'r'))
        return;
    size_t k = r + 1;
    for (; k < s->tok1 && k - r <= APPOSED_MAX; k++) {
        const pr_token *u = &d->toks[k];
        if (tok_char(d, u, ',') || tok_char(d, u, '.')) break;
        if (pr_tok_apostrophe(d, u) && k + 1 < s->tok1 && possessive_end(d, k)) return; /* "the president's adviser" */
        if (u->kind == PR_TOK_PUNCT && !tok_char(d, u, '-') && !tok_char(d, u, '\'')) return;
        /* another person named inside: the title is that person's ("Christine Lagarde, le
         * gouverneur de la Banque de France Christian Noyer") */
        if (cap_word(d, u) && given_first(d->text + u->start, u->end - u->start)) return;
        const pr_token *pv = &d->toks[k - 1];
        if (cap_word(d, u) && pv->kind == PR_TOK_WORD && !(pv->flags & (PR_TF_CAP | PR_TF_STOP)) && k + 1 < s->tok1 &&
            cap_word(d, &d->toks[k + 1]))
            return; /* "chef de la diplomatie italienne Franco Frattini" */
        if (title_break(T, d, r, k) || u->kind == PR_TOK_NUM) break; /* the title ends there */
    }
    /* no end within the bound or the sentence (a line break cut it: "le gouverneur de la Banque
     * de France" / "Christian Noyer et …" on the next line) */
    if (k - r > APPOSED_MAX || k >= s->tok1) return;
    /* a verb where it ends: the title is its clause's subject ("Interrogée sur France Inter, la
     * ministre de la Justice a déclaré …") */
    const pr_token *u = &d->toks[k];
    if (u->kind == PR_TOK_WORD) {
        int morph = pr_tok_morph(d->ctx, d, u); /* -1: no dictionary */
        if (tok_has_kind(T->attrib, d, u, 'v') || ending_of(T, d, u, 'x') ||
            word_of(pr_wordlist_get("auxiliary", d->lang), d, u) || (morph > 0 && (morph & PR_MORPH_FINITE)))
            return;
    }
    /* a comma and a name after the title: it is that name's, in apposition before it ("… sur
     * France Inter, la ministre de la Justice, Rachida Dati, a …") */
    if (k + 1 < s->tok1 && tok_char(d, u, ',') && cap_word(d, &d->toks[k + 1])) return;
    /* no dangling end: "executive editor of the Gannett-", "chairman of the" (1922 Committee) */
    while (k > r + 1 && (d->toks[k - 1].kind != PR_TOK_WORD || (d->toks[k - 1].flags & PR_TF_STOP))) k--;
    size_t a0 = d->toks[r0].start, a1 = d->toks[k - 1].end;
    if (a1 > a0 && a1 - a0 < cap) snprintf(role, cap, "%.*s", (int)(a1 - a0), d->text + a0);
}

/* The role written before a name at tokens [rtok, j) (in role[], cap bytes), cut after the last
 * word that ends the title (title_break): it then starts at the first role word after that word,
 * and there is none when no role word follows it. Returns the role's first token. */
static size_t role_after_break(const lang_tabs *T, const precis_doc *d, size_t rtok, size_t j, char *role,
                               size_t cap)
{
    size_t bk = SIZE_MAX;
    for (size_t k = rtok + 1; k < j; k++)
        if (title_break(T, d, rtok, k)) bk = k;
    if (bk == SIZE_MAX) return rtok;
    size_t r = bk + 1;
    while (r < j && !(d->toks[r].kind == PR_TOK_WORD && ent_kind(T, d, &d->toks[r]) == 'r')) r++;
    if (r >= j) { role[0] = 0; return rtok; }
    size_t a = d->toks[r].start, b = d->toks[j - 1].end;
    if (b > a && b - a < cap) snprintf(role, cap, "%.*s", (int)(b - a), d->text + a);
    else role[0] = 0;
    return r;
}

/* Is token j the capitalized end of a title, right before a person named in full: after an
 * article, an elided one or a joining word that holds one (data/determiners; data/entities kinds
 * q, d: "du", "des", "de l'"), a word that no table knows and that is no given name, then a given
 * name and a surname that ends the name ("les ministres de l'Économie Christine Lagarde et du
 * Budget Éric Woerth", "la Garde des Sceaux Rachida Dati", "the Speaker John Boehner")? It ends
 * the title; it is no part of the name. Not after "de" or "of" alone (kind k: "a portion of
 * Carnell Marcus Moore's note", a given name precis does not know), nor a place's word ("the San
 * Francisco Chronicle"). */
static bool complement_before(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j)
{
    if (j == s->tok0 || j + 2 >= s->tok1) return false;
    const pr_token *p = &d->toks[j - 1], *t = &d->toks[j], *u = &d->toks[j + 1], *v = &d->toks[j + 2];
    bool elided = pr_tok_apostrophe(d, p) && j - 1 > s->tok0 && d->toks[j - 2].kind == PR_TOK_WORD; /* "de l'Homme" */
    if (!elided && (p->kind != PR_TOK_WORD || (p->flags & PR_TF_CAP) ||
                    !(word_of(T->det, d, p) || tok_has_kind(T->ent, d, p, 'q') || tok_has_kind(T->ent, d, p, 'd'))))
        return false;
    if (!cap_word(d, u) || !cap_word(d, v) || u->start != t->end + 1 || v->start != u->end + 1 || ent_kind(T, d, t))
        return false;
    /* the name ends there: "the Morgan Stanley Capital Index" is no person */
    if (j + 3 < s->tok1 && cap_word(d, &d->toks[j + 3]) && d->toks[j + 3].start == v->end + 1) return false;
    return given_first(d->text + u->start, u->end - u->start) && !given_first(d->text + t->start, t->end - t->start);
}

/* Do the capitalized words at token j complete a title as its portfolio (words of data/entities
 * kind F), "of" (kind k) after a role word (kind r), no name after them: "as
 * Secretary of State until", "the Secretary of Homeland Security for", "The Minister of Finance of
 * Japan"? They name no place nor organization of their own; not "the mayor of New York City", "CEO
 * of Carbonite", "president of ITT Defense", nor a place of the gazetteer. Returns the token after
 * them, else 0. */
#define PORTFOLIO_WORDS 3
static size_t portfolio_end(const lang_tabs *T, const precis_doc *d, const pr_sent *s, size_t j)
{
    if (j < s->tok0 + 2 || !cap_word(d, &d->toks[j])) return 0;
    const pr_token *of = &d->toks[j - 1], *role = &d->toks[j - 2];
    if (of->kind != PR_TOK_WORD || (of->flags & PR_TF_CAP) || !tok_has_kind(T->ent, d, of, 'k') ||
        role->kind != PR_TOK_WORD || ent_kind(T, d, role) != 'r')
        return 0;
    size_t e = j + 1;
    while (e < s->tok1 && e < j + PORTFOLIO_WORDS && cap_word(d, &d->toks[e]) && d->toks[e].start == d->toks[e - 1].end + 1) {
        /* a given name: the holder's name follows ("Secretary of State Colin Powell") */
        if (given_first(d->text + d->toks[e].start, d->toks[e].end - d->toks[e].start)) return 0;
        e++;
    }
    if (e < s->tok1 && cap_word(d, &d->toks[e]) && d->toks[e].start == d->toks[e - 1].end + 1) return 0;
    for (size_t k = j; k < e; k++) /* not "mayor of New York City", "CEO of Carbonite", "of ITT Defense" */
        if (!tok_has_kind(T->ent, d, &d->toks[k], 'F')) return 0;
    char name[96];
    size_t n = d->toks[e - 1].end - d->toks[j].start;
    if (n >= sizeof name) return 0;
    memcpy(name, d->text + d->toks[j].start, n);
    name[n] = 0;
    return in_gazetteer(name) ? 0 : e;
}

/* Is the name at tokens [t0, t1) defined by an acronym in brackets right after it, the name's
 * words being the ones it abbreviates ("Agence française de lutte contre le dopage (AFLD)",
 * "Reporters sans frontières (RSF)"; acronym_fits())? Writes the acronym in capitals to up (8
 * bytes) and returns its length, else 0. Only words, hyphens, apostrophes and periods make the
 * name, at most DEFINED_WORDS words; tokens end at lim. */
#define DEFINED_WORDS 16
static size_t defined_by(const precis_doc *d, size_t t0, size_t t1, size_t lim, char *up)
{
    char ini[DEFINED_WORDS], w[8];
    uint32_t stop;
    size_t b = t1;
    /* past a possessive: "the Medical Research Council's (MRC)" */
    if (b + 1 < lim && pr_tok_apostrophe(d, &d->toks[b]) && tok_is(d, &d->toks[b + 1], "s")) b += 2;
    if (b + 2 >= lim || !tok_char(d, &d->toks[b], '(') || !tok_char(d, &d->toks[b + 2], ')')) return 0;
    const pr_token *a = &d->toks[b + 1];
    size_t an = a->end - a->start;
    if (a->kind != PR_TOK_WORD || an >= sizeof w) return 0;
    memcpy(w, d->text + a->start, an);
    w[an] = 0;
    size_t n = acronym_form(w, up);
    if (n < 2 || t1 <= t0) return 0;
    for (size_t k = t0; k < t1; k++) {
        const pr_token *u = &d->toks[k];
        if (u->kind != PR_TOK_WORD && !tok_char(d, u, '-') && !tok_char(d, u, '.') && !pr_tok_apostrophe(d, u)) return 0;
    }
    size_t a0 = d->toks[t0].start;
    size_t nw = name_initials(d->lang, d->text + a0, d->toks[t1 - 1].end - a0, ini, sizeof ini, &stop);
    return nw >= 2 && acronym_fits(up, n, ini, nw, stop, false) ? n : 0;
}

/* The end of the name opening at token j of sentence s that an acronym in brackets defines
 * (defined_by(): the opening bracket, within DEFINED_WORDS words and their marks), whatever the
 * case and the number of its words; 0 when none does. *paren keeps the sentence's next opening
 * bracket from one call to the next (s->tok1: none; start it at s->tok0). */
static size_t defined_end(const precis_doc *d, const pr_sent *s, size_t j, size_t *paren)
{
    char up[8];
    if (*paren < j) *paren = j;
    while (*paren < s->tok1 && !tok_char(d, &d->toks[*paren], '(')) ++*paren;
    size_t p = *paren;
    if (p >= s->tok1 || p >= j + 2 * DEFINED_WORDS) return 0;
    if (p > j + 2 && pr_tok_apostrophe(d, &d->toks[p - 2]) && tok_is(d, &d->toks[p - 1], "s")) p -= 2;
    return defined_by(d, j, p, s->tok1, up) ? p : 0;
}

static precis_status entities_in_sents(pr_facts *F, size_t di, const lang_tabs *TT, const pr_intern *lower)
{
    const precis_doc *d = F->story->docs[di];
    lang_tabs T = *TT;
    pr_post_memo post = {0, false}; /* an embedded post names no entity ("pic.twitter.com/Y8qe50suPM") */
    for (size_t si = 0; si < d->n_sents; si++) {
        const pr_sent *s = &d->sents[si];
        if (pr_in_post(d, s, &post)) continue;
        /* a line in title case (a headline, a menu) names nothing reliably */
        size_t nwords = 0, ncaps = 0, nall = 0;   /* acronyms (NASA, FBI) do not make a title */
        for (size_t j = s->tok0; j < s->tok1; j++)
            if (d->toks[j].kind == PR_TOK_WORD && !(d->toks[j].flags & PR_TF_STOP)) {
                nwords++;
                if (d->toks[j].flags & PR_TF_ALLCAP) nall++;
                else if (d->toks[j].flags & PR_TF_CAP) ncaps++;
            }
        if (nwords >= 5 && (ncaps * 10 >= nwords * 8 || nall * 10 >= nwords * 8)) continue;
        size_t j = s->tok0, paren = s->tok0;
        while (j < s->tok1) {
            const pr_token *t = &d->toks[j];
            bool elided = j + 1 < s->tok1 && t->end - t->start == 1 && tok_punct(&d->toks[j + 1]);
            bool apos = elided && apostrophe_prefix(&T, d, j, s->tok1); /* "O'Leary" */
            char k0 = cap_word(d, t) ? ent_kind(&T, d, t) : 0;
            /* a noun that only names a person, capitalized before a given name and a surname, is
             * a title ("Ombudsman Alicia Shepard", "Postman John Woodring"): the name starts after
             * it; not before a given name alone ("Prince Charles", "Dean Martin"). So is a
             * party's member (data/entities kind Y: "Republican Chris Day"), which before any
             * other word names the party ("Republican Party", "Republican National Committee") */
            bool title = (k0 == 0 || k0 == 'Y') && cap_word(d, t) && j + 2 < s->tok1 && glued_cap(d, j + 1) &&
                         glued_cap(d, j + 2) &&
                         (k0 == 'Y' || (T.persons && pr_wordlist_has(T.persons, pr_tok_lower(d, t)))) &&
                         given_first(d->text + d->toks[j + 1].start, d->toks[j + 1].end - d->toks[j + 1].start);
            /* a word that is no name elsewhere (a month, kind s, or a function word), capitalized
             * after a title of address, is a surname ("Mrs May") */
            bool after_title = (k0 == 's' || (t->flags & PR_TF_STOP)) && capital_inside(t) && j > s->tok0 &&
                               tok_has_kind(T.ent, d, &d->toks[j - 1], 'T');
            if (after_title && k0 == 's') k0 = 0;
            size_t pf = portfolio_end(&T, d, s, j);
            if (pf) {
                j = pf;
                continue;
            }
            if ((!cap_word(d, t) && !apos) || (elided && !apos) || k0 == 's' || k0 == 'r' || title ||
                ((t->flags & PR_TF_STOP) && !after_title) ||
                lower_elsewhere(d, t, lower) || people_word(F, &T, d, t) || nationality_before(&T, d, s, j) ||
                acronym_before(&T, d, s, j) || complement_before(&T, d, s, j)) {
                j++;
                continue;
            }
            /* extend: capitalized words joined by spaces or hyphens; "de", "d'", "du" inside */
            size_t e = apos ? j + 3 : j + 1;
            int words = 1;
            int mid_role = 0; /* a role word ends the name: 1, the words before it name something; -1, they do not */
            bool complement = false; /* past "for" after an organization's word (kind K) */
            while (e < s->tok1 && words < 6) {
                const pr_token *u = &d->toks[e];
                /* a line break ends a name ("Steve Holland" / "WASHINGTON" of a byline and a dateline) */
                if (memchr(d->text + d->toks[e - 1].end, '\n', u->start - d->toks[e - 1].end)) break;
                /* a month's name or a function word, capitalized after a given name, is a
                 * surname ("Theresa May"), not before a number ("June 5") nor a particle */
                char ku = ent_kind(&T, d, u);
                bool surname_s = (ku == 's' || (u->flags & PR_TF_STOP)) && capital_inside(u) && !(u->flags & PR_TF_ALLCAP) &&
                                 ku != 'n' && ku != 'k' &&
                                 ku != 'q' && ku != 'd' && ku != 'z' && words == 1 && e == j + 1 &&
                                 given_first(d->text + t->start, t->end - t->start) &&
                                 !(e + 1 < s->tok1 && d->toks[e + 1].kind == PR_TOK_NUM) &&
                                 /* a weekday is no surname: "Lula Monday" */
                                 !pr_wordlist_has(pr_wordlist_get("weekdays", d->lang), pr_tok_lower(d, u));
                if (cap_word(d, u) && ((ku != 's' && !(u->flags & PR_TF_STOP)) || surname_s)) {
                    /* a dateline in capitals after a byline on the same line ("By Steve Holland
                     * WASHINGTON, Nov 15 (Reuters) -") */
                    if (!(d->toks[e - 1].flags & PR_TF_ALLCAP) && dateline_at(d, e, s->tok1)) break;
                    /* a role word inside ("Defense Secretary Donald Rumsfeld", "Texas Gov. Rick
                     * Perry", "Finance Minister"): what comes before it is part of a title, not of
                     * a name (role_inside) */
                    if (ent_kind(&T, d, u) == 'r' && !given_first(d->text + t->start, t->end - t->start) &&
                        (mid_role = role_inside(&T, d, j, e, s->tok1)) != 0)
                        break;
                    /* a given name after an organization's name of several words starts a
                     * person's ("le porte-parole adjoint du Quai d'Orsay Frédéric Desagneaux") */
                    if (words >= 2 && given_first(d->text + u->start, u->end - u->start) && e + 1 < s->tok1 &&
                        cap_word(d, &d->toks[e + 1]) && org_word_in(&T, d, j, e))
                        break;
                    /* after an organization's name ("Reuters Hikmet Hajiyev") or a generic head
                     * before a two-word name ("la République Jacques Dallest"), another name
                     * starts; a head goes on with one word ("Société Générale", "Institut Pasteur") */
                    if (words == 1 && e == j + 1 &&
                        (k0 == 'O' || (k0 == 'o' && e + 1 < s->tok1 && cap_word(d, &d->toks[e + 1]))))
                        break;
                    e++; words++; continue;
                }
                if (tok_char(d, u, '-') && e + 1 < s->tok1 && u->start == d->toks[e - 1].end &&
                    cap_word(d, &d->toks[e + 1])) { e += 2; words++; continue; }
                /* a syllable glued to the last of two capitalized words or more ("Tsai Ing-wen") */
                if (words >= 2 && name_syllable(&T, d, e, s->tok1)) { e += 2; continue; }
                /* ... or after a name of one word, a transliteration's, right after a word ("said
                 * Ya'alon") or one the document never writes in lower case and capitalizes inside
                 * a sentence ("Moshe Ya'alon" … "Ya'alon sent"; not "Aujourd'hui", "Jusqu'alors"
                 * opening a sentence or a quotation) */
                if (words == 1 && pr_tok_apostrophe(d, u) && name_syllable(&T, d, e, s->tok1) &&
                    ((j > s->tok0 && d->toks[j - 1].kind == PR_TOK_WORD) || !lower_word(t, lower, d))) { e += 2; continue; }
                /* a short word in lower case between two hyphens ("Bouches-du-Rhône",
                 * "Aix-en-Provence", "Stratford-upon-Avon") */
                if (hyphen_particle(&T, d, e, s->tok1)) { e += 4; words++; continue; }
                if (u->start > d->toks[e - 1].end && apostrophe_prefix(&T, d, e, s->tok1)) { e += 3; words++; continue; }
                /* a middle initial and its period ("George W. Bush", "Michael J. Fox"): no word of
                 * its own towards the menu limit below */
                if (u->end == u->start + 1 && d->text[u->start] >= 'A' && d->text[u->start] <= 'Z' &&
                    ent_kind(&T, d, u) != 'r' && /* French "M. Romero" is Monsieur Romero */
                    u->start == d->toks[e - 1].end + 1 && e + 2 < s->tok1 && tok_char(d, &d->toks[e + 1], '.') &&
                    d->toks[e + 1].start == u->end && cap_word(d, &d->toks[e + 2])) { e += 3; continue; }
                /* an abbreviated first word and its period ("St. Louis", "Mt. Everest": kind b); with
                 * the word after it, one word towards the menu limit below */
                if (e == j + 1 && tok_char(d, u, '.') && u->start == t->end && tok_has_kind(T.ent, d, t, 'b') &&
                    e + 1 < s->tok1 && cap_word(d, &d->toks[e + 1])) { e += 2; continue; }
                /* a particle (kind n: "da Silva", "de Gaulle", "von der Leyen"), or a word joining
                 * a name to its complement (kind k: "Bank of England") unless the name so far is a
                 * person's ("Mark Kirk of Illinois", "Diane Carter of Coldwell Banker") */
                if ((ent_kind(&T, d, u) == 'n' ||
                     (tok_has_kind(T.ent, d, u, 'k') && !given_first(d->text + t->start, t->end - t->start) &&
                      !person_of_place(&T, d, j, e, s->tok1)) ||
                     /* after an organization's word only (kind K: "Centers for Disease Control",
                      * "Bank for International Settlements"; not "Costa for Spain") */
                     (tok_has_kind(T.ent, d, u, 'K') && org_word(&T, d, &d->toks[e - 1])) ||
                     /* and in such a complement, "and" (kind z) before a capitalized word: "Centers
                      * for Disease Control and Prevention", "Institute for Science and International
                      * Security" */
                     (complement && ent_kind(&T, d, u) == 'z')) &&
                    e + 1 < s->tok1) {
                    if (tok_has_kind(T.ent, d, u, 'K')) complement = true;
                    size_t x = e + 1;
                    if (x < s->tok1 && tok_punct(&d->toks[x]) && tok_is(d, &d->toks[x], "'")) x++;
                    else if (x + 1 < s->tok1 && ent_kind(&T, d, &d->toks[x]) == 'n') x++; /* "von der Leyen" */
                    else if (x + 1 < s->tok1 && ent_kind(&T, d, u) == 'n' && word_of_kind(T.ent, d, x, s->tok1, 'd') &&
                             !pr_tok_apostrophe(d, &d->toks[x + 1]) &&
                             !memchr(d->text + t->start, ' ', d->toks[e - 1].end - t->start) &&
                             given_first(d->text + t->start, t->end - t->start))
                        x++; /* one given name (hyphens inside), then "de la" ("Anne-Colombe de la Taille";
                              * not "le Ben Laden de la Bourse") */
                    /* a person's name, then a particle and an acronym: where the person is from,
                     * not a surname ("Hélène Franco du SM") */
                    bool acro = x < s->tok1 && (d->toks[x].flags & PR_TF_ALLCAP) &&
                                d->toks[x].end - d->toks[x].start <= 6 && ent_kind(&T, d, u) == 'n' &&
                                given_first(d->text + t->start, t->end - t->start);
                    if (!acro && x < s->tok1 && cap_word(d, &d->toks[x]) && ent_kind(&T, d, &d->toks[x]) != 's') {
                        /* an elided "d'Orsay" counts as a word; a surname after a particle ("Lula
                         * da Silva") does not count towards the menu limit below */
                        bool elided_de = d->toks[x - 1].end == d->toks[x].start;
                        e = x + 1;
                        if (elided_de) words++;
                        continue;
                    }
                }
                break;
            }
            if (mid_role < 0) { j = e; continue; }
            /* the words an acronym in brackets defines, whatever their case and number */
            size_t def = defined_end(d, s, j, &paren);
            if (def > e) e = def;
            if (!def && words == 1 && e == j + 1 && tok_has_kind(T.ent, d, t, 'h')) e = lower_complement(&T, d, s, e);
            /* "la ministre de la Justice (Rachida Dati)": the first word completes a title, it
             * names nobody; a name may follow it */
            if (lower_head(&T, d, s, j, 'm') < j) {
                if (words == 1) { j = e; continue; }
                j++;
                words--;
                t = &d->toks[j];
            }
            /* a role just before: "le Premier ministre arménien Nikol Pachinian" */
            char role[96] = "";
            size_t rb = j, rtok = j;
            for (size_t back = 0; back < 4 && rb > s->tok0; back++) {
                const pr_token *u = &d->toks[rb - 1];
                /* an elided article's apostrophe is no word of the count: "le ministre de
                 * l'Intérieur Brice Hortefeux" */
                if (pr_tok_apostrophe(d, u) && rb - 1 > s->tok0 && back > 0) {
                    rb--;
                    u = &d->toks[rb - 1];
                }
                if (tok_punct(u) && !tok_char(d, u, '-')) break;
                /* a number counts what the name qualifies: "the chief organizer of 10 South
                 * American presidents" gives South American no title */
                if (u->kind == PR_TOK_NUM) break;
                rb--;
                /* "Premier" is a role before another ("Premier ministre"), not in "pour la
                 * première fois Paris" (kind u) */
                /* a title such as "Sir", "MP", "Democrat" (kind y) only capitalized and right before
                 * the name or another role word: "Democrat shields Trump", "the deputy Kabul police
                 * chief" give no title */
                bool next_role = rb + 1 < j && ent_kind(&T, d, &d->toks[rb + 1]) == 'r';
                /* the capitalized title skipped above ("Ombudsman Alicia Shepard") */
                bool persons_title = back == 0 && (u->flags & PR_TF_CAP) && words >= 2 &&
                                     ((T.persons && pr_wordlist_has(T.persons, pr_tok_lower(d, u))) ||
                                      tok_has_kind(T.ent, d, u, 'Y'));
                if ((ent_kind(&T, d, u) == 'r' || persons_title) && !(tok_has_kind(T.ent, d, u, 'u') && !next_role) &&
                    !(tok_has_kind(T.ent, d, u, 'y') && ((rb + 1 < j && !next_role) || !(u->flags & PR_TF_CAP)))) {
                    rtok = rb;
                    size_t a = u->start, b = d->toks[j - 1].end;
                    if (b > a && b - a < sizeof role) snprintf(role, sizeof role, "%.*s", (int)(b - a), d->text + a);
                }
            }
            /* a title of several role words: "directeur général du Crédit agricole Georges Pauget" */
            for (;;) {
                size_t k = rtok;
                /* "porte-parole": a hyphen between two role words */
                if (k >= s->tok0 + 2 && tok_char(d, &d->toks[k - 1], '-') && d->toks[k - 1].end == d->toks[k].start &&
                    d->toks[k - 2].end == d->toks[k - 1].start)
                    k--;
                if (!role[0] || k <= s->tok0 || d->toks[k - 1].kind != PR_TOK_WORD || ent_kind(&T, d, &d->toks[k - 1]) != 'r')
                    break;
                rtok = k - 1;
                size_t a = d->toks[rtok].start, b = d->toks[j - 1].end;
                if (b > a && b - a < sizeof role) snprintf(role, sizeof role, "%.*s", (int)(b - a), d->text + a);
                else break;
            }
            if (role[0]) rtok = role_after_break(&T, d, rtok, j, role, sizeof role);
            if (role[0] && (ent_kind(&T, d, &d->toks[j - 1]) == 'r') && words == 1 &&
                (t->flags & PR_TF_SENT0)) role[0] = 0;
            /* "le président du Medef", "chief executive of Ford": the name completes the title,
             * it is not the one who holds it */
            if (role[0] && (d->toks[j - 1].flags & PR_TF_STOP)) {
                /* ... unless a given name follows its first word: "Secretary of State Colin
                 * Powell" is the title "Secretary of State" and the name "Colin Powell" */
                const pr_token *g = j + 1 < e ? &d->toks[j + 1] : NULL;
                /* ... or a portfolio right after a role word and "of", a name of no organization
                 * after it ("Chief of Staff Reince Priebus": kind F; not "director of the Defense
                 * Contract Audit Agency") */
                bool portfolio = tok_has_kind(T.ent, d, t, 'F') && g && !tok_has_kind(T.ent, d, g, 'F') &&
                                 j >= s->tok0 + 2 && tok_has_kind(T.ent, d, &d->toks[j - 1], 'k') &&
                                 ent_kind(&T, d, &d->toks[j - 2]) == 'r' && !org_word_in(&T, d, j + 1, e);
                if (words >= 3 && g && g->kind == PR_TOK_WORD &&
                    (given_first(d->text + g->start, g->end - g->start) || portfolio)) {
                    size_t a = d->toks[rtok].start, b = t->end;
                    if (b > a && b - a < sizeof role) snprintf(role, sizeof role, "%.*s", (int)(b - a), d->text + a);
                    j++;
                    words--;
                    t = &d->toks[j];
                } else {
                    role[0] = 0;
                }
            }
            if (!role[0]) apposed_role(&T, d, s, j, e, role, sizeof role);
            if (!role[0]) role_after_name(&T, d, s, j, e, role, sizeof role);
            if (words >= 4 && !def) { j = e; continue; } /* "Four Corners Inside Business Insiders": a menu */
            /* a people's adjective alone ("Brazilian", "Chinese" in English): not a name */
            if (words == 1 && e == j + 1 && ending_of(&T, d, t, 'G') && !given_first(d->text + t->start, t->end - t->start)) { j = e; continue; }
            size_t h = lower_head(&T, d, s, j, 'i');
            precis_status st = add_mention(F, &T, di, h, e, h < j ? "" : role);
            if (st) return st;
            j = e;
        }
    }
    return PRECIS_OK;
}

/* A one-word organization that is only a generic word ("République", "Conseil"). */
static bool generic_org(const pr_ent *e)
{
    return e->type == PR_ENT_ORG && e->ntok == 1 && !e->nvar && e->cue == 'o';
}

/* A name of several words never written but in capitals, with a word longer than an acronym, is a
 * heading or a credit ("ENDANGERING BREXIT", "BREAKING NEWS UPDATE", "DMITRY KOSTYUKOV" under a
 * photo), unless it is a place (a dateline: "NEW YORK", "ORANGE COUNTY"). */
static bool capitals_heading(const pr_ent *e)
{
    if (e->ntok < 2 || !in_capitals(e->name) || e->type == PR_ENT_PLACE || in_gazetteer(e->name)) return false;
    for (const char *p = e->name; *p;) {
        size_t n = strcspn(p, " -");
        if (n > 4) return true;
        p += n;
        while (*p == ' ' || *p == '-') p++;
    }
    return false;
}

bool pr_ent_shown(const pr_ent *e)
{
    if (e->alias) return false; /* its mentions are another's */
    if (capitals_heading(e)) return false;
    /* a generic word alone ("République", "Conseil") is the head of a name we did not read whole */
    if (generic_org(e)) return false;
    /* a lone capitalized word opening sentences only is an ordinary word ("Suite", "Face"),
     * and so is one the story writes in lower case too, seen once or twice */
    if (e->common) return false;
    return e->ntok > 1 || e->mid > 0 || e->role[0];
}

/* ---- quotes -------------------------------------------------------------------------------------- */

/* Is text[a..b) free of a paragraph break (two sentences of one paragraph)? */
static bool same_para(const precis_doc *d, size_t a, size_t b)
{
    return b <= a || !memchr(d->text + a, '\n', b - a);
}

static size_t visible_end(const char *t, size_t lo, size_t k);

/* Is the quote [a, b) (closed at close_end) its whole sentence (which ends at send), a statement
 * of QUOTE_ON_WORDS words or more that ends on a full stop, an exclamation or question mark or an
 * ellipsis, inside the marks or right after them? A heading in quote marks ("«Pas question de
 * ficher les homosexuels»", "Que peut-on lui reprocher?") is none. */
#define QUOTE_ON_WORDS 8
static bool whole_utterance(const precis_doc *d, size_t a, size_t b, size_t close_end, size_t send)
{
    if (pr_count_words(d->text + a, b - a) < QUOTE_ON_WORDS) return false;
    size_t k = visible_end(d->text, a, b);
    char last = k > a ? d->text[k - 1] : 0;
    bool stop = last == '.' || last == '!' || last == '?' || (k >= a + 3 && !memcmp(d->text + k - 3, "\xe2\x80\xa6", 3));
    for (size_t i = close_end; i < send;) {
        int32_t c = pr_utf8_next(d->text, send, &i);
        if (pr_cp_is_letter(c) || pr_cp_is_digit(c)) return false;
        if (c == '.' || c == '!' || c == '?' || c == 0x2026) stop = true;
    }
    return stop;
}

static size_t find_sent(const precis_doc *d, size_t pos)
{
    size_t lo = 0, hi = d->n_sents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->sents[mid].end <= pos) lo = mid + 1;
        else hi = mid;
    }
    return lo < d->n_sents ? lo : d->n_sents ? d->n_sents - 1 : 0;
}

static size_t find_tok(const precis_doc *d, size_t pos) /* first token starting at or after pos */
{
    size_t lo = 0, hi = d->n_toks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].start < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Does a reflexive pronoun (data/attrib kind c) stand before the verb at t, past an auxiliary
 * (kinds b and k: "est"), an inverted pronoun and their hyphens: "s'indigne", "s'est indignée",
 * "s'est-elle indignée", "se sont offusqués"? */
static bool reflexive_before(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    size_t v = (size_t)(t - d->toks);
    for (size_t k = v, n = 0; k > 0 && n < 7; k--, n++) {
        const pr_token *p = &d->toks[k - 1];
        if (p->kind == PR_TOK_WORD && word_of_kind(T->attrib, d, k - 1, v, 'c')) return true;
        if (pr_tok_apostrophe(d, p) || tok_char(d, p, '-')) continue;
        if (p->kind != PR_TOK_WORD || !(tok_has_kind(T->attrib, d, p, 'b') || tok_has_kind(T->attrib, d, p, 'r') ||
                                        tok_has_kind(T->attrib, d, p, 'e') || tok_has_kind(T->attrib, d, p, 'k')))
            return false;
    }
    return false;
}

/* A word's attribution kind (data/attrib); a capitalized word inside a sentence is no verb of
 * saying and no word of a clause (capital_inside()): "Lance" of "Lance Armstrong" is not "a
 * lancé", the "May" of "Mrs May said" is not the modal. */
static char attrib_kind(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    char k = pr_tok_class(T->attrib, d, t);
    if (k == 'R') k = 'v'; /* "the sign read" */
    if (k == 'S') k = reflexive_before(T, d, t) ? 'v' : 0; /* "s'indigne", not "indigne" */
    /* an infinitive of saying after a causative: "fait observer", "a fait valoir" */
    if (k == 'I' && t > d->toks && tok_has_kind(T->attrib, d, t - 1, 'F')) return 'v';
    return (k == 'v' || k == 'k') && capital_inside(t) ? 0 : k;
}

/* An article ("le", "the"): kind d. */
static bool is_article(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    return tok_has_kind(T->attrib, d, t, 'd');
}

/* Is the word at token k (k > 0) a noun for its article right before it, whatever data/attrib
 * says of it ("le juge", "one of the notes read")? Not after an article that may be an object
 * pronoun too (kind o: "comme le rappelle X"). */
static bool noun_after_article(const lang_tabs *T, const precis_doc *d, size_t k)
{
    return is_article(T, d, &d->toks[k - 1]) && !tok_has_kind(T->attrib, d, &d->toks[k - 1], 'o');
}

/* Do tokens [j0, j1) open on a part of a group: a word in lower case, a joining preposition
 * (data/attrib kind C) and an article ("one of the notes", "some of the residents")? */
static bool group_part(const lang_tabs *T, const precis_doc *d, size_t j0, size_t j1)
{
    return j0 + 2 < j1 && d->toks[j0].kind == PR_TOK_WORD && !cap_word(d, &d->toks[j0]) &&
           tok_has_kind(T->attrib, d, &d->toks[j0 + 1], 'C') &&
           (is_article(T, d, &d->toks[j0 + 2]) || word_of(T->det, d, &d->toks[j0 + 2])); /* "un de ses proches" */
}

/* An auxiliary or adverb standing between a subject and its verb of saying ("a", "has also"):
 * kind b. */
static bool before_verb(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    return tok_has_kind(T->attrib, d, t, 'b');
}

/* Does a possessive "'s" ("’s") open at token k, right after the word before it? The index of
 * the token after it, else 0. (The apostrophe may be a token of its own or not.) */
static size_t possessive_end(const precis_doc *d, size_t k)
{
    if (k == 0 || k >= d->n_toks) return 0;
    size_t gap = d->toks[k].start - d->toks[k - 1].end;
    if (pr_tok_apostrophe(d, &d->toks[k]) && gap == 0) {
        k++;
        if (k >= d->n_toks || d->toks[k].start != d->toks[k - 1].end) return 0;
    } else if (gap == 1 ? d->text[d->toks[k - 1].end] != '\'' :
               gap != 3 || memcmp(d->text + d->toks[k - 1].end, "\xe2\x80\x99", 3) != 0) {
        return 0;
    }
    const pr_token *s = &d->toks[k];
    return s->kind == PR_TOK_WORD && s->end == s->start + 1 && (d->text[s->start] | 0x20) == 's' ? k + 1 : 0;
}

/* The entity that entity i is another name of (itself when none). */
static const pr_ent *root_ent(const pr_facts *F, uint32_t i)
{
    for (int hop = 0; hop < 4 && F->ents[i].alias; hop++) i = F->ents[i].alias_of;
    return &F->ents[i];
}

/* Does s[0..n) spell entity e's name or one of its variants, and is that longer than one word? */
static bool spelled_in(const pr_ent *e, const char *s, size_t n)
{
    if (strchr(e->name, ' ') && pr_span_has(s, n, e->name)) return true;
    for (size_t v = 0; v < e->nvar; v++)
        if (strchr(e->variants[v], ' ') && pr_span_has(s, n, e->variants[v])) return true;
    return false;
}

/* The entity named inside text[a..b) (the one its name stands for); else NULL. A person anywhere
 * in it comes first: "le procureur de la République de Marseille, Jacques Dallest" is Dallest. */
static const pr_ent *entity_in_(const pr_facts *F, size_t di, size_t a, size_t b, bool persons_only)
{
    const precis_doc *d = F->story->docs[di];
    lang_tabs T = tabs_for(F, d);
    for (int person = 1; person >= (persons_only ? 1 : 0); person--)
        for (size_t j = find_tok(d, a); j < d->n_toks && d->toks[j].end <= b; j++) {
            if (!cap_word(d, &d->toks[j]) || ent_kind(&T, d, &d->toks[j]) == 's') continue;
            /* a surname used as an adjective names no one: "her Nobel prize", "the Obama
             * administration" (a determiner before, a noun after), "the Nobel Committee" (a word
             * of a longer name that is no person's) */
            bool modifier = j > 0 && j + 1 < d->n_toks && word_of(T.det, d, &d->toks[j - 1]) &&
                            d->toks[j + 1].kind == PR_TOK_WORD && !(d->toks[j + 1].flags & PR_TF_CAP);
            /* nor does an owner before a name: "The Weekly Standard's Bill Kristol" */
            size_t r = j + 1;
            while (r < j + 8 && glued_cap(d, r)) r++;
            size_t after = possessive_end(d, r);
            bool owner = after && after < d->n_toks && cap_word(d, &d->toks[after]);
            if (!modifier && glued_cap(d, j + 1) && !(d->toks[j + 1].flags & PR_TF_SENT0)) {
                size_t r0 = j, r1 = j + 1;
                while (r0 > 0 && cap_word(d, &d->toks[r0 - 1]) && d->toks[r0].start <= d->toks[r0 - 1].end + 1 &&
                       !(d->toks[r0].flags & PR_TF_SENT0) && !(d->toks[r0 - 1].flags & PR_TF_STOP))
                    r0--;
                while (r1 - r0 < 8) {
                    if (glued_cap(d, r1)) r1++;
                    else if (r1 - r0 >= 2 && name_syllable(&T, d, r1, d->n_toks)) r1 += 2; /* "Kang Kyung-wha" */
                    else break;
                }
                char full[96], last[96];
                name_keys(&T, d, r0, r1, full, last);
                uint32_t e = full[0] ? ent_by_full(F, full) : UINT32_MAX;
                modifier = e != UINT32_MAX && F->ents[e].type != PR_ENT_PERSON;
                /* the person the whole run names, not its first word alone ("Mark" of "Mark
                 * Zuckerberg", a given name the story also lists on its own), when the story
                 * shows the run to be a person's name (not "the 'Ice Ice Baby' rapper") */
                if (person && e != UINT32_MAX && !modifier && !owner && named_person(root_ent(F, e))) return root_ent(F, e);
                /* titles glued before it ("Saudi Deputy Crown Prince Mohammad Bin Salman"): the
                 * longest run of two words or more ending the phrase that names a person shown
                 * to be one, spelt so or one letter apart ("Mohammed bin Salman"), not the first
                 * person of that surname ("King Salman") */
                for (size_t s0 = r0 + 1; person && e == UINT32_MAX && !owner && s0 + 2 <= r1; s0++) {
                    name_keys(&T, d, s0, r1, full, last);
                    for (uint32_t k = first_with_key(F, last); full[0] && k != UINT32_MAX; k = F->ents[k].knext)
                        if ((!strcmp(F->ents[k].full, full) || misspelt(F->ents[k].full, full)) &&
                            named_person(root_ent(F, k)))
                            return root_ent(F, k);
                }
            }
            if (person && (modifier || owner)) continue;
            char sk[96];
            if (!pr_name_skeleton(d->text + d->toks[j].start, d->toks[j].end - d->toks[j].start, sk, sizeof sk)) continue;
            /* with a syllable glued by an apostrophe, as name_keys() keys it ("Ya'alon") */
            if (j + 2 < d->n_toks && pr_tok_apostrophe(d, &d->toks[j + 1]) && name_syllable(&T, d, j + 1, d->n_toks))
                pr_name_skeleton(d->text + d->toks[j].start, d->toks[j + 2].end - d->toks[j].start, sk, sizeof sk);
            /* a word folded into another name (an acronym: "la LDH") stands for that name when it
             * is all the text read, not inside a longer phrase ("EU High Representative …") */
            bool alone = d->toks[j].start <= a && d->toks[j].end >= b;
            /* of the entities the word may be, the longest the text spells whole ("la Ligue des
             * droits de l'Homme" is not the story's "Homme"), else the first; people keep the
             * first (a surname's chain holds the story's persons, and the spans read hold junk
             * names that spell one: "Extracts of Prof Turk") */
            const pr_ent *first = NULL, *whole = NULL;
            for (uint32_t i = first_with_key(F, sk); i != UINT32_MAX; i = F->ents[i].knext)
                if (person ? F->ents[i].type == PR_ENT_PERSON
                           : pr_ent_shown(alone ? root_ent(F, i) : &F->ents[i]) && !generic_org(root_ent(F, i)) &&
                                 !(modifier && F->ents[i].type == PR_ENT_PERSON)) {
                    const pr_ent *ro = root_ent(F, i);
                    if (!person && spelled_in(ro, d->text + a, b - a) && (!whole || strlen(ro->name) > strlen(whole->name)))
                        whole = ro;
                    if (!first) first = ro;
                }
            if (whole) return whole;
            if (first) return first;
        }
    return NULL;
}
static const char *entity_in(const pr_facts *F, size_t di, size_t a, size_t b)
{
    const pr_ent *e = entity_in_(F, di, a, b, false);
    return e ? e->name : NULL;
}
static const char *person_in(const pr_facts *F, size_t di, size_t a, size_t b)
{
    const pr_ent *e = entity_in_(F, di, a, b, true);
    return e ? e->name : NULL;
}

/* Is token j an initial inside a name, a capital letter followed by a full stop ("A. Dwight
 * Pettit"), with its full stop before j1? Not an article, and its full stop ends nothing. */
static bool initial_at(const precis_doc *d, size_t j, size_t j1)
{
    const pr_token *t = &d->toks[j];
    return j + 1 < j1 && t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP) && t->end - t->start == 1 &&
           tok_char(d, &d->toks[j + 1], '.') && d->toks[j + 1].start == t->end;
}

/* A lower-case word that is not a function word ("entrepreneur", "senior"; not "of", "dans"). */
static bool plain_word(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    return t->kind == PR_TOK_WORD && !(t->flags & PR_TF_CAP) && !pr_wordlist_has(T->stop, pr_tok_lower(d, t));
}

/* Do the words [j0, j1) after an article describe the speaker, the names in them only
 * qualifying a common noun ("a Saudi entrepreneur", "a senior White House official", "a
 * Switzerland-based group", "the Kremlin's spokesman")? Plain words up to the first name, the
 * names (with their "'s" and hyphenated parts), then a plain word, and a plain word last. Not
 * "le porte-parole de l'Elysée", "la Banque de France dans un communiqué". */
static bool described(const lang_tabs *T, const precis_doc *d, size_t j0, size_t j1)
{
    size_t j = j0;
    while (j < j1 && !cap_word(d, &d->toks[j])) {
        if (!plain_word(T, d, &d->toks[j])) return false;
        j++;
    }
    if (j == j1) return false;
    while (j < j1 && (cap_word(d, &d->toks[j]) || pr_tok_apostrophe(d, &d->toks[j]) || tok_char(d, &d->toks[j], '-') ||
                      d->toks[j].start == d->toks[j - 1].end))
        j++;
    return j < j1 && plain_word(T, d, &d->toks[j]) && plain_word(T, d, &d->toks[j1 - 1]);
}

/* The type of the entity named name, or -1 when no entity has that name (a description:
 * "the official"). */
static int named_type(const pr_facts *F, const char *name)
{
    for (size_t i = 0; i < F->nents; i++)
        if (!strcmp(F->ents[i].name, name)) return (int)F->ents[i].type;
    return -1;
}

/* Do tokens [j0, j1), a speaker phrase opening on a lower-case word, name a person only as
 * the one the phrase tells of: after a joining preposition (data/attrib kind C) that a
 * lower-case word comes before ("porte-parole de Nicolas Sarkozy", "a lawyer for X", "the wife
 * of X"), or as an owner before a lower-case word ("X's lawyer")? When a person is named after
 * the owner's noun ("Mr Love's local MP Matt Hancock"), the answer is no and *named_after (when
 * not NULL) is that person. */
static bool tells_of_person(const pr_facts *F, const lang_tabs *T, size_t di, size_t j0, size_t j1,
                            const char **named_after)
{
    if (named_after) *named_after = NULL;
    const precis_doc *d = F->story->docs[di];
    for (size_t k = j0 + 1; k + 1 < j1; k++) {
        const pr_token *t = &d->toks[k];
        size_t n = k + 1; /* the name's first token */
        if (n < j1 && pr_tok_apostrophe(d, &d->toks[n])) n++; /* "d'Ingrid Betancourt" */
        if (n < j1 && !cap_word(d, &d->toks[j0]) && t->kind == PR_TOK_WORD && !(t->flags & PR_TF_CAP) &&
            tok_has_kind(T->attrib, d, t, 'C') && (cap_word(d, &d->toks[n]) || tok_has_kind(T->ent, d, &d->toks[n], 'T')) &&
            plain_word(T, d, &d->toks[k - 1])) {
            /* the person's name starts there, after a title of address ("l'entourage de M.
             * Sarkozy"; "la présidente de Harvard Drew Faust" is hers) */
            const char *who = person_in(F, di, d->toks[n].start, d->toks[j1 - 1].end);
            if (n + 1 < j1 && tok_has_kind(T->ent, d, &d->toks[n], 'T')) n++;
            if (n + 1 < j1 && tok_char(d, &d->toks[n], '.')) n++;
            char w[64];
            size_t wl = d->toks[n].end - d->toks[n].start;
            if (who && wl < sizeof w) {
                memcpy(w, d->text + d->toks[n].start, wl);
                w[wl] = 0;
                if (strstr(who, w)) return true;
            }
        }
        /* "Sarkozy's lawyer": an apostrophe and "s" glued to a name, a lower-case word after,
         * and no one named after it ("Mr Love's local MP Matt Hancock" is Matt Hancock) */
        if (pr_tok_apostrophe(d, t) && k + 2 < j1 && cap_word(d, &d->toks[k - 1]) && possessive_end(d, k) == k + 2 &&
            plain_word(T, d, &d->toks[k + 2])) {
            size_t r = k - 1; /* the owner: the capitalized words right before */
            while (r > j0 && (cap_word(d, &d->toks[r - 1]) || tok_char(d, &d->toks[r - 1], '-') ||
                              tok_char(d, &d->toks[r - 1], '.')))
                r--;
            if (!person_in(F, di, d->toks[r].start, d->toks[k - 1].end)) continue;
            const char *later = person_in(F, di, d->toks[k + 2].start, d->toks[j1 - 1].end);
            if (named_after) *named_after = later;
            return !later;
        }
    }
    return false;
}

/* Does the first name in tokens [j0, j1) come in the complement of the words in lower case
 * before it (after a joining word: "de", "du", "of"; data/entities kinds k, q, d, n), none of
 * them a written source (data/attrib kind w: "le communiqué de Bercy")? */
static bool other_in_complement(const lang_tabs *T, const precis_doc *d, size_t j0, size_t j1)
{
    size_t k = j0;
    for (; k < j1 && !cap_word(d, &d->toks[k]); k++)
        if (tok_has_kind(T->attrib, d, &d->toks[k], 'w')) return false;
    if (k == j0 || k == j1) return false;
    size_t p = k - 1;
    if (p > j0 && pr_tok_apostrophe(d, &d->toks[p])) p--; /* "d'" */
    return d->toks[p].kind == PR_TOK_WORD && joiner_kind(ent_kind(T, d, &d->toks[p]));
}

/* Do tokens [j0, j1) open on a number of units to twelve, written as a word, before a noun in
 * lower case ("one senior official", "two officials"; data/numwords classes U and T)? A
 * description of who speaks, as an article opens one. */
static bool counted_people(const precis_doc *d, size_t j0, size_t j1)
{
    if (j0 + 1 >= j1 || d->toks[j0].kind != PR_TOK_WORD || d->toks[j0 + 1].kind != PR_TOK_WORD ||
        (d->toks[j0 + 1].flags & (PR_TF_CAP | PR_TF_STOP)))
        return false;
    const pr_wordlist *nw = pr_wordlist_get("numwords", d->lang);
    const char *r = nw ? pr_tok_table(nw, d, &d->toks[j0]) : NULL;
    return r && (r[0] == 'U' || r[0] == 'T');
}

/* Speaker phrase over tokens [j0, j1): entity if one is named, else the words without article;
 * a description naming an entity ("a Saudi entrepreneur") is kept as written. */
static void speaker_phrase(const pr_facts *F, const lang_tabs *T, size_t di, size_t j0, size_t j1, char *out,
                           size_t cap)
{
    const precis_doc *d = F->story->docs[di];
    out[0] = 0;
    bool art = false, punct = false; /* an article dropped; a mark ("the 'Ice Ice Baby' rapper") */
    /* articles, marks, and a function word before an article ("But the official") */
    while (j0 < j1 && !initial_at(d, j0, j1) && !group_part(T, d, j0, j1) && /* "un de ses proches" */
           (is_article(T, d, &d->toks[j0]) || tok_punct(&d->toks[j0]) ||
            (j0 + 2 < j1 && (d->toks[j0].flags & PR_TF_STOP) && d->toks[j0].kind == PR_TOK_WORD &&
             is_article(T, d, &d->toks[j0 + 1])))) {
        if (tok_punct(&d->toks[j0])) punct = true;
        else if (is_article(T, d, &d->toks[j0])) art = true;
        j0++;
    }
    if (j0 >= j1) return;
    /* function words alone name no one ("et souligne que": the subject is the earlier one's) */
    size_t w = j0;
    while (w < j1 && (tok_punct(&d->toks[w]) || (d->toks[w].flags & PR_TF_STOP))) w++;
    if (w == j1) return;
    size_t a = d->toks[j0].start, b = d->toks[j1 - 1].end;
    /* a person's title in lower case opens the phrase ("la nouvelle secrétaire d'Etat à la
     * Famille", "le porte-parole du ministère"): the names after it complete the title; only a
     * person named in it is the speaker, else the title is; so does a noun only a body has
     * ("le fondateur de Médecins du Monde", "les salariés d'Alstom": people, not the body) */
    bool title = false;
    for (size_t k = j0; k < j1 && !title && !cap_word(d, &d->toks[k]); k++)
        title = d->toks[k].kind == PR_TOK_WORD &&
                (ent_kind(T, d, &d->toks[k]) == 'r' || tok_has_kind(T->ent, d, &d->toks[k], 'B'));
    const char *ent = art && !punct && described(T, d, j0, j1) ? NULL
                      : title ? person_in(F, di, a, b) : entity_in(F, di, a, b);
    /* a place in the complement of a noun after an article ("l'archevêque de Paris", "the
     * government of Kiev") is where the speaker is from, an event or a work in its complement
     * what they did ("le septuple vainqueur du Tour de France"): the description names the
     * speaker; not the complement of a written source ("le communiqué de Bercy") */
    int etype = ent ? named_type(F, ent) : -1;
    if (ent && art && !cap_word(d, &d->toks[j0]) &&
        (etype == PR_ENT_PLACE || (etype == PR_ENT_OTHER && other_in_complement(T, d, j0, j1))))
        ent = NULL;
    const char *later = NULL;
    if (ent && etype == PR_ENT_PERSON && tells_of_person(F, T, di, j0, j1, &later)) {
        /* "le porte-parole de Nicolas Sarkozy", "a lawyer for X", "X's wife": someone else,
         * without an opening connective or note number ("But General Allen's associates") */
        size_t h = j0;
        while (h + 1 < j1 && (d->toks[h].kind == PR_TOK_NUM || (d->toks[h].flags & PR_TF_STOP) ||
                              (d->toks[h].kind == PR_TOK_WORD && ent_kind(T, d, &d->toks[h]) == 's')))
            h++;
        a = d->toks[h].start;
        if (b - a < cap) snprintf(out, cap, "%.*s", (int)(b - a), d->text + a);
        return;
    }
    if (later) ent = later;
    if (ent) { snprintf(out, cap, "%s", ent); return; }
    /* no one named: a description, which is a noun phrase ("the county prosecutor", "une source
     * proche du dossier", "his son"). It ends before a word that ends a speaker phrase or an
     * auxiliary ("federal employment lawyer who has represented …", "ambassade américaine a
     * par ailleurs"), and there is none when it opens on a function word other than a
     * determiner ("to these accounts", "de ses proches") or holds a word of a clause, a subject
     * pronoun or a verb of saying ("the booklet does not say", "it did not advise …", "said
     * there has been activity"): the words are a clause, not someone */
    const pr_token *t0 = &d->toks[j0];
    if ((t0->flags & PR_TF_STOP) && !(t0->flags & PR_TF_CAP) && !word_of(T->det, d, t0) && !group_part(T, d, j0, j1) &&
        !counted_people(d, j0, j1))
        return;
    /* a verb form opening it without an article ("selling alcohol to the participants"; not "a
     * leading expert") */
    if (!art && t0->kind == PR_TOK_WORD && !(t0->flags & PR_TF_CAP) && ending_of(T, d, t0, 'x')) return;
    size_t e = j0;
    for (; e < j1; e++) {
        const pr_token *t = &d->toks[e];
        char k = attrib_kind(T, d, t);
        /* a verb of saying right after an article is a noun: "le juge", "one of the notes" */
        bool noun = e == j0 ? art : noun_after_article(T, d, e);
        if (k == 'k' || k == 'r' || (k == 'v' && !tok_has_kind(T->attrib, d, t, 'w') && !noun)) return;
        if (e > j0 && (k == 'x' || k == 'b') && t->start != d->toks[e - 1].end) break; /* not "lui-même" */
    }
    b = d->toks[e - 1].end;
    if (b - a < cap) snprintf(out, cap, "%.*s", (int)(b - a), d->text + a);
}

/* Are tokens [j0, j1) a short subject in lower case, words without function words then a name,
 * that holds a title (data/entities kind r) or ends on a full name: "agency spokesman Thomas
 * Crosson", "foreign minister Taro Kono", "former GOP vice presidential candidate Sarah Palin"?
 * A longer one (up to 16 tokens), which may join its words with "of" or "and" (entity kinds k
 * and z), must end on a full name: "study co-author and West Virginia University tree-ring
 * scientist Amy Hessl". */
static bool lower_title(const lang_tabs *T, const precis_doc *d, size_t j0, size_t j1)
{
    if (j1 - j0 > 16) return false;
    bool title = false, joined = j1 - j0 > 8;
    size_t run = 0; /* capitalized words at the end */
    for (size_t j = j0; j < j1; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind != PR_TOK_WORD) {
            if (!tok_char(d, t, '-') && !tok_char(d, t, '.')) return false;
            continue;
        }
        if (cap_word(d, t)) {
            run++;
            continue;
        }
        if (t->flags & PR_TF_STOP) {
            char k = ent_kind(T, d, t);
            if (k != 'k' && k != 'z') return false;
            joined = true;
        }
        run = 0;
        title = title || ent_kind(T, d, t) == 'r';
    }
    return run > 0 && cap_word(d, &d->toks[j1 - 1]) && (joined ? run >= 2 : title || run >= 2);
}

/* Are tokens [j0, j1) a name alone ("Jody Mitic", "Jean-Luc Romero", "Me Cécile Bernaille"):
 * capitalized words and hyphens, none of them a word of attribution ("Mardi", "En") nor of the
 * entity table but a title first? */
static bool name_only(const lang_tabs *T, const precis_doc *d, size_t j0, size_t j1)
{
    if (j0 > 0 && !tok_punct(&d->toks[j0 - 1]) && !(d->toks[j0].flags & PR_TF_SENT0)) return false;
    for (size_t j = j0; j < j1; j++) {
        const pr_token *t = &d->toks[j];
        if (tok_char(d, t, '-')) continue;
        char k = ent_kind(T, d, t);
        if (!cap_word(d, t) || attrib_kind(T, d, t) || (k && !(k == 'r' && j == j0))) return false; /* "Me X" */
    }
    return true;
}

/* The speaker named between a closing quote mark and the verb of saying at token v ('” Mark
 * Zuckerberg, Facebook's chief executive, wrote', '», le ministre a affirmé'): the words from
 * j0 to the first comma or the verb, without auxiliaries. Empty when there are none (", said
 * X": the speaker comes after the verb). */
static void speaker_between(const pr_facts *F, const lang_tabs *T, size_t di, size_t j0, size_t v, char *out, size_t cap)
{
    const precis_doc *d = F->story->docs[di];
    out[0] = 0;
    while (j0 < v && tok_punct(&d->toks[j0])) j0++;
    size_t e = j0;
    while (e < v && !(tok_punct(&d->toks[e]) && !tok_char(d, &d->toks[e], '-') && !tok_char(d, &d->toks[e], '.') &&
                      !pr_tok_apostrophe(d, &d->toks[e])))
        e++;
    size_t ve = e;
    while (ve > j0 && before_verb(T, d, &d->toks[ve - 1])) ve--;
    if (j0 < ve && before_verb(T, d, &d->toks[j0])) return; /* "», a fait savoir X": X comes after */
    /* a subject opens on a name or an article ("fait savoir" is a verb, not a speaker), or is a
     * title in lower case and its name ("agency spokesman Thomas Crosson", "foreign minister Taro
     * Kono"), or is a part of a group ("one of the notes", "some of the residents") or a number
     * of people ("one senior official", "two officials") */
    if (ve > j0 && (cap_word(d, &d->toks[j0]) || is_article(T, d, &d->toks[j0]) || group_part(T, d, j0, ve) ||
                    lower_title(T, d, j0, ve) || counted_people(d, j0, ve)))
        speaker_phrase(F, T, di, j0, ve, out, cap);
    /* a description and a name in apposition: '”, Gregoire's spokesman, Morton Brilliant, said' */
    if (out[0] && named_type(F, out) < 0 && e == ve && e + 1 < v && tok_char(d, &d->toks[e], ',')) {
        size_t n1 = e + 1;
        while (n1 < v && n1 < e + 6 && !phrase_break(d, &d->toks[n1])) n1++;
        const char *who = n1 > e + 1 && (n1 == v || tok_char(d, &d->toks[n1], ',')) && name_only(T, d, e + 1, n1)
                              ? person_in(F, di, d->toks[e + 1].start, d->toks[n1 - 1].end) : NULL;
        if (who) snprintf(out, cap, "%s", who);
    }
}

/* Is token k the full stop of an abbreviated title glued to it, before a capitalized word
 * ("Dr.", "Sen.", "Gov."; data/abbrev_pre: words a full stop after which never ends a sentence)? */
static bool title_stop(const lang_tabs *T, const precis_doc *d, size_t k, size_t end)
{
    return k > 0 && k + 1 < end && tok_char(d, &d->toks[k], '.') && d->toks[k].start == d->toks[k - 1].end &&
           d->toks[k - 1].kind == PR_TOK_WORD && word_of(T->pre, d, &d->toks[k - 1]) && cap_word(d, &d->toks[k + 1]);
}

/* A word in lower case inside a name of several capitalized words: a particle ("du", "de": kind
 * n), "and" (kind z) or "for" after an organization's word (kind K)? */
static bool name_joiner(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    char k = ent_kind(T, d, t);
    return t->kind == PR_TOK_WORD && (k == 'n' || k == 'z' || tok_has_kind(T->ent, d, t, 'K'));
}

/* After a verb of saying at token v: the phrase naming the speaker. With `place` (after an
 * impersonal "on": "a-t-on assuré à l'Élysée", "peut-on lire dans le communiqué de la
 * présidence"), the phrase a preposition opens is the source. */
static void speaker_after(const pr_facts *F, const lang_tabs *T, size_t di, size_t v, size_t end_tok,
                          bool place, char *out, size_t cap)
{
    const precis_doc *d = F->story->docs[di];
    size_t j = v + 1;
    /* an incise of its own right after the verb: "», réagit, à titre personnel, le pasteur X" */
    if (j + 2 < end_tok && tok_char(d, &d->toks[j], ',')) {
        size_t c = j + 1;
        while (c < end_tok && c < j + 6 && !phrase_break(d, &d->toks[c])) c++;
        if (c > j + 1 && c + 1 < end_tok && tok_char(d, &d->toks[c], ',')) j = c + 1;
    }
    /* skip a day, an adverb, "à Reuters", "dans un communiqué" */
    for (int guard = 0; guard < 4 && j < end_tok; guard++) {
        const pr_token *t = &d->toks[j];
        char k = attrib_kind(T, d, t);
        if (tok_has_kind(T->attrib, d, t, 'm')) { /* "à Reuters", "dans un communiqué", "to reporters" */
            j++;
            if (j < end_tok && is_article(T, d, &d->toks[j])) j++;
            if (j < end_tok && pr_tok_apostrophe(d, &d->toks[j])) j++; /* "à l'AFP" */
            if (place) break;
            if (j < end_tok) j++;
            continue;
        }
        if ((k == 'x' && !tok_has_kind(T->attrib, d, t, 'n')) || tok_has_kind(T->attrib, d, t, 's')) { j++; continue; } /* "mardi", "plus tard" */
        break;
    }
    /* a medium after a word of kind n names no speaker ("a écrit sur Twitter"), a person named
     * right after it does ("a dit mercredi sur BFM Pierre Nanterme, le président …") */
    if (j < end_tok && tok_has_kind(T->attrib, d, &d->toks[j], 'n')) {
        size_t p = j + 1;
        while (p < end_tok && p < j + 8 && !phrase_break(d, &d->toks[p])) p++;
        const char *who = p > j + 1 ? person_in(F, di, d->toks[j + 1].start, d->toks[p - 1].end) : NULL;
        if (who) snprintf(out, cap, "%s", who);
        return;
    }
    size_t e = j;
    while (e < end_tok && e < j + 8) {
        const pr_token *t = &d->toks[e];
        /* the full stop of an initial or of a title before a name ("A. Dwight Pettit", "Dr. Ryan
         * Goodwin", "Sen. Orrin Hatch") */
        bool initial = e > j && (initial_at(d, e - 1, end_tok) || title_stop(T, d, e, end_tok));
        if (phrase_break(d, t) && !initial) break;
        if (attrib_kind(T, d, t) == 'x' || attrib_kind(T, d, t) == 'p') break;
        if (e > j && tok_has_kind(T->attrib, d, t, 'm')) break; /* "l'organisation dans un communiqué" */
        /* a participle opening a clause ("soulignait l'inspection considérant que …") */
        if (e > j && e + 1 < end_tok && t->kind == PR_TOK_WORD && !(t->flags & PR_TF_CAP) &&
            tok_has_kind(T->attrib, d, &d->toks[e + 1], 'Q'))
            break;
        e++;
    }
    /* a long title and its holder's name ("a estimé la parlementaire et ancienne ministre de la
     * Défense Martha Lucia Ramirez"): past 8 tokens, the phrase goes on up to 16 when it holds a
     * role word and what follows names a person ("la voisine de la nounou chargée de garder
     * Mohamed" holds none) */
    if (e == j + 8 && e < end_tok) {
        bool role = false;
        for (size_t k = j; k < e && !role; k++) role = d->toks[k].kind == PR_TOK_WORD && ent_kind(T, d, &d->toks[k]) == 'r';
        size_t e2 = e;
        while (role && e2 < end_tok && e2 < j + 16 && !phrase_break(d, &d->toks[e2]) &&
               attrib_kind(T, d, &d->toks[e2]) != 'x' && attrib_kind(T, d, &d->toks[e2]) != 'p')
            e2++;
        /* ... and the name ends the sentence ("des comités Ingrid Betancourt (Ficib), Olivier
         * Roubi" names an organization after the person) */
        bool ends = e2 == end_tok || tok_char(d, &d->toks[e2], '.') || tok_char(d, &d->toks[e2], '!') ||
                    tok_char(d, &d->toks[e2], '?');
        if (e2 > e && ends && person_in(F, di, d->toks[e].start, d->toks[e2 - 1].end)) e = e2;
        /* nor cut inside a name: "le fondateur de Médecins sans Frontières et Médecins | du Monde",
         * "the report by the Institute for Science and | International Security" go on to the
         * name's end (its capitalized words and the particles or joining words between them) */
        else if (e2 == e) {
            size_t n = e;
            while (n < end_tok && n < j + 16 &&
                   (cap_word(d, &d->toks[n]) || (name_joiner(T, d, &d->toks[n]) && n + 1 < end_tok && cap_word(d, &d->toks[n + 1]))))
                n++;
            if (n > e && (cap_word(d, &d->toks[e - 1]) || name_joiner(T, d, &d->toks[e - 1]))) e = n;
        }
    }
    /* "le procureur de la République de Marseille, Jacques Dallest": the name in apposition, also
     * after a phrase that a preposition of kind m opened ("son interprète en France, Matthieu
     * Ricard") */
    size_t comma = e;
    if (e > j && e < end_tok && tok_has_kind(T->attrib, d, &d->toks[e], 'm'))
        while (comma < end_tok && comma < e + 5 && !phrase_break(d, &d->toks[comma])) comma++;
    if (comma + 1 < end_tok && tok_char(d, &d->toks[comma], ',')) {
        size_t n1 = comma + 1;
        while (n1 < end_tok && n1 < comma + 6 && !phrase_break(d, &d->toks[n1])) n1++;
        if (name_only(T, d, comma + 1, n1) && (n1 == end_tok || phrase_break(d, &d->toks[n1]))) {
            const char *who = entity_in(F, di, d->toks[comma + 1].start, d->toks[n1 - 1].end);
            if (who && (!person_in(F, di, d->toks[j].start, d->toks[e - 1].end) || tells_of_person(F, T, di, j, e, NULL))) {
                snprintf(out, cap, "%s", who);
                return;
            }
        }
    }
    speaker_phrase(F, T, di, j, e, out, cap);
}

/* The speaker a pronoun may stand for: prev, unless its last word names a written source (kind w:
 * "statement", "communiqué"): '“…” a police statement said. … “…” he said' is not the statement. */
static const char *pronoun_antecedent(const lang_tabs *T, const char *prev)
{
    if (!prev || !*prev) return prev;
    const char *w = prev + strlen(prev);
    while (w > prev && w[-1] != ' ') w--;
    const char *r = word_kinds(T->attrib, w, strlen(w));
    return r && strchr(r, 'w') ? NULL : prev;
}

/* What a subject pronoun tells of whom it stands for (data/attrib): one (kind u: "he", "elle",
 * not "they"), a person only (h: "she"; French "elle" may be an organization), masculine (g) or
 * feminine (q). */
#define PRON_ONE 1
#define PRON_HUMAN 2
#define PRON_MALE 4
#define PRON_FEMALE 8
static int pron_flags(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    return (tok_has_kind(T->attrib, d, t, 'u') ? PRON_ONE : 0) | (tok_has_kind(T->attrib, d, t, 'h') ? PRON_HUMAN : 0) |
           (tok_has_kind(T->attrib, d, t, 'g') ? PRON_MALE : 0) | (tok_has_kind(T->attrib, d, t, 'q') ? PRON_FEMALE : 0);
}

/* Is the verb of saying at token v followed by its subject pronoun glued to it by hyphens
 * ("ajoute-t-il", "dit-elle", "ajoute-t-on")? Sets *impersonal for "on" (data/attrib kind i) and
 * adds what the pronoun tells to *pron when pron is not NULL. */
static bool inverted_pronoun(const lang_tabs *T, const precis_doc *d, size_t v, size_t end, bool *impersonal,
                             int *pron)
{
    size_t j = v + 1;
    if (j >= end || !tok_char(d, &d->toks[j], '-') || d->toks[j].start != d->toks[v].end) return false;
    j++;
    if (j + 1 < end && tok_has_kind(T->attrib, d, &d->toks[j], 'e') && tok_char(d, &d->toks[j + 1], '-') &&
        d->toks[j].start == d->toks[j - 1].end)
        j += 2;
    if (j >= end || d->toks[j].start != d->toks[j - 1].end || attrib_kind(T, d, &d->toks[j]) != 'r') return false;
    *impersonal = tok_has_kind(T->attrib, d, &d->toks[j], 'i');
    if (pron) *pron |= pron_flags(T, d, &d->toks[j]);
    return true;
}

/* Is the verb at token v one that says nothing when reflexive (data/attrib kind f), and
 * reflexive: "À ce chiffre s'ajoutent 250 millions", "il se dit prêt"? ("s'exclame" says.) */
static bool reflexive(const lang_tabs *T, const precis_doc *d, size_t v)
{
    if (!tok_has_kind(T->attrib, d, &d->toks[v], 'f')) return false;
    /* a reflexive pronoun (kind c): "se", or the elided "s'" */
    if (v >= 2 && pr_tok_apostrophe(d, &d->toks[v - 1]) && word_of_kind(T->attrib, d, v - 2, v, 'c'))
        return true;
    return v >= 1 && word_of_kind(T->attrib, d, v - 1, v, 'c');
}

/* Is token [a, b) one adverb in lower case ("subsequently", "finalement"), standing between a
 * comma and the verb where the subject would be ("Mark Zuckerberg, subsequently acknowledged")?
 * Adverbs are told by their ending (data/attrib kind a: "-ly", "-ment"); "prosecutors said" has a
 * subject. */
static bool adverb_only(const lang_tabs *T, const precis_doc *d, size_t a, size_t b)
{
    return b == a + 1 && plain_word(T, d, &d->toks[a]) && ending_in(T->attrib, d, &d->toks[a], 'a', 3);
}

/* The narrative infinitive before a quote, tokens [j0, j1) of its sentence: a conjunction opening
 * it (data/attrib kind K: "Et"), a subject or none, a joining word (kind j: "de", "d'") and a verb
 * of saying in the infinitive (kind I). "Et d'ajouter : « … »" is the one who spoke before (prev,
 * the last speaker found in the document; the quote just before may have none, "il déclarait");
 * "Et le patron de la banque de conclure : « … »" the subject's. True when the sentence is built
 * so (out then holds the speaker, or "" when none can be told). */
#define NARRATIVE_SUBJECT 12
static bool narrative_infinitive(pr_facts *F, const lang_tabs *T, size_t di, size_t j0, size_t j1, const char *prev,
                                 char *out, size_t cap)
{
    const precis_doc *d = F->story->docs[di];
    size_t j = j0;
    while (j < j1 && d->toks[j].kind != PR_TOK_WORD) j++;
    if (j >= j1 || !tok_has_kind(T->attrib, d, &d->toks[j], 'K')) return false;
    size_t s0 = j + 1;
    for (size_t k = s0 + 1; k < j1 && k <= s0 + NARRATIVE_SUBJECT; k++) {
        if (d->toks[k].kind != PR_TOK_WORD || !tok_has_kind(T->attrib, d, &d->toks[k], 'I')) continue;
        size_t de = k - 1;
        if (de > s0 && pr_tok_apostrophe(d, &d->toks[de])) de--; /* "d'ajouter" */
        if (d->toks[de].kind != PR_TOK_WORD || !tok_has_kind(T->attrib, d, &d->toks[de], 'j')) return false;
        out[0] = 0;
        if (de == s0) {
            const char *who = pronoun_antecedent(T, prev);
            if (who) snprintf(out, cap, "%s", who);
        } else {
            speaker_phrase(F, T, di, s0, de, out, cap);
        }
        return true;
    }
    return false;
}

static bool agrees(int pron, const char *name);
#define CLAUSE_OPENING 3 /* tokens before a conjunction that opens a sentence's subordinate clause */
#define RELATIVE_SPAN 40 /* tokens of a relative clause between a subject and its verb of saying */
#define APPOSITION_SPAN 12 /* tokens of an apposition after a speaker's name ending the sentence */
#define OPINION_PHRASE 10 /* tokens of a sentence's opening phrase naming whose opinion it tells ("Pour X,") */
/* The comma closing the phrase that opens a sentence on a word of data/attrib kind P at token
 * p0 ("Pour la LDH, …", "Pour M. Sarkozy, …"), within OPINION_PHRASE tokens and before `end`: no
 * other punctuation inside it but the period of a title's abbreviation (data/abbrev_pre: "M.",
 * "Dr.") and hyphens or apostrophes. p0 when there is none. */
static size_t opening_phrase_end(const lang_tabs *T, const precis_doc *d, size_t p0, size_t end)
{
    if (p0 >= end || !tok_has_kind(T->attrib, d, &d->toks[p0], 'P')) return p0;
    for (size_t e = p0 + 1; e < end && e <= p0 + OPINION_PHRASE; e++) {
        const pr_token *t = &d->toks[e];
        if (tok_char(d, t, ',')) return e > p0 + 1 ? e : p0;
        if (!phrase_break(d, t)) continue;
        if (tok_char(d, t, '.') && d->toks[e - 1].kind == PR_TOK_WORD && (d->toks[e - 1].flags & PR_TF_CAP) &&
            word_of(T->pre, d, &d->toks[e - 1]))
            continue;
        return p0;
    }
    return p0;
}

/* The first token of a name alone (name_only()) of at most NAME_BEFORE tokens, after token j0,
 * that ends at token n1 (the comma of an apposition after it: "Jody Mitic, a former sniper,
 * said"); n1 when the phrase before n1 is no such name. */
#define NAME_BEFORE 6
static size_t name_before_comma(const lang_tabs *T, const precis_doc *d, size_t j0, size_t n1)
{
    size_t n0 = n1;
    while (n0 > j0 && n1 - n0 < NAME_BEFORE && !phrase_break(d, &d->toks[n0 - 1])) n0--;
    return n0 < n1 && name_only(T, d, n0, n1) ? n0 : n1;
}

/* The speaker named before tokens [j0, j1) of a sentence, reading backwards: "selon X" or the
 * subject of a verb of saying ("X a déclaré que"); a pronoun subject is `prev_speaker`. Writes
 * it to out (cap bytes) and returns true when found. A pronoun with no previous speaker to
 * stand for ends the search with out empty, and with pron (when not NULL) set to what the
 * pronoun tells (pron_flags(); 0 for an impersonal one), for pronoun_speaker() to read back. */
static bool speaker_before(pr_facts *F, const lang_tabs *T, size_t di, size_t j0, size_t j1,
                           const char *prev_speaker, char *out, size_t cap, int *pron)
{
    const precis_doc *d = F->story->docs[di];
    prev_speaker = pronoun_antecedent(T, prev_speaker);
    for (size_t j = j1; j > j0; j--) {
        const pr_token *t = &d->toks[j - 1];
        char k = attrib_kind(T, d, t);
        if (k == 'p') { /* "selon X, « »", "according to X" */
            size_t p0 = j < j1 && tok_has_kind(T->attrib, d, &d->toks[j], 'j') ? j + 1 : j;
            size_t e = p0;
            while (e < j1 && !(tok_punct(&d->toks[e]) && !tok_char(d, &d->toks[e], '-') && !pr_tok_apostrophe(d, &d->toks[e])))
                e++; /* "selon l'Afub" */
            char pk = e == p0 + 1 ? attrib_kind(T, d, &d->toks[p0]) : 0;
            if (pk == 'r' || pk == 'o') { /* "selon lui": the one speaking before */
                snprintf(out, cap, "%s", prev_speaker ? prev_speaker : "");
                if (pron) *pron = pron_flags(T, d, &d->toks[p0]);
                return true;
            }
            speaker_phrase(F, T, di, p0, e, out, cap);
            if (out[0]) return true;
        }
        /* "Pour la Ligue des droits de l'Homme, cette réforme est « … »": the sentence's opening
         * phrase names whose opinion it is, when it names a person, an organization or a title */
        if (t->flags & PR_TF_SENT0) {
            size_t e = opening_phrase_end(T, d, j - 1, j1);
            if (e > j) {
                const char *who = entity_in(F, di, d->toks[j].start, d->toks[e - 1].end);
                int ty = who ? named_type(F, who) : -1;
                bool title = false;
                for (size_t i = j; i < e && !title; i++) title = ent_kind(T, d, &d->toks[i]) == 'r';
                if (ty == PR_ENT_PERSON || ty == PR_ENT_ORG) snprintf(out, cap, "%s", who);
                else if (title) speaker_phrase(F, T, di, j, e, out, cap);
                if (out[0]) return true;
            }
        }
        if (k == 'v' && reflexive(T, d, j - 1)) k = 0;
        bool impersonal = false;
        int ipron = 0;
        if (k == 'v' && inverted_pronoun(T, d, j - 1, j1, &impersonal, &ipron)) { /* ", affirme-t-elle," */
            snprintf(out, cap, "%s", prev_speaker && !impersonal ? prev_speaker : "");
            if (pron) *pron = impersonal ? 0 : ipron;
            return true;
        }
        /* a verb in an incise, its subject after it: "Mais sa mission, rappelle son rapporteur,
         * était de …"; or ending a sentence that a colon closes before the quote: "Pour la bonne
         * cause, répond une porte-parole :"; not "X, told AFP:" (the verb's object after it) nor
         * "le président de la CGMPME, Jean-François Roubaud, reconnaît un certain soulagement :" */
        if (k == 'v' && j >= 2 && j - 2 >= j0 && tok_char(d, &d->toks[j - 2], ',')) {
            size_t c = j;
            while (c < j1 && c < j + 6 && !phrase_break(d, &d->toks[c])) c++;
            bool colon = c + 1 == j1 && tok_char(d, &d->toks[c], ':') && !tok_has_kind(T->attrib, d, t, 'O') &&
                         !(j >= 3 && cap_word(d, &d->toks[j - 3]));
            if (c < j1 && c > j && (tok_char(d, &d->toks[c], ',') || colon) &&
                (cap_word(d, &d->toks[j]) || is_article(T, d, &d->toks[j]) || (d->toks[j].flags & PR_TF_STOP))) {
                speaker_after(F, T, di, j - 1, c, false, out, cap);
                if (out[0]) return true;
            }
        }
        /* an incise ending the sentence, its subject after the verb and an auxiliary before it:
         * "Cet apport est indispensable, a annoncé hier soir la ministre de l'Economie Christine
         * Lagarde."), also when an apposition follows the name (", a expliqué Ulrika Weiss,
         * porte-parole du parquet général.") */
        if (k == 'v') {
            size_t cm = j - 1;
            while (cm > j0 && before_verb(T, d, &d->toks[cm - 1])) cm--;
            size_t c = j;
            while (c < j1 && !phrase_break(d, &d->toks[c])) c++;
            if (c + 2 < j1 && tok_char(d, &d->toks[c], ',')) {
                size_t a = c + 1;
                while (a < j1 && a < c + APPOSITION_SPAN && !phrase_break(d, &d->toks[a]) &&
                       attrib_kind(T, d, &d->toks[a]) != 'v')
                    a++;
                if (a > c + 1 && a + 1 == j1) c = a;
            }
            if (cm < j - 1 && cm > j0 && tok_char(d, &d->toks[cm - 1], ',') && c > j && c + 1 == j1 &&
                tok_char(d, &d->toks[c], '.')) {
                speaker_after(F, T, di, j - 1, c, false, out, cap);
                if (out[0]) return true;
            }
        }
        if (k == 'v') { /* the subject before the verb */
            size_t b0 = j - 1;
            size_t e = b0;
            while (e > j0) {
                const pr_token *u = &d->toks[e - 1];
                if (phrase_break(d, u)) break;
                e--;
            }
            /* drop auxiliaries and adverbs right before the verb */
            size_t ve = b0;
            while (ve > e && before_verb(T, d, &d->toks[ve - 1])) ve--;
            /* a sentence opening on a subordinate clause ("D'autant que le président a lâché"; not
             * "Duhalde conceded that many experts say"): its subject starts after the conjunction
             * (kind Q) */
            for (size_t c = e + 1; c < ve && c <= j0 + CLAUSE_OPENING && attrib_kind(T, d, &d->toks[c - 1]) != 'v'; c++)
                if (tok_has_kind(T->attrib, d, &d->toks[c], 'Q') && c + 1 < ve) { e = c + 1; break; }
            /* a relative pronoun as the subject (data/attrib kind t: "Jacques Turck, directeur du
             * Service national, qui s'interroge", "X, patron de Y qui affirmait"): the person named
             * before it, in its phrase or in the one its comma closes, else the phrase */
            if (ve > e && tok_has_kind(T->attrib, d, &d->toks[ve - 1], 't')) {
                const char *who = ve - 1 > e ? person_in(F, di, d->toks[e].start, d->toks[ve - 2].end) : NULL;
                if (!who && e > j0 + 1 && tok_char(d, &d->toks[e - 1], ',')) {
                    size_t a0 = e - 1;
                    while (a0 > j0 && !phrase_break(d, &d->toks[a0 - 1])) a0--;
                    if (a0 < e - 1) who = person_in(F, di, d->toks[a0].start, d->toks[e - 2].end);
                }
                if (who) {
                    snprintf(out, cap, "%s", who);
                    return true;
                }
                /* no one named: the noun phrase right before the pronoun ("sent Brown into a rage
                 * when his table sent over a note that read") */
                size_t n0 = ve - 1;
                while (n0 > e && ve - 1 - n0 < 4 && !is_article(T, d, &d->toks[n0 - 1]) &&
                       plain_word(T, d, &d->toks[n0 - 1]))
                    n0--;
                if (n0 > e && is_article(T, d, &d->toks[n0 - 1])) e = n0 - 1;
                if (ve - 1 > e) speaker_phrase(F, T, di, e, ve - 1, out, cap);
                if (out[0]) return true;
                continue;
            }
            /* "Catherine Colonnová, a déclaré", "X, a de son côté annoncé"; not "X, a-t-il déclaré",
             * "En France, avait-il dit": there the pronoun is the subject */
            bool inverted = false;
            for (size_t i = e; i < b0; i++) inverted = inverted || attrib_kind(T, d, &d->toks[i]) == 'r';
            if ((ve == e || (before_verb(T, d, &d->toks[e]) && !inverted) || adverb_only(T, d, e, ve)) && e > j0 &&
                tok_char(d, &d->toks[e - 1], ',')) {
                ve = e - 1;
                e = ve;
                while (e > j0 && !phrase_break(d, &d->toks[e - 1])) e--;
                /* "Jody Mitic, a former sniper, said": an apposition; the name is before it */
                if (e > j0 && tok_char(d, &d->toks[e - 1], ',') && !cap_word(d, &d->toks[e])) {
                    size_t n1 = e - 1, n0 = name_before_comma(T, d, j0, n1);
                    if (n0 < n1) { e = n0; ve = n1; }
                } else if (e > j0 + 1 && e < ve && tok_char(d, &d->toks[e - 1], ',') && cap_word(d, &d->toks[e])) {
                    /* "Mr Adams, the president of IRA's political wing, Sinn Fein, said": a name
                     * that is no person's after an apposition names what the apposition tells
                     * of; the person named before the apposition speaks */
                    const char *nm = entity_in(F, di, d->toks[e].start, d->toks[ve - 1].end);
                    size_t a1 = e - 1, a0 = a1;
                    while (a0 > j0 && a1 - a0 < APPOSITION_SPAN && !phrase_break(d, &d->toks[a0 - 1])) a0--;
                    if (nm && named_type(F, nm) != PR_ENT_PERSON && a0 > j0 + 1 && a0 < a1 &&
                        tok_char(d, &d->toks[a0 - 1], ',') && !cap_word(d, &d->toks[a0])) {
                        size_t n1 = a0 - 1, n0 = name_before_comma(T, d, j0, n1);
                        if (n0 < n1 && person_in(F, di, d->toks[n0].start, d->toks[n1 - 1].end)) {
                            e = n0;
                            ve = n1;
                        }
                    }
                }
                /* "Marie de Hennezel, qui, durant plusieurs années, a accompagné des mourants,
                 * dénonce": the comma closes a relative clause; the subject is what it tells of */
                if (e < ve && !cap_word(d, &d->toks[e]) && !is_article(T, d, &d->toks[e])) {
                    size_t r = ve;
                    while (r > j0 + 1 && ve - r < RELATIVE_SPAN &&
                           !(tok_has_kind(T->attrib, d, &d->toks[r - 1], 't') && tok_char(d, &d->toks[r - 2], ',')) &&
                           !tok_char(d, &d->toks[r - 1], '.') && attrib_kind(T, d, &d->toks[r - 1]) != 'v')
                        r--;
                    if (r > j0 + 1 && tok_has_kind(T->attrib, d, &d->toks[r - 1], 't') && tok_char(d, &d->toks[r - 2], ',')) {
                        size_t n1 = r - 2, n0 = n1;
                        while (n0 > j0 && !phrase_break(d, &d->toks[n0 - 1])) n0--;
                        if (n0 < n1 && (cap_word(d, &d->toks[n0]) || is_article(T, d, &d->toks[n0]))) {
                            const char *who = person_in(F, di, d->toks[n0].start, d->toks[n1 - 1].end);
                            if (who) snprintf(out, cap, "%s", who);
                            else speaker_phrase(F, T, di, n0, n1, out, cap);
                            if (out[0]) return true;
                        }
                    }
                }
                /* "..., devait commencer mercredi, avait alors déclaré le président russe": what
                 * the comma closes is a clause, not a name or a noun phrase; the subject comes
                 * after the verb */
                if (e < ve && !cap_word(d, &d->toks[e]) && !is_article(T, d, &d->toks[e])) {
                    speaker_after(F, T, di, j - 1, j1, false, out, cap);
                    if (out[0]) return true;
                    continue;
                }
            }
            /* "Rabbi Elazar Muskin, president of the Rabbinical Council of America said": an
             * apposition whose closing comma is missing; the name is before it; so is an incise
             * opening on a preposition of kind m ("Philippe Waucampt, dans les colonnes du
             * Républicain Lorrain écrit") */
            if (ve > e && e > j0 + 1 && tok_char(d, &d->toks[e - 1], ',') && d->toks[e].kind == PR_TOK_WORD &&
                !cap_word(d, &d->toks[e]) && !is_article(T, d, &d->toks[e]) &&
                (!(d->toks[e].flags & PR_TF_STOP) || attrib_kind(T, d, &d->toks[e]) == 'm') &&
                !lower_title(T, d, e, ve)) { /* not "Michigan, iReporter Jason Asselin said" */
                size_t n1 = e - 1, n0 = name_before_comma(T, d, j0, n1);
                if (n0 < n1) { e = n0; ve = n1; }
            }
            if (ve > e && attrib_kind(T, d, &d->toks[ve - 1]) == 'r') {
                /* the person named as the subject of an earlier verb of saying of the sentence,
                 * before the pronoun's clause: "Alejandro Toledo told reporters …, but he
                 * proclaimed, “…”" (not "Après un entretien avec Nikol Pashinyan, il a exigé") */
                int pf = pron_flags(T, d, &d->toks[ve - 1]);
                size_t v0 = j0;
                while (v0 < e && attrib_kind(T, d, &d->toks[v0]) != 'v') v0++;
                const char *who = (pf & PRON_ONE) && v0 < e && v0 > j0
                                      ? person_in(F, di, d->toks[j0].start, d->toks[v0 - 1].end) : NULL;
                snprintf(out, cap, "%s", who && agrees(pf, who) ? who : prev_speaker ? prev_speaker : "");
                if (pron) *pron = pf;
                return true;
            }
            speaker_phrase(F, T, di, e, ve, out, cap);
            if (out[0]) return true;
        }
    }
    return false;
}

/* The person sentence s opens on, its subject: the articles, titles and names that open it
 * ("Adam Marshall, director general of …, said", "Maj. Alan Kabakoff, with …, explained", "Le
 * président Nicolas Sarkozy a …"), else those after an opening phrase of at most four words that
 * a comma closes ("Still, Paul Swinand, an analyst …, called"). NULL when they name no person or
 * an owner ("Obama's aides said"): "The ambassador also had a retort to President Barack
 * Obama's remark" opens on no one. */
static const char *opening_person(const pr_facts *F, const lang_tabs *T, size_t di, const pr_sent *s)
{
    const precis_doc *d = F->story->docs[di];
    size_t j = s->tok0;
    while (j < s->tok1 && tok_punct(&d->toks[j])) j++;
    for (int pass = 0; pass < 2 && j < s->tok1; pass++) {
        size_t e = j;
        while (e < s->tok1) {
            const pr_token *t = &d->toks[e];
            char k = t->kind == PR_TOK_WORD ? ent_kind(T, d, t) : 0;
            bool stop = e > j && tok_char(d, t, '.') && (initial_at(d, e - 1, s->tok1) || title_stop(T, d, e, s->tok1));
            if (!(cap_word(d, t) || is_article(T, d, t) || k == 'r' || k == 'y' || stop ||
                  (tok_char(d, t, '-') && e > j && t->start == d->toks[e - 1].end)))
                break;
            e++;
        }
        if (e > j && !possessive_end(d, e)) {
            const char *who = person_in(F, di, d->toks[j].start, d->toks[e - 1].end);
            if (who) return who;
        }
        /* the opening phrase: at most four words, a possessive's "'s" no word of its own
         * ("Spain's new coach, Fernando Hierro, has …") */
        size_t c = j, nw = 0;
        while (c < s->tok1 && nw < 5 && !tok_char(d, &d->toks[c], ',')) {
            if (d->toks[c].kind == PR_TOK_WORD && !(c > j && pr_tok_apostrophe(d, &d->toks[c - 1]))) nw++;
            c++;
        }
        if (c >= s->tok1 || nw == 5 || c == j) return NULL;
        /* a subject whose title is no role word, before an apposition ("Jury foreman Stephen
         * Cardosi, a paramedic …, explained"): words only, no function word ("After meeting
         * Obama,"), ending on a person's name */
        if (pass == 0 && e < c && cap_word(d, &d->toks[c - 1])) {
            bool words = true;
            for (size_t i = j; i < c && words; i++)
                words = d->toks[i].kind == PR_TOK_WORD && !(d->toks[i].flags & PR_TF_STOP);
            const pr_ent *p = words ? entity_in_(F, di, d->toks[j].start, d->toks[c - 1].end, true) : NULL;
            if (p && !possessive_end(d, c)) return p->name;
        }
        j = c + 1;
    }
    return NULL;
}

/* May a pronoun of what pron tells (pron_flags()) stand for name? Not one whose given name says
 * the other sex: not "she" for "John Smith". */
static bool agrees(int pron, const char *name)
{
    char sex = given_sex(name);
    return !((pron & PRON_MALE) && sex == 'f') && !((pron & PRON_FEMALE) && sex == 'm');
}

/* The person whose name ends right before token k (a colon), or right before the comma that
 * opens the apposition ending at k ("Rama Yade, secrétaire d'Etat aux droits de l'Homme :");
 * tokens from t0. NULL when the words before k are not so. */
static const char *name_before(const pr_facts *F, size_t di, size_t t0, size_t k)
{
    const precis_doc *d = F->story->docs[di];
    size_t b = k;
    while (b > t0 && k - b < 6 && (cap_word(d, &d->toks[b - 1]) || tok_char(d, &d->toks[b - 1], '-'))) b--;
    return b < k ? person_in(F, di, d->toks[b].start, d->toks[k - 1].end) : NULL;
}
static const char *colon_person(const pr_facts *F, size_t di, size_t t0, size_t k)
{
    const precis_doc *d = F->story->docs[di];
    const char *who = name_before(F, di, t0, k);
    if (who) return who;
    size_t c = k;
    while (c > t0 && !tok_char(d, &d->toks[c - 1], ',')) c--;
    if (c <= t0 || c >= k || cap_word(d, &d->toks[c]) || d->toks[c].kind != PR_TOK_WORD) return NULL;
    return name_before(F, di, t0, c - 1);
}

/* Who a sentence's opening description names by a title: "The ambassador also had a retort …",
 * "Le ministre a répondu …" (an article, at most two words in lower case, then a role word in
 * lower case, data/entities kind r, that no capitalized name follows). The story's one person
 * whose role holds that word, else the title itself (written to buf). NULL when the sentence
 * opens otherwise. */
static const char *opening_title_holder(const pr_facts *F, const lang_tabs *T, const precis_doc *d, const pr_sent *s,
                                        char *buf, size_t cap)
{
    size_t j = s->tok0;
    while (j < s->tok1 && tok_punct(&d->toks[j])) j++;
    /* past a conjunction: "But the prince said …" */
    if (j + 1 < s->tok1 && d->toks[j].kind == PR_TOK_WORD && tok_has_kind(T->attrib, d, &d->toks[j], 'K')) j++;
    if (j >= s->tok1 || !is_article(T, d, &d->toks[j])) return NULL;
    j++;
    for (size_t k = j; k < s->tok1 && k < j + 3; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD || (t->flags & PR_TF_CAP)) return NULL;
        /* a role word, or words that end one person's title ("But the prince said …", "the
         * crown prince", when the story calls someone "deputy crown prince"; not "la responsable
         * socialiste" for a "président du groupe socialiste") */
        bool role = ent_kind(T, d, t) == 'r';
        if (k + 1 < s->tok1 && cap_word(d, &d->toks[k + 1])) return NULL; /* "the ambassador Sergey Kislyak" */
        /* nor a name in apposition after the title's complement: "Le président du PE, Hans-Gert
         * Pöttering, a assuré …" */
        size_t c = k + 1; /* the complement's end: its first comma (brackets inside: "(ADMD)") */
        while (c < s->tok1 && !tok_char(d, &d->toks[c], ',')) c++;
        if (c + 1 < s->tok1 && tok_char(d, &d->toks[c], ',') && cap_word(d, &d->toks[c + 1])) return NULL;
        char w[64];
        size_t wn = role ? tok_fold(d, t, w, sizeof w) : 0;
        if (!role) { /* the words from the article's, folded */
            size_t a = d->toks[j].start, b = t->end;
            wn = b - a < sizeof w ? pr_fold(d->text + a, b - a, w, sizeof w) : 0;
        }
        const char *who = NULL;
        bool several = false;
        for (size_t e = 0; wn && e < F->nents && !several; e++) {
            const pr_ent *en = &F->ents[e];
            char r[96];
            if (en->alias || en->type != PR_ENT_PERSON || !en->role[0]) continue;
            size_t rn = pr_fold(en->role, strlen(en->role), r, sizeof r);
            if (role ? !pr_span_has(r, rn, w) : rn < wn || memcmp(r + rn - wn, w, wn) || (rn > wn && r[rn - wn - 1] != ' '))
                continue;
            several = who && strcmp(who, en->name);
            who = en->name;
        }
        if (who && !several) return who;
        if (!role) continue;
        size_t a = d->toks[j].start, b = t->end;
        if (b - a >= cap) return NULL;
        snprintf(buf, cap, "%.*s", (int)(b - a), d->text + a);
        return buf;
    }
    return NULL;
}

/* The description a sentence opens on as its subject, in a language whose dictionary tells
 * conjugated verbs (French): an article, then at most DESC_WORDS words in lower case (particles
 * of names and "de la" inside; no capitalized name but one after a particle: "le prix Nobel de
 * la Paix"), then a conjugated verb that is no noun ("lama" may be "il lama") or an auxiliary:
 * "Jeudi, le dalaï lama est intervenu devant …", "Au moins publiquement, le prix Nobel de la
 * Paix semblait …". An opening phrase of at most four words that a comma closes comes first.
 * Written to buf; NULL when the sentence opens otherwise or the language has no such
 * dictionary. */
#define DESC_WORDS 6
static const char *opening_description(const lang_tabs *T, const precis_doc *d, const pr_sent *s, char *buf,
                                       size_t cap)
{
    size_t j = s->tok0;
    while (j < s->tok1 && tok_punct(&d->toks[j])) j++;
    size_t c = j;
    while (c < s->tok1 && c < j + 5 && !tok_char(d, &d->toks[c], ',')) c++;
    if (c < s->tok1 && c < j + 5 && tok_char(d, &d->toks[c], ',')) j = c + 1;
    if (j >= s->tok1 || !is_article(T, d, &d->toks[j])) return NULL;
    size_t a = j + 1, k = a;
    if (k < s->tok1 && pr_tok_apostrophe(d, &d->toks[k])) a = ++k; /* "l'" */
    const pr_wordlist *aux = pr_wordlist_get("auxiliary", d->lang);
    for (; k < s->tok1 && k < a + DESC_WORDS; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD) return NULL;
        int morph = pr_tok_morph(d->ctx, d, t);
        if (morph < 0) return NULL; /* no dictionary for this language */
        if (k > a && (((morph & PR_MORPH_FINITE) && !(morph & PR_MORPH_NOMINAL)) || word_of(aux, d, t))) {
            size_t b = d->toks[k - 1].end, st = d->toks[a].start;
            if (b - st >= cap) return NULL;
            snprintf(buf, cap, "%.*s", (int)(b - st), d->text + st);
            return buf;
        }
        bool particle = ent_kind(T, d, t) == 'n' || ent_kind(T, d, t) == 'k' || word_of_kind(T->ent, d, k, s->tok1, 'd');
        if ((t->flags & PR_TF_CAP) && !(k > a && (ent_kind(T, d, &d->toks[k - 1]) == 'n' ||
                                              word_of_kind(T->ent, d, k - 1, s->tok1, 'd'))))
            return NULL;
        if ((t->flags & PR_TF_STOP) && !particle) return NULL;
    }
    return NULL;
}

/* The one person sentence p names as a subject, or NULL when it names none or several ("Vladimir
 * Putin … Putin" is one): a name right before a word in lower case that is no function word, a
 * verb, past auxiliaries and adverbs ("after President Vladimir Putin called on", "has placed
 * Taricani uncomfortably", "Jérôme Kerviel avait déjà évoqué"), or in the
 * phrase opening the sentence ("Pour X, …"); not "a staunch supporter of Bush and the war", "Un
 * duel qui promet avec Contador", "the Frank Sinatra ballad". */
static const char *sole_person(const pr_facts *F, const lang_tabs *T, size_t di, const pr_sent *p)
{
    const precis_doc *d = F->story->docs[di];
    const char *one = NULL;
    bool subject = false;
    if (p->tok0 >= p->tok1 || attrib_kind(T, d, &d->toks[p->tok0]) == 'r') return NULL; /* "He said other …" */
    size_t open_end = opening_phrase_end(T, d, p->tok0, p->tok1); /* "Pour X," */
    /* and a name in apposition after it: "Pour le député socialiste de la Nièvre, Gaëtan Gorce, …" */
    size_t app_end = open_end;
    if (open_end > p->tok0) {
        size_t k = open_end + 1;
        while (k < p->tok1 && (cap_word(d, &d->toks[k]) || tok_char(d, &d->toks[k], '-'))) k++;
        if (k > open_end + 1 && k < p->tok1 && tok_char(d, &d->toks[k], ',')) app_end = k;
    }
    for (size_t j = p->tok0; j < p->tok1; j++) {
        const pr_token *t = &d->toks[j];
        const char *who = cap_word(d, t) ? person_in(F, di, t->start, t->end) : NULL;
        if (!who) continue;
        if (one && who != one) return NULL;
        one = who;
        /* past auxiliaries and adverbs ("Jérôme Kerviel avait déjà évoqué") */
        size_t ui = j + 1;
        while (ui < p->tok1 && before_verb(T, d, &d->toks[ui])) ui++;
        const pr_token *u = ui < p->tok1 ? &d->toks[ui] : NULL;
        size_t b = j; /* the name's first word: an article before it, or an article and a word in
                       * lower case ("the ex Ysgol Brynhyfryd pupil"), makes it a noun's modifier */
        while (b > p->tok0 && cap_word(d, &d->toks[b - 1])) b--;
        bool modifier = b > p->tok0 && (is_article(T, d, &d->toks[b - 1]) ||
                                         (b - 1 > p->tok0 && plain_word(T, d, &d->toks[b - 1]) &&
                                          is_article(T, d, &d->toks[b - 2])));
        if (j < app_end || (u && plain_word(T, d, u) && !modifier)) subject = true;
    }
    return subject ? one : NULL;
}

/* Is sentence p a heading: its last visible character no final punctuation or closing quote
 * mark, and a line break right after it? */
static bool heading_line(const precis_doc *d, const pr_sent *p)
{
    size_t k = visible_end(d->text, p->start, p->end);
    if (k <= p->start) return false;
    unsigned char c = (unsigned char)d->text[k - 1];
    if (strchr(".!?:;\"'", c) || c >= 0x80) return false; /* "…", "»", "”" and other marks end in bytes >= 0x80 */
    size_t e = p->end;
    while (e < d->text_len && d->text[e] == ' ') e++;
    return e >= d->text_len || d->text[e] == '\n';
}

/* The speaker a pronoun after a quote stands for ("», a-t-elle averti", '" he said'): for one
 * person, the title that opens the sentence just before the quote's (opening_title_holder());
 * the subject of a verb of saying in the sentence just before the quote's, when that sentence is in
 * the same paragraph and holds no quote ("La présidence a appelé les habitants à ... . « ... »,
 * a-t-elle averti."). For a pronoun that stands for one (PRON_ONE: "he", "elle"), else the
 * person named nearest before it, since the previous quote: in the quote's sentence before it,
 * then at most PRONOUN_REACH sentences back (headings aside), across paragraphs, the subject of a
 * verb of saying when it is a person of the story, or the person a sentence opens on ("Adam Marshall, director
 * general of the British Chambers of Commerce, said politicians should … ¶ “…” he said"; "Curtis
 * Barwick was in Oroville Saturday … He usually looks for gold … “…” he said"). Else the speaker
 * of the previous quote. Every one of them agrees() with the pronoun. */
#define PRONOUN_REACH 5
static void pronoun_speaker(pr_facts *F, const lang_tabs *T, size_t di, size_t ss, size_t open_pos,
                            const char *prev_speaker, size_t prev_close, int pron, char *out, size_t cap)
{
    const precis_doc *d = F->story->docs[di];
    prev_speaker = pronoun_antecedent(T, prev_speaker);
    snprintf(out, cap, "%s", prev_speaker && agrees(pron, prev_speaker) ? prev_speaker : "");
    if (ss >= d->n_sents) return;
    char buf[128];
    buf[0] = 0;
    if (ss > 0) {
        const pr_sent *p = &d->sents[ss - 1];
        /* a sentence opening on the title of one person of the story; with a quote in it, whose
         * speaker would stand, the title alone ("The ambassador also had a retort to President
         * Barack Obama's remark that Russia is a "regional power …"" then '"…," he said') */
        char title[96];
        const char *holder = (pron & PRON_ONE) ? opening_title_holder(F, T, d, p, title, sizeof title) : NULL;
        if (holder && (holder != title || prev_close > p->start) && agrees(pron, holder)) {
            snprintf(out, cap, "%s", holder);
            return;
        }
        if (prev_close > p->start) return; /* a quote in it: its speaker stands */
        if (same_para(d, p->end, d->sents[ss].start) &&
            speaker_before(F, T, di, p->tok0, p->tok1, prev_speaker, buf, sizeof buf, NULL) && buf[0] && agrees(pron, buf)) {
            snprintf(out, cap, "%s", buf);
            return;
        }
    }
    if (!(pron & PRON_ONE)) return;
    for (size_t s = ss + 1, skipped = 0; s-- > 0 && ss - s <= PRONOUN_REACH + skipped;) {
        pr_sent p = d->sents[s];
        /* a heading between ("Saudis react on social media") is no sentence of the story */
        if (s < ss && heading_line(d, &p)) { skipped++; continue; }
        if (s == ss) { /* the quote's own sentence, before the quote */
            p.tok1 = find_tok(d, open_pos);
            if (p.tok1 < p.tok0 + 2 || prev_close > p.start) continue;
            /* a colon introducing the quote: the person named right before it, or before the
             * apposition it ends ("Puis vint le tour de Rama Yade, secrétaire d'Etat aux droits de
             * l'Homme : « … », a-t-elle déclaré") */
            size_t c = visible_end(d->text, p.start, open_pos);
            const char *who = c > p.start && d->text[c - 1] == ':' ? colon_person(F, di, p.tok0, find_tok(d, c - 1)) : NULL;
            if (who && agrees(pron, who)) {
                snprintf(out, cap, "%s", who);
                return;
            }
        } else if (prev_close > p.start) {
            return;
        }
        buf[0] = 0;
        if (speaker_before(F, T, di, p.tok0, p.tok1, NULL, buf, sizeof buf, NULL) && buf[0] &&
            named_type(F, buf) == PR_ENT_PERSON && agrees(pron, buf)) {
            snprintf(out, cap, "%s", buf);
            return;
        }
        const char *who = opening_person(F, T, di, &p);
        if (who && agrees(pron, who)) {
            snprintf(out, cap, "%s", who);
            return;
        }
        /* the sentence just before names one person, and no one says anything in it: that person
         * is nearer than the last one who spoke ("The controversy started after Russian President
         * Vladimir Putin called on his country to “strengthen” its nuclear forces. “…,” he said") */
        who = s + 1 == ss ? sole_person(F, T, di, &p) : NULL;
        if (who && agrees(pron, who)) {
            snprintf(out, cap, "%s", who);
            return;
        }
        /* the sentence just before opens on a description as its subject, nearer than anyone
         * named further back ("Jeudi, le dalaï lama est intervenu devant les membres du Parlement
         * européen." then '« … », a-t-il dit') */
        char desc[96];
        if (s + 1 == ss && opening_description(T, d, &p, desc, sizeof desc)) {
            snprintf(out, cap, "%s", desc);
            return;
        }
    }
}

/* The end of t[lo..k) without its trailing spaces, line breaks and no-break spaces (the bytes of
 * U+00A0). */
static size_t visible_end(const char *t, size_t lo, size_t k)
{
    while (k > lo && (t[k - 1] == ' ' || t[k - 1] == '\n' || (unsigned char)t[k - 1] == 0xA0 || (unsigned char)t[k - 1] == 0xC2))
        k--;
    return k;
}

/* Does the quoted text ending at byte b end like an utterance (a comma, a full stop, "!", "?"
 * or an ellipsis just before the closing mark, or before a single quote closing there)? */
static bool ends_utterance(const precis_doc *d, size_t b)
{
    size_t k = visible_end(d->text, 0, b);
    /* past a quotation inside it that ends there ("'Are you a racist? People are saying that
     * about you,'" Bloomer said) */
    if (k > 0 && d->text[k - 1] == '\'') k--;
    else if (k >= 3 && !memcmp(d->text + k - 3, "\xe2\x80\x99", 3)) k -= 3; /* ’ */
    if (k == 0) return false;
    char c = d->text[k - 1];
    if (c == ',' || c == '.' || c == '!' || c == '?') return true;
    return k >= 3 && !memcmp(d->text + k - 3, "\xe2\x80\xa6", 3); /* … */
}

static size_t cp_count(const char *s, size_t n) /* code points of s[0..n) */
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static bool in_capitals_n(const char *s, size_t n) /* no lower-case ASCII letter, one capital */
{
    bool up = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z') return false;
        up |= s[i] >= 'A' && s[i] <= 'Z';
    }
    return up;
}

static char qlab_kind(const lang_tabs *T, const precis_doc *d, const pr_token *t)
{
    return t->kind == PR_TOK_WORD ? pr_tok_class(T->qlab, d, t) : 0;
}

/* Do the quote marks opening at open_pos around text[a..b) hold a name rather than words someone
 * said (data/quotelabels)? A title or a nickname ("le film « … »", "dubbed “…”"), a charge ("une
 * plainte pour « faux et usage de faux »", "charged with “…”"), another right after one ("et
 * « atteinte au système … »": label_close is where the previous label closed, 0 if none), or a
 * short capitalized phrase after an article ('le "Che Guevara de la finance"'). */
static bool quoted_label(const lang_tabs *T, const precis_doc *d, size_t a, size_t b, size_t open_pos,
                         size_t label_close)
{
    if (!T->qlab || !d->n_sents) return false;
    size_t jo = find_tok(d, open_pos), s0 = d->sents[find_sent(d, open_pos)].tok0;
    if (label_close && label_close <= open_pos && jo > s0 && d->toks[s0].start < label_close) {
        /* in the same sentence, joined by a comma or a conjunction alone */
        size_t j = find_tok(d, label_close);
        bool joined = j < jo;
        for (; j < jo && joined; j++) joined = tok_char(d, &d->toks[j], ',') || qlab_kind(T, d, &d->toks[j]) == 'j';
        if (joined) return true;
    }
    if (jo <= s0) return false;
    size_t ja = find_tok(d, a), jb = find_tok(d, b);
    bool cap = ja < jb && (d->toks[ja].flags & PR_TF_CAP);
    const pr_token *p1 = &d->toks[jo - 1], *p2 = jo - 1 > s0 ? &d->toks[jo - 2] : NULL;
    bool art = word_of(T->def, d, p1) || (pr_tok_apostrophe(d, p1) && p2 && word_of(T->def, d, p2));
    char k1 = qlab_kind(T, d, p1), k2 = p2 ? qlab_kind(T, d, p2) : 0;
    if (k1 == 't' || (k1 == 'n' && cap)) return true;
    if (p2 && (art || tok_char(d, p1, ':') || k1 == 'f') && (k2 == 't' || (k2 == 'n' && cap))) return true;
    /* in title case: every word of four letters or more capitalized but function words, not all
     * in capitals ("Orange Is the New Black", "Dreaming with a Broken Heart", not "NO! I MUST
     * STAY") */
    size_t longw = 0;
    bool title = jb - ja <= 14;
    for (size_t j = ja; j < jb && title; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind != PR_TOK_WORD || cp_count(d->text + t->start, t->end - t->start) < 4 ||
            in_capitals_n(d->text + t->start, t->end - t->start) || ((t->flags & PR_TF_STOP) && !(t->flags & PR_TF_CAP)))
            continue;
        longw++;
        title = (t->flags & PR_TF_CAP) != 0;
    }
    if (title && longw >= 2) return true;
    size_t jf = k1 == 'f' ? jo - 1 : p2 && pr_tok_apostrophe(d, p1) && k2 == 'f' ? jo - 2 : 0;
    for (size_t j = jf, n = 0; jf && j > s0 && n < 20; j--, n++) {
        const pr_token *t = &d->toks[j - 1];
        if (tok_punct(t) && !pr_tok_apostrophe(d, t)) break;
        if (qlab_kind(T, d, t) == 'c') return true;
    }
    return art && cap && pr_count_words(d->text + a, b - a) <= 6;
}

/* The speaker named in an incise inside quote [a, b): a comma, then within a few words a verb of
 * saying (alone or after an auxiliary), then a comma or a full stop (« …, a-t-elle indiqué. … »,
 * « …, dit-il, … », « …, raconte son amie Anne-Colombe. … »). True when the incise names the
 * speaker (written to q); *pronoun when it has only a subject pronoun ("elle"), for the caller
 * to resolve (*pron_out: what that pronoun tells, pron_flags()). */
#define INCISE_TOKENS 9
/* An incise of attribution inside quote tokens [from, jb): the comma opening it (c), the comma or
 * full stop closing it (e), its verb (v); whether a subject pronoun stands for the speaker (pron;
 * imp: an impersonal one; flags: what it tells, pron_flags()). */
typedef struct incise { size_t c, e, v; bool pron, imp; int flags; } incise;

/* The first incise of attribution in quote tokens [from, jb): a comma, then within a few words a
 * verb of saying (alone or after an auxiliary), then a comma or a full stop (« …, a-t-elle
 * indiqué. … », « …, dit-il, … », « …, raconte son amie Anne-Colombe. … »). False when none. */
static bool find_incise(const lang_tabs *T, const precis_doc *d, size_t from, size_t jb, bool guillemets, incise *out)
{
    for (size_t c = from; c + 1 < jb; c++) {
        if (!tok_char(d, &d->toks[c], ',')) continue;
        size_t e = c + 1;
        while (e < jb && e <= c + INCISE_TOKENS && !(tok_punct(&d->toks[e]) && !tok_char(d, &d->toks[e], '-'))) e++;
        if (e >= jb || !(tok_char(d, &d->toks[e], ',') || tok_char(d, &d->toks[e], '.'))) continue;
        const pr_token *t0 = &d->toks[c + 1];
        bool verb0 = attrib_kind(T, d, t0) == 'v';
        if (!(verb0 || before_verb(T, d, t0))) continue;
        /* a past participle alone is an apposition: "le fichier, appelé Edvige, contiendra"
         * (data/attrib kind z: its endings) */
        if (verb0 && ending_accented(T->attrib, d, t0, 'z', 3) &&
            !(c + 2 < e && tok_char(d, &d->toks[c + 2], '-')))
            continue;
        incise in = {c, e, SIZE_MAX, false, false, 0};
        for (size_t j = c + 1; j < e && in.v == SIZE_MAX; j++) {
            const pr_token *t = &d->toks[j];
            char k = attrib_kind(T, d, t);
            if (k == 'r') {
                in.pron = true;
                in.imp = in.imp || tok_has_kind(T->attrib, d, t, 'i');
                in.flags |= pron_flags(T, d, t);
            }
            if (k == 'v' && reflexive(T, d, j)) k = 0;
            if (k != 'v') continue;
            in.v = j;
            if (!in.pron && inverted_pronoun(T, d, j, e, &in.imp, &in.flags)) in.pron = true;
        }
        /* English closes its quotes before the attribution ('"…," she said'): inside “ ” or " ",
         * an incise needs a language that writes them there (data/attrib: the entry "quote
         * incise", French) or a verb inverted with its pronoun ("poursuit-il", "a-t-elle dit") */
        bool inverted = false;
        for (size_t j = c + 1; j < e && !inverted; j++) inverted = tok_char(d, &d->toks[j], '-');
        if (in.v == SIZE_MAX || (!guillemets && !inverted && !pr_table_get(T->attrib, "quote incise", 12))) continue;
        *out = in;
        return true;
    }
    return false;
}

/* The speaker named in an incise inside quote [a, b) (find_incise()). True when the incise names
 * the speaker (written to q); *pronoun when it has only a subject pronoun ("elle"), for the caller
 * to resolve (*pron_out: what that pronoun tells, pron_flags()). */
static bool incise_speaker(pr_facts *F, const lang_tabs *T, size_t di, size_t a, size_t b, bool guillemets,
                           pr_quote *q, bool *pronoun, int *pron_out)
{
    const precis_doc *d = F->story->docs[di];
    size_t ja = find_tok(d, a), jb = find_tok(d, b);
    incise in;
    for (size_t from = ja; find_incise(T, d, from, jb, guillemets, &in); from = in.c + 1) {
        if (in.pron && !in.imp) {
            *pronoun = true;
            *pron_out = in.flags;
            q->human = (in.flags & PRON_HUMAN) != 0;
            return false;
        }
        speaker_after(F, T, di, in.v, in.e, in.imp, q->speaker, sizeof q->speaker);
        if (q->speaker[0]) return true;
    }
    return false;
}

/* The agent of a noun of saying among tokens [j0, j1) (data/attrib kind l, then a joining word
 * of kind j and a name): "la condamnation par Paris d'une opération", "les critiques de
 * Washington", "a warning from Moscow". Any entity, a place too: there it stands for its
 * government. NULL when there is none. */
static const char *agent_of_saying(const pr_facts *F, const lang_tabs *T, size_t di, size_t j0, size_t j1)
{
    const precis_doc *d = F->story->docs[di];
    for (size_t j = j0; j + 2 < j1; j++) {
        if (d->toks[j].kind != PR_TOK_WORD || !tok_has_kind(T->attrib, d, &d->toks[j], 'l') ||
            !tok_has_kind(T->attrib, d, &d->toks[j + 1], 'j'))
            continue;
        size_t n0 = j + 2;
        if (n0 < j1 && pr_tok_apostrophe(d, &d->toks[n0])) n0++; /* "d'Ankara" */
        size_t n1 = n0;
        while (n1 < j1 && n1 < n0 + 6 && (cap_word(d, &d->toks[n1]) || (n1 > n0 && tok_char(d, &d->toks[n1], '-'))))
            n1++;
        if (n1 > n0) return entity_in(F, di, d->toks[n0].start, d->toks[n1 - 1].end);
    }
    return NULL;
}

/* A line opening on a noun of saying and ending on the colon that introduces a quote: its agent
 * after a joining word (kind j), past a few words that qualify the noun ("Réponse lapidaire, ce
 * mercredi, du haut dignitaire tibétain :", "Reaction from the White House:"). Writes the
 * speaker to out and returns true when the line is so. */
#define SAYING_LINE 16 /* tokens of such a line */
static bool saying_line(const pr_facts *F, const lang_tabs *T, size_t di, const pr_sent *ps, char *out, size_t cap)
{
    const precis_doc *d = F->story->docs[di];
    size_t j = ps->tok0;
    while (j < ps->tok1 && tok_punct(&d->toks[j])) j++;
    if (j >= ps->tok1 || ps->tok1 - j > SAYING_LINE || !tok_has_kind(T->attrib, d, &d->toks[j], 'l')) return false;
    size_t colon = ps->tok1 - 1;
    if (!tok_char(d, &d->toks[colon], ':')) return false;
    for (size_t k = j + 1; k + 1 < colon; k++) {
        if (d->toks[k].kind != PR_TOK_WORD || !tok_has_kind(T->attrib, d, &d->toks[k], 'j')) continue;
        size_t n0 = k + 1;
        if (pr_tok_apostrophe(d, &d->toks[n0])) n0++; /* "d'Ankara" */
        if (n0 >= colon) return false;
        const char *who = entity_in(F, di, d->toks[n0].start, d->toks[colon - 1].end);
        if (who) snprintf(out, cap, "%s", who);
        else speaker_phrase(F, T, di, n0, colon, out, cap);
        return out[0] != 0;
    }
    return false;
}

/* Does sentence s end on a colon (spaces after it aside)? */
static bool colon_end(const precis_doc *d, const pr_sent *s)
{
    size_t k = visible_end(d->text, s->start, s->end);
    return k > s->start && d->text[k - 1] == ':';
}

/* The speaker a verb of saying or a preposition of attribution names in tokens [from, from + lim)
 * of the sentence ending at send_tok, after a quote ("», a déclaré X", "a-t-il averti", "selon X",
 * '” X said' when `between`); true when the search is over, q->speaker set or, after a pronoun,
 * left as pronoun_speaker() found it. */
static bool speaker_from(pr_facts *F, const lang_tabs *T, size_t di, pr_quote *q, size_t from, size_t lim,
                         size_t send_tok, bool between, bool tail, size_t ss, size_t open_pos,
                         const char *prev_speaker, size_t prev_close)
{
    const precis_doc *d = F->story->docs[di];
    bool pronoun = false, impersonal = false; /* "on": data/attrib kind i */
    bool subject = false;                     /* a clause of its own opened before the verb */
    int pron = 0;                             /* what the pronoun tells: pron_flags() */
    for (size_t j = from, n = 0; j < send_tok && n < lim; j++, n++) {
        const pr_token *t = &d->toks[j];
        /* a full stop inside the sentence is an abbreviation's ("Mr. Zuckerberg said") */
        if (tok_punct(t) && ((tok_char(d, t, '.') && j + 1 >= send_tok) || !strcmp(pr_tok_lower(d, t), "\xc2\xab"))) break;
        char k = attrib_kind(T, d, t);
        /* an article, a relative pronoun or a conjunction between a quoted phrase and the verb,
         * no comma after it (« … » dont la mission a proposé la création, « … » et propose des
         * aménagements): the verb's subject stands before it, and the words after it are its
         * object, no speaker */
        if (!between && !tail && d->toks[j].kind == PR_TOK_WORD &&
            (k == 'd' || k == 't' || tok_has_kind(T->attrib, d, t, 'Q') || tok_has_kind(T->attrib, d, t, 'K')))
            subject = true;
        if (tok_char(d, t, ',')) subject = false; /* "… » de la banque, a annoncé X": an incise */
        if (subject && k == 'v') continue;
        /* a verb of saying after an article is a noun: "”, one of the notes read" */
        if (k == 'v' && j > from && noun_after_article(T, d, j)) continue;
        if (k == 'r') pronoun = true;
        if (k == 'r' && tok_has_kind(T->attrib, d, t, 'i')) impersonal = true;
        if (k == 'r') pron |= pron_flags(T, d, t);
        if (k == 'v' && reflexive(T, d, j)) k = 0;
        if (k == 'v' && !pronoun && inverted_pronoun(T, d, j, send_tok, &impersonal, &pron)) pronoun = true;
        if (k == 'v' || k == 'p') {
            if (k == 'p' && j + 1 < send_tok && tok_has_kind(T->attrib, d, &d->toks[j + 1], 'j')) j++; /* "according to" */
            /* "», a-t-on assuré à l'Élysée", "», peut-on lire dans le communiqué de la présidence":
             * the place or the text after the verb; "», pouvait-on lire.": the one before */
            if (impersonal) {
                /* after the pronoun glued to the verb: "», assure-t-on dans l'entourage de X" */
                size_t vj = j;
                while (vj + 1 < send_tok && vj < j + 4 && d->toks[vj + 1].start == d->toks[vj].end &&
                       (tok_char(d, &d->toks[vj + 1], '-') || tok_char(d, &d->toks[vj], '-')))
                    vj++;
                speaker_after(F, T, di, vj, send_tok, true, q->speaker, sizeof q->speaker);
                if (q->speaker[0]) return true;
            }
            if (pronoun) {
                pronoun_speaker(F, T, di, ss, open_pos, prev_speaker, prev_close, pron, q->speaker, sizeof q->speaker);
                q->human = (pron & PRON_HUMAN) != 0; /* checked once the entities are typed (human_speakers) */
                return true;
            }
            if (k == 'v' && between) speaker_between(F, T, di, from, j, q->speaker, sizeof q->speaker);
            if (q->speaker[0]) return true;
            /* "…, told Reuters": the listener; the subject came before the comma */
            if (tail && tok_has_kind(T->attrib, d, t, 'O')) return false;
            speaker_after(F, T, di, j, send_tok, false, q->speaker, sizeof q->speaker);
            if (q->speaker[0]) return true;
        }
    }
    return false;
}

/* A new quote of words [a, b) of document di, no speaker yet, listed (dup_of none); NULL when
 * out of memory. */
static pr_quote *new_quote(pr_facts *F, size_t di, size_t a, size_t b)
{
    if (!PR_GROW(F->quotes, F->capquotes, F->nquotes + 1)) return NULL;
    pr_quote *q = &F->quotes[F->nquotes++];
    memset(q, 0, sizeof *q);
    q->doc = di;
    q->start = (uint32_t)a;
    q->end = (uint32_t)b;
    q->dup_of = UINT32_MAX;
    return q;
}

/* A credit after a dash ends the quote's sentence, as a roundup of reactions writes it: '"It's a
 * very tough draw" - Ken Merrett, Manchester United secretary.', '"…" - Arsenal vice chairman
 * David Dein.' The dash (spaced) follows the closing mark at token jc; the words up to a comma
 * are a name alone or a title ending on one (name_only(), lower_title()), the rest up to the
 * sentence's end (send_tok) a short description without a verb of saying. */
#define CREDIT_TOKENS 14
static bool dash_credit(pr_facts *F, const lang_tabs *T, size_t di, pr_quote *q, size_t jc, size_t send_tok)
{
    const precis_doc *d = F->story->docs[di];
    if (jc + 2 >= send_tok || send_tok - jc > CREDIT_TOKENS || !tok_punct(&d->toks[jc])) return false;
    const pr_token *t = &d->toks[jc];
    size_t p = t->start;
    int32_t c = pr_utf8_next(d->text, t->end, &p);
    if (!pr_cp_is_dash(c) || p != t->end || jc == 0 || t->start == d->toks[jc - 1].end || t->end == d->toks[jc + 1].start)
        return false;
    size_t j0 = jc + 1, j1 = j0, end = send_tok;
    if (end > j0 && tok_char(d, &d->toks[end - 1], '.')) end--;
    while (j1 < end && !tok_char(d, &d->toks[j1], ',')) j1++;
    if (j1 == j0 || !cap_word(d, &d->toks[j0])) return false;
    for (size_t k = j0; k < end; k++) {
        char ak = attrib_kind(T, d, &d->toks[k]);
        if (ak == 'v' || ak == 'r') return false;
    }
    if (!name_only(T, d, j0, j1) && !lower_title(T, d, j0, j1)) return false;
    speaker_phrase(F, T, di, j0, j1, q->speaker, sizeof q->speaker);
    return q->speaker[0] != 0;
}

#define SPEAKER_LINE_TOKENS 8
#define INCISE_TAIL 3        /* words after an incise's comma that end its sentence: "en juillet" */
#define APPOSITION_TOKENS 16 /* an apposition after an incise's name: "un rameur de l'équipe de France" */
#define TAIL_INCISE 18
static precis_status add_quote(pr_facts *F, size_t di, size_t a, size_t b, size_t open_pos, size_t close_end,
                               const char *prev_speaker, size_t prev_close)
{
    const precis_doc *d = F->story->docs[di];
    lang_tabs T = tabs_for(F, d);
    if (F->nquotes >= PR_FACTS_MAX_QUOTES) return PRECIS_OK;
    if (pr_count_words(d->text + a, b - a) < 4) return PRECIS_OK;
    pr_quote *q = new_quote(F, di, a, b);
    if (!q) return PRECIS_ERR_NOMEM;
    bool guillemets = (unsigned char)d->text[open_pos] == 0xC2 && (unsigned char)d->text[open_pos + 1] == 0xAB;
    /* an incise of attribution inside the quote is no part of what was said: it is shown without
     * it, from its opening comma to the full stop that ends it (« Nous étions levés à cinq heures,
     * a-t-elle indiqué. Ils … » shows "Nous étions levés à cinq heures. Ils …"), or with both its
     * commas ("Cela, a-t-il souligné, ne tient pas debout" shows "Cela ne tient pas debout") */
    incise in;
    size_t jqb = find_tok(d, b);
    if (find_incise(&T, d, find_tok(d, a), jqb, guillemets, &in)) {
        size_t e = in.e;
        /* a name in apposition after the speaker's ("explique François Soulage, président du
         * Secours catholique, Edvige prévoit", "explique Erwan Péron, un rameur …."): the incise
         * ends after it, at the next comma or full stop, or is left in when there is none */
        if (tok_char(d, &d->toks[e], ',') && cap_word(d, &d->toks[e - 1]) && e + 1 < jqb &&
            (is_article(&T, d, &d->toks[e + 1]) || ent_kind(&T, d, &d->toks[e + 1]) == 'r')) {
            size_t k = e + 1;
            while (k < jqb && k <= e + APPOSITION_TOKENS && !tok_char(d, &d->toks[k], ',') && !tok_char(d, &d->toks[k], '.')) k++;
            e = k < jqb && k <= e + APPOSITION_TOKENS ? k : SIZE_MAX;
        }
        /* a few words between its closing comma and a full stop are the incise's ("confiait-elle,
         * en juillet."): it ends there */
        if (e != SIZE_MAX && tok_char(d, &d->toks[e], ',')) {
            size_t k = e + 1;
            while (k < jqb && k <= e + INCISE_TAIL && !tok_punct(&d->toks[k])) k++;
            if (k < jqb && k <= e + INCISE_TAIL && tok_char(d, &d->toks[k], '.')) e = k;
        }
        if (e != SIZE_MAX) {
            q->gap0 = d->toks[in.c].start;
            q->gap1 = tok_char(d, &d->toks[e], ',') ? d->toks[e].end : d->toks[e].start;
        }
    }
    size_t se = find_sent(d, close_end > 0 ? close_end - 1 : 0);
    size_t ss = find_sent(d, open_pos);
    size_t send_tok = d->n_sents ? d->sents[se].tok1 : 0;
    /* a question or a cry closing its sentence, and the speaker in a short one after it on the
     * same line: the splitter cut '"Where am I going wrong here?" O'Reilly asked.' in two */
    size_t jc = find_tok(d, close_end), vb = visible_end(d->text, a, b);
    if (jc >= send_tok && se + 1 < d->n_sents && vb > a && (d->text[vb - 1] == '?' || d->text[vb - 1] == '!') &&
        d->sents[se + 1].tok1 - d->sents[se + 1].tok0 <= SPEAKER_LINE_TOKENS &&
        same_para(d, close_end, d->sents[se + 1].start))
        send_tok = d->sents[se + 1].tok1;
    /* after the quote: "», a déclaré X", "a-t-il averti", "selon X" */
    /* a whole utterance ('“…,” X said', '« … », a dit X') may name its speaker before the verb,
     * after an apposition ('Mark Zuckerberg, Facebook's chief executive, wrote') */
    bool utter = ends_utterance(d, b) ||
                 (jc < send_tok && tok_char(d, &d->toks[jc], ',') && pr_count_words(d->text + a, b - a) >= 8);
    size_t span = utter ? 16 : 8;
    /* then an incise ending the sentence, its last comma at most TAIL_INCISE tokens from its end
     * and past the quote ('« Je crois de moins en moins » à la volonté du gouvernement chinois de
     * négocier …, a-t-il déclaré', '"…", la loi Leonetti, "…", a poursuivi l'archevêque'): read
     * once the words before the quote name no speaker. 18 tokens hold a verb, a name and where it
     * was said (", a déclaré Guillaume Didier lors de son point de presse hebdomadaire."); at 24,
     * the incise of another clause comes in ("… on the Senate floor") */
    size_t tail = 0;
    for (size_t j = send_tok; j > jc + 1 && send_tok - j < TAIL_INCISE && !tail; j--)
        if (tok_char(d, &d->toks[j - 1], ',')) tail = j;
    if (dash_credit(F, &T, di, q, jc, send_tok)) return PRECIS_OK;
    if (speaker_from(F, &T, di, q, jc, span, send_tok, utter, false, ss, open_pos, prev_speaker, prev_close))
        return PRECIS_OK;
    /* an incise inside the quote, as French writes it: « Nous étions levés à cinq heures,
     * a-t-elle indiqué. Ils … », « …, raconte son amie Anne-Colombe. … » */
    bool incise_pronoun = false;
    int incise_pron = 0;
    if (incise_speaker(F, &T, di, a, b, guillemets, q, &incise_pronoun, &incise_pron)) return PRECIS_OK;
    /* before the quote, in its sentence (after a previous quote of that sentence) */
    size_t from = d->n_sents ? d->sents[ss].start : 0;
    if (prev_close > from && prev_close <= open_pos) from = prev_close;
    size_t j0 = find_tok(d, from), j1 = find_tok(d, open_pos);
    if (narrative_infinitive(F, &T, di, j0, j1, prev_speaker, q->speaker, sizeof q->speaker)) return PRECIS_OK;
    int spron = 0;
    if (speaker_before(F, &T, di, j0, j1, prev_speaker, q->speaker, sizeof q->speaker, &spron)) {
        /* a pronoun subject and no one speaking before: whom it stands for ("Jérôme Kerviel avait
         * déjà évoqué ces prises de positions. ¶ Il avait alors souligné qu'il s'agissait de « … »") */
        if (!q->speaker[0] && (spron & PRON_ONE)) {
            /* an incise ending the sentence names the source first, right after the quote too ('he
             * told police he wanted to attack "…", AFP said') */
            size_t t0 = tail ? tail : jc < send_tok && tok_char(d, &d->toks[jc], ',') ? jc : 0;
            if (t0 && speaker_from(F, &T, di, q, t0, send_tok - t0, send_tok, true, true, ss, open_pos, prev_speaker,
                                   prev_close) && q->speaker[0])
                return PRECIS_OK;
            q->speaker[0] = 0;
            pronoun_speaker(F, &T, di, ss, open_pos, prev_speaker, prev_close, spron, q->speaker, sizeof q->speaker);
            q->human = (spron & PRON_HUMAN) != 0;
        }
        return PRECIS_OK;
    }
    if (incise_pronoun) { /* "a-t-elle indiqué": the one speaking before */
        pronoun_speaker(F, &T, di, ss, open_pos, prev_speaker, prev_close, incise_pron, q->speaker, sizeof q->speaker);
        return PRECIS_OK;
    }
    /* an incise ending the sentence, beyond the span read after the quote */
    if (tail && speaker_from(F, &T, di, q, tail, send_tok - tail, send_tok, true, true, ss, open_pos, prev_speaker, prev_close))
        return PRECIS_OK;
    /* a second quote of the same sentence keeps the speaker; else the entity named before */
    if (prev_close > d->sents[ss].start && prev_speaker && *prev_speaker) {
        snprintf(q->speaker, sizeof q->speaker, "%s", prev_speaker);
        return PRECIS_OK;
    }
    /* a quote opening its sentence right after the sentence that ends an attributed quote goes on
     * with that speaker: in the same paragraph ('"Security was our major concern," he said. "But
     * we were caught off guard."'), or in the next one when the quote is its whole sentence, as
     * news writing runs a speaker's quotes paragraph after paragraph ('"…," said Spain coach
     * Fernando Hierro. ¶ "It is extremely fortunate for whichever team has him …"'; not a heading
     * in quote marks, whole_utterance()) */
    if (F->nquotes >= 2 && ss > 0 && open_pos <= d->sents[ss].start + 3) {
        const pr_quote *pq = &F->quotes[F->nquotes - 2];
        const pr_sent *ps = &d->sents[ss - 1];
        if (pq->doc == di && pq->speaker[0] && pq->end > ps->start && pq->end <= ps->end &&
            (same_para(d, ps->end, d->sents[ss].start) || whole_utterance(d, a, b, close_end, d->sents[se].end))) {
            snprintf(q->speaker, sizeof q->speaker, "%s", pq->speaker);
            q->human = pq->human;
            return PRECIS_OK;
        }
    }
    /* a quote opening its sentence after one that ends on a colon: that sentence introduces it,
     * with a verb of saying ("Delynn said he did not urinate in the water:", "répond une
     * porte-parole :") or, in a short line, with the name alone ("Conservative radio host Laura
     * Ingraham:"); only a person counts there ("WATCH:", "the Silk Road:") */
    if (ss > 0 && open_pos <= d->sents[ss].start + 3 && colon_end(d, &d->sents[ss - 1])) {
        const pr_sent *ps = &d->sents[ss - 1];
        if (speaker_before(F, &T, di, ps->tok0, ps->tok1, prev_speaker, q->speaker, sizeof q->speaker, NULL) && q->speaker[0])
            return PRECIS_OK;
        q->speaker[0] = 0;
        const char *who = ps->tok1 - ps->tok0 <= 14 ? person_in(F, di, ps->start, ps->end) : NULL;
        if (who) { snprintf(q->speaker, sizeof q->speaker, "%s", who); return PRECIS_OK; }
        if (saying_line(F, &T, di, ps, q->speaker, sizeof q->speaker)) return PRECIS_OK;
    }
    /* a quote opening its sentence right after a sentence of its paragraph whose subject, a
     * person, says something: "Dottie Sandusky also wrote of her disappointment, saying she has
     * lost faith in the police. "To think that they can lie …"" */
    if (ss > 0 && open_pos <= d->sents[ss].start + 3 && prev_close <= d->sents[ss - 1].start &&
        same_para(d, d->sents[ss - 1].end, d->sents[ss].start)) {
        const pr_sent *ps = &d->sents[ss - 1];
        char buf[128] = "";
        if (speaker_before(F, &T, di, ps->tok0, ps->tok1, NULL, buf, sizeof buf, NULL) && buf[0]) {
            /* the person the sentence opens on, its subject, before the subject of a later verb
             * ("Mackinnon, a former actor …, said Magnotta asked him how …") */
            const char *who = opening_person(F, &T, di, ps);
            if (!who && named_type(F, buf) == PR_ENT_PERSON) who = buf;
            if (who) {
                snprintf(q->speaker, sizeof q->speaker, "%s", who);
                return PRECIS_OK;
            }
        }
    }
    /* no verb of saying: the agent of a noun of saying (agent_of_saying()), else the first
     * person named before the quote in its sentence ("Emma Norton, the head of legal casework at
     * Liberty, which intervened in the case, said:"), else the nearest organization ("le Quai
     * d'Orsay avait « condamné … »"); a place or another name there is more often what the quote
     * is about ("Le fichier Edvige … permet … « susceptible de porter atteinte à l'ordre public »",
     * "in English and Hebrew, including messages such as “Have you gone mad?”") than its source */
    const char *ent = agent_of_saying(F, &T, di, j0, j1);
    if (ent) {
        snprintf(q->speaker, sizeof q->speaker, "%s", ent);
        return PRECIS_OK;
    }
    ent = j1 > j0 ? person_in(F, di, d->toks[j0].start, d->toks[j1 - 1].end) : NULL;
    for (size_t j = j1; j > j0 && !ent; j--)
        if (cap_word(d, &d->toks[j - 1]) && !(d->toks[j - 1].flags & PR_TF_SENT0)) {
            const pr_ent *e = entity_in_(F, di, d->toks[j - 1].start, d->toks[j - 1].end, false);
            if (e && e->type == PR_ENT_ORG) ent = e->name;
        }
    if (ent) snprintf(q->speaker, sizeof q->speaker, "%s", ent);
    return PRECIS_OK;
}

static int32_t cp_at(const char *t, size_t n, size_t i, size_t *next)
{
    size_t k = i;
    int32_t c = pr_utf8_next(t, n, &k);
    *next = k;
    return c;
}

/* Does a quotation mark at t[i] open speech rather than a title: at its paragraph's start p, after
 * a mark (a full stop, a colon, a comma), in a sentence with a verb of saying before it ("said
 * there was “…"), or after a conjunction ("that": data/attrib kinds v and Q); not after another
 * word with none ('pushed back at a question on ABC's "This Week')? */
static bool opens_speech(const lang_tabs *T, const char *t, size_t p, size_t i)
{
    size_t b = i;
    while (b > p && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    if (b == p) return true;
    unsigned char last = (unsigned char)t[b - 1];
    if (last < 0x80 && !((last | 0x20) >= 'a' && (last | 0x20) <= 'z') && !(last >= '0' && last <= '9')) return true;
    /* the words before it in its sentence: a verb of saying among them ('said there was “…'),
     * or a conjunction right before it */
    for (bool first = true; b > p; first = false) {
        size_t a = b;
        while (a > p && t[a - 1] != ' ' && t[a - 1] != '\t') a--;
        char key[64];
        size_t kn = pr_fold(t + a, b - a, key, sizeof key);
        while (kn && (key[kn - 1] == ',' || key[kn - 1] == ';')) kn--;
        const char *k = kn ? pr_table_get(T->attrib, key, kn) : NULL;
        if (k && (k[0] == 'v' || (first && strchr(k, 'Q')))) return true;
        if (kn && (key[kn - 1] == '.' || key[kn - 1] == '!' || key[kn - 1] == '?')) break; /* the sentence before */
        b = a;
        while (b > p && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    }
    return false;
}

/* An embedded post on its own line ("Sorry if I caused any offence to anyone. — Judy Mozes
 * (@JudyMozes) June 21, 2015", pr_post_signature()): its words are a quote, the name between the
 * dash and the handle its speaker. Links at its end ("https://t.co/…", "pic.twitter.com/…") are
 * no words of it. */
#define POST_NAME_MAX 80
/* The person the story names text[a..b) of document di for, written as a post signs it
 * ("Donald J. Trump"): the keys name_keys() gives the words there (a middle initial left out),
 * looked up; NULL when the story names no such person. */
static const pr_ent *person_named(const pr_facts *F, size_t di, size_t a, size_t b)
{
    const precis_doc *d = F->story->docs[di];
    lang_tabs T = tabs_for(F, d);
    size_t j0 = find_tok(d, a), j1 = j0;
    while (j1 < d->n_toks && d->toks[j1].end <= b) j1++;
    char full[96], last[96];
    name_keys(&T, d, j0, j1, full, last);
    uint32_t e = full[0] ? ent_by_full(F, full) : UINT32_MAX;
    const pr_ent *r = e != UINT32_MAX ? root_ent(F, e) : NULL;
    return r && r->type == PR_ENT_PERSON ? r : NULL;
}

static precis_status post_quote(pr_facts *F, size_t di, size_t p, size_t pe)
{
    const precis_doc *d = F->story->docs[di];
    const char *t = d->text;
    size_t at;
    if (F->nquotes >= PR_FACTS_MAX_QUOTES || !pr_post_signature(t, p, pe, &at)) return PRECIS_OK;
    size_t dash = SIZE_MAX;
    for (size_t k = at; k >= p + 3 && at - k < POST_NAME_MAX; k--)
        if (!memcmp(t + k - 3, "\u2014", 3)) { dash = k - 3; break; }
    if (dash == SIZE_MAX) return PRECIS_OK;
    size_t n0 = dash + 3, n1 = at;
    while (n0 < n1 && t[n0] == ' ') n0++;
    while (n1 > n0 && t[n1 - 1] == ' ') n1--;
    size_t j = n0;
    if (n1 == n0 || n1 - n0 >= sizeof F->quotes[0].speaker || !pr_cp_is_upper(pr_utf8_next(t, n1, &j))) return PRECIS_OK;
    size_t a = p, b = dash;
    for (;;) { /* the links that end it */
        while (b > a && t[b - 1] == ' ') b--;
        size_t w = b;
        while (w > a && t[w - 1] != ' ') w--;
        if ((b - w >= 4 && !memcmp(t + w, "http", 4)) || (b - w >= 16 && !memcmp(t + w, "pic.twitter.com/", 16))) b = w;
        else break;
    }
    while (a < b && t[a] == ' ') a++;
    if (pr_count_words(t + a, b - a) < 4 || b - a > PR_FACTS_MAX_QUOTE_BYTES) return PRECIS_OK;
    pr_quote *q = new_quote(F, di, a, b);
    if (!q) return PRECIS_ERR_NOMEM;
    /* the signature's name, or the person of the story it names, as the story writes it */
    const pr_ent *who = person_named(F, di, n0, n1);
    if (who) snprintf(q->speaker, sizeof q->speaker, "%s", who->name);
    else snprintf(q->speaker, sizeof q->speaker, "%.*s", (int)(n1 - n0), t + n0);
    return PRECIS_OK;
}

/* The kinds data/attrib gives a speaker of one word (its articles aside: "ce dernier", "le
 * texte"), else NULL. */
static const char *one_word_kinds(const lang_tabs *T, const char *speaker)
{
    return speaker[0] && !strchr(speaker, ' ') ? word_kinds(T->attrib, speaker, strlen(speaker)) : NULL;
}

/* A speaker that stands for one named before. "ajoute ce dernier", "the latter said" (data/attrib
 * kind L): the last person named before the quote, in its sentence or the STAND_IN_SENTS before.
 * A written source alone after a quote of the same document whose attribution names a written
 * source (kind w) first: that quote's speaker, whose text it is, when the word is that source's
 * ('", NASA said in a statement. "…," the statement said') or one that refers back to any (kind
 * T: 'écrit le PCF dans un communiqué. « … », ajoute le texte'); not '"…," X said in a
 * statement released with the report. "…," the report said'. Else the speaker is left as found. */
#define STAND_IN_SENTS 2
static void stand_in(pr_facts *F, const lang_tabs *T, size_t di, pr_quote *q, size_t open_pos)
{
    const precis_doc *d = F->story->docs[di];
    const char *kinds = one_word_kinds(T, q->speaker);
    if (!kinds || !d->n_sents) return;
    size_t ss = find_sent(d, open_pos);
    if (strchr(kinds, 'L')) {
        size_t lo = d->sents[ss > STAND_IN_SENTS ? ss - STAND_IN_SENTS : 0].tok0;
        for (size_t j = find_tok(d, open_pos); j > lo; j--) {
            const pr_token *t = &d->toks[j - 1];
            const char *who = cap_word(d, t) ? person_in(F, di, t->start, t->end) : NULL;
            if (who) { snprintf(q->speaker, sizeof q->speaker, "%s", who); return; }
        }
        return;
    }
    if (!strchr(kinds, 'w') || F->nquotes < 2) return;
    const pr_quote *pq = q - 1;
    if (pq->doc != di || !pq->speaker[0] || one_word_kinds(T, pq->speaker)) return;
    size_t ps = find_sent(d, pq->end); /* the sentence of its attribution */
    if (ps + STAND_IN_SENTS < ss) return;
    char self[64];
    size_t sn = pr_fold(q->speaker, strlen(q->speaker), self, sizeof self);
    for (size_t j = find_tok(d, pq->end); j < d->sents[ps].tok1 && d->toks[j].end <= open_pos; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind != PR_TOK_WORD || !tok_has_kind(T->attrib, d, t, 'w')) continue;
        char w[64];
        size_t wn = tok_fold(d, t, w, sizeof w);
        if (strchr(kinds, 'T') || (wn == sn && !memcmp(w, self, wn))) {
            memcpy(q->speaker, pq->speaker, sizeof q->speaker); /* the array whole (snprintf drew a false -Wrestrict: pq is q - 1) */
            q->human = pq->human;
        }
        return;
    }
}

static precis_status quotes_of_doc(pr_facts *F, size_t di)
{
    const precis_doc *d = F->story->docs[di];
    const char *t = d->text;
    size_t n = d->text_len, p = 0;
    char prev[128] = "";
    size_t prev_close = 0, label_close = 0;
    lang_tabs T = tabs_for(F, d);
    char carry[128] = "", carry_next[128] = ""; /* the speaker of a quotation left open */
    while (p < n) {
        size_t pe = p;
        while (pe < n && t[pe] != '\n') pe++;
        if (pe > p) { memcpy(carry, carry_next, sizeof carry); carry_next[0] = 0; }
        precis_status pst = post_quote(F, di, p, pe);
        if (pst) return pst;
        /* closing marks known to be absent from the rest of this paragraph */
        bool none_guil = false, none_curly = false, none_ascii = false;
        size_t i = p;
        while (i < pe) {
            size_t nx;
            int32_t c = cp_at(t, pe, i, &nx);
            int32_t close = 0;
            bool *none = NULL;
            if (c == 0xAB) { close = 0xBB; none = &none_guil; }
            else if (c == 0x201C) { close = 0x201D; none = &none_curly; }
            else if (c == '"') {
                size_t pl = i > p ? pr_utf8_prev_len(t, i) : 0;
                int32_t pc = ' ';
                if (pl) { size_t z; pc = cp_at(t, pe, i - pl, &z); }
                if (pr_cp_is_letter(pc) || pr_cp_is_digit(pc)) { i = nx; continue; }
                close = '"'; none = &none_ascii;
            }
            if (!close || *none) { i = nx; continue; }
            size_t k = nx, cend = 0, cstart = 0;
            int depth = 0; /* guillemets inside guillemets: « Quand X a entonné « Chanter le pays », … » */
            while (k < pe) {
                size_t kn;
                int32_t c2 = cp_at(t, pe, k, &kn);
                if (c == 0xAB && c2 == 0xAB) depth++;
                else if ((c2 == close || (close == 0x201D && c2 == '"')) && depth-- == 0) { cstart = k; cend = kn; break; }
                k = kn;
            }
            /* a quotation that runs on into the next paragraph, which opens on the same mark (the
             * English way of quoting several paragraphs): this part ends with its paragraph. It
             * opens its paragraph or follows a colon, a comma, a verb of saying or "that"; a mark
             * left open after another word is a title's ('on ABC's "This Week: from host …') */
            bool runs_on = false;
            if (!cend) {
                size_t np = pe;
                while (np < n && (t[np] == '\n' || t[np] == ' ' || t[np] == '\r')) np++;
                size_t z;
                runs_on = np > pe && np < n && cp_at(t, n, np, &z) == c && c != 0xAB && opens_speech(&T, t, p, i);
                if (!runs_on) { *none = true; i = nx; continue; }
                cstart = cend = pe;
            }
            size_t a = nx, b = cstart;
            while (a < b && (t[a] == ' ' || (unsigned char)t[a] == 0xC2 || (unsigned char)t[a] == 0xA0 ||
                             (unsigned char)t[a] == 0xE2)) {
                if ((unsigned char)t[a] == 0xE2) { if (a + 2 < b && (unsigned char)t[a + 1] == 0x80 && ((unsigned char)t[a + 2] == 0xAF || (unsigned char)t[a + 2] == 0x89)) a += 3; else break; }
                else a++;
            }
            while (b > a && (t[b - 1] == ' ' || (unsigned char)t[b - 1] == 0xA0 || (unsigned char)t[b - 1] == 0xAF)) {
                if ((unsigned char)t[b - 1] == 0xA0 && b >= 2 && (unsigned char)t[b - 2] == 0xC2) b -= 2;
                else if ((unsigned char)t[b - 1] == 0xAF && b >= 3 && (unsigned char)t[b - 3] == 0xE2) b -= 3;
                else if (t[b - 1] == ' ') b--;
                else break;
            }
            if (b > a && quoted_label(&T, d, a, b, i, label_close)) label_close = cend;
            else if (b > a && b - a <= PR_FACTS_MAX_QUOTE_BYTES) {
                size_t before = F->nquotes;
                precis_status st = add_quote(F, di, a, b, i, cend, prev, prev_close);
                if (st) return st;
                if (F->nquotes > before) {
                    pr_quote *q = &F->quotes[F->nquotes - 1];
                    /* the paragraph that goes on with the quotation the one before left open */
                    if (i == p && carry[0] && !q->speaker[0]) snprintf(q->speaker, sizeof q->speaker, "%s", carry);
                    stand_in(F, &T, di, q, i);
                    if (q->speaker[0]) snprintf(prev, sizeof prev, "%s", q->speaker);
                    prev_close = cend;
                    if (runs_on) snprintf(carry_next, sizeof carry_next, "%s", q->speaker);
                }
            }
            i = cend;
        }
        p = pe + 1;
    }
    return PRECIS_OK;
}

/* Is the word w[0..n) (any case, ASCII letters lowered; an elision's apostrophe at its end left
 * out: "l'") a function word of lang? */
static bool stop_word(const char *lang, const char *w, size_t n)
{
    char low[64];
    size_t ln = 0;
    for (size_t i = 0; i < n && ln + 1 < sizeof low; i++) low[ln++] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    if (ln && low[ln - 1] == '\'') ln--;
    low[ln] = 0;
    return ln && pr_is_stopword(lang, low, ln);
}

/* A speaker found as a phrase that ends on a function word is a piece of a sentence cut at the
 * phrase limit, not someone ("He gave no details of possible measures but", "ces écritures
 * fictives n'ont rien de", "reporters as tears of joy streamed down his"): the quote gets the
 * longest name of the entity list that the piece holds ("La Commission bancaire rappelle que
 * l'ordre avait été donné et" → Commission bancaire), else no speaker rather than one that reads
 * wrong. */
static void piece_speakers(pr_facts *F)
{
    for (size_t i = 0; i < F->nquotes; i++) {
        pr_quote *q = &F->quotes[i];
        if (!q->speaker[0]) continue;
        const char *lang = F->story->docs[q->doc]->lang;
        const char *w = strrchr(q->speaker, ' ');
        if (!w || !stop_word(lang, w + 1, strlen(w + 1))) continue;
        const char *best = NULL;
        for (size_t k = 0; k < F->nents; k++) {
            const pr_ent *e = &F->ents[k];
            if (e->alias || !pr_ent_shown(e) || !pr_span_has(q->speaker, strlen(q->speaker), e->name)) continue;
            if (!best || strlen(e->name) > strlen(best)) best = e->name;
        }
        if (best) memmove(q->speaker, best, strlen(best) + 1);
        else q->speaker[0] = 0;
    }
}

/* ---- repeated quotes ------------------------------------------------------------------------------ */

/* The letters and digits of a quote, lower-cased and without accents, everything else dropped:
 * typography, spacing, punctuation and a re-post's lost accents do not tell copies apart.
 * Caller frees; NULL on OOM. */
static char *quote_key(const pr_facts *F, const pr_quote *q, size_t *len)
{
    const precis_doc *d = F->story->docs[q->doc];
    size_t cap = 2 * (size_t)(q->end - q->start) + 1;   /* "œ" (2 bytes) folds to "oe" */
    char *k = pr_malloc(cap);
    if (!k) return NULL;
    size_t n = 0, i = q->start;
    while (i < q->end) {
        if (i == q->gap0 && q->gap1 > q->gap0) { i = q->gap1; continue; } /* its incise is not said */
        size_t a = i;
        int32_t cp = pr_utf8_next(d->text, q->end, &i);
        if (!pr_cp_is_letter(cp) && !pr_cp_is_digit(cp)) continue;
        char f[16];
        size_t fl = pr_fold(d->text + a, i - a, f, sizeof f);
        if (fl && n + fl < cap) { memcpy(k + n, f, fl); n += fl; }
    }
    k[n] = 0;
    *len = n;
    return k;
}

/* The documents of every listed quote: its own, then those of the quotes merged into it, in
 * quote order, each once (what the brief cites for it). */
static precis_status quote_sources(pr_facts *F)
{
    for (size_t i = 0; i < F->nquotes; i++) {
        const pr_quote *q = &F->quotes[i];
        pr_quote *own = q->dup_of == UINT32_MAX ? &F->quotes[i] : &F->quotes[q->dup_of];
        if (!add_doc(&own->docs, &own->ndocs, &own->capdocs, q->doc)) return PRECIS_ERR_NOMEM;
    }
    return PRECIS_OK;
}

/* The hashes of the pairs of adjacent words of quote q (folded, its incise left out), sorted,
 * each once, to *out (owned by the caller); their count, or SIZE_MAX when out of memory. */
static size_t quote_pairs(const pr_facts *F, const pr_quote *q, uint32_t **out)
{
    const precis_doc *d = F->story->docs[q->doc];
    size_t cap = (q->end - q->start) / 2 + 1, n = 0;
    uint32_t *v = pr_malloc(cap * sizeof *v), prev = 0, cur = PR_WORDLIST_HASH0;
    if (!v) return SIZE_MAX;
    bool inword = false, have_prev = false;
    for (size_t i = q->start; i <= q->end;) {
        if (i == q->gap0 && q->gap1 > q->gap0) { i = q->gap1; continue; }
        size_t a = i;
        int32_t cp = i < q->end ? pr_utf8_next(d->text, q->end, &i) : (i++, ' ');
        bool letter = pr_cp_is_letter(cp) || pr_cp_is_digit(cp);
        if (letter) {
            char f[16];
            size_t fl = pr_fold(d->text + a, i - a, f, sizeof f);
            cur = pr_wordlist_hash_more(cur, f, fl);
            inword = true;
        } else if (cp == '\'' || cp == 0x2019) {
            continue; /* "I'm", "don’t": one word */
        } else if (inword) {
            if (have_prev && n < cap) v[n++] = pr_wordlist_hash_step(prev, ' ') ^ (cur * 2654435761u);
            prev = cur;
            have_prev = true;
            cur = PR_WORDLIST_HASH0;
            inword = false;
        }
    }
    *out = v;
    return pr_u32_uniq(v, n);
}

/* May quotes a and b be one person's: a speaker unknown or told by a description (at this
 * point a raw phrase: "the president", "spokeswoman Krissi Khokhobashvili", "page 14 of the
 * booklet"), or names with the same last word ("Trump", "Donald Trump")? Two names that differ
 * are two voices (one quoting the other, or a speaker read wrong). */
static bool same_voice(const pr_quote *a, const pr_quote *b)
{
    const char *x = a->speaker, *y = b->speaker;
    if (!x[0] || !y[0] || (x[0] >= 'a' && x[0] <= 'z') || (y[0] >= 'a' && y[0] <= 'z')) return true;
    const char *lx = strrchr(x, ' '), *ly = strrchr(y, ' ');
    return !strcmp(lx ? lx + 1 : x, ly ? ly + 1 : y);
}

/* Marks as a copy of a longer quote (len: quote_key() lengths) each quote not yet marked of at
 * least RETOLD_PAIRS word pairs whose RETOLD_SHARE tenths or more are pairs of that quote, said
 * by the same person (same_voice()): the same statement transcribed otherwise by another
 * source, or cut otherwise. */
#define RETOLD_PAIRS 6
#define RETOLD_SHARE 6
static precis_status merge_retold(pr_facts *F, const size_t *len)
{
    size_t n = F->nquotes;
    uint32_t **pairs = pr_calloc(n, sizeof *pairs);
    size_t *np = pr_calloc(n, sizeof *np);
    precis_status rc = PRECIS_ERR_NOMEM;
    if (!pairs || !np) goto out;
    for (size_t i = 0; i < n; i++)
        if ((np[i] = quote_pairs(F, &F->quotes[i], &pairs[i])) == SIZE_MAX) { np[i] = 0; goto out; }
    for (size_t i = 0; i < n; i++) {
        const pr_quote *q = &F->quotes[i];
        if (q->dup_of != UINT32_MAX || np[i] < RETOLD_PAIRS) continue;
        size_t best = SIZE_MAX, bshared = 0;
        for (size_t j = 0; j < n; j++) {
            const pr_quote *r = &F->quotes[j];
            if (j == i || r->dup_of != UINT32_MAX || len[j] < len[i] || (len[j] == len[i] && j > i) || !same_voice(q, r))
                continue;
            size_t m = pr_u32_shared(pairs[i], np[i], pairs[j], np[j]);
            if (m * 10 >= np[i] * RETOLD_SHARE && m > bshared) { best = j; bshared = m; }
        }
        if (best != SIZE_MAX) F->quotes[i].dup_of = (uint32_t)best;
    }
    rc = PRECIS_OK;
out:
    if (pairs) for (size_t i = 0; i < n; i++) pr_free(pairs[i]);
    pr_free(pairs);
    pr_free(np);
    return rc;
}

/* Marks the quotes whose words another quote holds entirely (wire copies of one statement, a
 * short quote inside a longer passage): the brief lists a statement once, with every source
 * that reports it. Each quote is compared with the longer ones; when the story's quotes are so
 * many and so long that this would pass 64 M byte comparisons, only identical ones are merged.
 * Then the same statement transcribed otherwise (merge_retold()). */
static precis_status merge_quotes(pr_facts *F)
{
    size_t n = F->nquotes;
    if (n < 2) return PRECIS_OK;
    char **key = pr_calloc(n, sizeof *key);
    size_t *len = pr_calloc(n, sizeof *len);
    precis_status rc = PRECIS_ERR_NOMEM;
    if (!key || !len) goto out;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        key[i] = quote_key(F, &F->quotes[i], &len[i]);
        if (!key[i]) goto out;
        total += len[i];
    }
    bool contain = total < (size_t)64 * 1024 * 1024 / n;
    for (size_t i = 0; i < n; i++) {
        if (len[i] < 12) continue;                       /* a few words: not worth a claim */
        size_t best = SIZE_MAX;
        for (size_t j = 0; j < n; j++) {
            if (j == i || len[j] < len[i] || F->quotes[j].dup_of != UINT32_MAX) continue;
            if (len[j] == len[i] && j > i) continue;     /* of two identical quotes, the first stays */
            bool in = len[j] == len[i] ? !memcmp(key[i], key[j], len[i])
                                       : contain && strstr(key[j], key[i]) != NULL;
            if (in && (best == SIZE_MAX || len[j] > len[best])) best = j;
        }
        if (best != SIZE_MAX) F->quotes[i].dup_of = (uint32_t)best;
    }
    /* the same statement transcribed otherwise ("he chose to do it during my term in office,
     * because he felt" and "he chose to [retire] during my term in office. He felt"): most of a
     * quote's word pairs in a longer one said by the same person */
    if (contain && (rc = merge_retold(F, len)) != PRECIS_OK) goto out;
    rc = PRECIS_ERR_NOMEM;
    /* a quote marked as a copy of one that is itself a copy points to the one that stays */
    for (size_t i = 0; i < n; i++) {
        uint32_t t = F->quotes[i].dup_of;
        for (int hop = 0; hop < 64 && t != UINT32_MAX && F->quotes[t].dup_of != UINT32_MAX; hop++) t = F->quotes[t].dup_of;
        F->quotes[i].dup_of = t;
    }
    rc = PRECIS_OK;
out:
    if (key) for (size_t i = 0; i < n; i++) pr_free(key[i]);
    pr_free(key);
    pr_free(len);
    return rc;
}

/* ---- driver -------------------------------------------------------------------------------------- */

void pr_facts_free(pr_facts *f)
{
    if (!f) return;
    for (size_t r = 0; r < f->nrows; r++) {
        for (size_t k = 0; k < f->rows[r].nvals; k++) pr_free(f->rows[r].vals[k].docs);
        pr_free(f->rows[r].vals);
    }
    for (size_t e = 0; e < f->nents; e++) pr_free(f->ents[e].docs);
    pr_free(f->rows);
    pr_free(f->figs);
    pr_free(f->ents);
    pr_intern_free(&f->ifull);
    pr_intern_free(&f->lower_all);
    pr_intern_free(&f->ikey);
    pr_free(f->full_ent);
    pr_free(f->key_head);
    pr_free(f->key_tail);
    for (size_t q = 0; q < f->nquotes; q++) pr_free(f->quotes[q].docs);
    pr_free(f->quotes);
    pr_free(f);
}

/* ---- types from the evidence of the whole story ------------------------------------------------ */

/* Is `name` a country or a region of the gazetteers (build/gen/data/places from iso-codes,
 * data/gazetteer by hand), in English or French? Looked up lower-cased. */
static bool in_gazetteer(const char *name)
{
    static const char *const tabs[][2] = {{"places", "en"}, {"places", "fr"}, {"gazetteer", "en"}, {"gazetteer", "fr"}};
    size_t n;
    char *low = pr_utf8_lower(name, strlen(name), &n);
    if (!low) return false;
    bool hit = false;
    /* as written, then with its spaces as hyphens and the other way round ("Côte d'Or" is
     * "Côte-d'Or" in iso-codes) */
    for (int pass = 0; pass < 3 && !hit; pass++) {
        if (pass) {
            bool changed = false;
            for (size_t k = 0; k < n; k++)
                if (low[k] == (pass == 1 ? ' ' : '-')) { low[k] = pass == 1 ? '-' : ' '; changed = true; }
            if (!changed) continue;
        }
        for (size_t i = 0; i < sizeof tabs / sizeof *tabs && !hit; i++)
            hit = pr_wordlist_hasn(pr_wordlist_get(tabs[i][0], tabs[i][1]), low, n);
    }
    pr_free(low);
    return hit;
}

/* Does name[0..len) open with a given name of data/given ("Roger Agnelli", "Jean-Luc Mélenchon"),
 * or of the US Census's (the generated table "census": "Ingrid Betancourt")? */
static const char *given_of(const char *name, size_t len) /* its entry: "m", "f", "x" */
{
    size_t n = 0;
    while (n < len && name[n] != ' ' && name[n] != '-') n++;
    char k[64];
    size_t kn = pr_fold(name, n, k, sizeof k);
    if (!kn) return NULL;
    const char *g = pr_table_get(pr_wordlist_get("given", "all"), k, kn);
    if (g) return g;
    /* the census's names are English words in other uses: not one in capitals ("LEO Payload") or
     * before a hyphen ("Monte-Carlo") */
    bool caps = true;
    for (size_t i = 0; i < n && caps; i++) caps = !(name[i] >= 'a' && name[i] <= 'z');
    if (caps || (n < len && name[n] == '-')) return NULL;
    return pr_table_get(pr_wordlist_get("census", "all"), k, kn);
}

static bool given_first(const char *name, size_t len) { return given_of(name, len) != NULL; }

/* Is a word of the name, the last aside, a given name ("Member Devin Clark")? */
static bool given_inside(const char *name)
{
    for (const char *w = name, *sp; (sp = strchr(w, ' ')); w = sp + 1)
        if (given_first(w, (size_t)(sp - w))) return true;
    return false;
}

/* Is the name a city of the GeoNames gazetteer (the generated table "cities": names of several
 * words, and of one word for large cities)? A name of one word may also be spelled otherwise
 * (its other spellings count); one of several words counts as written ("AC Milan" is no city
 * though "Milan" is one of its spellings). Kept apart from in_gazetteer(): a city's name is also a
 * surname ("Jackson", "Santos"), so it types only an entity nothing else makes a person (retype). */
static bool city_name(const char *name)
{
    const pr_wordlist *wl = pr_wordlist_get("cities", "all");
    if (!wl || !wl->n) return false;
    size_t n;
    char *low = pr_utf8_lower(name, strlen(name), &n);
    if (!low) return false;
    bool hit = pr_wordlist_hasn(wl, low, n);
    pr_free(low);
    return hit;
}

static bool in_cities(const pr_ent *e)
{
    for (int v = -1; v < (e->ntok > 1 ? 0 : (int)e->nvar); v++)
        if (city_name(v < 0 ? e->name : e->variants[v])) return true;
    return false;
}

/* The sex the given name opening `name` says ('m', 'f'), else 0 ("Kim", "Camille", no given name). */
static char given_sex(const char *name)
{
    const char *g = given_of(name, strlen(name));
    return g && (*g == 'm' || *g == 'f') ? *g : 0;
}

/* Share of the name's words that the story also writes in lower case ("Global Conference",
 * "Great Hall"): people's names are not made of common words. */
static bool common_words(const pr_facts *F, const char *name)
{
    int words = 0, common = 0;
    for (const char *p = name; *p;) {
        while (*p == ' ') p++;
        const char *q = p;
        while (*q && *q != ' ') q++;
        if (q > p) {
            words++;
            common += pr_facts_common_word(F, p, (size_t)(q - p));
        }
        p = q;
    }
    return words && common * 2 >= words;
}

/* Is every word of the name a word of the English lexicon in lower case (data table "lexicon",
 * generated from Debian's wamerican: "Great Escape", "Sports Illustrated", "Planned
 * Parenthood")? People's names hold a given name or a surname the dictionary does not have; the
 * ones it has ("Tiger Woods") are kept by the given name, a role or a quote (retype). English
 * names of things are common in other languages' news too ("Human Rights Watch" in French), so
 * the English list serves every story. */
static bool lexicon_words(const char *name)
{
    const pr_wordlist *lex = pr_wordlist_get("lexicon", "en");
    if (!lex || !lex->n) return false;
    for (const char *p = name; *p;) {
        while (*p == ' ') p++;
        size_t n = strcspn(p, " ");
        if (!n) break;
        char low[64];
        size_t k = 0;
        for (; k < n && k < sizeof low; k++) {
            unsigned char c = (unsigned char)p[k];
            if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false; /* initials, hyphens, accents */
            low[k] = (char)(c | 0x20);
        }
        if (k == sizeof low || !pr_wordlist_hasn(lex, low, k)) return false;
        p += n;
    }
    return true;
}

/* The last word of a name ("Northeast China" -> "China"). */
static const char *last_word(const char *name)
{
    const char *sp = strrchr(name, ' ');
    return sp ? sp + 1 : name;
}

/* Is the word the last word of a person of the story named in full ("Santos" and "Juan Manuel
 * Santos", "Jackson" and "Christopher Jackson")? */
static bool surname_of_person(const pr_facts *F, const char *word)
{
    for (size_t k = 0; k < F->nents; k++) {
        const pr_ent *p = &F->ents[k];
        if (p->type == PR_ENT_PERSON && p->ntok > 1 && !strcmp(last_word(p->name), word)) return true;
    }
    return false;
}

/* Does a name of two words or more end on a place's head word (data/entities kind e: "Beverly
 * Hills", "George Washington Bridge", whose given names would make them people), or open on an
 * abbreviated word with its period (kind b: "St. Louis", "Mt. Everest", "Ft. Lauderdale")? */
static bool place_head(const pr_facts *F, const pr_ent *e)
{
    if (e->ntok < 2) return false;
    /* a given name and an initial are a person's ("Jeffrey A. Bridge") */
    const char *sp = strchr(e->name, ' ');
    if (sp && sp[1] >= 'A' && sp[1] <= 'Z' && sp[2] == '.' && sp[3] == ' ' && given_first(e->name, (size_t)(sp - e->name)))
        return false;
    const char *lang = F->lang;
    const pr_wordlist *cues = pr_wordlist_get("entities", lang);
    const char *lw = last_word(e->name);
    char key[96];
    size_t kn = pr_fold(lw, strlen(lw), key, sizeof key);
    const char *k = kn && cues ? pr_table_get(cues, key, kn) : NULL;
    if (k && strchr(k, 'e')) return true;
    size_t n1 = strcspn(e->name, " .");
    if (e->name[n1] != '.' || e->name[n1 + 1] != ' ') return false;
    kn = pr_fold(e->name, n1, key, sizeof key);
    k = kn && cues ? pr_table_get(cues, key, kn) : NULL;
    return k && strchr(k, 'b');
}

/* Is the name a team's or a firm's: a known place (the gazetteers, the cities), then one
 * capitalized word in the plural that is no place's head word (kind e: "Islands", "Falls") nor
 * a place ("Los Angeles Dodgers", "San Antonio Spurs", "Westminster Magistrates")? */
static bool place_and_plural(const pr_facts *F, const pr_ent *e)
{
    if (e->ntok < 2) return false;
    const char *lw = last_word(e->name);
    size_t n = strlen(lw);
    if (n < 4 || lw[n - 1] != 's' || lw[n - 2] == 's' || lw[n - 2] == '\'' || !(lw[0] >= 'A' && lw[0] <= 'Z') ||
        in_capitals(lw) || lw == e->name)
        return false;
    const pr_wordlist *cues = pr_wordlist_get("entities", F->lang);
    const char *k = word_kinds(cues, lw, n);
    if (k && strchr(k, 'e')) return false;
    if (in_gazetteer(lw) || city_name(lw)) return false; /* "South Massachusetts" */
    char head[96];
    size_t hn = (size_t)(lw - e->name);
    while (hn && e->name[hn - 1] == ' ') hn--;
    if (!hn || hn >= sizeof head) return false;
    memcpy(head, e->name, hn);
    head[hn] = 0;
    /* a given name that is also a city's ("Florence Aubenas", "Nelson Gibbs"), a point of the
     * compass ("North Shores", kind p) */
    if (!strchr(head, ' ') && (given_first(head, hn) || ((k = word_kinds(cues, head, hn)) && strchr(k, 'p'))))
        return false;
    /* (a country before a plural names no team: "Spain Threatens", a headline's verb) */
    size_t ln;
    char *low = pr_utf8_lower(head, hn, &ln);
    bool country = low && pr_wordlist_hasn(pr_wordlist_get("countries", F->lang), low, ln);
    pr_free(low);
    if (country) return false;
    return in_gazetteer(head) || city_name(head);
}

/* Does the name end on a plural that names a group, no one person: an acronym and "s" ("MPs",
 * "Conservative MPs", "PCs", "NGOs") or the plural of a party's member (data/entities kind Y or
 * a role word: "Republicans", "Democrats")? */
static bool plural_group(const pr_facts *F, const pr_ent *e)
{
    const char *lw = last_word(e->name);
    size_t n = strlen(lw), caps = 0;
    if (n < 3 || lw[n - 1] != 's') return false;
    while (caps < n - 1 && lw[caps] >= 'A' && lw[caps] <= 'Z') caps++;
    if (caps >= 2 && caps == n - 1) return true;
    const char *k = word_kinds(pr_wordlist_get("entities", F->lang), lw, n - 1);
    return k && (strchr(k, 'Y') || k[0] == 'r');
}

/* Is organization o named by a first word and a firm's legal suffix after it, two or three words
 * whose others are all such suffixes (data/entities kind L: "Boeing Co", "Lycos Inc", "Apple
 * Inc.")? Then that first word alone is the firm ("Boeing said" is no person). Not any
 * organization's word: "Japan Airlines", "Boston Globe", "State Department" leave Japan,
 * Boston and State as they are. */
static bool suffixed_firm(const pr_facts *F, const pr_ent *o)
{
    const pr_wordlist *cues = pr_wordlist_get("entities", F->lang);
    if (!cues || o->type != PR_ENT_ORG || o->ntok < 2 || o->ntok > 3) return false;
    const char *p = o->name + strcspn(o->name, " ");
    while (*p) {
        while (*p == ' ' || *p == '.') p++;
        size_t l = strcspn(p, " .");
        if (!l) break;
        const char *k = word_kinds(cues, p, l);
        if (!k || !strchr(k, 'L')) return false;
        p += l;
    }
    return true;
}

/* Is the one-word entity e the first word of one of the suffixed firms (suffixed_firm(), their
 * indices in firms[0..nf))? */
static bool firm_of_suffix(const pr_facts *F, const pr_ent *e, const size_t *firms, size_t nf)
{
    size_t n = strlen(e->name);
    for (size_t f = 0; n && f < nf; f++) {
        const char *on = F->ents[firms[f]].name;
        if (!strncmp(on, e->name, n) && on[n] == ' ') return true;
    }
    return false;
}

/* Is the one-word name a common noun written as an acronym (data/entities kind N: "DNA",
 * "ADN", "EPO", "PIB")? */
static bool noun_acronym(const pr_facts *F, const pr_ent *e)
{
    const char *k = word_kinds(pr_wordlist_get("entities", F->lang), e->name, strlen(e->name));
    return k && strchr(k, 'N');
}

/* Does a word of the name name an event or a work (data/entities kind v: "Jeux", "Tour de France",
 * "Golden Globes", "Asian Cup", "Laura Ingraham Show")? Not a first word that is a given name
 * ("Eve Ensler"). */
static bool event_name(const pr_facts *F, const pr_ent *e)
{
    const char *lang = F->lang;
    const pr_wordlist *cues = pr_wordlist_get("entities", lang);
    if (!cues) return false;
    for (const char *p = e->name; *p;) {
        while (*p == ' ' || *p == '-') p++;
        size_t n = strcspn(p, " -");
        char key[96];
        size_t kn = n ? pr_fold(p, n, key, sizeof key) : 0;
        const char *k = kn ? pr_table_get(cues, key, kn) : NULL;
        if (k && strchr(k, 'v') && !(p == e->name && given_first(p, n))) return true;
        p += n;
    }
    return false;
}

/* Does a name of several words, not all in capitals, hold an acronym of 3 to 6 letters that the
 * story does not write in lower case ("BNP Paribas", "CBS Sacramento", "ABC Entertainment"; not
 * a shouted "CLOSE Pete Davidson")? People's initials are one or two letters ("George W. Bush",
 * "PJ Wiseman"). */
static bool acronym_word(const pr_facts *F, const pr_ent *e)
{
    if (e->ntok < 2 || in_capitals(e->name)) return false;
    for (const char *p = e->name; *p;) {
        while (*p == ' ') p++;
        size_t n = strcspn(p, " "), caps = 0;
        bool lower = false;
        for (size_t i = 0; i < n; i++) {
            caps += p[i] >= 'A' && p[i] <= 'Z';
            lower |= (p[i] >= 'a' && p[i] <= 'z') || (unsigned char)p[i] >= 0x80;
        }
        bool roman = strspn(p, "IVXLCDM") >= n; /* "George III", "Episode VII" */
        if (caps >= 3 && caps <= 6 && !lower && caps == n && !roman && !pr_facts_common_word(F, p, n)) return true;
        p += n;
    }
    return false;
}

/* Is one of the entity's spellings an acronym: one word of 3 to 6 letters in capitals, written
 * so in the middle of a sentence ("les FARC" for "les Farc"; a dateline, "DALLAS —", opens its
 * sentence), and not a word the story writes in lower case (a shouted "GOAL", "FATHER")? */
static bool acronym(const pr_facts *F, const pr_ent *e)
{
    for (size_t v = 0; v <= e->nvar; v++) {
        const char *n = v ? e->variants[v - 1] : e->name;
        size_t l = strlen(n);
        if (l >= 3 && l <= 6 && !strchr(n, ' ') && !strchr(n, '-') && !strpbrk(n, "0123456789") && in_capitals(n) &&
            (e->midmask >> v & 1u) && !pr_facts_common_word(F, n, l))
            return true;
    }
    return false;
}

/* Does the entity's name say where people are from rather than who they are: a people's
 * adjective or noun (data/demonyms: "Israeli", "Americans", "South American"), or, for a name of
 * several words, one of its words ("Bedouin Israeli", "Russian Buk", "Pro-Russian")? */
static bool people_name(const pr_facts *F, const pr_ent *e)
{
    const pr_wordlist *nym = pr_wordlist_get("demonyms", F->lang), *cs = pr_wordlist_get("countries", F->lang);
    if (!nym) return false;
    if (demonym(nym, cs, e->name, strlen(e->name))) return true;
    for (const char *p = e->name; e->ntok > 1 && *p;) {
        size_t n = strcspn(p, " -");
        if (n && demonym(nym, cs, p, n)) return true;
        p += n;
        if (*p) p++;
    }
    return false;
}

/* Types every entity from what the whole story says of it, once all mentions are in:
 *   a name of the gazetteers is a place (unless an organization's word or an acronym made it one),
 *   and so is one ending on a place's head word ("Beverly Hills");
 *   a role before it, a given name opening it, or a verb of saying after it make a person, and
 *   so does being the surname of a person named in full elsewhere in the story ("Lula", when two
 *   spellings of "Luiz Inácio Lula" kept it from joining either);
 *   a "person" of several words named after a preposition of place in a third of its mentions or
 *   more, with no role, is a place ("in Las Vegas": people are hardly ever "in" someone), and so
 *   is one whose last word is a place ("Northeast China"); one made of common words with no
 *   such evidence ("Global Conference", "Poverty Reduction") is something else, and so is a
 *   single word, typed a place by default, that the story puts after a preposition of place in
 *   less than one mention of LOC_SHARE ("Health", "Coldplay", "Ebola", "Microsoft"; "le fichier
 *   Edvige", once "dans Edvige"; "une participation dans Natixis"), unless a cue makes it a place
 *   (data/entities kind p: "UK"). Read over the 360 dev clusters, 86 of 100 such words never
 *   after one were not places; the others (cities never met after "in" or "at") are left untyped
 *   rather than typed wrong;
 *   a single word the story also writes as an acronym mid-sentence ("les FARC") is an
 *   organization, unless a third of its mentions follow a preposition of place. */
#define LOC_SHARE 4
static bool royal_title(const pr_facts *F, const pr_ent *e);
static void retype_one(pr_facts *F, size_t i, const size_t *firms, size_t nf)
{
    pr_ent *e = &F->ents[i];
    bool person = e->role[0] || given_first(e->name, strlen(e->name));
    /* a word of the story's own in lower case, capitalized once or twice where a heading, a
     * dateline or a list puts it ("(AP) — Authorities say", "Thank", "Health"), is no name */
    e->common = e->ntok == 1 && e->mentions <= 2 && e->mid <= 1 && !person && !e->acro[0] &&
                !in_capitals(e->name) && !in_gazetteer(e->name) && pr_facts_common_word(F, e->name, strlen(e->name));
    /* (a given name first does not outweigh an event's word: "Davis Cup", "Laura Ingraham Show") */
    if (!e->role[0] && (event_name(F, e) || e->workcue)) { e->type = PR_ENT_OTHER; return; }
    /* a common noun written as an acronym ("DNA", "l'ADN", "le PIB": data/entities kind N) */
    if (!person && e->ntok == 1 && noun_acronym(F, e)) { e->type = PR_ENT_OTHER; return; }
    /* a firm named once with its suffix ("Boeing Co"), so the word alone ("Boeing said") */
    if (!person && e->ntok == 1 && firm_of_suffix(F, e, firms, nf)) { e->type = PR_ENT_ORG; return; }
    /* the abbreviation of a term ("electroencephalography (EEG)"), no firm's cue */
    if (!person && e->ntok == 1 && e->termabbr && !e->orgcue && e->cue != 'o' && e->cue != 'O') {
        e->type = PR_ENT_OTHER;
        return;
    }
    if (e->type == PR_ENT_ORG) return;
    /* a group named in the plural ("Conservative MPs", "Republicans"), no person nor place; an
     * organization so named stays one ("Union of Concerned Scientists") */
    if (!e->role[0] && plural_group(F, e)) { e->type = PR_ENT_OTHER; return; }
    /* a name of several words right after a noun that only names a person ("juror Richelle
     * Nice", "fiance Ashton Kutcher"), not one of English words alone ("retailer Home Depot") */
    if (e->ntok > 1 && e->personcue && !e->orgcue && !lexicon_words(e->name)) { e->type = PR_ENT_PERSON; return; }
    bool gaz = in_gazetteer(e->name);
    for (size_t v = 0; v < e->nvar && !gaz; v++) gaz = in_gazetteer(e->variants[v]);
    /* one cue makes a firm of a lone word no place preposition outweighs ("sa filiale Natixis");
     * a name of several words or of the gazetteers needs one in a fourth of its mentions */
    if (!person && e->orgcue &&
        (gaz || e->ntok > 1 ? e->orgcue * 4 >= e->mentions : e->orgcue >= e->loc)) { e->type = PR_ENT_ORG; return; }
    /* (written after "the" at least once: a team is "the Los Angeles Dodgers", where "Florence
     * Aubenas" has no article; a people's name is none, "the North Koreans") */
    if (!person && !gaz && e->article && place_and_plural(F, e) && !people_name(F, e)) { e->type = PR_ENT_ORG; return; }
    if (gaz || place_head(F, e)) { e->type = PR_ENT_PLACE; return; }
    if (!person && acronym_word(F, e)) { e->type = PR_ENT_ORG; return; }
    /* a people's adjective or noun, or a name holding one, with no role nor given name ("the
     * Israeli military said", "a Bedouin Israeli citizen"): who they are is not told */
    if (!person && (e->type == PR_ENT_PERSON || e->type == PR_ENT_PLACE) && people_name(F, e)) {
        e->type = PR_ENT_OTHER;
        return;
    }
    /* a name that says something is a body's when ", which" follows it, or "its" its verb of
     * saying, more often than ", who", and nothing makes it a person's ("Hamas, which controls
     * Gaza", "Cadbury said its profits …") */
    if (!person && e->says && e->thing > e->who) { e->type = PR_ENT_ORG; return; }
    /* so is a name whose verb of saying reports what "it" did more often than what "he" or
     * "she" did ("Apple said Wednesday it had no plans", "Yahoo Japan said it would"), a lone
     * word when no person of the story has it for a surname, a longer name when no word of it
     * but the last is a given name ("Member Devin Clark said it" is a person's); a country's
     * acronym or a city so written stays a place ("The UK says it will appeal") */
    if (!person && e->itsub > e->hesub + e->who && e->cue != 'p' &&
        (e->ntok == 1 ? !surname_of_person(F, e->name) : !given_inside(e->name)) && !in_cities(e)) {
        e->type = PR_ENT_ORG;
        return;
    }
    /* a city's name that says something speaks for its government or its people ("Pyongyang
     * said", "Hollywood says"), unless a person of the story has it for a surname */
    if (!person && e->ntok == 1 && e->says && !in_capitals(e->name) && in_cities(e) && !surname_of_person(F, e->name)) {
        e->type = PR_ENT_PLACE;
        return;
    }
    /* a verb of saying after a country written as an acronym ("the UK says") makes no person, nor
     * after a name the story writes after a definite article, heading its phrase ("talk with the
     * Sinn Fein.", "the Democratic Unionists said") */
    if (person || (e->says && e->cue != 'p' && !e->headart)) { e->type = PR_ENT_PERSON; return; }
    if (e->ntok == 1) {
        /* a code ("P300", "A320", "FY08"): not a place for being "in" a sentence */
        if (strpbrk(e->name, "0123456789")) { e->type = PR_ENT_OTHER; return; }
        /* a word in capitals longer than an acronym, never written otherwise: a heading or a
         * transcript's label ("QUESTION:", "BOUCHER:") */
        if (strlen(e->name) > 6 && e->type == PR_ENT_PLACE && in_capitals(e->name)) { e->type = PR_ENT_OTHER; return; }
        bool surname = false, acro = in_capitals(e->name) && strlen(e->name) <= 3; /* "UK" beside "Saleemul Huq" */
        for (uint32_t k = first_with_key(F, e->key); !acro && k != UINT32_MAX && !surname; k = F->ents[k].knext)
            surname = k != i && F->ents[k].ntok > 1 && F->ents[k].type == PR_ENT_PERSON;
        if (surname) e->type = PR_ENT_PERSON;
        /* a city's name that is also an English word ("Man", "Orange", "Reading") needs a
         * preposition of place */
        else if (!in_capitals(e->name) && in_cities(e) && !surname_of_person(F, e->name) &&
                 (e->loc || !lexicon_words(e->name)))
            e->type = PR_ENT_PLACE;
        else if (acronym(F, e) && e->cue != 'p' && !(e->loc && e->loc * 3 >= e->mentions)) e->type = PR_ENT_ORG;
        else if (e->type == PR_ENT_PLACE && e->loc * LOC_SHARE < e->mentions && e->cue != 'p') e->type = PR_ENT_OTHER;
        return;
    }
    if (in_cities(e)) { e->type = PR_ENT_PLACE; return; }
    if (e->type != PR_ENT_PERSON) return;
    /* (a royal title before a given name that is also a city's, "Queen Sofia", is a person's) */
    if ((e->loc && e->loc * 3 >= e->mentions) || (!royal_title(F, e) && in_gazetteer(last_word(e->name))))
        e->type = PR_ENT_PLACE;
    else if (common_words(F, e->name) || lexicon_words(e->name)) e->type = PR_ENT_OTHER;
    /* after "the" in half its mentions ("the Athabasca Tar Sands", "the Idaho National
     * Engineering and Environmental Laboratory"): a place, a body or a work, not a person */
    else if (e->article * 2 >= e->mentions || e->headart) e->type = PR_ENT_OTHER;
}

static precis_status retype(pr_facts *F)
{
    /* names of several words first: a lone word is a person's surname only if a name in full
     * ending with it is still a person once typed ("Launch" and "Sea Launch", which is not) */
    for (size_t i = 0; i < F->nents; i++)
        if (F->ents[i].ntok > 1) retype_one(F, i, NULL, 0);
    /* the firms named with a legal suffix, once typed, for the lone words that name them */
    size_t *firms = pr_malloc((F->nents + 1) * sizeof *firms), nf = 0;
    if (!firms) return PRECIS_ERR_NOMEM;
    for (size_t i = 0; i < F->nents; i++)
        if (suffixed_firm(F, &F->ents[i])) firms[nf++] = i;
    for (size_t i = 0; i < F->nents; i++)
        if (F->ents[i].ntok <= 1) retype_one(F, i, firms, nf);
    pr_free(firms);
    /* a name an acronym defines is a body's, a programme's or a law's, no person's ("Asia-Pacific
     * Economic Cooperation (APEC)"): one still typed a person is an organization, as its
     * acronym alone would be */
    for (size_t i = 0; i < F->nents; i++) {
        pr_ent *e = &F->ents[i];
        if (e->acro[0] && e->type == PR_ENT_PERSON && !e->role[0] && !given_first(e->name, strlen(e->name)))
            e->type = PR_ENT_ORG;
    }
    return PRECIS_OK;
}

/* ---- aliases: names of one entity that were read apart ------------------------------------------ */

/* Does skeleton `full` end with the whole words of skeleton `tail` ("americain lanse armstrong",
 * "lanse armstrong")? */
static bool ends_with_name(const char *full, const char *tail)
{
    size_t a = strlen(full), b = strlen(tail);
    return b && a > b && full[a - b - 1] == ' ' && !strcmp(full + a - b, tail);
}

static bool given_names(const pr_facts *F, const char *s, size_t n, const pr_ent *e, bool any_first);

/* Is the name b (a skeleton, words apart by spaces) the longer name a with middle words left
 * out: the same first and last words, b's words in order inside a ("carnell marcus moore" /
 * "carnell moore")? */
static bool without_middle(const char *a, const char *b)
{
    size_t fa = strcspn(a, " "), fb = strcspn(b, " ");
    if (fa != fb || memcmp(a, b, fa) != 0 || strlen(b) >= strlen(a) || strcmp(last_word(a), last_word(b))) return false;
    const char *p = a;
    for (const char *w = b; *w;) {
        size_t wl = strcspn(w, " ");
        bool found = false;
        while (*p && !found) {
            size_t pl = strcspn(p, " ");
            found = pl == wl && !memcmp(p, w, wl);
            p += pl;
            while (*p == ' ') p++;
        }
        if (!found) return false;
        w += wl;
        while (*w == ' ') w++;
    }
    return true;
}

/* Could the person named e be someone other than the one named in full by `to`: e looks like a
 * name in full (given_names, any first word), and its words are neither the last words of to's
 * ("Américain Lance Armstrong") nor to's first and last with more in between ("Carnell Marcus
 * Moore", "Carnell Moore"), or the other way round? */
static bool other_person(const pr_facts *F, const pr_ent *e, const pr_ent *to)
{
    const char *sp = strrchr(e->name, ' ');
    if (!sp || !given_names(F, e->name, (size_t)(sp - e->name), e, true)) return false;
    if (!strcmp(e->full, to->full) || ends_with_name(e->full, to->full) || ends_with_name(to->full, e->full))
        return false;
    return !without_middle(e->full, to->full) && !without_middle(to->full, e->full);
}

/* A person named in full whom the story shows to be one: a role, a verb of saying, or a known
 * given name first. */
static bool named_person(const pr_ent *e)
{
    return !e->alias && e->type == PR_ENT_PERSON && e->ntok > 1 &&
           (e->role[0] || e->says || given_first(e->name, strlen(e->name)));
}

/* Entity `from` is another name of entity to_ix: its mentions and sources go there, and its
 * spellings with `spellings` (not those of a longer name misread: "Espagnol Alberto Contador"). */
static bool fold_into(pr_facts *F, uint32_t to_ix, pr_ent *from, bool spellings)
{
    pr_ent *to = &F->ents[to_ix];
    for (size_t v = 0; v <= from->nvar && spellings; v++) {
        const char *n = v ? from->variants[v - 1] : from->name;
        bool known = !strcmp(to->name, n);
        for (size_t w = 0; w < to->nvar && !known; w++) known = !strcmp(to->variants[w], n);
        if (known || to->nvar >= PR_ENT_MAX_VARIANTS) continue;
        memcpy(to->variants[to->nvar++], n, sizeof to->variants[0]);
        if (from->midmask >> v & 1u) to->midmask |= 1u << to->nvar;
    }
    to->mentions += from->mentions;
    to->mid += from->mid;
    to->loc += from->loc;
    to->says += from->says;
    to->thing += from->thing;
    to->who += from->who;
    to->itsub += from->itsub;
    to->hesub += from->hesub;
    to->article += from->article;
    to->headart += from->headart;
    if (!to->role[0]) memcpy(to->role, from->role, sizeof to->role);
    for (size_t k = 0; k < from->ndocs; k++)
        if (!add_doc(&to->docs, &to->ndocs, &to->capdocs, from->docs[k])) return false;
    for (size_t k = 1; k < to->ndocs; k++) /* sources in the order of the story */
        for (size_t j = k; j > 0 && to->docs[j - 1] > to->docs[j]; j--) {
            size_t x = to->docs[j];
            to->docs[j] = to->docs[j - 1];
            to->docs[j - 1] = x;
        }
    if (from->first_doc < to->first_doc || (from->first_doc == to->first_doc && from->first_start < to->first_start)) {
        to->first_doc = from->first_doc;
        to->first_start = from->first_start;
    }
    from->alias = true;
    from->alias_of = to_ix;
    return true;
}

#define DOMINANT 4 /* times the other people sharing a surname: the lone surname is the one's (fold_aliases) */

/* Does the name open on a royal title that goes before a given name (data/entities kind R:
 * "Prince", "Sheikh", "Roi", "Queen")? */
static bool royal_title(const pr_facts *F, const pr_ent *e)
{
    /* (the entities table tabs_for() would give, without the others) */
    const char *l = tabs_lang(F, F->story->docs[e->first_doc]);
    const char *r = word_kinds(pr_wordlist_get("entities", l), e->name, strcspn(e->name, " "));
    return r && strchr(r, 'R');
}

/* The person named in full, other than entity i, whose name opens on the word `given` ("Heidi"
 * of "Heidi Heitkamp", "Mohammed" of "Mohammed bin Salman"): the most mentioned of them (the
 * first among as many), with their number in *hits and their mentions in *all; NULL when none. */
static pr_ent *given_name_holder(pr_facts *F, size_t i, const char *given, int *hits, size_t *all)
{
    size_t n = strlen(given);
    pr_ent *top = NULL;
    *hits = 0;
    *all = 0;
    for (size_t k = 0; k < F->nents; k++) {
        pr_ent *c = &F->ents[k];
        if (k == i || c->alias || c->type != PR_ENT_PERSON || c->ntok < 2 || strncmp(c->name, given, n) || c->name[n] != ' ')
            continue;
        *all += c->mentions;
        if (!top || c->mentions > top->mentions) top = c;
        ++*hits;
    }
    return top;
}

/* Is c a person a lone surname may stand for: named in full and shown to be one, or (`any`)
 * only named in full? */
static bool surname_candidate(const pr_ent *c, bool any)
{
    return any ? !c->alias && c->type == PR_ENT_PERSON && c->ntok > 1 : named_person(c);
}

/* Once every mention is in and typed, a name that only another names in part joins it:
 *   a lone word that is the surname of exactly one person named in full ("Armstrong" of "Lance
 *   Armstrong", read apart when "l'Américain Lance Armstrong" made two candidates while the
 *   mentions came in), unless it is a place (gazetteer, place cue, a third of its mentions
 *   after a preposition of place) or a word the story also writes in lower case with no title
 *   or verb of saying of its own ("Mr Love", "Love said" are Lauri Love's);
 *   a longer name ending with the full name of such a person opening on a known given name, when
 *   the words before are no given name ("Espagnol Alberto Contador", "Justice Neil Gorsuch").
 * Two people sharing a surname keep it apart ("Anna Pashinyan", "Nikol Pashinyan"). */
static precis_status fold_aliases(pr_facts *F)
{
    for (size_t i = 0; i < F->nents; i++) {
        pr_ent *e = &F->ents[i];
        if (e->alias || e->type == PR_ENT_ORG) continue;
        pr_ent *to = NULL, *middle = NULL;
        int hits = 0;
        if (e->ntok == 1) {
            if (in_gazetteer(e->name) || e->cue == 'p' || (e->loc && e->loc * 3 >= e->mentions) ||
                (pr_facts_common_word(F, e->name, strlen(e->name)) && !(e->type == PR_ENT_PERSON && (e->role[0] || e->says))))
                continue;
            /* when no one is, the lone word shown to be a person's ("Mr Love", "Love said")
             * vouches for a full name ending with it whose given name precis does not know
             * ("Lauri Love") */
            bool vouched = e->type == PR_ENT_PERSON && (e->role[0] || e->says);
            for (int pass = 0; pass < 1 + vouched && !hits; pass++)
                for (uint32_t k = first_with_key(F, e->key); k != UINT32_MAX; k = F->ents[k].knext) {
                    const pr_ent *c = &F->ents[k];
                    if (k == i || !surname_candidate(c, pass)) continue;
                    /* a given name alone is no surname of a name not shown to be a person's that
                     * opens on no given name ("told MailOnline Julia inflicted …") */
                    if (pass && given_first(e->name, strlen(e->name)) && !given_first(c->name, strlen(c->name))) continue;
                    bool longer = false; /* only the shortest of "Lance Armstrong", "Américain Lance Armstrong" counts */
                    for (uint32_t k2 = first_with_key(F, e->key); k2 != UINT32_MAX && !longer; k2 = F->ents[k2].knext)
                        longer = k2 != k && k2 != i && surname_candidate(&F->ents[k2], pass) &&
                                 ends_with_name(c->full, F->ents[k2].full);
                    if (longer) continue;
                    to = &F->ents[k];
                    hits++;
                }
            /* nobody else of that surname, even with no evidence of a person ("Grayson Powell"
             * beside "Todd Powell") */
            for (uint32_t k = first_with_key(F, e->key); k != UINT32_MAX && hits == 1; k = F->ents[k].knext) {
                const pr_ent *c = &F->ents[k];
                if (k != i && c != to && !c->alias && c->type == PR_ENT_PERSON && c->ntok > 1 && other_person(F, c, to)) hits++;
            }
            /* several people share the surname, but the story is about one of them: named
             * DOMINANT times as often as all the others together, the surname alone is theirs
             * ("Kerviel" is Jérôme Kerviel, 29 mentions, not his brother Olivier, 3) */
            if (hits > 1) {
                pr_ent *top = NULL;
                size_t all = 0;
                for (uint32_t k = first_with_key(F, e->key); k != UINT32_MAX; k = F->ents[k].knext) {
                    pr_ent *c = &F->ents[k];
                    if (k == i || c->alias || c->type != PR_ENT_PERSON || c->ntok < 2) continue;
                    all += c->mentions;
                    if (!top || c->mentions > top->mentions) top = c;
                }
                if (top && all > top->mentions && top->mentions * (DOMINANT + 1) >= all * DOMINANT) {
                    to = top;
                    hits = 1;
                }
            }
            /* no one's surname, but a known given name that one person of the story has ("Heidi
             * will vote no", Heidi Heitkamp): quotes and features call people so */
            if (!hits && e->type == PR_ENT_PERSON && given_first(e->name, strlen(e->name))) {
                size_t all;
                to = given_name_holder(F, i, e->name, &hits, &all);
                if (hits == 1 && !named_person(to)) hits = 0;
            }
            /* no one's surname and no known given name, but the first word of one person's name
             * that opens on no known given name either: a family name written first ("Geng
             * said" of "Geng Shuang", "Xi" of "Xi Jinping") or a given name precis does not
             * know ("Oprah"); the person shown to be one, or the word by a title or a verb of
             * saying of its own ("Chen a expliqué") */
            if (!hits && !given_first(e->name, strlen(e->name)) &&
                (!lexicon_words(e->name) || e->role[0] || e->says)) { /* not "Conservative" of "Conservative MPs" */
                size_t all;
                to = given_name_holder(F, i, e->name, &hits, &all);
                if (hits == 1 && ((!named_person(to) && !vouched) || given_first(to->name, strlen(to->name)))) hits = 0;
            }
        } else if (e->ntok == 2 && e->type == PR_ENT_PERSON && !e->role[0] && strchr(e->name, ' ') && royal_title(F, e)) {
            /* "Prince Mohammed": a royal title and a given name stand for the person of the story
             * named in full with that given name first, or the one named far more often than
             * the others ("Mohammed bin Salman", not "Mohammed bin Nayef" of a caption) */
            size_t all;
            to = given_name_holder(F, i, strchr(e->name, ' ') + 1, &hits, &all);
            if (hits > 1 && to->mentions * (DOMINANT + 1) >= all * DOMINANT) hits = 1;
        } else {
            for (uint32_t k = first_with_key(F, e->key); k != UINT32_MAX; k = F->ents[k].knext) {
                pr_ent *c = &F->ents[k];
                /* the person opens on a known given name, the words before it do not ("Mary
                 * Elizabeth Smith" keeps her first name; "National Weather Service" is no person) */
                if (k == i || !named_person(c) || !ends_with_name(e->full, c->full) || !given_first(c->name, strlen(c->name)) ||
                    given_first(e->name, strlen(e->name)))
                    continue;
                if (!to || strlen(c->full) > strlen(to->full)) to = c;
                hits = 1;
            }
            /* the one person named with more middle words ("Christopher Lawford" of
             * "Christopher Kennedy Lawford"), shown to be one, the first word written alike
             * (not "John Ramsey" of "Jon Benet Ramsey"): the shorter name is one of theirs */
            size_t fw = strcspn(e->name, " ");
            for (uint32_t k = first_with_key(F, e->key); k != UINT32_MAX && !to && e->type == PR_ENT_PERSON; k = F->ents[k].knext) {
                pr_ent *c = &F->ents[k];
                if (k == i || c->alias || c->type != PR_ENT_PERSON || !(named_person(c) || named_person(e)) ||
                    !without_middle(c->full, e->full) || strncmp(c->name, e->name, fw) ||
                    c->name[fw] != ' ')
                    continue;
                middle = c;
                hits++;
            }
            if (middle) to = middle;
        }
        if (hits == 1 && !fold_into(F, (uint32_t)(to - F->ents), e, e->ntok == 1 || middle)) return PRECIS_ERR_NOMEM;
    }
    return PRECIS_OK;
}

/* Are the n bytes of a and the m bytes of b one edit apart (a letter changed, added or left out)? */
static bool one_edit(const char *a, size_t n, const char *b, size_t m)
{
    if (n > m) return one_edit(b, m, a, n);
    if (m - n > 1) return false;
    size_t i = 0;
    while (i < n && a[i] == b[i]) i++;
    if (n == m) return i < n && !memcmp(a + i + 1, b + i + 1, n - i - 1);
    return !memcmp(a + i, b + i + 1, n - i);
}

/* Is c a vowel of a skeleton (pr_name_skeleton() writes "y" as "i"), or a "j", which one
 * transliteration writes where another writes a "y" ("Benjamin" / "Binyamin")? */
static bool soft_letter(char c) { return c && strchr("aeiouj", c) != NULL; }

/* Are the n bytes of a and the m bytes of b (skeletons of one word each, at least 5 letters, the
 * same first letter) at most two edits apart, each changing, adding or leaving out a vowel or a
 * "j" ("benjamin" / "biniamin", "mohamed" / "muhamad"; not "mohamed" / "mahmud", three)? */
static bool vowel_variant(const char *a, size_t n, const char *b, size_t m)
{
    enum { MAXW = 24, FAR = 3 };
    if (n < 5 || m < 5 || n > MAXW || m > MAXW || a[0] != b[0] || a[n - 1] != b[m - 1] || (n > m ? n - m : m - n) > 2)
        return false;
    unsigned char row[MAXW + 1], prev[MAXW + 1];
    prev[0] = 0;
    for (size_t j = 1; j <= m; j++) prev[j] = (unsigned char)(prev[j - 1] + (soft_letter(b[j - 1]) ? 1 : FAR));
    for (size_t i = 1; i <= n; i++) {
        row[0] = (unsigned char)(prev[0] + (soft_letter(a[i - 1]) ? 1 : FAR));
        for (size_t j = 1; j <= m; j++) {
            unsigned sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : soft_letter(a[i - 1]) && soft_letter(b[j - 1]) ? 1 : FAR);
            unsigned del = prev[j] + (soft_letter(a[i - 1]) ? 1 : FAR);
            unsigned ins = row[j - 1] + (soft_letter(b[j - 1]) ? 1 : FAR);
            unsigned v = sub < del ? sub : del;
            if (ins < v) v = ins;
            row[j] = (unsigned char)(v > FAR ? FAR : v);
        }
        memcpy(prev, row, m + 1);
    }
    return prev[m] <= 2;
}

/* Is the word a generation's mark ("Jr", "Sr", "II", "III", "IV" as skeletons: "jr", "sr", "ii",
 * "i", "iv"): two people, father and son, differ by it? */
static bool generation_mark(const char *w, size_t n)
{
    static const char *const marks[] = {"jr", "sr", "i", "ii", "iv", "v", "vi"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (strlen(marks[k]) == n && !memcmp(marks[k], w, n)) return true;
    return false;
}

/* Do skeletons a and b (words apart by spaces) have as many words and differ in one word, by one
 * edit or by vowels (vowel_variant()), no generation's mark ("muamar kadafi" / "moamar kadafi",
 * "lanse armstrong" / "lanse armsrong", "benjamin" / "biniamin netaniahu"; not "robert ricards
 * iv" / "robert ricards i")? */
static bool misspelt(const char *a, const char *b)
{
    int diff = 0;
    while (*a && *b) {
        size_t n = strcspn(a, " "), m = strcspn(b, " ");
        if (n != m || memcmp(a, b, n)) {
            if (++diff > 1 || !(one_edit(a, n, b, m) || vowel_variant(a, n, b, m)) || generation_mark(a, n) ||
                generation_mark(b, m))
                return false;
        }
        a += n;
        b += m;
        while (*a == ' ') a++;
        while (*b == ' ') b++;
    }
    return !*a && !*b && diff == 1;
}

/* Two people named in full whose names differ by one letter in one word, or by two vowels (or a
 * "j" for a "y") in a word that keeps its first and last letters, are one, the name more
 * mentioned keeping the other as a spelling: a transliteration or a typing slip ("Muammar
 * Qadhafi" / "Moammar Gaddafi", "Lance Armsrong", "Elisabeth" / "Elizabeth Meyer", "Benjamin" /
 * "Binyamin Netanyahu", "Ken Kreig"; not "Patrick" / "Patricia Kennedy"), the
 * skeletons (pr_name_skeleton()) already setting "dh"/"dd", "q"/"g" alike; not "Jr" / "Sr". */
static precis_status fold_misspellings(pr_facts *F)
{
    /* the people named in full, and their skeletons' lengths */
    uint32_t *ix = pr_malloc((F->nents + 1) * sizeof *ix);
    size_t *len = pr_malloc((F->nents + 1) * sizeof *len), np = 0;
    if (!ix || !len) { pr_free(ix); pr_free(len); return PRECIS_ERR_NOMEM; }
    for (size_t i = 0; i < F->nents; i++)
        if (!F->ents[i].alias && F->ents[i].type == PR_ENT_PERSON && F->ents[i].ntok >= 2) {
            len[np] = strlen(F->ents[i].full);
            ix[np++] = (uint32_t)i;
        }
    precis_status st = PRECIS_OK;
    for (size_t x = 0; x < np && !st; x++) {
        pr_ent *a = &F->ents[ix[x]];
        for (size_t y = x + 1; y < np && !a->alias && !st; y++) {
            pr_ent *b = &F->ents[ix[y]];
            if (b->alias || b->ntok != a->ntok || len[x] + 2 < len[y] || len[y] + 2 < len[x] || !misspelt(a->full, b->full))
                continue;
            bool keep_a = a->mentions >= b->mentions;
            if (!fold_into(F, keep_a ? ix[x] : ix[y], keep_a ? b : a, true)) st = PRECIS_ERR_NOMEM;
        }
    }
    pr_free(ix);
    pr_free(len);
    return st;
}

/* The bytes of a mark between a name's words at s[i] (a space, a no-break space, a line break, a
 * hyphen, a period, an apostrophe, ’), 0 when none is there. */
static size_t name_mark(const char *s, size_t i, size_t n)
{
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '-' || c == '\'' || c == '.') return 1;
    if (i + 2 <= n && !memcmp(s + i, "\xc2\xa0", 2)) return 2;
    return i + 3 <= n && !memcmp(s + i, "\xe2\x80\x99", 3) ? 3 : 0;
}

/* The initials of the words of a name of n bytes (capitals, "É" read "E") in ini[0..cap), its
 * function words marked in *stop (bit w for word w): "Agence française de lutte contre le
 * dopage" → "AFDLCLD", stop bits on "de", "contre", "le". 0 when a word opens on no ASCII letter
 * or there are more than cap words (at most 32). */
static size_t name_initials(const char *lang, const char *name, size_t len, char *ini, size_t cap, uint32_t *stop)
{
    size_t n = 0;
    *stop = 0;
    for (size_t i = 0; i < len;) {
        size_t m = name_mark(name, i, len), w = i;
        if (m) { i += m; continue; }
        while (w < len && !name_mark(name, w, len)) w++;
        char f[8];
        size_t fn = pr_fold(name + i, w - i < 4 ? w - i : 4, f, sizeof f);
        if (!fn || f[0] < 'a' || f[0] > 'z' || n >= cap || n >= 32) return 0;
        if (stop_word(lang, name + i, w - i)) *stop |= 1u << n;
        ini[n++] = (char)(f[0] - 32);
        i = w;
    }
    return n;
}

/* Can acronym up[0..n) (capitals, at most 8) be read from a name's initials ini[0..nw) (stop:
 * its function words, name_initials())? Every other word gives its initial, in order; a function
 * word gives its own or none: "Reporters sans frontières" RSF, "Department of Foreign Affairs"
 * DFA, "Agence française de lutte contre le dopage" AFLD, "Union européenne" UE. With `older`,
 * the last word after a function word may give none, the acronym being older than it ("Centers
 * for Disease Control and Prevention" CDC). */
static bool acronym_fits(const char *up, size_t n, const char *ini, size_t nw, uint32_t stop, bool older)
{
    if (n > 8) return false;
    uint32_t reach = 1; /* bit k: the first k letters read */
    for (size_t w = 0; w < nw && reach; w++) {
        uint32_t next = (stop >> w & 1u) ? reach : 0;
        for (size_t k = 0; k < n; k++)
            if ((reach >> k & 1u) && up[k] == ini[w]) next |= 1u << (k + 1);
        reach = next;
        if (older && n >= 3 && (reach >> n & 1u) && w + 3 == nw && (stop >> (w + 1) & 1u) && !(stop >> (w + 2) & 1u))
            return true;
    }
    return reach >> n & 1u;
}

/* The acronym that one-word spelling w stands for, in capitals (to up, at least 7 bytes): w
 * itself in capitals (2 to 6 letters), or written as a name ("Cnil", "Farc", "Unesco": 3 to 6
 * letters, as French writes the longer ones). 0 when w is neither. */
static size_t acronym_form(const char *w, char *up)
{
    size_t n = strlen(w), lower = 0;
    if (n < 2 || n > 6 || w[0] < 'A' || w[0] > 'Z') return 0;
    for (size_t k = 1; k < n; k++) {
        if (w[k] >= 'a' && w[k] <= 'z') lower++;
        else if (w[k] < 'A' || w[k] > 'Z') return 0;
    }
    if (lower && (lower != n - 1 || n < 3)) return 0;
    for (size_t k = 0; k < n; k++) up[k] = (char)(w[k] >= 'a' ? w[k] - 32 : w[k]);
    up[n] = 0;
    return n;
}

/* An acronym of the story (one word of 2 to 6 capital letters: "UE", "ONU", "FBI"; or written
 * as a name, acronym_form(): "Cnil") and the one name of several words that it abbreviates
 * ("Union européenne") are one entity: the acronym becomes a spelling of the name, when a source
 * writes both. A person's name is never expanded, nor is an acronym that two names fit. */
static precis_status fold_acronyms(pr_facts *F)
{
    /* the names one acronym defines are one ("Association pour le droit de mourir dans la
     * dignité (ADMD)", "Association pour le droit à mourir …"), the most named keeps them; so is
     * a name cut before a word in lower case of one an acronym defines ("Agence française de
     * lutte" of "Agence française de lutte contre le dopage (AFLD)") */
    for (size_t i = 0; i < F->nents; i++) {
        pr_ent *a = &F->ents[i];
        if (a->alias || !a->acro[0]) continue;
        size_t an = strlen(a->name);
        for (size_t k = 0; k < F->nents; k++) {
            pr_ent *c = &F->ents[k];
            if (k == i || c->alias || c->ntok < 2 || c->type == PR_ENT_PERSON) continue;
            size_t cn = strlen(c->name);
            bool cut = cn < an && !c->acro[0] && !strncmp(a->name, c->name, cn) && a->name[cn] == ' ' &&
                       a->name[cn + 1] >= 'a' && a->name[cn + 1] <= 'z';
            bool same = c->acro[0] && !strcmp(c->acro, a->acro);
            if (!cut && !same) continue;
            bool keep_a = cut || a->mentions >= c->mentions;
            if (!fold_into(F, keep_a ? (uint32_t)i : (uint32_t)k, keep_a ? c : a, true)) return PRECIS_ERR_NOMEM;
            if (!keep_a) break;
        }
    }
    /* each name's initials, read once (name_initials() is dear, and acronyms written as names,
     * "Cnil", are as many as the story's one-word names); n < 0: not read yet */
    struct { char s[16]; uint32_t stop; int n; } *memo = NULL;
    for (size_t i = 0; i < F->nents; i++) {
        pr_ent *a = &F->ents[i];
        if (a->alias || a->ntok != 1 || a->type == PR_ENT_PERSON) continue;
        char up[8];
        size_t n = acronym_form(a->name, up);
        if (!n) continue;
        if (!memo) {
            if (!(memo = pr_malloc(F->nents * sizeof *memo))) return PRECIS_ERR_NOMEM;
            for (size_t k = 0; k < F->nents; k++) memo[k].n = -1;
        }
        uint32_t to = UINT32_MAX;
        int hits = 0;
        /* the names it fits whole first; else one whose last word it is older than */
        for (int older = 0; older < 2 && !hits; older++)
            for (size_t k = 0; k < F->nents; k++) {
                const pr_ent *c = &F->ents[k];
                if (k == i || c->alias || c->ntok < 2 || c->type == PR_ENT_PERSON) continue;
                if (memo[k].n < 0)
                    memo[k].n = (int)name_initials(F->lang, c->name, strlen(c->name), memo[k].s, sizeof memo[k].s, &memo[k].stop);
                if (!memo[k].n || memo[k].s[0] != up[0] ||
                    !acronym_fits(up, n, memo[k].s, (size_t)memo[k].n, memo[k].stop, older))
                    continue;
                /* a source writes both (the name introduces the acronym) */
                bool both = false;
                for (size_t x = 0; x < a->ndocs && !both; x++)
                    for (size_t y = 0; y < c->ndocs && !both; y++) both = a->docs[x] == c->docs[y];
                if (both) { to = (uint32_t)k; hits++; }
            }
        if (hits == 1 && !fold_into(F, to, a, true)) { pr_free(memo); return PRECIS_ERR_NOMEM; }
    }
    pr_free(memo);
    return PRECIS_OK;
}

/* Is the word (any case) one the story also writes in lower case? */
bool pr_facts_common_word(const pr_facts *F, const char *w, size_t n)
{
    size_t ln;
    char *low = pr_utf8_lower(w, n, &ln);
    if (!low) return false;
    bool r = pr_intern_find(&F->lower_all, low, ln) != UINT32_MAX;
    pr_free(low);
    return r;
}

/* Appends ", <when>" of figure g to b: its time as its sentence writes it, the first word in
 * lower case when it opens the sentence and the story also writes it so ("In 2014, hundreds of
 * students": ", in 2014"; "Tuesday" keeps its capital). */
static void put_when(pr_buf *b, const pr_facts *f, const pr_fig *g)
{
    const precis_doc *d = f->story->docs[g->doc];
    const char *w = d->text + g->when_start;
    size_t n = g->when_end - g->when_start, wl = 0;
    while (wl < n && w[wl] != ' ') wl++;
    const pr_sent *s = &d->sents[g->sent];
    bool opens = s->tok0 < s->tok1 && d->toks[s->tok0].start == g->when_start;
    char *low = NULL;
    size_t ln = 0;
    if (opens && pr_facts_common_word(f, w, wl)) low = pr_utf8_lower(w, wl, &ln);
    if (low) pr_buf_printf(b, ", %.*s%.*s", (int)ln, low, (int)(n - wl), w + wl);
    else pr_buf_printf(b, ", %.*s", (int)n, w);
    pr_free(low);
}

/* Does the last word of `name` fold to the same as w? */
static bool ends_with_word(const char *name, const char *w, size_t n)
{
    const char *lw = last_word(name);
    char a[96], b[96];
    size_t na = pr_fold(lw, strlen(lw), a, sizeof a), nb = pr_fold(w, n, b, sizeof b);
    return na && na == nb && !memcmp(a, b, na);
}

static int count_spaces(const char *s)
{
    int k = 0;
    for (; *s; s++) k += *s == ' ';
    return k;
}

/* Are the n bytes of s the given names of person e: words in capitals and lower case that the
 * story never writes in lower case, that name no place and cue no role or organization ("Sec
 * Rumsfeld", "Canada Kmart", "Although Williams", "Commissioner Batts" are not), or initials
 * ("George W."), or short particles inside ("Luiz Inácio Lula da"); the first a known given
 * name, or the person has a role or says something in the story (with any_first, any such word)? */
static bool given_names(const pr_facts *F, const char *s, size_t n, const pr_ent *e, bool any_first)
{
    const char *lang = F->lang;
    const pr_wordlist *cues = pr_wordlist_get("entities", lang), *stop = pr_wordlist_get("stopwords", lang);
    size_t i = 0;
    bool first = true;
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        if (j == i) break;
        size_t k = i;
        int32_t c0 = pr_utf8_next(s, j, &k);
        int32_t c1 = k < j ? pr_utf8_next(s, j, &k) : 0;
        bool initial = pr_cp_is_upper(c0) && c1 == '.' && k == j;
        if (pr_cp_is_lower(c0)) {
            if (first || j - i > 3) return false; /* "da", "van", "bin" */
        } else if (!initial) {
            if (!pr_cp_is_upper(c0) || !pr_cp_is_lower(c1)) return false; /* "GD", "CLOSE" */
            char w[96], key[96];
            if (j - i >= sizeof w) return false;
            memcpy(w, s + i, j - i);
            w[j - i] = 0;
            size_t kn = pr_fold(w, j - i, key, sizeof key);
            if (pr_facts_common_word(F, w, j - i) || in_gazetteer(w) ||
                (kn && cues && pr_table_get(cues, key, kn)) || (kn && pr_wordlist_hasn(stop, key, kn)))
                return false;
        }
        if (first && !any_first && !(e->role[0] || e->says || given_first(s + i, j - i))) return false;
        first = false;
        i = j;
    }
    return !first;
}

uint32_t pr_facts_person(const pr_facts *F, const char *word, size_t n, char *given, size_t cap)
{
    char key[96];
    if (!F || !n || cap < 2 || !pr_name_skeleton(word, n, key, sizeof key)) return UINT32_MAX;
    if (pr_facts_common_word(F, word, n)) return UINT32_MAX; /* "Young", "Rice" */
    uint32_t found = UINT32_MAX;
    for (uint32_t k = first_with_key(F, key); k != UINT32_MAX; k = F->ents[k].knext) {
        const pr_ent *e = &F->ents[k];
        if (e->ntok < 2) {
            if (e->type != PR_ENT_PERSON) return UINT32_MAX; /* the word also names a place */
            continue;
        }
        if (e->type != PR_ENT_PERSON) continue;
        if (!(e->role[0] || e->says || given_first(e->name, strlen(e->name))) || common_words(F, e->name))
            continue;
        if (found != UINT32_MAX) return UINT32_MAX; /* two people share the name */
        found = k;
    }
    if (found == UINT32_MAX) return UINT32_MAX;
    const pr_ent *e = &F->ents[found];
    /* the word must be one of its spellings, not a skeleton's chance match; the given names come
     * from a spelling that ends in this very surname and opens on a known given name, else from
     * any that ends in it, the shortest first */
    bool spelt = false;
    const char *best = NULL;
    int bestrank = -1;
    for (size_t v = 0; v <= e->nvar; v++) {
        const char *x = v == 0 ? e->name : e->variants[v - 1];
        if (!ends_with_word(x, word, n)) continue;
        spelt = true;
        const char *sp = strrchr(x, ' ');
        if (!sp || !given_names(F, x, (size_t)(sp - x), e, false)) continue;
        bool known = given_first(x, strlen(x));
        /* a first word that is no known given name must have been seen inside a sentence, not
         * only opening one ("Although Google", "Tweet Jon Huntsman") */
        if (!known && !(e->midmask & (1u << v))) continue;
        int rank = (known ? 1000 : 0) - count_spaces(x);
        if (rank > bestrank) { best = x; bestrank = rank; }
    }
    if (!spelt) return UINT32_MAX;
    if (!best) { /* spelt otherwise in full ("Pachinian" alone, "Nikol Pashinyan" in full) */
        const char *sp = strrchr(e->name, ' ');
        if (!sp || !given_names(F, e->name, (size_t)(sp - e->name), e, false)) return UINT32_MAX;
        best = e->name;
        bestrank = given_first(best, strlen(best)) ? 1000 : 0;
        if (!bestrank && !(e->midmask & 1u)) return UINT32_MAX;
    }
    /* a word that is itself a given name ("Bill", "James") is taken for a surname only after a
     * known given name ("Oh Bill" is not one) */
    if (bestrank < 1000 && given_first(word, n)) return UINT32_MAX;
    size_t gl = (size_t)(strrchr(best, ' ') - best);
    if (gl + 1 > cap) return UINT32_MAX;
    memcpy(given, best, gl);
    given[gl] = 0;
    return found;
}

/* Do the folded roles a and b differ by at most one word that is not a function word
 * ("président français" and "président"; not "président du Modem")? */
static bool role_near(const pr_wordlist *stop, const char *a, size_t an, const char *b, size_t bn)
{
    if (an < bn) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    if (an == bn) return !memcmp(a, b, an);
    /* a is b with one word more: try each word of a as the extra one */
    for (size_t h = 0; h < an;) {
        size_t w = h;
        while (w < an && a[w] != ' ') w++; /* a's word [h, w) */
        /* a without it: a[0, h) + a[w + 1, an), or a[0, h - 1) when it is the last word */
        bool same;
        if (w == an) same = h > 0 && h - 1 == bn && !memcmp(a, b, bn);
        else same = an - (w + 1) + h == bn && !memcmp(a, b, h) && !memcmp(a + w + 1, b + h, bn - h);
        if (same) return w > h && !pr_wordlist_hasn(stop, a + h, w - h);
        h = w + 1;
    }
    return false;
}

/* A speaker given by a role alone ("le ministre a déclaré", "selon le procureur") is the one
 * person of the story with that role who appears in the quote's document ("Christine Lagarde",
 * role "ministre de l'Economie"): the role's words start with the speaker's. A periphrasis
 * (data/headroles: "le chef de l'Etat", "le locataire de l'Élysée") names the role it stands
 * for, give or take one word (role_near: "président" fits "président français"). When several
 * people fit, the one named at least twice as often as any other; when no one in the document
 * fits, the one of the story, for a periphrasis or a title of two words or more. Left as written
 * otherwise. */
typedef struct role_key { size_t ent; char key[128]; size_t n; } role_key;

static precis_status name_roles(pr_facts *F)
{
    role_key *R = NULL; /* the people with a role, their role folded: made when first needed */
    size_t nr = 0;
    bool made = false;
    for (size_t q = 0; q < F->nquotes; q++) {
        pr_quote *Q = &F->quotes[q];
        const char *sp = Q->speaker;
        if (!sp[0]) continue;
        /* a name, or a word opening on an accented capital; a role may hold an acronym ("le
         * député UMP") */
        if ((sp[0] >= 'A' && sp[0] <= 'Z') || (unsigned char)sp[0] >= 0x80) continue;
        char ks[128];
        size_t kn = pr_fold(sp, strlen(sp), ks, sizeof ks);
        if (!kn) continue;
        const precis_doc *d = F->story->docs[Q->doc];
        const pr_wordlist *heads = pr_wordlist_get("headroles", d->lang);
        const char *lang = heads ? d->lang : F->lang;
        if (!heads) heads = pr_wordlist_get("headroles", lang);
        const pr_wordlist *stop = pr_wordlist_get("stopwords", lang);
        /* a periphrasis, whole or with one word after it ("chef de l'etat americain") */
        bool peri = false;
        const char *hr = pr_table_get(heads, ks, kn);
        bool whole = hr != NULL;
        const char *sp2 = strrchr(ks, ' ');
        size_t cut = sp2 ? (size_t)(sp2 - ks) : 0;
        if (!hr && cut) hr = pr_table_get(heads, ks, cut);
        if (hr) {
            char tail[64] = "";
            if (!whole) snprintf(tail, sizeof tail, "%s", ks + cut);
            int w = snprintf(ks, sizeof ks, "%s%s", hr, tail);
            if (w <= 0 || (size_t)w >= sizeof ks) continue;
            kn = (size_t)w;
            peri = true;
        }
        if (!made) {
            made = true;
            R = pr_malloc((F->nents + 1) * sizeof *R);
            if (!R) return PRECIS_ERR_NOMEM;
            for (size_t e = 0; e < F->nents; e++) {
                const pr_ent *E = &F->ents[e];
                if (E->type != PR_ENT_PERSON || !E->role[0] || !pr_ent_shown(E)) continue;
                R[nr].ent = e;
                R[nr].n = pr_fold(E->role, strlen(E->role), R[nr].key, sizeof R[nr].key);
                nr++;
            }
        }
        /* the best fit and the runner-up's mentions, in the document (0) and in the story (1) */
        const pr_ent *best[2] = {NULL, NULL};
        size_t second[2] = {0, 0};
        for (size_t r = 0; r < nr; r++) {
            const char *kr = R[r].key;
            size_t rn = R[r].n;
            if (peri ? !role_near(stop, kr, rn, ks, kn)
                     : (rn < kn || memcmp(kr, ks, kn) != 0 || (rn > kn && kr[kn] != ' ')))
                continue;
            const pr_ent *E = &F->ents[R[r].ent];
            bool here = false;
            for (size_t k = 0; k < E->ndocs && !here; k++) here = E->docs[k] == Q->doc;
            for (int s = here ? 0 : 1; s < 2; s++) {
                if (!best[s] || E->mentions > best[s]->mentions) {
                    if (best[s]) second[s] = best[s]->mentions;
                    best[s] = E;
                } else if (E->mentions > second[s]) second[s] = E->mentions;
            }
        }
        /* the story's people stand in only for a title of two words or more ("premier
         * ministre", not "ministre" or "spokesman": the story may have several) */
        int s = best[0] ? 0 : 1;
        if (s == 1 && !peri && !memchr(ks, ' ', kn)) continue;
        if (best[s] && best[s]->mentions >= 2 * second[s])
            snprintf(Q->speaker, sizeof Q->speaker, "%s", best[s]->name);
    }
    pr_free(R);
    return PRECIS_OK;
}

/* "she said" stands for a person: a quote whose speaker it resolved to an organization or a
 * place quoted before ("“…,” she said" after the Nobel Committee's statement) has no known
 * speaker. */
static void human_speakers(pr_facts *F)
{
    for (size_t q = 0; q < F->nquotes; q++) {
        pr_quote *Q = &F->quotes[q];
        if (!Q->human || !Q->speaker[0]) continue;
        int type = named_type(F, Q->speaker);
        if (type == PR_ENT_ORG || type == PR_ENT_PLACE) Q->speaker[0] = 0;
    }
}

/* Does quote k, a copy of listed quote q, lend it its speaker: it names one and holds at least
 * half of q's bytes (a few words that turn up inside a long passage may be someone else's)? */
static bool lends_speaker(const pr_facts *F, size_t q, size_t k)
{
    const pr_quote *Q = &F->quotes[q], *K = &F->quotes[k];
    return K->dup_of == q && K->speaker[0] && 2 * (size_t)(K->end - K->start) >= (size_t)(Q->end - Q->start);
}

/* A listed quote whose own sentence names nobody ('"…", a renchéri sur le même ton rassurant M.
 * de Castries' read as no speaker) takes the speaker its copies name in the other sources
 * (lends_speaker()): the one most of them name, the first of a tie. */
static void copy_speakers(pr_facts *F)
{
    for (size_t q = 0; q < F->nquotes; q++) {
        pr_quote *Q = &F->quotes[q];
        if (Q->dup_of != UINT32_MAX || Q->speaker[0]) continue;
        size_t best = SIZE_MAX, bestn = 0;
        for (size_t r = 0; r < F->nquotes; r++) {
            if (!lends_speaker(F, q, r)) continue;
            size_t n = 0;
            for (size_t k = r; k < F->nquotes; k++)
                n += lends_speaker(F, q, k) && !strcmp(F->quotes[k].speaker, F->quotes[r].speaker);
            if (n > bestn) { best = r; bestn = n; }
        }
        if (best != SIZE_MAX) memcpy(Q->speaker, F->quotes[best].speaker, sizeof Q->speaker);
    }
}

/* An age is a row of the person it is told of, named as the entities name them ("age (Alberto
 * Contador)", so that "Contador, 26 ans" in another source joins it); an age whose name is no
 * person of the story is left out. */
static precis_status name_ages(pr_facts *F)
{
    size_t *map = pr_malloc((F->nfigs + 1) * sizeof *map);
    if (!map) return PRECIS_ERR_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < F->nfigs; i++) {
        pr_fig *g = &F->figs[i];
        bool keep = true;
        if (!strcmp(g->what, "age")) {
            const char *nm = g->name_end > g->name_start ? person_in(F, g->doc, g->name_start, g->name_end) : NULL;
            keep = nm && strlen(nm) + 7 < sizeof g->what;
            if (keep) snprintf(g->what, sizeof g->what, "age (%s)", nm);
        }
        map[i] = keep ? n : SIZE_MAX;
        if (keep && n != i) F->figs[n] = *g;
        n += keep;
    }
    for (size_t i = 0; i < n; i++) {
        pr_fig *g = &F->figs[i];
        if (g->parent >= 0) g->parent = map[g->parent] == SIZE_MAX ? -1 : (int)map[g->parent];
    }
    F->nfigs = n;
    pr_free(map);
    return PRECIS_OK;
}

precis_status pr_facts_extract(const precis_story *story, pr_facts **out)
{
    *out = NULL;
    if (!story) return PRECIS_ERR_ARG;
    pr_facts *F = pr_calloc(1, sizeof *F);
    if (!F) return PRECIS_ERR_NOMEM;
    F->story = story;
    F->lang = pr_story_lang(story);
    if (!F->lang) F->lang = "en";
    pr_intern_init(&F->ifull);
    pr_intern_init(&F->lower_all);
    pr_intern_init(&F->ikey);
    precis_status st = PRECIS_OK;
    for (size_t i = 0; i < story->n_docs && !st; i++) st = figures_of_doc(F, i);
    /* words written in lower case anywhere in the story ("arméniens" in one source makes
     * "les Arméniens" of another a people, not a name) */
    for (size_t i = 0; i < story->n_docs && !st; i++) {
        const precis_doc *d = story->docs[i];
        for (size_t k = 0; k < d->n_toks && !st; k++) {
            const pr_token *t = &d->toks[k];
            if (t->kind != PR_TOK_WORD || (t->flags & PR_TF_CAP)) continue;
            const char *lw = pr_tok_lower(d, t);
            if (pr_intern_add(&F->lower_all, lw, strlen(lw)) == UINT32_MAX) st = PRECIS_ERR_NOMEM;
        }
    }
    for (size_t i = 0; i < story->n_docs && !st; i++) st = entities_of_doc(F, i);
    if (!st) st = retype(F);
    /* spellings first: a lone surname ("Netanyahu") or given name ("Lance") finds one person to
     * join, not a person and his misspelt name ("Binyamin Netanyahu", "Lance Armsrong") */
    if (!st) st = fold_misspellings(F);
    if (!st) st = fold_aliases(F);
    if (!st) st = fold_acronyms(F);
    /* a role is a person's title: an organization or a place keeps none ("maire" came to "PS"
     * from "le maire PS", then to the Parti socialiste it abbreviates) */
    for (size_t i = 0; i < F->nents && !st; i++)
        if (F->ents[i].type != PR_ENT_PERSON) F->ents[i].role[0] = 0;
    /* quotes last: their speaker lookups read the final types and names (none of the steps above
     * reads a quote) */
    for (size_t i = 0; i < story->n_docs && !st; i++) st = quotes_of_doc(F, i);
    if (!st) piece_speakers(F);
    if (!st) st = merge_quotes(F);
    if (!st) st = quote_sources(F);
    if (!st) human_speakers(F);
    if (!st) st = name_roles(F);
    if (!st) copy_speakers(F);
    if (!st) st = name_ages(F);
    if (!st) st = build_rows(F);
    if (st) { pr_facts_free(F); return st; }
    *out = F;
    return PRECIS_OK;
}

/* ---- output -------------------------------------------------------------------------------------- */

static const char *status_name(pr_fig_status s)
{
    return s == PR_FIG_AGREE ? "agree" : s == PR_FIG_COMPATIBLE ? "compatible" :
           s == PR_FIG_RISING ? "rising" : "disagree";
}
static const char *type_name(pr_ent_type t)
{
    return t == PR_ENT_PERSON ? "person" : t == PR_ENT_ORG ? "organization" : t == PR_ENT_OTHER ? "other" : "place";
}

static const char *doc_id(const pr_facts *f, size_t d)
{
    const char *id = f->story->docs[d]->id;
    return id ? id : "?";
}

/* The sentence of a figure, whitespace collapsed; caller frees. */
static char *fig_text(const pr_facts *f, size_t fi)
{
    const pr_fig *g = &f->figs[fi];
    const precis_doc *d = f->story->docs[g->doc];
    const pr_sent *s = &d->sents[g->sent];
    pr_buf b;
    pr_buf_init(&b);
    for (size_t i = s->start; i < s->end; i++) {
        char c = d->text[i] == '\n' || d->text[i] == '\t' ? ' ' : d->text[i];
        if (c == ' ' && b.len && b.data[b.len - 1] == ' ') continue;
        pr_buf_putc(&b, c);
    }
    if (b.oom) { pr_buf_free(&b); return NULL; }
    return pr_buf_detach(&b, NULL);
}

/* Digit grouping and decimal mark of the labels' language, read from how it writes the key
 * "1,234.5" (data/labels: "1 234,5" in French); English when the labels do not say. */
typedef struct numstyle { char group[8], mark[8]; } numstyle;
static numstyle number_style(const pr_wordlist *L)
{
    numstyle ns;
    const char *x = pr_label(L, "1,234.5");
    const char *a = strstr(x, "1"), *b = strstr(x, "234"), *c = strstr(x, "5");
    if (!a || !b || !c || b <= a || c <= b + 3 || b - a - 1 > 7 || c - b - 3 > 7) x = "1,234.5", a = x, b = x + 2, c = x + 6;
    snprintf(ns.group, sizeof ns.group, "%.*s", (int)(b - a - 1), a + 1);
    snprintf(ns.mark, sizeof ns.mark, "%.*s", (int)(c - b - 3), b + 3);
    return ns;
}

/* Digits of a non-negative integer below 1e15, grouped by three. */
static void grouped(char *out, size_t cap, double v, const char *group)
{
    char d[24];
    snprintf(d, sizeof d, "%.0f", v);
    size_t n = strlen(d), o = 0;
    for (size_t i = 0; i < n && o + 8 < cap; i++) {
        if (i && (n - i) % 3 == 0 && n > 4) o += (size_t)snprintf(out + o, cap - o, "%s", group);
        out[o++] = d[i];
    }
    out[o] = 0;
}

/* A value as a reader of the story's language writes it: digits grouped ("12 000", "12,000";
 * four digits stay whole: "7000"), its decimal mark ("3,5"), and millions and billions in
 * words when three decimals hold them ("6,4 milliards", "6.4 billion", "300 millions"). */
static void fmt_value(const pr_wordlist *L, const numstyle *ns, char *out, size_t cap, double v)
{
    const char *group = ns->group, *mark = ns->mark;
    double a = fabs(v);
    const char *neg = v < 0 ? "-" : "";
    if (a >= 1e6 && a < 1e15) {
        bool bn = a >= 1e9;
        double sc = a / (bn ? 1e9 : 1e6);
        if (fabs(sc * 1000 - floor(sc * 1000 + 0.5)) < 1e-6) {
            char d[32];
            snprintf(d, sizeof d, "%.3f", sc);
            size_t n = strlen(d);
            while (n && d[n - 1] == '0') d[--n] = 0;
            if (n && d[n - 1] == '.') d[--n] = 0;
            char *dot = strchr(d, '.');
            const char *word = bn ? (sc >= 2 ? "x billions" : "x billion") : (sc >= 2 ? "x millions" : "x million");
            if (dot) snprintf(out, cap, "%s%.*s%s%s %s", neg, (int)(dot - d), d, mark, dot + 1, pr_label(L, word));
            else snprintf(out, cap, "%s%s %s", neg, d, pr_label(L, word));
            return;
        }
    }
    if (a == floor(a) && a < 1e15) {
        char g[40];
        grouped(g, sizeof g, a, group);
        snprintf(out, cap, "%s%s", neg, g);
        return;
    }
    char d[32];
    snprintf(d, sizeof d, "%.6g", v);
    char *dot = strchr(d, '.');
    if (dot && !strchr(d, 'e')) snprintf(out, cap, "%.*s%s%s", (int)(dot - d), d, mark, dot + 1);
    else snprintf(out, cap, "%s", d);
}

/* A vague multiple as a reader says it: "des dizaines" is value 10 with qualifier "several",
 * shown as "dozens" rather than "several 10". NULL for other values. */
static const char *vague_name(double v)
{
    return v == 10 ? "dozens" : v == 100 ? "hundreds" : v == 1000 ? "thousands" : v == 1e4 ? "tens of thousands"
         : v == 1e5 ? "hundreds of thousands" : v == 1e6 ? "millions" : v == 1e7 ? "tens of millions"
         : v == 1e8 ? "hundreds of millions" : v == 1e9 ? "billions" : v == 1e10 ? "tens of billions"
         : v == 1e11 ? "hundreds of billions" : NULL;
}

/* Entities and quotes in the order a reader wants them: the most widely reported first. */
typedef struct ranked { size_t a, b; size_t ix; } ranked; /* keys a, b descending, then ix */
static int cmp_ranked(const void *x, const void *y)
{
    const ranked *p = x, *q = y;
    if (p->a != q->a) return p->a > q->a ? -1 : 1;
    if (p->b != q->b) return p->b > q->b ? -1 : 1;
    return p->ix < q->ix ? -1 : p->ix > q->ix;
}

/* Sorts r[0..n) and hands its indexes to *out (caller frees); frees r. Returns n, or 0 with
 * *oom set when memory ran out. */
static size_t ranked_out(ranked *r, size_t n, size_t **out, bool *oom)
{
    qsort(r, n, sizeof *r, cmp_ranked);
    size_t *ix = n ? pr_malloc(n * sizeof *ix) : NULL;
    if (n && !ix) { pr_free(r); *oom = true; return 0; }
    for (size_t k = 0; k < n; k++) ix[k] = r[k].ix;
    pr_free(r);
    *out = ix;
    return n;
}

/* The entities listed (pr_ent_shown; with `typed`, only people, places and organizations), by
 * sources then mentions, most first. Returns their number; *out (caller frees) holds their
 * indexes, NULL when there are none or memory ran out (then *oom is set). */
static size_t ranked_ents(const pr_facts *f, bool typed, size_t **out, bool *oom)
{
    *out = NULL;
    ranked *r = pr_malloc((f->nents + 1) * sizeof *r);
    size_t n = 0;
    if (!r) { *oom = true; return 0; }
    for (size_t e = 0; e < f->nents; e++) {
        const pr_ent *en = &f->ents[e];
        if (!pr_ent_shown(en) || (typed && en->type == PR_ENT_OTHER)) continue;
        r[n++] = (ranked){en->ndocs, en->mentions, e};
    }
    return ranked_out(r, n, out, oom);
}

/* Appends the words of quote q in its document d up to byte `to` (at most its end): its incise of
 * attribution left out, line breaks made spaces. */
static void quote_put(pr_buf *b, const precis_doc *d, const pr_quote *q, size_t to)
{
    for (size_t i = q->start; i < to; i++) {
        if (i == q->gap0 && q->gap1 > q->gap0) i = q->gap1;
        if (i < to) pr_buf_putc(b, d->text[i] == '\n' ? ' ' : d->text[i]);
    }
}

/* The words of quote q as a JSON string (quote_put()); NULL when out of memory. */
static json_t *quote_json(const precis_doc *d, const pr_quote *q)
{
    pr_buf b;
    pr_buf_init(&b);
    quote_put(&b, d, q, q->end);
    json_t *s = b.oom ? NULL : json_stringn(b.data ? b.data : "", b.len);
    pr_buf_free(&b);
    return s;
}

#define QUOTE_FULL 300 /* bytes from which a quote says as much as a longer one (quote_before) */

/* Does quote q open on a capital: words said as a sentence, not a phrase taken into the
 * writer's own ("appelé à « la reprise immédiate des négociations … »")? */
static bool quote_whole(const pr_facts *f, const pr_quote *q)
{
    const precis_doc *d = f->story->docs[q->doc];
    size_t i = q->start;
    int32_t c = pr_utf8_next(d->text, q->end, &i);
    return c > 0 && pr_cp_is_upper(c);
}

/* Does listed quote k come before listed quote q among its speaker's: told by more sources, or
 * by as many and said as a sentence (quote_whole) when q is not, or longer (a whole passage
 * before a few words of it, up to QUOTE_FULL bytes), or the same and earlier in the story? */
static bool quote_before(const pr_facts *f, size_t k, size_t q)
{
    const pr_quote *K = &f->quotes[k], *Q = &f->quotes[q];
    if (K->ndocs != Q->ndocs) return K->ndocs > Q->ndocs;
    bool kw = quote_whole(f, K), qw = quote_whole(f, Q);
    if (kw != qw) return kw;
    size_t kl = K->end - K->start, ql = Q->end - Q->start;
    kl = kl < QUOTE_FULL ? kl : QUOTE_FULL;
    ql = ql < QUOTE_FULL ? ql : QUOTE_FULL;
    return kl != ql ? kl > ql : k < q;
}

/* The quotes listed (not repeats of another), by sources, then with a known speaker first, each
 * speaker's first quote (quote_before) before anyone's second (a reader sees who said what
 * before more of the same voice), then in the order of the story. Same contract as
 * ranked_ents(). */
static size_t ranked_quotes(const pr_facts *f, size_t **out, bool *oom)
{
    *out = NULL;
    ranked *r = pr_malloc((f->nquotes + 1) * sizeof *r);
    size_t n = 0;
    if (!r) { *oom = true; return 0; }
    for (size_t q = 0; q < f->nquotes; q++) {
        const pr_quote *qu = &f->quotes[q];
        if (qu->dup_of != UINT32_MAX) continue;
        size_t nth = 0; /* listed quotes of the same speaker before it */
        for (size_t k = 0; qu->speaker[0] && k < f->nquotes; k++)
            nth += k != q && f->quotes[k].dup_of == UINT32_MAX && !strcmp(f->quotes[k].speaker, qu->speaker) &&
                   quote_before(f, k, q);
        r[n++] = (ranked){qu->ndocs, qu->speaker[0] ? SIZE_MAX - nth : 0, q};
    }
    return ranked_out(r, n, out, oom);
}

/* "… 23 more with --format json" after a list cut to its first `shown` items. */
static void more_line(pr_buf *b, const pr_wordlist *L, size_t n, size_t shown, bool md)
{
    if (n > shown) pr_buf_printf(b, md ? "- … %zu %s\n" : "  … %zu %s\n", n - shown, pr_label(L, "more with --format json"));
}

json_t *pr_facts_to_json(const pr_facts *f)
{
    json_t *root = json_object(), *figs = json_array(), *ents = json_array(), *quotes = json_array();
    bool ok = root && figs && ents && quotes;
    if (ok) {
        json_object_set_new(root, "figures", figs);
        json_object_set_new(root, "entities", ents);
        json_object_set_new(root, "quotes", quotes);
    } else {
        json_decref(figs); json_decref(ents); json_decref(quotes);
    }
    for (size_t r = 0; ok && r < f->nrows; r++) {
        const pr_frow *row = &f->rows[r];
        json_t *o = json_object(), *vals = json_array();
        ok = o && vals && !json_array_append_new(figs, o);
        if (!ok) { json_decref(vals); break; }
        json_object_set_new(o, "what", json_string(row->what));
        json_object_set_new(o, "values", vals);
        for (size_t k = 0; ok && k < row->nvals; k++) {
            const pr_fval *v = &row->vals[k];
            json_t *vo = json_object(), *src = json_array();
            char *text = fig_text(f, v->fig);
            ok = vo && src && text && !json_array_append_new(vals, vo);
            if (!ok) { json_decref(src); pr_free(text); break; }
            json_object_set_new(vo, "value", v->value == floor(v->value) && fabs(v->value) < 1e15
                                                 ? json_integer((json_int_t)v->value) : json_real(v->value));
            json_object_set_new(vo, "qualifier", json_string(v->qual));
            const pr_fig *fg = &f->figs[v->fig];
            if (fg->when_end > fg->when_start) {
                const char *dt = f->story->docs[fg->doc]->text;
                json_object_set_new(vo, "when", json_stringn(dt + fg->when_start, fg->when_end - fg->when_start));
            }
            for (size_t j = 0; j < v->ndocs; j++) json_array_append_new(src, json_string(doc_id(f, v->docs[j])));
            json_object_set_new(vo, "sources", src);
            json_object_set_new(vo, "text", json_string(text));
            pr_free(text);
        }
        if (ok) json_object_set_new(o, "status", json_string(status_name(row->status)));
    }
    bool oom = false;
    size_t *ix;
    size_t nix = ranked_ents(f, false, &ix, &oom);
    if (oom) ok = false;
    for (size_t k = 0; ok && k < nix; k++) {
        const pr_ent *en = &f->ents[ix[k]];
        json_t *o = json_object(), *var = json_array(), *src = json_array();
        ok = o && var && src && !json_array_append_new(ents, o);
        if (!ok) { json_decref(var); json_decref(src); break; }
        json_object_set_new(o, "name", json_string(en->name));
        json_object_set_new(o, "type", json_string(type_name(en->type)));
        for (size_t v = 0; v < en->nvar; v++) json_array_append_new(var, json_string(en->variants[v]));
        json_object_set_new(o, "variants", var);
        if (en->role[0]) json_object_set_new(o, "role", json_string(en->role));
        json_object_set_new(o, "mentions", json_integer((json_int_t)en->mentions));
        for (size_t j = 0; j < en->ndocs; j++) json_array_append_new(src, json_string(doc_id(f, en->docs[j])));
        json_object_set_new(o, "sources", src);
    }
    pr_free(ix);
    for (size_t q = 0; ok && q < f->nquotes; q++) {
        const pr_quote *qu = &f->quotes[q];
        if (qu->dup_of != UINT32_MAX) continue;
        const precis_doc *d = f->story->docs[qu->doc];
        json_t *o = json_object(), *src = json_array();
        ok = o && src && !json_array_append_new(quotes, o);
        if (!ok) { json_decref(src); break; }
        json_object_set_new(o, "text", quote_json(d, qu));
        json_object_set_new(o, "speaker", qu->speaker[0] ? json_string(qu->speaker) : json_null());
        json_object_set_new(o, "source", json_string(doc_id(f, qu->doc)));
        /* every source telling these words (this quote's, then its copies') */
        for (size_t k = 0; k < qu->ndocs; k++) json_array_append_new(src, json_string(doc_id(f, qu->docs[k])));
        json_object_set_new(o, "sources", src);
        /* the quotes merged into this one, as extracted (each with its own speaker and source) */
        json_t *rep = json_array();
        if (!rep) { ok = false; break; }
        for (size_t r = 0; r < f->nquotes; r++) {
            const pr_quote *qr = &f->quotes[r];
            if (qr->dup_of != q) continue;
            const precis_doc *dr = f->story->docs[qr->doc];
            json_t *x = json_object();
            if (!x || json_array_append_new(rep, x)) { ok = false; break; }
            json_object_set_new(x, "text", quote_json(dr, qr));
            json_object_set_new(x, "speaker", qr->speaker[0] ? json_string(qr->speaker) : json_null());
            json_object_set_new(x, "source", json_string(doc_id(f, qr->doc)));
        }
        json_object_set_new(o, "repeats", rep);
    }
    if (!ok) { json_decref(root); return NULL; }
    return root;
}

/* Cites document d: its id, or with `numbered` its 1-based place in the story ("[2]" in a brief,
 * the numbering of the brief's sentences and source list). */
static void cite(pr_buf *b, const pr_facts *f, size_t d, bool numbered)
{
    if (numbered) pr_buf_printf(b, "%zu", d + 1);
    else pr_buf_puts(b, doc_id(f, d));
}

/* What a row counts, in the labels' language: "dead", or "dead (civilians)" part by part. */
static void what_label(pr_buf *b, const pr_wordlist *L, const char *what)
{
    const char *p = strstr(what, " (");
    size_t n = strlen(what);
    if (!p || what[n - 1] != ')' || !L) { pr_buf_puts(b, pr_label(L, what)); return; }
    char head[64], sub[64];
    snprintf(head, sizeof head, "%.*s", (int)(p - what), what);
    snprintf(sub, sizeof sub, "%.*s", (int)(what + n - 1 - (p + 2)), p + 2);
    pr_buf_printf(b, "%s (%s)", pr_label(L, head), pr_label(L, sub));
}

/* Is the row in the text lists (PR_FACTS_SHOW_FIGURES): not a single source's amount or
 * duration. */
static bool row_listed(const pr_frow *r) { return r->nsrc >= 2 || !(r->measure || r->money); }

bool pr_facts_render_text(const pr_facts *f, pr_buf *b, bool md, bool numbered)
{
    char num[48];
    const pr_wordlist *L = pr_story_labels(f->story);
    const numstyle ns = number_style(L);
    size_t listed = 0;
    for (size_t r = 0; r < f->nrows; r++) listed += row_listed(&f->rows[r]);
    if (listed) {
        pr_buf_printf(b, md ? "## %s\n\n" : "%s\n", pr_label(L, "Figures"));
        size_t shown = 0;
        for (size_t r = 0; r < f->nrows && shown < PR_FACTS_SHOW_FIGURES; r++) {
            const pr_frow *row = &f->rows[r];
            if (!row_listed(row)) continue;
            shown++;
            pr_buf_puts(b, md ? "- **" : "  ");
            what_label(b, L, row->what);
            pr_buf_puts(b, md ? "**: " : ": ");
            for (size_t k = 0; k < row->nvals; k++) {
                const pr_fval *v = &row->vals[k];
                const char *vague = !strcmp(v->qual, "several") ? vague_name(v->value) : NULL;
                if (!vague) fmt_value(L, &ns, num, sizeof num, v->value);
                if (vague) pr_buf_printf(b, "%s%s", k ? "; " : "", pr_label(L, vague));
                else pr_buf_printf(b, "%s%s%s%s", k ? "; " : "", *v->qual ? pr_label(L, v->qual) : "", *v->qual ? " " : "", num);
                const pr_fig *fg = &f->figs[v->fig];
                if (fg->when_end > fg->when_start) put_when(b, f, fg);
                pr_buf_puts(b, numbered ? " [" : " (");
                for (size_t j = 0; j < v->ndocs; j++) {
                    if (j) pr_buf_puts(b, ", ");
                    cite(b, f, v->docs[j], numbered);
                }
                pr_buf_puts(b, numbered ? "]" : ")");
            }
            if (row->nvals > 1) pr_buf_printf(b, md || numbered ? " — %s%s%s" : " [%s%s%s]", md ? "*" : "",
                                              pr_label(L, status_name(row->status)), md ? "*" : "");
            pr_buf_puts(b, "\n");
        }
        more_line(b, L, f->nrows, shown, md);
        pr_buf_puts(b, "\n");
    }
    bool oom = false;
    size_t *ix;
    size_t n = ranked_ents(f, true, &ix, &oom);
    if (n) {
        pr_buf_printf(b, md ? "## %s\n\n" : "%s\n", pr_label(L, "People, places, organizations"));
        size_t shown = n < PR_FACTS_SHOW_ENTITIES ? n : PR_FACTS_SHOW_ENTITIES;
        for (size_t k = 0; k < shown; k++) {
            const pr_ent *en = &f->ents[ix[k]];
            pr_buf_printf(b, md ? "- **%s** (%s" : "  %s (%s", en->name, pr_label(L, type_name(en->type)));
            if (en->role[0]) pr_buf_printf(b, "; %s", en->role);
            for (size_t v = 0; v < en->nvar; v++) {
                if (v) pr_buf_puts(b, ", ");
                else pr_buf_printf(b, "; %s ", pr_label(L, "also"));
                pr_buf_puts(b, en->variants[v]);
            }
            pr_buf_printf(b, "): %zu %s %s %zu %s\n", en->mentions, pr_label(L, en->mentions > 1 ? "mentions" : "mention"),
                          pr_label(L, "in"), en->ndocs, pr_label(L, en->ndocs > 1 ? "sources" : "source"));
        }
        more_line(b, L, n, shown, md);
        pr_buf_puts(b, "\n");
    }
    pr_free(ix);
    n = ranked_quotes(f, &ix, &oom);
    if (n) {
        pr_buf_printf(b, md ? "## %s\n\n" : "%s\n", pr_label(L, "Quotes"));
        size_t shown = n < PR_FACTS_SHOW_QUOTES ? n : PR_FACTS_SHOW_QUOTES;
        for (size_t k = 0; k < shown; k++) {
            const pr_quote *qu = &f->quotes[ix[k]];
            const precis_doc *d = f->story->docs[qu->doc];
            pr_buf_puts(b, md ? "> " : "  “");
            /* the comma that led to the attribution ('"So far, there's been none," she said') */
            size_t qe = qu->end;
            while (qe > qu->start && (d->text[qe - 1] == ',' || d->text[qe - 1] == ' ')) qe--;
            quote_put(b, d, qu, qe);
            /* a quote whose speaker precis could not find says so in words, not with a "?" */
            pr_buf_printf(b, md ? "\n> — %s " : "” — %s ", qu->speaker[0] ? qu->speaker : pr_label(L, "speaker not named"));
            pr_buf_puts(b, numbered ? "[" : "(");
            for (size_t j = 0; j < qu->ndocs; j++) {
                if (j) pr_buf_puts(b, ", ");
                cite(b, f, qu->docs[j], numbered);
            }
            pr_buf_puts(b, numbered ? (md ? "]\n\n" : "]\n") : (md ? ")\n\n" : ")\n"));
        }
        more_line(b, L, n, shown, md);
    }
    pr_free(ix);
    if (oom) b->oom = true;
    return !b->oom;
}

/* ---- public API ---------------------------------------------------------------------------------- */

PRECIS_API precis_status precis_story_facts(const precis_story *story, precis_facts **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!story) return PRECIS_ERR_ARG;
    return pr_facts_extract(story, out);
}

PRECIS_API void precis_facts_free(precis_facts *facts) { pr_facts_free(facts); }

PRECIS_API precis_status precis_facts_render(const precis_facts *facts, precis_format format,
                                             char **out, size_t *len)
{
    if (!facts || !out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (len) *len = 0;
    if (format == PRECIS_FORMAT_JSON) {
        json_t *j = pr_facts_to_json(facts);
        if (!j) return PRECIS_ERR_NOMEM;
        char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        json_decref(j);
        if (!s) return PRECIS_ERR_NOMEM;
        size_t n = strlen(s);
        char *c = pr_malloc(n + 2);
        if (!c) { free(s); return PRECIS_ERR_NOMEM; }
        memcpy(c, s, n);
        c[n] = '\n';
        c[n + 1] = 0;
        free(s);
        *out = c;
        if (len) *len = n + 1;
        return PRECIS_OK;
    }
    pr_buf b;
    pr_buf_init(&b);
    if (!pr_facts_render_text(facts, &b, format != PRECIS_FORMAT_TEXT, false)) { pr_buf_free(&b); return PRECIS_ERR_NOMEM; }
    size_t n = b.len;
    char *s = pr_buf_detach(&b, NULL);
    if (!s) { s = pr_strdup(""); n = 0; if (!s) return PRECIS_ERR_NOMEM; }
    *out = s;
    if (len) *len = n;
    return PRECIS_OK;
}
