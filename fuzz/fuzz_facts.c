/* fuzz_facts.c — libFuzzer target over the facts pass: any bytes as one article (and as two
 * articles, split in the middle), figures/entities/quotes extracted and rendered in every
 * format; and the number parser alone on the raw bytes in both modes and both languages. */
#include <precis.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"fr", "en", NULL};
    precis_number nums[32];
    size_t cnt;
    for (int l = 0; l < 3; l++)
        for (unsigned mode = 0; mode < 2; mode++)
            (void)precis_numbers_find(langs[l], (const char *)data, size, mode, nums, 32, &cnt);
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 0;
    precis_story *st;
    if (precis_story_new(ctx, &st) == PRECIS_OK) {
        size_t half = size / 2;
        const uint8_t *parts[2] = {data, data + half};
        size_t lens[2] = {half, size - half};
        for (int k = 0; k < 2; k++) {
            precis_doc *doc;
            if (precis_doc_new(ctx, k ? "b" : "a", NULL, parts[k], lens[k], &doc) != PRECIS_OK) continue;
            if (precis_story_add(st, doc) != PRECIS_OK) precis_doc_free(doc);
        }
        precis_facts *f;
        if (precis_story_facts(st, &f) == PRECIS_OK) {
            for (int fmt = 0; fmt <= PRECIS_FORMAT_HTML; fmt++) {
                char *out;
                size_t n;
                if (precis_facts_render(f, (precis_format)fmt, &out, &n) == PRECIS_OK) precis_free(out);
            }
            precis_facts_free(f);
        }
        precis_story_free(st);
    }
    precis_ctx_free(ctx);
    return 0;
}
