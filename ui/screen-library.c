/*
 * screen-library.c - the library screen: reading the stored articles, filtering
 * them, drawing one line each and opening the chosen one.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "draw.h"
#include "keymap.h"
#include "screen-library.h"
#include "store.h"

/* The header line and the column titles above the rows. */
enum { LIBRARY_HEADER_LINES = 2 };

/* Where the rows are read into while listing. */
struct reading {
	struct library *library;
	size_t cap;
	int failed;
};

/* store_article_list callback: keep a copy of each article with text. */
static int keep_article(void *context, const struct store_article *row)
{
	struct reading *r = context;
	struct library *l = r->library;
	struct store_article *copy;

	if (row->pending)
		return 0;
	if (l->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		struct store_article *grown = realloc(l->rows, cap * sizeof *grown);

		if (grown == NULL)
			return r->failed = 1;
		l->rows = grown;
		r->cap = cap;
	}
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

void library_free(struct library *library)
{
	size_t i;

	for (i = 0; i < library->count; i++)
		store_article_clear(&library->rows[i]);
	free(library->rows);
	library->rows = NULL;
	library->count = 0;
	list_init(&library->list);
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
static struct list *rows_of(struct app *app)
{
	struct library *l = &app->library;

	l->list.count = l->count;
	l->list.rows = (size_t)list_rows(app);
	l->list.listed = l->filter[0] != '\0' ? listed : NULL;
	l->list.items = l;
	return &l->list;
}

/* Move the selection to the first listed row at or after it (or before). */
static void settle_selection(struct app *app)
{
	struct list *l = rows_of(app);

	l->selected = list_nearest(l, l->selected == SIZE_MAX ? 0 : l->selected);
}

void library_open(struct app *app, const struct screen *under)
{
	struct reading r = { &app->library, 0, 0 };
	struct tanda_error err;

	if (app->store == NULL) {
		app_message(app, 1, "library: no annotation database");
		return;
	}
	library_free(&app->library);
	if (store_article_list(app->store, STORE_BY_LAST_OPENED, keep_article, &r, &err) != TANDA_OK) {
		app_message(app, 1, "library: %s", err.message);
		return;
	}
	if (r.failed)
		app_message(app, 1, "library: out of memory; the list is not complete");
	app->library.under = under;
	app->screen = &library_screen;
	settle_selection(app);
}

void library_set_filter(struct app *app, const char *text)
{
	snprintf(app->library.filter, sizeof app->library.filter, "%s", text);
	app->library.list.top = 0;
	settle_selection(app);
}

/* The columns right of the title: source, date, paragraphs, annotations,
 * last opened; LIBRARY_FIXED_WIDTH wide. */
#define LIBRARY_FIXED_FORMAT "  %-14.14s %-10.10s %5s %5s  %-16.16s"
#define LIBRARY_FIXED_WIDTH 57

/* Write row's columns right of its title into buf. */
static void row_columns(const struct store_article *row, char *buf, size_t size)
{
	char paragraphs[24], annotations[24], opened[ANNOTATION_TIME_SIZE];
	char *t;

	snprintf(paragraphs, sizeof paragraphs, "%zu", row->paragraphs);
	snprintf(annotations, sizeof annotations, "%zu", row->annotations);
	snprintf(opened, sizeof opened, "%s", row->last_opened);
	if ((t = strchr(opened, 'T')) != NULL)
		*t = ' ';
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
static void draw_header(struct app *app)
{
	struct library *l = &app->library;
	char line[512];

	snprintf(line, sizeof line, "Library: %zu of %zu articles%s%s  (Enter opens, / filters, q %s)",
		 list_count_listed(rows_of(app)), l->count, l->filter[0] ? " matching " : "", l->filter,
		 l->under ? "goes back" : "quits");
	draw_text(0, 0, line, strlen(line), app->cols, app->theme.attr[ROLE_TITLE]);
	snprintf(line, sizeof line, LIBRARY_FIXED_FORMAT, "source", "date", "paras", "notes",
		 "last opened");
	draw_line(app, 1, "title", line, app->theme.attr[ROLE_NUMBER]);
}

/* Draw the library from its top row. */
static void library_draw(struct app *app)
{
	struct library *lib = &app->library;
	const struct list *l = rows_of(app);
	size_t i = list_from(l, l->top);
	int y;

	erase();
	for (y = 0; y < app->rows; y++)
		app->row_para[y] = SIZE_MAX;
	draw_header(app);
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

/* Leave the library: back to the screen under it, or quit. */
static void library_close(struct app *app)
{
	if (app->library.under == NULL) {
		app->quit = 1;
		return;
	}
	app->screen = app->library.under;
}

/* Move the selection n listed rows (negative: up). */
static void library_move(struct app *app, long n)
{
	list_move(rows_of(app), n);
}

/* Open the selected article in the reader. */
static void library_enter(struct app *app)
{
	const struct list *l = rows_of(app);

	if (!list_is_listed(l, l->selected))
		return;
	if (app_open_stored(app, &app->library.rows[l->selected]) == 0)
		app->screen = &reader_screen;
}

/* The library's keys; '/', ':' and the help go on to the app. */
static int library_key(struct app *app, const struct key *key)
{
	enum action action = keymap_lookup(key);

	if (key->kind == KEY_KIND_CHAR && key->code == KEY_ESCAPE)
		action = ACTION_QUIT;
	switch (action) {
	case ACTION_QUIT: case ACTION_LIBRARY: library_close(app); return 1;
	case ACTION_NEXT:
		if (key->kind == KEY_KIND_CHAR && (key->code == '\r' || key->code == '\n'))
			library_enter(app);
		else
			library_move(app, 1);
		return 1;
	case ACTION_PREVIOUS: library_move(app, -1); return 1;
	case ACTION_PAGE_DOWN: library_move(app, list_rows(app)); return 1;
	case ACTION_PAGE_UP: library_move(app, -list_rows(app)); return 1;
	case ACTION_FIRST: library_move(app, -(long)app->library.count); return 1;
	case ACTION_LAST: library_move(app, (long)app->library.count); return 1;
	case ACTION_SEARCH_FORWARD: case ACTION_COMMAND: case ACTION_HELP: case ACTION_REDRAW:
		return 0;
	default:
		return 1;
	}
}

const struct screen library_screen = {
	.name = "library",
	.draw = library_draw,
	.key = library_key,
};
