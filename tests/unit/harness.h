/* harness.h — a tiny test harness: CHECK macros that count, and a summary on exit.
 * Each tests/unit/test_*.c is one binary; main() calls the cases, then returns TEST_END().
 * Output: failed checks as "file:line: message", then "name: N checks, M failed". */
#ifndef PRECIS_HARNESS_H
#define PRECIS_HARNESS_H
#include <stdio.h>
#include <string.h>

static int t_checks, t_failed;
#define CHECK(cond) do { t_checks++; if (!(cond)) { t_failed++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_MSG(cond, ...) do { t_checks++; if (!(cond)) { t_failed++; \
    fprintf(stderr, "%s:%d: ", __FILE__, __LINE__); fprintf(stderr, __VA_ARGS__); \
    fputc('\n', stderr); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); t_checks++; \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { t_failed++; \
    fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, \
            b_ ? b_ : "(null)", a_ ? a_ : "(null)"); } } while (0)
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); t_checks++; \
    if (a_ != b_) { t_failed++; fprintf(stderr, "%s:%d: %s: expected %lld, got %lld\n", \
    __FILE__, __LINE__, #a, b_, a_); } } while (0)
#define TEST_END() (printf("%s: %d checks, %d failed\n", __FILE__, t_checks, t_failed), t_failed ? 1 : 0)
#endif
