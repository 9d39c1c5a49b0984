/*
 * store-id.c - ids as people type them: a unique prefix of at least
 * STORE_ID_PREFIX_MIN characters resolved to an annotation's id or an
 * article's sha256 (as git takes abbreviated commit names), and how long
 * annotation ids must be shown to tell them apart.
 */
#include <sqlite3.h>

#include "store-int.h"
#include "strbuf.h"

/* The most candidates an ambiguous prefix names. */
#define CANDIDATES_SHOWN 5

/* What a prefix can name: its statement, the nouns for messages, the
 * size of the whole id with its NUL. */
struct id_kind {
	enum statement starting_with;
	const char *noun;	/* "no annotation 1234" */
	const char *name;	/* "id 1234 is ambiguous" */
	const char *reading;	/* what failed */
	size_t size;
};

static const struct id_kind annotation_ids = {
	ST_ID_PREFIX, "annotation", "id", "cannot read the annotations", ANNOTATION_ID_SIZE
};
static const struct id_kind article_ids = {
	ST_ARTICLE_PREFIX, "article", "article", "cannot read the articles", 65
};

/* The ids of kind that start with prefix, at most CANDIDATES_SHOWN + 1 of
 * them: how many into *count, the first into id, all of them
 * (comma-separated) into names. */
static enum tanda_status starting_with(struct store *store, const struct id_kind *kind,
				       const char *prefix, char *id, struct strbuf *names,
				       size_t *count, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, kind->starting_with, err);
	int rc;

	*count = 0;
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":prefix", prefix);
	bind_int64(stmt, ":limit", CANDIDATES_SHOWN + 1);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*count == 0)
			column_fixed(stmt, 0, id, kind->size);
		if (*count < CANDIDATES_SHOWN)
			strbuf_addf(names, "%s%s", *count > 0 ? ", " : "",
				    (const char *)sqlite3_column_text(stmt, 0));
		(*count)++;
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(store, rc, kind->reading, err);
	return TANDA_OK;
}

/* Put into id (kind->size bytes) the id of kind that prefix names. */
static enum tanda_status resolve(struct store *store, const struct id_kind *kind,
				 const char *prefix, char *id, struct tanda_error *err)
{
	char lower[80], names[512];
	struct strbuf sb;
	size_t len = strlen(prefix), i, count;
	enum tanda_status status;

	if (len < STORE_ID_PREFIX_MIN)
		return tanda_fail(err, TANDA_EUSAGE, "\"%s\": an id needs at least %d characters",
				  prefix, STORE_ID_PREFIX_MIN);
	if (len >= kind->size || len >= sizeof lower)
		return tanda_fail(err, TANDA_EDATA, "%s: no %s %s", store->path, kind->noun, prefix);
	for (i = 0; i <= len; i++)
		lower[i] = prefix[i] >= 'A' && prefix[i] <= 'Z' ? (char)(prefix[i] - 'A' + 'a') :
								    prefix[i];
	strbuf_init_fixed(&sb, names, sizeof names);
	status = starting_with(store, kind, lower, id, &sb, &count, err);
	if (status != TANDA_OK)
		return status;
	if (count == 0)
		return tanda_fail(err, TANDA_EDATA, "%s: no %s %s", store->path, kind->noun, prefix);
	if (count > 1)
		return tanda_fail(err, TANDA_EUSAGE, "%s %s is ambiguous: %s%s",
				  kind->name, prefix, names,
				  count > CANDIDATES_SHOWN ? " and more" : "");
	return TANDA_OK;
}

enum tanda_status store_id_resolve(struct store *store, const char *prefix,
				   char id[ANNOTATION_ID_SIZE], struct tanda_error *err)
{
	return resolve(store, &annotation_ids, prefix, id, err);
}

enum tanda_status store_article_resolve(struct store *store, const char *prefix,
					char sha256[65], struct tanda_error *err)
{
	return resolve(store, &article_ids, prefix, sha256, err);
}

/* The bytes a and b share at their start. */
static size_t shared(const char *a, const char *b)
{
	size_t n = 0;

	while (a[n] != '\0' && a[n] == b[n])
		n++;
	return n;
}

enum tanda_status store_id_unique_length(struct store *store, size_t min, size_t *len,
					 struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ID_ALL, err);
	char previous[ANNOTATION_ID_SIZE] = "", id[ANNOTATION_ID_SIZE];
	int rc;

	*len = min;
	if (stmt == NULL)
		return err->status;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		size_t need;

		column_fixed(stmt, 0, id, sizeof id);
		need = shared(previous, id) + 1;
		if (need > *len)
			*len = need < ANNOTATION_ID_SIZE - 1 ? need : ANNOTATION_ID_SIZE - 1;
		memcpy(previous, id, sizeof id);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(store, rc, "cannot read the annotations", err);
	return TANDA_OK;
}
