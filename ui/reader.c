/*
 * reader.c - the reader screen: the article wrapped to the window, with a
 * gutter of paragraph numbers and a bar beside the focused paragraph.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"

/* The bar drawn beside the focused paragraph. */
#define FOCUS_BAR "\xE2\x96\x8C"	/* U+258C LEFT HALF BLOCK */

/* The margin's marker for count annotations on a paragraph: a
 * superscript digit, or a superscript plus for more than nine. */
static const char *count_marker(size_t count)
{
	static const char *const markers[] = {
		"", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4", "\xE2\x81\xB5",
		"\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9", "\xE2\x81\xBA",
	};

	return markers[count < 10 ? count : 10];
}

/* Draw the gutter of a row of paragraph para: its number and the count
 * of its annotations on its first line, and the bar when it has the
 * focus. */
static void draw_gutter(const struct app *app, int y, size_t para, int first_line)
{
	int focused = para == app->view.focus;

	if (first_line) {
		char number[24];
		const char *marker = count_marker(overlay_para_count(&app->overlay, para));
		int n = snprintf(number, sizeof number, "%*zu", app->gutter - 3, para + 1);

		draw_text(y, 0, number, (size_t)n, app->gutter - 2,
			  app->theme.attr[focused ? ROLE_NUMBER_FOCUS : ROLE_NUMBER]);
		draw_text(y, app->gutter - 3, marker, strlen(marker), 1, app->theme.attr[ROLE_MARGIN]);
	}
	if (focused)
		draw_text(y, app->gutter - 2, FOCUS_BAR, sizeof FOCUS_BAR - 1, 1,
			  app->theme.attr[ROLE_BAR]);
}

/* The marks of the row being drawn (their array kept from row to row). */
struct para_matches {
	struct highlight *marks;
	size_t count, cap;
};

/* Draw screen row y: line pos of the layout. */
static void draw_row(struct app *app, int y, struct view_pos pos, struct para_matches *m)
{
	const struct wrapped *w = wrap_paragraph(app->wrap, pos.para);
	const struct paragraph *p = &app->article->paragraphs[pos.para];
	size_t from;

	app->row_para[y] = SIZE_MAX;
	if (w == NULL || pos.line >= w->count)
		return;	/* the blank line between paragraphs */
	app->row_para[y] = pos.para;
	app->row_line[y] = pos.line;
	from = p->start + w->lines[pos.line].start;
	m->count = draw_paragraph_marks(app, pos.para, from, from + w->lines[pos.line].len,
					&m->marks, &m->cap);
	draw_gutter(app, y, pos.para, pos.line == 0);
	draw_highlighted(y, app->gutter, app->article->text, from, w->lines[pos.line].len,
			 app->cols - app->gutter, app->theme.attr[ROLE_TEXT], m->marks, m->count,
			 &app->theme);
}

/* Draw the article from the view's top line down. */
static void reader_draw(struct app *app)
{
	struct para_matches matches = { NULL, 0, 0 };
	struct view_pos pos = app->view.top;
	int y, rows = app_text_rows(app), more = app->article->count > 0;

	erase();
	for (y = 0; y < rows; y++) {
		size_t moved;

		app->row_para[y] = SIZE_MAX;
		if (!more)
			continue;
		draw_row(app, y, pos, &matches);
		pos = view_step(&app->view, pos, 1, &moved);
		more = moved == 1;
	}
	free(matches.marks);
}

const struct screen reader_screen = {
	.name = "read",
	.draw = reader_draw,
	.key = NULL,
};
