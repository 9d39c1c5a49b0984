/*
 * ui.h - the interactive reader's entry point, live on the terminal or
 * replayed from a key script on a virtual screen.
 */
#ifndef TANDA_UI_UI_H
#define TANDA_UI_UI_H

#include <stddef.h>

#include "article.h"
#include "term.h"

struct store;

/* The largest side of the virtual terminal (--size, <Resize>). */
#define UI_MAX_SIZE TERM_MAX_SIZE

struct ui_options {
	const char *replay;	/* a key script to replay, or NULL: live */
	const char *screen;	/* where a replay writes the final screen, or NULL */
	int cols, rows;		/* the virtual terminal's size */
	const char *warning;	/* shown in the status line at start, or NULL */
	const char *db;		/* the annotation database, for :export; NULL: none */
	const struct article_options *reading;	/* how the article was read (the
				 * command line's options): :reload reads it so
				 * again; NULL: the defaults */
	const char *author;	/* of the annotations made in the reader; read after
				 * after_first_screen, which may fill it (finding it
				 * may ask git, too slow for the first screen) */
	int library;		/* start in the library (q there quits) */

	/* Called once, when the first screen is up, for work the first screen
	 * must not wait for (recording the article, carrying its annotations
	 * over).  It hands the open store to the reader in *store (the reader
	 * closes it), or leaves it NULL when annotations are unavailable.  It
	 * may write a message for the status line into message (size bytes)
	 * and returns whether that message is an error.  NULL for nothing to
	 * do. */
	int (*after_first_screen)(void *context, struct store **store, char *message,
				  size_t size);
	void *context;
};

/*
 * Run the reader on article.  Returns the exit status: 0; 65 for a bad key
 * script; 73 or 74 when a screen dump cannot be written; 78 when the
 * terminal cannot be used; 128 + N after signal N (re-raised by the
 * caller with ui_reraise).  Messages go to standard error after the
 * terminal is restored.
 */
int ui_run(struct article *article, const struct ui_options *options);

/* Die of the signal that stopped the reader, if one did. */
void ui_reraise(void);

#endif
