/*
 * schema.c - the migrations: version N's SQL takes a database from
 * version N-1 to N.  Never edit a migration that has shipped; add one.
 */
#include <stdio.h>
#include <string.h>

#include "schema.h"

/* The migrations, indexed by the version they lead to. */
static const char *const migrations[SCHEMA_VERSION + 1] = {
	[1] =
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  sha256 TEXT NOT NULL UNIQUE,"
	"  title TEXT, source TEXT, url TEXT, published TEXT, language TEXT,"
	"  path TEXT,"
	"  first_opened TEXT NOT NULL,"
	"  last_opened TEXT NOT NULL,"
	"  paragraphs INTEGER NOT NULL,"
	"  text TEXT NOT NULL);"
	"CREATE INDEX articles_by_path ON articles (path);"
	"CREATE INDEX articles_by_title ON articles (title, source);"
	"CREATE TABLE annotations ("
	"  id INTEGER PRIMARY KEY,"
	"  uuid TEXT NOT NULL UNIQUE,"
	"  article_id INTEGER NOT NULL REFERENCES articles (id),"
	/* the allowed values are spelled out with OR, not IN: SQLite builds
	 * a temporary b-tree for an IN list on every row it checks */
	"  kind TEXT NOT NULL CHECK (kind = 'highlight' OR kind = 'quote'"
	"    OR kind = 'claim' OR kind = 'correction' OR kind = 'note'),"
	"  exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL CHECK (end >= start),"
	"  paragraph INTEGER NOT NULL, para_start INTEGER NOT NULL, para_end INTEGER NOT NULL,"
	"  anchor TEXT NOT NULL DEFAULT 'exact' CHECK (anchor = 'exact' OR anchor = 'fuzzy'"
	"    OR anchor = 'orphan' OR anchor = 'resolved-by-edit'),"
	"  anchor_score REAL, old_exact TEXT,"
	"  note TEXT, color TEXT, speaker TEXT,"
	"  claim_status TEXT CHECK (claim_status = 'unverified' OR claim_status = 'supported'"
	"    OR claim_status = 'disputed' OR claim_status = 'false'"
	"    OR claim_status = 'misleading' OR claim_status = 'needs-source'),"
	"  replacement TEXT,"
	"  correction_kind TEXT CHECK (correction_kind = 'date' OR correction_kind = 'name'"
	"    OR correction_kind = 'title' OR correction_kind = 'number'"
	"    OR correction_kind = 'spelling' OR correction_kind = 'attribution'"
	"    OR correction_kind = 'other'),"
	"  correction_status TEXT CHECK (correction_status = 'proposed'"
	"    OR correction_status = 'accepted' OR correction_status = 'rejected'"
	"    OR correction_status = 'published'),"
	"  reviewed_by TEXT, reviewed_at TEXT,"
	"  author TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,"
	"  deleted INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX annotations_in_order ON annotations (article_id, start, uuid);"
	"CREATE TABLE tags ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE);"
	"CREATE TABLE annotation_tags ("
	"  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,"
	"  tag_id INTEGER NOT NULL REFERENCES tags (id),"
	"  PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID;"
	"CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id);"
	"INSERT INTO tags (name) VALUES ('claim'), ('quote'), ('date-error'),"
	"  ('name-error'), ('title-error'), ('number-error'), ('needs-source'), ('opinion');",
	/* an article known from an imported set without its text waits,
	 * pending, for a file with its sha256 to be opened */
	[2] = "ALTER TABLE articles ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;",
	/* every change to a correction, for review and for the corrections
	 * log; filled by the triggers of schema_session_sql */
	[3] = "CREATE TABLE correction_history ("
	      "  id INTEGER PRIMARY KEY,"
	      "  annotation TEXT NOT NULL,"
	      "  at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL,"
	      "  old_status TEXT, new_status TEXT,"
	      "  old_replacement TEXT, new_replacement TEXT,"
	      "  reason TEXT);"
	      "CREATE INDEX correction_history_by_annotation ON correction_history (annotation, id);",
	/* where a correction was published to (the output's path), so that
	 * its history says who published it, when and where */
	[4] = "ALTER TABLE correction_history ADD COLUMN place TEXT;",
	/* the record stays true (issue 12): a revision number on every
	 * annotation, so that an update or a delete applies only to the
	 * revision it was made from; the front matter's id, a key (with the
	 * url and the canonical path) for an article's revisions, where the
	 * guessed title no longer is; relative paths, which name no file for
	 * sure, forgotten */
	[5] = "ALTER TABLE annotations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;"
	      "ALTER TABLE articles ADD COLUMN meta_id TEXT;"
	      "DROP INDEX articles_by_title;"
	      "CREATE INDEX articles_by_url ON articles (url);"
	      "CREATE INDEX articles_by_meta_id ON articles (meta_id);"
	      "UPDATE articles SET path = NULL WHERE substr(path, 1, 1) != '/';",
	/* review decisions as records of the reviewer who made them, on one
	 * version of the correction (store-decision.c): they travel in the
	 * reviewer's own set, and a correction's status is derived from them;
	 * one decision is one row however often it is imported */
	[6] = "CREATE TABLE decisions ("
	      "  id INTEGER PRIMARY KEY,"
	      "  annotation TEXT NOT NULL,"
	      "  article TEXT NOT NULL,"
	      "  reviewer TEXT NOT NULL,"
	      "  decision TEXT NOT NULL CHECK (decision = 'accepted' OR decision = 'rejected'"
	      "    OR decision = 'published' OR decision = 'unpublished'),"
	      "  at TEXT NOT NULL, version TEXT NOT NULL,"
	      "  reason TEXT, place TEXT,"
	      "  UNIQUE (annotation, reviewer, decision, at, version));"
	      "CREATE INDEX decisions_by_article ON decisions (article, reviewer);",
	/* decisions that travel for every review (issue 14): a correction
	 * proposed again ("proposed", with a reviewer's words or none), an
	 * annotation dismissed by someone else than its author and the
	 * dismissal withdrawn; a reviewer's replacement carried in the
	 * decision, and on a correction the author's words kept (proposed)
	 * while a reviewer's stand in replacement.  A CHECK cannot change:
	 * the table is built anew.  A decision's article follows its
	 * annotation to a new revision of the article (the triggers). */
	[7] = "CREATE TABLE decisions_new ("
	      "  id INTEGER PRIMARY KEY,"
	      "  annotation TEXT NOT NULL,"
	      "  article TEXT NOT NULL,"
	      "  reviewer TEXT NOT NULL,"
	      "  decision TEXT NOT NULL CHECK (decision = 'accepted' OR decision = 'rejected'"
	      "    OR decision = 'published' OR decision = 'unpublished'"
	      "    OR decision = 'proposed' OR decision = 'dismissed'"
	      "    OR decision = 'undismissed'),"
	      "  at TEXT NOT NULL, version TEXT NOT NULL,"
	      "  reason TEXT, place TEXT, replacement TEXT,"
	      "  UNIQUE (annotation, reviewer, decision, at, version));"
	      "INSERT INTO decisions_new (id, annotation, article, reviewer, decision, at, version,"
	      "  reason, place) SELECT id, annotation, article, reviewer, decision, at, version,"
	      "  reason, place FROM decisions;"
	      "DROP TABLE decisions;"
	      "ALTER TABLE decisions_new RENAME TO decisions;"
	      "CREATE INDEX decisions_by_article ON decisions (article, reviewer);"
	      "ALTER TABLE annotations ADD COLUMN proposed TEXT;"
	      "UPDATE decisions SET article = (SELECT art.sha256 FROM annotations a"
	      "  JOIN articles art ON art.id = a.article_id WHERE a.uuid = decisions.annotation)"
	      " WHERE EXISTS (SELECT 1 FROM annotations a WHERE a.uuid = decisions.annotation);"
	      "CREATE TRIGGER decisions_follow_insert AFTER INSERT ON annotations BEGIN"
	      "  UPDATE decisions SET article = (SELECT sha256 FROM articles"
	      "   WHERE id = NEW.article_id) WHERE annotation = NEW.uuid;"
	      " END;"
	      "CREATE TRIGGER decisions_follow_move AFTER UPDATE OF article_id ON annotations"
	      " WHEN OLD.article_id IS NOT NEW.article_id BEGIN"
	      "  UPDATE decisions SET article = (SELECT sha256 FROM articles"
	      "   WHERE id = NEW.article_id) WHERE annotation = NEW.uuid;"
	      " END;",
	/* how lines became paragraphs when the article was recorded (its
	 * option, its front matter or the guess), so that the file opened
	 * again without the option is split the same way and its
	 * annotations' paragraphs still fit; NULL: not known (recorded
	 * before, imported, or not a text file) */
	[8] = "ALTER TABLE articles ADD COLUMN layout TEXT"
	      "  CHECK (layout IS NULL OR layout = 'lines' OR layout = 'blocks');",
};

/* Who changes a correction, why, (publishing it) where to and (a
 * decision, which leaves the annotation's modified time as it was) when, and the
 * triggers that write every change of a correction into
 * correction_history: temporary objects of each connection, so that the
 * actor is that process's.  Taking a published correction back to
 * accepted is "unpublished". */
const char schema_session_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS change_context (who TEXT, reason TEXT, place TEXT,"
	"  at TEXT);"
	"INSERT INTO change_context SELECT NULL, NULL, NULL, NULL"
	" WHERE NOT EXISTS (SELECT 1 FROM change_context);"
	"CREATE TEMP TRIGGER IF NOT EXISTS correction_added AFTER INSERT ON main.annotations"
	" WHEN NEW.kind = 'correction' BEGIN"
	"  INSERT INTO correction_history (annotation, at, who, action, new_status,"
	"   new_replacement, reason)"
	"  SELECT NEW.uuid, coalesce(c.at, NEW.modified), coalesce(c.who, NEW.author),"
	"   coalesce(NEW.correction_status, 'proposed'), NEW.correction_status,"
	"   NEW.replacement, c.reason FROM change_context c;"
	" END;"
	"CREATE TEMP TRIGGER IF NOT EXISTS correction_changed AFTER UPDATE ON main.annotations"
	" WHEN NEW.kind = 'correction' AND (OLD.correction_status IS NOT NEW.correction_status"
	"  OR OLD.replacement IS NOT NEW.replacement OR OLD.deleted != NEW.deleted) BEGIN"
	"  INSERT INTO correction_history (annotation, at, who, action, old_status,"
	"   new_status, old_replacement, new_replacement, reason, place)"
	"  SELECT NEW.uuid, coalesce(c.at, NEW.modified),"
	"   coalesce(c.who, CASE WHEN OLD.correction_status IS NOT NEW.correction_status"
	"    THEN NEW.reviewed_by END, NEW.author),"
	"   CASE WHEN OLD.deleted != NEW.deleted THEN"
	"     CASE NEW.deleted WHEN 1 THEN 'deleted' ELSE 'restored' END"
	"    WHEN OLD.correction_status = 'published' AND NEW.correction_status = 'accepted'"
	"     THEN 'unpublished'"
	"    WHEN OLD.correction_status IS NOT NEW.correction_status THEN NEW.correction_status"
	"    ELSE 'edited' END,"
	"   OLD.correction_status, NEW.correction_status, OLD.replacement, NEW.replacement,"
	"   c.reason, c.place FROM change_context c;"
	" END;"
	/* the text's edits that resolve a correction, or take the fix back;
	 * a detached or fuzzy one put on words by hand (its reason says so:
	 * ANNOTATE_ATTACHED in ui/annotate.h starts with "attached") */
	"CREATE TEMP TRIGGER IF NOT EXISTS correction_anchored AFTER UPDATE"
	" ON main.annotations WHEN NEW.kind = 'correction' AND (OLD.anchor IS NOT NEW.anchor"
	"  AND (NEW.anchor = 'resolved-by-edit' OR OLD.anchor = 'resolved-by-edit')"
	"  OR (SELECT reason FROM temp.change_context) LIKE 'attached%') BEGIN"
	"  INSERT INTO correction_history (annotation, at, who, action, old_status,"
	"   new_status, reason)"
	"  SELECT NEW.uuid, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce(c.who, NEW.author),"
	"   CASE WHEN c.reason LIKE 'attached%' THEN 'attached'"
	"    WHEN NEW.anchor = 'resolved-by-edit' THEN 'resolved-by-edit'"
	"    WHEN NEW.anchor = 'exact' THEN 'reverted' ELSE 'unresolved' END,"
	"   NEW.correction_status, NEW.correction_status,"
	"   coalesce(c.reason, CASE WHEN NEW.anchor = 'resolved-by-edit' THEN 'fixed in the file'"
	"    WHEN NEW.anchor = 'exact' THEN 'the wrong words are back in the file'"
	"    ELSE 'the file changed: ' || NEW.anchor END) FROM change_context c;"
	" END;";

enum tanda_status schema_fail(sqlite3 *db, int rc, const char *name, const char *doing,
			      struct tanda_error *err)
{
	/* once a statement is reset the connection's message may be gone
	 * ("not an error"): then the code's own */
	const char *why = db && sqlite3_errcode(db) != SQLITE_OK ? sqlite3_errmsg(db)
								  : sqlite3_errstr(rc);
	int sys = db ? sqlite3_system_errno(db) : 0;
	enum tanda_status status;

	switch (rc & 0xFF) {
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
	case SQLITE_CONSTRAINT:
	case SQLITE_MISMATCH:
		status = TANDA_EDATA;
		break;
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
		status = TANDA_ECANTCREATE;
		break;
	case SQLITE_NOMEM:
		status = TANDA_ENOMEM;
		break;
	default:
		status = TANDA_EIO;
		break;
	}
	if (status == TANDA_ECANTCREATE)
		doing = "cannot write there";
	if ((rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB)
		return tanda_fail(err, status, "%s: %s: the database is damaged (%s); `tanda doctor "
				  "--db %s` says where", name, doing, why, name);
	if (sys != 0 && (status == TANDA_EIO || status == TANDA_ECANTCREATE))
		return tanda_fail(err, status, "%s: %s: %s (%s)", name, doing, why, strerror(sys));
	return tanda_fail(err, status, "%s: %s: %s", name, doing, why);
}

enum tanda_status schema_version(sqlite3 *db, const char *name, int *version,
				 struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL);

	if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*version = sqlite3_column_int(stmt, 0);
		sqlite3_finalize(stmt);
		return TANDA_OK;
	}
	sqlite3_finalize(stmt);
	return schema_fail(db, rc, name, "cannot read the database", err);
}

/* Run the migrations after version `from`, with the new version, inside
 * the open transaction. */
static int apply_after(sqlite3 *db, int from)
{
	char set_version[64];
	int rc = SQLITE_OK, version;

	for (version = from + 1; version <= SCHEMA_VERSION && rc == SQLITE_OK; version++)
		rc = sqlite3_exec(db, migrations[version], NULL, NULL, NULL);
	snprintf(set_version, sizeof set_version, "PRAGMA user_version = %d", SCHEMA_VERSION);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, set_version, NULL, NULL, NULL);
	return rc;
}

/* Fail for a database from a newer tanda. */
static enum tanda_status too_new(const char *name, int version, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA,
			  "%s: written by a newer tanda (schema %d; this tanda knows up to %d); "
			  "left as it is", name, version, SCHEMA_VERSION);
}

enum tanda_status schema_migrate(sqlite3 *db, const char *name, struct tanda_error *err)
{
	int version, rc;
	enum tanda_status status = schema_version(db, name, &version, err);

	if (status != TANDA_OK)
		return status;
	if (version > SCHEMA_VERSION)
		return too_new(name, version, err);
	if (version == SCHEMA_VERSION)
		return TANDA_OK;
	rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return schema_fail(db, rc, name, "cannot upgrade the database", err);
	/* another tanda may have migrated while we waited for the lock */
	status = schema_version(db, name, &version, err);
	if (status == TANDA_OK && version > SCHEMA_VERSION)
		status = too_new(name, version, err);
	if (status == TANDA_OK && version < SCHEMA_VERSION && (rc = apply_after(db, version)) != SQLITE_OK)
		status = schema_fail(db, rc, name, "cannot upgrade the database", err);
	if (status == TANDA_OK && (rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
		status = schema_fail(db, rc, name, "cannot upgrade the database", err);
	if (status != TANDA_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return status;
}
