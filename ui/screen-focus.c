/*
 * screen-focus.c - focus mode: the focused paragraph alone, in a column of
 * comfortable width centered in the window, under its number and the
 * article's title.  It takes the reader's keys; f goes back to the reader.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "draw.h"
#include "keymap.h"
#include "screen-focus.h"

/* Lines above the paragraph: number, title, a blank line. */
#define HEADER_LINES 3

/* Draw the number and title above the paragraph at row y, column x. */
static void draw_header(const struct app *app, int y, int x, int width)
{
	const char *title = app->article->meta.title;
	char number[64];
	int n = snprintf(number, sizeof number, "\xC2\xB6 %zu/%zu", app->view.focus + 1,
			 app->article->count);

	draw_text(y, x, number, (size_t)n, width, app->theme.attr[ROLE_NUMBER_FOCUS]);
	if (title != NULL)
		draw_text(y + 1, x, title, strlen(title), width, app->theme.attr[ROLE_TITLE]);
}

/* Draw the focused paragraph centered in the window. */
static void focus_draw(struct app *app, void *state)
{
	const struct article *a = app->article;
	const struct wrapped *w;
	const struct paragraph *p;
	struct highlight *marks = NULL;
	size_t i, shown, count, cap = 0;
	int rows = app_text_rows(app), width = app_focus_width(app), x, y;

	(void)state;
	erase();
	if (a->count == 0 || (w = wrap_paragraph(app->focus_wrap, app->view.focus)) == NULL)
		return;
	p = &a->paragraphs[app->view.focus];
	shown = w->count;
	if (shown + HEADER_LINES > (size_t)rows)
		shown = rows > HEADER_LINES ? (size_t)(rows - HEADER_LINES) : 0;
	x = (app->cols - width) / 2;
	y = (rows - (int)shown - HEADER_LINES) / 2;
	draw_header(app, y < 0 ? 0 : y, x, width);
	count = shown == 0 ? 0 :
		draw_paragraph_marks(app, app->view.focus, p->start + w->lines[0].start,
				     p->start + w->lines[shown - 1].start + w->lines[shown - 1].len,
				     &marks, &cap);
	for (i = 0; i < shown; i++)
		draw_highlighted(y + HEADER_LINES + (int)i, x, a->text, p->start + w->lines[i].start,
				 w->lines[i].len, width, app->theme.attr[ROLE_TEXT], marks, count,
				 &app->theme);
	free(marks);
}

/* f, :focus: back to the reader, the focused paragraph in view. */
static int focus_leave(struct app *app, void *state)
{
	(void)state;
	app_pop(app);
	view_show_focus(&app->view);
	return 1;
}

/* Focus mode's own meaning of the actions; the rest are the reader's. */
static screen_action_fn *const focus_actions[ACTION_COUNT] = {
	[ACTION_FOCUS_MODE] = focus_leave,
};

const struct screen focus_screen = {
	.name = "focus",
	.flags = SCREEN_SELECTS,
	.keymap = &keymap_reader,
	.draw = focus_draw,
	.action = focus_actions,
};
