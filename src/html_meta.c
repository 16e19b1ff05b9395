/*
 * html_meta.c — metadata of a page: title, authors, date, site, canonical URL, description,
 * declared language, and the JSON-LD article body used as evidence by the extractor.
 *
 * Sources, most trusted first: Open Graph / article: / Dublin Core / news-site <meta> tags,
 * JSON-LD (schema.org Article, NewsArticle, BlogPosting, ... also inside @graph), then the
 * page itself (<title>, itemprop="author"/"datePublished", rel="author", <time datetime>).
 * Titles keep their wording; a site name is trimmed off only when it is the page's known site
 * name or a domain ("Story title | Example News" -> "Story title" when og:site_name says so).
 * Dates come out as ISO 8601.
 * Limits: JSON-LD blocks over 4 MiB or nested deeper than 12 levels are not read; an author or
 * site value over 300 bytes is ignored (it is text, not a name).
 */
#include "html.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

char *pr_html_squash(const char *s, size_t n)
{
    char *o = pr_malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { sp = true; continue; }
        /* NBSP (C2 A0) counts as space here: metadata is not typeset */
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { sp = true; i++; continue; }
        if (sp && k) o[k++] = ' ';
        sp = false;
        o[k++] = (char)c;
    }
    o[k] = 0;
    return o;
}

/* The value of attribute `name` in a SAX attribute list (name, value pairs, NULL-terminated;
 * a value may be NULL: an attribute without one reads as ""). */
static const char *attr(const char *const *a, const char *name)
{
    for (; a && a[0]; a += 2)
        if (!strcmp(a[0], name)) return a[1] ? a[1] : "";
    return NULL;
}

/* Sets *slot to a squashed copy of v when *slot is empty and v has text. */
static void set_once(pr_html_meta *m, char **slot, const char *v, size_t n)
{
    if (*slot || !v) return;
    char *s = pr_html_squash(v, n);
    if (!s) { m->oom = true; return; }
    if (!*s) { pr_free(s); return; }
    *slot = s;
}
static void set_once_z(pr_html_meta *m, char **slot, const char *v) { if (v) set_once(m, slot, v, strlen(v)); }

/* Appends a name to a ", "-separated list, skipping duplicates. */
static void add_name(pr_html_meta *m, char **slot, const char *v)
{
    if (!v) return;
    size_t n = strlen(v);
    if (n == 0 || n > 300) return;
    if (!strncmp(v, "http://", 7) || !strncmp(v, "https://", 8)) return; /* a profile URL */
    char *s = pr_html_squash(v, n);
    if (!s) { m->oom = true; return; }
    if (!*s || (*slot && strstr(*slot, s))) { pr_free(s); return; }
    if (!*slot) { *slot = s; return; }
    size_t a = strlen(*slot), b = strlen(s);
    char *j = pr_malloc(a + b + 3);
    if (!j) { pr_free(s); m->oom = true; return; }
    memcpy(j, *slot, a);
    memcpy(j + a, ", ", 2);
    memcpy(j + a + 2, s, b + 1);
    pr_free(*slot);
    pr_free(s);
    *slot = j;
}

/* ---- JSON-LD ---- */

static bool ld_is_article(json_t *o)
{
    static const char *const types[] = {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting",
        "Review", "Recipe", "HowTo", "Blog", "Posting"};
    json_t *t = json_object_get(o, "@type");
    for (size_t k = 0; k < (json_is_array(t) ? json_array_size(t) : 1); k++) {
        json_t *v = json_is_array(t) ? json_array_get(t, k) : t;
        const char *s = json_string_value(v);
        if (!s) continue;
        if (!strncmp(s, "http://schema.org/", 18)) s += 18;
        else if (!strncmp(s, "https://schema.org/", 19)) s += 19;
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (!strcmp(s, types[i])) return true;
    }
    return false;
}

static const char *ld_name(json_t *v)
{
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_object(v)) return json_string_value(json_object_get(v, "name"));
    return NULL;
}

static void ld_authors(pr_html_meta *m, json_t *a)
{
    if (json_is_array(a)) {
        for (size_t i = 0; i < json_array_size(a) && i < 20; i++) add_name(m, &m->authors_ld, ld_name(json_array_get(a, i)));
    } else {
        add_name(m, &m->authors_ld, ld_name(a));
    }
}

/* The articleBody as paragraphs: markup removed (a tag of a paragraph, line break, heading,
 * list item or division ends a paragraph), spaces and tabs collapsed, line breaks kept as
 * paragraph ends ('\n', never two in a row, none at either end). NULL on out of memory. */
static char *ld_paragraphs(const char *s)
{
    size_t n = strlen(s);
    char *o = pr_malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    int gap = 0; /* 0 none, 1 space, 2 paragraph end */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '<' && i + 1 < n && (s[i + 1] == '/' || (lc((unsigned char)s[i + 1]) >= 'a' && lc((unsigned char)s[i + 1]) <= 'z'))) {
            const char *e = memchr(s + i, '>', n - i);
            if (e) {
                const char *t = s + i + 1 + (s[i + 1] == '/');
                char nm[4] = {0};
                for (size_t j = 0; j < 3 && (size_t)(t + j - s) < n && lc((unsigned char)t[j]) >= 'a' && lc((unsigned char)t[j]) <= 'z'; j++)
                    nm[j] = (char)lc((unsigned char)t[j]);
                bool blk = !strcmp(nm, "p") || !strcmp(nm, "br") || !strcmp(nm, "div") || !strcmp(nm, "li") ||
                           (nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6' && !nm[2]);
                if (blk) gap = 2;
                i = (size_t)(e - s);
                continue;
            }
        }
        if (c == '\n' || c == '\r') { gap = 2; continue; }
        if (c == ' ' || c == '\t' || c == '\f') { if (!gap) gap = 1; continue; }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { if (!gap) gap = 1; i++; continue; }
        if (gap && k) o[k++] = gap == 2 ? '\n' : ' ';
        gap = 0;
        o[k++] = (char)c;
    }
    o[k] = 0;
    return o;
}

static void ld_walk(pr_html_meta *m, json_t *v, int depth)
{
    if (depth > 12) return;
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v) && i < 1000; i++) ld_walk(m, json_array_get(v, i), depth + 1);
        return;
    }
    if (!json_is_object(v)) return;
    if (ld_is_article(v)) {
        const char *h = json_string_value(json_object_get(v, "headline"));
        if (!h) h = json_string_value(json_object_get(v, "name"));
        set_once_z(m, &m->ld_headline, h);
        if (!m->authors_ld) ld_authors(m, json_object_get(v, "author"));
        if (!m->authors_ld) ld_authors(m, json_object_get(v, "creator"));
        const char *d = json_string_value(json_object_get(v, "datePublished"));
        if (!d) d = json_string_value(json_object_get(v, "dateCreated"));
        set_once_z(m, &m->date_ld, d);
        json_t *pub = json_object_get(v, "publisher");
        if (json_is_array(pub)) pub = json_array_get(pub, 0);
        const char *pn = ld_name(pub);
        if (pn && strlen(pn) <= 300) set_once_z(m, &m->site_ld, pn);
        const char *body = json_string_value(json_object_get(v, "articleBody"));
        if (body && !m->ld_body) {
            set_once_z(m, &m->ld_body, body);
            if (m->ld_body) m->ld_body_len = strlen(m->ld_body);
            if (m->ld_body && !m->ld_text && !(m->ld_text = ld_paragraphs(body))) m->oom = true;
        }
        set_once_z(m, &m->desc_ld, json_string_value(json_object_get(v, "description")));
        const char *u = json_string_value(json_object_get(v, "url"));
        if (!u) u = ld_name(json_object_get(v, "mainEntityOfPage"));
        if (!u) { json_t *me = json_object_get(v, "mainEntityOfPage"); if (json_is_object(me)) u = json_string_value(json_object_get(me, "@id")); }
        set_once_z(m, &m->url_ld, u);
        set_once_z(m, &m->lang_ld, json_string_value(json_object_get(v, "inLanguage")));
    }
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        if (json_is_object(val) || json_is_array(val)) {
            if (!strcmp(key, "author") || !strcmp(key, "publisher")) continue;
            ld_walk(m, val, depth + 1);
        }
    }
}

/* Parses the text of a <script type="application/ld+json"> (s[0, n), n > 0). */
static void ld_parse(pr_html_meta *m, const char *s, size_t n)
{
    /* some sites wrap the JSON in an HTML comment or CDATA */
    while (n && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')) { s++; n--; }
    if (n >= 2 && !memcmp(s, "//", 2)) { s += 2; n -= 2; }
    if (n >= 4 && !memcmp(s, "<!--", 4)) { s += 4; n -= 4; }
    else if (n >= 9 && !memcmp(s, "<![CDATA[", 9)) { s += 9; n -= 9; }
    json_error_t err;
    json_t *j = json_loadb(s, n, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &err);
    if (j) { ld_walk(m, j, 0); json_decref(j); }
}

/* ---- meta tags ---- */

static bool key_is(const char *k, const char *const *list)
{
    for (; *list; list++) if (!strcmp(k, *list)) return true;
    return false;
}

/* One key of a meta tag (lower-cased) and its content. */
static void meta_key(pr_html_meta *m, const char *k, const char *content)
{
    static const char *const titles[] = {"og:title", "twitter:title", "dc.title", "dcterms.title", "headline",
        "parsely-title", "sailthru.title", NULL};
    static const char *const sites[] = {"og:site_name", "application-name", "publisher", "dc.publisher", NULL};
    static const char *const authors[] = {"author", "article:author", "dc.creator", "dcterms.creator", "byl",
        "parsely-author", "sailthru.author", "citation_author", "og:article:author", "cxenseparse:author",
        "book:author", "twitter:creator", NULL};
    static const char *const dates[] = {"article:published_time", "og:article:published_time",
        "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
        "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
        "og:published_time", "citation_publication_date", "article.published", "published_time",
        "datecreated", "dc.date.created", "date.available", NULL};
    static const char *const descs[] = {"og:description", "twitter:description", "dc.description", NULL};
    if (key_is(k, titles)) set_once_z(m, &m->og_title, content);
    else if (key_is(k, sites)) { if (strlen(content) <= 300) set_once_z(m, &m->site_meta, content); }
    else if (key_is(k, authors)) {
        if (content[0] == '@') return; /* a Twitter handle, not a name */
        /* one word in ASCII is a handle or a profile's slug ("NBCNews", "folha", "devindra")
         * more often than a name (a Chinese name is one word, but not ASCII): the JSON-LD or the
         * page's byline names the author better */
        bool handle = !strpbrk(content, " \t\n");
        for (const char *c = content; handle && *c; c++) if ((unsigned char)*c >= 0x80) handle = false;
        add_name(m, handle ? &m->authors_handle : &m->authors_meta, content);
    } else if (key_is(k, dates)) {
        if (!strcmp(k, "article:published_time") && m->date_meta) { pr_free(m->date_meta); m->date_meta = NULL; }
        set_once_z(m, &m->date_meta, content);
    } else if (!strcmp(k, "description")) set_once_z(m, &m->desc_meta, content);
    else if (key_is(k, descs)) set_once_z(m, &m->desc_og, content);
    else if (!strcmp(k, "og:url")) set_once_z(m, &m->url_og, content);
    else if (!strcmp(k, "content-language") || !strcmp(k, "og:locale") || !strcmp(k, "dc.language") ||
             !strcmp(k, "language")) set_once_z(m, &m->lang_meta, content);
}

/* A meta tag's key may hold several names separated by spaces, as RDFa allows
 * (property="dc:title og:title"): each is read, in order. Dublin Core written with the RDFa
 * prefix ("dc:title", "dcterms:creator") is read as its dotted HTML form ("dc.title"). */
static void meta_tag(pr_html_meta *m, const char *const *n)
{
    const char *content = attr(n, "content");
    if (!content) return;
    const char *kraw = attr(n, "property");
    if (!kraw) kraw = attr(n, "name");
    if (!kraw) kraw = attr(n, "itemprop");
    if (!kraw) kraw = attr(n, "http-equiv");
    if (!kraw) return;
    static const char ws[] = " \t\n\r";
    for (const char *p = kraw + strspn(kraw, ws); *p; p += strspn(p, ws)) {
        size_t len = strcspn(p, ws), i = 0;
        char k[64];
        for (; i < len && i + 1 < sizeof k; i++) k[i] = (char)lc((unsigned char)p[i]);
        k[i] = 0;
        p += len;
        if (!strncmp(k, "dc:", 3)) k[2] = '.';
        else if (!strncmp(k, "dcterms:", 8)) k[7] = '.';
        meta_key(m, k, content);
    }
}

/* ---- text captures ----
 * The DOM walk read an element's text (its whole subtree's, script and hidden parts included)
 * when it met the element; a stream sees that text only until the element ends. A capture
 * collects it, and the value is offered to its slot at the end. The first element in document
 * order whose value is acceptable fills a slot, as in the DOM walk: a value found while an
 * earlier capture of the same slot is still open waits on that capture (`deferred`) and is
 * used only if the capture's own text is not acceptable. */

static char **slot_of(pr_html_meta *m, uint8_t slot)
{
    switch (slot) {
    case PR_CAP_TITLE: return &m->title;
    case PR_CAP_AUTHOR: return &m->authors_dom;
    default: return &m->date_dom;
    }
}

/* Offers v (owned, may be NULL) to a slot: to the innermost open capture of that slot if there
 * is one, else to the slot itself when it is empty. */
static void offer(pr_html_meta *m, uint8_t slot, char *v)
{
    if (!v) return;
    for (unsigned k = m->n_caps; k-- > 0;) {
        pr_html_cap *c = &m->caps[k];
        if (c->slot != slot) continue;
        if (!c->deferred) c->deferred = v; else pr_free(v);
        return;
    }
    char **s = slot_of(m, slot);
    if (!*s) *s = v; else pr_free(v);
}

/* set_once through offer(): a squashed copy, when it has text */
static void offer_z(pr_html_meta *m, uint8_t slot, const char *v)
{
    if (!v) return;
    char *s = pr_html_squash(v, strlen(v));
    if (!s) { m->oom = true; return; }
    if (!*s) { pr_free(s); return; }
    offer(m, slot, s);
}

static bool open_cap(pr_html_meta *m, uint8_t slot, size_t max)
{
    if (m->n_caps >= PR_HTML_CAPS) return false;   /* deeper captures are not read */
    pr_html_cap *c = &m->caps[m->n_caps++];
    c->slot = slot;
    c->max = max;
    c->len = 0;
    c->deferred = NULL;
    pr_buf_init(&c->text);
    return true;
}

void pr_html_meta_text(pr_html_meta *m, const char *s, size_t n)
{
    for (unsigned k = 0; k < m->n_caps; k++) {
        pr_html_cap *c = &m->caps[k];
        /* text longer than max is refused whole: keep counting, stop storing */
        if (c->len <= c->max) pr_buf_put(&c->text, s, c->len + n <= c->max ? n : c->max + 1 - c->len);
        c->len += n;
    }
}

bool pr_html_label_only(const char *v)
{
    size_t n = strlen(v), words = 1;
    if (!n) return false;
    size_t at = n - pr_utf8_prev_len(v, n);
    int32_t last = pr_utf8_next(v, n, &at);
    for (size_t i = 0; i + 1 < n; i++) if (v[i] == ' ' && v[i + 1] != ':') words++;
    return (last == ':' || last == 0xFF1A) && words <= 2;
}

void pr_html_meta_end(pr_html_meta *m)
{
    if (!m->n_caps) return;
    pr_html_cap *c = &m->caps[--m->n_caps];
    if (c->text.oom) m->oom = true;
    else if (c->slot == PR_CAP_LD) {
        if (c->len > 0 && c->len <= c->max) ld_parse(m, c->text.data, c->len);
    } else {
        char *v = NULL;
        if (c->len <= c->max) {
            v = pr_html_squash(c->text.data ? c->text.data : "", c->len);
            if (!v) m->oom = true;
            /* an empty author is no author, nor is a label alone ("By:", "作者："); an empty
             * title or date text still counts */
            else if (c->slot == PR_CAP_AUTHOR && (!*v || pr_html_label_only(v))) { pr_free(v); v = NULL; }
        }
        if (v) { pr_free(c->deferred); c->deferred = NULL; }
        else { v = c->deferred; c->deferred = NULL; }
        offer(m, c->slot, v);
    }
    pr_buf_free(&c->text);
}

bool pr_html_meta_start(pr_html_meta *m, const char *tag, const char *const *a)
{
    switch (tag[0]) {
    case 'h':
        if (!strcmp(tag, "html")) set_once_z(m, &m->lang_html, attr(a, "lang"));
        break;
    case 'm':
        if (!strcmp(tag, "meta")) { meta_tag(m, a); return false; }
        break;
    case 'l':
        if (!strcmp(tag, "link")) {
            const char *rel = attr(a, "rel");
            if (rel && !strcmp(rel, "canonical")) set_once_z(m, &m->url_canon, attr(a, "href"));
            return false;
        }
        break;
    case 't':
        if (!strcmp(tag, "title")) return !m->title && open_cap(m, PR_CAP_TITLE, 2000);
        if (!strcmp(tag, "time") && !m->date_dom) offer_z(m, PR_CAP_DATE, attr(a, "datetime"));
        break;
    case 's':
        if (!strcmp(tag, "script")) {
            const char *type = attr(a, "type");
            return type && !strcmp(type, "application/ld+json") && open_cap(m, PR_CAP_LD, 4u << 20);
        }
        break;
    default:
        break;
    }
    bool author = false, date = false;
    const char *ip = attr(a, "itemprop");
    if (ip) {
        if (!strcmp(ip, "author") || !strcmp(ip, "creator")) author = !m->authors_dom;
        else if (!strcmp(ip, "datePublished")) {
            const char *d = attr(a, "datetime");
            if (!d) d = attr(a, "content");
            if (d) offer_z(m, PR_CAP_DATE, d);
            else date = !m->date_dom;
        }
    }
    const char *rel = attr(a, "rel");
    if (rel && !strcmp(rel, "author") && !strcmp(tag, "a") && !m->authors_dom) author = true;
    /* one element, one capture: an element both author and date is not a page's pattern */
    if (author) return open_cap(m, PR_CAP_AUTHOR, 300);
    if (date) return open_cap(m, PR_CAP_DATE, 100);
    return false;
}

void pr_html_meta_free(pr_html_meta *m)
{
    char **f[] = {&m->title, &m->og_title, &m->ld_headline, &m->authors_meta, &m->authors_ld,
                  &m->authors_dom, &m->authors_handle, &m->date_meta, &m->date_ld, &m->date_dom, &m->site_meta, &m->site_ld,
                  &m->url_canon, &m->url_og, &m->url_ld, &m->desc_meta, &m->desc_og, &m->desc_ld,
                  &m->lang_html, &m->lang_meta, &m->lang_ld, &m->ld_body, &m->ld_text};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) { pr_free(*f[i]); *f[i] = NULL; }
    while (m->n_caps) {
        pr_html_cap *c = &m->caps[--m->n_caps];
        pr_buf_free(&c->text);
        pr_free(c->deferred);
    }
}

/* ---- dates ---- */

static int month_of(const char *w, size_t n)
{
    static const struct { const char *p; int m; } names[] = {
        {"jan", 1}, {"janv", 1}, {"januar", 1}, {"jän", 1}, {"ene", 1}, {"gen", 1}, {"feb", 2}, {"fév", 2}, {"fev", 2},
        {"mar", 3}, {"mär", 3}, {"apr", 4}, {"avr", 4}, {"abr", 4}, {"may", 5}, {"mai", 5}, {"mayo", 5},
        {"mag", 5}, {"jun", 6}, {"juin", 6}, {"giu", 6}, {"jul", 7}, {"juil", 7}, {"lug", 7},
        {"aug", 8}, {"aoû", 8}, {"aou", 8}, {"ago", 8}, {"sep", 9}, {"set", 9}, {"oct", 10},
        {"okt", 10}, {"ott", 10}, {"nov", 11}, {"dec", 12}, {"déc", 12}, {"dez", 12}, {"dic", 12},
    };
    char low[16];
    if (n < 3 || n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) low[i] = (char)lc((unsigned char)w[i]);
    low[n] = 0;
    int best = 0;
    size_t bestlen = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t k = strlen(names[i].p);
        if (k <= n && !memcmp(low, names[i].p, k) && k > bestlen) { best = names[i].m; bestlen = k; }
    }
    /* "mars" vs "mar", "marzo": all March; "mai"/"may": May. Reject words that merely start
     * like a month but are long and unrelated ("market"): month names are at most 9 letters. */
    if (best && n > 10) return 0;
    return best;
}

static bool valid_ymd(int y, int mo, int d) { return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31; }

static int num(const char *s, size_t *i, int maxd)
{
    int v = 0, k = 0;
    while (s[*i] >= '0' && s[*i] <= '9' && k < maxd) { v = v * 10 + (s[*i] - '0'); (*i)++; k++; }
    return k ? v : -1;
}

bool pr_html_date_iso(const char *s, char *out, size_t cap)
{
    if (!s || cap < 11) return false;
    while (*s == ' ' || *s == '\t' || *s == '\n') s++;
    size_t i = 0;
    /* ISO-like: YYYY-MM-DD[THH:MM[:SS][zone]] (also with / or .) */
    if (s[0] >= '0' && s[0] <= '9') {
        int y = num(s, &i, 4);
        if (i == 4 && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
            char sep = s[i++];
            int mo = num(s, &i, 2);
            int d = -1;
            if (s[i] == sep) { i++; d = num(s, &i, 2); }
            if (valid_ymd(y, mo, d)) {
                int len = snprintf(out, cap, "%04d-%02d-%02d", y, mo, d);
                if ((s[i] == 'T' || s[i] == ' ') && s[i + 1] >= '0' && s[i + 1] <= '9') {
                    size_t j = i + 1;
                    int hh = num(s, &j, 2), mm = -1, ss = 0;
                    if (s[j] == ':') { j++; mm = num(s, &j, 2); }
                    if (s[j] == ':') { j++; ss = num(s, &j, 2); if (ss < 0) ss = 0; }
                    while (s[j] == '.' || (s[j] >= '0' && s[j] <= '9')) j++; /* fractions */
                    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60 && ss < 61 && (size_t)len + 9 < cap) {
                        len += snprintf(out + len, cap - (size_t)len, "T%02d:%02d:%02d", hh, mm, ss);
                        if (s[j] == 'Z' && (size_t)len + 1 < cap) { out[len++] = 'Z'; out[len] = 0; }
                        else if ((s[j] == '+' || s[j] == '-') && s[j + 1] >= '0' && s[j + 1] <= '9') {
                            char sg = s[j++];
                            int zh = num(s, &j, 2), zm = 0;
                            if (s[j] == ':') j++;
                            if (s[j] >= '0' && s[j] <= '9') zm = num(s, &j, 2);
                            if (zh >= 0 && zh < 15 && zm >= 0 && zm < 60 && (size_t)len + 6 < cap)
                                snprintf(out + len, cap - (size_t)len, "%c%02d:%02d", sg, zh, zm);
                        }
                    }
                }
                return true;
            }
            return false;
        }
        size_t j = 0;
        int ymd = num(s, &j, 8);
        if (j == 8 && !(s[8] >= '0' && s[8] <= '9') && valid_ymd(ymd / 10000, (ymd / 100) % 100, ymd % 100)) {
            snprintf(out, cap, "%04d-%02d-%02d", ymd / 10000, (ymd / 100) % 100, ymd % 100); /* YYYYMMDD */
            return true;
        }
    }
    /* Otherwise: numbers and a month name in any order ("15 mai 2019", "May 15, 2019",
     * "Wed, 15 May 2019 10:00:00 GMT", "15.05.2019", "05/15/2019"). */
    int nums[6], nn = 0, mo = 0;
    int numlen[6];
    char seps[6] = {0};
    for (i = 0; s[i] && i < 200;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9') {
            size_t st = i;
            int v = num(s, &i, 9);
            while (s[i] >= '0' && s[i] <= '9') i++;
            if (s[i] == ':') { /* a time: skip it */
                while (s[i] == ':' || (s[i] >= '0' && s[i] <= '9')) i++;
                continue;
            }
            if (nn < 6) { numlen[nn] = (int)(i - st); seps[nn] = s[i]; nums[nn++] = v; }
            if (s[i] == '.' || s[i] == '/' || s[i] == '-') i++;
            if (s[i] == 'e' || s[i] == 's' || s[i] == 'n' || s[i] == 'r' || s[i] == 't') /* 1st 2nd 3rd 4th */
                while ((s[i] >= 'a' && s[i] <= 'z')) i++;
        } else if (c >= 0x80 || (lc(c) >= 'a' && lc(c) <= 'z')) {
            size_t st = i;
            while (s[i] && ((unsigned char)s[i] >= 0x80 || (lc((unsigned char)s[i]) >= 'a' && lc((unsigned char)s[i]) <= 'z'))) i++;
            if (!mo) mo = month_of(s + st, i - st);
        } else i++;
    }
    int y = -1, d = -1;
    for (int k = 0; k < nn; k++) if (numlen[k] == 4 && nums[k] >= 1900 && nums[k] <= 2100) { y = nums[k]; break; }
    if (y < 0) return false;
    if (mo) {
        for (int k = 0; k < nn; k++) if (numlen[k] <= 2 && nums[k] >= 1 && nums[k] <= 31) { d = nums[k]; break; }
    } else {
        /* D.M.Y, D/M/Y or M/D/Y: the two small numbers before the year */
        int a = -1, b = -1;
        for (int k = 0; k + 2 < nn + 1 && k + 1 < nn; k++)
            if (numlen[k] <= 2 && numlen[k + 1] <= 2) { a = nums[k]; b = nums[k + 1]; if (seps[k] == '/' && a <= 12 && b > 12) { int t = a; a = b; b = t; } break; }
        if (a < 0) return false;
        d = a; mo = b;
        if (mo > 12 && d <= 12) { int t = d; d = mo; mo = t; }
    }
    if (!valid_ymd(y, mo, d)) return false;
    snprintf(out, cap, "%04d-%02d-%02d", y, mo, d);
    return true;
}

/* ---- final choices ---- */

static char *nfc_dup(const char *s)
{
    if (!s) return NULL;
    utf8proc_uint8_t *r = utf8proc_NFC((const utf8proc_uint8_t *)s);
    char *o = pr_strdup(r ? (const char *)r : s);
    free(r);
    return o;
}

static bool ci_eq(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an != bn) return false;
    for (size_t i = 0; i < an; i++) if (lc((unsigned char)a[i]) != lc((unsigned char)b[i])) return false;
    return true;
}

/* Trims " | Site", " - Site", "Site: " when Site is the known site name or looks like a domain. */
static void trim_site(char *t, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " || ", " // "};
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
            char *p = NULL, *q = t;
            while ((q = strstr(q, seps[k]))) { p = q; q++; }   /* last separator */
            if (p) {
                const char *tail = p + strlen(seps[k]);
                bool domain = strchr(tail, '.') && !strchr(tail, ' ');
                if ((site && ci_eq(tail, strlen(tail), site)) || domain) { *p = 0; continue; }
            }
            p = strstr(t, seps[k]); /* first separator: "Site | Title" */
            if (p && site && ci_eq(t, (size_t)(p - t), site)) {
                const char *rest = p + strlen(seps[k]);
                memmove(t, rest, strlen(rest) + 1);
            }
        }
}

bool pr_html_meta_finish(pr_html_meta *m, precis_doc *doc, const char *h1)
{
    if (m->oom) return false;
    const char *site = m->site_meta ? m->site_meta : m->site_ld;
    /* og:title, else a <title> that starts with the page's h1 (the headline, plus a site
     * name), else the JSON-LD headline (sometimes a description: Wikipedia), else <title>,
     * else the h1 */
    size_t h1n = h1 ? strlen(h1) : 0;
    bool title_is_h1 = m->title && h1n >= 3 && strlen(m->title) >= h1n && ci_eq(m->title, h1n, h1);
    const char *title = m->og_title ? m->og_title : title_is_h1 ? m->title : m->ld_headline ? m->ld_headline
                      : m->title ? m->title : h1;
    if (title) {
        char *t = pr_strdup(title);
        if (!t) return false;
        trim_site(t, site);
        /* "Headline - Site" whose first part is the page's h1: the h1 is the headline */
        size_t hl = h1 ? strlen(h1) : 0;
        if (hl >= 10 && strlen(t) > hl + 2 && ci_eq(t, hl, h1) && t[hl] == ' ' &&
            strchr("|-\xe2:\xc2/", t[hl + 1]))
            t[hl] = 0;
        if (!*t) { pr_free(t); t = pr_strdup(title); if (!t) return false; }
        doc->title = nfc_dup(t);
        pr_free(t);
        if (!doc->title) return false;
    }
    const char *au = m->authors_meta ? m->authors_meta : m->authors_ld ? m->authors_ld :
                     m->authors_dom ? m->authors_dom : m->authors_handle;
    if (au) {
        /* "By Jane Doe" -> "Jane Doe" */
        static const char *const by[] = {"by ", "par ", "von ", "por ", "di ", "door ", "de "};
        for (size_t k = 0; k < sizeof by / sizeof by[0]; k++) {
            size_t n = strlen(by[k]);
            if (strlen(au) > n && ci_eq(au, n, by[k])) { au += n; break; }
        }
        if (*au && !(doc->authors = nfc_dup(au))) return false;
    }
    /* JSON-LD first: it describes the article itself, where meta tags are often the site
     * template's (and Readability's gold agrees) */
    const char *dates[] = {m->date_ld, m->date_meta, m->date_dom};
    for (size_t k = 0; k < 3 && !doc->date; k++) {
        char iso[40];
        if (dates[k] && pr_html_date_iso(dates[k], iso, sizeof iso) && !(doc->date = pr_strdup(iso))) return false;
    }
    if (site && !(doc->site = nfc_dup(site))) return false;
    const char *urls[] = {m->url_canon, m->url_og, m->url_ld};
    for (size_t k = 0; k < 3 && !doc->url; k++)
        if (urls[k] && (!strncmp(urls[k], "http://", 7) || !strncmp(urls[k], "https://", 8)) &&
            !(doc->url = pr_strdup(urls[k]))) return false;
    const char *desc = m->desc_meta ? m->desc_meta : m->desc_og ? m->desc_og : m->desc_ld;
    if (desc && !(doc->description = nfc_dup(desc))) return false;
    const char *langs[] = {m->lang_html, m->lang_meta, m->lang_ld};
    for (size_t k = 0; k < 3; k++) {
        const char *l = langs[k];
        if (!l) continue;
        int a = lc((unsigned char)l[0]), b = l[0] ? lc((unsigned char)l[1]) : 0;
        if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && (l[2] == 0 || l[2] == '-' || l[2] == '_')) {
            doc->lang[0] = (char)a;
            doc->lang[1] = (char)b;
            doc->lang[2] = 0;
            break;
        }
    }
    return true;
}
