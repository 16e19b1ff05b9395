/* test_rising.c — a toll that grows between dated reports is "rising", not "disagree";
 * the same values with the dates reversed, or undated, disagree; a figure carries the time
 * its sentence gives next to it. */
#include "harness.h"
#include <jansson.h>
#include <precis.h>
#include <stdio.h>
#include <stdlib.h>

static const char *page(char *buf, size_t cap, const char *date, int dead)
{
    snprintf(buf, cap,
             "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Floods</title>%s%s%s</head>"
             "<body><article><h1>Floods in the valley</h1>"
             "<p>The floods that hit the valley on Monday have left %d dead, the regional "
             "authorities said on Tuesday, as rescue teams kept searching the villages along the river.</p>"
             "<p>Many residents were moved to shelters in the towns upstream, where the water "
             "was still rising in the evening and the roads to the coast remained closed to traffic.</p>"
             "</article></body></html>",
             date ? "<meta property=\"article:published_time\" content=\"" : "", date ? date : "",
             date ? "\">" : "", dead);
    return buf;
}

static char when0[64];

static const char *status_of(const char *d1, int v1, const char *d2, int v2)
{
    static char status[32];
    precis_ctx *ctx;
    precis_ctx_new(NULL, &ctx);
    precis_story *st;
    precis_story_new(ctx, &st);
    char buf[2048];
    precis_doc *a = NULL, *b = NULL;
    page(buf, sizeof buf, d1, v1);
    CHECK_MSG(precis_doc_new(ctx, "a", NULL, buf, strlen(buf), &a) == PRECIS_OK, "%s", precis_ctx_errmsg(ctx));
    page(buf, sizeof buf, d2, v2);
    CHECK_MSG(precis_doc_new(ctx, "b", NULL, buf, strlen(buf), &b) == PRECIS_OK, "%s", precis_ctx_errmsg(ctx));
    if (a) precis_story_add(st, a);
    if (b) precis_story_add(st, b);
    precis_facts *f = NULL;
    char *js = NULL;
    size_t len;
    status[0] = 0;
    if (precis_story_facts(st, &f) == PRECIS_OK && precis_facts_render(f, PRECIS_FORMAT_JSON, &js, &len) == PRECIS_OK) {
        json_t *root = json_loadb(js, len, 0, NULL);
        json_t *figs = json_object_get(root, "figures");
        for (size_t i = 0; i < json_array_size(figs); i++) {
            json_t *r = json_array_get(figs, i);
            if (json_array_size(json_object_get(r, "values")) == 2) {
                snprintf(status, sizeof status, "%s", json_string_value(json_object_get(r, "status")));
                const char *w = json_string_value(json_object_get(json_array_get(json_object_get(r, "values"), 0), "when"));
                snprintf(when0, sizeof when0, "%s", w ? w : "");
                break;
            }
        }
        json_decref(root);
    }
    precis_free(js);
    precis_facts_free(f);
    precis_story_free(st);
    precis_ctx_free(ctx);
    return status;
}

int main(void)
{
    CHECK_STR(status_of("2023-09-19T08:00:00Z", 10, "2023-09-19T18:00:00Z", 15), "rising");
    CHECK_STR(when0, "Monday"); /* "… hit the valley on Monday have left 10 dead" */
    CHECK_STR(status_of("2023-09-19T18:00:00Z", 10, "2023-09-19T08:00:00Z", 15), "disagree");
    CHECK_STR(status_of(NULL, 10, NULL, 15), "disagree");
    CHECK_STR(status_of("2023-09-19", 10, "2023-09-19", 15), "disagree");
    return TEST_END();
}
