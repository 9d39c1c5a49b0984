/*
 * app.h - the state of an interactive session: the article, its layout,
 * the stack of screens shown, the prompt, the search, the marks and the
 * message.  Passed to every screen and action; there are no globals.
 * No screen is known here: each screen's state is private to its file,
 * reached through the stack (app_state).
 */
#ifndef TANDA_UI_APP_H
#define TANDA_UI_APP_H

#include <stddef.h>

#include "actions.h"
#include "article.h"
#include "form.h"
#include "jumps.h"
#include "key.h"
#include "matchcount.h"
#include "overlay.h"
#include "prompt.h"
#include "screen.h"
#include "search.h"
#include "selection.h"
#include "strbuf.h"
#include "theme.h"
#include "undo.h"
#include "view.h"
#include "wrap.h"

/* Marks are letters: a-z and A-Z. */
#define APP_MARKS 52

/* The reader's measure: at most this many columns of text a line, unless
 * :set width=N says otherwise (within the limits). */
#define APP_MEASURE_DEFAULT 100
#define APP_MEASURE_MIN 20
#define APP_MEASURE_MAX 1000

/* The most bytes y copies through the terminal (OSC 52): terminals take
 * about this much, some less. */
#define APP_CLIPBOARD_MAX 100000

/* The messages the app keeps for :messages, and the longest kept. */
#define APP_LOG_MAX 50
#define APP_LOG_LINE 256

/* Below this size the screen only says it is too small. */
#define APP_MIN_COLS 20
#define APP_MIN_ROWS 5

struct store_article;

/* What a row of the screen shows, for the mouse. */
struct hit {
	size_t para;		/* the paragraph drawn on it, or SIZE_MAX */
	size_t line;		/* and which of its wrapped lines */
};

/* A screen and its private state. */
struct screen_slot {
	const struct screen *screen;
	void *state;		/* NULL for a screen without state */
};

struct app {
	struct article *article;	/* the article shown */
	struct article *owned;		/* the one opened from the library, freed by app_free */
	int from_stored_text;		/* the article opened last came from the store's
					 * text, its file gone */
	int file_known;			/* the article came from a file, which was: */
	unsigned long long file_dev, file_ino, file_size;
	long long file_mtime_s, file_mtime_ns;
	const char *db;			/* the annotation database, or NULL; not owned */
	const struct article_options *reading;	/* the command line's reading options
					 * (--paragraphs, --from, --title...) for the
					 * article it named; NULL: the defaults; not owned */
	int from_command_line;		/* the article shown is the one the command
					 * line named: :reload reads it with reading */
	struct wrap_cache *wrap;	/* the reader's wrapping */
	struct wrap_cache *focus_wrap;	/* focus mode's narrower wrapping */
	struct view view;
	int cols, rows;			/* the window */
	int gutter;			/* columns left of the text in the reader */
	int measure;			/* the most columns of text a line (:set width) */
	int align_left;			/* the text column at the left, not centred */
	struct theme theme;		/* set by the caller once curses runs */

	struct screen_slot *stack;	/* the screens shown, the top one last; each
					 * at most once */
	size_t depth, stack_alloc;
	struct screen_slot *states;	/* every screen's state, from its first push */
	size_t nstates, states_alloc;

	struct prompt prompt;
	char argument[PROMPT_MAX + 1];	/* of the ':' command being run */
	enum action pending;		/* an action waiting for its letter */
	size_t count;			/* typed before the key (5j), 0 for none */
	struct jumps jumps;		/* where jumps came from: '', C-o, C-i */
	int jump_walk;			/* the last action was C-o or C-i */
	struct search search;		/* the last search, if search.pattern */
	int search_forward;		/* its direction */
	int search_hidden;		/* its highlights hidden (Esc, :noh) until n */
	unsigned long search_generation;	/* a new one for each pattern and article */
	struct matchcount matches;	/* the current match's place, for the status line */
	int has_match;			/* a current match to show */
	size_t match_start, match_len;	/* it, in bytes of the text */
	size_t marks[APP_MARKS];	/* paragraph of each mark, or SIZE_MAX */

	struct store *store;		/* the annotation store, NULL when unavailable; owned */
	char author[128];		/* of the annotations made here */
	struct overlay overlay;		/* the article's annotations */
	size_t current;			/* the current annotation's overlay index, or SIZE_MAX */
	char attach_id[ANNOTATION_ID_SIZE];		/* the detached one Enter chose in the list ("": none) */
	struct selection selection;	/* the keyboard selection */
	struct form form;		/* the annotation form being filled in */
	struct undo undo;		/* this session's changes */
	int color;			/* the highlight color, 0..ANNOTATE_COLORS-1 */
	struct key last_key;		/* the key being handled */
	int typed;			/* a key was typed: the status line's "F1 help" goes */
	struct strbuf clipboard;	/* what y copies, for the terminal (ui.c) to send */
	int clipboard_pending;		/* it waits to be sent */
	char editor_id[ANNOTATION_ID_SIZE];	/* whose note :note edits ("": none) */
	int editor_pending;		/* :note waits for the terminal (ui.c) to run the editor */

	struct hit *hits;		/* the mouse's hit-testing: what each row shows */
	size_t hits_alloc;
	char message[512];		/* for the status line, until the next key */
	char log[APP_LOG_MAX][APP_LOG_LINE];	/* the last messages, a ring (:messages) */
	size_t log_count, log_next;
	int message_is_error;
	int quit;
	int redraw_all;			/* repaint the whole terminal */
};

/* Set up app for article in a window of cols x rows, with no screen on
 * the stack yet; 0 on success. */
int app_init(struct app *app, struct article *article, int cols, int rows);

/* Close every screen and free what app owns. */
void app_free(struct app *app);

/* Push screen onto the stack, opening it with arg (see its header).  On
 * top already: nothing.  Deeper in the stack: the screens above it and it
 * are closed first, and it is opened again on top.  0 on success, else
 * the status line says why and it is not shown. */
int app_push(struct app *app, const struct screen *screen, const void *arg);

/* Close the top screen and show the one under it; the last one is not
 * closed: the session ends (quit). */
void app_pop(struct app *app);

/* Open screen with arg as the only one on the stack, closing the others;
 * 0 on success, else nothing changed (the status line says why). */
int app_switch(struct app *app, const struct screen *screen, const void *arg);

/* The screen on top (NULL before the first push). */
const struct screen *app_screen(const struct app *app);

/* The private state of the screen on top (NULL for one without). */
void *app_top_state(const struct app *app);

/* How many screens are on the stack. */
size_t app_depth(const struct app *app);

/* The private state of screen, made (zeroed) the first time it is asked
 * for; NULL for a screen without state, or when out of memory. */
void *app_state(struct app *app, const struct screen *screen);

/* The columns the screens on the stack take at the right of the window
 * (a side panel), which the reader leaves to them. */
int app_side_width(const struct app *app);

/* Forget what the mouse's hit-testing knew: no row shows a paragraph. */
void app_clear_hits(struct app *app);

/* Take the new window size, rewrapping and keeping the focus in view. */
void app_resize(struct app *app, int cols, int rows);

/* The column where the reader's gutter starts: 0, or with the text
 * centred on a window wider than the measure, half of what is left. */
int app_reader_left(const struct app *app);

/* Set the measure (columns) and alignment, rewrapping; 0 on success, -1
 * (nothing changed) for a width out of the limits. */
int app_set_measure(struct app *app, int measure, int align_left);

/* The width of focus mode's column in the current window. */
int app_focus_width(const struct app *app);

/* Whether the window is too small to draw the article. */
int app_too_small(const struct app *app);

/* The count typed before the key being handled, at least 1, at most max. */
size_t app_count(const struct app *app, size_t max);

/* Set the status line message (printf-style). */
void app_message(struct app *app, int is_error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* How many messages the log (:messages) holds. */
size_t app_log_count(const struct app *app);

/* Message i of the log, the oldest first. */
const char *app_log_line(const struct app *app, size_t i);

/* The rows available for text (the window less the status line and the
 * current annotation's details line). */
int app_text_rows(const struct app *app);

/* Whether the article's file changed on disk (size, mtime, inode) since
 * it was loaded. */
int app_file_changed(const struct app *app);

/* Load the article's file again (:reload, or when it changed on disk), its
 * annotations carried over as opening it does; 0 on success (else it says
 * why). */
int app_reload_file(struct app *app);

/* Read the open article's annotations from the store again, keeping the
 * current one when it is still there; 0 on success (else it says why). */
int app_reload_annotations(struct app *app);

/* Before each action, and while nobody types: when another process
 * (another reader window, a command) changed the database since the last
 * look, show its annotations as they are now and say so; 1 when it did
 * (or could not look), so the screen is to be drawn again. */
int app_sync(struct app *app);

/* Take over the open store (after the first screen) and show the
 * article's annotations; on failure the status line says why and the
 * reader goes on without annotations. */
void app_attach_store(struct app *app, struct store *store);

/* Open the stored article row in the reader, recording the visit; 0 on
 * success, else the status line says why and the article shown stays. */
int app_open_stored(struct app *app, const struct store_article *row);

/* The overlay item whose details show above the status line: the top
 * screen's (the list's selected row), else the current annotation;
 * SIZE_MAX for none. */
size_t app_detailed(const struct app *app);

/* Put the cursor on the focused paragraph's first word when it is not in
 * that paragraph (the focus moved) and no selection is open. */
void app_sync_cursor(struct app *app);

/* Make overlay item index (SIZE_MAX: none) the current annotation,
 * without moving. */
void app_set_current(struct app *app, size_t index);

/* Make overlay item index the current annotation and bring it into view. */
void app_jump_to(struct app *app, size_t index);

#endif
