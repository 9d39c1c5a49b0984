/*
 * screen-history.c - the history screen: every change of one correction
 * (when, who, what, from which status and replacement to which, and a
 * rejection's reason), as the store keeps it.  Its state is private: the
 * lines, read when it opens and freed when it closes, and the list that
 * scrolls them.
 */
#include <curses.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "grow.h"
#include "keymap.h"
#include "list.h"
#include "screen-history.h"
#include "store.h"
#include "strbuf.h"

/* The history's state. */
struct history {
	char **lines;		/* the title, then one line per change */
	size_t alloc;
	struct list list;	/* over the lines (list.count of them): the first shown */
	int failed;		/* reading them ran out of memory */
};

/* Append a line, taking over text (NULL: out of memory); 0 on success. */
static int add_line(struct history *h, char *text)
{
	if (text == NULL || GROW(h->lines, h->alloc, h->list.count + 1) != 0) {
		free(text);
		h->failed = 1;
		return -1;
	}
	h->lines[h->list.count++] = text;
	return 0;
}

/* Append one change e to sb as the history shows it: when, who, what,
 * and what it changed.  The fields come from the store (an author's name
 * has no length limit), so the line grows as it needs to. */
static void describe_event(struct strbuf *sb, const struct correction_event *e)
{
	strbuf_addf(sb, "%.10s %.5s  %-10s %-9s", e->at ? e->at : "",
		    e->at && e->at[0] ? e->at + 11 : "", e->who ? e->who : "?",
		    e->action ? e->action : "?");
	if (e->old_status != NULL && e->new_status != NULL && strcmp(e->old_status, e->new_status))
		strbuf_addf(sb, "  %s -> %s", e->old_status, e->new_status);
	if (e->old_replacement != NULL && e->new_replacement != NULL &&
	    strcmp(e->old_replacement, e->new_replacement))
		strbuf_addf(sb, "  \"%s\" -> \"%s\"", e->old_replacement, e->new_replacement);
	else if (e->old_replacement == NULL && e->new_replacement != NULL)
		strbuf_addf(sb, "  \"%s\"", e->new_replacement);
	if (e->reason != NULL)
		strbuf_addf(sb, "  (%s)", e->reason);
}

/* Append sb's text as a line, and empty sb; 0 on success. */
static int add_built(struct history *h, struct strbuf *sb)
{
	char *text = sb->failed ? NULL : strbuf_detach(sb, NULL);

	strbuf_release(sb);
	return add_line(h, text);
}

/* store_history_list callback: one line per change. */
static int history_line(void *context, const struct correction_event *e)
{
	struct strbuf sb = STRBUF_INIT;

	describe_event(&sb, e);
	return add_built(context, &sb) != 0;
}

/* Free the lines. */
static void free_lines(struct history *h)
{
	size_t i;

	for (i = 0; i < h->list.count; i++)
		free(h->lines[i]);
	free(h->lines);
	h->lines = NULL;
	h->alloc = 0;
	h->failed = 0;
	list_init(&h->list);
}

void history_open(struct app *app, const struct annotation *correction)
{
	(void)app_push(app, &history_screen, correction);
}

/* Shown: the history of the correction at arg, read from the store; the
 * status line says why when there is none to show. */
static int history_screen_open(struct app *app, void *state, const void *arg)
{
	const struct annotation *a = arg;
	struct history *h = state;
	struct strbuf title = STRBUF_INIT;
	struct tanda_error err;

	if (a == NULL || a->kind != KIND_CORRECTION || app->store == NULL) {
		app_message(app, 1, "history: no current correction (] and [ choose one)");
		return -1;
	}
	free_lines(h);
	strbuf_addf(&title, "History of the correction \"%s\" (q goes back)",
		    a->anchor.exact ? a->anchor.exact : "");
	if (add_built(h, &title) != 0 ||
	    store_history_list(app->store, a->id, NULL, history_line, h, &err) != TANDA_OK) {
		app_message(app, 1, "history: %s", h->failed ? "out of memory" : err.message);
		free_lines(h);
		return -1;
	}
	if (h->failed)
		app_message(app, 1, "history: out of memory; the history is not complete");
	return 0;
}

/* It leaves, or the session ends: the lines go. */
static void history_release(void *state)
{
	free_lines(state);
}

/* It leaves. */
static void history_close(struct app *app, void *state)
{
	(void)app;
	free_lines(state);
}

/* The lines as a list that only scrolls, in step with the window. */
static struct list *lines_of(const struct app *app, struct history *h)
{
	h->list.rows = (size_t)app_text_rows(app);
	h->list.listed = NULL;
	h->list.selected = SIZE_MAX;
	return &h->list;
}

/* Draw the lines from the top one, the title as a title. */
static void history_draw(struct app *app, void *state)
{
	struct history *h = state;
	const struct list *l = lines_of(app, h);
	int y;

	erase();
	for (y = 0; y < app_text_rows(app) && l->top + (size_t)y < l->count; y++) {
		const char *text = h->lines[l->top + (size_t)y];
		int x = y ? 2 : 0;

		if (x < app->cols)
			draw_text(y, x, text, strlen(text), app->cols - x,
				  app->theme.attr[y || l->top ? ROLE_TEXT : ROLE_TITLE]);
	}
}

/* j, Down, Enter: one line down. */
static int history_down(struct app *app, void *state)
{
	list_scroll(lines_of(app, state), 1);
	return 1;
}

/* k, Up: one line up. */
static int history_up(struct app *app, void *state)
{
	list_scroll(lines_of(app, state), -1);
	return 1;
}

/* The history's actions: scrolling and going back; it ignores every
 * other. */
static screen_action_fn *const history_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = history_down,
	[ACTION_PREVIOUS] = history_up,
	[ACTION_BACK] = screen_pass,
};

const struct screen history_screen = {
	.name = "history",
	.flags = SCREEN_MODAL,
	.keymap = &keymap_history,
	.state_size = sizeof(struct history),
	.open = history_screen_open,
	.close = history_close,
	.release = history_release,
	.draw = history_draw,
	.action = history_actions,
};
