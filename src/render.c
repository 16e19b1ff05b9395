/*
 * render.c — a brief as text (for people), Markdown, JSON (docs/json-format.md) or HTML.
 * JSON is built with jansson, so escaping is always right.
 */
#include "internal.h"
#include "facts.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *doc_label(const precis_doc *d) { return d->id ? d->id : "?"; }

/* Does a count of n take the plural? Not 1; nor 0 in a language whose labels say so (data/labels
 * "zero is singular": French writes "0 ligne retirée"). */
static bool plural(const pr_wordlist *L, size_t n)
{
    return n != 1 && !(n == 0 && !strcmp(pr_label(L, "zero is singular"), "yes"));
}

static void sources_list(pr_buf *b, const pr_bsent *s, bool md)
{
    pr_buf_puts(b, md ? " [" : " [");
    for (size_t k = 0; k < s->n_src; k++) pr_buf_printf(b, "%s%zu", k ? ", " : "", s->src[k] + 1);
    pr_buf_putc(b, ']');
}

static void html_escape(pr_buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': pr_buf_puts(b, "&lt;"); break;
        case '>': pr_buf_puts(b, "&gt;"); break;
        case '&': pr_buf_puts(b, "&amp;"); break;
        case '"': pr_buf_puts(b, "&quot;"); break;
        default: pr_buf_putc(b, *s);
        }
    }
}

static void md_escape(pr_buf *b, const char *s)
{
    for (; s && *s; s++) {
        if (strchr("\\`*_[]<>#|", *s)) pr_buf_putc(b, '\\');
        pr_buf_putc(b, *s);
    }
}

/* A source's URL when it is one a reader can follow: http or https, without white space or
 * the marks that would end it in Markdown or HTML; else NULL. */
static const char *link_of(const precis_doc *d)
{
    const char *u = d->url;
    if (!u || !(strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0)) return NULL;
    for (const char *p = u; *p; p++)
        if ((unsigned char)*p <= ' ' || strchr("<>\"'`", *p)) return NULL;
    return u;
}

/* How much of a source's date to print: the day of an ISO date and time ("2023-09-19" of
 * "2023-09-19T10:30:00Z"), else the date as found, at most 32 bytes. */
static int date_len(const char *date)
{
    size_t n = strlen(date);
    return (int)(n > 10 && date[10] == 'T' ? 10 : n > 32 ? 32 : n);
}

static void put_plain(pr_buf *b, const char *s) { pr_buf_puts(b, s); }

/* "site, date" and then `tail` (before a source's language: "; "), or nothing when neither is
 * known; esc escapes them for the output (NULL: as they are). */
static void site_date(pr_buf *b, const precis_doc *d, void (*esc)(pr_buf *, const char *), const char *tail)
{
    if (!esc) esc = put_plain;
    bool site = d->site && *d->site, date = d->date && *d->date;
    if (site) esc(b, d->site);
    if (date) {
        char day[40];
        snprintf(day, sizeof day, "%.*s", date_len(d->date), d->date);
        if (site) pr_buf_puts(b, ", ");
        esc(b, day);
    }
    if (site || date) pr_buf_puts(b, tail);
}

static void render_text(const precis_brief *br, pr_buf *b, bool md)
{
    const precis_story *st = br->story;
    const pr_wordlist *L = pr_story_labels(st);
    if (md) pr_buf_printf(b, "# %s\n\n", pr_label(L, "Brief"));
    else pr_buf_printf(b, "%s — %zu %s, %zu %s\n\n", pr_label(L, "BRIEF"), st->n_docs,
                       pr_label(L, st->n_docs == 1 ? "source" : "sources"), br->words,
                       pr_label(L, plural(L, br->words) ? "words" : "word"));
    for (size_t i = 0; i < br->n; i++) {
        if (md) { md_escape(b, br->s[i].text); }
        else pr_buf_puts(b, br->s[i].text);
        sources_list(b, &br->s[i], md);
        pr_buf_puts(b, md ? "\n\n" : "\n");
    }
    /* an empty summary says why, rather than leaving a blank under the heading */
    if (!br->n) pr_buf_printf(b, md ? "_%s_\n\n" : "(%s)\n", pr_label(L, "no readable sentence in the sources"));
    if (br->facts) {
        if (!md) pr_buf_putc(b, '\n');
        pr_facts_render_text(br->facts, b, md, true);
    }
    pr_buf_printf(b, md ? "## %s\n\n" : "\n%s\n", pr_label(L, md ? "Sources" : "SOURCES"));
    for (size_t i = 0; i < st->n_docs; i++) {
        const precis_doc *d = st->docs[i];
        const char *url = link_of(d);
        if (md) {
            pr_buf_printf(b, "%zu. **", i + 1);
            md_escape(b, doc_label(d));
            pr_buf_puts(b, "**");
            if (d->title || url) pr_buf_puts(b, " — ");
            if (url) pr_buf_putc(b, '[');
            if (d->title || url) md_escape(b, d->title ? d->title : url);
            if (url) pr_buf_printf(b, "](<%s>)", url);
        } else {
            pr_buf_printf(b, "[%zu] %s", i + 1, doc_label(d));
            if (d->title) pr_buf_printf(b, " — %s", d->title);
        }
        pr_buf_puts(b, " (");
        site_date(b, d, md ? md_escape : NULL, "; ");
        pr_buf_printf(b, "%s, %zu %s, %zu %s)\n", d->lang, d->words, pr_label(L, plural(L, d->words) ? "words" : "word"),
                      d->n_removed, pr_label(L, plural(L, d->n_removed) ? "lines removed" : "line removed"));
        if (!md && url) pr_buf_printf(b, "    %s\n", url);
    }
}

static json_t *jstr(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *render_json_obj(const precis_brief *br)
{
    const precis_story *st = br->story;
    json_t *root = json_object();
    json_t *sum = json_array();
    json_t *srcs = json_array();
    if (!root || !sum || !srcs) { json_decref(root); json_decref(sum); json_decref(srcs); return NULL; }
    json_object_set_new(root, "version", json_string(PRECIS_VERSION_STRING));
    json_object_set_new(root, "words", json_integer((json_int_t)br->words));
    json_object_set_new(root, "budget", json_integer((json_int_t)st->ctx->opt.words));
    for (size_t i = 0; i < br->n; i++) {
        json_t *o = json_object();
        json_t *ids = json_array();
        json_object_set_new(o, "text", json_string(br->s[i].text));
        for (size_t k = 0; k < br->s[i].n_src; k++)
            json_array_append_new(ids, json_string(doc_label(st->docs[br->s[i].src[k]])));
        json_object_set_new(o, "sources", ids);
        json_object_set_new(o, "from", json_string(doc_label(st->docs[br->s[i].doc])));
        json_array_append_new(sum, o);
    }
    json_object_set_new(root, "summary", sum);
    for (size_t i = 0; i < st->n_docs; i++) {
        const precis_doc *d = st->docs[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(doc_label(d)));
        json_object_set_new(o, "path", jstr(d->path));
        json_object_set_new(o, "title", jstr(d->title));
        json_object_set_new(o, "url", jstr(d->url));
        json_object_set_new(o, "site", jstr(d->site));
        json_object_set_new(o, "date", jstr(d->date));
        json_object_set_new(o, "lang", json_string(d->lang));
        json_object_set_new(o, "words", json_integer((json_int_t)d->words));
        json_object_set_new(o, "removed_lines", json_integer((json_int_t)d->n_removed));
        json_object_set_new(o, "encoding", jstr(d->encoding));
        json_object_set_new(o, "repaired_bytes", json_integer((json_int_t)d->repaired));
        json_array_append_new(srcs, o);
    }
    json_object_set_new(root, "sources", srcs);
    if (br->facts) {
        json_t *fj = pr_facts_to_json(br->facts);
        if (!fj || json_object_update(root, fj) != 0) { json_decref(fj); json_decref(root); return NULL; }
        json_decref(fj);
    }
    return root;
}

static void render_html(const precis_brief *br, pr_buf *b)
{
    const precis_story *st = br->story;
    const pr_wordlist *L = pr_story_labels(st);
    const char *lang = pr_story_lang(st);
    pr_buf_puts(b, "<!DOCTYPE html>\n<html");
    if (lang) { pr_buf_puts(b, " lang=\""); html_escape(b, lang); pr_buf_puts(b, "\""); }
    pr_buf_puts(b, "><head><meta charset=\"utf-8\"><title>precis — ");
    html_escape(b, pr_label(L, "Brief"));
    pr_buf_puts(b, "</title></head>\n<body>\n<h1>");
    html_escape(b, pr_label(L, "Brief"));
    pr_buf_puts(b, "</h1>\n");
    for (size_t i = 0; i < br->n; i++) {
        pr_buf_puts(b, "<p>");
        html_escape(b, br->s[i].text);
        pr_buf_puts(b, " <sup>");
        for (size_t k = 0; k < br->s[i].n_src; k++)
            pr_buf_printf(b, "%s<a href=\"#src%zu\">%zu</a>", k ? ", " : "", br->s[i].src[k] + 1, br->s[i].src[k] + 1);
        pr_buf_puts(b, "</sup></p>\n");
    }
    if (!br->n) {
        pr_buf_puts(b, "<p><em>");
        html_escape(b, pr_label(L, "no readable sentence in the sources"));
        pr_buf_puts(b, "</em></p>\n");
    }
    if (br->facts) {
        pr_buf facts;
        pr_buf_init(&facts);
        pr_facts_render_text(br->facts, &facts, false, true);
        pr_buf_puts(b, "<h2>");
        html_escape(b, pr_label(L, "Facts"));
        pr_buf_puts(b, "</h2>\n<pre>");
        html_escape(b, pr_buf_cstr(&facts));
        pr_buf_puts(b, "</pre>\n");
        if (facts.oom) b->oom = true;
        pr_buf_free(&facts);
    }
    pr_buf_puts(b, "<h2>");
    html_escape(b, pr_label(L, "Sources"));
    pr_buf_puts(b, "</h2>\n<ol>\n");
    for (size_t i = 0; i < st->n_docs; i++) {
        const precis_doc *d = st->docs[i];
        const char *url = link_of(d);
        pr_buf_printf(b, "<li id=\"src%zu\">", i + 1);
        html_escape(b, doc_label(d));
        if (d->title || url) pr_buf_puts(b, " — ");
        if (url) { pr_buf_puts(b, "<a href=\""); html_escape(b, url); pr_buf_puts(b, "\">"); }
        if (d->title || url) html_escape(b, d->title ? d->title : url);
        if (url) pr_buf_puts(b, "</a>");
        if ((d->site && *d->site) || (d->date && *d->date)) {
            pr_buf_puts(b, " (");
            site_date(b, d, html_escape, ")");
        }
        pr_buf_puts(b, "</li>\n");
    }
    pr_buf_puts(b, "</ol>\n</body></html>\n");
}

precis_status precis_brief_render(const precis_brief *br, precis_format format, char **out, size_t *len)
{
    if (!out) return PRECIS_ERR_ARG;
    *out = NULL;
    if (len) *len = 0;
    if (!br) return PRECIS_ERR_ARG;
    pr_buf b;
    pr_buf_init(&b);
    switch (format) {
    case PRECIS_FORMAT_TEXT: render_text(br, &b, false); break;
    case PRECIS_FORMAT_MARKDOWN: render_text(br, &b, true); break;
    case PRECIS_FORMAT_HTML: render_html(br, &b); break;
    case PRECIS_FORMAT_JSON: {
        json_t *root = render_json_obj(br);
        char *s = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
        json_decref(root);
        if (!s) return PRECIS_ERR_NOMEM;
        pr_buf_puts(&b, s);
        pr_buf_putc(&b, '\n');
        free(s);
        break;
    }
    default: return PRECIS_ERR_ARG;
    }
    if (b.oom) { pr_buf_free(&b); return PRECIS_ERR_NOMEM; }
    *out = pr_buf_detach(&b, len);
    return *out ? PRECIS_OK : PRECIS_ERR_NOMEM;
}
