/* fuzz_jsonl.c — libFuzzer target: JSONL ingestion. Each input line is parsed as an article
 * (precis_article_from_json) and the readable ones are added to an in-memory store, then the
 * stories are listed and the first is loaded. Covers the JSON reader, deduplication,
 * clustering and the store's SQL. */
#include <precis.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 0;
    precis_store *st;
    if (precis_store_open(ctx, ":memory:", 0, &st) != PRECIS_OK) { precis_ctx_free(ctx); return 0; }
    const char *p = (const char *)data, *end = p + size;
    size_t lines = 0;
    while (p < end && lines < 64) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        precis_article *a;
        if (precis_article_from_json(ctx, p, len, &a) == PRECIS_OK) {
            precis_add_result r;
            (void)precis_store_add(st, a, &r);
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
    precis_store_close(st);
    precis_ctx_free(ctx);
    return 0;
}
