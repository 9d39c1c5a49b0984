/*
 * screen-review.h - the review screen: the article's corrections of one status
 * (proposed, or accepted to revisit them), one at a time in text order,
 * each in its paragraph with the wrong words marked and the replacement
 * beside them; y accepts, n rejects, e edits the replacement, s skips,
 * q leaves.  And the history screen of one correction.
 *
 * struct review lives in struct app; a zeroed one is closed.
 */
#ifndef TANDA_UI_REVIEW_H
#define TANDA_UI_REVIEW_H

#include <stddef.h>

#include "annotation.h"
#include "list.h"
#include "screen.h"

struct app;

struct review {
	char (*ids)[ANNOTATION_ID_SIZE];	/* the corrections under review, text order */
	size_t count;
	size_t at;				/* the one shown (or the next to look at) */
	enum correction_status status;		/* which ones: proposed or accepted */
	const struct screen *under;		/* what q returns to */
	char **history;				/* the history screen's lines */
	struct list history_list;		/* over them: the first shown */
	const struct screen *under_history;
};

/* The screens. */
extern const struct screen review_screen;
extern const struct screen history_screen;

/* Review the open article's corrections of status. */
void review_open(struct app *app, enum correction_status status);

/* Show the history of the correction shown in the review, else of the
 * current annotation. */
void review_history(struct app *app);

/* Free what the review holds. */
void review_free(struct review *review);

#endif
