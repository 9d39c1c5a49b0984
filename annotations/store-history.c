/*
 * store-history.c - the corrections' history: who makes the changes
 * (store_set_actor), why a correction changed (store_annotation_update_why),
 * where it was published to (store_set_place), and the history read back
 * (store_history_list).  The history itself is
 * written by the triggers of schema_session_sql.
 */
#include <sqlite3.h>

#include "store-int.h"

enum tanda_status store_set_actor(struct store *store, const char *who, struct tanda_error *err)
{
	return store_run_text(store, ST_SET_ACTOR, ":who", who, "cannot set who makes the changes", err);
}

enum tanda_status store_set_place(struct store *store, const char *place,
				  struct tanda_error *err)
{
	return store_run_text(store, ST_SET_PLACE, ":place", place, "cannot save where to", err);
}

enum tanda_status store_annotation_update_why(struct store *store, struct annotation *annotation,
					      const char *reason, struct tanda_error *err)
{
	enum tanda_status status = store_run_text(store, ST_SET_REASON, ":reason", reason,
						 "cannot save the reason", err);
	struct tanda_error ignored;

	if (status != TANDA_OK)
		return status;
	status = store_annotation_update(store, annotation, err);
	(void)store_run_text(store, ST_SET_REASON, ":reason", NULL, "cannot clear the reason",
			    &ignored);
	return status;
}

/* Column i of stmt as text, or NULL. */
static const char *column_text(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

enum tanda_status store_history_list(struct store *store, const char *annotation_id,
				     const char *article_sha256,
				     int (*fn)(void *context, const struct correction_event *event),
				     void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, annotation_id ? ST_HISTORY_OF : ST_HISTORY_OF_ARTICLE,
					     err);
	struct correction_event e;
	int rc;

	if (stmt == NULL)
		return err->status;
	if (annotation_id != NULL)
		bind_text(stmt, ":uuid", annotation_id);
	else
		bind_text(stmt, ":article", article_sha256);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		e.annotation = column_text(stmt, 0);
		e.at = column_text(stmt, 1);
		e.who = column_text(stmt, 2);
		e.action = column_text(stmt, 3);
		e.old_status = column_text(stmt, 4);
		e.new_status = column_text(stmt, 5);
		e.old_replacement = column_text(stmt, 6);
		e.new_replacement = column_text(stmt, 7);
		e.reason = column_text(stmt, 8);
		e.place = column_text(stmt, 9);
		if (fn(context, &e))
			break;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the corrections' history", err);
}
