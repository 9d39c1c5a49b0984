/*
 * store-article.c - the articles in the store: recording an opened article
 * (store_article_upsert) or an imported one (store_article_put), their
 * text, reading them back one by one or as a list, and finding the stored
 * article that an opened one is a revision of (by canonical path, url or
 * front matter id) to carry its annotations over.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store-int.h"

/* Bind what an article write shares (ST_ARTICLE_UPSERT, ST_ARTICLE_PUT):
 * meta's sha256, title, source, url, published, language and paragraphs,
 * and the time now. */
static void bind_article(sqlite3_stmt *stmt, const struct store_article *meta, const char *now)
{
	bind_text(stmt, ":sha256", meta->sha256);
	bind_text(stmt, ":title", meta->title);
	bind_text(stmt, ":source", meta->source);
	bind_text(stmt, ":url", meta->url);
	bind_text(stmt, ":published", meta->published);
	bind_text(stmt, ":language", meta->language);
	bind_text(stmt, ":meta_id", meta->meta_id);
	bind_text(stmt, ":now", now);
	bind_int64(stmt, ":paragraphs", (sqlite3_int64)meta->paragraphs);
}

/* The name a layout is stored under; NULL for none (AUTO). */
static const char *layout_name(enum article_layout layout)
{
	static const char *const names[] = {
		[ARTICLE_LAYOUT_AUTO] = NULL,
		[ARTICLE_LAYOUT_LINES] = "lines",
		[ARTICLE_LAYOUT_BLOCKS] = "blocks",
	};

	return names[layout];
}

/* The layout stored as text (NULL: none, AUTO). */
static enum article_layout layout_of(const unsigned char *text)
{
	enum article_layout layout = ARTICLE_LAYOUT_AUTO;

	if (text == NULL || article_parse_layout((const char *)text, &layout) != TANDA_OK)
		return ARTICLE_LAYOUT_AUTO;
	return layout;
}

enum tanda_status store_article_upsert(struct store *store, struct article *article,
				       const char *path, struct tanda_error *err)
{
	const struct article_meta *m = &article->meta;
	struct store_article meta = {
		.title = m->title, .source = m->source, .url = m->url,
		.published = m->published, .language = m->language, .meta_id = m->id,
		.paragraphs = article->count,
	};
	char now[ANNOTATION_TIME_SIZE];
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = store_statement(store, ST_ARTICLE_UPSERT, err)) == NULL)
		return store_write_end(store, err->status, err);
	annotation_now(now);
	snprintf(meta.sha256, sizeof meta.sha256, "%s", article_sha256(article));
	bind_article(stmt, &meta, now);
	bind_text(stmt, ":path", path);
	/* only a text file's lines are split by a layout */
	bind_text(stmt, ":layout", article->format == ARTICLE_FORMAT_TEXT ?
		  layout_name(article->layout) : NULL);
	sqlite3_bind_text64(stmt, store_param(stmt, ":text"), article->text, article->text_len,
			    SQLITE_STATIC, SQLITE_UTF8);
	status = store_run(store, stmt, "cannot save the article", err);
	sqlite3_clear_bindings(stmt);
	return store_write_end(store, status, err);
}

enum tanda_status store_article_put(struct store *store, const struct store_article *meta,
				    const char *text, size_t text_len, struct tanda_error *err)
{
	char now[ANNOTATION_TIME_SIZE];
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = store_statement(store, ST_ARTICLE_PUT, err)) == NULL)
		return store_write_end(store, err->status, err);
	annotation_now(now);
	bind_article(stmt, meta, now);
	if (text != NULL)
		sqlite3_bind_text64(stmt, store_param(stmt, ":text"), text, text_len, SQLITE_STATIC,
				    SQLITE_UTF8);
	status = store_run(store, stmt, "cannot save the article", err);
	sqlite3_clear_bindings(stmt);
	return store_write_end(store, status, err);
}

enum tanda_status store_article_text(struct store *store, const char *sha256, char **text,
				     size_t *len, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_TEXT, err);
	int rc;

	*text = NULL;
	*len = 0;
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":sha256", sha256);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && !sqlite3_column_int(stmt, 1)) {
		*len = (size_t)sqlite3_column_bytes(stmt, 0);
		if ((*text = malloc(*len + 1)) == NULL) {
			sqlite3_reset(stmt);
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
		}
		memcpy(*text, sqlite3_column_text(stmt, 0), *len);
		(*text)[*len] = '\0';
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW)
		return TANDA_OK;
	if (rc == SQLITE_DONE)
		return tanda_fail(err, TANDA_EDATA, "%s: no article %s", store->path, sha256);
	return store_fail(store, rc, "cannot read the articles", err);
}

/* A copy of column i of stmt as a new string (NULL for NULL); sets *failed
 * when out of memory. */
static char *column_copy(sqlite3_stmt *stmt, int i, int *failed)
{
	const unsigned char *text = sqlite3_column_text(stmt, i);
	char *copy;

	if (text == NULL)
		return NULL;
	if ((copy = strdup((const char *)text)) == NULL)
		*failed = 1;
	return copy;
}

/* Read an article row (SELECT_ARTICLE's columns) into *out. */
static int read_article(sqlite3_stmt *stmt, struct store_article *out)
{
	int failed = 0;

	memset(out, 0, sizeof *out);
	column_fixed(stmt, 0, out->sha256, sizeof out->sha256);
	out->title = column_copy(stmt, 1, &failed);
	out->source = column_copy(stmt, 2, &failed);
	out->url = column_copy(stmt, 3, &failed);
	out->published = column_copy(stmt, 4, &failed);
	out->language = column_copy(stmt, 5, &failed);
	out->path = column_copy(stmt, 6, &failed);
	column_fixed(stmt, 7, out->first_opened, sizeof out->first_opened);
	column_fixed(stmt, 8, out->last_opened, sizeof out->last_opened);
	out->paragraphs = (size_t)sqlite3_column_int64(stmt, 9);
	out->annotations = (size_t)sqlite3_column_int64(stmt, 10);
	out->pending = sqlite3_column_int(stmt, 11);
	out->meta_id = column_copy(stmt, 12, &failed);
	out->layout = layout_of(sqlite3_column_text(stmt, 13));
	return failed ? -1 : 0;
}

void store_article_clear(struct store_article *article)
{
	free(article->title);
	free(article->source);
	free(article->url);
	free(article->published);
	free(article->language);
	free(article->meta_id);
	free(article->path);
	memset(article, 0, sizeof *article);
}

const char *const store_revision_key_names[] = { "path", "url", "id" };

/* The columns of ST_ARTICLE_REVISION_OF after SELECT_ARTICLE's. */
enum { REVISION_TEXT = 14, REVISION_KEY };

/* Read a revision row's article into *found, its text into *text (with
 * *text_len) and its key; 0, or -1 when out of memory. */
static int read_revision(sqlite3_stmt *stmt, struct store_article *found,
			 enum store_revision_key *key, char **text, size_t *text_len)
{
	int bytes = sqlite3_column_bytes(stmt, REVISION_TEXT);

	*text = malloc((size_t)bytes + 1);
	if (*text == NULL || read_article(stmt, found) != 0) {
		free(*text);
		*text = NULL;
		store_article_clear(found);
		return -1;
	}
	memcpy(*text, sqlite3_column_text(stmt, REVISION_TEXT), (size_t)bytes);
	(*text)[bytes] = '\0';
	*text_len = (size_t)bytes;
	*key = (enum store_revision_key)sqlite3_column_int(stmt, REVISION_KEY);
	return 0;
}

/* Bind the keys an article is found by: its sha256, and a canonical
 * absolute path, a url and an id, each NULL (matching nothing) when
 * missing, empty or (a path) relative. */
static void bind_keys(sqlite3_stmt *stmt, const char *sha256, const char *path, const char *url,
		      const char *meta_id)
{
	bind_text(stmt, ":sha256", sha256);
	bind_text(stmt, ":path", path != NULL && path[0] == '/' ? path : NULL);
	bind_text(stmt, ":url", url != NULL && url[0] != '\0' ? url : NULL);
	bind_text(stmt, ":meta_id", meta_id != NULL && meta_id[0] != '\0' ? meta_id : NULL);
}

int store_article_revision_of(struct store *store, const char *sha256, const char *path,
			      const char *url, const char *meta_id, struct store_article *found,
			      enum store_revision_key *key, char **text, size_t *text_len,
			      struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_REVISION_OF, err);
	int rc, read = 0;

	*text = NULL;
	if (stmt == NULL)
		return -1;
	bind_keys(stmt, sha256, path, url, meta_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		read = read_revision(stmt, found, key, text, text_len) == 0 ? 1 : -1;
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW) {
		store_fail(store, rc, "cannot read the articles", err);
		return -1;
	}
	if (read < 0)
		tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return read;
}

enum tanda_status store_article_layout(struct store *store, const char *sha256,
				       const char *path, const char *url, const char *meta_id,
				       enum article_layout *layout, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_LAYOUT, err);
	int rc;

	*layout = ARTICLE_LAYOUT_AUTO;
	if (stmt == NULL)
		return err->status;
	bind_keys(stmt, sha256, path, url, meta_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*layout = layout_of(sqlite3_column_text(stmt, 0));
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the articles", err);
}

enum tanda_status store_article_forget_path(struct store *store, const char *sha256,
					    const char *path, struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = store_statement(store, ST_ARTICLE_FORGET_PATH, err)) == NULL)
		return store_write_end(store, err->status, err);
	bind_text(stmt, ":sha256", sha256);
	bind_text(stmt, ":path", path);
	status = store_run(store, stmt, "cannot save the article", err);
	return store_write_end(store, status, err);
}

enum tanda_status store_article_get(struct store *store, const char *sha256,
				    struct store_article *out, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_GET, err);
	int rc;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":sha256", sha256);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && read_article(stmt, out) == 0) {
		sqlite3_reset(stmt);
		return TANDA_OK;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		return tanda_fail(err, TANDA_EDATA, "%s: no article %s", store->path, sha256);
	if (rc == SQLITE_ROW)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return store_fail(store, rc, "cannot read the articles", err);
}

int store_article_state(struct store *store, const char *sha256, int *pending,
			struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ARTICLE_STATE, err);
	int rc;

	if (stmt == NULL)
		return -1;
	bind_text(stmt, ":sha256", sha256);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*pending = sqlite3_column_int(stmt, 0) != 0;
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc == SQLITE_ROW;
	store_fail(store, rc, "cannot read the articles", err);
	return -1;
}

enum tanda_status store_article_list(struct store *store, enum store_article_order order,
				     int (*fn)(void *context, const struct store_article *article),
				     void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, order == STORE_BY_SHA256 ?
					     ST_ARTICLE_LIST_BY_SHA : ST_ARTICLE_LIST, err);
	struct store_article row;
	int rc;

	if (stmt == NULL)
		return err->status;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		int stop;

		if (read_article(stmt, &row) != 0) {
			store_article_clear(&row);
			sqlite3_reset(stmt);
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
		}
		stop = fn(context, &row);
		store_article_clear(&row);
		if (stop)
			break;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the articles", err);
}
