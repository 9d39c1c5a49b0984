/*
 * store-int.h - what the files of the store share, and only they
 * (store.c, store-article.c, store-annotation.c, store-tag.c,
 * store-history.c, store-correction.c, store-decision.c, ...): struct store, the ids of the prepared statements, the
 * statement cache, the transaction and error helpers, binding and reading
 * columns, and the tags' part of a listing.  Callers outside the store use
 * store.h.
 */
#ifndef TANDA_STORE_INT_H
#define TANDA_STORE_INT_H

#include <assert.h>
#include <stddef.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"

/*
 * The columns of an annotation after its uuid and its article, each the
 * name of its parameter in the statements that write it (":kind") and of
 * its place in those that read it (COLUMN_kind): a column is added here,
 * in bind_annotation and in read_annotation (store-annotation.c).  A move
 * writes the anchor's; a merge's look at a stored record reads the kind and
 * the others (SAYING_COLUMNS: what it says, with its tags), not the
 * anchor's (ST_ANNOTATION_SAYS).
 */
#define ANCHOR_COLUMNS(X) \
	X(exact) X(prefix) X(suffix) X(start) X(end) X(paragraph) X(para_start) \
	X(para_end) X(anchor) X(anchor_score) X(old_exact)
#define SAYING_COLUMNS(X) \
	X(note) X(color) X(speaker) X(claim_status) X(replacement) X(correction_kind) \
	X(correction_status) X(reviewed_by) X(reviewed_at) X(author) X(created) X(modified) \
	X(deleted) X(proposed)
#define ANNOTATION_COLUMNS(X) X(kind) ANCHOR_COLUMNS(X) SAYING_COLUMNS(X)

/* The places of the columns of an annotation read back (SELECT_ANNOTATION
 * in store.c). */
enum annotation_column {
	COLUMN_uuid,
	COLUMN_article,		/* its sha256 */
#define COLUMN_PLACE(name) COLUMN_##name,
	ANNOTATION_COLUMNS(COLUMN_PLACE)
#undef COLUMN_PLACE
	COLUMN_revision,	/* written by the store alone: one more each write */
	COLUMN_tags		/* their names, or the row id for a listing */
};

/* The prepared statements, their SQL in statement_sql[] (store.c). */
enum statement {
	ST_ARTICLE_UPSERT,
	ST_ARTICLE_REVISION_OF,
	ST_ARTICLE_FORGET_PATH,
	ST_ARTICLE_GET,
	ST_ARTICLE_STATE,
	ST_ARTICLE_LIST,
	ST_ARTICLE_LIST_BY_SHA,
	ST_ARTICLE_PUT,
	ST_ARTICLE_TEXT,
	ST_ARTICLE_LAYOUT,
	ST_ARTICLE_FIND,
	ST_ARTICLE_PREFIX,
	ST_ARTICLE_LINKED,
	ST_FORGET_DECISIONS,
	ST_FORGET_HISTORY,
	ST_FORGET_TAG_LINKS,
	ST_FORGET_ANNOTATIONS,
	ST_FORGET_ARTICLE,
	ST_ANNOTATION_INSERT,
	ST_ANNOTATION_UPDATE,
	ST_ANNOTATION_DELETED,
	ST_ANNOTATION_MOVE,
	ST_ANNOTATION_GET,
	ST_ANNOTATION_SAYS,
	ST_ANNOTATION_REVISION,
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
	ST_SET_PLACE,
	ST_CORRECTION_OVERLAP,
	ST_ID_PREFIX,
	ST_ID_ALL,
	ST_DATA_VERSION,
	ST_DECISION_ADD,
	ST_DECISION_LIST,
	ST_DECISIONS_ON,
	ST_DECISION_STATUS,
	ST_DISMISSED_BY,
	ST_DISMISSALS,
	ST_DISMISSAL_AT,
	ST_REVIEW_AT,
	ST_ACTOR,
	ST_SET_AT,
	ST_COUNT
};

/* An open store: the connection, its statements, its transaction. */
struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *statements[ST_COUNT];
	int depth;		/* store_begin calls not yet committed */
	int checked;		/* quick_check passed before the first write */
	int failed;		/* an inner write failed: the outer one rolls back */
	long long data_version;	/* PRAGMA data_version last seen; -1: not yet */
	int readonly;		/* store_open_readonly's: never written */
};

/* How long a connection waits for a writer before giving up, in ms. */
#define STORE_BUSY_TIMEOUT_MS 10000

/* Open store->db on the existing file at store->path for reading only,
 * immutable where the file or its folder cannot be written (no -shm is
 * made); its schema as it is (store-readonly.c). */
enum tanda_status store_open_file(struct store *store, struct tanda_error *err);

/* Refuse path, before SQLite touches it, when something other than a
 * regular file is there (a device, a FIFO, a folder: SQLite would write
 * its journal beside /dev/null), failing with status and a message. */
enum tanda_status store_check_path(const char *path, enum tanda_status status,
				   struct tanda_error *err);

/* The prepared statement id, prepared on first use; NULL on failure (with
 * err filled). */
sqlite3_stmt *store_statement(struct store *store, enum statement id, struct tanda_error *err);

/* Fail with the database's error for rc while doing. */
enum tanda_status store_fail(struct store *store, int rc, const char *doing,
			     struct tanda_error *err);

/* Step stmt to completion; TANDA_OK or a failure while doing. */
enum tanda_status store_run(struct store *store, sqlite3_stmt *stmt, const char *doing,
			    struct tanda_error *err);

/* Set the one text parameter, name, of statement id to value (NULL
 * allowed) and run it; TANDA_OK or a failure while doing. */
enum tanda_status store_run_text(struct store *store, enum statement id, const char *name,
				 const char *value, const char *doing, struct tanda_error *err);

/* End a write begun with store_begin: commit it on success, roll it back
 * on failure. */
enum tanda_status store_write_end(struct store *store, enum tanda_status status,
				  struct tanda_error *err);

/* The index of stmt's parameter name (":uuid"): every statement is bound
 * by name, so that a column is added in one place.  A name the statement
 * does not have is a bug. */
static inline int store_param(sqlite3_stmt *stmt, const char *name)
{
	int i = sqlite3_bind_parameter_index(stmt, name);

	assert(i > 0);
	return i;
}

/* Bind text (NULL binds NULL) to parameter i; the text must outlive the
 * statement's step. */
static inline void bind_text_at(sqlite3_stmt *stmt, int i, const char *text)
{
	if (text == NULL)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, text, -1, SQLITE_STATIC);
}

/* Bind text (NULL binds NULL) to parameter name; the text must outlive
 * the statement's step. */
static inline void bind_text(sqlite3_stmt *stmt, const char *name, const char *text)
{
	bind_text_at(stmt, store_param(stmt, name), text);
}

/* Bind a name from an enum table (index 0 may be "none": NULL). */
static inline void bind_name(sqlite3_stmt *stmt, const char *name, const char *const *names,
			     int index)
{
	bind_text(stmt, name, names[index]);
}

/* Bind an integer to parameter name. */
static inline void bind_int64(sqlite3_stmt *stmt, const char *name, sqlite3_int64 value)
{
	sqlite3_bind_int64(stmt, store_param(stmt, name), value);
}

/* Copy column i of stmt into the fixed buffer buf of size bytes. */
static inline void column_fixed(sqlite3_stmt *stmt, int i, char *buf, size_t size)
{
	const char *text = (const char *)sqlite3_column_text(stmt, i);
	size_t len = text ? strnlen(text, size - 1) : 0;

	memcpy(buf, text ? text : "", len);
	buf[len] = '\0';
}

/* Give correction a (just written) the status its decisions make, when it
 * has any: the latest on its current version, or proposed again when none
 * is on it, "changed after" the one that stood on its previous version
 * (NULL: not known) (store-decision.c).  The history says who made the
 * decision. */
enum tanda_status store_decision_derive(struct store *store, const struct annotation *a,
					const char *previous, struct tanda_error *err);

/* After an edit made here of correction a, whose version was previous
 * (NULL: new): when it changed what the decision standing on previous was
 * made on, that decision is re-recorded on the new version when the one
 * editing (the actor) made it, else it is stale and a is proposed again.
 * Nothing when a has no decisions. */
enum tanda_status store_decision_after_edit(struct store *store, const struct annotation *a,
					    const char *previous, struct tanda_error *err);

/* What the history says of a decision: who made it (NULL: the actor as
 * it is), why, where it was published to, and when (each NULL: none). */
struct decision_context {
	const char *who, *reason, *place, *at;
	const char *words;	/* a reviewer's replacement that stands, or NULL */
};

/* Give correction id the status, reviewer and review time a decision
 * gives it, its modified time kept (a decision is not an edit): the
 * history says so as c says. */
enum tanda_status store_decision_status(struct store *store, const char *id,
					enum correction_status status, const char *by,
					const char *reviewed_at, const struct decision_context *c,
					struct tanda_error *err);

/* A correction written here already accepted or published (`tanda
 * annotate --status accepted`) is that decision, made by its reviewer,
 * else the actor, else its author: record it. */
enum tanda_status store_decision_made_here(struct store *store, const struct annotation *a,
					   struct tanda_error *err);

/* The time of who's new review decision on annotation id, into at (now
 * on entry): now, or a second after who's latest review of it when that
 * is not earlier, so that an undo and a redo in one second are rows of
 * their own, in order. */
enum tanda_status store_decision_review_time(struct store *store, const char *id,
					     const char *who, char at[ANNOTATION_TIME_SIZE],
					     struct tanda_error *err);

/* Add d unless the same decision is stored already (*added says which;
 * may be NULL), deriving nothing: the caller writes its correction. */
enum tanda_status store_decision_insert(struct store *store, const struct store_decision *d,
					int *added, struct tanda_error *err);

/* Check the tag names of a: not empty, no control characters. */
enum tanda_status store_tags_check(const struct annotation *a, struct tanda_error *err);

/* Replace the tags of the stored annotation a, row id row (0: unknown), by
 * a's tags; a fresh one has none to replace. */
enum tanda_status store_tags_write(struct store *store, const struct annotation *a,
				   sqlite3_int64 row, int fresh, struct tanda_error *err);

/* Add the tags of a row (one per line, SELECT_TAG_NAMES) to a; 0 on
 * success. */
int store_tags_read(sqlite3_stmt *stmt, int i, struct annotation *a);

/* A tag's id and its name (cut to 255 bytes, as store_tags_read cuts it). */
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

/* Give a (row id id) its tags, with the cursor; SQLITE_OK or an error. */
int store_tag_links_read(struct store *store, struct tag_cursor *c, sqlite3_int64 id,
			 struct tag_room *room, struct annotation *a);

/* Free what room holds. */
void store_tag_room_free(struct tag_room *room);

#endif
