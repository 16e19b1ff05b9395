/*
 * facts.h — figures, entities and quotes of a story, and where the sources disagree.
 * Internal to libprecis; the public entry points are precis_story_facts() & co in precis.h.
 *
 * Ownership: a pr_facts owns everything in it; spans index the cleaned text of the story's
 * documents, so the story must outlive the facts.
 */
#ifndef PRECIS_FACTS_H
#define PRECIS_FACTS_H

#include "internal.h"
#include <jansson.h>

/* Caps: beyond them a story's extra items are dropped (never an error). */
#define PR_FACTS_MAX_FIGS     4096
#define PR_FACTS_MAX_ENTITIES 2048
#define PR_FACTS_MAX_QUOTES   1024
/* Text, Markdown and HTML list the first of them (ranked: most sources first); JSON lists all. */
#define PR_FACTS_SHOW_ENTITIES 12
#define PR_FACTS_SHOW_QUOTES   10
/* Text lists the figures two sources give or more, and single-source counts; not a single
 * source's amounts and durations ("70 000 euros", "15 ans": without their sentence they say
 * nothing). At most this many rows. */
#define PR_FACTS_SHOW_FIGURES  12
#define PR_FACTS_MAX_QUOTE_BYTES 4000 /* a quote longer than this is not a quote */

/* RISING: the values differ, but every source is dated and the counts only grow with time (a
 * toll being updated, not sources contradicting each other). */
typedef enum pr_fig_status { PR_FIG_AGREE = 0, PR_FIG_COMPATIBLE, PR_FIG_DISAGREE, PR_FIG_RISING } pr_fig_status;

typedef struct pr_fig {          /* one figure as one document reports it */
    size_t doc;                  /* index in the story */
    uint32_t sent;               /* sentence index in the document */
    uint32_t start, end;         /* span: qualifier, number and counted word */
    double value;
    const char *qual;            /* canonical qualifier ("at least", ...; "" = none), static */
    char what[64];               /* canonical thing counted: "dead", "dead (civilians)" */
    int parent;                  /* figure this one is a part of ("dont deux civils"), or -1 */
    unsigned nflags;             /* PRECIS_NUMBER_* of the number */
    bool measure;                /* counts a unit of time or length (data/quantities kind m) */
    bool money;                  /* an amount of a currency (data/quantities kind c) */
    bool background;             /* told in a relative clause (data/relative: "the attack that
                                  * killed 86 people"): not the story's own toll */
    bool past;                   /* dated by a year ("en 2020", "in 2012") before its document's
                                  * year less one, or any year when the document is undated
                                  * (dated_past()): background, not the event's own figure */
    uint32_t name_start, name_end; /* an age ("Alberto Contador, 26 ans,"): the person's name
                                    * in the text, until pr_facts_extract names the row "age
                                    * (Alberto Contador)"; empty otherwise */
    uint32_t when_start, when_end; /* the date or time the sentence gives for it ("mardi
                                    * matin", "19 septembre"), empty when none */
} pr_fig;

typedef struct pr_fval {         /* one value of a row, with every document giving it */
    double value;
    const char *qual;
    unsigned nflags;
    size_t fig;                  /* first figure giving it (its sentence is the "text") */
    size_t *docs; size_t ndocs, capdocs;
} pr_fval;

typedef struct pr_frow {         /* one quantity across sources */
    char what[64];
    pr_fval *vals; size_t nvals, capvals;
    size_t nsrc;                 /* distinct documents */
    size_t first;                /* first figure, for ordering */
    bool measure;                /* its first figure's: ranked after counts */
    bool money;                  /* its first figure's: ranked after counts, before measures */
    bool toll;                   /* a toll (story_wide): ranked first among as many sources */
    bool past;                   /* every figure of it past: ranked after the others */
    pr_fig_status status;
} pr_frow;

/* PR_ENT_OTHER: a name nothing types (a programme, an event, a capitalized common word): kept in
 * the JSON, left out of the text lists. */
typedef enum pr_ent_type { PR_ENT_PLACE = 0, PR_ENT_PERSON, PR_ENT_ORG, PR_ENT_OTHER } pr_ent_type;

#define PR_ENT_MAX_VARIANTS 8
typedef struct pr_ent {
    char name[96];               /* the fullest spelling seen */
    char key[96];                /* skeleton of the last word, for variant merging */
    char full[96];               /* skeleton of the whole name without place prefixes */
    char variants[PR_ENT_MAX_VARIANTS][96];
    size_t nvar;
    int ntok;                    /* words in the name */
    pr_ent_type type;
    char role[96];               /* "Premier ministre arménien", or "" */
    size_t mentions;
    size_t mid;                  /* mentions not opening a sentence */
    unsigned midmask;            /* spellings seen not opening a sentence: bit 0 the name, bit
                                  * v + 1 variants[v] */
    size_t loc;                  /* mentions right after a preposition of place ("in", "à") */
    size_t says;                 /* mentions right before a verb of saying ("Rice said"), not
                                  * right after a preposition of place ("a company in South
                                  * Salt Lake say": the subject is the company) */
    size_t thing;                /* mentions followed by ", which" or by a verb of saying and
                                  * "its" (data/attrib kind N): a body's or a thing's name */
    size_t who;                  /* mentions followed by ", who": a person's */
    size_t itsub, hesub;         /* mentions whose verb of saying reports a clause whose subject is
                                  * "it" (not impersonal) / "he" or "she" (said_pronoun) */
    size_t article;              /* mentions right after a definite article ("the Athabasca
                                  * Tar Sands"): hardly ever a person's name */
    size_t headart;              /* of those, the ones the name ends its phrase in (punctuation,
                                  * a function word or a verb of saying after it: "talk with the
                                  * Sinn Fein.", "the Democratic Unionists said"), not a noun's
                                  * modifier ("the Obama administration") */
    char cue;                    /* data/entities kind of a one-word name ('o' generic organization word) */
    size_t orgcue;               /* mentions right after a word naming a firm or a team ("la banque",
                                  * "chez", "software maker"; data/entities kind c) */
    size_t workcue;              /* mentions right after a word naming a work or an event ("le film",
                                  * "the novel", "intitulé"; kind w) */
    size_t personcue;            /* mentions right after a noun that only names a person ("juror",
                                  * "fiance": the table persons/<lang>, from WordNet) */
    size_t termabbr;             /* mentions in parentheses right after the lower-case words it
                                  * abbreviates ("electroencephalography (EEG)", "consumer price
                                  * index (CPI)"): a term, not an organization (term_abbrev) */
    char acro[8];                /* the acronym in brackets that defines the name ("Reporters sans
                                  * frontières (RSF)"), in capitals, or "" */
    size_t *docs; size_t ndocs, capdocs;
    size_t first_doc;
    uint32_t first_start;
    uint32_t knext;              /* next entity with the same key (index), UINT32_MAX: none */
    bool alias;                  /* folded into another entity once all mentions were in (a lone
                                  * surname, an acronym): counted there, not listed */
    uint32_t alias_of;           /* that entity (index), when alias */
    bool common;                 /* a lone common word capitalized by where it stands, not a
                                  * name: not listed (retype_one) */
} pr_ent;

typedef struct pr_quote {
    size_t doc;
    uint32_t start, end;         /* the quoted words, without the quote marks */
    uint32_t gap0, gap1;         /* an incise of attribution inside them, left out when the quote
                                  * is shown (« …, a-t-elle indiqué. … »); gap0 == gap1: none */
    char speaker[128];           /* "" when unknown */
    bool human;                  /* its speaker is a pronoun that stands for a person ("she
                                  * said"): an organization or a place is not it */
    uint32_t dup_of;             /* the quote that holds all its words (the same words told by
                                  * another source, or a longer passage), UINT32_MAX if none */
    size_t *docs; size_t ndocs, capdocs; /* a listed quote (dup_of none): every document telling
                                  * it, its own first, then its repeats' in quote order */
} pr_quote;

struct precis_facts {
    const precis_story *story;
    const char *lang;            /* the story's language (pr_story_lang), "en" when none */
    pr_fig *figs; size_t nfigs, capfigs;
    pr_frow *rows; size_t nrows, caprows;
    pr_ent *ents; size_t nents, capents;
    /* lookup of entities while they are collected (a story's mentions x its entities would
     * be quadratic): full skeleton -> entity, key -> first and last entity with it */
    pr_intern ifull, ikey;
    pr_intern lower_all;         /* words the story's documents write in lower case */
    uint32_t *full_ent; size_t capfull;
    uint32_t *key_head, *key_tail; size_t capkey;
    pr_quote *quotes; size_t nquotes, capquotes;
};
typedef struct precis_facts pr_facts;

/* Extracts the facts of a story. *out owned by the caller, free with pr_facts_free(). */
precis_status pr_facts_extract(const precis_story *story, pr_facts **out);
void pr_facts_free(pr_facts *f);
/* {"figures": [...], "entities": [...], "quotes": [...]} as documented in docs/facts.md; NULL
 * on OOM. Owned by the caller (json_decref). */
json_t *pr_facts_to_json(const pr_facts *f);
/* Appends a readable text or Markdown rendering to out; false on OOM. With `numbered`, sources
 * are cited by their 1-based place in the story ("[2, 3]", as a brief cites them), else by id. */
bool pr_facts_render_text(const pr_facts *f, pr_buf *out, bool markdown, bool numbered);
/* Entities worth showing (mentioned twice, or a person or organization, or a multi-word name). */
bool pr_ent_shown(const pr_ent *e);
/* Skeleton of a name for variant matching: folded, "sh"/"ch" -> s, "kh"/"gh" -> k, h dropped,
 * y -> i, c/g/q -> k, doubled letters once ("Pashinyan" = "Pachinian"). Returns the length. */
size_t pr_name_skeleton(const char *s, size_t n, char *out, size_t cap);

/* For a brief that names a person by the surname alone: the person the story names in full
 * whose surname is `word` (one of its spellings), typed a person by a role, a verb of saying or
 * a given name, and no other person or place of the story sharing the name. Writes the given
 * names to print before the surname ("Emmanuel", "Jean-Yves Le") to `given` and returns the
 * entity's index, or returns UINT32_MAX. */
uint32_t pr_facts_person(const pr_facts *F, const char *word, size_t n, char *given, size_t cap);
/* Does the story also write this word in lower case (a common word, not a name)? */
bool pr_facts_common_word(const pr_facts *F, const char *w, size_t n);

/* Gives the given names of a person the brief names by the surname alone, at the brief's first
 * mention of them (mention.c; what it leaves alone is said there), within the word budget, and
 * updates the sentences' and the brief's word counts. With `needed`, changes nothing and
 * counts there the words it would add without a budget. PRECIS_ERR_NOMEM or PRECIS_OK. */
precis_status pr_brief_name_people(precis_brief *b, const pr_facts *F, unsigned budget, unsigned *needed);

#endif
