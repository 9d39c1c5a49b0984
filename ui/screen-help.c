/*
 * screen-help.c - the help screen: the lines help.c builds from every
 * keymap, the actions and the commands, scrolled by the moving keys.  Its
 * state is private: the lines, built when it opens and freed when it
 * closes, and the list that scrolls them.
 */
#include <curses.h>
#include <stdint.h>
#include <string.h>

#include "draw.h"
#include "help.h"
#include "keymap.h"
#include "list.h"
#include "screen-help.h"

/* The column where help texts start. */
#define HELP_TEXT_COLUMN 22

/* The help's state. */
struct help_screen {
	struct help help;	/* the lines */
	struct list list;	/* over them: the first shown */
};

/* The lines as a list that only scrolls, in step with the window. */
static struct list *lines_of(const struct app *app, struct help_screen *h)
{
	struct list *l = &h->list;

	l->count = h->help.count;
	l->rows = (size_t)app_text_rows(app);
	l->listed = NULL;
	l->selected = SIZE_MAX;
	return l;
}

/* Shown: the lines built, from the first. */
static int help_open(struct app *app, void *state, const void *arg)
{
	struct help_screen *h = state;

	(void)arg;
	list_init(&h->list);
	help_release(&h->help);
	if (help_build(&h->help) != 0) {
		help_release(&h->help);
		app_message(app, 1, "help: out of memory");
		return -1;
	}
	return 0;
}

/* It leaves, or the session ends: the lines go. */
static void help_release_state(void *state)
{
	struct help_screen *h = state;

	help_release(&h->help);
}

/* It leaves. */
static void help_close(struct app *app, void *state)
{
	(void)app;
	help_release_state(state);
}

/* Draw line i of the help at row y: keys and their text, or text alone
 * (the first line as a title). */
static void draw_line(struct app *app, int y, const struct help_line *line, size_t i)
{
	unsigned long attr = app->theme.attr[i == 0 ? ROLE_TITLE : ROLE_TEXT];

	if (line->keys[0] == '\0') {
		draw_text(y, 1, line->text, strlen(line->text), app->cols - 1, attr);
		return;
	}
	draw_text(y, 2, line->keys, strlen(line->keys), app->cols - 2, app->theme.attr[ROLE_TITLE]);
	if (app->cols > HELP_TEXT_COLUMN)
		draw_text(y, HELP_TEXT_COLUMN, line->text, strlen(line->text),
			  app->cols - HELP_TEXT_COLUMN, attr);
}

/* Draw the help from its top line. */
static void help_draw(struct app *app, void *state)
{
	struct help_screen *h = state;
	const struct list *l = lines_of(app, h);
	int y, rows = app_text_rows(app);

	erase();
	for (y = 0; y < rows && l->top + (size_t)y < l->count; y++)
		draw_line(app, y, &h->help.lines[l->top + (size_t)y], l->top + (size_t)y);
}

/* Scroll the help by delta lines, within its length. */
static void scroll_by(struct app *app, struct help_screen *h, long delta)
{
	list_scroll(lines_of(app, h), delta);
}

/* j, Down, Enter: a line down. */
static int help_down(struct app *app, void *state)
{
	scroll_by(app, state, 1);
	return 1;
}

/* k, Up: a line up. */
static int help_up(struct app *app, void *state)
{
	scroll_by(app, state, -1);
	return 1;
}

/* Space, PgDn, C-f: a screen down. */
static int help_page_down(struct app *app, void *state)
{
	scroll_by(app, state, app_text_rows(app));
	return 1;
}

/* b, PgUp, C-b: a screen up. */
static int help_page_up(struct app *app, void *state)
{
	scroll_by(app, state, -app_text_rows(app));
	return 1;
}

/* F1 again: back, as q. */
static int help_again(struct app *app, void *state)
{
	(void)state;
	app_pop(app);
	return 1;
}

/* The help's actions: scrolling, going back and redrawing; it ignores
 * every other. */
static screen_action_fn *const help_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = help_down,
	[ACTION_PREVIOUS] = help_up,
	[ACTION_PAGE_DOWN] = help_page_down,
	[ACTION_PAGE_UP] = help_page_up,
	[ACTION_HELP] = help_again,
	[ACTION_BACK] = screen_pass,
	[ACTION_REDRAW] = screen_pass,
};

const struct screen help_screen = {
	.name = "help",
	.flags = SCREEN_MODAL,
	.keymap = &keymap_help,
	.state_size = sizeof(struct help_screen),
	.open = help_open,
	.close = help_close,
	.release = help_release_state,
	.draw = help_draw,
	.action = help_actions,
};
