/*
 * unicode.c - categories, case, NFC and grapheme clusters from utf8proc's
 * tables, so that the checks, search and selection behave alike under any
 * locale (or none, as under cron).
 */
#include <stdint.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"

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

/* The simple case fold of cp: its lower case (utf8proc's full fold maps
 * some code points to several, which a one-to-one compare cannot use). */
uint32_t unicode_fold(uint32_t cp)
{
	return unicode_lower(cp);
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

/* The start of the code point before byte at (at > 0). */
static size_t previous_code_point(const char *s, size_t at)
{
	do
		at--;
	while (at > 0 && utf8_is_continuation((unsigned char)s[at]));
	return at;
}

/* The code point at byte at (at < len); *n its length. */
static uint32_t code_point_at(const char *s, size_t len, size_t at, size_t *n)
{
	uint32_t cp;
	int k = utf8_decode(s + at, len - at, &cp);

	*n = (size_t)(k < 0 ? -k : k);
	return cp;
}

/* Where to start scanning for the boundaries before byte at: a space (a
 * cluster never continues across one but for a rare prepended mark), the
 * start of the text, or the lookback bound. */
static size_t scan_start(const char *s, size_t at)
{
	size_t steps = 0;

	while (at > 0 && steps++ < UNICODE_CLUSTER_LOOKBACK) {
		at = previous_code_point(s, at);
		if (s[at] == ' ')
			return at;
	}
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
	i = scan_start(s, at);
	last = i;
	prev = code_point_at(s, len, i, &n);
	for (i += n; i <= at && i < len; i += n) {
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

/* Whether byte at is a grapheme boundary. */
int unicode_is_grapheme_boundary(const char *s, size_t len, size_t at)
{
	if (at == 0 || at >= len)
		return 1;
	if (utf8_is_continuation((unsigned char)s[at]))
		return 0;
	return unicode_grapheme_floor(s, len, at) == at;
}
