/*
 * print.c - the program's output through the one escaping (escape.h):
 * formatted into a strbuf, escaped, written.  A terminal is asked for
 * once per stream (isatty), only where a pipe must get the exact bytes.
 */
#include <string.h>
#include <unistd.h>

#include "escape.h"
#include "print.h"
#include "strbuf.h"

/* Write the len bytes at s to out escaped for mode. */
static void put_escaped(FILE *out, const char *s, size_t len, enum escape_mode mode)
{
	struct strbuf sb = STRBUF_INIT;

	if (!escape_needed(s, len, mode)) {
		fwrite(s, 1, len, out);
		return;
	}
	escape_add(&sb, s, len, mode);
	fwrite(strbuf_str(&sb), 1, sb.len, out);
	strbuf_release(&sb);
}

void print_vtext(FILE *out, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_vaddf(&sb, fmt, ap);
	put_escaped(out, strbuf_str(&sb), sb.len, ESCAPE_TEXT);
	strbuf_release(&sb);
}

void print_text(FILE *out, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_vtext(out, fmt, ap);
	va_end(ap);
}

void print_field(FILE *out, const char *s)
{
	if (s != NULL)
		put_escaped(out, s, strlen(s), ESCAPE_FIELD);
}

void print_raw(FILE *out, const char *s, size_t len)
{
	if (isatty(fileno(out)))
		put_escaped(out, s, len, ESCAPE_TEXT);
	else
		fwrite(s, 1, len, out);
}

void print_escaped_into(char *buf, size_t size, const char *s, size_t len)
{
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	escape_add(&sb, s, len, ESCAPE_TEXT);
}
