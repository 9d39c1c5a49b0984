/*
 * draw.h - putting text on the curses screen: UTF-8 runs with an
 * attribute, text with highlighted ranges, and the whole frame (the top
 * screen, the details and status lines).
 */
#ifndef TANDA_UI_DRAW_H
#define TANDA_UI_DRAW_H

#include <stddef.h>

#include "app.h"
#include "theme.h"

/* A range of bytes to highlight with role, relative to the same text. */
struct highlight {
	size_t start, end;
	enum role role;
};

/* Draw the len bytes of UTF-8 at s at row y, column x, in at most width
 * columns with attribute attr; returns the columns used. */
int draw_text(int y, int x, const char *s, size_t len, int width, unsigned long attr);

/* Draw bytes [from, from + len) of text at row y, column x, in at most
 * width columns, with the n highlights (ranges of text) over base. */
void draw_highlighted(int y, int x, const char *text, size_t from, size_t len, int width,
		      unsigned long base, const struct highlight *marks, size_t n,
		      const struct theme *theme);

/* What is marked on paragraph para, in drawing order: its annotations
 * (the current one last), the search matches that overlap bytes [from,
 * to) of the text, the part drawn (the current one marked), and the
 * selection; into *out (grown as needed; caller frees).  Returns how
 * many. */
size_t draw_paragraph_marks(const struct app *app, size_t para, size_t from, size_t to,
			    struct highlight **out, size_t *cap);

/* Draw the whole frame: the top screen (the mouse's hit-testing cleared
 * first), the current annotation's details above the status line, and the
 * status line or the open prompt; on a tiny window, that it is too small. */
void draw_frame(struct app *app);

#endif
