/*
 * undo.h - the session's changes to annotations, for undo and redo.  Each
 * entry is one annotation before and after a change (either may be
 * absent: a creation has no before); undoing writes the before state back
 * to the store, redoing the after state, so a deletion undone restores the
 * same annotation with the same id; a correction's status goes back and
 * forth through the user's review decisions.  Each step applies only to the
 * revision the step before left in the store: one changed since by
 * another process is never overwritten.  No curses here.
 */
#ifndef TANDA_UI_UNDO_H
#define TANDA_UI_UNDO_H

#include <stddef.h>

#include "annotation.h"
#include "error.h"

struct store;

/* The most changes kept; the oldest are forgotten past it. */
#define UNDO_MAX 1000

struct undo_entry {
	struct annotation before, after;	/* a state with an empty id is absent */
	char *dismisser;	/* a dismissal of before by this reviewer (after
				 * absent): undone it is withdrawn; else NULL */
	char *reason;		/* why it was dismissed (NULL: no reason), given
				 * again when it is made again (redo) */
};

struct undo {
	struct undo_entry *entries;
	size_t count;		/* entries kept */
	size_t done;		/* of them, applied (the rest were undone) */
	size_t cap;
};

/* Forget everything and free what u holds. */
void undo_free(struct undo *u);

/* Record a change from before (NULL: none) to after (NULL: none); the
 * undone changes after the last applied one are forgotten.  0 on success. */
int undo_record(struct undo *u, const struct annotation *before, const struct annotation *after);

/* Record the dismissal of a by who for reason (NULL: none; a decision, not
 * a change of a): undone it is withdrawn, redone made again with the same
 * reason.  0 on success. */
int undo_record_dismissal(struct undo *u, const struct annotation *a, const char *who,
			  const char *reason);

/*
 * Undo the last applied change (redo != 0: redo the first undone one) in
 * store; a change of a correction's status (and new words on someone
 * else's) is undone and redone as who's review decision, which travels
 * and names who, never by writing the record back.  On success *shown is the annotation as it now stands (its id
 * empty when it is gone; deleted set when it is a tombstone), for the
 * caller's display.  TANDA_EUSAGE when there is nothing to undo or redo.
 */
enum tanda_status undo_step(struct undo *u, struct store *store, const char *who, int redo,
			    struct annotation *shown, struct tanda_error *err);

#endif
