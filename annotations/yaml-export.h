/*
 * yaml-export.h - writing annotation sets: the store's articles and their
 * annotations as one YAML document in the format of man/tanda-yaml.5.
 *
 * The set is streamed: each article and annotation is written as the
 * store lists it, never gathered into a tree.  The same database and
 * options give the same bytes (articles by sha256, annotations by start
 * then id, keys in a fixed order, no time stamp unless one is asked for).
 *
 * With `corrections` set the document is the corrections log instead
 * (`tanda export --corrections`, man/tanda.1): one flat list of the
 * corrections that the filter matches, in the same order, each naming its
 * article and carrying its history.
 */
#ifndef TANDA_YAML_EXPORT_H
#define TANDA_YAML_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "error.h"
#include "store.h"

/* What to export. */
struct yaml_export_options {
	struct store_query filter;	/* kind, tag, author, status, include_deleted */
	const char *const *articles;	/* the sha256s to export, or NULL for every one */
	size_t narticles;
	int all;			/* also articles no annotation matches */
	int with_text;			/* each article's normalized text */
	int stamp;			/* `exported:` with the time now */
	int corrections;		/* the corrections log instead of a set */
	int regular_only;		/* yaml_export_file: a path tanda made up, in a
					 * folder others write to: written only as a
					 * regular file, never through a link
					 * (OUTFILE_REGULAR) */
};

/* What was written. */
struct yaml_export_report {
	size_t articles;
	size_t annotations;
};

/* Options that export every article with annotations, live ones only. */
void yaml_export_options_init(struct yaml_export_options *options);

/*
 * Write the set that options select from store to out, named out_name in
 * messages.  report (may be NULL) counts what was written.  Fails with
 * TANDA_EIO when out cannot be written, TANDA_EDATA for an article that is
 * not in the store.
 */
enum tanda_status yaml_export(struct store *store, const struct yaml_export_options *options,
			      FILE *out, const char *out_name, struct yaml_export_report *report,
			      struct tanda_error *err);

/*
 * The same, into the file at path, whole or not at all (outfile_write: a
 * temporary file in the same folder, synced and renamed into place; a
 * device or a pipe in place).  TANDA_ECANTCREATE when the file cannot be
 * created.
 */
enum tanda_status yaml_export_file(struct store *store, const struct yaml_export_options *options,
				   const char *path, struct yaml_export_report *report,
				   struct tanda_error *err);

/* The file name the reader exports the article called name to:
 * NAME.tanda.yaml of its base name, or tanda-<first 12 hex of sha256>.yaml
 * for standard input; into buf. */
void yaml_export_default_name(const char *name, const char *sha256, char *buf, size_t size);

#endif
