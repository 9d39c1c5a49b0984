/*
 * grow.c - growing arrays: doubling from a small start, sizes checked for
 * overflow before any allocation.
 */
#include <stdint.h>
#include <stdlib.h>

#include "grow.h"

/* The first allocation, in elements, of an array that grows. */
#define GROW_FIRST 8

/* The allocation to grow alloc to so that need fits: doubled until it does. */
static size_t grow_target(size_t alloc, size_t need)
{
	size_t n = alloc < GROW_FIRST ? GROW_FIRST : alloc;

	while (n < need)
		n = n > SIZE_MAX / 2 ? need : n * 2;
	return n;
}

/* Reallocate *items to hold at least need elements (see grow.h). */
int grow_array(void **items, size_t *alloc, size_t need, size_t size)
{
	size_t n;
	void *p;

	if (need <= *alloc)
		return 0;
	n = grow_target(*alloc, need);
	if (grow_overflows(n, size)) {
		n = need;
		if (grow_overflows(n, size))
			return -1;
	}
	p = realloc(*items, n * size != 0 ? n * size : 1);
	if (p == NULL)
		return -1;
	*items = p;
	*alloc = n;
	return 0;
}
