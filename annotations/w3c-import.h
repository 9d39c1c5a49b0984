/*
 * w3c-import.h - importing W3C Web Annotations (JSON or JSON-LD) into the
 * store: tanda's own export, other tools' annotations, and Hypothesis's
 * API search results; one transaction per file, as yaml-import.h does for
 * annotation sets, with the same options, merge rules and report (and
 * the same trust rule: with options->speaks_for another author's
 * annotation is refused, a time more than a day ahead always is).
 *
 * The file may be one annotation, a list of them, an AnnotationCollection
 * with its pages in the file, an AnnotationPage, or an object whose rows
 * are annotations (Hypothesis's /api/search).  Each annotation (read by
 * w3c-item.h) goes to the article its target names: by sha256 when tanda
 * wrote it, else by URL, the stored article opened from that URL or
 * naming it as its url.  Against a known text it is anchored by its
 * quote (relocate_by_quote: exact, fuzzy or orphan, by the rules that
 * carry annotations over an edit: never other words); tanda's own are
 * first tried where their positions say, then carried as an edit would
 * carry them.  An article not stored is kept
 * pending: by its sha256 when known, else under an identity made from its
 * URL, whose annotations go to the article when it is first opened from
 * that URL or names it (w3c_import_adopt).
 */
#ifndef TANDA_W3C_IMPORT_H
#define TANDA_W3C_IMPORT_H

#include <stddef.h>

#include "reanchor.h"
#include "store.h"
#include "yaml-import.h"

/* Limits that keep a hostile file from costing time or memory. */
#define W3C_IMPORT_MAX_SIZE ((size_t)64 << 20)	/* bytes in a file */
#define W3C_IMPORT_MAX_DEPTH 32			/* nesting of arrays and objects */
#define W3C_IMPORT_MAX_VALUES 1000000		/* JSON values, keys counted */
#define W3C_IMPORT_MAX_ANNOTATIONS 50000		/* annotations in a file */

/* Whether the size bytes at bytes look like JSON rather than YAML: the
 * first thing after a byte-order mark and whitespace is [ or {. */
int w3c_import_sniff(const char *bytes, size_t size);

/*
 * Import the size bytes at bytes (a whole file, named name in messages)
 * as yaml_import_bytes does: validated, merged (merge.h) in one
 * transaction, committed unless options->dry_run; result (zeroed first;
 * yaml_import_result_free) says what became of each article, how the
 * annotations were anchored (anchored[]), and how many were skipped
 * (notices say which and why, once the file is read).  Fails with
 * TANDA_EDATA ("FILE:LINE:COLUMN: what" for bad JSON or a limit passed,
 * "FILE: PATH: what" for a bad value, such as
 * "rows[3].target[0].selector[0].exact: not a string"), TANDA_ENOMEM, or
 * the store's failures; then the store is as it was.
 */
enum tanda_status w3c_import_bytes(struct store *store, const char *name, const char *bytes,
				   size_t size, const struct yaml_import_options *options,
				   struct yaml_import_result *result, struct tanda_error *err);

/*
 * Give article, just recorded in the store as opened from path (NULL: not
 * a URL), the annotations imported for its URL (its url, or path when
 * that is a URL) before any text of it was known: anchored by their
 * quotes in its text and moved to it, in one transaction.  report (zeroed
 * first) counts them by how they were anchored; nothing is written when
 * there are none.
 */
enum tanda_status w3c_import_adopt(struct store *store, struct article *article,
				   const char *path, struct reanchor_report *report,
				   struct tanda_error *err);

/*
 * What w3c_import_adopt would do, written nowhere (a verb that reads):
 * show fn (with context) each annotation imported for the URL of article
 * (opened from path) that filter lets through, anchored by its quote in
 * memory, as the article's; report (zeroed first) counts them by how
 * they would be anchored.  Fails with the store's failures, TANDA_ENOMEM,
 * or TANDA_EIO when fn does.
 */
enum tanda_status w3c_import_preview(struct store *store, struct article *article,
				     const char *path, const struct store_query *filter,
				     store_visit_fn fn, void *context,
				     struct reanchor_report *report, struct tanda_error *err);

#endif
