/* fuzz_doc.c — libFuzzer target: any bytes as an article, then a brief of it rendered in
 * every format. Covers decoding, cleaning, sentence splitting, tokenization and selection. */
#include <precis.h>
#include <stdint.h>
#include <stddef.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_options o = precis_options_default();
    /* budgets from 3 to 66 words, chosen by the input's length, so that briefs where not one
     * sentence fits (cut to the budget) are reached too */
    o.words = 3 + (unsigned)(size % 64);
    o.dict_dir = ""; /* a context per input: no dictionary to load each time (fuzz_verbs has it) */
    precis_ctx *ctx;
    if (precis_ctx_new(&o, &ctx) != PRECIS_OK) return 0;
    precis_doc *doc;
    if (precis_doc_new(ctx, "fuzz", NULL, data, size, &doc) == PRECIS_OK) {
        size_t n;
        (void)precis_doc_text(doc, &n);
        precis_story *st;
        if (precis_story_new(ctx, &st) == PRECIS_OK) {
            if (precis_story_add(st, doc) != PRECIS_OK) precis_doc_free(doc);
            precis_brief *b;
            if (precis_story_brief(st, &b) == PRECIS_OK) {
                for (int f = 0; f <= PRECIS_FORMAT_HTML; f++) {
                    char *out;
                    if (precis_brief_render(b, (precis_format)f, &out, &n) == PRECIS_OK) precis_free(out);
                }
                precis_brief_free(b);
            }
            precis_story_free(st);
        } else {
            precis_doc_free(doc);
        }
    }
    precis_ctx_free(ctx);
    return 0;
}
