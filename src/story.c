/*
 * story.c — a story is a set of documents about one event; a brief is what precis says of it.
 */
#include "internal.h"
#include "facts.h"
#include "numbers.h"
#include <string.h>

precis_status precis_story_new(precis_ctx *ctx, precis_story **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!ctx) return PRECIS_ERR_ARG;
    precis_story *s = pr_calloc(1, sizeof *s);
    if (!s) return pr_error(ctx, PRECIS_ERR_NOMEM, "story: out of memory");
    s->ctx = ctx;
    *out = s;
    return PRECIS_OK;
}

precis_status precis_story_add(precis_story *story, precis_doc *doc)
{
    if (!story || !doc) return PRECIS_ERR_ARG;
    if (!doc->analysed) { /* made with PRECIS_OPT_NO_ANALYSIS: sentences and tokens now */
        precis_status st = pr_doc_analyse(doc);
        if (st != PRECIS_OK) return pr_error(story->ctx, st, "story: %s", precis_strerror(st));
    }
    if (!PR_GROW(story->docs, story->cap_docs, story->n_docs + 1))
        return pr_error(story->ctx, PRECIS_ERR_NOMEM, "story: out of memory");
    story->docs[story->n_docs++] = doc;
    return PRECIS_OK;
}

size_t precis_story_doc_count(const precis_story *story) { return story ? story->n_docs : 0; }

const precis_doc *precis_story_doc(const precis_story *story, size_t i)
{
    return story && i < story->n_docs ? story->docs[i] : NULL;
}

void precis_story_free(precis_story *story)
{
    if (!story) return;
    for (size_t i = 0; i < story->n_docs; i++) precis_doc_free(story->docs[i]);
    pr_free(story->docs);
    pr_free(story);
}

const char *pr_story_lang(const precis_story *st)
{
    /* words per distinct language, in the order first seen: linear in the documents (a story of
     * 400 articles asked this once per entity when it was quadratic); past STORY_LANGS distinct
     * languages, the rarer ones are not counted */
#define STORY_LANGS 32
    struct { const char *lang; size_t words; } tally[STORY_LANGS];
    size_t nl = 0;
    for (size_t d = 0; st && d < st->n_docs; d++) {
        const char *l = st->docs[d]->lang;
        if (!strcmp(l, "und")) continue;
        size_t k = 0;
        while (k < nl && strcmp(tally[k].lang, l)) k++;
        if (k == nl) {
            if (nl == STORY_LANGS) continue;
            tally[nl].lang = l;
            tally[nl++].words = 0;
        }
        tally[k].words += st->docs[d]->words;
    }
    const char *best = NULL;
    size_t bestw = 0;
    for (size_t k = 0; k < nl; k++)
        if (tally[k].words > bestw) { bestw = tally[k].words; best = tally[k].lang; }
    return best;
}

const pr_wordlist *pr_story_labels(const precis_story *st)
{
    if (!st) return NULL;
    const char *want = st->ctx->opt.labels;
    const char *lang = (!want[0] || !strcmp(want, "auto")) ? pr_story_lang(st) : want;
    return lang ? pr_wordlist_get("labels", lang) : NULL;
}

const char *pr_label(const pr_wordlist *labels, const char *key)
{
    const char *r = labels ? pr_table_get(labels, key, strlen(key)) : NULL;
    return r && *r ? r : key;
}

size_t pr_count_words(const char *s, size_t n)
{
    size_t words = 0, i = 0;
    bool in = false;
    while (i < n) {
        int32_t cp = pr_utf8_next(s, n, &i);
        bool w = pr_cp_is_word(cp); /* the scorer's own word class (rouge.c) */
        if (w && !in) words++;
        in = w;
    }
    return words;
}

static void clear_sentences(precis_brief *b)
{
    for (size_t i = 0; i < b->n; i++) { pr_free(b->s[i].text); pr_free(b->s[i].src); }
    b->n = 0;
    b->words = 0;
}

void precis_brief_free(precis_brief *b)
{
    if (!b) return;
    clear_sentences(b);
    pr_free(b->s);
    pr_facts_free(b->facts);
    pr_free(b);
}

precis_status precis_story_brief(precis_story *story, precis_brief **out)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (!story) return PRECIS_ERR_ARG;
    if (story->n_docs == 0) return pr_error(story->ctx, PRECIS_ERR_EMPTY, "story: no documents");
    precis_brief *b = pr_calloc(1, sizeof *b);
    if (!b) return pr_error(story->ctx, PRECIS_ERR_NOMEM, "brief: out of memory");
    b->story = story;
    unsigned budget = story->ctx->opt.words, needed = 0;
    precis_status st = pr_facts_extract(story, &b->facts);
    pr_summ *S = NULL; /* read once, selected from for each budget */
    if (st == PRECIS_OK) st = pr_summ_new(story, &S);
    if (st == PRECIS_OK) st = pr_summ_select(S, budget, b);
    /* people named by the surname alone get their given names at the first mention: when the
     * words that takes do not fit, the sentences are chosen again for a budget that leaves them
     * room */
    unsigned room = budget;
    for (int pass = 0; pass < 3 && st == PRECIS_OK; pass++) {
        st = pr_brief_name_people(b, b->facts, budget, &needed);
        if (st != PRECIS_OK || b->words + needed <= budget) break;
        unsigned over = b->words + needed - budget;
        if (over >= room / 4 || room - over < budget * 3 / 4) break;
        room -= over;
        clear_sentences(b);
        st = pr_summ_select(S, room, b);
    }
    pr_summ_free(S);
    if (st == PRECIS_OK) st = pr_brief_name_people(b, b->facts, budget, NULL);
    if (st == PRECIS_OK && (story->ctx->opt.flags & PRECIS_OPT_NO_FACTS)) { /* named, not listed */
        pr_facts_free(b->facts);
        b->facts = NULL;
    }
    if (st != PRECIS_OK) {
        precis_brief_free(b);
        return pr_error(story->ctx, st, "brief: %s", precis_strerror(st));
    }
    *out = b;
    return PRECIS_OK;
}

size_t precis_brief_sentence_count(const precis_brief *b) { return b ? b->n : 0; }
const char *precis_brief_sentence_text(const precis_brief *b, size_t i)
{
    return b && i < b->n ? b->s[i].text : NULL;
}
size_t precis_brief_sentence_sources(const precis_brief *b, size_t i, size_t *docs, size_t cap)
{
    if (!b || i >= b->n) return 0;
    for (size_t k = 0; k < b->s[i].n_src && k < cap; k++) docs[k] = b->s[i].src[k];
    return b->s[i].n_src;
}
size_t precis_brief_words(const precis_brief *b) { return b ? b->words : 0; }
