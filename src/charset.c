/*
 * charset.c — the bytes of an HTML page to valid UTF-8, before parsing.
 *
 * Method, after the HTML standard's "encoding sniffing" with a safety net for the usual lies:
 *   1. a BOM (UTF-8, UTF-16LE/BE) decides;
 *   2. else the charset declared in the first 4 KiB: <meta charset=X>, <meta http-equiv=
 *      "Content-Type" content="...; charset=X">, or <?xml ... encoding="X"?> — found by a small
 *      scanner over tag attributes (the standard's "prescan"), not by a regex;
 *   3. the declaration is checked against the bytes: text that is valid UTF-8 and holds
 *      multi-byte sequences is UTF-8 whatever it declares (a single-byte text is almost never
 *      valid UTF-8 by accident); a page declared UTF-8 whose non-ASCII bytes are mostly invalid
 *      is Windows-1252; with no declaration the same test guesses;
 *   4. Latin-1 and US-ASCII labels mean Windows-1252 (as browsers do); other labels go through
 *      iconv (glibc), GB2312/GBK as their superset GB18030.
 * Every invalid byte, NUL and C0 control (but tab, LF, CR, FF) becomes U+FFFD and is counted,
 * so libxml2 always gets valid UTF-8 and never switches encodings behind our back.
 * Limits: only the first 4 KiB are scanned for a declaration (as browsers do: 1024 bytes).
 */
#include "html.h"
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static bool is_sp(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; }

/* Case-insensitive prefix test. */
static bool starts_ci(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (n < k) return false;
    for (size_t i = 0; i < k; i++)
        if (lc((unsigned char)s[i]) != lit[i]) return false;
    return true;
}

/* Copies a charset label from s (up to a quote, space, ';' or '>') lower-cased into out. */
static void take_label(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, k = 0;
    while (i < n && (s[i] == ' ' || s[i] == '"' || s[i] == '\'' || s[i] == '=')) i++;
    while (i < n && k + 1 < cap) {
        int c = (unsigned char)s[i];
        if (c == '"' || c == '\'' || c == ';' || c == '>' || c == ' ' || c == '/' || c == ',') break;
        out[k++] = (char)lc(c);
        i++;
    }
    out[k] = 0;
}

/* The prescan: walks the tags of the first bytes; returns true with a label when a <meta>
 * (or the XML declaration) declares one. */
static bool prescan(const char *s, size_t n, char *label, size_t cap)
{
    if (n > 4096) n = 4096;
    label[0] = 0;
    if (starts_ci(s, n, "<?xml")) {
        for (size_t i = 5; i + 8 < n && s[i] != '>'; i++)
            if (starts_ci(s + i, n - i, "encoding")) {
                size_t j = i + 8;
                while (j < n && (s[j] == ' ' || s[j] == '=')) j++;
                take_label(s + j, n - j, label, cap);
                if (label[0]) return true;
            }
    }
    for (size_t i = 0; i + 5 < n; i++) {
        if (s[i] != '<') continue;
        if (starts_ci(s + i, n - i, "<!--")) { /* comments may hold old, commented-out metas */
            size_t j = i + 4;
            while (j + 2 < n && !(s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>')) j++;
            i = j;
            continue;
        }
        if (!starts_ci(s + i, n - i, "<meta") || !is_sp((unsigned char)s[i + 5])) continue;
        size_t end = i + 5;
        while (end < n && s[end] != '>') end++;
        /* charset=... anywhere in the tag: covers <meta charset> and content="...charset=" */
        for (size_t j = i + 5; j + 7 < end; j++)
            if (starts_ci(s + j, end - j, "charset")) {
                size_t k = j + 7;
                while (k < end && (s[k] == ' ' || s[k] == '\t')) k++;
                if (k < end && s[k] == '=') {
                    take_label(s + k, end - k, label, cap);
                    if (label[0]) return true;
                }
            }
        i = end;
    }
    return false;
}

/* Counts valid multi-byte UTF-8 sequences and invalid bytes. */
static void utf8_census(const char *s, size_t n, size_t *good, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t g = 0, b = 0;
    for (size_t i = 0; i < n;) {
        /* ASCII fast path, 8 bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        if (u[i] < 0x80) { i++; continue; }
        size_t j = i;
        if (pr_utf8_next(s, n, &j) < 0) b++; else g++;
        i = j;
    }
    *good = g;
    *bad = b;
}

static void put_cp(pr_buf *b, int32_t cp, size_t *repaired)
{
    if (cp < 0x80) {
        if (cp == 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f')) {
            (*repaired)++;
            pr_buf_put_cp(b, 0xFFFD);
            return;
        }
        pr_buf_putc(b, (char)cp);
        return;
    }
    pr_buf_put_cp(b, cp);
}

static void from_utf8(pr_buf *b, const char *s, size_t n, size_t *repaired)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        /* a run of bytes that stay as they are: printable ASCII, tab, LF, CR, FF (8 at a time
         * while no byte is >= 0x80 or < 0x20) and valid multi-byte sequences (re-encoding the
         * code point gives the same bytes: the decoder refuses overlong forms) */
        size_t run = i;
        for (;;) {
            while (run + 8 <= n) {
                uint64_t w;
                memcpy(&w, u + run, 8);
                if ((w | (w - 0x2020202020202020ull)) & 0x8080808080808080ull) break;
                run += 8;
            }
            if (run >= n) break;
            unsigned c = u[run];
            if ((c >= 0x20 && c < 0x80) || c == '\t' || c == '\n' || c == '\r' || c == '\f') { run++; continue; }
            size_t j = run;
            if (c >= 0x80 && pr_utf8_next(s, n, &j) >= 0) { run = j; continue; }
            break;
        }
        if (run > i) { pr_buf_put(b, s + i, run - i); i = run; continue; }
        int32_t cp = pr_utf8_next(s, n, &i);
        if (cp < 0) { (*repaired)++; cp = 0xFFFD; pr_buf_put_cp(b, cp); continue; }
        put_cp(b, cp, repaired);
    }
}

static void from_1252(pr_buf *b, const char *s, size_t n, size_t *repaired)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned c = u[i];
        int32_t cp = pr_cp1252(c);
        if (cp == 0xFFFD) (*repaired)++;
        put_cp(b, cp, repaired);
    }
}

/* Through iconv; invalid input sequences become U+FFFD (one per byte skipped). False when
 * iconv does not know the label. */
static bool from_iconv(pr_buf *b, const char *label, const char *s, size_t n, size_t *repaired)
{
    iconv_t cd = iconv_open("UTF-8", label);
    if (cd == (iconv_t)-1) return false;
    char tmp[16384];
    char *in = (char *)(uintptr_t)s;
    size_t left = n;
    while (left > 0 && !b->oom) {
        char *o = tmp;
        size_t ol = sizeof tmp;
        size_t r = iconv(cd, &in, &left, &o, &ol);
        size_t got = sizeof tmp - ol;
        if (got) from_utf8(b, tmp, got, repaired); /* also maps NUL/controls */
        if (r == (size_t)-1) {
            if (errno == E2BIG) continue;
            /* EILSEQ or EINVAL (truncated at the end): skip one byte */
            (*repaired)++;
            pr_buf_put_cp(b, 0xFFFD);
            in++;
            left--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
    return true;
}

static const char *canonical(const char *label, char *buf, size_t cap)
{
    static const struct { const char *label, *name; } map[] = {
        {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"unicode-1-1-utf-8", "utf-8"},
        {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"}, {"latin1", "windows-1252"},
        {"latin-1", "windows-1252"}, {"l1", "windows-1252"}, {"us-ascii", "windows-1252"},
        {"ascii", "windows-1252"}, {"windows-1252", "windows-1252"}, {"cp1252", "windows-1252"},
        {"x-cp1252", "windows-1252"}, {"iso_8859-1", "windows-1252"}, {"cp819", "windows-1252"},
        {"gb2312", "gb18030"}, {"gbk", "gb18030"}, {"x-gbk", "gb18030"}, {"gb18030", "gb18030"},
        {"euc-kr", "cp949"}, {"ks_c_5601-1987", "cp949"}, {"shift_jis", "cp932"}, {"sjis", "cp932"},
        {"x-sjis", "cp932"}, {"windows-31j", "cp932"}, {"big5", "big5-hkscs"},
        {"utf-16", "utf-8"}, {"utf-16le", "utf-8"}, {"utf-16be", "utf-8"}, /* a BOM would have said */
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(label, map[i].label)) return map[i].name;
    /* anything else is handed to iconv as written (iso-8859-2, windows-1251, koi8-r, ...) */
    snprintf(buf, cap, "%s", label);
    return buf;
}

/* Static names for the encodings we report (precis_doc_encoding returns a static string). */
static const char *static_name(const char *name)
{
    static const char *const names[] = {
        "utf-8", "windows-1252", "utf-16le", "utf-16be", "gb18030", "cp949", "cp932", "big5-hkscs",
        "iso-8859-2", "iso-8859-15", "windows-1250", "windows-1251", "koi8-r", "euc-jp",
        "iso-8859-7", "windows-1253", "iso-8859-9", "windows-1254", "iso-8859-5", "windows-1256",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(name, names[i])) return names[i];
    return "other";
}

precis_status pr_html_decode(const char *data, size_t len, pr_html_input *out, const char **why)
{
    memset(out, 0, sizeof *out);
    *why = NULL;
    const unsigned char *u = (const unsigned char *)data;
    pr_buf b;
    pr_buf_init(&b);
    if (!pr_grow((void **)&b.data, &b.cap, len + len / 8 + 16, 1)) { *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    size_t repaired = 0;
    const char *enc;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        enc = "utf-8";
        from_utf8(&b, data + 3, len - 3, &repaired);
    } else if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        enc = u[0] == 0xFF ? "utf-16le" : "utf-16be";
        if (!from_iconv(&b, enc, data + 2, len - 2, &repaired)) { pr_buf_free(&b); *why = "no UTF-16 converter"; return PRECIS_ERR_FORMAT; }
    } else {
        /* binary data that merely starts like a page: too many NULs and control bytes */
        size_t sample = len < 65536 ? len : 65536, ctrl = 0;
        for (size_t i = 0; i < sample;) {
            if (i + 8 <= sample) {              /* 8 bytes at a time while none is < 0x20 */
                uint64_t w;
                memcpy(&w, u + i, 8);
                if (!((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull)) { i += 8; continue; }
            }
            if (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r' && u[i] != '\f') ctrl++;
            i++;
        }
        if (ctrl * 50 > sample) { pr_buf_free(&b); *why = "binary data, not HTML"; return PRECIS_ERR_BINARY; }
        char label[48], cbuf[48];
        bool declared = prescan(data, len, label, sizeof label);
        const char *want = declared ? canonical(label, cbuf, sizeof cbuf) : NULL;
        size_t good, bad;
        utf8_census(data, len, &good, &bad);
        bool valid_utf8 = bad == 0;
        bool mostly_bad = (bad > 0 && good == 0) || (bad >= 2 && bad * 4 > good + bad);
        if (valid_utf8 && (good > 0 || !want)) want = "utf-8";    /* UTF-8 by its bytes */
        else if (!want) want = mostly_bad ? "windows-1252" : "utf-8"; /* the safe guess */
        else if (!strcmp(want, "utf-8") && mostly_bad) want = "windows-1252"; /* a lying label */
        if (!strcmp(want, "utf-8")) from_utf8(&b, data, len, &repaired);
        else if (!strcmp(want, "windows-1252")) from_1252(&b, data, len, &repaired);
        else if (!from_iconv(&b, want, data, len, &repaired)) {
            /* unknown label: fall back to the guess */
            want = mostly_bad ? "windows-1252" : "utf-8";
            if (!strcmp(want, "utf-8")) from_utf8(&b, data, len, &repaired);
            else from_1252(&b, data, len, &repaired);
        }
        enc = static_name(want);
    }
    if (b.oom) { pr_buf_free(&b); *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    out->encoding = enc;
    out->repaired = repaired;
    out->len = b.len;
    pr_buf_putc(&b, 0); /* NUL-terminate for the parser, not counted */
    if (b.oom) { pr_buf_free(&b); *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    out->utf8 = b.data;
    return PRECIS_OK;
}
