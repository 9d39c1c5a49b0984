/*
 * utf8.h - UTF-8 text: decoding, validation, encoding and code point counts.
 *
 * Nothing here allocates.  Invalid input is reported in "maximal subparts"
 * (Unicode 15, section 3.9): each maximal prefix of an ill-formed sequence is
 * one error, and is what becomes one U+FFFD when text is normalized.
 */
#ifndef TANDA_UTF8_H
#define TANDA_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The replacement character and its encoding. */
#define UTF8_REPLACEMENT 0xFFFDu
#define UTF8_REPLACEMENT_BYTES "\xEF\xBF\xBD"

/*
 * Decode the code point at s (len > 0 bytes available) into *cp.
 * Returns the number of bytes it takes (1-4).  On ill-formed input, stores
 * UTF8_REPLACEMENT in *cp and returns the negated length of the maximal
 * subpart (-1 to -3), which the caller skips as one error.
 */
int utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encode cp (a Unicode scalar value) into out[4]; returns its length. */
int utf8_encode(uint32_t cp, char out[4]);

/* Whether the len bytes at s are well-formed UTF-8. */
int utf8_valid(const char *s, size_t len);

/* The number of code points in len bytes of well-formed UTF-8 at s. */
size_t utf8_count(const char *s, size_t len);

/*
 * The byte offset of code point number cp in len bytes of well-formed UTF-8
 * at s, or len when cp is at or past the end.
 */
size_t utf8_offset(const char *s, size_t len, size_t cp);

/* Whether byte b continues a multibyte sequence (10xxxxxx). */
static inline int utf8_is_continuation(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

#endif
