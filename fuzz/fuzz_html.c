/* fuzz_html.c — libFuzzer target for the HTML and charset paths: any bytes, forced to be seen
 * as a page (an HTML prefix is added to half the inputs), through the public precis_doc_new;
 * every metadata accessor and the removed list are read back. Gzip is covered when the bytes
 * start with its magic. */
#include <precis.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 0;
    for (int pass = 0; pass < 2; pass++) {
        const void *in = data;
        size_t n = size;
        char *buf = NULL;
        if (pass == 1) { /* make sure the HTML path is taken */
            static const char pre[] = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head><body>";
            buf = malloc(sizeof pre - 1 + size);
            if (!buf) break;
            memcpy(buf, pre, sizeof pre - 1);
            if (size) memcpy(buf + sizeof pre - 1, data, size);
            in = buf;
            n = sizeof pre - 1 + size;
        }
        precis_doc *doc;
        if (precis_doc_new(ctx, "fuzz", NULL, in, n, &doc) == PRECIS_OK) {
            size_t len;
            const char *t = precis_doc_text(doc, &len);
            volatile size_t sink = len + (t ? (size_t)t[0] : 0);
            const char *s[] = {precis_doc_title(doc), precis_doc_authors(doc), precis_doc_date(doc),
                               precis_doc_site(doc), precis_doc_url(doc), precis_doc_description(doc)};
            for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) if (s[i]) sink += strlen(s[i]);
            for (size_t i = 0; i < precis_doc_removed_count(doc); i++)
                sink += strlen(precis_doc_removed_text(doc, i)) + strlen(precis_doc_removed_reason(doc, i));
            (void)sink;
            precis_doc_free(doc);
        }
        free(buf);
    }
    precis_ctx_free(ctx);
    return 0;
}
