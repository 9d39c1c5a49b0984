/*
 * undo.c - the change journal and writing its states back to the store.
 */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "store.h"
#include "undo.h"

/* Free one entry's records. */
static void entry_clear(struct undo_entry *e)
{
	annotation_clear(&e->before);
	annotation_clear(&e->after);
	free(e->dismisser);
	free(e->reason);
	e->dismisser = e->reason = NULL;
}

void undo_free(struct undo *u)
{
	size_t i;

	for (i = 0; i < u->count; i++)
		entry_clear(&u->entries[i]);
	free(u->entries);
	memset(u, 0, sizeof *u);
}

/* Drop the entries past the applied ones, and the oldest when full. */
static void make_room(struct undo *u)
{
	while (u->count > u->done)
		entry_clear(&u->entries[--u->count]);
	if (u->count == UNDO_MAX) {
		entry_clear(&u->entries[0]);
		memmove(u->entries, u->entries + 1, (u->count - 1) * sizeof *u->entries);
		u->count--;
		u->done--;
	}
}

/* Copy state src (NULL: absent) into dst; 0 on success. */
static int copy_state(struct annotation *dst, const struct annotation *src)
{
	annotation_init(dst);
	return src == NULL ? 0 : annotation_copy(dst, src);
}

int undo_record(struct undo *u, const struct annotation *before, const struct annotation *after)
{
	struct undo_entry *e;

	make_room(u);
	if (GROW(u->entries, u->cap, u->count + 1) != 0)
		return -1;
	e = &u->entries[u->count];
	e->dismisser = e->reason = NULL;
	if (copy_state(&e->before, before) != 0 || copy_state(&e->after, after) != 0) {
		entry_clear(e);
		return -1;
	}
	u->count++;
	u->done = u->count;
	return 0;
}

/*
 * Make the store hold state `to` for the annotation that `from` was (from
 * or to may be absent), filling *shown with the result.  The write applies
 * only to the revision `from` left in the store (from->revision), as every
 * write does: a change made since by another process is never overwritten
 * (TANDA_ESTALE).  `to` takes the revision written, for the next step.
 */
static enum tanda_status write_state(struct store *store, const struct annotation *from,
				     struct annotation *to, struct annotation *shown,
				     struct tanda_error *err)
{
	enum tanda_status status;
	int64_t revision = from->revision;

	annotation_clear(shown);
	if (to->id[0] == '\0') {
		status = store_annotation_delete_revision(store, from->id, &revision, 1, err);
		to->revision = revision;
		return status == TANDA_OK ? store_annotation_get(store, from->id, shown, err) : status;
	}
	if (annotation_copy(shown, to) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	shown->revision = revision;
	status = store_annotation_update(store, shown, err);
	if (status == TANDA_OK)
		to->revision = shown->revision;
	return status;
}

/* The reason a decision made by undo or redo gives in the history. */
#define UNDO_REASON "undone in the reader"

/* Whether going from state `from` to `to` is a review decision, not an
 * edit: a correction's status changes, or words change on someone else's
 * (who is the user). */
static int is_decision(const struct annotation *from, const struct annotation *to,
		       const char *who)
{
	if (from->id[0] == '\0' || to->id[0] == '\0' || to->kind != KIND_CORRECTION)
		return 0;
	if (from->correction_status != to->correction_status)
		return 1;
	return strcmp(to->author, who) != 0 &&
	       (from->replacement == NULL || to->replacement == NULL
		? from->replacement != to->replacement
		: strcmp(from->replacement, to->replacement) != 0);
}

/* Record who's decision that gives *shown (state `to`, now at from's
 * status and revision) to's status and words. */
static enum tanda_status decide_to(struct store *store, const char *who,
				   const struct annotation *from, enum correction_status want,
				   struct annotation *shown, struct tanda_error *err)
{
	struct annotation conflict;
	enum tanda_status status;

	if (want == CORRECTION_PUBLISHED)
		return tanda_fail(err, TANDA_EUSAGE, "a correction taken back is published again "
				  "only by tanda apply --publish");
	if (want == CORRECTION_PROPOSED)
		return store_correction_reopen(store, shown, who, UNDO_REASON,
					       from->correction_status == want ?
					       shown->replacement : NULL, err);
	if (want == CORRECTION_REJECTED)
		return store_correction_reject(store, shown, who, UNDO_REASON, err);
	if (from->correction_status == CORRECTION_PUBLISHED)
		return store_correction_unpublish(store, shown, who, UNDO_REASON, err);
	annotation_init(&conflict);
	status = store_correction_accept(store, shown, who, &conflict, err);
	annotation_clear(&conflict);
	return status;
}

/* Make the store hold state `to` of a correction that was `from` through
 * who's decision, as every change of a correction's status is (it
 * travels, and its history says who), filling *shown with the result. */
static enum tanda_status write_decision(struct store *store, const char *who,
					const struct annotation *from, struct annotation *to,
					struct annotation *shown, struct tanda_error *err)
{
	enum tanda_status status;

	annotation_clear(shown);
	if (annotation_copy(shown, to) != 0 ||
	    annotation_set(&shown->reviewed_by, from->reviewed_by) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	shown->correction_status = from->correction_status;
	memcpy(shown->reviewed_at, from->reviewed_at, sizeof shown->reviewed_at);
	shown->revision = from->revision;
	status = decide_to(store, who, from, to->correction_status, shown, err);
	if (status == TANDA_OK)
		status = store_annotation_get(store, to->id, shown, err);
	if (status == TANDA_OK)
		to->revision = shown->revision;
	return status;
}

int undo_record_dismissal(struct undo *u, const struct annotation *a, const char *who,
			  const char *reason)
{
	struct undo_entry *e;

	if (undo_record(u, a, NULL) != 0)
		return -1;
	e = &u->entries[u->count - 1];
	e->dismisser = strdup(who);
	e->reason = reason != NULL ? strdup(reason) : NULL;
	if (e->dismisser != NULL && (reason == NULL || e->reason != NULL))
		return 0;
	entry_clear(e);
	u->done = --u->count;
	return -1;
}

/* Make again (redo) or withdraw the dismissal of entry e, filling *shown
 * with the annotation, deleted set while it is dismissed (hidden). */
static enum tanda_status redismiss(const struct undo_entry *e, struct store *store, int redo,
				   struct annotation *shown, struct tanda_error *err)
{
	enum tanda_status status = store_annotation_dismiss(store, &e->before, e->dismisser,
							    e->reason, redo, err);

	annotation_clear(shown);
	if (status == TANDA_OK && annotation_copy(shown, &e->before) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	shown->deleted = redo;
	return status;
}

enum tanda_status undo_step(struct undo *u, struct store *store, const char *who, int redo,
			    struct annotation *shown, struct tanda_error *err)
{
	struct undo_entry *e;
	struct annotation *from, *to;
	enum tanda_status status;

	if (redo ? u->done == u->count : u->done == 0)
		return tanda_fail(err, TANDA_EUSAGE, redo ? "nothing to redo" : "nothing to undo");
	e = &u->entries[redo ? u->done : u->done - 1];
	from = redo ? &e->before : &e->after;
	to = redo ? &e->after : &e->before;
	if (e->dismisser != NULL)
		status = redismiss(e, store, redo, shown, err);
	else if (is_decision(from, to, who))
		status = write_decision(store, who, from, to, shown, err);
	else
		status = write_state(store, from, to, shown, err);
	if (status == TANDA_OK && redo)
		u->done++;
	else if (status == TANDA_OK)
		u->done--;
	return status;
}
