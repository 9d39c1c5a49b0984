/*
 * screen-reader.c - the reader screen: the article wrapped to the window,
 * with a gutter of paragraph numbers and a bar beside the focused
 * paragraph; the mouse (a click focuses, a drag selects, the wheel
 * scrolls).  Its keys are the reader's keymap and the global actions.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "keymap.h"
#include "screen-reader.h"
#include "utf8.h"

/* The reader's state: where a mouse drag started. */
struct reader {
	size_t drag_from;	/* the byte the button went down on, or SIZE_MAX */
};

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

	if (w == NULL || pos.line >= w->count)
		return;	/* the blank line between paragraphs */
	app->hits[y].para = pos.para;
	app->hits[y].line = pos.line;
	from = p->start + w->lines[pos.line].start;
	m->count = draw_paragraph_marks(app, pos.para, from, from + w->lines[pos.line].len,
					&m->marks, &m->cap);
	draw_gutter(app, y, pos.para, pos.line == 0);
	draw_highlighted(y, app->gutter, app->article->text, from, w->lines[pos.line].len,
			 app->cols - app->gutter, app->theme.attr[ROLE_TEXT], m->marks, m->count,
			 &app->theme);
}

/* Draw the article from the view's top line down. */
static void reader_draw(struct app *app, void *state)
{
	struct para_matches matches = { NULL, 0, 0 };
	struct view_pos pos = app->view.top;
	int y, rows = app_text_rows(app);
	size_t moved = 1;

	(void)state;
	erase();
	for (y = 0; y < rows && app->article->count > 0 && moved == 1; y++) {
		draw_row(app, y, pos, &matches);
		pos = view_step(&app->view, pos, 1, &moved);
	}
	free(matches.marks);
}

/* The byte of the text drawn at column x of reader row y, or SIZE_MAX
 * when no text is there. */
static size_t byte_at(struct app *app, int x, int y)
{
	const struct wrapped *w;
	const struct paragraph *p;
	const char *line;
	size_t len, fit;

	if (y < 0 || y >= app_text_rows(app) || y >= app->rows || app->hits[y].para == SIZE_MAX ||
	    (w = wrap_paragraph(app->wrap, app->hits[y].para)) == NULL ||
	    app->hits[y].line >= w->count)
		return SIZE_MAX;
	p = &app->article->paragraphs[app->hits[y].para];
	line = app->article->text + p->start + w->lines[app->hits[y].line].start;
	len = w->lines[app->hits[y].line].len;
	fit = wrap_fit(line, len, x - app->gutter > 0 ? x - app->gutter : 0);
	return (size_t)(line - app->article->text) + (fit < len ? fit : len > 0 ? len - 1 : 0);
}

/* A drag from the pressed cell to x, y inside one paragraph selects the
 * characters between them. */
static void drag_select(struct app *app, struct reader *r, int x, int y)
{
	size_t from = r->drag_from, to = byte_at(app, x, y), end;
	const struct article *a = app->article;

	r->drag_from = SIZE_MAX;
	if (from == SIZE_MAX || to == SIZE_MAX || to == from ||
	    article_paragraph_at(a, from) != article_paragraph_at(a, to))
		return;
	if (to < from) {
		end = from;
		from = to;
		to = end;
	}
	end = to + 1;
	while (end < a->text_len && utf8_is_continuation((unsigned char)a->text[end]))
		end++;
	selection_range(&app->selection, a, from, end);
}

/* Act on a mouse event: a click focuses, a drag selects, the wheel
 * scrolls. */
static void reader_mouse(struct app *app, void *state, const struct key *key)
{
	struct reader *r = state;

	if (key->code == MOUSE_WHEEL_UP || key->code == MOUSE_WHEEL_DOWN) {
		view_page(&app->view, key->code == MOUSE_WHEEL_UP ? -3 : 3);
		return;
	}
	if (key->code == MOUSE_RELEASE) {
		drag_select(app, r, key->x, key->y);
		return;
	}
	r->drag_from = key->code == MOUSE_PRESS ? byte_at(app, key->x, key->y) : SIZE_MAX;
	if (key->y >= 0 && key->y < app_text_rows(app) && key->y < app->rows &&
	    app->hits[key->y].para != SIZE_MAX)
		app->view.focus = app->hits[key->y].para;
}

/* Shown: no drag has started. */
static int reader_open(struct app *app, void *state, const void *arg)
{
	struct reader *r = state;

	(void)app;
	(void)arg;
	r->drag_from = SIZE_MAX;
	return 0;
}

const struct screen reader_screen = {
	.name = "read",
	.flags = SCREEN_SELECTS,
	.keymap = &keymap_reader,
	.state_size = sizeof(struct reader),
	.open = reader_open,
	.draw = reader_draw,
	.mouse = reader_mouse,
};
