/*
 * anchor.c - anchors: making one from a byte range of an article, finding
 * a quote again, and carrying annotations over an edit of the text.
 *
 * A relocation first works out the changed region once: the longest
 * common prefix and suffix of the old and new texts, in whole characters.
 * An annotation wholly before it should be where it was, one wholly after
 * it should have moved by the change in length; it is checked there (its
 * exact text and its whole context) and that is all most annotations
 * cost: O(their paragraph), no allocation when nothing about them changed.
 *
 * The rest are looked for, in this order, each step only when the ones
 * before found nothing good enough:
 *
 *   1. the exact text in a window around where it should be (reaching back
 *      to its old offset, WINDOW_SLACK code points on each side), taken at
 *      once if its whole context agrees;
 *   2. for a correction, its replacement in the window, with
 *      RESOLVE_CONTEXT of its context, when it is placed better than any
 *      occurrence of the exact text there;
 *   3. the exact text anywhere;
 *   4. an approximate match, with at most a quarter of the quote's code
 *      points as edit distance: Myers' bit-vector algorithm over code
 *      points (approx.h), a paragraph at a time (no match spans two), in
 *      the window and with FUZZY_CONTEXT_NEAR of its context; then, only
 *      for quotes of at most FUZZY_WHOLE_MAX code points, in the whole
 *      text with FUZZY_CONTEXT_FAR of its context (far from its place,
 *      words that only look alike are not taken for the quote).  Of the
 *      ends of matches found, the FUZZY_ENDS_MAX with the fewest
 *      differences are ranked.
 *
 * Hostile sets are bounded (a quote of 250,000 characters, 100,000
 * annotations none of which is where it says): a quote longer than
 * APPROX_PATTERN_MAX code points is only looked for exactly; approximate
 * matching in one relocation, all annotations together, works through at
 * most FUZZY_BUDGET words, and exact searches of the whole text through
 * at most WHOLE_BUDGET bytes; once a budget is spent the annotations left
 * are looked for only near their place, and may become orphans.
 *
 * Candidates are ranked by similarity (1 - distance / length), context
 * agreement (the share of the stored prefix and suffix characters that
 * agree, counted outward from the quote) and nearness to where the quote
 * should be, with the weights below; the best is kept.  Nothing found
 * leaves an orphan.
 */
#include <assert.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "approx.h"
#include "grow.h"
#include "unicode.h"
#include "utf8.h"

/* Code points searched on each side of a quote's expected place before
 * the whole text is. */
#define WINDOW_SLACK 512

/* The longest quote, in code points, matched approximately over the whole
 * text once nothing was found near its place. */
#define FUZZY_WHOLE_MAX 256

/* The words (code points of text times 64-row blocks of the quote) that
 * approximate matching may work through in one relocation, all
 * annotations together: a bound of a few tenths of a second. */
#define FUZZY_BUDGET (UINT64_C(1) << 27)

/* The bytes that exact searches of the whole text may scan in one
 * relocation (each occurrence ranked counts as 2 * ANNOTATION_CONTEXT
 * more): about a tenth of a second. */
#define WHOLE_BUDGET (UINT64_C(1) << 30)

/* The ends of approximate matches ranked in one range: those with the
 * fewest differences. */
#define FUZZY_ENDS_MAX 16

/* The share of its context an approximate match needs near its place,
 * and far from it; and that a correction's replacement needs to resolve
 * it. */
#define FUZZY_CONTEXT_NEAR 0.25
#define FUZZY_CONTEXT_FAR 0.5
#define RESOLVE_CONTEXT 0.5

/* How candidates are ranked; the weights add up to 1, so a candidate
 * that is not the exact text scores below 1. */
#define WEIGHT_SIMILARITY 0.6
#define WEIGHT_CONTEXT 0.3
#define WEIGHT_NEARNESS 0.1

/* The distance in bytes from the expected place at which nearness is 1/2. */
#define NEARNESS_SCALE 4096.0

/* Where an anchor lies in a text, measured without copying anything. */
struct span {
	size_t start, end;			/* bytes of the exact text */
	size_t prefix_start, suffix_end;	/* bytes of its context */
	uint64_t cp_start, cp_end;
	uint32_t paragraph;
	uint64_t para_start, para_end;
};

/* The strings an anchor is to take: each its old one, or a new copy. */
struct strings {
	char *exact, *prefix, *suffix;
};

/* The changed region of a relocation, in code points. */
struct change {
	uint64_t begin;		/* the first changed code point, in both texts */
	uint64_t old_end;	/* where the change ends in the old text */
	int64_t delta;		/* new length minus old length */
	uint64_t total;		/* code points in the new text */
};

/* Where an annotation stood relative to the change. */
enum side { SIDE_BEFORE, SIDE_INSIDE, SIDE_AFTER };

/* Some context of a quote: its bytes and code points. */
struct context {
	const char *text;
	size_t len, cps;
};

/* What one annotation looks for, and where. */
struct quote {
	const char *exact;	/* the text looked for: exact, or a replacement */
	size_t len, cps;
	struct context prefix, suffix;
	enum side side;
	uint64_t old_start;	/* its code point offset in the old text */
	uint64_t expected;	/* where it should be now, in code points */
	size_t at;		/* the same in bytes */
	size_t lo, hi;		/* the window searched first, in bytes */
};

/* A place found for a quote. */
struct candidate {
	size_t start, end;	/* bytes of the new text */
	double score;		/* its rank, 0..1; negative when none */
	int perfect;		/* its whole context agrees */
};

/* An end of an approximate match, kept to be ranked. */
struct fuzzy_end {
	size_t end;		/* an index into the decoded text */
	unsigned distance;
};

/* The state and scratch space of one relocation. */
struct relocation {
	struct article *article;	/* the new text */
	struct change change;
	uint32_t *pattern;		/* the quote, decoded */
	size_t pattern_alloc;
	uint32_t *text;			/* a piece of a paragraph, decoded */
	size_t *offsets;		/* each one's byte offset, and the end's */
	size_t text_alloc, offsets_alloc;
	struct fuzzy_end ends[FUZZY_ENDS_MAX];	/* the best of a range */
	size_t nends;
	uint64_t budget;		/* words left for approximate matching */
	uint64_t whole;			/* bytes left for whole-text exact searches */
};

/* Whether byte offset i of the len bytes at text begins a character (the
 * end does). */
static int at_boundary(const char *text, size_t len, size_t i)
{
	return i >= len || !utf8_is_continuation((unsigned char)text[i]);
}

/* The byte offset n code points before from (or 0). */
static size_t back_chars(const char *text, size_t from, size_t n)
{
	while (from > 0 && n > 0) {
		from--;
		if (!utf8_is_continuation((unsigned char)text[from]))
			n--;
	}
	return from;
}

/* The byte offset n code points after from (or len). */
static size_t forward_chars(const char *text, size_t len, size_t from, size_t n)
{
	while (from < len && n > 0) {
		from++;
		while (from < len && utf8_is_continuation((unsigned char)text[from]))
			from++;
		n--;
	}
	return from;
}

/* The offset of the first match of the len bytes at needle in
 * text[from, to), or to when there is none. */
static size_t next_match(const char *text, size_t from, size_t to, const char *needle,
			 size_t len)
{
	const char *hit = from < to ? memmem(text + from, to - from, needle, len) : NULL;

	return hit == NULL ? to : (size_t)(hit - text);
}

/* Record running out of memory while anchoring in article. */
static enum tanda_status out_of_memory(const struct article *article, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory while anchoring annotations",
			  article->name);
}

/* Build article's code point index, after which conversions cannot fail;
 * 0 on success. */
static int ensure_index(struct article *article)
{
	return article_cp_from_byte(article, 0) == (size_t)-1 ? -1 : 0;
}

/* Check that bytes [start, end) of article's text are a non-empty range
 * inside one paragraph, on grapheme cluster boundaries. */
static enum tanda_status check_range(const struct article *a, size_t start, size_t end,
				     struct tanda_error *err)
{
	if (start >= end)
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu are an empty range",
				  a->name, start, end);
	if (end > a->text_len)
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu end past the text (%zu bytes)",
				  a->name, start, end, a->text_len);
	if (!at_boundary(a->text, a->text_len, start) || !at_boundary(a->text, a->text_len, end))
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu cut a character in two",
				  a->name, start, end);
	if (!unicode_is_grapheme_boundary(a->text, a->text_len, start) ||
	    !unicode_is_grapheme_boundary(a->text, a->text_len, end))
		return tanda_fail(err, TANDA_EUSAGE, "%s: bytes %zu-%zu split a character (a letter "
				  "and its combining mark, a flag, an emoji sequence)", a->name, start,
				  end);
	if (memchr(a->text + start, '\n', end - start) != NULL)
		return tanda_fail(err, TANDA_EUSAGE,
				  "%s: bytes %zu-%zu cross the end of a paragraph", a->name, start, end);
	return TANDA_OK;
}

/* Measure the valid range [start, end) of a's text (its code point index
 * built): context, code points, paragraph. */
static void measure(struct article *a, size_t start, size_t end, struct span *s)
{
	size_t i = article_paragraph_at(a, start);
	const struct paragraph *p = &a->paragraphs[i];
	uint64_t base = article_cp_from_byte(a, p->start);

	assert(start < end && start >= p->start && end <= p->start + p->len);
	assert(at_boundary(a->text, a->text_len, start) && at_boundary(a->text, a->text_len, end));
	s->start = start;
	s->end = end;
	s->prefix_start = back_chars(a->text, start, ANNOTATION_CONTEXT);
	s->suffix_end = forward_chars(a->text, a->text_len, end, ANNOTATION_CONTEXT);
	s->paragraph = (uint32_t)(i + 1);
	s->cp_start = article_cp_from_byte(a, start);
	s->cp_end = article_cp_from_byte(a, end);
	s->para_start = s->cp_start - base;
	s->para_end = s->cp_end - base;
}

/* old when it holds the n bytes at s, else a new copy of them (NULL when
 * out of memory). */
static char *reuse_or_copy(char *old, const char *s, size_t n)
{
	char *copy;

	if (old != NULL && strncmp(old, s, n) == 0 && old[n] == '\0')
		return old;
	if ((copy = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(copy, s, n);
	copy[n] = '\0';
	return copy;
}

/* Free value unless it is field, the string it would have replaced. */
static void drop_string(const char *field, char *value)
{
	if (value != field)
		free(value);
}

/* Replace *field by value unless it is the same string. */
static void take_string(char **field, char *value)
{
	if (value != *field) {
		free(*field);
		*field = value;
	}
}

/* Free the strings of out that anchor does not own. */
static void discard_strings(const struct anchor *anchor, struct strings *out)
{
	drop_string(anchor->exact, out->exact);
	drop_string(anchor->prefix, out->prefix);
	drop_string(anchor->suffix, out->suffix);
}

/* The strings of span s of text, reusing anchor's where they are the same;
 * 0 on success, -1 (with nothing allocated) when out of memory. */
static int prepare_strings(const struct anchor *anchor, const char *text, const struct span *s,
			   struct strings *out)
{
	out->exact = reuse_or_copy(anchor->exact, text + s->start, s->end - s->start);
	out->prefix = reuse_or_copy(anchor->prefix, text + s->prefix_start,
				    s->start - s->prefix_start);
	out->suffix = reuse_or_copy(anchor->suffix, text + s->end, s->suffix_end - s->end);
	if (out->exact != NULL && out->prefix != NULL && out->suffix != NULL)
		return 0;
	discard_strings(anchor, out);
	return -1;
}

/* Give anchor the strings prepared for it, freeing those they replace. */
static void commit_strings(struct anchor *anchor, const struct strings *in)
{
	take_string(&anchor->exact, in->exact);
	take_string(&anchor->prefix, in->prefix);
	take_string(&anchor->suffix, in->suffix);
}

/* Copy the positions of span s into anchor. */
static void set_span(struct anchor *anchor, const struct span *s)
{
	anchor->start = s->cp_start;
	anchor->end = s->cp_end;
	anchor->paragraph = s->paragraph;
	anchor->para_start = s->para_start;
	anchor->para_end = s->para_end;
}

/*
 * The anchor is cleared first in the sense of annotation_clear: its old
 * strings (which must be NULL or owned) are freed.  On failure it is left
 * as it was.  The score of a new, exact anchor is 1.
 */
enum tanda_status anchor_make(struct article *article, size_t start, size_t end,
			      struct anchor *anchor, struct tanda_error *err)
{
	struct anchor fresh;
	struct strings strings;
	struct span span;
	enum tanda_status status = check_range(article, start, end, err);

	if (status != TANDA_OK)
		return status;
	if (ensure_index(article) != 0)
		return out_of_memory(article, err);
	measure(article, start, end, &span);
	memset(&fresh, 0, sizeof fresh);
	if (prepare_strings(&fresh, article->text, &span, &strings) != 0)
		return out_of_memory(article, err);
	free(anchor->exact);
	free(anchor->prefix);
	free(anchor->suffix);
	free(anchor->old_exact);
	memset(anchor, 0, sizeof *anchor);
	commit_strings(anchor, &strings);
	set_span(anchor, &span);
	anchor->state = ANCHOR_EXACT;
	anchor->score = 1.0;
	return TANDA_OK;
}

/* Whether the len bytes at s can be a quote: not empty, one paragraph's
 * worth (no newline), well-formed UTF-8. */
static int quotable(const char *s, size_t len)
{
	return len > 0 && memchr(s, '\n', len) == NULL && utf8_valid(s, len);
}

/*
 * A match may not span two paragraphs: a quote with a newline is never
 * found.  Matches may overlap ("aa" is found twice in "aaa").
 */
int anchor_find(const struct article *article, const char *exact, size_t paragraph,
		size_t occurrence, size_t *start, size_t *end)
{
	size_t len = exact != NULL ? strlen(exact) : 0;
	size_t lo = 0, hi = article->text_len, at;

	if (occurrence == 0 || paragraph > article->count || !quotable(exact, len))
		return 0;
	if (paragraph > 0) {
		lo = article->paragraphs[paragraph - 1].start;
		hi = lo + article->paragraphs[paragraph - 1].len;
	}
	for (at = next_match(article->text, lo, hi, exact, len); at < hi;
	     at = next_match(article->text, at + 1, hi, exact, len))
		if (--occurrence == 0) {
			*start = at;
			*end = at + len;
			return 1;
		}
	return 0;
}

/* Bytes at the start that a and b share, cut back to a character
 * boundary of both. */
static size_t common_prefix(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t limit = alen < blen ? alen : blen, n = 0;

	while (n + 64 <= limit && memcmp(a + n, b + n, 64) == 0)
		n += 64;
	while (n < limit && a[n] == b[n])
		n++;
	while (n > 0 && !(at_boundary(a, alen, n) && at_boundary(b, blen, n)))
		n--;
	return n;
}

/* Bytes at the end that a and b share, at most limit, cut back to a
 * character boundary. */
static size_t common_suffix(const char *a, size_t alen, const char *b, size_t blen, size_t limit)
{
	size_t n = 0;

	while (n + 64 <= limit && memcmp(a + alen - n - 64, b + blen - n - 64, 64) == 0)
		n += 64;
	while (n < limit && a[alen - n - 1] == b[blen - n - 1])
		n++;
	while (n > 0 && !at_boundary(a, alen, alen - n))
		n--;
	return n;
}

/* Work out the change from the old_len bytes of old to article's text. */
static void find_change(const char *old, size_t old_len, struct article *article,
			struct change *c)
{
	const char *text = article->text;
	size_t len = article->text_len;
	size_t prefix = common_prefix(old, old_len, text, len);
	size_t limit = (old_len < len ? old_len : len) - prefix;
	size_t suffix = common_suffix(old, old_len, text, len, limit);
	uint64_t old_total = utf8_count(old, old_len);

	c->total = article_cp_from_byte(article, len);
	c->begin = utf8_count(old, prefix);
	c->old_end = old_total - utf8_count(old + old_len - suffix, suffix);
	c->delta = (int64_t)c->total - (int64_t)old_total;
}

/* Code point offset cp, at most the new text's length. */
static uint64_t clamped(const struct change *c, uint64_t cp)
{
	return cp < c->total ? cp : c->total;
}

/* Old code point offset cp moved by the change in length, within the new
 * text. */
static uint64_t shifted(const struct change *c, uint64_t cp)
{
	int64_t moved = (int64_t)cp + c->delta;

	return moved < 0 ? 0 : clamped(c, (uint64_t)moved);
}

/* Where an anchor stood relative to the change. */
static enum side side_of(const struct change *c, const struct anchor *anchor)
{
	if (anchor->end <= c->begin)
		return SIDE_BEFORE;
	if (anchor->start >= c->old_end)
		return SIDE_AFTER;
	return SIDE_INSIDE;
}

/* Set q's text to s; 0 when s cannot be a quote. */
static int quote_text(struct quote *q, const char *s)
{
	size_t len = s != NULL ? strlen(s) : 0;

	if (!quotable(s, len))
		return 0;
	q->exact = s;
	q->len = len;
	q->cps = utf8_count(s, len);
	return 1;
}

/* Set context c to s (NULL for none). */
static void context_init(struct context *c, const char *s)
{
	c->text = s != NULL ? s : "";
	c->len = strlen(c->text);
	c->cps = utf8_count(c->text, c->len);
}

/* Set up what anchor looks for; 0 when its exact text cannot be looked for. */
static int quote_init(struct relocation *r, const struct anchor *anchor, struct quote *q)
{
	if (!quote_text(q, anchor->exact))
		return 0;
	context_init(&q->prefix, anchor->prefix);
	context_init(&q->suffix, anchor->suffix);
	q->side = side_of(&r->change, anchor);
	q->old_start = anchor->start;
	q->expected = q->side == SIDE_AFTER ? shifted(&r->change, anchor->start)
					    : clamped(&r->change, anchor->start);
	q->at = article_byte_from_cp(r->article, q->expected);
	return 1;
}

/* Set q's window: around where it should be, reaching to its old offset
 * moved by the change for one inside it, and WINDOW_SLACK code points
 * more on each side. */
static void quote_window(struct relocation *r, struct quote *q)
{
	uint64_t a = q->expected;
	uint64_t b = q->side == SIDE_INSIDE ? shifted(&r->change, q->old_start) : a;
	uint64_t first = a < b ? a : b, last = a < b ? b : a;

	q->lo = article_byte_from_cp(r->article, first > WINDOW_SLACK ? first - WINDOW_SLACK : 0);
	q->hi = article_byte_from_cp(r->article, last + q->cps + WINDOW_SLACK);
}

/* Code points of prefix c that agree with text before byte at, counted
 * from the quote outward. */
static size_t agree_before(const char *text, size_t at, const struct context *c)
{
	size_t n = 0;

	while (n < c->len && n < at && text[at - 1 - n] == c->text[c->len - 1 - n])
		n++;
	return utf8_count(c->text + c->len - n, n);
}

/* Code points of suffix c that agree with the len bytes of text from
 * byte at, counted from the quote outward. */
static size_t agree_after(const char *text, size_t len, size_t at, const struct context *c)
{
	size_t n = 0;

	while (n < c->len && at + n < len && text[at + n] == c->text[n])
		n++;
	while (n > 0 && !at_boundary(c->text, c->len, n))
		n--;
	return utf8_count(c->text, n);
}

/* No candidate yet. */
static void candidate_none(struct candidate *c)
{
	c->start = c->end = 0;
	c->score = -1.0;
	c->perfect = 0;
}

/* Rank bytes [start, end) of a's text as a place for q, given their
 * similarity to it; keep them in best if they are better and at least
 * context_min of the context agrees. */
static void consider(const struct article *a, const struct quote *q, size_t start, size_t end,
		     double similarity, double context_min, struct candidate *best)
{
	size_t before = agree_before(a->text, start, &q->prefix);
	size_t after = agree_after(a->text, a->text_len, end, &q->suffix);
	size_t whole = q->prefix.cps + q->suffix.cps;
	double context = whole == 0 ? 1.0 : (double)(before + after) / (double)whole;
	size_t distance = start > q->at ? start - q->at : q->at - start;
	double nearness = 1.0 / (1.0 + (double)distance / NEARNESS_SCALE);
	double score = WEIGHT_SIMILARITY * similarity + WEIGHT_CONTEXT * context +
		       WEIGHT_NEARNESS * nearness;

	if (context < context_min || score <= best->score)
		return;
	best->start = start;
	best->end = end;
	best->score = score;
	best->perfect = before == q->prefix.cps && after == q->suffix.cps;
}

/* Whether q's text is where it should be; if so, rank that place in best. */
static int verify(const struct article *a, const struct quote *q, struct candidate *best)
{
	if (q->at + q->len > a->text_len || memcmp(a->text + q->at, q->exact, q->len) != 0)
		return 0;
	consider(a, q, q->at, q->at + q->len, 1.0, 0.0, best);
	return 1;
}

/* Whether budget still holds cost (which it then pays). */
static int spend(uint64_t *budget, uint64_t cost)
{
	if (cost > *budget)
		return 0;
	*budget -= cost;
	return 1;
}

/* Rank every occurrence of q's text in bytes [lo, hi) of a's text that has
 * context_min of its context, keeping the best in best; returns how many
 * there were. */
static size_t search_exact(const struct article *a, const struct quote *q, size_t lo,
			   size_t hi, double context_min, struct candidate *best)
{
	size_t at, found = 0;

	for (at = next_match(a->text, lo, hi, q->exact, q->len); at < hi;
	     at = next_match(a->text, at + 1, hi, q->exact, q->len), found++)
		consider(a, q, at, at + q->len, 1.0, context_min, best);
	return found;
}

/* Search the whole text for q as search_exact does, while the relocation's
 * WHOLE_BUDGET lasts (the text's bytes, and the context of each occurrence
 * ranked). */
static void search_whole(struct relocation *r, const struct quote *q, double context_min,
			 struct candidate *best)
{
	const struct article *a = r->article;
	uint64_t ranked;

	if (!spend(&r->whole, a->text_len))
		return;
	ranked = (uint64_t)search_exact(a, q, 0, a->text_len, context_min, best) * 2 *
		 ANNOTATION_CONTEXT;
	r->whole = ranked < r->whole ? r->whole - ranked : 0;
}

/* Whether q's window is the whole text. */
static int window_is_whole(const struct relocation *r, const struct quote *q)
{
	return q->lo == 0 && q->hi >= r->article->text_len;
}

/* For a correction: whether its replacement stands in q's window, with
 * enough context and better placed than best (which it then replaces). */
static int resolve(const struct relocation *r, const struct annotation *a,
		   const struct quote *q, struct candidate *best)
{
	struct quote replacement = *q;
	struct candidate found;

	if (a->kind != KIND_CORRECTION || !quote_text(&replacement, a->replacement))
		return 0;
	candidate_none(&found);
	search_exact(r->article, &replacement, q->lo, q->hi, RESOLVE_CONTEXT, &found);
	if (found.score < 0 || found.score <= best->score)
		return 0;
	*best = found;
	return 1;
}

/* Look for annotation a's quote q exactly (steps 1 to 3 at the top);
 * returns the state it takes, or ANCHOR_STATE_COUNT when it is not found. */
static enum anchor_state find_exactly(struct relocation *r, const struct annotation *a,
				      struct quote *q, struct candidate *best)
{
	candidate_none(best);
	if (q->side != SIDE_INSIDE && verify(r->article, q, best) && best->perfect)
		return ANCHOR_EXACT;
	quote_window(r, q);
	search_exact(r->article, q, q->lo, q->hi, 0.0, best);
	if (best->perfect)
		return ANCHOR_EXACT;
	if (resolve(r, a, q, best))
		return ANCHOR_RESOLVED;
	/* far from where it was, the same words must also have some of the
	 * same words around them: a "2019" elsewhere is not this "2019" */
	if (!window_is_whole(r, q))
		search_whole(r, q, FUZZY_CONTEXT_NEAR, best);
	return best->score >= 0 ? ANCHOR_EXACT : ANCHOR_STATE_COUNT;
}

/* Decode the len bytes at s into cps, and (when offsets is not NULL) the
 * byte offset of each plus base, and of the end; returns how many. */
static size_t decode(const char *s, size_t len, size_t base, uint32_t *cps, size_t *offsets)
{
	size_t i = 0, n = 0;

	while (i < len) {
		int step = utf8_decode(s + i, len - i, &cps[n]);

		if (offsets != NULL)
			offsets[n] = base + i;
		n++;
		i += (size_t)(step < 0 ? -step : step);
	}
	if (offsets != NULL)
		offsets[n] = base + i;
	return n;
}

/* approx_end_fn: keep an end among the FUZZY_ENDS_MAX with the fewest
 * differences (the first of equals). */
static void keep_end(void *context, size_t end, unsigned distance)
{
	struct relocation *r = context;
	size_t i, worst = 0;

	if (r->nends < FUZZY_ENDS_MAX) {
		r->ends[r->nends++] = (struct fuzzy_end){ .end = end, .distance = distance };
		return;
	}
	for (i = 1; i < FUZZY_ENDS_MAX; i++)
		if (r->ends[i].distance >= r->ends[worst].distance)
			worst = i;
	if (distance < r->ends[worst].distance)
		r->ends[worst] = (struct fuzzy_end){ .end = end, .distance = distance };
}

/* Rank the ends kept for q in the n code points of r->text: the start of
 * each one's best alignment, its similarity, its context. */
static void rank_ends(struct relocation *r, struct approx *ap, const struct quote *q, size_t k,
		      double context_min, struct candidate *best)
{
	size_t i;

	for (i = 0; i < r->nends; i++) {
		uint64_t cost = 0;
		unsigned distance;
		size_t start = approx_align(ap, r->text, r->ends[i].end, (unsigned)k, &distance,
					    &cost);
		double similarity = 1.0 - (double)distance / (double)q->cps;

		r->budget = cost < r->budget ? r->budget - cost : 0;
		consider(r->article, q, r->offsets[start], r->offsets[r->ends[i].end], similarity,
			 context_min, best);
	}
}

/* Match q approximately (k differences) in bytes [lo, hi) of the new text,
 * a paragraph at a time, keeping the best with context_min of its context
 * in best; a piece the budget cannot pay for is left out. */
static enum tanda_status fuzzy_range(struct relocation *r, struct approx *ap,
				     const struct quote *q, size_t k, size_t lo, size_t hi,
				     double context_min, struct candidate *best,
				     struct tanda_error *err)
{
	const struct article *a = r->article;
	size_t i;

	for (i = article_paragraph_at(a, lo); i < a->count && a->paragraphs[i].start < hi; i++) {
		const struct paragraph *p = &a->paragraphs[i];
		size_t from = lo > p->start ? lo : p->start;
		size_t to = hi < p->start + p->len ? hi : p->start + p->len;
		size_t n;

		if (to <= from)
			continue;
		if (GROW(r->text, r->text_alloc, to - from + 1) != 0 ||
		    GROW(r->offsets, r->offsets_alloc, to - from + 1) != 0)
			return out_of_memory(a, err);
		n = decode(a->text + from, to - from, from, r->text, r->offsets);
		if (n + k < q->cps || !spend(&r->budget, (uint64_t)n * ap->blocks))
			continue;
		r->nends = 0;
		approx_search(ap, r->text, n, (unsigned)k, keep_end, r);
		rank_ends(r, ap, q, k, context_min, best);
	}
	return TANDA_OK;
}

/* Look for an approximate match of q (step 4 at the top); best has a
 * negative score when there is none. */
static enum tanda_status find_approximately(struct relocation *r, const struct quote *q,
					    struct candidate *best, struct tanda_error *err)
{
	size_t m = q->cps, k = m / 4;
	struct approx ap;
	enum tanda_status status;

	candidate_none(best);
	if (k == 0 || m > APPROX_PATTERN_MAX || r->budget == 0)
		return TANDA_OK;	/* no difference allowed, too long, or no time left */
	if (GROW(r->pattern, r->pattern_alloc, m) != 0)
		return out_of_memory(r->article, err);
	decode(q->exact, q->len, 0, r->pattern, NULL);
	if (approx_init(&ap, r->pattern, m) != 0)
		return out_of_memory(r->article, err);
	status = fuzzy_range(r, &ap, q, k, q->lo, q->hi, FUZZY_CONTEXT_NEAR, best, err);
	if (status == TANDA_OK && best->score < 0 && !window_is_whole(r, q) &&
	    m <= FUZZY_WHOLE_MAX)
		status = fuzzy_range(r, &ap, q, k, 0, r->article->text_len, FUZZY_CONTEXT_FAR,
				     best, err);
	approx_release(&ap);
	return status;
}

/* Put anchor on best's bytes of the new text, in state with score.  An
 * anchor leaving ANCHOR_EXACT keeps what it said first in old_exact; one
 * becoming exact forgets it. */
static enum tanda_status place(struct relocation *r, struct anchor *anchor,
			       const struct candidate *best, enum anchor_state state,
			       double score, struct tanda_error *err)
{
	struct span span;
	struct strings strings;

	measure(r->article, best->start, best->end, &span);
	if (prepare_strings(anchor, r->article->text, &span, &strings) != 0)
		return out_of_memory(r->article, err);
	if (state == ANCHOR_EXACT) {
		free(anchor->old_exact);
		anchor->old_exact = NULL;
	} else if (anchor->old_exact == NULL && strings.exact != anchor->exact) {
		anchor->old_exact = anchor->exact;	/* commit_strings will not free it */
		anchor->exact = NULL;
	} else if (anchor->old_exact == NULL &&
		   (anchor->old_exact = strdup(anchor->exact)) == NULL) {
		discard_strings(anchor, &strings);
		return out_of_memory(r->article, err);
	}
	commit_strings(anchor, &strings);
	set_span(anchor, &span);
	anchor->state = state;
	anchor->score = score;
	return TANDA_OK;
}

/* Put anchor on its exact text found at best.  A fuzzy or resolved anchor
 * stays so (still to be confirmed), with its score and old_exact. */
static enum tanda_status place_found(struct relocation *r, struct anchor *anchor,
				     const struct candidate *best, struct tanda_error *err)
{
	if (anchor->state == ANCHOR_FUZZY || anchor->state == ANCHOR_RESOLVED)
		return place(r, anchor, best, anchor->state, anchor->score, err);
	return place(r, anchor, best, ANCHOR_EXACT, 1.0, err);
}

/*
 * Leave anchor unattached: its exact text, prefix, suffix and paragraph
 * offsets stay as they were (the quote to look for next time), old_exact
 * keeps what it said first, start and end are cut to the new text's
 * length and the paragraph to its number of paragraphs; score 0.
 */
static enum tanda_status orphan(struct relocation *r, struct anchor *anchor,
				struct tanda_error *err)
{
	if (anchor->old_exact == NULL && anchor->exact != NULL &&
	    (anchor->old_exact = strdup(anchor->exact)) == NULL)
		return out_of_memory(r->article, err);
	anchor->start = clamped(&r->change, anchor->start);
	anchor->end = clamped(&r->change, anchor->end);
	if (anchor->paragraph > r->article->count)
		anchor->paragraph = (uint32_t)r->article->count;
	anchor->state = ANCHOR_ORPHAN;
	anchor->score = 0.0;
	return TANDA_OK;
}

/* Carry annotation a over to the new text. */
static enum tanda_status relocate_one(struct relocation *r, struct annotation *a,
				      struct tanda_error *err)
{
	struct anchor *anchor = &a->anchor;
	struct quote q;
	struct candidate best;
	enum tanda_status status;

	if (!quote_init(r, anchor, &q))
		return orphan(r, anchor, err);
	switch (find_exactly(r, a, &q, &best)) {
	case ANCHOR_EXACT:
		return place_found(r, anchor, &best, err);
	case ANCHOR_RESOLVED:
		return place(r, anchor, &best, ANCHOR_RESOLVED, 1.0, err);
	default:
		break;
	}
	status = find_approximately(r, &q, &best, err);
	if (status != TANDA_OK)
		return status;
	if (best.score >= 0)
		return place(r, anchor, &best, ANCHOR_FUZZY, best.score, err);
	return orphan(r, anchor, err);
}

/* Free a relocation's scratch space. */
static void relocation_free(struct relocation *r)
{
	free(r->pattern);
	free(r->text);
	free(r->offsets);
}

/*
 * An anchor without usable exact text (none, empty, with a newline, not
 * UTF-8) becomes an orphan.  A resolved anchor's old_exact is the text it
 * corrected.  On failure (out of memory) the annotations before the one
 * that failed are relocated, the rest untouched; every anchor stays whole.
 */
enum tanda_status anchor_relocate(const char *old_text, size_t old_len,
				  struct article *new_article, struct annotation *annotations,
				  size_t count, struct tanda_error *err)
{
	struct relocation r;
	enum tanda_status status = TANDA_OK;
	size_t i;

	if (ensure_index(new_article) != 0)
		return out_of_memory(new_article, err);
	memset(&r, 0, sizeof r);
	r.article = new_article;
	r.budget = FUZZY_BUDGET;
	r.whole = WHOLE_BUDGET;
	if (old_text == NULL)
		old_len = 0;
	find_change(old_text != NULL ? old_text : "", old_len, new_article, &r.change);
	for (i = 0; i < count && status == TANDA_OK; i++)
		status = relocate_one(&r, &annotations[i], err);
	relocation_free(&r);
	return status;
}
