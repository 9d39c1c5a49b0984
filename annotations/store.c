/*
 * store.c - the SQLite annotation store: opening and configuring the
 * database, a cache of prepared statements, and the reads and writes of
 * articles and annotations.
 *
 * Listing (store_annotation_list) reads each row in place, its strings
 * the statement's, and the links to its tags alongside with a cursor of
 * its own, their names from memory: nothing is allocated row by row
 * (`make bench`: load-100k, export-100k).
 *
 * Durability: WAL with synchronous=FULL.  A save then costs about 0.3 ms
 * on these machines (0.045 ms with NORMAL: `make bench`, save-one), which
 * no person notices, and FULL is what makes an annotation reported as
 * saved survive a power loss, not only a killed process.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "schema.h"
#include "store.h"

/* How long a writer waits for another before giving up, in ms. */
#define BUSY_TIMEOUT_MS 10000

/* The columns of an annotation, in the order of the ANNOTATION_* parameters
 * and of every SELECT of annotations. */
#define ANNOTATION_COLUMNS \
	"uuid, article_id, kind, exact, prefix, suffix, start, end, paragraph, " \
	"para_start, para_end, anchor, anchor_score, old_exact, note, color, speaker, " \
	"claim_status, replacement, correction_kind, correction_status, reviewed_by, " \
	"reviewed_at, author, created, modified, deleted"

/* The same, read back with the article's sha256 in place of its row id,
 * then how to find the tags: either SELECT_TAG_NAMES or the row id of the
 * annotation, for a listing, which reads the links to the tags alongside
 * (struct tag_cursor) and looks their names up in memory (struct
 * tag_room): that costs less than a subquery row by row. */
#define SELECT_ANNOTATION \
	"SELECT a.uuid, art.sha256, a.kind, a.exact, a.prefix, a.suffix, a.start, a.end, " \
	"a.paragraph, a.para_start, a.para_end, a.anchor, a.anchor_score, a.old_exact, " \
	"a.note, a.color, a.speaker, a.claim_status, a.replacement, a.correction_kind, " \
	"a.correction_status, a.reviewed_by, a.reviewed_at, a.author, a.created, " \
	"a.modified, a.deleted, "

/* The names of an annotation's tags, one per line. */
#define SELECT_TAG_NAMES \
	"(SELECT group_concat(t.name, char(10)) FROM annotation_tags x " \
	"  JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) "

/* The columns of a correction's history, in the order of struct
 * correction_event. */
#define HISTORY_COLUMNS \
	"h.annotation, h.at, h.who, h.action, h.old_status, h.new_status, " \
	"h.old_replacement, h.new_replacement, h.reason"

/* The annotations with their articles. */
#define FROM_ANNOTATIONS "FROM annotations a JOIN articles art ON art.id = a.article_id "

/* The links to tags of the annotations from ?1 on, in the order of their
 * primary key (read alongside a listing, struct tag_cursor). */
#define TAG_LINKS_FROM \
	"SELECT annotation_id, tag_id FROM annotation_tags WHERE annotation_id >= ?1 " \
	"ORDER BY annotation_id, tag_id"

/* The filters of a listing, parameters ?2 to ?7. */
#define QUERY_FILTERS \
	"AND (?2 IS NULL OR a.kind = ?2) " \
	"AND (?3 IS NULL OR EXISTS (SELECT 1 FROM annotation_tags x JOIN tags t " \
	"  ON t.id = x.tag_id WHERE x.annotation_id = a.id AND t.name = ?3)) " \
	"AND (?4 IS NULL OR a.author = ?4) " \
	"AND (?5 IS NULL OR a.claim_status = ?5 OR a.correction_status = ?5) " \
	"AND (?6 IS NULL OR instr(lower(a.exact), lower(?6)) " \
	"  OR instr(lower(coalesce(a.note, '')), lower(?6)) " \
	"  OR instr(lower(coalesce(a.replacement, '')), lower(?6))) " \
	"AND (?7 OR a.deleted = 0) "

/* The article columns read back by the article queries. */
#define SELECT_ARTICLE \
	"SELECT art.sha256, art.title, art.source, art.url, art.published, art.language, " \
	"art.path, art.first_opened, art.last_opened, art.paragraphs, " \
	"(SELECT count(*) FROM annotations x WHERE x.article_id = art.id AND x.deleted = 0), " \
	"art.pending "

enum statement {
	ST_ARTICLE_UPSERT,
	ST_ARTICLE_BY_PATH,
	ST_ARTICLE_BY_TITLE,
	ST_ARTICLE_GET,
	ST_ARTICLE_LIST,
	ST_ARTICLE_LIST_BY_SHA,
	ST_ARTICLE_PUT,
	ST_ARTICLE_TEXT,
	ST_ANNOTATION_INSERT,
	ST_ANNOTATION_UPDATE,
	ST_ANNOTATION_DELETED,
	ST_ANNOTATION_MOVE,
	ST_ANNOTATION_GET,
	ST_ANNOTATION_EXISTS,
	ST_LIST_ARTICLE,
	ST_LIST_ALL,
	ST_TAGS_CLEAR,
	ST_TAG_ID,
	ST_TAG_ADD,
	ST_TAG_LINK,
	ST_ANNOTATION_ROW,
	ST_TAG_NAMES,
	ST_TAGS_IN_USE,
	ST_SET_ACTOR,
	ST_SET_REASON,
	ST_HISTORY_OF,
	ST_HISTORY_OF_ARTICLE,
	ST_COUNT
};

static const char *const statement_sql[ST_COUNT] = {
	[ST_ARTICLE_UPSERT] =
		"INSERT INTO articles (sha256, title, source, url, published, language, path, "
		"first_opened, last_opened, paragraphs, text) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10) "
		"ON CONFLICT (sha256) DO UPDATE SET title = excluded.title, "
		"source = excluded.source, url = excluded.url, published = excluded.published, "
		"language = excluded.language, path = coalesce(excluded.path, path), "
		"last_opened = excluded.last_opened, paragraphs = excluded.paragraphs, "
		"text = CASE WHEN pending THEN excluded.text ELSE text END, pending = 0",
	[ST_ARTICLE_BY_PATH] =
		SELECT_ARTICLE ", art.text FROM articles art WHERE art.sha256 != ?1 AND art.path = ?2 "
		"AND NOT art.pending "
		"AND EXISTS (SELECT 1 FROM annotations x WHERE x.article_id = art.id) "
		"ORDER BY art.last_opened DESC LIMIT 1",
	[ST_ARTICLE_BY_TITLE] =
		SELECT_ARTICLE ", art.text FROM articles art WHERE art.sha256 != ?1 AND art.title = ?2 "
		"AND NOT art.pending "
		"AND art.source IS ?3 "
		"AND EXISTS (SELECT 1 FROM annotations x WHERE x.article_id = art.id) "
		"ORDER BY art.last_opened DESC LIMIT 1",
	[ST_ARTICLE_GET] = SELECT_ARTICLE "FROM articles art WHERE art.sha256 = ?1",
	[ST_ARTICLE_LIST] = SELECT_ARTICLE "FROM articles art ORDER BY art.last_opened DESC, art.sha256",
	[ST_ARTICLE_LIST_BY_SHA] = SELECT_ARTICLE "FROM articles art ORDER BY art.sha256",
	[ST_ARTICLE_PUT] =
		"INSERT INTO articles (sha256, title, source, url, published, language, path, "
		"first_opened, last_opened, paragraphs, text, pending) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?7, ?8, coalesce(?9, ''), ?9 IS NULL) "
		"ON CONFLICT (sha256) DO UPDATE SET "
		"text = CASE WHEN pending AND ?9 IS NOT NULL THEN ?9 ELSE text END, "
		"pending = pending AND ?9 IS NULL",
	[ST_ARTICLE_TEXT] = "SELECT text, pending FROM articles WHERE sha256 = ?1",
	[ST_ANNOTATION_INSERT] =
		"INSERT INTO annotations (" ANNOTATION_COLUMNS ") VALUES (?1, "
		"(SELECT id FROM articles WHERE sha256 = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
		"?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
	[ST_ANNOTATION_UPDATE] =
		"UPDATE annotations SET article_id = (SELECT id FROM articles WHERE sha256 = ?2), "
		"kind = ?3, exact = ?4, prefix = ?5, suffix = ?6, start = ?7, end = ?8, "
		"paragraph = ?9, para_start = ?10, para_end = ?11, anchor = ?12, "
		"anchor_score = ?13, old_exact = ?14, note = ?15, color = ?16, speaker = ?17, "
		"claim_status = ?18, replacement = ?19, correction_kind = ?20, "
		"correction_status = ?21, reviewed_by = ?22, reviewed_at = ?23, author = ?24, "
		"created = ?25, modified = ?26, deleted = ?27 WHERE uuid = ?1",
	[ST_ANNOTATION_MOVE] =
		"UPDATE annotations SET article_id = (SELECT id FROM articles WHERE sha256 = ?2), "
		"exact = ?3, prefix = ?4, suffix = ?5, start = ?6, end = ?7, paragraph = ?8, "
		"para_start = ?9, para_end = ?10, anchor = ?11, anchor_score = ?12, "
		"old_exact = ?13 WHERE uuid = ?1",
	[ST_ANNOTATION_DELETED] =
		"UPDATE annotations SET deleted = ?2, modified = ?3 WHERE uuid = ?1",
	[ST_ANNOTATION_GET] = SELECT_ANNOTATION SELECT_TAG_NAMES FROM_ANNOTATIONS "WHERE a.uuid = ?1",
	[ST_ANNOTATION_EXISTS] = "SELECT 1 FROM annotations WHERE uuid = ?1",
	[ST_LIST_ARTICLE] = SELECT_ANNOTATION "a.id " FROM_ANNOTATIONS
		"WHERE a.article_id = (SELECT id FROM articles WHERE sha256 = ?1) " QUERY_FILTERS
		"ORDER BY a.start, a.uuid",
	[ST_LIST_ALL] = SELECT_ANNOTATION "a.id " FROM_ANNOTATIONS "WHERE ?1 IS NULL " QUERY_FILTERS
		"ORDER BY art.sha256, a.start, a.uuid",
	[ST_TAGS_CLEAR] = ("DELETE FROM annotation_tags WHERE annotation_id = "
			   "(SELECT id FROM annotations WHERE uuid = ?1)"),
	[ST_TAG_ADD] = "INSERT OR IGNORE INTO tags (name) VALUES (?1)",
	[ST_TAG_ID] = "SELECT id FROM tags WHERE name = ?1",
	[ST_TAG_LINK] =
		"INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?1, ?2)",
	[ST_ANNOTATION_ROW] = "SELECT id FROM annotations WHERE uuid = ?1",
	[ST_TAG_NAMES] = "SELECT id, name FROM tags ORDER BY id",
	[ST_TAGS_IN_USE] = "SELECT name FROM tags ORDER BY name",
	[ST_SET_ACTOR] = "UPDATE temp.change_context SET who = ?1",
	[ST_SET_REASON] = "UPDATE temp.change_context SET reason = ?1",
	[ST_HISTORY_OF] = "SELECT " HISTORY_COLUMNS " FROM correction_history h "
		"WHERE h.annotation = ?1 ORDER BY h.id",
	[ST_HISTORY_OF_ARTICLE] = "SELECT " HISTORY_COLUMNS " FROM correction_history h "
		"JOIN annotations a ON a.uuid = h.annotation "
		"WHERE ?1 IS NULL OR a.article_id = (SELECT id FROM articles WHERE sha256 = ?1) "
		"ORDER BY a.article_id, a.start, h.annotation, h.id",
};

struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *statements[ST_COUNT];
	int depth;		/* store_begin calls not yet committed */
	int checked;		/* quick_check passed before the first write */
	int failed;		/* an inner write failed: the outer one rolls back */
};

char *store_default_path(void)
{
	const char *db = getenv("TANDA_DB"), *data = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	size_t size;
	char *path;

	if (db != NULL && db[0] != '\0')
		return strdup(db);
	if (data == NULL || data[0] != '/')
		data = NULL;
	if (home == NULL)
		home = "";
	size = strlen(data ? data : home) + sizeof "/.local/share/tanda/tanda.db";
	if ((path = malloc(size)) == NULL)
		return NULL;
	if (data != NULL)
		snprintf(path, size, "%s/tanda/tanda.db", data);
	else
		snprintf(path, size, "%s/.local/share/tanda/tanda.db", home);
	return path;
}

const char *store_path(const struct store *store)
{
	return store->path;
}

void store_query_init(struct store_query *query)
{
	memset(query, 0, sizeof *query);
	query->kind = -1;
}

/* The prepared statement id, prepared on first use; NULL on failure (with
 * err filled). */
static sqlite3_stmt *statement(struct store *store, enum statement id, struct tanda_error *err)
{
	sqlite3_stmt **slot = &store->statements[id];
	int rc;

	if (*slot != NULL) {
		sqlite3_reset(*slot);
		sqlite3_clear_bindings(*slot);
		return *slot;
	}
	rc = sqlite3_prepare_v3(store->db, statement_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
				slot, NULL);
	if (rc != SQLITE_OK) {
		schema_fail(store->db, rc, store->path, "cannot prepare a query", err);
		return NULL;
	}
	return *slot;
}

/* Fail with the database's error for rc while doing. */
static enum tanda_status fail(struct store *store, int rc, const char *doing,
			      struct tanda_error *err)
{
	return schema_fail(store->db, rc, store->path, doing, err);
}

/* Create the missing folders of path's parent, 0700 each; 0 on success. */
static int make_parents(const char *path)
{
	char *copy = strdup(path), *slash;
	int rc = 0;

	if (copy == NULL)
		return -1;
	for (slash = strchr(copy + 1, '/'); slash != NULL && rc == 0; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*slash = '/';
	}
	free(copy);
	return rc;
}

/* Create the database file 0600 when it does not exist yet. */
static enum tanda_status create_file(const char *path, struct tanda_error *err)
{
	int fd;

	if (access(path, F_OK) == 0)
		return TANDA_OK;
	if (make_parents(path) != 0)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create its folder: %s", path,
				  strerror(errno));
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: %s", path, strerror(errno));
	if (fd >= 0)
		close(fd);
	return TANDA_OK;
}

/* Run sql, trying again while another connection holds a lock it needs:
 * switching to WAL wants the database to itself and does not wait on the
 * busy handler, so tanda processes that create one database at once
 * would otherwise fail. */
static int exec_patiently(sqlite3 *db, const char *sql)
{
	const struct timespec pause = { 0, 10 * 1000 * 1000 };	/* 10 ms */
	int rc, tries;

	for (tries = 0; tries < BUSY_TIMEOUT_MS / 10; tries++) {
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
		if ((rc & 0xFF) != SQLITE_BUSY && (rc & 0xFF) != SQLITE_LOCKED)
			return rc;
		nanosleep(&pause, NULL);
	}
	return rc;
}

/* Set the connection up: a busy timeout, foreign keys, WAL, FULL sync. */
static enum tanda_status configure(struct store *store, struct tanda_error *err)
{
	static const char setup[] =
		"PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
	int rc;

	sqlite3_extended_result_codes(store->db, 1);
	if (sqlite3_db_readonly(store->db, "main") == 1)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: the database cannot be written",
				  store->path);
	rc = exec_patiently(store->db, setup);
	return rc == SQLITE_OK ? TANDA_OK : fail(store, rc, "cannot set the database up", err);
}

/* Say why path cannot be written, from the file system's point of view,
 * when it can tell (a read-only file system, a read-only file or folder). */
static void explain_unwritable(const char *path, struct tanda_error *err)
{
	char *folder = strdup(path), *slash;
	int why = 0;

	if (access(path, W_OK) != 0)
		why = errno;
	if (why == 0 && folder != NULL) {
		slash = strrchr(folder, '/');
		if (slash != NULL)
			*(slash == folder ? slash + 1 : slash) = '\0';
		if (access(slash ? folder : ".", W_OK) != 0)
			why = errno;
	}
	free(folder);
	if (why != 0)
		tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot write there: %s%s", path,
			   strerror(why), access(path, W_OK) == 0 ? " (its folder)" : "");
}

enum tanda_status store_open(const char *path, struct store **out, struct tanda_error *err)
{
	struct store *store = calloc(1, sizeof *store);
	enum tanda_status status;
	int version, rc;

	*out = NULL;
	if (store == NULL || (store->path = strdup(path)) == NULL) {
		free(store);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	status = create_file(path, err);
	if (status == TANDA_OK) {
		/* one thread per connection: no per-call locking */
		rc = sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				     NULL);
		/* wait for other writers from the very first read on */
		sqlite3_busy_timeout(store->db, BUSY_TIMEOUT_MS);
		if (rc != SQLITE_OK)
			status = fail(store, rc, "cannot open the database", err);
	}
	/* read the version before anything writes, so that a file that is
	 * not ours, or is newer, is left exactly as it was */
	if (status == TANDA_OK)
		status = schema_version(store->db, path, &version, err);
	if (status == TANDA_OK && version > SCHEMA_VERSION)
		status = schema_migrate(store->db, path, err);	/* refuses it, says why */
	if (status == TANDA_OK)
		status = configure(store, err);
	if (status == TANDA_OK)
		status = schema_migrate(store->db, path, err);
	if (status == TANDA_OK &&
	    (rc = sqlite3_exec(store->db, schema_session_sql, NULL, NULL, NULL)) != SQLITE_OK)
		status = fail(store, rc, "cannot prepare the database", err);
	if (status == TANDA_ECANTCREATE)
		explain_unwritable(path, err);
	if (status != TANDA_OK) {
		store_close(store);
		return status;
	}
	*out = store;
	return TANDA_OK;
}

void store_close(struct store *store)
{
	int i;

	if (store == NULL)
		return;
	if (store->depth > 0) {	/* an unfinished write keeps nothing */
		store->depth = 1;
		store_rollback(store);
	}
	for (i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(store->statements[i]);
	sqlite3_close(store->db);
	free(store->path);
	free(store);
}

/* What the first row of quick_check says: "ok"; a page it could not
 * read ("... unable to get the page. error code=266"), which it reports
 * as a finding, not as an error, and which is an I/O error, not damage;
 * or damage (TANDA_EDATA). */
static enum tanda_status check_result(struct store *store, const char *result,
				      struct tanda_error *err)
{
	const char *code = strstr(result, "error code=");
	int rc = code ? atoi(code + strlen("error code=")) : 0;
	char *c;

	if (strcmp(result, "ok") == 0)
		return TANDA_OK;
	if ((rc & 0xFF) == SQLITE_IOERR)
		return tanda_fail(err, TANDA_EIO, "%s: cannot check the database: %s", store->path,
				  sqlite3_errstr(rc));
	tanda_fail(err, TANDA_EDATA, "%s: the database is damaged: %.200s", store->path, result);
	for (c = err ? err->message : NULL; c != NULL && *c; c++)
		if (*c == '\n')
			*c = ' ';	/* one line */
	return TANDA_EDATA;
}

/* Check the whole database once before the first write, so that damage
 * anywhere is reported instead of written over (PRAGMA quick_check). */
static enum tanda_status check_before_writing(struct store *store, struct tanda_error *err)
{
	enum tanda_status status;
	sqlite3_stmt *stmt;
	int rc;

	if (store->checked)
		return TANDA_OK;
	rc = sqlite3_prepare_v2(store->db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		status = check_result(store, (const char *)sqlite3_column_text(stmt, 0), err);
	else
		status = fail(store, rc, "cannot check the database", err);
	sqlite3_finalize(stmt);
	if (status == TANDA_OK)
		store->checked = 1;
	return status;
}

enum tanda_status store_begin(struct store *store, struct tanda_error *err)
{
	enum tanda_status status;
	int rc;

	if (store->depth++ > 0)
		return TANDA_OK;
	if ((status = check_before_writing(store, err)) != TANDA_OK) {
		store->depth = 0;
		return status;
	}
	store->failed = 0;
	rc = sqlite3_exec(store->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		return TANDA_OK;
	store->depth = 0;
	return fail(store, rc, "cannot start writing", err);
}

enum tanda_status store_commit(struct store *store, struct tanda_error *err)
{
	int rc;

	if (store->depth > 1) {
		store->depth--;
		return TANDA_OK;
	}
	if (store->failed) {
		store_rollback(store);
		return tanda_fail(err, TANDA_EIO, "%s: nothing was saved: an earlier write failed",
				  store->path);
	}
	rc = sqlite3_exec(store->db, "COMMIT", NULL, NULL, NULL);
	if (rc == SQLITE_OK) {
		store->depth = 0;
		return TANDA_OK;
	}
	/* a sync that fails comes after the whole transaction was written to
	 * the log, where the next open finds it if it reached the disk: kept
	 * whole or not at all, and nobody can say which */
	fail(store, rc, rc == SQLITE_IOERR_FSYNC ? "cannot make sure it was saved (written, "
	     "not synced: kept whole or not at all)" : "cannot save (nothing was written)", err);
	store_rollback(store);
	return err ? err->status : TANDA_EIO;
}

void store_rollback(struct store *store)
{
	if (store->depth > 1) {
		store->depth--;
		store->failed = 1;	/* the outermost commit must not keep half */
		return;
	}
	if (!sqlite3_get_autocommit(store->db))
		sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
	store->depth = 0;
	store->failed = 0;
}

/* End a write begun with store_begin: commit it on success, roll it back
 * on failure. */
static enum tanda_status write_end(struct store *store, enum tanda_status status,
				   struct tanda_error *err)
{
	if (status != TANDA_OK) {
		store_rollback(store);
		return status;
	}
	return store_commit(store, err);
}

/* Step stmt to completion; TANDA_OK or a failure while doing. */
static enum tanda_status run(struct store *store, sqlite3_stmt *stmt, const char *doing,
			     struct tanda_error *err)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return TANDA_OK;
	return fail(store, rc, doing, err);
}

/* Bind text (NULL binds NULL) to parameter i; the text must outlive the
 * statement's step. */
static void bind_text(sqlite3_stmt *stmt, int i, const char *text)
{
	if (text == NULL)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, text, -1, SQLITE_STATIC);
}

/* Bind a name from an enum table (index 0 may be "none": NULL). */
static void bind_name(sqlite3_stmt *stmt, int i, const char *const *names, int index)
{
	bind_text(stmt, i, names[index]);
}

enum tanda_status store_article_upsert(struct store *store, struct article *article,
				       const char *path, struct tanda_error *err)
{
	const struct article_meta *m = &article->meta;
	char now[ANNOTATION_TIME_SIZE];
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = statement(store, ST_ARTICLE_UPSERT, err)) == NULL)
		return write_end(store, err->status, err);
	annotation_now(now);
	bind_text(stmt, 1, article_sha256(article));
	bind_text(stmt, 2, m->title);
	bind_text(stmt, 3, m->source);
	bind_text(stmt, 4, m->url);
	bind_text(stmt, 5, m->published);
	bind_text(stmt, 6, m->language);
	bind_text(stmt, 7, path);
	bind_text(stmt, 8, now);
	sqlite3_bind_int64(stmt, 9, (sqlite3_int64)article->count);
	sqlite3_bind_text64(stmt, 10, article->text, article->text_len, SQLITE_STATIC, SQLITE_UTF8);
	status = run(store, stmt, "cannot save the article", err);
	sqlite3_clear_bindings(stmt);
	return write_end(store, status, err);
}

enum tanda_status store_article_put(struct store *store, const struct store_article *meta,
				    const char *text, size_t text_len, struct tanda_error *err)
{
	char now[ANNOTATION_TIME_SIZE];
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = statement(store, ST_ARTICLE_PUT, err)) == NULL)
		return write_end(store, err->status, err);
	annotation_now(now);
	bind_text(stmt, 1, meta->sha256);
	bind_text(stmt, 2, meta->title);
	bind_text(stmt, 3, meta->source);
	bind_text(stmt, 4, meta->url);
	bind_text(stmt, 5, meta->published);
	bind_text(stmt, 6, meta->language);
	bind_text(stmt, 7, now);
	sqlite3_bind_int64(stmt, 8, (sqlite3_int64)meta->paragraphs);
	if (text != NULL)
		sqlite3_bind_text64(stmt, 9, text, text_len, SQLITE_STATIC, SQLITE_UTF8);
	status = run(store, stmt, "cannot save the article", err);
	sqlite3_clear_bindings(stmt);
	return write_end(store, status, err);
}

enum tanda_status store_article_text(struct store *store, const char *sha256, char **text,
				     size_t *len, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, ST_ARTICLE_TEXT, err);
	int rc;

	*text = NULL;
	*len = 0;
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, sha256);
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
	return fail(store, rc, "cannot read the articles", err);
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

/* Copy column i of stmt into the fixed buffer buf of size bytes. */
static void column_fixed(sqlite3_stmt *stmt, int i, char *buf, size_t size)
{
	const char *text = (const char *)sqlite3_column_text(stmt, i);
	size_t len = text ? strnlen(text, size - 1) : 0;

	memcpy(buf, text ? text : "", len);
	buf[len] = '\0';
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
	return failed ? -1 : 0;
}

void store_article_clear(struct store_article *article)
{
	free(article->title);
	free(article->source);
	free(article->url);
	free(article->published);
	free(article->language);
	free(article->path);
	memset(article, 0, sizeof *article);
}

/* Run a previous-article query; 1 with *found and *text filled, 0 when it
 * finds nothing, -1 on failure. */
static int previous_by(struct store *store, sqlite3_stmt *stmt, struct store_article *found,
		       char **text, size_t *text_len, struct tanda_error *err)
{
	int rc = sqlite3_step(stmt), bytes;

	if (rc == SQLITE_DONE) {
		sqlite3_reset(stmt);
		return 0;
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(stmt);
		fail(store, rc, "cannot read the articles", err);
		return -1;
	}
	bytes = sqlite3_column_bytes(stmt, 12);
	*text = malloc((size_t)bytes + 1);
	if (*text == NULL || read_article(stmt, found) != 0) {
		free(*text);
		store_article_clear(found);
		sqlite3_reset(stmt);
		tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
		return -1;
	}
	memcpy(*text, sqlite3_column_text(stmt, 12), (size_t)bytes);
	(*text)[bytes] = '\0';
	*text_len = (size_t)bytes;
	sqlite3_reset(stmt);
	return 1;
}

int store_article_previous(struct store *store, const char *sha256, const char *path,
			   const char *title, const char *source, struct store_article *found,
			   char **text, size_t *text_len, struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	int rc = 0;

	if (path != NULL) {
		if ((stmt = statement(store, ST_ARTICLE_BY_PATH, err)) == NULL)
			return -1;
		bind_text(stmt, 1, sha256);
		bind_text(stmt, 2, path);
		rc = previous_by(store, stmt, found, text, text_len, err);
	}
	if (rc != 0 || title == NULL)
		return rc;
	if ((stmt = statement(store, ST_ARTICLE_BY_TITLE, err)) == NULL)
		return -1;
	bind_text(stmt, 1, sha256);
	bind_text(stmt, 2, title);
	bind_text(stmt, 3, source);
	return previous_by(store, stmt, found, text, text_len, err);
}

enum tanda_status store_article_get(struct store *store, const char *sha256,
				    struct store_article *out, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, ST_ARTICLE_GET, err);
	int rc;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, sha256);
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
	return fail(store, rc, "cannot read the articles", err);
}

enum tanda_status store_article_list(struct store *store, enum store_article_order order,
				     int (*fn)(void *context, const struct store_article *article),
				     void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, order == STORE_BY_SHA256 ? ST_ARTICLE_LIST_BY_SHA
								       : ST_ARTICLE_LIST, err);
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
	return fail(store, rc, "cannot read the articles", err);
}

/* Set the one text parameter of statement id to value (NULL allowed) and
 * run it. */
static enum tanda_status run_with_text(struct store *store, enum statement id, const char *value,
				       const char *doing, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, id, err);

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, value);
	return run(store, stmt, doing, err);
}

enum tanda_status store_set_actor(struct store *store, const char *who, struct tanda_error *err)
{
	return run_with_text(store, ST_SET_ACTOR, who, "cannot set who makes the changes", err);
}

enum tanda_status store_annotation_update_why(struct store *store, struct annotation *annotation,
					      const char *reason, struct tanda_error *err)
{
	enum tanda_status status = run_with_text(store, ST_SET_REASON, reason, "cannot save the reason",
						 err);
	struct tanda_error ignored;

	if (status != TANDA_OK)
		return status;
	status = store_annotation_update(store, annotation, err);
	(void)run_with_text(store, ST_SET_REASON, NULL, "cannot clear the reason", &ignored);
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
	sqlite3_stmt *stmt = statement(store, annotation_id ? ST_HISTORY_OF : ST_HISTORY_OF_ARTICLE,
				       err);
	struct correction_event e;
	int rc;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, annotation_id ? annotation_id : article_sha256);
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
		if (fn(context, &e))
			break;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return fail(store, rc, "cannot read the corrections' history", err);
}

enum tanda_status store_tag_names(struct store *store,
				  int (*fn)(void *context, const char *name), void *context,
				  struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, ST_TAGS_IN_USE, err);
	int rc;

	if (stmt == NULL)
		return err->status;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(stmt, 0);

		if (name != NULL && fn(context, name))
			break;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return fail(store, rc, "cannot read the tags", err);
}

/* Bind the fields of a (parameters ?1 to ?27 of the insert and update). */
static void bind_annotation(sqlite3_stmt *stmt, const struct annotation *a)
{
	const struct anchor *an = &a->anchor;

	bind_text(stmt, 1, a->id);
	bind_text(stmt, 2, a->article);
	bind_name(stmt, 3, annotation_kind_names, a->kind);
	bind_text(stmt, 4, an->exact);
	bind_text(stmt, 5, an->prefix ? an->prefix : "");
	bind_text(stmt, 6, an->suffix ? an->suffix : "");
	sqlite3_bind_int64(stmt, 7, (sqlite3_int64)an->start);
	sqlite3_bind_int64(stmt, 8, (sqlite3_int64)an->end);
	sqlite3_bind_int64(stmt, 9, an->paragraph);
	sqlite3_bind_int64(stmt, 10, (sqlite3_int64)an->para_start);
	sqlite3_bind_int64(stmt, 11, (sqlite3_int64)an->para_end);
	bind_name(stmt, 12, anchor_state_names, an->state);
	if (an->state == ANCHOR_FUZZY)
		sqlite3_bind_double(stmt, 13, an->score);
	bind_text(stmt, 14, an->old_exact);
	bind_text(stmt, 15, a->note);
	bind_text(stmt, 16, a->color);
	bind_text(stmt, 17, a->speaker);
	bind_name(stmt, 18, claim_status_names, a->claim);
	bind_text(stmt, 19, a->replacement);
	bind_name(stmt, 20, correction_kind_names, a->correction_kind);
	bind_name(stmt, 21, correction_status_names, a->correction_status);
	bind_text(stmt, 22, a->reviewed_by);
	bind_text(stmt, 23, a->reviewed_at[0] ? a->reviewed_at : NULL);
	bind_text(stmt, 24, a->author);
	bind_text(stmt, 25, a->created);
	bind_text(stmt, 26, a->modified);
	sqlite3_bind_int(stmt, 27, a->deleted != 0);
}

/* The row id of the single value stmt (bound) selects into *id: 1, or 0
 * when it selects nothing; -1 on failure (err filled). */
static int select_id(struct store *store, sqlite3_stmt *stmt, sqlite3_int64 *id,
		     struct tanda_error *err)
{
	int rc = sqlite3_step(stmt);

	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc == SQLITE_ROW;
	fail(store, rc, "cannot save the tags", err);
	return -1;
}

/* The row id of the tag name into *id, adding the tag when it is new. */
static enum tanda_status tag_id(struct store *store, const char *name, sqlite3_int64 *id,
				struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, ST_TAG_ID, err);
	int found;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, name);
	if ((found = select_id(store, stmt, id, err)) != 0)
		return found < 0 ? err->status : TANDA_OK;
	if ((stmt = statement(store, ST_TAG_ADD, err)) == NULL)
		return err->status;
	bind_text(stmt, 1, name);
	if (run(store, stmt, "cannot save the tags", err) != TANDA_OK)
		return err->status;
	if (sqlite3_changes(store->db) == 1) {
		*id = sqlite3_last_insert_rowid(store->db);
		return TANDA_OK;
	}
	if ((stmt = statement(store, ST_TAG_ID, err)) == NULL)	/* added meanwhile */
		return err->status;
	bind_text(stmt, 1, name);
	if ((found = select_id(store, stmt, id, err)) > 0)
		return TANDA_OK;
	return found < 0 ? err->status : tanda_fail(err, TANDA_EIO, "%s: cannot save the tag %s",
						   store->path, name);
}

/* Replace the tags of the stored annotation a, row id row (0: unknown), by
 * a's tags; a fresh one has none to replace. */
static enum tanda_status write_tags(struct store *store, const struct annotation *a,
				    sqlite3_int64 row, int fresh, struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	sqlite3_int64 tag;
	size_t i;
	int found;

	if (!fresh) {
		if ((stmt = statement(store, ST_TAGS_CLEAR, err)) == NULL)
			return err->status;
		bind_text(stmt, 1, a->id);
		if (run(store, stmt, "cannot save the tags", err) != TANDA_OK)
			return err->status;
	}
	if (a->ntags > 0 && row == 0) {
		if ((stmt = statement(store, ST_ANNOTATION_ROW, err)) == NULL)
			return err->status;
		bind_text(stmt, 1, a->id);
		if ((found = select_id(store, stmt, &row, err)) <= 0)
			return found < 0 ? err->status : TANDA_OK;
	}
	for (i = 0; i < a->ntags; i++) {
		if (tag_id(store, a->tags[i], &tag, err) != TANDA_OK ||
		    (stmt = statement(store, ST_TAG_LINK, err)) == NULL)
			return err->status;
		sqlite3_bind_int64(stmt, 1, row);
		sqlite3_bind_int64(stmt, 2, tag);
		if (run(store, stmt, "cannot save the tags", err) != TANDA_OK)
			return err->status;
	}
	return TANDA_OK;
}

/* Check the tag names of a: not empty, no control characters. */
static enum tanda_status check_tags(const struct annotation *a, struct tanda_error *err)
{
	size_t i;
	const char *c;

	for (i = 0; i < a->ntags; i++) {
		if (a->tags[i][0] == '\0')
			return tanda_fail(err, TANDA_EUSAGE, "a tag cannot be empty");
		for (c = a->tags[i]; *c; c++)
			if ((unsigned char)*c < 0x20)
				return tanda_fail(err, TANDA_EUSAGE, "a tag cannot hold control characters");
	}
	return TANDA_OK;
}

/* Write a with statement id (insert or update) and its tags. */
static enum tanda_status write_annotation(struct store *store, enum statement id,
					  const struct annotation *a, struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	enum tanda_status status;
	if ((status = check_tags(a, err)) != TANDA_OK ||
	    (status = annotation_validate(a, err)) != TANDA_OK)
		return status;
	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = statement(store, id, err)) == NULL)
		return write_end(store, err->status, err);
	bind_annotation(stmt, a);
	status = run(store, stmt, "cannot save the annotation", err);
	if (status == TANDA_OK && id == ST_ANNOTATION_UPDATE && sqlite3_changes(store->db) == 0)
		status = tanda_fail(err, TANDA_EDATA, "%s: no annotation %s", store->path, a->id);
	if (status == TANDA_OK)
		status = write_tags(store, a,
				    id == ST_ANNOTATION_INSERT ? sqlite3_last_insert_rowid(store->db) : 0,
				    id == ST_ANNOTATION_INSERT, err);
	return write_end(store, status, err);
}

enum tanda_status store_annotation_insert(struct store *store, struct annotation *annotation,
					  struct tanda_error *err)
{
	enum tanda_status status;

	if (annotation->id[0] == '\0' &&
	    (status = annotation_new_id(annotation->id, err)) != TANDA_OK)
		return status;
	if (annotation->created[0] == '\0')
		annotation_now(annotation->created);
	if (annotation->modified[0] == '\0')
		memcpy(annotation->modified, annotation->created, sizeof annotation->modified);
	return write_annotation(store, ST_ANNOTATION_INSERT, annotation, err);
}

enum tanda_status store_annotation_update(struct store *store, struct annotation *annotation,
					  struct tanda_error *err)
{
	annotation_now(annotation->modified);
	return write_annotation(store, ST_ANNOTATION_UPDATE, annotation, err);
}

/* Whether annotation id is stored: 1, 0, or -1 on failure (err filled). */
static int annotation_exists(struct store *store, const char *id, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, ST_ANNOTATION_EXISTS, err);
	int rc;

	if (stmt == NULL)
		return -1;
	bind_text(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc == SQLITE_ROW;
	fail(store, rc, "cannot read the annotations", err);
	return -1;
}

enum tanda_status store_annotation_put(struct store *store, const struct annotation *annotation,
				       struct tanda_error *err)
{
	int exists = annotation_exists(store, annotation->id, err);

	if (exists < 0)
		return err->status;
	return write_annotation(store, exists ? ST_ANNOTATION_UPDATE : ST_ANNOTATION_INSERT,
				annotation, err);
}

enum tanda_status store_annotation_set_deleted(struct store *store, const char *id,
					       int deleted, struct tanda_error *err)
{
	char now[ANNOTATION_TIME_SIZE];
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = statement(store, ST_ANNOTATION_DELETED, err)) == NULL)
		return write_end(store, err->status, err);
	annotation_now(now);
	bind_text(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, deleted != 0);
	bind_text(stmt, 3, now);
	status = run(store, stmt, "cannot save the annotation", err);
	if (status == TANDA_OK && sqlite3_changes(store->db) == 0)
		status = tanda_fail(err, TANDA_EDATA, "%s: no annotation %s", store->path, id);
	return write_end(store, status, err);
}

/* The index of name in names (0 for NULL or unknown). */
static int column_enum(sqlite3_stmt *stmt, int i, const char *const *names, int count)
{
	const unsigned char *text = sqlite3_column_text(stmt, i);
	int index = text ? annotation_lookup(names, count, (const char *)text) : 0;

	return index < 0 ? 0 : index;
}

/* Add the tags of a row (one per line, SELECT_TAG_NAMES) to a; 0 on
 * success. */
static int read_tags(sqlite3_stmt *stmt, int i, struct annotation *a)
{
	const char *text = (const char *)sqlite3_column_text(stmt, i);

	while (text != NULL && *text != '\0') {
		const char *end = strchr(text, '\n');
		size_t len = end ? (size_t)(end - text) : strlen(text);
		char name[256];

		snprintf(name, sizeof name, "%.*s", (int)len, text);
		if (annotation_add_tag(a, name) != 0)
			return -1;
		text = end ? end + 1 : text + len;
	}
	return 0;
}

/* A tag's id and its name (cut to 255 bytes, as read_tags cuts it). */
struct tag_name {
	sqlite3_int64 id;
	char *name;
};

/*
 * What a listing keeps for the tags of its rows: the names of the tags by
 * id, read when a row first has tags and read again when a row has a tag
 * not known (added since: a tag is never renamed or deleted, so once is
 * enough); and the ids and the sorted names of the row's tags.
 */
struct tag_room {
	struct tag_name *known;		/* by id */
	size_t nknown;
	int read, reread;
	sqlite3_int64 *ids;		/* the row's */
	size_t nids, ids_cap;
	const char **names;		/* the row's, sorted, each once */
	size_t names_cap;
};

/* Forget the names of the tags room read. */
static void tag_room_forget(struct tag_room *room)
{
	size_t i;

	for (i = 0; i < room->nknown; i++)
		free(room->known[i].name);
	free(room->known);
	room->known = NULL;
	room->nknown = 0;
}

/* Free what room holds. */
static void tag_room_free(struct tag_room *room)
{
	tag_room_forget(room);
	free(room->ids);
	free(room->names);
	memset(room, 0, sizeof *room);
}

/* Read the names of every tag into room, in the order of their ids;
 * SQLITE_OK or an error. */
static int tag_room_read(struct store *store, struct tag_room *room)
{
	struct tanda_error ignored;
	sqlite3_stmt *stmt = statement(store, ST_TAG_NAMES, &ignored);
	size_t cap = 0;
	int rc;

	tag_room_forget(room);
	if (stmt == NULL)
		return SQLITE_ERROR;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(stmt, 1);
		size_t len = name ? strnlen(name, 255) : 0;
		struct tag_name *t;

		if (room->nknown == cap) {
			size_t more = cap ? cap * 2 : 16;
			struct tag_name *grown = realloc(room->known, more * sizeof *grown);

			if (grown == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			room->known = grown;
			cap = more;
		}
		t = &room->known[room->nknown];
		if ((t->name = malloc(len + 1)) == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		memcpy(t->name, name ? name : "", len);
		t->name[len] = '\0';
		t->id = sqlite3_column_int64(stmt, 0);
		room->nknown++;
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		tag_room_forget(room);
		return rc;
	}
	room->read = 1;
	return SQLITE_OK;
}

/* The name of the tag id among those room read, or NULL. */
static const char *tag_room_name(const struct tag_room *room, sqlite3_int64 id)
{
	size_t lo = 0, hi = room->nknown;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (room->known[mid].id == id)
			return room->known[mid].name;
		if (room->known[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Add tag id to the row's; SQLITE_OK or SQLITE_NOMEM. */
static int tag_room_add(struct tag_room *room, sqlite3_int64 id)
{
	if (room->nids == room->ids_cap) {
		size_t cap = room->ids_cap ? room->ids_cap * 2 : 8;
		sqlite3_int64 *grown = realloc(room->ids, cap * sizeof *grown);

		if (grown == NULL)
			return SQLITE_NOMEM;
		room->ids = grown;
		room->ids_cap = cap;
	}
	room->ids[room->nids++] = id;
	return SQLITE_OK;
}

/*
 * Give a the names of the row's tags (valid until the next row's),
 * sorted and each once, as annotation_add_tag keeps them; an id no tag has
 * (a link left by another program) is left out, as joining the tags table
 * leaves it out.  SQLITE_OK or an error.
 */
static int tag_room_give(struct store *store, struct tag_room *room, struct annotation *a)
{
	size_t i, j, count = 0;
	int rc;

	a->tags = NULL;
	a->ntags = 0;
	if (room->nids == 0)
		return SQLITE_OK;
	for (i = 0; i < room->nids; i++)
		if (tag_room_name(room, room->ids[i]) == NULL && (!room->read || !room->reread)) {
			room->reread = room->read;
			if ((rc = tag_room_read(store, room)) != SQLITE_OK)
				return rc;
		}
	if (room->nids > room->names_cap) {
		const char **grown = realloc(room->names, room->nids * sizeof *grown);

		if (grown == NULL)
			return SQLITE_NOMEM;
		room->names = grown;
		room->names_cap = room->nids;
	}
	for (i = 0; i < room->nids; i++) {
		const char *name = tag_room_name(room, room->ids[i]);

		if (name == NULL)
			continue;
		for (j = count; j > 0 && strcmp(room->names[j - 1], name) > 0; j--)
			room->names[j] = room->names[j - 1];
		if (j > 0 && strcmp(room->names[j - 1], name) == 0) {
			memmove(&room->names[j], &room->names[j + 1], (count - j) * sizeof *room->names);
			continue;	/* there (names cut to 255 bytes may meet) */
		}
		room->names[j] = name;
		count++;
	}
	a->tags = (char **)room->names;
	a->ntags = count;
	return SQLITE_OK;
}

/*
 * The links to tags read alongside a listing (TAG_LINKS_FROM): the rows of
 * a listing mostly come in the order of their ids (they were made, or
 * imported, in the order of the text), so the links of one are mostly
 * right after those of the one before, and stepping on costs less than
 * looking them up row by row; when they are not, it looks them up
 * (seeks).  The links of every annotation from `from` on are at or after
 * the row it is on (or there are none, at the end).  Its statement is its
 * own, stepped while the listing's is: they read the same snapshot.
 */
struct tag_cursor {
	sqlite3_stmt *stmt;
	int sought;		/* it has been */
	int on_row;		/* on the link of `annotation` to `tag` */
	sqlite3_int64 annotation, tag, from;
};

/* How many links the cursor steps over to reach an annotation's before it
 * seeks them instead. */
#define TAG_CURSOR_STEPS 2

/* Step the cursor to the next link; SQLITE_ROW, SQLITE_DONE or an error. */
static int tag_cursor_next(struct tag_cursor *c)
{
	int rc = sqlite3_step(c->stmt);

	if (c->on_row)
		c->from = c->annotation + 1;
	c->on_row = rc == SQLITE_ROW;
	if (c->on_row) {
		c->annotation = sqlite3_column_int64(c->stmt, 0);
		c->tag = sqlite3_column_int64(c->stmt, 1);
	}
	return rc;
}

/* Put the cursor on the first link of annotation id or after. */
static int tag_cursor_seek(struct store *store, struct tag_cursor *c, sqlite3_int64 id)
{
	int rc;

	if (c->stmt == NULL) {
		rc = sqlite3_prepare_v2(store->db, TAG_LINKS_FROM, -1, &c->stmt, NULL);
		if (rc != SQLITE_OK)
			return rc;
	}
	sqlite3_reset(c->stmt);
	sqlite3_bind_int64(c->stmt, 1, id);
	c->sought = 1;
	c->on_row = 0;
	c->from = id;
	return tag_cursor_next(c);
}

/* Give a (row id id) its tags, with the cursor; SQLITE_OK or an error. */
static int read_tag_links(struct store *store, struct tag_cursor *c, sqlite3_int64 id,
			  struct tag_room *room, struct annotation *a)
{
	int rc = SQLITE_ROW, steps;

	room->nids = 0;
	for (steps = 0; c->sought && id >= c->from && c->on_row && c->annotation < id &&
	     steps < TAG_CURSOR_STEPS; steps++)
		if ((rc = tag_cursor_next(c)) != SQLITE_ROW && rc != SQLITE_DONE)
			return rc;
	if (!c->sought || id < c->from || (c->on_row && c->annotation < id))
		rc = tag_cursor_seek(store, c, id);
	while ((rc == SQLITE_ROW || rc == SQLITE_DONE) && c->on_row && c->annotation == id) {
		if (tag_room_add(room, c->tag) != SQLITE_OK)
			return SQLITE_NOMEM;
		rc = tag_cursor_next(c);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return rc;
	return tag_room_give(store, room, a);
}

/* Text column i of stmt, borrowed from it (NULL for NULL): valid until the
 * statement steps again or is reset. */
static char *column_view(sqlite3_stmt *stmt, int i)
{
	return (char *)sqlite3_column_text(stmt, i);
}

/*
 * Read an annotation row (SELECT_ANNOTATION's columns) but its tags into a
 * without copying its text: the strings of a are the statement's, valid
 * until it steps again or is reset, and a must not be cleared.
 */
static void read_annotation(sqlite3_stmt *stmt, struct annotation *a)
{
	struct anchor *an = &a->anchor;

	column_fixed(stmt, 0, a->id, sizeof a->id);
	column_fixed(stmt, 1, a->article, sizeof a->article);
	a->kind = (enum annotation_kind)column_enum(stmt, 2, annotation_kind_names, KIND_COUNT);
	an->exact = column_view(stmt, 3);
	an->prefix = column_view(stmt, 4);
	an->suffix = column_view(stmt, 5);
	an->start = (uint64_t)sqlite3_column_int64(stmt, 6);
	an->end = (uint64_t)sqlite3_column_int64(stmt, 7);
	an->paragraph = (uint32_t)sqlite3_column_int64(stmt, 8);
	an->para_start = (uint64_t)sqlite3_column_int64(stmt, 9);
	an->para_end = (uint64_t)sqlite3_column_int64(stmt, 10);
	an->state = (enum anchor_state)column_enum(stmt, 11, anchor_state_names, ANCHOR_STATE_COUNT);
	an->score = sqlite3_column_double(stmt, 12);
	an->old_exact = column_view(stmt, 13);
	a->note = column_view(stmt, 14);
	a->color = column_view(stmt, 15);
	a->speaker = column_view(stmt, 16);
	a->claim = (enum claim_status)column_enum(stmt, 17, claim_status_names, CLAIM_COUNT);
	a->replacement = column_view(stmt, 18);
	a->correction_kind = (enum correction_kind)column_enum(stmt, 19, correction_kind_names,
							       CORRECTION_KIND_COUNT);
	a->correction_status = (enum correction_status)column_enum(stmt, 20,
			correction_status_names, CORRECTION_STATUS_COUNT);
	a->reviewed_by = column_view(stmt, 21);
	column_fixed(stmt, 22, a->reviewed_at, sizeof a->reviewed_at);
	a->author = column_view(stmt, 23);
	column_fixed(stmt, 24, a->created, sizeof a->created);
	column_fixed(stmt, 25, a->modified, sizeof a->modified);
	a->deleted = sqlite3_column_int(stmt, 26);
}

enum tanda_status store_annotation_get(struct store *store, const char *id,
				       struct annotation *out, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, ST_ANNOTATION_GET, err);
	struct annotation row;
	int rc, copied = 0;

	annotation_clear(out);
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		read_annotation(stmt, &row);
		row.tags = NULL;
		row.ntags = 0;
		copied = annotation_copy(out, &row) == 0 && read_tags(stmt, 27, out) == 0;
	}
	sqlite3_reset(stmt);
	if (copied)
		return TANDA_OK;
	annotation_clear(out);
	if (rc == SQLITE_DONE)
		return tanda_fail(err, TANDA_EDATA, "%s: no annotation %s", store->path, id);
	if (rc == SQLITE_ROW)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return fail(store, rc, "cannot read the annotations", err);
}

/* Bind a query's filters (?1 to ?7). */
static void bind_query(sqlite3_stmt *stmt, const struct store_query *q)
{
	bind_text(stmt, 1, q->article);
	if (q->kind >= 0 && q->kind < KIND_COUNT)
		bind_text(stmt, 2, annotation_kind_names[q->kind]);
	bind_text(stmt, 3, q->tag);
	bind_text(stmt, 4, q->author);
	bind_text(stmt, 5, q->status);
	bind_text(stmt, 6, q->grep);
	sqlite3_bind_int(stmt, 7, q->include_deleted != 0);
}

enum tanda_status store_annotation_list(struct store *store, const struct store_query *query,
					store_visit_fn fn, void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = statement(store, query->article ? ST_LIST_ARTICLE : ST_LIST_ALL, err);
	struct tag_cursor links = { NULL, 0, 0, 0, 0, 0 };
	struct tag_room tags;
	struct annotation row;
	int rc, tag_rc = SQLITE_OK;

	if (stmt == NULL)
		return err->status;
	bind_query(stmt, query);
	annotation_init(&row);
	memset(&tags, 0, sizeof tags);
	/* each row is read in place, its strings the statement's, and its
	 * tags' links alongside: nothing is allocated row by row */
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		read_annotation(stmt, &row);
		tag_rc = read_tag_links(store, &links, sqlite3_column_int64(stmt, 27), &tags, &row);
		if (tag_rc != SQLITE_OK || fn(context, &row))
			break;
	}
	sqlite3_reset(stmt);
	sqlite3_finalize(links.stmt);
	tag_room_free(&tags);
	if (tag_rc == SQLITE_NOMEM)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	if (tag_rc != SQLITE_OK)
		return fail(store, tag_rc, "cannot read the tags", err);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return fail(store, rc, "cannot read the annotations", err);
}

/* Keep a copy of one listed annotation (store_visit_fn); stops when out
 * of memory. */
static int collect(void *context, const struct annotation *annotation)
{
	struct store_annotations *c = context;

	if (c->count == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		struct annotation *grown = realloc(c->items, cap * sizeof *grown);

		if (grown == NULL) {
			c->failed = 1;
			return 1;
		}
		c->items = grown;
		c->cap = cap;
	}
	annotation_init(&c->items[c->count]);
	if (annotation_copy(&c->items[c->count], annotation) != 0) {
		annotation_clear(&c->items[c->count]);
		c->failed = 1;
		return 1;
	}
	c->count++;
	return 0;
}

enum tanda_status store_annotation_collect(struct store *store, const struct store_query *query,
					   struct store_annotations *out, struct tanda_error *err)
{
	enum tanda_status status;

	memset(out, 0, sizeof *out);
	status = store_annotation_list(store, query, collect, out, err);
	if (status == TANDA_OK && out->failed)
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return status;
}

void store_annotations_free(struct store_annotations *list)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		annotation_clear(&list->items[i]);
	free(list->items);
	memset(list, 0, sizeof *list);
}

/* Write the new article and anchor of a (ST_ANNOTATION_MOVE): nothing else
 * of it changes, so nothing else is written or checked again. */
static enum tanda_status move_one(struct store *store, const char *to_sha256,
				  const struct annotation *a, struct tanda_error *err)
{
	const struct anchor *an = &a->anchor;
	sqlite3_stmt *stmt = statement(store, ST_ANNOTATION_MOVE, err);

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, 1, a->id);
	bind_text(stmt, 2, to_sha256);
	bind_text(stmt, 3, an->exact);
	bind_text(stmt, 4, an->prefix ? an->prefix : "");
	bind_text(stmt, 5, an->suffix ? an->suffix : "");
	sqlite3_bind_int64(stmt, 6, (sqlite3_int64)an->start);
	sqlite3_bind_int64(stmt, 7, (sqlite3_int64)an->end);
	sqlite3_bind_int64(stmt, 8, an->paragraph);
	sqlite3_bind_int64(stmt, 9, (sqlite3_int64)an->para_start);
	sqlite3_bind_int64(stmt, 10, (sqlite3_int64)an->para_end);
	bind_name(stmt, 11, anchor_state_names, an->state);
	if (an->state == ANCHOR_FUZZY)
		sqlite3_bind_double(stmt, 12, an->score);
	bind_text(stmt, 13, an->old_exact);
	return run(store, stmt, "cannot save the annotation", err);
}

enum tanda_status store_annotations_move(struct store *store, const char *to_sha256,
					 const struct annotation *annotations, size_t count,
					 struct tanda_error *err)
{
	enum tanda_status status;
	size_t i;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	for (i = 0; i < count && status == TANDA_OK; i++)
		status = move_one(store, to_sha256, &annotations[i], err);
	return write_end(store, status, err);
}
