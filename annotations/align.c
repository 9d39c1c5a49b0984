/*
 * align.c - pairing the paragraphs of an old and a new text (what a
 * relocation trusts without looking further), and the kinship of two
 * texts (whether a changed file is a revision or another article).
 *
 * Paragraphs are compared by a 64-bit FNV-1a hash, then byte by byte; the
 * tables are open-addressed, twice the entries or more, so both passes are
 * linear in the texts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "grow.h"

/* Words in a shingle of the kinship measure. */
#define SHINGLE_WORDS 4

/* One slot of a table of paragraphs: a hash, the first paragraph with it,
 * how many have it. */
struct slot {
	uint64_t hash;
	size_t first;
	size_t count;		/* 0: the slot is empty */
};

/* A table of paragraphs (or shingles) by hash; size a power of two. */
struct table {
	struct slot *slots;
	size_t mask;
};

/* FNV-1a of the len bytes at s, never 0. */
static uint64_t hash_bytes(const char *s, size_t len)
{
	uint64_t h = UINT64_C(14695981039346656037);
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= UINT64_C(1099511628211);
	}
	return h != 0 ? h : 1;
}

/* Paragraph i of a: its bytes. */
static const char *para_text(const struct article *a, size_t i)
{
	return a->text + a->paragraphs[i].start;
}

/* Whether paragraph i of a and paragraph j of b are the same bytes. */
static int same_paragraph(const struct article *a, size_t i, const struct article *b, size_t j)
{
	size_t len = a->paragraphs[i].len;

	return len == b->paragraphs[j].len && memcmp(para_text(a, i), para_text(b, j), len) == 0;
}

/* Make an empty table for up to n entries; 0 on success. */
static int table_init(struct table *t, size_t n)
{
	size_t size = 16;

	while (size < 2 * n + 1 && size < ((size_t)1 << (sizeof(size_t) * 8 - 2)))
		size *= 2;
	t->mask = size - 1;
	t->slots = grow_overflows(size, sizeof *t->slots) ? NULL : calloc(size, sizeof *t->slots);
	return t->slots != NULL ? 0 : -1;
}

/* The slot of hash h in t: its own, or the empty one where it goes. */
static struct slot *table_slot(const struct table *t, uint64_t h)
{
	size_t i = (size_t)h & t->mask;

	while (t->slots[i].count != 0 && t->slots[i].hash != h)
		i = (i + 1) & t->mask;
	return &t->slots[i];
}

/* Count an entry with hash h, first seen as index. */
static void table_add(struct table *t, uint64_t h, size_t index)
{
	struct slot *s = table_slot(t, h);

	if (s->count++ == 0) {
		s->hash = h;
		s->first = index;
	}
}

/* Pair old paragraph i with new paragraph j. */
static void pair(struct align *al, size_t i, size_t j)
{
	al->old_to_new[i] = j;
	al->new_to_old[j] = i;
}

/* Pair the paragraphs that are the same at the start and at the end of
 * both texts; the middle ones left are old [*lo, *old_hi) and new
 * [*lo, *new_hi). */
static void pair_ends(const struct article *old, const struct article *new, struct align *al,
		      size_t *lo, size_t *old_hi, size_t *new_hi)
{
	size_t o = old->count, n = new->count, start = 0;

	while (start < o && start < n && same_paragraph(old, start, new, start)) {
		pair(al, start, start);
		start++;
	}
	while (o > start && n > start && same_paragraph(old, o - 1, new, n - 1)) {
		pair(al, o - 1, n - 1);
		o--;
		n--;
	}
	*lo = start;
	*old_hi = o;
	*new_hi = n;
}

/* Pair the middle paragraphs that occur once in each text's middle. */
static int pair_unique(const struct article *old, const struct article *new, struct align *al,
		       size_t lo, size_t old_hi, size_t new_hi)
{
	struct table olds, news;
	size_t i;

	if (table_init(&olds, old_hi - lo) != 0 || table_init(&news, new_hi - lo) != 0) {
		free(olds.slots);
		return -1;
	}
	for (i = lo; i < old_hi; i++)
		table_add(&olds, hash_bytes(para_text(old, i), old->paragraphs[i].len), i);
	for (i = lo; i < new_hi; i++)
		table_add(&news, hash_bytes(para_text(new, i), new->paragraphs[i].len), i);
	for (i = lo; i < old_hi; i++) {
		uint64_t h = hash_bytes(para_text(old, i), old->paragraphs[i].len);
		const struct slot *in_old = table_slot(&olds, h), *in_new = table_slot(&news, h);

		if (in_old->count == 1 && in_new->count == 1 && same_paragraph(old, i, new, in_new->first))
			pair(al, i, in_new->first);
	}
	free(olds.slots);
	free(news.slots);
	return 0;
}

/* The gaps of the old paragraphs not paired: between the new places of
 * the paired ones around them. */
static void find_gaps(struct align *al)
{
	size_t i, before = ALIGN_NONE, after;

	for (i = 0; i < al->old_count; i++) {
		if (al->old_to_new[i] != ALIGN_NONE)
			before = al->old_to_new[i];
		al->gap_lo[i] = before == ALIGN_NONE ? 0 : before + 1;
	}
	after = al->new_count;
	for (i = al->old_count; i-- > 0;) {
		if (al->old_to_new[i] != ALIGN_NONE)
			after = al->old_to_new[i];
		al->gap_hi[i] = after;
		if (al->gap_lo[i] > al->gap_hi[i]) {	/* moves crossed: anywhere */
			al->gap_lo[i] = 0;
			al->gap_hi[i] = al->new_count;
		}
	}
}

/* The new paragraphs not paired in [lo, hi). */
static size_t unpaired_in(const struct align *al, size_t lo, size_t hi)
{
	size_t n = 0, j;

	for (j = lo; j < hi; j++)
		n += al->new_to_old[j] == ALIGN_NONE;
	return n;
}

/* Give the old paragraphs [a, b), not paired, with one gap, twins: the
 * new ones not paired in the gap, in order, when there are as many. */
static void twin_run(struct align *al, size_t a, size_t b)
{
	size_t lo = al->gap_lo[a], hi = al->gap_hi[a], j, i = a;

	if (unpaired_in(al, lo, hi) != b - a)
		return;
	for (j = lo; j < hi && i < b; j++)
		if (al->new_to_old[j] == ALIGN_NONE)
			al->twin[i++] = j;
}

/* Find the twins of the old paragraphs not paired (twin_run on each run
 * of them).  The gaps of different runs overlap only where moves crossed
 * (each is then the whole text): the work is cut off at a few times the
 * new paragraphs, so that it stays linear. */
static void find_twins(struct align *al)
{
	size_t a = 0, b, work = 0;

	while (a < al->old_count && work <= 4 * al->new_count + 64) {
		if (al->old_to_new[a] != ALIGN_NONE) {
			a++;
			continue;
		}
		for (b = a + 1; b < al->old_count && al->old_to_new[b] == ALIGN_NONE; b++)
			;
		twin_run(al, a, b);
		work += al->gap_hi[a] - al->gap_lo[a];
		a = b;
	}
}

/* A new array of n sizes, each ALIGN_NONE; NULL when out of memory. */
static size_t *none_array(size_t n)
{
	size_t *a = grow_overflows(n + 1, sizeof *a) ? NULL : malloc((n + 1) * sizeof *a);

	if (a != NULL)
		memset(a, 0xFF, (n + 1) * sizeof *a);
	return a;
}

enum tanda_status align_paragraphs(const struct article *old, const struct article *new,
				   struct align *out, struct tanda_error *err)
{
	size_t lo, old_hi, new_hi;

	memset(out, 0, sizeof *out);
	out->old_count = old->count;
	out->new_count = new->count;
	out->old_to_new = none_array(old->count);
	out->new_to_old = none_array(new->count);
	out->gap_lo = none_array(old->count);
	out->gap_hi = none_array(old->count);
	out->twin = none_array(old->count);
	if (out->old_to_new == NULL || out->new_to_old == NULL || out->gap_lo == NULL ||
	    out->gap_hi == NULL || out->twin == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory while comparing texts",
				  new->name);
	pair_ends(old, new, out, &lo, &old_hi, &new_hi);
	if (lo < old_hi && lo < new_hi && pair_unique(old, new, out, lo, old_hi, new_hi) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory while comparing texts",
				  new->name);
	find_gaps(out);
	find_twins(out);
	return TANDA_OK;
}

void align_release(struct align *align)
{
	free(align->old_to_new);
	free(align->new_to_old);
	free(align->gap_lo);
	free(align->gap_hi);
	free(align->twin);
	memset(align, 0, sizeof *align);
}

/* The byte after the word that starts at i of the len bytes at s, and the
 * start of the next word (len when there is none) in *next. */
static size_t word_end(const char *s, size_t len, size_t i, size_t *next)
{
	const char *space = memchr(s + i, ' ', len - i);
	size_t end = space != NULL ? (size_t)(space - s) : len;

	*next = end < len ? end + 1 : len;
	return end;
}

/*
 * Call add(t, hash) for every run of SHINGLE_WORDS words of the len bytes
 * at s (the normalized text has one space between words); returns how
 * many there were.
 */
static size_t shingles(const char *s, size_t len, struct table *t,
		       void (*add)(struct table *t, uint64_t h, size_t *found), size_t *found)
{
	size_t starts[SHINGLE_WORDS], count = 0, i = 0, next;

	while (i < len) {
		size_t end = word_end(s, len, i, &next);

		starts[count % SHINGLE_WORDS] = i;
		count++;
		if (count >= SHINGLE_WORDS) {
			size_t first = starts[count % SHINGLE_WORDS];

			add(t, hash_bytes(s + first, end - first), found);
		}
		i = next;
	}
	return count >= SHINGLE_WORDS ? count - SHINGLE_WORDS + 1 : 0;
}

/* Put shingle h into t (for shingles()). */
static void shingle_put(struct table *t, uint64_t h, size_t *found)
{
	(void)found;
	table_add(t, h, 0);
}

/* Count shingle h when t has it (for shingles()). */
static void shingle_look(struct table *t, uint64_t h, size_t *found)
{
	if (table_slot(t, h)->count > 0)
		(*found)++;
}

/* Whether old paragraph i stands whole among the new paragraphs (paras). */
static int found_whole(const struct article *old, size_t i, struct table *paras,
		       const struct article *new)
{
	const struct slot *s = table_slot(paras, hash_bytes(para_text(old, i),
							    old->paragraphs[i].len));

	return s->count > 0 && same_paragraph(old, i, new, s->first);
}

/* Whether old paragraph i, not found whole, has half of its shingles
 * among the new text's (words). */
static int found_in_part(const struct article *old, size_t i, struct table *words)
{
	size_t found = 0, total;

	total = shingles(para_text(old, i), old->paragraphs[i].len, words, shingle_look, &found);
	return total > 0 && 2 * found >= total;
}

/* How many of the old paragraphs not found whole (marked in whole[]) new
 * has in part; -1 when out of memory. */
static long kept_in_part(const struct article *old, const struct article *new,
			 const unsigned char *whole)
{
	struct table words;
	size_t i, unused = 0;
	long kept = 0;

	if (table_init(&words, new->text_len / 4 + 1) != 0)
		return -1;
	for (i = 0; i < new->count; i++)
		shingles(para_text(new, i), new->paragraphs[i].len, &words, shingle_put, &unused);
	for (i = 0; i < old->count; i++)
		kept += !whole[i] && found_in_part(old, i, &words);
	free(words.slots);
	return kept;
}

/* The share is worked out in two steps: the paragraphs found whole (a
 * hash each), and only when they are not half of them, the others'
 * shingles (a lower bound is all the decision needs). */
double align_kinship(const struct article *old, const struct article *new)
{
	struct table paras;
	unsigned char *whole;
	size_t i, kept = 0;
	long in_part = 0;

	if (old->count == 0)
		return 1.0;
	whole = calloc(old->count, 1);
	if (whole == NULL || table_init(&paras, new->count) != 0) {
		free(whole);
		return -1;
	}
	for (i = 0; i < new->count; i++)
		table_add(&paras, hash_bytes(para_text(new, i), new->paragraphs[i].len), i);
	for (i = 0; i < old->count; i++)
		kept += whole[i] = (unsigned char)found_whole(old, i, &paras, new);
	free(paras.slots);
	if (2 * kept < old->count)
		in_part = kept_in_part(old, new, whole);
	free(whole);
	return in_part < 0 ? -1 : (double)(kept + (size_t)in_part) / (double)old->count;
}
