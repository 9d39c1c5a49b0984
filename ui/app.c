/*
 * app.c - the session state: the article shown and its layout, the
 * window, the current annotation, the status line's message, opening a
 * stored article; and the stack of screens shown, with each screen's
 * private state.  What keys do is dispatch.c's and global.c's; what each
 * screen is, its own file's.
 */
#include <assert.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "grow.h"
#include "reanchor.h"
#include "store.h"
#include "strbuf.h"
#include "w3c-import.h"

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

size_t app_detailed(const struct app *app)
{
	const struct screen *screen = app_screen(app);

	if (screen != NULL && screen->detailed != NULL)
		return screen->detailed(app, app_top_state(app));
	return app->current;
}

/* Whether an annotation's details take a line above the status line. */
static int has_details(const struct app *app)
{
	return app_detailed(app) < app->overlay.count && app->rows > APP_MIN_ROWS;
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

/* The columns the reader has: the window's, less a side panel's. */
static int reader_cols(const struct app *app)
{
	return layout_cols(app) - app_side_width(app);
}

/* The width the reader wraps text to in the current window: what the
 * window leaves, at most the measure. */
static int reader_text_width(const struct app *app)
{
	int width = reader_cols(app) - app->gutter - 1;

	if (width > app->measure)
		width = app->measure;
	return width < 1 ? 1 : width;
}

int app_reader_left(const struct app *app)
{
	int spare = reader_cols(app) - app->gutter - 1 - reader_text_width(app);

	return app->align_left || spare <= 0 ? 0 : spare / 2;
}

int app_set_measure(struct app *app, int measure, int align_left)
{
	if (measure < APP_MEASURE_MIN || measure > APP_MEASURE_MAX)
		return -1;
	app->measure = measure;
	app->align_left = align_left;
	app_resize(app, app->cols, app->rows);
	return 0;
}

int app_focus_width(const struct app *app)
{
	int width = layout_cols(app) - 4;

	return width > FOCUS_MAX_WIDTH ? FOCUS_MAX_WIDTH : width < 1 ? 1 : width;
}

int screen_ignore(struct app *app, void *state)
{
	(void)app;
	(void)state;
	return 1;
}

size_t screen_no_details(const struct app *app, const void *state)
{
	(void)app;
	(void)state;
	return SIZE_MAX;
}

int screen_pass(struct app *app, void *state)
{
	(void)app;
	(void)state;
	return 0;
}

const struct screen *app_screen(const struct app *app)
{
	return app->depth > 0 ? app->stack[app->depth - 1].screen : NULL;
}

void *app_top_state(const struct app *app)
{
	return app->depth > 0 ? app->stack[app->depth - 1].state : NULL;
}

size_t app_depth(const struct app *app)
{
	return app->depth;
}

void *app_state(struct app *app, const struct screen *screen)
{
	size_t i;
	void *state;

	if (screen->state_size == 0)
		return NULL;
	for (i = 0; i < app->nstates; i++)
		if (app->states[i].screen == screen)
			return app->states[i].state;
	if (GROW(app->states, app->states_alloc, app->nstates + 1) != 0 ||
	    (state = calloc(1, screen->state_size)) == NULL)
		return NULL;
	app->states[app->nstates++] = (struct screen_slot){ .screen = screen, .state = state };
	return state;
}

/* Free every screen's state (at the end of the session). */
static void release_states(struct app *app)
{
	size_t i;

	for (i = 0; i < app->nstates; i++) {
		if (app->states[i].screen->release != NULL)
			app->states[i].screen->release(app->states[i].state);
		free(app->states[i].state);
	}
	free(app->states);
	free(app->stack);
	app->states = app->stack = NULL;
	app->nstates = app->states_alloc = app->depth = app->stack_alloc = 0;
}

int app_side_width(const struct app *app)
{
	size_t i;
	int width = 0;

	for (i = 0; i < app->depth; i++)
		if (app->stack[i].screen->side != NULL)
			width += app->stack[i].screen->side(app);
	return width;
}

/* Rewrap the reader when the side panels' width changed from before, and
 * give it the rows the new top screen's details line leaves. */
static void relayout(struct app *app, int before)
{
	if (app_side_width(app) != before)
		app_resize(app, app->cols, app->rows);
	else
		view_set_rows(&app->view, app_text_rows(app));
}

/* Close the screens above depth (the top one first) and take them off. */
static void close_above(struct app *app, size_t depth)
{
	while (app->depth > depth) {
		struct screen_slot *top = &app->stack[--app->depth];

		if (top->screen->close != NULL)
			top->screen->close(app, top->state);
	}
}

/* Where screen is on the stack, or SIZE_MAX. */
static size_t stack_index(const struct app *app, const struct screen *screen)
{
	size_t i;

	for (i = 0; i < app->depth; i++)
		if (app->stack[i].screen == screen)
			return i;
	return SIZE_MAX;
}

/* Open screen with arg (not on the stack), its state in *state; 0 on
 * success. */
static int open_screen(struct app *app, const struct screen *screen, const void *arg,
		       void **state)
{
	*state = app_state(app, screen);
	if (screen->state_size > 0 && *state == NULL) {
		app_message(app, 1, "out of memory");
		return -1;
	}
	return screen->open != NULL ? screen->open(app, *state, arg) : 0;
}

/* Put screen with state on top; 0 on success. */
static int put_on_top(struct app *app, const struct screen *screen, void *state)
{
	if (GROW(app->stack, app->stack_alloc, app->depth + 1) != 0) {
		if (screen->close != NULL)
			screen->close(app, state);
		app_message(app, 1, "out of memory");
		return -1;
	}
	assert(stack_index(app, screen) == SIZE_MAX);	/* each screen once */
	app->stack[app->depth++] = (struct screen_slot){ .screen = screen, .state = state };
	return 0;
}

int app_push(struct app *app, const struct screen *screen, const void *arg)
{
	int before = app_side_width(app), rc;
	size_t at = stack_index(app, screen);
	void *state;

	if (at != SIZE_MAX && at + 1 == app->depth)
		return 0;
	if (at != SIZE_MAX)
		close_above(app, at);
	rc = open_screen(app, screen, arg, &state);
	if (rc == 0)
		rc = put_on_top(app, screen, state);
	relayout(app, before);
	return rc;
}

void app_pop(struct app *app)
{
	int before = app_side_width(app);

	if (app->depth <= 1) {
		app->quit = 1;
		return;
	}
	close_above(app, app->depth - 1);
	relayout(app, before);
}

int app_switch(struct app *app, const struct screen *screen, const void *arg)
{
	int before = app_side_width(app), rc;
	void *state;

	if (open_screen(app, screen, arg, &state) != 0)
		return -1;
	while (app->depth > 0) {
		struct screen_slot *top = &app->stack[--app->depth];

		if (top->screen != screen && top->screen->close != NULL)
			top->screen->close(app, top->state);
	}
	rc = put_on_top(app, screen, state);
	relayout(app, before);
	return rc;
}

void app_clear_hits(struct app *app)
{
	int y;

	for (y = 0; y < app->rows; y++)
		app->hits[y].para = SIZE_MAX;
}

/* Forget what belongs to the article shown: its layout, marks, match,
 * selection, form, undo journal and annotations. */
static void drop_article(struct app *app)
{
	size_t i;

	wrap_cache_free(app->wrap);
	wrap_cache_free(app->focus_wrap);
	app->wrap = app->focus_wrap = NULL;
	form_clear(&app->form);
	undo_free(&app->undo);
	overlay_free(&app->overlay);
	for (i = 0; i < APP_MARKS; i++)
		app->marks[i] = SIZE_MAX;
	jumps_init(&app->jumps);
	app->has_match = 0;
	app->search_generation++;
	app->selection.active = 0;
	app->selection.para = SIZE_MAX;
	app->current = SIZE_MAX;
}

/* Show article from its first paragraph; 0 on success, -1 when out of
 * memory (and nothing is shown). */
/* Note what the article's file (its name, when that is a file) is now:
 * device, inode, size and modification time. */
static void note_file(struct app *app, const struct article *article)
{
	struct stat st;

	app->file_known = article->name != NULL && stat(article->name, &st) == 0 &&
			  S_ISREG(st.st_mode);
	if (!app->file_known)
		return;
	app->file_dev = (unsigned long long)st.st_dev;
	app->file_ino = (unsigned long long)st.st_ino;
	app->file_size = (unsigned long long)st.st_size;
	app->file_mtime_s = (long long)st.st_mtim.tv_sec;
	app->file_mtime_ns = (long long)st.st_mtim.tv_nsec;
}

int app_file_changed(const struct app *app)
{
	struct stat st;

	if (!app->file_known)
		return 0;
	if (stat(app->article->name, &st) != 0)
		return 1;
	return (unsigned long long)st.st_dev != app->file_dev ||
	       (unsigned long long)st.st_ino != app->file_ino ||
	       (unsigned long long)st.st_size != app->file_size ||
	       (long long)st.st_mtim.tv_sec != app->file_mtime_s ||
	       (long long)st.st_mtim.tv_nsec != app->file_mtime_ns;
}

static int set_article(struct app *app, struct article *article)
{
	drop_article(app);
	note_file(app, article);
	app->article = article;
	app->gutter = gutter_width(article->count);
	app->wrap = wrap_cache_new(article, reader_text_width(app));
	app->focus_wrap = wrap_cache_new(article, app_focus_width(app));
	if (overlay_init(&app->overlay, article) != 0 || app->wrap == NULL ||
	    app->focus_wrap == NULL)
		return -1;
	view_init(&app->view, app->wrap, article->count, app_text_rows(app));
	app_sync_cursor(app);
	return 0;
}

int app_init(struct app *app, struct article *article, int cols, int rows)
{
	memset(app, 0, sizeof *app);
	app->cols = cols;
	app->rows = rows;
	app->measure = APP_MEASURE_DEFAULT;
	strbuf_init(&app->clipboard);
	if (GROW(app->hits, app->hits_alloc, (size_t)(rows > 0 ? rows : 1)) != 0 ||
	    set_article(app, article) != 0) {
		app_free(app);
		return -1;
	}
	return 0;
}

void app_free(struct app *app)
{
	close_above(app, 0);
	release_states(app);
	drop_article(app);
	article_free(app->owned);
	app->owned = NULL;
	search_free(&app->search);
	prompt_free(&app->prompt);
	strbuf_release(&app->clipboard);
	store_close(app->store);
	app->store = NULL;
	free(app->hits);
	app->hits = NULL;
	app->hits_alloc = 0;
}

/* Give meta (empty) the stored row's title, source and date. */
static void copy_meta(struct article_meta *meta, const struct store_article *row)
{
	meta->title = row->title ? strdup(row->title) : NULL;
	meta->source = row->source ? strdup(row->source) : NULL;
	meta->published = row->published ? strdup(row->published) : NULL;
}

/* Load the stored article row as options say: from its file when it is
 * still there, else from the text the store keeps; NULL when neither
 * works (the status line says why). */
/* Load the file of the stored article row, as options say; a guessed
 * layout gives way to the one the row was recorded with, so that the
 * paragraphs are the ones its annotations were made on. */
static enum tanda_status load_file(const struct store_article *row,
				   const struct article_options *options, struct article **out,
				   struct tanda_error *err)
{
	struct article_options recorded = *options;
	struct article *again;
	enum tanda_status status = article_load(row->path, options, out, err);

	if (status != TANDA_OK || !(*out)->layout_guessed || row->layout == ARTICLE_LAYOUT_AUTO ||
	    row->layout == (*out)->layout)
		return status;
	recorded.layout = row->layout;
	if (article_load(row->path, &recorded, &again, err) == TANDA_OK) {
		article_free(*out);
		*out = again;
	}
	return TANDA_OK;
}

static struct article *load_stored(struct app *app, const struct store_article *row,
				   const struct article_options *options)
{
	struct article *article = NULL;
	struct tanda_error err;
	char *text = NULL;
	size_t len;

	app->from_stored_text = 0;
	if (row->path != NULL && access(row->path, R_OK) == 0 &&
	    load_file(row, options, &article, &err) == TANDA_OK)
		return article;
	app->from_stored_text = 1;
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

/* Open the stored article row, read as options say (app_open_stored). */
static int open_stored(struct app *app, const struct store_article *row,
		       const struct article_options *options)
{
	struct article *old = app->article, *article = load_stored(app, row, options);
	struct reanchor_report adopted;	/* Web Annotations pending for its URL */
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
	if (app->from_stored_text)
		app_message(app, 0, "opened %s from the text the database keeps (%s)",
			    article->meta.title ? article->meta.title : article->name,
			    row->path != NULL ? "its file is gone" : "no file was recorded");
	else
		app_message(app, 0, "opened %s",
			    article->meta.title ? article->meta.title : article->name);
	if (reanchor_open(app->store, article, row->path, REANCHOR_VISIT, NULL, &err) != TANDA_OK ||
	    w3c_import_adopt(app->store, article, row->path, &adopted, &err) != TANDA_OK)
		app_message(app, 1, "annotations unavailable: %s", err.message);
	else
		app_attach_store(app, app->store);
	return 0;
}

int app_open_stored(struct app *app, const struct store_article *row)
{
	struct article_options defaults;

	article_options_default(&defaults);
	if (open_stored(app, row, &defaults) != 0)
		return -1;
	app->from_command_line = 0;	/* the command line's options were for another */
	return 0;
}

void app_resize(struct app *app, int cols, int rows)
{
	if (GROW(app->hits, app->hits_alloc, (size_t)(rows > 0 ? rows : 1)) == 0) {
		app->cols = cols;
		app->rows = rows;
	}
	wrap_cache_set_width(app->wrap, reader_text_width(app));
	wrap_cache_set_width(app->focus_wrap, app_focus_width(app));
	view_set_rows(&app->view, app_text_rows(app));
	app->redraw_all = 1;
}

size_t app_count(const struct app *app, size_t max)
{
	size_t n = app->count > 0 ? app->count : 1;

	return n < max ? n : max;
}

size_t app_log_count(const struct app *app)
{
	return app->log_count;
}

const char *app_log_line(const struct app *app, size_t i)
{
	return app->log[(app->log_next + APP_LOG_MAX - app->log_count + i) % APP_LOG_MAX];
}

/* Keep the message just set in the log, unless it is the newest already. */
static void log_message(struct app *app)
{
	struct strbuf sb;

	if (app->message[0] == '\0' ||
	    (app->log_count > 0 && strncmp(app_log_line(app, app->log_count - 1), app->message,
					   APP_LOG_LINE - 1) == 0))
		return;
	strbuf_init_fixed(&sb, app->log[app->log_next], APP_LOG_LINE);
	strbuf_addstr(&sb, app->message);
	app->log_next = (app->log_next + 1) % APP_LOG_MAX;
	if (app->log_count < APP_LOG_MAX)
		app->log_count++;
}

void app_message(struct app *app, int is_error, const char *fmt, ...)
{
	va_list ap;
	struct strbuf sb;

	strbuf_init_fixed(&sb, app->message, sizeof app->message);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	app->message_is_error = is_error;
	log_message(app);
}

void app_sync_cursor(struct app *app)
{
	if (!app->selection.active && app->selection.para != app->view.focus)
		selection_cursor_reset(&app->selection, app->article, app->view.focus);
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

void app_attach_store(struct app *app, struct store *store)
{
	struct tanda_error err;
	int changed;

	app->store = store;
	app->overlay.hidden_for = app->author;	/* what the user dismissed */
	if (store_set_actor(store, app->author, &err) != TANDA_OK ||
	    store_changed_elsewhere(store, &changed, &err) != TANDA_OK ||
	    overlay_load(&app->overlay, store, &err) != TANDA_OK)
		app_message(app, 1, "annotations unavailable: %s", err.message);
}

int app_reload_file(struct app *app)
{
	struct article_options defaults;
	struct store_article row;
	struct tanda_error err;
	size_t focus;
	int status;

	if (app->store == NULL) {
		app_message(app, 1, "annotations unavailable: nothing to reload");
		return -1;
	}
	if (store_article_get(app->store, article_sha256(app->article), &row, &err) != TANDA_OK) {
		app_message(app, 1, "cannot reload: %s", err.message);
		return -1;
	}
	app->selection.active = 0;	/* its bytes were of the old text */
	focus = app->view.focus;
	article_options_default(&defaults);
	status = open_stored(app, &row, app->from_command_line && app->reading != NULL ?
					 app->reading : &defaults);
	store_article_clear(&row);
	if (status == 0 && app->article->count > 0)
		view_focus(&app->view, focus < app->article->count ? focus
							  : app->article->count - 1);
	return status;
}

int app_reload_annotations(struct app *app)
{
	struct tanda_error err;
	char id[ANNOTATION_ID_SIZE] = "";
	size_t at;

	if (app->store == NULL)
		return -1;
	if (app->current < app->overlay.count)
		snprintf(id, sizeof id, "%s", app->overlay.items[app->current].a.id);
	if (overlay_load(&app->overlay, app->store, &err) != TANDA_OK) {
		app_message(app, 1, "annotations unavailable: %s", err.message);
		return -1;
	}
	at = id[0] != '\0' ? overlay_find(&app->overlay, id) : SIZE_MAX;
	app_set_current(app, at);
	app->redraw_all = 1;
	return 0;
}

int app_sync(struct app *app)
{
	struct tanda_error err;
	int changed;

	if (app->store == NULL)
		return 0;
	if (store_changed_elsewhere(app->store, &changed, &err) != TANDA_OK) {
		app_message(app, 1, "%s", err.message);
		return 1;
	}
	if (changed && app_reload_annotations(app) == 0)
		app_message(app, 0, "annotations changed elsewhere (another window or command): "
			    "%zu shown as they are now", app->overlay.count);
	return changed;
}
