/*
 * screen-review.c - the review screen and the history screen.  The review keeps
 * the ids of the corrections it was opened on and looks each one up in the
 * overlay as it draws, so decisions (and their undoing) show at once.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "keymap.h"
#include "screen-review.h"
#include "store.h"
#include "strbuf.h"

/* The paragraph starts on this row of the review screen. */
enum { REVIEW_TEXT_ROW = 2 };

/* The overlay item of the review's correction i, or SIZE_MAX when it is
 * gone. */
static size_t item_of(const struct app *app, size_t i)
{
	return i < app->review.count ? overlay_find(&app->overlay, app->review.ids[i]) : SIZE_MAX;
}

/* Whether the review's correction i still waits for a decision (has the
 * status under review). */
static int waiting(const struct app *app, size_t i)
{
	size_t item = item_of(app, i);

	return item != SIZE_MAX && app->overlay.items[item].a.correction_status == app->review.status;
}

/* How many corrections still wait. */
static size_t left(const struct app *app)
{
	size_t i, n = 0;

	for (i = 0; i < app->review.count; i++)
		n += waiting(app, i) != 0;
	return n;
}

/* The first waiting correction from at on, round the end; SIZE_MAX when
 * none waits. */
static size_t next_waiting(const struct app *app, size_t at)
{
	size_t n;

	for (n = 0; n < app->review.count; n++) {
		size_t i = (at + n) % app->review.count;

		if (waiting(app, i))
			return i;
	}
	return SIZE_MAX;
}

/* Append id to the review's list; 0 on success. */
static int add_id(struct review *r, const char *id)
{
	char (*grown)[ANNOTATION_ID_SIZE] = realloc(r->ids, (r->count + 1) * sizeof *grown);

	if (grown == NULL)
		return -1;
	r->ids = grown;
	memcpy(grown[r->count++], id, ANNOTATION_ID_SIZE);
	return 0;
}

void review_free(struct review *review)
{
	size_t i;

	for (i = 0; i < review->history_list.count; i++)
		free(review->history[i]);
	free(review->history);
	free(review->ids);
	memset(review, 0, sizeof *review);
}

void review_open(struct app *app, enum correction_status status)
{
	struct review *r = &app->review;
	const struct overlay *o = &app->overlay;
	size_t i;

	if (app->store == NULL) {
		app_message(app, 1, "review: no annotation database");
		return;
	}
	free(r->ids);
	r->ids = NULL;
	r->count = r->at = 0;
	r->status = status;
	for (i = 0; i < o->count; i++)
		if (o->items[i].a.kind == KIND_CORRECTION && o->items[i].a.correction_status == status &&
		    add_id(r, o->items[i].a.id) != 0) {
			app_message(app, 1, "out of memory");
			return;
		}
	if (app->screen != &review_screen)
		r->under = app->screen;
	app->screen = &review_screen;
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
	char text[1024];

	snprintf(text, sizeof text, "%s correction, %s, proposed by %s at %.10s %.5s",
		 correction_kind_names[a->correction_kind] ? correction_kind_names[a->correction_kind]
							   : "a",
		 correction_status_names[a->correction_status], a->author ? a->author : "?",
		 a->created, a->created + (a->created[0] ? 11 : 0));
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
		snprintf(text, sizeof text, "reviewed by %s at %.10s %.5s", a->reviewed_by,
			 a->reviewed_at, a->reviewed_at + (a->reviewed_at[0] ? 11 : 0));
		y = line(app, y, 2, text, ROLE_TEXT);
	}
	return y;
}

/* Draw the review: the counter, the correction in its paragraph, its
 * fields and the keys; or that none is left. */
static void review_draw(struct app *app)
{
	struct review *r = &app->review;
	size_t shown = next_waiting(app, r->at), item;
	char title[256];
	int y;

	erase();
	for (y = 0; y < app->rows; y++)
		app->row_para[y] = SIZE_MAX;
	snprintf(title, sizeof title, "Review: %s corrections, %zu of %zu left",
		 correction_status_names[r->status], left(app), r->count);
	line(app, 0, 0, title, ROLE_TITLE);
	if (shown == SIZE_MAX) {
		snprintf(title, sizeof title, "No %s correction left.  q leaves.",
			 correction_status_names[r->status]);
		line(app, REVIEW_TEXT_ROW, 2, title, ROLE_TEXT);
		return;
	}
	r->at = shown;
	item = item_of(app, shown);
	snprintf(title, sizeof title, "Paragraph %zu:", app->overlay.items[item].para + 1);
	y = line(app, REVIEW_TEXT_ROW, 0, title, ROLE_NUMBER);
	y = draw_paragraph(app, y, &app->overlay.items[item]);
	y = draw_fields(app, y + 1, &app->overlay.items[item]);
	line(app, y + 1, 2, "y accept   n reject   e edit the replacement   s skip   u undo   q leave",
	     ROLE_NUMBER);
}

/* The correction the review shows, or NULL. */
static const struct annotation *shown_correction(const struct app *app)
{
	size_t i = next_waiting(app, app->review.at);
	size_t item = item_of(app, i);

	return item == SIZE_MAX ? NULL : &app->overlay.items[item].a;
}

/* The review's keys; u, C-r, ':' and the help go on to the app. */
static int review_key(struct app *app, const struct key *key)
{
	const struct annotation *a = shown_correction(app);
	uint32_t c = key->kind == KEY_KIND_CHAR ? key->code : 0;

	if (c == 'q' || c == KEY_ESCAPE) {
		app->screen = app->review.under ? app->review.under : &reader_screen;
		return 1;
	}
	if (c == 'u' || c == KEY_CTRL('r'))
		app->review.at = 0;	/* the undone decision waits again: show the first */
	if (c == 'u' || c == KEY_CTRL('r') || c == ':' || keymap_lookup(key) == ACTION_HELP ||
	    keymap_lookup(key) == ACTION_REDRAW)
		return 0;
	if (a == NULL)
		return 1;
	if (c == 'y' || c == 'n' || c == 'e')
		annotate_review(app, a, c == 'y' ? REVIEW_ACCEPT : c == 'n' ? REVIEW_REJECT : REVIEW_EDIT);
	else if (c == 's')
		app->review.at = (next_waiting(app, app->review.at) + 1) % app->review.count;
	return 1;
}

const struct screen review_screen = {
	.name = "review",
	.draw = review_draw,
	.key = review_key,
};

/* Append a line to the history screen, taking over text (freed on
 * failure); 0 on success. */
static int add_history_line(struct review *r, char *text)
{
	char **grown;

	if (text == NULL)
		return -1;
	grown = realloc(r->history, (r->history_list.count + 1) * sizeof *grown);
	if (grown == NULL) {
		free(text);
		return -1;
	}
	r->history = grown;
	grown[r->history_list.count++] = text;
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

/* store_history_list callback: one line per change. */
static int history_line(void *context, const struct correction_event *e)
{
	struct strbuf sb = STRBUF_INIT;

	describe_event(&sb, e);
	if (sb.failed) {
		strbuf_release(&sb);
		return 1;
	}
	return add_history_line(context, strbuf_detach(&sb, NULL)) != 0;
}

/* The correction :history is about: the review's, else the current one. */
static const struct annotation *history_subject(const struct app *app)
{
	if (app->screen == &review_screen)
		return shown_correction(app);
	if (app->current < app->overlay.count)
		return &app->overlay.items[app->current].a;
	return NULL;
}

void review_history(struct app *app)
{
	const struct annotation *a = history_subject(app);
	struct review *r = &app->review;
	struct tanda_error err;
	struct strbuf title = STRBUF_INIT;
	size_t i;

	if (a == NULL || a->kind != KIND_CORRECTION || app->store == NULL) {
		app_message(app, 1, "history: no current correction (] and [ choose one)");
		return;
	}
	for (i = 0; i < r->history_list.count; i++)
		free(r->history[i]);
	list_init(&r->history_list);
	strbuf_addf(&title, "History of the correction \"%s\" (q goes back)",
		    a->anchor.exact ? a->anchor.exact : "");
	if (add_history_line(r, title.failed ? NULL : strbuf_detach(&title, NULL)) != 0) {
		strbuf_release(&title);
		app_message(app, 1, "history: out of memory");
		return;
	}
	if (store_history_list(app->store, a->id, NULL, history_line, r, &err) != TANDA_OK) {
		app_message(app, 1, "history: %s", err.message);
		return;
	}
	r->under_history = app->screen;
	app->screen = &history_screen;
}

/* The history's lines as a list that only scrolls, in step with the
 * window. */
static struct list *lines_of(struct app *app)
{
	struct list *l = &app->review.history_list;

	l->rows = (size_t)app_text_rows(app);
	return l;
}

/* Draw the history lines from the top one. */
static void history_draw(struct app *app)
{
	struct review *r = &app->review;
	const struct list *l = lines_of(app);
	int y;

	erase();
	for (y = 0; y < app->rows; y++)
		app->row_para[y] = SIZE_MAX;
	for (y = 0; y < app_text_rows(app) && l->top + (size_t)y < l->count; y++)
		line(app, y, y ? 2 : 0, r->history[l->top + (size_t)y],
		     y || l->top ? ROLE_TEXT : ROLE_TITLE);
}

/* The history's keys: j and k scroll, q and Esc go back. */
static int history_key(struct app *app, const struct key *key)
{
	struct review *r = &app->review;
	enum action action = keymap_lookup(key);

	if ((key->kind == KEY_KIND_CHAR && key->code == KEY_ESCAPE) || action == ACTION_QUIT)
		app->screen = r->under_history ? r->under_history : &reader_screen;
	else if (action == ACTION_NEXT || action == ACTION_PREVIOUS)
		list_scroll(lines_of(app), action == ACTION_NEXT ? 1 : -1);
	return 1;
}

const struct screen history_screen = {
	.name = "history",
	.draw = history_draw,
	.key = history_key,
};
