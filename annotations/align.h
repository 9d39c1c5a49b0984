/*
 * align.h - which paragraphs of an article's old text stand, unchanged,
 * in its new text, and where the changed ones are to be looked for; and
 * how much of an old text a new one keeps (whether it is a revision of
 * it at all).  Plain logic over two texts: no SQLite here.
 */
#ifndef TANDA_ALIGN_H
#define TANDA_ALIGN_H

#include <stddef.h>

#include "article.h"
#include "error.h"

/* No paragraph: changed, gone or new. */
#define ALIGN_NONE ((size_t)-1)

/*
 * The paragraphs of two texts paired.  An old paragraph is paired with a
 * new one when they are the same bytes and the pairing is certain: the
 * unchanged paragraphs at the start and at the end of both texts, and, in
 * between, a paragraph that occurs exactly once in each (moved or not).
 * A paragraph that occurs several times in between is not paired: which
 * copy is which cannot be told.
 */
struct align {
	size_t old_count, new_count;
	size_t *old_to_new;	/* [old_count]: its new paragraph, or ALIGN_NONE */
	size_t *new_to_old;	/* [new_count]: its old paragraph, or ALIGN_NONE */
	size_t *gap_lo;		/* [old_count]: for an old paragraph not paired, */
	size_t *gap_hi;		/* the new ones [lo, hi) where it now stands */
	size_t *twin;		/* [old_count]: its edited self, or ALIGN_NONE */
};

/*
 * Pair the paragraphs of old and new into *out (release with
 * align_release, even on failure).  The gap of an old paragraph that is
 * not paired runs between the new places of the nearest paired old
 * paragraphs before and after it (the whole text when moves have crossed
 * them).  Where a run of old paragraphs not paired faces as many new ones
 * not paired in its gap, each was edited in place: the one in the same
 * rank is its twin.  Linear in the texts.  Fails only with TANDA_ENOMEM.
 */
enum tanda_status align_paragraphs(const struct article *old, const struct article *new,
				   struct align *out, struct tanda_error *err);

/* Free what align holds. */
void align_release(struct align *align);

/*
 * The share, 0 to 1, of old's paragraphs that new keeps: found whole, or
 * approximately (at least half of the runs of four words of the old
 * paragraph are somewhere in new).  A text whose share is under one half
 * is another article, not a revision of old.  When the paragraphs found
 * whole are half or more, the others are not looked at: the share is then
 * at least what it says.  1 for an old text with no paragraphs.  -1 when
 * out of memory.
 */
double align_kinship(const struct article *old, const struct article *new);

#endif
