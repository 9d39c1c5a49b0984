/*
 * view.h - the reader's viewport: which paragraph has the focus and which
 * screen line is at the top, over an article laid out as its wrapped
 * paragraphs with one blank line between them.
 *
 * Every operation walks only the paragraphs on or next to the screen, so
 * its cost follows the height of the window, not the size of the article.
 * No curses here.
 */
#ifndef TANDA_UI_VIEW_H
#define TANDA_UI_VIEW_H

#include <stddef.h>

#include "wrap.h"

/* A screen line of the layout: line `line` of paragraph `para`, where
 * line == that paragraph's line count is the blank line after it. */
struct view_pos {
	size_t para;
	size_t line;
};

struct view {
	struct wrap_cache *wrap;	/* not owned */
	size_t count;			/* paragraphs */
	size_t focus;			/* the focused paragraph */
	struct view_pos top;		/* the first line on the screen */
	int rows;			/* text rows on the screen */
};

/* Start a view of count paragraphs wrapped by wrap, rows high. */
void view_init(struct view *v, struct wrap_cache *wrap, size_t count, int rows);

/* Change the height (after a resize); keeps the focus in view. */
void view_set_rows(struct view *v, int rows);

/* Focus paragraph para (clamped) and scroll so it is in view. */
void view_focus(struct view *v, size_t para);

/* Scroll so the focused paragraph is fully in view where it fits, else so
 * that it starts at the top. */
void view_show_focus(struct view *v);

/* Scroll by delta lines (negative: up), clamped to the article; returns
 * the number of lines actually moved (always >= 0). */
size_t view_scroll(struct view *v, long delta);

/* Scroll by delta lines and move the focus to the first paragraph that
 * starts on screen (the one at the top if none does), unless that is back
 * against the direction of paging (the focus then stays: paging down
 * never moves it up).  At either end, where the view cannot move, the
 * focus goes to the first or last paragraph. */
void view_page(struct view *v, long delta);

/* The layout position delta lines from pos, clamped; *moved gets how many
 * lines it moved. */
struct view_pos view_step(const struct view *v, struct view_pos pos, long delta,
			  size_t *moved);

/* Which text lines of the focused paragraph are on screen, 0-based:
 * 1 with [*first, *last], or 0 when none is.  O(rows). */
int view_focus_shown(const struct view *v, size_t *first, size_t *last);

/* Whether the focused paragraph is taller than the screen: its lines are
 * scrolled through before the focus moves on (j, k). */
int view_focus_is_tall(const struct view *v);

/* The number of layout lines of paragraph para, with its blank line (0
 * past the last paragraph: an empty article has none). */
size_t view_para_lines(const struct view *v, size_t para);

#endif
