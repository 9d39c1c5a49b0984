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
