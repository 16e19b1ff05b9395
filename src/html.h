/* html.h — HTML pages and compressed input (owned by the extraction module: html.c,
 * html_meta.c, charset.c, gzip.c; see docs/clean.md). */
#ifndef PRECIS_HTML_H
#define PRECIS_HTML_H
#include "internal.h"

/* True when the bytes look like an HTML document (by content, not file name). */
bool pr_sniff_html(const char *data, size_t len);
/* True when the bytes are a gzip stream. */
bool pr_sniff_gzip(const char *data, size_t len);
/* Inflates gzip data; *out owned by the caller (pr_free). Caps the output at `max` bytes
 * (PRECIS_ERR_LIMIT). PRECIS_ERR_FORMAT on a corrupt stream; *why says why. */
precis_status pr_gunzip(const char *data, size_t len, size_t max, char **out, size_t *outlen,
                        const char **why);
/* Extracts the main text and metadata of an HTML page into doc: sets doc->text/text_len (the
 * article's text, paragraphs separated by '\n', NFC UTF-8), title, authors, date, site, url,
 * description, lang (if declared), encoding, and records dropped blocks in doc->removed.
 * On PRECIS_ERR_EMPTY (no article found) *why says why. */
precis_status pr_html_to_doc(precis_doc *doc, const char *data, size_t len, const char **why);

/* ---- internals shared by the extraction files ---- */

/* charset.c: the page's bytes as valid UTF-8 (NUL-terminated; utf8 owned by the caller,
 * pr_free), with the encoding used (static) and the count of bytes repaired to U+FFFD. */
typedef struct pr_html_input {
    char *utf8;
    size_t len;
    const char *encoding;
    size_t repaired;
} pr_html_input;
precis_status pr_html_decode(const char *data, size_t len, pr_html_input *out, const char **why);

/* html_meta.c: metadata gathered while the page is parsed, decided at the end. Every string
 * is owned by the struct (pr_free via pr_html_meta_free). */
enum { PR_CAP_TITLE, PR_CAP_AUTHOR, PR_CAP_DATE, PR_CAP_LD };
#define PR_HTML_CAPS 16             /* open text captures at once (deeper ones are not read) */
typedef struct pr_html_cap {        /* the text of one open element that metadata wants */
    uint8_t slot;                   /* PR_CAP_* */
    size_t max, len;                /* len counts all the text; only max + 1 bytes are kept */
    pr_buf text;
    char *deferred;                 /* a value for the same slot found inside, used if this fails */
} pr_html_cap;
typedef struct pr_html_meta {
    char *title;                    /* <title> */
    char *og_title, *ld_headline;
    char *authors_meta, *authors_ld, *authors_dom;
    char *authors_handle;     /* a one-word meta author ("NBCNews", "devindra"): a handle, used last */
    char *date_meta, *date_ld, *date_dom;
    char *site_meta, *site_ld;
    char *url_canon, *url_og, *url_ld;
    char *desc_meta, *desc_og, *desc_ld;
    char *lang_html, *lang_meta, *lang_ld;
    char *ld_body;                  /* JSON-LD articleBody, whitespace collapsed */
    size_t ld_body_len;
    char *ld_text;                  /* the same as paragraphs (markup removed, '\n' between) */
    pr_html_cap caps[PR_HTML_CAPS];
    unsigned n_caps;
    bool oom;
} pr_html_meta;
void pr_html_meta_free(pr_html_meta *m);
/* Looks at the start tag of one element for metadata (meta, link, title, script ld+json, html,
 * time, itemprop, rel=author). `tag` is its lower-case name, `attrs` libxml2's SAX attribute
 * list (name, value, ..., NULL; a value may be NULL). True when the element's text is wanted:
 * the caller then passes every piece of text inside the element, skipped parts included, to
 * pr_html_meta_text (while m->n_caps > 0), and calls pr_html_meta_end when the element ends. */
bool pr_html_meta_start(pr_html_meta *m, const char *tag, const char *const *attrs);
void pr_html_meta_text(pr_html_meta *m, const char *s, size_t n);
void pr_html_meta_end(pr_html_meta *m);
/* Chooses title, authors, date (ISO 8601), site, url, description and a declared language
 * (2 letters, only when precis knows it) into doc. h1 (may be NULL) is the page's first
 * top-level heading, used to trim site names off the title. False on out of memory. */
bool pr_html_meta_finish(pr_html_meta *m, precis_doc *doc, const char *h1);
/* Normalizes a date string ("2019-05-15T10:00:00+02:00", "15.05.2019", "May 15, 2019",
 * "Wed, 15 May 2019 10:00:00 GMT", "15 mai 2019") to ISO 8601 in out: YYYY-MM-DD, plus
 * "THH:MM:SS" and the zone when the input had them. False if no date is recognised. */
bool pr_html_date_iso(const char *s, char *out, size_t cap);
/* A copy of s with runs of white space collapsed to one space and trimmed; NULL on OOM. */
char *pr_html_squash(const char *s, size_t n);
/* Is a byline's text (squashed) only a label: at most two words ending on a colon, ASCII or
 * full-width ("Auteur :", "By:", "作者：")? Such a text names no author. */
bool pr_html_label_only(const char *v);
#endif
