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
#include <unistd.h>

#include "app.h"
#include "commands.h"
#include "keymap.h"
#include "reanchor.h"
#include "store.h"
#include "utf8.h"
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
	if (reanchor_open(app->store, article, row->path, REANCHOR_VISIT, NULL, &err) != TANDA_OK)
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

/* /: search the text, or in the library and the annotation list, filter
 * what they list. */
static void do_search_forward(struct app *app)
{
	if (app->screen == &library_screen)
		prompt_open(&app->prompt, PROMPT_FILTER, "filter articles: ", app->library.filter);
	else if (app->screen == &panel_screen)
		prompt_open(&app->prompt, PROMPT_FILTER, "filter annotations: ", NULL);
	else
		prompt_open(&app->prompt, PROMPT_SEARCH, "/", NULL);
}

static void do_search_backward(struct app *app)
{
	prompt_open(&app->prompt, PROMPT_SEARCH, "?", NULL);
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
	prompt_open(&app->prompt, PROMPT_COMMAND, ":", NULL);
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

/* v: select the current search match when it is in the focused
 * paragraph, else the paragraph's first word. */
static void do_select(struct app *app)
{
	if (app->article->count == 0)
		return;
	if (app->has_match && app->match_len > 0 &&
	    article_paragraph_at(app->article, app->match_start) == app->view.focus)
		selection_range(&app->selection, app->article, app->match_start,
				app->match_start + app->match_len);
	else
		selection_word(&app->selection, app->article, app->view.focus);
}

static void do_select_paragraph(struct app *app)
{
	if (app->article->count > 0)
		selection_paragraph(&app->selection, app->article, app->view.focus);
}

/* Change the open selection by motion. */
static void move_selection(struct app *app, enum selection_motion motion)
{
	selection_move(&app->selection, app->article, motion);
}

static void do_select_word_next(struct app *app) { move_selection(app, SELECT_WORD_NEXT); }
static void do_select_word_back(struct app *app) { move_selection(app, SELECT_WORD_BACK); }
static void do_select_word_shrink(struct app *app) { move_selection(app, SELECT_WORD_SHRINK); }
static void do_select_char_next(struct app *app) { move_selection(app, SELECT_CHAR_NEXT); }
static void do_select_char_back(struct app *app) { move_selection(app, SELECT_CHAR_BACK); }
static void do_select_sentence_next(struct app *app) { move_selection(app, SELECT_SENTENCE_NEXT); }
static void do_select_sentence_back(struct app *app) { move_selection(app, SELECT_SENTENCE_BACK); }
static void do_select_start(struct app *app) { move_selection(app, SELECT_PARA_START); }
static void do_select_end(struct app *app) { move_selection(app, SELECT_PARA_END); }

static void do_select_cancel(struct app *app)
{
	app->selection.active = 0;
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
	go_to(app, app->overlay.items[index].para);
}

/* ]: the annotation after the current one, or the first from the focused
 * paragraph on. */
static void do_next_annotation(struct app *app)
{
	const struct overlay *o = &app->overlay;
	size_t i;

	if (app->current != SIZE_MAX) {
		for (i = app->current + 1; i < o->count && !overlay_attached(o, i); i++)
			;
	} else {
		i = overlay_next(o, app->article->count ? app->article->paragraphs[app->view.focus].start : 0);
	}
	if (i == SIZE_MAX || i >= o->count)
		app_message(app, 0, o->count ? "no annotation after this one" : "no annotations");
	else
		app_jump_to(app, i);
}

/* [: the annotation before the current one, or the last up to the end of
 * the focused paragraph. */
static void do_previous_annotation(struct app *app)
{
	const struct overlay *o = &app->overlay;
	const struct paragraph *p;
	size_t i = SIZE_MAX;

	if (app->current != SIZE_MAX) {
		for (i = app->current; i-- > 0 && !overlay_attached(o, i);)
			;
	} else if (app->article->count > 0) {
		p = &app->article->paragraphs[app->view.focus];
		i = overlay_previous(o, p->start + p->len + 1);
	}
	if (i == SIZE_MAX)
		app_message(app, 0, o->count ? "no annotation before this one" : "no annotations");
	else
		app_jump_to(app, i);
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

/* R, :review [accepted]: review the corrections of that status. */
static void do_review(struct app *app)
{
	if (app->argument[0] == '\0' || strcmp(app->argument, "proposed") == 0)
		review_open(app, CORRECTION_PROPOSED);
	else if (strcmp(app->argument, "accepted") == 0)
		review_open(app, CORRECTION_ACCEPTED);
	else
		app_message(app, 1, "review: \"%s\" is not proposed or accepted", app->argument);
}

/* :history: the history of the correction shown or current. */
static void do_history(struct app *app)
{
	review_history(app);
}

/* L: the library of stored articles; q there comes back. */
static void do_library(struct app *app)
{
	library_open(app, app->screen);
}

/* Tab: open the list of annotations (the panel's own Tab closes it). */
static void do_panel(struct app *app)
{
	panel_open(app);
}

/* :filter FIELD=VALUE...: filter the list by fields, and show it. */
static void do_filter(struct app *app)
{
	struct tanda_error err;

	if (panel_set_field_filter(app, app->argument, &err) != TANDA_OK) {
		app_message(app, 1, "%s", err.message);
		return;
	}
	if (app->screen != &panel_screen)
		do_panel(app);
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
	[ACTION_SELECT] = do_select,
	[ACTION_SELECT_PARAGRAPH] = do_select_paragraph,
	[ACTION_SELECT_WORD_NEXT] = do_select_word_next,
	[ACTION_SELECT_WORD_BACK] = do_select_word_back,
	[ACTION_SELECT_WORD_SHRINK] = do_select_word_shrink,
	[ACTION_SELECT_CHAR_NEXT] = do_select_char_next,
	[ACTION_SELECT_CHAR_BACK] = do_select_char_back,
	[ACTION_SELECT_SENTENCE_NEXT] = do_select_sentence_next,
	[ACTION_SELECT_SENTENCE_BACK] = do_select_sentence_back,
	[ACTION_SELECT_START] = do_select_start,
	[ACTION_SELECT_END] = do_select_end,
	[ACTION_SELECT_CANCEL] = do_select_cancel,
	[ACTION_HIGHLIGHT] = annotate_highlight,
	[ACTION_COLOR] = annotate_color,
	[ACTION_QUOTE] = annotate_quote,
	[ACTION_TAG] = annotate_tag,
	[ACTION_CORRECT] = annotate_correct,
	[ACTION_NOTE] = annotate_note,
	[ACTION_EDIT] = annotate_edit,
	[ACTION_DELETE] = annotate_delete,
	[ACTION_UNDO] = annotate_undo,
	[ACTION_REDO] = annotate_redo,
	[ACTION_NEXT_ANNOTATION] = do_next_annotation,
	[ACTION_PREVIOUS_ANNOTATION] = do_previous_annotation,
	[ACTION_PANEL] = do_panel,
	[ACTION_FILTER] = do_filter,
	[ACTION_LIBRARY] = do_library,
	[ACTION_REVIEW] = do_review,
	[ACTION_HISTORY] = do_history,
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

/* Act on the text submitted in the prompt, by the prompt's kind. */
static void prompt_submitted(struct app *app)
{
	const char *text = app->prompt.text;

	switch (app->prompt.kind) {
	case PROMPT_COMMAND:
		run_command(app, text);
		break;
	case PROMPT_SEARCH:
		start_search(app, text, app->prompt.label[0] == '/');
		break;
	case PROMPT_FILTER:
		if (app->screen == &library_screen)
			library_set_filter(app, text);
		else
			panel_set_text_filter(app, text);
		break;
	default:
		annotate_form_answer(app, text);
		break;
	}
}

/* Give key to the open prompt, and act on what was typed. */
static void prompt_input(struct app *app, const struct key *key)
{
	switch (prompt_key(&app->prompt, key)) {
	case PROMPT_EDITING:
		return;
	case PROMPT_CANCEL:
		prompt_close(&app->prompt);
		if (app->form.steps != NULL)
			annotate_form_cancel(app);
		return;
	case PROMPT_SUBMIT:
		prompt_close(&app->prompt);
		prompt_submitted(app);
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

/* The byte of the text drawn at column x of reader row y, or SIZE_MAX
 * when no text is there. */
static size_t byte_at(struct app *app, int x, int y)
{
	const struct wrapped *w;
	const struct paragraph *p;
	const char *line;
	size_t len, fit;

	if (y < 0 || y >= app_text_rows(app) || y >= app->rows || app->row_para[y] == SIZE_MAX ||
	    (w = wrap_paragraph(app->wrap, app->row_para[y])) == NULL ||
	    app->row_line[y] >= w->count)
		return SIZE_MAX;
	p = &app->article->paragraphs[app->row_para[y]];
	line = app->article->text + p->start + w->lines[app->row_line[y]].start;
	len = w->lines[app->row_line[y]].len;
	fit = wrap_fit(line, len, x - app->gutter > 0 ? x - app->gutter : 0);
	return (size_t)(line - app->article->text) + (fit < len ? fit : len > 0 ? len - 1 : 0);
}

/* A drag from the pressed cell to x, y inside one paragraph selects the
 * characters between them. */
static void drag_select(struct app *app, int x, int y)
{
	size_t from = app->drag_from, to = byte_at(app, x, y), end;
	const struct article *a = app->article;

	app->drag_from = SIZE_MAX;
	if (from == SIZE_MAX || to == SIZE_MAX || to == from ||
	    article_paragraph_at(a, from) != article_paragraph_at(a, to))
		return;
	if (to < from) {
		end = from;
		from = to;
		to = end;
	}
	end = to + 1;
	while (end < a->text_len && utf8_is_continuation((unsigned char)a->text[end]))
		end++;
	selection_range(&app->selection, a, from, end);
}

/* Act on a mouse event: a click focuses, a drag selects, the wheel
 * scrolls. */
static void mouse_input(struct app *app, const struct key *key)
{
	if (app->screen != &reader_screen || app_too_small(app))
		return;
	if (key->code == MOUSE_WHEEL_UP || key->code == MOUSE_WHEEL_DOWN) {
		view_page(&app->view, key->code == MOUSE_WHEEL_UP ? -3 : 3);
		return;
	}
	if (key->code == MOUSE_RELEASE) {
		drag_select(app, key->x, key->y);
		return;
	}
	app->drag_from = key->code == MOUSE_PRESS ? byte_at(app, key->x, key->y) : SIZE_MAX;
	if (key->y >= 0 && key->y < app_text_rows(app) && key->y < app->rows &&
	    app->row_para[key->y] != SIZE_MAX)
		app->view.focus = app->row_para[key->y];
}

/* Whether action may run while a selection is open: it acts on the
 * selection, or does not touch the text. */
static int acts_on_selection(enum action action)
{
	switch (action) {
	case ACTION_HIGHLIGHT:
	case ACTION_COLOR:
	case ACTION_QUOTE:
	case ACTION_TAG:
	case ACTION_CORRECT:
	case ACTION_NOTE:
	case ACTION_HELP:
	case ACTION_REDRAW:
		return 1;
	default:
		return 0;
	}
}

/* The action key runs: while a selection is open, its motions and the
 * actions that act on it; other keys wait (ACTION_NONE). */
static enum action key_action(struct app *app, const struct key *key)
{
	enum action action;

	if (!app->selection.active)
		return keymap_lookup(key);
	action = keymap_lookup_in(KEYMAP_SELECTING, key);
	if (action != ACTION_NONE)
		return action;
	action = keymap_lookup(key);
	if (acts_on_selection(action))
		return action;
	app_message(app, 0, "selecting: w b e ( ) 0 $ Left Right change it; h \" t c a act; Esc cancels");
	return ACTION_NONE;
}

/* The current annotation belongs to the focused paragraph: moving away
 * clears it. */
static void drop_current_elsewhere(struct app *app)
{
	if (app->current != SIZE_MAX && (app->current >= app->overlay.count ||
					 app->overlay.items[app->current].para != app->view.focus))
		app_set_current(app, SIZE_MAX);
}

/* Handle key once the prompt, a pending letter and an open form have had
 * their turn. */
static void app_command_key(struct app *app, const struct key *key)
{
	if (app->screen->key != NULL && app->screen->key(app, key))
		return;
	run_action(app, key_action(app, key));
}

void app_key(struct app *app, const struct key *key)
{
	app->message[0] = '\0';
	app->last_key = *key;
	if (key->kind == KEY_KIND_RESIZE) {
		app_resize(app, key->x, key->y);
		return;
	}
	if (key->kind == KEY_KIND_MOUSE) {
		mouse_input(app, key);
		return;
	}
	if (prompt_is_open(&app->prompt))
		prompt_input(app, key);
	else if (app->pending != ACTION_NONE)
		pending_input(app, key);
	else if (!annotate_form_key(app, key))
		app_command_key(app, key);
	drop_current_elsewhere(app);
}
