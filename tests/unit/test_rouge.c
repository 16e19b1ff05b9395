/* test_rouge.c — the ROUGE scorer (src/rouge.c) on cases computed by hand: clipped n-gram
 * counts, LCS, word-budget cut, Unicode tokens with French accents and apostrophes, stemming,
 * several and empty references, means over clusters, and out-of-memory at every allocation.
 * The expected values are written as the fractions worked out in the comments. */
#include "harness.h"
#include "internal.h"
#include <math.h>

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)
#define CHECK_NEAR(a, b) CHECK_MSG(NEAR((a), (b)), "%s: expected %.6f, got %.6f", #a, (double)(b), (double)(a))

static precis_ctx *ctx;

static precis_rouge_scores one(const char *lang, unsigned flags, const char *sys,
                               const char *const *refs, size_t nrefs, unsigned budget,
                               precis_status *st)
{
    precis_rouge *r = NULL;
    precis_rouge_scores s;
    memset(&s, 0, sizeof s);
    if (precis_rouge_new(ctx, lang, flags, &r) != PRECIS_OK) { CHECK(0); return s; }
    precis_status x = precis_rouge_add(r, sys, refs, nrefs, budget, &s);
    if (st) *st = x;
    else CHECK_INT(x, PRECIS_OK);
    precis_rouge_free(r);
    return s;
}

static void test_basic(void)
{
    /* sys: the cat sat on the mat (6 tokens, 5 bigrams); ref: the cat lay on the mat.
     * unigrams shared: the×2, cat, on, mat = 5 -> R = P = 5/6;
     * bigrams shared: the-cat, on-the, the-mat = 3 of 5 -> R = P = 3/5;
     * LCS: the cat on the mat = 5 -> 5/6. */
    const char *ref[] = {"The cat lay on the mat."};
    precis_rouge_scores s = one("en", 0, "The cat sat on the mat.", ref, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 5.0 / 6);
    CHECK_NEAR(s.r1.precision, 5.0 / 6);
    CHECK_NEAR(s.r1.f1, 5.0 / 6);
    CHECK_NEAR(s.r2.recall, 3.0 / 5);
    CHECK_NEAR(s.r2.f1, 3.0 / 5);
    CHECK_NEAR(s.rl.recall, 5.0 / 6);
}

static void test_clipping_and_lcs(void)
{
    /* "the" four times against one "the": 1 match. R = 1/2, P = 1/4, F = 2·(1/8)/(3/4) = 1/3. */
    const char *ref[] = {"the cat"};
    precis_rouge_scores s = one("en", 0, "the the the the", ref, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 0.5);
    CHECK_NEAR(s.r1.precision, 0.25);
    CHECK_NEAR(s.r1.f1, 1.0 / 3);
    CHECK_NEAR(s.r2.recall, 0.0); /* the-the never matches the-cat */
    /* LCS is a subsequence, not a substring: a x b y c vs a b c -> 3; R = 1, P = 3/5. */
    const char *ref2[] = {"a b c"};
    s = one("en", 0, "a x b y c", ref2, 1, 0, NULL);
    CHECK_NEAR(s.rl.recall, 1.0);
    CHECK_NEAR(s.rl.precision, 3.0 / 5);
    CHECK_NEAR(s.r2.recall, 0.0);
    /* Order matters for LCS only: c b a vs a b c -> unigrams all match, LCS 1. */
    s = one("en", 0, "c b a", ref2, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 1.0);
    CHECK_NEAR(s.rl.recall, 1.0 / 3);
}

static void test_budget(void)
{
    /* The summary is cut to its first `budget` tokens before anything is counted. */
    const char *ref[] = {"c d"};
    precis_rouge_scores s = one("en", 0, "a b c d e", ref, 1, 2, NULL); /* "a b" */
    CHECK_NEAR(s.r1.recall, 0.0);
    s = one("en", 0, "a b c d e", ref, 1, 4, NULL); /* "a b c d": bigrams a-b b-c c-d */
    CHECK_NEAR(s.r1.recall, 1.0);
    CHECK_NEAR(s.r1.precision, 0.5);
    CHECK_NEAR(s.r2.recall, 1.0);
    CHECK_NEAR(s.r2.precision, 1.0 / 3);
    /* Tokens, not whitespace chunks: "l'armée" is two of them, so budget 2 keeps "l armée". */
    const char *ref2[] = {"armée"};
    s = one("fr", 0, "l'armée avance", ref2, 1, 2, NULL);
    CHECK_NEAR(s.r1.recall, 1.0);
    CHECK_NEAR(s.r1.precision, 0.5);
    /* The reference is never cut. */
    const char *ref3[] = {"a b c d e f"};
    s = one("en", 0, "e f", ref3, 1, 1, NULL); /* "e" */
    CHECK_NEAR(s.r1.recall, 1.0 / 6);
}

static void test_unicode_tokens(void)
{
    /* Accents are kept and case is folded: "Opération" = "opération" != "operation".
     * Apostrophes (’ and ') and hyphens split: sys l|opération|a|commencé|haut|karabakh (6),
     * ref l|opération|commence|au|haut|karabakh (6). Unstemmed: l, opération, haut, karabakh
     * = 4 -> R = P = 4/6. Stemmed (French Snowball): commencé and commence both "commenc"
     * -> 5/6. */
    const char *ref[] = {"l'opération commence au Haut-Karabakh"};
    const char *sys = "L’Opération a commencé — Haut‑Karabakh";
    precis_rouge_scores s = one("fr", 0, sys, ref, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 4.0 / 6);
    CHECK_NEAR(s.r1.precision, 4.0 / 6);
    s = one("fr", PRECIS_ROUGE_STEM, sys, ref, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 5.0 / 6);
    const char *ref2[] = {"operation"};
    s = one("fr", 0, "opération", ref2, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 0.0);
    /* Upper-case non-ASCII letters fold: ÉTÉ = été. Digits are tokens; "7 000" is two. */
    const char *ref3[] = {"été 7 000 morts"};
    s = one("fr", 0, "ÉTÉ 7000 MORTS", ref3, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 2.0 / 4);
    /* Invalid UTF-8 separates tokens instead of failing: "ab\xFF" + "cd" is "ab" "cd". */
    const char *ref4[] = {"ab cd"};
    s = one("en", 0, "ab\xFF" "cd", ref4, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 1.0);
    CHECK_NEAR(s.r2.recall, 1.0);
    /* Other scripts: Greek and Cyrillic words are words. */
    const char *ref5[] = {"Αθήνα Москва"};
    s = one("xx", 0, "αθήνα и москва", ref5, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 1.0);
}

static void test_stemming_en(void)
{
    /* English Snowball: "running"/"runs" -> "run"; "cities"/"city" -> "citi". */
    const char *ref[] = {"the cities runs"};
    precis_rouge_scores s = one("en", 0, "the city running", ref, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 1.0 / 3);
    s = one("en", PRECIS_ROUGE_STEM, "the city running", ref, 1, 0, NULL);
    CHECK_NEAR(s.r1.recall, 1.0);
    CHECK_NEAR(s.r2.recall, 1.0);
    /* A language without a stemmer is scored unstemmed, and says so. */
    precis_rouge *r = NULL;
    CHECK_INT(precis_rouge_new(ctx, "xx", PRECIS_ROUGE_STEM, &r), PRECIS_OK);
    CHECK_INT(precis_rouge_stems(r), 0);
    precis_rouge_free(r);
    CHECK_INT(precis_rouge_new(ctx, "fr", PRECIS_ROUGE_STEM, &r), PRECIS_OK);
    CHECK_INT(precis_rouge_stems(r), 1);
    precis_rouge_free(r);
}

static void test_references_and_means(void)
{
    /* Two references: scores are averaged over them. R-1 vs "a b" = 1, vs "c d" = 0 -> 0.5;
     * F likewise (1 and 0). */
    const char *refs[] = {"a b", "c d"};
    precis_rouge_scores s = one("en", 0, "a b", refs, 2, 0, NULL);
    CHECK_NEAR(s.r1.recall, 0.5);
    CHECK_NEAR(s.r1.f1, 0.5);
    CHECK_NEAR(s.r2.recall, 0.5);
    /* An empty reference (no word) is ignored. */
    const char *refs2[] = {"", " — ", "a b"};
    s = one("en", 0, "a b", refs2, 3, 0, NULL);
    CHECK_NEAR(s.r1.recall, 1.0);
    /* No reference with a word: PRECIS_ERR_EMPTY and nothing is added. */
    precis_rouge *r = NULL;
    CHECK_INT(precis_rouge_new(ctx, "en", 0, &r), PRECIS_OK);
    const char *refs3[] = {"", "..."};
    CHECK_INT(precis_rouge_add(r, "a b", refs3, 2, 0, &s), PRECIS_ERR_EMPTY);
    CHECK_INT(precis_rouge_add(r, "a b", NULL, 0, 0, &s), PRECIS_ERR_EMPTY);
    CHECK_INT(precis_rouge_mean(r, &s, NULL), 0);
    /* Means over clusters: R-1 1, 0.5 and an empty summary (0) -> 0.5; 2 with output. */
    const char *refa[] = {"a b"};
    CHECK_INT(precis_rouge_add(r, "a b", refa, 1, 0, NULL), PRECIS_OK);
    CHECK_INT(precis_rouge_add(r, "a x", refa, 1, 0, NULL), PRECIS_OK);
    CHECK_INT(precis_rouge_add(r, "", refa, 1, 0, &s), PRECIS_OK);
    CHECK_NEAR(s.r1.recall, 0.0);
    CHECK_NEAR(s.r1.f1, 0.0);
    CHECK_INT(precis_rouge_add(r, NULL, refa, 1, 0, NULL), PRECIS_OK);
    size_t with = 99;
    CHECK_INT(precis_rouge_mean(r, &s, &with), 4);
    CHECK_INT(with, 2);
    CHECK_NEAR(s.r1.recall, (1.0 + 0.5) / 4);
    CHECK_NEAR(s.r1.precision, (1.0 + 0.5) / 4);
    precis_rouge_free(r);
    precis_rouge_free(NULL);
    /* Bad arguments. */
    CHECK_INT(precis_rouge_new(NULL, "en", 0, &r), PRECIS_ERR_ARG);
    CHECK_INT(precis_rouge_new(ctx, "en", 0, NULL), PRECIS_ERR_ARG);
    CHECK_INT(precis_rouge_add(NULL, "a", refa, 1, 0, NULL), PRECIS_ERR_ARG);
    CHECK_INT(precis_rouge_mean(NULL, NULL, NULL), 0);
}

static void test_oom(void)
{
    /* Every allocation fails in turn: each call fails cleanly with PRECIS_ERR_NOMEM (ASan
     * checks nothing leaks), then the same work succeeds. */
    const char *refs[] = {"L'opération militaire a fait 27 morts", "vingt-sept morts, selon Bakou"};
    int ooms = 0, ok = 0;
    for (long n = 1; n < 200; n++) {
        precis_rouge *r = NULL;
        pr_alloc_fail_after(n);
        precis_status st = precis_rouge_new(ctx, "fr", PRECIS_ROUGE_STEM, &r);
        if (st == PRECIS_OK) st = precis_rouge_add(r, "L’opération a fait 27 morts", refs, 2, 5, NULL);
        pr_alloc_fail_after(0);
        if (st == PRECIS_ERR_NOMEM) ooms++;
        else if (st == PRECIS_OK) ok++;
        else CHECK_MSG(0, "unexpected status %d at allocation %ld", (int)st, n);
        precis_rouge_free(r);
        if (st == PRECIS_OK) break;
    }
    CHECK(ooms > 0);
    CHECK_INT(ok, 1);
}

int main(void)
{
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 1;
    test_basic();
    test_clipping_and_lcs();
    test_budget();
    test_unicode_tokens();
    test_stemming_en();
    test_references_and_means();
    test_oom();
    precis_ctx_free(ctx);
    return TEST_END();
}
