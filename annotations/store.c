/*
 * store.c - the SQLite annotation store's connection: its path, opening and
 * configuring the database, nested transactions, and the cache of prepared
 * statements with the SQL of every one (statement_sql[]).  The reads and
 * writes are the family's: store-article.c, store-annotation.c,
 * store-tag.c and store-history.c, over store-int.h.
 *
 * Durability: WAL with synchronous=FULL.  A save then costs about 0.3 ms
 * on these machines (0.045 ms with NORMAL: `make bench`, save-one), which
 * no person notices, and FULL is what makes an annotation reported as
 * saved survive a power loss, not only a killed process.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "outfile.h"
#include "schema.h"
#include "source.h"
#include "store-int.h"
#include "strbuf.h"

/* What the annotation columns (ANNOTATION_COLUMNS) are in each statement:
 * a column written, a parameter, a column set to its parameter, a column
 * read back. */
#define SQL_COLUMN(name) ", " #name
#define SQL_PARAMETER(name) ", :" #name
#define SQL_SET(name) ", " #name " = :" #name
#define SQL_SELECTED(name) ", a." #name
#define SQL_UNREAD(name) ", NULL"

/* The row id of the article :article (its sha256). */
#define ARTICLE_ID "(SELECT id FROM articles WHERE sha256 = :article)"

/* An annotation read back, in the order of enum annotation_column: its
 * uuid, its article's sha256 in place of the row id, its columns, then how
 * to find the tags: either SELECT_TAG_NAMES or the row id of the
 * annotation, for a listing, which reads the links to the tags alongside
 * (struct tag_cursor) and looks their names up in memory (struct
 * tag_room): that costs less than a subquery row by row. */
#define SELECT_ANNOTATION \
	"SELECT a.uuid, art.sha256" ANNOTATION_COLUMNS(SQL_SELECTED) ", a.revision, "

/* The names of an annotation's tags, one per line. */
#define SELECT_TAG_NAMES \
	"(SELECT group_concat(t.name, char(10)) FROM annotation_tags x " \
	"  JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) "

/* The columns of a correction's history, in the order of struct
 * correction_event. */
#define HISTORY_COLUMNS \
	"h.annotation, h.at, h.who, h.action, h.old_status, h.new_status, " \
	"h.old_replacement, h.new_replacement, h.reason, h.place"

/* An update of the annotation :uuid made from its revision :revision
 * (NULL: from whatever is stored, as an import's merge, which read it in
 * the same transaction). */
#define WHERE_REVISION " WHERE uuid = :uuid AND (:revision IS NULL OR revision = :revision)"

/* The annotations with their articles. */
#define FROM_ANNOTATIONS "FROM annotations a JOIN articles art ON art.id = a.article_id "

/* The latest of reviewer's dismissals and their withdrawals of the
 * annotation uuid (SQL expressions): 'dismissed', 'undismissed' or NULL. */
#define LATEST_DISMISSAL(uuid, reviewer) \
	"(SELECT d.decision FROM decisions d WHERE d.annotation = " uuid " " \
	"  AND d.reviewer = " reviewer " AND (d.decision = 'dismissed' " \
	"  OR d.decision = 'undismissed') ORDER BY d.at DESC, d.id DESC LIMIT 1)"

/* The filters of a listing (struct store_query), NULL matching all. */
#define QUERY_FILTERS \
	"AND (:kind IS NULL OR a.kind = :kind) " \
	"AND (:tag IS NULL OR EXISTS (SELECT 1 FROM annotation_tags x JOIN tags t " \
	"  ON t.id = x.tag_id WHERE x.annotation_id = a.id AND t.name = :tag)) " \
	"AND (:author IS NULL OR a.author = :author) " \
	"AND (:status IS NULL OR a.claim_status = :status OR a.correction_status = :status) " \
	"AND (:anchor IS NULL OR a.anchor = :anchor) " \
	"AND (:grep IS NULL OR instr(lower(a.exact), lower(:grep)) " \
	"  OR instr(lower(coalesce(a.note, '')), lower(:grep)) " \
	"  OR instr(lower(coalesce(a.replacement, '')), lower(:grep))) " \
	"AND (:include_deleted OR a.deleted = 0) " \
	"AND (:hidden_for IS NULL OR " \
	"  coalesce(" LATEST_DISMISSAL("a.uuid", ":hidden_for") ", '') != 'dismissed') "

/* The article columns read back by the article queries. */
#define SELECT_ARTICLE \
	"SELECT art.sha256, art.title, art.source, art.url, art.published, art.language, " \
	"art.path, art.first_opened, art.last_opened, art.paragraphs, " \
	"(SELECT count(*) FROM annotations x WHERE x.article_id = art.id AND x.deleted = 0), " \
	"art.pending, art.meta_id, art.layout "

/* Every statement, with named parameters (":uuid"), bound by name
 * (store_param): never built from data. */
static const char *const statement_sql[ST_COUNT] = {
	[ST_ARTICLE_UPSERT] =
		"INSERT INTO articles (sha256, title, source, url, published, language, meta_id, "
		"path, first_opened, last_opened, paragraphs, text, layout) "
		"VALUES (:sha256, :title, :source, :url, :published, :language, :meta_id, :path, "
		":now, :now, :paragraphs, :text, :layout) "
		"ON CONFLICT (sha256) DO UPDATE SET title = excluded.title, "
		"source = excluded.source, url = excluded.url, published = excluded.published, "
		"language = excluded.language, meta_id = excluded.meta_id, "
		"path = coalesce(excluded.path, path), "
		"last_opened = excluded.last_opened, paragraphs = excluded.paragraphs, "
		"layout = coalesce(excluded.layout, layout), "
		"text = CASE WHEN pending THEN excluded.text ELSE text END, pending = 0",
	/* the url and the id, where both have them, must agree; a NULL key
	 * matches nothing */
	[ST_ARTICLE_REVISION_OF] =
		SELECT_ARTICLE ", art.text, "
		"CASE WHEN art.path = :path THEN 0 WHEN art.url = :url THEN 1 ELSE 2 END "
		"FROM articles art "
		"WHERE art.sha256 != :sha256 AND NOT art.pending "
		"AND (art.path = :path OR art.url = :url OR art.meta_id = :meta_id) "
		"AND (:url IS NULL OR art.url IS NULL OR art.url = :url) "
		"AND (:meta_id IS NULL OR art.meta_id IS NULL OR art.meta_id = :meta_id) "
		"AND EXISTS (SELECT 1 FROM annotations x WHERE x.article_id = art.id) "
		"ORDER BY art.last_opened DESC, art.id DESC LIMIT 1",
	[ST_ARTICLE_FORGET_PATH] =
		"UPDATE articles SET path = NULL WHERE sha256 = :sha256 AND path = :path",
	[ST_ARTICLE_GET] = SELECT_ARTICLE "FROM articles art WHERE art.sha256 = :sha256",
	[ST_ARTICLE_STATE] = "SELECT pending FROM articles WHERE sha256 = :sha256",
	[ST_ARTICLE_LIST] = SELECT_ARTICLE "FROM articles art ORDER BY art.last_opened DESC, art.sha256",
	[ST_ARTICLE_LIST_BY_SHA] = SELECT_ARTICLE "FROM articles art ORDER BY art.sha256",
	[ST_ARTICLE_PUT] =
		"INSERT INTO articles (sha256, title, source, url, published, language, meta_id, "
		"path, first_opened, last_opened, paragraphs, text, pending) "
		"VALUES (:sha256, :title, :source, :url, :published, :language, :meta_id, NULL, "
		":now, :now, :paragraphs, coalesce(:text, ''), :text IS NULL) "
		"ON CONFLICT (sha256) DO UPDATE SET "
		"text = CASE WHEN pending AND :text IS NOT NULL THEN :text ELSE text END, "
		"pending = pending AND :text IS NULL",
	[ST_ARTICLE_TEXT] = "SELECT text, pending FROM articles WHERE sha256 = :sha256",
	/* the same text first, then the last opened at the path, then by
	 * url or id; a NULL key matches nothing */
	[ST_ARTICLE_LAYOUT] =
		"SELECT layout FROM articles "
		"WHERE layout IS NOT NULL AND NOT pending AND (sha256 = :sha256 OR path = :path "
		"OR url = :url OR meta_id = :meta_id) "
		"ORDER BY sha256 = :sha256 DESC, coalesce(path = :path, 0) DESC, "
		"coalesce(url = :url, 0) DESC, last_opened DESC, id DESC LIMIT 1",
	/* the same text first, then the last opened at the path (a URL for a
	 * page), then by url or id, pending ones too */
	[ST_ARTICLE_FIND] =
		"SELECT sha256 FROM articles "
		"WHERE sha256 = :sha256 OR path = :path OR url = :url OR meta_id = :meta_id "
		"ORDER BY sha256 = :sha256 DESC, coalesce(path = :path, 0) DESC, "
		"coalesce(url = :url, 0) DESC, last_opened DESC, id DESC LIMIT 1",
	[ST_ARTICLE_PREFIX] = "SELECT sha256 FROM articles "
		"WHERE sha256 >= :prefix AND sha256 < :prefix || char(1114111) "
		"ORDER BY sha256 LIMIT :limit",
	/* an article and its other revisions: the stored articles that share
	 * its path, url or id (a NULL shares nothing), the article first */
	[ST_ARTICLE_LINKED] =
		"SELECT o.sha256 FROM articles a JOIN articles o ON o.id = a.id "
		"OR o.path = a.path OR o.url = a.url OR o.meta_id = a.meta_id "
		"WHERE a.sha256 = :article ORDER BY o.id = a.id DESC, o.last_opened DESC, o.id",
	/* what hangs on an article, before the article itself */
	[ST_FORGET_DECISIONS] = "DELETE FROM decisions WHERE article = :article OR annotation IN "
		"(SELECT uuid FROM annotations WHERE article_id = " ARTICLE_ID ")",
	[ST_FORGET_HISTORY] = "DELETE FROM correction_history WHERE annotation IN "
		"(SELECT uuid FROM annotations WHERE article_id = " ARTICLE_ID ")",
	[ST_FORGET_TAG_LINKS] = "DELETE FROM annotation_tags WHERE annotation_id IN "
		"(SELECT id FROM annotations WHERE article_id = " ARTICLE_ID ")",
	[ST_FORGET_ANNOTATIONS] = "DELETE FROM annotations WHERE article_id = " ARTICLE_ID,
	[ST_FORGET_ARTICLE] = "DELETE FROM articles WHERE sha256 = :article",
	[ST_ANNOTATION_INSERT] =
		"INSERT INTO annotations (uuid, article_id" ANNOTATION_COLUMNS(SQL_COLUMN) ") "
		"VALUES (:uuid, " ARTICLE_ID ANNOTATION_COLUMNS(SQL_PARAMETER) ")",
	[ST_ANNOTATION_UPDATE] =
		"UPDATE annotations SET article_id = " ARTICLE_ID ANNOTATION_COLUMNS(SQL_SET)
		", revision = revision + 1" WHERE_REVISION,
	[ST_ANNOTATION_MOVE] =
		"UPDATE annotations SET article_id = " ARTICLE_ID ANCHOR_COLUMNS(SQL_SET)
		", revision = revision + 1" WHERE_REVISION,
	[ST_ANNOTATION_DELETED] =
		"UPDATE annotations SET deleted = :deleted, modified = :modified, "
		"revision = revision + 1" WHERE_REVISION,
	[ST_ANNOTATION_REVISION] = "SELECT revision FROM annotations WHERE uuid = :uuid",
	[ST_ANNOTATION_GET] =
		SELECT_ANNOTATION SELECT_TAG_NAMES FROM_ANNOTATIONS "WHERE a.uuid = :uuid",
	/* what a merge compares (store_annotation_says): no anchor, the
	 * rest as SELECT_ANNOTATION has it */
	[ST_ANNOTATION_SAYS] =
		"SELECT a.uuid, art.sha256, a.kind" ANCHOR_COLUMNS(SQL_UNREAD)
		SAYING_COLUMNS(SQL_SELECTED) ", a.revision, " SELECT_TAG_NAMES FROM_ANNOTATIONS
		"WHERE a.uuid = :uuid",
	[ST_ANNOTATION_EXISTS] = "SELECT 1 FROM annotations WHERE uuid = :uuid",
	[ST_LIST_ARTICLE] = SELECT_ANNOTATION "a.id " FROM_ANNOTATIONS
		"WHERE a.article_id = " ARTICLE_ID " " QUERY_FILTERS
		"ORDER BY a.start, a.uuid",
	[ST_LIST_ALL] = SELECT_ANNOTATION "a.id " FROM_ANNOTATIONS
		"WHERE :article IS NULL " QUERY_FILTERS
		"ORDER BY art.sha256, a.start, a.uuid",
	[ST_TAGS_CLEAR] = ("DELETE FROM annotation_tags WHERE annotation_id = "
			   "(SELECT id FROM annotations WHERE uuid = :uuid)"),
	[ST_TAG_ADD] = "INSERT OR IGNORE INTO tags (name) VALUES (:name)",
	[ST_TAG_ID] = "SELECT id FROM tags WHERE name = :name",
	[ST_TAG_LINK] =
		"INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
		"VALUES (:annotation, :tag)",
	[ST_ANNOTATION_ROW] = "SELECT id FROM annotations WHERE uuid = :uuid",
	[ST_TAG_NAMES] = "SELECT id, name FROM tags ORDER BY id",
	[ST_TAGS_IN_USE] = "SELECT name FROM tags ORDER BY name",
	[ST_SET_ACTOR] = "UPDATE temp.change_context SET who = :who",
	[ST_SET_REASON] = "UPDATE temp.change_context SET reason = :reason",
	[ST_HISTORY_OF] = "SELECT " HISTORY_COLUMNS " FROM correction_history h "
		"WHERE h.annotation = :uuid ORDER BY h.id",
	[ST_HISTORY_OF_ARTICLE] = "SELECT " HISTORY_COLUMNS " FROM correction_history h "
		"JOIN annotations a ON a.uuid = h.annotation "
		"WHERE :article IS NULL OR a.article_id = " ARTICLE_ID " "
		"ORDER BY a.article_id, a.start, h.annotation, h.id",
	[ST_SET_PLACE] = "UPDATE temp.change_context SET place = :place",
	[ST_CORRECTION_OVERLAP] = "SELECT a.uuid FROM annotations a "
		"WHERE a.article_id = " ARTICLE_ID " AND a.kind = 'correction' AND a.deleted = 0 "
		"AND a.start < :end AND a.end > :start AND a.uuid IS NOT :except "
		"AND (:status IS NULL OR a.correction_status = :status) "
		"ORDER BY a.start, a.uuid LIMIT 1",
	/* the ids that start with :prefix: from it, and below it followed by
	 * the last code point, so that the index finds them */
	[ST_ID_PREFIX] = "SELECT uuid FROM annotations "
		"WHERE uuid >= :prefix AND uuid < :prefix || char(1114111) "
		"ORDER BY uuid LIMIT :limit",
	[ST_ID_ALL] = "SELECT uuid FROM annotations ORDER BY uuid",
	[ST_DATA_VERSION] = "PRAGMA data_version",
	/* under the article its annotation hangs on now, when it is stored */
	[ST_DECISION_ADD] = "INSERT OR IGNORE INTO decisions (annotation, article, reviewer, "
		"decision, at, version, reason, place, replacement) VALUES (:uuid, "
		"coalesce((SELECT art.sha256 FROM annotations a JOIN articles art "
		"ON art.id = a.article_id WHERE a.uuid = :uuid), :article), :reviewer, "
		":decision, :at, :version, :reason, :place, :replacement)",
	[ST_DECISION_LIST] = "SELECT annotation, article, reviewer, decision, at, version, "
		"reason, place, replacement FROM decisions "
		"WHERE (:article IS NULL OR article = :article) "
		"AND (:reviewer IS NULL OR reviewer = :reviewer) ORDER BY annotation, at, id",
	/* the latest first: the first on the current version stands */
	[ST_DECISIONS_ON] = "SELECT reviewer, decision, at, version, reason, place, replacement "
		"FROM decisions "
		"WHERE annotation = :uuid ORDER BY at DESC, id DESC",
	/* a status derived, not an edit: modified is kept */
	/* a status derived, not an edit: modified is kept; a reviewer's words
	 * (:words) stand in replacement with the author's kept in proposed,
	 * or (NULL) the author's are back */
	[ST_DECISION_STATUS] = "UPDATE annotations SET correction_status = :correction_status, "
		"reviewed_by = :reviewed_by, reviewed_at = :reviewed_at, "
		"replacement = coalesce(:words, proposed, replacement), "
		"proposed = CASE WHEN :words IS NULL THEN NULL "
		"ELSE coalesce(proposed, replacement) END WHERE uuid = :uuid",
	[ST_ACTOR] = "SELECT who FROM temp.change_context",
	[ST_DISMISSED_BY] = "SELECT " LATEST_DISMISSAL(":uuid", ":reviewer") " = 'dismissed'",
	/* the time of a new dismissal (or its withdrawal): now, or a second
	 * after the reviewer's latest one when that is not earlier, so that
	 * the new one is a row of its own and the latest */
	[ST_DISMISSAL_AT] = "SELECT max(:now, coalesce((SELECT strftime('%Y-%m-%dT%H:%M:%SZ', "
		"max(at), '+1 second') FROM decisions WHERE annotation = :uuid "
		"AND reviewer = :reviewer AND (decision = 'dismissed' OR decision = 'undismissed')), "
		":now))",
	[ST_REVIEW_AT] = "SELECT max(:now, coalesce((SELECT strftime('%Y-%m-%dT%H:%M:%SZ', "
		"max(at), '+1 second') FROM decisions WHERE annotation = :uuid "
		"AND reviewer = :reviewer AND decision <> 'dismissed' AND decision <> 'undismissed'), "
		":now))",
	/* the dismissals that stand, each reviewer's latest */
	[ST_DISMISSALS] = "SELECT d.reviewer, d.reason, d.at FROM decisions d "
		"WHERE d.annotation = :uuid AND d.decision = 'dismissed' AND d.id = ("
		"SELECT e.id FROM decisions e WHERE e.annotation = d.annotation "
		"AND e.reviewer = d.reviewer AND (e.decision = 'dismissed' "
		"OR e.decision = 'undismissed') ORDER BY e.at DESC, e.id DESC LIMIT 1) "
		"ORDER BY d.at, d.id",
	[ST_SET_AT] = "UPDATE temp.change_context SET at = :at",
};

char *store_default_path(void)
{
	const char *db = getenv("TANDA_DB"), *data = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	struct strbuf path = STRBUF_INIT;

	if (db != NULL && db[0] != '\0')
		return strdup(db);
	if (data == NULL || data[0] != '/')
		data = NULL;
	if (home == NULL)
		home = "";
	if (data != NULL)
		strbuf_addf(&path, "%s/tanda/tanda.db", data);
	else
		strbuf_addf(&path, "%s/.local/share/tanda/tanda.db", home);
	return strbuf_detach(&path, NULL);
}

const char *store_path(const struct store *store)
{
	return store->path;
}

/* The prepared statement id, prepared on first use; NULL on failure (with
 * err filled). */
#ifndef NDEBUG
/* Whether every parameter of stmt has a name (":uuid", bound by
 * store_param), none a position ("?"). */
static int parameters_named(sqlite3_stmt *stmt)
{
	int i, count = sqlite3_bind_parameter_count(stmt);

	for (i = 1; i <= count; i++) {
		const char *name = sqlite3_bind_parameter_name(stmt, i);

		if (name == NULL || name[0] != ':')
			return 0;
	}
	return 1;
}
#endif

sqlite3_stmt *store_statement(struct store *store, enum statement id, struct tanda_error *err)
{
	sqlite3_stmt **slot;
	int rc;

	assert(id >= 0 && id < ST_COUNT);
	slot = &store->statements[id];
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
	assert(parameters_named(*slot));
	return *slot;
}

/* Fail with the database's error for rc while doing. */
enum tanda_status store_fail(struct store *store, int rc, const char *doing,
			     struct tanda_error *err)
{
	return schema_fail(store->db, rc, store->path, doing, err);
}

/* Create the database file 0600 when it does not exist yet. */
static enum tanda_status create_file(const char *path, struct tanda_error *err)
{
	int fd;

	if (access(path, F_OK) == 0)
		return TANDA_OK;
	if (outfile_make_parents(path) != 0)
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

	for (tries = 0; tries < STORE_BUSY_TIMEOUT_MS / 10; tries++) {
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
		if ((rc & 0xFF) != SQLITE_BUSY && (rc & 0xFF) != SQLITE_LOCKED)
			return rc;
		nanosleep(&pause, NULL);
	}
	return rc;
}

/* Set the connection up: a busy timeout, foreign keys, WAL, FULL sync,
 * and temporary storage in memory: every statement of a transaction that
 * could fail halfway keeps the pages it changes in a statement journal,
 * and once one statement's outgrows 64 KiB SQLite moves it to a temporary
 * file for the rest of the transaction, where each later row then costs
 * a few writes (an import of 100,000 annotations made half a million:
 * `make bench`, hostile-paragraph-100k).  A statement's journal is only
 * the pages it changes, freed when it ends.  A page cache of 16 MiB
 * (SQLite's default is 2 MiB) keeps most of a large store's b-tree pages
 * once read: a sync of 50 sets of 2,000 annotations looks each one up by
 * uuid, and with the default cache most lookups went back to the file
 * (about 89,000 reads; `make bench`, sync-50x2000).  The cache grows only
 * as pages are read, so a small store costs no more. */
static enum tanda_status configure(struct store *store, struct tanda_error *err)
{
	static const char setup[] =
		"PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
		"PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;";
	int rc;

	sqlite3_extended_result_codes(store->db, 1);
	if (sqlite3_db_readonly(store->db, "main") == 1)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: the database cannot be written",
				  store->path);
	rc = exec_patiently(store->db, setup);
	return rc == SQLITE_OK ? TANDA_OK : store_fail(store, rc, "cannot set the database up", err);
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

enum tanda_status store_check_path(const char *path, enum tanda_status status,
				   struct tanda_error *err)
{
	struct stat st;

	if (stat(path, &st) != 0 || S_ISREG(st.st_mode))
		return TANDA_OK;	/* nothing there (created), or a file */
	return tanda_fail(err, status, "%s: is %s, not a database file", path,
			  source_file_kind(st.st_mode));
}

enum tanda_status store_open(const char *path, struct store **out, struct tanda_error *err)
{
	struct store *store = calloc(1, sizeof *store);
	enum tanda_status status;
	int version, rc;

	*out = NULL;
	if (store != NULL)
		store->data_version = -1;
	if (store == NULL || (store->path = strdup(path)) == NULL) {
		free(store);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	status = store_check_path(path, TANDA_ECANTCREATE, err);
	if (status == TANDA_OK)
		status = create_file(path, err);
	if (status == TANDA_OK) {
		/* one thread per connection: no per-call locking */
		rc = sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				     NULL);
		/* wait for other writers from the very first read on */
		sqlite3_busy_timeout(store->db, STORE_BUSY_TIMEOUT_MS);
		if (rc != SQLITE_OK)
			status = store_fail(store, rc, "cannot open the database", err);
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
		status = store_fail(store, rc, "cannot prepare the database", err);
	if (status == TANDA_ECANTCREATE)
		explain_unwritable(path, err);
	if (status != TANDA_OK) {
		store_close(store);
		return status;
	}
	*out = store;
	return TANDA_OK;
}

enum tanda_status store_changed_elsewhere(struct store *store, int *changed,
					  struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_DATA_VERSION, err);
	long long version;
	int rc;

	*changed = 0;
	if (stmt == NULL)
		return err->status;
	rc = sqlite3_step(stmt);
	version = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW)
		return store_fail(store, rc, "cannot read the database's version", err);
	*changed = store->data_version >= 0 && version != store->data_version;
	store->data_version = version;
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
 * read ("... unable to get the page. error code=266", or of the free
 * pages' list "failed to get page 18", which says no code), which it
 * reports as a finding, not as an error, and which is an I/O error, not
 * damage; or damage (TANDA_EDATA). */
static enum tanda_status check_result(struct store *store, const char *result,
				      struct tanda_error *err)
{
	const char *code = strstr(result, "error code=");
	int rc = code ? atoi(code + strlen("error code=")) : 0;
	char *c;

	if (strcmp(result, "ok") == 0)
		return TANDA_OK;
	if (code == NULL && strstr(result, "failed to get page") != NULL)
		rc = SQLITE_IOERR;	/* a free page unread */
	if ((rc & 0xFF) == SQLITE_IOERR)
		return tanda_fail(err, TANDA_EIO, "%s: cannot check the database: %s", store->path,
				  sqlite3_errstr(rc));
	tanda_fail(err, TANDA_EDATA, "%s: the database is damaged: %.200s; `tanda doctor --db %s` "
		   "says more", store->path, result, store->path);
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
		status = store_fail(store, rc, "cannot check the database", err);
	sqlite3_finalize(stmt);
	if (status == TANDA_OK)
		store->checked = 1;
	return status;
}

enum tanda_status store_begin(struct store *store, struct tanda_error *err)
{
	enum tanda_status status;
	int rc;

	assert(store->depth >= 0);
	if (store->readonly)	/* a verb that reads asked to write: a bug */
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: opened for reading only",
				  store->path);
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
	return store_fail(store, rc, "cannot start writing", err);
}

enum tanda_status store_commit(struct store *store, struct tanda_error *err)
{
	int rc;

	assert(store->depth > 0);	/* a commit closes a store_begin */
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
	store_fail(store, rc, rc == SQLITE_IOERR_FSYNC ? "cannot make sure it was saved (written, "
		   "not synced: kept whole or not at all)" : "cannot save (nothing was written)", err);
	store_rollback(store);
	return err ? err->status : TANDA_EIO;
}

void store_rollback(struct store *store)
{
	assert(store->depth >= 0);	/* 0: after a failed commit, a no-op */
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
enum tanda_status store_write_end(struct store *store, enum tanda_status status,
				  struct tanda_error *err)
{
	if (status != TANDA_OK) {
		store_rollback(store);
		return status;
	}
	return store_commit(store, err);
}

enum tanda_status store_run_text(struct store *store, enum statement id, const char *name,
				 const char *value, const char *doing, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, id, err);

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, name, value);
	return store_run(store, stmt, doing, err);
}

/* Step stmt to completion; TANDA_OK or a failure while doing. */
enum tanda_status store_run(struct store *store, sqlite3_stmt *stmt, const char *doing,
			    struct tanda_error *err)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return TANDA_OK;
	return store_fail(store, rc, doing, err);
}
