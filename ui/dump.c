/*
 * dump.c - the screen read back from curses for tests: its text, one
 * line per row, and its looks, one letter per cell naming the cell's
 * attributes and color pair.  Part of the terminal's edge.
 */
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "dump.h"
#include "utf8.h"

/* Write row y of the screen to out, without trailing spaces. */
static void dump_row(FILE *out, int y)
{
	char line[8192];
	size_t len = 0, keep = 0;
	int x;

	for (x = 0; x < COLS; x++) {
		cchar_t cell;
		wchar_t wch[CCHARW_MAX + 1];
		attr_t attrs;
		short pair;
		int i, w = 1;

		if (mvin_wch(y, x, &cell) == ERR || getcchar(&cell, wch, &attrs, &pair, NULL) == ERR)
			continue;
		for (i = 0; wch[i] != L'\0' && len + 8 < sizeof line; i++) {
			len += (size_t)utf8_encode((uint32_t)wch[i], line + len);
			if (i == 0)
				w = wcwidth(wch[0]);
		}
		if (wch[0] != L' ' || wch[1] != L'\0')
			keep = len;
		if (w == 2)
			x++;	/* the right half of a wide character */
	}
	fwrite(line, 1, keep, out);
	fputc('\n', out);
}

enum tanda_status dump_screen(const char *path, struct tanda_error *err)
{
	FILE *out = fopen(path, "w");
	int y;

	if (out == NULL)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: %s", path, strerror(errno));
	for (y = 0; y < LINES; y++)
		dump_row(out, y);
	if (fclose(out) != 0)
		return tanda_fail(err, TANDA_EIO, "%s: %s", path, strerror(errno));
	return TANDA_OK;
}

/* The looks seen so far in a dump, each named by a letter. */
struct looks {
	attr_t attrs[52];
	short pairs[52];
	int count;
};

/* The letter of the look attrs + pair, added to seen when new; '.' for
 * plain text, '?' past 52 looks. */
static char look_letter(struct looks *seen, attr_t attrs, short pair)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	int i;

	attrs &= A_ATTRIBUTES & ~A_COLOR;
	if (attrs == 0 && pair == 0)
		return '.';
	for (i = 0; i < seen->count; i++)
		if (seen->attrs[i] == attrs && seen->pairs[i] == pair)
			return letters[i];
	if (seen->count == (int)sizeof seen->attrs / (int)sizeof seen->attrs[0])
		return '?';
	seen->attrs[seen->count] = attrs;
	seen->pairs[seen->count] = pair;
	return letters[seen->count++];
}

/* Write the looks of row y to out, without trailing plain cells. */
static void look_row(FILE *out, int y, struct looks *seen)
{
	char line[8192];
	int x, keep = 0;

	for (x = 0; x < COLS && x < (int)sizeof line; x++) {
		cchar_t cell;
		wchar_t wch[CCHARW_MAX + 1];
		attr_t attrs = 0;
		short pair = 0;

		if (mvin_wch(y, x, &cell) != ERR)
			getcchar(&cell, wch, &attrs, &pair, NULL);
		line[x] = look_letter(seen, attrs, pair);
		if (line[x] != '.')
			keep = x + 1;
	}
	fwrite(line, 1, (size_t)keep, out);
	fputc('\n', out);
}

/* Write the legend of the looks seen to out. */
static void look_legend(FILE *out, const struct looks *seen)
{
	static const struct {
		attr_t attr;
		const char *name;
	} names[] = {
		{ A_BOLD, "bold" }, { A_DIM, "dim" }, { A_ITALIC, "italic" },
		{ A_UNDERLINE, "underline" }, { A_REVERSE, "reverse" }, { A_STANDOUT, "standout" },
		{ A_BLINK, "blink" },
	};
	int i;
	size_t n;

	for (i = 0; i < seen->count; i++) {
		fprintf(out, "%c:", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]);
		for (n = 0; n < sizeof names / sizeof names[0]; n++)
			if (seen->attrs[i] & names[n].attr)
				fprintf(out, " %s", names[n].name);
		if (seen->pairs[i] != 0)
			fprintf(out, " pair %d", seen->pairs[i]);
		fputc('\n', out);
	}
}

enum tanda_status dump_looks(const char *path, struct tanda_error *err)
{
	FILE *out = fopen(path, "w");
	struct looks seen;
	int y;

	if (out == NULL)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: %s", path, strerror(errno));
	seen.count = 0;
	for (y = 0; y < LINES; y++)
		look_row(out, y, &seen);
	look_legend(out, &seen);
	if (fclose(out) != 0)
		return tanda_fail(err, TANDA_EIO, "%s: %s", path, strerror(errno));
	return TANDA_OK;
}
