/*
 * test-faults.c - the store under I/O errors.  Three operations —
 * creating annotations (in a new database and in one that has some),
 * importing two annotation sets, and migrating a schema 1 or 2 database —
 * run again and again through the fault VFS (faultvfs.h), the Nth of
 * their file calls failing for N = 1, 2, ... until one runs to its end
 * before the Nth: with SQLITE_FULL on writes and with SQLITE_IOERR on
 * every counted call, each once ("one-shot") and from then on
 * ("persistent"), as SQLite's own test/ioerr.test does.
 *
 * After each run the operation has either succeeded or failed with a
 * status and a message naming the database; then, with the faults off,
 * the database passes integrity_check, opens with store_open, and holds
 * exactly the transactions the operation reported committed, each all or
 * nothing: its snapshot (schema version, schema, rows per table, then
 * the articles and annotations through the store) is the one a run
 * without faults had after as many transactions.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "anchor.h"
#include "article.h"
#include "faultvfs.h"
#include "fixture.h"
#include "schema.h"
#include "store.h"
#include "yaml-import.h"

/* The most transactions an operation reports committed. */
#define MAX_STEPS 8

/* The most faults one sweep tries before calling the operation endless. */
#define MAX_FAULTS 100000

struct world;

/* One operation under faults: the database it starts from, made at path
 * with the faults off, and the operation itself on w->work, which opens
 * its store into *store (closed by the caller, even on failure) and
 * calls step(w) after each transaction it saw committed. */
struct operation {
	const char *name;
	void (*prepare)(struct world *w, const char *path);
	enum tanda_status (*run)(struct world *w, struct store **store, struct tanda_error *err);
};

/* The faults of one sweep (fault_plan without the N). */
struct fault {
	const char *name;
	unsigned calls;
	int code;
	int persist;
};

/* An operation under one kind of fault: a cmocka test. */
struct sweep {
	const struct operation *operation;
	const struct fault *fault;
	char name[128];
};

/* A sweep's folder and databases, the article, the expected snapshots. */
struct world {
	const struct sweep *sweep;
	struct faultvfs *vfs;
	char dir[64];
	char base[128];		/* the database each run starts from */
	char work[128];		/* the database a run works on */
	char scratch[128];	/* a copy of base, for its snapshot */
	struct article *article;
	int reference;		/* the run without faults: snapshot each step */
	size_t steps;		/* transactions reported committed so far */
	size_t total;		/* ... by the run without faults */
	char *expected[MAX_STEPS + 1];	/* the database after 0, 1... of them */
	char context[1024];	/* which run, for messages */
	unsigned long failed_runs, absorbed;	/* faults failing the operation, or not */
	unsigned long kept;	/* failed commits found whole afterwards */
};

/* A string that grows. */
struct text {
	char *s;
	size_t len, cap;
};

/* Append a formatted line part to t. */
__attribute__((format(printf, 2, 3)))
static void text_add(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	if (t->len + (size_t)n + 1 > t->cap) {
		size_t cap = (t->len + (size_t)n + 1) * 2;
		char *s = realloc(t->s, cap);

		assert_non_null(s);
		t->s = s;
		t->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
	va_end(ap);
	t->len += (size_t)n;
}

/* s, or "-" for none. */
static const char *or_none(const char *s)
{
	return s != NULL ? s : "-";
}

/* Copy the file from to the file to (created or emptied); 0 on success. */
static int copy_file(const char *from, const char *to)
{
	char buf[65536];
	int in = open(from, O_RDONLY | O_CLOEXEC), out = -1, rc = -1;
	ssize_t n;

	if (in >= 0)
		out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	while (out >= 0 && (n = read(in, buf, sizeof buf)) >= 0) {
		if (n == 0) {
			rc = 0;
			break;
		}
		if (write(out, buf, (size_t)n) != n)
			break;
	}
	if (out >= 0 && close(out) != 0)
		rc = -1;
	if (in >= 0)
		close(in);
	return rc;
}

/* Remove the database at path with its -wal, -shm and -journal. */
static void remove_database(const char *path)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	char name[160];
	size_t i;

	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		snprintf(name, sizeof name, "%s%s", path, suffixes[i]);
		unlink(name);
	}
}

/* Make to a copy of the closed database from (one file: no -wal left). */
static void copy_database(const char *from, const char *to)
{
	char wal[160];

	snprintf(wal, sizeof wal, "%s-wal", from);
	assert_int_not_equal(access(wal, F_OK), 0);
	remove_database(to);
	assert_int_equal(copy_file(from, to), 0);
}

/* Run sql on the database at path through a connection of its own. */
static void raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	char *why = NULL;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	if (sqlite3_exec(db, sql, NULL, NULL, &why) != SQLITE_OK)
		fail_msg("%s: %s: %s", path, sql, why);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* --- snapshots ------------------------------------------------------------ */

/* The row counts of every table a version of the schema has; a table
 * the database does not have is left out (the schema lines tell). */
static const char *const count_rows_sql[] = {
	"SELECT 'articles', count(*) FROM articles",
	"SELECT 'annotations', count(*) FROM annotations",
	"SELECT 'tags', count(*) FROM tags",
	"SELECT 'annotation_tags', count(*) FROM annotation_tags",
	"SELECT 'correction_history', count(*) FROM correction_history",
};

/* Add each row of sql's result on db to t, a line of its columns. */
static void add_rows(struct world *w, sqlite3 *db, const char *sql, int optional, struct text *t)
{
	sqlite3_stmt *stmt;
	int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), i;

	if (rc != SQLITE_OK && optional)
		return;
	if (rc != SQLITE_OK)
		fail_msg("%s: %s: %s", w->context, sql, sqlite3_errmsg(db));
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		for (i = 0; i < sqlite3_column_count(stmt); i++)
			text_add(t, "%s%s", i ? " | " : "",
				 or_none((const char *)sqlite3_column_text(stmt, i)));
		text_add(t, "\n");
	}
	if (rc != SQLITE_DONE)
		fail_msg("%s: %s: %s", w->context, sql, sqlite3_errmsg(db));
	sqlite3_finalize(stmt);
}

/* Check the database at path with integrity_check and add what SQLite
 * itself says of it to t: the schema version, the schema, the rows. */
static void add_raw(struct world *w, const char *path, struct text *t)
{
	sqlite3 *db;
	struct text check = { 0 };
	size_t i;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		fail_msg("%s: cannot open %s: %s", w->context, path, sqlite3_errmsg(db));
	add_rows(w, db, "PRAGMA integrity_check", 0, &check);
	if (check.s == NULL || strcmp(check.s, "ok\n") != 0)
		fail_msg("%s: integrity_check: %s", w->context, or_none(check.s));
	free(check.s);
	add_rows(w, db, "PRAGMA user_version", 0, t);
	add_rows(w, db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name",
		 0, t);
	for (i = 0; i < sizeof count_rows_sql / sizeof count_rows_sql[0]; i++)
		add_rows(w, db, count_rows_sql[i], 1, t);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* The store's listing callback: an annotation as a line of t. */
static int add_annotation(void *context, const struct annotation *a)
{
	const struct anchor *an = &a->anchor;
	struct text *t = context;
	size_t i;

	text_add(t, "%s %.12s %s [%s|%s|%s] %llu-%llu p%u %llu-%llu %s %.3f %s | ", a->id, a->article,
		 annotation_kind_names[a->kind], an->exact, or_none(an->prefix),
		 or_none(an->suffix), (unsigned long long)an->start, (unsigned long long)an->end,
		 an->paragraph, (unsigned long long)an->para_start,
		 (unsigned long long)an->para_end, anchor_state_names[an->state], an->score,
		 or_none(an->old_exact));
	text_add(t, "%s %s %s %s %s %s %s %s %s | %s %s %s %d |", or_none(a->note),
		 or_none(a->color), or_none(a->speaker), or_none(claim_status_names[a->claim]),
		 or_none(a->replacement), or_none(correction_kind_names[a->correction_kind]),
		 or_none(correction_status_names[a->correction_status]), or_none(a->reviewed_by),
		 a->reviewed_at, or_none(a->author), a->created, a->modified, a->deleted);
	for (i = 0; i < a->ntags; i++)
		text_add(t, " %s", a->tags[i]);
	text_add(t, "\n");
	return 0;
}

/* The store's article callback: an article (not its times of opening)
 * as a line of the struct text. */
static int add_article(void *context, const struct store_article *a)
{
	text_add(context, "article %s %s %s %s %s %s %zu paragraphs, %zu annotations%s\n",
		 a->sha256, or_none(a->title), or_none(a->source), or_none(a->url),
		 or_none(a->published), or_none(a->language), a->paragraphs, a->annotations,
		 a->pending ? ", pending" : "");
	return 0;
}

/* Open the database at path with store_open, which must work, and add
 * its articles and every annotation, deleted or not, to t. */
static void add_stored(struct world *w, const char *path, struct text *t)
{
	struct store *store;
	struct store_query query;
	struct tanda_error err;

	if (store_open(path, &store, &err) != TANDA_OK)
		fail_msg("%s: store_open after the fault: %s", w->context, err.message);
	if (store_article_list(store, STORE_BY_SHA256, add_article, t, &err) != TANDA_OK)
		fail_msg("%s: listing the articles: %s", w->context, err.message);
	store_query_init(&query);
	query.include_deleted = 1;
	if (store_annotation_list(store, &query, add_annotation, t, &err) != TANDA_OK)
		fail_msg("%s: listing the annotations: %s", w->context, err.message);
	store_close(store);
}

/* What the database at path holds, as text (caller frees); read raw
 * first, since store_open may migrate it. */
static char *snapshot(struct world *w, const char *path)
{
	struct text t = { 0 };

	add_raw(w, path, &t);
	text_add(&t, "--- through the store\n");
	add_stored(w, path, &t);
	return t.s;
}

/* Fail, showing the first line where the snapshot got differs from
 * the one expected. */
static void differs(const struct world *w, const char *expected, const char *got)
{
	const char *e = expected, *g = got;

	while (*e != '\0' && *e == *g) {
		const char *end = strchr(e, '\n');
		size_t n = end ? (size_t)(end - e) + 1 : strlen(e);

		if (strncmp(e, g, n) != 0)
			break;
		e += n;
		g += n;
	}
	fail_msg("%s (after %zu of %zu transactions): the database differs from what was "
		 "committed:\nexpected: %.*s\ngot:      %.*s", w->context, w->steps, w->total,
		 (int)strcspn(e, "\n"), e, (int)strcspn(g, "\n"), g);
}

/* --- the databases the operations start from ------------------------------ */

/* The annotations the operations add, in order. */
static const struct new_annotation {
	enum annotation_kind kind;
	const char *exact;
	const char *note;
	const char *tag;
} new_annotations[] = {
	{ KIND_HIGHLIGHT, "Hujan deras", NULL, NULL },
	{ KIND_NOTE, "Sungai Deli", "naik atau meluap?", "needs-source" },
	{ KIND_CORRECTION, "hari Jumat", NULL, "date-error" },
	{ KIND_CLAIM, "satu meter", NULL, NULL },
	{ KIND_QUOTE, "kata petugas", NULL, "quote" },
	{ KIND_NOTE, "tiga kecamatan", "berapa sekolah?", "brand-new-tag" },
};

/* Insert new_annotations[i] with the id and times made from series
 * and i, so that every run writes the same bytes. */
static enum tanda_status insert(struct world *w, struct store *store, int series, size_t i,
				struct tanda_error *err)
{
	const struct new_annotation *n = &new_annotations[i];
	struct annotation a;
	enum tanda_status status;
	size_t start, end;

	annotation_init(&a);
	assert_true(anchor_find(w->article, n->exact, 0, 1, &start, &end));
	assert_int_equal(anchor_make(w->article, start, end, &a.anchor, err), TANDA_OK);
	memcpy(a.article, article_sha256(w->article), sizeof a.article);
	snprintf(a.id, sizeof a.id, "%02x000000-0000-4000-8000-%012zu", series, i + 1);
	snprintf(a.created, sizeof a.created, "2026-11-26T09:%02zu:00Z", i);
	memcpy(a.modified, a.created, sizeof a.modified);
	a.kind = n->kind;
	if (n->kind == KIND_CORRECTION) {
		a.correction_kind = CORRECTION_DATE;
		a.correction_status = CORRECTION_PROPOSED;
		assert_int_equal(annotation_set(&a.replacement, "hari Sabtu"), 0);
	}
	if (n->kind == KIND_CLAIM)
		a.claim = CLAIM_UNVERIFIED;
	assert_int_equal(annotation_set(&a.note, n->note), 0);
	assert_int_equal(annotation_set(&a.author, "Penguji"), 0);
	if (n->tag != NULL)
		assert_int_equal(annotation_add_tag(&a, n->tag), 0);
	status = store_annotation_insert(store, &a, err);
	annotation_clear(&a);
	return status;
}

/* A database made by this tanda: the article and two annotations.  The
 * article was opened from another path, so that recording it again
 * always changes its row: rewriting a row with the same bytes (opened
 * again within the same second) writes nothing, and the number of calls
 * would depend on the clock. */
static void prepare_current(struct world *w, const char *path)
{
	struct store *store;
	struct tanda_error err;
	size_t i;

	remove_database(path);
	assert_int_equal(store_open(path, &store, &err), TANDA_OK);
	assert_int_equal(store_article_upsert(store, w->article, "earlier/import-article.txt", &err),
			 TANDA_OK);
	for (i = 0; i < 2; i++)
		assert_int_equal(insert(w, store, 0x0d, i, &err), TANDA_OK);
	store_close(store);
}

/* A new database: the empty file store_open makes before it opens one. */
static void prepare_empty(struct world *w, const char *path)
{
	(void)w;
	remove_database(path);
	assert_int_equal(copy_file("/dev/null", path), 0);
}

/* A database of the schema before the articles' layout, in WAL. */
static void prepare_before_layout(struct world *w, const char *path)
{
	char sql[128];

	if (sqlite3_libversion_number() < 3035000)
		skip();	/* no ALTER TABLE ... DROP COLUMN to go back with */
	prepare_current(w, path);
	snprintf(sql, sizeof sql, "ALTER TABLE articles DROP COLUMN layout; "
		 "PRAGMA user_version = %d;", SCHEMA_VERSION - 1);
	raw_exec(path, sql);
}

/* A database of schema 6 (before reopening, dismissing and a reviewer's
 * words in a decision), in WAL. */
static void prepare_v6(struct world *w, const char *path)
{
	prepare_before_layout(w, path);
	raw_exec(path, "DROP TRIGGER decisions_follow_insert; DROP TRIGGER decisions_follow_move; "
		 "ALTER TABLE annotations DROP COLUMN proposed; "
		 "ALTER TABLE decisions DROP COLUMN replacement; PRAGMA user_version = 6;");
}

/* A database of schema 5 (before the review decisions), in WAL. */
static void prepare_v5(struct world *w, const char *path)
{
	prepare_v6(w, path);
	raw_exec(path, "DROP INDEX decisions_by_article; DROP TABLE decisions; "
		 "PRAGMA user_version = 5;");
}

/* A database of schema 4 (before revisions and the front matter's id),
 * in WAL. */
static void prepare_v4(struct world *w, const char *path)
{
	if (sqlite3_libversion_number() < 3035000)
		skip();	/* no ALTER TABLE ... DROP COLUMN to go back with */
	prepare_v5(w, path);
	raw_exec(path, "DROP INDEX articles_by_url; DROP INDEX articles_by_meta_id; "
		 "ALTER TABLE annotations DROP COLUMN revision; "
		 "ALTER TABLE articles DROP COLUMN meta_id; "
		 "CREATE INDEX articles_by_title ON articles (title, source); "
		 "PRAGMA user_version = 4;");
}

/* A database of schema 3 (before the place a correction was published
 * to), in WAL. */
static void prepare_v3(struct world *w, const char *path)
{
	prepare_v4(w, path);
	raw_exec(path, "ALTER TABLE correction_history DROP COLUMN place; "
		 "PRAGMA user_version = 3;");
}

/* A database of schema 2 (before the corrections' history), in WAL. */
static void prepare_v2(struct world *w, const char *path)
{
	prepare_v3(w, path);
	raw_exec(path, "DROP TABLE correction_history; PRAGMA user_version = 2;");
}

/* A database of schema 1 (before pending articles), with a rollback
 * journal, so that opening it switches it to WAL as well. */
static void prepare_v1(struct world *w, const char *path)
{
	prepare_v2(w, path);
	raw_exec(path, "ALTER TABLE articles DROP COLUMN pending; PRAGMA user_version = 1; "
		 "PRAGMA journal_mode = DELETE;");
}

/* --- the operations ------------------------------------------------------- */

/* A transaction was reported committed: in the run without faults, keep
 * what the database holds now. */
static void step(struct world *w)
{
	w->steps++;
	assert_true(w->steps <= MAX_STEPS);
	if (w->reference)
		w->expected[w->steps] = snapshot(w, w->work);
}

/* Open the store (migrating, for an old database): the first transaction. */
static enum tanda_status open_store(struct world *w, struct store **store,
				    struct tanda_error *err)
{
	enum tanda_status status = store_open(w->work, store, err);

	if (status == TANDA_OK)
		step(w);
	return status;
}

/* Record the article and three annotations in one transaction, then add
 * three more one by one (each its own transaction). */
static enum tanda_status create_annotations(struct world *w, struct store **store,
					    struct tanda_error *err)
{
	enum tanda_status status = open_store(w, store, err);
	size_t i;

	if (status == TANDA_OK)
		status = store_begin(*store, err);
	if (status != TANDA_OK)
		return status;
	status = store_article_upsert(*store, w->article, "import-article.txt", err);
	for (i = 0; i < 3 && status == TANDA_OK; i++)
		status = insert(w, *store, 0x0c, i, err);
	if (status != TANDA_OK) {
		store_rollback(*store);
		return status;
	}
	if ((status = store_commit(*store, err)) != TANDA_OK)
		return status;
	step(w);
	for (; i < sizeof new_annotations / sizeof new_annotations[0]; i++) {
		if ((status = insert(w, *store, 0x0c, i, err)) != TANDA_OK)
			return status;
		step(w);
	}
	return TANDA_OK;
}

/* Import Ana's set (four annotations with the text), then Budi's (an
 * edit, a deletion, two of his own), each a transaction. */
static enum tanda_status import_sets(struct world *w, struct store **store,
				     struct tanda_error *err)
{
	static const char *const sets[] = { "import-ana.yaml", "import-budi.yaml" };
	struct yaml_import_options options;
	struct yaml_import_result result;
	enum tanda_status status = open_store(w, store, err);
	size_t i;

	yaml_import_options_init(&options);
	for (i = 0; i < sizeof sets / sizeof sets[0] && status == TANDA_OK; i++) {
		status = yaml_import_file(*store, fixture(sets[i]), &options, &result, err);
		if (status == TANDA_OK) {
			yaml_import_result_free(&result);
			step(w);
		}
	}
	return status;
}

/* --- the sweeps ----------------------------------------------------------- */

/* Run the operation without faults: the snapshots after each of its
 * transactions, and how many there are. */
static void reference(struct world *w)
{
	struct store *store = NULL;
	struct tanda_error err;
	enum tanda_status status;

	snprintf(w->context, sizeof w->context, "%s, without faults", w->sweep->name);
	tanda_error_clear(&err);
	copy_database(w->base, w->scratch);
	w->expected[0] = snapshot(w, w->scratch);
	copy_database(w->base, w->work);
	w->reference = 1;
	w->steps = 0;
	status = w->sweep->operation->run(w, &store, &err);
	if (status != TANDA_OK)
		fail_msg("%s: %s", w->context, err.message);
	store_close(store);
	w->reference = 0;
	w->total = w->steps;
}

/* Check the failure of a run: a status, and a one-line message naming
 * the database. */
static void check_failure(const struct world *w, enum tanda_status status,
			  const struct tanda_error *err)
{
	if (status != TANDA_EIO || err->status != status)
		fail_msg("%s: status %d, its error says %d (%s)", w->context, status, err->status,
			 err->message);
	if (strstr(err->message, w->work) == NULL || strchr(err->message, '\n') != NULL)
		fail_msg("%s: the message does not name the database in one line: %s", w->context,
			 err->message);
	if (w->sweep->fault->code == SQLITE_FULL && strstr(err->message, "full") == NULL)
		fail_msg("%s: the message does not say the disk is full", w->context);
}

/* Whether a run that failed syncing its commit left that transaction
 * whole, and said it might: a failed sync cannot tell whether the log it
 * was syncing is on the disk, and the next open finds it there if it is.
 * All of it or none, never part. */
static int kept_whole(struct world *w, enum tanda_status status, const struct tanda_error *err,
		      const char *now)
{
	if (status == TANDA_OK || faultvfs_first_failure(w->vfs) != FAULT_SYNC ||
	    w->steps >= w->total || strcmp(now, w->expected[w->steps + 1]) != 0)
		return 0;
	if (strstr(err->message, "nothing was") != NULL)
		fail_msg("%s: the transaction is there, whole, yet the message says it is not",
			 w->context);
	w->kept++;
	return 1;
}

/* Run the operation with the nth counted call failing and check the
 * database afterwards; 0 when the operation ran to its end first. */
static int run_with_fault(struct world *w, unsigned long nth)
{
	const struct fault *f = w->sweep->fault;
	const struct fault_plan plan = { f->calls, nth, f->code, f->persist };
	struct store *store = NULL;
	struct tanda_error err;
	enum tanda_status status;
	unsigned long failures;
	char *now;

	copy_database(w->base, w->work);
	w->steps = 0;
	tanda_error_clear(&err);
	faultvfs_arm(w->vfs, &plan);
	status = w->sweep->operation->run(w, &store, &err);
	store_close(store);
	failures = faultvfs_failures(w->vfs);
	faultvfs_disarm(w->vfs);
	snprintf(w->context, sizeof w->context, "%s, call %lu (%s) failing: %s", w->sweep->name, nth,
		 faultvfs_call_name(faultvfs_first_failure(w->vfs)),
		 status == TANDA_OK ? "succeeded" : err.message);
	if (status != TANDA_OK && failures == 0)
		fail_msg("%s: failed with no fault: %s", w->context, err.message);
	if (status != TANDA_OK)
		check_failure(w, status, &err);
	else if (w->steps != w->total)
		fail_msg("%s: succeeded after %zu of %zu transactions", w->context, w->steps,
			 w->total);
	now = snapshot(w, w->work);
	if (strcmp(now, w->expected[w->steps]) != 0 && !kept_whole(w, status, &err, now))
		differs(w, w->expected[w->steps], now);
	free(now);
	if (status != TANDA_OK)
		w->failed_runs++;
	else if (failures > 0)
		w->absorbed++;
	return failures > 0;
}

/* Make a sweep's world: a folder, its databases, the article. */
static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	struct article_options options;
	struct tanda_error err;

	assert_non_null(w);
	w->sweep = *state;
	assert_non_null(w->vfs = faultvfs_install());
	strcpy(w->dir, "/tmp/tanda-faults-XXXXXX");
	assert_non_null(mkdtemp(w->dir));
	snprintf(w->base, sizeof w->base, "%s/base.db", w->dir);
	snprintf(w->work, sizeof w->work, "%s/work.db", w->dir);
	snprintf(w->scratch, sizeof w->scratch, "%s/scratch.db", w->dir);
	article_options_default(&options);
	assert_int_equal(article_load(fixture("import-article.txt"), &options, &w->article, &err),
			 TANDA_OK);
	*state = w;
	return 0;
}

/* Remove a sweep's world. */
static int teardown(void **state)
{
	struct world *w = *state;
	char command[128];
	size_t i;

	faultvfs_disarm(w->vfs);
	for (i = 0; i <= MAX_STEPS; i++)
		free(w->expected[i]);
	article_free(w->article);
	snprintf(command, sizeof command, "rm -rf '%s'", w->dir);
	assert_int_equal(system(command), 0);
	free(w);
	return 0;
}

/* Sweep N from 1 until the operation runs to its end before the Nth. */
static void test_sweep(void **state)
{
	struct world *w = *state;
	unsigned long nth;

	w->sweep->operation->prepare(w, w->base);
	reference(w);
	for (nth = 1; run_with_fault(w, nth); nth++)
		assert_true(nth < MAX_FAULTS);
	printf("# %s: %lu calls, %lu faults failed it (%lu commits kept whole), %lu were "
	       "absorbed\n", w->sweep->name, nth - 1, w->failed_runs, w->kept, w->absorbed);
}

static const struct operation operations[] = {
	{ "creating annotations in a new database", prepare_empty, create_annotations },
	{ "creating annotations in a database", prepare_current, create_annotations },
	{ "importing two sets", prepare_current, import_sets },
	{ "migrating a database without the articles' layout", prepare_before_layout,
	  create_annotations },
	{ "migrating a schema 6 database", prepare_v6, create_annotations },
	{ "migrating a schema 5 database", prepare_v5, create_annotations },
	{ "migrating a schema 4 database", prepare_v4, create_annotations },
	{ "migrating a schema 3 database", prepare_v3, create_annotations },
	{ "migrating a schema 2 database", prepare_v2, create_annotations },
	{ "migrating a schema 1 database", prepare_v1, create_annotations },
};

static const struct fault faults[] = {
	{ "SQLITE_FULL once", FAULT_WRITE, SQLITE_FULL, 0 },
	{ "SQLITE_FULL from then on", FAULT_WRITE, SQLITE_FULL, 1 },
	{ "SQLITE_IOERR once", FAULT_EVERY_CALL, 0, 0 },
	{ "SQLITE_IOERR from then on", FAULT_EVERY_CALL, 0, 1 },
};

#define OPERATIONS (sizeof operations / sizeof operations[0])
#define FAULTS (sizeof faults / sizeof faults[0])

int main(void)
{
	static struct sweep sweeps[OPERATIONS * FAULTS];
	struct CMUnitTest tests[OPERATIONS * FAULTS];
	size_t i;

	for (i = 0; i < OPERATIONS * FAULTS; i++) {
		struct sweep *s = &sweeps[i];

		s->operation = &operations[i / FAULTS];
		s->fault = &faults[i % FAULTS];
		snprintf(s->name, sizeof s->name, "%s, %s", s->operation->name, s->fault->name);
		tests[i] = (struct CMUnitTest){ .name = s->name, .test_func = test_sweep,
						.setup_func = setup, .teardown_func = teardown,
						.initial_state = s };
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
