/*
 * screen-list.h - the annotation list: the open article's annotations in text
 * order, one line each (paragraph, kind, anchor state, text, tags),
 * filtered by fields (':filter') and by text ('/').  On a wide window it
 * is a side panel on the right with the reader on the left; on a narrow
 * one it takes the whole window.  Enter jumps to the selected annotation;
 * y and n confirm or detach a fuzzy anchor.
 *
 * struct panel lives in struct app; a zeroed one is a closed panel with
 * an empty filter, and panel_free frees what it holds.
 */
#ifndef TANDA_UI_PANEL_H
#define TANDA_UI_PANEL_H

#include <stddef.h>

#include "annotation.h"
#include "error.h"
#include "filter.h"
#include "list.h"
#include "screen.h"

struct app;

struct panel {
	struct filter filter;		/* which annotations are listed */
	struct list list;		/* over the overlay's items: the selected row
					 * and the first shown */
	char selected_id[ANNOTATION_ID_SIZE];	/* the selected one's id, to find it
						 * again when the overlay changes
						 * ("": none) */
	const struct screen *under;	/* what closing returns to; NULL: closed */
};

/* The annotation list's screen. */
extern const struct screen panel_screen;

/* A closed panel with an empty filter. */
void panel_init(struct panel *panel);

/* Free what panel holds (its filter). */
void panel_free(struct panel *panel);

/* Show the list, remembering app->screen to come back to, with the
 * current annotation selected (or, when there is none, the first one at
 * or after the focused paragraph).  Nothing when it is already open. */
void panel_open(struct app *app);

/* Go back to the screen the list was opened from. */
void panel_close(struct app *app);

/* Whether the list is open (it may be under the help screen). */
int panel_is_open(const struct app *app);

/* The columns the side panel takes at the right of the window, its
 * separator included: 0 when the list is closed or takes the whole
 * window.  The reader wraps to the rest while it is open. */
int panel_width(const struct app *app);

/* Filter the list by text (NULL or "" drops the text condition); a
 * failure goes to the status line. */
void panel_set_text_filter(struct app *app, const char *text);

/* Filter the list by fields, from the argument of ':filter' (an empty
 * one drops the field conditions); fails as filter_parse does, leaving
 * the filter as it was. */
enum tanda_status panel_set_field_filter(struct app *app, const char *argument,
					 struct tanda_error *err);

#endif
