/*
 * reanchor.h - opening an article in the store: recording it, and, when
 * its text differs from the stored article last opened from the same path
 * (or with the same title and source), carrying that article's
 * annotations over to the new text.
 */
#ifndef TANDA_REANCHOR_H
#define TANDA_REANCHOR_H

#include <stddef.h>

#include "article.h"
#include "store.h"

/* How the carried annotations fared. */
struct reanchor_report {
	size_t moved;			/* annotations carried over */
	size_t by_state[ANCHOR_STATE_COUNT];	/* exact, fuzzy, orphan, resolved */
};

/*
 * Record article as opened from path (NULL: standard input) and carry over
 * the annotations of its previous version, if any, all in one
 * transaction.  report (may be NULL) says what happened.
 */
enum tanda_status reanchor_open(struct store *store, struct article *article, const char *path,
				struct reanchor_report *report, struct tanda_error *err);

#endif
