/*
 * store-check.c - the store's health and its copies: SQLite's integrity
 * check and foreign key check of a database file read as it is (`tanda
 * doctor`), what they find put in the store's own words (a b-tree's number
 * becomes the table or index it holds), and a consistent copy of the
 * store made while others may write (`tanda backup`, VACUUM INTO).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "outfile.h"
#include "schema.h"
#include "store-int.h"
#include "strbuf.h"

/* Whether rc says that the file itself is damaged or no database. */
static int damaged(int rc)
{
	return (rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB;
}

/* Tell fn about one finding of check; counts it. */
static void found(struct store_doctor *d, enum store_check check, const char *text)
{
	struct store_finding f = { .check = check, .text = text };

	d->problems++;
	if (d->fn != NULL)
		d->fn(d->context, &f);
}

/* Append what the b-tree whose root is page is ("the table annotations")
 * to out, or nothing when the schema does not say. */
static void add_tree_name(sqlite3 *db, long page, struct strbuf *out)
{
	sqlite3_stmt *stmt;

	if (page == 1) {
		strbuf_addstr(out, "the schema table");
		return;
	}
	if (sqlite3_prepare_v2(db, "SELECT type, name FROM sqlite_schema WHERE rootpage = :page",
			       -1, &stmt, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(stmt, 1, page);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		strbuf_addf(out, "the %s %s", (const char *)sqlite3_column_text(stmt, 0),
			    (const char *)sqlite3_column_text(stmt, 1));
	sqlite3_finalize(stmt);
}

/* The first place in [p, end) where a page number is named ("Tree 5",
 * "Page 3", "tree page 8"): the number's start, or NULL. */
static const char *next_page(const char *p, const char *end)
{
	static const char *const words[] = { "Tree ", "Page ", "page " };
	const char *first = NULL;
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		const char *at = memmem(p, (size_t)(end - p), words[i], strlen(words[i]));

		if (at != NULL && (first == NULL || at + strlen(words[i]) < first))
			first = at + strlen(words[i]);
	}
	return first;
}

/* Append one line of the integrity check to out, each page number that
 * is the root of a table or an index followed by its name. */
static void add_named(sqlite3 *db, const char *line, size_t len, struct strbuf *out)
{
	const char *end = line + len, *p = line, *number;

	while ((number = next_page(p, end)) != NULL) {
		char *after;
		long page = strtol(number, &after, 10);

		strbuf_add(out, p, (size_t)(after - p));
		if (after > number) {
			size_t before = out->len;

			strbuf_addstr(out, " (");
			add_tree_name(db, page, out);
			if (out->len == before + 2)
				strbuf_setlen(out, before);
			else
				strbuf_addch(out, ')');
		}
		p = after > number ? after : number;
	}
	strbuf_add(out, p, (size_t)(end - p));
}

/* Report each line of one row of the integrity check. */
static void integrity_row(struct store_doctor *d, sqlite3 *db, const char *text)
{
	while (text != NULL && *text != '\0') {
		size_t len = strcspn(text, "\n");
		struct strbuf line = STRBUF_INIT;

		if (len > 0 && strncmp(text, "*** in database", 15) != 0) {
			add_named(db, text, len, &line);
			found(d, STORE_CHECK_INTEGRITY, strbuf_str(&line));
		}
		strbuf_release(&line);
		text += len + (text[len] == '\n');
	}
}

/* Run PRAGMA integrity_check, reporting what it finds. */
static enum tanda_status check_integrity(struct store_doctor *d, struct store *store,
					 struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	/* at most 100 problems: enough to tell what is damaged */
	int rc = sqlite3_prepare_v2(store->db, "PRAGMA integrity_check(100)", -1, &stmt, NULL);

	while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		const char *text = (const char *)sqlite3_column_text(stmt, 0);

		if (text != NULL && strcmp(text, "ok") != 0)
			integrity_row(d, store->db, text);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE || rc == SQLITE_OK)
		return TANDA_OK;
	if (!damaged(rc))
		return store_fail(store, rc, "cannot check the database", err);
	found(d, STORE_CHECK_INTEGRITY, sqlite3_errstr(rc));	/* cannot even be read */
	return TANDA_OK;
}

/* Report one row of the foreign key check: a row of table whose parent
 * row is not there. */
static void foreign_row(struct store_doctor *d, sqlite3_stmt *stmt)
{
	struct strbuf line = STRBUF_INIT;

	strbuf_addf(&line, "%s row %lld refers to a row of %s that is not there",
		    (const char *)sqlite3_column_text(stmt, 0),
		    (long long)sqlite3_column_int64(stmt, 1),
		    (const char *)sqlite3_column_text(stmt, 2));
	found(d, STORE_CHECK_FOREIGN_KEYS, strbuf_str(&line));
	strbuf_release(&line);
}

/* Run PRAGMA foreign_key_check, reporting what it finds. */
static enum tanda_status check_foreign_keys(struct store_doctor *d, struct store *store,
					    struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	int rc = sqlite3_prepare_v2(store->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);

	while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		foreign_row(d, stmt);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE || rc == SQLITE_OK)
		return TANDA_OK;
	if (!damaged(rc))
		return store_fail(store, rc, "cannot check the database", err);
	found(d, STORE_CHECK_FOREIGN_KEYS, sqlite3_errstr(rc));
	return TANDA_OK;
}

/* Say what the schema version is, when it is not this tanda's. */
static void check_version(struct store_doctor *d, struct store *store)
{
	struct tanda_error ignored;
	char line[128];

	if (schema_version(store->db, store->path, &d->version, &ignored) != TANDA_OK)
		return;		/* the integrity check says why */
	if (d->version > SCHEMA_VERSION) {
		snprintf(line, sizeof line, "schema %d is newer than this tanda's (%d)", d->version,
			 SCHEMA_VERSION);
		found(d, STORE_CHECK_SCHEMA, line);
	}
}

enum tanda_status store_doctor_run(struct store_doctor *d, const char *path,
				   struct tanda_error *err)
{
	struct store store = { .path = (char *)path, .readonly = 1 };
	enum tanda_status status = store_check_path(path, TANDA_ENOINPUT, err);

	d->problems = 0;
	d->version = -1;
	if (status == TANDA_OK && access(path, R_OK) != 0)
		status = tanda_fail(err, TANDA_ENOINPUT, "%s: %s", path, strerror(errno));
	if (status == TANDA_OK) {
		status = store_open_file(&store, err);
		if (status == TANDA_EDATA) {	/* the first page: no database at all */
			found(d, STORE_CHECK_INTEGRITY, "SQLite cannot read it as a database: its "
			      "first page is damaged, or it is another kind of file");
			tanda_error_clear(err);
			status = TANDA_OK;
		} else if (status == TANDA_OK) {
			check_version(d, &store);
			status = check_integrity(d, &store, err);
			/* the links of a file that cannot be read say nothing more */
			if (status == TANDA_OK && d->problems == 0)
				status = check_foreign_keys(d, &store, err);
		}
	}
	sqlite3_close(store.db);
	return status;
}

/* VACUUM INTO the empty temporary file tmp (outfile_name_fn). */
static enum tanda_status vacuum_into(void *context, const char *tmp, const char *name,
				     struct tanda_error *err)
{
	struct store *store = context;
	sqlite3_stmt *stmt;
	int rc = sqlite3_prepare_v2(store->db, "VACUUM INTO :path", -1, &stmt, NULL);

	if (rc == SQLITE_OK) {
		sqlite3_bind_text(stmt, store_param(stmt, ":path"), tmp, -1, SQLITE_STATIC);
		rc = sqlite3_step(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return TANDA_OK;
	schema_fail(store->db, rc, store->path, "cannot copy the database", err);
	if (err != NULL && err->status == TANDA_ECANTCREATE)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", name,
				  sqlite3_errstr(rc));
	return err != NULL ? err->status : TANDA_EIO;
}

enum tanda_status store_backup(struct store *store, const char *out, struct tanda_error *err)
{
	return outfile_write_named(out, OUTFILE_FOLLOW, vacuum_into, store, err);
}
