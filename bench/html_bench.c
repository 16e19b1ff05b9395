/* html_bench.c — speed and memory of HTML extraction (make bench runs it via html_bench.sh).
 * 1. The trafilatura evaluation pages, inflated in memory first: pages/s and MB/s of HTML
 *    through precis_doc_new (charset, parse, blocks, selection, metadata, then language,
 *    sentences, tokens and stems).
 *    For reference, libxml2's parser alone: building a tree (htmlReadMemory), and through SAX
 *    with no-op handlers (what precis's parse costs before its own work).
 * 2. A synthetic 50 MB page: time and peak resident memory over the page size. */
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <precis.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
static long rss_kb(void) { struct rusage ru; getrusage(RUSAGE_SELF, &ru); return ru.ru_maxrss; }

typedef struct page { char *data; size_t len; } page;

static int load_dir(const char *dir, page **pages, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 4 || strcmp(de->d_name + l - 3, ".gz")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        gzFile g = gzopen(path, "rb");
        if (!g) continue;
        size_t c = 1 << 16, len = 0;
        char *buf = malloc(c);
        int r;
        while (buf && (r = gzread(g, buf + len, (unsigned)(c - len))) > 0) {
            len += (size_t)r;
            if (len == c) { c *= 2; buf = realloc(buf, c); }
        }
        gzclose(g);
        if (!buf) continue;
        if (*n == *cap) { *cap = *cap ? *cap * 2 : 256; *pages = realloc(*pages, *cap * sizeof **pages); }
        (*pages)[(*n)++] = (page){buf, len};
    }
    closedir(d);
    return 1;
}

/* Seconds for `passes` passes of precis_doc_new over the pages with ctx's options. */
static double time_docs(precis_ctx *ctx, const page *pages, size_t n, int passes)
{
    double t0 = now();
    for (int p = 0; p < passes; p++)
        for (size_t i = 0; i < n; i++) {
            precis_doc *d = NULL;
            precis_doc_new(ctx, "b", NULL, pages[i].data, pages[i].len, &d);
            precis_doc_free(d);
        }
    return now() - t0;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    char dir[4096];
    page *pages = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    snprintf(dir, sizeof dir, "%s/data/extraction/trafilatura-eval/cache", shared);
    load_dir(dir, &pages, &n, &cap);
    snprintf(dir, sizeof dir, "%s/data/extraction/trafilatura-eval/eval", shared);
    load_dir(dir, &pages, &n, &cap);
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 1;
    if (n) {
        for (size_t i = 0; i < n; i++) bytes += pages[i].len;
        const int passes = 2;
        double full = time_docs(ctx, pages, n, passes);
        /* what precis clean does: extraction, cleaning, metadata and language, without the
         * sentences, tokens and stems that summarizing needs (PRECIS_OPT_NO_ANALYSIS) */
        precis_options co = precis_options_default();
        co.flags |= PRECIS_OPT_NO_ANALYSIS;
        precis_ctx *cctx;
        if (precis_ctx_new(&co, &cctx) != PRECIS_OK) return 1;
        double clean = time_docs(cctx, pages, n, passes);
        precis_ctx_free(cctx);
        /* the floor: libxml2's HTML parser alone, same pages, same options */
        double t0 = now();
        for (int p = 0; p < passes; p++)
            for (size_t i = 0; i < n; i++) {
                xmlDoc *x = htmlReadMemory(pages[i].data, (int)pages[i].len, NULL, "UTF-8",
                                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                           HTML_PARSE_NONET | HTML_PARSE_COMPACT);
                xmlFreeDoc(x);
            }
        double parse = now() - t0;
        /* libxml2's HTML parser through SAX with handlers that do nothing: the floor of
         * precis's parse since it stopped building a tree (same options as src/html.c) */
        htmlSAXHandler none;
        memset(&none, 0, sizeof none);
        t0 = now();
        for (int p = 0; p < passes; p++)
            for (size_t i = 0; i < n; i++) {
                htmlParserCtxtPtr c = htmlCreateMemoryParserCtxt(pages[i].data, (int)pages[i].len);
                if (!c) continue;
                memcpy(c->sax, &none, sizeof none);
                c->userData = NULL;
                htmlCtxtUseOptions(c, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
                xmlSwitchEncoding(c, XML_CHAR_ENCODING_UTF8);
                htmlParseDocument(c);
                htmlFreeParserCtxt(c);
            }
        double sax = now() - t0;
        printf("html extraction bench: %zu pages, %.1f MB of HTML (inflated), %d passes, 1 thread\n", n,
               (double)bytes / 1e6, passes);
        printf("  libxml2 htmlReadMemory alone (the floor):                      %.0f pages/s, %.1f MB/s\n",
               (double)(n * passes) / parse, (double)bytes * passes / parse / 1e6);
        printf("  libxml2 SAX parse alone, no-op handlers:                       %.0f pages/s, %.1f MB/s\n",
               (double)(n * passes) / sax, (double)bytes * passes / sax / 1e6);
        printf("  precis_doc_new (extract + language, sentences, tokens, stems): %.0f pages/s, %.1f MB/s\n",
               (double)(n * passes) / full, (double)bytes * passes / full / 1e6);
        printf("  precis clean (extract + metadata + language, NO_ANALYSIS):     %.0f pages/s, %.1f MB/s\n",
               (double)(n * passes) / clean, (double)bytes * passes / clean / 1e6);
    } else {
        printf("html extraction bench: %s not found, page set skipped\n", dir);
    }
    /* a 50 MB page of paragraphs and links */
    static const char para[] = "<div class=\"post\"><p>The committee published its annual report on Monday, "
        "and the figures show that the number of visitors to the national parks has doubled in the last "
        "ten years, with most of them coming in summer.</p><ul><li><a href=\"/x\">Related story</a></li></ul></div>\n";
    size_t target = 50u << 20, pl = sizeof para - 1;
    char *big = malloc(target + 256);
    size_t bl = (size_t)sprintf(big, "<html><head><title>Big</title></head><body>");
    while (bl + pl + 32 < target) { memcpy(big + bl, para, pl); bl += pl; }
    bl += (size_t)sprintf(big + bl, "</body></html>");
    long before = rss_kb();
    double t0 = now();
    precis_doc *d = NULL;
    precis_status st = precis_doc_new(ctx, "big", NULL, big, bl, &d);
    double secs = now() - t0;
    long after = rss_kb();
    size_t tl = 0;
    if (d) precis_doc_text(d, &tl);
    printf("  50 MB page: status %d, %.2f s (%.1f MB/s), text %.1f MB, peak RSS +%.0f MB = %.1fx the page\n",
           (int)st, secs, (double)bl / secs / 1e6, (double)tl / 1e6, (double)(after - before) / 1024.0,
           (double)(after - before) * 1024.0 / (double)bl);
    precis_doc_free(d);
    free(big);
    for (size_t i = 0; i < n; i++) free(pages[i].data);
    free(pages);
    precis_ctx_free(ctx);
    return 0;
}
