/*
 * unicode.h - Unicode through utf8proc, independent of the process locale:
 * letter categories and case, normalization (NFC), case folding for
 * comparing, and grapheme cluster boundaries (what a reader sees as one
 * character: "í" written as i and a combining accent is one).
 *
 * Text arguments are well-formed UTF-8 (an article's text always is);
 * offsets are in bytes.  Nothing here depends on setlocale().
 */
#ifndef TANDA_UNICODE_H
#define TANDA_UNICODE_H

#include <stddef.h>
#include <stdint.h>

struct strbuf;

/* Letter categories and case of the code point cp. */
int unicode_is_letter(uint32_t cp);	/* L* */
int unicode_is_upper(uint32_t cp);	/* Lu, Lt */
int unicode_is_lower(uint32_t cp);	/* Ll */
int unicode_is_digit(uint32_t cp);	/* Nd */
int unicode_is_mark(uint32_t cp);	/* Mn, Mc, Me: combining */
int unicode_is_space(uint32_t cp);	/* Zs, Zl, Zp, and the ASCII controls \t\n\v\f\r */
int unicode_is_punct(uint32_t cp);	/* P* */
uint32_t unicode_lower(uint32_t cp);
uint32_t unicode_upper(uint32_t cp);

/* The simple case fold of cp, for comparing one code point with another
 * (a fold to several code points, as "ß" to "ss", is left out: see
 * unicode_canonical for the full one). */
uint32_t unicode_fold(uint32_t cp);

/* The first code point of cp's canonical decomposition, cp itself when it
 * has none: "é" (U+00E9) gives "e". */
uint32_t unicode_base(uint32_t cp);

/* Append the NFC form of len bytes at s to out; 0, or -1 when s is not
 * well-formed UTF-8 or memory ran out (out->failed then). */
int unicode_nfc(const char *s, size_t len, struct strbuf *out);

/* Append the NFC form of len bytes at s, case folded, to out: the key
 * under which two spellings compare equal ("RAMÍREZ", "ramírez" and the
 * decomposed form alike); 0 or -1 as unicode_nfc. */
int unicode_fold_string(const char *s, size_t len, struct strbuf *out);

/* Whether the alen bytes at a and the blen bytes at b are the same text
 * but for case and normalization ("RAMÍREZ" and "ramírez" decomposed
 * are; "STRASSE" and "straße" are).  Nothing is allocated; a character
 * of more than 32 code points is never equal but to the same bytes. */
int unicode_equal_folded(const char *a, size_t alen, const char *b, size_t blen);

/* Whether len bytes at s are certainly in NFC (a quick check: 0 means
 * "maybe not", and the caller normalizes). */
int unicode_is_nfc(const char *s, size_t len);

/*
 * The code points of the len bytes at s in NFC, case folded when fold (the
 * full fold: "ß" is "ss"), into out[max]: how many, or (size_t)-1 when s
 * is not well-formed UTF-8 or they need more than max.  Nothing is
 * allocated: meant for one grapheme cluster at a time, as search compares.
 */
size_t unicode_canonical(const char *s, size_t len, int fold, uint32_t *out, size_t max);

/*
 * Grapheme clusters (UAX #29, extended), what a reader sees as one
 * character.  Every call costs O(the clusters around at), never more than
 * UNICODE_CLUSTER_LOOKBACK code points back; a cluster longer than that
 * (only in made-up text) may be cut somewhere inside, always on a code
 * point.  Runs of ASCII are decided from the bytes alone.
 */

/* The grapheme cluster boundary at or before byte at of len bytes at s
 * (at <= len). */
size_t unicode_grapheme_floor(const char *s, size_t len, size_t at);

/* The boundary after the cluster that starts at or contains byte at (len
 * at the end). */
size_t unicode_grapheme_next(const char *s, size_t len, size_t at);

/* The boundary before byte at (0 at the start). */
size_t unicode_grapheme_prev(const char *s, size_t len, size_t at);

/* The boundary at or after byte at: at itself when it is one. */
size_t unicode_grapheme_ceil(const char *s, size_t len, size_t at);

/* Whether byte at of len bytes at s is a grapheme cluster boundary (the
 * start and the end always are). */
int unicode_is_grapheme_boundary(const char *s, size_t len, size_t at);

/* How far back (in code points) a boundary is looked for. */
#define UNICODE_CLUSTER_LOOKBACK 256

#endif
