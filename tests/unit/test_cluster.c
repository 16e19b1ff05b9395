/* test_cluster.c — online story clustering (cluster.c). */
#include "harness.h"
#include "cluster.h"

static const char *topics[3][3] = {
    {"L'armée azerbaïdjanaise a lancé mardi une offensive au Haut-Karabakh. Erevan dénonce une agression et Bakou parle d'opération antiterroriste contre les séparatistes arméniens.",
     "Au Haut-Karabakh, les séparatistes arméniens font état de dizaines de morts après l'offensive de l'armée azerbaïdjanaise. Bakou exige leur reddition.",
     "Emmanuel Macron appelle Bakou à cesser son offensive au Haut-Karabakh et réclame une réunion du Conseil de sécurité sur le sort des Arméniens."},
    {"La Banque centrale européenne a relevé ses taux directeurs d'un quart de point pour lutter contre l'inflation, qui reste élevée dans la zone euro.",
     "Christine Lagarde justifie la nouvelle hausse des taux de la Banque centrale européenne par une inflation toujours trop forte en zone euro.",
     "Les marchés saluent la décision de la Banque centrale européenne : les taux montent encore, l'inflation ralentit à peine dans la zone euro."},
    {"Le Tour de France s'est achevé dimanche sur les Champs-Élysées avec la victoire finale de Jonas Vingegaard, maillot jaune depuis les Alpes.",
     "Jonas Vingegaard remporte son deuxième Tour de France ; Tadej Pogacar termine deuxième, loin derrière le Danois sur les Champs-Élysées.",
     "Sur les Champs-Élysées, le maillot jaune Jonas Vingegaard savoure sa victoire dans le Tour de France devant Pogacar."},
};

int main(void)
{
    precis_ctx *ctx;
    CHECK(precis_ctx_new(NULL, &ctx) == PRECIS_OK);
    pr_cluster *c = pr_cluster_new();
    CHECK(c != NULL);
    pr_cvec v = {0};
    uint32_t story[3][3];
    /* interleaved, as a stream would be */
    for (int k = 0; k < 3; k++)
        for (int t = 0; t < 3; t++) {
            precis_doc *d = NULL;
            CHECK(precis_doc_new(ctx, "x", NULL, topics[t][k], strlen(topics[t][k]), &d) == PRECIS_OK);
            CHECK(pr_cluster_vectorize(c, d, NULL, &v));
            CHECK(v.n > 3);
            double norm = 0;
            for (size_t i = 0; i < v.n; i++) norm += (double)v.t[i].w * v.t[i].w;
            CHECK(norm > 0.99 && norm < 1.01);
            for (size_t i = 1; i < v.n; i++) CHECK(v.t[i - 1].term < v.t[i].term);
            pr_assign a;
            CHECK(pr_cluster_assign(c, &v, PR_TS_NONE, 0, &a));
            story[t][k] = a.story;
            if (k == 0) CHECK(a.is_new);
            precis_doc_free(d);
        }
    for (int t = 0; t < 3; t++) {
        for (int k = 0; k < 3; k++)
            CHECK_MSG(pr_cluster_resolve(c, story[t][k]) == pr_cluster_resolve(c, story[t][0]), "topic %d article %d split", t, k);
        for (int u = t + 1; u < 3; u++)
            CHECK_MSG(pr_cluster_resolve(c, story[t][0]) != pr_cluster_resolve(c, story[u][0]), "topics %d and %d merged", t, u);
    }
    /* names (two adjacent capitalized words) are language-independent features; single
     * capitalized words are not by default (they duplicate the stems) */
    CHECK(pr_cluster_term_count(c) > 20);
    bool has_pair = false, has_name = false;
    for (uint32_t i = 0; i < pr_cluster_term_count(c); i++) {
        if (!strcmp(pr_cluster_term_str(c, i), "@jonas_vingegaard")) has_pair = true;
        if (!strcmp(pr_cluster_term_str(c, i), "@vingegaard")) has_name = true;
    }
    CHECK(has_pair);
    CHECK(!has_name);
    /* dirty state for the store, then cleared */
    size_t n;
    pr_cluster_dirty_terms(c, &n);
    CHECK(n == pr_cluster_term_count(c));
    pr_cluster_dirty_stories(c, &n);
    CHECK(n >= 3);
    pr_cluster_clear_dirty(c);
    pr_cluster_dirty_terms(c, &n);
    CHECK_INT(n, 0);
    CHECK_INT(pr_cluster_ndocs(c), 9);

    /* time: a story ages; the same text 30 days later starts a new story */
    pr_cluster *c2 = pr_cluster_new();
    precis_doc *d = NULL;
    CHECK(precis_doc_new(ctx, "x", NULL, topics[0][0], strlen(topics[0][0]), &d) == PRECIS_OK);
    pr_assign a1, a2, a3;
    CHECK(pr_cluster_vectorize(c2, d, NULL, &v) && pr_cluster_assign(c2, &v, 1695081600, 0, &a1));
    CHECK(pr_cluster_vectorize(c2, d, NULL, &v) && pr_cluster_assign(c2, &v, 1695081600 + 3600, 0, &a2));
    CHECK(pr_cluster_vectorize(c2, d, NULL, &v) && pr_cluster_assign(c2, &v, 1695081600 + 30 * 86400, 0, &a3));
    CHECK(a2.story == a1.story);
    CHECK(a3.is_new && a3.story != a1.story);
    /* restore: a copy of the state built from the persistence hooks gives the same answer */
    pr_cluster *c3 = pr_cluster_new();
    for (uint32_t i = 0; i < pr_cluster_term_count(c2); i++)
        CHECK(pr_cluster_restore_term(c3, i, pr_cluster_term_str(c2, i), strlen(pr_cluster_term_str(c2, i)), pr_cluster_term_df(c2, i)));
    pr_cluster_restore_ndocs(c3, pr_cluster_ndocs(c2));
    for (uint32_t s = 1; s <= pr_cluster_story_count(c2); s++) {
        const pr_tw *t; size_t nt; uint32_t size, merged; int64_t ts;
        CHECK(pr_cluster_story(c2, s, &t, &nt, &size, &ts, &merged));
        CHECK(pr_cluster_restore_story(c3, s, t, nt, size, ts, 0, merged));
    }
    CHECK(pr_cluster_vectorize(c3, d, NULL, &v) && pr_cluster_assign(c3, &v, 1695081600 + 30 * 86400 + 60, 0, &a1));
    CHECK(!a1.is_new && a1.story == a3.story);
    CHECK(!pr_cluster_restore_term(c3, 99999, "x", 1, 1)); /* ids must be dense */
    precis_doc_free(d);
    /* late join: an article left alone (here by a strict threshold at its arrival) is merged
     * into its story when that story grows and reaches it: first through the candidates of
     * the article that makes the story grow (size 3), and with the join threshold, since a
     * story of one article merging is a late join */
    {
        pr_cluster *c4 = pr_cluster_new();
        pr_cluster_params p = pr_cluster_get_params(c4), strict = p;
        strict.join = strict.merge = 0.99;
        const char *txt[4] = {topics[1][0], topics[1][1], topics[1][2], topics[1][0]};
        pr_assign as[4];
        for (int k = 0; k < 4; k++) {
            precis_doc *dk = NULL;
            CHECK(precis_doc_new(ctx, "x", NULL, txt[k], strlen(txt[k]), &dk) == PRECIS_OK);
            pr_cluster_set_params(c4, k == 2 ? &strict : &p);
            CHECK(pr_cluster_vectorize(c4, dk, NULL, &v) && pr_cluster_assign(c4, &v, PR_TS_NONE, 0, &as[k]));
            precis_doc_free(dk);
        }
        CHECK(as[0].is_new && !as[1].is_new && as[1].story == as[0].story);
        CHECK(as[2].is_new && as[2].story != as[0].story && as[2].n_merges == 0);
        CHECK(!as[3].is_new && as[3].story == as[0].story);
        CHECK_INT(as[3].n_merges, 1);
        CHECK(as[3].merges[0].from == as[2].story && as[3].merges[0].into == as[0].story);
        CHECK(pr_cluster_resolve(c4, as[2].story) == as[0].story);
        const pr_tw *t; size_t nt; uint32_t size, merged; int64_t ts;
        CHECK(pr_cluster_story(c4, as[0].story, &t, &nt, &size, &ts, &merged));
        CHECK_INT(size, 4);
        CHECK(merged == 0);
        pr_cluster_free(c4);
    }
    /* undated stream: stories age by arrivals. The same text after more than window_items
     * other arrivals starts a new story (with window_items = 0, nothing ages: it joins);
     * pr_cluster_evict drops the idle story: no centroid, never a candidate, a copy does not
     * revive it, and the stories in memory stay bounded. */
    for (int aging = 0; aging < 2; aging++) {
        pr_cluster *c5 = pr_cluster_new();
        pr_cluster_params p = pr_cluster_get_params(c5);
        CHECK_INT(p.window_items, 50000); /* the default */
        p.window_items = aging ? 4 : 0;
        pr_cluster_set_params(c5, &p);
        pr_assign first, last;
        uint64_t clock = 1;
        size_t max_live = 0;
        precis_doc *d0 = NULL;
        CHECK(precis_doc_new(ctx, "x", NULL, topics[0][0], strlen(topics[0][0]), &d0) == PRECIS_OK);
        CHECK(pr_cluster_vectorize(c5, d0, NULL, &v) && pr_cluster_assign(c5, &v, PR_TS_NONE, clock++, &first));
        for (int k = 0; k < 12; k++) {
            /* the other topics, in turn: not on topic 0 */
            const char *tx = topics[1 + k % 2][k / 2 % 3];
            precis_doc *dk = NULL;
            CHECK(precis_doc_new(ctx, "x", NULL, tx, strlen(tx), &dk) == PRECIS_OK);
            pr_assign ak;
            CHECK(pr_cluster_vectorize(c5, dk, NULL, &v) && pr_cluster_assign(c5, &v, PR_TS_NONE, clock++, &ak));
            precis_doc_free(dk);
            const uint32_t *ev; size_t nev; uint64_t oldest;
            CHECK(pr_cluster_evict(c5, &ev, &nev, &oldest));
            if (pr_cluster_live_count(c5) > max_live) max_live = pr_cluster_live_count(c5);
        }
        const pr_tw *t; size_t nt; uint32_t size, merged; int64_t ts;
        CHECK(pr_cluster_story(c5, first.story, &t, &nt, &size, &ts, &merged) == !aging);
        pr_cluster_touch(c5, first.story, PR_TS_NONE, clock++); /* a late copy */
        CHECK(pr_cluster_story(c5, first.story, &t, &nt, &size, &ts, &merged) == !aging);
        CHECK(pr_cluster_vectorize(c5, d0, NULL, &v) && pr_cluster_assign(c5, &v, PR_TS_NONE, clock++, &last));
        if (aging) {
            CHECK(last.is_new && last.story != first.story);
            CHECK_MSG(max_live <= 4, "%zu stories in memory with a window of 4 arrivals", max_live);
        } else {
            CHECK(!last.is_new && last.story == first.story);
        }
        precis_doc_free(d0);
        pr_cluster_free(c5);
    }
    /* dated: a story idle for more than window_days before the newest date is evicted; one
     * inside the window is kept */
    {
        pr_cluster *c6 = pr_cluster_new();
        pr_assign a, b;
        precis_doc *d0 = NULL, *d1 = NULL;
        CHECK(precis_doc_new(ctx, "x", NULL, topics[0][0], strlen(topics[0][0]), &d0) == PRECIS_OK);
        CHECK(precis_doc_new(ctx, "x", NULL, topics[1][0], strlen(topics[1][0]), &d1) == PRECIS_OK);
        CHECK(pr_cluster_vectorize(c6, d0, NULL, &v) && pr_cluster_assign(c6, &v, 1695081600, 1, &a));
        CHECK(pr_cluster_vectorize(c6, d1, NULL, &v) && pr_cluster_assign(c6, &v, 1695081600 + 2 * 86400, 2, &b));
        const uint32_t *ev; size_t nev; uint64_t oldest;
        CHECK(pr_cluster_evict(c6, &ev, &nev, &oldest) && nev == 0 && oldest == 1);
        CHECK(pr_cluster_in_window(c6, 1695081600, 1));
        CHECK(pr_cluster_vectorize(c6, d1, NULL, &v) && pr_cluster_assign(c6, &v, 1695081600 + 7 * 86400, 3, &b));
        CHECK(!pr_cluster_in_window(c6, 1695081600, 1));
        CHECK(pr_cluster_evict(c6, &ev, &nev, &oldest) && nev == 1 && ev[0] == a.story && oldest == 3);
        CHECK_INT(pr_cluster_live_count(c6), 1);
        precis_doc_free(d0); precis_doc_free(d1);
        pr_cluster_free(c6);
    }
    /* a long dated stream (an article an hour for 20,000 hours, each on terms no article of
     * the last 200 days had: 20,000 stories): the story records in memory are reused after
     * each eviction, so they stay bounded by the window (6 days = 145 articles, plus the 100
     * between two evictions), not by the 20,000 story ids; a story whose record took a freed
     * slot is still found by its id and joined */
    {
        pr_cluster *c7 = pr_cluster_new();
        char term[16];
        for (uint32_t k = 0; k < 10000; k++) {
            int tl = snprintf(term, sizeof term, "t%u", k);
            CHECK(pr_cluster_restore_term(c7, k, term, (size_t)tl, 1));
        }
        pr_cluster_restore_ndocs(c7, 10000);
        pr_tw tw[2];
        pr_cvec q = {tw, 2, 2};
        pr_assign a = {0};
        size_t max_slots = 0, bad = 0;
        for (uint32_t i = 0; i < 20000; i++) {
            tw[0].term = (2 * i) % 10000; tw[1].term = (2 * i + 1) % 10000;
            tw[0].w = tw[1].w = 0.70710678f;
            CHECK(pr_cluster_assign(c7, &q, 1695081600 + (int64_t)i * 3600, i + 1, &a));
            bad += !a.is_new || a.story != i + 1;
            if (i % 100 == 99) {
                const uint32_t *ev; size_t nev; uint64_t oldest;
                CHECK(pr_cluster_evict(c7, &ev, &nev, &oldest));
                if (pr_cluster_slots(c7) > max_slots) max_slots = pr_cluster_slots(c7);
            }
        }
        CHECK_INT(bad, 0);
        CHECK_INT(pr_cluster_story_count(c7), 20000);
        CHECK_MSG(max_slots <= 512, "%zu story records for 20,000 stories", max_slots);
        pr_assign b;   /* the last article's terms again, an hour later: its story */
        CHECK(pr_cluster_assign(c7, &q, 1695081600 + (int64_t)20000 * 3600, 20001, &b));
        CHECK(!b.is_new && b.story == a.story);
        const pr_tw *t; size_t nt; uint32_t size, merged; int64_t ts;
        CHECK(pr_cluster_story(c7, a.story, &t, &nt, &size, &ts, &merged) && size == 2);
        CHECK(!pr_cluster_story(c7, 1, &t, &nt, &size, &ts, &merged)); /* long evicted */
        pr_cluster_free(c7);
    }
    /* cold start: the first two articles of a stream, on one event, sharing a few words among
     * many of their own. With idf from these two documents alone (idf_prior = 0), a shared
     * word is in every document seen, weighs log(1 + 2/2), half of an unshared one, and the
     * cosine stays under the join threshold; the prior keeps the weights of a larger world
     * and the second article joins the first. */
    {
        static const char *cold[2] = {
            "Flood waters swept through the valley overnight. The river burst its banks near the old mill, and rescue crews evacuated hundreds of residents. Farmers lost cattle, orchards and barns; schools closed, trains stopped and power lines fell across highways.",
            "Residents returned to the valley after the flood, where the river left mud in kitchens and churches. Farmers buried cattle and schools stayed shut. Volunteers shovelled debris, insurers counted claims, the mayor promised grants, and engineers inspected culverts.",
        };
        for (int prior = 1; prior >= 0; prior--) {
            pr_cluster *c7 = pr_cluster_new();
            CHECK(c7 != NULL);
            pr_cluster_params p7 = pr_cluster_get_params(c7);
            if (!prior) { p7.idf_prior = 0; p7.join = 0.18; } /* the weighting before the prior */
            pr_cluster_set_params(c7, &p7);
            pr_assign ak[2];
            for (int k = 0; k < 2; k++) {
                precis_doc *dk = NULL;
                CHECK(precis_doc_new(ctx, "x", NULL, cold[k], strlen(cold[k]), &dk) == PRECIS_OK);
                CHECK(pr_cluster_vectorize(c7, dk, NULL, &v) && pr_cluster_assign(c7, &v, PR_TS_NONE, 0, &ak[k]));
                precis_doc_free(dk);
            }
            CHECK(ak[0].is_new);
            if (prior) CHECK(!ak[1].is_new && ak[1].story == ak[0].story && ak[1].sim >= p7.join);
            else CHECK(ak[1].is_new);
            pr_cluster_free(c7);
        }
    }
    /* out of memory in vectorize/assign: false, never a crash */
    for (long f = 1; f < 40; f++) {
        pr_cluster *x = pr_cluster_new();
        if (!x) continue;
        pr_cvec w = {0};
        precis_doc *dd = NULL;
        if (precis_doc_new(ctx, "x", NULL, topics[1][0], strlen(topics[1][0]), &dd) != PRECIS_OK) { pr_cluster_free(x); continue; }
        pr_alloc_fail_after(f);
        pr_assign a;
        if (pr_cluster_vectorize(x, dd, NULL, &w)) (void)pr_cluster_assign(x, &w, PR_TS_NONE, 0, &a);
        pr_alloc_fail_after(0);
        pr_cvec_free(&w);
        precis_doc_free(dd);
        pr_cluster_free(x);
    }
    pr_cvec_free(&v);
    pr_cluster_free(c); pr_cluster_free(c2); pr_cluster_free(c3);
    precis_ctx_free(ctx);
    return TEST_END();
}
