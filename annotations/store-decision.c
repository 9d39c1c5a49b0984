/*
 * store-decision.c - review decisions as records of the reviewer who made
 * them (store.h): added once however often they are imported, listed for
 * the reviewer's own set, and a correction's status derived from them.
 *
 * A decision is made on a version of the correction (its exact text and
 * replacement).  The latest decision on the current version stands; when
 * the author changes what was decided on, none stands and the correction
 * is proposed again, the history saying after whose decision.  A note or a
 * tag changed leaves the decision standing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "sha256.h"
#include "store-int.h"

const char *const decision_names[DECISION_KINDS] = {
	"accepted", "rejected", "published", "unpublished", "proposed", "dismissed",
	"undismissed",
};

/* The status a standing decision gives its correction. */
static const enum correction_status decided_status[DECISION_KINDS] = {
	[DECISION_ACCEPTED] = CORRECTION_ACCEPTED,
	[DECISION_REJECTED] = CORRECTION_REJECTED,
	[DECISION_PUBLISHED] = CORRECTION_PUBLISHED,
	[DECISION_UNPUBLISHED] = CORRECTION_ACCEPTED,
	[DECISION_PROPOSED] = CORRECTION_PROPOSED,
	[DECISION_DISMISSED] = CORRECTION_STATUS_NONE,	/* no status: of the views */
	[DECISION_UNDISMISSED] = CORRECTION_STATUS_NONE,
};

void store_decision_version(const struct annotation *a, char version[DECISION_VERSION_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char digest[SHA256_DIGEST_SIZE];
	struct sha256 ctx;
	size_t i;

	const char *words = a->anchor.old_exact ? a->anchor.old_exact : a->anchor.exact;
	const char *replacement = a->proposed ? a->proposed : a->replacement;	/* the author's */

	sha256_init(&ctx);	/* the words it was made on, wherever they are now */
	sha256_update(&ctx, words ? words : "", words ? strlen(words) + 1 : 1);
	if (replacement != NULL)
		sha256_update(&ctx, replacement, strlen(replacement));
	sha256_final(&ctx, digest);
	for (i = 0; i < (DECISION_VERSION_SIZE - 1) / 2; i++) {
		version[2 * i] = hex[digest[i] >> 4];
		version[2 * i + 1] = hex[digest[i] & 15];
	}
	version[DECISION_VERSION_SIZE - 1] = '\0';
}

/* The index of name in decision_names, or -1. */
static int decision_kind_of(const char *name)
{
	int i;

	for (i = 0; name != NULL && i < DECISION_KINDS; i++)
		if (strcmp(name, decision_names[i]) == 0)
			return i;
	return -1;
}

/* What the decisions on one correction make of it. */
struct verdict {
	int any;				/* it has decisions */
	int stands;				/* one is on its current version */
	enum decision_kind kind;		/* the standing one's */
	char reviewer[256], at[ANNOTATION_TIME_SIZE];
	char reason[512], place[512];		/* "" for none */
	char *words;				/* the latest reviewer's words on the
						 * current version, or NULL (heap) */
	int prior_found;			/* one stood on the previous version */
	enum decision_kind prior_kind;		/* that one's, else the latest's */
	char prior_reviewer[256];
};

/* The text of column i of stmt ("" for NULL). */
static const char *text_or_empty(sqlite3_stmt *stmt, int i)
{
	const char *text = (const char *)sqlite3_column_text(stmt, i);

	return text ? text : "";
}

/* Take the decision of stmt's row, of kind, as the one standing in v. */
static void take_standing(sqlite3_stmt *stmt, int kind, struct verdict *v)
{
	v->stands = 1;
	v->kind = (enum decision_kind)kind;
	column_fixed(stmt, 0, v->reviewer, sizeof v->reviewer);
	column_fixed(stmt, 2, v->at, sizeof v->at);
	column_fixed(stmt, 4, v->reason, sizeof v->reason);
	column_fixed(stmt, 5, v->place, sizeof v->place);
}

/* Read the decisions on a into *v: the latest on version stands; the
 * latest on previous (NULL: not known) stood before, else the latest of
 * all is named. */
static enum tanda_status weigh(struct store *store, const struct annotation *a,
			       const char *version, const char *previous, struct verdict *v,
			       struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_DECISIONS_ON, err);
	int rc, kind;

	memset(v, 0, sizeof *v);
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":uuid", a->id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *on = text_or_empty(stmt, 3);

		if ((kind = decision_kind_of(text_or_empty(stmt, 1))) < 0 ||
		    decided_status[kind] == CORRECTION_STATUS_NONE)
			continue;	/* unknown, or a dismissal: not a review */
		if (!v->stands && strcmp(on, version) == 0)
			take_standing(stmt, kind, v);
		if (v->words == NULL && strcmp(on, version) == 0 &&
		    sqlite3_column_type(stmt, 6) != SQLITE_NULL &&
		    (v->words = strdup(text_or_empty(stmt, 6))) == NULL)
			break;
		if (!v->any || (!v->prior_found && previous != NULL && strcmp(on, previous) == 0)) {
			v->prior_found = previous != NULL && strcmp(on, previous) == 0;
			v->prior_kind = (enum decision_kind)kind;
			column_fixed(stmt, 0, v->prior_reviewer, sizeof v->prior_reviewer);
		}
		v->any = 1;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	if (rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read the decisions", err);
	return TANDA_OK;
}

/* Whether the words that stand on a are words (NULL: its author's). */
static int same_words(const struct annotation *a, const char *words)
{
	if (words == NULL)
		return a->proposed == NULL;
	return a->replacement != NULL && strcmp(a->replacement, words) == 0;
}

/* Who makes the changes (store_set_actor) into who ("" for nobody). */
static enum tanda_status actor(struct store *store, char *who, size_t size,
			       struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ACTOR, err);
	int rc;

	who[0] = '\0';
	if (stmt == NULL)
		return err->status;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		column_fixed(stmt, 0, who, size);
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read who makes the changes", err);
	return TANDA_OK;
}

/* Set the history's context for a decision: reason and place (NULL or
 * "": none) and the time at; NULL for all three clears it. */
static enum tanda_status set_context(struct store *store, const char *reason, const char *place,
				     const char *at, struct tanda_error *err)
{
	enum tanda_status st;

	reason = reason != NULL && reason[0] != '\0' ? reason : NULL;
	place = place != NULL && place[0] != '\0' ? place : NULL;
	if ((st = store_run_text(store, ST_SET_REASON, ":reason", reason, "cannot save the reason",
				 err)) != TANDA_OK ||
	    (st = store_run_text(store, ST_SET_PLACE, ":place", place, "cannot save where to",
				 err)) != TANDA_OK)
		return st;
	return store_run_text(store, ST_SET_AT, ":at", at, "cannot save the time", err);
}

enum tanda_status store_decision_status(struct store *store, const char *id,
					enum correction_status status, const char *by,
					const char *reviewed_at, const struct decision_context *c,
					struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	enum tanda_status st;
	struct tanda_error ignored;
	char was[256];

	if ((st = actor(store, was, sizeof was, err)) != TANDA_OK ||
	    (c->who != NULL && (st = store_set_actor(store, c->who, err)) != TANDA_OK) ||
	    (st = set_context(store, c->reason, c->place, c->at, err)) != TANDA_OK)
		return st;
	if ((stmt = store_statement(store, ST_DECISION_STATUS, err)) == NULL)
		return err->status;
	bind_text(stmt, ":uuid", id);
	bind_name(stmt, ":correction_status", correction_status_names, status);
	bind_text(stmt, ":reviewed_by", by != NULL && by[0] != '\0' ? by : NULL);
	bind_text(stmt, ":reviewed_at", reviewed_at != NULL && reviewed_at[0] != '\0' ? reviewed_at
											: NULL);
	bind_text(stmt, ":words", c->words);
	st = store_run(store, stmt, "cannot save the correction's status", err);
	(void)set_context(store, NULL, NULL, NULL, &ignored);
	if (c->who != NULL)
		(void)store_set_actor(store, was[0] ? was : NULL, &ignored);
	return st;
}

/* Give a the status its standing decision (in v, on its current version)
 * makes, with the words that stand, unless it has them. */
static enum tanda_status take_verdict(struct store *store, const struct annotation *a,
				      const struct verdict *v, struct tanda_error *err)
{
	struct decision_context c = { .who = v->reviewer, .reason = v->reason, .place = v->place,
				      .at = v->at, .words = v->words };
	enum correction_status to = decided_status[v->kind];
	int words = same_words(a, v->words);

	/* the history says who decided, not who imported */
	if (v->kind == DECISION_PUBLISHED || v->kind == DECISION_UNPUBLISHED)	/* not a review */
		return a->correction_status == to && words ? TANDA_OK
		       : store_decision_status(store, a->id, to, a->reviewed_by, a->reviewed_at, &c,
					       err);
	if (v->kind == DECISION_PROPOSED)	/* proposed again: nobody's review stands */
		return a->correction_status == to && a->reviewed_by == NULL && words ? TANDA_OK
		       : store_decision_status(store, a->id, to, NULL, NULL, &c, err);
	if (a->correction_status == to && a->reviewed_by != NULL &&
	    strcmp(a->reviewed_by, v->reviewer) == 0 && words)
		return TANDA_OK;
	return store_decision_status(store, a->id, to, v->reviewer, v->at, &c, err);
}

enum tanda_status store_decision_derive(struct store *store, const struct annotation *a,
					const char *previous, struct tanda_error *err)
{
	char version[DECISION_VERSION_SIZE], reason[600];
	struct decision_context c = { .who = NULL, .reason = reason, .place = NULL, .at = NULL,
				      .words = NULL };
	struct verdict v;
	enum tanda_status status;

	if (a->kind != KIND_CORRECTION || a->deleted)
		return TANDA_OK;
	store_decision_version(a, version);
	status = weigh(store, a, version, previous, &v, err);
	if (status != TANDA_OK || !v.any) {
		free(v.words);
		return status;
	}
	if (v.stands) {
		status = take_verdict(store, a, &v, err);
	} else if (a->correction_status != CORRECTION_PROPOSED || a->reviewed_by != NULL ||
		   a->proposed != NULL) {	/* the author changed what was decided on */
		snprintf(reason, sizeof reason, "changed after %s %s it", v.prior_reviewer,
			 decision_names[v.prior_kind]);
		c.at = a->modified;
		status = store_decision_status(store, a->id, CORRECTION_PROPOSED, NULL, NULL, &c,
					       err);
	}
	free(v.words);
	return status;
}

enum tanda_status store_decision_after_edit(struct store *store, const struct annotation *a,
					    const char *previous, struct tanda_error *err)
{
	char version[DECISION_VERSION_SIZE], who[256];
	struct store_decision d = { .reason = NULL, .place = NULL };
	struct verdict v;
	enum tanda_status status;

	if (a->kind != KIND_CORRECTION || a->deleted)
		return TANDA_OK;
	store_decision_version(a, version);
	status = weigh(store, a, version, previous, &v, err);
	free(v.words);	/* a reviewer's words never stand on another version */
	if (status != TANDA_OK || !v.any || v.stands)
		return status;
	if ((status = actor(store, who, sizeof who, err)) != TANDA_OK)
		return status;
	if (!v.prior_found || strcmp(who[0] ? who : a->author, v.prior_reviewer) != 0)
		return store_decision_derive(store, a, previous, err);	/* stale: proposed */
	d.reviewer = v.prior_reviewer;	/* the decider's own edit: it still stands */
	d.kind = v.prior_kind;
	memcpy(d.annotation, a->id, sizeof d.annotation);
	snprintf(d.article, sizeof d.article, "%s", a->article);
	annotation_now(d.at);
	memcpy(d.version, version, sizeof d.version);
	return store_decision_insert(store, &d, NULL, err);
}

enum tanda_status store_decision_made_here(struct store *store, const struct annotation *a,
					   struct tanda_error *err)
{
	struct store_decision d = { .reason = NULL, .place = NULL };
	char who[256];
	enum tanda_status status;

	if (a->kind != KIND_CORRECTION || a->deleted ||
	    (a->correction_status != CORRECTION_ACCEPTED &&
	     a->correction_status != CORRECTION_PUBLISHED))
		return TANDA_OK;	/* what publishing needs; a rejection is not */
	if ((status = actor(store, who, sizeof who, err)) != TANDA_OK)
		return status;
	d.reviewer = a->reviewed_by ? a->reviewed_by : who[0] ? who : a->author;
	d.kind = a->correction_status == CORRECTION_PUBLISHED ? DECISION_PUBLISHED
							     : DECISION_ACCEPTED;
	memcpy(d.annotation, a->id, sizeof d.annotation);
	snprintf(d.article, sizeof d.article, "%s", a->article);
	memcpy(d.at, a->reviewed_at[0] ? a->reviewed_at : a->modified, sizeof d.at);
	store_decision_version(a, d.version);
	return store_decision_insert(store, &d, NULL, err);
}

enum tanda_status store_decision_accepted_by(struct store *store, const struct annotation *a,
					     char reviewer[256], struct tanda_error *err)
{
	char version[DECISION_VERSION_SIZE];
	struct verdict v;
	enum tanda_status status;

	reviewer[0] = '\0';
	store_decision_version(a, version);
	status = weigh(store, a, version, NULL, &v, err);
	free(v.words);
	if (status != TANDA_OK)
		return status;
	if (v.stands && (v.kind == DECISION_ACCEPTED || v.kind == DECISION_UNPUBLISHED))
		snprintf(reviewer, 256, "%s", v.reviewer);
	return TANDA_OK;
}

enum tanda_status store_decision_insert(struct store *store, const struct store_decision *d,
					int *added, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_DECISION_ADD, err);
	enum tanda_status status;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":uuid", d->annotation);
	bind_text(stmt, ":article", d->article);
	bind_text(stmt, ":reviewer", d->reviewer);
	bind_text(stmt, ":decision", decision_names[d->kind]);
	bind_text(stmt, ":at", d->at);
	bind_text(stmt, ":version", d->version);
	bind_text(stmt, ":reason", d->reason);
	bind_text(stmt, ":place", d->place);
	bind_text(stmt, ":replacement", d->replacement);
	status = store_run(store, stmt, "cannot save the decision", err);
	if (added != NULL)
		*added = status == TANDA_OK && sqlite3_changes(store->db) > 0;
	return status;
}

enum tanda_status store_decision_add(struct store *store, const struct store_decision *d,
				     int *added, struct tanda_error *err)
{
	struct annotation a;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	status = store_decision_insert(store, d, added, err);
	annotation_init(&a);
	if (status == TANDA_OK && store_annotation_get(store, d->annotation, &a, err) == TANDA_OK)
		status = store_decision_derive(store, &a, NULL, err);
	else if (status == TANDA_OK && err->status == TANDA_EDATA)
		tanda_error_clear(err);	/* not here yet: derived when it comes */
	else if (status == TANDA_OK)
		status = err->status;
	annotation_clear(&a);
	return store_write_end(store, status, err);
}

/* Column i of stmt as text, or NULL. */
static const char *text_at(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

enum tanda_status store_decision_list(struct store *store, const char *article,
				      const char *reviewer,
				      int (*fn)(void *context, const struct store_decision *d),
				      void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_DECISION_LIST, err);
	struct store_decision d;
	int rc, kind;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":article", article);
	bind_text(stmt, ":reviewer", reviewer);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if ((kind = decision_kind_of(text_at(stmt, 3))) < 0)
			continue;
		column_fixed(stmt, 0, d.annotation, sizeof d.annotation);
		column_fixed(stmt, 1, d.article, sizeof d.article);
		d.reviewer = text_at(stmt, 2);
		d.kind = (enum decision_kind)kind;
		column_fixed(stmt, 4, d.at, sizeof d.at);
		column_fixed(stmt, 5, d.version, sizeof d.version);
		d.reason = text_at(stmt, 6);
		d.place = text_at(stmt, 7);
		d.replacement = text_at(stmt, 8);
		if (fn(context, &d))
			break;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the decisions", err);
}

enum tanda_status store_dismissed_by(struct store *store, const char *id, const char *reviewer,
				     int *dismissed, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_DISMISSED_BY, err);
	int rc;

	*dismissed = 0;
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":uuid", id);
	bind_text(stmt, ":reviewer", reviewer);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*dismissed = sqlite3_column_int(stmt, 0) == 1;
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read the dismissals", err);
	return TANDA_OK;
}

/* The time, by statement which (ST_DISMISSAL_AT, ST_REVIEW_AT), of who's
 * new decision on annotation id, into at (now on entry). */
static enum tanda_status next_time(struct store *store, enum statement which, const char *id,
				   const char *who, char at[ANNOTATION_TIME_SIZE],
				   struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, which, err);
	char now[ANNOTATION_TIME_SIZE];
	int rc;

	if (stmt == NULL)
		return err->status;
	memcpy(now, at, ANNOTATION_TIME_SIZE);
	bind_text(stmt, ":uuid", id);
	bind_text(stmt, ":reviewer", who);
	bind_text(stmt, ":now", now);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW && sqlite3_column_type(stmt, 0) == SQLITE_TEXT)
		column_fixed(stmt, 0, at, ANNOTATION_TIME_SIZE);
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read the decisions", err);
	return TANDA_OK;
}

/* The time of who's new dismissal of annotation id (or its withdrawal),
 * into at: now, or a second after who's latest one when that is not
 * earlier (two in one second would be one row, and either the latest). */
static enum tanda_status dismissal_time(struct store *store, const char *id, const char *who,
					char at[ANNOTATION_TIME_SIZE], struct tanda_error *err)
{
	annotation_now(at);
	return next_time(store, ST_DISMISSAL_AT, id, who, at, err);
}

enum tanda_status store_decision_review_time(struct store *store, const char *id,
					     const char *who, char at[ANNOTATION_TIME_SIZE],
					     struct tanda_error *err)
{
	return next_time(store, ST_REVIEW_AT, id, who, at, err);
}

/* Refuse to dismiss a (or withdraw who's dismissal): TANDA_EDATA. */
static enum tanda_status refuse_dismissal(const struct annotation *a, const char *why,
					  struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA, "%s %s (\"%s\") %s", annotation_kind_names[a->kind],
			  a->id, a->anchor.exact ? a->anchor.exact : "", why);
}

enum tanda_status store_annotation_dismiss(struct store *store, const struct annotation *a,
					   const char *who, const char *reason, int dismiss,
					   struct tanda_error *err)
{
	struct store_decision d = { .reviewer = who, .reason = reason, .place = NULL,
				    .replacement = NULL };
	enum tanda_status status;
	int dismissed;

	if (a->deleted)
		return refuse_dismissal(a, "is deleted", err);
	if (strcmp(a->author, who) == 0)
		return refuse_dismissal(a, "is your own: tanda rm deletes it", err);
	if ((status = store_dismissed_by(store, a->id, who, &dismissed, err)) != TANDA_OK)
		return status;
	if (!dismiss && !dismissed)
		return refuse_dismissal(a, "is not dismissed by you", err);
	if (dismiss && dismissed)
		return TANDA_OK;	/* once is enough */
	d.kind = dismiss ? DECISION_DISMISSED : DECISION_UNDISMISSED;
	memcpy(d.annotation, a->id, sizeof d.annotation);
	snprintf(d.article, sizeof d.article, "%s", a->article);
	if ((status = dismissal_time(store, a->id, who, d.at, err)) != TANDA_OK)
		return status;
	store_decision_version(a, d.version);
	return store_decision_insert(store, &d, NULL, err);
}

enum tanda_status store_dismissals(struct store *store, const char *id,
				   int (*fn)(void *context, const char *reviewer,
					     const char *reason, const char *at),
				   void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_DISMISSALS, err);
	int rc;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":uuid", id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		if (fn(context, text_or_empty(stmt, 0), text_at(stmt, 1), text_or_empty(stmt, 2)))
			break;
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the dismissals", err);
}
