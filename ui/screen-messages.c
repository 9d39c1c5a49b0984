/*
 * screen-messages.c - the messages screen: the app's log of the status
 * line's messages (app.h), scrolled by the moving keys, the newest at the
 * bottom.  Its state is private: the list that scrolls the log.
 */
#include <curses.h>
#include <stdint.h>
#include <string.h>

#include "draw.h"
#include "keymap.h"
#include "list.h"
#include "screen-messages.h"

/* The title line above the messages. */
#define MESSAGES_TITLE "Messages of this session, the newest last (q or Esc goes back)"

/* The screen's state. */
struct messages {
	struct list list;	/* over the log: the first shown */
};

/* The rows the log has under the title (at least 1). */
static size_t log_rows(const struct app *app)
{
	int rows = app_text_rows(app) - 1;

	return rows > 1 ? (size_t)rows : 1;
}

/* The log as a list that only scrolls, in step with the window. */
static struct list *lines_of(const struct app *app, struct messages *m)
{
	struct list *l = &m->list;

	l->count = app_log_count(app);
	l->rows = log_rows(app);
	l->listed = NULL;
	l->selected = SIZE_MAX;
	return l;
}

/* Shown: scrolled to the newest. */
static int messages_open(struct app *app, void *state, const void *arg)
{
	struct messages *m = state;

	(void)arg;
	list_init(&m->list);
	list_scroll(lines_of(app, m), (long)app_log_count(app));
	return 0;
}

/* Draw the title and the messages from the top one down. */
static void messages_draw(struct app *app, void *state)
{
	struct messages *m = state;
	const struct list *l = lines_of(app, m);
	const char *line;
	size_t i;
	int y;

	erase();
	draw_text(0, 1, MESSAGES_TITLE, strlen(MESSAGES_TITLE), app->cols - 1,
		  app->theme.attr[ROLE_TITLE]);
	if (l->count == 0)
		draw_text(1, 2, "(none)", 6, app->cols - 2, app->theme.attr[ROLE_TEXT]);
	for (y = 1, i = l->top; (size_t)y <= l->rows && i < l->count; y++, i++) {
		line = app_log_line(app, i);
		draw_text(y, 2, line, strlen(line), app->cols - 2, app->theme.attr[ROLE_TEXT]);
	}
}

/* Scroll by delta lines. */
static int scroll_by(struct app *app, void *state, long delta)
{
	list_scroll(lines_of(app, state), delta);
	return 1;
}

/* j: a line down. */
static int messages_down(struct app *app, void *state)
{
	return scroll_by(app, state, 1);
}

/* k: a line up. */
static int messages_up(struct app *app, void *state)
{
	return scroll_by(app, state, -1);
}

/* Space: a screen down. */
static int messages_page_down(struct app *app, void *state)
{
	return scroll_by(app, state, (long)log_rows(app));
}

/* b, PgUp: a screen up. */
static int messages_page_up(struct app *app, void *state)
{
	return scroll_by(app, state, -(long)log_rows(app));
}

/* The screen's actions: scrolling, going back, the help, redrawing; it
 * ignores every other. */
static screen_action_fn *const messages_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = messages_down,
	[ACTION_PREVIOUS] = messages_up,
	[ACTION_PAGE_DOWN] = messages_page_down,
	[ACTION_PAGE_UP] = messages_page_up,
	[ACTION_BACK] = screen_pass,
	[ACTION_HELP] = screen_pass,
	[ACTION_REDRAW] = screen_pass,
};

const struct screen messages_screen = {
	.name = "messages",
	.flags = SCREEN_MODAL,
	.keymap = &keymap_messages,
	.state_size = sizeof(struct messages),
	.open = messages_open,
	.draw = messages_draw,
	.action = messages_actions,
	.detailed = screen_no_details,
};
