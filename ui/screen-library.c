/*
 * screen-library.c - the library screen: the articles in the store, the
 * last opened first, one a line (title, source, date, paragraphs,
 * annotations, when last opened); '/' filters them by title, source or
 * path, Enter opens one in the reader.  Its state is private: the rows
 * read when it opens (freed when it closes) and the filter, kept for the
 * session.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "draw.h"
#include "grow.h"
#include "keymap.h"
#include "list.h"
#include "screen-library.h"
#include "screen-reader.h"
#include "store.h"
#include "zone.h"

/* The header line and the column titles above the rows. */
enum { LIBRARY_HEADER_LINES = 2 };

/* The library's state. */
struct library {
	struct store_article *rows;	/* the stored articles with text, newest first */
	size_t count, alloc;
	char filter[256];		/* text the listed rows contain, "" for all */
	struct list list;		/* over the rows: the selected one, the first shown */
	int failed;			/* reading the rows ran out of memory */
};

/* store_article_list callback: keep a copy of each article with text. */
static int keep_article(void *context, const struct store_article *row)
{
	struct library *l = context;
	struct store_article *copy;

	if (row->pending)
		return 0;
	if (GROW(l->rows, l->alloc, l->count + 1) != 0)
		return l->failed = 1;
	copy = &l->rows[l->count];
	*copy = *row;
	copy->title = row->title ? strdup(row->title) : NULL;
	copy->source = row->source ? strdup(row->source) : NULL;
	copy->published = row->published ? strdup(row->published) : NULL;
	copy->path = row->path ? strdup(row->path) : NULL;
	copy->url = copy->language = NULL;
	l->count++;
	return 0;
}

/* Free the rows (the filter stays). */
static void free_rows(struct library *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		store_article_clear(&l->rows[i]);
	free(l->rows);
	l->rows = NULL;
	l->count = l->alloc = 0;
	list_init(&l->list);
}

/* Whether haystack (NULL: empty) contains needle in any case. */
static int contains(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);

	for (; haystack != NULL && *haystack != '\0'; haystack++)
		if (strncasecmp(haystack, needle, n) == 0)
			return 1;
	return n == 0;
}

/* list's filter: whether row i is listed under the library's. */
static int listed(const void *items, size_t i)
{
	const struct library *l = items;
	const struct store_article *row = &l->rows[i];

	return contains(row->title, l->filter) || contains(row->source, l->filter) ||
	       contains(row->path, l->filter);
}

/* The rows of the list on the screen. */
static int list_rows(const struct app *app)
{
	int rows = app_text_rows(app) - LIBRARY_HEADER_LINES;

	return rows > 1 ? rows : 1;
}

/* The list over the rows, in step with them and the window. */
static struct list *rows_of(const struct app *app, struct library *l)
{
	l->list.count = l->count;
	l->list.rows = (size_t)list_rows(app);
	l->list.listed = l->filter[0] != '\0' ? listed : NULL;
	l->list.items = l;
	return &l->list;
}

/* Move the selection to the first listed row at or after it (or before). */
static void settle_selection(const struct app *app, struct library *l)
{
	struct list *list = rows_of(app, l);

	list->selected = list_nearest(list, list->selected == SIZE_MAX ? 0 : list->selected);
}

/* Shown: the stored articles read again.  The status line says why when
 * the store cannot be read. */
static int library_open(struct app *app, void *state, const void *arg)
{
	struct library *l = state;
	struct tanda_error err;

	(void)arg;
	if (app->store == NULL) {
		app_message(app, 1, "library: no annotation database");
		return -1;
	}
	free_rows(l);
	l->failed = 0;
	if (store_article_list(app->store, STORE_BY_LAST_OPENED, keep_article, l, &err) != TANDA_OK) {
		app_message(app, 1, "library: %s", err.message);
		return -1;
	}
	if (l->failed)
		app_message(app, 1, "library: out of memory; the list is not complete");
	settle_selection(app, l);
	return 0;
}

/* It leaves: the rows go. */
static void library_close(struct app *app, void *state)
{
	(void)app;
	free_rows(state);
}

/* The session ends. */
static void library_release(void *state)
{
	free_rows(state);
}

/* '/' typed text: list only the rows whose title, source or path
 * contains it, in any case ("" lists all). */
static void library_search(struct app *app, void *state, const char *text)
{
	struct library *l = state;

	snprintf(l->filter, sizeof l->filter, "%s", text);
	l->list.top = 0;
	settle_selection(app, l);
}

/* The status line's position: the selection among the stored articles. */
static void library_position(const struct app *app, const void *state, size_t *at,
			     size_t *count)
{
	const struct library *l = state;
	size_t selected = l->list.selected;

	(void)app;
	*count = l->count;
	*at = l->count ? (selected == SIZE_MAX ? 0 : selected) + 1 : 0;
}

/* The columns right of the title: source, date, paragraphs, annotations,
 * last opened (local, with its zone); LIBRARY_FIXED_WIDTH wide. */
#define LIBRARY_FIXED_FORMAT "  %-14.14s %-10.10s %5s %5s  %-20.20s"
#define LIBRARY_FIXED_WIDTH 61

/* Write row's columns right of its title into buf. */
static void row_columns(const struct store_article *row, char *buf, size_t size)
{
	char paragraphs[24], annotations[24], opened[ZONE_TIME_SIZE];

	snprintf(paragraphs, sizeof paragraphs, "%zu", row->paragraphs);
	snprintf(annotations, sizeof annotations, "%zu", row->annotations);
	zone_format(row->last_opened, opened, sizeof opened);
	snprintf(buf, size, LIBRARY_FIXED_FORMAT, row->source ? row->source : "",
		 row->published ? row->published : "", paragraphs, annotations, opened);
}

/* Draw one line at row y: the title in what the other columns leave,
 * then the columns, in attr. */
static void draw_line(struct app *app, int y, const char *title, const char *columns,
		      unsigned long attr)
{
	int title_width = app->cols - LIBRARY_FIXED_WIDTH, x;

	if (title_width < 10)
		title_width = 10;
	move(y, 0);
	attrset((attr_t)attr);
	for (x = 0; x < app->cols; x++)
		addch(' ');
	draw_text(y, 0, title, strlen(title), title_width, attr);
	if (title_width < app->cols)
		draw_text(y, title_width, columns, strlen(columns), app->cols - title_width, attr);
}

/* Draw the header: what is listed, and the column titles. */
static void draw_header(struct app *app, struct library *l)
{
	char line[512];

	snprintf(line, sizeof line, "Library: %zu of %zu articles%s%s  (Enter opens, / filters, q %s)",
		 list_count_listed(rows_of(app, l)), l->count, l->filter[0] ? " matching " : "",
		 l->filter, app_depth(app) > 1 ? "goes back" : "quits");
	draw_text(0, 0, line, strlen(line), app->cols, app->theme.attr[ROLE_TITLE]);
	snprintf(line, sizeof line, LIBRARY_FIXED_FORMAT, "source", "date", "paras", "notes",
		 "last opened");
	draw_line(app, 1, "title", line, app->theme.attr[ROLE_NUMBER]);
}

/* Draw the library from its top row. */
static void library_draw(struct app *app, void *state)
{
	struct library *lib = state;
	const struct list *l = rows_of(app, lib);
	size_t i = list_from(l, l->top);
	int y;

	erase();
	draw_header(app, lib);
	for (y = 0; y < list_rows(app) && i != SIZE_MAX; y++, i = list_from(l, i + 1)) {
		const struct store_article *row = &lib->rows[i];
		char columns[256];

		row_columns(row, columns, sizeof columns);
		draw_line(app, LIBRARY_HEADER_LINES + y,
			  row->title ? row->title : row->path ? row->path : row->sha256, columns,
			  app->theme.attr[i == l->selected ? ROLE_MATCH_CURRENT : ROLE_TEXT]);
	}
	if (list_count_listed(l) == 0)
		draw_text(LIBRARY_HEADER_LINES, 0, "no article", 10, app->cols,
			  app->theme.attr[ROLE_TEXT]);
}

/* Move the selection n listed rows (negative: up). */
static void move_by(struct app *app, struct library *l, long n)
{
	list_move(rows_of(app, l), n);
}

/* j, Down: the next article. */
static int library_down(struct app *app, void *state)
{
	move_by(app, state, 1);
	return 1;
}

/* k, Up: the previous article. */
static int library_up(struct app *app, void *state)
{
	move_by(app, state, -1);
	return 1;
}

/* Space, PgDn: the selection a screen down. */
static int library_page_down(struct app *app, void *state)
{
	move_by(app, state, list_rows(app));
	return 1;
}

/* b, PgUp: the selection a screen up. */
static int library_page_up(struct app *app, void *state)
{
	move_by(app, state, -list_rows(app));
	return 1;
}

/* g, Home: the first article. */
static int library_first(struct app *app, void *state)
{
	struct library *l = state;

	move_by(app, l, -(long)l->count);
	return 1;
}

/* G, End: the last article. */
static int library_last(struct app *app, void *state)
{
	struct library *l = state;

	move_by(app, l, (long)l->count);
	return 1;
}

/* /: the prompt that filters the articles. */
static int library_filter_prompt(struct app *app, void *state)
{
	struct library *l = state;

	prompt_open(&app->prompt, PROMPT_FILTER, "filter articles: ", l->filter);
	return 1;
}

/* Enter: open the selected article in the reader, which is then the only
 * screen. */
static int library_enter(struct app *app, void *state)
{
	struct library *lib = state;
	const struct list *l = rows_of(app, lib);

	if (list_is_listed(l, l->selected) && app_open_stored(app, &lib->rows[l->selected]) == 0)
		(void)app_switch(app, &reader_screen, NULL);
	return 1;
}

/* The library's own meaning of the actions; what it has no use for is
 * ignored, and the rest (':', the help, the commands) are the global
 * ones. */
static screen_action_fn *const library_actions[ACTION_COUNT] = {
	[ACTION_NEXT] = library_down,
	[ACTION_PREVIOUS] = library_up,
	[ACTION_PAGE_DOWN] = library_page_down,
	[ACTION_PAGE_UP] = library_page_up,
	[ACTION_HALF_DOWN] = screen_ignore,
	[ACTION_HALF_UP] = screen_ignore,
	[ACTION_FIRST] = library_first,
	[ACTION_LAST] = library_last,
	[ACTION_SEARCH_FORWARD] = library_filter_prompt,
	[ACTION_SEARCH_BACKWARD] = screen_ignore,
	[ACTION_SEARCH_NEXT] = screen_ignore,
	[ACTION_SEARCH_PREVIOUS] = screen_ignore,
	[ACTION_LIBRARY] = screen_ignore,
	[ACTION_OPEN] = library_enter,
};

const struct screen library_screen = {
	.name = "library",
	.flags = SCREEN_UNTITLED,
	.keymap = &keymap_library,
	.state_size = sizeof(struct library),
	.open = library_open,
	.close = library_close,
	.release = library_release,
	.draw = library_draw,
	.action = library_actions,
	.search = library_search,
	.position = library_position,
};
