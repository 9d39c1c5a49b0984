/*
 * scan.c - validate, index and measure the lines of an article in one pass.
 *
 * The pass classifies the bytes 64 at a time into a bit mask of the few
 * that need attention: control bytes (line breaks, tabs, NUL), the bytes of
 * multibyte characters, and the second space of each double space.  All
 * the others are printable ASCII that needs no work, so the pass jumps from
 * one marked byte to the next, keeping its state in local variables.  A
 * line's width is its length in bytes less the bytes its characters take
 * beyond one each; whether it is blank or has leading or trailing
 * whitespace is read off its ends once it is complete.  The masks come from
 * SSE2 where the compiler offers it, and else from 64-bit words.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "grow.h"
#include "scan.h"
#include "utf8.h"

/* How many bytes one attention mask covers (one bit each). */
#define BLOCK 64
/* How far ahead of the block being scanned to ask for bytes to be fetched
 * into the cache. */
#define PREFETCH_AHEAD 2048

/* The state of the scan: the input, the output, and the line being read. */
struct cursor {
	const char *bytes;
	size_t size;
	struct scan *out;
	size_t *cap;		/* room in out->lines */
	size_t pos;		/* the first byte not yet dealt with */
	size_t line_start;	/* offset of the current line */
	size_t extra;		/* its bytes so far beyond one per character */
	uint32_t line;		/* its number */
	int dirty;		/* it needs normalizing */
};

/* Whether the machine stores the low byte of a number first. */
static inline int little_endian(void)
{
	static const uint16_t one = 1;

	return *(const unsigned char *)&one == 1;
}

/*
 * plain16(s) sets bit i for each byte i of the 16 at s that is plain: an
 * ASCII byte from 0x20 (space) to 0x7F, and not a space after a space.  It
 * reads s[-1] as well.
 */
#ifdef __SSE2__
/* plain16() with SSE2. */
static inline uint64_t plain16(const char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i before = _mm_loadu_si128((const __m128i *)(const void *)(s - 1));
	__m128i space = _mm_set1_epi8(' ');
	/* a signed comparison: bytes above 0x7F are negative */
	__m128i printable = _mm_cmpgt_epi8(v, _mm_set1_epi8(' ' - 1));
	__m128i pairs = _mm_and_si128(_mm_cmpeq_epi8(v, space),
				      _mm_cmpeq_epi8(before, space));

	return (uint16_t)_mm_movemask_epi8(_mm_andnot_si128(pairs, printable));
}
#else
#define HIGH_BITS 0x8080808080808080ull
#define LOW_SEVEN 0x7F7F7F7F7F7F7F7Full
#define SPACES 0x2020202020202020ull
#define TO_SPACE 0x6060606060606060ull	/* added to a byte, reaches 0x80 at ' ' */

/* The eight bytes at s, the first in the low bits. */
static inline uint64_t load_word(const char *s)
{
	uint64_t v;

	memcpy(&v, s, sizeof v);
	if (!little_endian()) {
		v = (v & 0x00FF00FF00FF00FFull) << 8 | (v >> 8 & 0x00FF00FF00FF00FFull);
		v = (v & 0x0000FFFF0000FFFFull) << 16 | (v >> 16 & 0x0000FFFF0000FFFFull);
		v = v << 32 | v >> 32;
	}
	return v;
}

/* 0x80 in each byte of v that is a space, 0 in the others. */
static inline uint64_t space_flags(uint64_t v)
{
	uint64_t x = v ^ SPACES;

	return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x) & HIGH_BITS;
}

/* plain16() for the 8 bytes at s. */
static inline uint64_t plain8(const char *s)
{
	uint64_t v = load_word(s);
	uint64_t printable = ((v & LOW_SEVEN) + TO_SPACE) & ~v & HIGH_BITS;
	uint64_t flags = printable & ~(space_flags(v) & space_flags(load_word(s - 1)));

	/* gather the top bit of byte i into bit i */
	return ((flags >> 7) * 0x0102040810204080ull) >> 56;
}

/* plain16() with 64-bit words. */
static inline uint64_t plain16(const char *s)
{
	return plain8(s) | plain8(s + 8) << 8;
}
#endif

/* The bits of the bytes of the BLOCK at s that need attention: control
 * bytes, bytes above 0x7F, and spaces after a space.  s[-1] is read too. */
static inline uint64_t attention(const char *s)
{
	return ~(plain16(s) | plain16(s + 16) << 16 | plain16(s + 32) << 32 |
		 plain16(s + 48) << 48);
}

/* The index of the lowest set bit of mask, which is not 0. */
static inline unsigned lowest_bit(uint64_t mask)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(mask);
#else
	unsigned i = 0;

	for (; !(mask & 1); mask >>= 1)
		i++;
	return i;
#endif
}

/* Ask for the bytes PREFETCH_AHEAD past offset block to be fetched into
 * the cache (where the compiler can), so that they are there in time. */
static inline void prefetch_ahead(const struct cursor *c, size_t block)
{
#if defined(__GNUC__)
	if (c->size - block > PREFETCH_AHEAD)
		__builtin_prefetch(c->bytes + block + PREFETCH_AHEAD);
#else
	(void)c;
	(void)block;
#endif
}

/* Whether b is whitespace inside a line. */
static inline int is_space(char b)
{
	return b == ' ' || b == '\t' || b == '\v' || b == '\f';
}

/* Whether the len bytes at s hold a character other than whitespace. */
static int has_text(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_space(s[i]))
			return 1;
	return 0;
}

/* Count the line from start to end (number line) as blank, or append it
 * to out->lines (room for *cap) as dirty if it is dirty so far or starts or
 * ends with whitespace, and narrow if it is when its characters take extra
 * bytes beyond one each.  TANDA_ENOMEM when out of memory. */
static enum tanda_status record_line(struct scan *out, size_t *cap, const char *bytes,
				     size_t start, size_t end, uint32_t line, int dirty,
				     size_t extra)
{
	const char *s = bytes + start;
	size_t len = end - start;
	int leading = len > 0 && is_space(s[0]);
	struct paragraph *p;

	assert(start <= end);

	if (len == 0 || (leading && !has_text(s, len))) {
		out->blank_lines++;
		return TANDA_OK;
	}
	if (GROW(out->lines, *cap, out->count + 1) != 0)
		return TANDA_ENOMEM;
	dirty |= leading || is_space(s[len - 1]);
	p = &out->lines[out->count++];
	p->start = start;
	p->len = len;
	p->line = line;
	p->flags = dirty ? PARAGRAPH_DIRTY : 0;
	out->dirty |= dirty;
	out->narrow_lines += len - extra <= SCAN_NARROW_WIDTH;
	return TANDA_OK;
}

/* The column (in characters, 1-based) of the character at i, which is in
 * the current line and not before c->pos. */
static inline size_t column_at(const struct cursor *c, size_t i)
{
	return i - c->line_start - c->extra + 1;
}

/* Record the current line, which ends at end, and start the next at next.
 * TANDA_ENOMEM when out of memory. */
static inline enum tanda_status end_line(struct cursor *c, size_t end, size_t next)
{
	enum tanda_status rc = record_line(c->out, c->cap, c->bytes, c->line_start, end, c->line,
			     c->dirty, c->extra);

	c->line_start = next;
	c->line = c->line == UINT32_MAX ? UINT32_MAX : c->line + 1;
	c->extra = 0;
	c->dirty = 0;
	return rc;
}

/* The four bytes at s, the first in the low bits. */
static inline uint32_t load_quad(const char *s)
{
	uint32_t v;

	memcpy(&v, s, sizeof v);
	if (!little_endian())
		v = v >> 24 | (v >> 8 & 0xFF00) | (v << 8 & 0xFF0000) | v << 24;
	return v;
}

/* The length of the character at s (avail > 0 bytes left), or the negated
 * length of its ill-formed maximal subpart, as utf8_decode() says; the
 * well-formed sequences are recognized here, bit by bit. */
static inline int sequence_length(const char *s, size_t avail)
{
	uint32_t w, cp;

	if (avail >= 4) {
		w = load_quad(s);
		/* 110xxxxx 10xxxxxx, but not C0 or C1 (overlong) */
		if ((w & 0xC0E0) == 0x80C0 && (w & 0x1E) != 0)
			return 2;
		/* 1110xxxx 10xxxxxx 10xxxxxx, but not E0 80-9F (overlong) or
		 * ED A0-BF (surrogates): the lead's low bits and bit 5 of the next */
		if ((w & 0xC0C0F0) == 0x8080E0 && (w & 0x200F) != 0 && (w & 0x200F) != 0x200D)
			return 3;
		/* 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx from U+10000 to U+10FFFF: the
		 * top nine bits of the code point */
		if ((w & 0xC0C0C0F8) == 0x808080F0) {
			cp = (w & 0x07) << 6 | (w >> 8 & 0x3F);
			if (cp >= 0x10 && cp <= 0x10F)
				return 4;
		}
	}
	return utf8_decode(s, avail, &cp);
}

/* Read the character at i, which is not ASCII, noting it when ill-formed. */
static inline void take_multibyte(struct cursor *c, size_t i)
{
	int n = sequence_length(c->bytes + i, c->size - i);

	if (n < 0) {
		n = -n;
		c->dirty = 1;
		if (c->out->invalid++ == 0) {
			c->out->invalid_line = c->line;
			c->out->invalid_column = (uint32_t)column_at(c, i);
		}
	}
	c->extra += (size_t)n - 1;
	c->pos = i + (size_t)n;
}

/* Deal with the byte at i, which needs attention, and move c->pos past it
 * (or past its character or line break).  TANDA_EDATA on a NUL byte
 * (leaving c->pos at it), TANDA_ENOMEM when out of memory. */
static inline enum tanda_status step(struct cursor *c, size_t i)
{
	char b = c->bytes[i];

	if ((unsigned char)b >= 0x80) {	/* the most common case */
		take_multibyte(c, i);
		return TANDA_OK;
	}
	c->pos = i + 1;
	switch (b) {
	case '\n':
		return end_line(c, i, i + 1);
	case '\r':
		c->out->has_cr = 1;
		if (i + 1 < c->size && c->bytes[i + 1] == '\n')
			c->pos = i + 2;
		return end_line(c, i, c->pos);
	case '\0':
		c->pos = i;
		return TANDA_EDATA;
	case ' ':	/* the second of two */
	case '\t': case '\v': case '\f':
		c->dirty = 1;
		return TANDA_OK;
	default:
		return TANDA_OK;	/* other control characters are ordinary */
	}
}

/* The bytes of the block at offset block, in place or else copied into
 * copy, such that the byte before them can be read as well: it is the byte
 * before the block, or plain at the start.  The last, partial block is
 * padded with plain bytes so that nothing past the end is read. */
static inline const char *block_bytes(const struct cursor *c, size_t block,
				      char copy[BLOCK + 1])
{
	size_t left = c->size - block;

	if (block > 0 && left >= BLOCK)
		return c->bytes + block;
	memset(copy, 'x', BLOCK + 1);
	if (block > 0)
		copy[0] = c->bytes[block - 1];
	memcpy(copy + 1, c->bytes + block, left < BLOCK ? left : BLOCK);
	return copy + 1;
}

/* Scan all the bytes, BLOCK at a time.  Returns what step() failed with,
 * or TANDA_OK. */
static inline enum tanda_status scan_all(struct cursor *c)
{
	size_t block;

	for (block = 0; block < c->size; block += BLOCK) {
		char copy[BLOCK + 1];
		uint64_t mask;

		prefetch_ahead(c, block);
		mask = attention(block_bytes(c, block, copy));
		if (c->pos > block)	/* the last block's last character ran over */
			mask &= ~(uint64_t)0 << (c->pos - block);
		while (mask != 0) {
			enum tanda_status rc = step(c, block + lowest_bit(mask));

			if (rc != TANDA_OK)
				return rc;
			if (c->pos >= block + BLOCK)
				break;
			mask &= ~(uint64_t)0 << (c->pos - block);
		}
	}
	return TANDA_OK;
}

/* Fail for a NUL byte at line:column of the file called name. */
static enum tanda_status nul_error(const char *name, uint32_t line, size_t column,
				   struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA,
			  "%s:%lu:%lu: contains a NUL byte (a binary file?)", name,
			  (unsigned long)line, (unsigned long)column);
}

enum tanda_status scan_lines(const char *bytes, size_t size, uint32_t first_line,
			     const char *name, struct scan *out,
			     struct tanda_error *err)
{
	size_t cap = 0;
	struct cursor c = { .bytes = bytes, .size = size, .out = out, .cap = &cap,
			    .line = first_line };
	enum tanda_status rc;

	*out = (struct scan){ .lines = NULL, .count = 0 };
	rc = scan_all(&c);
	if (rc == TANDA_OK && c.line_start < size)
		rc = end_line(&c, size, size);
	if (rc != TANDA_OK) {
		free(out->lines);
		out->lines = NULL;
		if (rc == TANDA_EDATA)
			return nul_error(name, c.line, column_at(&c, c.pos), err);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", name);
	}
	out->final_newline = size > 0 && (bytes[size - 1] == '\n' || bytes[size - 1] == '\r');
	return TANDA_OK;
}
