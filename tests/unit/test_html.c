/* test_html.c — HTML extraction: fixtures of real-looking pages (tests/golden/html), charsets,
 * gzip, metadata and dates, and bad input (truncated, binary, deep nesting, empty, home page). */
#include "harness.h"
#include "html.h"
#include <precis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static precis_ctx *ctx;

static precis_doc *from_mem(const char *s, size_t n, precis_status *st)
{
    precis_doc *d = NULL;
    *st = precis_doc_new(ctx, "t", NULL, s, n, &d);
    return d;
}
static precis_doc *from_str(const char *s, precis_status *st) { return from_mem(s, strlen(s), st); }

static bool text_has(const precis_doc *d, const char *needle)
{
    size_t n;
    const char *t = d ? precis_doc_text(d, &n) : NULL;
    return t && strstr(t, needle);
}

static bool removed_as(const precis_doc *d, const char *needle, const char *reason)
{
    for (size_t i = 0; d && i < precis_doc_removed_count(d); i++)
        if (strstr(precis_doc_removed_text(d, i), needle)) return !strcmp(precis_doc_removed_reason(d, i), reason);
    return false;
}

static void test_article_en(void)
{
    precis_doc *d = NULL;
    precis_status st = precis_doc_from_file(ctx, "tests/golden/html/en/article.html", &d);
    CHECK_INT(st, PRECIS_OK);
    if (!d) return;
    CHECK_STR(precis_doc_title(d), "Council approves new bridge over the river");
    CHECK_STR(precis_doc_authors(d), "Jane Doe");
    CHECK_STR(precis_doc_date(d), "2023-09-19T14:05:00+02:00");
    CHECK_STR(precis_doc_site(d), "The Valley Gazette");
    CHECK_STR(precis_doc_url(d), "https://gazette.example/2023/09/19/bridge");
    CHECK_STR(precis_doc_description(d), "The town council voted 7 to 2 for a new footbridge.");
    CHECK_STR(precis_doc_lang(d), "en");
    CHECK_STR(precis_doc_encoding(d), "utf-8");
    /* the article, with its structure: first and last paragraphs, heading, quote, list items */
    CHECK(text_has(d, "The town council voted seven to two on Tuesday evening"));
    CHECK(text_has(d, "chosen by a public tender."));
    CHECK(text_has(d, "\nA decade of debate\n"));
    CHECK(text_has(d, "\n\u201cThis is a great day for everyone"));
    CHECK(text_has(d, "\nLength: 84 metres\nWidth: 4 metres"));
    CHECK(text_has(d, "\u20ac4.2\u00a0million")); /* entities decoded, no-break space kept */
    /* everything else, dropped with its reason */
    CHECK(!text_has(d, "cookies"));
    CHECK(!text_has(d, "Sport"));
    CHECK(!text_has(d, "Share on"));
    CHECK(!text_has(d, "twenty years"));
    CHECK(!text_has(d, "Mayor re-elected"));
    CHECK(!text_has(d, "bakeries"));
    CHECK(!text_has(d, "rights reserved"));
    CHECK(!text_has(d, "hidden paragraph"));
    CHECK(!text_has(d, "Template text"));
    CHECK(!text_has(d, "tracking"));
    CHECK(!text_has(d, "artist's impression"));
    CHECK(removed_as(d, "We use cookies", "cookie"));
    CHECK(removed_as(d, "Culture", "nav"));
    CHECK(removed_as(d, "By Jane Doe", "byline"));
    CHECK(removed_as(d, "Share on Facebook", "share"));
    CHECK(removed_as(d, "twenty years", "comment"));
    CHECK(removed_as(d, "Mayor re-elected", "related"));
    CHECK(removed_as(d, "artist's impression", "caption"));
    CHECK(removed_as(d, "Council approves", "title"));
    CHECK(precis_doc_sentence_count(d) >= 6);
    precis_doc_free(d);
}

static void test_article_fr_latin1(void)
{
    precis_doc *d = NULL;
    precis_status st = precis_doc_from_file(ctx, "tests/golden/html/fr/inondations-latin1.html", &d);
    CHECK_INT(st, PRECIS_OK);
    if (!d) return;
    CHECK_STR(precis_doc_encoding(d), "windows-1252");
    CHECK_STR(precis_doc_lang(d), "fr");
    CHECK_STR(precis_doc_title(d), "Inondations : la Loire atteint un niveau record");
    CHECK_STR(precis_doc_authors(d), "Marie Dupont");
    CHECK_STR(precis_doc_date(d), "2023-09-19");
    CHECK(text_has(d, "à Orléans, où l'eau"));
    CHECK(text_has(d, "« Nous n'avions jamais vu ça », a déclaré un commerçant"));
    CHECK(text_has(d, "près du fleuve."));
    CHECK(!text_has(d, "Accueil"));
    CHECK(!text_has(d, "Partager"));
    CHECK(!text_has(d, "Mentions légales"));
    CHECK(!text_has(d, "Publié le"));
    CHECK(precis_doc_repaired_bytes(d) == 0);
    precis_doc_free(d);
}

static const char body_en[] =
    "<p>The committee published its annual report on Monday, and the figures show that the number "
    "of visitors to the national parks has doubled in the last ten years, with most of them coming "
    "in the summer months.</p>";

static void check_charset(const char *label, const char *bytes, size_t n, const char *want_enc,
                          const char *want_text)
{
    precis_status st;
    precis_doc *d = from_mem(bytes, n, &st);
    CHECK_MSG(st == PRECIS_OK, "%s: status %d (%s)", label, st, precis_ctx_errmsg(ctx));
    if (!d) return;
    CHECK_MSG(!strcmp(precis_doc_encoding(d), want_enc), "%s: encoding %s, want %s", label,
              precis_doc_encoding(d), want_enc);
    CHECK_MSG(text_has(d, want_text), "%s: text lacks \"%s\"", label, want_text);
    precis_doc_free(d);
}

static void test_charsets(void)
{
    char buf[4096];
    const char *fr = "<p>Le comité a publié lundi son rapport annuel : le nombre de visiteurs des parcs "
                     "nationaux a doublé en dix ans, et la plupart viennent pendant les mois d'été.</p>";
    /* 1. UTF-8, no declaration */
    int n = snprintf(buf, sizeof buf, "<html><body>%s</body></html>", fr);
    check_charset("utf-8 undeclared", buf, (size_t)n, "utf-8", "a doublé en dix ans");
    /* 2. UTF-8 BOM */
    n = snprintf(buf, sizeof buf, "\xEF\xBB\xBF<html><body>%s</body></html>", fr);
    check_charset("utf-8 bom", buf, (size_t)n, "utf-8", "Le comité a publié");
    /* 3. declared latin-1 (http-equiv), bytes latin-1 */
    n = snprintf(buf, sizeof buf, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                 "charset=ISO-8859-1\"></head><body><p>Le comit\xE9 a publi\xE9 lundi son rapport annuel : le "
                 "nombre de visiteurs des parcs nationaux a doubl\xE9 en dix ans, et la plupart viennent "
                 "pendant les mois d'\xE9t\xE9.</p></body></html>");
    check_charset("latin-1 declared", buf, (size_t)n, "windows-1252", "a doublé en dix ans");
    /* 4. a wrong declaration: says latin-1, bytes are UTF-8 */
    n = snprintf(buf, sizeof buf, "<html><head><meta charset=\"iso-8859-1\"></head><body>%s</body></html>", fr);
    check_charset("latin-1 declared, utf-8 bytes", buf, (size_t)n, "utf-8", "les mois d'été");
    /* 5. a wrong declaration: says UTF-8, bytes are Windows-1252 (with a curly quote 0x92) */
    n = snprintf(buf, sizeof buf, "<html><head><meta charset=utf-8></head><body><p>Le comit\xE9 a publi\xE9 "
                 "lundi son rapport annuel : le nombre de visiteurs des parcs nationaux a doubl\xE9 en dix "
                 "ans, et la plupart viennent pendant les mois d\x92\xE9t\xE9.</p></body></html>");
    check_charset("utf-8 declared, cp1252 bytes", buf, (size_t)n, "windows-1252", "les mois d\u2019été");
    /* 6. another single-byte charset through iconv: ISO-8859-2 (Polish) */
    n = snprintf(buf, sizeof buf, "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Komitet "
                 "opublikowa\xB3 w poniedzia\xB3\x65k raport roczny, z kt\xF3rego wynika, \xBF\x65 liczba "
                 "odwiedzaj\xB1\x63ych parki narodowe podwoi\xB3\x61 si\xEA w ci\xB1gu dziesi\xEA\x63iu lat.</p></body></html>");
    check_charset("iso-8859-2", buf, (size_t)n, "iso-8859-2", "Komitet opublikował w poniedziałek");
    /* 7. UTF-16LE with BOM */
    char u16[4096];
    n = snprintf(buf, sizeof buf, "<html><body>%s</body></html>", body_en);
    u16[0] = (char)0xFF; u16[1] = (char)0xFE;
    for (int i = 0; i < n; i++) { u16[2 + 2 * i] = buf[i]; u16[3 + 2 * i] = 0; }
    CHECK(pr_sniff_html(u16, (size_t)(2 + 2 * n)) == false); /* UTF-16 pages go through decode.c */
    /* 8. invalid UTF-8 bytes in a UTF-8 page are repaired and counted */
    n = snprintf(buf, sizeof buf, "<html><head><meta charset=utf-8></head><body><p>Le comité a publié lundi "
                 "son rapport \xFF annuel : le nombre de visiteurs des parcs nationaux a doublé en dix ans, et "
                 "la plupart viennent pendant les mois d'été.</p></body></html>");
    precis_status st;
    precis_doc *d = from_mem(buf, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    if (d) { CHECK(precis_doc_repaired_bytes(d) == 1); CHECK(text_has(d, "rapport \uFFFD annuel")); precis_doc_free(d); }
}

static void test_gzip(void)
{
    char page[2048];
    int n = snprintf(page, sizeof page, "<html><head><title>Parks</title></head><body>%s</body></html>", body_en);
    unsigned char gz[4096];
    z_stream z;
    memset(&z, 0, sizeof z);
    CHECK(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    z.next_in = (unsigned char *)page; z.avail_in = (unsigned)n;
    z.next_out = gz; z.avail_out = sizeof gz;
    CHECK(deflate(&z, Z_FINISH) == Z_STREAM_END);
    size_t gl = sizeof gz - z.avail_out;
    deflateEnd(&z);
    CHECK(pr_sniff_gzip((char *)gz, gl));
    precis_status st;
    precis_doc *d = from_mem((char *)gz, gl, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "national parks has doubled"));
    precis_doc_free(d);
    /* truncated: what was inflated is kept */
    d = from_mem((char *)gz, gl - 12, &st);
    CHECK_INT(st, PRECIS_OK);
    precis_doc_free(d);
    /* corrupt */
    gz[12] ^= 0x55; gz[13] ^= 0xAA; gz[20] ^= 0xFF;
    char *out = NULL; size_t ol = 0; const char *why = NULL;
    st = pr_gunzip((char *)gz, gl, 1 << 20, &out, &ol, &why);
    CHECK(st == PRECIS_ERR_FORMAT || st == PRECIS_OK);
    pr_free(out);
    /* the output cap (a zip bomb) */
    static char zeros[1 << 20];
    unsigned char *big = malloc(1 << 16);
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)zeros; z.avail_in = sizeof zeros;
    z.next_out = big; z.avail_out = 1 << 16;
    deflate(&z, Z_FINISH);
    size_t bl = (1 << 16) - z.avail_out;
    deflateEnd(&z);
    st = pr_gunzip((char *)big, bl, 1000, &out, &ol, &why);
    CHECK_INT(st, PRECIS_ERR_LIMIT);
    CHECK(out == NULL);
    free(big);
}

static void test_dates(void)
{
    char o[40];
    CHECK(pr_html_date_iso("2019-05-15T10:00:00+02:00", o, sizeof o)); CHECK_STR(o, "2019-05-15T10:00:00+02:00");
    CHECK(pr_html_date_iso("2019-05-15T10:00:00.000Z", o, sizeof o)); CHECK_STR(o, "2019-05-15T10:00:00Z");
    CHECK(pr_html_date_iso("2019-05-15", o, sizeof o)); CHECK_STR(o, "2019-05-15");
    CHECK(pr_html_date_iso("15.05.2019", o, sizeof o)); CHECK_STR(o, "2019-05-15");
    CHECK(pr_html_date_iso("May 15, 2019", o, sizeof o)); CHECK_STR(o, "2019-05-15");
    CHECK(pr_html_date_iso("Wed, 15 May 2019 10:00:00 GMT", o, sizeof o)); CHECK_STR(o, "2019-05-15");
    CHECK(pr_html_date_iso("19 septembre 2023", o, sizeof o)); CHECK_STR(o, "2023-09-19");
    CHECK(pr_html_date_iso("1er août 2023", o, sizeof o)); CHECK_STR(o, "2023-08-01");
    CHECK(pr_html_date_iso("3. März 2021", o, sizeof o)); CHECK_STR(o, "2021-03-03");
    CHECK(pr_html_date_iso("20230919", o, sizeof o)); CHECK_STR(o, "2023-09-19");
    CHECK(!pr_html_date_iso("yesterday", o, sizeof o));
    CHECK(!pr_html_date_iso("2019-13-45", o, sizeof o));
    CHECK(!pr_html_date_iso("", o, sizeof o));
}

/* JSON-LD wrapped in CDATA, in an @graph, with the article's date and authors; <title> that
 * starts with the h1 wins over a JSON-LD headline that is a description. */
static void test_jsonld(void)
{
    char page[2048];
    int n = snprintf(page, sizeof page,
        "<html><head><title>Parks report - Example News</title><script type=\"application/ld+json\">\n"
        "<![CDATA[ {\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"annual figures of a committee\",\"datePublished\":"
        "\"2020-07-10T14:15:42+00:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},\"Bo Chen\"],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}]} ]]></script></head>"
        "<body><h1>Parks report</h1>%s</body></html>", body_en);
    precis_status st;
    precis_doc *d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    if (!d) return;
    CHECK_STR(precis_doc_date(d), "2020-07-10T14:15:42+00:00");
    CHECK_STR(precis_doc_authors(d), "Ann Lee, Bo Chen");
    CHECK_STR(precis_doc_site(d), "Example News");
    CHECK_STR(precis_doc_title(d), "Parks report");
    CHECK(!text_has(d, "Parks report"));
    precis_doc_free(d);
}

/* A meta key may list several names (RDFa: property="x:title dc:title"), and Dublin Core may be
 * written with its RDFa prefix ("dc:creator"): the first name that precis reads fills the field. */
static void test_meta_keys(void)
{
    static const struct { const char *head, *body, *title, *authors, *date; } cases[] = {
        {"<title>Site home</title><meta property=\"x:title dc:title\" content=\"Parks report\">"
         "<meta property=\"og:title twitter:title\" content=\"A later title\">"
         "<meta property=\"dc:creator twitter:site_name\" content=\"Ann Lee\">"
         "<meta name=\"parsely-pub-date\" content=\"2024-04-20T04:20:00Z\">",
         "", "Parks report", "Ann Lee", "2024-04-20T04:20:00Z"},
        /* parsely-title when nothing else names the article */
        {"<title>Home</title><meta name=\"parsely-title\" content=\"Parks report\">", "", "Parks report", NULL, NULL},
        /* a one-word ASCII author in a meta tag is a handle: the JSON-LD's person wins, and with
         * nothing better the handle is still said; a Chinese name is one word too, and is kept */
        {"<title>Parks report</title><meta name=\"twitter:creator\" content=\"NBCNews\"><script type="
         "\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":"
         "\"Stella Kim\"}]}</script>", "", NULL, "Stella Kim", NULL},
        {"<title>Parks report</title><meta name=\"author\" content=\"NBCNews\">", "", NULL, "NBCNews", NULL},
        {"<title>Parks report</title><meta name=\"author\" content=\"\u8096\u6625\u82b3\"><script type="
         "\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Desk\"}</script>",
         "", NULL, "\u8096\u6625\u82b3", NULL},
        /* a byline element holding only its label names no one: the next one does */
        {"<title>Parks report</title>",
         "<span itemprop=\"author\">\u4f5c\u8005\uff1a</span><span itemprop=\"author\">Ann Lee</span>",
         NULL, "Ann Lee", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[2048];
        int n = snprintf(page, sizeof page, "<html><head>%s</head><body><article>%s%s</article></body></html>",
                         cases[i].head, cases[i].body, body_en);
        CHECK(n > 0 && (size_t)n < sizeof page);
        precis_status st;
        precis_doc *d = from_mem(page, (size_t)n, &st);
        CHECK_MSG(st == PRECIS_OK && d, "case %zu: status %d", i, (int)st);
        if (!d) continue;
        if (cases[i].title) CHECK_STR(precis_doc_title(d), cases[i].title);
        if (cases[i].authors) CHECK_STR(precis_doc_authors(d), cases[i].authors);
        if (cases[i].date) CHECK_STR(precis_doc_date(d), cases[i].date);
        precis_doc_free(d);
    }
}

static void test_sniff(void)
{
    CHECK(pr_sniff_html("<!DOCTYPE html><html>", 21));
    CHECK(pr_sniff_html("  \n<HTML><BODY>x", 16));
    CHECK(pr_sniff_html("<div><p>Hello</p></div>", 23));
    CHECK(!pr_sniff_html("Plain text about <b> tags.", 26));
    CHECK(!pr_sniff_html("Le 19 septembre, l'armée a lancé une offensive.", 48));
    CHECK(!pr_sniff_html("", 0));
}

static void test_bad_input(void)
{
    precis_status st;
    precis_doc *d;
    /* empty body, no article, only boilerplate */
    d = from_str("<html><head><title>x</title></head><body></body></html>", &st);
    CHECK_INT(st, PRECIS_ERR_EMPTY); CHECK(d == NULL);
    CHECK(strstr(precis_ctx_errmsg(ctx), "no article text") != NULL);
    /* a home page: teasers and links only */
    d = NULL;
    st = precis_doc_from_file(ctx, "tests/golden/html/en/homepage.html", &d);
    CHECK_INT(st, PRECIS_ERR_EMPTY); CHECK(d == NULL);
    /* binary data after an HTML start */
    char bin[4096];
    memcpy(bin, "<html><body>", 12);
    for (size_t i = 12; i < sizeof bin; i++) bin[i] = (char)((i * 7919) % 251);
    d = from_mem(bin, sizeof bin, &st);
    CHECK_INT(st, PRECIS_ERR_BINARY); CHECK(d == NULL);
    /* truncated in the middle of a tag, an attribute and a comment */
    char page[2048];
    int n = snprintf(page, sizeof page, "<html><body>%s<p class=\"x", body_en);
    d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK); CHECK(text_has(d, "national parks")); precis_doc_free(d);
    n = snprintf(page, sizeof page, "<html><body>%s<!-- unterminated comment", body_en);
    d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK); precis_doc_free(d);
    /* malformed: unclosed and misnested tags, stray end tags */
    d = from_str("<html><body></div></span><div><p>The committee published its annual report on Monday, "
                 "<b><i>and the figures show</b></i> that the number of visitors to the national parks has "
                 "doubled in the last ten years<p>with most of them in summer.</table></body>", &st);
    CHECK_INT(st, PRECIS_OK); CHECK(text_has(d, "and the figures show that the number")); precis_doc_free(d);
    /* NUL bytes inside the page */
    char nul[600];
    n = snprintf(nul, sizeof nul, "<html><body>%s</body></html>", body_en);
    nul[40] = 0;
    d = from_mem(nul, (size_t)n, &st);
    CHECK(st == PRECIS_OK || st == PRECIS_ERR_EMPTY); precis_doc_free(d);
}

/* 100,000 nested elements: no stack overflow, linear time, and the text inside is kept or the
 * page is rejected cleanly. */
static void test_deep_nesting(void)
{
    const size_t depth = 100000;
    size_t cap = depth * 12 + 1024;
    char *p = malloc(cap);
    size_t n = 0;
    n += (size_t)sprintf(p + n, "<html><body>");
    for (size_t i = 0; i < depth; i++) n += (size_t)sprintf(p + n, i % 2 ? "<div>" : "<span>");
    n += (size_t)sprintf(p + n, "%s", body_en);
    for (size_t i = depth; i-- > 0;) n += (size_t)sprintf(p + n, i % 2 ? "</div>" : "</span>");
    n += (size_t)sprintf(p + n, "</body></html>");
    clock_t t0 = clock();
    precis_status st;
    precis_doc *d = from_mem(p, n, &st);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(st == PRECIS_OK || st == PRECIS_ERR_EMPTY);
    CHECK_MSG(secs < 20, "deep nesting took %.1f s", secs);
    precis_doc_free(d);
    /* 100,000 nested divs, each with a little text */
    n = 0;
    n += (size_t)sprintf(p + n, "<html><body>");
    for (size_t i = 0; i < depth && n + 64 < cap; i++) n += (size_t)sprintf(p + n, "<div>w%zu ", i % 10);
    p[n] = 0;
    d = from_mem(p, n, &st);
    CHECK(st == PRECIS_OK || st == PRECIS_ERR_EMPTY);
    precis_doc_free(d);
    free(p);
}

/* The SAX front: html_meta.c's text captures fed in pieces, and pages whose events differ from
 * a simple tree (content after </html>, prefixed names, depth past libxml2's limit, unclosed
 * script, JSON-LD longer than one parser chunk). */
static void test_sax_stream(void)
{
    /* JSON-LD fed one byte at a time */
    {
        pr_html_meta m;
        memset(&m, 0, sizeof m);
        const char *attrs[] = {"type", "application/ld+json", NULL};
        CHECK(pr_html_meta_start(&m, "script", attrs));
        const char *ld = " <!--{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":{\"name\":\"Ann Lee\"}}";
        for (size_t i = 0; ld[i]; i++) pr_html_meta_text(&m, ld + i, 1);
        pr_html_meta_end(&m);
        CHECK_STR(m.ld_headline, "H");
        CHECK_STR(m.authors_ld, "Ann Lee");
        CHECK_INT(m.n_caps, 0);
        pr_html_meta_free(&m);
    }
    /* document order: an outer author element wins; when its text is too long the first inner
     * one does; a date found while an earlier date element is open waits for it */
    {
        pr_html_meta m;
        memset(&m, 0, sizeof m);
        const char *au[] = {"itemprop", "author", NULL};
        CHECK(pr_html_meta_start(&m, "a", au));
        char big[400];
        memset(big, 'x', sizeof big - 1);
        big[sizeof big - 1] = 0;
        pr_html_meta_text(&m, big, strlen(big));
        CHECK(pr_html_meta_start(&m, "time", au));
        pr_html_meta_text(&m, " Bo  Chen ", 10);
        pr_html_meta_end(&m);
        CHECK(m.authors_dom == NULL);           /* waits on the outer element */
        pr_html_meta_end(&m);
        CHECK_STR(m.authors_dom, "Bo Chen");
        const char *dp[] = {"itemprop", "datePublished", NULL};
        const char *dt[] = {"datetime", "2018-01-01", NULL};
        CHECK(pr_html_meta_start(&m, "span", dp));
        pr_html_meta_text(&m, "15 May ", 7);
        CHECK(!pr_html_meta_start(&m, "time", dt)); /* its datetime waits on the span */
        CHECK(m.date_dom == NULL);
        pr_html_meta_text(&m, "2019", 4);
        pr_html_meta_end(&m);
        CHECK_STR(m.date_dom, "15 May 2019");
        /* more nested captures than kept: refused, and freed when left open */
        int opened = 0;
        pr_html_meta_free(&m);
        memset(&m, 0, sizeof m);
        for (int i = 0; i < 40; i++) opened += pr_html_meta_start(&m, "time", au);
        CHECK_INT(opened, PR_HTML_CAPS);
        pr_html_meta_text(&m, "Name", 4);
        pr_html_meta_free(&m);
        CHECK_INT(m.n_caps, 0);
    }
    precis_status st;
    precis_doc *d;
    size_t cap = 64 * 1024;
    char *p = malloc(cap);
    /* a JSON-LD block over several parser chunks (libxml2 hands script text over ~1,000 bytes
     * at a time), and one left unclosed at the end of the page */
    {
        int n = snprintf(p, cap, "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                         "\"description\":\"");
        for (int i = 0; i < 300; i++) n += snprintf(p + n, cap - (size_t)n, "pad%03d ", i);
        n += snprintf(p + n, cap - (size_t)n, "\",\"author\":{\"name\":\"Long Ld\"}}</script></head><body>%s</body></html>", body_en);
        d = from_mem(p, (size_t)n, &st);
        CHECK_INT(st, PRECIS_OK);
        CHECK_STR(precis_doc_authors(d), "Long Ld");
        precis_doc_free(d);
        n = snprintf(p, cap, "<html><body>%s<script type=\"application/ld+json\">{\"@type\":\"Article\","
                     "\"author\":\"Tail Author\"}", body_en);
        d = from_mem(p, (size_t)n, &st);
        CHECK_INT(st, PRECIS_OK);
        CHECK_STR(precis_doc_authors(d), "Tail Author");
        precis_doc_free(d);
    }
    /* text after </html> stays in the page; a prefixed name is its local name; the title's
     * text includes its markup's text */
    {
        int n = snprintf(p, cap, "<html><head><title>A <b>bold</b> title</title></head><body><article>%s</article>"
                         "</body></html><o:p>Afterword: the committee will publish its next report in the spring, "
                         "the chairman said at the end of the meeting on Monday.</o:p>", body_en);
        d = from_mem(p, (size_t)n, &st);
        CHECK_INT(st, PRECIS_OK);
        CHECK_STR(precis_doc_title(d), "A bold title");
        CHECK(text_has(d, "Afterword: the committee"));
        precis_doc_free(d);
    }
    /* deeper than 256: what came before is kept, the parse ends there */
    {
        int n = snprintf(p, cap, "<html><body><article>%s</article>", body_en);
        for (int i = 0; i < 300; i++) n += snprintf(p + n, cap - (size_t)n, "<div>");
        n += snprintf(p + n, cap - (size_t)n, "<p>deep text</p>");
        d = from_mem(p, (size_t)n, &st);
        CHECK_INT(st, PRECIS_OK);
        CHECK(text_has(d, "annual report"));
        CHECK(!text_has(d, "deep text"));
        precis_doc_free(d);
    }
    free(p);
}

/* A large page (8 MB of paragraphs): linear time, bounded memory. */
static void test_large_page(void)
{
    size_t target = 8u << 20, bl = strlen(body_en);
    char *p = malloc(target + 1024);
    size_t n = (size_t)sprintf(p, "<html><body><article>");
    while (n + bl + 32 < target) { memcpy(p + n, body_en, bl); n += bl; }
    n += (size_t)sprintf(p + n, "</article></body></html>");
    clock_t t0 = clock();
    precis_status st;
    precis_doc *d = from_mem(p, n, &st);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(st, PRECIS_OK);
    CHECK_MSG(secs < 60, "8 MB page took %.1f s", secs);
    size_t tl = 0;
    if (d) precis_doc_text(d, &tl);
    CHECK(tl > target / 2);
    precis_doc_free(d);
    free(p);
}

/* Out of memory at every allocation of the extraction: a clean error, no leak (ASan). */
/* Generic page-structure signals: the lead between the headline and the body, an opinion
 * piece's "commentary" class, figure captions, credits, cookie notices, furniture labels. */
#define PARA "<p>The council said on Tuesday that the new bridge would be built over the river by the end of the year, and that the work would start in the spring.</p>"
static void test_structure(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>Council approves the bridge - Gazette</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/culture'>Culture</a> "
        "<a href='/weather'>Weather</a> <a href='/about'>About us</a> <a href='/contact'>Contact</a></nav>"
        "<div class='headline'><h1>Council approves the bridge</h1>"
        "<div class='intro'>The vote was close and the debate was long, but the town will have its footbridge after all.</div></div>"
        "<div class='byline'>By Jane Doe</div><div class='share'><a href='#'>Share</a></div>"
        "<div class='story commentary'>" PARA PARA
        "<figure><img src='a.jpg'><figcaption>The river at dawn, where the bridge will stand, seen from the old quay on a winter morning with the town behind it and the hills beyond the water. "
        "It is the place where the ferry used to cross before the war, and where the council wants the new bridge to be built by the end of the year, so that the people of the town can walk to the station "
        "in a few minutes.</figcaption></figure>"
        PARA "<p>Photo \xC2\xA9 Gazette archives</p>" PARA
        "<h3>Related posts</h3>" PARA
        "<p>We use cookies to improve your experience on the site. By clicking accept you agree to our cookie policy and to the privacy settings that you can change at any time.</p></div>"
        "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms of use</a> <a href='/jobs'>Jobs</a></footer>"
        "</body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "The council said on Tuesday"));
    /* the lead paragraph sits outside the body's element, between the h1 and the byline */
    CHECK(text_has(d, "The vote was close and the debate was long"));
    /* a "commentary" class is not a comment section */
    CHECK(!removed_as(d, "The council said on Tuesday", "comment"));
    CHECK(removed_as(d, "The river at dawn", "caption"));
    CHECK(removed_as(d, "Gazette archives", "caption"));
    CHECK(!text_has(d, "Related posts"));
    CHECK(!text_has(d, "cookies"));
    CHECK(removed_as(d, "We use cookies", "cookie"));
    precis_doc_free(d);
}

/* Appeals to the reader, notices and the author's bio, recognised by their words
 * (data/appeals) at the head or tail of the article; the same words in the middle of a
 * long paragraph of the story are the story's. */
static void test_appeals(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>Streaming prices rise again</title></head><body><article>"
        "<h1>Streaming prices rise again</h1>"
        "<p>The three largest streaming services raised their prices this week, the second rise in a year, and analysts expect more to follow before the summer.</p>"
        "<p>Households that subscribe to two or more services now pay on average more than they paid for cable television five years ago, according to a survey published on Monday by a consumer group in Washington.</p>"
        "<p>The companies say that the cost of making new series has doubled since the pandemic, and that the prices of their cheapest plans, which carry advertising, have not changed.</p>"
        "<p>Consumer groups answered that the number of people who cancel a service within three months of joining it has never been so high, and that the rises will make it higher.</p>"
        "<p>Never miss a story: sign up for our weekly newsletter and get the best of our reporting in your inbox every Friday morning.</p>"
        "<p>Jane Doe is a reporter at the Gazette who covers media and technology, and the author of a book on the history of television.</p>"
        "</article></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "Households that subscribe to two or more services"));
    CHECK(text_has(d, "Consumer groups answered"));
    CHECK(removed_as(d, "sign up for our weekly newsletter", "appeal"));
    CHECK(removed_as(d, "Jane Doe is a reporter", "bio"));
    precis_doc_free(d);

    const char *fr =
        "<html lang='fr'><head><title>Le conseil vote le pont</title></head><body><article>"
        "<h1>Le conseil vote le pont</h1>"
        "<p>Le conseil municipal a voté mardi soir la construction d'une passerelle sur la rivière, après un débat de plus de trois heures et un vote très serré.</p>"
        "<p>Les travaux doivent commencer au printemps et durer un an, pour un coût estimé à quatre millions d'euros, dont la moitié sera payée par la région et par l'État.</p>"
        "<p>Les habitants du quartier de la gare, qui attendent ce pont depuis des années, ont salué une décision qu'ils jugent enfin à la hauteur de leurs besoins.</p>"
        "<p>Cet article vous a plu ? Soutenez notre rédaction indépendante : abonnez-vous dès aujourd'hui pour un euro le premier mois.</p>"
        "<p>Pour lire la suite</p>"
        "</article></body></html>";
    d = from_str(fr, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK_STR(precis_doc_lang(d), "fr");
    CHECK(text_has(d, "Les habitants du quartier de la gare"));
    CHECK(removed_as(d, "Soutenez notre r\u00e9daction", "appeal"));
    CHECK(removed_as(d, "Pour lire la suite", "appeal"));
    precis_doc_free(d);
}

/* Figure legends without a caption element, by their label (data/legends): "Figure 2: ..."
 * at the start, "(Photo: ...)" at the end; a paragraph that merely mentions a photo stays.
 * A caption does not count as boilerplate for its neighbours: the short code line between a
 * link bar and a legend stays with the article. */
static void test_legends(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>How the bridge was built</title></head><body><article>"
        "<h1>How the bridge was built</h1>" PARA
        "<p>Figure 2: The river at dawn, where the bridge now stands.</p>" PARA
        "<p>The old quay in winter, seen from the station. (Photo: Gazette archives)</p>" PARA
        "<p>The photo that the council showed on Tuesday was taken in 1932, when the ferry still crossed the river every hour and the quay was full of boats.</p>" PARA
        "<p><a href='/a'>Documentation</a> <a href='/b'>Downloads</a> <a href='/c'>Source code</a></p>"
        "<pre>bridge --span 84 --width 4</pre>"
        "<p>Figure 3: The settings of the model.</p>" PARA PARA
        "</article></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(removed_as(d, "Figure 2: The river at dawn", "caption"));
    CHECK(removed_as(d, "(Photo: Gazette archives)", "caption"));
    CHECK(removed_as(d, "Figure 3: The settings", "caption"));
    CHECK(text_has(d, "The photo that the council showed on Tuesday"));
    CHECK(text_has(d, "bridge --span 84 --width 4"));
    precis_doc_free(d);
}

/* A heading followed by boilerplate (a related box) labels the boilerplate, even when the
 * article goes on after the box; one followed by a link list, then text, stays. */
static void test_heading_before_boilerplate(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>The bridge</title></head><body><article>"
        "<h1>The bridge</h1>" PARA PARA
        "<h3>Top stories of the week</h3><div class='related'><p><a href='/x'>Mayor resigns after the vote on the harbour</a></p></div>"
        PARA "<h3>The cost of the works</h3><p><a href='/c'>Budget</a> <a href='/d'>Tender</a></p>" PARA PARA
        "</article></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(!text_has(d, "Top stories of the week"));
    CHECK(text_has(d, "The cost of the works"));
    precis_doc_free(d);
}

/* A page whose whole story sits under a wrong hint (a live match report in a "comments"
 * element, beside a list of short facts) is not rejected: the best element without hints
 * becomes the container and the hint is cancelled inside it. A home page of teasers stays
 * rejected (test_bad_input). */
static void test_no_article_fallback(void)
{
    precis_status st;
    char page[8192];
    int n = snprintf(page, sizeof page, "%s",
        "<html><head><title>Lorient and Lyon draw</title></head><body><ul class='facts'>");
    for (int i = 0; i < 20; i++)
        n += snprintf(page + n, sizeof page - (size_t)n, "<li>Kick-off at the stadium, gate number %d</li>", i);
    snprintf(page + n, sizeof page - (size_t)n, "%s",
        "</ul><div class='live-comments'>"
        "<p>It is over at the stadium! Lorient held Lyon to a draw in a match that ends with one goal on each side, after a long and nervous second half.</p>"
        "<p>Yellow card for the goalkeeper, who took far too much time before playing a free kick that the referee had given to his side.</p>"
        "<p>Lyon push forward in the last minutes of the game, but the shot from the edge of the box goes high over the bar and into the crowd.</p>"
        "</div></body></html>");
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "Lorient held Lyon to a draw"));
    CHECK(text_has(d, "goes high over the bar"));
    precis_doc_free(d);
}

/* An error page served instead of the article goes whole, its advice included; a notice beside
 * an article's worth of text takes nothing else with it. */
static void test_error_page(void)
{
    static const char *err =
        "<html><head><title>floridatoday.com document not found</title></head><body>"
        "<div id='nav'><a href='/'>Home</a> <a href='/news'>News</a></div><div id='content'>"
        "<h1>Page not found</h1><p>The page you requested cannot be found. The page you are looking for might "
        "have been removed, had its name changed, or is temporarily unavailable.</p><p>Please try the following:</p>"
        "<ul><li>If you typed the page address in the Address bar, make sure that it is spelled correctly.</li>"
        "<li>Click the Back button to try another link.</li></ul></div></body></html>";
    precis_status st;
    precis_doc *d = from_str(err, &st);
    CHECK_INT(st, PRECIS_ERR_EMPTY); CHECK(d == NULL);
    CHECK(strstr(precis_ctx_errmsg(ctx), "an error page") != NULL);
    char page[8192];
    int n = snprintf(page, sizeof page, "%s",
        "<html><head><title>Museum reopens</title></head><body><div id='content'><h1>Museum reopens</h1>"
        "<p>The page you are looking for has moved.</p>");
    for (int i = 0; i < 8; i++)
        n += snprintf(page + n, sizeof page - (size_t)n,
                      "<p>The curators said that section %d of the roof had been rebuilt with the original slate "
                      "from the quarry near the town.</p>", i + 1);
    snprintf(page + n, sizeof page - (size_t)n, "%s", "</div></body></html>");
    d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "section 8 of the roof"));
    precis_doc_free(d);
}

/* A block outside the container that opens like the page's description (og:description) is
 * the article's lead: kept, even when a longer box (a subscription form's text) is the
 * container and a long link list stands between them. */
static void test_description_block(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>Airport sale</title><meta property='og:description' content='Aur\u00e9lie Trouv\u00e9 was on the radio to talk about the "
        "referendum against the sale of the airport.'></head><body>"
        "<div class='post'><p>Aur\u00e9lie Trouv\u00e9 was on the radio to talk about the referendum against the sale of the airport, "
        "which the government wants to sell this year.</p></div>"
        "<ul><li><a href='/1'>Webinars of the spring, all of them to watch again</a></li><li><a href='/2'>Twenty-eight minutes with the spokesperson</a></li>"
        "<li><a href='/3'>Press review of the action at the headquarters</a></li><li><a href='/4'>Stop the warehouse, here and elsewhere, in May</a></li></ul>"
        "<div class='signup'><p>By filling in this form you will be added to our mailing list, and you will be able to unsubscribe at any time by writing to us.</p>"
        "<p>Take part in the life of your local group, meet the members who live near you and join the next actions that they organise.</p></div>"
        "</body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "was on the radio to talk about the referendum"));
    precis_doc_free(d);
}

/* Labels of page furniture (data/webcues): a short "... Newsletter" box title, a German
 * "Originalpublikation" or "Quellenangaben:" line, go; the article stays. */
static void test_webcue_labels(void)
{
    precis_status st;
    const char *en = "<html><head><title>The bridge</title></head><body><article><h1>The bridge</h1>" PARA
                     "<p>Garden Care Newsletter</p>" PARA "</article></body></html>";
    precis_doc *d = from_str(en, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(removed_as(d, "Garden Care Newsletter", "newsletter"));
    CHECK(text_has(d, "The council said on Tuesday"));
    precis_doc_free(d);
    const char *de = "<html><head><title>Die Br\u00fccke</title></head><body><article>"
        "<p>Der Stadtrat hat am Dienstag beschlossen, dass die neue Br\u00fccke \u00fcber den Fluss bis zum Ende des Jahres gebaut wird und dass die Arbeiten im Fr\u00fchling beginnen.</p>"
        "<p>Originalpublikation</p>"
        "<p>Die Kosten der Br\u00fccke liegen nach den Angaben der Stadt bei mehr als vier Millionen Euro, die zum gr\u00f6\u00dften Teil vom Land bezahlt werden sollen.</p>"
        "<p>Quellenangaben:</p><p>(Noch keine Bewertungen)</p>"
        "<p>Der Stadtrat hat am Dienstag auch beschlossen, dass die alte F\u00e4hre noch bis zum Ende der Arbeiten an der Br\u00fccke \u00fcber den Fluss fahren wird.</p>"
        "</article></body></html>";
    d = from_str(de, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(removed_as(d, "Originalpublikation", "boilerplate"));
    CHECK(removed_as(d, "Quellenangaben:", "boilerplate"));
    CHECK(removed_as(d, "(Noch keine Bewertungen)", "widget"));
    CHECK(text_has(d, "die alte F\u00e4hre"));
    precis_doc_free(d);
}

/* An article cut into many boxes with link lists between them: the box holding one good
 * paragraph (here a site blurb) does not win over the element that holds the whole story,
 * when the blurb is a small part of the page's good text. */
static void test_wide_container(void)
{
    precis_status st;
    char page[16384];
    int n = snprintf(page, sizeof page, "%s", "<html><head><title>The bridge</title></head><body><div id='page'>");
    for (int i = 0; i < 6; i++)
        n += snprintf(page + n, sizeof page - (size_t)n,
            "<div class='box'><p>Part %d of the story: the council said on Tuesday that the new bridge over the river would be built by the end of the year.</p></div>"
            "<ul><li><a href='/a'>Mayor resigns after the harbour vote</a></li>"
            "<li><a href='/b'>What the vote means for the fishermen</a></li>"
            "<li><a href='/c'>A new ferry timetable for the summer</a></li>"
            "<li><a href='/d'>The new school opens in September</a></li></ul>", i + 1);
    snprintf(page + n, sizeof page - (size_t)n, "%s",
        "</div><div class='about'><p>The Valley Gazette is the independent newspaper of the valley, written by the people who live here and read by everyone in the towns along the river.</p></div>"
        "</body></html>");
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "Part 1 of the story"));
    CHECK(text_has(d, "Part 6 of the story"));
    CHECK(!text_has(d, "Mayor resigns"));
    precis_doc_free(d);
}

/* A near-good line between two short lines of links ("Learn more", a linked name) looks past
 * them to the paragraphs around and stays; the link lines go. */
static void test_near_past_links(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>The bridge</title></head><body><article><h1>The bridge</h1>" PARA
        "<p><a href='/more'>Learn more about the project</a></p>"
        "<p>Our work is to build a bridge that is safe, usable and paid for by the whole town.</p>"
        "<p><a href='/mayor'>Anna Berg, mayor</a></p>" PARA
        "</article></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "Our work is to build a bridge"));
    CHECK(!text_has(d, "Learn more about the project"));
    precis_doc_free(d);
}

/* A standfirst inside the article's <header>, after the headline, is the article's text. */
static void test_lead_in_header(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>Bigger hard drives are coming</title></head><body><header>"
        "<h1>Bigger hard drives are coming</h1>"
        "<p>We are about to get twenty terabyte hard drives, but the path looks clear to scale up to eighty, the makers say.</p>"
        "</header><div class='body'>" PARA PARA PARA "</div></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "the path looks clear to scale up"));
    precis_doc_free(d);
}

/* A short line naming a copyright by the word ("Copyright: Jane Doe") is a credit, like one
 * with the sign; a sentence about copyright law in the story stays (too long for a credit). */
static void test_copyright_word(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>The bridge</title></head><body><article><h1>The bridge</h1>" PARA
        "<p>Copyright: Jane Doe</p>" PARA
        "<p>The council also discussed the copyright of the photographs of the old bridge, which belong to the town archive and may be used freely by schools.</p>" PARA
        "</article></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(removed_as(d, "Copyright: Jane Doe", "caption"));
    CHECK(text_has(d, "discussed the copyright of the photographs"));
    precis_doc_free(d);
}

/* A byline or dateline is neither good nor bad for a near-good neighbour: the first lines
 * of a very short post, right after its date, stay. */
static void test_byline_neutral(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>Variables</title></head><body><article>"
        "<p>11.12.2019 - Amelie Loevenich</p>"
        "<p>Do you remember what the variables were? Here is an excerpt from our lessons!</p>"
        "<p>Variables are no problem for you? Then see whether you can solve our puzzle too!</p>"
        "</article><footer><p>Copyright \u00a9 IT4Kids</p><p><a href='/i'>Imprint</a></p></footer></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "Do you remember what the variables were?"));
    precis_doc_free(d);
}

/* A page declared English whose text is in a language without a stopword list (Swahili): its
 * paragraphs have none of the English function words, and judged with the English list they
 * would all be dropped; the text does not bear the declaration out, so they are judged without
 * a list. */
static void test_declared_lang_not_borne_out(void)
{
    precis_status st;
    const char *page =
        "<html lang=\"en\"><head><title>Barabara mpya</title></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sports\">Sports</a></nav><div class=\"post\">"
        "<p>Rais amesema kwamba serikali itaendelea kujenga barabara mpya katika mikoa yote nchini, ili kuwasaidia wakulima kufikisha mazao yao sokoni kwa haraka.</p>"
        "<p>Wananchi wengi wamefurahishwa na mpango huo, wakisema kwamba barabara mbovu zimekuwa kikwazo kikubwa kwa biashara ndogo ndogo vijijini kwa miaka mingi.</p>"
        "<p>Waziri wa ujenzi ameeleza kuwa kazi hiyo itaanza mwezi ujao, na kwamba fedha za mradi huo tayari zimetengwa katika bajeti ya mwaka huu wa fedha.</p>"
        "</div><footer><a href=\"/contact\">Contact us</a></footer></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(d && text_has(d, "Wananchi wengi wamefurahishwa"));
    CHECK(d && text_has(d, "Waziri wa ujenzi ameeleza"));
    CHECK_STR(d ? precis_doc_lang(d) : NULL, "en");
    precis_doc_free(d);
}

/* Bengali (and Hindi) sentences end with a danda (U+0964), not a full stop: a paragraph of
 * such sentences is punctuated running text (good, not merely near-good, on a page without a
 * stopword list), and the whole article around the lines of links is kept. */
static void test_danda_punctuation(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>\u09a6\u09cc\u09b2\u09a4\u09aa\u09c1\u09b0</title></head><body><div class=\"news\">"
        "<p>\u0986\u099c \u09b6\u09a8\u09bf\u09ac\u09be\u09b0 \u09b8\u0995\u09be\u09b2 \u09b8\u09be\u09a1\u09bc\u09c7 \u09ed\u099f\u09be\u09b0 \u09a6\u09bf\u0995\u09c7 \u09a6\u09cc\u09b2\u09a4\u09aa\u09c1\u09b0 \u0989\u09aa\u099c\u09c7\u09b2\u09be\u09b0 \u09ab\u09bf\u09b2\u09bf\u09aa\u09a8\u0997\u09b0 \u0997\u09cd\u09b0\u09be\u09ae\u09c7 \u098f \u0998\u099f\u09a8\u09be \u0998\u099f\u09c7\u0964</p>"
        "<p><a href=\"/a\">\u09b8\u09b0\u09cd\u09ac\u09b6\u09c7\u09b7 \u09b8\u0982\u09ac\u09be\u09a6 \u09aa\u09a1\u09bc\u09c1\u09a8</a> <a href=\"/b\">\u0986\u09b0\u0993 \u0996\u09ac\u09b0 \u09a6\u09c7\u0996\u09c1\u09a8 \u098f\u0996\u09be\u09a8\u09c7</a></p>"
        "<p>\u09a6\u09cc\u09b2\u09a4\u09aa\u09c1\u09b0 \u09a5\u09be\u09a8\u09be\u09b0 \u0993\u09b8\u09bf \u099c\u09be\u09a8\u09be\u09a8, \u09ac\u09cd\u09af\u0995\u09cd\u09a4\u09bf\u0997\u09a4 \u09b6\u09a4\u09cd\u09b0\u09c1\u09a4\u09be\u09b0 \u0995\u09be\u09b0\u09a3\u09c7 \u098f \u0998\u099f\u09a8\u09be \u0998\u099f\u09a4\u09c7 \u09aa\u09be\u09b0\u09c7\u0964 \u09a4\u09be\u0995\u09c7 \u099c\u09bf\u099c\u09cd\u099e\u09be\u09b8\u09be\u09ac\u09be\u09a6 \u0995\u09b0\u09be\u09b0 \u09aa\u09b0 \u09aa\u09cd\u09b0\u0995\u09c3\u09a4 \u0998\u099f\u09a8\u09be \u099c\u09be\u09a8\u09be \u09af\u09be\u09ac\u09c7\u0964</p>"
        "<p><a href=\"/a\">\u09b8\u09b0\u09cd\u09ac\u09b6\u09c7\u09b7 \u09b8\u0982\u09ac\u09be\u09a6 \u09aa\u09a1\u09bc\u09c1\u09a8</a> <a href=\"/b\">\u0986\u09b0\u0993 \u0996\u09ac\u09b0 \u09a6\u09c7\u0996\u09c1\u09a8 \u098f\u0996\u09be\u09a8\u09c7</a></p>"
        "<p>\u0986\u099c \u09b6\u09a8\u09bf\u09ac\u09be\u09b0 \u09b8\u0995\u09be\u09b2 \u09b8\u09be\u09a1\u09bc\u09c7 \u09ed\u099f\u09be\u09b0 \u09a6\u09bf\u0995\u09c7 \u09a6\u09cc\u09b2\u09a4\u09aa\u09c1\u09b0 \u0989\u09aa\u099c\u09c7\u09b2\u09be\u09b0 \u09ab\u09bf\u09b2\u09bf\u09aa\u09a8\u0997\u09b0 \u0997\u09cd\u09b0\u09be\u09ae\u09c7 \u098f \u0998\u099f\u09a8\u09be \u0998\u099f\u09c7\u0964</p>"
        "</div></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(d && text_has(d, "\u09a6\u09cc\u09b2\u09a4\u09aa\u09c1\u09b0 \u09a5\u09be\u09a8\u09be\u09b0"));
    CHECK(d && text_has(d, "\u09ab\u09bf\u09b2\u09bf\u09aa\u09a8\u0997\u09b0 \u0997\u09cd\u09b0\u09be\u09ae\u09c7"));
    precis_doc_free(d);
}

/* Some blog platforms put the post in a script template, rendered by JavaScript, and the same
 * post in <noscript> for readers without scripts: the noscript copy is the article. */
/* A page whose story is only in its JSON-LD articleBody (rendered by a script; the markup has
 * a standfirst, a "enable JavaScript" notice and an author bio): the body, as paragraphs with
 * its markup removed, is the text, after the standfirst (it opens like the description);
 * the bio and the notice go, recorded as dropped. A body no longer than the visible text
 * changes nothing. */
static void test_ld_body_text(void)
{
    static const char para[] =
        "The committee published its annual report on Monday, and the figures show that the number "
        "of visitors to the national parks has doubled in the last ten years.";
    char page[4096];
    int n = snprintf(page, sizeof page,
        "<html><head><meta property=\"og:description\" content=\"Visitors are flocking to the parks, and the "
        "rangers are worried about the paths.\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Parks report\",\"articleBody\":\"%s\\n\\n<p>Most of them came in summer, when the "
        "paths are dry and the huts are open, and the rangers say the old trails cannot take many more "
        "walkers.</p><p>%s %s %s %s</p>The ministry will answer in the autumn, when it presents the budget for the "
        "next year and the plans for the northern parks.\"}</script></head><body><article><h1>Parks report</h1>"
        "<p>Visitors are flocking to the parks, and the rangers are worried about the paths that the "
        "walkers use every day.</p><div class=\"bio\"><p>Ann Lee has been writing about the parks and the "
        "people who look after them for the paper since the year 2008, and she lives near one.</p></div>"
        "<p>Please enable JavaScript to read the rest of this story.</p></article></body></html>",
        para, para, para, para, para);
    precis_status st;
    precis_doc *d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    if (!d) return;
    CHECK(text_has(d, "Visitors are flocking to the parks"));
    CHECK(text_has(d, "the rangers say the old trails cannot take"));
    CHECK(text_has(d, "ten years.\nMost of them came in summer"));
    CHECK(text_has(d, "walkers.\nThe committee published"));
    CHECK(!text_has(d, "<p>"));
    CHECK(!text_has(d, "Ann Lee has been writing"));
    CHECK(!text_has(d, "enable JavaScript"));
    bool rec = false;
    for (size_t i = 0; i < precis_doc_removed_count(d); i++)
        if (!strcmp(precis_doc_removed_reason(d, i), "json-ld-body") && strstr(precis_doc_removed_text(d, i), "Ann Lee")) rec = true;
    CHECK(rec);
    precis_doc_free(d);
    /* the visible article as long as the body: the blocks stay */
    n = snprintf(page, sizeof page,
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
        "\"A short summary of the report that the committee published.\"}</script></head><body><article>"
        "<p>%s</p><p>%s Most of them came in summer.</p></article></body></html>", para, para);
    d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    if (!d) return;
    CHECK(text_has(d, "Most of them came in summer."));
    CHECK(!text_has(d, "A short summary"));
    precis_doc_free(d);
}

/* "hidden lg:flex" (Tailwind) and "d-none d-md-block" (Bootstrap) hide an element on small
 * screens only: its text is read. "hidden" alone, or with a breakpoint that hides too
 * ("md:hidden"), and "d-none" alone still hide. (A page whose unclosed menu divisions make
 * libxml2 nest the whole article inside a "hidden lg:flex" menu was rejected.) */
static void test_responsive_hidden(void)
{
    static const char para[] =
        "<p>The committee published its annual report on Monday, and the figures show that the number "
        "of visitors to the national parks has doubled in the last ten years, most of them in summer.</p>";
    static const char *const shown[] = {"hidden lg:flex", "hidden md:block items-center", "d-none d-md-block", "x d-none d-xl-flex"};
    static const char *const hid[] = {"hidden", "hidden md:hidden", "d-none", "d-none lg:flex-grow"};
    char page[2048];
    for (size_t i = 0; i < 4; i++) {
        int n = snprintf(page, sizeof page, "<html><body><div class=\"%s\"><article>%s%s</article></div>"
                         "<div><p>Short line.</p></div></body></html>", shown[i], para, para);
        precis_status st;
        precis_doc *d = from_mem(page, (size_t)n, &st);
        CHECK_INT(st, PRECIS_OK);
        CHECK(text_has(d, "annual report on Monday"));
        precis_doc_free(d);
        n = snprintf(page, sizeof page, "<html><body><div class=\"%s\"><article>%s%s</article></div>"
                     "<div><p>Short line.</p></div></body></html>", hid[i], para, para);
        d = from_mem(page, (size_t)n, &st);
        CHECK(!text_has(d, "annual report on Monday"));
        precis_doc_free(d);
    }
    /* menu items whose sub-menu divisions are not closed: "</li>" cannot close a "<div>" in
     * libxml2, so what follows, the article included, stays inside the desktop menu */
    int n = snprintf(page, sizeof page, "<html><body><header><nav class=\"hidden lg:flex\"><ul>"
                     "<li><a href=\"/t\">Tickets</a><div class=\"sub-menu\"><div><ul><li><a href=\"/d\">Dates</a></li></ul></li>"
                     "<li><a href=\"/s\">Shop</a></li></ul></nav></header><main><article><h1>Report</h1>%s%s</article></main>"
                     "</body></html>", para, para);
    precis_status st;
    precis_doc *d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "annual report on Monday"));
    CHECK(!text_has(d, "Tickets"));
    precis_doc_free(d);
}

/* No articleBody, but the article's JSON-LD description is of article length (400 bytes or
 * more) and the kept text is under a quarter of it (a browser notice): the description is the
 * text. A shorter description is not. */
static void test_ld_description_text(void)
{
    static const char desc[] =
        "A round tablecloth is easy to make at home. Measure the diameter of the table, add twice the "
        "drop that you want on every side, and cut a square of fabric of that size. Fold it in four, "
        "draw a quarter circle with a string and a pencil, and cut along the line. Hem the edge with "
        "a narrow double fold, press it, and your tablecloth is ready for the next family dinner in "
        "the garden, whatever the size and the style of your table.";
    char page[4096];
    int n = snprintf(page, sizeof page,
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Tablecloth\","
        "\"description\":\"%s\"}</script></head><body><div class=\"notice\"><p>Download a newer browser for "
        "a better experience: just click on the icon of your choice below!</p></div></body></html>", desc);
    precis_status st;
    precis_doc *d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "draw a quarter circle with a string"));
    CHECK(!text_has(d, "newer browser"));
    CHECK(removed_as(d, "newer browser", "json-ld-description"));
    precis_doc_free(d);
    n = snprintf(page, sizeof page,
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Tablecloth\","
        "\"description\":\"%.300s\"}</script></head><body><div class=\"notice\"><p>Download a newer browser for "
        "a better experience: just click on the icon of your choice below!</p></div></body></html>", desc);
    d = from_mem(page, (size_t)n, &st);
    CHECK(!text_has(d, "draw a quarter circle with a string"));
    precis_doc_free(d);
}

static void test_noscript_article(void)
{
    precis_status st;
    const char *page =
        "<html><head><title>Enhanced protection now available</title></head><body>"
        "<div class='header'><a href='/'>Security Blog</a><p>The latest news and insights on security and safety on the Internet</p></div>"
        "<div class='post'><h3>Enhanced protection now available</h3><div class='post-body'>"
        "<script type='text/template'><p>Over the past few years we have seen threats on the web becoming increasingly sophisticated.</p></script>"
        "<noscript><p>Over the past few years we have seen threats on the web becoming increasingly sophisticated. "
        "Phishing sites rotate domains very quickly to avoid being blocked, and malware campaigns are directly targeting at-risk users.</p>"
        "<p>This protocol is designed so that nobody can determine the actual address you visited, and it is only used "
        "when the check cannot be answered from the list that is kept on your own device.</p></noscript></div></div>"
        "<div class='sidebar'><a href='/2020'>2020</a> <a href='/2019'>2019</a> <a href='/2018'>2018</a></div></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(d && text_has(d, "Phishing sites rotate domains very quickly"));
    CHECK(d && text_has(d, "This protocol is designed so that nobody"));
    precis_doc_free(d);
}

/* A sponsored blurb spelt with Cyrillic look-alike letters inside Latin words, to get past
 * filters, is not text. */
static void test_homoglyph_blurb(void)
{
    precis_status st;
    const char *page =
        "<html lang=\"en\"><head><title>Health agency warns of measles</title></head><body><div class=\"entry\">"
        "<p>The regional health agency has warned that measles cases are rising across the region, and urged parents to check that their children are vaccinated.</p>"
        "<p>The agency said that most of the new cases were in children who had not received a second dose, and that the vaccine remains free at every clinic.</p>"
        "<p>\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most visited news site in the country. W\u0435 \u043eff\u0435r full\u0443 \u0441u\u0455t\u043em\u0456z\u0430bl\u0435 \u0430nd fl\u0435\u0445\u0456bl\u0435 d\u0456g\u0456t\u0430l m\u0430rk\u0435t\u0456ng \u0440\u0430\u0441k\u0430g\u0435\u0455. Y\u043eur \u0441\u043ent\u0435nt \u0456\u0455 d\u0435l\u0456v\u0435r\u0435d t\u043e th\u043eu\u0455\u0430nd\u0455 \u043ef r\u0435\u0430d\u0435r\u0455 \u0435v\u0435r\u0443 d\u0430\u0443!</p>"
        "<p>Officials will hold a briefing on Friday to explain the measures that schools and clinics are expected to take in the coming weeks.</p>"
        "</div></body></html>";
    precis_doc *d = from_str(page, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(d && text_has(d, "Officials will hold a briefing"));
    CHECK(d && !text_has(d, "most visited news site"));
    precis_doc_free(d);
}

/* Script and style bodies are dropped before parsing (html.c strip_raw_text): the text must be
 * what the parser alone gives, whatever the tricks around them. */
static void test_raw_text_bodies(void)
{
    static const char *const heads[] = {
        /* a script tag inside a comment is no script: the article after it stays */
        "<!-- <script> var a = 1; -->",
        /* markup inside a script body, an end tag in capitals */
        "<SCRIPT type=\"text/javascript\">document.write(\"<p>Injected paragraph text that must never "
        "appear in the article body at all.</p>\")</SCRIPT>",
        /* a '>' inside a quoted attribute of the script tag */
        "<script data-x=\"a>b\" src='x.js'>var x = \"<p>Injected paragraph text that must never appear "
        "in the article body at all.</p>\";</script>",
        /* a style body with markup-like text, a self-closed script */
        "<style>p { content: \"<p>Injected paragraph text that must never appear\"; }</style><script src=\"a.js\"/>",
    };
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char page[4096];
        int n = snprintf(page, sizeof page, "<html><head><title>Parks</title>%s</head><body>%s</body></html>",
                         heads[i], body_en);
        precis_status st;
        precis_doc *d = from_mem(page, (size_t)n, &st);
        CHECK_INT(st, PRECIS_OK);
        CHECK(text_has(d, "annual report"));
        CHECK(!text_has(d, "Injected"));
        precis_doc_free(d);
    }
    /* a script never closed runs to the end of the page: what follows it is not text */
    char page[4096];
    int n = snprintf(page, sizeof page, "<html><body>%s<script>var s = 1; <p>Injected paragraph text that "
                     "must never appear in the article body at all.</p>", body_en);
    precis_status st;
    precis_doc *d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "annual report") && !text_has(d, "Injected"));
    precis_doc_free(d);
    /* an unterminated comment: the pass stops, the parser decides (no crash, no loss before it) */
    n = snprintf(page, sizeof page, "<html><body>%s<!-- <script>x</script>", body_en);
    d = from_mem(page, (size_t)n, &st);
    CHECK_INT(st, PRECIS_OK);
    CHECK(text_has(d, "annual report"));
    precis_doc_free(d);
}

static void test_oom(void)
{
    precis_status st;
    char page[1024];
    int n = snprintf(page, sizeof page, "<html><head><title>T</title><meta name=author content=\"A B\">"
                     "</head><body><nav><a href=/>Home</a></nav>%s</body></html>", body_en);
    int ok = 0;
    for (long k = 1; k < 400; k++) {
        pr_alloc_fail_after(k);
        precis_doc *d = from_mem(page, (size_t)n, &st);
        pr_alloc_fail_after(0);
        CHECK(st == PRECIS_OK || st == PRECIS_ERR_NOMEM);
        if (st == PRECIS_OK) { ok++; precis_doc_free(d); }
    }
    CHECK(ok > 0);
}

int main(void)
{
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 1;
    test_sniff();
    test_article_en();
    test_article_fr_latin1();
    test_charsets();
    test_gzip();
    test_jsonld();
    test_meta_keys();
    test_dates();
    test_bad_input();
    test_deep_nesting();
    test_sax_stream();
    test_structure();
    test_appeals();
    test_legends();
    test_heading_before_boilerplate();
    test_no_article_fallback();
    test_description_block();
    test_webcue_labels();
    test_wide_container();
    test_near_past_links();
    test_lead_in_header();
    test_copyright_word();
    test_byline_neutral();
    test_declared_lang_not_borne_out();
    test_danda_punctuation();
    test_noscript_article();
    test_ld_body_text();
    test_responsive_hidden();
    test_ld_description_text();
    test_homoglyph_blurb();
    test_large_page();
    test_raw_text_bodies();
    test_error_page();
    test_oom();
    precis_ctx_free(ctx);
    return TEST_END();
}
