/*
 * utf8.c — code point decoding and character classes.
 *
 * Classes come from utf8proc's Unicode tables, never from the C locale (no isalpha() on
 * UTF-8 bytes). Decoding is strict (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
 */
#include "internal.h"
#include <utf8proc.h>

int32_t pr_utf8_next_mb(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t p = *i;
    unsigned c = u[p];
    if (c < 0x80) { *i = p + 1; return (int32_t)c; }
    int len;
    int32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
    else { *i = p + 1; return -1; }
    if (p + (size_t)len > n) { *i = p + 1; return -1; }
    for (int k = 1; k < len; k++) {
        unsigned cc = u[p + (size_t)k];
        if ((cc & 0xC0) != 0x80) { *i = p + 1; return -1; }
        cp = (cp << 6) | (int32_t)(cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { *i = p + 1; return -1; }
    *i = p + (size_t)len;
    return cp;
}

size_t pr_utf8_prev_len(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 1;
    while (k < 4 && k < i && (u[i - k] & 0xC0) == 0x80) k++;
    if (k <= i && (u[i - k] & 0xC0) != 0x80) return k;
    return 1;
}

int32_t pr_cp1252(unsigned char c)
{
    static const uint16_t hi[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    return c >= 0x80 && c < 0xA0 ? hi[c - 0x80] : (int32_t)c;
}

int pr_utf8_encode(int32_t cp, char out[4])
{
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static utf8proc_category_t cat(int32_t cp)
{
    if (cp < 0 || cp > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

bool pr_cp_is_letter_u(int32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool pr_cp_is_digit_u(int32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return cat(cp) == UTF8PROC_CATEGORY_ND;
}

bool pr_cp_is_upper_u(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = cat(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool pr_cp_is_lower_u(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return cat(cp) == UTF8PROC_CATEGORY_LL;
}

bool pr_cp_is_space_u(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return true;
    if (cp < 0x80) return false;
    utf8proc_category_t c = cat(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           cp == 0x200B || cp == 0xFEFF;
}

bool pr_cp_is_punct_u(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
               (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

bool pr_cp_is_mark(int32_t cp)
{
    if (cp < 0x300) return false;
    utf8proc_category_t c = cat(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

bool pr_cp_is_word(int32_t cp)
{
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    if (cp > 0x10FFFF) return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

bool pr_cp_is_dash(int32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
           cp == 0xFE63 || cp == 0xFF0D;
}

bool pr_cp_is_bullet(int32_t cp)
{
    return cp == 0x2022 || cp == 0x2043 || cp == 0x25AA || cp == 0x25E6 || cp == 0x2023 || cp == 0x25CF ||
           cp == 0x25A0 || cp == 0x25BA || cp == 0x2219;
}

bool pr_cp_is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018 || cp == 0x0060 || cp == 0x00B4;
}

int32_t pr_cp_lower(int32_t cp)
{
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp > 0x10FFFF) return cp;
    return utf8proc_tolower(cp);
}

bool pr_utf8_lower_put(pr_buf *b, const char *s, size_t n)
{
    /* room for the common case (same length) up front; longer forms grow on demand */
    if (!pr_buf_reserve(b, n)) return false;
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) { /* an ASCII run: same length, written in place */
            size_t room = b->cap - b->len - 1, m = n - i < room ? n - i : room;
            char *d = b->data + b->len;
            const char *src = s + i;
            size_t j = 0;
            for (; j < m; j++) {
                char x = src[j];
                if ((unsigned char)x >= 0x80) break;
                d[j] = (x >= 'A' && x <= 'Z') ? (char)(x + 32) : x;
            }
            d[j] = '\0';
            b->len += j;
            if (j == 0 && !pr_buf_reserve(b, n - i)) return false; /* grown by longer forms */
            i += j;
            continue;
        }
        int32_t cp = pr_utf8_next(s, n, &i);
        if (cp < 0) cp = 0xFFFD;
        if (cp == 0x2019 || cp == 0x02BC) cp = '\''; /* one apostrophe for matching */
        if (!pr_buf_put_cp(b, pr_cp_lower(cp))) return false;
    }
    return true;
}

char *pr_utf8_lower(const char *s, size_t n, size_t *outlen)
{
    pr_buf b;
    pr_buf_init(&b);
    if (!pr_utf8_lower_put(&b, s, n) || !pr_buf_put(&b, "", 0)) { pr_buf_free(&b); return NULL; }
    return pr_buf_detach(&b, outlen);
}
