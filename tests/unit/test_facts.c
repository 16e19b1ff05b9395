/* test_facts.c — figures (qualifiers, concepts across languages, sub-counts, agreement), entities
 * (variant merging, namesakes kept apart), quotes (marks, speakers), the bundled example,
 * pathological input and out-of-memory at every allocation. Run from the repository root. */
#include "harness.h"
#include "internal.h"
#include "facts.h"
#include <jansson.h>
#include <stdlib.h>

static precis_story *story_of(precis_ctx *ctx, const char *const *texts, size_t n)
{
    precis_story *st = NULL;
    if (precis_story_new(ctx, &st) != PRECIS_OK) return NULL;
    for (size_t i = 0; i < n; i++) {
        precis_doc *d;
        char id[32];
        snprintf(id, sizeof id, "d%zu", i + 1);
        if (precis_doc_new(ctx, id, NULL, texts[i], strlen(texts[i]), &d) != PRECIS_OK) continue;
        if (precis_story_add(st, d) != PRECIS_OK) precis_doc_free(d);
    }
    return st;
}

/* The facts of n texts under options opt: a context, a story and its facts, freed together by
 * one_free(). o->f is NULL when something failed (the CHECK says so). */
typedef struct one { precis_ctx *ctx; precis_story *st; pr_facts *f; } one;
static pr_facts *facts_of(one *o, const precis_options *opt, const char *const *texts, size_t n)
{
    memset(o, 0, sizeof *o);
    if (precis_ctx_new(opt, &o->ctx) != PRECIS_OK) { CHECK(0); return NULL; }
    o->st = story_of(o->ctx, texts, n);
    CHECK(o->st && pr_facts_extract(o->st, &o->f) == PRECIS_OK && o->f);
    return o->f;
}

/* The facts of one text read in language `lang`. */
static pr_facts *one_facts(one *o, const char *lang, const char *text)
{
    precis_options opt = precis_options_default();
    snprintf(opt.lang, sizeof opt.lang, "%s", lang);
    return facts_of(o, &opt, &text, 1);
}
static void one_free(one *o)
{
    pr_facts_free(o->f);
    precis_story_free(o->st);
    precis_ctx_free(o->ctx);
}

static const pr_frow *row_of(const pr_facts *f, const char *what)
{
    for (size_t i = 0; i < f->nrows; i++)
        if (!strcmp(f->rows[i].what, what)) return &f->rows[i];
    return NULL;
}

static const char *const fr_texts[] = {
    "Les combats ont fait au moins 27 morts, dont deux civils, et plus de 200 blessés dans cette "
    "région où environ 7000 habitants de 16 localités ont été évacués, selon les séparatistes. "
    "« Nous ne céderons jamais devant cette agression », a déclaré le Premier ministre arménien Nikol Pachinian.",
    "L'opération a fait au moins 29 morts et 138 blessés, a indiqué le médiateur. Le Premier ministre "
    "Nikol Pashinyan a réuni son gouvernement. Sa fille Anna Pashinyan était à Erevan. "
    "Pashinyan a ensuite parlé à la presse pendant une heure au sujet de la situation. "
    "L'armée a détruit des dizaines d'armes ennemies, selon le ministère.",
};

static void test_figures(precis_ctx *ctx)
{
    precis_story *st = story_of(ctx, fr_texts, 2);
    CHECK(st && st->n_docs == 2);
    if (!st) return;
    pr_facts *f = NULL;
    CHECK(pr_facts_extract(st, &f) == PRECIS_OK && f);
    if (f) {
        const pr_frow *dead = row_of(f, "dead"), *inj = row_of(f, "injured");
        CHECK(dead && dead->nvals == 2 && dead->status == PR_FIG_COMPATIBLE);
        CHECK(dead && !strcmp(dead->vals[0].qual, "at least") && dead->vals[0].value == 27);
        CHECK(inj && inj->nvals == 2 && inj->status == PR_FIG_DISAGREE);
        CHECK(inj && !strcmp(inj->vals[0].qual, "more than") && inj->vals[0].value == 200);
        const pr_frow *civ = row_of(f, "dead (civilians)"), *ev = row_of(f, "evacuated");
        CHECK(civ && civ->vals[0].value == 2);
        CHECK(ev && ev->vals[0].value == 7000 && !strcmp(ev->vals[0].qual, "about"));
        CHECK(row_of(f, "localities") != NULL);
        /* entities: one Nikol Pashinyan whatever the spelling; his daughter is someone else */
        const pr_ent *nikol = NULL, *anna = NULL;
        for (size_t i = 0; i < f->nents; i++) {
            if (strstr(f->ents[i].name, "Nikol")) nikol = &f->ents[i];
            if (strstr(f->ents[i].name, "Anna")) anna = &f->ents[i];
        }
        CHECK(nikol && anna && nikol != anna);
        CHECK(nikol && nikol->type == PR_ENT_PERSON && nikol->ndocs == 2);
        CHECK(nikol && nikol->role[0] != 0);
        /* quotes */
        CHECK(f->nquotes == 1);
        if (f->nquotes) CHECK(strstr(f->quotes[0].speaker, "Pachinian") || strstr(f->quotes[0].speaker, "Pashinyan"));
        /* JSON shape */
        json_t *j = pr_facts_to_json(f);
        CHECK(j && json_is_array(json_object_get(j, "figures")) && json_is_array(json_object_get(j, "entities")) &&
              json_is_array(json_object_get(j, "quotes")));
        json_t *r0 = json_array_get(json_object_get(j, "figures"), 0);
        CHECK(r0 && json_is_string(json_object_get(r0, "what")) && json_is_string(json_object_get(r0, "status")));
        json_t *v0 = json_array_get(json_object_get(r0, "values"), 0);
        CHECK(v0 && json_is_number(json_object_get(v0, "value")) && json_is_array(json_object_get(v0, "sources")) &&
              json_is_string(json_object_get(v0, "text")) && json_is_string(json_object_get(v0, "qualifier")));
        json_decref(j);
        char *out;
        size_t n;
        /* a French story is rendered with French labels (data/labels/fr.txt) */
        CHECK(precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK && strstr(out, "au moins 27"));
        /* "des dizaines d'armes": a vague multiple reads "des dizaines", not "several 10" */
        CHECK(out && strstr(out, "armes: des dizaines") && !strstr(out, "several 10"));
        precis_free(out);
        CHECK(precis_facts_render(f, PRECIS_FORMAT_MARKDOWN, &out, &n) == PRECIS_OK && strstr(out, "## Chiffres"));
        precis_free(out);
    }
    pr_facts_free(f);
    precis_story_free(st);
}

/* Labels: the story's language by default, English on request (options.labels = "en"), the
 * same rows either way; JSON keeps the English keys. */
static void test_labels(void)
{
    static const char *fr = "Les combats ont fait au moins 27 morts et plus de 200 blessés mardi, selon les "
                            "séparatistes. L'armée a détruit des dizaines d'armes, selon le ministère.";
    for (int en = 0; en < 2; en++) {
        precis_options opt = precis_options_default();
        if (en) memcpy(opt.labels, "en", 3);
        one o;
        pr_facts *f = facts_of(&o, &opt, &fr, 1);
        char *out = NULL;
        size_t n;
        CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK);
        if (en) CHECK_MSG(out && strstr(out, "Figures\n  dead: at least 27") && strstr(out, "weapons: dozens"), "%s", out ? out : "");
        else CHECK_MSG(out && strstr(out, "Chiffres\n  morts: au moins 27") && strstr(out, "blessés: plus de 200") &&
                       strstr(out, "armes: des dizaines"), "%s", out ? out : "");
        precis_free(out);
        json_t *j = f ? pr_facts_to_json(f) : NULL;
        json_t *r0 = json_array_get(json_object_get(j, "figures"), 0);
        CHECK(r0 && !strcmp(json_string_value(json_object_get(r0, "what")), "dead"));
        json_decref(j);
        one_free(&o);
    }
}

static void test_english(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en", "At least 25 people were killed and more than 200 were injured on Tuesday. "
                                      "“We will not give up,” said Prime Minister Nikol Pashinyan. Dozens of houses burned.");
    if (f) {
        const pr_frow *dead = row_of(f, "dead");
        CHECK(dead && dead->vals[0].value == 25 && !strcmp(dead->vals[0].qual, "at least"));
        const pr_frow *houses = row_of(f, "houses");
        CHECK(houses && !strcmp(houses->vals[0].qual, "several"));
        CHECK(f->nquotes == 1 && strstr(f->quotes[0].speaker, "Pashinyan"));
    }
    one_free(&o);
}

static int ent_type(const pr_facts *f, const char *name);

/* An embedded post on its own line is a quote of the name before its handle; its links are no
 * words of it; a handle in a sentence is no post. */
static void test_post_quotes(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en", "The wife of the minister posted a joke on Sunday.\n"
                                      "Sorry if I caused any offence to anyone. I hope I will stay married when my husband "
                                      "lands. pic.twitter.com/Y8qe50suPM \u2014 Judy Mozes (@JudyMozes) June 21, 2015\n"
                                      "Her account (@JudyMozes) had 20,000 followers in 2015, the paper said.");
    json_t *j = f ? pr_facts_to_json(f) : NULL;
    json_t *qs = json_object_get(j, "quotes");
    CHECK(json_array_size(qs) == 1);
    json_t *q = json_array_get(qs, 0);
    const char *text = json_string_value(json_object_get(q, "text")), *spk = json_string_value(json_object_get(q, "speaker"));
    CHECK_MSG(text && !strcmp(text, "Sorry if I caused any offence to anyone. I hope I will stay married when my husband lands."),
              "post: %s", text ? text : "(none)");
    CHECK_MSG(spk && !strcmp(spk, "Judy Mozes"), "post speaker: %s", spk ? spk : "(none)");
    json_decref(j);
    one_free(&o);
    /* its link, handle and numbers name no entity and count nothing */
    f = one_facts(&o, "en", "Police in Florida are pursuing charges against five teenagers who recorded a drowning.\n"
                            "Chief -- it's duty 4 people 2 report death @MyNews13 pic.twitter.com/5I8XwwzQyE \u2014 "
                            "Greg Pallone (@gpallone13) July 21, 2017\n"
                            "The victim drowned in a pond on July 9, police said.");
    CHECK(f && !row_of(f, "people"));
    CHECK_INT(ent_type(f, "5I8XwwzQyE"), -1);
    CHECK_INT(ent_type(f, "Greg Pallone"), -1);
    CHECK_INT(ent_type(f, "Florida"), PR_ENT_PLACE);
    one_free(&o);
    /* a signature that names a person of the story, with a middle initial, is that person */
    f = one_facts(&o, "en", "President Donald Trump called on Congress to act on Monday, the White House said.\n"
                            "Republicans and Democrats must come together, finally, with a solution for the wall. "
                            "\u2014 Donald J. Trump (@realDonaldTrump) January 8, 2018\n"
                            "Donald Trump repeated the call at a rally in Ohio on Tuesday evening.");
    j = f ? pr_facts_to_json(f) : NULL;
    qs = json_object_get(j, "quotes");
    CHECK(json_array_size(qs) == 1);
    spk = json_string_value(json_object_get(json_array_get(qs, 0), "speaker"));
    CHECK_MSG(spk && !strcmp(spk, "Donald Trump"), "post speaker: %s", spk ? spk : "(none)");
    json_decref(j);
    one_free(&o);
}

/* An incise of attribution inside a quote names its speaker and is no part of what was said:
 * the quote is shown without it (JSON "text"), its sentence still whole; an apposition after the
 * speaker's name and the few words before the full stop are the incise's; a comma that is no
 * incise stays. */
static void test_quote_incise(void)
{
    static const struct { const char *text, *shown, *speaker; } cases[] = {
        {"« Nous étions levés depuis cinq heures du matin, a-t-elle indiqué. Ils nous avaient demandé de "
         "ranger nos affaires », a raconté Ingrid Betancourt.",
         "Nous étions levés depuis cinq heures du matin. Ils nous avaient demandé de ranger nos affaires", "Ingrid Betancourt"},
        {"« Cela, a souligné Daniel Bouton, ne tient pas debout, ni techniquement ni comptablement. »",
         "Cela ne tient pas debout, ni techniquement ni comptablement.", "Daniel Bouton"},
        {"« Au lieu de ficher des personnes, explique François Soulage, président du Secours catholique, Edvige "
         "prévoit de ficher tout le monde. »",
         "Au lieu de ficher des personnes Edvige prévoit de ficher tout le monde.", "François Soulage"},
        {"« J'avais pris la résolution de remercier le Seigneur, confiait Ingrid Betancourt, en juillet. Parce que "
         "sans lui je ne serais pas là. »",
         "J'avais pris la résolution de remercier le Seigneur. Parce que sans lui je ne serais pas là.", "Ingrid Betancourt"},
        {"« Le fichier, appelé Edvige, contiendra des millions de noms », a déclaré le ministre Brice Hortefeux.",
         "Le fichier, appelé Edvige, contiendra des millions de noms", "Brice Hortefeux"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        one o;
        pr_facts *f = one_facts(&o, "fr", cases[i].text);
        json_t *j = f ? pr_facts_to_json(f) : NULL;
        json_t *q = json_array_get(json_object_get(j, "quotes"), 0);
        const char *shown = json_string_value(json_object_get(q, "text"));
        const char *spk = json_string_value(json_object_get(q, "speaker"));
        CHECK_MSG(shown && !strcmp(shown, cases[i].shown), "case %zu: shown \"%s\"", i, shown ? shown : "(none)");
        CHECK_MSG(spk && !strcmp(spk, cases[i].speaker), "case %zu: speaker %s", i, spk ? spk : "(none)");
        json_decref(j);
        one_free(&o);
    }
}

/* Speakers: a table of attribution patterns, each with the speaker expected (a substring). */
static void test_speakers(void)
{
    static const struct { const char *lang, *text, *speaker, *absent; } cases[] = {
        /* English: the name between the quote and the verb, after an abbreviation, after an
         * apposition; the verb before the name */
        {"en", "The company published its report on Tuesday.\n\n“It is tempting to think of free expression "
               "as black and white,” Mr. Zuckerberg said.", "Zuckerberg", NULL},
        {"en", "The company published its report on Tuesday.\n\n“We want to give the most voice to the most "
               "people,” Mark Zuckerberg, Facebook’s co-founder and chief executive, wrote in a post.", "Mark Zuckerberg", NULL},
        {"en", "The rules were published on Monday.\n\n“We can only do this if we have objective rules,” said "
               "Monika Bickert, the head of policy.", "Monika Bickert", NULL},
        /* titles glued before a name spelt one letter apart from the person's: the person, not
         * the first of the story of that surname; so for a title glued to a name in full */
        {"en", "Saudi King Salman chaired the cabinet on Monday. Mohammed bin Salman, the deputy crown prince, "
               "said the plan was ready.\n\n“We have developed a case of oil addiction in Saudi Arabia,” Saudi "
               "Deputy Crown Prince Mohammad Bin Salman said in an interview.", "Mohammed bin Salman", "King"},
        {"en", "Kmart and Sears will merge, the companies said on Wednesday. Edward Lampert said the deal was "
               "good.\n\n“The idea is to make the stores more competitive,” Kmart Chairman Edward Lampert said.",
         "Edward Lampert", "Kmart"},
        /* a name whose last syllable a hyphen glues in lower case is the person's, not another
         * of the first syllable's surname */
        {"en", "South Korea and the North met on Monday in Seoul for talks on the games.\n\n\"Despite these "
               "overtures to improve relations with the South, we remain cautious,\" Foreign Minister Kang Kyung-wha "
               "said in an interview.\n\nChinese spokesman Lu Kang said the talks were welcome.",
         "Kang Kyung-wha", "Lu"},
        /* a credit after a spaced dash ends the quote's sentence: a name, or a title ending on one,
         * then a description */
        {"en", "Clubs reacted to the draw on Friday.\n\n\"It is a very tough draw, but whatever team you play at "
               "this stage will be tough\" - Ken Merrett, Manchester United secretary.", "Ken Merrett", NULL},
        {"en", "Clubs reacted to the draw on Friday.\n\n\"They will be two exciting games, great for television\" - "
               "Arsenal vice chairman David Dein.", "David Dein", "Arsenal"},
        /* not a clause after the dash */
        {"en", "Clubs reacted to the draw on Friday.\n\n\"They will be two exciting games, great for television\" - "
               "Arsenal, its fans said.", "", "Arsenal"},
        /* a number of people described ("one senior official", "two officials") */
        {"en", "Powell resigned on Monday.\n\n\"It wasn't so much time for him, as it was time for the president,\" "
               "one senior official said, adding that Powell and Bush had discussed it.", "one senior official", NULL},
        /* French verbs of saying when reflexive (data/attrib kind S): "s'indigne", "s'est désolé" */
        {"fr", "Le conseil a voté mardi.\n\n« Cette décision est une honte pour la ville », s'indigne le maire de Lyon.",
         "maire de Lyon", NULL},
        {"fr", "Le conseil a voté mardi.\n\n« Le virus a réussi à rentrer malgré tout », s'est désolé le directeur "
               "général.", "directeur général", NULL},
        /* ... not the adjective it also spells */
        {"fr", "Le conseil a voté mardi.\n\nLe texte est « une honte pour toute la ville », indigne Paul Martin.",
         "", "Martin"},
        /* a pronoun after a quote stands for the person in apposition after a short opening
         * phrase with a possessive ("Spain's new coach, Fernando Hierro, has …") */
        {"en", "Spain lost on Sunday.\n\nSpain's new coach, Fernando Hierro, has stepped into a bit of a mess, but he "
               "told reporters this week that Spain had no time to dwell on it.\n\n“We've come to fight for the World "
               "Cup,” he said.", "Fernando Hierro", NULL},
        /* verbs of saying a person uses only ("remembered", "railed", "muttered") */
        {"en", "The crash happened on the turnpike on Monday morning.\n\n“Scared to death, just thinking that it "
               "wasn’t going to stop,” remembered Kate Garwood.", "Kate Garwood", NULL},
        /* ... and so does one glued by an apostrophe ("Ya'alon" is Moshe Ya'alon's surname) */
        {"en", "Israel closed the crossing on Monday, Defense Minister Moshe Ya'alon said.\n\n\"We will react in "
               "the sternest way to any attack,\" Ya'alon said in a statement.", "Moshe Ya'alon", NULL},
        /* a speaker phrase longer than eight tokens goes on to the end of the name it cuts */
        {"en", "The group published a study of Iran on Monday in Washington.\n\n\"Shortening breakout times have "
               "implications for any negotiation with Iran,\" stated the report by the Institute for Science and "
               "International Security.", "Institute for Science and International Security", NULL},
        /* two appositions before the verb, the second a body's name ("the Sinn Fein" is written
         * after an article: no person); the person before them is the subject, whom the pronoun
         * of the next sentence stands for */
        {"en", "The President has spoken recently to Ian Paisley and Gerry Adams.\n\nMr Adams, the president of "
               "IRA's political wing, Sinn Fein, said he believed Mr Paisley's party was close to a deal though he "
               "has refused to talk with the Sinn Fein. He said he had told President Bush that \"we may need help "
               "at the White House to deliver our objectives\".", "Gerry Adams", "Sinn"},
        /* a quote opening its sentence after a sentence of its paragraph whose subject, a person,
         * says something */
        {"en", "The letter was released on Monday.\n\nDottie Sandusky also wrote of her disappointment, saying she has "
               "lost faith in the police and the legal system. \"To think that they can lie and get by with the lies. "
               "The press has been unbelievable.\"", "Dottie Sandusky", NULL},
        {"en", "The trial opened on Monday.\n\nDerek Mackinnon, a former actor who starred in a horror film, said "
               "Luka Magnotta asked him how to move into acting. \"He said his career in films was over and that "
               "he wanted something new.\"", "Derek Mackinnon", "Magnotta"},
        /* a long title after the verb and the name that ends the sentence; not a person inside an
         * organization's name before an apposition */
        {"fr", "Les Farc ont perdu leurs otages.\n\n« Les Farc sont en phase terminale, chaque jour qui passe nous "
               "rapproche de leur disparition », a estimé la parlementaire et ancienne ministre de la Défense Martha "
               "Lucia Ramirez.", "Martha Lucia Ramirez", NULL},
        {"fr", "Ingrid Betancourt sera reçue par le pape.\n\n« Ingrid Betancourt a des questions à poser au pape sur sa "
               "foi », a déclaré le vice-président de la Fédération internationale des comités Ingrid Betancourt "
               "(Ficib), Olivier Roubi.", "", "Betancourt"},
        /* a description opening on a verb form without an article is a clause, no speaker */
        {"en", "The club was sued on Monday.\n\nThe lawsuit alleges club management, knowing there was \"bad blood "
               "between Drake and Brown over the girl,\" was driven by money and continued selling alcohol to the "
               "participants.", "", "selling"},
        /* a role alone holding an acronym is the one person of the document with that role */
        {"fr", "Le député UMP Jean Leonetti a remis son rapport mardi au premier ministre. Les dirigeants de l'UMP et "
               "du PS ont salué le texte, que l'UMP défendra.\n\n« Le suicide est un acte "
               "on ne peut plus personnel et la société ne doit pas l'assumer », insiste le député UMP.",
         "Jean Leonetti", NULL},
        /* a pronoun after a quote that a colon introduces: the person named before the colon, or
         * before the apposition the colon ends; not a person named earlier in a clause */
        {"fr", "Le dalaï-lama a été reçu lundi à Paris.\n\nPuis vint le tour de Rama Yade, secrétaire d'Etat aux droits "
               "de l'Homme : « Je serais très heureuse de rencontrer le prix Nobel de la Paix », a-t-elle déclaré ce "
               "matin sur RTL.", "Rama Yade", NULL},
        {"en", "The agency kept its program.\n\nMartin ran the unit, and he emerged to grab some credit for Osama bin "
               "Laden's death and celebrate the program: \"We got beat up for it, but those efforts led to this great "
               "day,\" he told the Associated Press.", "", "Laden"},
        /* an apposition before the verb without its closing comma: the name before it */
        {"en", "The synagogue reopened on Monday.\n\nRabbi Elazar Muskin, president of the Rabbinical Council of "
               "America said \"fringe elements of society\" had become emboldened by hateful speech.", "Elazar Muskin",
         "president"},
        /* an incise opening on a preposition, its closing comma missing: the name before it */
        {"fr", "Le débat agite la presse régionale.\n\nPhilippe Waucampt, dans les colonnes du Républicain Lorrain "
               "écrit lui aussi que \"le caractère transgressif de l'euthanasie doit être maintenu\".",
         "Philippe Waucampt", "colonnes"},
        /* a long subject in lower case between the quote and the verb that ends on a full name;
         * what follows "told" is the one told */
        {"en", "The study was published on Monday.\n\n\"The transition from drought to moisture suggests that "
               "climate played a role,\" study co-author and West Virginia University tree-ring scientist Amy Hessl "
               "told the AFP news agency.", "Amy Hessl", "AFP"},
        /* a quote that is its whole paragraph, after a paragraph that ends on an attributed quote,
         * goes on with that speaker */
        {"en", "The coach spoke after the match on Sunday evening in Moscow.\n\n\"When you are playing a player "
               "like Ronaldo these things can happen,\" said Spain coach Fernando Hierro.\n\n\"It is extremely "
               "fortunate for whichever team has him, but I would not change him for any of my players.\"\n\n"
               "The match ended in a draw.", "Fernando Hierro", NULL},
        /* a pronoun: the subject of the verb of saying in the sentence before, not an older speaker */
        {"fr", "« Nous condamnons cette attaque contre notre peuple », a déclaré le ministre arménien Ararat Mirzoyan. "
               "Les combats ont repris dans la nuit.\n\nMardi soir, la présidence azerbaïdjanaise a appelé les habitants "
               "à déposer les armes. « Les forces arméniennes doivent hisser le drapeau blanc et rendre toutes les armes », "
               "a-t-elle averti.", "présidence azerbaïdjanaise", NULL},
        /* impersonal "on": the place or the text after the verb, not the one who spoke before */
        {"fr", "« La situation est sous contrôle », a déclaré Christine Lagarde mardi soir. « Les banques "
               "françaises sont solides et bien gérées », a-t-on assuré à l'Élysée après la réunion.", "Élysée", NULL},
        {"fr", "« La situation est sous contrôle », a déclaré Christine Lagarde mardi soir. « Nous ne laisserons "
               "tomber aucun épargnant », peut-on lire dans le communiqué de la présidence.", "présidence", NULL},
        /* a phrase opened by "en" after the verb or the speaker is no part of the speaker; a name
         * in apposition after it is the speaker */
        {"fr", "Au début de leur entretien, le chef spirituel tibétain a posé sur les épaules du chef de l'État "
               "le kata, la traditionnelle écharpe blanche tibétaine. \"C'est notre tradition\", lui a dit le "
               "dalaï-lama en anglais.", "dalaï-lama", "anglais"},
        {"fr", "« Sa sainteté a exprimé son sentiment sur la situation au Tibet », a déclaré à la presse son "
               "interprète en France, Matthieu Ricard, qui a assisté à la rencontre.", "Matthieu Ricard", NULL},
        /* "selon lui": the one who spoke before */
        {"fr", "« Toutes les positions ont été détruites ce matin », a déclaré le porte-parole Anar Eyvazov lors de la "
               "conférence de presse. Selon lui, les troupes attaquent des cibles militaires. « La population civile "
               "et les biens civils ne sont pas nos cibles », a-t-il déclaré.", "Anar Eyvazov", NULL},
        /* "», a fait savoir X": X comes after the verb; a quoted fragment inside a sentence is
         * not an utterance whose speaker comes next */
        {"fr", "Emmanuel Macron a exhorté \"à une reprise sans délai des discussions pour trouver une solution à la "
               "crise\", a fait savoir la présidence française.", "présidence française", NULL},
        /* a written source is a speaker, but no pronoun stands for it; "in a statement" names none */
        {"en", "Police sealed the building.\n\n“Unknown people have seized weapons from the arsenal,” a police "
               "statement said. Nine people were hurt.\n\n“We will not let them stay there for long,” he said.",
         "", "statement"},
        {"en", "The ministry closed the border on Monday.\n\n“The crossing will stay closed until further notice,” it "
               "said in a statement.", "", "statement"},
        /* French writes the incise inside the quote: a pronoun is the one named before, a name
         * is the speaker, whatever the marks; a past participle after a comma is no incise; in
         * English, a verb inside quote marks is part of the quote */
        {"fr", "Ingrid Betancourt a raconté mardi sa libération. « Nous étions levés depuis cinq heures du "
               "matin, a-t-elle indiqué. Ils nous avaient demandé de préparer nos affaires. »", "Ingrid Betancourt", NULL},
        {"fr", "Le contrôle antidopage a été renforcé cette année. \"Armstrong est un grand champion, explique "
               "Pierre Bordry à Libération. Mais il sera contrôlé comme tout le monde.\"", "Pierre Bordry", NULL},
        {"fr", "La LDH a saisi le Conseil d'État mardi. « Selon le décret, le fichier, appelé Edvige, contiendra des "
               "photographies de toutes les personnes suivies », selon la LDH.", "LDH", "Edvige"},
        {"fr", "Me Cécile Bernaille, avocate du trader, a déclaré vendredi que son client n'avait « fait que son "
               "travail ». « Il n'a pas commis d'infraction », a-t-elle affirmé.", "Cécile Bernaille", NULL},
        /* a title in lower case opening the speaker phrase: the names after it complete the
         * title, so the title speaks, unless a person is named in it */
        {"fr", "L'ADMD milite depuis trente ans pour le droit de mourir dans la dignité. « Il y a beaucoup de "
               "souffrance dans notre pays », a déclaré le président de l'ADMD.", "président de l'ADMD", NULL},
        {"fr", "L'ADMD milite depuis trente ans pour le droit de mourir dans la dignité. « Il y a beaucoup de "
               "souffrance dans notre pays », a déclaré le président de l'ADMD, Jean-Luc Romero.", "Jean-Luc Romero",
         NULL},
        {"en", "The police asked residents for help on Monday.\n\n\"If you see something, say something. If a bag "
               "looks odd, call us,\" the department wrote on its website.", "", "something"},
        /* a quote opening its sentence right after an attributed one, in the same paragraph,
         * goes on with its speaker (in the next paragraph too: the Hierro case above), unless it
         * names its own */
        {"en", "The mosque reopened on Monday.\n\n\"Security at our mosque was our major concern,\" said Ali Hassan, "
               "the imam. \"But we were caught off guard.\"", "Ali Hassan", NULL},
        {"en", "The mosque reopened on Monday.\n\n\"Security at our mosque was our major concern,\" said Ali Hassan, "
               "the imam.\n\n\"We will not let fear win, whatever happens next week,\" said Omar Farouk.",
         "Omar Farouk", "Hassan"},
        /* a speaker phrase that ends on a function word is a piece of a sentence: no speaker */
        {"en", "Trade talks stalled on Monday.\n\nGeng spoke to reporters in Beijing. He gave no details of possible "
               "measures but said, \"we are determined to safeguard our legitimate and lawful rights.\"", "", "but"},
        /* an initial inside a name after the verb */
        {"en", "The family asked for an inquiry.\n\n“The autopsy is a crucial piece of evidence,” said A. Dwight "
               "Pettit, an attorney representing the family.", "Dwight Pettit", NULL},
        /* a description whose name only qualifies it: not the entity */
        {"en", "The plan was published on Monday.\n\n“For me as a Saudi, I am concerned by the education plan,” said "
               "a Saudi entrepreneur.", "Saudi entrepreneur", NULL},
        /* a title in quotes is not such a description: the entity it names stands */
        {"en", "Vanilla Ice dated Madonna in 1992.\n\n“I broke up with her after she printed that book,” said the "
               "'Ice Ice Baby' rapper.", "Vanilla Ice", NULL},
        /* the name before an apposition, before the verb */
        {"en", "The record was broken last month.\n\nJody Mitic, a former Canadian sniper who now serves as a city "
               "councillor, said it was “a hell of a shot.”", "Jody Mitic", NULL},
        /* French: "M." is an abbreviation inside the phrase after the verb */
        {"fr", "La banque a perdu 600 millions d'euros.\n\n« Cette perte est la conséquence de la volatilité des "
               "marchés », a expliqué M. Milhaud dans une déclaration écrite.", "Milhaud", NULL},
        /* an adverb between auxiliary and verb after the subject's comma, after an apposition */
        {"fr", "Les banques ont reçu 10,5 milliards d'euros.\n\nLe directeur général de BNP Paribas, Baudouin Prot, a "
               "ainsi estimé sur RTL que ce n'était pas « une opération de sauvetage ou un cadeau ».", "Baudouin Prot", NULL},
        {"fr", "La loi sera votée mardi.\n\nJean-Luc Romero, porte-parole de l'ADMD, a de son côté annoncé une "
               "rencontre de parlementaires « de droite et de gauche », hier.", "Jean-Luc Romero", NULL},
        /* an inverted pronoun after the comma is the subject ("a-t-il déclaré", "avait-il dit") */
        {"fr", "« Nous voulons l'autonomie du Tibet », a déclaré le dalaï-lama. « Je crois de moins en moins » à la "
               "volonté de négocier avec les Tibétains, a-t-il déclaré, déplorant que les « partisans d'une ligne dure » "
               "l'aient emporté.", "dalaï-lama", "Tibétains"},
        {"fr", "Le coureur revient sur le Tour. En France, avait-il dit, « je ressens de l'agressivité, de la colère ».",
         "", "France"},
        /* what a comma closes before the verb is a clause, not the subject: the subject comes
         * after the verb (OrangeSum: "devait commencer mercredi" was the speaker) */
        {"fr", "La phase finale des tests, auxquels 2.000 personnes participeront, devait commencer mercredi, avait "
               "alors déclaré le président russe. « Les essais seront achevés en octobre », a-t-il ajouté.",
         "président russe", "devait"},
        /* the pronoun glued after the verb ("ajoute-t-il") stands for the previous speaker */
        {"fr", "« Rien ne le prouve », assure à l'AFP Fabrice Delloye, l'ex-mari d'Ingrid Betancourt. « Les Colombiens "
               "nous avaient prévenus il y a quatre mois », ajoute-t-il.", "Fabrice Delloye", "t-il"},
        /* a verb in an incise: its subject follows it */
        {"fr", "La mission a rendu son rapport. Mais sa mission, rappelle son rapporteur, était aussi de veiller « à la "
               "bonne affectation des crédits alloués au développement » de ces soins.", "rapporteur", "Mais"},
        /* "quant à lui" after the verb is skipped */
        {"fr", "Les évêques ont critiqué le fichier. « Le décret légalise une mise à plat de l'intimité des gens », observe "
               "quant à lui le père Jacques Turck.", "Jacques Turck", "quant"},
        /* function words alone are not a subject: "et souligne" has the subject of "rappelle" */
        {"fr", "La Commission bancaire rappelle que l'ordre avait été donné et souligne que le trader « a clairement "
               "outrepassé cet ordre à partir de la mi-septembre ».", "Commission bancaire", NULL},
        /* a reflexive "s'ajoutent" says nothing */
        {"fr", "La banque a publié ses comptes. À ce chiffre s'ajoutent « 250 millions d'euros environ » de provisions.",
         "", "chiffre"},
        /* a phrase after the verb ends before "dans un communiqué" */
        {"fr", "La Ligue a saisi le Conseil d'État. « Le contrôle social tient lieu de politique sociale », estime "
               "l'organisation dans un communiqué.", "organisation", "communiqué"},
        /* "au cours de …" after the speaker ends the phrase; "notamment" between auxiliary and verb */
        {"fr", "Le président a reçu le dalaï-lama. « Je suis libre de mon agenda », avait déclaré le chef de l'Etat au "
               "cours d'une conférence de presse.", "chef de l'Etat", "cours"},
        {"fr", "Le procès s'est ouvert lundi. Devant les juges, le trader a notamment affirmé avoir « demandé à son "
               "assistant de saisir des transactions fictives ».", "trader", "notamment"},
        /* a person in the speaker phrase before a place that opens it */
        {"fr", "L'enquête se poursuit. « Soit elle se dissimule encore à Marseille, soit elle se cache ailleurs », a "
               "déclaré le procureur de la République de Marseille, Jacques Dallest.", "Jacques Dallest", "Marseille"},
        /* a role alone is the one person of the document with that role */
        {"fr", "Le ministre français Bernard Kouchner a réuni les ambassadeurs mardi. « Il n'y a pas d'inquiétude à "
               "avoir sur nos relations avec la Chine », a déclaré le ministre.", "Bernard Kouchner", NULL},
        /* a surname used as an adjective names no one: "the Nobel Committee", "the Romney
         * campaign's surrogates"; "she said" stands for no committee */
        {"en", "Alfred Nobel created the prize in 1895.\n\nShe reaffirmed her stand in a statement released by the "
               "Nobel Committee that said: “It is therefore critical for me to state that I neither say nor believe it.”",
         "Nobel Committee", "Alfred"},
        {"en", "Alfred Nobel created the prize in 1895.\n\nThe Nobel Committee said: “The laureate was chosen for her "
               "work on the environment.”\n\nHer Nobel prize is the first to acknowledge environmentalism.\n“The "
               "committee has challenged the world to broaden the understanding of peace,” she said.", "", "Nobel"},
        {"en", "The Republican candidate Mitt Romney spoke in Ohio on Monday.\n\nOne of the Romney campaign’s surrogates spoke of the joy of "
               "the crowd: “I worked the rope line, people wouldn’t let go of my hand.”", "", "Romney"},
        /* quotes are read once entities are typed: "Nord de Marseille" is a place, not a person
         * the speaker phrase names */
        {"fr", "Mohamed vivait dans les quartiers Nord de Marseille avec sa mère.\n\nL'enquête se poursuit dans les "
               "quartiers Nord de Marseille.\n\n«Il y a trop d'interrogations dans cette affaire», a ainsi reconnu "
               "jeudi le procureur de la République de Marseille, Jacques Dallest.", "Jacques Dallest", "Nord"},
        /* the person the whole name names, not the first one listed with its surname */
        {"en", "George Washington was the first president of the United States.\n\n“Growing up, I just knew that "
               "only black people had my last name,” said Shannon Washington, a teacher in Ohio.", "Shannon Washington",
         "George"},
        /* a line ending on a colon introduces the quote below it: the cleaner keeps it, and the
         * person it names, or the subject of its verb of saying, is the speaker; an owner before
         * a name is not the person */
        {"en", "Pundits made their calls before the vote.\n\nSarah Palin:\n\n“I do believe that enough Americans "
               "have awakened and understand it’s time for a shift.” — Nov. 2, on Fox News.", "Sarah Palin", NULL},
        {"en", "Pundits made their calls before the vote.\n\nThe Weekly Standard’s Bill Kristol:\n\n“I’m cautiously "
               "optimistic that Romney’s going to win.”", "Bill Kristol", "Weekly"},
        {"en", "The rider was seen in the water.\n\nIn a recorded conversation with a reporter, Delynn Adams said he "
               "did not urinate in the water:\n\n“Everybody thinks it’s funny and a joke and it’s really not.”",
         "Delynn Adams", NULL},
        /* without a verb of saying, the first person named before the quote, not the nearest
         * name; a place or another name there is more often what the quote is about */
        {"en", "The court ruled on Tuesday.\n\nWelcoming the judgment, Emma Norton, the head of legal casework at "
               "Liberty, which intervened in the case, said: “We are delighted that the court has today recognised "
               "his vulnerability.”", "Emma Norton", "Liberty"},
        {"fr", "Le décret est paru en juillet.\n\nLe fichier Edvige, créé le 1er juillet, permet la collecte "
               "d'informations sur toute personne « susceptible de porter atteinte à l'ordre public ».", "", "Edvige"},
        /* the full stop of an abbreviated title does not end the speaker phrase; a day after the
         * verb is skipped */
        {"en", "The girl survived the fall.\n\n“A person can take a fall from a standing height and the neck can "
               "break,” said Dr. Ryan Goodwin, director of the Center for Pediatric Orthopedics.", "Ryan Goodwin", NULL},
        {"fr", "L'enquête continue.\n\n« On a beaucoup de doutes sur ses changements de versions », a déclaré hier le "
               "procureur.", "procureur", "hier"},
        /* verbs of saying in the imperfect, "se réjouir", "the letter reads" */
        {"fr", "La crise dure.\n\n« L'ensemble du dispositif français est solide et diversifié », affirmait lundi "
               "Georges Pauget.", "Georges Pauget", NULL},
        {"fr", "Les Jeux se sont achevés.\n\n«Il est clair que la Chine a placé la barre très haut», s'est réjoui "
               "dimanche son président, Jacques Rogge.", "Jacques Rogge", NULL},
        {"en", "Powell's resignation letter to Bush was dated last Friday.\n\n\"Now that the election is over,\" the "
               "letter reads, \"the time has come for me to step down.\"", "letter", NULL},
        /* an adverb between the subject's comma and the verb is not the subject */
        {"en", "The video stayed online for two hours.\n\nThe platform's chief, Mark Zuckerberg, subsequently "
               "acknowledged he had “a lot of work” to do.", "Mark Zuckerberg", "subsequently"},
        /* "he said" with no speaker in the sentence before: the subject of a verb of saying or
         * the person a sentence opens on, since the last quote, a few sentences and paragraphs
         * back, in the quote's own sentence first; not an owner ("Obama's remark"), not a person
         * whose given name says the other sex */
        {"en", "“We still have time,” said Angela Merkel in Berlin.\n\nBusiness figures have expressed alarm about "
               "the uncertainty.\n\nAdam Marshall, director general of the British Chambers of Commerce, said "
               "politicians should understand the impact.\n\n“At one of the most pivotal moments for the economy, "
               "this is a disaster,” he said.", "Adam Marshall", "Merkel"},
        {"en", "Curtis Barwick was in Oroville on Saturday. He usually looks for gold closer to his home in Anderson. "
               "It is a lot like hiking, with a chance of a reward.\n\n“The odds are greater than winning the "
               "lottery,” he said.", "Curtis Barwick", NULL},
        {"en", "“We have no intent to cross the border,” said the ambassador, Sergey Kislyak.\n\nPresident Barack "
               "Obama's remark last week drew a retort from the ambassador.\n\n“If you consider Russia a regional "
               "power, look at the region,” he said.", "Sergey Kislyak", "Obama"},
        {"en", "According to Piers Morgan, Alex Jones kept ranting through the break.\n\nMorgan said he anticipated "
               "such a performance: “I knew what we were going to be getting into with him,” he said.", "Morgan",
         "Jones"},
        /* a quoted phrase inside a sentence whose speaker comes in the incise that ends it, once
         * the words before the quote name none; not the listener of "told" */
        {"fr", "Tenzin Gyatso a parlé mardi devant le Parlement européen.\n\nMais si elle a la puissance, \"il y a un "
               "facteur important qui est l'autorité morale\", et celle-ci lui manque à cause de son bilan en "
               "matière de droits de l'Homme, a-t-il déclaré.", "Tenzin Gyatso", NULL},
        {"en", "The report came out on Monday.\n\nOver two years the market was used by \"several thousand drug "
               "dealers and other unlawful vendors\" to sell drugs worth a billion dollars, Tarbell wrote.",
         "Tarbell", NULL},
        {"en", "The report came out on Monday.\n\n\"The problem requires attention globally,\" Ruediger Kuehr of "
               "the U.N. University and executive secretary of the Solving the E-Waste Problem initiative, told "
               "Reuters.", "", "Reuters"},
        /* more verbs of saying ("a lancé", "résume", "posted"); a capitalized word inside a sentence
         * is none ("Lance" of Lance Armstrong); a sentence opening on a subordinate clause has its
         * subject after the conjunction; a place in the complement of a described speaker is where
         * the speaker is from */
        {"fr", "La ministre est sortie du conseil.\n\n« Je suis particulièrement frustrée de cet événement », a "
               "lancé Christine Lagarde vendredi.", "Christine Lagarde", NULL},
        {"fr", "Eddy Merckx se déclare \"certain\" que l'Américain Lance Armstrong \"ne fera pas le Tour\" de France "
               "en juillet.", "Eddy Merckx", "Lance"},
        {"fr", "Le dalaï lama a parlé mardi.\n\nD'autant que le président français a finalement lâché, vendredi "
               "depuis Pékin, qu'il aura \"l'occasion de le rencontrer bientôt\".", "président français", "autant"},
        {"fr", "Le cardinal a parlé sur France Info.\n\n\"Nous avons une loi qui est assez équilibrée\", a poursuivi "
               "l'archevêque de Paris.", "archevêque de Paris", NULL},
        /* a part of a group after a possessive ("un de ses proches", "one of his aides") */
        {"fr", "Ingrid Betancourt est fatiguée.\n\n«Ceux qui l'imaginaient repartir se trompaient, poursuit un de ses "
               "proches. Elle avait besoin d'un long repos.»", "un de ses proches", NULL},
        {"en", "The senator stayed home.\n\n\"He will not run again,\" one of his aides said on Monday.", "one of his aides",
         NULL},
        /* a person named after a medium ("sur BFM") is the speaker */
        {"fr", "Les PME souffrent.\n\n\"On est beaucoup plus inquiets pour les entreprises petites\", a dit mercredi sur "
               "BFM Pierre Nanterme, le président de la commission économique du Medef.", "Pierre Nanterme", NULL},
        /* so is an event in its complement what the speaker did; a written source's complement is
         * the speaker */
        {"fr", "Armstrong revient sur le Tour de France.\n\n\"Aucune proposition ne permettrait de fournir une preuve "
               "pertinente\", a déclaré le septuple vainqueur du Tour de France, dans un communiqué.",
         "septuple vainqueur du Tour de France", NULL},
        {"fr", "Le ministère de l'Economie a réagi mardi.\n\n« L'impact, en cours d'évaluation, devrait être limité », "
               "indique encore le communiqué de Bercy.", "Bercy", "communiqué"},
        {"en", "Some are taking the storm in stride.\n\n\"Only perk of going to school in Boston: snow days,\" "
               "Facebook user Carla Torres posted.", "Carla Torres", NULL},
        /* a sentence opening on a title ("The ambassador", "Le jeune trader"): the story's one
         * person holding it, else, when a quote of someone else is in that sentence, the title */
        {"en", "“We have no intent to cross the border,” said Sergey Kislyak.\n\nThe ambassador also had a retort "
               "to President Barack Obama's remark that Russia is a \"regional power acting out of weakness.\"\n\n"
               "“If you consider Russia a regional power, look at the region,” he said.", "ambassador", "Obama"},
        {"fr", "Le trader Jérôme Kerviel a été entendu mardi par les juges.\n\nLe jeune trader de 31 ans a expliqué "
               "avoir toujours voulu \"faire gagner de l'argent à sa banque\".\n\n\"J'ai vite été entraîné dans une "
               "spirale\", a-t-il expliqué.", "Jérôme Kerviel", NULL},
        /* "elle" after a sentence ending on an incise whose subject follows the verb and an
         * auxiliary ("…, a annoncé hier soir la ministre de l'Economie Christine Lagarde.") */
        {"fr", "La ministre parle.\n\nCet apport est rendu indispensable, a annoncé hier soir la ministre de "
               "l'Economie Christine Lagarde. Les banques pourront « financer correctement l'économie », a-t-elle "
               "précisé lors d'un point presse.", "Christine Lagarde", NULL},
        /* ... also when an apposition follows the name, two sentences back ("elle": not the man
         * named in between) */
        {"fr", "La cour a entendu Ulrika Weiss.\n\nLe parquet s'oppose à la remise en liberté du jeune trader, a "
               "expliqué Ulrika Weiss, porte-parole du parquet général.\n\nJérôme Kerviel est incarcéré depuis le 8 "
               "février.\n\n\"Nous nous opposons à la demande de remise en liberté\", a-t-elle déclaré à la presse.",
         "Ulrika Weiss", NULL},
        /* a verb of saying ("pointait") and two incises before the name */
        {"fr", "La Chine menace.\n\n« Il est de l'intérêt de tout le monde que la relation se poursuive », "
               "pointait, d'ailleurs, hier soir, Christine Lagarde, la ministre française de l'Economie.",
         "Christine Lagarde", NULL},
        /* a line opening on a noun of saying and ending on the colon that introduces the quote */
        {"fr", "Nicolas Sarkozy a parlé vendredi.\n\nRéponse lapidaire, ce mercredi, du haut dignitaire tibétain :\n\n"
               "\"S'il le souhaite, j'en serai très heureux. S'il ne le souhaite pas, ce n'est pas grave.\"",
         "haut dignitaire tibétain", "Sarkozy"},
        /* "he" after a sentence opening, past a conjunction, on words that end one person's title
         * ("the crown prince": "deputy crown prince Mohammed bin Salman"), a paragraph before */
        {"en", "Saudi Arabia unveiled a plan, said deputy crown prince Mohammed bin Salman on Monday.\n\nOil prices "
               "are low. But the crown prince said the reforms would go ahead.\n\n\"The vision has nothing to do "
               "with crude prices,\" he said.", "Mohammed bin Salman", NULL},
        /* a pronoun subject before the quote with no one speaking before it: the person the
         * sentence before names as its subject, past an auxiliary ("avait déjà évoqué") */
        {"fr", "Le trader a été libéré mardi.\n\nLors de son premier interrogatoire devant les enquêteurs, Jérôme Kerviel "
               "avait déjà évoqué ces prises de positions, établies juste avant les attentats de Londres.\n\nIl avait "
               "alors souligné qu'il s'agissait de «sa première expérience en ce sens».", "Jérôme Kerviel", NULL},
        /* ... or the name in apposition after its opening phrase */
        {"fr", "Le débat est relancé.\n\nPour le député socialiste de la Nièvre, Gaëtan Gorce, l'exception prendrait une "
               "autre forme.\n\nSoucieux de ne pas créer un \"droit à la mort contraire à nos valeurs\", il estime qu'il "
               "faut affiner la loi.", "Gaëtan Gorce", NULL},
        /* ... but an incise ending the sentence names the source first */
        {"en", "Mr Macron gave an address in Versailles.\n\nInvestigators found three knives in the suspect's car.\n\n"
               "After his arrest, he told police he wanted to attack \"Muslims, Jews, blacks, homosexuals\", AFP said.",
         "AFP", "Macron"},
        /* a speaker phrase is not cut inside a name */
        {"fr", "La malade est morte.\n\n«Je trouve très difficile de ne pas lui offrir une porte de sortie», avait "
               "expliqué le fondateur de Médecins sans Frontières et Médecins du Monde, qui l'admirait.",
         "fondateur de Médecins sans Frontières et Médecins du Monde", NULL},
        /* not words that only end a title's complement ("La responsable socialiste" is not the
         * "président du groupe socialiste") */
        {"fr", "Le président du groupe socialiste Jean-Marc Ayrault a parlé lundi.\n\nLa responsable socialiste a "
               "souligné de son côté que le dalaï-lama était un exemple.\n\n« Je suis très très honorée », "
               "a-t-elle ajouté.", "responsable socialiste", "Ayrault"},
        /* a quote ending on a quotation inside it ('…,'") is a whole utterance: its speaker comes
         * between it and the verb */
        {"en", "The pastor met the candidate.\n\n\"I asked him: 'Are you a racist? People are saying that about "
               "you,'\" Bloomer said.", "Bloomer", NULL},
        /* "il" after a sentence that opens on a description as its subject (French, where the
         * dictionary tells the verb), nearer than a person named further back */
        {"fr", "Les élus ont reçu Frédéric Desagneaux, porte-parole, qui a parlé longuement aux députés.\n\n"
               "Jeudi, le dalaï lama est intervenu devant les membres du Parlement européen.\n\n\"Chacun sait que "
               "nous recherchons une authentique autonomie\", a-t-il dit.", "dalaï lama", "Desagneaux"},
        /* a pronoun subject of a second verb of saying stands for the subject of the first, not
         * for the speaker of the quote before */
        {"en", "The leaders met.\n\n\"We will trade more,\" said Lula.\n\nPeruvian President Alejandro Toledo told "
               "reporters the union had proved integration took time, but he proclaimed, \"Sooner rather than later "
               "we will have a single currency.\"", "Alejandro Toledo", "Lula"},
        /* a paragraph that is a quotation of several sentences goes on with the speaker of the
         * quote that ends the paragraph before it */
        {"en", "The nurse was suspended last year.\n\n\"His life is completely changed. He doesn't have a life now,\" "
               "Karren Reynolds said.\n\n\"He has an existence but it's nowhere near what it was before. He was a "
               "highly intelligent man.\"", "Karren Reynolds", NULL},
        /* a question or a cry, and its speaker in the short sentence the splitter cut after it */
        {"en", "The host asked about the studio's rules.\n\n\"Where am I going wrong here, Juan?\" Bill Reilly "
               "asked.", "Bill Reilly", NULL},
        {"en", "The board met again.\n\n\"We finally did it after ten long years!\" Sarah Klein wrote on Monday.", "Sarah Klein", NULL},
        /* a subject whose title is no role word, before an apposition; not a person named in an
         * opening phrase ("After meeting Obama,") */
        {"en", "“The verdict is fair,” said juror Anne Miller.\n\nJury foreman Stephen Cardosi, a paramedic who "
               "lives in Half Moon Bay, explained that he found the evidence overwhelming.\n\n“It's hard to "
               "narrow it down to one specific issue,” he said.", "Stephen Cardosi", "Miller"},
        {"en", "“The talks went well,” said Robert Hall, the party's leader.\n\nAfter meeting Obama, the leader "
               "of the delegation flew home on Tuesday.\n\n“We will be back next month,” he said.", "Robert Hall",
         "Obama"},
        {"en", "“The investigation is complete,” said John Smith, the county prosecutor.\n\nThe family met with "
               "officials on Wednesday.\n\n“We want to get it right,” she said.", "", "Smith"},
        {"en", "“The investigation is complete,” said Anthony Batts, the police commissioner.\n\nMayor Stephanie "
               "Rawlings-Blake sought to calm the city on Wednesday.\n\n“Whatever time the prosecutors need, the "
               "family wants to get it right,” she said.", "Stephanie Rawlings-Blake", "Batts"},
        /* a description of the speaker is a noun phrase: it ends before a relative pronoun or an
         * auxiliary, and a clause is none; "according to" is one word of attribution */
        {"en", "The ministry printed the booklet in June.\n\nDr Ishwara N Acharya, director in-charge of the "
               "council, also claimed the booklet does not say that “sex must be avoided”.", "", "does not"},
        {"fr", "Les Jeux se sont achevés dimanche.\n\nL'ambassade américaine a par ailleurs regretté « que la Chine "
               "n'ait pas saisi l'occasion des Jeux pour faire preuve d'ouverture ».", "ambassade américaine", "par ailleurs"},
        {"en", "More storms are on the way.\n\nAccording to Senior Meteorologist Henry Margusity, \"The Sunday to "
               "Monday weather event will not mark an end to the stormy pattern.\"", "Henry Margusity", "to Senior"},
        {"en", "The booklet was released on Tuesday.\n\nThe minister defended the booklet as containing \"wisdom "
               "accumulated over many centuries,\" and said it did not advise specifically against sex.", "", "did not"},
        /* without a verb of saying, the agent of a noun of saying speaks, a place for its
         * government */
        {"fr", "L'offensive a commencé mardi.\n\nFace à la condamnation par Paris d'une opération \"illégale, "
               "injustifiable et inacceptable\", Bakou a réagi dans la soirée.", "Paris", NULL},
        {"en", "The offensive began on Tuesday.\n\nA sharp condemnation from Washington of the \"illegal, unjustifiable and "
               "unacceptable\" strikes came late in the evening.", "Washington", NULL},
        /* a title in lower case and its name between the quote and the verb */
        {"en", "The game went to overtime.\n\n\"He thought it was over. He thought we were up one,\" coach Tyronn "
               "Lue said.", "Tyronn Lue", NULL},
        {"en", "NPR fired its analyst on Wednesday.\n\n\"Juan Williams: Going Rogue,\" former GOP vice presidential "
               "candidate Sarah Palin said Thursday in a Twitter message.", "Sarah Palin", "message"},
        /* a relative pronoun as the subject stands for the person named before it */
        {"fr", "Les banques ont assuré ne pas avoir besoin d'aide.\n\nÀ commencer par Frédéric Oudéa, patron de la "
               "Société générale qui affirmait, le 14 octobre : « Nous n'avons pas besoin d'utiliser le guichet "
               "public. »", "Frédéric Oudéa", NULL},
        {"fr", "« Ce fut une réception émouvante », a déclaré François Hollande.\n\nIngrid Betancourt est revenue sur "
               "les conditions de sa détention dans la jungle.\n\n« C'est un monde absolument hostile avec des "
               "animaux dangereux », a-t-elle dit.", "Ingrid Betancourt", "Hollande"},
        /* a clause of its own between a quoted phrase and a verb (a relative pronoun, an article,
         * a conjunction): the words after that verb are its object, no speaker; a comma before
         * the verb makes it an incise again */
        {"fr", "Le rapport a été remis mardi.\n\n« On va vous observer mourir », a-t-il souligné à propos de "
               "l'« Observatoire des pratiques médicales de la fin de vie » dont la mission a proposé la création.",
         "", "création"},
        {"fr", "Le rapport a été remis mardi.\n\nLa mission refuse de « reconnaître un droit à la mort » et propose "
               "des aménagements visant à améliorer la fin de vie.", "", "aménagements"},
        {"fr", "Le rapport a été remis vendredi.\n\nIl fait apparaître « de graves lacunes dans le système de "
               "contrôle » de la banque, a annoncé vendredi la ministre de l'Économie Christine Lagarde.",
         "Christine Lagarde", NULL},
        /* the narrative infinitive: the subject before "de", or the one who spoke before */
        {"fr", "La ministre a quitté la réunion vendredi.\n\n« Je suis particulièrement frustrée de cet événement », a "
               "lancé Christine Lagarde vendredi.\nEt d'ajouter : « Nous allons mettre en place une déclinaison pour "
               "les banques. »", "Christine Lagarde", NULL},
        {"fr", "La banque a perdu 5 milliards d'euros.\n\n« Il a construit une entreprise dissimulée », a déclaré Daniel "
               "Bouton.\nEt le directeur général de la banque de conclure : « Il a un extraordinaire talent de "
               "dissimulation. »", "directeur général de la banque", "Bouton"},
        /* an incise ending the sentence long after the quote, with where it was said */
        {"fr", "Chantal Sébire a été retrouvée morte mercredi.\n\nLa garde des Sceaux « Rachida Dati a fait part de sa "
               "profonde émotion après le décès de Mme Sébire », retrouvée morte mercredi et qui avait demandé le droit "
               "d'être euthanasiée, a déclaré Guillaume Didier lors de son point de presse hebdomadaire.",
         "Guillaume Didier", NULL},
        /* an organization spelled whole, not the one-word entity its last word also is */
        {"fr", "Le fichier Edvige inquiète. Les droits de l'Homme sont en jeu, dit l'Homme de la rue.\n\n"
               "Des personnes jugées « susceptibles de porter atteinte à l'ordre public » seront fichées, a "
               "annoncé la Ligue des droits de l'Homme (LDH).", "Ligue des droits de l'Homme", NULL},
        /* a participle opening a clause ends the speaker's description */
        {"fr", "La banque a perdu 600 millions d'euros.\n\n« Cette dérive dans la gestion n'a pas été perçue à temps », "
               "soulignait l'inspection considérant que c'est bien « le manque de réactivité des responsables » qui a aggravé "
               "les choses.", "inspection", "considérant"},
        /* a periphrasis for a title (data/headroles) names the person of the story with that
         * role, give or take one word, the one named twice as often as any other when several
         * fit; a role with a complement of its own is another ("président du Modem") */
        {"fr", "Le président Nicolas Sarkozy a reçu samedi le dalaï lama. Nicolas Sarkozy avait annoncé la rencontre en "
               "août et Sarkozy l'a confirmée vendredi.\n\nLe président chinois Hu Jintao a protesté.\n\n« Je suis libre "
               "de mon agenda », avait déclaré le chef de l'Etat au cours d'une conférence de presse.",
         "Nicolas Sarkozy", "Hu"},
        {"fr", "Le président français Emmanuel Macron a appelé mardi l'Azerbaïdjan à cesser son offensive.\n\n« L'offensive "
               "doit cesser immédiatement », affirme le locataire de l'Élysée ce mardi soir.", "Emmanuel Macron", NULL},
        {"fr", "Le président du Modem François Bayrou a critiqué le fichier.\n\n« Tout ce qui n'est pas indispensable, il "
               "faut l'enlever », a déclaré le chef de l'Etat lors d'un déplacement.", "chef de l'Etat", "Bayrou"},
        {"en", "President Barack Obama met the premier on Monday. Obama spoke for an hour.\n\n\"We will not back down,\" "
               "the head of state told reporters.", "Barack Obama", NULL},
        /* a relative clause between the subject and its verb of saying: the subject is what it
         * tells of, not the verb's object ("la perversité des … systèmes") */
        {"fr", "Le rapport a été remis mardi.\n\nMarie de Hennezel, qui, durant plusieurs années, a accompagné des "
               "mourants dans des services de soins palliatifs, dénonce au passage la perversité des nouveaux systèmes "
               "de tarification qui sont « en totale contradiction avec le principe même de l'accompagnement ».",
         "Marie de Hennezel", "perversité"},
        {"en", "The payments went through in May.\n\nThe source, who requested anonymity, said the payments were \"being "
               "made to the agency,\" and added, \"A simple trace on the wires will easily reveal who the beneficiaries "
               "were.\"", "source", "Martin"},
        /* a person named as the one a description tells of ("le porte-parole de X", "a lawyer for
         * X", "X's daughter") is not the speaker: the description is, or the name in apposition
         * to it, or the person the owner's noun names */
        {"fr", "Nicolas Sarkozy a été élu mercredi.\n\n« Rien n'est décidé pour le moment », a déclaré le porte-parole "
               "de Nicolas Sarkozy.", "porte-parole de Nicolas Sarkozy", NULL},
        {"fr", "Ingrid Betancourt a été libérée mercredi.\n\n« Elle a laissé un souvenir exceptionnel », rapporte la "
               "fille d'Ingrid Betancourt.", "fille d'Ingrid Betancourt", NULL},
        {"en", "Air Force official Darleen Druyun joined Boeing in January.\n\n\"She is very interested in talking to us,\" Druyun's "
               "daughter wrote in the e-mail.", "Druyun's daughter", NULL},
        {"en", "Nicolas Sarkozy was elected on Wednesday.\n\n\"Nothing has been decided on this matter,\" said a lawyer "
               "for Nicolas Sarkozy.", "lawyer for Nicolas Sarkozy", NULL},
        {"en", "Christine Gregoire won the recount.\n\n\"This ain't golf. No mulligans allowed here, folks,\" "
               "Gregoire's spokesman, Morton Brilliant, said Wednesday.", "Morton Brilliant", NULL},
        {"en", "Lauri Love won his appeal on Monday.\n\nMr Love's local MP Matt Hancock said: \"It has been a long and "
               "hard process for him and his loving family.\"", "Matt Hancock", NULL},
        {"en", "Nicolas Sarkozy was elected on Wednesday.\n\n\"Nothing has been decided on this matter,\" said "
               "Secretary of State Nicolas Sarkozy.", "Nicolas Sarkozy", "Secretary"},
        {"fr", "Nicolas Sarkozy a été élu. Ingrid Betancourt est libre.\n\n« Il n'y a eu aucune rançon », "
               "assure-t-on dans l'entourage de M. Sarkozy.", "entourage de M. Sarkozy", NULL},
        /* a causative before an infinitive of saying ("fait observer", "a fait valoir"); an
         * incise of its own between the verb and the speaker */
        {"fr", "Le débat a repris mardi.\n\n« Cette approche permet un traitement au cas par cas », fait observer Jean "
               "Leonetti.", "Jean Leonetti", NULL},
        {"fr", "Le parquet a fait appel.\n\n« Il faut veiller à préserver toutes les preuves utiles », a fait valoir "
               "Mme Ulrika Weiss.", "Ulrika Weiss", NULL},
        {"fr", "Le fichier inquiète les Églises.\n\n« J'ai envie de dire que l'on frise l'intolérable », réagit, à titre "
               "personnel, le pasteur Jean-Pierre Rive, président de la commission Église et société.",
         "Jean-Pierre Rive", NULL},
        /* "selon" and a name after an elided article */
        {"fr", "Les taux remontent depuis février.\n\nEt le pire est à venir, selon l'Afub : « Nous sommes en train "
               "d'identifier des pratiques attentatoires à la libre concurrence. »", "Afub", NULL},
        /* a role alone that two people of the document hold, each named once: left as written */
        {"fr", "Le ministre de la Défense Hervé Morin a présenté le texte. La ministre de l'Intérieur Michèle "
               "Alliot-Marie l'a défendu.\n\n« Le travail que nous avons fait permet de préciser les choses », a "
               "souligné la ministre.", "ministre", "Morin"},
        /* verbs of saying of opinion ("juge", "a jugé", "s'insurgent"); the same word after an
         * article is a noun ("le juge", "l'accusé") */
        {"fr", "Les Jeux se sont achevés dimanche.\n\n« La Chine n'est pas montée sur le podium dans la catégorie "
               "liberté de la presse », juge le Club de la presse étrangère en Chine qui dénonce les intimidations.",
         "Club de la presse", "intimidations"},
        {"fr", "Nicolas Sarkozy a reçu le dalaï-lama samedi.\n\nLe ministère chinois des Affaires étrangères a jugé que "
               "l'entretien de M. Sarkozy avait « fait beaucoup de mal aux relations bilatérales ».",
         "ministère chinois", "Sarkozy"},
        {"fr", "Les syndicats ont manifesté lundi.\n\n« En quoi devraient-ils faire les frais d'orientations hasardeuses "
               "des dirigeants ? » s'insurgent les syndicats.", "syndicats", NULL},
        {"fr", "Le procès s'est ouvert lundi.\n\n« Les faits reprochés au prévenu sont graves et précis », a estimé le "
               "juge.", "juge", NULL},
        {"fr", "Le procès s'est ouvert lundi.\n\n« Je ne regrette rien de ce que j'ai fait », a dit l'accusé.",
         "accusé", NULL},
        /* a sentence opening on whose opinion it tells ("Pour X,"), not the organization named
         * nearest the quote; not a phrase that names no one */
        {"fr", "Le fichier inquiète.\n\nPour la Ligue des droits de l'Homme, cette réforme, une conséquence du "
               "rapprochement entre les RG et la DST, est « incompatible avec l'état de droit et les libertés ».",
         "Ligue des droits", "DST"},
        {"fr", "Pourquoi accepter une aide de l'Etat ? Pour la bonne cause, répond une porte-parole :\n\n« Il s'agit "
               "de financer l'économie réelle et d'accorder des crédits aux PME. »", "porte-parole", "cause"},
        {"fr", "Les banques ont été aidées.\n\nLe président de la CGMPME, Jean-François Roubaud, reconnaît un "
               "certain soulagement : « J'étais inquiet sur le resserrement du crédit en France. »",
         "Jean-François Roubaud", NULL},
        {"en", "Refugees kept arriving on Wednesday.\n\nOne of those who arrived, Amadou from Mauritania, told AFP news "
               "agency: \"We heard that Hungary was closed so we came this way.\"", "Amadou", "AFP"},
        /* a speaker standing for one named before: "ce dernier", "the latter"; a written source
         * named again ("le texte") after a quote whose attribution names it */
        {"fr", "Le culte est inquiet.\n\nIl souhaite, comme Mohammed Moussaoui, président du CFCM, que les accès soient "
               "contrôlés. « Nous devons cependant attendre l'avis du Conseil d'État », ajoute ce dernier.",
         "Mohammed Moussaoui", NULL},
        {"fr", "Le fichier est contesté.\n\n« La création de ce fichier est inacceptable », écrit le PCF dans un "
               "communiqué. « Le Parti demande que le Parlement soit saisi de cette question », ajoute le texte.",
         "PCF", NULL},
        {"en", "The satellite fell on Sunday.\n\n\"The remnants fell to the southern Atlantic Ocean,\" the space agency "
               "wrote in a status report on its website.\n\n\"No damage to property has been reported from any debris,\" "
               "the report said.", "space agency", NULL},
        {"en", "The commission met on Tuesday.\n\n\"We have been driving beyond the reach of our headlights,\" Michael "
               "Thibault said in a statement released with the report. \"Over 2,200 contractor employees have died in Iraq "
               "and Afghanistan,\" the report says.", "report", "Thibault"},
        /* a time word between the subject and its verb; a written text's words ("one of the
         * notes read", "a note that read") */
        {"en", "The draw was made on Friday.\n\nJose Mourinho, who won the Champions League with Porto, yesterday said "
               "that he wanted to play Barcelona. \"For emotional reasons I would like to play Barcelona,\" he said.",
         "Jose Mourinho", NULL},
        {"en", "Bolt filed a complaint in January.\n\nThis past fall, Bolt said she received anonymous notes. \"You are a "
               "prime example of why women don't belong in fire,\" one of the notes read.", "one of the notes", "Bolt"},
        {"en", "The fight broke out on Sunday.\n\nSources said Drake, 25, sent Brown, 23, into a rage when his table sent over a "
               "note that read, \"I am the love of your life and you know it.\"", "note", "rage"},
        /* a pronoun after a sentence naming one person as a subject, no one speaking in it: that
         * person, not the last speaker; not a name after a preposition or before a noun */
        {"en", "\"We must keep our country safe,\" said Jason Miller, a spokesman.\n\nThe controversy started after "
               "Russian President Vladimir Putin called on his country to strengthen its forces. \"We need to "
               "strengthen the military potential of strategic nuclear forces,\" he said.", "Vladimir Putin", "Miller"},
        {"en", "\"He is the right man for the job,\" said Bernard Kerik, the nominee.\n\nHe has been a staunch "
               "supporter of Bush and the war in Iraq. \"It is better to fight terrorists in Iraq than in New York,\" "
               "he said.", "Bernard Kerik", "Bush"},
        {"en", "\"I did not do these acts,\" Jerry Sandusky wrote in his letter.\n\nIt was part pep talk, with a "
               "side order of the Frank Sinatra ballad. \"The system protected the system and the media,\" he wrote.",
         "Jerry Sandusky", "Sinatra"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        one o;
        pr_facts *f = one_facts(&o, cases[i].lang, cases[i].text);
        if (f) {
            const pr_quote *q = f->nquotes ? &f->quotes[f->nquotes - 1] : NULL;
            bool ok = q && strstr(q->speaker, cases[i].speaker) && !(cases[i].absent && strstr(q->speaker, cases[i].absent));
            CHECK(ok);
            if (!ok)
                fprintf(stderr, "  case %zu: speaker '%s', expected '%s'\n", i, q ? q->speaker : "(no quote)", cases[i].speaker);
        }
        one_free(&o);
    }
}

/* Quote marks around a title, a nickname or a charge hold no words anyone said: not quotes.
 * Each case: a text, and the number of quotes the story should have (the real ones). */
static void test_quote_labels(void)
{
    static const struct { const char *lang, *text; size_t quotes; } cases[] = {
        {"fr", "Le parquet a ouvert une enquête après une plainte contre X déposée au nom d'un petit porteur pour "
               "\"escroquerie, abus de confiance, faux et usage de faux\" et \"atteinte au système de traitement "
               "automatisé\". « Nous irons jusqu'au bout de cette affaire », a déclaré l'avocat du petit porteur.", 1},
        {"fr", "La presse chante les louanges de \"JK\", le \"Che Guevara de la finance\", le \"James Bond de la "
               "SocGen\". Le réalisateur présentera le film \"Le secret des poignards volants\" à Cannes.", 0},
        {"en", "Sir Ian attended the UK premiere of \"X-Men: Days of Future Past\" on May 12, after an interview on "
               "\"The Tonight Show Starring Jimmy Fallon\". He was dubbed \"the nicest man in show business\" by "
               "the crowd. \"It was a wonderful evening for all of us,\" he said.", 1},
        /* title case with its function words in lower case */
        {"en", "Odell sang several covers, including one of \"Dreaming with a Broken Heart\" by John Mayer, and he "
               "appeared on \"Late Night with Seth Meyers\".", 0},
        /* not labels: a statement after "said that", a phrase after a noun of title in lower case, a
         * quote in capitals, a quote after a title in the same sentence */
        {"en", "President Shimon Peres said that \"Israel will ensure its own security\" on Monday. McCain released "
               "e-mails that he said show \"a systemic Air Force failure in procurement oversight\". The sign read "
               "\"NO! I MUST STAY IN TV NO MATTER WHAT!\" in red.", 3},
        {"en", "Dianne Feinstein told CNN on \"State of the Union.\" \"There's speculation, but there's nothing.\"", 1},
        {"fr", "Le président a salué une opération \"comparable aux moments les plus héroïques de l'histoire\".", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        one o;
        pr_facts *f = one_facts(&o, cases[i].lang, cases[i].text);
        CHECK_MSG(f && f->nquotes == cases[i].quotes, "case %zu: %zu quotes, want %zu", i, f ? f->nquotes : 0,
                  cases[i].quotes);
        one_free(&o);
    }
}

/* A quotation of several paragraphs, each opening on the mark and only the last closing it: every
 * paragraph is a quote of the one speaker named before the first. A mark left open with no such
 * paragraph after it is no quote. */
static void test_quote_runs_on(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en", "The family's lawyer spoke on Monday.\n\nLatoya Francis-Williams said: “He is "
                            "literally attacked. The witness is describing that he was struck many times.\n\n“Officer "
                            "Bowman is the one that really started wailing on Mr Boyd, meaning Mr Boyd was on the ground.”\n\n"
                            "The police did not comment.");
    CHECK(f && f->nquotes == 2);
    for (size_t i = 0; f && i < f->nquotes; i++) CHECK_STR(f->quotes[i].speaker, "Latoya Francis-Williams");
    one_free(&o);
    f = one_facts(&o, "en", "The family's lawyer spoke on Monday.\n\nLatoya Francis-Williams said: “He is literally "
                  "attacked. The witness is describing that he was struck many times.\n\nThe police did not comment.");
    CHECK(f && f->nquotes == 0);
    one_free(&o);    /* a mark left open after a word of a sentence with no verb of saying before it is a title's
     * ('on ABC's "This Week'); after "said there was" it opens speech */
    f = one_facts(&o, "en", "The envoy was interviewed on Sunday.\n\nSergey Kislyak pushed back at a question on "
                  "ABC's \"This Week: from host George Stephanopoulos, asking him about recent developments.\n\n"
                  "\"What kind of pullback from Crimea are you talking about?\" Kislyak said.");
    CHECK(f && f->nquotes == 1);
    for (size_t i = 0; f && i < f->nquotes; i++) CHECK(strncmp(f->story->docs[0]->text + f->quotes[i].start, "This Week", 9));
    one_free(&o);
    f = one_facts(&o, "en", "The family's lawyer spoke on Monday.\n\nFrancis-Williams said there was “swelling on the "
                  "brain and fluid on the brain because the doctors attempted to drain that.\n\n“My understanding is "
                  "his kidneys end up failing,” she said.");
    CHECK(f && f->nquotes == 2);
    one_free(&o);
    /* guillemets inside guillemets: the outer quote ends at its own closing mark */
    f = one_facts(&o, "fr", "La chaîne a diffusé l'information.\n\n« Quand Lin Miaoke a entonné « Chanter le pays », "
                  "c'est Yang Peiyi, 7 ans, qui chantait dans les coulisses » : l'information a été supprimée.");
    CHECK(f && f->nquotes == 1);
    if (f && f->nquotes == 1) {
        const pr_quote *q = &f->quotes[0];
        CHECK_MSG(q->end - q->start > 9 && !memcmp(f->story->docs[0]->text + q->end - 9, "coulisses", 9), "quote '%.*s'",
                  (int)(q->end - q->start), f->story->docs[0]->text + q->start);
    }
    one_free(&o);
}

/* A word capitalized only because it opens a sentence is not part of a name ("Although Lacy"),
 * unless the document capitalizes it inside sentences too ("New Zealand"). */
static const char *ent_role(const pr_facts *f, const char *name);

static void test_sentence_initial(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en", "The district attorney spoke on Monday, although she had said little before. "
                       "Although Lacy said the tests were new, the family was not charged. "
                       "New Zealand sent a new team to help the investigators in Boulder. "
                       "The team from New Zealand arrived on Tuesday.");
    bool lacy = false, although = false, nz = false;
    for (size_t i = 0; f && i < f->nents; i++) {
        if (!strcmp(f->ents[i].name, "Lacy")) lacy = true;
        if (strstr(f->ents[i].name, "Although")) although = true;
        if (!strcmp(f->ents[i].name, "New Zealand")) nz = true;
    }
    CHECK(lacy && !although && nz);
    one_free(&o);
    /* with no lower-case "neither" or "although" in the story, the word itself (data/entities
     * kind s) keeps it out of the name, so the surname joins the full name */
    f = one_facts(&o, "en", "Neither Viktor Vekselberg nor anyone else was involved, the firm said. "
                  "Viktor Vekselberg met the lawyer in New York in 2017. "
                  "Although Spicer denied it, Vekselberg was questioned by agents at the airport.");
    size_t vek = 0;
    bool junk = false, spicer = false;
    for (size_t i = 0; f && i < f->nents; i++) {
        if (!strcmp(f->ents[i].name, "Viktor Vekselberg")) vek = f->ents[i].mentions;
        if (strstr(f->ents[i].name, "Neither") || strstr(f->ents[i].name, "Although")) junk = true;
        if (!strcmp(f->ents[i].name, "Spicer")) spicer = true;
    }
    CHECK_MSG(vek == 3 && !junk && spicer, "Viktor Vekselberg %zu mentions, junk %d, Spicer %d", vek, junk, spicer);
    one_free(&o);
    /* a title before a name is its role, not its first word ("Director Tarsem Singh", "PDG
     * Daniel Bouton"): the surname alone then joins the one full name */
    static const struct { const char *lang, *text, *name, *role; size_t mentions; } titled[] = {
        {"en", "Director Tarsem Singh shot the film in Montreal. Tarsem Singh said the cast was young. "
               "Singh added that the film would open in March.", "Tarsem Singh", "Director", 3},
        {"en", "Attorney Marilyn Mosby charged six officers on Friday. Mosby said the arrest was illegal.",
               "Marilyn Mosby", "Attorney", 2},
        {"fr", "Le PDG Daniel Bouton a présenté sa démission. Daniel Bouton restera administrateur. "
               "Bouton a refusé de commenter.", "Daniel Bouton", "PDG", 3},
        {"en", "Curator of Mammals Jake Esselstyn found the rat in 2013. Esselstyn said it had no molars.",
               "Jake Esselstyn", "Curator of Mammals", 2},
        {"en", "Professor Dieter Wolke led the study. Wolke said bullying had lasting effects.",
               "Dieter Wolke", "Professor", 2},
        {"en", "The church says the Prophet Brigham Young led the settlers west. Young said the valley was the place.",
               "Brigham Young", "Prophet", 2},
        {"fr", "Une analyse partagée par le sinologue Jean-Philippe Béja, qui ne craint pas de boycott. Béja ajoute que "
               "la Chine a besoin de la France.", "Jean-Philippe Béja", "sinologue", 1},
        {"en", "The volcano is quiet now, said scientist Tina Neal on Monday. Neal added that the lava had cooled.",
               "Tina Neal", "scientist", 2},
        /* "Deputy" is a title; "Former" opening a sentence names nothing */
        {"en", "Deputy Jeffrey Wright said the engine was on. Deputy Wright told reporters the car slid into a snowbank.",
               "Jeffrey Wright", "Deputy", 2},
        /* a portfolio with an elided article, a hyphenated title */
        {"fr", "Le texte a été publié.\n\nLa ministre de l'Intérieur Michèle Alliot-Marie l'a défendu mardi.",
               "Michèle Alliot-Marie", "ministre de l'Intérieur", 1},
        {"fr", "Le texte a été publié.\n\nLe porte-parole de l'Elysée Franck Louvrier l'a défendu mardi.",
               "Franck Louvrier", "porte-parole de l'Elysée", 1},
    };
    for (size_t c = 0; c < sizeof titled / sizeof *titled; c++) {
        f = one_facts(&o, titled[c].lang, titled[c].text);
        const pr_ent *hit = NULL;
        for (size_t i = 0; f && i < f->nents; i++)
            if (!strcmp(f->ents[i].name, titled[c].name)) hit = &f->ents[i];
        CHECK_MSG(hit && hit->mentions == titled[c].mentions && !strcmp(hit->role, titled[c].role),
                  "%s: %zu mentions, role '%s'", titled[c].name, hit ? hit->mentions : 0, hit ? hit->role : "");
        one_free(&o);
    }
    /* "Former" opening a sentence is no word of the name after it */
    f = one_facts(&o, "en", "Former Air Force official Darleen Druyun joined Boeing in January. Druyun said she had no regrets.");
    for (size_t i = 0; f && i < f->nents; i++)
        CHECK_MSG(strncmp(f->ents[i].name, "Former", 6) != 0, "entity '%s'", f->ents[i].name);
    one_free(&o);
    /* a word that ends a title between a role and a name: the role before it is someone else's
     * (a function word, a verb form, a lower-case word after the name the role went with); a
     * role word after it is the name's own. Complements ("Secretary of State", "chief of the
     * …", "du Crédit agricole") and organizations ("White House") stay in the title. */
    static const struct { const char *lang, *text, *name, *role; } broken[] = {
        {"en", "The ruling came after the judge granted Mia Farrow custody of the children.", "Mia Farrow", ""},
        {"en", "A lawyer representing Shane Bauer spoke to reporters on Monday.", "Shane Bauer", ""},
        {"en", "President Bush received John McCain at the White House on Friday, and the two men talked for an hour about the war.", "John McCain", ""},
        {"en", "Press secretary Sean Spicer reiterated Trump's claim on Monday.", "Trump", ""},
        {"en", "He met General Casey and General John Abizaid in Baghdad on Tuesday, and both said the war was going well.", "John Abizaid", "General"},
        {"en", "She was a spokeswoman for President Barack Obama until 2012.", "Barack Obama", "President"},
        {"en", "The county prosecutor in western Pennsylvania filed charges on Monday.", "Pennsylvania", ""},
        {"en", "The deal was announced by chairman and CEO Alan Lacy on Monday.", "Alan Lacy", "chairman and CEO"},
        {"en", "Secretary of State Colin Powell flew to Cairo on Monday, where he will meet the leaders of the region this week.", "Colin Powell", "Secretary of State"},
        {"en", "The picture was taken by chief White House photographer David Kennerly in 1974.", "David Kennerly",
         "chief White House photographer"},
        {"fr", "Le directeur général du Crédit agricole Georges Pauget a parlé lundi.", "Georges Pauget",
         "directeur général du Crédit agricole"},
        /* a word that opens a title in apposition before its role word (kind A) */
        {"fr", "Le dalaï-lama a remis un prix à Lech Walesa, ancien président polonais et ancien dirigeant du "
               "syndicat Solidarnosc.", "Lech Walesa", "ancien président polonais"},
        {"en", "The bill was written by Patrick Kennedy, a former congressman, who said it would pass.",
         "Patrick Kennedy", "former congressman"},
    };
    /* a role word inside a run of capitalized words: what comes before it is the title's first
     * words ("Defense Secretary"), or an organization or a place of its own ("Texas"), unless an
     * organization's word follows ("Massachusetts General Hospital") */
    f = one_facts(&o, "en", "On Monday, the visit of Defense Secretary Donald Rumsfeld to the hospital was praised by "
                            "Texas Gov. Rick Perry, and the Finance Minister said the talks at Massachusetts General "
                            "Hospital were useful for both of them.");
    CHECK_INT(ent_type(f, "Defense Secretary Donald Rumsfeld"), -1);
    CHECK_INT(ent_type(f, "Donald Rumsfeld"), PR_ENT_PERSON);
    CHECK(ent_role(f, "Donald Rumsfeld") && !strcmp(ent_role(f, "Donald Rumsfeld"), "Secretary"));
    CHECK_INT(ent_type(f, "Texas Gov"), -1);
    CHECK_INT(ent_type(f, "Texas"), PR_ENT_PLACE);
    CHECK_INT(ent_type(f, "Rick Perry"), PR_ENT_PERSON);
    CHECK_INT(ent_type(f, "Finance Minister"), -1);
    CHECK_INT(ent_type(f, "Massachusetts General Hospital"), PR_ENT_ORG);
    one_free(&o);
    f = one_facts(&o, "en", "The bill was blocked by House Speaker John Boehner, who said that the vote would wait until "
                            "after the recess.");
    CHECK_INT(ent_type(f, "House Speaker John Boehner"), -1);
    CHECK(ent_role(f, "John Boehner") && !strcmp(ent_role(f, "John Boehner"), "Speaker"));
    one_free(&o);
    /* a city of the GeoNames gazetteer (generated from libgeonames): a name of several words
     * whatever the city's size, a name of one word for a large city, unless a person of the story
     * bears it as a surname */
    f = one_facts(&o, "en", "Flights between Fort Worth and the airport were cancelled on Monday, and the storm moved "
                            "towards Dallas at night. The singer Christopher Jackson said he would stay home, and "
                            "Jackson added that the roads were closed.");
    CHECK_INT(ent_type(f, "Fort Worth"), PR_ENT_PLACE);
    CHECK_INT(ent_type(f, "Dallas"), PR_ENT_PLACE);
    CHECK_INT(ent_type(f, "Christopher Jackson"), PR_ENT_PERSON);
    one_free(&o);
    /* newspapers' words make organizations */
    f = one_facts(&o, "en", "The mayor spoke on Monday to the Boston Globe and to the Weekly Standard about the plan, "
                            "and both papers printed his words.");
    CHECK_INT(ent_type(f, "Boston Globe"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Weekly Standard"), PR_ENT_ORG);
    one_free(&o);
    /* a medium's space before "de": "dans les colonnes du Parisien", "au micro d'Europe"; a given
     * name still makes a person ("au micro de Jean-Pierre Elkabbach") */
    f = one_facts(&o, "fr", "Le maire a parlé lundi dans les colonnes du Parisien du projet de pont, puis au micro "
                            "d'Europe Radio et sur les ondes de France Inter, avant de répondre au micro de "
                            "Jean-Pierre Elkabbach.");
    CHECK_INT(ent_type(f, "Parisien"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Europe Radio"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "France Inter"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Jean-Pierre Elkabbach"), PR_ENT_PERSON);
    one_free(&o);
    f = one_facts(&o, "en", "The mayor set out the plan in the pages of the Evening Sentinel on Monday.");
    CHECK_INT(ent_type(f, "Evening Sentinel"), PR_ENT_ORG);
    one_free(&o);
    /* a surname with a prefix glued by an apostrophe is whole; the French article is not one */
    f = one_facts(&o, "en", "The airline will cut fares, said Michael O'Leary, the head of the company, on Monday in "
                            "Dublin, and O’Leary added that the plan would start in June.");
    CHECK_INT(ent_type(f, "Michael O'Leary"), PR_ENT_PERSON);
    CHECK_INT(ent_type(f, "Leary"), -1);
    one_free(&o);
    f = one_facts(&o, "fr", "Mardi, l'armée a lancé une opération et L'Azerbaïdjan a annoncé la reprise des combats dans "
                            "la région, selon les séparatistes.");
    CHECK_INT(ent_type(f, "Azerbaïdjan"), PR_ENT_PLACE);
    one_free(&o);
    /* a role in apposition before the name; a title of address gives way to it; not a title
     * that another name holds, nor for a place */
    f = one_facts(&o, "fr", "Mme Lagarde a parlé lundi à la radio. La ministre française de l'Economie, Christine "
                            "Lagarde, a estimé que la croissance serait faible. Le maire de Gatineau, Québec, a répondu.");
    CHECK_MSG(ent_role(f, "Christine Lagarde") && !strcmp(ent_role(f, "Christine Lagarde"), "ministre française de l'Economie"),
              "%s", ent_role(f, "Christine Lagarde") ? ent_role(f, "Christine Lagarde") : "(none)");
    CHECK(!ent_role(f, "Québec") || !ent_role(f, "Québec")[0]);
    one_free(&o);
    /* a person "of" a known place is the person and the place; a thing's name holds a word the
     * entity table knows, a group's ends on a plural */
    f = one_facts(&o, "en", "The toy was bought by Ida Lockett of Sacramento for her son, and the Bank of England and the "
                            "Boy Scouts of America said nothing about it on Monday.");
    CHECK_INT(ent_type(f, "Ida Lockett"), PR_ENT_PERSON);
    CHECK_INT(ent_type(f, "Ida Lockett of Sacramento"), -1);
    CHECK_INT(ent_type(f, "Sacramento"), PR_ENT_PLACE);
    CHECK(ent_type(f, "Bank of England") >= 0 && ent_type(f, "Boy Scouts of America") >= 0);
    one_free(&o);
    /* a given name after an organization's name of several words starts a person's */
    f = one_facts(&o, "fr", "Invité à réagir, le porte-parole adjoint du Quai d'Orsay Frédéric Desagneaux a déclaré jeudi que "
                            "la France restait attachée à ses liens avec la Chine.");
    CHECK_INT(ent_type(f, "Frédéric Desagneaux"), PR_ENT_PERSON);
    CHECK_INT(ent_type(f, "Quai d'Orsay"), PR_ENT_ORG);
    one_free(&o);
    f = one_facts(&o, "en", "The series ended on Wednesday night after six seasons. Executive producer Joel Fields, Keri "
                            "Russell and the cast thanked the fans.");
    CHECK(ent_role(f, "Keri Russell") && !ent_role(f, "Keri Russell")[0]);
    one_free(&o);
    for (size_t c = 0; c < sizeof broken / sizeof *broken; c++) {
        f = one_facts(&o, broken[c].lang, broken[c].text);
        const char *r = ent_role(f, broken[c].name);
        CHECK_MSG(r && !strcmp(r, broken[c].role), "%s: role '%s', want '%s'", broken[c].name, r ? r : "(no entity)",
                  broken[c].role);
        one_free(&o);
    }
}

/* A statement two sources carry (a wire copy, with other typography) is listed once with both
 * sources; a short quote inside a longer one is a repeat of it; other quotes stay apart. */
static void test_repeated_quotes(precis_ctx *ctx)
{
    const char *t[] = {
        "« Nous exhortons les parties à cesser immédiatement l'effusion de sang », a écrit le ministère russe. "
        "Le Premier ministre a parlé d'une « situation très grave pour notre pays » mardi.",
        "\"Nous exhortons les parties a cesser immediatement l'effusion de sang\", a écrit le ministère. "
        "Moscou veut \"cesser immédiatement l'effusion de sang\" dans la région."};
    precis_story *st = story_of(ctx, t, 2);
    pr_facts *f = NULL;
    CHECK(st && pr_facts_extract(st, &f) == PRECIS_OK && f);
    json_t *j = f ? pr_facts_to_json(f) : NULL;
    json_t *qs = json_object_get(j, "quotes");
    size_t listed = json_array_size(qs);
    json_t *first = json_array_get(qs, 0);
    CHECK(listed == 2);                                   /* the statement, the "situation" quote */
    CHECK(json_array_size(json_object_get(first, "sources")) == 2);
    CHECK(json_array_size(json_object_get(first, "repeats")) == 2);
    char *out = NULL;
    size_t n;
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK && out && strstr(out, "(d1, d2)"));
    precis_free(out);
    json_decref(j);
    pr_facts_free(f);
    precis_story_free(st);
}

/* The same statement transcribed otherwise by two sources is listed once with both; not another
 * named person's words that share most of its phrase, nor another statement. */
static void test_retold_quotes(void)
{
    const char *t[] = {
        "\"I'm very honored that he chose to [retire] during my term in office. He felt confident in me to make "
        "the right choice to carry on his great legacy,\" President Donald Trump said on Wednesday.",
        "\"I’m very honored that he chose to do it during my term in office, because he felt confident in me to "
        "make the right choice and carry on his great legacy,\" Trump said at the rally.\n"
        "\"We felt confident in him to make the right choice and carry on,\" Senator Heidi Heitkamp said of her own "
        "race.",
        "Trump spoke for an hour. \"This is a great day for the Supreme Court and a great day for the country,\" "
        "he said."};
    one o;
    pr_facts *f = facts_of(&o, NULL, t, 3);
    size_t listed = 0, honored = 0, with_both = 0;
    for (size_t i = 0; f && i < f->nquotes; i++) {
        const pr_quote *q = &f->quotes[i];
        if (q->dup_of != UINT32_MAX) continue;
        listed++;
        const char *x = f->story->docs[q->doc]->text + q->start;
        if (!strncmp(x, "I'm very honored", 16) || !strncmp(x, "I’m very honored", 18)) {
            honored++;
            with_both += q->ndocs == 2;
        }
    }
    CHECK_MSG(honored == 1 && with_both == 1 && listed == 3, "listed %zu, honored %zu (%zu with both sources)", listed,
              honored, with_both);
    one_free(&o);
}

/* A listed quote whose own sentence names no speaker takes the one its copies in other sources
 * name, when a copy holds at least half its words; a short piece of it does not lend its own. */
static void test_copied_speakers(precis_ctx *ctx)
{
    const char *t[] = {
        /* the whole passage, with no speaker of its own (an impersonal "on") */
        "Les banquiers ont été reçus mardi.\n\n\"Le système financier français est un système financier stable, "
        "qui a une solvabilité très confortable, et je crois qu'il ne faut pas paniquer. Il y a un pilote dans "
        "l'avion\", a-t-on entendu.",
        /* half of it, said by Henri de Castries */
        "Les banquiers ont été reçus mardi par le président.\n\n\"Le système financier français est un système "
        "financier stable, qui a une solvabilité très confortable\", a déclaré le président d'Axa Henri de "
        "Castries.",
        /* two short pieces of it in another man's mouth */
        "Les banquiers sont rassurants.\n\nJean Dupont a jugé \"un système financier stable\" en France. Puis Jean "
        "Dupont a estimé \"qu'il ne faut pas paniquer\" mardi."};
    precis_story *st = story_of(ctx, t, 3);
    pr_facts *f = NULL;
    CHECK(st && pr_facts_extract(st, &f) == PRECIS_OK && f);
    size_t listed = 0;
    for (size_t i = 0; f && i < f->nquotes; i++) {
        const pr_quote *q = &f->quotes[i];
        if (q->dup_of != UINT32_MAX) continue;
        listed++;
        /* the long passage: its copies (the same words, half of it) name Henri de Castries */
        CHECK(strstr(q->speaker, "Castries") != NULL);
        if (!strstr(q->speaker, "Castries")) fprintf(stderr, "  listed quote speaker '%s'\n", q->speaker);
    }
    CHECK(listed == 1);
    pr_facts_free(f);
    precis_story_free(st);
}

/* Quotes of as many sources are listed each speaker's first before anyone's second: the text's
 * ten show ten voices when the story has them; a quote's last comma is not printed. */
static void test_quote_order(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en",
        "\"We will rebuild the bridge within a year,\" said Mayor Anne Miller on Monday. \"The money is "
        "already there,\" Miller said. \"Nobody will pay a new tax for it,\" Miller added. \"The river is "
        "still far too high for the divers,\" said fire chief Robert Hall.");
    char *out = NULL;
    size_t n;
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK && out);
    const char *a1 = out ? strstr(out, "bridge within") : NULL, *b1 = out ? strstr(out, "far too high") : NULL,
               *a2 = out ? strstr(out, "already there") : NULL;
    CHECK_MSG(a1 && b1 && a2 && a1 < b1 && b1 < a2, "order: %p %p %p", (void *)a1, (void *)b1, (void *)a2);
    /* the comma that led to the attribution is not printed */
    CHECK(out && strstr(out, "within a year\u201d \u2014 Anne Miller") && !strstr(out, "within a year,"));
    precis_free(out);
    one_free(&o);
    /* a speaker's quote said as a sentence before a phrase of theirs the writer took into a
     * sentence of his own, even when the phrase comes first */
    f = one_facts(&o, "en",
        "Mayor Anne Miller promised \"a stronger and wider bridge\" on Monday. \"We will rebuild the bridge within "
        "a year,\" Miller said. \"The river is still far too high for the divers,\" said fire chief Robert Hall.");
    out = NULL;
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK && out);
    const char *w = out ? strstr(out, "bridge within") : NULL, *p = out ? strstr(out, "stronger and wider") : NULL,
               *h = out ? strstr(out, "far too high") : NULL;
    CHECK_MSG(w && p && h && w < h && h < p, "order: %p %p %p", (void *)w, (void *)h, (void *)p);
    precis_free(out);
    one_free(&o);
}

/* A word in capitals of a few letters is an organization (NASA, FBI), unless a table knows it as
 * a place (US, UK) or the text writes it in mixed case too (a dateline: PARIS = Paris). A
 * sentence full of acronyms is not a title line. */
static void test_acronyms(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en", "PARIS – NASA said the UK will work with the FBI on Tuesday. "
                       "The mission starts in Paris next year, officials said.");
    int nasa = -1, fbi = -1, uk = -1, paris = -1;
    for (size_t i = 0; f && i < f->nents; i++) {
        if (!strcmp(f->ents[i].name, "NASA")) nasa = (int)f->ents[i].type;
        if (!strcmp(f->ents[i].name, "FBI")) fbi = (int)f->ents[i].type;
        if (!strcmp(f->ents[i].name, "UK")) uk = (int)f->ents[i].type;
        if (!strcmp(f->ents[i].name, "Paris")) paris = (int)f->ents[i].type;
    }
    CHECK(nasa == PR_ENT_ORG && fbi == PR_ENT_ORG && uk == PR_ENT_PLACE && paris == PR_ENT_PLACE);
    one_free(&o);
    /* a name also written as an acronym in the middle of a sentence is an organization, whatever
     * its first spelling ("les Farc" ... "les FARC"); a dateline in capitals is not an acronym,
     * nor a shouted word the story writes in lower case */
    f = one_facts(&o, "fr", "Les Farc ont libéré les otages. Le gouvernement accuse les Farc de mentir. "
                            "Les FARC détiennent encore 28 otages. DALLAS — Dallas a fêté le jour de la victoire. "
                            "Le public criait BRAVO et bravo à Dallas.");
    int farc = -1, dallas = -1, bravo = -1;
    for (size_t i = 0; f && i < f->nents; i++) {
        if (!strcmp(f->ents[i].name, "Farc")) farc = (int)f->ents[i].type;
        if (!strcmp(f->ents[i].name, "Dallas")) dallas = (int)f->ents[i].type;
        if (!strcmp(f->ents[i].name, "Bravo") || !strcmp(f->ents[i].name, "BRAVO")) bravo = (int)f->ents[i].type;
    }
    CHECK_MSG(farc == PR_ENT_ORG && dallas == PR_ENT_PLACE && bravo != PR_ENT_ORG, "farc %d dallas %d bravo %d", farc, dallas, bravo);
    one_free(&o);
}

/* Two capitalized words read as a person's name are a place when the text puts them after a
 * preposition of place ("in New Hampshire", "à Saint-Denis"); a person stays a person. */
static void test_place_prepositions(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en", "Jon Huntsman campaigned in New Hampshire on Monday. The debate in New Hampshire "
                                      "was cancelled, and New Hampshire voters were angry. Jon Huntsman said he would stay.");
    int nh = -1, jh = -1;
    for (size_t i = 0; f && i < f->nents; i++) {
        if (!strcmp(f->ents[i].name, "New Hampshire")) nh = (int)f->ents[i].type;
        if (!strcmp(f->ents[i].name, "Jon Huntsman")) jh = (int)f->ents[i].type;
    }
    CHECK(nh == PR_ENT_PLACE && jh == PR_ENT_PERSON);
    one_free(&o);
}

/* French institutions go on in lower case ("Union européenne", "Conseil de sécurité",
 * "Assemblée nationale"); a head word goes on with one capitalized word ("Société Générale")
 * but not into a two-word name ("le procureur de la République Jacques Dallest"); a verb after
 * a head is not part of the name ("Le Comité explique"). Type of each, or -1 when not found. */
static int ent_type(const pr_facts *f, const char *name)
{
    for (size_t i = 0; f && i < f->nents; i++)
        if (!strcmp(f->ents[i].name, name)) return (int)f->ents[i].type;
    return -1;
}
/* the role of the entity named `name` ("" without one), NULL if there is no such entity */
static const char *ent_role(const pr_facts *f, const char *name)
{
    for (size_t i = 0; f && i < f->nents; i++)
        if (!strcmp(f->ents[i].name, name)) return f->ents[i].role;
    return NULL;
}
static void test_french_institutions(void)
{
    one o;
    pr_facts *f = one_facts(&o, "fr", "La France a demandé une réunion du Conseil de sécurité de l'ONU mardi. "
                                      "L'Union européenne s'est jointe aux appels, et l'Assemblée nationale a voté un texte. "
                                      "La Société Générale a perdu 5 milliards d'euros, selon le procureur de la République "
                                      "Jacques Dallest. Le Comité explique sa décision dans un communiqué. Au Sénat, "
                                      "le texte a été voté, selon l'Elysée.");
    CHECK_INT(ent_type(f, "Conseil de sécurité"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Union européenne"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Assemblée nationale"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Société Générale"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Jacques Dallest"), PR_ENT_PERSON);
    CHECK_INT(ent_type(f, "Comité explique"), -1);
    CHECK_INT(ent_type(f, "Sénat"), PR_ENT_ORG); /* institutions named by one word, even after "au" */
    CHECK_INT(ent_type(f, "Elysée"), PR_ENT_ORG);
    one_free(&o);
    /* an organization written in lower case before its acronym stays one; a term's acronym
     * does not */
    f = one_facts(&o, "fr", "Dick Pound présidait l'agence mondiale antidopage (AMA) quand le produit net bancaire "
                            "(PNB) a chuté. Les agences régionales hospitalières (ARH) attendent. L'AMA a parlé.");
    CHECK_INT(ent_type(f, "AMA"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "ARH"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "PNB"), PR_ENT_OTHER);
    one_free(&o);
    /* sportsmen and artists are titled by their trade: a person, even beside a firm's cue ("le
     * géant Yao Ming") */
    f = one_facts(&o, "fr", "Le basketteur chinois Yao Ming a défilé. Il marchait avec le géant Yao Ming, et "
                            "l'actrice Juliette Binoche applaudissait.");
    CHECK_INT(ent_type(f, "Yao Ming"), PR_ENT_PERSON);
    CHECK(ent_role(f, "Yao Ming") && !strcmp(ent_role(f, "Yao Ming"), "basketteur chinois"));
    CHECK(ent_role(f, "Juliette Binoche") && !strcmp(ent_role(f, "Juliette Binoche"), "actrice"));
    one_free(&o);
    /* a surname before a clause whose subject is a place is no "Akron, Ohio" */
    f = one_facts(&o, "fr", "Hikmet Hajiyev a parlé. Selon Hajiyev, Bakou n'est disposé à négocier que s'ils se rendent.");
    CHECK_INT(ent_type(f, "Hikmet Hajiyev"), PR_ENT_PERSON);
    one_free(&o);
    /* roles in apposition, after the name or before it; not a title that is its clause's subject,
     * nor one whose comma leads to another name */
    f = one_facts(&o, "fr", "Le bilan est lourd, a déclaré Gegham Stepanyan, médiateur de la République du Karabakh, "
                            "selon les agences. Il y a 29 morts, dont le maire de la ville de Martuni, Aznavour Saghyan. "
                            "Le but est clair, a dit à Reuters Hikmet Hajiyev, conseiller du président azerbaïdjanais "
                            "pour la politique étrangère. Interrogée par Marie Dupont, la ministre de la Justice a déclaré "
                            "que le juge statuerait. Il a vu Paul Martin, le gouverneur de la Banque de France, Christian "
                            "Noyer, et d'autres.");
    CHECK(ent_role(f, "Gegham Stepanyan") && !strcmp(ent_role(f, "Gegham Stepanyan"), "médiateur de la République du Karabakh"));
    CHECK(ent_role(f, "Aznavour Saghyan") && !strcmp(ent_role(f, "Aznavour Saghyan"), "maire de la ville de Martuni"));
    CHECK(ent_role(f, "Hikmet Hajiyev") && !strcmp(ent_role(f, "Hikmet Hajiyev"), "conseiller du président azerbaïdjanais"));
    CHECK(ent_role(f, "Marie Dupont") && !ent_role(f, "Marie Dupont")[0]);
    CHECK(ent_role(f, "Paul Martin") && !ent_role(f, "Paul Martin")[0]);
    CHECK(ent_role(f, "Christian Noyer") && !strcmp(ent_role(f, "Christian Noyer"), "gouverneur de la Banque de France"));
    one_free(&o);
    f = one_facts(&o, "en", "The plant will close, John Smith, a spokesman for the company, said on Monday. Graham Brady, "
                            "chairman of the 1922 Committee, agreed. Michael Flynn, the president's former adviser, left.");
    CHECK(ent_role(f, "John Smith") && !strcmp(ent_role(f, "John Smith"), "spokesman"));
    CHECK(ent_role(f, "Graham Brady") && !strcmp(ent_role(f, "Graham Brady"), "chairman"));
    CHECK(ent_role(f, "Michael Flynn") && !ent_role(f, "Michael Flynn")[0]);
    one_free(&o);
    /* a periphrasis for the holder of an office speaks, not the office */
    f = one_facts(&o, "fr", "\"Je reste en lien étroit avec le Premier ministre\", affirme le locataire de l'Élysée ce mardi.");
    CHECK(f && f->nquotes == 1 && !strcmp(f->quotes[0].speaker, "locataire de l'Élysée"));
    one_free(&o);
    /* a role is a person's: the organization it came to keeps none */
    f = one_facts(&o, "fr", "Le Parti socialiste (PS) a réagi. Le maire PS a dit qu'il recevrait le dalaï-lama.");
    CHECK_INT(ent_type(f, "PS"), PR_ENT_ORG);
    CHECK(ent_role(f, "PS") && !ent_role(f, "PS")[0]);
    one_free(&o);
    /* an institution written in lower case before its name; a minister's portfolio names nobody;
     * an organization after another title stays one */
    f = one_facts(&o, "fr", "Le porte-parole du ministère de la Défense a parlé lundi. La ministre de la Justice "
                            "Rachida Dati a répondu, puis le président du Medef a pris la parole.");
    CHECK_INT(ent_type(f, "ministère de la Défense"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Défense"), -1);
    CHECK_INT(ent_type(f, "Justice"), -1);
    CHECK_INT(ent_type(f, "Rachida Dati"), PR_ENT_PERSON);
    CHECK(ent_type(f, "Medef") >= 0);
    /* the title before an organization is someone's, not the organization's */
    CHECK(ent_role(f, "Medef") && !ent_role(f, "Medef")[0]);
    CHECK(ent_role(f, "Rachida Dati") && strstr(ent_role(f, "Rachida Dati"), "ministre"));
    one_free(&o);
    f = one_facts(&o, "en", "Ford Motor Company cut 7,000 jobs on Monday, the chief executive of Ford Motor Company "
                            "said. NBC News spokesman Michael Johnson told reporters the network would not comment.");
    CHECK_INT(ent_type(f, "Ford Motor Company"), PR_ENT_ORG);
    CHECK(ent_role(f, "Ford Motor Company") && !ent_role(f, "Ford Motor Company")[0]);
    one_free(&o);
    /* a place after "maire de" is the mayor's city: no role, and no person */
    f = one_facts(&o, "fr", "Le maire de Lyon a inauguré le pont mardi. Le Premier ministre arménien Nikol Pachinian "
                            "a répondu.");
    CHECK_INT(ent_type(f, "Lyon"), PR_ENT_PLACE);
    CHECK(ent_role(f, "Lyon") && !ent_role(f, "Lyon")[0]);
    CHECK(ent_role(f, "Nikol Pachinian") && strstr(ent_role(f, "Nikol Pachinian"), "Premier ministre arménien"));
    one_free(&o);
    /* a title of several role words is whole; "Madame" is a title; "première" is a role only
     * before another role word */
    f = one_facts(&o, "fr", "Le directeur général du Crédit agricole Georges Pauget a parlé lundi. On a payé pour la "
                            "libération de Madame Ingrid Betancourt. La crise contraint pour la première fois Paris à agir.");
    CHECK_MSG(ent_role(f, "Georges Pauget") && !strcmp(ent_role(f, "Georges Pauget"), "directeur général du Crédit agricole"),
              "%s", ent_role(f, "Georges Pauget") ? ent_role(f, "Georges Pauget") : "(none)");
    CHECK_INT(ent_type(f, "Ingrid Betancourt"), PR_ENT_PERSON);
    CHECK_INT(ent_type(f, "Madame Ingrid Betancourt"), -1);
    CHECK(ent_role(f, "Paris") && !ent_role(f, "Paris")[0]);
    one_free(&o);
    /* a people's name, which the story also writes in lower case, is not an entity; a city
     * with such an ending, or a short word ("Trois"), keeps its capital */
    precis_options opt = precis_options_default();
    const char *t2[] = {"Les Arméniens ont quitté la région mardi, selon Rennes Info. Le restaurant Trois Frères "
                        "a fermé à Rennes.",
                        "Les séparatistes arméniens ont annoncé un cessez-le-feu, et trois villages ont été évacués."};
    pr_facts *g = facts_of(&o, &opt, t2, 2);
    CHECK_INT(ent_type(g, "Arméniens"), -1);
    CHECK_INT(ent_type(g, "Rennes"), PR_ENT_PLACE);
    CHECK(ent_type(g, "Trois Frères") >= 0);
    one_free(&o);
}

/* Names and their words, session 19 (docs/facts.md): one text per case; each expectation names
 * an entity, the type it must have (-1: no such entity; ANY_TYPE: one, whatever its type) and,
 * when not NULL, its role ("" for none); `shown` checks what the entity list shows (1, 0; -1:
 * not checked). */
#define ANY_TYPE 99
typedef struct name_want { const char *name; int type; const char *role; int shown; } name_want;
typedef struct name_text { const char *lang, *text; name_want want[6]; } name_text;
static const name_text name_texts[] = {
    /* a government portfolio after a role and "of" is part of the title (data/entities kind F);
     * a company or a city there is a name of its own */
    {"en", "Colin Powell said he would stay on as Secretary of State until his successor is confirmed. The Minister "
           "of Finance of Japan and the mayor of New York City met the president of ITT Defense on Monday.",
     {{"State", -1, NULL, -1}, {"Finance of Japan", -1, NULL, -1}, {"Japan", PR_ENT_PLACE, NULL, -1},
      {"New York City", PR_ENT_PLACE, NULL, -1}, {"ITT Defense", ANY_TYPE, NULL, -1}}},
    /* a person's name, a particle and an acronym: where the person is from, no surname */
    {"fr", "Les syndicats ont déposé un recours, a déclaré Hélène Franco du SM mardi à Paris.",
     {{"Hélène Franco", PR_ENT_PERSON, NULL, -1}, {"Hélène Franco du SM", -1, NULL, -1}}},
    /* particles are data in every language (kind n); a language precis has no tables for
     * (Portuguese) is read with the story's, else English's, which know "do" and "da" */
    {"en", "Dutch coach Dick van de Berg resigned on Monday, the club said.",
     {{"Dick van de Berg", PR_ENT_PERSON, "coach", -1}}},
    {"pt", "O governador do Rio Grande do Sul falou na terça-feira com a mãe do jogador, Marina da Silva Souza, em "
           "Porto Alegre.",
     {{"Rio Grande do Sul", PR_ENT_PLACE, NULL, -1}, {"Rio Grande", -1, NULL, -1},
      {"Marina da Silva Souza", PR_ENT_PERSON, NULL, -1}}},
    /* an abbreviated first word keeps its period (kind b); with it four words are no menu */
    {"en", "Police in St. Louis said on Monday that the old priest of the small parish had fled the city. He had "
           "served at St. Cecilia Catholic Church for more than twenty years. Two climbers left the camp below Mt. "
           "Everest on Tuesday.",
     {{"St. Louis", PR_ENT_PLACE, NULL, -1}, {"Louis", -1, NULL, -1}, {"St", -1, NULL, -1},
      {"St. Cecilia Catholic Church", PR_ENT_ORG, NULL, -1}, {"Mt. Everest", PR_ENT_PLACE, NULL, -1}}},
    /* a firm's word ending a name makes it an organization, a verb of saying after it
     * notwithstanding ("Time Warner Cable said", "Ripley Entertainment said") */
    {"en", "Time Warner Cable said on Tuesday that it would raise its prices. Ripley Entertainment said the boat had "
           "passed its inspection, and Tata Motors reported higher sales in the quarter.",
     {{"Time Warner Cable", PR_ENT_ORG, NULL, -1}, {"Ripley Entertainment", PR_ENT_ORG, NULL, -1},
      {"Tata Motors", PR_ENT_ORG, NULL, -1}}},
    /* a noun only a body has, after a lone name or before "of" / "de" and it (data/entities kind
     * B), makes an organization of it, a verb of saying after it notwithstanding; a person's
     * lawyers or spokesman do not */
    {"en", "Lycos said on Monday that the screensaver would stay. Malte Pollmann, the chairman of Lycos, and "
           "Lycos executives met the critics. Pickering said his lawyers would appeal, and Pickering's spokesman "
           "declined to comment.",
     {{"Lycos", PR_ENT_ORG, NULL, -1}, {"Pickering", PR_ENT_PERSON, NULL, -1}}},
    {"fr", "Alstom a annoncé lundi la fermeture du site. Les salariés d'Alstom ont manifesté devant l'usine. "
           "Kerviel affirme que ses avocats feront appel.",
     {{"Alstom", PR_ENT_ORG, NULL, -1}, {"Kerviel", PR_ENT_PERSON, NULL, -1}}},
    /* a word the story writes in lower case, capitalized once after a dateline, is no name; a
     * surname seen mid-sentence is one */
    {"en", "EAGLE, Colo. (AP) — Authorities say a man escaped from the court on Monday. \nThe "
           "local authorities asked Sheriff Hill for help, and Hill sent a rescue team to the river.",
     {{"Authorities", ANY_TYPE, NULL, 0}, {"Hill", PR_ENT_PERSON, "Sheriff", 1}}},
    /* a lone surname with a title or a verb of saying of its own is the person's the story is
     * about, though the story also writes it in lower case ("les anti-kerviel") */
    {"fr", "Jérôme Kerviel a été inculpé lundi à Paris. Jérôme Kerviel a quitté le tribunal. Jérôme Kerviel a 31 ans. "
           "Jérôme Kerviel a parlé. Jérôme Kerviel a souri. Son frère Olivier Kerviel a été entendu. Les anti-kerviel "
           "ne lui pardonnent pas la perte. Pour eux, il faut sauver le trader Kerviel.",
     {{"Jérôme Kerviel", PR_ENT_PERSON, "trader", 1}, {"Olivier Kerviel", PR_ENT_PERSON, NULL, 1},
      {"Kerviel", ANY_TYPE, NULL, 0}}},
    /* a lone surname with a title of its own stands for the shortest full name ending with it,
     * whose given name precis does not know */
    {"fr", "La secrétaire d'État aux droits de l'Homme Rama Yade a parlé lundi. Rama Yade a visité le camp. « Nous "
           "verrons », a dit Mme Yade.",
     {{"Rama Yade", PR_ENT_PERSON, "Mme", 1}, {"Yade", ANY_TYPE, NULL, 0}}},
    /* a country's acronym (kind p) is a place, a verb of saying after it notwithstanding */
    {"en", "Officials in the UK met on Monday. The UK says it will appeal the ruling in the High Court.",
     {{"UK", PR_ENT_PLACE, NULL, 1}}},
    /* a royal title and a given name (kind R) stand for the person named in full with that given
     * name first, the one named far more often than the others ... */
    {"en", "Deputy Crown Prince Mohammed bin Salman unveiled the plan on Monday. Mohammed bin Salman said oil would "
           "matter less. Mohammed bin Salman spoke for an hour, and Mohammed bin Salman took questions. A caption "
           "named Mohammed bin Nayef.\n\n\"We will not allow it,\" Prince Mohammed said at his first news conference.",
     {{"Mohammed bin Salman", PR_ENT_PERSON, NULL, 1}, {"Mohammed bin Nayef", PR_ENT_PERSON, NULL, 1},
      {"Prince Mohammed", ANY_TYPE, NULL, 0}}},
    /* ... and a royal title is a title before "of" and a place: a person and her country */
    {"en", "The wedding guests included the Duke of Cambridge, Queen Rania of Jordan, Shakira and Sir Roger Moore.",
     {{"Queen Rania", PR_ENT_PERSON, NULL, 1}, {"Jordan", PR_ENT_PLACE, NULL, 1}, {"Queen Rania of Jordan", -1, NULL, -1}}},
    /* a title of kind y ("Sir", "MP", "Democrat") only capitalized, right before the name */
    {"en", "On Monday the former governor, Democrat Bill Richardson, said that he had met the old coach, Sir Alex "
           "Ferguson, in the city. A senior Democrat shields Trump from the vote.",
     {{"Bill Richardson", PR_ENT_PERSON, "Democrat", -1}, {"Alex Ferguson", PR_ENT_PERSON, "Sir", -1},
      {"Trump", ANY_TYPE, "", -1}, {"Democrat Bill Richardson", -1, NULL, -1}}},
    /* a party's member before a given name and a surname is a title (kind Y); before any other
     * word the party's name goes on */
    {"en", "The seat went on Tuesday to Republican Chris Day, who was backed by the Republican Party and the "
           "Republican National Committee, officials said.",
     {{"Chris Day", PR_ENT_PERSON, "Republican", -1}, {"Republican Chris Day", -1, NULL, -1},
      {"Republican Party", PR_ENT_ORG, NULL, -1}, {"Republican National Committee", PR_ENT_ORG, NULL, -1}}},
    /* a people's noun before a person's name says who the person is (kind f) */
    {"fr", "Mardi soir, l'Américain Lopez Lomong a terminé devant le Jamaïcain Usain Bolt, selon le journal local. Le "
           "Républicain Lorrain a publié la photo de la course mercredi.",
     {{"Lopez Lomong", PR_ENT_PERSON, NULL, -1}, {"Américain Lopez Lomong", -1, NULL, -1},
      {"Usain Bolt", PR_ENT_PERSON, NULL, -1}, {"Républicain Lorrain", ANY_TYPE, NULL, -1}}},
    /* a medium named after the space it gives (kind M: "plateau", "micro") keeps its number */
    {"fr", "Dimanche, Gabriel Attal a défendu la réforme au micro de France 2, puis Gérald Darmanin sur le plateau "
           "de TF1 et Rachida Dati à l'antenne d'Europe 1, devant 2 millions de téléspectateurs en France.",
     {{"France 2", PR_ENT_ORG, NULL, -1}, {"TF1", PR_ENT_ORG, NULL, -1}, {"Europe 1", PR_ENT_ORG, NULL, -1},
      {"France", PR_ENT_PLACE, NULL, -1}, {"Europe", -1, NULL, -1}}},
    /* a party's acronym before a given name qualifies the person; "Pr", "Mgr", "Me" are titles */
    {"fr", "Mardi, le député UMP Jean Leonetti a reçu le Pr Arnold Munnich et Mgr André Vingt-Trois pour parler de la "
           "loi sur la fin de vie.",
     {{"Jean Leonetti", PR_ENT_PERSON, "député UMP", -1}, {"UMP Jean Leonetti", -1, NULL, -1},
      {"Arnold Munnich", PR_ENT_PERSON, "Pr", -1}, {"André Vingt-Trois", PR_ENT_PERSON, "Mgr", -1}}},
    /* the capitalized end of a title before a person named in full is no part of the name */
    {"fr", "Mardi, les ministres de l'Économie Christine Lagarde et du Budget Éric Woerth ont reçu la Garde des "
           "Sceaux Rachida Dati pour parler du plan de relance.",
     {{"Éric Woerth", PR_ENT_PERSON, NULL, -1}, {"Budget Éric Woerth", -1, NULL, -1},
      {"Rachida Dati", PR_ENT_PERSON, NULL, -1}, {"Sceaux Rachida Dati", -1, NULL, -1},
      {"Christine Lagarde", PR_ENT_PERSON, NULL, -1}}},
    /* a middle initial is part of the name, and "George Bush" is the same person; the French
     * "M." is Monsieur, no initial */
    {"en", "On Monday, President George W. Bush met the actor Michael J. Fox at the White House to talk about the "
           "new plan for research.\nLater, George Bush said the plan was good, and Bush left for Texas in the evening.",
     {{"George W. Bush", PR_ENT_PERSON, "President", -1}, {"George", -1, NULL, -1}, {"George Bush", -1, NULL, -1},
      {"Michael J. Fox", PR_ENT_PERSON, NULL, -1}, {"Fox", -1, NULL, -1}}},
    {"fr", "Mardi soir, le président de l'association, selon l'AFP M. Romero, a annoncé sa démission devant les "
           "membres du bureau.",
     {{"AFP M. Romero", -1, NULL, -1}}},
    /* an acronym and the one name it abbreviates, written by the same source, are one entity */
    {"fr", "Mardi, l'Union européenne a demandé un cessez-le-feu. Selon l'UE, les combats ont fait au moins vingt "
           "morts dans la région.",
     {{"Union européenne", PR_ENT_ORG, NULL, 1}, {"UE", ANY_TYPE, NULL, 0}}},
    {"en", "On Monday the Federal Bureau of Investigation opened an inquiry into the attack. The FBI said it had "
           "found no link to the earlier case in the city.",
     {{"Federal Bureau of Investigation", PR_ENT_ORG, NULL, 1}, {"FBI", ANY_TYPE, NULL, 0}}},
    /* a name right after a preposition of place is no subject of the verb after it ("a company in
     * South Salt Lake say"); a name "the" opens is no person's ("the Athabasca Tar Sands") */
    {"en", "Researchers at a ceramics company in South Salt Lake say they have found a way to make hydrogen. The "
           "work was done with Cerametec Inc. of South Salt Lake. Herring suggested another use: recovering fuel "
           "from the Athabasca Tar Sands in Alberta. The Athabasca Tar Sands may hold the largest deposits.",
     {{"South Salt Lake", PR_ENT_PLACE, NULL, 1}, {"Athabasca Tar Sands", PR_ENT_OTHER, NULL, -1}}},
    /* a known given name alone is the one person of the story who has it; with two, it is neither */
    {"en", "Senator Heidi Heitkamp said on Friday she would listen to the nominee. At the rally, the president "
           "mocked her: \"Heidi will vote no,\" he said, and the crowd cheered when Heidi was named again.",
     {{"Heidi Heitkamp", PR_ENT_PERSON, NULL, 1}, {"Heidi", ANY_TYPE, NULL, 0}}},
    {"en", "Senator Heidi Heitkamp said on Friday she would listen to the nominee, and the model Heidi Klum said "
           "she would watch. At the rally the crowd cheered when Heidi was named again, and Heidi smiled.",
     {{"Heidi Heitkamp", PR_ENT_PERSON, NULL, 1}, {"Heidi Klum", PR_ENT_PERSON, NULL, 1}, {"Heidi", PR_ENT_PERSON, NULL, 1}}},
    /* French writes the longer acronyms as names ("Cnil", "Farc", "Unesco") */
    {"fr", "Lundi, la Commission nationale de l'informatique et des libertés (Cnil) a émis des réserves sur le "
           "fichier. La Cnil demande des garanties au gouvernement.",
     {{"Commission nationale de l'informatique et des libertés", PR_ENT_ORG, NULL, 1}, {"Cnil", ANY_TYPE, NULL, 0}}},
    /* an acronym in brackets defines the words before it, whatever their case and number; a name
     * cut before a word in lower case, and another spelling the same acronym defines, are that
     * name */
    {"fr", "L'Agence française de lutte contre le dopage (AFLD) a proposé mercredi une analyse. Le président de "
           "l'Agence française de lutte contre le dopage, Pierre Bordry, l'a confirmé. Reporters sans frontières "
           "(RSF) dénonce la censure. L'Association pour le droit de mourir dans la dignité (ADMD) et "
           "l'Association pour le droit à mourir dans la dignité (ADMD) ne font qu'une.",
     {{"Agence française de lutte contre le dopage", PR_ENT_ORG, NULL, 1}, {"AFLD", ANY_TYPE, NULL, 0},
      {"Agence française de lutte", ANY_TYPE, NULL, 0}, {"Reporters sans frontières", ANY_TYPE, NULL, 1},
      {"Association pour le droit de mourir dans la dignité", ANY_TYPE, NULL, 1},
      {"Association pour le droit à mourir dans la dignité", ANY_TYPE, NULL, 0}}},
    {"en", "The Federal Awardee Performance and Integrity Information System (FAPIIS) lists contractors, the Medical "
           "Research Council's (MRC) report said. Lagos spoke at the summit of Asia-Pacific Economic Cooperation "
           "(APEC) forum leaders. The MRC agreed.",
     {{"Federal Awardee Performance and Integrity Information System", ANY_TYPE, NULL, 1},
      {"Medical Research Council", PR_ENT_ORG, NULL, 1}, {"MRC", ANY_TYPE, NULL, 0},
      {"Asia-Pacific Economic Cooperation", PR_ENT_ORG, NULL, 1}, {"Integrity Information System", -1, NULL, -1}}},
    /* a word of an event's name that opens another name is no surname a later name completes ("le
     * Tour" is the Tour de France, not the "Pro Tour") */
    {"fr", "Le Tour de France part de Monaco.\n\nLe Tour sera difficile. Armstrong dit que le Tour passera par les "
           "Alpes.\n\nContador court dans une équipe Pro Tour.",
     {{"Tour", ANY_TYPE, NULL, -1}, {"Pro Tour", ANY_TYPE, NULL, -1}}},
    /* two people whose names differ by one letter in one word are one (a transliteration, a
     * slip), the more named keeping the name; not a generation's mark ("Jr", "Sr") */
    {"en", "On Monday, Muammar Qadhafi spoke in Tripoli. Officials said Muammar Qadhafi would stay. Reporters saw Moammar "
           "Gaddafi leave the city. In court, Eugene Blackwell Sr sat beside his son, Eugene Blackwell Jr, on Friday.",
     {{"Muammar Qadhafi", PR_ENT_PERSON, NULL, 1}, {"Moammar Gaddafi", ANY_TYPE, NULL, 0},
      {"Eugene Blackwell Sr", PR_ENT_PERSON, NULL, 1}, {"Eugene Blackwell Jr", PR_ENT_PERSON, NULL, 1}}},
    /* given names two transliterations write with other vowels or a "j" for a "y" are one person's,
     * and the lone surname is then his ("Netanyahu" no longer has two people to choose from); a
     * given name that only adds vowels at its end is another person's (Patricia / Patrick) */
    {"en", "On Monday the prime minister, Benjamin Netanyahu, spoke to the press about the plan and its cost. Officials "
           "said that Binyamin Netanyahu would travel to the north of the country later in the week. Netanyahu said "
           "he was ready for the talks. At the dinner, Patrick Kennedy thanked his aunt, Patricia Kennedy, for her "
           "help with the family's charity, and Patricia Kennedy thanked the guests.",
     {{"Benjamin Netanyahu", PR_ENT_PERSON, NULL, 1}, {"Binyamin Netanyahu", ANY_TYPE, NULL, 0},
      {"Netanyahu", ANY_TYPE, NULL, 0}, {"Patrick Kennedy", PR_ENT_PERSON, NULL, 1},
      {"Patricia Kennedy", PR_ENT_PERSON, NULL, 1}}},
    /* a person's name without the middle word the story also gives is theirs ("Christopher
     * Lawford"); not when the first word is written otherwise ("John Ramsey" is not "Jon Benet
     * Ramsey", whose skeleton opens alike) */
    {"en", "Author and actor Christopher Kennedy Lawford, the son of Peter Lawford, has died, his family said. "
           "Christopher Lawford appeared in several television series over the years. Christopher Kennedy Lawford "
           "said in 2005 that he had been sober for twenty years. Police said Jon Benet Ramsey was found dead in the "
           "house. In a home video, Jon Benet Ramsey said that she loved to sing. Her "
           "father, John Ramsey, said on Friday that the family was cooperating. John Ramsey thanked the police.",
     {{"Christopher Kennedy Lawford", PR_ENT_PERSON, NULL, 1}, {"Christopher Lawford", ANY_TYPE, NULL, 0},
      {"John Ramsey", PR_ENT_PERSON, NULL, 1}}},
    /* a given name of the US Census (the generated table "census") makes a person of a name
     * whose other word the story writes in lower case; not a census name in capitals or before a
     * hyphen, nor before an event's word */
    {"en", "Taylor Swift wore a red dress at the gala in New York on Sunday. The swift reply of her fans surprised "
           "nobody. The LEO Payload was launched from Monte-Carlo before the Davis Cup final.",
     {{"Taylor Swift", PR_ENT_PERSON, NULL, -1}, {"LEO Payload", ANY_TYPE, NULL, -1},
      {"Monte-Carlo", PR_ENT_OTHER, NULL, -1}, {"Davis Cup", PR_ENT_OTHER, NULL, -1}}},
    /* "procureur de la République": the complement of a prosecutor's title names no entity, as a
     * minister's does (kind m) */
    {"fr", "L'enfant a été confié à une amie, a déclaré lors d'une conférence de presse le procureur de la "
           "République de Marseille, Jacques Dallest.",
     {{"République de Marseille", -1, NULL, -1},
      {"Jacques Dallest", PR_ENT_PERSON, "procureur de la République de Marseille", -1}}},
    /* a known given name alone is neither completed by nor the surname of a name that opens on
     * no given name ("told MailOnline Julia inflicted"): it is the given name's holder's */
    {"en", "Julia Roberts said she was heartbroken. Julia loved her sister. Julia had paid for her rehab. "
           "However, Conner told MailOnline Julia inflicted pain on her sister.",
     {{"Julia", ANY_TYPE, NULL, 0}, {"Julia Roberts", PR_ENT_PERSON, NULL, 1}}},
    /* a word the story also names with a firm's legal suffix is the firm, a verb of saying after
     * it notwithstanding; another organization's word does not make a firm of a place */
    {"en", "The Pentagon chose Boeing on Monday, and Boeing said it respected the decision. The shares of Boeing "
           "Co. rose 2 percent. The airline of Japan said on Monday that Japan Airlines would buy ten planes.",
     {{"Boeing", PR_ENT_ORG, NULL, -1}, {"Japan", PR_ENT_PLACE, NULL, -1}}},
    /* a blog's "Posted by" and a page's "Updated" open no name (kind s) */
    {"en", "The new worm spreads through e-mail. Bofra Posted by Mikko at 14:57. Updated Thursdays at around 3 P.M.",
     {{"Bofra Posted", -1, NULL, -1}, {"Posted", -1, NULL, -1}, {"Updated Thursdays", -1, NULL, -1}}},
    /* a common noun written as an acronym names a thing (data/entities kind N) */
    {"fr", "Les analyses de l'ADN de l'enfant ont été confiées au laboratoire. Le PIB de la France a reculé de "
           "0,3 % au troisième trimestre, selon l'Insee.",
     {{"ADN", PR_ENT_OTHER, NULL, -1}, {"PIB", PR_ENT_OTHER, NULL, -1}}},
    {"en", "The police said that DNA found on the knife matched the suspect. The company reported that GDP "
           "growth had slowed.",
     {{"DNA", PR_ENT_OTHER, NULL, -1}, {"GDP", PR_ENT_OTHER, NULL, -1}}},
    /* a group named in the plural is no person; an organization so named stays one */
    {"en", "Conservative MPs said on Monday that they would vote against the deal. Republicans said the "
           "vote was close. The Union of Concerned Scientists published a report on the deal.",
     {{"Conservative MPs", PR_ENT_OTHER, NULL, -1}, {"Republicans", PR_ENT_OTHER, NULL, -1},
      {"Union of Concerned Scientists", PR_ENT_ORG, NULL, -1}}},
    /* a portfolio after a role word and "of" is the title's, the name after it a person's, when
     * no organization's word follows ("Chief of Staff Reince Priebus"; not "director of the
     * Defense Contract Audit Agency") */
    {"en", "White House Chief of Staff Reince Priebus said on Sunday that the order stands. Michael Thibault, "
           "the deputy director of the Defense Contract Audit Agency, chairs the commission.",
     {{"Reince Priebus", PR_ENT_PERSON, "Chief of Staff", -1}, {"Staff Reince Priebus", -1, NULL, -1},
      {"Contract Audit Agency", -1, NULL, -1}}},
    /* a byline run into a dateline in capitals: the place is no part of the name; a surname in
     * capitals is ("Jean DUPONT, maire de …") */
    {"en", "By Steve Holland WASHINGTON, Nov 15 (Reuters) - President George W. Bush has chosen a new adviser. "
           "Steve Holland reported from the White House.",
     {{"Steve Holland", PR_ENT_PERSON, NULL, -1}, {"Steve Holland WASHINGTON", -1, NULL, -1}}},
    {"fr", "Le conseil municipal a été réuni lundi. M. Jean DUPONT, maire de la commune, a présenté le budget.",
     {{"Jean DUPONT", ANY_TYPE, NULL, -1}}},
    /* a number between a role and a name counts what the name qualifies: no title for it */
    {"en", "The chief organizer of 10 South American presidents' plan concedes that the project is a gamble. "
           "Lula met the 10 South American presidents in Brasilia.",
     {{"South American", ANY_TYPE, "", -1}}},
    /* a word capitalized after a colon, which the story writes in lower case elsewhere, opens
     * the clause and no name ("a hypothetical: Say JonBenet had …") */
    {"en", "The expert offered a hypothetical: Say Lucy Smith had touched the toys of other children. The "
           "police did not say more. Lucy Smith was six years old.",
     {{"Say Lucy Smith", -1, NULL, -1}, {"Lucy Smith", PR_ENT_PERSON, NULL, -1}}},
    {"en", "Overnight Health Care | Two Republicans to play pivotal role in abortion fight | Senate panel approves bill. "
           "The two senators met on Monday.",
     {{"Two Republicans", -1, NULL, -1}}},
    /* a verb of saying past an auxiliary tells a person ("Fatma a affirmé"), unless an article
     * opens the name, capitalized at the head of the sentence or elided ("Le Vatican a précisé",
     * "le journal L'Equipe avait relevé") */
    {"fr", "La mère du garçon est rentrée à Marseille mardi soir. Fatma a affirmé avoir menti pour garder "
           "l'enfant. Le Vatican a toutefois précisé que la date de la rencontre n'était pas fixée. D'ailleurs, le "
           "journal L'Equipe avait déjà relevé ces interrogations.",
     {{"Fatma", PR_ENT_PERSON, NULL, -1}, {"Vatican", PR_ENT_OTHER, NULL, -1}, {"Equipe", PR_ENT_OTHER, NULL, -1}}},
    /* "for" joins an organization's word to its complement (kind K), and "and" goes on in it; not
     * a name to another. The acronym may be older than the name's last word ("CDC") */
    {"en", "On Monday the Centers for Disease Control and Prevention warned of a new strain, and the Bank for "
           "International Settlements cut its forecast. In the evening, Diego Costa scored twice for Spain. The "
           "CDC said more tests would follow.",
     {{"Centers for Disease Control and Prevention", PR_ENT_ORG, NULL, 1}, {"CDC", ANY_TYPE, NULL, 0},
      {"Bank for International Settlements", PR_ENT_ORG, NULL, 1}, {"Diego Costa", PR_ENT_PERSON, NULL, -1}}},
    /* a syllable in lower case glued by a hyphen ends a name of two words or more ("Tsai
     * Ing-wen", "Ban Ki-moon"); an adjective's ending does not ("New York-based") */
    {"en", "On Monday President Tsai Ing-wen met the Secretary-General, Ban Ki-moon, in Taipei. The New York-based "
           "group Human Rights Watch said the talks went well, and Tsai Ing-wen agreed.",
     {{"Tsai Ing-wen", PR_ENT_PERSON, NULL, 1}, {"Tsai Ing", -1, NULL, -1}, {"Ban Ki-moon", PR_ENT_PERSON, NULL, -1},
      {"New York", PR_ENT_PLACE, NULL, -1}, {"New York-based", -1, NULL, -1}}},
    /* a syllable of three letters or more glued by an apostrophe ends a transliterated name
     * ("Moshe Ya'alon", alone inside a sentence "Ya'alon"), not a contraction ("Smith'll") nor a
     * function word elided before it, as a heading glued to its sentence runs ("RICL'une"); a
     * word opening a sentence or a quotation is no name ("Aujourd'hui") */
    {"en", "Defense Minister Moshe Ya'alon said the army would respond. On Tuesday the minister, Ya'alon, spoke. "
           "The plan was rejected by Moshe Ya'alon's aides, and John Smith'll come.",
     {{"Moshe Ya'alon", PR_ENT_PERSON, NULL, 1}, {"Moshe Ya", -1, NULL, -1}, {"Ya", -1, NULL, -1},
      {"John Smith", PR_ENT_PERSON, NULL, -1}}},
    {"fr", "Jacques Chirac a été reçu à l'Élysée. « Aujourd'hui, je pars », a-t-il dit. Le dossier du RICL'une "
           "fois de plus est revenu.",
     {{"Jacques Chirac", PR_ENT_PERSON, NULL, -1}, {"Aujourd'hui", -1, NULL, -1},
      {"RICL'une", -1, NULL, -1}}},
    /* a people's adjective or noun (data/demonyms, with iso-codes' countries: "Israeli",
     * "South American"), or a name holding one with no given name nor role ("Bedouin Israeli",
     * "Twelve American"), is no person nor place; before a given name, a name of two words that
     * are no English words, or a royal title, it is no part of the name ("Americans Richard
     * Axel", "Croatian Marin Cilic", "Saudi King Salman"); not before an organization's name
     * ("American Heart Association"); a given name or a surname that looks like one stays
     * ("Malin Akerman", not Mali; "Tom French") */
    {"en", "The Israeli military said it launched strikes, and a Bedouin Israeli citizen was shot. Israeli "
           "officials said Twelve American soldiers and South American leaders met Americans Richard Axel and "
           "Croatian Marin Cilic. Axel and Cilic spoke.",
     {{"Israeli", -1, NULL, -1}, {"Bedouin Israeli", PR_ENT_OTHER, NULL, -1}, {"Twelve American", PR_ENT_OTHER, NULL, -1},
      {"South American", PR_ENT_OTHER, NULL, -1}, {"Richard Axel", PR_ENT_PERSON, NULL, -1},
      {"Marin Cilic", PR_ENT_PERSON, NULL, -1}}},
    {"en", "A story\nThe prince met Saudi King Salman and the American Heart Association in Riyadh. King Salman said so "
           "on Tuesday, and the American Heart Association agreed. Malin Akerman and Tom French attended the meeting. "
           "Akerman and French agreed.",
     {{"King Salman", PR_ENT_PERSON, NULL, -1}, {"Saudi King Salman", -1, NULL, -1},
      {"American Heart Association", PR_ENT_ORG, NULL, -1}, {"Malin Akerman", PR_ENT_PERSON, NULL, -1},
      {"Tom French", PR_ENT_PERSON, NULL, -1}}},
    /* a name that says something is a body's when ", which" follows it or "its" its verb of
     * saying (data/attrib kind N), more often than ", who"; a place so followed that says
     * nothing stays a place, a person so followed a person */
    {"en", "A story\nIsraeli planes struck camps of the Qassam Brigades, the military wing of Hamas, which controls "
           "Gaza, Hamas security sources said. Hamas said its fighters would respond. Jim Smith, who lives in San "
           "Bernardino, which is nearby, said it was loud. Smith said its walls shook in San Bernardino.",
     {{"Hamas", PR_ENT_ORG, NULL, -1}, {"Jim Smith", PR_ENT_PERSON, NULL, -1}, {"San Bernardino", PR_ENT_PLACE, NULL, -1}}},
    /* so is a lone word whose verb of saying reports what "it" did (kind E), past time words, an
     * article's phrase and "that"; an impersonal "it" ("it was", "it would be") says nothing,
     * and "he" outweighs it */
    {"en", "A story\nApple said Wednesday it had no plans for China. Zoltan said it was time to go. Zoltan told us in a "
           "statement that it would be late. Kovacs said on Monday that it would start soon, and Kovacs said he was "
           "ready.",
     {{"Apple", PR_ENT_ORG, NULL, -1}, {"Zoltan", PR_ENT_PERSON, NULL, -1}, {"Kovacs", PR_ENT_PERSON, NULL, -1}}},
    /* so is a longer name with no given name before its last word; "Member Devin Clark" has one */
    {"en", "A story\nTokyo Electric Power said on Monday it had restored the line to the plant. Member Devin "
           "Clark says it raised $1,500 to print the cards.",
     {{"Tokyo Electric Power", PR_ENT_ORG, NULL, -1}, {"Member Devin Clark", PR_ENT_PERSON, NULL, -1}}},
    /* a city's name that says something is still a place (its government, its people), unless
     * a person of the story has it for a surname */
    {"en", "A story\nPyongyang said on Monday that the talks were over for the year. The envoy Robin Cleveland met "
           "them in Seoul on Tuesday. Cleveland said the North had walked out of the meeting.",
     {{"Pyongyang", PR_ENT_PLACE, NULL, -1}, {"Robin Cleveland", PR_ENT_PERSON, NULL, -1}}},
    /* a known place and a plural after "the" name a team or a firm; not a given name that is a
     * city's ("Florence"), a people's name, a place's head word ("Interchanges", kind e) */
    {"en", "A story\nThe Los Angeles Dodgers beat the Houston Astros on Monday, and the reporter Florence Aubenas "
           "watched the game with the North Koreans near the Philadelphia Interchanges before the Houston Astros "
           "went home.",
     {{"Los Angeles Dodgers", PR_ENT_ORG, NULL, -1}, {"Houston Astros", PR_ENT_ORG, NULL, -1},
      {"Florence Aubenas", PR_ENT_PERSON, NULL, -1}, {"North Koreans", PR_ENT_OTHER, NULL, -1},
      {"Philadelphia Interchanges", PR_ENT_PLACE, NULL, -1}}},
    /* a royal title before a given name that is also a city's ("Sofia") and a given name with
     * an initial before a place's head word ("Bridge") are people */
    {"en", "A story\nQueen Sofia opened the hospital in Madrid on Monday, and the doctor Jeffrey A. Bridge showed "
           "Queen Sofia the new wards.",
     {{"Queen Sofia", PR_ENT_PERSON, NULL, -1}, {"Jeffrey A. Bridge", PR_ENT_PERSON, NULL, -1}}},
    /* France's regions before 2016, which the press still names (data/gazetteer), are places,
     * not the people their presidents' titles make of them; "PME" is a common noun (kind N);
     * "NDLR", the editor's note, no name (kind s) */
    {"fr", "Un article\nLe président de la région Rhône-Alpes, Jean-Jack Queyranne, a reçu les patrons de PME "
           "mardi. Les PME de Rhône-Alpes et de Lorraine ont salué la mesure (la prime, NDLR), comme l'an passé (NDLR).",
     {{"Rhône-Alpes", PR_ENT_PLACE, NULL, -1}, {"Lorraine", PR_ENT_PLACE, NULL, -1}, {"PME", PR_ENT_OTHER, NULL, -1},
      {"NDLR", -1, NULL, -1}}},
    /* a lone word that is no one's surname nor a known given name, but the first word of one
     * person's name: a family name written first ("Geng" of "Geng Shuang") */
    {"en", "The foreign ministry's spokesman Geng Shuang said on Monday that Beijing was ready for talks. Asked about "
           "the tariffs, Geng gave no indication whether the two sides would meet again this week.",
     {{"Geng Shuang", PR_ENT_PERSON, NULL, 1}, {"Geng", ANY_TYPE, NULL, 0}}},
    /* a name of several words the story writes after a definite article that ends its phrase
     * ("the Sinn Fein.", "the Cleveland Cavaliers said") is no person's, though it says something
     * (a place and a plural, a team: an organization); before a noun it is a modifier ("the Obama
     * administration") */
    {"en", "Sinn Fein said on Monday that the deal was close. Gerry Adams refused to talk with the Sinn Fein. On "
           "Sunday the Cleveland Cavaliers said that they would play. Barack Obama spoke, and the Barack Obama "
           "administration agreed.",
     {{"Sinn Fein", PR_ENT_OTHER, NULL, -1}, {"Cleveland Cavaliers", PR_ENT_ORG, NULL, -1},
      {"Barack Obama", PR_ENT_PERSON, NULL, -1}}},
    /* "of" joins a name to its complement (kind k), not after a person's name */
    {"en", "The Bank of England raised rates on Monday, and Senator Mark Kirk of Illinois said the move was wise.",
     {{"Bank of England", PR_ENT_ORG, NULL, -1}, {"Mark Kirk", PR_ENT_PERSON, NULL, -1},
      {"Mark Kirk of Illinois", -1, NULL, -1}}},
    /* "of" alone does not end a title before a name: "Carnell" is a given name precis lacks */
    {"en", "Title\nOn Monday police in the city released this portion of Carnell Marcus Moore's suicide note to the "
           "press and the family.",
     {{"Carnell Marcus Moore", PR_ENT_PERSON, NULL, -1}, {"Marcus Moore", -1, NULL, -1}}},
    /* "San", "Santa", "Los", "Las" open places' names (kind p) */
    {"en", "On Monday the old mayor of the city said that San Diego and Santa Barbara would share the cost of the new "
           "water plant.",
     {{"San Diego", PR_ENT_PLACE, NULL, -1}, {"Santa Barbara", PR_ENT_PLACE, NULL, -1}}},
    /* a name of several words only ever in capitals is a heading or a credit, not listed; a
     * place in capitals (a dateline) is */
    {"en", "A story\nThe prime minister spoke on Monday in London about the plan, ENDANGERING BREXIT as a slogan "
           "said.\nORANGE COUNTY - The bank said on Monday that it would cut jobs in the region.",
     {{"ENDANGERING BREXIT", PR_ENT_PERSON, NULL, 0}, {"ORANGE COUNTY", PR_ENT_PLACE, NULL, 1}}},
};

static void test_name_words(void)
{
    for (size_t c = 0; c < sizeof name_texts / sizeof *name_texts; c++) {
        one o;
        pr_facts *f = one_facts(&o, name_texts[c].lang, name_texts[c].text);
        for (size_t w = 0; w < 6 && name_texts[c].want[w].name; w++) {
            const name_want *x = &name_texts[c].want[w];
            const pr_ent *e = NULL;
            for (size_t i = 0; f && i < f->nents && !e; i++)
                if (!strcmp(f->ents[i].name, x->name)) e = &f->ents[i];
            int type = e ? (int)e->type : -1;
            CHECK_MSG(type == x->type || (e && x->type == ANY_TYPE), "case %zu, %s: type %d, want %d", c, x->name,
                      type, x->type);
            if (e && x->role)
                CHECK_MSG(!strcmp(e->role, x->role), "case %zu, %s: role '%s', want '%s'", c, x->name, e->role, x->role);
            if (x->shown >= 0) CHECK_MSG(e && pr_ent_shown(e) == (x->shown == 1), "case %zu, %s: shown", c, x->name);
        }
        one_free(&o);
    }
}

static void test_example(precis_ctx *ctx)
{
    static const char *const files[] = {
        "examples/karabakh/001_d6306359808934e9.txt", "examples/karabakh/002_187a70de33b9ef4b.txt",
        "examples/karabakh/003_e0b1685020b70630.txt", "examples/karabakh/004_5568c2f5bfe2e384.txt"};
    precis_story *st;
    if (precis_story_new(ctx, &st) != PRECIS_OK) { CHECK(0); return; }
    for (int i = 0; i < 4; i++) {
        precis_doc *d;
        if (precis_doc_from_file(ctx, files[i], &d) == PRECIS_OK && precis_story_add(st, d) != PRECIS_OK)
            precis_doc_free(d);
    }
    precis_facts *f;
    CHECK(precis_story_facts(st, &f) == PRECIS_OK);
    if (f) {
        const pr_frow *dead = row_of(f, "dead"), *inj = row_of(f, "injured");
        CHECK(dead && dead->nsrc == 3 && dead->status == PR_FIG_COMPATIBLE);
        CHECK(inj && inj->nsrc == 3 && inj->status == PR_FIG_DISAGREE);
        bool karabakh = false;
        for (size_t i = 0; i < f->nents; i++)
            if (!strcmp(f->ents[i].name, "Haut-Karabakh")) {
                bool agh = false, nag = false;
                for (size_t v = 0; v < f->ents[i].nvar; v++) {
                    agh |= !strcmp(f->ents[i].variants[v], "Haut-Karabagh");
                    nag |= !strcmp(f->ents[i].variants[v], "Nagorny Karabakh");
                }
                karabakh = agh && nag;
            }
        CHECK(karabakh);
        CHECK(f->nquotes >= 20);
    }
    /* out of memory at every allocation: an error or success, never a crash or a leak */
    int ok_at = 0;
    for (long n = 1; n < 100000 && !ok_at; n++) {
        precis_facts *g = NULL;
        pr_alloc_fail_after(n);
        precis_status s = precis_story_facts(st, &g);
        pr_alloc_fail_after(0);
        CHECK(s == PRECIS_OK || s == PRECIS_ERR_NOMEM);
        if (s == PRECIS_OK) ok_at = (int)n;
        precis_facts_free(g);
    }
    CHECK(ok_at > 1);
    precis_facts_free(f);
    precis_story_free(st);
}

static void test_pathological(precis_ctx *ctx)
{
    /* 10,000 capitalized words, unbalanced and unclosed quotes, a 5,000-digit number */
    size_t n = 10000;
    pr_buf b;
    pr_buf_init(&b);
    for (size_t i = 0; i < n; i++) pr_buf_printf(&b, "Nom%c%c ", 'a' + (char)(i % 26), 'a' + (char)(i / 26 % 26));
    pr_buf_puts(&b, ".\n« ouverte sans fin et « encore » » » “ “ \" \" \" «\n");
    for (int i = 0; i < 5000; i++) pr_buf_putc(&b, (char)('0' + i % 10));
    pr_buf_puts(&b, " morts.\n");
    for (int i = 0; i < 3000; i++) pr_buf_puts(&b, "« ");
    pr_buf_puts(&b, "\n");
    CHECK(!b.oom);
    const char *texts[] = {pr_buf_cstr(&b)};
    precis_story *st = story_of(ctx, texts, 1);
    pr_facts *f = NULL;
    CHECK(st && pr_facts_extract(st, &f) == PRECIS_OK);
    if (f) {
        CHECK(f->nents <= PR_FACTS_MAX_ENTITIES && f->nquotes <= PR_FACTS_MAX_QUOTES);
        char *out;
        size_t len;
        CHECK(precis_facts_render(f, PRECIS_FORMAT_JSON, &out, &len) == PRECIS_OK);
        precis_free(out);
    }
    pr_facts_free(f);
    precis_story_free(st);
    pr_buf_free(&b);
    CHECK(precis_story_facts(NULL, &f) == PRECIS_ERR_ARG);
    precis_facts_free(NULL);
}

/* Types from the evidence of the whole story (English wire copy of the kind that filled lists
 * with "Northeast China (person)", "QUESTION (place)" and "State Colin Powell"): the gazetteer
 * (iso-codes and data/gazetteer), given names, titles before a name, particles inside one,
 * line breaks, peoples' adjectives and transcript words. */
static void test_entity_types(void)
{
    one o;
    pr_facts *f = one_facts(&o, "en",
        "The talks ended. Steve Holland\nWASHINGTON - Secretary of State Colin Powell resigned on Monday, officials said. "
        "Trade with Northeast China grew, and China said it welcomed the visit of Luiz Inacio Lula da Silva. "
        "Brazilian officials met Roger Agnelli in Beijing. The Chinese delegation visited Rio Doce. "
        "QUESTION: Will Powell stay? BOUCHER: Yes, he will stay until January. "
        "Rumsfeld said the Global Conference would open in the spring after a long delay. "
        "The global economy was discussed at the conference. "
        "The Associated Press reported the visit, and the Bangkok Post said more talks would follow. "
        "Officials from the band Coldplay met him. The band played in Gainesville, where Coldplay sold out. "
        "The divers reached Pattaya Beach, and the police closed the George Washington Bridge. "
        "The bank Lehman Brothers said it would file for bankruptcy. "
        "His father fought in the Vietnam War, and his grandfather in World War II. "
        "The parade on Bastille Day was cancelled, and the golfer Jason Day stayed home. "
        "The Secret Service and the Royal Navy were told, police in Centre County said, and the "
        "suspect was charged under the Computer Misuse Act after winning an Academy Award. "
        "The ride Great Escape opened, Planned Parenthood staff met Bill Gates, and Commissioner Nick Fish spoke. "
        "The team used electroencephalography (EEG) to read the P300 wave of the brain, and the Federal Emergency "
        "Management Agency (FEMA) paid for it in FY08. Hundreds of British troops arrived. Liverpool FC won "
        "in Reading, where a Man was fined. Follow Gregg Easterbrook on Twitter. The rocket left Cape Canaveral, and "
        "Muldoon, Texas, cheered. North Korean leader Kim Jong Un wrote to the UN. The juror Richelle Nice "
        "wept, and the tracker Exhibitor Relations counted the sales. Cleveland posted a win, and Aeroflot "
        "pledged a refund. Ombudsman Alicia Shepard wrote back. Prince Charles came. Prime Minister Theresa May "
        "spoke on Friday, May 3, and columnist George Will wrote that Mrs May had lost.");
    struct { const char *name; int type; } want[] = {
        {"Steve Holland", PR_ENT_PERSON},       /* a given name; the dateline on the next line is not his */
        {"WASHINGTON", PR_ENT_PLACE},
        {"Colin Powell", PR_ENT_PERSON},        /* the title "Secretary of State" is not part of the name */
        {"Northeast China", PR_ENT_PLACE},      /* its last word is a country */
        {"China", PR_ENT_PLACE},                /* and "China" alone does not join it */
        {"Luiz Inacio Lula da Silva", PR_ENT_PERSON}, /* four words with a particle: not a menu */
        {"Roger Agnelli", PR_ENT_PERSON},
        {"Beijing", PR_ENT_PLACE},
        {"Rumsfeld", PR_ENT_PERSON},            /* a verb of saying after it */
        {"Brazilian", -1},                      /* a people's adjective alone */
        {"Chinese", -1},
        {"QUESTION", -1}, {"Yes", -1},          /* a transcript's words */
        {"BOUCHER", PR_ENT_OTHER},              /* a speaker's label in capitals, never written otherwise */
        {"Global Conference", PR_ENT_OTHER},    /* common words of the story, no evidence of a person */
        {"Associated Press", PR_ENT_ORG},       /* news media report and say, like people */
        {"Bangkok Post", PR_ENT_ORG},
        {"Coldplay", PR_ENT_OTHER},             /* one word, no gazetteer, never after "in": untyped */
        {"Gainesville", PR_ENT_PLACE},          /* "in Gainesville" */
        {"Pattaya Beach", PR_ENT_PLACE},        /* a place's head word ends the name */
        {"George Washington Bridge", PR_ENT_PLACE}, /* even after a given name */
        {"Lehman Brothers", PR_ENT_ORG},        /* "Brothers" ends a firm's or a band's name */
        {"Vietnam War", PR_ENT_OTHER},          /* an event (kind v), not a place */
        {"World War II", PR_ENT_OTHER},         /* nor a person */
        {"Bastille Day", PR_ENT_OTHER},         /* a day's name, */
        {"Jason Day", PR_ENT_PERSON},           /* not after a given name */
        {"Secret Service", PR_ENT_ORG},         /* words of organizations' names */
        {"Royal Navy", PR_ENT_ORG},
        {"Centre County", PR_ENT_PLACE},        /* a place's word right after an organization's */
        {"Computer Misuse Act", PR_ENT_OTHER},  /* a law */
        {"Academy Award", PR_ENT_OTHER},        /* an award */
        {"Great Escape", PR_ENT_OTHER},         /* words of the English lexicon (wamerican), */
        {"Planned Parenthood", PR_ENT_OTHER},   /* which the story never writes in lower case */
        {"Bill Gates", PR_ENT_PERSON},          /* but a given name, */
        {"Nick Fish", PR_ENT_PERSON},           /* or a role, makes a person of them */
        {"EEG", PR_ENT_OTHER},                  /* the abbreviation of lower-case words: a term */
        {"FEMA", PR_ENT_ORG},                   /* of capitalized ones: an organization */
        {"P300", PR_ENT_OTHER},                 /* codes with digits, */
        {"FY08", PR_ENT_OTHER},                 /* even after "in" */
        {"Hundreds of British", -1},            /* a number of people opens no name */
        {"Liverpool FC", PR_ENT_ORG},           /* a club */
        {"Reading", PR_ENT_PLACE},              /* a city's name that is an English word: after "in", */
        {"Man", PR_ENT_OTHER},                  /* else not ("Man" is a city in GeoNames) */
        {"Gregg Easterbrook", PR_ENT_PERSON},   /* "Follow" is no part of a name */
        {"Cape Canaveral", PR_ENT_PLACE},       /* a place's first word */
        {"Kim Jong Un", PR_ENT_PERSON},         /* "Un" is not the UN, */
        {"UN", PR_ENT_ORG},                     /* which is written in capitals */
        {"Muldoon", PR_ENT_PLACE},              /* "Akron, Ohio": the place ends the phrase */
        {"Richelle Nice", PR_ENT_PERSON},       /* a noun that only names a person before it (WordNet) */
        {"Exhibitor Relations", PR_ENT_OTHER},  /* but not before English words alone */
        {"Aeroflot", PR_ENT_OTHER},             /* firms post and pledge too: no person for that */
        {"Alicia Shepard", PR_ENT_PERSON},      /* a capitalized noun of persons before a full name */
        {"Ombudsman Alicia Shepard", -1},       /* is a title, */
        {"Prince Charles", PR_ENT_PERSON},      /* not before a given name alone */
        {"Theresa May", PR_ENT_PERSON},         /* a month or a function word after a given name */
        {"George Will", PR_ENT_PERSON},         /* is a surname, */
        {"May", -1},                            /* not in a date; "Mrs May" joins Theresa May */
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        int t = ent_type(f, want[i].name);
        CHECK(t == want[i].type);
        if (t != want[i].type) fprintf(stderr, "  %s: type %d, want %d\n", want[i].name, t, want[i].type);
    }
    CHECK(ent_role(f, "Colin Powell") && !strcmp(ent_role(f, "Colin Powell"), "Secretary of State"));
    CHECK(ent_role(f, "Alicia Shepard") && !strcmp(ent_role(f, "Alicia Shepard"), "Ombudsman"));
    one_free(&o);
}

/* French institutions go on in lower case after their head word (data/entities kind h): two
 * adjectives, then complements with "de", "de la", "d'", "des", "du", joined by "et", a later one
 * capitalized ("de l'Homme") but not in capitals ("de l'ONU" is another name), and no verb with
 * an adjective's ending ("rappelle"). A short joining word between hyphens (kind H) is part of a
 * name ("Bouches-du-Rhône"), "to" is not ("Amsterdam-to-Kuala Lumpur"). An acronym folded into
 * its name speaks for it ("Pour la LDH, …"). */
static void test_french_institution_names(void)
{
    one o;
    pr_facts *f = one_facts(&o, "fr",
        "La Commission nationale de l'informatique et des libertés a rendu un avis mardi. La Ligue des droits de "
        "l'Homme (LDH) a porté plainte. Le Syndicat de la magistrature proteste. La Banque centrale européenne et "
        "l'École nationale d'administration aussi. Le Conseil de sécurité de l'ONU se réunit. La Commission "
        "bancaire rappelle que la limite est claire. Le préfet des Bouches-du-Rhône a parlé à Aix-en-Provence. "
        "Pour la LDH, il s'agit d'un nouveau cas \"d'utilisation politicienne de la police\", une tradition. "
        "Hier, le Ministère de la Défense a répondu à toutes les questions des députés. Le Syndicat des Avocats "
        "de France a publié un long communiqué dans la soirée. Son amie Anne-Colombe de la Taille raconte que "
        "le Ben Laden de la Bourse est parti.");
    struct { const char *name; int type; } want[] = {
        {"Commission nationale de l'informatique et des libertés", PR_ENT_ORG},
        {"Ligue des droits de l'Homme", PR_ENT_ORG},
        {"Syndicat de la magistrature", PR_ENT_ORG},
        {"Banque centrale européenne", PR_ENT_ORG},
        {"École nationale d'administration", PR_ENT_ORG},
        {"Conseil de sécurité", PR_ENT_ORG},
        {"ONU", PR_ENT_ORG},
        {"Commission bancaire", PR_ENT_ORG},
        {"Bouches-du-Rhône", PR_ENT_PLACE},
        {"Aix-en-Provence", PR_ENT_PLACE},
        {"Ministère de la Défense", PR_ENT_ORG},
        {"Syndicat des Avocats de France", PR_ENT_ORG},
        {"Anne-Colombe de la Taille", PR_ENT_PERSON},    /* a given name, then "de la" */
        {"Ben Laden de la Bourse", -1},                  /* not after a full name */
        {"Ligue", -1}, {"Homme", -1}, {"Syndicat", -1}, {"Bouches", -1},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        int t = ent_type(f, want[i].name);
        CHECK_MSG(t == want[i].type, "%s: type %d, want %d", want[i].name, t, want[i].type);
    }
    CHECK(f && f->nquotes == 1 && !strcmp(f->quotes[0].speaker, "Ligue des droits de l'Homme"));
    one_free(&o);
    f = one_facts(&o, "en", "The Amsterdam-to-Kuala Lumpur flight left on time from Amsterdam.");
    CHECK(ent_type(f, "Amsterdam-to-Kuala Lumpur") == -1);
    one_free(&o);
    /* a word outside the gazetteers is a place when a quarter of its mentions follow a
     * preposition of place: "à Roqueredonde" twice in three, not "dans Kalipso" once in five */
    f = one_facts(&o, "fr", "Le fichier Kalipso est contesté. Le fichier Kalipso sera revu, et le fichier Kalipso "
                            "restera. Les données dans Kalipso sont nombreuses, dit le fichier Kalipso. Le dalaï lama est arrivé à "
                            "Roqueredonde mardi. Il restera à Roqueredonde, puis quittera Roqueredonde jeudi.");
    CHECK_MSG(ent_type(f, "Kalipso") == PR_ENT_OTHER, "Kalipso: %d", ent_type(f, "Kalipso"));
    CHECK_MSG(ent_type(f, "Roqueredonde") == PR_ENT_PLACE, "Roqueredonde: %d", ent_type(f, "Roqueredonde"));
    one_free(&o);
}

/* Once all mentions are in, a lone surname goes to the one person named in full with it, and a
 * longer name ending with that full name ("l'Espagnol Alberto Contador") is the same person;
 * a surname two people share stays apart. */
static const pr_ent *ent_named(const pr_facts *f, const char *name)
{
    for (size_t i = 0; f && i < f->nents; i++)
        if (!strcmp(f->ents[i].name, name)) return &f->ents[i];
    return NULL;
}
static void test_entity_aliases(void)
{
    one o;
    pr_facts *f = one_facts(&o, "fr", "Lance Armstrong vise le Tour. Le Belge Eddy Merckx pense que l'Américain Lance "
                                      "Armstrong reviendra. Selon lui, Armstrong sera l'équipier de l'Espagnol Alberto "
                                      "Contador, mais Armstrong refuse. Alberto Contador a répondu avec Armstrong, puis le "
                                      "directeur de Contador a parlé.");
    const pr_ent *la = ent_named(f, "Lance Armstrong"), *ac = ent_named(f, "Alberto Contador"), *a = ent_named(f, "Armstrong"),
                 *c = ent_named(f, "Contador"), *junk = ent_named(f, "Espagnol Alberto Contador");
    CHECK_MSG(la && la->mentions == 5 && (!a || !pr_ent_shown(a)), "Lance Armstrong %zu, Armstrong listed %d",
              la ? la->mentions : 0, a && pr_ent_shown(a));
    CHECK_MSG(ac && ac->mentions == 3 && (!c || !pr_ent_shown(c)) && (!junk || !pr_ent_shown(junk)),
              "Alberto Contador %zu, Contador listed %d, Espagnol listed %d", ac ? ac->mentions : 0, c && pr_ent_shown(c),
              junk && pr_ent_shown(junk));
    one_free(&o);
    f = one_facts(&o, "en", "Todd Powell said the boat sank. Grayson Powell was rescued by a neighbor. Later, Powell "
                            "was taken to the hospital.");
    const pr_ent *p = ent_named(f, "Powell"), *tp = ent_named(f, "Todd Powell");
    CHECK_MSG(p && pr_ent_shown(p) && tp && tp->mentions == 1, "Powell listed %d, Todd Powell %zu", p && pr_ent_shown(p),
              tp ? tp->mentions : 0);
    one_free(&o);
    /* a story about one of two people sharing a surname: the surname alone is the one it is
     * about (named four times as often as the other), not the one named last */
    f = one_facts(&o, "en", "Jerry Sandusky was convicted on Friday. Jerry Sandusky had denied the charges. The court "
                            "heard Jerry Sandusky's lawyer. Jerry Sandusky will appeal, and Jerry Sandusky stays in jail. "
                            "His adopted son Matt Sandusky testified. Sandusky showed no emotion.");
    const pr_ent *js = ent_named(f, "Jerry Sandusky"), *ms = ent_named(f, "Matt Sandusky"), *s1 = ent_named(f, "Sandusky");
    CHECK_MSG(js && js->mentions == 6 && ms && ms->mentions == 1 && (!s1 || !pr_ent_shown(s1)),
              "Jerry %zu, Matt %zu, Sandusky listed %d", js ? js->mentions : 0, ms ? ms->mentions : 0, s1 && pr_ent_shown(s1));
    one_free(&o);
    /* an acronym folds into the name it defines, its words read as mentions read them: "d’épargne"
     * is "d’" and "épargne" */
    f = one_facts(&o, "fr", "La Caisse nationale des caisses d’épargne (CNCE) perd de l'argent, et la CNCE le dit.");
    const pr_ent *cn = ent_named(f, "CNCE");
    CHECK_MSG(cn && cn->alias, "CNCE %s", !cn ? "missing" : "apart");
    one_free(&o);
}

/* Cues of firms, events and works: a lower-case word before the name ("sa filiale Natixis", "the
 * film …"), a word of the name ("Jeux", "Tour de France", "Golden Globes"), an acronym inside a
 * name of several words ("BNP Paribas"); "Akron, Ohio" and "Côte d'Or" (iso-codes "Côte-d'Or")
 * are places. */
static void test_entity_cues(void)
{
    one o;
    pr_facts *f = one_facts(&o, "fr", "La Caisse d'épargne a vendu des parts de sa filiale Natixis à Paris. Les "
                                      "comptes de Natixis ont baissé, et BNP Paribas a gagné des clients. Les Jeux ont "
                                      "ouvert à Pékin, et le Tour de France partira de Monaco. En Côte d'Or, la neige "
                                      "est tombée sur Natixis, dit BNP Paribas.");
    CHECK_INT(ent_type(f, "Natixis"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "BNP Paribas"), PR_ENT_ORG);
    CHECK_INT(ent_type(f, "Jeux"), PR_ENT_OTHER);
    CHECK_INT(ent_type(f, "Tour de France"), PR_ENT_OTHER);
    CHECK_INT(ent_type(f, "Côte d'Or"), PR_ENT_PLACE);
    CHECK_INT(ent_type(f, "Pékin"), PR_ENT_PLACE);
    one_free(&o);
    f = one_facts(&o, "en", "The film Zero Dark Thirty won at the Golden Globes on Sunday. Zero Dark Thirty was shot "
                            "in Jordan. The director lives in Akron, Ohio, where Akron officials greeted her.");
    CHECK_INT(ent_type(f, "Zero Dark Thirty"), PR_ENT_OTHER);
    CHECK_INT(ent_type(f, "Golden Globes"), PR_ENT_OTHER);
    CHECK_INT(ent_type(f, "Akron"), PR_ENT_PLACE);
    one_free(&o);
    /* an interrogative opening a question is no part of a name; currencies and time zones name
     * nothing */
    f = one_facts(&o, "fr", "Le juge a listé ses questions. Pourquoi Mohamed est-il parti ? Le frère de Mohamed "
                            "a parlé à 10 h GMT.");
    CHECK(ent_type(f, "Mohamed") >= 0 && ent_type(f, "Pourquoi Mohamed") == -1 && ent_type(f, "GMT") == -1);
    one_free(&o);
    f = one_facts(&o, "en", "Shares rose to Rs 37 in Mumbai at 10:30 IST, and the Sensex closed higher at 4 pm IST.");
    CHECK(ent_type(f, "Rs") == -1 && ent_type(f, "IST") == -1 && ent_type(f, "Mumbai") == PR_ENT_PLACE);
    one_free(&o);
    f = one_facts(&o, "en", "The interview will air at 9 p.m. ET on Sunday in Boston. It was updated at 4 p.m. ET and "
                            "again at 3 p.m. CT in Chicago.");
    CHECK(ent_type(f, "ET") == -1 && ent_type(f, "CT") == -1 && ent_type(f, "Boston") >= 0);
    one_free(&o);
}

/* The text lists are ranked (most sources, then most mentions, first) and cut: 12 entities and
 * 10 quotes, then how many more the JSON gives; the JSON lists every entity. */
static void test_ranked_lists(void)
{
    static const char *const texts[] = {
        "The minister spent a day in Lyon with local officials. He spent a day in Nantes with them. "
        "He spent a day in Lille with them. He spent a day in Rennes with them. He spent a day in Nice "
        "with them. He spent a day in Toulouse with them. He spent a day in Bordeaux with them. He spent "
        "a day in Strasbourg with them. He spent a day in Dijon with them. He spent a day in Reims with "
        "them. He spent a day in Brest with them. He spent a day in Amiens with them. He spent a day in "
        "Metz with them. Later the minister flew to Marseille, and to Marseille again.",
        "The minister flew to Marseille on Tuesday, officials said.",
    };
    one o;
    precis_options opt = precis_options_default();
    snprintf(opt.lang, sizeof opt.lang, "%s", "en");
    pr_facts *f = facts_of(&o, &opt, texts, 2);
    char *txt = NULL, *js = NULL;
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &txt, NULL) == PRECIS_OK && txt);
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_JSON, &js, NULL) == PRECIS_OK && js);
    if (txt && js) {
        const char *list = strstr(txt, "People, places, organizations\n");
        /* Marseille (two sources) first, then Lyon, ... in the order of the text */
        const char *top = "  Marseille (place): 3 mentions in 2 sources\n  Lyon (place): 1 mention in 1 source\n";
        CHECK(list && !strncmp(list + strlen("People, places, organizations\n"), top, strlen(top)));
        CHECK(strstr(txt, "  … 2 more with --format json\n") != NULL);
        CHECK(strstr(txt, "Metz") == NULL && strstr(txt, "Amiens") == NULL); /* the last two are cut */
        CHECK(strstr(js, "\"Metz\"") != NULL && strstr(js, "\"Amiens\"") != NULL);
    }
    pr_free(txt);
    pr_free(js);
    one_free(&o);
}

/* Rows by sources; among as many sources, what was counted before how long or how far ("une
 * guerre de six semaines", "à 295 km") */
static void test_measures_last(void)
{
    static const char *const texts[] = {
        "La guerre de 6 semaines avait fait des milliers de morts. Les combats de mardi ont fait 2 morts "
        "civils à 295 km de la capitale, et 16 localités ont été évacuées.",
        "Après une guerre de 6 semaines en 2020, les combats de mardi ont fait 2 morts civils ; 16 "
        "localités ont été évacuées.",
    };
    one o;
    precis_options opt = precis_options_default();
    snprintf(opt.lang, sizeof opt.lang, "%s", "fr");
    pr_facts *f = facts_of(&o, &opt, texts, 2);
    size_t weeks = SIZE_MAX, dead = SIZE_MAX, loc = SIZE_MAX, km = SIZE_MAX;
    for (size_t i = 0; f && i < f->nrows; i++) {
        if (!strcmp(f->rows[i].what, "weeks")) weeks = i;
        else if (!strncmp(f->rows[i].what, "dead", 4) && f->rows[i].vals[0].value == 2) dead = i;
        else if (!strcmp(f->rows[i].what, "localities")) loc = i;
        else if (!strcmp(f->rows[i].what, "km")) km = i;
    }
    CHECK(weeks != SIZE_MAX && dead != SIZE_MAX && loc != SIZE_MAX && km != SIZE_MAX);
    CHECK_MSG(dead < weeks && loc < weeks, "rows: dead %zu, localities %zu, weeks %zu", dead, loc, weeks);
    CHECK(weeks < km); /* two sources before one */
    CHECK(f && f->rows[weeks].nsrc == 2 && f->rows[weeks].measure && !f->rows[dead].measure);
    /* the first source's "des milliers de morts" (the war of 2020) is not a value of Tuesday's
     * toll: that source gives both */
    CHECK(f && f->rows[dead].nvals == 1 && f->rows[dead].nsrc == 2);
    one_free(&o);
}

/* A vague multiple of a power of ten reads as people say it: "des dizaines de milliers", "tens of
 * thousands", not "several 10 000". */
static void test_vague_multiples(void)
{
    static const struct { const char *lang, *text, *shown; } cases[] = {
        {"fr", "Des dizaines de milliers de manifestants ont défilé samedi à Paris, selon les syndicats.",
         "des dizaines de milliers"},
        {"fr", "Des centaines de milliers de personnes ont été déplacées par les inondations, selon l'ONU.",
         "des centaines de milliers"},
        {"en", "Tens of thousands of workers went on strike on Monday across the country, the union said.",
         "tens of thousands"},
        {"en", "Hundreds of thousands of people fled the city before the storm, officials said on Friday.",
         "hundreds of thousands"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        one o;
        pr_facts *f = one_facts(&o, cases[i].lang, cases[i].text);
        char *out = NULL;
        size_t n;
        CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK);
        CHECK_MSG(out && strstr(out, cases[i].shown) && !strstr(out, "several"), "case %zu: %s", i, out ? out : "");
        precis_free(out);
        one_free(&o);
    }
}

/* A round bound includes the round figure another source gives ("more than 60" and "60" are
 * compatible); a precise one does not ("more than 27" and "27" disagree). */
static void test_round_bounds(void)
{
    static const char *const texts[] = {
        "The army captured more than 60 positions and the strikes killed more than 27 soldiers on Tuesday.",
        "The army captured 60 positions and the strikes killed 27 soldiers on Tuesday, officials said."};
    one o;
    pr_facts *f = facts_of(&o, NULL, texts, 2);
    if (f) {
        const pr_frow *pos = row_of(f, "positions"), *dead = row_of(f, "dead (soldiers)");
        CHECK_MSG(pos && pos->nvals == 2 && pos->status == PR_FIG_COMPATIBLE, "positions %d", pos ? (int)pos->status : -1);
        CHECK_MSG(dead && dead->nvals == 2 && dead->status == PR_FIG_DISAGREE, "dead %d", dead ? (int)dead->status : -1);
    }
    one_free(&o);
}

/* The brief's sentence `in`, alone in a brief of `words` words with `budget`, as the brief
 * prints it once people are named in full at their first mention (mention.c). */
static char *named(const pr_facts *f, const precis_story *st, const char *in, size_t words, unsigned budget)
{
    precis_brief b;
    memset(&b, 0, sizeof b);
    b.story = st;
    pr_bsent s;
    memset(&s, 0, sizeof s);
    s.text = pr_strdup(in);
    s.words = pr_count_words(in, strlen(in));
    b.s = &s;
    b.n = b.cap = 1;
    b.words = words;
    CHECK(s.text && pr_brief_name_people(&b, f, budget, NULL) == PRECIS_OK);
    CHECK_INT(b.words - words, pr_count_words(s.text, strlen(s.text)) - pr_count_words(in, strlen(in)));
    return s.text;
}

typedef struct name_case { const char *in, *out; } name_case;

/* Each case's sentence as the brief prints it, in a brief with room for more words. */
static void check_names(const pr_facts *f, const precis_story *st, const name_case *cases, size_t n)
{
    for (size_t i = 0; f && i < n; i++) {
        char *t = named(f, st, cases[i].in, 10, 100);
        CHECK_MSG(t && !strcmp(t, cases[i].out), "%s -> %s", cases[i].in, t ? t : "(null)");
        pr_free(t);
    }
}

/* A person the brief names by the surname alone, before it names them in full, gets the given
 * names the story knows ("Miller" -> "Stephen Miller"), except inside a quotation, after a
 * title or another name, after an article (the name as an adjective), before another
 * capitalized word, and beyond the budget. French elides "de" before a vowel. */
static void test_first_mentions(void)
{
    static const char *const en[] = {
        "The White House adviser Stephen Miller said on Sunday that the book was garbage. "
        "Miller later left the studio after a heated exchange. Senator Bernie Sanders was the mayor of "
        "Burlington before he went to the Senate, and Sanders said the vote would pass. "
        "Tyronn Lue, a coach, watched the exchange, and Anthony Batts said nothing."};
    one o;
    pr_facts *f = facts_of(&o, NULL, en, 1);
    static const name_case cases[] = {
        {"Miller later left the studio.", "Stephen Miller later left the studio."},
        {"On Sunday, Miller left the studio.", "On Sunday, Stephen Miller left the studio."},
        {"In Burlington, where Sanders was mayor, the vote passed.", "In Burlington, where Bernie Sanders was mayor, the vote passed."},
        {"Stephen Miller left, and Miller came back.", "Stephen Miller left, and Miller came back."},
        {"Miller left, and Miller came back.", "Stephen Miller left, and Miller came back."},
        {"Mr. Miller declined to answer.", "Mr. Miller declined to answer."},
        {"Senator Sanders spoke first.", "Senator Sanders spoke first."},
        {"\u201cMiller is wrong,\u201d she said.", "\u201cMiller is wrong,\u201d she said."},
        {"\"Miller is wrong,\" she said.", "\"Miller is wrong,\" she said."},
        {"The Miller doctrine failed.", "The Miller doctrine failed."},
        {"The Miller Center closed.", "The Miller Center closed."},
        {"Miller. Sanders left.", "Miller. Sanders left."}, /* "Miller." an abbreviation, "Miller. Sanders" no name */
        /* "Tyronn" is no known given name and "Tyronn Lue" only opens a sentence; "Anthony Batts"
         * says something in the middle of one */
        {"Lue watched.", "Lue watched."},
        {"Batts watched.", "Anthony Batts watched."},
    };
    check_names(f, o.st, cases, sizeof cases / sizeof *cases);
    /* out of memory at every allocation: OK or NOMEM, the sentence whole (the sanitizer build
     * checks leaks and double frees) */
    for (long k = 1; f && k < 64; k++) {
        precis_brief b;
        memset(&b, 0, sizeof b);
        b.story = o.st;
        pr_bsent s1;
        memset(&s1, 0, sizeof s1);
        s1.text = pr_strdup("Miller left the studio, and Sanders said the vote would pass.");
        b.s = &s1;
        b.n = b.cap = 1;
        pr_alloc_fail_after(k);
        precis_status st = s1.text ? pr_brief_name_people(&b, f, 100, NULL) : PRECIS_ERR_NOMEM;
        pr_alloc_fail_after(0);
        CHECK(st == PRECIS_OK || st == PRECIS_ERR_NOMEM);
        if (st == PRECIS_OK)
            CHECK_MSG(s1.text && !strcmp(s1.text, "Stephen Miller left the studio, and Bernie Sanders said the vote would pass."),
                      "%s", s1.text ? s1.text : "(null)");
        else
            CHECK(s1.text && !strcmp(s1.text, "Miller left the studio, and Sanders said the vote would pass."));
        pr_free(s1.text);
    }
    if (f) { /* no room for the given name: left as it is */
        char *t = named(f, o.st, "Miller later left the studio.", 100, 100);
        CHECK_MSG(t && !strcmp(t, "Miller later left the studio."), "%s", t ? t : "(null)");
        pr_free(t);
    }
    one_free(&o);
    static const char *const fr[] = {
        "Le président Emmanuel Macron a appelé l\u2019Azerbaïdjan à cesser l\u2019offensive. "
        "Le Premier ministre arménien Nikol Pashinyan a dénoncé une agression. "
        "Plus tard, Pachinian a appelé au calme, et Macron a téléphoné à son homologue."};
    f = facts_of(&o, NULL, fr, 1);
    static const name_case frc[] = {
        {"L\u2019appel de Macron a été entendu.", "L\u2019appel d\u2019Emmanuel Macron a été entendu."},
        {"Pachinian a appelé au calme.", "Nikol Pachinian a appelé au calme."},
        {"Le plan Macron a été publié.", "Le plan Macron a été publié."},
    };
    check_names(f, o.st, frc, sizeof frc / sizeof *frc);
    one_free(&o);
}

/* Rows of one concept that is not a toll (amounts, durations, counted things) hold one fact:
 * values join on the same value or on the words around them, never when one source gives
 * both. Each case: French texts (one per source), then the rows expected, each as "what:
 * value[+value...]:status" (status a = agree, c = compatible, d = disagree), in any order;
 * every row of the story is listed. */
typedef struct rows_case { const char *texts[3]; const char *rows; } rows_case;

static void row_string(const pr_frow *r, char *out, size_t cap)
{
    size_t o = (size_t)snprintf(out, cap, "%s:", r->what);
    for (size_t k = 0; k < r->nvals && o < cap; k++)
        o += (size_t)snprintf(out + o, cap - o, "%s%.10g", k ? "+" : "", r->vals[k].value);
    if (o < cap)
        snprintf(out + o, cap - o, ":%c", r->status == PR_FIG_AGREE ? 'a' : r->status == PR_FIG_COMPATIBLE ? 'c' :
                                         r->status == PR_FIG_DISAGREE ? 'd' : 'r');
}

static void test_figure_facts(void)
{
    /* English texts, each with rows that must hold one value and rows that must not be there */
    static const struct {
        const char *text;
        struct { const char *what; double value; } want[2];
        const char *absent[2];
    } en[] = {
        /* a people's adjective between the number and the people it counts; a person of a kind
         * in the singular qualifies the toll as the plural does, and is not what a larger number
         * counts */
        {"Two more American troops were killed on Friday in attacks north of the capital, the military said. One "
         "policeman was killed near Baquba. The city will dump 38 million gallons after a man peed in the reservoir.",
         {{"dead (soldiers)", 2}, {"dead (police)", 1}}, {"men"}},
        /* a partitive counts a part, not the thing: "one of the victims", "two of the people found
         * dead", "one of those people" */
        {"One of the victims was bleeding from the head. Police identified two of the people found dead. Snoop Dogg "
         "is one of those people who can do anything. At least 9 people were killed on Monday.",
         {{"dead", 9}}, {"people"}},
        /* a unit measures, it counts nothing after it ("500 feet of aircraft"); capitalized, it is
         * a name's or a heading's word ("12 Years a Slave", the film) */
        {"The rules define close encounters as drones coming within 500 feet of aircraft. The ship carried 30 tonnes "
         "of food. \"12 Years a Slave\" won the prize on Sunday.",
         {{"feet", 500}, {"tonnes", 30}}, {"aircraft", "years"}},
        /* a word that denies what happens to those a number counts: passengers, no one injured */
        {"The plane landed safely, with none of the 132 passengers and five crew members on board injured. None of "
         "the 40 people inside was hurt, and neither of the two pilots was injured.",
         {{"passengers", 132}, {"people", 40}}, {"injured"}},
        /* the verb right before a bare number says what it counts */
        {"The gunman walked into the synagogue and began shooting, killing 11 and wounding six before police took "
         "him into custody.",
         {{"dead", 11}, {"injured", 6}}, {NULL}},
        /* not before a clock, "of" or a range of percents ("killed about 8:20 p.m.", "arrested hundreds of
         * times", "killing between 10 to 80 percent"), nor a day after a month's abbreviation ("the Feb. 26
         * killing of Martin") */
        {"After the deputy was killed about 8:20 p.m. Friday, police searched the area. She has been arrested "
         "hundreds of times. The virus is deadly, killing between 10 to 80 percent of those infected.",
         {{NULL, 0}}, {"dead", "arrested"}},
        {"He is charged with second degree murder for the Feb. 26 killing of Martin, an unarmed teenager.",
         {{NULL, 0}}, {"dead"}},
        /* the noun of a toll before a preposition and a bare number (data/quantities kind T); not
         * one whose number counts something of its own */
        {"The shooting, in which the death toll now stands at 11, is the deadliest attack on the community. The "
         "storm took a heavy toll on the 2,000 residents of the island.",
         {{"dead", 11}, {"people", 2000}}, {NULL}},
        {"The death toll rose to 14 in the county after the floods.", {{"dead", 14}}, {NULL}},
        /* a currency sign before the digits makes an amount, whatever noun follows ("$300bn and
         * many of its members"); after a sign, a glued "m" is millions, not metres */
        {"The group was born with an external debt of more than $300bn and many of its members are poor.",
         {{"dollars", 300e9}}, {"members"}},
        {"The club paid \u00a3300m to 2 people.", {{"pounds", 300e6}, {"people", 2}}, {"metres"}},
        /* a sign that opens the next amount is not the unit of the number before it ("four
         * $50,000 payments"); "including" does not make one amount a part of another */
        {"The company made four $50,000 payments to Cohen.", {{"dollars", 50000}}, {NULL}},
        {"He sold his $8.3 million home.", {{"dollars", 8.3e6}}, {NULL}},
        /* a unit of length squared is an area ("square kilometres", "sq. miles"); "miles square"
         * gives a square's side */
        {"The bloc covers 17 million square kilometres and 5 sq. miles of islands.",
         {{"km\u00b2", 17e6}, {"square miles", 5}}, {"km", "miles"}},
        {"Models see areas no finer than a thousand miles square.", {{"miles", 1000}}, {"square miles"}},
        /* more words of events: drowned, detained, hospitalized, executed; not an event word
         * between "of" and the noun it qualifies ("the release of detained travelers"), nor a
         * time of day ("executed at 10 a.m.") */
        {"Two children drowned in the lake, and police detained 15 people.", {{"dead (children)", 2}, {"arrested", 15}}, {NULL}},
        {"At least 12 people were hospitalized. Since 1977, 10 people have been executed.",
         {{"hospitalized", 12}, {"dead", 10}}, {NULL}},
        {"Thousands of people gathered to demand the release of detained travelers. He was to be executed at 10 "
         "a.m. today.", {{"people", 1000}}, {"arrested", "dead"}},
    };
    for (size_t c = 0; c < sizeof en / sizeof *en; c++) {
        one o;
        pr_facts *f = one_facts(&o, "en", en[c].text);
        for (size_t w = 0; w < 2 && en[c].want[w].what; w++) {
            const pr_frow *r = f ? row_of(f, en[c].want[w].what) : NULL;
            CHECK_MSG(r && r->nvals == 1 && r->vals[0].value == en[c].want[w].value, "English case %zu: %s", c,
                      en[c].want[w].what);
        }
        for (size_t w = 0; w < 2 && en[c].absent[w]; w++)
            CHECK_MSG(f && !row_of(f, en[c].absent[w]), "English case %zu: %s listed", c, en[c].absent[w]);
        one_free(&o);
    }
    static const rows_case cases[] = {
        /* two loans in one sentence: two facts, not a disagreement */
        {{"À présent, les prêts sur quinze ans se négocient à 5,15 % en moyenne et ceux sur vingt ans à 5,20 %."},
         "years:15:a|years:20:a"},
        /* amounts of different things in different sources stay apart ... */
        {{"Natixis a perdu 975 millions d'euros dans des opérations de marché en octobre.",
          "Jérôme Kerviel avait gagné 200 000 euros sur ce titre."},
         "euros:975000000:a|euros:200000:a"},
        /* ... the same loss, rounded by one source, is one fact */
        {{"Jérôme Kerviel est soupçonné de falsifications qui ont coûté 4,9 milliards d'euros à la Société Générale.",
          "Le trader Jérôme Kerviel aurait fait perdre 5 milliards d'euros à la Société Générale."},
         "euros:4900000000+5000000000:c"},
        /* a revision told by one source ("600, réévaluées depuis à 751") is not a disagreement;
         * 750 for 751 is rounding */
        {{"La Caisse d'Epargne avait annoncé des pertes de 600 millions d'euros (réévaluées depuis à 751 millions d'euros).",
          "Charles Milhaud a démissionné après la perte par la banque de 751 millions d'euros.",
          "Nicolas Mérindol est parti après la perte de 750 millions d'euros essuyée par la banque."},
         "euros:600000000:a|euros:751000000+750000000:c"},
        /* the same person's age, two sources, two values: a real disagreement, in a row named
         * for the person however each source writes the name; "les deux hommes" is no count */
        {{"Ce rassemblement est l'occasion de la première rencontre entre Armstrong et Alberto Contador, 25 ans.",
          "Deux hommes se retrouvent sous le même maillot : Lance Armstrong, 37 ans, et Contador, 26 ans. "
          "Les deux hommes ne se parlent pas."},
         "age (Alberto Contador):25+26:d|age (Lance Armstrong):37:a|men:2:a"},
        /* an age with no name is no figure, nor is a time before now; a sentence is one, and
         * "pas moins de" is "at least" */
        {{"Cette femme de 34 ans a été arrêtée. Le dalaï-lama, qui est âgé de 73 ans, a été reçu. "
          "Il a fait son retour à 37 ans, il y a quatre ans. Le fichier recense dès l'âge de 13 ans. Il recense "
          "les personnes dès 14 ans, et à partir de 15 ans les militants. L'enseignante de 52 ans a été retrouvée. Cinq mois après les "
          "événements, il revient. Treize jours plus tard, elle parle.",
          "Elle a été condamnée à 5 ans de prison il y a quinze jours. Pas moins de 14 000 personnes ont été "
          "évacuées."},
         "years:5:a|evacuated:14000:a"},
        /* a time of day is no span of hours ("à 19 heures", "vers 20 heures", "le 20 heures", the
         * news at eight; "cinq heures du matin", "21 heures hier soir", "le journal de 19
         * heures"), unless a complement follows ("à 24 heures de l'échéance") */
        {{"La chaîne a relayé la protestation à 19 heures, l'équivalent du 20 heures en France. Il est arrivé vers "
          "21 heures. Nous étions levés depuis cinq heures du matin. Le journal de 19 heures en a parlé peu avant "
          "22 heures hier soir, et encore à 3 heures de l'après-midi.",
          "Le vote a eu lieu à 24 heures de l'échéance."},
         "hours:24:a"},
        /* a partitive counts a part of something, not the thing ("l'un des otages", "deux d'entre
         * eux"); the whole is counted */
        {{"L'un des otages a été libéré. Deux d'entre eux sont blessés, et deux de ses enfants aussi. Au moins 27 "
          "personnes ont été tuées."},
         "dead:27:a"},
        /* "aucun des 132 passagers n'a été blessé": passengers, no one injured */
        {{"L'avion a atterri sans encombre et aucun des 132 passagers n'a été blessé. Au moins 3 personnes ont été "
          "blessées au sol."},
         "passengers:132:a|injured:3:a"},
        /* "quatorze autres otages" is a remainder, not a count of all the hostages */
        {{"L'opération a mené à la libération d'Ingrid Betancourt et de quatorze autres otages détenus par les FARC.",
          "Des images de la libération de 15 otages des Farc, dont Ingrid Betancourt, ont été diffusées."},
         "hostages (others):14:a|hostages:15:a"},
        /* dates and fractions count nothing; "perdu" is not a death */
        {{"En septembre 2007, elle avait perdu 250 millions d'euros. Natixis a déjà perdu les deux tiers de sa "
          "valeur. Le 17 octobre, la banque avait perdu gros."},
         "euros:250000000:a"},
        /* "killed 16 people and wounded 38 others": the verb before the number says what it
         * counts, also before a bare number ("38 autres") */
        {{"Deux voitures piégées ont tué 16 personnes et blessé 38 autres samedi."}, "dead:16:a|injured (others):38:a"},

        /* the noun of a toll before a preposition and a bare number counts the dead, across an
         * elided pronoun and with a word the table does not know after the number ("le bilan
         * s'est alourdi à 75 dans le district"); "un bilan" counts no toll */
        {{"Le bilan s'est alourdi à 75 dans le district de Tarn Taran. Un bilan intermédiaire sera fait."},
         "dead:75:a"},
        /* a toll is one row across sources whatever the sentences say around it */
        {{"Les combats ont fait au moins 27 morts selon les séparatistes.", "Le bilan s'élève à 29 morts mardi matin."},
         "dead:27+29:c"},
        /* a toll told in a relative clause is another event's, not a disagreement with the
         * story's ("l'attentat qui a fait 86 morts" recalled, "Breivik, qui a tué 77 personnes") */
        {{"Le président se rendra à Nice pour l'anniversaire de l'attentat au camion qui a fait 86 morts.",
          "Le suspect avait fait l'éloge d'Anders Breivik, qui a tué 77 personnes en juillet 2011."},
         "dead:86:a|dead:77:a"},
        /* ... but the same value told as the toll and in a relative clause is one fact */
        {{"Six morts ont été dénombrés dimanche soir. Le suspect a comparu pour l'attaque qui a fait six morts.",
          "La fusillade a fait six morts dimanche."},
         "dead:6:a"},
        /* a number written as a capitalized word inside a sentence is in a title: "Zero Dark Thirty
         * and The Hurt Locker" was 30 injured */
        {{"Le festival a programmé Les Trois Blessés, un film tourné en Bosnie.",
          "Deux spectateurs ont été blessés à la sortie de la salle."},
         "injured:2:a"},
        /* a currency sign after the digits ("5 €", "300 M€", "1,2 Md€") or before them, the
         * qualifier before the sign ("plus de 1,2 Md€"); an amount is no part of another ("dont
         * 600 euros avec sursis") */
        {{"Le projet coûte 300 M€ et la banque a perdu plus de 1,2 Md€ en 2008.",
          "Il a été condamné à une amende de 800 euros, dont 600 euros avec sursis."},
         "euros:300000000:a|euros:1200000000:a|euros:800:a|euros:600:a"},
        /* more words of events ("décédées", "noyées", "interpellées", "hospitalisées",
         * "assassinés", "interpellations"); a part that is an event or generic people is a figure
         * of its own ("dont 3.076 sont décédées" is no "people (dead)"); the first of two numbers
         * joined by "et" has the second's noun, no event ("deux mineurs de 9 et 11 ans") */
        {{"Le virus a contaminé 84.344 personnes, dont 3.076 sont décédées. Quelque 1.649 personnes se sont noyées. "
          "Six humanitaires ont été assassinés.",
          "Au total, 39 personnes ont été interpellées et 12 hospitalisées. "
          "La préfecture a fait état de 32 interpellations. Deux jeunes de 9 et 11 ans ont été interpellés."},
         "people:84344:a|dead:3076:a|dead:1649:a|arrested:39:a|hospitalized:12:a|dead:6:a|arrested:32:a|young people:2:a|years:11:a"},
        /* "mineurs" in French news are minors, not miners; a later number after an auxiliary
         * has its own event ("et un mineur a été blessé"), coordinated subjects share one */
        {{"Trois mineurs ont été mis en examen vendredi.",
          "Trois mineurs ont été mis en examen et un mineur a été blessé lors de la bagarre.",
          "Des dizaines de personnes se sont emparées du corps d'un homme décédé."},
         "minors:3:a|people:10:a"},
        /* gendarmes are a force of their own, not the police: two groups, two rows */
        {{"Quatre policiers et neuf gendarmes sont décédés dans l'attaque.", "Deux gendarmes ont été blessés.", ""},
         "dead (police):4:a|dead (gendarmes):9:a|injured (gendarmes):2:a"},
        /* an area after the unit: "mètres carrés", "km²" */
        {{"Le hangar, d'une surface de 4 000 mètres carrés, est à 300 mètres du Liban, qui couvre 10 452 km\u00b2.",
          "Il n'a plus autour de lui qu'un carré de fidèles."},
         "m\u00b2:4000:a|metres:300:a|km\u00b2:10452:a"},
        /* the metre's symbol, squared or not, and km2 / m2 written with a plain 2; not a letter
         * elided before an apostrophe ("qui m'a"), nor "M" capitalized: "5 M d'euros" is money */
        {{"Un logement de 50 m\u00b2 a été vendu dans un site de 4,5 km2, au pied d'un mur de 3 m.",
          "Un appartement de 45 m2 occupe un moment quelqu'un qui m'a aidé.", "Un budget de 5 M d'euros."},
         "euros:5000000:a|m\u00b2:50:a|km\u00b2:4.5:a|metres:3:a|m\u00b2:45:a"},
        /* digits right after a capitalized word belong to a name: the boat "Duck 07", not 7 dead */
        {{"Dix-sept personnes sont mortes quand le Duck 07 a coulé sur le lac.",
          "Sur le lac, les occupants du Duck 07 sont morts noyés."},
         "dead:17:a"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        size_t n = 0;
        while (n < 3 && cases[c].texts[n]) n++;
        one o;
        precis_options opt = precis_options_default();
        snprintf(opt.lang, sizeof opt.lang, "%s", "fr");
        pr_facts *f = facts_of(&o, &opt, cases[c].texts, n);
        char got[512] = "";
        size_t gl = 0;
        for (size_t r = 0; f && r < f->nrows && gl < sizeof got; r++) {
            char one_row[128];
            row_string(&f->rows[r], one_row, sizeof one_row);
            gl += (size_t)snprintf(got + gl, sizeof got - gl, "%s%s", r ? "|" : "", one_row);
        }
        /* same rows, any order */
        bool same = f != NULL;
        size_t want_n = 1;
        for (const char *p = cases[c].rows; *p; p++) want_n += *p == '|';
        same = same && f->nrows == want_n;
        for (const char *p = cases[c].rows; same && *p;) {
            size_t l = strcspn(p, "|");
            bool found = false;
            for (size_t r = 0; f && r < f->nrows && !found; r++) {
                char one_row[128];
                row_string(&f->rows[r], one_row, sizeof one_row);
                found = strlen(one_row) == l && !strncmp(one_row, p, l);
            }
            same = found;
            p += l + (p[l] == '|');
        }
        CHECK_MSG(same, "case %zu: want %s, got %s", c, cases[c].rows, got);
        one_free(&o);
    }
}

/* English: a date or an age is not a count of the dead */
static void test_figure_dates(void)
{
    one o;
    {
        /* a time from another event is when, not how long ("Five weeks after treatment", "two
         * days later"); not a span "for" opens nor a bound ("at least seven days before") */
        pr_facts *f = one_facts(&o, "en", "The average tanker is now more than 43 years old. Four years ago, the two men "
                                          "met. No fewer than 300 people were evacuated. He served 3 years in prison. "
                                          "Five weeks after treatment, the mice were well. Two days later, they died. "
                                          "She had served for six months before taking the post. It will be at least "
                                          "seven days before results are known.");
        char got[256] = "";
        for (size_t r = 0; f && r < f->nrows; r++) {
            row_string(&f->rows[r], got + strlen(got), sizeof got - strlen(got));
            if (strlen(got) + 1 < sizeof got) strcat(got, "|");
        }
        CHECK_MSG(f && f->nrows == 4 && !strcmp(got, "evacuated:300:a|years:3:a|months:6:a|days:7:a|"), "rows %s", got);
        CHECK(f && f->nrows == 4 && !strcmp(f->rows[0].vals[0].qual, "at least"));
        one_free(&o);
    }
    pr_facts *f = one_facts(&o, "en", "Freddie Gray, the 25-year-old black man who died after suffering a spinal injury, "
                                      "tried to run from police on April 12 and died. In 1984, 12 miners died in the mine.");
    char got[256] = "";
    for (size_t r = 0; f && r < f->nrows; r++) row_string(&f->rows[r], got + strlen(got), sizeof got - strlen(got));
    CHECK_MSG(f && f->nrows == 1 && !strcmp(got, "dead (miners):12:a"), "rows %s", got);
    one_free(&o);
    /* a year's preposition before four bare digits makes them a year, a noun after them or not;
     * "after" does not ("after 1500 deaths") */
    static const struct { const char *lang, *text, *rows; } years[] = {
        {"en", "He was not charged until 2015 when he was arrested, after 1500 deaths. The cost was 500 million in "
               "2002 average dollars.",
         "dead:1500:a|"},
        {"fr", "Si en 2005 Eurex s'inquiétait, elle parle en 2006 de positions spéculatives, et 1500 positions ont été "
               "fermées.",
         "positions:1500:a|"},
    };
    for (size_t i = 0; i < sizeof years / sizeof *years; i++) {
        f = one_facts(&o, years[i].lang, years[i].text);
        got[0] = 0;
        for (size_t r = 0; f && r < f->nrows; r++) {
            row_string(&f->rows[r], got + strlen(got), sizeof got - strlen(got));
            if (strlen(got) + 1 < sizeof got) strcat(got, "|");
        }
        CHECK_MSG(f && !strcmp(got, years[i].rows), "%s: rows %s", years[i].text, got);
        one_free(&o);
    }
}

/* The facts of texts dated dates[i] (NULL: undated), in language lang. */
static pr_facts *dated_facts(one *o, const char *lang, const char *const *texts, const char *const *dates, size_t n)
{
    memset(o, 0, sizeof *o);
    precis_options opt = precis_options_default();
    snprintf(opt.lang, sizeof opt.lang, "%s", lang);
    if (precis_ctx_new(&opt, &o->ctx) != PRECIS_OK || precis_story_new(o->ctx, &o->st) != PRECIS_OK) { CHECK(0); return NULL; }
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "d%zu", i + 1);
        precis_article a = {.id = id, .data = texts[i], .len = strlen(texts[i]), .date = dates[i]};
        precis_doc *d = NULL;
        CHECK(precis_doc_from_article(o->ctx, &a, &d) == PRECIS_OK && precis_story_add(o->st, d) == PRECIS_OK);
    }
    CHECK(pr_facts_extract(o->st, &o->f) == PRECIS_OK && o->f);
    return o->f;
}

/* A figure a year dates ("la guerre de six semaines en 2020") recalls the past: its year is its
 * time, and its row comes after the event's, whatever its number of sources. Not so a span up
 * to now ("depuis 1977", "Since … in 1977,"), a year's results told the next year, nor an age. */
static void test_past_figures(void)
{
    static const char *const fr[] = {
        "Au cours de la guerre de six semaines en 2020, l'Azerbaïdjan a repris des districts. Les combats de mardi "
        "ont fait 27 morts et plus de 200 blessés.",
        "Lors de la guerre de six semaines en 2020, Bakou l'avait emporté. Mardi, les combats ont fait 27 morts et 16 "
        "localités ont été évacuées.",
    };
    static const char *const undated[] = {NULL, NULL};
    one o;
    pr_facts *f = dated_facts(&o, "fr", fr, undated, 2);
    const pr_frow *weeks = f ? row_of(f, "weeks") : NULL;
    CHECK(weeks && weeks->past && weeks->nsrc == 2 && weeks == &f->rows[f->nrows - 1]);
    CHECK(f && row_of(f, "injured") && !row_of(f, "injured")->past && row_of(f, "injured")->nsrc == 1);
    const pr_fig *g = weeks ? &f->figs[weeks->vals[0].fig] : NULL;
    const char *t = g ? f->story->docs[g->doc]->text : NULL;
    CHECK_MSG(g && g->when_end - g->when_start == 7 && !memcmp(t + g->when_start, "en 2020", 7), "when %.*s",
              g ? (int)(g->when_end - g->when_start) : 0, t ? t + g->when_start : "");
    one_free(&o);
    /* the same war in pages of 2023: past; in pages of 2021, a year before, not */
    static const char *const d2023[] = {"2023-09-19", "2023-09-20T10:00:00Z"}, *const d2021[] = {"2021-03-01", "2021-03-02"};
    f = dated_facts(&o, "fr", fr, d2023, 2);
    CHECK(f && row_of(f, "weeks") && row_of(f, "weeks")->past);
    one_free(&o);
    f = dated_facts(&o, "fr", fr, d2021, 2);
    CHECK(f && row_of(f, "weeks") && !row_of(f, "weeks")->past && f->rows[0].nsrc == 2);
    one_free(&o);
    /* a figure of the past that the event's contradicts is another fact, not a disagreement */
    static const char *const en[] = {
        "Kennedy, 81, was nominated in 1987 by President Ronald Reagan and served 30 years on the Supreme Court.",
        "Trump promised to pick a successor who could serve on the Supreme Court for 40 years.",
    };
    f = dated_facts(&o, "en", en, undated, 2);
    size_t years = 0;
    for (size_t r = 0; f && r < f->nrows; r++)
        if (!strcmp(f->rows[r].what, "years")) {
            years++;
            CHECK(f->rows[r].nvals == 1 && f->rows[r].status == PR_FIG_AGREE);
        }
    CHECK_INT(years, 2);
    one_free(&o);
    static const struct { const char *lang, *text, *what; bool past; } cases[] = {
        {"en", "Since the death penalty was reinstated in California in 1977, 10 people have been executed.", "dead", false},
        {"fr", "Depuis 1977, 10 personnes ont été exécutées en Californie.", "dead", false},
        {"en", "The last major quake in the region was in 2001, killing 25,000 people in Gujarat.", "dead", true},
        {"fr", "Nommé en 2006, Nicolas Mérindol, 47 ans, dirige la banque.", "age (Nicolas Mérindol)", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        f = one_facts(&o, cases[i].lang, cases[i].text);
        const pr_frow *r = f ? row_of(f, cases[i].what) : NULL;
        CHECK_MSG(r && r->past == cases[i].past, "%s: %s", cases[i].text, r ? (r->past ? "past" : "not past") : "no row");
        one_free(&o);
    }
    /* a time opening its sentence is shown in lower case when the story writes the word so */
    f = one_facts(&o, "en", "In 2014, 300 students occupied the parliament. Tuesday, 12 people died in the city, and 40 "
                            "were injured in the clashes.");
    char *out = NULL;
    size_t len;
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &len) == PRECIS_OK);
    CHECK_MSG(out && strstr(out, "300, in 2014") && strstr(out, "12, Tuesday"), "%s", out ? out : "");
    precis_free(out);
    one_free(&o);
}

/* Values as the story's language writes them; a single source's amounts and durations are left
 * out of the text list (they stay in the JSON). */
static void test_figure_text(void)
{
    static const char *const fr[] = {
        "La France, la Belgique et le Luxembourg vont apporter 6,4 milliards d'euros à Dexia, peuplée de 120000 habitants, "
        "et la crise a fait 2 morts. Le plan a duré 3 mois.",
        "Les trois États vont apporter 6,4 milliards d'euros à Dexia, et la crise a fait 2 morts."};
    static const char *const en[] = {
        "France, Belgium and Luxembourg will inject 6.4 billion euros into Dexia, and the crisis left 2 dead and "
        "12,500 evacuated. The plan took 3 months.",
        "The three states will inject 6.4 billion euros into Dexia, and the crisis left 2 dead."};
    one o;
    precis_options opt = precis_options_default();
    snprintf(opt.lang, sizeof opt.lang, "%s", "fr");
    pr_facts *f = facts_of(&o, &opt, fr, 2);
    char *out = NULL;
    size_t n;
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK);
    CHECK_MSG(out && strstr(out, "euros: 6,4 milliards (d1, d2)"), "%s", out ? out : "");
    CHECK_MSG(out && strstr(out, "population: 120 000 (d1)") && !strstr(out, "mois") && strstr(out, "1 autres"), "%s", out ? out : "");
    precis_free(out);
    one_free(&o);
    f = facts_of(&o, NULL, en, 2);
    CHECK(f && precis_facts_render(f, PRECIS_FORMAT_TEXT, &out, &n) == PRECIS_OK);
    CHECK_MSG(out && strstr(out, "euros: 6.4 billion (d1, d2)") && strstr(out, "evacuated: 12,500 (d1)") && !strstr(out, "months"),
              "%s", out ? out : "");
    precis_free(out);
    one_free(&o);
}

int main(void)
{
    precis_ctx *ctx;
    if (precis_ctx_new(NULL, &ctx) != PRECIS_OK) return 1;
    test_figures(ctx);
    test_english();
    test_speakers();
    test_quote_incise();
    test_post_quotes();
    test_quote_labels();
    test_quote_runs_on();
    test_sentence_initial();
    test_repeated_quotes(ctx);
    test_retold_quotes();
    test_copied_speakers(ctx);
    test_acronyms();
    test_place_prepositions();
    test_french_institutions();
    test_name_words();
    test_entity_types();
    test_french_institution_names();
    test_quote_order();
    test_entity_aliases();
    test_entity_cues();
    test_ranked_lists();
    test_measures_last();
    test_vague_multiples();
    test_first_mentions();
    test_round_bounds();
    test_figure_facts();
    test_figure_dates();
    test_past_figures();
    test_figure_text();
    test_labels();
    test_example(ctx);
    test_pathological(ctx);
    precis_ctx_free(ctx);
    return TEST_END();
}
