/*
 * anchor.h - tying annotations to words of an article, and keeping them on
 * the right words when the article's text changes.
 *
 * Positions are code point offsets in the normalized text (what `tanda
 * cat` prints), end exclusive.  Plain logic over texts: no SQLite here.
 */
#ifndef TANDA_ANCHOR_H
#define TANDA_ANCHOR_H

#include <stddef.h>

#include "annotation.h"
#include "article.h"

/*
 * Fill anchor (cleared first) for bytes [start, end) of article's text,
 * which must lie inside one paragraph and on grapheme cluster boundaries
 * (never between a letter and its combining mark): exact,
 * up to ANNOTATION_CONTEXT characters of prefix and suffix (within the
 * whole text), code point start/end, paragraph and offsets in it; state
 * ANCHOR_EXACT.  Fails with TANDA_EUSAGE for a bad range.
 */
enum tanda_status anchor_make(struct article *article, size_t start, size_t end,
			      struct anchor *anchor, struct tanda_error *err);

/*
 * Find exact in article: the occurrence-th match (1-based) in paragraph
 * (1-based; 0 for anywhere).  Returns 1 and its bytes in *start and *end,
 * or 0 when there is no such match.
 */
int anchor_find(const struct article *article, const char *exact, size_t paragraph,
		size_t occurrence, size_t *start, size_t *end);

/*
 * Put anchor on bytes [start, end) of article's text (inside one
 * paragraph, on character boundaries): its exact words, context and
 * positions, reusing its strings where they are the same; its state,
 * score and old_exact are left as they are.  Fails only with
 * TANDA_ENOMEM, leaving it as it was.
 */
enum tanda_status anchor_place(struct article *article, size_t start, size_t end,
			       struct anchor *anchor, struct tanda_error *err);

/* anchor_place, for bytes [start, end) that are known to begin
 * para_start code points into paragraph (0-based): nothing is counted
 * from the paragraph's start. */
enum tanda_status anchor_place_in(struct article *article, size_t start, size_t end,
				  size_t paragraph, uint64_t para_start, struct anchor *anchor,
				  struct tanda_error *err);

/*
 * Whether anchor's positions fit article's text: its exact words are the
 * code points start to end, inside paragraph `paragraph` (para_start and
 * para_end follow from them).  Positions that do not fit are never trusted: an export does
 * not write them as positions in that text (it writes the annotation as an
 * orphan) and a set's positions that do not fit become orphans.
 */
int anchor_fits(struct article *article, const struct anchor *anchor);

/*
 * Check count annotations whose positions were taken before article's
 * text was known (an imported set's, for a pending article) against it:
 * each that is not an orphan and does not fit becomes one (its words,
 * context and positions kept as they came; old_exact its words); each
 * that fits gets its offsets inside its paragraph.  Their
 * indexes go in unfit (count long, may be NULL), their number in *nunfit,
 * for the caller's messages.  Fails only with TANDA_ENOMEM.
 */
enum tanda_status anchor_orphan_unfit(struct article *article, struct annotation *annotations,
				      size_t count, size_t *unfit, size_t *nunfit,
				      struct tanda_error *err);

/*
 * Whether anchor's exact text (one line) is at its start/end (code points,
 * within the text) in article: what an imported annotation's positions
 * are trusted by.  If so, its paragraph and offsets in it are set from the
 * text; if not, nothing changes.
 */
int anchor_at_place(struct article *article, struct anchor *anchor);

#endif
