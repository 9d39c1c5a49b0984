/*
 * screen-history.c - the history screen: every change of one correction
 * (when, in local time; who, what, from which status and replacement to
 * which, a rejection's or an unpublishing's reason, where it was published
 * to), as the store keeps it; U takes a published correction back.  Its
 * state is private: the correction's id, the lines, read when it opens
 * (and again when the correction changes) and freed when it closes, and
 * the list that scrolls them.
 */
#include <curses.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "app.h"
#include "draw.h"
#include "grow.h"
#include "keymap.h"
#include "list.h"
#include "screen-history.h"
#include "store.h"
#include "strbuf.h"
#include "zone.h"

/* The history's state. */
struct history {
	char id[ANNOTATION_ID_SIZE];		/* the correction's */
	char read_at[ANNOTATION_TIME_SIZE];	/* its modified time when read */
	enum correction_status read_status;	/* and its status */
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

/* Append one change e to sb as the history shows it: when (local, with
 * its zone), who, what, what it changed, why, and where it was published
 * to.  The fields come from the store (an author's name
 * has no length limit), so the line grows as it needs to. */
static void describe_event(struct strbuf *sb, const struct correction_event *e)
{
	char when[ZONE_TIME_SIZE];

	zone_format(e->at, when, sizeof when);
	strbuf_addf(sb, "%s  %-10s %-9s", when, e->who ? e->who : "?",
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
	if (e->place != NULL)
		strbuf_addf(sb, "  to %s", e->place);
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

/* Read the history of correction a from the store into h; the status
 * line says why when there is none to show.  0 on success. */
static int read_history(struct app *app, struct history *h, const struct annotation *a)
{
	struct strbuf title = STRBUF_INIT;
	struct tanda_error err;

	free_lines(h);
	memcpy(h->id, a->id, sizeof h->id);
	memcpy(h->read_at, a->modified, sizeof h->read_at);
	h->read_status = a->correction_status;
	strbuf_addf(&title, "History of the correction \"%s\" (%sq goes back)",
		    a->anchor.exact ? a->anchor.exact : "",
		    a->correction_status == CORRECTION_PUBLISHED ? "U takes it back, " : "");
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

/* Shown: the history of the correction at arg, read from the store. */
static int history_screen_open(struct app *app, void *state, const void *arg)
{
	const struct annotation *a = arg;

	if (a == NULL || a->kind != KIND_CORRECTION || app->store == NULL) {
		app_message(app, 1, "history: no current correction (] and [ choose one)");
		return -1;
	}
	return read_history(app, state, a);
}

/* The correction the history is of, as the overlay has it now, or NULL. */
static const struct annotation *correction_of(const struct app *app, const struct history *h)
{
	size_t item = overlay_find(&app->overlay, h->id);

	return item == SIZE_MAX ? NULL : &app->overlay.items[item].a;
}

/* Read the history again when the correction changed since (U, undo):
 * its status, or its modified time (to the second). */
static void reread_if_changed(struct app *app, struct history *h)
{
	const struct annotation *a = correction_of(app, h);

	if (a != NULL && (strcmp(a->modified, h->read_at) != 0 ||
			  a->correction_status != h->read_status))
		(void)read_history(app, h, a);
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
	const struct list *l;
	int y;

	reread_if_changed(app, h);
	l = lines_of(app, h);
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

/* U: take the correction back, when it is published, asking why. */
static int history_unpublish(struct app *app, void *state)
{
	const struct annotation *a = correction_of(app, state);

	if (a == NULL)
		app_message(app, 1, "unpublish: the correction is not in this article");
	else
		annotate_review(app, a, REVIEW_UNPUBLISH);
	return 1;
}

/* The history's actions: scrolling, going back, taking a published
 * correction back; it ignores every other. */
static screen_action_fn *const history_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = history_down,
	[ACTION_PREVIOUS] = history_up,
	[ACTION_BACK] = screen_pass,
	[ACTION_UNPUBLISH] = history_unpublish,
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
