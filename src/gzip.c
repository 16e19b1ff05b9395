/*
 * gzip.c — gzip-compressed input (crawlers and `wget --compression` save pages this way).
 *
 * Method: zlib's inflate with gzip header detection (windowBits 16 + 15), looping over
 * concatenated members as gzip(1) does. zlib's allocations go through pr_malloc.
 * Limits: the output is capped at `max` bytes (a "zip bomb" ends in PRECIS_ERR_LIMIT, not in
 * memory exhaustion). A truncated stream keeps what was inflated (a cut download still holds
 * the article); a corrupt one is PRECIS_ERR_FORMAT.
 */
#include "html.h"
#include <string.h>
#include <zlib.h>

bool pr_sniff_gzip(const char *data, size_t len)
{
    return len >= 3 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b &&
           (unsigned char)data[2] == 8; /* deflate, the only method gzip defines */
}

static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    return pr_calloc(items, size);
}
static void z_free(voidpf opaque, voidpf p)
{
    (void)opaque;
    pr_free(p);
}

precis_status pr_gunzip(const char *data, size_t len, size_t max, char **out, size_t *outlen,
                        const char **why)
{
    *out = NULL;
    *outlen = 0;
    *why = NULL;
    z_stream z;
    memset(&z, 0, sizeof z);
    z.zalloc = z_alloc;
    z.zfree = z_free;
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) { *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    pr_buf b;
    pr_buf_init(&b);
    precis_status st = PRECIS_OK;
    const unsigned char *in = (const unsigned char *)data;
    size_t left = len;
    unsigned char chunk[65536];
    for (;;) {
        uInt feed = left > (1u << 30) ? (1u << 30) : (uInt)left;
        z.next_in = (Bytef *)(uintptr_t)in;
        z.avail_in = feed;
        int rc;
        do {
            z.next_out = chunk;
            z.avail_out = sizeof chunk;
            rc = inflate(&z, Z_NO_FLUSH);
            size_t got = sizeof chunk - z.avail_out;
            if (b.len + got > max) { st = PRECIS_ERR_LIMIT; *why = "gzip data inflates beyond the input size limit"; goto done; }
            if (got && !pr_buf_put(&b, chunk, got)) { st = PRECIS_ERR_NOMEM; *why = "out of memory"; goto done; }
        } while (rc == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
        size_t used = feed - z.avail_in;
        in += used;
        left -= used;
        if (rc == Z_STREAM_END) {
            /* another member? (skip trailing zero padding some tools add) */
            while (left && *in == 0) { in++; left--; }
            if (left >= 2 && in[0] == 0x1f && in[1] == 0x8b) { inflateReset(&z); continue; }
            break;
        }
        if (rc == Z_MEM_ERROR) { st = PRECIS_ERR_NOMEM; *why = "out of memory"; goto done; }
        if (rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR || rc == Z_NEED_DICT) {
            st = PRECIS_ERR_FORMAT;
            *why = "corrupt gzip data";
            goto done;
        }
        if (left == 0) { /* truncated: keep what we have, if anything */
            if (b.len == 0) { st = PRECIS_ERR_FORMAT; *why = "truncated gzip data"; }
            break;
        }
    }
done:
    inflateEnd(&z);
    if (st != PRECIS_OK) { pr_buf_free(&b); return st; }
    if (b.len == 0) { pr_buf_free(&b); *why = "gzip data inflates to nothing"; return PRECIS_ERR_EMPTY; }
    *outlen = b.len;
    *out = pr_buf_detach(&b, NULL);
    if (!*out) { *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    return PRECIS_OK;
}
