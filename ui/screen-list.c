/*
 * screen-list.c - the annotation list's screen: which rows are listed (the
 * filter), the selection and scrolling over them, how a row is drawn,
 * and the list's own keys.  The selection is an overlay index with the
 * annotation's id beside it, so that it follows its annotation when the
 * overlay changes under it, and falls on a neighbour when it goes away.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "keymap.h"
#include "screen-list.h"

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

void panel_init(struct panel *panel)
{
	memset(panel, 0, sizeof *panel);
	list_init(&panel->list);
	panel->list.top = SIZE_MAX;
}

void panel_free(struct panel *panel)
{
	filter_clear(&panel->filter);
}

int panel_is_open(const struct app *app)
{
	return app->panel.under != NULL;
}

int panel_width(const struct app *app)
{
	int width = app->cols * PANEL_SIDE_PERCENT / 100;

	if (!panel_is_open(app) || app->cols < PANEL_SIDE_MIN_COLS)
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
	int side = panel_width(app);

	area.x = side > 0 ? app->cols - side + 1 : 0;
	area.width = side > 0 ? side - 1 : app->cols;
	area.rows = list_rows(app);
	return area;
}

/* list's filter: whether overlay item i is listed under the panel's. */
static int listed(const void *items, size_t i)
{
	const struct app *app = items;

	return filter_match(&app->panel.filter, &app->overlay.items[i].a);
}

/* The list over the overlay, in step with it and the window. */
static struct list *rows_of(struct app *app)
{
	struct list *l = &app->panel.list;

	l->count = app->overlay.count;
	l->rows = (size_t)list_rows(app);
	l->listed = filter_is_empty(&app->panel.filter) ? NULL : listed;
	l->items = app;
	return l;
}

/* Remember the selected annotation's id, to find it again when the
 * overlay changes. */
static void note_selection(struct app *app)
{
	struct panel *p = &app->panel;

	p->selected_id[0] = '\0';
	if (p->list.selected != SIZE_MAX)
		memcpy(p->selected_id, app->overlay.items[p->list.selected].a.id,
		       sizeof p->selected_id);
}

/* Select overlay item i (SIZE_MAX: none). */
static void select_item(struct app *app, size_t i)
{
	app->panel.list.selected = i;
	note_selection(app);
}

/* Where the selected annotation is now: found by its id when the overlay
 * changed, else the item that took its place (the first when there was
 * none, the last past the end). */
static size_t find_selected(const struct app *app)
{
	const struct overlay *o = &app->overlay;
	const struct panel *p = &app->panel;
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
 * one), and in view. */
static struct list *settle(struct app *app)
{
	struct list *l = rows_of(app);

	select_item(app, app->overlay.count ? list_nearest(l, find_selected(app)) : SIZE_MAX);
	list_show_selected(l);
	return l;
}

/* Rewrap the reader when the side panel's width changed from before. */
static void relayout(struct app *app, int before)
{
	if (panel_width(app) != before)
		app_resize(app, app->cols, app->rows);
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

void panel_open(struct app *app)
{
	int before = panel_width(app);

	if (app->screen == &panel_screen)
		return;
	app->panel.under = app->screen;
	app->screen = &panel_screen;
	select_item(app, opening_selection(app));
	app->panel.list.top = SIZE_MAX;
	settle(app);
	relayout(app, before);
}

void panel_close(struct app *app)
{
	int before = panel_width(app);

	app->screen = app->panel.under != NULL ? app->panel.under : &reader_screen;
	app->panel.under = NULL;
	relayout(app, before);
}

void panel_set_text_filter(struct app *app, const char *text)
{
	struct tanda_error err;

	tanda_error_clear(&err);
	if (filter_set_text(&app->panel.filter, text, &err) != TANDA_OK) {
		app_message(app, 1, "%s", err.message);
		return;
	}
	app->panel.list.top = SIZE_MAX;
}

enum tanda_status panel_set_field_filter(struct app *app, const char *argument,
					 struct tanda_error *err)
{
	enum tanda_status status = filter_parse(&app->panel.filter, argument, err);

	if (status == TANDA_OK)
		app->panel.list.top = SIZE_MAX;
	return status;
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

/* The columns a's quoted text may take on the pen's row: what the tags
 * leave, but at least PANEL_QUOTE_MIN (when there is that much room). */
static int quote_width(const struct pen *pen, const struct annotation *a)
{
	int room = pen->end - pen->x, tags = 0, least;
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
 * quoted text, tags. */
static void draw_item(struct app *app, const struct area *area, int y, size_t i)
{
	const struct overlay_item *item = &app->overlay.items[i];
	const struct annotation *a = &item->a;
	struct pen pen = { y, area->x, area->x + area->width, i == app->panel.list.selected,
			   &app->theme };
	char word[64];
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
	put_quote(&pen, a->anchor.exact, quote_width(&pen, a));
	put_tags(&pen, a);
}

/* Draw the header line (how many are listed, the filter), and the line
 * saying why nothing is when the list is empty. */
static void draw_header(struct app *app, const struct area *area)
{
	char line[512], filter[400];
	size_t shown = list_count_listed(rows_of(app)), total = app->overlay.count;

	filter_describe(&app->panel.filter, filter, sizeof filter);
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
static void draw_items(struct app *app, const struct area *area)
{
	const struct list *l = rows_of(app);
	size_t i = l->top;
	int y;

	for (y = 1; y <= area->rows && i != SIZE_MAX; y++) {
		draw_item(app, area, y, i);
		i = list_from(l, i + 1);
	}
}

/* Draw the reader, then clear the side panel's columns and its separator. */
static void draw_under_side(struct app *app, const struct area *area)
{
	int y, rows = app_text_rows(app);

	reader_screen.draw(app);
	for (y = 0; y < rows; y++) {
		move(y, area->x - 1);
		clrtoeol();
		draw_text(y, area->x - 1, SEPARATOR, sizeof SEPARATOR - 1, 1,
			  app->theme.attr[ROLE_NUMBER]);
	}
}

/* Clear the window for the full-width list: no row shows a paragraph. */
static void draw_under_full(struct app *app)
{
	int y;

	erase();
	for (y = 0; y < app->rows; y++)
		app->row_para[y] = SIZE_MAX;
}

/* Draw the list: beside the reader on a wide window, else alone. */
static void panel_draw(struct app *app)
{
	struct area area = panel_area(app);

	settle(app);
	if (area.x > 0)
		draw_under_side(app, &area);
	else
		draw_under_full(app);
	draw_header(app, &area);
	draw_items(app, &area);
}

/* Move the selection by delta rows, or a page (the top row as well). */
static void move_by(struct app *app, long delta, int page)
{
	struct list *l = rows_of(app);

	if (page)
		list_page(l, delta);
	else
		list_move(l, delta);
	note_selection(app);
}

/* j, Down: the next row. */
static int key_down(struct app *app)
{
	move_by(app, 1, 0);
	return 1;
}

/* k, Up: the previous row. */
static int key_up(struct app *app)
{
	move_by(app, -1, 0);
	return 1;
}

/* Space, PgDn: a page down. */
static int key_page_down(struct app *app)
{
	move_by(app, list_rows(app), 1);
	return 1;
}

/* b, PgUp: a page up. */
static int key_page_up(struct app *app)
{
	move_by(app, -list_rows(app), 1);
	return 1;
}

/* C-d: half a page down. */
static int key_half_down(struct app *app)
{
	move_by(app, (list_rows(app) + 1) / 2, 1);
	return 1;
}

/* C-u: half a page up. */
static int key_half_up(struct app *app)
{
	move_by(app, -(list_rows(app) + 1) / 2, 1);
	return 1;
}

/* g, Home: the first row. */
static int key_first(struct app *app)
{
	move_by(app, -(long)app->overlay.count, 0);
	return 1;
}

/* G, End: the last row. */
static int key_last(struct app *app)
{
	move_by(app, (long)app->overlay.count, 0);
	return 1;
}

/* Enter: go to the selected annotation in the screen under the list. */
static int key_jump(struct app *app)
{
	size_t i = app->panel.list.selected;

	if (i == SIZE_MAX) {
		app_message(app, 1, "no annotation to go to");
		return 1;
	}
	panel_close(app);
	app_jump_to(app, i);
	return 1;
}

/* Tab, q, Esc: back to the screen under the list. */
static int key_close(struct app *app)
{
	panel_close(app);
	return 1;
}

/* Confirm (y) or detach (n) the selected row's fuzzy anchor. */
static int settle_fuzzy(struct app *app, int confirm)
{
	size_t i = app->panel.list.selected;
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
	app_settle_fuzzy(app, i, confirm);
	return 1;
}

/* y: keep the fuzzy anchor where it is now. */
static int key_confirm(struct app *app)
{
	return settle_fuzzy(app, 1);
}

/* n: detach the fuzzy anchor (the annotation becomes an orphan). */
static int key_detach(struct app *app)
{
	return settle_fuzzy(app, 0);
}

/* A key left to the app: '/' opens the filter prompt, ':' a command. */
static int key_to_app(struct app *app)
{
	(void)app;
	return 0;
}

/* The keys the list takes before the key table: those it gives another
 * meaning (Enter, n) and those of its own. */
static const struct panel_key {
	enum key_kind kind;
	uint32_t code;
	int (*run)(struct app *app);
} panel_keys[] = {
	{ KEY_KIND_CHAR, '\n', key_jump },
	{ KEY_KIND_CHAR, '\r', key_jump },
	{ KEY_KIND_FUNCTION, KEYC_ENTER, key_jump },
	{ KEY_KIND_CHAR, '\t', key_close },
	{ KEY_KIND_CHAR, KEY_ESCAPE, key_close },
	{ KEY_KIND_CHAR, 'y', key_confirm },
	{ KEY_KIND_CHAR, 'n', key_detach },
};

/* The actions of the key table the list runs its own way, or leaves to
 * the app; every other key is ignored while the list is shown. */
static const struct panel_action {
	enum action action;
	int (*run)(struct app *app);
} panel_actions[] = {
	{ ACTION_NEXT, key_down },
	{ ACTION_PREVIOUS, key_up },
	{ ACTION_PAGE_DOWN, key_page_down },
	{ ACTION_PAGE_UP, key_page_up },
	{ ACTION_HALF_DOWN, key_half_down },
	{ ACTION_HALF_UP, key_half_up },
	{ ACTION_FIRST, key_first },
	{ ACTION_LAST, key_last },
	{ ACTION_QUIT, key_close },
	{ ACTION_SEARCH_FORWARD, key_to_app },
	{ ACTION_COMMAND, key_to_app },
	{ ACTION_HELP, key_to_app },
	{ ACTION_REDRAW, key_to_app },
};

/* The list's keys: 1 when handled (or ignored), 0 to leave it to the app. */
static int panel_key(struct app *app, const struct key *key)
{
	enum action action;
	size_t i;

	settle(app);
	for (i = 0; i < sizeof panel_keys / sizeof panel_keys[0]; i++)
		if (panel_keys[i].kind == key->kind && panel_keys[i].code == key->code)
			return panel_keys[i].run(app);
	action = keymap_lookup(key);
	for (i = 0; i < sizeof panel_actions / sizeof panel_actions[0]; i++)
		if (panel_actions[i].action == action)
			return panel_actions[i].run(app);
	return 1;
}

const struct screen panel_screen = {
	.name = "annotations",
	.draw = panel_draw,
	.key = panel_key,
};
