/*
 * store-correction.c - the decisions on a correction: accepted (never over
 * another accepted one), rejected, published (who, when, where to) and
 * taken back (unpublished: who and why), each one update of the annotation
 * that the history's triggers record; and the corrections that overlap
 * some words, so that a finding is not proposed twice and two corrections
 * of the same words are not both accepted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store-int.h"

enum tanda_status store_correction_overlapping(struct store *store, const char *article_sha256,
					       uint64_t start, uint64_t end, const char *except,
					       enum correction_status status,
					       struct annotation *found, int *overlaps,
					       struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_CORRECTION_OVERLAP, err);
	char id[ANNOTATION_ID_SIZE];
	int rc;

	*overlaps = 0;
	if (found != NULL)
		annotation_clear(found);
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":article", article_sha256);
	bind_int64(stmt, ":start", (sqlite3_int64)start);
	bind_int64(stmt, ":end", (sqlite3_int64)end);
	bind_text(stmt, ":except", except);
	bind_name(stmt, ":status", correction_status_names, status);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		column_fixed(stmt, 0, id, sizeof id);
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read the corrections", err);
	*overlaps = rc == SQLITE_ROW;
	if (*overlaps && found != NULL)
		return store_annotation_get(store, id, found, err);
	return TANDA_OK;
}

/* Refuse a decision on a: TANDA_EDATA, "correction ID ("WORDS") WHY". */
static enum tanda_status refuse(const struct annotation *a, const char *why,
				struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA, "correction %s (\"%s\") %s", a->id,
			  a->anchor.exact ? a->anchor.exact : "", why);
}

/* Check that a is a correction, not deleted, whose status is not
 * refused_status (when that is not CORRECTION_STATUS_NONE, saying
 * refused_why). */
static enum tanda_status check_decidable(const struct annotation *a,
					 enum correction_status refused_status,
					 const char *refused_why, struct tanda_error *err)
{
	if (a->kind != KIND_CORRECTION)
		return tanda_fail(err, TANDA_EDATA, "%s is a %s, not a correction", a->id,
				  annotation_kind_names[a->kind]);
	if (a->deleted)
		return refuse(a, "is deleted (tanda rm --restore brings it back)", err);
	if (refused_status != CORRECTION_STATUS_NONE && a->correction_status == refused_status)
		return refuse(a, refused_why, err);
	return TANDA_OK;
}

/* What a decision changes, kept to put back when it fails. */
struct before {
	enum correction_status status;
	char *reviewed_by;
	char reviewed_at[ANNOTATION_TIME_SIZE];
	char modified[ANNOTATION_TIME_SIZE];
};

/* Record the decision that takes a from status `from` to `to`, by who
 * at `at`, for the reviewer's own set, on the version it has (its
 * author's), where it was published to (place; NULL: not published), with
 * the reviewer's words (NULL: none given). */
static enum tanda_status record(struct store *store, const struct annotation *a,
				const char *who, enum correction_status to,
				enum correction_status from, const char *reason, const char *place,
				const char *words, const char *at, struct tanda_error *err)
{
	struct store_decision d = { .reviewer = who, .reason = reason, .place = place,
				    .replacement = words };

	d.kind = to == CORRECTION_REJECTED ? DECISION_REJECTED
		 : to == CORRECTION_PUBLISHED ? DECISION_PUBLISHED
		 : to == CORRECTION_PROPOSED ? DECISION_PROPOSED
		 : from == CORRECTION_PUBLISHED ? DECISION_UNPUBLISHED : DECISION_ACCEPTED;
	memcpy(d.annotation, a->id, sizeof d.annotation);
	snprintf(d.article, sizeof d.article, "%s", a->article);
	memcpy(d.at, at, sizeof d.at);
	store_decision_version(a, d.version);
	return store_decision_insert(store, &d, NULL, err);
}

/* How a decision changes a's words. */
enum words {
	WORDS_KEPT,		/* as stored */
	WORDS_AUTHOR,		/* its author gives new ones: an edit */
	WORDS_REVIEWER,		/* a reviewer gives new ones: carried in the decision */
};

/* Whether who gives a new words with the decision, into *words; a
 * reviewer's keep its author's in a->proposed. */
static enum tanda_status new_words(struct store *store, struct annotation *a, const char *who,
				   enum words *words, struct tanda_error *err)
{
	struct annotation stored;
	enum tanda_status status;
	int changed;

	annotation_init(&stored);
	status = store_annotation_get(store, a->id, &stored, err);
	changed = status == TANDA_OK &&
		  (stored.replacement == NULL || a->replacement == NULL
		   ? stored.replacement != a->replacement
		   : strcmp(stored.replacement, a->replacement) != 0);
	*words = !changed ? WORDS_KEPT : strcmp(who, a->author) == 0 ? WORDS_AUTHOR
		 : WORDS_REVIEWER;
	if (*words == WORDS_REVIEWER &&
	    annotation_set(&a->proposed, stored.proposed ? stored.proposed : stored.replacement))
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	else if (*words == WORDS_AUTHOR)
		annotation_set(&a->proposed, NULL);
	annotation_clear(&stored);
	return status;
}

/* Record who's decision on a and give a the status it makes (its words
 * too, when a reviewer gives new ones; an author's new words are an edit
 * of the annotation). */
static enum tanda_status record_and_save(struct store *store, struct annotation *a,
					 enum correction_status to,
					 enum correction_status from, const char *who,
					 const struct decision_context *c, struct tanda_error *err)
{
	struct decision_context context = *c;
	enum words words;
	enum tanda_status status = new_words(store, a, who, &words, err);

	if (status == TANDA_OK)
		status = record(store, a, who, to, from, c->reason, c->place,
				words == WORDS_REVIEWER ? a->replacement : NULL, c->at, err);
	if (status == TANDA_OK && words == WORDS_AUTHOR)	/* accepted with a new replacement */
		return store_annotation_update_why(store, a, c->reason, err);
	context.words = a->proposed ? a->replacement : NULL;
	if (status == TANDA_OK)	/* not an edit: modified is kept */
		status = store_decision_status(store, a->id, to, a->reviewed_by, a->reviewed_at,
					       &context, err);
	return status;
}

/* Give a status `to`, decided by who now (its reviewer too, when
 * reviewing; none when proposed again), reason in the history, recorded as
 * who's decision: its modified time kept, since a decision is not an edit
 * of the annotation (an author's later edit must not lose to a reviewer's
 * earlier decision); on failure a is as it was. */
static enum tanda_status decide(struct store *store, struct annotation *a,
				enum correction_status to, const char *who, const char *reason,
				const char *place, int reviewing, struct tanda_error *err)
{
	struct before was = { .status = a->correction_status, .reviewed_by = a->reviewed_by };
	char *reviewer = reviewing && to != CORRECTION_PROPOSED ? strdup(who) : NULL;
	char now[ANNOTATION_TIME_SIZE];
	enum tanda_status status;
	struct decision_context context = { .who = NULL, .reason = reason, .place = place,
					    .at = now, .words = NULL };

	if (reviewing && to != CORRECTION_PROPOSED && reviewer == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	memcpy(was.reviewed_at, a->reviewed_at, sizeof was.reviewed_at);
	memcpy(was.modified, a->modified, sizeof was.modified);
	annotation_now(now);
	status = store_decision_review_time(store, a->id, who, now, err);
	if (status != TANDA_OK) {
		free(reviewer);
		return status;
	}
	if (reviewing) {
		a->reviewed_by = reviewer;
		memcpy(a->reviewed_at, reviewer ? now : "", reviewer ? sizeof a->reviewed_at : 1);
	}
	a->correction_status = to;
	status = store_set_actor(store, who, err);
	if (status == TANDA_OK && (status = store_begin(store, err)) == TANDA_OK) {
		status = record_and_save(store, a, to, was.status, who, &context, err);
		status = store_write_end(store, status, err);
	}
	if (status == TANDA_OK) {
		if (reviewing)
			free(was.reviewed_by);
		return TANDA_OK;
	}
	free(reviewer);
	a->reviewed_by = was.reviewed_by;
	a->correction_status = was.status;
	memcpy(a->reviewed_at, was.reviewed_at, sizeof a->reviewed_at);
	memcpy(a->modified, was.modified, sizeof a->modified);
	return status;
}

/* Refuse to accept a over the accepted correction other. */
static enum tanda_status overlaps_accepted(const struct annotation *a,
					   const struct annotation *other, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA, "correction %s (\"%s\", paragraph %u) overlaps the "
			  "accepted correction %s (\"%s\", paragraph %u): reject one of them first",
			  a->id, a->anchor.exact ? a->anchor.exact : "", (unsigned)a->anchor.paragraph,
			  other->id, other->anchor.exact ? other->anchor.exact : "",
			  (unsigned)other->anchor.paragraph);
}

enum tanda_status store_correction_accept(struct store *store, struct annotation *a,
					  const char *who, struct annotation *conflict,
					  struct tanda_error *err)
{
	enum tanda_status status;
	int overlaps = 0;

	annotation_clear(conflict);
	status = check_decidable(a, CORRECTION_PUBLISHED,
				 "is published: take it back (unpublish) before deciding again", err);
	if (status == TANDA_OK && a->replacement == NULL)
		status = refuse(a, "has no replacement: give it one first", err);
	if (status != TANDA_OK || (status = store_begin(store, err)) != TANDA_OK)
		return status;
	status = store_correction_overlapping(store, a->article, a->anchor.start, a->anchor.end,
					      a->id, CORRECTION_ACCEPTED, conflict, &overlaps, err);
	if (status == TANDA_OK && overlaps)
		status = overlaps_accepted(a, conflict, err);
	if (status == TANDA_OK)
		status = decide(store, a, CORRECTION_ACCEPTED, who, NULL, NULL, 1, err);
	return store_write_end(store, status, err);
}

enum tanda_status store_correction_reject(struct store *store, struct annotation *a,
					  const char *who, const char *reason,
					  struct tanda_error *err)
{
	enum tanda_status status = check_decidable(a, CORRECTION_PUBLISHED,
						   "is published: take it back (unpublish) "
						   "before rejecting it", err);

	if (status != TANDA_OK)
		return status;
	return decide(store, a, CORRECTION_REJECTED, who, reason, NULL, 1, err);
}

enum tanda_status store_correction_publish(struct store *store, struct annotation *a,
					   const char *who, const char *where,
					   struct tanda_error *err)
{
	enum tanda_status status = check_decidable(a, CORRECTION_STATUS_NONE, NULL, err);
	struct tanda_error ignored;

	if (status == TANDA_OK && a->correction_status != CORRECTION_ACCEPTED)
		status = refuse(a, "is not accepted", err);
	if (status == TANDA_OK)
		status = store_set_place(store, where, err);
	if (status != TANDA_OK)
		return status;
	status = decide(store, a, CORRECTION_PUBLISHED, who, NULL, where, 0, err);
	(void)store_set_place(store, NULL, &ignored);
	return status;
}

enum tanda_status store_correction_unpublish(struct store *store, struct annotation *a,
					     const char *who, const char *reason,
					     struct tanda_error *err)
{
	enum tanda_status status = check_decidable(a, CORRECTION_STATUS_NONE, NULL, err);

	if (status == TANDA_OK && a->correction_status != CORRECTION_PUBLISHED)
		status = refuse(a, "is not published", err);
	if (status == TANDA_OK && (reason == NULL || reason[0] == '\0'))
		status = tanda_fail(err, TANDA_EUSAGE, "taking back a published correction needs a "
				    "reason");
	if (status != TANDA_OK)
		return status;
	return decide(store, a, CORRECTION_ACCEPTED, who, reason, NULL, 0, err);
}

enum tanda_status store_correction_reopen(struct store *store, struct annotation *a,
					  const char *who, const char *reason, const char *words,
					  struct tanda_error *err)
{
	enum tanda_status status = check_decidable(a, CORRECTION_PUBLISHED,
						   "is published: take it back (unpublish) "
						   "before proposing it again", err);

	if (status != TANDA_OK)
		return status;
	if (words == NULL && a->correction_status == CORRECTION_PROPOSED)
		return TANDA_OK;	/* nothing to decide */
	if (words != NULL && annotation_set(&a->replacement, words) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return decide(store, a, CORRECTION_PROPOSED, who, reason, NULL, 1, err);
}
