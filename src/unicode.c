/*
 * unicode.c - categories, case, NFC and grapheme clusters from utf8proc's
 * tables, so that the checks, search and selection behave alike under any
 * locale (or none, as under cron).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"

/* Room for the canonical decomposition of one code point (at most four
 * in Unicode 15). */
#define UNICODE_DECOMPOSITION_MAX 8

/* The most code points of one cluster compared by unicode_equal_folded. */
#define UNICODE_FOLDED_MAX 32

/* The general category of cp. */
static utf8proc_category_t category(uint32_t cp)
{
	return utf8proc_category((utf8proc_int32_t)cp);
}

/* Whether cp is a letter. */
int unicode_is_letter(uint32_t cp)
{
	utf8proc_category_t c = category(cp);

	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Whether cp is an upper or title case letter. */
int unicode_is_upper(uint32_t cp)
{
	utf8proc_category_t c = category(cp);

	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* Whether cp is a lower case letter. */
int unicode_is_lower(uint32_t cp)
{
	return category(cp) == UTF8PROC_CATEGORY_LL;
}

/* Whether cp is a decimal digit. */
int unicode_is_digit(uint32_t cp)
{
	return category(cp) == UTF8PROC_CATEGORY_ND;
}

/* Whether cp is a combining mark. */
int unicode_is_mark(uint32_t cp)
{
	utf8proc_category_t c = category(cp);

	return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

/* Whether cp is white space. */
int unicode_is_space(uint32_t cp)
{
	utf8proc_category_t c = category(cp);

	if (cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' || cp == '\r')
		return 1;
	return c >= UTF8PROC_CATEGORY_ZS && c <= UTF8PROC_CATEGORY_ZP;
}

/* Whether cp is punctuation. */
int unicode_is_punct(uint32_t cp)
{
	utf8proc_category_t c = category(cp);

	return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

/* The lower case of cp. */
uint32_t unicode_lower(uint32_t cp)
{
	return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

/* The upper case of cp. */
uint32_t unicode_upper(uint32_t cp)
{
	return (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
}

/* The simple case fold of cp: the full fold when it is one code point
 * ("ς" and "Σ" fold to "σ"), else the lower case ("ß" stays "ß"). */
uint32_t unicode_fold(uint32_t cp)
{
	utf8proc_int32_t folded[4];
	int last = 0;
	utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, folded, 4,
						     UTF8PROC_CASEFOLD, &last);

	return n == 1 ? (uint32_t)folded[0] : unicode_lower(cp);
}

/* The first code point of cp's canonical decomposition. */
uint32_t unicode_base(uint32_t cp)
{
	utf8proc_int32_t parts[UNICODE_DECOMPOSITION_MAX];
	int last = 0;
	utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, parts,
						     UNICODE_DECOMPOSITION_MAX, UTF8PROC_DECOMPOSE,
						     &last);

	return n >= 1 && n <= UNICODE_DECOMPOSITION_MAX ? (uint32_t)parts[0] : cp;
}

/* Append s mapped through utf8proc with options to out. */
static int unicode_map(const char *s, size_t len, utf8proc_option_t options,
		       struct strbuf *out)
{
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t n;
	int rc;

	if (len == 0)
		return strbuf_add(out, "", 0);
	if (len > (size_t)PTRDIFF_MAX / 8)
		return -1;
	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
			 options | UTF8PROC_STABLE);
	if (n < 0)
		return -1;
	rc = strbuf_add(out, mapped, (size_t)n);
	free(mapped);
	return rc;
}

/* Append the NFC form of s to out. */
int unicode_nfc(const char *s, size_t len, struct strbuf *out)
{
	if (unicode_is_nfc(s, len))
		return strbuf_add(out, s, len);
	return unicode_map(s, len, UTF8PROC_COMPOSE, out);
}

/* Append the folded NFC form of s to out. */
int unicode_fold_string(const char *s, size_t len, struct strbuf *out)
{
	return unicode_map(s, len, UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, out);
}

/* Whether s is certainly NFC: no code point at or above U+0300, where the
 * combining marks and every character NFC changes begin (Latin text with
 * precomposed letters passes; anything else is normalized to be sure). */
int unicode_is_nfc(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char b = (unsigned char)s[i];

		/* U+0300 is the first code point with lead byte 0xCC. */
		if (b >= 0xCC && !utf8_is_continuation(b))
			return 0;
	}
	return 1;
}

/* The code points of s in NFC, folded when fold, into out[max]. */
size_t unicode_canonical(const char *s, size_t len, int fold, uint32_t *out, size_t max)
{
	utf8proc_option_t options = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
	utf8proc_ssize_t n;

	if (len == 1 && (unsigned char)s[0] < 0x80 && max > 0) {
		out[0] = fold && s[0] >= 'A' && s[0] <= 'Z' ? (uint32_t)(s[0] | 0x20) : (uint32_t)s[0];
		return 1;
	}
	if (len > (size_t)PTRDIFF_MAX || max > (size_t)PTRDIFF_MAX)
		return (size_t)-1;
	/* utf8proc's code points are int32_t: the same size, and a signed
	 * variant of out's type, which may alias it. */
	n = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
			       (utf8proc_int32_t *)out, (utf8proc_ssize_t)max,
			       options | (fold ? UTF8PROC_CASEFOLD : 0));
	if (n < 0 || (size_t)n > max)
		return (size_t)-1;
	n = utf8proc_normalize_utf32((utf8proc_int32_t *)out, n, options);
	return n < 0 ? (size_t)-1 : (size_t)n;
}

/* The start of the code point (or, in ill-formed text, of the maximal
 * subpart read as one U+FFFD) that holds byte at: at most three bytes
 * back, and at itself for a byte no sequence before it reaches. */
static size_t code_point_start(const char *s, size_t at)
{
	size_t p = at;
	uint32_t cp;
	int n;

	while (p > 0 && at - p < 3 && utf8_is_continuation((unsigned char)s[p]))
		p--;
	if (p == at)
		return at;
	n = utf8_decode(s + p, at + 1 - p, &cp);
	return (size_t)(n < 0 ? -n : n) == at + 1 - p ? p : at;
}

/* The start of the code point before byte at (at > 0). */
static size_t previous_code_point(const char *s, size_t at)
{
	return code_point_start(s, at - 1);
}

/* The code point at byte at (at < len); *n its length. */
static uint32_t code_point_at(const char *s, size_t len, size_t at, size_t *n)
{
	uint32_t cp;
	int k = utf8_decode(s + at, len - at, &cp);

	*n = (size_t)(k < 0 ? -k : k);
	return cp;
}

/* The grapheme break property of cp. */
static int boundclass(uint32_t cp)
{
	return utf8proc_get_property((utf8proc_int32_t)cp)->boundclass;
}

/*
 * Whether a cluster certainly ends before byte at (0 < at < len, on a code
 * point): the pair of code points there breaks whatever came before them.
 * Only three rules look further back than the pair, and each has a mark
 * of its own on one side: emoji sequences (a ZWJ on the left), flags (a
 * regional indicator on the right) and, from Unicode 15.1, conjuncts (a
 * linker, of class Extend, on the left); a pair with none of them is
 * decided alone.  (utf8proc 2.8 never breaks between two indicators
 * without state and has no conjunct rule: the last two checks keep this
 * right under a newer one.)
 */
static int certain_break(const char *s, size_t len, size_t at)
{
	size_t n;
	uint32_t before = code_point_at(s, len, previous_code_point(s, at), &n);
	uint32_t cp = code_point_at(s, len, at, &n);
	int left = boundclass(before), right = boundclass(cp);

	if (left == UTF8PROC_BOUNDCLASS_EXTEND || left == UTF8PROC_BOUNDCLASS_ZWJ ||
	    right == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR)
		return 0;
	return utf8proc_grapheme_break((utf8proc_int32_t)before, (utf8proc_int32_t)cp);
}

/* Whether byte at (0 < at, both bytes there) is between two ASCII characters other
 * than CR LF: a boundary, known from the bytes alone (the fast path). */
static int ascii_break(const char *s, size_t at)
{
	unsigned char before = (unsigned char)s[at - 1], b = (unsigned char)s[at];

	return before < 0x80 && b < 0x80 && !(before == '\r' && b == '\n');
}

/* Where a scan for the boundaries up to byte at (a code point) can start:
 * the last certain break at or before it, the start of the text, or the
 * lookback bound. */
static size_t scan_start(const char *s, size_t len, size_t at)
{
	size_t steps = 0;

	while (at > 0 && steps++ < UNICODE_CLUSTER_LOOKBACK && !certain_break(s, len, at))
		at = previous_code_point(s, at);
	return at;
}

/* The grapheme boundary at or before byte at. */
size_t unicode_grapheme_floor(const char *s, size_t len, size_t at)
{
	utf8proc_int32_t state = 0;
	size_t i, last, n;
	uint32_t prev;

	if (at == 0 || at >= len)
		return at >= len ? len : 0;
	at = code_point_start(s, at);
	if (at == 0 || ascii_break(s, at))
		return at;
	last = i = scan_start(s, len, at);
	prev = code_point_at(s, len, i, &n);
	for (i += n; i <= at; i += n) {
		uint32_t cp = code_point_at(s, len, i, &n);

		if (utf8proc_grapheme_break_stateful((utf8proc_int32_t)prev,
						     (utf8proc_int32_t)cp, &state))
			last = i;
		prev = cp;
	}
	return last;
}

/* The boundary after the cluster at or around byte at. */
size_t unicode_grapheme_next(const char *s, size_t len, size_t at)
{
	utf8proc_int32_t state = 0;
	size_t i, n;
	uint32_t prev;

	if (at >= len)
		return len;
	if (at + 1 == len || (ascii_break(s, at + 1) && (at == 0 || ascii_break(s, at))))
		return at + 1;
	i = unicode_grapheme_floor(s, len, at);
	prev = code_point_at(s, len, i, &n);
	for (i += n; i < len; i += n) {
		uint32_t cp = code_point_at(s, len, i, &n);

		if (utf8proc_grapheme_break_stateful((utf8proc_int32_t)prev,
						     (utf8proc_int32_t)cp, &state))
			return i;
		prev = cp;
	}
	return len;
}

/* The boundary before byte at. */
size_t unicode_grapheme_prev(const char *s, size_t len, size_t at)
{
	if (at == 0)
		return 0;
	if (at > len)
		at = len;
	return unicode_grapheme_floor(s, len, previous_code_point(s, at));
}

/* The boundary at or after byte at. */
size_t unicode_grapheme_ceil(const char *s, size_t len, size_t at)
{
	return unicode_is_grapheme_boundary(s, len, at) ? at : unicode_grapheme_next(s, len, at);
}

/* Whether byte at is a grapheme boundary. */
int unicode_is_grapheme_boundary(const char *s, size_t len, size_t at)
{
	if (at == 0 || at >= len)
		return 1;
	if (utf8_is_continuation((unsigned char)s[at]))
		return 0;
	return unicode_grapheme_floor(s, len, at) == at;
}

/* A string read as its folded NFC code points, a cluster at a time. */
struct folded {
	const char *s;
	size_t len, at;			/* the bytes, and the next cluster */
	uint32_t cps[UNICODE_FOLDED_MAX];	/* the cluster's code points */
	size_t n, i;			/* how many, and the next one */
};

/* The next folded code point of f: 1 and *cp, 0 at the end, -1 for a
 * cluster that cannot be folded (too long). */
static int folded_next(struct folded *f, uint32_t *cp)
{
	while (f->i == f->n) {
		size_t end;

		if (f->at >= f->len)
			return 0;
		end = unicode_grapheme_next(f->s, f->len, f->at);
		f->n = unicode_canonical(f->s + f->at, end - f->at, 1, f->cps, UNICODE_FOLDED_MAX);
		if (f->n == (size_t)-1)
			return -1;
		f->i = 0;
		f->at = end;
	}
	*cp = f->cps[f->i++];
	return 1;
}

/* Whether a and b are equal, case folded and in NFC. */
int unicode_equal_folded(const char *a, size_t alen, const char *b, size_t blen)
{
	struct folded x = { .s = a, .len = alen }, y = { .s = b, .len = blen };
	uint32_t cx = 0, cy = 0;
	int more;

	if (alen == blen && memcmp(a, b, alen) == 0)
		return 1;
	do {
		more = folded_next(&x, &cx);
		if (more < 0 || folded_next(&y, &cy) != more || cx != cy)
			return 0;
	} while (more);
	return 1;
}
