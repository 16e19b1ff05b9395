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
    /* a re-post with a header line, a closing sentence of its own and an author's staff line
     * (which the cleaner drops) */
    snprintf(buf, sizeof buf, "Mis à jour le 19/09/2023 à 18h02\n%s\nLe ministère n'a pas souhaité commenter ces "
             "informations.\nJean Dupont est journaliste indépendant, spécialiste du Caucase.", base);
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
    /* aging, dated: a group is found while its last article is at most 7 days older than the
     * newest date seen; a copy refreshes it; out of the window it is not found, and expiring
     * drops it from memory (compacted), after which the same text starts a new group */
    {
        const int64_t day = 86400, t0 = 1695081600;
        pr_dedup *w = pr_dedup_new();
        pr_dedup_set_window(w, 7 * day, 1000);
        uint32_t slot = 99;
        CHECK(pr_dedup_add(w, 1, &sa, t0, 1));
        for (uint32_t i = 0; i < 400; i++) { /* filler groups, dated at t0 too */
            pr_dupsig s = sd;
            s.exact = 0x9000 + i;
            s.mh[0] ^= i + 1; s.mh[10] ^= i + 1; s.mh[20] ^= i + 1; s.mh[30] ^= i + 1; s.mh[40] ^= i + 1; s.mh[50] ^= i + 1;
            CHECK(pr_dedup_add(w, 10 + i, &s, t0, 2 + i));
        }
        pr_dedup_advance(w, t0 + 6 * day, 500);
        CHECK(pr_dedup_find(w, &sc, UINT32_MAX, &item, &sim, &exact, &slot) && item == 1 && slot == 0);
        pr_dedup_touch(w, slot, t0 + 6 * day, 500);          /* the copy joins: group refreshed */
        pr_dedup_advance(w, t0 + 10 * day, 600);
        CHECK(pr_dedup_find(w, &sb, UINT32_MAX, &item, &sim, &exact, NULL) && item == 1 && exact);
        size_t mem_before = pr_dedup_memory(w);
        uint64_t oldest = 0;
        CHECK_INT(pr_dedup_expire(w, &oldest), 400);          /* the fillers, 10 days old */
        CHECK_INT(pr_dedup_count(w), 1);
        CHECK_INT(oldest, 500);
        CHECK_MSG(pr_dedup_memory(w) * 4 < mem_before, "memory %zu -> %zu", mem_before, pr_dedup_memory(w));
        CHECK(pr_dedup_find(w, &sb, UINT32_MAX, &item, &sim, &exact, NULL) && item == 1);
        pr_dedup_advance(w, t0 + 14 * day, 700);
        CHECK(!pr_dedup_find(w, &sb, UINT32_MAX, &item, &sim, &exact, NULL)); /* out, before expiring */
        CHECK(!pr_dedup_find(w, &sc, UINT32_MAX, &item, &sim, &exact, NULL));
        CHECK_INT(pr_dedup_expire(w, &oldest), 1);
        CHECK_INT(pr_dedup_count(w), 0);
        CHECK(oldest == UINT64_MAX);
        CHECK(pr_dedup_add(w, 800, &sb, t0 + 14 * day, 800));  /* the same words: a new group */
        CHECK(pr_dedup_find(w, &sa, UINT32_MAX, &item, &sim, &exact, NULL) && item == 800 && exact);
        pr_dedup_free(w);
    }
    /* aging, undated: by arrivals; the exact table keeps the newer group once the older aged */
    {
        pr_dedup *w = pr_dedup_new();
        pr_dedup_set_window(w, 7 * 86400, 3);
        CHECK(pr_dedup_add(w, 1, &sa, PR_TS_NONE, 1));
        pr_dedup_advance(w, PR_TS_NONE, 4);
        CHECK(pr_dedup_find(w, &sb, UINT32_MAX, &item, &sim, &exact, NULL) && item == 1);
        pr_dedup_advance(w, PR_TS_NONE, 5);
        CHECK(!pr_dedup_find(w, &sb, UINT32_MAX, &item, &sim, &exact, NULL));
        CHECK(pr_dedup_add(w, 5, &sb, PR_TS_NONE, 5));         /* not expired yet: still indexed */
        CHECK(pr_dedup_find(w, &sa, UINT32_MAX, &item, &sim, &exact, NULL) && item == 5);
        CHECK_INT(pr_dedup_expire(w, NULL), 1);
        CHECK(pr_dedup_find(w, &sc, UINT32_MAX, &item, &sim, &exact, NULL) && item == 5);
        pr_dedup_free(w);
    }
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
