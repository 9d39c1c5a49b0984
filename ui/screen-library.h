/*
 * screen-library.h - the library: the articles in the store, newest first, with
 * their title, source, date, paragraphs, annotations and when they were
 * last opened; '/' filters the list and Enter opens one in the reader.
 *
 * struct library lives in struct app; a zeroed one is closed.
 */
#ifndef TANDA_UI_LIBRARY_H
#define TANDA_UI_LIBRARY_H

#include <stddef.h>

#include "list.h"
#include "screen.h"

struct app;
struct store_article;

struct library {
	struct store_article *rows;	/* the stored articles with text, newest first */
	size_t count;
	char filter[256];		/* text the listed rows contain, "" for all */
	struct list list;		/* over the rows: the selected one, the first shown */
	const struct screen *under;	/* what closing returns to; NULL: quitting */
};

/* The library's screen. */
extern const struct screen library_screen;

/* Read the stored articles and show them; under is what q returns to
 * (NULL: q quits).  The status line says why when the store cannot be
 * read. */
void library_open(struct app *app, const struct screen *under);

/* Free the rows. */
void library_free(struct library *library);

/* List only the rows whose title, source or path contains text, in any
 * case ("" lists all). */
void library_set_filter(struct app *app, const char *text);

#endif
