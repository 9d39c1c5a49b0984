/*
 * app.c - the session state: the article shown and its layout, the
 * window, the current annotation, the status line's message, and opening a
 * stored article.  What keys do is dispatch.c's and global.c's.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "reanchor.h"
#include "store.h"

/* Focus mode's column is at most this wide: a comfortable measure. */
#define FOCUS_MAX_WIDTH 72

/* The reader's gutter: the paragraph number, a space, the bar, a space. */
static int gutter_width(size_t count)
{
	int digits = 1;

	for (; count >= 10; count /= 10)
		digits++;
	return digits + 3;
}

/* Whether the current annotation's details take a line above the status
 * line. */
static int has_details(const struct app *app)
{
	return app->current != SIZE_MAX && app->rows > APP_MIN_ROWS;
}

int app_text_rows(const struct app *app)
{
	int rows = app->rows - 1 - has_details(app);

	return rows > 1 ? rows : 1;
}

int app_too_small(const struct app *app)
{
	return app->cols < APP_MIN_COLS || app->rows < APP_MIN_ROWS;
}

/* The columns text is laid out for: the window's, but never fewer than
 * the least that shows text (a smaller window shows only "too small"):
 * a 50 MB paragraph wrapped to one column would be 50 million lines. */
static int layout_cols(const struct app *app)
{
	return app->cols < APP_MIN_COLS ? APP_MIN_COLS : app->cols;
}

/* The width the reader wraps text to in the current window. */
static int reader_text_width(const struct app *app)
{
	int width = layout_cols(app) - panel_width(app) - app->gutter - 1;

	return width < 1 ? 1 : width;
}

int app_focus_width(const struct app *app)
{
	int width = layout_cols(app) - 4;

	return width > FOCUS_MAX_WIDTH ? FOCUS_MAX_WIDTH : width < 1 ? 1 : width;
}

/* Forget what belongs to the article shown: its layout, marks, match,
 * selection, form, undo journal and annotations. */
static void drop_article(struct app *app)
{
	size_t i;

	wrap_cache_free(app->wrap);
	wrap_cache_free(app->focus_wrap);
	app->wrap = app->focus_wrap = NULL;
	annotate_free(app);
	overlay_free(&app->overlay);
	review_free(&app->review);
	for (i = 0; i < APP_MARKS; i++)
		app->marks[i] = SIZE_MAX;
	app->has_match = 0;
	app->selection.active = 0;
	app->current = SIZE_MAX;
}

/* Show article from its first paragraph; 0 on success, -1 when out of
 * memory (and nothing is shown). */
static int set_article(struct app *app, struct article *article)
{
	drop_article(app);
	app->article = article;
	app->gutter = gutter_width(article->count);
	app->wrap = wrap_cache_new(article, reader_text_width(app));
	app->focus_wrap = wrap_cache_new(article, app_focus_width(app));
	if (overlay_init(&app->overlay, article) != 0 || app->wrap == NULL ||
	    app->focus_wrap == NULL)
		return -1;
	view_init(&app->view, app->wrap, article->count, app_text_rows(app));
	return 0;
}

int app_init(struct app *app, struct article *article, int cols, int rows)
{
	memset(app, 0, sizeof *app);
	app->cols = cols;
	app->rows = rows;
	app->screen = &reader_screen;
	app->drag_from = SIZE_MAX;
	panel_init(&app->panel);
	app->row_para = malloc(2 * (size_t)(rows > 0 ? rows : 1) * sizeof *app->row_para);
	app->row_line = app->row_para + (rows > 0 ? rows : 1);
	if (app->row_para == NULL || set_article(app, article) != 0) {
		app_free(app);
		return -1;
	}
	return 0;
}

void app_free(struct app *app)
{
	drop_article(app);
	article_free(app->owned);
	app->owned = NULL;
	search_free(&app->search);
	panel_free(&app->panel);
	library_free(&app->library);
	prompt_free(&app->prompt);
	store_close(app->store);
	app->store = NULL;
	free(app->row_para);
	app->row_para = NULL;
}

/* Give meta (empty) the stored row's title, source and date. */
static void copy_meta(struct article_meta *meta, const struct store_article *row)
{
	meta->title = row->title ? strdup(row->title) : NULL;
	meta->source = row->source ? strdup(row->source) : NULL;
	meta->published = row->published ? strdup(row->published) : NULL;
}

/* Load the stored article row: from its file when it is still there,
 * else from the text the store keeps; NULL when neither works (the
 * status line says why). */
static struct article *load_stored(struct app *app, const struct store_article *row)
{
	struct article_options options;
	struct article *article = NULL;
	struct tanda_error err;
	char *text = NULL;
	size_t len;

	article_options_default(&options);
	if (row->path != NULL && access(row->path, R_OK) == 0 &&
	    article_load(row->path, &options, &article, &err) == TANDA_OK)
		return article;
	if (store_article_text(app->store, row->sha256, &text, &len, &err) != TANDA_OK ||
	    article_from_text(row->title ? row->title : row->sha256, text, len, &article, &err) != TANDA_OK) {
		app_message(app, 1, "cannot open: %s", err.message);
		free(text);
		return NULL;
	}
	free(text);
	copy_meta(&article->meta, row);
	return article;
}

int app_open_stored(struct app *app, const struct store_article *row)
{
	struct reanchor_report report;
	struct article *old = app->article, *article = load_stored(app, row);
	struct tanda_error err;

	if (article == NULL)
		return -1;
	if (set_article(app, article) != 0) {
		article_free(article);
		(void)set_article(app, old);
		app_message(app, 1, "out of memory");
		return -1;
	}
	if (old == app->owned)
		article_free(old);
	app->owned = article;
	app_message(app, 0, "opened %s", article->meta.title ? article->meta.title : article->name);
	if (reanchor_open(app->store, article, row->path, REANCHOR_VISIT, &report, &err) != TANDA_OK)
		app_message(app, 1, "annotations unavailable: %s", err.message);
	else
		app_attach_store(app, app->store);
	return 0;
}

void app_resize(struct app *app, int cols, int rows)
{
	size_t *grown = realloc(app->row_para, 2 * (size_t)(rows > 0 ? rows : 1) * sizeof *grown);

	if (grown != NULL) {
		app->row_para = grown;
		app->row_line = grown + (rows > 0 ? rows : 1);
		app->cols = cols;
		app->rows = rows;
	}
	wrap_cache_set_width(app->wrap, reader_text_width(app));
	wrap_cache_set_width(app->focus_wrap, app_focus_width(app));
	view_set_rows(&app->view, app_text_rows(app));
	app->redraw_all = 1;
}

void app_message(struct app *app, int is_error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
	app->message_is_error = is_error;
}

void app_set_current(struct app *app, size_t index)
{
	app->current = index < app->overlay.count ? index : SIZE_MAX;
	view_set_rows(&app->view, app_text_rows(app));
}

void app_jump_to(struct app *app, size_t index)
{
	if (index >= app->overlay.count)
		return;
	app_set_current(app, index);
	view_focus(&app->view, app->overlay.items[index].para);
}

void app_settle_fuzzy(struct app *app, size_t index, int confirm)
{
	struct annotation a;

	if (index >= app->overlay.count || app->overlay.items[index].a.anchor.state != ANCHOR_FUZZY)
		return;
	annotation_init(&a);
	if (annotation_copy(&a, &app->overlay.items[index].a) != 0) {
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

void app_attach_store(struct app *app, struct store *store)
{
	struct tanda_error err;

	app->store = store;
	if (store_set_actor(store, app->author, &err) != TANDA_OK ||
	    overlay_load(&app->overlay, store, &err) != TANDA_OK)
		app_message(app, 1, "annotations unavailable: %s", err.message);
}
