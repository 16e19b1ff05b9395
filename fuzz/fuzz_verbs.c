/* fuzz_verbs.c — libFuzzer target: any bytes as a French article (the language forced), briefed
 * with the French morphological dictionary (Hunspell), which tells the sentences without a
 * conjugated verb: every word of every candidate sentence reaches pr_ctx_morph, whatever its
 * bytes. One context serves every input, as in a long-running program: the dictionary is loaded
 * once (it takes ~50 ms) and the verdict cache fills and starts over. The budget is the
 * default. */
#include <precis.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

static precis_ctx *ctx;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        precis_options o = precis_options_default();
        memcpy(o.lang, "fr", 3);
        if (precis_ctx_new(&o, &ctx) != PRECIS_OK) return 0;
    }
    precis_doc *doc;
    if (precis_doc_new(ctx, "fuzz", NULL, data, size, &doc) != PRECIS_OK) return 0;
    precis_story *st;
    if (precis_story_new(ctx, &st) != PRECIS_OK) { precis_doc_free(doc); return 0; }
    if (precis_story_add(st, doc) != PRECIS_OK) precis_doc_free(doc);
    precis_brief *b;
    if (precis_story_brief(st, &b) == PRECIS_OK) precis_brief_free(b);
    precis_story_free(st);
    return 0;
}
