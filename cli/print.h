/*
 * print.h - everything the program prints goes through here, made inert
 * (src/escape.h): reports and messages with every control character and
 * bidi control written visibly, TSV fields with tab, newline and backslash
 * escaped too, and an article's text as it is in a pipe but escaped on a
 * terminal.
 */
#ifndef TANDA_PRINT_H
#define TANDA_PRINT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Print printf-style text to out, escaped (tab and newline kept): a
 * report's line, whatever names and titles it holds. */
void print_text(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The same from a va_list. */
void print_vtext(FILE *out, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* Print s (NULL: nothing) to out as one TSV field: escaped, with tab,
 * newline and backslash as \t, \n and \\. */
void print_field(FILE *out, const char *s);

/* Print the len bytes at s to out as they are when out is not a
 * terminal (a pipe gets the exact text), escaped when it is one. */
void print_raw(FILE *out, const char *s, size_t len);

/* Put into buf (size bytes) the len bytes at s escaped, cut at a
 * character when it does not fit; for a cell of a table. */
void print_escaped_into(char *buf, size_t size, const char *s, size_t len);

#endif
