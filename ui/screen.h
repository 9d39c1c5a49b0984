/*
 * screen.h - a screen is a table (as tig's view_ops, tmux's window_mode):
 * its name, its flags, its own keymap, the size of its private state, and
 * what it does to open, close, draw, act, filter and say where it is.
 *
 * The app keeps the screens shown on one stack (app_push, app_pop in
 * app.h); the top one draws and gets the keys.  Each screen's state is
 * private to its file: the stack allocates it, zeroed, the first time the
 * screen is pushed, and keeps it for the session (a filter set once stays
 * set), so open and close deal with what is shown now and release with
 * what the state still holds at the end.  Every field but name and draw
 * may be left out (NULL, 0).
 *
 * A key goes to the top screen's keymap, then to the generic one; the
 * action found goes to the screen's action table, and when that has no
 * handler for it, to the global actions (global.c) — or nowhere in a
 * SCREEN_MODAL screen.
 */
#ifndef TANDA_UI_SCREEN_H
#define TANDA_UI_SCREEN_H

#include <stddef.h>

struct app;
struct key;
struct keymap;

/* What a screen's handler of an action does: 1 when it is done with it, 0
 * to let the global action run after it. */
typedef int screen_action_fn(struct app *app, void *state);

enum screen_flags {
	SCREEN_SELECTS = 1 << 0,	/* keys go to the selecting keymap while a
					 * selection is open (the reader, focus mode) */
	SCREEN_MODAL = 1 << 1,		/* actions without a handler here are ignored,
					 * not given to the global ones */
	SCREEN_UNTITLED = 1 << 2,	/* the status line does not show the article's title */
};

struct screen {
	const char *name;		/* shown in the status line */
	unsigned flags;			/* enum screen_flags */
	const struct keymap *keymap;	/* its own keys, looked up before the generic ones */
	size_t state_size;		/* the bytes of its private state (0: none) */

	/* Show it, with what its header says arg is; 0 on success, else the
	 * status line says why and it is not pushed. */
	int (*open)(struct app *app, void *state, const void *arg);
	/* It leaves the stack. */
	void (*close)(struct app *app, void *state);
	/* The session ends: free what state holds. */
	void (*release)(void *state);
	/* Draw everything but the details and status lines (the mouse's
	 * hit-testing is cleared before). */
	void (*draw)(struct app *app, void *state);
	/* Its handlers by action (ACTION_COUNT of them; NULL: none here). */
	screen_action_fn *const *action;
	/* The text typed at its '/' prompt (a PROMPT_FILTER). */
	void (*search)(struct app *app, void *state, const char *text);
	/* Where it is, for the status line: item at (1-based) of count;
	 * NULL: the focused paragraph of the article. */
	void (*position)(const struct app *app, const void *state, size_t *at, size_t *count);
	/* The columns it takes at the right of the window, beside the reader
	 * under it, while it is on the stack (0: none). */
	int (*side)(const struct app *app);
	/* A mouse event; NULL: the mouse does nothing here. */
	void (*mouse)(struct app *app, void *state, const struct key *key);
};

/* A handler that takes an action and does nothing with it (a key that
 * means nothing on this screen). */
int screen_ignore(struct app *app, void *state);

/* A handler that passes an action on to the global one (in a
 * SCREEN_MODAL screen). */
int screen_pass(struct app *app, void *state);

#endif
