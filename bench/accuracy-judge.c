/*
 * accuracy-judge.c - the histories of the accuracy benchmark: an
 * article's annotations made, each edit carried over by
 * relocate_annotations, and every annotation judged against where its
 * tokens truly are (accuracy.h says what is counted).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accuracy.h"
#include "anchor.h"
#include "bench.h"
#include "relocate.h"
#include "utf8.h"

/* The most tokens an annotation is made on. */
#define MARK_TOKENS 4

/* The share of annotations made on a correction. */
#define CORRECTION_EVERY 6

/* The misplaced annotations described on standard error, at most. */
#define DESCRIBED 20

/* An annotation and the truth about it: the tokens it was made on, their
 * words and context then, a correction's replacement. */
struct mark {
	uint32_t ids[MARK_TOKENS];
	size_t n;
	char *words, *before, *after;	/* as made */
	const char *first_word;		/* its first token's text, as made */
	const char *replacement;	/* a correction's, else NULL */
};

/* A revision as text, with where each token is. */
struct view {
	char *text;
	size_t len;
	size_t *starts;			/* of each token, in bytes */
	size_t *index_of;		/* token id -> its index + 1 (0: gone) */
	const struct revision *r;	/* &tokens */
	struct revision tokens;		/* a copy: the model's history grows */
	struct article *article;
};

/* One article's history in progress. */
struct history {
	struct model m;
	struct mark marks[MARKS];
	struct annotation annotations[MARKS];
	size_t nmarks;
	struct view old;
	size_t described;
};

/* Free what v holds. */
static void view_free(struct view *v)
{
	free(v->text);
	free(v->starts);
	free(v->index_of);
	free(v->tokens.tokens);
	article_free(v->article);
	memset(v, 0, sizeof *v);
}

/* Render the latest revision of m into v; 0 on success. */
static int view_make(struct model *m, struct view *v)
{
	struct tanda_error err;
	size_t i;

	const struct revision *latest = model_latest(m);

	memset(v, 0, sizeof *v);
	v->tokens.count = latest->count;
	v->tokens.tokens = malloc((latest->count + 1) * sizeof *latest->tokens);
	v->index_of = calloc(m->next_id + 1, sizeof *v->index_of);
	if (v->tokens.tokens == NULL || v->index_of == NULL)
		return bench_complain("out of memory");
	memcpy(v->tokens.tokens, latest->tokens, latest->count * sizeof *latest->tokens);
	v->r = &v->tokens;
	if (model_render(v->r, &v->text, &v->len, &v->starts) != 0)
		return bench_complain("out of memory");
	for (i = 0; i < v->r->count; i++)
		v->index_of[v->r->tokens[i].id] = i + 1;
	if (article_from_text("the revision", v->text, v->len, &v->article, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	return 0;
}

/* Where mark k's tokens stand in v, in bytes [*start, *end) from the
 * first to the last: 1 when they are there in a row inside one paragraph,
 * 2 when they are there in order inside one paragraph with other tokens
 * between (words put inside them), 0 when they are gone. */
static int locate(const struct view *v, const struct mark *k, size_t *start, size_t *end)
{
	size_t at = v->index_of[k->ids[0]], i, last;
	int in_a_row = 1;

	if (at == 0)
		return 0;
	last = --at;
	for (i = 1; i < k->n; i++) {
		size_t next = v->index_of[k->ids[i]];

		if (next == 0 || next - 1 <= last)
			return 0;
		for (; last < next - 1; last++)
			if (v->r->tokens[last].ends == ENDS_PARAGRAPH)
				return 0;
		in_a_row &= next - 1 == last;
	}
	*start = v->starts[at];
	*end = v->starts[last] + strlen(v->r->tokens[last].text);
	return in_a_row ? 1 : 2;
}

/* The byte ANNOTATION_CONTEXT code points before at in v's text (or 0). */
static size_t context_from(const struct view *v, size_t at)
{
	size_t n = 0;

	while (at > 0 && n < ANNOTATION_CONTEXT) {
		at--;
		if (!utf8_is_continuation((unsigned char)v->text[at]))
			n++;
	}
	return at;
}

/* The byte ANNOTATION_CONTEXT code points after at in v's text (or its end). */
static size_t context_to(const struct view *v, size_t at)
{
	size_t n = 0;

	while (at < v->len && n < ANNOTATION_CONTEXT) {
		at++;
		while (at < v->len && utf8_is_continuation((unsigned char)v->text[at]))
			at++;
		n++;
	}
	return at;
}

/* Whether bytes [a, b) of x's text are the string s. */
static int bytes_are(const struct view *x, size_t a, size_t b, const char *s)
{
	return s != NULL && strlen(s) == b - a && memcmp(x->text + a, s, b - a) == 0;
}

/* Whether bytes [as, ae) of x and [bs, be) of y are the same words with the
 * same context. */
static int same_with_context(const struct view *x, size_t as, size_t ae, const struct view *y,
			     size_t bs, size_t be)
{
	size_t xa = context_from(x, as), xb = context_to(x, ae);
	size_t ya = context_from(y, bs), yb = context_to(y, be);

	return xb - xa == yb - ya && as - xa == bs - ya &&
	       memcmp(x->text + xa, y->text + ya, xb - xa) == 0;
}

/* Whether bytes [s, e) of v are mark k's words with the context they
 * were made in. */
static int as_made(const struct view *v, const struct mark *k, size_t s, size_t e)
{
	return bytes_are(v, s, e, k->words) && bytes_are(v, context_from(v, s), s, k->before) &&
	       bytes_are(v, e, context_to(v, e), k->after);
}

/* A copy of bytes [a, b) of v's text (NULL when out of memory). */
static char *copy_of(const struct view *v, size_t a, size_t b)
{
	return strndup(v->text + a, b - a);
}

/* Make annotation a on tokens [first, first + n) of the latest revision,
 * with its truth in k; 0 on success. */
static int make_one(struct history *h, size_t first, size_t n, struct mark *k,
		    struct annotation *a)
{
	const struct view *v = &h->old;
	struct tanda_error err;
	size_t i, start, end;

	k->n = n;
	for (i = 0; i < n; i++)
		k->ids[i] = v->r->tokens[first + i].id;
	k->first_word = v->r->tokens[first].text;
	locate(v, k, &start, &end);
	annotation_init(a);
	if (anchor_make(v->article, start, end, &a->anchor, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	a->kind = KIND_HIGHLIGHT;
	k->replacement = NULL;
	if (h->nmarks % CORRECTION_EVERY == 0 && n == 1 &&
	    (k->replacement = model_variant(&h->m, v->r->tokens[first].text)) != NULL) {
		a->kind = KIND_CORRECTION;
		if (annotation_set(&a->replacement, k->replacement) != 0)
			return bench_complain("out of memory");
	}
	k->words = copy_of(v, start, end);
	k->before = copy_of(v, context_from(v, start), start);
	k->after = copy_of(v, end, context_to(v, end));
	return k->words && k->before && k->after ? 0 : bench_complain("out of memory");
}

/* Make the article's annotations: runs of 1 to MARK_TOKENS tokens inside a
 * sentence, past the dateline. */
static int make_marks(struct history *h)
{
	const struct revision *r = h->old.r;

	while (h->nmarks < MARKS) {
		size_t first = 4 + rng_below(h->m.seed, r->count - 4);
		size_t n = 1 + rng_below(h->m.seed, MARK_TOKENS), i;

		for (i = 0; i + 1 < n && first + i < r->count; i++)
			if (r->tokens[first + i].ends != 0)
				break;
		if (i + 1 < n || first + n > r->count)
			continue;
		if (make_one(h, first, n, &h->marks[h->nmarks], &h->annotations[h->nmarks]) != 0)
			return -1;
		h->nmarks++;
	}
	return 0;
}

/* Say on standard error how annotation k was misplaced. */
static void describe(struct history *h, const struct mark *k, const struct annotation *a,
		     enum edit_kind kind, const char *truth)
{
	if (h->described++ >= DESCRIBED)
		return;
	fprintf(stderr, "bench-accuracy: %s: misplaced: made on \"%s\", now %s at %llu..%llu "
		"(\"%s\"); its words %s\n", edit_names[kind], k->words,
		anchor_state_names[a->anchor.state], (unsigned long long)a->anchor.start,
		(unsigned long long)a->anchor.end, a->anchor.exact ? a->anchor.exact : "",
		truth);
}

/* Whether none of mark k's tokens is left in v. */
static int all_gone(const struct view *v, const struct mark *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (v->index_of[k->ids[i]] != 0)
			return 0;
	return 1;
}

/* The bytes of [rs, re) of v that mark k's own tokens take. */
static size_t own_bytes(const struct view *v, const struct mark *k, size_t rs, size_t re)
{
	size_t n = 0, i;

	for (i = 0; i < k->n; i++) {
		size_t at = v->index_of[k->ids[i]], s, e;

		if (at == 0)
			continue;
		s = v->starts[at - 1];
		e = s + strlen(v->r->tokens[at - 1].text);
		s = s > rs ? s : rs;
		e = e < re ? e : re;
		n += e > s ? e - s : 0;
	}
	return n;
}

/* Whether annotation a (of mark k, whose words are at [ns, ne) of v when
 * there) is where it should be, for the state it reports: a fuzzy one on
 * what is left of them (mostly its own tokens) when they are not all
 * there in order. */
static int placed_right(const struct view *v, const struct mark *k, const struct annotation *a,
			int there, size_t ns, size_t ne)
{
	size_t rs = article_byte_from_cp(v->article, (size_t)a->anchor.start);
	size_t re = article_byte_from_cp(v->article, (size_t)a->anchor.end);

	switch (a->anchor.state) {
	case ANCHOR_ORPHAN:
		return 1;
	case ANCHOR_EXACT:	/* a full stop or a comma may have joined a token */
		return there == 1 && rs >= ns && re <= ne && (rs == ns || re == ne) &&
		       bytes_are(v, rs, re, a->anchor.exact);
	case ANCHOR_RESOLVED:
		return there == 1 && rs >= ns && re <= ne && (rs == ns || re == ne) &&
		       bytes_are(v, rs, re, k->replacement);
	default:
		return (there != 0 && rs < ne && ns < re) ||
		       (re > rs && 2 * own_bytes(v, k, rs, re) >= re - rs);
	}
}

/* Count what happened to one annotation in this edit. */
static void judge(struct history *h, const struct view *v, size_t i, enum anchor_state before,
		  enum edit_kind kind, struct tally *t)
{
	const struct mark *k = &h->marks[i];
	const struct annotation *a = &h->annotations[i];
	enum anchor_state now = a->anchor.state;
	size_t os = 0, oe = 0, ns = 0, ne = 0;
	int was = locate(&h->old, k, &os, &oe), there = locate(v, k, &ns, &ne);
	int right = placed_right(v, k, a, there, ns, ne);

	t->judged++;
	if (!right) {
		char truth[96];

		t->misplaced++;
		if (there)
			snprintf(truth, sizeof truth, "stand at %zu..%zu (\"%.40s\")",
				 article_cp_from_byte(v->article, ns), article_cp_from_byte(v->article, ne),
				 v->text + ns);
		describe(h, k, a, kind, there ? truth : "are gone");
	}
	if (before == ANCHOR_EXACT && was == 1 && there == 1 &&
	    same_with_context(&h->old, os, oe, v, ns, ne)) {
		t->intact++;
		t->intact_exact += now == ANCHOR_EXACT && right;
	}
	if (before != ANCHOR_ORPHAN && all_gone(v, k)) {
		t->gone++;
		t->gone_orphan += now == ANCHOR_ORPHAN;
	}
	if (k->replacement != NULL && before == ANCHOR_EXACT && there == 1 &&
	    bytes_are(v, ns, ne, k->replacement) && bytes_are(&h->old, os, oe, k->words)) {
		t->fixed++;
		t->fixed_resolved += now == ANCHOR_RESOLVED && right;
	}
	if ((before == ANCHOR_ORPHAN || before == ANCHOR_RESOLVED) && there == 1 &&
	    as_made(v, k, ns, ne) && !(was == 1 && as_made(&h->old, k, os, oe))) {
		t->restored++;
		t->restored_exact += now == ANCHOR_EXACT && right;
	}
}

/* For a correction made in the text: a correction whose words stand as
 * they were made, to be given its replacement (*id, *text); 0 when there
 * is none. */
static int pick_correction(struct history *h, uint32_t *id, const char **text)
{
	size_t tries, s, e;

	for (tries = 0; tries < 64; tries++) {
		const struct mark *k = &h->marks[rng_below(h->m.seed, h->nmarks)];

		if (k->replacement != NULL && locate(&h->old, k, &s, &e) == 1 &&
		    bytes_are(&h->old, s, e, k->words)) {
			*id = k->ids[0];
			*text = k->replacement;
			return 1;
		}
	}
	return 0;
}

/* Apply one edit of kind, carry the annotations over and judge them; 0
 * on success (an edit that cannot apply is skipped). */
static int step(struct history *h, enum edit_kind kind, struct tally *t)
{
	enum anchor_state before[MARKS];
	struct tanda_error err;
	struct view v;
	uint32_t id = 0;
	const char *text = h->marks[rng_below(h->m.seed, h->nmarks)].first_word;
	size_t i;
	int rc;

	if (kind == EDIT_MAKE_CORRECTION && !pick_correction(h, &id, &text))
		return 0;
	rc = model_edit(&h->m, kind, id, text);
	if (rc != 0)
		return rc < 0 ? bench_complain("out of memory") : 0;
	if (view_make(&h->m, &v) != 0)
		return -1;
	for (i = 0; i < h->nmarks; i++)
		before[i] = h->annotations[i].anchor.state;
	if (relocate_annotations(h->old.text, h->old.len, v.article, h->annotations, h->nmarks,
				 &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	t->steps++;
	for (i = 0; i < h->nmarks; i++)
		judge(h, &v, i, before[i], kind, t);
	view_free(&h->old);
	h->old = v;
	h->old.r = &h->old.tokens;	/* moved */
	return 0;
}

/* The edits of a history, each kind ROUNDS times, shuffled, into order. */
static void shuffle_edits(uint64_t *seed, enum edit_kind *order, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		order[i] = (enum edit_kind)(i % EDIT_KINDS);
	for (i = n; i > 1; i--) {
		size_t j = rng_below(seed, i);
		enum edit_kind x = order[i - 1];

		order[i - 1] = order[j];
		order[j] = x;
	}
}

/* Free what h holds. */
static void history_free(struct history *h)
{
	size_t i;

	for (i = 0; i < h->nmarks; i++) {
		free(h->marks[i].words);
		free(h->marks[i].before);
		free(h->marks[i].after);
		annotation_clear(&h->annotations[i]);
	}
	view_free(&h->old);
	model_free(&h->m);
}

int history_run(uint64_t *seed, struct tally kinds[EDIT_KINDS], size_t *made)
{
	struct history *h = calloc(1, sizeof *h);
	enum edit_kind order[EDIT_KINDS * ROUNDS];
	size_t i;
	int rc;

	if (h == NULL)
		return bench_complain("out of memory");
	rc = model_init(&h->m, seed) != 0 ? bench_complain("out of memory")
	     : view_make(&h->m, &h->old) != 0 ? -1 : make_marks(h);
	shuffle_edits(seed, order, EDIT_KINDS * ROUNDS);
	for (i = 0; rc == 0 && i < EDIT_KINDS * ROUNDS; i++)
		rc = step(h, order[i], &kinds[order[i]]);
	*made = h->nmarks;
	history_free(h);
	free(h);
	return rc;
}
