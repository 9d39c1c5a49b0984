/*
 * relocate-search.c - looking for an annotation's words in a changed text
 * and judging each place by the words' context: whole (the same bytes up
 * to ANNOTATION_CONTEXT characters on each side, or to the paragraph's
 * edge), partly (enough of the same words on each side), or not at all.
 *
 * Near its place an annotation is looked for in its paragraph's twin (its
 * edited self), in a window around where it should be when that paragraph
 * is long, or else in the new paragraphs of its gap (align.h).  Each
 * search reads SEARCH_FREE bytes for nothing; past that it spends the
 * relocation's budget, and when that is gone it finds nothing: the
 * annotation is left an orphan, never guessed at.
 */
#include <string.h>

#include "relocate-int.h"
#include "utf8.h"
#include "words.h"

/* Bytes each search may read without spending the budget. */
#define SEARCH_FREE (16 * 1024)

/* Bytes on each side of where the words should be that are looked at in
 * a long paragraph. */
#define SEARCH_WINDOW 4096

/* How many paragraphs from where it last stood an orphan is looked for:
 * an edit undone puts its words back in the same paragraph. */
#define ORPHAN_REACH 0

/* Bytes on each side compared to choose among places that all have the
 * whole context. */
#define TIEBREAK_BYTES 4096

/* The share of the words of each side of the context that must agree for
 * a place that lacks the whole context, and of both sides together; or,
 * when one side agrees whole and is at least ONE_SIDE_BYTES long (an
 * edit right beside the words), of the other side. */
#define SIDE_MIN 0.5
#define BOTH_MIN 0.75
#define ONE_SIDE_BYTES 16
#define OTHER_SIDE_MIN 0.25

/* How much better than any other the best place short of the whole
 * context must score. */
#define MARGIN 0.1

/* The longest words, in code points, looked for approximately: the
 * matcher's work grows with their length times the text searched, so
 * longer ones (a hostile set's quote of a million characters) are found
 * exactly or not at all. */
#define FUZZY_WORDS_MAX 1024

/* The most words of a window, and of a sentence, compared. */
#define WINDOW_WORDS 40
#define SENTENCE_WORDS 128

/* How alike (common words) the sentences of a place short of the whole
 * context and of the words' old place must be. */
#define SENTENCE_MIN 0.6

/* Whether byte i of text (len bytes) ends a paragraph or the text. */
static int at_end(const char *text, size_t len, size_t i)
{
	return i >= len || text[i] == '\n';
}

/* The context before byte pos of text. */
static struct window window_before(const char *text, size_t pos)
{
	struct window w = { text + pos, 0, 0, 0 };
	size_t from = pos, n;

	for (n = 0; n < ANNOTATION_CONTEXT; n++) {
		if (from == 0 || text[from - 1] == '\n') {
			w.edge = 1;
			break;
		}
		do
			from--;
		while (from > 0 && utf8_is_continuation((unsigned char)text[from]));
	}
	w.s = text + from;
	w.len = pos - from;
	w.cut = !w.edge && from > 0 && text[from - 1] != ' ';
	return w;
}

/* The context after byte pos of text (len bytes). */
static struct window window_after(const char *text, size_t len, size_t pos)
{
	struct window w = { text + pos, 0, 0, 0 };
	size_t to = pos, n;

	for (n = 0; n < ANNOTATION_CONTEXT; n++) {
		if (at_end(text, len, to)) {
			w.edge = 1;
			break;
		}
		do
			to++;
		while (to < len && utf8_is_continuation((unsigned char)text[to]));
	}
	w.len = to - pos;
	w.cut = !w.edge && to < len && text[to] != ' ';
	return w;
}

void context_in_text(const char *text, size_t len, size_t start, size_t end, struct context *c)
{
	c->before = window_before(text, start);
	c->after = window_after(text, len, end);
	c->known = 1;
	c->sentence = NULL;
	c->sentence_len = 0;
}

void context_of_origin(const struct relocation *r, const struct origin *o, struct context *c)
{
	const struct paragraph *p = &r->old->paragraphs[o->para];
	size_t ss, se;

	context_in_text(r->old->text, r->old->text_len, o->start, o->end, c);
	words_sentence_around(r->old->text + p->start, p->len, o->start - p->start, &ss, &se);
	c->sentence = r->old->text + p->start + ss;
	c->sentence_len = se - ss;
	c->para = o->para;
}

void context_of_strings(const char *prefix, const char *suffix, struct context *c)
{
	size_t plen = prefix != NULL ? strlen(prefix) : 0, slen = suffix != NULL ? strlen(suffix) : 0;
	size_t i = plen;
	const char *newline = slen > 0 ? memchr(suffix, '\n', slen) : NULL;

	while (i > 0 && prefix[i - 1] != '\n')
		i--;
	c->before.s = plen > 0 ? prefix + i : "";
	c->before.len = plen - i;
	c->before.edge = i > 0 || utf8_count(prefix != NULL ? prefix : "", plen) < ANNOTATION_CONTEXT;
	c->after.s = slen > 0 ? suffix : "";
	c->after.len = newline != NULL ? (size_t)(newline - suffix) : slen;
	c->after.edge = newline != NULL || utf8_count(suffix != NULL ? suffix : "", slen) <
					   ANNOTATION_CONTEXT;
	c->before.cut = !c->before.edge;	/* what came before it is not known */
	c->after.cut = !c->after.edge;
	c->known = plen > 0 || slen > 0;
	c->sentence = NULL;
	c->sentence_len = 0;
}

/* The offset of the first match of the len bytes at needle in
 * text[from, to), or to when there is none. */
static size_t next_match(const char *text, size_t from, size_t to, const char *needle,
			 size_t len)
{
	const char *hit = from < to ? memmem(text + from, to - from, needle, len) : NULL;

	return hit == NULL ? to : (size_t)(hit - text);
}

/* Whether bytes [start, end) of the len bytes at text (a paragraph) are
 * one whole sentence. */
static int whole_sentence(const char *text, size_t len, size_t start, size_t end)
{
	size_t a, b;

	words_sentence_around(text, len, start, &a, &b);
	return a == start && b == end;
}

/* How many times (up to limit) the n bytes at s occur in the len bytes
 * at text, as whole sentences when sentences is set. */
static size_t count_in(const char *text, size_t len, const char *s, size_t n, int sentences,
		       size_t limit)
{
	size_t count = 0, at;

	for (at = next_match(text, 0, len, s, n); at < len && count < limit;
	     at = next_match(text, at + 1, len, s, n))
		count += !sentences || whole_sentence(text, len, at, at + n);
	return count;
}

/* How many times (up to 2) the n bytes at s occur in the old paragraphs
 * not paired around paragraph i (those that share its gap), as whole
 * sentences when sentences is set. */
static size_t count_in_old_run(const struct relocation *r, size_t i, const char *s, size_t n,
			       int sentences)
{
	size_t a = i, b = i + 1, count = 0, k;

	while (a > 0 && r->align.old_to_new[a - 1] == ALIGN_NONE)
		a--;
	while (b < r->old->count && r->align.old_to_new[b] == ALIGN_NONE)
		b++;
	for (k = a; k < b && count < 2; k++) {
		const struct paragraph *p = &r->old->paragraphs[k];

		count += count_in(r->old->text + p->start, p->len, s, n, sentences, 2 - count);
	}
	return count;
}

/* Whether two windows are the same. */
static int same_window(const struct window *a, const struct window *b)
{
	return a->len == b->len && a->edge == b->edge && memcmp(a->s, b->s, a->len) == 0;
}

/* A word of a window. */
struct word {
	const char *s;
	size_t len;
};

/* The whole words of window w (one cut by its far end, the start of a
 * context before or the end of one after, left out), with its edge as a
 * word of its own; returns how many. */
static size_t window_words(const struct window *w, int before, struct word *words)
{
	size_t n = 0, i = 0;

	if (before && w->edge)
		words[n++] = (struct word){ "\n", 1 };
	while (i < w->len && n < WINDOW_WORDS - 1) {
		const char *space = memchr(w->s + i, ' ', w->len - i);
		size_t end = space ? (size_t)(space - w->s) : w->len;
		int cut = before ? i == 0 && w->cut : end == w->len && w->cut;

		if (end > i && !cut)
			words[n++] = (struct word){ w->s + i, end - i };
		i = end + 1;
	}
	if (!before && w->edge)
		words[n++] = (struct word){ "\n", 1 };
	return n;
}

/* Whether two words are the same. */
static int same_word(const struct word *a, const struct word *b)
{
	return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* The bytes of the words of a (na) found, in order, among b's (nb, at
 * most SENTENCE_WORDS): a longest common subsequence of words. */
static size_t common_bytes(const struct word *a, size_t na, const struct word *b, size_t nb)
{
	size_t row[SENTENCE_WORDS + 1], i, j;

	memset(row, 0, (nb + 1) * sizeof *row);
	for (i = 0; i < na; i++) {
		size_t diag = 0;

		for (j = 0; j < nb; j++) {
			size_t up = row[j + 1];
			size_t value = same_word(&a[i], &b[j]) ? diag + a[i].len
				       : up > row[j] ? up : row[j];

			diag = up;
			row[j + 1] = value;
		}
	}
	return row[nb];
}

/* The bytes of the n words at w. */
static size_t word_bytes(const struct word *w, size_t n)
{
	size_t total = 0, i;

	for (i = 0; i < n; i++)
		total += w[i].len;
	return total;
}

/* How alike two windows are: twice the bytes of the whole words they
 * share, in order, over the bytes of both; an empty one (the words at
 * the paragraph's edge) is alike only to an empty one. */
static double window_agreement(const struct window *old, const struct window *new, int before)
{
	struct word a[WINDOW_WORDS], b[WINDOW_WORDS];
	size_t na = window_words(old, before, a), nb = window_words(new, before, b);
	size_t total = word_bytes(a, na) + word_bytes(b, nb);

	if (old->len == 0 || new->len == 0)
		return old->len == new->len && old->edge == new->edge ? 1.0 : 0.0;
	return total == 0 ? 1.0 : 2.0 * (double)common_bytes(a, na, b, nb) / (double)total;
}

/* The words (runs between spaces) of the len bytes at s, at most
 * SENTENCE_WORDS, into w; how many. */
static size_t split_words(const char *s, size_t len, struct word *w)
{
	size_t n = 0, i = 0;

	while (i < len && n < SENTENCE_WORDS) {
		const char *space = memchr(s + i, ' ', len - i);
		size_t end = space ? (size_t)(space - s) : len;

		if (end > i)
			w[n++] = (struct word){ s + i, end - i };
		i = end + 1;
	}
	return n;
}

/* The sentence of the new text around byte at: its bytes, in *len. */
static const char *new_sentence(const struct relocation *r, size_t at, size_t *len)
{
	const struct paragraph *q = &r->new->paragraphs[article_paragraph_at(r->new, at)];
	size_t ss, se;

	words_sentence_around(r->new->text + q->start, q->len, at - q->start, &ss, &se);
	*len = se - ss;
	return r->new->text + q->start + ss;
}

/* How alike the n bytes of sentence s are to c's (the words' sentence in
 * the old text): twice the bytes of their common words over the bytes of
 * both. */
static double sentence_agreement(const struct context *c, const char *s, size_t n)
{
	struct word a[SENTENCE_WORDS], b[SENTENCE_WORDS];
	size_t na = split_words(c->sentence, c->sentence_len, a), nb = split_words(s, n, b);
	size_t total = word_bytes(a, na) + word_bytes(b, nb);

	return total == 0 ? 1.0 : 2.0 * (double)common_bytes(a, na, b, nb) / (double)total;
}

/* The score of a place one side of whose context agrees whole (side, of
 * old's window) and the other other: from one half up, when that side is
 * long enough to tell; else -1. */
static double one_side(const struct window *side, double other)
{
	if (side->len < ONE_SIDE_BYTES || other < OTHER_SIDE_MIN)
		return -1;
	return 0.5 + other / 2;
}

/* Whether a place at byte at of the new text can be in the words' own
 * sentence (c's): not when its sentence stands whole and unchanged in the
 * old paragraphs around theirs, as another sentence (its words are that
 * one's).  How alike the two sentences are goes in *agreement. */
static int own_sentence(const struct relocation *r, const struct context *c, size_t at,
			double *agreement)
{
	size_t n;
	const char *s = new_sentence(r, at, &n);

	*agreement = sentence_agreement(c, s, n);
	if (n == c->sentence_len && memcmp(s, c->sentence, n) == 0)
		return 1;
	return count_in_old_run(r, c->para, s, n, 1) == 0;
}

/* How well bytes [start, end) of the new text agree with context c: 1
 * with *whole set when the whole context does; short of that, a score
 * from the share of its words that agree when enough do, else -1. */
static double grade(const struct relocation *r, const struct context *c, size_t start,
		    size_t end, int *whole)
{
	struct context here;
	int same_before, same_after;
	double before, after, one = -1, agreement = 1.0;

	if (!c->known) {	/* nothing to tell places apart by */
		*whole = 0;
		return 0.5;
	}
	*whole = 0;
	if (c->sentence != NULL && !own_sentence(r, c, start, &agreement))
		return -1;	/* another sentence, whatever words it shares */
	context_in_text(r->new->text, r->new->text_len, start, end, &here);
	same_before = same_window(&c->before, &here.before);
	same_after = same_window(&c->after, &here.after);
	*whole = same_before && same_after;
	if (*whole)
		return 1.0;
	if (c->sentence != NULL && agreement < SENTENCE_MIN)
		return -1;	/* too little of its sentence is left */
	before = same_before ? 1.0 : window_agreement(&c->before, &here.before, 1);
	after = same_after ? 1.0 : window_agreement(&c->after, &here.after, 0);
	if (same_before)
		one = one_side(&c->before, after);
	else if (same_after)
		one = one_side(&c->after, before);
	if (before < SIDE_MIN || after < SIDE_MIN || before + after < 2 * BOTH_MIN)
		return one;
	return (before + after) / 2 > one ? (before + after) / 2 : one;
}

/* Nothing found yet. */
void search_finding_init(struct finding *f)
{
	f->nfull = 0;
	f->score = f->second = -1;
	f->similarity = 0;
}

/* Whether two ranges share a byte. */
static int overlap(const struct range *a, size_t start, size_t end)
{
	return start < a->end && a->start < end;
}

/* Count a place with its whole context. */
void search_add_full(struct finding *f, size_t start, size_t end)
{
	if (f->nfull < FULL_KEEP)
		f->full[f->nfull] = (struct range){ start, end };
	f->nfull++;
}

/* Rank a place short of the whole context, scored score (negative: not
 * good enough); one overlapping the best is not a rival of it. */
void search_add_partial(struct finding *f, size_t start, size_t end, double score,
			double similarity)
{
	if (score < 0)
		return;
	if (score > f->score) {
		if (f->score >= 0 && !overlap(&f->best, start, end) && f->score > f->second)
			f->second = f->score;
		f->best = (struct range){ start, end };
		f->score = score;
		f->similarity = similarity;
	} else if (!overlap(&f->best, start, end) && score > f->second) {
		f->second = score;
	}
}

/* Whether the search may read n more bytes after already reading *read;
 * counts them, spending the budget past SEARCH_FREE. */
int search_may_read(struct relocation *r, size_t *read, size_t n)
{
	size_t free_left = *read < SEARCH_FREE ? SEARCH_FREE - *read : 0;
	uint64_t spent = n > free_left ? n - free_left : 0;

	if (spent > r->budget)
		return 0;
	r->budget -= spent;
	*read += n;
	return 1;
}

/* Grade every occurrence of t's words in bytes [lo, hi) of the new text;
 * with whole_only, count only those with their whole context. */
static void scan_exact(const struct relocation *r, const struct target *t, const struct context *c,
		       size_t lo, size_t hi, int whole_only, struct finding *f)
{
	const char *text = r->new->text;
	size_t at;

	for (at = next_match(text, lo, hi, t->words, t->len); at < hi;
	     at = next_match(text, at + 1, hi, t->words, t->len)) {
		int whole;
		double score = grade(r, c, at, at + t->len, &whole);

		if (whole)
			search_add_full(f, at, at + t->len);
		else if (!whole_only)
			search_add_partial(f, at, at + t->len, score, 1.0);
	}
}

/* What an approximate search offers its matches to. */
struct offering {
	const struct relocation *r;
	const struct context *c;
	size_t m;		/* the words' code points */
	struct finding *f;
};

/* Whether one side at least of the context of bytes [start, end) of the
 * new text agrees whole with c's. */
static int one_side_whole(const struct relocation *r, const struct context *c, size_t start,
			  size_t end)
{
	struct context here;

	if (!c->known)
		return 1;
	context_in_text(r->new->text, r->new->text_len, start, end, &here);
	return same_window(&c->before, &here.before) || same_window(&c->after, &here.after);
}

/* Rank an approximate match (fuzzy_offer_fn): its context must agree as
 * an exact match's would, and whole on one side at least: words that
 * changed are taken for the annotation's only at their place. */
static void offer(void *context, size_t start, size_t end, unsigned distance)
{
	struct offering *o = context;
	int whole;
	double similarity = 1.0 - (double)distance / (double)o->m;
	double agree = grade(o->r, o->c, start, end, &whole);

	if (agree >= 0 && distance > 0 && one_side_whole(o->r, o->c, start, end))
		search_add_partial(o->f, start, end,
				   WEIGHT_WORDS * similarity + WEIGHT_CONTEXT * agree, similarity);
}

/* Look in bytes [lo, hi) of the new text (inside one paragraph): for t's
 * words, or approximately for them. */
static void scan(struct relocation *r, const struct target *t, const struct context *c,
		 int approximate, size_t lo, size_t hi, struct finding *f)
{
	struct offering o = { r, c, 0, f };

	if (!approximate) {
		scan_exact(r, t, c, lo, hi, 0, f);
		return;
	}
	o.m = utf8_count(t->words, t->len);
	if (fuzzy_search(&r->fuzzy, r->new->text, lo, hi, o.m / 4, offer, &o) != 0)
		r->failed = 1;
}

/* The byte of new paragraph j where old byte `at` of old paragraph i
 * should be: the same offset before the paragraphs differ, the same
 * distance from the end after, else where they start to differ. */
static size_t expected_at(const struct relocation *r, size_t i, size_t j, size_t at)
{
	const struct paragraph *p = &r->old->paragraphs[i], *q = &r->new->paragraphs[j];
	const char *a = r->old->text + p->start, *b = r->new->text + q->start;
	size_t off = at - p->start, shorter = p->len < q->len ? p->len : q->len, head = 0, tail = 0;

	while (head < shorter && head < off && a[head] == b[head])
		head++;
	if (head == off)
		return q->start + off;
	while (tail < shorter - head && tail < p->len - off &&
	       a[p->len - 1 - tail] == b[q->len - 1 - tail])
		tail++;
	if (tail == p->len - off)
		return q->start + q->len - tail;
	return q->start + head;
}

/* Bytes at the start that the len bytes of a and b share (at most
 * limit), and at their ends. */
static size_t same_head(const char *a, const char *b, size_t limit)
{
	size_t n = 0;

	while (n < limit && a[n] == b[n])
		n++;
	return n;
}

/* Bytes at the ends of a (alen) and b (blen) that they share. */
static size_t same_tail(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = 0;

	while (n < alen && n < blen && a[alen - 1 - n] == b[blen - 1 - n])
		n++;
	return n;
}

/*
 * The head (or tail) of a paragraph that its twin keeps byte for byte
 * holds the annotation that stood at o only when its context does too,
 * and only where no reading of the edit could have moved it: when the
 * head and the tail overlap (text inserted or deleted next to text like
 * it), the edit may have been anywhere in the overlap, and an annotation
 * there or next to it is not known to be in place.
 */
int search_in_place(const struct relocation *r, const struct origin *o, struct range *at)
{
	size_t j = r->align.twin[o->para];
	const struct paragraph *p = &r->old->paragraphs[o->para], *q;
	const char *a, *b;
	size_t off, end, head, tail, shorter, change_from, change_to;
	struct context c;
	int in_head, in_tail;

	if (j == ALIGN_NONE)
		return 0;
	q = &r->new->paragraphs[j];
	a = r->old->text + p->start;
	b = r->new->text + q->start;
	off = o->start - p->start;
	end = o->end - p->start;
	shorter = p->len < q->len ? p->len : q->len;
	head = same_head(a, b, shorter);
	tail = same_tail(a, p->len, b, q->len);
	/* the edit starts at change_from at the earliest, and ends, in the
	 * old paragraph, at change_to at the latest */
	change_from = head < shorter - tail ? head : shorter - tail;
	change_to = p->len - tail > head + (p->len - shorter) ? p->len - tail
		    : head + (p->len - shorter);
	context_in_text(r->old->text, r->old->text_len, o->start, o->end, &c);
	in_head = !c.after.edge && end + c.after.len <= change_from;
	in_tail = !c.before.edge && off >= change_to + c.before.len;
	if (in_head)
		*at = (struct range){ q->start + off, q->start + end };
	else if (in_tail)
		*at = (struct range){ q->start + q->len - (p->len - off),
				      q->start + q->len - (p->len - end) };
	return in_head || in_tail;
}

int search_sentence(struct relocation *r, const struct origin *o, struct range *at)
{
	const struct paragraph *p = &r->old->paragraphs[o->para];
	const char *text = r->old->text + p->start, *s;
	size_t off = o->start - p->start, ss, se, j, found = 0, read = 0;

	words_sentence_around(text, p->len, off, &ss, &se);
	if (ss > off || o->end - p->start > se || se == ss)
		return 0;
	s = text + ss;
	if (count_in_old_run(r, o->para, s, se - ss, 0) != 1)
		return 0;
	for (j = r->align.gap_lo[o->para]; j < r->align.gap_hi[o->para] && found < 2; j++) {
		const struct paragraph *q = &r->new->paragraphs[j];
		const char *t = r->new->text + q->start;
		size_t k;

		if (r->align.new_to_old[j] != ALIGN_NONE || !search_may_read(r, &read, q->len))
			continue;
		for (k = next_match(t, 0, q->len, s, se - ss); k < q->len && found < 2;
		     k = next_match(t, k + 1, q->len, s, se - ss))
			if (whole_sentence(t, q->len, k, k + (se - ss))) {
				*at = (struct range){ q->start + k + (off - ss),
						      q->start + k + (o->end - p->start - ss) };
				found++;
			}
	}
	return found == 1;
}

/* Look in the twin j of old paragraph o->para: the whole of it, or a
 * window around where the words should be when it is long.  0 when the
 * budget does not allow it. */
static int scan_twin(struct relocation *r, const struct origin *o, const struct target *t,
		     const struct context *c, int approximate, size_t j, size_t *read,
		     struct finding *f)
{
	const struct paragraph *q = &r->new->paragraphs[j];
	size_t lo = q->start, hi = q->start + q->len, at;

	if (q->len > 2 * SEARCH_WINDOW) {
		at = expected_at(r, o->para, j, o->start);
		lo = at > lo + SEARCH_WINDOW ? at - SEARCH_WINDOW : lo;
		hi = at + t->len + SEARCH_WINDOW < hi ? at + t->len + SEARCH_WINDOW : hi;
	}
	if (!search_may_read(r, read, (hi - lo) * (approximate ? 4 : 1)))
		return 0;
	scan(r, t, c, approximate, lo, hi, f);
	return 1;
}

/* Look in the new paragraphs not paired in o's gap. */
static void scan_gap(struct relocation *r, const struct origin *o, const struct target *t,
		     const struct context *c, int approximate, size_t *read, struct finding *f)
{
	size_t j;

	for (j = r->align.gap_lo[o->para]; j < r->align.gap_hi[o->para]; j++) {
		const struct paragraph *q = &r->new->paragraphs[j];

		if (r->align.new_to_old[j] != ALIGN_NONE)
			continue;
		if (!search_may_read(r, read, q->len * (approximate ? 4 : 1)))
			return;
		scan(r, t, c, approximate, q->start, q->start + q->len, f);
	}
}

/* How many bytes before a (in text_a) and b (in text_b) agree, going
 * back, up to TIEBREAK_BYTES; then as many after ae and be, going on. */
static size_t agree_around(const char *ta, size_t la, size_t a, size_t ae, const char *tb,
			   size_t lb, size_t b, size_t be)
{
	size_t n = 0, m = 0;

	while (n < TIEBREAK_BYTES && n < a && n < b && ta[a - 1 - n] == tb[b - 1 - n])
		n++;
	while (m < TIEBREAK_BYTES && ae + m < la && be + m < lb && ta[ae + m] == tb[be + m])
		m++;
	return n + m;
}

/* Choose among the places with their whole context the one whose text
 * further out agrees longest with the old text around o; 0 when two
 * agree as far. */
static int tiebreak(const struct relocation *r, const struct origin *o, const struct finding *f,
		    struct range *found)
{
	size_t best = 0, i, tie = 0;

	for (i = 0; i < f->nfull; i++) {
		size_t n = agree_around(r->old->text, r->old->text_len, o->start, o->end,
					r->new->text, r->new->text_len, f->full[i].start,
					f->full[i].end);

		if (i == 0 || n > best) {
			best = n;
			*found = f->full[i];
			tie = 0;
		} else if (n == best) {
			tie = 1;
		}
	}
	return !tie;
}

/* The verdict of a finding, and its place in *found. */
enum verdict search_decide(const struct relocation *r, const struct origin *o,
			  const struct finding *f, struct range *found)
{
	if (f->nfull == 1) {
		*found = f->full[0];
		return VERDICT_FOUND;
	}
	if (f->nfull > 1)
		return o != NULL && f->nfull <= FULL_KEEP && tiebreak(r, o, f, found)
		       ? VERDICT_FOUND : VERDICT_AMBIGUOUS;
	if (f->score < 0)
		return VERDICT_NOTHING;
	if (f->score - f->second < MARGIN)
		return VERDICT_AMBIGUOUS;
	*found = f->best;
	return VERDICT_FOUND;
}

/* Bytes of window w (of the old text, before the words when before is
 * set) that agree with the new text next to its byte at, from the words
 * outward. */
static size_t agreeing_run(const struct relocation *r, const struct window *w, int before,
			   size_t at)
{
	const char *t = r->new->text;
	size_t n = 0;

	if (before)
		while (n < w->len && n < at && t[at - 1 - n] == w->s[w->len - 1 - n])
			n++;
	else
		while (n < w->len && at + n < r->new->text_len && t[at + n] == w->s[n])
			n++;
	return n;
}

/* The verdict v of the place found, unless what chose it (the words with
 * the context that agrees with them, outward from them) is a passage that
 * another copy in the old paragraphs around o's could have had: copies of
 * a passage cannot be told apart by it. */
static enum verdict trusted(const struct relocation *r, const struct origin *o,
			    const struct context *c, const struct range *found, enum verdict v)
{
	size_t from, to;

	if (v != VERDICT_FOUND)
		return v;
	from = o->start - agreeing_run(r, &c->before, 1, found->start);
	to = o->end + agreeing_run(r, &c->after, 0, found->end);
	return count_in_old_run(r, o->para, r->old->text + from, to - from, 0) == 1
	       ? v : VERDICT_AMBIGUOUS;
}

/* Whether t's words cannot be looked for approximately (too short to
 * allow a difference, too long: FUZZY_WORDS_MAX), else make them the
 * matcher's pattern (0), or -1 when that fails for want of memory. */
static int no_fuzzy(struct relocation *r, const struct target *t)
{
	size_t cps = utf8_count(t->words, t->len);

	if (cps / 4 == 0 || cps > FUZZY_WORDS_MAX)
		return 1;
	return fuzzy_pattern(&r->fuzzy, t->words, t->len) != 0 ? -1 : 0;
}

enum verdict search_near(struct relocation *r, const struct origin *o, const struct target *t,
			 const struct context *c, int approximate, struct range *found,
			 struct finding *f)
{
	size_t twin = r->align.twin[o->para], read = 0;
	enum verdict v;

	if (approximate && no_fuzzy(r, t) != 0)
		return VERDICT_NOTHING;
	search_finding_init(f);
	if (twin != ALIGN_NONE && scan_twin(r, o, t, c, approximate, twin, &read, f) &&
	    (v = search_decide(r, o, f, found)) != VERDICT_NOTHING)
		return trusted(r, o, c, found, v);
	search_finding_init(f);
	scan_gap(r, o, t, c, approximate, &read, f);
	return trusted(r, o, c, found, search_decide(r, o, f, found));
}

enum verdict search_named(struct relocation *r, size_t j, const struct target *t,
			  const struct context *c, int approximate, struct range *found,
			  struct finding *f)
{
	const struct paragraph *q = &r->new->paragraphs[j];
	size_t read = 0;

	if (approximate && no_fuzzy(r, t) != 0)
		return VERDICT_NOTHING;
	search_finding_init(f);
	if (!search_may_read(r, &read, q->len * (approximate ? 4 : 1)))
		return VERDICT_NOTHING;
	scan(r, t, c, approximate, q->start, q->start + q->len, f);
	return search_decide(r, NULL, f, found);
}

/* How many times (0, 1, or 2 for more) the len bytes at s occur in text
 * (tlen bytes); 2 too when the budget does not allow reading it. */
static int occurrences(struct relocation *r, const char *text, size_t tlen, const char *s,
		       size_t len, size_t *read)
{
	size_t at, n = 0;

	if (!search_may_read(r, read, tlen))
		return 2;
	for (at = next_match(text, 0, tlen, s, len); at < tlen && n < 2;
	     at = next_match(text, at + 1, tlen, s, len))
		n++;
	return (int)n;
}

/* Whether paragraph j of the new text is out of reach of search_far:
 * paired (when unpaired_only), in o's gap, or more than ORPHAN_REACH
 * paragraphs from near (unless it is ALIGN_NONE). */
static int out_of_reach(const struct relocation *r, const struct origin *o, size_t j,
			int unpaired_only, size_t near)
{
	if (unpaired_only && r->align.new_to_old[j] != ALIGN_NONE)
		return 1;
	if (near != ALIGN_NONE && (j + ORPHAN_REACH < near || j > near + ORPHAN_REACH))
		return 1;
	return o != NULL && j >= r->align.gap_lo[o->para] && j < r->align.gap_hi[o->para];
}

/* Whether the passage around the place found (its words with their
 * whole context) occurs once in the new text and old_times in the old one
 * (once for a move: its own; none for an orphan: it was not in the text
 * where it was found nowhere, or was found twice). */
static int passage_unique(struct relocation *r, const struct range *at, int old_times,
			  size_t *read)
{
	struct context here;
	const char *s;
	size_t len;

	context_in_text(r->new->text, r->new->text_len, at->start, at->end, &here);
	s = here.before.s;
	len = (size_t)(here.after.s + here.after.len - s);
	return occurrences(r, r->new->text, r->new->text_len, s, len, read) == 1 &&
	       occurrences(r, r->old->text, r->old->text_len, s, len, read) == old_times;
}

/* Whether bytes at of the new text are at the offset in their paragraph
 * where the orphan was last attached (was->para_start), a few paragraphs
 * from its paragraph at most. */
static int where_it_was(const struct relocation *r, const struct range *at,
			const struct anchor *was)
{
	size_t j = article_paragraph_at(r->new, at->start);
	const struct paragraph *q = &r->new->paragraphs[j];

	return j + ORPHAN_REACH + 1 >= was->paragraph && j + 1 <= was->paragraph + ORPHAN_REACH &&
	       utf8_count(r->new->text + q->start, at->start - q->start) == was->para_start;
}

enum verdict search_far(struct relocation *r, const struct origin *o, const struct target *t,
			const struct context *c, int unpaired_only, const struct anchor *was,
			struct range *found)
{
	struct finding f;
	size_t j, read = 0;
	size_t near = was != NULL && was->paragraph > 0 ? was->paragraph - 1 : ALIGN_NONE;

	search_finding_init(&f);
	for (j = 0; j < r->new->count && f.nfull < 2; j++) {
		const struct paragraph *q = &r->new->paragraphs[j];

		if (out_of_reach(r, o, j, unpaired_only, near))
			continue;
		if (!search_may_read(r, &read, q->len))
			return VERDICT_NOTHING;
		scan_exact(r, t, c, q->start, q->start + q->len, 1, &f);
	}
	if (f.nfull != 1)
		return f.nfull > 1 ? VERDICT_AMBIGUOUS : VERDICT_NOTHING;
	*found = f.full[0];
	if (was != NULL && !where_it_was(r, found, was))
		return VERDICT_NOTHING;
	if (unpaired_only || o != NULL)
		return passage_unique(r, found, o != NULL, &read) ? VERDICT_FOUND
		       : VERDICT_AMBIGUOUS;
	return VERDICT_FOUND;
}
