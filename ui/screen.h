/*
 * screen.h - a screen is a table of functions: how it draws, and which keys
 * it handles itself before the generic actions get them.
 */
#ifndef TANDA_UI_SCREEN_H
#define TANDA_UI_SCREEN_H

#include "key.h"

struct app;

struct screen {
	const char *name;			/* shown in the status line */
	void (*draw)(struct app *app);		/* draw everything but the status line */
	int (*key)(struct app *app, const struct key *key); /* 1 if handled; may be NULL */
};

/* The screens. */
extern const struct screen reader_screen;	/* the article, paragraph by paragraph */
extern const struct screen focus_screen;	/* the focused paragraph alone */
extern const struct screen help_screen;		/* keys and commands */

#endif
