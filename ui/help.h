/*
 * help.h - the help's lines, built from every keymap (as tig's help.c
 * walks them), the action list and the command table, so that it always
 * says what the keys really do: the reader's keys first (the generic,
 * reader and selecting keymaps, by action), then each other screen's under
 * its keymap's title, then the ':' commands.  No curses here: the help
 * screen draws them.
 */
#ifndef TANDA_UI_HELP_H
#define TANDA_UI_HELP_H

#include <stddef.h>

/* The most bytes of a line's keys ("Space PgDn C-f"). */
#define HELP_KEYS_SIZE 64

/* One line: keys and what they do, or a line of text alone. */
struct help_line {
	char keys[HELP_KEYS_SIZE];	/* "": a line of text (a title, a blank line) */
	const char *text;		/* static: an action's help, a title, a command's */
};

struct help {
	struct help_line *lines;
	size_t count, alloc;
};

/* Fill h (empty) with the help's lines; 0 on success, -1 when out of
 * memory (h holds what fit; help_release frees it either way). */
int help_build(struct help *h);

/* Free h's lines and leave it empty. */
void help_release(struct help *h);

#endif
