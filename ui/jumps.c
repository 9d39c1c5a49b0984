/*
 * jumps.c - the jump list: recording where jumps leave from, and walking
 * back and forth with C-o and C-i.  Every operation is O(JUMPS_MAX).
 */
#include <stdint.h>
#include <string.h>

#include "jumps.h"

void jumps_init(struct jumps *j)
{
	j->count = j->at = 0;
	j->last_from = SIZE_MAX;
}

/* Take entry i out of the list. */
static void drop(struct jumps *j, size_t i)
{
	memmove(j->items + i, j->items + i + 1, (j->count - i - 1) * sizeof j->items[0]);
	j->count--;
}

/* Append para as the newest entry, without a copy of it elsewhere, the
 * oldest going when the list is full. */
static void append(struct jumps *j, size_t para)
{
	size_t i;

	for (i = 0; i < j->count; i++)
		if (j->items[i] == para) {
			drop(j, i);
			break;
		}
	if (j->count == JUMPS_MAX)
		drop(j, 0);
	j->items[j->count++] = para;
}

void jumps_record(struct jumps *j, size_t from)
{
	append(j, from);
	j->at = j->count;
	j->last_from = from;
}

int jumps_back(struct jumps *j, size_t current, size_t *to)
{
	if (j->at >= j->count) {	/* a walk starts here: come back to it */
		append(j, current);
		j->at = j->count - 1;
	}
	if (j->at == 0)
		return 0;
	*to = j->items[--j->at];
	return 1;
}

int jumps_forward(struct jumps *j, size_t *to)
{
	if (j->at + 1 >= j->count)
		return 0;
	*to = j->items[++j->at];
	return 1;
}

void jumps_clip(struct jumps *j, size_t count)
{
	size_t i = 0;

	while (i < j->count)
		if (j->items[i] >= count)
			drop(j, i);
		else
			i++;
	j->at = j->count;
	if (j->last_from != SIZE_MAX && j->last_from >= count)
		j->last_from = SIZE_MAX;
}
