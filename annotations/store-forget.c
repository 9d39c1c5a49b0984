/*
 * store-forget.c - forgetting articles (`tanda forget`): finding the
 * stored article a file, a URL or a path names, and removing an article
 * and its other revisions with everything that hangs on them (annotations,
 * tag links, the corrections' history, review decisions), counted, in one
 * transaction.  Local only: sets elsewhere keep what they hold.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "grow.h"
#include "store-int.h"

int store_article_find(struct store *store, const char *sha256, const char *path,
		       const char *url, const char *meta_id, char found[65],
		       struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_FIND, err);
	int rc;

	if (stmt == NULL)
		return -1;
	bind_text(stmt, ":sha256", sha256);
	bind_text(stmt, ":path", path != NULL && path[0] != '\0' ? path : NULL);
	bind_text(stmt, ":url", url != NULL && url[0] != '\0' ? url : NULL);
	bind_text(stmt, ":meta_id", meta_id != NULL && meta_id[0] != '\0' ? meta_id : NULL);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		column_fixed(stmt, 0, found, 65);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc == SQLITE_ROW;
	store_fail(store, rc, "cannot read the articles", err);
	return -1;
}

/* The sha256 of the articles forgetting one takes. */
struct linked {
	char (*shas)[65];
	size_t count, alloc;
};

/* Collect into l the article sha256 and its other revisions. */
static enum tanda_status collect_linked(struct store *store, const char *sha256,
					struct linked *l, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_LINKED, err);
	int rc;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":article", sha256);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (GROW(l->shas, l->alloc, l->count + 1) != 0) {
			sqlite3_reset(stmt);
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
		}
		column_fixed(stmt, 0, l->shas[l->count++], 65);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read the articles", err);
	return TANDA_OK;
}

/* The deletions that forget one article, in order (what hangs on it
 * first), and which count each adds to. */
static const struct {
	enum statement statement;
	size_t offset;
} deletions[] = {
	{ ST_FORGET_DECISIONS, offsetof(struct store_forgotten, decisions) },
	{ ST_FORGET_HISTORY, offsetof(struct store_forgotten, history) },
	{ ST_FORGET_TAG_LINKS, offsetof(struct store_forgotten, tag_links) },
	{ ST_FORGET_ANNOTATIONS, offsetof(struct store_forgotten, annotations) },
	{ ST_FORGET_ARTICLE, offsetof(struct store_forgotten, articles) },
};

/* Remove the one article sha256 and what hangs on it, counted. */
static enum tanda_status forget_one(struct store *store, const char *sha256,
				    struct store_forgotten *counted, struct tanda_error *err)
{
	enum tanda_status status = TANDA_OK;
	sqlite3_stmt *stmt;
	size_t i;

	for (i = 0; i < sizeof deletions / sizeof deletions[0] && status == TANDA_OK; i++) {
		if ((stmt = store_statement(store, deletions[i].statement, err)) == NULL)
			return err->status;
		bind_text(stmt, ":article", sha256);
		status = store_run(store, stmt, "cannot forget the article", err);
		if (status == TANDA_OK)
			*(size_t *)((char *)counted + deletions[i].offset) +=
				(size_t)sqlite3_changes(store->db);
	}
	return status;
}

/* Tell fn of the stored article sha256, about to go. */
static enum tanda_status tell(struct store *store, const char *sha256, store_article_fn fn,
			      void *context, struct tanda_error *err)
{
	struct store_article row;
	enum tanda_status status;

	if (fn == NULL)
		return TANDA_OK;
	if ((status = store_article_get(store, sha256, &row, err)) != TANDA_OK)
		return status;
	fn(context, &row);
	store_article_clear(&row);
	return TANDA_OK;
}

enum tanda_status store_article_forget(struct store *store, const char *sha256,
				       store_article_fn fn, void *context,
				       struct store_forgotten *counted, struct tanda_error *err)
{
	struct linked l = { NULL, 0, 0 };
	enum tanda_status status;
	size_t i;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	status = collect_linked(store, sha256, &l, err);
	for (i = 0; i < l.count && status == TANDA_OK; i++)
		if ((status = tell(store, l.shas[i], fn, context, err)) == TANDA_OK)
			status = forget_one(store, l.shas[i], counted, err);
	free(l.shas);
	return store_write_end(store, status, err);
}
