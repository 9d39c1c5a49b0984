/*
 * screen-list.c - the annotation list's screen: the open article's
 * annotations in text order, one a row (paragraph, kind, anchor state,
 * text, tags), filtered by fields (':filter') and by text ('/').  On a
 * wide window it is a side panel on the right with the reader beside it;
 * on a narrow one it takes the whole window.  Enter jumps to the selected
 * annotation; y and n confirm or detach a fuzzy anchor.
 *
 * Its state is private: the filter (kept while the session lasts, so
 * the list opens again as it was filtered), and the list over the
 * overlay (list.c).  The selection is an overlay index with the
 * annotation's id beside it, so that it follows its annotation when the
 * overlay changes under it, and falls on a neighbour when it goes away.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "annotate.h"
#include "draw.h"
#include "filter.h"
#include "keymap.h"
#include "list.h"
#include "screen-list.h"
#include "screen-reader.h"
#include "strbuf.h"

/* A window at least this wide gets the side panel, not the full list. */
#define PANEL_SIDE_MIN_COLS 100

/* The side panel's share of the window, in percent, and its least width. */
#define PANEL_SIDE_PERCENT 40
#define PANEL_SIDE_MIN_WIDTH 36

/* The columns the quoted text keeps on a row before the tags get any. */
#define PANEL_QUOTE_MIN 12

#define SEPARATOR "\xE2\x94\x82"	/* U+2502 BOX DRAWINGS LIGHT VERTICAL */
#define OPEN_QUOTE "\xE2\x80\x9C"	/* U+201C */
#define CLOSE_QUOTE "\xE2\x80\x9D"	/* U+201D */
#define ELLIPSIS "\xE2\x80\xA6"		/* U+2026 */

/* The list's state. */
struct panel {
	struct filter filter;		/* which annotations are listed */
	struct list list;		/* over the overlay's items: the selected row
					 * and the first shown */
	char selected_id[ANNOTATION_ID_SIZE];	/* the selected one's id, to find it
						 * again when the overlay changes
						 * ("": none) */
	const struct overlay *overlay;	/* what the filter looks at: the app's */
};

/* The mark before the name of an anchor state shown in the list (0: the
 * state is not shown). */
static const char state_marks[ANCHOR_STATE_COUNT] = { 0, '~', '?', 0 };

/* Where the list is drawn: its first column, its width, and the rows of
 * annotations under its header line. */
struct area {
	int x, width, rows;
};

/* Where a row is being drawn: the next column, the row's end, its look. */
struct pen {
	int y, x, end;
	int selected;
	const struct theme *theme;
};

/* The columns the side panel takes at the right of the window, its
 * separator included: 0 on a window too narrow for it (the list takes
 * the whole window).  The reader wraps to the rest while it is open. */
static int list_side(const struct app *app)
{
	int width = app->cols * PANEL_SIDE_PERCENT / 100;

	if (app->cols < PANEL_SIDE_MIN_COLS)
		return 0;
	return width < PANEL_SIDE_MIN_WIDTH ? PANEL_SIDE_MIN_WIDTH : width;
}

/* The rows of annotations the list shows under its header (at least 1). */
static int list_rows(const struct app *app)
{
	int rows = app_text_rows(app) - 1;

	return rows < 1 ? 1 : rows;
}

/* Where the list goes in the current window. */
static struct area panel_area(const struct app *app)
{
	struct area area;
	int side = list_side(app);

	area.x = side > 0 ? app->cols - side + 1 : 0;
	area.width = side > 0 ? side - 1 : app->cols;
	area.rows = list_rows(app);
	return area;
}

/* list's filter: whether overlay item i is listed under the panel's. */
static int listed(const void *items, size_t i)
{
	const struct panel *p = items;

	return filter_match(&p->filter, &p->overlay->items[i].a);
}

/* The list over the overlay, in step with it and the window. */
static struct list *rows_of(struct app *app, struct panel *p)
{
	struct list *l = &p->list;

	p->overlay = &app->overlay;
	l->count = app->overlay.count;
	l->rows = (size_t)list_rows(app);
	l->listed = filter_is_empty(&p->filter) ? NULL : listed;
	l->items = p;
	return l;
}

/* Remember the selected annotation's id, to find it again when the
 * overlay changes. */
static void note_selection(const struct app *app, struct panel *p)
{
	p->selected_id[0] = '\0';
	if (p->list.selected != SIZE_MAX)
		memcpy(p->selected_id, app->overlay.items[p->list.selected].a.id,
		       sizeof p->selected_id);
}

/* Select overlay item i (SIZE_MAX: none). */
static void select_item(const struct app *app, struct panel *p, size_t i)
{
	p->list.selected = i;
	note_selection(app, p);
}

/* Where the selected annotation is now: found by its id when the overlay
 * changed, else the item that took its place (the first when there was
 * none, the last past the end). */
static size_t find_selected(const struct app *app, const struct panel *p)
{
	const struct overlay *o = &app->overlay;
	size_t found, selected = p->list.selected;

	if (selected < o->count && strcmp(o->items[selected].a.id, p->selected_id) == 0)
		return selected;
	found = p->selected_id[0] != '\0' ? overlay_find(o, p->selected_id) : SIZE_MAX;
	if (found != SIZE_MAX)
		return found;
	if (selected == SIZE_MAX)
		return 0;
	return selected < o->count ? selected : o->count - 1;
}

/* Bring the selection and scrolling in step with the overlay, the filter
 * and the window: the selection on its annotation (or the nearest listed
 * one), and in view; the reader's height follows the details line, which
 * shows the selected one. */
static struct list *settle(struct app *app, struct panel *p)
{
	struct list *l = rows_of(app, p);

	select_item(app, p, app->overlay.count ? list_nearest(l, find_selected(app, p)) : SIZE_MAX);
	view_set_rows(&app->view, app_text_rows(app));
	l->rows = (size_t)list_rows(app);
	list_show_selected(l);
	return l;
}

/* The details line shows the selected row's annotation. */
static size_t panel_detailed(const struct app *app, const void *state)
{
	const struct panel *p = state;

	return p->list.selected < app->overlay.count ? p->list.selected : SIZE_MAX;
}

/* The annotation to select on opening: the current one, else the first
 * at or after the focused paragraph, else the last; SIZE_MAX if none. */
static size_t opening_selection(const struct app *app)
{
	const struct overlay *o = &app->overlay;
	size_t first;

	if (o->count == 0)
		return SIZE_MAX;
	if (app->current < o->count)
		return app->current;
	first = overlay_para_first(o, app->view.focus);
	return first < o->count ? first : o->count - 1;
}

/* Shown: the current annotation selected (or the first at or after the
 * focused paragraph), a third of the way down. */
static int panel_open(struct app *app, void *state, const void *arg)
{
	struct panel *p = state;

	(void)arg;
	select_item(app, p, opening_selection(app));
	p->list.top = SIZE_MAX;
	settle(app, p);
	return 0;
}

/* The session ends: the filter goes. */
static void panel_release(void *state)
{
	struct panel *p = state;

	filter_clear(&p->filter);
}

/* '/' typed text: filter the list by it (NULL or "" drops the text
 * condition); a failure goes to the status line. */
static void panel_search(struct app *app, void *state, const char *text)
{
	struct panel *p = state;
	struct tanda_error err;

	tanda_error_clear(&err);
	if (filter_set_text(&p->filter, text, &err) != TANDA_OK) {
		app_message(app, 1, "%s", err.message);
		return;
	}
	p->list.top = SIZE_MAX;
}

void list_filter(struct app *app, const char *argument)
{
	struct panel *p = app_state(app, &list_screen);
	struct tanda_error err;

	if (p == NULL) {
		app_message(app, 1, "out of memory");
		return;
	}
	if (filter_parse(&p->filter, argument, &err) != TANDA_OK) {
		app_message(app, 1, "%s", err.message);
		return;
	}
	p->list.top = SIZE_MAX;
	(void)app_push(app, &list_screen, NULL);
}

/* Fill width columns of row y from column x with spaces in attr. */
static void fill(int y, int x, int width, unsigned long attr)
{
	static const char spaces[] = "                                ";

	while (width > 0) {
		int n = width < (int)sizeof spaces - 1 ? width : (int)sizeof spaces - 1;

		x += draw_text(y, x, spaces, (size_t)n, n, attr);
		width -= n;
	}
}

/* Draw len bytes of s with the pen in role (the selection's look on the
 * selected row), cut at the row's end. */
static void put(struct pen *pen, const char *s, size_t len, enum role role)
{
	int room = pen->end - pen->x;

	if (room > 0)
		pen->x += draw_text(pen->y, pen->x, s, len, room,
				    pen->theme->attr[pen->selected ? ROLE_MATCH_CURRENT : role]);
}

/* Draw the string s with the pen in role. */
static void put_string(struct pen *pen, const char *s, enum role role)
{
	put(pen, s, strlen(s), role);
}

/* Write into buf what a row shows of a after its words, by kind: a
 * correction's replacement, a claim's status, a quote's speaker. */
static void kind_extra(const struct annotation *a, char *buf, size_t size)
{
	buf[0] = '\0';
	if (a->kind == KIND_CORRECTION)
		snprintf(buf, size, " \xE2\x86\x92 %s", a->replacement ? a->replacement : "");
	else if (a->kind == KIND_CLAIM && (unsigned)a->claim < CLAIM_COUNT)
		snprintf(buf, size, " [%s]", claim_status_names[a->claim]);
	else if (a->kind == KIND_QUOTE && a->speaker != NULL)
		snprintf(buf, size, " \xE2\x80\x94 %s", a->speaker);
}

/* The columns a's quoted text may take on the pen's row: what the kind's
 * extra (extra_width) and the tags leave, but at least PANEL_QUOTE_MIN
 * (when there is that much room). */
static int quote_width(const struct pen *pen, const struct annotation *a, int extra_width)
{
	int room = pen->end - pen->x, tags = extra_width, least;
	size_t i;

	for (i = 0; i < a->ntags; i++)
		tags += 2 + wrap_text_width(a->tags[i], strlen(a->tags[i]));
	least = room < PANEL_QUOTE_MIN ? room : PANEL_QUOTE_MIN;
	return room - tags > least ? room - tags : least;
}

/* Draw text between quotes in at most width columns, cut with an
 * ellipsis when it does not fit. */
static void put_quote(struct pen *pen, const char *text, int width)
{
	size_t len = text != NULL ? strlen(text) : 0, fit;
	int cut;

	if (width < 3)
		return;
	fit = wrap_fit(text, len, width - 2);
	cut = fit < len;
	if (cut)
		fit = wrap_fit(text, len, width - 3);
	put_string(pen, OPEN_QUOTE, ROLE_TEXT);
	put(pen, text, fit, ROLE_TEXT);
	if (cut)
		put_string(pen, ELLIPSIS, ROLE_TEXT);
	put_string(pen, CLOSE_QUOTE, ROLE_TEXT);
}

/* Draw the tags of a as " #tag #tag". */
static void put_tags(struct pen *pen, const struct annotation *a)
{
	size_t i;

	for (i = 0; i < a->ntags; i++) {
		put_string(pen, " #", ROLE_NUMBER);
		put_string(pen, a->tags[i], ROLE_NUMBER);
	}
}

/* Draw the row of overlay item i at row y: paragraph, kind, anchor state,
 * quoted text (a correction's replacement, a claim's status, a quote's
 * speaker after it), tags. */
static void draw_item(struct app *app, const struct panel *p, const struct area *area, int y,
		      size_t i)
{
	const struct overlay_item *item = &app->overlay.items[i];
	const struct annotation *a = &item->a;
	struct pen pen = { .y = y, .x = area->x, .end = area->x + area->width,
			   .selected = i == p->list.selected, .theme = &app->theme };
	char word[64], extra[256];
	int n;

	if (pen.selected)
		fill(y, area->x, area->width, app->theme.attr[ROLE_MATCH_CURRENT]);
	n = snprintf(word, sizeof word, "%*zu ", app->gutter - 3, item->para + 1);
	put(&pen, word, (size_t)n, ROLE_NUMBER);
	n = snprintf(word, sizeof word, "%-5s ",
		     a->kind < KIND_COUNT ? filter_kind_short_names[a->kind] : "?");
	put(&pen, word, (size_t)n, ROLE_TITLE);
	if (a->anchor.state < ANCHOR_STATE_COUNT && state_marks[a->anchor.state] != 0) {
		n = snprintf(word, sizeof word, "%c%s ", state_marks[a->anchor.state],
			     anchor_state_names[a->anchor.state]);
		put(&pen, word, (size_t)n, ROLE_ERROR);
	}
	kind_extra(a, extra, sizeof extra);
	put_quote(&pen, a->kind == KIND_CORRECTION ? annotation_wrong_words(a) : a->anchor.exact,
		  quote_width(&pen, a, wrap_text_width(extra, strlen(extra))));
	put_string(&pen, extra, ROLE_TITLE);
	put_tags(&pen, a);
}

/* Draw the header line (how many are listed, the filter), and the line
 * saying why nothing is when the list is empty. */
static void draw_header(struct app *app, const struct panel *p, const struct list *l,
			const struct area *area)
{
	char line[512], filter[400];
	size_t shown = list_count_listed(l), total = app->overlay.count;

	filter_describe(&p->filter, filter, sizeof filter);
	if (filter[0] == '\0')
		snprintf(line, sizeof line, "annotations: %zu", total);
	else
		snprintf(line, sizeof line, "annotations: %zu of %zu, %s", shown, total, filter);
	draw_text(0, area->x, line, strlen(line), area->width, app->theme.attr[ROLE_TITLE]);
	if (shown > 0)
		return;
	if (filter[0] == '\0' || total == 0)
		snprintf(line, sizeof line, "no annotations");
	else
		snprintf(line, sizeof line, "no annotation matches %s", filter);
	draw_text(1, area->x, line, strlen(line), area->width, app->theme.attr[ROLE_TEXT]);
}

/* Draw the listed items from the top one down. */
static void draw_items(struct app *app, const struct panel *p, const struct list *l,
		       const struct area *area)
{
	size_t i = l->top;
	int y;

	for (y = 1; y <= area->rows && i != SIZE_MAX; y++) {
		draw_item(app, p, area, y, i);
		i = list_from(l, i + 1);
	}
}

/* Draw the reader, then clear the side panel's columns and its separator. */
static void draw_under_side(struct app *app, const struct area *area)
{
	int y, rows = app_text_rows(app);

	reader_screen.draw(app, app_state(app, &reader_screen));
	for (y = 0; y < rows; y++) {
		move(y, area->x - 1);
		clrtoeol();
		draw_text(y, area->x - 1, SEPARATOR, sizeof SEPARATOR - 1, 1,
			  app->theme.attr[ROLE_NUMBER]);
	}
}

/* Draw the list: beside the reader on a wide window, else alone. */
static void panel_draw(struct app *app, void *state)
{
	struct panel *p = state;
	struct area area = panel_area(app);
	const struct list *l = settle(app, p);

	if (area.x > 0)
		draw_under_side(app, &area);
	else
		erase();
	draw_header(app, p, l, &area);
	draw_items(app, p, l, &area);
}

/* Move the selection by delta rows, or a page (the top row as well). */
static void move_by(struct app *app, struct panel *p, long delta, int page)
{
	struct list *l = settle(app, p);

	if (page)
		list_page(l, delta);
	else
		list_move(l, delta);
	note_selection(app, p);
}

/* j, Down: the next row (5j: the fifth). */
static int panel_down(struct app *app, void *state)
{
	move_by(app, state, (long)app_count(app, app->overlay.count), 0);
	return 1;
}

/* k, Up: the previous row (5k: the fifth). */
static int panel_up(struct app *app, void *state)
{
	move_by(app, state, -(long)app_count(app, app->overlay.count), 0);
	return 1;
}

/* Space, PgDn: a page down. */
static int panel_page_down(struct app *app, void *state)
{
	move_by(app, state, list_rows(app), 1);
	return 1;
}

/* b, PgUp: a page up. */
static int panel_page_up(struct app *app, void *state)
{
	move_by(app, state, -list_rows(app), 1);
	return 1;
}

/* C-d: half a page down. */
static int panel_half_down(struct app *app, void *state)
{
	move_by(app, state, (list_rows(app) + 1) / 2, 1);
	return 1;
}

/* C-u: half a page up. */
static int panel_half_up(struct app *app, void *state)
{
	move_by(app, state, -(list_rows(app) + 1) / 2, 1);
	return 1;
}

/* g, Home: the first row. */
static int panel_first(struct app *app, void *state)
{
	move_by(app, state, -(long)app->overlay.count, 0);
	return 1;
}

/* G, End: the last row. */
static int panel_last(struct app *app, void *state)
{
	move_by(app, state, (long)app->overlay.count, 0);
	return 1;
}

/* /: the prompt that filters the list by text. */
static int panel_filter_prompt(struct app *app, void *state)
{
	(void)state;
	prompt_open(&app->prompt, PROMPT_FILTER, "filter annotations: ", NULL);
	return 1;
}

/* The selected row's overlay index after settling, or SIZE_MAX. */
static size_t selected_item(struct app *app, struct panel *p)
{

	return settle(app, p)->selected;
}

/* Enter: go to the selected annotation in the screen under the list. */
static int panel_jump(struct app *app, void *state)
{
	size_t i = selected_item(app, state);

	if (i == SIZE_MAX) {
		app_message(app, 1, "no annotation to go to");
		return 1;
	}
	if (!overlay_attached(&app->overlay, i)) {
		snprintf(app->attach_id, sizeof app->attach_id, "%s", app->overlay.items[i].a.id);
		app_message(app, 1, "detached: it was on \"%.60s\" in paragraph %zu; select words "
			    "and :attach puts it there", app->overlay.items[i].a.anchor.exact ?
			    app->overlay.items[i].a.anchor.exact : "", app->overlay.items[i].para + 1);
		return 1;
	}
	app_pop(app);
	app_jump_to(app, i);
	return 1;
}

/* Settle the fuzzy anchor of overlay item i: keep it where it is now
 * (confirm) or detach it (an orphan), saving to the store. */
static void settle_anchor(struct app *app, size_t i, int confirm)
{
	struct annotation a;

	annotation_init(&a);
	if (annotation_copy(&a, &app->overlay.items[i].a) != 0) {
		app_message(app, 1, "out of memory");
		return;
	}
	a.anchor.state = confirm ? ANCHOR_EXACT : ANCHOR_ORPHAN;
	a.anchor.score = confirm ? 1.0 : a.anchor.score;
	if (confirm)
		(void)annotation_set(&a.anchor.old_exact, NULL);
	if (annotate_save(app, &a, 1) == 0)
		app_message(app, 0, confirm ? "confirmed where it is now" : "detached: kept as an orphan");
	annotation_clear(&a);
}

/* Confirm (y) or detach (n) the selected row's fuzzy anchor. */
static int settle_fuzzy(struct app *app, struct panel *p, int confirm)
{
	size_t i = selected_item(app, p);
	enum anchor_state state;

	if (i == SIZE_MAX) {
		app_message(app, 1, "no annotation selected");
		return 1;
	}
	state = app->overlay.items[i].a.anchor.state;
	if (state != ANCHOR_FUZZY) {
		app_message(app, 1, "this annotation's anchor is not fuzzy (it is %s)",
			    state < ANCHOR_STATE_COUNT ? anchor_state_names[state] : "unknown");
		return 1;
	}
	settle_anchor(app, i, confirm);
	return 1;
}

/* y: keep the fuzzy anchor where it is now. */
static int panel_confirm(struct app *app, void *state)
{
	return settle_fuzzy(app, state, 1);
}

/* n: detach the fuzzy anchor (the annotation becomes an orphan). */
static int panel_detach(struct app *app, void *state)
{
	return settle_fuzzy(app, state, 0);
}

/* The list's own meaning of the actions; what it has no use for (the
 * searches, Tab again) is ignored, and the rest (':', the help, quit,
 * the commands) are the global ones. */
static screen_action_fn *const panel_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = panel_down,
	[ACTION_PREVIOUS] = panel_up,
	[ACTION_PAGE_DOWN] = panel_page_down,
	[ACTION_PAGE_UP] = panel_page_up,
	[ACTION_HALF_DOWN] = panel_half_down,
	[ACTION_HALF_UP] = panel_half_up,
	[ACTION_FIRST] = panel_first,
	[ACTION_LAST] = panel_last,
	[ACTION_SEARCH_FORWARD] = panel_filter_prompt,
	[ACTION_SEARCH_BACKWARD] = screen_ignore,
	[ACTION_SEARCH_NEXT] = screen_ignore,
	[ACTION_SEARCH_PREVIOUS] = screen_ignore,
	[ACTION_PANEL] = screen_ignore,
	[ACTION_JUMP] = panel_jump,
	[ACTION_CONFIRM_ANCHOR] = panel_confirm,
	[ACTION_DETACH_ANCHOR] = panel_detach,
};

const struct screen list_screen = {
	.name = "annotations",
	.keymap = &keymap_list,
	.state_size = sizeof(struct panel),
	.open = panel_open,
	.release = panel_release,
	.draw = panel_draw,
	.action = panel_actions,
	.search = panel_search,
	.side = list_side,
	.detailed = panel_detailed,
};
