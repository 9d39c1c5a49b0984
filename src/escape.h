/*
 * escape.h - text made inert for a terminal and for tab-separated fields:
 * the one escaping every verb's output and every error message goes
 * through (cli/print.h), and what the reader draws as a visible mark.
 *
 * Escaped, visibly and so that nothing reaches the terminal that could
 * move the cursor, set the title or the clipboard (OSC 52), or turn the
 * text around:
 *
 *   ESC                            \e
 *   other C0 controls, DEL         \xHH (\r for a carriage return)
 *   C1 controls (U+0080-U+009F)    \uHHHH
 *   bidi controls (U+202A-U+202E,
 *   U+2066-U+2069)                 \uHHHH
 *   bytes that are not UTF-8       \xHH
 *
 * tab and newline are kept in text, and in a field (ESCAPE_FIELD, one
 * value of a TSV row) written \t and \n, with the backslash doubled, so
 * that no value can make a row or a column of its own.
 */
#ifndef TANDA_ESCAPE_H
#define TANDA_ESCAPE_H

#include <stddef.h>
#include <stdint.h>

struct strbuf;

enum escape_mode {
	ESCAPE_TEXT,	/* lines of text: tab and newline kept */
	ESCAPE_FIELD,	/* a TSV field: tab, newline and backslash escaped too */
};

/* Whether cp is a control character or a bidi control: what is escaped
 * (tab and newline included), and what the reader draws as a mark. */
int escape_is_control(uint32_t cp);

/* Append the len bytes at s to out, escaped for mode; 0, or -1 when out
 * failed. */
int escape_add(struct strbuf *out, const char *s, size_t len, enum escape_mode mode);

/* Whether the len bytes at s would be changed by escape_add in mode. */
int escape_needed(const char *s, size_t len, enum escape_mode mode);

#endif
