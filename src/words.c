/*
 * words.c - word and sentence boundaries: runs of non-space characters
 * with their edge punctuation taken off, and sentence ends found from the
 * terminator, what closes after it, what follows it and the word before
 * it.  Everything scans from the position asked about, never from the
 * start of the text, so the cost is the distance to the boundary.
 *
 * A character here is a grapheme cluster (src/unicode.h), classed by its
 * first code point: "i" and a combining accent are one letter, a flag or
 * an emoji sequence one symbol, so no boundary found here falls inside
 * one.
 */
#include <string.h>

#include "unicode.h"
#include "utf8.h"
#include "words.h"

/* An inclusive range of code points. */
struct cp_range {
	uint32_t lo, hi;
};

/* Unicode White_Space. */
static const struct cp_range spaces[] = {
	{ 0x09, 0x0D }, { 0x20, 0x20 }, { 0x85, 0x85 }, { 0xA0, 0xA0 },
	{ 0x1680, 0x1680 }, { 0x2000, 0x200A }, { 0x2028, 0x2029 },
	{ 0x202F, 0x202F }, { 0x205F, 0x205F }, { 0x3000, 0x3000 },
};

/* Punctuation taken off the ends of words, beyond ASCII's: ¡ « » ¿,
 * dashes, curly quotes, …, ‹ ›, CJK and full-width marks and brackets. */
static const struct cp_range edge_punct[] = {
	{ 0xA1, 0xA1 }, { 0xAB, 0xAB }, { 0xBB, 0xBB }, { 0xBF, 0xBF },
	{ 0x2012, 0x2015 }, { 0x2018, 0x201F }, { 0x2026, 0x2026 },
	{ 0x2039, 0x203A }, { 0x3001, 0x3002 }, { 0x3008, 0x3011 },
	{ 0xFF01, 0xFF01 }, { 0xFF08, 0xFF09 }, { 0xFF0C, 0xFF0C },
	{ 0xFF0E, 0xFF0E }, { 0xFF1A, 0xFF1B }, { 0xFF1F, 0xFF1F },
	{ 0xFF3B, 0xFF3B }, { 0xFF3D, 0xFF3D },
};

/* What may close a sentence after its terminator: quotes and brackets. */
static const struct cp_range closers[] = {
	{ '"', '"' }, { '\'', '\'' }, { ')', ')' }, { ']', ']' }, { '}', '}' },
	{ 0xBB, 0xBB }, { 0x2019, 0x2019 }, { 0x201D, 0x201D }, { 0x203A, 0x203A },
	{ 0x3009, 0x3009 }, { 0x300B, 0x300B }, { 0x300D, 0x300D },
	{ 0x300F, 0x300F }, { 0x3011, 0x3011 }, { 0xFF09, 0xFF09 }, { 0xFF3D, 0xFF3D },
};

/* Abbreviations whose dot does not end a sentence (without the dot). */
static const char *const abbreviations[] = {
	"Apr", "Agu", "Agt", "Bpk", "Capt", "Col", "Dec", "Des", "Dr", "Feb", "Gen",
	"Gov", "Hj", "Ir", "Jan", "Jend", "Jl", "Jr", "Jul", "Jun", "Kab", "Kec",
	"Kol", "Lt", "Mar", "Mr", "Mrs", "Ms", "Mx", "No", "Nov", "Oct", "Okt", "Prof",
	"Prov", "Rep", "Sdr", "Sen", "Sep", "Sept", "Sr", "St", "dkk", "dll", "dr",
	"dsb", "dst", "jl", "prof", "tsb", "vs",
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Whether cp is in one of the n ranges. */
static int in_ranges(uint32_t cp, const struct cp_range *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cp >= r[i].lo && cp <= r[i].hi)
			return 1;
	return 0;
}

int words_is_space(uint32_t cp)
{
	return in_ranges(cp, spaces, COUNT(spaces));
}

int words_is_punct(uint32_t cp)
{
	if (cp < 0x80)
		return cp != 0 && strchr("\"'()[]{},.;:!?", (int)cp) != NULL;
	return in_ranges(cp, edge_punct, COUNT(edge_punct));
}

/* Whether cp is a hyphen: a run of them alone is a dash, not a word. */
static int is_hyphen(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Whether cp ends a sentence with or without a space after it. */
static int is_wide_terminator(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

/* Whether cp may end a sentence. */
static int is_terminator(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || is_wide_terminator(cp);
}

/* Whether cp may close a sentence after its terminator. */
static int is_closer(uint32_t cp)
{
	return in_ranges(cp, closers, COUNT(closers));
}

/* Whether cp breaks a line, which always ends a sentence. */
static int is_line_break(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* Whether b is an ASCII letter. */
static int is_ascii_letter(char b)
{
	return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

/* Whether the n bytes at w are initials: "J" (a capital), "U.S", "s.d". */
static int is_initials(const char *w, size_t n)
{
	size_t i;

	if (n == 1)
		return w[0] >= 'A' && w[0] <= 'Z';
	if (n % 2 == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (i % 2 ? w[i] != '.' : !is_ascii_letter(w[i]))
			return 0;
	return 1;
}

int words_is_abbreviation(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < COUNT(abbreviations); i++)
		if (strlen(abbreviations[i]) == n && memcmp(abbreviations[i], w, n) == 0)
			return 1;
	return is_initials(w, n);
}

/* The character (grapheme cluster) at byte i < len of s: its first code
 * point in *cp; returns its length in bytes. */
static size_t char_at(const char *s, size_t len, size_t i, uint32_t *cp)
{
	utf8_decode(s + i, len - i, cp);
	return unicode_grapheme_next(s, len, i) - i;
}

/* The start of the character (grapheme cluster) that ends at byte i > 0
 * of s, and its first code point in *cp. */
static size_t char_before(const char *s, size_t i, uint32_t *cp)
{
	size_t p = unicode_grapheme_prev(s, i, i);

	utf8_decode(s + p, i - p, cp);
	return p;
}

size_t words_char_before(const char *s, size_t i, uint32_t *cp)
{
	size_t p = i - 1;
	int n;

	while (p > 0 && i - p < 4 && utf8_is_continuation((unsigned char)s[p]))
		p--;
	n = utf8_decode(s + p, i - p, cp);
	if ((size_t)(n < 0 ? -n : n) == i - p)
		return p;
	/* not one sequence: the last byte is an error of its own */
	*cp = UTF8_REPLACEMENT;
	return i - 1;
}

/* Whether the character at byte i < len is a space. */
static int space_at(const char *s, size_t len, size_t i)
{
	uint32_t cp;

	char_at(s, len, i, &cp);
	return words_is_space(cp);
}

/* A class of characters. */
typedef int char_class(uint32_t cp);

/* i moved forward, up to len, over the characters that are (want 1) or
 * are not (want 0) of class is. */
static size_t forward_over(const char *s, size_t len, size_t i, char_class *is, int want)
{
	uint32_t cp;
	size_t n;

	for (; i < len; i += n) {
		n = char_at(s, len, i, &cp);
		if ((is(cp) != 0) != want)
			break;
	}
	return i;
}

/* i moved back, down to floor, over the characters that are (want 1) or
 * are not (want 0) of class is. */
static size_t back_over(const char *s, size_t floor, size_t i, char_class *is, int want)
{
	uint32_t cp;

	while (i > floor) {
		size_t p = char_before(s, i, &cp);

		if (p < floor || (is(cp) != 0) != want)
			break;
		i = p;
	}
	return i;
}

/* The first byte at or after i that is not a space (len if none). */
static size_t skip_space(const char *s, size_t len, size_t i)
{
	return forward_over(s, len, i, words_is_space, 1);
}

/* i moved back over the spaces before it. */
static size_t back_space(const char *s, size_t i)
{
	return back_over(s, 0, i, words_is_space, 1);
}

/* The end of the run of non-space characters that goes on at i. */
static size_t run_end(const char *s, size_t len, size_t i)
{
	return forward_over(s, len, i, words_is_space, 0);
}

/* The start of the run of non-space characters that ends at i. */
static size_t run_start(const char *s, size_t i)
{
	return back_over(s, 0, i, words_is_space, 0);
}

/* Whether [from, to) holds hyphens only. */
static int only_hyphens(const char *s, size_t from, size_t to)
{
	uint32_t cp;

	while (from < to) {
		from += char_at(s, to, from, &cp);
		if (!is_hyphen(cp))
			return 0;
	}
	return 1;
}

/* The word of the run [rs, re): its range, and whether there is one. */
static int strip(const char *s, size_t rs, size_t re, size_t *ws, size_t *we)
{
	*ws = forward_over(s, re, rs, words_is_punct, 1);
	*we = back_over(s, *ws, re, words_is_punct, 1);
	return *we > *ws && !only_hyphens(s, *ws, *we);
}

int words_at_or_after(const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
	size_t i = from, re;

	if (from >= len)
		return 0;
	if (!space_at(s, len, from))
		i = run_start(s, from);
	for (;;) {
		i = skip_space(s, len, i);
		if (i >= len)
			return 0;
		re = run_end(s, len, i);
		if (strip(s, i, re, start, end) && *end > from)
			return 1;
		i = re;
	}
}

/* The last word whose start (by_end 0) or end (by_end 1) is before
 * `before`: 1 and its range, or 0. */
static int last_word(const char *s, size_t len, size_t before, int by_end, size_t *start,
		     size_t *end)
{
	size_t i, rs;

	if (before > len)
		before = len;
	i = before;
	if (before < len && !space_at(s, len, before))
		i = run_end(s, len, before);	/* the whole run: its word may go on */
	for (;;) {
		i = back_space(s, i);
		if (i == 0)
			return 0;
		rs = run_start(s, i);
		if (strip(s, rs, i, start, end) && (by_end ? *end : *start) < before)
			return 1;
		i = rs;
	}
}

int words_before(const char *s, size_t len, size_t before, size_t *start, size_t *end)
{
	return last_word(s, len, before, 0, start, end);
}

int words_ending_before(const char *s, size_t len, size_t before, size_t *start, size_t *end)
{
	return last_word(s, len, before, 1, start, end);
}

/* Whether the word that ends at the dot at t is an abbreviation. */
static int abbreviation_before(const char *s, size_t t)
{
	size_t ws = forward_over(s, t, run_start(s, t), words_is_punct, 1);

	return ws < t && words_is_abbreviation(s + ws, t - ws);
}

/*
 * Where the sentence ends whose terminators start at t (the first of
 * them), or 0 when it does not end there: after the terminators and the
 * closing marks that follow, if a space or the end of the text comes next
 * and the terminator is no abbreviation's dot.
 */
static size_t cluster_end(const char *s, size_t len, size_t t)
{
	size_t i = t, n;
	uint32_t cp;
	int wide = 0, terminators = 0;

	for (; i < len; i += n, terminators++) {
		n = char_at(s, len, i, &cp);
		if (!is_terminator(cp))
			break;
		wide |= is_wide_terminator(cp);
	}
	i = forward_over(s, len, i, is_closer, 1);
	if (i < len && !wide && !space_at(s, len, i))
		return 0;
	if (s[t] == '.' && terminators == 1 && abbreviation_before(s, t))
		return 0;
	return i;
}

/* Whether the terminator at t is the first of its run. */
static int starts_terminators(const char *s, size_t t)
{
	uint32_t cp;

	if (t == 0)
		return 1;
	char_before(s, t, &cp);
	return !is_terminator(cp);
}

/*
 * The last sentence break at or before at (strictly before it if strict),
 * or 0: the end of a sentence, or the byte after a line break.
 */
static size_t break_before(const char *s, size_t len, size_t at, int strict)
{
	size_t t = at, e;
	uint32_t cp;

	while (t > 0) {
		size_t p = char_before(s, t, &cp);

		if (is_line_break(cp) && (!strict || t < at))
			return t;
		if (is_terminator(cp) && starts_terminators(s, p) &&
		    (e = cluster_end(s, len, p)) != 0 && (strict ? e < at : e <= at))
			return e;
		t = p;
	}
	return 0;
}

/* Whether cp may be part of the marks that end a sentence. */
static int is_mark(uint32_t cp)
{
	return is_terminator(cp) || is_closer(cp);
}

/* i moved back over the terminators and closing marks before it, so that
 * a run of them holding i is read whole; the character before in *prev. */
static size_t back_over_marks(const char *s, size_t i, uint32_t *prev)
{
	i = back_over(s, 0, i, is_mark, 1);
	*prev = ' ';
	if (i > 0)
		char_before(s, i, prev);
	return i;
}

/*
 * The first sentence end after from, or 0 if none: the end of a sentence,
 * or the last non-space before a line break or the end of the text.
 */
static size_t end_after(const char *s, size_t len, size_t from)
{
	size_t i, n, e;
	uint32_t cp, prev;

	for (i = back_over_marks(s, from, &prev); i < len; i += n) {
		n = char_at(s, len, i, &cp);
		if (is_line_break(cp) && (e = back_space(s, i)) > from)
			return e;
		if (is_terminator(cp) && !is_terminator(prev) &&
		    (e = cluster_end(s, len, i)) > from)
			return e;
		prev = cp;
	}
	e = back_space(s, len);
	return e > from ? e : 0;
}

/* The sentence after the break at b: 1 and its range, or 0 when only
 * spaces follow. */
static int sentence_from(const char *s, size_t len, size_t b, size_t *start, size_t *end)
{
	*start = skip_space(s, len, b);
	*end = end_after(s, len, *start);
	return *end != 0;
}

void words_sentence_around(const char *s, size_t len, size_t at, size_t *start, size_t *end)
{
	size_t last;
	uint32_t cp;

	if (at > len)
		at = len;
	if (sentence_from(s, len, break_before(s, len, at, 0), start, end))
		return;
	last = back_space(s, len);	/* only spaces after at: the last sentence */
	if (last == 0) {
		*start = *end = at;
		return;
	}
	sentence_from(s, len, break_before(s, len, char_before(s, last, &cp), 0),
		      start, end);
}

int words_sentence_before(const char *s, size_t len, size_t before, size_t *start,
			  size_t *end)
{
	size_t b;

	if (before > len)
		before = len;
	b = break_before(s, len, before, 0);
	while (skip_space(s, len, b) >= before) {
		if (b == 0)
			return 0;
		b = break_before(s, len, b, 1);
	}
	return sentence_from(s, len, b, start, end);
}

int words_sentence_after(const char *s, size_t len, size_t after, size_t *start, size_t *end)
{
	if (after >= len)
		return 0;
	*end = end_after(s, len, after);
	if (*end == 0)
		return 0;
	*start = skip_space(s, len, break_before(s, len, *end, 1));
	return 1;
}
