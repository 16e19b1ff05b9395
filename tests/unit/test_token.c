/* test_token.c — language identification, tokens, stems and stopwords on real sentences. */
#include "harness.h"
#include "internal.h"
#include <libstemmer.h>

static precis_ctx *ctx;

static precis_doc *mk(const char *text)
{
    precis_doc *d = NULL;
    precis_status st = precis_doc_new(ctx, "t", NULL, text, strlen(text), &d);
    CHECK_MSG(st == PRECIS_OK, "doc_new: %s", precis_ctx_errmsg(ctx));
    return d;
}

/* Space-joined lower forms (or stems) of all tokens. */
static void joined(precis_doc *d, bool stems, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = 0;
    for (size_t i = 0; i < precis_doc_token_count(d); i++) {
        precis_token t;
        precis_doc_token(d, i, &t);
        n += (size_t)snprintf(out + n, cap - n, "%s%s", i ? " " : "", stems ? t.stem : t.lower);
        if (n >= cap) break;
    }
}

/* The stem cache (pr_ctx_stem) gives Snowball's stem for every word, per language, on first
 * sight, on a hit and after it starts over (more than 65,536 distinct words). */
static void test_stem_cache(void)
{
    precis_ctx *c;
    CHECK(precis_ctx_new(NULL, &c) == PRECIS_OK);
    struct sb_stemmer *fr = pr_ctx_stemmer(c, "fr"), *en = pr_ctx_stemmer(c, "en");
    struct sb_stemmer *ref = sb_stemmer_new("french", "UTF_8"), *ref_en = sb_stemmer_new("english", "UTF_8");
    CHECK(fr && en && ref && ref_en);
    if (!fr || !en || !ref || !ref_en) return;
    static const char *const words[] = {"habitants", "évacués", "offensive", "nations", "running", "a", "x"};
    char got[64], want[64];
    size_t bad = 0, fr_en_differ = 0;
    for (int pass = 0; pass < 2; pass++)  /* pass 1: every word is a hit */
        for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
            size_t n = strlen(words[i]), l;
            const char *s = pr_ctx_stem(c, fr, words[i], n, &l);
            snprintf(got, sizeof got, "%.*s", s ? (int)l : 0, s ? s : "");
            const sb_symbol *r = sb_stemmer_stem(ref, (const sb_symbol *)words[i], (int)n);
            snprintf(want, sizeof want, "%.*s", sb_stemmer_length(ref), (const char *)r);
            bad += strcmp(got, want) != 0;
            s = pr_ctx_stem(c, en, words[i], n, &l);   /* same word, other language: its own entry */
            snprintf(want, sizeof want, "%.*s", s ? (int)l : 0, s ? s : "");
            r = sb_stemmer_stem(ref_en, (const sb_symbol *)words[i], (int)n);
            bad += strncmp(want, (const char *)r, (size_t)sb_stemmer_length(ref_en)) != 0 ||
                   strlen(want) != (size_t)sb_stemmer_length(ref_en);
            fr_en_differ += strcmp(got, want) != 0;
        }
    CHECK_INT(bad, 0);
    CHECK(fr_en_differ > 0);
    CHECK(c->stem_n == 2 * sizeof words / sizeof *words);
    /* past the cap the cache starts over; stems stay right */
    size_t wrong = 0, peak = 0;
    for (int i = 0; i < 70000; i++) {
        char w[32];
        int n = snprintf(w, sizeof w, "mots%dations", i);
        size_t l;
        const char *s = pr_ctx_stem(c, fr, w, (size_t)n, &l);
        const sb_symbol *r = sb_stemmer_stem(ref, (const sb_symbol *)w, n);
        wrong += !s || l != (size_t)sb_stemmer_length(ref) || memcmp(s, r, l) != 0;
        if (c->stem_n > peak) peak = c->stem_n;
    }
    CHECK_INT(wrong, 0);
    CHECK_INT(peak, 65536);
    CHECK(c->stem_n < 10000);
    /* a stem the cache returned can be stemmed again (it points into the cache) */
    size_t l, l2;
    const char *s = pr_ctx_stem(c, en, "nationalizations", 16, &l);
    CHECK(s != NULL);
    const char *s2 = s ? pr_ctx_stem(c, en, s, l, &l2) : NULL;
    CHECK(s2 != NULL);
    sb_stemmer_delete(ref);
    sb_stemmer_delete(ref_en);
    precis_ctx_free(c);
}

int main(void)
{
    test_stem_cache();
    precis_ctx_new(NULL, &ctx);
    char buf[1024];

    CHECK_STR(precis_detect_lang(ctx, "Le président français a appelé mardi l'Azerbaïdjan à mettre fin à l'opération militaire dans la région.", 104), "fr");
    const char *en = "The French president on Tuesday called on Azerbaijan to end the military operation in the region and to resume talks.";
    CHECK_STR(precis_detect_lang(ctx, en, strlen(en)), "en");
    const char *de = "Der französische Präsident hat am Dienstag Aserbaidschan aufgefordert, die Militäroperation in der Region zu beenden.";
    CHECK_STR(precis_detect_lang(ctx, de, strlen(de)), "de");
    CHECK_STR(precis_detect_lang(ctx, "Newsletter Podcasts Vidéos", 26), "und");

    precis_doc *d = mk("L’Azerbaïdjan a lancé une offensive au Haut-Karabakh : 7 000 évacués, 3,5 % et 120.000 habitants.");
    CHECK_STR(precis_doc_lang(d), "fr");
    joined(d, false, buf, sizeof buf);
    CHECK_STR(buf, "l ' azerbaïdjan a lancé une offensive au haut - karabakh : 7 000 évacués , 3,5 % et 120.000 habitants .");
    joined(d, true, buf, sizeof buf);
    CHECK_STR(buf, "l ' azerbaïdjan a lanc une offens au haut - karabakh : 7000 évacu , 3,5 % et 120.000 habit .");
    precis_token t;
    precis_doc_token(d, 0, &t);
    CHECK(t.is_stopword);      /* l' */
    CHECK_INT(t.kind, 0);
    precis_doc_token(d, 12, &t);
    CHECK_INT(t.kind, 1);      /* "7 000" is one number */
    CHECK_INT(t.end - t.start, 5);
    precis_doc_free(d);

    d = mk("The U.S. Secretary of State said Azerbaijan's actions were deeply concerning.");
    CHECK_STR(precis_doc_lang(d), "en");
    joined(d, true, buf, sizeof buf);
    CHECK(strstr(buf, "azerbaijan ' s action were deepli concern") != NULL);
    precis_doc_free(d);

    /* forced language */
    precis_options o = precis_options_default();
    snprintf(o.lang, sizeof o.lang, "en");
    precis_ctx *c2;
    precis_ctx_new(&o, &c2);
    precis_doc *d2;
    CHECK_INT(precis_doc_new(c2, "x", NULL, "Les combats ont fait des morts.", 31, &d2), PRECIS_OK);
    CHECK_STR(precis_doc_lang(d2), "en");
    precis_doc_free(d2);
    precis_ctx_free(c2);

    /* words count what a reader counts */
    CHECK_INT(pr_count_words("« Les forces » ont – déjà – 7 000 morts !", 46), 7);
    precis_ctx_free(ctx);
    return TEST_END();
}
