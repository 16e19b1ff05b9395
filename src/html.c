/* html.c — PLACEHOLDER: HTML extraction is being written. */
#include "html.h"
#include <string.h>

bool pr_sniff_html(const char *data, size_t len) { (void)data; (void)len; return false; }
bool pr_sniff_gzip(const char *data, size_t len)
{
    return len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b;
}
precis_status pr_gunzip(const char *data, size_t len, size_t max, char **out, size_t *outlen,
                        const char **why)
{
    (void)data; (void)len; (void)max; *out = NULL; *outlen = 0;
    *why = "gzip input not supported yet";
    return PRECIS_ERR_FORMAT;
}
precis_status pr_html_to_doc(precis_doc *doc, const char *data, size_t len, const char **why)
{
    (void)doc; (void)data; (void)len;
    *why = "HTML input not supported yet";
    return PRECIS_ERR_FORMAT;
}
