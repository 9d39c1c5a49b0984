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
#include "check-people.h"
#include "dictionary.h"
#include "grow.h"
#include "lexicon.h"
#include "name-scan.h"
#include "strbuf.h"
#include "utf8.h"
#include "words.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])
#define NONE ((size_t)-1)

/* The shortest spelling (code points) compared without a full name around
 * it: "Lee" and "Leo" are, "Un" and "Um" only inside "Kim Jong Un". */
#define SHORTEST_ALONE 5
/* How far apart in the sorted spellings two are compared: an article has
 * a few hundred, and a hostile one many thousands of one letter, which
 * must not cost their square. */
#define NEIGHBOURS 16
#define SHORTEST_IN_FULL 2

/* How a spelling is used. */
enum {
	S_FULL = 1u << 0,	/* in a full name that is no block */
	S_BLOCK = 1u << 1,	/* in a block */
	S_STRONG = 1u << 2,	/* alone, after a title or as a speaker */
	S_WEAK = 1u << 3,	/* alone, anywhere else */
	S_PLACE = 1u << 4,	/* alone right after a place preposition */
	S_FIRST = 1u << 5,	/* the first word of a full name */
	S_LAST = 1u << 6,	/* the last word of a full name */
	S_HONORIFIC = 1u << 7,	/* after an honorific somewhere: "Mr Allard" */
};

/* What the uses of a spelling say it names. */
enum {
	E_ORG = 1u << 0,	/* a body: "Electrolux Group", "the Bundesbank" */
	E_UNLISTED = 1u << 1,	/* used outside a list of names */
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
	unsigned evidence;	/* E_ flags */
	signed char ordinary;	/* an ordinary word (dictionary.h): 1, 0, -1 not asked */
	signed char person;	/* names a person (person()): 1, 0, -1 not asked */
	size_t parent;
};

/* The check's state over one article. */
struct names {
	struct name_scan scan;		/* the mentions and their words */
	struct dictionary *dictionary;	/* ordinary words */
	const char *language;		/* "id" or "en" */
	struct spelling *spellings;	/* sorted by their bytes */
	size_t nspellings;
	size_t (*respelled)[2];		/* pairs of spellings, old and new (reform) */
	size_t nrespelled, respelled_alloc;
	unsigned char *points_back;	/* per paragraph: 0 not asked, 1 no, 2 an
					 * office points back (office_points_back) */
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

/* The spelling reform of 1972 and the one before it, old letters to new:
 * "Djoko" is "Joko", "Tjahjo" "Cahyo", "Soeharto" "Suharto". */
static const char *const reform[][2] = {
	{ "dj", "j" }, { "tj", "c" }, { "sj", "sy" }, { "nj", "ny" }, { "ch", "kh" }, { "oe", "u" },
	{ "j", "y" },
};

/* The an bytes at a respelled with the reform's new letters (keeping a
 * capital), into out (size bytes): 0, or -1 when it does not fit. */
static int respell(const char *a, size_t an, char *out, size_t size)
{
	size_t i = 0, used = 0, k, n;

	while (i < an) {
		const char *to = NULL;

		for (k = 0; k < COUNT(reform) && to == NULL; k++) {
			n = strlen(reform[k][0]);
			if (an - i >= n && lexicon_compare(a + i, n, reform[k][0], n) == 0)
				to = reform[k][1];
		}
		n = to != NULL ? strlen(to) : 1;
		if (used + n >= size)
			return -1;
		if (to == NULL) {
			out[used++] = a[i++];
			continue;
		}
		memcpy(out + used, to, n);
		if (a[i] >= 'A' && a[i] <= 'Z')
			out[used] = (char)(out[used] - ('a' - 'A'));
		used += n;
		i += strlen(reform[k - 1][0]);
	}
	out[used] = '\0';
	return 0;
}

/* Whether the an bytes at a in the old spelling are the bn bytes at b in
 * the new. */
static int reformed(const char *a, size_t an, const char *b, size_t bn)
{
	char out[NAME_WORD_MAX * 2 + 1];
	size_t i;
	int old = 0;

	for (i = 0; i < an && !old; i++)	/* every old spelling has a j, ch or oe */
		old = (a[i] | 0x20) == 'j' || (i + 1 < an && (((a[i] | 0x20) == 'c' &&
							      (a[i + 1] | 0x20) == 'h') ||
							     ((a[i] | 0x20) == 'o' &&
							      (a[i + 1] | 0x20) == 'e')));
	return old && respell(a, an, out, sizeof out) == 0 && strlen(out) == bn &&
	       memcmp(out, b, bn) == 0 && !(an == bn && memcmp(a, b, an) == 0);
}

/* Whether the m code points at x and the n at y are the same letters in
 * another order: "Tracey" and "Treacy". */
static int same_letters(const uint32_t *x, size_t m, const uint32_t *y, size_t n)
{
	uint32_t a[NAME_WORD_MAX], b[NAME_WORD_MAX], t;
	size_t i, j;

	if (m != n)
		return 0;
	memcpy(a, x, m * sizeof *a);
	memcpy(b, y, n * sizeof *b);
	for (i = 1; i < m; i++)
		for (j = i; j > 0 && a[j - 1] > a[j]; j--) {
			t = a[j], a[j] = a[j - 1], a[j - 1] = t;
		}
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && b[j - 1] > b[j]; j--) {
			t = b[j], b[j] = b[j - 1], b[j - 1] = t;
		}
	return memcmp(a, b, m * sizeof *a) == 0;
}

/* The shortest spelling two letters may separate from another: below it,
 * "Rachel" and "Richey" are two names. */
#define SHORTEST_TWO_APART 7

/* Whether two different parts of names look like one (name_alike). */
static int parts_alike(const char *a, size_t an, const char *b, size_t bn, size_t shortest)
{
	uint32_t x[NAME_WORD_MAX], y[NAME_WORD_MAX];
	size_t m, n, d;

	if (romanized(a, an, b, bn) || reformed(a, an, b, bn) || reformed(b, bn, a, an))
		return 1;
	m = code_points(a, an, x);
	n = code_points(b, bn, y);
	if (m == NONE || n == NONE || smaller(m, n) < shortest || smaller(m, n) == 0 ||
	    x[0] != y[0] || m > n + 2 || n > m + 2)
		return 0;	/* (more than two apart in length: more than two edits) */
	d = name_distance(a, an, b, bn);
	if (d == 2)
		return smaller(m, n) >= SHORTEST_TWO_APART || same_letters(x, m, y, n);
	return d == 1;
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
			x->ordinary = -1;
			x->person = -1;
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

/* The E_ flags a word of mention m gives its spelling. */
static unsigned evidence_of(const struct name_mention *m)
{
	return (m->flags & MENTION_LIST ? 0 : E_UNLISTED) | (m->flags & MENTION_ORG ? E_ORG : 0);
}

/* Count each spelling's live words and note how it is used. */
static void tally(struct names *nm)
{
	size_t i, k;

	for (i = 0; i < nm->nspellings; i++) {
		nm->spellings[i].count = 0;
		nm->spellings[i].flags = 0;
		nm->spellings[i].evidence = 0;
		nm->spellings[i].first = NONE;
	}
	for (i = 0; i < nm->scan.nmentions; i++) {
		const struct name_mention *m = &nm->scan.mentions[i];

		for (k = m->first; k < m->first + m->count; k++) {
			struct spelling *x = &nm->spellings[nm->scan.occs[k].spelling];

			x->count++;
			x->flags |= use_of(m);
			if ((m->flags & (MENTION_FULL | MENTION_BLOCK)) == MENTION_FULL)
				x->flags |= k == m->first ? S_FIRST :
					    k == m->first + m->count - 1 ? S_LAST : 0;
			x->evidence |= evidence_of(m);
			if (m->flags & MENTION_HONORIFIC)
				x->flags |= S_HONORIFIC;
			if (x->first == NONE)
				x->first = k;
		}
	}
}

/* The first spelling not before the n bytes at s (bytes order). */
static size_t lower_bound(const struct names *nm, const char *s, size_t n)
{
	size_t lo = 0, hi = nm->nspellings;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct spelling *x = &nm->spellings[mid];
		int c = memcmp(x->s, s, x->n < n ? x->n : n);

		if (c < 0 || (c == 0 && x->n < n))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The spelling that is the n bytes at s, or NONE. */
static size_t find_spelling(const struct names *nm, const char *s, size_t n)
{
	size_t a = lower_bound(nm, s, n);

	return a < nm->nspellings && spelled(&nm->spellings[a], s, n) ? a : NONE;
}

/* Whether spelling a is an ordinary word of the article's language (or
 * of English, which Indonesian news quotes): "Inflasi", "Transport". */
static int ordinary(struct names *nm, size_t a)
{
	struct spelling *x = &nm->spellings[a];

	if (x->ordinary < 0)
		x->ordinary = (signed char)(dictionary_is_word(nm->dictionary, nm->language, x->s,
							       x->n) ||
					    (strcmp(nm->language, "en") != 0 &&
					     dictionary_is_word(nm->dictionary, "en", x->s, x->n)));
	return x->ordinary;
}

/* Endings that make another word of the same one: plurals, demonyms,
 * Indonesian enclitics ("Iraqi", "Iraqis"; "Lanka", "Lankan"). */
static const char *const inflections[] = {
	"s", "es", "n", "an", "ian", "i", "ish", "ese", "al", "nya", "lah", "kah", "ku", "mu",
};

/* Whether the bn bytes at b are the an bytes at a with an ending of
 * inflections (a plural -s only where the stem does not end in s: "Swisss"
 * is no plural of "Swiss"). */
static int inflected(const char *a, size_t an, const char *b, size_t bn)
{
	size_t k, n;

	if (bn <= an || memcmp(a, b, an) != 0)
		return 0;
	for (k = 0; k < COUNT(inflections); k++) {
		n = strlen(inflections[k]);
		if (bn - an == n && memcmp(b + an, inflections[k], n) == 0)
			return !(n == 1 && b[an] == 's' && a[an - 1] == 's');
	}
	return 0;
}

/* Whether the n bytes at s, folded, are the word that follows occurrence
 * o (after spaces): "Indobuild Co" for "co". */
static int followed_by_word(const struct names *nm, const struct name_occ *o, const char *s,
			    size_t n)
{
	const char *text = nm->scan.article->text;
	size_t i = o->end, end = nm->scan.article->text_len;

	if (i >= end || text[i] != ' ')
		return 0;
	while (i < end && text[i] == ' ')
		i++;
	return end - i >= n && lexicon_compare(text + i, n, s, n) == 0 &&
	       (end - i == n || !((text[i + n] | 0x20) >= 'a' && (text[i + n] | 0x20) <= 'z'));
}

/* How many uses of a spelling are looked at for the word after it. */
#define RUN_TOGETHER_LOOKS 64

/* Whether spelling b is spelling a run together with the word after it
 * in one of its first RUN_TOGETHER_LOOKS uses: "Indobuildco" and
 * "Indobuild Co" are one name. */
static int run_together(const struct names *nm, size_t a, size_t b)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];
	size_t i;

	if (y->n <= x->n || memcmp(x->s, y->s, x->n) != 0)
		return 0;
	for (i = 0; i < x->by_count && i < RUN_TOGETHER_LOOKS; i++)
		if (followed_by_word(nm, &nm->scan.occs[nm->by_spelling[x->by_first + i]],
				     y->s + x->n, y->n - x->n))
			return 1;
	return 0;
}

/* Whether the two spellings differ in case only: "NasDem", "Nasdem". */
static int case_only(const struct spelling *x, const struct spelling *y)
{
	return x->n == y->n && lexicon_compare(x->s, x->n, y->s, y->n) == 0;
}

/* Whether some word of mention m is no ordinary word: a person's full
 * name ("Budi Santoso"), not an office's or a body's ("Satuan Tugas"). */
static int not_all_ordinary(struct names *nm, const struct name_mention *m)
{
	size_t k;

	for (k = m->first; k < m->first + m->count; k++)
		if (!ordinary(nm, nm->scan.occs[k].spelling))
			return 1;
	return 0;
}

/* Whether spelling a names a person somewhere (asked once): after a
 * title, as a speaker, described, or in a full name of words not all
 * ordinary; never where it names a body. */
static int person(struct names *nm, size_t a)
{
	struct spelling *x = &nm->spellings[a];
	size_t i;

	for (i = 0; x->person < 0 && i < x->by_count; i++) {
		const struct name_occ *o = &nm->scan.occs[nm->by_spelling[x->by_first + i]];
		const struct name_mention *m = &nm->scan.mentions[o->mention];

		if (!o->live || (m->flags & MENTION_ORG))
			continue;
		if ((m->flags & (MENTION_TITLED | MENTION_ATTRIBUTED | MENTION_DESCRIBED |
				 MENTION_OFFICE_NEAR)) ||
		    ((m->flags & (MENTION_FULL | MENTION_BLOCK)) == MENTION_FULL &&
		     not_all_ordinary(nm, m)))
			x->person = 1;
	}
	if (x->person < 0)
		x->person = 0;
	return x->person;
}

/* The most bytes between two spellings given as alternatives. */
#define ALIAS_GAP 48

/* Whether the text between occurrences o and p (same paragraph, o first)
 * gives them as alternatives: "Zieyad Alfeiyad Ahfi atau Ziyad Ahfi". */
static int alternatives(const struct names *nm, const struct name_occ *o,
			const struct name_occ *p)
{
	const char *text = nm->scan.article->text;
	size_t i, k;

	if (p->start < o->end || p->start - o->end > ALIAS_GAP)
		return 0;
	for (i = o->end; i < p->start; i++)
		for (k = 0; k < 2; k++) {
			const struct lexicon_list *l =
				&(k ? &lexicon_en : &lexicon_id)->lists[LEXICON_ALIAS_WORDS];
			size_t e, n;

			for (e = 0; e < l->count; e++) {
				n = strlen(l->entries[e].word);
				if (i > 0 && text[i - 1] == ' ' && p->start - i > n &&
				    memcmp(text + i, l->entries[e].word, n) == 0 && text[i + n] == ' ')
					return 1;
			}
		}
	return 0;
}

/* Whether some occurrence of spelling a is followed by one of spelling b
 * given as its alternative: walking both in text order, each of a with
 * the first of b after it. */
static int aliased_after(const struct names *nm, size_t a, size_t b)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];
	size_t i, j = 0;

	for (i = 0; i < x->by_count; i++) {
		const struct name_occ *o = &nm->scan.occs[nm->by_spelling[x->by_first + i]];

		while (j < y->by_count && nm->scan.occs[nm->by_spelling[y->by_first + j]].start <
						  o->end)
			j++;
		if (j < y->by_count &&
		    alternatives(nm, o, &nm->scan.occs[nm->by_spelling[y->by_first + j]]))
			return 1;
	}
	return 0;
}

/* Whether spellings a and b are given as alternatives somewhere. */
static int aliased(const struct names *nm, size_t a, size_t b)
{
	return aliased_after(nm, a, b) || aliased_after(nm, b, a);
}

/* Whether spellings a and b, which look alike, may still be two different
 * words: one an inflection or a run-together of the other, different in
 * case only, both ordinary words with their own meanings, an ordinary
 * word never used as a person's name, names only in lists, or names of
 * bodies and places (no person's) that differ by more than one letter or
 * are short. */
static int distinct(struct names *nm, size_t a, size_t b)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];
	int pa, pb;

	if (inflected(x->s, x->n, y->s, y->n) || inflected(y->s, y->n, x->s, x->n) ||
	    run_together(nm, a, b) || run_together(nm, b, a) || case_only(x, y))
		return 1;
	if (!(x->evidence & E_UNLISTED) || !(y->evidence & E_UNLISTED) || aliased(nm, a, b))
		return 1;
	if (romanized(x->s, x->n, y->s, y->n))
		return 0;	/* the lexicons know them for names: no dictionary needed */
	if (ordinary(nm, a) && ordinary(nm, b))
		return 1;
	pa = person(nm, a);
	pb = person(nm, b);
	if ((ordinary(nm, a) && !pa) || (ordinary(nm, b) && !pb))
		return 1;
	return !pa && !pb &&
	       (smaller(x->n, y->n) < 6 || name_distance(x->s, x->n, y->s, y->n) > 1);
}

/* Whether spellings a and b look like one name (name_alike) and are not
 * two different words (distinct). */
static int spellings_alike(struct names *nm, size_t a, size_t b, size_t shortest)
{
	const struct spelling *x = &nm->spellings[a], *y = &nm->spellings[b];

	return a != b && name_alike(x->s, x->n, y->s, y->n, shortest) && !distinct(nm, a, b);
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
			    (b = find_spelling(nm, other, strlen(other))) != NONE &&
			    !distinct(nm, a, b))
				fn(nm, a, b, ctx);
		}
	}
}

/* Pair every spelling in the old spelling with the article's spelling of
 * it in the new, when it has one ("Djoko" and "Joko"); 0 on success. */
static int pair_respelled(struct names *nm)
{
	char out[NAME_WORD_MAX * 2 + 1];
	size_t a, b;

	for (a = 0; a < nm->nspellings; a++) {
		const struct spelling *x = &nm->spellings[a];

		if (respell(x->s, x->n, out, sizeof out) != 0 ||
		    (b = find_spelling(nm, out, strlen(out))) == NONE || b == a)
			continue;
		if (GROW(nm->respelled, nm->respelled_alloc, nm->nrespelled + 1) != 0)
			return -1;
		nm->respelled[nm->nrespelled][0] = a;
		nm->respelled[nm->nrespelled++][1] = b;
	}
	return 0;
}

/* Call fn(nm, a, b, ctx) for every spelling b that is spelling a in the
 * old spelling or the new, when they are not two different words. */
static void each_respelled(struct names *nm, size_t a, alike_fn *fn, void *ctx)
{
	size_t i, b;

	for (i = 0; i < nm->nrespelled; i++) {
		if (nm->respelled[i][0] != a && nm->respelled[i][1] != a)
			continue;
		b = nm->respelled[i][nm->respelled[i][0] == a];
		if (!distinct(nm, a, b))
			fn(nm, a, b, ctx);
	}
}

/* Call fn(nm, a, b, ctx) for every spelling b that looks like spelling a:
 * those of its first letter (neighbours in the sorted spellings, at most
 * NEIGHBOURS away on either side), its variants of another first letter
 * in the lexicons, and its spelling in the old or the new spelling. */
static void each_alike(struct names *nm, size_t a, size_t shortest, alike_fn *fn, void *ctx)
{
	const struct spelling *x = &nm->spellings[a];
	uint32_t first;
	size_t b, len = char_at(x->s, x->n, 0, &first);

	for (b = a; b-- > 0 && a - b <= NEIGHBOURS && nm->spellings[b].n >= len &&
		    memcmp(nm->spellings[b].s, x->s, len) == 0;)
		if (spellings_alike(nm, a, b, shortest))
			fn(nm, a, b, ctx);
	for (b = a + 1; b < nm->nspellings && b - a <= NEIGHBOURS && nm->spellings[b].n >= len &&
			memcmp(nm->spellings[b].s, x->s, len) == 0; b++)
		if (spellings_alike(nm, a, b, shortest))
			fn(nm, a, b, ctx);
	each_variant(nm, a, first, fn, ctx);
	each_respelled(nm, a, fn, ctx);
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

/* The spelling of word mask of full name s, or 0 without a mask. */
static size_t masked_spelling(const struct sequence *s)
{
	return s->mask == NONE ? 0 :
	       s->nm->scan.occs[s->nm->scan.mentions[s->mention].first + s->mask].spelling;
}

/* Compare two full names for qsort: sequence_order, then the word left
 * out (alike spellings end up side by side), then text order. */
static int compare_sequences(const void *x, const void *y)
{
	const struct sequence *a = x, *b = y;
	int c = sequence_order(a, b);
	size_t ma = masked_spelling(a), mb = masked_spelling(b);

	if (c != 0)
		return c;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	return a->mention < b->mention ? -1 : a->mention > b->mention;
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
			for (b = a + 1; b < j && b - a <= NEIGHBOURS; b++)
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
	if (strcmp(nm->language, "en") == 0 && !(nm->spellings[b].flags & S_LAST) &&
	    !lexicon_has(&lexicon_en, LEXICON_FAMILY_FIRST, nm->spellings[b].s, nm->spellings[b].n))
		return;	/* English calls people by their family names: "Joel" is no
			 * "Joe McLean", but "Yun" may be "Yoon Suk Yeol" */
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

/* Report spelling v as a variant of spelling m, with m as the
 * replacement unless they are used as often (sure unset: which is right
 * is not known); 0 on success. */
static int report_variant(const struct names *nm, size_t v, size_t m, int sure,
			  struct findings *out)
{
	const struct spelling *x = &nm->spellings[v], *y = &nm->spellings[m];
	const struct name_occ *o = &nm->scan.occs[x->first];
	char message[512], replacement[NAME_WORD_MAX + 1], tm[32], tv[32];
	struct strbuf sb;
	struct finding *f;

	strbuf_init_fixed(&sb, message, sizeof message);
	strbuf_addf(&sb, "\"%.*s\" and \"%.*s\" look like one name spelled two ways; ",
		    (int)x->n, x->s, (int)y->n, y->s);
	if (sure)
		strbuf_addf(&sb, "\"%.*s\" is used %s, \"%.*s\" %s", (int)y->n, y->s,
			    times(y->count, tm, sizeof tm), (int)x->n, x->s,
			    times(x->count, tv, sizeof tv));
	else
		strbuf_addf(&sb, "each is used %s, so neither is suggested",
			    times(y->count, tm, sizeof tm));
	memcpy(replacement, y->s, y->n);
	replacement[y->n] = '\0';
	f = findings_add(out, FINDING_NAME, o->start, o->end, message, sure ? replacement : NULL);
	if (f == NULL)
		return -1;
	return add_places(nm, f, x->first, v, m);
}

/* Report every spelling of a name but the one used most (with no
 * suggestion when two are used most); 0 on success.  best[r] is the
 * spelling used most of the name r stands for, tied[r] how many are used
 * as often. */
static int report_variants(struct names *nm, struct findings *out)
{
	size_t n = nm->nspellings ? nm->nspellings : 1;
	size_t *best = malloc(n * sizeof *best), *tied = calloc(n, sizeof *tied), a, r;
	int failed = best == NULL || tied == NULL;

	for (a = 0; a < nm->nspellings && !failed; a++)
		best[a] = NONE;
	for (a = 0; a < nm->nspellings && !failed; a++) {
		r = root(nm, a);
		if (nm->spellings[a].count > 0 && (best[r] == NONE || used_more(nm, a, best[r])))
			best[r] = a;
	}
	for (a = 0; a < nm->nspellings && !failed; a++) {
		r = root(nm, a);
		tied[r] += nm->spellings[a].count > 0 &&
			   nm->spellings[a].count == nm->spellings[best[r]].count;
	}
	for (a = 0; a < nm->nspellings && !failed; a++) {
		r = root(nm, a);
		if (nm->spellings[a].count > 0 && best[r] != a)
			failed = report_variant(nm, a, best[r], tied[r] < 2, out) != 0;
	}
	free(best);
	free(tied);
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
		    !(m->flags & (MENTION_FULL | MENTION_ROLE | MENTION_DESCRIBED |
				  MENTION_OFFICE_NEAR | MENTION_INITIALED)))
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
	       !(m->flags & (MENTION_ROLE | MENTION_DESCRIBED | MENTION_OFFICE_NEAR |
			     MENTION_INITIALED)) &&
	       !(nm->spellings[nm->scan.occs[m->first].spelling].flags & S_PLACE);
}

/* Whether the article's title names an office: "Ketua Komisi XI DPR Puji
 * ...", "Gubernur Jateng: ..."; the speaker the headline is about has been
 * said who he is. */
static int office_in_title(const struct names *nm)
{
	const char *title = nm->scan.article->meta.title;
	const struct lexicon *lx[2] = { &lexicon_id, &lexicon_en };
	size_t from = 0, ws, we, len, k;

	if (title == NULL)
		return 0;
	len = strlen(title);
	for (; words_at_or_after(title, len, from, &ws, &we); from = we)
		for (k = 0; k < 2; k++) {
			const struct lexicon_entry *t =
				lexicon_find(lx[k], LEXICON_TITLES, title + ws, we - ws);

			if ((t != NULL && (t->flags & LEXICON_ROLE)) ||
			    lexicon_has(lx[k], LEXICON_ROLE_WORDS, title + ws, we - ws))
				return 1;
		}
	return 0;
}

/* The most words from an office to the "itu" that points back with it. */
#define ANAPHOR_REACH 6

/* Whether paragraph p says who an earlier speaker is by pointing back
 * with an office: "Waka Komisi Hukum DPR itu", "politikus PKB tersebut". */
static int office_points_back(const struct names *nm, size_t p)
{
	const struct paragraph *para = &nm->scan.article->paragraphs[p];
	const char *s = nm->scan.article->text + para->start;
	const struct lexicon *lx[2] = { &lexicon_id, &lexicon_en };
	size_t from = 0, ws, we, office = NONE, words = 0, k;

	for (; words_at_or_after(s, para->len, from, &ws, &we); from = we, words++) {
		const struct lexicon_entry *t;

		if (office != NONE && words - office <= ANAPHOR_REACH &&
		    ((we - ws == 3 && memcmp(s + ws, "itu", 3) == 0) ||
		     (we - ws == 8 && memcmp(s + ws, "tersebut", 8) == 0)))
			return 1;
		for (k = 0; k < 2; k++) {
			t = lexicon_find(lx[k], LEXICON_TITLES, s + ws, we - ws);
			if ((t != NULL && (t->flags & LEXICON_ROLE)) ||
			    lexicon_has(lx[k], LEXICON_ROLE_WORDS, s + ws, we - ws))
				office = words;
		}
	}
	return 0;
}

/* office_points_back of paragraph p, asked once (nm->points_back). */
static int points_back(struct names *nm, size_t p)
{
	if (nm->points_back == NULL &&
	    (nm->points_back = calloc(nm->scan.article->count + 1, 1)) == NULL)
		return office_points_back(nm, p);
	if (nm->points_back[p] == 0)
		nm->points_back[p] = (unsigned char)(1 + office_points_back(nm, p));
	return nm->points_back[p] == 2;
}

/* Whether an office points back at spelling a in a paragraph where it is
 * used, or in the paragraph after one. */
static int pointed_back(struct names *nm, size_t a)
{
	const struct spelling *x = &nm->spellings[a];
	size_t i, p;

	for (i = 0; i < x->by_count; i++) {
		p = nm->scan.mentions[nm->scan.occs[nm->by_spelling[x->by_first + i]].mention].paragraph;
		if (points_back(nm, p) ||
		    (p + 1 < nm->scan.article->count && points_back(nm, p + 1)))
			return 1;
	}
	return 0;
}

/* Whether spelling a is a word of the article's title (the front
 * matter's, or its first line): a headline names whom it is about. */
static int in_title(const struct names *nm, size_t a)
{
	const char *title = nm->scan.article->meta.title;
	const struct spelling *x = &nm->spellings[a];
	size_t from = 0, ws, we, len;

	if (title == NULL)
		return 0;
	len = strlen(title);
	while (words_at_or_after(title, len, from, &ws, &we)) {
		if (lexicon_compare(title + ws, we - ws, x->s, x->n) == 0 ||
		    (we - ws > x->n && lexicon_compare(title + ws, x->n, x->s, x->n) == 0 &&
		     (title[ws + x->n] == '\'' || title[ws + x->n] == '\xE2')))
			return 1;
		from = we;
	}
	return 0;
}

/* Whether speaker word w may be left alone: an ordinary word
 * ("Transport"), a body's name somewhere ("Electrolux said it"), a word of
 * a full name anywhere, a word of the title, or one the speaker's own
 * spelling was in a list. */
static int not_a_stranger(struct names *nm, size_t w)
{
	size_t a = nm->scan.occs[w].spelling;
	const struct spelling *x = &nm->spellings[a];

	if (strcmp(nm->language, "en") == 0 && !(x->flags & S_HONORIFIC))
		return 1;	/* English news calls people Mr, Ms...: a bare word is a body */
	return (x->evidence & E_ORG) || (x->flags & (S_FULL | S_BLOCK)) ||
	       !(x->evidence & E_UNLISTED) || in_title(nm, a) || ordinary(nm, a) ||
	       pointed_back(nm, a);
}

/* Whether name a was introduced before byte at. */
static int introduced(struct names *nm, size_t a, const size_t *intro, size_t at)
{
	size_t r = root(nm, a);

	return intro[r] != NONE && intro[r] < at;
}


/* Whether speaker word w and a word of a full name introduced before it
 * begin alike, three bytes or more, one the other's start: "Jokowi" after
 * "Joko Widodo", "Pras" after "Prasetyo Hadi". */
static int nickname(struct names *nm, size_t w, const size_t *intro)
{
	const struct name_occ *o = &nm->scan.occs[w];
	const char *s = o->s;
	size_t n = o->n, len, a;
	uint32_t cp;

	for (len = char_at(s, n, 0, &cp); len < n; len += char_at(s, n, len, &cp)) {
		a = len >= 3 ? find_spelling(nm, s, len) : NONE;
		if (a != NONE && (nm->spellings[a].flags & S_FULL) &&
		    introduced(nm, a, intro, o->start))
			return 1;
	}
	for (a = n >= 3 ? lower_bound(nm, s, n) : nm->nspellings, len = a;
	     a < nm->nspellings && a - len <= NEIGHBOURS && nm->spellings[a].n >= n &&
	     memcmp(nm->spellings[a].s, s, n) == 0; a++)
		if (nm->spellings[a].n > n && introduced(nm, a, intro, o->start))
			return 1;
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
	int headline = office_in_title(nm);	/* the headline says who speaks */

	if (!failed)
		note_introductions(nm, intro);
	for (i = 0; i < nm->scan.nmentions && !failed && !headline; i++) {
		if (!lone_speaker(nm, &nm->scan.mentions[i]))
			continue;
		w = nm->scan.mentions[i].first;
		r = root(nm, nm->scan.occs[w].spelling);
		if (done[r] || introduced(nm, r, intro, nm->scan.occs[w].start) ||
		    nickname(nm, w, intro) || not_a_stranger(nm, w))
			continue;
		done[r] = 1;
		failed = report_unintroduced(nm, w, out) != 0;
	}
	free(intro);
	free(done);
	return failed ? -1 : 0;
}

/* The syllables (morae) of Japanese in the Hepburn romanization, longest
 * first. */
static const char *const morae[] = {
	"kya", "kyu", "kyo", "gya", "gyu", "gyo", "sha", "shu", "sho", "shi", "cha", "chu",
	"cho", "chi", "tsu", "nya", "nyu", "nyo", "hya", "hyu", "hyo", "bya", "byu", "byo",
	"pya", "pyu", "pyo", "mya", "myu", "myo", "rya", "ryu", "ryo", "ja", "ju", "jo", "ji",
	"fu", "ka", "ki", "ku", "ke", "ko", "ga", "gi", "gu", "ge", "go", "sa", "su", "se",
	"so", "za", "zu", "ze", "zo", "ta", "te", "to", "da", "de", "do", "na", "ni", "nu",
	"ne", "no", "ha", "hi", "he", "ho", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu",
	"pe", "po", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re",
	"ro", "wa", "wo", "a", "i", "u", "e", "o",
};

/* The length of the mora at byte i of the n bytes at s (ASCII case
 * ignored), or 0: a syllable, a syllabic n ("Shinzo"), or the first of a
 * doubled consonant ("Hattori"). */
static size_t mora_at(const char *s, size_t n, size_t i)
{
	size_t k, len;
	char c = (char)(s[i] | 0x20), next = i + 1 < n ? (char)(s[i + 1] | 0x20) : '\0';

	for (k = 0; k < COUNT(morae); k++) {
		if (morae[k][0] != c)
			continue;
		len = strlen(morae[k]);
		if (n - i >= len && lexicon_compare(s + i, len, morae[k], len) == 0)
			return len;
	}
	if (c == 'n' && (next == '\0' || strchr("aiueoy", next) == NULL))
		return 1;
	return c == next && strchr("kstp", c) != NULL ? 1 : 0;
}

/* Whether the n bytes at s read as a Japanese name, mora by mora. */
static int japanese_word(const char *s, size_t n)
{
	size_t i = 0, len;

	while (i < n) {
		if ((len = mora_at(s, n, i)) == 0)
			return 0;
		i += len;
	}
	return n > 0;
}

/* Whether the full name m is a Japanese one, given name first: two words
 * that read as Japanese, the last a Japanese family name ("Yoshimasa
 * Hayashi"). */
static int japanese_name(const struct names *nm, const struct name_mention *m)
{
	const struct name_occ *g = &nm->scan.occs[m->first], *f = g + 1;

	return m->count == 2 && (m->flags & (MENTION_FULL | MENTION_BLOCK)) == MENTION_FULL &&
	       g->live && f->live && japanese_word(g->s, g->n) && japanese_word(f->s, f->n) &&
	       lexicon_has(&lexicon_en, LEXICON_FAMILY_LAST, f->s, f->n);
}

/* Note in full, for each spelling, the first Japanese full name whose
 * given name it is (NONE for none). */
static void japanese_full_names(const struct names *nm, size_t *full)
{
	size_t i, a;

	for (a = 0; a < nm->nspellings; a++)
		full[a] = NONE;
	for (i = 0; i < nm->scan.nmentions; i++) {
		const struct name_mention *m = &nm->scan.mentions[i];

		if (japanese_name(nm, m) && full[a = nm->scan.occs[m->first].spelling] == NONE)
			full[a] = i;
	}
}

/* Report the short name w, the given name of the Japanese full name
 * mention full; 0 on success. */
static int report_given_name(const struct names *nm, size_t w, size_t full,
			     struct findings *out)
{
	const struct name_occ *o = &nm->scan.occs[w];
	const struct name_occ *g = &nm->scan.occs[nm->scan.mentions[full].first], *f = g + 1;
	char buf[512], family[NAME_WORD_MAX + 1];
	struct strbuf sb;
	struct finding *found;

	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_addf(&sb, "\"%.*s\" is the given name of %.*s %.*s: Japanese names in the news put "
		    "the given name first, and the short name is the family name, \"%.*s\"",
		    (int)o->n, o->s, (int)g->n, g->s, (int)f->n, f->s, (int)f->n, f->s);
	memcpy(family, f->s, f->n);
	family[f->n] = '\0';
	found = findings_add(out, FINDING_NAME, o->start, o->end, strbuf_str(&sb), family);
	return found == NULL ? -1 : add_places(nm, found, w, o->spelling, NONE);
}

/* Report, once per name, a Japanese given name used alone where the
 * family name belongs: "kata Yoshimasa" after "Yoshimasa Hayashi"; 0 on
 * success. */
static int report_given_names(struct names *nm, struct findings *out)
{
	size_t *full = malloc((nm->nspellings ? nm->nspellings : 1) * sizeof *full);
	size_t i, w, a;
	int failed = full == NULL;

	if (!failed)
		japanese_full_names(nm, full);
	for (i = 0; i < nm->scan.nmentions && !failed; i++) {
		const struct name_mention *m = &nm->scan.mentions[i];

		if (m->count != 1 || !nm->scan.occs[m->first].live ||
		    !(m->flags & (MENTION_ATTRIBUTED | MENTION_TITLED)))
			continue;
		w = m->first;
		a = nm->scan.occs[w].spelling;
		if (full[a] == NONE)
			continue;
		failed = report_given_name(nm, w, full[a], out) != 0;
		full[a] = NONE;	/* once per name */
	}
	free(full);
	return failed ? -1 : 0;
}

/* Free what the check allocated. */
static void names_free(struct names *nm)
{
	name_scan_release(&nm->scan);
	free(nm->respelled);
	free(nm->points_back);
	free(nm->spellings);
	free(nm->by_spelling);
}

/* The name check itself: spellings, introductions, given names. */
static int check_names_alone(struct names *nm, struct findings *out)
{
	if (spell(nm) != 0 || pair_respelled(nm) != 0 || find_blocks(nm) != 0 ||
	    join_full_names(nm) != 0)
		return -1;
	join_short_names(nm);
	join_lone_names(nm);
	return report_variants(nm, out) != 0 || report_strangers(nm, out) != 0 ||
			       report_given_names(nm, out) != 0 ? -1 : 0;
}

/* Drop the findings of out from first to sheet that have a place where
 * one from sheet on is: the people sheet knows better. */
static void prefer_sheet(struct findings *out, size_t first, size_t sheet)
{
	size_t i = sheet, k, p;

	while (i-- > first) {
		const struct finding *f = &out->items[i];
		int covered = 0;

		for (k = sheet; k < out->count && !covered; k++)
			for (p = 0; p < f->nplaces && !covered; p++)
				covered = f->places[p].start < out->items[k].end &&
					  out->items[k].start < f->places[p].end;
		if (covered) {
			findings_remove(out, i);
			sheet--;
		}
	}
}

/* Read the names of the article and report what is wrong with them, and
 * what disagrees with the people sheet of options; 0 on success, -1 when
 * out of memory. */
static int check(struct names *nm, const struct check_options *options, struct findings *out)
{
	struct calendar_date published;
	size_t first = out->count, sheet;

	if (check_names_alone(nm, out) != 0)
		return -1;
	if (options == NULL || options->people == NULL)
		return 0;
	sheet = out->count;
	check_publication(nm->scan.article, options, &published);
	if (check_people(&nm->scan, options->people, &published, out) != 0)
		return -1;
	prefer_sheet(out, first, sheet);
	return 0;
}


enum tanda_status check_names(const struct article *article, const struct check_options *options,
			      struct findings *out, struct tanda_error *err)
{
	struct names nm;
	struct dictionary *own = NULL;
	int failed;

	memset(&nm, 0, sizeof nm);
	nm.language = check_language(article, options);
	nm.dictionary = options != NULL ? options->dictionary : NULL;
	if (nm.dictionary == NULL)
		nm.dictionary = own = dictionary_new();
	failed = nm.dictionary == NULL ||
		 name_scan_read(&nm.scan, article, strcmp(nm.language, "en") == 0) != 0 ||
		 check(&nm, options, out) != 0;
	names_free(&nm);
	dictionary_free(own);
	if (failed)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory checking names",
				  article->name);
	return TANDA_OK;
}

