/*
 * screen-focus.c - focus mode: the focused paragraph alone, in a column of
 * comfortable width centered in the window, under its number and the
 * article's title.  It takes the reader's keys; f goes back to the reader.
 *
 * A paragraph taller than the window is scrolled through before the focus
 * moves on: j, Space and C-d show more of it (a line, a page, half a page)
 * until its end is shown, then go to the next paragraph; k, b and C-u go
 * back up it, then to the end of the one before.  The status line says
 * which of its lines are shown.  Its state is private: which paragraph is
 * shown and from which of its lines.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "draw.h"
#include "keymap.h"
#include "screen-focus.h"

/* Lines above the paragraph: number, title, a blank line. */
#define HEADER_LINES 3

/* Focus mode's state. */
struct focus {
	size_t para;		/* the paragraph the lines below are of */
	size_t first;		/* its first line shown */
	size_t match;		/* the search match last brought into view, or SIZE_MAX */
};

/* The rows the paragraph's lines have under the header (at least 1). */
static size_t text_rows(const struct app *app)
{
	int rows = app_text_rows(app) - HEADER_LINES;

	return rows > 1 ? (size_t)rows : 1;
}

/* The number of lines of the focused paragraph at focus mode's width. */
static size_t para_lines(struct app *app)
{
	return app->article->count ? wrap_line_count(app->focus_wrap, app->view.focus) : 0;
}

/* The first line that shows the paragraph's end at the bottom (0 when it
 * fits). */
static size_t last_first(struct app *app)
{
	size_t lines = para_lines(app), rows = text_rows(app);

	return lines > rows ? lines - rows : 0;
}

/* The line of the focused paragraph that holds byte at of the text. */
static size_t line_of(struct app *app, size_t at)
{
	const struct wrapped *w = wrap_paragraph(app->focus_wrap, app->view.focus);
	size_t offset = at - app->article->paragraphs[app->view.focus].start, i;

	for (i = 0; w != NULL && i + 1 < w->count && w->lines[i + 1].start <= offset; i++)
		;
	return i;
}

/* Keep the state in step with the app: a new paragraph shows from its
 * start, a new match in it is brought into view, and the first line stays
 * within the paragraph (after a resize). */
static void settle(struct app *app, struct focus *f)
{
	size_t rows = text_rows(app), line;

	if (f->para != app->view.focus) {
		f->para = app->view.focus;
		f->first = 0;
		f->match = SIZE_MAX;
	}
	if (app->has_match && app->match_start != f->match && app->article->count > 0 &&
	    article_paragraph_at(app->article, app->match_start) == f->para) {
		f->match = app->match_start;
		line = line_of(app, app->match_start);
		if (line < f->first || line >= f->first + rows)
			f->first = line;
	}
	if (f->first > last_first(app))
		f->first = last_first(app);
}

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

/* Draw lines [first, first + shown) of the focused paragraph from row y,
 * column x, with its marks. */
static void draw_lines(struct app *app, const struct wrapped *w, size_t first, size_t shown,
		       int y, int x)
{
	const struct article *a = app->article;
	const struct paragraph *p = &a->paragraphs[app->view.focus];
	struct highlight *marks = NULL;
	size_t i, count, cap = 0, last = first + shown - 1;
	int width = app_focus_width(app);

	count = draw_paragraph_marks(app, app->view.focus, p->start + w->lines[first].start,
				     p->start + w->lines[last].start + w->lines[last].len, &marks,
				     &cap);
	for (i = 0; i < shown; i++)
		draw_highlighted(y + (int)i, x, a->text, p->start + w->lines[first + i].start,
				 w->lines[first + i].len, width, app->theme.attr[ROLE_TEXT], marks,
				 count, &app->theme);
	free(marks);
}

/* Draw the focused paragraph centered in the window, from its first line
 * shown. */
static void focus_draw(struct app *app, void *state)
{
	struct focus *f = state;
	const struct wrapped *w;
	size_t shown;
	int rows = app_text_rows(app), width = app_focus_width(app), x, y;

	erase();
	if (app->article->count == 0 ||
	    (w = wrap_paragraph(app->focus_wrap, app->view.focus)) == NULL)
		return;
	settle(app, f);
	shown = w->count - f->first;
	if (shown + HEADER_LINES > (size_t)rows)
		shown = rows > HEADER_LINES ? (size_t)(rows - HEADER_LINES) : 0;
	x = (app->cols - width) / 2;
	y = (rows - (int)shown - HEADER_LINES) / 2;
	draw_header(app, y < 0 ? 0 : y, x, width);
	if (shown > 0)
		draw_lines(app, w, f->first, shown, y + HEADER_LINES, x);
}

/* Scroll the paragraph by delta lines when that shows more of it in that
 * direction; 0 (nothing done) at its end that way, for the focus to move
 * on. */
static int scroll_within(struct app *app, struct focus *f, long delta)
{
	size_t end = last_first(app);

	settle(app, f);
	if (delta > 0 ? f->first >= end : f->first == 0)
		return 0;
	if (delta > 0)
		f->first = (size_t)delta < end - f->first ? f->first + (size_t)delta : end;
	else
		f->first = (size_t)-delta < f->first ? f->first - (size_t)-delta : 0;
	return 1;
}

/* Go to the paragraph before, shown from its end (reading back up). */
static void back_to_previous(struct app *app, struct focus *f)
{
	if (app->view.focus == 0)
		return;
	view_focus(&app->view, app->view.focus - 1);
	f->para = app->view.focus;
	f->match = app->has_match ? app->match_start : SIZE_MAX;
	f->first = last_first(app);
}

/* Scroll down by delta lines; else (0) the global action moves on to the
 * next paragraph. */
static int down_or_next(struct app *app, void *state, long delta)
{
	return scroll_within(app, state, delta);
}

/* Scroll up by delta lines, else back to the end of the paragraph before. */
static int up_or_previous(struct app *app, void *state, long delta)
{
	if (!scroll_within(app, state, -delta))
		back_to_previous(app, state);
	return 1;
}

/* j: a line further, or the next paragraph (5j: the fifth). */
static int focus_next(struct app *app, void *state)
{
	return app->count <= 1 && down_or_next(app, state, 1);
}

/* k: a line back, or the paragraph before (5k: the fifth). */
static int focus_previous(struct app *app, void *state)
{
	if (app->count > 1)
		return 0;
	return up_or_previous(app, state, 1);
}

/* Space: a page further, or the next paragraph. */
static int focus_page_down(struct app *app, void *state)
{
	if (!down_or_next(app, state, (long)text_rows(app)))
		view_focus(&app->view, app->view.focus + 1);
	return 1;
}

/* b: a page back, or the paragraph before. */
static int focus_page_up(struct app *app, void *state)
{
	return up_or_previous(app, state, (long)text_rows(app));
}

/* C-d: half a page further, or the next paragraph. */
static int focus_half_down(struct app *app, void *state)
{
	if (!down_or_next(app, state, (long)(text_rows(app) + 1) / 2))
		view_focus(&app->view, app->view.focus + 1);
	return 1;
}

/* C-u: half a page back, or the paragraph before. */
static int focus_half_up(struct app *app, void *state)
{
	return up_or_previous(app, state, (long)(text_rows(app) + 1) / 2);
}

/* f, :focus: back to the reader, the focused paragraph in view. */
static int focus_leave(struct app *app, void *state)
{
	(void)state;
	app_pop(app);
	view_show_focus(&app->view);
	return 1;
}

/* In a paragraph taller than the window, which of its lines are shown. */
static void focus_detail(const struct app *app, const void *state, char *buf, size_t size)
{
	const struct focus *f = state;
	size_t lines, rows = text_rows(app);

	if (app->article->count == 0 || f->para != app->view.focus)
		return;
	lines = wrap_line_count(app->focus_wrap, app->view.focus);
	if (lines > rows)
		snprintf(buf, size, "lines %zu-%zu of %zu", f->first + 1,
			 f->first + rows < lines ? f->first + rows : lines, lines);
}

/* Shown: from the focused paragraph's start. */
static int focus_open(struct app *app, void *state, const void *arg)
{
	struct focus *f = state;

	(void)arg;
	f->para = SIZE_MAX;
	settle(app, f);
	return 0;
}

/* Focus mode's own meaning of the actions; the rest are the reader's. */
static screen_action_fn *const focus_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = focus_next,
	[ACTION_PREVIOUS] = focus_previous,
	[ACTION_PAGE_DOWN] = focus_page_down,
	[ACTION_PAGE_UP] = focus_page_up,
	[ACTION_HALF_DOWN] = focus_half_down,
	[ACTION_HALF_UP] = focus_half_up,
	[ACTION_FOCUS_MODE] = focus_leave,
};

const struct screen focus_screen = {
	.name = "focus",
	.flags = SCREEN_SELECTS,
	.keymap = &keymap_reader,
	.state_size = sizeof(struct focus),
	.open = focus_open,
	.draw = focus_draw,
	.action = focus_actions,
	.detail = focus_detail,
};
