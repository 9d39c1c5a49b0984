/*
 * screen-review.c - the review screen: the article's corrections of one
 * status (proposed, or accepted to revisit them), one at a time in text
 * order, each in its paragraph with the wrong words marked and the
 * replacement beside them; y accepts, n rejects, e edits the replacement,
 * s skips.  Its state is private: the ids of the corrections it was opened
 * on, looked up in the overlay as it draws, so decisions (and their
 * undoing) show at once.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "app.h"
#include "draw.h"
#include "grow.h"
#include "keymap.h"
#include "screen-history.h"
#include "screen-review.h"
#include "zone.h"

/* The paragraph starts on this row of the review screen. */
enum { REVIEW_TEXT_ROW = 2 };

/* The review's state. */
struct review {
	char (*ids)[ANNOTATION_ID_SIZE];	/* the corrections under review, text order */
	size_t count, alloc;
	size_t at;				/* the one shown (or the next to look at) */
	enum correction_status status;		/* which ones: proposed or accepted */
};

/* The overlay item of the review's correction i, or SIZE_MAX when it is
 * gone. */
static size_t item_of(const struct app *app, const struct review *r, size_t i)
{
	return i < r->count ? overlay_find(&app->overlay, r->ids[i]) : SIZE_MAX;
}

/* Whether the review's correction i still waits for a decision (has the
 * status under review). */
static int waiting(const struct app *app, const struct review *r, size_t i)
{
	size_t item = item_of(app, r, i);

	return item != SIZE_MAX && app->overlay.items[item].a.correction_status == r->status;
}

/* How many corrections still wait. */
static size_t left(const struct app *app, const struct review *r)
{
	size_t i, n = 0;

	for (i = 0; i < r->count; i++)
		n += waiting(app, r, i) != 0;
	return n;
}

/* The first waiting correction from at on, round the end; SIZE_MAX when
 * none waits. */
static size_t next_waiting(const struct app *app, const struct review *r, size_t at)
{
	size_t n;

	for (n = 0; n < r->count; n++) {
		size_t i = (at + n) % r->count;

		if (waiting(app, r, i))
			return i;
	}
	return SIZE_MAX;
}

/* Take the overlay's corrections of status, in text order, from the
 * first; 0 on success, else the status line says why. */
static int fill(struct app *app, struct review *r, enum correction_status status)
{
	const struct overlay *o = &app->overlay;
	size_t i;

	r->count = r->at = 0;
	r->status = status;
	for (i = 0; i < o->count; i++) {
		if (o->items[i].a.kind != KIND_CORRECTION || o->items[i].a.correction_status != status)
			continue;
		if (GROW(r->ids, r->alloc, r->count + 1) != 0) {
			app_message(app, 1, "out of memory");
			return -1;
		}
		memcpy(r->ids[r->count++], o->items[i].a.id, ANNOTATION_ID_SIZE);
	}
	return 0;
}

/* The status :review's argument names (none: proposed), in *status; 0 on
 * success, else the status line says why. */
static int argument_status(struct app *app, enum correction_status *status)
{
	if (app->argument[0] == '\0' || strcmp(app->argument, "proposed") == 0)
		*status = CORRECTION_PROPOSED;
	else if (strcmp(app->argument, "accepted") == 0)
		*status = CORRECTION_ACCEPTED;
	else {
		app_message(app, 1, "review: \"%s\" is not proposed or accepted", app->argument);
		return -1;
	}
	return 0;
}

void review_open(struct app *app)
{
	enum correction_status status;

	if (argument_status(app, &status) == 0)
		(void)app_push(app, &review_screen, &status);
}

/* Shown: the corrections of the status at arg. */
static int review_screen_open(struct app *app, void *state, const void *arg)
{
	if (app->store == NULL) {
		app_message(app, 1, "review: no annotation database");
		return -1;
	}
	return fill(app, state, *(const enum correction_status *)arg);
}

/* It leaves, or the session ends: the ids go. */
static void review_release(void *state)
{
	struct review *r = state;

	free(r->ids);
	r->ids = NULL;
	r->count = r->alloc = r->at = 0;
}

/* It leaves. */
static void review_close(struct app *app, void *state)
{
	(void)app;
	review_release(state);
}

/* Draw text at row y, column x, cut to the window, in role. */
static int line(struct app *app, int y, int x, const char *text, enum role role)
{
	if (y >= app_text_rows(app) || x >= app->cols)
		return y + 1;
	draw_text(y, x, text, strlen(text), app->cols - x, app->theme.attr[role]);
	return y + 1;
}

/* Draw the paragraph of item from row y with its wrong words marked;
 * returns the row after it. */
static int draw_paragraph(struct app *app, int y, const struct overlay_item *item)
{
	const struct paragraph *p = &app->article->paragraphs[item->para];
	const struct wrapped *w = wrap_paragraph(app->focus_wrap, item->para);
	struct highlight mark = { item->start, item->end, ROLE_CORRECTION };
	size_t i;

	for (i = 0; w != NULL && i < w->count && y < app_text_rows(app); i++, y++)
		draw_highlighted(y, 2, app->article->text, p->start + w->lines[i].start,
				 w->lines[i].len, app->cols - 2, app->theme.attr[ROLE_TEXT], &mark,
				 item->start < item->end, &app->theme);
	return y;
}

/* Draw correction item's fields from row y; returns the row after. */
static int draw_fields(struct app *app, int y, const struct overlay_item *item)
{
	const struct annotation *a = &item->a;
	char text[1024], when[ZONE_TIME_SIZE];

	zone_format(a->created, when, sizeof when);
	snprintf(text, sizeof text, "%s correction, %s, proposed by %s at %s",
		 correction_kind_names[a->correction_kind] ? correction_kind_names[a->correction_kind]
							   : "a",
		 correction_status_names[a->correction_status], a->author ? a->author : "?", when);
	y = line(app, y, 2, text, ROLE_DETAILS);
	snprintf(text, sizeof text, "wrong:        %s", a->anchor.exact ? a->anchor.exact : "");
	y = line(app, y, 2, text, ROLE_TEXT);
	snprintf(text, sizeof text, "replacement:  %s",
		 a->replacement && a->replacement[0] ? a->replacement : "(none yet: y asks for it)");
	y = line(app, y, 2, text, ROLE_TITLE);
	if (a->note != NULL) {
		snprintf(text, sizeof text, "note:         %s", a->note);
		y = line(app, y, 2, text, ROLE_TEXT);
	}
	if (a->reviewed_by != NULL) {
		zone_format(a->reviewed_at, when, sizeof when);
		snprintf(text, sizeof text, "reviewed by %s at %s", a->reviewed_by, when);
		y = line(app, y, 2, text, ROLE_TEXT);
	}
	return y;
}

/* Draw the review: the counter, the correction in its paragraph, its
 * fields and the keys; or that none is left. */
static void review_draw(struct app *app, void *state)
{
	struct review *r = state;
	size_t shown = next_waiting(app, r, r->at), item;
	char title[256];
	int y;

	erase();
	snprintf(title, sizeof title, "Review: %s corrections, %zu of %zu left",
		 correction_status_names[r->status], left(app, r), r->count);
	line(app, 0, 0, title, ROLE_TITLE);
	if (shown == SIZE_MAX) {
		snprintf(title, sizeof title, "No %s correction left.  q leaves.",
			 correction_status_names[r->status]);
		line(app, REVIEW_TEXT_ROW, 2, title, ROLE_TEXT);
		return;
	}
	r->at = shown;
	item = item_of(app, r, shown);
	snprintf(title, sizeof title, "Paragraph %zu:", app->overlay.items[item].para + 1);
	y = line(app, REVIEW_TEXT_ROW, 0, title, ROLE_NUMBER);
	y = draw_paragraph(app, y, &app->overlay.items[item]);
	y = draw_fields(app, y + 1, &app->overlay.items[item]);
	line(app, y + 1, 2, "y accept   n reject   e edit the replacement   s skip   u undo   q leave",
	     ROLE_NUMBER);
}

/* The correction the review shows, or NULL. */
static const struct annotation *shown_correction(const struct app *app, const struct review *r)
{
	size_t item = item_of(app, r, next_waiting(app, r, r->at));

	return item == SIZE_MAX ? NULL : &app->overlay.items[item].a;
}

/* Decide on the correction shown, when there is one. */
static int decide(struct app *app, const struct review *r, enum review_decision decision)
{
	const struct annotation *a = shown_correction(app, r);

	if (a != NULL)
		annotate_review(app, a, decision);
	return 1;
}

/* y: accept the correction shown. */
static int review_accept(struct app *app, void *state)
{
	return decide(app, state, REVIEW_ACCEPT);
}

/* n: reject it, asking why. */
static int review_reject(struct app *app, void *state)
{
	return decide(app, state, REVIEW_REJECT);
}

/* e: edit its replacement. */
static int review_edit(struct app *app, void *state)
{
	return decide(app, state, REVIEW_EDIT);
}

/* s: the next one waiting; this one waits for later. */
static int review_skip(struct app *app, void *state)
{
	struct review *r = state;

	if (shown_correction(app, r) != NULL)
		r->at = (next_waiting(app, r, r->at) + 1) % r->count;
	return 1;
}

/* u, C-r: the undone (or redone) decision may wait again: show the
 * first; the undoing itself is the global action's. */
static int review_undo(struct app *app, void *state)
{
	struct review *r = state;

	(void)app;
	r->at = 0;
	return 0;
}

/* :history: the history of the correction shown. */
static int review_history(struct app *app, void *state)
{
	history_open(app, shown_correction(app, state));
	return 1;
}

/* :review [accepted] while reviewing: the corrections of that status,
 * from the first. */
static int review_again(struct app *app, void *state)
{
	enum correction_status status;

	if (argument_status(app, &status) == 0)
		(void)fill(app, state, status);
	return 1;
}

/* The review's own meaning of the actions; moving and searching mean
 * nothing here, and the rest (':', the help, the commands) are the global
 * ones. */
static screen_action_fn *const review_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = screen_ignore,
	[ACTION_PREVIOUS] = screen_ignore,
	[ACTION_PAGE_DOWN] = screen_ignore,
	[ACTION_PAGE_UP] = screen_ignore,
	[ACTION_HALF_DOWN] = screen_ignore,
	[ACTION_HALF_UP] = screen_ignore,
	[ACTION_FIRST] = screen_ignore,
	[ACTION_LAST] = screen_ignore,
	[ACTION_SEARCH_FORWARD] = screen_ignore,
	[ACTION_SEARCH_BACKWARD] = screen_ignore,
	[ACTION_SEARCH_NEXT] = screen_ignore,
	[ACTION_SEARCH_PREVIOUS] = screen_ignore,
	[ACTION_UNDO] = review_undo,
	[ACTION_REDO] = review_undo,
	[ACTION_REVIEW] = review_again,
	[ACTION_HISTORY] = review_history,
	[ACTION_ACCEPT] = review_accept,
	[ACTION_REJECT] = review_reject,
	[ACTION_EDIT_REPLACEMENT] = review_edit,
	[ACTION_SKIP] = review_skip,
};

const struct screen review_screen = {
	.name = "review",
	.keymap = &keymap_review,
	.state_size = sizeof(struct review),
	.open = review_screen_open,
	.close = review_close,
	.release = review_release,
	.draw = review_draw,
	.action = review_actions,
};
