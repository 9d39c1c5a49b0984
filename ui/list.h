/*
 * list.h - a filtered scrolling list: how many items it has, which of
 * them are listed (a filter), which one is selected, which one is shown
 * first and how many rows show them; moving, paging and scrolling over
 * the listed items.  The annotation list, the library, the history and the
 * help are each one.  No curses here: a screen draws its rows from
 * list->top on (list_from), one listed item a row.
 *
 * A list knows its items only by index: count says how many, and the
 * caller's listed() whether one is shown.  The caller sets count, rows,
 * listed and items before each use (they follow the window and the data);
 * selected and top are the list's, kept between uses.  An item index is
 * SIZE_MAX for none.  Every function costs at most O(count).
 */
#ifndef TANDA_UI_LIST_H
#define TANDA_UI_LIST_H

#include <stddef.h>

struct list {
	size_t count;		/* items, listed or not */
	size_t rows;		/* rows that show items; at least 1 */
	int (*listed)(const void *items, size_t i);	/* whether item i is listed;
							 * NULL: every item is */
	const void *items;	/* what listed() looks at */
	size_t selected;	/* the selected item; SIZE_MAX: none (or a list
				 * that only scrolls) */
	size_t top;		/* the first item shown; SIZE_MAX: not placed yet
				 * (list_show_selected puts the selection a third
				 * of the way down) */
};

/* Set l up empty: nothing selected, the top at the first item. */
void list_init(struct list *l);

/* Whether item i exists and is listed. */
int list_is_listed(const struct list *l, size_t i);

/* The first listed item at or after i, or SIZE_MAX. */
size_t list_from(const struct list *l, size_t i);

/* The last listed item at or before i (past the end: the last one), or
 * SIZE_MAX. */
size_t list_until(const struct list *l, size_t i);

/* The listed item at i, else the first listed after it, else the last
 * before it; SIZE_MAX when none is listed. */
size_t list_nearest(const struct list *l, size_t i);

/* The listed item delta listed rows from listed item i (negative: up),
 * stopping at either end. */
size_t list_step(const struct list *l, size_t i, long delta);

/* How many items are listed. */
size_t list_count_listed(const struct list *l);

/* The top that shows the last listed item on the last row (the first
 * listed item when they all fit); SIZE_MAX when none is listed. */
size_t list_last_top(const struct list *l);

/* Scroll as little as it takes to show the selection, keeping the rows
 * full where there are items enough (nothing selected: the top is not
 * placed). */
void list_show_selected(struct list *l);

/* Move the selection delta listed rows (negative: up), stopping at either
 * end, and show it. */
void list_move(struct list *l, long delta);

/* Move the selection and the top together delta listed rows (a page),
 * then show the selection. */
void list_page(struct list *l, long delta);

/* Scroll a list without selection delta listed rows, never past the top
 * that shows its last item on the last row. */
void list_scroll(struct list *l, long delta);

#endif
