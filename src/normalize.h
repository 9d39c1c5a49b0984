/*
 * normalize.h - the normalized form of a paragraph's source text.
 *
 * Normalized text has every run of whitespace (space, tab, vertical tab,
 * form feed, CR, LF) as one space, no leading or trailing whitespace, and
 * U+FFFD for each ill-formed UTF-8 sequence.  Nothing else changes: no
 * Unicode normalization, no other characters are touched.
 */
#ifndef TANDA_NORMALIZE_H
#define TANDA_NORMALIZE_H

#include <stddef.h>

/* The most bytes normalize_span can write for len bytes with invalid
 * ill-formed sequences in them. */
#define NORMALIZE_BOUND(len, invalid) ((len) + 2 * (invalid))

/*
 * Write the normalized form of the len bytes at src to out, which has room
 * for NORMALIZE_BOUND(len, invalid) bytes.  Returns the bytes written.
 */
size_t normalize_span(const char *src, size_t len, char *out);

/* Whether byte b is whitespace in the sense of normalization. */
static inline int normalize_is_space(char b)
{
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f';
}

#endif
