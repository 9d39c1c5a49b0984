/*
 * ui.c - the main loop: draw, read a key, act, until quit; and the replay
 * loop that does the same from a key script on a virtual terminal.
 */
#include <signal.h>
#include <stdio.h>
#include <sysexits.h>

#include "annotate.h"
#include "app.h"
#include "dispatch.h"
#include "draw.h"
#include "dump.h"
#include "replay.h"
#include "screen-library.h"
#include "screen-reader.h"
#include "strbuf.h"
#include "term.h"
#include "ui.h"
#include "utf8.h"

/* How often the reader looks at the database for other processes'
 * changes while nobody types, in milliseconds. */
#define IDLE_LOOK_MS 1000

/* Send what y copied to the terminal's clipboard, and say how it went. */
static void send_clipboard(struct term *term, struct app *app)
{
	size_t chars;

	if (!app->clipboard_pending)
		return;
	app->clipboard_pending = 0;
	chars = utf8_count(app->clipboard.buf, app->clipboard.len);
	if (term_clipboard(term, app->clipboard.buf, app->clipboard.len) == 0)
		app_message(app, 0, "copied %zu character%s to the clipboard", chars,
			    chars == 1 ? "" : "s");
	else
		app_message(app, 1, "not copied: this terminal (TERM) takes no clipboard "
			    "sequence (OSC 52)");
}

/* Run the editor :note asked for, the terminal given back to it. */
static void run_editor(struct term *term, struct app *app)
{
	if (!app->editor_pending)
		return;
	term_outside(term, annotate_note_in_editor, app);
	app->redraw_all = 1;
}

/* Draw the whole screen for the app's state, and show it. */
static void draw_screen(struct term *term, struct app *app)
{
	send_clipboard(term, app);
	draw_frame(app);
	term_refresh(term, app->redraw_all);
	app->redraw_all = 0;
}

/* Set up the app on the started terminal; 0 on success. */
static int start_app(struct term *term, struct app *app, struct article *article,
		     const struct ui_options *o)
{
	int cols, rows;

	term_size(term, &cols, &rows);
	if (app_init(app, article, cols, rows) != 0)
		return -1;
	if (app_push(app, &reader_screen, NULL) != 0) {
		app_free(app);
		return -1;
	}
	theme_init(&app->theme);
	app->db = o->db;
	app->reading = o->reading;
	app->from_command_line = 1;
	snprintf(app->author, sizeof app->author, "anonymous");
	if (o->warning != NULL)
		app_message(app, 1, "%s", o->warning);
	return 0;
}

/* Do the caller's after-first-screen work, and show what it says. */
static void after_first_screen(struct app *app, const struct ui_options *o)
{
	char message[512] = "";
	struct store *store = NULL;
	int is_error;

	if (o->after_first_screen == NULL)
		return;
	is_error = o->after_first_screen(o->context, &store, message, sizeof message);
	if (o->author != NULL && o->author[0] != '\0') {
		struct strbuf sb;	/* cut at a character's boundary: it is stored */

		strbuf_init_fixed(&sb, app->author, sizeof app->author);
		strbuf_addstr(&sb, o->author);
	}
	if (message[0] != '\0')
		app_message(app, is_error, "%s", message);
	if (store != NULL)
		app_attach_store(app, store);
}

/* Show the first screen: the reader, then the work that waits for it;
 * or, when starting in the library, that work first (the library needs
 * the store), then the library. */
static void first_screen(struct term *term, struct app *app, const struct ui_options *o)
{
	if (o->library) {
		after_first_screen(app, o);
		(void)app_switch(app, &library_screen, NULL);
		draw_screen(term, app);
		return;
	}
	draw_screen(term, app);
	after_first_screen(app, o);
	draw_screen(term, app);
}

/* Run live on the terminal until quit or a stop signal. */
static int run_live(struct article *article, const struct ui_options *o)
{
	struct term term;
	struct app app;
	struct key key;
	char why[256];

	if (term_start(&term, why, sizeof why) != 0) {
		fprintf(stderr, "tanda: %s\n", why);
		return EX_CONFIG;
	}
	if (start_app(&term, &app, article, o) != 0) {
		term_stop(&term);
		fprintf(stderr, "tanda: out of memory\n");
		return EX_OSERR;
	}
	first_screen(&term, &app, o);
	while (!app.quit) {
		if (!term_wait_key(&term, IDLE_LOOK_MS)) {
			if (app_sync(&app))	/* while nobody types */
				draw_screen(&term, &app);
			continue;
		}
		if (term_read_key(&term, &key) != 0)
			break;
		dispatch_key(&app, &key);
		run_editor(&term, &app);
		if (!term_input_pending(&term))	/* a paste draws once, at its end */
			draw_screen(&term, &app);
	}
	term_stop(&term);
	app_free(&app);
	return term_stop_signal() ? 128 + term_stop_signal() : 0;
}

/* Whether event e comes as typed-ahead input does in a terminal: a key or
 * a resize, which the live loop reads before it draws again.  A mouse
 * event needs the screen drawn first: it points at what is shown. */
static int typed_ahead(const struct replay_event *e)
{
	return e->kind == REPLAY_KEY && e->key.kind != KEY_KIND_MOUSE;
}

/* Play one replay event: a key (a resize resizes the virtual terminal
 * first) or a dump of the screen; then draw unless next is typed ahead
 * (NULL: nothing is next).  0 on success. */
static int play_event(struct term *term, struct app *app, const struct replay_event *e,
		      const struct replay_event *next, struct tanda_error *err)
{
	if (e->kind == REPLAY_DUMP || e->kind == REPLAY_LOOK) {
		draw_screen(term, app);
		if (e->kind == REPLAY_LOOK)
			return dump_looks(e->path, err) == TANDA_OK ? 0 : -1;
		return dump_screen(e->path, err) == TANDA_OK ? 0 : -1;
	}
	if (e->key.kind == KEY_KIND_RESIZE)
		term_resize(term, e->key.x, e->key.y);
	dispatch_key(app, &e->key);
	run_editor(term, app);
	if (next == NULL || !typed_ahead(next))
		draw_screen(term, app);
	return 0;
}

/* Play the whole script, then dump the final screen. */
static enum tanda_status play_script(struct term *term, struct app *app,
				     const struct replay_script *script, const struct ui_options *o,
				     struct tanda_error *err)
{
	const char *screen = o->screen;
	size_t i;

	first_screen(term, app, o);
	for (i = 0; i < script->count && !app->quit; i++)
		if (play_event(term, app, &script->events[i],
			       i + 1 < script->count ? &script->events[i + 1] : NULL, err) != 0)
			return err->status;
	draw_screen(term, app);
	if (screen != NULL)
		return dump_screen(screen, err);
	return TANDA_OK;
}

/* Run the key script on a virtual terminal. */
static int run_replay(struct article *article, const struct ui_options *o)
{
	struct replay_script script;
	struct tanda_error err;
	struct term term;
	struct app app;
	char why[256];
	enum tanda_status status;

	if (replay_load(o->replay, &script, &err) != TANDA_OK) {
		fprintf(stderr, "tanda: %s\n", err.message);
		return tanda_exit_status(err.status);
	}
	if (term_start_virtual(&term, o->cols, o->rows, why, sizeof why) != 0) {
		replay_free(&script);
		fprintf(stderr, "tanda: %s\n", why);
		return EX_OSERR;
	}
	if (start_app(&term, &app, article, o) != 0) {
		term_stop(&term);
		replay_free(&script);
		fprintf(stderr, "tanda: out of memory\n");
		return EX_OSERR;
	}
	status = play_script(&term, &app, &script, o, &err);
	term_stop(&term);
	app_free(&app);
	replay_free(&script);
	if (status != TANDA_OK) {
		fprintf(stderr, "tanda: %s\n", err.message);
		return tanda_exit_status(status);
	}
	return 0;
}

int ui_run(struct article *article, const struct ui_options *options)
{
	return options->replay ? run_replay(article, options) : run_live(article, options);
}

void ui_reraise(void)
{
	int sig = term_stop_signal();

	if (sig == 0)
		return;
	signal(sig, SIG_DFL);
	raise(sig);
}
