/*
 * grow.h - the one way an array grows: geometrically, with overflow-checked
 * sizes, never by one element at a time (as git's ALLOC_GROW).
 *
 *	struct thing *items = NULL;
 *	size_t count = 0, alloc = 0;
 *	if (GROW(items, alloc, count + 1) != 0)
 *		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
 *	items[count++] = thing;
 *
 * On failure the array and its allocation are left as they were.
 */
#ifndef TANDA_GROW_H
#define TANDA_GROW_H

#include <stddef.h>
#include <string.h>

/*
 * Make room for at least need elements of size bytes in *items, whose
 * allocation holds *alloc elements: 0 on success (with *alloc updated),
 * -1 when the size overflows or memory runs out.
 */
int grow_array(void **items, size_t *alloc, size_t need, size_t size);

/* Whether n * size overflows a size_t. */
static inline int grow_overflows(size_t n, size_t size)
{
	return size != 0 && n > (size_t)-1 / size;
}

/* GROW(items, alloc, need): grow_array on a typed array, 0 or -1. */
#define GROW(items, alloc, need) \
	grow_array_typed((void *)&(items), (items), &(alloc), (need), sizeof *(items))

/* What GROW expands to: keeps the element's type out of grow_array.  The
 * new pointer is copied into the caller's variable with memcpy (object
 * pointers share one representation on every platform we build on), so
 * no lvalue of the wrong type is ever written through. */
static inline int grow_array_typed(void *slot, const void *items, size_t *alloc,
				   size_t need, size_t size)
{
	void *p = (void *)items;
	int rc;

	if (need <= *alloc)
		return 0;
	rc = grow_array(&p, alloc, need, size);
	if (rc == 0)
		memcpy(slot, &p, sizeof p);
	return rc;
}

#endif
