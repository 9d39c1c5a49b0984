/*
 * bench-store.c - how fast the annotation store saves, reads and carries
 * over 100,000 annotations on one article, each figure against a baseline
 * measured in the same run (issue 4).
 *
 * `bench-store GROUP TANDA ARTICLE DIR` copies ARTICLE to DIR/article.txt,
 * makes 100,000 annotations on its words (spans of 1 to 4 words spread
 * evenly over the text, the kinds in turn, two of the default tags each, a
 * note on every note and every tenth annotation) and prints the figures of
 * GROUP:
 *
 *   insert    insert-100k: store_begin, store_annotation_insert of each,
 *             store_commit, into a fresh database; against a loop of
 *             prepared statements on the sqlite3 API over the same schema
 *             and pragmas (WAL, synchronous=FULL, foreign keys) binding the
 *             same values, two tag links each, in one transaction.  Leaves
 *             the store's database, DIR/store.db, to the other groups.
 *   load      load-100k: store_open and store_annotation_list of the
 *             article; against sqlite3_open and stepping through a SELECT
 *             of the same columns (tags included), reading every column.
 *   list      list-100k: `tanda list DIR/article.txt --db DIR/store.db`;
 *             against `sqlite3 -separator TAB DIR/store.db SELECT...`.
 *   reanchor  reanchor-100k: anchor_relocate of them all after a clause
 *             was inserted into a middle paragraph, against a 1 s budget;
 *             reanchor-list-100k: `tanda list` of the edited file at the
 *             same path (which carries them over to the new text), against
 *             `tanda list` of the unedited file, each on a fresh copy of
 *             DIR/store.db.
 *   save      save-one-full: store_annotation_insert of one annotation in
 *             its own transaction (the store's WAL and synchronous=FULL),
 *             and save-one-sqlite3-full: the sqlite3 loop's save of one,
 *             with FULL; both against the sqlite3 loop's save with
 *             synchronous=NORMAL.  Medians over SAVES saves, taken in turn.
 *
 * The ids and times of the annotations are made before anything is timed,
 * so that the store and its baselines bind the same values.  Times are
 * medians of several runs, after a warm-up unless each run starts afresh
 * anyway (a new database or a new copy); a figure's runs and its
 * baseline's are taken in turn, so that the load of the machine weighs on
 * both alike.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "anchor.h"
#include "reanchor.h"
#include "relocate.h"
#include "article.h"
#include "bench.h"
#include "store.h"
#include "synthetic.h"

#define ANNOTATIONS 100000
#define LABEL "100k"
#define WARMUPS 1
#define INSERT_RUNS 5	/* no warm-up: each run starts a fresh database */
#define LOAD_RUNS 5
#define LIST_RUNS 5
#define RELOCATE_RUNS 5
#define CARRY_RUNS 3	/* no warm-up: each run starts a fresh copy */
#define SAVE_WARMUPS 10
#define SAVES 200

/* What the edit inserts into the middle paragraph, before its first full
 * stop. */
#define CLAUSE ", as the ministry confirmed in a statement on Tuesday evening"

/* The columns the store reads back for an annotation, from the annotation
 * a and its article art, in its order: the tags one per line at the end. */
#define SELECT_COLUMNS \
	"SELECT a.uuid, art.sha256, a.kind, a.exact, a.prefix, a.suffix, a.start, a.end, " \
	"a.paragraph, a.para_start, a.para_end, a.anchor, a.anchor_score, a.old_exact, " \
	"a.note, a.color, a.speaker, a.claim_status, a.replacement, a.correction_kind, " \
	"a.correction_status, a.reviewed_by, a.reviewed_at, a.author, a.created, " \
	"a.modified, a.deleted, " \
	"(SELECT group_concat(t.name, char(10)) FROM annotation_tags x " \
	"  JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) " \
	"FROM annotations a JOIN articles art ON art.id = a.article_id "

/* The baselines' listing of the article with sha256 %s, in text order. */
#define LIST_SQL_FORMAT SELECT_COLUMNS \
	"WHERE a.article_id = (SELECT id FROM articles WHERE sha256 = '%s') " \
	"AND a.deleted = 0 ORDER BY a.start, a.uuid"

/* The baselines' insert of an annotation, the same 27 values as the store
 * binds, with the article's row id in ?2. */
#define INSERT_SQL \
	"INSERT INTO annotations (uuid, article_id, kind, exact, prefix, suffix, start, end, " \
	"paragraph, para_start, para_end, anchor, anchor_score, old_exact, note, color, " \
	"speaker, claim_status, replacement, correction_kind, correction_status, " \
	"reviewed_by, reviewed_at, author, created, modified, deleted) VALUES (?1, ?2, ?3, " \
	"?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, " \
	"?21, ?22, ?23, ?24, ?25, ?26, ?27)"

/* The baselines' link of annotation ?1 (a row id) to the tag named ?2. */
#define LINK_SQL \
	"INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?1, id FROM tags " \
	"WHERE name = ?2"

const char bench_program[] = "bench-store";

/* The article annotated, its annotations and the files of the run. */
struct subject {
	char *tanda;			/* the tanda program */
	const char *dir;		/* where the files go */
	char path[PATH_MAX];		/* DIR/article.txt: the copy annotated */
	char db[PATH_MAX];		/* DIR/store.db: the store's database */
	char errors[PATH_MAX];		/* DIR/stderr.txt: the commands' messages */
	char *original;			/* the bytes of ARTICLE */
	size_t original_len;
	struct article *article;	/* loaded from path */
	struct annotation *annotations;	/* ANNOTATIONS of them on article */
	size_t count;			/* how many are made so far */
	char *list_sql;			/* LIST_SQL_FORMAT for the article */
};

/* What a listing saw: rows, and a sum over their fields that keeps the
 * reads from being optimized away. */
struct tally {
	size_t rows;
	size_t sum;
};

/* A connection of the baseline loop, with its prepared statements. */
struct direct {
	sqlite3 *db;
	sqlite3_stmt *insert, *link;
	sqlite3_int64 article_id;
};

/* Replace the database at to by a copy of the one at from (closed, so one
 * file). */
static int copy_db(const char *from, const char *to)
{
	char *buf;
	size_t len;
	int rc;

	if (bench_remove_db(to) != 0 || bench_read_whole(from, &buf, &len) != 0)
		return -1;
	rc = bench_write_whole(to, buf, len);
	free(buf);
	return rc;
}


/* Make the subject's annotations. */
static int make_annotations(struct subject *s)
{
	char now[ANNOTATION_TIME_SIZE];
	struct word *words;
	size_t count;
	int rc = 0;

	if ((words = synthetic_words(s->article, &count)) == NULL)
		return -1;
	if (count == 0)
		rc = bench_complain("%s: no words", s->path);
	s->annotations = rc ? NULL : calloc(ANNOTATIONS, sizeof *s->annotations);
	if (rc == 0 && s->annotations == NULL)
		rc = bench_complain("out of memory");
	annotation_now(now);
	for (; rc == 0 && s->count < ANNOTATIONS; s->count++)
		rc = synthetic_annotation(s->article, words, count, s->count, ANNOTATIONS, now,
					  &s->annotations[s->count]);
	free(words);
	return rc;
}

/* Set the subject up: its files in dir, the copy of the article at
 * source, its annotations. */
static int open_subject(struct subject *s, char *tanda, const char *source, const char *dir)
{
	size_t size;

	memset(s, 0, sizeof *s);
	s->tanda = tanda;
	s->dir = dir;
	if (bench_path_in(s->path, dir, "article.txt") != 0 || bench_path_in(s->db, dir, "store.db") != 0 ||
	    bench_path_in(s->errors, dir, "stderr.txt") != 0 ||
	    bench_read_whole(source, &s->original, &s->original_len) != 0 ||
	    bench_write_whole(s->path, s->original, s->original_len) != 0 ||
	    synthetic_load(s->path, &s->article) != 0)
		return -1;
	size = sizeof LIST_SQL_FORMAT + SHA256_HEX_SIZE;
	if ((s->list_sql = malloc(size)) == NULL)
		return bench_complain("out of memory");
	snprintf(s->list_sql, size, LIST_SQL_FORMAT, article_sha256(s->article));
	return make_annotations(s);
}

/* Free what the subject holds. */
static void close_subject(struct subject *s)
{
	size_t i;

	for (i = 0; i < s->count; i++)
		annotation_clear(&s->annotations[i]);
	free(s->annotations);
	free(s->list_sql);
	free(s->original);
	article_free(s->article);
}

/* Open the store at path into *out. */
static int open_store(const char *path, struct store **out)
{
	struct tanda_error err;

	if (store_open(path, out, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	return 0;
}

/* A new store at path (replacing any database there) with the subject's
 * article recorded as opened from its path (canonical, as tanda records
 * it), into *out. */
static int fresh_store(struct subject *s, const char *path, struct store **out)
{
	struct tanda_error err;
	char *canonical = reanchor_canonical_path(s->path);
	int rc = 0;

	if (bench_remove_db(path) != 0 || open_store(path, out) != 0) {
		free(canonical);
		return -1;
	}
	if (store_article_upsert(*out, s->article, canonical, &err) != TANDA_OK) {
		store_close(*out);
		rc = bench_complain("%s", err.message);
	}
	free(canonical);
	return rc;
}

/* Make a fresh database at path with the store (its schema, its tags, the
 * subject's article) and close it: whoever opens it next starts, as a new
 * process does, with an empty WAL. */
static int prepare_db(struct subject *s, const char *path)
{
	struct store *store;

	if (fresh_store(s, path, &store) != 0)
		return -1;
	store_close(store);
	return 0;
}

/* Insert the subject's annotations into store in one transaction. */
static int store_insert_all(struct subject *s, struct store *store)
{
	struct tanda_error err;
	size_t i;

	if (store_begin(store, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	for (i = 0; i < s->count; i++)
		if (store_annotation_insert(store, &s->annotations[i], &err) != TANDA_OK) {
			store_rollback(store);
			return bench_complain("%s", err.message);
		}
	if (store_commit(store, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	return 0;
}

/* Fail unless the database at path holds the article sha256 with count
 * annotations. */
static int check_count(const char *path, const char *sha256, size_t count)
{
	struct store_article found;
	struct tanda_error err;
	struct store *store;
	int rc = 0;

	if (open_store(path, &store) != 0)
		return -1;
	if (store_article_get(store, sha256, &found, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	else if (found.annotations != count)
		rc = bench_complain("%s: %zu annotations on %.12s..., not %zu", path,
				    found.annotations, sha256, count);
	if (rc == 0)
		store_article_clear(&found);
	store_close(store);
	return rc;
}

/* Build DIR/store.db, untimed, unless it is there. */
static int need_store(struct subject *s)
{
	struct store *store;
	int rc;

	if (access(s->db, F_OK) == 0)
		return 0;
	if (fresh_store(s, s->db, &store) != 0)
		return -1;
	rc = store_insert_all(s, store);
	store_close(store);
	return rc;
}

/* Fail with the baseline connection's last error while doing. */
static int direct_fail(const struct direct *d, const char *doing)
{
	return bench_complain("sqlite3 loop: %s: %s", doing, sqlite3_errmsg(d->db));
}

/* Close a baseline connection. */
static void direct_close(struct direct *d)
{
	sqlite3_finalize(d->insert);
	sqlite3_finalize(d->link);
	sqlite3_close(d->db);
	memset(d, 0, sizeof *d);
}

/* Run sql on a baseline connection. */
static int direct_exec(struct direct *d, const char *sql)
{
	if (sqlite3_exec(d->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return direct_fail(d, sql);
	return 0;
}

/* Connect the baseline loop to a fresh database at path, made by the store
 * (its schema, its tags, the subject's article), with the store's pragmas
 * but synchronous = synchronous, and prepare its statements. */
static int direct_open(struct direct *d, struct subject *s, const char *path,
		       const char *synchronous)
{
	char pragmas[128];
	sqlite3_stmt *stmt = NULL;

	memset(d, 0, sizeof *d);
	if (prepare_db(s, path) != 0)
		return -1;
	snprintf(pragmas, sizeof pragmas, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
		 "PRAGMA synchronous = %s;", synchronous);
	if (sqlite3_open_v2(path, &d->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    direct_exec(d, pragmas) != 0 ||
	    sqlite3_prepare_v2(d->db, "SELECT id FROM articles WHERE sha256 = ?1", -1, &stmt,
			       NULL) != SQLITE_OK ||
	    sqlite3_bind_text(stmt, 1, article_sha256(s->article), -1, SQLITE_STATIC) !=
	    SQLITE_OK || sqlite3_step(stmt) != SQLITE_ROW) {
		direct_fail(d, "cannot set the database up");
		sqlite3_finalize(stmt);
		direct_close(d);
		return -1;
	}
	d->article_id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (sqlite3_prepare_v2(d->db, INSERT_SQL, -1, &d->insert, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(d->db, LINK_SQL, -1, &d->link, NULL) != SQLITE_OK) {
		direct_fail(d, "cannot prepare");
		direct_close(d);
		return -1;
	}
	return 0;
}

/* Bind text (NULL binds NULL) to parameter i of stmt. */
static void bind_text(sqlite3_stmt *stmt, int i, const char *text)
{
	if (text == NULL)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, text, -1, SQLITE_STATIC);
}

/* Bind the values the store binds for a to the baseline's insert. */
static void bind_annotation(sqlite3_stmt *stmt, sqlite3_int64 article_id,
			    const struct annotation *a)
{
	const struct anchor *an = &a->anchor;

	bind_text(stmt, 1, a->id);
	sqlite3_bind_int64(stmt, 2, article_id);
	bind_text(stmt, 3, annotation_kind_names[a->kind]);
	bind_text(stmt, 4, an->exact);
	bind_text(stmt, 5, an->prefix ? an->prefix : "");
	bind_text(stmt, 6, an->suffix ? an->suffix : "");
	sqlite3_bind_int64(stmt, 7, (sqlite3_int64)an->start);
	sqlite3_bind_int64(stmt, 8, (sqlite3_int64)an->end);
	sqlite3_bind_int64(stmt, 9, an->paragraph);
	sqlite3_bind_int64(stmt, 10, (sqlite3_int64)an->para_start);
	sqlite3_bind_int64(stmt, 11, (sqlite3_int64)an->para_end);
	bind_text(stmt, 12, anchor_state_names[an->state]);
	if (an->state == ANCHOR_FUZZY)
		sqlite3_bind_double(stmt, 13, an->score);
	else
		sqlite3_bind_null(stmt, 13);
	bind_text(stmt, 14, an->old_exact);
	bind_text(stmt, 15, a->note);
	bind_text(stmt, 16, a->color);
	bind_text(stmt, 17, a->speaker);
	bind_text(stmt, 18, claim_status_names[a->claim]);
	bind_text(stmt, 19, a->replacement);
	bind_text(stmt, 20, correction_kind_names[a->correction_kind]);
	bind_text(stmt, 21, correction_status_names[a->correction_status]);
	bind_text(stmt, 22, a->reviewed_by);
	bind_text(stmt, 23, a->reviewed_at[0] ? a->reviewed_at : NULL);
	bind_text(stmt, 24, a->author);
	bind_text(stmt, 25, a->created);
	bind_text(stmt, 26, a->modified);
	sqlite3_bind_int(stmt, 27, a->deleted != 0);
}

/* Step stmt once and reset it; 0 when it is done. */
static int step_done(const struct direct *d, sqlite3_stmt *stmt, const char *doing)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	return rc == SQLITE_DONE ? 0 : direct_fail(d, doing);
}

/* Insert a and link its tags on the baseline connection. */
static int direct_save(struct direct *d, const struct annotation *a)
{
	sqlite3_int64 id;
	size_t i;

	bind_annotation(d->insert, d->article_id, a);
	if (step_done(d, d->insert, "cannot insert") != 0)
		return -1;
	id = sqlite3_last_insert_rowid(d->db);
	for (i = 0; i < a->ntags; i++) {
		sqlite3_bind_int64(d->link, 1, id);
		bind_text(d->link, 2, a->tags[i]);
		if (step_done(d, d->link, "cannot link a tag") != 0)
			return -1;
	}
	return 0;
}

/* Save a on the baseline connection in its own transaction. */
static int direct_save_alone(struct direct *d, const struct annotation *a)
{
	if (direct_exec(d, "BEGIN IMMEDIATE") != 0)
		return -1;
	if (direct_save(d, a) != 0) {
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return direct_exec(d, "COMMIT");
}

/* Insert all the annotations through the store into a fresh DIR/store.db;
 * only the transaction is timed. */
static int time_store_insert(void *ctx, uint64_t *ns)
{
	struct subject *s = ctx;
	struct store *store;
	uint64_t start;
	int rc;

	if (fresh_store(s, s->db, &store) != 0)
		return -1;
	start = bench_now_ns();
	rc = store_insert_all(s, store);
	*ns = bench_now_ns() - start;
	store_close(store);
	return rc;
}

/* The baseline of inserting: the same, with the sqlite3 loop, into a fresh
 * DIR/baseline.db. */
static int time_sqlite_insert(void *ctx, uint64_t *ns)
{
	struct subject *s = ctx;
	char path[PATH_MAX];
	struct direct d;
	uint64_t start;
	size_t i;
	int rc;

	if (bench_path_in(path, s->dir, "baseline.db") != 0 || direct_open(&d, s, path, "FULL") != 0)
		return -1;
	start = bench_now_ns();
	rc = direct_exec(&d, "BEGIN IMMEDIATE");
	for (i = 0; rc == 0 && i < s->count; i++)
		rc = direct_save(&d, &s->annotations[i]);
	if (rc == 0)
		rc = direct_exec(&d, "COMMIT");
	*ns = bench_now_ns() - start;
	direct_close(&d);
	return rc;
}

/* Figure insert-LABEL; leaves DIR/store.db with every annotation. */
static int group_insert(struct subject *s)
{
	char baseline[PATH_MAX];
	double ms, base;

	if (bench_median_pair_ms(time_store_insert, s, time_sqlite_insert, s, 0, INSERT_RUNS, &ms,
				 &base) != 0 ||
	    bench_path_in(baseline, s->dir, "baseline.db") != 0 ||
	    check_count(s->db, article_sha256(s->article), s->count) != 0 ||
	    check_count(baseline, article_sha256(s->article), s->count) != 0)
		return -1;
	bench_report("insert", LABEL, ms, "ms", "sqlite3 loop", base);
	return bench_remove_db(baseline);
}

/* Read every field of a listed annotation (store_visit_fn). */
static int touch_annotation(void *ctx, const struct annotation *a)
{
	struct tally *t = ctx;
	size_t i;

	t->rows++;
	t->sum += strlen(a->id) + strlen(a->anchor.exact) + strlen(a->anchor.prefix) +
		  strlen(a->anchor.suffix) + (size_t)a->anchor.start + a->anchor.paragraph +
		  (size_t)a->kind + (a->note ? strlen(a->note) : 0) + strlen(a->modified);
	for (i = 0; i < a->ntags; i++)
		t->sum += strlen(a->tags[i]);
	return 0;
}

/* Read every column of the row stmt is on. */
static void touch_row(sqlite3_stmt *stmt, struct tally *t)
{
	int i, n = sqlite3_column_count(stmt);

	t->rows++;
	for (i = 0; i < n; i++) {
		switch (sqlite3_column_type(stmt, i)) {
		case SQLITE_INTEGER:
			t->sum += (size_t)sqlite3_column_int64(stmt, i);
			break;
		case SQLITE_FLOAT:
			t->sum += (size_t)sqlite3_column_double(stmt, i);
			break;
		case SQLITE_TEXT:
			t->sum += (size_t)sqlite3_column_text(stmt, i)[0] +
				  (size_t)sqlite3_column_bytes(stmt, i);
			break;
		default:
			break;
		}
	}
}

/* Fail unless the listing saw every annotation. */
static int check_rows(const struct subject *s, const struct tally *t, const char *who)
{
	if (t->rows != s->count)
		return bench_complain("%s listed %zu annotations, not %zu", who, t->rows, s->count);
	return 0;
}

/* Open the store and list the article's annotations, reading each. */
static int time_store_load(void *ctx, uint64_t *ns)
{
	struct subject *s = ctx;
	uint64_t start = bench_now_ns();
	struct tally t = { 0, 0 };
	struct store_query query;
	struct tanda_error err;
	struct store *store;
	enum tanda_status status;

	if (open_store(s->db, &store) != 0)
		return -1;
	store_query_init(&query);
	query.article = article_sha256(s->article);
	status = store_annotation_list(store, &query, touch_annotation, &t, &err);
	store_close(store);
	*ns = bench_now_ns() - start;
	if (status != TANDA_OK)
		return bench_complain("%s", err.message);
	return check_rows(s, &t, "store_annotation_list");
}

/* The baseline of loading: open the database and step through the
 * SELECT, reading each column. */
static int time_sqlite_load(void *ctx, uint64_t *ns)
{
	struct subject *s = ctx;
	uint64_t start = bench_now_ns();
	struct tally t = { 0, 0 };
	sqlite3_stmt *stmt = NULL;
	sqlite3 *db;
	int rc = sqlite3_open_v2(s->db, &db, SQLITE_OPEN_READWRITE, NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, s->list_sql, -1, &stmt, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		touch_row(stmt, &t);
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_DONE)
		bench_complain("%s: %s", s->db, sqlite3_errmsg(db));
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	*ns = bench_now_ns() - start;
	return rc == SQLITE_DONE ? check_rows(s, &t, "the SELECT") : -1;
}

/* Figure load-LABEL. */
static int group_load(struct subject *s)
{
	double ms, base;

	if (need_store(s) != 0 ||
	    bench_median_pair_ms(time_store_load, s, time_sqlite_load, s, WARMUPS, LOAD_RUNS, &ms,
				 &base) != 0)
		return -1;
	bench_report("load", LABEL, ms, "ms", "sqlite3 loop", base);
	return 0;
}

/* Run argv with its output to /dev/null and its messages to DIR/stderr.txt;
 * 0 when it exits with status 0. */
static int run_command(const struct subject *s, char *const argv[])
{
	int status;
	pid_t pid;

	if ((pid = bench_fork()) < 0)
		return -1;
	if (pid == 0) {
		int out = open("/dev/null", O_WRONLY | O_CLOEXEC);
		int errors = open(s->errors, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

		if (out < 0 || errors < 0 || dup2(out, STDOUT_FILENO) < 0 ||
		    dup2(errors, STDERR_FILENO) < 0)
			_exit(126);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return bench_complain("waiting for %s: %s", argv[0], strerror(errno));
	if (WIFSIGNALED(status))
		return bench_complain("%s was killed by signal %d", argv[0], WTERMSIG(status));
	if (WEXITSTATUS(status) != 0)
		return bench_complain("%s exited with status %d (see %s)", argv[0],
				      WEXITSTATUS(status), s->errors);
	return 0;
}

/* A command timed as a whole; when copy_from is set, on a fresh copy of
 * that database, and when text is set, with DIR/article.txt holding it. */
struct timed_command {
	const struct subject *s;
	char *argv[8];
	const char *copy_from, *copy_to;
	const char *text;
	size_t text_len;
};

/* Run a timed command; setting its files up is not timed. */
static int time_command(void *ctx, uint64_t *ns)
{
	struct timed_command *c = ctx;
	uint64_t start;
	int rc;

	if (c->copy_from != NULL && copy_db(c->copy_from, c->copy_to) != 0)
		return -1;
	if (c->text != NULL && bench_write_whole(c->s->path, c->text, c->text_len) != 0)
		return -1;
	start = bench_now_ns();
	rc = run_command(c->s, c->argv);
	*ns = bench_now_ns() - start;
	return rc;
}

/* Set c up to time `tanda list DIR/article.txt --db db`. */
static void tanda_list(struct timed_command *c, struct subject *s, char *db)
{
	memset(c, 0, sizeof *c);
	c->s = s;
	c->argv[0] = s->tanda;
	c->argv[1] = "list";
	c->argv[2] = s->path;
	c->argv[3] = "--db";
	c->argv[4] = db;
}

/* Set c up to time `tanda list` of text at DIR/article.txt on a fresh copy
 * of DIR/store.db at copy. */
static void tanda_list_fresh(struct timed_command *c, struct subject *s, char *copy,
			     const char *text, size_t text_len)
{
	tanda_list(c, s, copy);
	c->copy_from = s->db;
	c->copy_to = copy;
	c->text = text;
	c->text_len = text_len;
}

/* Figure list-LABEL. */
static int group_list(struct subject *s)
{
	struct timed_command tanda, cli = { s, { "sqlite3", "-separator", "\t", s->db,
						 s->list_sql, NULL }, NULL, NULL, NULL, 0 };
	double ms, base;

	tanda_list(&tanda, s, s->db);
	if (need_store(s) != 0 ||
	    bench_median_pair_ms(time_command, &tanda, time_command, &cli, WARMUPS, LIST_RUNS,
				 &ms, &base) != 0)
		return -1;
	bench_report("list", LABEL, ms, "ms", "sqlite3 CLI", base);
	return 0;
}

/* The article's bytes with CLAUSE inserted before the first full stop of
 * the first paragraph from the middle line on that has one, into *out
 * (caller frees) and *len. */
static int edit_middle(const struct subject *s, char **out, size_t *len)
{
	const char *text = s->original, *end = text + s->original_len, *line, *eol, *stop = NULL;
	size_t lines = 0, i;

	for (eol = text; (eol = memchr(eol, '\n', (size_t)(end - eol))) != NULL; eol++)
		lines++;
	for (i = 0, line = text; line < end && stop == NULL; i++, line = eol + (eol < end)) {
		if ((eol = memchr(line, '\n', (size_t)(end - line))) == NULL)
			eol = end;
		if (i >= lines / 2)
			stop = memchr(line, '.', (size_t)(eol - line));
	}
	if (stop == NULL)
		return bench_complain("%s: no full stop past the middle to edit at", s->path);
	*len = s->original_len + sizeof CLAUSE - 1;
	if ((*out = malloc(*len)) == NULL)
		return bench_complain("out of memory");
	i = (size_t)(stop - text);
	memcpy(*out, text, i);
	memcpy(*out + i, CLAUSE, sizeof CLAUSE - 1);
	memcpy(*out + i + sizeof CLAUSE - 1, stop, s->original_len - i);
	return 0;
}

/* Relocating the annotations over an edit: the old article, the new one,
 * and how the last run's anchors fared. */
struct relocation {
	struct subject *s;
	struct article *edited;
	size_t by_state[ANCHOR_STATE_COUNT];
};

/* Relocate copies of the annotations to the edited text; only
 * anchor_relocate is timed. */
static int time_relocate(void *ctx, uint64_t *ns)
{
	struct relocation *r = ctx;
	struct subject *s = r->s;
	struct annotation *copies = calloc(s->count, sizeof *copies);
	struct tanda_error err;
	uint64_t start;
	size_t i, made;
	int rc = copies ? 0 : bench_complain("out of memory");

	for (made = 0; rc == 0 && made < s->count; made++)
		if (annotation_copy(&copies[made], &s->annotations[made]) != 0)
			rc = bench_complain("out of memory");
	if (rc == 0) {
		start = bench_now_ns();
		/* the original bytes, not s->article's text: that maps the file,
		 * which holds the edited text now */
		if (relocate_annotations(s->original, s->original_len, r->edited, copies,
					 s->count, &err) != TANDA_OK)
			rc = bench_complain("%s", err.message);
		*ns = bench_now_ns() - start;
	}
	memset(r->by_state, 0, sizeof r->by_state);
	for (i = 0; i < made; i++) {
		r->by_state[copies[i].anchor.state]++;
		annotation_clear(&copies[i]);
	}
	free(copies);
	return rc;
}

/* Figure reanchor-LABEL, with the edited article at DIR/article.txt. */
static int reanchor_relocate(struct subject *s)
{
	struct relocation r = { s, NULL, { 0 } };
	double ms;
	int rc;

	if (synthetic_load(s->path, &r.edited) != 0)
		return -1;
	rc = bench_median_ms(time_relocate, &r, WARMUPS, RELOCATE_RUNS, &ms);
	if (rc == 0 && r.by_state[ANCHOR_EXACT] < s->count * 99 / 100)
		bench_complain("note: only %zu of %zu anchors stayed exact (%zu fuzzy, %zu orphaned)",
			       r.by_state[ANCHOR_EXACT], s->count, r.by_state[ANCHOR_FUZZY],
			       r.by_state[ANCHOR_ORPHAN]);
	if (rc == 0)
		bench_report_budget("reanchor", LABEL, ms, "ms", "1 s budget", 1000);
	article_free(r.edited);
	return rc;
}

/* Check that the edited listing (the last command run, its messages in
 * DIR/stderr.txt) showed all count annotations carried over in memory. */
static int check_carried(const struct subject *s, size_t count)
{
	char *said = NULL, want[64];
	size_t len = 0;
	int rc;

	if (bench_read_whole(s->errors, &said, &len) != 0)
		return -1;
	snprintf(want, sizeof want, "its %zu annotations would land", count);
	rc = memmem(said, len, want, strlen(want)) != NULL ? 0
	     : bench_complain("%s: the edited listing did not say \"%s\"", s->errors, want);
	free(said);
	return rc;
}

/* Figure reanchor-list-LABEL: `tanda list` of the edited text against that
 * of the unedited one, at DIR/article.txt, each on a fresh copy of
 * DIR/store.db; the edited one must show every annotation carried over,
 * in memory, writing nothing (they stay on the unedited article). */
static int reanchor_list(struct subject *s, const char *edited, size_t len)
{
	struct timed_command carry, unedited;
	char copy[PATH_MAX];
	double ms, base;

	if (bench_path_in(copy, s->dir, "reanchor.db") != 0)
		return -1;
	tanda_list_fresh(&carry, s, copy, edited, len);
	tanda_list_fresh(&unedited, s, copy, s->original, s->original_len);
	/* the edited run comes last in each turn: its copy is checked */
	if (bench_median_pair_ms(time_command, &carry, time_command, &unedited, 0, CARRY_RUNS,
				 &ms, &base) != 0 ||
	    check_carried(s, s->count) != 0 ||
	    check_count(copy, article_sha256(s->article), s->count) != 0)
		return -1;
	bench_report("reanchor-list", LABEL, ms, "ms", "tanda list unedited", base);
	return bench_remove_db(copy);
}

/* Figures reanchor-LABEL and reanchor-list-LABEL; DIR/article.txt is
 * unedited again after. */
static int group_reanchor(struct subject *s)
{
	char *edited = NULL;
	size_t len = 0;
	int rc;

	rc = need_store(s) != 0 || edit_middle(s, &edited, &len) != 0 ||
	     bench_write_whole(s->path, edited, len) != 0 || reanchor_relocate(s) != 0 ||
	     reanchor_list(s, edited, len) != 0;
	free(edited);
	if (bench_write_whole(s->path, s->original, s->original_len) != 0)
		return -1;
	return rc ? -1 : 0;
}

/* A way of saving one annotation in its own transaction, and its times. */
struct saver {
	int (*save)(void *ctx, struct annotation *a);
	void *ctx;
	uint64_t samples[SAVES];
};

/* Save a through the store (struct saver's save). */
static int store_save(void *ctx, struct annotation *a)
{
	struct tanda_error err;

	if (store_annotation_insert(ctx, a, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	return 0;
}

/* Save a through the baseline loop (struct saver's save). */
static int direct_save_one(void *ctx, struct annotation *a)
{
	return direct_save_alone(ctx, a);
}

/* Save the first SAVE_WARMUPS + SAVES annotations with each saver in turn,
 * starting with the next saver each time (so that none always follows the
 * same other's sync), timing each save after the warm-up. */
static int time_saves(struct subject *s, struct saver *savers, size_t count)
{
	size_t i, k, j;

	if (s->count < SAVE_WARMUPS + SAVES)
		return bench_complain("too few annotations to save");
	for (i = 0; i < SAVE_WARMUPS + SAVES; i++)
		for (k = 0; k < count; k++) {
			uint64_t start;

			j = (i + k) % count;
			start = bench_now_ns();
			if (savers[j].save(savers[j].ctx, &s->annotations[i]) != 0)
				return -1;
			if (i >= SAVE_WARMUPS)
				savers[j].samples[i - SAVE_WARMUPS] = bench_now_ns() - start;
		}
	return 0;
}

/* Figures save-one-full and save-one-sqlite3-full, each saver in its own
 * fresh database, opened alike (a WAL that grows from empty costs more
 * to sync than one reused after a checkpoint). */
static int group_save(struct subject *s)
{
	struct direct full = { 0 }, normal = { 0 };
	struct saver savers[3] = {
		{ store_save, NULL, { 0 } },
		{ direct_save_one, &full, { 0 } },
		{ direct_save_one, &normal, { 0 } },
	};
	char paths[3][PATH_MAX];
	struct store *store = NULL;
	double base;
	int rc;

	rc = bench_path_in(paths[0], s->dir, "save-store.db") || bench_path_in(paths[1], s->dir, "save-full.db") ||
	     bench_path_in(paths[2], s->dir, "save-normal.db") || prepare_db(s, paths[0]) ||
	     open_store(paths[0], &store) || direct_open(&full, s, paths[1], "FULL") ||
	     direct_open(&normal, s, paths[2], "NORMAL");
	savers[0].ctx = store;
	if (rc == 0)
		rc = time_saves(s, savers, sizeof savers / sizeof savers[0]);
	store_close(store);
	direct_close(&full);
	direct_close(&normal);
	if (rc != 0)
		return -1;
	base = bench_median_of(savers[2].samples, SAVES);
	bench_report("save-one", "full", bench_median_of(savers[0].samples, SAVES), "ms",
		     "synchronous=NORMAL", base);
	bench_report("save-one-sqlite3", "full", bench_median_of(savers[1].samples, SAVES), "ms",
		     "synchronous=NORMAL", base);
	return bench_remove_db(paths[0]) || bench_remove_db(paths[1]) || bench_remove_db(paths[2]) ? -1 : 0;
}

/* A group of figures, by name. */
struct group {
	const char *name;
	int (*run)(struct subject *s);
};

/* The groups, in the order bench/run runs them. */
static const struct group groups[] = {
	{ "insert", group_insert },
	{ "load", group_load },
	{ "list", group_list },
	{ "reanchor", group_reanchor },
	{ "save", group_save },
};

/* bench-store GROUP TANDA ARTICLE DIR: print GROUP's figures, or fail with
 * a message. */
int main(int argc, char **argv)
{
	const struct group *group = NULL;
	struct subject s;
	size_t i;
	int rc;

	for (i = 0; argc == 5 && i < sizeof groups / sizeof groups[0]; i++)
		if (strcmp(argv[1], groups[i].name) == 0)
			group = &groups[i];
	if (group == NULL) {
		fputs("usage: bench-store insert|load|list|reanchor|save TANDA ARTICLE DIR\n",
		      stderr);
		return 2;
	}
	rc = open_subject(&s, argv[2], argv[3], argv[4]);
	if (rc == 0)
		rc = group->run(&s);
	close_subject(&s);
	return rc == 0 ? 0 : 1;
}
