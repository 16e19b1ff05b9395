/* test_decode.c — raw bytes to clean UTF-8: encodings, repairs, binary detection, NFC. */
#include "harness.h"
#include "internal.h"
#include <stdlib.h>

static void dec(const char *in, size_t n, precis_status want, const char *text, size_t repaired,
                const char *enc, int line)
{
    pr_decoded d;
    const char *why;
    precis_status st = pr_decode_text(in, n, &d, &why);
    CHECK_MSG(st == want, "line %d: status %d, want %d", line, st, want);
    if (st == PRECIS_OK) {
        CHECK_MSG(text == NULL || strcmp(d.text, text) == 0, "line %d: got \"%s\" want \"%s\"", line, d.text, text);
        CHECK_MSG(d.repaired == repaired, "line %d: repaired %zu want %zu", line, d.repaired, repaired);
        CHECK_MSG(!enc || strcmp(d.encoding, enc) == 0, "line %d: encoding %s want %s", line, d.encoding, enc);
        pr_free(d.text);
    } else {
        CHECK(why != NULL);
    }
}
#define DEC(in, want, text, rep, enc) dec(in, sizeof(in) - 1, want, text, rep, enc, __LINE__)

int main(void)
{
    DEC("Bonjour", PRECIS_OK, "Bonjour", 0, "utf-8");
    DEC("\xEF\xBB\xBFL\xE2\x80\x99\xC3\xA9t\xC3\xA9", PRECIS_OK, "L\xE2\x80\x99\xC3\xA9t\xC3\xA9", 0, "utf-8"); /* BOM skipped, ’ kept */
    DEC("a\r\nb\rc\n", PRECIS_OK, "a\nb\nc\n", 0, "utf-8");
    /* invalid bytes in mostly valid UTF-8: repaired and counted */
    DEC("caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 x\xFFy",
        PRECIS_OK, "caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 x\xEF\xBF\xBDy", 1, "utf-8");
    /* Windows-1252 / Latin-1: converted */
    DEC("L'\xE9t\xE9 \x93" "chaud\x94 \x80", PRECIS_OK, "L'\xC3\xA9t\xC3\xA9 \xE2\x80\x9C" "chaud\xE2\x80\x9D \xE2\x82\xAC", 0, "windows-1252");
    /* NFD input becomes NFC: e + combining acute -> é */
    DEC("e\xCC\x81t\xC3\xA9", PRECIS_OK, "\xC3\xA9t\xC3\xA9", 0, "utf-8");
    /* French typography kept: NBSP before ; and narrow NBSP in guillemets */
    DEC("\xC2\xAB\xE2\x80\xAFoui\xE2\x80\xAF\xC2\xBB\xC2\xA0;", PRECIS_OK, "\xC2\xAB\xE2\x80\xAFoui\xE2\x80\xAF\xC2\xBB\xC2\xA0;", 0, "utf-8");
    /* invisible characters that split words in scraped text go: soft hyphen, zero-width space,
     * word joiner, a BOM inside the text; joiners that shape scripts (ZWJ, ZWNJ) stay */
    DEC("the\xE2\x80\x8Bir infor\xC2\xADmation\xEF\xBB\xBF, a\xE2\x81\xA0" "b", PRECIS_OK, "their information, ab", 0, "utf-8");
    DEC("\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE", PRECIS_OK, "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE", 0, "utf-8");
    DEC("L'\xE9t\xE9 \xAD", PRECIS_OK, "L'\xC3\xA9t\xC3\xA9 ", 0, "windows-1252");
    /* a stray NUL in text becomes U+FFFD and is counted */
    DEC("this is a line of ordinary text with one\0 NUL byte in the middle of it, and more text after it",
        PRECIS_OK, NULL, 1, "utf-8");
    /* binary data is rejected */
    {
        char bin[4096];
        for (size_t i = 0; i < sizeof bin; i++) bin[i] = (char)((i * 7919u) % 251u);
        pr_decoded d;
        const char *why;
        CHECK_INT(pr_decode_text(bin, sizeof bin, &d, &why), PRECIS_ERR_BINARY);
        CHECK_STR(why, "binary data, not text");
    }
    /* UTF-16LE with BOM and without */
    DEC("\xFF\xFEH\0i\0 \0\xE9\0", PRECIS_OK, "Hi \xC3\xA9", 0, "utf-16le");
    DEC("H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", PRECIS_OK, "Hello world", 0, "utf-16le");
    DEC("\xFE\xFF\0H\0i", PRECIS_OK, "Hi", 0, "utf-16be");
    /* truncated UTF-8 sequence at the end */
    DEC("Le pr\xC3\xA9sident a dit \xC3", PRECIS_OK, "Le pr\xC3\xA9sident a dit \xEF\xBF\xBD", 1, "utf-8");
    /* overlong and surrogate encodings are invalid */
    DEC("ok \xC3\xA9 \xC3\xA9 \xC3\xA9 \xC3\xA9 \xC3\xA9 \xC3\xA9 \xC3\xA9 \xC3\xA9 \xC0\xAF", PRECIS_OK, NULL, 2, "utf-8");
    /* C1 controls in UTF-8 text are Windows-1252 bytes decoded as Latin-1 upstream: the
     * character they were (em dash, right quote, ellipsis), each counted as repaired; an
     * undefined position (0x81) and DEL stay U+FFFD */
    DEC("livid\xC2\x97they won\xC2\x92t\xC2\x85", PRECIS_OK, "livid\xE2\x80\x94they won\xE2\x80\x99t\xE2\x80\xA6", 3, "utf-8");
    DEC("a\xC2\x81" "b\x7F" "c", PRECIS_OK, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c", 2, "utf-8");
    DEC("", PRECIS_OK, "", 0, NULL);
    return TEST_END();
}
