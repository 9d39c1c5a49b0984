/*
 * store.h - the annotation store: one SQLite database that holds the
 * articles and every annotation on them.  The one interface between the
 * annotations and whatever feeds or reads them (the verbs, the reader, the
 * YAML exporter and importer).
 *
 * Every write is one BEGIN IMMEDIATE ... COMMIT (or part of one opened with
 * store_begin); every statement is prepared once with bound parameters.
 * Nothing here prints or exits: failures return a status and a message.
 */
#ifndef TANDA_STORE_H
#define TANDA_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "annotation.h"
#include "article.h"
#include "error.h"

struct store;

/* An article as the store knows it; strings heap-owned (store_article_clear). */
struct store_article {
	char sha256[65];
	char *title, *source, *url, *published, *language, *path;
	char first_opened[ANNOTATION_TIME_SIZE];
	char last_opened[ANNOTATION_TIME_SIZE];
	size_t paragraphs;
	size_t annotations;	/* not deleted */
	int pending;		/* known from an imported set, its text not yet seen */
};

/* The orders store_article_list can list in. */
enum store_article_order {
	STORE_BY_LAST_OPENED,	/* newest first */
	STORE_BY_SHA256,	/* the order of exported sets */
};

/* What to list; NULL or -1 fields match everything. */
struct store_query {
	const char *article;	/* an article's sha256 */
	int kind;		/* an enum annotation_kind, or -1 */
	const char *tag;
	const char *author;
	const char *status;	/* a claim's or a correction's status */
	const char *grep;	/* in exact text, notes and replacements, any case */
	int include_deleted;
};

/* Called with each annotation listed, in text order; valid only during the
 * call.  A non-zero return stops the listing (and is returned by it as
 * TANDA_OK: stopping is not an error). */
typedef int (*store_visit_fn)(void *context, const struct annotation *annotation);

/*
 * The database path: $TANDA_DB, else $XDG_DATA_HOME/tanda/tanda.db, else
 * ~/.local/share/tanda/tanda.db.  Caller frees; NULL when out of memory.
 */
char *store_default_path(void);

/*
 * Open (creating, with its missing folders 0700 and the file 0600) the
 * database at path and bring its schema up to date.  Fails without
 * touching the file for a path that is not a regular file (a device, a
 * FIFO, a folder: TANDA_ECANTCREATE, before SQLite opens anything), a
 * file that is not a database (TANDA_EDATA), a database from a newer
 * tanda (TANDA_EDATA), or a path that cannot be written
 * (TANDA_ECANTCREATE).
 */
enum tanda_status store_open(const char *path, struct store **out, struct tanda_error *err);

/*
 * Open the database at path for reading only, as the verbs that only read
 * do (list, library, export, doctor): nothing is ever written, so that
 * they work on a read-only file or folder and leave nothing behind (where
 * the file or its folder cannot be written, the file is opened immutable:
 * no -shm file is made).  A database of an older schema is read through a
 * migrated copy in memory; a missing one reads as empty.  Writing to it
 * fails (TANDA_ECANTCREATE).  Fails as store_open does otherwise.
 */
enum tanda_status store_open_readonly(const char *path, struct store **out,
				      struct tanda_error *err);

/* Close the store; NULL is fine. */
void store_close(struct store *store);

/* Open a transaction that groups writes into one commit: every write
 * until the matching store_commit is part of it.  Calls nest: only the
 * outermost begins and commits. */
enum tanda_status store_begin(struct store *store, struct tanda_error *err);

/* Close a store_begin.  The outermost commits; on failure everything since
 * the outermost begin is rolled back and nothing of it is kept — except
 * when the last sync fails (SQLITE_IOERR_FSYNC, said in the message):
 * then it may be kept, whole. */
enum tanda_status store_commit(struct store *store, struct tanda_error *err);

/* Give up a store_begin.  The outermost rolls back now; an inner one makes
 * the outermost commit fail and roll back, so nothing half-done is kept. */
void store_rollback(struct store *store);

/* Record that article was opened from path (NULL for standard input):
 * insert it with its text, or update its metadata, path and last opened
 * time. */
enum tanda_status store_article_upsert(struct store *store, struct article *article,
				       const char *path, struct tanda_error *err);

/*
 * The stored article, other than the one with sha256, last opened from
 * path — or, when path is NULL or none matches, with the same title and
 * source.  Returns 1 and fills *found and *text (caller frees) when there
 * is one with annotations, 0 when there is none.
 */
int store_article_previous(struct store *store, const char *sha256, const char *path,
			   const char *title, const char *source, struct store_article *found,
			   char **text, size_t *text_len, struct tanda_error *err);

/* Fill *out with the stored article sha256; TANDA_EDATA when unknown. */
enum tanda_status store_article_get(struct store *store, const char *sha256,
				    struct store_article *out, struct tanda_error *err);

/* Whether article sha256 is stored: 1 (and *pending says whether it waits
 * for its text), 0 when it is not, -1 on failure (err filled).  What an
 * import asks once per article: it counts nothing, unlike
 * store_article_get. */
int store_article_state(struct store *store, const char *sha256, int *pending,
			struct tanda_error *err);

/* Call fn for each stored article, in order. */
enum tanda_status store_article_list(struct store *store, enum store_article_order order,
				     int (*fn)(void *context, const struct store_article *article),
				     void *context, struct tanda_error *err);

/*
 * Make sure the article described by meta (sha256, title, source, url,
 * published, language, paragraphs) is stored, for an imported set: a new
 * one is created from text, or kept pending when text is NULL; a pending
 * one gets its text when text is given; an existing one keeps what it has.
 */
enum tanda_status store_article_put(struct store *store, const struct store_article *meta,
				    const char *text, size_t text_len, struct tanda_error *err);

/* The text of stored article sha256 in *text (caller frees; NULL for a
 * pending article) and its length in *len. */
enum tanda_status store_article_text(struct store *store, const char *sha256, char **text,
				     size_t *len, struct tanda_error *err);

/* One change of a correction, as its history keeps it; strings valid only
 * during the callback, NULL for none. */
struct correction_event {
	const char *annotation;		/* its id */
	const char *at;			/* when (the annotation's modified time) */
	const char *who;
	const char *action;		/* proposed, accepted, rejected, published, edited,
					 * deleted, restored */
	const char *old_status, *new_status;
	const char *old_replacement, *new_replacement;
	const char *reason;		/* why, when one was given (a rejection's) */
};

/* Say who makes the changes from now on (the reader's or a verb's author),
 * for the corrections' history; NULL: each annotation's author or
 * reviewer. */
enum tanda_status store_set_actor(struct store *store, const char *who, struct tanda_error *err);

/* Update annotation as store_annotation_update does, recording reason
 * (NULL for none) in the history of a correction. */
enum tanda_status store_annotation_update_why(struct store *store, struct annotation *annotation,
					      const char *reason, struct tanda_error *err);

/* Call fn for every change of the correction annotation_id, oldest first;
 * or, with annotation_id NULL, of every correction of the article
 * article_sha256 (NULL: of all articles), in text order. */
enum tanda_status store_history_list(struct store *store, const char *annotation_id,
				     const char *article_sha256,
				     int (*fn)(void *context, const struct correction_event *event),
				     void *context, struct tanda_error *err);

/* Call fn with the name of every tag the store knows (the default set
 * and every tag ever used), in name order; a non-zero return stops. */
enum tanda_status store_tag_names(struct store *store,
				  int (*fn)(void *context, const char *name), void *context,
				  struct tanda_error *err);

/* Free an article record's strings. */
void store_article_clear(struct store_article *article);

/*
 * Add annotation to the store, under its article (which must have been
 * upserted).  An empty id is filled with a new UUID; empty created and
 * modified times with now.  The record is validated first.
 */
enum tanda_status store_annotation_insert(struct store *store, struct annotation *annotation,
					  struct tanda_error *err);

/* Replace the stored annotation with the same id by this one (modified
 * set to now); TANDA_EDATA when there is no such id. */
enum tanda_status store_annotation_update(struct store *store, struct annotation *annotation,
					  struct tanda_error *err);

/* Store annotation exactly as given (id, times and all), replacing a
 * stored one with the same id or adding it: what an import writes. */
enum tanda_status store_annotation_put(struct store *store, const struct annotation *annotation,
				       struct tanda_error *err);

/* Mark annotation id deleted (a tombstone) or, with deleted 0, restore
 * it; TANDA_EDATA when there is no such id. */
enum tanda_status store_annotation_set_deleted(struct store *store, const char *id,
					       int deleted, struct tanda_error *err);

/* Fill *out (cleared first) with the annotation id, deleted or not;
 * TANDA_EDATA when there is no such id. */
enum tanda_status store_annotation_get(struct store *store, const char *id,
				       struct annotation *out, struct tanda_error *err);

/* Call fn for each annotation that query matches, in text order (by
 * article, then start, then id). */
enum tanda_status store_annotation_list(struct store *store, const struct store_query *query,
					store_visit_fn fn, void *context, struct tanda_error *err);

/* Annotations copied out of the store, each record heap-owned. */
struct store_annotations {
	struct annotation *items;
	size_t count, cap;
	int failed;		/* a copy ran out of memory */
};

/* Copy every annotation that query matches into *out (emptied first), in
 * text order, for a caller that changes them; free with
 * store_annotations_free, even on failure. */
enum tanda_status store_annotation_collect(struct store *store, const struct store_query *query,
					   struct store_annotations *out, struct tanda_error *err);

/* Free the copies of list and empty it. */
void store_annotations_free(struct store_annotations *list);

/* Move annotations[count] (stored, matched by id) to the stored article
 * to_sha256 with their new anchors, in one transaction; their modified
 * times are kept: re-anchoring is not an edit. */
enum tanda_status store_annotations_move(struct store *store, const char *to_sha256,
					 const struct annotation *annotations, size_t count,
					 struct tanda_error *err);

/* What `tanda doctor` checks. */
enum store_check {
	STORE_CHECK_INTEGRITY,		/* SQLite's integrity check: pages, records, indexes */
	STORE_CHECK_FOREIGN_KEYS,	/* every annotation's article, every tag link's ends */
	STORE_CHECK_SCHEMA,		/* a schema this tanda does not know */
};

/* One problem found; text valid only during the callback, one line. */
struct store_finding {
	enum store_check check;
	const char *text;
};

/* A run of the doctor: the callback in, the counts out. */
struct store_doctor {
	void (*fn)(void *context, const struct store_finding *finding);
	void *context;
	size_t problems;	/* how many were found */
	int version;		/* the schema version, -1 when it could not be read */
};

/*
 * Check the database file at path as it is, never writing it (nor
 * migrating it): SQLite's integrity check (every b-tree named by what it
 * holds) and foreign key check, and its schema version; each problem goes
 * to d->fn and is counted.  A file SQLite cannot read as a database at all
 * is one problem.  Fails only when the file cannot be opened or read
 * (TANDA_ENOINPUT for a missing file or one that is not a regular file,
 * TANDA_EIO).
 */
enum tanda_status store_doctor_run(struct store_doctor *d, const char *path,
				   struct tanda_error *err);

/*
 * Write a consistent copy of store to the file out (VACUUM INTO: a
 * snapshot of one moment while others may write, compacted), whole or
 * not at all, through a link as cp would, a new file 0600
 * (outfile_write_named).  TANDA_ECANTCREATE when out cannot be created.
 */
enum tanda_status store_backup(struct store *store, const char *out, struct tanda_error *err);

/* The path the store was opened at. */
const char *store_path(const struct store *store);

/* An empty query (matching everything). */
void store_query_init(struct store_query *query);

#endif
