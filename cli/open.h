/*
 * open.h - what the verbs open, with their messages on standard error: an
 * article (and a bus error while it is mapped), the annotation store, an
 * article recorded in the store with its annotations carried over, the
 * author of new annotations.
 *
 * Like the verbs, these print and return exit statuses: they are the
 * program's, not the library's.
 */
#ifndef TANDA_OPEN_H
#define TANDA_OPEN_H

#include <stddef.h>

#include "annotation.h"
#include "article.h"
#include "cmd.h"
#include "store.h"

struct annotation;
struct store;
struct store_annotations;
struct store_query;
struct reanchor_report;

/* Open the annotation store (--db, $TANDA_DB or the default place),
 * printing any error; returns the exit status (0 when *out is open). */
int cmd_open_store(const struct cmd_common *common, struct store **out);

/* Open the annotation store as cmd_open_store does, for reading only
 * (store_open_readonly): what the verbs that only read use, so that they
 * work on a database they cannot write. */
int cmd_open_store_readonly(const struct cmd_common *common, struct store **out);

/* The path of the annotation store: --db, $TANDA_DB or the default place.
 * Caller frees; NULL when out of memory. */
char *cmd_store_path(const struct cmd_common *common);

/* Open the annotation store as cmd_open_store does, printing nothing (for
 * the reader, whose screen a message would spoil). */
enum tanda_status cmd_store_open_quietly(const struct cmd_common *common, struct store **out,
					 struct tanda_error *err);

/* Describe in buf (one line) what opening the article called name found
 * and did (r; for reanchor_preview when preview is set): annotations of a
 * set that did not fit, a revision's annotations carried over (or where
 * they would land), another article at the path of a stored one; returns
 * 0 (and writes nothing) when there is nothing to say. */
int cmd_describe_opened(const char *name, const struct reanchor_report *r, int preview,
			char *buf, size_t size);

/* Describe in buf the annotations imported for the URL of the article
 * called name that opening it anchored (w3c_import_adopt), or, for a
 * preview, would anchor (w3c_import_preview); returns 0 (and writes
 * nothing) when there were none. */
int cmd_describe_adopted(const char *name, const struct reanchor_report *r, int preview, char *buf,
			 size_t size);

/* The author of new annotations: --author, $TANDA_AUTHOR, git's user.name,
 * or the user's name from the password database; never empty. */
const char *cmd_author(const struct cmd_common *common, char *buf, size_t size);

/* The user, for a verb whose --author filters (list, review, export):
 * cmd_author without --author. */
const char *cmd_user(const struct cmd_common *common, char *buf, size_t size);

/* Load path (a URL through the cache: cmd_fetch_article) as common's
 * article options say, printing any error or warning; returns the exit
 * status (0 on success, when *out is the article). */
int cmd_load_article(const char *path, const struct cmd_common *common, struct article **out);

/* Load the article at path and open the store (for reading only, with
 * reading set: cmd_open_store_readonly); returns the exit status (0 when
 * both are open, else neither). */
int cmd_open_both(const char *path, const struct cmd_common *common, int reading,
		  struct article **article, struct store **store);

/* Hand fn the annotations of article (loaded from path) as they would
 * land, writing nothing, when it is a revision of a stored article (or a
 * pending one), setting *in_memory, and say so on standard error (see
 * reanchor_preview_visit); else the store's annotations of the article
 * are the ones to show.  Returns the exit status. */
int cmd_preview_visit(struct article *article, struct store *store, const char *path,
		      const struct store_query *filter, store_visit_fn fn, void *context,
		      int *in_memory);

/* Load the article at path and open the store, writing nothing: when the
 * file is a revision of a stored article (or a pending one), copy where
 * its annotations that filter matches would land into *shown, set
 * *in_memory and say so on standard error; else the store's annotations
 * of the article are the ones to show.  Returns the exit status (0 when
 * both are open; free *shown with store_annotations_free either way). */
int cmd_preview_article(const char *path, const struct cmd_common *common,
			const struct store_query *filter, struct article **article,
			struct store **store, struct store_annotations *shown, int *in_memory);

/* Load the article at path and record it in the store (opened here),
 * carrying over the annotations of its previous version and saying so on
 * standard error; returns the exit status (0 when both are open).  With
 * writing set, the store is left inside a transaction (store_begin) that
 * the caller commits with its own writes, so that a failure keeps none. */
int cmd_open_article(const char *path, const struct cmd_common *common, int writing,
		     struct article **article, struct store **store);

/* Put into id the annotation id that prefix names (a whole id, or a
 * unique prefix of 4 characters or more: store_id_resolve), printing why
 * not; returns the exit status (64 for a prefix too short or ambiguous,
 * 65 for an unknown one). */
int cmd_resolve_id(struct store *store, const char *prefix, char id[ANNOTATION_ID_SIZE]);

/* What a verb does to one annotation a, in the open transaction of
 * store; returns the exit status. */
typedef int (*cmd_change_fn)(void *context, struct store *store, struct annotation *a);

/* Open the store and, in one transaction, read the annotation that prefix
 * names and change it with change: committed when it returns 0, rolled
 * back otherwise; every error printed.  Returns the exit status. */
int cmd_change_annotation(const struct cmd_common *common, const char *prefix,
			  cmd_change_fn change, void *context);

#endif
