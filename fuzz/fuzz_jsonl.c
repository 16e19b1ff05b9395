/* fuzz_jsonl.c — libFuzzer target: JSONL ingestion. Each input line is parsed as an article
 * (precis_article_from_json) and the readable ones are added to an in-memory store, then the
 * stories are listed and the first is loaded; the same articles also make one story as
 * `precis brief feed.jsonl` reads them (precis_doc_from_article), whose brief is rendered
 * in every format (their given url, site and date in the sources list). Covers the JSON
 * reader, deduplication, clustering, the store's SQL and the rendering of given metadata. */
#include <precis.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_ctx *ctx;
    precis_options opt = precis_options_default();
    opt.dict_dir = ""; /* no dictionary to load per input (fuzz_verbs covers it) */
    if (precis_ctx_new(&opt, &ctx) != PRECIS_OK) return 0;
    precis_store *st;
    if (precis_store_open(ctx, ":memory:", 0, &st) != PRECIS_OK) { precis_ctx_free(ctx); return 0; }
    precis_story *story = NULL;
    if (precis_story_new(ctx, &story) != PRECIS_OK) { precis_store_close(st); precis_ctx_free(ctx); return 0; }
    const char *p = (const char *)data, *end = p + size;
    size_t lines = 0;
    while (p < end && lines < 64) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        precis_article *a;
        if (precis_article_from_json(ctx, p, len, &a) == PRECIS_OK) {
            precis_add_result r;
            (void)precis_store_add(st, a, &r);
            precis_doc *d;
            if (lines < 8 && precis_doc_from_article(ctx, a, &d) == PRECIS_OK &&
                precis_story_add(story, d) != PRECIS_OK)
                precis_doc_free(d);
            precis_article_free(a);
        }
        lines++;
        p += len + 1;
    }
    precis_story_list *l;
    if (precis_store_stories(st, NULL, 0, &l) == PRECIS_OK) {
        if (precis_story_list_count(l) > 0) {
            precis_story_info in;
            precis_story_list_get(l, 0, &in);
            precis_story *s;
            if (precis_store_load_story(st, in.id, &s) == PRECIS_OK) precis_story_free(s);
        }
        precis_story_list_free(l);
    }
    precis_brief *b;
    if (precis_story_doc_count(story) > 0 && precis_story_brief(story, &b) == PRECIS_OK) {
        const precis_format fmts[] = {PRECIS_FORMAT_TEXT, PRECIS_FORMAT_MARKDOWN, PRECIS_FORMAT_JSON,
                                      PRECIS_FORMAT_HTML};
        for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
            char *out;
            size_t n;
            if (precis_brief_render(b, fmts[i], &out, &n) == PRECIS_OK) precis_free(out);
        }
        precis_brief_free(b);
    }
    precis_story_free(story);
    precis_store_close(st);
    precis_ctx_free(ctx);
    return 0;
}
