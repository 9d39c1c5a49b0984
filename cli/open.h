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

struct annotation;
struct store;
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

/* Describe in buf how annotations carried to the changed article called
 * name fared; returns 0 (and writes nothing) when none were carried. */
int cmd_describe_carried(const char *name, const struct reanchor_report *r, char *buf,
			 size_t size);

/* The author of new annotations: --author, $TANDA_AUTHOR, git's user.name,
 * or the user's name from the password database; never empty. */
const char *cmd_author(const struct cmd_common *common, char *buf, size_t size);

/* Load path, printing any error or warning; returns the exit status (0 on
 * success, when *out is the article). */
int cmd_load_article(const char *path, const struct article_options *options,
		     struct article **out);

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
