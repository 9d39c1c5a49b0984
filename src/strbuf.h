/*
 * strbuf.h - the one string builder (as git's strbuf, redis's sds).
 *
 * A strbuf owns a NUL-terminated buffer that grows as text is appended
 * (through grow.h).  Appending never fails loudly: a failed allocation
 * sets the sticky `failed` flag and later appends do nothing, so a caller
 * builds the whole string and checks once.  A strbuf made over a fixed
 * array (strbuf_init_fixed) never allocates: what does not fit is cut at
 * a UTF-8 character boundary and `truncated` says so.
 *
 * Lifetimes (git's meanings): strbuf_init sets up an empty builder;
 * strbuf_reset empties it and keeps its memory; strbuf_release frees its
 * memory and leaves it empty and usable; strbuf_detach hands the buffer to
 * the caller, who frees it with free().
 */
#ifndef TANDA_STRBUF_H
#define TANDA_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;		/* the text, NUL-terminated; NULL until the first append */
	size_t len;		/* its length in bytes, not counting the NUL */
	size_t alloc;		/* bytes allocated (or the fixed array's size) */
	unsigned failed : 1;	/* an allocation failed: the text is incomplete */
	unsigned truncated : 1;	/* a fixed buffer was too small: the text is cut */
	unsigned fixed : 1;	/* buf is the caller's array: never reallocated */
};

/* An empty, growing strbuf. */
#define STRBUF_INIT { .buf = NULL, .len = 0, .alloc = 0, .failed = 0, .truncated = 0, .fixed = 0 }

/* Set sb up empty and growing. */
void strbuf_init(struct strbuf *sb);

/* Set sb up over the caller's array buf of size bytes (> 0), empty. */
void strbuf_init_fixed(struct strbuf *sb, char *buf, size_t size);

/* Empty sb, keeping its memory. */
void strbuf_reset(struct strbuf *sb);

/* Free sb's memory (not a fixed array) and leave it empty. */
void strbuf_release(struct strbuf *sb);

/* Hand sb's text to the caller (never NULL unless sb failed; free() it),
 * storing its length in *len when len is not NULL; sb is left empty. */
char *strbuf_detach(struct strbuf *sb, size_t *len);

/* The text: never NULL ("" when nothing was appended). */
const char *strbuf_str(const struct strbuf *sb);

/* Make room for extra more bytes; 0, or -1 when sb failed or is fixed and full. */
int strbuf_grow(struct strbuf *sb, size_t extra);

/* Append len bytes at data; 0, or -1 when sb failed or was cut. */
int strbuf_add(struct strbuf *sb, const void *data, size_t len);

/* Append the string s. */
int strbuf_addstr(struct strbuf *sb, const char *s);

/* Append the byte c. */
int strbuf_addch(struct strbuf *sb, char c);

/* Append the len bytes at data in base64 (RFC 4648, with padding), as
 * the terminal's clipboard sequence (OSC 52) carries them. */
int strbuf_addbase64(struct strbuf *sb, const void *data, size_t len);

/* Append printf-style text. */
int strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Append printf-style text from a va_list. */
int strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Cut sb to len bytes (len <= sb->len). */
void strbuf_setlen(struct strbuf *sb, size_t len);

/* Whether everything appended is in sb (no failure, nothing cut). */
static inline int strbuf_ok(const struct strbuf *sb)
{
	return !sb->failed && !sb->truncated;
}

#endif
