/*
 * form.h - the annotation form being filled in: its steps (the questions
 * it asks, in order), the draft it fills, and the quote picker's passages.
 * A plain record, held by struct app and filled by annotate.c; a zeroed
 * one is closed.
 */
#ifndef TANDA_UI_FORM_H
#define TANDA_UI_FORM_H

#include <stddef.h>

#include "annotation.h"

/* The most quoted passages the quote picker offers in one paragraph. */
#define FORM_MAX_PASSAGES 32

/* One question of a form. */
enum form_step {
	STEP_END,
	STEP_PICK_QUOTE,	/* Tab through the paragraph's quoted passages */
	STEP_SPEAKER,		/* a prompt */
	STEP_TAGS,		/* a prompt, with completion */
	STEP_CLAIM_STATUS,	/* one letter */
	STEP_REPLACEMENT,	/* a prompt */
	STEP_CORRECTION_KIND,	/* one letter */
	STEP_NOTE,		/* a prompt */
	STEP_REASON,		/* a prompt: why a correction is rejected */
	STEP_REJECT_OTHER,	/* one letter: reject the accepted correction that
				 * overlaps the one being accepted? */
	STEP_UNPUBLISH_REASON,	/* a prompt: why a published one is taken back */
	STEP_DISMISS_REASON,	/* a prompt: why someone else's is dismissed */
};

/* The form being filled in, if any. */
struct form {
	const enum form_step *steps;	/* NULL when none is open; ends with STEP_END */
	size_t at;			/* the current step */
	struct annotation draft;	/* what will be saved */
	int existing;			/* the draft is a stored annotation being edited */
	int dismissing;			/* the draft, someone else's, is being dismissed */
	size_t passage, npassages;	/* the quote picker's choice and count */
	size_t passages[FORM_MAX_PASSAGES][2];	/* their bytes in the text */
	char *reason;			/* a rejection's or dismissal's reason */
	char **tag_names;		/* completions for the tag prompt */
	size_t ntag_names, tag_names_alloc;
};

/* Free what f holds and close it (a zeroed form again). */
void form_clear(struct form *f);

#endif
