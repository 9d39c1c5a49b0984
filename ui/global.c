/*
 * global.c - the global actions: what each action does when the screen on
 * top leaves it to them, one small handler each in one table.  Moving the
 * focus, searching, marks, the selection, the annotations' order, export,
 * and pushing the other screens onto the stack (with ui.c, the only file
 * that knows the screens).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "annotate.h"
#include "app.h"
#include "global.h"
#include "screen-focus.h"
#include "screen-help.h"
#include "screen-history.h"
#include "screen-library.h"
#include "screen-list.h"
#include "screen-review.h"
#include "store.h"
#include "yaml-export.h"

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
	if (forward)
		return search_find_between(s, a->text, a->text_len, 0, from, start, len);
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

void global_search(struct app *app, const char *text, int forward)
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

/* /: search the text (the lists filter what they list instead). */
static void do_search_forward(struct app *app)
{
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

/* f: focus mode (whose own f comes back). */
static void do_focus_mode(struct app *app)
{
	(void)app_push(app, &focus_screen, NULL);
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
 * the status line, or why not; with regular_only (a name tanda made up)
 * only as a regular file, never through a link. */
static void export_to(struct app *app, const char *path, int regular_only)
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
		o.regular_only = regular_only;
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
		export_to(app, app->argument, 0);
		return;
	}
	yaml_export_default_name(app->article->name, article_sha256(app->article), name,
				 sizeof name);
	export_to(app, name, 1);	/* a name made up: never through a link */
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

/* R, :review [accepted]: review the corrections of that status. */
static void do_review(struct app *app)
{
	review_open(app);
}

/* :history: the history of the current correction (the review shows
 * that of the one it shows). */
static void do_history(struct app *app)
{
	history_open(app, app->current < app->overlay.count ? &app->overlay.items[app->current].a
							    : NULL);
}

/* L: the library of stored articles; q there comes back. */
static void do_library(struct app *app)
{
	(void)app_push(app, &library_screen, NULL);
}

/* Tab: open the list of annotations (the list's own Tab closes it). */
static void do_panel(struct app *app)
{
	(void)app_push(app, &list_screen, NULL);
}

/* :filter FIELD=VALUE...: filter the list by fields, and show it. */
static void do_filter(struct app *app)
{
	list_filter(app, app->argument);
}

/* F1: the help (whose own F1 comes back). */
static void do_help(struct app *app)
{
	(void)app_push(app, &help_screen, NULL);
}

/* q, Esc in the screens over the reader: back to the one under. */
static void do_back(struct app *app)
{
	app_pop(app);
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
	[ACTION_BACK] = do_back,
};

void global_action(struct app *app, enum action action)
{
	if ((unsigned)action < ACTION_COUNT && action_handlers[action] != NULL)
		action_handlers[action](app);
}
