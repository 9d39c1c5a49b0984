/*
 * strbuf.c - the string builder: growing through grow.h, or cut at a
 * character boundary inside a fixed array.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "strbuf.h"
#include "utf8.h"

/* Set sb up empty and growing. */
void strbuf_init(struct strbuf *sb)
{
	*sb = (struct strbuf)STRBUF_INIT;
}

/* Set sb up over the caller's fixed array. */
void strbuf_init_fixed(struct strbuf *sb, char *buf, size_t size)
{
	*sb = (struct strbuf){ .buf = buf, .alloc = size, .fixed = 1 };
	buf[0] = '\0';
}

/* Empty sb, keeping its memory. */
void strbuf_reset(struct strbuf *sb)
{
	strbuf_setlen(sb, 0);
	sb->failed = 0;
	sb->truncated = 0;
}

/* Free sb's memory and leave it empty. */
void strbuf_release(struct strbuf *sb)
{
	if (sb->fixed) {
		strbuf_reset(sb);
		return;
	}
	free(sb->buf);
	strbuf_init(sb);
}

/* Hand sb's text to the caller. */
char *strbuf_detach(struct strbuf *sb, size_t *len)
{
	char *text;

	if (sb->buf == NULL && !sb->failed)
		strbuf_grow(sb, 0);
	text = sb->failed ? NULL : sb->buf;
	if (len != NULL)
		*len = sb->failed ? 0 : sb->len;
	if (sb->failed)
		free(sb->buf);
	strbuf_init(sb);
	return text;
}

/* The text, never NULL. */
const char *strbuf_str(const struct strbuf *sb)
{
	return sb->buf != NULL ? sb->buf : "";
}

/* Make room for extra more bytes and the NUL. */
int strbuf_grow(struct strbuf *sb, size_t extra)
{
	void *p = sb->buf;

	if (sb->failed)
		return -1;
	if (sb->fixed)
		return sb->alloc - sb->len > extra ? 0 : -1;
	if (extra > (size_t)-1 - sb->len - 1 ||
	    grow_array(&p, &sb->alloc, sb->len + extra + 1, 1) != 0) {
		sb->failed = 1;
		return -1;
	}
	sb->buf = p;
	sb->buf[sb->len] = '\0';
	return 0;
}

/* The most of len bytes at data that fit in a fixed sb, cut at a UTF-8
 * character boundary. */
static size_t strbuf_fitting(const struct strbuf *sb, const char *data, size_t len)
{
	size_t room = sb->alloc - sb->len - 1;

	if (len <= room)
		return len;
	while (room > 0 && utf8_is_continuation((unsigned char)data[room]))
		room--;
	return room;
}

/* Append len bytes at data. */
int strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
	size_t n = len;

	if (sb->failed || sb->truncated)
		return -1;
	if (sb->fixed) {
		n = strbuf_fitting(sb, data, len);
		sb->truncated = n < len;
	} else if (strbuf_grow(sb, len) != 0) {
		return -1;
	}
	memcpy(sb->buf + sb->len, data, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
	return n == len ? 0 : -1;
}

/* Append the string s. */
int strbuf_addstr(struct strbuf *sb, const char *s)
{
	return strbuf_add(sb, s, strlen(s));
}

/* Append the byte c. */
int strbuf_addch(struct strbuf *sb, char c)
{
	return strbuf_add(sb, &c, 1);
}

int strbuf_addbase64(struct strbuf *sb, const void *data, size_t len)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *in = data;
	char quad[4];
	size_t i;
	int rc = 0;

	if (!sb->fixed && len / 3 < SIZE_MAX / 8)	/* once, not quad by quad */
		(void)strbuf_grow(sb, (len + 2) / 3 * 4);
	for (i = 0; i < len && rc == 0; i += 3) {
		unsigned long bits = (unsigned long)in[i] << 16;

		if (i + 1 < len)
			bits |= (unsigned long)in[i + 1] << 8;
		if (i + 2 < len)
			bits |= in[i + 2];
		quad[0] = digits[bits >> 18 & 63];
		quad[1] = digits[bits >> 12 & 63];
		quad[2] = i + 1 < len ? digits[bits >> 6 & 63] : '=';
		quad[3] = i + 2 < len ? digits[bits & 63] : '=';
		rc = strbuf_add(sb, quad, 4);
	}
	return rc;
}

/* Append printf-style text. */
int strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
	return rc;
}

/* Append printf-style text from a va_list: formatted once to learn its
 * length, then into room made for it. */
int strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	char small[256];
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(small, sizeof small, fmt, ap);
	if (n < 0) {
		va_end(again);
		sb->failed = 1;
		return -1;
	}
	if ((size_t)n < sizeof small) {
		va_end(again);
		return strbuf_add(sb, small, (size_t)n);
	}
	if (sb->fixed || strbuf_grow(sb, (size_t)n) != 0) {
		char *big = malloc((size_t)n + 1);
		int rc = -1;

		if (big != NULL) {
			vsnprintf(big, (size_t)n + 1, fmt, again);
			rc = strbuf_add(sb, big, (size_t)n);
			free(big);
		} else {
			sb->failed = 1;
		}
		va_end(again);
		return rc;
	}
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, again);
	va_end(again);
	sb->len += (size_t)n;
	return 0;
}

/* Cut sb to len bytes. */
void strbuf_setlen(struct strbuf *sb, size_t len)
{
	if (sb->buf == NULL)
		return;
	if (len < sb->len)
		sb->len = len;
	sb->buf[sb->len] = '\0';
}
