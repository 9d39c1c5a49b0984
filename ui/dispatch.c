/*
 * dispatch.c - where an input event goes.  A key goes through stages in
 * order: the open prompt, a pending mark letter, the open form's question,
 * and last the keymaps — the top screen's, then the generic one (the
 * selecting mode's first while a selection is open in the reader) — to an
 * action, which the top screen's action table handles or leaves to the
 * global actions.  A ':' command runs its action the same way.  Mouse
 * events go to the top screen, a resize to the app.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "annotate.h"
#include "app.h"
#include "commands.h"
#include "dispatch.h"
#include "global.h"
#include "keymap.h"

/* Run action: the top screen's handler first, then (unless it took it,
 * or the screen is modal and has none) the global one. */
static void run_action(struct app *app, enum action action)
{
	const struct screen *screen = app_screen(app);
	screen_action_fn *own;

	if (action == ACTION_NONE || (unsigned)action >= ACTION_COUNT)
		return;
	own = screen->action != NULL ? screen->action[action] : NULL;
	if (own != NULL ? own(app, app_top_state(app)) : (screen->flags & SCREEN_MODAL) != 0)
		return;
	global_action(app, action);
}

static int acts_on_selection(enum action action);

/* Run the ':' command text; while a selection is open, only the commands
 * that act on it (others would move the text from under it). */
static void run_command(struct app *app, const char *text)
{
	struct command_result result = commands_parse(text);

	if (app->selection.active && result.kind != COMMAND_EMPTY &&
	    (result.kind != COMMAND_ACTION || !acts_on_selection(result.action))) {
		app_message(app, 1, "selecting: only :attach acts on it (Esc cancels it first)");
		return;
	}
	switch (result.kind) {
	case COMMAND_ACTION:
		snprintf(app->argument, sizeof app->argument, "%.*s", (int)result.argument_len,
			 result.argument);
		run_action(app, result.action);
		app->argument[0] = '\0';
		break;
	case COMMAND_GOTO:
		global_jump(app, result.number > 0 ? result.number - 1 : 0);
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
		if (app_screen(app)->search != NULL)
			app_screen(app)->search(app, app_top_state(app), text);
		break;
	default:
		annotate_form_answer(app, text);
		break;
	}
}

/* The open prompt takes every key, and acts on what was typed. */
static int prompt_stage(struct app *app, const struct key *key)
{
	if (!prompt_is_open(&app->prompt))
		return 0;
	switch (prompt_key(&app->prompt, key)) {
	case PROMPT_EDITING:
		break;
	case PROMPT_CANCEL:
		prompt_close(&app->prompt);
		if (app->form.steps != NULL)
			annotate_form_cancel(app);
		break;
	case PROMPT_SUBMIT:
		prompt_close(&app->prompt);
		prompt_submitted(app);
		break;
	}
	return 1;
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

/* Say why key, which is not a letter, set or found no mark. */
static void not_a_mark(struct app *app, const struct key *key)
{
	char shown[8] = "";

	if (key->kind == KEY_KIND_CHAR && (key->code == KEY_ESCAPE || key->code == KEY_CTRL('c'))) {
		app_message(app, 0, "mark: cancelled");
		return;
	}
	if (key->kind == KEY_KIND_CHAR && key->code > ' ' && key->code < 0x7F)
		snprintf(shown, sizeof shown, "%c ", (char)key->code);
	app_message(app, 1, "mark: %sis not a letter (marks are a-z and A-Z): ignored", shown);
}

/* Whether key is the character c. */
static int is_char(const struct key *key, uint32_t c)
{
	return key->kind == KEY_KIND_CHAR && key->code == c;
}

/* '' : back where the last jump came from (itself a jump, so that ''
 * again comes back). */
static void jump_back_last(struct app *app)
{
	if (app->jumps.last_from == SIZE_MAX)
		app_message(app, 1, "no jump yet to go back from ('' after G, :N, /, a mark)");
	else
		global_jump(app, app->jumps.last_from);
}

/* The letter after m or ': set the mark, or go to it. */
static void mark_letter(struct app *app, enum action action, const struct key *key)
{
	int index = key->kind == KEY_KIND_CHAR ? mark_index(key->code) : -1;

	if (action == ACTION_MARK_JUMP && is_char(key, '\'')) {
		jump_back_last(app);
	} else if (index < 0) {
		not_a_mark(app, key);	/* anything but a letter cancels, saying why */
	} else if (action == ACTION_MARK_SET) {
		app->marks[index] = app->view.focus;
		app_message(app, 0, "mark %c set at paragraph %zu", (char)key->code,
			    app->view.focus + 1);
	} else if (app->marks[index] == SIZE_MAX) {
		app_message(app, 1, "mark %c is not set", (char)key->code);
	} else {
		global_jump(app, app->marks[index]);
	}
}

/* A pending action takes the next key: a mark's letter, the second letter
 * of ZZ (ZQ), or the answer to deleting someone else's annotation. */
static int pending_stage(struct app *app, const struct key *key)
{
	enum action action = app->pending;

	if (action == ACTION_NONE)
		return 0;
	app->pending = ACTION_NONE;
	if (action == ACTION_DELETE) {	/* d on someone else's annotation asked */
		if (is_char(key, 'y'))
			annotate_delete_confirmed(app);
		else
			app_message(app, 0, "kept: nothing dismissed");
	} else if (action != ACTION_QUIT_ZZ) {
		mark_letter(app, action, key);
	} else if (is_char(key, 'Z') || is_char(key, 'Q')) {
		app->quit = 1;
	} else {
		app_message(app, 0, "Z: ZZ or ZQ quits; nothing else follows Z");
	}
	return 1;
}

/* The most a count typed before a key can be. */
#define COUNT_MAX 999999999

/* Digits before a key are its count (5j, 10G, 50%); a 0 only after
 * another digit, since 0 alone is a key while selecting. */
static int count_stage(struct app *app, const struct key *key)
{
	uint32_t c = key->code;

	if (key->kind != KEY_KIND_CHAR || c < '0' || c > '9' || (c == '0' && app->count == 0))
		return 0;
	app->count = app->count * 10 + (c - '0');
	if (app->count > COUNT_MAX)
		app->count = COUNT_MAX;
	return 1;
}

/* The actions that may run while a selection is open: those that act on
 * it, and those that do not touch the text.  Other keys wait. */
static const enum action while_selecting[] = {
	ACTION_YANK, ACTION_HIGHLIGHT, ACTION_QUOTE, ACTION_TAG, ACTION_CORRECT, ACTION_NOTE,
	ACTION_HELP, ACTION_REDRAW, ACTION_COMMAND, ACTION_ATTACH,
};

/* Whether action may run while a selection is open. */
static int acts_on_selection(enum action action)
{
	size_t i;

	for (i = 0; i < sizeof while_selecting / sizeof while_selecting[0]; i++)
		if (while_selecting[i] == action)
			return 1;
	return 0;
}

/* The action key is bound to on screen: in its keymap, else the generic
 * one. */
static enum action bound_action(const struct screen *screen, const struct key *key)
{
	enum action action = screen->keymap != NULL ? keymap_lookup(screen->keymap, key)
						    : ACTION_NONE;

	return action != ACTION_NONE ? action : keymap_lookup(&keymap_generic, key);
}

/* The action key runs on the top screen: while a selection is open on one
 * that selects, the selection's motions and the actions that act on it;
 * other keys wait (ACTION_NONE). */
static enum action key_action(struct app *app, const struct key *key)
{
	const struct screen *screen = app_screen(app);
	enum action action;

	if (app->jump_walk && (action = keymap_lookup(&keymap_jumping, key)) != ACTION_NONE)
		return action;
	if (!(screen->flags & SCREEN_SELECTS) || !app->selection.active)
		return bound_action(screen, key);
	action = keymap_lookup(&keymap_selecting, key);
	if (action != ACTION_NONE)
		return action;
	action = bound_action(screen, key);
	if (acts_on_selection(action))
		return action;
	app_message(app, 0, "-- SELECT -- w b e l Left ( ) 0 $ o move its end; h \" t c a act; "
		    "Esc cancels");
	return ACTION_NONE;
}

/* The open form's one-letter question or quote picker takes the keys it
 * waits for. */
static int form_stage(struct app *app, const struct key *key)
{
	return annotate_form_key(app, key);
}

/* Last, the keymaps: the key's action runs, with the count typed before
 * it, which it uses up; right after C-o or C-i, Tab is C-i. */
static int keys_stage(struct app *app, const struct key *key)
{
	enum action action = key_action(app, key);

	run_action(app, action);
	app->count = 0;
	app->jump_walk = action == ACTION_JUMP_BACK || action == ACTION_JUMP_FORWARD;
	return 1;
}

/* The stages a key goes through, in order, until one takes it. */
static int (*const stages[])(struct app *app, const struct key *key) = {
	prompt_stage,
	pending_stage,
	form_stage,
	count_stage,
	keys_stage,
};

/* The current annotation belongs to the focused paragraph: moving away
 * clears it. */
static void drop_current_elsewhere(struct app *app)
{
	if (app->current != SIZE_MAX && (app->current >= app->overlay.count ||
					 app->overlay.items[app->current].para != app->view.focus))
		app_set_current(app, SIZE_MAX);
}

/* A mouse event goes to the top screen, unless the window is too small
 * to show anything. */
static void mouse_input(struct app *app, const struct key *key)
{
	const struct screen *screen = app_screen(app);

	if (screen->mouse != NULL && !app_too_small(app))
		screen->mouse(app, app_top_state(app), key);
	app_sync_cursor(app);
}

void dispatch_key(struct app *app, const struct key *key)
{
	size_t i;

	app->message[0] = '\0';
	app->message_is_error = 0;	/* an old error must not hold back a new message */
	(void)app_sync(app);	/* other processes' changes first: act on them */
	app->last_key = *key;
	if (key->kind == KEY_KIND_RESIZE) {
		app_resize(app, key->x, key->y);
		return;
	}
	app->typed = 1;
	if (key->kind == KEY_KIND_MOUSE) {
		mouse_input(app, key);
		return;
	}
	for (i = 0; i < sizeof stages / sizeof stages[0]; i++)
		if (stages[i](app, key))
			break;
	drop_current_elsewhere(app);
	app_sync_cursor(app);
}
