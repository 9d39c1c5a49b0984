/*
 * jumps.h - the jump list, as vi has it: the paragraphs a jump (G, g, :N,
 * %, a search, a mark) left from, oldest first, and where C-o and C-i are
 * in it while walking it.  No curses here.
 *
 * A jump records the paragraph it leaves (an older entry of the same
 * paragraph goes, so that each paragraph is in the list once); the list
 * keeps the newest JUMPS_MAX.  Walking back first records where the walk
 * starts, so that walking forward comes back to it.
 */
#ifndef TANDA_UI_JUMPS_H
#define TANDA_UI_JUMPS_H

#include <stddef.h>

/* The entries the list keeps. */
#define JUMPS_MAX 100

struct jumps {
	size_t items[JUMPS_MAX];	/* paragraphs, oldest first */
	size_t count;
	size_t at;			/* the entry walked to; count when not walking */
	size_t last_from;		/* where the latest jump started ('' goes back
					 * there), or SIZE_MAX */
};

/* An empty list. */
void jumps_init(struct jumps *j);

/* Record a jump from paragraph from; the walk ends. */
void jumps_record(struct jumps *j, size_t from);

/* C-o from paragraph current: 1 and the paragraph to go to in *to, or 0
 * at the oldest entry (or with none). */
int jumps_back(struct jumps *j, size_t current, size_t *to);

/* C-i: 1 and the paragraph to go to in *to, or 0 at the newest entry
 * (or when not walking). */
int jumps_forward(struct jumps *j, size_t *to);

/* Forget every entry that is not below count paragraphs (another article
 * opened: all of them, with count 0). */
void jumps_clip(struct jumps *j, size_t count);

#endif
