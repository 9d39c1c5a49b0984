/*
 * escape.c - control characters, bidi controls and bytes that are not
 * UTF-8 written visibly (escape.h).  Runs of printable ASCII, the bulk of
 * any output, are copied whole.
 */
#include "escape.h"
#include "strbuf.h"
#include "utf8.h"

int escape_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

/* Whether the ASCII byte b is copied as it is in mode. */
static int plain_byte(unsigned char b, enum escape_mode mode)
{
	if (b >= 0x20 && b < 0x7F)
		return mode == ESCAPE_TEXT || b != '\\';
	return mode == ESCAPE_TEXT && (b == '\t' || b == '\n');
}

/* Append the escape of the code point cp (a control, or a backslash, tab
 * or newline in a field). */
static void add_escape(struct strbuf *out, uint32_t cp)
{
	switch (cp) {
	case 0x1B: strbuf_addstr(out, "\\e"); return;
	case '\t': strbuf_addstr(out, "\\t"); return;
	case '\n': strbuf_addstr(out, "\\n"); return;
	case '\r': strbuf_addstr(out, "\\r"); return;
	case '\\': strbuf_addstr(out, "\\\\"); return;
	default: break;
	}
	if (cp < 0x80)
		strbuf_addf(out, "\\x%02x", (unsigned)cp);
	else
		strbuf_addf(out, "\\u%04x", (unsigned)cp);
}

/* The length of the run of bytes at s (len of them) copied as they are:
 * plain ASCII, and whole characters that are not controls. */
static size_t plain_run(const char *s, size_t len, enum escape_mode mode)
{
	size_t i = 0;

	while (i < len) {
		unsigned char b = (unsigned char)s[i];
		uint32_t cp;
		int n;

		if (b < 0x80) {
			if (!plain_byte(b, mode))
				break;
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n < 0 || escape_is_control(cp))
			break;
		i += (size_t)n;
	}
	return i;
}

int escape_add(struct strbuf *out, const char *s, size_t len, enum escape_mode mode)
{
	size_t i = 0;

	while (i < len) {
		size_t run = plain_run(s + i, len - i, mode);
		uint32_t cp;
		int n;

		strbuf_add(out, s + i, run);
		if ((i += run) >= len)
			break;
		n = utf8_decode(s + i, len - i, &cp);
		if (n < 0) {	/* not UTF-8: each byte of it */
			int k;

			for (k = 0; k < -n; k++)
				strbuf_addf(out, "\\x%02x", (unsigned char)s[i + (size_t)k]);
			i += (size_t)-n;
			continue;
		}
		add_escape(out, cp);
		i += (size_t)n;
	}
	return strbuf_ok(out) ? 0 : -1;
}

int escape_needed(const char *s, size_t len, enum escape_mode mode)
{
	return plain_run(s, len, mode) < len;
}
