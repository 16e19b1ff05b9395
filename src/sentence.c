/* sentence.c — PLACEHOLDER splitter (newlines and ". X"); being replaced by the real one. */
#include "internal.h"

static bool push(pr_span **out, size_t *n, size_t *cap, size_t s, size_t e, const char *t)
{
    while (s < e && (t[s] == ' ' || t[s] == '\t')) s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
    if (e <= s) return true;
    if (!pr_grow((void **)out, cap, *n + 1, sizeof **out)) return false;
    (*out)[*n].start = (uint32_t)s;
    (*out)[*n].end = (uint32_t)e;
    (*n)++;
    return true;
}

bool pr_split_sentences(const char *lang, const char *text, size_t len, pr_span **out, size_t *n,
                        size_t *cap)
{
    (void)lang;
    size_t s = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            if (!push(out, n, cap, s, i, text)) return false;
            s = i + 1;
        } else if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 2 < len &&
                   text[i + 1] == ' ' && text[i + 2] >= 'A' && text[i + 2] <= 'Z') {
            if (!push(out, n, cap, s, i + 1, text)) return false;
            s = i + 1;
        }
    }
    return push(out, n, cap, s, len, text);
}
