/*
 * decode.c — from raw bytes to clean UTF-8 text.
 *
 * Method: (1) reject binary data: a NUL/control-byte ratio above 2 % in the first 64 KiB, unless
 * the NULs follow the UTF-16 pattern (then UTF-16 is decoded); (2) skip a BOM (UTF-8, UTF-16
 * LE/BE); (3) choose UTF-8 unless no multi-byte sequence is valid or more than 1 in 4 are invalid, in
 * which case the input is Windows-1252 (a superset of Latin-1 for printable text) and is
 * converted; (4) every invalid byte, NUL and stray control character becomes U+FFFD and is
 * counted, but a C1 control (U+0080..U+009F), which no text holds, is the Windows-1252
 * character whose byte was decoded as Latin-1 upstream ("livid\u0097they" is "livid—they",
 * "won\u0092t" is "won’t": scraped pages and JSON made from them), counted as repaired too
 * (U+0085 is "…" there, not a line break); CRLF and CR become LF; invisible format
 * characters that split words in scraped text (soft hyphen U+00AD, zero-width space U+200B,
 * word joiner U+2060, a BOM U+FEFF inside the text) are dropped, as the HTML path drops them;
 * (5) Unicode NFC through utf8proc.
 * Limits: none beyond memory (the caller caps the input size).
 */
#include "internal.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static bool is_ctrl(unsigned c) { return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'; }

/* Can this code point make the text differ from its NFC form? Conservative: everything below
 * U+0300 is NFC-stable; above, a combining mark, a canonical decomposition or a composition
 * partner sends the whole text through utf8proc. French and English text rarely needs it. */
static bool nfc_sensitive(int32_t cp)
{
    if (cp < 0x300) return false;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    return p->combining_class != 0 || (p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX) ||
           p->comb_index != UINT16_MAX;
}

/* Appends a code point, applying the line-ending and control-character rules. */
static void emit(pr_buf *b, int32_t cp, int32_t *prev, size_t *repaired)
{
    if (cp >= 0x20 && cp < 0x7F) { /* the common case */
        *prev = cp;
        pr_buf_putc(b, (char)cp);
        return;
    }
    if (cp == '\r') { pr_buf_putc(b, '\n'); *prev = '\r'; return; }
    if (cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) return; /* invisible, splits words */
    if (cp == '\n' && *prev == '\r') { *prev = '\n'; return; }
    if (cp == '\f' || cp == 0x2028 || cp == 0x2029) cp = '\n';
    else if (cp >= 0 && cp < 0x20 && cp != '\n' && cp != '\t') { cp = 0xFFFD; (*repaired)++; }
    else if (cp >= 0x80 && cp < 0xA0) { cp = pr_cp1252((unsigned char)cp); (*repaired)++; }
    else if (cp == 0x7F) { cp = 0xFFFD; (*repaired)++; }
    *prev = cp;
    pr_buf_put_cp(b, cp);
}

precis_status pr_decode_text(const char *data, size_t len, pr_decoded *out, const char **why)
{
    const unsigned char *u = (const unsigned char *)data;
    memset(out, 0, sizeof *out);
    *why = NULL;
    size_t off = 0;
    int utf16 = 0; /* 1 = LE, 2 = BE */
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) off = 3;
    else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) { utf16 = 1; off = 2; }
    else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) { utf16 = 2; off = 2; }

    size_t sample = len - off < 65536 ? len - off : 65536;
    if (!utf16 && sample >= 4) {
        size_t nul_even = 0, nul_odd = 0, ctrl = 0;
        for (size_t i = 0; i < sample; i++) {
            if (i + 8 <= sample) { /* eight bytes at a time while none is below 0x20 */
                uint64_t x;
                memcpy(&x, u + off + i, 8);
                const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
                if (!((x - ones * 0x20) & ~x & highs)) { i += 7; continue; }
            }
            unsigned c = u[off + i];
            if (c == 0) { if (i & 1) nul_odd++; else nul_even++; }
            else if (is_ctrl(c)) ctrl++;
        }
        if (nul_odd * 10 > sample * 4 && nul_even * 50 <= sample) utf16 = 1;
        else if (nul_even * 10 > sample * 4 && nul_odd * 50 <= sample) utf16 = 2;
        else if ((nul_even + nul_odd + ctrl) * 50 > sample) {
            *why = "binary data, not text";
            return PRECIS_ERR_BINARY;
        }
    }

    pr_buf b;
    pr_buf_init(&b);
    int32_t prev = 0;
    size_t repaired = 0;
    bool needs_nfc = false;
    if (utf16) {
        out->encoding = utf16 == 1 ? "utf-16le" : "utf-16be";
        size_t i = off;
        while (i + 1 < len) {
            uint32_t w = utf16 == 1 ? (uint32_t)(u[i] | u[i + 1] << 8) : (uint32_t)(u[i] << 8 | u[i + 1]);
            i += 2;
            int32_t cp = (int32_t)w;
            if (w >= 0xD800 && w <= 0xDBFF && i + 1 < len) {
                uint32_t w2 = utf16 == 1 ? (uint32_t)(u[i] | u[i + 1] << 8) : (uint32_t)(u[i] << 8 | u[i + 1]);
                if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
                    cp = (int32_t)(0x10000 + ((w - 0xD800) << 10) + (w2 - 0xDC00));
                    i += 2;
                } else { cp = 0xFFFD; repaired++; }
            } else if (w >= 0xD800 && w <= 0xDFFF) { cp = 0xFFFD; repaired++; }
            if (cp == 0) { cp = 0xFFFD; repaired++; }
            if (!needs_nfc && nfc_sensitive(cp)) needs_nfc = true;
            emit(&b, cp, &prev, &repaired);
        }
        if (i < len) repaired++;
    } else {
        /* Count invalid vs valid non-ASCII sequences to choose UTF-8 or Windows-1252. */
        size_t bad = 0, good = 0;
        for (size_t i = off; i < len;) {
            if (i + 8 <= len) { /* eight ASCII bytes at a time */
                uint64_t x;
                memcpy(&x, u + i, 8);
                if (!(x & 0x8080808080808080ull)) { i += 8; continue; }
            }
            if (u[i] < 0x80) { i++; continue; }
            size_t j = i;
            if (pr_utf8_next(data, len, &j) < 0) bad++; else good++;
            i = j;
        }
        /* Latin-1 text makes almost every non-ASCII byte invalid UTF-8; damaged UTF-8 keeps
         * most of its sequences valid. */
        bool cp1252 = (bad > 0 && good == 0) || (bad >= 2 && bad * 4 > good + bad);
        out->encoding = cp1252 ? "windows-1252" : "utf-8";
        for (size_t i = off; i < len;) {
            if (u[i] >= 0x20 && u[i] < 0x7F) { /* a run of printable ASCII: copied as is */
                size_t j = i + 1;
                while (j < len && u[j] >= 0x20 && u[j] < 0x7F) j++;
                pr_buf_put(&b, data + i, j - i);
                prev = u[j - 1];
                i = j;
                continue;
            }
            int32_t cp;
            if (cp1252) {
                unsigned c = u[i++];
                cp = pr_cp1252(c);
                if (cp == 0xFFFD) repaired++;
            } else {
                cp = pr_utf8_next(data, len, &i);
                if (cp < 0) { cp = 0xFFFD; repaired++; }
            }
            if (cp == 0) { cp = 0xFFFD; repaired++; }
            if (!needs_nfc && nfc_sensitive(cp)) needs_nfc = true;
            emit(&b, cp, &prev, &repaired);
        }
    }
    if (b.oom) { pr_buf_free(&b); return PRECIS_ERR_NOMEM; }
    out->repaired = repaired;
    if (b.len == 0) {
        pr_buf_free(&b);
        out->text = pr_strdup("");
        return out->text ? PRECIS_OK : PRECIS_ERR_NOMEM;
    }
    if (!needs_nfc) {
        out->len = b.len;
        out->text = pr_buf_detach(&b, NULL);
        return out->text ? PRECIS_OK : PRECIS_ERR_NOMEM;
    }
    /* NFC: utf8proc needs valid UTF-8, which b now is. */
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)b.data, (utf8proc_ssize_t)b.len, &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0) {
        /* Cannot happen on valid UTF-8 except out of memory: keep the un-normalized text. */
        if (n != UTF8PROC_ERROR_NOMEM) { out->len = b.len; out->text = pr_buf_detach(&b, NULL); return PRECIS_OK; }
        pr_buf_free(&b);
        return PRECIS_ERR_NOMEM;
    }
    pr_buf_free(&b);
    /* utf8proc allocates with malloc; hand back a pr_ copy so callers free with pr_free. */
    out->text = pr_strndup((const char *)nfc, (size_t)n);
    free(nfc);
    if (!out->text) return PRECIS_ERR_NOMEM;
    out->len = (size_t)n;
    return PRECIS_OK;
}
