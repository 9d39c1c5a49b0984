/*
 * app.c - the session state and what each action does.  Keys reach the
 * open prompt first, then a pending mark, then the screen's own handler,
 * and last the key table; every action has a small handler in one table.
 */
#include <curses.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "commands.h"
#include "keymap.h"
#include "store.h"
#include "yaml-export.h"

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

int app_text_rows(const struct app *app)
{
	return app->rows > 1 ? app->rows - 1 : 1;
}

int app_too_small(const struct app *app)
{
	return app->cols < APP_MIN_COLS || app->rows < APP_MIN_ROWS;
}

/* The width the reader wraps text to in the current window. */
static int reader_text_width(const struct app *app)
{
	int width = app->cols - app->gutter - 1;

	return width < 1 ? 1 : width;
}

int app_focus_width(const struct app *app)
{
	int width = app->cols - 4;

	return width > FOCUS_MAX_WIDTH ? FOCUS_MAX_WIDTH : width < 1 ? 1 : width;
}

int app_init(struct app *app, struct article *article, int cols, int rows)
{
	size_t i;

	memset(app, 0, sizeof *app);
	app->article = article;
	app->cols = cols;
	app->rows = rows;
	app->gutter = gutter_width(article->count);
	app->screen = &reader_screen;
	app->wrap = wrap_cache_new(article, reader_text_width(app));
	app->focus_wrap = wrap_cache_new(article, app_focus_width(app));
	app->row_para = malloc((size_t)(rows > 0 ? rows : 1) * sizeof *app->row_para);
	if (app->wrap == NULL || app->focus_wrap == NULL || app->row_para == NULL) {
		app_free(app);
		return -1;
	}
	for (i = 0; i < APP_MARKS; i++)
		app->marks[i] = SIZE_MAX;
	view_init(&app->view, app->wrap, article->count, app_text_rows(app));
	return 0;
}

void app_free(struct app *app)
{
	wrap_cache_free(app->wrap);
	wrap_cache_free(app->focus_wrap);
	search_free(&app->search);
	free(app->row_para);
	app->wrap = NULL;
	app->focus_wrap = NULL;
	app->row_para = NULL;
}

void app_resize(struct app *app, int cols, int rows)
{
	size_t *grown = realloc(app->row_para, (size_t)(rows > 0 ? rows : 1) * sizeof *grown);

	if (grown != NULL) {
		app->row_para = grown;
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

/* Focus paragraph para, remembering nothing else. */
static void go_to(struct app *app, size_t para)
{
	view_focus(&app->view, para);
}

static void do_next(struct app *app)
{
	if (app->view.focus + 1 < app->article->count)
		go_to(app, app->view.focus + 1);
	else
		view_show_focus(&app->view);
}

static void do_previous(struct app *app)
{
	go_to(app, app->view.focus > 0 ? app->view.focus - 1 : 0);
}

static void do_page_down(struct app *app)
{
	view_page(&app->view, app_text_rows(app));
}

static void do_page_up(struct app *app)
{
	view_page(&app->view, -(long)app_text_rows(app));
}

static void do_half_down(struct app *app)
{
	view_page(&app->view, (app_text_rows(app) + 1) / 2);
}

static void do_half_up(struct app *app)
{
	view_page(&app->view, -(long)((app_text_rows(app) + 1) / 2));
}

static void do_first(struct app *app)
{
	go_to(app, 0);
}

static void do_last(struct app *app)
{
	go_to(app, app->article->count ? app->article->count - 1 : 0);
}

/* Search the part of the text a search from `from` did not cover, going
 * round the end; 1 with the match in *start and *len. */
static int search_wrapped(const struct search *s, const struct article *a, size_t from,
			  int forward, size_t *start, size_t *len)
{
	size_t limit = from + s->len < a->text_len ? from + s->len : a->text_len;

	if (forward)
		return search_find(s, a->text, limit, 0, 1, start, len);
	if (!search_find(s, a->text + from, a->text_len - from, a->text_len - from, 0, start, len))
		return 0;
	*start += from;
	return 1;
}

/* Find the next match of the current search in direction forward. */
static void run_search(struct app *app, int forward)
{
	const struct article *a = app->article;
	size_t from, start, len;

	if (app->search.pattern == NULL) {
		app_message(app, 1, "No previous search");
		return;
	}
	if (app->has_match)
		from = forward ? app->match_start + 1 : app->match_start;
	else
		from = a->count ? a->paragraphs[app->view.focus].start : 0;
	if (!search_find(&app->search, a->text, a->text_len, from, forward, &start, &len)) {
		if (!search_wrapped(&app->search, a, from, forward, &start, &len)) {
			app->has_match = 0;
			app_message(app, 1, "Pattern not found: %s", app->search.pattern);
			return;
		}
		app_message(app, 0, forward ? "search hit BOTTOM, continuing at TOP"
					    : "search hit TOP, continuing at BOTTOM");
	}
	app->has_match = 1;
	app->match_start = start;
	app->match_len = len;
	go_to(app, article_paragraph_at(a, start));
}

/* Start a new search for text (the last pattern when text is empty). */
static void start_search(struct app *app, const char *text, int forward)
{
	struct tanda_error err;
	struct search fresh;

	if (text[0] != '\0') {
		if (search_compile(&fresh, text, &err) != TANDA_OK) {
			app_message(app, 1, "%s", err.message);
			return;
		}
		search_free(&app->search);
		app->search = fresh;
	}
	app->search_forward = forward;
	app->has_match = 0;
	run_search(app, forward);
}

static void do_search_forward(struct app *app)
{
	prompt_open(&app->prompt, '/');
}

static void do_search_backward(struct app *app)
{
	prompt_open(&app->prompt, '?');
}

static void do_search_next(struct app *app)
{
	run_search(app, app->search_forward);
}

static void do_search_previous(struct app *app)
{
	run_search(app, !app->search_forward);
}

static void do_command(struct app *app)
{
	prompt_open(&app->prompt, ':');
}

static void do_focus_mode(struct app *app)
{
	app->screen = app->screen == &focus_screen ? &reader_screen : &focus_screen;
	view_show_focus(&app->view);
}

static void do_mark_set(struct app *app)
{
	app->pending = ACTION_MARK_SET;
	app_message(app, 0, "mark: type a letter");
}

static void do_mark_jump(struct app *app)
{
	app->pending = ACTION_MARK_JUMP;
	app_message(app, 0, "go to mark: type its letter");
}

/* Write the article's live annotations to the file path, saying where in
 * the status line, or why not. */
static void export_to(struct app *app, const char *path)
{
	const char *sha256 = article_sha256(app->article);
	struct yaml_export_options o;
	struct yaml_export_report report;
	struct store_article known;
	struct tanda_error err;
	struct store *store = NULL;
	enum tanda_status status = store_open(app->db, &store, &err);

	if (status == TANDA_OK)
		status = store_article_get(store, sha256, &known, &err);
	if (status == TANDA_OK) {
		store_article_clear(&known);
		yaml_export_options_init(&o);
		o.articles = &sha256;
		o.narticles = 1;
		o.all = 1;
		status = yaml_export_file(store, &o, path, &report, &err);
	}
	store_close(store);
	if (status != TANDA_OK)
		app_message(app, 1, "export: %s", err.message);
	else
		app_message(app, 0, "exported %zu annotation%s to %s", report.annotations,
			    report.annotations == 1 ? "" : "s", path);
}

/* :export [FILE]: the article's annotations into FILE, by default one
 * named after the article in the current folder. */
static void do_export(struct app *app)
{
	char name[PATH_MAX];

	if (app->db == NULL) {
		app_message(app, 1, "export: no annotation database");
		return;
	}
	if (app->argument[0] != '\0') {
		export_to(app, app->argument);
		return;
	}
	yaml_export_default_name(app->article->name, article_sha256(app->article), name,
				 sizeof name);
	export_to(app, name);
}

static void do_help(struct app *app)
{
	if (app->screen == &help_screen)
		return;
	app->under_help = app->screen;
	app->screen = &help_screen;
	app->help_top = 0;
}

static void do_redraw(struct app *app)
{
	app->redraw_all = 1;
}

static void do_quit(struct app *app)
{
	app->quit = 1;
}

static void (*const action_handlers[ACTION_COUNT])(struct app *) = {
	[ACTION_NEXT] = do_next,
	[ACTION_PREVIOUS] = do_previous,
	[ACTION_PAGE_DOWN] = do_page_down,
	[ACTION_PAGE_UP] = do_page_up,
	[ACTION_HALF_DOWN] = do_half_down,
	[ACTION_HALF_UP] = do_half_up,
	[ACTION_FIRST] = do_first,
	[ACTION_LAST] = do_last,
	[ACTION_SEARCH_FORWARD] = do_search_forward,
	[ACTION_SEARCH_BACKWARD] = do_search_backward,
	[ACTION_SEARCH_NEXT] = do_search_next,
	[ACTION_SEARCH_PREVIOUS] = do_search_previous,
	[ACTION_COMMAND] = do_command,
	[ACTION_FOCUS_MODE] = do_focus_mode,
	[ACTION_MARK_SET] = do_mark_set,
	[ACTION_MARK_JUMP] = do_mark_jump,
	[ACTION_EXPORT] = do_export,
	[ACTION_HELP] = do_help,
	[ACTION_REDRAW] = do_redraw,
	[ACTION_QUIT] = do_quit,
};

/* Run action, unless the article is empty and it needs paragraphs. */
static void run_action(struct app *app, enum action action)
{
	if ((unsigned)action < ACTION_COUNT && action_handlers[action] != NULL)
		action_handlers[action](app);
}

/* Run the ':' command text. */
static void run_command(struct app *app, const char *text)
{
	struct command_result result = commands_parse(text);

	switch (result.kind) {
	case COMMAND_ACTION:
		snprintf(app->argument, sizeof app->argument, "%.*s", (int)result.argument_len,
			 result.argument);
		run_action(app, result.action);
		app->argument[0] = '\0';
		break;
	case COMMAND_GOTO:
		go_to(app, result.number > 0 ? result.number - 1 : 0);
		break;
	case COMMAND_UNKNOWN:
		app_message(app, 1, "Not a command: %s", text);
		break;
	case COMMAND_EMPTY:
		break;
	}
}

/* Give key to the open prompt, and act on what was typed. */
static void prompt_input(struct app *app, const struct key *key)
{
	char leader = app->prompt.leader;

	switch (prompt_key(&app->prompt, key)) {
	case PROMPT_EDITING:
		return;
	case PROMPT_CANCEL:
		prompt_close(&app->prompt);
		return;
	case PROMPT_SUBMIT:
		prompt_close(&app->prompt);
		if (leader == ':')
			run_command(app, app->prompt.text);
		else
			start_search(app, app->prompt.text, leader == '/');
		return;
	}
}

/* The index of mark letter c, or -1 when c is not a letter. */
static int mark_index(uint32_t c)
{
	if (c >= 'a' && c <= 'z')
		return (int)(c - 'a');
	if (c >= 'A' && c <= 'Z')
		return 26 + (int)(c - 'A');
	return -1;
}

/* Finish the pending mark action with key. */
static void pending_input(struct app *app, const struct key *key)
{
	enum action action = app->pending;
	int index = key->kind == KEY_KIND_CHAR ? mark_index(key->code) : -1;

	app->pending = ACTION_NONE;
	if (index < 0)
		return;	/* anything but a letter cancels */
	if (action == ACTION_MARK_SET) {
		app->marks[index] = app->view.focus;
		app_message(app, 0, "mark %c set at paragraph %zu", (char)key->code,
			    app->view.focus + 1);
	} else if (app->marks[index] == SIZE_MAX) {
		app_message(app, 1, "mark %c is not set", (char)key->code);
	} else {
		go_to(app, app->marks[index]);
	}
}

/* Act on a mouse event: a click focuses, the wheel scrolls. */
static void mouse_input(struct app *app, const struct key *key)
{
	if (app->screen != &reader_screen || app_too_small(app))
		return;
	if (key->code == MOUSE_WHEEL_UP || key->code == MOUSE_WHEEL_DOWN) {
		view_page(&app->view, key->code == MOUSE_WHEEL_UP ? -3 : 3);
		return;
	}
	if (key->y >= 0 && key->y < app_text_rows(app) && key->y < app->rows &&
	    app->row_para[key->y] != SIZE_MAX)
		app->view.focus = app->row_para[key->y];
}

void app_key(struct app *app, const struct key *key)
{
	app->message[0] = '\0';
	if (key->kind == KEY_KIND_RESIZE) {
		app_resize(app, key->x, key->y);
		return;
	}
	if (key->kind == KEY_KIND_MOUSE) {
		mouse_input(app, key);
		return;
	}
	if (prompt_is_open(&app->prompt)) {
		prompt_input(app, key);
		return;
	}
	if (app->pending != ACTION_NONE) {
		pending_input(app, key);
		return;
	}
	if (app->screen->key != NULL && app->screen->key(app, key))
		return;
	run_action(app, keymap_lookup(key));
}
