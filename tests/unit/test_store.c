/* test_store.c — the SQLite store: adding, copies, stories, reopening, migrations, JSONL
 * articles, dates, out-of-memory. */
#include "harness.h"
#include "store.h"
#include <stdlib.h>
#include <unistd.h>

static const char *wire =
    "L'armée azerbaïdjanaise a lancé mardi une offensive au Haut-Karabakh, enclave peuplée d'Arméniens. "
    "Erevan dénonce une agression de grande ampleur, Bakou parle d'opération antiterroriste locale. "
    "Selon le médiateur du Karabakh, au moins 27 personnes ont été tuées, dont deux civils, et 200 blessées. "
    "Plus de 7 000 habitants ont été évacués de seize localités, selon les autorités séparatistes.";
static const char *other =
    "La Banque centrale européenne a relevé ses taux directeurs d'un quart de point pour lutter contre "
    "l'inflation, qui reste élevée dans la zone euro. Christine Lagarde a indiqué que la lutte n'était pas "
    "terminée et que les prochaines décisions dépendraient des données économiques des mois à venir.";

/* A text of 60 made-up words from seed: two seeds share words, not runs of words. */
static void synth(char *buf, size_t cap, unsigned seed)
{
    static const char *const syl[16] = {"ka", "lo", "mi", "ren", "tu", "sa", "vo", "pel",
                                        "dri", "mon", "zu", "fa", "qui", "ber", "nos", "lat"};
    uint32_t x = seed * 2654435761u + 12345u;
    size_t o = 0;
    for (int w = 0; w < 60 && o + 16 < cap; w++) {
        for (int k = 0; k < 3; k++) {
            x = x * 1103515245u + 12345u;
            const char *y = syl[(x >> 16) & 15];
            size_t l = strlen(y);
            memcpy(buf + o, y, l);
            o += l;
        }
        buf[o++] = w % 12 == 11 ? '.' : ' ';
        if (w % 12 == 11) buf[o++] = ' ';
    }
    buf[o] = '\0';
}

static precis_status add(precis_store *st, const char *id, const char *text, const char *date, precis_add_result *r)
{
    precis_article a = {0};
    a.id = id;
    a.data = text;
    a.len = strlen(text);
    a.date = date;
    return precis_store_add(st, &a, r);
}

int main(void)
{
    char dir[] = "/tmp/precis-test-store-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256], path2[256], bad[256];
    snprintf(path, sizeof path, "%s/s.db", dir);
    snprintf(path2, sizeof path2, "%s/old.db", dir);
    snprintf(bad, sizeof bad, "%s/notdb.txt", dir);
    precis_ctx *ctx;
    CHECK(precis_ctx_new(NULL, &ctx) == PRECIS_OK);

    /* dates */
    int64_t t;
    CHECK(pr_parse_iso_time("2023-09-19", &t) && t == 1695081600);
    CHECK(pr_parse_iso_time("2023-09-19T10:30:00Z", &t) && t == 1695081600 + 37800);
    CHECK(pr_parse_iso_time("2023-09-19T12:30:00+02:00", &t) && t == 1695081600 + 37800);
    CHECK(pr_parse_iso_time("2023-09-19 10:30", &t) && t == 1695081600 + 37800);
    CHECK(!pr_parse_iso_time("19/09/2023", &t));
    CHECK(!pr_parse_iso_time("2023-13-01", &t));
    CHECK(!pr_parse_iso_time("2023-09-19Tjunk", &t));
    char buf[32];
    pr_format_iso_time(1695081600 + 37800, buf, sizeof buf);
    CHECK_STR(buf, "2023-09-19T10:30:00Z");
    pr_format_iso_time(0, buf, sizeof buf);
    CHECK_STR(buf, "1970-01-01T00:00:00Z");

    /* a new store; add, copies, exists */
    precis_store *st = NULL;
    CHECK(precis_store_open(ctx, path, 0, &st) == PRECIS_OK);
    precis_add_result r;
    CHECK(add(st, "a1", wire, "2023-09-19", &r) == PRECIS_OK);
    CHECK(r.kind == PRECIS_ADD_NEW && r.new_story && r.story == 1);
    {   /* a document made for cleaning only (no sentences nor tokens) is refused, not misfiled */
        precis_options o = precis_options_default();
        o.flags |= PRECIS_OPT_NO_ANALYSIS;
        precis_ctx *c2;
        precis_doc *nd = NULL;
        CHECK(precis_ctx_new(&o, &c2) == PRECIS_OK);
        CHECK(precis_doc_new(c2, "na", NULL, wire, strlen(wire), &nd) == PRECIS_OK && nd);
        CHECK(nd && precis_doc_sentence_count(nd) == 0 && precis_doc_token_count(nd) == 0 && precis_doc_words(nd) > 20);
        precis_add_result r2;
        CHECK(nd && precis_store_add_doc(st, nd, NULL, NULL, &r2) == PRECIS_ERR_ARG);
        CHECK(strstr(precis_ctx_errmsg(ctx), "PRECIS_OPT_NO_ANALYSIS") != NULL);
        /* a story analyses it: same sentences as a document made normally */
        precis_story *sy = NULL;
        precis_doc *fd = NULL;
        CHECK(precis_story_new(c2, &sy) == PRECIS_OK && precis_story_add(sy, nd) == PRECIS_OK);
        CHECK(precis_doc_new(ctx, "full", NULL, wire, strlen(wire), &fd) == PRECIS_OK);
        CHECK(fd && precis_doc_sentence_count(nd) == precis_doc_sentence_count(fd) && precis_doc_sentence_count(fd) > 0);
        precis_doc_free(fd);
        precis_story_free(sy);   /* frees nd */
        /* a store whose context skips analysis still analyses what it reads: a copy is a copy */
        char pna[256];
        snprintf(pna, sizeof pna, "%s/na.db", dir);
        precis_store *sna = NULL;
        CHECK(precis_store_open(c2, pna, 0, &sna) == PRECIS_OK);
        CHECK(add(sna, "n1", wire, "2023-09-19", &r2) == PRECIS_OK && r2.kind == PRECIS_ADD_NEW);
        CHECK(add(sna, "n2", wire, "2023-09-19", &r2) == PRECIS_OK && r2.kind == PRECIS_ADD_COPY);
        CHECK(precis_store_close(sna) == PRECIS_OK);
        precis_ctx_free(c2);
    }
    CHECK_STR(r.id, "a1");
    int64_t story1 = r.story;
    CHECK(add(st, "a1", wire, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_EXISTS);
    char copy[2048];
    snprintf(copy, sizeof copy, "Publié le 19 septembre\n%s\nLe ministère n'a pas souhaité commenter.\nAlice Martin est journaliste.", wire);
    CHECK(add(st, "a2", copy, "2023-09-19T12:00Z", &r) == PRECIS_OK);
    CHECK(r.kind == PRECIS_ADD_NEAR_COPY && r.story == story1);
    CHECK_STR(r.copy_of, "a1");
    CHECK(add(st, NULL, wire, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_COPY);
    CHECK(r.id && r.id[0] == 'h' && strlen(r.id) == 17);
    CHECK(add(st, "b1", other, "2023-09-20", &r) == PRECIS_OK);
    CHECK(r.kind == PRECIS_ADD_NEW && r.new_story && r.story != story1);
    int64_t story2 = r.story;
    /* same id, other content: kept under a derived id */
    CHECK(add(st, "b1", wire, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_COPY);
    CHECK(!strncmp(r.id, "b1~", 3));
    /* unreadable input: an error, the store unchanged */
    CHECK(add(st, "e1", "   \n  ", NULL, &r) == PRECIS_ERR_EMPTY);
    precis_store_stats ss;
    CHECK(precis_store_stats_get(st, &ss) == PRECIS_OK);
    CHECK_INT(ss.articles, 5); CHECK_INT(ss.copies, 3); CHECK_INT(ss.stories, 2);
    CHECK_INT(ss.schema_version, PR_STORE_SCHEMA);
    CHECK(precis_store_close(st) == PRECIS_OK);

    /* reopen: listing, then adding again uses the restored indexes */
    CHECK(precis_store_open(ctx, path, PRECIS_STORE_READONLY, &st) == PRECIS_OK);
    precis_story_list *l = NULL;
    CHECK(precis_store_stories(st, NULL, 0, &l) == PRECIS_OK);
    CHECK_INT(precis_story_list_count(l), 2);
    precis_story_info in;
    /* most recently seen first: story 1 (undated copies count as seen when added, i.e. now) */
    precis_story_list_get(l, 0, &in);
    CHECK(in.id == story1);
    CHECK_INT(in.articles, 4);
    CHECK_INT(in.sources, 1);   /* four copies of one text: one independent source */
    CHECK_INT(in.n_members, 4);
    CHECK_STR(in.members[0], "a1");
    CHECK_STR(in.first_seen, "2023-09-19T00:00:00Z");
    precis_story_list_get(l, 1, &in);
    CHECK(in.id == story2);
    CHECK_INT(in.articles, 1); CHECK_INT(in.sources, 1);
    CHECK_STR(in.first_seen, "2023-09-20T00:00:00Z");
    CHECK_STR(in.last_seen, "2023-09-20T00:00:00Z");
    precis_story_list_free(l);
    CHECK(precis_store_stories(st, "2023-09-20", 1, &l) == PRECIS_OK);
    CHECK_INT(precis_story_list_count(l), 1);
    precis_story_list_free(l);
    CHECK(precis_store_stories(st, "2999-01-01", 0, &l) == PRECIS_OK);
    CHECK_INT(precis_story_list_count(l), 0);
    precis_story_list_free(l);
    CHECK(precis_store_stories(st, "yesterday", 0, &l) == PRECIS_ERR_ARG && !l);
    precis_story *story = NULL;
    CHECK(precis_store_load_story(st, story1, &story) == PRECIS_OK);
    CHECK_INT(precis_story_doc_count(story), 1); /* one document per independent source */
    CHECK_STR(precis_doc_id(precis_story_doc(story, 0)), "a1");
    size_t tl;
    CHECK(strstr(precis_doc_text(precis_story_doc(story, 0), &tl), "7 000 habitants") != NULL);
    precis_brief *b = NULL;
    CHECK(precis_story_brief(story, &b) == PRECIS_OK);
    CHECK(precis_brief_sentence_count(b) > 0);
    precis_brief_free(b);
    precis_story_free(story);
    CHECK(precis_store_load_story(st, 999, &story) == PRECIS_ERR_NOTFOUND && !story);
    CHECK(add(st, "x", wire, NULL, &r) == PRECIS_ERR_ARG); /* read-only */
    precis_store_close(st);

    CHECK(precis_store_open(ctx, path, 0, &st) == PRECIS_OK);
    CHECK(add(st, "a9", copy, NULL, &r) == PRECIS_OK);
    /* a2 is itself a copy, so the group is named by its first article */
    CHECK(r.kind == PRECIS_ADD_NEAR_COPY && r.story == story1);
    CHECK_STR(r.copy_of, "a1");
    /* a new article on the first story joins it (restored centroid and vocabulary) */
    const char *follow =
        "Au Haut-Karabakh, l'offensive de l'armée azerbaïdjanaise a fait au moins 27 morts selon le médiateur "
        "séparatiste ; des milliers d'Arméniens ont été évacués et Erevan dénonce une agression de Bakou.";
    CHECK(add(st, "a10", follow, "2023-09-19T20:00Z", &r) == PRECIS_OK);
    CHECK(r.kind == PRECIS_ADD_NEW && r.story == story1 && !r.new_story);
    CHECK(precis_store_commit(st) == PRECIS_OK);
    /* another writer in between: detected, no write from stale state */
    precis_store *st2 = NULL;
    CHECK(precis_store_open(ctx, path, 0, &st2) == PRECIS_OK);
    CHECK(add(st2, "w1", other, NULL, &r) == PRECIS_OK);
    CHECK(precis_store_close(st2) == PRECIS_OK);
    CHECK(add(st, "w2", other, NULL, &r) == PRECIS_ERR_DB);
    CHECK(strstr(precis_ctx_errmsg(ctx), "another process") != NULL);
    precis_store_close(st);

    /* migrations: a schema-1 store is brought to the current schema, data kept */
    CHECK(pr_store_open_version(ctx, path2, 0, 1, &st) == PRECIS_OK);
    CHECK(precis_store_stats_get(st, &ss) == PRECIS_OK && ss.schema_version == 1);
    precis_store_close(st);
    CHECK(precis_store_open(ctx, path2, PRECIS_STORE_READONLY, &st) == PRECIS_ERR_DB && !st);
    CHECK(precis_store_open(ctx, path2, 0, &st) == PRECIS_OK);
    CHECK(precis_store_stats_get(st, &ss) == PRECIS_OK && ss.schema_version == PR_STORE_SCHEMA);
    CHECK(add(st, "m1", wire, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_NEW);
    precis_store_close(st);

    /* not a store */
    FILE *f = fopen(bad, "w");
    if (f) { fputs("this is not a database, just some text that is long enough to be a header.....\n", f); fclose(f); }
    CHECK(precis_store_open(ctx, bad, 0, &st) == PRECIS_ERR_DB && !st);
    char missing[300];
    snprintf(missing, sizeof missing, "%s/missing.db", dir);
    CHECK(precis_store_open(ctx, missing, PRECIS_STORE_READONLY, &st) == PRECIS_ERR_DB);

    /* JSONL articles */
    precis_article *a = NULL;
    const char *line = "{\"id\": 42, \"title\": \"T\", \"text\": \"Body text.\", \"date\": \"2023-09-19\", \"source\": null, \"x\": [1]}";
    CHECK(precis_article_from_json(ctx, line, strlen(line), &a) == PRECIS_OK);
    CHECK_STR(a->id, "42"); CHECK_STR(a->title, "T"); CHECK_STR(a->date, "2023-09-19");
    CHECK(a->source == NULL && a->len == 10);
    precis_article_free(a);
    line = "{\"id\": \"h\", \"html\": \"<html><body><p>x</p></body></html>\"}";
    CHECK(precis_article_from_json(ctx, line, strlen(line), &a) == PRECIS_OK && !strncmp(a->data, "<html>", 6));
    precis_article_free(a);
    line = "{\"id\": \"t\", \"text\": \"cut sho";
    CHECK(precis_article_from_json(ctx, line, strlen(line), &a) == PRECIS_ERR_FORMAT && !a);
    CHECK(strstr(precis_ctx_errmsg(ctx), "truncated") != NULL);
    line = "{\"id\": \"t\"}";
    CHECK(precis_article_from_json(ctx, line, strlen(line), &a) == PRECIS_ERR_FORMAT);
    CHECK_STR(precis_ctx_errmsg(ctx), "no \"text\" or \"html\"");
    line = "[1, 2]";
    CHECK(precis_article_from_json(ctx, line, strlen(line), &a) == PRECIS_ERR_FORMAT);
    line = "{\"text\": \"x\", \"title\": 3}";
    CHECK(precis_article_from_json(ctx, line, strlen(line), &a) == PRECIS_ERR_FORMAT);

    /* the window, dated: a story idle for more than 6 days before the newest date leaves
     * memory but stays in the file (listed, briefed, joined by a copy of its articles while
     * the copy's group is in its 7-day window); the same words 30 days later start a new
     * story; a reopened store restores only the window */
    {
        char p4[300], buf2[2048];
        snprintf(p4, sizeof p4, "%s/dated.db", dir);
        CHECK(precis_store_open(ctx, p4, 0, &st) == PRECIS_OK);
        CHECK(add(st, "d1", wire, "2023-09-01", &r) == PRECIS_OK && r.new_story);
        int64_t s1 = r.story;
        CHECK(add(st, "d2", other, "2023-09-02", &r) == PRECIS_OK && r.new_story);
        synth(buf2, sizeof buf2, 7);
        CHECK(add(st, "d3", buf2, "2023-09-07T12:00Z", &r) == PRECIS_OK && r.new_story);
        CHECK(precis_store_commit(st) == PRECIS_OK);
        size_t groups = 0, stories = 0;
        pr_store_window(st, &groups, &stories);
        CHECK_INT(stories, 2);  /* d1's story is 6.5 days old */
        CHECK_INT(groups, 3);
        CHECK(add(st, "d4", copy, "2023-09-07T13:00Z", &r) == PRECIS_OK);
        CHECK(r.kind == PRECIS_ADD_NEAR_COPY && r.story == s1);
        CHECK_STR(r.copy_of, "d1");
        CHECK(add(st, "d5", wire, "2023-10-01", &r) == PRECIS_OK);
        CHECK(r.kind == PRECIS_ADD_NEW && r.new_story && r.story != s1); /* 30 days later */
        int64_t s5 = r.story;
        CHECK(precis_store_commit(st) == PRECIS_OK);
        pr_store_window(st, &groups, &stories);
        CHECK_INT(stories, 1);
        CHECK_INT(groups, 1);
        CHECK(precis_store_stories(st, NULL, 0, &l) == PRECIS_OK);
        CHECK_INT(precis_story_list_count(l), 4);
        bool seen1 = false;
        for (size_t i = 0; i < precis_story_list_count(l); i++) {
            precis_story_list_get(l, i, &in);
            if (in.id != s1) continue;
            seen1 = true;
            CHECK_INT(in.articles, 2); CHECK_INT(in.sources, 1);
            CHECK_STR(in.last_seen, "2023-09-07T13:00:00Z");
            CHECK_INT(in.n_members, 2);
        }
        CHECK(seen1);
        precis_story_list_free(l);
        CHECK(precis_store_load_story(st, s1, &story) == PRECIS_OK && precis_story_doc_count(story) == 1);
        precis_story_free(story);
        CHECK(precis_store_close(st) == PRECIS_OK);
        /* reopen: only the window comes back; adding works on it */
        CHECK(precis_store_open(ctx, p4, 0, &st) == PRECIS_OK);
        CHECK(add(st, "d6", follow, "2023-10-01T05:00Z", &r) == PRECIS_OK);
        CHECK(r.kind == PRECIS_ADD_NEW && !r.new_story && r.story == s5);
        pr_store_window(st, &groups, &stories);
        CHECK_INT(stories, 1);
        CHECK_INT(groups, 2);
        CHECK(add(st, "d7", copy, "2023-10-01T06:00Z", &r) == PRECIS_OK);
        CHECK(r.kind == PRECIS_ADD_NEAR_COPY && r.story == s5);
        CHECK_STR(r.copy_of, "d5");
        CHECK(add(st, "d1", wire, "2023-09-01", &r) == PRECIS_OK && r.kind == PRECIS_ADD_EXISTS);
        CHECK(precis_store_stats_get(st, &ss) == PRECIS_OK);
        CHECK_INT(ss.articles, 7); CHECK_INT(ss.stories, 4);
        CHECK(precis_store_close(st) == PRECIS_OK);
    }
    /* the window, undated: groups and stories age by arrivals, so what is in memory stays
     * bounded with no dates at all (the window, 21 items, plus the additions since the last
     * sweep); re-adding stays idempotent; reopening restores the window */
    {
        precis_options o = precis_options_default();
        o.window_articles = 20;
        precis_ctx *c2 = NULL;
        CHECK(precis_ctx_new(&o, &c2) == PRECIS_OK);
        char p5[300], id[32], buf2[2048];
        snprintf(p5, sizeof p5, "%s/undated.db", dir);
        CHECK(precis_store_open(c2, p5, 0, &st) == PRECIS_OK);
        size_t groups = 0, stories = 0, maxg = 0, maxs = 0;
        for (unsigned i = 0; i < 300; i++) {
            synth(buf2, sizeof buf2, 1000 + i);
            snprintf(id, sizeof id, "u%u", i);
            CHECK(add(st, id, buf2, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_NEW);
            if (i % 10 == 9) {
                CHECK(precis_store_commit(st) == PRECIS_OK);
                pr_store_window(st, &groups, &stories);
                if (groups > maxg) maxg = groups;
                if (stories > maxs) maxs = stories;
            }
        }
        CHECK_MSG(maxg <= 45 && maxs <= 45, "in memory: up to %zu groups, %zu stories", maxg, maxs);
        size_t slots_store = 0, slots_clu = 0;   /* story records: the window's, not 300 */
        pr_store_story_slots(st, &slots_store, &slots_clu);
        CHECK_MSG(slots_store <= 64 && slots_clu <= 64, "story records: %zu (store), %zu (clustering)", slots_store, slots_clu);
        CHECK(maxg >= 20);
        synth(buf2, sizeof buf2, 1000);       /* u0's words, 300 arrivals later: not a copy */
        CHECK(add(st, "again0", buf2, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_NEW);
        synth(buf2, sizeof buf2, 1299);       /* u299's words: a copy */
        CHECK(add(st, "again299", buf2, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_COPY);
        CHECK_STR(r.copy_of, "u299");
        CHECK(precis_store_close(st) == PRECIS_OK);
        CHECK(precis_store_open(c2, p5, 0, &st) == PRECIS_OK);
        for (unsigned i = 0; i < 300; i++) {  /* the same input again: nothing changes */
            synth(buf2, sizeof buf2, 1000 + i);
            snprintf(id, sizeof id, "u%u", i);
            CHECK(add(st, id, buf2, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_EXISTS);
        }
        CHECK(precis_store_stats_get(st, &ss) == PRECIS_OK);
        CHECK_INT(ss.articles, 302); CHECK_INT(ss.copies, 1);
        pr_store_window(st, &groups, &stories);
        CHECK_MSG(groups <= 45 && stories <= 45 && groups >= 10, "after reopen: %zu groups, %zu stories", groups, stories);
        synth(buf2, sizeof buf2, 1298);       /* still in the window after reopening */
        CHECK(add(st, "again298", buf2, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_COPY);
        synth(buf2, sizeof buf2, 1001);
        CHECK(add(st, "again1", buf2, NULL, &r) == PRECIS_OK && r.kind == PRECIS_ADD_NEW);
        CHECK(precis_store_close(st) == PRECIS_OK);
        precis_ctx_free(c2);
    }

    /* dates after the clock: an article dated 2093 in the middle of a stream (a typo, a bad
     * feed) is undated for the windows (and reported), so it does not evict every live story:
     * the stream's next article still joins its story, also after reopening. The clock is
     * the option `now` (here 2023-09-20), not today's date. A date in the past is harmless. */
    {
        precis_options o = precis_options_default();
        CHECK(pr_parse_iso_time("2023-09-20", &o.now));
        precis_ctx *c2 = NULL;
        CHECK(precis_ctx_new(&o, &c2) == PRECIS_OK);
        char p6[300];
        snprintf(p6, sizeof p6, "%s/future.db", dir);
        CHECK(precis_store_open(c2, p6, 0, &st) == PRECIS_OK);
        CHECK(add(st, "f1", wire, "2023-09-19", &r) == PRECIS_OK && r.new_story && !r.future_date);
        int64_t s1 = r.story;
        CHECK(add(st, "f2", other, "2093-09-19", &r) == PRECIS_OK && r.new_story && r.future_date);
        CHECK(add(st, "f3", "Un texte sans rapport, daté de 1970 par erreur, sur la pêche au thon en Bretagne.",
                  "1970-01-02", &r) == PRECIS_OK && !r.future_date);
        CHECK(add(st, "f4", follow, "2023-09-19T20:00Z", &r) == PRECIS_OK && !r.future_date);
        CHECK_MSG(r.kind == PRECIS_ADD_NEW && !r.new_story && r.story == s1, "after 2093: story %lld", (long long)r.story);
        /* a day of slack: 2023-09-20T23:00 is trusted, 2023-09-21T01:00 is not */
        CHECK(add(st, "f5", copy, "2023-09-20T23:00Z", &r) == PRECIS_OK && !r.future_date && r.story == s1);
        CHECK(add(st, "f6", wire, "2023-09-21T01:00Z", &r) == PRECIS_OK && r.future_date && r.story == s1);
        CHECK(precis_store_close(st) == PRECIS_OK);
        CHECK(precis_store_open(c2, p6, 0, &st) == PRECIS_OK);
        CHECK(add(st, "f7", follow, "2023-09-20T06:00Z", &r) == PRECIS_OK);
        CHECK(r.kind == PRECIS_ADD_NEAR_COPY || r.kind == PRECIS_ADD_COPY || r.story == s1);
        CHECK_INT(r.story, s1);
        CHECK(precis_store_stories(st, NULL, 0, &l) == PRECIS_OK);
        for (size_t i = 0; i < precis_story_list_count(l); i++) {  /* seen times: not 2093 */
            precis_story_list_get(l, i, &in);
            CHECK(strncmp(in.last_seen, "2023-", 5) == 0 || strncmp(in.last_seen, "1970-", 5) == 0);
        }
        precis_story_list_free(l);
        CHECK(precis_store_close(st) == PRECIS_OK);
        precis_ctx_free(c2);
    }

    /* out of memory at every allocation of an add into a memory store: an error, no leak or crash */
    for (long n = 1; n < 400; n += 3) {
        precis_store *m = NULL;
        if (precis_store_open(ctx, ":memory:", 0, &m) != PRECIS_OK) continue;
        CHECK(add(m, "a", wire, NULL, &r) == PRECIS_OK);
        pr_alloc_fail_after(n);
        precis_status s1 = add(m, "b", other, NULL, &r);
        precis_status s2 = add(m, "c", copy, NULL, &r);
        pr_alloc_fail_after(0);
        CHECK(s1 == PRECIS_OK || s1 == PRECIS_ERR_NOMEM || s1 == PRECIS_ERR_DB);
        CHECK(s2 == PRECIS_OK || s2 == PRECIS_ERR_NOMEM || s2 == PRECIS_ERR_DB);
        precis_store_close(m);
    }
    precis_ctx_free(ctx);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir);
    return TEST_END();
}
