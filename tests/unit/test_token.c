/* test_token.c — language identification, tokens, stems and stopwords on real sentences. */
#include "harness.h"
#include "internal.h"

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

int main(void)
{
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
