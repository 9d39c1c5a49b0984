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
	char *title, *source, *url, *published, *language;
	char *meta_id;		/* the front matter's id */
	char *path;		/* canonical and absolute, where it was last opened */
	char first_opened[ANNOTATION_TIME_SIZE];
	char last_opened[ANNOTATION_TIME_SIZE];
	size_t paragraphs;
	size_t annotations;	/* not deleted */
	int pending;		/* known from an imported set, its text not yet seen */
	enum article_layout layout;	/* how its lines became paragraphs when it
					 * was recorded; AUTO: not known (recorded
					 * by an older tanda, imported, not text) */
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
	int anchor;		/* an enum anchor_state, or -1 */
	const char *grep;	/* in exact text, notes and replacements, any case */
	int include_deleted;
	const char *hidden_for;	/* leave out what this reviewer dismissed */
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

/*
 * Open the database at path for reading only, as store_open_readonly
 * does, but only when it can be read as it is: *out is left NULL (and
 * TANDA_OK returned) when there is no file, or its schema is not this
 * tanda's (an older one has nothing a quick lookup needs, and is not
 * worth copying into memory for it).  For a lookup before loading (the
 * layout a file was recorded with), whose failure only means a guess.
 */
enum tanda_status store_open_current(const char *path, struct store **out,
				     struct tanda_error *err);

/* Close the store; NULL is fine. */
void store_close(struct store *store);

/* Whether another connection (another process, another reader window)
 * committed a change to the database since the last call (PRAGMA
 * data_version; the first call only takes note), into *changed. */
enum tanda_status store_changed_elsewhere(struct store *store, int *changed,
					  struct tanda_error *err);

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

/* Record that article was opened from path (its canonical absolute path;
 * NULL for standard input): insert it with its text, or update its
 * metadata, path and last opened time. */
enum tanda_status store_article_upsert(struct store *store, struct article *article,
				       const char *path, struct tanda_error *err);

/* Which key made a stored article a revision of another. */
enum store_revision_key {
	STORE_KEY_PATH,		/* the same canonical path */
	STORE_KEY_URL,		/* the same url in the front matter */
	STORE_KEY_ID,		/* the same id in the front matter */
};

/* The names of the keys ("path", "url", "id"). */
extern const char *const store_revision_key_names[];

/*
 * The stored article, other than the one with sha256 and with
 * annotations, that an article at path (canonical and absolute; NULL:
 * none) with the front matter's url and meta_id (NULL: none) is a
 * revision of: the one last opened at path, or with the same url or id
 * (never by a guessed title, an empty field or a relative path), whose
 * url and id, where both articles have them, agree.  Returns 1 and fills
 * *found, *key and *text (caller frees) when there is one, 0 when there is
 * none, -1 on failure (err filled).
 */
int store_article_revision_of(struct store *store, const char *sha256, const char *path,
			      const char *url, const char *meta_id, struct store_article *found,
			      enum store_revision_key *key, char **text, size_t *text_len,
			      struct tanda_error *err);

/*
 * The layout recorded for the stored article that an article with sha256,
 * opened from path (canonical and absolute; NULL: none), with the front
 * matter's url and meta_id (NULL: none) is: the one with the same text,
 * else the one last opened at path, else one with that url or id.  *layout
 * is ARTICLE_LAYOUT_AUTO when none of them recorded one.
 */
enum tanda_status store_article_layout(struct store *store, const char *sha256,
				       const char *path, const char *url, const char *meta_id,
				       enum article_layout *layout, struct tanda_error *err);

/* Forget that stored article sha256 is at path (another article took its
 * place there). */
enum tanda_status store_article_forget_path(struct store *store, const char *sha256,
					    const char *path, struct tanda_error *err);

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
	const char *action;		/* proposed, accepted, rejected, published,
					 * unpublished, edited, deleted, restored;
					 * resolved-by-edit, reverted, unresolved (the
					 * file's edits); attached */
	const char *old_status, *new_status;
	const char *old_replacement, *new_replacement;
	const char *reason;		/* why, when one was given (a rejection's, an
					 * unpublishing's) */
	const char *place;		/* where it was published to (the output's path) */
};

/* Say who makes the changes from now on (the reader's or a verb's author),
 * for the corrections' history; NULL: each annotation's author or
 * reviewer. */
enum tanda_status store_set_actor(struct store *store, const char *who, struct tanda_error *err);

/* Say where the changes from now on publish to (NULL: nowhere), for the
 * history of the corrections marked published. */
enum tanda_status store_set_place(struct store *store, const char *place,
				  struct tanda_error *err);

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
 * set to now), only when the stored one is still the revision it was read
 * from (annotation->revision; 0, for a record not read from the store:
 * whatever is stored); its revision then becomes the new one.  Fails with
 * TANDA_ESTALE, overwriting nothing, when another process changed or
 * deleted it since (read it again and show that); TANDA_EDATA when there
 * is no such id. */
enum tanda_status store_annotation_update(struct store *store, struct annotation *annotation,
					  struct tanda_error *err);

/* Store annotation exactly as given (id, times and all), replacing a
 * stored one with the same id or adding it: what an import writes. */
enum tanda_status store_annotation_put(struct store *store, const struct annotation *annotation,
				       struct tanda_error *err);

/* Mark annotation id deleted (a tombstone) or, with deleted 0, restore
 * it, whatever its revision; TANDA_EDATA when there is no such id. */
enum tanda_status store_annotation_set_deleted(struct store *store, const char *id,
					       int deleted, struct tanda_error *err);

/* Mark annotation id deleted or restore it, as store_annotation_set_deleted
 * does, only when the stored one is still revision *revision (0: any),
 * which then becomes the new revision; TANDA_ESTALE, changing nothing,
 * when another process changed it since. */
enum tanda_status store_annotation_delete_revision(struct store *store, const char *id,
						   int64_t *revision, int deleted,
						   struct tanda_error *err);

/* Fill *out (cleared first) with the annotation id, deleted or not;
 * TANDA_EDATA when there is no such id. */
enum tanda_status store_annotation_get(struct store *store, const char *id,
				       struct annotation *out, struct tanda_error *err);

/* Look at what a stored annotation says (store_annotation_says): a, read
 * in place and valid during the call only, with its article but without
 * its anchor (exact and the others NULL or 0), and without its tags in
 * a->tags: their names come as tag_lines, one per line in no order (NULL
 * when it has none), as stored (a name may be longer than the 255 bytes
 * store_annotation_get keeps). */
typedef void (*store_says_fn)(void *context, const struct annotation *a,
			      const char *tag_lines);

/* Call fn with what the annotation id says, when it is stored (*found
 * says whether it is, deleted or not): what a merge compares of each
 * record it meets, read without copying (`make bench`, sync-50x2000). */
enum tanda_status store_annotation_says(struct store *store, const char *id,
					store_says_fn fn, void *context, int *found,
					struct tanda_error *err);

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

/*
 * The decisions on a correction (store-correction.c), each one update with
 * its entry in the correction's history, made by who (who also becomes the
 * store's actor, see store_set_actor).  Each fails with TANDA_EDATA, a
 * message naming the correction and changing nothing, when a is not a
 * live correction or its status does not allow the decision.
 */

/*
 * Find a correction of the article article_sha256, not deleted and other
 * than except (an id, or NULL), whose words overlap the code points
 * [start, end) and, unless status is CORRECTION_STATUS_NONE, whose status
 * is status: the first in text order into *found (cleared first) and 1
 * into *overlaps, or 0 into *overlaps when there is none.
 */
enum tanda_status store_correction_overlapping(struct store *store, const char *article_sha256,
					       uint64_t start, uint64_t end, const char *except,
					       enum correction_status status,
					       struct annotation *found, int *overlaps,
					       struct tanda_error *err);

/* Accept a (proposed, rejected, or accepted already): accepted, reviewed
 * by who now.  Refused when a has no replacement, and when an accepted
 * correction overlaps it: then that one is in *conflict (cleared first;
 * its id empty otherwise) and the message names both and says to reject
 * the other first. */
enum tanda_status store_correction_accept(struct store *store, struct annotation *a,
					  const char *who, struct annotation *conflict,
					  struct tanda_error *err);

/* Reject a (proposed or accepted; a published one is unpublished first):
 * rejected, reviewed by who now, with reason (NULL for none) in its
 * history. */
enum tanda_status store_correction_reject(struct store *store, struct annotation *a,
					  const char *who, const char *reason,
					  struct tanda_error *err);

/* Mark accepted a published by who, now, to where (the output's path):
 * the history says who, when and where. */
enum tanda_status store_correction_publish(struct store *store, struct annotation *a,
					   const char *who, const char *where,
					   struct tanda_error *err);

/* Take published a back to accepted (it is to be published again, or
 * rejected), by who for reason (required, not empty): the history says
 * "unpublished", who and why. */
enum tanda_status store_correction_unpublish(struct store *store, struct annotation *a,
					     const char *who, const char *reason,
					     struct tanda_error *err);

/* Propose a again (accepted or rejected; a published one must be
 * unpublished first): proposed, nobody's review standing, by who now, with
 * reason (NULL: none) in its history; with words (NULL: none) its
 * replacement, carried in the decision when who is not its author.
 * Nothing when a is proposed already and no words are given. */
enum tanda_status store_correction_reopen(struct store *store, struct annotation *a,
					  const char *who, const char *reason, const char *words,
					  struct tanda_error *err);

/*
 * Review decisions (store-decision.c): records of the reviewer who made
 * them, on one version of a correction (a hash of its exact text and its
 * replacement), kept as rows of their own so that they travel in the
 * reviewer's own set.  A correction that has any is given the status of
 * the latest on its current version; when its author changed what was
 * decided on, none is on it and it is proposed again.  store_correction_*
 * record one each; importing adds them (store_decision_add).  A decision
 * may carry a reviewer's replacement: the latest on the current version
 * that carries one gives the correction its words (the author's kept in
 * proposed).  A dismissal is of the annotation (any kind), whatever its
 * version: the latest of its reviewer's dismissed and undismissed stands
 * and hides it from that reviewer's views; it never changes a status.
 */
enum decision_kind {
	DECISION_ACCEPTED,
	DECISION_REJECTED,
	DECISION_PUBLISHED,
	DECISION_UNPUBLISHED,
	DECISION_PROPOSED,	/* proposed again (reopened), or given new words */
	DECISION_DISMISSED,	/* hidden from the reviewer's views, for others to see */
	DECISION_UNDISMISSED,	/* that dismissal withdrawn */
	DECISION_KINDS
};

/* "accepted", "rejected", "published", "unpublished", "proposed",
 * "dismissed", "undismissed". */
extern const char *const decision_names[DECISION_KINDS];

/* A version's text: 32 hexadecimal digits and a NUL. */
#define DECISION_VERSION_SIZE 33

/* One decision; the strings are the caller's (or, listed, valid during
 * the callback). */
struct store_decision {
	char annotation[ANNOTATION_ID_SIZE];	/* the correction's id */
	char article[65];			/* its article's sha256 */
	const char *reviewer;
	enum decision_kind kind;
	char at[ANNOTATION_TIME_SIZE];		/* when, UTC */
	char version[DECISION_VERSION_SIZE];	/* what it was made on */
	const char *reason, *place;		/* NULL when none */
	const char *replacement;		/* a reviewer's words, or NULL */
};

/* The version of correction a that a decision is made on, into version:
 * the first 16 bytes of a SHA-256 of the words it was made on (its exact
 * text, or what that was before re-anchoring moved it) and its
 * replacement, in hexadecimal. */
void store_decision_version(const struct annotation *a, char version[DECISION_VERSION_SIZE]);

/* Add d unless the same decision is stored already (*added says which;
 * may be NULL); then give its correction, when stored, the status its
 * decisions make. */
enum tanda_status store_decision_add(struct store *store, const struct store_decision *d, int *added,
				     struct tanda_error *err);

/* Who accepted correction a in the decision that stands on its current
 * version, into reviewer (256 bytes); "" when no acceptance stands (it was
 * accepted without a decision record, or by a set trusted whole that gave
 * no reviewer).  `tanda apply --publish` publishes only those with one. */
enum tanda_status store_decision_accepted_by(struct store *store, const struct annotation *a,
					     char reviewer[256], struct tanda_error *err);

/* Call fn with each decision on the annotations of the article sha256
 * (NULL: every article) made by reviewer (NULL: anyone), by correction
 * then time; a non-zero return stops. */
enum tanda_status store_decision_list(struct store *store, const char *article,
				      const char *reviewer,
				      int (*fn)(void *context, const struct store_decision *d),
				      void *context, struct tanda_error *err);

/* Dismiss annotation a (any kind, not deleted, another author's: TANDA_EDATA
 * otherwise) as who, for reason (NULL: none), or with dismiss 0 withdraw
 * who's dismissal of it (TANDA_EDATA when who has none standing): a
 * decision of who's, which travels in who's own set. */
enum tanda_status store_annotation_dismiss(struct store *store, const struct annotation *a,
					   const char *who, const char *reason, int dismiss,
					   struct tanda_error *err);

/* Whether reviewer's dismissal of annotation id stands, into *dismissed. */
enum tanda_status store_dismissed_by(struct store *store, const char *id, const char *reviewer,
				     int *dismissed, struct tanda_error *err);

/* Call fn with each reviewer whose dismissal of annotation id stands, the
 * reason (NULL: none) and the time, the earliest first; a non-zero return
 * stops. */
enum tanda_status store_dismissals(struct store *store, const char *id,
				   int (*fn)(void *context, const char *reviewer,
					     const char *reason, const char *at),
				   void *context, struct tanda_error *err);

/* Put into sha256 the stored article that prefix names (a whole sha256,
 * or the start of one, STORE_ID_PREFIX_MIN characters or more, that no
 * other article's starts with), as store_id_resolve does for ids. */
enum tanda_status store_article_resolve(struct store *store, const char *prefix,
					char sha256[65], struct tanda_error *err);

/*
 * The stored article (pending ones too) that an article with sha256 at path
 * (canonical and absolute, or a page's URL; NULL: none) with the front
 * matter's url and meta_id (NULL: none) is: the one with that text, else
 * the one last opened at path, else one with that url or id.  Returns 1
 * and fills found, 0 when there is none, -1 on failure (err filled).
 */
int store_article_find(struct store *store, const char *sha256, const char *path,
		       const char *url, const char *meta_id, char found[65],
		       struct tanda_error *err);

/* What forgetting articles removed (or, rolled back, would remove). */
struct store_forgotten {
	size_t articles;	/* the article and its other revisions */
	size_t annotations;	/* tombstones too */
	size_t tag_links;	/* an annotation's tags (the tags stay) */
	size_t history;		/* entries of the corrections' history */
	size_t decisions;	/* review decisions on its annotations */
};

/* Called with each article store_article_forget removes, before it goes. */
typedef int (*store_article_fn)(void *context, const struct store_article *article);

/*
 * Remove the stored article sha256 and its other revisions (the stored
 * articles with its canonical path, url or front matter id), each with
 * what hangs on it: its annotations (tombstones too), their links to
 * tags, their corrections' history and the review decisions on them; all
 * in one transaction (the caller's, when one is open: roll it back for a
 * dry run).  fn (may be NULL) is told of each article first; the counts
 * are added to *counted.  An article not stored removes nothing.
 */
enum tanda_status store_article_forget(struct store *store, const char *sha256,
				       store_article_fn fn, void *context,
				       struct store_forgotten *counted, struct tanda_error *err);

/* The fewest characters an id may be shortened to (store_id_resolve). */
#define STORE_ID_PREFIX_MIN 4

/*
 * Put into id the annotation id that prefix names: a whole id, or the
 * start of one (STORE_ID_PREFIX_MIN characters or more, any case) that no
 * other id starts with, deleted annotations counted.  Fails with
 * TANDA_EUSAGE for a prefix too short or one that several ids start with
 * (the message names them, up to five), TANDA_EDATA when none does.
 */
enum tanda_status store_id_resolve(struct store *store, const char *prefix,
				   char id[ANNOTATION_ID_SIZE], struct tanda_error *err);

/* The fewest characters, from min, that tell every stored id from every
 * other (deleted ones counted), into *len: how long a listing shows them. */
enum tanda_status store_id_unique_length(struct store *store, size_t min, size_t *len,
					 struct tanda_error *err);

/* The path the store was opened at. */
const char *store_path(const struct store *store);

/* An empty query (matching everything). */
void store_query_init(struct store_query *query);

#endif
