/*
 * theme.h - the look of each part of the screen: a small built-in color
 * theme on the terminal's own background, or reverse and bold only when
 * colors are off (NO_COLOR, or a terminal without colors).
 */
#ifndef TANDA_UI_THEME_H
#define TANDA_UI_THEME_H

enum role {
	ROLE_TEXT,
	ROLE_NUMBER,		/* paragraph numbers in the gutter */
	ROLE_NUMBER_FOCUS,	/* the focused paragraph's number */
	ROLE_BAR,		/* the bar beside the focused paragraph */
	ROLE_STATUS,		/* the status line */
	ROLE_ERROR,		/* an error message in the status line */
	ROLE_MATCH,		/* a search match */
	ROLE_MATCH_CURRENT,	/* the current search match */
	ROLE_TITLE,		/* titles and headings */
	ROLE_SELECTION,		/* the keyboard selection */
	ROLE_CURSOR,		/* the cursor: the word v would start a selection at */
	ROLE_CURRENT,		/* the current annotation */
	ROLE_HIGHLIGHT_1,	/* highlights in the six colors, 1 to 6 */
	ROLE_HIGHLIGHT_2,
	ROLE_HIGHLIGHT_3,
	ROLE_HIGHLIGHT_4,
	ROLE_HIGHLIGHT_5,
	ROLE_HIGHLIGHT_6,
	ROLE_QUOTE,		/* a quote */
	ROLE_CLAIM,		/* a claim */
	ROLE_CORRECTION,	/* the wrong text of a correction */
	ROLE_NOTE,		/* words with a note */
	ROLE_FUZZY,		/* an annotation whose anchor is fuzzy: to confirm */
	ROLE_MARGIN,		/* the count of annotations in the gutter */
	ROLE_DETAILS,		/* the current annotation's details line */
	ROLE_COUNT
};

struct theme {
	unsigned long attr[ROLE_COUNT];	/* curses attributes, pairs included */
	int color;			/* colors are in use */
};

/* Choose the theme: colors when the terminal has them and NO_COLOR is not
 * set.  Call after curses has started. */
void theme_init(struct theme *theme);

#endif
