/*
 * check-name.c - the name check: one person's name spelled two ways ("Yun
 * Suk Yeol" ... "kata Yoon") and a short name in an attribution that no
 * full name introduced ("kata Austin" with no "Lloyd Austin" before it),
 * over the mentions the scanner reads (name-scan.h).
 *
 * Blocks.  A full name repeated word for word that no short name picks
 * out ("Lembah Hijau" three times, no "kata Hijau") is a block, a place or
 * a body: cut off the ends of longer runs ("Bupati Lembah Hijau Budi
 * Santoso").
 *
 * Spellings.  Two spellings are one name (name_alike) when they play the
 * same part: full names equal but for that word ("Joko Widodo", "Djoko
 * Widodo"; not when both spellings are also used alone: two people), a
 * short name that looks like a word of exactly one person's full names
 * ("kata Yoon", "Yun Suk Yeol"), or two short names no full name spells,
 * one of them strong (after a title, or a speaker).  Full names that share
 * a surname are different people ("Kim Jong Un", "Kim Yo Jong"), and so
 * are two introduced names each used on its own ("Lee", "Leo").  Each
 * spelling of a name but the one used most (the first used on a tie) is
 * reported at its first use, with the one used most as the replacement;
 * its places are that word, then every use of both spellings in text
 * order.
 *
 * Strangers.  A strong short name as a speaker is introduced by a full name
 * of the same name (any spelling) before it, by a title that says who it
 * is ("Menteri Sekretaris Kabinet Sudarsono"; "Pak", "Mr" do not), by a
 * lowercase description after a comma ("kata Siti, warga Ciawi"; not
 * after "menurut"), or by beginning with a word of an earlier full name
 * ("Jokowi" after "Joko Widodo").  The first speaker of each name that is
 * not introduced is reported, no replacement; its places are that word,
 * then every other use of the spelling in text order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "check-name.h"
#include "lexicon.h"
#include "name-scan.h"
#include "utf8.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])
#define NONE ((size_t)-1)

/* The shortest spelling (code points) compared without a full name around
 * it: "Lee" and "Leo" are, "Un" and "Um" only inside "Kim Jong Un". */
#define SHORTEST_ALONE 3
#define SHORTEST_IN_FULL 2

/* How a spelling is used. */
enum {
	S_FULL = 1u << 0,	/* in a full name that is no block */
	S_BLOCK = 1u << 1,	/* in a block */
	S_STRONG = 1u << 2,	/* alone, after a title or as a speaker */
	S_WEAK = 1u << 3,	/* alone, anywhere else */
	S_PLACE = 1u << 4,	/* alone right after a place preposition */
};

/* One spelling of a name word, and the spellings it is one name with
 * (parent, a union-find forest). */
struct spelling {
	const char *s;
	size_t n;
	size_t count;		/* live occurrences */
	size_t first;		/* its first occurrence, an index of occs */
	size_t by_first;	/* where its words begin in by_spelling */
	size_t by_count;	/* and how many there are, dead ones too */
	unsigned flags;
	size_t parent;
};

/* The check's state over one article. */
struct names {
	struct name_scan scan;		/* the mentions and their words */
	struct spelling *spellings;	/* sorted by their bytes */
	size_t nspellings;
	size_t *by_spelling;		/* occs sorted by spelling, then text order */
};

/* A spelling to sort: n bytes at s, and the word it spells. */
struct key {
	const char *s;
	size_t n;
	size_t index;
};

/* A full name to sort by its spellings, leaving out word mask (NONE for
 * none). */
struct sequence {
	const struct names *nm;
	size_t mention;
	size_t mask;
};

/* The code point at byte i < n of s; returns its length in bytes. */
static size_t char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	int k = utf8_decode(s + i, n - i, cp);

	return (size_t)(k < 0 ? -k : k);
}

/* The code points of the n bytes at s into out (NAME_WORD_MAX at most):
 * how many, or NONE when there are more. */
static size_t code_points(const char *s, size_t n, uint32_t *out)
{
	size_t i = 0, count = 0;

	while (i < n) {
		if (count == NAME_WORD_MAX)
			return NONE;
		i += char_at(s, n, i, &out[count++]);
	}
	return count;
}

/* The smaller of a and b. */
static size_t smaller(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* The distance table's cell i, j (both > 0) from the cells before it, for
 * code points x and y. */
static unsigned char distance_cell(unsigned char d[][NAME_WORD_MAX + 1], const uint32_t *x,
				   const uint32_t *y, size_t i, size_t j)
{
	size_t best = smaller(d[i - 1][j - 1] + (x[i - 1] != y[j - 1]),
			      smaller(d[i - 1][j], d[i][j - 1]) + 1u);

	if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
		best = smaller(best, d[i - 2][j - 2] + 1u);
	return (unsigned char)best;
}

size_t name_distance(const char *a, size_t an, const char *b, size_t bn)
{
	uint32_t x[NAME_WORD_MAX], y[NAME_WORD_MAX];
	unsigned char d[NAME_WORD_MAX + 1][NAME_WORD_MAX + 1];
	size_t m = code_points(a, an, x), n = code_points(b, bn, y), i, j;

	if (m == NONE || n == NONE)
		return NONE;
	for (i = 0; i <= m; i++)
		d[i][0] = (unsigned char)i;
	for (j = 0; j <= n; j++)
		d[0][j] = (unsigned char)j;
	for (i = 1; i <= m; i++)
		for (j = 1; j <= n; j++)
			d[i][j] = distance_cell(d, x, y, i, j);
	return d[m][n];
}

/* The lexicons with lists of spelling variants. */
static const struct lexicon *const variant_lexicons[] = { &lexicon_id, &lexicon_en };

/* The group of spelling variants of names the an bytes at a are in, as
 * written (case matters), or 0. */
static int variant_group(const char *a, size_t an)
{
	const struct lexicon_entry *e;
	size_t k;

	for (k = 0; k < COUNT(variant_lexicons); k++) {
		e = lexicon_find(variant_lexicons[k], LEXICON_NAME_VARIANTS, a, an);
		if (e != NULL && memcmp(e->word, a, an) == 0)
			return e->value;
	}
	return 0;
}

/* Whether the an bytes at a and the bn bytes at b are two spellings of
 * one name in the lexicons: "Yun" and "Yoon". */
static int romanized(const char *a, size_t an, const char *b, size_t bn)
{
	int group = variant_group(a, an);

	return group != 0 && group == variant_group(b, bn) &&
	       !(an == bn && memcmp(a, b, an) == 0);
}

/* Whether two different parts of names look like one (name_alike). */
static int parts_alike(const char *a, size_t an, const char *b, size_t bn, size_t shortest)
{
	uint32_t x[NAME_WORD_MAX], y[NAME_WORD_MAX];
	size_t m, n, d;

	if (romanized(a, an, b, bn))
		return 1;
	m = code_points(a, an, x);
	n = code_points(b, bn, y);
	if (m == NONE || n == NONE || smaller(m, n) < shortest || smaller(m, n) == 0 || x[0] != y[0])
		return 0;
	d = name_distance(a, an, b, bn);
	return d >= 1 && d <= (smaller(m, n) <= 5 ? 1u : 2u);
}

/* The end of the part of the n bytes at s that begins at i: the next
 * hyphen, or n. */
static size_t part_end(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] != '-')
		i++;
	return i;
}

int name_alike(const char *a, size_t an, const char *b, size_t bn, size_t shortest)
{
	size_t i = 0, j = 0, ie, je, da = NONE, dae = 0, db = 0, dbe = 0;

	for (;;) {
		ie = part_end(a, an, i);
		je = part_end(b, bn, j);
		if (ie - i != je - j || memcmp(a + i, b + j, ie - i) != 0) {
			if (da != NONE)
				return 0;
			da = i, dae = ie, db = j, dbe = je;
		}
		if (ie == an || je == bn)
			break;
		i = ie + 1;
		j = je + 1;
	}
	if (ie != an || je != bn || da == NONE)
		return 0;
	return parts_alike(a + da, dae - da, b + db, dbe - db, shortest);
}

/* Compare two keys for qsort: by their bytes, then index (text order). */
static int compare_keys(const void *x, const void *y)
{
	const struct key *a = x, *b = y;
	int c = memcmp(a->s, b->s, a->n < b->n ? a->n : b->n);

	if (c != 0)
		return c;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Whether spelling x is the n bytes at s. */
static int spelled(const struct spelling *x, const char *s, size_t n)
{
	return x->n == n && memcmp(x->s, s, n) == 0;
}

/* Give every live word its spelling: nm->spellings, sorted by their bytes,
 * and nm->by_spelling; 0 on success. */
static int spell(struct names *nm)
{
	struct key *keys;
	size_t i, n = 0;

	keys = malloc((nm->scan.nocc ? nm->scan.nocc : 1) * sizeof *keys);
	nm->by_spelling = malloc((nm->scan.nocc ? nm->scan.nocc : 1) * sizeof *nm->by_spelling);
	nm->spellings = malloc((nm->scan.nocc ? nm->scan.nocc : 1) * sizeof *nm->spellings);
	if (keys == NULL || nm->by_spelling == NULL || nm->spellings == NULL) {
		free(keys);
		return -1;
	}
	for (i = 0; i < nm->scan.nocc; i++)
		if (nm->scan.occs[i].live)
			keys[n++] = (struct key){ nm->scan.occs[i].s, nm->scan.occs[i].n, i };
	qsort(keys, n, sizeof *keys, compare_keys);
	for (i = 0; i < n; i++) {
		struct spelling *x = &nm->spellings[nm->nspellings];

		if (nm->nspellings == 0 || !spelled(x - 1, keys[i].s, keys[i].n)) {
			memset(x, 0, sizeof *x);
			x->s = keys[i].s;
			x->n = keys[i].n;
			x->first = keys[i].index;
			x->by_first = i;
			x->parent = nm->nspellings++;
		}
		nm->spellings[nm->nspellings - 1].by_count++;
		nm->scan.occs[keys[i].index].spelling = nm->nspellings - 1;
		nm->by_spelling[i] = keys[i].index;
	}
	free(keys);
	return 0;
}

/* The S_ flag a word of mention m gives its spelling. */
static unsigned use_of(const struct name_mention *m)
{
	if (m->flags & MENTION_BLOCK)
		return S_BLOCK;
	if (m->flags & MENTION_FULL)
		return S_FULL;
	if (m->flags & MENTION_PLACE)
		return S_PLACE;
	return m->flags & (MENTION_TITLED | MENTION_ATTRIBUTED) ? S_STRONG : S_WEAK;
}

/* Count each spelling's live words and note how it is used. */
static void tally(struct names *nm)
{
	size_t i, k;

	for (i = 0; i < nm->nspellings; i++) {
		nm->spellings[i].count = 0;
		nm->spellings[i].flags = 0;
		nm->spellings[i].first = NONE;
	}
	for (i = 0; i < nm->scan.nmentions; i++) {
		const struct name_mention *m = &nm->scan.mentions[i];

		for (k = m->first; k < m->first + m->count; k++) {
			struct spelling *x = &nm->spellings[nm->scan.occs[k].spelling];

			x->count++;
			x->flags |= use_of(m);
			if (x->first == NONE)
				x->first = k;
		}
	}
}

/* The spelling that is the n bytes at s, or NONE. */
static size_t find_spelling(const struct names *nm, const char *s, size_t n)
{
	size_t lo = 0, hi = nm->nspellings;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct spelling *x = &nm->spellings[mid];
		int c = memcmp(x->s, s, x->n < n ? x->n : n);

		if (c == 0 && x->n == n)
			return mid;
		if (c < 0 || (c == 0 && x->n < n))
			lo = mid + 1;
		else
			hi = mid;
	}
	return NONE;
}

/* Whether spellings a and b look like one name (name_alike). */
static int spellings_alike(const struct names *nm, size_t a, size_t b, size_t shortest)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];

	return a != b && name_alike(x->s, x->n, y->s, y->n, shortest);
}

/* What to do with a spelling alike another. */
typedef void alike_fn(struct names *nm, size_t a, size_t b, void *ctx);

/* Call fn(nm, a, b, ctx) for every spelling b of the article that the
 * lexicons give as a variant of spelling a with another first letter than
 * first: "Yoon" for "Yun", "Djoko" for "Joko". */
static void each_variant(struct names *nm, size_t a, uint32_t first, alike_fn *fn, void *ctx)
{
	const struct spelling *x = &nm->spellings[a];
	int group = variant_group(x->s, x->n);
	size_t k, i, b;
	uint32_t cp;

	for (k = 0; group != 0 && k < COUNT(variant_lexicons); k++) {
		const struct lexicon_list *list =
			&variant_lexicons[k]->lists[LEXICON_NAME_VARIANTS];

		for (i = 0; i < list->count; i++) {
			const char *other = list->entries[i].word;

			char_at(other, strlen(other), 0, &cp);
			if (list->entries[i].value == group && cp != first &&
			    (b = find_spelling(nm, other, strlen(other))) != NONE)
				fn(nm, a, b, ctx);
		}
	}
}

/* Call fn(nm, a, b, ctx) for every spelling b that looks like spelling a:
 * those of its first letter (neighbours in the sorted spellings), and its
 * romanizations of another first letter. */
static void each_alike(struct names *nm, size_t a, size_t shortest, alike_fn *fn, void *ctx)
{
	const struct spelling *x = &nm->spellings[a];
	uint32_t first;
	size_t b, len = char_at(x->s, x->n, 0, &first);

	for (b = a; b-- > 0 && nm->spellings[b].n >= len &&
		    memcmp(nm->spellings[b].s, x->s, len) == 0;)
		if (spellings_alike(nm, a, b, shortest))
			fn(nm, a, b, ctx);
	for (b = a + 1; b < nm->nspellings && nm->spellings[b].n >= len &&
			memcmp(nm->spellings[b].s, x->s, len) == 0; b++)
		if (spellings_alike(nm, a, b, shortest))
			fn(nm, a, b, ctx);
	each_variant(nm, a, first, fn, ctx);
}

/* Compare two full names by length, then spellings, leaving out word
 * a->mask. */
static int sequence_order(const struct sequence *a, const struct sequence *b)
{
	const struct name_mention *ma = &a->nm->scan.mentions[a->mention];
	const struct name_mention *mb = &b->nm->scan.mentions[b->mention];
	size_t k;

	if (ma->count != mb->count)
		return ma->count < mb->count ? -1 : 1;
	for (k = 0; k < ma->count; k++) {
		size_t sa = a->nm->scan.occs[ma->first + k].spelling;
		size_t sb = b->nm->scan.occs[mb->first + k].spelling;

		if (k != a->mask && sa != sb)
			return sa < sb ? -1 : 1;
	}
	return 0;
}

/* Compare two full names for qsort: sequence_order, then text order. */
static int compare_sequences(const void *x, const void *y)
{
	const struct sequence *a = x, *b = y;
	int c = sequence_order(a, b);

	return c != 0 ? c : a->mention < b->mention ? -1 : a->mention > b->mention;
}

/* The full names of the article, sorted: a new array in *out and its
 * length in *count; 0 on success. */
static int full_names(const struct names *nm, struct sequence **out, size_t *count)
{
	size_t i, n = 0;

	*out = malloc((nm->scan.nmentions ? nm->scan.nmentions : 1) * sizeof **out);
	if (*out == NULL)
		return -1;
	for (i = 0; i < nm->scan.nmentions; i++)
		if (nm->scan.mentions[i].flags & MENTION_FULL)
			(*out)[n++] = (struct sequence){ nm, i, NONE };
	qsort(*out, n, sizeof **out, compare_sequences);
	*count = n;
	return 0;
}

/* The end of the run of full names equal to seqs[i] among count. */
static size_t same_run(const struct sequence *seqs, size_t count, size_t i)
{
	size_t j = i + 1;

	while (j < count && sequence_order(&seqs[i], &seqs[j]) == 0)
		j++;
	return j;
}

/* Note in *ctx that spelling b, alike a, is used alone. */
static void note_used_alone(struct names *nm, size_t a, size_t b, void *ctx)
{
	(void)a;
	if (nm->spellings[b].flags & (S_STRONG | S_WEAK))
		*(int *)ctx = 1;
}

/* Whether a short name picks a word of full name m out: the same spelling
 * after a title or as a speaker, or one alike it used alone. */
static int picked_out(struct names *nm, const struct name_mention *m)
{
	size_t k;
	int found = 0;

	for (k = m->first; k < m->first + m->count && !found; k++) {
		size_t s = nm->scan.occs[k].spelling;

		found = (nm->spellings[s].flags & S_STRONG) != 0;
		each_alike(nm, s, SHORTEST_ALONE, note_used_alone, &found);
	}
	return found;
}

/* Mark the blocks: full names used twice or more, word for word, that no
 * short name picks out; their first mentions (one per block) in blocks,
 * their count in *count. */
static void mark_blocks(struct names *nm, const struct sequence *seqs, size_t n,
			size_t *blocks, size_t *count)
{
	size_t i, j, k;

	*count = 0;
	for (i = 0; i < n; i = j) {
		j = same_run(seqs, n, i);
		if (j - i < 2 || picked_out(nm, &nm->scan.mentions[seqs[i].mention]))
			continue;
		blocks[(*count)++] = seqs[i].mention;
		for (k = i; k < j; k++)
			nm->scan.mentions[seqs[k].mention].flags |= MENTION_BLOCK;
	}
}

/* Whether block b is words [at, at + its length) of mention m. */
static int block_at(const struct names *nm, const struct name_mention *m, size_t at,
		    const struct name_mention *b)
{
	size_t k;

	for (k = 0; k < b->count; k++)
		if (nm->scan.occs[m->first + at + k].spelling != nm->scan.occs[b->first + k].spelling)
			return 0;
	return 1;
}

/* The length of the longest block shorter than mention m that begins it
 * (at_end 0) or ends it (at_end 1); 0 when none does. */
static size_t block_edge(const struct names *nm, const struct name_mention *m,
			 const size_t *blocks, size_t count, int at_end)
{
	size_t i, longest = 0;

	for (i = 0; i < count; i++) {
		const struct name_mention *b = &nm->scan.mentions[blocks[i]];

		if (b->count < m->count && b->count > longest &&
		    block_at(nm, m, at_end ? m->count - b->count : 0, b))
			longest = b->count;
	}
	return longest;
}

/* Cut the blocks off both ends of mention m: "Korea Selatan Yun Suk Yeol"
 * is "Yun Suk Yeol" when "Korea Selatan" is a block. */
static void strip_blocks(struct names *nm, struct name_mention *m, const size_t *blocks,
			 size_t count)
{
	size_t k, head = block_edge(nm, m, blocks, count, 0), tail;

	for (k = 0; k < head; k++)
		nm->scan.occs[m->first + k].live = 0;
	m->first += head;
	m->count -= head;
	tail = block_edge(nm, m, blocks, count, 1);
	for (k = m->count - tail; k < m->count; k++)
		nm->scan.occs[m->first + k].live = 0;
	m->count -= tail;
	if (m->count < 2)
		m->flags &= ~MENTION_FULL;
}

/* Find the blocks and cut them off longer names; 0 on success. */
static int find_blocks(struct names *nm)
{
	struct sequence *seqs;
	size_t n, count, i, *blocks;

	tally(nm);
	if (full_names(nm, &seqs, &n) != 0)
		return -1;
	blocks = malloc((n ? n : 1) * sizeof *blocks);
	if (blocks == NULL) {
		free(seqs);
		return -1;
	}
	mark_blocks(nm, seqs, n, blocks, &count);
	for (i = 0; i < nm->scan.nmentions; i++)
		if ((nm->scan.mentions[i].flags & (MENTION_FULL | MENTION_BLOCK)) == MENTION_FULL)
			strip_blocks(nm, &nm->scan.mentions[i], blocks, count);
	free(blocks);
	free(seqs);
	tally(nm);
	return 0;
}

/* The spelling that stands for the name spelling a is one of. */
static size_t root(struct names *nm, size_t a)
{
	while (nm->spellings[a].parent != a) {
		nm->spellings[a].parent = nm->spellings[nm->spellings[a].parent].parent;
		a = nm->spellings[a].parent;
	}
	return a;
}

/* Make spellings a and b one name. */
static void join(struct names *nm, size_t a, size_t b)
{
	nm->spellings[root(nm, a)].parent = root(nm, b);
}

/* Join the words at position mask of full names a and b, equal but for
 * it, when they look alike and are not each used alone (two people). */
static void join_in_full(struct names *nm, const struct sequence *a, const struct sequence *b)
{
	size_t sa = nm->scan.occs[nm->scan.mentions[a->mention].first + a->mask].spelling;
	size_t sb = nm->scan.occs[nm->scan.mentions[b->mention].first + b->mask].spelling;
	unsigned both = nm->spellings[sa].flags & nm->spellings[sb].flags;

	if (!(both & S_STRONG) && spellings_alike(nm, sa, sb, SHORTEST_IN_FULL))
		join(nm, sa, sb);
}

/* Join the words of the distinct full names reps (n of them, each with its
 * mask) that differ from another in word mask only. */
static void join_at(struct names *nm, struct sequence *reps, size_t n)
{
	size_t i, j, a, b;

	qsort(reps, n, sizeof *reps, compare_sequences);
	for (i = 0; i < n; i = j) {
		j = same_run(reps, n, i);
		for (a = i; a < j; a++)
			for (b = a + 1; b < j; b++)
				join_in_full(nm, &reps[a], &reps[b]);
	}
}

/* Join the words that two full names, equal but for one word, spell
 * alike: "Joko Widodo" and "Djoko Widodo"; 0 on success. */
static int join_full_names(struct names *nm)
{
	struct sequence *seqs, *reps;
	size_t n, i, j, count = 0, longest = 0, mask;

	if (full_names(nm, &seqs, &n) != 0)
		return -1;
	reps = malloc((n ? n : 1) * sizeof *reps);
	if (reps == NULL) {
		free(seqs);
		return -1;
	}
	for (i = 0; i < n; i = j) {
		j = same_run(seqs, n, i);
		seqs[count++] = seqs[i];
		if (nm->scan.mentions[seqs[i].mention].count > longest)
			longest = nm->scan.mentions[seqs[i].mention].count;
	}
	for (mask = 0; mask < longest; mask++) {
		size_t m = 0;

		for (i = 0; i < count; i++)
			if (nm->scan.mentions[seqs[i].mention].count > mask)
				reps[m++] = (struct sequence){ nm, seqs[i].mention, mask };
		join_at(nm, reps, m);
	}
	free(reps);
	free(seqs);
	return 0;
}

/* Whether spelling a is only used alone, and not as a place. */
static int alone(const struct names *nm, size_t a)
{
	unsigned flags = nm->spellings[a].flags;

	return (flags & (S_STRONG | S_WEAK)) && !(flags & (S_FULL | S_BLOCK | S_PLACE));
}

/* The full-name spelling a short name looks like: the first found, and
 * whether another person's spelling looks like it too. */
struct full_match {
	size_t found;
	int ambiguous;
};

/* Note in ctx (a struct full_match) spelling b of a full name. */
static void note_full(struct names *nm, size_t a, size_t b, void *ctx)
{
	struct full_match *match = ctx;

	(void)a;
	if (!(nm->spellings[b].flags & S_FULL))
		return;
	if (match->found == NONE)
		match->found = b;
	else if (root(nm, match->found) != root(nm, b))
		match->ambiguous = 1;
}

/* Join each short name to the word of the one full name it looks like:
 * "kata Yoon" and "Yun Suk Yeol". */
static void join_short_names(struct names *nm)
{
	size_t a;

	for (a = 0; a < nm->nspellings; a++) {
		struct full_match match = { NONE, 0 };

		if (!alone(nm, a))
			continue;
		each_alike(nm, a, SHORTEST_ALONE, note_full, &match);
		if (match.found != NONE && !match.ambiguous)
			join(nm, a, match.found);
	}
}

/* Join spellings a and b when b is only used alone too. */
static void join_alone(struct names *nm, size_t a, size_t b, void *ctx)
{
	(void)ctx;
	if (alone(nm, b))
		join(nm, a, b);
}

/* Join the short names that look alike and no full name spells, when one
 * is a speaker or follows a title: "kata Yoon" and "Yun juga". */
static void join_lone_names(struct names *nm)
{
	size_t a;

	for (a = 0; a < nm->nspellings; a++)
		if (alone(nm, a) && (nm->spellings[a].flags & S_STRONG))
			each_alike(nm, a, SHORTEST_ALONE, join_alone, NULL);
}

/* Whether spelling a is used more than spelling b: more often, or as often
 * and first. */
static int used_more(const struct names *nm, size_t a, size_t b)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];

	return x->count != y->count ? x->count > y->count : x->first < y->first;
}

/* The live word of spelling a at position *i of its words in by_spelling
 * (moved past the dead ones), or NONE when there are no more. */
static size_t next_word(const struct names *nm, size_t a, size_t *i)
{
	const struct spelling *x;

	if (a == NONE)
		return NONE;
	x = &nm->spellings[a];
	while (*i < x->by_count && !nm->scan.occs[nm->by_spelling[x->by_first + *i]].live)
		(*i)++;
	return *i < x->by_count ? nm->by_spelling[x->by_first + *i] : NONE;
}

/* Add to finding f the words of spellings a and b (NONE for none) in text
 * order, but word own (its first place); 0 on success. */
static int add_places(const struct names *nm, struct finding *f, size_t own, size_t a,
		      size_t b)
{
	size_t i = 0, j = 0, wa, wb, w;

	for (;;) {
		wa = next_word(nm, a, &i);
		wb = next_word(nm, b, &j);
		if (wa == NONE && wb == NONE)
			return 0;
		if (wb == NONE || (wa != NONE && wa < wb)) {
			w = wa;
			i++;
		} else {
			w = wb;
			j++;
		}
		if (w != own && finding_add_place(f, nm->scan.occs[w].start, nm->scan.occs[w].end) != 0)
			return -1;
	}
}

/* How many times: "once", "2 times", into out (size bytes). */
static const char *times(size_t count, char *out, size_t size)
{
	if (count == 1)
		return "once";
	snprintf(out, size, "%zu times", count);
	return out;
}

/* Report spelling v as a variant of spelling m; 0 on success. */
static int report_variant(const struct names *nm, size_t v, size_t m, struct findings *out)
{
	const struct spelling *x = &nm->spellings[v], *y = &nm->spellings[m];
	const struct name_occ *o = &nm->scan.occs[x->first];
	char message[512], replacement[NAME_WORD_MAX + 1], tm[32], tv[32];
	struct finding *f;

	snprintf(message, sizeof message,
		 "\"%.*s\" and \"%.*s\" look like one name spelled two ways; "
		 "\"%.*s\" is used %s, \"%.*s\" %s",
		 (int)x->n, x->s, (int)y->n, y->s, (int)y->n, y->s,
		 times(y->count, tm, sizeof tm), (int)x->n, x->s, times(x->count, tv, sizeof tv));
	memcpy(replacement, y->s, y->n);
	replacement[y->n] = '\0';
	f = findings_add(out, FINDING_NAME, o->start, o->end, message, replacement);
	if (f == NULL)
		return -1;
	return add_places(nm, f, x->first, v, m);
}

/* Report every spelling of a name but the one used most; 0 on success. */
static int report_variants(struct names *nm, struct findings *out)
{
	size_t *best = malloc((nm->nspellings ? nm->nspellings : 1) * sizeof *best);
	size_t a, r;
	int failed = 0;

	if (best == NULL)
		return -1;
	for (a = 0; a < nm->nspellings; a++)
		best[a] = NONE;
	for (a = 0; a < nm->nspellings; a++) {
		r = root(nm, a);
		if (nm->spellings[a].count > 0 && (best[r] == NONE || used_more(nm, a, best[r])))
			best[r] = a;
	}
	for (a = 0; a < nm->nspellings && !failed; a++) {
		r = root(nm, a);
		if (nm->spellings[a].count > 0 && best[r] != a)
			failed = report_variant(nm, a, best[r], out) != 0;
	}
	free(best);
	return failed ? -1 : 0;
}

/* Report the speaker word w that nobody introduced; 0 on success. */
static int report_unintroduced(const struct names *nm, size_t w, struct findings *out)
{
	const struct name_occ *o = &nm->scan.occs[w];
	char message[256];
	struct finding *f;

	snprintf(message, sizeof message,
		 "\"%.*s\" is not introduced: no full name before it in the article",
		 (int)(o->end - o->start), nm->scan.article->text + o->start);
	f = findings_add(out, FINDING_NAME, o->start, o->end, message, NULL);
	if (f == NULL)
		return -1;
	return add_places(nm, f, w, o->spelling, NONE);
}

/* Note in intro, for each name, where it is first introduced: by a full
 * name, after a title that says who it is, or before a description. */
static void note_introductions(struct names *nm, size_t *intro)
{
	size_t i, k, r;

	for (i = 0; i < nm->nspellings; i++)
		intro[i] = NONE;
	for (i = 0; i < nm->scan.nmentions; i++) {
		const struct name_mention *m = &nm->scan.mentions[i];

		if (m->count == 0 || (m->flags & MENTION_BLOCK) ||
		    !(m->flags & (MENTION_FULL | MENTION_ROLE | MENTION_DESCRIBED)))
			continue;
		for (k = m->first; k < m->first + m->count; k++) {
			r = root(nm, nm->scan.occs[k].spelling);
			if (intro[r] == NONE || nm->scan.occs[k].start < intro[r])
				intro[r] = nm->scan.occs[k].start;
		}
	}
}

/* Whether mention m is a short name as a speaker, with no title or
 * description that says who it is: "kata Austin". */
static int lone_speaker(const struct names *nm, const struct name_mention *m)
{
	return m->count == 1 && (m->flags & MENTION_ATTRIBUTED) &&
	       !(m->flags & (MENTION_ROLE | MENTION_DESCRIBED)) &&
	       !(nm->spellings[nm->scan.occs[m->first].spelling].flags & S_PLACE);
}

/* Whether name a was introduced before byte at. */
static int introduced(struct names *nm, size_t a, const size_t *intro, size_t at)
{
	size_t r = root(nm, a);

	return intro[r] != NONE && intro[r] < at;
}

/* Whether speaker word w begins with a word of a full name introduced
 * before it, three bytes or more: "Jokowi" after "Joko Widodo". */
static int nickname(struct names *nm, size_t w, const size_t *intro)
{
	const struct name_occ *o = &nm->scan.occs[w];
	const char *s = nm->scan.article->text + o->start;
	size_t n = o->end - o->start, len, a;
	uint32_t cp;

	for (len = char_at(s, n, 0, &cp); len < n; len += char_at(s, n, len, &cp)) {
		a = len >= 3 ? find_spelling(nm, s, len) : NONE;
		if (a != NONE && (nm->spellings[a].flags & S_FULL) &&
		    introduced(nm, a, intro, o->start))
			return 1;
	}
	return 0;
}

/* Report, once per name, the first speaker's short name that no full name
 * introduced before it; 0 on success. */
static int report_strangers(struct names *nm, struct findings *out)
{
	size_t *intro = malloc((nm->nspellings ? nm->nspellings : 1) * sizeof *intro);
	unsigned char *done = calloc(nm->nspellings ? nm->nspellings : 1, 1);
	size_t i, w, r;
	int failed = intro == NULL || done == NULL;

	if (!failed)
		note_introductions(nm, intro);
	for (i = 0; i < nm->scan.nmentions && !failed; i++) {
		if (!lone_speaker(nm, &nm->scan.mentions[i]))
			continue;
		w = nm->scan.mentions[i].first;
		r = root(nm, nm->scan.occs[w].spelling);
		if (done[r] || introduced(nm, r, intro, nm->scan.occs[w].start) ||
		    nickname(nm, w, intro))
			continue;
		done[r] = 1;
		failed = report_unintroduced(nm, w, out) != 0;
	}
	free(intro);
	free(done);
	return failed ? -1 : 0;
}

/* Free what the check allocated. */
static void names_free(struct names *nm)
{
	name_scan_release(&nm->scan);
	free(nm->spellings);
	free(nm->by_spelling);
}

/* Read the names of the article and report what is wrong with them; 0 on
 * success, -1 when out of memory. */
static int check(struct names *nm, struct findings *out)
{
	if (spell(nm) != 0 || find_blocks(nm) != 0 ||
	    join_full_names(nm) != 0)
		return -1;
	join_short_names(nm);
	join_lone_names(nm);
	return report_variants(nm, out) != 0 || report_strangers(nm, out) != 0 ? -1 : 0;
}

enum tanda_status check_names(const struct article *article, const struct check_options *options,
			      struct findings *out, struct tanda_error *err)
{
	struct names nm;
	int failed;

	memset(&nm, 0, sizeof nm);
	failed = name_scan_read(&nm.scan, article,
				strcmp(check_language(article, options), "en") == 0) != 0 ||
		 check(&nm, out) != 0;
	names_free(&nm);
	if (failed)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory checking names",
				  article->name);
	return TANDA_OK;
}

