/*
 * gen_morphdict.c — cuts Debian's French Hunspell dictionary (hunspell-fr, Grammalecte's, with
 * morphological fields) down to the entries precis reads, so that a context loads it in about a
 * fifth of the time (docs/benchmarks.md, session 21).
 *
 * precis asks the dictionary one thing of a word (ctx.c pr_ctx_morph): can it be a conjugated
 * verb, a noun, a determiner or a preposition, a pronoun before a verb, a subject or relative
 * pronoun, a grammatical word (po:ipre ... po:simp, po:nom, po:det, po:prep, po:preverb,
 * po:propersuj, po:prorel, po:mg). The noun reading is read only of a word that can be a
 * conjugated verb ("le président", "la rencontre"), and adjectives, adverbs and proper names
 * give none of these readings. So the cut dictionary keeps the verbs, the determiners,
 * prepositions, pronouns and grammatical words, and the nouns one of whose forms is also a
 * conjugated verb; every word gets the same readings from it as from the whole one.
 *
 * Usage, in two steps around hunspell-tools' unmunch (which writes every form of a dictionary):
 *   gen_morphdict nouns FULL.dic > NOUNS.dic         the noun entries, as a dictionary
 *   unmunch NOUNS.dic FULL.aff > FORMS                every form of them
 *   gen_morphdict cut FULL.aff FULL.dic FORMS > OUT.dic
 * The affix file is used as it is. A build tool, not part of the library.
 */
#include <hunspell/hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const finite_tags[] = {"po:ipre", "po:iimp", "po:ipsi", "po:ifut", "po:cond", "po:spre", "po:simp"};
static const char *const kept_tags[] = {"po:v0", "po:v1", "po:v2", "po:v3", "po:mg",      "po:det",
                                        "po:prep", "po:preverb", "po:propersuj", "po:prorel"};

static int has_any(const char *s, const char *const *tags, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(s, tags[i])) return 1;
    return 0;
}

/* The entry's word: the line up to its flags ("/") or its fields (a space or a tab). */
static size_t stem_len(const char *line)
{
    return strcspn(line, "/ \t\r\n");
}

/* A set of strings: an open-addressing table, grown by doubling. */
typedef struct { char **slot; size_t cap, n; } strset;

static unsigned long hash(const char *s, size_t n)
{
    unsigned long h = 5381;
    for (size_t i = 0; i < n; i++) h = h * 33 + (unsigned char)s[i];
    return h;
}

static int set_has(const strset *S, const char *s, size_t n)
{
    if (!S->cap) return 0;
    for (size_t i = hash(s, n) & (S->cap - 1);; i = (i + 1) & (S->cap - 1)) {
        if (!S->slot[i]) return 0;
        if (strlen(S->slot[i]) == n && !memcmp(S->slot[i], s, n)) return 1;
    }
}

static int set_add(strset *S, const char *s, size_t n)
{
    if (set_has(S, s, n)) return 0;
    if (2 * (S->n + 1) > S->cap) {
        strset G = {calloc(S->cap ? 2 * S->cap : 1024, sizeof(char *)), S->cap ? 2 * S->cap : 1024, 0};
        if (!G.slot) return -1;
        for (size_t i = 0; i < S->cap; i++)
            if (S->slot[i]) {
                size_t j = hash(S->slot[i], strlen(S->slot[i])) & (G.cap - 1);
                while (G.slot[j]) j = (j + 1) & (G.cap - 1);
                G.slot[j] = S->slot[i];
                G.n++;
            }
        free(S->slot);
        *S = G;
    }
    size_t i = hash(s, n) & (S->cap - 1);
    while (S->slot[i]) i = (i + 1) & (S->cap - 1);
    if (!(S->slot[i] = strndup(s, n))) return -1;
    S->n++;
    return 0;
}

static int nouns(const char *dic)
{
    FILE *f = fopen(dic, "r");
    if (!f) { perror(dic); return 1; }
    char *line = NULL;
    size_t cap = 0, n = 0;
    /* unmunch wants the count first: count, then write */
    if (getline(&line, &cap, f) < 0) { fprintf(stderr, "%s: empty\n", dic); return 1; }
    while (getline(&line, &cap, f) > 0) n += strstr(line, "po:nom") != NULL;
    rewind(f);
    if (getline(&line, &cap, f) < 0) return 1;
    printf("%zu\n", n);
    while (getline(&line, &cap, f) > 0)
        if (strstr(line, "po:nom")) fputs(line, stdout);
    free(line);
    fclose(f);
    return 0;
}

static int cut(const char *aff, const char *dic, const char *forms)
{
    Hunhandle *h = Hunspell_create(aff, dic);
    FILE *ff = fopen(forms, "r"), *fd = fopen(dic, "r");
    if (!h || !ff || !fd) { fprintf(stderr, "gen_morphdict: cannot read %s, %s or %s\n", aff, dic, forms); return 1; }
    /* the nouns whose forms are also conjugated verbs, named by their entry (st:) */
    strset keep = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t r;
    size_t nforms = 0;
    while ((r = getline(&line, &cap, ff)) > 0) {
        line[strcspn(line, "/\r\n")] = 0;
        /* a form with an elided article ("l'…", "d’…") reads as the form without it */
        if (!line[0] || strchr(line, '\'') || strstr(line, "\xe2\x80\x99")) continue;
        nforms++;
        char **list = NULL;
        int k = Hunspell_analyze(h, &list, line), finite = 0;
        for (int i = 0; i < k; i++) finite |= has_any(list[i], finite_tags, sizeof finite_tags / sizeof *finite_tags);
        for (int i = 0; finite && i < k; i++) {
            const char *st = strstr(list[i], "st:");
            if (st && strstr(list[i], "po:nom") && set_add(&keep, st + 3, strcspn(st + 3, " \t")) < 0) return 1;
        }
        if (list) Hunspell_free_list(h, &list, k);
    }
    /* the kept entries, counted first as a .dic starts */
    char **out = NULL;
    size_t n = 0, ocap = 0, all = 0;
    if (getline(&line, &cap, fd) < 0) return 1;
    while (getline(&line, &cap, fd) > 0) {
        all++;
        if (!has_any(line, kept_tags, sizeof kept_tags / sizeof *kept_tags) &&
            !(strstr(line, "po:nom") && set_has(&keep, line, stem_len(line))))
            continue;
        if (n == ocap) {
            ocap = ocap ? 2 * ocap : 4096;
            char **g = realloc(out, ocap * sizeof *out);
            if (!g) return 1;
            out = g;
        }
        if (!(out[n++] = strdup(line))) return 1;
    }
    printf("%zu\n", n);
    for (size_t i = 0; i < n; i++) fputs(out[i], stdout);
    fprintf(stderr, "gen_morphdict: %zu of %zu entries kept (%zu nouns spelled like verb forms, from %zu forms)\n", n,
            all, keep.n, nforms);
    for (size_t i = 0; i < n; i++) free(out[i]);
    for (size_t i = 0; i < keep.cap; i++) free(keep.slot[i]);
    free(keep.slot);
    free(out);
    free(line);
    fclose(ff);
    fclose(fd);
    Hunspell_destroy(h);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "nouns")) return nouns(argv[2]);
    if (argc == 5 && !strcmp(argv[1], "cut")) return cut(argv[2], argv[3], argv[4]);
    fprintf(stderr, "usage: gen_morphdict nouns FULL.dic > NOUNS.dic\n"
                    "       gen_morphdict cut FULL.aff FULL.dic FORMS > OUT.dic\n");
    return 2;
}
