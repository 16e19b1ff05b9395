/* test_dedup.c — exact and near-duplicate detection (dedup.c). */
#include "harness.h"
#include "dedup.h"
#include <stdlib.h>

static const char *base =
    "Le président français Emmanuel Macron a appelé mardi l'Azerbaïdjan à mettre immédiatement fin à "
    "l'opération militaire dans la région séparatiste du Haut-Karabakh. Lors d'un appel téléphonique avec "
    "le Premier ministre arménien Nikol Pachinian, il a appelé à reprendre les discussions entre l'Arménie "
    "et l'Azerbaïdjan afin de trouver une paix juste et durable. Il a également demandé la cessation "
    "immédiate de l'offensive lancée par Bakou. La France a demandé une réunion d'urgence du Conseil de "
    "sécurité de l'ONU sur la situation au Karabakh. La ministre des Affaires étrangères a jugé l'opération "
    "illégale, injustifiable et inacceptable, et a rappelé la responsabilité de Bakou envers la population.";

static precis_doc *mk(precis_ctx *ctx, const char *text)
{
    precis_doc *d = NULL;
    precis_doc_new(ctx, "t", NULL, text, strlen(text), &d);
    return d;
}

int main(void)
{
    precis_ctx *ctx;
    CHECK(precis_ctx_new(NULL, &ctx) == PRECIS_OK);
    precis_doc *a = mk(ctx, base);
    CHECK(a != NULL);
    char buf[4096];
    /* the same words with other spacing, case and punctuation: an exact copy */
    snprintf(buf, sizeof buf, "%s", base);
    for (char *p = buf; *p; p++) if (*p == ',') *p = ' ';
    precis_doc *b = mk(ctx, buf);
    /* a re-post with a header line and an author bio */
    snprintf(buf, sizeof buf, "Mis à jour le 19/09/2023 à 18h02\n%s\nJean Dupont est journaliste indépendant, spécialiste du Caucase.", base);
    precis_doc *c = mk(ctx, buf);
    /* an unrelated text */
    precis_doc *d = mk(ctx, "Les prix de l'immobilier ont encore baissé au troisième trimestre dans la plupart des grandes "
                            "villes, selon les notaires, qui constatent un recul des transactions et une hausse des délais de vente "
                            "pour les appartements anciens, notamment à Paris, Lyon et Bordeaux, où les acheteurs négocient davantage.");
    CHECK(b && c && d);
    pr_dupsig sa, sb, sc, sd;
    pr_dupsig_compute(a, &sa); pr_dupsig_compute(b, &sb); pr_dupsig_compute(c, &sc); pr_dupsig_compute(d, &sd);
    CHECK(sa.exact != 0);
    CHECK(sa.exact == sb.exact);
    CHECK(sa.exact != sc.exact);
    CHECK(sa.n_shingles > 50);
    CHECK_MSG(pr_dupsig_similarity(&sa, &sc) >= PR_DUP_JACCARD, "header+bio similarity %.2f", pr_dupsig_similarity(&sa, &sc));
    CHECK_MSG(pr_dupsig_similarity(&sa, &sd) < 0.1, "unrelated similarity %.2f", pr_dupsig_similarity(&sa, &sd));

    pr_dedup *dd = pr_dedup_new();
    CHECK(dd != NULL);
    uint32_t item = 0; double sim = 0; bool exact = false;
    CHECK(!pr_dedup_find(dd, &sa, UINT32_MAX, &item, &sim, &exact, NULL)); /* empty index */
    CHECK(pr_dedup_add(dd, 7, &sa, PR_TS_NONE, 0));
    CHECK(pr_dedup_find(dd, &sb, UINT32_MAX, &item, &sim, &exact, NULL));
    CHECK_INT(item, 7); CHECK(exact); CHECK(sim == 1.0);
    CHECK(pr_dedup_find(dd, &sc, UINT32_MAX, &item, &sim, &exact, NULL));
    CHECK_INT(item, 7); CHECK(!exact);
    CHECK(!pr_dedup_find(dd, &sd, UINT32_MAX, &item, &sim, &exact, NULL));
    CHECK(!pr_dedup_find(dd, &sb, 7, &item, &sim, &exact, NULL)); /* excluded */
    /* many unrelated signatures: lookups stay correct, the index grows */
    for (uint32_t i = 0; i < 20000; i++) {
        pr_dupsig s;
        memset(&s, 0, sizeof s);
        s.exact = 0x1000 + i;
        s.n_shingles = 100;
        for (size_t k = 0; k < PR_MH_K; k++) s.mh[k] = (uint32_t)((i * 2654435761u) ^ (k * 40503u) ^ (i << 7));
        CHECK(pr_dedup_add(dd, 100 + i, &s, PR_TS_NONE, 0));
    }
    CHECK_INT(pr_dedup_count(dd), 20001);
    CHECK(pr_dedup_find(dd, &sc, UINT32_MAX, &item, &sim, &exact, NULL) && item == 7);
    CHECK(!pr_dedup_find(dd, &sd, UINT32_MAX, &item, &sim, &exact, NULL));
    /* a very short text is matched exactly only */
    precis_doc *e = mk(ctx, "Bref communiqué.");
    pr_dupsig se;
    pr_dupsig_compute(e, &se);
    CHECK(se.n_shingles < PR_DUP_MIN_SHINGLES);
    /* out of memory while adding: false, no crash, index still usable */
    for (long n = 1; n < 6; n++) {
        pr_dedup *x = pr_dedup_new();
        if (!x) continue;
        pr_alloc_fail_after(n);
        bool ok = pr_dedup_add(x, 1, &sa, PR_TS_NONE, 0);
        pr_alloc_fail_after(0);
        if (ok) CHECK(pr_dedup_find(x, &sb, UINT32_MAX, &item, &sim, &exact, NULL));
        pr_dedup_free(x);
    }
    pr_dedup_free(dd);
    precis_doc_free(a); precis_doc_free(b); precis_doc_free(c); precis_doc_free(d); precis_doc_free(e);
    precis_ctx_free(ctx);
    return TEST_END();
}
