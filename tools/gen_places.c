/*
 * gen_places.c — writes the gazetteer of countries and their main subdivisions, in English and
 * in French, from Debian's iso-codes package (ISO 3166-1 and 3166-2 as JSON, the French names
 * from its gettext catalogue).
 * Usage: gen_places ISO_JSON_DIR FR_MO_FILE OUT_DIR
 *        (writes OUT_DIR/places/{en,fr}.txt, and OUT_DIR/countries/{en,fr}.txt: the countries alone)
 *
 * One name per line, lower-cased (ASCII and Latin-1 capitals: "États-Unis" -> "états-unis"; the
 * entity code looks names up lower-cased). Countries give their name, short
 * name and official name ("Korea, Republic of" gives "korea" too: the part before a comma);
 * subdivisions of the kinds that name regions people write about (states, provinces, regions,
 * departments, ...) give their name. The French file holds the catalogue's translations of the
 * country names plus every subdivision name (ISO 3166-2 names are in the local language, so French
 * regions are already French). A missing catalogue leaves the French file with the subdivisions
 * only and says so on stderr: the build goes on (the table is a hint, not a requirement). A build
 * tool, not part of the library.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_name(FILE *o, const char *s)
{
    char buf[1024];
    size_t n = 0;
    const char *comma = strchr(s, ',');
    size_t len = comma ? (size_t)(comma - s) : strlen(s);
    if (len == 0 || len >= sizeof buf) return;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '#') return;
        unsigned char u = (unsigned char)c, v = i + 1 < len ? (unsigned char)s[i + 1] : 0;
        if (u == 0xC3 && v >= 0x80 && v <= 0x9E && v != 0x97) { /* À..Þ (not ×) -> à..þ */
            buf[n++] = (char)u;
            buf[n++] = (char)(v + 0x20);
            i++;
            continue;
        }
        buf[n++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    while (n && buf[n - 1] == ' ') n--;
    if (!n) return;
    fprintf(o, "%.*s\n", (int)n, buf);
}

/* The subdivision kinds kept: regions people name in the news, not districts or parishes. */
static int kept_kind(const char *t)
{
    static const char *const kinds[] = {
        "State", "Province", "Region", "Department", "Metropolitan department", "Metropolitan region",
        "Autonomous region", "Autonomous republic", "Autonomous community", "Autonomous province",
        "Prefecture", "Country", "Emirate", "Governorate", "Federal district", "Federal territory",
        "Canton", "Land", "Republic", "Territory", "Oblast", "Autonomous city", "Capital district",
        "Capital territory", "Overseas region", "Metropolitan collectivity with special status",
        NULL};
    for (size_t i = 0; kinds[i]; i++)
        if (!strcmp(t, kinds[i])) return 1;
    return 0;
}

/* A gettext catalogue (.mo): msgid -> msgstr, read whole. */
typedef struct mo { unsigned char *data; size_t size; uint32_t n, orig, trans; int swap; } mo;

static uint32_t rd32(const mo *m, size_t off)
{
    if (off + 4 > m->size) return 0;
    const unsigned char *p = m->data + off;
    return m->swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                   : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static int mo_open(mo *m, const char *path)
{
    memset(m, 0, sizeof *m);
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    size_t cap = 1 << 16;
    m->data = malloc(cap);
    size_t r;
    while (m->data && (r = fread(m->data + m->size, 1, cap - m->size, f)) > 0) {
        m->size += r;
        if (m->size == cap) { cap *= 2; m->data = realloc(m->data, cap); }
    }
    fclose(f);
    if (!m->data || m->size < 28) return 0;
    uint32_t magic = (uint32_t)m->data[0] | (uint32_t)m->data[1] << 8 | (uint32_t)m->data[2] << 16 | (uint32_t)m->data[3] << 24;
    if (magic == 0x950412deu) m->swap = 0;
    else if (magic == 0xde120495u) m->swap = 1;
    else return 0;
    m->n = rd32(m, 8);
    m->orig = rd32(m, 12);
    m->trans = rd32(m, 16);
    return 1;
}

/* The translation of `id`, or NULL (linear: a few hundred lookups of a few hundred entries). */
static const char *mo_get(const mo *m, const char *id)
{
    for (uint32_t i = 0; i < m->n; i++) {
        uint32_t l = rd32(m, m->orig + 8 * i), o = rd32(m, m->orig + 8 * i + 4);
        if ((size_t)o + l >= m->size || strlen(id) != l || memcmp(m->data + o, id, l)) continue;
        uint32_t tl = rd32(m, m->trans + 8 * i), to = rd32(m, m->trans + 8 * i + 4);
        if ((size_t)to + tl >= m->size || !tl) return NULL;
        return (const char *)m->data + to;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 4) { fprintf(stderr, "usage: gen_places ISO_JSON_DIR FR_MO_FILE OUT_DIR\n"); return 2; }
    char path[1024];
    json_error_t err;
    snprintf(path, sizeof path, "%s/iso_3166-1.json", argv[1]);
    json_t *c1 = json_load_file(path, 0, &err);
    snprintf(path, sizeof path, "%s/iso_3166-2.json", argv[1]);
    json_t *c2 = json_load_file(path, 0, &err);
    if (!c1 || !c2) {
        fprintf(stderr, "gen_places: cannot read %s/iso_3166-{1,2}.json (install iso-codes: make deps)\n", argv[1]);
        return 1;
    }
    mo fr;
    int have_fr = mo_open(&fr, argv[2]);
    if (!have_fr) fprintf(stderr, "gen_places: no French catalogue at %s: French country names left out\n", argv[2]);
    FILE *out[4]; /* places en, fr; countries en, fr */
    static const char *const files[4] = {"places/en", "places/fr", "countries/en", "countries/fr"};
    for (size_t f = 0; f < 4; f++) {
        snprintf(path, sizeof path, "%s/%s.txt", argv[3], files[f]);
        if (!(out[f] = fopen(path, "w"))) { perror(path); return 1; }
        fprintf(out[f], "# Generated by tools/gen_places.c from iso-codes - do not edit.\n");
    }
    FILE *en = out[0], *fo = out[1];
    static const char *const fields[] = {"name", "common_name", "official_name"};
    size_t i;
    json_t *it;
    json_array_foreach(json_object_get(c1, "3166-1"), i, it) {
        for (size_t k = 0; k < 3; k++) {
            const char *s = json_string_value(json_object_get(it, fields[k]));
            if (!s) continue;
            put_name(en, s);
            put_name(out[2], s);
            const char *t = have_fr ? mo_get(&fr, s) : NULL;
            if (t) { put_name(fo, t); put_name(out[3], t); }
        }
    }
    json_array_foreach(json_object_get(c2, "3166-2"), i, it) {
        const char *s = json_string_value(json_object_get(it, "name"));
        const char *t = json_string_value(json_object_get(it, "type"));
        if (!s || !t || !kept_kind(t)) continue;
        put_name(en, s);
        put_name(fo, s);
    }
    json_decref(c1);
    json_decref(c2);
    free(fr.data);
    int bad = 0;
    for (size_t f = 0; f < 4; f++) bad |= fclose(out[f]) != 0;
    if (bad) { perror("gen_places"); return 1; }
    return 0;
}
