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

/* How much opening an article writes. */
enum reanchor_mode {
	REANCHOR_VISIT,		/* always record it (path, last opened): the reader */
	REANCHOR_IF_NEEDED,	/* only when it is new, moved, or has annotations to carry */
};

/*
 * Record article as opened from path (NULL: standard input) and carry over
 * the annotations of its previous version, if any, all in one
 * transaction.  With REANCHOR_IF_NEEDED an article already stored at path,
 * with nothing to carry, is left as it is and nothing is written (a
 * listing then never writes).  report (may be NULL) says what happened.
 */
enum tanda_status reanchor_open(struct store *store, struct article *article, const char *path,
				enum reanchor_mode mode, struct reanchor_report *report,
				struct tanda_error *err);

#endif
