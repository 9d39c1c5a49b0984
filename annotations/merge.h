/*
 * merge.h - the merge rules of imported annotations: one incoming
 * annotation against the stored one with the same id.
 *
 * - an id not stored is added (a tombstone too, so that it stays deleted);
 * - a stored one is replaced only by a newer one (`modified`);
 * - a tombstone deletes and stays deleted: the record keeps the content of
 *   the newer side, deleted if either side is;
 * - the same `modified` with a different content is a conflict: both are
 *   kept, the incoming one under an id derived from it (the same file gives
 *   the same id, so importing it again adds nothing), tagged `conflict`,
 *   its note naming the original's id.
 *
 * When the set speaks only for its author (the trust rule of `tanda sync`
 * and `tanda import --as`), an incoming annotation whose id is stored as
 * another author's is refused, and the incoming correction's status and
 * review are not taken: a status is its decisions' (store.h), never what a
 * set says of it; one stored as it is but on another article moves there
 * (its author carried it over to a new revision of the article), and the
 * decisions on it follow (schema 7's triggers).
 *
 * Content is what people write (kind, note, color, tags, speaker, statuses,
 * replacement - its author's, not a reviewer's that stands -, review,
 * author, times, deleted), not where the anchor now stands: re-anchoring is
 * not an edit and keeps `modified`.
 */
#ifndef TANDA_MERGE_H
#define TANDA_MERGE_H

#include "annotation.h"
#include "store.h"

/* What merging one annotation did. */
enum merge_outcome {
	MERGE_NEW,		/* its id was not stored: added */
	MERGE_UPDATED,		/* a newer version replaced the stored one */
	MERGE_UNCHANGED,	/* the store already had it, or something newer */
	MERGE_DELETED,		/* a tombstone deleted it (or was recorded) */
	MERGE_CONFLICT,		/* kept beside the stored one under a new id */
	MERGE_REFUSED,		/* another author's: the set does not speak for it */
	MERGE_OUTCOMES
};

/* How reports name the outcomes: "new", "updated", ... "in conflict". */
extern const char *const merge_outcome_names[MERGE_OUTCOMES];

/* The tag given to the incoming side of a conflict. */
#define MERGE_CONFLICT_TAG "conflict"

/*
 * Merge incoming (valid, anchored, its article stored) into the store by
 * the rules above (own_only: the set speaks only for its author); *outcome
 * says what happened, and for MERGE_CONFLICT
 * kept_as the id it was kept under.  incoming's deleted flag may be set on
 * the way.
 */
enum tanda_status merge_annotation(struct store *store, struct annotation *incoming,
				   int own_only, enum merge_outcome *outcome,
				   char kept_as[ANNOTATION_ID_SIZE], struct tanda_error *err);

/* Say in buf what became of incoming when merging it was a conflict: it
 * was kept as kept_as, tagged MERGE_CONFLICT_TAG (for the importers'
 * notices). */
void merge_describe_conflict(const struct annotation *incoming, const char *kept_as, char *buf,
			     size_t size);

#endif
