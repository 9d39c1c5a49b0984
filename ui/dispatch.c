/*
 * dispatch.c - where a key goes: the open prompt first, then a pending
 * mark, then the open form, then the screen's own keys, and last the key
 * table's action; the ':' commands and the mouse.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "commands.h"
#include "dispatch.h"
#include "global.h"
#include "keymap.h"
#include "utf8.h"

/* Run the ':' command text. */
static void run_command(struct app *app, const char *text)
{
	struct command_result result = commands_parse(text);

	switch (result.kind) {
	case COMMAND_ACTION:
		snprintf(app->argument, sizeof app->argument, "%.*s", (int)result.argument_len,
			 result.argument);
		global_action(app, result.action);
		app->argument[0] = '\0';
		break;
	case COMMAND_GOTO:
		view_focus(&app->view, result.number > 0 ? result.number - 1 : 0);
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
		global_search(app, text, app->prompt.label[0] == '/');
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
		view_focus(&app->view, app->marks[index]);
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
	global_action(app, key_action(app, key));
}

void dispatch_key(struct app *app, const struct key *key)
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
