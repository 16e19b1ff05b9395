/* fuzz_story.c — libFuzzer target: several articles about one story, then its brief rendered
 * in every format. The input is split at form feeds (\f) into up to 8 articles, so that what
 * only happens across documents is reached: copies of one dispatch, sentences other sources
 * also tell (support and attribution), spelling variants of one name merged across articles,
 * people named in full at their first mention, figures compared between sources. */
#include <precis.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define MAX_DOCS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_options o = precis_options_default();
    /* budgets from 3 to 130 words, chosen by the input's length: briefs where not one sentence
     * fits, and briefs whose full names do not fit and are chosen again */
    o.words = 3 + (unsigned)(size % 128);
    o.dict_dir = ""; /* a context per input: no dictionary to load each time (fuzz_verbs has it) */
    precis_ctx *ctx;
    if (precis_ctx_new(&o, &ctx) != PRECIS_OK) return 0;
    precis_story *st;
    if (precis_story_new(ctx, &st) != PRECIS_OK) { precis_ctx_free(ctx); return 0; }
    const uint8_t *p = data, *end = data + size;
    for (int k = 0; k < MAX_DOCS && p < end; k++) {
        const uint8_t *ff = k + 1 < MAX_DOCS ? memchr(p, '\f', (size_t)(end - p)) : NULL;
        size_t len = ff ? (size_t)(ff - p) : (size_t)(end - p);
        char id[16];
        snprintf(id, sizeof id, "d%d", k);
        precis_doc *doc;
        if (precis_doc_new(ctx, id, NULL, p, len, &doc) == PRECIS_OK && precis_story_add(st, doc) != PRECIS_OK)
            precis_doc_free(doc);
        p += len + 1;
    }
    precis_brief *b;
    if (precis_story_brief(st, &b) == PRECIS_OK) {
        for (int f = 0; f <= PRECIS_FORMAT_HTML; f++) {
            char *out;
            size_t n;
            if (precis_brief_render(b, (precis_format)f, &out, &n) == PRECIS_OK) precis_free(out);
        }
        precis_brief_free(b);
    }
    precis_story_free(st);
    precis_ctx_free(ctx);
    return 0;
}
