/*
 * list.c - the filtered scrolling list: walking the listed items, and the
 * selection and top row over them.
 */
#include <assert.h>
#include <stdint.h>

#include "list.h"

void list_init(struct list *l)
{
	*l = (struct list){ .count = 0, .rows = 1, .listed = NULL, .items = NULL,
			    .selected = SIZE_MAX, .top = 0 };
}

int list_is_listed(const struct list *l, size_t i)
{
	return i < l->count && (l->listed == NULL || l->listed(l->items, i));
}

size_t list_from(const struct list *l, size_t i)
{
	for (; i < l->count; i++)
		if (list_is_listed(l, i))
			return i;
	return SIZE_MAX;
}

size_t list_until(const struct list *l, size_t i)
{
	if (l->count == 0)
		return SIZE_MAX;
	if (i >= l->count)
		i = l->count - 1;
	for (;; i--) {
		if (list_is_listed(l, i))
			return i;
		if (i == 0)
			return SIZE_MAX;
	}
}

size_t list_nearest(const struct list *l, size_t i)
{
	size_t near = list_from(l, i);

	return near != SIZE_MAX ? near : list_until(l, i);
}

size_t list_step(const struct list *l, size_t i, long delta)
{
	size_t next;

	for (; delta > 0 && (next = list_from(l, i + 1)) != SIZE_MAX; delta--)
		i = next;
	for (; delta < 0 && i > 0 && (next = list_until(l, i - 1)) != SIZE_MAX; delta++)
		i = next;
	return i;
}

size_t list_count_listed(const struct list *l)
{
	size_t i, n = 0;

	if (l->listed == NULL)
		return l->count;
	for (i = 0; i < l->count; i++)
		n += list_is_listed(l, i) ? 1 : 0;
	return n;
}

/* The rows less one, as a step back from the last row to the first. */
static long rows_above_last(const struct list *l)
{
	return l->rows > 1 ? (long)l->rows - 1 : 0;
}

size_t list_last_top(const struct list *l)
{
	size_t last = list_until(l, SIZE_MAX);

	return last == SIZE_MAX ? SIZE_MAX : list_step(l, last, -rows_above_last(l));
}

/* Put an unplaced top a third of the way above the selection, and a top
 * that is no longer listed on the nearest listed item before it (after
 * it, when there is none before). */
static void place_top(struct list *l)
{
	size_t before;

	if (l->top == SIZE_MAX) {
		l->top = list_step(l, l->selected, -(long)(l->rows / 3));
		return;
	}
	if (list_is_listed(l, l->top))
		return;
	before = list_until(l, l->top);
	l->top = before != SIZE_MAX ? before : list_from(l, l->top);
}

void list_show_selected(struct list *l)
{
	size_t lowest, last_top;

	if (l->selected == SIZE_MAX) {
		l->top = SIZE_MAX;
		return;
	}
	place_top(l);
	if (l->top == SIZE_MAX || l->top > l->selected)
		l->top = l->selected;
	lowest = list_step(l, l->selected, -rows_above_last(l));
	if (l->top < lowest)
		l->top = lowest;
	last_top = list_last_top(l);
	if (last_top != SIZE_MAX && l->top > last_top)
		l->top = last_top;
	assert(l->top <= l->selected && list_is_listed(l, l->top));
}

void list_move(struct list *l, long delta)
{
	if (l->selected == SIZE_MAX)
		return;
	l->selected = list_step(l, l->selected, delta);
	list_show_selected(l);
}

void list_page(struct list *l, long delta)
{
	if (l->selected == SIZE_MAX)
		return;
	l->selected = list_step(l, l->selected, delta);
	if (l->top != SIZE_MAX)
		l->top = list_step(l, l->top, delta);
	list_show_selected(l);
}

void list_scroll(struct list *l, long delta)
{
	size_t last_top = list_last_top(l);

	if (last_top == SIZE_MAX) {
		l->top = 0;
		return;
	}
	if (l->top == SIZE_MAX || !list_is_listed(l, l->top))
		l->top = list_nearest(l, l->top == SIZE_MAX ? 0 : l->top);
	l->top = list_step(l, l->top, delta);
	if (l->top > last_top)
		l->top = last_top;
}
