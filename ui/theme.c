/*
 * theme.c - the color pairs and attributes of each role.
 */
#include <curses.h>
#include <stdlib.h>

#include "theme.h"

/* One role: its colors (-1 is the terminal's default) and attributes, and
 * its attributes in monochrome. */
static const struct {
	short fg, bg;
	unsigned long color_attr;
	unsigned long mono_attr;
} roles[ROLE_COUNT] = {
	[ROLE_TEXT] = { -1, -1, A_NORMAL, A_NORMAL },
	[ROLE_NUMBER] = { COLOR_BLUE, -1, A_NORMAL, A_NORMAL },
	[ROLE_NUMBER_FOCUS] = { COLOR_YELLOW, -1, A_BOLD | A_REVERSE, A_BOLD | A_REVERSE },
	[ROLE_BAR] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[ROLE_STATUS] = { -1, -1, A_REVERSE, A_REVERSE },
	[ROLE_ERROR] = { COLOR_RED, -1, A_BOLD | A_REVERSE, A_BOLD | A_REVERSE },
	[ROLE_MATCH] = { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_UNDERLINE },
	[ROLE_MATCH_CURRENT] = { COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_TITLE] = { -1, -1, A_BOLD, A_BOLD },
	[ROLE_SELECTION] = { -1, -1, A_REVERSE, A_REVERSE },
	[ROLE_CURSOR] = { -1, -1, A_UNDERLINE, A_UNDERLINE },
	[ROLE_CURRENT] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_BOLD | A_REVERSE | A_UNDERLINE },
	[ROLE_HIGHLIGHT_1] = { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_BOLD },
	[ROLE_HIGHLIGHT_2] = { COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_BOLD },
	[ROLE_HIGHLIGHT_3] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_BOLD },
	[ROLE_HIGHLIGHT_4] = { COLOR_BLACK, COLOR_MAGENTA, A_NORMAL, A_BOLD },
	[ROLE_HIGHLIGHT_5] = { COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_BOLD },
	[ROLE_HIGHLIGHT_6] = { COLOR_WHITE, COLOR_RED, A_NORMAL, A_BOLD },
	[ROLE_QUOTE] = { COLOR_CYAN, -1, A_ITALIC, A_ITALIC | A_DIM },
	[ROLE_CLAIM] = { COLOR_MAGENTA, -1, A_UNDERLINE, A_UNDERLINE },
	[ROLE_CORRECTION] = { COLOR_RED, -1, A_UNDERLINE | A_BOLD, A_UNDERLINE | A_BOLD | A_DIM },
	[ROLE_NOTE] = { COLOR_GREEN, -1, A_UNDERLINE, A_UNDERLINE | A_DIM },
	[ROLE_FUZZY] = { -1, -1, A_UNDERLINE | A_DIM, A_UNDERLINE | A_DIM },
	[ROLE_MARGIN] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[ROLE_DETAILS] = { COLOR_CYAN, -1, A_NORMAL, A_BOLD },
};

/* Whether to use colors here. */
static int want_color(void)
{
	const char *no_color = getenv("NO_COLOR");

	return (no_color == NULL || no_color[0] == '\0') && has_colors();
}

/* Whether role only adds attributes to what it is drawn over (the
 * cursor's underline on a highlight, a fuzzy one's), with no color. */
static int adds_only(int role)
{
	return role == ROLE_CURSOR || role == ROLE_FUZZY;
}

void theme_init(struct theme *theme)
{
	int i;

	theme->color = want_color() && start_color() == OK;
	if (theme->color)
		use_default_colors();
	for (i = 0; i < ROLE_COUNT; i++) {
		if (!theme->color) {
			theme->attr[i] = roles[i].mono_attr;
			continue;
		}
		init_pair((short)(i + 1), roles[i].fg, roles[i].bg);
		theme->attr[i] = roles[i].color_attr | (unsigned long)COLOR_PAIR(i + 1);
		if (adds_only(i))	/* keeps the color of what it is drawn over */
			theme->attr[i] = roles[i].color_attr;
	}
}
