/* html.h — HTML pages and compressed input (owned by the extraction module). */
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
#endif
