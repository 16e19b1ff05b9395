/* test_numbers.c — the number parser: digits in French and English formats, words, scales,
 * dozens, fractions, percents, ordinals, qualifiers of vagueness, and pathological input
 * (thousands of digits, thousands of number words, out of memory). */
#include "harness.h"
#include "internal.h"
#include "numbers.h"
#include <math.h>
#include <stdlib.h>

/* The single number of text (lang): its value, or NaN when there is not exactly one. */
static double one(const char *lang, const char *text, int *kind, unsigned *flags, size_t *start, size_t *end)
{
    precis_number n[8];
    size_t cnt = 0;
    if (precis_numbers_find(lang, text, strlen(text), 0, n, 8, &cnt) != PRECIS_OK || cnt != 1) return NAN;
    if (kind) *kind = n[0].kind;
    if (flags) *flags = n[0].flags;
    if (start) *start = n[0].start;
    if (end) *end = n[0].end;
    return n[0].value;
}

#define NUM(lang, text, want) do { double v_ = one(lang, text, NULL, NULL, NULL, NULL), w_ = (double)(want); \
    CHECK_MSG(fabs(v_ - w_) <= 1e-9 * (fabs(w_) + 1), "%s \"%s\": expected %.10g, got %.10g", lang, text, w_, v_); } while (0)

static void test_digits(void)
{
    NUM("fr", "27", 27);
    NUM("fr", "7 000 habitants", 7000);
    NUM("fr", "7\xC2\xA0" "000", 7000);          /* NBSP */
    NUM("fr", "7\xE2\x80\xAF" "000", 7000);      /* narrow NBSP */
    NUM("fr", "peuplée de 120.000 civils", 120000);
    NUM("fr", "3,5 %", 3.5);
    NUM("en", "3.5", 3.5);
    NUM("en", "1,234.5", 1234.5);
    NUM("en", "12,567 words", 12567);
    NUM("fr", "1 234 567,89", 1234567.89);
    NUM("fr", "3,5 millions", 3.5e6);
    NUM("en", "1.5 billion", 1.5e9);
    NUM("fr", "1 milliard", 1e9);
    NUM("en", "10k", 1e4);
    NUM("en", "-4/5", -0.8);
    NUM("en", "1e10", 1e10);
    size_t cnt;
    precis_number n[8];
    /* a date and a list are several numbers, never one */
    CHECK(precis_numbers_find("fr", "19.9.2023", 9, 0, n, 8, &cnt) == PRECIS_OK && cnt == 3);
    CHECK(precis_numbers_find("en", "5/17/2018", 9, 0, n, 8, &cnt) == PRECIS_OK && cnt == 3);
    CHECK(precis_numbers_find("en", "22,24,26,31", 11, 0, n, 8, &cnt) == PRECIS_OK && cnt == 4);
    /* "29km": a number glued to its unit */
    unsigned fl = 0;
    CHECK(one("en", "29km", NULL, &fl, NULL, NULL) == 29 && (fl & PRECIS_NUMBER_GLUED));
    CHECK(one("en", "a 300m race", NULL, &fl, NULL, NULL) == 300 && (fl & PRECIS_NUMBER_GLUED));
    /* after a currency sign, "m" and "b" are millions and billions; "Md" before one, milliards */
    NUM("en", "\xC2\xA3" "300m", 300e6);
    NUM("en", "$5b", 5e9);
    NUM("en", "$2mn", 2e6);
    NUM("fr", "1,2 Md\xE2\x82\xAC", 1.2e9);
    NUM("fr", "3 Mds$", 3e9);
    NUM("fr", "5 Md clinique", 5);
    /* 12 significant digits: no binary noise from a decimal times a scale */
    CHECK(one("en", "$8.3 million", NULL, NULL, NULL, NULL) == 8300000.0);
    /* web addresses hold no figures */
    const char *url = "voir https://example.com/a/27/200%";
    CHECK(precis_numbers_find("fr", url, strlen(url), 0, n, 8, &cnt) == PRECIS_OK && cnt == 0);
}

static void test_words(void)
{
    NUM("fr", "deux", 2);
    NUM("fr", "vingt-sept", 27);
    NUM("fr", "soixante et onze", 71);
    NUM("fr", "quatre-vingt-dix-neuf", 99);
    NUM("fr", "quatre vingt dix neuf", 99);
    NUM("fr", "mille deux cents", 1200);
    NUM("fr", "deux cent deux mille", 202000);
    NUM("fr", "quatre douzaines de pièces", 48);
    NUM("fr", "soixante positions", 60);
    NUM("en", "two hundred and five", 205);
    NUM("en", "twenty-one trillion and three hundred", 21000000000300.0);
    NUM("en", "a dozen", 12);
    NUM("en", "half a dozen", 6);
    NUM("en", "three hundred and two dozens", 324);
    NUM("en", "one and a half", 1.5);
    NUM("en", "five and a half million", 5.5e6);
    NUM("fr", "deux tiers", 2.0 / 3);
    NUM("fr", "un sur trois", 1.0 / 3);
    NUM("fr", "deux cent virgule trois", 200.3);
    /* amounts in two parts, and what is not one */
    NUM("en", "it costs 15 dollars 50.", 15.5);
    NUM("fr", "treize euros et quarante-cinq cents", 13.45);
    NUM("en", "he is 5 feet 2 inches", 5 + 2.0 / 12);
    NUM("en", "30 MUSD", 3e7);
    NUM("fr", "34 cents", 34);
    size_t c2;
    precis_number n2[4];
    CHECK(precis_numbers_find("en", "50 dollar 50 dollar", 19, 0, n2, 4, &c2) == PRECIS_OK && c2 == 2);
    unsigned fl = 0;
    CHECK(one("en", "dozens of weapons", NULL, &fl, NULL, NULL) == 12 && (fl & PRECIS_NUMBER_VAGUE));
    CHECK(one("fr", "des dizaines d'armes", NULL, &fl, NULL, NULL) == 10 && (fl & PRECIS_NUMBER_VAGUE));
    CHECK(one("fr", "un vent glacial", NULL, &fl, NULL, NULL) == 1 && (fl & PRECIS_NUMBER_ARTICLE));
    size_t cnt;
    precis_number n[4];
    CHECK(precis_numbers_find("en", "Which one do you prefer?", 24, 0, n, 4, &cnt) == PRECIS_OK && cnt == 0);
    CHECK(precis_numbers_find("fr", "le Premier ministre", 19, 0, n, 4, &cnt) == PRECIS_OK && cnt == 0);
    /* spans */
    size_t s = 0, e = 0;
    const char *t = "au moins vingt-sept morts";
    CHECK(one("fr", t, NULL, NULL, &s, &e) == 27 && s == 9 && e == 19);
}

static void test_percent_ordinal(void)
{
    int kind = -1;
    size_t s, e;
    CHECK(one("fr", "12 %", &kind, NULL, &s, &e) == 12 && kind == PRECIS_NUMBER_PERCENT && e == 4);
    CHECK(one("fr", "vingt pour cent", &kind, NULL, NULL, NULL) == 20 && kind == PRECIS_NUMBER_PERCENT);
    CHECK(one("en", "ten percent", &kind, NULL, NULL, NULL) == 10 && kind == PRECIS_NUMBER_PERCENT);
    precis_number n[4];
    size_t cnt;
    const char *t = "le 3e et la vingt et unième";
    CHECK(precis_numbers_find("fr", t, strlen(t), PRECIS_NUMBERS_ORDINALS, n, 4, &cnt) == PRECIS_OK && cnt == 2 &&
          n[0].value == 3 && n[1].value == 21 && n[1].kind == PRECIS_NUMBER_ORDINAL);
    t = "the 21st and the next to last";
    CHECK(precis_numbers_find("en", t, strlen(t), PRECIS_NUMBERS_ORDINALS, n, 4, &cnt) == PRECIS_OK && cnt == 2 &&
          n[0].value == 21 && (n[1].flags & PRECIS_NUMBER_FROM_END) && n[1].value == -1);
    /* ordinals are not counts */
    CHECK(precis_numbers_find("fr", "le 3e", 6, 0, n, 4, &cnt) == PRECIS_OK && cnt == 0);
}

static void test_pathological(void)
{
    size_t big = 200000;
    char *s = malloc(big + 1);
    CHECK(s != NULL);
    if (!s) return;
    memset(s, '7', big);
    s[big] = 0;
    size_t cnt = 99;
    CHECK(precis_numbers_find("fr", s, big, 0, NULL, 0, &cnt) == PRECIS_OK && cnt == 0); /* too long */
    /* 20,000 number words in a row: linear, and bounded */
    const char *w = "vingt ";
    size_t wl = strlen(w), n = 20000;
    char *t = malloc(n * wl + 1);
    CHECK(t != NULL);
    if (t) {
        for (size_t i = 0; i < n; i++) memcpy(t + i * wl, w, wl);
        t[n * wl] = 0;
        CHECK(precis_numbers_find("fr", t, n * wl, 0, NULL, 0, &cnt) == PRECIS_OK && cnt == n);
        free(t);
    }
    /* separators without end */
    for (size_t i = 0; i < big; i++) s[i] = i % 2 ? ',' : '1';
    CHECK(precis_numbers_find("en", s, big, 0, NULL, 0, &cnt) == PRECIS_OK);
    for (size_t i = 0; i < big; i++) s[i] = i % 4 == 3 ? ' ' : '1';
    CHECK(precis_numbers_find("fr", s, big, 0, NULL, 0, &cnt) == PRECIS_OK);
    free(s);
    /* out of memory at the first allocation: an error, no crash */
    pr_alloc_fail_after(1);
    CHECK(precis_numbers_find("fr", "vingt-sept morts", 16, 0, NULL, 0, &cnt) == PRECIS_ERR_NOMEM);
    pr_alloc_fail_after(0);
    CHECK(precis_numbers_find("fr", "", 0, 0, NULL, 0, &cnt) == PRECIS_OK && cnt == 0);
    CHECK(precis_numbers_find("fr", "x", 1, 0, NULL, 0, NULL) == PRECIS_ERR_ARG);
}

/* pr_numbers_maybe() says no only where the parser finds nothing: each sentence of each text,
 * read as a document (the tokens the test reads), against precis_numbers_find() on its text. */
static void test_maybe(void)
{
    static const struct { const char *lang, *text; int with; } cases[] = {
        {"en", "The committee met on Monday. It approved the plan after a long debate.", 0},
        {"en", "Twenty-two people were hurt. Dozens of homes burned. Half a dozen fled.", 3},
        {"en", "The recipe needs \xC2\xBD cup. A third of voters agreed. Hundreds gathered.", 3},
        {"en", "Covid19 spread. The firm paid $300bn. It rose 3 percent.", 3},
        {"fr", "Le comit\xC3\xA9 s'est r\xC3\xA9uni lundi. Il a approuv\xC3\xA9 le plan.", 0},
        {"fr", "Vingt-sept morts. Des douzaines de blessés. Un mort. Trois cents personnes.", 4},
        {"fr", "Quatre-vingt-dix-neuf ans. Le deuxi\xC3\xA8me jour. Les deux tiers.", 3},
    };
    precis_options o = precis_options_default();
    o.flags |= PRECIS_OPT_KEEP_BOILERPLATE; /* (short texts: the cleaner would take them for furniture) */
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        snprintf(o.lang, sizeof o.lang, "%s", cases[c].lang);
        precis_ctx *ctx = NULL;
        precis_doc *d = NULL;
        CHECK(precis_ctx_new(&o, &ctx) == PRECIS_OK);
        CHECK(ctx && precis_doc_new(ctx, "t", NULL, cases[c].text, strlen(cases[c].text), &d) == PRECIS_OK);
        int with = 0;
        for (size_t i = 0; d && i < d->n_sents; i++) {
            const pr_sent *s = &d->sents[i];
            size_t cnt = 0;
            CHECK(precis_numbers_find(d->lang, d->text + s->start, s->end - s->start, 0, NULL, 0, &cnt) == PRECIS_OK);
            bool maybe = pr_numbers_maybe(d, s);
            CHECK_MSG(maybe || cnt == 0, "case %zu sentence %zu: a number the test missed", c, i);
            with += maybe;
        }
        CHECK_MSG(with == cases[c].with, "case %zu: %d sentences may hold a number, want %d", c, with, cases[c].with);
        precis_doc_free(d);
        precis_ctx_free(ctx);
    }
}

int main(void)
{
    test_maybe();
    test_digits();
    test_words();
    test_percent_ordinal();
    test_pathological();
    return TEST_END();
}
