/*
 * relocate-quote.c - anchoring annotations that come with a quote alone
 * (another tool's, such as a browser's: the words, with some of the text
 * before and after them, and no positions in tanda's text) by the
 * relocation's rules: exact only where the words stand with their whole
 * quoted context at one place of the text; fuzzy, to be confirmed, where
 * they (or words a little different) stand at one place better than any
 * other with one side of their context whole; else an orphan.  Never
 * other words.
 *
 * A browser's text is not tanda's.  Whitespace runs are one space in both
 * (the importer collapses the quote's), but between two blocks the
 * browser has whitespace, or nothing, where tanda's text has a paragraph
 * break, and a quote's context runs on into the next block: a paragraph
 * break of the text stands for one space of the context, or for none.
 */
#include <string.h>

#include "relocate-int.h"
#include "relocate.h"
#include "utf8.h"

/* The longest quote, in bytes, looked for approximately: the matcher's
 * work grows with the differences allowed, a quarter of its length. */
#define QUOTE_APPROX_MAX 512

/* A quote's context: the text before and after its words. */
struct quote_context {
	const char *before, *after;
	size_t blen, alen;
};

/* Whether the n bytes at s are all spaces. */
static int all_spaces(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n == 0;
}

/* Bytes of side (slen bytes: the context before the words when before is
 * set, else after) that agree with text (len bytes) beside byte at, from
 * the words outward; *whole set when all of it does, or the text ends
 * where only spaces are left of it. */
static size_t agree_side(const char *text, size_t len, size_t at, const char *side, size_t slen,
			 int before, int *whole)
{
	size_t n = 0, i = 0;

	while (n < slen) {
		char want = before ? side[slen - 1 - n] : side[n], have;

		if (before ? i >= at : at + i >= len) {
			*whole = all_spaces(before ? side : side + n, slen - n);
			return n;
		}
		have = before ? text[at - 1 - i] : text[at + i];
		if (have == want || (have == '\n' && want == ' '))
			n++;
		else if (have != '\n')
			break;
		i++;
	}
	*whole = n == slen;
	return n;
}

/* How well bytes [start, end) of the text agree with quote context q:
 * the share of its bytes that do; *whole set when all of it does;
 * negative when neither side agrees whole (a side given, or none). */
static double agree_quote(const struct article *article, const struct quote_context *q,
			  size_t start, size_t end, int *whole)
{
	int whole_before, whole_after;
	size_t nb = agree_side(article->text, article->text_len, start, q->before, q->blen, 1,
			       &whole_before);
	size_t na = agree_side(article->text, article->text_len, end, q->after, q->alen, 0,
			       &whole_after);

	*whole = whole_before && whole_after;
	if (!(whole_before && q->blen > 0) && !(whole_after && q->alen > 0) && !*whole)
		return -1;
	return q->blen + q->alen == 0 ? 1.0 : (double)(nb + na) / (double)(q->blen + q->alen);
}

/* What an approximate search offers its matches to. */
struct quote_offering {
	const struct article *article;
	const struct quote_context *q;
	size_t m;		/* the words' code points */
	struct finding *f;
};

/* Rank an approximate match (fuzzy_offer_fn): as good as its words are
 * like the quote's and its context agrees, with one side whole. */
static void offer_quote(void *context, size_t start, size_t end, unsigned distance)
{
	struct quote_offering *o = context;
	double similarity = 1.0 - (double)distance / (double)o->m;
	int whole;
	double agree = agree_quote(o->article, o->q, start, end, &whole);

	if (agree >= 0 && distance > 0)
		search_add_partial(o->f, start, end, WEIGHT_WORDS * similarity + WEIGHT_CONTEXT * agree,
				   similarity);
}

/* Grade every occurrence of t's words in paragraph j: with their whole
 * quoted context, or short of it. */
static void scan_quote(const struct relocation *r, const struct target *t,
		       const struct quote_context *q, size_t j, struct finding *f)
{
	const struct paragraph *p = &r->new->paragraphs[j];
	const char *text = r->new->text, *hit;
	size_t at = p->start, hi = p->start + p->len;

	while (at < hi && (hit = memmem(text + at, hi - at, t->words, t->len)) != NULL) {
		size_t start = (size_t)(hit - text);
		int whole;
		double agree = agree_quote(r->new, q, start, start + t->len, &whole);

		if (whole)
			search_add_full(f, start, start + t->len);
		else if (agree >= 0)
			search_add_partial(f, start, start + t->len,
					   WEIGHT_WORDS + WEIGHT_CONTEXT * agree, 1.0);
		at = start + 1;
	}
}

/* Look for t's words with quote context q in the whole text: exactly,
 * then (approximate set) approximately.  The verdict, and the place in
 * *found. */
static enum verdict search_quote(struct relocation *r, const struct target *t,
				 const struct quote_context *q, int approximate,
				 struct range *found, struct finding *f)
{
	struct quote_offering o = { r->new, q, utf8_count(t->words, t->len), f };
	size_t j, read = 0;

	if (approximate && (t->len > QUOTE_APPROX_MAX || o.m / 4 == 0 ||
			    fuzzy_pattern(&r->fuzzy, t->words, t->len) != 0))
		return VERDICT_NOTHING;
	for (j = 0; j < r->new->count; j++) {
		const struct paragraph *p = &r->new->paragraphs[j];

		if (!search_may_read(r, &read, p->len * (approximate ? 4 : 1)))
			return VERDICT_NOTHING;
		if (!approximate)
			scan_quote(r, t, q, j, f);
		else if (fuzzy_search(&r->fuzzy, r->new->text, p->start, p->start + p->len, o.m / 4,
				      offer_quote, &o) != 0)
			r->failed = 1;
	}
	return search_decide(r, NULL, f, found);
}

/* Anchor annotation a by its quote in r's text. */
static enum tanda_status anchor_quote(struct relocation *r, struct annotation *a,
				      struct tanda_error *err)
{
	struct anchor *an = &a->anchor;
	struct quote_context q = { an->prefix ? an->prefix : "", an->suffix ? an->suffix : "",
				   0, 0 };
	struct target t = { an->exact, an->exact ? strlen(an->exact) : 0, ANCHOR_EXACT };
	struct finding f;
	struct range at;
	enum verdict v;

	q.blen = strlen(q.before);
	q.alen = strlen(q.after);
	if (t.len == 0 || memchr(t.words, '\n', t.len) != NULL || !utf8_valid(t.words, t.len))
		return relocate_orphan(r, a, err);
	search_finding_init(&f);
	v = search_quote(r, &t, &q, 0, &at, &f);
	if (v == VERDICT_FOUND && f.nfull == 1)
		return relocate_place(r, an, &at, ANCHOR_EXACT, 1.0, err);
	if (v == VERDICT_AMBIGUOUS && f.nfull > 1)
		return relocate_orphan(r, a, err);	/* its context tells them not apart */
	if (search_quote(r, &t, &q, 1, &at, &f) == VERDICT_FOUND)
		return relocate_place(r, an, &at, ANCHOR_FUZZY, f.score, err);
	return relocate_orphan(r, a, err);
}

enum tanda_status relocate_by_quote(struct article *article, struct annotation *annotations,
				    size_t count, struct tanda_error *err)
{
	struct relocation r;
	enum tanda_status status = TANDA_OK;
	size_t i;

	memset(&r, 0, sizeof r);
	r.new = article;
	r.budget = RELOCATE_BUDGET(article->text_len);
	if (article_cp_from_byte(article, 0) == (size_t)-1)
		status = relocate_out_of_memory(&r, err);
	for (i = 0; i < count && status == TANDA_OK; i++) {
		status = anchor_quote(&r, &annotations[i], err);
		if (status == TANDA_OK && r.failed)
			status = relocate_out_of_memory(&r, err);
	}
	fuzzy_release(&r.fuzzy);
	return status;
}
