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
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "app.h"
#include "global.h"
#include "screen-focus.h"
#include "screen-help.h"
#include "screen-history.h"
#include "screen-library.h"
#include "screen-list.h"
#include "screen-messages.h"
#include "screen-review.h"
#include "store.h"
#include "yaml-export.h"

/* The most times a count repeats an action that costs more than O(1)
 * each time (a search, a page): 5n, 3 Space. */
#define REPEAT_MAX 1000

/* Focus paragraph para, remembering nothing else. */
static void go_to(struct app *app, size_t para)
{
	view_focus(&app->view, para);
}

void global_jump(struct app *app, size_t para)
{
	if (app->article->count == 0)
		return;
	if (para >= app->article->count)
		para = app->article->count - 1;
	if (para != app->view.focus)
		jumps_record(&app->jumps, app->view.focus);
	go_to(app, para);
}

/* j, 5j: the next paragraph, or the count's. */
static void do_next(struct app *app)
{
	size_t n = app_count(app, SIZE_MAX), last = app->article->count - 1;

	if (app->article->count > 0 && app->view.focus < last)
		go_to(app, n < last - app->view.focus ? app->view.focus + n : last);
	else
		view_show_focus(&app->view);
}

/* k, 5k: the paragraph before, or the count's. */
static void do_previous(struct app *app)
{
	size_t n = app_count(app, SIZE_MAX);

	go_to(app, app->view.focus > n ? app->view.focus - n : 0);
}

/* Space, 3 Space: a screen down, or the count's. */
static void do_page_down(struct app *app)
{
	view_page(&app->view, (long)(app_text_rows(app) * app_count(app, REPEAT_MAX)));
}

static void do_page_up(struct app *app)
{
	view_page(&app->view, -(long)(app_text_rows(app) * app_count(app, REPEAT_MAX)));
}

static void do_half_down(struct app *app)
{
	view_page(&app->view, (app_text_rows(app) + 1) / 2);
}

static void do_half_up(struct app *app)
{
	view_page(&app->view, -(long)((app_text_rows(app) + 1) / 2));
}

/* g: the first paragraph; 10g: paragraph 10. */
static void do_first(struct app *app)
{
	global_jump(app, app->count > 0 ? app->count - 1 : 0);
}

/* G: the last paragraph; 10G: paragraph 10. */
static void do_last(struct app *app)
{
	global_jump(app, app->count > 0 ? app->count - 1 : SIZE_MAX);
}

/* 50%: the paragraph half way through (as vi: N% of the count, rounded
 * up); without a count it says how. */
static void do_percent(struct app *app)
{
	size_t n = app->count > 100 ? 100 : app->count, count = app->article->count;

	if (n == 0) {
		app_message(app, 1, "%% needs a count first: 50%% goes half way through");
		return;
	}
	global_jump(app, count > 0 ? (n * count + 99) / 100 - 1 : 0);
}

/* C-o: back in the jump list. */
static void do_jump_back(struct app *app)
{
	size_t to;

	if (!jumps_back(&app->jumps, app->view.focus, &to)) {
		app_message(app, 0, "at the oldest jump");
		return;
	}
	go_to(app, to);
	app_message(app, 0, "jump %zu of %zu: C-o back, C-i (Tab) forward", app->jumps.at + 1,
		    app->jumps.count);
}

/* C-i (Tab right after C-o): forward again in the jump list. */
static void do_jump_forward(struct app *app)
{
	size_t to;

	if (!jumps_forward(&app->jumps, &to)) {
		app_message(app, 0, "at the newest jump");
		return;
	}
	go_to(app, to);
	app_message(app, 0, "jump %zu of %zu: C-o back, C-i (Tab) forward", app->jumps.at + 1,
		    app->jumps.count);
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

/* Find the next match of the current search in direction forward and make
 * it the current match; 0 when there is none. */
static int run_search(struct app *app, int forward)
{
	const struct article *a = app->article;
	size_t from, start, len;

	if (app->search.pattern == NULL) {
		app_message(app, 1, "No previous search");
		return 0;
	}
	if (app->has_match)
		from = forward ? app->match_start + 1 : app->match_start;
	else
		from = a->count ? a->paragraphs[app->view.focus].start : 0;
	if (!search_find(&app->search, a->text, a->text_len, from, forward, &start, &len)) {
		if (!search_wrapped(&app->search, a, from, forward, &start, &len)) {
			app->has_match = 0;
			app_message(app, 1, "Pattern not found: %s", app->search.pattern);
			return 0;
		}
		app_message(app, 0, forward ? "search hit BOTTOM, continuing at TOP"
					    : "search hit TOP, continuing at BOTTOM");
	}
	app->has_match = 1;
	app->search_hidden = 0;
	app->match_start = start;
	app->match_len = len;
	return 1;
}

/* Go to the count's next match in direction forward (at most REPEAT_MAX
 * of them): a jump. */
static void search_times(struct app *app, int forward)
{
	size_t n = app_count(app, REPEAT_MAX);

	while (n-- > 0 && run_search(app, forward))
		;
	if (!app->has_match)
		return;
	global_jump(app, article_paragraph_at(app->article, app->match_start));
	if (!app->selection.active)	/* the cursor on the match: v selects it */
		selection_cursor_to(&app->selection, app->article, app->match_start,
				    app->match_start + app->match_len);
}

void global_search(struct app *app, const char *text, int forward)
{
	struct tanda_error err;

	if (text[0] != '\0') {
		if (search_replace(&app->search, text, &err) != TANDA_OK) {
			app_message(app, 1, "%s", err.message);
			return;
		}
		app->search_generation++;
		app->has_match = 0;
	}
	/* a new search starts at the focused paragraph; / Enter (the last
	 * pattern again) goes on from its match there, as vim's does */
	if (app->has_match && article_paragraph_at(app->article, app->match_start) != app->view.focus)
		app->has_match = 0;
	app->search_forward = forward;
	search_times(app, forward);
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
	search_times(app, app->search_forward);
}

static void do_search_previous(struct app *app)
{
	search_times(app, !app->search_forward);
}

/* Esc, C-c: hide the search's highlights; C-c also says how to quit,
 * since it does not (a prompt, a form or a selection took it before). */
static void do_cancel(struct app *app)
{
	app->search_hidden = 1;
	if (app->last_key.kind == KEY_KIND_CHAR && app->last_key.code == KEY_CTRL('c'))
		app_message(app, 0, "Type :q and Enter, or q, to quit tanda");
}

/* :noh: hide the search's highlights until the next n or N. */
static void do_no_highlight(struct app *app)
{
	app->search_hidden = 1;
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

/* path with a leading "~" or "~/" made the home folder ($HOME), as a
 * shell does, into buf (size bytes); path itself otherwise. */
static const char *expand_home(const char *path, char *buf, size_t size)
{
	const char *home = getenv("HOME");
	struct strbuf sb;

	if (path[0] != '~' || (path[1] != '\0' && path[1] != '/') || home == NULL || home[0] == '\0')
		return path;
	strbuf_init_fixed(&sb, buf, size);
	strbuf_addstr(&sb, home);
	strbuf_addstr(&sb, path + 1);
	return strbuf_ok(&sb) ? buf : path;
}

/* :export [FILE]: the article's annotations into FILE (~ is the home
 * folder), by default one named after the article in the current folder. */
static void do_export(struct app *app)
{
	char name[PATH_MAX];

	if (app->db == NULL) {
		app_message(app, 1, "export: no annotation database");
		return;
	}
	if (app->argument[0] != '\0') {
		export_to(app, expand_home(app->argument, name, sizeof name), 0);
		return;
	}
	yaml_export_default_name(app->article->name, article_sha256(app->article), name,
				 sizeof name);
	export_to(app, name, 1);	/* a name made up: never through a link */
}

/* Apply one ":set" setting, "width=N" or "align=center|left" (len bytes
 * at s); 0 on success, else the status line says why. */
static int set_one(struct app *app, const char *s, size_t len)
{
	int measure = app->measure, left = app->align_left, end = 0;

	if (len > 6 && strncmp(s, "width=", 6) == 0) {
		if (sscanf(s + 6, "%d%n", &measure, &end) != 1 || (size_t)end != len - 6)
			measure = -1;
	} else if (len == 10 && strncmp(s, "align=left", 10) == 0) {
		left = 1;
	} else if (len == 12 && strncmp(s, "align=center", 12) == 0) {
		left = 0;
	} else {
		app_message(app, 1, "set: %.*s: not width=N, align=center or align=left", (int)len, s);
		return -1;
	}
	if (app_set_measure(app, measure, left) != 0) {
		app_message(app, 1, "set: the width must be %d to %d columns", APP_MEASURE_MIN,
			    APP_MEASURE_MAX);
		return -1;
	}
	return 0;
}

/* :set [width=N] [align=center|left]: change them, and say what they are. */
static void do_set(struct app *app)
{
	const char *s = app->argument;
	size_t len;

	while (*s != '\0') {
		len = strcspn(s, " ");
		if (set_one(app, s, len) != 0)
			return;
		s += len;
		s += strspn(s, " ");
	}
	app_message(app, 0, "width=%d align=%s", app->measure, app->align_left ? "left" : "center");
}

/* v: start a selection at the cursor (on the search match after a
 * search, else where w b e l moved it). */
static void do_select(struct app *app)
{
	if (app->article->count == 0)
		return;
	app_sync_cursor(app);
	selection_start(&app->selection);
}

static void do_select_paragraph(struct app *app)
{
	if (app->article->count > 0)
		selection_paragraph(&app->selection, app->article, app->view.focus);
}

/* Change the open selection by motion. */
static void move_selection(struct app *app, enum selection_motion motion)
{
	app_sync_cursor(app);
	selection_move(&app->selection, app->article, motion);
}

static void do_select_word_next(struct app *app) { move_selection(app, SELECT_WORD_NEXT); }
static void do_select_word_back(struct app *app) { move_selection(app, SELECT_WORD_BACK); }
static void do_select_word_end(struct app *app) { move_selection(app, SELECT_WORD_END); }
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

/* o: the selection's ends swap. */
static void do_select_swap(struct app *app)
{
	selection_swap(&app->selection);
}

/* Put into the clipboard the current annotation's words: a quote's in
 * quotation marks with its speaker; 0 when there is none. */
static int yank_current(struct app *app)
{
	const struct annotation *a;

	if (app->current >= app->overlay.count)
		return 0;
	a = &app->overlay.items[app->current].a;
	if (a->kind == KIND_QUOTE && a->speaker != NULL)
		strbuf_addf(&app->clipboard, "\xE2\x80\x9C%s\xE2\x80\x9D \xE2\x80\x94 %s",
			    a->anchor.exact ? a->anchor.exact : "", a->speaker);
	else
		strbuf_addstr(&app->clipboard, a->anchor.exact ? a->anchor.exact : "");
	return 1;
}

/* y: copy the selection (closing it), else the current annotation, to
 * the clipboard: ui.c sends it to the terminal and says how it went. */
static void do_yank(struct app *app)
{
	const struct selection *sel = &app->selection;

	strbuf_reset(&app->clipboard);
	if (sel->active) {
		strbuf_add(&app->clipboard, app->article->text + sel->start, sel->end - sel->start);
		app->selection.active = 0;
	} else if (!yank_current(app)) {
		app_message(app, 1, "nothing to copy: select with v, or choose an annotation with ]");
		return;
	}
	if (!strbuf_ok(&app->clipboard) || app->clipboard.len > APP_CLIPBOARD_MAX) {
		app_message(app, 1, "not copied: %zu bytes is more than a terminal takes (%d)",
			    app->clipboard.len, APP_CLIPBOARD_MAX);
		return;
	}
	app->clipboard_pending = 1;
}

/* ]: the annotation after the current one, or the first from the focused
 * paragraph on. */
static void next_annotation(struct app *app)
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
static void previous_annotation(struct app *app)
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

/* ], 3]: the next annotation, or the count's. */
static void do_next_annotation(struct app *app)
{
	size_t n = app_count(app, REPEAT_MAX);

	while (n-- > 0)
		next_annotation(app);
}

/* [, 3[: the annotation before, or the count's. */
static void do_previous_annotation(struct app *app)
{
	size_t n = app_count(app, REPEAT_MAX);

	while (n-- > 0)
		previous_annotation(app);
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

/* :reload (:e): the file and its annotations again, as they are now. */
static void do_reload(struct app *app)
{
	if (app_reload_file(app) == 0)
		app_message(app, 0, "reloaded %s: %zu annotations", app->article->name,
			    app->overlay.count);
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

/* :messages: what the status line said this session. */
static void do_messages(struct app *app)
{
	(void)app_push(app, &messages_screen, NULL);
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

/* Z: quit when the next key is Z or Q (vi's ZZ, ZQ). */
static void do_quit_zz(struct app *app)
{
	app->pending = ACTION_QUIT_ZZ;
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
	[ACTION_PERCENT] = do_percent,
	[ACTION_JUMP_BACK] = do_jump_back,
	[ACTION_JUMP_FORWARD] = do_jump_forward,
	[ACTION_SEARCH_FORWARD] = do_search_forward,
	[ACTION_SEARCH_BACKWARD] = do_search_backward,
	[ACTION_SEARCH_NEXT] = do_search_next,
	[ACTION_SEARCH_PREVIOUS] = do_search_previous,
	[ACTION_COMMAND] = do_command,
	[ACTION_CANCEL] = do_cancel,
	[ACTION_NO_HIGHLIGHT] = do_no_highlight,
	[ACTION_FOCUS_MODE] = do_focus_mode,
	[ACTION_MARK_SET] = do_mark_set,
	[ACTION_MARK_JUMP] = do_mark_jump,
	[ACTION_SELECT] = do_select,
	[ACTION_SELECT_PARAGRAPH] = do_select_paragraph,
	[ACTION_SELECT_WORD_NEXT] = do_select_word_next,
	[ACTION_SELECT_WORD_BACK] = do_select_word_back,
	[ACTION_SELECT_WORD_END] = do_select_word_end,
	[ACTION_SELECT_SWAP] = do_select_swap,
	[ACTION_SELECT_CHAR_NEXT] = do_select_char_next,
	[ACTION_SELECT_CHAR_BACK] = do_select_char_back,
	[ACTION_SELECT_SENTENCE_NEXT] = do_select_sentence_next,
	[ACTION_SELECT_SENTENCE_BACK] = do_select_sentence_back,
	[ACTION_SELECT_START] = do_select_start,
	[ACTION_SELECT_END] = do_select_end,
	[ACTION_SELECT_CANCEL] = do_select_cancel,
	[ACTION_YANK] = do_yank,
	[ACTION_HIGHLIGHT] = annotate_highlight,
	[ACTION_QUOTE] = annotate_quote,
	[ACTION_TAG] = annotate_tag,
	[ACTION_CORRECT] = annotate_correct,
	[ACTION_NOTE] = annotate_note,
	[ACTION_NOTE_EDITOR] = annotate_note_editor,
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
	[ACTION_RELOAD] = do_reload,
	[ACTION_ATTACH] = annotate_attach,
	[ACTION_EXPORT] = do_export,
	[ACTION_SET] = do_set,
	[ACTION_HELP] = do_help,
	[ACTION_MESSAGES] = do_messages,
	[ACTION_REDRAW] = do_redraw,
	[ACTION_QUIT] = do_quit,
	[ACTION_QUIT_ZZ] = do_quit_zz,
	[ACTION_BACK] = do_back,
};

void global_action(struct app *app, enum action action)
{
	if ((unsigned)action < ACTION_COUNT && action_handlers[action] != NULL)
		action_handlers[action](app);
}
