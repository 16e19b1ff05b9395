/*
 * summarize.c — multi-document extractive summarization with concept coverage.
 *
 * Method (after Gillick & Favre 2009, "A scalable global model for summarization"):
 *   concepts  = stemmed bigrams of adjacent words (unigrams carry the topic, not the facts);
 *   weight(c) = the number of independent documents that contain c: documents in the story's
 *               language only, copies of one article (wire re-posts) counted once, and so
 *               are sentences copied from an earlier source (a wire paragraph two outlets
 *               carry: 90 % of its bigrams in one earlier sentence); concepts of
 *               one document count for a tenth; concepts of the titles weigh double;
 *   objective = weight of the concepts covered at least once (repeating a fact earns nothing:
 *               redundancy is controlled by the objective itself) plus a bonus per sentence
 *               from its position (news put the essentials first) and its support (how much of
 *               it the other sources also tell, found through an inverted index of bigrams),
 *               under the word budget;
 *   search    = four budgeted greedy passes (gain / length^r, r = 1, 0.6, 0.3, 0) and the best
 *               single sentence (Khuller et al.'s bound); with PRECIS_OPT_EXACT, also an integer
 *               program over the best 40 candidates (GLPK branch-and-cut, 200-node cap, the
 *               time cap as a safety net); the best by the objective wins. Measured on the dev
 *               sets the greedy matches or beats the ILP (docs/quality.md, "Exact selection"),
 *               so it is off by default.
 * Readability: candidates are complete sentences (final punctuation, not an ellipsis; no photo
 * credit run into them, not a photo caption; balanced quotes and brackets; 6-70 words; in the
 * story's language; words more than figures; no curly brace: code) that are not a question or a
 * line in capitals (teasers, polls, headings), an appeal to the reader ("Subscribe to …", "…,
 * please refresh your browser"), a sentence that points at a picture, a video or a chart ("Joey
 * Wilson, left, …", "(pictured)", "the video below"), a sentence that only names a speaker ("Kmart
 * Chairman Edward Lampert said Thursday.") or credits a quotation it was cut from ('” — Nov. 2,
 * writing in The Washington Examiner.'), a sentence in the first person outside any quotation (a
 * letter, a transcript, a column: whose voice it is, the brief cannot say) or in the second person
 * without a verb of saying (the reader, an interviewee: "You might think …"), nor an
 * announcement that another source tells done ("Nicolas Sarkozy doit rencontrer le dalaï-lama"
 * beside "Nicolas Sarkozy a rencontré le dalaï-lama": stale_plans()), nor a near-duplicate
 * of a sentence already chosen. A sentence that points back — it opens on a pronoun or connective
 * (data/dangling/: "But", "He", "D'autres", "C'est") or on a time counted from an event told before
 * it ("Two years later,", "Le lendemain,"), holds in its first words a demonstrative before a noun
 * ("ces déclarations"; not "ce mardi": data/demonstrative/, data/deictic/), opens on a quotation
 * said by a pronoun ('"…," he said'), or is a quotation standing alone, or has no conjugated verb
 * (verbless(): "Une opération dénoncée par le président.", with the language's morphological
 * dictionary when there is one: French) — is chosen only right after its antecedent, the sentence
 * before it in its article, and is placed directly after it; the greedy passes also weigh the two
 * together as one move. A sentence whose definite description refers back to the sentence before it
 * ("the dam", "la guerre", whose noun that sentence holds: definite_back()) enters after its
 * antecedent too, or once another chosen sentence names the noun, and is then placed after that
 * one. A quotation that spans two to four sentences enters whole, as one move, printed together;
 * the sentences inside it never stand alone; when no speaker is named outside it (a bare quotation:
 * qbare), it enters only after the sentence before it, or with it. Sentences taken only to
 * fill the budget may carry half a quotation, which the brief mends, when that half names its
 * speaker (halves that name none fill only a brief that would be empty); a dateline or a kicker
 * opening a sentence ("PARIS –", "LONDON (Reuters) -", "July 4 (UPI) --", "Goma - ", "Analysis:")
 * is left out of its text and its word count. When
 * not one sentence fits the budget whole, the best is cut to it and ends in an ellipsis. The
 * chosen sentences are ordered by their relative position in their articles (name_first()).
 * The story's toll: when the facts module finds a toll that two sources or more give ("au moins
 * 27 morts") and no chosen sentence states its most reported value, the best sentence that does
 * enters, in place of the chosen sentences whose removal costs the objective least (tell_toll()).
 * Attribution: a summary sentence is credited to every document that has a sentence covering
 * most of its concepts, not only to the one it was taken from.
 */
#include "internal.h"
#include "facts.h"
#include "numbers.h"
#include <ctype.h>
#include <glpk.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Tunables, set on the dev sets (docs/quality.md): weight of unigram and bigram concepts,
 * of concepts seen in one document only, the position prior (and its weight when the story
 * has a single independent source), the length exponent of the greedy ratio, and the overlap
 * above which two sentences are the same. */
#define LEN_EXP 1.0
#define W_UNI 0.8
#define W_BI 2.0
#define W_ONE 0.1
#define POS_PRIOR 1.0
#define POS_PRIOR_ONE 100.0
#define DUP_OVERLAP 0.7
#define TITLE_BOOST 1.0
#define FIGURE_BOOST 1.0
#define SUPPORT 1.0
#define SUPPORT_POSTINGS 24
#define COPY_SHARE 9 /* tenths of a sentence's bigrams found in one earlier sentence: a copy */

#define PLAN_DONE 3 /* verbs told done kept per sentence */
#define PLAN_SUBJ 3 /* words of the subject kept for each */
typedef struct cand {
    size_t doc, sent;
    size_t start;      /* its first byte: the sentence's, or after a dateline */
    uint32_t *con;     /* unique concept ids (unigrams then bigrams) */
    size_t ncon, nuni;
    size_t words;      /* as counted for the budget */
    double pos;        /* relative position in its document, 0 = first */
    double support;    /* share of the other sources that tell the same (0..1) */
    double idf_tot;    /* sum of its concepts' idf (weighted_overlap's denominator) */
    bool ok;           /* passes the readability filters */
    bool cut;          /* printed cut to the budget (no whole sentence fitted) */
    bool fill;         /* may fill a brief that ran out of candidates (no antecedent problem,
                        * but possibly incomplete: a heading, a sentence glued to the next, half
                        * a quotation, which the brief mends; not half a bracket) */
    bool halfq;        /* would fill but is half a quotation that names no speaker: only when
                        * nothing else makes a brief */
    bool follow;       /* readable only right after the sentence before it in its document: it
                        * opens on a word that points back ("But", "He", "These talks") */
    bool qopen, qclose;/* opens a quotation that a later sentence closes / closes one an
                        * earlier sentence opened: readable only with the other half */
    bool qstart;       /* opens a quotation left open at its end, whether or not it also
                        * points back ("She said: \"This is cruel."): qopen is the one that
                        * needs nothing before it */
    bool parend;       /* ends its paragraph (a line break or the text's end follows it) */
    bool qmid;         /* inside a quotation opened before it and closed after it (no quote
                        * mark of its own): part of that quotation, not narration */
    bool nomark;       /* holds no quotation mark */
    bool qlead, qtail; /* its only quotation mark opens it / ends it, no word after it */
    bool qbare;        /* opens a quotation that spans sentences and has no speaker outside it
                        * (qlead here, qtail on its closing half): the speaker is named before
                        * it, so the quotation enters only after the sentence before it */
    bool qpron;        /* closes a quotation said by a pronoun ('… relationship?" she said.') */
    bool copy;         /* repeats a sentence of an earlier independent document (wire copy) */
    bool chosen;
    uint32_t def;      /* the noun of a definite description that refers back ("the war"):
                        * its stem's concept id, or NO_DEF (definite_back) */
    uint32_t plan;     /* the verb of an action it announces ("doit rencontrer"): its stem's
                        * concept id, or NO_DEF (plan_and_done) */
    uint32_t done[PLAN_DONE]; /* verbs of actions it tells done ("a rencontré"), NO_DEF-padded */
    uint32_t plan_subj[PLAN_SUBJ], done_subj[PLAN_DONE][PLAN_SUBJ]; /* their subjects' words */
} cand;
#define NO_DEF UINT32_MAX

typedef struct summ {
    const precis_story *story;
    pr_intern in;
    cand *c;
    size_t n, cap;
    double *w;         /* concept weights */
    double *idf;       /* log(1 + documents / df) per concept, for weighted_overlap */
    uint32_t *df, *lastdoc;
    size_t nw;
    size_t *group;     /* per document: the first document of its group of copies */
    size_t ngroups;    /* independent documents in the story's language */
    size_t *pstart;    /* bigram postings: the candidates holding bigram w are */
    size_t *post;      /* post[pstart[w] .. pstart[w + 1]), in candidate order */
    bool *inlang;      /* per document: written in the story's language */
    const char *lang;  /* the story's language (pr_story_lang), NULL when none is known */
} summ;

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorts v and drops repeats; returns the new count. A sentence's concepts are a few dozen ids
 * and come nearly sorted (ids are given in text order): an insertion sort up to SMALL_SORT of
 * them, qsort beyond. qsort's calls through a pointer cost 1 % of wn038's brief (callgrind). */
#define SMALL_SORT 256
size_t pr_u32_uniq(uint32_t *v, size_t n)
{
    if (!n) return 0;
    if (n <= SMALL_SORT) {
        for (size_t i = 1; i < n; i++) {
            uint32_t x = v[i];
            size_t j = i;
            for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
            v[j] = x;
        }
    } else {
        qsort(v, n, sizeof *v, cmp_u32);
    }
    size_t k = 1;
    for (size_t i = 1; i < n; i++) if (v[i] != v[k - 1]) v[k++] = v[i];
    return k;
}

/* The story's language is the one most of its words are in; documents in other languages
 * (a Portuguese re-post in an English story) neither supply sentences nor vote. Copies of one
 * article (wire re-posts: unigram Jaccard >= 0.7) are one group and vote once. */
static precis_status group_docs(summ *S)
{
    const precis_story *st = S->story;
    size_t nd = st->n_docs;
    S->group = pr_malloc(nd * sizeof *S->group);
    S->inlang = pr_calloc(nd, sizeof *S->inlang);
    uint32_t **sets = pr_calloc(nd, sizeof *sets);
    size_t *ns = pr_calloc(nd, sizeof *ns);
    precis_status rc = PRECIS_ERR_NOMEM;
    if (!S->group || !S->inlang || !sets || !ns) goto out;
    const char *best = S->lang = pr_story_lang(st); /* dominant language by words */
    for (size_t d = 0; d < nd; d++)
        S->inlang[d] = !best || !strcmp(st->docs[d]->lang, best) || !strcmp(st->docs[d]->lang, "und");
    /* unigram sets per document */
    for (size_t i = 0; i < S->n; i++) ns[S->c[i].doc] += S->c[i].nuni;
    for (size_t d = 0; d < nd; d++) {
        sets[d] = pr_malloc((ns[d] + 1) * sizeof **sets);
        if (!sets[d]) goto out;
        ns[d] = 0;
    }
    for (size_t i = 0; i < S->n; i++) {
        const cand *c = &S->c[i];
        if (c->nuni) memcpy(sets[c->doc] + ns[c->doc], c->con, c->nuni * sizeof *c->con);
        ns[c->doc] += c->nuni;
    }
    for (size_t d = 0; d < nd; d++) ns[d] = pr_u32_uniq(sets[d], ns[d]);
    S->ngroups = 0;
    for (size_t d = 0; d < nd; d++) {
        S->group[d] = d;
        /* pairwise over earlier documents; stories are tens of documents, capped at 500 */
        for (size_t e = 0; e < d && e < 500; e++) {
            if (S->group[e] != e || !ns[d] || !ns[e]) continue;
            /* Jaccard <= smaller / larger: sets of too different sizes cannot be copies */
            size_t lo = ns[d] < ns[e] ? ns[d] : ns[e], hi = ns[d] < ns[e] ? ns[e] : ns[d];
            if (lo * 10 < hi * 7) continue;
            size_t m = pr_u32_shared(sets[d], ns[d], sets[e], ns[e]);
            if (m * 10 >= (ns[d] + ns[e] - m) * 7) { S->group[d] = e; break; }
        }
        if (S->group[d] == d && S->inlang[d]) S->ngroups++;
    }
    rc = PRECIS_OK;
out:
    if (sets) for (size_t d = 0; d < nd; d++) pr_free(sets[d]);
    pr_free(sets);
    pr_free(ns);
    return rc;
}

static bool is_term_cp(int32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }
static bool is_close_cp(int32_t cp) { return cp == 0xBB || cp == '"' || cp == 0x201D || cp == ')' || cp == 0x2019; }

/* The last code point of [s, e) before its closing marks and spaces ("profondes. »": French
 * spacing), looking back at most `steps` code points; 0 when there is none. Its offset goes to
 * *at when at is not NULL. */
static int32_t final_mark_at(const char *t, size_t s, size_t e, int steps, size_t *at)
{
    size_t k = e;
    for (int i = 0; i < steps && k > s; i++) {
        size_t pl = pr_utf8_prev_len(t, k);
        size_t q = k - pl;
        int32_t cp = pr_utf8_next(t, k, &q);
        if (!is_close_cp(cp) && !pr_cp_is_space(cp)) {
            if (at) *at = k - pl;
            return cp;
        }
        k -= pl;
    }
    return 0;
}
static int32_t final_mark(const char *t, size_t s, size_t e, int steps) { return final_mark_at(t, s, e, steps, NULL); }

/* Ends with final punctuation, possibly inside closing quotes. */
static bool ends_sentence(const char *t, size_t s, size_t e) { return is_term_cp(final_mark(t, s, e, 5)); }

/* Code, not prose: a curly brace, which news text never holds ("OPTIONAL { ?subject wdt:P580
 * ?start .", "_taboola.push({ mode: 'thumbnails-c', …": a query or a script in the page). */
static bool code_text(const char *t, size_t s, size_t e)
{
    return memchr(t + s, '{', e - s) || memchr(t + s, '}', e - s);
}

/* A line of figures more than of words — a table row, a scorecard, a list of dates ("Laos
 * 7/9/04, expires on 1/6/ 2005.", "Warne 50 off 63 balls 3x4, 2x6", "FoW: 1-93 (Langer, 34.2
 * ov), 2-119 (Hayden, 43.5 ov)."): a third or more of its visible characters are digits, or
 * four or more of its space-separated chunks hold a digit and they are 40 % of them or more
 * (names between the figures: "Bowling O M R W McGrath 20.1 3 66 4 (2nb) Gillespie 19 4 …"). */
static bool mostly_digits(const char *t, size_t s, size_t e)
{
    size_t digits = 0, other = 0, chunks = 0, numeric = 0;
    bool in = false, dig = false;
    for (size_t i = s; i < e; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= '0' && c <= '9') digits++;
        else if (c != ' ' && (c & 0xC0) != 0x80) other++; /* one per code point */
        if (c == ' ') { in = false; continue; }
        if (!in) { in = true; dig = false; chunks++; }
        if (c >= '0' && c <= '9' && !dig) { dig = true; numeric++; }
    }
    if (numeric >= 4 && numeric * 10 >= chunks * 4) return true;
    return digits * 3 >= digits + other && digits > 0;
}

/* Is token t the punctuation mark c? */
static bool tok_punct(const precis_doc *d, const pr_token *t, char c)
{
    return t->kind == PR_TOK_PUNCT && t->end - t->start == 1 && d->text[t->start] == c;
}

/* Opens on a photo credit run into the text ("Barry Brecheisen/Getty Images There is no question
 * …", "Claudia Daut / Reuters file This year's …"): two to four capitalized words that are not
 * function words (not "The CNN/ORC poll"), a slash, a capitalized word; or a credit of
 * data/boilerplate opening its first words ("Getty Images Santa Clause Non-Believers More
 * people …", "Photo: …"; lower_opening()). Where the credit ends and the sentence starts cannot
 * be told, so the whole sentence goes. */
#define CREDIT_MAX 16
typedef struct credits { const pr_wordlist *wl; const char *ph[CREDIT_MAX]; size_t len[CREDIT_MAX], n; } credits;
static bool lower_opening(const precis_doc *d, const pr_sent *s, uint32_t tok0, size_t from, pr_buf *low);
static bool opens_on_credit(const precis_doc *d, const pr_sent *s, uint32_t tok0, pr_buf *low, credits *cr)
{
    if (tok0 >= s->tok1) return false;
    const pr_wordlist *bp = pr_wordlist_get("boilerplate", d->lang);
    if (bp != cr->wl) { /* the credit phrases of this language's list, once */
        cr->wl = bp;
        cr->n = pr_cue_phrases(bp, "credit", cr->ph, cr->len, CREDIT_MAX);
    }
    if (cr->n && lower_opening(d, s, tok0, d->toks[tok0].start, low))
        for (size_t k = 0; k < cr->n; k++)
            if (pr_cue_opens(low->data, low->len, cr->ph[k], cr->len[k])) return true;
    unsigned names = 0;
    for (uint32_t k = tok0; k < s->tok1 && k < tok0 + 8; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_STOP)) { names++; continue; }
        if (tok_punct(d, t, '.')) continue; /* "L." */
        if (!tok_punct(d, t, '/') || names < 2 || names > 4) return false;
        return k + 1 < s->tok1 && d->toks[k + 1].kind == PR_TOK_WORD && (d->toks[k + 1].flags & PR_TF_CAP);
    }
    return false;
}

/* A photo caption run into the text ("A technician … on power lines in the outskirts of Lahore
 * January 31, 2012.", "… in Kabul, Afghanistan, Wednesday, Sept. 15, 2010."): it ends on a
 * full date with its year (data/months) right after a place or a comma, where news prose writes
 * "on March 3, 2011" or "release the film July 22, 2011". Month first: a comma or a capitalized
 * word before the month, or before a day of the week and its comma; a day of the week right
 * before the month ("… during a vigil Saturday, Oct. 27, 2018.", "on Wednesday, September 21,
 * 2011."), whatever precedes it, since prose names the day or the year, seldom both; the place
 * may come after the date ("Members of the National Guard patrol Wednesday, April 29, 2015, in
 * Baltimore."). Day first: a comma right before the day ("Oslo, 8 October 2004."), not ", le 7
 * juillet 2005", which French prose writes as often as captions do. */
#define CAPTION_PLACE_WORDS 8
static bool caption(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    const pr_wordlist *mon = pr_wordlist_get("months", d->lang), *wd = pr_wordlist_get("weekdays", d->lang),
                      *cp = pr_wordlist_get("captionplace", d->lang);
    if (!mon) return false;
    uint32_t k = s->tok1;
    while (k > tok0 && d->toks[k - 1].kind != PR_TOK_WORD && d->toks[k - 1].kind != PR_TOK_NUM) k--;
    if (k < tok0 + 4) return false;
    /* a place after the date: ", in Baltimore", ", in Quantico, Va" (data/captionplace) */
    bool placed = false;
    for (uint32_t j = k, words = 0; cp && j > tok0 + 5 && words <= CAPTION_PLACE_WORDS; j--) {
        const pr_token *w = &d->toks[j - 1];
        if (w->kind == PR_TOK_WORD) { words++; continue; }
        if (!tok_punct(d, w, ',') || j < 3) continue;
        const pr_token *y = &d->toks[j - 2], *in = &d->toks[j];
        if (y->kind == PR_TOK_NUM && y->end - y->start == 4 && j < k && in->kind == PR_TOK_WORD &&
            !(in->flags & PR_TF_CAP) && pr_wordlist_has(cp, pr_tok_lower(d, in))) {
            k = j - 1, placed = true;
            break;
        }
    }
    const pr_token *t = &d->toks[--k];
    if (t->kind != PR_TOK_NUM || t->end - t->start != 4) return false; /* the year */
    t = &d->toks[--k];
    if (tok_punct(d, t, ',')) {            /* month first: "Sept. 15, 2010" */
        if (k < tok0 + 3 || d->toks[--k].kind != PR_TOK_NUM || d->toks[k].end - d->toks[k].start > 2) return false;
        if (tok_punct(d, &d->toks[k - 1], '.')) k--;
        t = &d->toks[--k];
        if (t->kind != PR_TOK_WORD || !pr_wordlist_has(mon, pr_tok_lower(d, t))) return false;
        if (k == tok0) return false;
        t = &d->toks[--k];
        bool comma = tok_punct(d, t, ',');
        if (comma && k > tok0) t = &d->toks[k - 1];
        if (t->kind == PR_TOK_WORD && wd && pr_wordlist_has(wd, pr_tok_lower(d, t)))
            return true; /* "Wednesday, Sept. 15, 2010", "Wednesday Dec. 12, 2018" */
        if (placed) return false;
        return comma || (t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_STOP));
    }
    if (placed) return false;
    /* day first: "…, le 20 septembre 2023" */
    if (t->kind != PR_TOK_WORD || !pr_wordlist_has(mon, pr_tok_lower(d, t)) || k == tok0) return false;
    t = &d->toks[--k];
    if (t->kind != PR_TOK_NUM || t->end - t->start > 2 || k == tok0) return false;
    return tok_punct(d, &d->toks[k - 1], ',');
}

/* Trails off: ends on an ellipsis ("…" or "..."), possibly inside closing quotes — a teaser its
 * site cut ("Actor Christopher Lawford … has died ..."), a line of notes ("Onze amis en début
 * d'après midi, quatre en fin de journée..."), a quotation left unfinished. */
static bool trails_off(const char *t, size_t s, size_t e)
{
    size_t at = e;
    int32_t cp = final_mark_at(t, s, e, INT_MAX, &at);
    return cp == 0x2026 || (cp == '.' && at > s && t[at - 1] == '.');
}

/* The quotation marks of [s, e): guillemets and curly quotes still open at the end, closing
 * marks with no opening one before them, the straight quotes (count, first offset), and how
 * many marks of any kind. A single curly quote opens ('shouted: ‘Help!') after no letter or
 * digit and before a letter (‘90s is a decade), and closes at the next ’ that no letter
 * follows; a ’ with none open is an apostrophe ("the officers’ car"), so only an opening one
 * left open counts. */
typedef struct qscan {
    int guil, curly, gmiss, cmiss, single;
    size_t straight, first, last, marks;
    int paren, square, stray; /* ( and [ left open; ) or ] closing none */
} qscan;
static qscan scan_quotes(const char *t, size_t s, size_t e)
{
    qscan q = {0, 0, 0, 0, 0, 0, SIZE_MAX, SIZE_MAX, 0, 0, 0, 0};
    size_t i = s;
    int32_t before = ' ';
    while (i < e) {
        size_t at = i;
        int32_t cp = pr_utf8_next(t, e, &i);
        if (cp == 0x2018 || cp == 0x2019) {
            size_t j = i;
            int32_t after = i < e ? pr_utf8_next(t, e, &j) : ' ';
            if (cp == 0x2018 && !pr_cp_is_letter(before) && !pr_cp_is_digit(before) &&
                pr_cp_is_letter(after))
                q.single++;
            else if (cp == 0x2019 && q.single && !pr_cp_is_letter(after))
                q.single--;
        }
        before = cp;
        if (cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == '"') q.marks++;
        if (cp == 0xAB) q.guil++;
        else if (cp == 0xBB) { if (q.guil) q.guil--; else q.gmiss++; }
        else if (cp == 0x201C) q.curly++;
        else if (cp == 0x201D) { if (q.curly) q.curly--; else q.cmiss++; }
        else if (cp == '"') { if (q.first == SIZE_MAX) q.first = at; q.last = at; q.straight++; }
        else if (cp == '(') q.paren++;
        else if (cp == '[') q.square++;
        else if (cp == ')') { if (q.paren) q.paren--; else q.stray++; }
        else if (cp == ']') { if (q.square) q.square--; else q.stray++; }
    }
    return q;
}

/* A sentence's first words, lower-cased in buf and joined by spaces; an apostrophe or a hyphen
 * glues two into one ("d'autres", "celui-ci", "ce jour-là"). Word i spans [ws[i], we[i]) of
 * buf and is followed by token next[i]; num0 tells if the first is a number. pe[j] is where
 * buf ends after the j-th token read, a glued word's pieces apart ("it", then "it's"). An
 * opening quote or dash is skipped, and so is an opening number with `skip_num` (a list's "3.");
 * other punctuation ends them. */
#define OPENING_WORDS 6
typedef struct opening {
    char buf[128];
    size_t n, ws[OPENING_WORDS], we[OPENING_WORDS];
    uint32_t next[OPENING_WORDS];
    size_t np, pe[2 * OPENING_WORDS];
    bool num0;
} opening;

static void read_opening(const precis_doc *d, const pr_sent *s, uint32_t tok0, bool skip_num, opening *o)
{
    size_t bl = 0;
    bool glued = false;
    o->n = o->np = 0;
    o->num0 = false;
    for (uint32_t k = tok0; k < s->tok1 && o->n < OPENING_WORDS && o->np < 2 * OPENING_WORDS; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD && (t->kind != PR_TOK_NUM || skip_num)) {
            if (o->n == 0) continue;
            bool hyphen = t->end - t->start == 1 && d->text[t->start] == '-';
            if (!(hyphen || pr_tok_apostrophe(d, t)) || glued || t->start != d->toks[k - 1].end || bl + 2 >= sizeof o->buf) break;
            o->buf[bl++] = hyphen ? '-' : '\'';
            o->we[o->n - 1] = bl;
            o->next[o->n - 1] = k + 1;
            glued = true;
            continue;
        }
        const char *lw = pr_tok_lower(d, t);
        size_t ln = strlen(lw);
        if (bl + ln + 2 >= sizeof o->buf) break;
        if (glued) o->n--; /* the rest of the word before the apostrophe or hyphen */
        else {
            if (bl) o->buf[bl++] = ' ';
            o->ws[o->n] = bl;
        }
        glued = false;
        memcpy(o->buf + bl, lw, ln);
        bl += ln;
        if (o->n == 0) o->num0 = t->kind == PR_TOK_NUM;
        o->pe[o->np++] = bl;
        o->we[o->n] = bl;
        o->next[o->n] = k + 1;
        o->n++;
    }
    o->buf[bl] = 0; /* the mark after each piece is read: ' ', '\'', '-', or this end */
}

/* Does the sentence open on a word or a phrase of data/dangling/<lang>, within its first
 * DANGLING_PIECES words or pieces of words glued by an apostrophe ("it" of "it's", "d'autres");
 * the first half of a hyphenated word is none ("the same-sex law" is not "the same"). */
#define DANGLING_PIECES 4
static bool dangling(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    const pr_wordlist *wl = pr_wordlist_get("dangling", d->lang);
    if (!wl) return false;
    opening o;
    read_opening(d, s, tok0, true, &o);
    for (size_t j = 0; j < o.np && j < DANGLING_PIECES; j++)
        if (o.buf[o.pe[j]] != '-' && pr_wordlist_hasn(wl, o.buf, o.pe[j])) return true;
    return false;
}

/* Does one of the sentence's opening words (the first DEMONSTRATIVE_SPAN) point back with a
 * demonstrative before a noun ("ces déclarations", "this decision")? Demonstratives before a
 * word of time ("ce mardi", "this week": data/deictic/, data/timewords/) or a function word
 * ("ce que") do not count. */
#define DEMONSTRATIVE_SPAN 8
static bool points_back(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    const pr_wordlist *dem = pr_wordlist_get("demonstrative", d->lang);
    if (!dem) return false;
    const pr_wordlist *dei = pr_wordlist_get("deictic", d->lang), *tw = pr_wordlist_get("timewords", d->lang);
    unsigned w = 0;
    bool after_dem = false;
    for (uint32_t k = tok0; k < s->tok1 && w < DEMONSTRATIVE_SPAN + 1; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD) { if (t->kind == PR_TOK_NUM) after_dem = false; continue; }
        w++;
        const char *lw = pr_tok_lower(d, t);
        if (after_dem && !(t->flags & PR_TF_STOP) && !(dei && pr_wordlist_has(dei, lw)) &&
            !(tw && pr_wordlist_has(tw, lw)))
            return true;
        after_dem = w <= DEMONSTRATIVE_SPAN && pr_wordlist_has(dem, lw);
    }
    return false;
}

/* The quotation mark that token k is (", « or “), or 0 when it is none. */
static int32_t opening_mark(const precis_doc *d, const pr_sent *s, uint32_t k)
{
    if (k >= s->tok1 || d->toks[k].kind == PR_TOK_WORD || d->toks[k].kind == PR_TOK_NUM) return 0;
    size_t i = d->toks[k].start;
    int32_t cp = pr_utf8_next(d->text, d->toks[k].end, &i);
    return cp == '"' || cp == 0xAB || cp == 0x201C ? cp : 0;
}

/* A quotation standing alone: the sentence is a quote from its first word to its last, with no
 * speaker outside it ("\"I think we've accomplished a great deal.\""). In a brief, away from
 * the sentence that named the speaker, nobody says it; the Quotes section attributes quotes. */
static bool bare_quote(const precis_doc *d, const pr_sent *s)
{
    uint32_t k = s->tok0, e = s->tok1;
    int32_t cp = opening_mark(d, s, k);
    if (!cp) return false;
    /* the opening quote closes at the end: no word after the closing mark */
    int32_t close = cp == 0xAB ? 0xBB : cp == 0x201C ? 0x201D : '"';
    for (uint32_t j = k + 1; j < e; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind == PR_TOK_WORD || t->kind == PR_TOK_NUM) continue;
        size_t q = t->start;
        if (pr_utf8_next(d->text, t->end, &q) != close) continue;
        for (uint32_t m = j + 1; m < e; m++)
            if (d->toks[m].kind == PR_TOK_WORD || d->toks[m].kind == PR_TOK_NUM) return false;
        return true;
    }
    return false;
}

/* Does the sentence end on a closing quotation mark, with no word after it
 * ('… from foreign partners."', "… en Syrie. »")? */
static bool ends_on_quote(const precis_doc *d, const pr_sent *s)
{
    for (uint32_t k = s->tok1; k > s->tok0; k--) {
        const pr_token *t = &d->toks[k - 1];
        if (t->kind == PR_TOK_WORD || t->kind == PR_TOK_NUM) return false;
        size_t i = t->start;
        int32_t cp = pr_utf8_next(d->text, t->end, &i);
        if (cp == '"' || cp == 0xBB || cp == 0x201D) return true;
    }
    return false;
}

/* Does the sentence bear the scar of words lost from its page: two commas with nothing between
 * them ("Parker's lawyer,, tells TMZ": a link's label dropped), or a list's number glued to its
 * first word ("3His utter lack of regard": a numbered item run into the text)? */
static bool scarred(const precis_doc *d, const pr_sent *s, uint32_t tok0, size_t start)
{
    const char *t = d->text;
    for (size_t i = start; i < s->end; i++)
        if (t[i] == ',') {
            size_t j = i + 1;
            while (j < s->end && t[j] == ' ') j++;
            if (j < s->end && t[j] == ',') return true;
        }
    if (tok0 >= s->tok1) return false;
    /* one token ("3His") or two ("3" "His"): digits, then a capital opening a function word */
    const pr_token *a = &d->toks[tok0], *word = a;
    size_t i = a->start, e = a->end;
    if (a->kind == PR_TOK_NUM && tok0 + 1 < s->tok1 && d->toks[tok0 + 1].start == e) word = &d->toks[tok0 + 1], e = word->end;
    size_t w = i;
    while (w < e && t[w] >= '0' && t[w] <= '9') w++;
    if (w == i || w - i > 2 || w >= e || !(t[w] >= 'A' && t[w] <= 'Z')) return false;
    /* the word's lower case, past the digits when they are of its token */
    const char *low = pr_tok_lower(d, word) + (word == a ? w - i : 0);
    return pr_is_stopword(d->lang, low, strlen(low));
}

/* A question ("Would you buy it?") or a line in capitals ("'FULL HOUSE': WHERE ARE THEY
 * NOW?"): teasers, polls and headings more often than news; a brief states what happened. So
 * are menus and site navigation run into the text (below). */
static bool teaser(const precis_doc *d, const pr_sent *s, size_t start)
{
    if (final_mark(d->text, s->start, s->end, INT_MAX) == '?') return true;
    size_t upper = 0, letters = 0, content = 0, capital = 0;
    for (uint32_t j = s->tok0; j < s->tok1; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind != PR_TOK_WORD || t->end - t->start < 2) continue;
        letters++;
        if (t->flags & PR_TF_ALLCAP) upper++;
        if (!(t->flags & PR_TF_STOP)) {
            content++;
            capital += (t->flags & (PR_TF_CAP | PR_TF_ALLCAP)) != 0;
        }
    }
    if (letters >= 3 && upper * 2 > letters) return true;
    /* a menu or a heading run into text: a rule of dashes ("------ TV ------"), or eight content
     * words or more nearly all capitalized ("Report Go Asia Pacific NewsRadio PM Sunday ...") */
    for (size_t i = s->start; i < s->end; i++) {
        char c = d->text[i];
        if (c != '-' && c != '=' && c != '_') continue;
        size_t k = i;
        while (k < s->end && d->text[k] == c) k++;
        /* not a word censored inside ("f----n'"): letters on both sides */
        bool inside = i > s->start && k < s->end && pr_cp_is_letter((unsigned char)d->text[i - 1]) &&
                      pr_cp_is_letter((unsigned char)d->text[k]);
        if (k - i >= 3 && !inside) return true;
        i = k - 1;
    }
    if (content >= 8 && capital * 10 >= content * 9) return true;
    /* site navigation: a breadcrumb ("The Disneyland Report > Disney News > …"), "<< Previous |
     * Next >>", or a row of links split by bars ("Member Agreement | FAQ | …"); after the
     * dateline, whose kicker may end on one ("Oroville >> Now is …") */
    size_t gt = 0, bars = 0;
    for (size_t i = start; i + 2 < s->end; i++) {
        const char *x = d->text + i;
        if ((x[0] == '<' && x[1] == '<') || (x[0] == '>' && x[1] == '>')) return true;
        if (x[0] == ' ' && x[2] == ' ') { gt += x[1] == '>'; bars += x[1] == '|'; }
    }
    return gt >= 2 || bars >= 2;
}

/* A sentence that only names who spoke ("Kmart Chairman Edward Lampert said Thursday.", the
 * tail of a quotation its source closed a sentence early; '"Yes," Clinton said.'): apart from
 * a verb of saying (data/attrib, kind v), every word is a name, a function word or a word of
 * time, and there is no figure. Away from the quotation it ends, it tells nothing. */
static bool only_attribution(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    const pr_wordlist *at = pr_wordlist_get("attrib", d->lang), *tw = pr_wordlist_get("timewords", d->lang);
    if (!at) return false;
    bool verb = false;
    for (uint32_t k = tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind == PR_TOK_NUM) return false;
        if (t->kind != PR_TOK_WORD) continue;
        if (pr_tok_class(at, d, t) == 'v') { verb = true; continue; }
        if (t->flags & (PR_TF_STOP | PR_TF_CAP)) continue;
        if (tw && pr_wordlist_has(tw, pr_tok_lower(d, t))) continue;
        return false;
    }
    return verb;
}

static bool speaker_pronoun(const precis_doc *d, const pr_sent *s, uint32_t k0);

/* Is the quotation that opens the sentence said by a pronoun ('"We have to pick a great one,"
 * he said.', "« … », a-t-il ajouté", "« … », selon elle")? A subject or object pronoun of
 * data/attrib (kinds r, o) among the three words after a closing quotation mark: it stands for
 * someone named before, so the sentence points back like one opening on "He". ('Morgan said he
 * expected it: "I knew what we were getting into," he said.' names its speaker first.) */
static bool pronoun_speaker(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    return opening_mark(d, s, tok0) && speaker_pronoun(d, s, tok0 + 1);
}

/* Is a subject or object pronoun of data/attrib (kinds r, o) among the three words after a
 * closing quotation mark at or after token k ('… relationship?" she said.')? */
static bool speaker_pronoun(const precis_doc *d, const pr_sent *s, uint32_t k0)
{
    const pr_wordlist *at = pr_wordlist_get("attrib", d->lang);
    if (!at) return false;
    for (uint32_t k = k0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind == PR_TOK_WORD || t->kind == PR_TOK_NUM) continue;
        size_t q = t->start;
        int32_t cp = pr_utf8_next(d->text, t->end, &q);
        bool closes = cp == 0xBB || cp == 0x201D ||
                      (cp == '"' && t->start > s->start && d->text[t->start - 1] != ' ');
        if (!closes) continue;
        int words = 0;
        for (uint32_t m = k + 1; m < s->tok1 && words < 3; m++) {
            const pr_token *u = &d->toks[m];
            if (u->kind != PR_TOK_WORD) continue;
            words++;
            char kind = pr_tok_class(at, d, u);
            if (kind == 'r' || kind == 'o') return true;
        }
    }
    return false;
}

static bool content_token(const precis_doc *d, const pr_token *t)
{
    if (t->kind == PR_TOK_NUM) return true;
    if (t->kind != PR_TOK_WORD || (t->flags & PR_TF_STOP)) return false;
    return t->end - t->start >= 2;
}

/* The bigram concept "<prev> <form>" in key[256]; false when it does not fit. */
static bool bigram_key(const pr_intern *in, uint32_t prev, const char *form, size_t fl, char key[256], size_t *kl)
{
    const char *ps = pr_intern_str(in, prev);
    size_t pl = strlen(ps);
    if (pl + fl + 2 >= 256) return false;
    memcpy(key, ps, pl);
    key[pl] = ' ';
    memcpy(key + pl + 1, form, fl);
    *kl = pl + 1 + fl;
    return true;
}

/* A figure with what it counts ("27 mort", "7000 habit") is the kind of fact a brief is for. */
static bool has_digit(const char *s)
{
    for (; *s; s++) if (*s >= '0' && *s <= '9') return true;
    return false;
}

/* Headlines name what the editors found essential (Edmundson's title method): concepts of
 * the documents' titles weigh more. */
static precis_status title_boost(summ *S)
{
    const precis_story *st = S->story;
    uint8_t *boosted = pr_calloc(S->nw ? S->nw : 1, 1);
    if (!boosted) return PRECIS_ERR_NOMEM;
    for (size_t d = 0; d < st->n_docs; d++) {
        const precis_doc *doc = st->docs[d];
        if (!doc->title || !S->inlang[d]) continue;
        struct sb_stemmer *stem = pr_ctx_stemmer(st->ctx, doc->lang);
        const char *t = doc->title;
        size_t n = strlen(t), i = 0;
        uint32_t prev = UINT32_MAX;
        while (i < n) {
            size_t j = i;
            int32_t cp = pr_utf8_next(t, n, &j);
            if (!pr_cp_is_letter(cp) && !pr_cp_is_digit(cp)) {
                if (cp != ' ' && cp != '\'' && cp != 0x2019 && cp != '-') prev = UINT32_MAX;
                i = j;
                continue;
            }
            size_t e = j;
            while (e < n) {
                size_t k = e;
                int32_t c = pr_utf8_next(t, n, &k);
                if (!pr_cp_is_letter(c) && !pr_cp_is_digit(c)) break;
                e = k;
            }
            size_t ln;
            char *low = pr_utf8_lower(t + i, e - i, &ln);
            if (!low) { pr_free(boosted); return PRECIS_ERR_NOMEM; }
            const char *form = low;
            size_t fl = ln;
            size_t sl;
            const char *sf = pr_ctx_stem(st->ctx, stem, low, ln, &sl);
            if (sf) { form = sf; fl = sl; }
            uint32_t id = pr_intern_find(&S->in, form, fl);
            if (id != UINT32_MAX && id < S->nw && !boosted[id]) { boosted[id] = 1; S->w[id] *= 1.0 + TITLE_BOOST; }
            char key[256];
            size_t kl;
            if (id != UINT32_MAX && prev != UINT32_MAX && bigram_key(&S->in, prev, form, fl, key, &kl)) {
                uint32_t bid = pr_intern_find(&S->in, key, kl);
                if (bid != UINT32_MAX && bid < S->nw && !boosted[bid]) { boosted[bid] = 1; S->w[bid] *= 1.0 + TITLE_BOOST; }
            }
            prev = id;
            pr_free(low);
            i = e;
        }
    }
    pr_free(boosted);
    return PRECIS_OK;
}

/* Share of a's concepts (unigrams and bigrams) found in b, each weighted by its rarity across
 * the story's documents (log(1 + N/df)): that every article names the place says little about
 * whether two sentences tell the same fact. */
static double weighted_overlap(const summ *S, const cand *a, const cand *b)
{
    double hit = 0;
    /* unigrams [0, nuni) and bigrams [nuni, ncon) are each sorted */
    for (int part = 0; part < 2; part++) {
        size_t ae = part ? a->ncon : a->nuni, be = part ? b->ncon : b->nuni;
        size_t i = part ? a->nuni : 0, j = part ? b->nuni : 0;
        for (; i < ae; i++) {
            uint32_t id = a->con[i];
            while (j < be && b->con[j] < id) j++;
            if (j < be && b->con[j] == id) hit += S->idf[id];
        }
    }
    return a->idf_tot > 0 ? hit / a->idf_tot : 0;
}

/* The inverted index of bigram concepts (S->pstart, S->post), built once for the copy marks and
 * the support prior. Must run after every concept is interned. */
static precis_status build_postings(summ *S)
{
    size_t nw = S->in.n;
    S->pstart = pr_calloc(nw + 2, sizeof *S->pstart);
    if (!S->pstart) return PRECIS_ERR_NOMEM;
    size_t total = 0;
    for (size_t i = 0; i < S->n; i++)
        for (size_t q = S->c[i].nuni; q < S->c[i].ncon; q++) { S->pstart[S->c[i].con[q] + 1]++; total++; }
    for (size_t w = 0; w < nw; w++) S->pstart[w + 1] += S->pstart[w]; /* pstart[w] = start of w's postings */
    S->post = pr_malloc((total + 1) * sizeof *S->post);
    if (!S->post) return PRECIS_ERR_NOMEM;
    for (size_t i = 0; i < S->n; i++) /* fill, advancing the starts */
        for (size_t q = S->c[i].nuni; q < S->c[i].ncon; q++) S->post[S->pstart[S->c[i].con[q]]++] = i;
    for (size_t w = nw; w > 0; w--) S->pstart[w] = S->pstart[w - 1]; /* restore the starts */
    S->pstart[0] = 0;
    return PRECIS_OK;
}

/* Support: for each candidate, the mean over the other independent sources of its best
 * weighted overlap with a sentence of that source: how much of it the other sources tell too
 * (the centrality of LexRank, counted per source). Only sentences sharing a bigram concept can
 * overlap, so they are found through the bigram postings; each concept's postings are read up to
 * SUPPORT_POSTINGS, which keeps the cost linear in the number of sentences. */
static precis_status compute_support(summ *S)
{
    if (S->ngroups < 2) return PRECIS_OK;
    size_t nd = S->story->n_docs;
    const size_t *cnt = S->pstart, *post = S->post;
    size_t *stamp = pr_calloc(S->n + 1, sizeof *stamp);
    double *gbest = pr_calloc(nd + 1, sizeof *gbest);
    size_t *touched = pr_malloc((nd + 1) * sizeof *touched);
    precis_status rc = PRECIS_ERR_NOMEM;
    if (!stamp || !gbest || !touched) goto out;
    for (size_t i = 0; i < S->n; i++) {
        cand *c = &S->c[i];
        if (!c->ok && !c->fill) continue;
        size_t ntouched = 0;
        size_t gc = S->group[c->doc];
        for (size_t q = c->nuni; q < c->ncon; q++) {
            uint32_t id = c->con[q];
            size_t b = cnt[id], e = cnt[id + 1];
            if (e - b > SUPPORT_POSTINGS) e = b + SUPPORT_POSTINGS;
            for (size_t p = b; p < e; p++) {
                size_t k = post[p];
                if (stamp[k] == i + 1) continue;
                stamp[k] = i + 1;
                size_t g = S->group[S->c[k].doc];
                if (g == gc || !S->inlang[S->c[k].doc]) continue;
                double o = weighted_overlap(S, c, &S->c[k]);
                if (gbest[g] == 0 && o > 0) touched[ntouched++] = g;
                if (o > gbest[g]) gbest[g] = o;
            }
        }
        double tot = 0;
        for (size_t t = 0; t < ntouched; t++) { tot += gbest[touched[t]]; gbest[touched[t]] = 0; }
        c->support = tot / (double)(S->ngroups - 1);
    }
    rc = PRECIS_OK;
out:
    pr_free(stamp); pr_free(gbest); pr_free(touched);
    return rc;
}

/* A dateline or a kicker opening the sentence, which the brief drops (the sources are cited
 * anyway):
 *   a place in capitals (up to DATELINE_WORDS words, a capitalised region after a comma), then
 *   optionally a date and an agency in parentheses, then a dash: "PARIS –", "BILLINGS, Mont. (AP)
 *   —", "LONDON (Reuters) -", "DALLAS, May 10, 2016 —", "JAMESTOWN, Tuolumne County (KPIX 5) —";
 *   the agency alone, the dash optional: "(CNN) —", "(WXII/WNCN) —";
 *   a date (data/months), then optionally the agency, then a dash: "July 4 (UPI) --"; a full
 *   date with its year needs no dash: "December 23, 2004 A recently rediscovered asteroid …";
 *   one to KICKER_WORDS capitalised words, then a spaced dash, "›", ">>", "|" or a colon:
 *   "Goma - International concern …", "Computerworld - Apple today …", "Oroville >> Now is …",
 *   "Abu Dhabi: The record drop …", "Analysis: PM is on course …".
 * What follows must open on a capitalised word ("Le Haut-Karabakh - une enclave disputée" is
 * prose). A list's mark before a capitalised word is dropped too ("-An ill-conceived project",
 * "• The report"). Returns the first token after them, or s->tok0 when there is none. */
#define DATELINE_WORDS 6
#define KICKER_WORDS 3
static bool is_dash(const precis_doc *d, const pr_token *t)
{
    const char *lw = pr_tok_lower(d, t);
    return !strcmp(lw, "-") || !strcmp(lw, "--") || !strcmp(lw, "\u2013") || !strcmp(lw, "\u2014");
}

/* A quotation's credit line cut from it: the sentence opens on a dash right after a closing
 * quotation mark on its line ('“… Fundamentals.” — Nov. 2, writing in The Washington Examiner.',
 * '« … » — Jean Dupont, dans Le Monde.'). Without the quotation it credits, it tells nothing. */
static bool quote_credit(const precis_doc *d, const pr_sent *s)
{
    if (s->tok0 >= s->tok1 || !is_dash(d, &d->toks[s->tok0])) return false;
    size_t i = d->toks[s->tok0].start;
    while (i > 0 && (d->text[i - 1] == ' ' || d->text[i - 1] == '\t')) i--;
    if (i == 0) return false;
    size_t at = i - pr_utf8_prev_len(d->text, i);
    int32_t cp = pr_utf8_next(d->text, i, &at);
    return cp == '"' || cp == 0x201D || cp == 0xBB;
}

static bool cap_word(const precis_doc *d, uint32_t k, uint32_t e)
{
    return k < e && d->toks[k].kind == PR_TOK_WORD && (d->toks[k].flags & PR_TF_CAP);
}

/* A date at token k: a month (data/months, "Sept." with its period) and a day, then ", YYYY"
 * optionally. Returns the token after it (k when there is none); *year tells if it had one. */
static uint32_t date_at(const precis_doc *d, uint32_t k, uint32_t e, bool *year)
{
    const pr_wordlist *mon = pr_wordlist_get("months", d->lang);
    *year = false;
    if (!mon || k + 1 >= e || d->toks[k].kind != PR_TOK_WORD || !(d->toks[k].flags & PR_TF_CAP) ||
        !pr_wordlist_has(mon, pr_tok_lower(d, &d->toks[k])))
        return k;
    uint32_t j = k + 1;
    if (tok_punct(d, &d->toks[j], '.')) j++;
    if (j >= e || d->toks[j].kind != PR_TOK_NUM || d->toks[j].end - d->toks[j].start > 2) return k;
    j++;
    if (j + 1 < e && tok_punct(d, &d->toks[j], ',') && d->toks[j + 1].kind == PR_TOK_NUM &&
        d->toks[j + 1].end - d->toks[j + 1].start == 4) {
        *year = true;
        j += 2;
    }
    return j;
}

/* An agency in parentheses at token k: "(AP)", "(WXII/WNCN)", "(KPIX 5)", "(CBSLA.com)": up to 5
 * capitalised words, numbers, slashes, periods, ampersands or a domain's words after their period,
 * the first a capitalised word. Returns the
 * token after ")" (k when there is none). */
static uint32_t agency_at(const precis_doc *d, uint32_t k, uint32_t e)
{
    if (k + 2 >= e || !tok_punct(d, &d->toks[k], '(') || !cap_word(d, k + 1, e)) return k;
    for (uint32_t j = k + 2; j < e && j < k + 7; j++) {
        const pr_token *t = &d->toks[j];
        if (tok_punct(d, t, ')')) return j + 1;
        /* a site's domain after its glued period: "(CBSLA.com)" */
        bool domain = t->kind == PR_TOK_WORD && tok_punct(d, &d->toks[j - 1], '.') && t->start == d->toks[j - 1].end;
        if (!((t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP)) || domain || t->kind == PR_TOK_NUM ||
              tok_punct(d, t, '/') || tok_punct(d, t, '.') || tok_punct(d, t, '&')))
            return k;
    }
    return k;
}

/* A separator at token k: dashes; with `kicker`, also "›", ">>" and "|" preceded by a space, and
 * a colon. Returns the token after it (k when there is none). */
static uint32_t separator_at(const precis_doc *d, uint32_t k, uint32_t e, bool kicker)
{
    if (k >= e) return k;
    const pr_token *t = &d->toks[k];
    bool spaced = t->start > 0 && d->text[t->start - 1] == ' ';
    if (is_dash(d, t) && (!kicker || spaced)) {
        while (k < e && is_dash(d, &d->toks[k])) k++;
        return k;
    }
    if (!kicker) return k;
    if (tok_punct(d, t, ':')) return k + 1;
    if (!spaced) return k;
    if (tok_punct(d, t, '|') || !strcmp(pr_tok_lower(d, t), "\u203a")) return k + 1;
    if (k + 1 < e && tok_punct(d, t, '>') && tok_punct(d, &d->toks[k + 1], '>')) return k + 2;
    return k;
}

/* A live update's time stamp at token k: "10:45 AM PT:", "9:05 p.m. - ", "14:30 :" (hours and
 * minutes, an optional AM / PM, an optional zone in capitals, then a colon or a dash). Returns
 * the first token after it (k when there is none). */
static uint32_t stamp_at(const precis_doc *d, uint32_t k, uint32_t e)
{
    if (k >= e || d->toks[k].kind != PR_TOK_NUM) return k;
    const char *t = d->text;
    size_t i = d->toks[k].start, end = d->toks[e - 1].end, n = 0;
    while (i < end && t[i] >= '0' && t[i] <= '9') { i++; n++; }
    if (n < 1 || n > 2 || i + 3 > end || t[i] != ':' || !(t[i + 1] >= '0' && t[i + 1] <= '9') ||
        !(t[i + 2] >= '0' && t[i + 2] <= '9'))
        return k;
    i += 3;
    if (i < end && t[i] == ' ') i++;
    static const char *const half[] = {"a.m.", "p.m.", "AM", "PM", "am", "pm"};
    for (size_t h = 0; h < sizeof half / sizeof *half; h++) {
        size_t l = strlen(half[h]);
        if (i + l <= end && !memcmp(t + i, half[h], l) && (i + l == end || !pr_cp_is_letter((unsigned char)t[i + l]))) {
            i += l;
            if (i < end && t[i] == ' ') i++;
            break;
        }
    }
    size_t z = i; /* a zone: PT, ET, GMT, CEST */
    while (z < end && t[z] >= 'A' && t[z] <= 'Z' && z - i < 5) z++;
    if (z > i && z - i <= 4 && (z == end || t[z] == ' ' || t[z] == ':')) i = z;
    if (i < end && t[i] == ' ') i++;
    /* the separator: a colon or a dash */
    size_t j = i;
    int32_t cp = i < end ? pr_utf8_next(t, end, &j) : 0;
    if (cp != ':' && cp != '-' && cp != 0x2013 && cp != 0x2014) return k;
    uint32_t m = k;
    while (m < e && d->toks[m].start < j) m++;
    return cap_word(d, m, e) ? m : k;
}

static uint32_t dateline(const precis_doc *d, const pr_sent *s)
{
    uint32_t k0 = s->tok0, e = s->tok1, j;
    bool year;
    /* a list's mark before a capitalised word: "-An ill-conceived project …", "• The report …",
     * or the dash a dateline left behind ("-- Fans of …"); a dateline may follow it ("- December
     * 15, 2004 - The Open Source Development Labs …") */
    uint32_t m = k0;
    while (m < e && is_dash(d, &d->toks[m])) m++;
    if (m == k0 && m < e && d->toks[m].kind == PR_TOK_PUNCT &&
        (!strcmp(pr_tok_lower(d, &d->toks[m]), "*") || !strcmp(pr_tok_lower(d, &d->toks[m]), "\u2022")))
        m++;
    if (m > k0 && cap_word(d, m, e)) k0 = m;
    k0 = stamp_at(d, k0, e);
    uint32_t k = k0;
    /* a date first: "July 4 (UPI) --", "December 23, 2004 A recently …" */
    if ((j = date_at(d, k, e, &year)) != k) {
        uint32_t a = agency_at(d, j, e), sep = separator_at(d, a, e, false);
        if (sep != a) return cap_word(d, sep, e) ? sep : k0;
        return year && a == j && cap_word(d, j, e) ? j : k0;
    }
    unsigned words = 0;
    bool caps = false, comma = false, title = true;
    const pr_wordlist *det = pr_wordlist_get("determiners", d->lang);
    while (k < e && d->toks[k].kind == PR_TOK_WORD && words < DATELINE_WORDS) {
        const pr_token *t = &d->toks[k];
        /* "HOUSTON A man": an article in title case ends the place ("ANDRES OPPENHEIMER THE MIAMI
         * HERALD" is a byline in capitals) */
        if (caps && words && det && (!(t->flags & PR_TF_ALLCAP) || t->end - t->start == 1) &&
            pr_wordlist_has(det, pr_tok_lower(d, t)))
            break;
        if (comma && (j = date_at(d, k, e, &year)) != k) { k = j; break; } /* "DALLAS, May 10, 2016" */
        if (t->flags & PR_TF_ALLCAP) caps = true;
        else if (!(t->flags & PR_TF_CAP)) { title = false; break; }
        else if (!comma && !caps && words >= KICKER_WORDS) break;
        words++;
        k++;
        while (k < e && tok_punct(d, &d->toks[k], '.')) k++;
        if (k < e && tok_punct(d, &d->toks[k], ',')) { comma = true; k++; }
    }
    if (!words) { /* "(CNN)" alone: the dash is optional */
        uint32_t a = agency_at(d, k, e);
        if (a == k) return k0;
        uint32_t sep = separator_at(d, a, e, false);
        return cap_word(d, sep, e) ? sep : k0;
    }
    if (caps) { /* a place in capitals: the wire's dateline */
        uint32_t a = agency_at(d, k, e), sep = separator_at(d, a, e, false);
        if (sep != a && cap_word(d, sep, e)) {
            /* and a date of its own after the dash: "BEAVERTON, Ore. - December 15, 2004 - The …" */
            uint32_t dt = date_at(d, sep, e, &year), s2 = separator_at(d, dt, e, false);
            return dt != sep && s2 != dt && cap_word(d, s2, e) ? s2 : sep;
        }
        /* without a dash, when an article opens what follows: "HOUSTON A man who …", "PARIS Le
         * président …" (an acronym before a verb does not read so: "NASA said") */
        if (a == k && title && det && k + 1 < e && cap_word(d, k, e) && pr_wordlist_has(det, pr_tok_lower(d, &d->toks[k])))
            return k;
    }
    /* a place and an agency, the dash optional: "Washington (CNN) President Donald Trump …",
     * "Gaza City, Gaza (CNN) -- Israeli airstrikes …" (not "Sen. Ted Cruz (R) leads") */
    if (title && (comma || words <= KICKER_WORDS) && !(det && pr_wordlist_has(det, pr_tok_lower(d, &d->toks[k0])))) {
        uint32_t a = agency_at(d, k, e);
        if (a != k) {
            uint32_t sep = separator_at(d, a, e, false);
            if (cap_word(d, sep, e) && (sep != a || d->toks[k + 1].end - d->toks[k + 1].start > 1)) /* "(R)" */
                return sep;
        }
    }
    /* a kicker or a place in title case: a few capitalised words, no comma, then a separator */
    if (!title || comma || words > KICKER_WORDS) return k0;
    uint32_t a = agency_at(d, k, e), sep = separator_at(d, a, e, true);
    return sep != a && cap_word(d, sep, e) ? sep : k0;
}

/* Is token k + 1 an apostrophe glued to word k (the elision of "l'", "d'", "qu'")? */
static bool elided(const precis_doc *d, const pr_sent *s, uint32_t k)
{
    return k + 1 < s->tok1 && d->toks[k + 1].start == d->toks[k].end && pr_tok_apostrophe(d, &d->toks[k + 1]);
}

/* Is token k a word of `wl`? An elided word is read with its apostrophe ("l'", "d'", "qu'"). */
static bool word_in(const precis_doc *d, const pr_sent *s, uint32_t k, const pr_wordlist *wl)
{
    if (!wl || k >= s->tok1 || d->toks[k].kind != PR_TOK_WORD) return false;
    const char *lw = pr_tok_lower(d, &d->toks[k]);
    size_t n = strlen(lw);
    char buf[16];
    if (n + 1 < sizeof buf && elided(d, s, k)) {
        memcpy(buf, lw, n);
        buf[n] = '\'';
        return pr_wordlist_hasn(wl, buf, n + 1);
    }
    return pr_wordlist_hasn(wl, lw, n);
}

/* The token after word k, past the apostrophe of an elided word ("l'", "d'"). */
static uint32_t after_word(const precis_doc *d, const pr_sent *s, uint32_t k)
{
    return elided(d, s, k) ? k + 2 : k + 1;
}

/* Does no complement (a word of data/timecomp: "of", "this", "de", "d'") open at token k, after
 * a relative time phrase? */
static bool no_complement(const precis_doc *d, const pr_sent *s, uint32_t k, const pr_wordlist *comp)
{
    return !word_in(d, s, k, comp);
}

/* Is x in the sorted ids v[0..n) (a candidate's unigram concepts)? */
static bool has_id(const uint32_t *v, size_t n, uint32_t x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (v[m] == x) return true;
        if (v[m] < x) lo = m + 1;
        else hi = m;
    }
    return false;
}

/* A definite description that refers back to the sentence before it in its source: an article
 * of data/definite ("the", "la", "l'") and a noun, one of the DEFINITE_NOUN content words in
 * lower case after it ("the new company", "the dam burst", "la guerre"), which is a word of that
 * sentence (`prev`, its concepts) and not of this one before the article, with no complement or
 * name right after it ("the war in Iraq", "la guerre de 2020", "the man who …": data/nouncomp;
 * "the early Saints"), which say what they are; the article within the sentence's first
 * DEFINITE_SPAN words, where its subject and object are (deeper, "the world", "the public" are
 * mostly generic). "Un armistice négocié par la Russie met fin à la guerre." after "Au cours de
 * la guerre de six semaines en 2020, …" is about that war, not the one the story tells. Returns
 * the noun's concept id, or NO_DEF. Such a sentence is read only where the brief names the noun
 * too: after its antecedent, or once a chosen sentence holds the word (named()). */
#define DEFINITE_NOUN 3
#define DEFINITE_SPAN 10
static uint32_t definite_back(const summ *S, const precis_doc *d, const pr_sent *s, uint32_t tok0, const cand *prev)
{
    const pr_wordlist *art = pr_wordlist_get("definite", d->lang), *comp = pr_wordlist_get("nouncomp", d->lang);
    if (!art || !prev) return NO_DEF;
    unsigned nw = 0;
    for (uint32_t k = tok0; k < s->tok1; k++) {
        if (d->toks[k].kind == PR_TOK_WORD && ++nw > DEFINITE_SPAN) break;
        if (!word_in(d, s, k, art)) continue;
        uint32_t j = after_word(d, s, k);
        for (unsigned w = 0; w < DEFINITE_NOUN && j < s->tok1; w++, j++) {
            const pr_token *t = &d->toks[j];
            if (t->kind != PR_TOK_WORD || !content_token(d, t) || (t->flags & PR_TF_CAP)) break;
            const char *st = pr_tok_stem(d, t);
            uint32_t id = pr_intern_find(&S->in, st, strlen(st));
            if (id == UINT32_MAX || !has_id(prev->con, prev->nuni, id)) continue;
            /* named here: a complement or a name follows, or the word came before the article */
            if (word_in(d, s, j + 1, comp)) break;
            if (j + 1 < s->tok1 && d->toks[j + 1].kind == PR_TOK_WORD && (d->toks[j + 1].flags & PR_TF_CAP)) break;
            bool seen = false;
            for (uint32_t q = tok0; q < k && !seen; q++)
                seen = d->toks[q].kind == PR_TOK_WORD && strcmp(pr_tok_stem(d, &d->toks[q]), st) == 0;
            if (seen) break;
            return id;
        }
    }
    return NO_DEF;
}

/* Token t's kind in data/plans (its words in lower case, accents kept: read for every word of
 * every sentence, so without folding), or 0. */
static char plan_kind(const pr_wordlist *pl, const precis_doc *d, const pr_token *t)
{
    if (t->kind != PR_TOK_WORD || t->end - t->start > 12) return 0;
    const char *lw = pr_tok_lower(d, t);
    const char *r = pr_table_get(pl, lw, strlen(lw));
    return r ? r[0] : 0;
}

/* The verb after token k in sentence s, past the words data/plans skips (kind s: "également",
 * "être") and function words, within PLAN_REACH tokens and before any punctuation: its stem's
 * concept id; NO_DEF when a negation (kind n) or a name comes first, or none is found. */
#define PLAN_REACH 4
static uint32_t verb_after(const summ *S, const precis_doc *d, const pr_sent *s, uint32_t k, const pr_wordlist *pl)
{
    for (uint32_t j = k + 1; j < s->tok1 && j <= k + PLAN_REACH; j++) {
        const pr_token *t = &d->toks[j];
        if (t->kind == PR_TOK_PUNCT && pr_tok_apostrophe(d, t)) continue; /* "s'apprête à", "n'a" */
        if (t->kind != PR_TOK_WORD) return NO_DEF;
        char kind = plan_kind(pl, d, t);
        if (kind == 'n' || (t->flags & PR_TF_CAP)) return NO_DEF;
        if (kind == 's' || !content_token(d, t)) continue;
        const char *st = pr_tok_stem(d, t);
        return pr_intern_find(&S->in, st, strlen(st));
    }
    return NO_DEF;
}

/* The subject of the verb whose marker (or auxiliary) is token k, as names: the concept ids of
 * the last PLAN_SUBJ capitalized content words before k in its clause (no punctuation between),
 * to subj. Who announced or did it must be named: "a lot more people will die" is a forecast
 * that "4,000 people have died" does not fulfil. */
static void subject_before(const summ *S, const precis_doc *d, const pr_sent *s, uint32_t tok0, uint32_t k,
                           uint32_t subj[PLAN_SUBJ])
{
    size_t n = 0;
    for (size_t i = 0; i < PLAN_SUBJ; i++) subj[i] = NO_DEF;
    for (uint32_t j = k; j > tok0 && j > s->tok0 && n < PLAN_SUBJ && k - j < PLAN_REACH + PLAN_SUBJ;) {
        const pr_token *t = &d->toks[--j];
        if (t->kind == PR_TOK_PUNCT && !pr_tok_apostrophe(d, t)) break;
        if (!content_token(d, t) || t->kind != PR_TOK_WORD || !(t->flags & PR_TF_CAP)) continue;
        const char *st = pr_tok_stem(d, t);
        subj[n++] = pr_intern_find(&S->in, st, strlen(st));
    }
}

/* The action sentence s announces (a verb after a word of data/plans kind m or p: "doit
 * rencontrer", "will visit", "prévoit de signer") to c->plan, and those it tells done (a
 * participle after an auxiliary, kind a: "a rencontré", "has visited") to c->done, each with
 * the words of its subject (subject_before()). A negation between them undoes either ("n'a pas
 * rencontré"). English past tenses without an auxiliary are not read: "-ed" is as often a
 * participle of the future ("will be played", "scheduled to be released"). */
static void plan_and_done(const summ *S, const precis_doc *d, const pr_sent *s, uint32_t tok0, cand *c)
{
    c->plan = NO_DEF;
    for (size_t k = 0; k < PLAN_DONE; k++) c->done[k] = NO_DEF;
    const pr_wordlist *pl = pr_wordlist_get("plans", d->lang);
    if (!pl) return;
    size_t nd = 0;
    for (uint32_t k = tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD || ((t->flags & PR_TF_CAP) && !(t->flags & PR_TF_SENT0))) continue;
        char kind = plan_kind(pl, d, t);
        /* an auxiliary right after a marker is part of the announcement ("will have to") */
        if (kind == 'a' && k > tok0 + 1 && (plan_kind(pl, d, &d->toks[k - 1]) == 'm' || plan_kind(pl, d, &d->toks[k - 2]) == 'p'))
            continue;
        if ((kind == 'm' || kind == 'p') && c->plan == NO_DEF) {
            c->plan = verb_after(S, d, s, k, pl);
            if (c->plan != NO_DEF) subject_before(S, d, s, tok0, k, c->plan_subj);
        } else if (kind == 'a' && nd < PLAN_DONE) {
            c->done[nd] = verb_after(S, d, s, k, pl);
            if (c->done[nd] != NO_DEF) subject_before(S, d, s, tok0, k, c->done_subj[nd++]);
        }
    }
}

/* Does the sentence open on a time told from an event before it ("Two years later, his dad was
 * shot.", "A minute later she wrote …", "The following morning, …", "Le lendemain, …", "Quelques
 * jours plus tard, …")? Then it follows the sentence that told that event. A quantity (a number
 * or data/timequant) and a unit (data/timeunits) then a phrase of data/timelater, or a phrase of
 * data/timeback; not when a complement follows ("later this month", "le lendemain de
 * l'attaque": data/timecomp), which names the event. */
static bool relative_time(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    const char *lang = d->lang;
    const pr_wordlist *back = pr_wordlist_get("timeback", lang), *later = pr_wordlist_get("timelater", lang),
                      *quant = pr_wordlist_get("timequant", lang), *units = pr_wordlist_get("timeunits", lang),
                      *comp = pr_wordlist_get("timecomp", lang);
    if (!back || !later || !quant || !units) return false;
    opening o;
    read_opening(d, s, tok0, false, &o);
    const char *b = o.buf;
    for (size_t n = 1; n <= o.n && n <= 4; n++)
        if (pr_wordlist_hasn(back, b, o.we[n - 1]) && no_complement(d, s, o.next[n - 1], comp)) return true;
    if (o.n < 3) return false;
    if (!o.num0 && !pr_wordlist_hasn(quant, b + o.ws[0], o.we[0] - o.ws[0])) return false;
    size_t u = 1; /* "a few days later": the quantity may be two words */
    if (!pr_wordlist_hasn(units, b + o.ws[u], o.we[u] - o.ws[u])) {
        if (o.n < 4 || !pr_wordlist_hasn(quant, b + o.ws[0], o.we[1] - o.ws[0])) return false;
        u = 2;
        if (!pr_wordlist_hasn(units, b + o.ws[u], o.we[u] - o.ws[u])) return false;
    }
    for (size_t n = u + 1; n < o.n && n <= u + 2; n++)
        if (pr_wordlist_hasn(later, b + o.ws[u + 1], o.we[n] - o.ws[u + 1]) && no_complement(d, s, o.next[n], comp)) return true;
    return false;
}

/* Does the line holding byte s open on a bullet, in a list that a line ending on a colon
 * introduces ("The steps were:" ¶ "•Higher ground clearance …" ¶ "•Asking federal safety
 * regulators to …")? Such an item reads as a fragment without its lead-in: it points back.
 * The lines above are read up to LIST_REACH, bullets and blank lines skipped. */
#define LIST_REACH 12
static bool line_bulleted(const char *t, size_t ls, size_t le)
{
    size_t i = ls;
    while (i < le) {
        int32_t cp = pr_utf8_next(t, le, &i);
        if (pr_cp_is_bullet(cp)) return true;
        if (cp != ' ' && cp != '\t' && cp != 0xA0) return false;
    }
    return false;
}
#define BULLET_SPAN 16 /* bytes of spaces and bullets at most before an item's first word */
static bool list_item(const char *t, size_t s)
{
    /* only the few bytes before the sentence: its line may be long (a whole article on one) */
    size_t ls = s;
    while (ls > 0 && t[ls - 1] != '\n' && s - ls < BULLET_SPAN) ls--;
    if ((ls > 0 && t[ls - 1] != '\n') || !line_bulleted(t, ls, s)) return false;
    for (int k = 0; k < LIST_REACH && ls > 0; k++) {
        size_t le = ls - 1; /* the line before: [pls, le) */
        size_t pls = le;
        while (pls > 0 && t[pls - 1] != '\n') pls--;
        size_t ve = le;
        while (ve > pls && (t[ve - 1] == ' ' || t[ve - 1] == '\t' || t[ve - 1] == '\r')) ve--;
        ls = pls;
        if (ve == pls || line_bulleted(t, pls, ve)) continue; /* blank, or another item */
        return t[ve - 1] == ':';
    }
    return false;
}

/* Does the text [s, e) give a way to reach someone: an e-mail address ("rwyrick@vaildaily.com"),
 * a telephone number ("970-748-2935", "(208) 476-5551", "01 45 67 89 10") or a social account
 * that ends it ("Follow staff writer Rachael Rettner on Twitter @RachaelRettner.")? A reporter's
 * contact line or a call for witnesses: the page's, not the story's. */
static size_t digit_run(const char *t, size_t i, size_t e)
{
    size_t n = 0;
    while (i + n < e && t[i + n] >= '0' && t[i + n] <= '9') n++;
    return n;
}

static bool contact(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '@' && i > s && isalnum((unsigned char)t[i - 1])) {
            size_t j = i + 1;
            while (j < e && (isalnum((unsigned char)t[j]) || t[j] == '-' || t[j] == '_')) j++;
            if (j > i + 1 && j + 2 < e && t[j] == '.' && isalpha((unsigned char)t[j + 1]) && isalpha((unsigned char)t[j + 2]))
                return true;
        }
        if (c == '@' && (i == s || t[i - 1] == ' ' || t[i - 1] == ':')) {
            size_t j = i + 1;
            while (j < e && (isalnum((unsigned char)t[j]) || t[j] == '_')) j++;
            size_t k = j;
            while (k < e && (t[k] == '.' || t[k] == '!' || t[k] == ' ')) k++;
            if (j > i + 1 && k == e) return true;
        }
        if (!isdigit(c) || (i > s && isalnum((unsigned char)t[i - 1]))) continue;
        /* 970-748-2935, 970.748.2935; (208) 476-5551 from its second group */
        size_t a = digit_run(t, i, e);
        if (a == 3 && i + 3 < e && (t[i + 3] == '-' || t[i + 3] == '.') && digit_run(t, i + 4, e) == 3 &&
            i + 7 < e && t[i + 7] == t[i + 3] && digit_run(t, i + 8, e) == 4)
            return true;
        if (a == 3 && i > s + 1 && t[i - 1] == ' ' && t[i - 2] == ')' && i + 3 < e && t[i + 3] == '-' &&
            digit_run(t, i + 4, e) == 4)
            return true;
        /* 01 45 67 89 10: five pairs */
        size_t j = i, pairs = 0;
        while (digit_run(t, j, e) == 2 && pairs < 5) {
            pairs++;
            j += 2;
            if (pairs < 5 && !(j + 1 < e && (t[j] == ' ' || t[j] == '.'))) break;
            j++;
        }
        if (pairs == 5) return true;
    }
    return false;
}

/* Does the sentence open on a word in lower case? Then it is the tail of a sentence cut in two
 * (a line break inside it, a caption glued to it: "plan de sauvetage des banques françaises."),
 * not one a brief can show alone. Digits, quotes and dashes before the first word are fine. */
static bool opens_lower(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    for (uint32_t k = tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind != PR_TOK_WORD) continue;
        size_t i = t->start;
        int32_t cp = pr_utf8_next(d->text, t->end, &i);
        return pr_cp_is_lower(cp);
    }
    return false;
}

/* Where a scan of a sentence's tokens stands with respect to quotation marks: inside « » or
 * “ ” (depth), inside straight quotes, or after a mark that closes a quotation opened in an
 * earlier sentence (`closed_before`: the words before it were quoted too). */
typedef struct qstate {
    int depth;          /* « and “ open */
    bool straight;      /* inside "…" */
    bool closed_before; /* set when a closing mark with no opening one was passed */
    size_t pos;
} qstate;

/* Moves the scan over the marks before token k and past it; true when k is outside any
 * quotation. */
static bool qstate_at(qstate *q, const precis_doc *d, const pr_sent *s, uint32_t k)
{
    const pr_token *t = &d->toks[k];
    const char *tx = d->text;
    size_t end = t->kind == PR_TOK_WORD || t->kind == PR_TOK_NUM ? t->start : t->end;
    while (q->pos < end) {
        size_t at = q->pos;
        int32_t cp = pr_utf8_next(tx, end, &q->pos);
        if (cp == 0xAB || cp == 0x201C) q->depth++;
        else if (cp == 0xBB || cp == 0x201D) { if (q->depth) q->depth--; else q->closed_before = true; }
        else if (cp == '"') {
            bool closes = at > s->start && tx[at - 1] != ' ' && tx[at - 1] != '(';
            if (!q->straight && closes) q->closed_before = true;
            else q->straight = !q->straight;
        }
    }
    if (q->pos < t->end) q->pos = t->end;
    return !q->depth && !q->straight;
}

/* Is the word of token k part of a hyphenated compound ("do-it-yourself", "rendez-vous")? */
static bool in_compound(const precis_doc *d, const pr_sent *s, uint32_t k)
{
    const pr_token *t = &d->toks[k];
    if (k > s->tok0 && tok_punct(d, &d->toks[k - 1], '-') && d->toks[k - 1].end == t->start) return true;
    return k + 1 < s->tok1 && tok_punct(d, &d->toks[k + 1], '-') && d->toks[k + 1].start == t->end;
}

/* Does a word of `wl` occur in the sentence outside any quotation? Words before a mark that
 * closes a quotation opened in an earlier sentence are quoted too; a word in capitals longer
 * than a letter is an acronym ("US" is the country, not "us"). With `clause`, only a word that
 * opens the sentence or follows a comma, colon, semicolon or dash counts ("…, please review
 * the notice", not "would please residents"). */
static bool unquoted_word(const precis_doc *d, const pr_sent *s, uint32_t tok0, const pr_wordlist *wl, bool clause)
{
    if (!wl || tok0 >= s->tok1) return false;
    bool found = false;
    qstate q = {0, false, false, d->toks[tok0].start};
    for (uint32_t k = tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        bool out = qstate_at(&q, d, s, k);
        if (q.closed_before) { found = false; q.closed_before = false; }
        if (t->kind != PR_TOK_WORD || !out) continue;
        if (clause && k > tok0) {
            const pr_token *p = &d->toks[k - 1];
            if (!(tok_punct(d, p, ',') || tok_punct(d, p, ':') || tok_punct(d, p, ';') || is_dash(d, p))) continue;
        }
        const char *lw = pr_tok_lower(d, t);
        if (pr_wordlist_hasn(wl, lw, strlen(lw)) && !(t->flags & PR_TF_ALLCAP && t->end - t->start > 1) &&
            !in_compound(d, s, k)) found = true;
    }
    return found;
}

/* Is the word of token k written with a capital inside a sentence elsewhere in d, within
 * NAME_SPAN tokens either side (a name: "Trump", not "Depending")? The window keeps the cost
 * of a sentence bounded on a long page. */
#define NAME_SPAN 4096
static bool name_in_doc(const precis_doc *d, uint32_t k)
{
    const pr_token *w = &d->toks[k];
    size_t n = w->end - w->start;
    size_t lo = k > NAME_SPAN ? k - NAME_SPAN : 0, hi = d->n_toks - k > NAME_SPAN ? k + NAME_SPAN : d->n_toks;
    for (size_t j = lo; j < hi; j++) {
        const pr_token *t = &d->toks[j];
        if (j != k && t->kind == PR_TOK_WORD && (t->flags & PR_TF_CAP) && !(t->flags & PR_TF_SENT0) &&
            t->end - t->start == n && memcmp(d->text + t->start, d->text + w->start, n) == 0)
            return true;
    }
    return false;
}

/* Does token t end a clause: a comma, a semicolon, a colon, or a dash after a space (a hyphen
 * inside a word, "a-t-il", does not)? */
static bool clause_break(const precis_doc *d, const pr_token *t)
{
    if (tok_punct(d, t, ',') || tok_punct(d, t, ';') || tok_punct(d, t, ':')) return true;
    return is_dash(d, t) && t->start > 0 && d->text[t->start - 1] == ' ';
}

/* Is the pronoun at token k impersonal: a word of kind i in data/anaphora after it, past at
 * most one negation of kind n ("il faut", "il n'y a", "il ne fallait")? */
static bool impersonal(const pr_wordlist *an, const precis_doc *d, const pr_sent *s, uint32_t k)
{
    for (int skip = 0; skip < 2; skip++) {
        k = after_word(d, s, k);
        const char *r = k < s->tok1 && d->toks[k].kind == PR_TOK_WORD ? pr_tok_table(an, d, &d->toks[k]) : NULL;
        if (!r) return false;
        if (strchr(r, 'i')) return true;
        if (!strchr(r, 'n')) return false;
    }
    return false;
}

/* Does the subject after the first comma that follows token k name someone: a name, or a
 * determiner and a noun ("…, Boykin served", "…, le rapport veut")? */
static bool subject_after_comma(const precis_doc *d, const pr_sent *s, uint32_t k, const pr_wordlist *det)
{
    uint32_t j = k + 1;
    while (j < s->tok1 && !tok_punct(d, &d->toks[j], ',')) j++;
    if (++j >= s->tok1 || d->toks[j].kind != PR_TOK_WORD) return false;
    if ((d->toks[j].flags & PR_TF_CAP) && !(d->toks[j].flags & PR_TF_STOP)) return true;
    return word_in(d, s, j, det);
}

/* Is the word after token k a verb of saying (data/attrib, kind v: "he said", "she told")? */
static bool speaks_after(const pr_wordlist *at, const precis_doc *d, const pr_sent *s, uint32_t k)
{
    k = after_word(d, s, k);
    return k < s->tok1 && d->toks[k].kind == PR_TOK_WORD && pr_tok_class(at, d, &d->toks[k]) == 'v';
}

/* Is token k a subject pronoun (data/attrib, kind r) joined by a hyphen to the verb before it,
 * which opens its clause at token v0: a verb of saying ("dit-il", "estime-t-elle"), or an
 * auxiliary before one ("a-t-elle souligné")? */
static bool inverted_speaker(const pr_wordlist *at, const precis_doc *d, const pr_sent *s, uint32_t k, uint32_t v0)
{
    const pr_token *t = &d->toks[k], *h = &d->toks[k - 1];
    if (pr_tok_class(at, d, t) != 'r' || !tok_punct(d, h, '-') || h->end != t->start) return false;
    if (v0 >= k || d->toks[v0].kind != PR_TOK_WORD) return false;
    for (uint32_t j = v0 + 1; j < k; j++) /* "a-t-elle": glued throughout */
        if (d->toks[j].start != d->toks[j - 1].end) return false;
    char vk = pr_tok_class(at, d, &d->toks[v0]);
    return vk == 'v' || (vk == 'b' && speaks_after(at, d, s, k));
}

/* Does a third-person pronoun in the sentence stand for someone it does not name? Two shapes:
 * - a subject or object pronoun (data/attrib kinds r, o; not the impersonal "on") opening a
 *   clause, alone or after a word of kind c in data/anaphora ("Once they establish contact,
 *   …", "In particular, he was 1-for-7", "…, and he died", "Mardi matin, il ne sera pas
 *   transféré"), outside any quotation, with no name before it: no word in capitals but the
 *   first, and the first only when it is a name elsewhere in its source ("Trump, when he …"
 *   names him). A subject pronoun after a comma before a verb of saying (kind v) is the
 *   speaker, whom the clause before it never names ("Almario was the prime suspect, he said.",
 *   "Concern in Britain …, he said", "De retour en France, elle affirme …"), unless the
 *   sentence opens on a word of kind c ("When Smith arrived, he said …"); so is one inverted
 *   after its verb ("…, a-t-elle souligné.", "…, dit-il": inverted_speaker()). Not after the
 *   first clause when the sentence opens on a noun phrase the pronoun takes up (a determiner of
 *   data/determiners or a word of kind d: "Les enfants, ils étaient …", "Quant à l'enfant, il
 *   …", "Le communiqué se termine …, puisqu'il appelle …", "Many students, when they …"); not
 *   in the first clause, or after a word of kind c, when the subject after the next comma is a
 *   name or a noun phrase it announces ("Before he was a TV star, Boykin served", "S'il refuse,
 *   le rapport veut …"); not an impersonal pronoun ("il faut", "il n'y a": impersonal()). A
 *   pronoun opening the sentence is dangling()'s; a hyphen inside a word ("a-t-il") opens no
 *   clause.
 * - a short sentence (ANAPHOR_SHORT words at most) ending on a pronoun of kind e ("A source
 *   inside the government confirmed that.", "The short form suits him."); a personal one
 *   ("him", "lui") with no name before it but the first word ("Kimmel doesn't believe him.").
 * Such a sentence is read after the one before it in its source, like one opening on "He". */
#define ANAPHOR_SHORT 10
static bool unnamed_pronoun(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    const pr_wordlist *at = pr_wordlist_get("attrib", d->lang), *an = pr_wordlist_get("anaphora", d->lang),
                      *det = pr_wordlist_get("determiners", d->lang);
    if (!at || !an || tok0 >= s->tok1) return false;
    qstate q = {0, false, false, d->toks[tok0].start};
    unsigned words = 0, inclause = 0, clause = 0;
    bool named = false, comma = false;
    uint32_t first = UINT32_MAX, last = UINT32_MAX, prev = UINT32_MAX;
    for (uint32_t k = tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        bool out = qstate_at(&q, d, s, k);
        if (t->kind == PR_TOK_PUNCT || t->kind == PR_TOK_SYM) {
            if (out && clause_break(d, t)) { inclause = 0; clause++; comma = tok_punct(d, t, ','); }
            continue;
        }
        words++;
        last = out && t->kind == PR_TOK_WORD ? k : UINT32_MAX;
        if (t->kind != PR_TOK_WORD) { inclause++; continue; }
        if (first == UINT32_MAX) first = k;
        /* its kinds (after a name, only a speaker's pronoun after a comma matters) */
        const char *ak = k != first && out && (!named || (inclause == 0 && comma)) ? pr_tok_table(at, d, t) : NULL;
        if (ak && ak[0] == 'r' && inclause == 0 && comma && speaks_after(at, d, s, k) &&
            pr_tok_class(an, d, &d->toks[first]) != 'c')
            return true; /* "…, he said": the speaker, never one the clause before names */
        if (out && comma && inclause >= 1 && inclause <= 2 && inverted_speaker(at, d, s, k, k - inclause * 2) &&
            pr_tok_class(an, d, &d->toks[first]) != 'c')
            return true; /* "…, a-t-elle souligné", "…, dit-il": the same, inverted */
        if (named) ak = NULL;
        bool opens = inclause == 0 || (inclause == 1 && prev != UINT32_MAX && pr_tok_class(an, d, &d->toks[prev]) == 'c');
        if (ak && (ak[0] == 'r' || ak[0] == 'o') && !strchr(ak, 'i') && opens &&
            !impersonal(an, d, s, k)) {
            bool takes_up = clause >= 1 && (word_in(d, s, first, det) || pr_tok_class(an, d, &d->toks[first]) == 'd');
            bool announces = (clause == 0 || inclause == 1) && subject_after_comma(d, s, k, det);
            bool first_named = (d->toks[first].flags & PR_TF_CAP) && !(d->toks[first].flags & PR_TF_STOP) &&
                               pr_tok_class(an, d, &d->toks[first]) != 'c' && name_in_doc(d, first);
            if (!takes_up && !announces && !first_named) return true;
        }
        if (k != first && (t->flags & PR_TF_CAP)) named = true;
        inclause++;
        prev = k;
    }
    if (words > ANAPHOR_SHORT || last == UINT32_MAX || pr_tok_class(an, d, &d->toks[last]) != 'e') return false;
    /* "him", "her", "lui" may stand for a person the sentence names ("A publicist says Struthers
     * denies the charges against her."); "that", "cela" for no one */
    char pk = pr_tok_class(at, d, &d->toks[last]);
    return !((pk == 'r' || pk == 'o') && named);
}

/* Does the sentence speak in the first person outside any quotation ("I think we have
 * accomplished a great deal.": a letter, a transcript, a column; "I also put red “Sold” tags on
 * large appliances": scare quotes do not make it a quotation)? A brief cannot say whose voice it
 * is. Words of data/firstperson/<lang>.txt. */
static bool first_person(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    return unquoted_word(d, s, tok0, pr_wordlist_get("firstperson", d->lang), false);
}

/* Does the sentence speak to someone outside any quotation: the reader ("You might think a
 * world-famous filmmaker would be above petty crime.", "Vous pouvez visionner ce document …") or
 * an interviewee ("Mr. Trump, you have talked about your plans …")? Neither is in the story the
 * brief tells. Words of data/secondperson/<lang>.txt, not inside a compound ("do-it-yourself",
 * "rendez-vous"). Reported speech, with a verb of saying (data/attrib, kind v), is the
 * speaker's. */
static bool second_person(const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    if (!unquoted_word(d, s, tok0, pr_wordlist_get("secondperson", d->lang), false)) return false;
    /* reported speech names who speaks: "Now is not the time to quit your day job, he said." */
    const pr_wordlist *at = pr_wordlist_get("attrib", d->lang);
    for (uint32_t k = tok0; at && k < s->tok1; k++)
        if (d->toks[k].kind == PR_TOK_WORD && pr_tok_class(at, d, &d->toks[k]) == 'v') return false;
    return true;
}

/* Does the sentence open by speaking to the reader about the site rather than tell the story
 * ("Subscribe to our channel …", "Sign up for Morning Rush …", "Follow us on …")? Phrases of
 * data/appeals/<lang>.txt, at word boundaries, ending within the sentence's first APPEAL_WORDS
 * words: further in, the same words are news ("foreign nationals cannot donate money"). */
#define APPEAL_WORDS 5
/* The sentence's text from `from` to the end of its APPEAL_WORDS-th word, lower-cased into low;
 * false when there is none or memory ran out. */
static bool lower_opening(const precis_doc *d, const pr_sent *s, uint32_t tok0, size_t from, pr_buf *low)
{
    size_t end = from, w = 0;
    for (uint32_t k = tok0; k < s->tok1 && w < APPEAL_WORDS; k++)
        if (d->toks[k].kind == PR_TOK_WORD) { w++; end = d->toks[k].end; }
    if (end <= from) return false;
    pr_buf_clear(low);
    return pr_utf8_lower_put(low, d->text + from, end - from);
}

static bool appeal(const precis_doc *d, const pr_sent *s, uint32_t tok0, size_t start, pr_buf *low)
{
    const pr_wordlist *wl = pr_wordlist_get("appeals", d->lang);
    if (!wl || !lower_opening(d, s, tok0, start, low)) return false;
    if (pr_find_cue(wl, low->data, low->len, NULL)) return true;
    /* "please" outside quotation marks, opening a clause, asks the reader ("If the story is not
     * showing, please refresh your browser.", "For more information, please review the
     * brochure."): data/pleas/<lang>.txt */
    return unquoted_word(d, s, tok0, pr_wordlist_get("pleas", d->lang), true);
}

/* Does the sentence point at a picture, a video or a chart that the brief does not carry ("Joey
 * Wilson, left, rings up …", "The guard (pictured) filed a lawsuit", "Watch the video below",
 * "had this to say")? A photo's caption or a lead-in to media: phrases of
 * data/mediacues/<lang>.txt anywhere in it. */
static bool media_pointer(const precis_doc *d, const pr_sent *s, size_t start, pr_buf *low)
{
    const pr_wordlist *wl = pr_wordlist_get("mediacues", d->lang);
    if (!wl || s->end <= start) return false;
    pr_buf_clear(low);
    if (!pr_utf8_lower_put(low, d->text + start, s->end - start)) return false;
    return pr_find_cue(wl, low->data, low->len, NULL) != NULL;
}

typedef struct scratch { uint32_t *tmp, *bi; size_t tcap, bcap; pr_buf low; pr_post_memo post; credits cr; } scratch;

/* Does the word at token k stand as a noun after its determiner? It can be a noun (the
 * dictionary's verdict v) and is not a function word ("a", "est"), and the word before it is a
 * determiner of data/determiners ("le président"; not "ils président") or one the dictionary
 * calls a determiner or a preposition ("du contrôle", "en charge des finances"). One that can
 * also be a pronoun ("le", "la", "les", "en") is the pronoun after a subject, a pronoun, a
 * negation (data/anaphora kind n) or a name: "il la juge", "ne le dit pas", "Bayrou la juge",
 * "Bruno Le Maire en charge deux conseillers". */
static bool noun_after_det(precis_ctx *ctx, const precis_doc *d, uint32_t tok0, uint32_t k, int v)
{
    if (!(v & PR_MORPH_NOMINAL) || (d->toks[k].flags & PR_TF_STOP) || k == tok0 || d->toks[k - 1].kind != PR_TOK_WORD)
        return false;
    const char *pw = pr_tok_lower(d, &d->toks[k - 1]);
    int pv = pr_ctx_morph(ctx, d->lang, pw, strlen(pw));
    if (pv < 0) pv = 0;
    bool listed = pr_wordlist_hasn(pr_wordlist_get("determiners", d->lang), pw, strlen(pw));
    if (!listed && !(pv & PR_MORPH_DETPREP)) return false;
    if (!(pv & PR_MORPH_PREVERB) || k - 1 == tok0) return true;
    const pr_token *w = &d->toks[k - 2];
    if (w->kind != PR_TOK_WORD) return true;
    if ((w->flags & PR_TF_CAP) && !(w->flags & PR_TF_SENT0)) return false;
    const char *r = pr_tok_table(pr_wordlist_get("anaphora", d->lang), d, w);
    if (r && strchr(r, 'n')) return false;
    int wv = pr_tok_morph(ctx, d, w);
    return wv <= 0 || !(wv & (PR_MORPH_SUBJ | PR_MORPH_PREVERB));
}

/* Does the word at token k stand as a grammatical word rather than a verb? The dictionary
 * gives it both readings (v: "plus", "entre", "contre", "cela", "soit": adverbs, prepositions,
 * pronouns, conjunctions that are also rare verb forms), and no subject is right before it: a
 * subject pronoun or a name makes it the verb ("il entre", "la Russie entre en guerre", "qu'il
 * soit"). */
static bool gram_word(precis_ctx *ctx, const precis_doc *d, uint32_t tok0, uint32_t k, int v)
{
    if (!(v & PR_MORPH_GRAM)) return false;
    if (k == tok0 || d->toks[k - 1].kind != PR_TOK_WORD) return true;
    const pr_token *w = &d->toks[k - 1];
    if ((w->flags & PR_TF_CAP) && !(w->flags & PR_TF_SENT0)) return false;
    int pv = pr_tok_morph(ctx, d, w);
    return pv <= 0 || !(pv & PR_MORPH_SUBJ);
}

/* Does the sentence lack a conjugated verb (in its quotations too: « Kerviel "collaborait" » is
 * a whole sentence), as the language's morphological dictionary tells (pr_ctx_morph; none for
 * English)? Such a sentence completes the one before it: "Une opération dénoncée par le
 * président de la République française." after "Bakou a lancé ce mardi une offensive militaire
 * …", "Christian Noyer et le directeur du Trésor Xavier Musca." after a line cut in two, "Pas
 * seulement au plan sportif.". Names (capitalised inside the sentence) are skipped, and so is a
 * verb form that stands as a noun (noun_after_det()). */
static bool verbless(precis_ctx *ctx, const precis_doc *d, const pr_sent *s, uint32_t tok0)
{
    size_t seen = 0;
    /* function words first (auxiliaries: "a", "est", "sont"; few, so cached), then the rest */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t k = tok0; k < s->tok1; k++) {
            const pr_token *t = &d->toks[k];
            bool stop = (t->flags & PR_TF_STOP) != 0;
            if (t->kind != PR_TOK_WORD || stop == (pass == 1)) continue;
            if ((t->flags & PR_TF_CAP) && !(t->flags & PR_TF_SENT0)) continue;
            int v = pr_tok_morph(ctx, d, t);
            if (v < 0) return false;
            seen++;
            if ((v & PR_MORPH_FINITE) && !noun_after_det(ctx, d, tok0, k, v) && !gram_word(ctx, d, tok0, k, v))
                return false;
        }
    return seen > 0;
}

/* Adds sentence si of document di as a candidate: its concepts (stemmed content unigrams, bigrams of adjacent words with at least one content
 * word), length, position and readability. */
static bool add_cand(summ *S, scratch *sc, size_t di, size_t si)
{
    const precis_doc *d = S->story->docs[di];
    char key[256];
    const pr_sent *s = &d->sents[si];
    uint32_t tok0 = dateline(d, s);
    size_t start = tok0 < s->tok1 ? d->toks[tok0].start : s->start, nt = 0, nb = 0;
    int32_t prev = -1; /* previous word's stem id (any word), -1 after punctuation */
    bool prev_content = false;
    for (uint32_t k = tok0; k < s->tok1; k++) {
        const pr_token *t = &d->toks[k];
        if (t->kind == PR_TOK_PUNCT || t->kind == PR_TOK_SYM) {
            const char *lw = pr_tok_lower(d, t);
            if (lw[0] != '\'' && lw[0] != '-') prev = -1; /* apostrophes/hyphens join */
            continue;
        }
        const char *stem = pr_tok_stem(d, t);
        size_t sl = strlen(stem);
        uint32_t id = pr_intern_add(&S->in, stem, sl);
        if (id == UINT32_MAX) return false;
        bool cont = content_token(d, t);
        if (cont) {
            if (!PR_GROW(sc->tmp, sc->tcap, nt + 1)) return false;
            sc->tmp[nt++] = id;
        }
        size_t kl;
        if (prev >= 0 && (cont || prev_content) && bigram_key(&S->in, (uint32_t)prev, stem, sl, key, &kl)) {
            uint32_t bid = pr_intern_add(&S->in, key, kl);
            if (bid == UINT32_MAX) return false;
            if (!PR_GROW(sc->bi, sc->bcap, nb + 1)) return false;
            sc->bi[nb++] = bid;
        }
        prev = (int32_t)id;
        prev_content = cont;
    }
    nt = pr_u32_uniq(sc->tmp, nt);
    nb = pr_u32_uniq(sc->bi, nb);
    if (!PR_GROW(S->c, S->cap, S->n + 1)) return false;
    cand *c = &S->c[S->n];
    memset(c, 0, sizeof *c);
    c->doc = di;
    c->sent = si;
    c->start = start;
    c->con = pr_malloc((nt + nb) * sizeof *c->con);
    if (!c->con) return false;
    S->n++;
    if (nt) memcpy(c->con, sc->tmp, nt * sizeof *sc->tmp);
    if (nb) memcpy(c->con + nt, sc->bi, nb * sizeof *sc->bi);
    c->ncon = nt + nb;
    c->nuni = nt;
    c->words = pr_count_words(d->text + start, s->end - start);
    c->pos = d->n_sents > 1 ? (double)si / (double)(d->n_sents - 1) : 0.0;
    size_t next = si + 1 < d->n_sents ? d->sents[si + 1].start : d->text_len;
    c->parend = next <= s->end || memchr(d->text + s->end, '\n', next - s->end) != NULL;
    /* faults: a teaser or heading, the tail of a cut sentence, an appeal to the reader, only a
     * speaker's name; or pointing back (an opener, a demonstrative, a quotation standing alone,
     * which goes on from the sentence before it, naming its speaker) */
    qscan q = scan_quotes(d->text, start, s->end);
    bool fault = teaser(d, s, start) || opens_lower(d, s, tok0) || appeal(d, s, tok0, start, &sc->low) ||
                 only_attribution(d, s, tok0) || first_person(d, s, tok0) || second_person(d, s, tok0) ||
                 trails_off(d->text, start, s->end) || mostly_digits(d->text, start, s->end) ||
                 code_text(d->text, start, s->end) || contact(d->text, start, s->end) ||
                 opens_on_credit(d, s, tok0, &sc->low, &sc->cr) || quote_credit(d, s) || caption(d, s, tok0) || media_pointer(d, s, start, &sc->low) ||
                 pr_in_post(d, s, &sc->post) || scarred(d, s, tok0, start);
    bool back = dangling(d, s, tok0) || relative_time(d, s, tok0) || points_back(d, s, tok0) || bare_quote(d, s) ||
                pronoun_speaker(d, s, tok0) || unnamed_pronoun(d, s, tok0) || list_item(d->text, start);
    c->def = si > 0 && S->n >= 2 && S->c[S->n - 2].doc == di && S->c[S->n - 2].sent == si - 1
                 ? definite_back(S, d, s, tok0, &S->c[S->n - 2]) : NO_DEF;
    plan_and_done(S, d, s, tok0, c);
    bool dang = fault || back;
    /* complete: it ends like a sentence and its quotes and brackets are balanced (none left
     * open, none closing one opened before it: "(Martha Washington's maid, Oney Judge, ran
     * away …" is the first half of an aside) */
    bool ends = ends_sentence(d->text, start, s->end);
    bool qbal = !q.guil && !q.curly && !q.gmiss && !q.cmiss && !q.single && q.straight % 2 == 0;
    bool bbal = !q.paren && !q.square && !q.stray;
    bool balanced = qbal && bbal;
    bool readable = c->words >= 6 && c->words <= 70 && ends && balanced;
    if (readable && !dang && verbless(S->story->ctx, d, s, tok0)) back = dang = true;
    c->ok = readable && !dang;
    /* pointing back is the only fault: its antecedent is the sentence before it */
    c->follow = readable && (back || c->def != NO_DEF) && !fault && si > 0;
    /* half of a quotation that spans two sentences ('"We are surprised. We were not told," she
     * said.'): each half alone is unbalanced; the two together are a whole quotation. An odd
     * straight quote opens when a word follows it and closes when it follows one. */
    c->nomark = qbal && !q.straight;
    /* only a mark opening it, or closing it: no speaker named between two quoted parts */
    c->qlead = q.marks == 1 && opening_mark(d, s, tok0) != 0;
    c->qtail = q.marks == 1 && ends_on_quote(d, s);
    if (c->words >= 3 && c->words <= 70 && !fault) {
        const char *tx = d->text;
        bool sopen = q.straight % 2 && q.last + 1 < s->end && tx[q.last + 1] != ' ' &&
                     (q.last == start || tx[q.last - 1] == ' ' || tx[q.last - 1] == '(');
        bool sclose = q.straight % 2 && q.first > start && tx[q.first - 1] != ' ' &&
                      (q.first + 1 >= s->end || tx[q.first + 1] == ' ' || tx[q.first + 1] == ',' || tx[q.first + 1] == '.');
        bool opens = ends && !q.gmiss && !q.cmiss &&
                     (q.guil + q.curly + (int)sopen) == 1 && (q.straight % 2 == 0 || sopen);
        bool closes = !q.guil && !q.curly && (q.gmiss + q.cmiss + (int)sclose) == 1 &&
                      (q.straight % 2 == 0 || sclose);
        c->qstart = opens && !c->ok;
        c->qopen = c->qstart && !back; /* it opens the pair: nothing before it is needed */
        c->qclose = closes && !c->ok && si > 0 && ends;
        c->qpron = c->qclose && speaker_pronoun(d, s, tok0);
    }
    /* not a heading: it ends like a sentence, or is long (sentences glued together); no aside
     * or single-quoted cry left open (a single quote never pairs with a next sentence); not the
     * closing half of a quotation that names no speaker after it ('Let me know what you guys
     * think."'), nor the opening half of one that names none before it ('"Les mois à venir
     * seront compliqués.', its speaker in the next sentence): mended, either would be a
     * quotation nobody says */
    c->fill = c->words >= 5 && c->words <= 120 && !dang && bbal && !q.single && (c->words >= 20 || ends);
    c->halfq = c->fill && ((c->qclose && c->qtail) || (c->qstart && c->qlead));
    if (c->halfq) c->fill = false;
    return true;
}

/* Marks the sentences that repeat one of an earlier document of another group (most of their
 * bigram concepts are in it: a wire paragraph that two outlets both carry). Their concepts do
 * not count again towards document frequencies: a fact counts the sources that tell it, not the
 * copies of one dispatch. Found through the bigram postings (read up to SUPPORT_POSTINGS per
 * concept), like the support. */
static precis_status mark_copies(summ *S)
{
    const size_t *cnt = S->pstart, *post = S->post;
    uint32_t *hits = pr_calloc(S->n + 1, sizeof *hits);
    size_t *stamp = pr_calloc(S->n + 1, sizeof *stamp);
    precis_status rc = PRECIS_ERR_NOMEM;
    if (!hits || !stamp) goto out;
    for (size_t i = 0; i < S->n; i++) {
        cand *c = &S->c[i];
        size_t nbi = c->ncon - c->nuni;
        if (nbi < 4) continue;
        size_t gc = S->group[c->doc];
        for (size_t q = c->nuni; q < c->ncon; q++) {
            size_t b = cnt[c->con[q]], e = cnt[c->con[q] + 1];
            if (e - b > SUPPORT_POSTINGS) e = b + SUPPORT_POSTINGS;
            for (size_t p = b; p < e; p++) {
                size_t k = post[p];
                if (S->c[k].doc >= c->doc || S->group[S->c[k].doc] == gc) continue;
                if (stamp[k] != i + 1) { stamp[k] = i + 1; hits[k] = 0; }
                if (++hits[k] * 10 >= nbi * COPY_SHARE && !c->copy) c->copy = true;
            }
        }
    }
    rc = PRECIS_OK;
out:
    pr_free(hits); pr_free(stamp);
    return rc;
}

/* Sentences between the two halves of a quotation that spans three sentences or more (an
 * opening half, sentences without quotation marks, a closing half) are part of it: qmid, not
 * readable alone (as narration they would put the speaker's words in the brief's mouth). Up to
 * QUOTE_SPAN sentences in all. A quotation from its first word to its last ('"We must take
 * maximum advantage of this. We know there is interest …"': the speaker was named in the
 * paragraph before), or one that a pronoun says ('"I think it was the first time they met. How
 * could it be a personal relationship?" she said.'), is qbare: like a quotation standing alone
 * (bare_quote()), it needs the sentence before it. The opening half may itself point back ('She
 * said: "This is cruel.'): the sentences inside are the quotation's all the same.
 *
 * A quotation left open at the end of its paragraph goes on in the next one (the English
 * usage: each paragraph of a long quotation opens with a mark, only the last closes): the
 * sentences without marks after its opening half, up to the paragraph's end, are inside it;
 * so are those of a quotation too long to be one passage that closes within its paragraph
 * ('She said: "He was very bad. […] Alan Johnson has made the wrong decision. It is just
 * awful."'). Up to QUOTE_PARA of them: a paragraph whose mark never closes for longer is rather
 * a stray mark. */
#define QUOTE_SPAN 4
#define QUOTE_PARA 8
static void mark_quote_middles(summ *S)
{
    for (size_t i = 0; i < S->n; i++) {
        if (!S->c[i].qstart) continue;
        size_t j = i + 1;
        while (j < S->n && j - i < QUOTE_SPAN && S->c[j].doc == S->c[i].doc && S->c[j].nomark && !S->c[j].qclose) j++;
        bool closed = j < S->n && j - i < QUOTE_SPAN && S->c[j].doc == S->c[i].doc && S->c[j].qclose;
        if (closed && S->c[i].qopen) {
            /* a bare quotation never fills the budget either (nor does one standing alone) */
            S->c[i].qbare = S->c[i].qlead && (S->c[j].qtail || S->c[j].qpron);
            if (S->c[i].qbare) S->c[i].fill = S->c[j].fill = false;
        }
        if (!closed) {
            /* open at the paragraph's end? */
            if (S->c[i].parend) continue;
            j = i + 1;
            while (j < S->n && j - i <= QUOTE_PARA && S->c[j].doc == S->c[i].doc && S->c[j].nomark && !S->c[j].parend) j++;
            if (j >= S->n || j - i > QUOTE_PARA || S->c[j].doc != S->c[i].doc) continue;
            if (S->c[j].nomark) j++; /* the paragraph's last sentence is inside too */
            else if (!S->c[j].qclose) continue; /* (closed later in the paragraph: a long quotation) */
        }
        for (size_t k = i + 1; k < j; k++) {
            S->c[k].qmid = true;
            S->c[k].ok = S->c[k].fill = S->c[k].follow = false;
        }
    }
}

/* A sentence in another language than the story's, inside an article in the story's language
 * (a bilingual press release: "O Carter Center está muito preocupado …" in an English one; a
 * table of figures): it is identified as another language and fewer than 15 % of its words are
 * function words of the story's. An English sentence full of names ("Rosmarie von Trapp,
 * Johannes von Trapp and …") passes the second test. */
static bool foreign(const precis_doc *d, const cand *c, const char *lang)
{
    if (!lang || !pr_lang_get(lang)) return false; /* no function words known for it */
    const char *t = d->text + c->start;
    size_t n = d->sents[c->sent].end - c->start;
    /* most sentences have their story's function words: one list read tells */
    if (pr_lang_share(lang, t, n) >= 0.15f) return false;
    const char *l = pr_lang_detect(t, n);
    return strcmp(l, "und") && strcmp(l, lang);
}

static bool repeats(const cand *a, const cand *b);

/* Do two subjects (subject_before()) share a word? */
static bool same_subject(const uint32_t a[PLAN_SUBJ], const uint32_t b[PLAN_SUBJ])
{
    for (size_t i = 0; i < PLAN_SUBJ; i++)
        for (size_t j = 0; j < PLAN_SUBJ && a[i] != NO_DEF; j++)
            if (a[i] == b[j]) return true;
    return false;
}

/* An announcement that another source tells done is stale: "Nicolas Sarkozy doit rencontrer le
 * chef spirituel tibétain à Gdansk" when a page of the story says "Nicolas Sarkozy a rencontré le
 * dalaï-lama" (the same verb, plan_and_done(), a word of its subject, and PLAN_SHARED words
 * other than the verb: the verb's stem, a content word, is a concept of both).
 * Reports from before and after an event fall into one story; the brief tells what happened, so
 * such a sentence is no candidate. Not within one page, which may announce another such action
 * of the same people ("a rencontré le président et doit rencontrer le Premier ministre"). False
 * when out of memory. */
#define PLAN_SHARED 2
static bool stale_plans(summ *S)
{
    size_t *told = NULL, nt = 0; /* the candidates that tell something done */
    for (size_t i = 0; i < S->n; i++) {
        cand *p = &S->c[i];
        if (p->plan == NO_DEF || !(p->ok || p->fill || p->qopen || p->follow)) continue;
        if (!told) {
            if (!(told = pr_malloc(S->n * sizeof *told))) return false;
            for (size_t j = 0; j < S->n; j++)
                if (S->c[j].done[0] != NO_DEF) told[nt++] = j;
        }
        bool stale = false;
        for (size_t x = 0; x < nt && !stale; x++) {
            const cand *q = &S->c[told[x]];
            if (q->doc == p->doc || !S->inlang[q->doc]) continue;
            for (size_t k = 0; k < PLAN_DONE && !stale; k++)
                stale = q->done[k] == p->plan && same_subject(p->plan_subj, q->done_subj[k]) &&
                        pr_u32_shared(p->con, p->nuni, q->con, q->nuni) >= PLAN_SHARED + 1 && /* + the verb */
                        !repeats(p, q); /* (a copy of it) */
        }
        if (stale) p->ok = p->fill = p->follow = p->qopen = p->qclose = false;
    }
    pr_free(told);
    return true;
}

/* Builds the concepts of every sentence and their document frequencies. */
static precis_status build(summ *S)
{
    const precis_story *st = S->story;
    scratch sc = {0};
    for (size_t di = 0; di < st->n_docs; di++) {
        const precis_doc *d = st->docs[di];
        sc.post = (pr_post_memo){0, false};
        for (size_t si = 0; si < d->n_sents; si++)
            if (!add_cand(S, &sc, di, si)) goto oom;
    }
    pr_buf_free(&sc.low);
    pr_free(sc.tmp);
    pr_free(sc.bi);
    precis_status gst = group_docs(S);
    if (gst == PRECIS_OK) gst = build_postings(S);
    if (gst == PRECIS_OK && COPY_SHARE > 0) gst = mark_copies(S);
    if (gst != PRECIS_OK) return gst;
    for (size_t i = 0; i < S->n; i++) {
        cand *c = &S->c[i];
        if (!S->inlang[c->doc] || foreign(st->docs[c->doc], c, S->lang))
            c->ok = c->fill = c->follow = c->qopen = c->qclose = false;
    }
    mark_quote_middles(S);
    if (!stale_plans(S)) return PRECIS_ERR_NOMEM;
    /* document frequencies, counting copies of one article once */
    S->nw = S->in.n;
    S->df = pr_calloc(S->nw, sizeof *S->df);
    S->lastdoc = pr_malloc(S->nw * sizeof *S->lastdoc);
    S->w = pr_calloc(S->nw, sizeof *S->w);
    if (!S->df || !S->lastdoc || !S->w) return PRECIS_ERR_NOMEM;
    memset(S->lastdoc, 0xff, S->nw * sizeof *S->lastdoc);
    for (size_t i = 0; i < S->n; i++)
        for (size_t k = 0; k < S->c[i].ncon; k++) {
            uint32_t id = S->c[i].con[k];
            uint32_t g = (uint32_t)S->group[S->c[i].doc];
            if (!S->inlang[S->c[i].doc] || S->c[i].copy) continue;
            if (S->lastdoc[id] != g) { S->lastdoc[id] = g; S->df[id]++; }
        }
    /* idf of each concept and its sum over each sentence, for weighted_overlap */
    S->idf = pr_malloc((S->nw ? S->nw : 1) * sizeof *S->idf);
    if (!S->idf) return PRECIS_ERR_NOMEM;
    double nd = (double)st->n_docs;
    for (size_t id = 0; id < S->nw; id++) S->idf[id] = log(1.0 + nd / (double)(S->df[id] ? S->df[id] : 1));
    for (size_t i = 0; i < S->n; i++) {
        double tot = 0;
        for (size_t k = 0; k < S->c[i].ncon; k++) tot += S->idf[S->c[i].con[k]];
        S->c[i].idf_tot = tot;
    }
    /* weights: document frequency; bigrams count double (they carry facts, not topics);
     * with one document, term frequency stands in (a concept said twice matters). */
    uint32_t *tf = NULL;
    if (S->ngroups <= 1) {
        tf = pr_calloc(S->nw, sizeof *tf);
        if (!tf) return PRECIS_ERR_NOMEM;
        for (size_t i = 0; i < S->n; i++)
            for (size_t k = 0; k < S->c[i].ncon; k++) tf[S->c[i].con[k]]++;
    }
    for (size_t i = 0; i < S->n; i++) {
        cand *c = &S->c[i];
        for (size_t k = 0; k < c->ncon; k++) {
            uint32_t id = c->con[k];
            double f = tf ? (double)tf[id] : (double)S->df[id];
            double w = f >= 2 ? f : W_ONE * f;
            S->w[id] = k < c->nuni ? W_UNI * w : W_BI * w;
            if (k >= c->nuni && has_digit(pr_intern_str(&S->in, id))) S->w[id] *= 1.0 + FIGURE_BOOST;
        }
    }
    pr_free(tf);
    precis_status sst = compute_support(S);
    if (sst != PRECIS_OK) return sst;
    return title_boost(S);
oom:
    pr_buf_free(&sc.low);
    pr_free(sc.tmp);
    pr_free(sc.bi);
    return PRECIS_ERR_NOMEM;
}

static double gain(const summ *S, const cand *c, const uint8_t *covered)
{
    double g = 0;
    for (size_t k = 0; k < c->ncon; k++)
        if (!covered[c->con[k]]) g += S->w[c->con[k]];
    return g;
}

/* Share of a's unigram concepts found in b. */
static double overlap(const cand *a, const cand *b)
{
    if (!a->nuni) return 0;
    return (double)pr_u32_shared(a->con, a->nuni, b->con, b->nuni) / (double)a->nuni;
}

static double elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/* The position prior's weight: POS_PRIOR, or POS_PRIOR_ONE when the story has one independent
 * source (no sentence is told by another, so coverage across documents says nothing and the
 * article's own order is the best guide: the lead is the summary of a single news article that
 * extractive methods rarely beat). */
static double prior(const summ *S, const cand *c)
{
    double pw = S->ngroups <= 1 ? POS_PRIOR_ONE : POS_PRIOR;
    return (1.0 + pw * (1.0 - c->pos)) * (1.0 + SUPPORT * c->support);
}

/* Is the sentence before candidate i in its document chosen (candidates are stored sentence by
 * sentence, document by document)? */
static bool prev_chosen(const summ *S, size_t i)
{
    return i > 0 && S->c[i - 1].doc == S->c[i].doc && S->c[i - 1].chosen;
}

/* May candidate i be chosen now: it is readable, or it points back and the sentence before it in
 * its document is chosen. */
static bool eligible(const summ *S, size_t i)
{
    const cand *c = &S->c[i];
    /* (the sentences inside a quotation come only with the whole of it: unit_start) */
    if (c->ok) return true;
    if (!prev_chosen(S, i)) return false;
    return c->follow || (c->qclose && S->c[i - 1].qopen);
}

/* Does the brief name what c's definite description refers to: no such description, or a
 * sentence in `covered` (bit 1: the chosen ones) holds its noun? */
static bool named(const cand *c, const uint8_t *covered)
{
    return c->def == NO_DEF || (covered[c->def] & 1);
}

/* Do a and b tell the same (most of either's words in the other)? */
static bool repeats(const cand *a, const cand *b)
{
    return overlap(a, b) > DUP_OVERLAP || overlap(b, a) > DUP_OVERLAP;
}

/* Does candidate i repeat one of the chosen sentences? Within one search chosen[] only grows, so
 * seen[i] remembers how many of them i was already compared with (SEEN_DUP once it repeats one):
 * each pair is compared once per search instead of once per step. seen[] is zeroed when a search
 * starts. */
#define SEEN_DUP SIZE_MAX
static bool near_dup(const summ *S, size_t i, const size_t *chosen, size_t nch, size_t *seen)
{
    if (seen[i] == SEEN_DUP) return true;
    for (size_t k = seen[i]; k < nch; k++)
        if (repeats(&S->c[i], &S->c[chosen[k]])) { seen[i] = SEEN_DUP; return true; }
    seen[i] = nch;
    return false;
}

/* The first sentence of the unit that candidate i closes: its antecedent when it points back
 * and the antecedent may be chosen, the opening half when it closes a quotation (across the
 * sentences inside it); a bare quotation (qbare) comes only after the sentence before it, so
 * its unit opens on that sentence when it is readable and not chosen yet, on the opening half
 * when it is chosen, and there is none otherwise. i itself when it stands alone (no unit). */
static size_t unit_start(const summ *S, size_t i)
{
    const cand *c = &S->c[i];
    if (i == 0 || S->c[i - 1].doc != c->doc) return i;
    if (c->follow && eligible(S, i - 1)) return i - 1;
    if (!c->qclose) return i;
    size_t u = i - 1;
    while (u > 0 && S->c[u].qmid && S->c[u - 1].doc == c->doc) u--;
    if (!S->c[u].qopen || S->c[u].doc != c->doc || i - u >= QUOTE_SPAN) return i; /* (a longer one is no passage) */
    if (!S->c[u].qbare || prev_chosen(S, u)) return u;
    return u > 0 && S->c[u - 1].doc == c->doc && S->c[u - 1].ok ? u - 1 : i;
}

/* One budgeted greedy pass with length exponent r: picks by prior-weighted gain / words^r,
 * skipping near-duplicates. Writes the picks to chosen[] and returns the objective: the sum of
 * each pick's prior-weighted marginal gain. `covered` is scratch (nw bytes). */
static double greedy_pass(summ *S, unsigned budget, double r, uint8_t *covered, size_t *chosen,
                          size_t *nchosen, size_t *seen, const struct timespec *t0, double cap_ms)
{
    memset(covered, 0, S->nw ? S->nw : 1);
    memset(seen, 0, (S->n + 1) * sizeof *seen);
    size_t used = 0, nch = 0;
    double obj = 0;
    for (;;) {
        double best = 0, bestgain = 0;
        size_t bi = SIZE_MAX;
        size_t bu = SIZE_MAX; /* first sentence of the chosen unit */
        for (size_t i = 0; i < S->n; i++) {
            cand *c = &S->c[i];
            if (c->chosen || used + c->words > budget) continue;
            if (eligible(S, i) && named(c, covered)) {
                double g = gain(S, c, covered) * prior(S, c);
                double v = g / pow((double)c->words, r);
                if (v > best && !near_dup(S, i, chosen, nch, seen)) { best = v; bi = i; bestgain = g; bu = i; }
                continue;
            }
            /* a sentence that points back with its antecedent, or the last half of a quotation
             * with the rest of it: one move */
            size_t u = unit_start(S, i);
            if (u == i || !named(&S->c[u], covered)) continue;
            size_t w = 0;
            bool dup = false;
            for (size_t p = u; p <= i && !dup; p++) {
                w += S->c[p].words;
                dup = S->c[p].chosen || near_dup(S, p, chosen, nch, seen);
            }
            if (dup || used + w > budget) continue;
            double g = 0;
            for (size_t p = u; p <= i; p++) {
                const cand *m = &S->c[p];
                g += gain(S, m, covered) * prior(S, m);
                for (size_t k = 0; k < m->ncon; k++) covered[m->con[k]] |= 2;
            }
            for (size_t p = u; p <= i; p++)
                for (size_t k = 0; k < S->c[p].ncon; k++) covered[S->c[p].con[k]] &= 1;
            double v = g / pow((double)w, r);
            if (v > best) { best = v; bi = i; bestgain = g; bu = u; }
        }
        if (bi == SIZE_MAX) break;
        for (size_t p = bu; p <= bi; p++) {
            cand *c = &S->c[p];
            c->chosen = true; /* temporarily, so the scan skips it */
            chosen[nch++] = p;
            used += c->words;
            for (size_t k = 0; k < c->ncon; k++) covered[c->con[k]] = 1;
        }
        obj += bestgain;
        if (elapsed_ms(t0) > cap_ms) break;
    }
    for (size_t k = 0; k < nch; k++) S->c[chosen[k]].chosen = false;
    *nchosen = nch;
    return obj;
}

/* The objective every search is judged by: the weight of the concepts covered, plus for each
 * sentence a bonus for its position (the prior's share of half its own concept weight). Linear
 * in the choice, so the integer program below optimises exactly this. */
static double bonus(const summ *S, const cand *c)
{
    double own = 0;
    for (size_t k = 0; k < c->ncon; k++) own += S->w[c->con[k]];
    return (prior(S, c) - 1.0) * 0.5 * own;
}

static double set_value(const summ *S, const size_t *idx, size_t n, uint8_t *covered)
{
    memset(covered, 0, S->nw ? S->nw : 1);
    double v = 0;
    for (size_t k = 0; k < n; k++) v += bonus(S, &S->c[idx[k]]);
    for (size_t k = 0; k < n; k++) {
        const cand *c = &S->c[idx[k]];
        v += gain(S, c, covered);
        for (size_t q = 0; q < c->ncon; q++) covered[c->con[q]] = 1;
    }
    return v;
}

/* Exact selection by integer programming (Gillick & Favre 2009) over the best ILP_POOL
 * candidates: maximise sum_i w_i c_i + sum_j b_j s_j subject to sum_j len_j s_j <= budget,
 * s_j <= c_i for every concept i of sentence j, c_i <= sum_{j containing i} s_j, and
 * s_a + s_b <= 1 for near-duplicate pairs; b_j is the position prior's share of sentence j's
 * own concept weight. GLPK's branch-and-cut runs under the time cap; returns true and marks the
 * chosen sentences when it found an integer solution at least as good as `floor`. */
#define ILP_POOL 40
static int cmp_score(const void *a, const void *b)
{
    double x = ((const double *)a)[0], y = ((const double *)b)[0];
    return x > y ? -1 : x < y;
}

#define ILP_NODES 200
static void ilp_node_cap(glp_tree *T, void *info)
{
    long *nodes = info;
    if (glp_ios_reason(T) == GLP_ISELECT && ++*nodes > ILP_NODES) glp_ios_terminate(T);
}

static bool ilp_select(summ *S, unsigned budget, double cap_ms, double floor)
{
    double (*rank)[2] = pr_malloc((S->n + 1) * sizeof *rank);
    uint8_t *none = pr_calloc(S->nw ? S->nw : 1, 1);
    int32_t *col = pr_malloc((S->nw ? S->nw : 1) * sizeof *col);
    size_t *sel = pr_malloc((2 * ILP_POOL + 1) * sizeof *sel);
    bool ok = false;
    glp_prob *P = NULL;
    int *ia = NULL, *ja = NULL;
    double *ar = NULL;
    if (!rank || !none || !col || !sel) goto out;
    size_t m = 0;
    for (size_t i = 0; i < S->n; i++) {
        const cand *c = &S->c[i];
        if (!c->ok || c->def != NO_DEF || c->words > budget || !c->words) continue;
        rank[m][0] = gain(S, c, none) * prior(S, c) / (double)c->words;
        rank[m][1] = (double)i;
        m++;
    }
    if (m == 0) goto out;
    qsort(rank, m, sizeof *rank, cmp_score);
    if (m > ILP_POOL) m = ILP_POOL;
    /* the sentence after each pooled one, when it points back: it may join with it (the row
     * s_follow <= s_antecedent below) */
    size_t m0 = m;
    for (size_t k = 0; k < m0; k++) {
        size_t i = (size_t)rank[k][1];
        if (i + 1 < S->n && S->c[i + 1].follow && S->c[i + 1].doc == S->c[i].doc && S->c[i + 1].words &&
            S->c[i + 1].words <= budget) {
            rank[m][0] = 0;
            rank[m][1] = (double)(i + 1);
            m++;
        }
    }
    P = glp_create_prob();
    glp_set_obj_dir(P, GLP_MAX);
    /* columns: sentences 1..m, then concepts */
    glp_add_cols(P, (int)m);
    for (size_t k = 0; k < m; k++) {
        const cand *c = &S->c[(size_t)rank[k][1]];
        glp_set_col_kind(P, (int)k + 1, GLP_BV);
        glp_set_obj_coef(P, (int)k + 1, bonus(S, c));
    }
    for (size_t i = 0; i < S->nw; i++) col[i] = -1;
    int ncol = (int)m;
    size_t nnz = 0;
    /* row 1: budget */
    glp_add_rows(P, 1);
    glp_set_row_bnds(P, 1, GLP_UP, 0.0, (double)budget);
    /* arrays sized generously: budget row + 2 entries per (sentence, concept) + dup pairs */
    size_t total = 1 + m;
    /* per (sentence, concept): two entries in its s <= c row, one in the concept's row; plus
     * one per distinct concept (at most one per pair) */
    for (size_t k = 0; k < m; k++) total += 4 * S->c[(size_t)rank[k][1]].ncon;
    total += m * m + 2 * m;
    ia = pr_malloc((total + 1) * sizeof *ia);
    ja = pr_malloc((total + 1) * sizeof *ja);
    ar = pr_malloc((total + 1) * sizeof *ar);
    if (!ia || !ja || !ar) goto out;
    nnz = 0;
    int row = 1;
    for (size_t k = 0; k < m; k++) {
        nnz++; ia[nnz] = 1; ja[nnz] = (int)k + 1; ar[nnz] = (double)S->c[(size_t)rank[k][1]].words;
    }
    /* concept columns and s_j <= c_i rows */
    for (size_t k = 0; k < m; k++) {
        const cand *c = &S->c[(size_t)rank[k][1]];
        for (size_t q = 0; q < c->ncon; q++) {
            uint32_t id = c->con[q];
            if (S->w[id] <= 0) continue;
            if (col[id] < 0) {
                glp_add_cols(P, 1);
                col[id] = ++ncol;
                glp_set_col_kind(P, ncol, GLP_BV);
                glp_set_obj_coef(P, ncol, S->w[id]);
            }
            glp_add_rows(P, 1);
            row++;
            glp_set_row_bnds(P, row, GLP_UP, 0.0, 0.0); /* s_j - c_i <= 0 */
            nnz++; ia[nnz] = row; ja[nnz] = (int)k + 1; ar[nnz] = 1.0;
            nnz++; ia[nnz] = row; ja[nnz] = col[id]; ar[nnz] = -1.0;
        }
    }
    /* c_i <= sum of its sentences: one row per concept */
    int first_concept_row = row + 1;
    int nconcepts = ncol - (int)m;
    if (nconcepts > 0) {
        glp_add_rows(P, nconcepts);
        for (int r = 0; r < nconcepts; r++) glp_set_row_bnds(P, first_concept_row + r, GLP_UP, 0.0, 0.0);
        for (size_t i = 0; i < S->nw; i++)
            if (col[i] >= 0) { nnz++; ia[nnz] = first_concept_row + (col[i] - (int)m - 1); ja[nnz] = col[i]; ar[nnz] = 1.0; }
        for (size_t k = 0; k < m; k++) {
            const cand *c = &S->c[(size_t)rank[k][1]];
            for (size_t q = 0; q < c->ncon; q++) {
                int cc = col[c->con[q]];
                if (cc < 0) continue;
                nnz++; ia[nnz] = first_concept_row + (cc - (int)m - 1); ja[nnz] = (int)k + 1; ar[nnz] = -1.0;
            }
        }
        row += nconcepts;
    }
    /* near-duplicates exclude each other */
    for (size_t a = 0; a < m; a++)
        for (size_t b = a + 1; b < m; b++) {
            const cand *x = &S->c[(size_t)rank[a][1]], *y = &S->c[(size_t)rank[b][1]];
            if (!repeats(x, y)) continue;
            glp_add_rows(P, 1);
            row++;
            glp_set_row_bnds(P, row, GLP_UP, 0.0, 1.0);
            nnz++; ia[nnz] = row; ja[nnz] = (int)a + 1; ar[nnz] = 1.0;
            nnz++; ia[nnz] = row; ja[nnz] = (int)b + 1; ar[nnz] = 1.0;
        }
    /* a sentence that points back only with its antecedent */
    for (size_t f = m0; f < m; f++)
        for (size_t a = 0; a < m0; a++)
            if ((size_t)rank[a][1] + 1 == (size_t)rank[f][1]) {
                glp_add_rows(P, 1);
                row++;
                glp_set_row_bnds(P, row, GLP_UP, 0.0, 0.0);
                nnz++; ia[nnz] = row; ja[nnz] = (int)f + 1; ar[nnz] = 1.0;
                nnz++; ia[nnz] = row; ja[nnz] = (int)a + 1; ar[nnz] = -1.0;
            }
    glp_load_matrix(P, (int)nnz, ia, ja, ar);
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    /* A node budget, not the clock, bounds the search, so the same input always gives the same
     * brief; the time cap is only a safety net (a result it cut short is not used). */
    long nodes = 0;
    parm.cb_func = ilp_node_cap;
    parm.cb_info = &nodes;
    parm.tm_lim = cap_ms > 1 ? (int)cap_ms : 1;
    int rc = glp_intopt(P, &parm);
    int st = glp_mip_status(P);
    if ((rc == 0 || rc == GLP_ESTOP) && (st == GLP_OPT || st == GLP_FEAS)) {
        size_t nsel = 0;
        for (size_t k = 0; k < m; k++)
            if (glp_mip_col_val(P, (int)k + 1) >= 0.5) sel[nsel++] = (size_t)rank[k][1];
        double val = set_value(S, sel, nsel, none);
        if (val >= floor) {
            for (size_t i = 0; i < S->n; i++) S->c[i].chosen = false;
            for (size_t k = 0; k < nsel; k++) S->c[sel[k]].chosen = true;
            ok = true;
        }
    }
out:
    if (P) glp_delete_prob(P);
    pr_free(ia); pr_free(ja); pr_free(ar);
    pr_free(rank); pr_free(none); pr_free(col); pr_free(sel);
    return ok;
}


/* When the readable candidates run out before the budget (pages whose sentences came glued
 * together, short articles), the rest is filled from the weaker candidates, best first, still
 * without near-duplicates: a short brief loses more content than a long sentence costs. */
static void fill(summ *S, unsigned budget, uint8_t *covered, size_t *chosen, size_t *seen)
{
    size_t used = 0, nch = 0;
    memset(covered, 0, S->nw ? S->nw : 1);
    memset(seen, 0, (S->n + 1) * sizeof *seen);
    for (size_t i = 0; i < S->n; i++)
        if (S->c[i].chosen) {
            chosen[nch++] = i;
            used += S->c[i].words;
            for (size_t q = 0; q < S->c[i].ncon; q++) covered[S->c[i].con[q]] = 1;
        }
    for (;;) {
        double best = 0;
        size_t bi = SIZE_MAX;
        for (size_t i = 0; i < S->n; i++) {
            cand *c = &S->c[i];
            if (c->chosen || !(c->fill || eligible(S, i)) || !named(c, covered) || used + c->words > budget) continue;
            double g = gain(S, c, covered) * prior(S, c) / (double)c->words;
            if (g > best && !near_dup(S, i, chosen, nch, seen)) { best = g; bi = i; }
        }
        if (bi == SIZE_MAX) break;
        S->c[bi].chosen = true;
        chosen[nch++] = bi;
        used += S->c[bi].words;
        for (size_t q = 0; q < S->c[bi].ncon; q++) covered[S->c[bi].con[q]] = 1;
    }
}

/* When no sentence fits the budget whole (a budget of a dozen words, a source written in long
 * sentences), the brief would be empty. The best complete candidate (readable or fill, by its
 * prior-weighted gain: the lead of a single source) is taken cut to the budget instead, and
 * ends with an ellipsis (cut_text): a clipped lead tells more than nothing. */
static void cut_fallback(summ *S, unsigned budget, uint8_t *covered)
{
    if (budget < 3) return;
    for (size_t i = 0; i < S->n; i++)
        if (S->c[i].chosen) return;
    memset(covered, 0, S->nw ? S->nw : 1);
    double best = 0;
    size_t bi = SIZE_MAX;
    for (size_t i = 0; i < S->n; i++) {
        const cand *c = &S->c[i];
        if (!(c->ok || c->fill) || c->def != NO_DEF || c->words <= budget) continue; /* a shorter one was refused */
        double g = gain(S, c, covered) * prior(S, c);
        if (g > best) { best = g; bi = i; }
    }
    if (bi == SIZE_MAX) return;
    S->c[bi].chosen = S->c[bi].cut = true;
}

/* Drops from set[1 .. n) (candidate indices in increasing order; set[0] is the sentence that
 * enters) the sentences that no longer stand: one that is readable only after the sentence
 * before it (it points back, or is the rest of a quotation) when that sentence left. Returns the
 * new count and updates *used. */
static size_t keep_units(const summ *S, size_t *set, size_t n, size_t *used)
{
    size_t m = 1;
    for (size_t k = 1; k < n; k++) {
        size_t i = set[k];
        bool alone = !S->c[i].ok && (m == 1 || set[m - 1] + 1 != i);
        if (alone) *used -= S->c[i].words;
        else set[m++] = i;
    }
    return m;
}

/* The story's main toll (the facts module's toll row that the most sources give, at least two:
 * "au moins 27 morts") is what a reader of a brief on a deadly event looks for first. When no
 * chosen sentence gives its most reported value, the best readable sentence that does enters:
 * the chosen sentences it repeats leave, then, while the budget is exceeded, the unit (a
 * sentence with those that follow it) whose removal costs the objective least. Of the sentences
 * that could enter, the one giving the best objective wins. */
static precis_status tell_toll(summ *S, unsigned budget, const pr_facts *F)
{
    if (!F) return PRECIS_OK;
    const pr_frow *row = NULL;
    for (size_t r = 0; r < F->nrows; r++)
        if (F->rows[r].toll && F->rows[r].nsrc >= 2 && (!row || F->rows[r].nsrc > row->nsrc)) row = &F->rows[r];
    if (!row || !row->nvals) return PRECIS_OK;
    const pr_fval *val = &row->vals[0]; /* the value most sources give */
    for (size_t v = 1; v < row->nvals; v++)
        if (row->vals[v].ndocs > val->ndocs) val = &row->vals[v];
    bool *has = pr_calloc(S->n + 1, sizeof *has);
    size_t *set = pr_malloc((S->n + 1) * sizeof *set), *best = pr_malloc((S->n + 1) * sizeof *best);
    size_t *tmp = pr_malloc((S->n + 1) * sizeof *tmp);
    uint8_t *cov = pr_calloc(S->nw ? S->nw : 1, 1);
    precis_status st = PRECIS_OK;
    if (!has || !set || !best || !tmp || !cov) { st = PRECIS_ERR_NOMEM; goto out; }
    /* candidates are stored document by document, one per sentence (build()) */
    for (size_t f = 0; f < F->nfigs; f++) {
        const pr_fig *g = &F->figs[f];
        if (strcmp(g->what, row->what) != 0 || g->value != val->value) continue;
        size_t i = g->sent;
        for (size_t d = 0; d < g->doc; d++) i += S->story->docs[d]->n_sents;
        if (i < S->n && S->c[i].doc == g->doc && S->c[i].sent == g->sent) has[i] = true;
    }
    for (size_t i = 0; i < S->n; i++)
        if (S->c[i].chosen && has[i]) goto out;
    double bestv = -1;
    size_t nbest = 0;
    for (size_t t = 0; t < S->n; t++) {
        const cand *ct = &S->c[t];
        if (!has[t] || !ct->ok || ct->def != NO_DEF || !ct->words || ct->words > budget) continue;
        size_t n = 0, used = ct->words;
        set[n++] = t;
        for (size_t i = 0; i < S->n; i++)
            if (S->c[i].chosen && !repeats(&S->c[i], ct)) {
                set[n++] = i;
                used += S->c[i].words;
            }
        n = keep_units(S, set, n, &used);
        while (used > budget && n > 1) {
            double bv = -1;
            size_t bk = 1, bl = 1;
            for (size_t k = 1; k < n; k++) {
                if (!S->c[set[k]].ok && k > 1 && set[k - 1] + 1 == set[k]) continue; /* leaves with the one before */
                size_t l = 1;
                while (k + l < n && set[k + l] == set[k + l - 1] + 1 && !S->c[set[k + l]].ok) l++;
                size_t m = 0;
                for (size_t q = 0; q < n; q++)
                    if (q < k || q >= k + l) tmp[m++] = set[q];
                double v = set_value(S, tmp, m, cov);
                if (v > bv) { bv = v; bk = k; bl = l; }
            }
            for (size_t q = bk; q < bk + bl; q++) used -= S->c[set[q]].words;
            memmove(set + bk, set + bk + bl, (n - bk - bl) * sizeof *set);
            n -= bl;
        }
        if (used > budget) continue;
        double v = set_value(S, set, n, cov);
        if (v > bestv) { bestv = v; nbest = n; memcpy(best, set, n * sizeof *set); }
    }
    if (nbest) {
        for (size_t i = 0; i < S->n; i++) S->c[i].chosen = false;
        for (size_t k = 0; k < nbest; k++) S->c[best[k]].chosen = true;
    }
out:
    pr_free(has); pr_free(set); pr_free(best); pr_free(tmp); pr_free(cov);
    return st;
}

/* Several greedy passes (length exponents 0 / 0.3 / 0.6 / 1: from the largest gain whatever
 * the length to the densest sentences) and the best single sentence (Khuller et al.'s fix that bounds the
 * budgeted greedy); the set with the best objective wins. */
static precis_status greedy(summ *S, unsigned budget, double cap_ms, bool exact, const pr_facts *F)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    uint8_t *covered = pr_calloc(S->nw ? S->nw : 1, 1);
    size_t *chosen = pr_malloc((S->n + 1) * sizeof *chosen);
    size_t *best = pr_malloc((S->n + 1) * sizeof *best);
    size_t *seen = pr_malloc((S->n + 1) * sizeof *seen);
    if (!covered || !chosen || !best || !seen) {
        pr_free(covered); pr_free(chosen); pr_free(best); pr_free(seen);
        return PRECIS_ERR_NOMEM;
    }
    static const double exps[] = {LEN_EXP, 0.6, 0.3, 0.0};
    double bestobj = -1;
    size_t nbest = 0;
    for (size_t e = 0; e < sizeof exps / sizeof *exps; e++) {
        size_t nch;
        greedy_pass(S, budget, exps[e], covered, chosen, &nch, seen, &t0, cap_ms);
        double obj = set_value(S, chosen, nch, covered);
        if (obj > bestobj) { bestobj = obj; nbest = nch; memcpy(best, chosen, nch * sizeof *chosen); }
        if (elapsed_ms(&t0) > cap_ms) break;
    }
    memset(covered, 0, S->nw ? S->nw : 1);
    for (size_t i = 0; i < S->n; i++) {
        if (!S->c[i].ok || S->c[i].def != NO_DEF || S->c[i].words > budget) continue;
        /* set_value() of {i}, without clearing the coverage array for each sentence */
        double g = 0;
        g += bonus(S, &S->c[i]);
        g += gain(S, &S->c[i], covered);
        if (g > bestobj) { bestobj = g; nbest = 1; best[0] = i; }
    }
    for (size_t k = 0; k < nbest; k++) S->c[best[k]].chosen = true;
    double left = cap_ms - elapsed_ms(&t0);
    if (exact && left > 5) ilp_select(S, budget, left, bestobj);
    precis_status st = tell_toll(S, budget, F);
    if (st == PRECIS_OK) {
        fill(S, budget, covered, chosen, seen);
        cut_fallback(S, budget, covered);
        /* nothing at all: half a quotation that names no speaker is better than no brief */
        bool any = false;
        for (size_t i = 0; i < S->n && !any; i++) any = S->c[i].chosen;
        if (!any) {
            for (size_t i = 0; i < S->n; i++)
                if (S->c[i].halfq) S->c[i].fill = true;
            fill(S, budget, covered, chosen, seen);
            cut_fallback(S, budget, covered);
        }
    }
    pr_free(seen);
    pr_free(best);
    pr_free(chosen);
    pr_free(covered);
    return st;
}


/* A sentence taken to fill the budget may hold half a quotation: it ends one opened in the
 * previous sentence ('Our members hope ... permanently," it said.') or opens one that goes on in
 * the next. The brief repairs it: the missing opening mark goes before the first word, the
 * missing closing mark after the last character. Returns a new string (caller frees; NULL when
 * out of memory), or `t` itself when its quotes are balanced. */
static char *mend_quotes(char *t)
{
    size_t n = strlen(t);
    qscan q = scan_quotes(t, 0, n);
    int guil = q.guil, curly = q.curly, gmiss = q.gmiss, cmiss = q.cmiss;
    size_t first = q.first;
    /* an odd straight quote closes (a letter or punctuation before it, no letter after) or opens */
    bool sopen = false, sclose = false;
    if (q.straight % 2) {
        bool closes = first > 0 && t[first - 1] != ' ' &&
                      (first + 1 >= n || t[first + 1] == ' ' || t[first + 1] == ',' || t[first + 1] == '.');
        if (closes) sopen = true; else sclose = true;
    }
    if (!guil && !curly && !gmiss && !cmiss && !sopen && !sclose) return t;
    pr_buf b;
    pr_buf_init(&b);
    for (int k = 0; k < gmiss; k++) pr_buf_puts(&b, "\u00AB ");
    for (int k = 0; k < cmiss; k++) pr_buf_puts(&b, "\u201C");
    if (sopen) pr_buf_putc(&b, '"');
    pr_buf_put(&b, t, n);
    if (sclose) pr_buf_putc(&b, '"');
    for (int k = 0; k < curly; k++) pr_buf_puts(&b, "\u201D");
    for (int k = 0; k < guil; k++) pr_buf_puts(&b, " \u00BB");
    pr_free(t);
    if (b.oom) { pr_buf_free(&b); return NULL; }
    return pr_buf_detach(&b, NULL);
}

/* Is the white space before t[i] (code point cp, next at j) a link's scar, left where a scraper
 * took a hyperlink out ("led by Senator Joe Biden , and", "The Washington Post .", "Teen Vogue 's
 * editor"): a comma or a full stop that ends a word (not ".45", not a spaced "...") or an English
 * possessive, right after a letter, a digit or a closing mark. No language writes a space there
 * (French spaces the high marks ; : ! ? only). */
static bool scar_space(const char *t, size_t e, int32_t cp, size_t j, unsigned char prev)
{
    bool after_word = (prev & 0x80) || isalnum(prev) || prev == ')' || prev == '"' ||
                      (cp == ',' && prev == '.'); /* "General Motors Corp. , Ford" */
    if (!after_word) return false;
    size_t after = j;
    int32_t nx = j < e ? pr_utf8_next(t, e, &after) : ' ';
    if (cp == ',' || cp == '.')
        return nx == ' ' || nx == '\n' || nx == '"' || nx == ')' || nx == 0x201D || nx == 0x2019;
    if ((cp == '\'' || cp == 0x2019) && nx == 's') {
        unsigned char n2 = j + 1 < e ? (unsigned char)t[j + 1] : ' ';
        return !isalnum(n2) && !(n2 & 0x80) && isalpha(prev);
    }
    return false;
}

/* The text of [s, e) on one line: each run of white space (newlines and Unicode spaces
 * included) becomes one space, none before a link's scar (scar_space()), zero-width characters
 * go. Returns NULL when out of memory; the caller frees. */
static char *flatten(const char *t, size_t s, size_t e)
{
    pr_buf b;
    pr_buf_init(&b);
    size_t run = 0, run_at = 0; /* the current run of spaces: its length and first byte */
    size_t i = s;
    while (i < e) {
        size_t j = i;
        int32_t cp = pr_utf8_next(t, e, &j);
        if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
            /* zero-width characters: nothing to show */
        } else if (pr_cp_is_space(cp)) {
            if (!run++) run_at = i;
        } else {
            /* one no-break space stays ("«\u00A0oui\u00A0»", "mot\u202F:"); any other run is one space */
            if (run && b.len && !(run == 1 && t[run_at] == ' ' && scar_space(t, e, cp, j, (unsigned char)b.data[b.len - 1]))) {
                size_t k = run_at;
                int32_t sc = pr_utf8_next(t, e, &k);
                if (run == 1 && (sc == 0xA0 || sc == 0x202F)) pr_buf_put(&b, t + run_at, k - run_at);
                else pr_buf_putc(&b, ' ');
            }
            run = 0;
            pr_buf_put(&b, t + i, j - i);
        }
        i = j;
    }
    if (b.oom) { pr_buf_free(&b); return NULL; }
    return pr_buf_detach(&b, NULL);
}

/* Cuts the flattened sentence t after its first n words (words as the budget counts them), at
 * the last clause boundary (, ; : or a dash) when that keeps at least half of them, and ends it
 * with an ellipsis. Returns a new string (caller frees; NULL when out of memory); t is freed. */
static char *cut_text(char *t, unsigned n)
{
    size_t len = strlen(t), i = 0, end = len, clause = 0;
    unsigned words = 0, at_clause = 0;
    bool in = false;
    while (i < len) {
        size_t at = i;
        int32_t cp = pr_utf8_next(t, len, &i);
        bool w = pr_cp_is_word(cp);
        if (w && !in && words++ == n) { end = at; break; }
        if (!w && in && (cp == ',' || cp == ';' || cp == ':' || cp == 0x2013 || cp == 0x2014)) {
            clause = at;
            at_clause = words;
        }
        in = w;
    }
    if (clause && at_clause * 2 >= n) end = clause;
    /* no space, comma or opening bracket before the ellipsis */
    while (end > 0) {
        char ch = t[end - 1];
        if (ch == ' ' || ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == '-') end--;
        else break;
    }
    pr_buf b;
    pr_buf_init(&b);
    pr_buf_put(&b, t, end);
    pr_buf_puts(&b, "\u2026");
    pr_free(t);
    if (b.oom) { pr_buf_free(&b); return NULL; }
    return pr_buf_detach(&b, NULL);
}

typedef struct ord { size_t idx; double key; } ord;
/* A chosen sentence whose definite description refers back ("the war") and that does not come
 * right after its antecedent goes after the first chosen sentence that names the noun, when
 * that one would come later, with the sentences that follow it (same key: they keep their
 * order by index). `o` holds the chosen sentences in index order. */
static void name_first(const summ *S, ord *o, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const cand *c = &S->c[o[k].idx];
        if (c->def == NO_DEF || (k > 0 && o[k - 1].idx + 1 == o[k].idx && o[k - 1].key == o[k].key)) continue;
        double first = INFINITY;
        for (size_t j = 0; j < n; j++) {
            const cand *x = &S->c[o[j].idx];
            if (j != k && o[j].key < first && has_id(x->con, x->nuni, c->def)) first = o[j].key;
        }
        if (first == INFINITY || first <= o[k].key) continue;
        double key = nextafter(first, INFINITY), old = o[k].key;
        for (size_t j = k; j < n && (j == k || (o[j].idx == o[j - 1].idx + 1 && o[j].key == old)); j++) o[j].key = key;
    }
}

static int cmp_ord(const void *a, const void *b)
{
    const ord *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Every document with a sentence that covers most of c's concepts reports it. */
static precis_status attribute(const summ *S, const cand *c, pr_bsent *out)
{
    size_t nd = S->story->n_docs;
    out->src = pr_malloc(nd * sizeof *out->src);
    if (!out->src) return PRECIS_ERR_NOMEM;
    out->n_src = 0;
    out->src[out->n_src++] = c->doc;
    /* sentences are stored doc by doc: find each doc's range once */
    size_t i = 0;
    for (size_t d = 0; d < nd; d++) {
        size_t j = i;
        while (j < S->n && S->c[j].doc == d) j++;
        if (d != c->doc) {
            double best = 0;
            for (size_t k = i; k < j; k++) {
                double o = weighted_overlap(S, c, &S->c[k]);
                if (o > best) best = o;
            }
            if (best >= 0.5) out->src[out->n_src++] = d;
        }
        i = j;
    }
    return PRECIS_OK;
}

/* Appends sentence c (flattened: `t`, taken) to passage p, a space between: its words, and the
 * documents reporting it that p does not cite yet. */
static precis_status join_passage(const summ *S, const cand *c, pr_bsent *p, char *t)
{
    pr_bsent one = {0};
    precis_status st = t ? attribute(S, c, &one) : PRECIS_ERR_NOMEM;
    char *j = NULL;
    if (st == PRECIS_OK) {
        size_t a = strlen(p->text), b = strlen(t);
        j = pr_malloc(a + b + 2);
        if (!j) st = PRECIS_ERR_NOMEM;
        else {
            memcpy(j, p->text, a);
            j[a] = ' ';
            memcpy(j + a + 1, t, b + 1);
            pr_free(p->text);
            p->text = j;
            p->words += c->words;
            for (size_t k = 0; k < one.n_src; k++) {
                size_t m = 0;
                while (m < p->n_src && p->src[m] != one.src[k]) m++;
                if (m < p->n_src) continue;
                /* after the passage's own document, in document order (p->src has room for all) */
                while (m > 1 && p->src[m - 1] > one.src[k]) { p->src[m] = p->src[m - 1]; m--; }
                p->src[m] = one.src[k];
                p->n_src++;
            }
        }
    }
    pr_free(one.src);
    pr_free(t);
    return st;
}

precis_status pr_summ_new(const precis_story *story, pr_summ **out)
{
    *out = NULL;
    summ *S = pr_calloc(1, sizeof *S);
    if (!S) return PRECIS_ERR_NOMEM;
    S->story = story;
    pr_intern_init(&S->in);
    precis_status st = build(S);
    if (st != PRECIS_OK) {
        pr_summ_free(S);
        return st;
    }
    *out = S;
    return PRECIS_OK;
}

void pr_summ_free(pr_summ *S)
{
    if (!S) return;
    for (size_t i = 0; i < S->n; i++) pr_free(S->c[i].con);
    pr_free(S->c);
    pr_free(S->w);
    pr_free(S->idf);
    pr_free(S->df);
    pr_free(S->lastdoc);
    pr_free(S->group);
    pr_free(S->inlang);
    pr_free(S->pstart);
    pr_free(S->post);
    pr_intern_free(&S->in);
    pr_free(S);
}

precis_status pr_summ_select(pr_summ *S, unsigned budget, precis_brief *brief)
{
    const precis_story *story = S->story;
    for (size_t i = 0; i < S->n; i++) S->c[i].chosen = S->c[i].cut = false; /* an earlier selection's */
    precis_status st = greedy(S, budget, story->ctx->opt.time_cap_ms, (story->ctx->opt.flags & PRECIS_OPT_EXACT) != 0, brief->facts);
    if (st == PRECIS_OK) {
        size_t nch = 0;
        for (size_t i = 0; i < S->n; i++) nch += S->c[i].chosen;
        ord *o = pr_malloc((nch + 1) * sizeof *o);
        if (!o) st = PRECIS_ERR_NOMEM;
        else {
            size_t k = 0;
            /* by relative position; a sentence that points back goes right after its antecedent
             * (same key, and candidates of one document are in sentence order) */
            for (size_t i = 0; i < S->n; i++)
                if (S->c[i].chosen) {
                    bool after = k > 0 && o[k - 1].idx == i - 1 && S->c[i - 1].doc == S->c[i].doc && !S->c[i].ok;
                    o[k].idx = i;
                    o[k].key = after ? o[k - 1].key : S->c[i].pos;
                    k++;
                }
            name_first(S, o, nch);
            qsort(o, nch, sizeof *o, cmp_ord);
            for (k = 0; k < nch && st == PRECIS_OK; k++) {
                const cand *c = &S->c[o[k].idx];
                const precis_doc *d = story->docs[c->doc];
                size_t ci = o[k].idx;
                /* the rest of a quotation that spans sentences joins the passage its opening
                 * half began: one line, one list of sources, the quote whole */
                if (k > 0 && brief->n > 0 && o[k - 1].idx + 1 == ci && (c->qclose || c->qmid) &&
                    (S->c[ci - 1].qopen || S->c[ci - 1].qmid)) {
                    st = join_passage(S, c, &brief->s[brief->n - 1], flatten(d->text, c->start, d->sents[c->sent].end));
                    if (st == PRECIS_OK) brief->words += c->words;
                    continue;
                }
                if (!PR_GROW(brief->s, brief->cap, brief->n + 1)) { st = PRECIS_ERR_NOMEM; break; }
                pr_bsent *b = &brief->s[brief->n];
                memset(b, 0, sizeof *b);
                b->text = flatten(d->text, c->start, d->sents[c->sent].end);
                if (b->text && c->cut) b->text = cut_text(b->text, budget);
                if (!b->text) { st = PRECIS_ERR_NOMEM; break; }
                brief->n++;
                b->doc = c->doc;
                b->sent = c->sent;
                b->words = c->cut ? pr_count_words(b->text, strlen(b->text)) : c->words;
                brief->words += b->words;
                st = attribute(S, c, b);
            }
            /* a passage that holds half a quotation gets the missing mark (a whole one is
             * balanced and left as it is) */
            for (size_t i = 0; i < brief->n && st == PRECIS_OK; i++)
                if (!(brief->s[i].text = mend_quotes(brief->s[i].text))) st = PRECIS_ERR_NOMEM;
            pr_free(o);
        }
    }
    return st;
}
