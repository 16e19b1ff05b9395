/*
 * html.c — the main text of a web page, and what was dropped and why.
 *
 * Method (a block classifier in the line of jusText and Boilerpipe, with a DOM container
 * choice in the line of Readability; numbers tuned on nothing site-specific):
 *   1. bytes -> valid UTF-8 (charset.c) -> libxml2's HTML parser (recovering, no network),
 *      driven through SAX: no tree is built;
 *   2. one pass over the parser's events, with an explicit stack of open elements (no
 *      recursion), that gathers metadata (html_meta.c), skips what a reader never sees
 *      (script, style, template, forms' controls, hidden elements; not noscript, where some
 *      blog platforms put the article for readers without scripts) and cuts the page into
 *      blocks at block-level elements (p, div, li, h1-h6, td, blockquote, ...). Each block
 *      remembers its text, how much of it is link text, the element that owns it and the
 *      nearest ancestor whose tag, class, id or role names a kind of boilerplate (nav, footer,
 *      aside, comment, share, related, byline, caption, cookie, newsletter, ad, ...);
 *   3. per-block features: length, link density, stopword density in the page's language
 *      (lang.c's lists), sentence punctuation; a first class: good, near-good, short, bad;
 *      JSON-LD articleBody, when the page has one, vouches for the blocks it contains;
 *   4. the main container: every block adds a weight (its good text, minus its link or
 *      boilerplate text) to its ancestors, and the element with the largest sum wins —
 *      the tightest element holding the most article text and the least noise. A boilerplate
 *      hint on an element that holds most of the page's good text is ignored (a site's
 *      "has-sidebar" wrapper is not a sidebar); a winner holding little of the page's good
 *      text gives way to the element where noise counts half, if it holds much more;
 *   5. selection inside the container, with context smoothing (jusText's idea): good blocks
 *      stay, bad and hinted ones go, short ones stay when good text surrounds them, headings
 *      when good text follows; good blocks just outside the container (a lead paragraph in a
 *      sibling element) are taken in, and so is the plain text between the article's headline
 *      (the h1 repeating the title) and the container; cue phrases and furniture labels
 *      (data/boilerplate, data/webcues), copyright credits, figure legends (data/legends) and
 *      cookie notices go, and a sub-heading goes with the boilerplate that follows it; the h1
 *      repeating the title goes to the metadata; last, appeals to the reader, disclosures and
 *      the author's bio go, by their words (data/appeals), when short or at the article's
 *      head or tail. In smoothing, captions and bylines are neutral and a near-good block
 *      looks past short link lines; a block outside C that opens like the page's
 *      description is kept; when C keeps nothing, the best element without hints is tried
 *      before giving up;
 *   6. kept blocks joined with '\n' (headings, list items, quotes, cells each on their own
 *      line), NFC-normalized; every dropped block is recorded with its reason.
 * Limits: the parse stops at an element nested deeper than 256 (libxml2's tree builder did;
 * the text before it is kept); the page size is capped by the caller (options.max_input_bytes).
 * Time and memory are linear in the page size.
 */
#include "html.h"
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <string.h>

/* ---- sniffing ---- */

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Does s[0, n) start with the lower-case literal lit, in any case? */
static bool ci_prefix(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (n < k) return false;
    for (size_t i = 0; i < k; i++) if (lc((unsigned char)s[i]) != lit[i]) return false;
    return true;
}

/* Does s[0, n) hold lit (which starts with '<'), in any case? */
static bool has_ci(const char *s, size_t n, const char *lit)
{
    for (const char *p = s; (p = memchr(p, '<', n - (size_t)(p - s))) != NULL; p++)
        if (ci_prefix(p, n - (size_t)(p - s), lit)) return true;
    return false;
}

bool pr_sniff_html(const char *data, size_t len)
{
    const unsigned char *u = (const unsigned char *)data;
    size_t i = 0;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) i = 3;
    while (i < len && (u[i] == ' ' || u[i] == '\t' || u[i] == '\n' || u[i] == '\r' || u[i] == '\f')) i++;
    size_t n = len - i < 4096 ? len - i : 4096;
    const char *s = data + i;
    static const char *const strong[] = {"<!doctype html", "<html", "<head", "<body", "<meta ", "<title>"};
    static const char *const weak[] = {"<div", "<p>", "<p ", "<br", "<table", "<article", "<span",
                                       "<a href", "<h1", "<h2", "<ul", "<script", "<section", "<!--"};
    for (size_t k = 0; k < sizeof strong / sizeof strong[0]; k++)
        if (has_ci(s, n, strong[k])) return true;
    if (n == 0 || s[0] != '<') return false;
    /* a fragment starting with a tag: at least two known tags */
    int hits = 0;
    for (size_t k = 0; k < sizeof weak / sizeof weak[0]; k++)
        if (has_ci(s, n, weak[k])) hits++;
    return hits >= 2;
}

/* ---- tags ---- */

enum {
    F_SKIP = 1,     /* never descend (content not shown as text) */
    F_BLOCK = 2,    /* starts and ends a block */
    F_META = 4,     /* look at it for metadata */
};
enum { K_DIV, K_P, K_H1, K_H, K_LI, K_QUOTE, K_PRE, K_CELL, K_CAP };
enum { T_OTHER, T_A, T_BR, T_HTML, T_BODY, T_ARTICLE, T_MAIN, T_NAV, T_FOOTER, T_ASIDE, T_HEADER,
       T_FIGURE, T_FIGCAPTION, T_SPAN, T_DIALOG, T_H1, T_SECTION };

typedef struct tag_info { const char *name; uint8_t flags, kind, id; } tag_info;

static const tag_info tags[] = {
    {"a", F_META, K_DIV, T_A}, {"address", F_BLOCK, K_DIV, 0}, {"applet", F_SKIP, 0, 0},
    {"area", F_SKIP, 0, 0}, {"article", F_BLOCK, K_DIV, T_ARTICLE}, {"aside", F_BLOCK, K_DIV, T_ASIDE},
    {"audio", F_SKIP, 0, 0}, {"blockquote", F_BLOCK, K_QUOTE, 0}, {"body", F_BLOCK, K_DIV, T_BODY},
    {"br", 0, 0, T_BR}, {"button", F_SKIP, 0, 0}, {"canvas", F_SKIP, 0, 0},
    {"caption", F_BLOCK, K_CAP, 0}, {"center", F_BLOCK, K_DIV, 0}, {"datalist", F_SKIP, 0, 0},
    {"dd", F_BLOCK, K_LI, 0}, {"details", F_BLOCK, K_DIV, 0}, {"dialog", F_SKIP, 0, T_DIALOG},
    {"dir", F_BLOCK, K_DIV, 0}, {"div", F_BLOCK, K_DIV, 0}, {"dl", F_BLOCK, K_DIV, 0},
    {"dt", F_BLOCK, K_LI, 0}, {"embed", F_SKIP, 0, 0}, {"fieldset", F_BLOCK, K_DIV, 0},
    {"figcaption", F_BLOCK, K_CAP, T_FIGCAPTION}, {"figure", F_BLOCK, K_DIV, T_FIGURE},
    {"footer", F_BLOCK, K_DIV, T_FOOTER}, {"form", F_BLOCK, K_DIV, 0}, {"frameset", F_SKIP, 0, 0},
    {"h1", F_BLOCK, K_H1, T_H1}, {"h2", F_BLOCK, K_H, 0}, {"h3", F_BLOCK, K_H, 0},
    {"h4", F_BLOCK, K_H, 0}, {"h5", F_BLOCK, K_H, 0}, {"h6", F_BLOCK, K_H, 0},
    {"head", F_META, 0, 0}, {"header", F_BLOCK, K_DIV, T_HEADER}, {"hgroup", F_BLOCK, K_DIV, 0},
    {"hr", F_BLOCK, K_DIV, 0}, {"html", F_META | F_BLOCK, K_DIV, T_HTML}, {"iframe", F_SKIP, 0, 0},
    {"input", F_SKIP, 0, 0}, {"legend", F_BLOCK, K_DIV, 0}, {"li", F_BLOCK, K_LI, 0},
    {"link", F_SKIP | F_META, 0, 0}, {"main", F_BLOCK, K_DIV, T_MAIN}, {"map", F_SKIP, 0, 0},
    {"math", F_SKIP, 0, 0}, {"menu", F_BLOCK, K_DIV, T_NAV}, {"meta", F_SKIP | F_META, 0, 0},
    {"meter", F_SKIP, 0, 0}, {"nav", F_BLOCK, K_DIV, T_NAV}, {"noembed", F_SKIP, 0, 0},
    {"noframes", F_SKIP, 0, 0}, {"noscript", F_BLOCK, K_DIV, 0}, {"object", F_SKIP, 0, 0},
    {"ol", F_BLOCK, K_DIV, 0}, {"optgroup", F_SKIP, 0, 0}, {"option", F_SKIP, 0, 0},
    {"p", F_BLOCK, K_P, 0}, {"param", F_SKIP, 0, 0}, {"picture", F_SKIP, 0, 0},
    {"pre", F_BLOCK, K_PRE, 0}, {"progress", F_SKIP, 0, 0}, {"script", F_SKIP | F_META, 0, 0},
    {"section", F_BLOCK, K_DIV, T_SECTION}, {"select", F_SKIP, 0, 0}, {"source", F_SKIP, 0, 0},
    {"span", 0, 0, T_SPAN}, {"style", F_SKIP, 0, 0}, {"summary", F_BLOCK, K_DIV, 0},
    {"svg", F_SKIP, 0, 0}, {"table", F_BLOCK, K_DIV, 0}, {"tbody", F_BLOCK, K_DIV, 0},
    {"td", F_BLOCK, K_CELL, 0}, {"template", F_SKIP, 0, 0}, {"textarea", F_SKIP, 0, 0},
    {"tfoot", F_BLOCK, K_DIV, 0}, {"th", F_BLOCK, K_CELL, 0}, {"thead", F_BLOCK, K_DIV, 0},
    {"time", F_META, 0, 0}, {"title", F_SKIP | F_META, 0, 0}, {"tr", F_BLOCK, K_DIV, 0},
    {"track", F_SKIP, 0, 0}, {"ul", F_BLOCK, K_DIV, 0}, {"video", F_SKIP, 0, 0},
};
static const tag_info tag_other = {"", 0, 0, T_OTHER};

static const tag_info *tag_of(const char *name)
{
    size_t lo = 0, hi = sizeof tags / sizeof tags[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, tags[mid].name);
        if (c == 0) return &tags[mid];
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return &tag_other;
}

/* ---- boilerplate hints from tag, class, id, role ---- */

enum { H_NONE, H_COMMENT, H_COOKIE, H_NEWSLETTER, H_SHARE, H_RELATED, H_NAV, H_FOOTER, H_ASIDE,
       H_BYLINE, H_CAPTION, H_AD, H_TAGS, H_HEADER, H_POPUP, H_N };
static const char *const hint_reason[H_N] = {
    NULL, "comment", "cookie", "newsletter", "share", "related", "nav", "footer", "aside",
    "byline", "caption", "ad", "tags", "header", "popup"};

/* Whole parts of class/id names (split at '-', '_', ' ' and case changes are not split). */
static const struct { const char *w; uint8_t h; } hint_parts[] = {
    {"ad", H_AD}, {"ads", H_AD}, {"adv", H_AD}, {"advert", H_AD}, {"anzeige", H_AD}, {"werbung", H_AD},
    {"banner", H_AD}, {"dfp", H_AD}, {"sponsor", H_AD}, {"sponsored", H_AD}, {"promo", H_NEWSLETTER},
    {"author", H_BYLINE}, {"authors", H_BYLINE}, {"bio", H_BYLINE}, {"authorbio", H_BYLINE}, {"byline", H_BYLINE}, {"dateline", H_BYLINE},
    {"meta", H_BYLINE}, {"postmeta", H_BYLINE}, {"posted", H_BYLINE}, {"published", H_BYLINE},
    {"timestamp", H_BYLINE}, {"date", H_BYLINE}, {"datum", H_BYLINE}, {"info", H_NONE},
    {"breadcrumb", H_NAV}, {"breadcrumbs", H_NAV}, {"menu", H_NAV}, {"nav", H_NAV}, {"navbar", H_NAV},
    {"navigation", H_NAV}, {"pagination", H_NAV}, {"pager", H_NAV}, {"skip", H_NAV}, {"toolbar", H_NAV},
    {"caption", H_CAPTION}, {"credit", H_CAPTION}, {"credits", H_CAPTION}, {"copyright", H_FOOTER},
    {"footer", H_FOOTER}, {"colophon", H_FOOTER}, {"imprint", H_FOOTER}, {"impressum", H_FOOTER},
    {"sidebar", H_ASIDE}, {"aside", H_ASIDE}, {"rail", H_ASIDE}, {"sidebox", H_ASIDE},
    {"comment", H_COMMENT}, {"comments", H_COMMENT}, {"disqus", H_COMMENT}, {"respond", H_COMMENT},
    {"replies", H_COMMENT}, {"kommentare", H_COMMENT}, {"commentaires", H_COMMENT}, {"discussion", H_COMMENT},
    {"share", H_SHARE}, {"sharing", H_SHARE}, {"social", H_SHARE}, {"addthis", H_SHARE},
    {"sharethis", H_SHARE}, {"shariff", H_SHARE}, {"print", H_SHARE}, {"socials", H_SHARE},
    {"related", H_RELATED}, {"recommended", H_RELATED}, {"recommendations", H_RELATED},
    {"outbrain", H_RELATED}, {"taboola", H_RELATED}, {"popular", H_RELATED}, {"trending", H_RELATED},
    {"mostread", H_RELATED}, {"readmore", H_RELATED}, {"more", H_RELATED}, {"teasers", H_RELATED},
    {"cookie", H_COOKIE}, {"cookies", H_COOKIE}, {"consent", H_COOKIE}, {"gdpr", H_COOKIE},
    {"newsletter", H_NEWSLETTER}, {"subscribe", H_NEWSLETTER}, {"subscription", H_NEWSLETTER},
    {"signup", H_NEWSLETTER}, {"tags", H_TAGS}, {"tagcloud", H_TAGS},
    {"keywords", H_TAGS}, {"masthead", H_HEADER}, {"topbar", H_HEADER}, {"siteheader", H_HEADER},
    {"modal", H_POPUP}, {"popup", H_POPUP}, {"overlay", H_POPUP}, {"dialog", H_POPUP},
    /* words that contain a hint but name an article's kind, not boilerplate */
    {"commentary", H_NONE}, {"commentaries", H_NONE},
};
/* Substrings of a class/id name for camelCase and glued names ("relatedArticles"). */
static const struct { const char *w; uint8_t h; } hint_subs[] = {
    {"comment", H_COMMENT}, {"disqus", H_COMMENT}, {"cookie", H_COOKIE}, {"consent", H_COOKIE},
    {"newsletter", H_NEWSLETTER}, {"subscribe", H_NEWSLETTER}, {"sharing", H_SHARE}, {"social", H_SHARE},
    {"share", H_SHARE}, {"related", H_RELATED}, {"recommend", H_RELATED}, {"outbrain", H_RELATED},
    {"taboola", H_RELATED}, {"breadcrumb", H_NAV}, {"navigation", H_NAV}, {"navbar", H_NAV},
    {"pagination", H_NAV}, {"footer", H_FOOTER}, {"copyright", H_FOOTER}, {"sidebar", H_ASIDE},
    {"byline", H_BYLINE}, {"caption", H_CAPTION}, {"advert", H_AD}, {"sponsor", H_AD},
};
static const char *const strong_pos[] = {"articlebody", "article-body", "article_body", "entry-content",
    "post-content", "post-body", "story-body", "article-content", "article__body", "article-text",
    "articletext", "post-entry", "entry-body", "storycontent", "story-content", "main-content",
    "article__content", "c-article-body", "field-name-body", "text-content", "post_content", "entry_content",
    "content-body", "articlecontent", "single-content", "blog-content", "news-content", "newsarticle"};

typedef struct hint_res { uint8_t hint; bool pos, hidden, author; } hint_res;

/* The value of an attribute in a SAX attribute list (name, value, ..., NULL; a value may be
 * NULL: an attribute without one reads as "", as it did in the DOM). */
static const char *attr_of(const char *const *a, const char *name)
{
    for (; a && a[0]; a += 2)
        if (a[0][0] == name[0] && !strcmp(a[0], name)) return a[1] ? a[1] : "";
    return NULL;
}

/* Is p[0, n) (no NUL inside) the word w? (no strlen: this runs for every class and id) */
static bool part_is(const char *p, size_t n, const char *w) { return !strncmp(w, p, n) && w[n] == 0; }

/* hint_parts and hint_subs by first byte, in table order: the chains of entries that can match
 * a part, or start inside one */
#define N_PARTS (sizeof hint_parts / sizeof hint_parts[0])
#define N_SUBS (sizeof hint_subs / sizeof hint_subs[0])
#define NO_PART 255
_Static_assert(N_PARTS < NO_PART && N_SUBS <= 64, "hint tables indexed by uint8_t, subs in a uint64_t");
typedef struct part_index {
    uint8_t first[256], next[N_PARTS];
    uint8_t sfirst[256], snext[N_SUBS], slen[N_SUBS];
} part_index;

static void index_parts(part_index *ix)
{
    memset(ix->first, NO_PART, sizeof ix->first);
    for (size_t k = N_PARTS; k-- > 0;) {
        unsigned char c = (unsigned char)hint_parts[k].w[0];
        ix->next[k] = ix->first[c];
        ix->first[c] = (uint8_t)k;
    }
    memset(ix->sfirst, NO_PART, sizeof ix->sfirst);
    for (size_t k = N_SUBS; k-- > 0;) {
        unsigned char c = (unsigned char)hint_subs[k].w[0];
        ix->snext[k] = ix->sfirst[c];
        ix->sfirst[c] = (uint8_t)k;
        ix->slen[k] = (uint8_t)strlen(hint_subs[k].w);
    }
}

/* Is the class token t[0, n) a display utility for wider screens: Tailwind's "md:block",
 * "lg:flex", "xl:grid" (a breakpoint prefix, then a display value) or Bootstrap's
 * "d-lg-block", "d-md-flex"? */
static bool shows_wide(const char *t, size_t n)
{
    static const char *const disp[] = {"block", "flex", "grid", "inline", "inline-block", "inline-flex",
                                       "table", "contents"};
    static const char *const bps[] = {"sm", "md", "lg", "xl", "2xl", "xxl"};
    if (n < 6 || !(t[2] == ':' || t[3] == ':' || (t[0] == 'd' && t[1] == '-'))) return false; /* most tokens */
    const char *v = NULL;
    size_t vn = 0;
    for (size_t b = 0; b < sizeof bps / sizeof bps[0] && !v; b++) {
        size_t bl = strlen(bps[b]);
        if (n > bl + 1 && !memcmp(t, bps[b], bl) && t[bl] == ':') { v = t + bl + 1; vn = n - bl - 1; }
        else if (n > bl + 3 && !memcmp(t, "d-", 2) && !memcmp(t + 2, bps[b], bl) && t[bl + 2] == '-') { v = t + bl + 3; vn = n - bl - 3; }
    }
    if (!v) return false;
    for (size_t k = 0; k < sizeof disp / sizeof disp[0]; k++)
        if (part_is(v, vn, disp[k])) return true;
    return false;
}

static void name_hints(const part_index *ix, const char *v, uint8_t *best, bool *pos, bool *hidden)
{
    char low[256];
    size_t n = 0;
    for (; v[n] && n + 1 < sizeof low; n++) low[n] = (char)lc((unsigned char)v[n]);
    low[n] = 0;
    /* whole space-separated tokens: hiding classes and strong positives */
    bool hide_disp = false, shown_wide = false;
    for (size_t i = 0; i < n;) {
        while (i < n && low[i] == ' ') i++;
        size_t j = i;
        while (j < n && low[j] != ' ') j++;
        if (j > i) {
            static const char *const hide[] = {"hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden",
                                               "screen-reader-text", "d-none", "invisible", "is-hidden", "u-hidden"};
            for (size_t k = 0; k < sizeof hide / sizeof hide[0]; k++)
                if (hide[k][0] == low[i] && part_is(low + i, j - i, hide[k])) {
                    if (k == 0 || k == 6) hide_disp = true; else *hidden = true;
                }
            for (size_t k = 0; k < sizeof strong_pos / sizeof strong_pos[0]; k++)
                if (strong_pos[k][0] == low[i] && part_is(low + i, j - i, strong_pos[k])) *pos = true;
            if (shows_wide(low + i, j - i)) shown_wide = true;
        }
        i = j;
    }
    /* "hidden lg:flex", "d-none d-md-block": hidden on small screens only */
    if (hide_disp && !shown_wide) *hidden = true;
    uint8_t h = H_NONE;
    for (size_t i = 0; i < n;) {
        /* a BEM modifier ("section--ads") says how a block looks, not what it is */
        if (i + 1 < n && low[i] == '-' && low[i + 1] == '-') {
            while (i < n && low[i] != ' ') i++;
            continue;
        }
        while (i < n && !((low[i] >= 'a' && low[i] <= 'z') || (low[i] >= '0' && low[i] <= '9')) &&
               !(i + 1 < n && low[i] == '-' && low[i + 1] == '-')) i++;
        if (i + 1 < n && low[i] == '-' && low[i + 1] == '-') continue;
        size_t j = i;
        while (j < n && ((low[j] >= 'a' && low[j] <= 'z') || (low[j] >= '0' && low[j] <= '9'))) j++;
        bool exact = false;
        for (unsigned k = j > i ? ix->first[(unsigned char)low[i]] : NO_PART; k != NO_PART; k = ix->next[k])
            if (part_is(low + i, j - i, hint_parts[k].w)) {
                if (hint_parts[k].h && (!h || hint_parts[k].h < h)) h = hint_parts[k].h;
                exact = true;
                break;
            }
        /* glued or camelCase names ("relatedposts", "commentList"): look inside long parts */
        if (!exact && j - i >= 7) {
            /* which words of hint_subs occur in low[i, j), then taken in table order */
            uint64_t found = 0;
            for (size_t q = i; q < j; q++)
                for (unsigned k = ix->sfirst[(unsigned char)low[q]]; k != NO_PART; k = ix->snext[k])
                    if (ix->slen[k] <= j - q && !memcmp(low + q, hint_subs[k].w, ix->slen[k])) found |= 1ull << k;
            for (size_t k = 0; found && k < N_SUBS; k++)
                if ((found >> k & 1) && (!h || hint_subs[k].h < h)) h = hint_subs[k].h;
        }
        i = j;
    }
    if (h && (!*best || h < *best)) *best = h;
}

static bool style_hidden(const char *s)
{
    char low[256];
    size_t k = 0;
    for (size_t i = 0; s[i] && k + 1 < sizeof low; i++)
        if (s[i] != ' ') low[k++] = (char)lc((unsigned char)s[i]);
    low[k] = 0;
    return strstr(low, "display:none") || strstr(low, "visibility:hidden");
}

/* ---- a page's class and id names, read once each ----
 * A page repeats its class names on many elements, and name_hints() reads a name in thousands of
 * instructions; its answer depends on the name alone, so the page keeps it. */
#define MEMO_SLOTS 1024                     /* a power of two; filled to 3/4 at most */
typedef struct hint_memo {
    part_index parts;
    struct memo_slot { uint32_t hash, off, len; uint8_t hint; bool pos, hidden, author, used; } slot[MEMO_SLOTS];
    pr_buf names;                           /* the names, end to end */
    size_t used;
} hint_memo;

static void apply_hints(uint8_t h, bool p, bool hid, uint8_t *best, bool *pos, bool *hidden)
{
    if (h && (!*best || h < *best)) *best = h;
    if (p) *pos = true;
    if (hid) *hidden = true;
}

/* Does a class or id name the author ("author", "byline" in its first 127 bytes, any case)? */
static bool names_author(const char *v)
{
    char low[128];
    size_t k = 0;
    for (; v[k] && k + 1 < sizeof low; k++) low[k] = (char)lc((unsigned char)v[k]);
    low[k] = 0;
    return strstr(low, "author") || strstr(low, "byline");
}

/* name_hints() and names_author() through the memo (m may be NULL: no memo) */
static void memo_hints(hint_memo *m, const char *v, uint8_t *best, bool *pos, bool *hidden, bool *author)
{
    size_t n = 0;
    uint32_t hash = 2166136261u;             /* FNV-1a */
    for (; v[n] && n < 256; n++) hash = (hash ^ (unsigned char)v[n]) * 16777619u;
    if (!m) {
        part_index ix;
        index_parts(&ix);
        name_hints(&ix, v, best, pos, hidden);
        if (names_author(v)) *author = true;
        return;
    }
    if (v[n]) {
        name_hints(&m->parts, v, best, pos, hidden);
        if (names_author(v)) *author = true;
        return;
    }
    size_t k = hash & (MEMO_SLOTS - 1);
    for (; m->slot[k].used; k = (k + 1) & (MEMO_SLOTS - 1)) {
        const struct memo_slot *e = &m->slot[k];
        if (e->hash == hash && e->len == n && !memcmp(m->names.data + e->off, v, n)) {
            apply_hints(e->hint, e->pos, e->hidden, best, pos, hidden);
            if (e->author) *author = true;
            return;
        }
    }
    uint8_t h = H_NONE;
    bool p = false, hid = false;
    name_hints(&m->parts, v, &h, &p, &hid);
    apply_hints(h, p, hid, best, pos, hidden);
    bool au = names_author(v);
    if (au) *author = true;
    if (m->used >= MEMO_SLOTS / 4 * 3) return;
    size_t off = m->names.len;
    pr_buf_put(&m->names, v, n);
    if (m->names.oom) return;                /* no memo entry; nothing else is lost */
    m->slot[k] = (struct memo_slot){hash, (uint32_t)off, (uint32_t)n, h, p, hid, au, true};
    m->used++;
}

static hint_res hints_of(const char *const *n, const tag_info *t, hint_memo *memo)
{
    hint_res r = {H_NONE, false, false, false};
    if (attr_of(n, "hidden")) r.hidden = true;
    const char *st = attr_of(n, "style");
    if (st && style_hidden(st)) r.hidden = true;
    const char *ip = attr_of(n, "itemprop");
    if (ip && (!strcmp(ip, "articleBody") || !strcmp(ip, "text"))) r.pos = true;
    switch (t->id) {
    case T_NAV: r.hint = H_NAV; break;
    case T_FOOTER: r.hint = H_FOOTER; break;
    case T_ASIDE: r.hint = H_ASIDE; break;
    case T_HEADER: r.hint = H_HEADER; break;
    case T_FIGCAPTION: r.hint = H_CAPTION; break;
    case T_MAIN: r.pos = true; break;
    default: break;
    }
    const char *role = attr_of(n, "role");
    if (role) {
        if (!strcmp(role, "navigation") || !strcmp(role, "menu") || !strcmp(role, "menubar")) r.hint = H_NAV;
        else if (!strcmp(role, "contentinfo")) r.hint = H_FOOTER;
        else if (!strcmp(role, "complementary")) r.hint = H_ASIDE;
        else if (!strcmp(role, "banner")) r.hint = H_HEADER;
        else if (!strcmp(role, "dialog") || !strcmp(role, "alertdialog")) r.hint = H_POPUP;
        else if (!strcmp(role, "main") || !strcmp(role, "article")) r.pos = true;
    }
    if (t->id == T_A || t->id == T_HTML || t->id == T_BODY) {
        /* a link's class says how it looks, and body/html classes describe the whole page */
        bool p = false, h = false;
        uint8_t dummy = 0;
        const char *c = attr_of(n, "class");
        bool unused = false;
        if (c) memo_hints(memo, c, &dummy, &p, &h, &unused);
        r.hidden = r.hidden && t->id == T_A;
        if (t->id == T_A && h) r.hidden = true;
        const char *rel = attr_of(n, "rel");
        if (t->id == T_A && rel && !strcmp(rel, "author")) r.author = true;
        return r;
    }
    uint8_t h = H_NONE;
    bool pos = false, hid = false;
    const char *c = attr_of(n, "class");
    bool named_author = false;                /* class or id says "author" or "byline" */
    if (c) memo_hints(memo, c, &h, &pos, &hid, &named_author);
    const char *id = attr_of(n, "id");
    if (id) memo_hints(memo, id, &h, &pos, &hid, &named_author);
    if (ip && !strcmp(ip, "author")) { h = H_BYLINE; r.author = true; }
    {
        const char *rel = attr_of(n, "rel");
        if (rel && !strcmp(rel, "author")) r.author = true;
        if (named_author) r.author = true;
    }
    if (hid) r.hidden = true;
    if (pos) r.pos = true;
    if (t->id == T_ARTICLE || t->id == T_MAIN || r.pos) {
        if (h == H_COMMENT) r.hint = H_COMMENT; /* <article class="comment"> is a comment */
        if (t->id == T_ARTICLE) r.pos = r.pos || false;
        return r;
    }
    if (h && !r.hint) r.hint = h;
    return r;
}

/* ---- the walk ---- */

#define NONE UINT32_MAX

typedef struct hnode {
    uint32_t parent, end;      /* end: one past the index of the last descendant */
    uint32_t prev_owner;       /* the block owner before this element opened */
    uint32_t neg;              /* nearest ancestor-or-self with a boilerplate hint, or NONE */
    uint32_t b0, b1;           /* its blocks: [b0, b1) */
    float score, pscore, nscore; /* subtree sums: all weights, positive ones, negative ones */
    uint32_t tbytes, lbytes;   /* subtree text and link-text bytes */
    uint8_t hint, kind, tid;
    bool boundary, pos, ipos;  /* ipos: inside a positive container */
    bool author, iauthor;      /* names the author (class/id "author", "byline"); inside one */
    bool inart;                /* inside <article>, <main> or a positive container */
} hnode;

enum { C_SHORT, C_GOOD, C_NEAR, C_BAD_LINK, C_BAD_TEXT };

typedef struct hblock {
    uint32_t start, end;       /* in w->text */
    uint32_t owner;            /* hnode index */
    uint32_t links;            /* bytes of link text */
    uint32_t words, stops, puncts;
    float weight;
    uint8_t cls;
    bool ld;                   /* found in the JSON-LD articleBody */
    bool cookie;               /* a cookie-consent notice, by its words */
    bool keep;
    const char *reason;
} hblock;

typedef struct walker {
    pr_html_meta meta;
    hnode *nodes;
    size_t n_nodes, cap_nodes;
    hblock *blocks;
    size_t n_blocks, cap_blocks;
    pr_buf text;
    size_t blk_start;
    uint32_t links;
    int in_link;
    int pending;               /* pending space: 0 none, 1 space, 2 a single no-break space */
    uint32_t cur, owner;
    char *h1;
    char *byline;              /* text of the first block inside an author element */
    const char *lang;          /* the page's language, for stopwords and cue phrases */
    hint_memo *memo;           /* during the parse; may be NULL */
    bool oom;
} walker;

static void put_text(walker *w, const char *s, size_t n)
{
    pr_buf *b = &w->text;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { w->pending = 1; i++; continue; }
        size_t clen = 1;
        if (c >= 0x80) {
            if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) { w->pending = w->pending ? 1 : 2; i += 2; continue; }
            if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xAD) { i += 2; continue; }          /* soft hyphen */
            if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] == 0x8B) { i += 3; continue; } /* ZWSP */
            if (c == 0xEF && i + 2 < n && u[i + 1] == 0xBB && u[i + 2] == 0xBF) { i += 3; continue; } /* BOM */
            clen = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (i + clen > n) clen = n - i;
        }
        if (w->pending) {
            if (b->len > w->blk_start && b->data[b->len - 1] != '\n') {
                if (w->pending == 2) pr_buf_put(b, "\xC2\xA0", 2); else pr_buf_putc(b, ' ');
                if (w->in_link) w->links++;
            }
            w->pending = 0;
        }
        /* copy a run of ordinary bytes at once */
        size_t j = i + clen;
        if (c < 0x80)
            while (j < n && u[j] > ' ' && u[j] < 0x80) j++;
        pr_buf_put(b, s + i, j - i);
        if (w->in_link) w->links += (uint32_t)(j - i);
        i = j;
    }
}

static void line_break(walker *w)
{
    pr_buf *b = &w->text;
    w->pending = 0;
    if (b->len > w->blk_start && b->data[b->len - 1] != '\n') pr_buf_putc(b, '\n');
}

static void flush(walker *w)
{
    pr_buf *b = &w->text;
    /* trim trailing spaces and line breaks */
    while (b->len > w->blk_start) {
        char c = b->data[b->len - 1];
        if (c == ' ' || c == '\n') b->len--;
        else if (b->len - w->blk_start >= 2 && (unsigned char)c == 0xA0 && (unsigned char)b->data[b->len - 2] == 0xC2) b->len -= 2;
        else break;
    }
    if (b->len > w->blk_start && !b->oom) {
        if (!PR_GROW(w->blocks, w->cap_blocks, w->n_blocks + 1)) { w->oom = true; return; }
        hblock *k = &w->blocks[w->n_blocks++];
        memset(k, 0, sizeof *k);
        k->start = (uint32_t)w->blk_start;
        k->end = (uint32_t)b->len;
        k->owner = w->owner;
        uint32_t len = k->end - k->start;
        k->links = w->links > len ? len : w->links;
        if (!w->byline && w->owner != NONE && w->nodes[w->owner].iauthor && len >= 3 && len <= 120) {
            w->byline = pr_html_squash(b->data + k->start, len);
            if (!w->byline) w->oom = true;
            else if (pr_html_label_only(w->byline)) { pr_free(w->byline); w->byline = NULL; }
        }
    }
    w->blk_start = b->len;
    w->links = 0;
    w->pending = 0;
}

/* Opens an element; returns its node, or NONE when its content is to be skipped. */
static uint32_t enter(walker *w, const tag_info *t, const char *const *attrs)
{
    if (t->flags & F_SKIP) return NONE;
    if (t->id == T_BR) { line_break(w); return NONE; }
    hint_res h = hints_of(attrs, t, w->memo);
    if (h.hidden) return NONE;
    if (w->n_nodes >= UINT32_MAX - 1 || !PR_GROW(w->nodes, w->cap_nodes, w->n_nodes + 1)) { w->oom = true; return NONE; }
    uint32_t i = (uint32_t)w->n_nodes++;
    hnode *e = &w->nodes[i];
    memset(e, 0, sizeof *e);
    e->parent = w->cur;
    e->hint = h.hint;
    e->pos = h.pos;
    e->tid = t->id;
    e->kind = t->kind;
    /* hinted inline elements (a <span class="byline">) become blocks of their own */
    e->boundary = (t->flags & F_BLOCK) || (h.hint && t->id != T_A);
    e->ipos = h.pos || (w->cur != NONE && w->nodes[w->cur].ipos);
    e->inart = e->ipos || t->id == T_ARTICLE || (w->cur != NONE && w->nodes[w->cur].inart);
    /* an article's own <header> holds its headline and lead, not the site's banner */
    if (e->hint == H_HEADER && t->id == T_HEADER && w->cur != NONE && w->nodes[w->cur].inart)
        e->hint = H_NONE;
    e->author = h.author;
    e->iauthor = h.author || (w->cur != NONE && w->nodes[w->cur].iauthor);
    e->b0 = (uint32_t)w->n_blocks;
    w->cur = i;
    if (e->boundary) {
        flush(w);
        e->prev_owner = w->owner;
        w->owner = i;
    }
    if (t->id == T_A) w->in_link++;
    return i;
}

static void leave(walker *w, uint32_t i)
{
    hnode *e = &w->nodes[i];
    if (e->tid == T_A && w->in_link > 0) w->in_link--;
    if (e->boundary) {
        flush(w);
        w->owner = e->prev_owner;
    }
    e->end = (uint32_t)w->n_nodes;
    e->b1 = (uint32_t)w->n_blocks;
    w->cur = e->parent;
}

/* ---- the parse: libxml2's HTML parser, driven through SAX ----
 * The walk sees the elements libxml2's tree builder would have made, in the same order, without
 * the tree: an explicit stack of open elements (skipped ones included) replaces the DOM. Two
 * habits of the tree builder are kept so that the text comes out as it did from the DOM:
 *  - an element opened after the root element ended goes inside the root element when the
 *    document's first child is that element, and beside it when the first child is a
 *    doctype, comment or processing instruction (xmlSAX2StartElement). So the first root stays
 *    on the stack, closed to text, until the end when it is the document's first child;
 *  - the tree builder stops the whole parse at an element deeper than 256 (libxml2's
 *    xmlParserMaxDepth, without HTML_PARSE_HUGE): the stream stops there too. This also bounds
 *    the work of the container choice, which climbs from each block to the root. */
#define MAX_DEPTH 256

typedef struct open_el {
    uint32_t node;             /* its hnode, or NONE */
    bool cap;                  /* html_meta.c reads its text */
} open_el;

typedef struct sax_state {
    walker *w;
    htmlParserCtxtPtr ctxt;
    open_el *open;
    size_t n_open, cap_open;
    size_t skip_at;            /* the open element whose content is skipped, or SIZE_MAX */
    uint8_t first;             /* the document's first child: 0 none yet, 1 an element, 2 other */
    bool root_closed;          /* the first root ended (first == 1: it stays on the stack) */
    bool halted;
} sax_state;

static void halt(sax_state *x)
{
    x->halted = true;
    xmlStopParser(x->ctxt);
}

static void pop(sax_state *x)
{
    open_el o = x->open[--x->n_open];
    if (x->skip_at == x->n_open) x->skip_at = SIZE_MAX;
    if (o.node != NONE) leave(x->w, o.node);
    if (o.cap) pr_html_meta_end(&x->w->meta);
}

/* The element's name as the tree builder had it: xmlSAX2StartElement splits a prefixed name
 * at its first colon, also in HTML ("o:p" is "p", "a:b:c" is "b:c", "b:" stays "b:"); attribute
 * names are not split. */
static const char *local_name(const char *nm)
{
    const char *c = nm[0] && nm[0] != ':' ? strchr(nm, ':') : NULL;
    return c && c[1] ? c + 1 : nm;
}

static void sax_start(void *ud, const xmlChar *name, const xmlChar **attrs)
{
    sax_state *x = ud;
    walker *w = x->w;
    if (x->halted) return;
    if (x->n_open > MAX_DEPTH) { halt(x); return; }
    if (!PR_GROW(x->open, x->cap_open, x->n_open + 1)) { w->oom = true; halt(x); return; }
    if (!x->first) x->first = 1;
    size_t k = x->n_open++;
    x->open[k] = (open_el){NONE, false};
    if (x->skip_at != SIZE_MAX) return;
    const char *nm = local_name((const char *)name);
    const char *const *a = (const char *const *)attrs;
    const tag_info *t = tag_of(nm);
    if (t->flags & F_META) x->open[k].cap = pr_html_meta_start(&w->meta, nm, a);
    uint32_t i = enter(w, t, a);
    x->open[k].node = i;
    if (i == NONE) x->skip_at = k;
    if (w->oom) halt(x);
}

static void sax_end(void *ud, const xmlChar *name)
{
    sax_state *x = ud;
    (void)name;
    if (x->halted || !x->n_open) return;
    if (x->n_open == 1 && x->first == 1) { x->root_closed = true; return; }
    pop(x);
}

static void sax_text(void *ud, const xmlChar *s, int len)
{
    sax_state *x = ud;
    walker *w = x->w;
    if (x->halted || len <= 0 || !x->n_open || (x->root_closed && x->n_open == 1)) return;
    if (w->meta.n_caps) pr_html_meta_text(&w->meta, (const char *)s, (size_t)len);
    if (x->skip_at == SIZE_MAX && w->cur != NONE) put_text(w, (const char *)s, (size_t)len);
}

/* things the tree builder puts at the document's level */
static void top_level(sax_state *x)
{
    if (!x->n_open && !x->first) x->first = 2;
}
static void sax_comment(void *ud, const xmlChar *s) { (void)s; top_level(ud); }
static void sax_pi(void *ud, const xmlChar *t, const xmlChar *d) { (void)t; (void)d; top_level(ud); }
static void sax_doctype(void *ud, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    sax_state *x = ud;
    (void)name; (void)ext; (void)sys;
    if (x->halted) return;
    /* the doctype becomes the document's first child wherever it appears (xmlCreateIntSubset),
     * once: from then on a new root goes beside the others */
    if (x->first != 2) {
        x->first = 2;
        if (x->root_closed && x->n_open == 1) pop(x);
    }
}

/* Parses the page (valid UTF-8, NUL-terminated) into w. False when libxml2 could not start. */
static bool parse(walker *w, const char *utf8, size_t len)
{
    htmlSAXHandler h;
    memset(&h, 0, sizeof h);
    h.startElement = sax_start;
    h.endElement = sax_end;
    h.characters = sax_text;
    h.cdataBlock = sax_text;
    h.comment = sax_comment;
    h.processingInstruction = sax_pi;
    h.internalSubset = sax_doctype;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8, (int)len);
    if (!ctxt) return false;
    w->memo = pr_calloc(1, sizeof *w->memo);  /* without it, names are read every time */
    if (w->memo) { pr_buf_init(&w->memo->names); index_parts(&w->memo->parts); }
    sax_state x;
    memset(&x, 0, sizeof x);
    x.w = w;
    x.ctxt = ctxt;
    x.skip_at = SIZE_MAX;
    memcpy(ctxt->sax, &h, sizeof h);
    ctxt->userData = &x;
    /* the input is UTF-8 already (charset.c): say so (no conversion for UTF-8), and let no
     * <meta charset> switch encodings */
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    x.halted = false;
    while (x.n_open) pop(&x);
    pr_free(x.open);
    if (w->memo) { pr_buf_free(&w->memo->names); pr_free(w->memo); w->memo = NULL; }
    flush(w);
    return true;
}

/* ---- features ---- */

static void block_stats(walker *w, hblock *k, const pr_wordlist *stops_wl)
{
    const char *s = w->text.data + k->start;
    size_t n = k->end - k->start, i = 0;
    uint32_t words = 0, stops = 0, puncts = 0;
    char low[64];
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z')) {
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') puncts++;
            i++;
            continue;
        }
        size_t j = i;
        int32_t cp = pr_utf8_next(s, n, &j);
        if (!pr_cp_is_letter(cp)) {
            /* CJK full stops, the Indic danda (Bengali, Hindi), the Arabic question mark and full stop */
            if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x2026 || cp == 0x0964 || cp == 0x0965 || cp == 0x061F || cp == 0x06D4) puncts++;
            i = j;
            continue;
        }
        size_t wn = 0;
        bool fits = true;
        while (i < n) {
            size_t k2 = i;
            cp = pr_utf8_next(s, n, &k2);
            if (!pr_cp_is_letter(cp)) break;
            if (cp < 0x80) { if (wn + 1 < sizeof low) low[wn++] = (char)lc((int)cp); else fits = false; }
            else {
                char u8[4];
                int m = pr_utf8_encode(pr_cp_lower(cp), u8);
                if (wn + (size_t)m < sizeof low) { memcpy(low + wn, u8, (size_t)m); wn += (size_t)m; } else fits = false;
            }
            i = k2;
        }
        words++;
        if (stops_wl && fits && pr_wordlist_hasn(stops_wl, low, wn)) stops++;
    }
    k->words = words;
    k->stops = stops;
    k->puncts = puncts;
}

/* Is the block's text (its first 60 bytes, whitespace-squashed) inside the JSON-LD body? */
static bool in_ld_body(const pr_html_meta *m, const char *s, size_t n)
{
    if (!m->ld_body || n < 40) return false;
    char probe[64];
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n && k < 60; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n') { sp = true; continue; }
        if ((unsigned char)c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { sp = true; i++; continue; }
        if (sp && k) probe[k++] = ' ';
        sp = false;
        probe[k++] = c;
    }
    while (k && ((unsigned char)probe[k - 1] & 0xC0) == 0x80) k--; /* whole code points only */
    if (k && (unsigned char)probe[k - 1] >= 0xC0) k--;
    if (k < 30) return false;
    probe[k] = 0;
    return strstr(m->ld_body, probe) != NULL;
}

/* A cookie-consent notice, by its words in any language: "cookie" with a word of consent,
 * privacy or settings ("accept", "consent", "Datenschutz", "traceurs", ...), in a block short
 * enough to be a notice. */
static bool cookie_text(const char *s, size_t n)
{
    if (n < 20 || n > 1500) return false;
    char low[1501];
    for (size_t i = 0; i < n; i++) low[i] = (char)lc((unsigned char)s[i]);
    low[n] = 0;
    if (!strstr(low, "cookie")) return false;
    static const char *const with[] = {"accept", "akzept", "consent", "zustimm", "einwillig", "privacy",
        "datenschutz", "personnelles", "traceur", "browser", "navigat", "einstellung", "paramètres", "settings",
        "politique", "policy", "richtlinie", "privacidad", "aceptar", "prywatno"};
    for (size_t k = 0; k < sizeof with / sizeof with[0]; k++)
        if (strstr(low, with[k])) return true;
    return false;
}

/* Words that mix Latin and Cyrillic letters ("Yоur соntеnt" with Cyrillic о, е): text
 * disguised from filters, as sponsored blurbs are; real text spells its words in one script.
 * True when at least 3 words and a fifth of the words are mixed. */
static bool homoglyph_text(const char *s, size_t n)
{
    size_t words = 0, mixed = 0, i = 0;
    while (i < n) {
        bool lat = false, cyr = false, in = false;
        while (i < n) {
            size_t j = i;
            int32_t cp = pr_utf8_next(s, n, &j);
            if (!pr_cp_is_letter(cp)) { i = j; if (in) break; continue; }
            in = true;
            if (cp < 0x80) lat = true;
            else if (cp >= 0x400 && cp <= 0x4FF) cyr = true;
            i = j;
        }
        if (in) { words++; if (lat && cyr) mixed++; }
    }
    return mixed >= 3 && mixed * 5 >= words;
}

/* Block classes. jusText's densities are 0.30/0.32 with lists of a few hundred words; precis's
 * lists are the 40-240 most frequent function words, hence lower densities. */
#define GOOD_SD 0.22f   /* function-word density from which a block can be good */
#define NEAR_SD 0.10f   /* function-word density from which a block is near-good */
#define GOOD_LEN 100    /* bytes from which a block can be good */
#define SHORT_W 0.3f    /* container weight per byte of a short block without links */

static void classify(walker *w, const char *lang)
{
    const pr_wordlist *stops_wl = pr_wordlist_get("stopwords", lang);
    bool has_list = stops_wl != NULL;
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        block_stats(w, k, stops_wl);
        float len = (float)(k->end - k->start);
        float ld = (float)k->links / len;
        float sd = k->words ? (float)k->stops / (float)k->words : 0.f;
        const hnode *o = &w->nodes[k->owner];
        k->ld = in_ld_body(&w->meta, w->text.data + k->start, k->end - k->start);
        if (ld > 0.5f) k->cls = C_BAD_LINK;
        else if (len < 60) k->cls = ld > 0.3f ? C_BAD_LINK : C_SHORT;
        else if (has_list) {
            if (sd >= GOOD_SD && len >= GOOD_LEN && ld < 0.25f) k->cls = C_GOOD;
            else if (sd >= NEAR_SD) k->cls = C_NEAR;
            else k->cls = len >= 200 && k->puncts >= 2 ? C_NEAR : C_BAD_TEXT;
        } else {
            if (len >= 140 && ld < 0.25f && k->puncts >= 1) k->cls = C_GOOD;
            else k->cls = C_NEAR;
        }
        /* code and preformatted text have few function words but are text */
        if (o->kind == K_PRE && k->cls == C_BAD_TEXT) k->cls = C_NEAR;
        if (k->ld && (k->cls == C_SHORT || k->cls == C_NEAR || k->cls == C_BAD_TEXT)) k->cls = C_GOOD;
        if (k->cls != C_BAD_LINK && k->words >= 3 && homoglyph_text(w->text.data + k->start, k->end - k->start))
            k->cls = C_BAD_TEXT;
        if (k->cls != C_BAD_LINK && cookie_text(w->text.data + k->start, k->end - k->start)) {
            k->cls = C_BAD_TEXT;
            k->cookie = true;
        }
        float wt;
        switch (k->cls) {
        case C_GOOD: wt = len; break;
        case C_NEAR: wt = len * 0.5f; break;
        case C_BAD_LINK: wt = -(float)k->links; break;
        case C_BAD_TEXT: wt = -len * 0.25f; break;
        default: wt = k->links ? -(float)k->links : len * SHORT_W; break;
        }
        if (wt > 0 && o->ipos) wt *= 1.5f;   /* inside itemprop=articleBody, <main>, .entry-content */
        if (wt > 0 && k->ld) wt *= 2.0f;     /* vouched for by the JSON-LD articleBody */
        k->weight = wt;
    }
}

/* ---- the main container ---- */

/* Subtree sums of block weights; blocks under a hinted element count against it. */
static void sum_scores(walker *w, bool with_hints)
{
    for (size_t i = 0; i < w->n_nodes; i++) w->nodes[i].score = w->nodes[i].pscore = w->nodes[i].nscore = 0;
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        hnode *o = &w->nodes[k->owner];
        float wt = k->weight;
        if (with_hints && o->neg != NONE) wt = -(float)(k->end - k->start);
        o->score += wt;
        if (wt > 0) o->pscore += wt; else o->nscore -= wt;
    }
    for (size_t i = w->n_nodes; i-- > 1;) {
        hnode *e = &w->nodes[i];
        if (e->parent == NONE) continue;
        w->nodes[e->parent].score += e->score;
        w->nodes[e->parent].pscore += e->pscore;
        w->nodes[e->parent].nscore += e->nscore;
    }
}

/* Nearest hinted ancestor-or-self, for every element (preorder: parents come first). */
static void propagate_hints(walker *w)
{
    for (size_t i = 0; i < w->n_nodes; i++) {
        hnode *e = &w->nodes[i];
        e->neg = e->hint ? (uint32_t)i : e->parent != NONE ? w->nodes[e->parent].neg : NONE;
    }
}

/* Text and link bytes per subtree (preorder: children after parents, so a reverse pass). */
static void sum_bytes(walker *w)
{
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        w->nodes[k->owner].tbytes += k->end - k->start;
        w->nodes[k->owner].lbytes += k->links;
    }
    for (size_t i = w->n_nodes; i-- > 1;) {
        hnode *e = &w->nodes[i];
        if (e->parent == NONE) continue;
        w->nodes[e->parent].tbytes += e->tbytes;
        w->nodes[e->parent].lbytes += e->lbytes;
    }
}

/* Teaser cards (is_teaser). */
#define TEASER_CARD_MAX 800  /* text bytes under which a block's parent element can be a card */
#define TEASER_LINK_PCT 20   /* percent of the card's text in links above which it is a teaser */

/* A teaser: a small card (the block's parent element) whose text is partly links — a linked
 * headline and an excerpt of another article. */
static bool is_teaser(const walker *w, const hblock *k)
{
    if (k->ld || k->links) return false;
    uint32_t p = w->nodes[k->owner].parent;
    if (p == NONE) return false;
    const hnode *e = &w->nodes[p];
    return e->tbytes < TEASER_CARD_MAX && e->lbytes * 100 > e->tbytes * TEASER_LINK_PCT &&
           e->b1 - e->b0 <= 4;
}

/* The main container (choose_container). */
#define ASIDE_MIN 600    /* good-text score from which an "aside" hint on a quiet element is not believed */
#define WIDE_SHARE 0.3f  /* share of the page's good-text score under which a wider container is sought */
#define WIDE_NEG 0.5f    /* weight of the noise (negative score) when that wider container is sought */
#define WIDE_GAIN 2.0f   /* how many times the first container's good-text score the wider one needs */

static uint32_t choose_container(walker *w)
{
    sum_bytes(w);
    for (size_t b = 0; b < w->n_blocks; b++)
        if (w->blocks[b].weight > 0 && is_teaser(w, &w->blocks[b])) w->blocks[b].weight = -w->blocks[b].weight * 0.5f;
    sum_scores(w, false);
    float total = 0;
    for (size_t i = 0; i < w->n_nodes; i++) if (w->nodes[i].parent == NONE) total += w->nodes[i].pscore;
    /* a hint on an element that holds most of the page's good text is not believed */
    for (size_t i = 0; i < w->n_nodes; i++) {
        hnode *e = &w->nodes[i];
        if (!e->hint || total <= 0) continue;
        /* a cookie banner or a dialog is never the article, however long */
        if (e->hint == H_COOKIE) continue;
        /* nor is a <figcaption> (or a table's caption): a caption however long */
        if (e->hint == H_CAPTION && e->kind == K_CAP) continue;
        float share = e->pscore / total;
        if (share > (e->hint == H_COMMENT ? 0.8f : 0.5f)) e->hint = H_NONE;
        /* nor one on an element full of running text and little noise (an "ad-slot" class on
         * every section of an article), except for kinds that do hold running text */
        else if ((e->hint == H_AD || e->hint == H_CAPTION ||
                  e->hint == H_TAGS || e->hint == H_SHARE || e->hint == H_POPUP || e->hint == H_HEADER) &&
                 e->pscore >= 300 && e->pscore > 2 * e->nscore)
            e->hint = H_NONE;
        else if (e->hint == H_ASIDE && e->pscore >= ASIDE_MIN && e->pscore > 3 * e->nscore)
            e->hint = H_NONE;
        /* and no boilerplate box holds pages of clean running text (a "paywall" or
         * "newsletter-teaser" class on the article's own wrapper) */
        else if (e->hint != H_COMMENT && e->pscore >= 1500 && e->pscore > 3 * e->nscore)
            e->hint = H_NONE;
    }
    propagate_hints(w);
    sum_scores(w, true);
    uint32_t best = NONE;
    float bs = 0;
    for (size_t i = 0; i < w->n_nodes; i++)
        if (w->nodes[i].score > bs) { bs = w->nodes[i].score; best = (uint32_t)i; }
    /* a container holding a small part of the page's good text, while an element holding
     * much more of it loses only for the noise around (an article cut into many boxes, with
     * menus and teasers between them): the noise counts for less */
    if (best != NONE && total > 0 && w->nodes[best].pscore < WIDE_SHARE * total) {
        uint32_t alt = NONE;
        float as = 0;
        for (size_t i = 0; i < w->n_nodes; i++) {
            float sc = w->nodes[i].pscore - WIDE_NEG * w->nodes[i].nscore;
            if (sc > as) { as = sc; alt = (uint32_t)i; }
        }
        if (alt != NONE && w->nodes[alt].pscore > WIDE_GAIN * w->nodes[best].pscore) best = alt;
    }
    return best;
}

/* Letters and digits (squash_alnum) a block's opening must share with a page description. */
#define DESC_MATCH 30

/* Letters and digits only, case-folded (ASCII), without ASCII punctuation and the general
 * punctuation block U+2000-U+206F (curly quotes, dashes, ellipsis): "d'Attac" = "d’Attac". */
static size_t squash_alnum(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x81) { i += 2; continue; }
        if (c < 0x80 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
        out[o++] = (char)lc(c);
    }
    out[o] = 0;
    return o;
}

/* The page's description (og:description, meta description, JSON-LD) usually repeats the
 * article's first lines. A block outside the container that opens like the description (a
 * standfirst in a box of its own, a very short article beaten by a newsletter form) is
 * article text: it is kept, when no hint is on it and it is not a line of links. */
static void keep_desc_block(walker *w, uint32_t c)
{
    const char *descs[3] = {w->meta.desc_og, w->meta.desc_meta, w->meta.desc_ld};
    char d[3][256];
    size_t dn[3];
    bool any = false;
    for (int i = 0; i < 3; i++) {
        dn[i] = descs[i] ? squash_alnum(descs[i], strlen(descs[i]), d[i], sizeof d[i]) : 0;
        if (dn[i] >= DESC_MATCH) any = true;
    }
    if (!any) return;
    uint32_t b0 = w->nodes[c].b0, b1 = w->nodes[c].b1;
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        if (b >= b0 && b < b1) return;     /* the description's block is in the container */
        char t[DESC_MATCH + 1];
        if (squash_alnum(w->text.data + k->start, k->end - k->start, t, sizeof t) < DESC_MATCH) continue;
        bool hit = false;
        for (int i = 0; i < 3 && !hit; i++) hit = dn[i] >= DESC_MATCH && !strncmp(d[i], t, DESC_MATCH);
        if (!hit) continue;
        if (!k->keep && !k->reason && k->cls != C_BAD_LINK && w->nodes[k->owner].neg == NONE) k->keep = true;
        return;
    }
}

/* Does s[0, n) open like one of the page's descriptions? */
static bool opens_like_desc(const walker *w, const char *s, size_t n)
{
    char t[DESC_MATCH + 1];
    if (squash_alnum(s, n, t, sizeof t) < DESC_MATCH) return false;
    const char *descs[3] = {w->meta.desc_og, w->meta.desc_meta, w->meta.desc_ld};
    for (int i = 0; i < 3; i++) {
        char d[DESC_MATCH + 1];
        if (descs[i] && squash_alnum(descs[i], strlen(descs[i]), d, sizeof d) >= DESC_MATCH && !strncmp(d, t, DESC_MATCH)) return true;
    }
    return false;
}

/* When the chosen container keeps nothing (its text all boilerplate, or no element scored
 * above zero once hints counted against their text), the page is not rejected out of hand:
 * the article may sit under a hint that is wrong for this page ("comment" on a live match
 * report, "byline" on a column's wrapper, a forum thread). The element with the largest sum
 * without hints becomes the container — hints on it and its ancestors do not count inside it,
 * hints below it still do — provided it holds at least FALLBACK_MIN bytes of good running
 * text (so a home page of teasers, a login box, a cookie banner stay rejected). */
#define FALLBACK_MIN 300  /* bytes of good text the fallback container must hold */
static uint32_t fallback_container(walker *w)
{
    sum_scores(w, false);
    uint32_t best = NONE;
    float bs = 0;
    for (size_t i = 0; i < w->n_nodes; i++)
        if (w->nodes[i].score > bs && w->nodes[i].hint != H_COOKIE) { bs = w->nodes[i].score; best = (uint32_t)i; }
    if (best == NONE) return NONE;
    /* a kind of hint whose outermost elements hold most of the container's good text is
     * wrong for this page: it is cancelled inside the container */
    float by_kind[H_N] = {0};
    const hnode *B = &w->nodes[best];
    for (uint32_t i = best; i < B->end; i++) {
        const hnode *e = &w->nodes[i];
        if (e->hint && e->hint != H_COOKIE && (e->parent == NONE || w->nodes[e->parent].neg == NONE)) by_kind[e->hint] += e->pscore;
    }
    bool changed = false;
    for (uint32_t i = best; i < B->end; i++) {
        hnode *e = &w->nodes[i];
        if (e->hint && by_kind[e->hint] > 0.5f * B->pscore) { e->hint = H_NONE; changed = true; }
    }
    if (changed) propagate_hints(w);
    size_t good = 0;
    for (size_t b = w->nodes[best].b0; b < w->nodes[best].b1; b++)
        if (w->blocks[b].cls == C_GOOD && !w->blocks[b].cookie) good += w->blocks[b].end - w->blocks[b].start;
    return good >= FALLBACK_MIN ? best : NONE;
}

/* ---- selection ---- */

/* Truncating the article at a "Related"/"Comments" label cost more recall than it won
 * precision on the evaluation set (measured in round 1), so such labels are only dropped. */

/* The first occurrence of ph[0, pl) in low[0, ln) at word boundaries (no ASCII letter on
 * either side), or NULL. */
static const char *whole_phrase(const char *low, size_t ln, const char *ph, size_t pl)
{
    for (const char *p = low; (p = strstr(p, ph)) != NULL; p++) {
        size_t e = (size_t)(p - low) + pl;
        bool lb = p == low || !((unsigned char)p[-1] >= 'a' && (unsigned char)p[-1] <= 'z');
        bool rb = e >= ln || !((unsigned char)low[e] >= 'a' && (unsigned char)low[e] <= 'z');
        if (lb && rb) return p;
    }
    return NULL;
}

/* The first entry of a "reason|phrase" table (in table order) whose phrase occurs in the
 * lower-cased text low[0, ln) as whole words; NULL when none. With `mostly`, a phrase counts only
 * when the text is not much longer than it (ln <= 2 * its length + 40); with `reason`, only the
 * entries of that reason count. *reason_len gets the length of the entry's reason. */
static const char *table_phrase(const pr_wordlist *cues, const char *low, size_t ln, bool mostly, const char *reason,
                                size_t *reason_len)
{
    size_t rn = reason ? strlen(reason) : 0;
    for (size_t k = 0; k < cues->n; k++) {
        const char *ent = pr_wordlist_word(cues, k);
        const char *bar = strchr(ent, '|');
        if (!bar || !bar[1]) continue;
        if (reason && ((size_t)(bar - ent) != rn || strncmp(ent, reason, rn) != 0)) continue;
        size_t pl = strlen(bar + 1);
        if (mostly && ln > 2 * pl + 40) continue;
        if (whole_phrase(low, ln, bar + 1, pl)) { *reason_len = (size_t)(bar - ent); return ent; }
    }
    return NULL;
}

/* Does the text s[0, n) hold an error page's notice (an entry "error|phrase" of the cue table,
 * anywhere in it: "The page you requested cannot be found. The page you are looking for might
 * have been removed, …")? */
static bool error_notice(const pr_wordlist *cues, const char *s, size_t n)
{
    if (!cues || !s || n > 2000) return false;
    size_t ln = 0;
    char *low = pr_utf8_lower(s, n, &ln);
    if (!low) return false;
    size_t rl;
    bool hit = table_phrase(cues, low, ln, false, "error", &rl) != NULL;
    pr_free(low);
    return hit;
}

/* Cue phrases of the page's language (data/boilerplate/<lang>.txt, "reason|phrase"): a short
 * block that is mostly such a phrase ("Read more", "Share this article", "Lire aussi") is
 * dropped. Returns the cue's reason (static). */
static const char *cue_of(const pr_wordlist *cues, const char *s, size_t n)
{
    if (!cues || n > 200) return NULL;
    size_t ln = 0, rl = 0;
    char *low = pr_utf8_lower(s, n, &ln);
    if (!low) return NULL;
    const char *ent = table_phrase(cues, low, ln, true, NULL, &rl);
    pr_free(low);
    if (!ent) return NULL;
    static const struct { const char *cue, *reason; } map[] = {
        {"comment-form", "comment"}, {"share", "share"}, {"credit", "caption"}, {"related", "related"},
        {"newsletter", "newsletter"}, {"cookie", "cookie"}, {"menu", "nav"}, {"ad", "ad"}, {"widget", "widget"},
        {"tags", "tags"}, {"error", "error"}};
    for (size_t r = 0; r < sizeof map / sizeof map[0]; r++)
        if (strlen(map[r].cue) == rl && !strncmp(ent, map[r].cue, rl)) return map[r].reason;
    return "boilerplate";
}

static bool is_heading(const walker *w, const hblock *k) { uint8_t kd = w->nodes[k->owner].kind; return kd == K_H || kd == K_H1; }

/* Is the text s[0, n) (at least 8 bytes) part of the title t, ignoring ASCII case and spacing? */
static bool title_has(const char *t, const char *s, size_t n)
{
    if (!t || n < 8) return false;
    char a[512], b[512];
    size_t an = 0, bn = 0;
    for (size_t i = 0; t[i] && an + 1 < sizeof a; i++)
        if (t[i] != ' ' && t[i] != '\n') a[an++] = (char)lc((unsigned char)t[i]);
    for (size_t i = 0; i < n && bn + 1 < sizeof b; i++)
        if (s[i] != ' ' && s[i] != '\n') b[bn++] = (char)lc((unsigned char)s[i]);
    a[an] = b[bn] = 0;
    return bn >= 6 && strstr(a, b) != NULL;
}
/* Does the text s[0, n) hold one of the phrases of cues ("reason|phrase") as whole words?
 * Returns the reason's name (static) or NULL. */
static const char *phrase_in(const pr_wordlist *cues, const char *s, size_t n)
{
    if (!cues) return NULL;
    size_t ln = 0, rl = 0;
    char *low = pr_utf8_lower(s, n, &ln);
    if (!low) return NULL;
    const char *ent = table_phrase(cues, low, ln, false, NULL, &rl);
    pr_free(low);
    if (!ent) return NULL;
    static const char *const reasons[] = {"appeal", "notice", "bio"};
    for (size_t r = 0; r < sizeof reasons / sizeof reasons[0]; r++)
        if (strlen(reasons[r]) == rl && !strncmp(ent, reasons[r], rl)) return reasons[r];
    return "appeal";
}

/* Appeals (drop_appeals). */
#define APPEAL_MAX 400      /* bytes above which a block is never an appeal */
#define APPEAL_ANY 160      /* bytes up to which a block is an appeal wherever it stands */
#define APPEAL_HEAD 0.15f   /* longer ones only in this head share of the kept text... */
#define APPEAL_TAIL 0.35f   /* ...or in this tail share */

/* Paragraphs addressed to the reader or about the site rather than the story — subscription,
 * newsletter and donation appeals, app and social-media invitations, disclosures, the author's
 * bio — are recognised by their words (data/appeals/<lang>.txt) in a block of a few sentences
 * at the head or the tail of the kept text, where sites put them. */
static void drop_appeals(walker *w)
{
    const pr_wordlist *cues = pr_wordlist_get("appeals", w->lang);
    if (!cues) return;
    size_t total = 0;
    for (size_t b = 0; b < w->n_blocks; b++)
        if (w->blocks[b].keep) total += w->blocks[b].end - w->blocks[b].start;
    size_t off = 0;
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        if (!k->keep) continue;
        size_t n = k->end - k->start;
        size_t at = off;
        off += n;
        if (k->ld || n > APPEAL_MAX) continue;
        if (n > APPEAL_ANY && !((float)at >= (1.f - APPEAL_TAIL) * (float)total || (float)(at + n) <= APPEAL_HEAD * (float)total))
            continue;
        const char *r = phrase_in(cues, w->text.data + k->start, n);
        if (r) { k->keep = false; k->reason = r; }
    }
}

static bool is_lower_ascii(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* Legends (is_legend). */
#define LEGEND_MAX 300         /* bytes above which a block is never a legend */
#define LEGEND_SOURCE_MAX 80   /* bytes after "label:" in a trailing "(Foto: Getty)" source */

/* A figure's legend without a caption element: a short block that opens with a label of the
 * page's language (data/legends: "Abbildung 4: ...", "Figure 2.", "Photo : ...") — a number
 * then a colon, full stop or dash, or directly a colon — or that ends with "label: source"
 * ("... im Überblick. (Foto: Getty)", "Roman Prymula, photo: Archives"). */
static bool is_legend(const pr_wordlist *labels, const char *s, size_t n)
{
    if (!labels || n < 4 || n > LEGEND_MAX) return false;
    size_t ln = 0;
    char *low = pr_utf8_lower(s, n, &ln);
    if (!low) return false;
    bool yes = false;
    for (size_t k = 0; k < labels->n && !yes; k++) {
        const char *lab = pr_wordlist_word(labels, k);
        size_t ll = labels->lens[k];
        if (!ll) continue;
        bool dot = lab[ll - 1] == '.';
        /* at the start (after an opening parenthesis) */
        size_t i = low[0] == '(' ? 1 : 0;
        if (ln - i > ll && !memcmp(low + i, lab, ll) && (dot || !is_lower_ascii((unsigned char)low[i + ll]))) {
            size_t p = i + ll;
            while (p < ln && low[p] == ' ') p++;
            bool num = false;
            while (p < ln && ((low[p] >= '0' && low[p] <= '9') || (num && low[p] == '.' && p + 1 < ln && low[p + 1] >= '0' && low[p + 1] <= '9'))) { num = true; p++; }
            if (num && p < ln && is_lower_ascii((unsigned char)low[p]) && (p + 1 >= ln || !is_lower_ascii((unsigned char)low[p + 1]))) p++;
            while (p < ln && low[p] == ' ') p++;
            if (p < ln && (low[p] == ':' || (num && (low[p] == '.' || low[p] == ')' || low[p] == '|' ||
                           (p + 2 < ln && (unsigned char)low[p] == 0xE2 && (unsigned char)low[p + 1] == 0x80 &&
                            ((unsigned char)low[p + 2] == 0x93 || (unsigned char)low[p + 2] == 0x94))))))
                yes = true;
        }
        /* at the end: "label: source" with no sentence after it */
        for (const char *q = low + 1; !yes && !dot && (q = strstr(q, lab)) != NULL; q++) {
            if (is_lower_ascii((unsigned char)q[-1])) continue;
            size_t p = (size_t)(q - low) + ll;
            while (p < ln && low[p] == ' ') p++;
            if (p >= ln || low[p] != ':') continue;
            size_t rest = ln - p - 1;
            if (rest == 0 || rest > LEGEND_SOURCE_MAX) continue;
            bool sentence = false;
            for (size_t x = p + 1; x + 1 < ln; x++)
                if ((low[x] == '.' || low[x] == '!' || low[x] == '?') && low[x + 1] == ' ') sentence = true;
            if (!sentence) yes = true;
        }
    }
    pr_free(low);
    return yes;
}

/* Selection inside and around the container (select_blocks). */
#define COPYRIGHT_MAX 160   /* bytes up to which a block with a copyright sign is a credit line */
#define COPYRIGHT_WORD 80   /* bytes up to which a block with the word "copyright" is one */
#define DATELINE_MAX 60     /* bytes up to which a block is tested for a dateline */
#define NEAR_LINKS_MAX 60   /* bytes up to which a line of links is looked past in smoothing */
#define EXT_SKIP_LEN 200    /* bytes up to which a bad block is stepped over outside the container */
#define EXT_SKIP_MAX 3      /* bad blocks stepped over there between two good ones */
#define EXT_GAP 3           /* short or near blocks in a row there before the walk stops */
#define LEAD_MAX_BLOCKS 80  /* blocks before the container searched for the headline h1 */

static void select_blocks(walker *w, uint32_t c)
{
    const hnode *C = &w->nodes[c];
    size_t b0 = C->b0, b1 = C->b1;
    /* hints: those on C or its ancestors do not count inside C */
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        k->keep = false;
        k->reason = NULL;
        uint32_t neg = w->nodes[k->owner].neg;
        if (neg != NONE && !(neg <= c && w->nodes[neg].end > c)) k->reason = hint_reason[w->nodes[neg].hint];
    }
    /* classes inside C after hints: 1 good, 0 neutral, -1 bad */
    for (size_t b = b0; b < b1; b++) {
        hblock *k = &w->blocks[b];
        if (k->reason) continue;
        if (is_teaser(w, k) && k->cls != C_SHORT) k->reason = "related";
        else if (k->cls == C_BAD_LINK) k->reason = "links";
        else if (k->cls == C_BAD_TEXT) k->reason = k->cookie ? "cookie" : "low-text-density";
    }
    /* cue phrases */
    const pr_wordlist *cues = pr_wordlist_get("boilerplate", w->lang);
    const pr_wordlist *webcues = pr_wordlist_get("webcues", w->lang);
    for (size_t b = 0; (cues || webcues) && b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        if (k->reason || (k->cls == C_GOOD && k->end - k->start > 200)) continue;
        const char *r = cue_of(cues, w->text.data + k->start, k->end - k->start);
        if (!r) r = cue_of(webcues, w->text.data + k->start, k->end - k->start);
        if (r) k->reason = r;
    }
    /* a short block carrying a copyright sign is a photo credit or a copyright line */
    for (size_t b = b0; b < b1; b++) {
        hblock *k = &w->blocks[b];
        size_t n = k->end - k->start;
        if (k->reason || k->ld || n > COPYRIGHT_MAX) continue;
        const char *t = w->text.data + k->start;
        for (size_t i = 0; i + 1 < n; i++)
            if ((unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA9) { k->reason = "caption"; break; }
        /* or the word, in a line of up to COPYRIGHT_WORD bytes: "Copyright: Jane Doe" (a
         * sentence about copyright is longer) */
        for (size_t i = 0; n <= COPYRIGHT_WORD && !k->reason && i + 9 <= n; i++)
            if (lc((unsigned char)t[i]) == 'c' && (i == 0 || !is_lower_ascii((unsigned char)lc((unsigned char)t[i - 1])))) {
                static const char cw[] = "copyright";
                size_t m = 0;
                while (m < 9 && lc((unsigned char)t[i + m]) == cw[m]) m++;
                if (m == 9 && (i + 9 == n || !is_lower_ascii((unsigned char)lc((unsigned char)t[i + 9])))) k->reason = "caption";
            }
    }
    /* a figure's legend or a photo's source, by its label */
    const pr_wordlist *legends = pr_wordlist_get("legends", w->lang);
    for (size_t b = 0; legends && b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        if (k->reason || k->ld || is_heading(w, k)) continue;
        if (is_legend(legends, w->text.data + k->start, k->end - k->start)) k->reason = "caption";
    }
    /* a short line that is mostly a date ("19.03.2019 11:45", "Mardi 19 septembre 2023") is a
     * dateline, not text */
    for (size_t b = b0; b < b1; b++) {
        hblock *k = &w->blocks[b];
        size_t n = k->end - k->start;
        if (k->reason || k->cls == C_GOOD || n > DATELINE_MAX || k->words > 8) continue;
        char tmp[DATELINE_MAX + 1], iso[40];
        memcpy(tmp, w->text.data + k->start, n);
        tmp[n] = 0;
        if (pr_html_date_iso(tmp, iso, sizeof iso)) k->reason = "byline";
    }
    /* context smoothing: a short or near-good block takes its class from the nearest
     * non-short neighbours; C's edges count as bad */
    for (size_t b = b0; b < b1; b++) {
        hblock *k = &w->blocks[b];
        if (k->reason) continue;
        if (k->cls == C_GOOD) { k->keep = true; continue; }
        int prev = -1, next = -1; /* -1 bad, 0 near, 1 good */
        bool prev_edge = true, next_edge = true; /* no non-short neighbour inside C */
        /* a near-good block looks past lines of links (a "Learn more" link between two
         * paragraphs) to the nearest text */
        bool past_links = k->cls == C_NEAR;
        for (size_t j = b; j-- > b0;) {
            hblock *q = &w->blocks[j];
            if (q->reason && (!strcmp(q->reason, "caption") || (k->cls == C_NEAR && !strcmp(q->reason, "byline")))) continue;
            if (past_links && q->reason && !strcmp(q->reason, "links") && q->end - q->start <= NEAR_LINKS_MAX) continue;
            if (q->reason || q->cls != C_SHORT) prev_edge = false;
            if (q->reason) { prev = -1; break; }
            if (q->cls == C_GOOD) { prev = 1; break; }
            if (q->cls == C_NEAR && k->cls == C_SHORT) { prev = 0; break; }
        }
        for (size_t j = b + 1; j < b1; j++) {
            hblock *q = &w->blocks[j];
            if (q->reason && (!strcmp(q->reason, "caption") || (k->cls == C_NEAR && !strcmp(q->reason, "byline")))) continue;
            if (past_links && q->reason && !strcmp(q->reason, "links") && q->end - q->start <= NEAR_LINKS_MAX) continue;
            if (q->reason || q->cls != C_SHORT) next_edge = false;
            /* a heading stands for what follows it: kept when good text follows, over weak
             * blocks (a link list, a line with few function words), dropped when the next thing is boilerplate
             * (a related box, a share bar, an ad: "Top stories", "Our partners") */
            if (q->reason) {
                bool weak = !strcmp(q->reason, "links") || !strcmp(q->reason, "low-text-density");
                if (!is_heading(w, k) || (!weak && w->nodes[k->owner].kind == K_H)) { next = -1; break; }
                continue;
            }
            if (q->cls == C_GOOD) { next = 1; break; }
            if (q->cls == C_NEAR && k->cls == C_SHORT) { next = 0; break; }
        }
        if (k->cls == C_NEAR) k->keep = !(prev == -1 && next == -1) || (prev_edge || next_edge);
        else if (is_heading(w, k)) k->keep = next >= 0;
        else k->keep = prev >= 0 || next >= 0; /* not between two bad neighbours */
        if (!k->keep) k->reason = "low-text-density";
    }
    /* good text just outside C: walk outwards while the blocks are good or short, stepping
     * over a few small boilerplate blocks (a photo credit or share bar between two sections
     * of one article); only good blocks and the plain short ones between them are taken */
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t pending_from = dir < 0 ? b0 : b1;
        int gap = 0, skipped = 0;
        for (size_t b = dir < 0 ? b0 : b1; dir < 0 ? b > 0 : b < w->n_blocks;) {
            size_t j = dir < 0 ? b - 1 : b;
            hblock *q = &w->blocks[j];
            bool bad = q->reason || q->cls == C_BAD_LINK || q->cls == C_BAD_TEXT;
            if (bad) {
                if (q->end - q->start > EXT_SKIP_LEN || ++skipped > EXT_SKIP_MAX) break;
            } else if (q->cls == C_GOOD || (q->cls == C_NEAR && q->ld)) {
                size_t lo = dir < 0 ? j : pending_from, hi = dir < 0 ? pending_from : j + 1;
                for (size_t x = lo; x < hi; x++) {
                    hblock *y = &w->blocks[x];
                    if (y->reason || y->cls == C_BAD_LINK || y->cls == C_BAD_TEXT) continue;
                    y->keep = true;
                    y->reason = NULL;
                }
                pending_from = dir < 0 ? j : j + 1;
                gap = 0;
                skipped = 0;
            } else if (++gap > EXT_GAP) break;
            b = dir < 0 ? b - 1 : b + 1;
        }
    }
    /* the article's headline: the last h1 before C that repeats the page's title; the plain
     * text between it and C (a standfirst, a lead paragraph in an element of its own, set
     * apart from the body by a photo, its caption and the byline) belongs to the article */
    size_t h = b0;
    for (size_t j = b0; j-- > 0 && b0 - j <= LEAD_MAX_BLOCKS;)
        if (w->nodes[w->blocks[j].owner].kind == K_H1) {
            const hblock *q = &w->blocks[j];
            const char *t = w->text.data + q->start;
            size_t tn = q->end - q->start;
            if (title_has(w->meta.og_title, t, tn) || title_has(w->meta.title, t, tn) ||
                title_has(w->meta.ld_headline, t, tn)) h = j;
            break;
        }
    for (size_t j = h + 1; j < b0; j++) {
        hblock *q = &w->blocks[j];
        /* a standfirst in the article's <header> is text, not page header */
        if (h < b0 && q->reason && !strcmp(q->reason, "header") && (q->cls == C_GOOD || q->cls == C_NEAR))
            q->reason = NULL;
        if (q->keep || q->reason) continue;
        if (q->cls == C_GOOD || q->cls == C_NEAR) {
            char tmp[DATELINE_MAX + 1], iso[40];
            size_t n = q->end - q->start;
            if (n <= DATELINE_MAX) {
                memcpy(tmp, w->text.data + q->start, n);
                tmp[n] = 0;
                if (pr_html_date_iso(tmp, iso, sizeof iso)) { q->reason = "byline"; continue; }
            }
            q->keep = true;
        }
    }
    keep_desc_block(w, c);
    drop_appeals(w);
    for (size_t b = 0; b < w->n_blocks; b++) {
        hblock *k = &w->blocks[b];
        if (!k->keep && !k->reason) k->reason = "outside-main";
    }
}

/* Squashed, case-folded comparison of a heading with the title. */
static bool same_text(const char *a, size_t an, const char *b)
{
    if (!b) return false;
    size_t bn = strlen(b), i = 0, j = 0;
    for (;;) {
        while (i < an && (a[i] == ' ' || a[i] == '\n')) i++;
        while (j < bn && b[j] == ' ') j++;
        if (i >= an || j >= bn) return i >= an && j >= bn;
        if (lc((unsigned char)a[i]) != lc((unsigned char)b[j])) return false;
        i++; j++;
    }
}

/* ---- entry point ---- */

static void walker_free(walker *w)
{
    pr_html_meta_free(&w->meta);
    pr_free(w->nodes);
    pr_free(w->blocks);
    pr_buf_free(&w->text);
    pr_free(w->h1);
    pr_free(w->byline);
}

/* ---- script and style bodies, dropped before parsing ----
 * libxml2's HTML parser reads the body of a <script> or <style> one character at a time, and
 * those bodies are often most of a page's bytes; the extraction skips them anyway. This pass
 * removes them beforehand, following what the parser does in recovery mode: the body of a
 * <script ...> or <style ...> start tag runs to the first "</script" (resp. "</style"), in any
 * case; comments ("<!--" to "-->") are passed over whole, so that a tag inside one is not
 * taken for a real one. Kept: JSON-LD scripts (metadata), the tags themselves (attributes and
 * the end tag reach the parser as before), and everything when the markup is unusual (an
 * unterminated comment, a quote outside an attribute value): then the rest of the page is
 * copied unchanged. Works in place; returns the new length. */

/* The end of the start tag at s[0] ('<'): the offset just after its '>', or 0 if the tag
 * is unusual (a quote not opening an attribute value, no '>'). */
static size_t tag_end(const char *s, size_t n)
{
    size_t i = 1;
    while (i < n) {
        char c = s[i];
        if (c == '>') return i + 1;
        if (c == '"' || c == '\'') return 0;
        if (c == '=') {
            i++;
            while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
            if (i < n && (s[i] == '"' || s[i] == '\'')) {
                const char *q = memchr(s + i + 1, s[i], n - i - 1);
                if (!q) return 0;
                i = (size_t)(q - s) + 1;
                continue;
            }
            continue;
        }
        i++;
    }
    return 0;
}

static size_t strip_raw_text(char *s, size_t n)
{
    size_t r = 0, w = 0;
    while (r < n) {
        const char *lt = memchr(s + r, '<', n - r);
        size_t at = lt ? (size_t)(lt - s) : n;
        if (w != r) memmove(s + w, s + r, at - r);
        w += at - r;
        r = at;
        if (r >= n) break;
        const char *p = s + r;
        size_t left = n - r;
        if (left >= 4 && !memcmp(p, "<!--", 4)) {
            const char *e = NULL;
            for (size_t k = 4; k + 2 < left; k++)
                if (p[k] == '-' && p[k + 1] == '-' && p[k + 2] == '>') { e = p + k + 3; break; }
            if (!e) break;                                   /* unterminated: copy the rest */
            size_t len = (size_t)(e - p);
            if (w != r) memmove(s + w, p, len);
            w += len; r += len;
            continue;
        }
        const char *name = NULL;
        if (ci_prefix(p + 1, left - 1, "script")) name = "</script";
        else if (ci_prefix(p + 1, left - 1, "style")) name = "</style";
        size_t nl = name ? strlen(name) - 2 : 0;             /* "script" / "style" */
        char after = name && left > nl + 1 ? p[nl + 1] : 0;
        if (!name || !(after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n' || after == '\r')) {
            s[w++] = s[r++];                                 /* another '<' */
            continue;
        }
        size_t te = tag_end(p, left);
        if (!te) break;                                      /* unusual markup: copy the rest */
        bool keep = te >= 2 && p[te - 2] == '/';             /* <script/>: no body */
        for (size_t k = 0; k + 7 <= te && !keep; k++) keep = ci_prefix(p + k, te - k, "ld+json");
        if (w != r) memmove(s + w, p, te);
        w += te; r += te;
        if (keep) continue;
        /* the body runs to the first end tag of that name, in any case, or to the end */
        size_t b = r;
        while (b < n) {
            const char *q = memchr(s + b, '<', n - b);
            if (!q) { b = n; break; }
            b = (size_t)(q - s);
            if (ci_prefix(s + b, n - b, name)) break;
            b++;
        }
        r = b;                                               /* the body is dropped */
    }
    if (r < n) {                                             /* the rest, copied unchanged */
        if (w != r) memmove(s + w, s + r, n - r);
        w += n - r;
    }
    return w;
}

/* The page's language and its JSON-LD text (pr_html_to_doc). */
#define DECLARED_MIN 0.10f  /* share of the declared language's function words the text must hold */
#define LD_TEXT_MIN 500     /* bytes from which a JSON-LD articleBody can replace the kept text */
#define LD_DESC_MIN 400     /* bytes from which a JSON-LD description can (without articleBody) */
#define LD_TEXT_SHARE 0.25f /* they do when the kept text is under this share of their length */

precis_status pr_html_to_doc(precis_doc *doc, const char *data, size_t len, const char **why)
{
    *why = NULL;
    pr_html_input in;
    precis_status st = pr_html_decode(data, len, &in, why);
    if (st != PRECIS_OK) return st;
    doc->encoding = in.encoding;
    doc->repaired = in.repaired;
    if (in.len > INT32_MAX) { pr_free(in.utf8); *why = "page too large for the HTML parser"; return PRECIS_ERR_LIMIT; }
    if (in.len == 0) { pr_free(in.utf8); *why = "the HTML parser found no document"; return PRECIS_ERR_EMPTY; }
    in.len = strip_raw_text(in.utf8, in.len);
    xmlInitParser();
    walker w;
    memset(&w, 0, sizeof w);
    pr_buf_init(&w.text);
    w.cur = NONE;
    w.owner = NONE;
    bool parsed = parse(&w, in.utf8, in.len);
    pr_free(in.utf8);
    if (!parsed) { walker_free(&w); *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    if (w.oom || w.text.oom || w.meta.oom) { walker_free(&w); *why = "out of memory"; return PRECIS_ERR_NOMEM; }

    /* blocks owned by no element (text at the document level) belong to the first node */
    for (size_t b = 0; b < w.n_blocks; b++)
        if (w.blocks[b].owner == NONE) w.blocks[b].owner = 0;
    /* the page's language: what the text says, else what the page declares */
    char declared[3] = {0};
    {
        const char *l = w.meta.lang_html ? w.meta.lang_html : w.meta.lang_meta;
        if (l && l[0] && l[1]) { declared[0] = (char)lc((unsigned char)l[0]); declared[1] = (char)lc((unsigned char)l[1]); }
    }
    float dshare = 0.f; /* the share of the declared language's function words */
    const char *lang = pr_lang_detect_share(w.text.data ? w.text.data : "", w.text.len,
                                            declared[0] ? declared : NULL, &dshare);
    if (!strcmp(lang, "und") && declared[0]) lang = declared;
    /* blocks are judged by the function words of the page's language; a declared language
     * that the text does not bear out (a Bengali or Papiamento page declared "en") would find
     * none in its text, which is then judged without a list */
    const char *blang = lang;
    if (lang == declared && pr_lang_get(declared) && dshare < DECLARED_MIN)
        blang = "und";
    /* first h1, for the title */
    for (size_t b = 0; b < w.n_blocks; b++)
        if (w.nodes[w.blocks[b].owner].kind == K_H1) {
            w.h1 = pr_html_squash(w.text.data + w.blocks[b].start, w.blocks[b].end - w.blocks[b].start);
            break;
        }
    if (w.n_blocks) {
        w.lang = blang;
        classify(&w, blang);
        uint32_t c = choose_container(&w);
        if (c != NONE) select_blocks(&w, c);
        bool any = false;
        for (size_t b = 0; b < w.n_blocks && !any; b++) any = w.blocks[b].keep;
        uint32_t f = any ? NONE : fallback_container(&w);
        if (f != NONE) { c = f; select_blocks(&w, c); }
        if (c == NONE)
            for (size_t b = 0; b < w.n_blocks; b++) w.blocks[b].reason = "low-text-density";
    }
    if (w.byline && !w.meta.authors_dom) { w.meta.authors_dom = w.byline; w.byline = NULL; }
    if (!pr_html_meta_finish(&w.meta, doc, w.h1)) { walker_free(&w); *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    if (strcmp(lang, "und") != 0 && strlen(lang) < sizeof doc->lang) snprintf(doc->lang, sizeof doc->lang, "%s", lang);

    /* an error page served instead of the article: a notice ("Page not found") in its title,
     * its h1 or a kept block, and less than an article's worth of text (PR_ERROR_PAGE_WORDS) */
    const pr_wordlist *cues = pr_wordlist_get("boilerplate", w.lang ? w.lang : doc->lang);
    size_t kept_words = 0;
    for (size_t b = 0; b < w.n_blocks; b++)
        if (w.blocks[b].keep) kept_words += w.blocks[b].words;
    bool error_page = false;
    if (kept_words < PR_ERROR_PAGE_WORDS) {
        error_page = error_notice(cues, doc->title, doc->title ? strlen(doc->title) : 0);
        for (size_t b = 0; b < w.n_blocks && !error_page; b++) {
            hblock *k = &w.blocks[b];
            if (k->keep || is_heading(&w, k)) error_page = error_notice(cues, w.text.data + k->start, k->end - k->start);
        }
    }
    if (error_page)
        for (size_t b = 0; b < w.n_blocks; b++)
            if (w.blocks[b].keep) { w.blocks[b].keep = false; w.blocks[b].reason = "error"; }
    /* the h1 that repeats the title belongs to the metadata, not to the text */
    pr_buf out;
    pr_buf_init(&out);
    bool first = true;
    size_t good = 0;
    for (size_t b = 0; b < w.n_blocks; b++) {
        hblock *k = &w.blocks[b];
        const char *s = w.text.data + k->start;
        size_t n = k->end - k->start;
        if (k->keep && w.nodes[k->owner].kind == K_H1 &&
            (same_text(s, n, doc->title) || same_text(s, n, w.meta.title) || same_text(s, n, w.meta.og_title))) {
            k->keep = false;
            k->reason = "title";
        }
        if (!k->keep) {
            if (!pr_doc_add_removed(doc, s, n, k->reason ? k->reason : "low-text-density")) { out.oom = true; break; }
            continue;
        }
        if (k->cls == C_GOOD) good++;
        if (!first) pr_buf_putc(&out, '\n');
        pr_buf_put(&out, s, n);
        first = false;
    }
    /* a page whose visible text is empty or much shorter than the articleBody of its JSON-LD
     * (the story rendered by a script, or behind a login box, the body only in the markup's
     * data): that body is the text, and the blocks that were kept are recorded as dropped */
    if (!out.oom && w.meta.ld_text) {
        size_t ll = strlen(w.meta.ld_text);
        if (ll >= LD_TEXT_MIN && (float)out.len < LD_TEXT_SHARE * (float)ll) {
            out.len = 0;
            for (size_t b = 0; b < w.n_blocks && !out.oom; b++) {
                hblock *k = &w.blocks[b];
                if (!k->keep) continue;
                const char *s = w.text.data + k->start;
                size_t n = k->end - k->start;
                if (opens_like_desc(&w, s, n)) {  /* the standfirst, rarely in the body */
                    pr_buf_put(&out, s, n);
                    pr_buf_putc(&out, '\n');
                } else if (!pr_doc_add_removed(doc, s, n, "json-ld-body")) out.oom = true;
            }
            pr_buf_put(&out, w.meta.ld_text, ll);
        }
    } else if (!out.oom && w.meta.desc_ld) {
        /* no articleBody, but an article description of article length (LD_DESC_MIN bytes),
         * over four times the kept text and opening no kept block: it is the text */
        size_t ll = strlen(w.meta.desc_ld);
        bool has = false;
        for (size_t b = 0; b < w.n_blocks && !has; b++)
            has = w.blocks[b].keep && opens_like_desc(&w, w.text.data + w.blocks[b].start, w.blocks[b].end - w.blocks[b].start);
        if (!has && ll >= LD_DESC_MIN && (float)out.len < LD_TEXT_SHARE * (float)ll) {
            for (size_t b = 0; b < w.n_blocks && !out.oom; b++) {
                hblock *k = &w.blocks[b];
                if (k->keep && !pr_doc_add_removed(doc, w.text.data + k->start, k->end - k->start, "json-ld-description")) out.oom = true;
            }
            out.len = 0;
            pr_buf_put(&out, w.meta.desc_ld, ll);
        }
    }
    walker_free(&w);
    if (out.oom) { pr_buf_free(&out); *why = "out of memory"; return PRECIS_ERR_NOMEM; }
    if (out.len == 0) {
        pr_buf_free(&out);
        *why = error_page ? "no article text: an error page (\"page not found\" or the like)"
                          : "no article text found in the page (an index, a home page or an empty body?)";
        return PRECIS_ERR_EMPTY;
    }
    (void)good;
    /* NFC, through the plain-text decoder (the text is valid UTF-8 already) */
    pr_decoded dec;
    st = pr_decode_text(out.data, out.len, &dec, why);
    pr_buf_free(&out);
    if (st != PRECIS_OK) return st;
    doc->text = dec.text;
    doc->text_len = dec.len;
    return PRECIS_OK;
}

/* ---- public accessors of the extraction's metadata (precis.h, section Extraction) ---- */
const char *precis_doc_authors(const precis_doc *d) { return d ? d->authors : NULL; }
const char *precis_doc_date(const precis_doc *d) { return d ? d->date : NULL; }
const char *precis_doc_site(const precis_doc *d) { return d ? d->site : NULL; }
const char *precis_doc_url(const precis_doc *d) { return d ? d->url : NULL; }
const char *precis_doc_description(const precis_doc *d) { return d ? d->description : NULL; }
