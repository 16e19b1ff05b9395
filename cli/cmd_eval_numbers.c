/* cmd_eval_numbers.c — `precis eval numbers [--verbose] [--check] [DIR]`: number parsing
 * against the Microsoft Recognizers-Text specs (French and English Number and NumberWithUnit
 * models), cases not marked NotSupported for dotnet. What counts as correct is defined in
 * docs/facts.md ("Measuring the number parser"); in short:
 *   NumberModel   the numbers found (cardinals, fractions, the number of a percent) are exactly
 *                 the expected ones: same count, same character spans, same values;
 *   OrdinalModel  the same with ordinals;
 *   PercentModel  the same with percents (span includes the sign or word);
 *   NumberWithUnit every expected quantity's value is found as a number inside its span (units
 *                 are not compared; cases expecting nothing are not scored).
 * Target: >= 95 % per file. */
#include "commands.h"
#include <precis.h>
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <dirent.h>

enum model { M_NUMBER, M_ORDINAL, M_PERCENT, M_UNIT };

static const struct { const char *rel; const char *lang; enum model m; } files[] = {
    {"Number/English/NumberModel.json", "en", M_NUMBER},
    {"Number/English/OrdinalModel.json", "en", M_ORDINAL},
    {"Number/English/PercentModel.json", "en", M_PERCENT},
    {"Number/French/NumberModel.json", "fr", M_NUMBER},
    {"Number/French/OrdinalModel.json", "fr", M_ORDINAL},
    {"Number/French/PercentModel.json", "fr", M_PERCENT},
    {"NumberWithUnit/English/AgeModel.json", "en", M_UNIT},
    {"NumberWithUnit/English/CurrencyModel.json", "en", M_UNIT},
    {"NumberWithUnit/English/DimensionModel.json", "en", M_UNIT},
    {"NumberWithUnit/English/TemperatureModel.json", "en", M_UNIT},
    {"NumberWithUnit/French/AgeModel.json", "fr", M_UNIT},
    {"NumberWithUnit/French/CurrencyModel.json", "fr", M_UNIT},
    {"NumberWithUnit/French/DimensionModel.json", "fr", M_UNIT},
    {"NumberWithUnit/French/TemperatureModel.json", "fr", M_UNIT},
};

/* Byte offset of the code point with index cp in s. */
static size_t byte_of(const char *s, size_t n, long cp)
{
    size_t i = 0;
    for (long k = 0; k < cp && i < n; k++) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

static bool skipped(json_t *c)
{
    const char *keys[] = {"NotSupported", "NotSupportedByDesign"};
    for (int k = 0; k < 2; k++) {
        const char *v = json_string_value(json_object_get(c, keys[k]));
        if (v) {
            for (const char *p = v; *p; p++)
                if (!strncasecmp(p, "dotnet", 6)) return true;
        }
    }
    return false;
}

/* The expected value as a double (NaN for null/unparseable): "0,2" -> 0.2, "100%" -> 100. */
static double parse_value(json_t *v)
{
    const char *s = json_string_value(v);
    if (!s || !strcmp(s, "null")) return NAN;
    char buf[128];
    size_t n = 0;
    for (; *s && n + 1 < sizeof buf; s++) {
        if (*s == ',') buf[n++] = '.';
        else if (*s != '%') buf[n++] = *s;
    }
    buf[n] = 0;
    char *end;
    double d = strtod(buf, &end);
    return end == buf ? NAN : d;
}

static bool same_value(double a, double b)
{
    if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
    double d = fabs(a - b), m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return d <= 1e-9 || d <= 1e-9 * m;
}

typedef struct item { size_t s, e; double v; int rel; /* 0, 1 from end, 2 from current */ } item;

static int run_file(const char *dir, int fi, bool verbose, double *acc_out, long *scored_out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, files[fi].rel);
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root || !json_is_array(root)) {
        fprintf(stderr, "precis: %s: %s\n", path, root ? "not a JSON array" : jerr.text);
        json_decref(root);
        return -1;
    }
    long scored = 0, correct = 0, unscored = 0;
    size_t idx;
    json_t *c;
    precis_number nums[256];
    json_array_foreach(root, idx, c) {
        if (skipped(c)) continue;
        const char *in = json_string_value(json_object_get(c, "Input"));
        json_t *results = json_object_get(c, "Results");
        if (!in || !json_is_array(results)) continue;
        size_t n = strlen(in), found = 0;
        unsigned mode = files[fi].m == M_ORDINAL ? PRECIS_NUMBERS_ORDINALS : 0;
        if (precis_numbers_find(files[fi].lang, in, n, mode, nums, 256, &found) != PRECIS_OK) {
            json_decref(root);
            return -1;
        }
        if (found > 256) found = 256;
        item exp[64], got[256];
        size_t ne = 0, ng = 0;
        size_t ri;
        json_t *r;
        json_array_foreach(results, ri, r) {
            if (ne == 64) break;
            json_t *st = json_object_get(r, "Start"), *en = json_object_get(r, "End");
            json_t *res = json_object_get(r, "Resolution");
            if (!json_is_integer(st) || !json_is_integer(en)) continue;
            exp[ne].s = byte_of(in, n, (long)json_integer_value(st));
            exp[ne].e = byte_of(in, n, (long)json_integer_value(en) + 1);
            exp[ne].v = parse_value(json_object_get(res, "value"));
            exp[ne].rel = 0;
            const char *rt = json_string_value(json_object_get(res, "relativeTo"));
            if (rt && strcmp(rt, "start") != 0) {
                exp[ne].rel = !strcmp(rt, "end") ? 1 : 2;
                exp[ne].v = parse_value(json_object_get(res, "offset"));
            }
            ne++;
        }
        for (size_t k = 0; k < found; k++) {
            const precis_number *p = &nums[k];
            item it = {p->start, p->end, p->value,
                       (p->flags & PRECIS_NUMBER_FROM_END) ? 1 : (p->flags & PRECIS_NUMBER_FROM_CURRENT) ? 2 : 0};
            switch (files[fi].m) {
            case M_NUMBER:
                if (p->flags & (PRECIS_NUMBER_GLUED | PRECIS_NUMBER_VAGUE | PRECIS_NUMBER_NOVALUE)) continue;
                it.e = p->num_end;
                break;
            case M_PERCENT:
                if (p->kind != PRECIS_NUMBER_PERCENT) continue;
                break;
            default:
                break;
            }
            got[ng++] = it;
        }
        bool ok = true;
        if (files[fi].m == M_UNIT) {
            size_t valued = 0;
            for (size_t a = 0; a < ne; a++) {
                if (isnan(exp[a].v)) continue;
                valued++;
                bool hit = false;
                for (size_t b = 0; b < ng && !hit; b++)
                    hit = got[b].s >= exp[a].s && got[b].e <= exp[a].e && same_value(got[b].v, exp[a].v);
                if (!hit) ok = false;
            }
            if (!valued) { unscored++; continue; }
        } else {
            if (ne != ng) ok = false;
            for (size_t a = 0; ok && a < ne; a++)
                ok = exp[a].s == got[a].s && exp[a].e == got[a].e && exp[a].rel == got[a].rel &&
                     same_value(exp[a].v, got[a].v);
        }
        scored++;
        if (ok) correct++;
        else if (verbose) {
            printf("  MISS %s: \"%s\"\n    expected:", files[fi].rel, in);
            for (size_t a = 0; a < ne; a++)
                printf(" [%.*s]=%g", (int)(exp[a].e - exp[a].s), in + exp[a].s, exp[a].v);
            printf("\n    got:     ");
            for (size_t b = 0; b < ng; b++)
                printf(" [%.*s]=%g", (int)(got[b].e - got[b].s), in + got[b].s, got[b].v);
            printf("\n");
        }
    }
    json_decref(root);
    double acc = scored ? 100.0 * (double)correct / (double)scored : 100.0;
    printf("%-46s %5ld cases %5ld correct %6.1f %%", files[fi].rel, scored, correct, acc);
    if (unscored) printf("  (%ld expecting no quantity not scored)", unscored);
    printf("\n");
    *acc_out = acc;
    *scored_out = scored;
    return 0;
}

int cmd_eval_numbers(int argc, char **argv)
{
    const char *dir = "../shared/data/numbers/recognizers-text/Specs";
    bool verbose = false, check = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "--verbose")) verbose = true;
        else if (!strcmp(argv[i], "--check")) check = true;
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: precis eval numbers [--verbose] [--check] [SPECS_DIR]\n"
                   "Number parsing vs Recognizers-Text specs (default %s).\n"
                   "--check exits with 4 when a file is below 95 %%.\n", dir);
            return EXIT_OK;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "precis: eval numbers: unknown option '%s'\n", argv[i]);
            return EXIT_USAGE;
        } else dir = argv[i];
    }
    DIR *d = opendir(dir);
    if (!d) {
        printf("eval numbers: %s not found, skipped\n", dir);
        return EXIT_OK;
    }
    closedir(d);
    bool below = false;
    long total = 0;
    double wsum = 0;
    for (int i = 0; i < (int)(sizeof files / sizeof files[0]); i++) {
        double acc;
        long n;
        if (run_file(dir, i, verbose, &acc, &n) != 0) return EXIT_BADINPUT;
        if (n && acc < 95.0) below = true;
        total += n;
        wsum += acc * (double)n;
    }
    printf("%-46s %5ld cases %13s %6.1f %%\n", "all (micro-average)", total, "", total ? wsum / (double)total : 0);
    return check && below ? EXIT_TARGET : EXIT_OK;
}
