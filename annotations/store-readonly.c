/*
 * store-readonly.c - the store opened for reading only (store_open_readonly):
 * through an SQLite URI with mode=ro, and immutable=1 where the file or
 * its folder cannot be written (SQLite would otherwise make a -shm file
 * beside it, with the file's own odd permissions, or fail for want of
 * one); a database of an older schema copied into memory and migrated
 * there; a missing one an empty database in memory; or, for a quick
 * lookup, the file only as it is (store_open_current).  Nothing here
 * writes to the file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema.h"
#include "store-int.h"
#include "strbuf.h"

/* Whether the file at path and its folder can both be written. */
static int writable_here(const char *path)
{
	struct strbuf folder = STRBUF_INIT;
	const char *slash = strrchr(path, '/');
	int ok;

	if (slash == NULL)
		strbuf_addch(&folder, '.');
	else
		strbuf_add(&folder, path, slash == path ? 1 : (size_t)(slash - path));
	ok = access(path, W_OK) == 0 && strbuf_ok(&folder) && access(strbuf_str(&folder), W_OK) == 0;
	strbuf_release(&folder);
	return ok;
}

/* Whether path's write-ahead log (path-wal) holds something not yet in
 * the file itself. */
static int has_log(const char *path)
{
	struct strbuf wal = STRBUF_INIT;
	struct stat st;
	int found;

	strbuf_addf(&wal, "%s-wal", path);
	found = strbuf_ok(&wal) && stat(strbuf_str(&wal), &st) == 0 && st.st_size > 0;
	strbuf_release(&wal);
	return found;
}

/* Append the SQLite URI of the file at path, read-only (immutable with
 * immutable set), to uri: the characters a URI gives a meaning to are
 * written %XX. */
static void add_uri(struct strbuf *uri, const char *path, int immutable)
{
	const char *p;

	strbuf_addstr(uri, "file:");
	for (p = path; *p != '\0'; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			strbuf_addf(uri, "%%%02X", (unsigned char)*p);
		else
			strbuf_addch(uri, *p);
	}
	strbuf_addstr(uri, immutable ? "?mode=ro&immutable=1" : "?mode=ro");
}

/* Open store->db on the file at its path, read-only (immutable with
 * immutable set). */
static enum tanda_status open_file(struct store *store, int immutable, struct tanda_error *err)
{
	struct strbuf uri = STRBUF_INIT;
	int rc;

	add_uri(&uri, store->path, immutable);
	if (!strbuf_ok(&uri)) {
		strbuf_release(&uri);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	}
	sqlite3_close(store->db);
	store->db = NULL;
	rc = sqlite3_open_v2(strbuf_str(&uri), &store->db,
			     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	strbuf_release(&uri);
	if (rc != SQLITE_OK)
		return store_fail(store, rc, "cannot open the database", err);
	sqlite3_extended_result_codes(store->db, 1);
	sqlite3_busy_timeout(store->db, STORE_BUSY_TIMEOUT_MS);
	return TANDA_OK;
}

/* Replace store->db by a migrated copy of it in memory (an older schema,
 * which cannot be brought up to date in a file opened read-only). */
static enum tanda_status migrate_in_memory(struct store *store, struct tanda_error *err)
{
	sqlite3 *memory = NULL;
	sqlite3_backup *copy;
	int rc = sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				 NULL);

	if (rc == SQLITE_OK && (copy = sqlite3_backup_init(memory, "main", store->db, "main"))) {
		rc = sqlite3_backup_step(copy, -1);
		rc = sqlite3_backup_finish(copy) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK
										  : SQLITE_IOERR;
	} else if (rc == SQLITE_OK) {
		rc = sqlite3_errcode(memory);
	}
	if (rc != SQLITE_OK) {
		sqlite3_close(memory);
		return store_fail(store, rc, "cannot read the database", err);
	}
	sqlite3_close(store->db);
	store->db = memory;
	return schema_migrate(store->db, store->path, err);
}

/* Open an empty database in memory, for a file that does not exist. */
static enum tanda_status open_empty(struct store *store, struct tanda_error *err)
{
	int rc = sqlite3_open_v2(":memory:", &store->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				 NULL);

	if (rc != SQLITE_OK)
		return store_fail(store, rc, "cannot open the database", err);
	return schema_migrate(store->db, store->path, err);
}

enum tanda_status store_open_file(struct store *store, struct tanda_error *err)
{
	int immutable = !writable_here(store->path) && !has_log(store->path), version;
	enum tanda_status status = open_file(store, immutable, err);

	/* SQLite opens lazily: the first read says whether a -shm was needed */
	if (status == TANDA_OK)
		status = schema_version(store->db, store->path, &version, err);
	if (status == TANDA_ECANTCREATE && !immutable)	/* no -shm could be made */
		status = open_file(store, 1, err);
	return status;
}

/* Open the existing file read-only (store_open_file) and bring what is
 * read up to this tanda's schema. */
static enum tanda_status open_existing(struct store *store, struct tanda_error *err)
{
	enum tanda_status status = store_open_file(store, err);
	int version;

	if (status == TANDA_OK)
		status = schema_version(store->db, store->path, &version, err);
	if (status == TANDA_OK && version > SCHEMA_VERSION)
		status = schema_migrate(store->db, store->path, err);	/* refuses it, says why */
	if (status == TANDA_OK && version < SCHEMA_VERSION)
		status = migrate_in_memory(store, err);
	return status;
}

enum tanda_status store_open_readonly(const char *path, struct store **out,
				      struct tanda_error *err)
{
	struct store *store = calloc(1, sizeof *store);
	enum tanda_status status;
	int rc;

	*out = NULL;
	if (store == NULL || (store->path = strdup(path)) == NULL) {
		free(store);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	store->readonly = 1;
	status = store_check_path(path, TANDA_ENOINPUT, err);
	if (status == TANDA_OK)
		status = access(path, F_OK) == 0 || errno != ENOENT ? open_existing(store, err)
								     : open_empty(store, err);
	if (status == TANDA_OK &&
	    (rc = sqlite3_exec(store->db, schema_session_sql, NULL, NULL, NULL)) != SQLITE_OK)
		status = store_fail(store, rc, "cannot prepare the database", err);
	if (status != TANDA_OK) {
		store_close(store);
		return status;
	}
	*out = store;
	return TANDA_OK;
}

/* Open the existing file at store->path read-only, as it is; *current
 * says whether its schema is this tanda's. */
static enum tanda_status open_as_it_is(struct store *store, int *current,
				       struct tanda_error *err)
{
	enum tanda_status status = store_check_path(store->path, TANDA_ENOINPUT, err);
	int version = 0;

	if (status == TANDA_OK)
		status = store_open_file(store, err);
	if (status == TANDA_OK)
		status = schema_version(store->db, store->path, &version, err);
	*current = version == SCHEMA_VERSION;
	return status;
}

enum tanda_status store_open_current(const char *path, struct store **out,
				     struct tanda_error *err)
{
	struct store *store;
	enum tanda_status status;
	int current = 0;

	*out = NULL;
	if (access(path, F_OK) != 0)
		return TANDA_OK;	/* nothing recorded */
	if ((store = calloc(1, sizeof *store)) == NULL || (store->path = strdup(path)) == NULL) {
		free(store);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	store->readonly = 1;
	status = open_as_it_is(store, &current, err);
	if (status != TANDA_OK || !current) {
		store_close(store);
		return status;
	}
	*out = store;
	return TANDA_OK;
}
