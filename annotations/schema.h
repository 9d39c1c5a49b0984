/*
 * schema.h - the database schema and its forward-only migrations, versioned
 * with PRAGMA user_version.
 */
#ifndef TANDA_SCHEMA_H
#define TANDA_SCHEMA_H

#include <sqlite3.h>

#include "error.h"

/* The schema version this tanda writes. */
#define SCHEMA_VERSION 8

/*
 * Bring the database db (called name in messages) up to SCHEMA_VERSION,
 * each missing migration in one IMMEDIATE transaction with the version.
 * A database from a newer tanda fails with TANDA_EDATA and is not touched.
 */
enum tanda_status schema_migrate(sqlite3 *db, const char *name, struct tanda_error *err);

/* The schema version of db, in *version; fails (TANDA_EDATA) when db is
 * not a database. */
enum tanda_status schema_version(sqlite3 *db, const char *name, int *version,
				 struct tanda_error *err);

/* Turn the SQLite result code rc of a failed call on db into a status and
 * a message that names the database and says what it was doing. */
enum tanda_status schema_fail(sqlite3 *db, int rc, const char *name, const char *doing,
			      struct tanda_error *err);

/* The connection's own tables and triggers (who makes the changes; the
 * correction history's triggers), run after every open. */
extern const char schema_session_sql[];

#endif
